"""The About dialog: version, and the licence of every library the app ships with."""

from __future__ import annotations

import re
from importlib import metadata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QTextBrowser, QWidget

from delegate_editor import __version__
from delegate_editor.ui.about import COMPONENTS, AboutDialog, app_icon, show_about

pytestmark = pytest.mark.gui

# What the brief and the licences themselves say each one is under
REQUIRED = {
    "Qt": "LGPL-3.0",
    "PySide6": "LGPL-3.0",
    "python-docx": "MIT",
    "odfpy": "Apache-2.0 OR LGPL-2.1-or-later OR GPL-2.0-or-later",
    "platformdirs": "MIT",
    "typst": "Apache-2.0",
    "Liberation": "OFL-1.1",
    "lxml": "BSD-3-Clause",
}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _runtime_dists() -> set[str]:
    """The app's dependencies and theirs, as installed (extras and markers that do not
    apply here left out)."""
    seen: set[str] = set()
    todo = [_norm(r.split(";")[0].split("[")[0].split(">")[0].split("=")[0].strip()) for r in _declared()]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        for req in requires:
            if "extra ==" in req:
                continue
            marker_ok = True
            if ";" in req:
                from packaging.markers import Marker

                marker_ok = Marker(req.split(";", 1)[1]).evaluate()
            if marker_ok:
                todo.append(_norm(re.split(r"[\s<>=!~;\[(]", req, maxsplit=1)[0]))
    return seen


def _declared() -> list[str]:
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]


def _component_text(dialog: AboutDialog) -> str:
    return dialog.findChild(QTextBrowser, "aboutComponents").toPlainText()


def test_show_about_opens_a_window_modal_dialog_with_the_version(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = show_about(parent)
    assert isinstance(dialog, AboutDialog)
    assert dialog.isVisible()
    assert dialog.parent() is parent
    assert dialog.windowModality() != Qt.WindowModality.NonModal
    heading = dialog.findChild(QLabel, "aboutHeading").text()
    assert f"Delegate Editor {__version__}" in heading
    assert "GPL-3.0-or-later" in heading
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_required_licences_are_named(qtbot):
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    text = _component_text(dialog)
    for name, licence in REQUIRED.items():
        line = next((ln for ln in text.splitlines() if ln.startswith(name)), None)
        assert line is not None, f"{name} is missing from the About dialog"
        assert licence in line, f"{name}: {line!r} does not name {licence}"
    # each component has a short explanation, not only a licence name
    for component in COMPONENTS:
        assert len(component.summary) > 30 and component.summary in text
        assert component.url.startswith("https://")


def test_every_installed_runtime_dependency_is_listed():
    listed = {_norm(c.dist) for c in COMPONENTS if c.dist}
    missing = sorted(_runtime_dists() - listed)
    assert not missing, f"add these to delegate_editor/ui/about.py COMPONENTS: {missing}"


def test_versions_are_the_installed_ones(qtbot):
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    text = _component_text(dialog)
    for component in COMPONENTS:
        if component.dist:
            assert f"{component.name} {metadata.version(component.dist)}" in text


def test_copy_version_information_for_a_bug_report(qtbot):
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.splitlines()[0] == f"Delegate Editor {__version__}"
    assert f"python-docx {metadata.version('python-docx')}" in copied
    assert "Qt 6." in copied


def test_app_icon_offers_the_desktop_sizes():
    icon = app_icon()
    assert not icon.isNull()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256), (512, 512)} <= sizes


def test_help_about_from_the_menu_shows_the_dialog(qtbot, make_window):
    from ui_helpers import trigger

    from delegate_editor.ui.about import AboutDialog

    window = make_window()
    trigger(window.help_menu, "About")
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_finder_file_open_event_opens_the_draft(qtbot, make_window, tmp_path):
    """macOS sends a double-clicked draft as a FileOpen event rather than on argv."""
    import shutil

    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from delegate_editor.resources import resource
    from delegate_editor.ui.app import _FileOpenFilter

    path = tmp_path / "opened.dres"
    shutil.copy(resource("examples", "cybercrime.dres"), path)
    window = make_window()
    event_filter = _FileOpenFilter(window)
    QApplication.instance().installEventFilter(event_filter)
    try:
        QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(path)))
        assert window.windowTitle().startswith("opened.dres")
    finally:
        QApplication.instance().removeEventFilter(event_filter)
