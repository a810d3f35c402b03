import QtQuick
import "../../qml"

// The till session: at a glance, then close it (closing report) or open a new one.
Item {
    id: root
    property bool portrait: true
    readonly property QtObject staff: app.staff

    Column {
        width: Math.min(parent.width, 1100)
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: 28

        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: root.staff.till.tillOpen ? qsTr("The till session is open.") : qsTr("No till session is open. Orders open one by themselves, or open one now with a note.")
            wrapMode: Text.WordWrap
            font.family: Theme.font
            font.pixelSize: Theme.body + 6
            font.weight: Font.Bold
            color: Theme.ink
        }
        Column {
            width: parent.width
            visible: root.staff.till.tillOpen
            Field { label: qsTr("Open since"); value: root.staff.till.tillSince }
            Field { label: qsTr("Opened by"); value: root.staff.till.tillBy }
            Field { label: qsTr("Orders paid"); value: root.staff.till.tillOrders }
            Field { label: qsTr("Card total"); value: root.staff.till.tillCard; strong: true }
            Field { label: qsTr("Refunds"); value: root.staff.till.tillRefunds }
        }
        NoteInput {
            id: note
            inputName: "tillNote"
            placeholder: root.staff.till.tillOpen ? qsTr("Closing note (optional)") : qsTr("Opening note (optional)")
            choices: root.staff.till.tillOpen ? [qsTr("End of day"), qsTr("Shift change")] : [qsTr("Start of day"), qsTr("Shift change")]
        }
        StaffButton {
            objectName: "tillClose"
            visible: root.staff.till.tillOpen
            width: parent.width
            kind: "danger"
            text: qsTr("Close the till session")
            onClicked: root.staff.till.askCloseSession(note.text)
        }
        StaffButton {
            objectName: "tillOpenNew"
            visible: !root.staff.till.tillOpen
            width: parent.width
            text: qsTr("Open a new till session")
            onClicked: root.staff.till.askOpenSession(note.text)
        }
    }
}
