import QtQuick
import ".."

// The on-screen keypad for the table number (large digits) and the keyboard for a line's
// note. State lives in the cart view-model (`entry`, `draft`); keys only call `type`.
Rectangle {
    id: root
    property bool portrait: true
    readonly property var vm: app.cart
    readonly property bool digits: vm.entry === "table"
    objectName: "entryOverlay"
    visible: vm.entry !== ""
    color: Qt.rgba(0.16, 0.11, 0.07, 0.6)
    MouseArea { anchors.fill: parent }  // nothing behind takes taps

    Rectangle {
        id: panel
        anchors.centerIn: parent
        width: root.digits ? Math.min(parent.width - 96, 720) : Math.min(parent.width - 48, 1240)
        height: column.implicitHeight + 80
        radius: Theme.radius
        color: Theme.surface

        Column {
            id: column
            anchors.centerIn: parent
            width: parent.width - 80
            spacing: root.portrait ? 28 : 18

            Text {
                textFormat: Text.PlainText
                width: parent.width
                text: root.vm.entryTitle
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                font.family: Theme.font
                font.pixelSize: Theme.title
                font.weight: Font.ExtraBold
                color: Theme.ink
            }
            Text {
                textFormat: Text.PlainText
                width: parent.width
                visible: root.digits
                text: qsTr("The number on your table, or on the tracker you took")
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                font.family: Theme.font
                font.pixelSize: Theme.body
                color: Theme.inkSoft
            }
            Rectangle {
                width: parent.width
                height: root.digits ? (root.portrait ? 140 : 112) : 100
                radius: Theme.radiusSmall
                color: Theme.cream
                border.width: 3
                border.color: Theme.primary
                Text {
                    objectName: "entryDraft"
                    anchors.fill: parent
                    anchors.margins: 20
                    text: root.vm.draft !== "" ? root.vm.draft
                        : root.digits ? "" : qsTr("e.g. no sugar, extra hot")
                    horizontalAlignment: root.digits ? Text.AlignHCenter : Text.AlignLeft
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideLeft
                    textFormat: Text.PlainText
                    font.family: Theme.font
                    font.pixelSize: root.digits ? (root.portrait ? 88 : 72) : Theme.body + 4
                    font.weight: root.digits ? Font.ExtraBold : Font.Normal
                    font.letterSpacing: root.digits ? 12 : 0
                    color: root.vm.draft !== "" ? Theme.ink : Theme.inkSoft
                }
            }

            // digits: 1-9, then erase 0
            Grid {
                visible: root.digits
                anchors.horizontalCenter: parent.horizontalCenter
                columns: 3
                spacing: 20
                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "", "0", "⌫"]
                    delegate: KeyCap {
                        required property string modelData
                        objectName: "tableKey_" + (modelData === "⌫" ? "erase" : modelData)
                        width: 180; height: root.portrait ? 120 : 96
                        // the gap left of 0 keeps its place in the grid
                        opacity: modelData === "" ? 0 : 1
                        enabled: modelData !== ""
                        label: modelData === "⌫" ? qsTr("Erase") : modelData
                        fontSize: modelData === "⌫" ? Theme.body + 4 : 56
                        onPressed: modelData === "⌫" ? root.vm.backspace() : root.vm.type(modelData)
                    }
                }
            }

            // letters for a note
            Column {
                visible: !root.digits
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: 12
                Grid {
                    anchors.horizontalCenter: parent.horizontalCenter
                    columns: 10
                    spacing: 10
                    Repeater {
                        model: "qwertyuiopasdfghjkl'zxcvbnm,.-".split("")
                        delegate: KeyCap {
                            required property string modelData
                            objectName: "noteKey_" + modelData
                            width: Math.floor((column.width - 9 * 10) / 10)
                            height: root.portrait ? 96 : 80
                            label: modelData
                            fontSize: Theme.body + 6
                            onPressed: root.vm.type(modelData)
                        }
                    }
                }
                Row {
                    anchors.horizontalCenter: parent.horizontalCenter
                    spacing: 10
                    KeyCap {
                        objectName: "noteKey_space"
                        width: Math.floor((column.width - 9 * 10) / 10) * 6 + 50
                        height: root.portrait ? 96 : 80
                        label: qsTr("space")
                        fontSize: Theme.body
                        onPressed: root.vm.type(" ")
                    }
                    KeyCap {
                        objectName: "noteKey_erase"
                        width: Math.floor((column.width - 9 * 10) / 10) * 2 + 10
                        height: root.portrait ? 96 : 80
                        label: qsTr("Erase")
                        fontSize: Theme.body
                        onPressed: root.vm.backspace()
                    }
                }
            }

            Row {
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: 28
                KButton {
                    objectName: "entryCancelButton"
                    width: 300
                    kind: "secondary"
                    text: qsTr("Cancel")
                    onClicked: root.vm.cancelEntry()
                }
                KButton {
                    objectName: "entrySaveButton"
                    width: 300
                    text: root.digits ? qsTr("Continue") : qsTr("Save note")
                    reason: root.vm.saveBlockedReason
                    enabled: root.vm.canSaveEntry
                    onClicked: root.vm.saveEntry()
                }
            }
        }
    }
}
