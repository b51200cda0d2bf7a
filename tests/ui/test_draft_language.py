"""Choosing the draft's language in the front matter, as a user does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_helpers import trigger

from delegate_editor.model.document import Operative, SubParagraph
from delegate_editor.model.text import rich


def test_choosing_french_changes_the_labels_and_the_palette_and_undoes(qtbot, make_window):
    w = make_window()
    w.ctl.draft.operative = [
        Operative("Prie", rich("le Secrétaire général :"), [SubParagraph(rich("de faire."))])
    ]
    w.ctl.apply_part("operative", w.ctl.draft.operative, None)
    sub = w.ctl.draft.operative[0].subs[0]
    assert w.ctl.labels()[sub.id].endswith("(a)")

    trigger(w.view_menu, "Front matter")
    combo = w.front_page.fields["front.language"]
    assert [combo.itemData(i) for i in range(combo.count())] == ["en", "fr", "es"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # English -> French
    assert w.ctl.draft.front.language == "fr"
    assert w.ctl.labels()[sub.id].endswith("a)") and "(" not in w.ctl.labels()[sub.id]
    assert w.palette.language == "fr"
    w.palette.which.setCurrentIndex(w.palette.which.findData("operative"))  # "Operative verbs"
    shown = {item.text(0) for item in w.palette.phrase_items()}
    assert "Prie" in shown and "Requests" not in shown
    prie = next(item for item in w.palette.phrase_items() if item.text(0) == "Prie")
    assert (prie.text(1), prie.text(2)) == ("Prie également", "Prie en outre")
    assert not w.palette.add_button.isEnabled()  # the user's own list is English
    completions = w.operative_page.completer_model.stringList()
    assert "Prie" in completions and "Requests" not in completions

    w.ctl.stack.undo()
    assert w.ctl.draft.front.language == "en"
    assert w.palette.language == "en" and combo.currentData() == "en"


def test_a_spanish_text_opened_filled_in_and_exported_through_the_menus(qtbot, make_window, tmp_path):
    """A real Spanish text (A/RES/ES-10/24, tests/data/languages) opened as a delegate opens
    it, its front matter typed in the form, exported through File ▸ Export ▸ Word and
    rendered by LibreOffice: the Spanish masthead and lines are on the page."""
    from pathlib import Path

    from office import pdftotext, soffice_convert
    from ui_helpers import ScriptedAsker

    source = Path(__file__).parent.parent / "data" / "languages" / "es-A-RES-ES-10-24.txt"
    out = tmp_path / "borrador.docx"
    w = make_window(ScriptedAsker(save=[str(out)]))
    assert w.open_path(str(source))
    assert w.ctl.draft.front.language == "es"
    trigger(w.view_menu, "Front matter")
    for path, text in (
        ("front.symbol", "A/C.6/80/L.99"),
        ("front.body", "Sixth Committee"),
        ("front.session", "Eightieth session"),
        ("front.agenda.number", "80"),
        ("front.original", "English"),
    ):
        field = w.front_page.fields[path]
        field.setFocus()
        qtbot.keyClicks(field, text)
    assert w.ctl.draft.front.body == "Sixth Committee"
    dist = w.front_page.fields["front.distribution"]  # the text had no masthead: choose it
    dist.setFocus()
    qtbot.keyClicks(dist, "Limited")
    assert w.ctl.draft.front.distribution.value == "Limited"
    trigger(w.export_menu, "Word document")
    assert out.exists()
    text = " ".join(pdftotext(soffice_convert(out, "pdf", tmp_path / "pdf")).replace("\u00a0", " ").split())
    for words in (
        "Naciones Unidas",
        "Asamblea General",
        "Distr. limitada",
        "Español",
        "Original: inglés",
        "Octogésimo período de sesiones",
        "Sexta Comisión",
        "Tema 80 del programa",
        "La Asamblea General,",
        "Recordando también todas las resoluciones pertinentes del Consejo de Seguridad",
    ):
        assert words in text, words
