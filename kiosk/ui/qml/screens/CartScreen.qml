import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

// The order: lines with options and quantities, totals, back to the menu or pay.
KioskScreen {
    id: root

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            RowLayout {
                Layout.fillWidth: true
                Layout.margins: 32
                spacing: 24
                RoundIconButton {
                    objectName: "cartBackButton"
                    size: 88
                    glyph: "back"
                    onClicked: app.backToMenu()
                    Accessible.name: qsTr("Back to menu")
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Your order")
                    elide: Text.ElideRight
                    font.family: Theme.font
                    font.pixelSize: Theme.headline
                    font.weight: Font.ExtraBold
                    color: Theme.ink
                }
            }

            ListView {
                id: lines
                objectName: "cartLines"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.leftMargin: 32
                Layout.rightMargin: 32
                clip: true
                spacing: 16
                model: app.cart.lines
                boundsBehavior: Flickable.DragOverBounds
                delegate: Rectangle {
                    id: line
                    required property int index
                    required property string lineId
                    required property string name
                    required property string options
                    required property int quantity
                    required property string total
                    required property bool canIncrease
                    required property string imageSource
                    required property string initial
                    objectName: "cartLine_" + index
                    width: lines.width
                    height: Math.max(root.portrait ? 200 : 180, info.implicitHeight + 48)
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: 1
                    border.color: Theme.line

                    ProductImage {
                        id: thumb
                        x: 20
                        anchors.verticalCenter: parent.verticalCenter
                        width: 130; height: 130
                        cornerRadius: Theme.radiusSmall
                        source: line.imageSource
                        initial: line.initial
                    }
                    Column {
                        id: info
                        anchors.left: thumb.right
                        anchors.leftMargin: 24
                        anchors.right: lineTotal.left
                        anchors.rightMargin: 16
                        anchors.top: parent.top
                        anchors.topMargin: 24
                        spacing: 6
                        Text {
                            width: parent.width
                            text: line.name
                            textFormat: Text.PlainText
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            font.family: Theme.font
                            font.pixelSize: Theme.body + 2
                            font.weight: Font.Bold
                            color: Theme.ink
                        }
                        Text {
                            width: parent.width
                            visible: line.options !== ""
                            text: line.options
                            textFormat: Text.PlainText
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            font.family: Theme.font
                            font.pixelSize: Theme.small
                            color: Theme.inkSoft
                        }
                        Item { width: 1; height: 8 }
                        Row {
                            spacing: 24
                            Stepper {
                                size: 76
                                value: line.quantity
                                canIncrease: line.canIncrease
                                canDecrease: true
                                minusName: "cartMinus_" + line.index
                                plusName: "cartPlus_" + line.index
                                onIncreased: app.cart.increment(line.lineId)
                                onDecreased: app.cart.decrement(line.lineId)
                            }
                            KButton {
                                objectName: "cartRemove_" + line.index
                                height: 76
                                kind: "quiet"
                                fontSize: Theme.small + 2
                                text: qsTr("Remove")
                                onClicked: app.cart.remove(line.lineId)
                            }
                        }
                    }
                    Text {
                        id: lineTotal
                        anchors.right: parent.right
                        anchors.rightMargin: 28
                        anchors.top: parent.top
                        anchors.topMargin: 26
                        text: line.total
                        font.family: Theme.font
                        font.pixelSize: Theme.body + 4
                        font.weight: Font.Bold
                        color: Theme.ink
                    }
                }
                footer: Item { width: 1; height: 24 }

                Text {
                    anchors.centerIn: parent
                    visible: lines.count === 0
                    text: qsTr("Your order is empty")
                    font.family: Theme.font
                    font.pixelSize: Theme.body + 4
                    color: Theme.inkSoft
                }
            }

            Loader {
                Layout.fillWidth: true
                active: root.portrait
                visible: active
                sourceComponent: summary
            }
        }

        Loader {
            Layout.preferredWidth: 640
            Layout.fillHeight: true
            active: !root.portrait
            visible: active
            sourceComponent: summary
        }
    }

    Component {
        id: summary
        Rectangle {
            color: Theme.surface
            implicitHeight: summaryColumn.implicitHeight + 64
            Rectangle { width: root.portrait ? parent.width : 2; height: root.portrait ? 2 : parent.height; color: Theme.line }
            ColumnLayout {
                id: summaryColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: 40
                spacing: 14

                Text {
                    Layout.fillWidth: true
                    Layout.bottomMargin: root.portrait ? 0 : 24
                    visible: app.cart.orderTypeText !== ""
                    text: app.cart.orderTypeText
                    font.family: Theme.font
                    font.pixelSize: Theme.body
                    font.weight: Font.Bold
                    color: Theme.primary
                }

                Text {
                    Layout.fillWidth: true
                    visible: app.cart.notice !== ""
                    text: app.cart.notice
                    wrapMode: Text.WordWrap
                    font.family: Theme.font
                    font.pixelSize: Theme.small
                    font.weight: Font.DemiBold
                    color: Theme.warning
                }
                RowLayout {
                    Layout.fillWidth: true
                    Text { text: qsTr("Subtotal"); font.family: Theme.font; font.pixelSize: Theme.body; color: Theme.inkSoft; Layout.fillWidth: true }
                    Text { objectName: "cartSubtotal"; text: app.cart.subtotal; font.family: Theme.font; font.pixelSize: Theme.body; color: Theme.ink }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Text { text: app.cart.taxLabel; font.family: Theme.font; font.pixelSize: Theme.body; color: Theme.inkSoft; Layout.fillWidth: true }
                    Text { objectName: "cartTax"; text: app.cart.tax; font.family: Theme.font; font.pixelSize: Theme.body; color: Theme.ink }
                }
                Rectangle { Layout.fillWidth: true; height: 2; color: Theme.line }
                RowLayout {
                    Layout.fillWidth: true
                    Text { text: qsTr("Total"); font.family: Theme.font; font.pixelSize: Theme.title; font.weight: Font.ExtraBold; color: Theme.ink; Layout.fillWidth: true }
                    Text { objectName: "cartTotal"; text: app.cart.total; font.family: Theme.font; font.pixelSize: Theme.title; font.weight: Font.ExtraBold; color: Theme.ink }
                }
                Text {
                    Layout.fillWidth: true
                    visible: app.orderingPaused
                    text: app.pausedText
                    wrapMode: Text.WordWrap
                    font.family: Theme.font
                    font.pixelSize: Theme.small
                    font.weight: Font.DemiBold
                    color: Theme.warning
                }
                GridLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: 12
                    columns: root.portrait ? 2 : 1
                    columnSpacing: 24
                    rowSpacing: 20
                    KButton {
                        objectName: "addMoreButton"
                        Layout.fillWidth: true
                        Layout.preferredHeight: 104
                        kind: "secondary"
                        text: qsTr("Add more")
                        onClicked: app.backToMenu()
                    }
                    KButton {
                        objectName: "payButton"
                        Layout.fillWidth: true
                        Layout.preferredHeight: 104
                        text: qsTr("Pay")
                        detail: app.cart.total
                        enabled: app.canPay
                        onClicked: app.pay()
                    }
                }
            }
        }
    }
}
