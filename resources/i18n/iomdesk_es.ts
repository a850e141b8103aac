<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>A desktop directory of media contacts for IOM country offices.</source>
        <translation>Una aplicación de escritorio con el directorio de contactos de medios de las oficinas de país de la OIM.</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <source>Select this line to copy it, for example into a support request</source>
        <translation>Seleccione esta línea para copiarla, por ejemplo en una solicitud de asistencia</translation>
    </message>
    <message>
        <source>Close this box</source>
        <translation>Cerrar esta ventana</translation>
    </message>
</context>
<context>
    <name>AccessController</name>
    <message>
        <source>Searching, copying and writing emails work; adding, editing, deleting, importing and list changes are turned off, and sends are not recorded in the history.</source>
        <translation>Se puede buscar, copiar y redactar correos electrónicos; no se puede añadir, modificar, eliminar, importar ni cambiar listas, y los envíos no se registran en el historial.</translation>
    </message>
    <message>
        <source>You have read-only access to this team directory: the database role {role} may only read it.</source>
        <translation>Tiene acceso de solo lectura a este directorio del equipo: el rol de base de datos {role} solo puede leerlo.</translation>
    </message>
    <message>
        <source>You have read-only access to this team directory: the database server accepts only reading now.</source>
        <translation>Tiene acceso de solo lectura a este directorio del equipo: el servidor de base de datos solo acepta lecturas en este momento.</translation>
    </message>
    <message>
        <source>You have read-only access to this directory: the file {path} cannot be written.</source>
        <translation>Tiene acceso de solo lectura a este directorio: no se puede escribir en el archivo {path}.</translation>
    </message>
    <message>
        <source>You have read-only access to this directory: the folder {path} cannot be written.</source>
        <translation>Tiene acceso de solo lectura a este directorio: no se puede escribir en la carpeta {path}.</translation>
    </message>
    <message>
        <source>in-memory directory</source>
        <translation>directorio en memoria</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>socket local</translation>
    </message>
    <message>
        <source>team database {database} ({where})</source>
        <translation>base de datos del equipo {database} ({where})</translation>
    </message>
    <message>
        <source>Connect to &amp;team database...</source>
        <translation>Conectar a la base de datos del e&amp;quipo…</translation>
    </message>
    <message>
        <source>Open a directory shared on a PostgreSQL server, or go back to your own file</source>
        <translation>Abrir un directorio compartido en un servidor PostgreSQL o volver a su propio archivo</translation>
    </message>
    <message>
        <source>{app} - {directory}</source>
        <translation>{app} - {directory}</translation>
    </message>
    <message>
        <source>Directory and connection</source>
        <translation>Directorio y conexión</translation>
    </message>
    <message>
        <source>{directory}: connected (read-only)</source>
        <translation>{directory}: conectado (solo lectura)</translation>
    </message>
    <message>
        <source>{directory}: connected</source>
        <translation>{directory}: conectado</translation>
    </message>
    <message>
        <source>{directory}: cannot be reached, reconnecting... (read-only)</source>
        <translation>{directory}: inaccesible, reconectando… (solo lectura)</translation>
    </message>
    <message>
        <source>{directory}: cannot be reached, reconnecting...</source>
        <translation>{directory}: inaccesible, reconectando…</translation>
    </message>
    <message>
        <source>{directory} (read-only)</source>
        <translation>{directory} (solo lectura)</translation>
    </message>
    <message>
        <source>The team database can be reached again: saving works again.</source>
        <translation>La base de datos del equipo vuelve a estar accesible: ya se puede guardar de nuevo.</translation>
    </message>
    <message>
        <source>Opened {directory}</source>
        <translation>Abierto: {directory}</translation>
    </message>
</context>
<context>
    <name>AddToListDialog</name>
    <message>
        <source>Add to list</source>
        <translation>Añadir a una lista</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln contact(s) to the list (choose one, or type a new name):</source>
        <translation>
            <numerusform>Añadir %Ln contacto a la lista (elija una o escriba un nombre nuevo):</numerusform>
            <numerusform>Añadir %Ln contactos a la lista (elija una o escriba un nombre nuevo):</numerusform>
        </translation>
    </message>
    <message>
        <source>List name</source>
        <translation>Nombre de la lista</translation>
    </message>
    <message>
        <source>Choose a list, or type a name to make a new list</source>
        <translation>Elija una lista o escriba un nombre para crear una nueva</translation>
    </message>
    <message>
        <source>Adds the contacts to this list</source>
        <translation>Añade los contactos a esta lista</translation>
    </message>
    <message>
        <source>Closes without adding anyone</source>
        <translation>Cierra sin añadir a nadie</translation>
    </message>
</context>
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
        <translation>Vincular contacto…</translation>
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
        <translation>Enviar a una lista…</translation>
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
        <translation>Contacto desvinculado del artículo: {name}</translation>
    </message>
</context>
<context>
    <name>BccDialog</name>
    <message>
        <source>Email selected contacts</source>
        <translation>Escribir a los contactos seleccionados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) do not fit in one email link: mail clients such as Outlook cut links longer than about {limit} characters and would drop addresses silently.

Open the {messages} messages below one by one (each has its addresses in BCC), or copy all the addresses and paste them into the BCC field of one message.</source>
        <translation>
            <numerusform>%Ln dirección no cabe en un solo enlace de correo: los clientes de correo como Outlook cortan los enlaces de más de unos {limit} caracteres y perderían direcciones sin avisar.

Abra uno por uno los {messages} mensajes de abajo (cada uno con sus direcciones en CCO), o copie todas las direcciones y péguelas en el campo CCO de un solo mensaje.</numerusform>
            <numerusform>%Ln direcciones no caben en un solo enlace de correo: los clientes de correo como Outlook cortan los enlaces de más de unos {limit} caracteres y perderían direcciones sin avisar.

Abra uno por uno los {messages} mensajes de abajo (cada uno con sus direcciones en CCO), o copie todas las direcciones y péguelas en el campo CCO de un solo mensaje.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open message {i} of {count} (%Ln address(es))</source>
        <translation>
            <numerusform>Abrir el mensaje {i} de {count} (%Ln dirección)</numerusform>
            <numerusform>Abrir el mensaje {i} de {count} (%Ln direcciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Opens this message in your mail client, its addresses in BCC</source>
        <translation>Abre este mensaje en su cliente de correo, con sus direcciones en CCO</translation>
    </message>
    <message numerus="yes">
        <source>Open message {i} of {count} (%Ln address(es))  - opened</source>
        <translation>
            <numerusform>Abrir el mensaje {i} de {count} (%Ln dirección) – abierto</numerusform>
            <numerusform>Abrir el mensaje {i} de {count} (%Ln direcciones) – abierto</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy all addresses</source>
        <translation>Copiar todas las direcciones</translation>
    </message>
    <message>
        <source>Copies every address to the clipboard, to paste into the BCC field of one message</source>
        <translation>Copia todas las direcciones al portapapeles, para pegarlas en el campo CCO de un mensaje</translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es)</source>
        <translation>
            <numerusform>%Ln dirección</numerusform>
            <numerusform>%Ln direcciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Cierra esta ventana</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>{name} was changed after you opened it: {who} saved it at {time} on {date}. Your save was refused and nothing was overwritten.</source>
        <translation>El contacto {name} se modificó después de que usted lo abriera: {who} lo guardó el {date} a las {time}. Sus cambios no se guardaron y no se sobrescribió nada.</translation>
    </message>
    <message>
        <source>{name} was changed after you opened it: someone else saved it at {time} on {date}. Your save was refused and nothing was overwritten.</source>
        <translation>El contacto {name} se modificó después de que usted lo abriera: otra persona lo guardó el {date} a las {time}. Sus cambios no se guardaron y no se sobrescribió nada.</translation>
    </message>
    <message>
        <source>{name} was changed after you opened it: someone else saved it. Your save was refused and nothing was overwritten.</source>
        <translation>El contacto {name} se modificó después de que usted lo abriera: otra persona lo guardó. Sus cambios no se guardaron y no se sobrescribió nada.</translation>
    </message>
    <message>
        <source>Apply my changes on top: your changes to {mine} are applied; your colleague&apos;s changes to {theirs} are kept.</source>
        <translation>Aplicar mis cambios encima: se aplicarán sus cambios ({mine}) y se conservarán los de su colega ({theirs}).</translation>
    </message>
    <message>
        <source>Apply my changes on top: your changes to {mine} are applied.</source>
        <translation>Aplicar mis cambios encima: se aplicarán sus cambios ({mine}).</translation>
    </message>
    <message>
        <source>Apply my changes on top: your colleague&apos;s changes to {theirs} are kept.</source>
        <translation>Aplicar mis cambios encima: se conservarán los cambios de su colega ({theirs}).</translation>
    </message>
    <message>
        <source>Apply my changes on top: nothing differs.</source>
        <translation>Aplicar mis cambios encima: no hay ninguna diferencia.</translation>
    </message>
    <message>
        <source>You both changed {fields}: your version wins there.</source>
        <translation>Ambos modificaron estos campos: {fields}; prevalece su versión.</translation>
    </message>
    <message>
        <source>Someone else changed this contact</source>
        <translation>Otra persona ha modificado este contacto</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Al abrirlo</translation>
    </message>
    <message>
        <source>Colleague&apos;s version (now)</source>
        <translation>Versión del colega (actual)</translation>
    </message>
    <message>
        <source>Your edits</source>
        <translation>Sus cambios</translation>
    </message>
    <message>
        <source>Differences between your edits and your colleague&apos;s version</source>
        <translation>Diferencias entre sus cambios y la versión de su colega</translation>
    </message>
    <message>
        <source>One row for each field that differs: its value when you opened the contact, your colleague&apos;s value now and your value. Yellow: your colleague changed it; blue: you changed it; red: you both changed it.</source>
        <translation>Una fila por cada campo que difiere: su valor al abrir el contacto, el valor actual de su colega y el suyo. Amarillo: lo modificó su colega; azul: lo modificó usted; rojo: lo modificaron ambos.</translation>
    </message>
    <message>
        <source>{field}
both changed:
yours wins</source>
        <translation>{field}
