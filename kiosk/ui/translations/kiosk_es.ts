<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccessibilityBar</name>
    <message>
        <location filename="../qml/components/AccessibilityBar.qml" line="+25"/>
        <source>Accessibility on</source>
        <translation>Accesibilidad activada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility mode is on. Press to turn it off.</source>
        <translation>El modo de accesibilidad está activado. Pulse para desactivarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility mode: high contrast, more time, speech. Press to turn it on.</source>
        <translation>Modo de accesibilidad: alto contraste, más tiempo, voz. Pulse para activarlo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quieter</source>
        <translation>Más bajo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Louder</source>
        <translation>Más alto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat what was said</source>
        <translation>Repetir lo dicho</translation>
    </message>
</context>
<context>
    <name>AccessibilityHeader</name>
    <message>
        <location filename="../qml/components/AccessibilityHeader.qml" line="+54"/>
        <source>Keys: Tab or arrows move, Enter selects, Esc goes back, F1 ends accessibility mode.</source>
        <translation>Teclas: Tab o flechas para moverse, Intro para elegir, Esc para volver, F1 para salir del modo de accesibilidad.</translation>
    </message>
</context>
<context>
    <name>AllergenFilter</name>
    <message>
        <location filename="../qml/components/AllergenFilter.qml" line="+35"/>
        <source>Hide products with:</source>
        <translation>Ocultar productos con:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Ask our team about allergens: recipes can change.</source>
        <translation>Consulte a nuestro equipo sobre los alérgenos: las recetas pueden cambiar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show everything</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="+123"/>
        <source>Welcome to</source>
        <translation>Le damos la bienvenida a</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Order here and pay by card. Fresh from our kitchen.</source>
        <translation>Pida aquí y pague con tarjeta. Recién salido de nuestra cocina.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+30"/>
        <source>Tap to order</source>
        <translation>Toque para pedir</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Touch anywhere to start</source>
        <translation>Toque la pantalla para empezar</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>For staff: %1</source>
        <translation>Para el personal: %1</translation>
    </message>
</context>
<context>
    <name>CartBar</name>
    <message>
        <location filename="../qml/components/CartBar.qml" line="+35"/>
        <source>Your order is empty</source>
        <translation>Su pedido está vacío</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Review order</source>
        <translation>Revisar pedido</translation>
    </message>
</context>
<context>
    <name>CartScreen</name>
    <message>
        <location filename="../qml/screens/CartScreen.qml" line="+31"/>
        <source>Back to menu</source>
        <translation>Volver a la carta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your order</source>
        <translation>Su pedido</translation>
    </message>
    <message>
        <location filename="../qml/screens/cart/CartLine.qml" line="+74"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <location filename="../qml/screens/cart/CartFooter.qml" line="+17"/>
        <source>Anything else?</source>
        <translation>¿Algo más?</translation>
    </message>
    <message>
        <location filename="../qml/screens/CartScreen.qml" line="+35"/>
        <source>Your order is empty</source>
        <translation>Su pedido está vacío</translation>
    </message>
    <message>
        <location filename="../qml/screens/cart/UndoBar.qml" line="+36"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../qml/screens/cart/CartSummary.qml" line="+43"/>
        <source>Change table</source>
        <translation>Cambiar de mesa</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add more</source>
        <translation>Añadir más</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay</source>
        <translation>Pagar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pay by card</source>
        <translation>Pagar con tarjeta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pay at the counter</source>
        <translation>Pagar en el mostrador</translation>
    </message>
    <message>
        <location filename="../qml/screens/cart/UpsellOverlay.qml" line="+85"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No thanks, pay now</source>
        <translation>No, gracias, pagar ya</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../qml/components/Chip.qml" line="+58"/>
        <source>Not with this choice</source>
        <translation>No con esta opción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold out</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <location filename="../qml/screens/ConfirmationScreen.qml" line="+67"/>
        <source>Your order number</source>
        <translation>Su número de pedido</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Your order</source>
        <translation>Su pedido</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>More below</source>
        <translation>Hay más abajo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>To pay at the counter</source>
        <translation>A pagar en el mostrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>More time</source>
        <translation>Más tiempo</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A paper receipt</source>
        <translation>Un recibo en papel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to your inbox</source>
        <translation>A su bandeja de entrada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan with your phone</source>
        <translation>Escanéelo con su móvil</translation>
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
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Send receipt</source>
        <translation>Enviar recibo</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No receipt, thanks</source>
        <translation>Sin recibo, gracias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>DemoReaderPanel</name>
    <message>
        <location filename="../qml/screens/DemoReaderPanel.qml" line="+33"/>
        <source>SIMULATED CARD READER · DEMO</source>
        <translation>DATÁFONO SIMULADO · DEMO</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Present a test card:</source>
        <translation>Presente una tarjeta de prueba:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for the kiosk to ask for a card…</source>
        <translation>Esperando a que el quiosco pida una tarjeta…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Insufficient funds</source>
        <translation>Fondos insuficientes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel on reader</source>
        <translation>Cancelar en el datáfono</translation>
    </message>
</context>
<context>
    <name>EmailKeyboard</name>
    <message>
        <location filename="../qml/components/EmailKeyboard.qml" line="+133"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>EntryOverlay</name>
    <message>
        <location filename="../qml/components/EntryOverlay.qml" line="+45"/>
        <source>The number on your table, or on the tracker you took</source>
        <translation>El número de su mesa o del localizador que ha cogido</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>e.g. no sugar, extra hot</source>
        <translation>p. ej., sin azúcar, muy caliente</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+44"/>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../qml/screens/IdleOverlay.qml" line="+32"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your order will be cleared when the countdown ends.</source>
        <translation>Su pedido se borrará cuando termine la cuenta atrás.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Yes, I&apos;m still here</source>
        <translation>Sí, sigo aquí</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../qml/components/LanguageButton.qml" line="+16"/>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
