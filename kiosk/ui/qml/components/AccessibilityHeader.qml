import QtQuick
import ".."

// Accessibility mode, above the reach zone: no control here, only the store's name, a
// picture (the product being chosen) and the caption of what the kiosk last said, so speech
// reaches the eye too. The keys are listed for a keypad or keyboard user.
Rectangle {
    id: root
    property bool portrait: true
    color: Theme.espresso
    objectName: "accessibilityHeader"

    Row {
        anchors.fill: parent
        anchors.margins: root.portrait ? 48 : 28
        spacing: 36
        ProductImage {
            id: picture
            visible: app.screen === "product" && root.portrait
            width: visible ? Math.min(parent.height, 360) : 0
            height: width
            anchors.verticalCenter: parent.verticalCenter
            source: app.product.imageSource
            initial: app.product.initial
        }
        Column {
            width: parent.width - (picture.visible ? picture.width + parent.spacing : 0)
            anchors.verticalCenter: parent.verticalCenter
            spacing: root.portrait ? 24 : 10
            Text {
                textFormat: Text.PlainText
                width: parent.width
                text: app.storeName
                wrapMode: Text.WordWrap
                font.family: Theme.font
                font.pixelSize: root.portrait ? Theme.headline : Theme.title
                font.weight: Font.ExtraBold
                color: Theme.white
            }
            Text {
                textFormat: Text.PlainText
                objectName: "accessibilityCaption"
                width: parent.width
                text: app.accessibility.lastSpoken
                wrapMode: Text.WordWrap
                font.family: Theme.font
                font.pixelSize: Theme.body + 4
                font.weight: Font.DemiBold
                color: Theme.white
            }
            Text {
                textFormat: Text.PlainText
                width: parent.width
                text: qsTr("Keys: Tab or arrows move, Enter selects, Esc goes back, F1 ends accessibility mode.")
                wrapMode: Text.WordWrap
                font.family: Theme.font
                font.pixelSize: Theme.small
                color: Theme.latte
            }
        }
    }
}
