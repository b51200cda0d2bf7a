"""The typst input for the typeset pages: one fixed template plus the draft as JSON data.

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

import json

from delegate_editor.formats.blocks import Block, Note, Piece, Rendered
from delegate_editor.formats.font_metrics import METRIC_TWINS, FontMetrics, font_metrics
from delegate_editor.formats.layout import Font, Layout, Para, pt

INPUT_KEY = "delegate-editor-pages"

# ---------------------------------------------------------------------------------------
# Data: the layout and the rendered draft, in points
# ---------------------------------------------------------------------------------------


def _font(font: Font, mean_advance: float) -> dict:
    # Word's character scale widens every advance by (scale - 100) %; spread over the
    # document's mean advance it is this much extra letter spacing per character.
    scale_spacing = (font.scale / 100 - 1) * mean_advance * font.size
    return {
        "size": font.size,
        "bold": font.bold,
        "italic": font.italic,
        "tracking": font.spacing + scale_spacing,
    }


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
    page, mast, run, notes = layout.page, layout.masthead, layout.running, layout.notes
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
        "masthead": {
            "columns": [pt(c) for c in mast.columns],
            "rows": [pt(mast.row1_height), pt(mast.row2_height)],
            "un_col": mast.un_col,
            "symbol_cols": list(mast.symbol_cols),
            "organ_cols": list(mast.organ_cols),
            "distr_col": mast.distr_col,
            "organization": f(mast.organization),
            "symbol_first": f(mast.symbol_first),
            "symbol_rest": f(mast.symbol_rest),
            "organ": f(mast.organ),
            "organ_line": mast.organ_line,
            "organ_before": mast.organ_before,
            "distr": f(mast.distr),
            "distr_before": mast.distr_before,
            "distr_line": mast.distr_line,
            "thin_rule": mast.thin_rule,
            "thick_rule": mast.thick_rule,
            "after_rule": mast.after_rule,
        },
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
            "separator_after": notes.separator_after,
            "separator_line": notes.separator_line,
        },
    }


class _Notes:
    """Footnote marks in order: the first reference to a note carries its text; a repeated
    reference to the same note is only its mark."""

    def __init__(self) -> None:
        self.seen: set[int] = set()

    def piece(self, piece: Piece) -> dict:
        if piece.note is None:
            out_text = {"t": piece.text, "i": piece.italic}
            # a printable comparison marks insertions and deletions (formats/compare_pdf.py)
            if change := getattr(piece, "change", ""):
                out_text["c"] = change
            return out_text
        note: Note = piece.note
        first = id(note) not in self.seen
        self.seen.add(id(note))
        out: dict = {"t": note.mark, "i": False, "mark": True}
        if first:
            out["note"] = [{"t": p.text, "i": p.italic} for p in note.pieces if p.note is None]
        return out


# A label whose estimated width is under this share of its column surely fits: the template
# then skips measuring it (measuring every label costs a tenth of the compile time).
_SURE_FIT = 0.8


def _blocks(rendered: Rendered, metrics: FontMetrics) -> list[dict]:
    layout = rendered.layout
    notes = _Notes()
    out: list[dict] = []
    prev: Block | None = None
    for block in rendered.blocks:
        para = layout.style(block.style)
        # Word puts the larger of the space after and the next space before between two
        # paragraphs (LibreOffice renders our DOCX so too), and keeps the space before at the
        # top of a page: the space before is fixed space inside the block ("b"), and only the
        # rest of the space after is weak block spacing ("a"), which typst drops at a page top.
        if prev is None:
            above = 0.0  # the space below the masthead: see "lead" in page_data
        else:
            above = max(layout.style(prev.style).after - para.before, 0.0)
            above += layout.spacer_before(block.style, prev.style)
        out.append(
            {
                "s": block.style.value,
                "l": block.label,
                "fit": metrics.width(block.label, para.font) < _SURE_FIT * pt(para.text - para.first_line),
                "a": above,
                "b": para.before,
                "pb": para.page_break_before,
                "p": [notes.piece(p) for p in block.pieces],
            }
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
    # the same figure as the mean over the joined text, from per-block memoised totals
    mean_advance = metrics.mean_advance_of(b.text for b in rendered.blocks)
    m = rendered.masthead
    first, slash, rest = m.symbol.partition("/")
    return {
        "fonts": [METRIC_TWINS.get(family, family) for family in _families(rendered.layout)],
        "descender": metrics.descender,
        "layout": _layout_data(rendered.layout, mean_advance),
        "meta": {
            "title": rendered.title,
            "symbol": rendered.symbol,
            "symbol_first": first,
            "symbol_rest": slash + rest,
            "organization": m.organization,
            "organ": m.organ,
            "distribution": m.distribution,
            "date": m.date,
            "original": m.original,
            "job_first": m.job_number,
            "job_running": m.job_running,
        },
        "blocks": _blocks(rendered, metrics),
        "lead": rendered.layout.masthead.after_rule,  # below the masthead's thick rule
    }


def source_and_inputs(rendered: Rendered) -> tuple[bytes, dict[str, str]]:
    """The template and the ``sys.inputs`` that carry the draft into it."""
    return TEMPLATE, {INPUT_KEY: json.dumps(page_data(rendered), ensure_ascii=False)}


TEMPLATE = (
    """
