import QtQuick
import "../../qml"

// Ordering controls: pause/resume, sync the menu, sold out here, close the app.
Item {
    id: root
    property bool portrait: true
    readonly property QtObject staff: app.staff

    Column {
        id: controls
        width: parent.width
        spacing: 24
        Flow {
            width: parent.width
            spacing: 24
            StaffButton {
                objectName: "orderingPause"
                visible: !root.staff.controls.orderingPaused
                text: qsTr("Pause ordering")
                onClicked: root.staff.controls.askPauseOrdering()
            }
            StaffButton {
                objectName: "orderingResume"
                visible: root.staff.controls.orderingPaused
                text: qsTr("Resume ordering")
                onClicked: root.staff.controls.resumeOrdering()
            }
            StaffButton {
                objectName: "orderingSync"
                kind: "secondary"
                text: qsTr("Sync the menu now")
                onClicked: root.staff.controls.syncMenu()
            }
            StaffButton {
                objectName: "orderingExit"
                kind: "danger"
                visible: root.staff.userName !== "" && root.staff.can("exit_app")
                text: qsTr("Close the kiosk app")
                onClicked: root.staff.askExitApp()
            }
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: qsTr("Sold out here: the product is marked out of stock at this outlet in Final POS.")
            wrapMode: Text.WordWrap
            font.family: Theme.font
            font.pixelSize: Theme.body
            color: Theme.inkSoft
        }
    }
    ListView {
        id: list
        objectName: "stockList"
        anchors.top: controls.bottom
        anchors.topMargin: 24
        anchors.bottom: parent.bottom
        width: parent.width
        clip: true
        spacing: 12
        model: root.staff.controls.stockModel
        delegate: Rectangle {
            required property int index
            required property string productId
            required property string name
            required property bool soldOut
            width: list.width
            height: 120
            radius: Theme.radiusSmall
            color: Theme.surface
            border.width: 2
            border.color: Theme.line
            Text {
                textFormat: Text.PlainText
                anchors.left: parent.left
                anchors.leftMargin: 28
                anchors.right: action.left
                anchors.rightMargin: 16
                anchors.verticalCenter: parent.verticalCenter
                text: parent.name
                elide: Text.ElideRight
                font.family: Theme.font
                font.pixelSize: Theme.body + 2
                font.weight: Font.Bold
                color: Theme.ink
            }
            StaffButton {
                id: action
                objectName: "soldOut_" + parent.index
                anchors.right: parent.right
                anchors.rightMargin: 12
                anchors.verticalCenter: parent.verticalCenter
                enabled: !parent.soldOut
                kind: "secondary"
                text: parent.soldOut ? qsTr("Sold out") : qsTr("Mark sold out")
                onClicked: root.staff.controls.askSoldOut(parent.productId)
            }
        }
    }
}
