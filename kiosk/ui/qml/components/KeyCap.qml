import QtQuick
import ".."

// One key of the on-screen keypad or keyboard.
Rectangle {
    id: key
    property string label: ""
    property int fontSize: Theme.title
    signal pressed()
    radius: Theme.radiusSmall
    color: keyArea.pressed ? Theme.latte : Theme.surfaceAlt
    border.width: 2
    border.color: Theme.line
    Accessible.role: Accessible.Button
    Accessible.name: label
    Accessible.onPressAction: key.pressed()
    activeFocusOnTab: true
    // Enter is left to the overlay (it confirms what was typed); Space presses this key
    Keys.onSpacePressed: key.pressed()
    FocusRing { baseRadius: key.radius }
    Text {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        text: key.label
        font.family: Theme.font
        font.pixelSize: key.fontSize
        font.weight: Font.Bold
        color: Theme.ink
    }
    MouseArea { id: keyArea; anchors.fill: parent; onClicked: key.pressed() }
}
