import QtQuick
import ".."

// Base of every screen: fades in when shown, and takes no input while hidden.
// A screen that leaves goes at once and only the arriving one fades in (over the window's
// plain background), so two screens never show through each other (issue 14, defect 7).
Rectangle {
    id: root
    property bool shown: false
    property bool portrait: true
    color: Theme.cream
    visible: shown && opacity > 0
    opacity: shown ? 1 : 0
    enabled: shown
    Behavior on opacity { NumberAnimation { duration: Theme.calm; easing.type: Easing.OutCubic } }
}
