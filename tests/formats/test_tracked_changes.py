"""Tracked-changes exports read by real clients.

A real adopted resolution is the base; the draft is edited as delegates edit (words added
and struck, a paragraph added, one moved, one deleted, a footnote added, a footnote
corrected, a word set in italics). LibreOffice opens each export (through its UNO bridge,
``tests/uno_changes.py``, in ONE LibreOffice process for every file): Accept All must give
exactly the text LibreOffice reads from the plain export of the draft, and Reject All exactly
that of the plain export of the base. pandoc's ``--track-changes=all`` must see the
insertions and deletions.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from reliability.drafts import rich_draft

from delegate_editor.formats.compare import compare
from delegate_editor.formats.docx_changes import write_tracked_docx
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.odt_changes import write_tracked_odt
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.model import Draft, Preambular, SectionHeading, SubParagraph, plain_text, rich
from delegate_editor.model.versions import draft_from_base
from tests.corpus_drafts import adopted, edited
from tests.office import require

UNO_SCRIPT = Path(__file__).resolve().parent.parent / "uno_changes.py"
SYSTEM_PYTHON = "/usr/bin/python3"  # LibreOffice's UNO bridge is the system Python's
SCHEMA = Path(__file__).resolve().parent.parent / "data" / "odf-schema" / "OpenDocument-v1.2-os-schema.rng"
AUTHOR = "Mexico"


def _require_uno() -> None:
    require("soffice")
    found = (
        shutil.which(SYSTEM_PYTHON)
        and subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True).returncode == 0
    )
    if not found:
        message = "missing LibreOffice's Python bridge (python3-uno)"
        if os.environ.get("CI"):
            pytest.fail(message + ": CI must install it")
        pytest.skip(message)


def structured_edit() -> tuple[Draft, Draft]:
    """Every kind of node (a section heading, sub-paragraphs two deep, a cross-reference, an
    annex with headings and numbered paragraphs): a preambular paragraph added first, a
    heading reworded, a sub-paragraph added, one taken a level up, and the document's last
    paragraph removed."""
    draft = draft_from_base(rich_draft())
    draft.preamble.insert(0, Preambular("Recalling also", rich("its resolution 70/1 of 25 September 2015,")))
    heading = draft.operative[0]
    assert isinstance(heading, SectionHeading)
    heading.text = "I. General provisions"
    first = draft.operative_paragraphs()[0]
    first.subs.append(SubParagraph(rich("To inform Member States;")))
    first.subs.insert(1, first.subs[0].children.pop())  # "(i)" taken a level up: "(b)"
    draft.annexes[0].paragraphs.pop()
    assert draft.base is not None
    return draft.base, draft


def _write(folder: Path, prefix: str, base: Draft, draft: Draft) -> dict[str, bytes]:
    comparison = compare(base, draft)
    layout = comparison.new.layout
    files = {
        f"{prefix}tracked.docx": write_tracked_docx(comparison, AUTHOR),
        f"{prefix}tracked.odt": write_tracked_odt(comparison, AUTHOR),
        f"{prefix}draft.docx": write_docx(draft, layout),
        f"{prefix}draft.odt": write_odt(draft, layout),
        f"{prefix}base.docx": write_docx(base, layout),
        f"{prefix}base.odt": write_odt(base, layout),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return files


@pytest.fixture(scope="module")
def exports(tmp_path_factory, corpus_dir):
    base = adopted(corpus_dir, "A_RES_80_15")
    draft = edited(base)
    assert draft.base is not None
    folder = tmp_path_factory.mktemp("tracked")
    files = _write(folder, "", draft.base, draft)
    files.update(_write(folder, "rich-", *structured_edit()))
    return folder, files, base, draft


@pytest.fixture(scope="module")
def office(exports):
    _require_uno()
    folder, files, _base, _draft = exports
    result = subprocess.run(
        [SYSTEM_PYTHON, str(UNO_SCRIPT), *files], cwd=folder, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("ext", ["docx", "odt"])
def test_a_structured_draft_too(office, exports, ext):
    tracked = office[f"rich-tracked.{ext}"]
    assert tracked["accept"]["changes"] >= 4
    assert tracked["accept"]["paragraphs"] == office[f"rich-draft.{ext}"]["accept"]["paragraphs"]
    assert tracked["reject"]["paragraphs"] == office[f"rich-base.{ext}"]["reject"]["paragraphs"]
    assert (
        tracked["accept"]["notes"]
        == tracked["reject"]["notes"]
        == office[f"rich-base.{ext}"]["accept"]["notes"]
    )


@pytest.mark.parametrize("ext", ["docx", "odt"])
def test_accept_all_gives_the_draft_and_reject_all_the_base(office, ext):
    tracked = office[f"tracked.{ext}"]
    assert tracked["accept"]["changes"] >= 10  # LibreOffice sees them as tracked changes
    assert tracked["accept"]["paragraphs"] == office[f"draft.{ext}"]["accept"]["paragraphs"]
    assert tracked["accept"]["notes"] == office[f"draft.{ext}"]["accept"]["notes"]
    assert tracked["reject"]["paragraphs"] == office[f"base.{ext}"]["reject"]["paragraphs"]
    assert tracked["reject"]["notes"] == office[f"base.{ext}"]["reject"]["notes"]
    # and the two differ where the delegates edited: not a comparison of equal texts
    assert tracked["accept"]["paragraphs"] != tracked["reject"]["paragraphs"]
    assert len(tracked["accept"]["notes"]) == len(tracked["reject"]["notes"]) + 1


def test_pandoc_sees_the_insertions_and_deletions(exports):
    require("pandoc")
    folder, _files, base, draft = exports
    markdown = subprocess.run(
        ["pandoc", "--track-changes=all", "-t", "markdown", "--wrap=none", str(folder / "tracked.docx")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    deleted = plain_text(base.operative_paragraphs()[2].text).strip()
    assert f'{{.insertion author="{AUTHOR}"' in markdown and f'{{.deletion author="{AUTHOR}"' in markdown
    assert "[relevant]{.insertion" in markdown
    # the paragraph deleted and the paragraph added, each whole inside its mark
    assert re.search(re.escape(deleted[:50]) + r"[^\]]*\]\{\.deletion", markdown)
    assert re.search(r"the Secretary-General to report on the implementation[^\]]*\]\{\.insertion", markdown)
    assert "{.paragraph-insertion" in markdown and "{.paragraph-deletion" in markdown


def test_the_docx_marks_italics_footnotes_author_and_date(exports):
    _folder, files, _base, _draft = exports
    with zipfile.ZipFile(io.BytesIO(files["tracked.docx"])) as z:
        body = z.read("word/document.xml").decode()
        notes = z.read("word/footnotes.xml").decode()
    assert "<w:rPrChange " in body and f'w:author="{AUTHOR}"' in body
    assert '<w:rPr><w:ins w:id="' in body and '<w:rPr><w:del w:id="' in body  # paragraph marks
    assert "<w:delText" in body and "<w:ins " in notes  # footnote text changes tracked inside
    assert 'w:date="20' in body
    # the moved paragraph is a move: the same named range where it stood and where it stands
    (start,) = re.findall(r'<w:moveFromRangeStart [^>]*w:name="([^"]+)"', body)
    assert re.findall(r'<w:moveToRangeStart [^>]*w:name="([^"]+)"', body) == [start]
    assert "<w:moveFrom " in body and "<w:moveTo " in body


def test_the_odt_validates_and_lists_its_regions(exports):
    _folder, files, _base, _draft = exports
    schema = etree.RelaxNG(etree.parse(str(SCHEMA)))
    with zipfile.ZipFile(io.BytesIO(files["tracked.odt"])) as z:
        content = etree.fromstring(z.read("content.xml"))
    assert schema.validate(content), schema.error_log.last_error
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    regions = content.findall(f".//{{{text}}}changed-region")
    kinds = {child.tag.split("}")[1] for region in regions for child in region}
    assert kinds == {"insertion", "deletion", "format-change"}
    creators = content.findall(".//{http://purl.org/dc/elements/1.1/}creator")
    assert creators and {c.text for c in creators} == {AUTHOR}


def test_openxml_audit_finds_nothing_in_the_tracked_docx(exports):
    folder, _files, _base, _draft = exports
    path = folder / "tracked.docx"
    result = subprocess.run(
        [sys.executable, "-m", "openxml_audit", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0 and "no findings" in result.stdout, result.stdout
