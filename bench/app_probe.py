"""Drive the real desktop app in a process of its own, for bench/run.py.

The app is started exactly as ``delegate-editor FILE`` starts it (``cli.main([FILE])``, so
the same imports, window, recovery offer and open); the one difference is that
``QApplication.exec`` is replaced by a probe that runs once the event loop would start, so no
hook is needed in the app itself. Everything the probe measures is printed as one JSON line
prefixed ``BENCH``; run.py times the whole process from outside and reads the peak memory of
the process with ``wait4``.

    python bench/app_probe.py start FILE     # "READY" once the window is usable, then quit
    python bench/app_probe.py type FILE [--keys N] [--interval MS] [--page document]

``start`` prints READY when the main window is exposed, holds the draft and has painted; the
parent's clock from spawning the process to reading that line is "app start to a usable
window".

``type`` shows the Preview dock, waits for the first typeset pages, puts the cursor at the
end of an operative paragraph in the middle of the draft and types N characters with
``QTest.keyClick`` on the paragraph editor (or, with ``--page document``, in the Document
page), one every INTERVAL ms (a fast typist). For each
key it measures until the editor's viewport has repainted: *handling* from the key press to
the paint, and *as typed* from the moment the key was due (so time the GUI thread spent busy
elsewhere, on a preview result or a check run, counts against the keystroke as a user would
feel it). The peak memory of the preview's typesetting process is read too.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import statistics
import sys
import time
from pathlib import Path

T0 = time.perf_counter()
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import delegate_editor.ui  # noqa: E402,F401  the PySide6 6.12 / Python 3.11 refcount workaround first


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _runqueue_wait() -> float:
    """Seconds this thread has spent runnable but waiting for a CPU (Linux schedstat; 0
    elsewhere): tells a slow keystroke caused by a busy machine from one caused by work."""
    try:
        with open("/proc/thread-self/schedstat") as handle:
            return int(handle.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def _vmhwm_mb(process: str) -> float:
    """``VmHWM`` of ``/proc/PROCESS/status`` in MB ("self", or a pid); NaN when unreadable."""
    try:
        with open(f"/proc/{process}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return float("nan")


def _process_peak_mb(pid: int | None) -> float:
    """The peak resident memory of another process of ours (the preview's typesetting
    process), read before it ends; NaN when there is none."""
    return _vmhwm_mb(str(pid)) if pid is not None else float("nan")


def peak_mb() -> float:
    """This process's peak resident memory. ``VmHWM`` is the high-water mark of the process's
    own address space; ``getrusage``'s ``ru_maxrss`` is not, on Linux: exec carries the
    parent's resident size at fork into it, so a child of a large bench runner would report
    the runner's memory as its own."""
    found = _vmhwm_mb("self")
    return found if found == found else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _emit(data: dict) -> None:
    data["maxrss_mb"] = peak_mb()
    print("BENCH " + json.dumps(data), flush=True)


class _Discard:
    """Answers "Discard" to the unsaved-changes question when the probe closes the window."""

    def __init__(self, real) -> None:
        self.real = real

    def question(self, parent, title, text, buttons, default=""):
        return "Discard" if "Discard" in buttons else default

    def __getattr__(self, name):
        return getattr(self.real, name)


def _wait(app, until, timeout: float = 30.0) -> bool:
    from PySide6.QtCore import QEventLoop

    end = time.perf_counter() + timeout
    while not until():
        if time.perf_counter() > end:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.001)
    return True


class _PaintWatch:
    """Counts paint events of one widget (an event filter sees them before they are drawn;
    ``processEvents`` returns after they are)."""

    def __init__(self, widget) -> None:
        from PySide6.QtCore import QEvent, QObject

        watch = self

        class Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
                if event.type() == QEvent.Type.Paint:
                    watch.count += 1
                return False

        self.count = 0
        self.filter = Filter()
        widget.installEventFilter(self.filter)


def _window():
    from PySide6.QtWidgets import QApplication

    from delegate_editor.ui.main_window import MainWindow

    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())


