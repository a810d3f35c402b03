import QtQuick
import ".."

// The keyboard focus ring, around its parent while the parent has active focus: an outer
// ring in Theme.focusRing and an inner white one, so it shows on light and dark backgrounds
// (one of the two is >= 3:1 against each, tests/ui/test_contrast.py). Its rectangles are
// built only while the parent has the focus: every button, chip and menu cell has a ring,
// and the first frame (no focus yet) built two rectangles for each without drawing them.
Loader {
    id: ring
    property real baseRadius: 0
    property bool inside: false  // within its parent (a cell of a clipped list or grid)
    readonly property int w: Theme.focusWidth
    readonly property real radius: baseRadius > 0 ? baseRadius + (inside ? 0 : 2 * w) : 0
    anchors.fill: parent
    anchors.margins: inside ? 0 : -2 * w
    z: 100
    active: parent.activeFocus
    sourceComponent: Rectangle {
        radius: ring.radius
        color: "transparent"
        border.width: ring.w
        border.color: Theme.focusRing
        Rectangle {
            anchors.fill: parent
            anchors.margins: ring.w
            radius: ring.radius > 0 ? ring.radius - ring.w : 0
            color: "transparent"
            border.width: ring.w - 2
            border.color: Theme.focusRingInner
        }
    }
}
