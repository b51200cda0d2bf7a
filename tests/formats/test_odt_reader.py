"""ODT import, and the conversions between DOCX and ODT that LibreOffice makes of the seed."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from docx_factory import replace_once, rewrite
from hypothesis import HealthCheck, given, settings
from office import soffice_convert
from test_docx_reader import _foreign_expected, example, no_check_errors
from test_text import _drafts, without_ids

from delegate_editor.formats import embed
from delegate_editor.formats.docx_reader import read_docx
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.odt_reader import read_odt
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.formats.registry import read_any
from delegate_editor.formats.reimport import REPARSED, TRACKED
from delegate_editor.model.text import Run, plain_text
from delegate_editor.storage import dres

CONTENT = "content.xml"


def without_embedded_odt(raw: bytes) -> bytes:
    """Our ODT export as a program that drops the files and document properties it does
    not know would save it (LibreOffice keeps the properties: ``test_odt_meta_payload``)."""
    drop_property = re.compile(
        rf'<meta:user-defined meta:name="{embed.ODT_META_NAME}".*?</meta:user-defined>', re.S
    )
    return rewrite(
        raw, {"meta.xml": lambda xml: drop_property.sub("", xml)}, drop=embed.ODT_FILE.split("/")[0] + "/"
    )


def test_our_export_comes_back_whole():
    draft = example()
    result = read_odt(write_odt(draft), "draft.odt")
    assert result.messages == []
    assert dres.dumps(result.draft) == dres.dumps(draft)


def test_our_export_without_the_embedded_draft_reads_by_structure():
    result = read_odt(without_embedded_odt(write_odt(example())), "draft.odt")
    assert without_ids(result.draft) == without_ids(example())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_drafts())
def test_rich_drafts_come_back_both_ways(draft):
    raw = write_odt(draft)
    whole = read_odt(raw, "draft.odt")
    assert whole.messages == []
    assert without_ids(whole.draft) == without_ids(dres.loads(dres.dumps(draft)))
    assert without_ids(read_odt(without_embedded_odt(raw), "draft.odt").draft) == without_ids(draft)


# -- LibreOffice's conversions of the seed ------------------------------------------------------


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> dict[str, Path]:
    """The seed's ODT converted to DOCX and re-saved as ODT, the seed's DOCX converted to ODT."""
    base = tmp_path_factory.mktemp("converted")
    (base / "seed.odt").write_bytes(write_odt(example()))
    (base / "seed.docx").write_bytes(write_docx(example()))
    return {
        "odt->docx": soffice_convert(base / "seed.odt", "docx:MS Word 2007 XML", base / "a"),
        "odt->odt": soffice_convert(base / "seed.odt", "odt", base / "b"),
        "docx->odt": soffice_convert(base / "seed.docx", "odt", base / "c"),
    }


@pytest.mark.parametrize("case", ["odt->docx", "odt->odt", "docx->odt"])
def test_seed_converted_by_libreoffice_imports_as_the_seed(converted, case):
    path = converted[case]
    result = read_any(path)
    assert result.messages == []
    assert without_ids(result.draft) == without_ids(example())
    assert no_check_errors(result.draft)
    raw = path.read_bytes()
    if path.suffix == ".odt":
        structural = read_odt(without_embedded_odt(raw), path.name).draft
    else:
        structural = read_docx(rewrite(raw, {}, drop="customXml/"), path.name).draft
    assert without_ids(structural) == without_ids(example())


# -- edits and tracked changes ------------------------------------------------------------------


def test_edited_operative_paragraph_is_reported_and_wins():
    draft = example()
    raw = rewrite(
        write_odt(draft), {CONTENT: replace_once("for the work done by", "for the excellent work done by")}
    )
    result = read_odt(raw, "back.odt")
    assert result.messages == ["operative paragraph 2 was changed in another program"]
    para = result.draft.operative[1]
    assert para.id == draft.operative[1].id and para.opening == "Expresses its appreciation"
    assert (
        plain_text(para.text) == "for the excellent work done by the Expert Group in fulfilling its mandate;"
    )


def test_an_edit_of_italics_only_is_reported_and_wins():
    draft = example()
    raw = rewrite(
        write_odt(draft),
        {
            CONTENT: replace_once(
                "the Expert Group in", '<text:span text:style-name="Emphasis">the Expert Group</text:span> in'
            )
        },
    )
    result = read_odt(raw, "back.odt")
    assert result.messages == ["operative paragraph 2 was changed in another program"]
    para = result.draft.operative[1]
    assert para.opening == "Expresses its appreciation" and para.id == draft.operative[1].id
    assert [item.text for item in para.text if isinstance(item, Run) and item.italic] == ["the Expert Group"]
    assert plain_text(para.text) == plain_text(draft.operative[1].text)


def test_an_added_paragraph_is_named_and_the_others_keep_their_ids():
    draft = example()
    text = plain_text(draft.preamble[0].text)[:30]

    def duplicate_first_preambular(xml: str) -> str:
        anchor = xml.index(text)
        start = xml.rfind("<text:p ", 0, anchor)
        end = xml.index("</text:p>", anchor) + len("</text:p>")
        added = xml[start:end].replace(text, "the outcome of the twelfth Congress, ADDED")
        return xml[:end] + added + xml[end:]

    result = read_odt(rewrite(write_odt(draft), {CONTENT: duplicate_first_preambular}), "back.odt")
    assert result.messages == [REPARSED, "preambular paragraph 2 was added in another program"]
    ids = [p.id for p in result.draft.preamble]
    assert len(ids) == len(draft.preamble) + 1 and ids[0] == draft.preamble[0].id
    assert ids[2:] == [p.id for p in draft.preamble[1:]] and ids[1] not in ids[2:]


TRACKED_REGIONS = (
    "<office:text><text:tracked-changes>"
    '<text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>Co-sponsor</dc:creator>'
    "<dc:date>2013-04-10T10:00:00</dc:date></office:change-info><text:p>all </text:p></text:deletion>"
    "</text:changed-region>"
    '<text:changed-region text:id="ct2"><text:insertion><office:change-info><dc:creator>Co-sponsor</dc:creator>'
    "<dc:date>2013-04-10T10:01:00</dc:date></office:change-info></text:insertion></text:changed-region>"
    "</text:tracked-changes>"
)


def _track(text: str) -> str:
    text = text.replace("<office:text>", TRACKED_REGIONS, 1)
    if "xmlns:dc=" not in text:
        text = text.replace(
            "<office:document-content ",
            '<office:document-content xmlns:dc="http://purl.org/dc/elements/1.1/" ',
            1,
        )
    return replace_once(
        "Invites</text:span> Member States",
        'Invites</text:span> <text:change text:change-id="ct1"/><text:change-start text:change-id="ct2"/>'
        'interested <text:change-end text:change-id="ct2"/>Member States',
    )(text)


def test_tracked_changes_are_accepted_and_reported():
    raw = rewrite(without_embedded_odt(write_odt(example())), {CONTENT: _track})
    result = read_odt(raw, "tracked.odt")
    assert result.messages == [TRACKED]
    para = result.draft.operative[2]
    assert para.opening == "Invites"
    assert plain_text(para.text).startswith("interested Member States to continue")


def test_tracked_changes_in_our_export_are_also_an_edit():
    result = read_odt(rewrite(write_odt(example()), {CONTENT: _track}), "tracked.odt")
    assert result.messages == [TRACKED, "operative paragraph 3 was changed in another program"]


# -- a file written by another program ----------------------------------------------------------

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink"'
)
STYLES = (
    f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS} office:version="1.3"><office:styles>'
    '<style:style style:name="Standard" style:family="paragraph"/>'
    '<style:style style:name="Titel_20_fett" style:display-name="Titel fett" style:family="paragraph" '
    'style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Betonung" style:family="text"><style:text-properties fo:font-style="italic"/>'
    "</style:style>"
    '<text:list-style style:name="Nummern">'
    '<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>'
    '<text:list-level-style-number text:level="2" style:num-prefix="(" style:num-suffix=")" style:num-format="a"/>'
    '<text:list-level-style-number text:level="3" style:num-prefix="(" style:num-suffix=")" style:num-format="i"/>'
    "</text:list-style></office:styles><office:master-styles>"
    '<style:master-page style:name="Standard"><style:header><table:table><table:table-row>'
    "<table:table-cell><text:p>United Nations</text:p></table:table-cell>"
    "<table:table-cell><text:p>A/C.3/79/L.12</text:p></table:table-cell></table:table-row><table:table-row>"
    "<table:table-cell><text:p>General Assembly</text:p></table:table-cell><table:table-cell>"
    "<text:p>Distr.: Limited</text:p><text:p><text:date>12 November 2024</text:date></text:p>"
    "<text:p>Original:<text:s/>English</text:p></table:table-cell></table:table-row></table:table>"
    "</style:header></style:master-page></office:master-styles></office:document-styles>"
)
CONTENT_XML = (
    f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} office:version="1.3">'
    "<office:automatic-styles>"
    '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>'
    '<style:style style:name="T2" style:family="text"><style:text-properties text:display="none"/></style:style>'
    "</office:automatic-styles><office:body><office:text>"
    "<text:p>Third Committee</text:p><text:p>Seventy-ninth<text:s/>session</text:p>"
    '<text:p>Item 71 (b) of the provisional agenda<text:note text:id="n1" text:note-class="footnote">'
    '<text:note-citation text:label="*">*</text:note-citation><text:note-body><text:p>A/79/150.</text:p>'
    "</text:note-body></text:note></text:p>"
    "<text:p>Promotion and protection of human rights: human rights questions</text:p>"
    "<text:p>Brazil, Chile and <text:span>Trinidad and Tobago</text:span>: draft resolution</text:p>"
    '<text:p text:style-name="Titel_20_fett">The right to privacy in the digital age</text:p>'
    '<text:p><text:span text:style-name="Betonung">The General Assembly</text:span>,</text:p>'
    '<text:p><text:span text:style-name="T1">Recal</text:span><text:bookmark text:name="b"/>'
    '<text:span text:style-name="T1">ling</text:span> its resolution <text:a xlink:href="https://undocs.org/'
    'A/RES/68/167">68/167</text:a> of 18<text:s/>December 2013,<text:note text:id="n2" text:note-class="footnote">'
    "<text:note-citation>1</text:note-citation><text:note-body><text:p>See "
    '<text:span text:style-name="Betonung">Official Records</text:span>.</text:p></text:note-body></text:note></text:p>'
    '<text:p><text:span text:style-name="T1">Noting with deep concern</text:span> the negative impact that '
    'surveillance <text:span text:style-name="T2">SECRET </text:span>may<text:soft-page-break/> have,</text:p>'
    '<text:list text:style-name="Nummern"><text:list-item>'
    '<text:p><text:span text:style-name="Betonung">Calls upon</text:span> all States:</text:p>'
    "<text:list><text:list-item><text:p>To respect and protect the right to privacy;</text:p></text:list-item>"
    "<text:list-item><text:p>To review their procedures, practices and legislation:</text:p>"
    "<text:list><text:list-item><text:p>Regarding the surveillance of communications;</text:p></text:list-item>"
    "</text:list></text:list-item>"
    "<text:list-item><text:p>To establish independent oversight mechanisms;</text:p></text:list-item></text:list>"
    "</text:list-item></text:list>"
    '<text:list text:style-name="Nummern" text:continue-numbering="true"><text:list-item>'
    '<text:p><text:span text:style-name="T1">Decides</text:span> to remain seized of the matter.</text:p>'
    "</text:list-item></text:list>"
    "</office:text></office:body></office:document-content>"
)


def foreign_odt() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), b"application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", CONTENT_XML)
        zf.writestr("styles.xml", STYLES)
    return buf.getvalue()


def test_file_written_by_another_program():
    """Styles by their properties (not names), spans split mid-word, a link, hidden text,
    text:s, a date field, nested numbered lists continued across two lists, a "*" note
    and a numbered one, the masthead in the header of the master page."""
    result = read_odt(foreign_odt(), "foreign.odt")
    assert result.messages == []
    assert without_ids(result.draft) == without_ids(_foreign_expected())
