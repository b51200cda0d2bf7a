"""THE official layout: every page size, margin, font, size, indent, tab and label.

The DOCX writer, the ODT writer and the typeset pages (PDF, preview, print) all read this
module; a layout number written inside a writer is a bug. Sources and confidence marks are in
``docs/un-layout.md`` (§1): New York figures are measured from DGACM Word files,
Geneva figures from UNOG files, and Vienna uses the DGACM style sheet on A4 paper, which is
UNOV practice but was not measured.

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
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the spec is data and imports nothing of the package when it runs
    from delegate_editor.model.document import Draft

from delegate_editor.model.numbering import Numbering  # the label formats: see model/numbering.py

TWIPS_PER_PT = 20


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
    SECTION_HEADING = "section_heading"
    MEETING = "meeting"
    ANNEX_LABEL = "annex_label"
    ANNEX_TITLE = "annex_title"
    ANNEX_HEADING = "annex_heading"
    ANNEX_BODY = "annex_body"
    ANNEX_NUMBERED = "annex_numbered"


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

    def style(self, style: BlockStyle) -> Para:
        return self.styles[style]

    def spacer_before(self, style: BlockStyle, prev: BlockStyle | None) -> float:
        """Space (pt) added before a block of ``style`` after one of ``prev`` (None: the
        first block): the agenda line is set off from the session group above it by a
        single-line spacer; other blocks get their style's spacing only."""
        if style is BlockStyle.AGENDA and prev in SESSION_GROUP:
            return self.single_line_spacer
        return 0.0


# ---------------------------------------------------------------------------------------
# Presets
# ---------------------------------------------------------------------------------------

_NY_TAB_GRID = (1267, 1742, 2218, 2693, 3182, 3658, 4133, 4622, 5098, 5573, 6048)


def _dgacm_styles(body: int, step: tuple[int, ...]) -> dict[BlockStyle, Para]:
    """The DGACM style sheet (un-layout.md §1.3-1.4). ``body`` is the body indent and
    ``step`` the next tab stops, where first lines, labels and texts start."""
    base_font = Font(size=10, spacing=0.2, scale=103)
    tabs = tuple(Tab(p) for p in (body, *step))
    single = Para(
        name="Single Txt",
        font=base_font,
        left=body,
        right=body,
        align="justify",
        line=12.0,
        after=6.0,
        tabs=tabs,
    )
    bold10 = Font(size=10, bold=True, spacing=0.1)
    s1, s2, s3, s4, s5 = step[:5]
    subs = {
        BlockStyle.SUB1: replace(single, name="Sub-paragraph 1", first=s1, text=s2),
        BlockStyle.SUB2: replace(single, name="Sub-paragraph 2", first=s2, text=s3),
        BlockStyle.SUB3: replace(single, name="Sub-paragraph 3", first=s3, text=s4),
        BlockStyle.SUB4: replace(single, name="Sub-paragraph 4", first=s4, text=s5),
    }
    return {
        BlockStyle.BODY: Para(name="Body Line", font=bold10, line=12.0),
        BlockStyle.SESSION: Para(name="Session", font=bold10, line=12.0),
        BlockStyle.VENUE: Para(name="Venue", font=Font(size=10), line=12.0),
        BlockStyle.AGENDA: Para(name="Agenda Item", font=Font(size=10), line=12.0),
        BlockStyle.AGENDA_TITLE: Para(
            name="Agenda Title",
            font=bold10,
            right=5040,
            line=12.0,
            after=6.0,
            keep_with_next=True,
        ),
        BlockStyle.SPONSORS: Para(
            name="Sponsors",
            font=bold10,
            left=body,
            right=body,
            line=12.0,
            before=12.0,
            after=12.0,
            keep_with_next=True,
        ),
        BlockStyle.RECOMMENDATION: replace(single, name="Recommendation", first=s1),
        BlockStyle.ADOPTED_HEADING: Para(
            name="Adoption Heading",
            font=Font(size=14, bold=True, spacing=-0.1),
            left=body,
            right=body,
            line=15.0,
            after=12.0,
            keep_with_next=True,
        ),
        BlockStyle.TITLE: Para(
            name="Resolution Title",
            font=Font(size=12, bold=True),
            left=body,
            right=body,
            first=body - 245,
            text=body,
            label_align="right",
            line=13.5,
            before=6.0,
            after=12.0,
            keep_with_next=True,
            keep_together=True,
        ),
        BlockStyle.AUTHORING: replace(single, name="Authoring Line", first=s1, keep_with_next=True),
        BlockStyle.PREAMBLE: replace(single, name="Preambular Paragraph", first=s1),
        BlockStyle.OPERATIVE: replace(single, name="Operative Paragraph", first=s1, text=s2),
        **subs,
        BlockStyle.DASH: replace(single, name="Dash Item", first=s1, text=s2),
        BlockStyle.SECTION_HEADING: Para(
            name="Section Heading",
            font=bold10,
            left=body,
            right=body,
            line=12.0,
            before=6.0,
            after=6.0,
            keep_with_next=True,
        ),
        BlockStyle.MEETING: Para(
            name="Meeting Line",
            font=Font(size=10, italic=True),
            left=body,
            right=body,
            align="right",
            line=12.0,
            before=12.0,
        ),
        BlockStyle.ANNEX_LABEL: Para(
            name="Annex Label",
            font=Font(size=14, bold=True, spacing=-0.1),
            left=body,
            right=body,
            line=15.0,
            after=12.0,
            keep_with_next=True,
            page_break_before=True,
        ),
        BlockStyle.ANNEX_TITLE: Para(
            name="Annex Title",
            font=Font(size=12, bold=True),
            left=body,
            right=body,
            line=13.5,
            after=12.0,
            keep_with_next=True,
        ),
        BlockStyle.ANNEX_HEADING: Para(
            name="Annex Heading",
            font=bold10,
            left=body,
            right=body,
            line=12.0,
            before=6.0,
            after=6.0,
            keep_with_next=True,
        ),
        BlockStyle.ANNEX_BODY: replace(single, name="Annex Text"),
        BlockStyle.ANNEX_NUMBERED: replace(single, name="Annex Numbered", first=body, text=s1),
    }


