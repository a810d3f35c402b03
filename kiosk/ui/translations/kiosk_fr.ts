<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AllergenFilter</name>
    <message>
        <location filename="../qml/components/AllergenFilter.qml" line="+35"/>
        <source>Hide products with:</source>
        <translation>Masquer les produits contenant&#xa0;:</translation>
    </message>
    <message>
        <location line="+45"/>
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
        <location filename="../qml/screens/CartScreen.qml" line="+30"/>
        <source>Back to menu</source>
        <translation>Retour au menu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your order</source>
        <translation>Votre commande</translation>
    </message>
    <message>
        <location line="+87"/>
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
        <location line="+42"/>
        <source>Anything else?</source>
        <translation>Autre chose&#xa0;?</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Your order is empty</source>
        <translation>Votre commande est vide</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+57"/>
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
        <location line="+0"/>
        <source>Pay</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location line="+91"/>
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
        <location filename="../qml/components/Chip.qml" line="+48"/>
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
        <location filename="../qml/screens/ConfirmationScreen.qml" line="+44"/>
        <source>Thank you!</source>
        <translation>Merci&#xa0;!</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your order number</source>
        <translation>Votre numéro de commande</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your order is on its way. Please wait for your number to be called.</source>
        <translation>Votre commande est en préparation. Veuillez attendre que votre numéro soit appelé.</translation>
    </message>
    <message>
        <location line="+45"/>
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
        <location line="+39"/>
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
        <location filename="../qml/components/EmailKeyboard.qml" line="+127"/>
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
        <location filename="../qml/screens/MenuScreen.qml" line="+63"/>
        <source>More below</source>
        <translation>Suite plus bas</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>Offer</source>
        <translation>Promo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sold out</source>
        <translation>Épuisé</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Loading the menu…</source>
        <translation>Chargement du menu…</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location filename="../qml/screens/OrderTypeScreen.qml" line="+91"/>
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
        <location filename="../qml/screens/ProductScreen.qml" line="+22"/>
        <source>Back to menu</source>
        <translation>Retour au menu</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Add to order</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>StaffAttention</name>
    <message>
        <location filename="../staff/qml/StaffAttention.qml" line="+41"/>
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
        <source>Try again now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>Rembourser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark handled</source>
        <translation>Marquer comme traité</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing needs attention. Every payment is settled.</source>
        <translation>Rien à traiter. Tous les paiements sont réglés.</translation>
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
        <source>Payments the kiosk could not finish</source>
        <translation>Paiements que la borne n’a pas pu terminer</translation>
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
        <location filename="../staff/qml/StaffReport.qml" line="+17"/>
        <source>The till session is closed. This report is saved in Final POS.</source>
        <translation>La session de caisse est clôturée. Ce rapport est enregistré dans Final POS.</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationCash</name>
    <message>
        <location filename="../station/qml/StationCash.qml" line="+14"/>
        <source>Cash payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exact amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next round note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amount handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Take cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the sale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationCloseTill</name>
    <message>
        <location filename="../station/qml/StationCloseTill.qml" line="+13"/>
        <location line="+15"/>
        <source>Close the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Count every note and coin in the drawer, then enter the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counted cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected (float + cash sales)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The expected cash (opening float plus cash sales) and the difference appear here once the till is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the sale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationCustomer</name>
    <message>
        <location filename="../station/qml/StationCustomer.qml" line="+12"/>
        <source>Find a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name, e-mail or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type at least a name, an e-mail or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create and attach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationDiscount</name>
    <message>
        <location filename="../station/qml/StationDiscount.qml" line="+15"/>
        <source>Discount on the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount on the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+77"/>
        <source>Manager PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why this discount?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Staff</source>
        <translation type="unfinished">Personnel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Up to %1 without a manager; above that a manager enters their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Apply discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove discount</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The keypad on the left types the PIN too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allow the discount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationDone</name>
    <message>
        <location filename="../station/qml/StationDone.qml" line="+8"/>
        <source>Paid</source>
        <translation type="unfinished">Payée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1</source>
        <translation type="unfinished">Commande %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationMain</name>
    <message>
        <location filename="../station/qml/StationMain.qml" line="+12"/>
        <location line="+17"/>
        <source>Checkout station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Checkout station · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Close till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationOpenTill</name>
    <message>
        <location filename="../station/qml/StationOpenTill.qml" line="+9"/>
        <source>Open the till: count the float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No till session is open. Enter the cash in the drawer to start with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open till</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationParked</name>
    <message>
        <location filename="../station/qml/StationParked.qml" line="+8"/>
        <source>Parked sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 items · parked by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No parked sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>↑ ↓ choose · Enter resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the sale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationSale</name>
    <message>
        <location filename="../station/qml/StationSale.qml" line="+19"/>
        <source>Find a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name, SKU or barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Sold out</source>
        <translation>Épuisé</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type to search, or scan a barcode anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sale · 1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sale · %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tax included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation type="unfinished">Carte</translation>
    </message>
