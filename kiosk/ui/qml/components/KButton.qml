import QtQuick
import ".."

// A large touch button. `kind`: "primary", "secondary" or "quiet".
Rectangle {
    id: root
    property string text: ""
    property string detail: ""
    property string kind: "primary"
    property int fontSize: Theme.body + 2
    property color textColor: kind === "primary" ? "white" : Theme.primary
    signal clicked()

    implicitHeight: Theme.touch
    implicitWidth: Math.max(Theme.touch * 2, label.implicitWidth + 72)
    radius: height / 2
    color: kind === "primary" ? (area.pressed ? Theme.primaryPressed : Theme.primary)
         : kind === "secondary" ? (area.pressed ? Theme.latte : Theme.surface)
         : (area.pressed ? Theme.surfaceAlt : "transparent")
    border.width: kind === "secondary" ? 3 : 0
    border.color: Theme.primary
    opacity: enabled ? 1 : 0.45
    scale: area.pressed ? 0.97 : 1
    Behavior on scale { NumberAnimation { duration: Theme.fast } }
    Accessible.role: Accessible.Button
    Accessible.name: text

    Row {
        anchors.centerIn: parent
        spacing: 18
        width: Math.min(implicitWidth, root.width - 40)
        Text {
            id: label
            text: root.text
            font.family: Theme.font
            font.pixelSize: root.fontSize
            font.weight: Font.Bold
            color: root.textColor
            elide: Text.ElideRight
            width: Math.min(implicitWidth, root.width - 40 - (detailLabel.visible ? detailLabel.implicitWidth + 18 : 0))
            anchors.verticalCenter: parent.verticalCenter
        }
        Text {
            id: detailLabel
            visible: root.detail !== ""
            text: root.detail
            font.family: Theme.font
            font.pixelSize: root.fontSize
            font.weight: Font.ExtraBold
            color: root.textColor
            anchors.verticalCenter: parent.verticalCenter
        }
    }

    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: root.clicked()
    }
}
