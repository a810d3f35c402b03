import QtQuick
import ".."

// One option value (e.g. "Large", "Oat milk"). Disabled when the combination does not exist;
// marked sold out when it exists but is not available.
Rectangle {
    id: root
    property string text: ""
    property bool selected: false
    property bool exists: true
    property bool available: true
    signal clicked()

    enabled: exists && available
    implicitHeight: Theme.touch
    implicitWidth: Math.max(180, column.implicitWidth + 56)
    radius: Theme.radiusSmall
    color: selected ? Theme.primary : (area.pressed ? Theme.surfaceAlt : Theme.surface)
    border.width: selected ? 0 : 2
    border.color: enabled ? Theme.line : Theme.surfaceAlt
    opacity: exists ? 1 : 0.5
    scale: area.pressed ? 0.97 : 1
    Behavior on scale { NumberAnimation { duration: Theme.fast } }
    Behavior on color { ColorAnimation { duration: Theme.fast } }

    Column {
        id: column
        anchors.centerIn: parent
        width: Math.min(implicitWidth, root.width - 32)
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(implicitWidth, root.width - 32)
            text: root.text
            textFormat: Text.PlainText
            font.family: Theme.font
            font.pixelSize: Theme.body
            font.weight: Font.DemiBold
            font.strikeout: !root.exists
            elide: Text.ElideRight
            color: root.selected ? "white" : (root.enabled ? Theme.ink : Theme.muted)
        }
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            visible: root.exists && !root.available
            text: qsTr("Sold out")
            font.family: Theme.font
            font.pixelSize: Theme.small - 2
            font.weight: Font.DemiBold
            color: Theme.sale
        }
    }

    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: root.clicked()
    }
}
