"""The command line as a user runs it: ``python -m delegate_editor`` in a subprocess.

The contract (DESIGN.md): bad input on any command gives exit status 2, exactly one line on
stderr naming the file, no traceback, and no file written or overwritten.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from textnorm import paragraphs

from delegate_editor import __version__

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "data" / "seed_E_CN.15_2013_draft_cybercrime.txt"
EXAMPLE = ROOT / "resources" / "examples" / "cybercrime.dres"


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DELEGATE_EDITOR_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "delegate_editor", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_version(tmp_path):
    result = run("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"Delegate Editor {__version__}"


def test_import_then_export_reproduces_every_seed_paragraph(tmp_path):
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    result = run("import", "seed.txt", "-o", "seed.dres", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    data = json.loads((tmp_path / "seed.dres").read_text(encoding="utf-8"))
    assert data["format"] == "delegate-editor/draft-resolution"
    assert isinstance(data["format_version"], int)
    assert [p["opening"] for p in data["preamble"]] == [
        "Recalling",
        "Recalling also",
        "Bearing in mind",
        "Underlining",
        "Recognizing with appreciation",
    ]
    result = run("export", "seed.dres", "-o", "again.txt", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    seed = paragraphs(SEED.read_text(encoding="utf-8"))
    again = paragraphs((tmp_path / "again.txt").read_text(encoding="utf-8"))
    assert "* E/CN.15/2013/1." in again
    position = 0
    for para in seed:
        if para == "* E/CN.15/2013/1.":
            continue  # a page-foot note in the seed; the export puts it after the body
        assert para in again[position:], f"missing or out of order: {para[:70]}"
        position = again.index(para, position) + 1


def test_export_txt_straight_from_txt(tmp_path):
    result = run("export", SEED, "-o", tmp_path / "out.txt", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    assert "1. *Takes note* of the comprehensive study" in (tmp_path / "out.txt").read_text(encoding="utf-8")


def _bad_inputs(tmp: Path) -> dict[str, tuple[list[str], Path]]:
    """Each case: the command line and the output file it must not write."""
    truncated = tmp / "truncated.dres"
    truncated.write_bytes(EXAMPLE.read_bytes()[:700])
    not_zip = tmp / "letter.docx"
    not_zip.write_text("Dear colleagues, please find attached ...", encoding="utf-8")
    random_odt = tmp / "noise.odt"
    random_odt.write_bytes(os.urandom(4096))
    binary_txt = tmp / "photo.txt"
    binary_txt.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(512) + b"\x00")
    unknown = tmp / "draft.xyz"
    unknown.write_text("The General Assembly,", encoding="utf-8")
    same = tmp / "same.txt"
    same.write_bytes(SEED.read_bytes())
    return {
        "truncated dres": (["export", str(truncated), "-o", str(tmp / "a.txt")], tmp / "a.txt"),
        "truncated dres import": (["import", str(truncated), "-o", str(tmp / "b.dres")], tmp / "b.dres"),
        "non-zip docx": (["import", str(not_zip), "-o", str(tmp / "c.dres")], tmp / "c.dres"),
        "random odt": (["import", str(random_odt), "-o", str(tmp / "d.dres")], tmp / "d.dres"),
        "random odt export": (["export", str(random_odt), "-o", str(tmp / "e.txt")], tmp / "e.txt"),
        "binary txt": (["import", str(binary_txt), "-o", str(tmp / "f.dres")], tmp / "f.dres"),
        "missing file": (["import", str(tmp / "nowhere.txt"), "-o", str(tmp / "g.dres")], tmp / "g.dres"),
        "unknown input": (["import", str(unknown), "-o", str(tmp / "h.dres")], tmp / "h.dres"),
        "unknown output": (["export", str(SEED), "-o", str(tmp / "i.xyz")], tmp / "i.xyz"),
        "output is input": (["export", str(same), "-o", str(same)], tmp / "never-written"),
        "check truncated": (["check", str(truncated)], tmp / "never-written"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "truncated dres",
        "truncated dres import",
        "non-zip docx",
        "random odt",
        "random odt export",
        "binary txt",
        "missing file",
        "unknown input",
        "unknown output",
        "output is input",
        "check truncated",
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(tmp_path, case):
    args, output = _bad_inputs(tmp_path)[case]
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    named = [a for a in args if "/" in a]
    assert any(Path(a).name in lines[0] for a in named), lines[0]
    assert not output.exists()
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert after == before  # nothing written, nothing changed, no temporary files left


@pytest.mark.parametrize(
    "case", ["truncated dres", "non-zip docx", "random odt", "binary txt", "missing file"]
)
def test_bad_input_leaves_an_existing_output_untouched(tmp_path, case):
    args, output = _bad_inputs(tmp_path)[case]
    output.write_bytes(b"precious earlier work\n")
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1
    assert output.read_bytes() == b"precious earlier work\n"


def test_export_refuses_to_overwrite_its_input_even_by_another_name(tmp_path):
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    result = run("export", "seed.txt", "-o", "./sub/../seed.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1
    assert (tmp_path / "seed.txt").read_bytes() == SEED.read_bytes()


@pytest.mark.parametrize(
    "argv",
    # "compare" (issue 17), "negotiate" (issue 18) and "merge" (issue 21) became commands:
    # their misspellings are not
    [["negociate", "a.dres", "--copy", "EU=b.docx", "-o", "c.dres"], ["chek", "draft.dres"], ["merj"]],
)
def test_an_unknown_command_is_an_error_not_a_window(tmp_path, argv):
    """Issue 22, fault 11: a mistyped command said nothing and opened the app on a file named
    after the command. It is bad input: exit 2, one line, and no window (no display needed)."""
    env_display = {"QT_QPA_PLATFORM": "minimal-does-not-exist"}  # a window would crash, not hang
    result = subprocess.run(
        [sys.executable, "-m", "delegate_editor", *argv],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env_display},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and argv[0] in lines[0] and "Traceback" not in result.stderr
    assert "check" in lines[0]  # names the commands that exist
    assert list(tmp_path.iterdir()) == []


def test_a_file_name_still_opens_the_app(monkeypatch, tmp_path):
    """``delegate-editor draft.dres`` (even a file not yet there) starts the window on it."""
    from delegate_editor import cli
    from delegate_editor.ui import app

    opened: list[list[str]] = []
    monkeypatch.setattr(app, "run", lambda args: opened.append(args) or 0)
    for name in ("new draft.dres", str(EXAMPLE), "returned.docx"):
        assert cli.main([name]) == 0
    assert opened == [["new draft.dres"], [str(EXAMPLE)], ["returned.docx"]]


@pytest.mark.parametrize("name", ["ga-80/A_RES_80_10.md", "drafts/A_80_L.11.txt"])
def test_a_corpus_file_imports_as_stored_with_its_record_set_aside(tmp_path, name):
    """The corpus files as a measurer has them: a Markdown copy with its front matter, an L.
    document with its "# Symbol:" lines. The record is set aside and said; the masthead is
    the UN's ("General Assembly", never "# Symbol: ..." as the organ)."""
    source = ROOT / "tests" / "data" / "corpus" / name
    result = run("import", source, "-o", "x.dres", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    first = result.stderr.splitlines()[0]
    assert "a record of where the text comes from" in first and "set aside" in first
    data = json.loads((tmp_path / "x.dres").read_text(encoding="utf-8"))
    assert "General Assembly" in (data["front"]["organ"], data["front"]["body"])
    assert "#" not in json.dumps(data["front"]) and "source_pdf" not in json.dumps(data)
    exported = run("export", "x.dres", "-o", "x.txt", cwd=tmp_path)
    assert (exported.returncode, exported.stderr) == (0, "")
    assert "wannli" not in (tmp_path / "x.txt").read_text(encoding="utf-8")
