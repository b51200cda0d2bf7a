"""DOCX import: our own exports come back whole; other files are read by structure and text.

The package is opened through :mod:`safe_zip` and every part through :mod:`safe_xml`; the
parts are read with lxml directly (not python-docx's loader) so that nothing is parsed outside
those limits. What a reader of the page sees is collected into a :class:`structure.Visible`:

- the masthead from the first page's header (a table in UN documents) and footer;
- body paragraphs with italics resolved through direct formatting, character and paragraph
  styles (whatever the styles are called), split runs joined, fields as their displayed result,
  automatic numbers (``w:numPr``) drawn as the labels Word shows (:mod:`docx_props`), a
  table's rows as :func:`office_text.row_para` (before the words, a masthead: its paragraphs);
- footnotes and endnotes, a custom mark (``w:customMarkFollows``: the agenda "*") kept;
- tracked changes accepted: insertions and moves kept, deletions and moved-away text dropped;
- comments (``word/comments.xml``) with the paragraph they are anchored in, to be reported.

When the file carries our embedded draft, :mod:`reimport` compares it with what is visible.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator

from lxml import etree

from delegate_editor.formats import embed
from delegate_editor.formats.docx_props import OFF, Numbering, Styles, num_pr, on, own, sub, w
from delegate_editor.formats.office_text import (
    Span,
    Visible,
    VisibleComment,
    VisibleNote,
    VisiblePara,
    row_para,
)
from delegate_editor.formats.registry import ImportResult
from delegate_editor.formats.safe_xml import local, parse
from delegate_editor.formats.safe_zip import SafeZip, open_package
from delegate_editor.model.document import NOTE_SYMBOLS

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TRACKED = {"ins", "del", "moveFrom", "moveTo", "pPrChange", "rPrChange", "sectPrChange", "tblPrChange"}
_NOT_BODY = {"footnote", "endnote", "hdr", "ftr", "comment"}
_SKIP = {"del", "moveFrom", "drawing", "pict", "object", "instrText", "delText", "delInstrText"}
_MARK_STYLES = {"footnote reference", "footnote characters"}  # Word's; LibreOffice's in a DOCX it saves
_CONTAINERS = {"hyperlink", "smartTag", "ins", "moveTo", "fldSimple", "customXml", "dir", "bdo", "sdtContent"}


# -- the package ----------------------------------------------------------------------------


class _Package:
    def __init__(self, raw: bytes, name: str) -> None:
        self.name = name
        self.zip: SafeZip = open_package(raw, name, "DOCX")
        if not self.zip.has("[Content_Types].xml"):
            if self.zip.has("content.xml"):
                raise self.zip.error("input.odt-as-docx")
            raise self.zip.error("input.docx-no-types")
        self.main = self._main_part()
        self.rels = self.relationships(self.main)

    def xml(self, part: str) -> etree._Element | None:
        data = self.zip.read(part)
        return None if data is None else parse(data, self.name, part)

    def _main_part(self) -> str:
        rels = self.xml("_rels/.rels")
        for rel in rels if rels is not None else ():
            if rel.get("Type", "").endswith("/officeDocument"):
                target = rel.get("Target", "").lstrip("/")
                if self.zip.has(target):
                    return target
        if self.zip.has("word/document.xml"):
            return "word/document.xml"
        if self.zip.has("content.xml"):
            raise self.zip.error("input.odt-as-docx")
        raise self.zip.error("input.docx-no-document")

    def relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """rId → (type's last word, part name) for ``part``'s internal relationships."""
        folder, base = posixpath.split(part)
        root = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        out: dict[str, tuple[str, str]] = {}
        for rel in root if root is not None else ():
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            out[rel.get("Id", "")] = (rel.get("Type", "").rsplit("/", 1)[-1], posixpath.normpath(path))
        return out

    def related(self, kind: str) -> str | None:
        return next((path for k, path in self.rels.values() if k == kind), None)


# -- paragraphs -----------------------------------------------------------------------------


class _Reader:
    def __init__(self, package: _Package) -> None:
        self.pkg = package
        self.styles = Styles(package.xml(package.related("styles") or "word/styles.xml"))
        self.numbering = Numbering.read(package.xml(package.related("numbering") or "word/numbering.xml"))
        self.visible = Visible()
        self.note_parts: dict[str, dict[str, etree._Element]] = {}
        self.note_index: dict[tuple[str, str], int] = {}
        self.fields: list[str] = []  # complex field states: "instr" or "result"
        self.pending_mark: int | None = None  # a note whose custom mark follows
        self.mark_started: int | None = None  # the note whose mark is being read
        self.comment_refs: list[tuple[str, VisiblePara]] = []  # (w:id, the paragraph cited in)

    def comments(self) -> None:
        """The comments cited in the body, in the order of their marks."""
        if not self.comment_refs:
            return
        root = self.pkg.xml(self.pkg.related("comments") or "word/comments.xml")
        found = {el.get(w("id"), ""): el for el in root.iter(w("comment"))} if root is not None else {}
        for comment_id, para in self.comment_refs:
            el = found.get(comment_id)
            if el is None:
                continue
            saved, self.fields = self.fields, []
            text = " ".join(p.text for p in self.block(el) if p.text.strip())
            self.fields = saved
            self.visible.comments.append(VisibleComment(text, el.get(w("author"), ""), para))

    # notes are read when first cited, so their order is the order of citation
    def notes(self, kind: str) -> dict[str, etree._Element]:
        if kind not in self.note_parts:
            root = self.pkg.xml(self.pkg.related(kind + "s") or f"word/{kind}s.xml")
            self.note_parts[kind] = {
                el.get(w("id"), ""): el
                for el in (root.iter(w(kind)) if root is not None else ())
                if el.get(w("type"), "normal") == "normal"
            }
        return self.note_parts[kind]

    def note(self, kind: str, note_id: str, custom: bool) -> int | None:
        key = (kind, note_id)
        if key in self.note_index:
            return self.note_index[key]
        el = self.notes(kind).get(note_id)
        if el is None:
            return None
        index = len(self.visible.notes)
        self.note_index[key] = index
        note = VisibleNote(mark="*" if custom else "")
        self.visible.notes.append(note)
        saved, self.fields, self.pending_mark = self.fields, [], None
        note.paras = [p for p in self.block(el) if p.text.strip()]
        self.fields = saved
        return index

    def block(self, container: etree._Element, rows: bool = False) -> list[VisiblePara]:
        """The paragraphs of a body, cell, header or note, tables read cell by cell (with ``rows``,
        the body's row by row once it has words: a foreign file's masthead table comes first); a
        paragraph whose mark was deleted (tracked) runs on into the next one."""
        out: list[VisiblePara] = []
        joined = False
        for para, mark_deleted in self._walk(container, out, rows):
            if joined and out and para.cells is None:
                out[-1].spans.extend(para.spans)
            else:
                out.append(para)
            joined = mark_deleted
        return out

    def _walk(self, el: etree._Element, out: list[VisiblePara], rows: bool) -> Iterator:
        """``el``'s paragraphs in reading order (a text box's, in a paragraph, are not), and
        with ``rows`` a table's rows as paragraphs once ``out`` (read so far) has words."""
        for child in el:
            name = local(child.tag)
            if name == "p":
                yield self.paragraph(child)
            elif name == "tbl" and rows and any(p.text.strip() for p in out):
                yield from ((row, False) for row in map(self.row, own(child, "tr")) if row is not None)
            else:
                yield from self._walk(child, out, rows)

    def row(self, tr: etree._Element) -> VisiblePara | None:
        """A table's row, its cells' paragraphs joined by a space; a cell spanning columns is
        followed by empty ones, one merged into the cell above is empty, a deleted row gone."""
        tracked = [sub(tr, "trPr", kind) is not None for kind in ("ins", "del")]
        self.visible.tracked_changes |= any(tracked)
        cells: list[list[Span]] = []
        paras: list[VisiblePara] = []
        cited = len(self.comment_refs)
        for tc in [] if tracked[1] else own(tr, "tc"):
            merge, span = sub(tc, "tcPr", "vMerge"), sub(tc, "tcPr", "gridSpan")
            cell: list[Span] = []
            for para in self.block(tc) if merge is None or merge.get(w("val")) == "restart" else ():
                cell += [Span(" ")] if cell and para.spans else []
                cell += [Span(para.label + " ")] + para.spans if para.label else para.spans
                paras.append(para)
            columns = min(max(_int(span.get(w("val"), "") if span is not None else "1"), 1), 64)
            cells += [cell] + [[] for _ in range(columns - 1)]
        style = next((p.style for p in paras if p.text.strip()), "")
        row = row_para(cells, header=bool(on(sub(tr, "trPr", "tblHeader"))), style=style)
        self.comment_refs[cited:] = [(ref, row) for ref, _ in self.comment_refs[cited:]]  # on the row
        return row if cells else None

    def paragraph(self, p: etree._Element) -> tuple[VisiblePara, bool]:
        ppr = p.find(w("pPr"))
        style_el = ppr.find(w("pStyle")) if ppr is not None else None
        style_id = style_el.get(w("val"), "") if style_el is not None else ""
        para = VisiblePara(style=self.styles.name(style_id))
        num = num_pr(ppr, self.styles.resolve(style_id, "num"))  # type: ignore[arg-type]
        if num and self._in_body(p):
            para.label = self.numbering.label(*num)  # type: ignore[misc]
        mark_deleted = any(sub(p, "pPr", "rPr", kind) is not None for kind in ("del", "moveFrom"))
        if mark_deleted or sub(p, "pPr", "pPrChange") is not None:
            self.visible.tracked_changes = True
        para_italic = self.styles.resolve(style_id, "italic")
        para_italic = self.styles.default_italic if para_italic is None else bool(para_italic)
        bold = [self.styles.resolve(style_id, "bold")]
        self.inline(p, para, para_italic, style_id, bold)
        para.bold = bool(para.text.strip()) and all(bold[1:]) and len(bold) > 1
        return para, mark_deleted

    def _in_body(self, p: etree._Element) -> bool:
        return not any(local(a.tag) in _NOT_BODY for a in p.iterancestors())

    def inline(self, el: etree._Element, para: VisiblePara, italic: bool, pstyle: str, bold: list) -> None:
        for child in el:
            name = local(child.tag)
            if name in _TRACKED:
                self.visible.tracked_changes = True
            if name == "r":
                self.run(child, para, italic, pstyle, bold)
            elif name in _CONTAINERS or name == "sdt":  # a content control: its sdtContent
                self.inline(child, para, italic, pstyle, bold)

    def run(self, r: etree._Element, para: VisiblePara, para_italic: bool, pstyle: str, bold: list) -> None:
        rpr = r.find(w("rPr"))
        rs = sub(rpr, "rStyle")
        rstyle = rs.get(w("val"), "") if rs is not None else ""
        direct_i, direct_b, vanish = (on(sub(rpr, name)) for name in ("i", "b", "vanish"))
        if sub(rpr, "rPrChange") is not None:
            self.visible.tracked_changes = True
        if vanish or (vanish is None and self.styles.resolve(rstyle, "vanish")):
            return  # hidden text is not what the reader sees
        italic = direct_i
        if italic is None:
            style_i = self.styles.resolve(rstyle, "italic")
            italic = para_italic if style_i is None else bool(style_i)
        b = direct_b if direct_b is not None else self.styles.resolve(rstyle, "bold")
        b = b if b is not None else self.styles.resolve(pstyle, "bold")
        for child in r:
            name = local(child.tag)
            if name == "fldChar":
                kind = child.get(w("fldCharType"), "")
                if kind == "begin":
                    self.fields.append("instr")
                elif kind == "separate" and self.fields:
                    self.fields[-1] = "result"
                elif kind == "end" and self.fields:
                    self.fields.pop()
                continue
            if name in _SKIP or "instr" in self.fields:
                continue
            if name == "commentReference":
                self.comment_refs.append((child.get(w("id"), ""), para))
                continue
            if name in ("footnoteReference", "endnoteReference"):
                custom = on(child.find(w("customMarkFollows"))) or (
                    child.get(w("customMarkFollows"), "0").lower() not in OFF
                )
                index = self.note(name.removesuffix("Reference"), child.get(w("id"), ""), bool(custom))
                if index is not None:
                    para.spans.append(Span("", note=index))
                    self.pending_mark = index if custom else None
                continue
            text = _char(child)
            if not text:
                continue
            repeat = self._repeated_mark(rstyle, text)
            if repeat is not None:
                para.spans.append(Span("", note=repeat))
                continue
            if self.pending_mark is not None:
                text = self._custom_mark(text)
                if not text:
                    continue
            para.spans.append(Span(text, italic))
            bold.append(bool(b) or not text.strip())
        self.pending_mark = None  # a custom mark stays in the run of its reference

    def _repeated_mark(self, rstyle: str, text: str) -> int | None:
        """A note cited again: Word cannot point twice at one footnote, so the second mark
        is its number typed (or a NOTEREF field's result) in the footnote reference style."""
        if self.styles.name(rstyle).lower() not in _MARK_STYLES or not text.strip().isdigit():
            return None
        numbered = [i for i, n in enumerate(self.visible.notes) if not n.mark]
        number = int(text.strip())
        return numbered[number - 1] if 0 < number <= len(numbered) else None

    def _custom_mark(self, text: str) -> str:
        """The characters after a ``customMarkFollows`` reference, up to the first other
        character of the run, are its mark ("*", "**"), whether in one ``w:t`` or several."""
        index = self.pending_mark
        assert index is not None
        mark = text[: len(text) - len(text.lstrip(NOTE_SYMBOLS))]
        note = self.visible.notes[index]
        if mark:
            note.mark = mark if self.mark_started != index else note.mark + mark
            self.mark_started = index
        rest = text[len(mark) :]
        if rest:
            self.pending_mark = None
        return rest


