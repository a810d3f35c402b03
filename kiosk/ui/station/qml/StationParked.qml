import QtQuick
import "../../qml"

FocusScope {
    id: root
    Component.onCompleted: list.forceActiveFocus()
    SPanel {
        title: qsTr("Parked sales")
        width: root.width
        height: root.height
        ListView {
            id: list
            objectName: "parkedList"
            width: parent.width
            height: parent.height - back.height - 14
            clip: true
            spacing: 8
            model: station.parked.parkedModel
            keyNavigationEnabled: true
            Keys.onReturnPressed: if (currentItem) station.parked.resumeParked(currentItem.orderId)
            Keys.onEnterPressed: if (currentItem) station.parked.resumeParked(currentItem.orderId)
            delegate: Rectangle {
                id: row
                required property int index
                required property string orderId
                required property string label
                required property string by
                required property string time
                required property string total
                required property int items
                objectName: "parked_" + index
                width: list.width
                height: 76
                radius: 10
                color: list.currentIndex === index ? Theme.primarySoft : (index % 2 ? Theme.surface : Theme.cream)
                border.width: list.activeFocus && list.currentIndex === index ? 3 : 0
                border.color: Theme.espresso
                Text { textFormat: Text.PlainText; x: 16; y: 12; width: parent.width - resume.width - totalText.width - 64; text: row.label; elide: Text.ElideRight; font.family: Theme.font; font.pixelSize: 21; font.weight: Font.DemiBold; color: Theme.ink }
                Text { textFormat: Text.PlainText; x: 16; y: 44; text: qsTr("%1 items · parked by %2 at %3").arg(row.items).arg(row.by).arg(row.time); font.family: Theme.font; font.pixelSize: 15; color: Theme.muted }
                Text { textFormat: Text.PlainText; id: totalText; x: resume.x - width - 24; anchors.verticalCenter: parent.verticalCenter; text: row.total; font.family: Theme.font; font.pixelSize: 21; font.weight: Font.Bold; color: Theme.ink }
                SButton { id: resume; objectName: "resume_" + row.index; x: parent.width - width - 12; anchors.verticalCenter: parent.verticalCenter; height: 56; text: qsTr("Resume"); onClicked: station.parked.resumeParked(row.orderId) }
                MouseArea { anchors.fill: parent; z: -1; onClicked: list.currentIndex = row.index }
            }
            Text {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                visible: list.count === 0
                text: station.busy ? qsTr("Loading…") : qsTr("No parked sales.")
                font.family: Theme.font
                font.pixelSize: 20
                color: Theme.muted
            }
        }
        Text {
            textFormat: Text.PlainText
            x: back.width + 24
            y: parent.height - back.height / 2 - height / 2
            text: qsTr("↑ ↓ choose · Enter resume")
            font.family: Theme.font
            font.pixelSize: 17
            color: Theme.inkSoft
        }
        SButton { id: back; objectName: "btnParkedBack"; y: parent.height - height; kind: "quiet"; text: qsTr("Back to the sale"); keyHint: "Esc"; onClicked: station.back() }
    }
}
