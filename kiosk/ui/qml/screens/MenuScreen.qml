import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

// Category rail on the left, product cards on the right, the order always at the bottom.
KioskScreen {
    id: root

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // header: brand and a calm way out
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 128
            color: Theme.espresso
            Text {
                anchors.left: parent.left
                anchors.leftMargin: 40
                anchors.right: startOver.left
                anchors.rightMargin: 24
                anchors.verticalCenter: parent.verticalCenter
                text: app.storeName
                elide: Text.ElideRight
                font.family: Theme.font
                font.pixelSize: Theme.title
                font.weight: Font.ExtraBold
                color: "white"
            }
            KButton {
                id: startOver
                objectName: "startOverButton"
                anchors.right: parent.right
                anchors.rightMargin: 28
                anchors.verticalCenter: parent.verticalCenter
                height: 80
                kind: "quiet"
                color: "transparent"
                border.width: 2
                border.color: Theme.latte
                textColor: "white"
                fontSize: Theme.body
                text: qsTr("Start over")
                onClicked: app.restart()
            }
        }

        // ordering paused: said plainly, menu still browsable
        Rectangle {
            objectName: "pausedBanner"
            Layout.fillWidth: true
            Layout.preferredHeight: app.orderingPaused ? pausedText.implicitHeight + 40 : 0
            visible: app.orderingPaused
            color: Theme.warningBg
            Text {
                id: pausedText
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.margins: 40
                anchors.verticalCenter: parent.verticalCenter
                text: app.pausedText
                wrapMode: Text.WordWrap
                font.family: Theme.font
                font.pixelSize: Theme.body
                font.weight: Font.DemiBold
                color: Theme.warning
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            // category rail
            Rectangle {
                Layout.fillHeight: true
                Layout.preferredWidth: root.portrait ? 290 : 360
                color: Theme.surfaceAlt
                ListView {
                    id: rail
                    objectName: "categoryRail"
                    anchors.fill: parent
                    anchors.topMargin: 20
                    anchors.bottomMargin: 20
                    clip: true
                    spacing: 8
                    model: app.menu.categories
                    boundsBehavior: Flickable.DragOverBounds
                    delegate: Rectangle {
                        id: catItem
                        required property string categoryId
                        required property string name
                        required property int level
                        required property bool selected
                        objectName: "category_" + categoryId
                        x: level === 0 ? 16 : 40
                        width: rail.width - x - 16
                        height: Math.max(level === 0 ? 104 : 84, catText.implicitHeight + 32)
                        radius: Theme.radiusSmall
                        color: selected ? (level === 0 ? Theme.primary : Theme.primarySoft)
                             : (catArea.pressed ? Theme.latte : "transparent")
                        Rectangle {
                            visible: level === 1 && catItem.selected
                            width: 6; radius: 3
                            anchors.left: parent.left; anchors.leftMargin: 8
                            anchors.top: parent.top; anchors.bottom: parent.bottom; anchors.margins: 18
                            color: Theme.primary
                        }
                        Text {
                            id: catText
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.leftMargin: 24
                            anchors.rightMargin: 16
                            anchors.verticalCenter: parent.verticalCenter
                            text: catItem.name
                            textFormat: Text.PlainText
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            font.family: Theme.font
                            font.pixelSize: catItem.level === 0 ? Theme.body + 2 : Theme.body - 1
                            font.weight: catItem.level === 0 ? Font.Bold : Font.DemiBold
                            color: catItem.selected && catItem.level === 0 ? "white"
                                 : catItem.selected ? Theme.primary : Theme.ink
                        }
                        MouseArea {
                            id: catArea
                            anchors.fill: parent
                            onClicked: app.menu.selectCategory(catItem.categoryId)
                        }
                    }
                }
            }

            // product grid
            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true

                Text {
                    id: categoryTitle
                    x: 32
                    y: 28
                    width: parent.width - 64
                    text: app.menu.currentCategoryName
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    font.family: Theme.font
                    font.pixelSize: Theme.title
                    font.weight: Font.ExtraBold
                    color: Theme.ink
                }

                GridView {
                    id: grid
                    objectName: "productGrid"
                    anchors.fill: parent
                    anchors.topMargin: 100
                    anchors.leftMargin: 16
                    anchors.rightMargin: 16
                    clip: true
                    readonly property int columns: root.portrait ? 2 : 4
                    cellWidth: Math.floor(width / columns)
                    cellHeight: Math.round((cellWidth - 48) * 0.82) + 196
                    model: app.menu.products
                    cacheBuffer: cellHeight * 2
                    boundsBehavior: Flickable.DragOverBounds
                    flickDeceleration: 1800
                    maximumFlickVelocity: 5000
                    delegate: Item {
                        id: cell
                        required property string productId
                        required property string name
                        required property string price
                        required property string regularPrice
                        required property bool onSale
                        required property bool soldOut
                        required property string imageSource
                        required property string initial
                        width: grid.cellWidth
                        height: grid.cellHeight

                        Rectangle {
                            objectName: "product_" + cell.productId
                            anchors.fill: parent
                            anchors.margins: 12
                            radius: Theme.radius
                            color: Theme.surface
                            border.width: cardArea.pressed ? 3 : 1
                            border.color: cardArea.pressed ? Theme.primary : Theme.line
                            scale: cardArea.pressed ? 0.97 : 1
                            Behavior on scale { NumberAnimation { duration: Theme.fast } }

                            ProductImage {
                                id: pic
                                x: 12; y: 12
                                width: parent.width - 24
                                height: width * 0.82
                                cornerRadius: Theme.radiusSmall
                                source: cell.imageSource
                                initial: cell.initial
                                dimmed: cell.soldOut
                            }
                            Rectangle {
                                visible: cell.onSale && !cell.soldOut
                                x: 24; y: 24
                                width: saleText.implicitWidth + 28; height: 44; radius: 22
                                color: Theme.sale
                                Text {
                                    id: saleText
                                    anchors.centerIn: parent
                                    text: qsTr("Offer")
                                    font.family: Theme.font; font.pixelSize: Theme.small; font.weight: Font.Bold
                                    color: "white"
                                }
                            }
                            Rectangle {
                                visible: cell.soldOut
                                anchors.horizontalCenter: pic.horizontalCenter
                                anchors.verticalCenter: pic.verticalCenter
                                width: soldText.implicitWidth + 40; height: 60; radius: 30
                                color: Theme.ink
                                Text {
                                    id: soldText
                                    anchors.centerIn: parent
                                    text: qsTr("Sold out")
                                    font.family: Theme.font; font.pixelSize: Theme.body; font.weight: Font.Bold
                                    color: "white"
                                }
                            }
                            Text {
                                id: nameText
                                anchors.top: pic.bottom
                                anchors.topMargin: 14
                                x: 20
                                width: parent.width - 40
                                height: 2 * 34
                                text: cell.name
                                textFormat: Text.PlainText
                                wrapMode: Text.WordWrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                                lineHeightMode: Text.FixedHeight
                                lineHeight: 34
                                font.family: Theme.font
                                font.pixelSize: Theme.body + 1
                                font.weight: Font.DemiBold
                                color: cell.soldOut ? Theme.muted : Theme.ink
                            }
                            PriceTag {
                                anchors.top: nameText.bottom
                                anchors.topMargin: 8
                                x: 20
                                price: cell.price
                                regularPrice: cell.regularPrice
                                soldOut: cell.soldOut
                            }
                            MouseArea {
                                id: cardArea
                                anchors.fill: parent
                                enabled: !cell.soldOut
                                onClicked: app.openProduct(cell.productId)
                            }
                        }
                    }
                }

                Text {
                    anchors.centerIn: grid
                    visible: grid.count === 0
                    text: app.loading ? qsTr("Loading the menu…") : app.menu.emptyText
                    font.family: Theme.font
                    font.pixelSize: Theme.body + 4
                    color: Theme.inkSoft
                }
            }
        }

        CartBar {
            Layout.fillWidth: true
            Layout.preferredHeight: implicitHeight
            portrait: root.portrait
        }
    }
}
