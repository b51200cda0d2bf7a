"""DOCX import: our exports whole, files re-saved by LibreOffice, files written by others,
edits made in another program, tracked changes, automatic numbering."""

from __future__ import annotations

import io
import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx_factory import make_docx, p, r, replace_once, rewrite, without_embedded_docx
from hypothesis import HealthCheck, given, settings
from office import soffice_convert
from test_text import _drafts, without_ids

from delegate_editor.conventions.checks import check
from delegate_editor.formats.docx_reader import read_docx
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.registry import read_any
from delegate_editor.formats.reimport import REPARSED, TRACKED
from delegate_editor.model.document import (
    Distribution,
    DocumentKind,
    Draft,
    Footnote,
    Operative,
    Preambular,
    SubParagraph,
)
from delegate_editor.model.text import NoteRef, Run, XRef, plain_text, rich
from delegate_editor.resources import resource
from delegate_editor.storage import dres

DATA = Path(__file__).resolve().parents[1] / "data"
SEED_TXT = DATA / "seed_E_CN.15_2013_draft_cybercrime.txt"
DOC = "word/document.xml"


def example() -> Draft:
    return dres.load(resource("examples", "cybercrime.dres"))


def no_check_errors(draft: Draft) -> bool:
    return not [f for f in check(draft) if f.severity == "error"]


# -- our own exports ------------------------------------------------------------------------


def test_our_export_comes_back_whole():
    draft = example()
    result = read_docx(write_docx(draft), "draft.docx")
    assert result.messages == []
    assert dres.dumps(result.draft) == dres.dumps(draft)  # ids included


def test_our_export_without_the_embedded_draft_reads_by_structure():
    result = read_docx(without_embedded_docx(write_docx(example())), "draft.docx")
    assert without_ids(result.draft) == without_ids(example())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_drafts())
def test_rich_drafts_come_back_both_ways(draft):
    """Footnotes (one cited twice), sub-paragraphs to four levels, dash items, headings,
    annexes, italics inside text: whole from the embedded draft, and the same by structure."""
    raw = write_docx(draft)
    whole = read_docx(raw, "draft.docx")
    assert whole.messages == []
    assert without_ids(whole.draft) == without_ids(dres.loads(dres.dumps(draft)))
    assert without_ids(read_docx(without_embedded_docx(raw), "draft.docx").draft) == without_ids(draft)


# -- the four re-saved files of issue 8 (LibreOffice) -----------------------------------------


@pytest.fixture(scope="module")
def resaved(tmp_path_factory) -> dict[str, Path]:
    """The seed's DOCX re-saved by LibreOffice as DOCX, and LibreOffice's DOCX made straight
    from the seed's plain text."""
    base = tmp_path_factory.mktemp("resaved")
    ours = base / "seed.docx"
    ours.write_bytes(write_docx(example()))
    shutil.copy(SEED_TXT, base / "seed.txt")
    return {
        "docx": soffice_convert(ours, "docx:MS Word 2007 XML", base / "docx"),
        "txt": soffice_convert(base / "seed.txt", "docx:MS Word 2007 XML", base / "txt"),
    }


def test_seed_docx_resaved_by_libreoffice(resaved):
    raw = resaved["docx"].read_bytes()
    result = read_docx(raw, "seed.docx")
    assert result.messages == []
    assert without_ids(result.draft) == without_ids(example())
    by_structure = read_docx(without_embedded_docx(raw), "seed.docx").draft
    assert without_ids(by_structure) == without_ids(example())
    assert no_check_errors(by_structure)


def test_docx_that_libreoffice_makes_from_the_seed_text(resaved):
    result = read_any(resaved["txt"])
    assert result.messages == []
    # the seed text carries no symbol and no job number: everything else is the example
    assert without_ids(result.draft, "symbol", "job_number") == without_ids(example(), "symbol", "job_number")
    assert no_check_errors(result.draft)


# -- edited in another program: the visible text wins -----------------------------------------


