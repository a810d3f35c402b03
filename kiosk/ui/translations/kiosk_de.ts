<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccessibilityBar</name>
    <message>
        <location filename="../qml/components/AccessibilityBar.qml" line="+25"/>
        <source>Accessibility on</source>
        <translation>Barrierefrei an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accessibility</source>
        <translation>Barrierefrei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility mode is on. Press to turn it off.</source>
        <translation>Der barrierefreie Modus ist an. Zum Ausschalten drücken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility mode: high contrast, more time, speech. Press to turn it on.</source>
        <translation>Barrierefreier Modus: hoher Kontrast, mehr Zeit, Sprachausgabe. Zum Einschalten drücken.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quieter</source>
        <translation>Leiser</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Louder</source>
        <translation>Lauter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat what was said</source>
        <translation>Das Gesagte wiederholen</translation>
    </message>
</context>
<context>
    <name>AccessibilityHeader</name>
    <message>
        <location filename="../qml/components/AccessibilityHeader.qml" line="+54"/>
        <source>Keys: Tab or arrows move, Enter selects, Esc goes back, F1 ends accessibility mode.</source>
        <translation>Tasten: Tab oder Pfeile bewegen, Enter wählt aus, Esc geht zurück, F1 beendet den barrierefreien Modus.</translation>
    </message>
</context>
<context>
    <name>AllergenFilter</name>
    <message>
        <location filename="../qml/components/AllergenFilter.qml" line="+35"/>
        <source>Hide products with:</source>
        <translation>Produkte ausblenden mit:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Ask our team about allergens: recipes can change.</source>
        <translation>Fragen Sie unser Team nach Allergenen: Rezepte können sich ändern.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show everything</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="+123"/>
        <source>Welcome to</source>
        <translation>Willkommen bei</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Order here and pay by card. Fresh from our kitchen.</source>
        <translation>Hier bestellen und mit Karte bezahlen. Frisch aus unserer Küche.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+30"/>
        <source>Tap to order</source>
        <translation>Zum Bestellen tippen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Touch anywhere to start</source>
        <translation>Zum Starten den Bildschirm berühren</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>For staff: %1</source>
        <translation>Für das Personal: %1</translation>
    </message>
</context>
<context>
    <name>CartBar</name>
    <message>
        <location filename="../qml/components/CartBar.qml" line="+35"/>
        <source>Your order is empty</source>
        <translation>Ihre Bestellung ist leer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Review order</source>
        <translation>Bestellung prüfen</translation>
    </message>
</context>
<context>
    <name>CartScreen</name>
    <message>
        <location filename="../qml/screens/CartScreen.qml" line="+31"/>
        <source>Back to menu</source>
        <translation>Zur Speisekarte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your order</source>
        <translation>Ihre Bestellung</translation>
    </message>
    <message>
        <location filename="../qml/screens/cart/CartLine.qml" line="+74"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit note</source>
        <translation>Notiz ändern</translation>
    </message>
    <message>
        <location filename="../qml/screens/cart/CartFooter.qml" line="+17"/>
        <source>Anything else?</source>
        <translation>Darf es noch etwas sein?</translation>
    </message>
    <message>
        <location filename="../qml/screens/CartScreen.qml" line="+35"/>
        <source>Your order is empty</source>
        <translation>Ihre Bestellung ist leer</translation>
    </message>
    <message>
        <location filename="../qml/screens/cart/UndoBar.qml" line="+36"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../qml/screens/cart/CartSummary.qml" line="+43"/>
        <source>Change table</source>
        <translation>Tisch ändern</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add more</source>
        <translation>Mehr hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pay by card</source>
        <translation>Mit Karte bezahlen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pay at the counter</source>
        <translation>An der Kasse bezahlen</translation>
    </message>
    <message>
        <location filename="../qml/screens/cart/UpsellOverlay.qml" line="+85"/>
        <source>Add</source>
        <translation>Dazu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No thanks, pay now</source>
        <translation>Nein danke, jetzt bezahlen</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../qml/components/Chip.qml" line="+58"/>
        <source>Not with this choice</source>
        <translation>Nicht mit dieser Auswahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <location filename="../qml/screens/ConfirmationScreen.qml" line="+67"/>
        <source>Your order number</source>
        <translation>Ihre Bestellnummer</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Your order</source>
        <translation>Ihre Bestellung</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>More below</source>
        <translation>Weitere unten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>To pay at the counter</source>
        <translation>An der Kasse zu zahlen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>More time</source>
        <translation>Mehr Zeit</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A paper receipt</source>
        <translation>Ein Papierbeleg</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to your inbox</source>
        <translation>In Ihr Postfach</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan with your phone</source>
        <translation>Mit dem Handy scannen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+57"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Send receipt</source>
        <translation>Beleg senden</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No receipt, thanks</source>
        <translation>Kein Beleg, danke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>DemoReaderPanel</name>
    <message>
        <location filename="../qml/screens/DemoReaderPanel.qml" line="+33"/>
        <source>SIMULATED CARD READER · DEMO</source>
        <translation>SIMULIERTES KARTENTERMINAL · DEMO</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Present a test card:</source>
        <translation>Testkarte vorlegen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for the kiosk to ask for a card…</source>
        <translation>Warten, bis der Kiosk nach einer Karte fragt…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Insufficient funds</source>
        <translation>Unzureichende Deckung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel on reader</source>
        <translation>Am Terminal abbrechen</translation>
    </message>
</context>
<context>
    <name>EmailKeyboard</name>
    <message>
        <location filename="../qml/components/EmailKeyboard.qml" line="+133"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>EntryOverlay</name>
    <message>
        <location filename="../qml/components/EntryOverlay.qml" line="+45"/>
        <source>The number on your table, or on the tracker you took</source>
        <translation>Die Nummer auf Ihrem Tisch oder auf dem Aufsteller, den Sie genommen haben</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>e.g. no sugar, extra hot</source>
        <translation>z. B. ohne Zucker, extra heiß</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+44"/>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../qml/screens/IdleOverlay.qml" line="+32"/>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your order will be cleared when the countdown ends.</source>
        <translation>Ihre Bestellung wird gelöscht, wenn der Countdown abläuft.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Yes, I&apos;m still here</source>
        <translation>Ja, ich bin noch da</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../qml/components/LanguageButton.qml" line="+16"/>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
</context>
<context>
    <name>MenuScreen</name>
    <message>
        <location filename="../qml/screens/MenuScreen.qml" line="+65"/>
        <source>More below</source>
        <translation>Weitere unten</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sold out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Loading the menu…</source>
        <translation>Speisekarte wird geladen…</translation>
    </message>
    <message>
        <location filename="../qml/screens/menu/StartOverOverlay.qml" line="+26"/>
        <source>Start over?</source>
        <translation>Neu beginnen?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your order of %1 (%2) will be cleared.</source>
        <translation>Ihre Bestellung über %1 (%2) wird gelöscht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep my order</source>
        <translation>Bestellung behalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear and start over</source>
        <translation>Alles löschen</translation>
    </message>
</context>
<context>
    <name>OrderTypeScreen</name>
    <message>
        <location filename="../qml/screens/OrderTypeScreen.qml" line="+100"/>
        <source>Where will you enjoy your order?</source>
        <translation>Wo möchten Sie Ihre Bestellung genießen?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Eat in</source>
        <translation>Hier essen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We bring it to your table</source>
        <translation>Wir bringen es an Ihren Tisch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take away</source>
        <translation>Mitnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packed to go</source>
        <translation>Zum Mitnehmen verpackt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>OutOfOrderScreen</name>
    <message>
        <location filename="../qml/screens/OutOfOrderScreen.qml" line="+17"/>
        <source>Sorry, this kiosk is out of order</source>
        <translation>Dieser Kiosk ist leider außer Betrieb</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Please order at the counter. Our team will be happy to help.</source>
        <translation>Bitte bestellen Sie an der Theke. Unser Team hilft Ihnen gerne.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>For staff: %1</source>
        <translation>Für das Personal: %1</translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <location filename="../qml/screens/PaymentScreen.qml" line="+25"/>
        <source>Amount to pay</source>
        <translation>Zu zahlender Betrag</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Payment declined</source>
        <translation>Zahlung abgelehnt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment not completed</source>
        <translation>Zahlung nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Contactless, chip or swipe: all cards and phones welcome.</source>
        <translation>Kontaktlos, Chip oder Magnetstreifen: alle Karten und Smartphones willkommen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>PriceTag</name>
    <message>
        <location filename="../qml/components/PriceTag.qml" line="+26"/>
        <location line="+5"/>
        <source>was %1</source>
        <translation>statt %1</translation>
    </message>
