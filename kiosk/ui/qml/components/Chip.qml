import QtQuick
import ".."

// One option value (e.g. "Large", "Oat milk") with what it adds to the price ("+€0.40") and
// "Offer" when it lands on a sale price. Disabled when the combination does not exist;
// marked sold out when it exists but is not available.
Rectangle {
    id: root
    property string text: ""
    property string delta: ""
    property bool offer: false
    property bool selected: false
    property bool exists: true
    property bool available: true
    signal clicked()
    Accessible.role: Accessible.Button
    Accessible.name: delta !== "" ? text + ", " + delta : text
    Accessible.checkable: true
    Accessible.checked: selected
    Accessible.onPressAction: root.clicked()
    activeFocusOnTab: true
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()
    Keys.onSpacePressed: root.clicked()
    FocusRing { baseRadius: root.radius }

    enabled: exists && available
    implicitHeight: Math.max(Theme.touch, column.implicitHeight + 24)
    implicitWidth: Math.max(180, column.implicitWidth + 56)
    radius: Theme.radiusSmall
    color: selected ? Theme.primary : (area.pressed ? Theme.surfaceAlt : (enabled ? Theme.surface : Theme.disabledBg))
    border.width: selected ? 0 : 2
    border.color: Theme.line
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
            color: root.selected ? "white" : (root.enabled ? Theme.ink : Theme.disabledInk)
        }
        Text {
            textFormat: Text.PlainText
            anchors.horizontalCenter: parent.horizontalCenter
            visible: text !== ""
            text: !root.exists ? qsTr("Not with this choice")
                : !root.available ? qsTr("Sold out")
                : [root.delta, root.offer ? qsTr("Offer") : ""].filter(function (t) { return t !== "" }).join(" · ")
            font.family: Theme.font
            font.pixelSize: Theme.small - 2
            font.weight: Font.DemiBold
            color: root.selected ? "white"
                 : !root.exists ? Theme.disabledInk
                 : (!root.available || root.offer) ? Theme.sale : Theme.inkSoft
        }
    }

    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: root.clicked()
    }
}
