"""Issue 20: what another program did to a draft, and why a file is refused, in French and
Spanish. A co-sponsor's edited DOCX comes back (as in ``test_reimport.py``); its report keeps
the English words tests and the app compare, and reads in the UN's terms of the reader's
language, the place a message of its own ("l’alinéa (a) du paragraphe 7 du dispositif"). A
hostile DOCX is refused on the command line in the locale's language: exit 2, one line.

The drafts are A/C.4/80/L.19 (Question of Gibraltar... the Special Committee's requests, with
sub-paragraphs) from the corpus and A/RES/80/12 (``reimport_cases.py``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from corpus_drafts import corpus_text
from docx_factory import rewrite
from reimport_cases import RES_80_12, co_sponsor_edit, co_sponsor_move

from delegate_editor.conventions import messages
from delegate_editor.formats import registry
from delegate_editor.formats.reimport import REPARSED
from delegate_editor.formats.text_import import read_text

ROOT = Path(__file__).resolve().parents[2]
NBSP = "\u00a0"
L19 = "A_C.4_80_L.19.txt"
# sub-paragraph (a) of operative paragraph 7 of A/C.4/80/L.19, as the UN issued it
SUB_A = "To provide the Special Committee with all necessary facilities"


def _shown(lines: list[str], code: str) -> list[str]:
    messages.use(code)
    return [messages.shown(line) for line in lines]


def _sub_edited(corpus_dir: Path, tmp_path: Path, language: str = "en") -> list[str]:
    """A/C.4/80/L.19 exported to DOCX, sub-paragraph (a) of operative paragraph 7 edited
    in Word ("all necessary facilities" becomes "all the facilities it needs"), read back."""
    draft = read_text(corpus_text(corpus_dir / "drafts" / L19), L19)
    draft.front.language = language
    [sub] = [
        s for op in draft.operative_paragraphs() for s in op.subs if "necessary facilities" in str(s.text)
    ]
    assert sub is draft.operative_paragraphs()[6].subs[0]
    raw = rewrite(
        registry.export_bytes(draft, "sent.docx"),
        {
            "word/document.xml": lambda xml: xml.replace(
                "all necessary facilities", "all the facilities it needs", 1
            )
        },
    )
    path = tmp_path / "back.docx"
    path.write_bytes(raw)
    return registry.read_any(path).messages


def test_a_sub_paragraph_changed_in_word_reads_in_french_and_spanish(corpus_dir, tmp_path):
    report = _sub_edited(corpus_dir, tmp_path)
    assert report == ["sub-paragraph (a) of operative paragraph 7 was changed in another program"]
    assert report[0].message.as_json() == {
        "code": "reimport.changed",
        "params": {"what": {"code": "at.sub", "params": {"label": "(a)", "n": 7}}},
    }
    assert _shown(report, "fr") == ["un autre programme a modifié l’alinéa (a) du paragraphe 7 du dispositif"]
    assert _shown(report, "es") == [
        "otro programa modificó el apartado (a) del párrafo 7 de la parte dispositiva"
    ]
    assert report[0] == "sub-paragraph (a) of operative paragraph 7 was changed in another program"


def test_a_french_drafts_own_labels_name_the_sub_paragraph(corpus_dir, tmp_path):
    """A draft in French prints its sub-paragraphs "a)", and the report names them so."""
    report = _sub_edited(corpus_dir, tmp_path, language="fr")
    assert _shown(report, "fr") == ["un autre programme a modifié l’alinéa a) du paragraphe 7 du dispositif"]
    assert _shown(report, "es") == [
        "otro programa modificó el apartado a) del párrafo 7 de la parte dispositiva"
    ]


def test_paragraphs_added_removed_and_moved_read_in_french_and_spanish(tmp_path):
    sent = read_text(RES_80_12)
    edited = co_sponsor_edit(
        registry.export_bytes(sent, "sent.docx"),
        ".docx",
        change=("to supplement their reports", "to complement their reports"),
        add_after="with their annual report",
        delete="fully taking into account specific political",
    )
    (tmp_path / "edited.docx").write_bytes(edited)
    report = registry.read_any(tmp_path / "edited.docx").messages
    assert report[0] is REPARSED
    assert report[1:] == [  # the English words are as before
        "operative paragraph 1 was changed in another program",
        "operative paragraph 1 of the draft as sent was removed in another program",
        "operative paragraph 3 was added in another program",
    ]
    assert _shown(report, "fr") == [
        "des paragraphes ou des notes ont été ajoutés, supprimés ou déplacés dans un autre programme"
        f"{NBSP}: le projet a été lu à partir du texte visible",
        "un autre programme a modifié le paragraphe 1 du dispositif",
        "un autre programme a supprimé le paragraphe 1 du dispositif (numérotation du projet envoyé)",
        "un autre programme a ajouté le paragraphe 3 du dispositif",
    ]
    assert _shown(report, "es")[1:] == [
        "otro programa modificó el párrafo 1 de la parte dispositiva",
        "otro programa suprimió el párrafo 1 de la parte dispositiva (numeración del proyecto enviado)",
        "otro programa añadió el párrafo 3 de la parte dispositiva",
    ]

    moved = co_sponsor_move(
        registry.export_bytes(sent, "sent.docx"), ".docx", moving="Takes note", before="Invites"
    )
    (tmp_path / "moved.docx").write_bytes(moved)
    report = registry.read_any(tmp_path / "moved.docx").messages
    assert report[1:] == [
        "operative paragraph 4 of the draft as sent was moved to number 2 in another program"
    ]
    assert _shown(report, "fr")[1:] == [
        "un autre programme a déplacé le paragraphe 4 du dispositif (numérotation du projet envoyé) au numéro 2"
    ]
    assert _shown(report, "es")[1:] == [
        "otro programa trasladó el párrafo 4 de la parte dispositiva (numeración del proyecto enviado) al número 2"
    ]


def test_a_footnote_and_a_front_matter_line_read_in_french(tmp_path):
    """A note's words and the sponsors line edited in place: each named in French."""
    sent = read_text(RES_80_12)
    sent.sponsors.names = ["Brazil", "Chile"]
    raw = rewrite(
        registry.export_bytes(sent, "sent.docx"),
        {
            "word/footnotes.xml": lambda xml: xml.replace("A/80/225.", "A/80/226.", 1),
            "word/document.xml": lambda xml: xml.replace("Chile", "Colombia", 1),
        },
    )
    (tmp_path / "back.docx").write_bytes(raw)
    report = registry.read_any(tmp_path / "back.docx").messages
    assert sorted(report) == [
        "footnote 4 was changed in another program",
        "the sponsors line was changed in another program",
    ]
    assert sorted(_shown(report, "fr")) == [
        "un autre programme a modifié la ligne des auteurs",
        "un autre programme a modifié la note 4",
    ]


