import QtQuick
import ".."

// Base of every screen: fades in when shown, and takes no input while hidden.
// A screen that leaves goes at once and only the arriving one fades in (over the window's
// plain background), so two screens never show through each other (issue 14, defect 7).
// The fade starts where one frame of it would be (OutCubic over Theme.calm: about 0.18 after
// 16.7 ms), so the first frame after a tap already shows the arriving screen: started from 0,
// that frame was drawn at opacity 0 whenever the animation had not ticked yet, and the
// customer saw the screen one frame later (issue 16). A screen `covered` by one drawn over it
// (the menu under a product) keeps its state but is not drawn: the software renderer would
// paint it under every frame of the fade. It stays enabled: disabled, every card and button
// of the menu took its disabled look at each product open and gave it up at each return, a
// binding walk over the whole grid (~0.8 ms of the open's 9-10 ms of CPU, issue 16). Not
// drawn, it takes no input all the same: an invisible item gets no touch, and keys move the
// focus only to visible controls.
Rectangle {
    id: root
    property bool shown: false
    property bool covered: false
    property bool portrait: true
    color: Theme.cream
    visible: shown && !covered && opacity > 0
    opacity: shown ? 1 : 0
    enabled: shown
    Behavior on opacity {
        NumberAnimation { from: 0.18; duration: Theme.calm; easing.type: Easing.OutCubic }
    }
}
