"""The compilation text and the clean text, from the one source.

The compilation is the draft's own rendering (:func:`blocks.render`) with its negotiation
put in: every body paragraph opens with its negotiation label in bold ("PP1", "OP3bis") and
its status tag; a pending proposal stands in place in square brackets, the words it deletes
struck through, the words it adds in bold, its authors in parentheses; proposals on the same
words stand side by side; new paragraphs and alternatives follow as paragraphs of their own;
a table of the open paragraphs ends it. The result is a :class:`Rendered`, so the DOCX, ODT
and typst writers write it as any draft (``docs/negotiation.md``). The clean text is the
draft itself, accepted proposals being already in its text, without its negotiation.
"""

from __future__ import annotations

import copy
import dataclasses

from delegate_editor.formats.blocks import Block, Piece, Rendered, Source, render
from delegate_editor.formats.compare_pdf import MarkedPiece
from delegate_editor.formats.layout import SUB_STYLES, BlockStyle, Layout
from delegate_editor.model import walk
from delegate_editor.model.document import Draft
from delegate_editor.model.negotiation import (
    Edit,
    Negotiation,
    ParagraphStatus,
    Proposal,
    ProposalKind,
    join_opening,
    labels,
    paragraph_text,
)

STATUS_TAGS = {
    ParagraphStatus.BRACKETED: "",
    ParagraphStatus.AGREED_AD_REF: "[agreed ad ref] ",
    ParagraphStatus.AGREED: "[agreed] ",
}
_BODY = ("preamble", "operative", "annex")
_PARTS = {"preamble": "preamble", "operative": "operative", "annexes": "annex"}


def _mark(text: str, change: str = "", italic: bool = False) -> Piece:
    return MarkedPiece(text, italic, change=change)


def _chars(block: Block) -> list[tuple[str, bool, Piece | None]]:
    """The block as (character, italic, None), footnote marks as ("", False, piece)."""
    out: list[tuple[str, bool, Piece | None]] = []
    for piece in block.pieces:
        if piece.note is not None:
            out.append(("", False, piece))
        else:
            out += [(c, piece.italic, None) for c in piece.text]
    return out


def _span(chars: list, start: int, end: int, change: str = "", notes: bool = True) -> list[Piece]:
    """Characters ``start``..``end`` of the text as pieces, with the footnote marks among
    them unless ``notes`` is false (a proposal's version shows words, not marks)."""
    out: list[Piece] = []
    at = 0
    for c, italic, note in chars:
        if note is not None:
            if notes and start <= at < end:
                out.append(note)
            continue
        if start <= at < end:
            out.append(_mark(c, change, italic))
        at += 1
    return out


def _clusters(edits: list[tuple[Edit, Proposal]]) -> list[tuple[int, int, list[Proposal]]]:
    """Edits that touch the same words, grouped: (start, end, the proposals in it)."""
    from delegate_editor.model.proposals import overlap

    groups: list[tuple[int, int, list[tuple[Edit, Proposal]]]] = []
    for edit, p in sorted(edits, key=lambda ep: (ep[0].start, ep[0].end)):
        if groups:
            start, end, members = groups[-1]
            if any(overlap(edit, e) for e, _ in members) or (edit.start < end):
                groups[-1] = (start, max(end, edit.end), [*members, (edit, p)])
                continue
        groups.append((edit.start, edit.end, [(edit, p)]))
    out = []
    for start, end, members in groups:
        seen: list[Proposal] = []
        for _e, p in members:
            if p not in seen:
                seen.append(p)
        made = [p for _e, p in edits]  # side by side in the order they were made
        out.append((start, end, sorted(seen, key=made.index)))
    return out


def _version(chars: list, start: int, end: int, proposal: Proposal) -> list[Piece]:
    """One proposal's version of characters ``start``..``end``: in brackets, its deletions
    struck, its additions in bold, its authors after."""
    out: list[Piece] = [_mark("[")]
    at = start
    mine = (e for e in proposal.edits if start <= e.start and (e.start < end or e.start == e.end == end))
    for edit in sorted(mine, key=lambda e: e.start):
        stop = min(edit.end, end)  # a space deleted after the words is left outside
        out += _span(chars, at, edit.start, notes=False)
        out += _span(chars, edit.start, stop, "del", notes=False)
        if edit.text:
            out.append(_mark(edit.text, "add"))
        at = stop
    out += _span(chars, at, end, notes=False)
    out.append(_mark(f" ({credit(proposal)})]"))
    return out


