"""Word and LibreOffice files the app did not make (issue 15, item 9), read, saved as
``.dres`` and opened again: A/C.1/80/L.12 typed with the UN template (``un_template.py``).

Each format must give the same draft: the masthead from a table in the body, operative
numbers and (a)/(i) labels from automatic numbering (they are not in the text), italics from
direct formatting, the "*" note and the numbered notes under their marks, the tracked edit
accepted and reported, and the reviewer's comment reported with the paragraph it is on.
"""

from __future__ import annotations

from datetime import date

import pytest
from docx_factory import make_docx, p, r, rewrite
from office import soffice_convert
from reimport_cases import cited_note_texts
from test_notes_through_dres import through_dres
from test_text import without_ids
from un_template import (
    BARCODE,
    COMMENT,
    FRONT,
    JOB_LINE,
    NOTES,
    PREAMBLE,
    STAR_NOTE,
    SUBS,
    TITLE,
    UN_NUMBERING,
    UN_STYLES,
    expected_operative_words,
    un_template_docx,
    un_template_odt,
)

from delegate_editor.conventions.checks import check
from delegate_editor.formats import registry
from delegate_editor.formats.reimport import TRACKED
from delegate_editor.formats.text import write_text
from delegate_editor.model.document import Distribution, Operative
from delegate_editor.model.text import Run, plain_text

MAKERS = {".docx": un_template_docx, ".odt": un_template_odt}
# a draft keeps comments (issue 22): the reviewer's comment comes in on its paragraph
COMMENT_MESSAGE = (
    f'a comment by {COMMENT[0]} on "Recalling also the report of the Open-ended Working…" is in '
    f'the Comments list: "{COMMENT[1]}"'
)


@pytest.fixture(params=sorted(MAKERS))
def imported(request, tmp_path):
    path = tmp_path / f"A_C.1_80_L.12{request.param}"
    path.write_bytes(MAKERS[request.param]())
    return registry.read_any(path)


def test_the_import_reports_the_tracked_changes_and_the_comment(imported):
    assert imported.messages == [TRACKED, COMMENT_MESSAGE]
    assert COMMENT[1] not in write_text(imported.draft)  # a comment is never draft text


def test_the_reviewers_comment_is_kept_on_its_paragraph(imported, tmp_path):
    draft = through_dres(imported.draft, tmp_path)
    (comment,) = draft.comments
    assert (comment.author, comment.text) == COMMENT
    (para,) = [p for p in draft.preamble if p.id == comment.node_id]
    assert plain_text(para.text).startswith("the report of the Open-ended Working")


def test_front_matter_from_the_masthead_table(imported, tmp_path):
    draft = through_dres(imported.draft, tmp_path)
    f = draft.front
    assert (f.organ, f.symbol, f.distribution) == ("General Assembly", "A/C.1/80/L.12", Distribution.LIMITED)
    assert (f.date, f.original) == (date(2025, 10, 10), "English")
    assert (f.session, f.body) == (FRONT[0], FRONT[1])
    assert (f.agenda.number, f.agenda.title) == ("99 (i)", FRONT[3])
    assert draft.sponsors.names == ["Indonesia"]
    assert draft.sponsors.on_behalf_of == STAR_NOTE.removeprefix("On behalf of ").removesuffix(".")
    assert plain_text(draft.title) == TITLE


def test_parts_numbers_notes_and_italics_after_a_save(imported, tmp_path):
    draft = through_dres(imported.draft, tmp_path)
    assert [p.opening for p in draft.preamble] == [o for o, _rest, _note in PREAMBLE]
    assert [plain_text(p.text).removesuffix(",") for p in draft.preamble][1] == PREAMBLE[1][1].removesuffix(
        ","
    )
    ops = draft.operative_paragraphs()
    assert [f"{op.opening} {plain_text(op.text)}" for op in ops] == expected_operative_words()
    # the automatic numbers are the draft's own numbering, not typed text
    assert not any(plain_text(op.text)[:3].strip(" .").isdigit() for op in ops)
    requests = ops[3]
    assert isinstance(requests, Operative)
    assert [plain_text(s.text) for s in requests.subs] == [w for level, w in SUBS if level == 1]
    assert [plain_text(s.text) for s in requests.subs[0].children] == [w for level, w in SUBS if level == 2]
    assert cited_note_texts(draft) == NOTES
    # italics: the openings only, never the words after them
    assert all(not run.italic for op in ops for run in op.text if isinstance(run, Run))
    text = write_text(draft)
    assert "4. *Requests* the Secretary-General" in text and "(i) To circulate annually" in text
    assert "??" not in text
    assert not [f for f in check(draft) if f.severity == "error"]


