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
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>A desktop directory of media contacts for IOM country offices.</source>
        <translation>Un annuaire de contacts médias, sur le poste de travail, pour les bureaux de pays de l&apos;OIM.</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Select this line to copy it, for example into a support request</source>
        <translation>Sélectionnez cette ligne pour la copier, par exemple dans une demande d&apos;assistance</translation>
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
        <translation>La recherche, la copie et la rédaction de courriels restent possibles&#xa0;; l&apos;ajout, la modification, la suppression, l&apos;importation et les changements de listes sont désactivés, et les envois ne sont pas consignés dans l&apos;historique.</translation>
    </message>
    <message>
        <source>You have read-only access to this team directory: the database role {role} may only read it.</source>
        <translation>Vous avez un accès en lecture seule à cet annuaire d&apos;équipe&#xa0;: le rôle de base de données {role} ne peut que le lire.</translation>
    </message>
    <message>
        <source>You have read-only access to this team directory: the database server accepts only reading now.</source>
        <translation>Vous avez un accès en lecture seule à cet annuaire d&apos;équipe&#xa0;: le serveur de base de données n&apos;accepte actuellement que la lecture.</translation>
    </message>
    <message>
        <source>You have read-only access to this directory: the file {path} cannot be written.</source>
        <translation>Vous avez un accès en lecture seule à cet annuaire&#xa0;: le fichier {path} n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>You have read-only access to this directory: the folder {path} cannot be written.</source>
        <translation>Vous avez un accès en lecture seule à cet annuaire&#xa0;: le dossier {path} n&apos;est pas accessible en écriture.</translation>
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
        <translation>base de données d&apos;équipe {database} ({where})</translation>
    </message>
    <message>
        <source>Connect to &amp;team database...</source>
        <translation>Se connecter à la base de données d&apos;é&amp;quipe...</translation>
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
        <translation>{directory}&#xa0;: injoignable, reconnexion en cours... (lecture seule)</translation>
    </message>
    <message>
        <source>{directory}: cannot be reached, reconnecting...</source>
        <translation>{directory}&#xa0;: injoignable, reconnexion en cours...</translation>
    </message>
    <message>
        <source>{directory} (read-only)</source>
        <translation>{directory} (lecture seule)</translation>
    </message>
    <message>
        <source>The team database can be reached again: saving works again.</source>
        <translation>La base de données d&apos;équipe est de nouveau accessible&#xa0;: l&apos;enregistrement fonctionne de nouveau.</translation>
    </message>
    <message>
        <source>Opened {directory}</source>
        <translation>Ouvert&#xa0;: {directory}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>{name} was changed after you opened it: {who} saved it at {time} on {date}. Your save was refused and nothing was overwritten.</source>
        <translation>Le contact {name} a été modifié après que vous l&apos;avez ouvert&#xa0;: {who} l&apos;a enregistré le {date} à {time}. Votre enregistrement a été refusé et rien n&apos;a été écrasé.</translation>
    </message>
    <message>
        <source>{name} was changed after you opened it: someone else saved it at {time} on {date}. Your save was refused and nothing was overwritten.</source>
        <translation>Le contact {name} a été modifié après que vous l&apos;avez ouvert&#xa0;: une autre personne l&apos;a enregistré le {date} à {time}. Votre enregistrement a été refusé et rien n&apos;a été écrasé.</translation>
    </message>
    <message>
        <source>{name} was changed after you opened it: someone else saved it. Your save was refused and nothing was overwritten.</source>
        <translation>Le contact {name} a été modifié après que vous l&apos;avez ouvert&#xa0;: une autre personne l&apos;a enregistré. Votre enregistrement a été refusé et rien n&apos;a été écrasé.</translation>
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
        <translation>Vous avez tous deux modifié les champs suivants&#xa0;: {fields}&#xa0;; votre version l&apos;emporte.</translation>
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
        <translation>À l&apos;ouverture</translation>
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
        <translation>Une ligne par champ qui diffère&#xa0;: sa valeur à l&apos;ouverture du contact, la valeur actuelle de votre collègue et la vôtre. Jaune&#xa0;: modifié par votre collègue&#xa0;; bleu&#xa0;: modifié par vous&#xa0;; rouge&#xa0;: modifié par vous deux.</translation>
    </message>
    <message>
        <source>{field}
both changed:
yours wins</source>
        <translation>{field}