def credit(proposal: Proposal) -> str:
    """Who stands behind a proposal, as the compilation prints it: "EU; supported by Japan;
    opposed by Egypt"."""
    parts = [proposal.by]
    if proposal.supporters:
        parts.append("supported by " + ", ".join(proposal.supporters))
    if proposal.objectors:
        parts.append("opposed by " + ", ".join(proposal.objectors))
    return "; ".join(parts)


class _Compiler:
    def __init__(self, draft: Draft, layout: Layout | None) -> None:
        self.draft = draft
        self.neg: Negotiation = draft.negotiation or Negotiation()
        self.rendered = render(draft, layout)
        self.labels = labels(draft)
        self.blocks: list[Block] = []

    def tag(self, node_id: str) -> list[Piece]:
        label = self.labels.get(node_id, "")
        status = STATUS_TAGS.get(self.neg.state(node_id).status, "")
        return [_mark(f"{label} " if label else "", "tag"), *([_mark(status, "tag")] if status else [])]

    def paragraph(self, block: Block) -> None:
        node_id = block.source.id
        node = walk.find(self.draft, node_id, walk.BODY_PARTS)
        if node is None or not hasattr(node, "text") or not isinstance(node.text, tuple):
            self.blocks.append(block)
            return
        pending = self.neg.on(node_id)
        current = paragraph_text(node)
        chars = _chars(block)
        inline = [
            p for p in pending if p.kind is ProposalKind.WORDS and not p.collides_with and p.base == current
        ]
        if block.text != current:  # a cross-reference printed as its number: no offsets to trust
            inline = []
        pieces = self.tag(node_id)
        deleted = [p for p in pending if p.kind is ProposalKind.DELETE_PARAGRAPH]
        bracketed = self.neg.state(node_id).status is ParagraphStatus.BRACKETED or bool(deleted)
        if bracketed:
            pieces.append(_mark("["))
        at = 0
        for start, end, proposals in _clusters([(e, p) for p in inline for e in p.edits]):
            while end > start and current[end - 1].isspace():  # "[~sovereign~ (EU)] States"
                end -= 1
            pieces += _span(chars, at, start)
            for i, p in enumerate(proposals):
                pieces += ([_mark(" ")] if i else []) + _version(chars, start, end, p)
            pieces += [n for n in _span(chars, start, end) if n.note is not None]  # marks kept once
            at = end
        pieces += _span(chars, at, len(current) + 1)
        if bracketed:
            pieces.append(_mark("]"))
        for p in deleted:
            pieces.append(_mark(f" (delete: {p.by})", "tag"))
        if source := self.neg.state(node_id).source:
            pieces.append(_mark(f" [{source}]", italic=True))
        self.blocks.append(Block(block.style, tuple(pieces), "", block.source))
        for p in pending:
            if p.kind is ProposalKind.ALTERNATIVE or (p.kind is ProposalKind.WORDS and p not in inline):
                self.whole(block, p, p.id if p.kind is ProposalKind.ALTERNATIVE else node_id)
        self.new_after(node_id, block)

    def whole(
        self, at: Block, proposal: Proposal, label_of: str, text: str = "", style: BlockStyle | None = None
    ) -> None:
        """A proposal shown as a paragraph of its own, bracketed, in bold, with its authors."""
        text = text or proposal.proposed_text()
        pieces = [*self.tag(label_of), _mark("["), _mark(text, "add")]
        note = ""
        if proposal.kind is ProposalKind.WORDS:
            note = "; does not apply to the current text" if not proposal.collides_with else "; collides"
        pieces.append(_mark(f" ({credit(proposal)}{note})]"))
        self.blocks.append(Block(style or at.style, tuple(pieces), "", Source(at.source.part)))

    def new_after(self, node_id: str, at: Block) -> None:
        """The new paragraphs proposed after ``node_id`` ("": at the start of ``at``'s part)."""
        for p in self.neg.proposals:
            if p.pending and p.kind is ProposalKind.NEW_PARAGRAPH and p.target == node_id:
                if not node_id and _PARTS.get(p.part) != at.source.part:
                    continue
                own = {"preamble": BlockStyle.PREAMBLE, "operative": BlockStyle.OPERATIVE}.get(p.part)
                style = at.style if at.style in (*SUB_STYLES, BlockStyle.ANNEX_BODY) or own is None else own
                self.whole(at, p, p.new_id or p.id, join_opening(p.opening, p.text), style)

    def run(self) -> Rendered:
        started: set[str] = set()
        for block in self.rendered.blocks:
            part = block.source.part
            if part in _BODY and part not in started:
                started.add(part)
                self.new_after("", block)
            if (
                part in _BODY
                and block.source.id
                and block.style
                not in (
                    BlockStyle.ANNEX_LABEL,
                    BlockStyle.ANNEX_TITLE,
                    BlockStyle.SECTION_HEADING,
                )
            ):
                self.paragraph(block)
            else:
                self.blocks.append(block)
        self.table()
        return dataclasses.replace(self.rendered, blocks=tuple(self.blocks))

    def table(self) -> None:
        """The coordinator's table: each paragraph not agreed, its state and who proposes."""
        rows: list[str] = []
        order = [b.source.id for b in self.rendered.blocks if b.source.part in _BODY and b.source.id]
        for node_id in dict.fromkeys(order):
            if node_id not in self.labels:
                continue
            state = self.neg.state(node_id).status
            pending = self.neg.on(node_id)
            new = [
                p
                for p in self.neg.proposals
                if p.pending and p.kind is ProposalKind.NEW_PARAGRAPH and p.target == node_id
            ]
            if state in (ParagraphStatus.AGREED, ParagraphStatus.AGREED_AD_REF) and not pending:
                continue
            if not pending and not new and state is ParagraphStatus.OPEN:
                continue
            who = sorted({a for p in pending + new for a in p.authors})
            rows.append(
                f"{self.labels[node_id]}\t{state.value.replace('_', ' ')}\t"
                f"{len(pending)} proposal(s) on it, {len(new)} new after it\t{', '.join(who)}"
            )
        silence = self.neg.silence
        if silence is not None:
            when = silence.deadline.strftime("%d %B %Y, %H:%M") if silence.deadline else "no deadline set"
            rows.append(f"Silence procedure until {when}")
            for b in silence.breaks:
                rows.append(
                    f"Silence broken by {b.delegation} on {self.labels.get(b.paragraph, 'a paragraph')}"
                )
        if not rows:
            return
        self.blocks.append(Block(BlockStyle.ANNEX_HEADING, (_mark("Open paragraphs", "tag"),)))
        for row in rows:
            self.blocks.append(Block(BlockStyle.ANNEX_BODY, (Piece(row),)))


