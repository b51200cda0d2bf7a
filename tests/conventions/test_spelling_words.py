"""The spell checker's words are the UN's: checked on the corpus's own wording."""

from __future__ import annotations

from pathlib import Path

from corpus_drafts import read_source

from delegate_editor.conventions.spelling import Speller, speller
from delegate_editor.model.text import plain_text
from delegate_editor.model.walk import rich_fields

EN = speller("en")


def _misspelt(text: str) -> list[str]:
    return [w for _s, _e, w in EN.misspelt(text)]


def test_the_uns_forms_are_right_and_the_others_underlined_with_the_un_form_first():
    # A/RES/80/10 writes "organization"; the -ise and "program" forms are underlined
    assert _misspelt("Welcomes the organization of the programme") == []
    assert _misspelt("Welcomes the organisation of the program") == ["organisation", "program"]
    assert EN.suggestions("organisation")[0] == "organization"
    assert EN.suggestions("program")[0] == "programme"
    assert EN.suggestions("Organisations")[0] == "Organizations"
    assert EN.suggestions("recognise")[0] == "recognize"
    assert EN.known("judgement")


def test_slips_are_caught_and_the_likely_word_offered():
    assert EN.suggestions("teh")[0] == "the"
    assert EN.suggestions("goverment")[0] == "government"
    assert EN.suggestions("recieve")[0] == "receive"


def test_what_is_no_word_is_never_underlined():
    text = (
        "See https://milex-reporting.unoda.org/en/states. Decisions Taken during the 69th Regular "
        "Session of A/RES/80/1, the ICTs, UNESCO and the SDGs, Côte d’Ivoire and Türkiye, inter alia"
    )
    assert _misspelt(text) == []


def test_a_delegates_own_words():
    mine = Speller(["the", "Treaty"], {}, own=["Tlatelolco"])
    assert mine.known("Tlatelolco") and not mine.known("Pelindaba")
    mine.add("Pelindaba")
    assert mine.known("Pelindaba")


def test_the_corpus_is_almost_all_known(corpus_dir: Path):
    """Over every real text, what is underlined is a rare proper name or word, as in Word."""
    words = flagged = 0
    for path in sorted(corpus_dir.rglob("*.*")):
        if path.suffix not in (".txt", ".md") or path.name == "README.md":
            continue
        for field in rich_fields(read_source(path)[0]):
            text = plain_text(field.text)
            words += len(text.split())
            flagged += len(_misspelt(text))
    assert words > 80_000
    assert flagged / words < 0.001  # 17 of 90,875 on the day this was written


def test_french_and_spanish_have_spellers_and_other_languages_none():
    # their words: tests/conventions/test_spelling_languages.py
    assert speller("fr") is not None and speller("es") is not None
    assert speller("ar") is None and speller("") is None
