import QtQuick
import "../../qml"

// Today's orders, newest first, searchable by order number.
Item {
    id: root
    property bool portrait: true
    readonly property QtObject staff: app.staff

    NoteInput {
        id: search
        inputName: "orderSearch"
        width: parent.width
        placeholder: qsTr("Search by order number, e.g. A012")
        onTextChanged: root.staff.orders.search(text)
    }
    ListView {
        id: list
        objectName: "orderList"
        anchors.top: search.bottom
        anchors.topMargin: 24
        anchors.bottom: parent.bottom
        width: parent.width
        clip: true
        spacing: 12
        model: root.staff.orders.orderModel
        delegate: Rectangle {
            required property string checkoutId
            required property string number
            required property string time
            required property string total
            required property string status
            required property string refunded
            required property int index
            objectName: "orderRow_" + index
            width: list.width
            height: 120
            radius: Theme.radiusSmall
            color: rowArea.pressed ? Theme.latte : Theme.surface
            border.width: 2
            border.color: Theme.line
            Row {
                anchors.fill: parent
                anchors.leftMargin: 32
                anchors.rightMargin: 32
                spacing: 24
                Text { textFormat: Text.PlainText; width: parent.width * 0.18; anchors.verticalCenter: parent.verticalCenter; text: number; font.family: Theme.font; font.pixelSize: Theme.body + 8; font.weight: Font.ExtraBold; color: Theme.ink }
                Text { textFormat: Text.PlainText; width: parent.width * 0.14; anchors.verticalCenter: parent.verticalCenter; text: time; font.family: Theme.font; font.pixelSize: Theme.body; color: Theme.inkSoft }
                Text { textFormat: Text.PlainText; width: parent.width * 0.24; anchors.verticalCenter: parent.verticalCenter; text: status + (refunded !== "" ? " · " + qsTr("%1 back").arg(refunded) : ""); elide: Text.ElideRight; font.family: Theme.font; font.pixelSize: Theme.body; color: Theme.inkSoft }
                Text { textFormat: Text.PlainText; width: parent.width * 0.3; anchors.verticalCenter: parent.verticalCenter; horizontalAlignment: Text.AlignRight; text: total; font.family: Theme.font; font.pixelSize: Theme.body + 6; font.weight: Font.Bold; color: Theme.ink }
            }
            MouseArea {
                id: rowArea
                anchors.fill: parent
                onClicked: root.staff.orders.openOrder(parent.checkoutId)
            }
        }
        Text {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            visible: list.count === 0
            text: qsTr("No orders today yet.")
            font.family: Theme.font
            font.pixelSize: Theme.body + 4
            color: Theme.muted
        }
    }
}