def _start(app, args) -> dict:
    from PySide6.QtTest import QTest

    window = _window()
    watch = _PaintWatch(window)
    QTest.qWaitForWindowExposed(window)
    _wait(app, lambda: watch.count > 0)
    ready = time.perf_counter() - T0
    ops = len(window.ctl.draft.operative_paragraphs())
    print("READY", flush=True)
    return {"ready_in_process_s": ready, "operative": ops, "title": window.windowTitle()}


def _type(app, args) -> dict:
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtTest import QTest

    from delegate_editor.app.typesetter import TYPESETTER

    window = _window()
    QTest.qWaitForWindowExposed(window)
    renderer = window.page_renderer
    shown: list[float] = []
    renderer.pagesReady.connect(lambda _pages: shown.append(time.perf_counter()))
    t = time.perf_counter()
    first_pages, pages = float("nan"), 0
    if args.preview:
        window.preview_dock.show()
        window.preview_dock.raise_()
        if not _wait(app, lambda: shown, 60):
            raise SystemExit("the preview never showed its pages")
        first_pages = shown[-1] - t
        pages = window.preview.page_count()
        images = window.preview
        _wait(app, lambda: len(images.images) > 0, 30)
    else:
        window.preview_dock.hide()

    ops = window.ctl.draft.operative_paragraphs()
    middle = ops[len(ops) // 2].id
    if args.page == "document":  # the continuous editor (issue 23)
        window.show_page("document")
        editor = window.document_page
        editor.go_to(middle)
        cursor = editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.EndOfBlock)
        editor.setTextCursor(cursor)
        editor.setFocus()
        typed_in, text_of = editor, lambda: editor.toPlainText()
    else:  # the paragraph editor of the Operative page
        window.show_page("operative")
        page = window.operative_page
        page.select(middle)
        page.text.setFocus()
        page.text.moveCursor(page.text.textCursor().MoveOperation.End)
        typed_in, text_of = page.text, lambda: page.text.toPlainText()
    watch = _PaintWatch(typed_in.viewport())
    _wait(app, lambda: False, 0.3)  # settle

    handling: list[float] = []
    as_typed: list[float] = []
    slow: list[cProfile.Profile] = []
    gui_cpu: list[float] = []  # CPU time of the GUI thread per key: work, not waiting
    gui_wait: list[float] = []  # time the GUI thread was ready to run but had no CPU
    interval = args.interval / 1000
    letters = "abcdefghijklmnopqrstuvwxyz "
    renders_before = renderer.generation
    due = time.perf_counter() + interval
    for k in range(args.keys):
        while time.perf_counter() < due:  # the app idles (timers, preview results) until the key
            left = max(1, int((due - time.perf_counter()) * 1000))
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, min(left, 5))
            if due - time.perf_counter() > 0.002:
                time.sleep(0.001)
        prof = cProfile.Profile() if args.profile_slow else None
        start = time.perf_counter()
        cpu = time.thread_time()
        queued = _runqueue_wait()
        before = watch.count
        if prof:
            prof.enable()
        QTest.keyClick(typed_in, letters[k % len(letters)])
        while watch.count == before:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        end = time.perf_counter()
        gui_cpu.append(time.thread_time() - cpu)
        gui_wait.append(_runqueue_wait() - queued)
        if prof:
            prof.disable()
            if end - start > args.profile_slow / 1000:
                slow.append(prof)
        handling.append(end - start)
        as_typed.append(end - min(start, due) if start > due else end - start)
        due = max(due + interval, end)
    if slow:  # what the GUI thread did during the slow keystrokes, for profiling
        stats = pstats.Stats(slow[0])
        for extra in slow[1:]:
            stats.add(extra)
        stats.dump_stats(args.profile_out)
        print(
            f"{len(slow)} keystrokes over {args.profile_slow} ms profiled in {args.profile_out}",
            file=sys.stderr,
        )
    _wait(app, lambda: not renderer.running and not renderer.pending and not renderer.timer.isActive(), 60)
    typed = "".join(letters[k % len(letters)] for k in range(args.keys))
    text = text_of()
    if typed.strip() not in text:
        raise SystemExit("the typed characters did not reach the paragraph")
    after_pause = _keys_after_a_pause(app, typed_in, watch, args.pause_keys)
    window.checks.recheck()  # one check run on the GUI thread, as after opening a draft or a fix
    t = time.perf_counter()
    window.checks.recheck()
    check_s = time.perf_counter() - t
    ms = 1000
    return {
        "keys": args.keys,
        "preview": args.preview,
        "interval_ms": args.interval,
        "handling_p50_ms": _percentile(handling, 0.5) * ms,
        "handling_p95_ms": _percentile(handling, 0.95) * ms,
        "handling_max_ms": max(handling) * ms,
        "gui_cpu_p50_ms": _percentile(gui_cpu, 0.5) * ms,
        "gui_cpu_p95_ms": _percentile(gui_cpu, 0.95) * ms,
        "gui_runqueue_p50_ms": _percentile(gui_wait, 0.5) * ms,
        "gui_runqueue_p95_ms": _percentile(gui_wait, 0.95) * ms,
        "typed_p50_ms": _percentile(as_typed, 0.5) * ms,
        "typed_p95_ms": _percentile(as_typed, 0.95) * ms,
        "typed_max_ms": max(as_typed) * ms,
        "after_pause_p50_ms": _percentile(after_pause, 0.5) * ms,
        "after_pause_max_ms": max(after_pause, default=float("nan")) * ms,
        "preview_first_pages_s": first_pages,
        "preview_pages": pages,
        "preview_renders": renderer.generation - renders_before,
        "preview_render_s": renderer.last_seconds,
        "preview_latency_s": renderer.latency,
        "checks_gui_s": check_s,
        "median_handling_ms": statistics.median(handling) * ms,
        "focus": Qt.FocusReason.OtherFocusReason.name if typed_in.hasFocus() else "lost",
        "page": args.page,
        "typeset_process_maxrss_mb": _process_peak_mb(TYPESETTER.pid),
    }


