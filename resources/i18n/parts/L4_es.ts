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
        <translation>Un directorio de escritorio de contactos de medios para las oficinas de país de la OIM.</translation>
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
        <translation>Se puede buscar, copiar y redactar correos electrónicos; añadir, modificar, eliminar, importar y cambiar listas está desactivado, y los envíos no se registran en el historial.</translation>
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
        <translation>Conectar a la base de datos del e&amp;quipo...</translation>
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
        <translation>{directory}: inaccesible, reconectando... (solo lectura)</translation>
    </message>
    <message>
        <source>{directory}: cannot be reached, reconnecting...</source>
        <translation>{directory}: inaccesible, reconectando...</translation>
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
prevalece el suyo</translation>
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
        <translation>Conectando con {host}...</translation>
    </message>
    <message>
        <source>Opening the team database on {host}...</source>
        <translation>Abriendo la base de datos del equipo en {host}...</translation>
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
        <translation>Abriendo su propio archivo de directorio...</translation>
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
    <name>CopyController</name>
    <message>
        <source>A copy is already running</source>
        <translation>Ya hay una copia en curso</translation>
    </message>
    <message>
        <source>Copying the directory...</source>
        <translation>Copiando el directorio...</translation>
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
        <translation>Copiar el directorio a...</translation>
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
        <translation>&amp;Examinar...</translation>
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
        <translation>... y {count} más</translation>
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
        <translation>Restaurar &amp;esta versión...</translation>
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
        <translation>Origen</translation>
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
</TS>
