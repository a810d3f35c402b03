import QtQuick
import ".."

// A product picture from the local image cache. While it loads (or when there is none) a
// warm tile with the product's initial stands in, so the grid never shows an empty box; where
// the picture is big and arrives a frame or two later (the product screen), the tile is kept
// for products without one (`placeholderWhileLoading: false`), instead of flashing before it.
//
// The picture is decoded at the size it is drawn, in device pixels (issue 16): a fixed 512 px
// was enlarged to 634-979 px on the product screen (blurred) and shrunk in every grid frame.
// Only the box's shorter side is given: with both, Qt decodes PreserveAspectFit to cover the
// box (a square picture in a 984x634 box came out 984x984); with one, that side is met and
// the other follows the picture's shape, so it is never decoded smaller than it is drawn.
Item {
    id: root
    property string source: ""
    property string initial: ""
    property bool dimmed: false
    property int cornerRadius: Theme.radius
    property bool placeholderWhileLoading: true

    Rectangle {
        anchors.fill: parent
        radius: root.cornerRadius
        visible: image.status !== Image.Ready
                 && (root.placeholderWhileLoading || image.status !== Image.Loading)
        gradient: Gradient {
            GradientStop { position: 0.0; color: "#F4E3CF" }
            GradientStop { position: 1.0; color: "#E7CBAA" }
        }
        Text {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            text: root.initial
            font.family: Theme.font
            font.pixelSize: Math.max(24, Math.min(parent.width, parent.height) * 0.38)
            font.weight: Font.ExtraBold
            color: "#B98B5E"
        }
    }

    Image {
        id: image
        objectName: "productPicture"
        anchors.fill: parent
        anchors.margins: 8
        // not before it is laid out: a 0x0 box would decode the picture at its own size first
        source: width > 0 && height > 0 ? root.source : ""
        asynchronous: true
        cache: true
        fillMode: Image.PreserveAspectFit
        sourceSize.width: width < height ? Math.ceil(width * Screen.devicePixelRatio) : 0
        sourceSize.height: width < height ? 0 : Math.ceil(height * Screen.devicePixelRatio)
        smooth: true
        opacity: status === Image.Ready ? (root.dimmed ? 0.4 : 1) : 0
        // none at all when still (a zero-length one still runs on the window's animation driver)
        Behavior on opacity { enabled: Theme.calm > 0; NumberAnimation { duration: Theme.calm } }
    }
}
