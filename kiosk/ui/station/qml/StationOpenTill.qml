import QtQuick
import "../../qml"

KeypadScreen {
    id: root
    onEnterPressed: station.till.openTill()
    SPanel {
        id: panel
        title: qsTr("Open the till: count the float")
        width: 560
        height: Math.min(parent.height, 660)
        anchors.centerIn: parent
        Column {
            width: parent.width
            spacing: 16
            Text {
                textFormat: Text.PlainText
                width: parent.width
                wrapMode: Text.WordWrap
                text: qsTr("No till session is open. Enter the cash in the drawer to start with.")
                font.family: Theme.font
                font.pixelSize: 18
                color: Theme.inkSoft
            }
            Rectangle {
                width: parent.width
                height: 64
                radius: 12
                color: Theme.surfaceAlt
                Text {
                    textFormat: Text.PlainText
                    objectName: "floatEntry"
                    anchors.centerIn: parent
                    text: station.entryText === "" ? qsTr("No float") : station.entryText
                    font.family: Theme.font
                    font.pixelSize: 32
                    font.weight: Font.Bold
                    color: Theme.ink
                }
            }
            SKeypad {
                anchors.horizontalCenter: parent.horizontalCenter
                keySize: Math.min(68, (panel.height - 360) / 4)
            }
            SButton {
                objectName: "btnOpenTill"
                width: parent.width
                kind: "primary"
                text: qsTr("Open till")
                keyHint: "Enter"
                enabled: !station.busy
                onClicked: station.till.openTill()
            }
        }
    }
}
