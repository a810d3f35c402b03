import QtQuick
import "../../qml"

FocusScope {
    SPanel {
        title: qsTr("Card payment")
        width: Math.min(parent.width, 720)
        height: 360
        anchors.centerIn: parent
        Column {
            width: parent.width
            spacing: 18
            Text { textFormat: Text.PlainText; objectName: "cardTotal"; text: station.sale.totalText; font.family: Theme.font; font.pixelSize: 48; font.weight: Font.Bold; color: Theme.ink }
            Text { textFormat: Text.PlainText; objectName: "cardStatus"; width: parent.width; wrapMode: Text.WordWrap; text: station.pay.cardStatus; font.family: Theme.font; font.pixelSize: 22; color: Theme.inkSoft }
            SButton { objectName: "btnCancelCard"; kind: "danger"; text: qsTr("Cancel payment"); keyHint: "Esc"; onClicked: station.pay.cancelCard() }
        }
    }
}
