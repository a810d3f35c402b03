pragma Singleton
import QtQuick

// Warm café palette, and its accessibility twin (Main.qml binds `accessible` to
// app.accessibility.enabled): black on white, darker brand colours, larger text and targets,
// no animation. `textPairs` lists every text/background pair the screens use;
// tests/ui/test_contrast.py computes each in both palettes (normal >= 4.5:1, accessibility
// >= 7:1, disabled text included) and fails on a bad one. `focusRing` (outer) and
// `focusRingInner` draw the keyboard focus ring: on every background one of them is >= 3:1.
QtObject {
    property bool accessible: false
    readonly property bool a: accessible
    // Tests switch every fade, scale and ambient loop off (tests/ui/still.py), so a screen
    // is final in its first frame; the product never sets it.
    property bool still: false

    readonly property string font: "Inter"

    readonly property color white: "#FFFFFF"  // text on primary, espresso and success
    readonly property color cream: a ? "#FFFFFF" : "#FBF5EC"
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceAlt: a ? "#F2F2F2" : "#F3E9DC"
    readonly property color line: a ? "#5C5C5C" : "#E6D8C6"
    readonly property color ink: a ? "#000000" : "#2A1C13"
    readonly property color inkSoft: a ? "#1F1F1F" : "#65503F"
    readonly property color muted: a ? "#333333" : "#6F6760"
    readonly property color primary: a ? "#6E2106" : "#A83E16"
    readonly property color primaryPressed: a ? "#4A1604" : "#8C3211"
    readonly property color primarySoft: a ? "#FBEAE1" : "#F6DFD2"
    readonly property color espresso: a ? "#1C110A" : "#3B271B"
    readonly property color latte: a ? "#F0E2D2" : "#EEDCC6"
    readonly property color success: a ? "#1B4A31" : "#2E6A4C"
    readonly property color sale: a ? "#7E160D" : "#B0271C"
    readonly property color warning: a ? "#4D2F00" : "#7A4B00"
    readonly property color warningBg: a ? "#FFF5DC" : "#FDEFC8"
    readonly property color danger: a ? "#7E160D" : "#A3261B"
    readonly property color disabledBg: a ? "#EDEDED" : "#F3E9DC"
    readonly property color disabledInk: a ? "#2E2E2E" : "#65503F"
    readonly property color focusRing: a ? "#0040D0" : "#1A56B8"
    readonly property color focusRingInner: "#FFFFFF"

    // [text, background]: every pair a screen draws (pressed states included)
    readonly property var textPairs: [
        ["ink", "cream"], ["ink", "surface"], ["ink", "surfaceAlt"], ["ink", "primarySoft"],
        ["ink", "latte"], ["ink", "warningBg"], ["inkSoft", "cream"], ["inkSoft", "surface"],
        ["inkSoft", "surfaceAlt"], ["inkSoft", "primarySoft"], ["muted", "surface"],
        ["muted", "cream"], ["muted", "surfaceAlt"], ["primary", "cream"], ["primary", "surface"],
        ["primary", "surfaceAlt"], ["primary", "primarySoft"], ["primary", "latte"],
        ["white", "primary"], ["white", "primaryPressed"], ["white", "espresso"],
        ["white", "success"], ["latte", "espresso"], ["espresso", "latte"], ["sale", "surface"],
        ["sale", "cream"], ["warning", "warningBg"], ["warning", "cream"], ["warning", "surface"],
        ["danger", "surface"], ["disabledInk", "disabledBg"]
    ]
    // backgrounds a focused control can sit on
    readonly property var focusBackgrounds: ["cream", "surface", "surfaceAlt", "espresso", "primarySoft", "latte", "warningBg"]

    readonly property int radius: 24
    readonly property int radiusSmall: 16
    readonly property int touch: a ? 112 : 96          // default button height (>= 9 mm at kiosk sizes)
    readonly property int touchSmall: a ? 88 : 72      // the smallest target anywhere
    readonly property int gap: 24
    readonly property int focusWidth: a ? 6 : 5

    readonly property int body: a ? 30 : 26
    readonly property int small: a ? 27 : 24
    readonly property int title: 44          // headings are large already; the body grows
    readonly property int headline: 64
    readonly property int huge: 150
    readonly property int fast: a || still ? 0 : 140    // accessibility: no motion
    readonly property int calm: a || still ? 0 : 260
}
