"""The "also" and "further" forms of an opening phrase, in each language's place.

English puts the adverb after a preambular phrase and before an operative verb ("Recalling
also", "Also requests": un-layout.md §2.2-2.3); French after the verb in both parts ("Prie
également", "Prend également note", "Se félicite en outre"); Spanish after the phrase
("Solicita también"). Each language's phrase file says which (``adverb_place``).
"""

from __future__ import annotations

# where a repeated opening takes its adverb (un-layout.md §2.2-2.3; other languages: their file):
# after the "phrase", "before" it ("Also requests"), after its "verb" ("Prend également note")
ENGLISH_PLACES = {"preamble": "phrase", "operative": "before"}


_REFLEXIVE = ("se", "s'", "s’")


def repeated_forms(
    phrase: str, part: str, adverbs: dict[str, str] | None = None, place: str = ""
) -> tuple[str, str]:
    """The rule: preamble "Recalling also"; operative "Also requests" (un-layout.md §2.2-2.3);
    in French after the verb ("Prie également", "Prend également note"), in Spanish after the
    phrase ("Solicita también")."""
    adverbs = adverbs or {"also": "also", "further": "further"}
    also, further = adverbs["also"], adverbs["further"]
    place = place or ENGLISH_PLACES[part]
    if place == "phrase":
        return f"{phrase} {also}", f"{phrase} {further}"
    if place == "verb":
        words = phrase.split()
        at = 2 if len(words) >= 2 and words[0].lower() in _REFLEXIVE else 1
        head, tail = " ".join(words[:at]), " ".join(words[at:])
        return " ".join(filter(None, (head, also, tail))), " ".join(filter(None, (head, further, tail)))
    rest = phrase[:1].lower() + phrase[1:]
    return f"{also.capitalize()} {rest}", f"{further.capitalize()} {rest}"
