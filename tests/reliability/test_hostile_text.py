"""Text that breaks naive writers: right-to-left marks, NUL and other control characters,
lone surrogates, and a 100,000-character paragraph. Each loads (from a .dres, a .txt or the
editor) and exports to TXT, DOCX, ODT and PDF without error, keeping the text it can keep.

Found by these tests: a control character pasted into the editor (or escaped in a .dres)
made the DOCX export fail with a ValueError, and a lone surrogate made Save itself fail.
"""

from __future__ import annotations

import io
import json
import zipfile

import pytest

import delegate_editor.ui  # noqa: F401,I001  (the PySide6 6.12 refcount workaround, before any Qt)
from delegate_editor.errors import InputError
from delegate_editor.formats.registry import export_bytes
from delegate_editor.formats.text_import import read_text_bytes
from delegate_editor.model import Draft, Operative, Preambular, rich
from delegate_editor.model.text import clean_text, plain_text
from delegate_editor.storage import dres

RTL = "\u200fالجمعية العامة\u200f \u202eשלום\u202c \u061c mixed \u200e(LTR)\u200e"
CONTROLS = "before\x00NUL\x01\x07bell\x0bvtab\x0cff\x1fus after"
LONG = ("negotiated " * 10_000)[:100_000]  # one paragraph of 100,000 characters
EXPORTS = (".txt", ".docx", ".odt", ".pdf")


def hostile_draft() -> Draft:
    return Draft(
        title=rich("Title " + RTL),
        preamble=[Preambular("Recalling", rich(RTL + ",")), Preambular("Noting", rich(LONG + ","))],
        operative=[Operative("Decides", rich(CONTROLS + ";")), Operative("Requests", rich(LONG + "."))],
    )


def _export(draft: Draft, ext: str) -> bytes:
    return export_bytes(draft, "hostile" + ext)


def _docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/document.xml").decode("utf-8")


def _odt_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("content.xml").decode("utf-8")


def test_clean_text_keeps_what_formats_can_hold():
    assert clean_text(RTL) == RTL  # bidirectional marks are ordinary characters
    assert clean_text(LONG) is LONG
    assert clean_text(CONTROLS) == "beforeNULbell vtab ffus after"
    assert clean_text("a\ud800b\uffff\t\n") == "a\ufffdb\ufffd\t\n"


@pytest.mark.parametrize("ext", EXPORTS)
def test_hostile_draft_exports(ext):
    data = _export(hostile_draft(), ext)
    assert data
    if ext == ".txt":
        text = data.decode("utf-8")
        assert RTL in text and LONG in text and "\x00" not in text
    elif ext == ".docx":
        xml = _docx_text(data)
        assert "שלום" in xml and "الجمعية" in xml and "before" in xml
        assert xml.count("negotiated") >= 2 * 9_000
    elif ext == ".odt":
        xml = _odt_text(data)
        assert "שלום" in xml and xml.count("negotiated") >= 2 * 9_000
    else:
        assert data.startswith(b"%PDF")


@pytest.mark.parametrize("ext", EXPORTS)
def test_dres_with_escaped_controls_and_surrogates_loads_saves_and_exports(ext):
    data = json.loads(dres.dumps(hostile_draft()))
    data["operative"][0]["text"] = ["lone \ud800 surrogate, NUL \x00 and \x0b vertical tab"]
    raw = json.dumps(data, ensure_ascii=True).encode("ascii")  # JSON escapes them all
    draft = dres.loads(raw, "hostile.dres")
    assert plain_text(draft.operative[0].text) == "lone \ufffd surrogate, NUL  and   vertical tab"
    assert dres.loads(dres.dumps(draft)) == draft  # saving works and reads back equal
    assert _export(draft, ext)


def test_text_import_of_rtl_and_a_long_paragraph():
    text = (
        "The General Assembly,\n\n"
        f"*Recalling* {RTL},\n\n"
        f"1. *Decides* {LONG};\n\n"
        "2. *Requests* the Secretary-General to report.\n"
    )
    draft = read_text_bytes(text.encode("utf-8"), "rtl.txt")
    assert RTL in plain_text(draft.preamble[0].text)
    assert LONG in plain_text(draft.operative[0].text)
    for ext in EXPORTS:
        assert export_bytes(draft, "rtl" + ext)


@pytest.mark.parametrize(
    "raw", [b"The General Assembly,\n\x00\n", "Text\u0000with NUL".encode("utf-16"), b"bell \x07 here"]
)
def test_text_import_refuses_binary_in_one_line(raw):
    with pytest.raises(InputError) as info:
        read_text_bytes(raw, "nul.txt")
    assert "nul.txt" in str(info.value) and "\n" not in str(info.value)


def test_pasted_controls_reach_no_writer(qtbot):
    """The editor keeps whatever is pasted; the export must still work."""
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QTextEdit

    from delegate_editor.ui.richtext import read

    edit = QTextEdit()
    qtbot.addWidget(edit)
    mime = QMimeData()
    mime.setText("pasted\x00from\x0ba PDF\x02")
    edit.insertFromMimeData(mime)
    draft = Draft(operative=[Operative("Decides", read(edit.document()))])
    assert "\x00" in plain_text(draft.operative[0].text)  # the model holds what was pasted
    for ext in EXPORTS:
        assert export_bytes(draft, "pasted" + ext)
    assert dres.loads(dres.dumps(draft)).operative[0].text == rich("pastedfrom a PDF")


@pytest.mark.parametrize("ext", EXPORTS)
def test_self_citing_footnote_and_a_long_title_export(ext):
    """Found by fuzzing: a footnote whose text cites itself recursed for ever in the blocks
    walk, and a title over 255 characters made the DOCX writer fail (core properties)."""
    from delegate_editor.model import Footnote, NoteRef, Run

    note = Footnote(text=(Run("See"), NoteRef("n1")), id="n1")
    draft = Draft(
        title=rich("Long title " * 40),
        preamble=[Preambular("Recalling", (Run("its resolution"), NoteRef("n1"), Run(",")))],
        footnotes={"n1": note},
    )
    assert _export(draft, ext)
