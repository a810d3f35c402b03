import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

// Category rail on the left, product cards on the right, the order always at the bottom.
// The rail is the whole category tree (subcategories indented on a guide line) and never
// reflows; both lists show a "more below" cue while there is more to scroll to.
KioskScreen {
    id: root

    Connections {
        target: app.menu
        function onScroll_reset() {
            grid.positionViewAtBeginning()
            rail.positionViewAtBeginning()
        }
        // before the new category's rows arrive: the cards at the top then take them in place
        function onCategory_switched() { grid.positionViewAtBeginning() }
    }

    // "More below": a fade over the list's last pixels and, in a strip of its own under the
    // list (so it covers no price), a small label
    readonly property int cueStrip: 52
    // The strip is kept while the list overflows its pane (which does not depend on the
    // list's own height, so there is no binding loop); the label shows until the end.
    component MoreCue: Item {
        id: cue
        property color fade: Theme.cream
        property bool overflows: false
        property bool more: false
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 48 + root.cueStrip
        visible: overflows
        Rectangle {
            visible: cue.more
            width: parent.width
            height: 48
            gradient: Gradient {
                GradientStop { position: 0.0; color: Qt.rgba(cue.fade.r, cue.fade.g, cue.fade.b, 0) }
                GradientStop { position: 1.0; color: cue.fade }
            }
        }
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: root.cueStrip
            color: cue.fade
        }
        Rectangle {
            visible: cue.more
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            anchors.bottomMargin: 6
            width: moreText.implicitWidth + 48
            height: 40
            radius: 20
            color: Theme.espresso
            Text {
                textFormat: Text.PlainText
                id: moreText
                anchors.centerIn: parent
                text: qsTr("More below")
                font.family: Theme.font
                font.pixelSize: Theme.small - 4
                font.weight: Font.Bold
                color: "white"
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // header: brand and a calm way out
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: root.portrait ? 128 : 96
            color: Theme.espresso
            Text {
                textFormat: Text.PlainText
                anchors.left: parent.left
                anchors.leftMargin: 40
                anchors.right: menuLanguage.left
                anchors.rightMargin: 24
                anchors.verticalCenter: parent.verticalCenter
                text: app.storeName
                elide: Text.ElideRight
                fontSizeMode: Text.HorizontalFit  // a long name (or larger buttons) shrinks it first
                minimumPixelSize: Theme.body
                font.family: Theme.font
                font.pixelSize: Theme.title
                font.weight: Font.ExtraBold
                color: "white"
            }
            LanguageButton {
                id: menuLanguage
                objectName: "menuLanguageButton"
                anchors.right: startOver.left
                anchors.rightMargin: 20
                anchors.verticalCenter: parent.verticalCenter
                dark: true
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
                onClicked: app.cart.requestStartOver()
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
                textFormat: Text.PlainText
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
                    anchors.bottomMargin: 20 + (railCue.overflows ? root.cueStrip : 0)
                    clip: true
                    spacing: 8
                    model: app.menu.categories
                    boundsBehavior: Flickable.DragOverBounds
                    delegate: Item {
                        id: catItem
                        required property int index
                        required property string categoryId
                        required property string name
                        required property int level
                        required property bool selected
                        required property bool inBranch
                        required property bool child
                        required property bool last
                        readonly property int rowHeight: level === 0 ? (root.portrait ? 104 : 84)
                                                                     : (root.portrait ? 80 : 68)
                        objectName: "category_" + categoryId
                        width: rail.width
                        height: Math.max(rowHeight, catText.implicitHeight + 28)
                        // keyboard and screen reader (issue 13): Tab/arrows, Enter; the ring shows focus
                        Accessible.role: Accessible.Button
                        Accessible.name: catItem.name
                        Accessible.onPressAction: app.menu.selectCategory(catItem.categoryId)
                        activeFocusOnTab: true
                        Keys.onReturnPressed: app.menu.selectCategory(catItem.categoryId)
                        Keys.onEnterPressed: app.menu.selectCategory(catItem.categoryId)
                        Keys.onSpacePressed: app.menu.selectCategory(catItem.categoryId)
                        onActiveFocusChanged: if (activeFocus) rail.positionViewAtIndex(index, ListView.Contain)
                        FocusRing { baseRadius: Theme.radiusSmall; inside: true }

                        // the tree's guide line: from the parent down to the last child
                        Rectangle {
                            visible: catItem.child
                            x: 36
                            y: -rail.spacing
                            width: 3
                            height: catItem.last ? catItem.height / 2 + rail.spacing : catItem.height + rail.spacing
                            color: catItem.inBranch ? Theme.primary : Theme.line
                        }
                        Rectangle {
                            visible: catItem.child
                            x: 36
                            y: catItem.height / 2 - 1
                            width: 18
                            height: 3
                            color: catItem.inBranch ? Theme.primary : Theme.line
                        }
                        Rectangle {
                            id: catBox
                            x: catItem.child ? 60 : 16
                            width: rail.width - x - 16
                            height: parent.height
                            radius: Theme.radiusSmall
                            color: catItem.selected ? (catItem.child ? Theme.primarySoft : Theme.primary)
                                 : catArea.pressed ? Theme.latte
                                 : (catItem.inBranch && !catItem.child ? Theme.primarySoft : "transparent")
                            Text {
                                id: catText
                                anchors.left: parent.left
                                anchors.right: parent.right
                                anchors.leftMargin: catItem.child ? 16 : 20
                                anchors.rightMargin: 12
                                anchors.verticalCenter: parent.verticalCenter
                                text: catItem.name
                                textFormat: Text.PlainText
                                // at words where it can, inside one long German word where not
                                wrapMode: Text.Wrap
                                height: parent.height - 8
                                verticalAlignment: Text.AlignVCenter
                                fontSizeMode: Text.Fit
                                minimumPixelSize: 16
                                elide: Text.ElideRight
                                font.family: Theme.font
                                font.pixelSize: catItem.child ? Theme.small : Theme.body + 2
                                font.weight: catItem.child ? (catItem.selected ? Font.Bold : Font.Medium) : Font.Bold
                                color: catItem.selected && !catItem.child ? "white"
                                     : catItem.selected || (catItem.inBranch && !catItem.child) ? Theme.primary
                                     : catItem.child ? Theme.inkSoft : Theme.ink
                            }
                        }
                        MouseArea {
                            id: catArea
                            anchors.fill: parent
                            onClicked: app.menu.selectCategory(catItem.categoryId)
                        }
                    }
                }
                MoreCue {
                    id: railCue
                    objectName: "railMoreCue"
                    fade: Theme.surfaceAlt
                    overflows: rail.contentHeight > parent.height - 40
                    more: overflows && !rail.atYEnd
                }
            }

            // product grid
            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true

                // "hide products with: nuts, milk, ..." (AllergenFilter)
                KButton {
                    id: allergenButton
                    objectName: "allergenFilterButton"
                    anchors.right: parent.right
                    anchors.rightMargin: 28
                    y: root.portrait ? 22 : 12
                    height: 68
                    width: Math.min(implicitWidth, parent.width * 0.55)
                    kind: app.menu.hiddenCount > 0 ? "primary" : "secondary"
                    fontSize: Theme.small
                    text: app.menu.filterText
                    onClicked: app.menu.openFilter()
                }
                Text {
                    id: categoryTitle
                    x: 32
                    y: root.portrait ? 28 : 18
                    width: parent.width - 64 - allergenButton.width - 16
                    text: app.menu.currentCategoryName
                    textFormat: Text.PlainText
                    // a longer (German) title beside the allergen button shrinks before it is cut
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.body
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
                    anchors.topMargin: root.portrait ? 100 : 84
                    anchors.bottomMargin: gridCue.overflows ? root.cueStrip : 0
                    anchors.leftMargin: 16
                    anchors.rightMargin: 16
                    clip: true
                    // landscape: five compact columns, so two full rows and the next one's
                    // top show above the order bar
                    readonly property int columns: root.portrait ? 2 : 5
                    readonly property real pictureRatio: root.portrait ? 0.82 : 0.66
                    cellWidth: Math.floor(width / columns)
                    // the last 96 (landscape 84): what the product is and contains (DietInfo)
                    cellHeight: Math.round((cellWidth - 48) * pictureRatio) + (root.portrait ? 196 + 96 : 176 + 84)
                    model: app.menu.products
                    cacheBuffer: cellHeight * 2
                    boundsBehavior: Flickable.DragOverBounds
                    flickDeceleration: 1800
                    maximumFlickVelocity: 5000
                    delegate: Item {
                        id: cell
                        required property int index
                        required property string productId
                        required property string name
                        required property string price
                        required property string regularPrice
                        required property bool onSale
                        required property bool soldOut
                        required property string imageSource
                        required property string initial
                        required property string dietary
                        required property string allergens
                        width: grid.cellWidth
                        height: grid.cellHeight
                        objectName: "productCell_" + productId
                        // keyboard and screen reader (issue 13): Tab/arrows, Enter; the ring shows focus
                        Accessible.role: Accessible.Button
                        Accessible.name: cell.soldOut ? cell.name : cell.name + ", " + cell.price
                        Accessible.onPressAction: app.openProduct(cell.productId)
                        activeFocusOnTab: true
                        Keys.onReturnPressed: app.openProduct(cell.productId)
                        Keys.onEnterPressed: app.openProduct(cell.productId)
                        Keys.onSpacePressed: app.openProduct(cell.productId)
                        enabled: !cell.soldOut
                        onActiveFocusChanged: if (activeFocus) grid.positionViewAtIndex(index, GridView.Contain)
                        FocusRing { baseRadius: Theme.radius; inside: true }

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
                                height: width * grid.pictureRatio
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
                                    textFormat: Text.PlainText
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
                                    textFormat: Text.PlainText
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
                                // a long name (German, or accessibility mode's larger type)
                                // shrinks to fit its two lines before it is cut
                                fontSizeMode: Text.Fit
                                minimumPixelSize: Theme.small
                                elide: Text.ElideRight
                                lineHeightMode: Text.FixedHeight
                                lineHeight: 34
                                font.family: Theme.font
                                font.pixelSize: Theme.body + 1
                                font.weight: Font.DemiBold
                                color: cell.soldOut ? Theme.muted : Theme.ink
                            }
                            PriceTag {
                                id: cardPrice
                                anchors.top: nameText.bottom
                                anchors.topMargin: 8
                                x: 20
                                price: cell.price
                                regularPrice: cell.regularPrice
                                soldOut: cell.soldOut
                            }
                            DietInfo {
                                anchors.top: cardPrice.bottom
                                anchors.topMargin: 10
                                x: 20
                                width: parent.width - 40
                                fontSize: root.portrait ? Theme.small - 4 : Theme.small - 6
                                dietary: cell.dietary
                                allergens: cell.allergens
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

                MoreCue {
                    id: gridCue
                    objectName: "gridMoreCue"
                    overflows: grid.contentHeight > parent.height - grid.anchors.topMargin
                    more: overflows && !grid.atYEnd
                }

                Text {
                    textFormat: Text.PlainText
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

    // "Start over?" with something in the cart: asked, never done at once. From its own file,
    // built when first asked: the menu's first frame does not draw it.
    ScreenLoader {
        anchors.fill: parent
        file: Qt.resolvedUrl("menu/StartOverOverlay.qml")
        wanted: app.cart.confirmingStartOver
    }
}
