"""The delegate's own dictionary, kept in the user data folder."""

from __future__ import annotations

import pytest

from delegate_editor.storage import user_words


def test_words_are_kept_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("DELEGATE_EDITOR_HOME", str(tmp_path))
    assert user_words.load() == []
    user_words.add("Hidankyo")
    user_words.add("hibakusha")
    user_words.add("Hidankyo")
    assert user_words.load() == ["hibakusha", "Hidankyo"]
    assert (tmp_path / "data" / "words.txt").read_text("utf-8") == "hibakusha\nHidankyo\n"


@pytest.mark.parametrize("word", ["", "two words", "x" * 65])
def test_what_is_no_word_is_refused(tmp_path, monkeypatch, word):
    monkeypatch.setenv("DELEGATE_EDITOR_HOME", str(tmp_path))
    with pytest.raises(ValueError):
        user_words.add(word)


def test_a_damaged_file_reads_as_empty(tmp_path, monkeypatch):
    monkeypatch.setenv("DELEGATE_EDITOR_HOME", str(tmp_path))
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "words.txt").write_bytes(b"\xff\xfe\x00bad")
    assert user_words.load() == []
