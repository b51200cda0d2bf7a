"""The checker in the draft's language: openings, adverbs, quotation marks, labels cited in
the text, and no English rule on French or Spanish words."""

from __future__ import annotations

from delegate_editor.conventions import phrases
from delegate_editor.conventions.checks import check
from delegate_editor.model.document import Draft, Operative, Preambular
from delegate_editor.model.text import rich

NBSP = "\u00a0"


def draft(language: str, preamble: list[tuple[str, str]], operative: list[tuple[str, str]]) -> Draft:
    d = Draft(authoring="The Security Council")
    d.front.organ = "Security Council"
    d.front.language = language
    d.preamble = [Preambular(o, rich(t)) for o, t in preamble]
    d.operative = [Operative(o, rich(t)) for o, t in operative]
    return d


def rules(d: Draft) -> list[str]:
    return [f.rule for f in check(d)]


# S/RES/1982 (2011) and S/RES/1258 (1999) in French
FRENCH_PREAMBLE = [
    (
        "Rappelant",
        "ses résolutions antérieures concernant le Soudan, ainsi que les déclarations de son Président,",
    ),
    (
        "Rappelant également",
        "le rapport intermédiaire, en date du 30 mars 2011, du Groupe d’experts nommés par le Secrétaire "
        "général comme suite à l’alinéa b) du paragraphe 3 de la résolution 1591 (2005),",
    ),
    ("Agissant en vertu du Chapitre VII de la Charte des Nations Unies", ","),
]
FRENCH_OPERATIVE = [
    ("Prie", "le Secrétaire général d’accélérer l’élaboration d’un concept d’opération ;"),
    ("Prie également", "le Secrétaire général de le tenir régulièrement informé ;"),
    ("Décide", "de demeurer activement saisi de la question."),
]


def test_a_french_text_raises_nothing_the_un_would_not_correct():
    d = draft("fr", FRENCH_PREAMBLE, FRENCH_OPERATIVE)
    found = rules(d)
    assert "opening.unknown" not in found
    assert "opening.repeat" not in found  # "Prie" then "Prie également"
    assert "brackets" not in found  # "l’alinéa b)"
    assert not [r for r in found if r.startswith("term.")]
    # the closing line in French ("rester" or "demeurer": the hint names the usual one)
    assert [f.message for f in check(d) if f.rule == "sc.seized"] == [
        "Security Council texts usually end 'Décide de rester saisi de la question.'"
    ]


def test_organisation_is_french():
    d = draft(
        "fr",
        [("Rappelant", "la Charte de l’Organisation des Nations Unies,")],
        [("Décide", "de rester saisi de la question.")],
    )
    assert not [r for r in rules(d) if r.startswith("term.")]
    english = draft(
        "en",
        [("Recalling", "the Organisation of the United Nations,")],
        [("Decides", "to remain seized of the matter.")],
    )
    assert "term.organization" in rules(english)


def test_a_repeated_french_opening_takes_egalement():
    d = draft(
        "fr", [("Rappelant", "x,"), ("Rappelant", "y,")], [("Décide", "de rester saisi de la question.")]
    )
    repeat = [f for f in check(d) if f.rule == "opening.repeat"]
    assert repeat and repeat[0].fix.edits[0].value == "Rappelant également"


def test_spanish_adverb_before_the_verb_is_misplaced():
    d = draft(
        "es", [("Recordando", "x,")], [("Solicita", "a;"), ("También solicita", "b;"), ("Decide", "c.")]
    )
    d.front.organ, d.authoring = "General Assembly", "The General Assembly"  # the Council writes both
    order = [f for f in check(d) if f.rule == "opening.adverb-order"]
    assert [(f.message, f.fix.edits[0].value) for f in order] == [
        ("UN usage puts the adverb after the phrase: 'Solicita también'", "Solicita también")
    ]
    assert phrases.parse_opening("También solicita", "operative", "es").misplaced


def test_quotation_marks_in_the_languages_style():
    d = draft(
        "fr",
        [("Rappelant", "sa résolution intitulée “Transformer notre monde”,")],
        [("Décide", "de rester saisi de la question.")],
    )
    style = [f for f in check(d) if f.rule == "quotes.style"]
    assert style and style[0].fix.edits[0].value[0].text.endswith(f"«{NBSP}Transformer notre monde{NBSP}»,")
    unbalanced = draft(
        "fr",
        [("Rappelant", f"sa résolution «{NBSP}Transformer notre monde,")],
        [("Décide", "de rester saisi de la question.")],
    )
    assert "quotes" in rules(unbalanced)
    spanish = draft(
        "es",
        [("Recordando", "su resolución titulada “Transformar nuestro mundo”,")],
        [("Decide", "seguir ocupándose de la cuestión.")],
    )
    assert "quotes.style" not in rules(spanish)


def test_spanish_security_council_closing_line():
    d = draft(
        "es",
        [("Recordando", "sus resoluciones anteriores,")],
        [("Decide", "seguir ocupándose de la cuestión.")],
    )
    assert "sc.seized" not in rules(d)


def test_a_french_sub_paragraph_may_end_et():
    from delegate_editor.model.document import SubParagraph

    d = draft("fr", [("Rappelant", "x,")], [("Décide", "de rester saisi de la question.")])
    d.operative.insert(
        0,
        Operative(
            "Prie",
            rich("le Secrétaire général :"),
            [SubParagraph(rich("de faire ; et")), SubParagraph(rich("de dire ;"))],
        ),
    )
    assert "sub.end" not in rules(d)


def test_findings_name_french_sub_paragraphs_as_printed():
    from delegate_editor.model.document import SubParagraph

    d = draft("fr", [("Rappelant", "x,")], [("Décide", "de rester saisi de la question.")])
    d.operative.insert(
        0,
        Operative(
            "Prie",
            rich("le Secrétaire général :"),
            [SubParagraph(rich("de faire ;")), SubParagraph(rich("de dire,"))],
        ),
    )
    where = [f.message for f in check(d) if f.rule == "sub.end"]
    assert where == ["sub-paragraph b): ends with ',' - sub-paragraphs end with ';'"]


def test_dates_as_each_language_writes_them():
    # S/RES/1589 (2005) as the Spanish copy quotes it: "de 26 de marzo 2004"
    es = draft("es", [("Recordando", "su resolución 1536 (2004), de 26 de marzo 2004,")], [("Decide", "x.")])
    found = [f for f in check(es) if f.rule == "date.format"]
    assert [f.fix.label for f in found] == ["Write '26 de marzo de 2004'"]
    fr = draft("fr", [("Rappelant", "sa résolution du 1 avril 2013,")], [("Décide", "x.")])
    assert [f.fix.label for f in check(fr) if f.rule == "date.format"] == ["Write '1er avril 2013'"]
    good = draft(
        "fr", [("Rappelant", "sa résolution du 1er avril 2013 et du 2 avril 2013,")], [("Décide", "x.")]
    )
    assert "date.format" not in rules(good)
