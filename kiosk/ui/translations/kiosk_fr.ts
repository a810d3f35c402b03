<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccessibilityBar</name>
    <message>
        <location filename="../qml/components/AccessibilityBar.qml" line="+25"/>
        <source>Accessibility on</source>
        <translation>Accessibilité activée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility mode is on. Press to turn it off.</source>
        <translation>Le mode accessibilité est activé. Appuyez pour le désactiver.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility mode: high contrast, more time, speech. Press to turn it on.</source>
        <translation>Mode accessibilité&#xa0;: contraste élevé, plus de temps, voix. Appuyez pour l’activer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quieter</source>
        <translation>Moins fort</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Louder</source>
        <translation>Plus fort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat what was said</source>
        <translation>Répéter ce qui a été dit</translation>
    </message>
</context>
<context>
    <name>AccessibilityHeader</name>
    <message>
        <location filename="../qml/components/AccessibilityHeader.qml" line="+54"/>
        <source>Keys: Tab or arrows move, Enter selects, Esc goes back, F1 ends accessibility mode.</source>
        <translation>Touches&#xa0;: Tab ou flèches pour se déplacer, Entrée pour choisir, Échap pour revenir, F1 pour quitter le mode accessibilité.</translation>
    </message>
</context>
<context>
    <name>AllergenFilter</name>
    <message>
        <location filename="../qml/components/AllergenFilter.qml" line="+35"/>
        <source>Hide products with:</source>
        <translation>Masquer les produits contenant&#xa0;:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Ask our team about allergens: recipes can change.</source>
        <translation>Renseignez-vous auprès de notre équipe sur les allergènes&#xa0;: les recettes peuvent changer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show everything</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="+123"/>
        <source>Welcome to</source>
        <translation>Bienvenue chez</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Order here and pay by card. Fresh from our kitchen.</source>
        <translation>Commandez ici et payez par carte. Tout frais de notre cuisine.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+30"/>
        <source>Tap to order</source>
        <translation>Touchez pour commander</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Touch anywhere to start</source>
        <translation>Touchez l&apos;écran pour commencer</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>For staff: %1</source>
        <translation>Pour le personnel&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CartBar</name>
    <message>
        <location filename="../qml/components/CartBar.qml" line="+35"/>
        <source>Your order is empty</source>
        <translation>Votre commande est vide</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Review order</source>
        <translation>Voir ma commande</translation>
    </message>
</context>
<context>
    <name>CartScreen</name>
    <message>
        <location filename="../qml/screens/CartScreen.qml" line="+31"/>
        <source>Back to menu</source>
        <translation>Retour au menu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your order</source>
        <translation>Votre commande</translation>
    </message>
    <message>
        <location filename="../qml/screens/cart/CartLine.qml" line="+74"/>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <location filename="../qml/screens/cart/CartFooter.qml" line="+17"/>
        <source>Anything else?</source>
        <translation>Autre chose&#xa0;?</translation>
    </message>
    <message>
        <location filename="../qml/screens/CartScreen.qml" line="+35"/>
        <source>Your order is empty</source>
        <translation>Votre commande est vide</translation>
    </message>
    <message>
        <location filename="../qml/screens/cart/UndoBar.qml" line="+36"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/screens/cart/CartSummary.qml" line="+43"/>
        <source>Change table</source>
        <translation>Changer de table</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add more</source>
        <translation>Ajouter autre chose</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pay by card</source>
        <translation>Payer par carte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pay at the counter</source>
        <translation>Payer au comptoir</translation>
    </message>
    <message>
        <location filename="../qml/screens/cart/UpsellOverlay.qml" line="+85"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No thanks, pay now</source>
        <translation>Non merci, payer maintenant</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../qml/components/Chip.qml" line="+58"/>
        <source>Not with this choice</source>
        <translation>Pas avec ce choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold out</source>
        <translation>Épuisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Promo</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <location filename="../qml/screens/ConfirmationScreen.qml" line="+67"/>
        <source>Your order number</source>
        <translation>Votre numéro de commande</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Your order</source>
        <translation>Votre commande</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>More below</source>
        <translation>Suite plus bas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>To pay at the counter</source>
        <translation>À payer au comptoir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>More time</source>
        <translation>Plus de temps</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A paper receipt</source>
        <translation>Un reçu papier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to your inbox</source>
        <translation>Dans votre boîte mail</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan with your phone</source>
        <translation>À scanner avec votre téléphone</translation>
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
        <translation>Retour</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Send receipt</source>
        <translation>Envoyer le reçu</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No receipt, thanks</source>
        <translation>Pas de reçu, merci</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>DemoReaderPanel</name>
    <message>
        <location filename="../qml/screens/DemoReaderPanel.qml" line="+33"/>
        <source>SIMULATED CARD READER · DEMO</source>
        <translation>TERMINAL DE PAIEMENT SIMULÉ · DÉMO</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Present a test card:</source>
        <translation>Présentez une carte de test&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for the kiosk to ask for a card…</source>
        <translation>En attente d&apos;une demande de carte par la borne…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Approve</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Insufficient funds</source>
        <translation>Fonds insuffisants</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel on reader</source>
        <translation>Annuler sur le terminal</translation>
    </message>
</context>
<context>
    <name>EmailKeyboard</name>
    <message>
        <location filename="../qml/components/EmailKeyboard.qml" line="+133"/>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>EntryOverlay</name>
    <message>
        <location filename="../qml/components/EntryOverlay.qml" line="+45"/>
        <source>The number on your table, or on the tracker you took</source>
        <translation>Le numéro sur votre table, ou sur le chevalet que vous avez pris</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>e.g. no sugar, extra hot</source>
        <translation>p. ex. sans sucre, très chaud</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+44"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../qml/screens/IdleOverlay.qml" line="+32"/>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là&#xa0;?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your order will be cleared when the countdown ends.</source>
        <translation>Votre commande sera effacée à la fin du compte à rebours.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Yes, I&apos;m still here</source>
        <translation>Oui, je suis là</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../qml/components/LanguageButton.qml" line="+16"/>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MenuScreen</name>
    <message>
        <location filename="../qml/screens/MenuScreen.qml" line="+65"/>
        <source>More below</source>
        <translation>Suite plus bas</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>Offer</source>
        <translation>Promo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sold out</source>
        <translation>Épuisé</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Loading the menu…</source>
        <translation>Chargement du menu…</translation>
    </message>
    <message>
        <location filename="../qml/screens/menu/StartOverOverlay.qml" line="+26"/>
        <source>Start over?</source>
        <translation>Recommencer&#xa0;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your order of %1 (%2) will be cleared.</source>
        <translation>Votre commande de %1 (%2) sera effacée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep my order</source>
        <translation>Garder ma commande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear and start over</source>
        <translation>Tout effacer</translation>
    </message>
</context>
<context>
    <name>OrderTypeScreen</name>
    <message>
        <location filename="../qml/screens/OrderTypeScreen.qml" line="+100"/>
        <source>Where will you enjoy your order?</source>
        <translation>Où allez-vous déguster votre commande&#xa0;?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Eat in</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We bring it to your table</source>
        <translation>Nous vous servons à table</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take away</source>
        <translation>À emporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packed to go</source>
        <translation>Emballé pour emporter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>OutOfOrderScreen</name>
    <message>
        <location filename="../qml/screens/OutOfOrderScreen.qml" line="+17"/>
        <source>Sorry, this kiosk is out of order</source>
        <translation>Désolés, cette borne est hors service</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Please order at the counter. Our team will be happy to help.</source>
        <translation>Veuillez commander au comptoir. Notre équipe se fera un plaisir de vous aider.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>For staff: %1</source>
        <translation>Pour le personnel&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <location filename="../qml/screens/PaymentScreen.qml" line="+25"/>
        <source>Amount to pay</source>
        <translation>Montant à payer</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Payment declined</source>
        <translation>Paiement refusé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment not completed</source>
        <translation>Paiement non abouti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Contactless, chip or swipe: all cards and phones welcome.</source>
        <translation>Sans contact, puce ou piste&#xa0;: toutes les cartes et tous les téléphones sont acceptés.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>PriceTag</name>
    <message>
        <location filename="../qml/components/PriceTag.qml" line="+26"/>
        <location line="+5"/>
        <source>was %1</source>
        <translation>au lieu de %1</translation>
    </message>
</context>
<context>
    <name>ProductScreen</name>
    <message>
        <location filename="../qml/screens/ProductScreen.qml" line="+25"/>
        <source>Back to menu</source>
        <translation>Retour au menu</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Add to order</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>StaffAttention</name>
    <message>
        <location filename="../staff/qml/StaffAttention.qml" line="+42"/>
        <source>Order %1 · %2 · since %3</source>
        <translation>Commande %1 · %2 · depuis %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was done (needed to mark handled)</source>
        <translation>Ce qui a été fait (nécessaire pour marquer comme traité)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded at the counter</source>
        <translation>Remboursé au comptoir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer paid at the counter</source>
        <translation>Le client a payé au comptoir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order put back in Final POS</source>
        <translation>Commande rétablie dans Final POS</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Try again now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Refund</source>
        <translation>Rembourser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark handled</source>
        <translation>Marquer comme traité</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 · since %2</source>
        <translation>%1 · depuis %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove from the list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing needs attention. Every payment is settled and every receipt went out.</source>
        <translation>Rien à traiter. Tous les paiements sont réglés et tous les reçus sont partis.</translation>
    </message>
</context>
<context>
    <name>StaffEntry</name>
    <message>
        <location filename="../staff/qml/StaffEntry.qml" line="+75"/>
        <source>A customer has an order in progress. Open staff mode anyway? Their order will be cleared.</source>
        <translation>Un client a une commande en cours. Ouvrir quand même le mode personnel ? Sa commande sera effacée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open staff mode</source>
        <translation>Ouvrir le mode personnel</translation>
    </message>
