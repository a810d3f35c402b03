import QtQuick
import "../../qml"

// A one-line text field with a label; a thick ring shows where the keyboard types.
Column {
    id: root
    property alias text: input.text
    property alias input: input
    property string label: ""
    property string placeholder: ""
    property string inputName: ""
    property int maximumLength: 120
    signal edited(string text)
    signal accepted()
    signal downPressed()
    spacing: 6

    Text {
        textFormat: Text.PlainText
        text: root.label
        visible: root.label !== ""
        font.family: Theme.font
        font.pixelSize: 16
        font.weight: Font.DemiBold
        color: Theme.inkSoft
    }
    Rectangle {
        width: root.width
        height: 56
        radius: 10
        color: Theme.surface
        border.width: input.activeFocus ? 4 : 2
        border.color: input.activeFocus ? Theme.espresso : Theme.line
        TextInput {
            id: input
            objectName: root.inputName
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 16
            verticalAlignment: TextInput.AlignVCenter
            clip: true
            maximumLength: root.maximumLength
            activeFocusOnTab: true
            font.family: Theme.font
            font.pixelSize: 20
            color: Theme.ink
            onTextEdited: root.edited(text)
            onAccepted: root.accepted()
            Keys.onDownPressed: root.downPressed()
        }
        Text {
            textFormat: Text.PlainText
            anchors.left: parent.left
            anchors.leftMargin: 16
            anchors.verticalCenter: parent.verticalCenter
            visible: input.text === ""
            text: root.placeholder
            font.family: Theme.font
            font.pixelSize: 20
            color: Theme.muted
        }
        MouseArea {
            anchors.fill: parent
            visible: !input.activeFocus
            onClicked: input.forceActiveFocus()
        }
    }
}
