import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

// One product: big picture, choices as chips, quantity, and "Add to order".
// A product without choices gets a larger picture, so its page is not mostly empty; what is
// still missing before adding ("Choose size", "Sold out today") is said on the button itself.
KioskScreen {
    id: root
    readonly property var vm: app.product
    readonly property bool simple: !vm.hasChoices
    // what a chip reads in the moment its row has fewer options and the chip is not gone yet
    readonly property var noOption: ({ value: "", delta: "", offer: false, selected: false,
                                       exists: false, available: false })

    // back
    RoundIconButton {
        objectName: "productBackButton"
        z: 2; opacity: root.fade
        x: 32; y: 32
        size: 88
        glyph: "back"
        onClicked: app.backToMenu()
        Accessible.name: qsTr("Back to menu")
    }

    Item {
        id: imagePane
        opacity: root.fade  // over its pane (set down below)
        x: 0; y: 0
        width: root.portrait ? root.width : root.width * (root.simple ? 0.52 : 0.44)
        height: root.portrait ? root.height * (root.simple ? 0.56 : 0.4) : root.height - footer.height
        ProductImage {
            objectName: "productImage"
            anchors.fill: parent
            anchors { margins: root.portrait ? 40 : 80; topMargin: root.portrait ? 40 : 140 }
            source: root.vm.imageSource; initial: root.vm.initial; cornerRadius: Theme.radius
            // decoded for this size when the product opens: the pane, not a flash of the tile
            placeholderWhileLoading: false
        }
    }

    Flickable {
        id: details
        objectName: "productDetails"; opacity: root.fade
        x: root.portrait ? 0 : imagePane.width
        y: root.portrait ? imagePane.height : 0
        width: root.width - x
        height: root.height - y - footer.height
        contentHeight: content.implicitHeight + 80
        clip: true
        boundsBehavior: Flickable.DragOverBounds

        ColumnLayout {
            id: content
            x: 56
            // without choices, the few lines sit in the middle of the pane
            y: root.simple ? Math.max(root.portrait ? 40 : 64, (details.height - implicitHeight) / 2)
                           : (root.portrait ? 40 : 64)
            width: details.width - 112
            spacing: 20

            Text {
                objectName: "productName"
                Layout.fillWidth: true
                text: root.vm.name
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                maximumLineCount: 3
                elide: Text.ElideRight
                font.family: Theme.font
                font.pixelSize: root.portrait ? 54 : 56
                font.weight: Font.ExtraBold
                color: Theme.ink
            }
            Text {
                Layout.fillWidth: true
                visible: text !== ""
                text: root.vm.description
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                maximumLineCount: 5
                elide: Text.ElideRight
                font.family: Theme.font
                font.pixelSize: Theme.body
                lineHeight: 1.2
                color: Theme.inkSoft
            }
            PriceTag {
                objectName: "productPrice"
                Layout.topMargin: 4
                price: root.vm.price
                regularPrice: root.vm.regularPrice
                size: 40
                soldOut: root.vm.soldOut
            }
            DietInfo {
                objectName: "productDietInfo"
                Layout.fillWidth: true
                visible: root.vm.dietaryText !== "" || root.vm.allergensText !== ""
                fontSize: Theme.small
                dietary: root.vm.dietaryText
                allergens: root.vm.allergensText
            }
            Rectangle {
                objectName: "productOffer"
                visible: root.vm.offerText !== ""
                Layout.preferredWidth: offerLabel.implicitWidth + 40
                Layout.preferredHeight: 52
                radius: 26
                color: Theme.sale
                Text {
                    textFormat: Text.PlainText
                    id: offerLabel
                    anchors.centerIn: parent
                    text: root.vm.offerText
                    font.family: Theme.font
                    font.pixelSize: Theme.small
                    font.weight: Font.Bold
                    color: "white"
                }
            }

            Repeater {
                model: root.vm.attributes
                delegate: ColumnLayout {
                    id: attr
                    required property string name
                    required property var options
                    required property string chosen
                    Layout.fillWidth: true
                    Layout.topMargin: 20
                    spacing: 16
                    Text {
                        text: attr.name
                        textFormat: Text.PlainText
                        font.family: Theme.font
                        font.pixelSize: Theme.body + 4
                        font.weight: Font.Bold
                        color: Theme.ink
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 16
                        // by count, so the chips are kept while the options change (a tap, the
                        // next product with as many): a new list would rebuild every chip
                        Repeater {
                            model: attr.options.length
                            delegate: Chip {
                                required property int index
                                readonly property var option: attr.options[index] ?? root.noOption
                                objectName: "option_" + attr.name + "_" + option.value
                                text: option.value
                                delta: option.delta
                                offer: option.offer
                                selected: option.selected
                                exists: option.exists
                                available: option.available
                                onClicked: root.vm.choose(attr.name, option.value)
                            }
                        }
                    }
                }
            }
        }
    }

    // footer: quantity and add
    Item {
        id: footer
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: root.portrait ? 180 : 160
        opacity: root.fade  // over its pane (set down below)
        Rectangle { width: parent.width; height: 2; color: Theme.line }

        Stepper {
            id: stepper
            anchors.left: parent.left
            anchors.leftMargin: 40
            anchors.verticalCenter: parent.verticalCenter
            value: root.vm.quantity
            canIncrease: root.vm.canIncrease
            minusName: "productQuantityMinus"
            plusName: "productQuantityPlus"
            onIncreased: root.vm.increment()
            onDecreased: root.vm.decrement()
        }
        KButton {
            id: addButton
            objectName: "addToOrderButton"
            anchors.left: stepper.right
            anchors.leftMargin: 40
            anchors.right: parent.right
            anchors.rightMargin: 40
            anchors.verticalCenter: parent.verticalCenter
            height: 112
            text: qsTr("Add to order")
            detail: root.vm.resolved ? root.vm.price : ""
            reason: root.vm.hint
            enabled: root.vm.canAdd
            onClicked: root.vm.addToOrder()
        }
    }

    // (set down here, so the texts above keep the lines the translations give as their source)
    // the window under it is the same cream, and nothing else is (the menu is `covered`): a
    // screen of its own colour was one more full-window blend in every frame of the fade
    color: "transparent"
    // KioskScreen's fade, run here on the screen's parts instead of the whole screen: the two
    // panes under them are drawn opaque, in their colour over the window's cream at the fade's
    // opacity (the same pixels), so the software renderer paints each with a plain fill and
    // skips the window under it, instead of blending a million pixels in every frame of the
    // fade (issue 16). Only the cream is ever under this screen: it shows over the `covered`
    // menu, and hides at once when it leaves.
    opacity: 1
    property real fade: shown ? 1 : 0
    Behavior on fade {
        NumberAnimation { from: 0.18; duration: Theme.calm; easing.type: Easing.OutCubic }
    }
    function overCream(pane: color): color {
        return Qt.tint(Theme.cream, Qt.rgba(pane.r, pane.g, pane.b, root.fade))
    }
    Rectangle {
        objectName: "productImagePane"
        z: -1
        x: imagePane.x; y: imagePane.y; width: imagePane.width; height: imagePane.height
        color: root.overCream(Theme.surfaceAlt)
    }
    Rectangle {
        objectName: "productFooterPane"
        z: -1
        x: footer.x; y: footer.y; width: footer.width; height: footer.height
        color: root.overCream(Theme.surface)
    }
    // Kept enabled while hidden: disabled, every chip and button put on its disabled look
    // when the screen left and took it off at the next open, and the software renderer
    // repainted each rounded one (11% of the open's instructions, issue 16). Hidden, it takes
    // no input all the same: an invisible item gets no touch, KioskKeys moves the focus only
    // to visible controls, and Main.qml gives it to the window's root when the screen changes.
    enabled: true
}
