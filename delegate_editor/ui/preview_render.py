"""The preview's pages, made off the typing path: typeset by typst, kept, and drawn.

Split from ``ui/preview.py`` (which shows them): :class:`PageRenderer` has the draft's pages
typeset in the typesetting process (``app/typeset_worker.py``), waiting for them on a worker
thread (the latest request wins); they arrive compressed (:func:`pack_pages`), and
:func:`rasterize` draws one page as an image, also off the GUI thread.
"""

from __future__ import annotations

import atexit
import re
import shutil
import threading
import time
import uuid
import zlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, QThreadPool, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QImageReader

from delegate_editor.app.typeset_worker import Packed, unpack
from delegate_editor.app.typesetter import TYPESETTER, TypesetError, new_owner
from delegate_editor.conventions.messages import shown_error
from delegate_editor.errors import InputError
from delegate_editor.formats.layout import Layout
from delegate_editor.model.document import Draft
from delegate_editor.model.serialize import from_dict, to_dict
from delegate_editor.storage import crashlog
from delegate_editor.storage.scratch import scratch_folder

# ---------------------------------------------------------------------------------------
# The typeset page preview: the pages of formats/typeset.py, drawn by Qt's SVG image reader
# ---------------------------------------------------------------------------------------
# Typing must never wait for typst. Each change restarts a short debounce timer; when it
# fires, the draft's plain data is taken on the GUI thread (a consistent snapshot, 1 ms for
# 500 paragraphs) and handed to one worker thread, which sends it to the typesetting process
# and waits for the pages without the GIL (app/typesetter.py: typst's Python, run in
# this process, made keystrokes wait 31-55 ms at p95 for the GIL). A request made while a render runs is kept
# and started when that render ends, so the latest state always wins and renders never pile
# up. Pages are rasterized lazily, off the GUI thread too, only when a page is on screen and
# only when its SVG changed, so typing on page 12 does not redraw pages 1 to 11.
#
# The raster jobs must also leave the GIL to the GUI thread, or a keystroke waits for it:
# zlib and QImageReader.read of a file run without it
# (measured: a thread ticking every 0.5 ms saw gaps of at most 3 ms while a page was
# read), whereas QSvgRenderer.render holds it for the whole page (30-50 ms), so pages are
# read, not rendered. The SVG pages are kept compressed (40 MB of SVG for the 94 pages of
# a 500-paragraph draft, 7 MB compressed), each slice's as it comes. A page whose SVG did
# not change keeps the very same compressed bytes, found by digest, and the view tells
# changed pages by identity, so only they are drawn again.
#
# typst typesets a slice of the draft at a time (formats/typeset_slices.py): it holds one
# slice's layout rather than every page's (the peak memory with the preview shown, 297 →
# 210 MB on the benchmark draft), and a slice whose input did not change is not typeset
# again, so typing in paragraph 300 typesets one slice of four. The pages are those of one
# compile, byte for byte.

DEBOUNCE_MS = 40  # a pause between keystrokes; the seed then renders in about 20 ms
# ... but a typist who never pauses that long still sees the pages follow: a change waits
# at most this long for its render to start (the seed's pages then lag under 200 ms)
MAX_WAIT_MS = 150
_VIEWBOX = re.compile(rb'viewBox="[\d.]+ [\d.]+ ([\d.]+) ([\d.]+)"')
FALLBACK_PT = (595.35, 842.0)

Snapshot = Callable[[], tuple[Draft, Layout | None]]


def svg_size(svg: bytes) -> tuple[float, float]:
    """A page's size in points from its viewBox, without reading the whole SVG (plain or as
    kept: only the first bytes are decompressed)."""
    head = svg[:600] if svg.lstrip()[:1] == b"<" else zlib.decompressobj().decompress(svg, 600)
    match = _VIEWBOX.search(head)
    return (float(match.group(1)), float(match.group(2))) if match else FALLBACK_PT


