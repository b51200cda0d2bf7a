# ruff: noqa: E402 (imports follow the path and Qt set-up)
"""The user guide's pictures of marks (docs/images/note-mark.png, docs/images/group-mark.png):
A/80/L.19 imported from the corpus, its "**" note on the Footnotes page with its Mark list
and the preview of page 1; A/C.1/80/L.31 on the Sponsors page, "Group's mark after" set to
Nigeria, as the UN prints "Maldives, Nigeria* and Thailand".

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24" python docs/screenshots_marks.py
"""

from screenshot_setup import ROOT, settle, shoot, window_on

DRAFTS = ROOT / "tests" / "data" / "corpus" / "drafts"


w = window_on("drafts/A_80_L.19.txt")
w.show_page("footnotes")
w.footnotes_page.mark.setFocus()
settle(3000)
shoot("note-mark.png")

assert w.open_path(DRAFTS / "A_C.1_80_L.31.txt", ask_save=False)
w.show_page("sponsors")
w.sponsors_page.behalf_by.setFocus()
settle(3000)
shoot("group-mark.png")
