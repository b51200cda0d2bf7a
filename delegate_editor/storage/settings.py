"""The user's settings as JSON in ``paths.config_dir()``: window layout, recent files, the
delegation that pre-fills sponsors, the default organ and paper size.

A damaged or hand-edited settings file must never stop the app from starting, so loading is
forgiving: unknown keys are ignored and wrong types fall back to the defaults.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from delegate_editor.storage import paths
from delegate_editor.storage.atomic import SaveError, atomic_write

MAX_RECENT = 10
FILE_NAME = "settings.json"
# the languages a new draft can be written in (the UN's working languages of drafting)
DRAFT_LANGUAGES = ("English", "French", "Spanish")
LANGUAGE_CODES = {"English": "en", "French": "fr", "Spanish": "es"}  # as the draft stores them


@dataclass
class Settings:
    recent_files: list[str] = field(default_factory=list)
    delegation: str = ""  # the user's Member State: pre-fills the sponsors of a new draft
    default_organ: str = "General Assembly"
    paper: str = ""  # "" = the duty station's paper; "A4" or "Letter"
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    last_folder: str = ""
    duty_station: str = ""  # layout preset of a new blank draft; "" = from its venue and symbol
    autosave_seconds: int = 1  # after the first change, the recovery copy is written this soon
    changes_author: str = ""  # who tracked changes are by; "" = the delegation's name
    draft_language: str = "English"  # the language of new drafts, one of DRAFT_LANGUAGES
    interface_language: str = ""  # menus and dialogs: "" follows the system, else "en", "fr", "es"
    spelling: bool = True  # misspelt words underlined as they are typed (ui/spelling.py)

    def language_of_new_drafts(self) -> str:
        """The language new drafts are written in; English when the file holds another word."""
        return self.draft_language if self.draft_language in DRAFT_LANGUAGES else DRAFT_LANGUAGES[0]

    def language_code_of_new_drafts(self) -> str:
        """The same as the draft's language field holds it ("en", "fr", "es")."""
        return LANGUAGE_CODES[self.language_of_new_drafts()]

    def add_recent(self, path: str | Path) -> None:
        """Put ``path`` first in the recent files, without duplicates."""
        name = str(Path(path).resolve())
        self.recent_files = [name] + [p for p in self.recent_files if p != name]
        del self.recent_files[MAX_RECENT:]


def settings_path() -> Path:
    return paths.config_dir() / FILE_NAME


def load() -> Settings:
    """The saved settings, or the defaults where the file is missing or damaged."""
    settings = Settings()
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return settings
    if not isinstance(data, dict):
        return settings
    for f in fields(Settings):
        value = data.get(f.name)
        default = getattr(settings, f.name)
        if isinstance(default, list):
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                setattr(settings, f.name, value[:MAX_RECENT])
        elif isinstance(value, type(default)):
            setattr(settings, f.name, value)
    return settings


def save(settings: Settings) -> bool:
    """Write the settings atomically; False if that failed (settings are not worth an error
    dialog on close)."""
    try:
        atomic_write(settings_path(), json.dumps(asdict(settings), ensure_ascii=False, indent=1).encode())
    except SaveError:
        return False
    return True
