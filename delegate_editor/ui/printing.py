"""Print, Print Preview and Export PDF from the typeset pages.

The pages come from ``formats/typeset.py`` (typst), the same pages the preview dock shows and
``delegate-editor export draft.dres -o draft.pdf`` writes: Qt never lays the text out
itself. Print draws each page's SVG with QSvgRenderer onto the printer, so text and rules
stay vectors and print sharp at any resolution; Export PDF writes the typst PDF through the
writer registry, exactly as the command line does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QDialog

from delegate_editor.app.export import OVERWRITES_DRAFT, export_draft, with_suffix
from delegate_editor.conventions.messages import Said, shown_error
from delegate_editor.errors import InputError
from delegate_editor.formats.layout import PAPERS, Layout, draft_layout, pt
from delegate_editor.model.document import Draft
from delegate_editor.storage.atomic import SaveError
from delegate_editor.ui.dialogs import sentence
from delegate_editor.ui.i18n import translate


def print_layout(draft: Draft, paper: str = "") -> Layout:
    """The layout a draft prints in: its duty station's (or chosen) preset, on ``paper``
    when one is given. The command line computes the same from ``--layout``/``--paper``."""
    return draft_layout(draft, paper=paper)


def page_size(layout: Layout) -> QPageSize:
    """The paper of ``layout`` as Qt's page size, from the twips in layout.py."""
    size = QSizeF(pt(layout.page.width), pt(layout.page.height))
    named = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}.get(layout.page.paper)
    if named is not None:
        candidate = QPageSize(named)
        if candidate.size(QPageSize.Unit.Point).toSize() == size.toSize():
            return candidate
    return QPageSize(size, QPageSize.Unit.Point, layout.page.paper)


