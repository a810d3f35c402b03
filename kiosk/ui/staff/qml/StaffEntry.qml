import QtQuick
import "../../qml"

// The ways into staff mode, over the customer screens: a 3 s press or five quick taps on the
// top-left corner (passive: customer taps there still reach the screen below; on the menu
// that corner is the store name), Ctrl+Alt+S on a USB keyboard,
// and the question asked first when a customer has an order in progress.
Item {
    id: root

    Item {
        objectName: "staffCorner"
        width: 160
        height: 160
        // PointHandler only watches (passive grab): the customer's tap still reaches the
        // screen below; held for 3 s without leaving the corner, it opens staff mode.
        // Five quick taps there (within 2 s) do the same, for screens that are hard to hold.
        property int taps: 0
        PointHandler {
            id: corner
            onActiveChanged: {
                if (!active) {
                    hold.stop();
                    return;
                }
                hold.restart();
                parent.taps += 1;
                if (parent.taps === 1)
                    tapWindow.restart();
                if (parent.taps >= 5) {
                    parent.taps = 0;
                    app.requestStaff();
                }
            }
        }
        Timer {
            id: hold
            interval: 3000
            onTriggered: if (corner.active) app.requestStaff()
        }
        Timer {
            id: tapWindow
            interval: 2000
            onTriggered: parent.taps = 0
        }
    }

    Shortcut {
        sequences: ["Ctrl+Alt+S"]
        context: Qt.ApplicationShortcut
        onActivated: app.requestStaff()
    }

    Rectangle {
        objectName: "staffAskOverlay"
        anchors.fill: parent
        visible: app.staffAskVisible
        color: "#B3000000"
        MouseArea { anchors.fill: parent }  // nothing below takes taps meanwhile

        Rectangle {
            anchors.centerIn: parent
            width: Math.min(parent.width - 120, 900)
            height: askColumn.implicitHeight + 96
            radius: Theme.radius
            color: Theme.surface
            Column {
                id: askColumn
                anchors.centerIn: parent
                width: parent.width - 96
                spacing: 32
                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    text: qsTr("A customer has an order in progress. Open staff mode anyway? Their order will be cleared.")
                    wrapMode: Text.WordWrap
                    font.family: Theme.font
                    font.pixelSize: Theme.body + 6
                    font.weight: Font.Bold
                    color: Theme.ink
                }
                Row {
                    spacing: 24
                    anchors.right: parent.right
                    StaffButton {
                        objectName: "staffAskCancel"
                        kind: "secondary"
                        text: qsTr("Not now")
                        onClicked: app.cancelStaff()
                    }
                    StaffButton {
                        objectName: "staffAskConfirm"
                        text: qsTr("Open staff mode")
                        onClicked: app.confirmStaff()
                    }
                }
            }
        }
    }
}
