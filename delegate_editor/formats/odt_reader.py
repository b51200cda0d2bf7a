"""ODT import: our own exports come back whole; other files are read by structure and text.

Like the DOCX reader, this reads the package through :mod:`safe_zip` and :mod:`safe_xml`
with lxml (not odfpy's loader) and collects what a reader of the page sees:

- the masthead from the header (and footer) of the first page's master page, whether it is
  a ``style:header-first`` or a first-page master page named by the first paragraph's style;
- body paragraphs with italics resolved through spans and paragraph styles (by their
  properties, not their names), ``text:s``/``text:tab``/``text:line-break`` as the spaces
  they draw, fields as their displayed text, ``text:list`` numbers drawn as their labels
  (:mod:`odt_props`);
- a table of the body after its first words as its rows (:func:`office_text.row_para`),
  those in ``table:table-header-rows`` header rows; a table before them (a masthead laid
  out in one) as its paragraphs;
- footnotes (``text:note``) with a custom ``text:label`` kept (the agenda "*");
- tracked changes accepted: ODF keeps deleted text only in ``text:tracked-changes``, which
  is dropped, and inserted text in the body, which is kept;
- comments (``office:annotation``) with the paragraph they stand in, to be reported.
"""

from __future__ import annotations

from lxml import etree

from delegate_editor.formats import embed
from delegate_editor.formats.odt_props import Lists, Styles, int_or, read_lists, read_styles, s, t
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

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
DC = "http://purl.org/dc/elements/1.1/"
MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
TEXT_MIME = ("application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template")
_SKIP = {"tracked-changes", "annotation", "note-citation", "sequence-decls", "forms", "ruby-text"}
_SKIP_NS = {
    "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "http://www.w3.org/1998/Math/MathML",
}


# -- the package ----------------------------------------------------------------------------


class _Package:
    def __init__(self, raw: bytes, name: str) -> None:
        self.name = name
        self.zip: SafeZip = open_package(raw, name, "ODT")
        mimetype = (self.zip.read("mimetype") or b"").decode("ascii", "replace").strip()
        if not self.zip.has("content.xml"):
            if self.zip.has("word/document.xml"):
                raise self.zip.error("input.docx-as-odt")
            raise self.zip.error("input.odt-no-content")
        if mimetype and mimetype not in TEXT_MIME:
            if not mimetype.startswith("application/vnd.oasis.opendocument."):
                raise self.zip.error("input.odt-mimetype")
            kind = mimetype.rsplit(".", 1)[-1]
            raise self.zip.error("input.odt-kind", kind=kind)
        manifest = self.xml("META-INF/manifest.xml")
        if manifest is not None and manifest.find(f".//{{{MANIFEST}}}encryption-data") is not None:
            raise self.zip.error("input.password")

    def xml(self, part: str) -> etree._Element | None:
        data = self.zip.read(part)
        return None if data is None else parse(data, self.name, part)


# -- paragraphs -----------------------------------------------------------------------------


