"""Issue 20 through the window: with the interface in French, a draft written by a newer
Delegate Editor is refused, and a save the disk cannot take is reported, in French, the
file named and the draft left open."""

from __future__ import annotations

import json

import pytest
from ui_helpers import ScriptedAsker

from delegate_editor.resources import resource
from delegate_editor.storage import dres
from delegate_editor.ui import i18n
from tests.example_copy import example_copy

pytestmark = pytest.mark.gui
NBSP = "\u00a0"


def test_the_app_refuses_and_reports_in_french(qtbot, qapp, make_window, tmp_path):
    newer = tmp_path / "projet.dres"
    data = json.loads(resource("examples", "cybercrime.dres").read_text("utf-8"))
    data["format_version"] = dres.FORMAT_VERSION + 1
    newer.write_text(json.dumps(data), "utf-8")
    nowhere = tmp_path / "absent" / "copie.dres"
    i18n.install(qapp, "fr")
    try:
        asker = ScriptedAsker(open=[str(newer)], save=[str(nowhere)])
        w = make_window(asker)
        assert not w.open_path(newer)
        (refused,) = asker.kinds("error")
        assert refused[1] == "Impossible d’ouvrir le fichier"
        assert refused[2] == (
            f"{newer}{NBSP}: Enregistré par une version plus récente de Delegate Editor (format de fichier "
            f"{dres.FORMAT_VERSION + 1}{NBSP}; cette version lit jusqu’au format {dres.FORMAT_VERSION}){NBSP}; "
            "veuillez mettre l’application à jour"
        )
        assert w.open_path(example_copy())
        assert not w.save_as()
        _, title, text = asker.kinds("error")[1]
        assert title == "Le projet n’a pas été enregistré"
        assert text.startswith(f"{nowhere}{NBSP}: Le dossier {nowhere.parent} n’existe pas\n\n")
        assert not nowhere.exists() and w.ctl.draft.title
    finally:
        i18n.uninstall(qapp)


def test_an_export_the_disk_refuses_is_reported_in_spanish(qtbot, qapp, make_window, tmp_path):
    nowhere = tmp_path / "absent" / "proyecto.docx"
    i18n.install(qapp, "es")
    try:
        asker = ScriptedAsker(save=[str(nowhere)])
        w = make_window(asker)
        assert w.open_path(example_copy())
        assert not w.export(".docx")
        (refused,) = asker.kinds("error")
        assert refused[2] == f"{nowhere}: La carpeta {nowhere.parent} no existe"
        assert not nowhere.parent.exists()
    finally:
        i18n.uninstall(qapp)


def test_the_new_draft_dialog_lists_the_templates_in_french(qtbot, qapp, make_window):
    """Issue 20: File ▸ New names the organs and bodies in the interface language, as
    ``new --list`` does in the locale's; the chosen label still starts its template."""
    i18n.install(qapp, "fr")
    try:
        asker = ScriptedAsker(**{"Nouveau projet": "Conseil de sécurité"})
        w = make_window(asker)
        w.ctl.draft.title = ""  # nothing to save first
        assert w.new_draft()
        assert asker.kinds("choose") == [("choose", "Nouveau projet", "Partir du modèle pour\u00a0:")]
        assert w.ctl.draft.front.organ == "Security Council"
    finally:
        i18n.uninstall(qapp)
