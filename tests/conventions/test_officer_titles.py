"""An officer's draft in another language than the one it was imported in: the Submitted by
field holds the officer as the copy named it ("the Bureau", A/C.4/80/L.15), and the line
prints the officer's title in the draft's language (conventions/wording.officer)."""

from __future__ import annotations

from delegate_editor.conventions import language as languages
from delegate_editor.conventions.wording import officer, sponsors_line
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import read_text
from tests.corpus_drafts import imported


def test_an_english_officer_prints_in_the_draft_s_language():
    draft, _ = imported("drafts", "A_C.4_80_L.15.txt")  # "Draft decision submitted by the Bureau"
    assert draft.sponsors.submitted_by == "the Bureau"
    lines = {}
    for code in ("en", "fr", "es"):
        draft.front.language = code
        lines[code] = sponsors_line(draft)
    assert lines == {
        "en": "Draft decision submitted by the Bureau",
        "fr": "Projet de décision présenté par le Bureau",
        "es": "Proyecto de decisión presentado por la Mesa",
    }
    draft.front.language = "fr"
    assert "Projet de décision présenté par le Bureau" in write_text(draft)


def test_the_officer_s_name_stays_and_the_country_is_the_language_s():
    """A/C.2/80/L.42: "Draft resolution submitted by the Vice-Chair of the Committee," /
    "Weronika Garbacz (Poland)"."""
    draft, _ = imported("drafts", "A_C.2_80_L.42.txt")
    assert draft.sponsors.submitted_by == "the Vice-Chair of the Committee, Weronika Garbacz (Poland)"
    draft.front.language = "fr"
    assert sponsors_line(draft) == (
        "Projet de résolution présenté par la vice-présidence de la Commission, Weronika Garbacz (Pologne)"
    )
    draft.front.language = "es"
    assert sponsors_line(draft).endswith("la Vicepresidencia de la Comisión, Weronika Garbacz (Polonia)")
    # typed in French, printed in English: the country too
    french = "la vice-présidence de la Commission, Weronika Garbacz (Pologne)"
    assert (
        officer(french, languages.language("en"))
        == "the Vice-Chair of the Committee, Weronika Garbacz (Poland)"
    )


def test_a_french_officer_reads_back_in_english_and_other_words_stay_as_typed():
    english = languages.language("en")
    assert (
        officer("la présidence de l’Assemblée générale", english) == "the President of the General Assembly"
    )
    assert officer("le Bureau", english) == "the Bureau"
    # words after the title are the typist's language: the field is printed as typed
    typed = "the Chair of the Committee following informal consultations"
    assert officer(typed, languages.language("fr")) == typed
    assert officer("the Group of Friends", languages.language("fr")) == "the Group of Friends"


def test_a_french_line_read_back_holds_the_officer_as_the_model_does():
    """The French text form's "Projet de décision présenté par le Bureau" reads back as an
    officer's draft whose officer is "the Bureau", in English as the model keeps organs and
    bodies, and prints in either language."""
    draft, _ = imported("drafts", "A_C.4_80_L.15.txt")
    draft.front.language = "fr"
    again = read_text(write_text(draft))
    assert again.front.language == "fr" and again.sponsors.submitted_by == "the Bureau"
    assert sponsors_line(again) == "Projet de décision présenté par le Bureau"
    again.front.language = "en"
    assert sponsors_line(again) == "Draft decision submitted by the Bureau"


def test_every_language_names_the_same_officers():
    keys = {code: set(languages.language(code)["officers"]) for code in languages.codes()}
    assert len({frozenset(k) for k in keys.values()}) == 1, keys
