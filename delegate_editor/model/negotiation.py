"""A draft under negotiation: labels, proposals with their authors, paragraph states.

Plain data (the design is ``docs/negotiation.md``): a later co-drafting feature synchronises
exactly these dataclasses, so nothing here knows about Qt, files or output formats. The
labels are those of the zero draft (PP1, OP3, OP3(a)) and never renumbered while
negotiating; a paragraph added later is named after the labelled paragraph it follows
("OP3bis", "OP3ter"), an alternative version "OP6alt". Accepting and re-basing proposals is
in :mod:`delegate_editor.model.proposals`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from delegate_editor.model import walk
from delegate_editor.model.document import Draft, Operative
from delegate_editor.model.document import new_id as make_id
from delegate_editor.model.text import plain_text


class ProposalKind(StrEnum):
    WORDS = "words"  # words inserted, deleted or replaced inside a paragraph
    NEW_PARAGRAPH = "new_paragraph"  # a paragraph after the target
    DELETE_PARAGRAPH = "delete_paragraph"
    ALTERNATIVE = "alternative"  # another version of the whole paragraph


class ProposalStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    MERGED = "merged"  # into another proposal (``merged_into``)


class ParagraphStatus(StrEnum):
    OPEN = "open"
    BRACKETED = "bracketed"  # contested whole: printed in square brackets
    AGREED_AD_REF = "agreed_ad_ref"  # agreed ad referendum, pending capitals
    AGREED = "agreed"


@dataclass(frozen=True)
class Edit:
    """Characters ``start``..``end`` of a proposal's base text replaced by ``text``
    (an insertion when ``start == end``, a deletion when ``text`` is empty)."""

    start: int
    end: int
    text: str


@dataclass
class Proposal:
    kind: ProposalKind
    target: str  # the paragraph's id ("" with NEW_PARAGRAPH: at the start of ``part``)
    authors: list[str]  # "EU", "Egypt on behalf of NAM"; one or several delegations
    made: date | None = None
    status: ProposalStatus = ProposalStatus.PENDING
    supporters: list[str] = field(default_factory=list)
    objectors: list[str] = field(default_factory=list)
    comment: str = ""
    # WORDS: the paragraph's text the edits apply to, and the edits
    base: str = ""
    edits: tuple[Edit, ...] = ()
    # NEW_PARAGRAPH and ALTERNATIVE: the paragraph proposed
    part: str = ""  # preamble, operative, annexes (NEW_PARAGRAPH)
    opening: str = ""
    text: str = ""
    new_id: str = ""  # the id a new paragraph takes, so its label is stable
    merged_into: str = ""
    collides_with: str = ""  # the accepted proposal this one could not be re-based over
    id: str = field(default_factory=make_id)

    @property
    def pending(self) -> bool:
        return self.status is ProposalStatus.PENDING

    @property
    def by(self) -> str:
        """The authors as the compilation prints them: "EU, Mexico"."""
        return ", ".join(self.authors)

    def proposed_text(self) -> str:
        """The whole paragraph as the proposal would make it (WORDS) or proposes it."""
        if self.kind is ProposalKind.WORDS:
            return apply_edits(self.base, self.edits)
        return join_opening(self.opening, self.text)


@dataclass
class ParagraphState:
    status: ParagraphStatus = ParagraphStatus.OPEN
    source: str = ""  # the agreed language reused: "A/HRC/28/2 (OP9, amended)"


@dataclass
class SilenceBreak:
    delegation: str
    paragraph: str  # the paragraph's id
    when: datetime | None = None


@dataclass
class Silence:
    deadline: datetime | None = None
    breaks: list[SilenceBreak] = field(default_factory=list)


@dataclass
class Negotiation:
    labels: dict[str, str] = field(default_factory=dict)  # paragraph id → zero-draft label
    proposals: list[Proposal] = field(default_factory=list)
    paragraphs: dict[str, ParagraphState] = field(default_factory=dict)
    silence: Silence | None = None

    def proposal(self, proposal_id: str) -> Proposal:
        for proposal in self.proposals:
            if proposal.id == proposal_id:
                return proposal
        raise KeyError(proposal_id)

    def on(self, paragraph_id: str, pending_only: bool = True) -> list[Proposal]:
        """The proposals on a paragraph (a new paragraph proposed after it is not on it)."""
        return [
            p
            for p in self.proposals
            if p.target == paragraph_id
            and p.kind is not ProposalKind.NEW_PARAGRAPH
            and (p.pending or not pending_only)
        ]

    def state(self, paragraph_id: str) -> ParagraphState:
        return self.paragraphs.get(paragraph_id, ParagraphState())

    def set_status(self, paragraph_id: str, status: ParagraphStatus, source: str | None = None) -> None:
        state = self.paragraphs.setdefault(paragraph_id, ParagraphState())
        state.status = status
        if source is not None:
            state.source = source
        if state == ParagraphState():
            del self.paragraphs[paragraph_id]

    def break_silence(self, delegation: str, paragraph_id: str, when: datetime | None = None) -> None:
        if self.silence is None:
            raise ValueError("no silence procedure is running")
        self.silence.breaks.append(SilenceBreak(delegation, paragraph_id, when))


# -- the paragraphs' text as the pages print it --------------------------------------------


def join_opening(opening: str, text: str) -> str:
    """Opening and text as one line, joined as ``blocks.render`` joins them."""
    if not opening:
        return text
    if not text or text[:1] in ",;:." or text[:1].isspace():
        return opening + text
    return f"{opening} {text}"


def paragraph_text(node: object) -> str:
    """A paragraph's plain text as printed (its italic opening, then its text): the text
    proposals' offsets count in."""
    return join_opening(getattr(node, "opening", ""), plain_text(getattr(node, "text", ())))