modificado por ambos:
prevalece su versión</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Yellow: your colleague changed it. Blue: you changed it. Red: you both changed it.</source>
        <translation>Amarillo: lo modificó su colega. Azul: lo modificó usted. Rojo: lo modificaron ambos.</translation>
    </message>
    <message>
        <source>&amp;Apply my changes on top</source>
        <translation>&amp;Aplicar mis cambios encima</translation>
    </message>
    <message>
        <source>Save your edits over your colleague&apos;s version; the fields you did not change keep your colleague&apos;s values ({keys})</source>
        <translation>Guardar sus cambios sobre la versión de su colega; los campos que usted no modificó conservan los valores de su colega ({keys})</translation>
    </message>
    <message>
        <source>&amp;Discard mine</source>
        <translation>&amp;Descartar mis cambios</translation>
    </message>
    <message>
        <source>Forget your edits and load your colleague&apos;s version into the editor</source>
        <translation>Descartar sus cambios y cargar la versión de su colega en el editor</translation>
    </message>
    <message>
        <source>Back to the editor with your edits</source>
        <translation>Volver al editor con sus cambios</translation>
    </message>
    <message>
        <source>{value} (changed by your colleague)</source>
        <translation>{value} (cambiado por su colega)</translation>
    </message>
    <message>
        <source>{value} (changed by you)</source>
        <translation>{value} (cambiado por usted)</translation>
    </message>
    <message>
        <source>{value} (changed by you both)</source>
        <translation>{value} (cambiado por ustedes dos)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>the keyring package is not installed</source>
        <translation>el paquete keyring no está instalado</translation>
    </message>
    <message>
        <source>no system keyring is available on this computer (on Linux: no Secret Service such as GNOME Keyring or KWallet is running); IOM Desk will ask for the password at each start</source>
        <translation>no hay ningún llavero del sistema disponible en este equipo (en Linux: no se está ejecutando ningún Secret Service, como GNOME Keyring o KWallet); IOM Desk pedirá la contraseña en cada inicio</translation>
    </message>
    <message>
        <source>Connect to team database</source>
        <translation>Conectar a la base de datos del equipo</translation>
    </message>
    <message>
        <source>A team directory is one PostgreSQL database that colleagues share. Ask whoever set it up for these details.</source>
        <translation>Un directorio de equipo es una base de datos PostgreSQL que comparten los colegas. Pida estos datos a quien la haya configurado.</translation>
    </message>
    <message>
        <source>The name or address of the PostgreSQL server</source>
        <translation>El nombre o la dirección del servidor PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>The server&apos;s port; PostgreSQL usually listens on 5432</source>
        <translation>El puerto del servidor; PostgreSQL suele escuchar en el 5432</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Puerto</translation>
    </message>
    <message>
        <source>The name of the team&apos;s database on that server</source>
        <translation>El nombre de la base de datos del equipo en ese servidor</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de datos</translation>
    </message>
    <message>
        <source>Your user name on the database server</source>
        <translation>Su nombre de usuario en el servidor de base de datos</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>empty: libpq&apos;s ~/.pgpass or service file</source>
        <translation>vacío: ~/.pgpass o archivo de servicio de libpq</translation>
    </message>
    <message>
        <source>Your database password; leave it empty to use libpq&apos;s ~/.pgpass or service file</source>
        <translation>Su contraseña de la base de datos; déjela vacía para usar ~/.pgpass o el archivo de servicio de libpq</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring so it is not asked again; it is never written to a file</source>
        <translation>Guardar la contraseña en el llavero del sistema para que no se vuelva a pedir; nunca se escribe en un archivo</translation>
    </message>
    <message>
        <source>Connection result</source>
        <translation>Resultado de la conexión</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Probar la co&amp;nexión</translation>
    </message>
    <message>
        <source>Check that these details reach the database, without opening it</source>
        <translation>Comprobar que estos datos permiten llegar a la base de datos, sin abrirla</translation>
    </message>
    <message>
        <source>Use my own directory &amp;file</source>
        <translation>Usar mi propio &amp;archivo de directorio</translation>
    </message>
    <message>
        <source>Forget the team database and open {path}</source>
        <translation>Olvidar la base de datos del equipo y abrir {path}</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Conec&amp;tar</translation>
    </message>
    <message>
        <source>Open the team database and remember these details</source>
        <translation>Abrir la base de datos del equipo y recordar estos datos</translation>
    </message>
    <message>
        <source>Close this dialog and keep the directory open now</source>
        <translation>Cerrar esta ventana sin cambiar de directorio</translation>
    </message>
    <message>
        <source>The password cannot be remembered: {reason}. It is never written to a file.</source>
        <translation>No se puede recordar la contraseña: {reason}. Nunca se escribe en un archivo.</translation>
    </message>
    <message>
        <source>Connected: an empty database; IOM Desk will set up its tables there.</source>
        <translation>Conectado: base de datos vacía; IOM Desk creará sus tablas en ella.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: an IOM Desk directory with %Ln contact(s).</source>
        <translation>
            <numerusform>Conectado: un directorio de IOM Desk con %Ln contacto.</numerusform>
            <numerusform>Conectado: un directorio de IOM Desk con %Ln contactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to {host}...</source>
        <translation>Conectando con {host}…</translation>
    </message>
    <message>
        <source>Opening the team database on {host}...</source>
        <translation>Abriendo la base de datos del equipo en {host}…</translation>
    </message>
    <message>
        <source>Connected, but the connection could not be saved: {error}</source>
        <translation>Conectado, pero no se pudo guardar la conexión: {error}</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>Opening your own directory file...</source>
        <translation>Abriendo su propio archivo de directorio…</translation>
    </message>
    <message>
        <source>The saved team database could not be forgotten: {error}</source>
        <translation>No se pudo olvidar la base de datos del equipo guardada: {error}</translation>
    </message>
    <message>
        <source>{app}: team database password</source>
        <translation>{app}: contraseña de la base de datos del equipo</translation>
    </message>
    <message>
        <source>Password for {connection}:
(no system keyring here: it is asked at each start)</source>
        <translation>Contraseña para {connection}:
