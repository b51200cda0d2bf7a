"""Words on PDF pages with their positions (poppler's ``pdftotext -bbox``), so a test can
fail when the pages drift from the layout spec, not only when text goes missing. Shared by
the DOCX, ODT and typeset-page tests."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from office import pdftotext

from delegate_editor.formats.layout import Layout, pt


@dataclass(frozen=True)
class Word:
    page: int  # 1-based
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def words(pdf: Path) -> list[Word]:
    out: list[Word] = []
    for n, page in enumerate(pdftotext(pdf, "-bbox").split("<page ")[1:], start=1):
        for m in _WORD.finditer(page):
            x0, y0, x1, y1 = (float(v) for v in m.groups()[:4])
            out.append(Word(n, x0, y0, x1, y1, html.unescape(m.group(5))))
    return out


def find(ws: list[Word], text: str, page: int | None = None) -> Word:
    hits = [w for w in ws if w.text == text and (page is None or w.page == page)]
    assert hits, f"{text!r} is not in the PDF" + (f" on page {page}" if page else "")
    return hits[0]


def same_line(ws: list[Word], word: Word) -> list[Word]:
    """The words on ``word``'s line: boxes overlapping it by at least half the smaller
    height (a raised mark overlaps its own line, not the line above or below)."""

    def overlap(w: Word) -> bool:
        shared = min(w.y1, word.y1) - max(w.y0, word.y0)
        return shared >= min(w.y1 - w.y0, word.y1 - word.y0) / 2

    return sorted((w for w in ws if w.page == word.page and overlap(w)), key=lambda w: w.x0)


def assert_page_one_keeps_its_bottom_margin(ws: list[Word], layout: Layout) -> None:
    """Page 1's footer is as tall as its larger bottom margin (room for the job line), so
    the body stops higher on page 1 than on the pages after it."""
    page = layout.page
    footer_top = pt(page.height - page.bottom)

    def body_bottom(n: int) -> float:
        return max(w.y1 for w in ws if w.page == n and pt(page.top) < w.y0 and w.y1 < footer_top)

    assert body_bottom(1) <= pt(page.height - page.bottom_first) + 0.5
    assert body_bottom(2) > pt(page.height - page.bottom_first) + layout.base.line
    assert body_bottom(2) <= footer_top + 0.5


def assert_heads_in_place(ws: list[Word], layout: Layout) -> None:
    """Page 1's "United Nations" at the foot of masthead row 1, which starts at the masthead's
    top; page 2's running head inside its header height below the header distance, and the
    body from the top margin on. Geneva anchors its masthead 1 cm from the top and its
    running heads at 2 cm (un-layout.md §1.8); New York puts both at one header distance."""
    page, mast, run = layout.page, layout.masthead, layout.running
    united = find(ws, "United", page=1)
    row1_bottom = pt(page.masthead_top + mast.row1_height)
    assert row1_bottom - mast.organization.size <= united.y1 <= row1_bottom + 2.5
    second = [w for w in ws if w.page == 2]
    head = min(second, key=lambda w: w.y0)
    assert pt(page.header_distance) <= head.y0
    assert head.y1 <= pt(page.header_distance + run.header_height) + 1.0
    body = min((w for w in second if w.y0 > head.y1), key=lambda w: w.y0)
    assert pt(page.top) - 1.0 <= body.y0 <= pt(page.top) + layout.base.line