#let D = json(bytes(sys.inputs.at("INPUT_KEY")))
#let L = D.layout
#let P = L.page
#let M = D.meta
#let pt(x) = x * 1pt

// A font from layout.py, with edges that make every line box exactly `line` tall and put
// the baseline one descender above its bottom, as Word's "exactly" line spacing does.
#let font-args(f, line) = (
  font: D.fonts,
  size: pt(f.size),
  weight: if f.bold { "bold" } else { "regular" },
  style: if f.italic { "italic" } else { "normal" },
  tracking: pt(f.tracking),
  top-edge: pt(line) - D.descender * pt(f.size),
  bottom-edge: -D.descender * pt(f.size),
)
#let natural-args(f) = (
  font: D.fonts,
  size: pt(f.size),
  weight: if f.bold { "bold" } else { "regular" },
  style: if f.italic { "italic" } else { "normal" },
  tracking: pt(f.tracking),
  top-edge: "ascender",
  bottom-edge: "descender",
)

#set document(title: M.title, description: M.symbol, author: (), keywords: (M.symbol,), date: none)
#set text(
  ..font-args(L.base.font, L.base.line),
  lang: L.lang,
  region: if L.region == "" { none } else { L.region },
  hyphenate: false,
  overhang: false,
  ligatures: false,
)
#set par(leading: 0pt, spacing: 0pt, linebreaks: "simple")
#set block(spacing: 0pt)
#set super(typographic: false, size: L.notes.super_size * 1em, baseline: -L.notes.super_rise * 1em)

// Running header and footer on pages 2 onwards; page 1 has the masthead and the job line.
#let page-label(n, total) = L.running.page_format.replace("{page}", str(n)).replace("{pages}", str(total))
#let R = L.running
#set page(
  width: pt(P.width),
  height: pt(P.height),
  margin: (top: pt(P.top), bottom: pt(P.bottom), left: pt(P.left), right: pt(P.right)),
  header-ascent: pt(P.top) - pt(P.header_distance) - R.header_height * 1pt,
  footer-descent: 0pt,
  header: context {
    let n = here().page()
    if n > 1 {
      block(
        width: 100%,
        stroke: (bottom: pt(R.header_rule)),
        inset: (bottom: pt(R.header_after)),
        align(if calc.even(n) { left } else { right }, text(..natural-args(R.header_font), M.symbol)),
      )
    }
  },
  footer: context {
    let n = here().page()
    let total = counter(page).final().first()
    // Word ends a footer table with an empty Normal paragraph, so the footer's text sits one
    // Normal line above the footer distance (measured: page number baseline 755.3 pt).
    block(width: 100%, height: pt(P.bottom) - pt(P.footer_distance) - pt(L.base.line), align(bottom, {
      if n == 1 {
        text(..natural-args(R.first_job_font), M.job_first)
      } else {
        let number = text(..natural-args(R.page_font), page-label(counter(page).get().first(), total))
        let job = text(..natural-args(R.job_font), M.job_running)
        if calc.even(n) {
          grid(columns: (1fr, 1fr), align(left, number), align(right, job))
        } else {
          grid(columns: (1fr, 1fr), align(left, job), align(right, number))
        }
      }
    }))
  },
)

// Footnotes: the separator, then each note with its mark right-aligned at mark_right and its
// text at the body indent; page 1 keeps its larger bottom margin below its notes.
#let N = L.notes
#let NS = L.styles.notes
#set footnote.entry(
  clearance: 0pt,
  gap: 0pt,
  indent: 0pt,
  separator: block(
    width: 100%,
    inset: (left: pt(N.separator_left), bottom: pt(N.separator_after)),
    text(..font-args(N.separator_font, N.separator_line), N.separator),
  ),
)
#let page-one-notes() = query(footnote).filter(f => f.location().page() == 1)
#let note-entry(mark, body) = {
  let g = NS.labelled
  block(width: 100%, inset: (left: pt(g.pad), right: pt(NS.right)), {
    set text(..font-args(NS.font, NS.line))
    par(
      justify: NS.align == "justify",
      first-line-indent: (amount: pt(g.fli), all: true),
      hanging-indent: pt(g.hang),
    )[#box(width: pt(N.mark_right) - pt(g.start), align(right, super(mark)))#box(width: pt(g.text) - pt(N.mark_right))#body]
  })
}
#show footnote.entry: it => context {
  let entry = note-entry(numbering(it.note.numbering, 1), it.note.body)
  let first = if P.first_extra > 0 and here().page() == 1 { page-one-notes() } else { () }
  if first.len() > 0 and first.last().location() == it.note.location() {
    block(width: 100%, inset: (bottom: pt(P.first_extra)), entry)
  } else { entry }
}

