"""The compare view's marked text, from the comparison the tracked-changes writers use:
A/RES/80/15 edited as delegates edit it (``tests/corpus_drafts.py``)."""

from __future__ import annotations

import re
from html import unescape

import pytest

from delegate_editor.formats.compare import Kind, compare
from delegate_editor.ui.compare_html import DELETED, FORMATTED, INSERTED, MOVED, anchor, comparison_html
from tests.corpus_drafts import adopted, edited


def _comparison(corpus_dir):
    draft = edited(adopted(corpus_dir, "A_RES_80_15"))
    return compare(draft.base, draft)


def test_every_kind_of_change_has_its_mark(corpus_dir):
    comparison = _comparison(corpus_dir)
    html = comparison_html(comparison)
    for style in (INSERTED, DELETED, MOVED, FORMATTED):
        assert f'style="{style}' in html
    assert "moved here from operative paragraph" in html
    assert "relevant" in html  # the words added to operative paragraph 1
    assert "See A/80/1, para. 12." in html  # the footnote added, under the text
    # every row can be scrolled to
    assert all(f'name="{anchor(i)}"' in html for i in range(len(comparison.rows)))


def _text(html: str) -> str:
    """What the view shows of the HTML: its text without tags."""
    return unescape(re.sub(r"<[^>]+>", "", html))


def test_the_filter_by_part_keeps_only_that_part(corpus_dir):
    comparison = _comparison(corpus_dir)
    preamble = _text(comparison_html(comparison, "Preamble"))
    operative = _text(comparison_html(comparison, "Operative part"))
    first_preamble = next(r for r in comparison.rows if r.block.source.part == "preamble")
    first_operative = next(r for r in comparison.rows if r.block.source.part == "operative")
    assert first_preamble.block.text[:40] in preamble and first_operative.block.text[:40] not in preamble
    assert first_operative.block.text[:40] in operative and "See A/80/1" not in operative
    assert any(r.kind is Kind.MOVED_TO for r in comparison.rows)


def test_the_key_and_the_notes_heading_come_in_the_words_given(corpus_dir):
    """The view passes the interface language's words (issue 20 item 4); the marks stay."""
    comparison = _comparison(corpus_dir)
    french = {"Key:": "Légende :", "inserted": "insertion", "Footnotes": "Notes de bas de page"}
    html = comparison_html(comparison, "The whole text", lambda w: french.get(w, w))
    assert html.startswith('<p style="color:#555">Légende : <span style="' + INSERTED)
    assert f'<span style="{INSERTED}">insertion</span>' in html
    assert "<b>Notes de bas de page</b>" in html
    assert "Key:" in comparison_html(comparison)  # English by default


@pytest.mark.gui
@pytest.mark.parametrize(
    ("code", "here", "away", "italics"),
    [
        (
            "fr",
            "[⟵ déplacé ici depuis le paragraphe 6 du dispositif]",
            "[⟶ déplacé (voir sa nouvelle place)]",
            "italique modifié",
        ),
        (
            "es",
            "[⟵ trasladado aquí desde el párrafo 6 de la parte dispositiva]",
            "[⟶ trasladado (véase su nueva ubicación)]",
            "cursiva modificada",
        ),
    ],
)
def test_the_notes_on_moves_and_the_italics_tooltip_in_the_interface_language(
    corpus_dir, qapp, code, here, away, italics
):
    """Issue 20: with the words the view passes (its translator), nothing of the marked
    text's own is left in English: the moves' notes, the paragraph named, the tooltip."""
    from delegate_editor.ui import i18n
    from delegate_editor.ui.i18n import translate

    comparison = _comparison(corpus_dir)
    i18n.install(qapp, code)
    try:
        html = comparison_html(comparison, "The whole text", lambda w: translate("CompareHtml", w))
    finally:
        i18n.uninstall(qapp)
    assert here in html and away in html
    assert f'title="{italics}"' in html
    assert "moved" not in _text(html) and "italics changed" not in html
