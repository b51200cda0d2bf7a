"""The shapes of the layout spec: paragraph styles, fonts, tabs, the page, the masthead, the
running heads, the footnotes and the whole :class:`Layout`, as frozen dataclasses with the few
rules that derive one position from another. The numbers that fill them, for each duty
station, are in :mod:`delegate_editor.formats.layout`, which also re-exports every name here,
so callers import both from there.

Units: lengths are twips (1/20 pt, 1/1440 in) as integers, because that is how the Word
templates state them; font sizes and vertical spacing are points. Horizontal positions of
paragraph parts are measured from the left edge of the text area:

* ``left``: where continuation lines start (UN paragraphs wrap back to the body indent);
* ``first``: where the first line starts (a label, or the text when there is no label);
* ``text``: where the text after a label starts (0 when the style has no label column);
* ``label_align``: "left", or "right" for labels that end at ``first`` (resolution numbers).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from delegate_editor.model.numbering import Numbering  # the label formats: see model/numbering.py

TWIPS_PER_PT = 20
# widow and orphan control, in lines: Word's (``w:widowControl``) is two and not settable,
# so the ODT asks for two and the typeset pages keep two (formats/note_pages.py)
WIDOW_LINES = 2


def pt(twips: float) -> float:
    return twips / TWIPS_PER_PT


class BlockStyle(StrEnum):
    """Every kind of paragraph a resolution has. Each has a named style in DOCX and ODT."""

    BODY = "body"  # where it is tabled: "Third Committee", "Commission on ..."
    SESSION = "session"
    VENUE = "venue"
    AGENDA = "agenda"
    AGENDA_TITLE = "agenda_title"
    SPONSORS = "sponsors"
    RECOMMENDATION = "recommendation"
    ADOPTED_HEADING = "adopted_heading"  # "Resolution adopted by the General Assembly on ..."
    TITLE = "title"
    AUTHORING = "authoring"
    PREAMBLE = "preamble"
    OPERATIVE = "operative"
    SUB1 = "sub1"
    SUB2 = "sub2"
    SUB3 = "sub3"
    SUB4 = "sub4"
    DASH = "dash"
    QUOTE = "quote"  # a paragraph an amendment quotes or inserts, indented, unlabelled
    SECTION_HEADING = "section_heading"
    MEETING = "meeting"
    ANNEX_LABEL = "annex_label"
    ANNEX_TITLE = "annex_title"
    ANNEX_HEADING = "annex_heading"
    ANNEX_BODY = "annex_body"
    ANNEX_NUMBERED = "annex_numbered"
    # a table's rows (an annex's staffing table, a decision's timetable): the writers set the
    # run of them as one table, each cell a paragraph in this style; its cells are parted by
    # a tab in the block's text (``model.table.CELL``)
    TABLE_HEADER = "table_header"
    TABLE_ROW = "table_row"


TABLE_STYLES = (BlockStyle.TABLE_HEADER, BlockStyle.TABLE_ROW)


SUB_STYLES = (BlockStyle.SUB1, BlockStyle.SUB2, BlockStyle.SUB3, BlockStyle.SUB4)
# The blocks of the session group on page 1; the agenda line after them is set off by a spacer.
SESSION_GROUP = frozenset({BlockStyle.BODY, BlockStyle.SESSION, BlockStyle.VENUE})


@dataclass(frozen=True)
class Font:
    size: float = 10.0  # pt
    bold: bool = False
    italic: bool = False
    spacing: float = 0.0  # extra character spacing, pt
    scale: int = 100  # horizontal scale, per cent
    family: str = "Times New Roman"


@dataclass(frozen=True)
class Tab:
    pos: int  # twips from the left of the text area
    align: str = "left"  # "left" | "right" | "center"


@dataclass(frozen=True)
class Para:
    """One paragraph style: the font and the geometry of its lines."""

    name: str  # the style name a user sees in Word or LibreOffice
    font: Font = Font()
    left: int = 0
    right: int = 0
    first: int | None = None  # None: the first line starts at ``left``
    text: int = 0  # start of the text after the label; 0: no label column
    label_align: str = "left"
    align: str = "left"  # "left" | "justify" | "right" | "center"
    line: float = 12.0  # exact line pitch, pt
    before: float = 0.0  # pt
    after: float = 0.0  # pt
    tabs: tuple[Tab, ...] = ()
    keep_with_next: bool = False
    keep_together: bool = False
    page_break_before: bool = False

    @property
    def first_line(self) -> int:
        return self.left if self.first is None else self.first

    def line_start(self, labelled: bool) -> int:
        """Where the first line starts. Left-aligned labels start at ``first``; a
        right-aligned label ends at ``first``, so its line starts at the text area's edge and
        tabs to it; without a label the text starts at ``text`` in such styles."""
        if self.text and self.label_align == "right":
            return 0 if labelled else self.text
        return self.first_line

    def label_tabs(self, grid: tuple[int, ...] = ()) -> tuple[Tab, ...]:
        """The tab stops of a labelled style: the label's end (right-aligned labels), the
        text column, then the stops of the UN grid after it, where the text goes when a label
        is wider than its column. Positions are from the text area's left edge."""
        if not self.text:
            return ()
        stops = [Tab(self.first_line, "right")] if self.label_align == "right" else []
        stops.append(Tab(self.text))
        stops += [Tab(p) for p in grid if p > self.text]
        return tuple(stops)

    def label_text(self, label: str) -> str:
        """A label as it is typed before the text, with the tabs :meth:`label_tabs` serves: a
        right-aligned label tabs to its end (its line starts at the edge, see
        :meth:`line_start`) and then to the text column; a left-aligned one tabs to the text
        column, or is followed by a space in a style without one."""
        if self.text and self.label_align == "right":
            return f"\t{label}\t"
        return f"{label}\t" if self.text else f"{label} "


