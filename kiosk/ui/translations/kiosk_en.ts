<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>kiosk</name>
    <message numerus="yes">
        <location filename="python_strings.js" line="+403"/>
        <source>%n item(s)</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:192</extracomment>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Only %n {name} left: we changed the quantity.</source>
        <extracomment>kiosk/ui/viewmodels/cart.py:519</extracomment>
        <translation>
            <numerusform>Only %n {name} left: we changed the quantity.</numerusform>
            <numerusform>Only %n {name} left: we changed the quantity.</numerusform>
        </translation>
    </message>
</context>
</TS>