def rasterize(svg: bytes, width: int, height: int, ratio: float = 1.0) -> QImage:
    """One page (plain or as kept) as an image of ``width`` x ``height`` device-independent
    pixels. Safe off the GUI thread (every object is the calling thread's), and it leaves
    the GIL to the GUI thread while the page is drawn.

    The page is read from a file, not from a QBuffer: a QIODevice made in Python asks for
    the GIL on every virtual call, and QImageReader makes some of them while it holds the
    image plugins' lock, which the GUI thread takes (holding the GIL) whenever it loads an
    icon: a deadlock, seen in the benchmark. A file name keeps the read in C++ alone."""
    size = QSize(max(1, round(width * ratio)), max(1, round(height * ratio)))
    image = QImage()
    try:
        path = _scratch_file()
        try:
            path.write_bytes(unpack(svg))
            reader = QImageReader(str(path), b"svg")
            reader.setScaledSize(size)
            image = reader.read()
        finally:
            path.unlink(missing_ok=True)
    except OSError:  # no scratch space (disk full, folder gone at exit): a blank sheet
        pass
    if image.isNull():  # not a page Qt can draw: a blank sheet rather than nothing
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
    image.setDevicePixelRatio(ratio)
    return image


_scratch: list[Path] = []
_scratch_lock = threading.Lock()
_scratch_closed = threading.Event()


def _remove_scratch() -> None:
    with _scratch_lock:
        _scratch_closed.set()
        for folder in _scratch:
            shutil.rmtree(folder, ignore_errors=True)


atexit.register(_remove_scratch)


def _scratch_file() -> Path:
    """A new file name in this process's scratch folder, made when first needed and removed
    at exit (or, if this process is killed, by the next one: ``storage/scratch.py``). A
    folder that disappeared meanwhile (a temp cleaner on a session left open for weeks) is
    made again; after exit has begun, none is (OSError: the page stays blank)."""
    with _scratch_lock:
        if _scratch_closed.is_set():
            raise OSError("the scratch folder was removed at exit")
        if not _scratch or not _scratch[0].is_dir():
            _scratch[:] = [scratch_folder("pages")]
        return _scratch[0] / f"{uuid.uuid4().hex}.svg"


class _Relay(QObject):
    """Carries results from the worker to the GUI thread (queued across threads). Each job
    keeps a Python reference to it, so it outlives a job that finishes after the window."""

    rendered = Signal(int, object, object, float, object)  # generation, pages, draft, seconds, thread
    early = Signal(int, object)  # generation, the first pass's pages while the count is found
    failed = Signal(int, str)
    rasterized = Signal(int, int, object)  # pages generation, page index, (QImage, size key)


class _RenderJob(QRunnable):
    def __init__(self, renderer: PageRenderer, generation: int, data: dict, layout: Layout | None) -> None:
        super().__init__()
        self.relay, self.generation, self.data, self.layout = renderer.relay, generation, data, layout
        self.renderer = renderer
        self.draft: Draft | None = None
        self.compilation = renderer.compilation  # as asked when the render was started

    def run(self) -> None:
        start = time.perf_counter()
        renderer = self.renderer
        try:
            # in the typesetting process (app/typeset_worker.py): none of its Python holds
            # this process's GIL, so the GUI thread never waits for it; one render job at a
            # time (the pool has one thread), so the pages index is ours alone
            pages, renderer.packed = TYPESETTER.render(
                renderer.owner,
                renderer.packed,
                (self.data, self.layout, len(renderer.pages), self.compilation),
                lambda pages, _held: self.relay.early.emit(self.generation, pages),
            )
            self.draft = from_dict(self.data)  # the state the pages show, for the window
            del self.data
        except (InputError, TypesetError) as exc:  # a defect is in the crash log already
            self.relay.failed.emit(self.generation, shown_error(exc))
            return
        except Exception as exc:  # a defect here must not take the editor down
            crashlog.record_caught(exc, "preview")
            self.relay.failed.emit(self.generation, f"{type(exc).__name__}: {exc}")
            return
        elapsed = time.perf_counter() - start
        self.relay.rendered.emit(self.generation, pages, self.draft, elapsed, threading.get_ident())


class RasterJob(QRunnable):
    def __init__(self, relay: _Relay, generation: int, index: int, svg: bytes, key: tuple) -> None:
        super().__init__()
        self.relay, self.generation, self.index, self.svg, self.key = relay, generation, index, svg, key

    def run(self) -> None:
        width, height, ratio = self.key
        image = rasterize(self.svg, width, height, ratio)
        self.relay.rasterized.emit(self.generation, self.index, (image, self.key))


