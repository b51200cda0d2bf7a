"""Issue 20: a print the system refuses, said in the interface's language."""

from __future__ import annotations

import pytest
from PySide6.QtPrintSupport import QPrinter

from delegate_editor.conventions.messages import shown_error
from delegate_editor.errors import InputError
from delegate_editor.ui import i18n
from delegate_editor.ui.printing import paint_pages

pytestmark = pytest.mark.gui
NBSP = "\u00a0"


def test_printing_to_a_file_in_a_missing_folder_is_refused_in_french(qapp, tmp_path):
    target = tmp_path / "absent" / "projet.pdf"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    i18n.install(qapp, "fr")
    try:
        with pytest.raises(InputError) as info:
            paint_pages(printer, [b"<svg xmlns='http://www.w3.org/2000/svg'/>"])
        assert str(info.value) == f"{target}: cannot print there"
        assert shown_error(info.value) == f"{target}{NBSP}: impossible d’imprimer à cet endroit"
    finally:
        i18n.uninstall(qapp)
    assert not target.exists()
