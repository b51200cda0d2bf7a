"""The interface's language (issue 20 item 4): Qt translators for our messages and Qt's own.

Every user-visible string in ``ui/`` goes through ``self.tr(...)`` in a QObject, or through
:func:`translate` (Qt's ``QCoreApplication.translate``, which ``pyside6-lupdate`` also finds
under this name) with an explicit context elsewhere. The sources are
``resources/i18n/delegate_editor_<code>.ts``; ``make translations`` compiles them to the
``.qm`` files loaded here. Qt's own ``qtbase_<code>.qm`` comes from PySide6, so the standard
buttons and dialogs (Ok, Cancel, the file dialog) speak the same language.

The language is read once, at start-up (a running interface is not re-translated): the
Preferences' choice, or the system's locale when the choice is "System". The checker's
findings and fix labels follow it (``conventions/messages.py``): they are worded when shown,
so the Checks dock speaks the interface's language whatever the draft's language is.
"""

from __future__ import annotations

import json
from functools import cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from delegate_editor.conventions import messages
from delegate_editor.resources import resource

translate = QCoreApplication.translate

SOURCE_LANGUAGE = "en"  # the language the strings are written in: no translator needed
SYSTEM = ""  # the setting's value for "follow the system"


@cache
def interface_languages() -> dict[str, str]:
    """Code to the language's own name, English first: {"en": "English", "fr": "Français", ...}."""
    data = json.loads(resource("data", "interface_languages.json").read_text(encoding="utf-8"))
    return dict(data["languages"])


def resolve(choice: str, locale: QLocale | None = None) -> str:
    """The code of the interface language: the user's ``choice`` when we have it, else the
    first of the system's preferred languages that we have (a desktop set to Swiss French,
    then English, gets French), else English."""
    if choice in interface_languages():
        return choice
    for name in (locale or QLocale.system()).uiLanguages():  # "fr-CH", "es-419", "en-US"
        code = name.replace("_", "-").split("-")[0].lower()
        if code in interface_languages():
            return code
    return SOURCE_LANGUAGE


def qm_path(code: str) -> str:
    return str(resource("i18n", f"delegate_editor_{code}.qm"))


def translators(code: str) -> list[QTranslator]:
    """Ours and Qt's for ``code`` (none for English); a missing file is skipped, never fatal."""
    if code == SOURCE_LANGUAGE:
        return []
    made = []
    ours = QTranslator()
    if ours.load(qm_path(code)):
        made.append(ours)
    qt = QTranslator()
    if qt.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        made.append(qt)
    return made


def install(app: QCoreApplication, code: str) -> list[QTranslator]:
    """Install the translators for ``code`` on ``app`` and return them. The app keeps a
    reference: a QTranslator collected by Python would silently stop translating."""
    made = translators(code)
    messages.use(code)
    for translator in made:
        app.installTranslator(translator)
    kept = getattr(app, "_delegate_translators", [])
    app._delegate_translators = kept + made
    return made


def uninstall(app: QCoreApplication) -> None:
    """Back to English (tests switch languages within one process)."""
    for translator in getattr(app, "_delegate_translators", []):
        app.removeTranslator(translator)
    app._delegate_translators = []
    messages.use(messages.SOURCE)
