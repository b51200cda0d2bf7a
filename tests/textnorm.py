"""Comparing exported text with the seed: the differences the golden comparison forgives."""

import re


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, without italics markers and with white space
    collapsed: the only differences the golden comparison forgives. An asterisk note line
    ("* E/CN.15/2013/1.") keeps its mark."""
    out = []
    for block in re.split(r"\n\s*\n", text):
        block = " ".join(block.split())
        if not block.startswith("* "):
            block = block.replace("*", "")
        if block:
            out.append(block)
    return out


AGENDA_NOTE = "* E/CN.15/2013/1."


def same_paragraphs_as_seed(exported: str, seed: str) -> bool:
    """Every paragraph of the seed comes back in order; the agenda note line, which the seed
    has where page 1 ended, is written after the body."""
    want = [p for p in paragraphs(seed) if p != AGENDA_NOTE]
    got = paragraphs(exported)
    return AGENDA_NOTE in got and [p for p in got if p != AGENDA_NOTE] == want
