"""Deciding on proposals: accept (into the draft's text), reject, withdraw, merge, and the
re-basing of the others that accepting one asks for.

A ``words`` proposal is a list of edits, character ranges of the paragraph's text as it was
made (:class:`~delegate_editor.model.negotiation.Edit`). Accepting one changes that text;
every other pending proposal on the paragraph is re-based on the new text: an edit wholly
before or after the accepted ones moves by their change in length, one that overlaps them
(the same words changed differently) cannot be re-based and the proposal is reported as
colliding instead of being left stale (``docs/negotiation.md``).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from delegate_editor.model import walk
from delegate_editor.model.document import AnnexParagraph, Draft, Operative, Preambular, SubParagraph
from delegate_editor.model.negotiation import (
    Edit,
    Proposal,
    ProposalKind,
    ProposalStatus,
    paragraph_text,
)
from delegate_editor.model.text import Inline, NoteRef, RichText, Run, XRef, normalize

_TOKENS = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


# -- edits between two texts, and moving edits over others --------------------------------


def edits_between(old: str, new: str) -> tuple[Edit, ...]:
    """The word-level edits that turn ``old`` into ``new`` (for a paragraph changed other
    than by a proposal, so that the proposals on it can still be re-based)."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    starts = [0]
    for tok in a:
        starts.append(starts[-1] + len(tok))
    edits = []
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            edits.append(Edit(starts[i1], starts[i2], "".join(b[j1:j2])))
    return tuple(edits)


def overlap(mine: Edit, theirs: Edit) -> bool:
    """Whether two edits of the same text touch the same words."""
    if mine.start == mine.end and theirs.start == theirs.end:
        return mine.start == theirs.start
    if mine.start == mine.end:
        return theirs.start < mine.start < theirs.end
    if theirs.start == theirs.end:
        return mine.start < theirs.start < mine.end
    return max(mine.start, theirs.start) < min(mine.end, theirs.end)


def rebase_edits(edits: tuple[Edit, ...], over: tuple[Edit, ...]) -> tuple[Edit, ...] | None:
    """``edits`` moved onto the text that ``over`` made of their common base; None when one
    of them overlaps ``over`` (the two cannot both stand)."""
    out = []
    for edit in edits:
        if any(overlap(edit, o) for o in over):
            return None
        shift = sum(len(o.text) - (o.end - o.start) for o in over if o.end <= edit.start)
        out.append(Edit(edit.start + shift, edit.end + shift, edit.text))
    return tuple(out)


# -- the paragraph's rich text with edits applied ----------------------------------------


def _find(draft: Draft, paragraph_id: str):
    return walk.find(draft, paragraph_id, walk.BODY_PARTS)


def _chars(node) -> tuple[list[tuple[str, bool]], dict[int, list[Inline]]]:
    """The paragraph as printed, one (character, italic) each, and the marks (footnote and
    cross-references, which print no characters of the text) by the offset they stand at."""
    chars: list[tuple[str, bool]] = []
    marks: dict[int, list[Inline]] = {}
    opening = getattr(node, "opening", "")
    joined = paragraph_text(node)
    chars += [(c, True) for c in opening]
    chars += [(c, False) for c in joined[len(opening) : len(joined) - len(_plain(node.text))]]
    for item in node.text:
        if isinstance(item, Run):
            chars += [(c, item.italic) for c in item.text]
        else:
            marks.setdefault(len(chars), []).append(item)
    return chars, marks


def _plain(text: RichText) -> str:
    return "".join(item.text for item in text if isinstance(item, Run))


def apply_to_node(node, edits: tuple[Edit, ...]) -> None:
    """Apply ``edits`` (offsets in :func:`paragraph_text`) to the paragraph itself: inserted
    words take the style of the words they replace or follow, footnote marks in deleted
    words stay where the words were; the leading italic words are the opening again."""
    chars, marks = _chars(node)
    for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        near = edit.start if edit.start < edit.end else edit.start - 1
        italic = chars[near][1] if 0 <= near < len(chars) else False
        chars[edit.start : edit.end] = [(c, italic) for c in edit.text]
        shift = len(edit.text) - (edit.end - edit.start)
        moved: dict[int, list[Inline]] = {}
        for at, items in marks.items():
            key = at if at <= edit.start else (edit.start + len(edit.text) if at < edit.end else at + shift)
            moved.setdefault(key, []).extend(items)
        marks = moved
    items: list[Inline] = []
    for i, (c, italic) in enumerate(chars):
        items.extend(marks.get(i, []))
        items.append(Run(c, italic))
    items.extend(marks.get(len(chars), []))
    text = normalize(items)
    if isinstance(node, Preambular | Operative):
        node.opening, node.text = _split_opening(text)
    else:
        node.text = text


def _split_opening(text: RichText) -> tuple[str, RichText]:
    """The leading italic run is the opening; one space after it is the joiner."""
    if not text or not isinstance(text[0], Run) or not text[0].italic:
        return "", text
    opening = text[0].text
    rest = list(text[1:])
    if rest and isinstance(rest[0], Run) and rest[0].text.startswith(" "):
        rest[0] = Run(rest[0].text[1:], rest[0].italic)
    return opening.strip(), normalize(rest)


def set_paragraph_text(node, opening: str, text: str) -> None:
    """Replace a paragraph's words (an accepted alternative), keeping its footnote marks at
    the end."""
    marks = tuple(item for item in node.text if isinstance(item, NoteRef | XRef))
    if isinstance(node, Preambular | Operative):
        node.opening = opening
    elif opening:
        text = f"{opening} {text}"
    node.text = normalize([Run(text), *marks])


# -- deciding -----------------------------------------------------------------------------


