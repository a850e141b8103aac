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
<context>
    <name>accessibility</name>
    <message>
        <source>Accept and close this window</source>
        <translation>Valider et fermer cette fenêtre</translation>
    </message>
    <message>
        <source>Save the changes and close this window</source>
        <translation>Enregistrer les modifications et fermer cette fenêtre</translation>
    </message>
    <message>
        <source>Close this window without saving anything</source>
        <translation>Fermer cette fenêtre sans rien enregistrer</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <source>Close this window and forget the changes</source>
        <translation>Fermer cette fenêtre et abandonner les modifications</translation>
    </message>
    <message>
        <source>Apply the changes and keep this window open</source>
        <translation>Appliquer les modifications et garder cette fenêtre ouverte</translation>
    </message>
    <message>
        <source>Put back the values this window opened with</source>
        <translation>Rétablir les valeurs d’ouverture de cette fenêtre</translation>
    </message>
    <message>
        <source>Show help about this window</source>
        <translation>Afficher l’aide de cette fenêtre</translation>
    </message>
    <message>
        <source>Answer yes</source>
        <translation>Répondre oui</translation>
    </message>
    <message>
        <source>Answer no</source>
        <translation>Répondre non</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>a tag is empty</source>
        <translation>une étiquette est vide</translation>
    </message>
    <message>
        <source>a tag is longer than {limit} characters</source>
        <translation>une étiquette dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>a tag cannot contain {separator}; add two tags instead</source>
        <translation>une étiquette ne peut pas contenir {separator}&#xa0;; ajoutez plutôt deux étiquettes</translation>
    </message>
    <message>
        <source>a beat is empty</source>
        <translation>un domaine de couverture est vide</translation>
    </message>
    <message>
        <source>a beat is longer than {limit} characters</source>
        <translation>un domaine de couverture dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>a beat cannot contain {separator}; add two beats instead</source>
        <translation>un domaine de couverture ne peut pas contenir {separator}&#xa0;; ajoutez plutôt deux domaines</translation>
    </message>
    <message>
        <source>is not a lawful basis (use one of {labels}, or leave it empty)</source>
        <translation>n’est pas une base juridique (utilisez l’une des valeurs {labels}, ou laissez vide)</translation>
    </message>
    <message>
        <source>could be two dates (day and month can be read both ways); write it as YYYY-MM-DD, e.g. 2027-03-31</source>
        <translation>peut désigner deux dates (le jour et le mois peuvent être inversés)&#xa0;; écrivez-la sous la forme AAAA-MM-JJ, par exemple 2027-03-31</translation>
    </message>
    <message>
        <source>is not a date (write it as YYYY-MM-DD, e.g. 2027-03-31)</source>
        <translation>n’est pas une date (écrivez-la sous la forme AAAA-MM-JJ, par exemple 2027-03-31)</translation>
    </message>
    <message>
        <source>an email address is empty</source>
        <translation>une adresse électronique est vide</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation>dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>is not a language (use a 2-letter ISO 639-1 code such as fr)</source>
        <translation>n’est pas une langue (utilisez un code ISO 639-1 à deux lettres, comme fr)</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>un nom est obligatoire</translation>
    </message>
    <message>
        <source>a name needs at least one letter</source>
        <translation>un nom doit contenir au moins une lettre</translation>
    </message>
    <message>
        <source>is not a country name or ISO 3166 code</source>
        <translation>n’est ni un nom de pays ni un code ISO 3166</translation>
    </message>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>portable</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>is not a phone number</source>
        <translation>n’est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>unknown phone kind {kind} (use {kinds})</source>
        <translation>type de téléphone inconnu {kind} (utilisez {kinds})</translation>
    </message>
    <message>
        <source>kept as entered</source>
        <translation>conservé tel que saisi</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>not valid today, kept as entered</source>
        <translation>non valide aujourd’hui, conservé tel que saisi</translation>
    </message>
    <message>
        <source>a phone number is empty</source>
        <translation>un numéro de téléphone est vide</translation>
    </message>
    <message>
        <source>has no country code (+CC) and the contact has no country to take it from; write it as +CC ... or set the office&apos;s country</source>
        <translation>n’a pas d’indicatif de pays (+CC) et le contact n’a aucun pays dont le tirer&#xa0;; écrivez-le sous la forme +CC ... ou indiquez le pays du bureau</translation>
    </message>
    <message>
        <source>has an unknown country code</source>
        <translation>a un indicatif de pays inconnu</translation>
    </message>
    <message>
        <source>is too short</source>
        <translation>est trop court</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>est trop long</translation>
    </message>
    <message>
        <source>is too short for its country</source>
        <translation>est trop court pour son pays</translation>
    </message>
    <message>
        <source>is too long for its country</source>
        <translation>est trop long pour son pays</translation>
    </message>
    <message>
        <source>is not a possible phone number</source>
        <translation>n’est pas un numéro de téléphone possible</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Beat</source>
        <translation>Domaine de couverture</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de révision</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{field} {number}</source>
        <translation>{field} {number}</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{field} ({value}): {message}</source>
        <translation>{field} ({value})&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Ligne {row}&#xa0;: {problem}</translation>
    </message>
</context>
</TS>
