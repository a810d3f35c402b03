import QtQuick
import ".."

// Base of every screen: fades in when shown, and takes no input while hidden.
Rectangle {
    id: root
    property bool shown: false
    property bool portrait: true
    color: Theme.cream
    visible: opacity > 0
    opacity: shown ? 1 : 0
    enabled: shown
    Behavior on opacity { NumberAnimation { duration: Theme.fast } }
}
