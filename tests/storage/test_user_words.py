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


def test_each_language_has_its_own_list_and_english_keeps_words_txt(tmp_path, monkeypatch):
    # Malian place names of S/RES/2374 (2017) kept for French drafts, a word of A/RES/ES-10/24
    # for Spanish ones; English's file untouched
    monkeypatch.setenv("DELEGATE_EDITOR_HOME", str(tmp_path))
    user_words.add("Hidankyo")
    user_words.add("Menaka", "fr")
    user_words.add("Azawad", "fr")
    user_words.add("inadmisibilidad", "es")
    assert user_words.load() == user_words.load("en") == ["Hidankyo"]
    assert user_words.load("fr") == ["Azawad", "Menaka"]
    assert user_words.load("es") == ["inadmisibilidad"]
    assert (tmp_path / "data" / "words.txt").read_text("utf-8") == "Hidankyo\n"
    assert (tmp_path / "data" / "words-fr.txt").read_text("utf-8") == "Azawad\nMenaka\n"
    assert (tmp_path / "data" / "words-es.txt").read_text("utf-8") == "inadmisibilidad\n"


def test_a_language_code_is_never_a_path(tmp_path, monkeypatch):
    monkeypatch.setenv("DELEGATE_EDITOR_HOME", str(tmp_path))
    with pytest.raises(ValueError):
        user_words.add("Menaka", "../fr")
