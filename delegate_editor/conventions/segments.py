"""The draft's text as a flat list of segments, in reading order, for the text rules.

Paragraph numbers, sub-paragraph labels and footnote numbers come from
``model/numbering.py``, the numbering the exports print through ``formats/blocks.py``, so a
finding names the note "3" that the printed text shows as 3.

Each segment is one piece of running text (a paragraph's text, a sub-paragraph, a footnote,
the title) with the place a finding about it should name and the address an :class:`Edit`
needs to change it. The draft is walked once, by ``model/walk.py`` (the walk every consumer
shares), which keeps each rule a loop over a list and the checker linear in the size of the
draft.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from delegate_editor.conventions import language as languages
from delegate_editor.conventions.findings import Edit, Finding, Fix, Severity
from delegate_editor.conventions.messages import Message, msg
from delegate_editor.model import walk
from delegate_editor.model.document import Draft, Preambular, SubParagraph
from delegate_editor.model.numbering import note_numbers, paragraph_labels
from delegate_editor.model.text import RichText, Run, plain_text


@dataclass
class Segment:
    part: str  # the finding's part: header, preamble, operative, annex, footnotes
    paragraph: int | None
    node_part: str  # the Edit's part ("preamble", "operative", "annexes", "footnotes") or ""
    node_id: str  # the paragraph id, or the draft field's dotted path when node_part is ""
    text: RichText
    body: bool  # running text of the resolution itself (not a footnote, not the header)
    where: Message | None = None  # "sub-paragraph (a)", "title", ...
    opening: str = ""
    plain: str = field(init=False)

    def __post_init__(self) -> None:
        self.plain = plain_text(self.text)

    def edit(self, value: RichText) -> Edit:
        if self.node_part:
            return Edit(value, part=self.node_part, node_id=self.node_id, attr="text")
        return Edit(value, path=self.node_id)


def sub_where(labels: dict[str, str], para_id: str, sub: SubParagraph) -> Message:
    """Where in its paragraph a sub-paragraph is: "sub-paragraph (a)", "sub-paragraph (a)
    (i)", as a message worded in the reader's language. The label is the numbering every
    export prints (``model/numbering.py``); a dash item, a quoted paragraph or a table's row is
    named as such, after its label when it has one."""
    own = labels.get(sub.id, "").removeprefix(labels.get(para_id, "")).strip()
    kind = "quoted" if sub.quoted else "dash" if sub.dash else "row" if sub.row else ""
    if not kind:
        return msg("where.sub", label=own)
    return msg(f"where.sub-{kind}-label", label=own) if own else msg(f"where.sub-{kind}")


def segments(draft: Draft) -> list[Segment]:
    """Every piece of text of the draft in printed order (``model/walk.py``); footnotes last,
    in number order. Paragraph numbers are the checker's: preambular and operative paragraphs
    counted in their part (a sub-paragraph takes its paragraph's), annex paragraphs counted
    across the annexes."""
    out: list[Segment] = []
    labels = paragraph_labels(draft, languages.of(draft).numbering())
    numbers = {k: n for k, n in note_numbers(draft).items() if k in draft.footnotes}
    count = {"preamble": 0, "operative": 0, "annexes": 0}
    annexes = 0
    para_id = ""  # the operative paragraph the sub-paragraphs that follow belong to
    for f in walk.rich_fields(draft):
        if f.part == "header":
            if f.text:
                where = msg("where.field", field=f.attr)
                out.append(Segment("header", None, "", f.attr, f.text, False, where))
        elif f.part == "footnotes":
            out.append(Segment("footnotes", numbers.get(f.id), "footnotes", f.id, f.text, False))
        elif f.part == "annexes" and f.attr == "title":
            annexes += 1
            if f.text:
                where = msg("where.annex-title", n=annexes)
                out.append(Segment("annex", None, "annexes", f.id, f.text, True, where))
        elif f.part == "operative" and isinstance(f.node, Preambular):
            # a section's own preambular paragraph (A/RES/80/237): checked as the preamble's
            out.append(Segment("preamble", None, "operative", f.id, f.text, True, opening=f.opening))
        elif f.part == "operative" and f.depth:
            where = sub_where(labels, para_id, f.node)
            out.append(Segment("operative", count["operative"], "operative", f.id, f.text, True, where))
        else:
            count[f.part] += 1
            para_id = f.id
            where = "annex" if f.part == "annexes" else f.part
            out.append(Segment(where, count[f.part], f.part, f.id, f.text, True, opening=f.opening))
    return out


def all_node_ids(draft: Draft) -> set[str]:
    """Ids a cross-reference may point at: paragraphs, sub-paragraphs, section headings,
    annexes and annex paragraphs."""
    return {node.id for part in walk.BODY_PARTS for node, _ in walk.tree(getattr(draft, part))}


def replace_in_text(text: RichText, start: int, end: int, new: str) -> RichText | None:
    """Replace characters ``start:end`` of the plain text with ``new`` when they lie inside
    one run (a fix must not merge an italic and a roman run); None otherwise."""
    pos = 0
    items = list(text)
    for i, item in enumerate(items):
        if not isinstance(item, Run):
            continue
        run_end = pos + len(item.text)
        if pos <= start and end <= run_end:
            a, b = start - pos, end - pos
            items[i] = Run(item.text[:a] + new + item.text[b:], item.italic)
            return tuple(items)
        pos = run_end
    return None


def add_finding(
    out: list[Finding], seg: Segment, severity: Severity, rule: str, message: Message, fix: Fix | None = None
) -> None:
    """Report a finding about ``seg`` at its place, its label before the message."""
    node = seg.node_id if seg.node_part else ""
    out.append(Finding(severity, rule, message, seg.part, seg.paragraph, fix, node, seg.where))


def replace_fix(seg: Segment, start: int, end: int, new: str, label: Message) -> Fix | None:
    """A fix replacing characters ``start:end`` of the segment, when they lie in one run."""
    fixed = replace_in_text(seg.text, start, end, new)
    return Fix(label, (seg.edit(fixed),)) if fixed is not None else None
