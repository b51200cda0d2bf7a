"""What the checker reports, and how a fix is described so the UI can apply and undo it.

A :class:`Fix` is data: a list of :class:`Edit` values, each "set this attribute of this
paragraph (named by part and id) to this value" or "set this field of the draft (a dotted
path) to this value". The desktop app turns the edits into its existing undo commands inside
one macro, so a fix is one undoable step; the command line and the tests call
:meth:`Fix.apply` directly. Describing a fix as data rather than as an opaque function is
what makes undo exact: the UI records the old value of each edited attribute itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from delegate_editor.model import walk
from delegate_editor.model.document import Draft

Severity = Literal["error", "warning", "info"]
PARTS = ("header", "sponsors", "preamble", "operative", "annex", "footnotes")
_PLACE = {
    "header": "header",
    "sponsors": "sponsor",
    "preamble": "preambular paragraph",
    "operative": "operative paragraph",
    "annex": "annex paragraph",
    "footnotes": "footnote",
}


@dataclass(frozen=True)
class Edit:
    """One value to set. Either ``path`` (a dotted field of the draft: "title",
    "sponsors.names", "footnotes") or ``part`` + ``node_id`` + ``attr`` (an attribute of the
    paragraph with that id: part is "preamble", "operative" (operative paragraphs and their
    sub-paragraphs at any depth), "annexes" or "footnotes")."""

    value: Any
    path: str = ""
    part: str = ""
    node_id: str = ""
    attr: str = ""

    def apply(self, draft: Draft) -> None:
        if self.path:
            *parents, name = self.path.split(".")
            obj: Any = draft
            for p in parents:
                obj = getattr(obj, p)
            setattr(obj, name, self.value)
            return
        node = find_node(draft, self.part, self.node_id)
        if node is None:
            raise KeyError(f"{self.part}: no paragraph {self.node_id}")
        setattr(node, self.attr, self.value)

    def current(self, draft: Draft) -> Any:
        """The value the edit would replace (what undo restores)."""
        if self.path:
            obj: Any = draft
            for p in self.path.split("."):
                obj = getattr(obj, p)
            return obj
        node = find_node(draft, self.part, self.node_id)
        return getattr(node, self.attr) if node is not None else None


@dataclass(frozen=True)
class Fix:
    """A correction the delegate can accept with one click (and undo with one undo)."""

    label: str  # "Write 'Also requests'"
    edits: tuple[Edit, ...]

    def apply(self, draft: Draft) -> None:
        for edit in self.edits:
            edit.apply(draft)


@dataclass(frozen=True)
class Finding:
    severity: Severity
    rule: str  # a stable id: "operative.end", "sponsors.unknown", ...
    message: str  # for a delegate: what is wrong and what UN style wants
    part: str  # one of PARTS
    paragraph: int | None = None  # 1-based within its part
    fix: Fix | None = None
    node_id: str = ""  # the paragraph's id, for the UI to select it

    def as_json(self) -> dict[str, Any]:
        return {
            "severity": self.severity,
            "rule": self.rule,
            "message": self.message,
            "part": self.part,
            "paragraph": self.paragraph,
        }

    def place(self) -> str:
        """ "operative paragraph 3", "sponsor 2", "header", "footnotes"."""
        if self.paragraph is None:
            return "sponsors" if self.part == "sponsors" else self.part
        return f"{_PLACE[self.part]} {self.paragraph}"

    def line(self) -> str:
        """One line for the terminal: "operative paragraph 3: ends with ',' - ..."."""
        return f"{self.place()}: {self.message}"


def find_node(draft: Draft, part: str, node_id: str) -> Any:
    """The paragraph, sub-paragraph, annex, annex paragraph or footnote with ``node_id``."""
    return walk.find(draft, node_id, (part,))
