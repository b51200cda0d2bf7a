"""The shared document of a co-drafting group: the draft's shared parts in one pycrdt Doc.

Each proposal, comment, paragraph status and label is one JSON value under its id in a Map,
so members who change different ones all keep their change and the same one converges to one
value everywhere. The agreed text is one JSON value with the name of whoever wrote it: only
the penholder may; a change to it by anyone else becomes words proposals by that member, both
when published here and when it arrives in an update (``docs/co-drafting.md``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import Any

from pycrdt import Doc, Map, Subscription, TransactionEvent

from delegate_editor.errors import InputError
from delegate_editor.limits import MAX_SYNC_UPDATE_BYTES
from delegate_editor.model.document import Draft
from delegate_editor.model.negotiation import Negotiation, Proposal, ProposalKind, paragraph_text
from delegate_editor.model.proposals import edits_between, words_proposal
from delegate_editor.model.serialize import FormatError, from_dict, to_dict
from delegate_editor.model.text import plain_text
from delegate_editor.model.walk import body_nodes
from delegate_editor.sync.entries import BAD, ITEMS, ROOTS, Trial, check_agreed, check_entry, check_silence
from delegate_editor.sync.own_proposals import OwnProposals

_PRIVATE = ("negotiation", "comments", "sync", "base", "versions")  # not the agreed text
GUARD = "agreed-text guard"  # the origin of the guard's own repairs


class SyncError(InputError):
    """An update or a shared draft that cannot be used; ``str()`` is the one line shown."""


@dataclass(frozen=True)
class _Entry:
    """One Map value: its plain data and its place in the order the model keeps."""

    seq: int
    data: Any


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def agreed_data(draft: Draft) -> dict[str, Any]:
    """The agreed text as plain data: the draft without its negotiation, comments and log."""
    return {k: v for k, v in to_dict(draft).items() if k not in _PRIVATE}


class SharedDraft:
    """One member's replica of the group's Doc."""

    def __init__(self, doc: Doc | None = None) -> None:
        self.doc = doc or Doc()
        self.maps = {name: self.doc.get(name, type=Map) for name in ROOTS}
        self._seq: dict[str, int] = {}  # the highest place per Map, raised by receive
        self._trial: Trial | None = None  # made at the first receive (entries.py)
        self._following: Subscription | None = None
        self._receiving = False

    # -- starting and reading ------------------------------------------------------------

    @classmethod
    def start(cls, draft: Draft, penholder: str, group: str = "") -> SharedDraft:
        """The penholder shares ``draft``: a new group (or ``group``) with its text."""
        shared = cls()
        with shared.doc.transaction(origin=penholder):
            shared.maps["meta"]["group"] = group or uuid.uuid4().hex
            shared.maps["meta"]["penholder"] = penholder
        shared.publish(Draft(), draft, penholder, initial=True)
        return shared

    @classmethod
    def from_updates(cls, updates: list[bytes]) -> SharedDraft:
        shared = cls()
        for update in updates:
            shared.receive(update)
        if not shared.group:
            raise SyncError("the update log names no group")
        return shared

    @property
    def group(self) -> str:
        return str(self.maps["meta"].get("group", ""))

    @property
    def penholder(self) -> str:
        return str(self.maps["meta"].get("penholder", ""))

    def update(self) -> bytes:
        """The whole state as one Yjs update: what a file's log or a new member needs."""
        return self.doc.get_update()

    def _entries(self, name: str) -> list[tuple[str, _Entry]]:
        out = []
        for key, raw in self.maps[name].items():
            value = json.loads(raw)
            out.append((key, _Entry(int(value["seq"]), value["data"])))
        return sorted(out, key=lambda kv: (kv[1].seq, kv[0]))

    def plain(self) -> dict[str, Any]:
        """The shared draft as the plain data ``model/serialize.py`` reads."""
        text = self.maps["agreed"].get("text")
        data: dict[str, Any] = json.loads(text) if text else {}
        comments = [e.data for _, e in self._entries("comments")]
        if comments:
            data["comments"] = comments
        if self.maps["meta"].get("negotiating"):
            neg: dict[str, Any] = {"labels": {k: e.data for k, e in self._entries("labels")}}
            proposals = [e.data for _, e in self._entries("proposals")]
            if proposals:
                neg["proposals"] = proposals
            statuses = {k: e.data for k, e in self._entries("statuses") if e.data is not None}
            if statuses:
                neg["paragraphs"] = statuses
            silence = self.maps["meta"].get("silence")
            if silence:
                neg["silence"] = json.loads(silence)
            data["negotiation"] = neg
        return data

    def draft(self) -> Draft:
        """The draft as the group has it now."""
        try:
            return from_dict(self.plain())
        except (FormatError, ValueError, KeyError, TypeError) as exc:
            raise SyncError(f"the shared draft is damaged: {exc}") from None

    # -- local changes -------------------------------------------------------------------

    def _next_seq(self, name: str) -> int:
        """One past the highest place in ``name``: read once, then counted here (reading
        every entry on every put made sharing a draft quadratic in its paragraphs)."""
        if name not in self._seq:
            self._seq[name] = max((json.loads(v)["seq"] for v in self.maps[name].values()), default=0)
        self._seq[name] += 1
        return self._seq[name]

    def _put(self, name: str, key: str, data: Any) -> None:
        old = self.maps[name].get(key)
        seq = json.loads(old)["seq"] if old else self._next_seq(name)
        self.maps[name][key] = _json({"seq": seq, "data": data})

    def share_item(self, name: str, key: str, data: Any, member: str) -> None:
        """Share one comment, proposal, status or label as plain data, in one transaction
        whose origin is ``member``. ``publish`` compares two whole drafts, which costs what
        the draft holds; a caller that knows the one item it changed (a comment typed) pays
        only for that item. Data that another replica would refuse is refused here first."""
        if name not in ITEMS:
            raise SyncError(f"'{name}' is not one of the shared items ({', '.join(ITEMS)})")
        try:
            check_entry(name, key, _json({"seq": 0, "data": data}))
        except BAD as exc:
            raise SyncError(f"the {name} entry '{key}' cannot be shared: {exc}") from None
        with self.doc.transaction(origin=member):
            if name == "proposals" and not self.maps["meta"].get("negotiating"):
                self.maps["meta"]["negotiating"] = True
            self._put(name, key, data)

    def publish(self, before: Draft, after: Draft, member: str, initial: bool = False) -> None:
        """Share what ``member`` changed from ``before`` to ``after``, in one transaction
        whose origin is the member. Only what changed is written, so a member whose copy
        is behind does not undo the others' changes to what they did not touch."""
        with self.doc.transaction(origin=member):
            self._publish_items(before, after)
            old, new = agreed_data(before), agreed_data(after)
            if initial or old != new:
                if member == self.penholder:
                    self.maps["agreed"]["text"] = _json(new)
                    self.maps["agreed"]["by"] = member
                else:
                    self._as_proposals(before, after, member)

    def _publish_items(self, before: Draft, after: Draft) -> None:
        olds = {c["id"]: c for c in to_dict(before).get("comments", [])}
        for item in to_dict(after).get("comments", []):
            if olds.pop(item["id"], None) != item:
                self._put("comments", item["id"], item)
        for key in olds:
            self.maps["comments"].pop(key, None)
        a = to_dict(before).get("negotiation") or {}
        b = to_dict(after).get("negotiation") or {}
        if after.negotiation is not None and not self.maps["meta"].get("negotiating"):
            self.maps["meta"]["negotiating"] = True
        for name, key in (("labels", "labels"), ("statuses", "paragraphs")):
            old_map, new_map = a.get(key, {}), b.get(key, {})
            for k, v in new_map.items():
                if old_map.get(k) != v:
                    self._put(name, k, v)
            for k in set(old_map) - set(new_map):
                if name == "statuses":  # kept as null: a status removed stays removed
                    self._put(name, k, None)
                else:
                    self.maps[name].pop(k, None)
        old_props = {p["id"]: p for p in a.get("proposals", [])}
        for p in b.get("proposals", []):
            if old_props.pop(p["id"], None) != p:
                self._put("proposals", p["id"], p)
        for key in old_props:
            self.maps["proposals"].pop(key, None)
        if a.get("silence") != b.get("silence"):
            self.maps["meta"]["silence"] = _json(b.get("silence"))

    def _as_proposals(self, before: Draft, after: Draft, member: str) -> None:
        """A member's change of the agreed text as proposals by that member: words changed
        in a paragraph, a preambular or operative paragraph added, a paragraph deleted.
        Each id comes from the member and the change, so replicas that repair the same
        update make the same proposal, not one each."""
        olds, news = body_nodes(before), body_nodes(after)
        if not self.maps["meta"].get("negotiating"):
            self.maps["meta"]["negotiating"] = True
        own = OwnProposals(self.maps["proposals"].values(), self.draft, member)
        made: list[Proposal] = []
        for node_id, node in news.items():
            old = olds.get(node_id)
            if old is not None and paragraph_text(old) != paragraph_text(node):
                if (added := own.adding(node_id)) is not None:  # the member's own new paragraph, retyped
                    self.maps["proposals"].pop(added.id, None)
                    made.append(dataclasses.replace(added, opening=node.opening, text=plain_text(node.text)))
                    continue
                was, now = paragraph_text(old), paragraph_text(node)
                if (earlier := own.resulting_in(node_id, was)) is not None:
                    self.maps["proposals"].pop(earlier.id, None)  # the new one holds its edits too
                    old, was = own.agreed[node_id], earlier.base
                    if was == now:  # typed back to the agreed text: no proposal left
                        continue
                made.append(words_proposal(old, edits_between(was, now), [member]))
        for part in ("preamble", "operative"):
            items = getattr(after, part)
            for i, node in enumerate(items):
                if node.id not in olds and hasattr(node, "opening"):
                    target = items[i - 1].id if i else ""
                    made.append(
                        Proposal(
                            ProposalKind.NEW_PARAGRAPH,
                            target,
                            [member],
                            part=part,
                            opening=node.opening,
                            text=plain_text(node.text),
                            new_id=node.id,
                        )
                    )
        for node_id, old in olds.items():
            if node_id not in news:
                if (added := own.adding(node_id)) is not None:  # withdrawn, not a deletion
                    self.maps["proposals"].pop(added.id, None)
                    continue
                made.append(
                    Proposal(ProposalKind.DELETE_PARAGRAPH, node_id, [member], base=paragraph_text(old))
                )
        for proposal in made:
            key = _json(
                [member, proposal.kind.value, proposal.target, proposal.new_id, proposal.proposed_text()]
            )
            proposal.id = hashlib.sha256(key.encode()).hexdigest()[:12]
            data = to_dict(_with_proposal(before, proposal))["negotiation"]["proposals"][-1]
            self._put("proposals", proposal.id, data)

    # -- updates from others ------------------------------------------------------------

    def receive(self, update: bytes) -> None:
        """Apply another member's update; refuse it whole, with one line, when it is too
        large, does not decode, takes the pen or moves the group, or writes an entry that
        does not read. A change of the agreed text by anyone but the penholder is turned
        into proposals by that member. The update is tried on a copy kept for the purpose
        and only the entries it writes are read (``entries.py``), so the cost is the
        update's, not the draft's."""
        if not isinstance(update, bytes | bytearray):
            raise SyncError("an update must be bytes")
        if len(update) > MAX_SYNC_UPDATE_BYTES:
            raise SyncError(
                f"an update of {len(update):,} bytes is refused (the limit is {MAX_SYNC_UPDATE_BYTES:,})"
            )
        update = bytes(update)
        if self._trial is None:
            self._trial = Trial(self.doc)
            self._following = self.doc.observe(self._follow)
        try:
            touched = self._trial.apply(update)
        except Exception as exc:  # pycrdt raises ValueError, or a Rust panic as its own kind
            self._drop_trial()
            raise SyncError(f"an update is damaged and was refused ({exc})") from None
        try:
            places = self._check(touched)
        except SyncError:
            self._drop_trial()
            raise
        # the agreed text is the largest value (the whole draft's JSON): read only when written
        guarded = bool(touched.get("agreed"))
        if guarded:
            before_text, before_by = self.maps["agreed"].get("text"), self.maps["agreed"].get("by")
        self._receiving = True
        try:
            self.doc.apply_update(update)
        finally:
            self._receiving = False
        for name, seq in places.items():
            if name in self._seq:
                self._seq[name] = max(self._seq[name], seq)
        if not guarded:
            return
        text, by = self.maps["agreed"].get("text"), self.maps["agreed"].get("by")
        if before_text is None or text == before_text or by == self.penholder:
            return
        # only the paragraphs are compared, so the agreed text alone is read, twice
        before, after = from_dict(json.loads(before_text)), from_dict(json.loads(text))
        with self.doc.transaction(origin=GUARD):
            self._as_proposals(before, after, str(by or "unknown member"))
            self.maps["agreed"]["text"] = before_text
            self.maps["agreed"]["by"] = before_by

    def _check(self, touched: dict[str, set[str]]) -> dict[str, int]:
        """Refuse (``SyncError``) what the tried update would make of the draft: another
        group or penholder, or an entry written that does not read. The highest place
        written per Map, so local puts go on counting from there."""
        assert self._trial is not None
        tried = self._trial.maps
        for key in ("group", "penholder"):
            mine, theirs = self.maps["meta"].get(key), tried["meta"].get(key)
            if mine is not None and theirs != mine:  # handing the pen over is not built yet
                raise SyncError(f"an update that changes the draft's {key} was refused")
        places: dict[str, int] = {}
        try:
            if "silence" in touched.get("meta", ()) and tried["meta"].get("silence"):
                check_silence(tried["meta"]["silence"])
            if "text" in touched.get("agreed", ()) and tried["agreed"].get("text") is not None:
                check_agreed(tried["agreed"]["text"])
            for name in ITEMS:
                for key in touched.get(name, ()):
                    raw = tried[name].get(key)
                    if raw is not None:
                        places[name] = max(places.get(name, 0), check_entry(name, key, raw))
        except BAD as exc:
            raise SyncError(f"the shared draft is damaged: {exc}") from None
        return places

    def _follow(self, event: TransactionEvent) -> None:
        """Every transaction of this replica's own goes to the trial copy too."""
        if not self._receiving and self._trial is not None:
            self._trial.follow(event.update)

    def _drop_trial(self) -> None:
        """A refused update may have left part of itself in the trial copy: a new copy is
        made at the next receive."""
        if self._following is not None:
            self.doc.unobserve(self._following)
        self._trial, self._following = None, None


def _with_proposal(draft: Draft, proposal: Any) -> Draft:
    """A copy of ``draft`` whose negotiation ends with ``proposal`` (to write its data as
    ``model/negotiation_data.py`` does)."""
    copy = from_dict(to_dict(draft, history=False))
    copy.negotiation = copy.negotiation or Negotiation()
    copy.negotiation.proposals.append(proposal)
    return copy


__all__ = ["GUARD", "SharedDraft", "SyncError", "agreed_data"]
