"""The preview's typesetting process: the same pages as typst in this process, unchanged
pages sent once (the same bytes objects after), and a process that dies or fails restarts
or goes on, never taking the app with it."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest

from delegate_editor.app import typesetter as typesetter_module
from delegate_editor.app.typeset_worker import unpack
from delegate_editor.app.typesetter import TypesetError, Typesetter, new_owner
from delegate_editor.formats.typeset import render_pages
from delegate_editor.model.serialize import to_dict
from delegate_editor.model.text import plain_text, rich
from delegate_editor.storage import crashlog
from tests.conftest import CORPUS


@pytest.fixture
def typesetter():
    one = Typesetter()
    yield one
    one.close()


def _render(typesetter: Typesetter, owner: int, held: dict, draft, hint: int = 0):
    early: list[list[bytes]] = []
    pages, held = typesetter.render(
        owner, held, (to_dict(draft, history=False), None, hint, False), lambda p, _h: early.append(p)
    )
    return pages, held, early


def test_the_process_typesets_the_pages_typst_makes_here(typesetter, example_draft):
    pages, held, _ = _render(typesetter, new_owner(), {}, example_draft)
    assert typesetter.pid not in (None, os.getpid())
    assert [unpack(p) for p in pages] == render_pages(example_draft)
    assert set(held.values()) == set(pages)


def test_unchanged_pages_are_sent_once_and_stay_the_same_objects(typesetter, example_draft):
    owner = new_owner()
    first, held, _ = _render(typesetter, owner, {}, example_draft)
    again, held, _ = _render(typesetter, owner, held, example_draft, len(first))
    assert all(a is b for a, b in zip(first, again, strict=True))

    last = example_draft.operative[-1]
    last.text = rich(plain_text(last.text).rstrip(".") + " at its next session.")
    changed, held, _ = _render(typesetter, owner, held, example_draft, len(again))
    assert [unpack(p) for p in changed] == render_pages(example_draft)
    assert changed[0] is again[0]  # the first page (masthead, title) did not change
    assert changed[-1] is not again[-1]


def test_two_previews_keep_their_own_pages(typesetter, example_draft):
    one, two = new_owner(), new_owner()
    pages_one, held_one, _ = _render(typesetter, one, {}, example_draft)
    # the other window has nothing yet: every page crosses for it, whatever one holds
    pages_two, _, _ = _render(typesetter, two, {}, example_draft)
    assert [unpack(p) for p in pages_two] == [unpack(p) for p in pages_one]
    again, _, _ = _render(typesetter, one, held_one, example_draft, len(pages_one))
    assert all(a is b for a, b in zip(pages_one, again, strict=True))


def test_a_render_that_fails_is_reported_and_the_process_goes_on(typesetter, example_draft):
    owner = new_owner()
    _, held, _ = _render(typesetter, owner, {}, example_draft)
    pid = typesetter.pid
    with pytest.raises(TypesetError):
        typesetter.render(owner, held, ({"front": "not a front matter"}, None, 0, False), lambda *_: None)
    pages, _, _ = _render(typesetter, owner, held, example_draft)
    assert typesetter.pid == pid
    assert [unpack(p) for p in pages] == render_pages(example_draft)


def test_a_process_that_died_between_renders_is_started_again_for_the_next(typesetter, example_draft):
    owner = new_owner()
    _, held, _ = _render(typesetter, owner, {}, example_draft)
    pid = typesetter.pid
    os.kill(pid, signal.SIGKILL)
    typesetter._process.wait(5)  # noqa: SLF001 dead before the next render is asked
    # started again, and the pages held from before are still good: the new one sends them all
    pages, _, _ = _render(typesetter, owner, held, example_draft)
    assert typesetter.pid not in (None, pid) and typesetter.here is None
    assert [unpack(p) for p in pages] == render_pages(example_draft)


@pytest.mark.parametrize(
    "broken",
    [["/nonexistent/delegate-editor"], [sys.executable, "-c", "pass"]],
    ids=["cannot-start", "ends-at-once"],
)
def test_a_process_that_cannot_run_leaves_the_pages_to_this_one(
    typesetter, example_draft, monkeypatch, broken
):
    monkeypatch.setattr(typesetter_module, "command", lambda: broken)
    owner = new_owner()
    pages, held, _ = _render(typesetter, owner, {}, example_draft)
    assert typesetter.here is not None and typesetter.pid is None  # typeset here, for good
    assert [unpack(p) for p in pages] == render_pages(example_draft)
    again, _, _ = _render(typesetter, owner, held, example_draft, len(pages))
    assert all(a is b for a, b in zip(pages, again, strict=True))
    assert "preview process" in crashlog.log_path().read_text(encoding="utf-8")  # for a bug report


def test_a_print_in_the_process_never_reaches_the_pages(typesetter, example_draft, monkeypatch):
    # a library that prints while the pages are made: its words go to standard error
    noisy = (
        "from delegate_editor.app import typeset_worker as w\n"
        "real = w._render\n"
        "def loud(*args):\n"
        "    print('a library says something')\n"
        "    real(*args)\n"
        "w._render = loud\n"
        "w.main()\n"
    )
    monkeypatch.setattr(typesetter_module, "command", lambda: [sys.executable, "-c", noisy])
    pages, _, _ = _render(typesetter, new_owner(), {}, example_draft)
    assert typesetter.here is None and typesetter.pid is not None  # the process made them
    assert [unpack(p) for p in pages] == render_pages(example_draft)


def test_the_checks_run_in_the_process_with_the_findings_they_give_here(typesetter):
    from delegate_editor.app.corpus import without_record
    from delegate_editor.conventions.checks import check
    from delegate_editor.formats.text_import import read_text

    # A/RES/80/25 as issued: two copy faults the checker reports, and a note
    text = (Path(CORPUS) / "ga-80" / "A_RES_80_25.md").read_text(encoding="utf-8")
    draft = read_text(without_record(text))
    found = typesetter.check(to_dict(draft, history=False))
    assert typesetter.pid not in (None, os.getpid())
    assert found == check(draft) and found  # the same findings, not none
    with pytest.raises(TypesetError):  # a rule or the data failing: one line for the panel
        typesetter.check({"front": "not a front matter"})


def test_a_process_that_hangs_is_ended_and_the_work_done_here(typesetter, example_draft, monkeypatch):
    # a process that never answers (a typesetting loop): ended after the patience, not waited for
    monkeypatch.setattr(
        typesetter_module, "command", lambda: [sys.executable, "-c", "import time; time.sleep(60)"]
    )
    typesetter.patience = 1.0
    pages, _, _ = _render(typesetter, new_owner(), {}, example_draft)
    assert typesetter.here is not None  # it had never answered: the pages are made here now
    assert [unpack(p) for p in pages] == render_pages(example_draft)


def test_a_process_that_hangs_after_working_fails_the_request_and_is_started_again(typesetter, example_draft):
    owner = new_owner()
    _, held, _ = _render(typesetter, owner, {}, example_draft)
    pid = typesetter.pid
    os.kill(pid, signal.SIGSTOP)  # stopped: alive, answering nothing
    typesetter.patience = 1.0
    try:
        with pytest.raises(TypesetError, match="stopped"):
            _render(typesetter, owner, held, example_draft)
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    # the new process gets the app's own patience: on a loaded machine its start (Python,
    # typst, the fonts) alone can take longer than the second given to the stopped one
    typesetter.patience = typesetter_module.PATIENCE_S
    pages, _, _ = _render(typesetter, owner, held, example_draft)
    assert typesetter.pid not in (None, pid) and typesetter.here is None
    assert [unpack(p) for p in pages] == render_pages(example_draft)


def test_closing_ends_a_request_the_process_hangs_on_at_once(typesetter, example_draft, monkeypatch):
    """The app quits without waiting for a typesetting process that hangs."""
    import threading
    import time

    hang = [sys.executable, "-c", "import sys, time; sys.stdin.buffer.read(8); time.sleep(60)"]
    monkeypatch.setattr(typesetter_module, "command", lambda: hang)
    failed: list[BaseException] = []

    def ask() -> None:
        try:
            _render(typesetter, new_owner(), {}, example_draft)
        except TypesetError as exc:
            failed.append(exc)

    worker = threading.Thread(target=ask)
    worker.start()
    deadline = time.monotonic() + 10
    while typesetter.pid is None and time.monotonic() < deadline:
        time.sleep(0.01)
    start = time.monotonic()
    typesetter.close()
    worker.join(10)
    assert time.monotonic() - start < 5 and not worker.is_alive()
    assert failed and typesetter.here is None  # a failure, not the work done here at exit
