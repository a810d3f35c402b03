import QtQuick
import ".."

// Something is wrong that a customer cannot fix: say so kindly, and leave staff a clue.
KioskScreen {
    id: root
    color: Theme.espresso

    Column {
        anchors.centerIn: parent
        width: parent.width - 160
        spacing: 32

        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: qsTr("Sorry, this kiosk is out of order")
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.font
            font.pixelSize: Theme.headline
            font.weight: Font.ExtraBold
            color: "white"
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: qsTr("Please order at the counter. Our team will be happy to help.")
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.font
            font.pixelSize: Theme.body + 6
            color: Theme.latte
        }
    }

    Text {
        textFormat: Text.PlainText
        objectName: "outOfOrderReason"
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 40
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width - 120
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        maximumLineCount: 3
        elide: Text.ElideRight
        text: app.outOfOrderReason !== "" ? qsTr("For staff: %1").arg(app.outOfOrderReason) : ""
        font.family: Theme.font
        font.pixelSize: Theme.small
        color: Theme.latte
    }
}
