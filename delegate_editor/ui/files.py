"""File operations of the main window: New, Open, Save, Save As, Export, recent files,
autosave and recovery, and the lock that warns a second instance.

A mixin for :class:`~delegate_editor.ui.main_window.MainWindow`, kept apart because these
are the paths where work can be lost: every failure ends in one clear message and leaves the
files on disk and the draft in the window as they were.
"""

from __future__ import annotations

import weakref
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from delegate_editor.conventions import messages, templates
from delegate_editor.conventions.messages import shown_error
from delegate_editor.errors import InputError
from delegate_editor.model.document import DocumentKind
from delegate_editor.storage import dres, recovery
from delegate_editor.storage.atomic import SaveError
from delegate_editor.storage.lock import DraftLock
from delegate_editor.ui.dialogs import sentence
from delegate_editor.ui.i18n import translate
from delegate_editor.ui.session import DiskState, DocumentSession

# a returned .docx or .odt must be one click away: the first filter shows everything we read
# (shown through translate("FileOps", ...))
OPEN_FILTERS = QT_TRANSLATE_NOOP(
    "FileOps",
    "Drafts and documents (*.dres *.docx *.odt *.txt *.md);;Drafts (*.dres);;"
    "Documents to import (*.docx *.odt *.txt *.md);;All files (*)",
)
EXPORTS = {
    ".docx": QT_TRANSLATE_NOOP("FileOps", "Word document (*.docx)"),
    ".odt": QT_TRANSLATE_NOOP("FileOps", "OpenDocument text (*.odt)"),
    ".pdf": QT_TRANSLATE_NOOP("FileOps", "PDF (*.pdf)"),
    ".txt": QT_TRANSLATE_NOOP("FileOps", "Plain text (*.txt)"),
}
AUTOSAVE_MS = 1000  # the first change starts the timer; later ones do not postpone it


def autosave_ms(settings) -> int:
    """The recovery copy's delay from Preferences (1 s to 10 min), AUTOSAVE_MS by default."""
    seconds = getattr(settings, "autosave_seconds", 0)
    return AUTOSAVE_MS if not isinstance(seconds, int) or seconds <= 0 else min(seconds, 600) * 1000


LIVE_WINDOWS: weakref.WeakSet = weakref.WeakSet()


def live_slots() -> set[str]:
    """Recovery slots of this process's windows that still exist (a window whose C++ side
    is gone without closing is as dead as a crashed process)."""
    from shiboken6 import isValid

    return {w.slot for w in list(LIVE_WINDOWS) if isValid(w)}