</context>
<context>
    <name>StationSignIn</name>
    <message>
        <location filename="../station/qml/StationSignIn.qml" line="+9"/>
        <source>Sign in with your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
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
        <location filename="python_strings.js" line="+69"/>
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
        <extracomment>kiosk/ui/screenshots.py:207</extracomment>
        <translation>sans sucre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your card was declined. Please try another card.</source>
        <extracomment>kiosk/ui/screenshots.py:248</extracomment>
        <translation>Votre carte a été refusée. Veuillez essayer une autre carte.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>In progress</source>
        <extracomment>kiosk/ui/staff/orders.py:37</extracomment>
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
        <extracomment>kiosk/ui/staff/orders.py:34</extracomment>
        <translation>Payée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <extracomment>kiosk/ui/staff/orders.py:36</extracomment>
        <translation>Annulée</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%n refund(s), {amount}</source>
        <oldsource>{count} refunds, {amount}</oldsource>
        <extracomment>kiosk/ui/staff/till.py:70</extracomment>
        <translation>
            <numerusform>%n remboursement, {amount}</numerusform>
            <numerusform>%n remboursements, {amount}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-120"/>
        <source>The reader is not reachable. Check that it is switched on, charged and on the store&apos;s Wi-Fi; restart it with its power button. Until it is back, pause ordering so nobody orders without a way to pay.</source>
        <extracomment>kiosk/ui/staff/controls.py:72</extracomment>
        <translation>Le lecteur est injoignable. Vérifiez qu’il est allumé, chargé et connecté au Wi-Fi du magasin ; redémarrez-le avec son bouton marche/arrêt. En attendant, suspendez les commandes pour que personne ne commande sans pouvoir payer.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The card was charged, but the order was cancelled in Final POS.</source>
        <extracomment>kiosk/ui/staff/attention.py:28</extracomment>
        <translation>La carte a été débitée, mais la commande a été annulée dans Final POS.</translation>
    </message>
    <message>
        <location line="-72"/>
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
        <location line="+2"/>
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
        <extracomment>kiosk/ui/staff/attention.py:29</extracomment>
        <translation>Remboursez le client, ou marquez comme traité si la commande a été rétablie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order is marked paid in Final POS, but no card payment was taken.</source>
        <extracomment>kiosk/ui/staff/attention.py:33</extracomment>
        <translation>La commande est marquée payée dans Final POS, mais aucun paiement par carte n’a été encaissé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the customer to pay at the counter, then mark it handled.</source>
        <extracomment>kiosk/ui/staff/attention.py:34</extracomment>
        <translation>Demandez au client de payer au comptoir, puis marquez comme traité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The money was refunded, but Final POS has not recorded the refund yet.</source>
        <extracomment>kiosk/ui/staff/attention.py:38</extracomment>
        <translation>L’argent a été remboursé, mais Final POS n’a pas encore enregistré le remboursement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again now. The kiosk also retries every minute.</source>
        <extracomment>kiosk/ui/staff/attention.py:39</extracomment>
        <translation>Réessayez maintenant. La borne réessaie aussi chaque minute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card company reports that this refund failed.</source>
        <extracomment>kiosk/ui/staff/attention.py:43</extracomment>
        <translation>L’organisme de carte signale l’échec de ce remboursement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund the customer another way, then mark it handled.</source>
        <extracomment>kiosk/ui/staff/attention.py:44</extracomment>
        <translation>Remboursez le client autrement, puis marquez comme traité.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <extracomment>kiosk/ui/staff/entry.py:130</extracomment>
        <translation>Trop de codes PIN erronés. Réessayez dans {seconds} s.</translation>
    </message>
    <message>
        <location line="+62"/>
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
        <location line="-24"/>
        <source>card</source>
        <extracomment>kiosk/ui/staff/report.py:41</extracomment>
        <translation>carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cash</source>
        <extracomment>kiosk/ui/staff/report.py:41</extracomment>
        <translation>espèces</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Card</source>
        <extracomment>kiosk/ui/staff/orders.py:179 kiosk/ui/staff/orders.py:180</extracomment>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund {amount} to the customer&apos;s card for order {number}?</source>
        <extracomment>kiosk/ui/staff/orders.py:267</extracomment>
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
        <extracomment>kiosk/ui/staff/attention.py:109</extracomment>
        <translation>Essayer de terminer la commande {number} maintenant ? La borne interroge Final POS et le service de carte, puis la termine ou l’annule.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again now</source>
        <extracomment>kiosk/ui/staff/attention.py:114</extracomment>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark order {number} as handled? Your note is added to the order in Final POS.</source>
        <extracomment>kiosk/ui/staff/attention.py:158</extracomment>
        <translation>Marquer la commande {number} comme traitée ? Votre note est ajoutée à la commande dans Final POS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark handled</source>
        <extracomment>kiosk/ui/staff/attention.py:162</extracomment>
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
        <location line="+106"/>
        <source>Close the kiosk app? Customers cannot order until it is started again.</source>
        <extracomment>kiosk/ui/staff/viewmodel.py:236</extracomment>
        <translation>Fermer l’application de la borne ? Les clients ne pourront plus commander jusqu’à son redémarrage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the app</source>
        <extracomment>kiosk/ui/staff/viewmodel.py:237</extracomment>
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
        <location line="-38"/>
        <source>Closed by</source>
        <extracomment>kiosk/ui/staff/report.py:34</extracomment>
        <translation>Clôturée par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <extracomment>kiosk/ui/staff/report.py:35</extracomment>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales</source>
        <extracomment>kiosk/ui/staff/report.py:36</extracomment>
        <translation>Ventes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of which taxes</source>
        <extracomment>kiosk/ui/staff/report.py:37</extracomment>
        <translation>Dont taxes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunds</source>
        <extracomment>kiosk/ui/staff/report.py:38</extracomment>
        <translation>Remboursements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card total</source>
        <extracomment>kiosk/ui/staff/report.py:39</extracomment>
        <translation>Total carte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paid by {method}</source>
        <extracomment>kiosk/ui/staff/report.py:43</extracomment>
        <translation>Payé par {method}</translation>
    </message>
    <message>
        <location line="-52"/>
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
        <extracomment>kiosk/ui/staff/orders.py:132</extracomment>
        <translation>Certains détails manquent : Final POS ou Stripe n’a pas répondu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} refunded</source>
        <extracomment>kiosk/ui/staff/orders.py:172</extracomment>
        <translation>{amount} remboursé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is left to refund on this order.</source>
        <extracomment>kiosk/ui/staff/orders.py:194 kiosk/ui/staff/orders.py:329</extracomment>
        <translation>Il ne reste rien à rembourser sur cette commande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one item to refund.</source>
        <extracomment>kiosk/ui/staff/orders.py:264</extracomment>
        <translation>Choisissez au moins un article à rembourser.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{amount} is on its way back to the customer&apos;s card.</source>
        <extracomment>kiosk/ui/staff/orders.py:304</extracomment>
        <translation>{amount} est en cours de remboursement sur la carte du client.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Order {number} is sorted out.</source>
        <extracomment>kiosk/ui/staff/attention.py:125</extracomment>
        <translation>La commande {number} est réglée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please write a short note saying what was done.</source>
        <extracomment>kiosk/ui/staff/attention.py:155</extracomment>
        <translation>Veuillez écrire une courte note sur ce qui a été fait.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order {number} is marked handled.</source>
        <extracomment>kiosk/ui/staff/attention.py:173</extracomment>
        <translation>La commande {number} est marquée comme traitée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {number} is not marked handled yet.</source>
        <extracomment>kiosk/ui/staff/attention.py:176</extracomment>
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
        <location line="+100"/>
        <source>This kiosk cannot be closed from here.</source>
        <extracomment>kiosk/ui/staff/viewmodel.py:233</extracomment>
        <translation>Cette borne ne peut pas être fermée d’ici.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>This person may not open staff mode. Ask a manager.</source>
        <extracomment>kiosk/ui/staff/entry.py:117</extracomment>
        <translation>Cette personne ne peut pas ouvrir le mode personnel. Demandez à un responsable.</translation>
    </message>
    <message>
        <location line="+90"/>
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
        <location line="-72"/>
        <source>This order is not in this kiosk&apos;s records.</source>
        <extracomment>kiosk/ui/staff/orders.py:135</extracomment>
        <translation>Cette commande ne figure pas dans les données de cette borne.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{amount} is on its way back to the card. Final POS will be updated as soon as it answers.</source>
        <extracomment>kiosk/ui/staff/orders.py:307</extracomment>
        <translation>{amount} est en cours de remboursement sur la carte. Final POS sera mis à jour dès qu’il répondra.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Order {number} still needs attention.</source>
        <extracomment>kiosk/ui/staff/attention.py:128</extracomment>
        <translation>La commande {number} est toujours à traiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {number} still needs a person: see what to do below.</source>
        <extracomment>kiosk/ui/staff/attention.py:132</extracomment>
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
        <extracomment>kiosk/ui/staff/orders.py:315</extracomment>
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
        <extracomment>kiosk/ui/staff/orders.py:325</extracomment>
        <translation>C’est plus que ce qui reste à rembourser sur cette commande. Rien n’a été remboursé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This order has no card payment to refund.</source>
        <extracomment>kiosk/ui/staff/orders.py:331</extracomment>
        <translation>Cette commande n’a aucun paiement par carte à rembourser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card company reports that the refund failed. Refund the customer another way.</source>
        <extracomment>kiosk/ui/staff/orders.py:334</extracomment>
        <translation>L’organisme de carte signale l’échec du remboursement. Remboursez le client autrement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card company refused the refund. Nothing was refunded.</source>
        <extracomment>kiosk/ui/staff/orders.py:341</extracomment>
        <translation>L’organisme de carte a refusé le remboursement. Rien n’a été remboursé.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>That PIN is not right. Try again.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:485</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Preparing the reader…</source>
        <extracomment>kiosk/ui/station/viewmodel.py:1131 kiosk/ui/station/viewmodel.py:1174</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The reader cannot be used right now. Take cash or try again.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:1191</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Enter an e-mail address such as name@example.com.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:117</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the first name.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:118</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the last name.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:119</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names can be at most 60 characters.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:120</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a phone number of 6 to 15 digits, or none.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:121</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer with this e-mail exists: attach them instead.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:122</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final POS did not answer. Check the network, then try again.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:215</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many wrong PINs. Try again in {s} seconds.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:478</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person may not use the checkout station.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:482</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No staff are set up. Add someone with `kiosk staff add`.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:484</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Count the cash in the drawer and enter the total.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:534</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Added {name}.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:619</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Up to {limit} without a manager.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:762</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Find the customer, or create them on the right.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:861</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is on this sale.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:886</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter the cash the customer hands over.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:1053</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The customer pays on the reader.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:1132</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The card was declined. Try another card or take cash.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:1184</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card payment was cancelled. Nothing was charged.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:1186</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reader is busy or offline. Check it, then try again.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:1188</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment needs checking in staff mode before anything else.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:1190</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Signed in as {name}.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:463</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed out.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:503</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed out. The sale stays open for the next person.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:505</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This product is no longer on the menu.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:609</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scanned {code}: open the sale to add it.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:639</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode {code} is not on the menu.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:643</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add something to the sale first.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:753 kiosk/ui/station/viewmodel.py:1050 kiosk/ui/station/viewmodel.py:1125</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give a reason for the discount.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:792</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is not a manager.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:841</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sale parked. Resume it from Parked sales.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:954</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish or park the current sale first.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:993</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That sale was already resumed or closed.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:1004</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale resumed; {n} item(s) are no longer on the menu.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:1038</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale resumed.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:1042</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is less than the total of {total}.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:1081</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give {amount} change.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:1110</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid. No change due.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:1113</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Till open with a float of {amount}.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:522</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no open till to close.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:549</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Till closed. The cash matches.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:563</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Till closed. The cash is {amount} {way}.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:566</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is sold out.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:615</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That many cannot be sold.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:706</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter a discount above zero and no larger than the amount.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:795</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the details marked below.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:912</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Final POS cannot take the order right now. Nothing was charged.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:1153</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sale cannot be paid by card: check the items.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:1160</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the card on the reader.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:1175</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorising…</source>
        <extracomment>kiosk/ui/station/viewmodel.py:1176</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording the payment…</source>
        <extracomment>kiosk/ui/station/viewmodel.py:1177</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-50"/>
        <source>This is above {limit}: a manager enters their PIN to allow it.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:804</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount applied.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:819</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Final POS did not confirm the new customer. Search for them in a minute.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:915</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parked sale</source>
        <extracomment>kiosk/ui/station/viewmodel.py:977</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paid in cash. Final POS has not confirmed it yet; the station finishes recording it by itself.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:1091</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sale cannot be taken: check the items.</source>
        <extracomment>kiosk/ui/station/viewmodel.py:1098</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-56"/>
        <source>over</source>
        <extracomment>kiosk/ui/station/viewmodel.py:569</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>short</source>
        <extracomment>kiosk/ui/station/viewmodel.py:569</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Ordering is paused while we reconnect. You can still look at the menu.</source>
        <extracomment>kiosk/ui/viewmodels/app.py:186</extracomment>
        <translation>Les commandes sont suspendues le temps de rétablir la connexion. Vous pouvez toujours consulter le menu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordering is paused for a moment. You can still look at the menu.</source>
        <extracomment>kiosk/ui/viewmodels/app.py:188</extracomment>
        <translation>Les commandes sont suspendues un instant. Vous pouvez toujours consulter le menu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordering is paused</source>
        <extracomment>kiosk/ui/viewmodels/app.py:224</extracomment>
        <translation>Commandes suspendues</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} removed</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:238</extracomment>
        <translation>Retiré&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Checking your order…</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:156</extracomment>
        <translation>Vérification de votre commande…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add something to your order first</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:158 kiosk/ui/viewmodels/cart.py:173</extracomment>
        <translation>Ajoutez d&apos;abord un article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to pay: please ask staff</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:160</extracomment>
        <translation>Rien à payer&#xa0;: veuillez vous adresser au personnel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Includes tax</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:185</extracomment>
        <translation>Dont TVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:185</extracomment>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{order_type}, table {number}</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:201</extracomment>
        <translation>{order_type}, table {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your table or tracker number</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:363</extracomment>
        <translation>Votre numéro de table ou de chevalet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note for {name}</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:369</extracomment>
        <translation>Une note pour {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the number first</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:379</extracomment>
        <translation>Saisissez d&apos;abord le numéro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was charged. Check your order, then pay.</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:531</extracomment>
        <translation>Rien n&apos;a été débité. Vérifiez votre commande, puis payez.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{name} added. Check your order, then pay.</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:466</extracomment>
        <translation>Ajouté&#xa0;: {name}. Vérifiez votre commande, puis payez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorry, {names} just sold out and was taken off your order.</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:521</extracomment>
        <translation>Désolés, {names} vient d&apos;être épuisé et a été retiré de votre commande.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>was {price}</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:571</extracomment>
        <translation>au lieu de {price}</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Eat in</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:197</extracomment>
        <translation>Sur place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take away</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:197</extracomment>
        <translation>À emporter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is all we have of {name}.</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:272</extracomment>
        <translation>C&apos;est tout ce qu&apos;il nous reste de {name}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing here right now.</source>
        <extracomment>kiosk/ui/viewmodels/menu.py:127</extracomment>
        <translation>Rien ici pour le moment.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>from {price}</source>
        <extracomment>kiosk/ui/viewmodels/menu.py:362 kiosk/ui/viewmodels/product.py:236</extracomment>
        <translation>dès {price}</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <message numerus="yes">
        <location line="-38"/>
        <source>%n item(s)</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:193</extracomment>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Only %n {name} left: we changed the quantity.</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:525</extracomment>
        <translation>
            <numerusform>Il ne reste que %n × {name}&#xa0;: nous avons modifié la quantité.</numerusform>
            <numerusform>Il ne reste que %n × {name}&#xa0;: nous avons modifié la quantité.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing here without those allergens.</source>
        <extracomment>kiosk/ui/viewmodels/menu.py:126</extracomment>
        <translation>Rien ici sans ces allergènes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allergens</source>
        <extracomment>kiosk/ui/viewmodels/menu.py:183</extracomment>
        <translation>Allergènes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without {allergens}</source>
        <extracomment>kiosk/ui/viewmodels/menu.py:185</extracomment>
        <translation>Sans {allergens}</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <extracomment>kiosk/ui/viewmodels/payment.py:269</extracomment>
        <translation>Le paiement n&apos;a pas pu aboutir. Veuillez vous adresser au personnel (commande {number}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offer: save {saving}</source>
        <extracomment>kiosk/ui/viewmodels/product.py:258</extracomment>
        <translation>Promo&#xa0;: {saving} d&apos;économie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold out today</source>
        <extracomment>kiosk/ui/viewmodels/product.py:271 kiosk/ui/viewmodels/product.py:279</extracomment>
        <translation>Épuisé pour aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That combination is not available</source>
        <extracomment>kiosk/ui/viewmodels/product.py:277</extracomment>
        <translation>Cette combinaison n&apos;est pas disponible</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Choose {what}</source>
        <extracomment>kiosk/ui/viewmodels/product.py:276</extracomment>
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
        <extracomment>kiosk/ui/viewmodels/receipt.py:163</extracomment>
        <translation>Il sort de l&apos;imprimante sous l&apos;écran.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We sent it to {address}.</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:165</extracomment>
        <translation>Nous l&apos;avons envoyé à {address}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point your phone&apos;s camera at the code to keep your receipt. Your order number is {number}.</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:167</extracomment>
        <translation>Pointez l&apos;appareil photo de votre téléphone vers le code pour garder votre reçu. Votre numéro de commande est le {number}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point your phone&apos;s camera at the code to keep your receipt.</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:173</extracomment>
        <translation>Pointez l&apos;appareil photo de votre téléphone vers le code pour garder votre reçu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We use your address only to send this receipt.</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:175</extracomment>
        <translation>Nous utilisons votre adresse uniquement pour envoyer ce reçu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check the address: it should look like name@example.com</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:309 kiosk/ui/viewmodels/receipt.py:317</extracomment>
        <translation>Veuillez vérifier l&apos;adresse&#xa0;: elle doit ressembler à name@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {number}</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:364</extracomment>
        <translation>Commande {number}</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Would you like a receipt?</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:150</extracomment>
        <translation>Souhaitez-vous un reçu&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing your receipt…</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:151</extracomment>
        <translation>Impression de votre reçu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please take your receipt</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:152</extracomment>
        <translation>Veuillez prendre votre reçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email my receipt</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:153</extracomment>
        <translation>Recevoir mon reçu par e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending your receipt…</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:154</extracomment>
        <translation>Envoi de votre reçu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your receipt is on its way</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:155</extracomment>
        <translation>Votre reçu est en route</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan for your receipt</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:156</extracomment>
        <translation>Scannez pour obtenir votre reçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No receipt. Enjoy!</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:157</extracomment>
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
