import QtQuick
import "../.."
import "../../components"

// Below the order's lines: in portrait, what room is left asks "Anything else?" with the top
// categories, one tap back to the menu there (`shown`: portrait, with one to four lines).
// Its texts keep the translation context "CartScreen", the screen they were written for.
Column {
    id: footer
    property bool shown: false
    topPadding: 40
    bottomPadding: 24
    spacing: 24
    Text {
        textFormat: Text.PlainText
        visible: footer.shown
        text: qsTranslate("CartScreen", "Anything else?")
        font.family: Theme.font
        font.pixelSize: Theme.title
        font.weight: Font.ExtraBold
        color: Theme.ink
    }
    Flow {
        visible: footer.shown
        width: parent.width
        spacing: 16
        Repeater {
            model: app.menu.categories
            delegate: Rectangle {
                id: more
                required property string categoryId
                required property string name
                required property int level
                objectName: "cartMore_" + categoryId
                // keyboard and screen reader (issue 13): Tab/arrows, Enter; the ring shows focus
                Accessible.role: Accessible.Button
                Accessible.name: more.name
                Accessible.onPressAction: { app.menu.selectCategory(more.categoryId); app.backToMenu() }
                activeFocusOnTab: true
                Keys.onReturnPressed: { app.menu.selectCategory(more.categoryId); app.backToMenu() }
                Keys.onEnterPressed: { app.menu.selectCategory(more.categoryId); app.backToMenu() }
                Keys.onSpacePressed: { app.menu.selectCategory(more.categoryId); app.backToMenu() }
                FocusRing { baseRadius: more.radius }
                visible: level === 0
                width: visible ? moreText.implicitWidth + 64 : 0
                height: visible ? Theme.touch : 0
                radius: height / 2
                color: moreArea.pressed ? Theme.latte : Theme.surface
                border.width: 2
                border.color: Theme.line
                Text {
                    id: moreText
                    anchors.centerIn: parent
                    text: more.name
                    textFormat: Text.PlainText
                    font.family: Theme.font
                    font.pixelSize: Theme.body
                    font.weight: Font.DemiBold
                    color: Theme.primary
                }
                MouseArea {
                    id: moreArea
                    anchors.fill: parent
                    onClicked: {
                        app.menu.selectCategory(more.categoryId)
                        app.backToMenu()
                    }
                }
            }
        }
    }
}
