"""Reading the bundled convention data in ``resources/data``.

The lists are data, not code, so that a reviewer can correct a Member State's name or add
an operative verb without reading Python. They are read once per process (the checker must
start fast) and validated here, so a damaged file fails with one line naming it instead of
a KeyError deep inside a rule.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from typing import Any

from delegate_editor.resources import resource


class DataError(RuntimeError):
    """A bundled data file is missing or malformed: an installation defect, not user input."""


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed contents of ``resources/data/<name>``."""
    path = resource("data", name)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataError(f"{path}: convention data file is missing") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataError(f"{path}: convention data file is damaged ({exc})") from None
    if not isinstance(data, dict):
        raise DataError(f"{path}: convention data file must hold a JSON object")
    return data


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """The matching form of a name or phrase: no accents, lower case, ASCII apostrophes,
    single spaces. "Côte d’Ivoire" and "cote d'ivoire" fold to the same string."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _SPACES.sub(" ", text).strip().casefold()
