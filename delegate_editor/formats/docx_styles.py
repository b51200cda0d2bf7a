"""DOCX styles: ``styles.xml`` generated from the layout.

Every block style becomes a named paragraph style (the style's name is the layout's
``Para.name``), as do the parts of the page that are not blocks (masthead, running heads,
footers, footnotes); Word's own names are used where Word has a style of that kind, so Word
treats them as its own. Italics are the ``Emphasis`` character style. Every length comes from
:mod:`delegate_editor.formats.layout`; the XML plumbing is in :mod:`docx_xml`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from delegate_editor.formats import docx_xml as x
from delegate_editor.formats import page_paras as pp
from delegate_editor.formats.layout import TWIPS_PER_PT, BlockStyle, Font, Layout, Para, Tab, pt


def style_id(name: str) -> str:
    """Word's style id for a style name: the name without spaces and punctuation."""
    return re.sub(r"[^A-Za-z0-9]", "", name)


def _named(name: str) -> tuple[str, str]:
    return name, style_id(name)


# Word's built-in names (so Word treats them as its own footnote and header styles).
NORMAL = ("Normal", "Normal")
FOOTNOTE_TEXT = ("footnote text", "FootnoteText")
FOOTNOTE_REFERENCE = ("footnote reference", "FootnoteReference")
HEADER = ("header", "Header")
FOOTER = ("footer", "Footer")
EMPHASIS = ("Emphasis", "Emphasis")

# Our own styles for the parts of the page that are not blocks (named as in the ODT).
MASTHEAD_ORGANIZATION = _named(pp.MASTHEAD_ORGANIZATION)
MASTHEAD_SYMBOL = _named(pp.MASTHEAD_SYMBOL)
MASTHEAD_SYMBOL_FIRST = _named(pp.MASTHEAD_SYMBOL_FIRST)
MASTHEAD_ORGAN = _named(pp.MASTHEAD_ORGAN)
DISTRIBUTION = _named(pp.DISTRIBUTION)
DISTRIBUTION_LINE = _named(pp.DISTRIBUTION_LINE)
MASTHEAD_SPACE = _named(pp.MASTHEAD_SPACE)
JOB_LINE = _named(pp.JOB_LINE)
JOB_NUMBER = _named(pp.JOB_NUMBER)
FOOTNOTE_SEPARATOR = ("Footnote Separator", "FootnoteSeparator")

_ALIGN = {"left": "left", "justify": "both", "right": "right", "center": "center"}


def tw(points: float) -> int:
    return round(points * TWIPS_PER_PT)


# ---------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------


def _rpr(font: Font) -> str:
    """A complete font (styles are based on Normal, so every property is stated)."""
    fam = x.escape(font.family)
    return (
        f'<w:rFonts w:ascii="{fam}" w:hAnsi="{fam}" w:eastAsia="{fam}" w:cs="{fam}"/>'
        + ("<w:b/><w:bCs/>" if font.bold else '<w:b w:val="0"/><w:bCs w:val="0"/>')
        + ("<w:i/><w:iCs/>" if font.italic else '<w:i w:val="0"/><w:iCs w:val="0"/>')
        + f'<w:spacing w:val="{tw(font.spacing)}"/><w:w w:val="{font.scale}"/>'
        + f'<w:sz w:val="{round(font.size * 2)}"/><w:szCs w:val="{round(font.size * 2)}"/>'
    )


def _spacing(before: float, after: float, line: float) -> str:
    return (
        f'<w:spacing w:before="{tw(before)}" w:after="{tw(after)}" w:line="{tw(line)}" w:lineRule="exact"/>'
    )


def ind(left: int, right: int, start: int) -> str:
    """Indents: continuation lines at ``left``, the first line at ``start``."""
    first = f'w:firstLine="{start - left}"' if start >= left else f'w:hanging="{left - start}"'
    return f'<w:ind w:left="{left}" w:right="{right}" {first}/>'


def _tabs(stops: tuple[Tab, ...]) -> str:
    if not stops:
        return ""
    return "<w:tabs>" + "".join(f'<w:tab w:val="{t.align}" w:pos="{t.pos}"/>' for t in stops) + "</w:tabs>"


def _ppr(
    para: Para,
    *,
    tabs: tuple[Tab, ...] = (),
    start: int | None = None,
    extra: str = "",
    exact: bool = True,
) -> str:
    """A style's paragraph properties in schema order: ``tabs`` are its tab stops, ``start``
    where its first line starts (by default that of an unlabelled paragraph, see
    :meth:`Para.line_start`); ``exact`` False lets the line grow with its largest font."""
    spacing = (
        _spacing(para.before, para.after, para.line)
        if exact
        else f'<w:spacing w:before="{tw(para.before)}" w:after="{tw(para.after)}" '
        'w:line="240" w:lineRule="auto"/>'
    )
    return (
        ("<w:keepNext/>" if para.keep_with_next else "")
        + ("<w:keepLines/>" if para.keep_together else "")
        + ("<w:pageBreakBefore/>" if para.page_break_before else "")
        + extra
        + _tabs(tabs)
        + spacing
        + ind(para.left, para.right, para.line_start(labelled=False) if start is None else start)
        + f'<w:jc w:val="{_ALIGN[para.align]}"/>'
    )


