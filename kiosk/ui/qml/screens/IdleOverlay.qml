import QtQuick
import ".."
import "../components"

// "Are you still there?" with a countdown; on expiry the view-model starts over.
Rectangle {
    id: root
    property bool shown: false
    property bool portrait: true
    color: "#B3000000"
    visible: opacity > 0
    opacity: shown ? 1 : 0
    Behavior on opacity { NumberAnimation { duration: Theme.calm } }

    MouseArea { anchors.fill: parent; enabled: root.shown } // swallow taps behind the card

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 120, 860)
        height: column.implicitHeight + 120
        radius: Theme.radius * 1.5
        color: Theme.surface

        Column {
            id: column
            anchors.centerIn: parent
            width: parent.width - 120
            spacing: 36
            Text {
                textFormat: Text.PlainText
                width: parent.width
                text: qsTr("Are you still there?")
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                font.family: Theme.font
                font.pixelSize: Theme.headline
                font.weight: Font.ExtraBold
                color: Theme.ink
            }
            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                width: 200; height: 200; radius: 100
                color: Theme.primarySoft
                border.width: 10
                border.color: Theme.primary
                Text {
                    textFormat: Text.PlainText
                    objectName: "idleSeconds"
                    anchors.centerIn: parent
                    text: app.idleSecondsLeft
                    font.family: Theme.font
                    font.pixelSize: 96
                    font.weight: Font.ExtraBold
                    color: Theme.primary
                }
            }
            Text {
                textFormat: Text.PlainText
                width: parent.width
                text: qsTr("Your order will be cleared when the countdown ends.")
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                font.family: Theme.font
                font.pixelSize: Theme.body + 2
                color: Theme.inkSoft
            }
            KButton {
                objectName: "stillHereButton"
                width: parent.width
                height: 112
                text: qsTr("Yes, I'm still here")
                onClicked: app.stillHere()
            }
            KButton {
                objectName: "idleStartOverButton"
                width: parent.width
                kind: "quiet"
                text: qsTr("Start over")
                onClicked: app.restart()
            }
        }
    }
}
