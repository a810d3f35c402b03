import QtQuick
import "../../qml"

// One "label: value" line of a staff screen.
Item {
    id: root
    property string label: ""
    property string value: ""
    property bool strong: false
    implicitHeight: Math.max(labelText.implicitHeight, valueText.implicitHeight) + 20
    width: parent ? parent.width : 400

    Text {
        textFormat: Text.PlainText
        id: labelText
        anchors.left: parent.left
        anchors.verticalCenter: parent.verticalCenter
        width: parent.width * 0.45
        text: root.label
        wrapMode: Text.WordWrap
        font.family: Theme.font
        font.pixelSize: Theme.body
        color: Theme.inkSoft
    }
    Text {
        textFormat: Text.PlainText
        id: valueText
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        width: parent.width * 0.53
        text: root.value
        horizontalAlignment: Text.AlignRight
        wrapMode: Text.WordWrap
        font.family: Theme.font
        font.pixelSize: root.strong ? Theme.body + 8 : Theme.body + 2
        font.weight: root.strong ? Font.ExtraBold : Font.DemiBold
        color: Theme.ink
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.line
    }
}
