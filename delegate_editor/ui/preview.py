"""A quick reading view of the draft in the Preview dock, built from the blocks walk.

It shows what will be printed (numbers, italics, footnote marks, derived lines) in reading
order, using the window's palette and font; the exact typeset page preview comes from the
page renderer (``formats/pages.py``) when that is available.
"""

from __future__ import annotations

import html

from delegate_editor.formats.blocks import Piece, Rendered
from delegate_editor.formats.layout import BlockStyle

_CENTRED = {BlockStyle.TITLE, BlockStyle.ANNEX_LABEL, BlockStyle.ANNEX_TITLE, BlockStyle.SECTION_HEADING}
_BOLD = {BlockStyle.TITLE, BlockStyle.AGENDA_TITLE, BlockStyle.BODY, BlockStyle.ANNEX_TITLE}
_INDENT_EM = {
    BlockStyle.PREAMBLE: 2,
    BlockStyle.OPERATIVE: 2,
    BlockStyle.SUB1: 4,
    BlockStyle.SUB2: 6,
    BlockStyle.SUB3: 8,
    BlockStyle.SUB4: 10,
    BlockStyle.DASH: 4,
}


def _pieces(pieces: tuple[Piece, ...]) -> str:
    out = []
    for p in pieces:
        text = html.escape(p.text)
        if p.note is not None:
            out.append(f"<sup>{text}</sup>")
        elif p.italic:
            out.append(f"<i>{text}</i>")
        else:
            out.append(text)
    return "".join(out)


def preview_html(rendered: Rendered) -> str:
    m = rendered.masthead
    head = " · ".join(x for x in (m.symbol, m.distribution, m.date, m.original) if x)
    parts = [f"<p><b>{html.escape(m.organ)}</b><br/><small>{html.escape(head)}</small></p><hr/>"]
    for block in rendered.blocks:
        style = []
        if block.style in _CENTRED:
            style.append("text-align:center")
        indent = _INDENT_EM.get(block.style)
        if indent:
            style.append(f"margin-left:{indent}em")
        body = _pieces(block.pieces)
        if block.style in _BOLD:
            body = f"<b>{body}</b>"
        label = f"{html.escape(block.label)}&nbsp;&nbsp;" if block.label else ""
        parts.append(f'<p style="{";".join(style)}">{label}{body}</p>')
    if rendered.notes:
        parts.append("<hr/>")
        for note in rendered.notes:
            parts.append(f"<p><small><sup>{html.escape(note.mark)}</sup> {_pieces(note.pieces)}</small></p>")
    return "".join(parts)
