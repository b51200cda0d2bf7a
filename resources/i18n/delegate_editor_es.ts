<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Delegate Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Delegate Editor {0}&lt;/h2&gt;&lt;p&gt;Draft United Nations resolutions as structure and export them in the official UN layout.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later ({APP_LICENCE}). No warranty.&lt;/p&gt;&lt;p&gt;Python {1} · Qt {2} · PySide6 {pyside_version}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy version information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnexPage</name>
    <message>
        <source>Body text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annexes: annexes and their paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex paragraph style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered paragraphs are numbered 1., 2., ... in each annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add annex paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the annex or paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft has no annex: use Insert ▸ Annex (Ctrl+Alt+A) to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex paragraph text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong ({__name__}: {exc}). Your work is autosaved; details are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeFiles</name>
    <message>
        <source>Resolutions and drafts (*.txt *.docx *.odt *.dres);;Text copied from a UN PDF (*.txt);;Word or OpenDocument (*.docx *.odt);;Drafts (*.dres);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document with tracked changes (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text with tracked changes (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printable comparison (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft has no base text and no version yet: use Review ▸ Set Base Text… or Review ▸ Versions… ▸ Save Version… first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft from an earlier resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft based on {name}; save it to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the base text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base text: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the changes made since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {name} ({n} paragraphs changed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Drafting findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks could not run: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · one-click fix: {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comments on paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments. Insert ▸ Comment (Ctrl+Alt+M) comments on the paragraph you edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resol&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a paragraph of the preamble, the operative part or an annex to comment on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment on the paragraph you edit, with your delegation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Co&amp;mments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes (Enter: go to the paragraph):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export with &amp;Tracked Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printable Co&amp;mparison (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crossref</name>
    <message>
        <source>Put the cursor in a paragraph&apos;s text to add a cross-reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other operative paragraph to refer to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert cross-reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to operative paragraph:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Preview of the printed pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtraActions</name>
    <message>
        <source>Zoom {0}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (updating…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages are being typeset again after your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the whole draft; each match is shown in its paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cross-reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of another operative paragraph, kept right when paragraphs move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;Phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>Drafts and documents (*.dres *.docx *.odt *.txt);;Drafts (*.dres);;Documents to import (*.docx *.odt *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to {file_name} before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the template for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already open in another Delegate Editor window: {0}.

If you both save, one of you will overwrite the other&apos;s changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts (*.dres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was changed by another program since you opened or last saved it.

Overwrite it with your version (the other changes are lost), save your version under another name, or cancel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}

Your changes are still open here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed ({exc}): save the draft to keep your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate Editor did not close normally. Unsaved work was found:

{0}

Restore it? (Later keeps it for the next start.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches the whole draft: title, paragraphs, annexes and footnotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the match is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{needle}” is nowhere in the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced 1 occurrence of “{needle}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced {total} occurrences of “{needle}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FootnotesPanel</name>
    <message>
        <source>preambular paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operative paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footnotes, in order of appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footnote text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footnote text. Ctrl+I for italics, or choose a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft has no footnotes. Put the cursor in a paragraph&apos;s text and press Ctrl+Alt+F (Insert ▸ Footnote).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete footnote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cited anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footnote {mark}, cited in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This footnote is not cited anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrontForm</name>
    <message>
        <source>Draft (sponsored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by the Chair or President</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrontMatterForm</name>
    <message>
        <source>Front matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organ (masthead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda line as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy ({GUIDE}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preamble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operative part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footnotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportPanel</name>
    <message>
        <source>No import yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: 1 guess by the importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {guesses} guesses by the importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {0} other note(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Double-click an item to go to its paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Draft statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline of the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the preamble, the operative part or the annexes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an annex paragraph to change its style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file_name}[*] — Delegate Editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteOps</name>
    <message>
        <source>Put the cursor in a paragraph, the title or the recommendation to add a footnote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert footnote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footnote text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor on a footnote mark first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageWidget</name>
    <message>
        <source>Page {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Front matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operative part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagesView</name>
    <message>
        <source>Typesetting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typeset pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages could not be typeset: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhraseOps</name>
    <message>
        <source>Use “{form}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep “{phrase}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{phrase}” already opens {times} above. UN style writes “{form}” here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening: {form}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my own phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {kind} (kept in your user folder):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhrasePalette</name>
    <message>
        <source>Search phrases (e.g. note, request, concern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search opening phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening phrases by meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add my own phrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my own phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phrase list has a problem: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {count} {where}. Return uses the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {where}. Double-click or press Return to use one; the second and third columns are the forms for a repeated opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{phrase}” is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Costa Rica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty station of new drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of new drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery copy after (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author of tracked changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your delegation is added as a sponsor of new drafts and by “Add my delegation”; tracked changes are by your delegation unless another author is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preferences could not be saved; they hold until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintOps</name>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed 1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {count} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {name} ({paper})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Richtext</name>
    <message>
        <source>Footnote reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-reference: shows the paragraph&apos;s current number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SponsorsPanel</name>
    <message>
        <source> (observer State)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (organization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a Member State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name: Russia, UK, USA, Türkiye …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member States, observer States and the European Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add as sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as joined &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;my delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsors, in UN alphabetical order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsors who joined later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined later →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behalf of (group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by (officer drafts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsors line as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsors (kept in UN alphabetical order):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined after the first issue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;behalf of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmitted by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a list of sponsors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a list from an email, e.g. “Brazil, China, India, Russian Federation and South Africa”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names recognised in the pasted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the &amp;recognised names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{typed}” is not a Member State name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Did you mean {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an official name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revise (Rev.{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the version (zero draft, as tabled (L.12), Rev.1, as orally revised …):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now revision {number} ({symbol}); the issued text is the base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of the version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version not renamed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsMenu</name>
    <message>
        <source>New from &amp;Earlier Resolution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft based on an adopted resolution or an issued draft, kept as its base text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any two of the base text, the versions and the current text, changes marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Base Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export with &amp;Tracked Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCX or ODT with every change from the base or a version as a tracked change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Printable Comparison (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The typeset pages with the changes marked, for the floor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new draft from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a draft or import a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section &amp;heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new annex after the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex paragraph: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Footnote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to footnote or reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a footnote mark in the text to its footnote, and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the typeset pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF (A4 or Letter)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move paragraph &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move paragraph do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indent (make sub-paragraph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Delegate Editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