class _Reader:
    def __init__(self, visible: Visible, styles: Styles, lists: Lists) -> None:
        self.visible = visible
        self.styles = styles
        self.lists = lists
        self.note_ids: dict[str, int] = {}  # text:id → index in visible.notes
        self.rows_into: list[VisiblePara] | None = None  # the body's paragraphs: tables as rows

    def block(self, container: etree._Element, out: list[VisiblePara], list_ctx=None) -> None:
        """Paragraphs in document order: lists and sections read through, and tables too,
        except those of the body after its first words, which are read row by row (a foreign
        file's masthead laid out in a table comes first)."""
        for el in container:
            name = local(el.tag)
            if name in _SKIP or el.tag.startswith(tuple(f"{{{ns}}}" for ns in _SKIP_NS)):
                if name == "tracked-changes" and len(el):
                    self.visible.tracked_changes = True
                continue
            if name in ("p", "h"):
                out.append(self.paragraph(el))
            elif name == "list":
                self.list(el, out, list_ctx)
            elif name == "table" and out is self.rows_into and any(p.text.strip() for p in out):
                self.table(el, out)
            elif name in ("change", "change-start", "change-end"):
                self.visible.tracked_changes = True
            elif isinstance(el.tag, str):
                self.block(el, out, list_ctx)

    def list(self, el: etree._Element, out: list[VisiblePara], ctx: tuple[str, int] | None) -> None:
        style = el.get(t("style-name"), "") or (ctx[0] if ctx else "")
        level = ctx[1] + 1 if ctx else 1
        if not style:
            first = el.find(f".//{t('p')}")
            style_name = first.get(t("style-name"), "") if first is not None else ""
            style = str(self.styles.resolve(style_name, "list_style") or "")
        if ctx is None:
            continues = el.get(t("continue-numbering")) == "true" or bool(el.get(t("continue-list")))
            self.lists.start_list(style, continues)
        for item in el:
            kind = local(item.tag)
            if kind not in ("list-item", "list-header"):
                continue
            numbered = kind == "list-item"
            start = item.get(t("start-value"))
            shown = item.find(t("number"))
            for child in item:
                child_name = local(child.tag)
                if child_name in ("p", "h"):
                    para = self.paragraph(child)
                    if numbered:
                        label = self.lists.label(style, level, int_or(start, 0) if start else None)
                        para.label = (shown.text or "").strip() if shown is not None else label
                        numbered = False
                    out.append(para)
                elif child_name == "list":
                    if numbered:  # an item holding only a deeper list still counts
                        self.lists.label(style, level, None)
                        numbered = False
                    self.list(child, out, (style, level))

    def table(self, el: etree._Element, out: list[VisiblePara]) -> None:
        """A table's rows, each one row paragraph; those in ``table:table-header-rows``
        are header rows."""
        for row, header in _rows(el, False):
            cells: list[list[Span]] = []
            inner: list[VisiblePara] = []  # the cells' paragraphs, for their comments
            for cell in row:
                kind = local(cell.tag) if isinstance(cell.tag, str) else ""
                if kind not in ("table-cell", "covered-table-cell"):
                    continue
                paras: list[VisiblePara] = []
                if kind == "table-cell":  # a covered cell (merged into another) is empty
                    self.block(cell, paras)  # a nested table is read through
                inner += paras
                spans = _joined(paras)
                repeat = min(max(int_or(cell.get(f"{{{TABLE}}}number-columns-repeated"), 1), 1), _REPEAT)
                cells += [spans] + [list(spans) for _ in range(repeat - 1)]
            # the style its cells' paragraphs are in ("Table Text"), for the report
            para = row_para(cells, header=header, style=inner[0].style if inner else "")
            for comment in self.visible.comments:
                if any(comment.para is p for p in inner):
                    comment.para = para
            out.append(para)

    def paragraph(self, p: etree._Element) -> VisiblePara:
        style = p.get(t("style-name"), "")
        para = VisiblePara(style=self.styles.name(style))
        italic = bool(self.styles.resolve(style, "italic"))
        bold = bool(self.styles.resolve(style, "bold"))
        runs: list[bool] = []
        self.inline(p, para, italic, bold, runs)
        para.bold = bool(runs) and all(runs)
        return para

    def inline(self, el: etree._Element, para: VisiblePara, italic: bool, bold: bool, runs: list) -> None:
        def add(text: str | None) -> None:
            if text:
                para.spans.append(Span(text, italic))
                runs.append(bold or not text.strip())

        add(el.text)
        for child in el:
            name = local(child.tag)
            if not isinstance(child.tag, str):
                add(child.tail)
                continue
            if name == "s":
                add(" " * max(1, int_or(child.get(t("c")), 1)))
            elif name == "tab":
                add("\t")
            elif name == "line-break":
                add("\n")
            elif name == "note":
                self.note(child, para)
            elif name == "annotation" and child.tag.startswith(f"{{{OFFICE}}}"):
                self.comment(child, para)
            elif name == "note-ref" and child.get(t("ref-name"), "") in self.note_ids:
                # a note cited again: a reference to the first citation's note
                para.spans.append(Span("", note=self.note_ids[child.get(t("ref-name"), "")]))
            elif name in ("change", "change-start", "change-end"):
                self.visible.tracked_changes = True
            elif name in _SKIP or child.tag.startswith(tuple(f"{{{ns}}}" for ns in _SKIP_NS)):
                pass
            elif name == "span" or name not in ("number", "bookmark", "soft-page-break"):
                span_style = child.get(t("style-name"), "") if name == "span" else ""
                hidden = self.styles.resolve(span_style, "hidden") if span_style else None
                if not hidden:
                    own_i = self.styles.resolve(span_style, "italic") if span_style else None
                    own_b = self.styles.resolve(span_style, "bold") if span_style else None
                    self.inline(
                        child,
                        para,
                        italic if own_i is None else bool(own_i),
                        bold if own_b is None else bool(own_b),
                        runs,
                    )
            add(child.tail)

    def comment(self, el: etree._Element, para: VisiblePara) -> None:
        creator = el.find(f"{{{DC}}}creator")
        paras: list[VisiblePara] = []
        self.block(el, paras)
        text = " ".join(p.text for p in paras if p.text.strip())
        self.visible.comments.append(
            VisibleComment(text, (creator.text or "") if creator is not None else "", para)
        )

    def note(self, el: etree._Element, para: VisiblePara) -> None:
        citation = el.find(t("note-citation"))
        mark = citation.get(t("label"), "") if citation is not None else ""
        note = VisibleNote(mark=mark.strip())
        index = len(self.visible.notes)
        self.visible.notes.append(note)
        self.note_ids.setdefault(el.get(t("id"), ""), index)
        body = el.find(t("note-body"))
        paras: list[VisiblePara] = []
        if body is not None:
            self.block(body, paras)
        note.paras = [p for p in paras if p.text.strip()]
        para.spans.append(Span("", note=index))