(no hay llavero del sistema aquí: se pide en cada inicio)</translation>
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
        <source>IOM Zimbabwe</source>
        <comment>an example office name</comment>
        <translation>OIM Zimbabwe</translation>
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
        <translation>Correos electrónicos</translation>
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
        <source>Not&amp;es</source>
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
        <source>Your changes to this contact are not saved: press Cancel or Esc again to close without them, or Save to keep them.</source>
        <translation>Los cambios en este contacto no están guardados: pulse Cancelar o Esc otra vez para cerrar sin ellos, o Guardar para conservarlos.</translation>
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
    <name>ContactNames</name>
    <message numerus="yes">
        <source>{names} and %Ln other(s)</source>
        <translation>
            <numerusform>{names} y %Ln más</numerusform>
            <numerusform>{names} y %Ln más</numerusform>
        </translation>
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
        <source>Restore version {version} of {name}</source>
        <comment>after Undo or Redo in the Edit menu</comment>
        <translation>la restauración de la versión {version} de «{name}»</translation>
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
    <message>
        <source>Cannot load the sample contacts</source>
        <translation>No se pueden cargar los contactos de ejemplo</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln sample contacts</source>
        <translation>
            <numerusform>Se cargó %Ln contacto de ejemplo</numerusform>
            <numerusform>Se cargaron %Ln contactos de ejemplo</numerusform>
        </translation>
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
            <numerusform>%Ln vCards copiadas</numerusform>
        </translation>
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
    <name>CopyController</name>
    <message>
        <source>A copy is already running</source>
        <translation>Ya hay una copia en curso</translation>
    </message>
    <message>
        <source>Copying the directory...</source>
        <translation>Copiando el directorio…</translation>
    </message>
    <message>
        <source>Copy directory</source>
        <translation>Copiar el directorio</translation>
    </message>
    <message>
        <source>Copy: {summary}</source>
        <translation>Copia: {summary}</translation>
    </message>
    <message>
        <source>Copy counted</source>
        <translation>Recuento de la copia terminado</translation>
    </message>
    <message>
        <source>Copy finished</source>
        <translation>Copia terminada</translation>
    </message>
    <message>
        <source>The copy failed; nothing was stored in the target</source>
        <translation>La copia falló; no se guardó nada en el destino</translation>
    </message>
    <message>
        <source>Copy cancelled: nothing was stored in the target</source>
        <translation>Copia cancelada: no se guardó nada en el destino</translation>
    </message>
    <message>
        <source>The target database reported an error ({error}); nothing was stored in it. Check the connection and try again.</source>
        <translation>La base de datos de destino notificó un error ({error}); no se guardó nada en ella. Compruebe la conexión y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <source>Skip it (leave the target&apos;s contact as it is)</source>
        <translation>Omitirlo (dejar el contacto del destino como está)</translation>
    </message>
    <message>
        <source>Update it (fill empty fields, add new phones, emails, tags; never remove)</source>
        <translation>Actualizarlo (completar los campos vacíos, añadir teléfonos, correos y etiquetas nuevos; nunca eliminar)</translation>
    </message>
    <message>
        <source>Create another contact anyway</source>
        <translation>Crear otro contacto de todos modos</translation>
    </message>
    <message>
        <source>Copy directory to...</source>
        <translation>Copiar el directorio en…</translation>
    </message>
    <message>
        <source>Copies every contact of this directory, with its articles, distribution lists, send history and do-not-contact list, into another database: usually your team&apos;s shared directory. A contact the target already has (same email, else same phone, else same name and office) is handled as you choose below. Nothing is removed from either directory, and if the copy is cancelled or fails, nothing is stored in the target.</source>
        <translation>Copia todos los contactos de este directorio, con sus artículos, listas de distribución, historial de envíos y lista de «no contactar», en otra base de datos: normalmente el directorio compartido de su equipo. Un contacto que el destino ya tiene (mismo correo electrónico; si no, mismo teléfono; si no, mismo nombre y oficina) se trata como usted elija a continuación. No se elimina nada de ninguno de los dos directorios y, si la copia se cancela o falla, no se guarda nada en el destino.</translation>
    </message>
    <message>
        <source>postgresql+psycopg://user@server/directory  or a .sqlite3 file</source>
        <translation>postgresql+psycopg://usuario@servidor/directorio  o un archivo .sqlite3</translation>
    </message>
    <message>
        <source>The database to copy into: a PostgreSQL URL or the path of an SQLite file</source>
        <translation>La base de datos de destino: una URL de PostgreSQL o la ruta de un archivo SQLite</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose an SQLite file to copy into</source>
        <translation>Elegir un archivo SQLite de destino</translation>
    </message>
    <message>
        <source>What to do with a contact the target already has (same email, else same phone, else same name and office)</source>
        <translation>Qué hacer con un contacto que el destino ya tiene (mismo correo electrónico; si no, mismo teléfono; si no, mismo nombre y oficina)</translation>
    </message>
    <message>
        <source>&amp;Only count what would be copied (store nothing)</source>
        <translation>&amp;Solo contar lo que se copiaría (no guardar nada)</translation>
    </message>
    <message>
        <source>Count what the copy would add and update, without storing anything in the target</source>
        <translation>Contar lo que la copia añadiría y actualizaría, sin guardar nada en el destino</translation>
    </message>
    <message>
        <source>&amp;Target database:</source>
        <translation>Base de datos de &amp;destino:</translation>
    </message>
    <message>
        <source>A contact it &amp;already has:</source>
        <translation>Contacto &amp;ya presente:</translation>
    </message>
    <message>
        <source>Close this dialog without copying</source>
        <translation>Cerrar esta ventana sin copiar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Start the copy (it can be cancelled)</source>
        <translation>Iniciar la copia (se puede cancelar)</translation>
    </message>
    <message>
        <source>Copy into an SQLite file</source>
        <translation>Copiar en un archivo SQLite</translation>
    </message>
    <message>
        <source>IOM Desk directory (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Directorio de IOM Desk (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Would copy into {target}:</source>
        <translation>Se copiaría en {target}:</translation>
    </message>
    <message>
        <source>Copied into {target}:</source>
        <translation>Copiado en {target}:</translation>
    </message>
    <message>
        <source>Contacts: {added} added, {updated} updated, {skipped} skipped (of {total}).</source>
        <translation>Contactos (de {total}) — añadidos: {added}; actualizados: {updated}; omitidos: {skipped}.</translation>
    </message>
    <message>
        <source>Articles: {added} added, {matched} already there; {links} links added.</source>
        <translation>Artículos — añadidos: {added}; ya presentes: {matched}; vínculos añadidos: {links}.</translation>
    </message>
    <message>
        <source>Lists: {added} added, {merged} merged ({members} members added).</source>
        <translation>Listas — añadidas: {added}; fusionadas: {merged} (miembros añadidos: {members}).</translation>
    </message>
    <message>
        <source>Send history: {entries} entries added. Do-not-contact entries: {dnc} added.</source>
        <translation>Historial de envíos — entradas añadidas: {entries}. Lista de «no contactar» — entradas añadidas: {dnc}.</translation>
    </message>
    <message>
        <source>Nothing was stored (count only).</source>
        <translation>No se guardó nada (solo recuento).</translation>
    </message>
    <message>
        <source>Already in the target:</source>
        <translation>Ya presentes en el destino:</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>… y {count} más</translation>
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
        <translation>Modificado el {when} por {who}</translation>
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
        <translation>Fuente</translation>
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
    <name>EraseDialog</name>
    <message>
        <source>ERASE</source>
        <comment>the word the user types to confirm erasing: one word, in capitals</comment>
        <translation>BORRAR</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Borrar definitivamente</translation>
    </message>
    <message>
        <source>Erase {name} for good? This cannot be undone.

The contact, with every phone, email, note, list membership, article link and outreach-ledger entry, will be deleted and wiped from the directory file. Only a hash of the emails and phones is kept (so an import never brings them back unnoticed), and an audit line records that contact ids were erased, by whom and when.</source>
        <translation>¿Borrar definitivamente a {name}? Esta acción no se puede deshacer.

El contacto, con todos sus teléfonos, correos electrónicos, notas, pertenencias a listas, vínculos con artículos y entradas del registro de envíos, se eliminará y se borrará del archivo del directorio. Solo se conserva una huella (hash) de los correos electrónicos y teléfonos (para que una importación nunca los vuelva a introducir sin que se note), y una línea de auditoría registra que se borraron identificadores de contacto, quién lo hizo y cuándo.</translation>
    </message>
    <message numerus="yes">
        <source>Erase %Ln contact(s) for good? This cannot be undone.

The contacts, with every phone, email, note, list membership, article link and outreach-ledger entry, will be deleted and wiped from the directory file. Only a hash of the emails and phones is kept (so an import never brings them back unnoticed), and an audit line records that contact ids were erased, by whom and when.</source>
        <translation>
            <numerusform>¿Borrar definitivamente %Ln contacto? Esta acción no se puede deshacer.

Los contactos, con todos sus teléfonos, correos electrónicos, notas, pertenencias a listas, vínculos con artículos y entradas del registro de envíos, se eliminarán y se borrarán del archivo del directorio. Solo se conserva una huella (hash) de los correos electrónicos y teléfonos (para que una importación nunca los vuelva a introducir sin que se note), y una línea de auditoría registra que se borraron identificadores de contacto, quién lo hizo y cuándo.</numerusform>
            <numerusform>¿Borrar definitivamente %Ln contactos? Esta acción no se puede deshacer.

Los contactos, con todos sus teléfonos, correos electrónicos, notas, pertenencias a listas, vínculos con artículos y entradas del registro de envíos, se eliminarán y se borrarán del archivo del directorio. Solo se conserva una huella (hash) de los correos electrónicos y teléfonos (para que una importación nunca los vuelva a introducir sin que se note), y una línea de auditoría registra que se borraron identificadores de contacto, quién lo hizo y cuándo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts: {names}</source>
        <translation>Contactos: {names}</translation>
    </message>
    <message>
        <source>1 automatic backup beside the directory still holds the data; delete it afterwards to finish the erasure.</source>
        <translation>1 copia de seguridad automática junto al directorio aún contiene los datos; elimínela después para completar el borrado.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln automatic backups beside the directory still hold the data; delete them afterwards to finish the erasure.</source>
        <translation>
            <numerusform>%Ln copia de seguridad automática junto al directorio aún contiene los datos; elimínela después para completar el borrado.</numerusform>
            <numerusform>%Ln copias de seguridad automáticas junto al directorio aún contienen los datos; elimínelas después para completar el borrado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type {word} to confirm:</source>
        <translation>Escriba {word} para confirmar:</translation>
    </message>
    <message>
        <source>The erase button is enabled once {word} is typed here</source>
        <translation>El botón de borrado se activa una vez escrito {word} aquí</translation>
    </message>
    <message>
        <source>Deletes these contacts irreversibly</source>
        <translation>Elimina estos contactos de forma irreversible</translation>
    </message>
    <message>
        <source>Closes without erasing anything</source>
        <translation>Cierra sin borrar nada</translation>
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
        <translation>Exportando…</translation>
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
    <name>HistoryDialog</name>
    <message>
        <source>Changes to this contact, newest first</source>
        <translation>Cambios de este contacto, los más recientes primero</translation>
    </message>
    <message>
        <source>Each change with its version, date, author and fields; expand a change to see each field before and after it. Select a change to restore the contact as it was then.</source>
        <translation>Cada cambio con su versión, fecha, autor y campos; despliegue un cambio para ver cada campo antes y después. Seleccione un cambio para restaurar el contacto tal como estaba entonces.</translation>
    </message>
    <message>
        <source>Change / field</source>
        <translation>Cambio / campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore the selected version now</source>
        <translation>Restaurar ahora la versión seleccionada</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t restore</source>
        <translation>&amp;No restaurar</translation>
    </message>
    <message>
        <source>Close this question and change nothing</source>
        <translation>Cerrar esta pregunta sin cambiar nada</translation>
    </message>
    <message>
        <source>Close the history</source>
        <translation>Cerrar el historial</translation>
    </message>
    <message>
        <source>Restore &amp;this version...</source>
        <translation>Restaurar &amp;esta versión…</translation>
    </message>
    <message>
        <source>Put the contact back as it was after the selected change ({keys}). These fields stay as they are now: {fields}.</source>
        <translation>Devolver el contacto al estado en que quedó tras el cambio seleccionado ({keys}). Estos campos se quedan como están ahora: {fields}.</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Historial de {name}</translation>
    </message>
    <message numerus="yes">
        <source>{name}: version {version}, %n recorded change(s)</source>
        <translation>
            <numerusform>{name}: versión {version}, %n cambio registrado</numerusform>
            <numerusform>{name}: versión {version}, %n cambios registrados</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>v{version} · as it was before its first recorded change</source>
        <translation>v{version} · tal como estaba antes de su primer cambio registrado</translation>
    </message>
    <message>
        <source>No change recorded: this contact was stored before IOM Desk kept a history.</source>
        <translation>No hay cambios registrados: este contacto se guardó antes de que IOM Desk llevara un historial.</translation>
    </message>
    <message>
        <source>This is how the contact is now.</source>
        <translation>Así es el contacto actualmente.</translation>
    </message>
    <message>
        <source>Restore this version: the contact as it was at version {version}.</source>
        <translation>Restaurar esta versión: el contacto tal como estaba en la versión {version}.</translation>
    </message>
    <message>
        <source>The team database at {host} cannot be reached; nothing was stored. IOM Desk will reconnect when it is back.</source>
        <translation>No se puede acceder a la base de datos del equipo en {host}; no se guardó nada. IOM Desk se volverá a conectar cuando esté disponible de nuevo.</translation>
    </message>
    <message>
        <source>Version {version} has the same fields as now: nothing would change.</source>
        <translation>La versión {version} tiene los mismos campos que ahora: no cambiaría nada.</translation>
    </message>
    <message>
        <source>Restore {name} as it was at version {version}? This changes: {fields}. You can undo it with {undo_keys}.</source>
        <translation>¿Restaurar el contacto {name} tal como estaba en la versión {version}? Campos que cambian: {fields}. Puede deshacerlo con {undo_keys}.</translation>
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
        <translation>Importando…</translation>
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
        <translation>Guardar las filas rechazadas como CSV…</translation>
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
        <translation>Cancelando: no se guardará nada…</translation>
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
            <numerusform>Importando aproximadamente %Ln fila de {file}…</numerusform>
            <numerusform>Importando aproximadamente %Ln filas de {file}…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln row from {file}...</source>
        <translation>
            <numerusform>Importando %Ln fila de {file}…</numerusform>
            <numerusform>Importando %Ln filas de {file}…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln rows from {file}...</source>
        <translation>
            <numerusform>Importando %Ln fila de {file}…</numerusform>
            <numerusform>Importando %Ln filas de {file}…</numerusform>
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
    <name>LeftOutText</name>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} y %Ln más</numerusform>
            <numerusform>{names} y %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln marked do not contact left out: {names}</source>
        <translation>
            <numerusform>%Ln contacto marcado como «no contactar» excluido: {names}</numerusform>
            <numerusform>%Ln contactos marcados como «no contactar» excluidos: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without an email left out: {names}</source>
        <translation>
            <numerusform>%Ln contacto sin correo electrónico excluido: {names}</numerusform>
            <numerusform>%Ln contactos sin correo electrónico excluidos: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the two kinds of contacts left out of a send</comment>
        <translation>; </translation>
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
    <name>ListsController</name>
    <message>
        <source>{name} (smart, cannot run)</source>
        <translation>{name} (dinámica, búsqueda imposible)</translation>
    </message>
    <message>
        <source>{name} ({count}, smart)</source>
        <translation>{name} ({count}, dinámica)</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>Delete list {name}</source>
        <translation>Eliminar la lista {name}</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>No se puede deshacer</translation>
    </message>
    <message>
        <source>Rename list {name}</source>
        <translation>Cambiar el nombre de la lista {name}</translation>
    </message>
    <message>
        <source>Save search as smart list {name}</source>
        <translation>Guardar la búsqueda como lista dinámica {name}</translation>
    </message>
    <message>
        <source>Change the search of {name}</source>
        <translation>Cambiar la búsqueda de {name}</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln contact(s) to {name}</source>
        <translation>
            <numerusform>Añadir %Ln contacto a {name}</numerusform>
            <numerusform>Añadir %Ln contactos a {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln contact(s) from {name}</source>
        <translation>
            <numerusform>Quitar %Ln contacto de {name}</numerusform>
            <numerusform>Quitar %Ln contactos de {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename lis&amp;t...</source>
        <translation>Cambiar el nombre de la lis&amp;ta…</translation>
    </message>
    <message>
        <source>Rename the list shown in the table</source>
        <translation>Cambiar el nombre de la lista mostrada en la tabla</translation>
    </message>
    <message>
        <source>Delete list (c&amp;ontacts stay)</source>
        <translation>Eliminar la lista (los c&amp;ontactos se conservan)</translation>
    </message>
    <message>
        <source>Delete the list shown in the table; its contacts stay</source>
        <translation>Eliminar la lista mostrada en la tabla; sus contactos se conservan</translation>
    </message>
    <message>
        <source>Edit smart list sear&amp;ch...</source>
        <translation>Editar la bús&amp;queda de la lista dinámica…</translation>
    </message>
    <message>
        <source>Change the search of the smart list shown in the table</source>
        <translation>Cambiar la búsqueda de la lista dinámica mostrada en la tabla</translation>
    </message>
    <message>
        <source>Show a list first: choose it under Lists in the side panel</source>
        <translation>Primero muestre una lista: elíjala en Listas, en el panel lateral</translation>
    </message>
    <message>
        <source>The list shown is not a smart list: it has no search to edit</source>
        <translation>La lista mostrada no es una lista dinámica: no tiene ninguna búsqueda que editar</translation>
    </message>
    <message>
        <source>Cannot add to the list</source>
        <translation>No se puede añadir a la lista</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln contact(s) to &apos;{name}&apos; (new list)</source>
        <translation>
            <numerusform>%Ln contacto añadido a «{name}» (lista nueva)</numerusform>
            <numerusform>%Ln contactos añadidos a «{name}» (lista nueva)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln contact(s) to &apos;{name}&apos;; {already} already on it</source>
        <translation>
            <numerusform>%Ln contacto añadido a «{name}»; {already} ya en la lista</numerusform>
            <numerusform>%Ln contactos añadidos a «{name}»; {already} ya en la lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln contact(s) to &apos;{name}&apos;</source>
        <translation>
            <numerusform>%Ln contacto añadido a «{name}»</numerusform>
            <numerusform>%Ln contactos añadidos a «{name}»</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove from the list</source>
        <translation>No se puede quitar de la lista</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln contact(s) from &apos;{name}&apos; (they stay in the directory)</source>
        <translation>
            <numerusform>%Ln contacto quitado de «{name}» (sigue en el directorio)</numerusform>
            <numerusform>%Ln contactos quitados de «{name}» (siguen en el directorio)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename list</source>
        <translation>Cambiar el nombre de la lista</translation>
    </message>
    <message>
        <source>New name for &apos;{name}&apos;:</source>
        <translation>Nuevo nombre de «{name}»:</translation>
    </message>
    <message>
        <source>Cannot rename the list</source>
        <translation>No se puede cambiar el nombre de la lista</translation>
    </message>
    <message>
        <source>Renamed list &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>Lista «{old}» renombrada como «{new}»</translation>
    </message>
    <message>
        <source>Cannot delete the list</source>
        <translation>No se puede eliminar la lista</translation>
    </message>
    <message numerus="yes">
        <source>Deleted list &apos;{name}&apos;; its %Ln contact(s) stay.</source>
        <translation>
            <numerusform>Lista «{name}» eliminada; %Ln contacto conservado en el directorio.</numerusform>
            <numerusform>Lista «{name}» eliminada; %Ln contactos conservados en el directorio.</numerusform>
        </translation>
    </message>
    <message>
        <source>The smart list &apos;{name}&apos; names it and now finds nobody.</source>
        <translation>La lista dinámica «{name}» hace referencia a ella y ya no encuentra a nadie.</translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z.</source>
        <translation>Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Save search as smart list</source>
        <translation>Guardar la búsqueda como lista dinámica</translation>
    </message>
    <message>
        <source>Name of the smart list (its members are the results of &apos;{search}&apos;, and follow the directory as it changes):</source>
        <translation>Nombre de la lista dinámica (sus miembros son los resultados de «{search}» y siguen los cambios del directorio):</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Nada que guardar</translation>
    </message>
    <message>
        <source>Type a search first (for example office:zimbabwe tag:media); a smart list keeps that search and its results follow the data.</source>
        <translation>Escriba primero una búsqueda (por ejemplo office:zimbabwe tag:media); una lista dinámica guarda esa búsqueda y sus resultados siguen los datos.</translation>
    </message>
    <message>
        <source>Cannot make the smart list</source>
        <translation>No se puede crear la lista dinámica</translation>
    </message>
    <message numerus="yes">
        <source>Smart list &apos;{name}&apos; saved: %Ln contact(s) now</source>
        <translation>
            <numerusform>Lista dinámica «{name}» guardada: %Ln contacto por ahora</numerusform>
            <numerusform>Lista dinámica «{name}» guardada: %Ln contactos por ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit smart list</source>
        <translation>Editar la lista dinámica</translation>
    </message>
    <message>
        <source>Search of &apos;{name}&apos;:</source>
        <translation>Búsqueda de «{name}»:</translation>
    </message>
    <message>
        <source>Cannot edit the list</source>
        <translation>No se puede editar la lista</translation>
    </message>
    <message>
        <source>Cannot change the search</source>
        <translation>No se puede cambiar la búsqueda</translation>
    </message>
    <message numerus="yes">
        <source>Smart list &apos;{name}&apos; now finds %Ln contact(s)</source>
        <translation>
            <numerusform>La lista dinámica «{name}» encuentra ahora %Ln contacto</numerusform>
            <numerusform>La lista dinámica «{name}» encuentra ahora %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>Cambiar el nombre…</translation>
    </message>
    <message>
        <source>Delete (contacts stay)</source>
        <translation>Eliminar (los contactos se conservan)</translation>
    </message>
    <message>
        <source>Edit search...</source>
        <translation>Editar la búsqueda…</translation>
    </message>
    <message>
        <source>Send to list...</source>
        <translation>Enviar a la lista…</translation>
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
        <source>Copy &amp;phone (E.164)</source>
        <translation>Copiar &amp;teléfono (E.164)</translation>
    </message>
    <message>
        <source>Copy con&amp;tact card</source>
        <translation>Copiar &amp;ficha del contacto</translation>
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
        <source>Import press release from the c&amp;lipboard</source>
        <translation>Importar comunicado desde el p&amp;ortapapeles</translation>
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
    <name>OptOutDialog</name>
    <message>
        <source>Record bounces or opt-outs</source>
        <translation>Registrar rebotes o bajas</translation>
    </message>
    <message>
        <source>Paste a bounce message or a list of addresses (any separator):</source>
        <translation>Pegue un mensaje de rebote (no entregado) o una lista de direcciones (cualquier separador):</translation>
    </message>
    <message>
        <source>Bounce message or addresses</source>
        <translation>Mensaje de rebote o direcciones</translation>
    </message>
    <message>
        <source>The text to look for email addresses in: a bounce message or addresses separated by anything</source>
        <translation>El texto donde buscar direcciones de correo: un mensaje de rebote o direcciones separadas por cualquier carácter</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>mensaje rebotado</translation>
    </message>
    <message>
        <source>asked to be removed</source>
        <translation>solicitó la baja</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Recorded as the do-not-contact reason of each address</source>
        <translation>Se registra como motivo de «no contactar» de cada dirección</translation>
    </message>
    <message>
        <source>Addresses found</source>
        <translation>Direcciones encontradas</translation>
    </message>
    <message>
        <source>The ticked addresses are recorded; untick any that should not be</source>
        <translation>Se registran las direcciones marcadas; desmarque las que no deban registrarse</translation>
    </message>
    <message>
        <source>What was recorded: the contacts marked, those already marked and the addresses not in the directory</source>
        <translation>Lo que se registró: los contactos marcados, los que ya lo estaban y las direcciones que no están en el directorio</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Marks the ticked addresses do not contact</source>
        <translation>Marca las direcciones marcadas como «no contactar»</translation>
    </message>
    <message>
        <source>Closes the dialog</source>
        <translation>Cierra el cuadro de diálogo</translation>
    </message>
    <message>
        <source>In the bounce&apos;s From/To/Cc lines (your own address?): not ticked</source>
        <translation>En las líneas De/Para/CC del rebote (¿su propia dirección?): sin marcar</translation>
    </message>
    <message>
        <source>A mail system&apos;s address (the sender of the bounce): not ticked</source>
        <translation>Dirección de un sistema de correo (el remitente del rebote): sin marcar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) found; {left} from the bounce&apos;s headers or its mail system left unticked. Untick any that should not be recorded; tick any that should.</source>
        <translation>
            <numerusform>%Ln dirección encontrada; direcciones de los encabezados del rebote o de su sistema de correo sin marcar: {left}. Desmarque las que no deban registrarse; marque las que sí.</numerusform>
            <numerusform>%Ln direcciones encontradas; direcciones de los encabezados del rebote o de su sistema de correo sin marcar: {left}. Desmarque las que no deban registrarse; marque las que sí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) found. Untick any that should not be recorded; tick any that should.</source>
        <translation>
            <numerusform>%Ln dirección encontrada. Desmárquela si no debe registrarse.</numerusform>
            <numerusform>%Ln direcciones encontradas. Desmarque las que no deban registrarse; marque las que sí.</numerusform>
        </translation>
    </message>
    <message>
        <source>No address is ticked: nothing was recorded.</source>
        <translation>No hay ninguna dirección marcada: no se registró nada.</translation>
    </message>
    <message>
        <source>Marked: {names}</source>
        <translation>Marcados: {names}</translation>
    </message>
    <message>
        <source>Already marked: {names}</source>
        <translation>Ya marcados: {names}</translation>
    </message>
    <message>
        <source>Not in the directory (an import will mark them): {addresses}</source>
        <translation>No están en el directorio (una importación las marcará): {addresses}</translation>
    </message>
</context>
<context>
    <name>OutreachController</name>
    <message>
        <source>{name} is marked do not contact ({reason}). No email was opened.</source>
        <translation>El contacto {name} está marcado como «no contactar» ({reason}). No se abrió ningún correo.</translation>
    </message>
    <message>
        <source>{name} is marked do not contact. No email was opened.</source>
        <translation>El contacto {name} está marcado como «no contactar». No se abrió ningún correo.</translation>
    </message>
    <message>
        <source>No phone or softphone program is set up to open tel: links on this computer. The phone number was copied to the clipboard instead; paste it where you need it.</source>
        <translation>No hay ningún programa de telefonía configurado para abrir enlaces tel: en este equipo. El número de teléfono se copió al portapapeles; péguelo donde lo necesite.</translation>
    </message>
    <message>
        <source>No mail client is set up to open mailto: links on this computer. The addresses were copied to the clipboard instead; paste them where you need them.</source>
        <translation>No hay ningún cliente de correo configurado para abrir enlaces mailto: en este equipo. Las direcciones se copiaron al portapapeles; péguelas donde las necesite.</translation>
    </message>
    <message>
        <source>No mail client is set up to open mailto: links on this computer. The email address was copied to the clipboard instead; paste it where you need it.</source>
        <translation>No hay ningún cliente de correo configurado para abrir enlaces mailto: en este equipo. La dirección de correo se copió al portapapeles; péguela donde la necesite.</translation>
    </message>
    <message>
        <source>No program for this link</source>
        <translation>Ningún programa para este enlace</translation>
    </message>
    <message>
        <source>Not recorded in the history: you have read-only access to this directory.</source>
        <translation>No se registró en el historial: solo tiene acceso de lectura a este directorio.</translation>
    </message>
    <message>
        <source>The send could not be recorded in the history</source>
        <translation>No se pudo registrar el envío en el historial</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <source>No email address</source>
        <translation>Sin dirección de correo</translation>
    </message>
    <message>
        <source>{name} has no email address. Add one with Edit (F2).</source>
        <translation>{name} no tiene dirección de correo. Añada una con Editar (F2).</translation>
    </message>
    <message>
        <source>Writing to {name} &lt;{address}&gt;</source>
        <translation>Redactando un correo a {name} &lt;{address}&gt;</translation>
    </message>
    <message>
        <source>No email addresses</source>
        <translation>Sin direcciones de correo</translation>
    </message>
    <message>
        <source>None of the selected contacts can be written to. {why}.</source>
        <translation>No se puede escribir a ninguno de los contactos seleccionados. {why}.</translation>
    </message>
    <message numerus="yes">
        <source>Writing to %Ln contact(s) in BCC.</source>
        <translation>
            <numerusform>Redactando un correo a %Ln contacto en CCO.</numerusform>
            <numerusform>Redactando un correo a %Ln contactos en CCO.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) to open one by one.</source>
        <translation>
            <numerusform>%Ln mensaje para abrir.</numerusform>
            <numerusform>%Ln mensajes para abrir uno por uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot send to a list</source>
        <translation>No se puede enviar a una lista</translation>
    </message>
    <message>
        <source>No list yet</source>
        <translation>Todavía no hay listas</translation>
    </message>
    <message>
        <source>Put contacts on a list first: select them and choose Contact &gt; Add to list (Ctrl+L).</source>
        <translation>Primero añada contactos a una lista: selecciónelos y elija Contacto &gt; Añadir a una lista (Ctrl+L).</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Guardar el borrador</translation>
    </message>
    <message>
        <source>Email draft (*.eml)</source>
        <translation>Borrador de correo (*.eml)</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>No se puede enviar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) who already got this article left out</source>
        <translation>
            <numerusform>%Ln destinatario que ya recibió este artículo excluido</numerusform>
            <numerusform>%Ln destinatarios que ya recibieron este artículo excluidos</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the reasons contacts were left out of a send</comment>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>Opened your mail client: %Ln recipient(s) of &apos;{list}&apos; in BCC.</source>
        <translation>
            <numerusform>Cliente de correo abierto: %Ln destinatario de «{list}» en CCO.</numerusform>
            <numerusform>Cliente de correo abierto: %Ln destinatarios de «{list}» en CCO.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send to {list}</source>
        <translation>Enviar a {list}</translation>
    </message>
    <message>
        <source>Nothing sent: no file chosen for the draft</source>
        <translation>No se envió nada: no se eligió ningún archivo para el borrador</translation>
    </message>
    <message>
        <source>The draft could not be saved; nothing was recorded</source>
        <translation>No se pudo guardar el borrador; no se registró nada</translation>
    </message>
    <message numerus="yes">
        <source>Saved a draft to {path} with %Ln recipient(s) in BCC and opened it.</source>
        <translation>
            <numerusform>Borrador guardado en {path} con %Ln destinatario en CCO y abierto.</numerusform>
            <numerusform>Borrador guardado en {path} con %Ln destinatarios en CCO y abierto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved a draft to {path} with %Ln recipient(s) in BCC; open it with Outlook or Thunderbird to send it.</source>
        <translation>
            <numerusform>Borrador guardado en {path} con %Ln destinatario en CCO; ábralo con Outlook o Thunderbird para enviarlo.</numerusform>
            <numerusform>Borrador guardado en {path} con %Ln destinatarios en CCO; ábralo con Outlook o Thunderbird para enviarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Borrador guardado</translation>
    </message>
    <message>
        <source>Calling {number}</source>
        <translation>Llamando al {number}</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Sin número de teléfono</translation>
    </message>
    <message>
        <source>{name} has no phone number.</source>
        <translation>{name} no tiene número de teléfono.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
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
        <source>{number} {problem}</source>
        <translation>{number} {problem}</translation>
    </message>
    <message>
        <source>Stored as {number} ({kind}), {status}</source>
        <translation>Se guardará como {number} ({kind}), {status}</translation>
    </message>
