"""Issue 20: the Checks dock names a finding's severity in its tooltips in the interface's
language; the model and ``check --json`` keep the English code."""

from __future__ import annotations

import pytest

from delegate_editor.ui import i18n
from delegate_editor.ui.checks_panel import severity_word
from tests.example_copy import example_copy

pytestmark = pytest.mark.gui
NBSP = "\u00a0"
WORDS = {
    "en": ("error", "warning", "info"),
    "fr": ("erreur", "avertissement", "information"),
    "es": ("error", "advertencia", "información"),
}


def _tooltips(qtbot, make_window, asker) -> tuple[list[str], list]:
    w = make_window(asker)
    assert w.open_path(example_copy())
    w.checks_dock.show()
    panel = w.checks
    qtbot.waitUntil(lambda: panel.list.count() == 2, timeout=3000)
    return [panel.list.item(i).toolTip() for i in range(panel.list.count())], panel.findings


@pytest.mark.parametrize("code", ("fr", "es"))
def test_the_severity_in_the_checks_tooltips_follows_the_interface(qtbot, qapp, make_window, asker, code):
    i18n.install(qapp, code)
    try:
        assert tuple(severity_word(s) for s in ("error", "warning", "info")) == WORDS[code]
        colon = {"fr": f"{NBSP}: ", "es": ": "}[code]  # the paragraph list's tooltip line
        assert i18n.translate("ChecksPanel", "{severity}: {message}") == f"{{severity}}{colon}{{message}}"
        tips, findings = _tooltips(qtbot, make_window, asker)
        assert {f.severity for f in findings} == {"info"}  # the model keeps the code
        word = WORDS[code][2]
        assert [t.split(" · ")[:2] for t in tips] == [[word, f.rule] for f in findings]
    finally:
        i18n.uninstall(qapp)


def test_english_tooltips_are_unchanged(qtbot, make_window, asker):
    tips, findings = _tooltips(qtbot, make_window, asker)
    assert [t.split(" · ")[:2] for t in tips] == [["info", f.rule] for f in findings]
    assert severity_word("info") == "info" and severity_word("unknown") == "unknown"