def test_edited_operative_paragraph_is_reported_and_wins():
    draft = example()
    raw = rewrite(
        write_docx(draft),
        {DOC: replace_once(" Member States to continue to consider", " all Member States to consider")},
    )
    result = read_docx(raw, "back.docx")
    assert result.messages == ["operative paragraph 3 was changed in another program"]
    para = result.draft.operative[2]
    assert isinstance(para, Operative) and para.id == draft.operative[2].id
    assert para.opening == "Invites"
    assert plain_text(para.text).startswith("all Member States to consider under the aegis")
    # everything else is as embedded
    result.draft.operative[2] = draft.operative[2]
    assert dres.dumps(result.draft) == dres.dumps(draft)


ITALIC_RUN = (
    '</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r>'
    '<w:r><w:t xml:space="preserve">'
)


def test_an_edit_of_italics_only_is_reported_and_wins(tmp_path):
    """Setting a publication title in italics changes no word; the paragraph is still read
    again, in Word's file and after LibreOffice re-saved it."""
    draft = example()
    edited = rewrite(
        write_docx(draft),
        {
            DOC: replace_once(
                " in combating cybercrime,", " " + ITALIC_RUN.format("in combating cybercrime") + ","
            )
        },
    )
    (tmp_path / "edited.docx").write_bytes(edited)
    again = soffice_convert(tmp_path / "edited.docx", "docx:MS Word 2007 XML", tmp_path / "out").read_bytes()
    for raw in (edited, again):
        result = read_docx(raw, "back.docx")
        assert result.messages == ["operative paragraph 3 was changed in another program"]
        para = result.draft.operative[2]
        assert para.opening == "Invites" and para.id == draft.operative[2].id
        italic = [item.text for item in para.text if isinstance(item, Run) and item.italic]
        assert italic == ["in combating cybercrime"]
        assert plain_text(para.text) == plain_text(draft.operative[2].text)
        result.draft.operative[2] = draft.operative[2]
        assert dres.dumps(result.draft) == dres.dumps(draft)  # nothing else was touched


def test_an_italics_only_edit_in_a_footnote_is_reported(tmp_path):
    draft = example()
    draft.footnotes = {"n1": Footnote(rich("Official Records of the General Assembly, annex."), id="n1")}
    first = draft.preamble[0]
    first.text = (*first.text[:-1], Run(first.text[-1].text), NoteRef("n1"))
    draft = dres.loads(dres.dumps(draft))
    raw = rewrite(
        write_docx(draft),
        {"word/footnotes.xml": replace_once("Official Records", ITALIC_RUN.format("Official Records"))},
    )
    result = read_docx(raw, "back.docx")
    assert result.messages == ["footnote 1 was changed in another program"]
    text = result.draft.footnotes["n1"].text
    assert [item.text for item in text if isinstance(item, Run) and item.italic] == ["Official Records"]


def _citing_draft() -> Draft:
    """The example with operative paragraph 5 citing paragraph 3 ("under paragraph 3 above")."""
    draft = example()
    ops = draft.operative_paragraphs()
    ops[4].text = (
        Run("the Secretariat to assist the working group under paragraph "),
        XRef(ops[2].id),
        Run(" above;"),
    )
    return dres.loads(dres.dumps(draft))


def test_an_edited_paragraph_keeps_its_cross_reference():
    """A paragraph citing "paragraph 3 above" edited elsewhere in Word: the 3 is still a
    cross-reference (it follows the numbers on); a number the co-sponsor changed is text."""
    draft = _citing_draft()
    ops = draft.operative_paragraphs()
    raw = write_docx(draft)
    assert "under paragraph 3 above;" in docx_text(raw)

    result = read_docx(rewrite(raw, {DOC: replace_once("to assist the", "to support the")}), "back.docx")
    assert result.messages == ["operative paragraph 5 was changed in another program"]
    text = result.draft.operative_paragraphs()[4].text
    assert text == (
        Run("the Secretariat to support the working group under paragraph "),
        XRef(ops[2].id),
        Run(" above;"),
    )

    result = read_docx(
        rewrite(raw, {DOC: replace_once("paragraph 3 above", "paragraph 4 above")}), "back.docx"
    )
    text = result.draft.operative_paragraphs()[4].text
    assert not any(isinstance(item, XRef) for item in text)
    assert plain_text(text).endswith("under paragraph 4 above;")


