# ruff: noqa: E402 (imports follow the path and Qt set-up)
"""The user guide's picture of a resolution in sections (docs/images/sections.png):
A/RES/80/237 imported from the corpus (the UN's raw PDF text), the document editor at section
II, "Activities of the Independent Audit Advisory Committee": its own preambular paragraphs
under the heading, its paragraphs numbered from 1 again in the margin, and the preview.

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24" python docs/screenshots_sections.py
"""

from screenshot_setup import settle, shoot, window_on

from delegate_editor.model.document import SectionHeading

w = window_on("ga-80-pdf/A_RES_80_237.txt")
w.show_page("document")
section = next(i for i in w.ctl.draft.operative if isinstance(i, SectionHeading) and i.restart)
settle(1500)
w.document_page.go_to(w.ctl.draft.operative_paragraphs()[-1].id)
settle(300)
w.document_page.go_to(section.id)
settle(4000)
shoot("sections.png")
