# ruff: noqa: E402 (imports follow the path and Qt set-up)
"""The user guide's picture of a table (docs/images/annex-table.png): A/C.5/80/L.4 imported
from its PDF text in the corpus, the Annexes page on a row of its staffing table ("P-4" |
"1 573" | "298" | "1 871"), the list showing the cells apart, and the preview beside it.

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24" python docs/screenshots_table.py
"""

from screenshot_setup import settle, shoot, window_on

from delegate_editor.model.table import split_cells
from delegate_editor.model.text import plain_text

w = window_on("drafts/A_C.5_80_L.4.txt")
w.show_page("annexes")
rows = w.ctl.draft.annexes[-1].paragraphs
p4 = next(p for p in rows if [plain_text(c) for c in split_cells(p.text)][:1] == ["P-4"])
w.annex_page.select(p4.id)
settle(25000)  # the preview typesets the draft's 14 pages
bar = w.preview.scroll.verticalScrollBar()
bar.setValue(bar.maximum() * 12 // 13)  # page 13, where the annex and its table begin
settle(3000)
shoot("annex-table.png")
