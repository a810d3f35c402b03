import QtQuick
import QtQuick.Shapes
import ".."
import "../components"

// Ordered: a big order number, what was ordered (lines, total, eat in / take away, table),
// then the receipt choice (print, email, QR, none), the email keyboard, or the QR receipt.
// Calm words only: a print that did not go out shows the QR receipt, never an error. A visible
// countdown leads back to the start; it waits while a receipt choice is open (issue 14,
// defect 9). A pay-at-counter order says where to pay instead of "on its way".
KioskScreen {
    id: root
    readonly property var vm: app.receipt
    readonly property var cvm: app.confirmation
    readonly property string rs: vm.state
    readonly property bool typing: rs === "email"
    readonly property bool busy: rs === "printing" || rs === "sending"
    readonly property int optionCount: (vm.offersPrint ? 1 : 0) + (vm.offersEmail ? 1 : 0) + (vm.offersQr ? 1 : 0)
    readonly property int margin: root.portrait ? 72 : 64
    readonly property real leftWidth: root.portrait ? width - 2 * margin : width / 2 - margin - 40

    Column {
        id: thanks
        objectName: "confirmationThanks"
        width: root.leftWidth
        x: root.margin
        y: root.portrait ? 132 : 48  // portrait: below the language button
        spacing: root.portrait ? 18 : 14
        visible: !(root.portrait && root.typing)

        Row {
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: 28
            Rectangle {
                id: check
                anchors.verticalCenter: parent.verticalCenter
                width: 112; height: 112; radius: 56
                color: root.cvm.payAtCounter ? Theme.primary : Theme.success
                Shape {
                    anchors.fill: parent
                    preferredRendererType: Shape.CurveRenderer
                    ShapePath {
                        strokeColor: "white"; strokeWidth: 11; fillColor: "transparent"
                        capStyle: ShapePath.RoundCap; joinStyle: ShapePath.RoundJoin
                        startX: 31; startY: 58
                        PathLine { x: 49; y: 76 }
                        PathLine { x: 83; y: 39 }
                    }
                }
            }
            Text {
                objectName: "confirmationHeadline"
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, thanks.width - check.width - 28)
                text: root.cvm.headline
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                font.family: Theme.font
                font.pixelSize: root.cvm.payAtCounter ? Theme.title + 8 : Theme.headline
                font.weight: Font.ExtraBold
                color: Theme.ink
            }
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
            width: Math.max(340, number.implicitWidth + 100)
            height: number.implicitHeight + 16
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
                font.pixelSize: Theme.huge - 40
                font.weight: Font.ExtraBold
                color: Theme.primary
            }
        }
        Text {
            textFormat: Text.PlainText
            objectName: "confirmationMessage"
            width: parent.width
            text: root.cvm.message
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.font
            font.pixelSize: Theme.body + 2
            font.weight: root.cvm.payAtCounter ? Font.DemiBold : Font.Normal
            color: root.cvm.payAtCounter ? Theme.ink : Theme.inkSoft
        }
    }

    // What was ordered: lines scroll inside the card when there are many.
    Rectangle {
        id: summary
        objectName: "confirmationSummary"
        visible: root.cvm.lineCount > 0 && !(root.portrait && root.typing)
        x: root.margin
        y: thanks.y + thanks.height + (root.portrait ? 28 : 24)
        width: root.leftWidth
        // as tall as the order, at most the room left (then the lines scroll)
        readonly property real natural: summaryLines.y + summaryLines.contentHeight + 8 + totalRow.height + 14
        readonly property real room: root.portrait ? countdown.y - panel.height - 72 - y
                                                   : root.height - y - root.margin
        height: Math.max(Math.min(natural, room), Math.min(natural, 260))
        radius: Theme.radius
        color: Theme.surface
        border.width: 1
        border.color: Theme.line

        Column {
            id: summaryHead
            x: 28; y: 20
            width: parent.width - 56
            spacing: 4
            Item {
                width: parent.width
                height: Math.max(yourOrder.implicitHeight, countText.implicitHeight)
                Text {
                    id: yourOrder
                    text: qsTr("Your order")
                    textFormat: Text.PlainText
                    font.family: Theme.font
                    font.pixelSize: Theme.body + 4
                    font.weight: Font.Bold
                    color: Theme.ink
                }
                Text {
                    id: countText
                    anchors.right: parent.right
                    anchors.baseline: yourOrder.baseline
                    text: root.cvm.countText
                    textFormat: Text.PlainText
                    font.family: Theme.font
                    font.pixelSize: Theme.small
                    color: Theme.inkSoft
                }
            }
            Text {
                objectName: "confirmationOrderType"
                width: parent.width
                visible: text !== ""
                text: root.cvm.orderTypeText
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                font.family: Theme.font
                font.pixelSize: Theme.small
                font.weight: Font.DemiBold
                color: Theme.primary
            }
        }

        ListView {
            id: summaryLines
            objectName: "confirmationLines"
            x: 28
            anchors.top: summaryHead.bottom
            anchors.topMargin: 10
            anchors.bottom: totalRow.top
            anchors.bottomMargin: 8
            width: parent.width - 56
            clip: true
            model: root.cvm.lines
            boundsBehavior: Flickable.StopAtBounds
            delegate: Item {
                id: summaryLine
                required property int index
                required property string name
                required property string options
                required property int quantity
                required property string total
                required property string note
                objectName: "confirmationLine_" + index
                width: ListView.view.width
                height: lineInfo.implicitHeight + 16
                Rectangle {
                    visible: summaryLine.index > 0
                    width: parent.width; height: 1
                    color: Theme.line
                }
                Text {
                    id: qty
                    y: 8
                    width: 64
                    text: summaryLine.quantity + " ×"
                    textFormat: Text.PlainText
                    font.family: Theme.font
                    font.pixelSize: Theme.body
                    font.weight: Font.Bold
                    color: Theme.ink
                }
                Column {
                    id: lineInfo
                    y: 8
                    anchors.left: qty.right
                    anchors.right: lineTotal.left
                    anchors.rightMargin: 16
                    spacing: 2
                    Text {
                        width: parent.width
                        text: summaryLine.name
                        textFormat: Text.PlainText
                        wrapMode: Text.WordWrap
                        font.family: Theme.font
                        font.pixelSize: Theme.body
                        font.weight: Font.DemiBold
                        color: Theme.ink
                    }
                    Text {
                        width: parent.width
                        visible: summaryLine.options !== ""
                        text: summaryLine.options
                        textFormat: Text.PlainText
                        wrapMode: Text.WordWrap
                        font.family: Theme.font
                        font.pixelSize: Theme.small
                        color: Theme.inkSoft
                    }
                    Text {
                        width: parent.width
                        visible: summaryLine.note !== ""
                        text: "“" + summaryLine.note + "”"
                        textFormat: Text.PlainText
                        wrapMode: Text.WordWrap
                        font.family: Theme.font
                        font.pixelSize: Theme.small
                        font.italic: true
                        color: Theme.inkSoft
                    }
                }
                Text {
                    id: lineTotal
                    y: 8
                    anchors.right: parent.right
                    text: summaryLine.total
                    textFormat: Text.PlainText
                    font.family: Theme.font
                    font.pixelSize: Theme.body
                    color: Theme.ink
                }
            }
        }
        // More lines below: a soft fade and an arrow say the list scrolls.
        Rectangle {
            objectName: "confirmationMoreCue"
            visible: !summaryLines.atYEnd && summaryLines.contentHeight > summaryLines.height
            x: summaryLines.x
            width: summaryLines.width
            height: 56
            anchors.bottom: summaryLines.bottom
            gradient: Gradient {
                GradientStop { position: 0.0; color: "#00FFFFFF" }
                GradientStop { position: 1.0; color: Theme.surface }
            }
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.bottom: parent.bottom
                text: qsTr("More below")
                textFormat: Text.PlainText
                font.family: Theme.font
                font.pixelSize: Theme.small
                font.weight: Font.DemiBold
                color: Theme.primary
            }
        }
        Rectangle {
            id: totalRow
            x: 28
            width: parent.width - 56
            height: totalText.implicitHeight + 24
            anchors.bottom: parent.bottom
            anchors.bottomMargin: 14
            color: "transparent"
            Rectangle { width: parent.width; height: 2; color: Theme.line }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                anchors.verticalCenterOffset: 4
                text: root.cvm.payAtCounter ? qsTr("To pay at the counter") : qsTr("Total")
                textFormat: Text.PlainText
                font.family: Theme.font
                font.pixelSize: Theme.body + 4
                font.weight: Font.ExtraBold
                color: Theme.ink
            }
            Text {
                id: totalText
                objectName: "confirmationTotal"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.verticalCenterOffset: 4
                text: root.cvm.total
                textFormat: Text.PlainText
                font.family: Theme.font
                font.pixelSize: Theme.body + 4
                font.weight: Font.ExtraBold
                color: Theme.ink
            }
        }
    }

    // Back to the start: seconds left, more time, and Done (in the receipt panel).
    Rectangle {
        id: countdown
        objectName: "confirmationCountdown"
        visible: !root.typing
        width: root.portrait ? root.width - 2 * root.margin : root.width / 2 - root.margin - 40
        height: Theme.touch + 32
        x: root.portrait ? root.margin : root.width / 2 + 40
        y: root.height - height - (root.portrait ? 48 : root.margin)
        radius: height / 2
        color: Theme.surfaceAlt
        Text {
            objectName: "confirmationCountdownText"
            anchors.left: parent.left
            anchors.leftMargin: 40
            anchors.right: moreTime.left
            anchors.rightMargin: 16
            anchors.verticalCenter: parent.verticalCenter
            height: parent.height - 16
            verticalAlignment: Text.AlignVCenter
            text: root.cvm.countdownText
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            // a longer language in the narrow pill (accessibility mode's larger type) shrinks
            fontSizeMode: Text.Fit
            minimumPixelSize: 16
            elide: Text.ElideRight
            font.family: Theme.font
            font.pixelSize: Theme.body
            font.weight: Font.DemiBold
            color: Theme.ink
        }
        KButton {
            id: moreTime
            objectName: "confirmationMoreTimeButton"
            anchors.right: parent.right
            anchors.rightMargin: 16
            anchors.verticalCenter: parent.verticalCenter
            kind: "secondary"
            text: qsTr("More time")
            visible: !root.cvm.paused
            enabled: root.cvm.canHaveMoreTime
            onClicked: root.cvm.moreTime()
        }
    }

    Column {
        id: panel
        objectName: "receiptPanel"
        width: root.portrait ? parent.width - 2 * root.margin : parent.width / 2 - root.margin - 40
        x: root.portrait ? root.margin : parent.width / 2 + 40
        // Portrait, the keyboard sits low, where every customer can reach it; otherwise the
        // panel sits just above the countdown.
        y: root.typing ? (root.portrait ? parent.height - height - 140 : Math.max(48, (parent.height - height) / 2))
                       : root.portrait ? (summary.visible ? summary.y + summary.height + 48
                                                          : countdown.y - height - 36)
                                       : Math.max(48, (countdown.y - height) / 2)
        spacing: root.typing ? 20 : 28

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
