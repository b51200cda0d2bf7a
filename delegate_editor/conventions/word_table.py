"""A language's words in a few megabytes: which are known, how common, which take capitals.

A Python set or dict of strings costs about 140 bytes a word, which was fine for English's
166,000 words but not for Spanish's 711,000 (every verb with its enclitics) or French's
440,000: about 100 MB for Spanish alone. Here each word, in lower case, is its hash in one
sorted array of 64-bit integers, beside an array of its rank (the commonest first) and
whether it is written with capitals only ("Genève", "UNESCO"): 12 bytes a word, looked up by
binary search in about a microsecond. Two different words sharing a 64-bit hash would make a
misspelling pass unseen, about once in 10^13 look-ups with these lists.

The spellings themselves are not kept, so this table answers "is it a word?" but cannot list
words: the suggestions build their candidates by editing the misspelt word and ask the table
about each, and for two edits ask :attr:`WordTable.common`, the commonest words as a dict,
small enough to search hundreds of thousands of candidates in a fraction of a second.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable

COMMON = 60_000  # the words two edits away are suggested from among the commonest
RECENT = 20_000  # words looked up lately, answered from a dict (a few MB at most)


class WordTable:
    """Lower-case words with their rank, the commonest first."""

    def __init__(self, words: Iterable[str], common: int = COMMON) -> None:
        """``words`` the commonest first; a word written in lower case anywhere may take a
        capital ("Recalling"), one written only with capitals may not lose it ("geneva")."""
        packed: list[int] = []
        self.common: dict[str, int] = {}
        for rank, word in enumerate(words):
            low = word if word.islower() else word.lower()
            # the hash's sign moved out of the way so that it sorts as an unsigned number
            packed.append(((hash(low) + (1 << 63)) << 32) | (rank << 1) | (low != word))
            if rank < common:
                self.common.setdefault(low, rank)
        packed.sort()
        self._recent: dict[str, int] = {}
        self._keys = array("q")
        self._values = array("I")
        last = -1
        for entry in packed:
            key = (entry >> 32) - (1 << 63)
            value = entry & 0xFFFFFFFF
            if key == last:  # the same word again: the first is the commonest; capitals only
                self._values[-1] &= value | ~1  # if every spelling has them
                continue
            self._keys.append(key)
            self._values.append(value)
            last = key

    def __len__(self) -> int:
        return len(self._keys)

    def find(self, low: str) -> int:
        """-1 when ``low`` is no word, else its rank times two, plus one if it is written only
        with capitals. The highlighter checks the same words at every key ("the", "of"): the
        last few thousand answers are kept in a dict, which is cleared when full."""
        found = self._recent.get(low)
        if found is None:
            key = hash(low)
            i = bisect_left(self._keys, key)
            found = self._values[i] if i < len(self._keys) and self._keys[i] == key else -1
            if len(self._recent) >= RECENT:
                self._recent.clear()
            self._recent[low] = found
        return found

    def __contains__(self, low: object) -> bool:
        return isinstance(low, str) and self.find(low) >= 0

    def rank(self, low: str) -> int:
        """How common ``low`` is (0 the commonest); -1 when it is no word."""
        found = self.find(low)
        return found >> 1 if found >= 0 else -1

    def capitals_only(self, low: str) -> bool:
        """Whether ``low`` is written only with capitals ("Geneva", never "geneva")."""
        found = self.find(low)
        return found >= 0 and found & 1 == 1

    def nbytes(self) -> int:
        """The arrays' size (the common words' dict aside)."""
        return self._keys.itemsize * len(self._keys) + self._values.itemsize * len(self._values)
