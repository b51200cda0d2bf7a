<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>About</name>
    <message>
        <source>You may use and redistribute the library; changes to the library itself must be published under the LGPL, and users must be able to replace it with a version of their own. Delegate Editor loads Qt as separate shared libraries, which can be replaced.</source>
        <translation>Puede usar y redistribuir la biblioteca; los cambios en la propia biblioteca deben publicarse con la LGPL, y los usuarios deben poder sustituirla por una versión propia. Delegate Editor carga Qt como bibliotecas compartidas independientes, que se pueden sustituir.</translation>
    </message>
    <message>
        <source>The Python Software Foundation licence: use, modification and distribution are permitted, provided the copyright notice is kept.</source>
        <translation>La licencia de la Python Software Foundation: se permiten el uso, la modificación y la distribución, siempre que se conserve el aviso de derechos de autor.</translation>
    </message>
    <message>
        <source>Used under the LGPL-3.0, like Qt above.</source>
        <translation>Se usa con la LGPL-3.0, como Qt más arriba.</translation>
    </message>
    <message>
        <source>Any use, copying, modification and distribution is permitted, provided the copyright notice and the permission notice are kept. No warranty.</source>
        <translation>Se permite cualquier uso, copia, modificación y distribución, siempre que se conserven el aviso de derechos de autor y el aviso de permiso. Sin garantía.</translation>
    </message>
    <message>
        <source>Use, modification and distribution are permitted, provided the licence and notices are kept and changes are marked; contributors grant a licence to their patents. No warranty.</source>
        <translation>Se permiten el uso, la modificación y la distribución, siempre que se conserven la licencia y los avisos y se indiquen los cambios; los colaboradores conceden una licencia sobre sus patentes. Sin garantía.</translation>
    </message>
    <message>
        <source>Redistribution with or without modification is permitted, provided the copyright notice, the conditions and the disclaimer are kept, and the authors&apos; names are not used to endorse the app.</source>
        <translation>Se permite la redistribución, con o sin modificaciones, siempre que se conserven el aviso de derechos de autor, las condiciones y la exención de responsabilidad, y no se usen los nombres de los autores para respaldar la aplicación.</translation>
    </message>
    <message>
        <source>Offered under any of three licences at the user&apos;s choice; Delegate Editor uses it under the Apache License 2.0. Use, modification and distribution are permitted, provided the licence and notices are kept and changes are marked; contributors grant a licence to their patents. No warranty.</source>
        <translation>Se ofrece con tres licencias a elección del usuario; Delegate Editor lo usa con la licencia Apache 2.0. Se permiten el uso, la modificación y la distribución, siempre que se conserven la licencia y los avisos y se indiquen los cambios; los colaboradores conceden una licencia sobre sus patentes. Sin garantía.</translation>
    </message>
    <message>
        <source>The fonts may be used, embedded in documents and redistributed with software; they may not be sold on their own, and modified versions must be renamed. The full text is in fonts/LICENSE-fonts-liberation2.txt among the app&apos;s resources.</source>
        <translation>Las fuentes se pueden usar, incrustar en documentos y redistribuir con software; no se pueden vender por separado, y las versiones modificadas deben cambiar de nombre. El texto completo está en fonts/LICENSE-fonts-liberation2.txt, entre los recursos de la aplicación.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Delegate Editor</source>
        <translation>Acerca de Delegate Editor</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Delegate Editor {0}&lt;/h2&gt;&lt;p&gt;Draft United Nations resolutions as structure and export them in the official UN layout.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later ({APP_LICENCE}). No warranty.&lt;/p&gt;&lt;p&gt;Python {1} · Qt {2} · PySide6 {pyside_version}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Delegate Editor {0}&lt;/h2&gt;&lt;p&gt;Redacte proyectos de resolución de las Naciones Unidas de forma estructurada y expórtelos con el formato oficial de las Naciones Unidas.&lt;/p&gt;&lt;p&gt;Software libre distribuido con la Licencia Pública General de GNU, versión 3 o posterior ({APP_LICENCE}). Sin garantía.&lt;/p&gt;&lt;p&gt;Python {1} · Qt {2} · PySide6 {pyside_version}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Componentes utilizados</translation>
    </message>
    <message>
        <source>&amp;Copy version information</source>
        <translation>&amp;Copiar la información de la versión</translation>
    </message>
</context>
<context>
    <name>AnnexPage</name>
    <message>
        <source>Body text</source>
        <translation>Texto normal</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Numbered paragraph</source>
        <translation>Párrafo numerado</translation>
    </message>
    <message>
        <source>Lettered item</source>
        <translation>Apartado con letra</translation>
    </message>
    <message>
        <source>Table row</source>
        <translation>Fila de cuadro</translation>
    </message>
    <message>
        <source>Table heading row</source>
        <translation>Fila de encabezado de cuadro</translation>
    </message>
    <message>
        <source>Annexes: annexes and their paragraphs</source>
        <translation>Anexos: los anexos y sus párrafos</translation>
    </message>
    <message>
        <source>Annex paragraph style</source>
        <translation>Estilo del párrafo de anexo</translation>
    </message>
    <message>
        <source>Numbered paragraphs are numbered 1., 2., ... in each annex</source>
        <translation>Los párrafos numerados se numeran 1., 2., ... en cada anexo</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>&amp;Estilo:</translation>
    </message>
    <message>
        <source>&amp;Number from 1 again here</source>
        <translation>&amp;Numerar desde 1 aquí</translation>
    </message>
    <message>
        <source>Number from 1 again here</source>
        <translation>Numerar desde 1 aquí</translation>
    </message>
    <message>
        <source>Start the numbered paragraphs again at 1, as each article of a convention does</source>
        <translation>Volver a numerar los párrafos desde 1, como hace cada artículo de una convención</translation>
    </message>
    <message>
        <source>Add &amp;annex</source>
        <translation>Añadir un &amp;anexo</translation>
    </message>
    <message>
        <source>Add annex</source>
        <translation>Añadir un anexo</translation>
    </message>
    <message>
        <source>Add &amp;paragraph</source>
        <translation>Añadir un &amp;párrafo</translation>
    </message>
    <message>
        <source>Add annex paragraph</source>
        <translation>Añadir un párrafo de anexo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the annex or paragraph</source>
        <translation>Eliminar el anexo o el párrafo</translation>
    </message>
    <message>
        <source>This draft has no annex: use Insert ▸ Annex (Ctrl+Alt+A) to add one.</source>
        <translation>Este proyecto no tiene anexos: use Insertar ▸ Anexo (Ctrl+Alt+A) para añadir uno.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Annex title</source>
        <translation>Título del anexo</translation>
    </message>
    <message>
        <source>Annex paragraph text</source>
        <translation>Texto del párrafo de anexo</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>Set out in the text</source>
        <translation>Enunciado en el texto</translation>
    </message>
    <message>
        <source>{name} ({k} of {n}): its title, printed in bold</source>
        <translation>{name} ({k} de {n}): su título, impreso en negrita</translation>
    </message>
    <message>
        <source>{name}: its title, printed in bold</source>
        <translation>{name}: su título, impreso en negrita</translation>
    </message>
    <message>
        <source>{name}, paragraph {k} of {n}: {style}</source>
        <translation>{name}, párrafo {k} de {n}: {style}</translation>
    </message>
    <message>
        <source> (Tab starts the next cell)</source>
        <translation> (Tab pasa a la celda siguiente)</translation>
    </message>
    <message>
        <source>Tab starts the next cell; Ctrl+Tab leaves the text</source>
        <translation>Tab pasa a la celda siguiente; Ctrl+Tab sale del texto</translation>
    </message>
    <message>
        <source>Type in annex title</source>
        <translation>Escritura del título del anexo</translation>
    </message>
    <message>
        <source>Type in annex paragraph</source>
        <translation>Escritura de un párrafo de anexo</translation>
    </message>
    <message>
        <source>Annex paragraph style: {style}</source>
        <translation>Estilo del párrafo de anexo: {style}</translation>
    </message>
    <message>
        <source>Annex paragraph: number from 1 again</source>
        <translation>Párrafo de anexo: numerar desde 1</translation>
    </message>
    <message>
        <source>Annex paragraph: number on</source>
        <translation>Párrafo de anexo: continuar la numeración</translation>
    </message>
    <message>
        <source>Insert annex</source>
        <translation>Insertar un anexo</translation>
    </message>
    <message>
        <source>Insert annex paragraph</source>
        <translation>Insertar un párrafo de anexo</translation>
    </message>
    <message>
        <source>Insert annex heading</source>
        <translation>Insertar un subtítulo de anexo</translation>
    </message>
    <message>
        <source>annex</source>
        <translation>anexo</translation>
    </message>
    <message>
        <source>annex paragraph</source>
        <translation>párrafo de anexo</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>Eliminar ({what})</translation>
    </message>
    <message>
        <source>Duplicate {what}</source>
        <translation>Duplicar ({what})</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong ({__name__}: {exc}). Your work is autosaved; details are in {log}.</source>
        <translation>Se ha producido un error ({__name__}: {exc}). Su trabajo se ha guardado automáticamente; los detalles están en {log}.</translation>
    </message>
</context>
<context>
    <name>BehalfBy</name>
    <message>
        <source>Group&apos;s mark after</source>
        <translation>Llamada del grupo tras</translation>
    </message>
    <message>
        <source>the colon (all the sponsors)</source>
        <translation>los dos puntos (todos los patrocinadores)</translation>
    </message>
