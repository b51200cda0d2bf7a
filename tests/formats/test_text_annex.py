"""A section's one paragraph with its sub-paragraphs (``text_annex.alone_in_section``): each
year's budget resolution approves the Department of Safety and Security's budget in a section
of its own, "broken down as follows:", then "(a)" and "(b)". The paragraph prints no number
and ends with a colon; it was read as a heading, and its two items as two more headings."""

from __future__ import annotations

import re

import pytest

from delegate_editor.formats import registry
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import parse_text, parse_text_report
from delegate_editor.model.document import Operative, SectionHeading
from delegate_editor.model.numbering import paragraph_labels
from delegate_editor.model.text import plain_text
from tests.corpus_drafts import imported, imported_again, pdf_lines

# A/C.5/80/L.5 as the UN's PDF gives it: the start of its body, and its sections XXI, XXII
# and XXIII (the last without its preamble, whose two notes stand at the page's foot)
HEAD = pdf_lines("""The General Assembly,

I

Conditions of service and compensation for officials other than Secretariat
officials: members of the International Court of Justice and President and judges
of the International Residual Mechanism for Criminal Tribunals

1.
Takes note of the report of the Secretary-General;
""")

SECTIONS = pdf_lines("""XXI

Gross jointly financed budget of the United Nations System Chief Executives
Board for Coordination

Notes the gross budget for the United Nations System Chief Executives Board
for Coordination for 2026 in the amount of 4,522,600 dollars;

XXII

Gross jointly financed budget of the Department of Safety and Security

Approves the gross jointly financed budget of the Department of Safety and
Security of the Secretariat for 2026 in the amount of 147,254,800 dollars, broken
down as follows:

(a)
Field Security Operations: 124,739,200 dollars;

(b)
Security and Safety Services at the United Nations Office at Vienna:
22,515,600 dollars;

XXIII

Effects of changes in rates of exchange and inflation

Takes note of the revised estimates arising from recosting owing to changes in
the rates of exchange and inflation;
""")


def _safety_section(draft) -> tuple[SectionHeading, Operative, SectionHeading]:
    items = draft.operative
    at = next(
        i
        for i, item in enumerate(items)
        if isinstance(item, SectionHeading) and "Safety and Security" in item.text
    )
    heading, alone, after = items[at : at + 3]
    return heading, alone, after


def _is_the_section_with_its_list(draft, year: str) -> None:
    """The section's heading (its number differs from year to year), its one paragraph with
    the two items, unnumbered, and the next section's heading after them."""
    heading, alone, after = _safety_section(draft)
    assert re.fullmatch(
        r"[IVXL]+ Gross jointly financed budget of the Department of Safety and Security", heading.text
    )
    assert isinstance(alone, Operative) and alone.opening == "Approves"
    words = plain_text(alone.text)
    assert f"of the Secretariat for {year} in the amount of" in words and words.endswith(
        "broken down as follows:"
    )
    assert [plain_text(s.text).split(":")[0] for s in alone.subs] == [
        "Field Security Operations",
        "Security and Safety Services at the United Nations Office at Vienna",
    ]
    labels = paragraph_labels(draft)
    assert labels[alone.id] == "" and [labels[s.id] for s in alone.subs] == ["(a)", "(b)"]
    assert isinstance(after, SectionHeading) and re.match(r"[IVXL]+ \w", after.text)


def test_the_paragraph_and_its_items_under_their_heading():
    draft = parse_text(HEAD + "\n" + SECTIONS)
    _is_the_section_with_its_list(draft, "2026")
    text = write_text(draft)
    assert "*Approves* the gross jointly financed budget" in text
    assert "(a) Field Security Operations: 124,739,200 dollars;" in text


@pytest.mark.parametrize("ext", [".docx", ".odt"])
def test_through_dres_docx_and_odt(ext, tmp_path):
    draft = parse_text(HEAD + "\n" + SECTIONS)
    again = imported_again(draft)
    _is_the_section_with_its_list(again, "2026")
    path = tmp_path / f"back{ext}"
    path.write_bytes(registry.export_bytes(again, path.name))
    back = registry.read_any(path).draft
    _is_the_section_with_its_list(back, "2026")
    assert write_text(back) == write_text(again)


