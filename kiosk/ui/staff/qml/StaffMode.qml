import QtQuick
import "../../qml"

// Staff mode: its own screen stack (`staff.screen`, see StaffScreen in viewmodel.py), a
// header with back and leave, the result of the last action, and the one confirmation.
Rectangle {
    id: root
    objectName: "staffMode"
    property bool portrait: true
    readonly property QtObject staff: app.staff
    readonly property int margin: portrait ? 48 : 64
    color: Theme.cream

    MouseArea { anchors.fill: parent }  // the customer screens below take no taps

    Rectangle {
        id: header
        width: parent.width
        height: 132
        color: Theme.espresso

        StaffButton {
            id: backButton
            objectName: "staffBack"
            anchors.left: parent.left
            anchors.leftMargin: 24
            anchors.verticalCenter: parent.verticalCenter
            kind: "quiet"
            fontSize: Theme.body + 2
            text: root.staff.screen === "home" || root.staff.screen === "pin" ? qsTr("‹ Kiosk") : qsTr("‹ Back")
            onClicked: root.staff.back()
            textColor: "white"
        }
        Text {
            // centred between the back button and the name/leave row; a long German title
            // ("Bestellung A012 erstatten") shrinks to fit rather than being cut
            objectName: "staffTitle"
            textFormat: Text.PlainText
            anchors.centerIn: parent
            width: parent.width - 2 * Math.max(backButton.width + 24, who.visible ? who.width + 24 : 0) - 32
            height: parent.height
            verticalAlignment: Text.AlignVCenter
            horizontalAlignment: Text.AlignHCenter
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.body
            elide: Text.ElideRight
            text: {
                switch (root.staff.screen) {
                case "pin": return qsTr("Staff");
                case "home": return qsTr("Staff");
                case "till": return qsTr("Till session");
                case "closeReport": return qsTr("Closing report");
                case "orders": return qsTr("Orders today");
                case "orderDetail": return qsTr("Order %1").arg(root.staff.orders.detailNumber);
                case "refund": return qsTr("Refund order %1").arg(root.staff.orders.detailNumber);
                case "attention": return qsTr("Needs attention");
                case "reader": return qsTr("Card reader");
                case "ordering": return qsTr("Ordering");
                }
                return "";
            }
            font.family: Theme.font
            font.pixelSize: Theme.title
            font.weight: Font.ExtraBold
            color: "white"
        }
        Row {
            id: who
            anchors.right: parent.right
            anchors.rightMargin: 24
            anchors.verticalCenter: parent.verticalCenter
            spacing: 16
            visible: root.staff.userName !== ""
            Text {
                textFormat: Text.PlainText
                anchors.verticalCenter: parent.verticalCenter
                text: root.staff.userName
                font.family: Theme.font
                font.pixelSize: Theme.body
                font.weight: Font.DemiBold
                color: Theme.latte
            }
            StaffButton {
                objectName: "staffLeave"
                kind: "secondary"
                text: qsTr("Leave")
                onClicked: root.staff.leave()
            }
        }
    }

    Rectangle {
        id: banner
        objectName: "staffMessage"
        anchors.top: header.bottom
        width: parent.width
        height: visible ? bannerText.implicitHeight + 40 : 0
        visible: root.staff.message !== "" && root.staff.screen !== "pin"
        color: root.staff.messageIsError ? Theme.warningBg : "#DCEFE4"
        Text {
            textFormat: Text.PlainText
            id: bannerText
            objectName: "staffMessageText"
            anchors.verticalCenter: parent.verticalCenter
            x: root.margin
            width: parent.width - 2 * root.margin
            text: root.staff.message
            wrapMode: Text.WordWrap
            font.family: Theme.font
            font.pixelSize: Theme.body
            font.weight: Font.DemiBold
            color: root.staff.messageIsError ? Theme.warning : Theme.success
        }
    }

    Item {
        id: content
        anchors.top: banner.bottom
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: root.margin

        StaffPin { anchors.fill: parent; portrait: root.portrait; visible: root.staff.screen === "pin" }
        StaffHome { anchors.fill: parent; portrait: root.portrait; visible: root.staff.screen === "home" }
        StaffTill { anchors.fill: parent; portrait: root.portrait; visible: root.staff.screen === "till" }
        StaffReport { anchors.fill: parent; portrait: root.portrait; visible: root.staff.screen === "closeReport" }
        StaffOrders { anchors.fill: parent; portrait: root.portrait; visible: root.staff.screen === "orders" }
        StaffOrderDetail { anchors.fill: parent; portrait: root.portrait; visible: root.staff.screen === "orderDetail" }
        StaffRefund { anchors.fill: parent; portrait: root.portrait; visible: root.staff.screen === "refund" }
        StaffAttention { anchors.fill: parent; portrait: root.portrait; visible: root.staff.screen === "attention" }
        StaffReader { anchors.fill: parent; portrait: root.portrait; visible: root.staff.screen === "reader" }
        StaffOrdering { anchors.fill: parent; portrait: root.portrait; visible: root.staff.screen === "ordering" }
    }

    Rectangle {
        objectName: "staffBusy"
        anchors.fill: parent
        visible: root.staff.busy
        color: "#40000000"
        MouseArea { anchors.fill: parent }
        Text {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            text: qsTr("One moment…")
            font.family: Theme.font
            font.pixelSize: Theme.title
            font.weight: Font.Bold
            color: "white"
        }
    }

    Rectangle {
        objectName: "staffConfirm"
        anchors.fill: parent
        visible: root.staff.confirmVisible
        color: "#B3000000"
        MouseArea { anchors.fill: parent }
        Rectangle {
            anchors.centerIn: parent
            width: Math.min(parent.width - 96, 960)
            height: confirmColumn.implicitHeight + 96
            radius: Theme.radius
            color: Theme.surface
            Column {
                id: confirmColumn
                anchors.centerIn: parent
                width: parent.width - 96
                spacing: 40
                Text {
                    textFormat: Text.PlainText
                    objectName: "staffConfirmText"
                    width: parent.width
                    text: root.staff.confirmText
                    wrapMode: Text.WordWrap
                    font.family: Theme.font
                    font.pixelSize: Theme.body + 8
                    font.weight: Font.Bold
                    color: Theme.ink
                }
                Row {
                    anchors.right: parent.right
                    spacing: 24
                    StaffButton {
                        objectName: "staffConfirmCancel"
                        kind: "secondary"
                        text: qsTr("Cancel")
                        onClicked: root.staff.cancelConfirm()
                    }
                    StaffButton {
                        objectName: "staffConfirmOk"
                        text: root.staff.confirmButton
                        onClicked: root.staff.confirm()
                    }
                }
            }
        }
    }
}
