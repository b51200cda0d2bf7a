"""The negotiation as plain JSON data: the optional ``negotiation`` key of a ``.dres``.

Keys at their default are left out, and a draft without a negotiation writes no key at
all, so files without one are byte for byte as before (``docs/negotiation.md`` lists the
keys). Reading checks every type and names the path of a bad value, as ``serialize`` does.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from delegate_editor.model.negotiation import (
    Edit,
    Negotiation,
    ParagraphState,
    ParagraphStatus,
    Proposal,
    ProposalKind,
    ProposalStatus,
    Silence,
    SilenceBreak,
)


def _when(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def dump(neg: Negotiation) -> dict[str, Any]:
    data: dict[str, Any] = {"labels": dict(neg.labels)}
    if neg.proposals:
        data["proposals"] = [_proposal(p) for p in neg.proposals]
    if neg.paragraphs:
        data["paragraphs"] = {
            k: {"status": s.status.value, **({"source": s.source} if s.source else {})}
            for k, s in neg.paragraphs.items()
        }
    if neg.silence is not None:
        data["silence"] = {
            "deadline": _when(neg.silence.deadline),
            "breaks": [
                {"delegation": b.delegation, "paragraph": b.paragraph, "when": _when(b.when)}
                for b in neg.silence.breaks
            ],
        }
    return data


def _proposal(p: Proposal) -> dict[str, Any]:
    data: dict[str, Any] = {"id": p.id, "kind": p.kind.value, "target": p.target, "authors": list(p.authors)}
    if p.made:
        data["date"] = p.made.isoformat()
    if p.status is not ProposalStatus.PENDING:
        data["status"] = p.status.value
    for key in ("supporters", "objectors"):
        if getattr(p, key):
            data[key] = list(getattr(p, key))
    for key in ("comment", "base", "part", "opening", "text", "new_id", "merged_into", "collides_with"):
        if getattr(p, key):
            data[key] = getattr(p, key)
    if p.edits:
        data["edits"] = [[e.start, e.end, e.text] for e in p.edits]
    return data


class FormatError(ValueError):
    """Bad negotiation data; ``serialize`` reports it as its own FormatError, naming the
    place from ``path`` as it names every other field."""

    def __init__(self, path: str, what: str) -> None:
        super().__init__(f"{path}: {what}")
        self.path, self.what = path, what


class _R:
    """Typed reads with the path of each value for the error message."""

    def __init__(self, data: Any, path: str) -> None:
        self.data, self.path = data, path

    def fail(self, what: str) -> FormatError:
        return FormatError(self.path, what)

    def obj(self) -> dict[str, Any]:
        if not isinstance(self.data, dict):
            raise self.fail("expected an object")
        return self.data

    def get(self, key: str, kind: type, default: Any) -> Any:
        value = self.obj().get(key, default)
        if value is None:
            return default
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise _R(value, f"{self.path}.{key}").fail(f"expected {kind.__name__}")
        return value

    def strings(self, key: str) -> list[str]:
        items = self.get(key, list, [])
        if not all(isinstance(s, str) for s in items):
            raise _R(items, f"{self.path}.{key}").fail("expected a list of text")
        return list(items)

    def enum(self, key: str, enum: type, default: Any) -> Any:
        value = self.get(key, str, default.value)
        try:
            return enum(value)
        except ValueError:
            raise _R(value, f"{self.path}.{key}").fail(
                f"{value!r} is not one of the allowed values"
            ) from None

    def when(self, key: str, kind: type) -> Any:
        value = self.get(key, str, "")
        if not value:
            return None
        try:
            return kind.fromisoformat(value)
        except ValueError:
            raise _R(value, f"{self.path}.{key}").fail(f"not a date: {value!r}") from None


def load(data: Any, path: str = "negotiation") -> Negotiation:
    r = _R(data, path)
    labels = r.get("labels", dict, {})
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in labels.items()):
        raise _R(labels, f"{path}.labels").fail("expected paragraph ids and labels as text")
    neg = Negotiation(labels=dict(labels))
    for i, item in enumerate(r.get("proposals", list, [])):
        neg.proposals.append(_read_proposal(_R(item, f"{path}.proposals[{i}]")))
    for key, item in r.get("paragraphs", dict, {}).items():
        s = _R(item, f"{path}.paragraphs.{key}")
        neg.paragraphs[key] = ParagraphState(
            s.enum("status", ParagraphStatus, ParagraphStatus.OPEN), s.get("source", str, "")
        )
    silence = r.obj().get("silence")
    if silence is not None:
        s = _R(silence, f"{path}.silence")
        neg.silence = Silence(deadline=s.when("deadline", datetime))
        for i, item in enumerate(s.get("breaks", list, [])):
            b = _R(item, f"{path}.silence.breaks[{i}]")
            neg.silence.breaks.append(
                SilenceBreak(
                    b.get("delegation", str, ""), b.get("paragraph", str, ""), b.when("when", datetime)
                )
            )
    return neg


def _read_proposal(r: _R) -> Proposal:
    edits = []
    for i, item in enumerate(r.get("edits", list, [])):
        if (
            not isinstance(item, list)
            or len(item) != 3
            or not all(isinstance(n, int) and not isinstance(n, bool) for n in item[:2])
            or not isinstance(item[2], str)
            or not 0 <= item[0] <= item[1]
        ):
            raise _R(item, f"{r.path}.edits[{i}]").fail("expected [start, end, text]")
        edits.append(Edit(item[0], item[1], item[2]))
    base = r.get("base", str, "")
    if any(e.end > len(base) for e in edits):
        raise r.fail("an edit lies beyond the proposal's base text")
    p = Proposal(
        kind=r.enum("kind", ProposalKind, ProposalKind.WORDS),
        target=r.get("target", str, ""),
        authors=r.strings("authors"),
        made=r.when("date", date),
        status=r.enum("status", ProposalStatus, ProposalStatus.PENDING),
        supporters=r.strings("supporters"),
        objectors=r.strings("objectors"),
        base=base,
        edits=tuple(edits),
    )
    for key in ("comment", "part", "opening", "text", "new_id", "merged_into", "collides_with"):
        setattr(p, key, r.get(key, str, ""))
    p.id = r.get("id", str, "") or p.id
    return p
