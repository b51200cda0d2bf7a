"""The user's phrases file is storage's: conventions/phrases.py reads and adds phrases only
through the store storage/user_phrases.py gives it (the layers' direction)."""

from __future__ import annotations

import json

from delegate_editor.conventions import phrases
from delegate_editor.storage import user_phrases
from delegate_editor.storage.paths import data_dir


def test_loading_storage_gives_the_conventions_the_users_file():
    assert isinstance(phrases._STORE, user_phrases.UserPhraseFile)
    assert phrases._STORE.path() == data_dir() / user_phrases.USER_FILE


def test_without_a_store_the_bundled_list_is_used_and_nothing_is_written():
    store = phrases._STORE
    (data_dir() / user_phrases.USER_FILE).write_text(
        json.dumps({"operative": ["Solemnly enjoins"]}), encoding="utf-8"
    )
    try:
        phrases.use_user_store(None)
        assert not phrases.is_operative_opening("Solemnly enjoins")
        assert phrases.is_operative_opening("Requests")  # the bundled list, from resources/data
        try:
            phrases.add_user_phrase("Solemnly proclaims", "operative")
        except OSError as exc:
            assert "your own phrases" in str(exc)
        else:
            raise AssertionError("a phrase was added with nowhere to keep it")
    finally:
        phrases.use_user_store(store)
    assert phrases.is_operative_opening("Solemnly enjoins")  # the file is read again


def test_a_phrase_added_is_written_atomically_as_indented_json():
    phrases.add_user_phrase("Solemnly proclaims", "operative")
    raw = (data_dir() / user_phrases.USER_FILE).read_bytes()
    assert raw.endswith(b"\n") and b'\n "operative"' in raw  # indented, one key a line
    assert json.loads(raw) == {"operative": [{"phrase": "Solemnly proclaims", "group": "my phrases"}]}
    assert not list(data_dir().glob(".phrases.json.*.tmp"))  # no temporary file left behind
