"""Whose presence each connection to a room announced, so that it ends with the connection.

A member's app says who it is and where as a Yjs awareness state under its Doc's client id;
the server relays it, and every member drops a state it has not heard renewed for 30 s.
Without more, a member whose app is killed (or whose network drops) stays listed, and
counted, for those 30 s: nobody sends the null state a clean Leave sends. y-websocket's
server closes that gap by remembering which client ids each connection announced and, when
the connection closes, telling the room's other members that those states are gone; this is
the same for pycrdt-websocket's ``YRoom``, which relays awareness but forgets nothing per
connection.

The removal is an ordinary awareness update: each id with its last clock and a ``null``
state, which every Yjs awareness (pycrdt's too) takes as "this client left". The clock is
*not* increased, as in Yjs: a member that reconnects with the same client id (after a
network drop) announces itself with a higher clock, so it is listed again at once; a member
restarted after a kill has a new client id and is new to everyone.

An id that another open connection of the room also announced is kept: a member whose new
connection is up before the server notices its old one is gone (a dropped network is seen
late) is still there.
"""

from __future__ import annotations

import json
from collections.abc import Hashable

from pycrdt import Awareness, Decoder, Encoder, YMessageType, create_awareness_message, read_message


def awareness_entries(message: bytes) -> list[tuple[int, int, bool]]:
    """``(client id, clock, has a state)`` for each entry of an awareness message; ``[]``
    for any other message, or one that does not decode (the room refuses it on its own)."""
    if not message or message[0] != YMessageType.AWARENESS:
        return []
    try:
        decoder = Decoder(read_message(message[1:]))
        entries = []
        for _ in range(decoder.read_var_uint()):
            client_id, clock = decoder.read_var_uint(), decoder.read_var_uint()
            state = decoder.read_var_string()
            entries.append((client_id, clock, bool(state) and json.loads(state) is not None))
        return entries
    except Exception:  # pycrdt's decoder raises plain errors on a damaged message
        return []


class Presence:
    """One room's connections and the awareness client ids each announced (with the last
    clock heard), held by the server while the connections are open."""

    def __init__(self) -> None:
        self._announced: dict[Hashable, dict[int, int]] = {}

    def heard(self, connection: Hashable, message: bytes) -> None:
        """Note the ids a message from ``connection`` announces; an id it sets to null has
        been removed by the member itself (a clean Leave) and is no longer its to clear."""
        ids = self._announced.setdefault(connection, {})
        for client_id, clock, present in awareness_entries(message):
            if present:
                ids[client_id] = max(clock, ids.get(client_id, 0))
            else:
                ids.pop(client_id, None)

    def closed(self, connection: Hashable, awareness: Awareness) -> bytes | None:
        """``connection`` has closed: its ids are removed from the room's ``awareness`` and
        the awareness message that tells the other members so is returned (None when there
        is nothing to tell). Ids another open connection announced are kept."""
        ids = self._announced.pop(connection, {})
        others = {client_id for held in self._announced.values() for client_id in held}
        gone = sorted(client_id for client_id in ids if client_id not in others)
        if not gone:
            return None
        encoder = Encoder()
        encoder.write_var_uint(len(gone))
        for client_id in gone:
            clock = max(ids[client_id], awareness.meta.get(client_id, {}).get("clock", 0))
            encoder.write_var_uint(client_id)
            encoder.write_var_uint(clock)
            encoder.write_var_string("null")
        awareness.remove_awareness_states(gone, "closed")
        return create_awareness_message(encoder.to_bytes())


__all__ = ["Presence", "awareness_entries"]
