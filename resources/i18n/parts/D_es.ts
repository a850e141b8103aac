<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ListsController</name>
    <message>
        <source>Rename lis&amp;t...</source>
        <translation>Cambiar el nombre de la lis&amp;ta...</translation>
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
        <translation>Editar la bús&amp;queda de la lista inteligente...</translation>
    </message>
    <message>
        <source>Change the search of the smart list shown in the table</source>
        <translation>Cambiar la búsqueda de la lista inteligente mostrada en la tabla</translation>
    </message>
    <message>
        <source>Show a list first: choose it under Lists in the side panel</source>
        <translation>Primero muestre una lista: elíjala en Listas, en el panel lateral</translation>
    </message>
    <message>
        <source>The list shown is not a smart list: it has no search to edit</source>
        <translation>La lista mostrada no es una lista inteligente: no tiene ninguna búsqueda que editar</translation>
    </message>
</context>
</TS>