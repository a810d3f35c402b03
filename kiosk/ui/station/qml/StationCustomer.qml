import QtQuick
import "../../qml"

// Find a customer (name, e-mail, phone) or create one; Esc goes back to the sale.
FocusScope {
    id: root
    readonly property real gap: 18
    Component.onCompleted: find.input.forceActiveFocus()

    SPanel {
        id: left
        title: qsTr("Find a customer")
        width: (root.width - root.gap) * 0.55
        height: root.height
        SField {
            id: find
            width: parent.width
            inputName: "customerSearch"
            placeholder: qsTr("Name, e-mail or phone")
            text: station.customers.customerQuery
            onEdited: (text) => station.customers.setCustomerQuery(text)
            onAccepted: if (matches.count > 0) station.customers.attachCustomer(station.customers.customerModel.data(station.customers.customerModel.index(0, 0), 256))
            onDownPressed: { matches.currentIndex = 0; matches.forceActiveFocus() }
        }
        ListView {
            id: matches
            objectName: "customerMatches"
            y: find.height + 14
            width: parent.width
            height: parent.height - y - back.height - 14
            clip: true
            model: station.customers.customerModel
            keyNavigationEnabled: true
            activeFocusOnTab: true
            currentIndex: -1
            delegate: Rectangle {
                id: person
                required property int index
                required property string customerId
                required property string name
                required property string email
                required property string phone
                objectName: "customer_" + index
                width: matches.width
                height: 68
                radius: 10
                color: matches.activeFocus && matches.currentIndex === index ? Theme.primarySoft
                     : (index % 2 ? Theme.surface : Theme.cream)
                border.width: matches.activeFocus && matches.currentIndex === index ? 3 : 0
                border.color: Theme.espresso
                Keys.onReturnPressed: station.customers.attachCustomer(person.customerId)
                Text { textFormat: Text.PlainText; x: 16; y: 10; width: parent.width - 32; text: person.name; elide: Text.ElideRight; font.family: Theme.font; font.pixelSize: 20; font.weight: Font.DemiBold; color: Theme.ink }
                Text { textFormat: Text.PlainText; x: 16; y: 40; width: parent.width - 32; text: person.email + (person.phone === "" ? "" : " · " + person.phone); elide: Text.ElideRight; font.family: Theme.font; font.pixelSize: 15; color: Theme.muted }
                MouseArea { anchors.fill: parent; onClicked: station.customers.attachCustomer(person.customerId) }
            }
            Text {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                visible: matches.count === 0
                text: qsTr("Type at least a name, an e-mail or a phone number.")
                font.family: Theme.font
                font.pixelSize: 19
                color: Theme.muted
            }
        }
        SButton {
            id: back
            objectName: "btnCustomerBack"
            y: parent.height - height
            text: qsTr("Back to the sale")
            keyHint: "Esc"
            onClicked: station.back()
        }
    }

    SPanel {
        id: form
        title: qsTr("New customer")
        x: left.width + root.gap
        width: root.width - left.width - root.gap
        height: root.height
        Column {
            width: parent.width
            spacing: 10
            SField { id: email; width: parent.width; label: qsTr("E-mail"); inputName: "newEmail" }
            SField { id: first; width: parent.width; label: qsTr("First name"); inputName: "newFirst"; maximumLength: 60 }
            SField { id: last; width: parent.width; label: qsTr("Last name"); inputName: "newLast"; maximumLength: 60 }
            SField {
                id: phone
                width: parent.width
                label: qsTr("Phone (optional)")
                inputName: "newPhone"
                maximumLength: 30
                onAccepted: create.clicked()
            }
            Repeater {
                model: station.customers.customerErrors
                delegate: Text {
                    textFormat: Text.PlainText
                    required property string modelData
                    width: form.width - 48
                    wrapMode: Text.WordWrap
                    text: "• " + modelData
                    font.family: Theme.font
                    font.pixelSize: 17
                    color: Theme.danger
                }
            }
            SButton {
                id: create
                objectName: "btnCreateCustomer"
                width: parent.width
                kind: "primary"
                text: qsTr("Create and attach")
                keyHint: "Enter"
                enabled: !station.busy
                onClicked: station.customers.createCustomer(email.text, first.text, last.text, phone.text)
            }
        }
    }
}
