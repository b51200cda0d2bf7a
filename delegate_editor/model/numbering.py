"""Counting systems used by UN numbering: letters and lower-case roman numerals.

Which system each level uses, and how it is punctuated, is layout data
(``formats/layout.py``); this module only turns a 1-based index into letters or numerals.
"""

from __future__ import annotations

_ROMAN = [
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
]


def alpha(n: int) -> str:
    """1 → a, 26 → z, 27 → aa, 28 → bb (the UN Editorial Manual doubles the letter)."""
    if n < 1:
        raise ValueError("numbering starts at 1")
    letter = chr(ord("a") + (n - 1) % 26)
    return letter * ((n - 1) // 26 + 1)


def roman(n: int) -> str:
    """1 → i, 4 → iv, 9 → ix, 14 → xiv."""
    if n < 1:
        raise ValueError("numbering starts at 1")
    out = []
    for value, numeral in _ROMAN:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def arabic(n: int) -> str:
    return str(n)


COUNTERS = {"alpha": alpha, "roman": roman, "arabic": arabic}


def alpha_index(label: str) -> int | None:
    """Inverse of :func:`alpha` ("b" → 2, "aa" → 27), or None."""
    if not label or not label.isalpha() or not label.islower() or len(set(label)) != 1:
        return None
    return (len(label) - 1) * 26 + ord(label[0]) - ord("a") + 1


def roman_index(label: str) -> int | None:
    """Inverse of :func:`roman` for canonical numerals ("iv" → 4), or None."""
    if not label or any(c not in "ivxlcdm" for c in label):
        return None
    for n in range(1, 400):
        if roman(n) == label:
            return n
    return None
