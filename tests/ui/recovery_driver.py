"""A real Delegate Editor process for the crash-recovery and two-instance tests.

Run as a script (``python recovery_driver.py MODE DRAFT|- [ANSWERS_JSON]``); it starts the app
as ``delegate-editor`` does (offscreen), answers the app's dialogs from ANSWERS_JSON (by
dialog title) and reports on stdout, one JSON object a line:

- ``type DRAFT``: open DRAFT, then type a new word into operative paragraph 1 every
  ``DRIVER_EVERY`` seconds with real key events, reporting ``{"edit": word, "t": when}`` once
  the keystrokes are in the draft (``t`` is ``time.monotonic()``, one clock for every process
  on the machine). Runs until killed.
- ``restore -``: start the app as after a crash, answer its restore offer, report the
  restored draft's first operative paragraph and every dialog shown, and close.
- ``hold DRAFT``: open DRAFT, report ``{"ready": pid}``, keep the event loop running until a
  line ``close`` arrives on stdin, then close the window as a user does.
- ``open DRAFT``: open DRAFT, report whether it opened and every dialog shown, and close.
- ``end DRAFT``: as the app runs (its signal handling and event loop, ``ui/app.py``): open
  DRAFT, type a word into operative paragraph 1, report ``{"typed": word, "ready": pid}``,
  run until the event loop ends, and report ``{"ended": status}``.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ui_helpers import ScriptedAsker  # noqa: E402

import delegate_editor.ui  # noqa: E402,F401  (the PySide6 6.12 refcount workaround, first)
from delegate_editor.model.text import plain_text  # noqa: E402
from delegate_editor.storage.settings import Settings  # noqa: E402
from delegate_editor.ui.app import application  # noqa: E402


def report(**data) -> None:
    print(json.dumps(data), flush=True)


def pump(app, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


def at_end_of_first_operative(window, draft: str):
    """Open DRAFT and put the cursor at the end of operative paragraph 1's text box."""
    assert window.open_path(draft, ask_save=False)
    window.show_page("operative")
    page = window.operative_page
    page.select(page.model.rows[0].id)
    page.text.setFocus()
    page.text.moveCursor(page.text.textCursor().MoveOperation.End)
    return page


def main() -> None:
    mode = sys.argv[1]
    draft = sys.argv[2]
    answers = json.loads(sys.argv[3]) if len(sys.argv) > 3 else {}
    app = application()
    from PySide6.QtTest import QTest

    from delegate_editor.ui.main_window import MainWindow

    asker = ScriptedAsker(**answers)
    window = MainWindow(settings=Settings(), asker=asker)
    window.show()
    app.processEvents()

    if mode == "type":
        page = at_end_of_first_operative(window, draft)
        every = float(os.environ.get("DRIVER_EVERY", "0.1"))
        report(ready=os.getpid())
        n = 0
        start = time.monotonic()
        while True:
            n += 1
            word = f" w{n:04d}"
            QTest.keyClicks(page.text, word)
            report(edit=word.strip(), t=time.monotonic())
            pump(app, max(0.0, start + n * every - time.monotonic()))

    elif mode == "restore":
        restored = window.offer_recovery()
        window.wait_autosave()
        first = plain_text(window.ctl.draft.operative[0].text) if window.ctl.draft.operative else ""
        path = str(window.ctl.session.path or "")
        report(
            restored=restored, text=first, path=path, modified=window.isWindowModified(), shown=asker.shown
        )
        window.asker = ScriptedAsker(**{"Unsaved changes": "Discard"})
        window.close()

    elif mode == "hold":
        assert window.open_path(draft, ask_save=False)
        report(ready=os.getpid(), shown=asker.shown)
        stop = threading.Event()
        threading.Thread(target=lambda: (sys.stdin.readline(), stop.set()), daemon=True).start()
        while not stop.is_set():
            pump(app, 0.05)
        window.close()
        report(closed=True)

    elif mode == "end":
        from delegate_editor.ui.app import end_on_signals

        end_on_signals(app)
        page = at_end_of_first_operative(window, draft)
        QTest.keyClicks(page.text, " wsignal")
        pump(app, 0.2)
        report(typed="wsignal", ready=os.getpid())
        report(ended=app.exec())

    elif mode == "open":
        opened = window.open_path(draft, ask_save=False)
        report(opened=opened, shown=asker.shown)
        window.close()


if __name__ == "__main__":
    main()
