import QtQuick
import ".."

// Quantity stepper: − value +, each target at least Theme.touchSmall.
Row {
    id: root
    property int value: 1
    property bool canIncrease: true
    property bool canDecrease: value > 1
    property int size: Theme.touchSmall + 8
    property string minusName: "stepperMinus"
    property string plusName: "stepperPlus"
    signal increased()
    signal decreased()
    spacing: 10

    RoundIconButton {
        objectName: root.minusName
        size: root.size
        glyph: "minus"
        enabled: root.canDecrease
        onClicked: root.decreased()
        Accessible.name: qsTr("Fewer")
    }
    Text {
        textFormat: Text.PlainText
        width: 64
        height: root.size
        text: root.value
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        font.family: Theme.font
        font.pixelSize: Theme.body + 6
        font.weight: Font.Bold
        color: Theme.ink
    }
    RoundIconButton {
        objectName: root.plusName
        size: root.size
        glyph: "plus"
        enabled: root.canIncrease
        onClicked: root.increased()
        Accessible.name: qsTr("More")
    }
}
