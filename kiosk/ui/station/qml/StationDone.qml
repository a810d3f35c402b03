import QtQuick
import "../../qml"

FocusScope {
    Keys.onReturnPressed: station.pay.newSale()
    Keys.onEnterPressed: station.pay.newSale()
    SPanel {
        title: qsTr("Paid")
        width: Math.min(parent.width, 760)
        height: 420
        anchors.centerIn: parent
        Column {
            width: parent.width
            spacing: 16
            Text { textFormat: Text.PlainText; text: qsTr("Change due"); font.family: Theme.font; font.pixelSize: 22; color: Theme.inkSoft }
            Text { textFormat: Text.PlainText; objectName: "changeDue"; text: station.pay.lastChangeText; font.family: Theme.font; font.pixelSize: 72; font.weight: Font.Bold; color: Theme.success }
            Text { textFormat: Text.PlainText; objectName: "orderNumber"; text: qsTr("Order %1").arg(station.pay.lastOrder); font.family: Theme.font; font.pixelSize: 22; color: Theme.ink }
            SButton { objectName: "btnNewSale"; kind: "primary"; text: qsTr("Next customer"); keyHint: "Enter"; onClicked: station.pay.newSale() }
        }
    }
}
