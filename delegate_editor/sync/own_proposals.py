"""A member's own proposals in the group's Doc, amended by a publication that starts from them.

A window publishes its edits against the draft it last had from the group; until it takes in
the echo of a publication, the next one starts from the member's own text rather than the
agreed text (``ui/group_session.py``). ``SharedDraft`` asks this module whether a changed
paragraph is one the member already proposed, so the change amends that proposal.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from delegate_editor.model.document import Draft
from delegate_editor.model.negotiation import Proposal, ProposalKind, paragraph_text
from delegate_editor.model.walk import body_nodes


class OwnProposals:
    """A member's proposals already in the Doc, for a publication made before the window
    took in the group's echo of the previous one. Its ``before`` is then the member's own
    text, not the agreed text: words typed on into a paragraph would become a second
    proposal repeating the first one's edits on a base that is not the agreed text, and
    words typed into a paragraph the member had proposed would become a words proposal on a
    paragraph the agreed text does not hold. Such edits amend the member's proposal instead.
    The Doc is read only when the member has a proposal there (a scan of the entries'
    JSON), since reading the draft costs what the draft holds."""

    def __init__(self, entries: Iterable[str], read: Callable[[], Draft], member: str) -> None:
        """``entries``: the proposals Map's values; ``read``: the group's draft, called only
        when one of the entries is the member's."""
        self.proposals: list[Proposal] = []
        self.agreed: dict[str, Any] = {}
        if any(member in (_data(v).get("authors") or []) for v in entries):
            draft = read()
            self.agreed = body_nodes(draft)
            self.proposals = [p for p in draft.negotiation.proposals if p.authors == [member]]

    def resulting_in(self, target: str, text: str) -> Proposal | None:
        """The member's words proposal on ``target`` (an agreed paragraph) whose text is ``text``."""
        for p in self.proposals:
            if p.kind is ProposalKind.WORDS and p.target == target and target in self.agreed:
                if p.base == paragraph_text(self.agreed[target]) and p.proposed_text() == text:
                    return p
        return None

    def adding(self, node_id: str) -> Proposal | None:
        """The member's proposal of the new paragraph ``node_id``."""
        for p in self.proposals:
            if p.kind is ProposalKind.NEW_PARAGRAPH and p.new_id == node_id and node_id not in self.agreed:
                return p
        return None


def _data(entry: str) -> dict[str, Any]:
    try:
        data = json.loads(entry)["data"]
    except (ValueError, KeyError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}
