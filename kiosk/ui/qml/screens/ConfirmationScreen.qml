import QtQuick
import QtQuick.Shapes
import ".."
import "../components"

// Paid: a big order number and thanks, then the receipt choice (print, email, QR, none),
// the email keyboard, or the QR receipt. Calm words only: a print that did not go out shows
// the QR receipt, never an error. Back to the start on its own after a while.
KioskScreen {
    id: root
    readonly property var vm: app.receipt
    readonly property string rs: vm.state
    readonly property bool typing: rs === "email"
    readonly property bool busy: rs === "printing" || rs === "sending"
    readonly property int optionCount: (vm.offersPrint ? 1 : 0) + (vm.offersEmail ? 1 : 0) + (vm.offersQr ? 1 : 0)

    Column {
        id: thanks
        objectName: "confirmationThanks"
        width: root.portrait ? parent.width - 160 : parent.width / 2 - 120
        x: root.portrait ? 80 : 80
        y: root.portrait ? 110 : (parent.height - height) / 2
        spacing: 32

        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 180; height: 180; radius: 90
            color: Theme.success
            Shape {
                anchors.fill: parent
                preferredRendererType: Shape.CurveRenderer
                ShapePath {
                    strokeColor: "white"; strokeWidth: 16; fillColor: "transparent"
                    capStyle: ShapePath.RoundCap; joinStyle: ShapePath.RoundJoin
                    startX: 50; startY: 94
                    PathLine { x: 79; y: 123 }
                    PathLine { x: 133; y: 63 }
                }
            }
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: qsTr("Thank you!")
            horizontalAlignment: Text.AlignHCenter
            font.family: Theme.font
            font.pixelSize: Theme.headline + 8
            font.weight: Font.ExtraBold
            color: Theme.ink
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: qsTr("Your order number")
            horizontalAlignment: Text.AlignHCenter
            font.family: Theme.font
            font.pixelSize: Theme.body + 6
            color: Theme.inkSoft
        }
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.max(380, number.implicitWidth + 100)
            height: number.implicitHeight + 30
            radius: Theme.radius * 1.5
            color: Theme.surface
            border.width: 4
            border.color: Theme.primary
            Text {
                textFormat: Text.PlainText
                id: number
                objectName: "confirmationNumber"
                anchors.centerIn: parent
                text: app.confirmationNumber
                font.family: Theme.font
                font.pixelSize: Theme.huge - 20
                font.weight: Font.ExtraBold
                color: Theme.primary
            }
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            visible: root.portrait || !root.typing
            text: qsTr("Your order is on its way. Please wait for your number to be called.")
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.font
            font.pixelSize: Theme.body + 2
            color: Theme.inkSoft
        }
    }

    Column {
        id: panel
        objectName: "receiptPanel"
        width: root.portrait ? parent.width - 160 : parent.width / 2 - 140
        x: root.portrait ? 80 : parent.width / 2 + 60
        // Portrait, the keyboard sits low, where every customer can reach it.
        y: root.portrait ? (root.typing ? parent.height - height - 140 : thanks.y + thanks.height + 72)
                         : Math.max(48, (parent.height - height) / 2)
        spacing: root.typing ? 20 : 32

        Text {
            textFormat: Text.PlainText
            objectName: "receiptTitle"
            width: parent.width
            visible: text !== ""
            text: root.vm.title
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.font
            font.pixelSize: Theme.title
            font.weight: Font.Bold
            color: Theme.ink
        }

        // The choice
        Row {
            id: options
            visible: root.rs === "choosing" && root.optionCount > 0
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: Theme.gap
            readonly property real tileWidth: Math.min(300, (panel.width - 2 * Theme.gap) / Math.max(1, root.optionCount))
            ReceiptOption {
                objectName: "receiptPrintOption"
                visible: root.vm.offersPrint
                width: options.tileWidth
                icon: "print"
                title: qsTr("Print")
                hint: qsTr("A paper receipt")
                suggested: root.vm.defaultChannel === "print"
                onClicked: root.vm.choosePrint()
            }
            ReceiptOption {
                objectName: "receiptEmailOption"
                visible: root.vm.offersEmail
                width: options.tileWidth
                icon: "email"
                title: qsTr("Email")
                hint: qsTr("Sent to your inbox")
                suggested: root.vm.defaultChannel === "email"
                onClicked: root.vm.chooseEmail()
            }
            ReceiptOption {
                objectName: "receiptQrOption"
                visible: root.vm.offersQr
                width: options.tileWidth
                icon: "qr"
                title: qsTr("QR code")
                hint: qsTr("Scan with your phone")
                suggested: root.vm.defaultChannel === "qr"
                onClicked: root.vm.chooseQr()
            }
        }

        Spinner {
            anchors.horizontalCenter: parent.horizontalCenter
            size: 120
            visible: root.busy
        }

        // The email keyboard
        Rectangle {
            objectName: "emailField"
            visible: root.typing
            width: parent.width
            height: 104
            radius: Theme.radiusSmall
            color: Theme.surface
            border.width: 3
            border.color: root.vm.emailHint !== "" ? Theme.warning : Theme.primary
            Text {
                textFormat: Text.PlainText
                objectName: "emailText"
                anchors.fill: parent
                anchors.leftMargin: 28
                anchors.rightMargin: 28
                verticalAlignment: Text.AlignVCenter
                text: root.vm.email !== "" ? root.vm.email : qsTr("name@example.com")
                elide: Text.ElideLeft
                font.family: Theme.font
                font.pixelSize: Theme.title - 4
                font.weight: root.vm.email !== "" ? Font.DemiBold : Font.Normal
                color: root.vm.email !== "" ? Theme.ink : Theme.muted
            }
        }
        Text {
            textFormat: Text.PlainText
            objectName: "emailHint"
            visible: root.typing
            width: parent.width
            text: root.vm.emailHint !== "" ? root.vm.emailHint : root.vm.detail
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            font.family: Theme.font
            font.pixelSize: Theme.small
            font.weight: root.vm.emailHint !== "" ? Font.DemiBold : Font.Normal
            color: root.vm.emailHint !== "" ? Theme.warning : Theme.inkSoft
        }
        EmailKeyboard {
            objectName: "emailKeyboard"
            visible: root.typing
            width: parent.width
            keyHeight: root.portrait ? 96 : 80
            onTyped: (text) => root.vm.typeKey(text)
            onErased: root.vm.backspace()
        }
        Row {
            visible: root.typing
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: Theme.gap
            KButton {
                objectName: "emailBackButton"
                width: (panel.width - Theme.gap) * 0.38
                kind: "secondary"
                text: qsTr("Back")
                onClicked: root.vm.back()
            }
            KButton {
                objectName: "emailSendButton"
                width: (panel.width - Theme.gap) * 0.62
                text: qsTr("Send receipt")
                onClicked: root.vm.sendEmail()
            }
        }

        // The QR receipt
        Rectangle {
            visible: root.rs === "qr"
            anchors.horizontalCenter: parent.horizontalCenter
            width: root.portrait ? 440 : 380
            height: width
            radius: Theme.radiusSmall
            color: "white"
            border.width: 3
            border.color: Theme.line
            Image {
                objectName: "receiptQr"
                anchors.fill: parent
                anchors.margins: 18
                source: root.vm.qrSource
                sourceSize.width: width
                sourceSize.height: height
                fillMode: Image.PreserveAspectFit
                smooth: false
                cache: false
                asynchronous: false
            }
        }

        Text {
            textFormat: Text.PlainText
            objectName: "receiptDetail"
            visible: !root.typing && text !== ""
            width: parent.width
            text: root.vm.detail
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.font
            font.pixelSize: Theme.body + 2
            color: Theme.inkSoft
        }

        Row {
            visible: !root.typing && !root.busy
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: Theme.gap
            KButton {
                objectName: "receiptBackButton"
                visible: root.rs === "qr" && !root.vm.qrFallback
                width: 280
                kind: "secondary"
                text: qsTr("Back")
                onClicked: root.vm.back()
            }
            KButton {
                objectName: "confirmationDoneButton"
                width: root.rs === "choosing" && root.vm.offersAny ? Math.min(panel.width, 520) : 400
                kind: root.rs === "choosing" && root.vm.offersAny ? "secondary" : "primary"
                text: root.rs === "choosing" && root.vm.offersAny ? qsTr("No receipt, thanks") : qsTr("Done")
                onClicked: {
                    root.vm.chooseNone()  // "no receipt" is a choice: the default is not applied
                    app.restart()
                }
            }
        }
    }
}
