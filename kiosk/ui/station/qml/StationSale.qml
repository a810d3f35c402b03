import QtQuick
import "../../qml"

// The sale: search and results on the left, the cart, totals and actions on the right.
FocusScope {
    id: root
    readonly property real gap: 18
    readonly property real rightWidth: Math.max(500, width * 0.40)
    Component.onCompleted: search.input.forceActiveFocus()

    Connections {
        target: station.search
        function onQuery_reset(text) { search.text = text }
    }
    Shortcut { sequence: "F1"; onActivated: search.input.forceActiveFocus() }

    SPanel {
        id: left
        title: qsTr("Find a product")
        width: root.width - root.rightWidth - root.gap
        height: root.height
        SField {
            id: search
            width: parent.width - hintF1.width - 12
            inputName: "searchField"
            placeholder: qsTr("Name, SKU or barcode")
            text: station.search.query
            onEdited: (text) => station.search.setQuery(text)
            onAccepted: if (results.count > 0) station.search.addResult(Math.max(0, results.currentIndex))
            onDownPressed: { results.currentIndex = 0; results.forceActiveFocus() }
        }
        Rectangle {
            id: hintF1
            x: parent.width - width
            y: search.y + (56 - height) / 2
            width: f1.implicitWidth + 16
            height: 32
            radius: 6
            color: Theme.surfaceAlt
            Text { textFormat: Text.PlainText; id: f1; anchors.centerIn: parent; text: "F1"; font.family: Theme.font; font.pixelSize: 15; font.weight: Font.DemiBold; color: Theme.inkSoft }
        }
        ListView {
            id: results
            objectName: "results"
            y: search.height + 14
            width: parent.width
            height: parent.height - y
            clip: true
            model: station.search.resultModel
            keyNavigationEnabled: true
            currentIndex: -1
            activeFocusOnTab: true
            Keys.onReturnPressed: station.search.addResult(currentIndex)
            Keys.onEnterPressed: station.search.addResult(currentIndex)
            Keys.onUpPressed: (event) => {
                if (currentIndex <= 0) search.input.forceActiveFocus()
                else decrementCurrentIndex()
            }
            delegate: Rectangle {
                id: hit
                required property int index
                required property string name
                required property string options
                required property string sku
                required property string price
                required property bool available
                objectName: "result_" + index
                width: results.width
                height: 68
                radius: 10
                color: results.activeFocus && results.currentIndex === index ? Theme.primarySoft
                     : (index % 2 ? Theme.surface : Theme.cream)
                border.width: results.activeFocus && results.currentIndex === index ? 3 : 0
                border.color: Theme.espresso
                Text {
                    textFormat: Text.PlainText
                    x: 16
                    y: 10
                    width: parent.width - priceText.width - 48
                    text: hit.options === "" ? hit.name : hit.name + " · " + hit.options
                    elide: Text.ElideRight
                    font.family: Theme.font
                    font.pixelSize: 20
                    font.weight: Font.DemiBold
                    color: hit.available ? Theme.ink : Theme.muted
                }
                Text {
                    textFormat: Text.PlainText
                    x: 16
                    y: 40
                    text: hit.available ? hit.sku : qsTr("Sold out") + " · " + hit.sku
                    font.family: Theme.font
                    font.pixelSize: 15
                    color: Theme.muted
                }
                Text {
                    textFormat: Text.PlainText
                    id: priceText
                    x: parent.width - width - 16
                    anchors.verticalCenter: parent.verticalCenter
                    text: hit.price
                    font.family: Theme.font
                    font.pixelSize: 20
                    font.weight: Font.Bold
                    color: Theme.ink
                }
                MouseArea { anchors.fill: parent; onClicked: station.search.addResult(hit.index) }
            }
            Text {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                visible: results.count === 0
                width: parent.width - 40
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: station.search.query === "" ? qsTr("Type to search, or scan a barcode anywhere.")
                                           : qsTr("Nothing matches “%1”.").arg(station.search.query)
                font.family: Theme.font
                font.pixelSize: 20
                color: Theme.muted
            }
        }
    }

    SPanel {
        id: right
        title: station.sale.itemCount === 1 ? qsTr("Sale · 1 item") : qsTr("Sale · %1 items").arg(station.sale.itemCount)
        x: left.width + root.gap
        width: root.rightWidth
        height: root.height
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
                text: qsTr("Customer")
                keyHint: "F2"
                onClicked: station.customers.openCustomers()
            }
        }
        ListView {
            id: lines
            objectName: "lines"
            y: customerRow.height + 10
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
                height: discount === "" ? 56 : 76
                radius: 8
                color: selected ? Theme.primarySoft : "transparent"
                border.width: selected ? 2 : 0
                border.color: Theme.primary
                Text {
                    textFormat: Text.PlainText
                    x: 12
                    y: 14
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
                    y: 44
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
                    y: 14
                    text: line.total
                    font.family: Theme.font
                    font.pixelSize: 19
                    font.weight: Font.DemiBold
                    color: Theme.ink
                }
                MouseArea { anchors.fill: parent; onClicked: station.sale.selectLine(line.lineId) }
            }
        }
        Column {
            id: totals
            y: actions.y - height - 12
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
                Text { textFormat: Text.PlainText; width: parent.width / 2; text: qsTr("Total"); font.family: Theme.font; font.pixelSize: 30; font.weight: Font.Bold; color: Theme.ink }
                Text { textFormat: Text.PlainText; objectName: "total"; width: parent.width / 2; horizontalAlignment: Text.AlignRight; text: station.sale.totalText; font.family: Theme.font; font.pixelSize: 30; font.weight: Font.Bold; color: Theme.ink }
            }
        }
        Grid {
            id: actions
            y: parent.height - height
            width: parent.width
            columns: 3
            spacing: 8
            readonly property real cell: (width - 2 * spacing) / 3
            SButton { objectName: "btnLess"; width: actions.cell; height: 66; stacked: true; fontSize: 17; text: qsTr("One less"); keyHint: "Ctrl+↓"; onClicked: station.sale.changeQuantity(-1) }
            SButton { objectName: "btnMore"; width: actions.cell; height: 66; stacked: true; fontSize: 17; text: qsTr("One more"); keyHint: "Ctrl+↑"; onClicked: station.sale.changeQuantity(1) }
            SButton { objectName: "btnRemove"; width: actions.cell; height: 66; stacked: true; fontSize: 17; text: qsTr("Remove"); keyHint: "Ctrl+Del"; onClicked: station.sale.removeLine() }
            SButton { objectName: "btnLineDiscount"; width: actions.cell; height: 66; stacked: true; fontSize: 17; text: qsTr("Line discount"); keyHint: "F3"; onClicked: station.discount.openDiscount("line") }
            SButton { objectName: "btnOrderDiscount"; width: actions.cell; height: 66; stacked: true; fontSize: 17; text: qsTr("Order discount"); keyHint: "F4"; onClicked: station.discount.openDiscount("order") }
            SButton { objectName: "btnPark"; width: actions.cell; height: 66; stacked: true; fontSize: 17; text: qsTr("Park"); keyHint: "F5"; onClicked: station.parked.park("") }
            SButton { objectName: "btnParked"; width: actions.cell; height: 66; stacked: true; fontSize: 17; text: qsTr("Parked"); keyHint: "F6"; onClicked: station.parked.openParked() }
            SButton { objectName: "btnCounter"; width: actions.cell; height: 66; stacked: true; fontSize: 17; visible: station.counter.offered; text: station.counter.waitingCount > 0 ? qsTr("Kiosk orders (%1)").arg(station.counter.waitingCount) : qsTr("Kiosk orders"); keyHint: "F7"; onClicked: station.counter.openCounter() }
            SButton { objectName: "btnCash"; width: actions.cell; height: 66; stacked: true; fontSize: 18; kind: "primary"; text: qsTr("Cash"); keyHint: "F8"; onClicked: station.pay.openCash() }
            SButton { objectName: "btnCard"; width: actions.cell; height: 66; stacked: true; fontSize: 18; kind: "primary"; text: qsTr("Card"); keyHint: "F9"; onClicked: station.pay.payCard() }
        }
    }
}
