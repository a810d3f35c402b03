import QtQuick
import ".."
import "../components"

// The brand, the store's own products (pictures from the catalog, cycling gently) and a
// softly pulsing "Tap to order". Any touch starts an order.
KioskScreen {
    id: root
    color: Theme.espresso
    readonly property var slides: app.menu.attractSlides
    readonly property bool hasSlides: slides.count > 0
    property int slide: 0

    Timer {
        objectName: "attractSlideTimer"
        interval: 5000
        repeat: true
        running: root.shown && root.slides.count > 1
        onTriggered: root.slide = (root.slide + 1) % root.slides.count
    }

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
                running: root.shown && !Theme.still
                loops: Animation.Infinite
                NumberAnimation { from: 0; to: 60 + index * 30; duration: 6000 + index * 1500; easing.type: Easing.InOutSine }
                NumberAnimation { from: 60 + index * 30; to: 0; duration: 6000 + index * 1500; easing.type: Easing.InOutSine }
            }
        }
    }

    // the products: one picture at a time, cross-fading and slowly drifting closer
    Item {
        id: showcase
        objectName: "attractShowcase"
        visible: root.hasSlides
        width: root.portrait ? Math.min(root.width - 240, 680) : Math.min(root.width * 0.38, 640)
        height: width + 150
        x: root.portrait ? (root.width - width) / 2 : root.width * 0.56
        y: root.portrait ? root.height * 0.30 : (root.height - height) / 2
        Repeater {
            model: root.slides
            delegate: Item {
                id: slideItem
                required property int index
                required property string name
                required property string price
                required property string imageSource
                readonly property bool current: index === root.slide % Math.max(1, root.slides.count)
                anchors.fill: parent
                opacity: current ? 1 : 0
                visible: opacity > 0
                Behavior on opacity { NumberAnimation { duration: Theme.still ? 0 : 1200; easing.type: Easing.InOutSine } }
                Rectangle {
                    id: frame
                    width: parent.width
                    height: parent.width
                    radius: Theme.radius * 2
                    color: "#F4E3CF"
                    clip: true
                    Image {
                        anchors.fill: parent
                        anchors.margins: 24
                        source: slideItem.imageSource
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                        sourceSize.width: 720
                        sourceSize.height: 720
                        scale: slideItem.current ? 1.06 : 1
                        Behavior on scale { NumberAnimation { duration: Theme.still ? 0 : 5200; easing.type: Easing.InOutSine } }
                    }
                }
                Text {
                    anchors.top: frame.bottom
                    anchors.topMargin: 24
                    width: parent.width
                    text: slideItem.name
                    horizontalAlignment: Text.AlignHCenter
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    font.family: Theme.font
                    font.pixelSize: Theme.title
                    font.weight: Font.Bold
                    color: "white"
                }
                Text {
                    textFormat: Text.PlainText
                    anchors.top: frame.bottom
                    anchors.topMargin: 88
                    width: parent.width
                    text: slideItem.price
                    horizontalAlignment: Text.AlignHCenter
                    font.family: Theme.font
                    font.pixelSize: Theme.body + 4
                    color: Theme.latte
                }
            }
        }
    }

    Column {
        id: brand
        x: root.hasSlides && !root.portrait ? 100 : 80
        width: root.hasSlides && !root.portrait ? root.width * 0.46 - 100 : root.width - 160
        y: (root.hasSlides && root.portrait ? 110 : (root.height - height) / 2)
           + (pausedBanner.visible ? pausedBanner.height / (root.portrait ? 1 : 2) : 0)
        spacing: root.hasSlides && root.portrait ? 20 : 36

        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: qsTr("Welcome to")
            horizontalAlignment: Text.AlignHCenter
            font.family: Theme.font
            font.pixelSize: Theme.title
            font.weight: Font.Medium
            color: Theme.latte
        }
        Text {
            textFormat: Text.PlainText
            objectName: "storeName"
            width: parent.width
            text: app.storeName
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
            font.family: Theme.font
            font.pixelSize: root.hasSlides ? (root.portrait ? 92 : 100) : (root.portrait ? 110 : 120)
            font.weight: Font.ExtraBold
            lineHeight: 0.95
            color: "white"
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: qsTr("Order here and pay by card. Fresh from our kitchen.")
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.font
            font.pixelSize: Theme.body + 6
            color: Theme.latte
        }
        Item { width: 1; height: root.hasSlides ? (root.portrait ? 0 : 20) : (root.portrait ? 120 : 40) }
        Rectangle {
            id: hint
            visible: !(root.hasSlides && root.portrait)
            objectName: "tapToOrder"
            anchors.horizontalCenter: parent.horizontalCenter
            width: hintText.implicitWidth + 140
            height: 132
            radius: height / 2
            color: Theme.primary
            Text {
                textFormat: Text.PlainText
                id: hintText
                anchors.centerIn: parent
                text: qsTr("Tap to order")
                font.family: Theme.font
                font.pixelSize: 48
                font.weight: Font.Bold
                color: "white"
            }
            SequentialAnimation on scale {
                running: root.shown && !Theme.still
                loops: Animation.Infinite
                NumberAnimation { from: 1; to: 1.07; duration: 900; easing.type: Easing.InOutSine }
                NumberAnimation { from: 1.07; to: 1; duration: 900; easing.type: Easing.InOutSine }
                PauseAnimation { duration: 600 }
            }
        }
    }

    Rectangle {
        objectName: "tapToOrderBelow"
        visible: root.hasSlides && root.portrait
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 150
        width: belowText.implicitWidth + 140
        height: 132
        radius: height / 2
        color: Theme.primary
        Text {
            textFormat: Text.PlainText
            id: belowText
            anchors.centerIn: parent
            text: qsTr("Tap to order")
            font.family: Theme.font
            font.pixelSize: 48
            font.weight: Font.Bold
            color: "white"
        }
        SequentialAnimation on scale {
            running: root.shown && !Theme.still
            loops: Animation.Infinite
            NumberAnimation { from: 1; to: 1.07; duration: 900; easing.type: Easing.InOutSine }
            NumberAnimation { from: 1.07; to: 1; duration: 900; easing.type: Easing.InOutSine }
            PauseAnimation { duration: 600 }
        }
    }

    Text {
        textFormat: Text.PlainText
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

    // Ordering paused (reader offline, Final POS unreachable, paused by staff): the customer
    // learns it here, before building a cart, and staff see why in one line.
    Rectangle {
        id: pausedBanner
        objectName: "attractPaused"
        visible: app.orderingPaused
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        height: pausedColumn.implicitHeight + 56
        color: Theme.latte
        Column {
            id: pausedColumn
            anchors.centerIn: parent
            width: parent.width - 120
            spacing: 10
            Text {
                width: parent.width
                text: app.pausedText
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                font.family: Theme.font
                font.pixelSize: Theme.body + 4
                font.weight: Font.Bold
                color: Theme.espresso
            }
            Text {
                objectName: "attractPausedReason"
                width: parent.width
                visible: app.pausedReason !== ""
                text: qsTr("For staff: %1").arg(app.pausedReason)
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                font.family: Theme.font
                font.pixelSize: Theme.small
                color: Theme.espresso
            }
        }
    }
}
