<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Alerts</name>
    <message>
        <source>The database could not be written: {reason}</source>
        <translation>No se pudo escribir en la base de datos: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
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
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>The contact&apos;s full name</source>
        <translation>Nombre completo del contacto</translation>
    </message>
    <message>
        <source>The contact&apos;s job title</source>
        <translation>Cargo que ocupa el contacto</translation>
    </message>
    <message>
        <source>The IOM office the contact belongs to</source>
        <translation>Oficina de la OIM a la que pertenece el contacto</translation>
    </message>
    <message>
        <source>The contact&apos;s country</source>
        <translation>País del contacto</translation>
    </message>
    <message>
        <source>The first phone number</source>
        <translation>Primer número de teléfono</translation>
    </message>
    <message>
        <source>The first email address</source>
        <translation>Primera dirección de correo electrónico</translation>
    </message>
    <message>
        <source>How many articles name the contact</source>
        <translation>Número de artículos que mencionan al contacto</translation>
    </message>
    <message>
        <source>When IOM Desk last sent the contact a message</source>
        <translation>Fecha del último mensaje enviado al contacto desde IOM Desk</translation>
    </message>
    <message>
        <source>{name}, do not contact</source>
        <translation>{name}, no contactar</translation>
    </message>
    <message>
        <source>Do not contact: {reason}</source>
        <translation>No contactar: {reason}</translation>
    </message>
    <message>
        <source>Do not contact: no reason given</source>
        <translation>No contactar: no se indicó el motivo</translation>
    </message>
    <message>
        <source>Not valid under today&apos;s numbering plan; kept as entered</source>
        <translation>No es válido según el plan de numeración actual; se conserva tal como se introdujo</translation>
    </message>
    <message>
        <source>{country} ({code})</source>
        <translation>{country} ({code})</translation>
    </message>
    <message>
        <source>Newest send in the history: {when}</source>
        <translation>Envío más reciente del historial: {when}</translation>
    </message>
    <message>
        <source>{phone}, unverified</source>
        <translation>{phone}, sin verificar</translation>
    </message>
</context>
<context>
    <name>ContactsController</name>
    <message>
        <source>Cannot save the contact</source>
        <translation>No se puede guardar el contacto</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Se guardó {name}</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>{name} was deleted by someone else after you opened it. Your edits are still in the editor: save again to store them as a new contact, or cancel.</source>
        <translation>Otra persona eliminó el contacto {name} después de que usted lo abriera. Sus cambios siguen en el editor: vuelva a guardar para conservarlos como un contacto nuevo, o cancele.</translation>
    </message>
    <message>
        <source>Saved {name}: your changes applied on top of your colleague&apos;s</source>
        <translation>Se guardó {name}: sus cambios se aplicaron sobre los de su colega</translation>
    </message>
    <message>
        <source>Your edits were discarded: the editor shows {name} as your colleague saved it</source>
        <translation>Se descartaron sus cambios: el editor muestra {name} tal como lo guardó su colega</translation>
    </message>
    <message>
        <source>Cannot show the history</source>
        <translation>No se puede mostrar el historial</translation>
    </message>
    <message>
        <source>Cannot restore this version</source>
        <translation>No se puede restaurar esta versión</translation>
    </message>
    <message>
        <source>Restored {name} as it was at version {version}. Undo with {key}.</source>
        <translation>Se restauró el contacto {name} tal como estaba en la versión {version}. Para deshacer: {key}.</translation>
    </message>
    <message>
        <source>{name} is already as it was at version {version}</source>
        <translation>El contacto {name} ya está como en la versión {version}</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>No se puede eliminar</translation>
    </message>
    <message>
        <source>Deleted {name}. Undo with {key}.</source>
        <translation>Se eliminó {name}. Para deshacer: {key}.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contacts. Undo with {key}.</source>
        <translation>
            <numerusform>Se eliminó %Ln contacto. Para deshacer: {key}.</numerusform>
            <numerusform>Se eliminaron %Ln contactos. Para deshacer: {key}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln sample contacts</source>
        <translation>
            <numerusform>Se cargó %Ln contacto de ejemplo</numerusform>
            <numerusform>Se cargaron %Ln contactos de ejemplo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln addresses</source>
        <translation>
            <numerusform>%Ln dirección copiada</numerusform>
            <numerusform>%Ln direcciones copiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln contact cards</source>
        <translation>
            <numerusform>%Ln ficha de contacto copiada</numerusform>
            <numerusform>%Ln fichas de contacto copiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln vCards</source>
        <translation>
            <numerusform>%Ln vCard copiada</numerusform>
            <numerusform>%Ln vCard copiadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot load the sample contacts</source>
        <translation>No se pueden cargar los contactos de ejemplo</translation>
    </message>
    <message>
        <source>Restore version {version} of {name}</source>
        <comment>after Undo or Redo in the Edit menu</comment>
        <translation>la restauración de la versión {version} de «{name}»</translation>
    </message>
    <message>
        <source>Copied email: {text}</source>
        <translation>Correo electrónico copiado: {text}</translation>
    </message>
    <message>
        <source>Copied phone: {text}</source>
        <translation>Teléfono copiado: {text}</translation>
    </message>
    <message>
        <source>Copied address: {text}</source>
        <translation>Dirección copiada: {text}</translation>
    </message>
    <message>
        <source>Copied email</source>
        <translation>Correo electrónico copiado</translation>
    </message>
    <message>
        <source>Copied phone</source>
        <translation>Teléfono copiado</translation>
    </message>
    <message>
        <source>Copied 1 address</source>
        <translation>1 dirección copiada</translation>
    </message>
    <message>
        <source>Copied contact card</source>
        <translation>Ficha del contacto copiada</translation>
    </message>
    <message>
        <source>Copied vCard</source>
        <translation>vCard copiada</translation>
    </message>
    <message>
        <source>Copied {what}</source>
        <translation>Copiado: {what}</translation>
    </message>
    <message>
        <source>The selected contacts have no email address: nothing copied</source>
        <translation>Los contactos seleccionados no tienen dirección de correo electrónico: no se copió nada</translation>
    </message>
    <message>
        <source>{name} has no email address</source>
        <translation>{name} no tiene dirección de correo electrónico</translation>
    </message>
    <message>
        <source>{name} has no phone number</source>
        <translation>{name} no tiene número de teléfono</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>IOM Desk: unexpected error</source>
        <translation>IOM Desk: error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong inside IOM Desk. Your data is safe: the change in progress was not saved.
