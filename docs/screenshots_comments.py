# ruff: noqa: E402 (imports follow the path and Qt set-up)
"""Screenshot of the Comments dock for the user guide's "Comments on paragraphs" section.

Run under Xvfb from the repository root; the picture is the whole X screen, taken with
ImageMagick's ``import`` as in ``docs/screenshots_editing.py``:

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots_comments.py
"""

from screenshot_setup import settle, shoot
from ui_helpers import ScriptedAsker

from delegate_editor.resources import resource
from delegate_editor.storage.settings import Settings
from delegate_editor.ui.comments_panel import focus_comments, insert_comment
from delegate_editor.ui.main_window import MainWindow


def shot(name: str) -> None:
    settle(900)
    shoot(name)


w = MainWindow(settings=Settings(delegation="Costa Rica"), asker=ScriptedAsker())
w.show()
w.move(0, 0)
w.resize(1280, 770)
w.open_path(resource("examples", "cybercrime.dres"))
w.show_page("operative")
page = w.operative_page
remarks = [
    (1, "Costa Rica", "Add a date for the report: “at its twenty-third session”?"),
    (3, "Mexico", "Name the expert group as in resolution 65/230."),
    (0, "Costa Rica", "Agreed with Brazil: keep “Takes note”."),
]
for row, delegation, text in remarks:
    w.settings.delegation = delegation
    page.select(page.model.rows[row].id)
    w.asker.answers["Comment"] = [text]
    insert_comment(w)
focus_comments(w)
w.comments.list.setCurrentRow(0)  # the list follows the paragraphs: paragraph 1's first
w.comments.toggle_resolved()  # agreed: resolved
w.comments.list.setCurrentRow(1)
page.select(page.model.rows[1].id)
focus_comments(w)
shot("comments.png")
w.asker.answers["Unsaved changes"] = ["Discard"]
w.close()