def _ny_notes(body: int) -> NoteStyle:
    para = Para(
        name="Footnote Text",
        font=Font(size=8.5, spacing=0.25, scale=104),
        left=body,
        right=1260,
        first=body - 576,
        text=body,
        label_align="right",
        line=10.5,
    )
    return NoteStyle(para=para, mark_right=body - 72)


NEW_YORK = Layout(
    name="new_york",
    label="New York (US Letter)",
    page=PageSetup(
        paper="Letter",
        width=12240,
        height=15840,
        top=1440,
        bottom=1152,
        bottom_first=1728,
        left=1200,
        right=1200,
        header_distance=432,
        footer_distance=504,
    ),
    styles=_dgacm_styles(1267, _NY_TAB_GRID[1:]),
    masthead=Masthead(
        columns=(1267, 1872, 245, 3110, 245, 3096, 15),
        row1_height=864,
        row2_height=2880,
        un_col=1,
        symbol_cols=(3, 6),
        organ_cols=(1, 3),
        distr_col=5,
    ),
    running=Running(),
    notes=_ny_notes(1267),
    base=Para(name="Normal", font=Font(size=10, spacing=0.2, scale=103), line=12.0),
    tab_grid=_NY_TAB_GRID,
)

# Vienna (UNOV): the DGACM style sheet on A4 [U]. The text area is 17 cm like Geneva's, and
# the masthead's symbol column gives up the difference.
VIENNA = replace(
    NEW_YORK,
    name="vienna",
    label="Vienna (A4)",
    page=PageSetup(
        paper="A4",
        width=11907,
        height=16840,
        top=1440,
        bottom=1152,
        bottom_first=1728,
        left=1134,
        right=1134,
        header_distance=432,
        footer_distance=504,
    ),
    masthead=replace(NEW_YORK.masthead, columns=(1267, 1872, 245, 2899, 245, 3096, 15)),
)

_G_TAB_GRID = (1134, 1701, 2268, 2835, 3402, 3969, 4536, 5103)


