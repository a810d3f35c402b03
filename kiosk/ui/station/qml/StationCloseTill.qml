import QtQuick
import "../../qml"

// Close the till: count the drawer; the expected cash and the difference are shown after.
KeypadScreen {
    id: root
    readonly property real gap: 18
    readonly property bool closed: station.till.closing.expected !== undefined
    onEnterPressed: if (!closed) station.till.closeTill()

    SPanel {
        id: left
        title: qsTr("Close the till")
        width: (root.width - root.gap) / 2
        height: root.height
        Column {
            width: parent.width
            spacing: 14
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