</context>
<context>
    <name>ProtectionController</name>
    <message>
        <source>Cannot undo</source>
        <translation>No se puede deshacer</translation>
    </message>
    <message>
        <source>Do &amp;not contact...</source>
        <translation>&amp;No contactar…</translation>
    </message>
    <message>
        <source>Never email the selected contacts again (with a reason)</source>
        <translation>No volver a escribir nunca a los contactos seleccionados (con un motivo)</translation>
    </message>
    <message>
        <source>Allow contact a&amp;gain</source>
        <translation>Permitir el contacto de nue&amp;vo</translation>
    </message>
    <message>
        <source>Clear do not contact and take their addresses off the suppression list</source>
        <translation>Quitar «no contactar» y sacar sus direcciones de la lista de exclusión</translation>
    </message>
    <message>
        <source>Record &amp;bounces or opt-outs...</source>
        <translation>Registrar re&amp;botes o bajas…</translation>
    </message>
    <message>
        <source>Paste a bounce message or a list of addresses: each is marked do not contact</source>
        <translation>Pegar un mensaje de rebote o una lista de direcciones: cada una se marca como «no contactar»</translation>
    </message>
    <message>
        <source>E&amp;xport my data...</source>
        <translation>E&amp;xportar datos personales…</translation>
    </message>
    <message>
        <source>Everything held about this contact, as JSON and readable text</source>
        <translation>Todo lo que se conserva sobre este contacto, en JSON y en texto legible</translation>
    </message>
    <message>
        <source>Erase &amp;for good...</source>
        <translation>Borrar de&amp;finitivamente…</translation>
    </message>
    <message>
        <source>Delete the selected contacts irreversibly, keeping only suppression hashes</source>
        <translation>Eliminar los contactos seleccionados de forma irreversible, conservando solo las huellas de exclusión</translation>
    </message>
    <message>
        <source>&amp;Retention review...</source>
        <translation>&amp;Revisión de la conservación…</translation>
    </message>
    <message>
        <source>Contacts whose review date passed or who were not contacted for months</source>
        <translation>Contactos cuya fecha de revisión ha vencido o a los que no se contacta desde hace meses</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Cannot mark do not contact</source>
        <translation>No se puede marcar como «no contactar»</translation>
    </message>
    <message numerus="yes">
        <source>Do not contact (%Ln contact(s))</source>
        <translation>
            <numerusform>No contactar (%Ln contacto)</numerusform>
            <numerusform>No contactar (%Ln contactos)</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary} (Ctrl+Z to undo)</source>
        <translation>{summary} (Ctrl+Z para deshacer)</translation>
    </message>
    <message>
        <source>Allow contact again</source>
        <translation>Permitir el contacto de nuevo</translation>
    </message>
    <message>
        <source>Allow contact again with {names}?

