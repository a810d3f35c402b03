import QtQuick
import QtQuick.Shapes
import ".."
import "../components"

// Paid: a big order number and thanks; back to the start on its own after a while.
KioskScreen {
    id: root

    Column {
        anchors.centerIn: parent
        width: parent.width - 160
        spacing: 36

        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 200; height: 200; radius: 100
            color: Theme.success
            Shape {
                anchors.fill: parent
                preferredRendererType: Shape.CurveRenderer
                ShapePath {
                    strokeColor: "white"; strokeWidth: 18; fillColor: "transparent"
                    capStyle: ShapePath.RoundCap; joinStyle: ShapePath.RoundJoin
                    startX: 56; startY: 104
                    PathLine { x: 88; y: 136 }
                    PathLine { x: 148; y: 70 }
                }
            }
        }
        Text {
            width: parent.width
            text: qsTr("Thank you!")
            horizontalAlignment: Text.AlignHCenter
            font.family: Theme.font
            font.pixelSize: Theme.headline + 8
            font.weight: Font.ExtraBold
            color: Theme.ink
        }
        Text {
            width: parent.width
            text: qsTr("Your order number")
            horizontalAlignment: Text.AlignHCenter
            font.family: Theme.font
            font.pixelSize: Theme.body + 6
            color: Theme.inkSoft
        }
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.max(420, number.implicitWidth + 120)
            height: number.implicitHeight + 40
            radius: Theme.radius * 1.5
            color: Theme.surface
            border.width: 4
            border.color: Theme.primary
            Text {
                id: number
                objectName: "confirmationNumber"
                anchors.centerIn: parent
                text: app.confirmationNumber
                font.family: Theme.font
                font.pixelSize: Theme.huge
                font.weight: Font.ExtraBold
                color: Theme.primary
            }
        }
        Text {
            width: parent.width
            text: qsTr("Your order is on its way. Please wait for your number to be called.")
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.font
            font.pixelSize: Theme.body + 4
            color: Theme.inkSoft
        }
        KButton {
            objectName: "confirmationDoneButton"
            anchors.horizontalCenter: parent.horizontalCenter
            width: 400
            text: qsTr("Done")
            onClicked: app.restart()
        }
    }
}
