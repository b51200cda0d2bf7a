"""One member's *app* process for ``test_app_processes.py``: the real main window, offscreen,
started as ``delegate-editor [FILE]`` starts it (a crash's unsaved work offered first, then
the file), driven by one JSON command a line on stdin and answering one JSON line on stdout.

    python app_member.py DELEGATION [FILE]

The user's folders are ``DELEGATE_EDITOR_HOME``'s, so each process has its own credentials
(``groups.json``), settings and autosave; DELEGATION is its Preferences' delegation when
they name none (the Join dialog's name, the comments' author), as a delegate sets it. The event loop runs all the time (``app.exec()``):
a command is taken from a queue a reader thread fills, so the window keeps syncing between
commands as it would between a delegate's keystrokes.

    {"do": "join", "server", "room", "invitation", "name"}
        File ▸ Join Group…, the four fields typed into the dialog, Enter
    {"do": "type", "part", "index", "text"}
        the part's page, paragraph ``index`` selected, ``text`` typed with key events at the
        start of its text editor
    {"do": "comment", "part", "index", "text"}
        Insert ▸ Comment… on that paragraph, ``text`` answered in the dialog
    {"do": "save_as", "path"}   File ▸ Save As…, the path answered in the file dialog
    {"do": "autosaved"}         the texts of this user's recovery copies (written by the
                                app's own autosave timer, read here as they are on disk)
    {"do": "state"}             what the test compares (:func:`state`)

The functions above ``main`` need no Qt: the test computes with them what it expects.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import sys
import threading
from pathlib import Path
from typing import Any

from delegate_editor.model.document import Draft
from delegate_editor.model.negotiation import paragraph_text
from delegate_editor.model.serialize import to_dict
from delegate_editor.model.walk import tree
from delegate_editor.sync.shared import agreed_data

TEXT_PARTS = ("preamble", "operative")


def digest(data: Any) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def shared_digest(draft: Draft) -> str:
    """The draft as the group shares it: everything but the window's private parts (its
    versions, the base of Track Changes, the update log, whose bytes differ by replica)."""
    data = to_dict(draft, history=False)
    return digest({k: v for k, v in data.items() if k not in ("sync", "base", "versions")})


def paragraphs(draft: Draft) -> list[str]:
    """Every preambular and operative paragraph (sub-paragraphs too) as printed."""
    return [paragraph_text(node) for part in TEXT_PARTS for node, _ in tree(getattr(draft, part))]


def agreed_rest(draft: Draft) -> str:
    """The agreed text but its paragraphs' words (the front matter, sponsors, footnotes, the
    paragraphs' ids and order...), digested: typing words into paragraphs leaves it alone."""
    data = agreed_data(draft)
    for part in TEXT_PARTS:
        data[part] = [[node.id, depth] for node, depth in tree(getattr(draft, part))]
    return digest(data)


def state(window: Any) -> dict[str, Any]:
    """The window as the test compares it: its status bar's words, whether its edits still
    wait to be published or the group's to be taken in, and its draft."""
    draft = window.ctl.draft
    session = window.group
    negotiation = draft.negotiation
    proposals = negotiation.proposals if negotiation else []
    return {
        "status": window.group_status.text() if session is not None else "",
        "members": sorted(str(m.get("name")) for m in session.members) if session else [],
        "pending": bool(session and (session.dirty or session.in_flight or session.timer.isActive())),
        "digest": shared_digest(draft),
        "paragraphs": paragraphs(draft),
        "agreed_rest": agreed_rest(draft),
        "proposals": sorted([p.authors, p.kind.value, p.proposed_text()] for p in proposals),
        "comments": sorted([c.author, c.text] for c in draft.comments),
        "title": window.windowTitle(),
        "path": str(window.ctl.session.path or ""),
        "shown": [list(s) for s in window.asker.shown],
    }


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))  # ui_helpers
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from ui_helpers import ScriptedAsker, trigger

    import delegate_editor.ui  # noqa: F401  (the PySide6 refcount workaround, before any window)
    from delegate_editor.storage import paths
    from delegate_editor.storage import settings as settings_store
    from delegate_editor.ui.app import application
    from delegate_editor.ui.main_window import MainWindow

    app = application()
    # a crash's unsaved work is restored, as a delegate answers after a kill
    asker = ScriptedAsker(**{"Restore unsaved work?": ["Restore"] * 5})
    settings = settings_store.load()
    settings.delegation = settings.delegation or sys.argv[1]
    window = MainWindow(settings=settings, asker=asker)
    window.show()
    restored = window.offer_recovery()
    if sys.argv[2:] and not restored:
        window.open_path(sys.argv[2], ask_save=False)

    def join(cmd: dict) -> dict:
        trigger(window.file_menu, "Join Group")
        dialog = window.join_dialog
        fields = (dialog.server, dialog.room, dialog.token, dialog.member)
        for field, key in zip(fields, ("server", "room", "invitation", "name"), strict=True):
            field.selectAll()
            QTest.keyClicks(field, cmd[key])
        QTest.keyClick(dialog.member, Qt.Key.Key_Return)
        return {"ok": not dialog.isVisible(), "problem": dialog.problem.text()}

    def go(cmd: dict) -> Any:
        window.show_page(cmd["part"])
        page = window.pages[cmd["part"]]
        page.select(getattr(window.ctl.draft, cmd["part"])[cmd["index"]].id)
        page.text.setFocus()
        return page

    def type_(cmd: dict) -> dict:
        page = go(cmd)
        page.text.moveCursor(page.text.textCursor().MoveOperation.Start)
        QTest.keyClicks(page.text, cmd["text"])
        return {"ok": True, "paragraph": paragraph_text(page.node())}

    def comment(cmd: dict) -> dict:
        go(cmd)
        asker.answers["Comment"] = [cmd["text"]]
        trigger(window.insert_menu, "Comment")
        return {"ok": any(c.text == cmd["text"] for c in window.ctl.draft.comments)}

    def save_as(cmd: dict) -> dict:
        asker.answers["save"] = [cmd["path"]]
        trigger(window.file_menu, "Save As")
        return {"ok": not window.is_modified(), "path": str(window.ctl.session.path or "")}

    def autosaved(_cmd: dict) -> dict:
        folder = paths.recovery_dir()
        return {"texts": [f.read_text("utf-8", "replace") for f in sorted(folder.iterdir()) if f.is_file()]}

    commands = {
        "join": join,
        "type": type_,
        "comment": comment,
        "save_as": save_as,
        "autosaved": autosaved,
        "state": lambda _cmd: state(window),
    }
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(
        target=lambda: [lines.put(line) for line in sys.stdin] + [lines.put("")], daemon=True
    ).start()

    def take() -> None:
        while True:
            try:
                line = lines.get_nowait()
            except queue.Empty:
                return
            if not line:  # the test has gone: so does the app, as a crash would
                os._exit(0)
            cmd = json.loads(line)
            try:
                answer = commands[cmd["do"]](cmd)
            except Exception as exc:  # the test reads it rather than waiting for a silence
                answer = {"error": f"{type(exc).__name__}: {exc}"}
            print(json.dumps(answer), flush=True)

    timer = QTimer(interval=20)
    timer.timeout.connect(take)
    timer.start()
    print(json.dumps({"ready": os.getpid(), "restored": restored}), flush=True)
    sys.exit(app.exec())


if __name__ == "__main__":
    main()
