"""How wide a copied text's lines are, and what that says of where its paragraphs end.

A PDF's text keeps the PDF's line breaks: a paragraph's inner lines fill the measure and its
last line is short. The reader of paragraphs (``text_paras``) asks here whether a sentence
that ends a line goes on in the same paragraph.
"""

from __future__ import annotations

from delegate_editor.formats.text import starts_with_opening
from delegate_editor.formats.text_inline import strip_markup
from delegate_editor.formats.text_lines import OPERATIVE_LABEL, OWN_LABEL, STOP_MARK, label_start, standalone


def blank_separated(text: str) -> bool:
    """Whether the text marks its paragraphs with blank lines, as a PDF's text and the
    Markdown copies do (a web copy has a paragraph a line and none between)."""
    lines = text.split("\n")
    blank = sum(1 for line in lines if not line.strip())
    return blank >= 5 and blank >= 0.05 * len(lines)


def full_line(text: str) -> int:
    """The length of a full line of text wrapped as a PDF wraps it (the 90th percentile of
    the lines of eight words or more), or 0 for a text whose paragraphs are not wrapped
    (a web copy: a paragraph a line)."""
    lengths = sorted(len(line.strip()) for line in text.split("\n") if len(line.split()) >= 8)
    if len(lengths) < 20:
        return 0
    full = lengths[int(len(lengths) * 0.9)]
    return full if 60 <= full <= 110 else 0


def measure_of(full: int, widths: list[int]) -> int:
    """The measure the paragraph read so far is set to: the text's full line, or the longest
    of the paragraph's inner lines where it has two or more (its first line may be indented,
    its last is the one in question) and they are narrower: an annex or a quoted text is
    often set narrower than the notes that make a text's full line ("... to attend on their
    behalf." / "However, no person ...", 71 characters where the text's full line is 86 and
    the paragraph's 78, A/RES/73/124)."""
    inner = widths[1:-1]
    return min(full, max(inner)) if full and len(inner) >= 2 else full


def sentence_goes_on(last: str, line: str, full: int, measure: int) -> bool:
    """A sentence that ends a full line goes on in the same paragraph: a line is short at a
    paragraph's end, so after a full line that ends with a full stop (and its note's mark, "...
    the Rights of the Child.12", A/RES/80/173) a capital is the next sentence ("... regional
    and global levels." / "We call upon ...", A/80/L.4), unless it is a label, a line that
    stands alone or an opening phrase. A line is full, too, when the next line's first word
    would not have fitted on it (``measure``: :func:`measure_of`) and that line is full: a
    justified line ends short before a long word ("... on their behalf." / "However, no
    person ...", A/RES/73/124), where a paragraph's last line is short with room for more."""
    stop = last.endswith(".") or STOP_MARK.search(last)
    if not full or not stop or not line[:1].isupper():
        return False
    overflows = len(last) + 1 + len(line.split(" ", 1)[0]) > measure
    # a short line under it stands alone: "... high costs." / "Targets:" (A/RES/79/233)
    if len(last) < 0.95 * full and not (overflows and len(line) >= 0.7 * measure):
        return False
    plain = strip_markup(line)
    labelled = OPERATIVE_LABEL.match(line) or label_start(line) or OWN_LABEL.match(line)  # "Action 28."
    return not (labelled or standalone(plain) or starts_with_opening(plain))
