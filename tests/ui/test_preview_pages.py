"""The preview's page store and page drawing: what keeps typing off the GIL and the pages
small in memory must not change what is drawn."""

from __future__ import annotations

from dataclasses import replace

import pytest

from delegate_editor.formats import typeset
from delegate_editor.formats.blocks import render
from delegate_editor.formats.font_metrics import FontMetrics, font_metrics
from delegate_editor.formats.layout import VIENNA, pt
from delegate_editor.model.text import plain_text, rich

pytestmark = pytest.mark.gui


@pytest.fixture
def svgs(example_draft) -> list[bytes]:
    return typeset.render_pages(example_draft)


def test_pages_are_kept_compressed_and_unchanged_pages_stay_the_same_object(svgs, example_draft):
    from delegate_editor.app.typeset_worker import pack_pages
    from delegate_editor.ui.preview import svg_size, unpack

    kept, index = pack_pages(svgs, {})
    assert len(kept) == len(svgs) == 2
    assert [unpack(k) for k in kept] == svgs
    assert sum(map(len, kept)) * 3 < sum(map(len, svgs))  # compressed, not copied
    size = (pt(VIENNA.page.width), pt(VIENNA.page.height))
    for k, svg in zip(kept, svgs, strict=True):
        assert svg_size(k) == svg_size(svg) == pytest.approx(size, abs=0.01)

    # an edit on page 2 only: page 1 is the very same bytes object, page 2 a new one. The
    # edit swaps two letters: the text's mean advance, which sets the letter spacing of
    # every page, stays the same (any other edit changes it, and so every page a little)
    last = example_draft.operative[-1]
    text = plain_text(last.text)
    assert "its work." in text
    example_draft.operative[-1] = replace(last, text=rich(text.replace("its work.", "its wrok.")))
    again, _ = pack_pages(typeset.render_pages(example_draft), index)
    assert again[0] is kept[0]
    assert again[1] is not kept[1] and unpack(again[1]) != svgs[1]


def test_a_kept_page_draws_as_the_plain_svg_does(svgs, qapp):
    from delegate_editor.app.typeset_worker import pack_pages
    from delegate_editor.ui.preview import rasterize

    kept, _ = pack_pages(svgs, {})
    plain = rasterize(svgs[0], 300, 424)
    packed = rasterize(kept[0], 300, 424)
    assert (plain.width(), plain.height()) == (300, 424)
    assert plain == packed
    # ink on the page: not a blank sheet
    dark = sum(
        1 for y in range(0, 424, 4) for x in range(0, 300, 2) if plain.pixelColor(x, y).lightness() < 128
    )
    assert dark > 100
    # twice the pixels on a high-density screen, the same size in device-independent pixels
    sharp = rasterize(kept[0], 300, 424, 2.0)
    assert (sharp.width(), sharp.height(), sharp.devicePixelRatio()) == (600, 848, 2.0)
    # something Qt cannot draw becomes a white sheet, not a missing page
    blank = rasterize(b"<svg/>", 30, 40)
    assert (blank.width(), blank.height()) == (30, 40)


def test_pages_still_draw_after_a_temp_cleaner_removed_the_scratch_folder(svgs, qapp):
    import shutil

    from delegate_editor.ui import preview_render as preview

    first = preview.rasterize(svgs[0], 300, 424)
    folder = preview._scratch[0]
    shutil.rmtree(folder)  # what systemd-tmpfiles does to a session left open for weeks
    again = preview.rasterize(svgs[0], 300, 424)
    assert again == first  # drawn, not a blank sheet
    assert preview._scratch[0].is_dir() and preview._scratch[0] != folder
    assert list(preview._scratch[0].iterdir()) == []  # each page's file is removed after use


def test_mean_advance_from_memoised_parts_equals_the_whole_text(example_draft):
    metrics = font_metrics()
    texts = [b.text for b in render(example_draft).blocks]
    fresh = FontMetrics(metrics.units_per_em, metrics.descender, metrics.advances)
    whole = fresh.mean_advance("".join(texts))
    assert metrics.mean_advance_of(texts) == whole  # exactly: integer totals add up
    assert metrics.mean_advance_of(texts) == whole  # and again from the memo
    assert metrics.mean_advance_of([]) == metrics.mean_advance("") == 0.5
    font = VIENNA.styles[next(iter(VIENNA.styles))].font
    assert metrics.width("(a)", font) == fresh.width("(a)", font)
