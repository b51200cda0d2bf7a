"""The one walk renders a French or Spanish draft with its language's words and labels."""

from __future__ import annotations

from datetime import date

from delegate_editor.formats.blocks import render
from delegate_editor.formats.layout import BlockStyle
from delegate_editor.formats.page_paras import masthead_rows
from delegate_editor.model.document import (
    Adoption,
    Annex,
    AnnexParagraph,
    DocumentKind,
    Draft,
    Operative,
    Preambular,
    SubParagraph,
)
from delegate_editor.model.text import rich

NBSP = "\u00a0"


def draft(language: str) -> Draft:
    """The start of S/RES/1982 (2011) as a Third Committee draft (the wording is French;
    each test sets the language it checks)."""
    d = Draft()
    d.front.language = language
    d.front.body = "Third Committee"
    d.front.session = "Eightieth session"
    d.front.agenda.number = "67"
    d.front.symbol = "A/C.3/80/L.12"
    d.front.date = date(2025, 10, 1)
    d.sponsors.names = ["Spain", "France", "Ethiopia", "Italy"]
    d.title = rich("Rapport du Groupe d’experts")
    d.preamble = [Preambular("Rappelant", rich("ses résolutions antérieures concernant le Soudan,"))]
    d.operative = [
        Operative(
            "Prie",
            rich("le Groupe d’experts :"),
            [
                SubParagraph(rich("de faire rapport ;"), [SubParagraph(rich("au Comité ;"))]),
                SubParagraph(rich("de coordonner.")),
            ],
        ),
        Operative("Décide", rich("de rester activement saisi de la question.")),
    ]
    d.annexes = [Annex(rich("Liste"), [AnnexParagraph(rich("Texte."))])]
    return d


def lines(rendered) -> dict[BlockStyle, list[str]]:
    out: dict[BlockStyle, list[str]] = {}
    for b in rendered.blocks:
        out.setdefault(b.style, []).append("".join(p.text for p in b.pieces))
    return out


def test_french_draft():
    r = render(draft("fr"))
    m = r.masthead
    assert (m.organization, m.organ, m.distribution, m.date, m.version, m.original) == (
        "Nations Unies",
        "Assemblée générale",
        "Distr. limitée",
        "1er octobre 2025",
        "Français",
        f"Original{NBSP}: anglais",
    )
    text = lines(r)
    assert text[BlockStyle.BODY] == ["Troisième Commission"]
    assert text[BlockStyle.SESSION] == ["Quatre-vingtième session"]
    assert text[BlockStyle.AGENDA] == ["Point 67 de l’ordre du jour"]
    assert text[BlockStyle.SPONSORS] == [f"Espagne, Éthiopie, France et Italie{NBSP}: projet de résolution"]
    assert text[BlockStyle.AUTHORING] == ["L’Assemblée générale,"]
    assert text[BlockStyle.ANNEX_LABEL] == ["Annexe"]
    labels = [b.label for b in r.blocks if b.label]
    assert labels == ["1.", "a)", "i)", "b)", "2."]
    assert r.layout.language == "fr-FR"
    # the version line takes the masthead's empty line under the date
    distribution = [cell for row in masthead_rows(r) for cell in row.cells if len(cell.lines) == 4][0]
    assert [t for _, t in distribution.lines] == [
        "Distr. limitée",
        "1er octobre 2025",
        "Français",
        f"Original{NBSP}: anglais",
    ]
    # opening phrases stay in italics
    pre = next(b for b in r.blocks if b.style is BlockStyle.PREAMBLE)
    assert pre.pieces[0].text == "Rappelant" and pre.pieces[0].italic


def test_spanish_draft():
    d = draft("es")
    d.front.distribution = d.front.distribution.GENERAL
    r = render(d)
    m = r.masthead
    assert (m.organization, m.distribution, m.date, m.version, m.original) == (
        "Naciones Unidas",
        "Distr. general",
        "1 de octubre de 2025",
        "Español",
        "Original: inglés",
    )
    text = lines(r)
    assert text[BlockStyle.BODY] == ["Tercera Comisión"]
    assert text[BlockStyle.SESSION] == ["Octogésimo período de sesiones"]
    assert text[BlockStyle.AGENDA] == ["Tema 67 del programa"]
    assert text[BlockStyle.SPONSORS] == ["España, Etiopía, Francia e Italia: proyecto de resolución"]
    assert text[BlockStyle.AUTHORING] == ["La Asamblea General,"]
    assert [b.label for b in r.blocks if b.label] == ["1.", "a)", "i)", "b)", "2."]


def test_security_council_adopted_text_in_french():
    """The heading lines of S/RES/2374 (2017) in French."""
    d = Draft(kind=DocumentKind.ADOPTED, authoring="The Security Council")
    d.front.language = "fr"
    d.front.organ = "Security Council"
    d.adoption = Adoption(number="2374 (2017)", date=date(2017, 9, 5), meeting="8040th meeting")
    d.preamble = [Preambular("Rappelant", rich("ses résolutions antérieures,"))]
    text = lines(render(d))
    assert text[BlockStyle.MEETING] == [
        "Adoptée par le Conseil de sécurité à sa 8040e séance, le 5 septembre 2017"
    ]
    assert text[BlockStyle.AUTHORING] == ["Le Conseil de sécurité,"]


def test_english_layout_is_untouched():
    d = draft("en")
    r = render(d)
    assert [b.label for b in r.blocks if b.label] == ["1.", "(a)", "(i)", "(b)", "2."]
    assert r.masthead.version == "" and r.masthead.distribution == "Distr.: Limited"
