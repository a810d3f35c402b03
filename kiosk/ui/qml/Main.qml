import QtQuick
import QtQuick.Window
import "."
import "screens"
import "../staff/qml" as Staff
import "components"

// The kiosk window. Screens are stacked and faded in by `app.screen`; overlays (idle,
// simulated reader) sit above. Nothing here decides anything: it binds to view-models.
Window {
    id: window
    objectName: "kioskWindow"
    width: 1080
    height: 1920
    visible: false  // KioskView.show() decides: windowed or full screen
    color: Theme.cream
    title: app.storeName

    readonly property bool portrait: height >= width

    Item {
        id: stage
        anchors.fill: parent

        AttractScreen {
            objectName: "attractScreen"
            anchors.fill: parent
            portrait: window.portrait
            shown: app.screen === "attract"
        }
        OrderTypeScreen {
            objectName: "orderTypeScreen"
            anchors.fill: parent
            portrait: window.portrait
            shown: app.screen === "orderType"
        }
        MenuScreen {
            objectName: "menuScreen"
            anchors.fill: parent
            portrait: window.portrait
            shown: app.screen === "menu" || app.screen === "product"
        }
        ProductScreen {
            objectName: "productScreen"
            anchors.fill: parent
            portrait: window.portrait
            shown: app.screen === "product"
        }
        CartScreen {
            objectName: "cartScreen"
            anchors.fill: parent
            portrait: window.portrait
            shown: app.screen === "cart"
        }
        PaymentScreen {
            objectName: "paymentScreen"
            anchors.fill: parent
            portrait: window.portrait
            shown: app.screen === "payment"
        }
        ConfirmationScreen {
            objectName: "confirmationScreen"
            anchors.fill: parent
            portrait: window.portrait
            shown: app.screen === "confirmation"
        }
        OutOfOrderScreen {
            objectName: "outOfOrderScreen"
            anchors.fill: parent
            portrait: window.portrait
            shown: app.screen === "outOfOrder"
        }
    }

    // the language in its own name, top right on every customer screen (the menu has it in
    // its header, next to "Start over")
    LanguageButton {
        objectName: "languageButton"
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: 28
        dark: app.screen === "attract" || app.screen === "outOfOrder"
        visible: app.mode === "customer" && app.screen !== "menu"
    }

    // the table-number keypad and the note keyboard (cart view-model state), one for all screens
    EntryOverlay {
        anchors.fill: parent
        portrait: window.portrait
    }

    AllergenFilter {
        objectName: "allergenFilter"
        anchors.fill: parent
        portrait: window.portrait
    }

    LanguagePicker {
        objectName: "languagePicker"
        anchors.fill: parent
    }

    DemoReaderPanel {
        objectName: "demoReaderPanel"
        portrait: window.portrait
        visible: app.demo && app.screen === "payment" && app.demoReader.available
    }

    IdleOverlay {
        objectName: "idleOverlay"
        anchors.fill: parent
        portrait: window.portrait
        shown: app.idleVisible
    }

    // Staff mode (kiosk/ui/staff): its hidden entry, and its own screens above the customer's.
    Staff.StaffEntry {
        anchors.fill: parent
        visible: app.staff !== null && app.mode === "customer"
    }
    Loader {
        objectName: "staffLoader"
        anchors.fill: parent
        active: app.mode === "staff"
        sourceComponent: Component {
            Staff.StaffMode { portrait: window.portrait }
        }
    }
}
