"""A draft's language: its words from resources/data/language, dates, names and order."""

from __future__ import annotations

from datetime import date

import pytest

from delegate_editor.conventions import language as languages
from delegate_editor.conventions.state_names import english_name, local_name, local_names
from delegate_editor.model.document import Draft
from delegate_editor.model.serialize import from_dict, to_dict

NBSP = "\u00a0"


def test_every_language_file_has_the_keys_of_english():
    english = set(languages.language("en").words)
    for code in languages.codes():
        missing = english - set(languages.language(code).words)
        assert not missing, (code, missing)


@pytest.mark.parametrize(
    ("code", "day", "expected"),
    [
        ("en", date(2013, 4, 2), "2 April 2013"),
        ("fr", date(2013, 4, 2), "2 avril 2013"),
        ("fr", date(2017, 9, 1), "1er septembre 2017"),
        ("es", date(2013, 4, 2), "2 de abril de 2013"),
        ("es", date(2017, 9, 5), "5 de septiembre de 2017"),  # S/RES/2374 (2017), Spanish
    ],
)
def test_dates(code, day, expected):
    assert languages.language(code).date(day) == expected


def test_masthead_words_as_the_un_prints_them():
    fr, es = languages.language("fr"), languages.language("es")
    assert fr["original"].format(fr["language_names"]["English"]) == f"Original{NBSP}: anglais"
    assert fr["distribution"].format(fr["distribution_values"]["Limited"]) == "Distr. limitée"
    # A/59/2005/Add.2: "Distr. general", "Español", "Original: inglés"
    assert es["distribution"].format(es["distribution_values"]["General"]) == "Distr. general"
    assert es["original"].format(es["language_names"]["English"]) == "Original: inglés"
    assert es["version_line"] == "Español"


def test_sessions_and_meetings():
    fr, es = languages.language("fr"), languages.language("es")
    assert fr.session("Eightieth session") == "Quatre-vingtième session"
    assert fr.session("Seventy-first session") == "Soixante et onzième session"
    assert es.session("Fifty-ninth session") == "Quincuagésimo noveno período de sesiones"  # A/59/2005/Add.2
    assert es.session("Twenty-first session") == "Vigésimo primer período de sesiones"
    assert es.session("2026 session") == "Período de sesiones de 2026"
    assert fr.session("Session extraordinaire") == "Session extraordinaire"  # typed: as is
    assert fr.meeting("8040th meeting") == "8040e séance"  # S/RES/2374 (2017), French
    assert es.meeting("8040th meeting") == "8040ª sesión"


def test_spanish_and_becomes_e_before_the_sound_i():
    es = languages.language("es")
    assert es.join(["Francia", "Italia"]) == "Francia e Italia"
    assert es.join(["Chile", "Francia", "Hungría"]) == "Chile, Francia y Hungría"
    assert languages.language("fr").join(["France", "Italie"]) == "France et Italie"


def test_state_names_in_french_and_spanish_from_unterm():
    assert local_name("United States of America", "fr") == "États-Unis d’Amérique"
    assert local_name("Bolivia (Plurinational State of)", "es") == "Bolivia (Estado Plurinacional de)"
    assert local_name("Russia", "fr") == "Fédération de Russie"  # an alias resolves first
    assert english_name("Allemagne", "fr") == "Germany"
    assert english_name("Reino Unido de Gran Bretaña e Irlanda del Norte", "es") == (
        "United Kingdom of Great Britain and Northern Ireland"
    )


def test_sponsors_sort_in_the_languages_order_ignoring_accents():
    names = ["United States of America", "Ethiopia", "Spain", "Egypt", "Germany", "State of Palestine"]
    assert local_names(names, "fr") == [
        "Allemagne",
        "Égypte",
        "Espagne",
        "États-Unis d’Amérique",
        "Éthiopie",
        "État de Palestine",  # observer States after the Member States, as in English
    ]
    assert local_names(names, "es") == [
        "Alemania",
        "Egipto",
        "España",
        "Estados Unidos de América",
        "Etiopía",
        "Estado de Palestina",
    ]


def test_language_is_an_optional_key_of_the_front_matter():
    english = Draft()
    assert "language" not in to_dict(english)["front"]  # old files and English drafts unchanged
    french = Draft()
    french.front.language = "fr"
    data = to_dict(french)
    assert data["front"]["language"] == "fr"
    assert from_dict(data).front.language == "fr"
    del data["front"]["language"]
    assert from_dict(data).front.language == "en"


def test_an_unknown_language_prints_in_english():
    assert languages.language("xx").code == "en"


def test_a_name_typed_in_french_or_spanish_is_the_state():
    from delegate_editor.conventions import states

    assert states.resolve("Allemagne") == "Germany"
    assert states.resolve("Estados Unidos de América") == "United States of America"
    assert states.lookup("Allemagne").how == "alias"  # in an English list, not the official name


def test_venue_and_dates_line():
    fr, es = languages.language("fr"), languages.language("es")
    assert fr.venue("Vienna, 22-26 April 2013") == "Vienne, 22-26 avril 2013"
    assert es.venue("Vienna, 22-26 April 2013") == "Viena, 22 a 26 de abril de 2013"
    assert fr.venue("Geneva, 1 March 2025") == "Genève, 1er mars 2025"
    assert fr.venue("Palais des Nations") == "Palais des Nations"  # another form: as typed


def test_spanish_n_tilde_is_a_letter_after_n():
    from delegate_editor.conventions.state_names import collation_key

    assert collation_key("Españaz", "es") > collation_key("Espanoz", "es")  # ñ after every n...
    assert collation_key("España", "es") < collation_key("Espao", "es")  # ... and before o
    assert collation_key("Côte d’Ivoire", "fr") == "cote d ivoire"
