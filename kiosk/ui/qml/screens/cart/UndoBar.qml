import QtQuick
import "../.."
import "../../components"

// A removed line can be put back for a few seconds: what was removed, and Undo.
// Its texts keep the translation context "CartScreen", the screen they were written for.
Rectangle {
    id: undoBar
    objectName: "undoBar"
    visible: app.cart.canUndo
    radius: Theme.radius
    color: Theme.espresso
    Text {
        anchors.left: parent.left
        anchors.leftMargin: 36
        anchors.right: undoButton.left
        anchors.rightMargin: 24
        anchors.verticalCenter: parent.verticalCenter
        text: app.cart.undoText
        textFormat: Text.PlainText
        elide: Text.ElideRight
        font.family: Theme.font
        font.pixelSize: Theme.body + 2
        font.weight: Font.DemiBold
        color: "white"
    }
    KButton {
        id: undoButton
        objectName: "undoButton"
        anchors.right: parent.right
        anchors.rightMargin: 16
        anchors.verticalCenter: parent.verticalCenter
        width: 220
        height: 80
        kind: "secondary"
        text: qsTranslate("CartScreen", "Undo")
        onClicked: app.cart.undo()
    }
}
