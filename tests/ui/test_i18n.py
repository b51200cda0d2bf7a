"""The interface in French and Spanish (issue 20 item 4): the compiled translations, the
language chosen at start-up, the main window and Qt's own buttons in each language, and the
Preferences' choice."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QTextBrowser
from ui_helpers import ScriptedAsker

from delegate_editor.resources import resource
from delegate_editor.storage import settings as settings_store
from delegate_editor.ui import i18n

pytestmark = pytest.mark.gui

LANGUAGES = ("fr", "es")
FILE_MENU = {"fr": "&Fichier", "es": "&Archivo"}
# the menu bar's titles left to right, as a French or Spanish user reads them
MENU_BAR = {
    "fr": ["Fichier", "Édition", "Insertion", "Format", "Affichage", "Révision", "Négociation", "Aide"],
    "es": ["Archivo", "Edición", "Insertar", "Formato", "Ver", "Revisión", "Negociación", "Ayuda"],
}


def ts_messages(code: str) -> list[tuple[str, str, str, str | None]]:
    """(context, source, translation, type) of every message of the .ts source."""
    root = ET.parse(resource("i18n", f"delegate_editor_{code}.ts")).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            out.append((name, message.findtext("source"), translation.text or "", translation.get("type")))
    return out


@pytest.fixture
def translated(qapp):
    """Install a language's translators for one test; English again afterwards."""

    def install(code: str) -> list[QTranslator]:
        return i18n.install(qapp, code)

    yield install
    i18n.uninstall(qapp)


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_qm_loads_and_translates_the_file_menu(qapp, code):
    translator = QTranslator()
    assert translator.load(i18n.qm_path(code))
    assert translator.translate("Menus", "&File") == FILE_MENU[code]
    assert translator.translate("WindowActions", "&Save") == {"fr": "&Enregistrer", "es": "&Guardar"}[code]


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_message_is_left_unfinished(code):
    messages = ts_messages(code)
    assert len(messages) > 300
    unfinished = [
        (c, s) for c, s, t, kind in messages if kind in ("unfinished", "vanished", "obsolete") or not t
    ]
    assert unfinished == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_committed_qm_is_the_ts_compiled(qapp, code):
    """Recompiling gives the same messages: every .ts translation is what the .qm answers
    (otherwise run ``make translations``)."""
    translator = QTranslator()
    assert translator.load(i18n.qm_path(code))
    stale = [
        (context, source)
        for context, source, translation, _ in ts_messages(code)
        if translator.translate(context, source) != translation
    ]
    assert stale == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_placeholders_survive_translation(code):
    """A translation that drops or renames a {field} would raise or lose the file name."""
    import re

    field = re.compile(r"\{[^{}]*\}")
    wrong = [
        (source, translation)
        for _, source, translation, _ in ts_messages(code)
        if sorted(field.findall(source)) != sorted(field.findall(translation))
    ]
    assert wrong == []