The do-not-contact mark is cleared and their emails and phones are taken off the suppression list (an import will no longer mark them).</source>
        <translation>¿Permitir de nuevo el contacto con {names}?

Se quita la marca de «no contactar» y sus correos electrónicos y teléfonos salen de la lista de exclusión (una importación ya no los marcará).</translation>
    </message>
    <message>
        <source>None of the selected contacts is marked do not contact</source>
        <translation>Ninguno de los contactos seleccionados está marcado como «no contactar»</translation>
    </message>
    <message>
        <source>Cannot allow contact again</source>
        <translation>No se puede permitir el contacto de nuevo</translation>
    </message>
    <message numerus="yes">
        <source>Allow contact again (%Ln contact(s))</source>
        <translation>
            <numerusform>Permitir el contacto de nuevo (%Ln contacto)</numerusform>
            <numerusform>Permitir el contacto de nuevo (%Ln contactos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record the addresses</source>
        <translation>No se pueden registrar las direcciones</translation>
    </message>
    <message numerus="yes">
        <source>Record %Ln address(es)</source>
        <translation>
            <numerusform>Registrar %Ln dirección</numerusform>
            <numerusform>Registrar %Ln direcciones</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} - personal data.json</source>
        <translation>{name} - datos personales.json</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Exportar datos personales</translation>
    </message>
    <message>
        <source>JSON and text (*.json)</source>
        <translation>JSON y texto (*.json)</translation>
    </message>
    <message>
        <source>{path} is a database; it was not overwritten</source>
        <translation>{path} es una base de datos; no se sobrescribió</translation>
    </message>
    <message>
        <source>Cannot export the data</source>
        <translation>No se pueden exportar los datos</translation>
    </message>
    <message>
        <source>Saved {json} and {text}</source>
        <translation>{json} y {text} guardados</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Datos exportados</translation>
    </message>
    <message>
        <source>Everything held about {name} was saved to:
{json}
{text}</source>
        <translation>Todo lo que se conserva sobre {name} se guardó en:
{json}
{text}</translation>
    </message>
    <message>
        <source>An erasure is already running</source>
        <translation>Ya hay un borrado en curso</translation>
    </message>
    <message numerus="yes">
        <source>Erasing %Ln contact(s)...</source>
        <translation>
            <numerusform>Borrando %Ln contacto…</numerusform>
            <numerusform>Borrando %Ln contactos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>Erasing...</source>
        <translation>Borrando…</translation>
    </message>
    <message>
        <source>Cleaning the search index...</source>
        <translation>Limpiando el índice de búsqueda…</translation>
    </message>
    <message>
        <source>Compacting the directory file (this can take a while on a big directory)...</source>
        <translation>Compactando el archivo del directorio (puede tardar en un directorio grande)…</translation>
    </message>
    <message>
        <source>Truncating the write-ahead log...</source>
        <translation>Truncando el registro de escritura anticipada (WAL)…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Borrado completado</translation>
    </message>
    <message>
        <source>The erasure failed</source>
        <translation>El borrado falló</translation>
    </message>
    <message>
        <source>Cannot set the review date</source>
        <translation>No se puede fijar la fecha de revisión</translation>
    </message>
    <message numerus="yes">
        <source>Review date {date} set on %Ln contact(s)</source>
        <translation>
            <numerusform>Fecha de revisión {date} fijada para %Ln contacto</numerusform>
            <numerusform>Fecha de revisión {date} fijada para %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot store the setting</source>
        <translation>No se puede guardar el ajuste</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>asked to be removed</source>
        <translation>solicitó la baja</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>mensaje rebotado</translation>
    </message>
    <message>
        <source>left the outlet</source>
        <translation>dejó el medio</translation>
    </message>
    <message>
        <source>legal or safety concern</source>
        <translation>motivo jurídico o de seguridad</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <source>Mark {names} do not contact. They will never be put into an email, a BCC or a list send, and their emails and phones go on the suppression list, so an import that brings them back marks them again.</source>
        <translation>Marcar a {names} como «no contactar». Nunca se incluirán en un correo, un envío en CCO ni un envío a una lista, y sus correos electrónicos y teléfonos pasan a la lista de exclusión, de modo que una importación que los vuelva a traer los marcará de nuevo.</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>Motivo (obligatorio):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why these contacts must not be contacted: choose a reason or type your own</source>
        <translation>Por qué no se debe contactar a estos contactos: elija un motivo o escriba el suyo</translation>
    </message>
    <message>
        <source>Mark do not contact</source>
        <translation>Marcar como «no contactar»</translation>
    </message>
    <message>
        <source>Marks the contacts do not contact with this reason</source>
        <translation>Marca los contactos como «no contactar» con este motivo</translation>
    </message>
    <message>
        <source>Closes without marking anyone</source>
        <translation>Cierra sin marcar a nadie</translation>
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
            <numerusform>%Ln contacto encontrado. Contactos marcados, que se guardarán y vincularán al artículo: {ticked}. Edite una celda para corregirla; desmarque un contacto para excluirlo.</numerusform>
            <numerusform>%Ln contactos encontrados. Contactos marcados, que se guardarán y vincularán al artículo: {ticked}. Edite una celda para corregirla; desmarque un contacto para excluirlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts found; {ticked} ticked will be saved and linked to the article. Edit a cell to correct it; untick a contact to leave it out.</source>
        <translation>
            <numerusform>%Ln contacto encontrado. Contactos marcados, que se guardarán y vincularán al artículo: {ticked}. Edite una celda para corregirla; desmarque un contacto para excluirlo.</numerusform>
            <numerusform>%Ln contactos encontrados. Contactos marcados, que se guardarán y vincularán al artículo: {ticked}. Edite una celda para corregirla; desmarque un contacto para excluirlo.</numerusform>
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
    <name>RetentionDialog</name>
    <message>
        <source>Retention review</source>
        <translation>Revisión de la conservación</translation>
    </message>
    <message>
        <source>Contacts whose review date has passed, or not contacted for</source>
        <translation>Contactos con la fecha de revisión vencida, o sin contacto desde hace</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Months without contact</source>
        <translation>Meses sin contacto</translation>
    </message>
    <message>
        <source>Stored in the directory: the command line&apos;s `iomdesk retention` uses it too</source>
        <translation>Se guarda en el directorio: el comando `iomdesk retention` también lo usa</translation>
    </message>
    <message>
        <source>Contacts due for review</source>
        <translation>Contactos pendientes de revisión</translation>
    </message>
    <message>
        <source>Select contacts to set their review date, show them or erase them; double-click shows one in the main table</source>
        <translation>Seleccione contactos para fijar su fecha de revisión, mostrarlos o borrarlos; un doble clic muestra uno en la tabla principal</translation>
    </message>
    <message>
        <source>New review date:</source>
        <translation>Nueva fecha de revisión:</translation>
    </message>
    <message>
        <source>New review date</source>
        <translation>Nueva fecha de revisión</translation>
    </message>
    <message>
        <source>The review date that Set review date gives the selected contacts</source>
        <translation>La fecha de revisión que se dará a los contactos seleccionados</translation>
    </message>
    <message>
        <source>Set review date</source>
        <translation>Fijar fecha de revisión</translation>
    </message>
    <message>
        <source>Gives the selected contacts the new review date</source>
        <translation>Da la nueva fecha de revisión a los contactos seleccionados</translation>
    </message>
    <message>
        <source>Show in table</source>
        <translation>Mostrar en la tabla</translation>
    </message>
    <message>
        <source>Shows the first selected contact in the main window</source>
        <translation>Muestra el primer contacto seleccionado en la ventana principal</translation>
    </message>
    <message>
        <source>Erase selected...</source>
        <translation>Borrar selección…</translation>
    </message>
    <message>
        <source>Erases the selected contacts for good, after asking</source>
        <translation>Borra definitivamente los contactos seleccionados, previa confirmación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes the retention review</source>
        <translation>Cierra la revisión de la conservación</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) due for review</source>
        <translation>
            <numerusform>%Ln contacto pendiente de revisión</numerusform>
            <numerusform>%Ln contactos pendientes de revisión</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>{name} (do not contact)</source>
        <translation>{name} (no contactar)</translation>
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
        <source>{shown} contact(s)</source>
        <translation>
            <numerusform>{shown} contacto</numerusform>
            <numerusform>{shown} contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} contact(s)</source>
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
    <name>SendDialog</name>
    <message>
        <source>Send to list</source>
        <translation>Enviar a una lista</translation>
    </message>
    <message>
        <source>List to send to</source>
        <translation>Lista de destino</translation>
    </message>
    <message>
        <source>The distribution list whose members get the message</source>
        <translation>La lista de distribución cuyos miembros reciben el mensaje</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <source>Article to send</source>
        <translation>Artículo que se envía</translation>
    </message>
    <message>
        <source>The article whose title is the subject and whose link is the message; or none, to type a subject</source>
        <translation>El artículo cuyo título es el asunto y cuyo enlace es el mensaje; o ninguno, para escribir un asunto</translation>
    </message>
    <message>
        <source>(no article: type a subject below)</source>
        <translation>(ningún artículo: escriba un asunto abajo)</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>&amp;Artículo:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>The subject of the message when no article is chosen</source>
        <translation>El asunto del mensaje cuando no se elige ningún artículo</translation>
    </message>
    <message>
        <source>Subject of the message</source>
        <translation>Asunto del mensaje</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>A&amp;sunto:</translation>
    </message>
    <message>
        <source>Who this send leaves out, and why</source>
        <translation>Quiénes quedan excluidos de este envío, y por qué</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Excluirlos</translation>
    </message>
    <message>
        <source>Do not write again to those who already got this article</source>
        <translation>No volver a escribir a quienes ya recibieron este artículo</translation>
    </message>
    <message>
        <source>Open in my &amp;mail client (addresses in BCC)</source>
        <translation>Abrir en mi cliente de &amp;correo (direcciones en CCO)</translation>
    </message>
    <message>
        <source>Opens a new message in your mail client with the recipients in BCC</source>
        <translation>Abre un mensaje nuevo en su cliente de correo con los destinatarios en CCO</translation>
    </message>
    <message>
        <source>Save an .&amp;eml draft (opens in Outlook or Thunderbird as a draft)</source>
        <translation>Guardar un borrador .&amp;eml (se abre como borrador en Outlook o Thunderbird)</translation>
    </message>
    <message>
        <source>Saves the message as a draft file that you open and send yourself</source>
        <translation>Guarda el mensaje como archivo borrador que usted abre y envía</translation>
    </message>
    <message>
        <source>Closes without sending</source>
        <translation>Cierra sin enviar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Sends to the recipients counted above, in the way chosen</source>
        <translation>Envía a los destinatarios indicados arriba, de la forma elegida</translation>
    </message>
    <message>
        <source>There is no list yet: add contacts to a list first (Contact &gt; Add to list, Ctrl+L).</source>
        <translation>Todavía no hay ninguna lista: primero añada contactos a una lista (Contacto &gt; Añadir a una lista, Ctrl+L).</translation>
    </message>
    <message>
        <source>Cannot read the list: {error}</source>
        <translation>No se puede leer la lista: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) already got this article.</source>
        <translation>
            <numerusform>%Ln destinatario ya recibió este artículo.</numerusform>
            <numerusform>%Ln destinatarios ya recibieron este artículo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) in BCC.</source>
        <translation>
            <numerusform>%Ln destinatario en CCO.</numerusform>
            <numerusform>%Ln destinatarios en CCO.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody to send to: every member is left out (see below).</source>
        <translation>No hay a quién enviar: todos los miembros quedan excluidos (véase abajo).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Same as the system ({language})</source>
        <translation>El del sistema ({language})</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and dates. Contact data is never translated.</source>
        <translation>El idioma de los menús, los cuadros de diálogo y las fechas. Los datos de los contactos nunca se traducen.</translation>
    </message>
    <message>
        <source>IOM Desk uses a new language the next time it starts.</source>
        <translation>IOM Desk usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Choose the interface language</source>
        <translation>Elegir el idioma de la interfaz</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <comment>shortcuts in no menu</comment>
        <translation>Otros</translation>
    </message>
    <message>
        <source>In a field</source>
        <translation>En un campo</translation>
    </message>
    <message>
        <source>In the contact editor</source>
        <translation>En el editor de contactos</translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation>Guardar el contacto</translation>
    </message>
    <message>
        <source>Close without saving (twice when there are edits)</source>
        <translation>Cerrar sin guardar (dos veces si hay cambios)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts - {app}</source>
        <translation>Atajos de teclado - {app}</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Action or key, e.g. import or {keys}</source>
        <translation>Acción o tecla, p. ej., importar o {keys}</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Buscar atajos</translation>
    </message>
    <message>
        <source>Type words of an action, a menu or a key: only the shortcuts holding every word are listed</source>
        <translation>Escriba palabras de una acción, un menú o una tecla: solo se muestran los atajos que contienen todas esas palabras</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, grouped by the menu that shows it</source>
        <translation>Todos los atajos de teclado, agrupados por menú</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>No shortcut matches.</source>
        <translation>Ningún atajo coincide.</translation>
    </message>
    <message>
        <source>Close the list of keyboard shortcuts</source>
        <translation>Cerrar la lista de atajos de teclado</translation>
    </message>
