"""Session ordinals in words, as the UN's session lines write them in each language.

"Eightieth session" is "Quatre-vingtième session" in French and "Octogésimo período de
sesiones" in Spanish (A/59/2005/Add.2: "Quincuagésimo noveno período de sesiones").
"""

from __future__ import annotations

_FR_UNITS = (
    "",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
)
_FR_TENS = (
    "",
    "",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "soixante",
    "quatre-vingt",
    "quatre-vingt",
)


def french_cardinal(n: int) -> str:
    """1-199 in French words with the traditional hyphens ("soixante et onze", "quatre-vingts")."""
    if n >= 100:
        rest = n - 100
        return "cent" if rest == 0 else f"cent {french_cardinal(rest)}"
    if n < 20:
        return _FR_UNITS[n]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):  # soixante-dix, quatre-vingt-dix: the units run on from 10
        unit += 10
    word = _FR_TENS[tens]
    if unit == 0:
        return "quatre-vingts" if tens == 8 else word
    if unit in (1, 11) and tens != 8:
        return f"{word} et {_FR_UNITS[unit]}"
    return f"{word}-{_FR_UNITS[unit]}"


def french_ordinal(n: int) -> str:
    """ "premier" ... "quatre-vingtième", "vingt et unième" (lower case)."""
    if n == 1:
        return "première"  # "Première session": session is feminine
    word = french_cardinal(n)
    if word.endswith("quatre-vingts"):
        word = word[:-1]
    if word.endswith("cinq"):
        return word + "uième"
    if word.endswith("neuf"):
        return word[:-1] + "vième"
    if word.endswith("e"):
        word = word[:-1]
    return word + "ième"


_ES_UNITS = ("", "primer", "segundo", "tercer", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno")
_ES_TENS = (
    "",
    "décimo",
    "vigésimo",
    "trigésimo",
    "cuadragésimo",
    "quincuagésimo",
    "sexagésimo",
    "septuagésimo",
    "octogésimo",
    "nonagésimo",
)
_ES_TEENS = {11: "undécimo", 12: "duodécimo"}


def spanish_ordinal(n: int) -> str:
    """ "primer" ... "octogésimo", "quincuagésimo noveno" (lower case; "primer" and "tercer"
    before a masculine noun, as in "período de sesiones")."""
    if n >= 100:
        rest = n - 100
        return "centésimo" if rest == 0 else f"centésimo {spanish_ordinal(rest)}"
    if n in _ES_TEENS:
        return _ES_TEENS[n]
    tens, unit = divmod(n, 10)
    if tens == 1 and unit:
        return "decimo" + _ES_UNITS[unit]  # decimotercer, decimoséptimo
    if tens == 0:
        return _ES_UNITS[unit]
    return _ES_TENS[tens] if unit == 0 else f"{_ES_TENS[tens]} {_ES_UNITS[unit]}"


ORDINALS = {"fr": french_ordinal, "es": spanish_ordinal}


_UNITS = (
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_TENS_ORDINAL = (
    "",
    "",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
)


def ordinal_words(n: int) -> str:
    """A session ordinal in words, lower case ("eightieth", "twenty-second", "one hundredth").

    UN session lines spell the ordinal out ("Seventy-third session"); capitalize the result
    at the start of a line. Numbers 1-199 are written out; larger ones fall back to figures."""
    if n <= 0 or n >= 200:
        return f"{n}th"
    if n >= 100:
        rest = n - 100
        return "one hundredth" if rest == 0 else f"one hundred and {ordinal_words(rest)}"
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return _TENS_ORDINAL[tens]
    return f"{_TENS[tens]}-{_UNITS[unit]}"