def _check_pending(proposal: Proposal) -> None:
    if not proposal.pending:
        raise ValueError(f"the proposal is {proposal.status.value}, not pending")


def decide(draft: Draft, proposal_id: str, status: ProposalStatus, merged_into: str = "") -> None:
    """Reject, withdraw or merge a proposal (accepting is :func:`accept`)."""
    assert draft.negotiation is not None
    proposal = draft.negotiation.proposal(proposal_id)
    _check_pending(proposal)
    if status is ProposalStatus.ACCEPTED:
        raise ValueError("accept a proposal with accept()")
    if status is ProposalStatus.MERGED:
        into = draft.negotiation.proposal(merged_into)
        for author in proposal.authors:
            if author not in into.authors:
                into.authors.append(author)
        proposal.merged_into = merged_into
    proposal.status = status


def accept(draft: Draft, proposal_id: str) -> list[Proposal]:
    """Accept a pending proposal into the draft's text, re-base the others on the same
    paragraph, and return those that now collide with it."""
    neg = draft.negotiation
    assert neg is not None
    proposal = neg.proposal(proposal_id)
    _check_pending(proposal)
    if proposal.collides_with:
        raise ValueError("the proposal collides with an accepted one: re-word or reject it")
    others = [p for p in neg.on(proposal.target) if p.id != proposal.id]
    if proposal.kind is ProposalKind.NEW_PARAGRAPH:
        _insert(draft, proposal)
        proposal.status = ProposalStatus.ACCEPTED
        return []
    node = _find(draft, proposal.target)
    if node is None:
        raise ValueError("the paragraph the proposal is on is no longer in the draft")
    if proposal.kind is ProposalKind.DELETE_PARAGRAPH:
        _delete(draft, proposal.target)
        for other in others:
            other.collides_with = proposal.id
        proposal.status = ProposalStatus.ACCEPTED
        return others
    before = paragraph_text(node)
    if proposal.kind is ProposalKind.WORDS:
        rebase(proposal, before)
        if proposal.collides_with:
            raise ValueError("the paragraph changed under the proposal: re-word or reject it")
        applied = proposal.edits
        apply_to_node(node, applied)
    else:
        set_paragraph_text(node, proposal.opening, proposal.text)
        applied = (Edit(0, len(before), paragraph_text(node)),)
    proposal.status = ProposalStatus.ACCEPTED
    collided = []
    after = paragraph_text(node)
    for other in others:
        if other.kind is not ProposalKind.WORDS or other.collides_with:
            continue  # already colliding with an earlier acceptance: said then
        if other.base == before:  # made on the same text: moved over the very edits accepted
            moved = rebase_edits(other.edits, applied)
            if moved is None:
                other.collides_with = proposal.id
            else:
                other.base, other.edits = after, moved
        else:
            rebase(other, after, by=proposal.id)
        if other.collides_with:
            collided.append(other)
    return collided


def rebase(proposal: Proposal, current: str, by: str = "") -> None:
    """Move a words proposal from its base onto ``current``, the paragraph's text now;
    ``collides_with`` is set (to ``by``) when it cannot be moved."""
    if proposal.base == current:
        return
    moved = rebase_edits(proposal.edits, edits_between(proposal.base, current))
    if moved is None:
        proposal.collides_with = by or "the current text"
        return
    proposal.base, proposal.edits = current, moved


def _siblings(draft: Draft, node_id: str) -> tuple[list, int] | None:
    """The list holding the node, and its index there."""
    lists: list[list] = [draft.preamble, draft.operative, *(a.paragraphs for a in draft.annexes)]
    for items in lists:
        stack = [items]
        while stack:
            current = stack.pop()
            for i, item in enumerate(current):
                if item.id == node_id:
                    return current, i
                for name in walk.CHILDREN:
                    kids = getattr(item, name, None)
                    if kids is not None:
                        stack.append(kids)
    return None


def _insert(draft: Draft, proposal: Proposal) -> None:
    found = _siblings(draft, proposal.target) if proposal.target else None
    if found is None:
        items = draft.operative if proposal.part == "operative" else draft.preamble
        node_type = Operative if proposal.part == "operative" else Preambular
        at = 0
    else:
        items, index = found
        node_type = type(items[index])
        at = index + 1
    if node_type in (Preambular, Operative):
        node = node_type(opening=proposal.opening, id=proposal.new_id or proposal.id)
    elif node_type in (SubParagraph, AnnexParagraph):
        node = node_type(id=proposal.new_id or proposal.id)
    else:  # after a section heading: an operative paragraph
        node = Operative(opening=proposal.opening, id=proposal.new_id or proposal.id)
    set_paragraph_text(node, proposal.opening, proposal.text)
    items.insert(at, node)


def _delete(draft: Draft, node_id: str) -> None:
    found = _siblings(draft, node_id)
    if found is None:
        return
    items, index = found
    assert draft.negotiation is not None
    previous = items[index - 1].id if index else ""
    for p in draft.negotiation.proposals:  # new paragraphs after it follow the one before
        if p.kind is ProposalKind.NEW_PARAGRAPH and p.target == node_id and p.pending:
            p.target = previous
    del items[index]


def same_change(a: Proposal, b: Proposal) -> bool:
    """Whether two proposals propose the same thing (then one, with both as authors)."""
    keys = ("kind", "target", "base", "edits", "opening", "text")
    return all(getattr(a, k) == getattr(b, k) for k in keys) and (
        a.kind is not ProposalKind.NEW_PARAGRAPH or a.part == b.part
    )


def words_proposal(node, edits: tuple[Edit, ...], authors: list[str], **extra) -> Proposal:
    """A words proposal on a paragraph of the draft as it stands."""
    return Proposal(
        ProposalKind.WORDS, node.id, list(authors), base=paragraph_text(node), edits=edits, **extra
    )