#let pieces(ps) = for p in ps {
  if p.at("mark", default: false) {
    if "note" in p {
      let mark = p.t
      footnote(numbering: (..n) => mark, pieces(p.note))
    } else { super(p.t) }
  } else {
    let body = if p.i { text(style: "italic", p.t) } else { p.t }
    let change = p.at("c", default: "")
    if change == "ins" { underline(body) } else if change == "del" { strike(body) } else if change == "fmt" {
      underline(stroke: (dash: "dotted"), body)
    } else { body }
  }
}

// A label in its column; one wider than the column pushes the text to the next tab stop.
#let label-box(width, start, lab) = context {
  let w = measure(lab).width
  if w <= pt(width) { box(width: pt(width), lab) } else {
    let stops = L.tabs.filter(t => pt(t) > pt(start) + w)
    box(width: if stops.len() > 0 { pt(stops.first()) - pt(start) } else { w }, lab)
  }
}

#let paragraph(b) = {
  let s = L.styles.at(b.s)
  let labelled = b.l != ""
  let g = if labelled { s.labelled } else { s.plain }
  let head = if not labelled { none } else if s.la == "right" {
    box(width: pt(g.lw), align(right, b.l)) + box(width: pt(g.gap))
  } else if b.fit { box(width: pt(g.lw), b.l) } else { label-box(g.lw, g.start, b.l) }
  if b.pb { pagebreak(weak: true) }
  block(
    width: 100%,
    above: pt(b.a),
    below: 0pt,
    sticky: s.kwn,
    breakable: not s.kt,
    inset: (left: pt(g.pad), right: pt(s.right)),
    {
      set text(..font-args(s.font, s.line))
      set align((justify: left, left: left, right: right, center: center).at(s.align))
      if b.b > 0 { v(pt(b.b)) }
      par(
        justify: s.align == "justify",
        first-line-indent: (amount: pt(g.fli), all: true),
        hanging-indent: pt(g.hang),
      )[#head#pieces(b.p)]
    },
  )
}

// The first-page masthead, drawn from the masthead top (the header distance, unless the
// template anchors it apart) down as in the Word template's first-page header, with the thin
// rule under row 1 and the thick rule under row 2.
#let masthead() = {
  let m = L.masthead
  let span(cols) = cols.at(1) - cols.at(0) + 1
  let lines = (M.distribution, M.date, "", M.original)
  let distr = block(inset: (top: pt(m.distr_before)), {
    set text(..font-args(m.distr, m.distr_line))
    for line in lines { block(height: pt(m.distr_line), par(line)) }
  })
  grid(
    columns: m.columns.map(pt),
    rows: m.rows.map(pt),
    grid.cell(x: m.un_col, y: 0, align: bottom + left, text(..natural-args(m.organization), M.organization)),
    grid.cell(
      x: m.symbol_cols.at(0),
      y: 0,
      colspan: span(m.symbol_cols),
      align: bottom + right,
      text(..natural-args(m.symbol_first), M.symbol_first) + text(..natural-args(m.symbol_rest), M.symbol_rest),
    ),
    grid.cell(
      x: m.organ_cols.at(0),
      y: 1,
      colspan: span(m.organ_cols),
      align: top + left,
      block(inset: (top: pt(m.organ_before)), text(..font-args(m.organ, m.organ_line), par(M.organ))),
    ),
    grid.cell(x: m.distr_col, y: 1, align: top + left, distr),
    grid.hline(y: 1, stroke: pt(m.thin_rule)),
    grid.hline(y: 2, stroke: pt(m.thick_rule)),
  )
}

#let head-room = pt(P.top) - pt(P.masthead_top)
#place(top + left, dy: -head-room, masthead())
#v(L.masthead.rows.map(pt).sum() - head-room + pt(D.lead))
#context if P.first_extra > 0 and page-one-notes().len() == 0 {
  place(bottom, float: true, clearance: 0pt, v(pt(P.first_extra)))
}
#for b in D.blocks { paragraph(b) }
""".replace("INPUT_KEY", INPUT_KEY)
    .strip()
    .encode()
)
