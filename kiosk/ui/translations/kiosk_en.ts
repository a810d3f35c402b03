<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>StaffRefund</name>
    <message numerus="yes">
        <location filename="../staff/qml/StaffRefund.qml" line="+62"/>
        <source>%1 · %n can be refunded</source>
        <translation>
            <numerusform>%1 · %n can be refunded</numerusform>
            <numerusform>%1 · %n can be refunded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message numerus="yes">
        <location filename="python_strings.js" line="+315"/>
        <source>%n refund(s), {amount}</source>
        <extracomment>kiosk/ui/staff/till.py:70</extracomment>
        <translation>
            <numerusform>%n refund, {amount}</numerusform>
            <numerusform>%n refunds, {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+188"/>
        <source>%n cash refund(s) are not in Final POS yet: the expected cash does not count them.</source>
        <extracomment>kiosk/ui/station/signin.py:208</extracomment>
        <translation>
            <numerusform>%n cash refund is not in Final POS yet: the expected cash does not count it.</numerusform>
            <numerusform>%n cash refunds are not in Final POS yet: the expected cash does not count them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%n item(s)</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:173 kiosk/ui/viewmodels/confirmation.py:92</extracomment>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Only %n {name} left: we changed the quantity.</source>
        <extracomment>kiosk/ui/viewmodels/cart_pay.py:206</extracomment>
        <translation>
            <numerusform>Only %n {name} left: we changed the quantity.</numerusform>
            <numerusform>Only %n {name} left: we changed the quantity.</numerusform>
        </translation>
    </message>
</context>
</TS>
