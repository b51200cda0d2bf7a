"""Where the bundled resources (data files, icons, fonts, examples) are.

In a source checkout they are in ``resources/`` beside the package; in a wheel or a
PyInstaller bundle they are installed as ``delegate_editor/_resources``. Every module asks
here rather than building paths of its own.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    here = Path(__file__).resolve().parent
    candidates = [
        here / "_resources",
        here.parent / "resources",
        Path(getattr(sys, "_MEIPASS", here)) / "resources",
    ]
    for candidate in candidates:
        if (candidate / "examples").is_dir():
            return candidate
    raise FileNotFoundError("Delegate Editor resources are missing from this installation")


def resource(*parts: str) -> Path:
    """The path of a bundled resource, e.g. ``resource("data", "member_states.json")``."""
    return resource_dir().joinpath(*parts)
