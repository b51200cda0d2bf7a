"""Issue 20: a ``.dres`` the app cannot read, and a save it cannot write, refused in the
reader's language: one line, exit 2, the file named, French or Spanish from the locale; the
English line that logs and tests compare stays as it was."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from delegate_editor.conventions import messages
from delegate_editor.errors import InputError
from delegate_editor.limits import MAX_CHARS
from delegate_editor.resources import resource
from delegate_editor.storage import dres, recovery
from delegate_editor.storage.atomic import SaveError, atomic_write

ROOT = Path(__file__).resolve().parents[2]
NBSP = "\u00a0"
SEED = resource("examples", "cybercrime.dres")


def _cli(lang: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.pop("DELEGATE_EDITOR_DEBUG", None)
    env.update(LANG=lang, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "delegate_editor", *args], capture_output=True, text=True, env=env, timeout=120
    )


def _newer(tmp_path: Path) -> Path:
    """The seed draft as a later Delegate Editor would write it (file format 99)."""
    data = json.loads(SEED.read_text("utf-8"))
    data["format_version"] = 99
    path = tmp_path / "projet.dres"
    path.write_text(json.dumps(data), "utf-8")
    return path


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "fr_FR.UTF-8",
            f"{NBSP}: enregistré par une version plus récente de Delegate Editor (format de fichier 99{NBSP}; "
            f"cette version lit jusqu’au format {dres.FORMAT_VERSION}){NBSP}; veuillez mettre l’application à jour",
        ),
        (
            "es_ES.UTF-8",
            ": guardado por una versión más reciente de Delegate Editor (formato de archivo 99; esta versión "
            f"lee hasta el formato {dres.FORMAT_VERSION}); actualice la aplicación",
        ),
        (
            "C.UTF-8",
            f": written by a newer Delegate Editor (file format 99; this version reads up to "
            f"{dres.FORMAT_VERSION}); please update the app",
        ),
    ],
)
def test_a_draft_from_a_newer_app_is_refused_in_the_locales_language(lang, expected, tmp_path):
    src = _newer(tmp_path)
    result = _cli(lang, "export", str(src), "-o", str(tmp_path / "projet.docx"))
    assert result.returncode == 2
    assert result.stderr == f"delegate-editor: {src}{expected}\n"
    assert not (tmp_path / "projet.docx").exists()


def test_a_damaged_and_a_foreign_dres_in_french(tmp_path):
    cut = tmp_path / "coupé.dres"
    cut.write_bytes(SEED.read_bytes()[:200])
    result = _cli("fr_FR.UTF-8", "check", str(cut))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert result.stderr.startswith(
        f"delegate-editor: {cut}{NBSP}: le fichier est tronqué ou endommagé (JSON non valide à la ligne "
    )
    foreign = tmp_path / "autre.dres"
    foreign.write_text('{"format": "something-else"}', "utf-8")
    result = _cli("fr_FR.UTF-8", "check", str(foreign))
    assert result.returncode == 2
    assert result.stderr == (
        f"delegate-editor: {foreign}{NBSP}: ce n’est pas un projet Delegate Editor (il ne se déclare pas comme tel)\n"
    )


def test_a_save_into_a_missing_folder_is_refused_in_french(tmp_path):
    out = tmp_path / "absent" / "projet.dres"
    result = _cli("fr_FR.UTF-8", "import", str(SEED), "-o", str(out))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert result.stderr == f"delegate-editor: {out}{NBSP}: le dossier {out.parent} n’existe pas\n"
    result = _cli("es_ES.UTF-8", "new", "-o", str(out))
    assert result.returncode == 2
    assert result.stderr == f"delegate-editor: {out}: la carpeta {out.parent} no existe\n"


def test_the_refusals_keep_their_english_lines_and_codes(tmp_path):
    with pytest.raises(InputError) as info:
        dres.load(_newer(tmp_path))
    assert str(info.value) == (
        f"{tmp_path / 'projet.dres'}: written by a newer Delegate Editor (file format 99; this version "
        f"reads up to {dres.FORMAT_VERSION}); please update the app"
    )
    assert info.value.args[0].message.code == "dres.too-new"
    with pytest.raises(SaveError) as saved:
        atomic_write(tmp_path / "absent" / "x.dres", b"{}")
    assert (
        str(saved.value)
        == f"{tmp_path / 'absent' / 'x.dres'}: the folder {tmp_path / 'absent'} does not exist"
    )
    messages.use("fr")
    assert messages.shown_error(saved.value).endswith(
        f"{NBSP}: le dossier {tmp_path / 'absent'} n’existe pas"
    )


def test_a_save_reason_and_a_count_are_worded_in_the_language():
    """The disk's reason comes from the catalogue's word table; the system's own strerror
    passes through; a count of characters groups its thousands as the language does."""
    full = messages.Said("save.failed", name="projet.dres", reason="the disk is full")
    assert full == "projet.dres: could not save: the disk is full"
    messages.use("fr")
    assert messages.shown(full) == f"projet.dres{NBSP}: l’enregistrement a échoué{NBSP}: le disque est plein"
    odd = messages.Said("save.failed", name="projet.dres", reason="Input/output error")
    assert messages.shown(odd).endswith(f"{NBSP}: Input/output error")
    big = messages.Said("dres.too-many-chars", name="p.dres", count=6_000_000, limit=MAX_CHARS)
    assert (
        big == "p.dres: holds 6,000,000 characters of text, far more than any draft (the limit is 5,000,000)"
    )
    assert messages.shown(big) == (
        f"p.dres{NBSP}: contient 6{NBSP}000{NBSP}000 caractères de texte, bien plus qu’aucun projet "
        f"(la limite est de 5{NBSP}000{NBSP}000)"
    )


def test_a_damaged_recovery_names_the_draft_and_the_reason_in_french(tmp_path, monkeypatch):
    monkeypatch.setattr(recovery.paths, "recovery_dir", lambda: tmp_path)
    rec = recovery.Recovery("slot", "", "Projet sur la cybercriminalité", 0.0, os.getpid(), "here")
    (tmp_path / "slot.dres").write_bytes(b"\xff\xfe not json")
    with pytest.raises(InputError) as info:
        recovery.restore(rec)
    assert str(info.value) == (
        f"recovery of Projet sur la cybercriminalité: {tmp_path / 'slot.dres'}: not a Delegate Editor draft "
        "(not UTF-8 text)"
    )
    messages.use("fr")
    assert messages.shown_error(info.value) == (
        f"récupération de Projet sur la cybercriminalité{NBSP}: {tmp_path / 'slot.dres'}{NBSP}: ce n’est pas "
        "un projet Delegate Editor (ce n’est pas du texte UTF-8)"
    )
