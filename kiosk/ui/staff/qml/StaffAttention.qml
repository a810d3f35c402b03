import QtQuick
import "../../qml"

// Everything recovery could not settle alone: what happened, what to do, the actions;
// below the payments, the receipts and kitchen tickets that did not go out.
Item {
    id: root
    property bool portrait: true
    readonly property QtObject staff: app.staff

    ListView {
        id: list
        objectName: "attentionList"
        anchors.fill: parent
        clip: true
        spacing: 24
        model: root.staff.attention.attentionModel
        delegate: Rectangle {
            id: card
            required property int index
            required property string key
            required property string number
            required property string amount
            required property string since
            required property string problem
            required property string advice
            required property bool canRefund
            objectName: "attention_" + index
            width: list.width
            height: cardColumn.implicitHeight + 64
            radius: Theme.radius
            color: Theme.surface
            border.width: 3
            border.color: Theme.warning
            Column {
                id: cardColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 32
                spacing: 16
                Text { textFormat: Text.PlainText; width: parent.width; text: qsTr("Order %1 · %2 · since %3").arg(card.number).arg(card.amount).arg(card.since); font.family: Theme.font; font.pixelSize: Theme.body + 6; font.weight: Font.ExtraBold; color: Theme.ink; wrapMode: Text.WordWrap }
                Text { textFormat: Text.PlainText; width: parent.width; text: card.problem; font.family: Theme.font; font.pixelSize: Theme.body + 2; color: Theme.ink; wrapMode: Text.WordWrap }
                Text { textFormat: Text.PlainText; width: parent.width; text: card.advice; font.family: Theme.font; font.pixelSize: Theme.body; color: Theme.inkSoft; wrapMode: Text.WordWrap }
                NoteInput {
                    id: note
                    width: parent.width
                    inputName: "attentionNote_" + card.index
                    placeholder: qsTr("What was done (needed to mark handled)")
                    choices: [qsTr("Refunded at the counter"), qsTr("Customer paid at the counter"), qsTr("Order put back in Final POS")]
                }
                Flow {
                    width: parent.width
                    spacing: 16
                    StaffButton { objectName: "attentionRetry_" + card.index; kind: "secondary"; text: qsTr("Try again now"); onClicked: root.staff.attention.askRetry(card.key) }
                    StaffButton { objectName: "attentionRefund_" + card.index; visible: card.canRefund; text: qsTr("Refund"); onClicked: root.staff.attention.refundAttention(card.key) }
                    StaffButton { objectName: "attentionHandled_" + card.index; kind: "secondary"; text: qsTr("Mark handled"); onClicked: root.staff.attention.askMarkHandled(card.key, note.text) }
                }
            }
        }
        footer: Column {
            width: list.width
            topPadding: list.count > 0 ? 24 : 0
            spacing: 24
            Repeater {
                model: root.staff.receipts.problemsModel
                delegate: Rectangle {
                    id: receiptCard
                    required property int index
                    required property int jobId
                    required property string title
                    required property string state
                    required property string since
                    required property bool canRetry
                    objectName: "receiptProblem_" + index
                    width: list.width
                    height: receiptColumn.implicitHeight + 64
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: 3
                    border.color: Theme.line
                    Column {
                        id: receiptColumn
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: 32
                        spacing: 16
                        Text { textFormat: Text.PlainText; width: parent.width; text: qsTr("%1 · since %2").arg(receiptCard.title).arg(receiptCard.since); font.family: Theme.font; font.pixelSize: Theme.body + 6; font.weight: Font.ExtraBold; color: Theme.ink; wrapMode: Text.WordWrap }
                        Text { textFormat: Text.PlainText; width: parent.width; text: receiptCard.state; font.family: Theme.font; font.pixelSize: Theme.body + 2; color: Theme.ink; wrapMode: Text.WordWrap }
                        Flow {
                            width: parent.width
                            spacing: 16
                            StaffButton { objectName: "receiptRetry_" + receiptCard.index; visible: receiptCard.canRetry; text: qsTr("Try again now"); onClicked: root.staff.receipts.retry(receiptCard.jobId) }
                            StaffButton { objectName: "receiptDismiss_" + receiptCard.index; kind: "secondary"; text: qsTr("Remove from the list"); onClicked: root.staff.receipts.askDismiss(receiptCard.jobId) }
                        }
                    }
                }
            }
        }
        Text {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            visible: list.count === 0 && root.staff.receipts.problemCount === 0
            text: qsTr("Nothing needs attention. Every payment is settled and every receipt went out.")
            font.family: Theme.font
            font.pixelSize: Theme.body + 4
            color: Theme.muted
        }
    }
}
