import QtQuick
import ".."

// A round button with a drawn glyph: "plus", "minus", "back", "close".
Rectangle {
    id: root
    property int size: Theme.touchSmall + 8
    property string glyph: "plus"
    property bool filled: false
    signal clicked()

    width: size
    height: size
    radius: size / 2
    color: filled ? Theme.primary : (area.pressed ? Theme.latte : (enabled ? Theme.surface : Theme.disabledBg))
    border.width: filled ? 0 : 3
    border.color: enabled ? Theme.primary : Theme.line
    Accessible.role: Accessible.Button
    Accessible.onPressAction: root.clicked()
    activeFocusOnTab: true
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()
    Keys.onSpacePressed: root.clicked()
    FocusRing { baseRadius: root.radius }

    readonly property color ink: filled ? "white" : (enabled ? Theme.primary : Theme.disabledInk)

    Rectangle { // horizontal bar: minus, plus, close
        visible: root.glyph !== "back"
        anchors.centerIn: parent
        width: root.size * 0.38; height: 5; radius: 2.5
        color: root.ink
        rotation: root.glyph === "close" ? 45 : 0
    }
    Rectangle { // vertical bar: plus, close
        visible: root.glyph === "plus" || root.glyph === "close"
        anchors.centerIn: parent
        width: 5; height: root.size * 0.38; radius: 2.5
        color: root.ink
        rotation: root.glyph === "close" ? 45 : 0
    }
    Item { // chevron: back
        visible: root.glyph === "back"
        anchors.centerIn: parent
        width: root.size * 0.3; height: root.size * 0.3
        Rectangle { x: parent.width * 0.25; y: parent.height * 0.28; width: parent.width * 0.6; height: 5; radius: 2.5; color: root.ink; rotation: -45; transformOrigin: Item.Left }
        Rectangle { x: parent.width * 0.25; y: parent.height * 0.72 - 5; width: parent.width * 0.6; height: 5; radius: 2.5; color: root.ink; rotation: 45; transformOrigin: Item.Left }
    }

    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: root.clicked()
    }
}
