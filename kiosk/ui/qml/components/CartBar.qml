import QtQuick
import ".."

// Always within reach at the bottom of the menu: item count, total, "Review order".
Rectangle {
    id: root
    property bool portrait: true
    implicitHeight: portrait ? 150 : 132
    color: Theme.surface
    Rectangle { anchors.top: parent.top; width: parent.width; height: 2; color: Theme.line }

    Row {
        anchors.left: parent.left
        anchors.leftMargin: 36
        anchors.verticalCenter: parent.verticalCenter
        spacing: 20
        Rectangle {
            width: 76; height: 76; radius: 38
            color: app.cart.isEmpty ? Theme.surfaceAlt : Theme.primarySoft
            anchors.verticalCenter: parent.verticalCenter
            Text {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                text: app.cart.count
                font.family: Theme.font
                font.pixelSize: Theme.body + 4
                font.weight: Font.ExtraBold
                color: Theme.primary
            }
        }
        Column {
            anchors.verticalCenter: parent.verticalCenter
            Text {
                textFormat: Text.PlainText
                text: app.cart.isEmpty ? qsTr("Your order is empty") : app.cart.countText
                font.family: Theme.font
                font.pixelSize: Theme.small
                color: Theme.inkSoft
            }
            Text {
                textFormat: Text.PlainText
                objectName: "cartBarTotal"
                text: app.cart.total
                font.family: Theme.font
                font.pixelSize: Theme.body + 10
                font.weight: Font.ExtraBold
                color: Theme.ink
            }
        }
    }

    KButton {
        objectName: "reviewOrderButton"
        anchors.right: parent.right
        anchors.rightMargin: 36
        anchors.verticalCenter: parent.verticalCenter
        width: root.portrait ? 420 : 480
        height: 104
        text: qsTr("Review order")
        reason: app.cart.reviewBlockedReason
        enabled: !app.cart.isEmpty
        onClicked: app.showCart()
    }
}
