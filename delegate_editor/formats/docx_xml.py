"""Raw WordprocessingML that python-docx has no API for, in one small module.

python-docx 1.2 has no footnotes, no fields and no custom XML parts, and its default template
carries a Word 2010 ``stylesWithEffects`` part that validators flag. Everything here builds
XML text or wires parts into the package; :mod:`docx_writer` decides what goes where.

Why strings rather than element-by-element lxml calls: a 500-paragraph draft has some
thousands of runs, and building their XML as text and parsing it once is several times faster
than python-docx's per-run API (the export must stay well under 1.5 s as a whole process).
"""

from __future__ import annotations

import re
import uuid
from xml.sax.saxutils import escape as _escape

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECLS = nsdecls("w", "r")
FOOTNOTES_PART = "/word/footnotes.xml"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
CUSTOM_XML_CT = "application/xml"
CUSTOM_XML_PROPS_CT = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
CUSTOM_XML_DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
SEPARATOR_ID = -1
CONTINUATION_ID = 0
FIRST_NOTE_ID = 1

# Characters XML 1.0 cannot hold (a vertical tab pasted from Word, a stray NUL): dropped,
# because lxml refuses the whole document otherwise.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SPLIT = re.compile(r"(\t|\n)")


def escape(text: str) -> str:
    """Text for element content or a double-quoted attribute value."""
    return _escape(_INVALID_XML.sub("", text), {'"': "&quot;"})


def text_xml(text: str) -> str:
    """``w:t``/``w:tab``/``w:br`` content for ``text`` (tabs and line breaks kept)."""
    out = []
    for part in _SPLIT.split(_INVALID_XML.sub("", text)):
        if part == "\t":
            out.append("<w:tab/>")
        elif part == "\n":
            out.append("<w:br/>")
        elif part:
            out.append(f'<w:t xml:space="preserve">{_escape(part)}</w:t>')
    return "".join(out)


def run(text: str, char_style: str = "", rpr: str = "") -> str:
    """One run; ``char_style`` is a character style id, ``rpr`` extra run properties."""
    props = (f'<w:rStyle w:val="{char_style}"/>' if char_style else "") + rpr
    head = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f"<w:r>{head}{text_xml(text)}</w:r>" if text else ""


def paragraph(style_id: str, content: str, ppr: str = "") -> str:
    """A paragraph in a named style; ``ppr`` holds the rare instance overrides."""
    return f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/>{ppr}</w:pPr>{content}</w:p>'


# ---------------------------------------------------------------------------------------
# Footnotes
# ---------------------------------------------------------------------------------------


def footnote_reference(note_id: int, style_id: str, custom_mark: str = "") -> str:
    """The mark in the text. A custom mark ("*") sits in the SAME run as the reference:
    LibreOffice 7.4 shows "1*" when it is in a run of its own, and takes only a one-letter
    text element as the mark, so "**" is written one ``w:t`` per character."""
    rpr = f'<w:rPr><w:rStyle w:val="{style_id}"/></w:rPr>'
    if custom_mark:
        mark = "".join(text_xml(c) for c in custom_mark)
        return f'<w:r>{rpr}<w:footnoteReference w:customMarkFollows="1" w:id="{note_id}"/>{mark}</w:r>'
    return f'<w:r>{rpr}<w:footnoteReference w:id="{note_id}"/></w:r>'


# a note's first reference is bookmarked when the text cites the note again: the later
# reference is a NOTEREF field to that bookmark, which Word keeps in step with the note's
# number (one footnote cannot be referenced twice). Bookmark ids share the document's
# annotation ids with changes and comments: these start far above theirs.
_NOTE_BOOKMARK_BASE = 90000


def note_bookmark(note_id: int, xml: str) -> str:
    name = f"_NoteRef{note_id}"
    mark = _NOTE_BOOKMARK_BASE + note_id
    return f'<w:bookmarkStart w:id="{mark}" w:name="{name}"/>{xml}<w:bookmarkEnd w:id="{mark}"/>'


def note_ref_field(note_id: int, shown: str, style_id: str) -> str:
    """A later reference to footnote ``note_id``: its number, as Word's cross-reference to a
    footnote (``\\f``: in the footnote reference's style) with ``shown`` as the cached result."""
    return field(f"NOTEREF _NoteRef{note_id} \\f \\h", shown, style_id)


