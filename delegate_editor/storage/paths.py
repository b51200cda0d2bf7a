"""The user's folders (platformdirs): settings, recovery files, user phrases, logs, cache.

platformdirs is the maintained successor of appdirs (deprecated by its maintainers) with the
same function names. ``DELEGATE_EDITOR_HOME`` puts every folder under one directory: tests
use it so they never touch the real home folder, and so can a portable install.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "DelegateEditor"
APP_AUTHOR = "DelegateEditor"


def _override(kind: str) -> Path | None:
    home = os.environ.get("DELEGATE_EDITOR_HOME")
    return Path(home) / kind if home else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """Settings: window layout, recent files, the user's delegation, defaults."""
    return _ensure(_override("config") or Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)))


def data_dir() -> Path:
    """User data: the user's own phrases."""
    return _ensure(_override("data") or Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)))


def recovery_dir() -> Path:
    """Autosave recovery files, one per open draft."""
    return _ensure(data_dir() / "recovery")


def cache_dir() -> Path:
    """Files the app makes again when they are missing (the typesetting template on disk)."""
    return _ensure(_override("cache") or Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)))


def state_dir() -> Path:
    """Logs and other state that may be deleted."""
    return _ensure(_override("state") or Path(platformdirs.user_state_dir(APP_NAME, APP_AUTHOR)))
