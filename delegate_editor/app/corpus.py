"""Files of real UN texts kept for measuring the app (``tests/data/corpus`` and any folder of
the same kind): each starts with the corpus's own record of where the text came from, which
is not UN text. ``check --summary``, the corpus benches and the tests take it off here, once.
"""

from __future__ import annotations

import re

# an adopted resolution's ``---`` front matter (ga-80/*.md)
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
# an L. document's "# Symbol: ...", "# Source: ...", "# Kind: ..." lines (drafts/*.txt)
_HASH_LINES = re.compile(r"\A(?:#[^\n]*\n)+")


def without_record(text: str) -> str:
    """``text`` as a delegate copies it: the corpus record at its top taken off."""
    text = text.replace("\r\n", "\n")
    return _HASH_LINES.sub("", _FRONT_MATTER.sub("", text))
