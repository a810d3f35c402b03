import QtQuick
import QtQuick.Window
import "../../qml"

// The checkout station: one window, a top bar, one screen at a time (station.screen).
Window {
    id: win
    width: 1920
    height: 1080
    visible: false
    color: Theme.cream
    title: qsTr("Checkout station")

    readonly property string screen: station.screen
    readonly property bool signedIn: station.userName !== ""
    readonly property real pad: width >= 1700 ? 28 : 18

    Rectangle {
        id: bar
        width: parent.width
        height: 64
        color: Theme.espresso
        Text {
            textFormat: Text.PlainText
            id: who
            x: win.pad
            anchors.verticalCenter: parent.verticalCenter
            text: win.signedIn ? qsTr("Checkout station · %1").arg(station.userName)
                               : qsTr("Checkout station")
            font.family: Theme.font
            font.pixelSize: 22
            font.weight: Font.Bold
            color: "white"
        }
        Rectangle {
            id: banner
            objectName: "message"
            property string text: station.message
            visible: text !== ""
            x: who.x + who.width + 24
            width: Math.max(0, buttons.x - x - 24)
            height: 44
            anchors.verticalCenter: parent.verticalCenter
            radius: 10
            color: station.messageKind === "error" ? Theme.warningBg
                 : station.messageKind === "success" ? "#DDEFE5" : Theme.surfaceAlt
            Text {
                textFormat: Text.PlainText
                objectName: "messageText"
                anchors.fill: parent
                anchors.leftMargin: 16
                anchors.rightMargin: 16
                verticalAlignment: Text.AlignVCenter
                text: banner.text
                // A long word (what to hand back, why the drawer is short) wraps to a second
                // line and shrinks before it is cut.
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                fontSizeMode: Text.Fit
                minimumPixelSize: 13
                elide: Text.ElideRight
                font.family: Theme.font
                font.pixelSize: 19
                font.weight: Font.DemiBold
                color: station.messageKind === "error" ? Theme.warning
                     : station.messageKind === "success" ? Theme.success : Theme.ink
            }
        }
        Row {
            id: buttons
            x: parent.width - width - win.pad
            y: 8
            spacing: 12
            visible: win.signedIn
            SButton {
                objectName: "btnOrders"
                height: 48
                fontSize: 17
                kind: "quiet"
                onDark: true
                visible: station.orders.offered
                text: qsTr("Orders")
                keyHint: "F11"
                onClicked: station.orders.openOrders()
            }
            SButton {
                objectName: "btnCloseTill"
                height: 48
                fontSize: 17
                kind: "quiet"
                onDark: true
                text: qsTr("Close till")
                keyHint: "F10"
                onClicked: station.till.openCloseTill()
            }
            SButton {
                objectName: "btnSwitchUser"
                height: 48
                fontSize: 17
                kind: "quiet"
                onDark: true
                text: qsTr("Switch user")
                keyHint: "F12"
                onClicked: station.till.switchUser()
            }
        }
    }

    Loader {
        id: page
        objectName: "page"
        x: win.pad
        y: bar.height + win.pad
        width: win.width - 2 * win.pad
        height: win.height - y - win.pad
        focus: true
        source: {
            switch (win.screen) {
            case "signIn": return "StationSignIn.qml"
            case "openTill": return "StationOpenTill.qml"
            case "sale": return "StationSale.qml"
            case "customer": return "StationCustomer.qml"
            case "discount": return "StationDiscount.qml"
            case "cash": return "StationCash.qml"
            case "card": return "StationCard.qml"
            case "parked": return "StationParked.qml"
            case "counter": return "StationCounter.qml"
            case "orders": return "StationOrders.qml"
            case "closeTill": return "StationCloseTill.qml"
            case "done": return "StationDone.qml"
            }
            return "StationSignIn.qml"
        }
        onLoaded: item.forceActiveFocus()
    }

    // Keys for every action; each is also on its button.
    Shortcut { sequence: "F12"; enabled: win.signedIn; onActivated: station.till.switchUser() }
    Shortcut { sequence: "F11"; enabled: win.signedIn && station.orders.offered; onActivated: station.orders.openOrders() }
    Shortcut { sequence: "F10"; enabled: win.signedIn; onActivated: station.till.openCloseTill() }
    Shortcut { sequence: "Esc"; onActivated: station.back() }
    Shortcut { sequence: "F2"; enabled: win.screen === "sale"; onActivated: station.customers.openCustomers() }
    Shortcut { sequence: "F3"; enabled: win.screen === "sale"; onActivated: station.discount.openDiscount("line") }
    Shortcut { sequence: "F4"; enabled: win.screen === "sale"; onActivated: station.discount.openDiscount("order") }
    Shortcut { sequence: "F5"; enabled: win.screen === "sale"; onActivated: station.parked.park("") }
    Shortcut { sequence: "F6"; enabled: win.screen === "sale"; onActivated: station.parked.openParked() }
    Shortcut { sequence: "F7"; enabled: win.screen === "sale" && station.counter.offered; onActivated: station.counter.openCounter() }
    Shortcut { sequence: "F8"; enabled: win.screen === "sale"; onActivated: station.pay.openCash() }
    Shortcut { sequence: "F9"; enabled: win.screen === "sale"; onActivated: station.pay.payCard() }
    Shortcut { sequence: "Ctrl+Up"; enabled: win.screen === "sale"; onActivated: station.sale.changeQuantity(1) }
    Shortcut { sequence: "Ctrl+Down"; enabled: win.screen === "sale"; onActivated: station.sale.changeQuantity(-1) }
    Shortcut { sequence: "Ctrl+Del"; enabled: win.screen === "sale"; onActivated: station.sale.removeLine() }
}
