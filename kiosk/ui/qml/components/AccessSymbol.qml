import QtQuick

// The international symbol of access, drawn in QML (no icon font, no image to fail).
Item {
    id: root
    property color color: "black"
    width: 34
    height: 36
    Rectangle { x: 13; y: 0; width: 9; height: 9; radius: 4.5; color: root.color }
    Rectangle { x: 14; y: 10; width: 6; height: 14; radius: 3; color: root.color }
    Rectangle { x: 14; y: 19; width: 14; height: 5; radius: 2.5; color: root.color }
    Rectangle { x: 24; y: 19; width: 5; height: 15; radius: 2.5; color: root.color }
    Rectangle {
        x: 0; y: 12; width: 24; height: 24; radius: 12
        color: "transparent"; border.width: 4; border.color: root.color
    }
}
