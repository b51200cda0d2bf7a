"""Comments on a paragraph: a delegate's note in the margin, kept with the draft.

A comment names its paragraph by id (``node_id``), never by number, so it follows the
paragraph when paragraphs move, and it outlives the paragraph's deletion (undo brings the
paragraph back and the comment is again beside it). The data is plain on purpose: the
co-drafting and negotiation features share it, the ``.dres`` file stores it under the
optional key ``comments`` (absent when there are none, so older files and drafts without
comments are unchanged), and the DOCX and ODT writers print it as real Word comments and
ODF annotations.

Every change returns a new list: the undo stack keeps the list before and after, and a
later edit can never alter what undo restores.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Protocol

from delegate_editor.model.document import new_id


@dataclass(frozen=True)
class Comment:
    node_id: str  # the paragraph, sub-paragraph or annex paragraph it is on
    text: str
    author: str = ""  # the delegation, from Preferences
    date: datetime | None = None  # when it was written or last edited, to the second
    resolved: bool = False
    id: str = field(default_factory=new_id)


def now() -> datetime:
    """The time a comment is stamped with: local time, to the second (as Word writes it)."""
    return datetime.now().replace(microsecond=0)


def added(comments: list[Comment], comment: Comment) -> list[Comment]:
    return [*comments, comment]


def edited(
    comments: list[Comment], comment_id: str, text: str, when: datetime | None = None
) -> list[Comment]:
    """The comment's new words; its date becomes the time of the edit."""
    return [replace(c, text=text, date=when or now()) if c.id == comment_id else c for c in comments]


def resolved(comments: list[Comment], comment_id: str, done: bool = True) -> list[Comment]:
    return [replace(c, resolved=done) if c.id == comment_id else c for c in comments]


def deleted(comments: list[Comment], comment_id: str) -> list[Comment]:
    return [c for c in comments if c.id != comment_id]


def on_node(comments: list[Comment], node_id: str) -> list[Comment]:
    """The comments on one paragraph, in the order they were written."""
    return [c for c in comments if c.node_id == node_id]


# -- the .dres data ------------------------------------------------------------------------


def to_data(comments: list[Comment]) -> list[dict[str, Any]]:
    """Each comment as a plain object; ``resolved`` only when true, ``date`` only when set."""
    out = []
    for c in comments:
        item: dict[str, Any] = {"id": c.id, "node": c.node_id, "author": c.author, "text": c.text}
        if c.date is not None:
            item["date"] = c.date.isoformat(timespec="seconds")
        if c.resolved:
            item["resolved"] = True
        out.append(item)
    return out


class _Reader(Protocol):
    """What ``model/serialize.py``'s reader offers (typed access with the value's path)."""

    def str(self, key: str, default: str = "") -> str: ...
    def bool(self, key: str, default: bool = False) -> bool: ...
    def id(self) -> str: ...
    def child(self, key: str) -> Any: ...
    def fail(self, what: str) -> Exception: ...


def from_data(items: list[_Reader]) -> list[Comment]:
    """The comments of a ``.dres`` file; a bad value raises the reader's FormatError."""
    out = []
    for item in items:
        stamp = item.str("date")
        try:
            when = datetime.fromisoformat(stamp) if stamp else None
        except ValueError:
            raise item.child("date").fail(
                f"is not a date and time (YYYY-MM-DDTHH:MM:SS): {stamp!r}"
            ) from None
        node = item.str("node")
        if not node:
            raise item.fail("does not name its paragraph")
        out.append(
            Comment(
                node_id=node,
                text=item.str("text"),
                author=item.str("author"),
                date=when,
                resolved=item.bool("resolved"),
                id=item.id(),
            )
        )
    return out
