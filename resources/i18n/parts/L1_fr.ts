<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Alerts</name>
    <message>
        <source>The database could not be written: {reason}</source>
        <translation>Impossible d’écrire dans la base de données&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
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
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>The contact&apos;s full name</source>
        <translation>Nom complet du contact</translation>
    </message>
    <message>
        <source>The contact&apos;s job title</source>
        <translation>Fonction occupée par le contact</translation>
    </message>
    <message>
        <source>The IOM office the contact belongs to</source>
        <translation>Bureau de l’OIM auquel le contact est rattaché</translation>
    </message>
    <message>
        <source>The contact&apos;s country</source>
        <translation>Pays du contact</translation>
    </message>
    <message>
        <source>The first phone number</source>
        <translation>Premier numéro de téléphone</translation>
    </message>
    <message>
        <source>The first email address</source>
        <translation>Première adresse électronique</translation>
    </message>
    <message>
        <source>How many articles name the contact</source>
        <translation>Nombre d’articles qui citent le contact</translation>
    </message>
    <message>
        <source>When IOM Desk last sent the contact a message</source>
        <translation>Date du dernier message envoyé au contact depuis IOM Desk</translation>
    </message>
    <message>
        <source>{name}, do not contact</source>
        <translation>{name}, ne pas contacter</translation>
    </message>
    <message>
        <source>Do not contact: {reason}</source>
        <translation>Ne pas contacter&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Do not contact: no reason given</source>
        <translation>Ne pas contacter&#xa0;: aucun motif indiqué</translation>
    </message>
    <message>
        <source>Not valid under today&apos;s numbering plan; kept as entered</source>
        <translation>Non valide selon le plan de numérotation actuel&#xa0;; conservé tel que saisi</translation>
    </message>
    <message>
        <source>{country} ({code})</source>
        <translation>{country} ({code})</translation>
    </message>
    <message>
        <source>Newest send in the history: {when}</source>
        <translation>Envoi le plus récent de l’historique&#xa0;: {when}</translation>
    </message>
    <message>
        <source>{phone}, unverified</source>
        <translation>{phone}, non vérifié</translation>
    </message>
</context>
<context>
    <name>ContactsController</name>
    <message>
        <source>Cannot save the contact</source>
        <translation>Impossible d’enregistrer le contact</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Contact enregistré&#xa0;: {name}</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>{name} was deleted by someone else after you opened it. Your edits are still in the editor: save again to store them as a new contact, or cancel.</source>
        <translation>Le contact {name} a été supprimé par quelqu’un d’autre après son ouverture. Vos modifications sont toujours dans l’éditeur&#xa0;: enregistrez à nouveau pour les conserver comme nouveau contact, ou annulez.</translation>
    </message>
    <message>
        <source>Saved {name}: your changes applied on top of your colleague&apos;s</source>
        <translation>Contact {name} enregistré&#xa0;: vos modifications ont été appliquées par-dessus celles de votre collègue</translation>
    </message>
    <message>
        <source>Your edits were discarded: the editor shows {name} as your colleague saved it</source>
        <translation>Vos modifications ont été abandonnées&#xa0;: l’éditeur affiche {name} tel que votre collègue l’a enregistré</translation>
    </message>
    <message>
        <source>Cannot show the history</source>
        <translation>Impossible d’afficher l’historique</translation>
    </message>
    <message>
        <source>Cannot restore this version</source>
        <translation>Impossible de restaurer cette version</translation>
    </message>
    <message>
        <source>Restored {name} as it was at version {version}. Undo with {key}.</source>
        <translation>Le contact {name} a été restauré tel qu’il était à la version {version}. Pour annuler&#xa0;: {key}.</translation>
    </message>
    <message>
        <source>{name} is already as it was at version {version}</source>
        <translation>Le contact {name} est déjà tel qu’il était à la version {version}</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Impossible de supprimer</translation>
    </message>
    <message>
        <source>Deleted {name}. Undo with {key}.</source>
        <translation>Contact supprimé&#xa0;: {name}. Pour annuler&#xa0;: {key}.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contacts. Undo with {key}.</source>
        <translation>
            <numerusform>%Ln contact supprimé. Pour annuler&#xa0;: {key}.</numerusform>
            <numerusform>%Ln contacts supprimés. Pour annuler&#xa0;: {key}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln sample contacts</source>
        <translation>
            <numerusform>%Ln contact d’exemple chargé</numerusform>
            <numerusform>%Ln contacts d’exemple chargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln addresses</source>
        <translation>
            <numerusform>%Ln adresse copiée</numerusform>
            <numerusform>%Ln adresses copiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln contact cards</source>
        <translation>
            <numerusform>%Ln fiche de contact copiée</numerusform>
            <numerusform>%Ln fiches de contact copiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln vCards</source>
        <translation>
            <numerusform>%Ln vCard copiée</numerusform>
            <numerusform>%Ln vCard copiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot load the sample contacts</source>
        <translation>Impossible de charger les contacts d’exemple</translation>
    </message>
    <message>
        <source>Restore version {version} of {name}</source>
        <comment>after Undo or Redo in the Edit menu</comment>
        <translation>la restauration de la version {version} de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Copied email: {text}</source>
        <translation>Adresse électronique copiée&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Copied phone: {text}</source>
        <translation>Numéro de téléphone copié&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Copied address: {text}</source>
        <translation>Adresse copiée&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Copied email</source>
        <translation>Adresse électronique copiée</translation>
    </message>
    <message>
        <source>Copied phone</source>
        <translation>Numéro de téléphone copié</translation>
    </message>
    <message>
        <source>Copied 1 address</source>
        <translation>1 adresse copiée</translation>
    </message>
    <message>
        <source>Copied contact card</source>
        <translation>Fiche du contact copiée</translation>
    </message>
    <message>
        <source>Copied vCard</source>
        <translation>vCard copiée</translation>
    </message>
    <message>
        <source>Copied {what}</source>
        <translation>Copié&#xa0;: {what}</translation>
    </message>
    <message>
        <source>The selected contacts have no email address: nothing copied</source>
        <translation>Les contacts sélectionnés n’ont pas d’adresse électronique&#xa0;: rien n’a été copié</translation>
    </message>
    <message>
        <source>{name} has no email address</source>
        <translation>{name} n’a pas d’adresse électronique</translation>
    </message>
    <message>
        <source>{name} has no phone number</source>
        <translation>{name} n’a pas de numéro de téléphone</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>IOM Desk: unexpected error</source>
        <translation>IOM Desk&#xa0;: erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong inside IOM Desk. Your data is safe: the change in progress was not saved.
