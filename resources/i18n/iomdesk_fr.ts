<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Same as the system ({language})</source>
        <translation>Celle du système ({language})</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and dates. Contact data is never translated.</source>
        <translation>La langue des menus, des boîtes de dialogue et des dates. Les données des contacts ne sont jamais traduites.</translation>
    </message>
    <message>
        <source>IOM Desk uses a new language the next time it starts.</source>
        <translation>IOM Desk utilisera la nouvelle langue à son prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Paramètres...</translation>
    </message>
    <message>
        <source>Choose the interface language</source>
        <translation>Choisir la langue de l’interface</translation>
    </message>
</context>
</TS>
