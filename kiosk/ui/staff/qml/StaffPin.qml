import QtQuick
import "../../qml"

// The PIN pad: large keys, digits masked, nothing that hints at how many digits are right.
Item {
    id: root
    property bool portrait: true
    readonly property QtObject staff: app.staff
    readonly property int key: portrait ? 200 : 150

    Column {
        anchors.centerIn: parent
        spacing: root.portrait ? 40 : 24

        Text {
            textFormat: Text.PlainText
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("Enter your staff PIN")
            font.family: Theme.font
            font.pixelSize: Theme.title
            font.weight: Font.ExtraBold
            color: Theme.ink
        }
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 3 * root.key + 48
            height: 96
            radius: Theme.radiusSmall
            color: Theme.surface
            border.width: 2
            border.color: Theme.line
            Row {
                objectName: "pinDots"
                anchors.centerIn: parent
                spacing: 18
                Repeater {
                    model: root.staff.pin.pinDots
                    delegate: Rectangle { width: 28; height: 28; radius: 14; color: Theme.ink }
                }
            }
        }
        Text {
            textFormat: Text.PlainText
            objectName: "pinMessage"
            anchors.horizontalCenter: parent.horizontalCenter
            width: 3 * root.key + 48
            height: Math.max(implicitHeight, 64)
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: root.staff.pin.pinMessage
            font.family: Theme.font
            font.pixelSize: Theme.body
            font.weight: Font.DemiBold
            color: Theme.danger
        }
        Grid {
            anchors.horizontalCenter: parent.horizontalCenter
            columns: 3
            spacing: 24
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
                delegate: Rectangle {
                    required property string modelData
                    objectName: modelData === "⌫" ? "pinBackspace" : modelData === "OK" ? "pinOk" : "pinKey_" + modelData
                    width: root.key
                    height: root.key * 0.72
                    radius: Theme.radiusSmall
                    enabled: !root.staff.pin.pinLocked && !root.staff.busy
                    opacity: enabled ? 1 : 0.45
                    color: modelData === "OK" ? (keyArea.pressed ? Theme.primaryPressed : Theme.primary)
                         : (keyArea.pressed ? Theme.latte : Theme.surface)
                    border.width: modelData === "OK" ? 0 : 2
                    border.color: Theme.line
                    Accessible.role: Accessible.Button
                    Accessible.name: modelData === "⌫" ? qsTr("Delete") : modelData
                    Text {
                        textFormat: Text.PlainText
                        anchors.centerIn: parent
                        text: parent.modelData
                        font.family: Theme.font
                        font.pixelSize: Theme.title + 8
                        font.weight: Font.Bold
                        color: parent.modelData === "OK" ? "white" : Theme.ink
                    }
                    MouseArea {
                        id: keyArea
                        anchors.fill: parent
                        onClicked: {
                            if (parent.modelData === "⌫") root.staff.pin.backspace();
                            else if (parent.modelData === "OK") root.staff.pin.submitPin();
                            else root.staff.pin.digit(parent.modelData);
                        }
                    }
                }
            }
        }
    }
}
