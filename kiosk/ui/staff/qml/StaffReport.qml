import QtQuick
import "../../qml"

// The closing report, as written to Final POS with the session's closing fields; a row under
// another (a tax rate under "Of which taxes") is indented. Long reports scroll, the buttons stay.
Item {
    id: root
    property bool portrait: true
    readonly property QtObject staff: app.staff
    readonly property QtObject report: staff.report
    readonly property int gap: 28

    Column {
        width: Math.min(parent.width, 1100)
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: root.gap
        Text {
            id: heading
            textFormat: Text.PlainText
            width: parent.width
            text: qsTr("The till session is closed. This report is saved in Final POS.")
            wrapMode: Text.WordWrap
            font.family: Theme.font
            font.pixelSize: Theme.body + 6
            font.weight: Font.Bold
            color: Theme.ink
        }
        Flickable {
            objectName: "reportScroll"
            width: parent.width
            height: Math.min(lines.height, root.height - heading.height - buttons.height - 2 * root.gap)
            contentHeight: lines.height
            interactive: contentHeight > height
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            Column {
                id: lines
                objectName: "reportLines"
                width: parent.width
                Repeater {
                    model: root.report.reportModel
                    delegate: Item {
                        required property string label
                        required property string value
                        required property bool detail
                        width: lines.width
                        height: line.implicitHeight
                        Field {
                            id: line
                            x: parent.detail ? 40 : 0
                            width: parent.width - x
                            label: parent.label
                            value: parent.value
                        }
                    }
                }
            }
        }
        Row {
            id: buttons
            width: parent.width
            height: Theme.touch
            spacing: 24
            StaffButton {
                objectName: "reportPrint"
                visible: root.report.canPrint
                width: (parent.width - parent.spacing) / 2
                height: parent.height
                kind: "secondary"
                text: qsTr("Print report")
                enabled: !root.staff.busy
                onClicked: root.report.printReport()
            }
            StaffButton {
                objectName: "reportOpenNew"
                width: root.report.canPrint ? (parent.width - parent.spacing) / 2 : parent.width
                height: parent.height
                text: qsTr("Open a new till session")
                onClicked: root.staff.go("till")
            }
        }
    }
}