Please send the details below to the IOM Desk maintainers.</source>
        <translation>Se produjo un problema en IOM Desk. Sus datos están a salvo: el cambio en curso no se guardó.
Envíe los detalles que figuran a continuación a los responsables del mantenimiento de IOM Desk.</translation>
    </message>
    <message>
        <source>A copy is in the log file {path}.</source>
        <translation>Hay una copia en el archivo de registro {path}.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>The technical details of the error, to send to the maintainers</source>
        <translation>Los detalles técnicos del error, para enviarlos a los responsables del mantenimiento</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar los detalles</translation>
    </message>
    <message>
        <source>Copies the error details to the clipboard</source>
        <translation>Copia los detalles del error en el portapapeles</translation>
    </message>
    <message>
        <source>Closes this message; IOM Desk keeps running</source>
        <translation>Cierra este mensaje; IOM Desk sigue abierto</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
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
        <source>mail client</source>
        <translation>cliente de correo</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>copiado</translation>
    </message>
    <message>
        <source>Created {when} by {who}</source>
        <translation>Creado el {when} por {who}</translation>
    </message>
    <message>
        <source>Edited {when} by {who}</source>
        <translation>Editado el {when} por {who}</translation>
    </message>
    <message>
        <source>Change undone {when} by {who}</source>
        <translation>Cambio deshecho el {when} por {who}</translation>
    </message>
    <message>
        <source>Change redone {when} by {who}</source>
        <translation>Cambio rehecho el {when} por {who}</translation>
    </message>
    <message>
        <source>Restored {when} by {who}</source>
        <translation>Restaurado el {when} por {who}</translation>
    </message>
    <message>
        <source>Undeleted {when} by {who}</source>
        <translation>Eliminación deshecha el {when} por {who}</translation>
    </message>
    <message>
        <source>Imported {when} by {who}</source>
        <translation>Importado el {when} por {who}</translation>
    </message>
    <message>
        <source>Linked to an article {when} by {who}</source>
        <translation>Vinculado a un artículo el {when} por {who}</translation>
    </message>
    <message>
        <source>Unlinked from an article {when} by {who}</source>
        <translation>Desvinculado de un artículo el {when} por {who}</translation>
    </message>
    <message>
        <source>Marked do not contact {when} by {who}</source>
        <translation>Marcado como «no contactar» el {when} por {who}</translation>
    </message>
    <message>
        <source>Contact allowed again {when} by {who}</source>
        <translation>Contacto autorizado de nuevo el {when} por {who}</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Sent {when} by {who}</source>
        <translation>Enviado el {when} por {who}</translation>
    </message>
    <message>
        <source>Sent {when} by an unknown user</source>
        <translation>Enviado el {when} por un usuario desconocido</translation>
    </message>
    <message>
        <source>How: {channel}</source>
        <translation>Modo de envío: {channel}</translation>
    </message>
    <message>
        <source>List: {name}</source>
        <translation>Lista: {name}</translation>
    </message>
    <message>
        <source>No mail program took the link: the addresses were copied to the clipboard</source>
        <translation>Ningún programa de correo aceptó el enlace: las direcciones se copiaron en el portapapeles</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Detalles del contacto</translation>
    </message>
    <message>
        <source>The selected contact&apos;s phones, emails, articles and history</source>
        <translation>Teléfonos, correos electrónicos, artículos e historial del contacto seleccionado</translation>
    </message>
    <message>
        <source>Select a contact to see its phones, emails and articles.</source>
        <translation>Seleccione un contacto para ver sus teléfonos, correos electrónicos y artículos.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit this contact ({key})</source>
        <translation>Editar este contacto ({key})</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>History...</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Who changed this contact, when, and what; restore an earlier version ({key})</source>
        <translation>Quién cambió este contacto, cuándo y qué; restaurar una versión anterior ({key})</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Historial de {name}</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Sin número de teléfono</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>No email address</source>
        <translation>Sin dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
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
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Articles ({count})</source>
        <translation>Artículos ({count})</translation>
    </message>
    <message>
        <source>Articles naming this contact</source>
        <translation>Artículos que mencionan a este contacto</translation>
    </message>
    <message>
        <source>Enter or a double click opens the article</source>
        <translation>Intro o un doble clic abre el artículo</translation>
    </message>
    <message>
        <source>Not named in any article yet</source>
        <translation>Aún no se menciona en ningún artículo</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Not contacted from IOM Desk yet</source>
        <translation>Aún no se ha contactado desde IOM Desk</translation>
    </message>
    <message>
        <source>Outreach history, newest first</source>
        <translation>Historial de envíos, del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>The messages sent to this contact from IOM Desk</source>
        <translation>Los mensajes enviados a este contacto desde IOM Desk</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Show the whole outreach history</source>
        <translation>Mostrar todo el historial de envíos</translation>
    </message>
    <message>
        <source>Lists every message sent to this contact</source>
        <translation>Muestra todos los mensajes enviados a este contacto</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>usuario desconocido</translation>
    </message>
    <message>
        <source>{action} {when} by {who}</source>
        <translation>{action} el {when} por {who}</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Protección de datos</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>review due</source>
        <translation>revisión pendiente</translation>
    </message>
    <message>
        <source>The review date has passed: check this contact&apos;s data is still needed</source>
        <translation>La fecha de revisión ya pasó: compruebe que los datos de este contacto siguen siendo necesarios</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy {value}</source>
        <translation>Copiar {value}</translation>
    </message>
    <message>
        <source>Copy phone number {value}</source>
        <translation>Copiar el número de teléfono {value}</translation>
    </message>
    <message>
        <source>Copy email address {value}</source>
        <translation>Copiar la dirección de correo electrónico {value}</translation>
    </message>
    <message>
        <source>As entered: {number}</source>
        <translation>Tal como se introdujo: {number}</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>sin país</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>No country code and no country known; kept as entered (add +CC to it)</source>
        <translation>Sin prefijo de país ni país conocido; se conserva tal como se introdujo (añádale el prefijo +CC)</translation>
    </message>
    <message>
        <source>Not valid under today&apos;s numbering plan; kept as entered</source>
        <translation>No es válido según el plan de numeración actual; se conserva tal como se introdujo</translation>
    </message>
    <message>
        <source>Copy {number}</source>
        <translation>Copiar {number}</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>Llamar al {number}</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Write to {address}</source>
        <translation>Escribir a {address}</translation>
    </message>
    <message>
        <source>Write email to {address}</source>
        <translation>Escribir un correo a {address}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no se indicó el motivo</translation>
    </message>
    <message>
        <source>Do not contact since {date}: {reason}</source>
        <translation>No contactar (desde el {date}): {reason}</translation>
    </message>
    <message>
        <source>Do not contact: {reason}</source>
        <translation>No contactar: {reason}</translation>
    </message>
    <message>
        <source>This contact is never put into an email, a BCC or a list send (Contact &gt; Allow contact again to undo)</source>
        <translation>Este contacto nunca se incluye en un correo, una CCO ni un envío a una lista (Contacto &gt; Permitir el contacto de nuevo para deshacerlo)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search names, offices, emails, phone digits, articles  ({key})</source>
        <translation>Buscar nombres, oficinas, correos, dígitos de teléfono, artículos  ({key})</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Shows the contacts whose name, office, email, phone digits or articles match as you type</source>
        <translation>Muestra, a medida que escribe, los contactos cuyo nombre, oficina, correo, dígitos de teléfono o artículos coinciden</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Add a contact ({key})</source>
        <translation>Añadir un contacto ({key})</translation>
    </message>
    <message>
        <source>Email selected</source>
        <translation>Escribir a la selección</translation>
    </message>
    <message>
        <source>One message to every selected contact, addresses in BCC ({key})</source>
        <translation>Un solo mensaje a todos los contactos seleccionados, con las direcciones en CCO ({key})</translation>
    </message>
    <message>
        <source>Your directory is empty. Load the sample contacts to try IOM Desk, import a CSV or vCard file, or add your own ({key}).</source>
        <translation>Su directorio está vacío. Cargue los contactos de ejemplo para probar IOM Desk, importe un archivo CSV o vCard, o añada sus propios contactos ({key}).</translation>
    </message>
    <message>
        <source>Load sample contacts</source>
        <translation>Cargar ejemplos</translation>
    </message>
    <message>
        <source>Adds a few example contacts to try IOM Desk</source>
        <translation>Añade algunos contactos de ejemplo para probar IOM Desk</translation>
    </message>
    <message>
        <source>Import a file...</source>
        <translation>Importar un archivo…</translation>
    </message>
    <message>
        <source>Imports contacts from a CSV or vCard file</source>
        <translation>Importa contactos desde un archivo CSV o vCard</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hides this message</source>
        <translation>Oculta este mensaje</translation>
    </message>
    <message>
        <source>Narrow by office, country, tag or list</source>
        <translation>Filtrar por oficina, país, etiqueta o lista</translation>
    </message>
    <message>
        <source>Choose an office, country, tag, language, beat or list to show only its contacts</source>
        <translation>Elija una oficina, un país, una etiqueta, un idioma, un tema o una lista para mostrar solo sus contactos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>The contacts found; Enter writes an email, the context menu copies, edits or deletes</source>
        <translation>Los contactos encontrados; Intro escribe un correo, el menú contextual copia, edita o elimina</translation>
    </message>
    <message>
        <source>Contacts and articles</source>
        <translation>Contactos y artículos</translation>
    </message>
    <message>
        <source>Switches between the contacts and the articles</source>
        <translation>Cambia entre los contactos y los artículos</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>Co&amp;ntactos</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>Ar&amp;tículos</translation>
    </message>
    <message>
        <source>Number of contacts shown</source>
        <translation>Número de contactos mostrados</translation>
    </message>
    <message>
        <source>&amp;New contact...</source>
        <translation>&amp;Nuevo contacto…</translation>
    </message>
    <message>
        <source>&amp;Edit contact...</source>
        <translation>E&amp;ditar contacto…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Eli&amp;minar</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Who changed this contact, when, and what; restore an earlier version</source>
        <translation>Quién cambió este contacto, cuándo y qué; restaurar una versión anterior</translation>
    </message>
    <message>
        <source>Add to &amp;list...</source>
        <translation>&amp;Añadir a una lista…</translation>
    </message>
    <message>
        <source>Put the selected contacts on a distribution list</source>
        <translation>Añadir los contactos seleccionados a una lista de distribución</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <source>Take the selected contacts off the list shown</source>
        <translation>Quitar los contactos seleccionados de la lista mostrada</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Copy Name &lt;email&gt;</source>
        <translation>&amp;Copiar Nombre &lt;email&gt;</translation>
    </message>
    <message>
        <source>Copy the selected contacts as Name &lt;email&gt; lines</source>
        <translation>Copiar los contactos seleccionados como líneas Nombre &lt;email&gt;</translation>
    </message>
    <message>
        <source>Copy e&amp;mail</source>
        <translation>Copiar dirección de c&amp;orreo</translation>
    </message>
    <message>
        <source>Copy con&amp;tact card</source>
        <translation>Copiar &amp;ficha del contacto</translation>
    </message>
    <message>
        <source>Import press release from the c&amp;lipboard</source>
        <translation>Importar comunicado desde el p&amp;ortapapeles</translation>
    </message>
    <message>
        <source>Copy &amp;phone (E.164)</source>
        <translation>Copiar &amp;teléfono (E.164)</translation>
    </message>
    <message>
        <source>Copy as &amp;vCard</source>
        <translation>Copiar como &amp;vCard</translation>
    </message>
    <message>
        <source>&amp;Write email</source>
        <translation>&amp;Escribir correo</translation>
    </message>
    <message>
        <source>Write to this contact (Enter)</source>
        <translation>Escribir a este contacto (Intro)</translation>
    </message>
    <message>
        <source>Email &amp;selected (BCC)...</source>
        <translation>Escribir a la &amp;selección (CCO)…</translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation>&amp;Llamar</translation>
    </message>
    <message>
        <source>&amp;Import contacts...</source>
        <translation>&amp;Importar contactos…</translation>
    </message>
    <message>
        <source>Import a CSV or vCard file</source>
        <translation>Importar un archivo CSV o vCard</translation>
    </message>
    <message>
        <source>E&amp;xport contacts...</source>
        <translation>E&amp;xportar contactos…</translation>
    </message>
    <message>
        <source>&amp;Back up directory...</source>
        <translation>Hacer copia de seg&amp;uridad del directorio…</translation>
    </message>
    <message>
        <source>Save a copy of the whole directory to a file</source>
        <translation>Guardar una copia de todo el directorio en un archivo</translation>
    </message>
    <message>
        <source>&amp;Copy directory to...</source>
        <translation>&amp;Copiar el directorio en…</translation>
    </message>
    <message>
        <source>Copy this directory into a team&apos;s shared database, merging duplicates</source>
        <translation>Copiar este directorio en la base de datos compartida de un equipo, fusionando los duplicados</translation>
    </message>
    <message>
        <source>Import press &amp;release...</source>
        <translation>Importar comunicado de &amp;prensa…</translation>
    </message>
    <message>
        <source>Import press releases from a &amp;folder...</source>
        <translation>Importar comunicados desde una ca&amp;rpeta…</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Send to l&amp;ist...</source>
        <translation>Enviar a una l&amp;ista…</translation>
    </message>
    <message>
        <source>Send an article (or a message) to a distribution list, in BCC or as a draft</source>
        <translation>Enviar un artículo (o un mensaje) a una lista de distribución, en CCO o como borrador</translation>
    </message>
    <message>
        <source>Save search as s&amp;mart list...</source>
        <translation>Guardar búsqueda como lista dinámi&amp;ca…</translation>
    </message>
    <message>
        <source>A list whose members are this search&apos;s results, following the data</source>
        <translation>Una lista cuyos miembros son los resultados de esta búsqueda, actualizada con los datos</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Write email (in the contacts table)</source>
        <translation>Escribir un correo (en la tabla de contactos)</translation>
    </message>
    <message>
        <source>Clear the search (in the search field)</source>
        <translation>Borrar la búsqueda (en el campo de búsqueda)</translation>
    </message>
    <message>
        <source>Go to the results (in the search field)</source>
        <translation>Ir a los resultados (en el campo de búsqueda)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>Acerca &amp;de {app}</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Offices</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
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
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>La búsqueda falló</translation>
    </message>
    <message numerus="yes">
        <source>{shown} contacts</source>
        <translation>
            <numerusform>{shown} contacto</numerusform>
            <numerusform>{shown} contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} contacts</source>
        <translation>
            <numerusform>{shown} de {total} contacto</numerusform>
            <numerusform>{shown} de {total} contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>Add {name}</source>
        <comment>after Undo or Redo in the Edit menu</comment>
        <translation>la adición de «{name}»</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <comment>after Undo or Redo in the Edit menu</comment>
        <translation>la edición de «{name}»</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <comment>after Undo or Redo in the Edit menu</comment>
        <translation>la eliminación de «{name}»</translation>
    </message>
    <message>
        <source>Delete {count} contacts</source>
        <comment>after Undo or Redo in the Edit menu</comment>
        <translation>la eliminación de {count} contactos</translation>
    </message>
    <message>
        <source>Delete article {title}</source>
        <comment>after Undo or Redo in the Edit menu</comment>
        <translation>la eliminación del artículo «{title}»</translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message>
        <source>Cannot undo</source>
        <translation>No se puede deshacer</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>IOM Desk cannot open its database.

{reason}</source>
        <translation>IOM Desk no puede abrir su base de datos.

{reason}</translation>
    </message>
    <message>
        <source>Open my own directory file</source>
        <translation>Abrir mi propio archivo de directorio</translation>
    </message>
    <message>
        <source>Opens the directory file on this computer instead of the team database</source>
        <translation>Abre el archivo de directorio de este equipo en lugar de la base de datos del equipo</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Chooses the file in a file dialog</source>
        <translation>Elige el archivo en un cuadro de diálogo</translation>
    </message>
</context>
</TS>
