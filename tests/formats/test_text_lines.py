"""Lines of copied text (``formats/text_lines.py``): what stands alone as a masthead item, on
real texts."""

from __future__ import annotations

from delegate_editor.formats.text_import import parse_text_report
from delegate_editor.formats.text_lines import SESSION
from delegate_editor.model.text import plain_text
from delegate_editor.storage import dres
from tests.corpus_drafts import pdf_lines


def test_a_session_line_is_an_ordinal_or_a_year_never_a_title_ending_with_one():
    for line in (
        "Eightieth session",
        "Twenty-second session",
        "Seventy-ninth session",
        "Resumed seventy-ninth session",
        "Tenth emergency special session",
        "2025 session",
    ):
        assert SESSION.match(line), line
    for line in ("Trade Law on the work of its fifty-eighth session", "eighty-first session"):
        assert not SESSION.match(line), line


def test_an_agenda_title_broken_before_its_session_words_stays_whole():
    """A/C.6/80/L.8 (held out): "Report of the United Nations Commission on International" /
    "Trade Law on the work of its fifty-eighth session" was cut in two; its second line
    became the title, the draft's title was lost and "The General Assembly," became the
    first preambular paragraph."""
    text = pdf_lines(
        "United Nations \nA/C.6/80/L.8\n\n\nGeneral Assembly \nDistr.: Limited \n29 October 2025 \n"
        "Original: English \n\n25-17335 (E)    311025 \n*2517335* \n\n\nEightieth session \n"
        "Sixth Committee \nAgenda item 78 \nReport of the United Nations Commission on International \n"
        "Trade Law on the work of its fifty-eighth session \n\n\n\n\n\nDraft resolution \n\n\n\n"
        " United Nations Convention on Negotiable Cargo Documents \n\n\n\nThe General Assembly, \n\n"
        "Conscious of the important role played by negotiable transport documents in \n"
        "facilitating trade finance and the sale of goods in transit, \n\n"
        "1. \nCommends the United Nations Commission on International Trade Law \n"
        "for preparing the draft convention on negotiable cargo documents."
    )
    draft, _ = parse_text_report(text, "A_C.6_80_L.8.txt")
    draft = dres.loads(dres.dumps(draft))
    assert draft.front.agenda.title == (
        "Report of the United Nations Commission on International Trade Law on the work of its "
        "fifty-eighth session"
    )
    assert plain_text(draft.title) == "United Nations Convention on Negotiable Cargo Documents"
    assert draft.authoring == "The General Assembly"
    assert [p.opening for p in draft.preamble] == ["Conscious"]