Please send the details below to the IOM Desk maintainers.</source>
        <translation>Un problème est survenu dans IOM Desk. Vos données sont intactes&#xa0;: la modification en cours n’a pas été enregistrée.
Veuillez envoyer les détails ci-dessous aux responsables de la maintenance d’IOM Desk.</translation>
    </message>
    <message>
        <source>A copy is in the log file {path}.</source>
        <translation>Une copie figure dans le fichier journal {path}.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <source>The technical details of the error, to send to the maintainers</source>
        <translation>Les détails techniques de l’erreur, à envoyer aux responsables de la maintenance</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Copies the error details to the clipboard</source>
        <translation>Copie les détails de l’erreur dans le presse-papiers</translation>
    </message>
    <message>
        <source>Closes this message; IOM Desk keeps running</source>
        <translation>Ferme ce message&#xa0;; IOM Desk reste ouvert</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Télécopie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Public role</source>
        <translation>Rôle public</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>mail client</source>
        <translation>messagerie</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>copié</translation>
    </message>
    <message>
        <source>Created {when} by {who}</source>
        <translation>Créé le {when} par {who}</translation>
    </message>
    <message>
        <source>Edited {when} by {who}</source>
        <translation>Modifié le {when} par {who}</translation>
    </message>
    <message>
        <source>Change undone {when} by {who}</source>
        <translation>Modification annulée le {when} par {who}</translation>
    </message>
    <message>
        <source>Change redone {when} by {who}</source>
        <translation>Modification rétablie le {when} par {who}</translation>
    </message>
    <message>
        <source>Restored {when} by {who}</source>
        <translation>Restauré le {when} par {who}</translation>
    </message>
    <message>
        <source>Undeleted {when} by {who}</source>
        <translation>Suppression annulée le {when} par {who}</translation>
    </message>
    <message>
        <source>Imported {when} by {who}</source>
        <translation>Importé le {when} par {who}</translation>
    </message>
    <message>
        <source>Linked to an article {when} by {who}</source>
        <translation>Lié à un article le {when} par {who}</translation>
    </message>
    <message>
        <source>Unlinked from an article {when} by {who}</source>
        <translation>Détaché d’un article le {when} par {who}</translation>
    </message>
    <message>
        <source>Marked do not contact {when} by {who}</source>
        <translation>Marqué «&#xa0;ne pas contacter&#xa0;» le {when} par {who}</translation>
    </message>
    <message>
        <source>Contact allowed again {when} by {who}</source>
        <translation>Contact de nouveau autorisé le {when} par {who}</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Sent {when} by {who}</source>
        <translation>Envoyé le {when} par {who}</translation>
    </message>
    <message>
        <source>Sent {when} by an unknown user</source>
        <translation>Envoyé le {when} par un utilisateur inconnu</translation>
    </message>
    <message>
        <source>How: {channel}</source>
        <translation>Mode d’envoi&#xa0;: {channel}</translation>
    </message>
    <message>
        <source>List: {name}</source>
        <translation>Liste&#xa0;: {name}</translation>
    </message>
    <message>
        <source>No mail program took the link: the addresses were copied to the clipboard</source>
        <translation>Aucun logiciel de messagerie n’a pris en charge le lien&#xa0;: les adresses ont été copiées dans le presse-papiers</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Détails du contact</translation>
    </message>
    <message>
        <source>The selected contact&apos;s phones, emails, articles and history</source>
        <translation>Téléphones, adresses électroniques, articles et historique du contact sélectionné</translation>
    </message>
    <message>
        <source>Select a contact to see its phones, emails and articles.</source>
        <translation>Sélectionnez un contact pour afficher ses téléphones, ses adresses électroniques et ses articles.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit this contact ({key})</source>
        <translation>Modifier ce contact ({key})</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>History...</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Who changed this contact, when, and what; restore an earlier version ({key})</source>
        <translation>Qui a modifié ce contact, quand et quoi&#xa0;; restaurer une version antérieure ({key})</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Historique de {name}</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Aucun numéro de téléphone</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <source>No email address</source>
        <translation>Aucune adresse électronique</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Articles ({count})</source>
        <translation>Articles ({count})</translation>
    </message>
    <message>
        <source>Articles naming this contact</source>
        <translation>Articles qui citent ce contact</translation>
    </message>
    <message>
        <source>Enter or a double click opens the article</source>
        <translation>Entrée ou un double-clic ouvre l’article</translation>
    </message>
    <message>
        <source>Not named in any article yet</source>
        <translation>Cité dans aucun article pour l’instant</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Not contacted from IOM Desk yet</source>
        <translation>Pas encore contacté depuis IOM Desk</translation>
    </message>
    <message>
        <source>Outreach history, newest first</source>
        <translation>Historique des envois, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>The messages sent to this contact from IOM Desk</source>
        <translation>Les messages envoyés à ce contact depuis IOM Desk</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show the whole outreach history</source>
        <translation>Afficher tout l’historique des envois</translation>
    </message>
    <message>
        <source>Lists every message sent to this contact</source>
        <translation>Affiche tous les messages envoyés à ce contact</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>utilisateur inconnu</translation>
    </message>
    <message>
        <source>{action} {when} by {who}</source>
        <translation>{action} le {when} par {who}</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Protection des données</translation>
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
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>review due</source>
        <translation>à réviser</translation>
    </message>
    <message>
        <source>The review date has passed: check this contact&apos;s data is still needed</source>
        <translation>La date de révision est passée&#xa0;: vérifiez que les données de ce contact sont toujours nécessaires</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy {value}</source>
        <translation>Copier {value}</translation>
    </message>
    <message>
        <source>Copy phone number {value}</source>
        <translation>Copier le numéro de téléphone {value}</translation>
    </message>
    <message>
        <source>Copy email address {value}</source>
        <translation>Copier l’adresse électronique {value}</translation>
    </message>
    <message>
        <source>As entered: {number}</source>
        <translation>Tel que saisi&#xa0;: {number}</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>sans pays</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>No country code and no country known; kept as entered (add +CC to it)</source>
        <translation>Ni indicatif ni pays connus&#xa0;; conservé tel que saisi (ajoutez-y l’indicatif +CC)</translation>
    </message>
    <message>
        <source>Not valid under today&apos;s numbering plan; kept as entered</source>
        <translation>Non valide selon le plan de numérotation actuel&#xa0;; conservé tel que saisi</translation>
    </message>
    <message>
        <source>Copy {number}</source>
        <translation>Copier {number}</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>Appeler le {number}</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Write to {address}</source>
        <translation>Écrire à {address}</translation>
    </message>
    <message>
        <source>Write email to {address}</source>
        <translation>Écrire un courriel à {address}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>Do not contact since {date}: {reason}</source>
        <translation>Ne pas contacter (depuis le {date})&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Do not contact: {reason}</source>
        <translation>Ne pas contacter&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>This contact is never put into an email, a BCC or a list send (Contact &gt; Allow contact again to undo)</source>
        <translation>Ce contact n’est jamais ajouté à un courriel, à une Cci ni à un envoi à une liste (Contact &gt; Autoriser de nouveau le contact pour annuler)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search names, offices, emails, phone digits, articles  ({key})</source>
        <translation>Rechercher noms, bureaux, courriels, chiffres de téléphone, articles  ({key})</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>Shows the contacts whose name, office, email, phone digits or articles match as you type</source>
        <translation>Affiche, au fil de la saisie, les contacts dont le nom, le bureau, le courriel, les chiffres de téléphone ou les articles correspondent</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Add a contact ({key})</source>
        <translation>Ajouter un contact ({key})</translation>
    </message>
    <message>
        <source>Email selected</source>
        <translation>Écrire à la sélection</translation>
    </message>
    <message>
        <source>One message to every selected contact, addresses in BCC ({key})</source>
        <translation>Un seul message à tous les contacts sélectionnés, adresses en Cci ({key})</translation>
    </message>
    <message>
        <source>Your directory is empty. Load the sample contacts to try IOM Desk, import a CSV or vCard file, or add your own ({key}).</source>
        <translation>Votre annuaire est vide. Chargez les contacts d’exemple pour essayer IOM Desk, importez un fichier CSV ou vCard, ou ajoutez vos propres contacts ({key}).</translation>
    </message>
    <message>
        <source>Load sample contacts</source>
        <translation>Charger les exemples</translation>
    </message>
    <message>
        <source>Adds a few example contacts to try IOM Desk</source>
        <translation>Ajoute quelques contacts d’exemple pour essayer IOM Desk</translation>
    </message>
    <message>
        <source>Import a file...</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <source>Imports contacts from a CSV or vCard file</source>
        <translation>Importe des contacts depuis un fichier CSV ou vCard</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hides this message</source>
        <translation>Masque ce message</translation>
    </message>
    <message>
        <source>Narrow by office, country, tag or list</source>
        <translation>Filtrer par bureau, pays, étiquette ou liste</translation>
    </message>
    <message>
        <source>Choose an office, country, tag, language, beat or list to show only its contacts</source>
        <translation>Choisissez un bureau, un pays, une étiquette, une langue, une rubrique ou une liste pour n’afficher que ses contacts</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>The contacts found; Enter writes an email, the context menu copies, edits or deletes</source>
        <translation>Les contacts trouvés&#xa0;; Entrée écrit un courriel, le menu contextuel copie, modifie ou supprime</translation>
    </message>
    <message>
        <source>Contacts and articles</source>
        <translation>Contacts et articles</translation>
    </message>
    <message>
        <source>Switches between the contacts and the articles</source>
        <translation>Passe des contacts aux articles et inversement</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>Contac&amp;ts</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>A&amp;rticles</translation>
    </message>
    <message>
        <source>Number of contacts shown</source>
        <translation>Nombre de contacts affichés</translation>
    </message>
    <message>
        <source>&amp;New contact...</source>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <source>&amp;Edit contact...</source>
        <translation>&amp;Modifier le contact…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Who changed this contact, when, and what; restore an earlier version</source>
        <translation>Qui a modifié ce contact, quand et quoi&#xa0;; restaurer une version antérieure</translation>
    </message>
    <message>
        <source>Add to &amp;list...</source>
        <translation>A&amp;jouter à une liste…</translation>
    </message>
    <message>
        <source>Put the selected contacts on a distribution list</source>
        <translation>Ajouter les contacts sélectionnés à une liste de diffusion</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>Take the selected contacts off the list shown</source>
        <translation>Retirer les contacts sélectionnés de la liste affichée</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>&amp;Copy Name &lt;email&gt;</source>
        <translation>Copier &amp;Nom &lt;email&gt;</translation>
    </message>
    <message>
        <source>Copy the selected contacts as Name &lt;email&gt; lines</source>
        <translation>Copier les contacts sélectionnés sous forme de lignes Nom &lt;email&gt;</translation>
    </message>
    <message>
        <source>Copy e&amp;mail</source>
        <translation>Copier l’adresse é&amp;lectronique</translation>
    </message>
    <message>
        <source>Copy con&amp;tact card</source>
        <translation>Copier la &amp;fiche du contact</translation>
    </message>
    <message>
        <source>Import press release from the c&amp;lipboard</source>
        <translation>Importer un communiqué depuis le presse-p&amp;apiers</translation>
    </message>
    <message>
        <source>Copy &amp;phone (E.164)</source>
        <translation>Copier le &amp;téléphone (E.164)</translation>
    </message>
    <message>
        <source>Copy as &amp;vCard</source>
        <translation>Copier au format &amp;vCard</translation>
    </message>
    <message>
        <source>&amp;Write email</source>
        <translation>Écrire un c&amp;ourriel</translation>
    </message>
    <message>
        <source>Write to this contact (Enter)</source>
        <translation>Écrire à ce contact (Entrée)</translation>
    </message>
    <message>
        <source>Email &amp;selected (BCC)...</source>
        <translation>Écrire à la sélection (&amp;Cci)…</translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation>&amp;Appeler</translation>
    </message>
    <message>
        <source>&amp;Import contacts...</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>Import a CSV or vCard file</source>
        <translation>Importer un fichier CSV ou vCard</translation>
    </message>
    <message>
        <source>E&amp;xport contacts...</source>
        <translation>E&amp;xporter des contacts…</translation>
    </message>
    <message>
        <source>&amp;Back up directory...</source>
        <translation>&amp;Sauvegarder l’annuaire…</translation>
    </message>
    <message>
        <source>Save a copy of the whole directory to a file</source>
        <translation>Enregistrer une copie de tout l’annuaire dans un fichier</translation>
    </message>
    <message>
        <source>&amp;Copy directory to...</source>
        <translation>&amp;Copier l’annuaire vers…</translation>
    </message>
    <message>
        <source>Copy this directory into a team&apos;s shared database, merging duplicates</source>
        <translation>Copier cet annuaire dans la base de données partagée d’une équipe, en fusionnant les doublons</translation>
    </message>
    <message>
        <source>Import press &amp;release...</source>
        <translation>Importer un communiqué de &amp;presse…</translation>
    </message>
    <message>
        <source>Import press releases from a &amp;folder...</source>
        <translation>Importer des communiqués depuis un &amp;dossier…</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Send to l&amp;ist...</source>
        <translation>Envoyer à une &amp;liste…</translation>
    </message>
    <message>
        <source>Send an article (or a message) to a distribution list, in BCC or as a draft</source>
        <translation>Envoyer un article (ou un message) à une liste de diffusion, en Cci ou sous forme de brouillon</translation>
    </message>
    <message>
        <source>Save search as s&amp;mart list...</source>
        <translation>Enregistrer la recherche comme liste d&amp;ynamique…</translation>
    </message>
    <message>
        <source>A list whose members are this search&apos;s results, following the data</source>
        <translation>Une liste dont les membres sont les résultats de cette recherche, à jour avec les données</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Write email (in the contacts table)</source>
        <translation>Écrire un courriel (dans le tableau des contacts)</translation>
    </message>
    <message>
        <source>Clear the search (in the search field)</source>
        <translation>Effacer la recherche (dans le champ de recherche)</translation>
    </message>
    <message>
        <source>Go to the results (in the search field)</source>
        <translation>Aller aux résultats (dans le champ de recherche)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>À &amp;propos d’{app}</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>La recherche a échoué</translation>
    </message>
    <message numerus="yes">
        <source>{shown} contacts</source>
        <translation>
            <numerusform>{shown} contact</numerusform>
            <numerusform>{shown} contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} contacts</source>
        <translation>
            <numerusform>{shown} sur {total} contact</numerusform>
            <numerusform>{shown} sur {total} contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>Add {name}</source>
        <comment>after Undo or Redo in the Edit menu</comment>
        <translation>l’ajout de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <comment>after Undo or Redo in the Edit menu</comment>
        <translation>la modification de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <comment>after Undo or Redo in the Edit menu</comment>
        <translation>la suppression de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete {count} contacts</source>
        <comment>after Undo or Redo in the Edit menu</comment>
        <translation>la suppression de {count} contacts</translation>
    </message>
    <message>
        <source>Delete article {title}</source>
        <comment>after Undo or Redo in the Edit menu</comment>
        <translation>la suppression de l’article «&#xa0;{title}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message>
        <source>Cannot undo</source>
        <translation>Impossible d’annuler</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>IOM Desk cannot open its database.

{reason}</source>
        <translation>IOM Desk ne peut pas ouvrir sa base de données.

{reason}</translation>
    </message>
    <message>
        <source>Open my own directory file</source>
        <translation>Ouvrir mon propre fichier d’annuaire</translation>
    </message>
    <message>
        <source>Opens the directory file on this computer instead of the team database</source>
        <translation>Ouvre le fichier d’annuaire de cet ordinateur au lieu de la base de données de l’équipe</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Chooses the file in a file dialog</source>
        <translation>Choisit le fichier dans une boîte de dialogue</translation>
    </message>
</context>
</TS>
