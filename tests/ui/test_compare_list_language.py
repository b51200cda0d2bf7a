"""Issue 20: the compare view's list of changes in the interface's language."""

from __future__ import annotations

import pytest
from test_versions_compare import edited, listed, open_compare  # noqa: F401 (the fixture)

from delegate_editor.formats.change_list import change_list
from delegate_editor.formats.compare import compare
from delegate_editor.ui import i18n

pytestmark = pytest.mark.gui
NBSP = "\u00a0"


def test_the_list_of_changes_in_french(qtbot, qapp, edited):  # noqa: F811 (the fixture)
    w = edited
    i18n.install(qapp, "fr")
    try:
        dialog = open_compare(qtbot, w)
        shown = listed(dialog)
        english = change_list(compare(w.ctl.draft.base, w.ctl.draft))
        assert len(shown) == len(english)
        assert f"Le paragraphe 2 du dispositif{NBSP}: ajout" in shown
        assert any(line.endswith(f"du texte antérieur{NBSP}: suppression") for line in shown)
        assert any(line.startswith("La note") and line.endswith(f"{NBSP}: ajout") for line in shown)
        assert not any("added" in line or "removed" in line or "words changed" in line for line in shown)
    finally:
        i18n.uninstall(qapp)