def _cli(src: Path, out: Path, lang: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.pop("DELEGATE_EDITOR_DEBUG", None)
    env.update(LANG=lang, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "delegate_editor", "import", str(src), "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr_FR.UTF-8", f"{NBSP}: ce n’est pas un fichier DOCX (ce n’est pas un paquet zip)"),
        ("es_ES.UTF-8", ": no es un archivo DOCX (no es un paquete zip)"),
        ("C.UTF-8", ": not a DOCX file (it is not a zip package)"),
    ],
)
def test_a_hostile_docx_is_refused_in_the_locales_language(lang, expected, tmp_path):
    """A mail attachment named .docx that is a letter, not a package: one line, exit 2,
    nothing written, the file named, the reason in the locale's language."""
    src = tmp_path / "projet.docx"
    src.write_bytes(b"Chers collegues,\nveuillez trouver ci-joint le projet.\n")
    result = _cli(src, tmp_path / "projet.dres", lang)
    assert result.returncode == 2
    assert result.stderr == f"delegate-editor: {src}{expected}\n"
    assert not (tmp_path / "projet.dres").exists()


def test_a_password_protected_docx_is_refused_in_french(tmp_path):
    """Word's encrypted file (an OLE compound file holding EncryptionInfo)."""
    from test_hostile import encrypted_ole

    src = tmp_path / "projet.docx"
    src.write_bytes(encrypted_ole())
    result = _cli(src, tmp_path / "projet.dres", "fr_FR.UTF-8")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert result.stderr == (
        f"delegate-editor: {src}{NBSP}: le fichier est protégé par un mot de passe (supprimer le mot "
        "de passe dans Word et enregistrer de nouveau)\n"
    )


def test_the_refusal_keeps_its_english_line_and_its_code():
    from delegate_editor.errors import InputError
    from delegate_editor.formats.docx_reader import read_docx

    with pytest.raises(InputError) as info:
        read_docx(b"%PDF-1.7 ...", "draft.docx")
    assert str(info.value) == "draft.docx: a PDF file, not DOCX"
    messages.use("es")
    assert messages.shown_error(info.value) == "draft.docx: un archivo PDF, no un archivo DOCX"
    assert messages.shown_error(ValueError("plain words")) == "plain words"
