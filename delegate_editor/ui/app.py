"""Starting the desktop app: ``delegate-editor [FILE]`` and the GUI script entry point.

Nothing a user does may end in a traceback: a bad file named on the command line gives one
dialog, and an unexpected error anywhere in the event loop is logged to the state folder and
shown as one message, while the autosave keeps the work.
"""

from __future__ import annotations

import signal
import socket
import sys

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from delegate_editor import __version__
from delegate_editor.storage import crashlog
from delegate_editor.storage import settings as settings_store
from delegate_editor.ui import i18n
from delegate_editor.ui.i18n import translate


def _excepthook(exc_type, exc, tb) -> None:
    """Log the details for a bug report; tell the user in one line."""
    log = crashlog.record(exc_type, exc, tb)
    if QApplication.instance() is not None:
        QMessageBox.critical(
            None,
            translate("App", "Unexpected error"),
            translate(
                "App",
                "Something went wrong ({__name__}: {exc}). Your work is autosaved; details are in {log}.",
            ).format(__name__=exc_type.__name__, exc=exc, log=log),
        )


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Delegate Editor")
    app.setOrganizationName("DelegateEditor")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.delegateeditor.DelegateEditor")
    from delegate_editor.ui.about import app_icon

    app.setWindowIcon(app_icon())
    return app


class _FileOpenFilter(QObject):
    """macOS Finder opens a double-clicked draft with a FileOpen event, not argv."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FileOpen:
            path = event.file()
            if path:
                self.window.open_path(path)
            return True
        return False


def end_on_signals(app: QApplication) -> None:
    """SIGTERM (a logout or shutdown that does not wait for the app, ``kill``) and SIGHUP (the
    terminal that started it closed) ended the app at once, losing what was typed since the
    last autosave. Each window now puts its draft in its recovery file and ends, and the app
    quits; the next start offers the drafts back. Python runs a signal handler only when it
    next has control, so the signal also wakes Qt's event loop through a socket
    (``signal.set_wakeup_fd``). The ending itself waits for an event loop: a signal that
    comes while a draft is still being opened, before the loop runs, would otherwise ask a
    loop that is not running yet to quit (``run`` ends at once instead of starting it)."""
    if not hasattr(signal, "SIGHUP"):  # Windows delivers neither
        return
    read, write = socket.socketpair()
    read.setblocking(False)
    write.setblocking(False)
    signal.set_wakeup_fd(write.fileno(), warn_on_full_buffer=False)
    notifier = QSocketNotifier(read.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda: _drain(read))
    app._signal_wakeup = (read, write, notifier)  # kept for the app's lifetime

    def on_signal(signum: int, frame: object) -> None:
        if not _ending:
            _ending.append(signum)
            QTimer.singleShot(0, lambda: end_keeping_work(app))

    for number in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, on_signal)


_ending: list[int] = []  # the signal that asked the app to end, once one has
_ended: list[bool] = []  # the windows have been ended (once)


def end_keeping_work(app: QApplication) -> None:
    """Every window's draft into its recovery file, the windows ended, the event loops left."""
    if not _ended:
        _ended.append(True)
        from delegate_editor.ui.main_window import MainWindow

        for window in app.topLevelWidgets():
            if isinstance(window, MainWindow) and window.isVisible():
                window.end_keeping_work()
                window.hide()
    app.exit(0)


def _drain(read: socket.socket) -> None:
    try:
        read.recv(256)
    except OSError:
        pass


def run(argv: list[str]) -> int:
    """Open a window (on ``argv[0]`` if given), offer any unsaved work from a crash, and run
    the event loop. Returns the exit status."""
    app = application()
    i18n.install(app, i18n.resolve(settings_store.load().interface_language))
    sys.excepthook = _excepthook
    end_on_signals(app)
    from delegate_editor.ui.main_window import MainWindow

    window = MainWindow()
    app.installEventFilter(_FileOpenFilter(window))
    window.show()
    restored = window.offer_recovery()
    if argv and not restored and not _ending:
        window.open_path(argv[0], ask_save=False)
    try:
        if _ending:  # asked to end before the event loop ran
            end_keeping_work(app)
            return 0
        return app.exec()
    finally:
        from delegate_editor.app.typesetter import TYPESETTER

        TYPESETTER.close()  # the preview's typesetting process ends with the app


def main() -> None:
    """The GUI script entry point (no console on Windows)."""
    sys.exit(run(sys.argv[1:2]))
