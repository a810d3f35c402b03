import QtQuick
import ".."

// A price; on sale, the regular price follows as "was €4.40" (the amount struck through),
// so a red price is never a riddle.
Row {
    id: root
    property string price: ""
    property string regularPrice: ""
    property int size: Theme.body + 2
    property bool soldOut: false
    spacing: 12

    Text {
        textFormat: Text.PlainText
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
        text: qsTr("was %1").arg("<s>" + root.regularPrice + "</s>")
        textFormat: Text.StyledText
        font.family: Theme.font
        font.pixelSize: root.size - 4
        color: Theme.muted
        Accessible.name: qsTr("was %1").arg(root.regularPrice)
    }
}
