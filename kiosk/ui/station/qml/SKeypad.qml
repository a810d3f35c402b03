import QtQuick
import "../../qml"

// Digits for PINs, quantities and money (minor units); the keyboard's digits work too.
Grid {
    id: root
    property int keySize: 72
    columns: 3
    spacing: 10
    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "C", "0", "⌫"]
        delegate: SButton {
            required property string modelData
            objectName: "key_" + (modelData === "⌫" ? "back" : modelData === "C" ? "clear" : modelData)
            width: root.keySize * 1.4
            height: root.keySize
            text: modelData
            fontSize: 26
            activeFocusOnTab: false
            kind: modelData === "C" || modelData === "⌫" ? "quiet" : "secondary"
            onClicked: {
                if (modelData === "⌫") station.backspace()
                else if (modelData === "C") station.clearEntry()
                else station.digit(modelData)
            }
        }
    }
}
