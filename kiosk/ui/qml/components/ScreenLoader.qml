import QtQuick

// A screen or overlay from its own file, built the first time it is `wanted` and kept from
// then on. Main.qml names no type of it, so a file the first frame does not show is not even
// loaded for that frame (from the disk cache, with its imports and every file it uses), as it
// would be for an inline `sourceComponent`.
//
// `properties` are what the item binds to (objectName, portrait, shown, ...), passed in
// explicitly: given at creation, so a screen built already shown appears at once instead of
// fading in, and written again whenever one of them changes (an unchanged value notifies nobody).
// A screen's `wanted` reads `properties.shown` rather than what `shown` is made of: bound to
// `app.screen` itself it could turn true before `properties` had its new values, and the
// screen would be built hidden, then fade in.
Loader {
    id: loader
    property url file  // absolute: Qt.resolvedUrl("...") where it is named
    property bool wanted: false
    property var properties: ({})

    function build() {
        if (wanted && item === null)
            setSource(file, properties)
    }

    onWantedChanged: build()
    Component.onCompleted: build()
    onPropertiesChanged: {
        if (item !== null) {
            for (const name in properties)
                item[name] = properties[name]
        }
    }
}