def test_the_ts_sources_hold_every_string_of_the_interface(tmp_path):
    """lupdate over ui/ finds nothing new: a string wrapped since must be added (``make
    translations``) before it can be translated."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    tool = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / "check_fr.ts"
    shutil.copy(resource("i18n", "delegate_editor_fr.ts"), copy)
    ui = Path(i18n.__file__).parent
    out = subprocess.run(
        [tool, "-extensions", "py", "-locations", "none", "-no-obsolete", str(ui), "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "(0 new and" in out, out
    assert "obsolete" not in out, out  # a string no longer in the code would leave the .ts


def test_the_language_follows_the_choice_then_the_system():
    assert i18n.resolve("fr", QLocale("es_AR")) == "fr"
    assert i18n.resolve("en", QLocale("fr_FR")) == "en"
    assert i18n.resolve(i18n.SYSTEM, QLocale("fr_CH")) == "fr"
    assert i18n.resolve(i18n.SYSTEM, QLocale("es_419")) == "es"
    assert i18n.resolve(i18n.SYSTEM, QLocale("de_DE")) == "en"  # no German yet: English
    assert i18n.resolve("xx", QLocale("C")) == "en"  # a hand-edited setting


def menu_titles(window) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions() if a.text()]


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_main_window_speaks_the_language(qtbot, make_window, translated, code):
    assert len(translated(code)) == 2  # ours and Qt's qtbase
    w = make_window(ScriptedAsker())
    assert menu_titles(w) == MENU_BAR[code]
    file_actions = [a.text() for a in w.file_menu.actions()]
    assert {"fr": "&Enregistrer", "es": "&Guardar"}[code] in file_actions
    outline = [w.outline.topLevelItem(i).text(0) for i in range(w.outline.topLevelItemCount())]
    assert any(t.startswith({"fr": "Auteurs", "es": "Patrocinadores"}[code]) for t in outline)
    assert w.phrase_dock.windowTitle() == {"fr": "Formules", "es": "Fórmulas"}[code]
    assert w.phrase_dock.objectName() == "phrasesDock"  # the saved layout holds in every language
    # Qt's own buttons come from qtbase_<code>.qm
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    assert cancel == {"fr": "Annuler", "es": "Cancelar"}[code]


def test_english_needs_no_translator(qtbot, make_window, translated):
    assert translated("en") == []
    w = make_window(ScriptedAsker())
    assert menu_titles(w)[:2] == ["File", "Edit"]


def test_the_interface_language_is_chosen_in_preferences(qtbot, make_window):
    w = make_window(ScriptedAsker())
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    trigger_preferences = next(a for a in w.edit_menu.actions() if a.text().startswith("Pre&ferences"))
    trigger_preferences.trigger()
    dialog = w.preferences_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.interface.currentText() == "System"
    assert [dialog.interface.itemText(i) for i in range(dialog.interface.count())] == [
        "System",
        "English",
        "Français",
        "Español",
    ]
    assert any("next time Delegate Editor starts" in label.text() for label in dialog.findChildren(QLabel))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.delegation.setFocus()
    qtbot.waitUntil(dialog.delegation.hasFocus)
    qtbot.keyClick(dialog.delegation, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # "&Interface language"
    assert dialog.interface.hasFocus()
    qtbot.keyClick(dialog.interface, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.interface, Qt.Key.Key_Down)
    assert dialog.interface.currentText() == "Français"
    qtbot.keyClick(dialog.interface, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert settings_store.load().interface_language == "fr"
    assert i18n.resolve(settings_store.load().interface_language) == "fr"
    assert menu_titles(w)[0] == "File"  # the running window keeps its language until the next start


def test_start_up_installs_the_chosen_language(qapp, translated):
    """What ``ui.app.run`` does before the window: the saved choice picks the translators."""
    settings = settings_store.Settings(interface_language="es")
    settings_store.save(settings)
    made = translated(i18n.resolve(settings_store.load().interface_language))
    assert made
    assert QApplication.translate("Menus", "&View") == "&Ver"


def _accelerator(text: str) -> str | None:
    """The letter after the single "&" of a menu text ("&&" is a literal ampersand)."""
    i = text.replace("&&", "\0\0").find("&")
    return text[i + 1].lower() if 0 <= i < len(text) - 1 else None


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_two_menu_items_share_an_accelerator(qtbot, make_window, translated, code):
    """Alt+letter reaches one item: the translations chose their letters menu by menu."""
    translated(code)
    w = make_window(ScriptedAsker())
    menus = {"": w.menuBar().actions()}
    for title in w.menuBar().actions():
        menus[title.text()] = title.menu().actions()
        for item in title.menu().actions():
            if item.menu() is not None:
                menus[item.text()] = item.menu().actions()
    shared = {}
    for name, actions in menus.items():
        letters = [_accelerator(a.text()) for a in actions if not a.isSeparator() and a.text()]
        letters = [x for x in letters if x]
        doubled = sorted({x for x in letters if letters.count(x) > 1})
        if doubled:
            shared[name] = doubled
    assert shared == {}


START_AND_REPORT = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import delegate_editor.ui
from delegate_editor.ui import app as ui_app

def report():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow))
    print("|".join(a.text() for a in window.menuBar().actions()), flush=True)
    os._exit(0)  # the draft is untouched: nothing to ask, nothing to save

ui_app.application()
QTimer.singleShot(300, report)
ui_app.run([])
"""


