# ruff: noqa: E402 (imports follow the path and Qt set-up)
"""The user guide's picture of a reissued symbol (docs/images/reissue.png): A/C.1/80/L.23
imported from the corpus, the Front matter page with its Reissue note, and the preview of
page 1 beside it (the starred symbol, the note with its asterisk after the title).

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24" python docs/screenshots_reissue.py
"""

from screenshot_setup import settle, shoot, window_on

w = window_on("drafts/A_C.1_80_L.23.txt")
w.show_page("front")
w.front_page.fields["front.reissue"].setFocus()
settle(3000)
shoot("reissue.png")