def _keys_after_a_pause(app, typed_in, watch, count: int) -> list[float]:
    """Keys pressed when a typist resumes after a pause: each is due 40 ms after the checks
    started (they start CHECK_DELAY_MS after the last change), and counts from then."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtTest import QTest

    from delegate_editor.ui.checks_panel import CHECK_DELAY_MS

    out: list[float] = []
    for _ in range(count):
        due = time.perf_counter() + (CHECK_DELAY_MS + 40) / 1000
        while time.perf_counter() < due:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            time.sleep(0.001)
        before = watch.count
        QTest.keyClick(typed_in, "k")
        while watch.count == before:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        # from the moment the key was due: a check run by the event loop in the meantime
        # (on this thread) delays the key as much as work done after the press would
        out.append(time.perf_counter() - due)
    return out


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["start", "type"])
    p.add_argument("file")
    p.add_argument("--keys", type=int, default=200)
    p.add_argument("--interval", type=float, default=120.0, help="ms between keystrokes")
    p.add_argument("--pause-keys", type=int, default=10, help="keys pressed after a pause, as the checks run")
    p.add_argument("--page", choices=["operative", "document"], default="operative", help="where to type")
    p.add_argument("--no-preview", dest="preview", action="store_false", help="type with the preview hidden")
    p.add_argument(
        "--profile-slow", type=float, default=0, metavar="MS", help="profile keystrokes slower than MS"
    )
    p.add_argument("--profile-out", default=str(ROOT / "bench" / "out" / "slow-keys.pstats"))
    args = p.parse_args()

    import delegate_editor.ui.app as app_module
    from delegate_editor import cli

    probe = {"start": _start, "type": _type}[args.mode]

    class BenchApplication(app_module.QApplication):
        def exec(self) -> int:  # the event loop would start here: measure instead, then quit
            window = _window()
            result = probe(self, args)
            window.asker = _Discard(window.asker)
            window.close()
            _emit(result)
            return 0

    app_module.QApplication = BenchApplication
    return cli.main([args.file])


if __name__ == "__main__":
    sys.exit(main())
