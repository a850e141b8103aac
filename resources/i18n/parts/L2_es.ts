<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ArticleTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
</context>
<context>
    <name>ArticlesView</name>
    <message>
        <source>Search article titles, places and text</source>
        <translation>Buscar en los títulos, lugares y texto de los artículos</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Buscar artículos</translation>
    </message>
    <message>
        <source>Shows the articles whose title, place or text match</source>
        <translation>Muestra los artículos cuyo título, lugar o texto coinciden</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>The press releases saved, newest first; select one to read it</source>
        <translation>Los comunicados de prensa guardados, del más reciente al más antiguo; seleccione uno para leerlo</translation>
    </message>
    <message>
        <source>Title of the article</source>
        <translation>Título del artículo</translation>
    </message>
    <message>
        <source>The title of the selected article</source>
        <translation>El título del artículo seleccionado</translation>
    </message>
    <message>
        <source>Date, place and link</source>
        <translation>Fecha, lugar y enlace</translation>
    </message>
    <message>
        <source>The date, the place and the web address of the selected article</source>
        <translation>La fecha, el lugar y la dirección web del artículo seleccionado</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texto del artículo</translation>
    </message>
    <message>
        <source>The full text of the selected article, read-only</source>
        <translation>El texto completo del artículo seleccionado, de solo lectura</translation>
    </message>
    <message>
        <source>Contacts named in this article (double-click to write to one):</source>
        <translation>Contactos mencionados en este artículo (haga doble clic en uno para escribirle):</translation>
    </message>
    <message>
        <source>Contacts linked to this article</source>
        <translation>Contactos vinculados a este artículo</translation>
    </message>
    <message>
        <source>Double-click a contact to write to them</source>
        <translation>Haga doble clic en un contacto para escribirle</translation>
    </message>
    <message>
        <source>Link contact...</source>
        <translation>Vincular contacto...</translation>
    </message>
    <message>
        <source>Chooses a contact to link to this article</source>
        <translation>Permite elegir un contacto para vincularlo a este artículo</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Removes the selected contact from this article; the contact stays</source>
        <translation>Quita el contacto seleccionado de este artículo; el contacto se conserva</translation>
    </message>
    <message>
        <source>Show in Contacts</source>
        <translation>Mostrar en Contactos</translation>
    </message>
    <message>
        <source>Shows the selected contact in the Contacts view</source>
        <translation>Muestra el contacto seleccionado en la vista Contactos</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Eliminar artículo</translation>
    </message>
    <message>
        <source>Deletes the article only; its contacts stay. Undo with {shortcut}.</source>
        <translation>Elimina solo el artículo; sus contactos se conservan. Deshágalo con {shortcut}.</translation>
    </message>
    <message>
        <source>Send to list...</source>
        <translation>Enviar a una lista...</translation>
    </message>
    <message>
        <source>Send this article to a distribution list: its title as subject, its link in the message ({shortcut})</source>
        <translation>Enviar este artículo a una lista de distribución: su título como asunto y su enlace en el mensaje ({shortcut})</translation>
    </message>
    <message>
        <source>Select an article</source>
        <translation>Seleccione un artículo</translation>
    </message>
    <message>
        <source>No articles yet: File &gt; Import press release</source>
        <translation>Aún no hay artículos: Archivo &gt; Importar comunicado de prensa</translation>
    </message>
    <message>
        <source>Contact linked to the article</source>
        <translation>Contacto vinculado al artículo</translation>
    </message>
    <message>
        <source>{name} unlinked from the article</source>
        <translation>{name} desvinculado del artículo</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Public role</source>
        <translation>Cargo público</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Interés legítimo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos del contacto</translation>
    </message>
    <message>
        <source>The fields of the contact, scrolled when they do not fit</source>
        <translation>Los campos del contacto, con desplazamiento si no caben en la ventana</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The contact&apos;s full name (required)</source>
        <translation>Nombre completo del contacto (obligatorio)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>Cargo o título</translation>
    </message>
    <message>
        <source>The contact&apos;s role or job title</source>
        <translation>El cargo o puesto del contacto</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Cargo</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>The office or organization; existing offices are completed as you type</source>
        <translation>La oficina u organización; las oficinas existentes se completan mientras escribe</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Oficina</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>The country of the contact or of its new office</source>
        <translation>El país del contacto o de su nueva oficina</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Añadir teléfono</translation>
    </message>
    <message>
        <source>Adds a field for another phone number</source>
        <translation>Añade un campo para otro número de teléfono</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>Añadir correo</translation>
    </message>
    <message>
        <source>Adds a field for another email address</source>
        <translation>Añade un campo para otra dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Words to group and find contacts by, such as media</source>
        <translation>Palabras para agrupar y encontrar contactos, por ejemplo medios</translation>
    </message>
    <message>
        <source>media, focal point</source>
        <translation>medios, punto focal</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>Languages, separated by commas</source>
        <translation>Idiomas, separados por comas</translation>
    </message>
    <message>
        <source>French, English</source>
        <translation>francés, inglés</translation>
    </message>
    <message>
        <source>Names or ISO 639-1 codes (fr, es), separated by commas</source>
        <translation>Nombres o códigos ISO 639-1 (fr, es), separados por comas</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <source>Beats, separated by commas</source>
        <translation>Temas, separados por comas</translation>
    </message>
    <message>
        <source>health, migration</source>
        <translation>salud, migración</translation>
    </message>
    <message>
        <source>The subjects this journalist covers, separated by commas</source>
        <translation>Los temas que cubre este periodista, separados por comas</translation>
    </message>
    <message>
        <source>&amp;Beats</source>
        <translation>&amp;Temas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Free notes about the contact</source>
        <translation>Notas libres sobre el contacto</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Not&amp;as</translation>
    </message>
    <message>
        <source>Open existing contact</source>
        <translation>Abrir el contacto existente</translation>
    </message>
    <message>
        <source>Closes this editor without saving and shows the contact you already have</source>
        <translation>Cierra este editor sin guardar y muestra el contacto que ya existe</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>Saves this contact as a new one despite the match</source>
        <translation>Guarda este contacto como nuevo pese a la coincidencia</translation>
    </message>
    <message>
        <source>Checks and saves the contact (Ctrl+Enter)</source>
        <translation>Comprueba y guarda el contacto (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Closes the editor without saving</source>
        <translation>Cierra el editor sin guardar</translation>
    </message>
    <message>
        <source>&amp;Data protection</source>
        <translation>Protección de &amp;datos</translation>
    </message>
    <message>
        <source>Show the data protection fields</source>
        <translation>Mostrar los campos de protección de datos</translation>
    </message>
    <message>
        <source>Shows or hides the source, the lawful basis and the review date</source>
        <translation>Muestra u oculta la fuente, la base jurídica y la fecha de revisión</translation>
    </message>
    <message>
        <source>Source: where this contact&apos;s data came from</source>
        <translation>Fuente: de dónde proceden los datos de este contacto</translation>
    </message>
    <message>
        <source>Where the contact&apos;s data came from, such as a file</source>
        <translation>De dónde proceden los datos del contacto, por ejemplo un archivo</translation>
    </message>
    <message>
        <source>Typed by hand</source>
        <translation>Introducido a mano</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Fuente</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>Why IOM may keep this contact&apos;s data</source>
        <translation>Lo que autoriza a la OIM a conservar los datos de este contacto</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no lawful basis</comment>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Law&amp;ful basis</source>
        <translation>&amp;Base jurídica</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Revisar el</translation>
    </message>
    <message>
        <source>Set a review date</source>
        <translation>Fijar una fecha de revisión</translation>
    </message>
    <message>
        <source>Ticked: the contact&apos;s data is due for review on the date</source>
        <translation>Marcado: los datos del contacto deben revisarse en esa fecha</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>The date by which the contact&apos;s data should be reviewed</source>
        <translation>La fecha en que deben revisarse los datos del contacto</translation>
    </message>
    <message>
        <source>Re&amp;view date</source>
        <translation>Fecha de re&amp;visión</translation>
    </message>
    <message>
        <source>The contact&apos;s country; phones without +CC take it.</source>
        <translation>El país del contacto; los teléfonos sin +CC toman su prefijo.</translation>
    </message>
    <message>
        <source>{office}: {country}.</source>
        <translation>{office}: {country}.</translation>
    </message>
    <message>
        <source>{office}: no country recorded.</source>
        <translation>{office}: no hay ningún país registrado.</translation>
    </message>
    <message>
        <source>&amp;Country of the new office</source>
        <translation>&amp;País de la nueva oficina</translation>
    </message>
    <message>
        <source>{office} is a new office. Its country was told from its name.</source>
        <translation>{office} es una oficina nueva. Su país se dedujo de su nombre.</translation>
    </message>
    <message>
        <source>{office} is a new office: choose its country.</source>
        <translation>{office} es una oficina nueva: elija su país.</translation>
    </message>
    <message>
        <source>{items} is not a language (use a name such as French or a 2-letter ISO 639-1 code such as fr)</source>
        <translation>{items} no es un idioma (use un nombre como francés o un código ISO 639-1 de dos letras como fr)</translation>
    </message>
    <message>
        <source>{items} are not languages (use a name such as French or a 2-letter ISO 639-1 code such as fr)</source>
        <translation>{items} no son idiomas (use un nombre como francés o un código ISO 639-1 de dos letras como fr)</translation>
    </message>
    <message>
        <source>{name} ({office}): {reason}</source>
        <translation>{name} ({office}): {reason}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>This looks like a contact you already have:</source>
        <translation>Este contacto parece figurar ya en el directorio:</translation>
    </message>
</context>
<context>
    <name>EmailRow</name>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>An email address of the contact</source>
        <translation>Una dirección de correo electrónico del contacto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this email</source>
        <translation>Quitar este correo</translation>
    </message>
    <message>
        <source>Removes this email address from the contact</source>
        <translation>Quita esta dirección de correo electrónico del contacto</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>IOM Desk CSV (UTF-8)</source>
        <translation>CSV de IOM Desk (UTF-8)</translation>
    </message>
    <message>
        <source>IOM Desk CSV for Excel (UTF-8 with BOM)</source>
        <translation>CSV de IOM Desk para Excel (UTF-8 con BOM)</translation>
    </message>
    <message>
        <source>Google Contacts CSV</source>
        <translation>CSV de Google Contacts</translation>
    </message>
    <message>
        <source>Outlook CSV</source>
        <translation>CSV de Outlook</translation>
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
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>All contacts ({count})</source>
        <translation>Todos los contactos ({count})</translation>
    </message>
    <message>
        <source>Exports every contact of the directory</source>
        <translation>Exporta todos los contactos del directorio</translation>
    </message>
    <message>
        <source>The current search results ({count}): “{query}”</source>
        <translation>Los resultados de la búsqueda actual ({count}): «{query}»</translation>
    </message>
    <message>
        <source>Exports the contacts the current search finds</source>
        <translation>Exporta los contactos que encuentra la búsqueda actual</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>Los contactos seleccionados ({count})</translation>
    </message>
    <message>
        <source>Exports the contacts selected in the table</source>
        <translation>Exporta los contactos seleccionados en la tabla</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>The file format: a CSV for a program, or vCard</source>
        <translation>El formato del archivo: un CSV para un programa concreto, o vCard</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que se escribirá</translation>
    </message>
    <message>
        <source>The path of the file the contacts are written to</source>
        <translation>La ruta del archivo en el que se escriben los contactos</translation>
    </message>
    <message>
        <source>Chooses the file to write</source>
        <translation>Permite elegir el archivo que se escribirá</translation>
    </message>
    <message>
        <source>&amp;To file</source>
        <translation>&amp;Archivo de destino</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Writes the chosen contacts to the file</source>
        <translation>Escribe los contactos elegidos en el archivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Closes the dialog; during the export, stops it and writes no file</source>
        <translation>Cierra el cuadro de diálogo; durante la exportación, la detiene sin escribir ningún archivo</translation>
    </message>
    <message>
        <source>Choose the file to write first.</source>
        <translation>Elija primero el archivo que se escribirá.</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Exportando...</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Export failed, no file was written: {error}</source>
        <translation>La exportación falló, no se escribió ningún archivo: {error}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <source>UTF-16 (Excel Unicode text)</source>
        <translation>UTF-16 (texto Unicode de Excel)</translation>
    </message>
    <message>
        <source>Windows Western (cp1252)</source>
        <translation>Windows occidental (cp1252)</translation>
    </message>
    <message>
        <source>Windows Cyrillic (cp1251)</source>
        <translation>Windows cirílico (cp1251)</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Coma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Punto y coma ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulación</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Barra vertical |</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulación</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>Skip them (keep the directory as it is)</source>
        <translation>Omitirlas (el directorio queda como está)</translation>
    </message>
    <message>
        <source>Update the existing contact (fill empty fields, add new phones, emails and tags)</source>
        <translation>Actualizar el contacto existente (rellenar los campos vacíos, añadir los teléfonos, correos y etiquetas nuevos)</translation>
    </message>
    <message>
        <source>Create them anyway</source>
        <translation>Crearlas de todos modos</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Sufijo del nombre</translation>
    </message>
    <message>
        <source>Role / job title</source>
        <translation>Cargo / puesto</translation>
    </message>
    <message>
        <source>Office / organization</source>
        <translation>Oficina / organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Email(s)</source>
        <translation>Correo(s)</translation>
    </message>
    <message>
        <source>Phone(s)</source>
        <translation>Teléfono(s)</translation>
    </message>
    <message>
        <source>Phone kind (label)</source>
        <translation>Tipo de teléfono (etiqueta)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Source (where the data came from)</source>
        <translation>Fuente (procedencia de los datos)</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>Not a field: keep in notes</source>
        <translation>Ningún campo: conservar en las notas</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>added {added}, updated {updated}, skipped {skipped}, rejected {rejected}</source>
        <translation>añadidos: {added}, actualizados: {updated}, omitidos: {skipped}, rechazados: {rejected}</translation>
    </message>
    <message>
        <source>{count} phone kept as entered (no country code)</source>
        <translation>{count} teléfono conservado tal como se introdujo (sin prefijo de país)</translation>
    </message>
    <message>
        <source>{count} phones kept as entered (no country code)</source>
        <translation>{count} teléfonos conservados tal como se introdujeron (sin prefijo de país)</translation>
    </message>
    <message>
        <source>(dry run: nothing was stored)</source>
        <translation>(simulación: no se guardó nada)</translation>
    </message>
    <message>
        <source>(strict: some rows were rejected, so nothing was imported)</source>
        <translation>(modo estricto: se rechazaron algunas filas, por lo que no se importó nada)</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>Goes back to the previous step</source>
        <translation>Vuelve al paso anterior</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Goes on to the next step, starts the import or closes</source>
        <translation>Pasa al paso siguiente, inicia la importación o cierra el asistente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Closes the wizard; during the import, stops it and stores nothing</source>
        <translation>Cierra el asistente; durante la importación, la detiene sin guardar nada</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que se importará</translation>
    </message>
    <message>
        <source>A CSV file (Excel, Google, Outlook, Thunderbird) or a vCard file</source>
        <translation>Un archivo CSV (Excel, Google, Outlook, Thunderbird) o vCard</translation>
    </message>
    <message>
        <source>The path of the CSV or vCard file to import</source>
        <translation>La ruta del archivo CSV o vCard que se importará</translation>
    </message>
    <message>
        <source>Chooses the file to import</source>
        <translation>Permite elegir el archivo que se importará</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Arc&amp;hivo</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>How the file&apos;s characters are encoded; detected by default</source>
        <translation>Cómo están codificados los caracteres del archivo; se detecta de forma predeterminada</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <source>The character between the columns; detected by default</source>
        <translation>El carácter que separa las columnas; se detecta de forma predeterminada</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>C&amp;odificación</translation>
    </message>
    <message>
        <source>&amp;Delimiter</source>
        <translation>&amp;Delimitador</translation>
    </message>
    <message>
        <source>Check which field each column fills. Columns that fill no field are not lost: keep them in the contact&apos;s notes, or have them listed in the summary.</source>
        <translation>Compruebe qué campo rellena cada columna. Las columnas que no rellenan ningún campo no se pierden: consérvelas en las notas del contacto o haga que figuren en el resumen.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Rellena</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondencia de columnas</translation>
    </message>
    <message>
        <source>Each column of the file, its first value and the field it fills</source>
        <translation>Cada columna del archivo, su primer valor y el campo que rellena</translation>
    </message>
    <message>
        <source>Keep other columns in the notes</source>
        <translation>Conservar las demás columnas en las notas</translation>
    </message>
    <message>
        <source>Columns that fill no field are added to the notes</source>
        <translation>Las columnas que no rellenan ningún campo se añaden a las notas</translation>
    </message>
    <message>
        <source>Only list them in the summary</source>
        <translation>Solo mencionarlas en el resumen</translation>
    </message>
    <message>
        <source>Columns that fill no field are named in the summary only</source>
        <translation>Las columnas que no rellenan ningún campo solo se mencionan en el resumen</translation>
    </message>
    <message>
        <source>The first {count} rows as they will be stored:</source>
        <translation>Las {count} primeras filas tal como se guardarán:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Preview of the rows as they will be stored</source>
        <translation>Vista previa de las filas tal como se guardarán</translation>
    </message>
    <message>
        <source>The first rows of the file as they will be stored, with the problems found in each</source>
        <translation>Las primeras filas del archivo tal como se guardarán, con los problemas detectados en cada una</translation>
    </message>
    <message>
        <source>A row is a duplicate when it has the same email as a contact (in the directory or earlier in the file), else the same phone number, else the same name and office. Duplicates:</source>
        <translation>Una fila es un duplicado si tiene el mismo correo que un contacto (del directorio o de una fila anterior del archivo), si no, el mismo número de teléfono, y si no, el mismo nombre y la misma oficina. Duplicados:</translation>
    </message>
    <message>
        <source>What happens to a row that is a duplicate</source>
        <translation>Qué ocurre con una fila duplicada</translation>
    </message>
    <message>
        <source>Import nothing if any row is rejected</source>
        <translation>No importar nada si se rechaza alguna fila</translation>
    </message>
    <message>
        <source>Ticked: one rejected row cancels the whole import</source>
        <translation>Marcado: una sola fila rechazada cancela toda la importación</translation>
    </message>
    <message>
        <source>Only check the file (store nothing)</source>
        <translation>Solo comprobar el archivo (no guardar nada)</translation>
    </message>
    <message>
        <source>Ticked: reads and checks every row without storing any</source>
        <translation>Marcado: lee y comprueba cada fila sin guardar ninguna</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importando...</translation>
    </message>
    <message>
        <source>Cancel leaves the directory exactly as it was.</source>
        <translation>Cancelar deja el directorio exactamente como estaba.</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Detalles de la importación</translation>
    </message>
    <message>
        <source>The warnings and notes of the import, one a line</source>
        <translation>Las advertencias y observaciones de la importación, una por línea</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <source>The rows that were not imported and why</source>
        <translation>Las filas que no se importaron y el motivo</translation>
    </message>
    <message>
        <source>Save rejected rows as CSV...</source>
        <translation>Guardar las filas rechazadas como CSV...</translation>
    </message>
    <message>
        <source>The original rows plus a reason column: fix them and import the file again</source>
        <translation>Las filas originales con una columna de motivo: corríjalas y vuelva a importar el archivo</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Cancelling: nothing will be stored...</source>
        <translation>Cancelando: no se guardará nada...</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.tsv *.txt *.vcf *.vcard)</source>
        <translation>Contactos (*.csv *.tsv *.txt *.vcf *.vcard)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{file}: {error}</source>
        <translation>{file}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>vCard file, about %Ln cards</source>
        <translation>
            <numerusform>Archivo vCard, aproximadamente %Ln tarjeta</numerusform>
            <numerusform>Archivo vCard, aproximadamente %Ln tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>vCard file, %Ln card</source>
        <translation>
            <numerusform>Archivo vCard, %Ln tarjeta</numerusform>
            <numerusform>Archivo vCard, %Ln tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>vCard file, %Ln cards</source>
        <translation>
            <numerusform>Archivo vCard, %Ln tarjeta</numerusform>
            <numerusform>Archivo vCard, %Ln tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding: {encoding}</source>
        <translation>Codificación: {encoding}</translation>
    </message>
    <message numerus="yes">
        <source>CSV file, about %Ln rows</source>
        <translation>
            <numerusform>Archivo CSV, aproximadamente %Ln fila</numerusform>
            <numerusform>Archivo CSV, aproximadamente %Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CSV file, %Ln row</source>
        <translation>
            <numerusform>Archivo CSV, %Ln fila</numerusform>
            <numerusform>Archivo CSV, %Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CSV file, %Ln rows</source>
        <translation>
            <numerusform>Archivo CSV, %Ln fila</numerusform>
            <numerusform>Archivo CSV, %Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding: {encoding}; delimiter: {delimiter}; columns: {columns}</source>
        <translation>Codificación: {encoding}; delimitador: {delimiter}; columnas: {columns}</translation>
    </message>
    <message>
        <source>(column {number})</source>
        <translation>(columna {number})</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Campo de la columna {column}</translation>
    </message>
    <message>
        <source>The contact field this column fills, or Ignore</source>
        <translation>El campo del contacto que rellena esta columna, o Ignorar</translation>
    </message>
    <message numerus="yes">
        <source>Importing about %Ln rows from {file}...</source>
        <translation>
            <numerusform>Importando aproximadamente %Ln fila de {file}...</numerusform>
            <numerusform>Importando aproximadamente %Ln filas de {file}...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln row from {file}...</source>
        <translation>
            <numerusform>Importando %Ln fila de {file}...</numerusform>
            <numerusform>Importando %Ln filas de {file}...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln rows from {file}...</source>
        <translation>
            <numerusform>Importando %Ln fila de {file}...</numerusform>
            <numerusform>Importando %Ln filas de {file}...</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory was backed up to {path} before the import.</source>
        <translation>Se hizo una copia de seguridad del directorio en {path} antes de la importación.</translation>
    </message>
    <message>
        <source>Columns not kept: {columns}</source>
        <translation>Columnas no conservadas: {columns}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate row handled by the duplicate rule.</source>
        <translation>
            <numerusform>%Ln fila duplicada tratada según la regla de duplicados.</numerusform>
            <numerusform>%Ln filas duplicadas tratadas según la regla de duplicados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate rows handled by the duplicate rule.</source>
        <translation>
            <numerusform>%Ln fila duplicada tratada según la regla de duplicados.</numerusform>
            <numerusform>%Ln filas duplicadas tratadas según la regla de duplicados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was stored.</source>
        <translation>Importación cancelada: no se guardó nada.</translation>
    </message>
    <message>
        <source>The import failed and nothing was stored: {error}</source>
        <translation>La importación falló y no se guardó nada: {error}</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Guardar las filas rechazadas</translation>
    </message>
    <message>
        <source>Rejected rows not saved: {reason}</source>
        <translation>Filas rechazadas no guardadas: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row saved to {path}.</source>
        <translation>
            <numerusform>%Ln fila rechazada guardada en {path}.</numerusform>
            <numerusform>%Ln filas rechazadas guardadas en {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected rows saved to {path}.</source>
        <translation>
            <numerusform>%Ln fila rechazada guardada en {path}.</numerusform>
            <numerusform>%Ln filas rechazadas guardadas en {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkContactDialog</name>
    <message>
        <source>Link a contact</source>
        <translation>Vincular un contacto</translation>
    </message>
    <message>
        <source>Type a name, office or email</source>
        <translation>Escriba un nombre, una oficina o un correo</translation>
    </message>
    <message>
        <source>Find the contact to link</source>
        <translation>Buscar el contacto que se vinculará</translation>
    </message>
    <message>
        <source>Finds contacts by name, office or email as you type</source>
        <translation>Encuentra contactos por nombre, oficina o correo mientras escribe</translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation>Contactos coincidentes</translation>
    </message>
    <message>
        <source>The contacts found; Enter links the chosen one</source>
        <translation>Los contactos encontrados; Intro vincula el elegido</translation>
    </message>
    <message>
        <source>Links the chosen contact to the article</source>
        <translation>Vincula el contacto elegido al artículo</translation>
    </message>
    <message>
        <source>Closes without linking a contact</source>
        <translation>Cierra sin vincular ningún contacto</translation>
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
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>kept as entered</source>
        <translation>conservado tal como se introdujo</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>not valid today, kept as entered</source>
        <translation>no válido actualmente, conservado tal como se introdujo</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>A phone number; without +CC it takes the country of the office or of the contact</source>
        <translation>Un número de teléfono; sin +CC, toma el país de la oficina o del contacto</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Phone kind</source>
        <translation>Tipo de teléfono</translation>
    </message>
    <message>
        <source>Work, mobile, fax or other; Automatic tells it from the number</source>
        <translation>Trabajo, móvil, fax u otro; Automático lo deduce del número</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Quitar este teléfono</translation>
    </message>
    <message>
        <source>Removes this phone number from the contact</source>
        <translation>Quita este número de teléfono del contacto</translation>
    </message>
    <message>
        <source>Kept as entered, no country (add +CC to it to store it normalized)</source>
        <translation>Conservado tal como se introdujo, sin país (añádale +CC para guardarlo normalizado)</translation>
    </message>
    <message>
        <source>Stored as {number} ({kind}), {status}</source>
        <translation>Se guardará como {number} ({kind}), {status}</translation>
    </message>
</context>
<context>
    <name>ReleaseReviewDialog</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>In the directory</source>
        <translation>En el directorio</translation>
    </message>
    <message>
        <source>No country code, and no country the release tells reads it (or several do, none of them the contact&apos;s own): kept exactly as printed. Add +CC to the number (or an office with a country) to store it normalized.</source>
        <translation>Sin prefijo de país, y ninguno de los países que menciona el comunicado permite leerlo (o lo permiten varios, ninguno de ellos el del contacto): se conserva exactamente tal como está impreso. Añada +CC al número (o una oficina con país) para guardarlo normalizado.</translation>
    </message>
    <message>
        <source>Import press release</source>
        <translation>Importar comunicado de prensa</translation>
    </message>
    <message>
        <source>Article title</source>
        <translation>Título del artículo</translation>
    </message>
    <message>
        <source>The title the article is saved with (required)</source>
        <translation>El título con el que se guarda el artículo (obligatorio)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Article date</source>
        <translation>Fecha del artículo</translation>
    </message>
    <message>
        <source>The date of the release, written as year-month-day</source>
        <translation>La fecha del comunicado, en formato año-mes-día</translation>
    </message>
    <message>
        <source>Dateline place</source>
        <translation>Lugar de emisión</translation>
    </message>
    <message>
        <source>The place named at the start of the release</source>
        <translation>El lugar indicado al comienzo del comunicado</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Contacts found in the release</source>
        <translation>Contactos encontrados en el comunicado</translation>
    </message>
    <message>
        <source>One contact a row: tick the ones to save, edit a cell to correct it</source>
        <translation>Un contacto por fila: marque los que desee guardar y edite una celda para corregirla</translation>
    </message>
    <message>
        <source>matches {name} ({reason}): will be linked</source>
        <translation>coincide con {name} ({reason}): se vinculará</translation>
    </message>
    <message>
        <source>new contact</source>
        <translation>contacto nuevo</translation>
    </message>
    <message>
        <source>Contact blocks that could not be read</source>
        <translation>Bloques de contacto que no se pudieron leer</translation>
    </message>
    <message>
        <source>A contact block was found but no contact could be read from it; none was made up. Add the contacts by hand if needed:</source>
        <translation>Se encontró un bloque de contacto, pero no se pudo leer ningún contacto en él; no se inventó ninguno. Añada los contactos a mano si es necesario:</translation>
    </message>
    <message>
        <source>Printed in a contact block before any name, so not stored with anyone (add them to a contact above if they belong to one): {values}</source>
        <translation>Impreso en un bloque de contacto antes de cualquier nombre, por lo que no se guarda con nadie (añádalo a un contacto de arriba si le pertenece): {values}</translation>
    </message>
    <message>
        <source>Saves the article and the ticked contacts</source>
        <translation>Guarda el artículo y los contactos marcados</translation>
    </message>
    <message>
        <source>Closes without saving anything</source>
        <translation>Cierra sin guardar nada</translation>
    </message>
    <message>
        <source>{number}: reads in more than one of the release&apos;s countries, kept as printed (add +CC)</source>
        <translation>{number}: legible en más de uno de los países del comunicado, conservado tal como está impreso (añada +CC)</translation>
    </message>
    <message>
        <source>{number}: no country, kept as printed (add +CC)</source>
        <translation>{number}: sin país, conservado tal como está impreso (añada +CC)</translation>
    </message>
    <message>
        <source>No contact could be read from this release (see below). The article can still be saved.</source>
        <translation>No se pudo leer ningún contacto en este comunicado (véase abajo). El artículo puede guardarse de todos modos.</translation>
    </message>
    <message>
        <source>No media contact block was found in this release. The article can still be saved.</source>
        <translation>No se encontró ningún bloque de contactos de prensa en este comunicado. El artículo puede guardarse de todos modos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact found; {ticked} ticked will be saved and linked to the article. Edit a cell to correct it; untick a contact to leave it out.</source>
        <translation>
            <numerusform>%Ln contacto encontrado. Marcados: {ticked}, que se guardarán y vincularán al artículo. Edite una celda para corregirla; desmarque un contacto para excluirlo.</numerusform>
            <numerusform>%Ln contactos encontrados. Marcados: {ticked}, que se guardarán y vincularán al artículo. Edite una celda para corregirla; desmarque un contacto para excluirlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts found; {ticked} ticked will be saved and linked to the article. Edit a cell to correct it; untick a contact to leave it out.</source>
        <translation>
            <numerusform>%Ln contacto encontrado. Marcados: {ticked}, que se guardarán y vincularán al artículo. Edite una celda para corregirla; desmarque un contacto para excluirlo.</numerusform>
            <numerusform>%Ln contactos encontrados. Marcados: {ticked}, que se guardarán y vincularán al artículo. Edite una celda para corregirla; desmarque un contacto para excluirlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number has no country code and no country of the release reads it (or several do): it is kept as printed (highlighted); add +CC to store it normalized.</source>
        <translation>
            <numerusform>%Ln número no tiene prefijo de país y ningún país del comunicado permite leerlo (o lo permiten varios): se conserva tal como está impreso (resaltado); añada +CC para guardarlo normalizado.</numerusform>
            <numerusform>%Ln números no tienen prefijo de país y ningún país del comunicado permite leerlos (o lo permiten varios): se conservan tal como están impresos (resaltados); añada +CC para guardarlos normalizados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers have no country code and no country of the release reads them (or several do): they are kept as printed (highlighted); add +CC to store them normalized.</source>
        <translation>
            <numerusform>%Ln número no tiene prefijo de país y ningún país del comunicado permite leerlo (o lo permiten varios): se conserva tal como está impreso (resaltado); añada +CC para guardarlo normalizado.</numerusform>
            <numerusform>%Ln números no tienen prefijo de país y ningún país del comunicado permite leerlos (o lo permiten varios): se conservan tal como están impresos (resaltados); añada +CC para guardarlos normalizados.</numerusform>
        </translation>
    </message>
    <message>
        <source>the date must look like 2024-06-12</source>
        <translation>la fecha debe tener el formato 2024-06-12</translation>
    </message>
    <message>
        <source>the article needs a title</source>
        <translation>el artículo debe tener un título</translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import: {summary}</source>
        <translation>Importación: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contact to {path}</source>
        <translation>
            <numerusform>%Ln contacto exportado a {path}</numerusform>
            <numerusform>%Ln contactos exportados a {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contacts to {path}</source>
        <translation>
            <numerusform>%Ln contacto exportado a {path}</numerusform>
            <numerusform>%Ln contactos exportados a {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Import press releases</source>
        <translation>Importar comunicados de prensa</translation>
    </message>
    <message>
        <source>Press releases (*.txt *.html *.htm)</source>
        <translation>Comunicados de prensa (*.txt *.html *.htm)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import every press release in a folder</source>
        <translation>Importar todos los comunicados de prensa de una carpeta</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nada que importar</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy a press release first.</source>
        <translation>El portapapeles no contiene texto. Copie primero un comunicado de prensa.</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>Cannot read {file}</source>
        <translation>No se puede leer {file}</translation>
    </message>
    <message>
        <source>Cannot save the press release</source>
        <translation>No se puede guardar el comunicado de prensa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contact</source>
        <translation>
            <numerusform>%Ln contacto nuevo</numerusform>
            <numerusform>%Ln contactos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contacts</source>
        <translation>
            <numerusform>%Ln contacto nuevo</numerusform>
            <numerusform>%Ln contactos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln existing contact linked</source>
        <translation>
            <numerusform>%Ln contacto existente vinculado</numerusform>
            <numerusform>%Ln contactos existentes vinculados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln existing contacts linked</source>
        <translation>
            <numerusform>%Ln contacto existente vinculado</numerusform>
            <numerusform>%Ln contactos existentes vinculados</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked do not contact</source>
        <translation>Contactos marcados como «no contactar»</translation>
    </message>
    <message>
        <source>Some contact details were not stored</source>
        <translation>Algunos datos de contacto no se guardaron</translation>
    </message>
    <message>
        <source>Cannot delete the article</source>
        <translation>No se puede eliminar el artículo</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Guardado: «{title}»</translation>
    </message>
    <message>
        <source>Deleted the article “{title}”; its contacts stay. Undo with {shortcut}.</source>
        <translation>Artículo «{title}» eliminado; sus contactos se conservan. Deshágalo con {shortcut}.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln press release...</source>
        <translation>
            <numerusform>Importando %Ln comunicado de prensa...</numerusform>
            <numerusform>Importando %Ln comunicados de prensa...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln press releases...</source>
        <translation>
            <numerusform>Importando %Ln comunicado de prensa...</numerusform>
            <numerusform>Importando %Ln comunicados de prensa...</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was stored</source>
        <translation>Importación cancelada: no se guardó nada</translation>
    </message>
    <message>
        <source>The import failed; nothing was stored</source>
        <translation>La importación falló; no se guardó nada</translation>
    </message>
    <message>
        <source>Imported {articles} from {files}; {contacts}</source>
        <translation>Importados: {articles} de {files}; {contacts}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article</source>
        <translation>
            <numerusform>%Ln artículo nuevo</numerusform>
            <numerusform>%Ln artículos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new articles</source>
        <translation>
            <numerusform>%Ln artículo nuevo</numerusform>
            <numerusform>%Ln artículos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file</source>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>No importados:</translation>
    </message>
    <message>
        <source>Stored, but worth a look:</source>
        <translation>Guardados, pero conviene revisarlos:</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message>
        <source>Some files or details were not imported</source>
        <translation>Algunos archivos o datos no se importaron</translation>
    </message>
    <message>
        <source>Imported: some details need a look</source>
        <translation>Importación realizada: conviene revisar algunos datos</translation>
    </message>
    <message>
        <source>A backup is already running</source>
        <translation>Ya hay una copia de seguridad en curso</translation>
    </message>
    <message>
        <source>Back up the directory</source>
        <translation>Hacer una copia de seguridad del directorio</translation>
    </message>
    <message>
        <source>IOM Desk backup (*.sqlite3)</source>
        <translation>Copia de seguridad de IOM Desk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backing up the directory...</source>
        <translation>Haciendo la copia de seguridad del directorio...</translation>
    </message>
    <message>
        <source>Back up directory</source>
        <translation>Copia de seguridad del directorio</translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation>Copia de seguridad guardada</translation>
    </message>
    <message>
        <source>To restore it into an empty directory: {command}</source>
        <translation>Para restaurarla en un directorio vacío: {command}</translation>
    </message>
    <message>
        <source>Backup cancelled: no file was written</source>
        <translation>Copia de seguridad cancelada: no se escribió ningún archivo</translation>
    </message>
    <message>
        <source>The backup failed; no file was written</source>
        <translation>La copia de seguridad falló; no se escribió ningún archivo</translation>
    </message>
</context>
</TS>
