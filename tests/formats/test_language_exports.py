"""A French and a Spanish draft on the page: DOCX and ODT rendered by LibreOffice, and the
typst PDF, show the language's words and labels (the writers read them from the one walk).

The drafts are the real texts of tests/data/languages read by the importer; the front matter
is set as a delegate sets it in the form, and one operative paragraph is given two
sub-paragraphs cut from the same real text, to show the "a)" labels.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from office import pdftotext, soffice_convert

from delegate_editor.app.export import export_draft
from delegate_editor.formats.registry import read_any
from delegate_editor.model.document import Distribution, DocumentKind, Operative, SubParagraph
from delegate_editor.model.text import rich

DATA = Path(__file__).parent.parent / "data" / "languages"


def french_draft():
    d = read_any(DATA / "fr-S-RES-1982-2011.txt").draft
    d.kind = DocumentKind.DRAFT
    d.front.organ = "General Assembly"
    d.authoring = "The General Assembly"
    d.front.body = "Third Committee"
    d.front.session = "Eightieth session"
    d.front.agenda.number = "67"
    d.front.symbol = "A/C.3/80/L.99"
    d.front.date = date(2025, 10, 1)
    d.front.original = "English"
    d.front.distribution = Distribution.LIMITED  # the text has no masthead: set in the form
    d.title = rich("Le Soudan")
    d.sponsors.names = ["Spain", "France", "Ethiopia"]
    d.operative.append(
        Operative(
            "Rappelle",
            rich("ses résolutions antérieures :"),
            [
                SubParagraph(rich("concernant le Soudan ;")),
                SubParagraph(rich("y compris la résolution 1945 (2010).")),
            ],
        )
    )
    return d


def spanish_draft():
    d = read_any(DATA / "es-A-RES-ES-10-24.txt").draft
    d.front.body = "Sixth Committee"
    d.front.session = "Eightieth session"
    d.front.agenda.number = "80"
    d.front.symbol = "A/C.6/80/L.99"
    d.front.date = date(2025, 10, 2)
    d.front.original = "English"
    d.front.distribution = Distribution.LIMITED
    d.title = rich("La Carta de las Naciones Unidas")
    d.sponsors.names = ["Italy", "France", "Chile"]
    d.operative = [
        Operative(
            "Destaca",
            rich("la obligación de todos los Estados Miembros:"),
            [
                SubParagraph(rich("de cumplir de buena fe las obligaciones contraídas;")),
                SubParagraph(rich("de aceptar y cumplir las decisiones del Consejo de Seguridad.")),
            ],
        )
    ]
    return d


def page_text(pdf: Path) -> str:
    return " ".join(pdftotext(pdf).replace("\u00a0", " ").replace("\u202f", " ").split())


FRENCH = [
    "Nations Unies",
    "Assemblée générale",
    "Distr. limitée",
    "1er octobre 2025",
    "Français",
    "Original : anglais",
    "Quatre-vingtième session",
    "Troisième Commission",
    "Point 67 de l’ordre du jour",
    "Espagne, Éthiopie et France : projet de résolution",
    "L’Assemblée générale,",
    "Rappelant ses résolutions antérieures",
    "a) concernant le Soudan ;",
    "b) y compris la résolution 1945 (2010).",
]
SPANISH = [
    "Naciones Unidas",
    "Asamblea General",
    "Distr. limitada",
    "2 de octubre de 2025",
    "Español",
    "Original: inglés",
    "Octogésimo período de sesiones",
    "Sexta Comisión",
    "Tema 80 del programa",
    "Chile, Francia e Italia: proyecto de resolución",
    "La Asamblea General,",
    "Recordando también todas las resoluciones",
    "a) de cumplir de buena fe",
    "b) de aceptar y cumplir",
]


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_french_draft_through_libreoffice(tmp_path, fmt):
    source = tmp_path / f"fr.{fmt}"
    export_draft(french_draft(), source)
    text = page_text(soffice_convert(source, "pdf", tmp_path / "pdf"))
    for words in FRENCH:
        assert words in text, words
    assert "(a)" not in text and "Distr.:" not in text


def test_spanish_draft_through_libreoffice(tmp_path):
    source = tmp_path / "es.docx"
    export_draft(spanish_draft(), source)
    text = page_text(soffice_convert(source, "pdf", tmp_path / "pdf"))
    for words in SPANISH:
        assert words in text, words


@pytest.mark.parametrize(("make", "expected"), [(french_draft, FRENCH), (spanish_draft, SPANISH)])
def test_typeset_pdf(tmp_path, make, expected):
    pdf = tmp_path / "draft.pdf"
    export_draft(make(), pdf)
    text = page_text(pdf)
    for words in expected:
        assert words in text, words


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_french_typography_and_language_tag_in_the_file(tmp_path, fmt):
    """The non-breaking space before the colon is written as such (not a space a line may
    break at), and the document says it is French (Word's and LibreOffice's spelling)."""
    import zipfile

    path = tmp_path / f"fr.{fmt}"
    export_draft(french_draft(), path)
    with zipfile.ZipFile(path) as z:
        xml = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
    assert "Original\u00a0: anglais" in xml and "Original : anglais" not in xml
    assert (
        ('w:val="fr-FR"' in xml)
        if fmt == "docx"
        else ('fo:language="fr"' in xml and 'fo:country="FR"' in xml)
    )


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_a_french_export_edited_elsewhere_comes_back_french(tmp_path, fmt):
    """A co-sponsor edits a word of our French DOCX or ODT in another program: the draft
    comes back in French, each opening still its own ("Rappelant", "Prie")."""
    import io
    import zipfile

    sent = french_draft()
    path = tmp_path / f"fr.{fmt}"
    export_draft(sent, path)
    part = "word/document.xml" if fmt == "docx" else "content.xml"
    out = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == part:
                data = data.replace(
                    b"concernant le Soudan, ainsi",
                    b"concernant le Soudan et le Darfour, ainsi",
                )
            dst.writestr(item, data)
    back = tmp_path / f"back.{fmt}"
    back.write_bytes(out.getvalue())
    result = read_any(back)
    d = result.draft
    assert d.front.language == "fr"
    assert "preambular paragraph 1 was changed in another program" in result.messages
    assert [p.opening for p in d.preamble] == [p.opening for p in sent.preamble]
    assert [p.opening for p in d.operative_paragraphs()] == ["Réaffirme", "Rappelle"]
    assert "le Soudan et le Darfour" in "".join(r.text for r in d.preamble[0].text)
