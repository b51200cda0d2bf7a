"""Build the bundled English word list of the spell checker from SCOWL (resources/data/spelling).

The UN spells English as the Concise Oxford Dictionary does ("organization", "programme",
"judgement"): SCOWL's ``english`` lists (words common to every spelling) with its
``british_z`` lists (British spelling with -ize) are that spelling; its plain ``british``
lists, which hold "organisation", are left out. Sizes 10 to 70 are the words of a large
desk dictionary (SCOWL's own en_GB-ize Hunspell build stops at 60).

    apt-get download scowl && dpkg-deb -x scowl_*.deb /tmp/scowl
    python scripts/make_spelling_words.py /tmp/scowl/usr/share/dict/scowl

writes resources/data/spelling/en.txt.gz, one word a line, the commonest first (SCOWL's size
10 words, then 20 ..., each size sorted), which the suggestions use as their ranking; gzip
without a time stamp (the same input gives the same bytes).
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

SIZES = (10, 20, 35, 40, 50, 55, 60, 70)
KINDS = ("words", "upper", "abbreviations", "contractions", "proper-names")
SPELLINGS = ("english", "british_z")
OUT = Path(__file__).resolve().parents[1] / "resources" / "data" / "spelling" / "en.txt.gz"


def main(folder: str) -> None:
    words: dict[str, None] = {}
    for size in SIZES:
        level: set[str] = set()
        for spelling in SPELLINGS:
            for kind in KINDS:
                path = Path(folder) / f"{spelling}-{kind}.{size}"
                if path.exists():
                    level.update(w.strip() for w in path.read_text("utf-8").splitlines() if w.strip())
        words.update(dict.fromkeys(sorted(level - words.keys())))
    text = "\n".join(words) + "\n"
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(f"{OUT}: {len(words)} words")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/scowl")
