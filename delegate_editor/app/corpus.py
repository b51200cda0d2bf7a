"""Files of real UN texts kept for measuring the app (``tests/data/corpus`` and any folder of
the same kind): each starts with the corpus's own record of where the text came from, which
is not UN text. ``check --summary``, the corpus benches and the tests take it off here, once.
"""

from __future__ import annotations

from delegate_editor.formats.text_record import set_aside_record


def without_record(text: str) -> str:
    """``text`` as a delegate copies it: the corpus record at its top taken off."""
    return set_aside_record(text.replace("\r\n", "\n"))[0]
