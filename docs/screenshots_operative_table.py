# ruff: noqa: E402 (imports follow the path and Qt set-up)
"""The user guide's picture of a table under an operative paragraph
(docs/images/operative-table.png): A/C.5/80/L.6 imported from its PDF text in the corpus,
its appropriations read as the rows of paragraph 1 ("Section" | "Amount (United States
dollars)"), and the Operative part page on one of them: the list shows each row's cells
apart and no letter, the hint line says what Tab does there, the preview prints the table.

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24" python docs/screenshots_operative_table.py
"""

from screenshot_setup import settle, shoot, window_on

from delegate_editor.model.text import plain_text

w = window_on("drafts/A_C.5_80_L.6.txt")
first = w.ctl.draft.operative_paragraphs()[0]  # "Appropriations totalling 3,450,426,300 ..."
row = next(
    s for s in first.subs if "Overall policymaking" in plain_text(s.text) and s.text[0].text[:1] == "1"
)
w.show_page("operative")
page = w.operative_page
page.view.scrollTo(page.model.index(page.model.row_of[first.id]), page.view.ScrollHint.PositionAtTop)
page.select(row.id)
page.view.scrollTo(page.model.index(page.model.row_of[first.id]), page.view.ScrollHint.PositionAtTop)
page.text.setFocus()
w.import_report_dock.hide()  # the importer's notes: the preview gets their room
settle(15000)  # the preview typesets the draft's pages
shoot("operative-table.png")
