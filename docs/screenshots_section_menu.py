# ruff: noqa: E402 (imports follow the path and Qt set-up)
"""The user guide's picture of making a section (docs/images/section-menu.png): A/RES/80/237
imported from the corpus, the Operative page at section II's heading, a preambular paragraph
of the section just added under it ("Bearing in mind ..."), and the Format menu open with
"Number section from 1" ticked.

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24" python docs/screenshots_section_menu.py
"""

from PySide6.QtCore import QPoint, QTimer
from screenshot_setup import settle, shoot, window_on

from delegate_editor.model.document import SectionHeading
from delegate_editor.model.text import rich
from delegate_editor.ui import section_menu

w = window_on("ga-80-pdf/A_RES_80_237.txt")
w.show_page("operative")
page = w.operative_page
section = next(i for i in w.ctl.draft.operative if isinstance(i, SectionHeading) and i.restart)
page.select(section.id)
settle(500)
section_menu.add_section_preamble(w)
settle(300)
new = page.current_id
w.ctl.edit_paragraph("operative", new, "opening", "Bearing in mind", typing=False)
w.ctl.edit_paragraph("operative", new, "text", rich("the report of the Board of Auditors,"), typing=False)
settle(300)
page.select(section.id)
settle(1500)
bar = w.menuBar()
at = bar.actionGeometry(w.format_menu.menuAction()).bottomLeft()
QTimer.singleShot(800, lambda: shoot("section-menu.png"))
QTimer.singleShot(1200, w.format_menu.close)
w.format_menu.exec(bar.mapToGlobal(at + QPoint(0, 2)))
settle(300)
