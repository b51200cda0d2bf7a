"""THE official layout: every page size, margin, font, size, indent, tab and label.

The DOCX writer, the ODT writer and the typeset pages (PDF, preview, print) all read this
module; a layout number written inside a writer is a bug. Sources and confidence marks are in
``docs/un-layout.md`` (§1): New York figures are measured from DGACM Word files,
Geneva figures from UNOG files, and Vienna uses the DGACM style sheet on A4 paper, which is
UNOV practice but was not measured.

This module holds the numbers (the three presets, the papers) and the one choice of layout
for a draft (:func:`draft_layout`). The dataclasses they fill, and the units, are in
:mod:`delegate_editor.formats.layout_types`; their names are re-exported here so that every
caller imports the spec from one place.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from delegate_editor.model.document import DocumentKind

if TYPE_CHECKING:  # the draft is named for the type hint only
    from delegate_editor.model.document import Draft

from delegate_editor.formats.layout_types import (
    SESSION_GROUP,
    SUB_STYLES,
    TWIPS_PER_PT,
    BlockStyle,
    Font,
    Layout,
    Masthead,
    NoteStyle,
    Numbering,
    PageSetup,
    Para,
    Running,
    Tab,
    pt,
)

__all__ = [
    "GENEVA",
    "NEW_YORK",
    "PAPER_MM",
    "PAPERS",
    "PRESETS",
    "SESSION_GROUP",
    "SUB_STYLES",
    "TWIPS_PER_PT",
    "VIENNA",
    "BlockStyle",
    "Font",
    "Layout",
    "Masthead",
    "NoteStyle",
    "Numbering",
    "PageSetup",
    "Para",
    "Running",
    "Tab",
    "draft_layout",
    "layout_for",
    "preset_for",
    "pt",
    "with_paper",
]

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
            name="Agenda Title", font=bold10, right=4320, line=12.0, after=6.0, keep_with_next=True
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
        # an amendment's quotation: the block one step in, its first line one step further,
        # as the UN sets the paragraphs an amendment inserts
        BlockStyle.QUOTE: replace(single, name="Quoted Paragraph", left=s1, first=s2),
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
            keep_with_next=True,  # the meeting and its date on one page (A/RES/80/146)
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
        # a row is never split, a header row stays with the next (w:cantSplit, note_pages)
        BlockStyle.TABLE_HEADER: Para(
            name="Table Heading", font=Font(size=9), line=10.5, keep_together=True, keep_with_next=True
        ),
        BlockStyle.TABLE_ROW: Para(name="Table Text", font=base_font, line=12.0, keep_together=True),
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
    layout = layout_for(
        f.venue_dates, f.symbol, f.organ, preset or draft.layout, paper if paper in PAPERS else ""
    )
    if draft.kind is DocumentKind.ADOPTED:  # the adopted text's annex starts a new page; an issued
        return layout  # draft's follows on (A/80/L.4, L.5, L.8, A/C.2/80/L.42, A/C.6/80/L.8)
    label = replace(layout.styles[BlockStyle.ANNEX_LABEL], page_break_before=False)
    return replace(layout, styles={**layout.styles, BlockStyle.ANNEX_LABEL: label})
