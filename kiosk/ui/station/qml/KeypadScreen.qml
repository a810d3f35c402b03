import QtQuick
import "../../qml"

// Base of the keypad screens: keyboard digits, Backspace and Enter act like the keypad.
FocusScope {
    id: root
    signal enterPressed()
    Keys.onPressed: (event) => {
        if (event.text.length === 1 && event.text >= "0" && event.text <= "9") {
            station.digit(event.text)
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace) {
            station.backspace()
            event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            root.enterPressed()
            event.accepted = true
        }
    }
}