modifié des deux côtés&#xa0;:
le vôtre l&apos;emporte</translation>
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
        <translation>Enregistrer vos modifications par-dessus la version de votre collègue&#xa0;; les champs que vous n&apos;avez pas modifiés gardent les valeurs de votre collègue ({keys})</translation>
    </message>
    <message>
        <source>&amp;Discard mine</source>
        <translation>&amp;Ignorer mes modifications</translation>
    </message>
    <message>
        <source>Forget your edits and load your colleague&apos;s version into the editor</source>
        <translation>Abandonner vos modifications et charger la version de votre collègue dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Back to the editor with your edits</source>
        <translation>Revenir à l&apos;éditeur avec vos modifications</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>the keyring package is not installed</source>
        <translation>le paquet keyring n&apos;est pas installé</translation>
    </message>
    <message>
        <source>no system keyring is available on this computer (on Linux: no Secret Service such as GNOME Keyring or KWallet is running); IOM Desk will ask for the password at each start</source>
        <translation>aucun trousseau du système n&apos;est disponible sur cet ordinateur (sous Linux&#xa0;: aucun service Secret Service tel que GNOME Keyring ou KWallet n&apos;est en cours d&apos;exécution)&#xa0;; IOM Desk demandera le mot de passe à chaque démarrage</translation>
    </message>
    <message>
        <source>Connect to team database</source>
        <translation>Connexion à la base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>A team directory is one PostgreSQL database that colleagues share. Ask whoever set it up for these details.</source>
        <translation>Un annuaire d&apos;équipe est une base de données PostgreSQL partagée entre collègues. Demandez ces informations à la personne qui l&apos;a mise en place.</translation>
    </message>
    <message>
        <source>The name or address of the PostgreSQL server</source>
        <translation>Le nom ou l&apos;adresse du serveur PostgreSQL</translation>
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
        <translation>Le nom de la base de données de l&apos;équipe sur ce serveur</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>Your user name on the database server</source>
        <translation>Votre nom d&apos;utilisateur sur le serveur de base de données</translation>
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
        <translation>Conserver le mot de passe dans le trousseau du système pour ne plus avoir à le saisir&#xa0;; il n&apos;est jamais écrit dans un fichier</translation>
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
        <translation>Vérifier que ces informations permettent d&apos;atteindre la base de données, sans l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Use my own directory &amp;file</source>
        <translation>Utiliser mon propre &amp;fichier d&apos;annuaire</translation>
    </message>
    <message>
        <source>Forget the team database and open {path}</source>
        <translation>Oublier la base de données d&apos;équipe et ouvrir {path}</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Open the team database and remember these details</source>
        <translation>Ouvrir la base de données d&apos;équipe et mémoriser ces informations</translation>
    </message>
    <message>
        <source>Close this dialog and keep the directory open now</source>
        <translation>Fermer cette fenêtre sans changer d&apos;annuaire</translation>
    </message>
    <message>
        <source>The password cannot be remembered: {reason}. It is never written to a file.</source>
        <translation>Le mot de passe ne peut pas être retenu&#xa0;: {reason}. Il n&apos;est jamais écrit dans un fichier.</translation>
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
        <translation>Connexion à {host}...</translation>
    </message>
    <message>
        <source>Opening the team database on {host}...</source>
        <translation>Ouverture de la base de données d&apos;équipe sur {host}...</translation>
    </message>
    <message>
        <source>Connected, but the connection could not be saved: {error}</source>
        <translation>Connecté, mais la connexion n&apos;a pas pu être enregistrée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Opening your own directory file...</source>
        <translation>Ouverture de votre propre fichier d&apos;annuaire...</translation>
    </message>
    <message>
        <source>The saved team database could not be forgotten: {error}</source>
        <translation>La base de données d&apos;équipe enregistrée n&apos;a pas pu être oubliée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{app}: team database password</source>
        <translation>{app}&#xa0;: mot de passe de la base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>Password for {connection}:
(no system keyring here: it is asked at each start)</source>
        <translation>Mot de passe pour {connection}&#xa0;:
(pas de trousseau du système ici&#xa0;: il est demandé à chaque démarrage)</translation>
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
        <translation>Copie de l&apos;annuaire en cours...</translation>
    </message>
    <message>
        <source>Copy directory</source>
        <translation>Copier l&apos;annuaire</translation>
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
        <translation>La copie a échoué&#xa0;; rien n&apos;a été enregistré dans la cible</translation>
    </message>
    <message>
        <source>Copy cancelled: nothing was stored in the target</source>
        <translation>Copie annulée&#xa0;: rien n&apos;a été enregistré dans la cible</translation>
    </message>
    <message>
        <source>The target database reported an error ({error}); nothing was stored in it. Check the connection and try again.</source>
        <translation>La base de données cible a signalé une erreur ({error})&#xa0;; rien n&apos;y a été enregistré. Vérifiez la connexion et réessayez.</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <source>Skip it (leave the target&apos;s contact as it is)</source>
        <translation>L&apos;ignorer (laisser le contact de la cible tel quel)</translation>
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
        <translation>Copier l&apos;annuaire vers...</translation>
    </message>
    <message>
        <source>Copies every contact of this directory, with its articles, distribution lists, send history and do-not-contact list, into another database: usually your team&apos;s shared directory. A contact the target already has (same email, else same phone, else same name and office) is handled as you choose below. Nothing is removed from either directory, and if the copy is cancelled or fails, nothing is stored in the target.</source>
        <translation>Copie tous les contacts de cet annuaire, avec ses articles, ses listes de diffusion, son historique des envois et sa liste «&#xa0;ne pas contacter&#xa0;», dans une autre base de données&#xa0;: en général l&apos;annuaire partagé de votre équipe. Un contact que la cible possède déjà (même adresse électronique, sinon même téléphone, sinon même nom et même bureau) est traité comme vous le choisissez ci-dessous. Rien n&apos;est supprimé dans aucun des deux annuaires et, si la copie est annulée ou échoue, rien n&apos;est enregistré dans la cible.</translation>
    </message>
    <message>
        <source>postgresql+psycopg://user@server/directory  or a .sqlite3 file</source>
        <translation>postgresql+psycopg://utilisateur@serveur/annuaire  ou un fichier .sqlite3</translation>
    </message>
    <message>
        <source>The database to copy into: a PostgreSQL URL or the path of an SQLite file</source>
        <translation>La base de données de destination&#xa0;: une URL PostgreSQL ou le chemin d&apos;un fichier SQLite</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Choose an SQLite file to copy into</source>
        <translation>Choisir un fichier SQLite de destination</translation>
    </message>
    <message>
        <source>What to do with a contact the target already has (same email, else same phone, else same name and office)</source>
        <translation>Que faire d&apos;un contact que la cible possède déjà (même adresse électronique, sinon même téléphone, sinon même nom et même bureau)</translation>
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
        <translation>Rien n&apos;a été enregistré (décompte seulement).</translation>
    </message>
    <message>
        <source>Already in the target:</source>
        <translation>Déjà présents dans la cible&#xa0;:</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>... et {count} de plus</translation>
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
        <translation>Chaque modification avec sa version, sa date, son auteur et ses champs&#xa0;; développez une modification pour voir chaque champ avant et après. Sélectionnez une modification pour rétablir le contact tel qu&apos;il était alors.</translation>
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
        <translation>Fermer l&apos;historique</translation>
    </message>
    <message>
        <source>Restore &amp;this version...</source>
        <translation>Restaurer &amp;cette version...</translation>
    </message>
    <message>
        <source>Put the contact back as it was after the selected change ({keys}). These fields stay as they are now: {fields}.</source>
        <translation>Rétablir le contact tel qu&apos;il était après la modification sélectionnée ({keys}). Ces champs restent tels qu&apos;ils sont&#xa0;: {fields}.</translation>
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
        <translation>v{version} · tel qu&apos;il était avant sa première modification enregistrée</translation>
    </message>
    <message>
        <source>No change recorded: this contact was stored before IOM Desk kept a history.</source>
        <translation>Aucune modification enregistrée&#xa0;: ce contact a été enregistré avant qu&apos;IOM Desk ne tienne un historique.</translation>
    </message>
    <message>
        <source>This is how the contact is now.</source>
        <translation>Voici le contact tel qu&apos;il est actuellement.</translation>
    </message>
    <message>
        <source>Restore this version: the contact as it was at version {version}.</source>
        <translation>Restaurer cette version&#xa0;: le contact tel qu&apos;il était à la version {version}.</translation>
    </message>
    <message>
        <source>The team database at {host} cannot be reached; nothing was stored. IOM Desk will reconnect when it is back.</source>
        <translation>La base de données d&apos;équipe sur {host} est injoignable&#xa0;; rien n&apos;a été enregistré. IOM Desk se reconnectera dès qu&apos;elle sera de nouveau disponible.</translation>
    </message>
    <message>
        <source>Version {version} has the same fields as now: nothing would change.</source>
        <translation>La version {version} a les mêmes champs qu&apos;actuellement&#xa0;: rien ne changerait.</translation>
    </message>
    <message>
        <source>Restore {name} as it was at version {version}? This changes: {fields}. You can undo it with {undo_keys}.</source>
        <translation>Rétablir le contact {name} tel qu&apos;il était à la version {version}&#xa0;? Champs modifiés&#xa0;: {fields}. Vous pourrez annuler avec {undo_keys}.</translation>
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
        <translation>Saisissez des mots d&apos;une action, d&apos;un menu ou d&apos;une touche&#xa0;: seuls les raccourcis contenant tous ces mots sont affichés</translation>
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
        <translation>Créé (données d&apos;exemple)</translation>
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
        <translation>Délié d&apos;un article</translation>
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
</TS>
