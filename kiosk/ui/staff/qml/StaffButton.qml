import QtQuick
import "../../qml"

// A large staff-mode button: "primary", "secondary", "danger" or "quiet".
Rectangle {
    id: root
    property string text: ""
    property string kind: "primary"
    property int fontSize: Theme.body
    property color textColor: kind === "primary" || kind === "danger" ? "white" : Theme.primary
    signal clicked()

    implicitHeight: Theme.touch
    implicitWidth: Math.max(Theme.touch * 2, label.implicitWidth + 64)
    radius: Theme.radiusSmall
    color: kind === "primary" ? (area.pressed ? Theme.primaryPressed : Theme.primary)
         : kind === "danger" ? (area.pressed ? "#7E1D15" : Theme.danger)
         : kind === "secondary" ? (area.pressed ? Theme.latte : Theme.surface)
         : (area.pressed ? Theme.surfaceAlt : "transparent")
    border.width: kind === "secondary" ? 3 : 0
    border.color: Theme.primary
    opacity: enabled ? 1 : 0.45
    Accessible.role: Accessible.Button
    Accessible.name: text

    Text {
        textFormat: Text.PlainText
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, root.width - 32)
        text: root.text
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignHCenter
        font.family: Theme.font
        font.pixelSize: root.fontSize
        font.weight: Font.Bold
        color: root.textColor
    }
    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: root.clicked()
    }
}
