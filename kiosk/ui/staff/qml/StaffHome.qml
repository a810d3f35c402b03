import QtQuick
import "../../qml"

// One home, few levels: a tile per task, the till at a glance, the attention count.
Item {
    id: root
    property bool portrait: true
    readonly property QtObject staff: app.staff

    Column {
        anchors.fill: parent
        spacing: 32

        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: root.staff.till.tillOpen
                  ? qsTr("Till open since %1 · orders: %2 · card: %3").arg(root.staff.till.tillSince).arg(root.staff.till.tillOrders).arg(root.staff.till.tillCard)
                  : (root.staff.till.tillKnown ? qsTr("No till session is open.") : "")
            wrapMode: Text.WordWrap
            font.family: Theme.font
            font.pixelSize: Theme.body + 4
            color: Theme.inkSoft
        }

        Grid {
            id: grid
            width: parent.width
            columns: root.portrait ? 2 : 3
            spacing: 32
            readonly property int tileWidth: (width - (columns - 1) * spacing) / columns

            Repeater {
                model: [
                    { name: "homeTill", screen: "till", title: qsTr("Till session"), text: qsTr("Open, close, closing report") },
                    { name: "homeOrders", screen: "orders", title: qsTr("Orders today"), text: qsTr("Find an order, refund") },
                    { name: "homeAttention", screen: "attention", title: qsTr("Needs attention"), text: qsTr("Payments and receipts the kiosk could not finish") },
                    { name: "homeReader", screen: "reader", title: qsTr("Card reader"), text: qsTr("Status, test message") },
                    { name: "homeOrdering", screen: "ordering", title: qsTr("Ordering"), text: qsTr("Pause, menu sync, sold out, close app") }
                ]
                delegate: Rectangle {
                    required property var modelData
                    objectName: modelData.name
                    width: grid.tileWidth
                    height: root.portrait ? 300 : 260
                    radius: Theme.radius
                    color: tileArea.pressed ? Theme.latte : Theme.surface
                    border.width: 2
                    border.color: Theme.line
                    Column {
                        anchors.fill: parent
                        anchors.margins: 36
                        spacing: 16
                        Text {
                            textFormat: Text.PlainText
                            width: parent.width
                            text: parent.parent.modelData.title
                            wrapMode: Text.WordWrap
                            font.family: Theme.font
                            font.pixelSize: Theme.title - 4
                            font.weight: Font.ExtraBold
                            color: Theme.ink
                        }
                        Text {
                            textFormat: Text.PlainText
                            width: parent.width
                            text: parent.parent.modelData.text
                            wrapMode: Text.WordWrap
                            font.family: Theme.font
                            font.pixelSize: Theme.body
                            color: Theme.inkSoft
                        }
                    }
                    Rectangle {
                        objectName: "attentionBadge"
                        readonly property int count: root.staff.attention.attentionCount + root.staff.receipts.problemCount
                        visible: parent.modelData.screen === "attention" && count > 0
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: 24
                        width: 72
                        height: 72
                        radius: 36
                        color: Theme.danger
                        Text {
                            textFormat: Text.PlainText
                            anchors.centerIn: parent
                            text: parent.count
                            font.family: Theme.font
                            font.pixelSize: Theme.body + 4
                            font.weight: Font.ExtraBold
                            color: "white"
                        }
                    }
                    MouseArea {
                        id: tileArea
                        anchors.fill: parent
                        onClicked: root.staff.go(parent.modelData.screen)
                    }
                }
            }
        }
    }
}
