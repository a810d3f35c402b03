import QtQuick
import "../../qml"

// The closing report, as written to Final POS with the session's closing fields; a row under
// another (a tax rate under "Of which taxes") is indented. In landscape a report taller than the
// room goes in two columns; one longer still scrolls, the buttons stay.
Item {
    id: root
    property bool portrait: true
    readonly property QtObject staff: app.staff
    readonly property QtObject report: staff.report
    readonly property int gap: 28

    // Where the second column starts (the row count: one column); see `findSplit`.
    property int split: first.count
    // Two columns in landscape when one is taller than the room, split at the title row that
    // evens the two out best.
    function findSplit() {
        var n = first.count
        var heights = []
        var total = 0
        for (var i = 0; i < n; i++) {
            var row = first.itemAt(i)
            heights.push(row ? row.rowHeight : 0)
            total += heights[i]
        }
        var best = n
        if (!root.portrait && total > scroll.room) {
            var above = 0
            var tallest = total
            for (var j = 0; j < n; j++) {
                var candidate = first.itemAt(j)
                if (j > 0 && candidate && !candidate.detail && Math.max(above, total - above) < tallest) {
                    tallest = Math.max(above, total - above)
                    best = j
                }
                above += heights[j]
            }
        }
        split = best
    }
    onPortraitChanged: Qt.callLater(findSplit)

    component ReportRow: Item {
        required property int index
        required property string label
        required property string value
        required property bool detail
        property bool shown: true
        readonly property real rowHeight: line.implicitHeight
        visible: shown
        width: parent ? parent.width : 0
        height: shown ? line.implicitHeight : 0
        Field {
            id: line
            x: parent.detail ? 40 : 0
            width: parent.width - x
            label: parent.label
            value: parent.value
        }
    }

    Column {
        width: Math.min(parent.width, root.split < first.count ? 1760 : 1100)
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
        // Final POS could not list the refunds when the till closed: their taxes are missing.
        Text {
            id: refundNotice
            objectName: "reportRefundTaxesNotice"
            textFormat: Text.PlainText
            visible: text !== ""
            width: parent.width
            text: root.report.refundTaxesNotice
            wrapMode: Text.WordWrap
            font.family: Theme.font
            font.pixelSize: Theme.body
            font.weight: Font.DemiBold
            color: Theme.warning
        }
        Flickable {
            id: scroll
            objectName: "reportScroll"
            readonly property real room: root.height - heading.height - buttons.height - 2 * root.gap
                - (refundNotice.visible ? refundNotice.height + root.gap : 0)
            width: parent.width
            height: Math.min(lines.height, room)
            contentHeight: lines.height
            interactive: contentHeight > height
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            onRoomChanged: Qt.callLater(root.findSplit)
            // One column; in landscape, when that does not fit, two side by side (the second
            // starts at a title row, so a rate never sits apart from its "Taxes refunded").
            Row {
                id: lines
                objectName: "reportColumns"
                width: parent.width
                spacing: root.gap * 2
                readonly property real columnWidth: root.split < first.count ? (width - spacing) / 2 : width
                Column {
                    objectName: "reportLines"
                    width: lines.columnWidth
                    Repeater {
                        id: first
                        model: root.report.reportModel
                        onItemAdded: Qt.callLater(root.findSplit)
                        onItemRemoved: Qt.callLater(root.findSplit)
                        delegate: ReportRow { shown: index < root.split }
                    }
                }
                Column {
                    objectName: "reportLinesSecond"
                    visible: root.split < first.count
                    width: lines.columnWidth
                    Repeater {
                        model: root.report.reportModel
                        delegate: ReportRow { shown: index >= root.split }
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
