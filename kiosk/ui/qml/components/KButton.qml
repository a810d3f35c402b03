import QtQuick
import ".."

// A large touch button. `kind`: "primary", "secondary" or "quiet". Keyboard: Tab/arrows reach
// it (focus ring), Enter, Return or Space press it; `accessibleName` overrides what a screen
// reader and the kiosk's speech say (default: the label, and the reason when disabled).
// Disabled, it stays legible (disabledInk on disabledBg, 6.3:1) and shows `reason`, a few
// words saying why, under its label.
Rectangle {
    id: root
    property string text: ""
    property string detail: ""
    property string reason: ""
    property string kind: "primary"
    property int fontSize: Theme.body + 2
    property string accessibleName: ""
    property Component leading: null
    property color textColor: kind === "primary" ? "white" : Theme.primary
    readonly property bool showReason: !enabled && reason !== ""
    signal clicked()

    implicitHeight: Theme.touch
    implicitWidth: Math.max(Theme.touch * 2, label.implicitWidth + 72 + (leading !== null ? 52 : 0))
    radius: height / 2
    color: !enabled && kind !== "quiet" ? Theme.disabledBg
         : kind === "primary" ? (area.pressed ? Theme.primaryPressed : Theme.primary)
         : kind === "secondary" ? (area.pressed ? Theme.latte : Theme.surface)
         : (area.pressed ? Theme.surfaceAlt : "transparent")
    border.width: !enabled && kind !== "quiet" ? 2 : kind === "secondary" ? 3 : 0
    border.color: enabled ? Theme.primary : Theme.line
    scale: area.pressed ? 0.97 : 1
    Behavior on scale { NumberAnimation { duration: Theme.fast } }
    Accessible.role: Accessible.Button
    Accessible.name: accessibleName !== "" ? accessibleName : showReason ? text + ". " + reason : text
    Accessible.onPressAction: if (enabled) root.clicked()
    activeFocusOnTab: true
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()
    Keys.onSpacePressed: root.clicked()
    FocusRing { baseRadius: root.radius }

    Column {
        anchors.centerIn: parent
        width: Math.min(implicitWidth, root.width - 40)
        spacing: 2
        Row {
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: 18
            Loader {
                active: root.leading !== null
                visible: active
                sourceComponent: root.leading
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                textFormat: Text.PlainText
                id: label
                text: root.text
                font.family: Theme.font
                font.pixelSize: root.showReason ? root.fontSize - 2 : root.fontSize
                font.weight: Font.Bold
                color: root.enabled ? root.textColor : Theme.disabledInk
                elide: Text.ElideRight
                width: Math.min(implicitWidth, root.width - 40 - (detailLabel.visible ? detailLabel.implicitWidth + 18 : 0))
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                textFormat: Text.PlainText
                id: detailLabel
                visible: root.detail !== ""
                text: root.detail
                font.family: Theme.font
                font.pixelSize: label.font.pixelSize
                font.weight: Font.ExtraBold
                color: label.color
                anchors.verticalCenter: parent.verticalCenter
            }
        }
        Text {
            textFormat: Text.PlainText
            objectName: root.objectName !== "" ? root.objectName + "Reason" : ""
            anchors.horizontalCenter: parent.horizontalCenter
            visible: root.showReason
            width: Math.min(implicitWidth, root.width - 40)
            text: root.reason
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
            font.family: Theme.font
            font.pixelSize: Theme.small - 2
            font.weight: Font.DemiBold
            color: Theme.disabledInk
        }
    }

    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: root.clicked()
    }
}
