"""A table inside the operative part, read from a UN PDF's text (``formats/text_grid.py``,
``formats/text_ledger.py``): its rows become row sub-paragraphs of the paragraph it
completes, and a number alone in it is no paragraph's label (``formats/text_bare_number.py``).

Quoted from the corpus: A/C.5/80/L.6, the programme budget for 2026 (resolution A's
appropriations, three pages under the repeated heads "Section" / "Amount" / "(United States"
/ "dollars)"; resolution B's income estimates, one page), and A/RES/79/249's scale of
assessments under its paragraph 12.
"""

from __future__ import annotations

from delegate_editor.conventions.checks import check
from delegate_editor.formats.import_places import locate
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_bare_number import lost_period
from delegate_editor.formats.text_import import parse_text_report
from delegate_editor.formats.text_lines import Para
from delegate_editor.formats.text_paras import Lines
from delegate_editor.model.document import Operative, RowKind, SectionHeading
from delegate_editor.model.table import split_cells
from delegate_editor.model.text import plain_text
from delegate_editor.storage import dres
from tests.corpus_drafts import CORPUS, corpus_text, imported, imported_again


def _l6():
    return imported("drafts", "A_C.5_80_L.6.txt")


def _rows(para: Operative) -> list[tuple[RowKind, list[str]]]:
    return [(s.row, [plain_text(c) for c in split_cells(s.text)]) for s in para.subs if s.row]


def _resolutions(draft) -> dict[str, list[Operative]]:
    """The paragraphs of each of resolutions A, B and C, under the heading that names them."""
    out: dict[str, list[Operative]] = {}
    part = ""
    for item in draft.operative:
        if isinstance(item, SectionHeading):
            letter = item.text.split()[0] if item.text.split() else ""
            part = letter if letter in ("A", "B", "C") and len(letter) == 1 else part
        else:
            out.setdefault(part, []).append(item)
    return out


def test_the_appropriations_are_the_rows_of_paragraph_1_of_resolution_a():
    draft, report = _l6()
    a = _resolutions(draft)["A"]
    first = a[0]
    assert plain_text(first.text).endswith("are hereby approved for the following purposes:")
    rows = _rows(first)
    # "Section" stands over the section's number and its title; the amount is the third column
    assert rows[0] == (RowKind.HEADER, ["Section", "", "Amount (United States dollars)"])
    body = [cells for kind, cells in rows[1:]]
    assert all(kind is RowKind.ROW for kind, _ in rows[1:])
    assert body[:4] == [
        ["", "Part I. Overall policymaking, direction and coordination", ""],
        ["1", "Overall policymaking, direction and coordination", "92 738 500"],
        [
            "2",
            "General Assembly and Economic and Social Council affairs and conference management",
            "353 354 200",
        ],
        ["", "Subtotal, part I", "446 092 700"],
    ]
    # a title on two lines ("... and small island developing" / "States"), a lettered section
    assert [
        "10",
        "Least developed countries, landlocked developing countries and small island developing States",
        "10 666 800",
    ] in body
    assert ["29A", "Department of Management Strategy, Policy and Compliance", "62 010 600"] in body
    # the heads repeated at the top of pages 2 and 3 are gone; the pages' furniture too
    assert not any("Section" in cells for cells in body)
    assert not any("25-21164" in " ".join(cells) or "A/C.5/80/L.6" in " ".join(cells) for cells in body)
    assert body[-1] == ["", "Total", "3 450 426 300"] and len(body) == 70
    assert any("as the rows of paragraph 1: 70 rows" in line for line in report)


def test_the_income_estimates_are_the_rows_of_paragraph_1_of_resolution_b():
    draft, report = _l6()
    first = _resolutions(draft)["B"][0]
    assert plain_text(first.text).endswith("approved as follows:")
    assert _rows(first) == [
        (RowKind.HEADER, ["Income section", "Amount (United States dollars)"]),
        (RowKind.ROW, ["1. Income from staff assessment", "278 735 200"]),
        (RowKind.ROW, ["2. General income", "32 815 100"]),
        (RowKind.ROW, ["3. Services to the public", "564 700"]),
        (RowKind.ROW, ["Total", "312 115 000"]),
    ]
    assert any("as the rows of paragraph 1: 4 rows" in line for line in report)