# a cell or row repeated more often than this is repeated this often (a hostile file)
_REPEAT = 64


def _rows(el: etree._Element, header: bool):
    """A table's rows in order, each with whether it is a header row."""
    for child in el:
        name = local(child.tag) if isinstance(child.tag, str) and child.tag.startswith(f"{{{TABLE}}}") else ""
        if name == "table-row":
            repeat = min(max(int_or(child.get(f"{{{TABLE}}}number-rows-repeated"), 1), 1), _REPEAT)
            for _ in range(repeat):
                yield child, header
        elif name in ("table-header-rows", "table-rows", "table-row-group"):
            yield from _rows(child, header or name == "table-header-rows")


def _joined(paras: list[VisiblePara]) -> list[Span]:
    """A cell's paragraphs as one, parted by a space; its own tabs are spaces (a tab parts
    the cells of a row)."""
    spans: list[Span] = []
    for para in paras:
        if not para.text.strip() and not para.label and all(s.note is None for s in para.spans):
            continue
        if spans:
            spans.append(Span(" "))
        if para.label:
            spans.append(Span(para.label + " "))
        spans += [Span(s.text.replace("\t", " "), s.italic, s.note) for s in para.spans]
    return spans


# -- the document ---------------------------------------------------------------------------


def _first_master(body: etree._Element, styles: Styles) -> str:
    for p in body.iter(t("p"), t("h")):
        return str(styles.resolve(p.get(t("style-name"), ""), "master_page") or "Standard")
    return "Standard"


def read_visible(pkg: _Package) -> Visible:
    content = pkg.xml("content.xml")
    styles_root = pkg.xml("styles.xml")
    office = f"{{{OFFICE}}}"
    body = content.find(f"{office}body/{office}text") if content is not None else None
    if body is None:
        raise pkg.zip.error("input.odt-no-body")
    common = read_styles(styles_root.find(f"{office}styles") if styles_root is not None else None)
    content_auto = read_styles(content.find(f"{office}automatic-styles"))
    styles_auto = read_styles(
        styles_root.find(f"{office}automatic-styles") if styles_root is not None else None
    )
    lists = Lists(
        read_lists(
            styles_root.find(f"{office}styles") if styles_root is not None else None,
            content.find(f"{office}automatic-styles"),
        )
    )
    visible = Visible()
    body_styles = Styles(common, content_auto)
    reader = _Reader(visible, body_styles, lists)
    paras: list[VisiblePara] = []
    reader.rows_into = paras
    reader.block(body, paras)
    visible.body = [p for p in paras if p.text.strip() or p.label or p.cells is not None]
    master_name = _first_master(body, body_styles)
    masters = styles_root.find(f"{office}master-styles") if styles_root is not None else None
    if masters is not None:
        master = next((m for m in masters if m.get(s("name")) == master_name), None)
        master = master if master is not None else next(iter(masters), None)
        if master is not None:
            head_reader = _Reader(visible, Styles(common, styles_auto), Lists(lists.styles))
            head: list[VisiblePara] = []
            for first, default in (("header-first", "header"), ("footer-first", "footer")):
                part = master.find(s(first))
                part = part if part is not None else master.find(s(default))
                if part is not None:
                    head_reader.block(part, head)
            visible.masthead = [p for p in head if p.text.strip()]
    return visible


def read_odt(raw: bytes, name: str) -> ImportResult:
    """The registry's reader for ``.odt``: raises InputError on bad or hostile input."""
    from delegate_editor.formats.reimport import build

    pkg = _Package(raw, name)
    visible = read_visible(pkg)
    payload = pkg.zip.read(embed.ODT_FILE) or embed.odt_meta_payload(pkg.zip.read("meta.xml"))
    return build(visible, payload, name)
