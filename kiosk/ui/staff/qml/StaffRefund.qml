import QtQuick
import "../../qml"
import "../../qml/components"

// Refund: everything left, or chosen items and quantities; a reason; one confirmation.
Item {
    id: root
    property bool portrait: true
    readonly property QtObject staff: app.staff

    Row {
        id: modeRow
        width: parent.width
        spacing: 24
        StaffButton {
            objectName: "refundModeAll"
            width: (parent.width - 24) / 2
            kind: root.staff.orders.refundFull ? "primary" : "secondary"
            text: qsTr("Everything left")
            onClicked: root.staff.orders.setRefundFull(true)
        }
        StaffButton {
            objectName: "refundModeItems"
            width: (parent.width - 24) / 2
            kind: root.staff.orders.refundFull ? "secondary" : "primary"
            text: qsTr("Chosen items")
            onClicked: root.staff.orders.setRefundFull(false)
        }
    }
    ListView {
        id: lines
        objectName: "refundLines"
        anchors.top: modeRow.bottom
        anchors.topMargin: 24
        anchors.bottom: form.top
        anchors.bottomMargin: 24
        width: parent.width
        clip: true
        spacing: 12
        model: root.staff.orders.detailLineModel
        delegate: Rectangle {
            required property int index
            required property string name
            required property int quantity
            required property string total
            required property int refundable
            required property int chosen
            width: lines.width
            height: 128
            radius: Theme.radiusSmall
            color: Theme.surface
            border.width: 2
            border.color: Theme.line
            opacity: refundable > 0 ? 1 : 0.5
            Column {
                anchors.left: parent.left
                anchors.leftMargin: 28
                anchors.right: stepper.left
                anchors.rightMargin: 16
                anchors.verticalCenter: parent.verticalCenter
                Text { textFormat: Text.PlainText; width: parent.width; text: quantity + " × " + name; elide: Text.ElideRight; font.family: Theme.font; font.pixelSize: Theme.body + 2; font.weight: Font.Bold; color: Theme.ink }
                Text { textFormat: Text.PlainText; width: parent.width; text: refundable > 0 ? qsTr("%1 · %n can be refunded", "", refundable).arg(total) : qsTr("%1 · refunded").arg(total); elide: Text.ElideRight; font.family: Theme.font; font.pixelSize: Theme.small; color: Theme.inkSoft }
            }
            Stepper {
                id: stepper
                anchors.right: parent.right
                anchors.rightMargin: 20
                anchors.verticalCenter: parent.verticalCenter
                minusName: "refundMinus_" + parent.index
                plusName: "refundPlus_" + parent.index
                value: root.staff.orders.refundFull ? parent.refundable : parent.chosen
                canDecrease: value > 0
                canIncrease: value < parent.refundable
                onIncreased: root.staff.orders.setRefundQuantity(parent.index, value + 1)
                onDecreased: root.staff.orders.setRefundQuantity(parent.index, value - 1)
            }
        }
    }
    Column {
        id: form
        anchors.bottom: parent.bottom
        width: parent.width
        spacing: 20
        Row {
            spacing: 16
            Repeater {
                model: [
                    { value: "requested_by_customer", text: qsTr("Customer asked") },
                    { value: "duplicate", text: qsTr("Charged twice") },
                    { value: "fraudulent", text: qsTr("Fraud") }
                ]
                delegate: StaffButton {
                    required property var modelData
                    objectName: "refundReason_" + modelData.value
                    kind: root.staff.orders.refundReason === modelData.value ? "primary" : "secondary"
                    text: modelData.text
                    fontSize: Theme.small
                    onClicked: root.staff.orders.setRefundReason(modelData.value)
                }
            }
        }
        NoteInput {
            id: note
            inputName: "refundNote"
            placeholder: qsTr("Why? (optional, goes to Final POS)")
            choices: [qsTr("Wrong item"), qsTr("Cold"), qsTr("Not collected")]
        }
        StaffButton {
            objectName: "refundGo"
            width: parent.width
            kind: "danger"
            text: qsTr("Refund %1").arg(root.staff.orders.refundAmount)
            onClicked: root.staff.orders.askRefund(note.text)
        }
    }
}
