import QtQuick
import "../../qml"

// The sale: customer, eat in or take away, the order note, the lines, totals and actions.
SPanel {
    id: root
    property alias note: noteField
    readonly property bool compact: height < 700
    readonly property real buttonHeight: compact ? 54 : 64
    readonly property bool kioskOrder: station.sale.counterNumber !== ""
    title: station.sale.itemCount === 1 ? qsTr("Sale · 1 item") : qsTr("Sale · %1 items").arg(station.sale.itemCount)

    Item {
        id: customerRow
        width: parent.width
        height: 52
        Text {
            textFormat: Text.PlainText
            objectName: "customerName"
            width: parent.width - customerButton.width - 12
            anchors.verticalCenter: parent.verticalCenter
            text: station.sale.customerName === "" ? qsTr("No customer") : station.sale.customerName
            elide: Text.ElideRight
            font.family: Theme.font
            font.pixelSize: 19
            color: station.sale.customerName === "" ? Theme.muted : Theme.ink
        }
        SButton {
            id: customerButton
            objectName: "btnCustomer"
            x: parent.width - width
            height: 52
            fontSize: 17
            enabled: !root.kioskOrder
            text: qsTr("Customer")
            keyHint: "F2"
            onClicked: station.customers.openCustomers()
        }
    }
    Item {
        id: orderRow
        y: customerRow.height + 8
        width: parent.width
        height: 56
        visible: !root.kioskOrder
        SButton {
            id: eatIn
            objectName: "btnEatIn"
            width: root.compact ? 118 : 140
            height: 56
            fontSize: 16
            stacked: true
            kind: station.sale.orderType === "eat_in" ? "primary" : "secondary"
            text: qsTr("Eat in")
            keyHint: "Ctrl+E"
            onClicked: station.sale.setOrderType(station.sale.orderType === "eat_in" ? "" : "eat_in")
        }
        SButton {
            id: takeAway
            objectName: "btnTakeAway"
            x: eatIn.width + 8
            width: eatIn.width
            height: 56
            fontSize: 16
            stacked: true
            kind: station.sale.orderType === "take_away" ? "primary" : "secondary"
            text: qsTr("Take away")
            keyHint: "Ctrl+T"
            onClicked: station.sale.setOrderType(station.sale.orderType === "take_away" ? "" : "take_away")
        }
        SField {
            id: noteField
            x: takeAway.x + takeAway.width + 12
            width: parent.width - x
            inputName: "noteField"
            placeholder: qsTr("Order note")
            maximumLength: 500
            text: station.sale.orderNote
            onEdited: (text) => station.sale.setNote(text)
        }
    }
    Rectangle {
        id: kioskBanner
        objectName: "kioskOrderBanner"
        y: orderRow.y
        width: parent.width
        height: 56
        visible: root.kioskOrder
        radius: 10
        color: Theme.surfaceAlt
        Text {
            textFormat: Text.PlainText
            x: 14
            width: parent.width - clearKiosk.width - 40
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Kiosk order %1 · paid as ordered").arg(station.sale.counterNumber)
            elide: Text.ElideRight
            font.family: Theme.font
            font.pixelSize: 18
            font.weight: Font.DemiBold
            color: Theme.ink
        }
        SButton {
            id: clearKiosk
            objectName: "btnClearKioskOrder"
            x: parent.width - width - 6
            anchors.verticalCenter: parent.verticalCenter
            height: 46
            fontSize: 16
            kind: "quiet"
            text: qsTr("Put back")
            onClicked: station.sale.clearSale()
        }
    }
    ListView {
        id: lines
        objectName: "lines"
        y: orderRow.y + orderRow.height + 10
        width: parent.width
        height: totals.y - y - 10
        clip: true
        model: station.sale.lineModel
        delegate: Rectangle {
            id: line
            required property string lineId
            required property string name
            required property string options
            required property int quantity
            required property string total
            required property string discount
            required property bool selected
            width: lines.width
            height: discount === "" ? 52 : 72
            radius: 8
            color: selected ? Theme.primarySoft : "transparent"
            border.width: selected ? 2 : 0
            border.color: Theme.primary
            Text {
                textFormat: Text.PlainText
                x: 12
                y: 13
                width: parent.width - lineTotal.width - 36
                text: line.quantity + " × " + (line.options === "" ? line.name : line.name + " (" + line.options + ")")
                elide: Text.ElideRight
                font.family: Theme.font
                font.pixelSize: 19
                color: Theme.ink
            }
            Text {
                textFormat: Text.PlainText
                x: 12
                y: 42
                visible: line.discount !== ""
                text: line.discount
                font.family: Theme.font
                font.pixelSize: 15
                color: Theme.sale
            }
            Text {
                textFormat: Text.PlainText
                id: lineTotal
                x: parent.width - width - 12
                y: 13
                text: line.total
                font.family: Theme.font
                font.pixelSize: 19
                font.weight: Font.DemiBold
                color: Theme.ink
            }
            MouseArea { anchors.fill: parent; onClicked: station.sale.selectLine(line.lineId) }
        }
        Text {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            visible: lines.count === 0
            width: parent.width - 40
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Tap a product, search, or scan a barcode.")
            font.family: Theme.font
            font.pixelSize: 18
            color: Theme.muted
        }
    }
    Column {
        id: totals
        y: actions.y - height - 10
        width: parent.width
        spacing: 2
        Row {
            width: parent.width
            visible: station.sale.discountText !== ""
            Text { textFormat: Text.PlainText; width: parent.width / 2; text: qsTr("Discount"); font.family: Theme.font; font.pixelSize: 17; color: Theme.sale }
            Text { textFormat: Text.PlainText; objectName: "discountTotal"; width: parent.width / 2; horizontalAlignment: Text.AlignRight; text: station.sale.discountText; font.family: Theme.font; font.pixelSize: 17; color: Theme.sale }
        }
        Row {
            width: parent.width
            Text { textFormat: Text.PlainText; width: parent.width / 2; text: qsTr("Tax included"); font.family: Theme.font; font.pixelSize: 17; color: Theme.inkSoft }
            Text { textFormat: Text.PlainText; width: parent.width / 2; horizontalAlignment: Text.AlignRight; text: station.sale.taxText; font.family: Theme.font; font.pixelSize: 17; color: Theme.inkSoft }
        }
        Row {
            width: parent.width
            Text { textFormat: Text.PlainText; width: parent.width / 2; text: qsTr("Total"); font.family: Theme.font; font.pixelSize: root.compact ? 26 : 30; font.weight: Font.Bold; color: Theme.ink }
            Text { textFormat: Text.PlainText; objectName: "total"; width: parent.width / 2; horizontalAlignment: Text.AlignRight; text: station.sale.totalText; font.family: Theme.font; font.pixelSize: root.compact ? 26 : 30; font.weight: Font.Bold; color: Theme.ink }
        }
    }
    Grid {
        id: actions
        y: parent.height - height
        width: parent.width
        columns: 4
        spacing: 8
        readonly property real cell: (width - 3 * spacing) / 4
        readonly property real h: root.buttonHeight
        SButton { objectName: "btnLess"; width: actions.cell; height: actions.h; stacked: true; fontSize: root.compact ? 15 : 17; enabled: !root.kioskOrder; text: qsTr("One less"); keyHint: "Ctrl+↓"; onClicked: station.sale.changeQuantity(-1) }
        SButton { objectName: "btnMore"; width: actions.cell; height: actions.h; stacked: true; fontSize: root.compact ? 15 : 17; enabled: !root.kioskOrder; text: qsTr("One more"); keyHint: "Ctrl+↑"; onClicked: station.sale.changeQuantity(1) }
        SButton { objectName: "btnQuantity"; width: actions.cell; height: actions.h; stacked: true; fontSize: root.compact ? 15 : 17; enabled: !root.kioskOrder; text: qsTr("Quantity"); keyHint: "Ctrl+Q"; onClicked: station.sale.openQuantity() }
        SButton { objectName: "btnRemove"; width: actions.cell; height: actions.h; stacked: true; fontSize: root.compact ? 15 : 17; enabled: !root.kioskOrder; text: qsTr("Remove"); keyHint: "Ctrl+Del"; onClicked: station.sale.removeLine() }
        SButton { objectName: "btnLineDiscount"; width: actions.cell; height: actions.h; stacked: true; fontSize: root.compact ? 15 : 17; enabled: !root.kioskOrder; text: qsTr("Line discount"); keyHint: "F3"; onClicked: station.discount.openDiscount("line") }
        SButton { objectName: "btnOrderDiscount"; width: actions.cell; height: actions.h; stacked: true; fontSize: root.compact ? 15 : 17; enabled: !root.kioskOrder; text: qsTr("Order discount"); keyHint: "F4"; onClicked: station.discount.openDiscount("order") }
        SButton { objectName: "btnPark"; width: actions.cell; height: actions.h; stacked: true; fontSize: root.compact ? 15 : 17; enabled: !root.kioskOrder; text: qsTr("Park"); keyHint: "F5"; onClicked: station.parked.park("") }
        SButton { objectName: "btnParked"; width: actions.cell; height: actions.h; stacked: true; fontSize: root.compact ? 15 : 17; text: qsTr("Parked"); keyHint: "F6"; onClicked: station.parked.openParked() }
        SButton { objectName: "btnCounter"; width: actions.cell; height: actions.h; stacked: true; fontSize: root.compact ? 15 : 17; enabled: station.counter.offered; text: station.counter.waitingCount > 0 ? qsTr("Kiosk orders (%1)").arg(station.counter.waitingCount) : qsTr("Kiosk orders"); keyHint: "F7"; onClicked: station.counter.openCounter() }
        SButton { objectName: "btnClearSale"; width: actions.cell; height: actions.h; stacked: true; fontSize: root.compact ? 15 : 17; kind: "quiet"; text: qsTr("Clear sale"); keyHint: "Ctrl+Shift+Del"; onClicked: station.sale.clearSale() }
        SButton { objectName: "btnCash"; width: actions.cell; height: actions.h; stacked: true; fontSize: 18; kind: "primary"; text: qsTr("Cash"); keyHint: "F8"; onClicked: station.pay.openCash() }
        SButton { objectName: "btnCard"; width: actions.cell; height: actions.h; stacked: true; fontSize: 18; kind: "primary"; text: qsTr("Card"); keyHint: "F9"; onClicked: station.pay.payCard() }
    }
}
