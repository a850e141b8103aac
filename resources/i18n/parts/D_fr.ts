<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ListsController</name>
    <message>
        <source>Rename lis&amp;t...</source>
        <translation>Renommer la lis&amp;te...</translation>
    </message>
    <message>
        <source>Rename the list shown in the table</source>
        <translation>Renommer la liste affichée dans le tableau</translation>
    </message>
    <message>
        <source>Delete list (c&amp;ontacts stay)</source>
        <translation>Supprimer la liste (les c&amp;ontacts restent)</translation>
    </message>
    <message>
        <source>Delete the list shown in the table; its contacts stay</source>
        <translation>Supprimer la liste affichée dans le tableau&#xa0;; ses contacts sont conservés</translation>
    </message>
    <message>
        <source>Edit smart list sear&amp;ch...</source>
        <translation>Modifier la re&amp;cherche de la liste intelligente...</translation>
    </message>
    <message>
        <source>Change the search of the smart list shown in the table</source>
        <translation>Modifier la recherche de la liste intelligente affichée dans le tableau</translation>
    </message>
    <message>
        <source>Show a list first: choose it under Lists in the side panel</source>
        <translation>Affichez d’abord une liste&#xa0;: choisissez-la sous Listes dans le panneau latéral</translation>
    </message>
    <message>
        <source>The list shown is not a smart list: it has no search to edit</source>
        <translation>La liste affichée n’est pas une liste intelligente&#xa0;: elle n’a pas de recherche à modifier</translation>
    </message>
</context>
</TS>
