# ruff: noqa: E402 (imports follow the path and Qt set-up)
"""The user guide's picture of a convention in an annex (docs/images/annex-articles.png):
A/C.6/80/L.8 imported from the corpus, the Annexes page on article 2's first numbered
paragraph, its "Number from 1 again here" box ticked, and the preview beside it.

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24" python docs/screenshots_annex.py
"""

from screenshot_setup import settle, shoot, window_on

from delegate_editor.model.text import plain_text

w = window_on("drafts/A_C.6_80_L.8.txt")
w.show_page("annexes")
page = w.annex_page
paragraphs = w.ctl.draft.annexes[0].paragraphs
first_of_article_2 = next(p for p in paragraphs if plain_text(p.text).startswith("\u201cConsignor\u201d"))
page.select(first_of_article_2.id)
settle(2500)
shoot("annex-articles.png")
