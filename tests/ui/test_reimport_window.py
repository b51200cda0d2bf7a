"""Issue 22, fault 2, through the window: File ▸ Open of a co-sponsor's edited DOCX (a
paragraph changed, one added, one deleted), File ▸ Save As a ``.dres``, File ▸ Open of that
file, and every footnote is still there: in the Footnotes list, in the preview's pages, in
the Checks list (no missing note) and in the DOCX exported from the menu."""

from __future__ import annotations

import io
import zipfile

import pytest
from reimport_cases import NOTES, RES_80_12, cited_note_texts, co_sponsor_edit
from ui_helpers import ScriptedAsker, trigger

from delegate_editor.formats import registry
from delegate_editor.formats.blocks import render
from delegate_editor.formats.text_import import read_text

pytestmark = pytest.mark.gui


def _edited_back(tmp_path):
    """A/RES/80/12 sent as DOCX and returned by a co-sponsor: a paragraph changed, one added
    and one deleted."""
    back = tmp_path / "back.docx"
    back.write_bytes(
        co_sponsor_edit(
            registry.export_bytes(read_text(RES_80_12), "sent.docx"),
            ".docx",
            change=("to supplement their reports", "to complement their reports"),
            add_after="with their annual report",
            delete="fully taking into account specific political",
        )
    )
    return back


def test_an_edited_docx_brought_back_keeps_every_footnote_after_a_save(qtbot, make_window, tmp_path):
    back = _edited_back(tmp_path)
    saved, exported = tmp_path / "back.dres", tmp_path / "again.docx"
    asker = ScriptedAsker(open=[str(back), str(saved)], save=[str(saved), str(exported)])
    w = make_window(asker)

    trigger(w.file_menu, "Open")
    (report,) = asker.kinds("info")
    assert report[1] == "Imported back.docx"
    assert "operative paragraph 1 of the draft as sent was removed" in report[2]
    assert "operative paragraph 3 was added" in report[2]
    trigger(w.file_menu, "Save As")
    assert saved.exists() and not w.isWindowModified()

    trigger(w.file_menu, "Open")  # the saved draft, as the delegate opens it the next day
    assert w.ctl.session.path == saved.resolve()
    draft = w.ctl.draft
    assert cited_note_texts(draft) == NOTES
    w.footnotes_page.refresh()
    assert w.footnotes_page.marks() == [f"{i}  {text}" for i, text in enumerate(NOTES, 1)]

    w.checks_dock.show()
    qtbot.waitUntil(lambda: w.checks.current_generation, timeout=10000)
    assert not [f for f in w.checks.findings if f.rule == "footnote.missing"]

    w.preview_dock.show()
    qtbot.waitUntil(lambda: w.preview.page_count() > 0, timeout=15000)
    shown = render(w.page_renderer.source)
    notes = ["".join(p.text for p in note.pieces) for note in shown.notes]
    assert notes == NOTES and "??" not in notes

    trigger(w.export_menu, "Word")
    package = zipfile.ZipFile(io.BytesIO(exported.read_bytes()))
    words = package.read("word/document.xml").decode() + package.read("word/footnotes.xml").decode()
    assert "??" not in words and all(note in words for note in NOTES)


def test_the_reimport_summary_and_a_refusal_in_the_interface_language(qtbot, qapp, make_window, tmp_path):
    """Issue 20: with the interface in French, the dialog after File ▸ Open of the
    co-sponsor's DOCX and the Import report dock say in French what another program did;
    a file that is no DOCX is refused in French, naming the file."""
    from delegate_editor.ui import i18n

    nbsp = "\u00a0"
    back = _edited_back(tmp_path)
    letter = tmp_path / "lettre.docx"
    letter.write_bytes(b"Chers collegues,\nveuillez trouver ci-joint le projet.\n")
    i18n.install(qapp, "fr")
    try:
        asker = ScriptedAsker()
        w = make_window(asker)
        assert w.open_path(str(back))
        (report,) = asker.kinds("info")
        assert report[2].split("\n") == [
            "des paragraphes ou des notes ont été ajoutés, supprimés ou déplacés dans un autre "
            f"programme{nbsp}: le projet a été lu à partir du texte visible",
            "un autre programme a modifié le paragraphe 1 du dispositif",
            "un autre programme a supprimé le paragraphe 1 du dispositif (numérotation du projet envoyé)",
            "un autre programme a ajouté le paragraphe 3 du dispositif",
        ]
        panel = w.import_report
        listed = [panel.list.item(i).text() for i in range(panel.list.count())]
        assert "un autre programme a ajouté le paragraphe 3 du dispositif" in " ".join(listed)
        assert all("in another program" not in text for text in listed)

        assert not w.open_path(str(letter), ask_save=False)
        (refusal,) = asker.kinds("error")
        assert refusal[2] == f"{letter}{nbsp}: Ce n’est pas un fichier DOCX (ce n’est pas un paquet zip)"
        assert w.ctl.draft.operative_paragraphs()[2].opening == "Encourages"  # the draft stays
    finally:
        i18n.uninstall(qapp)
