# ruff: noqa: E402 (imports follow the path and Qt set-up)
"""The user guide's pictures of a note cited twice (docs/images/note-cited-twice.png and
note-cited-twice-footnotes.png):
A/RES/74/59 imported from the corpus, its paragraph 2 on the Operative part page ending
"... Nuclear Weapons;¹¹", the same note 11 its preamble cites, and the preview's page.

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24" python docs/screenshots_note_again.py
"""

from screenshot_setup import settle, shoot, window_on

w = window_on("ga-74-pdf/A_RES_74_59.txt")
w.show_page("operative")
page = w.operative_page
page.select(page.model.rows[1].id)
page.text.setFocus()
page.text.moveCursor(page.text.textCursor().MoveOperation.End)
w.preview_dock.show()
w.preview_dock.raise_()
w.page_renderer.render_now()
settle(4000)
shoot("note-cited-twice.png")

# the Footnotes page: note 11 names both places that cite it, and Go to reference visits each
w.preview_dock.hide()
w.show_page("footnotes")
panel = w.footnotes_page
eleven = next(note_id for mark, note_id in panel.ordered() if mark == "11")
panel.select(eleven)
panel.go.setFocus()
settle(1500)
shoot("note-cited-twice-footnotes.png")
