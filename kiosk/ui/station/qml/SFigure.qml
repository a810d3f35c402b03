import QtQuick
import "../../qml"

// A labelled big amount (to pay, handed over, change, expected, counted).
Rectangle {
    id: root
    property string label: ""
    property string value: ""
    property string valueName: ""
    property color valueColor: Theme.ink
    property int valueSize: 40
    height: valueSize + 52
    radius: 12
    color: Theme.surfaceAlt
    Text { textFormat: Text.PlainText; x: 20; y: 12; text: root.label; font.family: Theme.font; font.pixelSize: 18; color: Theme.inkSoft }
    Text {
        textFormat: Text.PlainText
        objectName: root.valueName
        x: root.width - width - 20
        y: root.height - height - 8
        text: root.value
        font.family: Theme.font
        font.pixelSize: root.valueSize
        font.weight: Font.Bold
        color: root.valueColor
    }
}
