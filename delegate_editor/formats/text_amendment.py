"""Reading an amendment's body: its instructions and the paragraphs they quote.

An amendment ("Russian Federation:* amendment to draft resolution A/80/L.18") has no
authoring line, no preamble and no operative part of its own. Under the title of the draft
it amends come its instructions, numbered "1.", "2." when there are several and unnumbered
when there is one, each a sentence about the draft amended:

    Delete operative paragraph 9.
    In the fourteenth preambular paragraph, replace "..." with "...".
    After the fourteenth preambular paragraph, insert a new preambular paragraph reading:

An instruction that ends with a colon introduces the paragraphs it quotes or inserts, which
the UN sets indented under it, with their opening phrases in italics. Each quotation is
kept as a ``quoted`` sub-paragraph of its instruction (``model/document.py``); every
paragraph after a quotation is one too, until the next numbered instruction, as in the
UN's amendments (A/80/L.19, A/C.3/80/L.61 and L.62).

This is pass 5 of ``text_import`` for a draft whose sponsors line made it an amendment.
"""

from __future__ import annotations

from delegate_editor.formats.text_header import Notes
from delegate_editor.formats.text_lines import OPERATIVE_LABEL
from delegate_editor.model.document import Draft, Operative, SubParagraph
from delegate_editor.model.text import RichText, Run, with_opening


class AmendmentBody:
    """The instructions of an amendment, each with the paragraphs it quotes."""

    def __init__(self, draft: Draft, notes: Notes, split_opening) -> None:
        self.d = draft
        self.notes = notes
        # ``text_import.split_opening``, handed in: this module is imported by that one
        self.split_opening = split_opening
        self.instruction: Operative | None = None

    def take(self, raw: str, following: list[str]) -> None:
        del following  # the same signature as ``text_import._Body.take``
        m = OPERATIVE_LABEL.match(raw)
        if m:
            return self._instruction(m.group(2))
        current = self.instruction
        if current is not None and (current.subs or _introduces(current)):
            current.subs.append(SubParagraph(self._quoted(raw), quoted=True))
            return
        self._instruction(raw)

    def _instruction(self, raw: str) -> None:
        self.instruction = Operative("", self.notes.rich(raw))
        self.d.operative.append(self.instruction)

    def _quoted(self, raw: str) -> RichText:
        return quotation(self.notes.rich(raw), self.d.front.language, self.split_opening)


def quotation(text: RichText, language: str, split_opening) -> RichText:
    """A quoted paragraph with its opening phrase in italics, as the UN prints it: a
    preambular opening when it ends as a preambular paragraph does (","), else an operative
    one, else either. ``split_opening`` is ``text_import.split_opening`` (which imports this
    module), handed in by the importer and by the window's Tab."""
    plain = "".join(r.text for r in text if isinstance(r, Run)).rstrip()
    opening, rest = split_opening(text, not plain.endswith(","), language)
    if not opening:
        opening, rest = split_opening(text, plain.endswith(","), language)
    return with_opening(opening, rest) if opening else text


def _introduces(instruction: Operative) -> bool:
    """An instruction that ends with a colon ("... insert a new paragraph reading:")."""
    return "".join(r.text for r in instruction.text if isinstance(r, Run)).rstrip().endswith(":")