def footnote_ref_mark(style_id: str) -> str:
    """The note's own number at the start of its text (Word fills it in)."""
    return f'<w:r><w:rPr><w:rStyle w:val="{style_id}"/></w:rPr><w:footnoteRef/></w:r>'


def footnote(note_id: int, paragraphs: str) -> str:
    return f'<w:footnote w:id="{note_id}">{paragraphs}</w:footnote>'


def footnotes_xml(notes: list[str], separator: str, continuation: str) -> bytes:
    """The footnotes part: the separator and continuation separator notes, then ``notes``
    (each from :func:`footnote`). ``separator``/``continuation`` are paragraph XML."""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {NSDECLS}>'
        f'<w:footnote w:type="separator" w:id="{SEPARATOR_ID}">{separator}</w:footnote>'
        f'<w:footnote w:type="continuationSeparator" w:id="{CONTINUATION_ID}">{continuation}</w:footnote>'
        f"{''.join(notes)}</w:footnotes>"
    ).encode()


def add_footnotes(document_part, xml: bytes) -> None:
    """Add the footnotes part, relate it from the main part and declare the separator notes
    in the settings (``w:footnotePr`` must come right before ``w:compat``)."""
    part = XmlPart(PackURI(FOOTNOTES_PART), FOOTNOTES_CT, parse_xml(xml), document_part.package)
    document_part.relate_to(part, RT.FOOTNOTES)
    settings = document_part._settings_part.element
    for old in settings.findall(qn("w:footnotePr")):
        settings.remove(old)
    pr = parse_xml(
        f'<w:footnotePr {NSDECLS}><w:footnote w:id="{SEPARATOR_ID}"/>'
        f'<w:footnote w:id="{CONTINUATION_ID}"/></w:footnotePr>'
    )
    compat = settings.find(qn("w:compat"))
    if compat is not None:
        compat.addprevious(pr)
    else:  # schema order: footnotePr follows these and precedes everything else we could meet
        _insert_before(settings, pr, ("w:endnotePr", "w:compat", "w:docVars", "w:rsids"))


def _insert_before(parent, element, successors: tuple[str, ...]) -> None:
    for name in successors:
        found = parent.find(qn(name))
        if found is not None:
            found.addprevious(element)
            return
    parent.append(element)


# ---------------------------------------------------------------------------------------
# Fields, borders, tables
# ---------------------------------------------------------------------------------------


def field(instr: str, cached: str, char_style: str = "") -> str:
    """A simple field (PAGE, NUMPAGES) with its cached result in a run of its own."""
    return f'<w:fldSimple w:instr=" {instr} ">{run(cached, char_style)}</w:fldSimple>'


def border(side: str, width_pt: float, space_pt: float = 0.0) -> str:
    """One single-line border; widths are eighths of a point in WordprocessingML."""
    size = max(2, round(width_pt * 8))
    return f'<w:{side} w:val="single" w:sz="{size}" w:space="{round(space_pt)}" w:color="auto"/>'


def table(columns: tuple[int, ...], rows: list[str]) -> str:
    """A fixed-layout table with zero cell margins and no borders of its own."""
    grid = "".join(f'<w:gridCol w:w="{c}"/>' for c in columns)
    mar = "".join(f'<w:{s} w:w="0" w:type="dxa"/>' for s in ("top", "left", "bottom", "right"))
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="{sum(columns)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        f'<w:tblCellMar>{mar}</w:tblCellMar><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" '
        f'w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )


def table_row(height: int, cells: list[str]) -> str:
    return f'<w:tr><w:trPr><w:trHeight w:val="{height}" w:hRule="exact"/></w:trPr>{"".join(cells)}</w:tr>'


