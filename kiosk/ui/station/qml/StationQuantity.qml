import QtQuick
import "../../qml"

// The selected line's quantity on the keypad (station.sale.quantityOpen), over the cart.
KeypadScreen {
    id: root
    visible: station.sale.quantityOpen
    onVisibleChanged: if (visible) forceActiveFocus()
    onEnterPressed: station.sale.applyQuantity()
    Rectangle {
        anchors.fill: parent
        radius: 16
        color: Theme.surface
        border.width: 2
        border.color: Theme.primary
        MouseArea { anchors.fill: parent }  // taps do not reach the cart below
        Column {
            x: 24
            y: 18
            width: parent.width - 48
            spacing: 14
            Text {
                textFormat: Text.PlainText
                width: parent.width
                text: qsTr("Quantity of %1").arg(station.sale.selectedName)
                elide: Text.ElideRight
                font.family: Theme.font
                font.pixelSize: 24
                font.weight: Font.Bold
                color: Theme.ink
            }
            Rectangle {
                width: parent.width
                height: 64
                radius: 10
                color: Theme.cream
                border.width: 2
                border.color: Theme.line
                Text {
                    textFormat: Text.PlainText
                    objectName: "quantityEntry"
                    anchors.centerIn: parent
                    text: station.sale.quantityText === "" ? qsTr("Type the quantity") : station.sale.quantityText
                    font.family: Theme.font
                    font.pixelSize: station.sale.quantityText === "" ? 20 : 34
                    font.weight: Font.Bold
                    color: station.sale.quantityText === "" ? Theme.muted : Theme.ink
                }
            }
            SKeypad {
                anchors.horizontalCenter: parent.horizontalCenter
                keySize: Math.min(72, (root.height - 330) / 4)
            }
            Row {
                spacing: 10
                SButton { objectName: "btnSetQuantity"; kind: "primary"; text: qsTr("Set quantity"); keyHint: "Enter"; enabled: station.sale.quantityText !== ""; onClicked: station.sale.applyQuantity() }
                SButton { objectName: "btnQuantityBack"; kind: "quiet"; text: qsTr("Cancel"); keyHint: "Esc"; onClicked: station.sale.closeQuantity() }
            }
        }
    }
}
