"""Issue 20: the command line's refusals of an output file and of its own arguments in the
locale's language: one line, exit 2, the file named, nothing written; argparse's own usage
lines and errors (a missing -o, an unknown option, -h) in it too."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from delegate_editor.resources import resource
from delegate_editor.storage import dres

ROOT = Path(__file__).resolve().parents[1]
NBSP = "\u00a0"
SEED = resource("examples", "cybercrime.dres")


def _cli(lang: str, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.pop("DELEGATE_EDITOR_DEBUG", None)
    env.update(LANG=lang, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", COLUMNS="80")
    return subprocess.run(
        [sys.executable, "-m", "delegate_editor", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=cwd or ROOT,
    )


def _refused(result: subprocess.CompletedProcess[str]) -> str:
    """The one line of a refusal, its exit status checked."""
    assert result.returncode == 2, result.stderr
    assert result.stdout == "" and result.stderr.count("\n") == 1
    return result.stderr.removeprefix("delegate-editor: ").removesuffix("\n")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "fr_FR.UTF-8",
            f"{NBSP}: impossible d’exporter au format .rtf (utiliser .docx, .dres, .odt, .pdf, .txt)",
        ),
        ("es_ES.UTF-8", ": no se puede exportar a .rtf (use .docx, .dres, .odt, .pdf, .txt)"),
        ("C.UTF-8", ": cannot export to .rtf (use .docx, .dres, .odt, .pdf, .txt)"),
    ],
)
def test_export_to_an_unknown_format_in_the_locales_language(lang, expected, tmp_path):
    out = tmp_path / "projet.rtf"
    assert _refused(_cli(lang, "export", str(SEED), "-o", str(out))) == f"{out}{expected}"
    assert not out.exists()


def test_compare_negotiate_and_new_refuse_their_output_in_french(tmp_path):
    out = tmp_path / "changes.txt"
    assert _refused(_cli("fr_FR.UTF-8", "compare", str(SEED), str(SEED), "-o", str(out))) == (
        f"{out}{NBSP}: compare écrit un fichier .docx ou .odt (modifications suivies) ou .pdf (pages annotées)"
    )
    assert _refused(_cli("fr_FR.UTF-8", "negotiate", str(SEED), "--copy", f"UE={SEED}", "-o", str(out))) == (
        f"{out}{NBSP}: negotiate écrit un fichier .dres (avec les propositions) ou un fichier .docx, .odt ou .pdf"
    )
    assert _refused(_cli("fr_FR.UTF-8", "new", "-o", str(out))) == (
        f"{out}{NBSP}: un nouveau projet est enregistré au format .dres"
    )
    assert (
        _refused(_cli("fr_FR.UTF-8", "new")) == f"new{NBSP}: indiquer le fichier à écrire avec -o SORTIE.dres"
    )
    copy = tmp_path / "copie.dres"
    copy.write_bytes(SEED.read_bytes())
    assert _refused(_cli("fr_FR.UTF-8", "import", str(copy), "-o", str(copy))) == (
        f"{copy}{NBSP}: la sortie remplacerait le fichier d’entrée"
    )
    assert not out.exists() and copy.read_bytes() == SEED.read_bytes()


def test_the_commands_own_usage_errors_in_french_and_spanish(tmp_path):
    assert _refused(_cli("fr_FR.UTF-8", "negotiate", str(SEED), "--copy", "UE", "-o", "x.dres")) == (
        f"--copy UE{NBSP}: indiquer DÉLÉGATION=FICHIER, p.{NBSP}ex. --copy UE=ue.docx"
    )
    assert _refused(_cli("es_ES.UTF-8", "compare", str(SEED), "-o", str(tmp_path / "c.pdf"))) == (
        f"{SEED}: no contiene texto de base; indique primero la base: compare BASE PROYECTO"
    )
    line = _refused(_cli("fr_FR.UTF-8", "comparer"))
    assert line.startswith(
        f"pas de commande «{NBSP}comparer{NBSP}» (les commandes sont new, import, export, "
    )
    assert _refused(_cli("C.UTF-8", "comparer")).startswith("no command 'comparer' (the commands are new, ")


@pytest.mark.parametrize(
    ("lang", "usage", "required"),
    [
        (
            "fr_FR.UTF-8",
            f"utilisation{NBSP}: ",
            f"les arguments suivants sont obligatoires{NBSP}: -o/--output",
        ),
        ("es_ES.UTF-8", "uso: ", "se requieren los argumentos siguientes: -o/--output"),
        ("C.UTF-8", "usage: ", "the following arguments are required: -o/--output"),
    ],
)
def test_argparses_own_usage_errors_in_the_locales_language(lang, usage, required):
    """Issue 20: argparse's fixed lines (its usage line and its refusals) are worded in the
    locale's language too; the options and the program's name stay as typed."""
    result = _cli(lang, "export", str(SEED))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith(f"{usage}delegate-editor export [-h] -o OUTPUT")
    assert result.stderr.endswith(f"delegate-editor export: {required}\n")


def test_argparses_unknown_arguments_and_choices_in_french_and_spanish():
    french = _cli("fr_FR.UTF-8", "check", str(SEED), "--bogus")
    assert french.returncode == 2
    assert french.stderr.endswith(f"delegate-editor: arguments non reconnus{NBSP}: --bogus\n")
    spanish = _cli("es_ES.UTF-8", "new", "--language", "xx", "-o", "x.dres")
    assert spanish.returncode == 2
    assert spanish.stderr.endswith(
        "delegate-editor new: argumento --language: opción no válida: “xx” (elija entre 'en', 'fr', 'es')\n"
    )


def test_the_help_in_french():
    """-h: argparse's section titles and its own options' help in French, with the
    no-break space French puts before a colon."""
    done = _cli("fr_FR.UTF-8", "check", "-h")
    assert done.returncode == 0
    assert done.stdout.startswith(f"utilisation{NBSP}: delegate-editor check [-h]")
    assert f"\narguments positionnels{NBSP}:\n" in done.stdout and f"\noptions{NBSP}:\n" in done.stdout
    assert "-h, --help  afficher ce message d’aide et quitter" in done.stdout
    top = _cli("fr_FR.UTF-8", "-h").stdout
    assert "--version" in top and "afficher le numéro de version du programme et quitter" in top
    assert "show this help" not in top and "usage" not in top


def _flowing(help_text: str) -> str:
    """The help with argparse's line breaks and column padding undone (a no-break space,
    which argparse keeps, stays)."""
    return re.sub(r"[ \n]+", " ", help_text)


@pytest.mark.parametrize(
    ("lang", "description", "summaries"),
    [
        (
            "fr_FR.UTF-8",
            "Rédiger des projets de résolution de l’Organisation des Nations Unies.",
            [
                "new un nouveau projet de résolution à partir d’un modèle",
                f"compare les modifications d’un projet par rapport à sa base{NBSP}: avec suivi des "
                "modifications (.docx, .odt) ou sur des pages annotées (.pdf)",
                "check observations sur les règles de rédaction",
            ],
        ),
        (
            "es_ES.UTF-8",
            "Redactar proyectos de resolución de las Naciones Unidas.",
            [
                "new un nuevo proyecto de resolución a partir de una plantilla",
                "compare los cambios de un proyecto respecto de su base: con control de cambios "
                "(.docx, .odt) o en páginas marcadas (.pdf)",
                "check observaciones sobre las normas de redacción",
            ],
        ),
        (
            "C.UTF-8",
            "Draft United Nations resolutions.",
            [
                "new a new draft from a template",
                "compare a draft's changes from its base: tracked (.docx, .odt) or printed (.pdf)",
                "check drafting-convention findings",
            ],
        ),
    ],
    ids=["fr", "es", "en"],
)
def test_the_commands_summaries_in_the_locales_language(lang, description, summaries):
    """Issue 20: ``delegate-editor --help`` describes the program and each command in the
    locale's language; the commands' names stay as typed."""
    done = _cli(lang, "--help")
    assert done.returncode == 0, done.stderr
    assert f"\n{description}\n" in done.stdout
    for summary in summaries:
        assert summary in _flowing(done.stdout)


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        (
            "fr_FR.UTF-8",
            [
                "  --paper {A4,Letter}   format du papier\n",
                "  --compilation         le texte de compilation (.docx, .odt, .pdf)\n",
            ],
        ),
        (
            "es_ES.UTF-8",
            [
                "  --paper {A4,Letter}   tamaño del papel\n",
                "  --compilation         el texto de compilación (.docx, .odt, .pdf)\n",
            ],
        ),
        (
            "C.UTF-8",
            [
                "  --paper {A4,Letter}   paper size\n",
                "  --compilation         the compilation text (.docx, .odt, .pdf)\n",
            ],
        ),
    ],
    ids=["fr", "es", "en"],
)
def test_an_options_help_in_the_locales_language(lang, lines):
    """Issue 20: ``export --help`` words each option's help in the locale's language; the
    options, their values and their placeholders (OUTPUT) stay as typed."""
    done = _cli(lang, "export", "--help")
    assert done.returncode == 0, done.stderr
    for line in lines:
        assert line in done.stdout
    assert "-o OUTPUT" in done.stdout


def test_every_commands_help_in_french_and_spanish():
    """Every option of every command has its help in French and in Spanish: the same
    command's help in English and in French share no line of help text but the options."""
    french = _flowing(_cli("fr_FR.UTF-8", "serve", "--help").stdout)
    assert f"--port PORT le port (par défaut 8765{NBSP}; 0{NBSP}: n’importe quel port libre)" in french
    spanish = _flowing(_cli("es_ES.UTF-8", "negotiate", "--help").stdout)
    assert "una copia devuelta por una delegación (.docx, .odt); repítase para cada una" in spanish
    assert "el proyecto tal como se envió (.dres, .docx, .odt)" in spanish
    version = _flowing(_cli("fr_FR.UTF-8", "version", "--help").stdout)
    assert f"--revise commencer la révision suivante{NBSP}: le texte tel que publié" in version


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        (
            "fr_FR.UTF-8",
            [
                "ga-plenary         Assemblée générale (séance plénière)",
                "hrc                Conseil des droits de l’homme (Genève)",
                "csw                Commission de la condition de la femme",
            ],
        ),
        (
            "es_ES.UTF-8",
            [
                "ga-plenary         Asamblea General (sesión plenaria)",
                "security-council   Consejo de Seguridad",
                "cnd                Comisión de Estupefacientes (Viena)",
            ],
        ),
        (
            "C.UTF-8",
            [
                "ga-plenary         General Assembly (plenary)",
                "security-council   Security Council",
                "cnd                Commission on Narcotic Drugs (Vienna)",
            ],
        ),
    ],
    ids=["fr", "es", "en"],
)
def test_the_templates_labels_in_the_locales_language(lang, lines):
    """Issue 20: ``new --list`` names each template's organ or body as the UN does in the
    locale's language; the template names (typed after --template) stay as they are."""
    done = _cli(lang, "new", "--list")
    assert done.returncode == 0, done.stderr
    listed = done.stdout.splitlines()
    for line in lines:
        assert line in listed


