"""What the server remembers of each connection's presence (``sync/presence.py``): the ids
it announced are removed, with a null state the members take, when it closes; an id a clean
Leave already removed, or another open connection still holds, is left alone."""

from __future__ import annotations

from pycrdt import Awareness, Doc, create_awareness_message, read_message

from delegate_editor.sync.presence import Presence, awareness_entries


def _announce(awareness: Awareness) -> bytes:
    return create_awareness_message(awareness.encode_awareness_update([awareness.client_id]))


def _update(message: bytes) -> bytes:
    """The awareness update a message carries, as a member's client reads it."""
    return read_message(message[1:])


def _member(name: str) -> Awareness:
    awareness = Awareness(Doc())
    awareness.set_local_state({"name": name})
    return awareness


def test_a_closed_connection_s_ids_reach_the_others_as_removed():
    room, other, eu = Awareness(Doc()), _member("Mexico"), _member("EU")
    presence = Presence()
    for _ in range(3):  # the EU moves about: each move a new clock
        eu.set_local_state({"name": "EU", "paragraph": "OP2"})
        presence.heard("eu-connection", _announce(eu))
        room.apply_awareness_update(_update(_announce(eu)), "relayed")  # as the room applies it
        other.apply_awareness_update(_update(_announce(eu)), "relayed")
    assert eu.client_id in room.states and eu.client_id in other.states

    message = presence.closed("eu-connection", room)
    assert message is not None and eu.client_id not in room.states
    assert awareness_entries(message) == [(eu.client_id, eu.meta[eu.client_id]["clock"], False)]
    other.apply_awareness_update(_update(message), "server")
    assert other.client_id in other.states and eu.client_id not in other.states

    eu.set_local_state({"name": "EU"})  # back with the same id: a higher clock, taken at once
    other.apply_awareness_update(_update(_announce(eu)), "relayed")
    assert other.states[eu.client_id] == {"name": "EU"}


def test_an_id_another_open_connection_announced_is_kept():
    room, eu = Awareness(Doc()), _member("EU")
    presence = Presence()
    presence.heard("old", _announce(eu))  # the network dropped, the server has not seen it yet
    presence.heard("new", _announce(eu))
    room.apply_awareness_update(_update(_announce(eu)), "relayed")
    assert presence.closed("old", room) is None and eu.client_id in room.states
    assert presence.closed("new", room) is not None and eu.client_id not in room.states


def test_a_clean_leave_leaves_nothing_to_remove_and_other_messages_are_not_presence():
    room, eu = Awareness(Doc()), _member("EU")
    presence = Presence()
    presence.heard("eu", _announce(eu))
    eu.set_local_state(None)  # Leave: the member says so itself
    presence.heard("eu", _announce(eu))
    assert presence.closed("eu", room) is None
    assert awareness_entries(b"\x00\x00\x01\x00") == [] and awareness_entries(b"\x01\xff") == []
