<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos d’{app}</translation>
    </message>
    <message>
        <source>A desktop directory of media contacts for IOM country offices.</source>
        <translation>Un annuaire de contacts médias, sur le poste de travail, pour les bureaux de pays de l’OIM.</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Select this line to copy it, for example into a support request</source>
        <translation>Sélectionnez cette ligne pour la copier, par exemple dans une demande d’assistance</translation>
    </message>
    <message>
        <source>Close this box</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
</context>
<context>
    <name>AccessController</name>
    <message>
        <source>Searching, copying and writing emails work; adding, editing, deleting, importing and list changes are turned off, and sends are not recorded in the history.</source>
        <translation>La recherche, la copie et la rédaction de courriels restent possibles&#xa0;; l’ajout, la modification, la suppression, l’importation et les changements de listes sont désactivés, et les envois ne sont pas consignés dans l’historique.</translation>
    </message>
    <message>
        <source>You have read-only access to this team directory: the database role {role} may only read it.</source>
        <translation>Vous avez un accès en lecture seule à cet annuaire d’équipe&#xa0;: le rôle de base de données {role} ne peut que le lire.</translation>
    </message>
    <message>
        <source>You have read-only access to this team directory: the database server accepts only reading now.</source>
        <translation>Vous avez un accès en lecture seule à cet annuaire d’équipe&#xa0;: le serveur de base de données n’accepte actuellement que la lecture.</translation>
    </message>
    <message>
        <source>You have read-only access to this directory: the file {path} cannot be written.</source>
        <translation>Vous avez un accès en lecture seule à cet annuaire&#xa0;: le fichier {path} n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>You have read-only access to this directory: the folder {path} cannot be written.</source>
        <translation>Vous avez un accès en lecture seule à cet annuaire&#xa0;: le dossier {path} n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>in-memory directory</source>
        <translation>annuaire en mémoire</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>socket local</translation>
    </message>
    <message>
        <source>team database {database} ({where})</source>
        <translation>base de données d’équipe {database} ({where})</translation>
    </message>
    <message>
        <source>Connect to &amp;team database...</source>
        <translation>Se connecter à la base de données d’é&amp;quipe…</translation>
    </message>
    <message>
        <source>Open a directory shared on a PostgreSQL server, or go back to your own file</source>
        <translation>Ouvrir un annuaire partagé sur un serveur PostgreSQL, ou revenir à votre propre fichier</translation>
    </message>
    <message>
        <source>{app} - {directory}</source>
        <translation>{app} - {directory}</translation>
    </message>
    <message>
        <source>Directory and connection</source>
        <translation>Annuaire et connexion</translation>
    </message>
    <message>
        <source>{directory}: connected (read-only)</source>
        <translation>{directory}&#xa0;: connecté (lecture seule)</translation>
    </message>
    <message>
        <source>{directory}: connected</source>
        <translation>{directory}&#xa0;: connecté</translation>
    </message>
    <message>
        <source>{directory}: cannot be reached, reconnecting... (read-only)</source>
        <translation>{directory}&#xa0;: injoignable, reconnexion en cours… (lecture seule)</translation>
    </message>
    <message>
        <source>{directory}: cannot be reached, reconnecting...</source>
        <translation>{directory}&#xa0;: injoignable, reconnexion en cours…</translation>
    </message>
    <message>
        <source>{directory} (read-only)</source>
        <translation>{directory} (lecture seule)</translation>
    </message>
    <message>
        <source>The team database can be reached again: saving works again.</source>
        <translation>La base de données d’équipe est de nouveau accessible&#xa0;: l’enregistrement fonctionne de nouveau.</translation>
    </message>
    <message>
        <source>Opened {directory}</source>
        <translation>Ouvert&#xa0;: {directory}</translation>
    </message>
</context>
<context>
    <name>AddToListDialog</name>
    <message>
        <source>Add to list</source>
        <translation>Ajouter à une liste</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln contact(s) to the list (choose one, or type a new name):</source>
        <translation>
            <numerusform>Ajouter %Ln contact à la liste (choisissez-en une ou saisissez un nouveau nom)&#xa0;:</numerusform>
            <numerusform>Ajouter %Ln contacts à la liste (choisissez-en une ou saisissez un nouveau nom)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>List name</source>
        <translation>Nom de la liste</translation>
    </message>
    <message>
        <source>Choose a list, or type a name to make a new list</source>
        <translation>Choisissez une liste, ou saisissez un nom pour en créer une nouvelle</translation>
    </message>
    <message>
        <source>Adds the contacts to this list</source>
        <translation>Ajoute les contacts à cette liste</translation>
    </message>
    <message>
        <source>Closes without adding anyone</source>
        <translation>Ferme sans ajouter personne</translation>
    </message>
</context>
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
    <name>ArticleTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>ArticlesView</name>
    <message>
        <source>Search article titles, places and text</source>
        <translation>Rechercher dans les titres, les lieux et le texte des articles</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Rechercher des articles</translation>
    </message>
    <message>
        <source>Shows the articles whose title, place or text match</source>
        <translation>Affiche les articles dont le titre, le lieu ou le texte correspondent</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>The press releases saved, newest first; select one to read it</source>
        <translation>Les communiqués de presse enregistrés, du plus récent au plus ancien&#xa0;; sélectionnez-en un pour le lire</translation>
    </message>
    <message>
        <source>Title of the article</source>
        <translation>Titre de l’article</translation>
    </message>
    <message>
        <source>The title of the selected article</source>
        <translation>Le titre de l’article sélectionné</translation>
    </message>
    <message>
        <source>Date, place and link</source>
        <translation>Date, lieu et lien</translation>
    </message>
    <message>
        <source>The date, the place and the web address of the selected article</source>
        <translation>La date, le lieu et l’adresse web de l’article sélectionné</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <source>The full text of the selected article, read-only</source>
        <translation>Le texte intégral de l’article sélectionné, en lecture seule</translation>
    </message>
    <message>
        <source>Contacts named in this article (double-click to write to one):</source>
        <translation>Contacts cités dans cet article (double-cliquez sur un contact pour lui écrire)&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts linked to this article</source>
        <translation>Contacts liés à cet article</translation>
    </message>
    <message>
        <source>Double-click a contact to write to them</source>
        <translation>Double-cliquez sur un contact pour lui écrire</translation>
    </message>
    <message>
        <source>Link contact...</source>
        <translation>Lier un contact…</translation>
    </message>
    <message>
        <source>Chooses a contact to link to this article</source>
        <translation>Permet de choisir un contact à lier à cet article</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Dissocier</translation>
    </message>
    <message>
        <source>Removes the selected contact from this article; the contact stays</source>
        <translation>Retire le contact sélectionné de cet article&#xa0;; le contact est conservé</translation>
    </message>
    <message>
        <source>Show in Contacts</source>
        <translation>Afficher dans Contacts</translation>
    </message>
    <message>
        <source>Shows the selected contact in the Contacts view</source>
        <translation>Affiche le contact sélectionné dans la vue Contacts</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Supprimer l’article</translation>
    </message>
    <message>
        <source>Deletes the article only; its contacts stay. Undo with {shortcut}.</source>
        <translation>Supprime uniquement l’article&#xa0;; ses contacts sont conservés. Annulez avec {shortcut}.</translation>
    </message>
    <message>
        <source>Send to list...</source>
        <translation>Envoyer à une liste…</translation>
    </message>
    <message>
        <source>Send this article to a distribution list: its title as subject, its link in the message ({shortcut})</source>
        <translation>Envoyer cet article à une liste de diffusion&#xa0;: son titre en objet, son lien dans le message ({shortcut})</translation>
    </message>
    <message>
        <source>Select an article</source>
        <translation>Sélectionnez un article</translation>
    </message>
    <message>
        <source>No articles yet: File &gt; Import press release</source>
        <translation>Aucun article pour l’instant&#xa0;: Fichier &gt; Importer un communiqué de presse</translation>
    </message>
    <message>
        <source>Contact linked to the article</source>
        <translation>Contact lié à l’article</translation>
    </message>
    <message>
        <source>{name} unlinked from the article</source>
        <translation>Contact dissocié de l’article&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>BccDialog</name>
    <message>
        <source>Email selected contacts</source>
        <translation>Écrire aux contacts sélectionnés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) do not fit in one email link: mail clients such as Outlook cut links longer than about {limit} characters and would drop addresses silently.

Open the {messages} messages below one by one (each has its addresses in BCC), or copy all the addresses and paste them into the BCC field of one message.</source>
        <translation>
            <numerusform>%Ln adresse ne tient pas dans un seul lien de courriel&#xa0;: les clients de messagerie comme Outlook tronquent les liens de plus de {limit} caractères environ et perdraient des adresses sans prévenir.

Ouvrez un par un les {messages} messages ci-dessous (chacun avec ses adresses en Cci), ou copiez toutes les adresses et collez-les dans le champ Cci d’un seul message.</numerusform>
            <numerusform>%Ln adresses ne tiennent pas dans un seul lien de courriel&#xa0;: les clients de messagerie comme Outlook tronquent les liens de plus de {limit} caractères environ et perdraient des adresses sans prévenir.

Ouvrez un par un les {messages} messages ci-dessous (chacun avec ses adresses en Cci), ou copiez toutes les adresses et collez-les dans le champ Cci d’un seul message.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open message {i} of {count} (%Ln address(es))</source>
        <translation>
            <numerusform>Ouvrir le message {i} sur {count} (%Ln adresse)</numerusform>
            <numerusform>Ouvrir le message {i} sur {count} (%Ln adresses)</numerusform>
        </translation>
    </message>
    <message>
        <source>Opens this message in your mail client, its addresses in BCC</source>
        <translation>Ouvre ce message dans votre client de messagerie, avec ses adresses en Cci</translation>
    </message>
    <message numerus="yes">
        <source>Open message {i} of {count} (%Ln address(es))  - opened</source>
        <translation>
            <numerusform>Ouvrir le message {i} sur {count} (%Ln adresse) – ouvert</numerusform>
            <numerusform>Ouvrir le message {i} sur {count} (%Ln adresses) – ouvert</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy all addresses</source>
        <translation>Copier toutes les adresses</translation>
    </message>
    <message>
        <source>Copies every address to the clipboard, to paste into the BCC field of one message</source>
        <translation>Copie toutes les adresses dans le presse-papiers, à coller dans le champ Cci d’un message</translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es)</source>
        <translation>
            <numerusform>%Ln adresse</numerusform>
            <numerusform>%Ln adresses</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Ferme cette fenêtre</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>{name} was changed after you opened it: {who} saved it at {time} on {date}. Your save was refused and nothing was overwritten.</source>
        <translation>Le contact {name} a été modifié après que vous l’avez ouvert&#xa0;: {who} l’a enregistré le {date} à {time}. Votre enregistrement a été refusé et rien n’a été écrasé.</translation>
    </message>
    <message>
        <source>{name} was changed after you opened it: someone else saved it at {time} on {date}. Your save was refused and nothing was overwritten.</source>
        <translation>Le contact {name} a été modifié après que vous l’avez ouvert&#xa0;: une autre personne l’a enregistré le {date} à {time}. Votre enregistrement a été refusé et rien n’a été écrasé.</translation>
    </message>
    <message>
        <source>{name} was changed after you opened it: someone else saved it. Your save was refused and nothing was overwritten.</source>
        <translation>Le contact {name} a été modifié après que vous l’avez ouvert&#xa0;: une autre personne l’a enregistré. Votre enregistrement a été refusé et rien n’a été écrasé.</translation>
    </message>
    <message>
        <source>Apply my changes on top: your changes to {mine} are applied; your colleague&apos;s changes to {theirs} are kept.</source>
        <translation>Appliquer mes modifications par-dessus&#xa0;: vos modifications ({mine}) seront appliquées&#xa0;; celles de votre collègue ({theirs}) seront conservées.</translation>
    </message>
    <message>
        <source>Apply my changes on top: your changes to {mine} are applied.</source>
        <translation>Appliquer mes modifications par-dessus&#xa0;: vos modifications ({mine}) seront appliquées.</translation>
    </message>
    <message>
        <source>Apply my changes on top: your colleague&apos;s changes to {theirs} are kept.</source>
        <translation>Appliquer mes modifications par-dessus&#xa0;: les modifications de votre collègue ({theirs}) seront conservées.</translation>
    </message>
    <message>
        <source>Apply my changes on top: nothing differs.</source>
        <translation>Appliquer mes modifications par-dessus&#xa0;: aucune différence.</translation>
    </message>
    <message>
        <source>You both changed {fields}: your version wins there.</source>
        <translation>Vous avez tous deux modifié les champs suivants&#xa0;: {fields}&#xa0;; votre version l’emporte.</translation>
    </message>
    <message>
        <source>Someone else changed this contact</source>
        <translation>Une autre personne a modifié ce contact</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>À l’ouverture</translation>
    </message>
    <message>
        <source>Colleague&apos;s version (now)</source>
        <translation>Version du collègue (actuelle)</translation>
    </message>
    <message>
        <source>Your edits</source>
        <translation>Vos modifications</translation>
    </message>
    <message>
        <source>Differences between your edits and your colleague&apos;s version</source>
        <translation>Différences entre vos modifications et la version de votre collègue</translation>
    </message>
    <message>
        <source>One row for each field that differs: its value when you opened the contact, your colleague&apos;s value now and your value. Yellow: your colleague changed it; blue: you changed it; red: you both changed it.</source>
        <translation>Une ligne par champ qui diffère&#xa0;: sa valeur à l’ouverture du contact, la valeur actuelle de votre collègue et la vôtre. Jaune&#xa0;: modifié par votre collègue&#xa0;; bleu&#xa0;: modifié par vous&#xa0;; rouge&#xa0;: modifié par vous deux.</translation>
    </message>
    <message>
        <source>{field}
both changed:
yours wins</source>
        <translation>{field}
