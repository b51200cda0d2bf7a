"""Drafts the writer tests share: the DOCX, ODT and typeset-page tests check the same pages,
so they typeset the same drafts."""

from __future__ import annotations

from delegate_editor.model import (
    Annex,
    AnnexParagraph,
    Draft,
    Footnote,
    NoteRef,
    Operative,
    Preambular,
    Run,
    SubParagraph,
    rich,
)


def long_text(n: int, tag: str) -> str:
    """A paragraph of ``n`` clauses that starts with ``tag`` (to find it on the page)."""
    return f"{tag} " + " ".join(["the Member States reaffirm their commitment to cooperation"] * n)


def footnoted_draft() -> Draft:
    """Twelve long operative paragraphs over several pages; notes 1, 2 and 3 cited in
    paragraphs 1, 2 and 10, so they land at the foot of different pages."""
    notes = [Footnote(rich(f"Resolution 65/230, annex, NOTE{i}.")) for i in (1, 2, 3)]
    ops = [Operative("Requests", rich(long_text(14, f"PARA{i}") + ";")) for i in range(1, 13)]
    for op, note in zip((ops[0], ops[1], ops[9]), notes, strict=True):
        op.text = (*op.text, NoteRef(note.id))
    draft = Draft(
        title=rich("Footnotes at the foot of their page"),
        preamble=[Preambular("Recalling", rich("its resolution 65/230,"))],
        operative=ops,
        footnotes={n.id: n for n in notes},
    )
    draft.front.symbol = "A/C.3/78/L.12"
    draft.front.organ = "General Assembly"
    return draft


def annex_draft() -> Draft:
    """One operative paragraph with (a), (a)(i) and (b), and an annex."""
    return Draft(
        title=rich("Political declaration"),
        preamble=[Preambular("Recalling", rich("its resolution 65/230,"))],
        operative=[
            Operative(
                "Adopts",
                rich("the declaration annexed to the present resolution:"),
                subs=[
                    SubParagraph(rich("To act;"), [SubParagraph(rich("Soon;"))]),
                    SubParagraph(rich("To report.")),
                ],
            )
        ],
        annexes=[
            Annex(rich("Political declaration"), [AnnexParagraph(rich("We, the Heads of State, ANNEXTEXT."))])
        ],
    )


def margins_draft() -> Draft:
    """Enough text to fill page 1 and run onto page 2, with no notes."""
    return Draft(operative=[Operative("Requests", rich(long_text(14, f"P{i}") + ";")) for i in range(12)])


def cited_twice_draft() -> Draft:
    """One footnote cited in two paragraphs ("FIRSTCITE", "SECONDCITE"): one note, two marks."""
    note = Footnote(rich("Resolution 65/230, annex, TWICE."))
    return Draft(
        operative=[
            Operative("Recalls", (Run("FIRSTCITE"), NoteRef(note.id), Run(";"))),
            Operative("Notes", (Run("SECONDCITE"), NoteRef(note.id), Run("."))),
        ],
        footnotes={note.id: note},
    )
