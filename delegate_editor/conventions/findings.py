"""What the checker reports, and how a fix is described so the UI can apply and undo it.

A :class:`Fix` is data: a list of :class:`Edit` values, each "set this attribute of this
paragraph (named by part and id) to this value" or "set this field of the draft (a dotted
path) to this value". The desktop app turns the edits into its existing undo commands inside
one macro, so a fix is one undoable step; the command line and the tests call
:meth:`Fix.apply` directly. Describing a fix as data rather than as an opaque function is
what makes undo exact: the UI records the old value of each edited attribute itself.

A finding's message and a fix's label are kept as :class:`Message` values (a code and its
parameters, ``conventions/messages.py``) and worded only when read, in the language the
reader chose: findings made in another process, or before the language was set, still
read in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from delegate_editor.conventions.messages import Message, msg
from delegate_editor.model import walk
from delegate_editor.model.document import Draft

Severity = Literal["error", "warning", "info"]
PARTS = ("header", "sponsors", "preamble", "operative", "annex", "footnotes")


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

    text: Message  # fix.write {"text": "Also requests"}: "Write 'Also requests'"
    edits: tuple[Edit, ...]

    @property
    def label(self) -> str:
        """The button's words, in the language messages are shown in."""
        return str(self.text)

    def apply(self, draft: Draft) -> None:
        for edit in self.edits:
            edit.apply(draft)


@dataclass(frozen=True)
class Finding:
    severity: Severity
    rule: str  # a stable id: "operative.end", "sponsors.unknown", ...
    text: Message  # for a delegate: what is wrong and what UN style wants
    part: str  # one of PARTS
    paragraph: int | None = None  # 1-based within its part
    fix: Fix | None = None
    node_id: str = ""  # the paragraph's id, for the UI to select it
    where: Message | None = None  # within the paragraph: "sub-paragraph (a)", "title"

    @property
    def message(self) -> str:
        """The message in the language messages are shown in, after the place within the
        paragraph when there is one ("sub-paragraph (b): ...")."""
        if self.where is None:
            return str(self.text)
        return str(msg("finding.within", where=self.where, message=self.text))

    def as_json(self) -> dict[str, Any]:
        """The finding for ``check --json``: the message in words, and its code and
        parameters (and those of the place within the paragraph) for programs."""
        return {
            "severity": self.severity,
            "rule": self.rule,
            "message": self.message,
            "part": self.part,
            "paragraph": self.paragraph,
            **self.text.as_json(),
            "where": self.where.as_json() if self.where is not None else None,
        }

    def place(self) -> str:
        """ "operative paragraph 3", "sponsor 2", "header", "footnotes"."""
        if self.paragraph is None:
            return str(msg("place.part", part=self.part))
        return str(msg(f"place.{self.part}", n=self.paragraph))

    def line(self) -> str:
        """One line for the terminal: "operative paragraph 3: ends with ',' - ..."."""
        return str(msg("finding.line", place=self.place(), message=self.message))


def find_node(draft: Draft, part: str, node_id: str) -> Any:
    """The paragraph, sub-paragraph, annex, annex paragraph or footnote with ``node_id``."""
    return walk.find(draft, node_id, (part,))
