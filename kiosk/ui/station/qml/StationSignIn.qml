import QtQuick
import "../../qml"

KeypadScreen {
    id: root
    onEnterPressed: station.till.signIn()
    SPanel {
        id: panel
        title: qsTr("Sign in with your PIN")
        width: 520
        height: Math.min(parent.height, 640)
        anchors.centerIn: parent
        Column {
            width: parent.width
            spacing: 16
            Rectangle {
                width: parent.width
                height: 64
                radius: 12
                color: Theme.surfaceAlt
                Text {
                    textFormat: Text.PlainText
                    objectName: "pinDots"
                    anchors.centerIn: parent
                    text: station.pinDots === "" ? qsTr("Type your PIN") : station.pinDots
                    font.family: Theme.font
                    font.pixelSize: station.pinDots === "" ? 20 : 34
                    color: station.pinDots === "" ? Theme.muted : Theme.ink
                }
            }
            SKeypad {
                anchors.horizontalCenter: parent.horizontalCenter
                keySize: Math.min(72, (panel.height - 300) / 4)
            }
            SButton {
                objectName: "btnSignIn"
                width: parent.width
                kind: "primary"
                text: qsTr("Sign in")
                keyHint: "Enter"
                enabled: !station.busy
                onClicked: station.till.signIn()
            }
        }
    }
}
