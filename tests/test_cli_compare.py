"""``new --from`` and ``compare`` as a user runs them, on a real adopted resolution."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from delegate_editor.storage import dres
from tests.test_cli import run

RECORD = re.compile(r"\A---\n.*?\n---\n", re.S)


@pytest.fixture
def resolution(tmp_path, corpus_dir):
    """A/RES/80/15 as a delegate copies it from the PDF."""
    text = (corpus_dir / "ga-80" / "A_RES_80_15.md").read_text("utf-8")
    path = tmp_path / "A_RES_80_15.txt"
    path.write_text(RECORD.sub("", text), "utf-8")
    return path


def assert_ok(result) -> None:
    """Success, and nothing on stderr but the import report's guesses about a copied text
    (which every import of a text prints, as ``import`` does)."""
    assert result.returncode == 0, result.stderr
    assert all("import guess:" in line for line in result.stderr.splitlines()), result.stderr


def test_new_from_an_adopted_resolution_keeps_it_as_the_base(tmp_path, resolution):
    result = run("new", "--from", resolution.name, "-o", "draft.dres", cwd=tmp_path)
    assert_ok(result)
    draft = dres.load(tmp_path / "draft.dres")
    assert draft.base is not None and draft.base.kind.value == "adopted"
    assert draft.kind.value == "draft" and draft.adoption.date is None and draft.sponsors.names == []
    assert [p.id for p in draft.operative] == [p.id for p in draft.base.operative]
    # a .dres can be the base of the next draft too
    result = run("new", "--from", "draft.dres", "-o", "next.dres", cwd=tmp_path)
    assert_ok(result)
    assert dres.load(tmp_path / "next.dres").base.base is None


def test_compare_writes_tracked_changes_by_the_author(tmp_path, resolution):
    assert run("new", "--from", resolution.name, "-o", "draft.dres", cwd=tmp_path).returncode == 0
    draft = dres.load(tmp_path / "draft.dres")
    ops = draft.operative_paragraphs()
    ops[0].opening = "Welcomes with appreciation"
    draft.operative.remove(ops[-1])
    dres.save(draft, tmp_path / "draft.dres")
    for args in (["draft.dres"], [resolution.name, "draft.dres"]):
        result = run("compare", *args, "-o", "changes.docx", "--author", "Brazil", "--list", cwd=tmp_path)
        assert_ok(result)
        assert "operative paragraph 1: words changed" in result.stdout.splitlines()
        with zipfile.ZipFile(io.BytesIO((tmp_path / "changes.docx").read_bytes())) as z:
            body = z.read("word/document.xml").decode()
        assert 'w:author="Brazil"' in body and "with appreciation" in body and "<w:delText" in body
    result = run("compare", "draft.dres", "-o", "changes.odt", cwd=tmp_path)
    assert_ok(result)
    with zipfile.ZipFile(tmp_path / "changes.odt") as z:
        assert b"<text:changed-region" in z.read("content.xml")
    result = run("compare", "draft.dres", "-o", "changes.pdf", cwd=tmp_path)
    assert_ok(result)
    assert (tmp_path / "changes.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    "args, message",
    [
        (["compare", "draft.dres", "-o", "out.txt"], "out.txt: compare writes .docx or .odt"),
        (["compare", "plain.dres", "-o", "out.docx"], "plain.dres: holds no base text"),
        (["compare", "draft.dres", "-o", "out.docx", "--version", "Rev.1"], 'no version called "Rev.1"'),
        (["compare", "a.dres", "b.dres", "c.dres", "-o", "out.docx"], "give BASE DRAFT"),
        (["compare", "missing.txt", "draft.dres", "-o", "out.docx"], "missing.txt: no such file"),
        (["compare", "draft.dres", "-o", "draft.dres"], None),
        (["new", "--from", "missing.docx", "-o", "out.dres"], "missing.docx: no such file"),
        (["new", "--from", "draft.dres", "-o", "draft.dres"], "overwrite the input"),
        (["version", "missing.dres", "Rev.1"], "missing.dres: no such file"),
        (["version", "A_RES_80_15.txt", "Rev.1"], "versions are kept in a .dres draft"),
        (["version", "draft.dres", "  "], "a version needs a name"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_written(tmp_path, resolution, args, message):
    assert run("new", "--from", resolution.name, "-o", "draft.dres", cwd=tmp_path).returncode == 0
    assert run("new", "-o", "plain.dres", cwd=tmp_path).returncode == 0
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    if message:
        assert message in result.stderr
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_versions_are_taken_and_listed_and_compared_with(tmp_path, resolution):
    assert run("new", "--from", resolution.name, "-o", "draft.dres", cwd=tmp_path).returncode == 0
    result = run("version", "draft.dres", "as tabled (L.12)", cwd=tmp_path)
    assert_ok(result)
    draft = dres.load(tmp_path / "draft.dres")
    draft.sponsors.names = ["Brazil", "Mexico"]
    draft.operative_paragraphs()[0].opening = "Welcomes with appreciation"
    dres.save(draft, tmp_path / "draft.dres")
    assert run("version", "draft.dres", "Rev.1", cwd=tmp_path).returncode == 0
    result = run("version", "draft.dres", cwd=tmp_path)
    lines = result.stdout.splitlines()
    assert result.returncode == 0 and len(lines) == 2
    assert lines[0].endswith("as tabled (L.12)  (0 sponsors)") and lines[1].endswith("Rev.1  (2 sponsors)")
    result = run("compare", "draft.dres", "--version", "as tabled (l.12)", "-o", "rev1.docx", cwd=tmp_path)
    assert_ok(result)
    with zipfile.ZipFile(tmp_path / "rev1.docx") as z:
        body = z.read("word/document.xml").decode()
    # against the tabled text only the words changed since are marked, not the adoption lines
    assert "with appreciation" in body and "Resolution adopted" not in body


def test_a_tracked_changes_file_can_be_the_next_base(tmp_path, resolution):
    """A revised draft is based on the draft as issued: here, the tracked DOCX itself, read
    with every change accepted (and the reader says so)."""
    assert run("new", "--from", resolution.name, "-o", "draft.dres", cwd=tmp_path).returncode == 0
    draft = dres.load(tmp_path / "draft.dres")
    draft.operative.remove(draft.operative_paragraphs()[1])
    dres.save(draft, tmp_path / "draft.dres")
    assert run("compare", "draft.dres", "-o", "issued.docx", cwd=tmp_path).returncode == 0
    result = run("new", "--from", "issued.docx", "-o", "rev1.dres", cwd=tmp_path)
    assert result.returncode == 0 and "tracked changes" in result.stderr
    revised = dres.load(tmp_path / "rev1.dres")
    assert len(revised.base.operative_paragraphs()) == len(draft.operative_paragraphs())


def test_a_revision_is_based_on_the_draft_as_issued(tmp_path, resolution):
    assert run("new", "--from", resolution.name, "-o", "draft.dres", cwd=tmp_path).returncode == 0
    draft = dres.load(tmp_path / "draft.dres")
    draft.front.symbol = "A/C.1/80/L.12"
    dres.save(draft, tmp_path / "draft.dres")
    result = run("version", "draft.dres", "--revise", cwd=tmp_path)
    assert_ok(result)
    assert result.stdout.strip() == "draft.dres: now revision 1 (A/C.1/80/L.12/Rev.1)"
    revised = dres.load(tmp_path / "draft.dres")
    assert revised.kind.value == "revised" and revised.base.front.symbol == "A/C.1/80/L.12"
    assert [v.name for v in revised.versions] == ["as issued (A/C.1/80/L.12)"]


def test_the_base_can_be_changed_later(tmp_path, resolution, corpus_dir):
    """A draft started from a template gets the A/RES as its base afterwards: the two have
    no paragraph in common by identity, so the comparison matches them by their words."""
    assert run("new", "--from", resolution.name, "-o", "draft.dres", cwd=tmp_path).returncode == 0
    assert run("export", resolution.name, "-o", "copy.dres", cwd=tmp_path).returncode == 0
    result = run("version", "copy.dres", "--base", "draft.dres", cwd=tmp_path)
    assert_ok(result)
    copy = dres.load(tmp_path / "copy.dres")
    assert copy.base is not None and {p.id for p in copy.base.operative}.isdisjoint(
        p.id for p in copy.operative
    )
    result = run("compare", "copy.dres", "-o", "changes.docx", "--list", cwd=tmp_path)
    assert result.returncode == 0
    # the same words: nothing listed but the lines a new draft clears (adoption, meeting)
    assert not any(line.startswith(("operative", "preambular")) for line in result.stdout.splitlines())
