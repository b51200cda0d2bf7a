"""The plain-text form: the seed golden file, copied UN text, variations, round trips."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from textnorm import paragraphs

from delegate_editor.errors import InputError
from delegate_editor.formats import registry
from delegate_editor.formats.text import opening_phrase, split_names, write_text, write_text_bytes
from delegate_editor.formats.text_import import read_text, read_text_bytes
from delegate_editor.model.document import (
    Annex,
    AnnexParagraph,
    AnnexStyle,
    DocumentKind,
    Draft,
    Footnote,
    Operative,
    Preambular,
    SectionHeading,
    Sponsors,
    SubParagraph,
    TextKind,
)
from delegate_editor.model.serialize import to_dict
from delegate_editor.model.text import NoteRef, Run, rich

DATA = Path(__file__).resolve().parent.parent / "data"
SEED = DATA / "seed_E_CN.15_2013_draft_cybercrime.txt"


def without_ids(draft: Draft, *blank: str) -> dict:
    """The draft as data with every id replaced by its position, so two drafts compare
    equal when they differ only in ids; ``blank`` names front-matter fields to empty."""
    data = to_dict(draft)
    for name in blank:
        data["front"][name] = ""
    ids: dict[str, str] = {}

    def walk(obj):
        if isinstance(obj, dict):
            out = {}
            for key, value in obj.items():
                if key in ("id", "note", "ref", "node") and isinstance(
                    value, str
                ):  # node: a comment's paragraph
                    out[key] = ids.setdefault(value, f"#{len(ids)}")
                else:
                    out[key] = walk(value)
            return out
        if isinstance(obj, list):
            return [walk(v) for v in obj]
        return obj

    # footnote ids are numbered in order of citation, then everything else
    for note_id in draft.footnotes:
        ids.setdefault(note_id, f"#{len(ids)}")
    return walk(data)


# -- the golden file ------------------------------------------------------------------------


def test_seed_imports_as_the_bundled_example(example_draft):
    draft = read_text(SEED.read_text(encoding="utf-8"), "seed.txt")
    assert without_ids(draft, "symbol", "job_number") == without_ids(example_draft, "symbol", "job_number")
    # and the two things the seed itself does not carry really are the only difference
    assert (draft.front.symbol, draft.front.job_number) == ("", "")


def test_seed_export_gives_back_every_paragraph_in_order():
    seed = SEED.read_text(encoding="utf-8")
    exported = write_text(read_text(seed, "seed.txt"))
    want = [p for p in paragraphs(seed) if p != "* E/CN.15/2013/1."]
    got = paragraphs(exported)
    assert "* E/CN.15/2013/1." in got
    assert "* E/CN.15/2013/1." in paragraphs(seed)
    position = 0
    for para in want:
        assert para in got[position:], f"missing or out of order: {para[:70]}"
        position = got.index(para, position) + 1
    assert len(want) == 23  # 12 header paragraphs, 5 preambular, 6 operative


def test_seed_export_shape():
    text = write_text(read_text(SEED.read_text(encoding="utf-8")))
    lines = text.splitlines()
    assert lines[:4] == ["Economic and Social Council", "", "Distr.: Limited", "2 April 2013"]
    assert "Item 7 of the provisional agenda*" in lines
    assert "*Recalling also* its resolution 67/189 of 20 December 2012, in which it noted" in text
    assert "1. *Takes note* of the comprehensive study" in text
    assert "*The General Assembly*," in lines
    assert lines[-1] == "* E/CN.15/2013/1."
    assert "\n\n\n" not in text  # one blank line between paragraphs, as in the seed


def test_example_round_trip_keeps_symbol_and_job_number(example_draft):
    text = write_text(example_draft)
    assert text.splitlines()[0] == "E/CN.15/2013/L.14"
    assert "V.13-82258 (E)" in text.splitlines()
    assert without_ids(read_text(text)) == without_ids(example_draft)
    assert write_text_bytes(example_draft) == text.encode("utf-8")


def test_registry_reads_and_writes_txt(tmp_path, example_draft):
    path = tmp_path / "draft.txt"
    path.write_bytes(registry.export_bytes(example_draft, path))
    result = registry.read_any(path)
    assert without_ids(result.draft) == without_ids(example_draft)


# -- text copied from a UN PDF --------------------------------------------------------------


def test_pdf_copy_with_footnotes_mid_text_and_page_furniture(example_draft):
    draft = read_text((DATA / "text_pdf_copy_cybercrime.txt").read_text(encoding="utf-8"))
    assert draft.front.symbol == "E/CN.15/2013/L.14"
    assert draft.front.job_number == "V.13-82258 (E)"
    notes = list(draft.footnotes.values())
    assert [n.text for n in notes] == [
        rich("General Assembly resolution 65/230, annex."),
        rich("See A/CONF.213/18, chap. I."),
    ]
    first, second = list(draft.footnotes)
    # the expected draft: the example with the two notes cited where the numbers were glued
    expected = dataclasses.replace(example_draft)
    pre1 = example_draft.preamble[0]
    head, tail = pre1.text[0].text.split("Salvador Declaration, an", 1)
    expected.preamble = [
        Preambular(pre1.opening, (Run(head + "Salvador Declaration,"), NoteRef(first), Run(" an" + tail))),
        *example_draft.preamble[1:],
    ]
    op6 = example_draft.operative[5]
    words = op6.text[0].text.removesuffix(".") + ", as noted in the Salvador Declaration."
    expected.operative = [*example_draft.operative[:5], Operative(op6.opening, (Run(words), NoteRef(second)))]
    expected.footnotes = draft.footnotes
    assert without_ids(draft) == without_ids(expected)
    text = write_text(draft)
    for furniture in ("2/2", "030413", "*1382258*", "_____"):
        assert furniture not in text
    assert text.splitlines()[0] == "E/CN.15/2013/L.14"  # "United Nations" above it is dropped
    assert "Salvador Declaration,[^1] an open-ended" in text
    assert "in the Salvador Declaration.[^2]" in text
    assert text.endswith(
        "[^1]: General Assembly resolution 65/230, annex.\n[^2]: See A/CONF.213/18, chap. I.\n"
    )


@pytest.mark.parametrize(
    ("line", "cited"),
    [
        ("Recalling the Salvador Declaration,1 and its resolution 65/230,", "Salvador Declaration,"),
        ("Recalling the Salvador Declaration.1 and its resolution 65/230,", "Salvador Declaration."),
        ("Recalling the Salvador Declaration1 and its resolution 65/230,", "Salvador Declaration"),
        ("Recalling the “Salvador Declaration”1 and its resolution 65/230,", "“Salvador Declaration”"),
    ],
)
def test_glued_footnote_numbers(line, cited):
    draft = read_text(f"The General Assembly,\n\n{line}\n\n1 A/CONF.213/18.\n\n1. Decides to act.\n")
    text = draft.preamble[0].text
    assert text[0] == Run("the " + cited)
    assert isinstance(text[1], NoteRef)
    assert draft.footnotes[text[1].note_id].text == rich("A/CONF.213/18.")
    assert text[2] == Run(" and its resolution 65/230,")


def test_numbers_that_are_not_footnotes_stay_text():
    text = (
        "The General Assembly,\n\n"
        "Recalling document E/CN.15/2013/1 and resolution 65/230, paragraph 2 and the COVID-19 plan,\n\n"
        "1. Decides to act in 2 stages, as in ECOSOC1 and B.2;\n\n"
        "2. Requests a report.\n"
    )
    draft = read_text(text)
    assert not draft.footnotes
    assert draft.preamble[0].text == rich(
        "document E/CN.15/2013/1 and resolution 65/230, paragraph 2 and the COVID-19 plan,"
    )
    assert draft.operative[0].text == rich("to act in 2 stages, as in ECOSOC1 and B.2;")


def test_unnumbered_footnote_like_line_without_citation_is_text():
    draft = read_text(
        "The General Assembly,\n\n1. Decides to act;\n\n2. Notes the following.\n\nAnnex\n\n2030 Agenda\n"
    )
    assert draft.annexes[0].title == rich("2030 Agenda")
    assert not draft.footnotes


def test_web_copy_without_blank_lines():
    text = (
        "Economic and Social Council\nDistr.: Limited\n2 April 2013\nOriginal: English\n"
        "Commission on Crime Prevention and Criminal Justice\nTwenty-second session\n"
        "Vienna, 22-26 April 2013\nItem 7 of the provisional agenda*\n"
        "Brazil and China: draft resolution\nThe General Assembly,\n"
        "Recalling its resolution 65/230,\nBearing in mind the Salvador Declaration,\n"
        "1. Takes note of the study;\n2. Requests the Secretariat to assist.\n* E/CN.15/2013/1.\n"
    )
    draft = read_text(text)
    assert draft.front.venue_dates == "Vienna, 22-26 April 2013"
    assert draft.front.agenda.symbol == "E/CN.15/2013/1"
    assert draft.sponsors.names == ["Brazil", "China"]
    assert [p.opening for p in draft.preamble] == ["Recalling", "Bearing in mind"]
    assert [(p.opening, p.text) for p in draft.operative_paragraphs()] == [
        ("Takes note", rich("of the study;")),
        ("Requests", rich("the Secretariat to assist.")),
    ]


@pytest.mark.parametrize(
    ("text", "operative", "phrase"),
    [
        ("Recalling also its resolution", False, "Recalling also"),
        ("Bearing in mind that", False, "Bearing in mind"),
        ("Recognizing with appreciation the work", False, "Recognizing with appreciation"),
        ("Taking note of the report", False, "Taking note"),
        ("Expressing its appreciation to the Government", False, "Expressing its appreciation"),
        ("Underlining the need", False, "Underlining"),
        ("Deeply concerned about the", False, "Deeply concerned"),
        ("Noting with deep concern the", False, "Noting with deep concern"),
        ("Reaffirming resolution 65/230", False, "Reaffirming"),
        ("Recalling General Assembly resolution 65/230", False, "Recalling"),
        ("Having considered the report", False, "Having considered"),
        ("Takes note of the study", True, "Takes note"),
        ("Expresses its appreciation for", True, "Expresses its appreciation"),
        ("Also requests the Secretary-General", True, "Also requests"),
        ("Once again urges States", True, "Once again urges"),
        ("Calls upon States", True, "Calls upon"),
        ("Strongly condemns all acts", True, "Strongly condemns"),
        ("Decides to remain seized", True, "Decides"),
        ("the text without an opening", True, ""),
    ],
)
def test_opening_phrases_without_italics(text, operative, phrase):
    assert opening_phrase(text, operative) == phrase


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("Brazil", ["Brazil"]),
        ("Brazil and China", ["Brazil", "China"]),
        ("Trinidad and Tobago", ["Trinidad and Tobago"]),
        ("Chile and Trinidad and Tobago", ["Chile", "Trinidad and Tobago"]),
        ("Antigua and Barbuda and Chile", ["Antigua and Barbuda", "Chile"]),
        (
            "Antigua and Barbuda, Bosnia and Herzegovina, Chile and Trinidad and Tobago",
            ["Antigua and Barbuda", "Bosnia and Herzegovina", "Chile", "Trinidad and Tobago"],
        ),
        (
            "Bolivia (Plurinational State of) and Côte d'Ivoire",
            ["Bolivia (Plurinational State of)", "Côte d'Ivoire"],
        ),
    ],
)
def test_sponsor_names(names, expected):
    assert split_names(names) == expected


# -- variations -----------------------------------------------------------------------------


def _labels(subs: list[SubParagraph]) -> list:
    return [(s.text, _labels(s.children)) if s.children else s.text for s in subs]


def test_subparagraphs_letters_and_roman_numerals():
    draft = read_text((DATA / "text_subparagraphs.txt").read_text(encoding="utf-8"))
    assert draft.kind is DocumentKind.REVISED
    assert draft.front.body == "Third Committee"
    assert draft.front.session == "Seventy-ninth session"
    assert (draft.front.agenda.number, draft.front.agenda.provisional) == ("71 (b)", False)
    assert draft.sponsors.names == [
        "Antigua and Barbuda",
        "Bosnia and Herzegovina",
        "Chile",
        "Trinidad and Tobago",
    ]
    op1, op2, op3 = draft.operative_paragraphs()
    assert op1.opening == "Calls upon" and op1.text == rich("States:")
    letters = [s.text[0].text for s in op1.subs]
    assert len(letters) == 10 and letters[8] == "To fund programmes;" and letters[9] == "To report progress;"
    assert all(not s.children for s in op1.subs)  # "(i)" after "(h)" is the ninth letter
    assert _labels(op2.subs) == [
        (rich("To submit a report covering:"), [rich("Legislation;"), rich("Practice;")]),
        rich("To consult Member States;"),
    ]
    assert op3.subs == []
    exported = write_text(draft)
    assert "\n\n(i) To fund programmes;\n\n(j) To report progress;" in exported
    assert (
        "\n\n(a) To submit a report covering:\n\n(i) Legislation;\n\n(ii) Practice;\n\n(b) To consult"
        in exported
    )
    assert without_ids(read_text(exported)) == without_ids(draft)


def test_roman_i_under_h_when_the_next_label_says_so():
    subs = "".join(f"({c}) Item {c};\n\n" for c in "abcdefgh")
    text = f"The General Assembly,\n\n1. Decides:\n\n{subs}(i) First;\n\n(ii) Second;\n\n(i) Ninth letter.\n\n2. Closes.\n"
    op = read_text(text).operative_paragraphs()[0]
    assert len(op.subs) == 9
    assert [c.text for c in op.subs[7].children] == [rich("First;"), rich("Second;")]
    assert op.subs[8].text == rich("Ninth letter.")


def test_annex_section_heading_and_officer_draft():
    draft = read_text((DATA / "text_annex_heading.txt").read_text(encoding="utf-8"))
    assert draft.kind is DocumentKind.OFFICER
    assert draft.sponsors.submitted_by == "the President of the General Assembly"
    assert (draft.front.agenda.number, draft.front.agenda.title) == ("15", "Culture of peace")
    assert draft.title == rich("Political declaration on peace")
    kinds = [type(item).__name__ for item in draft.operative]
    assert kinds == ["Operative", "SectionHeading", "Operative"]
    assert draft.operative[1].text == "A. Follow-up"
    (annex,) = draft.annexes
    assert annex.title == rich("Political declaration on peace")
    assert [(p.style, p.text) for p in annex.paragraphs] == [
        (
            AnnexStyle.BODY,
            rich(
                "We, the Heads of State and Government, gathered at United Nations Headquarters, "
                "declare the following."
            ),
        ),
        (AnnexStyle.HEADING, rich("Commitments")),
        (AnnexStyle.NUMBERED, rich("We commit to a culture of peace.")),
        (AnnexStyle.NUMBERED, rich("We will review progress.")),
    ]
    exported = write_text(draft)
    assert "\n\nAnnex\n\nPolitical declaration on peace\n\n" in exported
    assert "\n\nA. Follow-up\n\n2. *Decides*" in exported
    assert without_ids(read_text(exported)) == without_ids(draft)


def _small_draft(**changes) -> Draft:
    draft = Draft()
    draft.front.session = "Seventy-ninth session"
    draft.front.agenda.number = "68"
    draft.front.agenda.title = "Rights of children"
    draft.sponsors.names = ["Chile", "Ghana"]
    draft.title = rich("Rights of the child")
    draft.authoring = "The General Assembly"
    draft.preamble = [Preambular("Recalling", rich("its resolution 78/187,"))]
    draft.operative = [Operative("Decides", rich("to act;")), Operative("Requests", rich("a report."))]
    for key, value in changes.items():
        setattr(draft, key, value)
    return draft


@pytest.mark.parametrize(
    ("changes", "line"),
    [
        ({"kind": DocumentKind.REVISED}, "Chile and Ghana: revised draft resolution"),
        ({"kind": DocumentKind.DRAFT, "text_kind": TextKind.DECISION}, "Chile and Ghana: draft decision"),
        (
            {
                "kind": DocumentKind.OFFICER,
                "sponsors": Sponsors(submitted_by="the Vice-Chair, Ana Silva (Chile)"),
            },
            "Draft resolution submitted by the Vice-Chair, Ana Silva (Chile)",
        ),
    ],
)
def test_document_kinds_round_trip(changes, line):
    draft = _small_draft(**changes)
    text = write_text(draft)
    assert f"\n\n{line}\n\n" in text
    assert without_ids(read_text(text)) == without_ids(draft)


def test_on_behalf_of_and_agenda_notes():
    draft = _small_draft()
    draft.front.agenda.provisional = True
    draft.front.agenda.symbol = "A/79/150"
    draft.sponsors.on_behalf_of = "the Group of 77 and China"
    text = write_text(draft)
    assert "Chile and Ghana:** draft resolution" in text
    assert "\n\n* A/79/150.\n\n** On behalf of the Group of 77 and China.\n" in text
    assert without_ids(read_text(text)) == without_ids(draft)


def test_adopted_resolutions_round_trip():
    draft = _small_draft(kind=DocumentKind.ADOPTED, sponsors=Sponsors())  # no sponsors line
    draft.front.distribution = draft.front.distribution.GENERAL
    draft.adoption.number = "79/12"
    draft.adoption.date = date(2024, 12, 17)
    draft.adoption.meeting = "52nd plenary meeting"
    text = write_text(draft)
    assert "Resolution adopted by the General Assembly on 17 December 2024" in text
    assert "79/12. Rights of the child" in text
    assert text.rstrip().endswith("*52nd plenary meeting*\n\n*17 December 2024*")
    assert without_ids(read_text(text)) == without_ids(draft)
    council = _small_draft(kind=DocumentKind.ADOPTED, title=(), sponsors=Sponsors())
    council.front.organ = "Security Council"
    council.authoring = "The Security Council"
    council.adoption.date = date(2020, 7, 1)
    council.adoption.meeting = "8750th meeting"
    text = write_text(council)
    assert "*Adopted by the Security Council at its 8750th meeting, on 1 July 2020*" in text
    assert without_ids(read_text(text)) == without_ids(council)


def test_literal_asterisks_and_backslashes_are_escaped():
    draft = _small_draft()
    draft.preamble = [
        Preambular("Noting", (Run("the 5* rating, the path C:\\un and [^9] "), Run("sic*", True), Run(",")))
    ]
    text = write_text(draft)
    assert "*Noting* the 5\\* rating, the path C:\\\\un and \\[^9] *sic\\**," in text
    assert without_ids(read_text(text)) == without_ids(draft)


def test_stray_asterisks_in_copied_text_stay_literal():
    draft = read_text(
        "The General Assembly,\n\nNoting the rating of 5* for the * hotel,\n\n1. Decides to act.\n"
    )
    assert draft.preamble[0].text == rich("the rating of 5* for the * hotel,")


def test_italic_spans_and_dash_items():
    draft = _small_draft()
    draft.operative = [
        Operative(
            "Decides",
            (Run("to apply, "), Run("inter alia", True), Run(", the following:")),
            [
                SubParagraph(rich("Freedom of expression;"), dash=True),
                SubParagraph(rich("Privacy."), dash=True),
            ],
        )
    ]
    text = write_text(draft)
    assert (
        "*Decides* to apply, *inter alia*, the following:\n\n– Freedom of expression;\n\n– Privacy." in text
    )
    assert without_ids(read_text(text)) == without_ids(draft)


def test_footnotes_cited_twice_and_inside_headings():
    draft = _small_draft()
    draft.footnotes = {
        "n1": Footnote(rich("A/79/1.")),
        "n2": Footnote((Run("See "), Run("Official Records", True), Run("."))),
    }
    draft.title = (Run("Rights of the child"), NoteRef("n1"))
    draft.preamble = [
        Preambular("Recalling", (Run("its report,"), NoteRef("n2"), Run(" and the report,"), NoteRef("n1")))
    ]
    text = write_text(draft)
    assert "Rights of the child[^1]" in text
    assert "its report,[^2] and the report,[^1]" in text
    assert text.endswith("[^1]: A/79/1.\n[^2]: See *Official Records*.\n")
    assert without_ids(read_text(text)) == without_ids(draft)


def test_single_operative_paragraph_and_no_preamble():
    draft = _small_draft()
    draft.preamble = []
    draft.operative = [Operative("Adopts", rich("the following declaration:"))]
    text = write_text(draft)
    assert "\n\n*The General Assembly*\n\n*Adopts* the following declaration:\n" in text
    assert without_ids(read_text(text)) == without_ids(draft)


# -- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
        "Recalling caf\u00e9,".encode("latin-1"),
        b"",
        b"\n\n   \n",
        b"hello world\nthis is a shopping list\n",
        b"text with a control \x07 character\n",
    ],
)
def test_bad_input_is_one_line_naming_the_file(raw):
    with pytest.raises(InputError) as info:
        read_text_bytes(raw, "notes.txt")
    message = str(info.value)
    assert message.startswith("notes.txt: ")
    assert "\n" not in message


def test_utf16_from_notepad_and_bom_are_read():
    text = SEED.read_text(encoding="utf-8")
    a = read_text_bytes(text.encode("utf-16"), "seed.txt")
    b = read_text_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"), "seed.txt")
    assert without_ids(a) == without_ids(b) == without_ids(read_text(text))


def test_annex_paragraph_types_round_trip():
    draft = _small_draft()
    draft.annexes = [
        Annex(rich("Plan of action"), [AnnexParagraph(rich("Objectives"), AnnexStyle.HEADING)]),
        Annex(
            rich("Terms of reference"),
            [
                AnnexParagraph(rich("The group meets once a year."), AnnexStyle.BODY),
                AnnexParagraph(rich("It reports to the Assembly."), AnnexStyle.NUMBERED),
            ],
        ),
    ]
    draft.operative.insert(1, SectionHeading("B. Follow-up"))
    text = write_text(draft)
    assert "\n\nAnnex I\n\nPlan of action\n\nObjectives\n\nAnnex II\n\nTerms of reference\n\n" in text
    assert without_ids(read_text(text)) == without_ids(draft)


# -- round trip of richly built drafts ------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from delegate_editor.formats.blocks import render  # noqa: E402
from delegate_editor.model.document import Distribution  # noqa: E402
from delegate_editor.model.text import normalize  # noqa: E402

_WORDS = st.sampled_from(
    ["the", "report", "of", "States", "cooperation", "Member", "resolution", "65/230", "2013", "inter",
     "alia", "C*D", "a\\b", "[^7]", "“quoted”", "café", "Côte", "e-commerce", "5*", "(a)", "1."]
)  # fmt: skip
_NOTE_POOL = {
    "n0": rich("A/79/1."),
    "n1": (Run("See "), Run("Official Records", True), Run(", chap. I.")),
    "n2": rich("General Assembly resolution 65/230, annex."),
}


_TITLE_WORDS = _WORDS.filter(lambda w: not w.endswith("."))  # titles have no final full stop


@st.composite
def _rich(draw, first: str, end: str = "", notes: bool = True):
    """Rich text starting with the word ``first`` (roman), then phrases in roman or italics,
    footnote references after some of them, and the final punctuation ``end`` (none: a
    title or heading, which UN style never ends with a full stop)."""
    items: list = [Run(first)]
    for _ in range(draw(st.integers(0, 3))):
        words = " ".join(draw(st.lists(_WORDS if end else _TITLE_WORDS, min_size=1, max_size=4)))
        items += [Run(" "), Run(words, draw(st.booleans()))]
        if notes and draw(st.integers(0, 4)) == 0:
            items.append(NoteRef(draw(st.sampled_from(sorted(_NOTE_POOL)))))
    items.append(Run(end))
    return normalize(items)


@st.composite
def _subs(draw, depth: int, max_items: int):
    if depth > 3:
        return []
    count = draw(st.integers(0, max_items))
    subs = []
    for _ in range(count):
        children = draw(_subs(depth + 1, 3 if depth == 0 else 2)) if draw(st.integers(0, 3)) == 0 else []
        subs.append(SubParagraph(draw(_rich("To", ";")), children))
    if depth == 0 and len(subs) >= 8 and len(subs[7].children) == 1:
        # "(h)" whose only sub-item is "(i)": the flat text cannot tell it from the ninth
        # letter (the reader takes the letter, as UN editors would); give it a second item
        subs[7].children.append(SubParagraph(rich("To review;")))
    return subs


@st.composite
def _drafts(draw):
    d = Draft()
    f = d.front
    f.organ = draw(st.sampled_from(["General Assembly", "Economic and Social Council", "Security Council"]))
    council = f.organ == "Security Council"
    f.body = draw(
        st.sampled_from(["", "Third Committee", "Commission on Crime Prevention and Criminal Justice"])
    )
    f.session = draw(st.sampled_from(["", "Twenty-second session", "Seventy-ninth session"]))
    f.venue_dates = draw(
        st.sampled_from(["", "Vienna, 22-26 April 2013", "Geneva, 26 February–5 April 2024"])
    )
    if draw(st.booleans()):
        f.agenda.number = draw(st.sampled_from(["7", "71 (b)"]))
        f.agenda.title = draw(
            st.sampled_from(["Crime prevention", "Promotion and protection of human rights"])
        )
        f.agenda.provisional = draw(st.booleans())
        f.agenda.symbol = draw(st.sampled_from(["", "E/CN.15/2013/1"])) if f.agenda.provisional else ""
    f.symbol = draw(st.sampled_from(["", "A/C.3/79/L.12", "E/CN.15/2013/L.14/Rev.1"]))
    f.distribution = draw(st.sampled_from(list(Distribution)))
    f.date = draw(st.sampled_from([None, date(2013, 4, 2), date(2024, 11, 12)]))
    f.original = draw(st.sampled_from(["English", "French", ""]))
    f.job_number = draw(st.sampled_from(["", "V.13-82258 (E)", "24-18418 (E)"]))
    d.kind = draw(st.sampled_from(list(DocumentKind)))
    # a note is an officer's or the Secretariat's text ("Note by the Chair"): it has no sponsors
    kinds = list(TextKind) if d.kind is DocumentKind.OFFICER else [TextKind.RESOLUTION, TextKind.DECISION]
    d.text_kind = TextKind.RESOLUTION if council else draw(st.sampled_from(kinds))
    names = ["Brazil", "Trinidad and Tobago", "Côte d'Ivoire", "Antigua and Barbuda", "Chile", "Viet Nam"]
    if d.kind in (DocumentKind.DRAFT, DocumentKind.REVISED):
        d.sponsors.names = draw(st.lists(st.sampled_from(names), min_size=1, max_size=4, unique=True))
        d.sponsors.on_behalf_of = draw(st.sampled_from(["", "the Group of 77 and China"]))
    elif d.kind is DocumentKind.OFFICER:
        d.sponsors.submitted_by = draw(
            st.sampled_from(["the Chair", "the President of the General Assembly"])
        )
    if draw(st.booleans()):
        d.recommendation = rich(
            "The Commission recommends to the Economic and Social Council the adoption of the following draft resolution:"
        )
    if not council:
        d.title = draw(_rich("Strengthening"))
    d.authoring = draw(st.sampled_from([f"The {f.organ}", ""]))
    if d.kind is DocumentKind.ADOPTED:
        d.adoption.date = draw(st.sampled_from([None, date(2024, 12, 17)]))
        d.adoption.meeting = draw(
            st.sampled_from(["8750th meeting"] if council else ["", "52nd plenary meeting"])
        )
        d.adoption.number = "" if council else draw(st.sampled_from(["", "79/12"]))
    openings = ["Recalling", "Recalling also", "Bearing in mind", "Noting with concern", "Deeply concerned"]
    d.preamble = [
        Preambular(draw(st.sampled_from(openings)), draw(_rich("its", ",")))
        for _ in range(draw(st.integers(0, 3)))
    ]
    verbs = ["Decides", "Requests", "Also requests", "Takes note", "Calls upon", "Expresses its appreciation"]
    for _ in range(draw(st.integers(1, 4))):
        if draw(st.integers(0, 4)) == 0:
            subs = [
                SubParagraph(draw(_rich("Freedom", ";")), dash=True) for _ in range(draw(st.integers(1, 2)))
            ]
        else:
            subs = draw(_subs(0, 11))
        d.operative.append(
            Operative(
                draw(st.sampled_from(verbs)), draw(_rich("to", draw(st.sampled_from([";", ".", ":"])))), subs
            )
        )
    if len(d.operative) > 1 and draw(st.booleans()):
        d.operative.insert(draw(st.integers(1, len(d.operative) - 1)), SectionHeading("B. Follow-up"))
    for _ in range(draw(st.integers(0, 2))):
        paragraphs = [
            draw(
                st.sampled_from(
                    [
                        AnnexParagraph(draw(_rich("Objectives")), AnnexStyle.HEADING),
                        AnnexParagraph(draw(_rich("The", ".")), AnnexStyle.BODY),
                        AnnexParagraph(draw(_rich("We", ".")), AnnexStyle.NUMBERED),
                    ]
                )
            )
            for _ in range(draw(st.integers(0, 3)))
        ]
        d.annexes.append(Annex(draw(_rich("Plan")), paragraphs))
    if d.kind is DocumentKind.AMENDMENT:
        _amendment(draw, d, names)
    cited = [n.note_id for n in render(d).notes if not n.custom]
    d.footnotes = {note_id: Footnote(_NOTE_POOL[note_id]) for note_id in cited}
    return d


def _amendment(draw, d: Draft, names: list[str]) -> None:
    """An amendment's shape, as the UN issues them (A/80/L.19, A/C.3/80/L.61): sponsors, the
    target, no authoring line, no preamble or annex; instructions with no opening phrase,
    those ending in a colon followed by the paragraphs they quote, openings in italics."""
    d.sponsors.names = draw(st.lists(st.sampled_from(names), min_size=1, max_size=3, unique=True))
    d.amends = draw(st.sampled_from(["A/80/L.18", "A/C.3/80/L.20/Rev.1"]))
    d.amends_plural = draw(st.booleans())
    d.authoring, d.recommendation, d.preamble, d.annexes = "", rich(""), [], []
    d.operative = []
    for _ in range(draw(st.integers(1, 3))):
        if draw(st.booleans()):
            d.operative.append(Operative("", rich("Delete operative paragraph 9.")))
            continue
        quotes = [
            SubParagraph(normalize((Run(opening, True), *draw(_rich(" its", end)))), quoted=True)
            for opening, end in draw(
                st.lists(
                    st.sampled_from([("Recalling", ","), ("Reaffirming", ","), ("Requests", ";")]),
                    min_size=1,
                    max_size=2,
                )
            )
        ]
        d.operative.append(
            Operative("", rich("After the fourteenth preambular paragraph, insert reading:"), quotes)
        )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_drafts())
def test_round_trip_of_rich_drafts(draft):
    text = write_text(draft)
    again = read_text(text)
    assert without_ids(again) == without_ids(draft), text
    assert write_text(again) == text
