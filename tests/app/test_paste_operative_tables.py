"""A table under an operative paragraph copied out of the app and pasted back: the text copy
holds it as the text form's pipe table under the paragraph, the HTML copy as a ``<table>``
after it; either pasted gives the paragraph with its row sub-paragraphs. A table pasted from
Word right after a numbered paragraph becomes that paragraph's rows, and the next paragraph
keeps its number.

The words are A/C.5/80/L.6's (resolution A, paragraphs 1 and 2 and the first rows of the
table of appropriations), read by ``tests/formats/test_operative_tables.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from test_paste_tables import _word_row

from delegate_editor.app.copy_out import copy_html, copy_text
from delegate_editor.app.html_text import html_to_text
from delegate_editor.app.paste import paste, paste_text
from delegate_editor.model.text import plain_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "formats"))  # its fixtures' helpers
from test_operative_tables import HEADS, P1, P2, SHORT, budget, expected, pipe, sub_rows, table_text  # noqa: E402


def _copied() -> tuple[str, str]:
    draft = budget()
    first = draft.operative_paragraphs()[0]
    ids = [first.id, *(sub.id for sub in first.subs)]
    return copy_text(draft, ids), copy_html(draft, ids)


def test_the_text_copy_holds_the_pipe_table_under_the_paragraph():
    text, _ = _copied()
    assert text.startswith(f"1. {P1}\n\n{table_text(SHORT)}\n")
    assert "\t" not in text
    (para,) = paste_text(text).draft.operative_paragraphs()
    assert sub_rows(para) == expected(SHORT)


def test_the_html_copy_holds_a_table_after_the_paragraph():
    _, html = _copied()
    assert f"<p>1. {P1}</p>\n<table " in html
    assert "<thead><tr><th>Section</th><th></th><th>Amount (United States dollars)</th></tr></thead>" in html
    assert (
        "<tr><td>1</td><td>Overall policymaking, direction and coordination</td><td>92 738 500</td></tr>"
        in html
    )
    (para,) = paste(text="unused", html=html).draft.operative_paragraphs()
    assert sub_rows(para) == expected(SHORT)


def _li(n: int, body: str) -> str:
    """A numbered paragraph as Word puts it on the clipboard (its list number "Ignore"d)."""
    return (
        "<p class=MsoListParagraph style='margin-left:18pt;text-indent:-18pt;mso-list:l0 level1 lfo1'>"
        f"<![if !supportLists]><span style='mso-list:Ignore'>{n}.<span style='font:7.0pt \"Times New "
        f"Roman\"'>&nbsp;&nbsp; </span></span><![endif]>{body}</p>"
    )


WORD = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head></head><body lang=EN-GB>'
    "<!--StartFragment-->"
    + _li(1, P1)
    + "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
    + _word_row(HEADS, "mso-yfti-irow:-1;mso-yfti-firstrow:yes;mso-yfti-lastfirstrow:yes")
    + "".join(_word_row(row, f"mso-yfti-irow:{k}") for k, row in enumerate(SHORT))
    + "\n</table>\n"
    + _li(2, P2)
    + "<!--EndFragment--></body></html>"
)


def test_a_table_pasted_from_word_after_a_numbered_paragraph_becomes_its_rows():
    text = html_to_text(WORD)
    assert f"{table_text(SHORT)}\n\n2." in text
    assert pipe(SHORT[1]) in text
    pasted = paste(text="unused", html=WORD)
    assert pasted.report == []
    first, second = pasted.draft.operative_paragraphs()
    assert sub_rows(first) == expected(SHORT) and len(first.subs) == len(SHORT) + 1
    assert (second.opening, plain_text(second.text), second.subs) == ("", P2, [])
