import QtQuick
import "../../qml"

// One order: status, payment card, lines; refund all or some of it.
Item {
    id: root
    property bool portrait: true
    readonly property QtObject staff: app.staff

    Column {
        id: top
        width: parent.width
        spacing: 8
        Field { label: qsTr("Status"); value: root.staff.orders.detailStatus }
        Field { label: qsTr("Paid with"); value: root.staff.orders.detailCard }
        Field { label: qsTr("Total"); value: root.staff.orders.detailTotal; strong: true }
    }
    ListView {
        id: lines
        objectName: "detailLines"
        anchors.top: top.bottom
        anchors.topMargin: 24
        anchors.bottom: buttons.top
        anchors.bottomMargin: 24
        width: parent.width
        clip: true
        model: root.staff.orders.detailLineModel
        delegate: Field {
            required property string name
            required property int quantity
            required property string total
            width: lines.width
            label: quantity + " × " + name
            value: total
        }
    }
    Row {
        id: buttons
        anchors.bottom: parent.bottom
        width: parent.width
        spacing: 24
        visible: root.staff.orders.detailRefundable
        StaffButton {
            objectName: "refundSome"
            width: (parent.width - 24) / 2
            kind: "secondary"
            text: qsTr("Refund some items")
            onClicked: root.staff.orders.startRefund(false)
        }
        StaffButton {
            objectName: "refundAll"
            width: (parent.width - 24) / 2
            text: qsTr("Refund everything left")
            onClicked: root.staff.orders.startRefund(true)
        }
    }
}