def test_the_numbering_is_the_sources():
    draft, report = _l6()
    parts = _resolutions(draft)
    starts = {k: [plain_text(p.text)[:30] for p in v] for k, v in parts.items()}
    assert [len(parts[k]) for k in "ABC"] == [3, 3, 4]
    assert starts["A"][1].startswith("The Secretary-General shall b")
    assert starts["A"][2].startswith("In addition to the appropriat")
    assert starts["B"][1].startswith("The income from staff assessm")
    assert plain_text(parts["C"][3].text).endswith("the additional appropriations for 2025.")
    # no section number of the table taken for a paragraph's lost period
    assert not any("alone on its line" in line for line in report)


def test_a_bare_number_in_a_table_is_no_label_and_the_real_ones_still_are():
    # the raw lines, the table not read first: "92 738 500" / "2" is a section's number
    lines = Lines(corpus_text(CORPUS / "drafts" / "A_C.5_80_L.6.txt"))
    assert not any("alone on its line" in line for line in lines.report)
    assert not lost_period("2", 1, [Para("text", "1. Appropriations ... 1 Overall policymaking 92 738 500")])
    assert lost_period(
        "6", 5, [Para("text", "... shall abide by all of their obligations under international law;")]
    )
    assert lost_period("25", 24, [Para("text", "... ethnically “pure” nations;14")])
    # the six places the rule fires in the corpus
    fired = {}
    for folder, name in [
        ("drafts", "A_C.3_80_L.2.txt"),
        ("drafts", "A_C.6_80_L.16.txt"),
        ("ga-79-pdf", "A_RES_79_160.txt"),
        ("ga-80-pdf", "A_RES_80_167.txt"),
    ]:
        report = Lines(corpus_text(CORPUS / folder / name)).report
        fired[name] = [line.split(":")[0] for line in report if "alone on its line" in line]
    assert fired == {
        "A_C.3_80_L.2.txt": ["paragraph 25", "paragraph 26"],
        "A_C.6_80_L.16.txt": ["paragraph 6"],
        "A_RES_79_160.txt": ["paragraph 26", "paragraph 27"],
        "A_RES_80_167.txt": ["paragraph 6"],
    }


def test_the_tables_survive_dres_and_the_text_form():
    draft, _ = _l6()
    text = write_text(draft)
    assert "| Section |  | Amount (United States dollars) |\n| --- | --- | --- |" in text
    assert (
        "| 2 | General Assembly and Economic and Social Council affairs and conference management | 353 354 200 |"
        in text
    )
    assert "| 3. Services to the public | 564 700 |\n| Total | 312 115 000 |" in text
    again = imported_again(draft)
    assert write_text(again) == text
    ours = [_rows(p) for p in draft.operative_paragraphs()]
    assert [_rows(p) for p in again.operative_paragraphs()] == ours
    assert write_text(dres.loads(dres.dumps(again))) == text


def test_check_finds_no_error_in_the_tables():
    draft, _ = _l6()
    findings = [f for f in check(draft) if f.severity == "error"]
    # resolutions A and B each end with a full stop before the next, as the UN prints them
    # ("... objects and provisions of the endowment." / "B"): no operative error. Nor is
    # the organ line one since stop 50: each resolution's stands over it (conventions/parts.py)
    assert findings == []
    ends = [_resolutions(draft)[k][-1] for k in "AB"]
    assert [plain_text(p.text)[-1] for p in ends] == [".", "."]
    # A/RES/79/249: paragraph 12 and its scale of assessments, no error at all
    scale, report = imported("ga-79-pdf", "A_RES_79_249.txt")
    assert not [f for f in check(scale) if f.severity == "error"]
    twelve = scale.operative_paragraphs()[11]
    assert _rows(twelve)[0] == (RowKind.HEADER, ["Member State", "Percentage"])
    assert (RowKind.ROW, ["France", "3.858"]) in _rows(twelve)
    assert any("as the rows of paragraph 12: 193 rows" in line for line in report)


def test_the_report_leads_to_the_tables_header_row():
    draft, report = parse_text_report(corpus_text(CORPUS / "drafts" / "A_C.5_80_L.6.txt"))
    places = locate(draft, report)
    heads = [s.id for p in draft.operative_paragraphs() for s in p.subs if s.row is RowKind.HEADER]
    table_places = [pl for line, pl in zip(report, places, strict=True) if "as the rows of paragraph" in line]
    assert len(table_places) == 2 and [pl.node_id for pl in table_places] == heads
