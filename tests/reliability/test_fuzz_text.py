"""Fuzzing the text importer (``formats.text_import.read_text_bytes``): random text, lines shaped
like a resolution's (labels, italics, footnotes, running heads) in random order, and the
seed document damaged. Every case loads (and saves, and renders) or is refused in one line,
within 5 s, inside a memory-capped process (see ``sandbox.py``)."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from delegate_editor.formats.text import write_text_bytes
from tests.reliability import mutate
from tests.reliability.drafts import SEED_TXT, drafts
from tests.reliability.figures import record

SEED = SEED_TXT.read_bytes()
SEED_LINES = SEED.decode("utf-8").splitlines()
OWN = {name: write_text_bytes(d) for name, d in drafts().items()}
SHAPES = [
    "The General Assembly,",
    "*Recalling* its resolution 65/230,",
    "1. *Decides* to remain seized of the matter;",
    "(a) To report;",
    "(i) On one thing;",
    "– a dash item;",
    "[^1]: United Nations, *Treaty Series*, vol. 2225.",
    "word[^1] and[^2]",
    "* E/CN.15/2013/1.",
    "Annex",
    "I. General",
    "V.13-82258 (E)",
    "E/CN.15/2013/L.14",
    "2/3",
    "Commission on Crime Prevention and Criminal Justice",
    "Agenda item 6",
    "Twenty-second session",
    "Vienna, 22-26 April 2013",
    "Draft resolution",
    "Adopted at the 10th meeting",
    "**",
    "*",
    "[^",
    "1.",
    "(",
    "",
]


@settings(settings.get_profile("reliability"), max_examples=300)
@given(text=st.text(max_size=3000))
def test_random_text(fuzz, text):
    fuzz(".txt", text.encode("utf-8", "surrogatepass"))


@settings(settings.get_profile("reliability"), max_examples=400)
@given(
    lines=st.lists(
        st.one_of(st.sampled_from(SHAPES), st.sampled_from(SEED_LINES), st.text(max_size=60)),
        max_size=80,
    ),
    ending=st.sampled_from(["\n", "\r\n", "\r", "\n\n"]),
)
def test_resolution_shaped_lines_in_any_order(fuzz, lines, ending):
    fuzz(".txt", ending.join(lines).encode("utf-8", "surrogatepass"))


def test_damaged_seed_corpus(fuzz):
    """The seed and our own text exports, damaged 400 ways: bytes flipped, cut, spliced;
    lines dropped, repeated, shuffled; odd characters inserted."""
    sources = {"seed": SEED, **OWN}
    for n in range(400):
        rng = random.Random(n)
        name = rng.choice(sorted(sources))
        raw = sources[name]
        op = n % 5
        if op < 3:
            raw = (mutate.flip_bits, mutate.truncate, mutate.splice)[op](raw, rng)
        else:
            lines = raw.decode("utf-8").splitlines()
            for _ in range(rng.randint(1, 6)):
                i = rng.randrange(len(lines))
                pick = rng.randrange(4)
                if pick == 0:
                    del lines[i]
                elif pick == 1:
                    lines.insert(i, lines[rng.randrange(len(lines))])
                elif pick == 2:
                    rng.shuffle(lines)
                else:
                    at = rng.randrange(len(lines[i]) + 1)
                    lines[i] = lines[i][:at] + rng.choice(mutate.INTERESTING[1:]) + lines[i][at:]
            raw = "\n".join(lines).encode("utf-8", "surrogatepass")
        fuzz(".txt", raw, f"{name}-{n}.txt")
    record("corpus", reader=".txt", cases=400)


def test_crafted_extremes(fuzz):
    long_para = "1. *Decides* " + "negotiated " * 9_100 + ";\n"  # 100,000 characters
    cases = {
        "long-paragraph.txt": ("The General Assembly,\n\n" + long_para).encode(),
        "long-word.txt": ("The General Assembly,\n\n1. *Decides* " + "x" * 1_000_000 + ".\n").encode(),
        "many-labels.txt": "".join(f"{i}. *Decides* x;\n" for i in range(1, 20_001)).encode(),
        "deep-subs.txt": "".join(f"({chr(97 + i % 26)}) (i) – x;\n" for i in range(20_000)).encode(),
        "many-notes.txt": (
            "1. *Decides* "
            + "".join(f"w[^{i}] " for i in range(5_000))
            + "\n\n"
            + "".join(f"[^{i}]: note {i}\n" for i in range(5_000))
        ).encode(),
        "unclosed-italics.txt": ("*" + "a *b " * 50_000).encode(),
        "asterisks.txt": b"*" * 1_000_000,
        "brackets.txt": b"[^" * 500_000,
        "rtl-and-marks.txt": "\u200f\u202eThe General Assembly,\n\n1. *Decides* \u05e9\u05dc\u05d5\u05dd;\n".encode(),
        "utf16.txt": "The General Assembly,\n\n1. *Decides* x;\n".encode("utf-16"),
        "utf16-odd.txt": "The General Assembly,".encode("utf-16") + b"\x00",
        "nul.txt": b"The General Assembly,\x00\n",
        "only-newlines.txt": b"\n" * 1_000_000,
        "too-long.txt": b"a " * 3_000_000,
        "binary.txt": bytes(range(256)) * 100,
    }
    for name, raw in cases.items():
        fuzz(".txt", raw, name)