def test_edits_resaved_by_libreoffice_are_still_found(tmp_path):
    draft = example()
    edited = rewrite(
        write_docx(draft),
        {DOC: replace_once("in line with paragraph 42", "in line with paragraphs 42 and 43")},
    )
    (tmp_path / "edited.docx").write_bytes(edited)
    again = soffice_convert(tmp_path / "edited.docx", "docx:MS Word 2007 XML", tmp_path / "out")
    result = read_docx(again.read_bytes(), "edited.docx")
    assert result.messages == ["preambular paragraph 1 was changed in another program"]
    assert "paragraphs 42 and 43 of the Salvador" in plain_text(result.draft.preamble[0].text)
    assert result.draft.preamble[0].opening == "Recalling"


def test_edited_sponsors_symbol_and_agenda_note():
    draft = example()
    raw = rewrite(
        write_docx(draft),
        {
            DOC: replace_once("India, Russian Federation", "India, Mexico, Russian Federation"),
            "word/footnotes.xml": replace_once("E/CN.15/2013/1.", "E/CN.15/2013/2."),
            "word/header1.xml": replace_once("/CN.15/2013/L.14<", "/CN.15/2013/L.14/Rev.1<"),
        },
    )
    result = read_docx(raw, "back.docx")
    assert set(result.messages) == {
        "the sponsors line was changed in another program",
        "the * footnote was changed in another program",
        "the symbol was changed in another program",
    }
    d = result.draft
    assert d.sponsors.names == ["Brazil", "China", "India", "Mexico", "Russian Federation", "South Africa"]
    assert d.front.agenda.symbol == "E/CN.15/2013/2"
    assert d.front.symbol == "E/CN.15/2013/L.14/Rev.1"


def test_later_sponsors_survive_an_edited_sponsors_line_and_a_re_read(tmp_path):
    """A first issue does not print the States that joined later: a co-sponsor who adds a
    name to the line, or a paragraph to the text, must not make them disappear."""
    draft = example()
    draft.sponsors.later = ["Mexico"]
    line = rewrite(
        write_docx(draft),
        {DOC: replace_once("India, Russian Federation", "India, Chile, Russian Federation")},
    )
    result = read_docx(line, "back.docx")
    assert result.messages == ["the sponsors line was changed in another program"]
    assert result.draft.sponsors.names == [
        "Brazil",
        "China",
        "India",
        "Chile",
        "Russian Federation",
        "South Africa",
    ]
    assert result.draft.sponsors.later == ["Mexico"]

    reread = rewrite(write_docx(draft), {DOC: _without_paragraph(plain_text(draft.preamble[1].text)[:40])})
    result = read_docx(reread, "back.docx")
    assert result.messages[0] == REPARSED
    assert result.draft.sponsors.later == ["Mexico"]


def test_a_revised_draft_prints_every_sponsor_so_a_name_taken_out_has_left():
    draft = example()
    draft.kind = DocumentKind.REVISED
    draft.sponsors.later = ["Mexico", "Chile"]
    raw = write_docx(draft)
    assert "Brazil, Chile, China, India, Mexico, Russian Federation and South Africa" in docx_text(raw)
    result = read_docx(rewrite(raw, {DOC: replace_once("India, Mexico, ", "India, ")}), "back.docx")
    assert result.messages == ["the sponsors line was changed in another program"]
    assert result.draft.sponsors.names == ["Brazil", "China", "India", "Russian Federation", "South Africa"]
    assert result.draft.sponsors.later == ["Chile"]


def docx_text(raw: bytes) -> str:
    return zipfile.ZipFile(io.BytesIO(raw)).read(DOC).decode()


def test_edited_footnote_keeps_its_anchor():
    draft = example()
    draft.footnotes = {"n1": Footnote(rich("A/CONF.213/18, chap. I, resolution 1."), id="n1")}
    first = draft.preamble[0]
    first.text = (*first.text[:-1], Run(first.text[-1].text), NoteRef("n1"))
    draft = dres.loads(dres.dumps(draft))
    raw = rewrite(write_docx(draft), {"word/footnotes.xml": replace_once("chap. I,", "chap. II,")})
    result = read_docx(raw, "back.docx")
    assert result.messages == ["footnote 1 was changed in another program"]
    assert plain_text(result.draft.footnotes["n1"].text) == "A/CONF.213/18, chap. II, resolution 1."
    assert result.draft.preamble[0].text == draft.preamble[0].text


