import QtQuick
import QtQuick.Layouts
import ".."
import "../components"
import "cart"

// The order: lines with options and quantities, totals, back to the menu or pay.
// A removed line can be put back for a few seconds ("Undo"); Pay first offers the store's one
// suggestion, then re-checks the cart against the menu (the notice says what changed).
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
                    textFormat: Text.PlainText
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
                delegate: CartLine {
                    width: lines.width
                    portrait: root.portrait
                }
                // portrait: what room is left asks "Anything else?" with the top categories,
                // one tap back to the menu there (the screen is not mostly empty)
                footer: CartFooter {
                    width: lines.width
                    shown: root.portrait && lines.count > 0 && lines.count < 5
                }

                Text {
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    visible: lines.count === 0
                    text: qsTr("Your order is empty")
                    font.family: Theme.font
                    font.pixelSize: Theme.body + 4
                    color: Theme.inkSoft
                }
            }

            UndoBar {
                Layout.fillWidth: true
                Layout.leftMargin: 32
                Layout.rightMargin: 32
                Layout.bottomMargin: 16
                Layout.preferredHeight: 104
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
        CartSummary { portrait: root.portrait }
    }

    UpsellOverlay { anchors.fill: parent }
}
