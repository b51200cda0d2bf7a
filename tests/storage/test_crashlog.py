"""The error log: one file, the traceback of every unexpected error, never a second error."""

from __future__ import annotations

from delegate_editor import __version__
from delegate_editor.storage import crashlog


def _fails() -> None:
    raise ValueError("the typesetter met an unknown block style")


def test_a_caught_error_is_logged_with_its_traceback():
    try:
        _fails()
    except ValueError as exc:
        log = crashlog.record_caught(exc, "preview")
    text = log.read_text(encoding="utf-8")
    assert f"Delegate Editor {__version__} (preview)" in text
    assert "Traceback (most recent call last)" in text and "in _fails" in text
    assert "ValueError: the typesetter met an unknown block style" in text


def test_a_log_that_cannot_be_written_is_no_second_error(monkeypatch, tmp_path):
    folder = tmp_path / "not-a-folder"
    folder.write_text("a file where the state folder should be")
    monkeypatch.setattr(crashlog, "log_path", lambda: folder / "errors.log")
    try:
        _fails()
    except ValueError as exc:
        assert crashlog.record_caught(exc, "checker") == folder / "errors.log"