def test_added_paragraph_reads_the_draft_from_the_visible_text():
    draft = example()
    added = (
        '<w:p><w:pPr><w:pStyle w:val="OperativeParagraph"/></w:pPr><w:r><w:t xml:space="preserve">'
        '7.</w:t><w:tab/></w:r><w:r><w:rPr><w:rStyle w:val="Emphasis"/></w:rPr><w:t>Decides</w:t></w:r>'
        '<w:r><w:t xml:space="preserve"> to remain seized of the matter.</w:t></w:r></w:p><w:sectPr'
    )
    raw = rewrite(
        write_docx(draft),
        {
            DOC: replace_once(
                "in its work.</w:t></w:r></w:p><w:sectPr", "in its work;</w:t></w:r></w:p>" + added
            )
        },
    )
    result = read_docx(raw, "back.docx")
    assert result.messages == [
        REPARSED,
        "operative paragraph 6 was changed in another program",
        "operative paragraph 7 was added in another program",
    ]
    ops = result.draft.operative_paragraphs()
    assert len(ops) == 7 and ops[6].opening == "Decides"
    assert plain_text(ops[5].text).endswith("in its work;")
    assert result.draft.front.symbol == "E/CN.15/2013/L.14"
    # the paragraphs that came back as sent keep their ids; the changed and the new do not
    sent = [p.id for p in draft.operative_paragraphs()]
    assert [p.id for p in ops[:5]] == sent[:5]
    assert ops[5].id != sent[5] and ops[6].id not in sent
    assert [p.id for p in result.draft.preamble] == [p.id for p in draft.preamble]


def _without_paragraph(text: str):
    """An edit of document.xml that deletes the paragraph holding ``text``."""

    def edit(xml: str) -> str:
        anchor = xml.index(text)
        start = max(xml.rfind("<w:p>", 0, anchor), xml.rfind("<w:p ", 0, anchor))
        end = xml.index("</w:p>", anchor) + len("</w:p>")
        return xml[:start] + xml[end:]

    return edit


def test_a_removed_paragraph_is_named_as_it_was_numbered(tmp_path):
    """A co-sponsor deletes preambular paragraph 2 and LibreOffice re-saves the file: the draft
    is read from the visible text, and the report names the paragraph that went."""
    draft = _citing_draft()
    ops = draft.operative_paragraphs()
    edited = rewrite(write_docx(draft), {DOC: _without_paragraph(plain_text(draft.preamble[1].text)[:40])})
    (tmp_path / "edited.docx").write_bytes(edited)
    again = soffice_convert(tmp_path / "edited.docx", "docx:MS Word 2007 XML", tmp_path / "out")
    result = read_docx(again.read_bytes(), "edited.docx")
    assert result.messages == [
        REPARSED,
        "preambular paragraph 2 of the draft as sent was removed in another program",
    ]
    assert [p.id for p in result.draft.preamble] == [
        draft.preamble[0].id,
        *[p.id for p in draft.preamble[2:]],
    ]
    assert [p.id for p in result.draft.operative_paragraphs()] == [p.id for p in draft.operative_paragraphs()]
    # the cross-reference to a paragraph that came back is one again
    assert XRef(ops[2].id) in result.draft.operative_paragraphs()[4].text


# -- tracked changes ------------------------------------------------------------------------

TRACKED_EDIT = (
    '<w:t xml:space="preserve">Invites</w:t></w:r>'
    '<w:del w:id="90" w:author="Co-sponsor"><w:r><w:delText xml:space="preserve"> all</w:delText></w:r></w:del>'
    '<w:ins w:id="91" w:author="Co-sponsor"><w:r><w:t xml:space="preserve"> interested</w:t></w:r></w:ins>'
    '<w:moveFrom w:id="92" w:author="Co-sponsor"><w:r><w:t>MOVEDAWAY</w:t></w:r></w:moveFrom>'
)