</context>
<context>
    <name>ChangeFiles</name>
    <message>
        <source>Resolutions and drafts (*.txt *.md *.docx *.odt *.dres);;Text copied from a UN PDF (*.txt *.md);;Word or OpenDocument (*.docx *.odt);;Drafts (*.dres);;All files (*)</source>
        <translation>Resoluciones y proyectos (*.txt *.md *.docx *.odt *.dres);;Texto copiado de un PDF de las Naciones Unidas (*.txt *.md);;Word u OpenDocument (*.docx *.odt);;Proyectos (*.dres);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Word document with tracked changes (*.docx)</source>
        <translation>Documento de Word con control de cambios (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument text with tracked changes (*.odt)</source>
        <translation>Texto OpenDocument con control de cambios (*.odt)</translation>
    </message>
    <message>
        <source>Printable comparison (*.pdf)</source>
        <translation>Comparación imprimible (*.pdf)</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Texto actual</translation>
    </message>
    <message>
        <source>Base text</source>
        <translation>Texto de base</translation>
    </message>
    <message>
        <source>This draft has no base text and no version yet: use Review ▸ Set Base Text… or Review ▸ Versions… ▸ Save Version… first.</source>
        <translation>Este proyecto aún no tiene texto de base ni versiones: use primero Revisión ▸ Establecer el texto de base… o Revisión ▸ Versiones… ▸ Guardar la versión….</translation>
    </message>
    <message>
        <source>New draft from an earlier resolution</source>
        <translation>Nuevo proyecto a partir de una resolución anterior</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importado</translation>
    </message>
    <message>
        <source>New draft based on {name}; save it to keep it</source>
        <translation>Nuevo proyecto basado en {name}; guárdelo para conservarlo</translation>
    </message>
    <message>
        <source>Set the base text</source>
        <translation>Establecer el texto de base</translation>
    </message>
    <message>
        <source>Base text: {name}</source>
        <translation>Texto de base: {name}</translation>
    </message>
    <message>
        <source>Nothing to compare with</source>
        <translation>Nada que comparar</translation>
    </message>
    <message>
        <source>Show the changes made since:</source>
        <translation>Mostrar los cambios realizados desde:</translation>
    </message>
    <message>
        <source>Export with tracked changes</source>
        <translation>Exportar con control de cambios</translation>
    </message>
    <message>
        <source>Export the printable comparison</source>
        <translation>Exportar la comparación imprimible</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <source>Exported {name} ({n} paragraphs changed)</source>
        <translation>{name} exportado ({n} párrafos modificados)</translation>
    </message>
    <message>
        <source>Printable comparison</source>
        <translation>Comparación imprimible</translation>
    </message>
</context>
<context>
    <name>CheckMargin</name>
    <message>
        <source>Checks&apos; marks</source>
        <translation>Marcas de las comprobaciones</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Drafting findings</source>
        <translation>Observaciones de redacción</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Corregir</translation>
    </message>
    <message>
        <source>&amp;Go to paragraph</source>
        <translation>&amp;Ir al párrafo</translation>
    </message>
    <message>
        <source>The checks could not run: {result}</source>
        <translation>No se pudieron realizar las comprobaciones: {result}</translation>
    </message>
    <message>
        <source> · one-click fix: {label}</source>
        <translation> · corrección con un clic: {label}</translation>
    </message>
    <message>
        <source>No findings: the draft follows the conventions checked.</source>
        <translation>Ninguna observación: el proyecto cumple las normas comprobadas.</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} errores</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 advertencia</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} advertencias</translation>
    </message>
    <message>
        <source>&amp;Fix: {label}</source>
        <translation>&amp;Corregir: {label}</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>info</source>
        <translation>información</translation>
    </message>
    <message>
        <source>{severity}: {message}</source>
        <translation>{severity}: {message}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Edit {field}</source>
        <translation>Editar: {field}</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comments on paragraphs</source>
        <translation>Comentarios sobre los párrafos</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation>Mostrar los &amp;resueltos</translation>
    </message>
    <message>
        <source>No comments. Insert ▸ Comment (Ctrl+Alt+M) comments on the paragraph you edit.</source>
        <translation>No hay comentarios. Insertar ▸ Comentario (Ctrl+Alt+M) comenta el párrafo que está editando.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <source>Resol&amp;ve</source>
        <translation>Resol&amp;ver</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>No delegation set in Preferences</source>
        <translation>No se ha indicado ninguna delegación en Preferencias</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Comment on {where}:</source>
        <translation>Comentario sobre {where}:</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Añadir un comentario</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Editar el comentario</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Reabrir el comentario</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Resolver el comentario</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Eliminar el comentario</translation>
    </message>
    <message>
        <source>Choose a paragraph of the preamble, the operative part or an annex to comment on it.</source>
        <translation>Elija un párrafo del preámbulo, de la parte dispositiva o de un anexo para comentarlo.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Co&amp;mment…</source>
        <translation>Co&amp;mentario…</translation>
    </message>
    <message>
        <source>A comment on the paragraph you edit, with your delegation&apos;s name</source>
        <translation>Un comentario sobre el párrafo que está editando, con el nombre de su delegación</translation>
    </message>
    <message>
        <source>Go to Co&amp;mments</source>
        <translation>Ir a los co&amp;mentarios</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Older text</source>
        <translation>Texto más antiguo</translation>
    </message>
    <message>
        <source>Newer text</source>
        <translation>Texto más reciente</translation>
    </message>
    <message>
        <source>Show part</source>
        <translation>Parte que se muestra</translation>
    </message>
    <message>
        <source>The comparison</source>
        <translation>La comparación</translation>
    </message>
    <message>
        <source>List of changes</source>
        <translation>Lista de cambios</translation>
    </message>
    <message>
        <source>&amp;Older:</source>
        <translation>Texto más &amp;antiguo:</translation>
    </message>
    <message>
        <source>&amp;Newer:</source>
        <translation>Texto más &amp;reciente:</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Parte:</translation>
    </message>
    <message>
        <source>&amp;Changes (Enter: go to the paragraph):</source>
        <translation>&amp;Cambios (Intro: ir al párrafo):</translation>
    </message>
    <message>
        <source>Export with &amp;Tracked Changes…</source>
        <translation>Exportar con control de ca&amp;mbios…</translation>
    </message>
    <message>
        <source>Printable Co&amp;mparison (PDF)…</source>
        <translation>Co&amp;mparación imprimible (PDF)…</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 cambio</translation>
    </message>
    <message>
        <source>{n} changes</source>
        <translation>{n} cambios</translation>
    </message>
</context>
<context>
    <name>CompareHtml</name>
    <message>
        <source>The whole text</source>
        <translation>Todo el texto</translation>
    </message>
    <message>
        <source>Front matter and sponsors</source>
        <translation>Encabezamiento y patrocinadores</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>Preámbulo</translation>
    </message>
    <message>
        <source>Operative part</source>
        <translation>Parte dispositiva</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Notas de pie de página</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>inserción</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supresión</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>desplazamiento</translation>
    </message>
    <message>
        <source>italics changed</source>
        <translation>cursiva modificada</translation>
    </message>
    <message>
        <source>footnote marks raised</source>
        <translation>llamadas de nota en superíndice</translation>
    </message>
    <message>
        <source>⟶ moved (see where it now stands)</source>
        <translation>⟶ trasladado (véase su nueva ubicación)</translation>
    </message>
    <message>
        <source>⟵ moved here from {place}</source>
        <translation>⟵ trasladado aquí desde {place}</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>opening phrase</source>
        <translation>fórmula inicial</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>paragraph {number}</source>
        <translation>párrafo {number}</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>párrafo</translation>
    </message>
    <message>
        <source>Type in {where} ({what})</source>
        <translation>Escritura: {where} ({what})</translation>
    </message>
    <message>
        <source>Insert paragraph</source>
        <translation>Insertar un párrafo</translation>
    </message>
    <message>
        <source>Delete paragraph</source>
        <translation>Eliminar el párrafo</translation>
    </message>
    <message>
        <source>Duplicate paragraph</source>
        <translation>Duplicar el párrafo</translation>
    </message>
    <message>
        <source>Move {what} up</source>
        <translation>Subir ({what})</translation>
    </message>
    <message>
        <source>Move {what} down</source>
        <translation>Bajar ({what})</translation>
    </message>
    <message>
        <source>Drag paragraph</source>
        <translation>Arrastrar el párrafo</translation>
    </message>
    <message>
        <source>Indent paragraph</source>
        <translation>Aumentar la sangría del párrafo</translation>
    </message>
    <message>
        <source>Outdent paragraph</source>
        <translation>Reducir la sangría del párrafo</translation>
    </message>
    <message>
        <source>Insert footnote</source>
        <translation>Insertar una nota de pie de página</translation>
    </message>
    <message>
        <source>Add footnote</source>
        <translation>Añadir una nota de pie de página</translation>
    </message>
    <message>
        <source>Edit footnote</source>
        <translation>Editar la nota de pie de página</translation>
    </message>
