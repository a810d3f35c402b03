import QtQuick
import "../.."
import "../../components"

// One line of the order: picture, name, options and note, quantity, Remove, note, total.
// Its texts keep the translation context "CartScreen", the screen they were written for.
Rectangle {
    id: line
    property bool portrait: true
    required property int index
    required property string lineId
    required property string name
    required property string options
    required property int quantity
    required property string total
    required property bool canIncrease
    required property string imageSource
    required property string initial
    required property string note
    required property string saleText
    objectName: "cartLine_" + index
    height: Math.max(line.portrait ? 200 : 180, info.implicitHeight + 48)
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
        Text {
            objectName: "cartNote_" + line.index
            width: parent.width
            visible: line.note !== ""
            text: qsTranslate("CartScreen", "Note: %1").arg(line.note)
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
            font.family: Theme.font
            font.pixelSize: Theme.small
            font.italic: true
            color: Theme.primary
        }
        Item { width: 1; height: 8 }
        Row {
            spacing: line.portrait ? 16 : 8
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
                text: qsTranslate("CartScreen", "Remove")
                onClicked: app.cart.remove(line.lineId)
            }
            KButton {
                objectName: "cartNoteButton_" + line.index
                visible: app.cart.notesEnabled
                height: 76
                kind: "quiet"
                fontSize: Theme.small + 2
                text: line.note === "" ? qsTranslate("CartScreen", "Add note") : qsTranslate("CartScreen", "Edit note")
                onClicked: app.cart.editNote(line.lineId)
            }
        }
    }
    Column {
        id: lineTotal
        anchors.right: parent.right
        anchors.rightMargin: 28
        anchors.top: parent.top
        anchors.topMargin: 26
        spacing: 4
        Text {
            textFormat: Text.PlainText
            anchors.right: parent.right
            text: line.total
            font.family: Theme.font
            font.pixelSize: Theme.body + 4
            font.weight: Font.Bold
            color: line.saleText !== "" ? Theme.sale : Theme.ink
        }
        Text {
            textFormat: Text.PlainText
            anchors.right: parent.right
            visible: line.saleText !== ""
            text: line.saleText
            font.family: Theme.font
            font.pixelSize: Theme.small - 2
            color: Theme.muted
        }
    }
}