@dataclass(frozen=True)
class PageSetup:
    paper: str  # "Letter" | "A4"
    width: int
    height: int
    top: int
    bottom: int  # pages 2 onwards
    bottom_first: int  # page 1 (room for the job-number footer)
    left: int
    right: int
    header_distance: int  # the running heads of pages 2 onwards, from the page top
    footer_distance: int
    # the masthead on page 1, from the page top, where a template anchors it apart from the
    # running heads (Geneva: 1 cm, its heads at 2 cm); 0: at the header distance
    first_header_distance: int = 0

    @property
    def text_width(self) -> int:
        return self.width - self.left - self.right

    @property
    def masthead_top(self) -> int:
        return self.first_header_distance or self.header_distance

    @property
    def header_drop(self) -> int:
        """How far the running heads sit below the top of the header area, which starts at
        the masthead's top: a Word section has one header distance for every page."""
        return self.header_distance - self.masthead_top


@dataclass(frozen=True)
class Masthead:
    """The first-page masthead table (un-layout.md §1.5)."""

    columns: tuple[int, ...]  # widths in twips; they add up to the text width
    row1_height: int
    row2_height: int
    un_col: int  # column index of "United Nations"
    symbol_cols: tuple[int, int]  # first and last column of the symbol cell
    organ_cols: tuple[int, int]  # the body name spans these columns
    distr_col: int
    organization: Font = Font(size=14, spacing=0.1, scale=96)
    symbol_first: Font = Font(size=20)  # "E" of "E/CN.15/2013/L.14"
    symbol_rest: Font = Font(size=10)
    organ: Font = Font(size=20, bold=True, spacing=-0.2, scale=98)
    organ_line: float = 19.5
    organ_before: float = 5.45
    distr: Font = Font(size=10)
    distr_before: float = 12.0
    distr_line: float = 12.0
    thin_rule: float = 0.5  # pt, under row 1
    thick_rule: float = 1.5  # pt, under row 2
    # pt of space between the thick rule and the body: the header's last paragraph. Word and
    # LibreOffice draw the rule below row 2 (measured on the UN's PDFs: 208.9-210.4 pt), and
    # the body's first baseline on page 1 is at 222.3 pt, one exact 12 pt line below
    # 212.4 pt: 2 pt. (6 pt put our first line 3.8 pt lower than the UN's.)
    after_rule: float = 2.0


@dataclass(frozen=True)
class Running:
    """Headers and footers on pages 2 onwards, and the page-1 footer."""

    header_font: Font = Font(size=8.5, bold=True)
    header_height: int = 864
    header_after: float = 4.0
    header_rule: float = 0.25  # pt
    page_font: Font = Font(size=8.5, bold=True)  # "2/5"
    job_font: Font = Font(size=7)  # job number on pages 2 onwards
    first_job_font: Font = Font(size=10)  # job line on page 1
    page_format: str = "{page}/{pages}"


