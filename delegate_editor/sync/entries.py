"""Checking an update by the entries it touches, so that receiving one costs what the update
holds, not what the whole shared draft holds.

``SharedDraft.receive`` used to apply each update to a fresh copy of the whole Doc and read
the whole draft back there (about 50 ms with 500 comments and 200 ms with 5,000: quadratic
over a negotiation). The draft has no rule that ties one entry to another (each proposal,
comment, status and label reads on its own; ``model/serialize.py`` checks nothing across
them), so a draft that was readable stays readable exactly when every entry the update
writes reads. Two pieces make that cheap:

- ``Trial``: a second Doc kept equal to the replica's. An update is applied there first and
  its Maps' events say which keys it wrote; only when those read is it applied to the
  replica itself, so a refused update never reaches the replica (nor a room's store);
- ``check_entry``: one entry read the way ``from_dict`` reads it in the whole draft.
"""

from __future__ import annotations

import json
from functools import partial
from typing import Any

from pycrdt import Doc, Map, MapEvent

from delegate_editor.model import comments as comment_data
from delegate_editor.model import negotiation_data
from delegate_editor.model.plain_reader import PlainReader
from delegate_editor.model.serialize import from_dict

ROOTS = ("meta", "agreed", "proposals", "statuses", "comments", "labels")
ITEMS = ("proposals", "statuses", "comments", "labels")  # one JSON entry per id
BAD = (ValueError, KeyError, TypeError, AttributeError)  # what a bad value raises when read


def check_entry(name: str, key: str, raw: Any) -> int:
    """The place (``seq``) of entry ``key`` of Map ``name`` once it reads as ``plain()``
    and ``from_dict`` would read it; one of ``BAD`` when it does not."""
    value = json.loads(raw)
    seq, data = value["seq"], value["data"]
    if not isinstance(seq, int) or isinstance(seq, bool):
        raise TypeError(f"{name}.{key}: the place is not a whole number")
    if name == "comments":
        comment_data.from_data([PlainReader(data, f"comments.{key}")])
    elif name == "proposals":
        negotiation_data.load({"proposals": [data]})
    elif name == "statuses" and data is not None:  # null: a status removed
        negotiation_data.load({"paragraphs": {key: data}})
    elif name == "labels":
        negotiation_data.load({"labels": {key: data}})
    return seq


def check_agreed(raw: Any) -> None:
    """The agreed text reads as a draft (``plain()`` adds to it, so it must be an object)."""
    data = json.loads(raw)
    if not isinstance(data, dict):
        raise TypeError("the agreed text is not an object")
    from_dict(data)


def check_silence(raw: Any) -> None:
    negotiation_data.load({"silence": json.loads(raw)})


class Trial:
    """A copy of a replica's Doc on which updates are tried before the replica takes them.

    Made once from the replica's whole state, then kept equal by ``follow`` (every
    transaction of the replica's own: its edits and the agreed-text guard's repairs) and by
    ``apply`` (updates that arrive). An update refused after it was tried here may have left
    part of itself behind, so the replica drops this copy and makes a new one at its next
    receive: a refusal costs a copy of the whole Doc, an accepted update only itself.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = Doc()
        self.doc.apply_update(doc.get_update())
        self.maps = {name: self.doc.get(name, type=Map) for name in ROOTS}
        self.touched: dict[str, set[str]] = {}
        self._subscriptions = [m.observe(partial(self._note, name)) for name, m in self.maps.items()]

    def _note(self, name: str, event: MapEvent) -> None:
        self.touched.setdefault(name, set()).update(event.keys)

    def apply(self, update: bytes) -> dict[str, set[str]]:
        """Apply ``update`` here; the keys it wrote or deleted, by Map."""
        self.touched = {}
        self.doc.apply_update(update)
        touched, self.touched = self.touched, {}
        return touched

    def follow(self, update: bytes) -> None:
        """Take one of the replica's own transactions, so both Docs stay equal."""
        self.doc.apply_update(update)
        self.touched = {}


__all__ = ["BAD", "ITEMS", "ROOTS", "Trial", "check_agreed", "check_entry", "check_silence"]
