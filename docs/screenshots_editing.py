# ruff: noqa: E402 (imports follow the path and Qt set-up)
"""Screenshots of the editing features of the user guide's "Everyday editing" section: the
first screen, Find and Replace, a cross-reference, Preferences and the list of shortcuts.

Run under Xvfb from the repository root; each picture is the whole X screen, taken with
ImageMagick's ``import`` so window frames and dialogs appear as a user sees them:

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots_editing.py
"""

from screenshot_setup import settle, shoot
from ui_helpers import ScriptedAsker

from delegate_editor.resources import resource
from delegate_editor.storage.settings import Settings
from delegate_editor.ui import crossref, extra_actions, help_menu
from delegate_editor.ui.find_replace import show_find
from delegate_editor.ui.main_window import MainWindow
from delegate_editor.ui.preferences import show_preferences


def shot(name: str) -> None:
    settle(900)
    shoot(name)


w = MainWindow(settings=Settings(delegation="Costa Rica"), asker=ScriptedAsker())
w.show()
w.move(0, 0)
w.resize(1280, 770)
w.open_path(resource("examples", "cybercrime.dres"))
w.preview_dock.raise_()
w.page_renderer.render_now()
settle(3000)
shot("first-screen.png")

# Find and Replace: the second match of "Commission", in its paragraph
w.show_page("operative")
dialog = show_find(w)
dialog.find_box.setText("Commission")
dialog.replace_box.setText("Commission on Crime Prevention and Criminal Justice")
dialog.find_next()
dialog.find_next()
dialog.move(640, 420)
shot("find-replace.png")
dialog.close()

# a cross-reference: paragraph 5 names the working group that paragraph 4 establishes
page = w.operative_page
page.select(page.model.rows[4].id)
cursor = page.text.document().find("working group")
cursor.clearSelection()
page.text.setTextCursor(cursor)
page.text.insertPlainText(" referred to in paragraph ")
fourth = next(n for _id, n in crossref.targets(w, page.current_id) if n.startswith("4 — "))
w.asker.answers["Insert cross-reference"] = [fourth]
crossref.insert_cross_reference(w)
extra_actions.zoom(w, 2)
shot("cross-reference.png")
extra_actions.zoom(w, None)

prefs = show_preferences(w)
prefs.move(420, 220)
shot("preferences.png")
prefs.reject()

shortcuts = help_menu.show_shortcuts(w)
shortcuts.move(260, 40)
shot("shortcuts.png")
shortcuts.close()
w.asker.answers["Unsaved changes"] = ["Discard"]
w.close()