def _geneva() -> Layout:
    styles = _dgacm_styles(1134, _G_TAB_GRID[1:])
    # UNOG "_G" sizes: the document title is H_1_G, 18 pt before and 12 pt after.
    styles[BlockStyle.TITLE] = replace(
        styles[BlockStyle.TITLE],
        first=1134 - 283,
        before=18.0,
        after=12.0,
    )
    notes_para = Para(
        name="Footnote Text",
        font=Font(size=9),
        left=1134,
        right=1134,
        first=0,
        text=1134,
        label_align="right",
        line=11.0,
    )
    return Layout(
        name="geneva",
        label="Geneva (A4)",
        page=PageSetup(
            paper="A4",
            width=11907,
            height=16840,
            top=1701,
            bottom=2127,
            bottom_first=2127,
            left=1134,
            right=1134,
            header_distance=1134,
            footer_distance=1411,
            first_header_distance=568,  # the masthead table is anchored 1 cm from the top
        ),
        styles=styles,
        masthead=Masthead(
            columns=(1276, 2268, 3260, 2835),
            row1_height=851,
            row2_height=1998,
            un_col=1,
            symbol_cols=(2, 3),
            organ_cols=(1, 2),
            distr_col=3,
            organ_line=21.0,
            organ_before=6.0,
        ),
        running=Running(
            # a paragraph, not the New York table: its 12 pt line, the 4 pt gap and the rule
            header_height=330,
            header_font=Font(size=9, bold=True),
            header_rule=0.5,
            page_font=Font(size=9, bold=True),
            job_font=Font(size=8),
        ),
        notes=NoteStyle(
            para=notes_para,
            mark_right=1021,
            separator_left=680,
        ),
        base=Para(name="Normal", font=Font(size=10), line=12.0),
        tab_grid=_G_TAB_GRID,
    )


GENEVA = _geneva()

PRESETS: dict[str, Layout] = {p.name: p for p in (NEW_YORK, GENEVA, VIENNA)}

PAPERS: dict[str, tuple[int, int]] = {"Letter": (12240, 15840), "A4": (11907, 16840)}

# The papers' exact sizes in millimetres. Word states A4 in whole twips (11906 or 11907 for
# 210 mm); formats with real units (ODT) state the paper itself, which is also how
# LibreOffice reads the DOCX's twips (through 1/100 mm), so both render with one text width.
PAPER_MM: dict[str, tuple[float, float]] = {"Letter": (215.9, 279.4), "A4": (210.0, 297.0)}


def with_paper(layout: Layout, paper: str) -> Layout:
    """The same layout on another paper size: margins are kept and the text width and the
    masthead's widest column change with the page width."""
    if paper == layout.page.paper:
        return layout
    width, height = PAPERS[paper]
    delta = width - layout.page.width
    cols = list(layout.masthead.columns)
    widest = max(range(len(cols)), key=cols.__getitem__)
    cols[widest] += delta
    return replace(
        layout,
        page=replace(layout.page, paper=paper, width=width, height=height),
        masthead=replace(layout.masthead, columns=tuple(cols)),
    )


def preset_for(venue: str, symbol: str, organ: str = "") -> str:
    """The duty station a draft belongs to, from its venue line, symbol and organ."""
    text = f"{venue} {symbol}".lower()
    if "vienna" in text or symbol.upper().startswith(("E/CN.15", "E/CN.7")):
        return VIENNA.name
    if "geneva" in text or "/hrc/" in text or organ.lower() == "human rights council":
        return GENEVA.name
    return NEW_YORK.name


def layout_for(venue: str, symbol: str, organ: str = "", preset: str = "", paper: str = "") -> Layout:
    """The layout to use: the draft's chosen preset, else the one its venue implies, on the
    requested paper size if one is given."""
    layout = PRESETS.get(preset) or PRESETS[preset_for(venue, symbol, organ)]
    return with_paper(layout, paper) if paper else layout


def draft_layout(draft: Draft, preset: str = "", paper: str = "") -> Layout:
    """THE layout choice for a draft, used by every caller (exports, preview, print, the
    command line): ``preset`` or the draft's own preset or its venue's, on ``paper`` when it
    names a known size (anything else keeps the preset's paper)."""
    f = draft.front
    return layout_for(
        f.venue_dates, f.symbol, f.organ, preset or draft.layout, paper if paper in PAPERS else ""
    )