</context>
<context>
    <name>MenuScreen</name>
    <message>
        <location filename="../qml/screens/MenuScreen.qml" line="+65"/>
        <source>More below</source>
        <translation>Hay más abajo</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sold out</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Loading the menu…</source>
        <translation>Cargando la carta…</translation>
    </message>
    <message>
        <location filename="../qml/screens/menu/StartOverOverlay.qml" line="+26"/>
        <source>Start over?</source>
        <translation>¿Empezar de nuevo?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your order of %1 (%2) will be cleared.</source>
        <translation>Se borrará su pedido de %1 (%2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep my order</source>
        <translation>Mantener mi pedido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear and start over</source>
        <translation>Borrar todo</translation>
    </message>
</context>
<context>
    <name>OrderTypeScreen</name>
    <message>
        <location filename="../qml/screens/OrderTypeScreen.qml" line="+100"/>
        <source>Where will you enjoy your order?</source>
        <translation>¿Dónde va a disfrutar de su pedido?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Eat in</source>
        <translation>Para tomar aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We bring it to your table</source>
        <translation>Se lo llevamos a la mesa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take away</source>
        <translation>Para llevar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packed to go</source>
        <translation>Empaquetado para llevar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>OutOfOrderScreen</name>
    <message>
        <location filename="../qml/screens/OutOfOrderScreen.qml" line="+17"/>
        <source>Sorry, this kiosk is out of order</source>
        <translation>Lo sentimos, este quiosco está fuera de servicio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Please order at the counter. Our team will be happy to help.</source>
        <translation>Pida en el mostrador, por favor. Nuestro equipo le atenderá con mucho gusto.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>For staff: %1</source>
        <translation>Para el personal: %1</translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <location filename="../qml/screens/PaymentScreen.qml" line="+25"/>
        <source>Amount to pay</source>
        <translation>Importe a pagar</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Payment declined</source>
        <translation>Pago rechazado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment not completed</source>
        <translation>Pago no completado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Contactless, chip or swipe: all cards and phones welcome.</source>
        <translation>Sin contacto, chip o banda: aceptamos todas las tarjetas y móviles.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>PriceTag</name>
    <message>
        <location filename="../qml/components/PriceTag.qml" line="+26"/>
        <location line="+5"/>
        <source>was %1</source>
        <translation>antes %1</translation>
    </message>
</context>
<context>
    <name>ProductScreen</name>
    <message>
        <location filename="../qml/screens/ProductScreen.qml" line="+25"/>
        <source>Back to menu</source>
        <translation>Volver a la carta</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Add to order</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>StaffAttention</name>
    <message>
        <location filename="../staff/qml/StaffAttention.qml" line="+42"/>
        <source>Order %1 · %2 · since %3</source>
        <translation>Pedido %1 · %2 · desde %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was done (needed to mark handled)</source>
        <translation>Qué se hizo (necesario para marcarlo como resuelto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded at the counter</source>
        <translation>Reembolsado en el mostrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer paid at the counter</source>
        <translation>El cliente pagó en el mostrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order put back in Final POS</source>
        <translation>Pedido restablecido en Final POS</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Try again now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Refund</source>
        <translation>Reembolsar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark handled</source>
        <translation>Marcar como resuelto</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 · since %2</source>
        <translation>%1 · desde %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove from the list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing needs attention. Every payment is settled and every receipt went out.</source>
        <translation>Nada requiere atención. Todos los pagos están liquidados y todos los recibos han salido.</translation>
    </message>
</context>
<context>
    <name>StaffEntry</name>
    <message>
        <location filename="../staff/qml/StaffEntry.qml" line="+75"/>
        <source>A customer has an order in progress. Open staff mode anyway? Their order will be cleared.</source>
        <translation>Un cliente tiene un pedido en curso. ¿Abrir igualmente el modo personal? Su pedido se borrará.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open staff mode</source>
        <translation>Abrir el modo personal</translation>
    </message>
</context>
<context>
    <name>StaffHome</name>
    <message>
        <location filename="../staff/qml/StaffHome.qml" line="+18"/>
        <source>Till open since %1 · orders: %2 · card: %3</source>
        <translation>Caja abierta desde %1 · pedidos: %2 · tarjeta: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No till session is open.</source>
        <translation>No hay ninguna sesión de caja abierta.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Till session</source>
        <translation>Sesión de caja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open, close, closing report</source>
        <translation>Abrir, cerrar, informe de cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders today</source>
        <translation>Pedidos de hoy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find an order, refund</source>
        <translation>Buscar un pedido, reembolsar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payments and receipts the kiosk could not finish</source>
        <translation>Pagos y recibos que el quiosco no pudo completar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card reader</source>
        <translation>Lector de tarjetas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status, test message</source>
        <translation>Estado, mensaje de prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordering</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause, menu sync, sold out, close app</source>
        <translation>Pausa, sincronizar menú, agotado, cerrar la app</translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
    <message>
        <location filename="../staff/qml/StaffMode.qml" line="+30"/>
        <source>‹ Kiosk</source>
        <translation>‹ Quiosco</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
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
        <translation>Sesión de caja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing report</source>
        <translation>Informe de cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders today</source>
        <translation>Pedidos de hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund order %1</source>
        <translation>Reembolsar el pedido %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card reader</source>
        <translation>Lector de tarjetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordering</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>One moment…</source>
        <translation>Un momento…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>StaffOrderDetail</name>
    <message>
        <location filename="../staff/qml/StaffOrderDetail.qml" line="+14"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid with</source>
        <translation>Pagado con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Refund some items</source>
        <translation>Reembolsar algunos artículos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund everything left</source>
        <translation>Reembolsar todo lo restante</translation>
    </message>
</context>
<context>
    <name>StaffOrdering</name>
    <message>
        <location filename="../staff/qml/StaffOrdering.qml" line="+20"/>
        <source>Pause ordering</source>
        <translation>Pausar los pedidos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume ordering</source>
        <translation>Reanudar los pedidos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync the menu now</source>
        <translation>Sincronizar el menú ahora</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the kiosk app</source>
        <translation>Cerrar la app del quiosco</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sold out here: the product is marked out of stock at this outlet in Final POS.</source>
        <translation>Agotado aquí: el producto figura sin existencias en este local en Final POS.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Sold out</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark sold out</source>
        <translation>Marcar como agotado</translation>
    </message>
</context>
<context>
    <name>StaffOrders</name>
    <message>
        <location filename="../staff/qml/StaffOrders.qml" line="+14"/>
        <source>Search by order number, e.g. A012</source>
        <translation>Buscar por número de pedido, p. ej. A012</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 back</source>
        <translation>%1 devuelto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No orders today yet.</source>
        <translation>Todavía no hay pedidos hoy.</translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message>
        <location filename="../staff/qml/StaffPin.qml" line="+18"/>
        <source>Enter your staff PIN</source>
        <translation>Introduzca su PIN de personal</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>StaffReader</name>
    <message>
        <location filename="../staff/qml/StaffReader.qml" line="+16"/>
        <source>Reader</source>
        <translation>Lector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen</source>
        <translation>Última conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show a test message on the reader</source>
        <translation>Mostrar un mensaje de prueba en el lector</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
</context>
<context>
    <name>StaffRefund</name>
    <message>
        <location filename="../staff/qml/StaffRefund.qml" line="+19"/>
        <source>Everything left</source>
        <translation>Todo lo restante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chosen items</source>
        <translation>Artículos elegidos</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 · refunded</source>
        <translation>%1 · reembolsado</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 · %n can be refunded</source>
        <translation>
            <numerusform>%1 · %n reembolsable</numerusform>
            <numerusform>%1 · %n reembolsables</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Customer asked</source>
        <translation>Lo pidió el cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charged twice</source>
        <translation>Cobrado dos veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fraud</source>
        <translation>Fraude</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why? (optional, goes to Final POS)</source>
        <translation>¿Por qué? (opcional, se envía a Final POS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>Artículo equivocado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cold</source>
        <translation>Frío</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not collected</source>
        <translation>No recogido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund %1</source>
        <translation>Reembolsar %1</translation>
    </message>
</context>
<context>
    <name>StaffReport</name>
    <message>
        <location filename="../staff/qml/StaffReport.qml" line="+71"/>
        <source>The till session is closed. This report is saved in Final POS.</source>
        <translation>La sesión de caja está cerrada. Este informe se ha guardado en Final POS.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Print report</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a new till session</source>
        <translation>Abrir una nueva sesión de caja</translation>
    </message>
</context>
<context>
    <name>StaffTill</name>
    <message>
        <location filename="../staff/qml/StaffTill.qml" line="+18"/>
        <source>The till session is open.</source>
        <translation>La sesión de caja está abierta.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No till session is open. Orders open one by themselves, or open one now with a note.</source>
        <translation>No hay ninguna sesión de caja abierta. El primer pedido abre una, o abra una ahora con una nota.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open since</source>
        <translation>Abierta desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened by</source>
        <translation>Abierta por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders paid</source>
        <translation>Pedidos pagados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card total</source>
        <translation>Total con tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closing note (optional)</source>
        <translation>Nota de cierre (opcional)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening note (optional)</source>
        <translation>Nota de apertura (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of day</source>
        <translation>Fin del día</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+0"/>
        <source>Shift change</source>
        <translation>Cambio de turno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start of day</source>
        <translation>Inicio del día</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the till session</source>
        <translation>Cerrar la sesión de caja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a new till session</source>
        <translation>Abrir una nueva sesión de caja</translation>
    </message>
</context>
<context>
    <name>StationCard</name>
    <message>
        <location filename="../station/qml/StationCard.qml" line="+6"/>
        <source>Card payment</source>
        <translation>Pago con tarjeta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel payment</source>
        <translation>Cancelar el pago</translation>
    </message>
</context>
<context>
    <name>StationCart</name>
    <message>
        <location filename="../station/qml/StationCart.qml" line="+11"/>
        <source>Sale · 1 item</source>
        <translation>Venta · 1 artículo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sale · %1 items</source>
        <translation>Venta · %1 artículos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No customer</source>
        <translation>Sin cliente</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Eat in</source>
        <translation>Comer aquí</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Take away</source>
        <translation>Para llevar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order note</source>
        <translation>Nota del pedido</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kiosk order %1 · paid as ordered</source>
        <translation>Pedido del quiosco %1 · se cobra tal cual</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Put back</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Tap a product, search, or scan a barcode.</source>
        <translation>Toque un producto, busque o escanee un código de barras.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tax included</source>
        <translation>IVA incluido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>One less</source>
        <translation>Uno menos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more</source>
        <translation>Uno más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line discount</source>
        <translation>Descuento línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order discount</source>
        <translation>Descuento total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Park</source>
        <translation>Aparcar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parked</source>
        <translation>Aparcadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk orders (%1)</source>
        <translation>Del quiosco (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kiosk orders</source>
        <translation>Del quiosco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear sale</source>
        <translation>Vaciar la venta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
</context>
<context>
    <name>StationCash</name>
    <message>
        <location filename="../station/qml/StationCash.qml" line="+14"/>
        <source>Cash payment</source>
        <translation>Pago en efectivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To pay</source>
        <translation>A pagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough</source>
        <translation>Insuficiente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exact amount</source>
        <translation>Importe exacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next round note</source>
        <translation>Billete superior</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amount handed over</source>
        <translation>Importe entregado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Take cash</source>
        <translation>Cobrar en efectivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the sale</source>
        <translation>Volver a la venta</translation>
    </message>
</context>
<context>
    <name>StationCloseTill</name>
    <message>
        <location filename="../station/qml/StationCloseTill.qml" line="+16"/>
        <location line="+81"/>
        <source>Close the till</source>
        <translation>Cerrar la caja</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Closing report</source>
        <translation>Informe de cierre</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Print report</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Count every note and coin in the drawer, then enter the total.</source>
        <translation>Cuente todos los billetes y monedas del cajón e introduzca el total.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counted cash</source>
        <translation>Efectivo contado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash in the drawer</source>
        <translation>Efectivo en el cajón</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening float</source>
        <translation>Fondo inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected (float + cash sales − cash refunds)</source>
        <translation>Esperado (fondo + ventas en efectivo − reembolsos en efectivo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The expected cash (opening float plus cash sales) and the difference appear here once the till is closed.</source>
        <translation>El efectivo esperado (fondo inicial más ventas en efectivo) y la diferencia aparecen aquí cuando se cierra la caja.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the sale</source>
        <translation>Volver a la venta</translation>
    </message>
</context>
<context>
    <name>StationCounter</name>
    <message>
        <location filename="../station/qml/StationCounter.qml" line="+9"/>
        <source>Kiosk orders to pay here</source>
        <translation>Pedidos del quiosco para pagar aquí</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The list cannot be updated right now; it shows the orders last seen and tries again by itself.</source>
        <translation>La lista no se puede actualizar ahora; muestra los últimos pedidos vistos y vuelve a intentarlo por sí sola.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 item</source>
        <translation>1 artículo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 items</source>
        <translation>%1 artículos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ordered at %1</source>
        <translation>pedido a las %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take payment</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kiosk orders cannot be read right now.</source>
        <translation>Ahora no se pueden leer los pedidos del quiosco.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No kiosk orders are waiting.</source>
        <translation>No hay pedidos del quiosco en espera.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>↑ ↓ choose · Enter take payment</source>
        <translation>↑ ↓ elegir · Intro cobrar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the sale</source>
        <translation>Volver a la venta</translation>
    </message>
</context>
<context>
    <name>StationCustomer</name>
    <message>
        <location filename="../station/qml/StationCustomer.qml" line="+12"/>
        <source>Find a customer</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name, e-mail or phone</source>
        <translation>Nombre, correo o teléfono</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type at least a name, an e-mail or a phone number.</source>
        <translation>Escriba al menos un nombre, un correo o un teléfono.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to the sale</source>
        <translation>Volver a la venta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New customer</source>
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone (optional)</source>
        <translation>Teléfono (opcional)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create and attach</source>
        <translation>Crear y asociar</translation>
    </message>
</context>
<context>
    <name>StationDiscount</name>
    <message>
        <location filename="../station/qml/StationDiscount.qml" line="+15"/>
        <source>Discount on the order</source>
        <translation>Descuento en el pedido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount on the line</source>
        <translation>Descuento en la línea</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the discount</source>
        <translation>Escriba el descuento</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+77"/>
        <source>Manager PIN</source>
        <translation>PIN del responsable</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why this discount?</source>
        <translation>¿Por qué este descuento?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loyalty</source>
        <translation>Fidelidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complaint</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promotion</source>
        <translation>Promoción</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Up to %1 without a manager; above that a manager enters their PIN.</source>
        <translation>Hasta %1 sin responsable; por encima, un responsable introduce su PIN.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Apply discount</source>
        <translation>Aplicar descuento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove discount</source>
        <translation>Quitar descuento</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>This discount is above %1. A manager types their PIN on the keyboard to allow it.</source>
        <translation>Este descuento supera %1. Un responsable escribe su PIN en el teclado para autorizarlo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The keypad on the left types the PIN too.</source>
        <translation>El teclado numérico de la izquierda también sirve para el PIN.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allow the discount</source>
        <translation>Autorizar el descuento</translation>
    </message>
</context>
<context>
    <name>StationDone</name>
    <message>
        <location filename="../station/qml/StationDone.qml" line="+8"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change due</source>
        <translation>Cambio a devolver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next customer</source>
        <translation>Siguiente cliente</translation>
    </message>
</context>
<context>
    <name>StationFind</name>
    <message>
        <location filename="../station/qml/StationFind.qml" line="+11"/>
        <source>Find a product</source>
        <translation>Buscar un producto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name, SKU or barcode</source>
        <translation>Nombre, referencia o código de barras</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Ctrl+PgUp / Ctrl+PgDn: previous or next category · arrows and Enter pick a product</source>
        <translation>Ctrl+Re Pág / Ctrl+Av Pág: otra categoría · flechas e Intro: elegir un producto</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+85"/>
        <location line="+88"/>
        <source>Sold out</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Type to search, or scan a barcode anywhere.</source>
        <translation>Escriba para buscar o escanee un código de barras en cualquier momento.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Nothing matches “%1”.</source>
        <translation>Ningún resultado para «%1».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose: %1</source>
        <translation>Elija: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>StationMain</name>
    <message>
        <location filename="../station/qml/StationMain.qml" line="+12"/>
        <location line="+17"/>
        <source>Checkout station</source>
        <translation>Puesto de caja</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Checkout station · %1</source>
        <translation>Puesto de caja · %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close till</source>
        <translation>Cerrar caja</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Switch user</source>
        <translation>Cambiar de usuario</translation>
    </message>
</context>
<context>
    <name>StationOpenTill</name>
    <message>
        <location filename="../station/qml/StationOpenTill.qml" line="+9"/>
        <source>Open the till: count the float</source>
        <translation>Abrir la caja: cuente el fondo inicial</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No till session is open. Enter the cash in the drawer to start with.</source>
        <translation>No hay ninguna sesión de caja abierta. Introduzca el efectivo con el que empieza el cajón.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No float</source>
        <translation>Sin fondo inicial</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open till</source>
        <translation>Abrir caja</translation>
    </message>
</context>
<context>
    <name>StationOrders</name>
    <message>
        <location filename="../station/qml/StationOrders.qml" line="+23"/>
        <source>Today&apos;s orders</source>
        <translation>Pedidos de hoy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3 refunded</source>
        <translation>%1 · %2 · %3 reembolsado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No orders today.</source>
        <translation>Hoy no hay pedidos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back to the sale</source>
        <translation>Volver a la venta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose an order</source>
        <translation>Elija un pedido</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · refunded</source>
        <translation>%1 · reembolsado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refund all</source>
        <translation>Reembolsar todo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund in cash</source>
        <translation>Reembolsar en efectivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund lines · %1</source>
        <translation>Reembolsar líneas · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint receipt</source>
        <translation>Reimprimir recibo</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+50"/>
        <source>Manager PIN</source>
        <translation>PIN del responsable</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Are you sure?</source>
        <translation>¿Está seguro?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hand back in cash</source>
        <translation>A devolver en efectivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refunds need a manager. A manager types their PIN to allow this one.</source>
        <translation>Los reembolsos requieren un responsable. Un responsable introduce su PIN para autorizar este.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Yes, go ahead</source>
        <translation>Sí, continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, go back</source>
        <translation>No, volver</translation>
    </message>
</context>
<context>
    <name>StationParked</name>
    <message>
        <location filename="../station/qml/StationParked.qml" line="+8"/>
        <source>Parked sales</source>
        <translation>Ventas aparcadas</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 items · parked by %2 at %3</source>
        <translation>%1 artículo(s) · aparcada por %2 a las %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No parked sales.</source>
        <translation>No hay ventas aparcadas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>↑ ↓ choose · Enter resume</source>
        <translation>↑ ↓ elegir · Intro reanudar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the sale</source>
        <translation>Volver a la venta</translation>
    </message>
</context>
<context>
    <name>StationQuantity</name>
    <message>
        <location filename="../station/qml/StationQuantity.qml" line="+25"/>
        <source>Quantity of %1</source>
        <translation>Cantidad de %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type the quantity</source>
        <translation>Escriba la cantidad</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set quantity</source>
        <translation>Aplicar cantidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>StationSignIn</name>
    <message>
        <location filename="../station/qml/StationSignIn.qml" line="+9"/>
        <source>Sign in with your PIN</source>
        <translation>Inicie sesión con su PIN</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type your PIN</source>
        <translation>Escriba su PIN</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../qml/components/Stepper.qml" line="+23"/>
        <source>Fewer</source>
        <translation>Menos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>More</source>
        <translation>Más</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="python_strings.js" line="+129"/>
        <source>paused by staff</source>
        <extracomment>kiosk/ui/pauses.py:63</extracomment>
        <translation>pausado por el personal</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Final POS unreachable ({detail})</source>
        <extracomment>kiosk/ui/pauses.py:45</extracomment>
        <translation>Final POS no responde ({detail})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final POS refused the API key: run kiosk check</source>
        <extracomment>kiosk/ui/pauses.py:47</extracomment>
        <translation>Final POS rechazó la clave de API: ejecute kiosk check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for Final POS to confirm this outlet and station</source>
        <extracomment>kiosk/ui/pauses.py:51</extracomment>
        <translation>esperando a que Final POS confirme este local y este puesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no card reader is set for this station: run kiosk setup</source>
        <extracomment>kiosk/ui/pauses.py:53</extracomment>
        <translation>no hay ningún datáfono configurado para este puesto: ejecute kiosk setup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the card reader {name} is offline</source>
        <extracomment>kiosk/ui/pauses.py:55</extracomment>
        <translation>el datáfono {name} está desconectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stripe refused access to the card reader ({detail}): run kiosk check</source>
        <extracomment>kiosk/ui/pauses.py:57</extracomment>
        <translation>Stripe denegó el acceso al datáfono ({detail}): ejecute kiosk check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stripe cannot be reached</source>
        <extracomment>kiosk/ui/pauses.py:62</extracomment>
        <translation>Stripe no responde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no sugar</source>
        <extracomment>kiosk/ui/screenshots.py:229 kiosk/ui/screenshots.py:304</extracomment>
        <translation>sin azúcar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your card was declined. Please try another card.</source>
        <extracomment>kiosk/ui/screenshots.py:270</extracomment>
        <translation>Su tarjeta ha sido rechazada. Pruebe con otra tarjeta, por favor.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>In progress</source>
        <extracomment>kiosk/ui/staff/orders.py:37 kiosk/ui/station/order_rows.py:34</extracomment>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>This payment could not be finished automatically.</source>
        <extracomment>kiosk/ui/staff/attention.py:47</extracomment>
        <translation>Este pago no se pudo completar automáticamente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again now. If it keeps failing, check the network and call support.</source>
        <extracomment>kiosk/ui/staff/attention.py:48</extracomment>
        <translation>Vuelva a intentarlo ahora. Si sigue fallando, compruebe la red y llame al soporte técnico.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Paid</source>
        <extracomment>kiosk/ui/staff/orders.py:34 kiosk/ui/station/order_rows.py:31</extracomment>
        <translation>Pagado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <extracomment>kiosk/ui/staff/orders.py:36 kiosk/ui/station/order_rows.py:29</extracomment>
        <translation>Cancelado</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>%n refund(s), {amount}</source>
        <oldsource>{count} refunds, {amount}</oldsource>
        <extracomment>kiosk/ui/staff/till.py:70</extracomment>
        <translation>
            <numerusform>%n reembolso, {amount}</numerusform>
            <numerusform>%n reembolsos, {amount}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-136"/>
        <source>The reader is not reachable. Check that it is switched on, charged and on the store&apos;s Wi-Fi; restart it with its power button. Until it is back, pause ordering so nobody orders without a way to pay.</source>
        <extracomment>kiosk/ui/staff/controls.py:72</extracomment>
        <translation>No se puede acceder al lector. Compruebe que está encendido, cargado y conectado al wifi de la tienda; reinícielo con su botón de encendido. Hasta que vuelva, pause los pedidos para que nadie pida sin poder pagar.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The card was charged, but the order was cancelled in Final POS.</source>
        <extracomment>kiosk/ui/staff/attention.py:27</extracomment>
        <translation>Se cobró la tarjeta, pero el pedido se canceló en Final POS.</translation>
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
        <translation>Crustáceos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eggs</source>
        <extracomment>kiosk/ui/allergens.py:16</extracomment>
        <translation>Huevos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fish</source>
        <extracomment>kiosk/ui/allergens.py:17</extracomment>
        <translation>Pescado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peanuts</source>
        <extracomment>kiosk/ui/allergens.py:18</extracomment>
        <translation>Cacahuetes</translation>
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
        <translation>Leche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nuts</source>
        <extracomment>kiosk/ui/allergens.py:21</extracomment>
        <translation>Frutos de cáscara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Celery</source>
        <extracomment>kiosk/ui/allergens.py:22</extracomment>
        <translation>Apio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mustard</source>
        <extracomment>kiosk/ui/allergens.py:23</extracomment>
        <translation>Mostaza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sesame</source>
        <extracomment>kiosk/ui/allergens.py:24</extracomment>
        <translation>Sésamo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sulphites</source>
        <extracomment>kiosk/ui/allergens.py:25</extracomment>
        <translation>Sulfitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lupin</source>
        <extracomment>kiosk/ui/allergens.py:26</extracomment>
        <translation>Altramuces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Molluscs</source>
        <extracomment>kiosk/ui/allergens.py:27</extracomment>
        <translation>Moluscos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vegetarian</source>
        <extracomment>kiosk/ui/allergens.py:28</extracomment>
        <translation>Vegetariano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vegan</source>
        <extracomment>kiosk/ui/allergens.py:29</extracomment>
        <translation>Vegano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gluten-free</source>
        <extracomment>kiosk/ui/allergens.py:30</extracomment>
        <translation>Sin gluten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dairy-free</source>
        <extracomment>kiosk/ui/allergens.py:31</extracomment>
        <translation>Sin lácteos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contains: {allergens}</source>
        <extracomment>kiosk/ui/allergens.py:63</extracomment>
        <translation>Contiene: {allergens}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Final POS refused the API key (check finalpos_api_key)</source>
        <extracomment>kiosk/ui/pauses.py:28</extracomment>
        <translation>Final POS rechazó la clave de API (revise finalpos_api_key)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final POS cannot be reached</source>
        <extracomment>kiosk/ui/pauses.py:29</extracomment>
        <translation>Final POS no responde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final POS refused to describe this outlet or station</source>
        <extracomment>kiosk/ui/pauses.py:30</extracomment>
        <translation>Final POS no quiso describir este local o puesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the configured outlet does not exist in Final POS (check outlet_id)</source>
        <extracomment>kiosk/ui/pauses.py:31</extracomment>
        <translation>el local configurado no existe en Final POS (revise outlet_id)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the configured station does not exist in Final POS (check station_id)</source>
        <extracomment>kiosk/ui/pauses.py:34</extracomment>
        <translation>el puesto configurado no existe en Final POS (revise station_id)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the station belongs to another outlet (check station_id)</source>
        <extracomment>kiosk/ui/pauses.py:37</extracomment>
        <translation>el puesto pertenece a otro local (revise station_id)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the station has no card reader</source>
        <extracomment>kiosk/ui/pauses.py:38</extracomment>
        <translation>el puesto no tiene datáfono</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Refund the customer, or mark it handled if the order was put back.</source>
        <extracomment>kiosk/ui/staff/attention.py:28</extracomment>
        <translation>Reembolse al cliente o márquelo como resuelto si el pedido se restableció.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order is marked paid in Final POS, but no card payment was taken.</source>
        <extracomment>kiosk/ui/staff/attention.py:31</extracomment>
        <translation>El pedido figura como pagado en Final POS, pero no se cobró ningún pago con tarjeta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the customer to pay at the counter, then mark it handled.</source>
        <extracomment>kiosk/ui/staff/attention.py:32</extracomment>
        <translation>Pida al cliente que pague en el mostrador y luego márquelo como resuelto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The money was refunded, but Final POS has not recorded the refund yet.</source>
        <extracomment>kiosk/ui/staff/attention.py:35</extracomment>
        <translation>El dinero se reembolsó, pero Final POS aún no ha registrado el reembolso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again now. The kiosk also retries every minute.</source>
        <extracomment>kiosk/ui/staff/attention.py:36</extracomment>
        <translation>Vuelva a intentarlo ahora. El quiosco también lo reintenta cada minuto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card company reports that this refund failed.</source>
        <extracomment>kiosk/ui/staff/attention.py:39</extracomment>
        <translation>La compañía de la tarjeta informa de que este reembolso ha fallado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund the customer another way, then mark it handled.</source>
        <extracomment>kiosk/ui/staff/attention.py:40</extracomment>
        <translation>Reembolse al cliente de otra forma y luego márquelo como resuelto.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <extracomment>kiosk/ui/staff/entry.py:130</extracomment>
        <translation>Demasiados PIN incorrectos. Vuelva a intentarlo en {seconds} s.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Kitchen ticket</source>
        <extracomment>kiosk/ui/staff/receipts.py:35</extracomment>
        <translation>Comanda de cocina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emailed receipt</source>
        <extracomment>kiosk/ui/staff/receipts.py:37</extracomment>
        <translation>Recibo por correo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed receipt</source>
        <extracomment>kiosk/ui/staff/receipts.py:40</extracomment>
        <translation>Recibo impreso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The printer is out of paper. Load a new roll, then try again.</source>
        <extracomment>kiosk/ui/staff/receipts.py:55</extracomment>
        <translation>La impresora no tiene papel. Ponga un rollo nuevo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer is offline or its cover is open. Check it, then try again.</source>
        <extracomment>kiosk/ui/staff/receipts.py:57</extracomment>
        <translation>La impresora está desconectada o tiene la tapa abierta. Revísela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer cannot be reached. Check its power and cable, then try again.</source>
        <extracomment>kiosk/ui/staff/receipts.py:59</extracomment>
        <translation>No se puede acceder a la impresora. Compruebe la alimentación y el cable y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The receipt could not be emailed. Offer the customer a printed receipt.</source>
        <extracomment>kiosk/ui/staff/receipts.py:61</extracomment>
        <translation>No se pudo enviar el recibo por correo. Ofrezca al cliente un recibo impreso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server did not accept the receipt yet. The kiosk keeps trying.</source>
        <extracomment>kiosk/ui/staff/receipts.py:63</extracomment>
        <translation>El servidor de correo aún no ha aceptado el recibo. El quiosco sigue intentándolo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer did not print this. Check it, then try again.</source>
        <extracomment>kiosk/ui/staff/receipts.py:64</extracomment>
        <translation>La impresora no lo ha impreso. Revísela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>{what} for order {number}</source>
        <extracomment>kiosk/ui/staff/receipts.py:46</extracomment>
        <translation>{what} del pedido {number}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{title}: done.</source>
        <extracomment>kiosk/ui/staff/receipts.py:123</extracomment>
        <translation>{title}: hecho.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: it did not go out yet.</source>
        <extracomment>kiosk/ui/staff/receipts.py:125</extracomment>
        <translation>{title}: aún no ha salido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove this from the list? Only do this once order {number} has been taken care of by hand.</source>
        <extracomment>kiosk/ui/staff/receipts.py:137</extracomment>
        <translation>¿Quitar esto de la lista? Hágalo solo cuando el pedido {number} se haya resuelto a mano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <extracomment>kiosk/ui/staff/receipts.py:144</extracomment>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} Final POS or the card service did not answer. Check the network, then try again.</source>
        <extracomment>kiosk/ui/staff/shell.py:172</extracomment>
        <translation>{what} Final POS o el servicio de tarjetas no respondió. Compruebe la red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role cannot do this. Please ask a manager.</source>
        <extracomment>kiosk/ui/staff/shell.py:183</extracomment>
        <translation>Su función no permite hacer esto. Consulte a un responsable.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a new till session?</source>
        <extracomment>kiosk/ui/staff/till.py:91</extracomment>
        <translation>¿Abrir una nueva sesión de caja?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open session</source>
        <extracomment>kiosk/ui/staff/till.py:92</extracomment>
        <translation>Abrir la sesión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the till session now? The closing report is sent to Final POS.</source>
        <extracomment>kiosk/ui/staff/till.py:116</extracomment>
        <translation>¿Cerrar ahora la sesión de caja? El informe de cierre se envía a Final POS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close session</source>
        <extracomment>kiosk/ui/staff/till.py:117</extracomment>
        <translation>Cerrar la sesión</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>card</source>
        <extracomment>kiosk/services/receipts/report.py:34 kiosk/ui/closing.py:61</extracomment>
        <translation>tarjeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cash</source>
        <extracomment>kiosk/services/receipts/report.py:34 kiosk/ui/closing.py:61</extracomment>
        <translation>efectivo</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>Card</source>
        <extracomment>kiosk/ui/staff/orders.py:179 kiosk/ui/staff/orders.py:180</extracomment>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund {amount} to the customer&apos;s card for order {number}?</source>
        <extracomment>kiosk/ui/staff/orders.py:267 kiosk/ui/station/orders_refund.py:91</extracomment>
        <translation>¿Reembolsar {amount} a la tarjeta del cliente por el pedido {number}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund {amount}</source>
        <extracomment>kiosk/ui/staff/orders.py:272</extracomment>
        <translation>Reembolsar {amount}</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Try to finish order {number} now? The kiosk asks Final POS and the card service and completes or cancels it.</source>
        <extracomment>kiosk/ui/staff/attention.py:116</extracomment>
        <translation>¿Intentar completar el pedido {number} ahora? El quiosco consulta a Final POS y al servicio de tarjetas y lo completa o lo cancela.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again now</source>
        <extracomment>kiosk/ui/staff/attention.py:121</extracomment>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark order {number} as handled? Your note is added to the order in Final POS.</source>
        <extracomment>kiosk/ui/staff/attention.py:165</extracomment>
        <translation>¿Marcar el pedido {number} como resuelto? Su nota se añade al pedido en Final POS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark handled</source>
        <extracomment>kiosk/ui/staff/attention.py:169</extracomment>
        <translation>Marcar como resuelto</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pause ordering? Customers see that ordering is paused.</source>
        <extracomment>kiosk/ui/staff/controls.py:138</extracomment>
        <translation>¿Pausar los pedidos? Los clientes verán que los pedidos están en pausa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause ordering</source>
        <extracomment>kiosk/ui/staff/controls.py:139</extracomment>
        <translation>Pausar los pedidos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark {name} as sold out? Every till and channel sees it in Final POS.</source>
        <extracomment>kiosk/ui/staff/controls.py:193</extracomment>
        <translation>¿Marcar {name} como agotado? Todas las cajas y canales lo verán en Final POS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark sold out</source>
        <extracomment>kiosk/ui/staff/controls.py:197</extracomment>
        <translation>Marcar como agotado</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Close the kiosk app? Customers cannot order until it is started again.</source>
        <extracomment>kiosk/ui/staff/viewmodel.py:250</extracomment>
        <translation>¿Cerrar la app del quiosco? Los clientes no podrán pedir hasta que se vuelva a iniciar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the app</source>
        <extracomment>kiosk/ui/staff/viewmodel.py:251</extracomment>
        <translation>Cerrar la app</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The till session could not be read.</source>
        <extracomment>kiosk/ui/staff/till.py:83</extracomment>
        <translation>No se pudo leer la sesión de caja.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new till session is open.</source>
        <extracomment>kiosk/ui/staff/till.py:107</extracomment>
        <translation>Se ha abierto una nueva sesión de caja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The till session was not opened.</source>
        <extracomment>kiosk/ui/staff/till.py:109</extracomment>
        <translation>La sesión de caja no se ha abierto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The till session is closed and the report is in Final POS.</source>
        <extracomment>kiosk/ui/staff/till.py:134</extracomment>
        <translation>La sesión de caja está cerrada y el informe está en Final POS.</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>Closed by</source>
        <extracomment>kiosk/services/receipts/report.py:89 kiosk/ui/staff/report.py:44</extracomment>
        <translation>Cerrada por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <extracomment>kiosk/services/receipts/report.py:91 kiosk/ui/staff/report.py:45 kiosk/ui/station/signin.py:48</extracomment>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales</source>
        <extracomment>kiosk/services/receipts/report.py:92 kiosk/ui/staff/report.py:46 kiosk/ui/station/signin.py:49</extracomment>
        <translation>Ventas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of which taxes</source>
        <extracomment>kiosk/services/receipts/report.py:93 kiosk/ui/closing.py:46</extracomment>
        <translation>De los cuales, impuestos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refunds</source>
        <extracomment>kiosk/services/receipts/report.py:106 kiosk/ui/staff/report.py:48 kiosk/ui/station/signin.py:51</extracomment>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card total</source>
        <extracomment>kiosk/services/receipts/report.py:112 kiosk/ui/staff/report.py:49</extracomment>
        <translation>Total con tarjeta</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Paid by {method}</source>
        <extracomment>kiosk/services/receipts/report.py:110 kiosk/ui/closing.py:63</extracomment>
        <translation>Pagado con {method}</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Showing this kiosk&apos;s own records: Final POS did not answer.</source>
        <extracomment>kiosk/ui/staff/orders.py:94</extracomment>
        <translation>Se muestran los registros propios de este quiosco: Final POS no respondió.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This order was not taken on this kiosk: refund it in Final POS.</source>
        <extracomment>kiosk/ui/staff/orders.py:119</extracomment>
        <translation>Este pedido no se hizo en este quiosco: reembólselo en Final POS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some details are missing: Final POS or Stripe did not answer.</source>
        <extracomment>kiosk/ui/staff/orders.py:132 kiosk/ui/station/orders.py:149</extracomment>
        <translation>Faltan algunos datos: Final POS o Stripe no respondió.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} refunded</source>
        <extracomment>kiosk/ui/staff/orders.py:172 kiosk/ui/station/orders.py:331</extracomment>
        <translation>{amount} reembolsado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is left to refund on this order.</source>
        <extracomment>kiosk/ui/staff/orders.py:194 kiosk/ui/staff/orders.py:329 kiosk/ui/station/orders_refund.py:64 kiosk/ui/station/orders_refund.py:130</extracomment>
        <translation>No queda nada por reembolsar en este pedido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one item to refund.</source>
        <extracomment>kiosk/ui/staff/orders.py:264 kiosk/ui/station/orders_refund.py:67</extracomment>
        <translation>Elija al menos un artículo para reembolsar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{amount} is on its way back to the customer&apos;s card.</source>
        <extracomment>kiosk/ui/staff/orders.py:304 kiosk/ui/station/orders_refund.py:111</extracomment>
        <translation>{amount} se está devolviendo a la tarjeta del cliente.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Order {number} is sorted out.</source>
        <extracomment>kiosk/ui/staff/attention.py:132</extracomment>
        <translation>El pedido {number} está resuelto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please write a short note saying what was done.</source>
        <extracomment>kiosk/ui/staff/attention.py:162</extracomment>
        <translation>Escriba una nota breve sobre lo que se hizo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order {number} is marked handled.</source>
        <extracomment>kiosk/ui/staff/attention.py:180</extracomment>
        <translation>El pedido {number} está marcado como resuelto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {number} is not marked handled yet.</source>
        <extracomment>kiosk/ui/staff/attention.py:183</extracomment>
        <translation>El pedido {number} aún no está marcado como resuelto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last seen at {time}</source>
        <extracomment>kiosk/ui/staff/controls.py:98</extracomment>
        <translation>Última conexión a las {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Look at the reader: it should show a test message now.</source>
        <extracomment>kiosk/ui/staff/controls.py:119</extracomment>
        <translation>Mire el lector: ahora debería mostrar un mensaje de prueba.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ordering is paused.</source>
        <extracomment>kiosk/ui/staff/controls.py:157</extracomment>
        <translation>Los pedidos están en pausa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordering is open again.</source>
        <extracomment>kiosk/ui/staff/controls.py:157</extracomment>
        <translation>Se vuelven a aceptar pedidos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The menu is up to date with Final POS.</source>
        <extracomment>kiosk/ui/staff/controls.py:169</extracomment>
        <translation>El menú está al día con Final POS.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This product has no variants to mark in Final POS.</source>
        <extracomment>kiosk/ui/staff/controls.py:210</extracomment>
        <translation>Este producto no tiene variantes que marcar en Final POS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is marked sold out.</source>
        <extracomment>kiosk/ui/staff/controls.py:215</extracomment>
        <translation>{name} está marcado como agotado.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>This kiosk cannot be closed from here.</source>
        <extracomment>kiosk/ui/staff/viewmodel.py:247</extracomment>
        <translation>Este quiosco no se puede cerrar desde aquí.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>This person may not open staff mode. Ask a manager.</source>
        <extracomment>kiosk/ui/staff/entry.py:117</extracomment>
        <translation>Esta persona no puede abrir el modo personal. Consulte a un responsable.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>There is no open till session to close.</source>
        <extracomment>kiosk/ui/staff/till.py:136</extracomment>
        <translation>No hay ninguna sesión de caja abierta que cerrar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The till session is still open.</source>
        <extracomment>kiosk/ui/staff/till.py:138</extracomment>
        <translation>La sesión de caja sigue abierta.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>This order is not in this kiosk&apos;s records.</source>
        <extracomment>kiosk/ui/staff/orders.py:135</extracomment>
        <translation>Este pedido no figura en los registros de este quiosco.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{amount} is on its way back to the card. Final POS will be updated as soon as it answers.</source>
        <extracomment>kiosk/ui/staff/orders.py:307 kiosk/ui/station/orders_refund.py:114</extracomment>
        <translation>{amount} se está devolviendo a la tarjeta. Final POS se actualizará en cuanto responda.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Order {number} still needs attention.</source>
        <extracomment>kiosk/ui/staff/attention.py:135</extracomment>
        <translation>El pedido {number} sigue requiriendo atención.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {number} still needs a person: see what to do below.</source>
        <extracomment>kiosk/ui/staff/attention.py:139</extracomment>
        <translation>El pedido {number} sigue necesitando a una persona: vea abajo qué hacer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not configured</source>
        <extracomment>kiosk/ui/staff/controls.py:87</extracomment>
        <translation>No configurado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <extracomment>kiosk/ui/staff/controls.py:89</extracomment>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reader&apos;s status could not be read.</source>
        <extracomment>kiosk/ui/staff/controls.py:93</extracomment>
        <translation>No se pudo leer el estado del lector.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Online</source>
        <extracomment>kiosk/ui/staff/controls.py:101</extracomment>
        <translation>En línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <extracomment>kiosk/ui/staff/controls.py:101</extracomment>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test from staff mode: hello!</source>
        <extracomment>kiosk/ui/staff/controls.py:117</extracomment>
        <translation>Prueba desde el modo personal: ¡hola!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No reader is set up for this kiosk.</source>
        <extracomment>kiosk/ui/staff/controls.py:121</extracomment>
        <translation>No hay ningún lector configurado para este quiosco.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reader did not take the message. Check that it is online.</source>
        <extracomment>kiosk/ui/staff/controls.py:124</extracomment>
        <translation>El lector no aceptó el mensaje. Compruebe que está en línea.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Menu sync is not available in this mode.</source>
        <extracomment>kiosk/ui/staff/controls.py:172</extracomment>
        <translation>La sincronización del menú no está disponible en este modo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The menu was not updated.</source>
        <extracomment>kiosk/ui/staff/controls.py:174</extracomment>
        <translation>El menú no se ha actualizado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Final POS does not know this product any more: sync the menu.</source>
        <extracomment>kiosk/ui/staff/controls.py:219</extracomment>
        <translation>Final POS ya no conoce este producto: sincronice el menú.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not marked sold out yet.</source>
        <extracomment>kiosk/ui/staff/controls.py:222</extracomment>
        <translation>{name} aún no está marcado como agotado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No staff are set up yet. The installer adds them with: kiosk staff add NAME</source>
        <extracomment>kiosk/ui/staff/entry.py:119</extracomment>
        <translation>Todavía no hay personal configurado. El instalador lo añade con: kiosk staff add NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That PIN is not right. Please try again.</source>
        <extracomment>kiosk/ui/staff/entry.py:123</extracomment>
        <translation>Ese PIN no es correcto. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The refund is started but not confirmed yet. The kiosk finishes it by itself; do not refund again.</source>
        <extracomment>kiosk/ui/staff/orders.py:315 kiosk/ui/station/orders_refund.py:121</extracomment>
        <translation>El reembolso se ha iniciado, pero aún no está confirmado. El quiosco lo completa por sí mismo; no vuelva a reembolsar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was refunded.</source>
        <extracomment>kiosk/ui/staff/orders.py:322</extracomment>
        <translation>No se ha reembolsado nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is more than is left to refund on this order. Nothing was refunded.</source>
        <extracomment>kiosk/ui/staff/orders.py:325 kiosk/ui/station/orders_refund.py:128</extracomment>
        <translation>Es más de lo que queda por reembolsar en este pedido. No se ha reembolsado nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This order has no card payment to refund.</source>
        <extracomment>kiosk/ui/staff/orders.py:331 kiosk/ui/station/orders_refund.py:134</extracomment>
        <translation>Este pedido no tiene ningún pago con tarjeta que reembolsar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card company reports that the refund failed. Refund the customer another way.</source>
        <extracomment>kiosk/ui/staff/orders.py:334 kiosk/ui/station/orders_refund.py:138</extracomment>
        <translation>La compañía de la tarjeta informa de que el reembolso ha fallado. Reembolse al cliente de otra forma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card company refused the refund. Nothing was refunded.</source>
        <extracomment>kiosk/ui/staff/orders.py:341 kiosk/ui/station/orders_refund.py:142</extracomment>
        <translation>La compañía de la tarjeta rechazó el reembolso. No se ha reembolsado nada.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Kiosk orders waiting to be paid here.</source>
        <extracomment>kiosk/ui/station/counter.py:129</extracomment>
        <translation>Pedidos del quiosco pendientes de pago aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That order was already paid or cancelled.</source>
        <extracomment>kiosk/ui/station/counter.py:155</extracomment>
        <translation>Ese pedido ya se ha pagado o cancelado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kiosk order {number}: take the payment.</source>
        <extracomment>kiosk/ui/station/counter.py:161</extracomment>
        <translation>Pedido del quiosco {number}: cobre el pago.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>This kiosk order was already paid or cancelled.</source>
        <extracomment>kiosk/ui/station/payment.py:171 kiosk/ui/station/payment.py:236</extracomment>
        <translation>Este pedido del quiosco ya se ha pagado o cancelado.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A kiosk order is paid as ordered. Clear it to start a new sale.</source>
        <extracomment>kiosk/ui/station/sale.py:99</extracomment>
        <translation>Un pedido del quiosco se cobra tal cual. Devuélvalo para empezar una venta nueva.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a line first.</source>
        <extracomment>kiosk/ui/station/sale.py:281</extracomment>
        <translation>Seleccione primero una línea.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That PIN is not right. Try again.</source>
        <extracomment>kiosk/ui/station/signin.py:38</extracomment>
        <translation>Ese PIN no es correcto. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Preparing the reader…</source>
        <extracomment>kiosk/ui/station/payment.py:205 kiosk/ui/station/payment.py:260</extracomment>
        <translation>Preparando el lector…</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The reader cannot be used right now. Take cash or try again.</source>
        <extracomment>kiosk/ui/station/payment.py:43</extracomment>
        <translation>Ahora no se puede usar el lector. Cobre en efectivo o vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Enter an e-mail address such as name@example.com.</source>
        <extracomment>kiosk/ui/station/customer.py:25</extracomment>
        <translation>Introduzca un correo electrónico como name@example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the first name.</source>
        <extracomment>kiosk/ui/station/customer.py:26</extracomment>
        <translation>Introduzca el nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the last name.</source>
        <extracomment>kiosk/ui/station/customer.py:27</extracomment>
        <translation>Introduzca los apellidos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names can be at most 60 characters.</source>
        <extracomment>kiosk/ui/station/customer.py:28</extracomment>
        <translation>Los nombres pueden tener como máximo 60 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a phone number of 6 to 15 digits, or none.</source>
        <extracomment>kiosk/ui/station/customer.py:29</extracomment>
        <translation>Introduzca un teléfono de 6 a 15 dígitos o déjelo vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer with this e-mail exists: attach them instead.</source>
        <extracomment>kiosk/ui/station/customer.py:30</extracomment>
        <translation>Ya existe un cliente con este correo: asócielo en su lugar.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Final POS did not answer. Check the network, then try again.</source>
        <extracomment>kiosk/ui/station/state.py:107</extracomment>
        <translation>Final POS no respondió. Compruebe la red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Too many wrong PINs. Try again in {s} seconds.</source>
        <extracomment>kiosk/ui/station/signin.py:33</extracomment>
        <translation>Demasiados PIN incorrectos. Vuelva a intentarlo en {s} segundos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person may not use the checkout station.</source>
        <extracomment>kiosk/ui/station/signin.py:35</extracomment>
        <translation>Esta persona no puede usar el puesto de caja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No staff are set up. Add someone with `kiosk staff add`.</source>
        <extracomment>kiosk/ui/station/signin.py:37</extracomment>
        <translation>No hay personal configurado. Añada a alguien con `kiosk staff add`.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Count the cash in the drawer and enter the total.</source>
        <extracomment>kiosk/ui/station/signin.py:180</extracomment>
        <translation>Cuente el efectivo del cajón e introduzca el total.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Added {name}.</source>
        <extracomment>kiosk/ui/station/sale.py:125</extracomment>
        <translation>Se ha añadido {name}.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Up to {limit} without a manager.</source>
        <extracomment>kiosk/ui/station/discount.py:104</extracomment>
        <translation>Hasta {limit} sin responsable.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Find the customer, or create them on the right.</source>
        <extracomment>kiosk/ui/station/customer.py:72</extracomment>
        <translation>Busque al cliente o créelo a la derecha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is on this sale.</source>
        <extracomment>kiosk/ui/station/customer.py:98</extracomment>
        <translation>{name} está asociado a esta venta.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Enter the cash the customer hands over.</source>
        <extracomment>kiosk/ui/station/payment.py:115</extracomment>
        <translation>Introduzca el efectivo que entrega el cliente.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The customer pays on the reader.</source>
        <extracomment>kiosk/ui/station/payment.py:206</extracomment>
        <translation>El cliente paga en el lector.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The card was declined. Try another card or take cash.</source>
        <extracomment>kiosk/ui/station/payment.py:34</extracomment>
        <translation>La tarjeta ha sido rechazada. Pruebe con otra tarjeta o cobre en efectivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card payment was cancelled. Nothing was charged.</source>
        <extracomment>kiosk/ui/station/payment.py:36</extracomment>
        <translation>El pago con tarjeta se ha cancelado. No se ha cobrado nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reader is busy or offline. Check it, then try again.</source>
        <extracomment>kiosk/ui/station/payment.py:38</extracomment>
        <translation>El lector está ocupado o desconectado. Revíselo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment needs checking in staff mode before anything else.</source>
        <extracomment>kiosk/ui/station/payment.py:42</extracomment>
        <translation>El pago debe revisarse en el modo personal antes que nada.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Signed in as {name}.</source>
        <extracomment>kiosk/ui/station/signin.py:118</extracomment>
        <translation>Sesión iniciada como {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed out.</source>
        <extracomment>kiosk/ui/station/signin.py:146</extracomment>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed out. The sale stays open for the next person.</source>
        <extracomment>kiosk/ui/station/signin.py:148</extracomment>
        <translation>Sesión cerrada. La venta sigue abierta para la siguiente persona.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>This product is no longer on the menu.</source>
        <extracomment>kiosk/ui/station/grid.py:167 kiosk/ui/station/search.py:88</extracomment>
        <translation>Este producto ya no está en el menú.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Scanned {code}: open the sale to add it.</source>
        <extracomment>kiosk/ui/station/search.py:110</extracomment>
        <translation>{code} escaneado: abra la venta para añadirlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode {code} is not on the menu.</source>
        <extracomment>kiosk/ui/station/search.py:114</extracomment>
        <translation>El código de barras {code} no está en el menú.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Add something to the sale first.</source>
        <extracomment>kiosk/ui/station/discount.py:97 kiosk/ui/station/payment.py:112 kiosk/ui/station/payment.py:199</extracomment>
        <translation>Primero añada algo a la venta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give a reason for the discount.</source>
        <extracomment>kiosk/ui/station/discount.py:134</extracomment>
        <translation>Indique el motivo del descuento.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is not a manager.</source>
        <extracomment>kiosk/ui/station/discount.py:171</extracomment>
        <translation>{name} no es responsable.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sale parked. Resume it from Parked sales.</source>
        <extracomment>kiosk/ui/station/parked.py:64</extracomment>
        <translation>Venta aparcada. Reanúdela desde Ventas aparcadas.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Finish or park the current sale first.</source>
        <extracomment>kiosk/ui/station/counter.py:144 kiosk/ui/station/parked.py:105</extracomment>
        <translation>Primero termine o aparque la venta actual.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>That sale was already resumed or closed.</source>
        <extracomment>kiosk/ui/station/parked.py:116</extracomment>
        <translation>Esa venta ya se ha reanudado o cerrado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale resumed; {n} item(s) are no longer on the menu.</source>
        <extracomment>kiosk/ui/station/parked.py:142</extracomment>
        <translation>Venta reanudada; artículos que ya no están en el menú: {n}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale resumed.</source>
        <extracomment>kiosk/ui/station/parked.py:146</extracomment>
        <translation>Venta reanudada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>That is less than the total of {total}.</source>
        <extracomment>kiosk/ui/station/payment.py:155</extracomment>
        <translation>Es menos que el total de {total}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give {amount} change.</source>
        <extracomment>kiosk/ui/station/payment.py:185</extracomment>
        <translation>Devuelva {amount} de cambio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid. No change due.</source>
        <extracomment>kiosk/ui/station/payment.py:187</extracomment>
        <translation>Pagado. No hay cambio.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Till open with a float of {amount}.</source>
        <extracomment>kiosk/ui/station/signin.py:166</extracomment>
        <translation>Caja abierta con un fondo de {amount}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no open till to close.</source>
        <extracomment>kiosk/ui/station/signin.py:195</extracomment>
        <translation>No hay ninguna caja abierta que cerrar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Till closed. The cash matches.</source>
        <extracomment>kiosk/ui/station/signin.py:219</extracomment>
        <translation>Caja cerrada. El efectivo cuadra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Till closed. The cash is {amount} {way}.</source>
        <extracomment>kiosk/ui/station/signin.py:222</extracomment>
        <translation>Caja cerrada. Hay {amount} {way}.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>{name} is sold out.</source>
        <extracomment>kiosk/ui/station/sale.py:122</extracomment>
        <translation>{name} está agotado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That many cannot be sold.</source>
        <extracomment>kiosk/ui/station/sale.py:331</extracomment>
        <translation>No se puede vender esa cantidad.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Enter a discount above zero and no larger than the amount.</source>
        <extracomment>kiosk/ui/station/discount.py:137</extracomment>
        <translation>Introduzca un descuento mayor que cero y no superior al importe.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Check the details marked below.</source>
        <extracomment>kiosk/ui/station/customer.py:120</extracomment>
        <translation>Revise los datos marcados abajo.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Final POS cannot take the order right now. Nothing was charged.</source>
        <extracomment>kiosk/ui/station/payment.py:227</extracomment>
        <translation>Final POS no puede aceptar el pedido ahora. No se ha cobrado nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sale cannot be paid by card: check the items.</source>
        <extracomment>kiosk/ui/station/payment.py:238</extracomment>
        <translation>Esta venta no se puede pagar con tarjeta: revise los artículos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the card on the reader.</source>
        <extracomment>kiosk/ui/station/payment.py:261</extracomment>
        <translation>Esperando la tarjeta en el lector.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorising…</source>
        <extracomment>kiosk/ui/station/payment.py:262</extracomment>
        <translation>Autorizando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording the payment…</source>
        <extracomment>kiosk/ui/station/payment.py:263</extracomment>
        <translation>Registrando el pago…</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>This is above {limit}: a manager enters their PIN to allow it.</source>
        <extracomment>kiosk/ui/station/discount.py:144</extracomment>
        <translation>Supera {limit}: un responsable introduce su PIN para autorizarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount applied.</source>
        <extracomment>kiosk/ui/station/discount.py:159</extracomment>
        <translation>Descuento aplicado.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Final POS did not confirm the new customer. Search for them in a minute.</source>
        <extracomment>kiosk/ui/station/customer.py:123</extracomment>
        <translation>Final POS no confirmó el cliente nuevo. Búsquelo dentro de un minuto.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Parked sale</source>
        <extracomment>kiosk/ui/station/parked.py:88</extracomment>
        <translation>Venta aparcada</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Paid in cash. Final POS has not confirmed it yet; the station finishes recording it by itself.</source>
        <extracomment>kiosk/ui/station/payment.py:162</extracomment>
        <translation>Pagado en efectivo. Final POS aún no lo ha confirmado; el puesto termina de registrarlo por sí solo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This sale cannot be taken: check the items.</source>
        <extracomment>kiosk/ui/station/payment.py:173</extracomment>
        <translation>No se puede registrar esta venta: revise los artículos.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>over</source>
        <extracomment>kiosk/ui/station/signin.py:225</extracomment>
        <translation>de más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>short</source>
        <extracomment>kiosk/ui/station/signin.py:225</extracomment>
        <translation>de menos</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Ordering is paused while we reconnect. You can still look at the menu.</source>
        <extracomment>kiosk/ui/viewmodels/app.py:200</extracomment>
        <translation>Los pedidos están en pausa mientras recuperamos la conexión. Puede seguir viendo la carta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordering is paused for a moment. You can still look at the menu.</source>
        <extracomment>kiosk/ui/viewmodels/app.py:202</extracomment>
        <translation>Los pedidos están en pausa un momento. Puede seguir viendo la carta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordering is paused</source>
        <extracomment>kiosk/ui/viewmodels/app.py:238</extracomment>
        <translation>Pedidos en pausa</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} removed</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:214</extracomment>
        <translation>Se ha quitado {name}</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Checking your order…</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:136</extracomment>
        <translation>Comprobando su pedido…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add something to your order first</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:138 kiosk/ui/viewmodels/cart.py:153</extracomment>
        <translation>Primero añada algo a su pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to pay: please ask staff</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:140</extracomment>
        <translation>Nada que pagar: consulte al personal, por favor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Includes tax</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:165</extracomment>
        <translation>IVA incluido</translation>
    </message>
    <message>
        <location line="-550"/>
        <source>Tax</source>
        <extracomment>kiosk/services/receipts/report.py:57 kiosk/ui/closing.py:28 kiosk/ui/viewmodels/cart.py:165</extracomment>
        <translation>IVA</translation>
    </message>
    <message>
        <location line="+558"/>
        <source>{order_type}, table {number}</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:181 kiosk/ui/viewmodels/confirmation.py:106</extracomment>
        <translation>{order_type}, mesa {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your table or tracker number</source>
        <extracomment>kiosk/ui/viewmodels/cart_entry.py:57</extracomment>
        <translation>Su número de mesa o de localizador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note for {name}</source>
        <extracomment>kiosk/ui/viewmodels/cart_entry.py:63</extracomment>
        <translation>Una nota para {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the number first</source>
        <extracomment>kiosk/ui/viewmodels/cart_entry.py:73</extracomment>
        <translation>Primero escriba el número</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was charged. Check your order, then pay.</source>
        <extracomment>kiosk/ui/viewmodels/cart_pay.py:212</extracomment>
        <translation>No se ha cobrado nada. Revise su pedido y luego pague.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{name} added. Check your order, then pay.</source>
        <extracomment>kiosk/ui/viewmodels/cart_pay.py:128</extracomment>
        <translation>Se ha añadido {name}. Revise su pedido y luego pague.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sorry, {names} just sold out and was taken off your order.</source>
        <extracomment>kiosk/ui/viewmodels/cart_pay.py:202</extracomment>
        <translation>Lo sentimos, {names} se acaba de agotar y se ha quitado de su pedido.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>was {price}</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:357</extracomment>
        <translation>antes {price}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Eat in</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:177 kiosk/ui/viewmodels/confirmation.py:103</extracomment>
        <translation>Para tomar aquí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take away</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:177 kiosk/ui/viewmodels/confirmation.py:103</extracomment>
        <translation>Para llevar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is all we have of {name}.</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:248</extracomment>
        <translation>No nos queda más {name}.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing here right now.</source>
        <extracomment>kiosk/ui/viewmodels/menu.py:131</extracomment>
        <translation>Aquí no hay nada por ahora.</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>from {price}</source>
        <extracomment>kiosk/ui/station/grid.py:132 kiosk/ui/viewmodels/menu.py:371 kiosk/ui/viewmodels/product.py:238</extracomment>
        <translation>desde {price}</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>The card was declined. Try another card or ask staff.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:37</extracomment>
        <translation>La tarjeta ha sido rechazada. Pruebe con otra tarjeta o consulte al personal.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The payment could not be finished. Please ask staff.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:47</extracomment>
        <translation>No se ha podido completar el pago. Consulte al personal, por favor.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The payment did not go through. Try again, or try another card.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:36</extracomment>
        <translation>El pago no se ha realizado. Vuelva a intentarlo o pruebe con otra tarjeta.</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Parked</source>
        <extracomment>kiosk/ui/station/order_rows.py:33</extracomment>
        <translation>Aparcado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing this station&apos;s own records: Final POS did not answer.</source>
        <extracomment>kiosk/ui/station/orders.py:112</extracomment>
        <translation>Se muestran los datos de este puesto: Final POS no respondió.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This order was not taken here: refund it in Final POS.</source>
        <extracomment>kiosk/ui/station/orders.py:127</extracomment>
        <translation>Este pedido no se cobró aquí: reembólselo en Final POS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This order is not in this station&apos;s records.</source>
        <extracomment>kiosk/ui/station/orders.py:153 kiosk/ui/station/orders_refund.py:136</extracomment>
        <translation>Este pedido no está en los datos de este puesto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} may not refund orders.</source>
        <extracomment>kiosk/ui/station/orders_refund.py:82</extracomment>
        <translation>{name} no puede reembolsar pedidos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stripe did not answer. Nothing was refunded; try again.</source>
        <extracomment>kiosk/ui/station/orders_refund.py:126</extracomment>
        <translation>Stripe no respondió. No se reembolsó nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This order has no receipt to print.</source>
        <extracomment>kiosk/ui/station/reprint.py:39</extracomment>
        <translation>Este pedido no tiene recibo que imprimir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt printed.</source>
        <extracomment>kiosk/ui/station/reprint.py:44</extracomment>
        <translation>Recibo impreso.</translation>
    </message>
    <message>
        <location line="-370"/>
        <source>The printer did not print it now; it tries again by itself.</source>
        <extracomment>kiosk/ui/closing.py:73 kiosk/ui/station/reprint.py:47</extracomment>
        <translation>La impresora no lo imprimió ahora; lo volverá a intentar sola.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No receipt printer is set up.</source>
        <extracomment>kiosk/ui/closing.py:74 kiosk/ui/station/reprint.py:51</extracomment>
        <translation>No hay ninguna impresora de recibos configurada.</translation>
    </message>
    <message>
        <location line="+300"/>
        <source>Order {number} · {total} · {status}</source>
        <extracomment>kiosk/ui/station/orders.py:321</extracomment>
        <translation>Pedido {number} · {total} · {status}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Paid in cash</source>
        <extracomment>kiosk/ui/station/order_rows.py:31</extracomment>
        <translation>Pagado en efectivo</translation>
    </message>
    <message>
        <location line="-382"/>
        <source>Refunded taxes are missing from this report: Final POS could not list the refunds.</source>
        <extracomment>kiosk/services/receipts/report.py:36</extracomment>
        <translation>En este informe faltan los impuestos de los reembolsos: Final POS no pudo listar los reembolsos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxes at an unknown rate</source>
        <extracomment>kiosk/services/receipts/report.py:54 kiosk/ui/closing.py:27</extracomment>
        <translation>Impuestos a un tipo desconocido</translation>
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
        <translation>Informe de cierre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station</source>
        <extracomment>kiosk/services/receipts/report.py:83</extracomment>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Till session</source>
        <extracomment>kiosk/services/receipts/report.py:84</extracomment>
        <translation>Sesión de caja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened</source>
        <extracomment>kiosk/services/receipts/report.py:86</extracomment>
        <translation>Abierta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened by</source>
        <extracomment>kiosk/services/receipts/report.py:87</extracomment>
        <translation>Abierta por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <extracomment>kiosk/services/receipts/report.py:88</extracomment>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Taxes refunded</source>
        <extracomment>kiosk/services/receipts/report.py:96 kiosk/ui/closing.py:50</extracomment>
        <translation>Impuestos reembolsados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxes net of refunds</source>
        <extracomment>kiosk/services/receipts/report.py:98 kiosk/ui/closing.py:51</extracomment>
        <translation>Impuestos netos de reembolsos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash in the drawer</source>
        <extracomment>kiosk/services/receipts/report.py:116</extracomment>
        <translation>Efectivo en el cajón</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening float</source>
        <extracomment>kiosk/services/receipts/report.py:117</extracomment>
        <translation>Fondo inicial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <extracomment>kiosk/services/receipts/report.py:118</extracomment>
        <translation>Esperado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted</source>
        <extracomment>kiosk/services/receipts/report.py:119</extracomment>
        <translation>Contado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <extracomment>kiosk/services/receipts/report.py:121</extracomment>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed {when}</source>
        <extracomment>kiosk/services/receipts/report.py:126</extracomment>
        <translation>Impreso el {when}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The closing report is printed.</source>
        <extracomment>kiosk/ui/closing.py:71</extracomment>
        <translation>El informe de cierre está impreso.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A cancel sent for this order may have landed after a station took the payment.</source>
        <extracomment>kiosk/ui/staff/attention.py:43</extracomment>
        <translation>Es posible que una cancelación de este pedido llegara después de que una caja cobrara el pago.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check it in Final POS, put it back if it was cancelled, then mark it handled.</source>
        <extracomment>kiosk/ui/staff/attention.py:44</extracomment>
        <translation>Revíselo en Final POS, restáurelo si se canceló y márquelo como resuelto.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Closing report of till session {number}</source>
        <extracomment>kiosk/ui/staff/receipts.py:45</extracomment>
        <translation>Informe de cierre de la sesión de caja {number}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove this from the list? This closing report will not be printed.</source>
        <extracomment>kiosk/ui/staff/receipts.py:135</extracomment>
        <translation>¿Quitar esto de la lista? Este informe de cierre no se imprimirá.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{title}: removed from the list.</source>
        <extracomment>kiosk/ui/staff/receipts.py:153</extracomment>
        <translation>{title}: quitado de la lista.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Print the receipt of order {number} again?</source>
        <extracomment>kiosk/ui/station/orders_refund.py:88</extracomment>
        <translation>¿Imprimir de nuevo el recibo del pedido {number}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund {amount} in cash for order {number}?</source>
        <extracomment>kiosk/ui/station/orders_refund.py:90</extracomment>
        <translation>¿Reembolsar {amount} en efectivo por el pedido {number}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand {amount} back to the customer in cash.</source>
        <extracomment>kiosk/ui/station/orders_refund.py:102</extracomment>
        <translation>Devuelva {amount} en efectivo al cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand {amount} back to the customer in cash. Final POS will be updated as soon as it answers.</source>
        <extracomment>kiosk/ui/station/orders_refund.py:104</extracomment>
        <translation>Devuelva {amount} en efectivo al cliente. Final POS se actualizará en cuanto responda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This cash sale is not finished yet. Nothing was refunded.</source>
        <extracomment>kiosk/ui/station/orders_refund.py:132</extracomment>
        <translation>Esta venta en efectivo aún no ha terminado. No se ha reembolsado nada.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Another station is taking this payment. Nothing was charged here.</source>
        <extracomment>kiosk/ui/station/payment.py:40</extracomment>
        <translation>Otro puesto está cobrando este pago. Aquí no se ha cobrado nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n cash refund(s) are not in Final POS yet: the expected cash does not count them.</source>
        <extracomment>kiosk/ui/station/signin.py:208</extracomment>
        <translation>
            <numerusform>%n reembolso en efectivo aún no está en Final POS: el efectivo esperado no lo cuenta.</numerusform>
            <numerusform>%n reembolsos en efectivo aún no están en Final POS: el efectivo esperado no los cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accessibility mode on.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:108</extracomment>
        <translation>Modo de accesibilidad activado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume {percent} percent.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:141</extracomment>
        <translation>Volumen {percent} por ciento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For speech and more time, press the star key or F1.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:155</extracomment>
        <translation>Para voz y más tiempo, pulse la tecla asterisco o F1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are you still there? Your order will be cleared in {seconds} seconds. Press Enter for more time.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:206</extracomment>
        <translation>¿Sigue ahí? Su pedido se borrará en {seconds} segundos. Pulse Intro para tener más tiempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your order: {count}, total {total}.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:225 kiosk/ui/viewmodels/accessibility.py:281</extracomment>
        <translation>Su pedido: {count}, total {total}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price {price}.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:238</extracomment>
        <translation>Precio {price}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount to pay {amount}.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:256</extracomment>
        <translation>Importe a pagar: {amount}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment declined.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:261</extracomment>
        <translation>Pago rechazado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment not completed.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:263</extracomment>
        <translation>Pago no completado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome. Press Enter to start your order.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:274</extracomment>
        <translation>Bienvenido. Pulse Intro para empezar su pedido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eat in or take away? Use the arrow keys and press Enter.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:276</extracomment>
        <translation>¿Para tomar aquí o para llevar? Use las flechas y pulse Intro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:287</extracomment>
        <translation>Menú.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab moves between categories and products, Enter opens one.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:290</extracomment>
        <translation>Tab pasa entre categorías y productos, Intro abre uno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, {price}. Choose, then Add to order.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:296</extracomment>
        <translation>{name}, {price}. Elija y luego pulse Añadir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your order: {count}, total {total}. Pay when ready.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:300</extracomment>
        <translation>Su pedido: {count}, total {total}. Pague cuando esté listo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:304</extracomment>
        <translation>Pago.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you. Your order number is {number}.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:306</extracomment>
        <translation>Gracias. Su número de pedido es {number}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorry, this kiosk is out of order. Please ask a member of staff.</source>
        <extracomment>kiosk/ui/viewmodels/accessibility.py:310</extracomment>
        <translation>Lo sentimos, este quiosco está fuera de servicio. Diríjase a nuestro personal.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n item(s)</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:173 kiosk/ui/viewmodels/confirmation.py:92</extracomment>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your order could not be placed. Nothing was charged. Please try again.</source>
        <extracomment>kiosk/ui/viewmodels/cart_pay.py:161</extracomment>
        <translation>No se ha podido realizar su pedido. No se ha cobrado nada. Vuelva a intentarlo, por favor.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Only %n {name} left: we changed the quantity.</source>
        <extracomment>kiosk/ui/viewmodels/cart_pay.py:206</extracomment>
        <translation>
            <numerusform>Solo queda %n × {name}: hemos cambiado la cantidad.</numerusform>
            <numerusform>Solo quedan %n × {name}: hemos cambiado la cantidad.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table {number}</source>
        <extracomment>kiosk/ui/viewmodels/confirmation.py:107</extracomment>
        <translation>Mesa {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please pay at the counter</source>
        <extracomment>kiosk/ui/viewmodels/confirmation.py:112</extracomment>
        <translation>Pague en el mostrador, por favor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you!</source>
        <extracomment>kiosk/ui/viewmodels/confirmation.py:112</extracomment>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your order is in, not yet paid. Go to the counter, give your number {number} and pay there.</source>
        <extracomment>kiosk/ui/viewmodels/confirmation.py:117</extracomment>
        <translation>Su pedido está hecho, pero aún no está pagado. Vaya al mostrador, diga su número {number} y pague allí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your order is on its way. Please wait for your number to be called.</source>
        <extracomment>kiosk/ui/viewmodels/confirmation.py:122</extracomment>
        <translation>Estamos preparando su pedido. Espere, por favor, a que llamen su número.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take your time</source>
        <extracomment>kiosk/ui/viewmodels/confirmation.py:136</extracomment>
        <translation>Tómese su tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the start in {seconds} s</source>
        <extracomment>kiosk/ui/viewmodels/confirmation.py:137</extracomment>
        <translation>Volver al inicio en {seconds} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing here without those allergens.</source>
        <extracomment>kiosk/ui/viewmodels/menu.py:130</extracomment>
        <translation>Aquí no hay nada sin esos alérgenos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allergens</source>
        <extracomment>kiosk/ui/viewmodels/menu.py:188</extracomment>
        <translation>Alérgenos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without {allergens}</source>
        <extracomment>kiosk/ui/viewmodels/menu.py:190</extracomment>
        <translation>Sin {allergens}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The payment was cancelled. You have not been charged.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:39</extracomment>
        <translation>El pago se ha cancelado. No se le ha cobrado nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We did not see a card in time. You have not been charged.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:40</extracomment>
        <translation>No hemos detectado ninguna tarjeta a tiempo. No se le ha cobrado nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card reader is busy. Please wait a moment and try again.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:41</extracomment>
        <translation>El datáfono está ocupado. Espere un momento y vuelva a intentarlo, por favor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card reader is offline. Please ask staff.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:42</extracomment>
        <translation>El datáfono está desconectado. Consulte al personal, por favor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card reader is not available. Please try again or ask staff.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:43</extracomment>
        <translation>El datáfono no está disponible. Vuelva a intentarlo o consulte al personal, por favor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordering is paused right now. You have not been charged.</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:46</extracomment>
        <translation>Los pedidos están en pausa ahora mismo. No se le ha cobrado nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending your order…</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:52</extracomment>
        <translation>Enviando su pedido…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Getting the card reader ready…</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:53</extracomment>
        <translation>Preparando el datáfono…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap, insert or swipe your card on the reader below</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:54</extracomment>
        <translation>Acerque, inserte o deslice su tarjeta en el datáfono de abajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking with your bank…</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:55</extracomment>
        <translation>Consultando con su banco…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Almost done…</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:56</extracomment>
        <translation>Casi listo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment could not be finished. Please ask staff (order {number}).</source>
        <extracomment>kiosk/ui/viewmodels/payment.py:280</extracomment>
        <translation>No se ha podido completar el pago. Consulte al personal, por favor (pedido {number}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offer: save {saving}</source>
        <extracomment>kiosk/ui/viewmodels/product.py:260</extracomment>
        <translation>Oferta: ahorre {saving}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold out today</source>
        <extracomment>kiosk/ui/viewmodels/product.py:273 kiosk/ui/viewmodels/product.py:281</extracomment>
        <translation>Agotado por hoy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That combination is not available</source>
        <extracomment>kiosk/ui/viewmodels/product.py:279</extracomment>
        <translation>Esa combinación no está disponible</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Choose {what}</source>
        <extracomment>kiosk/ui/viewmodels/product.py:278</extracomment>
        <translation>Elija {what}</translation>
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
        <translation>Está saliendo por la impresora bajo la pantalla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We sent it to {address}.</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:163</extracomment>
        <translation>Lo hemos enviado a {address}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point your phone&apos;s camera at the code to keep your receipt. Your order number is {number}.</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:165</extracomment>
        <translation>Apunte la cámara de su móvil al código para guardar su recibo. Su número de pedido es el {number}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point your phone&apos;s camera at the code to keep your receipt.</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:171</extracomment>
        <translation>Apunte la cámara de su móvil al código para guardar su recibo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We use your address only to send this receipt.</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:173</extracomment>
        <translation>Solo usamos su dirección para enviarle este recibo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check the address: it should look like name@example.com</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:311 kiosk/ui/viewmodels/receipt.py:319</extracomment>
        <translation>Revise la dirección, por favor: debe tener la forma name@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {number}</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:366</extracomment>
        <translation>Pedido {number}</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Would you like a receipt?</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:148</extracomment>
        <translation>¿Desea un recibo?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing your receipt…</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:149</extracomment>
        <translation>Imprimiendo su recibo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please take your receipt</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:150</extracomment>
        <translation>Recoja su recibo, por favor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email my receipt</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:151</extracomment>
        <translation>Enviar mi recibo por correo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending your receipt…</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:152</extracomment>
        <translation>Enviando su recibo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your receipt is on its way</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:153</extracomment>
        <translation>Su recibo está en camino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan for your receipt</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:154</extracomment>
        <translation>Escanee para obtener su recibo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No receipt. Enjoy!</source>
        <extracomment>kiosk/ui/viewmodels/receipt.py:155</extracomment>
        <translation>Sin recibo. ¡Que aproveche!</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add something from {category}?</source>
        <extracomment>kiosk/ui/viewmodels/upsell.py:150</extracomment>
        <translation>¿Algo de {category}?</translation>
    </message>
</context>
</TS>
