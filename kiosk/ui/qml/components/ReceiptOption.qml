import QtQuick
import QtQuick.Shapes
import ".."

// One receipt choice as a big tile: a drawn icon, a word, a short hint. The store's default
// is highlighted. `icon`: "print", "email" or "qr".
Rectangle {
    id: root
    property string icon: "print"
    property string title: ""
    property string hint: ""
    property bool suggested: false
    signal clicked()

    implicitWidth: 280
    implicitHeight: 250
    radius: Theme.radius
    color: area.pressed ? Theme.latte : (suggested ? Theme.primarySoft : Theme.surface)
    border.width: suggested ? 5 : 3
    border.color: suggested ? Theme.primary : Theme.line
    scale: area.pressed ? 0.97 : 1
    Behavior on scale { NumberAnimation { duration: Theme.fast } }
    Accessible.role: Accessible.Button
    Accessible.name: hint !== "" ? title + ". " + hint : title
    Accessible.onPressAction: root.clicked()
    activeFocusOnTab: true
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()
    Keys.onSpacePressed: root.clicked()
    FocusRing { baseRadius: root.radius }

    Item {
        id: glyph
        width: 84; height: 84
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: 30

        Shape {
            anchors.fill: parent
            visible: root.icon === "print"
            preferredRendererType: Shape.CurveRenderer
            ShapePath {
                strokeColor: Theme.primary; strokeWidth: 6; fillColor: "transparent"
                joinStyle: ShapePath.RoundJoin
                startX: 22; startY: 30
                PathLine { x: 22; y: 6 }
                PathLine { x: 62; y: 6 }
                PathLine { x: 62; y: 30 }
            }
            ShapePath {
                strokeColor: Theme.primary; strokeWidth: 6; fillColor: "transparent"
                joinStyle: ShapePath.RoundJoin
                startX: 8; startY: 30
                PathLine { x: 76; y: 30 }
                PathLine { x: 76; y: 60 }
                PathLine { x: 8; y: 60 }
                PathLine { x: 8; y: 30 }
            }
            ShapePath {
                strokeColor: Theme.primary; strokeWidth: 6; fillColor: Theme.surface
                joinStyle: ShapePath.RoundJoin
                startX: 22; startY: 48
                PathLine { x: 62; y: 48 }
                PathLine { x: 62; y: 80 }
                PathLine { x: 22; y: 80 }
                PathLine { x: 22; y: 48 }
            }
        }
        Shape {
            anchors.fill: parent
            visible: root.icon === "email"
            preferredRendererType: Shape.CurveRenderer
            ShapePath {
                strokeColor: Theme.primary; strokeWidth: 6; fillColor: "transparent"
                joinStyle: ShapePath.RoundJoin
                startX: 6; startY: 18
                PathLine { x: 78; y: 18 }
                PathLine { x: 78; y: 68 }
                PathLine { x: 6; y: 68 }
                PathLine { x: 6; y: 18 }
            }
            ShapePath {
                strokeColor: Theme.primary; strokeWidth: 6; fillColor: "transparent"
                joinStyle: ShapePath.RoundJoin
                startX: 8; startY: 20
                PathLine { x: 42; y: 46 }
                PathLine { x: 76; y: 20 }
            }
        }
        Grid {
            anchors.centerIn: parent
            visible: root.icon === "qr"
            columns: 2
            spacing: 10
            Repeater {
                model: 4
                Rectangle {
                    required property int index
                    width: 32; height: 32
                    radius: 4
                    color: index === 3 ? "transparent" : Theme.primary
                    border.width: index === 3 ? 6 : 0
                    border.color: Theme.primary
                    Rectangle {
                        anchors.centerIn: parent
                        visible: parent.index !== 3
                        width: 12; height: 12
                        color: Theme.primarySoft
                    }
                }
            }
        }
    }
    Text {
        textFormat: Text.PlainText
        id: label
        anchors.top: glyph.bottom
        anchors.topMargin: 18
        width: parent.width - 24
        anchors.horizontalCenter: parent.horizontalCenter
        text: root.title
        horizontalAlignment: Text.AlignHCenter
        elide: Text.ElideRight
        fontSizeMode: Text.HorizontalFit  // a narrow tile (reach zone, long words) shrinks the word
        minimumPixelSize: Theme.small - 4
        font.family: Theme.font
        font.pixelSize: Theme.body + 6
        font.weight: Font.Bold
        color: Theme.ink
    }
    Text {
        textFormat: Text.PlainText
        anchors.top: label.bottom
        anchors.topMargin: 6
        width: parent.width - 24
        anchors.horizontalCenter: parent.horizontalCenter
        height: Theme.small * 2.7
        text: root.hint
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        fontSizeMode: Text.Fit  // two lines' height, smaller rather than cut
        minimumPixelSize: Theme.small - 8
        font.family: Theme.font
        font.pixelSize: Theme.small
        color: Theme.inkSoft
    }
    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: root.clicked()
    }
}
