"""The docks tabbed on the right of the window (ui/docks.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabBar

from tests.example_copy import example_copy

pytestmark = pytest.mark.gui


def dock_tab_bars(window) -> list[QTabBar]:
    return [
        bar
        for bar in window.findChildren(QTabBar)
        if bar.parent() is window and bar.isVisible() and bar.count() > 1
    ]


def test_dock_tab_titles_stay_whole_on_a_1280_pixel_screen(make_window, qtbot):
    """Five or more docks share the right side: each tab shows its whole title (the bar
    scrolls) instead of "Phra…" and "Chec…", and the window stays within the screen."""
    w = make_window()
    w.resize(1280, 760)
    assert w.open_path(example_copy())
    qtbot.waitUntil(lambda: bool(dock_tab_bars(w)))
    bars = dock_tab_bars(w)
    titles = {bar.tabText(i).split(" (")[0] for bar in bars for i in range(bar.count())}
    assert {"Phrases", "Preview", "Checks", "History", "Comments"} <= titles  # "Preview (updating…)"
    for bar in bars:
        assert bar.elideMode().name == "ElideNone" and bar.usesScrollButtons()
        for i in range(bar.count()):
            text = bar.tabText(i)
            assert bar.tabRect(i).width() > bar.fontMetrics().horizontalAdvance(text), text
    assert w.width() <= 1280