@pytest.mark.parametrize(
    ("system", "setting", "first_menu"),
    [
        ("fr_FR.UTF-8", "", "&Fichier"),  # the system's language
        ("es_ES.UTF-8", "", "&Archivo"),
        ("de_DE.UTF-8", "", "&File"),  # a language we have not: English
        ("fr_FR.UTF-8", "es", "&Archivo"),  # the Preferences' choice wins
        ("es_ES.UTF-8", "en", "&File"),
    ],
)
def test_the_app_starts_in_the_system_language_or_the_chosen_one(tmp_path, system, setting, first_menu):
    """``delegate-editor-gui`` as a user starts it: a fresh process, its locale from the
    environment, the choice from the settings file."""
    import json
    import os

    env = dict(os.environ, LANG=system, LC_ALL=system, LANGUAGE="", QT_QPA_PLATFORM="offscreen")
    env["DELEGATE_EDITOR_HOME"] = str(tmp_path)
    out = subprocess.run(
        [sys.executable, "-c", "from delegate_editor.storage import settings as s; print(s.settings_path())"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(json.dumps({"interface_language": setting}), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", START_AND_REPORT], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().split("|")[0] == first_menu


def test_a_french_answer_to_a_french_question_is_understood(qtbot, make_window, translated, tmp_path):
    """The asker's buttons are translated; the window compares the answer in the same words
    (choosing « Enregistrer » on closing saves the draft, as "Save" does in English)."""
    translated("fr")
    target = tmp_path / "projet.dres"
    asker = ScriptedAsker(**{"Modifications non enregistrées": "Enregistrer", "save": str(target)})
    w = make_window(asker)
    assert w.open_path(Path(__file__).parents[1] / "data" / "languages" / "fr-S-RES-2374-2017.txt")
    w.show_page("preamble")
    page = w.preamble_page
    page.select(page.model.rows[1].id)  # « Conscient de l’aspiration légitime … »
    page.text.moveCursor(page.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.text, " et")
    assert w.is_modified()
    assert w.maybe_save()
    question = asker.kinds("question")[0]
    assert question[2].startswith("Enregistrer les modifications apportées à ")
    assert target.exists() and not w.is_modified()
    assert w.statusBar().currentMessage() == "projet.dres enregistré"


def test_the_keyboard_shortcuts_are_listed_in_spanish(qtbot, make_window, translated):
    from delegate_editor.ui import help_menu

    translated("es")
    w = make_window(ScriptedAsker())
    dialog = help_menu.show_shortcuts(w)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Atajos de teclado"
    names = [what for what, _keys in help_menu.shortcut_rows(help_menu.menu_actions(w))]
    assert names[:3] == ["Nuevo", "Abrir", "Guardar"]
    assert "Deshacer" in names and "Rehacer" in names  # not the English data the actions keep
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert text.startswith("En el texto de un párrafo: Tab y Mayús+Tab")


def test_the_french_front_matter_form_shows_french_words_and_keeps_the_values(qtbot, make_window, translated):
    from delegate_editor.model.document import Distribution

    translated("fr")
    w = make_window(ScriptedAsker())
    w.show_page("front")
    combo = w.front_page.fields["front.distribution"]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Générale",
        "Limitée",
        "Restreinte",
        "(aucune)",
    ]
    before = w.ctl.draft.front.distribution
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the next choice, chosen by the arrow key
    chosen = combo.currentData()
    assert chosen != before and w.ctl.draft.front.distribution == Distribution(chosen)
    assert w.ctl.stack.undoText() == "Modifier\u00a0: distribution"
