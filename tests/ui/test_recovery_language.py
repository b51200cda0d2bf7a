"""Issue 20 through the window: the restore prompt after a crash names an untitled draft and
the time of its last autosave in the interface language, while the recovery metadata keeps
no word of any language (the next start may be in another one)."""

from __future__ import annotations

import json
import time

import pytest
from ui_helpers import ScriptedAsker

from delegate_editor.model.document import Draft
from delegate_editor.storage import dres, paths, recovery
from delegate_editor.ui import i18n
from delegate_editor.ui.session import DocumentSession

pytestmark = pytest.mark.gui


def test_the_restore_prompt_is_in_french(qapp, make_window):
    slot = recovery.new_slot(None)
    recovery.write(slot, dres.dumps(Draft()), "", DocumentSession().title)
    meta = paths.recovery_dir() / f"{slot}.json"
    data = json.loads(meta.read_text())
    data["saved_at"] = time.mktime((2026, 12, 1, 9, 5, 7, 0, 0, -1))
    meta.write_text(json.dumps(data))
    i18n.install(qapp, "fr")
    try:
        asker = ScriptedAsker()  # the last button: Later
        window = make_window(asker)
        assert window.offer_recovery() == 0
        (_, title, text) = asker.kinds("question")[0]
        assert "Projet sans titre (un nouveau projet jamais enregistré), dernier enregistrement " in text
        assert "automatique le 1er décembre 2026 à 09:05:07" in text
        assert DocumentSession().file_name == "Sans titre"  # the window's name for it
    finally:
        i18n.uninstall(qapp)
    assert json.loads(meta.read_text())["title"] == ""  # kept for later, in no language
    assert DocumentSession().file_name == "Untitled"
