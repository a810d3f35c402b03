import QtQuick
import "../.."
import "../../components"

// The store's one suggestion before paying: add it in one tap, or skip in one tap.
// Its texts keep the translation context "CartScreen", the screen they were written for.
Rectangle {
    objectName: "upsellOverlay"
    visible: app.cart.upsell.shown
    color: Qt.rgba(0.16, 0.11, 0.07, 0.6)
    MouseArea { anchors.fill: parent }
    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 80, 1240)
        height: upsellColumn.implicitHeight + 96
        radius: Theme.radius
        color: Theme.surface
        Column {
            id: upsellColumn
            anchors.centerIn: parent
            width: parent.width - 80
            spacing: 32
            Text {
                textFormat: Text.PlainText
                width: parent.width
                text: app.cart.upsell.title
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                font.family: Theme.font
                font.pixelSize: Theme.title + 4
                font.weight: Font.ExtraBold
                color: Theme.ink
            }
            Row {
                id: suggestionRow
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: 24
                readonly property int cardWidth: Math.min(340, Math.floor((upsellColumn.width - 48) / 3))
                Repeater {
                    model: app.cart.upsell.suggestions
                    delegate: Rectangle {
                        id: card
                        required property int index
                        required property string productId
                        required property string name
                        required property string price
                        required property string imageSource
                        required property string initial
                        objectName: "upsell_" + productId
                        width: suggestionRow.cardWidth
                        height: cardColumn.implicitHeight + 40
                        radius: Theme.radius
                        color: Theme.surface
                        border.width: 2
                        border.color: Theme.line
                        Column {
                            id: cardColumn
                            x: 20; y: 20
                            width: parent.width - 40
                            spacing: 12
                            ProductImage {
                                width: parent.width
                                height: width * 0.75
                                cornerRadius: Theme.radiusSmall
                                source: card.imageSource
                                initial: card.initial
                            }
                            Text {
                                width: parent.width
                                height: 2 * 32
                                text: card.name
                                textFormat: Text.PlainText
                                wrapMode: Text.WordWrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                                font.family: Theme.font
                                font.pixelSize: Theme.body
                                font.weight: Font.DemiBold
                                color: Theme.ink
                            }
                            KButton {
                                objectName: "upsellAdd_" + card.productId
                                width: parent.width
                                height: 88
                                text: qsTranslate("CartScreen", "Add")
                                detail: card.price
                                onClicked: app.cart.upsell.add(card.productId)
                            }
                        }
                    }
                }
            }
            KButton {
                objectName: "upsellSkipButton"
                anchors.horizontalCenter: parent.horizontalCenter
                width: 480
                kind: "secondary"
                text: qsTranslate("CartScreen", "No thanks, pay now")
                onClicked: app.cart.upsell.skip()
            }
        }
    }
}
