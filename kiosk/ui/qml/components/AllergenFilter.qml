import QtQuick
import ".."

// "Hide products with:" the 14 EU allergens as toggles (the most avoided first); the menu
// shows only products without any of them. Driven by `app.menu.filterOpen` (no modal dialog).
Rectangle {
    id: root
    property bool portrait: true
    visible: app.menu.filterOpen
    color: Qt.rgba(0.16, 0.11, 0.07, 0.55)

    MouseArea {
        anchors.fill: parent
        onClicked: app.menu.closeFilter()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 80, 980)
        height: content.implicitHeight + 72
        radius: 28
        color: Theme.cream

        MouseArea { anchors.fill: parent }  // a tap on the card is not a tap outside

        Column {
            id: content
            anchors.centerIn: parent
            width: parent.width - 72
            spacing: 24

            Text {
                textFormat: Text.PlainText
                width: parent.width
                text: qsTr("Hide products with:")
                wrapMode: Text.WordWrap
                font.family: Theme.font
                font.pixelSize: Theme.title
                font.weight: Font.ExtraBold
                color: Theme.ink
            }
            Flow {
                width: parent.width
                spacing: 14
                Repeater {
                    model: app.menu.allergenFilters
                    delegate: Rectangle {
                        required property var modelData
                        objectName: "allergen_" + modelData.code
                        width: chipText.implicitWidth + 56
                        height: Theme.touchSmall
                        radius: height / 2
                        color: modelData.hidden ? Theme.primary : (chipArea.pressed ? Theme.latte : Theme.surface)
                        border.width: modelData.hidden ? 0 : 2
                        border.color: Theme.primary
                        Accessible.role: Accessible.CheckBox
                        Accessible.name: modelData.name
                        Accessible.checked: modelData.hidden
                        Accessible.onPressAction: app.menu.toggleAllergen(modelData.code)
                        activeFocusOnTab: true
                        Keys.onReturnPressed: app.menu.toggleAllergen(modelData.code)
                        Keys.onEnterPressed: app.menu.toggleAllergen(modelData.code)
                        Keys.onSpacePressed: app.menu.toggleAllergen(modelData.code)
                        FocusRing { baseRadius: radius }
                        Text {
                            textFormat: Text.PlainText
                            id: chipText
                            anchors.centerIn: parent
                            text: parent.modelData.name
                            font.family: Theme.font
                            font.pixelSize: Theme.small
                            font.weight: Font.Bold
                            color: parent.modelData.hidden ? "white" : Theme.primary
                        }
                        MouseArea {
                            id: chipArea
                            anchors.fill: parent
                            onClicked: app.menu.toggleAllergen(parent.modelData.code)
                        }
                    }
                }
            }
            Text {
                textFormat: Text.PlainText
                width: parent.width
                text: qsTr("Ask our team about allergens: recipes can change.")
                wrapMode: Text.WordWrap
                font.family: Theme.font
                font.pixelSize: Theme.small
                color: Theme.inkSoft
            }
            Row {
                anchors.right: parent.right
                spacing: 20
                KButton {
                    objectName: "allergenShowAll"
                    kind: "secondary"
                    enabled: app.menu.hiddenCount > 0
                    text: qsTr("Show everything")
                    onClicked: app.menu.clearAllergens()
                }
                KButton {
                    objectName: "allergenDone"
                    text: qsTr("Done")
                    onClicked: app.menu.closeFilter()
                }
            }
        }
    }
}
