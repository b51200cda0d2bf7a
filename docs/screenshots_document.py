# ruff: noqa: E402 (imports follow the path and Qt set-up)
"""The user guide's picture of the document editor (docs/images/document-editor.png): the
bundled example draft on the Document page, the preview beside it.

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots_document.py
"""

from screenshot_setup import settle, shoot

from delegate_editor.resources import resource
from delegate_editor.storage.settings import Settings
from delegate_editor.ui.main_window import MainWindow

w = MainWindow(settings=Settings(delegation="Mexico"))
w.show()
w.move(0, 0)
w.resize(1280, 770)
w.open_path(resource("examples", "cybercrime.dres"))
w.show_page("document")
ops = w.ctl.draft.operative_paragraphs()
w.document_page.go_to(ops[0].id, 0)
w.document_page.setFocus()
settle(6000)
shoot("document-editor.png")
