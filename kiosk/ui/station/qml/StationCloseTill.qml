import QtQuick
import "../../qml"

// Close the till: count the drawer; the expected cash and the difference are shown after,
// and the closing report (one row per tax rate under "Of which taxes") takes the keypad's place.
KeypadScreen {
    id: root
    readonly property real gap: 18
    readonly property bool closed: station.till.closing.expected !== undefined
    onEnterPressed: if (!closed) station.till.closeTill()

    Shortcut { sequence: "Ctrl+P"; enabled: root.closed && station.till.canPrint && !station.busy; onActivated: station.till.printReport() }

    SPanel {
        id: left
        title: root.closed ? qsTr("Closing report") : qsTr("Close the till")
        width: (root.width - root.gap) / 2
        height: root.height
        Item {
            anchors.fill: parent
            visible: root.closed
            Flickable {
                id: reportScroll
                objectName: "closingReportScroll"
                width: parent.width
                // The print button's room is kept only when it shows (a printer is set up), the
                // notice's when there is one.
                height: Math.min(reportLines.height, parent.height - (printButton.visible ? printButton.height + 16 : 0)
                                 - (refundNotice.visible ? refundNotice.height + 12 : 0))
                contentHeight: reportLines.height
                interactive: contentHeight > height
                boundsBehavior: Flickable.StopAtBounds
                clip: true
                Column {
                    id: reportLines
                    objectName: "closingReportLines"
                    width: parent.width
                    Repeater {
                        model: station.till.reportLines
                        delegate: Item {
                            id: reportRow
                            required property string label
                            required property string value
                            required property bool detail
                            width: reportLines.width
                            // Rate rows sit tighter under their title: sales, refunded and net per
                            // rate fit 1366x768 beside the drawer's count.
                            height: Math.max(rowLabel.implicitHeight, rowValue.implicitHeight) + (reportRow.detail ? 6 : 12)
                            Text { id: rowLabel; textFormat: Text.PlainText; x: reportRow.detail ? 28 : 0; width: parent.width * 0.6 - x; anchors.verticalCenter: parent.verticalCenter; text: reportRow.label; wrapMode: Text.WordWrap; font.family: Theme.font; font.pixelSize: 18; color: Theme.inkSoft }
                            Text { id: rowValue; textFormat: Text.PlainText; anchors.right: parent.right; width: parent.width * 0.38; anchors.verticalCenter: parent.verticalCenter; horizontalAlignment: Text.AlignRight; text: reportRow.value; wrapMode: Text.WordWrap; font.family: Theme.font; font.pixelSize: reportRow.detail ? 18 : 20; font.weight: Font.DemiBold; color: Theme.ink }
                            Rectangle { anchors.bottom: parent.bottom; x: rowLabel.x; width: parent.width - x; height: 1; color: Theme.line }
                        }
                    }
                }
            }
            // Final POS could not list the refunds when the till closed: their taxes are missing.
            Text {
                id: refundNotice
                objectName: "closingRefundTaxesNotice"
                textFormat: Text.PlainText
                visible: text !== ""
                y: reportScroll.height + 12
                width: parent.width
                wrapMode: Text.WordWrap
                text: station.till.refundTaxesNotice
                font.family: Theme.font
                font.pixelSize: 18
                font.weight: Font.DemiBold
                color: Theme.warning
            }
            SButton {
                id: printButton
                objectName: "btnPrintReport"
                visible: station.till.canPrint
                y: refundNotice.visible ? refundNotice.y + refundNotice.height + 16 : reportScroll.height + 16
                width: parent.width
                kind: "secondary"
                text: qsTr("Print report")
                keyHint: "Ctrl+P"
                enabled: !station.busy
                onClicked: station.till.printReport()
            }
        }
        Column {
            width: parent.width
            spacing: 14
            visible: !root.closed
            Text { textFormat: Text.PlainText; width: parent.width; wrapMode: Text.WordWrap; text: qsTr("Count every note and coin in the drawer, then enter the total."); font.family: Theme.font; font.pixelSize: 18; color: Theme.inkSoft }
            Rectangle {
                width: parent.width
                height: 64
                radius: 12
                color: Theme.surfaceAlt
                Text { textFormat: Text.PlainText; objectName: "countedEntry"; anchors.centerIn: parent; text: station.entryText === "" ? qsTr("Counted cash") : station.entryText; font.family: Theme.font; font.pixelSize: 32; font.weight: Font.Bold; color: station.entryText === "" ? Theme.muted : Theme.ink }
            }
            SKeypad { anchors.horizontalCenter: parent.horizontalCenter; keySize: Math.min(68, (left.height - 330) / 4); enabled: !root.closed }
            SButton { objectName: "btnCloseTillNow"; width: parent.width; kind: "danger"; text: qsTr("Close the till"); keyHint: "Enter"; enabled: !root.closed && !station.busy; onClicked: station.till.closeTill() }
        }
    }
    SPanel {
        id: right
        title: qsTr("Cash in the drawer")
        x: left.width + root.gap
        width: root.width - left.width - root.gap
        height: root.height
        Column {
            width: parent.width
            spacing: 10
            visible: root.closed
            SFigure { width: parent.width; valueSize: 28; label: qsTr("Opening float"); value: station.till.closing.opening || ""; valueName: "closing_opening" }
            SFigure { width: parent.width; valueSize: 28; label: qsTr("Expected (float + cash sales − cash refunds)"); value: station.till.closing.expected || ""; valueName: "closing_expected" }
            SFigure { width: parent.width; valueSize: 28; label: qsTr("Counted"); value: station.till.closing.counted || ""; valueName: "closing_counted" }
            SFigure { width: parent.width; valueSize: 28; label: qsTr("Difference"); value: station.till.closing.difference || ""; valueName: "closing_difference"; color: Theme.warningBg }
            // Cash handed back that Final POS has not taken yet: why the drawer may look short.
            Text { textFormat: Text.PlainText; objectName: "closing_note"; visible: text !== ""; width: parent.width; wrapMode: Text.WordWrap; text: station.till.closing.note || ""; font.family: Theme.font; font.pixelSize: 18; font.weight: Font.DemiBold; color: Theme.warning }
            SButton { objectName: "btnSignOut"; kind: "primary"; text: qsTr("Sign out"); keyHint: "F12"; onClicked: station.till.switchUser() }
        }
        Text {
            textFormat: Text.PlainText
            visible: !root.closed
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("The expected cash (opening float plus cash sales) and the difference appear here once the till is closed.")
            font.family: Theme.font
            font.pixelSize: 18
            color: Theme.muted
        }
        SButton { visible: !root.closed; y: parent.height - height; kind: "quiet"; text: qsTr("Back to the sale"); keyHint: "Esc"; onClicked: station.back() }
    }
}