def test_version_lines_in_the_locales_language(tmp_path):
    """Issue 20: ``version`` lists and revises in French and Spanish; the version names,
    the symbol and the dates stay as they are."""
    draft = tmp_path / "projet.dres"
    draft.write_bytes(SEED.read_bytes())
    assert _cli("fr_FR.UTF-8", "version", str(draft), "Rev.0").returncode == 0
    listed = _cli("fr_FR.UTF-8", "version", str(draft))
    assert listed.returncode == 0 and listed.stdout.endswith(f"  Rev.0  (auteurs{NBSP}: 5)\n")
    assert _cli("es_ES.UTF-8", "version", str(draft)).stdout.endswith("  Rev.0  (patrocinadores: 5)\n")
    assert _cli("C.UTF-8", "version", str(draft)).stdout.endswith("  Rev.0  (5 sponsors)\n")
    revised = _cli("fr_FR.UTF-8", "version", str(draft), "--revise")
    assert revised.returncode == 0, revised.stderr
    symbol = dres.load(draft).front.symbol
    assert revised.stdout == f"{draft}{NBSP}: désormais révision 1 ({symbol})\n"


def test_a_revision_without_a_symbol_says_so_in_the_locales_language(tmp_path):
    draft = dres.load(SEED)
    draft.front.symbol = ""
    path = tmp_path / "proyecto.dres"
    dres.save(draft, path)
    revised = _cli("es_ES.UTF-8", "version", str(path), "--revise")
    assert revised.stdout == f"{path}: ahora es la revisión 1 (aún sin signatura)\n"


def test_argparse_gets_its_own_words_back(monkeypatch, capsys):
    """The French words are argparse's only while our parser runs: another parser in the
    same process (a test runner's, a tool's) keeps gettext's."""
    import argparse
    import gettext

    from delegate_editor.cli import main

    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    with pytest.raises(SystemExit):
        main(["check", str(SEED), "--bogus"])
    assert capsys.readouterr().err.endswith(f"arguments non reconnus{NBSP}: --bogus\n")
    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext


def test_new_from_a_copied_text_reports_its_guesses_in_french(tmp_path, corpus_dir):
    """``new --from`` says what the reader guessed as ``import`` does: in French here."""
    text = (corpus_dir / "ga-80" / "A_RES_80_15.md").read_text("utf-8")
    copied = tmp_path / "A_RES_80_15.txt"
    copied.write_text(re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S), "utf-8")
    done = _cli("fr_FR.UTF-8", "new", "--from", str(copied), "-o", str(tmp_path / "projet.dres"))
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert lines and all(line.startswith(f"{copied}: hypothèse de l’importation{NBSP}: ") for line in lines)