class PageRenderer(QObject):
    """Renders the draft's pages off the GUI thread; the latest request wins.

    ``snapshot`` returns the draft and layout to render; it is called on the GUI thread when
    the debounce timer fires, and the draft is copied before the worker sees it."""

    pagesReady = Signal(list)  # noqa: N815 the SVG pages as kept (see pack_pages), in order
    failed = Signal(str)
    busyChanged = Signal(bool)  # noqa: N815 True from a change until its pages are shown

    def __init__(
        self, snapshot: Snapshot, parent: QObject | None = None, delay_ms: int = DEBOUNCE_MS
    ) -> None:
        super().__init__(parent)
        self.snapshot = snapshot
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.relay = _Relay()
        self.relay.rendered.connect(self._on_rendered)
        self.relay.early.connect(self._on_early)
        self.relay.failed.connect(self._on_failed)
        self.timer = QTimer(self, singleShot=True, interval=delay_ms)
        self.timer.timeout.connect(self._start)
        self.deadline = QTimer(self, singleShot=True, interval=max(delay_ms, MAX_WAIT_MS))
        self.deadline.timeout.connect(self._start)
        self.generation = 0
        self.running = False
        self.pending = False
        self.pages: list[bytes] = []
        self.packed: Packed = {}  # digest index of self.pages, used by the worker only
        self.owner = new_owner()  # this preview, to the typesetting process
        QTimer.singleShot(0, TYPESETTER.warm)  # started while the window opens
        self.compilation = False  # show the compilation text instead (negotiation mode)
        self.source: Draft | None = None  # the snapshot the current pages show
        self.last_seconds = 0.0
        self.worker_thread = 0
        self.requested_at = 0.0
        self.latency = 0.0  # seconds from the last request to its pages being shown
        self.busy = False

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busyChanged.emit(busy)

    def request(self) -> None:
        """Something changed: render soon (restarts the debounce, not the deadline)."""
        if not self.requested_at:
            self.requested_at = time.perf_counter()
        self._set_busy(True)
        self.timer.start()
        if not self.deadline.isActive():
            self.deadline.start()

    def render_now(self) -> None:
        self.timer.stop()
        self.requested_at = self.requested_at or time.perf_counter()
        self._set_busy(True)
        self._start()

    def _start(self) -> None:
        self.timer.stop()
        self.deadline.stop()
        if self.running:
            self.pending = True  # started as soon as the running render ends
            return
        draft, layout = self.snapshot()
        # The worker never sees the live draft: the snapshot is its plain data, new
        # containers around immutable values, taken here where the draft cannot change
        # under it (1 ms for 500 paragraphs); the worker rebuilds the draft from it (3 ms
        # more that used to be spent here, delaying a keystroke).
        data = to_dict(draft, history=False)  # the base and versions are not printed
        self.generation += 1
        self.running = True
        self.pending = False
        self.pool.start(_RenderJob(self, self.generation, data, layout))

    def _finish(self) -> None:
        self.running = False
        if self.pending:
            self._start()

    def _on_rendered(self, generation: int, pages: list, draft: Draft, seconds: float, thread: int) -> None:
        self.pages = list(pages)
        self.source = draft
        self.last_seconds = seconds
        self.worker_thread = thread
        if not self.pending and self.requested_at:
            self.latency = time.perf_counter() - self.requested_at
            self.requested_at = 0.0
        self._finish()
        self.pagesReady.emit(self.pages)
        self._set_busy(self.running or self.timer.isActive())

    def _on_early(self, generation: int, pages: list) -> None:
        """The first pass's pages, shown while the render goes on (still busy)."""
        if generation == self.generation and not self.pages:
            self.pages = list(pages)
            self.pagesReady.emit(self.pages)

    def _on_failed(self, generation: int, message: str) -> None:
        self._finish()
        self.failed.emit(message)
        self._set_busy(self.running or self.timer.isActive())

    def shutdown(self) -> None:
        self.timer.stop()
        self.deadline.stop()
        self.pending = False
        self.pool.clear()
        self.pool.waitForDone(5000)
