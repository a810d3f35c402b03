import QtQuick
import "../../qml"

// A line or order discount: percent or amount on the keypad, a reason, a manager PIN above
// the limit.
KeypadScreen {
    id: root
    readonly property real gap: 18
    onEnterPressed: station.discount.managerNeeded ? station.discount.approveDiscount() : station.discount.applyDiscount()
    Shortcut { sequence: "Ctrl+P"; onActivated: station.discount.setDiscountKind("percent") }
    Shortcut { sequence: "Ctrl+M"; onActivated: station.discount.setDiscountKind("amount") }

    SPanel {
        id: left
        title: station.discount.discountTarget === "order" ? qsTr("Discount on the order") : qsTr("Discount on the line")
        width: (root.width - root.gap) / 2
        height: root.height
        Column {
            width: parent.width
            spacing: 14
            Row {
                spacing: 10
                SButton {
                    objectName: "btnPercent"
                    kind: station.discount.discountKind === "percent" ? "primary" : "secondary"
                    text: qsTr("Percent")
                    keyHint: "Ctrl+P"
                    onClicked: station.discount.setDiscountKind("percent")
                }
                SButton {
                    objectName: "btnAmount"
                    kind: station.discount.discountKind === "amount" ? "primary" : "secondary"
                    text: qsTr("Amount")
                    keyHint: "Ctrl+M"
                    onClicked: station.discount.setDiscountKind("amount")
                }
            }
            Rectangle {
                width: parent.width
                height: 64
                radius: 12
                color: Theme.surfaceAlt
                Text {
                    textFormat: Text.PlainText
                    objectName: "discountEntry"
                    anchors.centerIn: parent
                    text: station.entryText === "" ? qsTr("Type the discount") : station.entryText
                    font.family: Theme.font
                    font.pixelSize: station.entryText === "" ? 20 : 32
                    font.weight: Font.Bold
                    color: station.entryText === "" ? Theme.muted : Theme.ink
                }
            }
            SKeypad {
                anchors.horizontalCenter: parent.horizontalCenter
                keySize: Math.min(68, (left.height - 330) / 4)
            }
        }
    }

    SPanel {
        id: right
        title: station.discount.managerNeeded ? qsTr("Manager PIN") : qsTr("Reason")
        x: left.width + root.gap
        width: root.width - left.width - root.gap
        height: root.height
        Column {
            width: parent.width
            spacing: 14
            visible: !station.discount.managerNeeded
            SField {
                id: reason
                width: parent.width
                inputName: "discountReason"
                placeholder: qsTr("Why this discount?")
                text: station.discount.discountReason
                onEdited: (text) => station.discount.setDiscountReason(text)
                onAccepted: station.discount.applyDiscount()
            }
            Flow {
                width: parent.width
                spacing: 10
                Repeater {
                    model: [qsTr("Staff"), qsTr("Loyalty"), qsTr("Damaged"), qsTr("Complaint"), qsTr("Promotion")]
                    delegate: SButton {
                        required property string modelData
                        height: 52
                        fontSize: 17
                        kind: "quiet"
                        text: modelData
                        onClicked: { reason.text = modelData; station.discount.setDiscountReason(modelData) }
                    }
                }
            }
            Text {
                textFormat: Text.PlainText
                width: parent.width
                wrapMode: Text.WordWrap
                text: qsTr("Up to %1 without a manager; above that a manager enters their PIN.").arg(station.discount.discountLimitText)
                font.family: Theme.font
                font.pixelSize: 17
                color: Theme.inkSoft
            }
            SButton {
                objectName: "btnApplyDiscount"
                width: parent.width
                kind: "primary"
                text: qsTr("Apply discount")
                keyHint: "Enter"
                onClicked: station.discount.applyDiscount()
            }
            Row {
                spacing: 10
                SButton { objectName: "btnRemoveDiscount"; text: qsTr("Remove discount"); onClicked: station.discount.removeDiscount() }
                SButton { objectName: "btnDiscountBack"; kind: "quiet"; text: qsTr("Back"); keyHint: "Esc"; onClicked: station.back() }
            }
        }
        Column {
            width: parent.width
            spacing: 14
            visible: station.discount.managerNeeded
            Text {
                textFormat: Text.PlainText
                width: parent.width
                wrapMode: Text.WordWrap
                text: qsTr("This discount is above %1. A manager types their PIN on the keyboard to allow it.").arg(station.discount.discountLimitText)
                font.family: Theme.font
                font.pixelSize: 19
                color: Theme.ink
            }
            Rectangle {
                width: parent.width
                height: 64
                radius: 12
                color: Theme.surfaceAlt
                Text {
                    textFormat: Text.PlainText
                    objectName: "managerPinDots"
                    anchors.centerIn: parent
                    text: station.pinDots === "" ? qsTr("Manager PIN") : station.pinDots
                    font.family: Theme.font
                    font.pixelSize: 30
                    color: station.pinDots === "" ? Theme.muted : Theme.ink
                }
            }
            Text {
                textFormat: Text.PlainText
                width: parent.width
                wrapMode: Text.WordWrap
                text: qsTr("The keypad on the left types the PIN too.")
                font.family: Theme.font
                font.pixelSize: 17
                color: Theme.inkSoft
            }
            SButton {
                objectName: "btnApprove"
                width: parent.width
                kind: "primary"
                text: qsTr("Allow the discount")
                keyHint: "Enter"
                enabled: !station.busy
                onClicked: station.discount.approveDiscount()
            }
            SButton { kind: "quiet"; text: qsTr("Back"); keyHint: "Esc"; onClicked: station.back() }
        }
    }
}
