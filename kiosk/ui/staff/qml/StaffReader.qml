import QtQuick
import "../../qml"

// The card reader: what Stripe knows about it, a test message, what to do when offline.
Item {
    id: root
    property bool portrait: true
    readonly property QtObject staff: app.staff

    Column {
        width: Math.min(parent.width, 1100)
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: 28
        Column {
            width: parent.width
            Field { label: qsTr("Reader"); value: root.staff.controls.readerLabel }
            Field { objectName: "readerStatusField"; label: qsTr("Status"); value: root.staff.controls.readerStatus; strong: true }
            Field { label: qsTr("Last seen"); value: root.staff.controls.readerSeen }
            Field { label: qsTr("Location"); value: root.staff.controls.readerLocation }
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            visible: text !== ""
            text: root.staff.controls.readerHelp
            wrapMode: Text.WordWrap
            font.family: Theme.font
            font.pixelSize: Theme.body + 2
            color: Theme.warning
        }
        StaffButton {
            objectName: "readerTest"
            width: parent.width
            text: qsTr("Show a test message on the reader")
            onClicked: root.staff.controls.readerTest()
        }
        StaffButton {
            objectName: "readerRefresh"
            width: parent.width
            kind: "secondary"
            text: qsTr("Check again")
            onClicked: root.staff.go("reader")
        }
    }
}