# -- labels ---------------------------------------------------------------------------------

SUFFIXES = ("bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies")


def zero_labels(draft: Draft) -> dict[str, str]:
    """PP1..., OP1..., OP3(a), OP3(a)(i) and ANX1... for the draft as it stands."""
    labels: dict[str, str] = {}
    for i, para in enumerate(draft.preamble, start=1):
        labels[para.id] = f"PP{i}"
    number = 0
    for item in draft.operative:
        if not isinstance(item, Operative):
            continue
        number += 1
        labels[item.id] = f"OP{number}"
        _sub_labels(item.subs, f"OP{number}", labels)
    n = 0
    for annex in draft.annexes:
        for para in annex.paragraphs:
            n += 1
            labels[para.id] = f"ANX{n}"
    return labels


def _sub_labels(subs: list, prefix: str, labels: dict[str, str], depth: int = 0) -> None:
    """(a), (b) under a paragraph; (i), (ii) under those; letters again deeper."""
    k = 0
    for sub in subs:
        if sub.dash or sub.quoted or sub.row:
            continue
        k += 1
        mark = _roman(k) if depth % 2 else "abcdefghijklmnopqrstuvwxyz"[(k - 1) % 26]
        labels[sub.id] = f"{prefix}({mark})"
        _sub_labels(sub.children, f"{prefix}({mark})", labels, depth + 1)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += numeral
            n -= value
    return out


def start_negotiation(draft: Draft) -> Negotiation:
    """Make the draft as it stands the zero draft: its paragraphs take their labels."""
    draft.negotiation = Negotiation(labels=zero_labels(draft))
    return draft.negotiation


def labels(draft: Draft) -> dict[str, str]:
    """Every paragraph's negotiation label, and those of the new paragraphs and alternatives
    proposed: the zero draft's; "bis", "ter" ... after the labelled paragraph a later one
    follows; "alt" for an alternative version."""
    neg = draft.negotiation
    fixed = neg.labels if neg else {}
    out: dict[str, str] = {}
    after: dict[str, list[str]] = {}  # paragraph id → ids of new paragraphs proposed after it
    if neg:
        for p in neg.proposals:
            if p.kind is ProposalKind.NEW_PARAGRAPH and p.status in (
                ProposalStatus.PENDING,
                ProposalStatus.ACCEPTED,
            ):
                after.setdefault(p.target or f"#start-{p.part}", []).append(p.new_id)
    counts: dict[str, int] = {}

    def later(anchor: str, node_id: str) -> None:
        counts[anchor] = counts.get(anchor, 0) + 1
        n = counts[anchor]
        out[node_id] = anchor + (SUFFIXES[n - 1] if n <= len(SUFFIXES) else f"-{n + 1}")

    for part, prefix in (("preamble", "PP"), ("operative", "OP"), ("annexes", "ANX")):
        last = f"{prefix}0"
        for new in after.get(f"#start-{part}", []):  # proposed before the part's first
            later(last, new)
        for node, _depth in walk.tree(getattr(draft, part)):
            if not hasattr(node, "text") or not isinstance(node.text, tuple):
                continue  # a section heading or an annex (its title)
            if node.id in fixed:
                last = fixed[node.id]
                out[node.id] = last
            elif node.id not in out:
                later(last, node.id)
            for new in after.get(node.id, []):
                if new not in out:
                    later(last, new)
    if neg:
        alts: dict[str, int] = {}
        for p in neg.proposals:
            if p.kind is ProposalKind.ALTERNATIVE and p.target in out:
                alts[p.target] = alts.get(p.target, 0) + 1
                n = alts[p.target]
                out[p.id] = out[p.target] + "alt" + (str(n) if n > 1 else "")
    return out


def apply_edits(text: str, edits: tuple[Edit, ...] | list[Edit]) -> str:
    """``text`` with ``edits`` (ranges of ``text``, not overlapping) applied."""
    out: list[str] = []
    at = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        out.append(text[at : edit.start])
        out.append(edit.text)
        at = max(at, edit.end)
    out.append(text[at:])
    return "".join(out)
