<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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

Ouvrez un par un les {messages} messages ci-dessous (chacun avec ses adresses en Cci), ou copiez toutes les adresses et collez-les dans le champ Cci d&apos;un seul message.</numerusform>
            <numerusform>%Ln adresses ne tiennent pas dans un seul lien de courriel&#xa0;: les clients de messagerie comme Outlook tronquent les liens de plus de {limit} caractères environ et perdraient des adresses sans prévenir.

Ouvrez un par un les {messages} messages ci-dessous (chacun avec ses adresses en Cci), ou copiez toutes les adresses et collez-les dans le champ Cci d&apos;un seul message.</numerusform>
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
        <translation>Copie toutes les adresses dans le presse-papiers, à coller dans le champ Cci d&apos;un message</translation>
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

Le contact, avec l&apos;ensemble de ses téléphones, adresses électroniques, notes, appartenances à des listes, liens vers des articles et entrées du journal des envois, sera supprimé et effacé du fichier de l&apos;annuaire. Seule une empreinte (hachage) des adresses électroniques et des téléphones est conservée (afin qu&apos;une importation ne les réintroduise jamais à votre insu), et une ligne d&apos;audit consigne l&apos;effacement des identifiants de contact, par qui et quand.</translation>
    </message>
    <message numerus="yes">
        <source>Erase %Ln contact(s) for good? This cannot be undone.

The contacts, with every phone, email, note, list membership, article link and outreach-ledger entry, will be deleted and wiped from the directory file. Only a hash of the emails and phones is kept (so an import never brings them back unnoticed), and an audit line records that contact ids were erased, by whom and when.</source>
        <translation>
            <numerusform>Effacer définitivement %Ln contact&#xa0;? Cette opération est irréversible.

Les contacts, avec l&apos;ensemble de leurs téléphones, adresses électroniques, notes, appartenances à des listes, liens vers des articles et entrées du journal des envois, seront supprimés et effacés du fichier de l&apos;annuaire. Seule une empreinte (hachage) des adresses électroniques et des téléphones est conservée (afin qu&apos;une importation ne les réintroduise jamais à votre insu), et une ligne d&apos;audit consigne l&apos;effacement des identifiants de contact, par qui et quand.</numerusform>
            <numerusform>Effacer définitivement %Ln contacts&#xa0;? Cette opération est irréversible.