</context>
<context>
    <name>Crossref</name>
    <message>
        <source>Put the cursor in a paragraph&apos;s text to add a cross-reference.</source>
        <translation>Sitúe el cursor en el texto de un párrafo para añadir una remisión.</translation>
    </message>
    <message>
        <source>There is no other operative paragraph to refer to.</source>
        <translation>No hay ningún otro párrafo de la parte dispositiva al que remitir.</translation>
    </message>
    <message>
        <source>Insert cross-reference</source>
        <translation>Insertar una remisión</translation>
    </message>
    <message>
        <source>Refer to operative paragraph:</source>
        <translation>Remitir al párrafo de la parte dispositiva:</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Phrases</source>
        <translation>Fórmulas</translation>
    </message>
    <message>
        <source>Preview of the printed pages</source>
        <translation>Vista previa de las páginas impresas</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navegador</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>The draft: preamble and operative part</source>
        <translation>El proyecto: preámbulo y parte dispositiva</translation>
    </message>
    <message>
        <source>Start the operative part</source>
        <translation>Comenzar la parte dispositiva</translation>
    </message>
    <message>
        <source>Split paragraph</source>
        <translation>Dividir el párrafo</translation>
    </message>
    <message>
        <source>Join paragraphs</source>
        <translation>Unir los párrafos</translation>
    </message>
    <message>
        <source>Paste paragraphs</source>
        <translation>Pegar párrafos</translation>
    </message>
    <message>
        <source>lead-in</source>
        <translation>frase introductoria</translation>
    </message>
    <message>
        <source>lettered parts</source>
        <translation>partes con letras</translation>
    </message>
    <message>
        <source>Paste footnotes</source>
        <translation>Pegar notas</translation>
    </message>
    <message>
        <source>Paste sub-paragraphs</source>
        <translation>Pegar apartados</translation>
    </message>
    <message>
        <source>Paste annexes</source>
        <translation>Pegar anexos</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Eliminar la selección</translation>
    </message>
    <message>
        <source>Drag paragraphs</source>
        <translation>Arrastrar párrafos</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>{name} (imported)</source>
        <translation>{name} (importado)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>ExtraActions</name>
    <message>
        <source>Zoom {0}%</source>
        <translation>Zoom {0} %</translation>
    </message>
    <message>
        <source>Preview (updating…)</source>
        <translation>Vista previa (actualizando…)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The pages are being typeset again after your changes.</source>
        <translation>Las páginas se están volviendo a componer tras sus cambios.</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation>&amp;Buscar y reemplazar…</translation>
    </message>
    <message>
        <source>Search the whole draft; each match is shown in its paragraph</source>
        <translation>Buscar en todo el proyecto; cada resultado se muestra en su párrafo</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar si&amp;guiente</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>&amp;Cross-reference…</source>
        <translation>&amp;Remisión…</translation>
    </message>
    <message>
        <source>The number of another operative paragraph, kept right when paragraphs move</source>
        <translation>El número de otro párrafo de la parte dispositiva, que se mantiene correcto cuando se mueven los párrafos</translation>
    </message>
    <message>
        <source>Cite a Footnote &amp;Again…</source>
        <translation>Citar de nue&amp;vo una nota…</translation>
    </message>
    <message>
        <source>A second mark of a footnote the text already cites, showing its number</source>
        <translation>Una segunda llamada de una nota que el texto ya cita, con su número</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Search &amp;Phrases</source>
        <translation>Buscar &amp;fórmulas</translation>
    </message>
    <message>
        <source>Go to &amp;Checks</source>
        <translation>Ir a las &amp;comprobaciones</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>organ</source>
        <translation>órgano</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>signatura</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>distribución</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>original language</source>
        <translation>idioma original</translation>
    </message>
    <message>
        <source>job number</source>
        <translation>número de referencia</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>kind of text</source>
        <translation>tipo de texto</translation>
    </message>
    <message>
        <source>resolution, decision or note</source>
        <translation>resolución, decisión o nota</translation>
    </message>
    <message>
        <source>draft amended</source>
        <translation>proyecto enmendado</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>body</source>
        <translation>órgano subsidiario</translation>
    </message>
    <message>
        <source>session</source>
        <translation>período de sesiones</translation>
    </message>
    <message>
        <source>venue and dates</source>
        <translation>lugar y fechas</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>tema del programa</translation>
    </message>
    <message>
        <source>provisional agenda</source>
        <translation>programa provisional</translation>
    </message>
    <message>
        <source>agenda symbol</source>
        <translation>signatura del programa</translation>
    </message>
    <message>
        <source>agenda item title</source>
        <translation>título del tema del programa</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recomendación</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>lead-in</source>
        <translation>frase introductoria</translation>
    </message>
    <message>
        <source>authoring line</source>
        <translation>línea de autoría</translation>
    </message>
    <message>
        <source>sponsors</source>
        <translation>patrocinadores</translation>
    </message>
    <message>
        <source>submitted by</source>
        <translation>presentado por</translation>
    </message>
    <message>
        <source>on behalf of</source>
        <translation>en nombre de</translation>
    </message>
    <message>
        <source>annex</source>
        <translation>anexo</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>Drafts and documents (*.dres *.docx *.odt *.txt *.md);;Drafts (*.dres);;Documents to import (*.docx *.odt *.txt *.md);;All files (*)</source>
        <translation>Proyectos y documentos (*.dres *.docx *.odt *.txt *.md);;Proyectos (*.dres);;Documentos para importar (*.docx *.odt *.txt *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texto OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texto sin formato (*.txt)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to {file_name} before closing it?</source>
        <translation>¿Desea guardar los cambios de {file_name} antes de cerrarlo?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Start from the template for:</source>
        <translation>Comenzar con la plantilla de:</translation>
    </message>
    <message>
        <source>Open a draft</source>
        <translation>Abrir un proyecto</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>Draft already open</source>
        <translation>Proyecto ya abierto</translation>
    </message>
    <message>
        <source>{name} is already open in another Delegate Editor window: {0}.

If you both save, one of you will overwrite the other&apos;s changes.</source>
        <translation>{name} ya está abierto en otra ventana de Delegate Editor: {0}.

Si ambos guardan, uno de ustedes sobrescribirá los cambios del otro.</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Abrir de todos modos</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importado</translation>
    </message>
    <message>
        <source>Save the draft as</source>
        <translation>Guardar el proyecto como</translation>
    </message>
    <message>
        <source>Drafts (*.dres)</source>
        <translation>Proyectos (*.dres)</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Archivo modificado en el disco</translation>
    </message>
    <message>
        <source>{name} was changed by another program since you opened or last saved it.

Overwrite it with your version (the other changes are lost), save your version under another name, or cancel?</source>
        <translation>Otro programa modificó {name} desde que lo abrió o lo guardó por última vez.

¿Desea sobrescribirlo con su versión (se perderán los otros cambios), guardar su versión con otro nombre o cancelar?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>The draft was not saved</source>
        <translation>No se guardó el proyecto</translation>
    </message>
    <message>
        <source>{0}

Your changes are still open here.</source>
        <translation>{0}

Sus cambios siguen abiertos aquí.</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} guardado</translation>
    </message>
    <message>
        <source>Export as {0}</source>
        <translation>Exportar a {0}</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportado</translation>
    </message>
    <message>
        <source>Autosave failed ({exc}): save the draft to keep your work</source>
        <translation>Error en el guardado automático ({exc}): guarde el proyecto para conservar su trabajo</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>¿Restaurar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>Delegate Editor did not close normally. Unsaved work was found:

{0}

Restore it? (Later keeps it for the next start.)</source>
        <translation>Delegate Editor no se cerró correctamente. Se encontró trabajo sin guardar:

{0}

¿Desea restaurarlo? («Más tarde» lo conserva para el próximo inicio.)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and replace</source>
        <translation>Buscar y reemplazar</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Coincidir &amp;mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>Searches the whole draft: title, paragraphs, annexes and footnotes.</source>
        <translation>Busca en todo el proyecto: título, párrafos, anexos y notas de pie de página.</translation>
    </message>
    <message>
        <source>Where the match is</source>
        <translation>Ubicación del resultado</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Reemplazar &amp;por:</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>Reemplazar &amp;todo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>“{needle}” is nowhere in the draft.</source>
        <translation>«{needle}» no aparece en el proyecto.</translation>
    </message>
    <message>
        <source>Replace all “{needle}”</source>
        <translation>Reemplazar todo «{needle}»</translation>
    </message>
    <message>
        <source>Replaced 1 occurrence of “{needle}”.</source>
        <translation>Se reemplazó 1 aparición de «{needle}».</translation>
    </message>
    <message>
        <source>Replaced {total} occurrences of “{needle}”.</source>
        <translation>Se reemplazaron {total} apariciones de «{needle}».</translation>
    </message>
</context>
<context>
    <name>FootnotesPanel</name>
    <message>
        <source>preambular paragraph</source>
        <translation>párrafo del preámbulo</translation>
    </message>
    <message>
        <source>operative paragraph</source>
        <translation>párrafo de la parte dispositiva</translation>
    </message>
    <message>
        <source>the annex</source>
        <translation>el anexo</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>el título</translation>
    </message>
    <message>
        <source>the recommendation</source>
        <translation>la recomendación</translation>
    </message>
    <message>
        <source>the lead-in</source>
        <translation>la frase introductoria</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} y {1}</translation>
    </message>
    <message>
        <source>an unnumbered paragraph</source>
        <translation>un párrafo sin número</translation>
    </message>
    <message>
        <source>Footnotes, in order of appearance</source>
        <translation>Notas de pie de página, por orden de aparición</translation>
    </message>
    <message>
        <source>Footnote text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Footnote text. Ctrl+I for italics, or choose a template.</source>
        <translation>Texto de la nota. Ctrl+I para la cursiva, o elija una plantilla.</translation>
    </message>
    <message>
        <source>This draft has no footnotes. Put the cursor in a paragraph&apos;s text and press Ctrl+Alt+F (Insert ▸ Footnote).</source>
        <translation>Este proyecto no tiene notas de pie de página. Sitúe el cursor en el texto de un párrafo y pulse Ctrl+Alt+F (Insertar ▸ Nota de pie de página).</translation>
    </message>
    <message>
        <source>&amp;Go to reference</source>
        <translation>&amp;Ir a la llamada de nota</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Cursiva</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Plantilla</translation>
    </message>
    <message>
        <source>Footnote mark</source>
        <translation>Llamada de nota</translation>
    </message>
    <message>
        <source>Numbered in order of citation, or printed with a symbol of its own</source>
        <translation>Numerada por orden de cita, o impresa con un símbolo propio</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>&amp;Mark:</source>
        <translation>&amp;Llamada:</translation>
    </message>
    <message>
        <source>&amp;Delete footnote</source>
        <translation>&amp;Eliminar la nota</translation>
    </message>
    <message>
        <source>Cited in {0}</source>
        <translation>Llamada de nota en: {0}</translation>
    </message>
    <message>
        <source>Not cited anywhere</source>
        <translation>Sin llamada de nota</translation>
    </message>
    <message>
        <source>Footnote {mark}, cited in {0}.</source>
        <translation>Nota {mark}, con llamada en: {0}.</translation>
    </message>
    <message>
        <source>This footnote is not cited anywhere.</source>
        <translation>Esta nota no tiene ninguna llamada.</translation>
    </message>
    <message>
        <source>Each press goes to the next of its {0} marks</source>
        <translation>Cada pulsación lleva a la llamada siguiente (la nota tiene {0})</translation>
    </message>
