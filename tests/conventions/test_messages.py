"""The checker's messages in English, French and Spanish (issue 20): every code in every
catalogue with the same parameters, French typography, the language taken from the locale
as command-line tools take it, and real findings on real French and Spanish UN texts worded
in the reader's language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from delegate_editor.conventions import messages
from delegate_editor.conventions.checks import check
from delegate_editor.conventions.data import load
from delegate_editor.formats.registry import read_any

LANGUAGES = Path(__file__).resolve().parents[1] / "data" / "languages"
NBSP = "\u00a0"
OTHERS = ("fr", "es")
_SPECIAL = ("name", "or", "number")  # specs that are not word tables (conventions/messages.py)


def _specs(template: str) -> dict[str, str]:
    """Parameter name to the word table it is looked up in ("" for none)."""
    out: dict[str, str] = {}
    for _, name, spec, _ in messages._FORMATTER.parse(template):
        if name:
            out.setdefault(name, spec or "")
    return out


def test_english_french_and_spanish_have_catalogues():
    assert messages.languages() == ("en", "es", "fr")


@pytest.mark.parametrize("code", OTHERS)
def test_every_code_is_in_every_catalogue_with_the_same_parameters(code):
    english = messages.catalogue("en")
    other = messages.catalogue(code)
    assert sorted(other.messages) == sorted(english.messages)
    for key, template in english.messages.items():
        assert messages.placeholders(other.messages[key]) == messages.placeholders(template), key


@pytest.mark.parametrize("code", ("en", *OTHERS))
def test_every_word_table_a_template_names_exists_with_every_value(code):
    """A word parameter ("part": "preamble") is translated in each catalogue's own table,
    which knows every value the English table knows: no English word pasted into French."""
    english = messages.catalogue("en")
    cat = messages.catalogue(code)
    for key, template in cat.messages.items():
        english_specs = _specs(english.messages[key])
        for name, spec in _specs(template).items():
            if not spec or spec in _SPECIAL:
                assert english_specs[name] in ("", spec), (key, name)  # the same kind of value
                continue
            assert spec in cat.words, (code, key, spec)
            values = set(english.words[english_specs[name] or spec])
            assert values <= set(cat.words[spec]), (code, key, spec)


def test_every_fixed_term_has_its_message():
    ids = [t["id"] for t in load("terms.json")["terms"]]
    assert ids and all(f"term.{i}" in messages.catalogue("en").messages for i in ids)
    assert all("message" not in t for t in load("terms.json")["terms"])  # one place for words


def _literal_text(template: str) -> str:
    """The template's own words, its parameters left out."""
    return "\0".join(literal for literal, *_ in messages._FORMATTER.parse(template))


def test_french_typography():
    """A non-breaking space before : ; ? ! and inside « », as the masthead's "Original : anglais";
    the typographic apostrophe; no English quotation marks."""
    cat = messages.catalogue("fr")
    for key, template in cat.messages.items():
        words = _literal_text(template)
        assert not re.search(r"[^\u00a0\u202f][:;?!]", words), key
        assert not re.search(r"«[^\u00a0\u202f]|[^\u00a0\u202f]»", words), key
        assert "'" not in words, key
    assert cat.quote == f"«{NBSP}{{}}{NBSP}»"


def test_spanish_quotes_as_spanish_un_texts_do():
    cat = messages.catalogue("es")
    for key, template in cat.messages.items():
        assert "'" not in _literal_text(template), key
    assert cat.quote == "“{}”"


@pytest.mark.parametrize(
    ("environ", "code"),
    [
        ({}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "es_AR.UTF-8"}, "es"),
        ({"LANG": "de_DE.UTF-8"}, "en"),  # no German catalogue: English
        ({"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "es_ES.UTF-8"}, "es"),
        ({"LANG": "es_ES.UTF-8", "LC_MESSAGES": "es_ES", "LC_ALL": "fr_CA.UTF-8"}, "fr"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:fr:es"}, "fr"),  # the first one we have
        ({"LC_ALL": "C", "LANGUAGE": "fr"}, "en"),  # C asks for untranslated messages
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "fr_BE@euro"}, "fr"),
    ],
)
def test_the_language_comes_from_the_locale_as_gettext_finds_it(environ, code):
    assert messages.from_environment(environ) == code


