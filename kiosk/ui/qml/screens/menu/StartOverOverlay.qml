import QtQuick
import "../.."
import "../../components"

// "Start over?" with something in the cart: asked, never done at once.
// Its texts keep the translation context "MenuScreen", the screen they were written for.
Rectangle {
    objectName: "startOverOverlay"
    visible: app.cart.confirmingStartOver
    color: Qt.rgba(0.16, 0.11, 0.07, 0.6)
    MouseArea { anchors.fill: parent }  // the menu behind takes no taps
    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 96, 920)
        height: askColumn.implicitHeight + 96
        radius: Theme.radius
        color: Theme.surface
        Column {
            id: askColumn
            anchors.centerIn: parent
            width: parent.width - 96
            spacing: 28
            Text {
                textFormat: Text.PlainText
                width: parent.width
                text: qsTranslate("MenuScreen", "Start over?")
                horizontalAlignment: Text.AlignHCenter
                font.family: Theme.font
                font.pixelSize: Theme.title + 8
                font.weight: Font.ExtraBold
                color: Theme.ink
            }
            Text {
                textFormat: Text.PlainText
                width: parent.width
                text: qsTranslate("MenuScreen", "Your order of %1 (%2) will be cleared.").arg(app.cart.countText).arg(app.cart.total)
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                font.family: Theme.font
                font.pixelSize: Theme.body + 2
                color: Theme.inkSoft
            }
            Row {
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: 28
                KButton {
                    objectName: "keepOrderButton"
                    width: 360
                    kind: "secondary"
                    text: qsTranslate("MenuScreen", "Keep my order")
                    onClicked: app.cart.keepOrder()
                }
                KButton {
                    objectName: "confirmStartOverButton"
                    width: 360
                    text: qsTranslate("MenuScreen", "Clear and start over")
                    onClicked: app.cart.confirmStartOver()
                }
            }
        }
    }
}
