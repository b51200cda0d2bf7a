"""Reading an annex's lines, and the list a decision sets out in its own text.

An annex ("Annex" / its title / its paragraphs) holds numbered paragraphs ("1." again at
each article of a convention), headings and body text. A decision in lettered parts may set
out a list under its own heading instead ("(a) Approves the draft programme of work ... as
set out below;" then "Draft programme of work" / "1. Information and ..." / "2.
Macroeconomic policy questions:" / "(a) International trade and development;",
A/C.2/80/L.60): that list is an annex printed in the text (``Annex.in_text``), whose
lettered items start at (a) again under each number.

Part of pass 5 of ``text_import``, which hands each line after "Annex" (or after the
decision's last lettered part) to :func:`annex_line`.
"""

from __future__ import annotations

from collections.abc import Callable

from delegate_editor.formats.text_lines import OPERATIVE_LABEL, PAREN_LABEL, label_start
from delegate_editor.model.document import Annex, AnnexParagraph, AnnexStyle
from delegate_editor.model.text import RichText

_PUNCT_END = ",;:."


def ends_open(plain: str) -> bool:
    """No final punctuation: a heading or a title rather than a paragraph."""
    return not plain.rstrip().endswith(tuple(_PUNCT_END))


def sets_out_below(text: str) -> bool:
    """A decision that sets out a list in its own text, under a heading of its own: "...
    approves ... the draft programme of work of the Third Committee ... as set out below. The
    Assembly further invites the Bureau ..." (A/C.3/80/L.60)."""
    return "set out below" in text or text.rstrip().endswith("as follows:")


def annex_line(annex: Annex, raw: str, plain: str, rich: Callable[[str], RichText]) -> None:
    """Add one line of ``annex``: ``raw`` with its markup, ``plain`` without; ``rich`` turns
    text into rich text with its footnote marks."""
    m = OPERATIVE_LABEL.match(raw)
    lettered = PAREN_LABEL.match(raw)
    if m:
        # "1." after numbered paragraphs: the numbers start again (a convention's article)
        numbered = any(p.style is AnnexStyle.NUMBERED for p in annex.paragraphs)
        restart = numbered and m.group(1) == "1"
        annex.paragraphs.append(AnnexParagraph(rich(m.group(2)), AnnexStyle.NUMBERED, restart=restart))
    elif annex.in_text and lettered and annex.paragraphs:
        # "(a) International trade and development;" under "2. Macroeconomic policy
        # questions:": lettered again under each number
        annex.paragraphs.append(AnnexParagraph(rich(lettered.group(2)), AnnexStyle.LETTERED))
    elif not annex.title and not annex.paragraphs and ends_open(plain):
        annex.title = rich(raw)
    elif ends_open(plain) and len(plain) <= 200 and not label_start(plain):
        # a labelled item ending "; and" is no heading ("(i) The number of originals of
        # the negotiable cargo document; and", A/C.6/80/L.8)
        annex.paragraphs.append(AnnexParagraph(rich(raw), AnnexStyle.HEADING))
    else:
        annex.paragraphs.append(AnnexParagraph(rich(raw), AnnexStyle.BODY))