</context>
<context>
    <name>FormBinder</name>
    <message>
        <source>Cite a footnote again</source>
        <translation>Citar de nuevo una nota</translation>
    </message>
</context>
<context>
    <name>FrontForm</name>
    <message>
        <source>Draft (sponsored)</source>
        <translation>Proyecto (presentado por patrocinadores)</translation>
    </message>
    <message>
        <source>Revised draft</source>
        <translation>Proyecto revisado</translation>
    </message>
    <message>
        <source>Submitted by the Chair or President</source>
        <translation>Presentado por la Presidencia</translation>
    </message>
    <message>
        <source>Adopted text</source>
        <translation>Texto aprobado</translation>
    </message>
    <message>
        <source>Amendment to a draft</source>
        <translation>Enmienda a un proyecto</translation>
    </message>
</context>
<context>
    <name>FrontMatterForm</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitada</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>Encabezamiento</translation>
    </message>
    <message>
        <source>Organ (masthead)</source>
        <translation>Órgano (encabezado)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>&amp;Organ:</source>
        <translation>&amp;Órgano:</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Signatura:</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Signatura del documento</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <source>Dist&amp;ribution:</source>
        <translation>Dist&amp;ribución:</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Fecha del documento</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Ori&amp;ginal:</source>
        <translation>Ori&amp;ginal:</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>Idioma original</translation>
    </message>
    <message>
        <source>&amp;Job number:</source>
        <translation>&amp;Número de referencia:</translation>
    </message>
    <message>
        <source>Job number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <source>Reissue &amp;note:</source>
        <translation>&amp;Nota de reedición:</translation>
    </message>
    <message>
        <source>Reissue note</source>
        <translation>Nota de reedición</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>Id&amp;ioma:</translation>
    </message>
    <message>
        <source>Draft language</source>
        <translation>Idioma del proyecto</translation>
    </message>
    <message>
        <source>Kind of text</source>
        <translation>Tipo de texto</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Resolution, decision or note</source>
        <translation>Resolución, decisión o nota</translation>
    </message>
    <message>
        <source>Resolution, d&amp;ecision or note:</source>
        <translation>Resolución, d&amp;ecisión o nota:</translation>
    </message>
    <message>
        <source>&amp;Lettered parts: (a), (b) instead of 1., 2.</source>
        <translation>Partes con &amp;letras: a), b) en lugar de 1., 2.</translation>
    </message>
    <message>
        <source>A&amp;mends:</source>
        <translation>Proyecto enmen&amp;dado:</translation>
    </message>
    <message>
        <source>Symbol of the draft amended</source>
        <translation>Signatura del proyecto enmendado</translation>
    </message>
    <message>
        <source>Automatic (from the venue)</source>
        <translation>Automático (según el lugar de la reunión)</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>For&amp;mato:</translation>
    </message>
    <message>
        <source>Duty-station layout</source>
        <translation>Formato del lugar de destino</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Órgano su&amp;bsidiario:</translation>
    </message>
    <message>
        <source>Body (committee or commission)</source>
        <translation>Órgano subsidiario (comisión)</translation>
    </message>
    <message>
        <source>S&amp;ession:</source>
        <translation>P&amp;eríodo de sesiones:</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Período de sesiones</translation>
    </message>
    <message>
        <source>&amp;Venue and dates:</source>
        <translation>&amp;Lugar y fechas:</translation>
    </message>
    <message>
        <source>Venue and dates</source>
        <translation>Lugar y fechas</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>T&amp;ema del programa:</translation>
    </message>
    <message>
        <source>Agenda item number</source>
        <translation>Número del tema del programa</translation>
    </message>
    <message>
        <source>&amp;Provisional agenda (adds the * note)</source>
        <translation>Programa &amp;provisional (añade la nota *)</translation>
    </message>
    <message>
        <source>Agenda s&amp;ymbol:</source>
        <translation>Signatura del pro&amp;grama:</translation>
    </message>
    <message>
        <source>Agenda symbol</source>
        <translation>Signatura del programa</translation>
    </message>
    <message>
        <source>Agenda item &amp;title:</source>
        <translation>&amp;Título del tema:</translation>
    </message>
    <message>
        <source>Agenda item title</source>
        <translation>Título del tema del programa</translation>
    </message>
    <message>
        <source>Agenda line as printed</source>
        <translation>Línea del programa tal como se imprime</translation>
    </message>
    <message>
        <source>Printed as:</source>
        <translation>Se imprime así:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Recomendación:</translation>
    </message>
    <message>
        <source>Recommendation paragraph</source>
        <translation>Párrafo de recomendación</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Title of the resolution</source>
        <translation>Título de la resolución</translation>
    </message>
    <message>
        <source>&amp;Authoring line:</source>
        <translation>Línea de &amp;autoría:</translation>
    </message>
    <message>
        <source>Authoring line</source>
        <translation>Línea de autoría</translation>
    </message>
    <message>
        <source>Lead-in of the operative part</source>
        <translation>Frase introductoria de la parte dispositiva</translation>
    </message>
    <message>
        <source>Lead-in (Resolves t&amp;hat:):</source>
        <translation>Introducción (Resuelve &amp;que:):</translation>
    </message>
</context>
<context>
    <name>GroupMenu</name>
    <message>
        <source>Co-drafting group</source>
        <translation>Grupo de redacción conjunta</translation>
    </message>
    <message>
        <source>&amp;Join Group…</source>
        <translation>&amp;Unirse a un grupo…</translation>
    </message>
    <message>
        <source>&amp;Join Group… (needs the websockets package)</source>
        <translation>&amp;Unirse a un grupo… (requiere el paquete websockets)</translation>
    </message>
    <message>
        <source>&amp;Leave Group</source>
        <translation>Sa&amp;lir del grupo</translation>
    </message>
    <message>
        <source>&amp;Who Proposed What…</source>
        <translation>&amp;Quién propuso qué…</translation>
    </message>
    <message>
        <source>Co-drafting needs another package</source>
        <translation>La redacción conjunta requiere otro paquete</translation>
    </message>
    <message>
        <source>Joining a group needs the websockets package, which this installation lacks. Install it with: pip install websockets</source>
        <translation>Para unirse a un grupo hace falta el paquete websockets, que esta instalación no tiene. Instálelo con: pip install websockets</translation>
    </message>
    <message>
        <source>Cannot join the group</source>
        <translation>No es posible unirse al grupo</translation>
    </message>
    <message>
        <source>You left the group; the draft stays here.</source>
        <translation>Ha salido del grupo; el proyecto sigue aquí.</translation>
    </message>
</context>
<context>
    <name>GroupSession</name>
    <message>
        <source>Changes from the group</source>
        <translation>Cambios llegados del grupo</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&lt;p&gt;In a paragraph&apos;s text: &lt;b&gt;Tab&lt;/b&gt; and &lt;b&gt;Shift+Tab&lt;/b&gt; indent and outdent, &lt;b&gt;Return&lt;/b&gt; starts the next paragraph. In the lists: &lt;b&gt;Delete&lt;/b&gt; removes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En el texto de un párrafo: &lt;b&gt;Tab&lt;/b&gt; y &lt;b&gt;Mayús+Tab&lt;/b&gt; aumentan y reducen la sangría, &lt;b&gt;Intro&lt;/b&gt; comienza el párrafo siguiente. En las listas: &lt;b&gt;Supr&lt;/b&gt; elimina.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy ({GUIDE}).</source>
        <translation>La guía del usuario no está instalada con esta copia ({GUIDE}).</translation>
    </message>
    <message>
        <source>Delegate Editor user guide</source>
        <translation>Guía del usuario de Delegate Editor</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Who proposed what</source>
        <translation>Quién propuso qué</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Proposals, newest first</source>
        <translation>Propuestas, las más recientes primero</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>preamble</source>
        <translation>preámbulo</translation>
    </message>
    <message>
        <source>operative part</source>
        <translation>parte dispositiva</translation>
    </message>
    <message>
        <source>annex</source>
        <translation>anexo</translation>
    </message>
    <message>
        <source>footnotes</source>
        <translation>notas de pie de página</translation>
    </message>
    <message>
        <source>front matter</source>
        <translation>encabezado</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
