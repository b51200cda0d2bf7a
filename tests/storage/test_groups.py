"""The groups this user joined (storage/groups.py): kept per group in the data folder, for
the user's eyes only, forgiving of a damaged file, and Leave keeps the credential."""

from __future__ import annotations

import stat

from delegate_editor.storage import groups

MEXICO = groups.Membership("wss://example.org:8765", "l13", "Mexico", "dem1.l13.abc.mac")


def test_a_membership_is_kept_per_group_readable_by_the_user_alone():
    assert groups.membership("g1") is None
    groups.remember("g1", MEXICO)
    groups.remember("g2", groups.Membership("ws://127.0.0.1:1", "other", "EU", "dem1.other.x.y"))
    assert groups.membership("g1") == MEXICO
    assert groups.membership("g2").member == "EU"
    assert stat.S_IMODE(groups.groups_path().stat().st_mode) == 0o600


def test_leaving_keeps_the_credential_but_not_the_rejoining():
    groups.remember("g1", MEXICO)
    groups.left("g1")
    found = groups.membership("g1")
    assert found is not None and not found.joined and found.credential == MEXICO.credential
    groups.remember("g1", MEXICO)  # joined again
    assert groups.membership("g1").joined


def test_a_damaged_or_hand_edited_file_is_no_membership():
    path = groups.groups_path()
    path.write_text("{not json", encoding="utf-8")
    assert groups.membership("g1") is None
    path.write_text('{"g1": {"server": "ws://x", "room": "r", "member": "", "credential": "c"}}', "utf-8")
    assert groups.membership("g1") is None  # an empty name is not a membership
    path.write_text('["g1"]', encoding="utf-8")
    assert groups.membership("g1") is None
    groups.remember("g1", MEXICO)  # and writing replaces what could not be read
    assert groups.membership("g1") == MEXICO
