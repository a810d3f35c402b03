import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

// Demo mode only: a clearly marked stand-in for the physical card reader.
// Main.qml places it (bottom right of the reach zone, above the accessibility band) and gives
// it its width: the whole width in portrait, 500 in landscape. A ScreenLoader builds it from
// this file the first time it is shown (or with the other screens after the first frame),
// so the first frame does not build what it never draws.
Rectangle {
    id: root
    property bool portrait: true
    readonly property var vm: app.demoReader

    height: column.implicitHeight + 56
    radius: Theme.radius
    color: "#1F2A37"
    border.width: 4
    border.color: "#F2C46C"

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 28
        spacing: 16

        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("SIMULATED CARD READER · DEMO")
            wrapMode: Text.WordWrap
            font.family: Theme.font
            font.pixelSize: Theme.small
            font.weight: Font.ExtraBold
            font.letterSpacing: 1.5
            color: "#F2C46C"
        }
        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.vm.ready ? qsTr("Present a test card:") : qsTr("Waiting for the kiosk to ask for a card…")
            wrapMode: Text.WordWrap
            font.family: Theme.font
            font.pixelSize: Theme.small
            color: "white"
        }
        GridLayout {
            Layout.fillWidth: true
            columns: root.portrait ? 4 : 2
            columnSpacing: 12
            rowSpacing: 12
            component DemoButton: Rectangle {
                id: b
                property string text: ""
                property color tint: "#3B4B5E"
                signal clicked()
                Layout.fillWidth: true
                Layout.preferredHeight: 80
                radius: 14
                color: area.pressed ? Qt.darker(tint, 1.2) : tint
                opacity: enabled ? 1 : 0.4
                Accessible.role: Accessible.Button
                Accessible.name: text
                Accessible.onPressAction: b.clicked()
                activeFocusOnTab: true
                Keys.onReturnPressed: b.clicked()
                Keys.onEnterPressed: b.clicked()
                Keys.onSpacePressed: b.clicked()
                FocusRing { baseRadius: b.radius }
                Text {
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    width: parent.width - 16
                    horizontalAlignment: Text.AlignHCenter
                    text: b.text
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    font.family: Theme.font
                    font.pixelSize: Theme.small - 2
                    font.weight: Font.Bold
                    color: "white"
                }
                MouseArea { id: area; anchors.fill: parent; onClicked: b.clicked() }
            }
            DemoButton {
                objectName: "demoApproveButton"
                text: qsTr("Approve")
                tint: "#2E6A4C"
                enabled: root.vm.ready
                onClicked: root.vm.approve()
            }
            DemoButton {
                objectName: "demoDeclineButton"
                text: qsTr("Decline")
                tint: "#9C2B20"
                enabled: root.vm.ready
                onClicked: root.vm.decline()
            }
            DemoButton {
                objectName: "demoInsufficientButton"
                text: qsTr("Insufficient funds")
                tint: "#8A5A00"
                enabled: root.vm.ready
                onClicked: root.vm.insufficientFunds()
            }
            DemoButton {
                objectName: "demoCancelButton"
                text: qsTr("Cancel on reader")
                enabled: root.vm.canCancelOnReader
                onClicked: root.vm.cancelOnReader()
            }
        }
    }
}