</context>
<context>
    <name>ImportReportPanel</name>
    <message>
        <source>No import yet.</source>
        <translation>Todavía no se ha importado nada.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>{name}: 1 guess by the importer</source>
        <translation>{name}: 1 suposición de la importación</translation>
    </message>
    <message>
        <source>{name}: {guesses} guesses by the importer</source>
        <translation>{name}: {guesses} suposiciones de la importación</translation>
    </message>
    <message>
        <source>, {0} other note(s)</source>
        <translation>, {0} otra(s) observación(es)</translation>
    </message>
    <message>
        <source>. Double-click an item to go to its paragraph.</source>
        <translation>. Haga doble clic en un elemento para ir a su párrafo.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a co-drafting group</source>
        <translation>Unirse a un grupo de redacción conjunta</translation>
    </message>
    <message>
        <source>The penholder (or whoever runs the group&apos;s server) gives you the server&apos;s address, the room and a one-time invitation.</source>
        <translation>El redactor principal (o quien administre el servidor del grupo) le da la dirección del servidor, la sala y una invitación de un solo uso.</translation>
    </message>
    <message>
        <source>wss://example.org:8765</source>
        <translation>wss://example.org:8765</translation>
    </message>
    <message>
        <source>dei1.…</source>
        <translation>dei1.…</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Dirección del &amp;servidor:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>S&amp;ala:</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>&amp;Invitation or credential:</source>
        <translation>&amp;Invitación o credencial:</translation>
    </message>
    <message>
        <source>Invitation or credential</source>
        <translation>Invitación o credencial</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <source>The server address starts with wss:// (or ws:// on a trusted network).</source>
        <translation>La dirección del servidor empieza por wss:// (o ws:// en una red de confianza).</translation>
    </message>
    <message>
        <source>The room is a name of letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>La sala es un nombre de letras, cifras, «_» o «-».</translation>
    </message>
    <message>
        <source>Paste the invitation you were given (it starts with dei1.).</source>
        <translation>Pegue la invitación que recibió (empieza por dei1.).</translation>
    </message>
    <message>
        <source>Give the name the others will see, such as your delegation.</source>
        <translation>Indique el nombre que verán los demás, por ejemplo su delegación.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Draft statistics</source>
        <translation>Estadísticas del proyecto</translation>
    </message>
    <message>
        <source>Outline of the draft</source>
        <translation>Esquema del proyecto</translation>
    </message>
    <message>
        <source>Choose the preamble, the operative part or the annexes first.</source>
        <translation>Elija primero el preámbulo, la parte dispositiva o los anexos.</translation>
    </message>
    <message>
        <source>Choose an annex paragraph to change its style.</source>
        <translation>Elija un párrafo de anexo para cambiar su estilo.</translation>
    </message>
    <message>
        <source>{file_name}[*] — Delegate Editor</source>
        <translation>{file_name}[*] — Delegate Editor</translation>
    </message>
    <message>
        <source>{preambular} preambular · {operative} operative · {words} words</source>
        <translation>{preambular} párrafos del preámbulo · {operative} párrafos dispositivos · {words} palabras</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Online · 1 member</source>
        <translation>En línea · 1 miembro</translation>
    </message>
    <message>
        <source>Online · {n} members</source>
        <translation>En línea · {n} miembros</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Not admitted to the group</source>
        <translation>No admitido en el grupo</translation>
    </message>
    <message>
        <source>Offline, changes kept</source>
        <translation>Sin conexión, cambios guardados</translation>
    </message>
    <message>
        <source>Not in a group: File ▸ Join Group…</source>
        <translation>En ningún grupo: Archivo ▸ Unirse a un grupo…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Members online and their paragraphs</source>
        <translation>Miembros en línea y sus párrafos</translation>
    </message>
    <message>
        <source>no paragraph</source>
        <translation>ningún párrafo</translation>
    </message>
    <message>
        <source>{name} — {where}</source>
        <translation>{name} — {where}</translation>
    </message>
    <message>
        <source>{member} (you)</source>
        <translation>{member} (usted)</translation>
    </message>
    <message>
        <source>Delete the paragraph</source>
        <translation>Suprimir el párrafo</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Navigator: the draft&apos;s parts and paragraphs</source>
        <translation>Navegador: partes y párrafos del proyecto</translation>
    </message>
</context>
<context>
    <name>NegotiationCommands</name>
    <message>
        <source>Accept the proposal by {who}</source>
        <translation>Aceptar la propuesta de {who}</translation>
    </message>
    <message>
        <source>Reject the proposal by {who}</source>
        <translation>Rechazar la propuesta de {who}</translation>
    </message>
    <message>
        <source>Withdraw the proposal by {who}</source>
        <translation>Retirar la propuesta de {who}</translation>
    </message>
    <message>
        <source>Decide on the proposal by {who}</source>
        <translation>Decidir sobre la propuesta de {who}</translation>
    </message>
    <message>
        <source>Mark the paragraph open</source>
        <translation>Marcar el párrafo abierto</translation>
    </message>
    <message>
        <source>Mark the paragraph bracketed</source>
        <translation>Poner el párrafo entre corchetes</translation>
    </message>
    <message>
        <source>Mark the paragraph agreed ad ref</source>
        <translation>Marcar el párrafo aprobado ad referendum</translation>
    </message>
    <message>
        <source>Mark the paragraph agreed</source>
        <translation>Marcar el párrafo aprobado</translation>
    </message>
</context>
<context>
    <name>NegotiationMenu</name>
    <message>
        <source>Returned copies (*.docx *.odt *.dres *.txt)</source>
        <translation>Copias devueltas (*.docx *.odt *.dres *.txt)</translation>
    </message>
    <message>
        <source>Word document (*.docx);;OpenDocument text (*.odt);;PDF (*.pdf)</source>
        <translation>Documento de Word (*.docx);;Texto OpenDocument (*.odt);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Ne&amp;gotiation</source>
        <translation>&amp;Negociación</translation>
    </message>
    <message>
        <source>&amp;Negotiation Mode</source>
        <translation>Modo de &amp;negociación</translation>
    </message>
    <message>
        <source>&amp;Import Returned Copy…</source>
        <translation>&amp;Importar copia devuelta…</translation>
    </message>
    <message>
        <source>&amp;Open Paragraphs Only</source>
        <translation>Solo párrafos &amp;abiertos</translation>
    </message>
    <message>
        <source>Show &amp;Compilation in Preview</source>
        <translation>Mostrar la &amp;compilación en la vista previa</translation>
    </message>
    <message>
        <source>Source of Agreed &amp;Language…</source>
        <translation>&amp;Origen del texto acordado…</translation>
    </message>
    <message>
        <source>Start &amp;Silence Procedure…</source>
        <translation>Iniciar procedimiento de acuerdo &amp;tácito…</translation>
    </message>
    <message>
        <source>Silence &amp;Broken…</source>
        <translation>Acuerdo tácito &amp;roto…</translation>
    </message>
    <message>
        <source>Export Co&amp;mpilation…</source>
        <translation>Exportar co&amp;mpilación…</translation>
    </message>
    <message>
        <source>Export C&amp;lean Text…</source>
        <translation>Exportar versión &amp;limpia…</translation>
    </message>
    <message>
        <source>Start the negotiation</source>
        <translation>Iniciar la negociación</translation>
    </message>
    <message>
        <source>Import a returned copy</source>
        <translation>Importar una copia devuelta</translation>
    </message>
    <message>
        <source>Proposals not imported</source>
        <translation>Propuestas no importadas</translation>
    </message>
    <message>
        <source>Returned copy</source>
        <translation>Copia devuelta</translation>
    </message>
    <message>
        <source>Which delegation sent this copy back?</source>
        <translation>¿Qué delegación devolvió esta copia?</translation>
    </message>
    <message>
        <source>Proposals of {delegation}</source>
        <translation>Propuestas de {delegation}</translation>
    </message>
    <message>
        <source>1 proposal of {delegation} from {name}</source>
        <translation>1 propuesta de {delegation} tomada de {name}</translation>
    </message>
    <message>
        <source>{n} proposals of {delegation} from {name}</source>
        <translation>{n} propuestas de {delegation} tomadas de {name}</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importado</translation>
    </message>
    <message>
        <source>compilation</source>
        <translation>compilación</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>versión limpia</translation>
    </message>
    <message>
        <source>Export the compilation text</source>
        <translation>Exportar el texto de compilación</translation>
    </message>
    <message>
        <source>Export the clean text</source>
        <translation>Exportar la versión limpia</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportado</translation>
    </message>
    <message>
        <source>The draft is not under negotiation: turn on Negotiation Mode.</source>
        <translation>El proyecto no está en negociación: active el modo de negociación.</translation>
    </message>
    <message>
        <source>Source of agreed language</source>
        <translation>Origen del texto acordado</translation>
    </message>
    <message>
        <source>Select a paragraph first.</source>
        <translation>Seleccione primero un párrafo.</translation>
    </message>
    <message>
        <source>Where the paragraph&apos;s agreed language comes from (symbol and paragraph):</source>
        <translation>De dónde procede el texto acordado del párrafo (signatura y párrafo):</translation>
    </message>
    <message>
        <source>Silence procedure</source>
        <translation>Procedimiento de acuerdo tácito</translation>
    </message>
    <message>
        <source>Deadline (year-month-day hour:minute):</source>
        <translation>Plazo (año-mes-día hora:minuto):</translation>
    </message>
    <message>
        <source>Write the deadline as 2025-11-20 18:00.</source>
        <translation>Escriba el plazo así: 2025-11-20 18:00.</translation>
    </message>
    <message>
        <source>Start the silence procedure</source>
        <translation>Iniciar el procedimiento de acuerdo tácito</translation>
    </message>
    <message>
        <source>Silence broken</source>
        <translation>Acuerdo tácito roto</translation>
    </message>
    <message>
        <source>Start a silence procedure and select the paragraph first.</source>
        <translation>Inicie primero un procedimiento de acuerdo tácito y seleccione el párrafo.</translation>
    </message>
    <message>
        <source>Which delegation broke silence?</source>
        <translation>¿Qué delegación rompió el acuerdo tácito?</translation>
    </message>
    <message>
        <source>Silence broken by {who}</source>
        <translation>Acuerdo tácito roto por {who}</translation>
    </message>