</context>
<context>
    <name>ProductScreen</name>
    <message>
        <location filename="../qml/screens/ProductScreen.qml" line="+25"/>
        <source>Back to menu</source>
        <translation>Zur Speisekarte</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Add to order</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>StaffAttention</name>
    <message>
        <location filename="../staff/qml/StaffAttention.qml" line="+42"/>
        <source>Order %1 · %2 · since %3</source>
        <translation>Bestellung %1 · %2 · seit %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was done (needed to mark handled)</source>
        <translation>Was wurde getan? (nötig, um es als erledigt zu markieren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded at the counter</source>
        <translation>An der Kasse erstattet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer paid at the counter</source>
        <translation>Kunde hat an der Kasse bezahlt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order put back in Final POS</source>
        <translation>Bestellung in Final POS wiederhergestellt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Try again now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark handled</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 · since %2</source>
        <translation>%1 · seit %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove from the list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing needs attention. Every payment is settled and every receipt went out.</source>
        <translation>Nichts zu prüfen. Alle Zahlungen sind abgeschlossen und alle Belege wurden ausgegeben.</translation>
    </message>
</context>
<context>
    <name>StaffEntry</name>
    <message>
        <location filename="../staff/qml/StaffEntry.qml" line="+75"/>
        <source>A customer has an order in progress. Open staff mode anyway? Their order will be cleared.</source>
        <translation>Ein Kunde hat eine Bestellung begonnen. Trotzdem den Personalmodus öffnen? Die Bestellung wird gelöscht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open staff mode</source>
        <translation>Personalmodus öffnen</translation>
    </message>
</context>
<context>
    <name>StaffHome</name>
    <message>
        <location filename="../staff/qml/StaffHome.qml" line="+18"/>
        <source>Till open since %1 · orders: %2 · card: %3</source>
        <translation>Kasse offen seit %1 · Bestellungen: %2 · Karte: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No till session is open.</source>
        <translation>Keine Kassensitzung geöffnet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Till session</source>
        <translation>Kassensitzung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open, close, closing report</source>
        <translation>Öffnen, schließen, Abschlussbericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders today</source>
        <translation>Bestellungen heute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find an order, refund</source>
        <translation>Bestellung suchen, erstatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payments and receipts the kiosk could not finish</source>
        <translation>Zahlungen und Belege, die der Kiosk nicht abschließen konnte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card reader</source>
        <translation>Kartenleser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status, test message</source>
        <translation>Status, Testnachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordering</source>
        <translation>Bestellannahme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause, menu sync, sold out, close app</source>
        <translation>Pausieren, Menü abgleichen, ausverkauft, App schließen</translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
    <message>
        <location filename="../staff/qml/StaffMode.qml" line="+30"/>
        <source>‹ Kiosk</source>
        <translation>‹ Kiosk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till session</source>
        <translation>Kassensitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing report</source>
        <translation>Abschlussbericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders today</source>
        <translation>Bestellungen heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund order %1</source>
        <translation>Bestellung %1 erstatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card reader</source>
        <translation>Kartenleser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordering</source>
        <translation>Bestellannahme</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>One moment…</source>
        <translation>Einen Moment …</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>StaffOrderDetail</name>
    <message>
        <location filename="../staff/qml/StaffOrderDetail.qml" line="+14"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid with</source>
        <translation>Bezahlt mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Refund some items</source>
        <translation>Einzelne Artikel erstatten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund everything left</source>
        <translation>Alles Übrige erstatten</translation>
    </message>
</context>
<context>
    <name>StaffOrdering</name>
    <message>
        <location filename="../staff/qml/StaffOrdering.qml" line="+20"/>
        <source>Pause ordering</source>
        <translation>Bestellungen pausieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume ordering</source>
        <translation>Bestellungen fortsetzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync the menu now</source>
        <translation>Menü jetzt abgleichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the kiosk app</source>
        <translation>Kiosk-App schließen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sold out here: the product is marked out of stock at this outlet in Final POS.</source>
        <translation>Hier ausverkauft: Das Produkt ist in Final POS für diese Filiale als nicht vorrätig markiert.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Sold out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark sold out</source>
        <translation>Als ausverkauft markieren</translation>
    </message>
</context>
<context>
    <name>StaffOrders</name>
    <message>
        <location filename="../staff/qml/StaffOrders.qml" line="+14"/>
        <source>Search by order number, e.g. A012</source>
        <translation>Nach Bestellnummer suchen, z. B. A012</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 back</source>
        <translation>%1 zurück</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No orders today yet.</source>
        <translation>Heute noch keine Bestellungen.</translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message>
        <location filename="../staff/qml/StaffPin.qml" line="+18"/>
        <source>Enter your staff PIN</source>
        <translation>Geben Sie Ihre Personal-PIN ein</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>StaffReader</name>
    <message>
        <location filename="../staff/qml/StaffReader.qml" line="+16"/>
        <source>Reader</source>
        <translation>Lesegerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show a test message on the reader</source>
        <translation>Testnachricht auf dem Lesegerät anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
</context>
<context>
    <name>StaffRefund</name>
    <message>
        <location filename="../staff/qml/StaffRefund.qml" line="+19"/>
        <source>Everything left</source>
        <translation>Alles Übrige</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chosen items</source>
        <translation>Ausgewählte Artikel</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 · refunded</source>
        <translation>%1 · erstattet</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 · %n can be refunded</source>
        <translation>
            <numerusform>%1 · %n erstattbar</numerusform>
            <numerusform>%1 · %n erstattbar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Customer asked</source>
        <translation>Kundenwunsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charged twice</source>
        <translation>Doppelt belastet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fraud</source>
        <translation>Betrug</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why? (optional, goes to Final POS)</source>
        <translation>Warum? (optional, wird an Final POS gesendet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>Falscher Artikel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cold</source>
        <translation>Kalt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not collected</source>
        <translation>Nicht abgeholt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund %1</source>
        <translation>%1 erstatten</translation>
    </message>
</context>
<context>
    <name>StaffReport</name>
    <message>
        <location filename="../staff/qml/StaffReport.qml" line="+71"/>
        <source>The till session is closed. This report is saved in Final POS.</source>
        <translation>Die Kassensitzung ist geschlossen. Dieser Bericht ist in Final POS gespeichert.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Print report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a new till session</source>
        <translation>Neue Kassensitzung öffnen</translation>
    </message>
</context>
<context>
    <name>StaffTill</name>
    <message>
        <location filename="../staff/qml/StaffTill.qml" line="+18"/>
        <source>The till session is open.</source>
        <translation>Die Kassensitzung ist geöffnet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No till session is open. Orders open one by themselves, or open one now with a note.</source>
        <translation>Keine Kassensitzung geöffnet. Die erste Bestellung öffnet eine, oder Sie öffnen jetzt eine mit einer Notiz.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open since</source>
        <translation>Geöffnet seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened by</source>
        <translation>Geöffnet von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders paid</source>
        <translation>Bezahlte Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card total</source>
        <translation>Kartensumme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closing note (optional)</source>
        <translation>Notiz zum Abschluss (optional)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening note (optional)</source>
        <translation>Notiz zur Eröffnung (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of day</source>
        <translation>Tagesende</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+0"/>
        <source>Shift change</source>
        <translation>Schichtwechsel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start of day</source>
        <translation>Tagesbeginn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the till session</source>
        <translation>Kassensitzung schließen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a new till session</source>
        <translation>Neue Kassensitzung öffnen</translation>
    </message>
</context>
<context>
    <name>StationCard</name>
    <message>
        <location filename="../station/qml/StationCard.qml" line="+6"/>
        <source>Card payment</source>
        <translation>Kartenzahlung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel payment</source>
        <translation>Zahlung abbrechen</translation>
    </message>
</context>
<context>
    <name>StationCart</name>
    <message>
        <location filename="../station/qml/StationCart.qml" line="+11"/>
        <source>Sale · 1 item</source>
        <translation>Verkauf · 1 Artikel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sale · %1 items</source>
        <translation>Verkauf · %1 Artikel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No customer</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Eat in</source>
        <translation>Hier essen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Take away</source>
        <translation>Mitnehmen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order note</source>
        <translation>Notiz zur Bestellung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kiosk order %1 · paid as ordered</source>
        <translation>Kiosk-Bestellung %1 · unverändert bezahlen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Put back</source>
        <translation>Zurücklegen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Tap a product, search, or scan a barcode.</source>
        <translation>Tippen Sie auf ein Produkt, suchen Sie oder scannen Sie einen Barcode.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tax included</source>
        <translation>Inkl. MwSt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>One less</source>
        <translation>Eins weniger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more</source>
        <translation>Eins mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line discount</source>
        <translation>Positionsrabatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order discount</source>
        <translation>Bestellrabatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Park</source>
        <translation>Parken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parked</source>
        <translation>Geparkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk orders (%1)</source>
        <translation>Vom Kiosk (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kiosk orders</source>
        <translation>Vom Kiosk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear sale</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
</context>
<context>
    <name>StationCash</name>
    <message>
        <location filename="../station/qml/StationCash.qml" line="+14"/>
        <source>Cash payment</source>
        <translation>Barzahlung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To pay</source>
        <translation>Zu zahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation>Rückgeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough</source>
        <translation>Zu wenig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exact amount</source>
        <translation>Passend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next round note</source>
        <translation>Nächster Schein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amount handed over</source>
        <translation>Erhaltener Betrag</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Take cash</source>
        <translation>Bar kassieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the sale</source>
        <translation>Zurück zum Verkauf</translation>
    </message>
</context>
<context>
    <name>StationCloseTill</name>
    <message>
        <location filename="../station/qml/StationCloseTill.qml" line="+16"/>
        <location line="+81"/>
        <source>Close the till</source>
        <translation>Kasse schließen</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Closing report</source>
        <translation>Abschlussbericht</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Print report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Count every note and coin in the drawer, then enter the total.</source>
        <translation>Zählen Sie alle Scheine und Münzen in der Kassenlade und geben Sie dann die Summe ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counted cash</source>
        <translation>Gezähltes Bargeld</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash in the drawer</source>
        <translation>Bargeld in der Kassenlade</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening float</source>
        <translation>Wechselgeld zu Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected (float + cash sales − cash refunds)</source>
        <translation>Erwartet (Wechselgeld + Barverkäufe − Barerstattungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The expected cash (opening float plus cash sales) and the difference appear here once the till is closed.</source>
        <translation>Der erwartete Bargeldbestand (Wechselgeld zu Beginn plus Barverkäufe) und die Differenz erscheinen hier, sobald die Kasse geschlossen ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the sale</source>
        <translation>Zurück zum Verkauf</translation>
    </message>
</context>
<context>
    <name>StationCounter</name>
    <message>
        <location filename="../station/qml/StationCounter.qml" line="+9"/>
        <source>Kiosk orders to pay here</source>
        <translation>Kiosk-Bestellungen, hier zu bezahlen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The list cannot be updated right now; it shows the orders last seen and tries again by itself.</source>
        <translation>Die Liste kann gerade nicht aktualisiert werden; sie zeigt die zuletzt gesehenen Bestellungen und versucht es selbst erneut.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 item</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 items</source>
        <translation>%1 Artikel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ordered at %1</source>
        <translation>bestellt um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take payment</source>
        <translation>Kassieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kiosk orders cannot be read right now.</source>
        <translation>Die Kiosk-Bestellungen können gerade nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No kiosk orders are waiting.</source>
        <translation>Es warten keine Kiosk-Bestellungen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>↑ ↓ choose · Enter take payment</source>
        <translation>↑ ↓ wählen · Enter kassieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the sale</source>
        <translation>Zurück zum Verkauf</translation>
    </message>
</context>
<context>
    <name>StationCustomer</name>
    <message>
        <location filename="../station/qml/StationCustomer.qml" line="+12"/>
        <source>Find a customer</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name, e-mail or phone</source>
        <translation>Name, E-Mail oder Telefon</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type at least a name, an e-mail or a phone number.</source>
        <translation>Geben Sie mindestens einen Namen, eine E-Mail-Adresse oder eine Telefonnummer ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to the sale</source>
        <translation>Zurück zum Verkauf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone (optional)</source>
        <translation>Telefon (optional)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create and attach</source>
        <translation>Anlegen und zuordnen</translation>
    </message>
</context>
<context>
    <name>StationDiscount</name>
    <message>
        <location filename="../station/qml/StationDiscount.qml" line="+15"/>
        <source>Discount on the order</source>
        <translation>Rabatt auf die Bestellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount on the line</source>
        <translation>Rabatt auf die Position</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the discount</source>
        <translation>Rabatt eingeben</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+77"/>
        <source>Manager PIN</source>
        <translation>PIN der Führungskraft</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why this discount?</source>
        <translation>Warum dieser Rabatt?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loyalty</source>
        <translation>Treue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complaint</source>
        <translation>Reklamation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promotion</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Up to %1 without a manager; above that a manager enters their PIN.</source>
        <translation>Bis %1 ohne Führungskraft; darüber gibt eine Führungskraft ihre PIN ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Apply discount</source>
        <translation>Rabatt anwenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove discount</source>
        <translation>Rabatt entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>This discount is above %1. A manager types their PIN on the keyboard to allow it.</source>
        <translation>Dieser Rabatt liegt über %1. Eine Führungskraft gibt zur Freigabe ihre PIN über die Tastatur ein.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The keypad on the left types the PIN too.</source>
        <translation>Die PIN kann auch über das Tastenfeld links eingegeben werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allow the discount</source>
        <translation>Rabatt freigeben</translation>
    </message>
</context>
<context>
    <name>StationDone</name>
    <message>
        <location filename="../station/qml/StationDone.qml" line="+8"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change due</source>
        <translation>Rückgeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next customer</source>
        <translation>Nächster Kunde</translation>
    </message>
</context>
<context>
    <name>StationFind</name>
    <message>
        <location filename="../station/qml/StationFind.qml" line="+11"/>
        <source>Find a product</source>
        <translation>Produkt suchen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name, SKU or barcode</source>
        <translation>Name, Artikelnr. oder Barcode</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Ctrl+PgUp / Ctrl+PgDn: previous or next category · arrows and Enter pick a product</source>
        <translation>Strg+Bild↑ / Strg+Bild↓: Kategorie wechseln · Pfeile und Enter: Produkt wählen</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+85"/>
        <location line="+88"/>
        <source>Sold out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Type to search, or scan a barcode anywhere.</source>
        <translation>Tippen Sie, um zu suchen, oder scannen Sie jederzeit einen Barcode.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Nothing matches “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose: %1</source>
        <translation>Auswahl: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>StationMain</name>
    <message>
        <location filename="../station/qml/StationMain.qml" line="+12"/>
        <location line="+17"/>
        <source>Checkout station</source>
        <translation>Kassenplatz</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Checkout station · %1</source>
        <translation>Kassenplatz · %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close till</source>
        <translation>Kasse schließen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Switch user</source>
        <translation>Benutzer wechseln</translation>
    </message>
</context>
<context>
    <name>StationOpenTill</name>
    <message>
        <location filename="../station/qml/StationOpenTill.qml" line="+9"/>
        <source>Open the till: count the float</source>
        <translation>Kasse öffnen: Wechselgeld zählen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No till session is open. Enter the cash in the drawer to start with.</source>
        <translation>Keine Kassensitzung geöffnet. Geben Sie das Bargeld ein, mit dem die Kassenlade beginnt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No float</source>
        <translation>Kein Wechselgeld</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open till</source>
        <translation>Kasse öffnen</translation>
    </message>
</context>
<context>
    <name>StationOrders</name>
    <message>
        <location filename="../station/qml/StationOrders.qml" line="+23"/>
        <source>Today&apos;s orders</source>
        <translation>Bestellungen heute</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3 refunded</source>
        <translation>%1 · %2 · %3 erstattet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No orders today.</source>
        <translation>Heute noch keine Bestellungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back to the sale</source>
        <translation>Zurück zum Verkauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose an order</source>
        <translation>Bestellung wählen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · refunded</source>
        <translation>%1 · erstattet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refund all</source>
        <translation>Alles erstatten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund in cash</source>
        <translation>Bar erstatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund lines · %1</source>
        <translation>Positionen erstatten · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint receipt</source>
        <translation>Beleg nachdrucken</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+50"/>
        <source>Manager PIN</source>
        <translation>PIN der Führungskraft</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Are you sure?</source>
        <translation>Sind Sie sicher?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hand back in cash</source>
        <translation>Bar zurückgeben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refunds need a manager. A manager types their PIN to allow this one.</source>
        <translation>Erstattungen brauchen eine Führungskraft. Eine Führungskraft gibt ihre PIN ein, um diese freizugeben.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Yes, go ahead</source>
        <translation>Ja, fortfahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, go back</source>
        <translation>Nein, zurück</translation>
    </message>
</context>
<context>
    <name>StationParked</name>
    <message>
        <location filename="../station/qml/StationParked.qml" line="+8"/>
        <source>Parked sales</source>
        <translation>Geparkte Verkäufe</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 items · parked by %2 at %3</source>
        <translation>%1 Artikel · geparkt von %2 um %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No parked sales.</source>
        <translation>Keine geparkten Verkäufe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>↑ ↓ choose · Enter resume</source>
        <translation>↑ ↓ wählen · Enter fortsetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the sale</source>
        <translation>Zurück zum Verkauf</translation>
    </message>
</context>
<context>
    <name>StationQuantity</name>
    <message>
        <location filename="../station/qml/StationQuantity.qml" line="+25"/>
        <source>Quantity of %1</source>
        <translation>Menge: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type the quantity</source>
        <translation>Menge eingeben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set quantity</source>
        <translation>Menge übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>StationSignIn</name>
    <message>
        <location filename="../station/qml/StationSignIn.qml" line="+9"/>
        <source>Sign in with your PIN</source>
        <translation>Mit Ihrer PIN anmelden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type your PIN</source>
        <translation>PIN eingeben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../qml/components/Stepper.qml" line="+23"/>
        <source>Fewer</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="python_strings.js" line="+129"/>
        <source>paused by staff</source>
        <extracomment>kiosk/ui/pauses.py:63</extracomment>
        <translation>vom Personal pausiert</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Final POS unreachable ({detail})</source>
        <extracomment>kiosk/ui/pauses.py:45</extracomment>
        <translation>Final POS nicht erreichbar ({detail})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final POS refused the API key: run kiosk check</source>
        <extracomment>kiosk/ui/pauses.py:47</extracomment>
        <translation>Final POS hat den API-Schlüssel abgelehnt: kiosk check ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for Final POS to confirm this outlet and station</source>
        <extracomment>kiosk/ui/pauses.py:51</extracomment>
        <translation>Warten auf die Bestätigung von Filiale und Station durch Final POS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no card reader is set for this station: run kiosk setup</source>
        <extracomment>kiosk/ui/pauses.py:53</extracomment>
        <translation>Für diese Station ist kein Kartenterminal eingerichtet: kiosk setup ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the card reader {name} is offline</source>
        <extracomment>kiosk/ui/pauses.py:55</extracomment>
        <translation>das Kartenterminal {name} ist offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stripe refused access to the card reader ({detail}): run kiosk check</source>
        <extracomment>kiosk/ui/pauses.py:57</extracomment>
        <translation>Stripe hat den Zugriff auf das Kartenterminal verweigert ({detail}): kiosk check ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stripe cannot be reached</source>
        <extracomment>kiosk/ui/pauses.py:62</extracomment>
        <translation>Stripe ist nicht erreichbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no sugar</source>
        <extracomment>kiosk/ui/screenshots.py:229 kiosk/ui/screenshots.py:304</extracomment>
        <translation>ohne Zucker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your card was declined. Please try another card.</source>
        <extracomment>kiosk/ui/screenshots.py:270</extracomment>
        <translation>Ihre Karte wurde abgelehnt. Bitte versuchen Sie es mit einer anderen Karte.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>In progress</source>
        <extracomment>kiosk/ui/staff/orders.py:37 kiosk/ui/station/order_rows.py:34</extracomment>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>This payment could not be finished automatically.</source>
        <extracomment>kiosk/ui/staff/attention.py:47</extracomment>
        <translation>Diese Zahlung konnte nicht automatisch abgeschlossen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again now. If it keeps failing, check the network and call support.</source>
        <extracomment>kiosk/ui/staff/attention.py:48</extracomment>
        <translation>Versuchen Sie es jetzt erneut. Wenn es weiter fehlschlägt, prüfen Sie das Netzwerk und rufen Sie den Support an.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Paid</source>
        <extracomment>kiosk/ui/staff/orders.py:34 kiosk/ui/station/order_rows.py:31</extracomment>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <extracomment>kiosk/ui/staff/orders.py:36 kiosk/ui/station/order_rows.py:29</extracomment>
        <translation>Storniert</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>%n refund(s), {amount}</source>
        <oldsource>{count} refunds, {amount}</oldsource>
        <extracomment>kiosk/ui/staff/till.py:70</extracomment>
        <translation>
            <numerusform>%n Erstattung, {amount}</numerusform>
            <numerusform>%n Erstattungen, {amount}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-136"/>
        <source>The reader is not reachable. Check that it is switched on, charged and on the store&apos;s Wi-Fi; restart it with its power button. Until it is back, pause ordering so nobody orders without a way to pay.</source>
        <extracomment>kiosk/ui/staff/controls.py:72</extracomment>
        <translation>Das Lesegerät ist nicht erreichbar. Prüfen Sie, ob es eingeschaltet, geladen und im WLAN des Geschäfts ist; starten Sie es mit der Ein-/Aus-Taste neu. Pausieren Sie die Bestellungen, bis es wieder da ist, damit niemand ohne Zahlungsmöglichkeit bestellt.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The card was charged, but the order was cancelled in Final POS.</source>
        <extracomment>kiosk/ui/staff/attention.py:27</extracomment>
        <translation>Die Karte wurde belastet, aber die Bestellung wurde in Final POS storniert.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Gluten</source>
        <extracomment>kiosk/ui/allergens.py:14</extracomment>
        <translation>Gluten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crustaceans</source>
        <extracomment>kiosk/ui/allergens.py:15</extracomment>
        <translation>Krebstiere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eggs</source>
        <extracomment>kiosk/ui/allergens.py:16</extracomment>
        <translation>Eier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fish</source>
        <extracomment>kiosk/ui/allergens.py:17</extracomment>
        <translation>Fisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peanuts</source>
        <extracomment>kiosk/ui/allergens.py:18</extracomment>
        <translation>Erdnüsse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soy</source>
        <extracomment>kiosk/ui/allergens.py:19</extracomment>
        <translation>Soja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milk</source>
        <extracomment>kiosk/ui/allergens.py:20</extracomment>
        <translation>Milch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nuts</source>
        <extracomment>kiosk/ui/allergens.py:21</extracomment>
        <translation>Schalenfrüchte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Celery</source>
        <extracomment>kiosk/ui/allergens.py:22</extracomment>
        <translation>Sellerie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mustard</source>
        <extracomment>kiosk/ui/allergens.py:23</extracomment>
        <translation>Senf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sesame</source>
        <extracomment>kiosk/ui/allergens.py:24</extracomment>
        <translation>Sesam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sulphites</source>
        <extracomment>kiosk/ui/allergens.py:25</extracomment>
        <translation>Sulfite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lupin</source>
        <extracomment>kiosk/ui/allergens.py:26</extracomment>
        <translation>Lupinen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Molluscs</source>
        <extracomment>kiosk/ui/allergens.py:27</extracomment>
        <translation>Weichtiere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vegetarian</source>
        <extracomment>kiosk/ui/allergens.py:28</extracomment>
        <translation>Vegetarisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vegan</source>
        <extracomment>kiosk/ui/allergens.py:29</extracomment>
        <translation>Vegan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gluten-free</source>
        <extracomment>kiosk/ui/allergens.py:30</extracomment>
        <translation>Glutenfrei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dairy-free</source>
        <extracomment>kiosk/ui/allergens.py:31</extracomment>
        <translation>Milchfrei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contains: {allergens}</source>
        <extracomment>kiosk/ui/allergens.py:63</extracomment>
        <translation>Enthält: {allergens}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Final POS refused the API key (check finalpos_api_key)</source>
        <extracomment>kiosk/ui/pauses.py:28</extracomment>
        <translation>Final POS hat den API-Schlüssel abgelehnt (finalpos_api_key prüfen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final POS cannot be reached</source>
        <extracomment>kiosk/ui/pauses.py:29</extracomment>
        <translation>Final POS ist nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final POS refused to describe this outlet or station</source>
        <extracomment>kiosk/ui/pauses.py:30</extracomment>
        <translation>Final POS verweigert die Angaben zu dieser Filiale oder Station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the configured outlet does not exist in Final POS (check outlet_id)</source>
        <extracomment>kiosk/ui/pauses.py:31</extracomment>
        <translation>die eingestellte Filiale gibt es in Final POS nicht (outlet_id prüfen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the configured station does not exist in Final POS (check station_id)</source>
        <extracomment>kiosk/ui/pauses.py:34</extracomment>
        <translation>die eingestellte Station gibt es in Final POS nicht (station_id prüfen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the station belongs to another outlet (check station_id)</source>
        <extracomment>kiosk/ui/pauses.py:37</extracomment>
        <translation>die Station gehört zu einer anderen Filiale (station_id prüfen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the station has no card reader</source>
        <extracomment>kiosk/ui/pauses.py:38</extracomment>
        <translation>die Station hat kein Kartenterminal</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Refund the customer, or mark it handled if the order was put back.</source>
        <extracomment>kiosk/ui/staff/attention.py:28</extracomment>
        <translation>Erstatten Sie dem Kunden den Betrag oder markieren Sie es als erledigt, wenn die Bestellung wiederhergestellt wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order is marked paid in Final POS, but no card payment was taken.</source>
        <extracomment>kiosk/ui/staff/attention.py:31</extracomment>
        <translation>Die Bestellung ist in Final POS als bezahlt markiert, aber es wurde keine Kartenzahlung eingezogen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the customer to pay at the counter, then mark it handled.</source>
        <extracomment>kiosk/ui/staff/attention.py:32</extracomment>
        <translation>Bitten Sie den Kunden, an der Kasse zu bezahlen, und markieren Sie es dann als erledigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The money was refunded, but Final POS has not recorded the refund yet.</source>
        <extracomment>kiosk/ui/staff/attention.py:35</extracomment>
        <translation>Das Geld wurde erstattet, aber Final POS hat die Erstattung noch nicht verbucht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again now. The kiosk also retries every minute.</source>
        <extracomment>kiosk/ui/staff/attention.py:36</extracomment>
        <translation>Versuchen Sie es jetzt erneut. Der Kiosk versucht es auch jede Minute selbst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card company reports that this refund failed.</source>
        <extracomment>kiosk/ui/staff/attention.py:39</extracomment>
        <translation>Der Kartenanbieter meldet, dass diese Erstattung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund the customer another way, then mark it handled.</source>
        <extracomment>kiosk/ui/staff/attention.py:40</extracomment>
        <translation>Erstatten Sie dem Kunden den Betrag auf anderem Weg und markieren Sie es dann als erledigt.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <extracomment>kiosk/ui/staff/entry.py:130</extracomment>
        <translation>Zu viele falsche PINs. Versuchen Sie es in {seconds} s erneut.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Kitchen ticket</source>
        <extracomment>kiosk/ui/staff/receipts.py:35</extracomment>
        <translation>Küchenbon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emailed receipt</source>
        <extracomment>kiosk/ui/staff/receipts.py:37</extracomment>
        <translation>Beleg per E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed receipt</source>
        <extracomment>kiosk/ui/staff/receipts.py:40</extracomment>
        <translation>Gedruckter Beleg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The printer is out of paper. Load a new roll, then try again.</source>
        <extracomment>kiosk/ui/staff/receipts.py:55</extracomment>
        <translation>Der Drucker hat kein Papier mehr. Legen Sie eine neue Rolle ein und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer is offline or its cover is open. Check it, then try again.</source>
        <extracomment>kiosk/ui/staff/receipts.py:57</extracomment>
        <translation>Der Drucker ist offline oder seine Abdeckung ist offen. Prüfen Sie ihn und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer cannot be reached. Check its power and cable, then try again.</source>
        <extracomment>kiosk/ui/staff/receipts.py:59</extracomment>
        <translation>Der Drucker ist nicht erreichbar. Prüfen Sie Stromversorgung und Kabel und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The receipt could not be emailed. Offer the customer a printed receipt.</source>
        <extracomment>kiosk/ui/staff/receipts.py:61</extracomment>
        <translation>Der Beleg konnte nicht per E-Mail gesendet werden. Bieten Sie dem Kunden einen gedruckten Beleg an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server did not accept the receipt yet. The kiosk keeps trying.</source>
        <extracomment>kiosk/ui/staff/receipts.py:63</extracomment>
        <translation>Der Mailserver hat den Beleg noch nicht angenommen. Der Kiosk versucht es weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer did not print this. Check it, then try again.</source>
        <extracomment>kiosk/ui/staff/receipts.py:64</extracomment>
        <translation>Der Drucker hat das nicht gedruckt. Prüfen Sie ihn und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>{what} for order {number}</source>
        <extracomment>kiosk/ui/staff/receipts.py:46</extracomment>
        <translation>{what} für Bestellung {number}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{title}: done.</source>
        <extracomment>kiosk/ui/staff/receipts.py:123</extracomment>
        <translation>{title}: erledigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: it did not go out yet.</source>
        <extracomment>kiosk/ui/staff/receipts.py:125</extracomment>
        <translation>{title}: noch nicht ausgegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove this from the list? Only do this once order {number} has been taken care of by hand.</source>
        <extracomment>kiosk/ui/staff/receipts.py:137</extracomment>
        <translation>Aus der Liste entfernen? Tun Sie das erst, wenn Bestellung {number} von Hand erledigt wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <extracomment>kiosk/ui/staff/receipts.py:144</extracomment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} Final POS or the card service did not answer. Check the network, then try again.</source>
        <extracomment>kiosk/ui/staff/shell.py:172</extracomment>
        <translation>{what} Final POS oder der Kartendienst hat nicht geantwortet. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role cannot do this. Please ask a manager.</source>
        <extracomment>kiosk/ui/staff/shell.py:183</extracomment>
        <translation>Ihre Rolle darf das nicht. Bitte fragen Sie eine Führungskraft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a new till session?</source>
        <extracomment>kiosk/ui/staff/till.py:91</extracomment>
        <translation>Eine neue Kassensitzung öffnen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open session</source>
        <extracomment>kiosk/ui/staff/till.py:92</extracomment>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the till session now? The closing report is sent to Final POS.</source>
        <extracomment>kiosk/ui/staff/till.py:116</extracomment>
        <translation>Die Kassensitzung jetzt schließen? Der Abschlussbericht wird an Final POS gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close session</source>
        <extracomment>kiosk/ui/staff/till.py:117</extracomment>
        <translation>Sitzung schließen</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>card</source>
        <extracomment>kiosk/services/receipts/report.py:34 kiosk/ui/closing.py:61</extracomment>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cash</source>
        <extracomment>kiosk/services/receipts/report.py:34 kiosk/ui/closing.py:61</extracomment>
        <translation>bar</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>Card</source>
        <extracomment>kiosk/ui/staff/orders.py:179 kiosk/ui/staff/orders.py:180</extracomment>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund {amount} to the customer&apos;s card for order {number}?</source>
        <extracomment>kiosk/ui/staff/orders.py:267 kiosk/ui/station/orders_refund.py:91</extracomment>
        <translation>{amount} für Bestellung {number} auf die Karte des Kunden erstatten?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund {amount}</source>
        <extracomment>kiosk/ui/staff/orders.py:272</extracomment>
        <translation>{amount} erstatten</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Try to finish order {number} now? The kiosk asks Final POS and the card service and completes or cancels it.</source>
        <extracomment>kiosk/ui/staff/attention.py:116</extracomment>
        <translation>Bestellung {number} jetzt abschließen? Der Kiosk fragt bei Final POS und dem Kartendienst nach und schließt sie ab oder storniert sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again now</source>
        <extracomment>kiosk/ui/staff/attention.py:121</extracomment>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark order {number} as handled? Your note is added to the order in Final POS.</source>
        <extracomment>kiosk/ui/staff/attention.py:165</extracomment>
        <translation>Bestellung {number} als erledigt markieren? Ihre Notiz wird der Bestellung in Final POS hinzugefügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark handled</source>
        <extracomment>kiosk/ui/staff/attention.py:169</extracomment>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pause ordering? Customers see that ordering is paused.</source>
        <extracomment>kiosk/ui/staff/controls.py:138</extracomment>
        <translation>Bestellungen pausieren? Kunden sehen, dass Bestellungen pausiert sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause ordering</source>
        <extracomment>kiosk/ui/staff/controls.py:139</extracomment>
        <translation>Bestellungen pausieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark {name} as sold out? Every till and channel sees it in Final POS.</source>
        <extracomment>kiosk/ui/staff/controls.py:193</extracomment>
        <translation>{name} als ausverkauft markieren? Alle Kassen und Kanäle sehen das in Final POS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark sold out</source>
        <extracomment>kiosk/ui/staff/controls.py:197</extracomment>
        <translation>Als ausverkauft markieren</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Close the kiosk app? Customers cannot order until it is started again.</source>
        <extracomment>kiosk/ui/staff/viewmodel.py:250</extracomment>
        <translation>Die Kiosk-App schließen? Kunden können erst wieder bestellen, wenn sie neu gestartet wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the app</source>
        <extracomment>kiosk/ui/staff/viewmodel.py:251</extracomment>
        <translation>App schließen</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The till session could not be read.</source>
        <extracomment>kiosk/ui/staff/till.py:83</extracomment>
        <translation>Die Kassensitzung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new till session is open.</source>
        <extracomment>kiosk/ui/staff/till.py:107</extracomment>
        <translation>Eine neue Kassensitzung ist geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The till session was not opened.</source>
        <extracomment>kiosk/ui/staff/till.py:109</extracomment>
        <translation>Die Kassensitzung wurde nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The till session is closed and the report is in Final POS.</source>
        <extracomment>kiosk/ui/staff/till.py:134</extracomment>
        <translation>Die Kassensitzung ist geschlossen und der Bericht ist in Final POS.</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>Closed by</source>
        <extracomment>kiosk/services/receipts/report.py:89 kiosk/ui/staff/report.py:44</extracomment>
        <translation>Geschlossen von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <extracomment>kiosk/services/receipts/report.py:91 kiosk/ui/staff/report.py:45 kiosk/ui/station/signin.py:48</extracomment>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales</source>
        <extracomment>kiosk/services/receipts/report.py:92 kiosk/ui/staff/report.py:46 kiosk/ui/station/signin.py:49</extracomment>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of which taxes</source>
        <extracomment>kiosk/services/receipts/report.py:93 kiosk/ui/closing.py:46</extracomment>
        <translation>Davon Steuern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refunds</source>
        <extracomment>kiosk/services/receipts/report.py:106 kiosk/ui/staff/report.py:48 kiosk/ui/station/signin.py:51</extracomment>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card total</source>
        <extracomment>kiosk/services/receipts/report.py:112 kiosk/ui/staff/report.py:49</extracomment>
        <translation>Kartensumme</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Paid by {method}</source>
        <extracomment>kiosk/services/receipts/report.py:110 kiosk/ui/closing.py:63</extracomment>
        <translation>Bezahlt mit {method}</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Showing this kiosk&apos;s own records: Final POS did not answer.</source>
        <extracomment>kiosk/ui/staff/orders.py:94</extracomment>
        <translation>Es werden die eigenen Aufzeichnungen dieses Kiosks angezeigt: Final POS hat nicht geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This order was not taken on this kiosk: refund it in Final POS.</source>
        <extracomment>kiosk/ui/staff/orders.py:119</extracomment>
        <translation>Diese Bestellung wurde nicht an diesem Kiosk aufgegeben: Erstatten Sie sie in Final POS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some details are missing: Final POS or Stripe did not answer.</source>
        <extracomment>kiosk/ui/staff/orders.py:132 kiosk/ui/station/orders.py:149</extracomment>
        <translation>Einige Angaben fehlen: Final POS oder Stripe hat nicht geantwortet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} refunded</source>
        <extracomment>kiosk/ui/staff/orders.py:172 kiosk/ui/station/orders.py:331</extracomment>
        <translation>{amount} erstattet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is left to refund on this order.</source>
        <extracomment>kiosk/ui/staff/orders.py:194 kiosk/ui/staff/orders.py:329 kiosk/ui/station/orders_refund.py:64 kiosk/ui/station/orders_refund.py:130</extracomment>
        <translation>Bei dieser Bestellung ist nichts mehr zu erstatten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one item to refund.</source>
        <extracomment>kiosk/ui/staff/orders.py:264 kiosk/ui/station/orders_refund.py:67</extracomment>
        <translation>Wählen Sie mindestens einen Artikel zum Erstatten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{amount} is on its way back to the customer&apos;s card.</source>
        <extracomment>kiosk/ui/staff/orders.py:304 kiosk/ui/station/orders_refund.py:111</extracomment>
        <translation>{amount} wird auf die Karte des Kunden zurückgebucht.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Order {number} is sorted out.</source>
        <extracomment>kiosk/ui/staff/attention.py:132</extracomment>
        <translation>Bestellung {number} ist geklärt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please write a short note saying what was done.</source>
        <extracomment>kiosk/ui/staff/attention.py:162</extracomment>
        <translation>Bitte schreiben Sie kurz auf, was getan wurde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order {number} is marked handled.</source>
        <extracomment>kiosk/ui/staff/attention.py:180</extracomment>
        <translation>Bestellung {number} ist als erledigt markiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {number} is not marked handled yet.</source>
        <extracomment>kiosk/ui/staff/attention.py:183</extracomment>
        <translation>Bestellung {number} ist noch nicht als erledigt markiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last seen at {time}</source>
        <extracomment>kiosk/ui/staff/controls.py:98</extracomment>
        <translation>Zuletzt gesehen um {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Look at the reader: it should show a test message now.</source>
        <extracomment>kiosk/ui/staff/controls.py:119</extracomment>
        <translation>Sehen Sie auf das Lesegerät: Es sollte jetzt eine Testnachricht zeigen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ordering is paused.</source>
        <extracomment>kiosk/ui/staff/controls.py:157</extracomment>
        <translation>Bestellungen sind pausiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordering is open again.</source>
        <extracomment>kiosk/ui/staff/controls.py:157</extracomment>
        <translation>Bestellungen sind wieder möglich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The menu is up to date with Final POS.</source>
        <extracomment>kiosk/ui/staff/controls.py:169</extracomment>
        <translation>Das Menü ist auf dem Stand von Final POS.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This product has no variants to mark in Final POS.</source>
        <extracomment>kiosk/ui/staff/controls.py:210</extracomment>
        <translation>Dieses Produkt hat keine Varianten, die in Final POS markiert werden können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is marked sold out.</source>
        <extracomment>kiosk/ui/staff/controls.py:215</extracomment>
        <translation>{name} ist als ausverkauft markiert.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>This kiosk cannot be closed from here.</source>
        <extracomment>kiosk/ui/staff/viewmodel.py:247</extracomment>
        <translation>Dieser Kiosk kann hier nicht geschlossen werden.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>This person may not open staff mode. Ask a manager.</source>
        <extracomment>kiosk/ui/staff/entry.py:117</extracomment>
        <translation>Diese Person darf den Personalmodus nicht öffnen. Fragen Sie eine Führungskraft.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>There is no open till session to close.</source>
        <extracomment>kiosk/ui/staff/till.py:136</extracomment>
        <translation>Es gibt keine offene Kassensitzung zum Schließen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The till session is still open.</source>
        <extracomment>kiosk/ui/staff/till.py:138</extracomment>
        <translation>Die Kassensitzung ist noch geöffnet.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>This order is not in this kiosk&apos;s records.</source>
        <extracomment>kiosk/ui/staff/orders.py:135</extracomment>
        <translation>Diese Bestellung ist nicht in den Aufzeichnungen dieses Kiosks.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{amount} is on its way back to the card. Final POS will be updated as soon as it answers.</source>
        <extracomment>kiosk/ui/staff/orders.py:307 kiosk/ui/station/orders_refund.py:114</extracomment>
        <translation>{amount} wird auf die Karte zurückgebucht. Final POS wird aktualisiert, sobald es antwortet.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Order {number} still needs attention.</source>
        <extracomment>kiosk/ui/staff/attention.py:135</extracomment>
        <translation>Bestellung {number} muss weiterhin geprüft werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {number} still needs a person: see what to do below.</source>
        <extracomment>kiosk/ui/staff/attention.py:139</extracomment>
        <translation>Bestellung {number} braucht weiterhin eine Person: Was zu tun ist, steht unten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not configured</source>
        <extracomment>kiosk/ui/staff/controls.py:87</extracomment>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <extracomment>kiosk/ui/staff/controls.py:89</extracomment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reader&apos;s status could not be read.</source>
        <extracomment>kiosk/ui/staff/controls.py:93</extracomment>
        <translation>Der Status des Lesegeräts konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Online</source>
        <extracomment>kiosk/ui/staff/controls.py:101</extracomment>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <extracomment>kiosk/ui/staff/controls.py:101</extracomment>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test from staff mode: hello!</source>
        <extracomment>kiosk/ui/staff/controls.py:117</extracomment>
        <translation>Test aus dem Personalmodus: Hallo!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No reader is set up for this kiosk.</source>
        <extracomment>kiosk/ui/staff/controls.py:121</extracomment>
        <translation>Für diesen Kiosk ist kein Lesegerät eingerichtet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reader did not take the message. Check that it is online.</source>
        <extracomment>kiosk/ui/staff/controls.py:124</extracomment>
        <translation>Das Lesegerät hat die Nachricht nicht angenommen. Prüfen Sie, ob es online ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Menu sync is not available in this mode.</source>
        <extracomment>kiosk/ui/staff/controls.py:172</extracomment>
        <translation>Der Menüabgleich ist in diesem Modus nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The menu was not updated.</source>
        <extracomment>kiosk/ui/staff/controls.py:174</extracomment>
        <translation>Das Menü wurde nicht aktualisiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Final POS does not know this product any more: sync the menu.</source>
        <extracomment>kiosk/ui/staff/controls.py:219</extracomment>
        <translation>Final POS kennt dieses Produkt nicht mehr: Gleichen Sie das Menü ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not marked sold out yet.</source>
        <extracomment>kiosk/ui/staff/controls.py:222</extracomment>
        <translation>{name} ist noch nicht als ausverkauft markiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No staff are set up yet. The installer adds them with: kiosk staff add NAME</source>
        <extracomment>kiosk/ui/staff/entry.py:119</extracomment>
        <translation>Es ist noch kein Personal eingerichtet. Die Installation fügt es hinzu mit: kiosk staff add NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That PIN is not right. Please try again.</source>
        <extracomment>kiosk/ui/staff/entry.py:123</extracomment>
        <translation>Diese PIN ist nicht richtig. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The refund is started but not confirmed yet. The kiosk finishes it by itself; do not refund again.</source>
        <extracomment>kiosk/ui/staff/orders.py:315 kiosk/ui/station/orders_refund.py:121</extracomment>
        <translation>Die Erstattung ist gestartet, aber noch nicht bestätigt. Der Kiosk schließt sie selbst ab; erstatten Sie nicht erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was refunded.</source>
        <extracomment>kiosk/ui/staff/orders.py:322</extracomment>
        <translation>Es wurde nichts erstattet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is more than is left to refund on this order. Nothing was refunded.</source>
        <extracomment>kiosk/ui/staff/orders.py:325 kiosk/ui/station/orders_refund.py:128</extracomment>
        <translation>Das ist mehr, als bei dieser Bestellung noch erstattet werden kann. Es wurde nichts erstattet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This order has no card payment to refund.</source>
        <extracomment>kiosk/ui/staff/orders.py:331 kiosk/ui/station/orders_refund.py:134</extracomment>
        <translation>Diese Bestellung hat keine Kartenzahlung, die erstattet werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card company reports that the refund failed. Refund the customer another way.</source>
        <extracomment>kiosk/ui/staff/orders.py:334 kiosk/ui/station/orders_refund.py:138</extracomment>
        <translation>Der Kartenanbieter meldet, dass die Erstattung fehlgeschlagen ist. Erstatten Sie dem Kunden den Betrag auf anderem Weg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card company refused the refund. Nothing was refunded.</source>
        <extracomment>kiosk/ui/staff/orders.py:341 kiosk/ui/station/orders_refund.py:142</extracomment>
        <translation>Der Kartenanbieter hat die Erstattung abgelehnt. Es wurde nichts erstattet.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Kiosk orders waiting to be paid here.</source>
        <extracomment>kiosk/ui/station/counter.py:129</extracomment>
        <translation>Kiosk-Bestellungen, die hier bezahlt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That order was already paid or cancelled.</source>
        <extracomment>kiosk/ui/station/counter.py:155</extracomment>
        <translation>Diese Bestellung wurde bereits bezahlt oder storniert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kiosk order {number}: take the payment.</source>
        <extracomment>kiosk/ui/station/counter.py:161</extracomment>
        <translation>Kiosk-Bestellung {number}: Bitte kassieren.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>This kiosk order was already paid or cancelled.</source>
        <extracomment>kiosk/ui/station/payment.py:171 kiosk/ui/station/payment.py:236</extracomment>
        <translation>Diese Kiosk-Bestellung wurde bereits bezahlt oder storniert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A kiosk order is paid as ordered. Clear it to start a new sale.</source>
        <extracomment>kiosk/ui/station/sale.py:99</extracomment>
        <translation>Eine Kiosk-Bestellung wird wie bestellt bezahlt. Legen Sie sie zurück, um einen neuen Verkauf zu beginnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a line first.</source>
        <extracomment>kiosk/ui/station/sale.py:281</extracomment>
        <translation>Wählen Sie zuerst eine Position.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That PIN is not right. Try again.</source>
        <extracomment>kiosk/ui/station/signin.py:38</extracomment>
        <translation>Diese PIN ist nicht richtig. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Preparing the reader…</source>
        <extracomment>kiosk/ui/station/payment.py:205 kiosk/ui/station/payment.py:260</extracomment>
        <translation>Lesegerät wird vorbereitet…</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The reader cannot be used right now. Take cash or try again.</source>
        <extracomment>kiosk/ui/station/payment.py:43</extracomment>
        <translation>Das Lesegerät kann gerade nicht verwendet werden. Kassieren Sie bar oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Enter an e-mail address such as name@example.com.</source>
        <extracomment>kiosk/ui/station/customer.py:25</extracomment>
        <translation>Geben Sie eine E-Mail-Adresse wie name@example.com ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the first name.</source>
        <extracomment>kiosk/ui/station/customer.py:26</extracomment>
        <translation>Geben Sie den Vornamen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the last name.</source>
        <extracomment>kiosk/ui/station/customer.py:27</extracomment>
        <translation>Geben Sie den Nachnamen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names can be at most 60 characters.</source>
        <extracomment>kiosk/ui/station/customer.py:28</extracomment>
        <translation>Namen dürfen höchstens 60 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a phone number of 6 to 15 digits, or none.</source>
        <extracomment>kiosk/ui/station/customer.py:29</extracomment>
        <translation>Geben Sie eine Telefonnummer mit 6 bis 15 Ziffern ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer with this e-mail exists: attach them instead.</source>
        <extracomment>kiosk/ui/station/customer.py:30</extracomment>
        <translation>Es gibt bereits einen Kunden mit dieser E-Mail-Adresse: Ordnen Sie stattdessen ihn zu.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Final POS did not answer. Check the network, then try again.</source>
        <extracomment>kiosk/ui/station/state.py:107</extracomment>
        <translation>Final POS hat nicht geantwortet. Prüfen Sie das Netzwerk und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Too many wrong PINs. Try again in {s} seconds.</source>
        <extracomment>kiosk/ui/station/signin.py:33</extracomment>
        <translation>Zu viele falsche PINs. Versuchen Sie es in {s} Sekunden erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person may not use the checkout station.</source>
        <extracomment>kiosk/ui/station/signin.py:35</extracomment>
        <translation>Diese Person darf den Kassenplatz nicht verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No staff are set up. Add someone with `kiosk staff add`.</source>
        <extracomment>kiosk/ui/station/signin.py:37</extracomment>
        <translation>Es ist kein Personal eingerichtet. Fügen Sie jemanden mit `kiosk staff add` hinzu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Count the cash in the drawer and enter the total.</source>
        <extracomment>kiosk/ui/station/signin.py:180</extracomment>
        <translation>Zählen Sie das Bargeld in der Kassenlade und geben Sie die Summe ein.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Added {name}.</source>
        <extracomment>kiosk/ui/station/sale.py:125</extracomment>
        <translation>{name} hinzugefügt.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Up to {limit} without a manager.</source>
        <extracomment>kiosk/ui/station/discount.py:104</extracomment>
        <translation>Bis {limit} ohne Führungskraft.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Find the customer, or create them on the right.</source>
        <extracomment>kiosk/ui/station/customer.py:72</extracomment>
        <translation>Suchen Sie den Kunden oder legen Sie ihn rechts an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is on this sale.</source>
        <extracomment>kiosk/ui/station/customer.py:98</extracomment>
        <translation>{name} ist diesem Verkauf zugeordnet.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Enter the cash the customer hands over.</source>
        <extracomment>kiosk/ui/station/payment.py:115</extracomment>
        <translation>Geben Sie das Bargeld ein, das der Kunde übergibt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The customer pays on the reader.</source>
        <extracomment>kiosk/ui/station/payment.py:206</extracomment>
        <translation>Der Kunde bezahlt am Lesegerät.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The card was declined. Try another card or take cash.</source>
        <extracomment>kiosk/ui/station/payment.py:34</extracomment>
        <translation>Die Karte wurde abgelehnt. Versuchen Sie eine andere Karte oder kassieren Sie bar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card payment was cancelled. Nothing was charged.</source>
        <extracomment>kiosk/ui/station/payment.py:36</extracomment>
        <translation>Die Kartenzahlung wurde abgebrochen. Es wurde nichts abgebucht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reader is busy or offline. Check it, then try again.</source>
        <extracomment>kiosk/ui/station/payment.py:38</extracomment>
        <translation>Das Lesegerät ist beschäftigt oder offline. Prüfen Sie es und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment needs checking in staff mode before anything else.</source>
        <extracomment>kiosk/ui/station/payment.py:42</extracomment>
        <translation>Die Zahlung muss vor allem anderen im Personalmodus geprüft werden.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Signed in as {name}.</source>
        <extracomment>kiosk/ui/station/signin.py:118</extracomment>
        <translation>Angemeldet als {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed out.</source>
        <extracomment>kiosk/ui/station/signin.py:146</extracomment>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed out. The sale stays open for the next person.</source>
        <extracomment>kiosk/ui/station/signin.py:148</extracomment>
        <translation>Abgemeldet. Der Verkauf bleibt für die nächste Person offen.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>This product is no longer on the menu.</source>
        <extracomment>kiosk/ui/station/grid.py:167 kiosk/ui/station/search.py:88</extracomment>
        <translation>Dieses Produkt ist nicht mehr im Menü.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Scanned {code}: open the sale to add it.</source>
        <extracomment>kiosk/ui/station/search.py:110</extracomment>
        <translation>{code} gescannt: Öffnen Sie den Verkauf, um es hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode {code} is not on the menu.</source>
        <extracomment>kiosk/ui/station/search.py:114</extracomment>
        <translation>Barcode {code} ist nicht im Menü.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Add something to the sale first.</source>
        <extracomment>kiosk/ui/station/discount.py:97 kiosk/ui/station/payment.py:112 kiosk/ui/station/payment.py:199</extracomment>
        <translation>Fügen Sie dem Verkauf zuerst etwas hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give a reason for the discount.</source>
        <extracomment>kiosk/ui/station/discount.py:134</extracomment>
        <translation>Geben Sie einen Grund für den Rabatt an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is not a manager.</source>
        <extracomment>kiosk/ui/station/discount.py:171</extracomment>
        <translation>{name} ist keine Führungskraft.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sale parked. Resume it from Parked sales.</source>
        <extracomment>kiosk/ui/station/parked.py:64</extracomment>
        <translation>Verkauf geparkt. Fortsetzen unter „Geparkt“.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Finish or park the current sale first.</source>
        <extracomment>kiosk/ui/station/counter.py:144 kiosk/ui/station/parked.py:105</extracomment>
        <translation>Schließen Sie zuerst den laufenden Verkauf ab oder parken Sie ihn.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>That sale was already resumed or closed.</source>
        <extracomment>kiosk/ui/station/parked.py:116</extracomment>
        <translation>Dieser Verkauf wurde bereits fortgesetzt oder abgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale resumed; {n} item(s) are no longer on the menu.</source>
        <extracomment>kiosk/ui/station/parked.py:142</extracomment>
        <translation>Verkauf fortgesetzt; nicht mehr im Menü: {n} Artikel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale resumed.</source>
        <extracomment>kiosk/ui/station/parked.py:146</extracomment>
        <translation>Verkauf fortgesetzt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>That is less than the total of {total}.</source>
        <extracomment>kiosk/ui/station/payment.py:155</extracomment>
        <translation>Das ist weniger als die Summe von {total}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give {amount} change.</source>
        <extracomment>kiosk/ui/station/payment.py:185</extracomment>
        <translation>Geben Sie {amount} Rückgeld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid. No change due.</source>
        <extracomment>kiosk/ui/station/payment.py:187</extracomment>
        <translation>Bezahlt. Kein Rückgeld.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Till open with a float of {amount}.</source>
        <extracomment>kiosk/ui/station/signin.py:166</extracomment>
        <translation>Kasse geöffnet mit {amount} Wechselgeld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no open till to close.</source>
        <extracomment>kiosk/ui/station/signin.py:195</extracomment>
        <translation>Es gibt keine offene Kasse zum Schließen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Till closed. The cash matches.</source>
        <extracomment>kiosk/ui/station/signin.py:219</extracomment>
        <translation>Kasse geschlossen. Der Bargeldbestand stimmt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Till closed. The cash is {amount} {way}.</source>
        <extracomment>kiosk/ui/station/signin.py:222</extracomment>
        <translation>Kasse geschlossen. In der Kasse sind {amount} {way}.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>{name} is sold out.</source>
        <extracomment>kiosk/ui/station/sale.py:122</extracomment>
        <translation>{name} ist ausverkauft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That many cannot be sold.</source>
        <extracomment>kiosk/ui/station/sale.py:331</extracomment>
        <translation>So viele können nicht verkauft werden.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Enter a discount above zero and no larger than the amount.</source>
        <extracomment>kiosk/ui/station/discount.py:137</extracomment>
        <translation>Geben Sie einen Rabatt über null ein, der den Betrag nicht übersteigt.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Check the details marked below.</source>
        <extracomment>kiosk/ui/station/customer.py:120</extracomment>
        <translation>Prüfen Sie die unten markierten Angaben.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Final POS cannot take the order right now. Nothing was charged.</source>
        <extracomment>kiosk/ui/station/payment.py:227</extracomment>
        <translation>Final POS kann die Bestellung gerade nicht annehmen. Es wurde nichts abgebucht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sale cannot be paid by card: check the items.</source>
        <extracomment>kiosk/ui/station/payment.py:238</extracomment>
        <translation>Dieser Verkauf kann nicht mit Karte bezahlt werden: Prüfen Sie die Artikel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the card on the reader.</source>
        <extracomment>kiosk/ui/station/payment.py:261</extracomment>
        <translation>Warten auf die Karte am Lesegerät.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorising…</source>
        <extracomment>kiosk/ui/station/payment.py:262</extracomment>
        <translation>Autorisierung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording the payment…</source>
        <extracomment>kiosk/ui/station/payment.py:263</extracomment>
        <translation>Zahlung wird verbucht…</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>This is above {limit}: a manager enters their PIN to allow it.</source>
        <extracomment>kiosk/ui/station/discount.py:144</extracomment>
        <translation>Über {limit}: Eine Führungskraft gibt zur Freigabe ihre PIN ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount applied.</source>
        <extracomment>kiosk/ui/station/discount.py:159</extracomment>
        <translation>Rabatt angewendet.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Final POS did not confirm the new customer. Search for them in a minute.</source>
        <extracomment>kiosk/ui/station/customer.py:123</extracomment>
        <translation>Final POS hat den neuen Kunden nicht bestätigt. Suchen Sie ihn in einer Minute.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Parked sale</source>
        <extracomment>kiosk/ui/station/parked.py:88</extracomment>
        <translation>Geparkter Verkauf</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Paid in cash. Final POS has not confirmed it yet; the station finishes recording it by itself.</source>
        <extracomment>kiosk/ui/station/payment.py:162</extracomment>
        <translation>Bar bezahlt. Final POS hat es noch nicht bestätigt; der Kassenplatz schließt die Verbuchung selbst ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This sale cannot be taken: check the items.</source>
        <extracomment>kiosk/ui/station/payment.py:173</extracomment>
        <translation>Dieser Verkauf kann nicht angenommen werden: Prüfen Sie die Artikel.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>over</source>
        <extracomment>kiosk/ui/station/signin.py:225</extracomment>
        <translation>zu viel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>short</source>
        <extracomment>kiosk/ui/station/signin.py:225</extracomment>
        <translation>zu wenig</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Ordering is paused while we reconnect. You can still look at the menu.</source>
        <extracomment>kiosk/ui/viewmodels/app.py:200</extracomment>
        <translation>Bestellungen sind pausiert, bis die Verbindung wieder steht. Sie können sich die Speisekarte weiterhin ansehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordering is paused for a moment. You can still look at the menu.</source>
        <extracomment>kiosk/ui/viewmodels/app.py:202</extracomment>
        <translation>Bestellungen sind kurz pausiert. Sie können sich die Speisekarte weiterhin ansehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordering is paused</source>
        <extracomment>kiosk/ui/viewmodels/app.py:238</extracomment>
        <translation>Bestellungen pausiert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} removed</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:214</extracomment>
        <translation>{name} entfernt</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Checking your order…</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:136</extracomment>
        <translation>Ihre Bestellung wird geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add something to your order first</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:138 kiosk/ui/viewmodels/cart.py:153</extracomment>
        <translation>Bitte zuerst etwas hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to pay: please ask staff</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:140</extracomment>
        <translation>Nichts zu bezahlen: Bitte wenden Sie sich an das Personal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Includes tax</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:165</extracomment>
        <translation>Inkl. MwSt.</translation>
    </message>
    <message>
        <location line="-550"/>
        <source>Tax</source>
        <extracomment>kiosk/services/receipts/report.py:57 kiosk/ui/closing.py:28 kiosk/ui/viewmodels/cart.py:165</extracomment>
        <translation>MwSt.</translation>
    </message>
    <message>
        <location line="+558"/>
        <source>{order_type}, table {number}</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:181 kiosk/ui/viewmodels/confirmation.py:106</extracomment>
        <translation>{order_type}, Tisch {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your table or tracker number</source>
        <extracomment>kiosk/ui/viewmodels/cart_entry.py:57</extracomment>
        <translation>Ihre Tisch- oder Aufstellernummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note for {name}</source>
        <extracomment>kiosk/ui/viewmodels/cart_entry.py:63</extracomment>
        <translation>Eine Notiz zu {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the number first</source>
        <extracomment>kiosk/ui/viewmodels/cart_entry.py:73</extracomment>
        <translation>Geben Sie zuerst die Nummer ein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was charged. Check your order, then pay.</source>
        <extracomment>kiosk/ui/viewmodels/cart_pay.py:212</extracomment>
        <translation>Es wurde nichts abgebucht. Prüfen Sie Ihre Bestellung und bezahlen Sie dann.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{name} added. Check your order, then pay.</source>
        <extracomment>kiosk/ui/viewmodels/cart_pay.py:128</extracomment>
        <translation>{name} hinzugefügt. Prüfen Sie Ihre Bestellung und bezahlen Sie dann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sorry, {names} just sold out and was taken off your order.</source>
        <extracomment>kiosk/ui/viewmodels/cart_pay.py:202</extracomment>
        <translation>Leider ist {names} gerade ausverkauft und wurde aus Ihrer Bestellung entfernt.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>was {price}</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:357</extracomment>
        <translation>statt {price}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Eat in</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:177 kiosk/ui/viewmodels/confirmation.py:103</extracomment>
        <translation>Hier essen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take away</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:177 kiosk/ui/viewmodels/confirmation.py:103</extracomment>
        <translation>Mitnehmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is all we have of {name}.</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:248</extracomment>
        <translation>Mehr {name} haben wir leider nicht.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing here right now.</source>
        <extracomment>kiosk/ui/viewmodels/menu.py:131</extracomment>
        <translation>Hier gibt es gerade nichts.</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>from {price}</source>
        <extracomment>kiosk/ui/station/grid.py:132 kiosk/ui/viewmodels/menu.py:371 kiosk/ui/viewmodels/product.py:238</extracomment>
        <translation>ab {price}</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>The card was declined. Try another card or ask staff.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:37</extracomment>
        <translation>Die Karte wurde abgelehnt. Versuchen Sie es mit einer anderen Karte oder wenden Sie sich an das Personal.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The payment could not be finished. Please ask staff.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:47</extracomment>
        <translation>Die Zahlung konnte nicht abgeschlossen werden. Bitte wenden Sie sich an das Personal.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The payment did not go through. Try again, or try another card.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:36</extracomment>
        <translation>Die Zahlung ist nicht durchgegangen. Versuchen Sie es erneut oder mit einer anderen Karte.</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Parked</source>
        <extracomment>kiosk/ui/station/order_rows.py:33</extracomment>
        <translation>Zurückgelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing this station&apos;s own records: Final POS did not answer.</source>
        <extracomment>kiosk/ui/station/orders.py:112</extracomment>
        <translation>Es werden die Daten dieses Kassenplatzes gezeigt: Final POS hat nicht geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This order was not taken here: refund it in Final POS.</source>
        <extracomment>kiosk/ui/station/orders.py:127</extracomment>
        <translation>Diese Bestellung wurde nicht hier kassiert: Erstatten Sie sie in Final POS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This order is not in this station&apos;s records.</source>
        <extracomment>kiosk/ui/station/orders.py:153 kiosk/ui/station/orders_refund.py:136</extracomment>
        <translation>Diese Bestellung ist nicht in den Daten dieses Kassenplatzes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} may not refund orders.</source>
        <extracomment>kiosk/ui/station/orders_refund.py:82</extracomment>
        <translation>{name} darf keine Bestellungen erstatten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stripe did not answer. Nothing was refunded; try again.</source>
        <extracomment>kiosk/ui/station/orders_refund.py:126</extracomment>
        <translation>Stripe hat nicht geantwortet. Es wurde nichts erstattet; bitte erneut versuchen.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This order has no receipt to print.</source>
        <extracomment>kiosk/ui/station/reprint.py:39</extracomment>
        <translation>Für diese Bestellung gibt es keinen Beleg zum Drucken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt printed.</source>
        <extracomment>kiosk/ui/station/reprint.py:44</extracomment>
        <translation>Beleg gedruckt.</translation>
    </message>
    <message>
        <location line="-370"/>
        <source>The printer did not print it now; it tries again by itself.</source>
        <extracomment>kiosk/ui/closing.py:73 kiosk/ui/station/reprint.py:47</extracomment>
        <translation>Der Drucker hat ihn gerade nicht gedruckt; er versucht es von selbst erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No receipt printer is set up.</source>
        <extracomment>kiosk/ui/closing.py:74 kiosk/ui/station/reprint.py:51</extracomment>
        <translation>Es ist kein Belegdrucker eingerichtet.</translation>
    </message>
    <message>
        <location line="+300"/>
        <source>Order {number} · {total} · {status}</source>
        <extracomment>kiosk/ui/station/orders.py:321</extracomment>
        <translation>Bestellung {number} · {total} · {status}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Paid in cash</source>
        <extracomment>kiosk/ui/station/order_rows.py:31</extracomment>
        <translation>Bar bezahlt</translation>
    </message>
    <message>
        <location line="-382"/>
        <source>Refunded taxes are missing from this report: Final POS could not list the refunds.</source>
        <extracomment>kiosk/services/receipts/report.py:36</extracomment>
        <translation>In diesem Bericht fehlen die Steuern der Erstattungen: Final POS konnte die Erstattungen nicht auflisten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxes at an unknown rate</source>
        <extracomment>kiosk/services/receipts/report.py:54 kiosk/ui/closing.py:27</extracomment>
        <translation>Steuern zu unbekanntem Satz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} {rate}</source>
        <extracomment>kiosk/services/receipts/report.py:56 kiosk/ui/closing.py:28</extracomment>
        <translation>{name} {rate}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closing report</source>
        <extracomment>kiosk/services/receipts/report.py:80 kiosk/ui/staff/receipts.py:39</extracomment>
        <translation>Abschlussbericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station</source>
        <extracomment>kiosk/services/receipts/report.py:83</extracomment>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Till session</source>
        <extracomment>kiosk/services/receipts/report.py:84</extracomment>
        <translation>Kassensitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened</source>
        <extracomment>kiosk/services/receipts/report.py:86</extracomment>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened by</source>
        <extracomment>kiosk/services/receipts/report.py:87</extracomment>
        <translation>Geöffnet von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <extracomment>kiosk/services/receipts/report.py:88</extracomment>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Taxes refunded</source>
        <extracomment>kiosk/services/receipts/report.py:96 kiosk/ui/closing.py:50</extracomment>
        <translation>Erstattete Steuern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxes net of refunds</source>
        <extracomment>kiosk/services/receipts/report.py:98 kiosk/ui/closing.py:51</extracomment>
        <translation>Steuern abzüglich Erstattungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash in the drawer</source>
        <extracomment>kiosk/services/receipts/report.py:116</extracomment>
        <translation>Bargeld in der Kassenlade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening float</source>
        <extracomment>kiosk/services/receipts/report.py:117</extracomment>
        <translation>Wechselgeld zu Beginn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <extracomment>kiosk/services/receipts/report.py:118</extracomment>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted</source>
        <extracomment>kiosk/services/receipts/report.py:119</extracomment>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <extracomment>kiosk/services/receipts/report.py:121</extracomment>
        <translation>Differenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed {when}</source>
        <extracomment>kiosk/services/receipts/report.py:126</extracomment>
        <translation>Gedruckt {when}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The closing report is printed.</source>
        <extracomment>kiosk/ui/closing.py:71</extracomment>
        <translation>Der Abschlussbericht ist gedruckt.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A cancel sent for this order may have landed after a station took the payment.</source>
        <extracomment>kiosk/ui/staff/attention.py:43</extracomment>
        <translation>Eine Stornierung dieser Bestellung ist vielleicht erst angekommen, nachdem eine Kasse die Zahlung angenommen hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check it in Final POS, put it back if it was cancelled, then mark it handled.</source>
        <extracomment>kiosk/ui/staff/attention.py:44</extracomment>
        <translation>Prüfen Sie sie in Final POS, stellen Sie sie wieder her, falls sie storniert wurde, und markieren Sie sie dann als erledigt.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Closing report of till session {number}</source>
        <extracomment>kiosk/ui/staff/receipts.py:45</extracomment>
        <translation>Abschlussbericht der Kassensitzung {number}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove this from the list? This closing report will not be printed.</source>
        <extracomment>kiosk/ui/staff/receipts.py:135</extracomment>
        <translation>Aus der Liste entfernen? Dieser Abschlussbericht wird dann nicht gedruckt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{title}: removed from the list.</source>
        <extracomment>kiosk/ui/staff/receipts.py:153</extracomment>
        <translation>{title}: aus der Liste entfernt.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Print the receipt of order {number} again?</source>
        <extracomment>kiosk/ui/station/orders_refund.py:88</extracomment>
        <translation>Den Beleg von Bestellung {number} erneut drucken?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund {amount} in cash for order {number}?</source>
        <extracomment>kiosk/ui/station/orders_refund.py:90</extracomment>
        <translation>{amount} für Bestellung {number} bar erstatten?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand {amount} back to the customer in cash.</source>
        <extracomment>kiosk/ui/station/orders_refund.py:102</extracomment>
        <translation>Geben Sie dem Kunden {amount} bar zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand {amount} back to the customer in cash. Final POS will be updated as soon as it answers.</source>
        <extracomment>kiosk/ui/station/orders_refund.py:104</extracomment>
        <translation>Geben Sie dem Kunden {amount} bar zurück. Final POS wird aktualisiert, sobald es antwortet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This cash sale is not finished yet. Nothing was refunded.</source>
        <extracomment>kiosk/ui/station/orders_refund.py:132</extracomment>
        <translation>Dieser Barverkauf ist noch nicht abgeschlossen. Es wurde nichts erstattet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Another station is taking this payment. Nothing was charged here.</source>
        <extracomment>kiosk/ui/station/payment.py:40</extracomment>
        <translation>Ein anderer Kassenplatz nimmt diese Zahlung an. Hier wurde nichts belastet.</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n cash refund(s) are not in Final POS yet: the expected cash does not count them.</source>
        <extracomment>kiosk/ui/station/signin.py:208</extracomment>
        <translation>
            <numerusform>%n Barerstattung ist noch nicht in Final POS: Der erwartete Bargeldbestand berücksichtigt sie nicht.</numerusform>
            <numerusform>%n Barerstattungen sind noch nicht in Final POS: Der erwartete Bargeldbestand berücksichtigt sie nicht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accessibility mode on.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:108</extracomment>
        <translation>Barrierefreier Modus an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume {percent} percent.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:141</extracomment>
        <translation>Lautstärke {percent} Prozent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For speech and more time, press the star key or F1.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:155</extracomment>
        <translation>Für Sprachausgabe und mehr Zeit drücken Sie die Sterntaste oder F1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are you still there? Your order will be cleared in {seconds} seconds. Press Enter for more time.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:206</extracomment>
        <translation>Sind Sie noch da? Ihre Bestellung wird in {seconds} Sekunden gelöscht. Drücken Sie Enter für mehr Zeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your order: {count}, total {total}.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:225 kiosk/ui/viewmodels/accessibility.py:281</extracomment>
        <translation>Ihre Bestellung: {count}, Summe {total}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price {price}.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:238</extracomment>
        <translation>Preis {price}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount to pay {amount}.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:256</extracomment>
        <translation>Zu zahlen: {amount}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment declined.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:261</extracomment>
        <translation>Zahlung abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment not completed.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:263</extracomment>
        <translation>Zahlung nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome. Press Enter to start your order.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:274</extracomment>
        <translation>Willkommen. Drücken Sie Enter, um Ihre Bestellung zu beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eat in or take away? Use the arrow keys and press Enter.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:276</extracomment>
        <translation>Hier essen oder mitnehmen? Wählen Sie mit den Pfeiltasten und drücken Sie Enter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:287</extracomment>
        <translation>Speisekarte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab moves between categories and products, Enter opens one.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:290</extracomment>
        <translation>Tab wechselt zwischen Kategorien und Produkten, Enter öffnet eines.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, {price}. Choose, then Add to order.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:296</extracomment>
        <translation>{name}, {price}. Wählen Sie aus, dann Hinzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your order: {count}, total {total}. Pay when ready.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:300</extracomment>
        <translation>Ihre Bestellung: {count}, Summe {total}. Bezahlen Sie, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:304</extracomment>
        <translation>Bezahlung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you. Your order number is {number}.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:306</extracomment>
        <translation>Vielen Dank. Ihre Bestellnummer ist {number}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorry, this kiosk is out of order. Please ask a member of staff.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:310</extracomment>
        <translation>Dieser Kiosk ist leider außer Betrieb. Bitte wenden Sie sich an unser Personal.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n item(s)</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:173 kiosk/ui/viewmodels/confirmation.py:92</extracomment>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your order could not be placed. Nothing was charged. Please try again.</source>
        <extracomment>kiosk/ui/viewmodels/cart_pay.py:161</extracomment>
        <translation>Ihre Bestellung konnte nicht aufgegeben werden. Es wurde nichts abgebucht. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Only %n {name} left: we changed the quantity.</source>
        <extracomment>kiosk/ui/viewmodels/cart_pay.py:206</extracomment>
        <translation>
            <numerusform>Nur noch %n × {name} da: Wir haben die Menge angepasst.</numerusform>
            <numerusform>Nur noch %n × {name} da: Wir haben die Menge angepasst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table {number}</source>
        <extracomment>kiosk/ui/viewmodels/confirmation.py:107</extracomment>
        <translation>Tisch {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please pay at the counter</source>
        <extracomment>kiosk/ui/viewmodels/confirmation.py:112</extracomment>
        <translation>Bitte an der Kasse bezahlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you!</source>
        <extracomment>kiosk/ui/viewmodels/confirmation.py:112</extracomment>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your order is in, not yet paid. Go to the counter, give your number {number} and pay there.</source>
        <extracomment>kiosk/ui/viewmodels/confirmation.py:117</extracomment>
        <translation>Ihre Bestellung ist aufgegeben, aber noch nicht bezahlt. Gehen Sie zur Kasse, nennen Sie Ihre Nummer {number} und bezahlen Sie dort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your order is on its way. Please wait for your number to be called.</source>
        <extracomment>kiosk/ui/viewmodels/confirmation.py:122</extracomment>
        <translation>Ihre Bestellung wird zubereitet. Bitte warten Sie, bis Ihre Nummer aufgerufen wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take your time</source>
        <extracomment>kiosk/ui/viewmodels/confirmation.py:136</extracomment>
        <translation>Lassen Sie sich Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the start in {seconds} s</source>
        <extracomment>kiosk/ui/viewmodels/confirmation.py:137</extracomment>
        <translation>Zurück zum Start in {seconds} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing here without those allergens.</source>
        <extracomment>kiosk/ui/viewmodels/menu.py:130</extracomment>
        <translation>Ohne diese Allergene gibt es hier nichts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allergens</source>
        <extracomment>kiosk/ui/viewmodels/menu.py:188</extracomment>
        <translation>Allergene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without {allergens}</source>
        <extracomment>kiosk/ui/viewmodels/menu.py:190</extracomment>
        <translation>Ohne {allergens}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The payment was cancelled. You have not been charged.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:39</extracomment>
        <translation>Die Zahlung wurde abgebrochen. Es wurde nichts abgebucht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We did not see a card in time. You have not been charged.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:40</extracomment>
        <translation>Wir haben nicht rechtzeitig eine Karte erkannt. Es wurde nichts abgebucht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card reader is busy. Please wait a moment and try again.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:41</extracomment>
        <translation>Das Kartenterminal ist beschäftigt. Bitte warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card reader is offline. Please ask staff.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:42</extracomment>
        <translation>Das Kartenterminal ist offline. Bitte wenden Sie sich an das Personal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card reader is not available. Please try again or ask staff.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:43</extracomment>
        <translation>Das Kartenterminal ist nicht verfügbar. Bitte versuchen Sie es erneut oder wenden Sie sich an das Personal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordering is paused right now. You have not been charged.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:46</extracomment>
        <translation>Bestellungen sind gerade pausiert. Es wurde nichts abgebucht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending your order…</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:52</extracomment>
        <translation>Ihre Bestellung wird gesendet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Getting the card reader ready…</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:53</extracomment>
        <translation>Das Kartenterminal wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap, insert or swipe your card on the reader below</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:54</extracomment>
        <translation>Bitte Karte unten an das Terminal halten, einstecken oder durchziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking with your bank…</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:55</extracomment>
        <translation>Rückfrage bei Ihrer Bank…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Almost done…</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:56</extracomment>
        <translation>Gleich geschafft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment could not be finished. Please ask staff (order {number}).</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:280</extracomment>
        <translation>Die Zahlung konnte nicht abgeschlossen werden. Bitte wenden Sie sich an das Personal (Bestellung {number}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offer: save {saving}</source>
        <extracomment>kiosk/ui/viewmodels/product.py:260</extracomment>
        <translation>Angebot: Sie sparen {saving}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold out today</source>
        <extracomment>kiosk/ui/viewmodels/product.py:273 kiosk/ui/viewmodels/product.py:281</extracomment>
        <translation>Heute ausverkauft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That combination is not available</source>
        <extracomment>kiosk/ui/viewmodels/product.py:279</extracomment>
        <translation>Diese Kombination ist nicht erhältlich</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Choose {what}</source>
        <extracomment>kiosk/ui/viewmodels/product.py:278</extracomment>
        <translation>Bitte {what} wählen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>+{price}</source>
        <extracomment>kiosk/ui/viewmodels/product.py:128</extracomment>
        <translation>+{price}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>It is coming out of the printer below the screen.</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:161</extracomment>
        <translation>Er kommt aus dem Drucker unter dem Bildschirm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We sent it to {address}.</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:163</extracomment>
        <translation>Wir haben ihn an {address} gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point your phone&apos;s camera at the code to keep your receipt. Your order number is {number}.</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:165</extracomment>
        <translation>Richten Sie die Kamera Ihres Handys auf den Code, um Ihren Beleg zu speichern. Ihre Bestellnummer ist {number}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point your phone&apos;s camera at the code to keep your receipt.</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:171</extracomment>
        <translation>Richten Sie die Kamera Ihres Handys auf den Code, um Ihren Beleg zu speichern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We use your address only to send this receipt.</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:173</extracomment>
        <translation>Wir verwenden Ihre Adresse nur, um diesen Beleg zu senden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check the address: it should look like name@example.com</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:311 kiosk/ui/viewmodels/receipt.py:319</extracomment>
        <translation>Bitte prüfen Sie die Adresse. Sie sollte so aussehen: name@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {number}</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:366</extracomment>
        <translation>Bestellung {number}</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Would you like a receipt?</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:148</extracomment>
        <translation>Möchten Sie einen Beleg?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing your receipt…</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:149</extracomment>
        <translation>Ihr Beleg wird gedruckt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please take your receipt</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:150</extracomment>
        <translation>Bitte nehmen Sie Ihren Beleg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email my receipt</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:151</extracomment>
        <translation>Beleg per E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending your receipt…</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:152</extracomment>
        <translation>Ihr Beleg wird gesendet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your receipt is on its way</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:153</extracomment>
        <translation>Ihr Beleg ist unterwegs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan for your receipt</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:154</extracomment>
        <translation>Scannen Sie für Ihren Beleg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No receipt. Enjoy!</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:155</extracomment>
        <translation>Kein Beleg. Guten Appetit!</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add something from {category}?</source>
        <extracomment>kiosk/ui/viewmodels/upsell.py:150</extracomment>
        <translation>Noch etwas aus {category}?</translation>
    </message>
</context>
</TS>