def _findings(name: str):
    return check(read_any(LANGUAGES / name).draft)


def test_a_real_french_draft_reads_in_french():
    """S/RES/1982 (2011) as the UN issued it: its own findings, worded in French."""
    findings = _findings("fr-S-RES-1982-2011.txt")
    messages.use("fr")
    assert [f.line() for f in findings] == [
        f"en-tête{NBSP}: les textes du Conseil de sécurité se terminent d’ordinaire par "
        f"«{NBSP}Décide de rester saisi de la question.{NBSP}»",
        f"auteurs{NBSP}: le projet ne nomme aucun auteur",
        f"alinéa 2 du préambule{NBSP}: «{NBSP}Rappelant{NBSP}» reprend une formule d’ouverture "
        f"antérieure du préambule – écrire «{NBSP}Rappelant également{NBSP}»",
        f"paragraphe 1 du dispositif{NBSP}: se termine par «{NBSP};{NBSP}» – le dernier paragraphe "
        "du dispositif se termine par un point",
    ]
    assert [f.fix.label for f in findings if f.fix] == [
        f"Écrire «{NBSP}Rappelant également{NBSP}»",
        f"Terminer par «{NBSP}.{NBSP}»",
    ]
    messages.use("en")  # the same findings, read again in English
    assert (
        findings[2].message
        == "'Rappelant' repeats an earlier preambular opening - write 'Rappelant également'"
    )


def test_a_real_spanish_draft_reads_in_spanish():
    """S/RES/1589 (2005): a date without its "de" before the year, and the closing line."""
    findings = _findings("es-S-RES-1589-2005.txt")
    messages.use("es")
    date = next(f for f in findings if f.rule == "date.format")
    assert date.line() == (
        "párrafo 1 del preámbulo: los textos de las Naciones Unidas en español escriben la fecha "
        "26 de marzo de 2004 (“26 de marzo 2004”)"
    )
    assert date.fix.label == "Escribir “26 de marzo de 2004”"
    assert [f.place() for f in findings] == ["encabezado", "patrocinadores", "párrafo 1 del preámbulo"]


def test_a_language_without_a_catalogue_is_english():
    assert messages.use("de") == "en"
    assert messages.render(messages.msg("sponsors.none"), "ru") == "a sponsored draft names no sponsor"


def test_json_keeps_the_code_and_the_parameters_in_every_language():
    """A program reads ``code`` and ``params``: the same whatever language the prose is in;
    a word parameter is kept as its value ("preamble"), not as a translation."""
    [repeat] = [f for f in _findings("fr-S-RES-1982-2011.txt") if f.rule == "opening.repeat"]
    english = repeat.as_json()
    messages.use("fr")
    french = repeat.as_json()
    assert english["message"] != french["message"]
    for key in ("code", "params", "where", "rule", "part", "paragraph"):
        assert english[key] == french[key]
    assert french["code"] == "opening.repeat"
    assert french["params"] == {
        "opening": "Rappelant",
        "part": "preamble",
        "suggested": "Rappelant également",
    }


def test_a_place_within_the_paragraph_is_translated_too():
    """ "sub-paragraph (b): ..." is "alinéa b) : ..." (the draft's own labels)."""
    from delegate_editor.model.document import Draft, Operative, SubParagraph
    from delegate_editor.model.text import rich

    d = Draft()
    d.front.language = "fr"
    d.operative = [
        Operative(
            "Prie",
            rich("le Secrétaire général\u00a0:"),
            [SubParagraph(rich("De faire\u00a0;")), SubParagraph(rich("de dire."))],
        )
    ]
    [capital] = [f for f in check(d) if f.rule == "sub.capital"]
    messages.use("fr")
    assert capital.message == f"alinéa b){NBSP}: un alinéa commence par une majuscule"
    assert capital.fix.label == "Mettre une majuscule"
    assert capital.as_json()["where"] == {"code": "where.sub", "params": {"label": "b)"}}


