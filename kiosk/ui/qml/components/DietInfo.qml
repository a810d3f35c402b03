import QtQuick
import ".."

// What a product is and contains, as marks with words: a leaf-green pill for the dietary tags
// ("Vegan · Gluten-free") and a ringed "!" before "Contains: Milk, Nuts". Both texts come
// from the view-model; an empty one hides its line.
Column {
    id: root
    property string dietary: ""
    property string allergens: ""
    property int fontSize: Theme.small - 2
    spacing: 8

    Rectangle {
        visible: root.dietary !== ""
        width: Math.min(dietRow.implicitWidth + 28, root.width)
        height: root.fontSize + 20
        radius: height / 2
        color: Theme.success
        Row {
            id: dietRow
            anchors.verticalCenter: parent.verticalCenter
            x: 14
            spacing: 8
            Rectangle {  // the leaf: a rounded corner shape
                width: root.fontSize * 0.7
                height: width
                radius: width / 2
                color: "white"
                anchors.verticalCenter: parent.verticalCenter
                Rectangle { width: parent.width / 2; height: width; color: "white" }
            }
            Text {
                textFormat: Text.PlainText
                text: root.dietary
                font.family: Theme.font
                font.pixelSize: root.fontSize
                font.weight: Font.Bold
                color: "white"
            }
        }
    }
    Row {
        visible: root.allergens !== ""
        width: root.width
        spacing: 8
        Rectangle {
            id: mark
            width: root.fontSize + 4
            height: width
            radius: width / 2
            color: "transparent"
            border.width: 2
            border.color: Theme.inkSoft
            Text {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                text: "!"
                font.family: Theme.font
                font.pixelSize: root.fontSize - 4
                font.weight: Font.ExtraBold
                color: Theme.inkSoft
            }
        }
        Text {
            textFormat: Text.PlainText
            width: root.width - mark.width - 8
            text: root.allergens
            wrapMode: Text.WordWrap
            font.family: Theme.font
            font.pixelSize: root.fontSize
            color: Theme.inkSoft
        }
    }
}