Les contacts, avec l&apos;ensemble de leurs téléphones, adresses électroniques, notes, appartenances à des listes, liens vers des articles et entrées du journal des envois, seront supprimés et effacés du fichier de l&apos;annuaire. Seule une empreinte (hachage) des adresses électroniques et des téléphones est conservée (afin qu&apos;une importation ne les réintroduise jamais à votre insu), et une ligne d&apos;audit consigne l&apos;effacement des identifiants de contact, par qui et quand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts: {names}</source>
        <translation>Contacts&#xa0;: {names}</translation>
    </message>
    <message>
        <source>1 automatic backup beside the directory still holds the data; delete it afterwards to finish the erasure.</source>
        <translation>1 sauvegarde automatique à côté de l&apos;annuaire contient encore les données&#xa0;; supprimez-la ensuite pour achever l&apos;effacement.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln automatic backups beside the directory still hold the data; delete them afterwards to finish the erasure.</source>
        <translation>
            <numerusform>%Ln sauvegarde automatique à côté de l&apos;annuaire contient encore les données&#xa0;; supprimez-la ensuite pour achever l&apos;effacement.</numerusform>
            <numerusform>%Ln sauvegardes automatiques à côté de l&apos;annuaire contiennent encore les données&#xa0;; supprimez-les ensuite pour achever l&apos;effacement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type {word} to confirm:</source>
        <translation>Tapez {word} pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>The erase button is enabled once {word} is typed here</source>
        <translation>Le bouton d&apos;effacement s&apos;active une fois {word} tapé ici</translation>
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
        <translation>Impossible d&apos;annuler</translation>
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
        <source>Cannot add to the list</source>
        <translation>Impossible d&apos;ajouter à la liste</translation>
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
            <numerusform>%Ln contact retiré de «&#xa0;{name}&#xa0;» (conservé dans l&apos;annuaire)</numerusform>
            <numerusform>%Ln contacts retirés de «&#xa0;{name}&#xa0;» (conservés dans l&apos;annuaire)</numerusform>
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
            <numerusform>Liste «&#xa0;{name}&#xa0;» supprimée&#xa0;; %Ln contact conservé dans l&apos;annuaire.</numerusform>
            <numerusform>Liste «&#xa0;{name}&#xa0;» supprimée&#xa0;; %Ln contacts conservés dans l&apos;annuaire.</numerusform>
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
        <translation>Nom de la liste dynamique (ses membres sont les résultats de «&#xa0;{search}&#xa0;» et suivent l&apos;évolution de l&apos;annuaire)&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Rien à enregistrer</translation>
    </message>
    <message>
        <source>Type a search first (for example office:zimbabwe tag:media); a smart list keeps that search and its results follow the data.</source>
        <translation>Saisissez d&apos;abord une recherche (par exemple office:zimbabwe tag:media)&#xa0;; une liste dynamique conserve cette recherche et ses résultats suivent les données.</translation>
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
        <translation>Renommer...</translation>
    </message>
    <message>
        <source>Delete (contacts stay)</source>
        <translation>Supprimer (les contacts restent)</translation>
    </message>
    <message>
        <source>Edit search...</source>
        <translation>Modifier la recherche...</translation>
    </message>
    <message>
        <source>Send to list...</source>
        <translation>Envoyer à la liste...</translation>
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
        <translation>Collez un message de rebond (non-remise) ou une liste d&apos;adresses (tout séparateur)&#xa0;:</translation>
    </message>
    <message>
        <source>Bounce message or addresses</source>
        <translation>Message de rebond ou adresses</translation>
    </message>
    <message>
        <source>The text to look for email addresses in: a bounce message or addresses separated by anything</source>
        <translation>Le texte où chercher les adresses électroniques&#xa0;: un message de rebond ou des adresses séparées par n&apos;importe quel caractère</translation>
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
        <translation>Les adresses cochées sont enregistrées&#xa0;; décochez celles qui ne doivent pas l&apos;être</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What was recorded: the contacts marked, those already marked and the addresses not in the directory</source>
        <translation>Ce qui a été enregistré&#xa0;: les contacts marqués, ceux qui l&apos;étaient déjà et les adresses absentes de l&apos;annuaire</translation>
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
        <translation>Adresse d&apos;un système de messagerie (l&apos;expéditeur du rebond)&#xa0;: non cochée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) found; {left} from the bounce&apos;s headers or its mail system left unticked. Untick any that should not be recorded; tick any that should.</source>
        <translation>
            <numerusform>%Ln adresse trouvée &#xa0;; adresses des en-têtes du rebond ou de son système de messagerie laissées non cochées&#xa0;: {left}. Décochez celles qui ne doivent pas être enregistrées&#xa0;; cochez celles qui doivent l&apos;être.</numerusform>
            <numerusform>%Ln adresses trouvées &#xa0;; adresses des en-têtes du rebond ou de son système de messagerie laissées non cochées&#xa0;: {left}. Décochez celles qui ne doivent pas être enregistrées&#xa0;; cochez celles qui doivent l&apos;être.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) found. Untick any that should not be recorded; tick any that should.</source>
        <translation>
            <numerusform>%Ln adresse trouvée. Décochez celles qui ne doivent pas être enregistrées&#xa0;; cochez celles qui doivent l&apos;être.</numerusform>
            <numerusform>%Ln adresses trouvées. Décochez celles qui ne doivent pas être enregistrées&#xa0;; cochez celles qui doivent l&apos;être.</numerusform>
        </translation>
    </message>
    <message>
        <source>No address is ticked: nothing was recorded.</source>
        <translation>Aucune adresse n&apos;est cochée&#xa0;: rien n&apos;a été enregistré.</translation>
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
        <translation>Absentes de l&apos;annuaire (une importation les marquera)&#xa0;: {addresses}</translation>
    </message>
</context>
<context>
    <name>OutreachController</name>
    <message>
        <source>{name} is marked do not contact ({reason}). No email was opened.</source>
        <translation>Le contact {name} est marqué «&#xa0;ne pas contacter&#xa0;» ({reason}). Aucun courriel n&apos;a été ouvert.</translation>
    </message>
    <message>
        <source>{name} is marked do not contact. No email was opened.</source>
        <translation>Le contact {name} est marqué «&#xa0;ne pas contacter&#xa0;». Aucun courriel n&apos;a été ouvert.</translation>
    </message>
    <message>
        <source>No phone or softphone program is set up to open tel: links on this computer. The phone number was copied to the clipboard instead; paste it where you need it.</source>
        <translation>Aucun programme de téléphonie n&apos;est configuré pour ouvrir les liens tel: sur cet ordinateur. Le numéro de téléphone a été copié dans le presse-papiers&#xa0;; collez-le où vous en avez besoin.</translation>
    </message>
    <message>
        <source>No mail client is set up to open mailto: links on this computer. The addresses were copied to the clipboard instead; paste them where you need them.</source>
        <translation>Aucun client de messagerie n&apos;est configuré pour ouvrir les liens mailto: sur cet ordinateur. Les adresses ont été copiées dans le presse-papiers&#xa0;; collez-les où vous en avez besoin.</translation>
    </message>
    <message>
        <source>No mail client is set up to open mailto: links on this computer. The email address was copied to the clipboard instead; paste it where you need it.</source>
        <translation>Aucun client de messagerie n&apos;est configuré pour ouvrir les liens mailto: sur cet ordinateur. L&apos;adresse électronique a été copiée dans le presse-papiers&#xa0;; collez-la où vous en avez besoin.</translation>
    </message>
    <message>
        <source>No program for this link</source>
        <translation>Aucun programme pour ce lien</translation>
    </message>
    <message>
        <source>Not recorded in the history: you have read-only access to this directory.</source>
        <translation>Non enregistré dans l&apos;historique&#xa0;: vous n&apos;avez qu&apos;un accès en lecture seule à cet annuaire.</translation>
    </message>
    <message>
        <source>The send could not be recorded in the history</source>
        <translation>L&apos;envoi n&apos;a pas pu être enregistré dans l&apos;historique</translation>
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
        <translation>{name} n&apos;a pas d&apos;adresse électronique. Ajoutez-en une avec Modifier (F2).</translation>
    </message>
    <message>
        <source>Writing to {name} &lt;{address}&gt;</source>
        <translation>Rédaction d&apos;un courriel à {name} &lt;{address}&gt;</translation>
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
            <numerusform>Rédaction d&apos;un courriel à %Ln contact en Cci.</numerusform>
            <numerusform>Rédaction d&apos;un courriel à %Ln contacts en Cci.</numerusform>
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
        <translation>Impossible d&apos;envoyer à une liste</translation>
    </message>
    <message>
        <source>No list yet</source>
        <translation>Aucune liste pour l&apos;instant</translation>
    </message>
    <message>
        <source>Put contacts on a list first: select them and choose Contact &gt; Add to list (Ctrl+L).</source>
        <translation>Ajoutez d&apos;abord des contacts à une liste&#xa0;: sélectionnez-les et choisissez Contact &gt; Ajouter à une liste (Ctrl+L).</translation>
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
        <translation>Impossible d&apos;envoyer</translation>
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
        <translation>Rien n&apos;a été envoyé&#xa0;: aucun fichier choisi pour le brouillon</translation>
    </message>
    <message>
        <source>The draft could not be saved; nothing was recorded</source>
        <translation>Le brouillon n&apos;a pas pu être enregistré&#xa0;; rien n&apos;a été consigné</translation>
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
            <numerusform>Brouillon enregistré dans {path} avec %Ln destinataire en Cci&#xa0;; ouvrez-le avec Outlook ou Thunderbird pour l&apos;envoyer.</numerusform>
            <numerusform>Brouillon enregistré dans {path} avec %Ln destinataires en Cci&#xa0;; ouvrez-le avec Outlook ou Thunderbird pour l&apos;envoyer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Brouillon enregistré</translation>
    </message>
    <message>
        <source>Calling {number}</source>
        <translation>Appel&#xa0;: {number}</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Aucun numéro de téléphone</translation>
    </message>
    <message>
        <source>{name} has no phone number.</source>
        <translation>{name} n&apos;a pas de numéro de téléphone.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
</context>
<context>
    <name>ProtectionController</name>
    <message>
        <source>Cannot undo</source>
        <translation>Impossible d&apos;annuler</translation>
    </message>
    <message>
        <source>Do &amp;not contact...</source>
        <translation>&amp;Ne pas contacter...</translation>
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
        <translation>Lever «&#xa0;ne pas contacter&#xa0;» et retirer leurs adresses de la liste d&apos;exclusion</translation>
    </message>
    <message>
        <source>Record &amp;bounces or opt-outs...</source>
        <translation>Enregistrer des re&amp;bonds ou désinscriptions...</translation>
    </message>
    <message>
        <source>Paste a bounce message or a list of addresses: each is marked do not contact</source>
        <translation>Coller un message de rebond ou une liste d&apos;adresses&#xa0;: chacune est marquée «&#xa0;ne pas contacter&#xa0;»</translation>
    </message>
    <message>
        <source>E&amp;xport my data...</source>
        <translation>E&amp;xporter les données personnelles...</translation>
    </message>
    <message>
        <source>Everything held about this contact, as JSON and readable text</source>
        <translation>Tout ce qui est conservé sur ce contact, en JSON et en texte lisible</translation>
    </message>
    <message>
        <source>Erase &amp;for good...</source>
        <translation>E&amp;ffacer définitivement...</translation>
    </message>
    <message>
        <source>Delete the selected contacts irreversibly, keeping only suppression hashes</source>
        <translation>Supprimer les contacts sélectionnés de façon irréversible, en ne gardant que les empreintes d&apos;exclusion</translation>
    </message>
    <message>
        <source>&amp;Retention review...</source>
        <translation>&amp;Examen de la conservation...</translation>
    </message>
    <message>
        <source>Contacts whose review date passed or who were not contacted for months</source>
        <translation>Contacts dont la date de révision est passée ou qui n&apos;ont pas été contactés depuis des mois</translation>
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

La mention «&#xa0;ne pas contacter&#xa0;» est levée et leurs adresses électroniques et téléphones sont retirés de la liste d&apos;exclusion (une importation ne les marquera plus).</translation>
    </message>
    <message>
        <source>None of the selected contacts is marked do not contact</source>
        <translation>Aucun des contacts sélectionnés n&apos;est marqué «&#xa0;ne pas contacter&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot allow contact again</source>
        <translation>Impossible d&apos;autoriser de nouveau le contact</translation>
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
        <translation>Impossible d&apos;enregistrer les adresses</translation>
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
        <translation>{path} est une base de données&#xa0;; il n&apos;a pas été écrasé</translation>
    </message>
    <message>
        <source>Cannot export the data</source>
        <translation>Impossible d&apos;exporter les données</translation>
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
            <numerusform>Effacement de %Ln contact...</numerusform>
            <numerusform>Effacement de %Ln contacts...</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Erasing...</source>
        <translation>Effacement...</translation>
    </message>
    <message>
        <source>Cleaning the search index...</source>
        <translation>Nettoyage de l&apos;index de recherche...</translation>
    </message>
    <message>
        <source>Compacting the directory file (this can take a while on a big directory)...</source>
        <translation>Compactage du fichier de l&apos;annuaire (cela peut prendre du temps pour un grand annuaire)...</translation>
    </message>
    <message>
        <source>Truncating the write-ahead log...</source>
        <translation>Troncature du journal d&apos;écriture anticipée (WAL)...</translation>
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
        <translation>L&apos;effacement a échoué</translation>
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
        <translation>Impossible d&apos;enregistrer le réglage</translation>
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
        <translation>Marquer {names} «&#xa0;ne pas contacter&#xa0;». Ces contacts ne figureront plus jamais dans un courriel, un envoi en Cci ou un envoi à une liste, et leurs adresses électroniques et téléphones iront sur la liste d&apos;exclusion&#xa0;: une importation qui les réintroduit les marquera de nouveau.</translation>
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
        <translation>Enregistré dans l&apos;annuaire&#xa0;: la commande `iomdesk retention` l&apos;utilise aussi</translation>
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
        <translation>Effacer la sélection...</translation>
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
        <translation>Ferme l&apos;examen de la conservation</translation>
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
        <translation>L&apos;article dont le titre sert d&apos;objet et le lien de message&#xa0;; ou aucun, pour saisir un objet</translation>
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
        <translation>L&apos;objet du message quand aucun article n&apos;est choisi</translation>
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
        <source>Left out</source>
        <translation>Exclus</translation>
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
        <translation>Enregistrer un brouillon .&amp;eml (s&apos;ouvre comme brouillon dans Outlook ou Thunderbird)</translation>
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
        <translation>Il n&apos;y a encore aucune liste&#xa0;: ajoutez d&apos;abord des contacts à une liste (Contact &gt; Ajouter à une liste, Ctrl+L).</translation>
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
</TS>