</context>
<context>
    <name>NegotiationPanel</name>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Bracketed</source>
        <translation>Entre corchetes</translation>
    </message>
    <message>
        <source>Agreed ad ref</source>
        <translation>Aprobado ad referendum</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionada</translation>
    </message>
    <message>
        <source>1 proposal</source>
        <translation>1 propuesta</translation>
    </message>
    <message>
        <source>{n} proposals</source>
        <translation>{n} propuestas</translation>
    </message>
    <message>
        <source>delete “{words}”</source>
        <translation>suprimir «{words}»</translation>
    </message>
    <message>
        <source>add “{words}”</source>
        <translation>añadir «{words}»</translation>
    </message>
    <message>
        <source>new paragraph after it: “{text}”</source>
        <translation>nuevo párrafo después de este: «{text}»</translation>
    </message>
    <message>
        <source>delete the paragraph</source>
        <translation>suprimir el párrafo</translation>
    </message>
    <message>
        <source>alternative: “{text}”</source>
        <translation>variante: «{text}»</translation>
    </message>
    <message>
        <source>collides with an accepted change</source>
        <translation>en conflicto con un cambio aceptado</translation>
    </message>
    <message>
        <source>Paragraph status</source>
        <translation>Estado del párrafo</translation>
    </message>
    <message>
        <source>Proposals on the paragraph</source>
        <translation>Propuestas sobre el párrafo</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>&amp;Open paragraphs only</source>
        <translation>Solo párrafos a&amp;biertos</translation>
    </message>
    <message>
        <source>No paragraph selected</source>
        <translation>Ningún párrafo seleccionado</translation>
    </message>
    <message>
        <source>Not under negotiation</source>
        <translation>No está en negociación</translation>
    </message>
    <message>
        <source>A paragraph</source>
        <translation>Un párrafo</translation>
    </message>
    <message>
        <source>Now colliding with it: the proposal by {names}.</source>
        <translation>Ahora en conflicto con ella: la propuesta de {names}.</translation>
    </message>
    <message>
        <source>Accepted.</source>
        <translation>Aceptada.</translation>
    </message>
</context>
<context>
    <name>NoteAgain</name>
    <message>
        <source>Put the cursor in a paragraph, the title or the recommendation to cite a footnote again.</source>
        <translation>Coloque el cursor en un párrafo, el título o la recomendación para citar de nuevo una nota.</translation>
    </message>
    <message>
        <source>The draft has no numbered footnote to cite again.</source>
        <translation>El proyecto no tiene ninguna nota numerada que citar de nuevo.</translation>
    </message>
    <message>
        <source>Cite a footnote again</source>
        <translation>Citar de nuevo una nota</translation>
    </message>
    <message>
        <source>Footnote:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>NoteOps</name>
    <message>
        <source>Put the cursor in a paragraph, the title or the recommendation to add a footnote.</source>
        <translation>Sitúe el cursor en un párrafo, el título o la recomendación para añadir una nota de pie de página.</translation>
    </message>
    <message>
        <source>Insert footnote</source>
        <translation>Insertar una nota de pie de página</translation>
    </message>
    <message>
        <source>Footnote text:</source>
        <translation>Texto de la nota:</translation>
    </message>
    <message>
        <source>Put the cursor on a footnote mark first.</source>
        <translation>Sitúe primero el cursor en una llamada de nota.</translation>
    </message>
</context>
<context>
    <name>OperativePage</name>
    <message>
        <source>Tab starts the next cell; Ctrl+] indents the row</source>
        <translation>Tab pasa a la celda siguiente; Ctrl+] sangra la fila</translation>
    </message>
</context>
<context>
    <name>PageWidget</name>
    <message>
        <source>Page {0}</source>
        <translation>Página {0}</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Front matter</source>
        <translation>Encabezamiento</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Patrocinadores</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>Preámbulo</translation>
    </message>
    <message>
        <source>Operative part</source>
        <translation>Parte dispositiva</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Notas de pie de página</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
