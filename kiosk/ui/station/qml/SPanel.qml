import QtQuick
import "../../qml"

// A white card with a title, holding one task.
Rectangle {
    id: root
    property string title: ""
    default property alias content: body.data
    radius: 16
    color: Theme.surface
    border.width: 1
    border.color: Theme.line
    Text {
        textFormat: Text.PlainText
        id: heading
        x: 24
        y: 18
        width: root.width - 48
        text: root.title
        elide: Text.ElideRight
        font.family: Theme.font
        font.pixelSize: 26
        font.weight: Font.Bold
        color: Theme.ink
    }
    Item {
        id: body
        x: 24
        y: heading.y + heading.height + 14
        width: root.width - 48
        height: root.height - y - 20
    }
}
