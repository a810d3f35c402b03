import QtQuick
import ".."

// The band at the foot of every customer screen: the accessibility switch (F1, or * on a
// number keypad), and while the mode is on its voice controls (quieter -, louder +, repeat /).
Rectangle {
    id: root
    readonly property var vm: app.accessibility
    property bool dark: false
    implicitHeight: Theme.touchSmall + 24
    color: dark ? Theme.espresso : Theme.surface
    Rectangle { width: parent.width; height: 2; color: root.dark ? Theme.espresso : Theme.line }

    Row {
        anchors.left: parent.left
        anchors.leftMargin: 24
        anchors.verticalCenter: parent.verticalCenter
        spacing: 16

        KButton {
            objectName: "accessibilityButton"
            height: Theme.touchSmall
            kind: root.vm.enabled ? "primary" : "secondary"
            fontSize: Theme.body
            text: root.vm.enabled ? qsTr("Accessibility on") : qsTr("Accessibility")
            accessibleName: root.vm.enabled ? qsTr("Accessibility mode is on. Press to turn it off.")
                                            : qsTr("Accessibility mode: high contrast, more time, speech. Press to turn it on.")
            onClicked: root.vm.toggle()
            leading: Component {
                AccessSymbol { color: root.vm.enabled ? Theme.white : Theme.primary }
            }
        }
        KButton {
            objectName: "speechQuieterButton"
            visible: root.vm.speechOn
            height: Theme.touchSmall
            width: Theme.touchSmall * 1.6
            kind: "secondary"
            text: "−"
            accessibleName: qsTr("Quieter")
            onClicked: root.vm.quieter()
        }
        KButton {
            objectName: "speechLouderButton"
            visible: root.vm.speechOn
            height: Theme.touchSmall
            width: Theme.touchSmall * 1.6
            kind: "secondary"
            text: "+"
            accessibleName: qsTr("Louder")
            onClicked: root.vm.louder()
        }
        KButton {
            objectName: "speechRepeatButton"
            visible: root.vm.speechOn
            height: Theme.touchSmall
            kind: "secondary"
            fontSize: Theme.body
            text: qsTr("Repeat")
            accessibleName: qsTr("Repeat what was said")
            onClicked: root.vm.repeat()
        }
    }
}
