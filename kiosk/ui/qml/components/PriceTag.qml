import QtQuick
import ".."

// A price, with the regular price struck through when on sale.
Row {
    id: root
    property string price: ""
    property string regularPrice: ""
    property int size: Theme.body + 2
    property bool soldOut: false
    spacing: 12

    Text {
        id: priceText
        text: root.price
        font.family: Theme.font
        font.pixelSize: root.size
        font.weight: Font.Bold
        color: root.soldOut ? Theme.muted : (root.regularPrice !== "" ? Theme.sale : Theme.ink)
    }
    Text {
        anchors.baseline: priceText.baseline
        visible: root.regularPrice !== ""
        text: root.regularPrice
        font.family: Theme.font
        font.pixelSize: root.size - 4
        font.strikeout: true
        color: Theme.muted
        Accessible.name: qsTr("was %1").arg(root.regularPrice)
    }
}
