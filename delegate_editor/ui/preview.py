"""The Preview dock: the typeset pages as they will print, following the typing.

The pages are those of ``formats/typeset.py`` (typst), the same pages Print and Export PDF
produce, as SVG drawn by Qt's SVG image reader; :class:`PageRenderer` makes them off the
typing path and :class:`PagesView` shows them with a page count and zoom.
"""

from __future__ import annotations

import atexit
import hashlib
import re
import shutil
import tempfile
import threading
import time
import uuid
import zlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from delegate_editor.errors import InputError
from delegate_editor.formats.layout import Layout
from delegate_editor.model.document import Draft
from delegate_editor.model.serialize import from_dict, to_dict
from delegate_editor.storage import crashlog

# ---------------------------------------------------------------------------------------
# The typeset page preview: the pages of formats/typeset.py, drawn by Qt's SVG image reader
# ---------------------------------------------------------------------------------------
# Typing must never wait for typst. Each change restarts a short debounce timer; when it
# fires, the draft's plain data is taken on the GUI thread (a consistent snapshot, 1 ms for
# 500 paragraphs) and handed to one worker thread. A request made while a render runs is kept
# and started when that render ends, so the latest state always wins and renders never pile
# up. Pages are rasterized lazily, off the GUI thread too, only when a page is on screen and
# only when its SVG changed, so typing on page 12 does not redraw pages 1 to 11.
#
# The worker must also leave the GIL to the GUI thread, or a keystroke waits for it:
# typst compiles without it, and so do zlib, hashlib and QImageReader.read of a file
# (measured: a thread ticking every 0.5 ms saw gaps of at most 3 ms while a page was
# read), whereas QSvgRenderer.render holds it for the whole page (30-50 ms), so pages are
# read, not rendered. The SVG pages are kept compressed (40 MB of SVG for the 94 pages of
# a 500-paragraph draft, 7 MB compressed). A page whose SVG did not change keeps the very
# same compressed bytes, found by digest, and the view tells changed pages by identity;
# most edits still change every page a little, because the letter spacing follows the
# whole text's mean advance (typst_source), so nearly every page is compressed anew.

DEBOUNCE_MS = 40  # a pause between keystrokes; the seed then renders in about 20 ms
# ... but a typist who never pauses that long still sees the pages follow: a change waits
# at most this long for its render to start (the seed's pages then lag under 200 ms)
MAX_WAIT_MS = 150
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
FIT_WIDTH = 0.0
PAGE_GAP = 12  # pixels between pages on screen
KEEP_AROUND = 1  # images kept for this many pages either side of the visible ones
_VIEWBOX = re.compile(rb'viewBox="[\d.]+ [\d.]+ ([\d.]+) ([\d.]+)"')
_FALLBACK_PT = (595.35, 842.0)
_PACK_LEVEL = 1  # zlib level: 6x smaller than the SVG at a third of the cost of level 6

Snapshot = Callable[[], tuple[Draft, Layout | None]]
Packed = dict[bytes, bytes]  # SVG digest → the page as kept (compressed)


def pack_pages(pages: list[bytes], previous: Packed) -> tuple[list[bytes], Packed]:
    """The pages as kept by the preview, and the digest index for the next render: a page
    seen in the previous render (by digest) is the same bytes object as before."""
    out: list[bytes] = []
    index: Packed = {}
    for svg in pages:
        digest = hashlib.sha1(svg, usedforsecurity=False).digest()
        kept = index.get(digest) or previous.get(digest)
        if kept is None:
            kept = zlib.compress(svg, _PACK_LEVEL)
        index[digest] = kept
        out.append(kept)
    return out, index


def unpack(page: bytes) -> bytes:
    """The SVG of a page as kept (compressed), or of a plain SVG page."""
    return page if page.lstrip()[:1] == b"<" else zlib.decompress(page)


