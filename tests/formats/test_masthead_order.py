"""The session line and the body line in the order the UN prints them (issue 22): a Main
Committee's draft reads "Eightieth session / Third Committee" (A/C.3/80/L.14, A/C.4/80/L.10
of the corpus), a commission's "Commission on Crime Prevention and Criminal Justice /
Twenty-second session" (E/CN.15/2013/L.14, the seed). Each export is read back as a reader
sees it: the DOCX and ODT by pandoc, the app's PDF by pdftotext, the text form as written."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from delegate_editor.conventions.wording import session_block
from delegate_editor.formats.blocks import render
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.layout import BlockStyle
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import read_text
from delegate_editor.formats.typeset import write_pdf
from delegate_editor.resources import resource
from delegate_editor.storage import dres
from tests.corpus_drafts import corpus_text
from tests.office import pdftotext, require


def _committee(corpus_dir: Path):
    return read_text(corpus_text(corpus_dir / "drafts" / "A_C.3_80_L.14.txt"), "A_C.3_80_L.14.txt")


def _commission(_corpus_dir: Path):
    return dres.load(resource("examples", "cybercrime.dres"))


CASES = {
    "committee": (_committee, ["Eightieth session", "Third Committee"]),
    "commission": (
        _commission,
        ["Commission on Crime Prevention and Criminal Justice", "Twenty-second session"],
    ),
}


def _pandoc(path: Path) -> str:
    require("pandoc")
    return subprocess.run(
        ["pandoc", "-t", "plain", "--wrap=none", str(path)], check=True, capture_output=True, text=True
    ).stdout


def _in_order(text: str, lines: list[str]) -> bool:
    where = [text.find(line) for line in lines]
    return -1 not in where and where == sorted(where)


def test_the_corpus_prints_the_session_before_the_committee(corpus_dir):
    """The rule's evidence: every Main Committee draft of the corpus."""
    committees = sorted((corpus_dir / "drafts").glob("A_C.*.txt"))
    assert len(committees) >= 30
    for path in committees:
        lines = [line.strip() for line in corpus_text(path).splitlines() if line.strip()]
        session = next(i for i, line in enumerate(lines) if line.endswith("session"))
        if lines[session + 1].startswith("Agenda item"):
            # the UN's masthead of A/C.3/80/L.48 names no committee: nothing to order
            assert not any(line.endswith("Committee") for line in lines[: session + 1]), path.name
            continue
        assert "Committee" in lines[session + 1], path.name


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Third Committee", ["session", "body"]),
        ("Special Political and Decolonization Committee (Fourth Committee)", ["session", "body"]),
        ("Commission on Crime Prevention and Criminal Justice", ["body", "session"]),
        ("Human Rights Council", ["body", "session"]),
        ("Committee on the Elimination of Racial Discrimination", ["body", "session"]),
        ("", ["session"]),
    ],
)
def test_a_main_committee_follows_the_session_a_commission_heads_it(body, expected):
    assert [kind for kind, _text in session_block(body, "Eightieth session")] == expected


@pytest.mark.parametrize("case", sorted(CASES))
def test_blocks_and_the_text_form(corpus_dir, case):
    make, lines = CASES[case]
    draft = make(corpus_dir)
    styles = [b.style for b in render(draft).blocks if b.text in lines]
    assert len(styles) == 2
    assert (styles[0] is BlockStyle.SESSION) == (case == "committee")
    assert _in_order(write_text(draft), lines)
    again = read_text(write_text(draft)).front  # and the text form reads back the same
    assert (again.body, again.session) == (draft.front.body, draft.front.session)


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_docx_and_odt_as_pandoc_reads_them(tmp_path, corpus_dir, case, suffix):
    make, lines = CASES[case]
    path = tmp_path / f"{case}{suffix}"
    path.write_bytes((write_docx if suffix == ".docx" else write_odt)(make(corpus_dir)))
    assert _in_order(_pandoc(path), lines)


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_apps_pdf(tmp_path, corpus_dir, case):
    make, lines = CASES[case]
    path = tmp_path / f"{case}.pdf"
    path.write_bytes(write_pdf(make(corpus_dir)))
    assert _in_order(pdftotext(path, "-l", "1"), lines)
