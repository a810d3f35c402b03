import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

// Pay on the reader. Waiting: amount, illustration, one instruction. Declined or a problem:
// plain words, "Try again" when it can work, and always a calm "Cancel".
KioskScreen {
    id: root
    readonly property var vm: app.payment
    readonly property bool trouble: vm.state === "declined" || vm.state === "problem"
    readonly property bool busy: vm.state === "starting" || vm.state === "authorising" || vm.state === "canceling" || vm.state === "paid"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: root.portrait ? 64 : 56
        anchors.bottomMargin: app.demo ? (root.portrait ? 420 : 56) : 64
        anchors.rightMargin: app.demo && !root.portrait ? 560 : (root.portrait ? 64 : 56)
        spacing: root.portrait ? 36 : 20

        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.topMargin: root.portrait ? 60 : 0
            text: qsTr("Amount to pay")
            horizontalAlignment: Text.AlignHCenter
            font.family: Theme.font
            font.pixelSize: Theme.body + 4
            color: Theme.inkSoft
        }
        Text {
            textFormat: Text.PlainText
            objectName: "paymentAmount"
            Layout.fillWidth: true
            text: root.vm.amount
            horizontalAlignment: Text.AlignHCenter
            font.family: Theme.font
            font.pixelSize: root.portrait ? 120 : 100
            font.weight: Font.ExtraBold
            color: Theme.ink
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ReaderIllustration {
                anchors.centerIn: parent
                width: Math.min(parent.width, parent.height, 560)
                height: width
                visible: !root.trouble && root.vm.state !== "starting"
                animate: root.vm.state === "waiting"
                opacity: root.vm.state === "authorising" ? 0.35 : 1
            }
            Spinner {
                anchors.centerIn: parent
                size: 160
                visible: root.busy
            }
            Rectangle { // trouble mark
                anchors.centerIn: parent
                visible: root.trouble
                width: 220; height: 220; radius: 110
                color: Theme.primarySoft
                Text {
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    text: "!"
                    font.family: Theme.font
                    font.pixelSize: 140
                    font.weight: Font.ExtraBold
                    color: Theme.primary
                }
            }
        }

        Text {
            textFormat: Text.PlainText
            objectName: "paymentInstruction"
            Layout.fillWidth: true
            text: root.trouble ? (root.vm.state === "declined" ? qsTr("Payment declined") : qsTr("Payment not completed"))
                : root.vm.state === "canceling" ? qsTr("Cancelling…")
                : root.vm.statusText
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.font
            font.pixelSize: root.portrait ? 52 : 46
            font.weight: Font.ExtraBold
            color: Theme.ink
        }
        Text {
            textFormat: Text.PlainText
            objectName: "paymentMessage"
            Layout.fillWidth: true
            visible: text !== ""
            text: root.trouble ? root.vm.message
                : root.vm.state === "waiting" ? qsTr("Contactless, chip or swipe: all cards and phones welcome.")
                : ""
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.font
            font.pixelSize: Theme.body + 2
            color: Theme.inkSoft
        }

        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: 12
            spacing: 32
            KButton {
                objectName: "paymentCancelButton"
                Layout.preferredWidth: 360
                kind: "secondary"
                text: qsTr("Cancel")
                visible: root.vm.canCancel
                onClicked: root.vm.cancel()
            }
            KButton {
                objectName: "paymentRetryButton"
                Layout.preferredWidth: 400
                text: qsTr("Try again")
                visible: root.trouble && root.vm.canRetry
                onClicked: root.vm.retry()
            }
        }
    }
}