def compilation(draft: Draft, layout: Layout | None = None) -> Rendered:
    """The compilation text of a draft under negotiation, as blocks every writer writes."""
    return _Compiler(draft, layout).run()


def clean(draft: Draft) -> Draft:
    """The clean text: accepted proposals only (they are in the text), no negotiation."""
    out = copy.deepcopy(draft)
    out.negotiation = None
    return out


COMPILATION_TYPES = (".docx", ".odt", ".pdf")


def compilation_bytes(draft: Draft, ext: str, layout: Layout | None = None) -> bytes:
    """The compilation text as a DOCX, ODT or PDF (``ext``), in the draft's layout."""
    rendered = compilation(draft, layout)
    if ext == ".docx":
        from delegate_editor.formats.docx_writer import docx_bytes

        return docx_bytes(rendered)
    if ext == ".odt":
        from delegate_editor.formats.odt_writer import odt_bytes

        return odt_bytes(rendered)
    if ext == ".pdf":
        from delegate_editor.formats.typeset import _compile

        result = _compile(rendered, "pdf")
        assert isinstance(result, bytes)
        return result
    raise ValueError(f"no compilation writer for {ext}")


def compilation_pages(draft: Draft, layout: Layout | None = None) -> list[bytes]:
    """The compilation text's pages as SVG, for the preview (typeset whole: a compilation is
    read while negotiating, not typed into, so the preview's slices would gain nothing)."""
    from delegate_editor.formats.typeset import _compile

    result = _compile(compilation(draft, layout), "svg")
    return [result] if isinstance(result, bytes) else list(result)
