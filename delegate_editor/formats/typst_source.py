"""The typst input for the typeset pages: one fixed template plus the draft as JSON data.

The template is ``resources/typst/pages.typ``; this module builds its data.

Why a fixed template and data rather than generated markup: no draft text ever becomes typst
source, so nothing a delegate types (``#import``, ``]``, ``$``, ``<label>``, ``@ref``, ``//``)
can be read as code; the text reaches typst as JSON strings through ``sys.inputs`` and is set
literally. It also lets typst reuse the parsed template between compiles of the live preview.

Every number the template uses comes from :mod:`delegate_editor.formats.layout` through
:func:`page_data`, converted to points; the template itself holds only structure (0pt, 100%).
The data is built from :func:`delegate_editor.formats.blocks.render` only; this module never
walks the model.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable

from delegate_editor.formats import page_paras as pp
from delegate_editor.formats.block_types import cells, column_widths, grouped
from delegate_editor.formats.blocks import Block, Note, Piece, Rendered
from delegate_editor.formats.font_metrics import METRIC_TWINS, FontMetrics, font_metrics, wide_family
from delegate_editor.formats.layout import Font, Layout, Para, pt
from delegate_editor.resources import resource

INPUT_KEY = "delegate-editor-pages"
# masthead lines set without an exact pitch (see page_paras.PageParas)
_NATURAL_LINES = frozenset({pp.MASTHEAD_ORGANIZATION, pp.MASTHEAD_SYMBOL})

# ---------------------------------------------------------------------------------------
# Data: the layout and the rendered draft, in points
# ---------------------------------------------------------------------------------------


def _tracking(font: Font, mean_advance: float) -> float:
    """The letter spacing that sets ``font`` (pt). A character scale with a widened face of
    its own (font_metrics.wide_family) needs only the font's spacing. Any other widens every
    advance by (scale - 100) %, which spread over a text's mean advance (em) is this much
    extra spacing per character; blocks and notes get the figure of their own text, the
    closest letter spacing comes line by line (115 of 4,035 corpus lines still broke unlike
    LibreOffice's, against 42 with the widened faces: bench/RESULTS.md)."""
    if wide_family(font) is not None:
        return font.spacing
    return font.spacing + (font.scale / 100 - 1) * mean_advance * font.size


def _font(font: Font, mean_advance: float) -> dict:
    out = {
        "size": font.size,
        "bold": font.bold,
        "italic": font.italic,
        "tracking": _tracking(font, mean_advance),
    }
    if (family := wide_family(font)) is not None:
        out["family"] = family
    return out


def _geometry(para: Para, labelled: bool) -> dict:
    """Where a paragraph's lines start, from the left of the text area (pt).

    ``pad`` is the block's left inset, ``fli`` the first line's extra indent, ``hang`` the
    continuation lines' extra indent; a labelled first line holds the label in a box of
    ``lw`` (left-aligned labels start at ``first``; right-aligned ones end there, so the line
    starts at the text area's edge) followed by a gap box of ``gap`` up to ``text``."""
    first = para.first_line
    if labelled and para.text:
        if para.label_align == "right":
            start, label_w, gap = 0, first, para.text - first
        else:
            start, label_w, gap = first, para.text - first, 0
    elif para.text and para.label_align == "right":
        # a right-aligned label ends at ``first``; without one the text still starts at ``text``
        start, label_w, gap = para.text, 0, 0
    else:
        start, label_w, gap = first, 0, 0
    pad = min(start, para.left)
    return {
        "pad": pt(pad),
        "fli": pt(start - pad),
        "hang": pt(para.left - pad),
        "lw": pt(label_w),
        "gap": pt(gap),
        "start": pt(start),
        "text": pt(para.text if labelled and para.text else start),
    }


def _style(para: Para, mean_advance: float) -> dict:
    return {
        "font": _font(para.font, mean_advance),
        "line": para.line,
        "right": pt(para.right),
        "align": para.align,
        "la": para.label_align,
        "kwn": para.keep_with_next,
        "kt": para.keep_together,
        "plain": _geometry(para, labelled=False),
        "labelled": _geometry(para, labelled=True),
    }


def _layout_data(layout: Layout, mean_advance: float) -> dict:
    page, run, notes = layout.page, layout.running, layout.notes
    styles = {style.value: _style(para, mean_advance) for style, para in layout.styles.items()}
    styles["notes"] = _style(notes.para, mean_advance)
    lang, _, region = layout.language.partition("-")
    f = lambda font: _font(font, mean_advance)  # noqa: E731
    return {
        "lang": lang,
        "region": region,
        "page": {
            "width": pt(page.width),
            "height": pt(page.height),
            "top": pt(page.top),
            "bottom": pt(page.bottom),
            "first_extra": pt(max(0, page.bottom_first - page.bottom)),
            "left": pt(page.left),
            "right": pt(page.right),
            "header_distance": pt(page.header_distance),
            "masthead_top": pt(page.masthead_top),
            "footer_distance": pt(page.footer_distance),
        },
        "base": {"font": f(layout.base.font), "line": layout.base.line},
        "styles": styles,
        "tabs": [pt(t) for t in layout.tab_grid],
        # where a table starts, its cells' side margins, the room above and below, the rules
        "table": {"indent": pt(layout.table_span()[0]), "pad": pt(layout.table.pad)}
        | {k: getattr(layout.table, k) for k in ("before", "after", "rule")},
        "running": {
            "header_font": f(run.header_font),
            "header_height": pt(run.header_height),
            "header_after": run.header_after,
            "header_rule": run.header_rule,
            "page_font": f(run.page_font),
            "job_font": f(run.job_font),
            "first_job_font": f(run.first_job_font),
            "page_format": run.page_format,
        },
        "notes": {
            "mark_right": pt(notes.mark_right),
            "super_size": notes.superscript_ratio,
            "super_rise": notes.superscript_rise,
            "separator": notes.separator_text,
            "separator_font": f(notes.separator_font),
            "separator_left": pt(notes.separator_left),
            "separator_height": notes.separator_height,
        },
    }


def _masthead(rendered: Rendered, mean_advance: float) -> dict:
    """The page-1 masthead as the DOCX and ODT headers draw it: the rows and cells of
    :func:`page_paras.masthead_rows` and the page parts' paragraph styles of their lines."""
    layout = rendered.layout
    paras = pp.page_paras(layout, "header", "footer")
    styles = (paras.organization, paras.symbol, paras.organ, paras.distribution, paras.distribution_line)
    return {
        "columns": [pt(c) for c in layout.masthead.columns],
        "rows": [
            {
                "height": pt(row.height),
                "valign": row.valign,
                "rule_top": row.rule_top,
                "rule_bottom": row.rule_bottom,
                "cells": [{"first": c.first, "last": c.last, "lines": list(c.lines)} for c in row.cells],
            }
            for row in pp.masthead_rows(rendered)
        ],
        "styles": {
            para.name: {
                "font": _font(para.font, mean_advance),
                "line": para.line,
                "before": para.before,
                "align": para.align,
                # the organization and symbol lines grow with their largest font
                "exact": para.name not in _NATURAL_LINES,
            }
            for para in styles
        },
        "symbol_style": pp.MASTHEAD_SYMBOL,
        "symbol_first": _font(layout.masthead.symbol_first, mean_advance),
    }


class _Notes:
    """Footnote marks in order: the first reference to a note carries its text; a repeated
    reference to the same note is only its mark."""

    def __init__(self, tracking: Callable[[str], float]) -> None:
        self.seen: set[int] = set()
        self.tracking = tracking  # of a note's text (pt), see _tracking

    def piece(self, piece: Piece) -> dict:
        if piece.note is None:
            # the comma or dash between two marks, raised as they are
            out_text = {"t": piece.text, "i": False, "mark": True} if piece.raised else _text(piece)
            # a printable comparison marks insertions and deletions (formats/compare_pdf.py)
            if change := getattr(piece, "change", ""):
                out_text["c"] = change
            return out_text
        note: Note = piece.note
        first = id(note) not in self.seen
        self.seen.add(id(note))
        out: dict = {"t": note.mark, "i": False, "mark": True}
        if first:
            out["note"] = [_text(p) for p in note.pieces if p.note is None]
            out["k"] = self.tracking("".join(p.text for p in note.pieces if p.note is None))
        return out


# Word and LibreOffice never break a line after a slash inside a word ("GC(69)/RES/16");
# typst follows Unicode, which allows it. The parts of such a word go to the template as
# unbreakable spans ("nb"), split only after a hyphen before a letter ("A/48/486-" and
# "S/26560"), where LibreOffice breaks too. A part longer than this many characters (a web
# address) may still break, as it would have to in a line.
_SLASHED = re.compile(r"\S*/\S+")
_HYPHEN_BREAK = re.compile(r"(?<=-)(?=[^\W\d_])")
_SLASHED_MAX = 40


def _unbreakable(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for word in _SLASHED.finditer(text):
        cuts = [
            word.start(),
            *(word.start() + m.start() for m in _HYPHEN_BREAK.finditer(word.group())),
            word.end(),
        ]
        spans += [(a, b) for a, b in itertools.pairwise(cuts) if "/" in text[a:b] and b - a <= _SLASHED_MAX]
    return spans


# typst 0.15 panics when it shapes right-to-left text with pair kerning off ("byte range
# starts at 28 but ends at 17"): such a piece keeps kerning ("rtl"). Latin lines, the ones
# that must break as LibreOffice breaks them, are never set so.
# The right-to-left blocks (Hebrew to NKo and Arabic extensions, the presentation forms, the
# historic scripts of the SMP) and the RLE, RLO and RLI controls: a regex, as fast as the
# preview needs on a 300,000-character draft.
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u202b\u202e\u2067\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def _text(piece: Piece) -> dict:
    """A text piece; its slashed words as spans in UTF-8 bytes, which typst's strings count."""
    text = piece.text
    out: dict = {"t": text, "i": piece.italic}
    if piece.line_break:
        out["br"] = True
    if _RTL.search(text):
        out["rtl"] = True
    spans = _unbreakable(text)
    if spans:
        out["nb"] = [[len(text[:a].encode()), len(text[:b].encode())] for a, b in spans]
    return out


def retext(piece: dict, text: str) -> dict:
    """A text piece of the template's data with other text, its other settings kept (a
    paragraph cut by formats/note_pages.py); its unbreakable spans are found again."""
    out = {k: v for k, v in piece.items() if k not in ("t", "nb", "rtl", "w")}
    out.update(_text(Piece(text, piece.get("i", False))))
    return out


# A label whose estimated width is under this share of its column surely fits: the template
# then skips measuring it (measuring every label costs a tenth of the compile time).
_SURE_FIT = 0.8


# A row's pieces part its cells with this piece (pages.typ splits them there); it holds no
# text, so the notes' rules (formats/note_pages.py) read a row as any paragraph
CELL_BREAK = {"t": "", "i": False, "cell": True}


def _pieces(block: Block, cols: list[float] | None, notes: _Notes) -> list[dict]:
    """A block's pieces; a table row's (``cols``: its table's columns) with its cells
    parted, as many cells as the table has columns."""
    if cols is None:
        return [notes.piece(p) for p in block.pieces]
    parts = cells(block)
    parts += [()] * (len(cols) - len(parts))
    return [
        q
        for k, cell in enumerate(parts)
        for q in [*([dict(CELL_BREAK)] if k else []), *map(notes.piece, cell)]
    ]


def _columns(rendered: Rendered) -> dict[int, list[float]]:
    """Each row block's table's column widths (pt), by the block's id."""
    _, width = rendered.layout.table_span()
    out: dict[int, list[float]] = {}
    for item in grouped(rendered.blocks):
        if isinstance(item, list):
            widths = [pt(w) for w in column_widths(item, width, rendered.layout)]
            out.update((id(row), widths) for row in item)
    return out


def _blocks(rendered: Rendered, metrics: FontMetrics) -> list[dict]:
    layout = rendered.layout
    notes_font = layout.notes.para.font
    notes = _Notes(lambda text: _tracking(notes_font, metrics.mean_advance(text)))
    columns = _columns(rendered)
    out: list[dict] = []
    prev: Block | None = None
    for block in rendered.blocks:
        para = layout.style(block.style)
        # Word puts the larger of the space after and the next space before between two
        # paragraphs, and LibreOffice, rendering our DOCX and ODT, drops the space before at the
        # top of a page that a paragraph flowed onto (measured: a sponsor line at the top of
        # page 2 has its baseline where every page's first line has it). So the whole space is
        # weak block spacing, which typst drops at a page top too.
        if prev is None:
            above = para.before  # below the masthead: see "lead" in page_data
        else:
            above = max(layout.style(prev.style).after, para.before)
            above += layout.spacer_before(block.style, prev.style)
        out.append(
            {
                "s": block.style.value,
                "l": block.label,
                "fit": metrics.width(block.label, para.font) < _SURE_FIT * pt(para.text - para.first_line),
                "a": above,
                "pb": para.page_break_before,
                "k": _tracking(para.font, metrics.mean_advance(block.text)),
                "p": _pieces(block, cols := columns.get(id(block)), notes),
            }
            | ({"cols": cols} if cols else {})  # a table's row: its table's columns
        )
        prev = block
    return out


def _families(layout: Layout) -> list[str]:
    """The layout's font families, the body text's first (typst picks per glyph in order)."""
    fonts = [layout.base.font, *(p.font for p in layout.styles.values()), layout.notes.para.font]
    return list(dict.fromkeys(f.family for f in fonts))


def page_data(rendered: Rendered) -> dict:
    """Everything the template sets, as JSON-ready data."""
    metrics = font_metrics()
    m = rendered.masthead
    # the styles' letter spacing serves the page parts (masthead, running heads, footers):
    # the mean advance of their own text, so typing in the body leaves them as they were;
    # blocks and notes get their own (see _blocks)
    parts = (m.organization, m.symbol, m.organ, m.distribution, m.date, m.original, m.job_number)
    mean_advance = metrics.mean_advance_of(parts)
    first, rest = pp.symbol_parts(m.symbol)
    return {
        "fonts": [METRIC_TWINS.get(family, family) for family in _families(rendered.layout)],
        "descender": metrics.descender,
        "layout": _layout_data(rendered.layout, mean_advance),
        "meta": {
            "title": rendered.title,
            "symbol": rendered.symbol,
            "symbol_first": first,
            "symbol_rest": rest,
            "organization": m.organization,
            "organ": m.organ,
            "distribution": m.distribution,
            "date": m.date,
            "original": m.original,
            "job_first": m.job_number,
            "job_running": m.job_running,
        },
        "masthead": _masthead(rendered, mean_advance),
        "blocks": _blocks(rendered, metrics),
        # below row 2: the thick rule (drawn under the row, as Word and LibreOffice draw it)
        # and the space after it
        "lead": rendered.layout.masthead.thick_rule + rendered.layout.masthead.after_rule,
    }


def inputs(data: dict) -> dict[str, str]:
    """The ``sys.inputs`` that carry the template's data (page_data) into it."""
    return {INPUT_KEY: json.dumps(data, ensure_ascii=False)}


def _template() -> bytes:
    text = resource("typst", "pages.typ").read_text(encoding="utf-8")
    if f'"{INPUT_KEY}"' not in text:  # the data must reach the template under this key
        raise RuntimeError(f"the typst template does not read sys.inputs {INPUT_KEY!r}")
    return text.strip().encode()


TEMPLATE = _template()
