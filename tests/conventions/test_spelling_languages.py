"""French and Spanish spelling, checked on real UN texts (tests/data/languages, sources in
SOURCES.md): nothing of them is underlined, and a word of each misspelt is, with the word
first among the suggestions."""

from __future__ import annotations

from pathlib import Path

import pytest

from delegate_editor.conventions.spelling import Speller, speller

LANGUAGES = Path(__file__).parent.parent / "data" / "languages"
FR, ES = speller("fr"), speller("es")
TEXTS = sorted(LANGUAGES.glob("fr-*.txt")) + sorted(LANGUAGES.glob("es-*.txt"))


def _misspelt(checker: Speller, text: str) -> list[str]:
    return [w for _s, _e, w in checker.misspelt(text)]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_the_real_texts_have_no_misspelling(path: Path):
    checker = FR if path.name.startswith("fr-") else ES
    text = path.read_text("utf-8")
    assert len(text.split()) > 50
    assert _misspelt(checker, text) == []


# (file, a paragraph's words as printed, the word, the word misspelt)
SLIPS = [
    (
        "fr-S-RES-1982-2011.txt",
        "Rappelant ses résolutions antérieures concernant le Soudan",
        "résolutions",
        "résolutoins",
    ),
    ("fr-S-RES-1982-2011.txt", "Considérant que la situation qui règne au Soudan", "situation", "sitaution"),
    (
        "fr-S-RES-2374-2017.txt",
        "Réaffirmant son ferme attachement à la souveraineté",
        "souveraineté",
        "souverainté",
    ),
    (
        "fr-S-RES-2374-2017.txt",
        "Conscient de l’aspiration légitime de tous les citoyens",
        "légitime",
        "legitime",
    ),
    ("es-S-RES-1589-2005.txt", "preservar la soberanía, la independencia", "soberanía", "soberania"),
    ("es-S-RES-1589-2005.txt", "la lucha contra los estupefacientes", "estupefacientes", "estupefacietnes"),
    (
        "es-A-RES-ES-10-24.txt",
        "el derecho inalienable a la libre determinación",
        "inalienable",
        "inalienabel",
    ),
    (
        "es-A-RES-ES-10-24.txt",
        "Destacando la obligación de todos los Estados Miembros",
        "Destacando",
        "Destacanndo",
    ),
]


@pytest.mark.parametrize(("name", "words", "right", "wrong"), SLIPS, ids=[s[3] for s in SLIPS])
def test_a_misspelt_word_is_caught_and_the_right_word_offered_first(name, words, right, wrong):
    assert words in (LANGUAGES / name).read_text("utf-8")  # the text's own words
    checker = FR if name.startswith("fr-") else ES
    assert _misspelt(checker, words) == []
    assert _misspelt(checker, words.replace(right, wrong)) == [wrong]
    assert checker.suggestions(wrong)[0] == right


def test_french_elisions_are_checked_on_the_word_after_the_apostrophe():
    # S/RES/1982 (2011) and S/RES/2374 (2017), with ’ as printed and ' as typed
    for text in (
        "Réaffirme l’importance des mesures énoncées",
        "le rapport intermédiaire, en date du 30 mars 2011, du Groupe d’experts",
        "insistant sur le fait que c’est avant tout aux autorités maliennes qu’il incombe",
        "Réaffirme l'importance des mesures énoncées",
        "Réaffirme L’Importance",
        "aujourd’hui, jusqu’à",
    ):
        assert _misspelt(FR, text) == [], text
    text = "à l’unité et à l’intégrite territoriale du Mali"
    start, end, word = next(FR.misspelt(text))
    assert (text[start:end], word) == ("intégrite", "intégrite")  # "l’" is right
    assert FR.suggestions("l’intégrite")[0] == "l’intégrité"
    assert FR.suggestions("d'expetrs")[0] == "d'experts"
    assert FR.bare("l’intégrite") == "intégrite" and FR.bare("aujourd’hui") == "aujourd’hui"
    assert _misspelt(ES, "l’importance") == ["l’importance"]  # no elision in Spanish


def test_accented_letters_are_letters_and_spanish_marks_are_punctuation():
    assert _misspelt(FR, "Le Conseil de sécurité,") == []
    assert _misspelt(ES, "¿Reiterando su firme determinación? ¡Expresando!") == []
    assert _misspelt(ES, "¿Reiterando su firme determinacion?") == ["determinacion"]
    assert ES.suggestions("determinacion") == ["determinación"]
    assert FR.suggestions("oeuvre")[0] == "œuvre"  # "mise en œuvre", S/RES/2374 (2017)
    assert FR.suggestions("securite")[0] == "sécurité"


def test_member_states_in_the_drafts_language_are_words():
    # the official names of state_names.json (UNTERM)
    assert _misspelt(FR, "le Soudan, le Mali, la Côte d’Ivoire, les États-Unis d’Amérique") == []
    assert _misspelt(ES, "el Afganistán, Malí, Côte d’Ivoire, los Estados Unidos de América") == []


def test_the_uns_english_forms_are_not_applied_to_french_or_spanish():
    # "L’Organisation des Nations Unies"; "la Organización de las Naciones Unidas"
    assert _misspelt(FR, "L’Organisation des Nations Unies et son programme") == []
    assert _misspelt(ES, "la Organización de las Naciones Unidas y su programa") == []
    assert FR.un_forms == {} and ES.un_forms == {}
    assert _misspelt(FR, "Organization") == ["Organization"]


def test_suggestions_use_the_languages_letters():
    assert "ñ" in ES.letters and "œ" in FR.letters and "ñ" not in FR.letters
    assert ES.suggestions("Espana")[0] == "España"
    assert FR.suggestions("oeuvre")[0] == "œuvre"
