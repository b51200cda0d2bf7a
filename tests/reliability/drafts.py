"""Real drafts and their real exports: the seeds the fuzz tests mutate."""

from __future__ import annotations

import functools
from pathlib import Path

from delegate_editor.formats.registry import export_bytes
from delegate_editor.model import (
    Annex,
    AnnexParagraph,
    AnnexStyle,
    Draft,
    Footnote,
    NoteRef,
    Operative,
    Preambular,
    RowKind,
    Run,
    SectionHeading,
    SubParagraph,
    XRef,
    rich,
)
from delegate_editor.resources import resource
from delegate_editor.storage import dres

SEED_TXT = Path(__file__).resolve().parents[1] / "data" / "seed_E_CN.15_2013_draft_cybercrime.txt"


def example() -> Draft:
    return dres.load(resource("examples", "cybercrime.dres"))


def rich_draft() -> Draft:
    """Every kind of node: footnotes (one numbered, one with its own mark, from format 8),
    cross-references, sub-paragraphs two deep, a section heading, a section with a preamble of
    its own numbered from 1 again (format 10), an annex with headings, numbered paragraphs and
    lettered items under them (from format 9), a table in the annex (format 12) and one under
    an operative paragraph (format 13)."""
    note = Footnote(
        text=(Run("United Nations, "), Run("Treaty Series", True), Run(", vol. 2225, No. 39574."))
    )
    # A/80/L.42's note on its title, with the mark the UN prints
    starred = Footnote(
        rich(
            "In order for the General Assembly to take action on the present proposal, it will be "
            "necessary to decide to consider agenda item 18 directly in plenary meeting."
        ),
        mark="**",
    )
    target = Operative("Decides", rich("to remain actively seized of the matter."))
    return Draft(
        title=(Run("Strengthening cooperation"), NoteRef(starred.id)),
        preamble=[Preambular("Recalling", (Run("its resolution 65/230"), NoteRef(note.id), Run(",")))],
        operative=[
            SectionHeading("I. General"),
            Operative(
                "Requests",
                rich("the Secretary-General:"),
                subs=[
                    SubParagraph(rich("To report;"), children=[SubParagraph(rich("On one thing;"))]),
                    SubParagraph(rich("To consult;"), dash=True),
                ],
            ),
            Operative("Recalls", (Run("paragraph "), XRef(target.id), Run(" below;"))),
            target,
            # a section with a preamble of its own, numbered from 1 again (format 10)
            SectionHeading(
                "II. Follow-up",
                preamble=[Preambular("Recalling also", rich("its resolution 70/1,"))],
                restart=True,
            ),
            # a table under its paragraph (format 13): A/RES/80/243's paragraph XII.17
            Operative(
                "Approves",
                rich("the changes to the staffing table as set out in the table below:"),
                subs=[
                    SubParagraph(rich("Action\tTitle of post\tCategory/level\tNumber"), row=RowKind.HEADER),
                    SubParagraph(rich("Establishment\tLegal Officer\tP-4\t1"), row=RowKind.ROW),
                    SubParagraph(
                        rich("Establishment\tSenior Benefits Assistant\tGS (PL)\t1"), row=RowKind.ROW
                    ),
                ],
            ),
            Operative("Requests", rich("a report at its eighty-first session.")),
        ],
        annexes=[
            Annex(
                rich("Plan of work"),
                [
                    AnnexParagraph(rich("Scope"), AnnexStyle.HEADING),
                    AnnexParagraph(rich("The plan covers two years:"), AnnexStyle.NUMBERED),
                    AnnexParagraph(rich("The first year;"), AnnexStyle.LETTERED),  # format 9
                    AnnexParagraph(rich("The second year."), AnnexStyle.LETTERED),
                    AnnexParagraph(rich("It is reviewed yearly."), AnnexStyle.BODY),
                    # a table (format 12): A/C.5/80/L.4's staffing table, its heads and two rows
                    AnnexParagraph(rich("Category\tTotal"), AnnexStyle.HEADER),
                    AnnexParagraph(rich("Deputy Secretary-General\t1"), AnnexStyle.ROW),
                    AnnexParagraph(rich("P-4\t1 871"), AnnexStyle.ROW),
                ],
            )
        ],
        footnotes={note.id: note, starred.id: starred},
    )


def drafts() -> dict[str, Draft]:
    return {"example": example(), "rich": rich_draft()}


@functools.cache
def exports(ext: str) -> dict[str, bytes]:
    """Each seed draft exported by the app's own writer."""
    return {name: export_bytes(draft, f"{name}{ext}") for name, draft in drafts().items()}
