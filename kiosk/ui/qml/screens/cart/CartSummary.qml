import QtQuick
import QtQuick.Layouts
import "../.."
import "../../components"

// The order's totals with Add more and Pay (beside the lines in landscape, below them in portrait).
// Its texts keep the translation context "CartScreen", the screen they were written for.
Rectangle {
    id: summary
    property bool portrait: true
    color: Theme.surface
    implicitHeight: summaryColumn.implicitHeight + 64
    Rectangle { width: summary.portrait ? parent.width : 2; height: summary.portrait ? 2 : parent.height; color: Theme.line }
    ColumnLayout {
        id: summaryColumn
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 40
        spacing: 14

        RowLayout {
            Layout.fillWidth: true
            Layout.bottomMargin: summary.portrait ? 0 : 24
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
                text: qsTranslate("CartScreen", "Change table")
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
            Text { textFormat: Text.PlainText; text: qsTranslate("CartScreen", "Subtotal"); font.family: Theme.font; font.pixelSize: Theme.body; color: Theme.inkSoft; Layout.fillWidth: true }
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
            Text { textFormat: Text.PlainText; text: qsTranslate("CartScreen", "Total"); font.family: Theme.font; font.pixelSize: Theme.title; font.weight: Font.ExtraBold; color: Theme.ink; Layout.fillWidth: true }
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
            columns: summary.portrait ? 2 : 1
            columnSpacing: 24
            rowSpacing: 20
            KButton {
                objectName: "addMoreButton"
                Layout.fillWidth: true
                Layout.preferredHeight: 104
                kind: "secondary"
                text: qsTranslate("CartScreen", "Add more")
                onClicked: app.backToMenu()
            }
            KButton {
                objectName: "payButton"
                Layout.fillWidth: true
                Layout.preferredHeight: 104
                text: app.cart.checking ? qsTranslate("CartScreen", "Checking…")
                    : app.cart.payAtCounterOffered ? qsTranslate("CartScreen", "Pay by card") : qsTranslate("CartScreen", "Pay")
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
                Layout.columnSpan: summary.portrait ? 2 : 1
                Layout.preferredHeight: 96
                kind: "secondary"
                text: qsTranslate("CartScreen", "Pay at the counter")
                enabled: app.canPay && !app.cart.checking
                onClicked: app.payAtCounter()
            }
        }
    }
}
