import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

// Eat in or take away: two big cards, and a calm way back.
KioskScreen {
    id: root

    component Choice: Rectangle {
        id: card
        property string title: ""
        property string subtitle: ""
        property bool bag: false
        signal chosen()
        radius: Theme.radius * 1.5
        color: area.pressed ? Theme.primarySoft : Theme.surface
        border.width: 3
        border.color: area.pressed ? Theme.primary : Theme.line
        scale: area.pressed ? 0.98 : 1
        Behavior on scale { NumberAnimation { duration: Theme.fast } }
        // keyboard and screen reader (issue 13): Tab/arrows, Enter; the ring shows focus
        Accessible.role: Accessible.Button
        Accessible.name: card.title + ". " + card.subtitle
        Accessible.onPressAction: card.chosen()
        activeFocusOnTab: true
        Keys.onReturnPressed: card.chosen()
        Keys.onEnterPressed: card.chosen()
        Keys.onSpacePressed: card.chosen()
        FocusRing { baseRadius: card.radius }

        Column {
            anchors.centerIn: parent
            width: parent.width - 64
            spacing: 28
            Item { // drawn icon: a plate with cutlery, or a paper bag
                width: 200; height: 170
                anchors.horizontalCenter: parent.horizontalCenter
                Rectangle {
                    visible: !card.bag
                    anchors.centerIn: parent
                    width: 150; height: 150; radius: 75
                    color: Theme.primarySoft
                    border.width: 10; border.color: Theme.primary
                    Rectangle { anchors.centerIn: parent; width: 80; height: 80; radius: 40; color: "transparent"; border.width: 6; border.color: Theme.primary }
                }
                Rectangle { visible: !card.bag; x: 2; y: 20; width: 12; height: 130; radius: 6; color: Theme.primary }
                Rectangle { visible: !card.bag; x: 186; y: 20; width: 12; height: 130; radius: 6; color: Theme.primary }
                Rectangle {
                    visible: card.bag
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.bottom: parent.bottom
                    width: 140; height: 130; radius: 14
                    color: Theme.latte
                    border.width: 8; border.color: Theme.primary
                }
                Rectangle {
                    visible: card.bag
                    anchors.horizontalCenter: parent.horizontalCenter
                    y: 0
                    width: 70; height: 70; radius: 35
                    color: "transparent"
                    border.width: 8; border.color: Theme.primary
                }
            }
            Text {
                textFormat: Text.PlainText
                width: parent.width
                text: card.title
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                font.family: Theme.font
                font.pixelSize: 56
                font.weight: Font.ExtraBold
                color: Theme.ink
            }
            Text {
                textFormat: Text.PlainText
                width: parent.width
                text: card.subtitle
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                font.family: Theme.font
                font.pixelSize: Theme.body
                color: Theme.inkSoft
            }
        }
        MouseArea { id: area; anchors.fill: parent; onClicked: card.chosen() }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: root.portrait ? 64 : 80
        spacing: 48

        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.topMargin: root.portrait ? 120 : 20
            text: qsTr("Where will you enjoy your order?")
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.font
            font.pixelSize: Theme.headline
            font.weight: Font.ExtraBold
            color: Theme.ink
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumHeight: root.portrait ? 1200 : 620
            columns: root.portrait ? 1 : 2
            rowSpacing: 40
            columnSpacing: 48
            Choice {
                objectName: "eatInButton"
                Layout.fillWidth: true
                Layout.fillHeight: true
                title: qsTr("Eat in")
                subtitle: qsTr("We bring it to your table")
                onChosen: app.chooseOrderType("eat_in")
            }
            Choice {
                objectName: "takeAwayButton"
                Layout.fillWidth: true
                Layout.fillHeight: true
                bag: true
                title: qsTr("Take away")
                subtitle: qsTr("Packed to go")
                onChosen: app.chooseOrderType("take_away")
            }
        }

        KButton {
            objectName: "orderTypeBack"
            Layout.alignment: Qt.AlignHCenter
            kind: "quiet"
            text: qsTr("Back")
            onClicked: app.restart()
        }
    }
}
