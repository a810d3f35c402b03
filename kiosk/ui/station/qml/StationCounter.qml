import QtQuick
import "../../qml"

// Kiosk orders waiting to be paid at the counter (station.counter), oldest first.
FocusScope {
    id: root
    Component.onCompleted: list.forceActiveFocus()
    SPanel {
        title: qsTr("Kiosk orders to pay here")
        width: root.width
        height: root.height
        Text {
            id: stateLine
            objectName: "counterState"
            textFormat: Text.PlainText
            width: parent.width
            visible: station.counter.listState === "unavailable"
            height: visible ? implicitHeight + 10 : 0
            wrapMode: Text.WordWrap
            text: qsTr("The list cannot be updated right now; it shows the orders last seen and tries again by itself.")
            font.family: Theme.font
            font.pixelSize: 17
            color: Theme.inkSoft
        }
        ListView {
            id: list
            objectName: "counterList"
            y: stateLine.height
            width: parent.width
            height: parent.height - y - back.height - 14
            clip: true
            spacing: 8
            model: station.counter.counterModel
            keyNavigationEnabled: true
            Keys.onReturnPressed: if (currentItem) station.counter.openOrder(currentItem.orderId)
            Keys.onEnterPressed: if (currentItem) station.counter.openOrder(currentItem.orderId)
            delegate: Rectangle {
                id: row
                required property int index
                required property string orderId
                required property string number
                required property string time
                required property int items
                required property string total
                objectName: "counter_" + index
                width: list.width
                height: 76
                radius: 10
                color: list.currentIndex === index ? Theme.primarySoft : (index % 2 ? Theme.surface : Theme.cream)
                border.width: list.activeFocus && list.currentIndex === index ? 3 : 0
                border.color: Theme.espresso
                Text { textFormat: Text.PlainText; x: 16; y: 12; width: parent.width - open.width - totalText.width - 64; text: qsTr("Order %1").arg(row.number); elide: Text.ElideRight; font.family: Theme.font; font.pixelSize: 21; font.weight: Font.DemiBold; color: Theme.ink }
                Text { textFormat: Text.PlainText; x: 16; y: 44; text: (row.items === 1 ? qsTr("1 item") : qsTr("%1 items").arg(row.items)) + " · " + qsTr("ordered at %1").arg(row.time); font.family: Theme.font; font.pixelSize: 15; color: Theme.muted }
                Text { textFormat: Text.PlainText; id: totalText; x: open.x - width - 24; anchors.verticalCenter: parent.verticalCenter; text: row.total; font.family: Theme.font; font.pixelSize: 21; font.weight: Font.Bold; color: Theme.ink }
                SButton { id: open; objectName: "openCounter_" + row.index; x: parent.width - width - 12; anchors.verticalCenter: parent.verticalCenter; height: 56; text: qsTr("Take payment"); onClicked: station.counter.openOrder(row.orderId) }
                MouseArea { anchors.fill: parent; z: -1; onClicked: list.currentIndex = row.index }
            }
            Text {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                width: parent.width - 40
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                visible: list.count === 0
                text: station.counter.listState === "loading" ? qsTr("Loading…")
                    : station.counter.listState === "unavailable" ? qsTr("The kiosk orders cannot be read right now.")
                    : qsTr("No kiosk orders are waiting.")
                font.family: Theme.font
                font.pixelSize: 20
                color: Theme.muted
            }
        }
        Text {
            textFormat: Text.PlainText
            x: back.width + 24
            y: parent.height - back.height / 2 - height / 2
            text: qsTr("↑ ↓ choose · Enter take payment")
            font.family: Theme.font
            font.pixelSize: 17
            color: Theme.inkSoft
        }
        SButton { id: back; objectName: "btnCounterBack"; y: parent.height - height; kind: "quiet"; text: qsTr("Back to the sale"); keyHint: "Esc"; onClicked: station.back() }
    }
}