</context>
<context>
    <name>PagesView</name>
    <message>
        <source>Typesetting…</source>
        <translation>Composición…</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation>Número de páginas</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Alejar (Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Acercar (Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Typeset pages</source>
        <translation>Páginas compuestas</translation>
    </message>
    <message>
        <source>{n} page</source>
        <translation>{n} página</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} páginas</translation>
    </message>
    <message>
        <source>The pages could not be typeset: {message}</source>
        <translation>No se pudieron componer las páginas: {message}</translation>
    </message>
</context>
<context>
    <name>PartPage</name>
    <message>
        <source>{part}: paragraphs</source>
        <translation>{part}: párrafos</translation>
    </message>
    <message>
        <source>Opening phrase (printed in italics)</source>
        <translation>Fórmula inicial (impresa en cursiva)</translation>
    </message>
    <message>
        <source>Recalling</source>
        <translation>Recordando</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicita</translation>
    </message>
    <message>
        <source>Paragraph text</source>
        <translation>Texto del párrafo</translation>
    </message>
    <message>
        <source>&amp;Opening phrase:</source>
        <translation>&amp;Fórmula inicial:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>No paragraph: use Insert ▸ Paragraph (Ctrl+Return) to add one.</source>
        <translation>Ningún párrafo: use Insertar ▸ Párrafo (Ctrl+Intro) para añadir uno.</translation>
    </message>
    <message>
        <source>Preambular paragraph {label} of the section</source>
        <translation>Párrafo del preámbulo {label} de la sección</translation>
    </message>
    <message>
        <source>Preambular paragraph {n} of {count}</source>
        <translation>Párrafo del preámbulo {n} de {count}</translation>
    </message>
    <message>
        <source>Section heading (not numbered)</source>
        <translation>Encabezamiento de sección (sin número)</translation>
    </message>
    <message>
        <source>Sub-paragraph {label}</source>
        <translation>Apartado {label}</translation>
    </message>
    <message>
        <source>Operative paragraph {label}</source>
        <translation>Párrafo dispositivo {label}</translation>
    </message>
</context>
<context>
    <name>PhraseOps</name>
    <message>
        <source>Use “{form}”</source>
        <translation>Usar «{form}»</translation>
    </message>
    <message>
        <source>Keep “{phrase}”</source>
        <translation>Conservar «{phrase}»</translation>
    </message>
    <message>
        <source>one paragraph</source>
        <translation>un párrafo</translation>
    </message>
    <message>
        <source>{n} paragraphs</source>
        <translation>{n} párrafos</translation>
    </message>
    <message>
        <source>Repeated opening</source>
        <translation>Fórmula inicial repetida</translation>
    </message>
    <message>
        <source>“{phrase}” already opens {times} above. UN style writes “{form}” here.</source>
        <translation>«{phrase}» ya inicia {times} más arriba. Según el estilo de las Naciones Unidas, aquí se escribe «{form}».</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Opening: {form}</source>
        <translation>Fórmula inicial: {form}</translation>
    </message>
    <message>
        <source>Add my own phrase</source>
        <translation>Añadir mi propia fórmula</translation>
    </message>
    <message>
        <source>New preambular phrase (kept in your user folder):</source>
        <translation>Nueva fórmula del preámbulo (se conserva en su carpeta de usuario):</translation>
    </message>
    <message>
        <source>New operative verb (kept in your user folder):</source>
        <translation>Nuevo verbo de la parte dispositiva (se conserva en su carpeta de usuario):</translation>
    </message>
    <message>
        <source>Phrase not added</source>
        <translation>No se añadió la fórmula</translation>
    </message>
</context>
<context>
    <name>PhrasePalette</name>
    <message>
        <source>Preambular phrases</source>
        <translation>Fórmulas del preámbulo</translation>
    </message>
    <message>
        <source>Operative verbs</source>
        <translation>Verbos de la parte dispositiva</translation>
    </message>
    <message>
        <source>Set opening phrase</source>
        <translation>Establecer la fórmula inicial</translation>
    </message>
    <message>
        <source>Insert paragraph “{phrase}”</source>
        <translation>Insertar el párrafo «{phrase}»</translation>
    </message>
    <message>
        <source>Search phrases (e.g. note, request, concern)</source>
        <translation>Buscar fórmulas (por ejemplo, observa, solicita, preocupación)</translation>
    </message>
    <message>
        <source>Search opening phrases</source>
        <translation>Buscar fórmulas iniciales</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Opening phrases by meaning</source>
        <translation>Fórmulas iniciales por significado</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Fórmula</translation>
    </message>
    <message>
        <source>Second use</source>
        <translation>Segundo uso</translation>
    </message>
    <message>
        <source>Third use</source>
        <translation>Tercer uso</translation>
    </message>
    <message>
        <source>&amp;Add my own phrase…</source>
        <translation>&amp;Añadir mi propia fórmula…</translation>
    </message>
    <message>
        <source>Add my own phrase</source>
        <translation>Añadir mi propia fórmula</translation>
    </message>
    <message>
        <source>Your phrase list has a problem: </source>
        <translation>Su lista de fórmulas tiene un problema: </translation>
    </message>
    <message>
        <source>preambular phrases</source>
        <translation>fórmulas del preámbulo</translation>
    </message>
    <message>
        <source>operative verbs</source>
        <translation>verbos de la parte dispositiva</translation>
    </message>
    <message>
        <source>{shown} of {count} {where}. Return uses the first.</source>
        <translation>{shown} de {count} {where}. Intro usa la primera.</translation>
    </message>
    <message>
        <source>{count} {where}. Double-click or press Return to use one; the second and third columns are the forms for a repeated opening.</source>
        <translation>{count} {where}. Haga doble clic o pulse Intro para usar una; las columnas segunda y tercera son las formas para una fórmula repetida.</translation>
    </message>
    <message>
        <source>“{phrase}” is already in the list.</source>
        <translation>«{phrase}» ya figura en la lista.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Your delegation</source>
        <translation>Su delegación</translation>
    </message>
    <message>
        <source>e.g. Costa Rica</source>
        <translation>por ejemplo, Costa Rica</translation>
    </message>
    <message>
        <source>Duty station of new drafts</source>
        <translation>Lugar de destino de los nuevos proyectos</translation>
    </message>
    <message>
        <source>Automatic (from the venue)</source>
        <translation>Automático (según el lugar de la reunión)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>The duty station&apos;s</source>
        <translation>El del lugar de destino</translation>
    </message>
    <message>
        <source>Language of new drafts</source>
        <translation>Idioma de los nuevos proyectos</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Recovery copy after (seconds)</source>
        <translation>Copia de recuperación tras (segundos)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Underline misspelt words as I type</source>
        <translation>Subrayar las palabras mal escritas al escribir</translation>
    </message>
    <message>
        <source>Check spelling</source>
        <translation>Revisar la ortografía</translation>
    </message>
    <message>
        <source>Author of tracked changes</source>
        <translation>Autor de los cambios controlados</translation>
    </message>
    <message>
        <source>Your &amp;delegation:</source>
        <translation>Su &amp;delegación:</translation>
    </message>
    <message>
        <source>Duty &amp;station of new drafts:</source>
        <translation>Lugar de &amp;destino de los nuevos proyectos:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Language of new drafts:</source>
        <translation>&amp;Idioma de los nuevos proyectos:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Idioma de la inter&amp;faz:</translation>
    </message>
    <message>
        <source>&amp;Recovery copy after:</source>
        <translation>&amp;Copia de recuperación tras:</translation>
    </message>
    <message>
        <source>Spellin&amp;g:</source>
        <translation>&amp;Ortografía:</translation>
    </message>
    <message>
        <source>&amp;Author of tracked changes:</source>
        <translation>&amp;Autor de los cambios controlados:</translation>
    </message>
    <message>
        <source>Your delegation is added as a sponsor of new drafts and by “Add my delegation”; tracked changes are by your delegation unless another author is given.</source>
        <translation>Su delegación se añade como patrocinadora de los nuevos proyectos y mediante «Añadir mi delegación»; los cambios controlados se atribuyen a su delegación, salvo que se indique otro autor.</translation>
    </message>
    <message>
        <source>A new interface language takes effect the next time Delegate Editor starts.</source>
        <translation>Un nuevo idioma de la interfaz se aplica la próxima vez que se inicie Delegate Editor.</translation>
    </message>
    <message>
        <source>The preferences could not be saved; they hold until you quit.</source>
        <translation>No se pudieron guardar las preferencias; se mantienen hasta que salga de la aplicación.</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Preferencias guardadas</translation>
    </message>
</context>
<context>
    <name>PresenceMargin</name>
    <message>
        <source>Where the other members are</source>
        <translation>Dónde están los demás miembros</translation>
    </message>
    <message>
        <source>In this paragraph: {names}</source>
        <translation>En este párrafo: {names}</translation>
    </message>
</context>
<context>
    <name>PrintOps</name>
    <message>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
    <message>
        <source>Print draft</source>
        <translation>Imprimir el proyecto</translation>
    </message>
    <message>
        <source>Printed 1 page</source>
        <translation>Se imprimió 1 página</translation>
    </message>
    <message>
        <source>Printed {count} pages</source>
        <translation>Se imprimieron {count} páginas</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar a PDF</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>Tamaño del papel:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <source>Exported {name} ({paper})</source>
        <translation>{name} exportado ({paper})</translation>
    </message>
</context>
<context>
    <name>Richtext</name>
    <message>
        <source>Footnote reference</source>
        <translation>Llamada de nota</translation>
    </message>
    <message>
        <source>Cross-reference: shows the paragraph&apos;s current number</source>
        <translation>Remisión: muestra el número actual del párrafo</translation>
    </message>
</context>
<context>
    <name>SectionMenu</name>
    <message>
        <source>Put the cursor in a section heading or its preambular paragraphs.</source>
        <translation>Coloque el cursor en un subtítulo de sección o en los párrafos de su preámbulo.</translation>
    </message>
    <message>
        <source>Insert preambular paragraph in section</source>
        <translation>Insertar un párrafo del preámbulo en la sección</translation>
    </message>
    <message>
        <source>Put the cursor in a section heading.</source>
        <translation>Coloque el cursor en un subtítulo de sección.</translation>
    </message>
    <message>
        <source>Number section from 1</source>
        <translation>Numerar la sección desde 1</translation>
    </message>
    <message>
        <source>Number section on from the one before</source>
        <translation>Numerar la sección a continuación de la anterior</translation>
    </message>
    <message>
        <source>Preambular paragraph in &amp;section</source>
        <translation>Párrafo del pr&amp;eámbulo en la sección</translation>
    </message>
    <message>
        <source>A preambular paragraph of the section, printed under its heading</source>
        <translation>Un párrafo del preámbulo propio de la sección, impreso bajo su subtítulo</translation>
    </message>
    <message>
        <source>Number section from &amp;1</source>
        <translation>Numerar la sección desde &amp;1</translation>
    </message>
    <message>
        <source>The section&apos;s operative paragraphs are numbered from 1 again</source>
        <translation>Los párrafos de la parte dispositiva de la sección se numeran de nuevo desde 1</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(ninguna sugerencia)</translation>
    </message>
    <message>
        <source>Add “{word}” to My Dictionary</source>
        <translation>Añadir «{word}» a mi diccionario</translation>
    </message>
    <message>
        <source>Ignore “{word}”</source>
        <translation>Omitir «{word}»</translation>
    </message>
    <message>
        <source>Word not kept</source>
        <translation>Palabra no guardada</translation>
    </message>
</context>
<context>
    <name>SponsorsPanel</name>
    <message>
        <source> (observer State)</source>
        <translation> (Estado observador)</translation>
    </message>
    <message>
        <source> (organization)</source>
        <translation> (organización)</translation>
    </message>
    <message>
        <source>Find a Member State</source>
        <translation>Buscar un Estado Miembro</translation>
    </message>
    <message>
        <source>Type a name: Russia, UK, USA, Türkiye …</source>
        <translation>Escriba un nombre: Russia, UK, USA, Türkiye…</translation>
    </message>
    <message>
        <source>Member States, observer States and the European Union</source>
        <translation>Estados Miembros, Estados observadores y Unión Europea</translation>
    </message>
    <message>
        <source>Also known as: </source>
        <translation>También conocido como: </translation>
    </message>
    <message>
        <source>&amp;Add as sponsor</source>
        <translation>&amp;Añadir como patrocinador</translation>
    </message>
    <message>
        <source>Add as joined &amp;later</source>
        <translation>Añadir como patrocinador &amp;posterior</translation>
    </message>
    <message>
        <source>Add &amp;my delegation</source>
        <translation>Añadir &amp;mi delegación</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Sponsors, in UN alphabetical order</source>
        <translation>Patrocinadores, en el orden alfabético de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Sponsors who joined later</source>
        <translation>Patrocinadores que se sumaron después</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Joined later →</source>
        <translation>Se sumó después →</translation>
    </message>
    <message>
        <source>On behalf of (group)</source>
        <translation>En nombre de (grupo)</translation>
    </message>
    <message>
        <source>Submitted by (officer drafts)</source>
        <translation>Presentado por (proyectos de un miembro de la Mesa)</translation>
    </message>
    <message>
        <source>Sponsors line as printed</source>
        <translation>Línea de patrocinadores tal como se imprime</translation>
    </message>
    <message>
        <source>Sponsors (kept in UN alphabetical order):</source>
        <translation>Patrocinadores (en el orden alfabético de las Naciones Unidas):</translation>
    </message>
    <message>
        <source>Joined after the first issue:</source>
        <translation>Se sumaron después de la primera publicación:</translation>
    </message>
    <message>
        <source>On &amp;behalf of:</source>
        <translation>En &amp;nombre de:</translation>
    </message>
    <message>
        <source>Group&apos;s &amp;mark after:</source>
        <translation>Llamada del &amp;grupo tras:</translation>
    </message>
    <message>
        <source>Su&amp;bmitted by:</source>
        <translation>Pre&amp;sentado por:</translation>
    </message>
    <message>
        <source>Printed as:</source>
        <translation>Se imprime así:</translation>
    </message>
    <message>
        <source>Paste a list of sponsors</source>
        <translation>Pegar una lista de patrocinadores</translation>
    </message>
    <message>
        <source>Paste a list from an email, e.g. “{0}”</source>
        <translation>Pegue una lista recibida por correo electrónico, por ejemplo, «{0}»</translation>
    </message>
    <message>
        <source>Names recognised in the pasted list</source>
        <translation>Nombres reconocidos en la lista pegada</translation>
    </message>
    <message>
        <source>Add the &amp;recognised names</source>
        <translation>Añadir los nombres &amp;reconocidos</translation>
    </message>
    <message>
        <source>Paste a list</source>
        <translation>Pegar una lista</translation>
    </message>
    <message>
        <source>“{typed}” is not a Member State name</source>
        <translation>«{typed}» no es el nombre de un Estado Miembro</translation>
    </message>
    <message>
        <source>. Did you mean {0}?</source>
        <translation>. ¿Quería decir {0}?</translation>
    </message>
    <message>
        <source>{name} joined later</source>
        <translation>{name} se sumó después</translation>
    </message>
    <message>
        <source>✗ {typed}: not a Member State name</source>
        <translation>✗ {typed}: no es el nombre de un Estado Miembro</translation>
    </message>
    <message>
        <source> (did you mean {0}?)</source>
        <translation> (¿quería decir {0}?)</translation>
    </message>
    <message>
        <source>✓ On behalf of {group}</source>
        <translation>✓ En nombre de {group}</translation>
    </message>
    <message>
        <source>✗ On behalf of {group}: not a group the app knows</source>
        <translation>✗ En nombre de {group}: la aplicación no conoce este grupo</translation>
    </message>
    <message>
        <source>Add pasted sponsors</source>
        <translation>Añadir los patrocinadores pegados</translation>
    </message>
    <message>
        <source>Not an official name</source>
        <translation>No es un nombre oficial</translation>
    </message>
    <message>
        <source>Joined later: {names}</source>
        <translation>Se sumaron después: {names}</translation>
    </message>
</context>
<context>
    <name>TableRows</name>
    <message>
        <source>Sub-paragraph: lettered item</source>
        <translation>Apartado: con letra</translation>
    </message>
    <message>
        <source>Sub-paragraph: table row</source>
        <translation>Apartado: fila de cuadro</translation>
    </message>
    <message>
        <source>Sub-paragraph: table heading row</source>
        <translation>Apartado: fila de encabezado de cuadro</translation>
    </message>
    <message>
        <source>The table&apos;s row becomes a lettered sub-paragraph again</source>
        <translation>La fila de cuadro vuelve a ser un apartado con letra</translation>
    </message>
    <message>
        <source>A row of a table under its paragraph: no letter, Tab starts the next cell</source>
        <translation>Una fila de un cuadro bajo su párrafo: sin letra, Tab pasa a la celda siguiente</translation>
    </message>
    <message>
        <source>The table&apos;s column heads, repeated at the top of each page it runs onto</source>
        <translation>Los encabezados de las columnas del cuadro, repetidos al principio de cada página que ocupa</translation>
    </message>
    <message>
        <source>Choose a sub-paragraph of an operative paragraph to make it a table&apos;s row.</source>
        <translation>Elija un apartado de un párrafo dispositivo para convertirlo en una fila de cuadro.</translation>
    </message>
    <message>
        <source>Table heading row under paragraph {label}</source>
        <translation>Fila de encabezado de cuadro bajo el párrafo {label}</translation>
    </message>
    <message>
        <source>Table row under paragraph {label}</source>
        <translation>Fila de cuadro bajo el párrafo {label}</translation>
    </message>
    <message>
        <source> (Tab starts the next cell)</source>
        <translation> (Tab pasa a la celda siguiente)</translation>
    </message>
</context>
<context>
    <name>VersionCommands</name>
    <message>
        <source>Save version “{name}”</source>
        <translation>Guardar la versión «{name}»</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Set base text</source>
        <translation>Establecer el texto de base</translation>
    </message>
    <message>
        <source>Rename version to “{name}”</source>
        <translation>Cambiar el nombre de la versión a «{name}»</translation>
    </message>
    <message>
        <source>Delete version “{name}”</source>
        <translation>Eliminar la versión «{name}»</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>No base text: Set Base Text… takes the resolution or draft this one amends.</source>
        <translation>Sin texto de base: Establecer el texto de base… toma la resolución o el proyecto que este modifica.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>Base text: {what} ({preambular} preambular, {operative} operative paragraphs)</source>
        <translation>Texto de base: {what} ({preambular} párrafos del preámbulo, {operative} párrafos dispositivos)</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Versions of the draft</source>
        <translation>Versiones del proyecto</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Guardada el</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Patrocinadores</translation>
    </message>
    <message>
        <source>&amp;Save Version…</source>
        <translation>&amp;Guardar la versión…</translation>
    </message>
    <message>
        <source>&amp;Revise</source>
        <translation>&amp;Revisar</translation>
    </message>
    <message>
        <source>Set &amp;Base Text…</source>
        <translation>Establecer el texto de &amp;base…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar el &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Compare with Current…</source>
        <translation>&amp;Comparar con el texto actual…</translation>
    </message>
    <message>
        <source>&amp;Revise (Rev.{0})</source>
        <translation>&amp;Revisar (Rev.{0})</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Guardar la versión</translation>
    </message>
    <message>
        <source>Name of the version (zero draft, as tabled (L.12), Rev.1, as orally revised …):</source>
        <translation>Nombre de la versión (borrador cero, tal como se presentó (L.12), Rev.1, en su forma revisada oralmente…):</translation>
    </message>
    <message>
        <source>Version not saved</source>
        <translation>No se guardó la versión</translation>
    </message>
    <message>
        <source>Version saved: {0}</source>
        <translation>Versión guardada: {0}</translation>
    </message>
    <message>
        <source>no symbol yet</source>
        <translation>aún sin signatura</translation>
    </message>
    <message>
        <source>Now revision {number} ({symbol}); the issued text is the base</source>
        <translation>Ahora es la revisión {number} ({symbol}); el texto publicado es el texto de base</translation>
    </message>
    <message>
        <source>Rename version</source>
        <translation>Cambiar el nombre de la versión</translation>
    </message>
    <message>
        <source>New name of the version:</source>
        <translation>Nuevo nombre de la versión:</translation>
    </message>
    <message>
        <source>Version not renamed</source>
        <translation>No se cambió el nombre de la versión</translation>
    </message>
</context>
<context>
    <name>VersionsMenu</name>
    <message>
        <source>New from &amp;Earlier Resolution…</source>
        <translation>Nuevo a partir de una resolución an&amp;terior…</translation>
    </message>
    <message>
        <source>A draft based on an adopted resolution or an issued draft, kept as its base text</source>
        <translation>Un proyecto basado en una resolución aprobada o en un proyecto publicado, que se conserva como texto de base</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versiones…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <source>Any two of the base text, the versions and the current text, changes marked</source>
        <translation>Dos textos cualesquiera entre el texto de base, las versiones y el texto actual, con los cambios marcados</translation>
    </message>
    <message>
        <source>Set &amp;Base Text…</source>
        <translation>Establecer el texto de &amp;base…</translation>
    </message>
    <message>
        <source>Export with &amp;Tracked Changes…</source>
        <translation>Exportar con control de ca&amp;mbios…</translation>
    </message>
    <message>
        <source>DOCX or ODT with every change from the base or a version as a tracked change</source>
        <translation>DOCX u ODT con cada cambio respecto del texto de base o de una versión como cambio controlado</translation>
    </message>
    <message>
        <source>Export &amp;Printable Comparison (PDF)…</source>
        <translation>Exportar una comparación &amp;imprimible (PDF)…</translation>
    </message>
    <message>
        <source>The typeset pages with the changes marked, for the floor</source>
        <translation>Las páginas compuestas con los cambios marcados, para la sala</translation>
    </message>
</context>
<context>
    <name>Where</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Recommendation line</source>
        <translation>Línea de recomendación</translation>
    </message>
    <message>
        <source>Lead-in of the operative part</source>
        <translation>Frase introductoria de la parte dispositiva</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>Encabezamiento</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>Preámbulo</translation>
    </message>
    <message>
        <source>Operative part</source>
        <translation>Parte dispositiva</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Notas de pie de página</translation>
    </message>
    <message>
        <source>Footnote {number}</source>
        <translation>Nota {number}</translation>
    </message>
    <message>
        <source>A deleted paragraph</source>
        <translation>Un párrafo eliminado</translation>
    </message>
    <message>
        <source>Preambular paragraph {label}</source>
        <translation>Párrafo {label} del preámbulo</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>Subtítulo de sección</translation>
    </message>
    <message>
        <source>Sub-paragraph {label}</source>
        <translation>Apartado {label}</translation>
    </message>
    <message>
        <source>The operative paragraph</source>
        <translation>El párrafo dispositivo</translation>
    </message>
    <message>
        <source>Operative paragraph {label}</source>
        <translation>Párrafo {label} de la parte dispositiva</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>{name}, title</source>
        <translation>{name}, título</translation>
    </message>
    <message>
        <source>{name}, paragraph {k}</source>
        <translation>{name}, párrafo {k}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Start a new draft from a template</source>
        <translation>Comenzar un nuevo proyecto a partir de una plantilla</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a draft or import a document</source>
        <translation>Abrir un proyecto o importar un documento</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
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
        <source>&amp;Paragraph</source>
        <translation>&amp;Párrafo</translation>
    </message>
    <message>
        <source>Section &amp;heading</source>
        <translation>&amp;Subtítulo de sección</translation>
    </message>
    <message>
        <source>&amp;Annex</source>
        <translation>&amp;Anexo</translation>
    </message>
    <message>
        <source>A new annex after the current one</source>
        <translation>Un nuevo anexo después del actual</translation>
    </message>
    <message>
        <source>Annex paragraph: {0}</source>
        <translation>Párrafo de anexo: {0}</translation>
    </message>
    <message>
        <source>&amp;Footnote…</source>
        <translation>&amp;Nota de pie de página…</translation>
    </message>
    <message>
        <source>&amp;Go to footnote or reference</source>
        <translation>&amp;Ir a la nota o a la llamada de nota</translation>
    </message>
    <message>
        <source>From a footnote mark in the text to its footnote, and back</source>
        <translation>De la llamada de nota en el texto a la nota, y viceversa</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the typeset pages</source>
        <translation>Imprimir las páginas compuestas</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Export P&amp;DF (A4 or Letter)…</source>
        <translation>Exportar a P&amp;DF (A4 o Carta)…</translation>
    </message>
    <message>
        <source>The pages as a PDF</source>
        <translation>Las páginas en formato PDF</translation>
    </message>
    <message>
        <source>D&amp;uplicate paragraph</source>
        <translation>D&amp;uplicar el párrafo</translation>
    </message>
    <message>
        <source>&amp;Delete paragraph</source>
        <translation>&amp;Eliminar el párrafo</translation>
    </message>
    <message>
        <source>Move paragraph &amp;up</source>
        <translation>&amp;Subir el párrafo</translation>
    </message>
    <message>
        <source>Move paragraph do&amp;wn</source>
        <translation>Ba&amp;jar el párrafo</translation>
    </message>
    <message>
        <source>&amp;Indent (make sub-paragraph)</source>
        <translation>&amp;Aumentar sangría (subpárrafo)</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>&amp;Reducir sangría</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Cursiva</translation>
    </message>
    <message>
        <source>&amp;About Delegate Editor</source>
        <translation>&amp;Acerca de Delegate Editor</translation>
    </message>
</context>
</TS>
