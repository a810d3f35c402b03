pragma Singleton
import QtQuick

// Warm café palette. Every text/background pair used here meets WCAG AA (4.5:1 for body
// text): ink on cream 14:1, inkSoft on cream 6.6:1, white on primary 6.0:1, white on
// success 6.3:1, sale on white 5.9:1, muted on white 5.3:1, disabledInk on disabledBg 6.3:1
// (a disabled control stays readable and says why it is disabled).
QtObject {
    readonly property string font: "Inter"

    readonly property color cream: "#FBF5EC"
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceAlt: "#F3E9DC"
    readonly property color line: "#E6D8C6"
    readonly property color ink: "#2A1C13"
    readonly property color inkSoft: "#65503F"
    readonly property color muted: "#6F6760"
    readonly property color primary: "#A83E16"
    readonly property color primaryPressed: "#8C3211"
    readonly property color primarySoft: "#F6DFD2"
    readonly property color espresso: "#3B271B"
    readonly property color latte: "#E9D3B8"
    readonly property color success: "#2E6A4C"
    readonly property color sale: "#B0271C"
    readonly property color warning: "#7A4B00"
    readonly property color warningBg: "#FDEFC8"
    readonly property color danger: "#A3261B"
    readonly property color disabledBg: "#F3E9DC"
    readonly property color disabledInk: "#65503F"

    readonly property int radius: 24
    readonly property int radiusSmall: 16
    readonly property int touch: 96          // default button height (>= 9 mm at kiosk sizes)
    readonly property int touchSmall: 72     // the smallest target anywhere
    readonly property int gap: 24

    readonly property int body: 26
    readonly property int small: 24
    readonly property int title: 44
    readonly property int headline: 64
    readonly property int huge: 150
    readonly property int fast: 140
    readonly property int calm: 260
}