def text_table(indent: int, columns: list[int], pad: int, rows: list[str]) -> str:
    """A table of text (an annex's staffing table): its left edge ``indent`` twips in from
    the margin (where Word 2013's layout puts it), fixed ``columns``, ``pad`` twips of margin
    left and right in each cell, and no borders of its own: its rules are its cells'."""
    grid = "".join(f'<w:gridCol w:w="{c}"/>' for c in columns)
    sides = ("top", "left", "bottom", "right", "insideH", "insideV")
    borders = "".join(f'<w:{s} w:val="nil"/>' for s in sides)
    mar = "".join(
        f'<w:{s} w:w="{pad if s in ("left", "right") else 0}" w:type="dxa"/>'
        for s in ("top", "left", "bottom", "right")
    )
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="{sum(columns)}" w:type="dxa"/><w:tblInd w:w="{indent}" w:type="dxa"/>'
        f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
        f'<w:tblCellMar>{mar}</w:tblCellMar><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" '
        f'w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )


def text_row(cells: list[str], header: bool = False, change: str = "") -> str:
    """A row of a :func:`text_table`, never split across pages; a header row is repeated at
    the top of each page the table runs onto. ``change`` marks the row inserted or deleted
    as a tracked change (:func:`row_change`)."""
    header_mark = "<w:tblHeader/>" if header else ""
    return f"<w:tr><w:trPr><w:cantSplit/>{header_mark}{change}</w:trPr>{''.join(cells)}</w:tr>"


def table_cell(width: int, content: str, span: int = 1, borders: str = "", valign: str = "top") -> str:
    """A cell; ``content`` must hold at least one paragraph (an empty one is added)."""
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    if borders:
        tcpr += f"<w:tcBorders>{borders}</w:tcBorders>"
    tcpr += f'<w:vAlign w:val="{valign}"/>'
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{content or '<w:p/>'}</w:tc>"


# ---------------------------------------------------------------------------------------
# Putting fragments into parts
# ---------------------------------------------------------------------------------------


def fragment(xml: str):
    """Parse body-level XML (paragraphs, tables) into a list of elements."""
    return list(parse_xml(f"<w:body {NSDECLS}>{xml}</w:body>"))


def replace_content(container, xml: str, keep: tuple[str, ...] = ()) -> None:
    """Replace a body, header or footer's content by ``xml``; children named in ``keep``
    (the body's ``w:sectPr``) stay, after the new content."""
    kept = {qn(k) for k in keep}
    anchor = None
    for child in list(container):
        if child.tag in kept:
            anchor = anchor if anchor is not None else child
        else:
            container.remove(child)
    for element in fragment(xml):
        if anchor is not None:
            anchor.addprevious(element)
        else:
            container.append(element)


# ---------------------------------------------------------------------------------------
# Package clean-up and the embedded draft
# ---------------------------------------------------------------------------------------


def drop_template_leftovers(document) -> None:
    """Drop python-docx's template leftovers: the Word 2010 ``stylesWithEffects`` part
    (validators flag it because it disagrees with our styles) and the thumbnail of an empty
    page that file managers would show for the export."""
    part = document.part
    for rid, rel in list(part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            part.drop_rel(rid)
    package_rels = part.package.rels
    for rid, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package_rels[rid]


# Word 2013's layout, which the UN's own Word files declare. In it a justified line narrows its
# spaces (to about four fifths) to hold one more word; Word 2010's layout (python-docx's
# template says 14) never does, so the same text takes more lines and the lines break
# elsewhere than in the UN's document. LibreOffice 24.2 and later follow the same switch
# (its DOCX import sets ``JustifyLinesWithShrinking`` from mode 15); 7.4 ignores it.
WORD_2013_LAYOUT = 15
_WORD_URI = "http://schemas.microsoft.com/office/word"


def set_compatibility_mode(settings, mode: int = WORD_2013_LAYOUT) -> None:
    """Declare the Word layout version ``mode`` in the settings element (one
    ``w:compatSetting`` named compatibilityMode, made if the template has none). Also why
    Word no longer opens the export in "Compatibility Mode"."""
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = parse_xml(f"<w:compat {NSDECLS}/>")
        _insert_before(settings, compat, ("w:docVars", "w:rsids", "w:themeFontLang", "w:clrSchemeMapping"))
    for item in compat.findall(qn("w:compatSetting")):
        if item.get(qn("w:name")) == "compatibilityMode":
            item.set(qn("w:val"), str(mode))
            return
    compat.append(
        parse_xml(
            f'<w:compatSetting {NSDECLS} w:name="compatibilityMode" w:uri="{_WORD_URI}" w:val="{mode}"/>'
        )
    )


def add_custom_xml(document_part, partname: str, blob: bytes, schema: str) -> Part:
    """A custom XML part related from the main document part (``customXml`` relationship),
    found again by its part name, with the properties part Word expects beside it (its
    item id is derived from the schema, so the same draft exports to the same bytes)."""
    package = document_part.package
    part = Part(PackURI(partname), CUSTOM_XML_CT, blob, package)
    document_part.relate_to(part, RT.CUSTOM_XML)
    item_id = "{" + str(uuid.uuid5(uuid.NAMESPACE_URL, schema)).upper() + "}"
    props = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        f'<ds:datastoreItem ds:itemID="{item_id}" xmlns:ds="{CUSTOM_XML_DS}">'
        f'<ds:schemaRefs><ds:schemaRef ds:uri="{escape(schema)}"/></ds:schemaRefs></ds:datastoreItem>'
    ).encode()
    folder, _, name = partname.rpartition("/")
    props_part = Part(PackURI(f"{folder}/itemProps-{name}"), CUSTOM_XML_PROPS_CT, props, package)
    part.relate_to(props_part, RT.CUSTOM_XML_PROPS)
    return part


