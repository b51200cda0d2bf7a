"""``negotiate`` and ``export --clean`` / ``--compilation`` as a user runs them, on
A/RES/80/15 made a zero draft; bad input: one line, exit 2, nothing written."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest
from corpus_drafts import adopted

from delegate_editor.conventions.messages import msg, render
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.model.negotiation import paragraph_text
from delegate_editor.model.versions import as_new_draft
from delegate_editor.storage import dres
from tests.test_cli import run
from tests.test_cli_output_languages import _cli


@pytest.fixture
def files(tmp_path, corpus_dir):
    zero = as_new_draft(adopted(corpus_dir, "A_RES_80_15"))
    (tmp_path / "sent.dres").write_bytes(dres.dumps(zero))
    raw = write_docx(zero)
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"memorandums of understanding", b"arrangements", 1)
            dst.writestr(info, data)
    (tmp_path / "eu.docx").write_bytes(out.getvalue())
    return tmp_path


def test_negotiate_writes_the_draft_with_the_proposals(files):
    result = run("negotiate", "sent.dres", "--copy", "EU=eu.docx", "-o", "out.dres", cwd=files)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "EU: 1 proposal\n"
    draft = dres.load(files / "out.dres")
    (proposal,) = draft.negotiation.proposals
    assert proposal.authors == ["EU"] and "agreements and arrangements signed" in proposal.proposed_text()
    assert proposal.made == date.today()
    assert draft.negotiation.labels[proposal.target] == "OP3"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr_FR.UTF-8", "UE\u00a0: 1 proposition\nÉtats-Unis\u00a0: 0 proposition\n"),
        ("es_ES.UTF-8", "UE: 1 propuesta\nEstados Unidos: 0 propuestas\n"),
        ("C.UTF-8", "UE: 1 proposal\nEstados Unidos: 0 proposals\n"),
    ],
    ids=["fr", "es", "en"],
)
def test_negotiate_counts_the_proposals_in_the_locales_language(files, lang, expected):
    """Issue 20: one line per delegation, in the locale's language; French puts 0 and 1 in
    the singular, English and Spanish only 1. The delegations' names stay as given."""
    (files / "same.docx").write_bytes(write_docx(dres.load(files / "sent.dres")))
    delegations = {"fr_FR.UTF-8": "États-Unis", "es_ES.UTF-8": "Estados Unidos", "C.UTF-8": "Estados Unidos"}
    copies = ["--copy", "UE=eu.docx", "--copy", f"{delegations[lang]}=same.docx"]
    result = _cli(lang, "negotiate", "sent.dres", *copies, "-o", "out.dres", cwd=files)
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected


def test_the_plural_of_proposals_in_each_language():
    counts = {0: "-zero", 1: "-one", 2: ""}
    worded = {
        lang: [
            render(msg(f"negotiate.proposals{suffix}", delegation="UE", count=n), lang)
            for n, suffix in counts.items()
        ]
        for lang in ("en", "fr", "es")
    }
    assert worded["en"] == ["UE: 0 proposals", "UE: 1 proposal", "UE: 2 proposals"]
    assert worded["fr"] == ["UE\u00a0: 0 proposition", "UE\u00a0: 1 proposition", "UE\u00a0: 2 propositions"]
    assert worded["es"] == ["UE: 0 propuestas", "UE: 1 propuesta", "UE: 2 propuestas"]


def test_negotiate_and_export_write_the_compilation_and_the_clean_text(files):
    assert run("negotiate", "sent.dres", "--copy", "EU=eu.docx", "-o", "c.odt", cwd=files).returncode == 0
    with zipfile.ZipFile(files / "c.odt") as z:
        content = z.read("content.xml").decode()
        assert "delegate-editor/draft.json" not in z.namelist()  # a document to read, not to edit on
    assert "arrangements" in content and " (EU)]" in content
    assert run("negotiate", "sent.dres", "--copy", "EU=eu.docx", "-o", "n.dres", cwd=files).returncode == 0
    result = run("export", "n.dres", "--compilation", "-o", "c.pdf", cwd=files)
    assert result.returncode == 0, result.stderr
    assert (files / "c.pdf").read_bytes().startswith(b"%PDF")
    result = run("export", "n.dres", "--clean", "-o", "clean.dres", cwd=files)
    assert result.returncode == 0, result.stderr
    clean = dres.load(files / "clean.dres")
    sent = dres.load(files / "sent.dres")
    assert clean.negotiation is None  # pending proposals are not in the clean text
    assert [paragraph_text(p) for p in clean.operative_paragraphs()] == [
        paragraph_text(p) for p in sent.operative_paragraphs()
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--copy", "EU-eu.docx", "-o", "x.dres"], "give DELEGATION=FILE"),
        (["-o", "x.dres"], "give at least one --copy"),
        (["--copy", "EU=eu.docx", "-o", "x.txt"], "negotiate writes a .dres"),
        (["--copy", "EU=missing.docx", "-o", "x.dres"], "missing.docx"),
        (["--copy", "EU=eu.docx", "-o", "eu.docx"], "would overwrite the input"),
    ],
)
def test_bad_input_is_one_line_exit_2_nothing_written(files, args, message):
    before = sorted(p.name for p in files.iterdir())
    result = run("negotiate", "sent.dres", *args, cwd=files)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr
    assert sorted(p.name for p in files.iterdir()) == before


def test_a_draft_not_negotiated_has_no_compilation(files):
    result = run("export", "sent.dres", "--compilation", "-o", "c.docx", cwd=files)
    assert result.returncode == 2 and "not under negotiation" in result.stderr
    assert not (files / "c.docx").exists()
