"""Faults the eighth held-out round showed (2026-12-05, stop 36), each on the corpus file
that showed it: a note's range on its next line taken for the next note (A/C.2/80/L.26), a
note mark after a whole date (A/C.5/80/L.9), a mark before a capital with the next mark a
few words on (A/C.2/80/L.41), and two false checker findings on the UN's own text."""

from __future__ import annotations

from pathlib import Path

from delegate_editor.conventions.checks import check
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import parse_text_report
from delegate_editor.model.text import NoteRef, plain_text
from delegate_editor.storage import dres
from tests.corpus_drafts import corpus_text

DRAFTS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "drafts"


def _read(name: str):
    draft, report = parse_text_report(corpus_text(DRAFTS / f"{name}.txt"), f"{name}.txt")
    return dres.loads(dres.dumps(draft)), report


def _unplaced(report) -> list[str]:
    return [str(line) for line in report if "no mark found" in str(line) or "not kept" in str(line)]


def test_a_notes_range_on_its_next_line_stays_in_the_note():
    """ "2  Report of the United Nations Conference on Environment and Development, Rio de
    Janeiro," / "3 – 14 June 1992, vol. I, ..." (A/C.2/80/L.26): the "3" began note 3, note 2
    lost its end, and the rest of it landed in the body, in front of the next page's
    "recalling the Sendai Framework"."""
    text = corpus_text(DRAFTS / "A_C.2_80_L.26.txt")
    assert "Rio de Janeiro, \n3 – 14 June 1992, vol. I," in text
    draft, report = _read("A_C.2_80_L.26")
    notes = [plain_text(n.text) for n in draft.footnotes.values()]
    assert notes[1].startswith("Report of the United Nations Conference on Environment and Development, Rio")
    assert "Rio de Janeiro, 3 – 14 June 1992, vol. I, Resolutions Adopted" in notes[1]
    assert notes[2] == "Ibid., annex II."
    body = write_text(draft).split("\n* On behalf")[0]
    assert "14 June 1992" not in body and "Framework Convention on Climate Change,[^4] recalling" in body
    assert not _unplaced(report) and not [f for f in check(draft) if f.severity == "error"]


def test_a_mark_after_a_whole_date():
    """ "(Third Committee) dated 20 October 2025 6 and the Special Political and
    Decolonization Committee (Fourth Committee) dated 17 October 2025 7 addressed"
    (A/C.5/80/L.9): notes 6 and 7 went unmarked, and 7 to 9 then took the programme numbers
    of paragraph 14 ("for programmes 5, 7, 8, 9, 12, 15")."""
    draft, report = _read("A_C.5_80_L.9")
    text = write_text(draft)
    assert "dated 20 October 2025[^6] and the Special" in text
    assert "dated 17 October 2025[^7] addressed" in text
    assert "programme performance for 2024[^8] and on evaluation,[^9]" in text
    assert "for programmes 5, 7, 8, 9, 12, 15, 16, 18, 19 and 22 of" in text
    assert not _unplaced(report)


def test_a_mark_before_a_capital_with_the_next_mark_a_few_words_on():
    """ "Recalling the Rio Declaration on Environment and Development, 1 Agenda 21,2 the
    Programme ..." (A/C.2/80/L.41): note 1 was placed at the end of the text."""
    draft, report = _read("A_C.2_80_L.41")
    first = draft.preamble[0]
    assert plain_text(first.text).startswith("the Rio Declaration on Environment and Development, Agenda 21,")
    cited = [i.note_id for i in first.text if isinstance(i, NoteRef)]
    assert plain_text(draft.footnotes[cited[0]].text).startswith("Report of the United Nations Conference")
    assert "and Development,[^1] Agenda 21,[^2] the Programme" in write_text(draft)
    assert not _unplaced(report)


def test_the_checker_is_silent_on_another_bodys_resolution_and_re_emphasizes():
    """ "resolution 2/10 on oceans and seas" of the United Nations Environment Assembly
    (A/C.2/80/L.41): the Assembly's own numbers take that form from its thirty-first
    session, and the UN cites this one with a note, not a date; "Re-emphasizes" opens
    A/C.5/80/L.9's paragraph 3."""
    for name in ("A_C.2_80_L.41", "A_C.5_80_L.9"):
        draft, _ = _read(name)
        rules = {f.rule for f in check(draft)}
        assert "citation.date" not in rules and "opening.unknown" not in rules, (name, rules)
    draft, _ = _read("A_C.5_80_L.9")
    assert draft.operative_paragraphs()[2].opening == "Re-emphasizes"


def test_the_checker_lets_the_text_date_a_resolution_a_note_named_first():
    """A/C.2/80/L.57: note 4 reads "Resolution 70/1."; the text then cites "its resolution
    70/1 of 25 September 2015", which is no repeated date; and "the Summit of the Future on
    22–23 September 2024 ..., at which resolution 79/1 entitled ... were adopted" is dated
    by its occasion."""
    draft, _ = _read("A_C.2_80_L.57")
    found = [(f.rule, f.paragraph) for f in check(draft) if f.rule.startswith("citation")]
    assert found == []
    plain = [plain_text(p.text) for p in draft.preamble]
    assert any(p.startswith("its resolution 70/1 of 25 September 2015") for p in plain)
    assert any("at which resolution 79/1 entitled" in p for p in plain)
