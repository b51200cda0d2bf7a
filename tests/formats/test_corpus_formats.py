"""Every real UN text of the corpus through the app's own DOCX and ODT: written by the
writers, read back by the readers, the draft is the one written, word for word, note for
note, in its text form.

A co-sponsor receives the DOCX or ODT and the delegation reads the returned copy back, so a
structure of a real text that a writer drops or a reader misplaces (a text adopted in place,
its closing meeting lines, a section's own preamble, a note's mark) is lost on the first
exchange. What LibreOffice or Word make of the files is tested in ``test_reimport_libreoffice``
and the page tests; this module needs neither and runs the 604 texts in about 80 seconds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from delegate_editor.formats.docx_reader import read_docx
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.odt_reader import read_odt
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.formats.text import write_text
from tests.corpus_drafts import read_source

_DIR = Path(__file__).resolve().parents[1] / "data" / "corpus"
TEXTS = sorted(p for p in _DIR.glob("*/*.*") if p.suffix in (".txt", ".md") and p.name != "README.md")
FORMATS = {"docx": (write_docx, read_docx), "odt": (write_odt, read_odt)}


def test_the_whole_corpus_is_here():
    assert len(TEXTS) >= 604


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_real_text_comes_back_from_docx_and_odt_as_it_was_written(path):
    draft = read_source(path)[0]
    written = write_text(draft)
    for ext, (write, read) in FORMATS.items():
        result = read(write(draft), f"{path.stem}.{ext}")
        back = getattr(result, "draft", result)
        assert write_text(back) == written, f"{path.name} through {ext}"
        # and nothing reported changed: the file is the one sent (A/C.1/80/L.42's notes were)
        assert not [m for m in getattr(result, "messages", []) if "in another program" in m], ext
