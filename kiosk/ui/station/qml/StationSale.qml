import QtQuick
import "../../qml"

// The sale: finding products on the left (search, menu tiles), the cart on the right.
FocusScope {
    id: root
    readonly property real gap: 18
    readonly property real rightWidth: Math.max(630, width * 0.42)
    Component.onCompleted: find.search.input.forceActiveFocus()

    Shortcut { sequence: "F1"; onActivated: find.search.input.forceActiveFocus() }
    Shortcut { sequence: "Ctrl+PgDown"; onActivated: station.grid.stepCategory(1) }
    Shortcut { sequence: "Ctrl+PgUp"; onActivated: station.grid.stepCategory(-1) }
    Shortcut { sequence: "Ctrl+Q"; onActivated: station.sale.openQuantity() }
    Shortcut { sequence: "Ctrl+E"; onActivated: station.sale.setOrderType(station.sale.orderType === "eat_in" ? "" : "eat_in") }
    Shortcut { sequence: "Ctrl+T"; onActivated: station.sale.setOrderType(station.sale.orderType === "take_away" ? "" : "take_away") }
    Shortcut { sequence: "Ctrl+N"; onActivated: cart.note.input.forceActiveFocus() }
    Shortcut { sequence: "Ctrl+Shift+Del"; onActivated: station.sale.clearSale() }

    StationFind {
        id: find
        width: root.width - root.rightWidth - root.gap
        height: root.height
    }
    StationCart {
        id: cart
        x: find.width + root.gap
        width: root.rightWidth
        height: root.height
    }
    StationQuantity {
        x: cart.x
        width: cart.width
        height: cart.height
        onVisibleChanged: if (!visible) find.search.input.forceActiveFocus()
    }
}
