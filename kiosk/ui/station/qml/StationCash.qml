import QtQuick
import "../../qml"

// Cash: what the customer hands over on the keypad, the change, then take it.
KeypadScreen {
    id: root
    readonly property real gap: 18
    onEnterPressed: if (station.pay.cashEnough) station.pay.takeCash()
    Shortcut { sequence: "F5"; onActivated: station.pay.exactCash() }
    Shortcut { sequence: "F6"; onActivated: station.pay.nextNote() }

    SPanel {
        id: left
        title: qsTr("Cash payment")
        width: (root.width - root.gap) / 2
        height: root.height
        Column {
            width: parent.width
            spacing: 18
            SFigure { width: parent.width; label: qsTr("To pay"); value: station.sale.totalText; valueName: "cashTotal" }
            SFigure { width: parent.width; label: qsTr("Handed over"); value: station.entryText === "" ? "—" : station.entryText; valueName: "cashTendered" }
            SFigure {
                width: parent.width
                label: qsTr("Change")
                valueName: "cashChange"
                value: station.pay.changeText !== "" ? station.pay.changeText : (station.entryText === "" ? "—" : qsTr("Not enough"))
                valueColor: station.pay.cashEnough ? Theme.success : Theme.warning
            }
            Row {
                spacing: 10
                SButton { objectName: "btnExact"; text: qsTr("Exact amount"); keyHint: "F5"; onClicked: station.pay.exactCash() }
                SButton { objectName: "btnNextNote"; text: qsTr("Next round note"); keyHint: "F6"; onClicked: station.pay.nextNote() }
            }
        }
    }
    SPanel {
        id: right
        title: qsTr("Amount handed over")
        x: left.width + root.gap
        width: root.width - left.width - root.gap
        height: root.height
        Column {
            width: parent.width
            spacing: 14
            SKeypad {
                anchors.horizontalCenter: parent.horizontalCenter
                keySize: Math.min(72, (right.height - 250) / 4)
            }
            SButton {
                objectName: "btnTakeCash"
                width: parent.width
                kind: "primary"
                text: qsTr("Take cash")
                keyHint: "Enter"
                enabled: station.pay.cashEnough && !station.busy
                onClicked: station.pay.takeCash()
            }
            SButton { objectName: "btnCashBack"; kind: "quiet"; text: qsTr("Back to the sale"); keyHint: "Esc"; onClicked: station.back() }
        }
    }
}