# ---------------------------------------------------------------------------------------
# Tracked changes (formats/docx_changes.py)
# ---------------------------------------------------------------------------------------


def change_attrs(change_id: int, author: str, date: str) -> str:
    """The attributes every revision element carries: its id, author and ISO date."""
    return f'w:id="{change_id}" w:author="{escape(author)}" w:date="{date}"'


def deleted_run(text: str, char_style: str = "", rpr: str = "") -> str:
    """A run of deleted text: Word keeps it in ``w:delText``, not ``w:t``."""
    return run(text, char_style, rpr).replace("<w:t ", "<w:delText ").replace("</w:t>", "</w:delText>")


def inserted(content: str, attrs: str) -> str:
    """Runs inserted as a tracked change (``attrs`` from :func:`change_attrs`)."""
    return f"<w:ins {attrs}>{content}</w:ins>" if content else ""


def deleted(content: str, attrs: str) -> str:
    """Runs deleted as a tracked change; their text must be :func:`deleted_run`'s."""
    return f"<w:del {attrs}>{content}</w:del>" if content else ""


def paragraph_mark(kind: str, attrs: str) -> str:
    """Paragraph properties' run properties marking the paragraph mark itself inserted
    (``kind`` "ins") or deleted ("del"): with its runs, the whole paragraph comes or goes."""
    return f"<w:rPr><w:{kind} {attrs}/></w:rPr>"


def format_change(old_rpr: str, attrs: str) -> str:
    """The last child of a run's properties when its formatting changed (italics): what the
    run's properties were before, so rejecting the change restores them."""
    return f"<w:rPrChange {attrs}><w:rPr>{old_rpr}</w:rPr></w:rPrChange>"


def moved(kind: str, content: str, attrs: str, range_id: int, name: str) -> str:
    """Runs moved away ("moveFrom", their text in ``w:delText``) or moved here ("moveTo"),
    inside the named range that pairs the two places, so Word shows a move, not a deletion
    and an insertion."""
    if not content:
        return ""
    return (
        f'<w:{kind}RangeStart w:id="{range_id}" w:name="{escape(name)}" {attrs.split(" ", 1)[1]}/>'
        f"<w:{kind} {attrs}>{content}</w:{kind}>"
        f'<w:{kind}RangeEnd w:id="{range_id}"/>'
    )


def row_change(kind: str, attrs: str) -> str:
    """A table row's properties' last child when the whole row was inserted ("ins") or
    deleted ("del"): a row cannot come or go by its paragraphs' marks."""
    return f"<w:{kind} {attrs}/>"


def style_change(old_style_id: str, attrs: str) -> str:
    """The last child of a paragraph's properties when its style changed (a sub-paragraph
    taken a level up or down): the style it had, so rejecting the change restores it."""
    return f'<w:pPrChange {attrs}><w:pPr><w:pStyle w:val="{old_style_id}"/></w:pPr></w:pPrChange>'
