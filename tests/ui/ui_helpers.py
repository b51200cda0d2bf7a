"""Helpers for driving the app as a user does: scripted dialogs and menu items."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from delegate_editor.ui.dialogs import Asker


class ScriptedAsker(Asker):
    """Answers the app's questions from a script keyed by dialog title, and records every
    dialog shown, so a test can assert that exactly one clear message appeared."""

    def __init__(self, **answers) -> None:
        self.answers: dict[str, list] = {k: (v if isinstance(v, list) else [v]) for k, v in answers.items()}
        self.shown: list[tuple[str, str, str]] = []  # (kind, title, text)

    def _answer(self, key: str, default):
        queue = self.answers.get(key)
        return queue.pop(0) if queue else default

    def question(self, parent, title, text, buttons, default=""):
        self.shown.append(("question", title, text))
        answer = self._answer(title, buttons[-1])
        assert answer in buttons, f"{answer!r} is not one of {buttons}"
        return answer

    def error(self, parent, title, text):
        self.shown.append(("error", title, text))

    def info(self, parent, title, text):
        self.shown.append(("info", title, text))

    def open_path(self, parent, caption, folder, filters):
        self.shown.append(("open", caption, ""))
        return str(self._answer("open", ""))

    def save_path(self, parent, caption, suggested, filters):
        self.shown.append(("save", caption, suggested))
        return str(self._answer("save", ""))

    def choose(self, parent, title, label, items):
        self.shown.append(("choose", title, label))
        return self._answer(title, items[0] if items else "")

    def text(self, parent, title, label, value=""):
        self.shown.append(("text", title, label))
        return self._answer(title, None)

    def kinds(self, kind: str) -> list[tuple[str, str, str]]:
        return [s for s in self.shown if s[0] == kind]


def menu_action(menu: QMenu, text: str):
    """The action of ``menu`` (or a submenu) whose text, without & and …, starts with ``text``."""
    for action in menu.actions():
        label = action.text().replace("&", "").replace("…", "")
        if label.startswith(text):
            return action
        if action.menu():
            found = menu_action(action.menu(), text)
            if found:
                return found
    return None


def trigger(menu: QMenu, text: str) -> None:
    action = menu_action(menu, text)
    assert action is not None, f"no menu item {text!r} in {menu.title()}"
    assert action.isEnabled(), f"menu item {text!r} is disabled"
    action.trigger()
