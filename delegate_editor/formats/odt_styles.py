"""ODT styles: the named paragraph and text styles of the official layout, in ``styles.xml``.

Every block style becomes a named paragraph style (named from the layout's ``Para.name``), as
do the parts of the page that are not blocks (masthead, running heads, footers, footnotes);
italics use the ``Emphasis`` text style. Overrides that a paragraph needs (its first line, a
spacer) become automatic styles made on demand, one per distinct override. Every length comes
from :mod:`delegate_editor.formats.layout`; units and names are in :mod:`odt_xml`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from odf import style as odf_style
from odf.opendocument import OpenDocumentText
from odf.style import (
    DefaultStyle,
    FontFace,
    Style,
    TableCellProperties,
    TableColumnProperties,
    TableProperties,
    TableRowProperties,
    TabStops,
)
from odf.text import NotesConfiguration

from delegate_editor.formats import odt_xml as o
from delegate_editor.formats.layout import BlockStyle, Font, Layout, Para, Tab
from delegate_editor.formats.layout_types import WIDOW_LINES
from delegate_editor.formats.page_paras import (
    DISTRIBUTION,
    DISTRIBUTION_LINE,
    JOB_LINE,
    JOB_NUMBER,
    MASTHEAD_ORGAN,
    MASTHEAD_ORGANIZATION,
    MASTHEAD_SPACE,
    MASTHEAD_SYMBOL,
    MASTHEAD_SYMBOL_FIRST,
    page_paras,
)

# the elements every style is made of, with their attributes set at once (odt_xml.quick)
ParagraphProperties = o.quick(odf_style.ParagraphProperties)
TextProperties = o.quick(odf_style.TextProperties)
TabStop = o.quick(odf_style.TabStop)

STANDARD = "Standard"  # ODF's default paragraph style (Word's "Normal")
EMPHASIS = "Emphasis"
HEADER = "Header"
FOOTER = "Footer"
# LibreOffice's own names for the footnote marks in the text and in the note
NOTE_ANCHOR = "Footnote anchor"
NOTE_SYMBOL = "Footnote Symbol"


# ---------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------


def _text_props(font: Font) -> dict[str, str]:
    """A complete font: styles state every property, as the DOCX styles do."""
    size = o.points(font.size)
    weight = "bold" if font.bold else "normal"
    posture = "italic" if font.italic else "normal"
    return {
        "fontname": font.family,
        "fontsize": size,
        "fontsizeasian": size,
        "fontsizecomplex": size,
        "fontweight": weight,
        "fontweightasian": weight,
        "fontweightcomplex": weight,
        "fontstyle": posture,
        "fontstyleasian": posture,
        "fontstylecomplex": posture,
        "letterspacing": o.points(font.spacing) if font.spacing else "normal",
        "textscale": o.percent(font.scale),
    }


def _para_props(para: Para, start: int | None = None, exact: bool = True) -> dict[str, str]:
    """Indents, spacing, alignment and keeps of ``para``; ``start`` is where the first line
    starts (by default that of an unlabelled paragraph); ``exact`` False lets the line grow
    with its largest font."""
    start = para.line_start(labelled=False) if start is None else start
    props = {
        "marginleft": o.length(para.left),
        "marginright": o.length(para.right),
        "textindent": o.length(start - para.left),
        "margintop": o.points(para.before),
        "marginbottom": o.points(para.after),
        "lineheight": o.points(para.line) if exact else "100%",
        "textalign": para.align,
        "justifysingleword": "false",
        "keepwithnext": "always" if para.keep_with_next else "auto",
        "keeptogether": "always" if para.keep_together else "auto",
    }
    if para.page_break_before:
        props["breakbefore"] = "page"
    return props


def indents(para: Para, start: int) -> dict[str, str]:
    """An override of where the first line starts. LibreOffice keeps the left, right and
    first-line indents in one property, so an automatic style that states only the first
    line resets the others to 0: the three travel together."""
    return {
        "marginleft": o.length(para.left),
        "marginright": o.length(para.right),
        "textindent": o.length(start - para.left),
    }


def spacing(para: Para, before: float) -> dict[str, str]:
    """An override of the space before; the space after travels with it (one property in
    LibreOffice, as for the indents)."""
    return {"margintop": o.points(before), "marginbottom": o.points(para.after)}


def _paragraph_properties(props: dict[str, str], tabs: tuple[Tab, ...] = ()) -> ParagraphProperties:
    element = ParagraphProperties(**props)
    if tabs:
        stops = TabStops()
        for tab in tabs:
            stops.addElement(TabStop(position=o.length(tab.pos), type=tab.align))
        element.addElement(stops)
    return element


# ---------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------


@dataclass
class Styles:
    """Named styles in ``office:styles`` and automatic styles made on demand (one per
    distinct override, named P1, P2 ... in the body and MP1 ... in headers and footers)."""

    doc: OpenDocumentText
    layout: Layout
    block: dict[BlockStyle, str] = field(default_factory=dict)
    _auto: dict[tuple, str] = field(default_factory=dict)
    _fonts: set[str] = field(default_factory=set)

    def font(self, family: str) -> None:
        if family not in self._fonts:
            self._fonts.add(family)
            self.doc.fontfacedecls.addElement(
                FontFace(
                    name=family,
                    fontfamily=f"'{family}'",
                    fontfamilygeneric="roman",
                    fontpitch="variable",
                )
            )

    def paragraph(
        self,
        display: str,
        para: Para,
        *,
        tabs: tuple[Tab, ...] = (),
        start: int | None = None,
        exact: bool = True,
        extra: dict[str, str] | None = None,
    ) -> str:
        name = STANDARD if display == STANDARD else o.style_name(display)
        attrs = {"name": name, "family": "paragraph"}
        if name != display:
            attrs["displayname"] = display
        if name != STANDARD:
            attrs["parentstylename"] = STANDARD
            attrs["nextstylename"] = name
        style = Style(**attrs)
        style.addElement(_paragraph_properties({**_para_props(para, start, exact), **(extra or {})}, tabs))
        self.font(para.font.family)
        style.addElement(TextProperties(**_text_props(para.font)))
        self.doc.styles.addElement(style)
        return name

    def text(self, display: str, props: dict[str, str]) -> str:
        name = o.style_name(display)
        attrs = {"name": name, "family": "text"}
        if name != display:
            attrs["displayname"] = display
        style = Style(**attrs)
        style.addElement(TextProperties(**props))
        self.doc.styles.addElement(style)
        return name

    def auto(
        self,
        family: str,
        parent: str,
        props: dict[str, str],
        prefix: str = "",
        tabs: tuple[Tab, ...] = (),
        **style_attrs,
    ) -> str:
        """An automatic style: ``parent`` with ``props`` (the properties of ``family``: a
        paragraph's, with ``tabs``, a text's, or those of a table and its columns, rows and
        cells)."""
        key = (family, parent, prefix, tuple(sorted(props.items())), tuple(sorted(style_attrs.items())), tabs)
        if key not in self._auto:
            letter = _AUTO_NAMES[family][0]
            name = f"{prefix}{letter}{sum(1 for k in self._auto if k[0] == family and k[2] == prefix) + 1}"
            attrs = {"name": name, "family": family, **style_attrs}
            if parent:
                attrs["parentstylename"] = parent
            style = Style(**attrs)
            if family == "paragraph":
                style.addElement(_paragraph_properties(props, tabs))
            else:
                style.addElement(_AUTO_NAMES[family][1](**props))
            self.doc.automaticstyles.addElement(style)
            self._auto[key] = name
        return self._auto[key]


# each family's automatic style names (P1, T1, Table1, Column1 ...) and its properties
_AUTO_NAMES = {
    "paragraph": ("P", ParagraphProperties),
    "text": ("T", TextProperties),
    "table": ("Table", TableProperties),
    "table-column": ("Column", TableColumnProperties),
    "table-row": ("Row", TableRowProperties),
    "table-cell": ("Cell", TableCellProperties),
}


def _language(tag: str) -> dict[str, str]:
    language, _, country = tag.partition("-")
    return {"language": language, "country": country} if country else {"language": language}


def install_styles(doc: OpenDocumentText, layout: Layout) -> Styles:
    styles = Styles(doc, layout)
    base, mast, run, notes = layout.base, layout.masthead, layout.running, layout.notes

    # the defaults and the base style (Word's "Normal"): no hyphenation, widow control
    default = DefaultStyle(family="paragraph")
    default.addElement(ParagraphProperties(writingmode="lr-tb"))
    # no pair kerning: the layout (like the DOCX) asks for none, and it changes line breaks
    default.addElement(TextProperties(hyphenate="false", letterkerning="false", **_language(layout.language)))
    doc.styles.addElement(default)
    styles.paragraph(STANDARD, base, extra={"widows": str(WIDOW_LINES), "orphans": str(WIDOW_LINES)})
    styles.text(EMPHASIS, {"fontstyle": "italic", "fontstyleasian": "italic", "fontstylecomplex": "italic"})

    for block_style, para in layout.styles.items():
        styles.block[block_style] = styles.paragraph(para.name, para, tabs=para.label_tabs(layout.tab_grid))

    # the first-page masthead; the running heads on pages 2 onwards, on a rule; the footers
    pages = page_paras(layout, HEADER, FOOTER)
    styles.paragraph(MASTHEAD_ORGANIZATION, pages.organization, exact=False)
    styles.paragraph(MASTHEAD_SYMBOL, pages.symbol, exact=False)
    styles.font(mast.symbol_first.family)
    styles.text(MASTHEAD_SYMBOL_FIRST, _text_props(mast.symbol_first))
    styles.paragraph(MASTHEAD_ORGAN, pages.organ)
    styles.paragraph(DISTRIBUTION, pages.distribution)
    styles.paragraph(DISTRIBUTION_LINE, pages.distribution_line)
    styles.paragraph(MASTHEAD_SPACE, pages.masthead_space)
    rule = {
        "borderbottom": f"{o.points(run.header_rule)} solid #000000",
        "paddingbottom": o.points(run.header_after),
    }
    styles.paragraph(HEADER, pages.header, extra=rule)
    styles.paragraph(FOOTER, pages.footer, tabs=pages.footer_tabs)
    styles.font(run.job_font.family)
    styles.text(JOB_NUMBER, _text_props(run.job_font))
    styles.paragraph(JOB_LINE, pages.job_line)

    # footnotes: the note's mark (drawn by the application) ends at mark_right (each note's
    # own indent, see NoteStyle.mark_start) and its text starts at the text column; the tab
    # stop there serves notes a user types with a tab
    note = notes.para
    styles.paragraph(note.name, note, tabs=pages.note_tabs, start=note.first_line)
    mark = {
        "textposition": f"{o.percent(notes.superscript_rise * 100)} {o.percent(notes.superscript_ratio * 100)}"
    }
    styles.text(NOTE_ANCHOR, mark)
    styles.text(NOTE_SYMBOL, mark)
    doc.styles.addElement(
        NotesConfiguration(
            noteclass="footnote",
            defaultstylename=o.style_name(note.name),
            citationstylename=o.style_name(NOTE_ANCHOR),
            citationbodystylename=o.style_name(NOTE_SYMBOL),
            numformat="1",
            startvalue="0",
            footnotesposition="page",
            startnumberingat="document",
        )
    )
    return styles
