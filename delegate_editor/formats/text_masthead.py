"""The front matter that a masthead's own lines give, read without a body.

A returned DOCX or ODT is merged with the draft it carries (``reimport``), and its masthead
is read again on every open: the symbol, date and job number a co-sponsor may have changed
in the page header. Reading the whole visible text for those three lines was half of the
time it took to open a returned file, so the masthead is read here alone, by the same
line reader and header rules the importer uses (``text_paras.Lines``, ``text_header``).
"""

from __future__ import annotations

from delegate_editor.conventions.phrases import pinned
from delegate_editor.formats.text_header import Header
from delegate_editor.formats.text_input import check_text
from delegate_editor.formats.text_language import to_model_terms
from delegate_editor.formats.text_notes import Notes
from delegate_editor.formats.text_paras import Lines, join_broken
from delegate_editor.model.document import Draft, FrontMatter


@pinned()
def read_masthead(text: str, language: str, name: str = "text") -> FrontMatter:
    """The front matter of ``text``, a masthead's lines in the text form (``office_text``),
    in ``language``: the draft's own, since a masthead alone holds too few words to tell.

    Only what the header rules take from those lines is set: symbol, job number, date,
    organ, distribution and the like; the rest keeps its defaults."""
    lines = Lines(check_text(to_model_terms(text, language), name))
    paras = [p.text for p in join_broken(lines.paras, []) if p.kind == "text"]
    draft = Draft(authoring="")
    draft.front.language = language
    draft.front.symbol = lines.symbol
    draft.front.job_number = lines.job
    header = Header(draft, Notes())
    for i, raw in enumerate(paras):
        if not header.take(raw, paras[i + 1 : i + 4]) or header.done:
            break
    return draft.front
