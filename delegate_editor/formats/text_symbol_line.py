"""A document's symbol alone on its line that belongs to the text above it, not a running head.

A PDF's line end may cut a symbol from the words that announce it: an amendment's sponsors
line loses its draft's symbol to the next line ("...: amendment to draft resolution" /
"A/C.3/80/L.20/Rev.1"), and a paragraph its cited document's ("... on the basis of informal
consultations on draft resolution" / "A/C.2/80/L.3", A/C.2/80/L.59). A page's running head
is the text's own symbol, on a line of its own too; these are the others.
"""

from __future__ import annotations

from delegate_editor.conventions.wording import AMENDMENT
from delegate_editor.formats.text_inline import strip_markup
from delegate_editor.formats.text_lines import STANDALONE_MAX, SYMBOL


def symbol_goes_on(text: str, line: str, own: str) -> bool:
    """Whether ``line``, a symbol, goes on with ``text`` (``own``: the text's own symbol)."""
    return _amends_what(text, line) or _symbol_announced(text, line, own)


def _amends_what(text: str, line: str) -> bool:
    """Whether ``line`` is the symbol an amendment's sponsors line ``text`` lost to the next
    line: the symbol stays in the line, never taken for a running head."""
    if not SYMBOL.match(line) or len(text) > STANDALONE_MAX:  # cheap tests first: once a line
        return False
    m = AMENDMENT.match(strip_markup(text).strip())
    return bool(m and not m.group(6))


_ANNOUNCING = (" resolution", " resolutions", " decision", " decisions", " document", " documents")


def _symbol_announced(text: str, line: str, own: str) -> bool:
    """Whether ``line`` is another document's symbol that ``text`` announces and the line
    end cut off: "... on the basis of informal consultations on draft resolution" /
    "A/C.2/80/L.3" (A/C.2/80/L.59). A running head is the text's own symbol (``own``)."""
    return (
        bool(own) and line != own and SYMBOL.match(line) is not None and text.rstrip().endswith(_ANNOUNCING)
    )
