"""Body text a copy ran into the last footnote goes back to the body (formats/text_spill.py).

Quoted from A/RES/80/22 as the public extraction of wannli/railcar has it (held out,
2026-12-04): the last page's body text follows note 4 on its line, so paragraph 6 stopped
mid-sentence, paragraph 7 and the meeting line read as the note, and ``check`` found the
last operative paragraph ending in "l"."""

from __future__ import annotations

from delegate_editor.conventions.checks import check
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import parse_text_report
from delegate_editor.formats.text_spill import restore_spilled_body
from delegate_editor.model.text import plain_text
from delegate_editor.storage import dres

RES_80_22_END = (
    "Resolution adopted by the General Assembly on 1 December 2025\n\n"
    "[on the report of the First Committee (A/80/532, para. 7)]\n\n"
    "80/22. Role of science and technology in the context of international security and disarmament\n\n"
    "The General Assembly,\n\n"
    "Recalling its resolution 79/25 of 2 December 2024,\n\n"
    "5. Takes note of the report of the Secretary-General;[^4]\n\n"
    "6. Encourages Member States to organize events such as conferences, seminars, workshops and "
    "exhibitions, at the national, regional and international\n\n"
    "---\n\n"
    "[^4]: A/80/237. levels, on the role of science and technology in the context of international "
    "security and disarmament, in order to facilitate multilateral dialogue, as well as dialogue "
    "among relevant stakeholders, on current developments in science and technology and their "
    "potential impact on international security and disarmament efforts; 7. Decides to include in "
    "the provisional agenda of its eighty-first session the item entitled “Role of science and "
    "technology in the context of international security and disarmament”. 52nd plenary meeting "
    "1 December 2025"
)


def test_the_note_keeps_its_first_sentence_and_the_body_goes_back():
    text, report = restore_spilled_body(RES_80_22_END)
    assert "[^4]: A/80/237.\n" in text + "\n"
    before_notes = text.split("---")[0]
    assert "\n\nlevels, on the role of science and technology" in before_notes
    assert "\n\n7. Decides to include in the provisional agenda" in before_notes
    assert "\n\n52nd plenary meeting 1 December 2025\n" in before_notes
    assert [line.message.code for line in report] == ["import.note-body-restored"]


def test_the_resolution_gets_its_last_paragraph_and_meeting_back():
    draft, _ = parse_text_report(RES_80_22_END, "A_RES_80_22.md")
    draft = dres.loads(dres.dumps(draft))
    ops = draft.operative_paragraphs()
    assert [p.opening for p in ops][-2:] == ["Encourages", "Decides"]
    assert plain_text(ops[-2].text).endswith(
        "at the national, regional and international levels, on the "
        "role of science and technology in the context of international "
        "security and disarmament, in order to facilitate multilateral "
        "dialogue, as well as dialogue among relevant stakeholders, on "
        "current developments in science and technology and their "
        "potential impact on international security and disarmament efforts;"
    )
    assert draft.adoption.meeting == "52nd plenary meeting"
    (note,) = draft.footnotes.values()
    assert plain_text(note.text) == "A/80/237."
    assert "[^1]: A/80/237.\n" in write_text(draft)
    assert not [f for f in check(draft) if f.rule == "operative.end"]


def test_a_note_that_ends_otherwise_is_left_alone():
    """A note whose own text ends in a date is not a meeting line's spill."""
    text = "The General Assembly,\n\n1. Decides.\n\n[^1]: Adopted at the 52nd plenary meeting on 1 December 2025."
    assert restore_spilled_body(text) == (text, [])