</context>
<context>
    <name>StaffHome</name>
    <message>
        <location filename="../staff/qml/StaffHome.qml" line="+18"/>
        <source>Till open since %1 · orders: %2 · card: %3</source>
        <translation>Caisse ouverte depuis %1 · commandes : %2 · carte : %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No till session is open.</source>
        <translation>Aucune session de caisse n’est ouverte.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Till session</source>
        <translation>Session de caisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open, close, closing report</source>
        <translation>Ouvrir, clôturer, rapport de clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders today</source>
        <translation>Commandes du jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find an order, refund</source>
        <translation>Trouver une commande, rembourser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payments and receipts the kiosk could not finish</source>
        <translation>Paiements et reçus que la borne n’a pas pu finaliser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card reader</source>
        <translation>Lecteur de carte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status, test message</source>
        <translation>État, message de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordering</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause, menu sync, sold out, close app</source>
        <translation>Pause, synchro du menu, épuisé, fermer l’appli</translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
    <message>
        <location filename="../staff/qml/StaffMode.qml" line="+30"/>
        <source>‹ Kiosk</source>
        <translation>‹ Borne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till session</source>
        <translation>Session de caisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing report</source>
        <translation>Rapport de clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders today</source>
        <translation>Commandes du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund order %1</source>
        <translation>Rembourser la commande %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card reader</source>
        <translation>Lecteur de carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordering</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>One moment…</source>
        <translation>Un instant…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>StaffOrderDetail</name>
    <message>
        <location filename="../staff/qml/StaffOrderDetail.qml" line="+14"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid with</source>
        <translation>Payé avec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Refund some items</source>
        <translation>Rembourser certains articles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund everything left</source>
        <translation>Rembourser tout le reste</translation>
    </message>
</context>
<context>
    <name>StaffOrdering</name>
    <message>
        <location filename="../staff/qml/StaffOrdering.qml" line="+20"/>
        <source>Pause ordering</source>
        <translation>Suspendre les commandes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume ordering</source>
        <translation>Reprendre les commandes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync the menu now</source>
        <translation>Synchroniser le menu maintenant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the kiosk app</source>
        <translation>Fermer l’application de la borne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sold out here: the product is marked out of stock at this outlet in Final POS.</source>
        <translation>Épuisé ici : le produit est marqué en rupture de stock pour ce point de vente dans Final POS.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Sold out</source>
        <translation>Épuisé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark sold out</source>
        <translation>Marquer comme épuisé</translation>
    </message>
</context>
<context>
    <name>StaffOrders</name>
    <message>
        <location filename="../staff/qml/StaffOrders.qml" line="+14"/>
        <source>Search by order number, e.g. A012</source>
        <translation>Rechercher par numéro de commande, p. ex. A012</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 back</source>
        <translation>%1 remboursé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No orders today yet.</source>
        <translation>Aucune commande aujourd’hui pour l’instant.</translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message>
        <location filename="../staff/qml/StaffPin.qml" line="+18"/>
        <source>Enter your staff PIN</source>
        <translation>Saisissez votre code PIN personnel</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>StaffReader</name>
    <message>
        <location filename="../staff/qml/StaffReader.qml" line="+16"/>
        <source>Reader</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show a test message on the reader</source>
        <translation>Afficher un message de test sur le lecteur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