class FileOps:
    """Needs: self.ctl, self.asker, self.settings, self.slot, self.lock, self.autosave_timer,
    self._restored (bool), self.update_title(), self.update_recent_menu()."""

    _writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")

    # -- state ---------------------------------------------------------------------------
    def is_modified(self) -> bool:
        # restored from recovery, or changed by the group (a new undo history, clean): unsaved
        return self._restored or getattr(self, "unsaved_from_group", False) or not self.ctl.stack.isClean()

    def maybe_save(self) -> bool:
        """Before the draft goes away: False if the user cancelled."""
        if not self.is_modified():
            return True
        answer = self.asker.question(
            self,
            translate("FileOps", "Unsaved changes"),
            translate("FileOps", "Save the changes to {file_name} before closing it?").format(
                file_name=self.ctl.session.file_name
            ),
            [translate("FileOps", "Save"), translate("FileOps", "Discard"), translate("FileOps", "Cancel")],
            translate("FileOps", "Save"),
        )
        if answer == translate("FileOps", "Save"):
            return self.save()
        return answer == translate("FileOps", "Discard")

    def _set_session(self, session: DocumentSession, restored: bool = False) -> None:
        """Swap in a new document: release the old lock and recovery slot, take new ones."""
        self._drop_recovery()
        if self.lock is not None:
            self.lock.release()
        self.lock = None
        if session.path is not None:
            self.lock = DraftLock(session.path)
            self.lock.acquire()
        self.slot = recovery.new_slot(session.path)
        self._restored = restored
        self.unsaved_from_group = False
        self.ctl.replace_draft(session)
        if restored:
            self.autosave_now()
        self.update_title()

    # -- new / open ----------------------------------------------------------------------
    def new_draft(self) -> bool:
        if not self.maybe_save():
            return False
        names = templates.template_names(messages.current())  # in the interface language
        labels = list(names.values())
        choice = self.asker.choose(
            self,
            translate("FileOps", "New draft"),
            translate("FileOps", "Start from the template for:"),
            labels,
        )
        if not choice:
            return False
        name = next(k for k, v in names.items() if v == choice)
        draft = templates.make_draft(name, language=self.settings.language_code_of_new_drafts())
        if self.settings.delegation and draft.kind is DocumentKind.DRAFT and not draft.sponsors.names:
            draft.sponsors.names.append(self.settings.delegation)
        self._set_session(DocumentSession(draft))
        return True

    def open_dialog(self) -> bool:
        """Choose the file first; only a real choice asks whether to save the current draft."""
        path = self.asker.open_path(
            self,
            translate("FileOps", "Open a draft"),
            self.settings.last_folder,
            translate("FileOps", OPEN_FILTERS),
        )
        return bool(path) and self.open_path(path)

    def open_path(self, path: str | Path, ask_save: bool = True) -> bool:
        """Open a .dres draft or import a .txt/.docx/.odt; on bad input one dialog and the
        current draft untouched."""
        from delegate_editor.formats.registry import read_any

        if ask_save and not self.maybe_save():
            return False
        p = Path(path)
        try:
            result = read_any(p)
        except InputError as exc:
            self.asker.error(self, translate("FileOps", "Cannot open the file"), sentence(shown_error(exc)))
            return False
        is_draft = p.suffix.lower() == ".dres"
        if is_draft:
            holder = DraftLock(p).holder()
            if holder is not None:
                answer = self.asker.question(
                    self,
                    translate("FileOps", "Draft already open"),
                    translate(
                        "FileOps",
                        "{name} is already open in another Delegate Editor window: {0}.\n\nIf you both save, one of you will overwrite the other's changes.",
                    ).format(holder.describe(), name=p.name),
                    [translate("FileOps", "Open anyway"), translate("FileOps", "Cancel")],
                    translate("FileOps", "Cancel"),
                )
                if answer != translate("FileOps", "Open anyway"):
                    return False
        session = DocumentSession(
            result.draft,
            path=p.resolve() if is_draft else None,
            source=None if is_draft else p,
            disk=DiskState.of(p) if is_draft else None,
        )
        self._set_session(session)
        if is_draft:
            self.settings.add_recent(p)
            self.update_recent_menu()
        self.settings.last_folder = str(p.resolve().parent)
        from delegate_editor.ui.import_report import show_import

        urgent = show_import(self, p.name, result)  # the guesses go to the Import report dock
        if urgent:
            self.asker.info(
                self, translate("FileOps", "Imported {name}").format(name=p.name), "\n".join(urgent)
            )
        return True

    # -- save ----------------------------------------------------------------------------
    def save(self) -> bool:
        path = self.ctl.session.path
        if path is None:
            return self.save_as()
        return self._save_to(path)

    def save_as(self) -> bool:
        suggested = self.ctl.session.suggested_path(".dres")
        if self.settings.last_folder and not Path(suggested).is_absolute():
            suggested = str(Path(self.settings.last_folder) / suggested)
        path = self.asker.save_path(
            self,
            translate("FileOps", "Save the draft as"),
            suggested,
            translate("FileOps", "Drafts (*.dres)"),
        )
        if not path:
            return False
        p = Path(path)
        if p.suffix.lower() != ".dres":
            p = p.with_name(p.name + ".dres")
        return self._save_to(p)

    def _changed_on_disk(self, path: Path) -> str:
        """Before overwriting the draft's own file: if another program changed it since this
        window read or wrote it, let the user choose. Returns "Overwrite", "Save As…" or ""."""
        session = self.ctl.session
        same = session.path is not None and session.path == path.resolve()
        if not same or session.disk is None or not session.disk.changed(path):
            return "Overwrite"
        answer = self.asker.question(
            self,
            translate("FileOps", "File changed on disk"),
            translate(
                "FileOps",
                "{name} was changed by another program since you opened or last saved it.\n\nOverwrite it with your version (the other changes are lost), save your version under another name, or cancel?",
            ).format(name=path.name),
            [
                translate("FileOps", "Overwrite"),
                translate("FileOps", "Save As…"),
                translate("FileOps", "Cancel"),
            ],
            translate("FileOps", "Save As…"),
        )
        if answer == translate("FileOps", "Overwrite"):
            return "Overwrite"
        return "Save As…" if answer == translate("FileOps", "Save As…") else ""

    def _save_to(self, path: Path) -> bool:
        choice = self._changed_on_disk(path)
        if choice == "Save As…":
            return self.save_as()
        if not choice:
            return False
        try:
            dres.save(self.ctl.draft, path)
        except SaveError as exc:
            self.asker.error(
                self,
                translate("FileOps", "The draft was not saved"),
                translate("FileOps", "{0}\n\nYour changes are still open here.").format(
                    sentence(shown_error(exc))
                ),
            )
            self.autosave_now()  # and in the recovery file, should the app be closed now
            return False
        session = self.ctl.session
        session.disk = DiskState.of(path)
        if session.path is None or session.path.resolve() != path.resolve():
            if self.lock is not None:
                self.lock.release()
            self.lock = DraftLock(path)
            self.lock.acquire()
        session.path = path.resolve()
        session.source = None
        self.ctl.stack.setClean()
        self._restored = False
        self.unsaved_from_group = False
        self._drop_recovery()
        self.slot = recovery.new_slot(path)
        self.settings.add_recent(path)
        self.settings.last_folder = str(path.resolve().parent)
        self.update_recent_menu()
        self.update_title()
        self.statusBar().showMessage(translate("FileOps", "Saved {name}").format(name=path.name), 4000)
        return True

    def export(self, suffix: str) -> bool:
        from delegate_editor.app.export import OVERWRITES_DRAFT, export_draft, with_suffix

        path = self.asker.save_path(
            self,
            translate("FileOps", "Export as {0}").format(suffix[1:].upper()),
            self.ctl.session.suggested_path(suffix),
            translate("FileOps", EXPORTS[suffix]),
        )
        if not path:
            return False
        p = with_suffix(path, suffix)
        try:
            export_draft(
                self.ctl.draft,
                p,
                paper=self.settings.paper,
                protect=[self.ctl.session.path],
                why=OVERWRITES_DRAFT,
            )
        except (InputError, SaveError) as exc:
            self.asker.error(self, translate("FileOps", "Not exported"), sentence(shown_error(exc)))
            return False
        self.statusBar().showMessage(translate("FileOps", "Exported {name}").format(name=p.name), 4000)
        return True

    # -- autosave and recovery ------------------------------------------------------------
    def schedule_autosave(self) -> None:
        if not self.autosave_timer.isActive():
            self.autosave_timer.start(autosave_ms(self.settings))

    def autosave_now(self) -> None:
        """Serialise here (a consistent snapshot), write in the background (fsync can take
        longer than a keystroke)."""
        if not self.is_modified():
            self._drop_recovery()
            return
        previous = getattr(self, "_pending_write", None)
        if previous is not None and previous.done() and previous.exception() is not None:
            self._autosave_failed(previous.exception())
        data = dres.dumps(self.ctl.draft, compact=True)
        session = self.ctl.session
        original = str(session.path) if session.path else ""
        disk = session.disk.as_tuple() if session.disk is not None else None
        self._pending_write = self._writer.submit(
            recovery.write, self.slot, data, original, session.title, disk
        )

    def wait_autosave(self) -> bool:
        """Block until the last autosave reached the disk (tests, and before a restore).
        False when it failed (a full or read-only data folder): that must not stop a save, a
        close or a restore, and the draft is still in the window."""
        future = getattr(self, "_pending_write", None)
        if future is None:
            return True
        try:
            future.result()
        except OSError as exc:
            self._autosave_failed(exc)
            return False
        return True

    def _autosave_failed(self, exc: BaseException) -> None:
        """Say so where it does not interrupt typing; the next change tries again."""
        self.statusBar().showMessage(
            translate("FileOps", "Autosave failed ({exc}): save the draft to keep your work").format(
                exc=shown_error(exc)
            ),
            10000,
        )

    def _drop_recovery(self) -> None:
        self.autosave_timer.stop()
        self.wait_autosave()
        if getattr(self, "slot", ""):
            recovery.discard(self.slot)

    def offer_recovery(self) -> int:
        """After a crash: offer each autosave nobody owns. The first restored one replaces
        this window's (empty) draft; returns how many were restored."""
        restored = 0
        for rec in recovery.pending(live_slots()):
            answer = self.asker.question(
                self,
                translate("FileOps", "Restore unsaved work?"),
                translate(
                    "FileOps",
                    "Delegate Editor did not close normally. Unsaved work was found:\n\n{0}\n\nRestore it? (Later keeps it for the next start.)",
                ).format(rec.describe()),
                [
                    translate("FileOps", "Restore"),
                    translate("FileOps", "Discard"),
                    translate("FileOps", "Later"),
                ],
                translate("FileOps", "Restore"),
            )
            if answer == translate("FileOps", "Discard"):
                recovery.discard(rec.slot)
                continue
            if answer != translate("FileOps", "Restore"):
                continue
            try:
                draft = recovery.restore(rec)
            except InputError as exc:
                self.asker.error(self, translate("FileOps", "Cannot restore"), sentence(shown_error(exc)))
                continue
            # the file as the crashed window knew it: a save then still notices a change
            # another program made to it, before or after the crash
            disk = DiskState(*rec.disk) if rec.original and rec.disk else None
            session = DocumentSession(draft, path=Path(rec.original) if rec.original else None, disk=disk)
            target = self
            if restored:
                target = type(self)(settings=self.settings, asker=self.asker)
                target.show()
            target._set_session(session, restored=True)
            if target.wait_autosave():  # the restored draft has a slot of its own now
                recovery.discard(rec.slot)
            restored += 1
        return restored
