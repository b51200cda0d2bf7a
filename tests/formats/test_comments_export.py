"""Comments on paragraphs in the exports (issue 22): real Word comments in the DOCX and
real ODF annotations in the ODT, read back by pandoc and LibreOffice, and kept (with their
ids, dates and resolved state) when our own file comes back."""

from __future__ import annotations

import copy
import io
import re
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from docx import Document
from lxml import etree
from sample_drafts import annex_draft

from delegate_editor.formats import registry
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.model import walk
from delegate_editor.model.comments import Comment
from delegate_editor.resources import resource
from delegate_editor.storage import dres
from tests.office import require, soffice_convert

SCHEMA = Path(__file__).resolve().parent.parent / "data" / "odf-schema" / "OpenDocument-v1.2-os-schema.rng"
WRITERS = {".docx": write_docx, ".odt": write_odt}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def commented():
    """The seed (E/CN.15/2013/L.14) with a comment on operative paragraph 2, a resolved one
    on the first preambular paragraph, one on an annex paragraph and one whose paragraph
    was deleted."""
    draft = dres.load(resource("examples", "cybercrime.dres"))
    annexed = annex_draft()
    draft.annexes = annexed.annexes
    ops = draft.operative_paragraphs()
    draft.comments = [
        Comment(ops[1].id, "Add a date for the report?", "Costa Rica", datetime(2025, 10, 21, 15, 4, 5)),
        Comment(draft.preamble[0].id, "Cite 65/230 & <66/181>", "Mexico", datetime(2025, 10, 22, 9, 0), True),
        Comment(
            draft.annexes[0].paragraphs[0].id, "Shorter, please.", "Chile", datetime(2025, 10, 23, 11, 30)
        ),
        Comment("gone00000000", "On a paragraph since deleted.", "Peru", datetime(2025, 10, 20, 8, 0)),
    ]
    return draft


