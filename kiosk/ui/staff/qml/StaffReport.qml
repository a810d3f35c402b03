import QtQuick
import "../../qml"

// The closing report, as written to Final POS with the session's closing fields.
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
            text: qsTr("The till session is closed. This report is saved in Final POS.")
            wrapMode: Text.WordWrap
            font.family: Theme.font
            font.pixelSize: Theme.body + 6
            font.weight: Font.Bold
            color: Theme.ink
        }
        Column {
            objectName: "reportLines"
            width: parent.width
            Repeater {
                model: root.staff.report.reportModel
                delegate: Item {
                    required property string label
                    required property string value
                    width: parent ? parent.width : 400
                    height: line.implicitHeight
                    Field { id: line; width: parent.width; label: parent.label; value: parent.value }
                }
            }
        }
        StaffButton {
            objectName: "reportOpenNew"
            width: parent.width
            text: qsTr("Open a new till session")
            onClicked: root.staff.go("till")
        }
    }
}
