import QtQuick
import QtQuick.Shapes
import ".."

// The card reader and a card coming to it, with contactless waves: tap, insert or swipe.
Item {
    id: root
    property bool animate: true
    implicitWidth: 420
    implicitHeight: 420

    // reader body
    Rectangle {
        id: reader
        width: root.width * 0.46
        height: root.height * 0.78
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.horizontalCenterOffset: -root.width * 0.08
        radius: width * 0.14
        color: Theme.espresso
        Rectangle { // screen
            x: parent.width * 0.1; y: parent.width * 0.12
            width: parent.width * 0.8; height: parent.height * 0.36
            radius: parent.radius * 0.5
            color: "#F6EDE2"
            Shape {
                id: waves
                anchors.centerIn: parent
                width: parent.height * 0.8; height: parent.height * 0.8
                preferredRendererType: Shape.CurveRenderer
                ShapePath {
                    strokeColor: Theme.primary; strokeWidth: 6; fillColor: "transparent"
                    capStyle: ShapePath.RoundCap
                    PathAngleArc { centerX: waves.width * 0.15; centerY: waves.height / 2; radiusX: waves.width * 0.22; radiusY: waves.height * 0.22; startAngle: -45; sweepAngle: 90 }
                }
                ShapePath {
                    strokeColor: Theme.primary; strokeWidth: 6; fillColor: "transparent"
                    capStyle: ShapePath.RoundCap
                    PathAngleArc { centerX: waves.width * 0.15; centerY: waves.height / 2; radiusX: waves.width * 0.44; radiusY: waves.height * 0.44; startAngle: -45; sweepAngle: 90 }
                }
                ShapePath {
                    strokeColor: Theme.primary; strokeWidth: 6; fillColor: "transparent"
                    capStyle: ShapePath.RoundCap
                    PathAngleArc { centerX: waves.width * 0.15; centerY: waves.height / 2; radiusX: waves.width * 0.66; radiusY: waves.height * 0.66; startAngle: -45; sweepAngle: 90 }
                }
            }
        }
        Grid { // keypad
            columns: 3
            spacing: reader.width * 0.06
            anchors.horizontalCenter: parent.horizontalCenter
            y: parent.height * 0.54
            Repeater {
                model: 9
                Rectangle {
                    width: reader.width * 0.16; height: reader.width * 0.08
                    radius: height / 2
                    color: "#6B5142"
                }
            }
        }
        Rectangle { // card slot
            anchors.bottom: parent.bottom
            anchors.bottomMargin: parent.height * 0.05
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width * 0.6; height: 8; radius: 4
            color: "#1C120C"
        }
    }

    // the card
    Rectangle {
        id: card
        width: root.width * 0.42
        height: width * 0.63
        radius: width * 0.07
        x: root.width * 0.5
        y: root.height * 0.02
        rotation: -12
        gradient: Gradient {
            GradientStop { position: 0; color: "#C2572C" }
            GradientStop { position: 1; color: Theme.primary }
        }
        border.width: 3
        border.color: "white"
        Rectangle { // chip
            x: parent.width * 0.12; y: parent.height * 0.32
            width: parent.width * 0.18; height: parent.height * 0.24; radius: 5
            color: "#F2C46C"
        }
        Rectangle { // number
            x: parent.width * 0.12; y: parent.height * 0.72
            width: parent.width * 0.62; height: parent.height * 0.07; radius: 3
            color: "#F9D9C7"
        }
        SequentialAnimation on y {
            running: root.animate && root.visible && !Theme.still
            loops: Animation.Infinite
            NumberAnimation { from: root.height * 0.02; to: root.height * 0.12; duration: 900; easing.type: Easing.InOutQuad }
            PauseAnimation { duration: 350 }
            NumberAnimation { from: root.height * 0.12; to: root.height * 0.02; duration: 900; easing.type: Easing.InOutQuad }
            PauseAnimation { duration: 250 }
        }
    }
}
