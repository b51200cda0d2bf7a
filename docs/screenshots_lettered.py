# ruff: noqa: E402 (imports follow the path and Qt set-up)
"""The user guide's picture of a decision in lettered parts (docs/images/lettered-decision.png):
A/C.2/80/L.60 imported from the corpus, its Front matter page with the "Lettered parts" box
ticked, and the preview of page 1: "The General Assembly:", "(a) Approves ...", "(b) Invites
...", then the programme of work it sets out under its own heading.

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24" python docs/screenshots_lettered.py
"""

from screenshot_setup import settle, shoot, window_on

w = window_on("drafts/A_C.2_80_L.60.txt")
w.show_page("front")
box = w.front_page.fields["lettered"]
w.front_page.ensureWidgetVisible(box)
box.setFocus()
settle(4000)
shoot("lettered-decision.png")
