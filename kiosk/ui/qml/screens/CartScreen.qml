import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

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
                delegate: Rectangle {
                    id: line
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
                    width: lines.width
                    height: Math.max(root.portrait ? 200 : 180, info.implicitHeight + 48)
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
                            text: qsTr("Note: %1").arg(line.note)
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
                            spacing: root.portrait ? 16 : 8
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
                                text: qsTr("Remove")
                                onClicked: app.cart.remove(line.lineId)
                            }
                            KButton {
                                objectName: "cartNoteButton_" + line.index
                                visible: app.cart.notesEnabled
                                height: 76
                                kind: "quiet"
                                fontSize: Theme.small + 2
                                text: line.note === "" ? qsTr("Add note") : qsTr("Edit note")
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
                // portrait: what room is left asks "Anything else?" with the top categories,
                // one tap back to the menu there (the screen is not mostly empty)
                footer: Column {
                    width: lines.width
                    topPadding: 40
                    bottomPadding: 24
                    spacing: 24
                    Text {
                        textFormat: Text.PlainText
                        visible: root.portrait && lines.count > 0 && lines.count < 5
                        text: qsTr("Anything else?")
                        font.family: Theme.font
                        font.pixelSize: Theme.title
                        font.weight: Font.ExtraBold
                        color: Theme.ink
                    }
                    Flow {
                        visible: root.portrait && lines.count > 0 && lines.count < 5
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

            // a removed line can be put back for a few seconds
            Rectangle {
                id: undoBar
                objectName: "undoBar"
                Layout.fillWidth: true
                Layout.leftMargin: 32
                Layout.rightMargin: 32
                Layout.bottomMargin: 16
                Layout.preferredHeight: 104
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
                    text: qsTr("Undo")
                    onClicked: app.cart.undo()
                }
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
        Rectangle {
            color: Theme.surface
            implicitHeight: summaryColumn.implicitHeight + 64
            Rectangle { width: root.portrait ? parent.width : 2; height: root.portrait ? 2 : parent.height; color: Theme.line }
            ColumnLayout {
                id: summaryColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: 40
                spacing: 14

                RowLayout {
                    Layout.fillWidth: true
                    Layout.bottomMargin: root.portrait ? 0 : 24
                    visible: app.cart.orderTypeText !== ""
                    Text {
                        textFormat: Text.PlainText
                        objectName: "cartOrderType"
                        Layout.fillWidth: true
                        text: app.cart.orderTypeText
                        elide: Text.ElideRight
                        font.family: Theme.font
                        font.pixelSize: Theme.body
                        font.weight: Font.Bold
                        color: Theme.primary
                    }
                    KButton {
                        objectName: "changeTableButton"
                        visible: app.cart.canChangeTable
                        Layout.preferredHeight: 72
                        kind: "quiet"
                        fontSize: Theme.small + 2
                        text: qsTr("Change table")
                        onClicked: app.cart.changeTable()
                    }
                }

                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: noticeText.implicitHeight + 32
                    visible: app.cart.notice !== ""
                    radius: Theme.radiusSmall
                    color: Theme.warningBg
                    Text {
                        textFormat: Text.PlainText
                        id: noticeText
                        objectName: "cartNotice"
                        anchors.fill: parent
                        anchors.margins: 16
                        text: app.cart.notice
                        wrapMode: Text.WordWrap
                        verticalAlignment: Text.AlignVCenter
                        font.family: Theme.font
                        font.pixelSize: Theme.body - 2
                        font.weight: Font.DemiBold
                        color: Theme.warning
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Text { textFormat: Text.PlainText; text: qsTr("Subtotal"); font.family: Theme.font; font.pixelSize: Theme.body; color: Theme.inkSoft; Layout.fillWidth: true }
                    Text { textFormat: Text.PlainText; objectName: "cartSubtotal"; text: app.cart.subtotal; font.family: Theme.font; font.pixelSize: Theme.body; color: Theme.ink }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Text { textFormat: Text.PlainText; text: app.cart.taxLabel; font.family: Theme.font; font.pixelSize: Theme.body; color: Theme.inkSoft; Layout.fillWidth: true }
                    Text { textFormat: Text.PlainText; objectName: "cartTax"; text: app.cart.tax; font.family: Theme.font; font.pixelSize: Theme.body; color: Theme.ink }
                }
                Rectangle { Layout.fillWidth: true; height: 2; color: Theme.line }
                RowLayout {
                    Layout.fillWidth: true
                    Text { textFormat: Text.PlainText; text: qsTr("Total"); font.family: Theme.font; font.pixelSize: Theme.title; font.weight: Font.ExtraBold; color: Theme.ink; Layout.fillWidth: true }
                    Text { textFormat: Text.PlainText; objectName: "cartTotal"; text: app.cart.total; font.family: Theme.font; font.pixelSize: Theme.title; font.weight: Font.ExtraBold; color: Theme.ink }
                }
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    visible: app.orderingPaused
                    text: app.pausedText
                    wrapMode: Text.WordWrap
                    font.family: Theme.font
                    font.pixelSize: Theme.small
                    font.weight: Font.DemiBold
                    color: Theme.warning
                }
                GridLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: 12
                    columns: root.portrait ? 2 : 1
                    columnSpacing: 24
                    rowSpacing: 20
                    KButton {
                        objectName: "addMoreButton"
                        Layout.fillWidth: true
                        Layout.preferredHeight: 104
                        kind: "secondary"
                        text: qsTr("Add more")
                        onClicked: app.backToMenu()
                    }
                    KButton {
                        objectName: "payButton"
                        Layout.fillWidth: true
                        Layout.preferredHeight: 104
                        text: app.cart.checking ? qsTr("Checking…")
                            : app.cart.payAtCounterOffered ? qsTr("Pay by card") : qsTr("Pay")
                        detail: app.cart.checking ? "" : app.cart.total
                        reason: app.payBlockedReason
                        enabled: app.canPay
                        onClicked: app.pay()
                    }
                    // The store's option to record the order unpaid and pay at the counter.
                    KButton {
                        objectName: "payAtCounterButton"
                        visible: app.cart.payAtCounterOffered
                        Layout.fillWidth: true
                        Layout.columnSpan: root.portrait ? 2 : 1
                        Layout.preferredHeight: 96
                        kind: "secondary"
                        text: qsTr("Pay at the counter")
                        enabled: app.canPay && !app.cart.checking
                        onClicked: app.payAtCounter()
                    }
                }
            }
        }
    }

    // the store's one suggestion before paying: add it in one tap, or skip in one tap
    Rectangle {
        objectName: "upsellOverlay"
        anchors.fill: parent
        visible: app.cart.upsell.shown
        color: Qt.rgba(0.16, 0.11, 0.07, 0.6)
        MouseArea { anchors.fill: parent }
        Rectangle {
            anchors.centerIn: parent
            width: Math.min(parent.width - 80, 1240)
            height: upsellColumn.implicitHeight + 96
            radius: Theme.radius
            color: Theme.surface
            Column {
                id: upsellColumn
                anchors.centerIn: parent
                width: parent.width - 80
                spacing: 32
                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    text: app.cart.upsell.title
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    font.family: Theme.font
                    font.pixelSize: Theme.title + 4
                    font.weight: Font.ExtraBold
                    color: Theme.ink
                }
                Row {
                    id: suggestionRow
                    anchors.horizontalCenter: parent.horizontalCenter
                    spacing: 24
                    readonly property int cardWidth: Math.min(340, Math.floor((upsellColumn.width - 48) / 3))
                    Repeater {
                        model: app.cart.upsell.suggestions
                        delegate: Rectangle {
                            id: card
                            required property int index
                            required property string productId
                            required property string name
                            required property string price
                            required property string imageSource
                            required property string initial
                            objectName: "upsell_" + productId
                            width: suggestionRow.cardWidth
                            height: cardColumn.implicitHeight + 40
                            radius: Theme.radius
                            color: Theme.surface
                            border.width: 2
                            border.color: Theme.line
                            Column {
                                id: cardColumn
                                x: 20; y: 20
                                width: parent.width - 40
                                spacing: 12
                                ProductImage {
                                    width: parent.width
                                    height: width * 0.75
                                    cornerRadius: Theme.radiusSmall
                                    source: card.imageSource
                                    initial: card.initial
                                }
                                Text {
                                    width: parent.width
                                    height: 2 * 32
                                    text: card.name
                                    textFormat: Text.PlainText
                                    wrapMode: Text.WordWrap
                                    maximumLineCount: 2
                                    elide: Text.ElideRight
                                    font.family: Theme.font
                                    font.pixelSize: Theme.body
                                    font.weight: Font.DemiBold
                                    color: Theme.ink
                                }
                                KButton {
                                    objectName: "upsellAdd_" + card.productId
                                    width: parent.width
                                    height: 88
                                    text: qsTr("Add")
                                    detail: card.price
                                    onClicked: app.cart.upsell.add(card.productId)
                                }
                            }
                        }
                    }
                }
                KButton {
                    objectName: "upsellSkipButton"
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: 480
                    kind: "secondary"
                    text: qsTr("No thanks, pay now")
                    onClicked: app.cart.upsell.skip()
                }
            }
        }
    }
}
