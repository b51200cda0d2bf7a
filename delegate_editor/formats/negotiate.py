"""Returned copies become proposals: three ways, the draft as sent, the copy, the draft now.

A delegation sends back the DOCX or ODT it was sent, edited in Word or LibreOffice. The
copy is read as any file (:func:`registry.read_any`: our own export carries the draft, and
paragraphs edited in place keep their ids), then :func:`compare.compare` aligns the draft
as sent with it, paragraph by paragraph (by id, then by text) and word by word: no second
diff. Each changed paragraph becomes a ``words`` proposal on the sent text, an added one a
``new_paragraph``, a removed one a ``delete_paragraph``, all by that delegation; then each
is re-based from the sent paragraph onto the draft as it stands now (the third way), where
earlier proposals may have been accepted. The same change from two delegations is one
proposal with both as authors; two changes to the same words stand side by side.

What cannot be taken as a proposal is told in coded messages (``negotiate.*``, a
:class:`~delegate_editor.conventions.messages.Said`): English words, shown in the reader's
language in the app and on the command line.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date

from delegate_editor.conventions.messages import SOURCE, Message, Said, catalogue, msg
from delegate_editor.formats.blocks import Block
from delegate_editor.formats.compare import Kind, Op, Row, compare
from delegate_editor.formats.layout import BlockStyle
from delegate_editor.model import walk
from delegate_editor.model.document import Draft
from delegate_editor.model.negotiation import (
    Edit,
    Negotiation,
    Proposal,
    ProposalKind,
    paragraph_text,
    zero_labels,
)
from delegate_editor.model.proposals import rebase, same_change

_BODY = ("preamble", "operative", "annex")
_PARTS = {"preamble": "preamble", "operative": "operative", "annex": "annexes"}


@dataclass
class Returned:
    """What the copies gave: the proposals added, and what could not be taken as one."""

    added: list[Proposal] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)


def _edits(row: Row) -> tuple[Edit, ...]:
    """The row's word changes as character ranges of the older paragraph's printed text
    (labels and footnote marks print no characters of it)."""
    edits: list[Edit] = []
    at = 0
    start, text = -1, ""
    for span in row.spans:
        words = "".join(t.text for t in span.tokens if not t.label and t.note is None)
        if span.op is Op.DELETE:
            start = at if start < 0 else start
            at += len(words)
        elif span.op is Op.INSERT:
            start = at if start < 0 else start
            text += words
        else:
            if start >= 0:
                edits.append(Edit(start, at, text))
                start, text = -1, ""
            at += len(words)
    if start >= 0:
        edits.append(Edit(start, at, text))
    return tuple(e for e in edits if e.start != e.end or e.text)


def _mapped(edits: tuple[Edit, ...], printed: str, base: str) -> tuple[Edit, ...]:
    """Edits of a paragraph's printed text moved onto its model text, where the two differ
    by what the model does not hold as words (a cross-reference printed as its number):
    each offset goes to the same character of the model text, or to the edge of the
    printed-only stretch it falls in."""
    from difflib import SequenceMatcher

    at: dict[int, int] = {}
    for a, b, size in SequenceMatcher(None, printed, base, autojunk=False).get_matching_blocks():
        for k in range(size + 1):
            at.setdefault(a + k, b + k)
    ends = sorted(at)

    def place(offset: int) -> int:
        if offset in at:
            return at[offset]
        before = [k for k in ends if k <= offset]
        return at[before[-1]] if before else 0

    out = [Edit(place(e.start), max(place(e.start), place(e.end)), e.text) for e in edits]
    return tuple(e for e in out if e.start != e.end or e.text)


def _opening(block: Block) -> tuple[str, str]:
    """The italic opening words of an added preambular or operative paragraph, and the rest."""
    pieces = [p for p in block.pieces if p.note is None]
    if block.style not in (BlockStyle.PREAMBLE, BlockStyle.OPERATIVE) or not pieces or not pieces[0].italic:
        return "", block.text.strip()
    opening = pieces[0].text.strip()
    return opening, "".join(p.text for p in pieces[1:]).strip()


def proposals_from_copy(
    sent: Draft, returned: Draft, delegation: str, made: date | None = None
) -> tuple[list[Proposal], list[str]]:
    """The changes of ``returned`` from ``sent`` as proposals by ``delegation``, on the text
    as sent, and a line for each change that is no proposal (the front matter, footnotes)."""
    comparison = compare(sent, returned)
    out: list[Proposal] = []
    messages: list[str] = []
    authors = [delegation]
    last_sent = {part: "" for part in _BODY}  # the paragraph of the sent text each row follows
    for row in comparison.rows:
        old, new = row.old, row.new
        part = row.block.source.part
        if part not in _BODY:
            if row.kind is not Kind.SAME and not _only_renumbered(row):
                messages.append(
                    Said("negotiate.not-a-proposal", delegation=delegation, what=_what(row.block))
                )
            continue
        if old is not None and old.source.id and row.kind in (Kind.SAME, Kind.CHANGED):
            node = walk.find(sent, old.source.id, walk.BODY_PARTS)
            if row.kind is Kind.CHANGED and node is not None and hasattr(node, "text"):
                base = paragraph_text(node)
                edits = _edits(row) if old.text == base else _mapped(_edits(row), old.text, base)
                if edits:
                    out.append(
                        Proposal(ProposalKind.WORDS, node.id, authors[:], made, base=base, edits=edits)
                    )
            last_sent[part] = old.source.id
        elif row.kind in (Kind.DELETED, Kind.MOVED_FROM) and old is not None and old.source.id:
            out.append(Proposal(ProposalKind.DELETE_PARAGRAPH, old.source.id, authors[:], made))
            last_sent[part] = old.source.id
        elif row.kind in (Kind.INSERTED, Kind.MOVED_TO) and new is not None:
            if new.style is BlockStyle.ANNEX_LABEL or new.style is BlockStyle.ANNEX_TITLE:
                messages.append(Said("negotiate.annex-added", delegation=delegation))
                continue
            opening, text = _opening(new)
            p = Proposal(ProposalKind.NEW_PARAGRAPH, last_sent[part], authors[:], made, part=_PARTS[part])
            p.opening, p.text, p.new_id = opening, text, p.id
            out.append(p)
    removed = any(p.kind is ProposalKind.DELETE_PARAGRAPH for p in out)
    for change in comparison.notes.values():
        if change.new is None and removed:  # gone with a paragraph the copy deleted
            continue
        if change.old is None or change.new is None or any(s.op is not Op.EQUAL for s in change.spans):
            messages.append(Said("negotiate.footnote", delegation=delegation))
            break
    return out, messages


def _only_renumbered(row: Row) -> bool:
    return all(s.op is Op.EQUAL or all(t.label for t in s.tokens) for s in row.spans)


def _what(block: Block) -> Message | str:
    """A front-matter line as a delegate names it ("the sponsors line"): a word of the
    catalogues' "header_line" table, so it is worded in the reader's language; a line the
    table does not know keeps the list of changes' English name."""
    from delegate_editor.formats.change_list import where

    if block.style.value in catalogue(SOURCE).words.get("header_line", {}):
        return msg("at.header-line", line=block.style.value)
    return where(block)


