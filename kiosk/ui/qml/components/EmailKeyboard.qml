import QtQuick
import ".."

// A large on-screen keyboard for an email address: digits, lower-case letters, the few
// symbols addresses use, "@" and ".com" as whole keys, and backspace. Keys are at least
// Theme.touchSmall tall and wide; nothing here knows what a valid address is.
Item {
    id: root
    property int gap: 10
    property int keyHeight: 84
    signal typed(string text)
    signal erased()

    readonly property var rows: [
        ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"],
        ["q", "w", "e", "r", "t", "y", "u", "i", "o", "p"],
        ["a", "s", "d", "f", "g", "h", "j", "k", "l", "-"],
        ["z", "x", "c", "v", "b", "n", "m", ".", "_", "+"]
    ]
    readonly property real keyWidth: (width - 9 * gap) / 10

    implicitHeight: 5 * keyHeight + 4 * gap

    component Key: Rectangle {
        id: key
        property string label: ""
        property string value: label
        property bool strong: false
        signal pressed()
        objectName: "key_" + label
        height: root.keyHeight
        radius: Theme.radiusSmall
        color: area.pressed ? Theme.latte : (strong ? Theme.primarySoft : Theme.surface)
        border.width: 2
        border.color: Theme.line
        Accessible.role: Accessible.Button
        Accessible.name: label
        Accessible.onPressAction: key.pressed()
        activeFocusOnTab: true
        Keys.onReturnPressed: key.pressed()
        Keys.onEnterPressed: key.pressed()
        Keys.onSpacePressed: key.pressed()
        FocusRing { baseRadius: key.radius }
        Text {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            text: key.label
            font.family: Theme.font
            font.pixelSize: Theme.body + 8
            font.weight: Font.DemiBold
            color: Theme.ink
        }
        MouseArea {
            id: area
            anchors.fill: parent
            onClicked: key.pressed()
        }
    }

    // Rows are written out and delegates declare no required property: PySide 6.11 crashes
    // wrapping such an inline-component delegate, which tests and screenshot mode do.
    Column {
        anchors.fill: parent
        spacing: root.gap
        Row {
            spacing: root.gap
            Repeater {
                model: root.rows[0]
                Key {
                    width: root.keyWidth
                    label: modelData
                    onPressed: root.typed(value)
                }
            }
        }
        Row {
            spacing: root.gap
            Repeater {
                model: root.rows[1]
                Key {
                    width: root.keyWidth
                    label: modelData
                    onPressed: root.typed(value)
                }
            }
        }
        Row {
            spacing: root.gap
            Repeater {
                model: root.rows[2]
                Key {
                    width: root.keyWidth
                    label: modelData
                    onPressed: root.typed(value)
                }
            }
        }
        Row {
            spacing: root.gap
            Repeater {
                model: root.rows[3]
                Key {
                    width: root.keyWidth
                    label: modelData
                    onPressed: root.typed(value)
                }
            }
        }
        Row {
            spacing: root.gap
            Key {
                width: root.keyWidth * 2 + root.gap
                label: "@"
                strong: true
                onPressed: root.typed("@")
            }
            Key {
                width: root.keyWidth * 2 + root.gap
                label: ".com"
                strong: true
                onPressed: root.typed(".com")
            }
            Key {
                width: root.keyWidth * 3 + 2 * root.gap
                label: ".co.uk"
                onPressed: root.typed(".co.uk")
            }
            Key {
                objectName: "key_backspace"
                width: root.keyWidth * 3 + 2 * root.gap
                label: "⌫"
                strong: true
                Accessible.name: qsTr("Delete")
                onPressed: root.erased()
            }
        }
    }
}
