import QtQuick
import "../../qml"

// A station button: its key binding is shown on it ("F8"), focus is a thick dark ring.
Rectangle {
    id: root
    property string text: ""
    property string keyHint: ""
    property string kind: "secondary"  // primary | secondary | danger | quiet
    property int fontSize: 20
    property bool onDark: false  // on the dark top bar
    property bool stacked: false  // the key above the text, for narrow buttons
    readonly property bool light: kind === "primary" || kind === "danger" || onDark
    signal clicked()

    activeFocusOnTab: true
    implicitHeight: 64
    implicitWidth: Math.max(120, label.implicitWidth + hintBox.width + 48)
    radius: 12
    color: kind === "primary" ? (area.pressed ? Theme.primaryPressed : Theme.primary)
         : kind === "danger" ? (area.pressed ? "#7E1D15" : Theme.danger)
         : kind === "quiet" ? (area.pressed ? (onDark ? "#55FFFFFF" : Theme.surfaceAlt) : (onDark ? "#22FFFFFF" : "transparent"))
         : (area.pressed ? Theme.latte : Theme.surface)
    border.width: kind === "secondary" ? 2 : 0
    border.color: Theme.primary
    opacity: enabled ? 1 : 0.45
    Accessible.role: Accessible.Button
    Accessible.name: text
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()
    Keys.onSpacePressed: root.clicked()

    Rectangle {  // the focus ring, outside the button so it never hides the text
        anchors.fill: parent
        anchors.margins: -6
        radius: root.radius + 6
        color: "transparent"
        border.width: 4
        border.color: root.onDark ? "white" : Theme.espresso
        visible: root.activeFocus
    }
    Rectangle {
        id: hintBox
        visible: root.keyHint !== ""
        width: visible ? hint.implicitWidth + 14 : 0
        height: hint.implicitHeight + 6
        x: root.stacked ? (root.width - width) / 2 : (root.width - width - label.width - (visible ? 10 : 0)) / 2
        y: root.stacked ? 6 : (root.height - height) / 2
        radius: 6
        color: root.light ? "#33FFFFFF" : Theme.surfaceAlt
        Text {
            textFormat: Text.PlainText
            id: hint
            anchors.centerIn: parent
            text: root.keyHint
            font.family: Theme.font
            font.pixelSize: 15
            font.weight: Font.DemiBold
            color: root.light ? "white" : Theme.inkSoft
        }
    }
    Text {
        textFormat: Text.PlainText
        id: label
        x: root.stacked ? (root.width - width) / 2 : hintBox.x + hintBox.width + (hintBox.visible ? 10 : 0)
        y: root.stacked ? hintBox.y + hintBox.height + 2 : (root.height - height) / 2
        width: Math.min(implicitWidth, root.width - (root.stacked ? 16 : hintBox.width + 36))
        text: root.text
        elide: Text.ElideRight
        font.family: Theme.font
        font.pixelSize: root.fontSize
        font.weight: Font.Bold
        color: root.light ? "white" : Theme.primary
    }
    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: { root.forceActiveFocus(); root.clicked() }
    }
}