def negotiate(
    sent: Draft, copies: list[tuple[str, Draft]], current: Draft | None = None, made: date | None = None
) -> tuple[Draft, Returned]:
    """The draft (``current``, or a copy of ``sent``) with the proposals of every returned
    copy, in the order given; each re-based from the sent text onto the draft's."""
    draft = current if current is not None else copy.deepcopy(sent)
    if draft.negotiation is None:
        labels = sent.negotiation.labels if sent.negotiation else zero_labels(sent)
        draft.negotiation = Negotiation(labels=dict(labels))
    neg = draft.negotiation
    result = Returned()
    for delegation, returned in copies:
        proposals, messages = proposals_from_copy(sent, returned, delegation, made)
        result.messages += messages
        for proposal in proposals:
            if not _rebase_on(draft, proposal):
                result.messages.append(Said("negotiate.already-in", delegation=delegation))
                continue
            twin = next((p for p in neg.proposals if p.pending and same_change(p, proposal)), None)
            if twin is not None:
                twin.authors += [a for a in proposal.authors if a not in twin.authors]
                continue
            neg.proposals.append(proposal)
            result.added.append(proposal)
    return draft, result


def _rebase_on(draft: Draft, proposal: Proposal) -> bool:
    """Move a proposal on the sent text onto the draft as it stands; False when the draft
    already says what it proposes (accepted from another delegation since)."""
    if proposal.kind is not ProposalKind.WORDS:
        return True
    node = walk.find(draft, proposal.target, walk.BODY_PARTS)
    if node is None:
        proposal.collides_with = "the paragraph is no longer in the draft"
        return True
    current = paragraph_text(node)
    if proposal.base != current and proposal.proposed_text() == current:
        return False
    rebase(proposal, current)
    return True