modifié des deux côtés&#xa0;:
votre version l’emporte</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Yellow: your colleague changed it. Blue: you changed it. Red: you both changed it.</source>
        <translation>Jaune&#xa0;: modifié par votre collègue. Bleu&#xa0;: modifié par vous. Rouge&#xa0;: modifié par vous deux.</translation>
    </message>
    <message>
        <source>&amp;Apply my changes on top</source>
        <translation>&amp;Appliquer mes modifications par-dessus</translation>
    </message>
    <message>
        <source>Save your edits over your colleague&apos;s version; the fields you did not change keep your colleague&apos;s values ({keys})</source>
        <translation>Enregistrer vos modifications par-dessus la version de votre collègue&#xa0;; les champs que vous n’avez pas modifiés gardent les valeurs de votre collègue ({keys})</translation>
    </message>
    <message>
        <source>&amp;Discard mine</source>
        <translation>&amp;Ignorer mes modifications</translation>
    </message>
    <message>
        <source>Forget your edits and load your colleague&apos;s version into the editor</source>
        <translation>Abandonner vos modifications et charger la version de votre collègue dans l’éditeur</translation>
    </message>
    <message>
        <source>Back to the editor with your edits</source>
        <translation>Revenir à l’éditeur avec vos modifications</translation>
    </message>
    <message>
        <source>{value} (changed by your colleague)</source>
        <translation>{value} (modifié par votre collègue)</translation>
    </message>
    <message>
        <source>{value} (changed by you)</source>
        <translation>{value} (modifié par vous)</translation>
    </message>
    <message>
        <source>{value} (changed by you both)</source>
        <translation>{value} (modifié par vous deux)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>the keyring package is not installed</source>
        <translation>le paquet keyring n’est pas installé</translation>
    </message>
    <message>
        <source>no system keyring is available on this computer (on Linux: no Secret Service such as GNOME Keyring or KWallet is running); IOM Desk will ask for the password at each start</source>
        <translation>aucun trousseau du système n’est disponible sur cet ordinateur (sous Linux&#xa0;: aucun service Secret Service tel que GNOME Keyring ou KWallet n’est en cours d’exécution)&#xa0;; IOM Desk demandera le mot de passe à chaque démarrage</translation>
    </message>
    <message>
        <source>Connect to team database</source>
        <translation>Connexion à la base de données d’équipe</translation>
    </message>
    <message>
        <source>A team directory is one PostgreSQL database that colleagues share. Ask whoever set it up for these details.</source>
        <translation>Un annuaire d’équipe est une base de données PostgreSQL partagée entre collègues. Demandez ces informations à la personne qui l’a mise en place.</translation>
    </message>
    <message>
        <source>The name or address of the PostgreSQL server</source>
        <translation>Le nom ou l’adresse du serveur PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Hôte</translation>
    </message>
    <message>
        <source>The server&apos;s port; PostgreSQL usually listens on 5432</source>
        <translation>Le port du serveur&#xa0;; PostgreSQL écoute généralement sur le port 5432</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>The name of the team&apos;s database on that server</source>
        <translation>Le nom de la base de données de l’équipe sur ce serveur</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>Your user name on the database server</source>
        <translation>Votre nom d’utilisateur sur le serveur de base de données</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>empty: libpq&apos;s ~/.pgpass or service file</source>
        <translation>vide&#xa0;: ~/.pgpass ou fichier de service de libpq</translation>
    </message>
    <message>
        <source>Your database password; leave it empty to use libpq&apos;s ~/.pgpass or service file</source>
        <translation>Votre mot de passe de base de données&#xa0;; laissez-le vide pour utiliser ~/.pgpass ou le fichier de service de libpq</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring so it is not asked again; it is never written to a file</source>
        <translation>Conserver le mot de passe dans le trousseau du système pour ne plus avoir à le saisir&#xa0;; il n’est jamais écrit dans un fichier</translation>
    </message>
    <message>
        <source>Connection result</source>
        <translation>Résultat de la connexion</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Check that these details reach the database, without opening it</source>
        <translation>Vérifier que ces informations permettent d’atteindre la base de données, sans l’ouvrir</translation>
    </message>
    <message>
        <source>Use my own directory &amp;file</source>
        <translation>Utiliser mon propre &amp;fichier d’annuaire</translation>
    </message>
    <message>
        <source>Forget the team database and open {path}</source>
        <translation>Oublier la base de données d’équipe et ouvrir {path}</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Open the team database and remember these details</source>
        <translation>Ouvrir la base de données d’équipe et mémoriser ces informations</translation>
    </message>
    <message>
        <source>Close this dialog and keep the directory open now</source>
        <translation>Fermer cette fenêtre sans changer d’annuaire</translation>
    </message>
    <message>
        <source>The password cannot be remembered: {reason}. It is never written to a file.</source>
        <translation>Le mot de passe ne peut pas être retenu&#xa0;: {reason}. Il n’est jamais écrit dans un fichier.</translation>
    </message>
    <message>
        <source>Connected: an empty database; IOM Desk will set up its tables there.</source>
        <translation>Connecté&#xa0;: base de données vide&#xa0;; IOM Desk y créera ses tables.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: an IOM Desk directory with %Ln contact(s).</source>
        <translation>
            <numerusform>Connecté&#xa0;: un annuaire IOM Desk avec %Ln contact.</numerusform>
            <numerusform>Connecté&#xa0;: un annuaire IOM Desk avec %Ln contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to {host}...</source>
        <translation>Connexion à {host}…</translation>
    </message>
    <message>
        <source>Opening the team database on {host}...</source>
        <translation>Ouverture de la base de données d’équipe sur {host}…</translation>
    </message>
    <message>
        <source>Connected, but the connection could not be saved: {error}</source>
        <translation>Connecté, mais la connexion n’a pas pu être enregistrée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Opening your own directory file...</source>
        <translation>Ouverture de votre propre fichier d’annuaire…</translation>
    </message>
    <message>
        <source>The saved team database could not be forgotten: {error}</source>
        <translation>La base de données d’équipe enregistrée n’a pas pu être oubliée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{app}: team database password</source>
        <translation>{app}&#xa0;: mot de passe de la base de données d’équipe</translation>
    </message>
    <message>
        <source>Password for {connection}:
(no system keyring here: it is asked at each start)</source>
        <translation>Mot de passe pour {connection}&#xa0;:
(pas de trousseau du système ici&#xa0;: il est demandé à chaque démarrage)</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
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
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées du contact</translation>
    </message>
    <message>
        <source>The fields of the contact, scrolled when they do not fit</source>
        <translation>Les champs du contact, avec défilement s’ils ne tiennent pas dans la fenêtre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The contact&apos;s full name (required)</source>
        <translation>Nom complet du contact (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>Fonction ou titre</translation>
    </message>
    <message>
        <source>The contact&apos;s role or job title</source>
        <translation>Fonction ou titre du poste du contact</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>The office or organization; existing offices are completed as you type</source>
        <translation>Le bureau ou l’organisation&#xa0;; les bureaux existants sont proposés pendant la saisie</translation>
    </message>
    <message>
        <source>IOM Zimbabwe</source>
        <comment>an example office name</comment>
        <translation>OIM Zimbabwe</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Bureau</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>The country of the contact or of its new office</source>
        <translation>Le pays du contact ou de son nouveau bureau</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Ajouter un téléphone</translation>
    </message>
    <message>
        <source>Adds a field for another phone number</source>
        <translation>Ajoute un champ pour un autre numéro de téléphone</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>Ajouter un courriel</translation>
    </message>
    <message>
        <source>Adds a field for another email address</source>
        <translation>Ajoute un champ pour une autre adresse électronique</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Words to group and find contacts by, such as media</source>
        <translation>Mots servant à regrouper et à retrouver les contacts, par exemple médias</translation>
    </message>
    <message>
        <source>media, focal point</source>
        <translation>médias, point focal</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <source>Languages, separated by commas</source>
        <translation>Langues, séparées par des virgules</translation>
    </message>
    <message>
        <source>French, English</source>
        <translation>français, anglais</translation>
    </message>
    <message>
        <source>Names or ISO 639-1 codes (fr, es), separated by commas</source>
        <translation>Noms ou codes ISO 639-1 (fr, es), séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <source>Beats, separated by commas</source>
        <translation>Rubriques, séparées par des virgules</translation>
    </message>
    <message>
        <source>health, migration</source>
        <translation>santé, migration</translation>
    </message>
    <message>
        <source>The subjects this journalist covers, separated by commas</source>
        <translation>Les sujets que couvre ce journaliste, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Beats</source>
        <translation>R&amp;ubriques</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Free notes about the contact</source>
        <translation>Notes libres sur le contact</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Open existing contact</source>
        <translation>Ouvrir le contact existant</translation>
    </message>
    <message>
        <source>Closes this editor without saving and shows the contact you already have</source>
        <translation>Ferme cet éditeur sans enregistrer et affiche le contact déjà enregistré</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Saves this contact as a new one despite the match</source>
        <translation>Enregistre ce contact comme nouveau malgré la correspondance</translation>
    </message>
    <message>
        <source>Your changes to this contact are not saved: press Cancel or Esc again to close without them, or Save to keep them.</source>
        <translation>Vos modifications de ce contact ne sont pas enregistrées&#xa0;: appuyez de nouveau sur Annuler ou Échap pour fermer sans elles, ou sur Enregistrer pour les garder.</translation>
    </message>
    <message>
        <source>Checks and saves the contact (Ctrl+Enter)</source>
        <translation>Vérifie et enregistre le contact (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Closes the editor without saving</source>
        <translation>Ferme l’éditeur sans enregistrer</translation>
    </message>
    <message>
        <source>&amp;Data protection</source>
        <translation>Protection des &amp;données</translation>
    </message>
    <message>
        <source>Show the data protection fields</source>
        <translation>Afficher les champs de protection des données</translation>
    </message>
    <message>
        <source>Shows or hides the source, the lawful basis and the review date</source>
        <translation>Affiche ou masque la source, la base juridique et la date de révision</translation>
    </message>
    <message>
        <source>Source: where this contact&apos;s data came from</source>
        <translation>Source&#xa0;: provenance des données de ce contact</translation>
    </message>
    <message>
        <source>Where the contact&apos;s data came from, such as a file</source>
        <translation>La provenance des données du contact, par exemple un fichier</translation>
    </message>
    <message>
        <source>Typed by hand</source>
        <translation>Saisi à la main</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>Why IOM may keep this contact&apos;s data</source>
        <translation>Ce qui autorise l’OIM à conserver les données de ce contact</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no lawful basis</comment>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Law&amp;ful basis</source>
        <translation>Base &amp;juridique</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Réviser le</translation>
    </message>
    <message>
        <source>Set a review date</source>
        <translation>Fixer une date de révision</translation>
    </message>
    <message>
        <source>Ticked: the contact&apos;s data is due for review on the date</source>
        <translation>Coché&#xa0;: les données du contact sont à réviser à cette date</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de révision</translation>
    </message>
    <message>
        <source>The date by which the contact&apos;s data should be reviewed</source>
        <translation>La date à laquelle les données du contact doivent être révisées</translation>
    </message>
    <message>
        <source>Re&amp;view date</source>
        <translation>Date de ré&amp;vision</translation>
    </message>
    <message>
        <source>The contact&apos;s country; phones without +CC take it.</source>
        <translation>Le pays du contact&#xa0;; les numéros sans +CC prennent son indicatif.</translation>
    </message>
    <message>
        <source>{office}: {country}.</source>
        <translation>{office}&#xa0;: {country}.</translation>
    </message>
    <message>
        <source>{office}: no country recorded.</source>
        <translation>{office}&#xa0;: aucun pays enregistré.</translation>
    </message>
    <message>
        <source>&amp;Country of the new office</source>
        <translation>&amp;Pays du nouveau bureau</translation>
    </message>
    <message>
        <source>{office} is a new office. Its country was told from its name.</source>
        <translation>{office} est un nouveau bureau. Son pays a été déduit de son nom.</translation>
    </message>
    <message>
        <source>{office} is a new office: choose its country.</source>
        <translation>{office} est un nouveau bureau&#xa0;: choisissez son pays.</translation>
    </message>
    <message>
        <source>{items} is not a language (use a name such as French or a 2-letter ISO 639-1 code such as fr)</source>
        <translation>{items} n’est pas une langue (indiquez un nom comme français ou un code ISO 639-1 à deux lettres comme fr)</translation>
    </message>
    <message>
        <source>{items} are not languages (use a name such as French or a 2-letter ISO 639-1 code such as fr)</source>
        <translation>{items} ne sont pas des langues (indiquez un nom comme français ou un code ISO 639-1 à deux lettres comme fr)</translation>
    </message>
    <message>
        <source>{name} ({office}): {reason}</source>
        <translation>{name} ({office})&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>This looks like a contact you already have:</source>
        <translation>Ce contact semble déjà figurer dans l’annuaire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ContactNames</name>
    <message numerus="yes">
        <source>{names} and %Ln other(s)</source>
        <translation>
            <numerusform>{names} et %Ln autre</numerusform>
            <numerusform>{names} et %Ln autres</numerusform>
        </translation>
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
        <source>Restore version {version} of {name}</source>
        <comment>after Undo or Redo in the Edit menu</comment>
        <translation>la restauration de la version {version} de «&#xa0;{name}&#xa0;»</translation>
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
    <message>
        <source>Cannot load the sample contacts</source>
        <translation>Impossible de charger les contacts d’exemple</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln sample contacts</source>
        <translation>
            <numerusform>%Ln contact d’exemple chargé</numerusform>
            <numerusform>%Ln contacts d’exemple chargés</numerusform>
        </translation>
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
            <numerusform>%Ln vCards copiées</numerusform>
        </translation>
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
    <name>CopyController</name>
    <message>
        <source>A copy is already running</source>
        <translation>Une copie est déjà en cours</translation>
    </message>
    <message>
        <source>Copying the directory...</source>
        <translation>Copie de l’annuaire en cours…</translation>
    </message>
    <message>
        <source>Copy directory</source>
        <translation>Copier l’annuaire</translation>
    </message>
    <message>
        <source>Copy: {summary}</source>
        <translation>Copie&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>Copy counted</source>
        <translation>Décompte de la copie terminé</translation>
    </message>
    <message>
        <source>Copy finished</source>
        <translation>Copie terminée</translation>
    </message>
    <message>
        <source>The copy failed; nothing was stored in the target</source>
        <translation>La copie a échoué&#xa0;; rien n’a été enregistré dans la cible</translation>
    </message>
    <message>
        <source>Copy cancelled: nothing was stored in the target</source>
        <translation>Copie annulée&#xa0;: rien n’a été enregistré dans la cible</translation>
    </message>
    <message>
        <source>The target database reported an error ({error}); nothing was stored in it. Check the connection and try again.</source>
        <translation>La base de données cible a signalé une erreur ({error})&#xa0;; rien n’y a été enregistré. Vérifiez la connexion et réessayez.</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <source>Skip it (leave the target&apos;s contact as it is)</source>
        <translation>L’ignorer (laisser le contact de la cible tel quel)</translation>
    </message>
    <message>
        <source>Update it (fill empty fields, add new phones, emails, tags; never remove)</source>
        <translation>Le mettre à jour (remplir les champs vides, ajouter téléphones, adresses électroniques, étiquettes&#xa0;; ne jamais supprimer)</translation>
    </message>
    <message>
        <source>Create another contact anyway</source>
        <translation>Créer quand même un autre contact</translation>
    </message>
    <message>
        <source>Copy directory to...</source>
        <translation>Copier l’annuaire vers…</translation>
    </message>
    <message>
        <source>Copies every contact of this directory, with its articles, distribution lists, send history and do-not-contact list, into another database: usually your team&apos;s shared directory. A contact the target already has (same email, else same phone, else same name and office) is handled as you choose below. Nothing is removed from either directory, and if the copy is cancelled or fails, nothing is stored in the target.</source>
        <translation>Copie tous les contacts de cet annuaire, avec ses articles, ses listes de diffusion, son historique des envois et sa liste «&#xa0;ne pas contacter&#xa0;», dans une autre base de données&#xa0;: en général l’annuaire partagé de votre équipe. Un contact que la cible possède déjà (même adresse électronique, sinon même téléphone, sinon même nom et même bureau) est traité comme vous le choisissez ci-dessous. Rien n’est supprimé dans aucun des deux annuaires et, si la copie est annulée ou échoue, rien n’est enregistré dans la cible.</translation>
    </message>
    <message>
        <source>postgresql+psycopg://user@server/directory  or a .sqlite3 file</source>
        <translation>postgresql+psycopg://utilisateur@serveur/annuaire  ou un fichier .sqlite3</translation>
    </message>
    <message>
        <source>The database to copy into: a PostgreSQL URL or the path of an SQLite file</source>
        <translation>La base de données de destination&#xa0;: une URL PostgreSQL ou le chemin d’un fichier SQLite</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose an SQLite file to copy into</source>
        <translation>Choisir un fichier SQLite de destination</translation>
    </message>
    <message>
        <source>What to do with a contact the target already has (same email, else same phone, else same name and office)</source>
        <translation>Que faire d’un contact que la cible possède déjà (même adresse électronique, sinon même téléphone, sinon même nom et même bureau)</translation>
    </message>
    <message>
        <source>&amp;Only count what would be copied (store nothing)</source>
        <translation>&amp;Uniquement compter ce qui serait copié (ne rien enregistrer)</translation>
    </message>
    <message>
        <source>Count what the copy would add and update, without storing anything in the target</source>
        <translation>Compter ce que la copie ajouterait et mettrait à jour, sans rien enregistrer dans la cible</translation>
    </message>
    <message>
        <source>&amp;Target database:</source>
        <translation>&amp;Base de données cible&#xa0;:</translation>
    </message>
    <message>
        <source>A contact it &amp;already has:</source>
        <translation>Contact &amp;déjà présent&#xa0;:</translation>
    </message>
    <message>
        <source>Close this dialog without copying</source>
        <translation>Fermer cette fenêtre sans copier</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Start the copy (it can be cancelled)</source>
        <translation>Lancer la copie (elle peut être annulée)</translation>
    </message>
    <message>
        <source>Copy into an SQLite file</source>
        <translation>Copier dans un fichier SQLite</translation>
    </message>
    <message>
        <source>IOM Desk directory (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Annuaire IOM Desk (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Would copy into {target}:</source>
        <translation>Copie prévue dans {target}&#xa0;:</translation>
    </message>
    <message>
        <source>Copied into {target}:</source>
        <translation>Copié dans {target}&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts: {added} added, {updated} updated, {skipped} skipped (of {total}).</source>
        <translation>Contacts (sur {total}) — ajoutés&#xa0;: {added}, mis à jour&#xa0;: {updated}, ignorés&#xa0;: {skipped}.</translation>
    </message>
    <message>
        <source>Articles: {added} added, {matched} already there; {links} links added.</source>
        <translation>Articles — ajoutés&#xa0;: {added}, déjà présents&#xa0;: {matched}&#xa0;; liens ajoutés&#xa0;: {links}.</translation>
    </message>
    <message>
        <source>Lists: {added} added, {merged} merged ({members} members added).</source>
        <translation>Listes — ajoutées&#xa0;: {added}, fusionnées&#xa0;: {merged} (membres ajoutés&#xa0;: {members}).</translation>
    </message>
    <message>
        <source>Send history: {entries} entries added. Do-not-contact entries: {dnc} added.</source>
        <translation>Historique des envois — entrées ajoutées&#xa0;: {entries}. Liste «&#xa0;ne pas contacter&#xa0;» — entrées ajoutées&#xa0;: {dnc}.</translation>
    </message>
    <message>
        <source>Nothing was stored (count only).</source>
        <translation>Rien n’a été enregistré (décompte seulement).</translation>
    </message>
    <message>
        <source>Already in the target:</source>
        <translation>Déjà présents dans la cible&#xa0;:</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>… et {count} de plus</translation>
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
        <translation>Dissocié d’un article le {when} par {who}</translation>
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
        <translation>Aucun article ne cite ce contact pour l’instant</translation>
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
    <name>EmailRow</name>
    <message>
        <source>Email address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>An email address of the contact</source>
        <translation>Une adresse électronique du contact</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this email</source>
        <translation>Retirer ce courriel</translation>
    </message>
    <message>
        <source>Removes this email address from the contact</source>
        <translation>Retire cette adresse électronique du contact</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>ERASE</source>
        <comment>the word the user types to confirm erasing: one word, in capitals</comment>
        <translation>EFFACER</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <source>Erase {name} for good? This cannot be undone.

The contact, with every phone, email, note, list membership, article link and outreach-ledger entry, will be deleted and wiped from the directory file. Only a hash of the emails and phones is kept (so an import never brings them back unnoticed), and an audit line records that contact ids were erased, by whom and when.</source>
        <translation>Effacer définitivement {name}&#xa0;? Cette opération est irréversible.

Le contact, avec l’ensemble de ses téléphones, adresses électroniques, notes, appartenances à des listes, liens vers des articles et entrées du journal des envois, sera supprimé et effacé du fichier de l’annuaire. Seule une empreinte (hachage) des adresses électroniques et des téléphones est conservée (afin qu’une importation ne les réintroduise jamais à votre insu), et une ligne d’audit consigne l’effacement des identifiants de contact, par qui et quand.</translation>
    </message>
    <message numerus="yes">
        <source>Erase %Ln contact(s) for good? This cannot be undone.

The contacts, with every phone, email, note, list membership, article link and outreach-ledger entry, will be deleted and wiped from the directory file. Only a hash of the emails and phones is kept (so an import never brings them back unnoticed), and an audit line records that contact ids were erased, by whom and when.</source>
        <translation>
            <numerusform>Effacer définitivement %Ln contact&#xa0;? Cette opération est irréversible.

Les contacts, avec l’ensemble de leurs téléphones, adresses électroniques, notes, appartenances à des listes, liens vers des articles et entrées du journal des envois, seront supprimés et effacés du fichier de l’annuaire. Seule une empreinte (hachage) des adresses électroniques et des téléphones est conservée (afin qu’une importation ne les réintroduise jamais à votre insu), et une ligne d’audit consigne l’effacement des identifiants de contact, par qui et quand.</numerusform>
            <numerusform>Effacer définitivement %Ln contacts&#xa0;? Cette opération est irréversible.

Les contacts, avec l’ensemble de leurs téléphones, adresses électroniques, notes, appartenances à des listes, liens vers des articles et entrées du journal des envois, seront supprimés et effacés du fichier de l’annuaire. Seule une empreinte (hachage) des adresses électroniques et des téléphones est conservée (afin qu’une importation ne les réintroduise jamais à votre insu), et une ligne d’audit consigne l’effacement des identifiants de contact, par qui et quand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts: {names}</source>
        <translation>Contacts&#xa0;: {names}</translation>
    </message>
    <message>
        <source>1 automatic backup beside the directory still holds the data; delete it afterwards to finish the erasure.</source>
        <translation>1 sauvegarde automatique à côté de l’annuaire contient encore les données&#xa0;; supprimez-la ensuite pour achever l’effacement.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln automatic backups beside the directory still hold the data; delete them afterwards to finish the erasure.</source>
        <translation>
            <numerusform>%Ln sauvegarde automatique à côté de l’annuaire contient encore les données&#xa0;; supprimez-la ensuite pour achever l’effacement.</numerusform>
            <numerusform>%Ln sauvegardes automatiques à côté de l’annuaire contiennent encore les données&#xa0;; supprimez-les ensuite pour achever l’effacement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type {word} to confirm:</source>
        <translation>Tapez {word} pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>The erase button is enabled once {word} is typed here</source>
        <translation>Le bouton d’effacement s’active une fois {word} tapé ici</translation>
    </message>
    <message>
        <source>Deletes these contacts irreversibly</source>
        <translation>Supprime ces contacts de façon irréversible</translation>
    </message>
    <message>
        <source>Closes without erasing anything</source>
        <translation>Ferme sans rien effacer</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>IOM Desk CSV (UTF-8)</source>
        <translation>CSV IOM Desk (UTF-8)</translation>
    </message>
    <message>
        <source>IOM Desk CSV for Excel (UTF-8 with BOM)</source>
        <translation>CSV IOM Desk pour Excel (UTF-8 avec BOM)</translation>
    </message>
    <message>
        <source>Google Contacts CSV</source>
        <translation>CSV Google Contacts</translation>
    </message>
    <message>
        <source>Outlook CSV</source>
        <translation>CSV Outlook</translation>
    </message>
    <message>
        <source>vCard 3.0 (.vcf)</source>
        <translation>vCard 3.0 (.vcf)</translation>
    </message>
    <message>
        <source>vCard 4.0 (.vcf)</source>
        <translation>vCard 4.0 (.vcf)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exporter des contacts</translation>
    </message>
    <message>
        <source>All contacts ({count})</source>
        <translation>Tous les contacts ({count})</translation>
    </message>
    <message>
        <source>Exports every contact of the directory</source>
        <translation>Exporte tous les contacts de l’annuaire</translation>
    </message>
    <message>
        <source>The current search results ({count}): “{query}”</source>
        <translation>Les résultats de la recherche en cours ({count})&#xa0;: «&#xa0;{query}&#xa0;»</translation>
    </message>
    <message>
        <source>Exports the contacts the current search finds</source>
        <translation>Exporte les contacts trouvés par la recherche en cours</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>Les contacts sélectionnés ({count})</translation>
    </message>
    <message>
        <source>Exports the contacts selected in the table</source>
        <translation>Exporte les contacts sélectionnés dans le tableau</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The file format: a CSV for a program, or vCard</source>
        <translation>Le format du fichier&#xa0;: un CSV pour un logiciel donné, ou vCard</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>The path of the file the contacts are written to</source>
        <translation>Le chemin du fichier dans lequel les contacts sont écrits</translation>
    </message>
    <message>
        <source>Chooses the file to write</source>
        <translation>Permet de choisir le fichier à écrire</translation>
    </message>
    <message>
        <source>&amp;To file</source>
        <translation>Fichier de &amp;destination</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Writes the chosen contacts to the file</source>
        <translation>Écrit les contacts choisis dans le fichier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes the dialog; during the export, stops it and writes no file</source>
        <translation>Ferme la boîte de dialogue&#xa0;; pendant l’exportation, l’arrête sans écrire de fichier</translation>
    </message>
    <message>
        <source>Choose the file to write first.</source>
        <translation>Choisissez d’abord le fichier à écrire.</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Export failed, no file was written: {error}</source>
        <translation>Échec de l’exportation, aucun fichier n’a été écrit&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Changes to this contact, newest first</source>
        <translation>Modifications de ce contact, les plus récentes en premier</translation>
    </message>
    <message>
        <source>Each change with its version, date, author and fields; expand a change to see each field before and after it. Select a change to restore the contact as it was then.</source>
        <translation>Chaque modification avec sa version, sa date, son auteur et ses champs&#xa0;; développez une modification pour voir chaque champ avant et après. Sélectionnez une modification pour rétablir le contact tel qu’il était alors.</translation>
    </message>
    <message>
        <source>Change / field</source>
        <translation>Modification / champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore the selected version now</source>
        <translation>Restaurer maintenant la version sélectionnée</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t restore</source>
        <translation>&amp;Ne pas restaurer</translation>
    </message>
    <message>
        <source>Close this question and change nothing</source>
        <translation>Fermer cette question sans rien modifier</translation>
    </message>
    <message>
        <source>Close the history</source>
        <translation>Fermer l’historique</translation>
    </message>
    <message>
        <source>Restore &amp;this version...</source>
        <translation>Restaurer &amp;cette version…</translation>
    </message>
    <message>
        <source>Put the contact back as it was after the selected change ({keys}). These fields stay as they are now: {fields}.</source>
        <translation>Rétablir le contact tel qu’il était après la modification sélectionnée ({keys}). Ces champs restent tels qu’ils sont&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Historique de {name}</translation>
    </message>
    <message numerus="yes">
        <source>{name}: version {version}, %n recorded change(s)</source>
        <translation>
            <numerusform>{name}&#xa0;: version {version}, %n modification enregistrée</numerusform>
            <numerusform>{name}&#xa0;: version {version}, %n modifications enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>v{version} · as it was before its first recorded change</source>
        <translation>v{version} · tel qu’il était avant sa première modification enregistrée</translation>
    </message>
    <message>
        <source>No change recorded: this contact was stored before IOM Desk kept a history.</source>
        <translation>Aucune modification enregistrée&#xa0;: ce contact a été enregistré avant qu’IOM Desk ne tienne un historique.</translation>
    </message>
    <message>
        <source>This is how the contact is now.</source>
        <translation>Voici le contact tel qu’il est actuellement.</translation>
    </message>
    <message>
        <source>Restore this version: the contact as it was at version {version}.</source>
        <translation>Restaurer cette version&#xa0;: le contact tel qu’il était à la version {version}.</translation>
    </message>
    <message>
        <source>The team database at {host} cannot be reached; nothing was stored. IOM Desk will reconnect when it is back.</source>
        <translation>La base de données d’équipe sur {host} est injoignable&#xa0;; rien n’a été enregistré. IOM Desk se reconnectera dès qu’elle sera de nouveau disponible.</translation>
    </message>
    <message>
        <source>Version {version} has the same fields as now: nothing would change.</source>
        <translation>La version {version} a les mêmes champs qu’actuellement&#xa0;: rien ne changerait.</translation>
    </message>
    <message>
        <source>Restore {name} as it was at version {version}? This changes: {fields}. You can undo it with {undo_keys}.</source>
        <translation>Rétablir le contact {name} tel qu’il était à la version {version}&#xa0;? Champs modifiés&#xa0;: {fields}. Vous pourrez annuler avec {undo_keys}.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Detect automatically</source>
        <translation>Détecter automatiquement</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>UTF-16 (Excel Unicode text)</source>
        <translation>UTF-16 (texte Unicode d’Excel)</translation>
    </message>
    <message>
        <source>Windows Western (cp1252)</source>
        <translation>Windows occidental (cp1252)</translation>
    </message>
    <message>
        <source>Windows Cyrillic (cp1251)</source>
        <translation>Windows cyrillique (cp1251)</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Point-virgule&#xa0;;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Barre verticale |</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>Skip them (keep the directory as it is)</source>
        <translation>Les ignorer (l’annuaire reste tel quel)</translation>
    </message>
    <message>
        <source>Update the existing contact (fill empty fields, add new phones, emails and tags)</source>
        <translation>Mettre à jour le contact existant (remplir les champs vides, ajouter les nouveaux téléphones, courriels et étiquettes)</translation>
    </message>
    <message>
        <source>Create them anyway</source>
        <translation>Les créer quand même</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Suffixe du nom</translation>
    </message>
    <message>
        <source>Role / job title</source>
        <translation>Fonction / titre du poste</translation>
    </message>
    <message>
        <source>Office / organization</source>
        <translation>Bureau / organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Email(s)</source>
        <translation>Courriel(s)</translation>
    </message>
    <message>
        <source>Phone(s)</source>
        <translation>Téléphone(s)</translation>
    </message>
    <message>
        <source>Phone kind (label)</source>
        <translation>Type de téléphone (libellé)</translation>
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
        <source>Source (where the data came from)</source>
        <translation>Source (provenance des données)</translation>
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
        <source>Not a field: keep in notes</source>
        <translation>Aucun champ&#xa0;: conserver dans les notes</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>added {added}, updated {updated}, skipped {skipped}, rejected {rejected}</source>
        <translation>ajoutés&#xa0;: {added}, mis à jour&#xa0;: {updated}, ignorés&#xa0;: {skipped}, rejetés&#xa0;: {rejected}</translation>
    </message>
    <message>
        <source>{count} phone kept as entered (no country code)</source>
        <translation>{count} numéro conservé tel que saisi (sans indicatif de pays)</translation>
    </message>
    <message>
        <source>{count} phones kept as entered (no country code)</source>
        <translation>{count} numéros conservés tels que saisis (sans indicatif de pays)</translation>
    </message>
    <message>
        <source>(dry run: nothing was stored)</source>
        <translation>(simulation&#xa0;: rien n’a été enregistré)</translation>
    </message>
    <message>
        <source>(strict: some rows were rejected, so nothing was imported)</source>
        <translation>(mode strict&#xa0;: des lignes ont été rejetées, rien n’a donc été importé)</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Pré&amp;cédent</translation>
    </message>
    <message>
        <source>Goes back to the previous step</source>
        <translation>Revient à l’étape précédente</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Goes on to the next step, starts the import or closes</source>
        <translation>Passe à l’étape suivante, lance l’importation ou ferme l’assistant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes the wizard; during the import, stops it and stores nothing</source>
        <translation>Ferme l’assistant&#xa0;; pendant l’importation, l’arrête sans rien enregistrer</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>A CSV file (Excel, Google, Outlook, Thunderbird) or a vCard file</source>
        <translation>Un fichier CSV (Excel, Google, Outlook, Thunderbird) ou vCard</translation>
    </message>
    <message>
        <source>The path of the CSV or vCard file to import</source>
        <translation>Le chemin du fichier CSV ou vCard à importer</translation>
    </message>
    <message>
        <source>Chooses the file to import</source>
        <translation>Permet de choisir le fichier à importer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>How the file&apos;s characters are encoded; detected by default</source>
        <translation>L’encodage des caractères du fichier&#xa0;; détecté par défaut</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>The character between the columns; detected by default</source>
        <translation>Le caractère qui sépare les colonnes&#xa0;; détecté par défaut</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Encodage</translation>
    </message>
    <message>
        <source>&amp;Delimiter</source>
        <translation>Sépa&amp;rateur</translation>
    </message>
    <message>
        <source>Check which field each column fills. Columns that fill no field are not lost: keep them in the contact&apos;s notes, or have them listed in the summary.</source>
        <translation>Vérifiez le champ que remplit chaque colonne. Les colonnes qui ne remplissent aucun champ ne sont pas perdues&#xa0;: conservez-les dans les notes du contact ou faites-les figurer dans le bilan.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Remplit</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Each column of the file, its first value and the field it fills</source>
        <translation>Chaque colonne du fichier, sa première valeur et le champ qu’elle remplit</translation>
    </message>
    <message>
        <source>Keep other columns in the notes</source>
        <translation>Conserver les autres colonnes dans les notes</translation>
    </message>
    <message>
        <source>Columns that fill no field are added to the notes</source>
        <translation>Les colonnes qui ne remplissent aucun champ sont ajoutées aux notes</translation>
    </message>
    <message>
        <source>Only list them in the summary</source>
        <translation>Les citer seulement dans le bilan</translation>
    </message>
    <message>
        <source>Columns that fill no field are named in the summary only</source>
        <translation>Les colonnes qui ne remplissent aucun champ sont seulement citées dans le bilan</translation>
    </message>
    <message>
        <source>The first {count} rows as they will be stored:</source>
        <translation>Les {count} premières lignes telles qu’elles seront enregistrées&#xa0;:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
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
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Preview of the rows as they will be stored</source>
        <translation>Aperçu des lignes telles qu’elles seront enregistrées</translation>
    </message>
    <message>
        <source>The first rows of the file as they will be stored, with the problems found in each</source>
        <translation>Les premières lignes du fichier telles qu’elles seront enregistrées, avec les problèmes relevés dans chacune</translation>
    </message>
    <message>
        <source>A row is a duplicate when it has the same email as a contact (in the directory or earlier in the file), else the same phone number, else the same name and office. Duplicates:</source>
        <translation>Une ligne est un doublon si elle a la même adresse électronique qu’un contact (de l’annuaire ou d’une ligne précédente du fichier), à défaut le même numéro de téléphone, à défaut le même nom et le même bureau. Doublons&#xa0;:</translation>
    </message>
    <message>
        <source>What happens to a row that is a duplicate</source>
        <translation>Ce qu’il advient d’une ligne en doublon</translation>
    </message>
    <message>
        <source>Import nothing if any row is rejected</source>
        <translation>Ne rien importer si une ligne est rejetée</translation>
    </message>
    <message>
        <source>Ticked: one rejected row cancels the whole import</source>
        <translation>Coché&#xa0;: une seule ligne rejetée annule toute l’importation</translation>
    </message>
    <message>
        <source>Only check the file (store nothing)</source>
        <translation>Vérifier seulement le fichier (ne rien enregistrer)</translation>
    </message>
    <message>
        <source>Ticked: reads and checks every row without storing any</source>
        <translation>Coché&#xa0;: lit et vérifie chaque ligne sans en enregistrer aucune</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Cancel leaves the directory exactly as it was.</source>
        <translation>Annuler laisse l’annuaire exactement tel qu’il était.</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Détails de l’importation</translation>
    </message>
    <message>
        <source>The warnings and notes of the import, one a line</source>
        <translation>Les avertissements et remarques de l’importation, un par ligne</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>The rows that were not imported and why</source>
        <translation>Les lignes qui n’ont pas été importées et pourquoi</translation>
    </message>
    <message>
        <source>Save rejected rows as CSV...</source>
        <translation>Enregistrer les lignes rejetées en CSV…</translation>
    </message>
    <message>
        <source>The original rows plus a reason column: fix them and import the file again</source>
        <translation>Les lignes d’origine avec une colonne de motif&#xa0;: corrigez-les et importez de nouveau le fichier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>Cancelling: nothing will be stored...</source>
        <translation>Annulation&#xa0;: rien ne sera enregistré…</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.tsv *.txt *.vcf *.vcard)</source>
        <translation>Contacts (*.csv *.tsv *.txt *.vcf *.vcard)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{file}: {error}</source>
        <translation>{file}&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <source>vCard file, about %Ln cards</source>
        <translation>
            <numerusform>Fichier vCard, environ %Ln fiche</numerusform>
            <numerusform>Fichier vCard, environ %Ln fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>vCard file, %Ln card</source>
        <translation>
            <numerusform>Fichier vCard, %Ln fiche</numerusform>
            <numerusform>Fichier vCard, %Ln fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>vCard file, %Ln cards</source>
        <translation>
            <numerusform>Fichier vCard, %Ln fiche</numerusform>
            <numerusform>Fichier vCard, %Ln fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding: {encoding}</source>
        <translation>Encodage&#xa0;: {encoding}</translation>
    </message>
    <message numerus="yes">
        <source>CSV file, about %Ln rows</source>
        <translation>
            <numerusform>Fichier CSV, environ %Ln ligne</numerusform>
            <numerusform>Fichier CSV, environ %Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CSV file, %Ln row</source>
        <translation>
            <numerusform>Fichier CSV, %Ln ligne</numerusform>
            <numerusform>Fichier CSV, %Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CSV file, %Ln rows</source>
        <translation>
            <numerusform>Fichier CSV, %Ln ligne</numerusform>
            <numerusform>Fichier CSV, %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding: {encoding}; delimiter: {delimiter}; columns: {columns}</source>
        <translation>Encodage&#xa0;: {encoding}&#xa0;; séparateur&#xa0;: {delimiter}&#xa0;; colonnes&#xa0;: {columns}</translation>
    </message>
    <message>
        <source>(column {number})</source>
        <translation>(colonne {number})</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Champ de la colonne {column}</translation>
    </message>
    <message>
        <source>The contact field this column fills, or Ignore</source>
        <translation>Le champ du contact que remplit cette colonne, ou Ignorer</translation>
    </message>
    <message numerus="yes">
        <source>Importing about %Ln rows from {file}...</source>
        <translation>
            <numerusform>Importation d’environ %Ln ligne depuis {file}…</numerusform>
            <numerusform>Importation d’environ %Ln lignes depuis {file}…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln row from {file}...</source>
        <translation>
            <numerusform>Importation de %Ln ligne depuis {file}…</numerusform>
            <numerusform>Importation de %Ln lignes depuis {file}…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln rows from {file}...</source>
        <translation>
            <numerusform>Importation de %Ln ligne depuis {file}…</numerusform>
            <numerusform>Importation de %Ln lignes depuis {file}…</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory was backed up to {path} before the import.</source>
        <translation>L’annuaire a été sauvegardé dans {path} avant l’importation.</translation>
    </message>
    <message>
        <source>Columns not kept: {columns}</source>
        <translation>Colonnes non conservées&#xa0;: {columns}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate row handled by the duplicate rule.</source>
        <translation>
            <numerusform>%Ln ligne en doublon traitée selon la règle des doublons.</numerusform>
            <numerusform>%Ln lignes en doublon traitées selon la règle des doublons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate rows handled by the duplicate rule.</source>
        <translation>
            <numerusform>%Ln ligne en doublon traitée selon la règle des doublons.</numerusform>
            <numerusform>%Ln lignes en doublon traitées selon la règle des doublons.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was stored.</source>
        <translation>Importation annulée&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The import failed and nothing was stored: {error}</source>
        <translation>L’importation a échoué et rien n’a été enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <source>Rejected rows not saved: {reason}</source>
        <translation>Lignes rejetées non enregistrées&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row saved to {path}.</source>
        <translation>
            <numerusform>%Ln ligne rejetée enregistrée dans {path}.</numerusform>
            <numerusform>%Ln lignes rejetées enregistrées dans {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected rows saved to {path}.</source>
        <translation>
            <numerusform>%Ln ligne rejetée enregistrée dans {path}.</numerusform>
            <numerusform>%Ln lignes rejetées enregistrées dans {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeftOutText</name>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} et %Ln autre</numerusform>
            <numerusform>{names} et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln marked do not contact left out: {names}</source>
        <translation>
            <numerusform>%Ln contact marqué «&#xa0;ne pas contacter&#xa0;» exclu&#xa0;: {names}</numerusform>
            <numerusform>%Ln contacts marqués «&#xa0;ne pas contacter&#xa0;» exclus&#xa0;: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without an email left out: {names}</source>
        <translation>
            <numerusform>%Ln contact sans adresse électronique exclu&#xa0;: {names}</numerusform>
            <numerusform>%Ln contacts sans adresse électronique exclus&#xa0;: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the two kinds of contacts left out of a send</comment>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>LinkContactDialog</name>
    <message>
        <source>Link a contact</source>
        <translation>Lier un contact</translation>
    </message>
    <message>
        <source>Type a name, office or email</source>
        <translation>Saisissez un nom, un bureau ou un courriel</translation>
    </message>
    <message>
        <source>Find the contact to link</source>
        <translation>Rechercher le contact à lier</translation>
    </message>
    <message>
        <source>Finds contacts by name, office or email as you type</source>
        <translation>Trouve les contacts par nom, bureau ou courriel pendant la saisie</translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation>Contacts correspondants</translation>
    </message>
    <message>
        <source>The contacts found; Enter links the chosen one</source>
        <translation>Les contacts trouvés&#xa0;; Entrée lie le contact choisi</translation>
    </message>
    <message>
        <source>Links the chosen contact to the article</source>
        <translation>Lie le contact choisi à l’article</translation>
    </message>
    <message>
        <source>Closes without linking a contact</source>
        <translation>Ferme sans lier de contact</translation>
    </message>
    <message>
        <source>{name}  ({office})</source>
        <translation>{name}  ({office})</translation>
    </message>
</context>
<context>
    <name>ListsController</name>
    <message>
        <source>{name} (smart, cannot run)</source>
        <translation>{name} (dynamique, recherche impossible)</translation>
    </message>
    <message>
        <source>{name} ({count}, smart)</source>
        <translation>{name} ({count}, dynamique)</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>Delete list {name}</source>
        <translation>Supprimer la liste {name}</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Impossible d’annuler</translation>
    </message>
    <message>
        <source>Rename list {name}</source>
        <translation>Renommer la liste {name}</translation>
    </message>
    <message>
        <source>Save search as smart list {name}</source>
        <translation>Enregistrer la recherche comme liste dynamique {name}</translation>
    </message>
    <message>
        <source>Change the search of {name}</source>
        <translation>Modifier la recherche de {name}</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln contact(s) to {name}</source>
        <translation>
            <numerusform>Ajouter %Ln contact à {name}</numerusform>
            <numerusform>Ajouter %Ln contacts à {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln contact(s) from {name}</source>
        <translation>
            <numerusform>Retirer %Ln contact de {name}</numerusform>
            <numerusform>Retirer %Ln contacts de {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename lis&amp;t...</source>
        <translation>Renommer la lis&amp;te…</translation>
    </message>
    <message>
        <source>Rename the list shown in the table</source>
        <translation>Renommer la liste affichée dans le tableau</translation>
    </message>
    <message>
        <source>Delete list (c&amp;ontacts stay)</source>
        <translation>Supprimer la liste (les c&amp;ontacts restent)</translation>
    </message>
    <message>
        <source>Delete the list shown in the table; its contacts stay</source>
        <translation>Supprimer la liste affichée dans le tableau&#xa0;; ses contacts sont conservés</translation>
    </message>
    <message>
        <source>Edit smart list sear&amp;ch...</source>
        <translation>Modifier la re&amp;cherche de la liste dynamique…</translation>
    </message>
    <message>
        <source>Change the search of the smart list shown in the table</source>
        <translation>Modifier la recherche de la liste dynamique affichée dans le tableau</translation>
    </message>
    <message>
        <source>Show a list first: choose it under Lists in the side panel</source>
        <translation>Affichez d’abord une liste&#xa0;: choisissez-la sous Listes dans le panneau latéral</translation>
    </message>
    <message>
        <source>The list shown is not a smart list: it has no search to edit</source>
        <translation>La liste affichée n’est pas une liste dynamique&#xa0;: elle n’a pas de recherche à modifier</translation>
    </message>
    <message>
        <source>Cannot add to the list</source>
        <translation>Impossible d’ajouter à la liste</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln contact(s) to &apos;{name}&apos; (new list)</source>
        <translation>
            <numerusform>%Ln contact ajouté à «&#xa0;{name}&#xa0;» (nouvelle liste)</numerusform>
            <numerusform>%Ln contacts ajoutés à «&#xa0;{name}&#xa0;» (nouvelle liste)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln contact(s) to &apos;{name}&apos;; {already} already on it</source>
        <translation>
            <numerusform>%Ln contact ajouté à «&#xa0;{name}&#xa0;»&#xa0;; {already} déjà dans la liste</numerusform>
            <numerusform>%Ln contacts ajoutés à «&#xa0;{name}&#xa0;»&#xa0;; {already} déjà dans la liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln contact(s) to &apos;{name}&apos;</source>
        <translation>
            <numerusform>%Ln contact ajouté à «&#xa0;{name}&#xa0;»</numerusform>
            <numerusform>%Ln contacts ajoutés à «&#xa0;{name}&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove from the list</source>
        <translation>Impossible de retirer de la liste</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln contact(s) from &apos;{name}&apos; (they stay in the directory)</source>
        <translation>
            <numerusform>%Ln contact retiré de «&#xa0;{name}&#xa0;» (conservé dans l’annuaire)</numerusform>
            <numerusform>%Ln contacts retirés de «&#xa0;{name}&#xa0;» (conservés dans l’annuaire)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename list</source>
        <translation>Renommer la liste</translation>
    </message>
    <message>
        <source>New name for &apos;{name}&apos;:</source>
        <translation>Nouveau nom de «&#xa0;{name}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot rename the list</source>
        <translation>Impossible de renommer la liste</translation>
    </message>
    <message>
        <source>Renamed list &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>Liste «&#xa0;{old}&#xa0;» renommée en «&#xa0;{new}&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot delete the list</source>
        <translation>Impossible de supprimer la liste</translation>
    </message>
    <message numerus="yes">
        <source>Deleted list &apos;{name}&apos;; its %Ln contact(s) stay.</source>
        <translation>
            <numerusform>Liste «&#xa0;{name}&#xa0;» supprimée&#xa0;; %Ln contact conservé dans l’annuaire.</numerusform>
            <numerusform>Liste «&#xa0;{name}&#xa0;» supprimée&#xa0;; %Ln contacts conservés dans l’annuaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>The smart list &apos;{name}&apos; names it and now finds nobody.</source>
        <translation>La liste dynamique «&#xa0;{name}&#xa0;» y fait référence et ne trouve plus personne.</translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z.</source>
        <translation>Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Save search as smart list</source>
        <translation>Enregistrer la recherche comme liste dynamique</translation>
    </message>
    <message>
        <source>Name of the smart list (its members are the results of &apos;{search}&apos;, and follow the directory as it changes):</source>
        <translation>Nom de la liste dynamique (ses membres sont les résultats de «&#xa0;{search}&#xa0;» et suivent l’évolution de l’annuaire)&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Rien à enregistrer</translation>
    </message>
    <message>
        <source>Type a search first (for example office:zimbabwe tag:media); a smart list keeps that search and its results follow the data.</source>
        <translation>Saisissez d’abord une recherche (par exemple office:zimbabwe tag:media)&#xa0;; une liste dynamique conserve cette recherche et ses résultats suivent les données.</translation>
    </message>
    <message>
        <source>Cannot make the smart list</source>
        <translation>Impossible de créer la liste dynamique</translation>
    </message>
    <message numerus="yes">
        <source>Smart list &apos;{name}&apos; saved: %Ln contact(s) now</source>
        <translation>
            <numerusform>Liste dynamique «&#xa0;{name}&#xa0;» enregistrée&#xa0;: %Ln contact actuellement</numerusform>
            <numerusform>Liste dynamique «&#xa0;{name}&#xa0;» enregistrée&#xa0;: %Ln contacts actuellement</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit smart list</source>
        <translation>Modifier la liste dynamique</translation>
    </message>
    <message>
        <source>Search of &apos;{name}&apos;:</source>
        <translation>Recherche de «&#xa0;{name}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot edit the list</source>
        <translation>Impossible de modifier la liste</translation>
    </message>
    <message>
        <source>Cannot change the search</source>
        <translation>Impossible de modifier la recherche</translation>
    </message>
    <message numerus="yes">
        <source>Smart list &apos;{name}&apos; now finds %Ln contact(s)</source>
        <translation>
            <numerusform>La liste dynamique «&#xa0;{name}&#xa0;» trouve maintenant %Ln contact</numerusform>
            <numerusform>La liste dynamique «&#xa0;{name}&#xa0;» trouve maintenant %Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete (contacts stay)</source>
        <translation>Supprimer (les contacts restent)</translation>
    </message>
    <message>
        <source>Edit search...</source>
        <translation>Modifier la recherche…</translation>
    </message>
    <message>
        <source>Send to list...</source>
        <translation>Envoyer à la liste…</translation>
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
        <source>Copy &amp;phone (E.164)</source>
        <translation>Copier le &amp;téléphone (E.164)</translation>
    </message>
    <message>
        <source>Copy con&amp;tact card</source>
        <translation>Copier la &amp;fiche du contact</translation>
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
        <source>Import press release from the c&amp;lipboard</source>
        <translation>Importer un communiqué depuis le presse-p&amp;apiers</translation>
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
    <name>OptOutDialog</name>
    <message>
        <source>Record bounces or opt-outs</source>
        <translation>Enregistrer des rebonds ou des désinscriptions</translation>
    </message>
    <message>
        <source>Paste a bounce message or a list of addresses (any separator):</source>
        <translation>Collez un message de rebond (non-remise) ou une liste d’adresses (tout séparateur)&#xa0;:</translation>
    </message>
    <message>
        <source>Bounce message or addresses</source>
        <translation>Message de rebond ou adresses</translation>
    </message>
    <message>
        <source>The text to look for email addresses in: a bounce message or addresses separated by anything</source>
        <translation>Le texte où chercher les adresses électroniques&#xa0;: un message de rebond ou des adresses séparées par n’importe quel caractère</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>message non remis</translation>
    </message>
    <message>
        <source>asked to be removed</source>
        <translation>demande de retrait</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Recorded as the do-not-contact reason of each address</source>
        <translation>Enregistré comme motif «&#xa0;ne pas contacter&#xa0;» de chaque adresse</translation>
    </message>
    <message>
        <source>Addresses found</source>
        <translation>Adresses trouvées</translation>
    </message>
    <message>
        <source>The ticked addresses are recorded; untick any that should not be</source>
        <translation>Les adresses cochées sont enregistrées&#xa0;; décochez celles qui ne doivent pas l’être</translation>
    </message>
    <message>
        <source>What was recorded: the contacts marked, those already marked and the addresses not in the directory</source>
        <translation>Ce qui a été enregistré&#xa0;: les contacts marqués, ceux qui l’étaient déjà et les adresses absentes de l’annuaire</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Marks the ticked addresses do not contact</source>
        <translation>Marque les adresses cochées «&#xa0;ne pas contacter&#xa0;»</translation>
    </message>
    <message>
        <source>Closes the dialog</source>
        <translation>Ferme la boîte de dialogue</translation>
    </message>
    <message>
        <source>In the bounce&apos;s From/To/Cc lines (your own address?): not ticked</source>
        <translation>Dans les lignes De/À/Cc du rebond (votre propre adresse&#xa0;?)&#xa0;: non cochée</translation>
    </message>
    <message>
        <source>A mail system&apos;s address (the sender of the bounce): not ticked</source>
        <translation>Adresse d’un système de messagerie (l’expéditeur du rebond)&#xa0;: non cochée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) found; {left} from the bounce&apos;s headers or its mail system left unticked. Untick any that should not be recorded; tick any that should.</source>
        <translation>
            <numerusform>%Ln adresse trouvée&#xa0;; adresses des en-têtes du rebond ou de son système de messagerie laissées non cochées&#xa0;: {left}. Décochez celles qui ne doivent pas être enregistrées&#xa0;; cochez celles qui doivent l’être.</numerusform>
            <numerusform>%Ln adresses trouvées&#xa0;; adresses des en-têtes du rebond ou de son système de messagerie laissées non cochées&#xa0;: {left}. Décochez celles qui ne doivent pas être enregistrées&#xa0;; cochez celles qui doivent l’être.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) found. Untick any that should not be recorded; tick any that should.</source>
        <translation>
            <numerusform>%Ln adresse trouvée. Décochez-la si elle ne doit pas être enregistrée.</numerusform>
            <numerusform>%Ln adresses trouvées. Décochez celles qui ne doivent pas être enregistrées&#xa0;; cochez celles qui doivent l’être.</numerusform>
        </translation>
    </message>
    <message>
        <source>No address is ticked: nothing was recorded.</source>
        <translation>Aucune adresse n’est cochée&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Marked: {names}</source>
        <translation>Marqués&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Already marked: {names}</source>
        <translation>Déjà marqués&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Not in the directory (an import will mark them): {addresses}</source>
        <translation>Absentes de l’annuaire (une importation les marquera)&#xa0;: {addresses}</translation>
    </message>
</context>
<context>
    <name>OutreachController</name>
    <message>
        <source>{name} is marked do not contact ({reason}). No email was opened.</source>
        <translation>Le contact {name} est marqué «&#xa0;ne pas contacter&#xa0;» ({reason}). Aucun courriel n’a été ouvert.</translation>
    </message>
    <message>
        <source>{name} is marked do not contact. No email was opened.</source>
        <translation>Le contact {name} est marqué «&#xa0;ne pas contacter&#xa0;». Aucun courriel n’a été ouvert.</translation>
    </message>
    <message>
        <source>No phone or softphone program is set up to open tel: links on this computer. The phone number was copied to the clipboard instead; paste it where you need it.</source>
        <translation>Aucun programme de téléphonie n’est configuré pour ouvrir les liens tel: sur cet ordinateur. Le numéro de téléphone a été copié dans le presse-papiers&#xa0;; collez-le où vous en avez besoin.</translation>
    </message>
    <message>
        <source>No mail client is set up to open mailto: links on this computer. The addresses were copied to the clipboard instead; paste them where you need them.</source>
        <translation>Aucun client de messagerie n’est configuré pour ouvrir les liens mailto: sur cet ordinateur. Les adresses ont été copiées dans le presse-papiers&#xa0;; collez-les où vous en avez besoin.</translation>
    </message>
    <message>
        <source>No mail client is set up to open mailto: links on this computer. The email address was copied to the clipboard instead; paste it where you need it.</source>
        <translation>Aucun client de messagerie n’est configuré pour ouvrir les liens mailto: sur cet ordinateur. L’adresse électronique a été copiée dans le presse-papiers&#xa0;; collez-la où vous en avez besoin.</translation>
    </message>
    <message>
        <source>No program for this link</source>
        <translation>Aucun programme pour ce lien</translation>
    </message>
    <message>
        <source>Not recorded in the history: you have read-only access to this directory.</source>
        <translation>Non enregistré dans l’historique&#xa0;: vous n’avez qu’un accès en lecture seule à cet annuaire.</translation>
    </message>
    <message>
        <source>The send could not be recorded in the history</source>
        <translation>L’envoi n’a pas pu être enregistré dans l’historique</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>No email address</source>
        <translation>Aucune adresse électronique</translation>
    </message>
    <message>
        <source>{name} has no email address. Add one with Edit (F2).</source>
        <translation>{name} n’a pas d’adresse électronique. Ajoutez-en une avec Modifier (F2).</translation>
    </message>
    <message>
        <source>Writing to {name} &lt;{address}&gt;</source>
        <translation>Rédaction d’un courriel à {name} &lt;{address}&gt;</translation>
    </message>
    <message>
        <source>No email addresses</source>
        <translation>Aucune adresse électronique</translation>
    </message>
    <message>
        <source>None of the selected contacts can be written to. {why}.</source>
        <translation>Aucun des contacts sélectionnés ne peut recevoir de courriel. {why}.</translation>
    </message>
    <message numerus="yes">
        <source>Writing to %Ln contact(s) in BCC.</source>
        <translation>
            <numerusform>Rédaction d’un courriel à %Ln contact en Cci.</numerusform>
            <numerusform>Rédaction d’un courriel à %Ln contacts en Cci.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) to open one by one.</source>
        <translation>
            <numerusform>%Ln message à ouvrir.</numerusform>
            <numerusform>%Ln messages à ouvrir un par un.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot send to a list</source>
        <translation>Impossible d’envoyer à une liste</translation>
    </message>
    <message>
        <source>No list yet</source>
        <translation>Aucune liste pour l’instant</translation>
    </message>
    <message>
        <source>Put contacts on a list first: select them and choose Contact &gt; Add to list (Ctrl+L).</source>
        <translation>Ajoutez d’abord des contacts à une liste&#xa0;: sélectionnez-les et choisissez Contact &gt; Ajouter à une liste (Ctrl+L).</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Email draft (*.eml)</source>
        <translation>Brouillon de courriel (*.eml)</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>Impossible d’envoyer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) who already got this article left out</source>
        <translation>
            <numerusform>%Ln destinataire ayant déjà reçu cet article exclu</numerusform>
            <numerusform>%Ln destinataires ayant déjà reçu cet article exclus</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the reasons contacts were left out of a send</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message numerus="yes">
        <source>Opened your mail client: %Ln recipient(s) of &apos;{list}&apos; in BCC.</source>
        <translation>
            <numerusform>Client de messagerie ouvert&#xa0;: %Ln destinataire de «&#xa0;{list}&#xa0;» en Cci.</numerusform>
            <numerusform>Client de messagerie ouvert&#xa0;: %Ln destinataires de «&#xa0;{list}&#xa0;» en Cci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send to {list}</source>
        <translation>Envoyer à {list}</translation>
    </message>
    <message>
        <source>Nothing sent: no file chosen for the draft</source>
        <translation>Rien n’a été envoyé&#xa0;: aucun fichier choisi pour le brouillon</translation>
    </message>
    <message>
        <source>The draft could not be saved; nothing was recorded</source>
        <translation>Le brouillon n’a pas pu être enregistré&#xa0;; rien n’a été consigné</translation>
    </message>
    <message numerus="yes">
        <source>Saved a draft to {path} with %Ln recipient(s) in BCC and opened it.</source>
        <translation>
            <numerusform>Brouillon enregistré dans {path} avec %Ln destinataire en Cci, puis ouvert.</numerusform>
            <numerusform>Brouillon enregistré dans {path} avec %Ln destinataires en Cci, puis ouvert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved a draft to {path} with %Ln recipient(s) in BCC; open it with Outlook or Thunderbird to send it.</source>
        <translation>
            <numerusform>Brouillon enregistré dans {path} avec %Ln destinataire en Cci&#xa0;; ouvrez-le avec Outlook ou Thunderbird pour l’envoyer.</numerusform>
            <numerusform>Brouillon enregistré dans {path} avec %Ln destinataires en Cci&#xa0;; ouvrez-le avec Outlook ou Thunderbird pour l’envoyer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Brouillon enregistré</translation>
    </message>
    <message>
        <source>Calling {number}</source>
        <translation>Appel en cours&#xa0;: {number}</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Aucun numéro de téléphone</translation>
    </message>
    <message>
        <source>{name} has no phone number.</source>
        <translation>{name} n’a pas de numéro de téléphone.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
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
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>A phone number; without +CC it takes the country of the office or of the contact</source>
        <translation>Un numéro de téléphone&#xa0;; sans +CC, il prend le pays du bureau ou du contact</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Phone kind</source>
        <translation>Type de téléphone</translation>
    </message>
    <message>
        <source>Work, mobile, fax or other; Automatic tells it from the number</source>
        <translation>Travail, portable, télécopie ou autre&#xa0;; Automatique le déduit du numéro</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Retirer ce téléphone</translation>
    </message>
    <message>
        <source>Removes this phone number from the contact</source>
        <translation>Retire ce numéro de téléphone du contact</translation>
    </message>
    <message>
        <source>Kept as entered, no country (add +CC to it to store it normalized)</source>
        <translation>Conservé tel que saisi, sans pays (ajoutez-y +CC pour l’enregistrer au format normalisé)</translation>
    </message>
    <message>
        <source>{number} {problem}</source>
        <translation>{number} {problem}</translation>
    </message>
    <message>
        <source>Stored as {number} ({kind}), {status}</source>
        <translation>Sera enregistré sous la forme {number} ({kind}), {status}</translation>
    </message>
</context>
<context>
    <name>ProtectionController</name>
    <message>
        <source>Cannot undo</source>
        <translation>Impossible d’annuler</translation>
    </message>
    <message>
        <source>Do &amp;not contact...</source>
        <translation>&amp;Ne pas contacter…</translation>
    </message>
    <message>
        <source>Never email the selected contacts again (with a reason)</source>
        <translation>Ne plus jamais écrire aux contacts sélectionnés (avec un motif)</translation>
    </message>
    <message>
        <source>Allow contact a&amp;gain</source>
        <translation>Autoriser de nouvea&amp;u le contact</translation>
    </message>
    <message>
        <source>Clear do not contact and take their addresses off the suppression list</source>
        <translation>Lever «&#xa0;ne pas contacter&#xa0;» et retirer leurs adresses de la liste d’exclusion</translation>
    </message>
    <message>
        <source>Record &amp;bounces or opt-outs...</source>
        <translation>Enregistrer des re&amp;bonds ou désinscriptions…</translation>
    </message>
    <message>
        <source>Paste a bounce message or a list of addresses: each is marked do not contact</source>
        <translation>Coller un message de rebond ou une liste d’adresses&#xa0;: chacune est marquée «&#xa0;ne pas contacter&#xa0;»</translation>
    </message>
    <message>
        <source>E&amp;xport my data...</source>
        <translation>E&amp;xporter les données personnelles…</translation>
    </message>
    <message>
        <source>Everything held about this contact, as JSON and readable text</source>
        <translation>Tout ce qui est conservé sur ce contact, en JSON et en texte lisible</translation>
    </message>
    <message>
        <source>Erase &amp;for good...</source>
        <translation>E&amp;ffacer définitivement…</translation>
    </message>
    <message>
        <source>Delete the selected contacts irreversibly, keeping only suppression hashes</source>
        <translation>Supprimer les contacts sélectionnés de façon irréversible, en ne gardant que les empreintes d’exclusion</translation>
    </message>
    <message>
        <source>&amp;Retention review...</source>
        <translation>&amp;Examen de la conservation…</translation>
    </message>
    <message>
        <source>Contacts whose review date passed or who were not contacted for months</source>
        <translation>Contacts dont la date de révision est passée ou qui n’ont pas été contactés depuis des mois</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Cannot mark do not contact</source>
        <translation>Impossible de marquer «&#xa0;ne pas contacter&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Do not contact (%Ln contact(s))</source>
        <translation>
            <numerusform>Ne pas contacter (%Ln contact)</numerusform>
            <numerusform>Ne pas contacter (%Ln contacts)</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary} (Ctrl+Z to undo)</source>
        <translation>{summary} (Ctrl+Z pour annuler)</translation>
    </message>
    <message>
        <source>Allow contact again</source>
        <translation>Autoriser de nouveau le contact</translation>
    </message>
    <message>
        <source>Allow contact again with {names}?

The do-not-contact mark is cleared and their emails and phones are taken off the suppression list (an import will no longer mark them).</source>
        <translation>Autoriser de nouveau le contact avec {names}&#xa0;?

La mention «&#xa0;ne pas contacter&#xa0;» est levée et leurs adresses électroniques et téléphones sont retirés de la liste d’exclusion (une importation ne les marquera plus).</translation>
    </message>
    <message>
        <source>None of the selected contacts is marked do not contact</source>
        <translation>Aucun des contacts sélectionnés n’est marqué «&#xa0;ne pas contacter&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot allow contact again</source>
        <translation>Impossible d’autoriser de nouveau le contact</translation>
    </message>
    <message numerus="yes">
        <source>Allow contact again (%Ln contact(s))</source>
        <translation>
            <numerusform>Autoriser de nouveau le contact (%Ln contact)</numerusform>
            <numerusform>Autoriser de nouveau le contact (%Ln contacts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record the addresses</source>
        <translation>Impossible d’enregistrer les adresses</translation>
    </message>
    <message numerus="yes">
        <source>Record %Ln address(es)</source>
        <translation>
            <numerusform>Enregistrer %Ln adresse</numerusform>
            <numerusform>Enregistrer %Ln adresses</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} - personal data.json</source>
        <translation>{name} - données personnelles.json</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Exporter les données personnelles</translation>
    </message>
    <message>
        <source>JSON and text (*.json)</source>
        <translation>JSON et texte (*.json)</translation>
    </message>
    <message>
        <source>{path} is a database; it was not overwritten</source>
        <translation>{path} est une base de données&#xa0;; il n’a pas été écrasé</translation>
    </message>
    <message>
        <source>Cannot export the data</source>
        <translation>Impossible d’exporter les données</translation>
    </message>
    <message>
        <source>Saved {json} and {text}</source>
        <translation>{json} et {text} enregistrés</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Données exportées</translation>
    </message>
    <message>
        <source>Everything held about {name} was saved to:
{json}
{text}</source>
        <translation>Tout ce qui est conservé sur {name} a été enregistré dans&#xa0;:
{json}
{text}</translation>
    </message>
    <message>
        <source>An erasure is already running</source>
        <translation>Un effacement est déjà en cours</translation>
    </message>
    <message numerus="yes">
        <source>Erasing %Ln contact(s)...</source>
        <translation>
            <numerusform>Effacement de %Ln contact…</numerusform>
            <numerusform>Effacement de %Ln contacts…</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Erasing...</source>
        <translation>Effacement…</translation>
    </message>
    <message>
        <source>Cleaning the search index...</source>
        <translation>Nettoyage de l’index de recherche…</translation>
    </message>
    <message>
        <source>Compacting the directory file (this can take a while on a big directory)...</source>
        <translation>Compactage du fichier de l’annuaire (cela peut prendre du temps pour un grand annuaire)…</translation>
    </message>
    <message>
        <source>Truncating the write-ahead log...</source>
        <translation>Troncature du journal d’écriture anticipée (WAL)…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Effacement terminé</translation>
    </message>
    <message>
        <source>The erasure failed</source>
        <translation>L’effacement a échoué</translation>
    </message>
    <message>
        <source>Cannot set the review date</source>
        <translation>Impossible de fixer la date de révision</translation>
    </message>
    <message numerus="yes">
        <source>Review date {date} set on %Ln contact(s)</source>
        <translation>
            <numerusform>Date de révision {date} fixée pour %Ln contact</numerusform>
            <numerusform>Date de révision {date} fixée pour %Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot store the setting</source>
        <translation>Impossible d’enregistrer le réglage</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>asked to be removed</source>
        <translation>demande de retrait</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>message non remis</translation>
    </message>
    <message>
        <source>left the outlet</source>
        <translation>a quitté le média</translation>
    </message>
    <message>
        <source>legal or safety concern</source>
        <translation>motif juridique ou de sécurité</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>Mark {names} do not contact. They will never be put into an email, a BCC or a list send, and their emails and phones go on the suppression list, so an import that brings them back marks them again.</source>
        <translation>Marquer {names} «&#xa0;ne pas contacter&#xa0;». Ces contacts ne figureront plus jamais dans un courriel, un envoi en Cci ou un envoi à une liste, et leurs adresses électroniques et téléphones iront sur la liste d’exclusion&#xa0;: une importation qui les réintroduit les marquera de nouveau.</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>Motif (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why these contacts must not be contacted: choose a reason or type your own</source>
        <translation>Pourquoi ces contacts ne doivent pas être contactés&#xa0;: choisissez un motif ou saisissez le vôtre</translation>
    </message>
    <message>
        <source>Mark do not contact</source>
        <translation>Marquer «&#xa0;ne pas contacter&#xa0;»</translation>
    </message>
    <message>
        <source>Marks the contacts do not contact with this reason</source>
        <translation>Marque les contacts «&#xa0;ne pas contacter&#xa0;» avec ce motif</translation>
    </message>
    <message>
        <source>Closes without marking anyone</source>
        <translation>Ferme sans marquer personne</translation>
    </message>
</context>
<context>
    <name>ReleaseReviewDialog</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
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
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <source>In the directory</source>
        <translation>Dans l’annuaire</translation>
    </message>
    <message>
        <source>No country code, and no country the release tells reads it (or several do, none of them the contact&apos;s own): kept exactly as printed. Add +CC to the number (or an office with a country) to store it normalized.</source>
        <translation>Pas d’indicatif de pays, et aucun des pays cités dans le communiqué ne permet de lire ce numéro (ou plusieurs le permettent, dont aucun n’est celui du contact)&#xa0;: conservé exactement tel qu’imprimé. Ajoutez +CC au numéro (ou un bureau doté d’un pays) pour l’enregistrer au format normalisé.</translation>
    </message>
    <message>
        <source>Import press release</source>
        <translation>Importer un communiqué de presse</translation>
    </message>
    <message>
        <source>Article title</source>
        <translation>Titre de l’article</translation>
    </message>
    <message>
        <source>The title the article is saved with (required)</source>
        <translation>Le titre sous lequel l’article est enregistré (obligatoire)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Article date</source>
        <translation>Date de l’article</translation>
    </message>
    <message>
        <source>The date of the release, written as year-month-day</source>
        <translation>La date du communiqué, au format année-mois-jour</translation>
    </message>
    <message>
        <source>Dateline place</source>
        <translation>Lieu de diffusion</translation>
    </message>
    <message>
        <source>The place named at the start of the release</source>
        <translation>Le lieu indiqué en tête du communiqué</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Contacts found in the release</source>
        <translation>Contacts trouvés dans le communiqué</translation>
    </message>
    <message>
        <source>One contact a row: tick the ones to save, edit a cell to correct it</source>
        <translation>Un contact par ligne&#xa0;: cochez ceux à enregistrer, modifiez une cellule pour la corriger</translation>
    </message>
    <message>
        <source>matches {name} ({reason}): will be linked</source>
        <translation>correspond à {name} ({reason})&#xa0;: sera lié</translation>
    </message>
    <message>
        <source>new contact</source>
        <translation>nouveau contact</translation>
    </message>
    <message>
        <source>Contact blocks that could not be read</source>
        <translation>Blocs de contacts illisibles</translation>
    </message>
    <message>
        <source>A contact block was found but no contact could be read from it; none was made up. Add the contacts by hand if needed:</source>
        <translation>Un bloc de contacts a été trouvé, mais aucun contact n’a pu y être lu&#xa0;; aucun n’a été inventé. Ajoutez les contacts à la main si nécessaire&#xa0;:</translation>
    </message>
    <message>
        <source>Printed in a contact block before any name, so not stored with anyone (add them to a contact above if they belong to one): {values}</source>
        <translation>Imprimé dans un bloc de contacts avant tout nom, donc rattaché à personne (ajoutez-le à un contact ci-dessus s’il lui appartient)&#xa0;: {values}</translation>
    </message>
    <message>
        <source>Saves the article and the ticked contacts</source>
        <translation>Enregistre l’article et les contacts cochés</translation>
    </message>
    <message>
        <source>Closes without saving anything</source>
        <translation>Ferme sans rien enregistrer</translation>
    </message>
    <message>
        <source>{number}: reads in more than one of the release&apos;s countries, kept as printed (add +CC)</source>
        <translation>{number}&#xa0;: lisible dans plusieurs des pays du communiqué, conservé tel qu’imprimé (ajoutez +CC)</translation>
    </message>
    <message>
        <source>{number}: no country, kept as printed (add +CC)</source>
        <translation>{number}&#xa0;: sans pays, conservé tel qu’imprimé (ajoutez +CC)</translation>
    </message>
    <message>
        <source>No contact could be read from this release (see below). The article can still be saved.</source>
        <translation>Aucun contact n’a pu être lu dans ce communiqué (voir ci-dessous). L’article peut tout de même être enregistré.</translation>
    </message>
    <message>
        <source>No media contact block was found in this release. The article can still be saved.</source>
        <translation>Aucun bloc de contacts presse n’a été trouvé dans ce communiqué. L’article peut tout de même être enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact found; {ticked} ticked will be saved and linked to the article. Edit a cell to correct it; untick a contact to leave it out.</source>
        <translation>
            <numerusform>%Ln contact trouvé. Contacts cochés, à enregistrer et à lier à l’article&#xa0;: {ticked}. Modifiez une cellule pour la corriger&#xa0;; décochez un contact pour l’exclure.</numerusform>
            <numerusform>%Ln contacts trouvés. Contacts cochés, à enregistrer et à lier à l’article&#xa0;: {ticked}. Modifiez une cellule pour la corriger&#xa0;; décochez un contact pour l’exclure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts found; {ticked} ticked will be saved and linked to the article. Edit a cell to correct it; untick a contact to leave it out.</source>
        <translation>
            <numerusform>%Ln contact trouvé. Contacts cochés, à enregistrer et à lier à l’article&#xa0;: {ticked}. Modifiez une cellule pour la corriger&#xa0;; décochez un contact pour l’exclure.</numerusform>
            <numerusform>%Ln contacts trouvés. Contacts cochés, à enregistrer et à lier à l’article&#xa0;: {ticked}. Modifiez une cellule pour la corriger&#xa0;; décochez un contact pour l’exclure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number has no country code and no country of the release reads it (or several do): it is kept as printed (highlighted); add +CC to store it normalized.</source>
        <translation>
            <numerusform>%Ln numéro n’a pas d’indicatif de pays et aucun pays du communiqué ne permet de le lire (ou plusieurs le permettent)&#xa0;: il est conservé tel qu’imprimé (en surbrillance)&#xa0;; ajoutez +CC pour l’enregistrer au format normalisé.</numerusform>
            <numerusform>%Ln numéros n’ont pas d’indicatif de pays et aucun pays du communiqué ne permet de les lire (ou plusieurs le permettent)&#xa0;: ils sont conservés tels qu’imprimés (en surbrillance)&#xa0;; ajoutez +CC pour les enregistrer au format normalisé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers have no country code and no country of the release reads them (or several do): they are kept as printed (highlighted); add +CC to store them normalized.</source>
        <translation>
            <numerusform>%Ln numéro n’a pas d’indicatif de pays et aucun pays du communiqué ne permet de le lire (ou plusieurs le permettent)&#xa0;: il est conservé tel qu’imprimé (en surbrillance)&#xa0;; ajoutez +CC pour l’enregistrer au format normalisé.</numerusform>
            <numerusform>%Ln numéros n’ont pas d’indicatif de pays et aucun pays du communiqué ne permet de les lire (ou plusieurs le permettent)&#xa0;: ils sont conservés tels qu’imprimés (en surbrillance)&#xa0;; ajoutez +CC pour les enregistrer au format normalisé.</numerusform>
        </translation>
    </message>
    <message>
        <source>the date must look like 2024-06-12</source>
        <translation>la date doit être au format 2024-06-12</translation>
    </message>
    <message>
        <source>the article needs a title</source>
        <translation>l’article doit avoir un titre</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention review</source>
        <translation>Examen de la conservation</translation>
    </message>
    <message>
        <source>Contacts whose review date has passed, or not contacted for</source>
        <translation>Contacts dont la date de révision est passée, ou sans contact depuis</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Months without contact</source>
        <translation>Mois sans contact</translation>
    </message>
    <message>
        <source>Stored in the directory: the command line&apos;s `iomdesk retention` uses it too</source>
        <translation>Enregistré dans l’annuaire&#xa0;: la commande `iomdesk retention` l’utilise aussi</translation>
    </message>
    <message>
        <source>Contacts due for review</source>
        <translation>Contacts à réviser</translation>
    </message>
    <message>
        <source>Select contacts to set their review date, show them or erase them; double-click shows one in the main table</source>
        <translation>Sélectionnez des contacts pour fixer leur date de révision, les afficher ou les effacer&#xa0;; un double-clic en affiche un dans le tableau principal</translation>
    </message>
    <message>
        <source>New review date:</source>
        <translation>Nouvelle date de révision&#xa0;:</translation>
    </message>
    <message>
        <source>New review date</source>
        <translation>Nouvelle date de révision</translation>
    </message>
    <message>
        <source>The review date that Set review date gives the selected contacts</source>
        <translation>La date de révision à donner aux contacts sélectionnés</translation>
    </message>
    <message>
        <source>Set review date</source>
        <translation>Fixer la date de révision</translation>
    </message>
    <message>
        <source>Gives the selected contacts the new review date</source>
        <translation>Donne la nouvelle date de révision aux contacts sélectionnés</translation>
    </message>
    <message>
        <source>Show in table</source>
        <translation>Afficher dans le tableau</translation>
    </message>
    <message>
        <source>Shows the first selected contact in the main window</source>
        <translation>Affiche le premier contact sélectionné dans la fenêtre principale</translation>
    </message>
    <message>
        <source>Erase selected...</source>
        <translation>Effacer la sélection…</translation>
    </message>
    <message>
        <source>Erases the selected contacts for good, after asking</source>
        <translation>Efface définitivement les contacts sélectionnés, après confirmation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes the retention review</source>
        <translation>Ferme l’examen de la conservation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) due for review</source>
        <translation>
            <numerusform>%Ln contact à réviser</numerusform>
            <numerusform>%Ln contacts à réviser</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>{name} (do not contact)</source>
        <translation>{name} (ne pas contacter)</translation>
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
        <source>{shown} contact(s)</source>
        <translation>
            <numerusform>{shown} contact</numerusform>
            <numerusform>{shown} contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} contact(s)</source>
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
    <name>SendDialog</name>
    <message>
        <source>Send to list</source>
        <translation>Envoyer à une liste</translation>
    </message>
    <message>
        <source>List to send to</source>
        <translation>Liste destinataire</translation>
    </message>
    <message>
        <source>The distribution list whose members get the message</source>
        <translation>La liste de diffusion dont les membres reçoivent le message</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste&#xa0;:</translation>
    </message>
    <message>
        <source>Article to send</source>
        <translation>Article à envoyer</translation>
    </message>
    <message>
        <source>The article whose title is the subject and whose link is the message; or none, to type a subject</source>
        <translation>L’article dont le titre sert d’objet et le lien de message&#xa0;; ou aucun, pour saisir un objet</translation>
    </message>
    <message>
        <source>(no article: type a subject below)</source>
        <translation>(aucun article&#xa0;: saisissez un objet ci-dessous)</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>&amp;Article&#xa0;:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>The subject of the message when no article is chosen</source>
        <translation>L’objet du message quand aucun article n’est choisi</translation>
    </message>
    <message>
        <source>Subject of the message</source>
        <translation>Objet du message</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Who this send leaves out, and why</source>
        <translation>Les personnes exclues de cet envoi, et pourquoi</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Les exclure</translation>
    </message>
    <message>
        <source>Do not write again to those who already got this article</source>
        <translation>Ne pas écrire de nouveau à ceux qui ont déjà reçu cet article</translation>
    </message>
    <message>
        <source>Open in my &amp;mail client (addresses in BCC)</source>
        <translation>Ouvrir dans mon client de &amp;messagerie (adresses en Cci)</translation>
    </message>
    <message>
        <source>Opens a new message in your mail client with the recipients in BCC</source>
        <translation>Ouvre un nouveau message dans votre client de messagerie, avec les destinataires en Cci</translation>
    </message>
    <message>
        <source>Save an .&amp;eml draft (opens in Outlook or Thunderbird as a draft)</source>
        <translation>Enregistrer un brouillon .&amp;eml (s’ouvre comme brouillon dans Outlook ou Thunderbird)</translation>
    </message>
    <message>
        <source>Saves the message as a draft file that you open and send yourself</source>
        <translation>Enregistre le message dans un fichier brouillon que vous ouvrez et envoyez vous-même</translation>
    </message>
    <message>
        <source>Closes without sending</source>
        <translation>Ferme sans envoyer</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Sends to the recipients counted above, in the way chosen</source>
        <translation>Envoie aux destinataires comptés ci-dessus, de la manière choisie</translation>
    </message>
    <message>
        <source>There is no list yet: add contacts to a list first (Contact &gt; Add to list, Ctrl+L).</source>
        <translation>Il n’y a encore aucune liste&#xa0;: ajoutez d’abord des contacts à une liste (Contact &gt; Ajouter à une liste, Ctrl+L).</translation>
    </message>
    <message>
        <source>Cannot read the list: {error}</source>
        <translation>Impossible de lire la liste&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) already got this article.</source>
        <translation>
            <numerusform>%Ln destinataire a déjà reçu cet article.</numerusform>
            <numerusform>%Ln destinataires ont déjà reçu cet article.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) in BCC.</source>
        <translation>
            <numerusform>%Ln destinataire en Cci.</numerusform>
            <numerusform>%Ln destinataires en Cci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody to send to: every member is left out (see below).</source>
        <translation>Personne à qui envoyer&#xa0;: tous les membres sont exclus (voir ci-dessous).</translation>
    </message>
</context>
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
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Choose the interface language</source>
        <translation>Choisir la langue de l’interface</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <comment>shortcuts in no menu</comment>
        <translation>Autres</translation>
    </message>
    <message>
        <source>In a field</source>
        <translation>Dans un champ</translation>
    </message>
    <message>
        <source>In the contact editor</source>
        <translation>Dans l’éditeur de contact</translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <source>Close without saving (twice when there are edits)</source>
        <translation>Fermer sans enregistrer (deux fois s’il y a des modifications)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts - {app}</source>
        <translation>Raccourcis clavier - {app}</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Action or key, e.g. import or {keys}</source>
        <translation>Action ou touche, p. ex. importer ou {keys}</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Rechercher un raccourci</translation>
    </message>
    <message>
        <source>Type words of an action, a menu or a key: only the shortcuts holding every word are listed</source>
        <translation>Saisissez des mots d’une action, d’un menu ou d’une touche&#xa0;: seuls les raccourcis contenant tous ces mots sont affichés</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, grouped by the menu that shows it</source>
        <translation>Tous les raccourcis clavier, regroupés par menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>No shortcut matches.</source>
        <translation>Aucun raccourci ne correspond.</translation>
    </message>
    <message>
        <source>Close the list of keyboard shortcuts</source>
        <translation>Fermer la liste des raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Summaries</name>
    <message numerus="yes">
        <source>%Ln contact(s) marked do not contact</source>
        <translation>
            <numerusform>%Ln contact marqué «&#xa0;ne pas contacter&#xa0;»</numerusform>
            <numerusform>%Ln contacts marqués «&#xa0;ne pas contacter&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) or number(s) added to the suppression list</source>
        <translation>
            <numerusform>%Ln adresse ou numéro ajouté à la liste d’exclusion</numerusform>
            <numerusform>%Ln adresses ou numéros ajoutés à la liste d’exclusion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) may be contacted again</source>
        <translation>
            <numerusform>%Ln contact de nouveau autorisé</numerusform>
            <numerusform>%Ln contacts de nouveau autorisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) or number(s) taken off the suppression list</source>
        <translation>
            <numerusform>%Ln adresse ou numéro retiré de la liste d’exclusion</numerusform>
            <numerusform>%Ln adresses ou numéros retirés de la liste d’exclusion</numerusform>
        </translation>
    </message>
    <message>
        <source>{recorded}: {marked}, {already} already marked, {absent} not in the directory (kept on the suppression list)</source>
        <translation>{recorded}&#xa0;: {marked}, déjà marqués&#xa0;: {already}, absentes de l’annuaire&#xa0;: {absent} (conservées sur la liste d’exclusion)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) recorded</source>
        <translation>
            <numerusform>%Ln adresse enregistrée</numerusform>
            <numerusform>%Ln adresses enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) erased for good</source>
        <translation>
            <numerusform>%Ln contact effacé définitivement</numerusform>
            <numerusform>%Ln contacts effacés définitivement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln id(s) not found: {ids}</source>
        <translation>
            <numerusform>%Ln identifiant introuvable&#xa0;: {ids}</numerusform>
            <numerusform>%Ln identifiants introuvables&#xa0;: {ids}</numerusform>
        </translation>
    </message>
    <message>
        <source>1 automatic backup beside the directory still holds the erased data; delete it to finish the erasure.</source>
        <translation>1 sauvegarde automatique à côté de l’annuaire contient encore les données effacées&#xa0;; supprimez-la pour achever l’effacement.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln automatic backups beside the directory still hold the erased data; delete them to finish the erasure.</source>
        <translation>
            <numerusform>%Ln sauvegarde automatique à côté de l’annuaire contient encore les données effacées&#xa0;; supprimez-la pour achever l’effacement.</numerusform>
            <numerusform>%Ln sauvegardes automatiques à côté de l’annuaire contiennent encore les données effacées&#xa0;; supprimez-les pour achever l’effacement.</numerusform>
        </translation>
    </message>
    <message>
        <source>{source} row {row}</source>
        <translation>{source}, ligne {row}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <source>rows {rows}</source>
        <translation>lignes {rows}</translation>
    </message>
    <message>
        <source>{rows} and {count} more</source>
        <translation>{rows} et {count} de plus</translation>
    </message>
    <message>
        <source>1 contact was marked do not contact (on the suppression list): {where}</source>
        <translation>1 contact a été marqué «&#xa0;ne pas contacter&#xa0;» (il figure sur la liste d’exclusion)&#xa0;: {where}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts were marked do not contact (on the suppression list): {where}</source>
        <translation>
            <numerusform>%Ln contact a été marqué «&#xa0;ne pas contacter&#xa0;» (il figure sur la liste d’exclusion)&#xa0;: {where}</numerusform>
            <numerusform>%Ln contacts ont été marqués «&#xa0;ne pas contacter&#xa0;» (ils figurent sur la liste d’exclusion)&#xa0;: {where}</numerusform>
        </translation>
    </message>
    <message>
        <source>has no country code and no country of the release reads it (office, place, dateline, site, other numbers), or more than one does; kept as printed: add +CC to it, or a country to the contact</source>
        <translation>n’a pas d’indicatif de pays et aucun pays du communiqué (bureau, lieu, en-tête, site, autres numéros) ne permet de le lire, ou plusieurs le permettent&#xa0;; conservé tel qu’imprimé&#xa0;: ajoutez-y +CC, ou un pays au contact</translation>
    </message>
    <message>
        <source>{name}, phone {number}: {message}</source>
        <translation>{name}, téléphone {number}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>contact {contact}, phone {number}: {message}</source>
        <translation>contact {contact}, téléphone {number}&#xa0;: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact block(s) could not be read into a contact; none was made up (add them by hand)</source>
        <translation>
            <numerusform>%Ln bloc de contacts n’a pu être lu comme un contact&#xa0;; aucun contact n’a été inventé (ajoutez-les à la main)</numerusform>
            <numerusform>%Ln blocs de contacts n’ont pu être lus comme des contacts&#xa0;; aucun contact n’a été inventé (ajoutez-les à la main)</numerusform>
        </translation>
    </message>
    <message>
        <source>1 number or address printed in a contact block before any name belongs to no contact and was not stored (listed with the release)</source>
        <translation>1 numéro ou adresse imprimé dans un bloc de contacts avant tout nom n’appartient à aucun contact et n’a pas été enregistré (indiqué avec le communiqué)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers or addresses printed in a contact block before any name belong to no contact and were not stored (listed with the release)</source>
        <translation>
            <numerusform>%Ln numéro ou adresse imprimé dans un bloc de contacts avant tout nom n’appartient à aucun contact et n’a pas été enregistré (indiqué avec le communiqué)</numerusform>
            <numerusform>%Ln numéros ou adresses imprimés dans un bloc de contacts avant tout nom n’appartiennent à aucun contact et n’ont pas été enregistrés (indiqués avec le communiqué)</numerusform>
        </translation>
    </message>
    <message>
        <source>You have read-only access to this team directory</source>
        <translation>Vous avez un accès en lecture seule à cet annuaire d’équipe</translation>
    </message>
    <message>
        <source>a list named &apos;{name}&apos; already exists; choose another name</source>
        <translation>une liste nommée «&#xa0;{name}&#xa0;» existe déjà&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>list {name} does not exist</source>
        <translation>la liste {name} n’existe pas</translation>
    </message>
    <message>
        <source>contact {id} does not exist</source>
        <translation>le contact {id} n’existe pas</translation>
    </message>
    <message>
        <source>a list needs a name</source>
        <translation>une liste doit avoir un nom</translation>
    </message>
    <message>
        <source>a list name can have at most {limit} characters</source>
        <translation>un nom de liste ne peut pas dépasser {limit} caractères</translation>
    </message>
    <message>
        <source>a list name cannot contain a double quote (&quot;) : search writes list:&quot;NAME&quot;</source>
        <translation>un nom de liste ne peut pas contenir de guillemet droit (&quot;) car la recherche écrit list:&quot;NOM&quot;</translation>
    </message>
    <message>
        <source>this is {what}, not a text file; nothing was unpacked or imported. Open it in its program (a spreadsheet: save as CSV UTF-8) and import that file</source>
        <translation>ce fichier est {what}, pas un fichier texte&#xa0;; rien n’a été décompressé ni importé. Ouvrez-le dans son logiciel (un tableur&#xa0;: enregistrez-le au format CSV UTF-8) et importez ce fichier</translation>
    </message>
    <message>
        <source>the file is not {encoding}: byte {byte} cannot be read in it; leave the encoding on automatic or choose another</source>
        <translation>le fichier n’est pas en {encoding}&#xa0;: l’octet {byte} ne peut pas y être lu&#xa0;; laissez l’encodage sur Détecter automatiquement ou choisissez-en un autre</translation>
    </message>
    <message>
        <source>the file is not {encoding}; leave the encoding on automatic or choose another</source>
        <translation>le fichier n’est pas en {encoding}&#xa0;; laissez l’encodage sur Détecter automatiquement ou choisissez-en un autre</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is empty (no header row)</source>
        <translation>le fichier est vide (pas de ligne d’en-tête)</translation>
    </message>
    <message>
        <source>the file has a header row but no contacts below it</source>
        <translation>le fichier a une ligne d’en-tête mais aucun contact en dessous</translation>
    </message>
    <message>
        <source>this is not a text file (it holds binary data); if it is an Excel workbook, save it as CSV UTF-8 first</source>
        <translation>ce n’est pas un fichier texte (il contient des données binaires)&#xa0;; s’il s’agit d’un classeur Excel, enregistrez-le d’abord au format CSV UTF-8</translation>
    </message>
    <message>
        <source>this is not a text file the app can read (no text encoding fits)</source>
        <translation>ce n’est pas un fichier texte lisible par l’application (aucun encodage ne convient)</translation>
    </message>
    <message>
        <source>this does not look like a CSV file (it holds many control characters); if it is a spreadsheet, save it as CSV first</source>
        <translation>ce fichier ne ressemble pas à un fichier CSV (il contient de nombreux caractères de contrôle)&#xa0;; s’il s’agit d’un tableur, enregistrez-le d’abord au format CSV</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>the file does not exist (any more)</source>
        <translation>le fichier n’existe pas (ou plus)</translation>
    </message>
    <message>
        <source>the file cannot be opened (permission denied)</source>
        <translation>le fichier ne peut pas être ouvert (accès refusé)</translation>
    </message>
    <message>
        <source>no vCard found (no BEGIN:VCARD line)</source>
        <translation>aucune vCard trouvée (pas de ligne BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>a zip archive (or an Excel .xlsx / OpenDocument workbook)</source>
        <translation>une archive zip (ou un classeur Excel .xlsx / OpenDocument)</translation>
    </message>
    <message>
        <source>an empty zip archive</source>
        <translation>une archive zip vide</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>un fichier compressé gzip</translation>
    </message>
    <message>
        <source>a bzip2-compressed file</source>
        <translation>un fichier compressé bzip2</translation>
    </message>
    <message>
        <source>an xz-compressed file</source>
        <translation>un fichier compressé xz</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>une archive 7-Zip</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>une archive RAR</translation>
    </message>
    <message>
        <source>a zstd-compressed file</source>
        <translation>un fichier compressé zstd</translation>
    </message>
    <message>
        <source>an old Excel .xls (or Word/Outlook) file</source>
        <translation>un ancien fichier Excel .xls (ou Word/Outlook)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>une base de données SQLite</translation>
    </message>
    <message>
        <source>Backed up {contacts}, {articles} to {path}</source>
        <translation>Sauvegarde de {contacts} et {articles} dans {path}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>contacts: added {added}, updated {updated}, skipped {skipped}; articles: added {articles}</source>
        <translation>contacts ajoutés&#xa0;: {added}, mis à jour&#xa0;: {updated}, ignorés&#xa0;: {skipped}&#xa0;; articles ajoutés&#xa0;: {articles}</translation>
    </message>
    <message>
        <source>(count only: nothing was stored)</source>
        <translation>(décompte seulement&#xa0;: rien n’a été enregistré)</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}&#xa0;; {second}</translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{file} opens in the import wizard when this import is closed</source>
        <translation>{file} s’ouvrira dans l’assistant d’importation quand cette importation sera fermée</translation>
    </message>
    <message>
        <source>Import: {summary}</source>
        <translation>Importation&#xa0;: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contact to {path}</source>
        <translation>
            <numerusform>%Ln contact exporté dans {path}</numerusform>
            <numerusform>%Ln contacts exportés dans {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contacts to {path}</source>
        <translation>
            <numerusform>%Ln contact exporté dans {path}</numerusform>
            <numerusform>%Ln contacts exportés dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Import press releases</source>
        <translation>Importer des communiqués de presse</translation>
    </message>
    <message>
        <source>Press releases (*.txt *.html *.htm)</source>
        <translation>Communiqués de presse (*.txt *.html *.htm)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import every press release in a folder</source>
        <translation>Importer tous les communiqués de presse d’un dossier</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy a press release first.</source>
        <translation>Le presse-papiers ne contient pas de texte. Copiez d’abord un communiqué de presse.</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Importation impossible</translation>
    </message>
    <message>
        <source>Cannot read {file}</source>
        <translation>Impossible de lire {file}</translation>
    </message>
    <message>
        <source>Cannot save the press release</source>
        <translation>Impossible d’enregistrer le communiqué de presse</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>«&#xa0;{title}&#xa0;» enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contact</source>
        <translation>
            <numerusform>%Ln nouveau contact</numerusform>
            <numerusform>%Ln nouveaux contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contacts</source>
        <translation>
            <numerusform>%Ln nouveau contact</numerusform>
            <numerusform>%Ln nouveaux contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln existing contact linked</source>
        <translation>
            <numerusform>%Ln contact existant lié</numerusform>
            <numerusform>%Ln contacts existants liés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln existing contacts linked</source>
        <translation>
            <numerusform>%Ln contact existant lié</numerusform>
            <numerusform>%Ln contacts existants liés</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked do not contact</source>
        <translation>Contacts marqués «&#xa0;ne pas contacter&#xa0;»</translation>
    </message>
    <message>
        <source>Some contact details were not stored</source>
        <translation>Certaines coordonnées n’ont pas été enregistrées</translation>
    </message>
    <message>
        <source>Cannot delete the article</source>
        <translation>Impossible de supprimer l’article</translation>
    </message>
    <message>
        <source>Deleted the article “{title}”; its contacts stay. Undo with {shortcut}.</source>
        <translation>Article «&#xa0;{title}&#xa0;» supprimé&#xa0;; ses contacts sont conservés. Annulez avec {shortcut}.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln press release...</source>
        <translation>
            <numerusform>Importation de %Ln communiqué de presse…</numerusform>
            <numerusform>Importation de %Ln communiqués de presse…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln press releases...</source>
        <translation>
            <numerusform>Importation de %Ln communiqué de presse…</numerusform>
            <numerusform>Importation de %Ln communiqués de presse…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was stored</source>
        <translation>Importation annulée&#xa0;: rien n’a été enregistré</translation>
    </message>
    <message>
        <source>The import failed; nothing was stored</source>
        <translation>L’importation a échoué&#xa0;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>Imported {articles} from {files}; {contacts}</source>
        <translation>Importés&#xa0;: {articles} depuis {files}&#xa0;; {contacts}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article</source>
        <translation>
            <numerusform>%Ln nouvel article</numerusform>
            <numerusform>%Ln nouveaux articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new articles</source>
        <translation>
            <numerusform>%Ln nouvel article</numerusform>
            <numerusform>%Ln nouveaux articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {what}</source>
        <translation>{file}&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Non importés&#xa0;:</translation>
    </message>
    <message>
        <source>Stored, but worth a look:</source>
        <translation>Enregistrés, mais à vérifier&#xa0;:</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
    <message>
        <source>Some files or details were not imported</source>
        <translation>Certains fichiers ou détails n’ont pas été importés</translation>
    </message>
    <message>
        <source>Imported: some details need a look</source>
        <translation>Importation effectuée&#xa0;: certains détails sont à vérifier</translation>
    </message>
    <message>
        <source>A backup is already running</source>
        <translation>Une sauvegarde est déjà en cours</translation>
    </message>
    <message>
        <source>Back up the directory</source>
        <translation>Sauvegarder l’annuaire</translation>
    </message>
    <message>
        <source>IOM Desk backup (*.sqlite3)</source>
        <translation>Sauvegarde IOM Desk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backing up the directory...</source>
        <translation>Sauvegarde de l’annuaire…</translation>
    </message>
    <message>
        <source>Back up directory</source>
        <translation>Sauvegarde de l’annuaire</translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation>Sauvegarde enregistrée</translation>
    </message>
    <message>
        <source>To restore it into an empty directory: {command}</source>
        <translation>Pour la restaurer dans un annuaire vide&#xa0;: {command}</translation>
    </message>
    <message>
        <source>Backup cancelled: no file was written</source>
        <translation>Sauvegarde annulée&#xa0;: aucun fichier n’a été écrit</translation>
    </message>
    <message>
        <source>The backup failed; no file was written</source>
        <translation>La sauvegarde a échoué&#xa0;; aucun fichier n’a été écrit</translation>
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
        <source>Undone: {action}</source>
        <translation>Annulé&#xa0;: {action}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Rétabli&#xa0;: {action}</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Impossible d’annuler</translation>
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
        <translation>une rubrique est vide</translation>
    </message>
    <message>
        <source>a beat is longer than {limit} characters</source>
        <translation>une rubrique dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>a beat cannot contain {separator}; add two beats instead</source>
        <translation>une rubrique ne peut pas contenir {separator}&#xa0;; ajoutez plutôt deux rubriques</translation>
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
        <translation>télécopie</translation>
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
        <translation>non valide à ce jour, conservé tel que saisi</translation>
    </message>
    <message>
        <source>a phone number is empty</source>
        <translation>un numéro de téléphone est vide</translation>
    </message>
    <message>
        <source>has no country code (+CC) and the contact has no country to take it from; write it as +CC ... or set the office&apos;s country</source>
        <translation>n’a pas d’indicatif de pays (+CC) et le contact n’a aucun pays dont le tirer&#xa0;; écrivez-le sous la forme +CC … ou indiquez le pays du bureau</translation>
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
    <message>
        <source>An email address must have an @-sign.</source>
        <translation>Une adresse électronique doit contenir un @.</translation>
    </message>
    <message>
        <source>There must be something before the @-sign.</source>
        <translation>Il doit y avoir quelque chose avant le @.</translation>
    </message>
    <message>
        <source>There must be something after the @-sign.</source>
        <translation>Il doit y avoir quelque chose après le @.</translation>
    </message>
    <message>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>La partie après le @ n’est pas valide. Elle devrait contenir un point.</translation>
    </message>
    <message>
        <source>An email address cannot have a period immediately after the @-sign.</source>
        <translation>Une adresse électronique ne peut pas avoir de point juste après le @.</translation>
    </message>
    <message>
        <source>An email address cannot have a period immediately before the @-sign.</source>
        <translation>Une adresse électronique ne peut pas avoir de point juste avant le @.</translation>
    </message>
    <message>
        <source>An email address cannot have two periods in a row.</source>
        <translation>Une adresse électronique ne peut pas contenir deux points de suite.</translation>
    </message>
    <message>
        <source>An email address cannot start with a period.</source>
        <translation>Une adresse électronique ne peut pas commencer par un point.</translation>
    </message>
    <message>
        <source>An email address cannot end with a period.</source>
        <translation>Une adresse électronique ne peut pas se terminer par un point.</translation>
    </message>
    <message>
        <source>An email address cannot have a hyphen immediately after the @-sign.</source>
        <translation>Une adresse électronique ne peut pas avoir de trait d’union juste après le @.</translation>
    </message>
    <message>
        <source>An email address cannot have a period and a hyphen next to each other.</source>
        <translation>Une adresse électronique ne peut pas avoir un point et un trait d’union côte à côte.</translation>
    </message>
    <message>
        <source>The email address contains invalid characters before the @-sign: {chars}.</source>
        <translation>L’adresse électronique contient des caractères non valides avant le @&#xa0;: {chars}.</translation>
    </message>
    <message>
        <source>The part after the @-sign contains invalid characters: {chars}.</source>
        <translation>La partie après le @ contient des caractères non valides&#xa0;: {chars}.</translation>
    </message>
    <message>
        <source>{name} was changed by someone else since; their change is kept</source>
        <translation>{name} a été modifié par une autre personne entre-temps&#xa0;; sa modification est conservée</translation>
    </message>
    <message>
        <source>same email {address}</source>
        <translation>même adresse électronique {address}</translation>
    </message>
    <message>
        <source>same phone {number}</source>
        <translation>même téléphone {number}</translation>
    </message>
    <message>
        <source>same name and office</source>
        <translation>même nom et même bureau</translation>
    </message>
    <message>
        <source>{name} was changed by someone else since you opened it; reload it and make your change again</source>
        <translation>{name} a été modifié par une autre personne depuis que vous l’avez ouvert&#xa0;; rouvrez-le et refaites votre modification</translation>
    </message>
    <message>
        <source>the contact was changed by someone else at the same time; try again</source>
        <translation>le contact a été modifié par une autre personne au même moment&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>the directory is busy: another IOM Desk is saving to it (or an import is still running); try again in a moment. Nothing was stored.</source>
        <translation>l’annuaire est occupé&#xa0;: un autre IOM Desk y enregistre des données (ou une importation est en cours)&#xa0;; réessayez dans un instant. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The team database at {where} cannot be reached; nothing was stored. IOM Desk will reconnect when it is back.</source>
        <translation>La base de données d’équipe sur {where} est injoignable&#xa0;; rien n’a été enregistré. IOM Desk se reconnectera dès qu’elle sera de nouveau disponible.</translation>
    </message>
    <message>
        <source>The team database at {where} cannot be reached; your changes are kept in the dialog; IOM Desk will reconnect when it is back. Save again then.</source>
        <translation>La base de données d’équipe sur {where} est injoignable&#xa0;; vos modifications sont conservées dans la boîte de dialogue et IOM Desk se reconnectera dès qu’elle sera de nouveau disponible. Enregistrez alors de nouveau.</translation>
    </message>
    <message>
        <source>{source}: row {row}</source>
        <translation>{source}&#xa0;: ligne {row}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <source>{where}: phone kept as entered: no country code</source>
        <translation>{where}&#xa0;: numéro conservé tel que saisi (sans indicatif de pays)</translation>
    </message>
    <message>
        <source>{where}: {count} phones kept as entered: no country code</source>
        <translation>{where}&#xa0;: {count} numéros conservés tels que saisis (sans indicatif de pays)</translation>
    </message>
    <message>
        <source>more phones kept as entered: no country code (see the summary)</source>
        <translation>d’autres numéros ont été conservés tels que saisis, sans indicatif de pays (voir le bilan)</translation>
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
        <translation>Rubrique</translation>
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
        <source>&apos;{value}&apos;</source>
        <translation>«&#xa0;{value}&#xa0;»</translation>
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
<context>
    <name>history_dialog</name>
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
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Courriels</translation>
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
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>Do-not-contact reason</source>
        <translation>Motif «&#xa0;ne pas contacter&#xa0;»</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>{user} (database user {db_user})</source>
        <translation>{user} (utilisateur de base de données {db_user})</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>who made a change</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Restored from version {version}</source>
        <translation>Restauré depuis la version {version}</translation>
    </message>
    <message>
        <source>Edited on top of version {version}</source>
        <translation>Modifié par-dessus la version {version}</translation>
    </message>
    <message>
        <source>Imported from a press release</source>
        <translation>Importé depuis un communiqué de presse</translation>
    </message>
    <message>
        <source>Updated by an import</source>
        <translation>Mis à jour par une importation</translation>
    </message>
    <message>
        <source>Updated by an import from {source}</source>
        <translation>Mis à jour par une importation depuis {source}</translation>
    </message>
    <message>
        <source>Imported from {source}</source>
        <translation>Importé depuis {source}</translation>
    </message>
    <message>
        <source>Created (sample data)</source>
        <translation>Créé (données d’exemple)</translation>
    </message>
    <message>
        <source>Tag “{tag}” added</source>
        <translation>Étiquette «&#xa0;{tag}&#xa0;» ajoutée</translation>
    </message>
    <message>
        <source>Tag “{tag}” removed</source>
        <translation>Étiquette «&#xa0;{tag}&#xa0;» retirée</translation>
    </message>
    <message>
        <source>{what} ({fields})</source>
        <translation>{what} ({fields})</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Put back after a delete</source>
        <translation>Rétabli après une suppression</translation>
    </message>
    <message>
        <source>Linked to an article</source>
        <translation>Lié à un article</translation>
    </message>
    <message>
        <source>Unlinked from an article</source>
        <translation>Dissocié d’un article</translation>
    </message>
    <message>
        <source>Change undone</source>
        <translation>Modification annulée</translation>
    </message>
    <message>
        <source>Change redone</source>
        <translation>Modification rétablie</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>Étiquette ajoutée</translation>
    </message>
    <message>
        <source>Tag removed</source>
        <translation>Étiquette retirée</translation>
    </message>
    <message>
        <source>Marked do not contact</source>
        <translation>Marqué «&#xa0;ne pas contacter&#xa0;»</translation>
    </message>
    <message>
        <source>Contact allowed again</source>
        <translation>Contact de nouveau autorisé</translation>
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
        <source>{number} ({kind})</source>
        <translation>{number} ({kind})</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>do not contact</comment>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <comment>do not contact</comment>
        <translation>non</translation>
    </message>
    <message>
        <source>v{version} · {when} · {who} · {what}</source>
        <translation>v{version} · {when} · {who} · {what}</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>B&amp;rowse...</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Chooses the file in a file dialog</source>
        <translation>Choisit le fichier dans une boîte de dialogue</translation>
    </message>
</context>
</TS>
