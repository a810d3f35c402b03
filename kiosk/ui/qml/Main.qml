import QtQuick
import QtQuick.Window
import "."
import "components"

// The kiosk window. Screens are stacked and faded in by `app.screen`; overlays (idle,
// simulated reader) sit above. Nothing here decides anything: it binds to view-models.
//
// Accessibility mode (`app.accessibility`): the Theme turns high contrast, and every screen
// and overlay is laid into `reachZone`, the lower part of the window (EN 301 549: 380-1220 mm
// above the floor; portrait the lower half, landscape the lower three quarters, for the
// mounting in the README's design notes); above it only the header, a picture and the caption.
// Keys (keyboard or USB keypad) are handled here once: KioskKeys.js.
Window {
    id: window
    objectName: "kioskWindow"
    width: 1080
    height: 1920
    visible: false  // KioskView.show() decides: windowed or full screen
    // set by KioskView before it shows a full-screen window (the flags are set here so that
    // Python never names an enum of Qt's namespace before the first frame: kiosk/ui/event_loop.py)
    property bool frameless: false
    flags: frameless ? (Qt.Window | Qt.FramelessWindowHint) : Qt.Window
    color: Theme.cream
    title: app.storeName

    readonly property bool portrait: height >= width
    readonly property bool a11y: app.accessibility.enabled
    readonly property bool customer: app.mode === "customer"
    readonly property real zoneTop: !a11y ? 0 : portrait ? height / 2 : height / 4
    // the menu, product and cart reflow into a short portrait zone; the screens built of
    // fixed-height blocks (order type, payment, confirmation) take their landscape layout there
    readonly property bool layoutPortrait: portrait
    readonly property bool stagePortrait: fitStage.height >= fitStage.width
    property bool keyboardUsed: false
    // The first frame builds only the screen and overlays in use; every other one is built
    // when it is first wanted or when KioskView.load_screens() sets this (after that frame).
    property bool allScreens: false

    Binding { target: Theme; property: "accessible"; value: window.a11y }

    onActiveFocusItemChanged: {
        if (window.a11y && activeFocusItem && activeFocusItem !== root)
            app.accessibility.focused(activeFocusItem.Accessible.name)
    }
    Connections {
        target: app
        function onScreenChanged() {
            if (app.screen === "attract")
                window.keyboardUsed = false
            if (window.keyboardUsed || window.a11y)
                window.focusSoon()
        }
    }
    // an overlay that opens takes the focus, and gives it back to the screen when it closes
    readonly property string topLayer: app.language.pickerOpen ? "picker"
        : app.idleVisible ? "idle" : app.cart.entry !== "" ? "entry"
        : app.menu.filterOpen ? "filter" : app.cart.confirmingStartOver ? "startOver" : ""
    onTopLayerChanged: if (window.keyboardUsed || window.a11y) window.focusSoon()
    // the arriving screen takes focus once its fade-in has made it visible
    Timer { id: focusLater; interval: Theme.calm + 20; onTriggered: keys.focusFirst() }
    function focusSoon() {
        root.forceActiveFocus()  // now: nothing behind an overlay or on the last screen keeps it
        focusLater.restart()
    }

    KioskKeys { id: keys; root: root; window: window }

    FocusScope {
        id: root
        objectName: "kioskRoot"
        anchors.fill: parent
        focus: true
        Keys.onPressed: (event) => keys.pressed(event)

        // above the reach zone, in accessibility mode only: built when that is first turned on
        ScreenLoader {
            width: parent.width
            height: window.zoneTop
            visible: window.a11y
            file: Qt.resolvedUrl("components/AccessibilityHeader.qml")
            wanted: window.allScreens || window.a11y
            properties: ({ portrait: window.portrait })
        }

        Item {
            id: zone
            objectName: "reachZone"
            y: window.zoneTop
            width: parent.width
            height: parent.height - y

            Item {
                id: stage
                anchors.top: parent.top
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: bar.visible ? bar.top : parent.bottom

                ScreenLoader {
                    anchors.fill: parent
                    file: Qt.resolvedUrl("screens/AttractScreen.qml")
                    wanted: window.allScreens || properties.shown
                    properties: ({
                        objectName: "attractScreen",
                        portrait: window.layoutPortrait,
                        shown: app.screen === "attract"
                    })
                }
                ScreenLoader {
                    anchors.fill: parent
                    file: Qt.resolvedUrl("screens/MenuScreen.qml")
                    wanted: window.allScreens || properties.shown
                    properties: ({
                        objectName: "menuScreen",
                        portrait: window.layoutPortrait,
                        shown: app.screen === "menu" || app.screen === "product",
                        covered: app.screen === "product"
                    })
                }
                ScreenLoader {
                    anchors.fill: parent
                    file: Qt.resolvedUrl("screens/ProductScreen.qml")
                    wanted: window.allScreens || properties.shown
                    properties: ({
                        objectName: "productScreen",
                        portrait: window.layoutPortrait,
                        shown: app.screen === "product"
                    })
                }
                ScreenLoader {
                    anchors.fill: parent
                    file: Qt.resolvedUrl("screens/CartScreen.qml")
                    wanted: window.allScreens || properties.shown
                    properties: ({
                        objectName: "cartScreen",
                        portrait: window.layoutPortrait,
                        shown: app.screen === "cart"
                    })
                }
                // Built of fixed-height blocks, these three keep their landscape layout in the
                // short reach zone: laid out 1000 (landscape 860) high, then shrunk to fit.
                Item {
                    id: fitStage
                    readonly property real fit: Math.min(1, stage.height / (window.portrait ? 1000 : 860))
                    width: stage.width / fit
                    height: stage.height / fit
                    scale: fit
                    transformOrigin: Item.TopLeft

                    ScreenLoader {
                        anchors.fill: parent
                        file: Qt.resolvedUrl("screens/OrderTypeScreen.qml")
                        wanted: window.allScreens || properties.shown
                        properties: ({
                            objectName: "orderTypeScreen",
                            portrait: window.stagePortrait,
                            shown: app.screen === "orderType"
                        })
                    }
                    ScreenLoader {
                        anchors.fill: parent
                        file: Qt.resolvedUrl("screens/PaymentScreen.qml")
                        wanted: window.allScreens || properties.shown
                        properties: ({
                            objectName: "paymentScreen",
                            portrait: window.stagePortrait,
                            shown: app.screen === "payment"
                        })
                    }
                    ScreenLoader {
                        anchors.fill: parent
                        file: Qt.resolvedUrl("screens/ConfirmationScreen.qml")
                        wanted: window.allScreens || properties.shown
                        properties: ({
                            objectName: "confirmationScreen",
                            portrait: window.stagePortrait,
                            shown: app.screen === "confirmation"
                        })
                    }
                }
                ScreenLoader {
                    anchors.fill: parent
                    file: Qt.resolvedUrl("screens/OutOfOrderScreen.qml")
                    wanted: window.allScreens || properties.shown
                    properties: ({
                        objectName: "outOfOrderScreen",
                        portrait: window.layoutPortrait,
                        shown: app.screen === "outOfOrder"
                    })
                }
            }

            // the language in its own name, top right on every customer screen (the menu has
            // it in its header, next to "Start over")
            LanguageButton {
                objectName: "languageButton"
                anchors.top: stage.top
                anchors.right: stage.right
                anchors.margins: 28
                dark: app.screen === "attract" || app.screen === "outOfOrder"
                visible: window.customer && app.screen !== "menu"
            }

            // the accessibility switch and voice controls, in the lower band of every
            // customer screen (within reach from a wheelchair)
            AccessibilityBar {
                id: bar
                objectName: "accessibilityBar"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                dark: app.screen === "attract"
                visible: window.customer && app.screen !== "outOfOrder"
            }

            // the stand-in card reader (demo mode, on the payment screen); its height is its own
            ScreenLoader {
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: 32
                anchors.bottomMargin: (bar.visible ? bar.height : 0) + 16  // the band stays usable
                width: window.stagePortrait ? parent.width - 64 : 500
                visible: app.demo && app.screen === "payment" && app.demoReader.available
                file: Qt.resolvedUrl("screens/DemoReaderPanel.qml")
                wanted: window.allScreens || visible
                properties: ({ objectName: "demoReaderPanel", portrait: window.stagePortrait })
            }

            // The overlays' panels are built for a whole screen: in the shorter reach zone
            // they are laid out in a taller box and shrunk to fit (never enlarged).
            Item {
                id: overlayBox
                readonly property real fit: Math.min(1, zone.height / (window.portrait ? 1250 : 1050))
                width: zone.width / fit
                height: zone.height / fit
                scale: fit
                transformOrigin: Item.TopLeft

                // the table-number keypad and the note keyboard (cart view-model state), one for all
                ScreenLoader {
                    anchors.fill: parent
                    file: Qt.resolvedUrl("components/EntryOverlay.qml")
                    wanted: window.allScreens || app.cart.entry !== ""
                    properties: ({
                        objectName: "entryOverlay",
                        portrait: window.layoutPortrait
                    })
                }
                ScreenLoader {
                    anchors.fill: parent
                    file: Qt.resolvedUrl("components/AllergenFilter.qml")
                    wanted: window.allScreens || app.menu.filterOpen
                    properties: ({
                        objectName: "allergenFilter",
                        portrait: window.layoutPortrait
                    })
                }
                ScreenLoader {
                    anchors.fill: parent
                    file: Qt.resolvedUrl("components/LanguagePicker.qml")
                    wanted: window.allScreens || app.language.pickerOpen
                    properties: ({
                        objectName: "languagePicker"
                    })
                }
                ScreenLoader {
                    anchors.fill: parent
                    file: Qt.resolvedUrl("screens/IdleOverlay.qml")
                    wanted: window.allScreens || properties.shown
                    properties: ({
                        objectName: "idleOverlay",
                        portrait: window.layoutPortrait,
                        shown: app.idleVisible
                    })
                }
            }
        }

        // Staff mode (kiosk/ui/staff): its hidden entry, and its own screens above the customer's.
        // The hidden ways in take no part in the first frame (nobody touches a window before
        // it is drawn): built with the other screens, after it.
        Loader {
            anchors.fill: parent
            visible: app.staff !== null && app.mode === "customer"
            active: window.allScreens
            source: "../staff/qml/StaffEntry.qml"
        }
        // From its own file, by URL: naming the type here would load StaffMode.qml and every
        // staff screen it uses with this file, for the first frame.
        Loader {
            id: staffLoader
            objectName: "staffLoader"
            anchors.fill: parent
            active: app.mode === "staff"
            source: "../staff/qml/StaffMode.qml"
            Binding {
                target: staffLoader.item
                property: "portrait"
                value: window.portrait
                when: staffLoader.item !== null
            }
        }
    }
}
