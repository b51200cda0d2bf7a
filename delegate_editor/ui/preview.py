"""The Preview dock: the typeset pages as they will print, following the typing.

The pages are those of ``formats/typeset.py`` (typst), the same pages Print and Export PDF
produce, as SVG drawn by Qt's SVG image reader; :class:`PageRenderer` (``preview_render``)
makes them off the typing path and :class:`PagesView` shows them with a page count and
zoom, drawing only the pages on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from delegate_editor.app.typeset_worker import unpack
from delegate_editor.ui.preview_render import (
    FALLBACK_PT,
    PageRenderer,
    RasterJob,
    rasterize,
    svg_size,
)

__all__ = ["FIT_WIDTH", "PageRenderer", "PagesView", "rasterize", "svg_size", "unpack"]

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
FIT_WIDTH = 0.0
PAGE_GAP = 12  # pixels between pages on screen
KEEP_AROUND = 1  # images kept for this many pages either side of the visible ones


class PageWidget(QWidget):
    """One sheet on screen: white paper with the page image, drawn when exposed."""

    def __init__(self, view: PagesView, index: int) -> None:
        super().__init__()
        self.view = view
        self.index = index
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Page {0}").format(index + 1))

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

        self.count_label = QLabel(self.tr("Typesetting…"))
        self.count_label.setAccessibleName(self.tr("Number of pages"))
        self.zoom_box = QComboBox()
        self.zoom_box.setAccessibleName(self.tr("Zoom"))
        self.zoom_box.addItem(self.tr("Fit width"), FIT_WIDTH)
        for z in ZOOMS:
            self.zoom_box.addItem(f"{round(z * 100)} %", z)
        self.zoom_box.currentIndexChanged.connect(self._on_zoom_box)
        minus, plus = QToolButton(), QToolButton()
        minus.setText("−")
        minus.setToolTip(self.tr("Zoom out (Ctrl+wheel)"))
        minus.setAccessibleName(self.tr("Zoom out"))
        plus.setText("+")
        plus.setToolTip(self.tr("Zoom in (Ctrl+wheel)"))
        plus.setAccessibleName(self.tr("Zoom in"))
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
        self.scroll.setAccessibleName(self.tr("Typeset pages"))
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
        self.count_label.setText(
            self.tr("{n} page").format(n=n) if n == 1 else self.tr("{n} pages").format(n=n)
        )
        self._apply_zoom()
        for i in self.stale:
            self.widgets[i].update()

    def _on_failed(self, message: str) -> None:
        self.count_label.setText(self.tr("The pages could not be typeset: {message}").format(message=message))

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
                RasterJob(self.renderer.relay, self.pages_generation, index, self.pages[index], key)
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
        width = max((w for w, _ in self.sizes), default=FALLBACK_PT[0])
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
