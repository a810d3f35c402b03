import QtQuick
import "../../qml"

// Finding products: the search field; below it the results while there is a query, else
// the menu as category tabs and product tiles (station.grid). A product with several
// variants shows them to choose from, over the tiles.
SPanel {
    id: root
    property alias search: search
    readonly property bool compact: height < 700
    title: qsTr("Find a product")

    Connections {
        target: station.search
        function onQuery_reset(text) { search.text = text }
    }

    SField {
        id: search
        width: parent.width - hintF1.width - 12
        inputName: "searchField"
        placeholder: qsTr("Name, SKU or barcode")
        text: station.search.query
        onEdited: (text) => station.search.setQuery(text)
        onAccepted: if (results.count > 0) station.search.addResult(Math.max(0, results.currentIndex))
        onDownPressed: {
            if (results.visible) { results.currentIndex = 0; results.forceActiveFocus() }
            else { tiles.currentIndex = Math.max(0, tiles.currentIndex); tiles.forceActiveFocus() }
        }
    }
    Rectangle {
        id: hintF1
        x: parent.width - width
        y: search.y + (56 - height) / 2
        width: f1.implicitWidth + 16
        height: 32
        radius: 6
        color: Theme.surfaceAlt
        Text { textFormat: Text.PlainText; id: f1; anchors.centerIn: parent; text: "F1"; font.family: Theme.font; font.pixelSize: 15; font.weight: Font.DemiBold; color: Theme.inkSoft }
    }

    // -- the menu: tabs and tiles -------------------------------------------------------
    Item {
        id: browse
        objectName: "browse"
        visible: station.search.query === ""
        y: search.height + 14
        width: parent.width
        height: parent.height - y
        ListView {
            id: tabs
            // No delegates made ahead in the background (Qt incubates the cache buffer's
            // asynchronously): leaving the sale screen mid-incubation destroyed them half-made,
            // with a warning. What is on screen is made at once, as before.
            cacheBuffer: 0
            objectName: "categoryTabs"
            width: parent.width
            height: 52
            orientation: ListView.Horizontal
            spacing: 8
            clip: true
            model: station.grid.categoryModel
            delegate: Rectangle {
                id: tab
                required property int index
                required property string categoryId
                required property string name
                required property bool selected
                objectName: "tab_" + index
                height: tabs.height
                width: Math.max(110, tabText.implicitWidth + 36)
                radius: 10
                color: selected ? Theme.primary : (tabArea.pressed ? Theme.latte : Theme.surfaceAlt)
                Text {
                    id: tabText
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    text: tab.name
                    font.family: Theme.font
                    font.pixelSize: 18
                    font.weight: Font.DemiBold
                    color: tab.selected ? "white" : Theme.ink
                }
                MouseArea { id: tabArea; anchors.fill: parent; onClicked: station.grid.selectCategory(tab.categoryId) }
            }
        }
        Text {
            id: tabKeys
            textFormat: Text.PlainText
            y: tabs.height + 6
            text: qsTr("Ctrl+PgUp / Ctrl+PgDn: previous or next category · arrows and Enter pick a product")
            elide: Text.ElideRight
            width: parent.width
            font.family: Theme.font
            font.pixelSize: 14
            color: Theme.muted
        }
        GridView {
            id: tiles
            // No delegates made ahead in the background (Qt incubates the cache buffer's
            // asynchronously): leaving the sale screen mid-incubation destroyed them half-made,
            // with a warning. What is on screen is made at once, as before.
            cacheBuffer: 0
            objectName: "tiles"
            readonly property int columns: Math.max(3, Math.floor(width / (root.compact ? 170 : 210)))
            y: tabKeys.y + tabKeys.height + 8
            width: parent.width
            height: parent.height - y
            clip: true
            cellWidth: Math.floor(width / columns)
            cellHeight: root.compact ? 150 : 196
            model: station.grid.tileModel
            keyNavigationEnabled: true
            currentIndex: -1
            activeFocusOnTab: true
            Keys.onReturnPressed: if (currentItem) station.grid.tapProduct(currentItem.productId)
            Keys.onEnterPressed: if (currentItem) station.grid.tapProduct(currentItem.productId)
            // Typing while the tiles have the focus searches, as it does everywhere else.
            Keys.onPressed: (event) => {
                if (event.text.length === 1 && event.text.trim() !== ""
                        && !(event.modifiers & (Qt.ControlModifier | Qt.AltModifier))) {
                    search.input.forceActiveFocus()
                    search.input.insert(search.input.cursorPosition, event.text)
                    station.search.setQuery(search.input.text)
                    event.accepted = true
                }
            }
            delegate: Item {
                id: cell
                required property int index
                required property string productId
                required property string name
                required property string price
                required property string image
                required property bool available
                required property string initial
                objectName: "tile_" + index
                width: tiles.cellWidth
                height: tiles.cellHeight
                Rectangle {
                    anchors.fill: parent
                    anchors.margins: 5
                    radius: 12
                    color: tileArea.pressed ? Theme.latte : Theme.cream
                    border.width: tiles.activeFocus && tiles.currentIndex === cell.index ? 4 : 1
                    border.color: tiles.activeFocus && tiles.currentIndex === cell.index ? Theme.espresso : Theme.line
                    opacity: cell.available ? 1 : 0.55
                    Rectangle {
                        id: picture
                        x: 8
                        y: 8
                        width: parent.width - 16
                        height: parent.height - 16 - names.height - 6
                        radius: 8
                        clip: true
                        color: Theme.surfaceAlt
                        Text {
                            textFormat: Text.PlainText
                            anchors.centerIn: parent
                            visible: photo.status !== Image.Ready
                            text: cell.initial
                            font.family: Theme.font
                            font.pixelSize: Math.min(48, parent.height * 0.55)
                            font.weight: Font.Bold
                            color: Theme.inkSoft
                        }
                        Image {
                            id: photo
                            anchors.fill: parent
                            source: cell.image
                            visible: cell.image !== ""
                            fillMode: Image.PreserveAspectCrop
                            asynchronous: true
                            sourceSize.width: 320
                            sourceSize.height: 240
                        }
                    }
                    Column {
                        id: names
                        x: 10
                        y: parent.height - height - 8
                        width: parent.width - 20
                        Text {
                            textFormat: Text.PlainText
                            width: parent.width
                            text: cell.name
                            elide: Text.ElideRight
                            font.family: Theme.font
                            font.pixelSize: root.compact ? 16 : 18
                            font.weight: Font.DemiBold
                            color: Theme.ink
                        }
                        Text {
                            textFormat: Text.PlainText
                            width: parent.width
                            text: cell.available ? cell.price : qsTr("Sold out")
                            elide: Text.ElideRight
                            font.family: Theme.font
                            font.pixelSize: root.compact ? 16 : 18
                            font.weight: Font.Bold
                            color: cell.available ? Theme.ink : Theme.muted
                        }
                    }
                }
                MouseArea {
                    id: tileArea
                    anchors.fill: parent
                    onClicked: { tiles.currentIndex = cell.index; station.grid.tapProduct(cell.productId) }
                }
            }
            Text {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                visible: tiles.count === 0
                width: parent.width - 40
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: qsTr("Type to search, or scan a barcode anywhere.")
                font.family: Theme.font
                font.pixelSize: 20
                color: Theme.muted
            }
        }
    }

    // -- search results -----------------------------------------------------------------
    ListView {
        id: results
        // No delegates made ahead in the background (Qt incubates the cache buffer's
        // asynchronously): leaving the sale screen mid-incubation destroyed them half-made,
        // with a warning. What is on screen is made at once, as before.
        cacheBuffer: 0
        objectName: "results"
        visible: station.search.query !== ""
        y: search.height + 14
        width: parent.width
        height: parent.height - y
        clip: true
        model: station.search.resultModel
        keyNavigationEnabled: true
        currentIndex: -1
        activeFocusOnTab: true
        Keys.onReturnPressed: station.search.addResult(currentIndex)
        Keys.onEnterPressed: station.search.addResult(currentIndex)
        Keys.onUpPressed: (event) => {
            if (currentIndex <= 0) search.input.forceActiveFocus()
            else decrementCurrentIndex()
        }
        delegate: Rectangle {
            id: hit
            required property int index
            required property string name
            required property string options
            required property string sku
            required property string price
            required property bool available
            objectName: "result_" + index
            width: results.width
            height: 68
            radius: 10
            color: results.activeFocus && results.currentIndex === index ? Theme.primarySoft
                 : (index % 2 ? Theme.surface : Theme.cream)
            border.width: results.activeFocus && results.currentIndex === index ? 3 : 0
            border.color: Theme.espresso
            Text {
                textFormat: Text.PlainText
                x: 16
                y: 10
                width: parent.width - priceText.width - 48
                text: hit.options === "" ? hit.name : hit.name + " · " + hit.options
                elide: Text.ElideRight
                font.family: Theme.font
                font.pixelSize: 20
                font.weight: Font.DemiBold
                color: hit.available ? Theme.ink : Theme.muted
            }
            Text {
                textFormat: Text.PlainText
                x: 16
                y: 40
                text: hit.available ? hit.sku : qsTr("Sold out") + " · " + hit.sku
                font.family: Theme.font
                font.pixelSize: 15
                color: Theme.muted
            }
            Text {
                textFormat: Text.PlainText
                id: priceText
                x: parent.width - width - 16
                anchors.verticalCenter: parent.verticalCenter
                text: hit.price
                font.family: Theme.font
                font.pixelSize: 20
                font.weight: Font.Bold
                color: Theme.ink
            }
            MouseArea { anchors.fill: parent; onClicked: station.search.addResult(hit.index) }
        }
        Text {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            visible: results.count === 0
            width: parent.width - 40
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Nothing matches “%1”.").arg(station.search.query)
            font.family: Theme.font
            font.pixelSize: 20
            color: Theme.muted
        }
    }

    // -- variant choice, over the tiles -------------------------------------------------
    Rectangle {
        id: chooser
        objectName: "variantChooser"
        visible: station.grid.choosingName !== ""
        onVisibleChanged: if (visible) choices.forceActiveFocus()
        y: browse.y
        width: parent.width
        height: browse.height
        radius: 12
        color: Theme.surface
        border.width: 2
        border.color: Theme.primary
        Text {
            id: chooseTitle
            textFormat: Text.PlainText
            x: 18
            y: 14
            width: parent.width - 36
            text: qsTr("Choose: %1").arg(station.grid.choosingName)
            elide: Text.ElideRight
            font.family: Theme.font
            font.pixelSize: 22
            font.weight: Font.Bold
            color: Theme.ink
        }
        ListView {
            id: choices
            // No delegates made ahead in the background (Qt incubates the cache buffer's
            // asynchronously): leaving the sale screen mid-incubation destroyed them half-made,
            // with a warning. What is on screen is made at once, as before.
            cacheBuffer: 0
            objectName: "choices"
            x: 18
            y: chooseTitle.y + chooseTitle.height + 12
            width: parent.width - 36
            height: parent.height - y - cancelChoice.height - 28
            clip: true
            spacing: 8
            model: station.grid.choiceModel
            keyNavigationEnabled: true
            Keys.onReturnPressed: if (currentIndex >= 0) station.grid.chooseVariant(currentIndex)
            Keys.onEnterPressed: if (currentIndex >= 0) station.grid.chooseVariant(currentIndex)
            delegate: Rectangle {
                id: choice
                required property int index
                required property string name
                required property string price
                required property bool available
                objectName: "choice_" + index
                width: choices.width
                height: 64
                radius: 10
                color: choiceArea.pressed ? Theme.latte : (choices.currentIndex === index ? Theme.primarySoft : Theme.cream)
                border.width: choices.activeFocus && choices.currentIndex === index ? 3 : 1
                border.color: choices.activeFocus && choices.currentIndex === index ? Theme.espresso : Theme.line
                Text { textFormat: Text.PlainText; x: 16; width: parent.width - choicePrice.width - 48; anchors.verticalCenter: parent.verticalCenter; text: choice.available ? choice.name : choice.name + " · " + qsTr("Sold out"); elide: Text.ElideRight; font.family: Theme.font; font.pixelSize: 20; font.weight: Font.DemiBold; color: choice.available ? Theme.ink : Theme.muted }
                Text { textFormat: Text.PlainText; id: choicePrice; x: parent.width - width - 16; anchors.verticalCenter: parent.verticalCenter; text: choice.price; font.family: Theme.font; font.pixelSize: 20; font.weight: Font.Bold; color: Theme.ink }
                MouseArea { id: choiceArea; anchors.fill: parent; onClicked: station.grid.chooseVariant(choice.index) }
            }
        }
        SButton {
            id: cancelChoice
            objectName: "btnCancelChoice"
            x: 18
            y: parent.height - height - 14
            kind: "quiet"
            text: qsTr("Cancel")
            keyHint: "Esc"
            onClicked: station.grid.closeChoice()
        }
    }
}
