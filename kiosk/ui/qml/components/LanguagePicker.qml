import QtQuick
import ".."

// Every language offered, each in its own name, the one in use marked; a tap switches the
// whole kiosk at once. Driven by `app.language.pickerOpen` (no modal dialog).
Rectangle {
    id: root
    visible: app.language.pickerOpen
    color: Qt.rgba(0.16, 0.11, 0.07, 0.55)

    MouseArea {
        anchors.fill: parent
        onClicked: app.language.closePicker()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 96, 640)
        height: column.implicitHeight + 64
        radius: 28
        color: Theme.cream

        MouseArea { anchors.fill: parent }  // a tap on the card is not a tap outside

        Column {
            id: column
            anchors.centerIn: parent
            width: parent.width - 64
            spacing: 18

            Repeater {
                model: app.language.languages
                delegate: Rectangle {
                    required property var modelData
                    readonly property bool current: modelData.code === app.language.current
                    objectName: "language_" + modelData.code
                    width: column.width
                    height: Theme.touch
                    radius: height / 2
                    color: current ? Theme.primary : (tap.pressed ? Theme.latte : Theme.surface)
                    border.width: current ? 0 : 3
                    border.color: Theme.primary
                    Accessible.role: Accessible.Button
                    Accessible.name: modelData.name
                    Accessible.onPressAction: app.language.choose(modelData.code)
                    activeFocusOnTab: true
                    Keys.onReturnPressed: app.language.choose(modelData.code)
                    Keys.onEnterPressed: app.language.choose(modelData.code)
                    Keys.onSpacePressed: app.language.choose(modelData.code)
                    FocusRing { baseRadius: radius }
                    Text {
                        textFormat: Text.PlainText
                        anchors.centerIn: parent
                        text: parent.modelData.name
                        font.family: Theme.font
                        font.pixelSize: Theme.body + 4
                        font.weight: Font.Bold
                        color: parent.current ? "white" : Theme.primary
                    }
                    MouseArea {
                        id: tap
                        anchors.fill: parent
                        onClicked: app.language.choose(parent.modelData.code)
                    }
                }
            }
        }
    }
}