@dataclass(frozen=True)
class NoteStyle:
    """Footnotes: text style, reference marks and separator (un-layout.md §1.7)."""

    para: Para
    mark_right: int  # the note's number is right-aligned here (twips)
    superscript_ratio: float = 0.65  # measured: 6.5 pt mark on 10 pt text
    superscript_rise: float = 0.35  # measured: the mark is raised about 3.5 pt on 10 pt text
    separator_text: str = "_" * 18
    separator_font: Font = Font(size=8, bold=True)
    separator_left: int = 792
    # The room between the body and the notes (pt): a rule with a gap above and below it.
    # LibreOffice reads no spacing from a DOCX's separator paragraph and draws its own rule
    # with 0.1 cm above and below (measured: our DOCX converted by LibreOffice states
    # distance-before-sep and distance-after-sep 0.0398 in, width 0.0071 in), so every format
    # takes that room, or a page of notes breaks one line apart: the ODT states it, Word's
    # separator paragraph is one exact line of it, typst sets its underscores in it. (The
    # UN's own pages leave about as little: a page of 44 body lines, 11 paragraph gaps and
    # 6 notes, A/C.3/80/L.27 page 4, leaves at most 5.4 pt.)
    separator_gap: float = 72 / 2.54 * 0.1
    # the rule's weight, where a format draws one (ODT); 8 pt underscores elsewhere
    separator_rule: float = 0.5  # pt

    @property
    def separator_height(self) -> float:
        """The whole room the separator takes between the body and the first note (pt)."""
        return 2 * self.separator_gap + self.separator_rule

    def mark_start(self, mark: str, width: Callable[[str, Font], float]) -> int:
        """Where a note's first line starts so that its superscript ``mark`` ends at
        ``mark_right`` (never right of the note's continuation indent). ``width`` measures a
        text in points (``font_metrics().width``); it is passed in because the layout holds
        numbers only, not font files."""
        para = self.para
        size = Font(size=para.font.size * self.superscript_ratio, spacing=para.font.spacing)
        mark_width = width(mark, size) * para.font.scale / 100 * TWIPS_PER_PT
        return min(para.left, self.mark_right - round(mark_width))


@dataclass(frozen=True)
class TableGeometry:
    """How a table stands on the page, the same in the DOCX, the ODT and the PDF. It starts
    at the body's indent and runs to the right margin; its cells' paragraphs ("Table Text",
    "Table Heading" in 9 pt, no indent of their own) sit
    ``pad`` twips in from the cell's sides, with ``before`` and ``after`` pt of room above
    and below each row's text; a ``rule`` pt line runs above and below the header rows and
    under the last row. The columns share the width by their text
    (``block_types.column_widths``)."""

    pad: int = 108  # twips, left and right in each cell (Word's default cell margin)
    # room above and below a row's text: the UN's timetable (A/C.4/80/L.15, seven pages)
    # breaks its pages within two rows of where ours do with 4 pt, its pages run one row
    # apart for every 1 pt less (two pages fewer with 1 pt, one more with 5 pt)
    before: float = 4.0  # pt
    after: float = 4.0  # pt
    rule: float = 0.5  # pt


@dataclass(frozen=True)
class Layout:
    name: str  # preset key
    label: str  # shown to the user
    page: PageSetup
    styles: dict[BlockStyle, Para]
    masthead: Masthead
    running: Running
    notes: NoteStyle
    numbering: Numbering = Numbering()
    base: Para = Para(name="Normal")
    single_line_spacer: float = 6.0  # pt: the spacer paragraphs between page-1 blocks
    language: str = "en-US"
    tab_grid: tuple[int, ...] = ()
    table: TableGeometry = TableGeometry()

    def style(self, style: BlockStyle) -> Para:
        return self.styles[style]

    def table_span(self) -> tuple[int, int]:
        """Where a table starts (the body's indent) and how wide it is (to the right
        margin), in twips."""
        indent = self.styles[BlockStyle.ANNEX_BODY].left
        return indent, self.page.width - self.page.left - self.page.right - indent

    def spacer_before(self, style: BlockStyle, prev: BlockStyle | None) -> float:
        """Space (pt) added before a block of ``style`` after one of ``prev`` (None: the
        first block): the agenda line is set off from the session group above it by a
        single-line spacer; other blocks get their style's spacing only."""
        if style is BlockStyle.AGENDA and prev in SESSION_GROUP:
            return self.single_line_spacer
        return 0.0
