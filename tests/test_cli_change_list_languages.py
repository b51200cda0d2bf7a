"""Issue 20: ``compare --list`` prints the list of changes in the locale's language, and the
compare view lists them in the interface's; English as before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from delegate_editor.conventions import messages
from delegate_editor.formats.change_list import change_list
from delegate_editor.formats.compare import compare
from delegate_editor.model.text import rich
from delegate_editor.resources import resource
from delegate_editor.storage import dres

ROOT = Path(__file__).resolve().parents[1]
NBSP = "\u00a0"
SEED = resource("examples", "cybercrime.dres")
EXPECTED = {
    "C.UTF-8": [
        "preambular paragraph 1 of the older text: removed",
        "operative paragraph 2: words changed",
    ],
    "fr_FR.UTF-8": [
        f"l’alinéa 1 du préambule du texte antérieur{NBSP}: suppression",
        f"le paragraphe 2 du dispositif{NBSP}: modification du texte",
    ],
    "es_ES.UTF-8": [
        "el párrafo 1 del preámbulo del texto anterior: supresión",
        "el párrafo 2 de la parte dispositiva: cambio de palabras",
    ],
}


def _edited(tmp_path: Path) -> Path:
    """The seed with its first preambular paragraph struck and operative 2 reworded."""
    draft = dres.load(SEED)
    del draft.preamble[0]
    draft.operative[1].text = rich("for the work done by the Expert Group in fulfilling its mandate so far;")
    path = tmp_path / "edited.dres"
    dres.save(draft, path)
    return path


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_compare_list_in_the_locales_language(lang, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG=lang, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    out = tmp_path / "changes.docx"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "delegate_editor",
            "compare",
            str(SEED),
            str(_edited(tmp_path)),
            "-o",
            str(out),
        ]
        + ["--list"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == EXPECTED[lang]
    assert out.exists()


def test_the_lines_keep_their_english_words_and_codes(tmp_path):
    lines = change_list(compare(dres.load(SEED), dres.load(_edited(tmp_path))))
    assert lines == EXPECTED["C.UTF-8"]
    assert [line.message.code for line in lines] == ["changes.removed", "changes.words"]
    messages.use("fr")
    assert [messages.shown(line) for line in lines] == EXPECTED["fr_FR.UTF-8"]