# a no-break hyphen as the character Word draws for it: UN texts keep their non-breaking
# hyphens ("non\u2011proliferation"), and LibreOffice writes U+2011 as this element
_CHARS = {"tab": "\t", "ptab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "\u2011"}


def _char(el: etree._Element) -> str:
    name = local(el.tag)
    if name == "t":
        return el.text or ""
    if name == "sym":
        code = _int(el.get(w("char"), ""), 16)
        return chr(code) if code and not 0xF000 <= code <= 0xF0FF else ""
    return _CHARS.get(name, "")


def _int(value: str, base: int = 10) -> int:
    try:
        return int(value, base)
    except ValueError:
        return 0


# -- headers and the masthead ---------------------------------------------------------------


def _first_page_parts(pkg: _Package, body: etree._Element) -> list[str]:
    """The header and footer of page 1: those of the first section (a paragraph's
    ``w:sectPr`` when a program split the document, the body's otherwise), the "first" ones
    when that section has a distinct first page, else the default ones."""
    sect = next((el for el in body.iter(w("sectPr")) if local(el.getparent().tag) != "sectPrChange"), None)
    if sect is None:
        return []
    first = on(sect.find(w("titlePg")))
    parts: list[str] = []
    for ref_tag in ("headerReference", "footerReference"):
        refs = {ref.get(w("type"), "default"): ref.get(f"{{{R}}}id", "") for ref in sect.iter(w(ref_tag))}
        rid = refs.get("first") if first and "first" in refs else refs.get("default")
        if rid and rid in pkg.rels:
            parts.append(pkg.rels[rid][1])
    return parts


def _embedded(pkg: _Package) -> bytes | None:
    """The JSON of our embedded draft, wherever a re-saving program put the custom part."""
    candidates = [embed.DOCX_PART.lstrip("/")]
    candidates += [n for n in pkg.zip.names() if n.lower().startswith("customxml/") and n.endswith(".xml")]
    for part in dict.fromkeys(candidates):
        if "/_rels/" in part or posixpath.basename(part).lower().startswith("itemprops"):
            continue
        root = pkg.xml(part)
        if root is not None and root.tag == f"{{{embed.NAMESPACE}}}draft":
            return (root.text or "").encode("utf-8")
    return None


def read_visible(pkg: _Package) -> Visible:
    root = pkg.xml(pkg.main)
    body = root.find(w("body")) if root is not None else None
    if body is None:
        raise pkg.zip.error("input.docx-no-body")
    reader = _Reader(pkg)
    reader.visible.body = [p for p in reader.block(body, rows=True) if p.text.strip() or p.label]
    reader.comments()
    for part in _first_page_parts(pkg, body):
        part_root = pkg.xml(part)
        if part_root is not None:
            reader.visible.masthead += [p for p in reader.block(part_root) if p.text.strip()]
    return reader.visible


def read_docx(raw: bytes, name: str) -> ImportResult:
    """The registry's reader for ``.docx``: raises InputError on bad or hostile input."""
    from delegate_editor.formats.reimport import build

    pkg = _Package(raw, name)
    visible = read_visible(pkg)
    return build(visible, _embedded(pkg), name)
