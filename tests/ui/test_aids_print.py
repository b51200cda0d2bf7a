"""Print, Print Preview and Export PDF from the menus; the PDFs read back with poppler."""

from __future__ import annotations

import subprocess
import sys

import pytest
from office import pdf_pages, pdffonts, pdfinfo, require
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication
from ui_helpers import trigger

from delegate_editor.resources import resource
from tests.example_copy import example_copy

pytestmark = pytest.mark.gui

TITLE = "Strengthening international cooperation to combat cybercrime"


def _words(text: str) -> list[str]:
    return text.split()


@pytest.fixture
def seed_window(make_window, asker):
    window = make_window(asker)
    assert window.open_path(example_copy())
    return window


def _answer_modal(qtbot, handle) -> list:
    """Answer the next modal dialog with ``handle(dialog)`` once it is shown."""
    seen = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog)
        handle(dialog)

    QTimer.singleShot(0, poll)
    return seen


def test_print_to_a_pdf_file_through_the_print_dialog(qtbot, seed_window, tmp_path):
    require("pdfinfo", "pdftotext")
    w = seed_window
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    w.printer = printer  # as if the user had chosen "Print to File (PDF)" earlier
    seen = _answer_modal(qtbot, lambda d: d.accept())
    trigger(w.file_menu, "Print")
    assert seen and "Print" in seen[0].windowTitle()
    info = pdfinfo(out)
    assert info["Pages"] == "2"
    assert info["Page size"].startswith("595") and "842" in info["Page size"]  # A4: Vienna
    pages = pdf_pages(out, layout=False)
    assert "E/CN.15/2013/L.14" in pages[0]
    assert TITLE in " ".join(_words(pages[0]))
    assert "Requests the open-ended intergovernmental working group to report" in " ".join(_words(pages[1]))
    assert "LiberationSerif" in pdffonts(out)  # real text in the bundled fonts: searchable
    assert w.statusBar().currentMessage() == "Printed 2 pages"


def _gray(pdf, tmp_path, name: str) -> list[tuple[int, int, bytes]]:
    """Each page of ``pdf`` as (width, height, 8-bit gray pixels) at 40 dpi (pdftoppm)."""
    require("pdftoppm")
    prefix = tmp_path / name
    subprocess.run(["pdftoppm", "-gray", "-r", "40", str(pdf), str(prefix)], check=True)
    out = []
    for pgm in sorted(tmp_path.glob(f"{name}-*.pgm")):
        data = pgm.read_bytes()
        # binary PGM: "P5\n<w> <h>\n255\n" then the pixels
        magic, size, _depth, pixels = data.split(b"\n", 3)
        assert magic == b"P5"
        width, height = map(int, size.split())
        out.append((width, height, pixels))
    return out


def test_printed_sheets_are_the_typeset_pages_drawn_as_vectors(qtbot, seed_window, tmp_path):
    """On a printer the SVG pages are drawn through QPainter; a printer in PDF mode without
    a file name is the same paint engine, so render the sheets that way and compare them,
    pixel by pixel at 40 dpi, with the exported PDF."""
    from delegate_editor.formats.typeset import render_pages, write_pdf
    from delegate_editor.ui.printing import configure, paint_pages, print_layout

    draft = seed_window.ctl.draft
    layout = print_layout(draft)
    sheets = tmp_path / "sheets.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(sheets))
    configure(printer, layout, "seed")
    assert paint_pages(printer, render_pages(draft, layout, "svg")) == 2
    exported = tmp_path / "exported.pdf"
    exported.write_bytes(write_pdf(draft, layout))
    # Qt's named A4 is 595 x 842 pt, the layout's 595.35 x 842: the same sheet
    size = [float(x) for x in pdfinfo(sheets)["Page size"].split()[:3:2]]
    want = [float(x) for x in pdfinfo(exported)["Page size"].split()[:3:2]]
    assert all(abs(a - b) < 1 for a, b in zip(size, want, strict=True))
    drawn, typeset = _gray(sheets, tmp_path, "drawn"), _gray(exported, tmp_path, "typeset")
    assert len(drawn) == len(typeset) == 2
    for (w1, h1, a), (w2, h2, b) in zip(drawn, typeset, strict=True):
        ink = sum(1 for v in b if v < 128)
        assert ink > 1000  # the page has text on it
        # glyph outlines and hinted font glyphs anti-alias differently pixel by pixel, so
        # compare the grey level of 8 x 8 pixel cells (5 mm): the same words in the same
        # places give the same cells, a shifted line or a missing word does not
        worst = 0.0
        for top in range(0, min(h1, h2) - 8, 8):
            for left in range(0, min(w1, w2) - 8, 8):
                cell_a = sum(a[(top + y) * w1 + left + x] for y in range(8) for x in range(8))
                cell_b = sum(b[(top + y) * w2 + left + x] for y in range(8) for x in range(8))
                worst = max(worst, abs(cell_a - cell_b) / 64)
        assert worst < 48, worst


def test_print_preview_shows_the_typeset_pages(qtbot, seed_window):
    w = seed_window
    counted = []

    def look(dialog) -> None:
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        counted.append(preview.pageCount())
        dialog.reject()

    _answer_modal(qtbot, look)
    trigger(w.file_menu, "Print Preview")
    assert counted == [2]


def test_export_pdf_letter_and_a4_match_the_command_line(qtbot, seed_window, tmp_path):
    require("pdfinfo", "pdftotext", "pdffonts")
    w = seed_window
    letter = tmp_path / "letter.pdf"
    w.asker.answers["Export PDF"] = ["Letter"]
    w.asker.answers["save"] = [str(letter)]
    trigger(w.file_menu, "Export PDF")
    assert pdfinfo(letter)["Page size"].startswith("612 x 792")
    a4 = tmp_path / "a4"  # no extension: .pdf is added
    w.asker.answers["Export PDF"] = ["A4"]
    w.asker.answers["save"] = [str(a4)]
    trigger(w.file_menu, "Export PDF")
    a4 = a4.with_name("a4.pdf")
    assert pdfinfo(a4)["Page size"].startswith("595")
    assert "LiberationSerif" in pdffonts(a4)

    # the command line writes the same pages from the same draft
    cli = tmp_path / "cli.pdf"
    example = str(resource("examples", "cybercrime.dres"))
    subprocess.run(
        [sys.executable, "-m", "delegate_editor", "export", example, "-o", str(cli), "--paper", "Letter"],
        check=True,
        capture_output=True,
    )
    assert pdf_pages(cli) == pdf_pages(letter)
    assert pdfinfo(cli)["Pages"] == pdfinfo(letter)["Pages"]


def test_export_pdf_cancelled_or_refused_writes_nothing(qtbot, seed_window, tmp_path):
    w = seed_window
    w.asker.answers["Export PDF"] = [""]  # the paper question closed
    trigger(w.file_menu, "Export PDF")
    w.asker.answers["Export PDF"] = ["A4"]
    w.asker.answers["save"] = [str(tmp_path / "no-such-folder" / "x.pdf")]
    trigger(w.file_menu, "Export PDF")
    errors = w.asker.kinds("error")
    assert len(errors) == 1 and errors[0][1] == "Not exported"
    assert "\n" not in errors[0][2] and "Traceback" not in errors[0][2]
    assert not list(tmp_path.rglob("*.pdf"))