</context>
<context>
    <name>Summaries</name>
    <message numerus="yes">
        <source>%Ln contact(s) marked do not contact</source>
        <translation>
            <numerusform>%Ln contacto marcado como «no contactar»</numerusform>
            <numerusform>%Ln contactos marcados como «no contactar»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) or number(s) added to the suppression list</source>
        <translation>
            <numerusform>%Ln dirección o número añadido a la lista de exclusión</numerusform>
            <numerusform>%Ln direcciones o números añadidos a la lista de exclusión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) may be contacted again</source>
        <translation>
            <numerusform>%Ln contacto autorizado de nuevo</numerusform>
            <numerusform>%Ln contactos autorizados de nuevo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) or number(s) taken off the suppression list</source>
        <translation>
            <numerusform>%Ln dirección o número quitado de la lista de exclusión</numerusform>
            <numerusform>%Ln direcciones o números quitados de la lista de exclusión</numerusform>
        </translation>
    </message>
    <message>
        <source>{recorded}: {marked}, {already} already marked, {absent} not in the directory (kept on the suppression list)</source>
        <translation>{recorded}: {marked}; ya marcados: {already}; no están en el directorio: {absent} (se conservan en la lista de exclusión)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) recorded</source>
        <translation>
            <numerusform>%Ln dirección registrada</numerusform>
            <numerusform>%Ln direcciones registradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) erased for good</source>
        <translation>
            <numerusform>%Ln contacto borrado definitivamente</numerusform>
            <numerusform>%Ln contactos borrados definitivamente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln id(s) not found: {ids}</source>
        <translation>
            <numerusform>%Ln identificador no encontrado: {ids}</numerusform>
            <numerusform>%Ln identificadores no encontrados: {ids}</numerusform>
        </translation>
    </message>
    <message>
        <source>1 automatic backup beside the directory still holds the erased data; delete it to finish the erasure.</source>
        <translation>1 copia de seguridad automática junto al directorio aún contiene los datos borrados; elimínela para completar el borrado.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln automatic backups beside the directory still hold the erased data; delete them to finish the erasure.</source>
        <translation>
            <numerusform>%Ln copia de seguridad automática junto al directorio aún contiene los datos borrados; elimínela para completar el borrado.</numerusform>
            <numerusform>%Ln copias de seguridad automáticas junto al directorio aún contienen los datos borrados; elimínelas para completar el borrado.</numerusform>
        </translation>
    </message>
    <message>
        <source>{source} row {row}</source>
        <translation>{source}, fila {row}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <source>rows {rows}</source>
        <translation>filas {rows}</translation>
    </message>
    <message>
        <source>{rows} and {count} more</source>
        <translation>{rows} y {count} más</translation>
    </message>
    <message>
        <source>1 contact was marked do not contact (on the suppression list): {where}</source>
        <translation>1 contacto se marcó como «no contactar» (figura en la lista de exclusión): {where}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts were marked do not contact (on the suppression list): {where}</source>
        <translation>
            <numerusform>%Ln contacto se marcó como «no contactar» (figura en la lista de exclusión): {where}</numerusform>
            <numerusform>%Ln contactos se marcaron como «no contactar» (figuran en la lista de exclusión): {where}</numerusform>
        </translation>
    </message>
    <message>
        <source>has no country code and no country of the release reads it (office, place, dateline, site, other numbers), or more than one does; kept as printed: add +CC to it, or a country to the contact</source>
        <translation>no tiene prefijo de país y ningún país del comunicado (oficina, lugar, encabezado, sitio, otros números) permite leerlo, o lo permiten varios; se conserva tal como está impreso: añádale +CC, o un país al contacto</translation>
    </message>
    <message>
        <source>{name}, phone {number}: {message}</source>
        <translation>{name}, teléfono {number}: {message}</translation>
    </message>
    <message>
        <source>contact {contact}, phone {number}: {message}</source>
        <translation>contacto {contact}, teléfono {number}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact block(s) could not be read into a contact; none was made up (add them by hand)</source>
        <translation>
            <numerusform>%Ln bloque de contacto no se pudo leer como un contacto; no se inventó ninguno (añádalos a mano)</numerusform>
            <numerusform>%Ln bloques de contacto no se pudieron leer como contactos; no se inventó ninguno (añádalos a mano)</numerusform>
        </translation>
    </message>
    <message>
        <source>1 number or address printed in a contact block before any name belongs to no contact and was not stored (listed with the release)</source>
        <translation>1 número o dirección impreso en un bloque de contacto antes de cualquier nombre no pertenece a ningún contacto y no se guardó (figura con el comunicado)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers or addresses printed in a contact block before any name belong to no contact and were not stored (listed with the release)</source>
        <translation>
            <numerusform>%Ln número o dirección impreso en un bloque de contacto antes de cualquier nombre no pertenece a ningún contacto y no se guardó (figura con el comunicado)</numerusform>
            <numerusform>%Ln números o direcciones impresos en un bloque de contacto antes de cualquier nombre no pertenecen a ningún contacto y no se guardaron (figuran con el comunicado)</numerusform>
        </translation>
    </message>
    <message>
        <source>You have read-only access to this team directory</source>
        <translation>Tiene acceso de solo lectura a este directorio del equipo</translation>
    </message>
    <message>
        <source>a list named &apos;{name}&apos; already exists; choose another name</source>
        <translation>ya existe una lista llamada «{name}»; elija otro nombre</translation>
    </message>
    <message>
        <source>list {name} does not exist</source>
        <translation>la lista {name} no existe</translation>
    </message>
    <message>
        <source>contact {id} does not exist</source>
        <translation>el contacto {id} no existe</translation>
    </message>
    <message>
        <source>a list needs a name</source>
        <translation>una lista necesita un nombre</translation>
    </message>
    <message>
        <source>a list name can have at most {limit} characters</source>
        <translation>un nombre de lista puede tener como máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>a list name cannot contain a double quote (&quot;) : search writes list:&quot;NAME&quot;</source>
        <translation>un nombre de lista no puede contener comillas dobles (&quot;) porque la búsqueda escribe list:&quot;NOMBRE&quot;</translation>
    </message>
    <message>
        <source>this is {what}, not a text file; nothing was unpacked or imported. Open it in its program (a spreadsheet: save as CSV UTF-8) and import that file</source>
        <translation>este archivo es {what}, no un archivo de texto; no se descomprimió ni se importó nada. Ábralo en su programa (una hoja de cálculo: guárdela como CSV UTF-8) e importe ese archivo</translation>
    </message>
    <message>
        <source>the file is not {encoding}: byte {byte} cannot be read in it; leave the encoding on automatic or choose another</source>
        <translation>el archivo no está en {encoding}: el byte {byte} no se puede leer; deje la codificación en Detectar automáticamente o elija otra</translation>
    </message>
    <message>
        <source>the file is not {encoding}; leave the encoding on automatic or choose another</source>
        <translation>el archivo no está en {encoding}; deje la codificación en Detectar automáticamente o elija otra</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is empty (no header row)</source>
        <translation>el archivo está vacío (no hay fila de encabezado)</translation>
    </message>
    <message>
        <source>the file has a header row but no contacts below it</source>
        <translation>el archivo tiene una fila de encabezado pero ningún contacto debajo</translation>
    </message>
    <message>
        <source>this is not a text file (it holds binary data); if it is an Excel workbook, save it as CSV UTF-8 first</source>
        <translation>no es un archivo de texto (contiene datos binarios); si es un libro de Excel, guárdelo primero como CSV UTF-8</translation>
    </message>
    <message>
        <source>this is not a text file the app can read (no text encoding fits)</source>
        <translation>no es un archivo de texto que la aplicación pueda leer (no encaja ninguna codificación)</translation>
    </message>
    <message>
        <source>this does not look like a CSV file (it holds many control characters); if it is a spreadsheet, save it as CSV first</source>
        <translation>no parece un archivo CSV (contiene muchos caracteres de control); si es una hoja de cálculo, guárdela primero como CSV</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>the file does not exist (any more)</source>
        <translation>el archivo no existe (o ya no existe)</translation>
    </message>
    <message>
        <source>the file cannot be opened (permission denied)</source>
        <translation>no se puede abrir el archivo (permiso denegado)</translation>
    </message>
    <message>
        <source>no vCard found (no BEGIN:VCARD line)</source>
        <translation>no se encontró ninguna vCard (no hay línea BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>a zip archive (or an Excel .xlsx / OpenDocument workbook)</source>
        <translation>un archivo zip (o un libro de Excel .xlsx / OpenDocument)</translation>
    </message>
    <message>
        <source>an empty zip archive</source>
        <translation>un archivo zip vacío</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>un archivo comprimido con gzip</translation>
    </message>
    <message>
        <source>a bzip2-compressed file</source>
        <translation>un archivo comprimido con bzip2</translation>
    </message>
    <message>
        <source>an xz-compressed file</source>
        <translation>un archivo comprimido con xz</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>un archivo 7-Zip</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>un archivo RAR</translation>
    </message>
    <message>
        <source>a zstd-compressed file</source>
        <translation>un archivo comprimido con zstd</translation>
    </message>
    <message>
        <source>an old Excel .xls (or Word/Outlook) file</source>
        <translation>un archivo antiguo de Excel .xls (o de Word/Outlook)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>una base de datos SQLite</translation>
    </message>
    <message>
        <source>Backed up {contacts}, {articles} to {path}</source>
        <translation>Copia de seguridad de {contacts} y {articles} en {path}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>contacts: added {added}, updated {updated}, skipped {skipped}; articles: added {articles}</source>
        <translation>contactos añadidos: {added}, actualizados: {updated}, omitidos: {skipped}; artículos añadidos: {articles}</translation>
    </message>
    <message>
        <source>(count only: nothing was stored)</source>
        <translation>(solo recuento: no se guardó nada)</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{file} opens in the import wizard when this import is closed</source>
        <translation>{file} se abrirá en el asistente de importación cuando se cierre esta importación</translation>
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
    <message>
        <source>Saved “{title}”</source>
        <translation>Guardado: «{title}»</translation>
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
        <source>Deleted the article “{title}”; its contacts stay. Undo with {shortcut}.</source>
        <translation>Artículo «{title}» eliminado; sus contactos se conservan. Deshágalo con {shortcut}.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln press release...</source>
        <translation>
            <numerusform>Importando %Ln comunicado de prensa…</numerusform>
            <numerusform>Importando %Ln comunicados de prensa…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln press releases...</source>
        <translation>
            <numerusform>Importando %Ln comunicado de prensa…</numerusform>
            <numerusform>Importando %Ln comunicados de prensa…</numerusform>
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
        <source>{file}: {what}</source>
        <translation>{file}: {what}</translation>
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
        <translation>Haciendo la copia de seguridad del directorio…</translation>
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
        <source>Undone: {action}</source>
        <translation>Deshecho: {action}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Rehecho: {action}</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>No se puede deshacer</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <source>Accept and close this window</source>
        <translation>Aceptar y cerrar esta ventana</translation>
    </message>
    <message>
        <source>Save the changes and close this window</source>
        <translation>Guardar los cambios y cerrar esta ventana</translation>
    </message>
    <message>
        <source>Close this window without saving anything</source>
        <translation>Cerrar esta ventana sin guardar nada</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>Close this window and forget the changes</source>
        <translation>Cerrar esta ventana y descartar los cambios</translation>
    </message>
    <message>
        <source>Apply the changes and keep this window open</source>
        <translation>Aplicar los cambios y mantener esta ventana abierta</translation>
    </message>
    <message>
        <source>Put back the values this window opened with</source>
        <translation>Restablecer los valores con los que se abrió esta ventana</translation>
    </message>
    <message>
        <source>Show help about this window</source>
        <translation>Mostrar la ayuda de esta ventana</translation>
    </message>
    <message>
        <source>Answer yes</source>
        <translation>Responder sí</translation>
    </message>
    <message>
        <source>Answer no</source>
        <translation>Responder no</translation>
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
    <name>core</name>
    <message>
        <source>a tag is empty</source>
        <translation>una etiqueta está vacía</translation>
    </message>
    <message>
        <source>a tag is longer than {limit} characters</source>
        <translation>una etiqueta supera los {limit} caracteres</translation>
    </message>
    <message>
        <source>a tag cannot contain {separator}; add two tags instead</source>
        <translation>una etiqueta no puede contener {separator}; añada dos etiquetas en su lugar</translation>
    </message>
    <message>
        <source>a beat is empty</source>
        <translation>un tema está vacío</translation>
    </message>
    <message>
        <source>a beat is longer than {limit} characters</source>
        <translation>un tema supera los {limit} caracteres</translation>
    </message>
    <message>
        <source>a beat cannot contain {separator}; add two beats instead</source>
        <translation>un tema no puede contener {separator}; añada dos temas en su lugar</translation>
    </message>
    <message>
        <source>is not a lawful basis (use one of {labels}, or leave it empty)</source>
        <translation>no es una base jurídica (use uno de los valores {labels}, o déjelo vacío)</translation>
    </message>
    <message>
        <source>could be two dates (day and month can be read both ways); write it as YYYY-MM-DD, e.g. 2027-03-31</source>
        <translation>puede referirse a dos fechas (el día y el mes pueden leerse al revés); escríbala como AAAA-MM-DD, por ejemplo 2027-03-31</translation>
    </message>
    <message>
        <source>is not a date (write it as YYYY-MM-DD, e.g. 2027-03-31)</source>
        <translation>no es una fecha (escríbala como AAAA-MM-DD, por ejemplo 2027-03-31)</translation>
    </message>
    <message>
        <source>an email address is empty</source>
        <translation>una dirección de correo electrónico está vacía</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation>supera los {limit} caracteres</translation>
    </message>
    <message>
        <source>is not a language (use a 2-letter ISO 639-1 code such as fr)</source>
        <translation>no es un idioma (use un código ISO 639-1 de dos letras, como es)</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>el nombre es obligatorio</translation>
    </message>
    <message>
        <source>a name needs at least one letter</source>
        <translation>el nombre debe contener al menos una letra</translation>
    </message>
    <message>
        <source>is not a country name or ISO 3166 code</source>
        <translation>no es un nombre de país ni un código ISO 3166</translation>
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
        <source>is not a phone number</source>
        <translation>no es un número de teléfono</translation>
    </message>
    <message>
        <source>unknown phone kind {kind} (use {kinds})</source>
        <translation>tipo de teléfono desconocido {kind} (use {kinds})</translation>
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
        <source>a phone number is empty</source>
        <translation>un número de teléfono está vacío</translation>
    </message>
    <message>
        <source>has no country code (+CC) and the contact has no country to take it from; write it as +CC ... or set the office&apos;s country</source>
        <translation>no tiene prefijo de país (+CC) y el contacto no tiene ningún país del que tomarlo; escríbalo como +CC … o indique el país de la oficina</translation>
    </message>
    <message>
        <source>has an unknown country code</source>
        <translation>tiene un prefijo de país desconocido</translation>
    </message>
    <message>
        <source>is too short</source>
        <translation>es demasiado corto</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>es demasiado largo</translation>
    </message>
    <message>
        <source>is too short for its country</source>
        <translation>es demasiado corto para su país</translation>
    </message>
    <message>
        <source>is too long for its country</source>
        <translation>es demasiado largo para su país</translation>
    </message>
    <message>
        <source>is not a possible phone number</source>
        <translation>no es un número de teléfono posible</translation>
    </message>
    <message>
        <source>An email address must have an @-sign.</source>
        <translation>Una dirección de correo electrónico debe tener una @.</translation>
    </message>
    <message>
        <source>There must be something before the @-sign.</source>
        <translation>Debe haber algo antes de la @.</translation>
    </message>
    <message>
        <source>There must be something after the @-sign.</source>
        <translation>Debe haber algo después de la @.</translation>
    </message>
    <message>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>La parte después de la @ no es válida. Debería tener un punto.</translation>
    </message>
    <message>
        <source>An email address cannot have a period immediately after the @-sign.</source>
        <translation>Una dirección de correo electrónico no puede tener un punto justo después de la @.</translation>
    </message>
    <message>
        <source>An email address cannot have a period immediately before the @-sign.</source>
        <translation>Una dirección de correo electrónico no puede tener un punto justo antes de la @.</translation>
    </message>
    <message>
        <source>An email address cannot have two periods in a row.</source>
        <translation>Una dirección de correo electrónico no puede tener dos puntos seguidos.</translation>
    </message>
    <message>
        <source>An email address cannot start with a period.</source>
        <translation>Una dirección de correo electrónico no puede empezar por un punto.</translation>
    </message>
    <message>
        <source>An email address cannot end with a period.</source>
        <translation>Una dirección de correo electrónico no puede terminar en un punto.</translation>
    </message>
    <message>
        <source>An email address cannot have a hyphen immediately after the @-sign.</source>
        <translation>Una dirección de correo electrónico no puede tener un guion justo después de la @.</translation>
    </message>
    <message>
        <source>An email address cannot have a period and a hyphen next to each other.</source>
        <translation>Una dirección de correo electrónico no puede tener un punto y un guion juntos.</translation>
    </message>
    <message>
        <source>The email address contains invalid characters before the @-sign: {chars}.</source>
        <translation>La dirección de correo electrónico contiene caracteres no válidos antes de la @: {chars}.</translation>
    </message>
    <message>
        <source>The part after the @-sign contains invalid characters: {chars}.</source>
        <translation>La parte después de la @ contiene caracteres no válidos: {chars}.</translation>
    </message>
    <message>
        <source>{name} was changed by someone else since; their change is kept</source>
        <translation>Otra persona modificó a {name} mientras tanto; se conserva su cambio</translation>
    </message>
    <message>
        <source>same email {address}</source>
        <translation>mismo correo electrónico {address}</translation>
    </message>
    <message>
        <source>same phone {number}</source>
        <translation>mismo teléfono {number}</translation>
    </message>
    <message>
        <source>same name and office</source>
        <translation>mismo nombre y misma oficina</translation>
    </message>
    <message>
        <source>{name} was changed by someone else since you opened it; reload it and make your change again</source>
        <translation>Otra persona modificó a {name} después de que usted lo abriera; vuelva a abrirlo y repita su cambio</translation>
    </message>
    <message>
        <source>the contact was changed by someone else at the same time; try again</source>
        <translation>otra persona modificó el contacto al mismo tiempo; inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the directory is busy: another IOM Desk is saving to it (or an import is still running); try again in a moment. Nothing was stored.</source>
        <translation>el directorio está ocupado: otro IOM Desk está guardando en él (o aún hay una importación en curso); inténtelo de nuevo en un momento. No se guardó nada.</translation>
    </message>
    <message>
        <source>The team database at {where} cannot be reached; nothing was stored. IOM Desk will reconnect when it is back.</source>
        <translation>No se puede acceder a la base de datos del equipo en {where}; no se guardó nada. IOM Desk volverá a conectarse cuando esté disponible.</translation>
    </message>
    <message>
        <source>The team database at {where} cannot be reached; your changes are kept in the dialog; IOM Desk will reconnect when it is back. Save again then.</source>
        <translation>No se puede acceder a la base de datos del equipo en {where}; sus cambios se conservan en el cuadro de diálogo e IOM Desk volverá a conectarse cuando esté disponible. Entonces, guarde de nuevo.</translation>
    </message>
    <message>
        <source>{source}: row {row}</source>
        <translation>{source}: fila {row}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <source>{where}: phone kept as entered: no country code</source>
        <translation>{where}: teléfono conservado tal como se introdujo (sin prefijo de país)</translation>
    </message>
    <message>
        <source>{where}: {count} phones kept as entered: no country code</source>
        <translation>{where}: {count} teléfonos conservados tal como se introdujeron (sin prefijo de país)</translation>
    </message>
    <message>
        <source>more phones kept as entered: no country code (see the summary)</source>
        <translation>otros teléfonos se conservaron tal como se introdujeron, sin prefijo de país (véase el resumen)</translation>
    </message>
</context>
<context>
    <name>fields</name>
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
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Beat</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
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
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>{field} {number}</source>
        <translation>{field} {number}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;</source>
        <translation>«{value}»</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>{field} ({value}): {message}</source>
        <translation>{field} ({value}): {message}</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Fila {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>history_dialog</name>
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
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos electrónicos</translation>
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
        <source>Source</source>
        <translation>Fuente</translation>
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
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <source>Do-not-contact reason</source>
        <translation>Motivo de «no contactar»</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>{user} (database user {db_user})</source>
        <translation>{user} (usuario de base de datos {db_user})</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>who made a change</comment>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Restored from version {version}</source>
        <translation>Restaurado desde la versión {version}</translation>
    </message>
    <message>
        <source>Edited on top of version {version}</source>
        <translation>Modificado sobre la versión {version}</translation>
    </message>
    <message>
        <source>Imported from a press release</source>
        <translation>Importado de un comunicado de prensa</translation>
    </message>
    <message>
        <source>Updated by an import</source>
        <translation>Actualizado por una importación</translation>
    </message>
    <message>
        <source>Updated by an import from {source}</source>
        <translation>Actualizado por una importación desde {source}</translation>
    </message>
    <message>
        <source>Imported from {source}</source>
        <translation>Importado desde {source}</translation>
    </message>
    <message>
        <source>Created (sample data)</source>
        <translation>Creado (datos de ejemplo)</translation>
    </message>
    <message>
        <source>Tag “{tag}” added</source>
        <translation>Etiqueta «{tag}» añadida</translation>
    </message>
    <message>
        <source>Tag “{tag}” removed</source>
        <translation>Etiqueta «{tag}» quitada</translation>
    </message>
    <message>
        <source>{what} ({fields})</source>
        <translation>{what} ({fields})</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Put back after a delete</source>
        <translation>Restablecido tras una eliminación</translation>
    </message>
    <message>
        <source>Linked to an article</source>
        <translation>Vinculado a un artículo</translation>
    </message>
    <message>
        <source>Unlinked from an article</source>
        <translation>Desvinculado de un artículo</translation>
    </message>
    <message>
        <source>Change undone</source>
        <translation>Cambio deshecho</translation>
    </message>
    <message>
        <source>Change redone</source>
        <translation>Cambio rehecho</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>Etiqueta añadida</translation>
    </message>
    <message>
        <source>Tag removed</source>
        <translation>Etiqueta quitada</translation>
    </message>
    <message>
        <source>Marked do not contact</source>
        <translation>Marcado como «no contactar»</translation>
    </message>
    <message>
        <source>Contact allowed again</source>
        <translation>Contacto autorizado de nuevo</translation>
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
        <source>{number} ({kind})</source>
        <translation>{number} ({kind})</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>do not contact</comment>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <comment>do not contact</comment>
        <translation>no</translation>
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
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Chooses the file in a file dialog</source>
        <translation>Elige el archivo en un cuadro de diálogo</translation>
    </message>
</context>
</TS>
