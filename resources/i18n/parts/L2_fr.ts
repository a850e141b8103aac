<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Titre de l&apos;article</translation>
    </message>
    <message>
        <source>The title of the selected article</source>
        <translation>Le titre de l&apos;article sélectionné</translation>
    </message>
    <message>
        <source>Date, place and link</source>
        <translation>Date, lieu et lien</translation>
    </message>
    <message>
        <source>The date, the place and the web address of the selected article</source>
        <translation>La date, le lieu et l&apos;adresse web de l&apos;article sélectionné</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texte de l&apos;article</translation>
    </message>
    <message>
        <source>The full text of the selected article, read-only</source>
        <translation>Le texte intégral de l&apos;article sélectionné, en lecture seule</translation>
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
        <translation>Lier un contact...</translation>
    </message>
    <message>
        <source>Chooses a contact to link to this article</source>
        <translation>Permet de choisir un contact à lier à cet article</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Délier</translation>
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
        <translation>Supprimer l&apos;article</translation>
    </message>
    <message>
        <source>Deletes the article only; its contacts stay. Undo with {shortcut}.</source>
        <translation>Supprime uniquement l&apos;article&#xa0;; ses contacts sont conservés. Annulez avec {shortcut}.</translation>
    </message>
    <message>
        <source>Send to list...</source>
        <translation>Envoyer à une liste...</translation>
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
        <translation>Aucun article pour l&apos;instant&#xa0;: Fichier &gt; Importer un communiqué de presse</translation>
    </message>
    <message>
        <source>Contact linked to the article</source>
        <translation>Contact lié à l&apos;article</translation>
    </message>
    <message>
        <source>{name} unlinked from the article</source>
        <translation>{name} n&apos;est plus lié à l&apos;article</translation>
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
        <translation>Les champs du contact, avec défilement s&apos;ils ne tiennent pas dans la fenêtre</translation>
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
        <translation>Le bureau ou l&apos;organisation&#xa0;; les bureaux existants sont proposés pendant la saisie</translation>
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
        <source>N&amp;otes</source>
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
        <source>Checks and saves the contact (Ctrl+Enter)</source>
        <translation>Vérifie et enregistre le contact (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Closes the editor without saving</source>
        <translation>Ferme l&apos;éditeur sans enregistrer</translation>
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
        <translation>Ce qui autorise l&apos;OIM à conserver les données de ce contact</translation>
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
        <translation>{items} n&apos;est pas une langue (indiquez un nom comme français ou un code ISO 639-1 à deux lettres comme fr)</translation>
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
        <translation>Ce contact semble déjà figurer dans le répertoire&#xa0;:</translation>
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
        <translation>Exporte tous les contacts du répertoire</translation>
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
        <translation>Ferme la boîte de dialogue&#xa0;; pendant l&apos;exportation, l&apos;arrête sans écrire de fichier</translation>
    </message>
    <message>
        <source>Choose the file to write first.</source>
        <translation>Choisissez d&apos;abord le fichier à écrire.</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Exportation...</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export failed, no file was written: {error}</source>
        <translation>Échec de l&apos;exportation, aucun fichier n&apos;a été écrit&#xa0;: {error}</translation>
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
        <translation>UTF-16 (texte Unicode d&apos;Excel)</translation>
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
        <translation>Les ignorer (le répertoire reste tel quel)</translation>
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
        <translation>(simulation&#xa0;: rien n&apos;a été enregistré)</translation>
    </message>
    <message>
        <source>(strict: some rows were rejected, so nothing was imported)</source>
        <translation>(mode strict&#xa0;: des lignes ont été rejetées, rien n&apos;a donc été importé)</translation>
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
        <translation>Revient à l&apos;étape précédente</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Goes on to the next step, starts the import or closes</source>
        <translation>Passe à l&apos;étape suivante, lance l&apos;importation ou ferme l&apos;assistant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes the wizard; during the import, stops it and stores nothing</source>
        <translation>Ferme l&apos;assistant&#xa0;; pendant l&apos;importation, l&apos;arrête sans rien enregistrer</translation>
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
        <translation>L&apos;encodage des caractères du fichier&#xa0;; détecté par défaut</translation>
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
        <translation>Chaque colonne du fichier, sa première valeur et le champ qu&apos;elle remplit</translation>
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
        <translation>Les {count} premières lignes telles qu&apos;elles seront enregistrées&#xa0;:</translation>
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
        <translation>Aperçu des lignes telles qu&apos;elles seront enregistrées</translation>
    </message>
    <message>
        <source>The first rows of the file as they will be stored, with the problems found in each</source>
        <translation>Les premières lignes du fichier telles qu&apos;elles seront enregistrées, avec les problèmes relevés dans chacune</translation>
    </message>
    <message>
        <source>A row is a duplicate when it has the same email as a contact (in the directory or earlier in the file), else the same phone number, else the same name and office. Duplicates:</source>
        <translation>Une ligne est un doublon si elle a le même courriel qu&apos;un contact (du répertoire ou d&apos;une ligne précédente du fichier), à défaut le même numéro de téléphone, à défaut le même nom et le même bureau. Doublons&#xa0;:</translation>
    </message>
    <message>
        <source>What happens to a row that is a duplicate</source>
        <translation>Ce qu&apos;il advient d&apos;une ligne en doublon</translation>
    </message>
    <message>
        <source>Import nothing if any row is rejected</source>
        <translation>Ne rien importer si une ligne est rejetée</translation>
    </message>
    <message>
        <source>Ticked: one rejected row cancels the whole import</source>
        <translation>Coché&#xa0;: une seule ligne rejetée annule toute l&apos;importation</translation>
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
        <translation>Importation...</translation>
    </message>
    <message>
        <source>Cancel leaves the directory exactly as it was.</source>
        <translation>Annuler laisse le répertoire exactement tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Détails de l&apos;importation</translation>
    </message>
    <message>
        <source>The warnings and notes of the import, one a line</source>
        <translation>Les avertissements et remarques de l&apos;importation, un par ligne</translation>
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
        <translation>Les lignes qui n&apos;ont pas été importées et pourquoi</translation>
    </message>
    <message>
        <source>Save rejected rows as CSV...</source>
        <translation>Enregistrer les lignes rejetées en CSV...</translation>
    </message>
    <message>
        <source>The original rows plus a reason column: fix them and import the file again</source>
        <translation>Les lignes d&apos;origine avec une colonne de motif&#xa0;: corrigez-les et importez de nouveau le fichier</translation>
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
        <translation>Annulation&#xa0;: rien ne sera enregistré...</translation>
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
            <numerusform>Importation d&apos;environ %Ln ligne depuis {file}...</numerusform>
            <numerusform>Importation d&apos;environ %Ln lignes depuis {file}...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln row from {file}...</source>
        <translation>
            <numerusform>Importation de %Ln ligne depuis {file}...</numerusform>
            <numerusform>Importation de %Ln lignes depuis {file}...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln rows from {file}...</source>
        <translation>
            <numerusform>Importation de %Ln ligne depuis {file}...</numerusform>
            <numerusform>Importation de %Ln lignes depuis {file}...</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory was backed up to {path} before the import.</source>
        <translation>Le répertoire a été sauvegardé dans {path} avant l&apos;importation.</translation>
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
        <translation>Importation annulée&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The import failed and nothing was stored: {error}</source>
        <translation>L&apos;importation a échoué et rien n&apos;a été enregistré&#xa0;: {error}</translation>
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
        <translation>Lie le contact choisi à l&apos;article</translation>
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
        <translation>Conservé tel que saisi, sans pays (ajoutez-y +CC pour l&apos;enregistrer au format normalisé)</translation>
    </message>
    <message>
        <source>Stored as {number} ({kind}), {status}</source>
        <translation>Sera enregistré sous la forme {number} ({kind}), {status}</translation>
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
        <translation>Dans le répertoire</translation>
    </message>
    <message>
        <source>No country code, and no country the release tells reads it (or several do, none of them the contact&apos;s own): kept exactly as printed. Add +CC to the number (or an office with a country) to store it normalized.</source>
        <translation>Pas d&apos;indicatif de pays, et aucun des pays cités dans le communiqué ne permet de lire ce numéro (ou plusieurs le permettent, dont aucun n&apos;est celui du contact)&#xa0;: conservé exactement tel qu&apos;imprimé. Ajoutez +CC au numéro (ou un bureau doté d&apos;un pays) pour l&apos;enregistrer au format normalisé.</translation>
    </message>
    <message>
        <source>Import press release</source>
        <translation>Importer un communiqué de presse</translation>
    </message>
    <message>
        <source>Article title</source>
        <translation>Titre de l&apos;article</translation>
    </message>
    <message>
        <source>The title the article is saved with (required)</source>
        <translation>Le titre sous lequel l&apos;article est enregistré (obligatoire)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Article date</source>
        <translation>Date de l&apos;article</translation>
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
        <translation>Un bloc de contacts a été trouvé, mais aucun contact n&apos;a pu y être lu&#xa0;; aucun n&apos;a été inventé. Ajoutez les contacts à la main si nécessaire&#xa0;:</translation>
    </message>
    <message>
        <source>Printed in a contact block before any name, so not stored with anyone (add them to a contact above if they belong to one): {values}</source>
        <translation>Imprimé dans un bloc de contacts avant tout nom, donc rattaché à personne (ajoutez-le à un contact ci-dessus s&apos;il lui appartient)&#xa0;: {values}</translation>
    </message>
    <message>
        <source>Saves the article and the ticked contacts</source>
        <translation>Enregistre l&apos;article et les contacts cochés</translation>
    </message>
    <message>
        <source>Closes without saving anything</source>
        <translation>Ferme sans rien enregistrer</translation>
    </message>
    <message>
        <source>{number}: reads in more than one of the release&apos;s countries, kept as printed (add +CC)</source>
        <translation>{number}&#xa0;: lisible dans plusieurs des pays du communiqué, conservé tel qu&apos;imprimé (ajoutez +CC)</translation>
    </message>
    <message>
        <source>{number}: no country, kept as printed (add +CC)</source>
        <translation>{number}&#xa0;: sans pays, conservé tel qu&apos;imprimé (ajoutez +CC)</translation>
    </message>
    <message>
        <source>No contact could be read from this release (see below). The article can still be saved.</source>
        <translation>Aucun contact n&apos;a pu être lu dans ce communiqué (voir ci-dessous). L&apos;article peut tout de même être enregistré.</translation>
    </message>
    <message>
        <source>No media contact block was found in this release. The article can still be saved.</source>
        <translation>Aucun bloc de contacts presse n&apos;a été trouvé dans ce communiqué. L&apos;article peut tout de même être enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact found; {ticked} ticked will be saved and linked to the article. Edit a cell to correct it; untick a contact to leave it out.</source>
        <translation>
            <numerusform>%Ln contact trouvé. Cochés&#xa0;: {ticked}, qui seront enregistrés et liés à l&apos;article. Modifiez une cellule pour la corriger&#xa0;; décochez un contact pour l&apos;exclure.</numerusform>
            <numerusform>%Ln contacts trouvés. Cochés&#xa0;: {ticked}, qui seront enregistrés et liés à l&apos;article. Modifiez une cellule pour la corriger&#xa0;; décochez un contact pour l&apos;exclure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts found; {ticked} ticked will be saved and linked to the article. Edit a cell to correct it; untick a contact to leave it out.</source>
        <translation>
            <numerusform>%Ln contact trouvé. Cochés&#xa0;: {ticked}, qui seront enregistrés et liés à l&apos;article. Modifiez une cellule pour la corriger&#xa0;; décochez un contact pour l&apos;exclure.</numerusform>
            <numerusform>%Ln contacts trouvés. Cochés&#xa0;: {ticked}, qui seront enregistrés et liés à l&apos;article. Modifiez une cellule pour la corriger&#xa0;; décochez un contact pour l&apos;exclure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number has no country code and no country of the release reads it (or several do): it is kept as printed (highlighted); add +CC to store it normalized.</source>
        <translation>
            <numerusform>%Ln numéro n&apos;a pas d&apos;indicatif de pays et aucun pays du communiqué ne permet de le lire (ou plusieurs le permettent)&#xa0;: il est conservé tel qu&apos;imprimé (en surbrillance)&#xa0;; ajoutez +CC pour l&apos;enregistrer au format normalisé.</numerusform>
            <numerusform>%Ln numéros n&apos;ont pas d&apos;indicatif de pays et aucun pays du communiqué ne permet de les lire (ou plusieurs le permettent)&#xa0;: ils sont conservés tels qu&apos;imprimés (en surbrillance)&#xa0;; ajoutez +CC pour les enregistrer au format normalisé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers have no country code and no country of the release reads them (or several do): they are kept as printed (highlighted); add +CC to store them normalized.</source>
        <translation>
            <numerusform>%Ln numéro n&apos;a pas d&apos;indicatif de pays et aucun pays du communiqué ne permet de le lire (ou plusieurs le permettent)&#xa0;: il est conservé tel qu&apos;imprimé (en surbrillance)&#xa0;; ajoutez +CC pour l&apos;enregistrer au format normalisé.</numerusform>
            <numerusform>%Ln numéros n&apos;ont pas d&apos;indicatif de pays et aucun pays du communiqué ne permet de les lire (ou plusieurs le permettent)&#xa0;: ils sont conservés tels qu&apos;imprimés (en surbrillance)&#xa0;; ajoutez +CC pour les enregistrer au format normalisé.</numerusform>
        </translation>
    </message>
    <message>
        <source>the date must look like 2024-06-12</source>
        <translation>la date doit être au format 2024-06-12</translation>
    </message>
    <message>
        <source>the article needs a title</source>
        <translation>l&apos;article doit avoir un titre</translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Importer tous les communiqués de presse d&apos;un dossier</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy a press release first.</source>
        <translation>Le presse-papiers ne contient pas de texte. Copiez d&apos;abord un communiqué de presse.</translation>
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
        <translation>Impossible d&apos;enregistrer le communiqué de presse</translation>
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
        <translation>Certaines coordonnées n&apos;ont pas été enregistrées</translation>
    </message>
    <message>
        <source>Cannot delete the article</source>
        <translation>Impossible de supprimer l&apos;article</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>«&#xa0;{title}&#xa0;» enregistré</translation>
    </message>
    <message>
        <source>Deleted the article “{title}”; its contacts stay. Undo with {shortcut}.</source>
        <translation>Article «&#xa0;{title}&#xa0;» supprimé&#xa0;; ses contacts sont conservés. Annulez avec {shortcut}.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln press release...</source>
        <translation>
            <numerusform>Importation de %Ln communiqué de presse...</numerusform>
            <numerusform>Importation de %Ln communiqués de presse...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln press releases...</source>
        <translation>
            <numerusform>Importation de %Ln communiqué de presse...</numerusform>
            <numerusform>Importation de %Ln communiqués de presse...</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was stored</source>
        <translation>Importation annulée&#xa0;: rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>The import failed; nothing was stored</source>
        <translation>L&apos;importation a échoué&#xa0;; rien n&apos;a été enregistré</translation>
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
        <translation>Certains fichiers ou détails n&apos;ont pas été importés</translation>
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
        <translation>Sauvegarder le répertoire</translation>
    </message>
    <message>
        <source>IOM Desk backup (*.sqlite3)</source>
        <translation>Sauvegarde IOM Desk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backing up the directory...</source>
        <translation>Sauvegarde du répertoire...</translation>
    </message>
    <message>
        <source>Back up directory</source>
        <translation>Sauvegarde du répertoire</translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation>Sauvegarde enregistrée</translation>
    </message>
    <message>
        <source>To restore it into an empty directory: {command}</source>
        <translation>Pour la restaurer dans un répertoire vide&#xa0;: {command}</translation>
    </message>
    <message>
        <source>Backup cancelled: no file was written</source>
        <translation>Sauvegarde annulée&#xa0;: aucun fichier n&apos;a été écrit</translation>
    </message>
    <message>
        <source>The backup failed; no file was written</source>
        <translation>La sauvegarde a échoué&#xa0;; aucun fichier n&apos;a été écrit</translation>
    </message>
</context>
</TS>