def configure(printer: QPrinter, layout: Layout, title: str = "") -> None:
    """Paper size and no printer margins: the typeset page already holds its margins."""
    printer.setFullPage(True)
    printer.setPageLayout(
        QPageLayout(page_size(layout), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    if title:
        printer.setDocName(title)


def qt_svg(svg: bytes) -> QByteArray:
    """A typst page prepared for QSvgRenderer. Drawing a path with no stroke, QtSvg still
    hands a one-unit pen to non-raster engines (PDF, printers), which outline every glyph
    and make the text look bold in print; an inherited ``stroke-width="0"`` on the root
    removes it, and the rules that set their own width keep it."""
    return QByteArray(svg.replace(b"<svg ", b'<svg stroke-width="0" ', 1))


def paint_pages(printer: QPrinter, pages: list[bytes]) -> int:
    """Draw SVG pages onto ``printer`` (a real printer, a PDF file or a print preview),
    one sheet per page, each scaled to the sheet. Returns the number of pages drawn."""
    painter = QPainter()
    if not painter.begin(printer):
        raise InputError(Said("print.cannot-print", name=printer.outputFileName() or printer.printerName()))
    try:
        sheet = printer.paperRect(QPrinter.Unit.DevicePixel)
        target = QRectF(0, 0, sheet.width(), sheet.height())
        drawn = 0
        for index, svg in enumerate(pages):
            if index and not printer.newPage():
                raise InputError(Said("print.no-new-page"))
            renderer = QSvgRenderer(qt_svg(svg))
            if not renderer.isValid():
                raise InputError(Said("print.page-not-drawn", page=index + 1))
            renderer.render(painter, target)
            drawn += 1
        return drawn
    finally:
        painter.end()


def prints_to_pdf_file(printer: QPrinter) -> bool:
    """Whether the user chose "Print to File (PDF)" rather than a printer."""
    return printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and bool(printer.outputFileName())


def send(printer: QPrinter, draft: Draft, layout: Layout, pages: list[bytes]) -> int:
    """Print the typeset pages. On a printer (or a preview) each page's SVG is drawn as
    vectors; printing to a PDF file writes the typeset PDF itself instead, on the paper the
    dialog chose, because SVG pages drawn through Qt's PDF engine lose the text layer (the
    glyphs are outlines: no search, no copy) and grow forty-fold."""
    if prints_to_pdf_file(printer):
        size = printer.pageLayout().pageSize().size(QPageSize.Unit.Point)
        paper = next(
            (
                name
                for name, (w, h) in PAPERS.items()
                if abs(pt(w) - size.width()) < 2 and abs(pt(h) - size.height()) < 2
            ),
            layout.page.paper,
        )
        export_draft(draft, printer.outputFileName(), paper=paper, fmt=".pdf")
        return len(pages)
    return paint_pages(printer, pages)


def _doc_name(draft: Draft) -> str:
    from delegate_editor.model.text import plain_text
    from delegate_editor.ui.session import safe_file_name

    # Qt's "Print to File" proposes this name with its extension replaced by ".pdf": a bare
    # symbol made folders of the slashes and lost ".23" as an extension (issue 22, fault 7)
    name = draft.front.symbol or plain_text(draft.title)[:60] or "Draft resolution"
    return f"{safe_file_name(name) or 'draft'}.pdf"


def export_pdf(draft: Draft, path: str | Path, paper: str = "", own: Path | None = None) -> Path:
    """Write the PDF as ``delegate-editor export IN -o OUT.pdf [--paper P]`` does: the same
    application-layer path (layout choice, registry writer, atomic write), never over
    ``own``, the draft's own file."""
    return export_draft(draft, with_suffix(path, ".pdf"), paper=paper, protect=[own], why=OVERWRITES_DRAFT)


class PrintOps:
    """Print, Print Preview and Export PDF for the main window (a mixin, as ``FileOps``).

    Needs: self.ctl, self.asker, self.settings and QMainWindow's statusBar(). The printer is
    kept between prints so the choices made in the print dialog are remembered."""

    printer: QPrinter | None = None

    def default_paper(self) -> str:
        """The user's paper if set in the settings, else the duty station's."""
        paper = getattr(self.settings, "paper", "")
        return paper if paper in PAPERS else print_layout(self.ctl.draft).page.paper

    def _printer(self) -> QPrinter:
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        return self.printer

    def _typeset(self, paper: str) -> tuple[Layout, list[bytes]] | None:
        from delegate_editor.formats.typeset import render_pages

        layout = print_layout(self.ctl.draft, paper)
        try:
            return layout, render_pages(self.ctl.draft, layout, "svg")
        except InputError as exc:
            self.asker.error(self, translate("PrintOps", "Not printed"), sentence(shown_error(exc)))
            return None

    def _ready_printer(self) -> tuple[QPrinter, Layout, list[bytes]] | None:
        """The pages typeset on the user's paper and the printer set up for them (None, with
        a dialog already shown, when the draft cannot be typeset)."""
        typeset = self._typeset(self.default_paper())
        if typeset is None:
            return None
        layout, pages = typeset
        printer = self._printer()
        configure(printer, layout, _doc_name(self.ctl.draft))
        return printer, layout, pages

    def print_dialog(self) -> bool:
        """File ▸ Print: the system print dialog, then the typeset pages."""
        ready = self._ready_printer()
        if ready is None:
            return False
        printer, layout, pages = ready
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(translate("PrintOps", "Print draft"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            count = send(printer, self.ctl.draft, layout, pages)
        except (InputError, SaveError) as exc:
            self.asker.error(self, translate("PrintOps", "Not printed"), sentence(shown_error(exc)))
            return False
        self.statusBar().showMessage(
            (
                translate("PrintOps", "Printed 1 page")
                if count == 1
                else translate("PrintOps", "Printed {count} pages").format(count=count)
            ),
            4000,
        )
        return True

    def print_preview(self) -> bool:
        """File ▸ Print Preview: Qt's preview of exactly the sheets Print would send."""
        ready = self._ready_printer()
        if ready is None:
            return False
        printer, _layout, pages = ready
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(translate("PrintOps", "Print preview"))
        dialog.paintRequested.connect(lambda target: paint_pages(target, pages))
        self.print_preview_dialog = dialog  # reachable while open (tests, screenshots)
        dialog.exec()
        self.print_preview_dialog = None
        return True

    def export_pdf_dialog(self) -> bool:
        """File ▸ Export PDF: A4 or Letter, then where; the command line's code path."""
        first = self.default_paper()
        papers = [first, *[p for p in ("A4", "Letter") if p != first]]
        paper = self.asker.choose(
            self, translate("PrintOps", "Export PDF"), translate("PrintOps", "Paper size:"), papers
        )
        if not paper:
            return False
        path = self.asker.save_path(
            self,
            translate("PrintOps", "Export PDF"),
            self.ctl.session.suggested_path(".pdf"),
            translate("PrintOps", "PDF (*.pdf)"),
        )
        if not path:
            return False
        try:
            written = export_pdf(self.ctl.draft, path, paper, own=self.ctl.session.path)
        except (InputError, SaveError) as exc:
            self.asker.error(self, translate("PrintOps", "Not exported"), sentence(shown_error(exc)))
            return False
        self.statusBar().showMessage(
            translate("PrintOps", "Exported {name} ({paper})").format(name=written.name, paper=paper), 4000
        )
        return True
