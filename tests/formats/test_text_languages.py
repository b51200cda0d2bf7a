"""Reading real French and Spanish UN texts (tests/data/languages, SOURCES.md there)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from delegate_editor.conventions.checks import check
from delegate_editor.formats.registry import read_any
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import read_text
from delegate_editor.formats.text_language import detect, to_model_terms
from delegate_editor.model.document import DocumentKind
from delegate_editor.model.serialize import from_dict, to_dict
from delegate_editor.model.text import plain_text

DATA = Path(__file__).parent.parent / "data" / "languages"
TEXTS = sorted(DATA.glob("*.txt"))
WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return WORD.findall(text)


def body_words(draft) -> list[str]:
    out: list[str] = []
    for p in draft.preamble:
        out += words(f"{p.opening} {plain_text(p.text)}")
    for p in draft.operative_paragraphs():
        out += words(f"{p.opening} {plain_text(p.text)}")
    return out


def test_the_data_is_real_and_sourced():
    sources = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    assert TEXTS
    for path in TEXTS:
        assert f"`{path.name}`" in sources


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_language_detected(path):
    assert detect(path.read_text(encoding="utf-8")) == path.name[:2]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_every_word_of_the_paragraphs_intact(path):
    """Accented letters never split a word ("Réaffirmant", "Considérant"), and every word of
    the paragraphs after the organ line is in the draft, in order."""
    text = path.read_text(encoding="utf-8")
    organ = re.search(r"^(?:Le|La|El) [^\n]+,$", text, re.M)
    assert organ is not None
    expected = words(re.sub(r"(?m)^\d{1,3}\.\s", "", text[organ.end() :]))  # not the numbers
    draft = read_any(path).draft
    assert body_words(draft) == expected
    openings = [p.opening for p in draft.preamble] + [p.opening for p in draft.operative_paragraphs()]
    assert all(o and " " not in o[:2] for o in openings), openings


def test_french_security_council_resolution():
    draft = read_any(DATA / "fr-S-RES-1982-2011.txt").draft
    assert draft.front.language == "fr"
    assert draft.front.organ == "Security Council"  # "Le Conseil de sécurité," recognised
    assert draft.authoring == "The Security Council"
    assert [p.opening for p in draft.preamble] == [
        "Rappelant",
        "Rappelant",
        "Considérant",
        "Agissant en vertu du Chapitre VII de la Charte des Nations Unies",
    ]
    assert [p.opening for p in draft.operative_paragraphs()] == ["Réaffirme"]
    # the cited label "alinéa b)" is text, not a bracket left open
    findings = check(draft)
    assert not [f for f in findings if f.rule in ("brackets", "opening.unknown", "organization")]
    # the excerpt stops at paragraph 1, which ends with ";": the one error is that
    assert [f.rule for f in findings if f.severity == "error"] == ["operative.end"]


def test_french_masthead_read_back():
    draft = read_any(DATA / "fr-S-RES-2374-2017.txt").draft
    assert draft.front.language == "fr"
    assert draft.front.symbol == "S/RES/2374 (2017)"
    assert draft.front.date == date(2017, 9, 5)
    assert draft.front.distribution.value == "General"
    assert draft.kind is DocumentKind.ADOPTED
    assert draft.adoption.meeting == "8040th meeting"
    assert [p.opening for p in draft.preamble] == [
        "Réaffirmant son ferme attachement",
        "Conscient",
        "Considérant",
        "Condamnant",
    ]
    assert not [f for f in check(draft) if f.severity == "error"]


@pytest.mark.parametrize("name", ["es-A-RES-ES-10-24.txt", "es-S-RES-1589-2005.txt"])
def test_spanish_texts(name):
    draft = read_any(DATA / name).draft
    assert draft.front.language == "es"
    organ = "General Assembly" if "ES-10" in name else "Security Council"
    assert draft.front.organ == organ and draft.authoring == f"The {organ}"
    findings = check(draft)
    assert not [f for f in findings if f.severity == "error" and f.rule != "title.missing"]
    assert not [f for f in findings if f.rule.startswith("opening.unknown")]


def test_spanish_openings_with_their_adverbs():
    draft = read_any(DATA / "es-A-RES-ES-10-24.txt").draft
    assert [p.opening for p in draft.preamble] == [
        "Guiada por",
        "Recordando",
        "Recordando también",
        "Destacando",
    ]


def test_french_text_round_trip_through_dres_and_text():
    draft = read_any(DATA / "fr-S-RES-1982-2011.txt").draft
    again = from_dict(to_dict(draft))
    assert again.front.language == "fr"
    assert body_words(again) == body_words(draft)
    # the text writer prints the French words; reading them back gives the same draft
    text = write_text(again)
    assert "*Le Conseil de sécurité*," in text and "Conseil de sécurité\n" in text
    back = read_text(text)
    assert back.front.language == "fr" and body_words(back) == body_words(draft)


def test_model_terms_only_touch_the_heading_and_labels():
    text = (
        "Nations Unies\nA/C.3/80/L.12\n\nAssemblée générale\nDistr. limitée\n1er octobre 2025\nFrançais\n"
        "Original\u00a0: anglais\n\nQuatre-vingtième session\nTroisième Commission\nPoint 67 de l’ordre du jour\n\n"
        "Espagne, France et Trinité-et-Tobago\u00a0: projet de résolution\n\nL’Assemblée générale,\n\n"
        "Rappelant la Troisième Commission,\n\n1. Prie le Secrétaire général :\n\na) de faire ;\n"
    )
    english = to_model_terms(text, "fr").splitlines()
    assert english[:8] == [
        "United Nations",
        "A/C.3/80/L.12",
        "",
        "General Assembly",
        "Distr.: Limited",
        "1 October 2025",
        "Original: English",
        "",
    ]
    assert "Spain, France and Trinidad and Tobago: draft resolution" in english
    assert "The General Assembly," in english
    assert "Rappelant la Troisième Commission," in english  # a paragraph is never touched
    assert "(a) de faire ;" in english


def test_a_french_committee_draft_read_back_from_its_text():
    """A French draft's masthead, sponsors and labels as the text writer prints them are
    read back into the same draft (the words of the real S/RES/1982 (2011) as its body)."""
    from datetime import date

    from delegate_editor.model.document import Operative, SubParagraph
    from delegate_editor.model.text import rich

    d = read_any(DATA / "fr-S-RES-1982-2011.txt").draft
    d.kind = DocumentKind.DRAFT
    d.front.organ, d.authoring = "General Assembly", "The General Assembly"
    d.front.body, d.front.session, d.front.agenda.number = "Third Committee", "Eightieth session", "67"
    d.front.symbol, d.front.date, d.front.original = "A/C.3/80/L.99", date(2025, 10, 1), "English"
    d.front.distribution = d.front.distribution.LIMITED  # the excerpt has no masthead
    d.title = rich("Le Soudan")
    d.sponsors.names = ["Ethiopia", "France", "Trinidad and Tobago"]
    d.operative.append(
        Operative(
            "Rappelle",
            rich("ses résolutions :"),
            [SubParagraph(rich("concernant le Soudan ;")), SubParagraph(rich("antérieures."))],
        )
    )
    text = write_text(d)
    assert "Éthiopie, France et Trinité-et-Tobago\u00a0: projet de résolution" in text
    back = read_text(text)
    f = back.front
    assert (back.front.language, f.organ, f.body, f.session, f.agenda.number) == (
        "fr",
        "General Assembly",
        "Third Committee",
        "Eightieth session",
        "67",
    )
    assert (f.symbol, f.date, f.distribution.value, f.original) == (
        "A/C.3/80/L.99",
        date(2025, 10, 1),
        "Limited",
        "English",
    )
    assert back.sponsors.names == ["Ethiopia", "France", "Trinidad and Tobago"]
    assert back.authoring == "The General Assembly"
    assert [plain_text(s.text) for s in back.operative_paragraphs()[-1].subs] == [
        "concernant le Soudan ;",
        "antérieures.",
    ]
    assert body_words(back) == body_words(d)


def test_a_two_column_masthead_as_a_pdf_copy_gives_it():
    """The masthead words the French writer prints, laid out in two columns as pdftotext
    -layout copies a page, are read back item by item."""
    text = (
        "Nations Unies" + " " * 40 + "A/C.3/80/L.99\n"
        "Assemblée générale"
        + " " * 35
        + "Distr. limitée\n"
        + " " * 53
        + "1er octobre 2025\n"
        + " " * 53
        + "Français\n"
        + " " * 53
        + "Original : anglais\n"
        "Quatre-vingtième session\nTroisième Commission\nPoint 67 de l’ordre du jour\n\n"
        "Éthiopie, France et Trinité-et-Tobago : projet de résolution\n\nLe Soudan\n\n"
        "L’Assemblée générale,\n\nRappelant ses résolutions antérieures concernant le Soudan,\n\n"
        "1. Prie le Secrétaire général de faire rapport.\n"
    )
    d = read_text(text)
    f = d.front
    assert (f.language, f.organ, f.symbol, f.distribution.value, f.date) == (
        "fr",
        "General Assembly",
        "A/C.3/80/L.99",
        "Limited",
        date(2025, 10, 1),
    )
    assert (f.original, f.session, f.body, f.agenda.number) == (
        "English",
        "Eightieth session",
        "Third Committee",
        "67",
    )
    assert d.sponsors.names == ["Ethiopia", "France", "Trinidad and Tobago"]
    assert plain_text(d.title) == "Le Soudan" and d.authoring == "The General Assembly"
    assert [p.opening for p in d.preamble] == ["Rappelant"]
    assert [p.opening for p in d.operative_paragraphs()] == ["Prie"]


def test_a_venue_line_is_read_back():
    english = to_model_terms("Vienne, 22-26 avril 2013\nGenève, 1er mars 2025\n", "fr").splitlines()
    assert english == ["Vienna, 22-26 April 2013", "Geneva, 1 March 2025"]
    assert to_model_terms("Viena, 22 a 26 de abril de 2013\n", "es") == "Vienna, 22-26 April 2013\n"


def test_an_adopted_general_assembly_text_in_french_prints_and_reads_back():
    """The heading lines of an adopted text (as A/RES/80/... print them: "[on the report of
    the First Committee (A/80/534, para. 7)]") in French, and read back from the text."""
    from delegate_editor.formats.blocks import render
    from delegate_editor.formats.layout import BlockStyle
    from delegate_editor.model.document import Adoption

    d = read_any(DATA / "fr-S-RES-1982-2011.txt").draft  # its real wording, as an Assembly text
    d.front.organ, d.authoring = "General Assembly", "The General Assembly"
    d.kind = DocumentKind.ADOPTED
    d.front.symbol = "A/RES/80/99"
    d.adoption = Adoption(
        number="80/99",
        date=date(2025, 12, 1),
        meeting="50th plenary meeting",
        reference="[on the report of the First Committee (A/80/534, para. 7)]",
    )
    heading = [b.text for b in render(d).blocks if b.style is BlockStyle.ADOPTED_HEADING]
    assert heading == [
        "Résolution adoptée par l’Assemblée générale le 1er décembre 2025",
        "[sur la base du rapport de la Première Commission (A/80/534, par. 7)]",
    ]
    meeting = [b.text for b in render(d).blocks if b.style is BlockStyle.MEETING]
    assert meeting == ["50e séance plénière", "1er décembre 2025"]
    back = read_text(write_text(d))
    assert back.kind is DocumentKind.ADOPTED and back.front.language == "fr"
    assert back.adoption.reference == d.adoption.reference
    assert back.adoption.date == date(2025, 12, 1)
