import QtQuick
import "../../qml"

// Today's orders: search, one order's lines, refund all or some lines, reprint the receipt.
// Every action asks once (the panel over the screen); a refund by staff asks a manager's PIN.
// A cash sale is refunded in cash: the question shows the amount to hand back in large type.
KeypadScreen {
    id: root
    readonly property real gap: 18
    readonly property var orders: station.orders
    Component.onCompleted: search.input.forceActiveFocus()
    onEnterPressed: if (orders.asking) orders.confirm()
    // While asked, the keys go to the question (a PIN's digits must not reach the search).
    readonly property bool asking: orders.asking
    onAskingChanged: asking ? confirmButton.forceActiveFocus() : search.input.forceActiveFocus()

    Shortcut { sequence: "F2"; enabled: orders.hasOrder && !orders.asking && orders.refundable; onActivated: orders.askRefundAll() }
    Shortcut { sequence: "F3"; enabled: orders.hasOrder && !orders.asking && orders.refundable; onActivated: orders.askRefundLines() }
    Shortcut { sequence: "F4"; enabled: orders.hasOrder && !orders.asking && orders.canReprint; onActivated: orders.askReprint() }

    SPanel {
        id: left
        title: qsTr("Today's orders")
        width: (root.width - root.gap) * 0.42
        height: root.height
        SField {
            id: search
            width: parent.width
            inputName: "orderSearch"
            placeholder: qsTr("Order number")
            text: orders.query
            onEdited: (text) => orders.search(text)
            onDownPressed: list.forceActiveFocus()
            onAccepted: list.forceActiveFocus()
        }
        ListView {
            id: list
            objectName: "orderList"
            y: search.height + 14
            width: parent.width
            height: parent.height - y - back.height - 14
            clip: true
            spacing: 6
            model: orders.orderModel
            keyNavigationEnabled: true
            Keys.onReturnPressed: if (currentItem) orders.openOrder(currentItem.checkoutId)
            Keys.onEnterPressed: if (currentItem) orders.openOrder(currentItem.checkoutId)
            delegate: Rectangle {
                id: row
                required property int index
                required property string checkoutId
                required property string number
                required property string time
                required property string total
                required property string status
                required property string refunded
                objectName: "order_" + index
                width: list.width
                height: 68
                radius: 10
                color: list.currentIndex === index ? Theme.primarySoft : (index % 2 ? Theme.surface : Theme.cream)
                border.width: list.activeFocus && list.currentIndex === index ? 3 : 0
                border.color: Theme.espresso
                Text { textFormat: Text.PlainText; x: 14; y: 10; width: parent.width - totalText.width - 42; text: row.number; elide: Text.ElideRight; font.family: Theme.font; font.pixelSize: 20; font.weight: Font.DemiBold; color: Theme.ink }
                Text {
                    textFormat: Text.PlainText
                    x: 14; y: 40
                    width: parent.width - totalText.width - 42
                    elide: Text.ElideRight
                    text: row.refunded === "" ? qsTr("%1 · %2").arg(row.time).arg(row.status)
                                              : qsTr("%1 · %2 · %3 refunded").arg(row.time).arg(row.status).arg(row.refunded)
                    font.family: Theme.font; font.pixelSize: 15; color: Theme.muted
                }
                Text { textFormat: Text.PlainText; id: totalText; x: parent.width - width - 14; anchors.verticalCenter: parent.verticalCenter; text: row.total; font.family: Theme.font; font.pixelSize: 20; font.weight: Font.Bold; color: Theme.ink }
                MouseArea { anchors.fill: parent; onClicked: { list.currentIndex = row.index; orders.openOrder(row.checkoutId) } }
            }
            Text {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                visible: list.count === 0
                text: station.busy ? qsTr("Loading…") : qsTr("No orders today.")
                font.family: Theme.font
                font.pixelSize: 20
                color: Theme.muted
            }
        }
        SButton { id: back; objectName: "btnOrdersBack"; y: parent.height - height; kind: "quiet"; text: qsTr("Back to the sale"); keyHint: "Esc"; onClicked: station.back() }
    }

    SPanel {
        id: right
        title: orders.hasOrder ? orders.orderTitle : qsTr("Choose an order")
        x: left.width + root.gap
        width: root.width - left.width - root.gap
        height: root.height
        ListView {
            id: lines
            objectName: "orderLines"
            width: parent.width
            height: parent.height - actions.height - 18
            clip: true
            spacing: 6
            model: orders.lineModel
            delegate: Rectangle {
                id: line
                required property int index
                required property string name
                required property int quantity
                required property string total
                required property int refundable
                required property int chosen
                objectName: "line_" + index
                width: lines.width
                height: 64
                radius: 10
                color: index % 2 ? Theme.surface : Theme.cream
                Text {
                    textFormat: Text.PlainText
                    x: 14
                    width: stepper.x - x - 16
                    anchors.verticalCenter: parent.verticalCenter
                    text: qsTr("%1 × %2").arg(line.quantity).arg(line.name)
                    elide: Text.ElideRight
                    font.family: Theme.font; font.pixelSize: 19; color: Theme.ink
                }
                Row {
                    id: stepper
                    x: lineTotal.x - width - 20
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: 8
                    visible: line.refundable > 0
                    SButton { objectName: "less_" + line.index; width: 52; height: 48; kind: "quiet"; text: "−"; fontSize: 24; onClicked: orders.setRefundQuantity(line.index, line.chosen - 1) }
                    Text { textFormat: Text.PlainText; width: 64; height: 48; horizontalAlignment: Text.AlignHCenter; verticalAlignment: Text.AlignVCenter; text: qsTr("%1 of %2").arg(line.chosen).arg(line.refundable); font.family: Theme.font; font.pixelSize: 17; color: Theme.inkSoft; fontSizeMode: Text.HorizontalFit; minimumPixelSize: 12 }
                    SButton { objectName: "more_" + line.index; width: 52; height: 48; kind: "quiet"; text: "+"; fontSize: 24; onClicked: orders.setRefundQuantity(line.index, line.chosen + 1) }
                }
                Text {
                    textFormat: Text.PlainText
                    id: lineTotal
                    x: parent.width - width - 14
                    anchors.verticalCenter: parent.verticalCenter
                    text: line.refundable > 0 || line.quantity === 0 ? line.total : qsTr("%1 · refunded").arg(line.total)
                    font.family: Theme.font; font.pixelSize: 19; font.weight: Font.Bold; color: Theme.ink
                }
            }
        }
        Flow {
            id: actions
            y: parent.height - height
            width: parent.width
            spacing: 12
            visible: orders.hasOrder
            SButton { objectName: "btnRefundAll"; kind: "danger"; enabled: orders.refundable; text: orders.cashSale ? qsTr("Refund in cash") : qsTr("Refund all"); keyHint: "F2"; onClicked: orders.askRefundAll() }
            SButton { objectName: "btnRefundLines"; enabled: orders.refundable; text: qsTr("Refund lines · %1").arg(orders.linesAmount); keyHint: "F3"; onClicked: orders.askRefundLines() }
            SButton { objectName: "btnReprint"; visible: orders.canReprint; text: qsTr("Reprint receipt"); keyHint: "F4"; onClicked: orders.askReprint() }
        }
    }

    // The one question before an action; a manager's PIN on the keyboard or the keypad.
    Rectangle {
        anchors.fill: parent
        visible: orders.asking
        color: "#99000000"
        radius: 16
        MouseArea { anchors.fill: parent }
        SPanel {
            id: ask
            objectName: "ordersAsk"
            title: orders.managerNeeded ? qsTr("Manager PIN") : qsTr("Are you sure?")
            anchors.centerIn: parent
            width: Math.min(parent.width - 40, 720)
            height: Math.min(parent.height - 20, askBody.implicitHeight + 110)
            Column {
                id: askBody
                width: parent.width
                spacing: 14
                Text {
                    textFormat: Text.PlainText
                    objectName: "ordersAskText"
                    width: parent.width
                    wrapMode: Text.WordWrap
                    text: orders.confirmText
                    font.family: Theme.font
                    font.pixelSize: 22
                    font.weight: Font.DemiBold
                    color: Theme.ink
                }
                // A cash refund: what to take out of the drawer, large enough to read at arm's length.
                SFigure {
                    id: handBack
                    visible: orders.handBack !== ""
                    width: parent.width
                    label: qsTr("Hand back in cash")
                    value: orders.handBack
                    valueName: "ordersHandBack"
                    valueSize: orders.managerNeeded ? 44 : 64
                    valueColor: Theme.espresso
                }
                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    wrapMode: Text.WordWrap
                    visible: orders.managerNeeded
                    text: qsTr("Refunds need a manager. A manager types their PIN to allow this one.")
                    font.family: Theme.font
                    font.pixelSize: 18
                    color: Theme.inkSoft
                }
                Rectangle {
                    visible: orders.managerNeeded
                    width: parent.width
                    height: 56
                    radius: 12
                    color: Theme.surfaceAlt
                    Text {
                        textFormat: Text.PlainText
                        objectName: "ordersPinDots"
                        anchors.centerIn: parent
                        text: station.pinDots === "" ? qsTr("Manager PIN") : station.pinDots
                        font.family: Theme.font
                        font.pixelSize: station.pinDots === "" ? 20 : 32
                        font.weight: Font.Bold
                        color: station.pinDots === "" ? Theme.muted : Theme.ink
                    }
                }
                SKeypad {
                    visible: orders.managerNeeded
                    anchors.horizontalCenter: parent.horizontalCenter
                    keySize: Math.max(44, Math.min(60, (root.height - 420 - (handBack.visible ? handBack.height + 14 : 0)) / 4))
                }
                Row {
                    spacing: 12
                    SButton { id: confirmButton; objectName: "btnOrdersConfirm"; kind: "primary"; text: qsTr("Yes, go ahead"); keyHint: "Enter"; onClicked: orders.confirm() }
                    SButton { objectName: "btnOrdersCancel"; kind: "quiet"; text: qsTr("No, go back"); keyHint: "Esc"; onClicked: orders.cancel() }
                }
            }
        }
    }
}
