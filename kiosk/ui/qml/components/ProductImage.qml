import QtQuick
import ".."

// A product picture from the local image cache. While it loads (or when there is none) a
// warm tile with the product's initial stands in, so the grid never shows an empty box.
Item {
    id: root
    property string source: ""
    property string initial: ""
    property bool dimmed: false
    property int cornerRadius: Theme.radius

    Rectangle {
        anchors.fill: parent
        radius: root.cornerRadius
        visible: image.status !== Image.Ready
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
        anchors.fill: parent
        anchors.margins: 8
        source: root.source
        asynchronous: true
        cache: true
        fillMode: Image.PreserveAspectFit
        sourceSize.width: 512
        sourceSize.height: 512
        smooth: true
        opacity: status === Image.Ready ? (root.dimmed ? 0.4 : 1) : 0
        Behavior on opacity { NumberAnimation { duration: Theme.calm } }
    }
}
