"""The phrase palettes of the languages other than English (French, Spanish ...).

Each language's words (``resources/data/language/<code>.json``) name its phrase file, in the
shape of ``phrases.json`` plus where the language puts the "also"/"further" adverb
(``adverb_place``) and its other words for them (``adverb_variants``: "asimismo", "aussi").
They are read once: the user's own phrases (``phrases.json`` in the data folder) are English.
"""

from __future__ import annotations

from delegate_editor.conventions.data import load
from delegate_editor.conventions.language import ENGLISH, language
from delegate_editor.conventions.phrase_book import PARTS, Phrasebook, _entries
from delegate_editor.conventions.phrase_forms import ENGLISH_PLACES

_BOOKS: dict[str, Phrasebook] = {}


def other_book(code: str) -> Phrasebook | None:
    """The phrasebook of a language other than English, from the file its words name
    (``resources/data/language/<code>.json`` -> ``phrases``); None for English (and for a
    code the app does not offer, which is English)."""
    lang = language(code)
    if lang.code == ENGLISH:
        return None
    book = _BOOKS.get(lang.code)
    if book is not None:
        return book
    data = load(lang["phrases"])
    adverbs = {"also": "also", "further": "further", **data.get("adverbs", {})}
    places = {**ENGLISH_PLACES, **data.get("adverb_place", {})}
    problems: list[str] = []
    book = Phrasebook(
        phrases={
            part: tuple(_entries(data[part], part, False, adverbs, problems, lang["phrases"], places[part]))
            for part in PARTS
        },
        intensifiers={part: tuple(data.get("intensifiers", {}).get(part, ())) for part in PARTS},
        trailing=tuple(data.get("trailing_words", ())),
        adverbs=adverbs,
        problems=problems,
        places=places,
        variants=dict(data.get("adverb_variants", {})),
        qualifiers=tuple(data.get("qualifiers", ())),
    )
    _BOOKS[lang.code] = book
    return book