</context>
<context>
    <name>StaffRefund</name>
    <message>
        <location filename="../staff/qml/StaffRefund.qml" line="+19"/>
        <source>Everything left</source>
        <translation>Tout le reste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chosen items</source>
        <translation>Articles choisis</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 · refunded</source>
        <translation>%1 · remboursé</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 · %n can be refunded</source>
        <translation>
            <numerusform>%1 · %n remboursable</numerusform>
            <numerusform>%1 · %n remboursables</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Customer asked</source>
        <translation>Demande du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charged twice</source>
        <translation>Débité deux fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fraud</source>
        <translation>Fraude</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why? (optional, goes to Final POS)</source>
        <translation>Pourquoi ? (facultatif, envoyé à Final POS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>Mauvais article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cold</source>
        <translation>Froid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not collected</source>
        <translation>Non retiré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund %1</source>
        <translation>Rembourser %1</translation>
    </message>
</context>
<context>
    <name>StaffReport</name>
    <message>
        <location filename="../staff/qml/StaffReport.qml" line="+71"/>
        <source>The till session is closed. This report is saved in Final POS.</source>
        <translation>La session de caisse est clôturée. Ce rapport est enregistré dans Final POS.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Print report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a new till session</source>
        <translation>Ouvrir une nouvelle session de caisse</translation>
    </message>
</context>
<context>
    <name>StaffTill</name>
    <message>
        <location filename="../staff/qml/StaffTill.qml" line="+18"/>
        <source>The till session is open.</source>
        <translation>La session de caisse est ouverte.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No till session is open. Orders open one by themselves, or open one now with a note.</source>
        <translation>Aucune session de caisse n’est ouverte. La première commande en ouvre une, ou ouvrez-en une maintenant avec une note.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open since</source>
        <translation>Ouverte depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened by</source>
        <translation>Ouverte par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders paid</source>
        <translation>Commandes payées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card total</source>
        <translation>Total carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closing note (optional)</source>
        <translation>Note de clôture (facultatif)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening note (optional)</source>
        <translation>Note d’ouverture (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of day</source>
        <translation>Fin de journée</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+0"/>
        <source>Shift change</source>
        <translation>Changement d’équipe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start of day</source>
        <translation>Début de journée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the till session</source>
        <translation>Clôturer la session de caisse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a new till session</source>
        <translation>Ouvrir une nouvelle session de caisse</translation>
    </message>
</context>
<context>
    <name>StationCard</name>
    <message>
        <location filename="../station/qml/StationCard.qml" line="+6"/>
        <source>Card payment</source>
        <translation>Paiement par carte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel payment</source>
        <translation>Annuler le paiement</translation>
    </message>
</context>
<context>
    <name>StationCart</name>
    <message>
        <location filename="../station/qml/StationCart.qml" line="+11"/>
        <source>Sale · 1 item</source>
        <translation>Vente · 1 article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sale · %1 items</source>
        <translation>Vente · %1 articles</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No customer</source>
        <translation>Aucun client</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Eat in</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Take away</source>
        <translation>À emporter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order note</source>
        <translation>Note de commande</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kiosk order %1 · paid as ordered</source>
        <translation>Commande borne %1 · à payer telle quelle</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Put back</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Tap a product, search, or scan a barcode.</source>
        <translation>Touchez un produit, faites une recherche ou scannez un code-barres.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tax included</source>
        <translation>Dont TVA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>One less</source>
        <translation>Un de moins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more</source>
        <translation>Un de plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line discount</source>
        <translation>Remise ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order discount</source>
        <translation>Remise globale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Park</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parked</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk orders (%1)</source>
        <translation>De la borne (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kiosk orders</source>
        <translation>De la borne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear sale</source>
        <translation>Vider la vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
</context>
<context>
    <name>StationCash</name>
    <message>
        <location filename="../station/qml/StationCash.qml" line="+14"/>
        <source>Cash payment</source>
        <translation>Paiement en espèces</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To pay</source>
        <translation>À payer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over</source>
        <translation>Remis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation>Monnaie à rendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough</source>
        <translation>Insuffisant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exact amount</source>
        <translation>Montant exact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next round note</source>
        <translation>Billet supérieur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amount handed over</source>
        <translation>Montant remis</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Take cash</source>
        <translation>Encaisser en espèces</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the sale</source>
        <translation>Retour à la vente</translation>
    </message>
</context>
<context>
    <name>StationCloseTill</name>
    <message>
        <location filename="../station/qml/StationCloseTill.qml" line="+16"/>
        <location line="+81"/>
        <source>Close the till</source>
        <translation>Clôturer la caisse</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Closing report</source>
        <translation>Rapport de clôture</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Print report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Count every note and coin in the drawer, then enter the total.</source>
        <translation>Comptez tous les billets et toutes les pièces du tiroir, puis saisissez le total.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counted cash</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash in the drawer</source>
        <translation>Espèces dans le tiroir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening float</source>
        <translation>Fond de caisse initial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected (float + cash sales − cash refunds)</source>
        <translation>Attendu (fond + ventes en espèces − remboursements en espèces)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The expected cash (opening float plus cash sales) and the difference appear here once the till is closed.</source>
        <translation>Les espèces attendues (fond de caisse initial plus ventes en espèces) et l’écart s’affichent ici une fois la caisse clôturée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the sale</source>
        <translation>Retour à la vente</translation>
    </message>
</context>
<context>
    <name>StationCounter</name>
    <message>
        <location filename="../station/qml/StationCounter.qml" line="+9"/>
        <source>Kiosk orders to pay here</source>
        <translation>Commandes borne à payer ici</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The list cannot be updated right now; it shows the orders last seen and tries again by itself.</source>
        <translation>La liste ne peut pas être mise à jour pour le moment&#xa0;; elle affiche les dernières commandes vues et réessaie d’elle-même.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 item</source>
        <translation>1 article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 items</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ordered at %1</source>
        <translation>commandé à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take payment</source>
        <translation>Encaisser</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kiosk orders cannot be read right now.</source>
        <translation>Les commandes borne ne peuvent pas être lues pour le moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No kiosk orders are waiting.</source>
        <translation>Aucune commande borne n’attend.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>↑ ↓ choose · Enter take payment</source>
        <translation>↑ ↓ choisir · Entrée encaisser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the sale</source>
        <translation>Retour à la vente</translation>
    </message>
</context>
<context>
    <name>StationCustomer</name>
    <message>
        <location filename="../station/qml/StationCustomer.qml" line="+12"/>
        <source>Find a customer</source>
        <translation>Trouver un client</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name, e-mail or phone</source>
        <translation>Nom, e-mail ou téléphone</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type at least a name, an e-mail or a phone number.</source>
        <translation>Saisissez au moins un nom, un e-mail ou un numéro de téléphone.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to the sale</source>
        <translation>Retour à la vente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone (optional)</source>
        <translation>Téléphone (facultatif)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create and attach</source>
        <translation>Créer et associer</translation>
    </message>
</context>
<context>
    <name>StationDiscount</name>
    <message>
        <location filename="../station/qml/StationDiscount.qml" line="+15"/>
        <source>Discount on the order</source>
        <translation>Remise sur la commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount on the line</source>
        <translation>Remise sur la ligne</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the discount</source>
        <translation>Saisissez la remise</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+77"/>
        <source>Manager PIN</source>
        <translation>Code PIN du responsable</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why this discount?</source>
        <translation>Pourquoi cette remise&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loyalty</source>
        <translation>Fidélité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Up to %1 without a manager; above that a manager enters their PIN.</source>
        <translation>Jusqu’à %1 sans responsable&#xa0;; au-delà, un responsable saisit son code PIN.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Apply discount</source>
        <translation>Appliquer la remise</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove discount</source>
        <translation>Retirer la remise</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>This discount is above %1. A manager types their PIN on the keyboard to allow it.</source>
        <translation>Cette remise dépasse %1. Un responsable saisit son code PIN au clavier pour l’autoriser.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The keypad on the left types the PIN too.</source>
        <translation>Le pavé numérique à gauche permet aussi de saisir le code PIN.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allow the discount</source>
        <translation>Autoriser la remise</translation>
    </message>
</context>
<context>
    <name>StationDone</name>
    <message>
        <location filename="../station/qml/StationDone.qml" line="+8"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change due</source>
        <translation>Monnaie à rendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next customer</source>
        <translation>Client suivant</translation>
    </message>
</context>
<context>
    <name>StationFind</name>
    <message>
        <location filename="../station/qml/StationFind.qml" line="+11"/>
        <source>Find a product</source>
        <translation>Trouver un produit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name, SKU or barcode</source>
        <translation>Nom, référence ou code-barres</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Ctrl+PgUp / Ctrl+PgDn: previous or next category · arrows and Enter pick a product</source>
        <translation>Ctrl+Pg préc / Ctrl+Pg suiv&#xa0;: catégorie · flèches et Entrée&#xa0;: choisir un produit</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+85"/>
        <location line="+88"/>
        <source>Sold out</source>
        <translation>Épuisé</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Type to search, or scan a barcode anywhere.</source>
        <translation>Tapez pour rechercher, ou scannez un code-barres à tout moment.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Nothing matches “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose: %1</source>
        <translation>Choisissez&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>StationMain</name>
    <message>
        <location filename="../station/qml/StationMain.qml" line="+12"/>
        <location line="+17"/>
        <source>Checkout station</source>
        <translation>Poste de caisse</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Checkout station · %1</source>
        <translation>Poste de caisse · %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close till</source>
        <translation>Clôturer la caisse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Switch user</source>
        <translation>Changer d’utilisateur</translation>
    </message>
</context>
<context>
    <name>StationOpenTill</name>
    <message>
        <location filename="../station/qml/StationOpenTill.qml" line="+9"/>
        <source>Open the till: count the float</source>
        <translation>Ouvrir la caisse&#xa0;: comptez le fond de caisse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No till session is open. Enter the cash in the drawer to start with.</source>
        <translation>Aucune session de caisse n’est ouverte. Saisissez les espèces présentes dans le tiroir au départ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No float</source>
        <translation>Sans fond de caisse</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open till</source>
        <translation>Ouvrir la caisse</translation>
    </message>
</context>
<context>
    <name>StationOrders</name>
    <message>
        <location filename="../station/qml/StationOrders.qml" line="+23"/>
        <source>Today&apos;s orders</source>
        <translation>Commandes du jour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3 refunded</source>
        <translation>%1 · %2 · %3 remboursé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No orders today.</source>
        <translation>Aucune commande aujourd’hui.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back to the sale</source>
        <translation>Retour à la vente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose an order</source>
        <translation>Choisissez une commande</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · refunded</source>
        <translation>%1 · remboursé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refund all</source>
        <translation>Tout rembourser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund in cash</source>
        <translation>Rembourser en espèces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund lines · %1</source>
        <translation>Rembourser des lignes · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint receipt</source>
        <translation>Réimprimer le reçu</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+50"/>
        <source>Manager PIN</source>
        <translation>Code PIN du responsable</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Are you sure?</source>
        <translation>Êtes-vous sûr&#xa0;?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hand back in cash</source>
        <translation>À rendre en espèces</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refunds need a manager. A manager types their PIN to allow this one.</source>
        <translation>Les remboursements demandent un responsable. Un responsable saisit son code PIN pour autoriser celui-ci.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Yes, go ahead</source>
        <translation>Oui, continuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, go back</source>
        <translation>Non, revenir</translation>
    </message>
</context>
<context>
    <name>StationParked</name>
    <message>
        <location filename="../station/qml/StationParked.qml" line="+8"/>
        <source>Parked sales</source>
        <translation>Ventes en attente</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 items · parked by %2 at %3</source>
        <translation>%1 article(s) · mis en attente par %2 à %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No parked sales.</source>
        <translation>Aucune vente en attente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>↑ ↓ choose · Enter resume</source>
        <translation>↑ ↓ choisir · Entrée reprendre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the sale</source>
        <translation>Retour à la vente</translation>
    </message>
</context>
<context>
    <name>StationQuantity</name>
    <message>
        <location filename="../station/qml/StationQuantity.qml" line="+25"/>
        <source>Quantity of %1</source>
        <translation>Quantité&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type the quantity</source>
        <translation>Saisissez la quantité</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set quantity</source>
        <translation>Valider la quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>StationSignIn</name>
    <message>
        <location filename="../station/qml/StationSignIn.qml" line="+9"/>
        <source>Sign in with your PIN</source>
        <translation>Connectez-vous avec votre code PIN</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type your PIN</source>
        <translation>Saisissez votre code PIN</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../qml/components/Stepper.qml" line="+23"/>
        <source>Fewer</source>
        <translation>Moins</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="python_strings.js" line="+129"/>
        <source>paused by staff</source>
        <extracomment>kiosk/ui/pauses.py:63</extracomment>
        <translation>mis en pause par le personnel</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Final POS unreachable ({detail})</source>
        <extracomment>kiosk/ui/pauses.py:45</extracomment>
        <translation>Final POS injoignable ({detail})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final POS refused the API key: run kiosk check</source>
        <extracomment>kiosk/ui/pauses.py:47</extracomment>
        <translation>Final POS a refusé la clé d&apos;API&#xa0;: lancez kiosk check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for Final POS to confirm this outlet and station</source>
        <extracomment>kiosk/ui/pauses.py:51</extracomment>
        <translation>en attente de la confirmation du point de vente et du poste par Final POS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no card reader is set for this station: run kiosk setup</source>
        <extracomment>kiosk/ui/pauses.py:53</extracomment>
        <translation>aucun terminal de paiement n&apos;est configuré pour ce poste&#xa0;: lancez kiosk setup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the card reader {name} is offline</source>
        <extracomment>kiosk/ui/pauses.py:55</extracomment>
        <translation>le terminal de paiement {name} est hors ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stripe refused access to the card reader ({detail}): run kiosk check</source>
        <extracomment>kiosk/ui/pauses.py:57</extracomment>
        <translation>Stripe a refusé l&apos;accès au terminal de paiement ({detail})&#xa0;: lancez kiosk check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stripe cannot be reached</source>
        <extracomment>kiosk/ui/pauses.py:62</extracomment>
        <translation>Stripe est injoignable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no sugar</source>
        <extracomment>kiosk/ui/screenshots.py:229 kiosk/ui/screenshots.py:304</extracomment>
        <translation>sans sucre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your card was declined. Please try another card.</source>
        <extracomment>kiosk/ui/screenshots.py:270</extracomment>
        <translation>Votre carte a été refusée. Veuillez essayer une autre carte.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>In progress</source>
        <extracomment>kiosk/ui/staff/orders.py:37 kiosk/ui/station/order_rows.py:34</extracomment>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>This payment could not be finished automatically.</source>
        <extracomment>kiosk/ui/staff/attention.py:47</extracomment>
        <translation>Ce paiement n’a pas pu être terminé automatiquement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again now. If it keeps failing, check the network and call support.</source>
        <extracomment>kiosk/ui/staff/attention.py:48</extracomment>
        <translation>Réessayez maintenant. Si l’échec persiste, vérifiez le réseau et appelez l’assistance.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Paid</source>
        <extracomment>kiosk/ui/staff/orders.py:34 kiosk/ui/station/order_rows.py:31</extracomment>
        <translation>Payée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <extracomment>kiosk/ui/staff/orders.py:36 kiosk/ui/station/order_rows.py:29</extracomment>
        <translation>Annulée</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>%n refund(s), {amount}</source>
        <oldsource>{count} refunds, {amount}</oldsource>
        <extracomment>kiosk/ui/staff/till.py:70</extracomment>
        <translation>
            <numerusform>%n remboursement, {amount}</numerusform>
            <numerusform>%n remboursements, {amount}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-136"/>
        <source>The reader is not reachable. Check that it is switched on, charged and on the store&apos;s Wi-Fi; restart it with its power button. Until it is back, pause ordering so nobody orders without a way to pay.</source>
        <extracomment>kiosk/ui/staff/controls.py:72</extracomment>
        <translation>Le lecteur est injoignable. Vérifiez qu’il est allumé, chargé et connecté au Wi-Fi du magasin ; redémarrez-le avec son bouton marche/arrêt. En attendant, suspendez les commandes pour que personne ne commande sans pouvoir payer.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The card was charged, but the order was cancelled in Final POS.</source>
        <extracomment>kiosk/ui/staff/attention.py:27</extracomment>
        <translation>La carte a été débitée, mais la commande a été annulée dans Final POS.</translation>
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
        <translation>Crustacés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eggs</source>
        <extracomment>kiosk/ui/allergens.py:16</extracomment>
        <translation>Œufs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fish</source>
        <extracomment>kiosk/ui/allergens.py:17</extracomment>
        <translation>Poisson</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peanuts</source>
        <extracomment>kiosk/ui/allergens.py:18</extracomment>
        <translation>Arachides</translation>
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
        <translation>Lait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nuts</source>
        <extracomment>kiosk/ui/allergens.py:21</extracomment>
        <translation>Fruits à coque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Celery</source>
        <extracomment>kiosk/ui/allergens.py:22</extracomment>
        <translation>Céleri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mustard</source>
        <extracomment>kiosk/ui/allergens.py:23</extracomment>
        <translation>Moutarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sesame</source>
        <extracomment>kiosk/ui/allergens.py:24</extracomment>
        <translation>Sésame</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sulphites</source>
        <extracomment>kiosk/ui/allergens.py:25</extracomment>
        <translation>Sulfites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lupin</source>
        <extracomment>kiosk/ui/allergens.py:26</extracomment>
        <translation>Lupin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Molluscs</source>
        <extracomment>kiosk/ui/allergens.py:27</extracomment>
        <translation>Mollusques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vegetarian</source>
        <extracomment>kiosk/ui/allergens.py:28</extracomment>
        <translation>Végétarien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vegan</source>
        <extracomment>kiosk/ui/allergens.py:29</extracomment>
        <translation>Végan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gluten-free</source>
        <extracomment>kiosk/ui/allergens.py:30</extracomment>
        <translation>Sans gluten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dairy-free</source>
        <extracomment>kiosk/ui/allergens.py:31</extracomment>
        <translation>Sans lactose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contains: {allergens}</source>
        <extracomment>kiosk/ui/allergens.py:63</extracomment>
        <translation>Contient&#xa0;: {allergens}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Final POS refused the API key (check finalpos_api_key)</source>
        <extracomment>kiosk/ui/pauses.py:28</extracomment>
        <translation>Final POS a refusé la clé d&apos;API (vérifiez finalpos_api_key)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final POS cannot be reached</source>
        <extracomment>kiosk/ui/pauses.py:29</extracomment>
        <translation>Final POS est injoignable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final POS refused to describe this outlet or station</source>
        <extracomment>kiosk/ui/pauses.py:30</extracomment>
        <translation>Final POS refuse de décrire ce point de vente ou ce poste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the configured outlet does not exist in Final POS (check outlet_id)</source>
        <extracomment>kiosk/ui/pauses.py:31</extracomment>
        <translation>le point de vente configuré n&apos;existe pas dans Final POS (vérifiez outlet_id)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the configured station does not exist in Final POS (check station_id)</source>
        <extracomment>kiosk/ui/pauses.py:34</extracomment>
        <translation>le poste configuré n&apos;existe pas dans Final POS (vérifiez station_id)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the station belongs to another outlet (check station_id)</source>
        <extracomment>kiosk/ui/pauses.py:37</extracomment>
        <translation>le poste appartient à un autre point de vente (vérifiez station_id)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the station has no card reader</source>
        <extracomment>kiosk/ui/pauses.py:38</extracomment>
        <translation>le poste n&apos;a pas de terminal de paiement</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Refund the customer, or mark it handled if the order was put back.</source>
        <extracomment>kiosk/ui/staff/attention.py:28</extracomment>
        <translation>Remboursez le client, ou marquez comme traité si la commande a été rétablie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order is marked paid in Final POS, but no card payment was taken.</source>
        <extracomment>kiosk/ui/staff/attention.py:31</extracomment>
        <translation>La commande est marquée payée dans Final POS, mais aucun paiement par carte n’a été encaissé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the customer to pay at the counter, then mark it handled.</source>
        <extracomment>kiosk/ui/staff/attention.py:32</extracomment>
        <translation>Demandez au client de payer au comptoir, puis marquez comme traité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The money was refunded, but Final POS has not recorded the refund yet.</source>
        <extracomment>kiosk/ui/staff/attention.py:35</extracomment>
        <translation>L’argent a été remboursé, mais Final POS n’a pas encore enregistré le remboursement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again now. The kiosk also retries every minute.</source>
        <extracomment>kiosk/ui/staff/attention.py:36</extracomment>
        <translation>Réessayez maintenant. La borne réessaie aussi chaque minute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card company reports that this refund failed.</source>
        <extracomment>kiosk/ui/staff/attention.py:39</extracomment>
        <translation>L’organisme de carte signale l’échec de ce remboursement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund the customer another way, then mark it handled.</source>
        <extracomment>kiosk/ui/staff/attention.py:40</extracomment>
        <translation>Remboursez le client autrement, puis marquez comme traité.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <extracomment>kiosk/ui/staff/entry.py:130</extracomment>
        <translation>Trop de codes PIN erronés. Réessayez dans {seconds} s.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Kitchen ticket</source>
        <extracomment>kiosk/ui/staff/receipts.py:35</extracomment>
        <translation>Ticket cuisine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emailed receipt</source>
        <extracomment>kiosk/ui/staff/receipts.py:37</extracomment>
        <translation>Reçu par e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed receipt</source>
        <extracomment>kiosk/ui/staff/receipts.py:40</extracomment>
        <translation>Reçu imprimé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The printer is out of paper. Load a new roll, then try again.</source>
        <extracomment>kiosk/ui/staff/receipts.py:55</extracomment>
        <translation>L’imprimante n’a plus de papier. Mettez un nouveau rouleau, puis réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer is offline or its cover is open. Check it, then try again.</source>
        <extracomment>kiosk/ui/staff/receipts.py:57</extracomment>
        <translation>L’imprimante est hors ligne ou son capot est ouvert. Vérifiez-la, puis réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer cannot be reached. Check its power and cable, then try again.</source>
        <extracomment>kiosk/ui/staff/receipts.py:59</extracomment>
        <translation>L’imprimante est injoignable. Vérifiez son alimentation et son câble, puis réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The receipt could not be emailed. Offer the customer a printed receipt.</source>
        <extracomment>kiosk/ui/staff/receipts.py:61</extracomment>
        <translation>Le reçu n’a pas pu être envoyé par e-mail. Proposez au client un reçu imprimé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server did not accept the receipt yet. The kiosk keeps trying.</source>
        <extracomment>kiosk/ui/staff/receipts.py:63</extracomment>
        <translation>Le serveur de messagerie n’a pas encore accepté le reçu. La borne continue d’essayer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer did not print this. Check it, then try again.</source>
        <extracomment>kiosk/ui/staff/receipts.py:64</extracomment>
        <translation>L’imprimante ne l’a pas imprimé. Vérifiez-la, puis réessayez.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>{what} for order {number}</source>
        <extracomment>kiosk/ui/staff/receipts.py:46</extracomment>
        <translation>{what} de la commande {number}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{title}: done.</source>
        <extracomment>kiosk/ui/staff/receipts.py:123</extracomment>
        <translation>{title}&#xa0;: c’est fait.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: it did not go out yet.</source>
        <extracomment>kiosk/ui/staff/receipts.py:125</extracomment>
        <translation>{title}&#xa0;: ce n’est pas encore parti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove this from the list? Only do this once order {number} has been taken care of by hand.</source>
        <extracomment>kiosk/ui/staff/receipts.py:137</extracomment>
        <translation>Retirer ceci de la liste&#xa0;? Ne le faites qu’une fois la commande {number} traitée à la main.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <extracomment>kiosk/ui/staff/receipts.py:144</extracomment>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} Final POS or the card service did not answer. Check the network, then try again.</source>
        <extracomment>kiosk/ui/staff/shell.py:172</extracomment>
        <translation>{what} Final POS ou le service de carte n’a pas répondu. Vérifiez le réseau, puis réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role cannot do this. Please ask a manager.</source>
        <extracomment>kiosk/ui/staff/shell.py:183</extracomment>
        <translation>Votre rôle ne permet pas cette action. Veuillez demander à un responsable.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a new till session?</source>
        <extracomment>kiosk/ui/staff/till.py:91</extracomment>
        <translation>Ouvrir une nouvelle session de caisse ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open session</source>
        <extracomment>kiosk/ui/staff/till.py:92</extracomment>
        <translation>Ouvrir la session</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the till session now? The closing report is sent to Final POS.</source>
        <extracomment>kiosk/ui/staff/till.py:116</extracomment>
        <translation>Clôturer la session de caisse maintenant ? Le rapport de clôture est envoyé à Final POS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close session</source>
        <extracomment>kiosk/ui/staff/till.py:117</extracomment>
        <translation>Clôturer la session</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>card</source>
        <extracomment>kiosk/services/receipts/report.py:34 kiosk/ui/closing.py:61</extracomment>
        <translation>carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cash</source>
        <extracomment>kiosk/services/receipts/report.py:34 kiosk/ui/closing.py:61</extracomment>
        <translation>espèces</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>Card</source>
        <extracomment>kiosk/ui/staff/orders.py:179 kiosk/ui/staff/orders.py:180</extracomment>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund {amount} to the customer&apos;s card for order {number}?</source>
        <extracomment>kiosk/ui/staff/orders.py:267 kiosk/ui/station/orders_refund.py:91</extracomment>
        <translation>Rembourser {amount} sur la carte du client pour la commande {number} ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund {amount}</source>
        <extracomment>kiosk/ui/staff/orders.py:272</extracomment>
        <translation>Rembourser {amount}</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Try to finish order {number} now? The kiosk asks Final POS and the card service and completes or cancels it.</source>
        <extracomment>kiosk/ui/staff/attention.py:116</extracomment>
        <translation>Essayer de terminer la commande {number} maintenant ? La borne interroge Final POS et le service de carte, puis la termine ou l’annule.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again now</source>
        <extracomment>kiosk/ui/staff/attention.py:121</extracomment>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark order {number} as handled? Your note is added to the order in Final POS.</source>
        <extracomment>kiosk/ui/staff/attention.py:165</extracomment>
        <translation>Marquer la commande {number} comme traitée ? Votre note est ajoutée à la commande dans Final POS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark handled</source>
        <extracomment>kiosk/ui/staff/attention.py:169</extracomment>
        <translation>Marquer comme traité</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pause ordering? Customers see that ordering is paused.</source>
        <extracomment>kiosk/ui/staff/controls.py:138</extracomment>
        <translation>Suspendre les commandes ? Les clients voient que les commandes sont suspendues.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause ordering</source>
        <extracomment>kiosk/ui/staff/controls.py:139</extracomment>
        <translation>Suspendre les commandes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark {name} as sold out? Every till and channel sees it in Final POS.</source>
        <extracomment>kiosk/ui/staff/controls.py:193</extracomment>
        <translation>Marquer {name} comme épuisé ? Toutes les caisses et tous les canaux le verront dans Final POS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark sold out</source>
        <extracomment>kiosk/ui/staff/controls.py:197</extracomment>
        <translation>Marquer comme épuisé</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Close the kiosk app? Customers cannot order until it is started again.</source>
        <extracomment>kiosk/ui/staff/viewmodel.py:250</extracomment>
        <translation>Fermer l’application de la borne ? Les clients ne pourront plus commander jusqu’à son redémarrage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the app</source>
        <extracomment>kiosk/ui/staff/viewmodel.py:251</extracomment>
        <translation>Fermer l’application</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The till session could not be read.</source>
        <extracomment>kiosk/ui/staff/till.py:83</extracomment>
        <translation>La session de caisse n’a pas pu être lue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new till session is open.</source>
        <extracomment>kiosk/ui/staff/till.py:107</extracomment>
        <translation>Une nouvelle session de caisse est ouverte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The till session was not opened.</source>
        <extracomment>kiosk/ui/staff/till.py:109</extracomment>
        <translation>La session de caisse n’a pas été ouverte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The till session is closed and the report is in Final POS.</source>
        <extracomment>kiosk/ui/staff/till.py:134</extracomment>
        <translation>La session de caisse est clôturée et le rapport est dans Final POS.</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>Closed by</source>
        <extracomment>kiosk/services/receipts/report.py:89 kiosk/ui/staff/report.py:44</extracomment>
        <translation>Clôturée par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <extracomment>kiosk/services/receipts/report.py:91 kiosk/ui/staff/report.py:45 kiosk/ui/station/signin.py:48</extracomment>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales</source>
        <extracomment>kiosk/services/receipts/report.py:92 kiosk/ui/staff/report.py:46 kiosk/ui/station/signin.py:49</extracomment>
        <translation>Ventes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of which taxes</source>
        <extracomment>kiosk/services/receipts/report.py:93 kiosk/ui/closing.py:46</extracomment>
        <translation>Dont taxes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refunds</source>
        <extracomment>kiosk/services/receipts/report.py:106 kiosk/ui/staff/report.py:48 kiosk/ui/station/signin.py:51</extracomment>
        <translation>Remboursements</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card total</source>
        <extracomment>kiosk/services/receipts/report.py:112 kiosk/ui/staff/report.py:49</extracomment>
        <translation>Total carte</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Paid by {method}</source>
        <extracomment>kiosk/services/receipts/report.py:110 kiosk/ui/closing.py:63</extracomment>
        <translation>Payé par {method}</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Showing this kiosk&apos;s own records: Final POS did not answer.</source>
        <extracomment>kiosk/ui/staff/orders.py:94</extracomment>
        <translation>Affichage des données propres à cette borne : Final POS n’a pas répondu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This order was not taken on this kiosk: refund it in Final POS.</source>
        <extracomment>kiosk/ui/staff/orders.py:119</extracomment>
        <translation>Cette commande n’a pas été passée sur cette borne : remboursez-la dans Final POS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some details are missing: Final POS or Stripe did not answer.</source>
        <extracomment>kiosk/ui/staff/orders.py:132 kiosk/ui/station/orders.py:149</extracomment>
        <translation>Certains détails manquent : Final POS ou Stripe n’a pas répondu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} refunded</source>
        <extracomment>kiosk/ui/staff/orders.py:172 kiosk/ui/station/orders.py:331</extracomment>
        <translation>{amount} remboursé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is left to refund on this order.</source>
        <extracomment>kiosk/ui/staff/orders.py:194 kiosk/ui/staff/orders.py:329 kiosk/ui/station/orders_refund.py:64 kiosk/ui/station/orders_refund.py:130</extracomment>
        <translation>Il ne reste rien à rembourser sur cette commande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one item to refund.</source>
        <extracomment>kiosk/ui/staff/orders.py:264 kiosk/ui/station/orders_refund.py:67</extracomment>
        <translation>Choisissez au moins un article à rembourser.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{amount} is on its way back to the customer&apos;s card.</source>
        <extracomment>kiosk/ui/staff/orders.py:304 kiosk/ui/station/orders_refund.py:111</extracomment>
        <translation>{amount} est en cours de remboursement sur la carte du client.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Order {number} is sorted out.</source>
        <extracomment>kiosk/ui/staff/attention.py:132</extracomment>
        <translation>La commande {number} est réglée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please write a short note saying what was done.</source>
        <extracomment>kiosk/ui/staff/attention.py:162</extracomment>
        <translation>Veuillez écrire une courte note sur ce qui a été fait.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order {number} is marked handled.</source>
        <extracomment>kiosk/ui/staff/attention.py:180</extracomment>
        <translation>La commande {number} est marquée comme traitée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {number} is not marked handled yet.</source>
        <extracomment>kiosk/ui/staff/attention.py:183</extracomment>
        <translation>La commande {number} n’est pas encore marquée comme traitée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last seen at {time}</source>
        <extracomment>kiosk/ui/staff/controls.py:98</extracomment>
        <translation>Dernier contact à {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Look at the reader: it should show a test message now.</source>
        <extracomment>kiosk/ui/staff/controls.py:119</extracomment>
        <translation>Regardez le lecteur : il devrait afficher un message de test.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ordering is paused.</source>
        <extracomment>kiosk/ui/staff/controls.py:157</extracomment>
        <translation>Les commandes sont suspendues.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordering is open again.</source>
        <extracomment>kiosk/ui/staff/controls.py:157</extracomment>
        <translation>Les commandes sont à nouveau ouvertes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The menu is up to date with Final POS.</source>
        <extracomment>kiosk/ui/staff/controls.py:169</extracomment>
        <translation>Le menu est à jour avec Final POS.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This product has no variants to mark in Final POS.</source>
        <extracomment>kiosk/ui/staff/controls.py:210</extracomment>
        <translation>Ce produit n’a aucune variante à marquer dans Final POS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is marked sold out.</source>
        <extracomment>kiosk/ui/staff/controls.py:215</extracomment>
        <translation>{name} est marqué comme épuisé.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>This kiosk cannot be closed from here.</source>
        <extracomment>kiosk/ui/staff/viewmodel.py:247</extracomment>
        <translation>Cette borne ne peut pas être fermée d’ici.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>This person may not open staff mode. Ask a manager.</source>
        <extracomment>kiosk/ui/staff/entry.py:117</extracomment>
        <translation>Cette personne ne peut pas ouvrir le mode personnel. Demandez à un responsable.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>There is no open till session to close.</source>
        <extracomment>kiosk/ui/staff/till.py:136</extracomment>
        <translation>Il n’y a aucune session de caisse ouverte à clôturer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The till session is still open.</source>
        <extracomment>kiosk/ui/staff/till.py:138</extracomment>
        <translation>La session de caisse est toujours ouverte.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>This order is not in this kiosk&apos;s records.</source>
        <extracomment>kiosk/ui/staff/orders.py:135</extracomment>
        <translation>Cette commande ne figure pas dans les données de cette borne.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{amount} is on its way back to the card. Final POS will be updated as soon as it answers.</source>
        <extracomment>kiosk/ui/staff/orders.py:307 kiosk/ui/station/orders_refund.py:114</extracomment>
        <translation>{amount} est en cours de remboursement sur la carte. Final POS sera mis à jour dès qu’il répondra.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Order {number} still needs attention.</source>
        <extracomment>kiosk/ui/staff/attention.py:135</extracomment>
        <translation>La commande {number} est toujours à traiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {number} still needs a person: see what to do below.</source>
        <extracomment>kiosk/ui/staff/attention.py:139</extracomment>
        <translation>La commande {number} nécessite toujours une intervention : voir ci-dessous ce qu’il faut faire.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not configured</source>
        <extracomment>kiosk/ui/staff/controls.py:87</extracomment>
        <translation>Non configuré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <extracomment>kiosk/ui/staff/controls.py:89</extracomment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reader&apos;s status could not be read.</source>
        <extracomment>kiosk/ui/staff/controls.py:93</extracomment>
        <translation>L’état du lecteur n’a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Online</source>
        <extracomment>kiosk/ui/staff/controls.py:101</extracomment>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <extracomment>kiosk/ui/staff/controls.py:101</extracomment>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test from staff mode: hello!</source>
        <extracomment>kiosk/ui/staff/controls.py:117</extracomment>
        <translation>Test depuis le mode personnel : bonjour !</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No reader is set up for this kiosk.</source>
        <extracomment>kiosk/ui/staff/controls.py:121</extracomment>
        <translation>Aucun lecteur n’est configuré pour cette borne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reader did not take the message. Check that it is online.</source>
        <extracomment>kiosk/ui/staff/controls.py:124</extracomment>
        <translation>Le lecteur n’a pas accepté le message. Vérifiez qu’il est en ligne.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Menu sync is not available in this mode.</source>
        <extracomment>kiosk/ui/staff/controls.py:172</extracomment>
        <translation>La synchronisation du menu n’est pas disponible dans ce mode.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The menu was not updated.</source>
        <extracomment>kiosk/ui/staff/controls.py:174</extracomment>
        <translation>Le menu n’a pas été mis à jour.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Final POS does not know this product any more: sync the menu.</source>
        <extracomment>kiosk/ui/staff/controls.py:219</extracomment>
        <translation>Final POS ne connaît plus ce produit : synchronisez le menu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not marked sold out yet.</source>
        <extracomment>kiosk/ui/staff/controls.py:222</extracomment>
        <translation>{name} n’est pas encore marqué comme épuisé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No staff are set up yet. The installer adds them with: kiosk staff add NAME</source>
        <extracomment>kiosk/ui/staff/entry.py:119</extracomment>
        <translation>Aucun membre du personnel n’est encore configuré. L’installateur les ajoute avec : kiosk staff add NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That PIN is not right. Please try again.</source>
        <extracomment>kiosk/ui/staff/entry.py:123</extracomment>
        <translation>Ce code PIN n’est pas correct. Veuillez réessayer.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The refund is started but not confirmed yet. The kiosk finishes it by itself; do not refund again.</source>
        <extracomment>kiosk/ui/staff/orders.py:315 kiosk/ui/station/orders_refund.py:121</extracomment>
        <translation>Le remboursement est lancé mais pas encore confirmé. La borne le termine d’elle-même ; ne remboursez pas une seconde fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was refunded.</source>
        <extracomment>kiosk/ui/staff/orders.py:322</extracomment>
        <translation>Rien n’a été remboursé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is more than is left to refund on this order. Nothing was refunded.</source>
        <extracomment>kiosk/ui/staff/orders.py:325 kiosk/ui/station/orders_refund.py:128</extracomment>
        <translation>C’est plus que ce qui reste à rembourser sur cette commande. Rien n’a été remboursé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This order has no card payment to refund.</source>
        <extracomment>kiosk/ui/staff/orders.py:331 kiosk/ui/station/orders_refund.py:134</extracomment>
        <translation>Cette commande n’a aucun paiement par carte à rembourser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card company reports that the refund failed. Refund the customer another way.</source>
        <extracomment>kiosk/ui/staff/orders.py:334 kiosk/ui/station/orders_refund.py:138</extracomment>
        <translation>L’organisme de carte signale l’échec du remboursement. Remboursez le client autrement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card company refused the refund. Nothing was refunded.</source>
        <extracomment>kiosk/ui/staff/orders.py:341 kiosk/ui/station/orders_refund.py:142</extracomment>
        <translation>L’organisme de carte a refusé le remboursement. Rien n’a été remboursé.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Kiosk orders waiting to be paid here.</source>
        <extracomment>kiosk/ui/station/counter.py:129</extracomment>
        <translation>Commandes borne à payer ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That order was already paid or cancelled.</source>
        <extracomment>kiosk/ui/station/counter.py:155</extracomment>
        <translation>Cette commande a déjà été payée ou annulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kiosk order {number}: take the payment.</source>
        <extracomment>kiosk/ui/station/counter.py:161</extracomment>
        <translation>Commande borne {number}&#xa0;: encaissez le paiement.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>This kiosk order was already paid or cancelled.</source>
        <extracomment>kiosk/ui/station/payment.py:171 kiosk/ui/station/payment.py:236</extracomment>
        <translation>Cette commande borne a déjà été payée ou annulée.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A kiosk order is paid as ordered. Clear it to start a new sale.</source>
        <extracomment>kiosk/ui/station/sale.py:99</extracomment>
        <translation>Une commande borne se paie telle quelle. Remettez-la pour commencer une nouvelle vente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a line first.</source>
        <extracomment>kiosk/ui/station/sale.py:281</extracomment>
        <translation>Sélectionnez d’abord une ligne.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That PIN is not right. Try again.</source>
        <extracomment>kiosk/ui/station/signin.py:38</extracomment>
        <translation>Ce code PIN n’est pas correct. Réessayez.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Preparing the reader…</source>
        <extracomment>kiosk/ui/station/payment.py:205 kiosk/ui/station/payment.py:260</extracomment>
        <translation>Préparation du lecteur…</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The reader cannot be used right now. Take cash or try again.</source>
        <extracomment>kiosk/ui/station/payment.py:43</extracomment>
        <translation>Le lecteur est indisponible pour le moment. Encaissez en espèces ou réessayez.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Enter an e-mail address such as name@example.com.</source>
        <extracomment>kiosk/ui/station/customer.py:25</extracomment>
        <translation>Saisissez une adresse e-mail comme name@example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the first name.</source>
        <extracomment>kiosk/ui/station/customer.py:26</extracomment>
        <translation>Saisissez le prénom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the last name.</source>
        <extracomment>kiosk/ui/station/customer.py:27</extracomment>
        <translation>Saisissez le nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names can be at most 60 characters.</source>
        <extracomment>kiosk/ui/station/customer.py:28</extracomment>
        <translation>Les noms ne peuvent pas dépasser 60 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a phone number of 6 to 15 digits, or none.</source>
        <extracomment>kiosk/ui/station/customer.py:29</extracomment>
        <translation>Saisissez un numéro de téléphone de 6 à 15 chiffres, ou laissez vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer with this e-mail exists: attach them instead.</source>
        <extracomment>kiosk/ui/station/customer.py:30</extracomment>
        <translation>Un client avec cet e-mail existe déjà&#xa0;: associez-le plutôt.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Final POS did not answer. Check the network, then try again.</source>
        <extracomment>kiosk/ui/station/state.py:107</extracomment>
        <translation>Final POS n’a pas répondu. Vérifiez le réseau, puis réessayez.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Too many wrong PINs. Try again in {s} seconds.</source>
        <extracomment>kiosk/ui/station/signin.py:33</extracomment>
        <translation>Trop de codes PIN erronés. Réessayez dans {s} secondes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person may not use the checkout station.</source>
        <extracomment>kiosk/ui/station/signin.py:35</extracomment>
        <translation>Cette personne ne peut pas utiliser le poste de caisse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No staff are set up. Add someone with `kiosk staff add`.</source>
        <extracomment>kiosk/ui/station/signin.py:37</extracomment>
        <translation>Aucun membre du personnel n’est configuré. Ajoutez-en un avec `kiosk staff add`.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Count the cash in the drawer and enter the total.</source>
        <extracomment>kiosk/ui/station/signin.py:180</extracomment>
        <translation>Comptez les espèces du tiroir et saisissez le total.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Added {name}.</source>
        <extracomment>kiosk/ui/station/sale.py:125</extracomment>
        <translation>Ajouté&#xa0;: {name}.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Up to {limit} without a manager.</source>
        <extracomment>kiosk/ui/station/discount.py:104</extracomment>
        <translation>Jusqu’à {limit} sans responsable.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Find the customer, or create them on the right.</source>
        <extracomment>kiosk/ui/station/customer.py:72</extracomment>
        <translation>Trouvez le client, ou créez-le à droite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is on this sale.</source>
        <extracomment>kiosk/ui/station/customer.py:98</extracomment>
        <translation>{name} est associé à cette vente.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Enter the cash the customer hands over.</source>
        <extracomment>kiosk/ui/station/payment.py:115</extracomment>
        <translation>Saisissez les espèces remises par le client.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The customer pays on the reader.</source>
        <extracomment>kiosk/ui/station/payment.py:206</extracomment>
        <translation>Le client paie sur le lecteur.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The card was declined. Try another card or take cash.</source>
        <extracomment>kiosk/ui/station/payment.py:34</extracomment>
        <translation>La carte a été refusée. Essayez une autre carte ou encaissez en espèces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card payment was cancelled. Nothing was charged.</source>
        <extracomment>kiosk/ui/station/payment.py:36</extracomment>
        <translation>Le paiement par carte a été annulé. Rien n’a été débité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reader is busy or offline. Check it, then try again.</source>
        <extracomment>kiosk/ui/station/payment.py:38</extracomment>
        <translation>Le lecteur est occupé ou hors ligne. Vérifiez-le, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment needs checking in staff mode before anything else.</source>
        <extracomment>kiosk/ui/station/payment.py:42</extracomment>
        <translation>Le paiement doit d’abord être vérifié dans le mode personnel.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Signed in as {name}.</source>
        <extracomment>kiosk/ui/station/signin.py:118</extracomment>
        <translation>Connecté en tant que {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed out.</source>
        <extracomment>kiosk/ui/station/signin.py:146</extracomment>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed out. The sale stays open for the next person.</source>
        <extracomment>kiosk/ui/station/signin.py:148</extracomment>
        <translation>Déconnecté. La vente reste ouverte pour la personne suivante.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>This product is no longer on the menu.</source>
        <extracomment>kiosk/ui/station/grid.py:167 kiosk/ui/station/search.py:88</extracomment>
        <translation>Ce produit ne figure plus au menu.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Scanned {code}: open the sale to add it.</source>
        <extracomment>kiosk/ui/station/search.py:110</extracomment>
        <translation>{code} scanné&#xa0;: ouvrez la vente pour l’ajouter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode {code} is not on the menu.</source>
        <extracomment>kiosk/ui/station/search.py:114</extracomment>
        <translation>Le code-barres {code} ne figure pas au menu.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Add something to the sale first.</source>
        <extracomment>kiosk/ui/station/discount.py:97 kiosk/ui/station/payment.py:112 kiosk/ui/station/payment.py:199</extracomment>
        <translation>Ajoutez d’abord un article à la vente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give a reason for the discount.</source>
        <extracomment>kiosk/ui/station/discount.py:134</extracomment>
        <translation>Indiquez le motif de la remise.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is not a manager.</source>
        <extracomment>kiosk/ui/station/discount.py:171</extracomment>
        <translation>{name} n’est pas responsable.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sale parked. Resume it from Parked sales.</source>
        <extracomment>kiosk/ui/station/parked.py:64</extracomment>
        <translation>Vente suspendue. Reprenez-la via «&#xa0;En attente&#xa0;».</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Finish or park the current sale first.</source>
        <extracomment>kiosk/ui/station/counter.py:144 kiosk/ui/station/parked.py:105</extracomment>
        <translation>Terminez ou suspendez d’abord la vente en cours.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>That sale was already resumed or closed.</source>
        <extracomment>kiosk/ui/station/parked.py:116</extracomment>
        <translation>Cette vente a déjà été reprise ou clôturée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale resumed; {n} item(s) are no longer on the menu.</source>
        <extracomment>kiosk/ui/station/parked.py:142</extracomment>
        <translation>Vente reprise&#xa0;; articles qui ne figurent plus au menu&#xa0;: {n}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale resumed.</source>
        <extracomment>kiosk/ui/station/parked.py:146</extracomment>
        <translation>Vente reprise.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>That is less than the total of {total}.</source>
        <extracomment>kiosk/ui/station/payment.py:155</extracomment>
        <translation>C’est moins que le total de {total}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give {amount} change.</source>
        <extracomment>kiosk/ui/station/payment.py:185</extracomment>
        <translation>Rendez {amount} de monnaie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid. No change due.</source>
        <extracomment>kiosk/ui/station/payment.py:187</extracomment>
        <translation>Payé. Pas de monnaie à rendre.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Till open with a float of {amount}.</source>
        <extracomment>kiosk/ui/station/signin.py:166</extracomment>
        <translation>Caisse ouverte avec un fond de {amount}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no open till to close.</source>
        <extracomment>kiosk/ui/station/signin.py:195</extracomment>
        <translation>Il n’y a aucune caisse ouverte à clôturer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Till closed. The cash matches.</source>
        <extracomment>kiosk/ui/station/signin.py:219</extracomment>
        <translation>Caisse clôturée. Les espèces correspondent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Till closed. The cash is {amount} {way}.</source>
        <extracomment>kiosk/ui/station/signin.py:222</extracomment>
        <translation>Caisse clôturée. Il y a {amount} {way}.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>{name} is sold out.</source>
        <extracomment>kiosk/ui/station/sale.py:122</extracomment>
        <translation>{name} est épuisé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That many cannot be sold.</source>
        <extracomment>kiosk/ui/station/sale.py:331</extracomment>
        <translation>Impossible de vendre une telle quantité.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Enter a discount above zero and no larger than the amount.</source>
        <extracomment>kiosk/ui/station/discount.py:137</extracomment>
        <translation>Saisissez une remise supérieure à zéro et ne dépassant pas le montant.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Check the details marked below.</source>
        <extracomment>kiosk/ui/station/customer.py:120</extracomment>
        <translation>Vérifiez les informations signalées ci-dessous.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Final POS cannot take the order right now. Nothing was charged.</source>
        <extracomment>kiosk/ui/station/payment.py:227</extracomment>
        <translation>Final POS ne peut pas prendre la commande pour le moment. Rien n’a été débité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sale cannot be paid by card: check the items.</source>
        <extracomment>kiosk/ui/station/payment.py:238</extracomment>
        <translation>Cette vente ne peut pas être payée par carte&#xa0;: vérifiez les articles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the card on the reader.</source>
        <extracomment>kiosk/ui/station/payment.py:261</extracomment>
        <translation>En attente de la carte sur le lecteur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorising…</source>
        <extracomment>kiosk/ui/station/payment.py:262</extracomment>
        <translation>Autorisation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording the payment…</source>
        <extracomment>kiosk/ui/station/payment.py:263</extracomment>
        <translation>Enregistrement du paiement…</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>This is above {limit}: a manager enters their PIN to allow it.</source>
        <extracomment>kiosk/ui/station/discount.py:144</extracomment>
        <translation>Au-delà de {limit}&#xa0;: code PIN d’un responsable requis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount applied.</source>
        <extracomment>kiosk/ui/station/discount.py:159</extracomment>
        <translation>Remise appliquée.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Final POS did not confirm the new customer. Search for them in a minute.</source>
        <extracomment>kiosk/ui/station/customer.py:123</extracomment>
        <translation>Final POS n’a pas confirmé le nouveau client. Recherchez-le dans une minute.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Parked sale</source>
        <extracomment>kiosk/ui/station/parked.py:88</extracomment>
        <translation>Vente en attente</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Paid in cash. Final POS has not confirmed it yet; the station finishes recording it by itself.</source>
        <extracomment>kiosk/ui/station/payment.py:162</extracomment>
        <translation>Payé en espèces. Final POS ne l’a pas encore confirmé&#xa0;; le poste termine l’enregistrement de lui-même.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This sale cannot be taken: check the items.</source>
        <extracomment>kiosk/ui/station/payment.py:173</extracomment>
        <translation>Cette vente ne peut pas être enregistrée&#xa0;: vérifiez les articles.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>over</source>
        <extracomment>kiosk/ui/station/signin.py:225</extracomment>
        <translation>en trop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>short</source>
        <extracomment>kiosk/ui/station/signin.py:225</extracomment>
        <translation>en moins</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Ordering is paused while we reconnect. You can still look at the menu.</source>
        <extracomment>kiosk/ui/viewmodels/app.py:200</extracomment>
        <translation>Les commandes sont suspendues le temps de rétablir la connexion. Vous pouvez toujours consulter le menu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordering is paused for a moment. You can still look at the menu.</source>
        <extracomment>kiosk/ui/viewmodels/app.py:202</extracomment>
        <translation>Les commandes sont suspendues un instant. Vous pouvez toujours consulter le menu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordering is paused</source>
        <extracomment>kiosk/ui/viewmodels/app.py:238</extracomment>
        <translation>Commandes suspendues</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} removed</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:214</extracomment>
        <translation>Retiré&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Checking your order…</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:136</extracomment>
        <translation>Vérification de votre commande…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add something to your order first</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:138 kiosk/ui/viewmodels/cart.py:153</extracomment>
        <translation>Ajoutez d&apos;abord un article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to pay: please ask staff</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:140</extracomment>
        <translation>Rien à payer&#xa0;: veuillez vous adresser au personnel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Includes tax</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:165</extracomment>
        <translation>Dont TVA</translation>
    </message>
    <message>
        <location line="-550"/>
        <source>Tax</source>
        <extracomment>kiosk/services/receipts/report.py:57 kiosk/ui/closing.py:28 kiosk/ui/viewmodels/cart.py:165</extracomment>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+558"/>
        <source>{order_type}, table {number}</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:181 kiosk/ui/viewmodels/confirmation.py:106</extracomment>
        <translation>{order_type}, table {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your table or tracker number</source>
        <extracomment>kiosk/ui/viewmodels/cart_entry.py:57</extracomment>
        <translation>Votre numéro de table ou de chevalet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note for {name}</source>
        <extracomment>kiosk/ui/viewmodels/cart_entry.py:63</extracomment>
        <translation>Une note pour {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the number first</source>
        <extracomment>kiosk/ui/viewmodels/cart_entry.py:73</extracomment>
        <translation>Saisissez d&apos;abord le numéro</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was charged. Check your order, then pay.</source>
        <extracomment>kiosk/ui/viewmodels/cart_pay.py:212</extracomment>
        <translation>Rien n&apos;a été débité. Vérifiez votre commande, puis payez.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{name} added. Check your order, then pay.</source>
        <extracomment>kiosk/ui/viewmodels/cart_pay.py:128</extracomment>
        <translation>Ajouté&#xa0;: {name}. Vérifiez votre commande, puis payez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sorry, {names} just sold out and was taken off your order.</source>
        <extracomment>kiosk/ui/viewmodels/cart_pay.py:202</extracomment>
        <translation>Désolés, {names} vient d&apos;être épuisé et a été retiré de votre commande.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>was {price}</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:357</extracomment>
        <translation>au lieu de {price}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Eat in</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:177 kiosk/ui/viewmodels/confirmation.py:103</extracomment>
        <translation>Sur place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take away</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:177 kiosk/ui/viewmodels/confirmation.py:103</extracomment>
        <translation>À emporter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is all we have of {name}.</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:248</extracomment>
        <translation>C&apos;est tout ce qu&apos;il nous reste de {name}.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing here right now.</source>
        <extracomment>kiosk/ui/viewmodels/menu.py:131</extracomment>
        <translation>Rien ici pour le moment.</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>from {price}</source>
        <extracomment>kiosk/ui/station/grid.py:132 kiosk/ui/viewmodels/menu.py:371 kiosk/ui/viewmodels/product.py:238</extracomment>
        <translation>dès {price}</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>The card was declined. Try another card or ask staff.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:37</extracomment>
        <translation>La carte a été refusée. Essayez une autre carte ou adressez-vous au personnel.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The payment could not be finished. Please ask staff.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:47</extracomment>
        <translation>Le paiement n&apos;a pas pu aboutir. Veuillez vous adresser au personnel.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The payment did not go through. Try again, or try another card.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:36</extracomment>
        <translation>Le paiement n&apos;est pas passé. Réessayez, ou essayez une autre carte.</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Parked</source>
        <extracomment>kiosk/ui/station/order_rows.py:33</extracomment>
        <translation>Suspendue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing this station&apos;s own records: Final POS did not answer.</source>
        <extracomment>kiosk/ui/station/orders.py:112</extracomment>
        <translation>Affichage des données de ce poste&#xa0;: Final POS n’a pas répondu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This order was not taken here: refund it in Final POS.</source>
        <extracomment>kiosk/ui/station/orders.py:127</extracomment>
        <translation>Cette commande n’a pas été encaissée ici&#xa0;: remboursez-la dans Final POS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This order is not in this station&apos;s records.</source>
        <extracomment>kiosk/ui/station/orders.py:153 kiosk/ui/station/orders_refund.py:136</extracomment>
        <translation>Cette commande ne figure pas dans les données de ce poste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} may not refund orders.</source>
        <extracomment>kiosk/ui/station/orders_refund.py:82</extracomment>
        <translation>{name} ne peut pas rembourser de commandes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stripe did not answer. Nothing was refunded; try again.</source>
        <extracomment>kiosk/ui/station/orders_refund.py:126</extracomment>
        <translation>Stripe n’a pas répondu. Rien n’a été remboursé&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This order has no receipt to print.</source>
        <extracomment>kiosk/ui/station/reprint.py:39</extracomment>
        <translation>Cette commande n’a pas de reçu à imprimer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt printed.</source>
        <extracomment>kiosk/ui/station/reprint.py:44</extracomment>
        <translation>Reçu imprimé.</translation>
    </message>
    <message>
        <location line="-370"/>
        <source>The printer did not print it now; it tries again by itself.</source>
        <extracomment>kiosk/ui/closing.py:73 kiosk/ui/station/reprint.py:47</extracomment>
        <translation>L’imprimante ne l’a pas imprimé pour l’instant&#xa0;; elle réessaie d’elle-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No receipt printer is set up.</source>
        <extracomment>kiosk/ui/closing.py:74 kiosk/ui/station/reprint.py:51</extracomment>
        <translation>Aucune imprimante de reçus n’est configurée.</translation>
    </message>
    <message>
        <location line="+300"/>
        <source>Order {number} · {total} · {status}</source>
        <extracomment>kiosk/ui/station/orders.py:321</extracomment>
        <translation>Commande {number} · {total} · {status}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Paid in cash</source>
        <extracomment>kiosk/ui/station/order_rows.py:31</extracomment>
        <translation>Payé en espèces</translation>
    </message>
    <message>
        <location line="-382"/>
        <source>Refunded taxes are missing from this report: Final POS could not list the refunds.</source>
        <extracomment>kiosk/services/receipts/report.py:36</extracomment>
        <translation>Les taxes des remboursements manquent dans ce rapport&#xa0;: Final POS n’a pas pu lister les remboursements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxes at an unknown rate</source>
        <extracomment>kiosk/services/receipts/report.py:54 kiosk/ui/closing.py:27</extracomment>
        <translation>Taxes à un taux inconnu</translation>
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
        <translation>Rapport de clôture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station</source>
        <extracomment>kiosk/services/receipts/report.py:83</extracomment>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Till session</source>
        <extracomment>kiosk/services/receipts/report.py:84</extracomment>
        <translation>Session de caisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened</source>
        <extracomment>kiosk/services/receipts/report.py:86</extracomment>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened by</source>
        <extracomment>kiosk/services/receipts/report.py:87</extracomment>
        <translation>Ouverte par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <extracomment>kiosk/services/receipts/report.py:88</extracomment>
        <translation>Fermée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Taxes refunded</source>
        <extracomment>kiosk/services/receipts/report.py:96 kiosk/ui/closing.py:50</extracomment>
        <translation>Taxes remboursées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxes net of refunds</source>
        <extracomment>kiosk/services/receipts/report.py:98 kiosk/ui/closing.py:51</extracomment>
        <translation>Taxes nettes des remboursements</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash in the drawer</source>
        <extracomment>kiosk/services/receipts/report.py:116</extracomment>
        <translation>Espèces dans le tiroir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening float</source>
        <extracomment>kiosk/services/receipts/report.py:117</extracomment>
        <translation>Fond de caisse initial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <extracomment>kiosk/services/receipts/report.py:118</extracomment>
        <translation>Attendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted</source>
        <extracomment>kiosk/services/receipts/report.py:119</extracomment>
        <translation>Compté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <extracomment>kiosk/services/receipts/report.py:121</extracomment>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed {when}</source>
        <extracomment>kiosk/services/receipts/report.py:126</extracomment>
        <translation>Imprimé le {when}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The closing report is printed.</source>
        <extracomment>kiosk/ui/closing.py:71</extracomment>
        <translation>Le rapport de clôture est imprimé.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A cancel sent for this order may have landed after a station took the payment.</source>
        <extracomment>kiosk/ui/staff/attention.py:43</extracomment>
        <translation>Une annulation de cette commande est peut-être arrivée après qu’une caisse a encaissé le paiement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check it in Final POS, put it back if it was cancelled, then mark it handled.</source>
        <extracomment>kiosk/ui/staff/attention.py:44</extracomment>
        <translation>Vérifiez-la dans Final POS, rétablissez-la si elle a été annulée, puis marquez-la comme traitée.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Closing report of till session {number}</source>
        <extracomment>kiosk/ui/staff/receipts.py:45</extracomment>
        <translation>Rapport de clôture de la session de caisse {number}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove this from the list? This closing report will not be printed.</source>
        <extracomment>kiosk/ui/staff/receipts.py:135</extracomment>
        <translation>Retirer ceci de la liste&#xa0;? Ce rapport de clôture ne sera pas imprimé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{title}: removed from the list.</source>
        <extracomment>kiosk/ui/staff/receipts.py:153</extracomment>
        <translation>{title}&#xa0;: retiré de la liste.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Print the receipt of order {number} again?</source>
        <extracomment>kiosk/ui/station/orders_refund.py:88</extracomment>
        <translation>Réimprimer le reçu de la commande {number}&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund {amount} in cash for order {number}?</source>
        <extracomment>kiosk/ui/station/orders_refund.py:90</extracomment>
        <translation>Rembourser {amount} en espèces pour la commande {number}&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand {amount} back to the customer in cash.</source>
        <extracomment>kiosk/ui/station/orders_refund.py:102</extracomment>
        <translation>Rendez {amount} en espèces au client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand {amount} back to the customer in cash. Final POS will be updated as soon as it answers.</source>
        <extracomment>kiosk/ui/station/orders_refund.py:104</extracomment>
        <translation>Rendez {amount} en espèces au client. Final POS sera mis à jour dès qu’il répondra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This cash sale is not finished yet. Nothing was refunded.</source>
        <extracomment>kiosk/ui/station/orders_refund.py:132</extracomment>
        <translation>Cette vente en espèces n’est pas encore terminée. Rien n’a été remboursé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Another station is taking this payment. Nothing was charged here.</source>
        <extracomment>kiosk/ui/station/payment.py:40</extracomment>
        <translation>Un autre poste encaisse ce paiement. Rien n’a été débité ici.</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n cash refund(s) are not in Final POS yet: the expected cash does not count them.</source>
        <extracomment>kiosk/ui/station/signin.py:208</extracomment>
        <translation>
            <numerusform>%n remboursement en espèces n’est pas encore dans Final POS&#xa0;: le montant attendu en caisse ne le compte pas.</numerusform>
            <numerusform>%n remboursements en espèces ne sont pas encore dans Final POS&#xa0;: le montant attendu en caisse ne les compte pas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accessibility mode on.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:108</extracomment>
        <translation>Mode accessibilité activé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume {percent} percent.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:141</extracomment>
        <translation>Volume {percent} pour cent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For speech and more time, press the star key or F1.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:155</extracomment>
        <translation>Pour la voix et plus de temps, appuyez sur la touche étoile ou F1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are you still there? Your order will be cleared in {seconds} seconds. Press Enter for more time.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:206</extracomment>
        <translation>Êtes-vous toujours là&#xa0;? Votre commande sera effacée dans {seconds} secondes. Appuyez sur Entrée pour avoir plus de temps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your order: {count}, total {total}.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:225 kiosk/ui/viewmodels/accessibility.py:281</extracomment>
        <translation>Votre commande&#xa0;: {count}, total {total}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price {price}.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:238</extracomment>
        <translation>Prix {price}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount to pay {amount}.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:256</extracomment>
        <translation>Montant à payer&#xa0;: {amount}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment declined.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:261</extracomment>
        <translation>Paiement refusé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment not completed.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:263</extracomment>
        <translation>Paiement non abouti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome. Press Enter to start your order.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:274</extracomment>
        <translation>Bienvenue. Appuyez sur Entrée pour commencer votre commande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eat in or take away? Use the arrow keys and press Enter.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:276</extracomment>
        <translation>Sur place ou à emporter&#xa0;? Utilisez les flèches et appuyez sur Entrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:287</extracomment>
        <translation>Menu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab moves between categories and products, Enter opens one.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:290</extracomment>
        <translation>Tab passe d’une catégorie ou d’un produit à l’autre, Entrée l’ouvre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, {price}. Choose, then Add to order.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:296</extracomment>
        <translation>{name}, {price}. Faites votre choix, puis Ajouter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your order: {count}, total {total}. Pay when ready.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:300</extracomment>
        <translation>Votre commande&#xa0;: {count}, total {total}. Payez quand vous êtes prêt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:304</extracomment>
        <translation>Paiement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you. Your order number is {number}.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:306</extracomment>
        <translation>Merci. Votre numéro de commande est le {number}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorry, this kiosk is out of order. Please ask a member of staff.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:310</extracomment>
        <translation>Désolés, cette borne est hors service. Veuillez vous adresser à notre équipe.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n item(s)</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:173 kiosk/ui/viewmodels/confirmation.py:92</extracomment>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your order could not be placed. Nothing was charged. Please try again.</source>
        <extracomment>kiosk/ui/viewmodels/cart_pay.py:161</extracomment>
        <translation>Votre commande n&apos;a pas pu être passée. Rien n&apos;a été débité. Veuillez réessayer.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Only %n {name} left: we changed the quantity.</source>
        <extracomment>kiosk/ui/viewmodels/cart_pay.py:206</extracomment>
        <translation>
            <numerusform>Il ne reste que %n × {name}&#xa0;: nous avons modifié la quantité.</numerusform>
            <numerusform>Il ne reste que %n × {name}&#xa0;: nous avons modifié la quantité.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table {number}</source>
        <extracomment>kiosk/ui/viewmodels/confirmation.py:107</extracomment>
        <translation>Table {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please pay at the counter</source>
        <extracomment>kiosk/ui/viewmodels/confirmation.py:112</extracomment>
        <translation>Veuillez payer au comptoir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you!</source>
        <extracomment>kiosk/ui/viewmodels/confirmation.py:112</extracomment>
        <translation>Merci&#xa0;!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your order is in, not yet paid. Go to the counter, give your number {number} and pay there.</source>
        <extracomment>kiosk/ui/viewmodels/confirmation.py:117</extracomment>
        <translation>Votre commande est enregistrée, mais pas encore payée. Allez au comptoir, donnez votre numéro {number} et payez sur place.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your order is on its way. Please wait for your number to be called.</source>
        <extracomment>kiosk/ui/viewmodels/confirmation.py:122</extracomment>
        <translation>Votre commande est en préparation. Veuillez attendre que votre numéro soit appelé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take your time</source>
        <extracomment>kiosk/ui/viewmodels/confirmation.py:136</extracomment>
        <translation>Prenez votre temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the start in {seconds} s</source>
        <extracomment>kiosk/ui/viewmodels/confirmation.py:137</extracomment>
        <translation>Retour à l&apos;accueil dans {seconds} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing here without those allergens.</source>
        <extracomment>kiosk/ui/viewmodels/menu.py:130</extracomment>
        <translation>Rien ici sans ces allergènes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allergens</source>
        <extracomment>kiosk/ui/viewmodels/menu.py:188</extracomment>
        <translation>Allergènes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without {allergens}</source>
        <extracomment>kiosk/ui/viewmodels/menu.py:190</extracomment>
        <translation>Sans {allergens}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The payment was cancelled. You have not been charged.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:39</extracomment>
        <translation>Le paiement a été annulé. Vous n&apos;avez pas été débité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We did not see a card in time. You have not been charged.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:40</extracomment>
        <translation>Aucune carte n&apos;a été présentée à temps. Vous n&apos;avez pas été débité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card reader is busy. Please wait a moment and try again.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:41</extracomment>
        <translation>Le terminal de paiement est occupé. Veuillez patienter un instant et réessayer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card reader is offline. Please ask staff.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:42</extracomment>
        <translation>Le terminal de paiement est hors ligne. Veuillez vous adresser au personnel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card reader is not available. Please try again or ask staff.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:43</extracomment>
        <translation>Le terminal de paiement n&apos;est pas disponible. Veuillez réessayer ou vous adresser au personnel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordering is paused right now. You have not been charged.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:46</extracomment>
        <translation>Les commandes sont suspendues pour le moment. Vous n&apos;avez pas été débité.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending your order…</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:52</extracomment>
        <translation>Envoi de votre commande…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Getting the card reader ready…</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:53</extracomment>
        <translation>Préparation du terminal de paiement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap, insert or swipe your card on the reader below</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:54</extracomment>
        <translation>Approchez, insérez ou glissez votre carte sur le terminal ci-dessous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking with your bank…</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:55</extracomment>
        <translation>Vérification auprès de votre banque…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Almost done…</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:56</extracomment>
        <translation>Presque terminé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment could not be finished. Please ask staff (order {number}).</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:280</extracomment>
        <translation>Le paiement n&apos;a pas pu aboutir. Veuillez vous adresser au personnel (commande {number}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offer: save {saving}</source>
        <extracomment>kiosk/ui/viewmodels/product.py:260</extracomment>
        <translation>Promo&#xa0;: {saving} d&apos;économie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold out today</source>
        <extracomment>kiosk/ui/viewmodels/product.py:273 kiosk/ui/viewmodels/product.py:281</extracomment>
        <translation>Épuisé pour aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That combination is not available</source>
        <extracomment>kiosk/ui/viewmodels/product.py:279</extracomment>
        <translation>Cette combinaison n&apos;est pas disponible</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Choose {what}</source>
        <extracomment>kiosk/ui/viewmodels/product.py:278</extracomment>
        <translation>Choisissez&#xa0;: {what}</translation>
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
        <translation>Il sort de l&apos;imprimante sous l&apos;écran.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We sent it to {address}.</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:163</extracomment>
        <translation>Nous l&apos;avons envoyé à {address}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point your phone&apos;s camera at the code to keep your receipt. Your order number is {number}.</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:165</extracomment>
        <translation>Pointez l&apos;appareil photo de votre téléphone vers le code pour garder votre reçu. Votre numéro de commande est le {number}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point your phone&apos;s camera at the code to keep your receipt.</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:171</extracomment>
        <translation>Pointez l&apos;appareil photo de votre téléphone vers le code pour garder votre reçu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We use your address only to send this receipt.</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:173</extracomment>
        <translation>Nous utilisons votre adresse uniquement pour envoyer ce reçu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check the address: it should look like name@example.com</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:311 kiosk/ui/viewmodels/receipt.py:319</extracomment>
        <translation>Veuillez vérifier l&apos;adresse&#xa0;: elle doit ressembler à name@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {number}</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:366</extracomment>
        <translation>Commande {number}</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Would you like a receipt?</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:148</extracomment>
        <translation>Souhaitez-vous un reçu&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing your receipt…</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:149</extracomment>
        <translation>Impression de votre reçu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please take your receipt</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:150</extracomment>
        <translation>Veuillez prendre votre reçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email my receipt</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:151</extracomment>
        <translation>Recevoir mon reçu par e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending your receipt…</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:152</extracomment>
        <translation>Envoi de votre reçu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your receipt is on its way</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:153</extracomment>
        <translation>Votre reçu est en route</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan for your receipt</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:154</extracomment>
        <translation>Scannez pour obtenir votre reçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No receipt. Enjoy!</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:155</extracomment>
        <translation>Pas de reçu. Bon appétit&#xa0;!</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add something from {category}?</source>
        <extracomment>kiosk/ui/viewmodels/upsell.py:150</extracomment>
        <translation>Envie de {category}&#xa0;?</translation>
    </message>
</context>
</TS>
