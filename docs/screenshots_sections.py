# ruff: noqa: E402 (imports follow the path and Qt set-up)
"""The user guide's picture of a resolution in sections (docs/images/sections.png):
A/RES/80/237 imported from the corpus (the UN's raw PDF text), the document editor at section
II, "Activities of the Independent Audit Advisory Committee": its own preambular paragraphs
under the heading, its paragraphs numbered from 1 again in the margin, and the preview.

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24" python docs/screenshots_sections.py
"""

from screenshot_setup import ROOT, settle, shoot

from delegate_editor.model.document import SectionHeading
from delegate_editor.storage.settings import Settings
from delegate_editor.ui.main_window import MainWindow

w = MainWindow(settings=Settings(delegation="Mexico"))
w.move(0, 0)
w.resize(1440, 860)
w.show()
assert w.open_path(ROOT / "tests" / "data" / "corpus" / "ga-80-pdf" / "A_RES_80_237.txt", ask_save=False)
w.show_page("document")
section = next(i for i in w.ctl.draft.operative if isinstance(i, SectionHeading) and i.restart)
settle(1500)
w.document_page.go_to(w.ctl.draft.operative_paragraphs()[-1].id)
settle(300)
w.document_page.go_to(section.id)
settle(4000)
shoot("sections.png")
