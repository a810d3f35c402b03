import QtQuick
import QtQuick.Shapes
import ".."

// A calm progress ring.
Item {
    id: root
    property int size: 96
    property color color: Theme.primary
    property bool running: visible
    width: size
    height: size

    Shape {
        anchors.fill: parent
        preferredRendererType: Shape.CurveRenderer
        ShapePath {
            strokeColor: Theme.latte
            strokeWidth: root.size * 0.09
            fillColor: "transparent"
            PathAngleArc {
                centerX: root.size / 2; centerY: root.size / 2
                radiusX: root.size * 0.42; radiusY: root.size * 0.42
                startAngle: 0; sweepAngle: 360
            }
        }
    }
    Shape {
        id: arc
        anchors.fill: parent
        preferredRendererType: Shape.CurveRenderer
        ShapePath {
            strokeColor: root.color
            strokeWidth: root.size * 0.09
            capStyle: ShapePath.RoundCap
            fillColor: "transparent"
            PathAngleArc {
                centerX: root.size / 2; centerY: root.size / 2
                radiusX: root.size * 0.42; radiusY: root.size * 0.42
                startAngle: -90; sweepAngle: 100
            }
        }
        RotationAnimator on rotation {
            from: 0; to: 360; duration: 1100
            loops: Animation.Infinite
            running: root.running && !Theme.still
        }
    }
}