def _style_xml(kind: str, name: tuple[str, str], ppr: str, rpr: str) -> str:
    ui, sid = name
    builtin = name in (NORMAL, FOOTNOTE_TEXT, FOOTNOTE_REFERENCE, HEADER, FOOTER, EMPHASIS)
    custom = "" if builtin else ' w:customStyle="1"'
    if name == NORMAL:
        base = ""
    elif kind == "character":
        base = '<w:basedOn w:val="DefaultParagraphFont"/>'
    else:
        base = '<w:basedOn w:val="Normal"/>'
    nxt = f'<w:next w:val="{sid}"/>' if kind == "paragraph" else ""
    default = ' w:default="1"' if name == NORMAL else ""
    return (
        f'<w:style w:type="{kind}"{default}{custom} w:styleId="{sid}"><w:name w:val="{x.escape(ui)}"/>'
        f"{base}{nxt}<w:qFormat/>"
        + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "")
        + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "")
        + "</w:style>"
    )


def _pstyle(name: tuple[str, str], para: Para, **kw) -> str:
    return _style_xml("paragraph", name, _ppr(para, **kw), _rpr(para.font))


def _cstyle(name: tuple[str, str], rpr: str) -> str:
    return _style_xml("character", name, "", rpr)


_FIXED_STYLES = (
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
    "<w:unhideWhenUsed/></w:style>"
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" '
    'w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>'
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr>'
    "</w:style>"
)


def _styles(layout: Layout) -> tuple[list[str], dict[BlockStyle, str]]:
    """Every style the document uses, and each block style's style id."""
    base, mast, run, notes, page = (
        layout.base,
        layout.masthead,
        layout.running,
        layout.notes,
        layout.page,
    )
    out = [
        _pstyle(NORMAL, base, extra="<w:widowControl/>"),
        _FIXED_STYLES,
        _cstyle(EMPHASIS, "<w:i/><w:iCs/>"),
    ]
    ids: dict[BlockStyle, str] = {}
    for block_style, para in layout.styles.items():
        name = (para.name, style_id(para.name))
        ids[block_style] = name[1]
        out.append(_pstyle(name, para, tabs=para.label_tabs(layout.tab_grid)))

    # the first-page masthead; the running heads on pages 2 onwards, on a rule; the footers
    pages = pp.page_paras(layout, HEADER[0], FOOTER[0])
    out += [
        _pstyle(MASTHEAD_ORGANIZATION, pages.organization, exact=False),
        _pstyle(MASTHEAD_SYMBOL, pages.symbol, exact=False),
        _cstyle(MASTHEAD_SYMBOL_FIRST, _rpr(mast.symbol_first)),
        _pstyle(MASTHEAD_ORGAN, pages.organ),
        _pstyle(DISTRIBUTION, pages.distribution),
        _pstyle(DISTRIBUTION_LINE, pages.distribution_line),
        _pstyle(MASTHEAD_SPACE, pages.masthead_space),
    ]
    rule = "<w:pBdr>" + x.border("bottom", run.header_rule, run.header_after) + "</w:pBdr>"
    out.append(_pstyle(HEADER, pages.header, extra=rule))
    out.append(_pstyle(FOOTER, pages.footer, tabs=pages.footer_tabs))
    out.append(_cstyle(JOB_NUMBER, _rpr(run.job_font)))
    # page 1's footer is as tall as its larger bottom margin asks: the job line, then an
    # empty line (as under Word's footer tables), pushed down by space before
    job_before = pt(page.bottom_first - page.footer_distance) - pp.FOOTER_LINES * base.line
    out.append(_pstyle(JOB_LINE, replace(pages.job_line, before=max(0.0, job_before))))

    # footnotes: "\t<mark>\t<text>", the mark right-aligned at mark_right
    note = notes.para
    out.append(_pstyle(FOOTNOTE_TEXT, note, tabs=pages.note_tabs, start=note.first_line))
    out.append(_cstyle(FOOTNOTE_REFERENCE, '<w:vertAlign w:val="superscript"/>'))
    separator = Para(
        FOOTNOTE_SEPARATOR[0],
        notes.separator_font,
        left=notes.separator_left,
        line=notes.separator_height,
    )
    out.append(_pstyle(FOOTNOTE_SEPARATOR, separator))
    return out, ids


def _doc_defaults(layout: Layout) -> str:
    f, lang = layout.base.font, x.escape(layout.language)
    fam = x.escape(f.family)
    return (
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f'<w:rFonts w:ascii="{fam}" w:hAnsi="{fam}" w:eastAsia="{fam}" w:cs="{fam}"/>'
        f'<w:sz w:val="{round(f.size * 2)}"/><w:szCs w:val="{round(f.size * 2)}"/>'
        f'<w:lang w:val="{lang}" w:eastAsia="{lang}" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        + _spacing(0, 0, layout.base.line)
        + "</w:pPr></w:pPrDefault></w:docDefaults>"
    )


def install_styles(document, layout: Layout) -> dict[BlockStyle, str]:
    """Replace the template's styles by ours (its latent-style table stays)."""
    styles, ids = _styles(layout)
    root = document.styles.element
    latent = root.find(x.qn("w:latentStyles"))
    del root[:]  # all at once: removing the template's 166 children one by one took 7 ms
    root.extend(x.fragment(_doc_defaults(layout)))
    if latent is not None:
        root.append(latent)
    root.extend(x.fragment("".join(styles)))
    return ids