@pytest.mark.office
@pytest.mark.parametrize(("ext", "to"), [(".docx", "odt"), (".odt", "docx:MS Word 2007 XML")])
def test_the_same_file_resaved_by_libreoffice_gives_the_same_draft(ext, to, tmp_path):
    """LibreOffice opens each file and saves it in the other format (it keeps the tracked
    change, the comment, the notes and the lists its own way): the draft read back is the
    same, and so is the report."""
    source = tmp_path / f"A_C.1_80_L.12{ext}"
    source.write_bytes(MAKERS[ext]())
    first = registry.read_any(source)
    again = registry.read_any(soffice_convert(source, to, tmp_path / "resaved"))
    assert again.messages == first.messages == [TRACKED, COMMENT_MESSAGE]
    assert without_ids(through_dres(again.draft, tmp_path)) == without_ids(first.draft)


def test_a_masthead_in_the_page_header_with_the_job_number_and_barcode(tmp_path):
    """As DGACM issues an L. document: the masthead table in the first page's header, the job
    number and the barcode "*2516440*" under it. The barcode is page furniture (it was read
    as "\\*2516440\\*", the committee's name, and the draft fell apart); the job number is kept."""
    path = tmp_path / "A_C.1_80_L.12.docx"
    path.write_bytes(un_template_docx(masthead_in_header=True))
    result = registry.read_any(path)
    assert result.messages == [TRACKED, COMMENT_MESSAGE]
    draft = through_dres(result.draft, tmp_path)
    assert draft.front.job_number == "25-16440 (E)"
    in_body = registry.read_any(_written(tmp_path / "in-body.docx", un_template_docx())).draft
    assert without_ids(draft, "job_number") == without_ids(in_body, "job_number")


def test_page_furniture_copied_into_the_body_is_dropped(tmp_path):
    """The first page of the PDF pasted into Word: the job number and the barcode stand
    under the masthead table in the body."""
    furniture = p(r(JOB_LINE)) + p(r(BARCODE))
    raw = rewrite(
        un_template_docx(),
        {"word/document.xml": lambda xml: xml.replace("</w:tbl>", "</w:tbl>" + furniture, 1)},
    )
    draft = through_dres(registry.read_any(_written(tmp_path / "pasted.docx", raw)).draft, tmp_path)
    assert draft.front.job_number == "25-16440 (E)"
    in_body = registry.read_any(_written(tmp_path / "in-body.docx", un_template_docx())).draft
    assert without_ids(draft, "job_number") == without_ids(in_body, "job_number")


def _written(path, raw: bytes):
    path.write_bytes(raw)
    return path


def test_the_command_line_lists_the_comment_and_still_imports(tmp_path, capsys):
    from delegate_editor.cli import main
    from delegate_editor.storage import dres

    src = _written(tmp_path / "A_C.1_80_L.12.odt", un_template_odt())
    out = tmp_path / "draft.dres"
    assert main(["import", str(src), "-o", str(out)]) == 0
    assert capsys.readouterr().err.splitlines() == [f"{src}: {TRACKED}", f"{src}: {COMMENT_MESSAGE}"]
    assert cited_note_texts(dres.load(out)) == NOTES


def test_a_list_numbered_by_its_style_with_items_demoted_by_level_only(tmp_path):
    """Operative paragraphs numbered by their paragraph style; the (a), (b) items carry only
    ``w:ilvl`` and take the list from the style, as Word writes a demoted item. Words from
    A/RES/80/51, paragraphs 3 and 4."""
    styles = UN_STYLES + (
        '<w:style w:type="paragraph" w:styleId="OpList"><w:name w:val="_ Operative list"/>'
        '<w:basedOn w:val="SingleTxt"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>'
    )
    level_1 = '<w:numPr><w:ilvl w:val="1"/></w:numPr>'
    body = "".join(
        [
            p(r("Ethical imperatives for a nuclear-weapon-free world"), style="HCh"),
            p(r("The General Assembly", italic=True), r(","), style="SingleTxt"),
            p(
                r("Conscious", italic=True),
                r(" of the absolute validity of multilateral diplomacy in relation to nuclear disarmament,"),
                style="SingleTxt",
            ),
            p(r("Declares", italic=True), r(" that:"), style="OpList"),
            p(r("The global threat posed by nuclear weapons must urgently be eliminated;"), style="OpList", ppr=level_1),
            p(
                r("Nuclear weapons serve to undermine collective security, heighten the risk of nuclear catastrophe, "
                  "aggravate international tension and make conflict more dangerous;"),
                style="OpList",
                ppr=level_1,
            ),
            p(
                r("Notes", italic=True),
                r(" that all responsible States have a solemn duty to take decisions that serve to protect their "
                  "people and each other from the ravages of a nuclear weapon detonation;"),
                style="OpList",
            ),
        ]
    )  # fmt: skip
    raw = make_docx(body, styles=styles, numbering=UN_NUMBERING)
    draft = through_dres(registry.read_any(_written(tmp_path / "A_RES_80_51.docx", raw)).draft, tmp_path)
    ops = draft.operative_paragraphs()
    assert [op.opening for op in ops] == ["Declares", "Notes"]
    assert [plain_text(s.text)[:27] for s in ops[0].subs] == [
        "The global threat posed by ",
        "Nuclear weapons serve to un",
    ]
    assert "1. *Declares* that:\n\n(a) The global threat" in write_text(draft)