def test_tracked_changes_are_accepted_and_reported():
    raw = without_embedded_docx(write_docx(example()))
    raw = rewrite(raw, {DOC: replace_once('<w:t xml:space="preserve">Invites</w:t></w:r>', TRACKED_EDIT)})
    result = read_docx(raw, "tracked.docx")
    assert result.messages == [TRACKED]
    para = result.draft.operative[2]
    assert para.opening == "Invites"
    text = plain_text(para.text)
    assert text.startswith("interested Member States to continue")
    assert "all" not in text.split()[:2] and "MOVEDAWAY" not in text


def test_tracked_changes_in_our_export_are_also_an_edit():
    raw = rewrite(
        write_docx(example()),
        {DOC: replace_once('<w:t xml:space="preserve">Invites</w:t></w:r>', TRACKED_EDIT)},
    )
    result = read_docx(raw, "tracked.docx")
    assert result.messages == [TRACKED, "operative paragraph 3 was changed in another program"]
    assert plain_text(result.draft.operative[2].text).startswith("interested Member States")


# -- a file written by another program ----------------------------------------------------------

STYLES = (
    '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="24"/></w:rPr></w:rPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Standard"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Kopf"><w:name w:val="Kopfzeile Titel"/>'
    '<w:basedOn w:val="Standard"/><w:rPr><w:b/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Liste"><w:name w:val="Nummerierte Liste"/>'
    '<w:basedOn w:val="Standard"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="character" w:styleId="Betonung"><w:name w:val="Betonung"/><w:rPr><w:i/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="Fussnotenzeichen"><w:name w:val="Fussnotenzeichen"/>'
    '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
)
NUMBERING = (
    '<w:abstractNum w:abstractNumId="7">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl>'
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>'
)
FOOTNOTES = (
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="2"><w:p><w:r><w:t>*</w:t></w:r><w:r><w:t xml:space="preserve"> A/79/150.</w:t></w:r>'
    "</w:p></w:footnote>"
    '<w:footnote w:id="3"><w:p><w:r><w:rPr><w:rStyle w:val="Fussnotenzeichen"/></w:rPr><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve"> See </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>Official Records</w:t></w:r>'
    "<w:r><w:t>.</w:t></w:r></w:p></w:footnote>"
)
FIELD_DATE = (
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" '
    '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>12 November 2024</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
)
HEADER = (
    "<w:tbl><w:tr><w:tc>" + p(r("United Nations")) + "</w:tc><w:tc>" + p(r("A/C.3/79/L.12")) + "</w:tc></w:tr>"
    "<w:tr><w:tc>" + p(r("General Assembly")) + "</w:tc><w:tc>" + p(r("Distr.: Limited")) + p(FIELD_DATE)
    + p(r("Original: English")) + "</w:tc></w:tr></w:tbl>"
)  # fmt: skip


def _foreign_body() -> str:
    note_star = (
        '<w:r><w:rPr><w:rStyle w:val="Fussnotenzeichen"/></w:rPr>'
        '<w:footnoteReference w:customMarkFollows="1" w:id="2"/><w:t>*</w:t></w:r>'
    )
    note_one = '<w:r><w:rPr><w:rStyle w:val="Fussnotenzeichen"/></w:rPr><w:footnoteReference w:id="3"/></w:r>'
    return "".join(
        [
            p(r("Third Committee")),
            p(r("Seventy-ninth session")),
            p(r("Item 71 (b) of the provisional agenda"), note_star),
            p(r("Promotion and protection of human rights: human rights questions")),
            p(r("Brazil, Chile and "), r("Trinidad and Tobago: draft resolution")),
            p(r("The right to privacy in the digital age"), style="Kopf"),
            p(r("The General Assembly", style="Betonung"), r(",")),
            p(
                r("Recal", italic=True),
                '<w:proofErr w:type="spellStart"/>',
                r("ling", italic=True),
                r(" its resolution "),
                '<w:hyperlink r:id="rIdX"><w:r><w:t>68/167</w:t></w:r></w:hyperlink>',
                '<w:bookmarkStart w:id="0" w:name="x"/>',
                r(" of 18 December 2013,"),
                note_one,
            ),
            p(
                r("Noting with deep concern", italic=True),
                r(" the negative impact that surveillance "),
                "<w:r><w:rPr><w:vanish/></w:rPr><w:t>SECRET </w:t></w:r>",
                r("may have,"),
            ),
            p(r("Calls upon", style="Betonung"), r(" all States:"), style="Liste"),
            p(r("To respect and protect the right to privacy;"), num=(1, 1)),
            p(r("To review their procedures, practices and legislation:"), num=(1, 1)),
            p(r("Regarding the surveillance of communications;"), num=(1, 2)),
            p(r("To establish independent oversight mechanisms;"), num=(1, 1)),
            p(
                "<w:sdt><w:sdtPr/><w:sdtContent>",
                r("Decides", italic=True),
                r(" to remain seized of the matter."),
                "</w:sdtContent></w:sdt>",
                num=(1, 0),
            ),
        ]
    )