def _pandoc_comments(path: Path) -> list[tuple[str, str, str]]:
    """(author, comment, the first words of the paragraph it spans) as pandoc reads them."""
    require("pandoc")
    md = subprocess.run(
        ["pandoc", "--track-changes=all", "-t", "markdown", "--wrap=none", str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    found = re.findall(r'\[([^\]]*)\]\{\.comment-start id="\d+" author="([^"]*)"[^}]*\}([^\[]{0,40})', md)
    return [(author, text.replace("\\", ""), after.replace("*", "").strip()) for text, author, after in found]


def test_the_docx_has_real_word_comments_on_their_paragraphs(tmp_path):
    path = tmp_path / "commented.docx"
    path.write_bytes(write_docx(commented()))
    got = _pandoc_comments(path)
    assert [(a, t) for a, t, _ in got] == [
        ("Mexico", "Cite 65/230 & <66/181>"),
        ("Costa Rica", "Add a date for the report?"),
        ("Chile", "Shorter, please."),
    ]
    assert got[0][2].startswith("Recalling its resolution 65/230")
    assert got[1][2].startswith("2. Expresses its appreciation")
    # python-docx opens the package; the resolved comment is marked done for Word
    document = Document(io.BytesIO(path.read_bytes()))
    assert len(document.part.package.parts) > 0
    with zipfile.ZipFile(path) as z:
        comments = etree.fromstring(z.read("word/comments.xml"))
        extended = z.read("word/commentsExtended.xml").decode()
    dates = [c.get(f"{W}date") for c in comments.iter(f"{W}comment")]
    assert dates == ["2025-10-22T09:00:00", "2025-10-21T15:04:05", "2025-10-23T11:30:00"]
    assert re.findall(r'w15:done="(\d)"', extended) == ["1", "0", "0"]


def test_the_docx_with_comments_passes_openxml_audit(tmp_path):
    import sys

    path = tmp_path / "commented.docx"
    path.write_bytes(write_docx(commented()))
    result = subprocess.run(
        [sys.executable, "-m", "openxml_audit", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0 and "no findings" in result.stdout, result.stdout


def test_the_odt_has_real_annotations_valid_against_odf_1_2(tmp_path):
    data = write_odt(commented())
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        content = etree.fromstring(z.read("content.xml"))
    schema = etree.RelaxNG(etree.parse(str(SCHEMA)))
    assert schema.validate(content), schema.error_log.last_error
    office = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
    dc = "{http://purl.org/dc/elements/1.1/}"
    notes = list(content.iter(f"{office}annotation"))
    assert [(n.findtext(f"{dc}creator"), n.findtext(f"{dc}date")) for n in notes] == [
        ("Mexico", "2025-10-22T09:00:00"),
        ("Costa Rica", "2025-10-21T15:04:05"),
        ("Chile", "2025-10-23T11:30:00"),
    ]
    ends = [e.get(f"{office}name") for e in content.iter(f"{office}annotation-end")]
    assert ends == [n.get(f"{office}name") for n in notes]
    # each annotation opens the paragraph it is on and its end closes it
    assert all(
        n.getparent() is e.getparent()
        for n, e in zip(notes, content.iter(f"{office}annotation-end"), strict=True)
    )


def test_libreoffice_reads_the_odt_annotations_as_comments(tmp_path):
    src = tmp_path / "commented.odt"
    src.write_bytes(write_odt(commented()))
    docx = soffice_convert(src, "docx", tmp_path / "lo")
    got = _pandoc_comments(docx)
    assert [(a, t) for a, t, _ in got] == [
        ("Mexico", "Cite 65/230 & <66/181>"),
        ("Costa Rica", "Add a date for the report?"),
        ("Chile", "Shorter, please."),
    ]
    assert got[1][2].startswith("2. Expresses its appreciation")


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_our_own_file_comes_back_with_its_comments(tmp_path, suffix):
    draft = commented()
    path = tmp_path / f"commented{suffix}"
    path.write_bytes(WRITERS[suffix](draft))
    result = registry.read_any(path)
    assert result.draft.comments == draft.comments  # ids, dates, resolved, the unprinted one
    assert not [m for m in result.messages if "comment" in m]


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_a_comment_deleted_in_the_other_program_is_gone(tmp_path, suffix):
    """The co-sponsor's file without the comment on paragraph 2: it is not brought back."""
    draft = commented()
    kept = [c for c in draft.comments if c.text != "Add a date for the report?"]
    exported = copy.deepcopy(draft)
    exported.comments = kept
    visible = WRITERS[suffix](exported)
    payload_from = WRITERS[suffix](draft)
    path = tmp_path / f"edited{suffix}"
    path.write_bytes(_swap_payload(visible, payload_from, suffix))
    assert registry.read_any(path).draft.comments == kept


def _swap_payload(visible: bytes, source: bytes, suffix: str) -> bytes:
    """``visible``'s package carrying ``source``'s embedded draft: as if the comment had been
    deleted in Word or LibreOffice after our export."""
    name = "customXml/delegate-editor-draft.xml" if suffix == ".docx" else "delegate-editor/draft.json"
    with zipfile.ZipFile(io.BytesIO(source)) as z:
        payload = z.read(name)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(visible)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, payload if info.filename == name else src.read(info.filename))
    return out.getvalue()


def test_a_draft_without_comments_writes_no_comment_parts():
    draft = dres.load(resource("examples", "cybercrime.dres"))
    with zipfile.ZipFile(io.BytesIO(write_docx(draft))) as z:
        assert not [n for n in z.namelist() if "comments" in n]
    assert b"office:annotation" not in zipfile.ZipFile(io.BytesIO(write_odt(draft))).read("content.xml")


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_comments_follow_their_paragraphs_when_the_draft_is_read_again(tmp_path, suffix):
    """A co-sponsor added a paragraph (the draft is then read from the visible text, with
    new ids): each comment is still on the paragraph with its words."""
    from delegate_editor.formats.reimport import REPARSED
    from delegate_editor.model.document import Operative
    from delegate_editor.model.text import plain_text, rich

    draft = commented()
    edited = copy.deepcopy(draft)
    edited.operative.insert(0, Operative("Welcomes", rich("the work of the Expert Group;")))
    path = tmp_path / f"added{suffix}"
    path.write_bytes(_swap_payload(WRITERS[suffix](edited), WRITERS[suffix](draft), suffix))
    result = registry.read_any(path)
    assert REPARSED in result.messages
    back = result.draft
    texts = {f.id: plain_text(f.text) for f in walk.body_fields(back)}
    got = [(c.text, c.resolved, texts.get(c.node_id, "")[:30]) for c in back.comments]
    assert got == [
        ("Add a date for the report?", False, "for the work done by the Exper"),
        ("Cite 65/230 & <66/181>", True, "its resolution 65/230 of 21 De"),
        ("Shorter, please.", False, texts[back.annexes[0].paragraphs[0].id][:30]),
        ("On a paragraph since deleted.", False, ""),
    ]


def test_our_docx_resaved_by_libreoffice_keeps_its_comments(tmp_path):
    """The co-sponsor's way: our DOCX opened and saved again in LibreOffice."""
    draft = commented()
    src = tmp_path / "sent.docx"
    src.write_bytes(write_docx(draft))
    back = registry.read_any(soffice_convert(src, "docx", tmp_path / "resaved"))
    got = [(c.id, c.node_id, c.text, c.resolved) for c in back.draft.comments]
    assert got == [(c.id, c.node_id, c.text, c.resolved) for c in draft.comments]
