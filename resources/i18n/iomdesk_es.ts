<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <translation>&amp;Configuración...</translation>
    </message>
    <message>
        <source>Choose the interface language</source>
        <translation>Elegir el idioma de la interfaz</translation>
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
        <translation>un área temática está vacía</translation>
    </message>
    <message>
        <source>a beat is longer than {limit} characters</source>
        <translation>un área temática supera los {limit} caracteres</translation>
    </message>
    <message>
        <source>a beat cannot contain {separator}; add two beats instead</source>
        <translation>un área temática no puede contener {separator}; añada dos áreas en su lugar</translation>
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
        <translation>se conserva tal como se escribió</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>not valid today, kept as entered</source>
        <translation>no válido hoy, se conserva tal como se escribió</translation>
    </message>
    <message>
        <source>a phone number is empty</source>
        <translation>un número de teléfono está vacío</translation>
    </message>
    <message>
        <source>has no country code (+CC) and the contact has no country to take it from; write it as +CC ... or set the office&apos;s country</source>
        <translation>no tiene prefijo de país (+CC) y el contacto no tiene ningún país del que tomarlo; escríbalo como +CC ... o indique el país de la oficina</translation>
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
        <translation>Área temática</translation>
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
</TS>