def _foreign_expected() -> Draft:
    d = Draft(authoring="The General Assembly")
    f = d.front
    f.organ, f.body, f.session = "General Assembly", "Third Committee", "Seventy-ninth session"
    f.agenda.number, f.agenda.provisional, f.agenda.symbol = "71 (b)", True, "A/79/150"
    f.agenda.title = "Promotion and protection of human rights: human rights questions"
    f.symbol, f.distribution, f.date = "A/C.3/79/L.12", Distribution.LIMITED, date(2024, 11, 12)
    d.sponsors.names = ["Brazil", "Chile", "Trinidad and Tobago"]
    d.title = rich("The right to privacy in the digital age")
    d.footnotes = {"n": Footnote((Run("See "), Run("Official Records", True), Run(".")))}
    d.preamble = [
        Preambular("Recalling", (Run("its resolution 68/167 of 18 December 2013,"), NoteRef("n"))),
        Preambular("Noting with deep concern", rich("the negative impact that surveillance may have,")),
    ]
    d.operative = [
        Operative(
            "Calls upon",
            rich("all States:"),
            [
                SubParagraph(rich("To respect and protect the right to privacy;")),
                SubParagraph(
                    rich("To review their procedures, practices and legislation:"),
                    [SubParagraph(rich("Regarding the surveillance of communications;"))],
                ),
                SubParagraph(rich("To establish independent oversight mechanisms;")),
            ],
        ),
        Operative("Decides", rich("to remain seized of the matter.")),
    ]
    return d


def test_file_written_by_another_program():
    """Renamed styles, italics from a character style and from direct formatting, split
    runs, a hyperlink, hidden text, a content control, a DATE field, automatic numbering at
    three levels (through a numbered paragraph style too), a custom "*" note and a real one."""
    raw = make_docx(_foreign_body(), styles=STYLES, numbering=NUMBERING, footnotes=FOOTNOTES, header=HEADER)
    result = read_docx(raw, "foreign.docx")
    assert result.messages == []
    assert without_ids(result.draft) == without_ids(_foreign_expected())


def test_deleted_paragraph_mark_joins_the_paragraphs():
    """A tracked deletion of a paragraph mark: accepted, the two paragraphs are one."""
    deleted_mark = '<w:rPr><w:del w:id="5" w:author="A"/></w:rPr>'
    body = (
        p(r("Brazil and Chile: draft resolution"))
        + p(r("Oceans and the law of the sea"))
        + p(r("The General Assembly", italic=True), r(","))
        + p(r("Recalling", italic=True), r(" its resolution 68/167"), ppr=deleted_mark)
        + p(r(" of 18 December 2013,"))
        + p(r("1.\t"), r("Decides", italic=True), r(" to remain seized of the matter."))
    )
    result = read_docx(make_docx(body), "joined.docx")
    assert result.messages == [TRACKED]
    assert [plain_text(x.text) for x in result.draft.preamble] == [
        "its resolution 68/167 of 18 December 2013,"
    ]
    assert result.draft.operative[0].opening == "Decides"


def test_cli_imports_docx_and_reports_edits(tmp_path, capsys):
    from delegate_editor.cli import main

    src = tmp_path / "back.docx"
    src.write_bytes(
        rewrite(
            write_docx(example()),
            {DOC: replace_once(" Member States to continue to consider", " all Member States to consider")},
        )
    )
    out = tmp_path / "back.dres"
    assert main(["import", str(src), "-o", str(out)]) == 0
    assert capsys.readouterr().err == f"{src}: operative paragraph 3 was changed in another program\n"
    assert plain_text(dres.load(out).operative[2].text).startswith("all Member States")
