"""Copying paragraphs out to other programs: as plain text and as HTML (rich text).

The selected paragraphs are taken from the rendering walk (``formats/blocks.render``), so
they carry the numbers, letters and footnote marks they print with: paragraph 3 copied
alone is still "3." and its note still "5". The plain text is the app's text form
(``formats/text.py``: italics as ``*...*``, notes as ``[^N]`` with ``[^N]: text`` lines
after the paragraphs, a table's rows as its pipe table); the HTML sets italics in ``<i>``,
indents the sub-paragraphs, sets a table's rows as a ``<table>`` (heading rows in
``<thead>`` as ``<th>`` cells) and links each mark to its note at the end, in the shape
Word and LibreOffice read. Both paste back through ``app/paste.py`` into the same
paragraphs, rows, parts and notes.
"""

from __future__ import annotations

from collections.abc import Collection
from html import escape

from delegate_editor.formats.block_types import cells, grouped
from delegate_editor.formats.blocks import Block, Note, Piece, render
from delegate_editor.formats.layout import SUB_STYLES, BlockStyle, Layout
from delegate_editor.formats.text import inline, pipe_table
from delegate_editor.model.document import Draft
from delegate_editor.model.walk import BODY_PARTS, tree

# how far in each kind of block is set in the HTML (em), like the printed page's indents
_INDENT = {style: 2.0 * (i + 1) for i, style in enumerate(SUB_STYLES)} | {
    BlockStyle.DASH: 2.0,
    BlockStyle.QUOTE: 2.0,
}
_CENTRED = {BlockStyle.TITLE, BlockStyle.ANNEX_LABEL, BlockStyle.ANNEX_TITLE, BlockStyle.SECTION_HEADING}


def body_ids(draft: Draft) -> list[str]:
    """The id of every node of the body (preamble, operative part, annexes and their
    paragraphs), in printed order: "select all" of the paragraphs; with the operative part's
    lead-in ("lead_in": "Resolves that:", printed above paragraph 1) when there is one."""
    ids = [node.id for part in BODY_PARTS for node, _ in tree(getattr(draft, part))]
    return [*ids, "lead_in"] if draft.lead_in else ids


def selected_blocks(draft: Draft, ids: Collection[str], layout: Layout | None = None) -> list[Block]:
    """The printed blocks of the nodes in ``ids`` ("title" for the title), in printed order."""
    wanted = set(ids)
    return [b for b in render(draft, layout).blocks if b.source.id and b.source.id in wanted]


def _notes(blocks: list[Block]) -> list[Note]:
    seen: dict[str, Note] = {}
    for block in blocks:
        for piece in block.pieces:
            if piece.note is not None:
                seen.setdefault(piece.note.mark, piece.note)
    return list(seen.values())


def _line(block: Block) -> str:
    body = inline(block.pieces)
    return f"{block.label} {body}" if block.label else body


def copy_text(draft: Draft, ids: Collection[str], layout: Layout | None = None) -> str:
    """The selected paragraphs as plain text, numbered as printed, their notes after them;
    each run of table rows as the text form's pipe table (``formats/text.py``)."""
    blocks = selected_blocks(draft, ids, layout)
    paras = [pipe_table(item) if isinstance(item, list) else _line(item) for item in grouped(blocks)]
    notes = _notes(blocks)
    paras += [f"{n.mark} {inline(n.pieces)}" for n in notes if n.custom]
    numbered = [f"[^{n.mark}]: {inline(n.pieces)}" for n in notes if not n.custom]
    if numbered:
        paras.append("\n".join(numbered))
    return "\n\n".join(p for p in paras if p) + "\n" if paras else ""


def _anchor(mark: str) -> str:
    return "fn" + ("star" * len(mark) if mark.startswith("*") else mark)


def _html_pieces(pieces: tuple[Piece, ...], cited: set[str]) -> str:
    out: list[str] = []
    for piece in pieces:
        if piece.note is not None:
            name = _anchor(piece.note.mark)
            own = "" if name in cited else f' id="{name}ref"'
            cited.add(name)
            out.append(f'<a href="#{name}"{own}><sup>{escape(piece.note.mark)}</sup></a>')
        elif piece.raised:  # the comma or dash between two marks, raised as they are
            out.append(f"<sup>{escape(piece.text)}</sup>")
        elif piece.italic and piece.text.strip():
            out.append(f"<i>{escape(piece.text)}</i>")
        else:
            out.append(escape(piece.text))
    return "".join(out)


def _html_row(row: Block, width: int, cited: set[str]) -> str:
    tag = "th" if row.style is BlockStyle.TABLE_HEADER else "td"
    texts = [_html_pieces(cell, cited) for cell in cells(row)]
    texts += [""] * (width - len(texts))  # a short row filled out, so the grid stays square
    return "<tr>" + "".join(f"<{tag}>{text}</{tag}>" for text in texts) + "</tr>"


def _html_table(rows: list[Block], cited: set[str]) -> str:
    """A run of table rows as one ``<table>``: the heading rows at its top in ``<thead>``
    (a word processor repeats them on each page), every other row in ``<tbody>``."""
    width = max(len(cells(row)) for row in rows)
    heads = 0
    while heads < len(rows) and rows[heads].style is BlockStyle.TABLE_HEADER:
        heads += 1
    out = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">']
    if heads:
        out.append("<thead>" + "".join(_html_row(r, width, cited) for r in rows[:heads]) + "</thead>")
    if heads < len(rows):
        out.append("<tbody>" + "".join(_html_row(r, width, cited) for r in rows[heads:]) + "</tbody>")
    return "\n".join([*out, "</table>"])


def copy_html(draft: Draft, ids: Collection[str], layout: Layout | None = None) -> str:
    """The selected paragraphs as an HTML fragment: numbers as printed, italics, indents,
    tables, and the notes linked from their marks."""
    blocks = selected_blocks(draft, ids, layout)
    cited: set[str] = set()
    rows: list[str] = []
    for block in grouped(blocks):
        if isinstance(block, list):
            rows.append(_html_table(block, cited))
            continue
        style = []
        if block.style in _INDENT:
            style.append(f"margin-left:{_INDENT[block.style]:g}em")
        if block.style in _CENTRED:
            style.append("text-align:center")
        attr = f' style="{";".join(style)}"' if style else ""
        label = f"{escape(block.label)} " if block.label else ""
        rows.append(f"<p{attr}>{label}{_html_pieces(block.pieces, cited)}</p>")
    notes = _notes(blocks)
    if notes:
        rows.append("<hr>")
    for note in notes:
        name = _anchor(note.mark)
        body = _html_pieces(note.pieces, set())
        rows.append(
            f'<div id="{name}"><p><a href="#{name}ref"><sup>{escape(note.mark)}</sup></a> {body}</p></div>'
        )
    return '<html><head><meta charset="utf-8"></head><body>\n' + "\n".join(rows) + "\n</body></html>\n"