# -- the readers' import report -----------------------------------------------------------
def _import_report():
    """A/C.4/80/L.5 as a delegate copies it from the UN's PDF: the importer's guesses."""
    from delegate_editor.app.corpus import without_record
    from delegate_editor.formats.text_import import read_text_result

    path = Path(__file__).resolve().parents[1] / "data" / "corpus" / "drafts" / "A_C.4_80_L.5.txt"
    return read_text_result(without_record(path.read_text("utf-8")).encode(), path.name).messages


def test_the_import_report_keeps_english_words_and_its_codes():
    """The report's lines are the English words the app matches to find a guess's paragraph
    (formats/import_places.py), each keeping its code and parameters to be shown in French or
    Spanish."""
    report = _import_report()
    assert (
        report[0] == 'import guess: note 1: the number after "Declaration of Human Rights" taken as its mark'
    )
    assert report[0].message.code == "import.guess"
    assert report[0].message.params["line"].message.as_json() == {
        "code": "import.note-mark-number",
        "params": {"number": "1", "context": "Declaration of Human Rights"},
    }
    import pickle

    again = pickle.loads(pickle.dumps(report[0]))
    assert again == report[0] and again.message == report[0].message


def test_the_import_report_in_french_and_spanish():
    report = _import_report()
    messages.use("fr")
    assert messages.shown(report[0]) == (
        f"hypothèse de l’importation{NBSP}: note 1{NBSP}: le nombre après "
        f"«{NBSP}Declaration of Human Rights{NBSP}» pris pour son appel"
    )
    assert messages.shown(report[2]) == (
        f"hypothèse de l’importation{NBSP}: saut de page raccordé{NBSP}: «{NBSP}… and Peoples and the "
        f"Universal{NBSP}» se poursuit par «{NBSP}Declaration of Human Rights an…{NBSP}»"
    )
    assert report[0].startswith("import guess: ")  # the value stays English
    messages.use("es")
    assert messages.shown(report[0]) == (
        "suposición de la importación: nota 1: el número después de “Declaration of Human Rights” "
        "se tomó como su llamada"
    )
    assert messages.shown("a plain line") == "a plain line"  # not a reader's message: as it is


_PERCENT = re.compile(r"%(?:\((\w+)\))?[sr]")


@pytest.mark.parametrize("code", OTHERS)
def test_argparses_words_are_argparses_messages_with_their_parameters(code):
    """The command line's usage lines (``cli.py``): every English text in the table is one
    argparse words through gettext in this Python, and its translation keeps the same
    parameters (a named one may drop repr's English quotes for the language's own)."""
    import argparse
    import inspect

    source = inspect.getsource(argparse)
    table = load(f"messages/{code}.json")["argparse"]
    assert "usage: " in table and "unrecognized arguments: %s" in table
    for english, translated in table.items():
        assert repr(english) in source or f'"{english}"' in source, english
        assert sorted(_PERCENT.findall(english)) == sorted(_PERCENT.findall(translated)), english
        assert len(_PERCENT.findall(english)) == len(_PERCENT.findall(translated)), english


def test_argparses_french_words_follow_french_typography():
    for english, words in load("messages/fr.json")["argparse"].items():
        assert not re.search(r"[^\u00a0\u202f][:;?!]", words), english
        assert "'" not in words, english


def test_counted_messages_take_the_form_for_none_one_or_many():
    """The count picks "-zero" and "-one" where the catalogue has them (French counts 0 in
    the singular), the code itself otherwise ("version.listed" has no "-zero")."""
    proposals = {n: messages.counted("negotiate.proposals", n, delegation="EU", count=n) for n in (0, 1, 2)}
    assert [p.code for p in proposals.values()] == [
        "negotiate.proposals-zero",
        "negotiate.proposals-one",
        "negotiate.proposals",
    ]
    assert messages.render(proposals[0], "fr") == "EU\u00a0: 0 proposition"
    assert messages.render(proposals[2], "en") == "EU: 2 proposals"
    assert messages.counted("version.listed", 0, taken="", version="", sponsors=0).code == "version.listed"
