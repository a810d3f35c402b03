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

    // the picture's box (whole pixels: the box's size, less its margins, floored)
    Item {
        id: box
        x: 8; y: 8
        width: Math.max(0, Math.floor(root.width) - 16)
        height: Math.max(0, Math.floor(root.height) - 16)
    }

    Image {
        id: image
        objectName: "productPicture"
        // Sized as decoded and placed on a whole pixel of the box (issue 16): a fractional
        // size or position sends every frame through the software renderer's resampling
        // path (a third of an open's instructions when the picture is cached); whole, it is
        // a copy, 1:1 and sharper. Padded, its implicit size is the decoded one (fitted, Qt
        // derives it from the item's size, and sizing the item from it is a binding loop); a
        // picture bigger than its box (of another shape) is scaled down about its centre.
        width: implicitWidth
        height: implicitHeight
        scale: width > 0 && height > 0 ? Math.min(1, box.width / width, box.height / height) : 1
        x: box.x + Math.floor((box.width - width) / 2)
        y: box.y + Math.floor((box.height - height) / 2)
        // not before it is laid out: a 0x0 box would decode the picture at its own size first
        source: box.width > 0 && box.height > 0 ? root.source : ""
        asynchronous: true
        cache: true
        fillMode: Image.Pad
        sourceSize.width: box.width < box.height ? Math.floor(box.width * Screen.devicePixelRatio) : 0
        sourceSize.height: box.width < box.height ? 0 : Math.floor(box.height * Screen.devicePixelRatio)
        smooth: true
        opacity: status === Image.Ready ? (root.dimmed ? 0.4 : 1) : 0
        // none at all when still (a zero-length one still runs on the window's animation driver)
        Behavior on opacity { enabled: Theme.calm > 0; NumberAnimation { duration: Theme.calm } }
    }
}
