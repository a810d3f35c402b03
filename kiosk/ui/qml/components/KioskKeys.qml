import QtQuick

// Keyboard and USB keypad operation of the customer journey, in one place (Main.qml).
//   Tab / Right / Down     next control        Shift+Tab / Left / Up   previous control
//   Enter / Return / Space press the focused control (the attract screen: start)
//   Escape / Backspace     back (close an overlay, leave a screen, cancel a payment)
//   F1 or keypad *         accessibility mode on/off
//   keypad + / -           louder / quieter    keypad / or F2          repeat
//   digits, letters        type into the table-number keypad or the note when open (Enter
//                          confirms there; Space presses the focused on-screen key)
// Focus moves only within the top layer (an open overlay, else the screen and its band).
QtObject {
    id: keys
    property Item root
    property Window window

    function pressed(event) {
        if (app.mode !== "customer")
            return
        const k = event.key
        const a11y = app.accessibility
        event.accepted = true
        if (k === Qt.Key_F1 || k === Qt.Key_Asterisk) {
            a11y.toggle()
            return
        }
        if (!window.keyboardUsed && !a11y.enabled)
            a11y.offer()  // the first key with the mode off: how to turn it on, spoken
        window.keyboardUsed = true
        if (app.cart.entry !== "" && typing(event))
            return
        if (k === Qt.Key_Plus) a11y.louder()
        else if (k === Qt.Key_Minus) a11y.quieter()
        else if (k === Qt.Key_Slash || k === Qt.Key_F2) a11y.repeat()
        else if (k === Qt.Key_Tab || k === Qt.Key_Right || k === Qt.Key_Down) move(true)
        else if (k === Qt.Key_Backtab || k === Qt.Key_Left || k === Qt.Key_Up) move(false)
        else if (k === Qt.Key_Escape || k === Qt.Key_Backspace) back()
        else if (k === Qt.Key_Return || k === Qt.Key_Enter || k === Qt.Key_Space) enter()
        else event.accepted = false
    }

    // the table number and the note take typed keys while their overlay is open
    function typing(event) {
        const cart = app.cart
        if (event.key === Qt.Key_Backspace) { cart.backspace(); return true }
        if (event.key === Qt.Key_Escape) { cart.cancelEntry(); return true }
        if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            // here only when no focused button took it: the keys leave Enter to confirm
            if (cart.canSaveEntry) cart.saveEntry()
            return true
        }
        const text = event.text
        if (text.length === 1 && (cart.entry !== "table" || (text >= "0" && text <= "9"))) {
            cart.type(text)
            return true
        }
        return false
    }

    function enter() {
        if (app.screen === "attract" && !app.language.pickerOpen) {
            app.begin()
            return
        }
        if (app.idleVisible) {
            app.stillHere()
            return
        }
        focusFirst()
    }

    function back() {
        if (app.language.pickerOpen) app.language.closePicker()
        else if (app.idleVisible) app.stillHere()
        else if (app.menu.filterOpen) app.menu.closeFilter()
        else if (app.cart.confirmingStartOver) app.cart.keepOrder()
        else if (app.staffAskVisible) app.cancelStaff()
        else if (app.screen === "product" || app.screen === "cart") app.backToMenu()
        else if (app.screen === "orderType") app.restart()
        else if (app.screen === "payment" && app.payment.canCancel) app.payment.cancel()
        else return
        window.focusSoon()
    }

    // what takes focus now: the open overlay, else the whole reach zone (screen and band)
    function layer() {
        const names = app.language.pickerOpen ? "languagePicker"
            : app.idleVisible ? "idleOverlay"
            : app.cart.entry !== "" ? "entryOverlay"
            : app.menu.filterOpen ? "allergenFilter"
            : app.cart.confirmingStartOver ? "startOverOverlay"
            : ""
        return names === "" ? root : find(root, names) || root
    }

    function find(item, name) {
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = find(item.children[i], name)
            if (found)
                return found
        }
        return null
    }

    function inside(item, ancestor) {
        for (let p = item; p; p = p.parent)
            if (p === ancestor)
                return true
        return false
    }

    function move(forward) {
        const top = layer()
        let current = window.activeFocusItem && window.activeFocusItem !== root ? window.activeFocusItem : null
        let next = current ? current.nextItemInFocusChain(forward) : null
        for (let i = 0; i < 400 && next; ++i) {
            if (next !== root && next.visible && next.enabled && inside(next, top))
                break
            next = next.nextItemInFocusChain(forward)
        }
        if (!next || !inside(next, top) || next === root)
            next = firstIn(top, forward)
        if (next) {
            next.forceActiveFocus(Qt.TabFocusReason)
            reveal(next)
        }
    }

    // scroll every list or pane around the focused control so that it shows
    function reveal(item) {
        for (let p = item.parent; p; p = p.parent) {
            if (p.contentY === undefined || p.contentHeight === undefined || !p.contentItem)
                continue
            const at = item.mapToItem(p.contentItem, 0, 0)
            const margin = 24
            let y = p.contentY
            if (at.y - margin < y)
                y = at.y - margin
            else if (at.y + item.height + margin > y + p.height)
                y = at.y + item.height + margin - p.height
            const top = p.originY || 0
            p.contentY = Math.max(top, Math.min(y, top + Math.max(0, p.contentHeight - p.height)))
        }
    }

    function firstIn(top, forward) {
        let next = root.nextItemInFocusChain(forward)
        for (let i = 0; i < 400 && next && next !== root; ++i) {
            if (next.visible && next.enabled && inside(next, top))
                return next
            next = next.nextItemInFocusChain(forward)
        }
        return null
    }

    function focusFirst() {
        const first = firstIn(layer(), true)
        if (first) {
            first.forceActiveFocus(Qt.TabFocusReason)
            reveal(first)
        }
        else
            root.forceActiveFocus()
    }
}
