import QtQuick
import ".."
import "../components"

// The brand and a gently moving "Tap to order". Any touch starts an order.
KioskScreen {
    id: root
    color: Theme.espresso

    // slow drifting warm circles, looping while idle
    Repeater {
        model: 3
        Rectangle {
            required property int index
            readonly property real base: (root.portrait ? root.width : root.height) * (0.55 + 0.25 * index)
            width: base; height: base; radius: base / 2
            color: index === 1 ? "#4A3222" : "#45301F"
            opacity: 0.9
            x: root.width * (index === 0 ? -0.2 : index === 1 ? 0.45 : -0.05) + drift
            y: root.height * (index === 0 ? -0.1 : index === 1 ? 0.35 : 0.75) - base / 2 * (index === 2 ? 1 : 0)
            property real drift: 0
            SequentialAnimation on drift {
                running: root.shown
                loops: Animation.Infinite
                NumberAnimation { from: 0; to: 60 + index * 30; duration: 6000 + index * 1500; easing.type: Easing.InOutSine }
                NumberAnimation { from: 60 + index * 30; to: 0; duration: 6000 + index * 1500; easing.type: Easing.InOutSine }
            }
        }
    }

    Column {
        anchors.centerIn: parent
        width: parent.width - 160
        spacing: 36

        Text {
            width: parent.width
            text: qsTr("Welcome to")
            horizontalAlignment: Text.AlignHCenter
            font.family: Theme.font
            font.pixelSize: Theme.title
            font.weight: Font.Medium
            color: Theme.latte
        }
        Text {
            objectName: "storeName"
            width: parent.width
            text: app.storeName
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
            font.family: Theme.font
            font.pixelSize: root.portrait ? 110 : 120
            font.weight: Font.ExtraBold
            lineHeight: 0.95
            color: "white"
        }
        Text {
            width: parent.width
            text: qsTr("Order here and pay by card. Fresh from our kitchen.")
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.font
            font.pixelSize: Theme.body + 6
            color: Theme.latte
        }
        Item { width: 1; height: root.portrait ? 120 : 40 }
        Rectangle {
            id: hint
            objectName: "tapToOrder"
            anchors.horizontalCenter: parent.horizontalCenter
            width: hintText.implicitWidth + 140
            height: 132
            radius: height / 2
            color: Theme.primary
            Text {
                id: hintText
                anchors.centerIn: parent
                text: qsTr("Tap to order")
                font.family: Theme.font
                font.pixelSize: 48
                font.weight: Font.Bold
                color: "white"
            }
            SequentialAnimation on scale {
                running: root.shown
                loops: Animation.Infinite
                NumberAnimation { from: 1; to: 1.07; duration: 900; easing.type: Easing.InOutSine }
                NumberAnimation { from: 1.07; to: 1; duration: 900; easing.type: Easing.InOutSine }
                PauseAnimation { duration: 600 }
            }
        }
    }

    Text {
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 48
        anchors.horizontalCenter: parent.horizontalCenter
        text: qsTr("Touch anywhere to start")
        font.family: Theme.font
        font.pixelSize: Theme.body
        color: Theme.latte
    }

    MouseArea {
        objectName: "attractTapArea"
        anchors.fill: parent
        onClicked: app.begin()
    }
}
