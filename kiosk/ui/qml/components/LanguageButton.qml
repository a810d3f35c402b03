import QtQuick
import ".."

// The language in use, in its own name ("Deutsch"); a tap opens the picker (LanguagePicker).
// `dark`: on the espresso header (white text), else on cream.
Rectangle {
    id: root
    property bool dark: false
    implicitHeight: 80
    implicitWidth: row.implicitWidth + 56
    radius: height / 2
    color: area.pressed ? (dark ? Theme.primary : Theme.latte) : (dark ? "transparent" : Theme.surface)
    border.width: 2
    border.color: dark ? Theme.latte : Theme.primary
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Language: %1").arg(app.language.currentName)
    Accessible.onPressAction: app.language.openPicker()
    activeFocusOnTab: true
    Keys.onReturnPressed: app.language.openPicker()
    Keys.onEnterPressed: app.language.openPicker()
    Keys.onSpacePressed: app.language.openPicker()
    FocusRing { baseRadius: root.radius }

    Row {
        id: row
        anchors.centerIn: parent
        spacing: 14
        // a globe drawn in QML: no icon font, no image to fail
        Item {
            width: 30
            height: 30
            anchors.verticalCenter: parent.verticalCenter
            Rectangle {
                anchors.fill: parent
                radius: width / 2
                color: "transparent"
                border.width: 3
                border.color: label.color
            }
            Rectangle {
                anchors.centerIn: parent
                width: 12
                height: parent.height
                radius: width / 2
                color: "transparent"
                border.width: 3
                border.color: label.color
            }
            Rectangle {
                anchors.centerIn: parent
                width: parent.width
                height: 3
                color: label.color
            }
        }
        Text {
            textFormat: Text.PlainText
            id: label
            objectName: "languageButtonLabel"
            anchors.verticalCenter: parent.verticalCenter
            text: app.language.currentName
            font.family: Theme.font
            font.pixelSize: Theme.body
            font.weight: Font.Bold
            color: root.dark ? "white" : Theme.primary
        }
    }
    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: app.language.openPicker()
    }
}
