<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <translation>Cambiar el nombre...</translation>
    </message>
    <message>
        <source>Delete (contacts stay)</source>
        <translation>Eliminar (los contactos se conservan)</translation>
    </message>
    <message>
        <source>Edit search...</source>
        <translation>Editar la búsqueda...</translation>
    </message>
    <message>
        <source>Send to list...</source>
        <translation>Enviar a la lista...</translation>
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
        <source>Result</source>
        <translation>Resultado</translation>
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
            <numerusform>%Ln dirección encontrada. Desmarque las que no deban registrarse; marque las que sí.</numerusform>
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
    <name>ProtectionController</name>
    <message>
        <source>Cannot undo</source>
        <translation>No se puede deshacer</translation>
    </message>
    <message>
        <source>Do &amp;not contact...</source>
        <translation>&amp;No contactar...</translation>
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
        <translation>Registrar re&amp;botes o bajas...</translation>
    </message>
    <message>
        <source>Paste a bounce message or a list of addresses: each is marked do not contact</source>
        <translation>Pegar un mensaje de rebote o una lista de direcciones: cada una se marca como «no contactar»</translation>
    </message>
    <message>
        <source>E&amp;xport my data...</source>
        <translation>E&amp;xportar datos personales...</translation>
    </message>
    <message>
        <source>Everything held about this contact, as JSON and readable text</source>
        <translation>Todo lo que se conserva sobre este contacto, en JSON y en texto legible</translation>
    </message>
    <message>
        <source>Erase &amp;for good...</source>
        <translation>Borrar de&amp;finitivamente...</translation>
    </message>
    <message>
        <source>Delete the selected contacts irreversibly, keeping only suppression hashes</source>
        <translation>Eliminar los contactos seleccionados de forma irreversible, conservando solo las huellas de exclusión</translation>
    </message>
    <message>
        <source>&amp;Retention review...</source>
        <translation>&amp;Revisión de la conservación...</translation>
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
            <numerusform>Borrando %Ln contacto...</numerusform>
            <numerusform>Borrando %Ln contactos...</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>Erasing...</source>
        <translation>Borrando...</translation>
    </message>
    <message>
        <source>Cleaning the search index...</source>
        <translation>Limpiando el índice de búsqueda...</translation>
    </message>
    <message>
        <source>Compacting the directory file (this can take a while on a big directory)...</source>
        <translation>Compactando el archivo del directorio (puede tardar en un directorio grande)...</translation>
    </message>
    <message>
        <source>Truncating the write-ahead log...</source>
        <translation>Truncando el registro de escritura anticipada (WAL)...</translation>
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
        <translation>Borrar selección...</translation>
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
        <source>Left out</source>
        <translation>Excluidos</translation>
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
</TS>