def svg_size(svg: bytes) -> tuple[float, float]:
    """A page's size in points from its viewBox, without reading the whole SVG (plain or as
    kept: only the first bytes are decompressed)."""
    head = svg[:600] if svg.lstrip()[:1] == b"<" else zlib.decompressobj().decompress(svg, 600)
    match = _VIEWBOX.search(head)
    return (float(match.group(1)), float(match.group(2))) if match else _FALLBACK_PT


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
    at exit. A folder that disappeared meanwhile (a temp cleaner on a session left open for
    weeks) is made again; after exit has begun, none is (OSError: the page stays blank)."""
    with _scratch_lock:
        if _scratch_closed.is_set():
            raise OSError("the scratch folder was removed at exit")
        if not _scratch or not _scratch[0].is_dir():
            _scratch[:] = [Path(tempfile.mkdtemp(prefix="delegate-editor-pages-"))]
        return _scratch[0] / f"{uuid.uuid4().hex}.svg"


class _Relay(QObject):
    """Carries results from the worker to the GUI thread (queued across threads). Each job
    keeps a Python reference to it, so it outlives a job that finishes after the window."""

    rendered = Signal(int, object, object, float, object)  # generation, pages, draft, seconds, thread
    failed = Signal(int, str)
    rasterized = Signal(int, int, object)  # pages generation, page index, (QImage, size key)


class _RenderJob(QRunnable):
    def __init__(self, renderer: PageRenderer, generation: int, data: dict, layout: Layout | None) -> None:
        super().__init__()
        self.relay, self.generation, self.data, self.layout = renderer.relay, generation, data, layout
        self.renderer = renderer
        self.draft: Draft | None = None

    def run(self) -> None:
        from delegate_editor.formats.typeset import render_pages

        start = time.perf_counter()
        try:
            self.draft = from_dict(self.data)
            del self.data
            svgs = render_pages(self.draft, self.layout, "svg")
            # one render job at a time (the pool has one thread): the index is ours alone
            pages, self.renderer.packed = pack_pages(svgs, self.renderer.packed)
            del svgs
        except InputError as exc:
            self.relay.failed.emit(self.generation, str(exc))
            return
        except Exception as exc:  # a renderer defect must not take the editor down
            crashlog.record_caught(exc, "preview")
            self.relay.failed.emit(self.generation, f"{type(exc).__name__}: {exc}")
            return
        elapsed = time.perf_counter() - start
        self.relay.rendered.emit(self.generation, pages, self.draft, elapsed, threading.get_ident())


class _RasterJob(QRunnable):
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


class PageWidget(QWidget):
    """One sheet on screen: white paper with the page image, drawn when exposed."""

    def __init__(self, view: PagesView, index: int) -> None:
        super().__init__()
        self.view = view
        self.index = index
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(f"Page {index + 1}")

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        image = self.view.image_for(self.index, self.size())
        if image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(self.rect(), image)
        painter.setPen(QColor(150, 150, 150))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()


class PagesView(QWidget):
    """The Preview dock: the typeset pages one under another, zoomable, with a page count.

    Ctrl+wheel or the zoom box changes the scale; "Fit width" follows the dock's width."""

    def __init__(self, renderer: PageRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = renderer
        self.pages: list[bytes] = []
        self.sizes: list[tuple[float, float]] = []
        self.images: dict[int, tuple[QImage, tuple]] = {}
        self.asked: set[tuple[int, int, tuple]] = set()
        self.stale: set[int] = set()
        self.pages_generation = 0
        self.zoom = FIT_WIDTH
        self.widgets: list[PageWidget] = []

        self.count_label = QLabel("Typesetting…")
        self.count_label.setAccessibleName("Number of pages")
        self.zoom_box = QComboBox()
        self.zoom_box.setAccessibleName("Zoom")
        self.zoom_box.addItem("Fit width", FIT_WIDTH)
        for z in ZOOMS:
            self.zoom_box.addItem(f"{round(z * 100)} %", z)
        self.zoom_box.currentIndexChanged.connect(self._on_zoom_box)
        minus, plus = QToolButton(), QToolButton()
        minus.setText("−")
        minus.setToolTip("Zoom out (Ctrl+wheel)")
        minus.setAccessibleName("Zoom out")
        plus.setText("+")
        plus.setToolTip("Zoom in (Ctrl+wheel)")
        plus.setAccessibleName("Zoom in")
        minus.clicked.connect(lambda: self.step_zoom(-1))
        plus.clicked.connect(lambda: self.step_zoom(1))
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(self.count_label, 1)
        for w in (minus, self.zoom_box, plus):
            bar.addWidget(w)

        self.column = QWidget()
        self.column.setAutoFillBackground(True)
        self.column_layout = QVBoxLayout(self.column)
        self.column_layout.setSpacing(PAGE_GAP)
        self.column_layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self.column_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.column)
        self.scroll.setWidgetResizable(True)
        self.scroll.setBackgroundRole(self.palette().ColorRole.Dark)
        self.scroll.setAccessibleName("Typeset pages")
        self.scroll.viewport().installEventFilter(self)
        self.scroll.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)

        renderer.pagesReady.connect(self.show_pages)
        renderer.failed.connect(self._on_failed)
        renderer.relay.rasterized.connect(self._on_rasterized)

    # -- pages ----------------------------------------------------------------------------
    def page_count(self) -> int:
        return len(self.pages)

    def show_pages(self, pages: list[bytes]) -> None:
        old, old_sizes = self.pages, self.sizes
        self.pages_generation += 1
        self.pages = list(pages)
        # an unchanged page is the same bytes object as before (pack_pages), so comparing
        # and sizing cost nothing for it
        self.sizes = [
            old_sizes[i] if i < len(old) and old[i] is p else svg_size(p) for i, p in enumerate(self.pages)
        ]
        # a page whose SVG is unchanged keeps its image; a changed one keeps its old image
        # until the new one arrives, so the preview never flashes white while typing
        # a page still waiting for its image stays stale even if this render left it as is
        changed = {i for i in range(len(self.pages)) if i >= len(old) or old[i] != self.pages[i]}
        self.stale = changed | {i for i in self.stale if i < len(self.pages)}
        self.images = {i: v for i, v in self.images.items() if i < len(self.pages)}
        self.asked.clear()
        while len(self.widgets) < len(self.pages):
            widget = PageWidget(self, len(self.widgets))
            self.widgets.append(widget)
            self.column_layout.addWidget(widget)
        while len(self.widgets) > len(self.pages):
            widget = self.widgets.pop()
            self.column_layout.removeWidget(widget)
            widget.deleteLater()
        n = len(self.pages)
        self.count_label.setText(f"{n} page" if n == 1 else f"{n} pages")
        self._apply_zoom()
        for i in self.stale:
            self.widgets[i].update()

    def _on_failed(self, message: str) -> None:
        self.count_label.setText(f"The pages could not be typeset: {message}")

    def image_for(self, index: int, size: QSize) -> QImage | None:
        """The page's image for this size, asking the worker for a fresh one when the page
        changed or the zoom did; meanwhile the nearest image we have is drawn scaled."""
        if index >= len(self.pages):
            return None
        key = (size.width(), size.height(), self.devicePixelRatioF())
        have = self.images.get(index)
        fresh = have is not None and have[1] == key and index not in self.stale
        if not fresh and (index, self.pages_generation, key) not in self.asked:
            self.asked.add((index, self.pages_generation, key))
            self.renderer.pool.start(
                _RasterJob(self.renderer.relay, self.pages_generation, index, self.pages[index], key)
            )
        return have[0] if have else None

    def _on_rasterized(self, generation: int, index: int, result: tuple) -> None:
        if generation != self.pages_generation or index >= len(self.widgets):
            return
        self.images[index] = result
        self.stale.discard(index)
        self.widgets[index].update()
        self.drop_hidden_images()

    def visible_pages(self) -> range:
        """The pages the scroll area shows, even in part (an empty range when none)."""
        top = self.scroll.verticalScrollBar().value()
        bottom = top + self.scroll.viewport().height()
        shown = [i for i, w in enumerate(self.widgets) if w.y() < bottom and w.y() + w.height() > top]
        return range(shown[0], shown[-1] + 1) if shown else range(0)

    def drop_hidden_images(self) -> None:
        """Keep images only for the pages on screen and their neighbours: a page image at
        the dock's width is about 1 MB, so scrolling through a long draft would otherwise
        keep every page's. A page scrolled back into view is read again off the GUI thread,
        its old size drawn scaled (or white) meanwhile."""
        shown = self.visible_pages()
        if not shown:
            return
        keep = range(shown.start - KEEP_AROUND, shown.stop + KEEP_AROUND)
        for index in [i for i in self.images if i not in keep]:
            del self.images[index]

    def _on_scrolled(self, _value: int) -> None:
        self.drop_hidden_images()

    # -- zoom -----------------------------------------------------------------------------
    def scale(self) -> float:
        if self.zoom != FIT_WIDTH:
            return self.zoom
        width = max((w for w, _ in self.sizes), default=_FALLBACK_PT[0])
        room = self.scroll.viewport().width() - 2 * PAGE_GAP
        return max(0.2, room / width)

    def _apply_zoom(self) -> None:
        s = self.scale()
        for widget, (w, h) in zip(self.widgets, self.sizes, strict=False):
            widget.setFixedSize(round(w * s), round(h * s))

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        index = self.zoom_box.findData(zoom)
        if index < 0:
            self.zoom_box.addItem(f"{round(zoom * 100)} %", zoom)
            index = self.zoom_box.count() - 1
        self.zoom_box.blockSignals(True)
        self.zoom_box.setCurrentIndex(index)
        self.zoom_box.blockSignals(False)
        self._apply_zoom()

    def step_zoom(self, step: int) -> None:
        current = self.scale()
        if step > 0:
            bigger = [z for z in ZOOMS if z > current + 1e-3]
            self.set_zoom(bigger[0] if bigger else ZOOMS[-1])
        else:
            smaller = [z for z in ZOOMS if z < current - 1e-3]
            self.set_zoom(smaller[-1] if smaller else ZOOMS[0])

    def _on_zoom_box(self, index: int) -> None:
        self.zoom = float(self.zoom_box.itemData(index))
        self._apply_zoom()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if obj is self.scroll.viewport():
            kind = event.type()
            if kind == event.Type.Resize and self.zoom == FIT_WIDTH:
                self._apply_zoom()
            elif (
                kind == event.Type.Wheel
                and isinstance(event, QWheelEvent)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                self.step_zoom(1 if event.angleDelta().y() > 0 else -1)
                return True
        return super().eventFilter(obj, event)