@pytest.mark.parametrize(
    ("folder", "name", "year"),
    [
        ("drafts", "A_C.5_80_L.5.txt", "2026"),
        ("ga-80-pdf", "A_RES_80_243.txt", "2026"),
        ("ga-79-pdf", "A_RES_79_258.txt", "2025"),
        ("ga-75-pdf", "A_RES_75_253.txt", "2021"),
    ],
)
def test_each_years_budget_text(folder, name, year):
    draft, _report = imported(folder, name)
    _is_the_section_with_its_list(draft, year)


# A/RES/75/253, the end of section XVI and its section XVII whole, as the UN's PDF gives them:
# the section's preambular paragraph ends with a semicolon for its comma
ITC = pdf_lines("""The General Assembly,

XVI

Residual Special Court for Sierra Leone

7.
Authorizes the Secretary-General to enter into commitments in an amount
not to exceed 2,537,000 dollars to supplement the voluntary financial resources of the
Residual Special Court for the period from 1 January to 31 December 2021, and
requests the Secretary-General to report on the use of the commitment authority in
the context of his next report;

XVII

International Trade Centre

Recalling its resolution 75/252 of 31 December 2020 on questions relating to
the proposed programme budget for 2021;

Approves resources in the amount of 20,641,500 dollars (the United Nations
share equivalent to 50 per cent of 36,996,100 Swiss francs at the exchange rate of
0.896 Swiss francs to 1 dollar) proposed for 2021 under section 13, International
Trade Centre, of the proposed programme budget for 2021;
""")


def _trade_centre(draft) -> None:
    heading = next(i for i in draft.operative if isinstance(i, SectionHeading) and i.text.startswith("XVII"))
    assert heading.text == "XVII International Trade Centre"
    [recalling] = heading.preamble
    assert recalling.opening == "Recalling"
    assert plain_text(recalling.text).endswith("the proposed programme budget for 2021;")
    alone = draft.operative[draft.operative.index(heading) + 1]
    assert isinstance(alone, Operative) and alone.opening == "Approves"
    assert paragraph_labels(draft)[alone.id] == ""


def test_a_sections_preambular_paragraph_ending_with_a_semicolon_stays_its_preamble():
    draft, report = parse_text_report(ITC)
    _trade_centre(draft)
    assert [line for line in report if "no final comma" in line] == [
        '"Recalling its resolution 75/252 of 31 De…" kept in the preamble although it has no final comma'
    ]
    _trade_centre(imported_again(draft))


@pytest.mark.parametrize("ext", [".docx", ".odt"])
def test_the_slip_kept_through_docx_and_odt(ext, tmp_path):
    draft = imported_again(parse_text(ITC))
    path = tmp_path / f"back{ext}"
    path.write_bytes(registry.export_bytes(draft, path.name))
    back = registry.read_any(path).draft
    _trade_centre(back)
    assert write_text(back) == write_text(draft)


@pytest.mark.parametrize(
    ("folder", "name"), [("drafts", "A_C.5_80_L.5.txt"), ("ga-80-pdf", "A_RES_80_243.txt")]
)
def test_recalling_its_resolution_79_258_a_before_paragraph_1(folder, name):
    """Section XVII of the budget text for 2026: "Having considered the reports ...," then
    "Recalling its resolution 79/258 A;" then "1. Takes note of the reports of the
    Secretary-General;"."""
    draft, report = imported(folder, name)
    heading = next(i for i in draft.operative if isinstance(i, SectionHeading) and i.text.startswith("XVII "))
    assert [p.opening for p in heading.preamble] == ["Having considered", "Recalling"]
    assert plain_text(heading.preamble[-1].text) == "its resolution 79/258 A;"
    first = draft.operative[draft.operative.index(heading) + 1]
    assert isinstance(first, Operative) and first.opening == "Takes note"
    assert not any(isinstance(i, SectionHeading) and i.text.startswith("Recalling") for i in draft.operative)
    assert any(line.startswith('"Recalling its resolution 79/258 A;') for line in report)
