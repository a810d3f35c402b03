import QtQuick
import "../../qml"

// A one-line text field for notes (USB keyboard), with quick choices for touch-only kiosks.
Column {
    id: root
    property alias text: input.text
    property string placeholder: ""
    property var choices: []
    property string inputName: "noteInput"
    spacing: 12
    width: parent ? parent.width : 600

    Rectangle {
        width: parent.width
        height: Theme.touchSmall + 8
        radius: Theme.radiusSmall
        color: Theme.surface
        border.width: input.activeFocus ? 3 : 2
        border.color: input.activeFocus ? Theme.primary : Theme.line

        TextInput {
            id: input
            objectName: root.inputName
            anchors.fill: parent
            anchors.leftMargin: 24
            anchors.rightMargin: 24
            verticalAlignment: TextInput.AlignVCenter
            clip: true
            maximumLength: 200
            onTextEdited: app.staff.activity()  // typing on a USB keyboard keeps staff mode open
            font.family: Theme.font
            font.pixelSize: Theme.body
            color: Theme.ink
        }
        Text {
            textFormat: Text.PlainText
            anchors.left: parent.left
            anchors.leftMargin: 24
            anchors.verticalCenter: parent.verticalCenter
            visible: input.text === "" && !input.activeFocus
            text: root.placeholder
            font.family: Theme.font
            font.pixelSize: Theme.body
            color: Theme.muted
        }
        MouseArea {
            anchors.fill: parent
            visible: !input.activeFocus
            onClicked: input.forceActiveFocus()
        }
    }
    Flow {
        width: parent.width
        spacing: 12
        visible: root.choices.length > 0
        Repeater {
            model: root.choices
            delegate: Rectangle {
                required property string modelData
                required property int index
                objectName: root.inputName + "Choice_" + index
                height: Theme.touchSmall
                width: choiceText.implicitWidth + 48
                radius: height / 2
                color: input.text === modelData ? Theme.primarySoft : Theme.surfaceAlt
                border.width: input.text === modelData ? 3 : 0
                border.color: Theme.primary
                Text {
                    textFormat: Text.PlainText
                    id: choiceText
                    anchors.centerIn: parent
                    text: parent.modelData
                    font.family: Theme.font
                    font.pixelSize: Theme.small
                    font.weight: Font.DemiBold
                    color: Theme.ink
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: input.text = parent.modelData
                }
            }
        }
    }
}
