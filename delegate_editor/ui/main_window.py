"""The main window: an outline of the draft beside the page that edits the chosen part,
docks for phrases, preview and history, menus, a toolbar and a status bar.
"""

from __future__ import annotations

import base64

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QUndoView,
    QWidget,
)

from delegate_editor.model.document import AnnexStyle, Operative, Preambular
from delegate_editor.storage import settings as settings_store
from delegate_editor.storage.lock import DraftLock
from delegate_editor.ui import extra_actions
from delegate_editor.ui.annex_page import STYLE_NAMES, AnnexPage
from delegate_editor.ui.checks_panel import CheckedDelegate, ChecksPanel
from delegate_editor.ui.controller import Controller
from delegate_editor.ui.dialogs import Asker
from delegate_editor.ui.editors import PartPage, RichTextEdit
from delegate_editor.ui.files import EXPORTS, LIVE_WINDOWS, FileOps
from delegate_editor.ui.footnotes_panel import FootnotesPanel, cursor_at_note, note_at_cursor
from delegate_editor.ui.front_form import FrontMatterForm
from delegate_editor.ui.palette import (
    PhrasePalette,
    new_paragraph_with,
    repeats_above,
    set_opening,
    suggested_form,
)
from delegate_editor.ui.preview import PageRenderer, PagesView
from delegate_editor.ui.printing import PrintOps, print_layout
from delegate_editor.ui.restructure import flatten
from delegate_editor.ui.session import DocumentSession, recent_label
from delegate_editor.ui.sponsors_panel import SponsorsPanel
from delegate_editor.ui.text_keys import TextKeysFilter

PAGES = ("front", "sponsors", "preamble", "operative", "annexes", "footnotes")
FIRST_PAGE = "preamble"  # the document itself, not the form of front-matter fields
PAGE_NAMES = {
    "front": "Front matter",
    "sponsors": "Sponsors",
    "preamble": "Preamble",
    "operative": "Operative part",
    "annexes": "Annexes",
    "footnotes": "Footnotes",
}


def _b64(data: QByteArray) -> str:
    return base64.b64encode(bytes(data)).decode("ascii")


def _unb64(text: str) -> QByteArray:
    try:
        return QByteArray(base64.b64decode(text.encode("ascii"), validate=True))
    except ValueError:
        return QByteArray()


class MainWindow(FileOps, PrintOps, QMainWindow):
    def __init__(self, settings: settings_store.Settings | None = None, asker: Asker | None = None) -> None:
        super().__init__()
        self.settings = settings if settings is not None else settings_store.load()
        self.asker = asker or Asker()
        self.lock: DraftLock | None = None
        self.slot = ""
        self._restored = False
        self.ctl = Controller(DocumentSession(), self)
        self.autosave_timer = QTimer(self, singleShot=True)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.status_timer = QTimer(self, singleShot=True, interval=300)
        self.status_timer.timeout.connect(self.update_status)
        self.page_renderer = PageRenderer(self._preview_source, self)
        self.setAccessibleName("Delegate Editor")
        self._build_pages()
        self._build_docks()
        self._build_actions()
        self.text_keys = TextKeysFilter(self, self.actions_by_name["undo"], self.actions_by_name["redo"])
        self._build_menus()
        extra_actions.install(self)
        self._build_toolbar()
        self.status_label = QLabel()
        self.status_label.setAccessibleName("Draft statistics")
        self.statusBar().addPermanentWidget(self.status_label)
        self.ctl.changed.connect(self._on_changed)
        self.ctl.stack.cleanChanged.connect(self._on_clean)
        self.ctl.draftReplaced.connect(self._on_replaced)
        self._set_session(DocumentSession(self._initial_draft()))
        self._restore_layout()
        self.show_page(FIRST_PAGE)
        LIVE_WINDOWS.add(self)
        self.update_status()

    def _initial_draft(self):
        from delegate_editor.model.document import Draft, FrontMatter

        draft = Draft(front=FrontMatter(organ=self.settings.default_organ or "General Assembly"))
        draft.layout = self.settings.duty_station
        if self.settings.delegation:
            draft.sponsors.names.append(self.settings.delegation)
        return draft

    # -- building ------------------------------------------------------------------------
    def _build_pages(self) -> None:
        self.front_page = FrontMatterForm(self.ctl)
        self.sponsors_page = SponsorsPanel(self.ctl, self.settings.delegation)
        self.preamble_page = PartPage(self.ctl, "preamble")
        self.operative_page = PartPage(self.ctl, "operative")
        self.annex_page = AnnexPage(self.ctl)
        self.footnotes_page = FootnotesPanel(self.ctl)
        self.footnotes_page.jumpToReference.connect(self.jump_to_reference)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {
            "front": self.front_page,
            "sponsors": self.sponsors_page,
            "preamble": self.preamble_page,
            "operative": self.operative_page,
            "annexes": self.annex_page,
            "footnotes": self.footnotes_page,
        }
        for key in PAGES:
            self.stack.addWidget(self.pages[key])
        self.outline = QTreeWidget()
        self.outline.setHeaderHidden(True)
        self.outline.setRootIsDecorated(False)
        self.outline.setAccessibleName("Outline of the draft")
        self.outline_items: dict[str, QTreeWidgetItem] = {}
        for key in PAGES:
            item = QTreeWidgetItem([PAGE_NAMES[key]])
            item.setData(0, Qt.ItemDataRole.UserRole, key)
            self.outline.addTopLevelItem(item)
            self.outline_items[key] = item
        self.outline.currentItemChanged.connect(self._on_outline)
        # wide enough for the longest entry with its count, at any font size or scaling
        longest = max((f"{name} (000)" for name in PAGE_NAMES.values()), key=len)
        self.outline.setMinimumWidth(self.outline.fontMetrics().horizontalAdvance(longest) + 24)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.outline)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 900])
        self.setCentralWidget(splitter)

    def _build_docks(self) -> None:
        self.palette = PhrasePalette()
        self.palette.phraseChosen.connect(self.use_phrase)
        self.palette.add_button.clicked.connect(self.add_own_phrase)
        self.phrase_dock = self._dock("Phrases", self.palette, Qt.DockWidgetArea.RightDockWidgetArea)
        self.preview = PagesView(self.page_renderer)
        self.preview.setAccessibleName("Preview of the printed pages")
        self.preview_dock = self._dock("Preview", self.preview, Qt.DockWidgetArea.RightDockWidgetArea)
        self.preview_dock.visibilityChanged.connect(self._on_preview_visible)
        self.history = QUndoView(self.ctl.stack)
        self.history.setEmptyLabel("Opened")
        self.history.setAccessibleName("Edit history")
        self.history_dock = self._dock("History", self.history, Qt.DockWidgetArea.RightDockWidgetArea)
        self.checks = ChecksPanel(self.ctl)
        self.checks.jumpTo.connect(self.jump_to_paragraph)
        self.checks.updated.connect(self.update_status)
        self.checks_dock = self._dock("Checks", self.checks, Qt.DockWidgetArea.RightDockWidgetArea)
        for page in (self.preamble_page, self.operative_page, self.annex_page):
            page.view.setItemDelegate(CheckedDelegate(self.checks, page.view))
        self.tabifyDockWidget(self.phrase_dock, self.preview_dock)
        self.tabifyDockWidget(self.preview_dock, self.checks_dock)
        self.tabifyDockWidget(self.checks_dock, self.history_dock)
        # a newcomer first sees the draft as it will print, beside its paragraphs (issue 22)
        self.preview_dock.raise_()
        self.resizeDocks([self.phrase_dock], [380], Qt.Orientation.Horizontal)

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{title.lower()}Dock")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey  # noqa: N806
        a = self.actions_by_name = {}
        a["new"] = self._action("&New…", self.new_draft, K.New, "Start a new draft from a template")
        a["open"] = self._action("&Open…", self.open_dialog, K.Open, "Open a draft or import a document")
        a["save"] = self._action("&Save", self.save, K.Save)
        a["save_as"] = self._action("Save &As…", self.save_as, K.SaveAs)
        for suffix, name in EXPORTS.items():
            a[f"export{suffix}"] = self._action(name.split(" (")[0] + "…", lambda s=suffix: self.export(s))
        a["close"] = self._action("&Quit", self.close, K.Quit)
        a["undo"] = self.ctl.stack.createUndoAction(self, "&Undo")
        a["undo"].setShortcut(QKeySequence(K.Undo))
        a["redo"] = self.ctl.stack.createRedoAction(self, "&Redo")
        a["redo"].setShortcut(QKeySequence(K.Redo))
        a["add"] = self._action("&Paragraph", lambda: self.part_action("add_after"), "Ctrl+Return")
        a["heading"] = self._action("Section &heading", lambda: self.part_action("add_heading"))
        a["annex"] = self._action("&Annex", self.add_annex, "Ctrl+Alt+A", "A new annex after the current one")
        for style, key in ((AnnexStyle.BODY, "B"), (AnnexStyle.HEADING, "H"), (AnnexStyle.NUMBERED, "N")):
            a[f"annex_{style.value}"] = self._action(
                f"Annex paragraph: {STYLE_NAMES[style].lower()}",
                lambda s=style: self.set_annex_style(s),
                f"Ctrl+Alt+{key}",
            )
        a["footnote"] = self._action("&Footnote…", self.insert_footnote, "Ctrl+Alt+F")
        a["goto_note"] = self._action(
            "&Go to footnote or reference",
            self.toggle_note_reference,
            "Ctrl+Alt+G",
            "From a footnote mark in the text to its footnote, and back",
        )
        a["print"] = self._action("&Print…", self.print_dialog, K.Print, "Print the typeset pages")
        a["print_preview"] = self._action("Print Pre&view…", self.print_preview, "Ctrl+Shift+P")
        a["export_pdf"] = self._action(
            "Export P&DF (A4 or Letter)…", self.export_pdf_dialog, "Ctrl+Shift+E", "The pages as a PDF"
        )
        a["duplicate"] = self._action("D&uplicate paragraph", lambda: self.part_action("duplicate"), "Ctrl+D")
        a["delete"] = self._action(
            "&Delete paragraph", lambda: self.part_action("delete"), "Ctrl+Shift+Backspace"
        )
        a["up"] = self._action("Move paragraph &up", lambda: self.part_action("move", -1), "Alt+Up")
        a["down"] = self._action("Move paragraph do&wn", lambda: self.part_action("move", 1), "Alt+Down")
        a["indent"] = self._action(
            "&Indent (make sub-paragraph)", lambda: self.part_action("indent"), "Ctrl+]"
        )
        a["outdent"] = self._action("&Outdent", lambda: self.part_action("outdent"), "Ctrl+[")
        a["italic"] = self._action("&Italic", self.toggle_italic, K.Italic)
        a["about"] = self._action("&About Delegate Editor", self.about)
        for key in PAGES:
            a[f"page_{key}"] = self._action(PAGE_NAMES[key], lambda k=key: self.show_page(k))
        for i, key in enumerate(PAGES, start=1):
            a[f"page_{key}"].setShortcut(QKeySequence(f"Alt+{i}"))

    def _build_menus(self) -> None:
        a = self.actions_by_name
        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        for key in ("new", "open"):
            self.file_menu.addAction(a[key])
        self.recent_menu = self.file_menu.addMenu("Open &Recent")
        self.file_menu.addSeparator()
        self.file_menu.addAction(a["save"])
        self.file_menu.addAction(a["save_as"])
        self.export_menu = self.file_menu.addMenu("&Export")
        for suffix in EXPORTS:
            self.export_menu.addAction(a[f"export{suffix}"])
        self.file_menu.addAction(a["export_pdf"])
        self.file_menu.addSeparator()
        self.file_menu.addAction(a["print"])
        self.file_menu.addAction(a["print_preview"])
        self.file_menu.addSeparator()
        self.file_menu.addAction(a["close"])
        self.edit_menu = bar.addMenu("&Edit")
        for key in ("undo", "redo"):
            self.edit_menu.addAction(a[key])
        self.edit_menu.addSeparator()
        for key in ("duplicate", "delete", "up", "down"):
            self.edit_menu.addAction(a[key])
        self.insert_menu = bar.addMenu("&Insert")
        for key in ("add", "heading", "annex", "footnote", "goto_note"):
            self.insert_menu.addAction(a[key])
        self.format_menu = bar.addMenu("F&ormat")
        for key in ("italic", "indent", "outdent"):
            self.format_menu.addAction(a[key])
        self.format_menu.addSeparator()
        for style in AnnexStyle:
            self.format_menu.addAction(a[f"annex_{style.value}"])
        self.view_menu = bar.addMenu("&View")
        for key in PAGES:
            self.view_menu.addAction(a[f"page_{key}"])
        self.view_menu.addSeparator()
        for dock in (self.phrase_dock, self.preview_dock, self.checks_dock, self.history_dock):
            self.view_menu.addAction(dock.toggleViewAction())
        self.help_menu = bar.addMenu("&Help")
        self.help_menu.addAction(a["about"])
        self.update_recent_menu()

    def _build_toolbar(self) -> None:
        bar = self.addToolBar("Main")
        bar.setObjectName("mainToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setIconSize(QSize(16, 16))
        a = self.actions_by_name
        for key in (
            "new",
            "open",
            "save",
            None,
            "undo_tool",
            "redo_tool",
            None,
            "add",
            "delete",
            "up",
            "down",
            "indent",
            "outdent",
            "italic",
        ):
            if key is None:
                bar.addSeparator()
            else:
                bar.addAction(a[key])

    # slots are bound methods, not lambdas, so Qt disconnects them when the window dies
    def _on_outline(self, item: QTreeWidgetItem | None, _previous) -> None:
        if item is not None:
            self.show_page(item.data(0, Qt.ItemDataRole.UserRole))

    def _on_preview_visible(self, visible: bool) -> None:
        if visible:
            self.page_renderer.request()

    def _on_clean(self, _clean: bool) -> None:
        self.update_title()

    # -- pages -----------------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        self.stack.setCurrentWidget(self.pages[key])
        item = self.outline_items[key]
        if self.outline.currentItem() is not item:
            self.outline.setCurrentItem(item)
        self.refresh_phrase_dock()

    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        return next(k for k, w in self.pages.items() if w is widget)

    def part_page(self) -> PartPage | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, PartPage) else None

    def part_action(self, name: str, *args) -> None:
        page = self.part_page()
        if page is None:
            self.statusBar().showMessage(
                "Choose the preamble, the operative part or the annexes first.", 3000
            )
            return
        getattr(page, name)(*args)

    def add_annex(self) -> None:
        self.show_page("annexes")
        self.annex_page.add_annex()

    def set_annex_style(self, style: AnnexStyle) -> None:
        if self.part_page() is not self.annex_page or not self.annex_page.set_style(style):
            self.statusBar().showMessage("Choose an annex paragraph to change its style.", 3000)

    def toggle_italic(self) -> None:
        page = self.part_page()
        if page is not None:
            page.toggle_italic()
        elif self.stack.currentWidget() is self.footnotes_page:
            self.footnotes_page.toggle_italic()

    def insert_footnote(self) -> None:
        page = self.part_page()
        field = self.front_page.binder.focused_rich_field() if page is None else ""
        if not field and (page is None or not page.current_id):
            self.statusBar().showMessage(
                "Put the cursor in a paragraph, the title or the recommendation to add a footnote.", 3000
            )
            return
        text = self.asker.text(self, "Insert footnote", "Footnote text:")
        if text:
            before = set(self.ctl.draft.footnotes)
            if field:
                self.front_page.binder.insert_footnote(field, text)
            else:
                page.insert_footnote(text)
            added = set(self.ctl.draft.footnotes) - before
            if added:
                self.footnotes_page.refresh()
                self.footnotes_page.select(added.pop())

    def toggle_note_reference(self) -> None:
        """Ctrl+Alt+G: from a mark in the paragraph text to its footnote, and back."""
        page = self.part_page()
        if page is not None:
            note_id = note_at_cursor(page.text.textCursor())
            if not note_id:
                self.statusBar().showMessage("Put the cursor on a footnote mark first.", 3000)
                return
            self.show_page("footnotes")
            self.footnotes_page.refresh()
            self.footnotes_page.select(note_id)
            self.footnotes_page.editor.setFocus()
        elif self.stack.currentWidget() is self.footnotes_page:
            self.footnotes_page.go_to_reference()

    def jump_to_reference(self, part: str, node_id: str, note_id: str) -> None:
        """Show the paragraph that cites ``note_id`` with the cursor just after its mark."""
        part = "annexes" if part == "annex" else part
        if part not in ("preamble", "operative", "annexes"):
            self.show_page("front")
            field = self.front_page.fields.get(node_id)  # the title or the recommendation
            if isinstance(field, RichTextEdit):
                cursor = cursor_at_note(field.document(), note_id)
                if cursor is not None:
                    field.setTextCursor(cursor)
                field.setFocus()
            return
        self.show_page(part)
        page = self.pages[part]
        page.select(node_id)
        cursor = cursor_at_note(page.text.document(), note_id)
        if cursor is not None:
            page.text.setTextCursor(cursor)
        page.text.setFocus()

    def use_phrase(self, part: str, phrase: str) -> None:
        """From the palette: the opening of the current paragraph, or a new paragraph; the
        "also"/"further" form is offered when the same opening is used above."""
        page = self.part_page()
        if page is None or page.part != part:
            self.show_page(part)
            page = self.pages[part]
        node = page.node()
        takes_opening = isinstance(node, Preambular | Operative)
        node_id = page.current_id if takes_opening else None
        form = suggested_form(self.ctl, part, node_id, phrase)
        if form != phrase:
            n = repeats_above(self.ctl, part, node_id, phrase)
            use, keep = f"Use “{form}”", f"Keep “{phrase}”"
            times = "one paragraph" if n == 1 else f"{n} paragraphs"
            answer = self.asker.question(
                self,
                "Repeated opening",
                f"“{phrase}” already opens {times} above. UN style writes “{form}” here.",
                [use, keep, "Cancel"],
                use,
            )
            if answer not in (use, keep):
                return
            if answer == keep:
                form = phrase
        if node_id:
            set_opening(self.ctl, part, node_id, form)
        else:
            after = self._top_level_of(part, page.current_id) if page.current_id else None
            page.select(new_paragraph_with(self.ctl, part, after, form))
        page.text.setFocus()
        self.statusBar().showMessage(f"Opening: {form}", 3000)

    def _top_level_of(self, part: str, node_id: str) -> str | None:
        """The numbered paragraph holding ``node_id`` (itself when it is one)."""
        for item in self.ctl.part_items(part):
            if item.id == node_id or any(r.id == node_id for r in flatten([item])):
                return item.id
        return None

    def add_own_phrase(self) -> None:
        part = self.palette.part
        kind = "preambular phrase" if part == "preamble" else "operative verb"
        text = self.asker.text(self, "Add my own phrase", f"New {kind} (kept in your user folder):")
        if text and text.strip():
            try:
                added = self.palette.add_phrase(text)
            except OSError as exc:
                self.asker.error(
                    self, "Phrase not added", f"{exc.filename or 'phrases.json'}: {exc.strerror}"
                )
                return
            if added:
                self.preamble_page.refresh_phrases()
                self.operative_page.refresh_phrases()

    def refresh_phrase_dock(self) -> None:
        page = self.part_page()
        if page is not None:
            self.palette.set_part(page.part)

    # -- updates ---------------------------------------------------------------------------
    def _on_changed(self) -> None:
        self.update_title()
        self.schedule_autosave()
        self.status_timer.start()
        if self.preview_dock.isVisible():
            self.page_renderer.request()

    def _on_replaced(self) -> None:
        self.update_title()
        self.preamble_page.refresh_phrases()
        self.operative_page.refresh_phrases()
        self.update_status()

    def update_title(self) -> None:
        self.setWindowTitle(f"{self.ctl.session.file_name}[*] — Delegate Editor")
        self.setWindowModified(self.is_modified())

    def update_status(self) -> None:
        draft = self.ctl.draft
        words = draft.word_count()
        ops = draft.operative_paragraphs()
        counts = {"preamble": len(draft.preamble), "operative": len(ops), "footnotes": len(draft.footnotes)}
        counts["annexes"] = len(draft.annexes)
        for key, n in counts.items():
            self.outline_items[key].setText(0, f"{PAGE_NAMES[key]} ({n})")
        text = f"{len(draft.preamble)} preambular · {len(ops)} operative · {words:,} words"
        summary = self.check_summary()
        self.status_label.setText(f"{text} · {summary}" if summary else text)

    def check_summary(self) -> str:
        """The status bar's account of the drafting checks (the Checks dock keeps them)."""
        checks = getattr(self, "checks", None)
        if checks is None:
            return ""
        return checks.summary() or "no convention issues"

    def jump_to_paragraph(self, part: str, node_id: str) -> None:
        """From a finding to where it is: the paragraph, or the page of its part."""
        part = "annexes" if part == "annex" else part
        if part in ("preamble", "operative", "annexes") and node_id:
            self.show_page(part)
            self.pages[part].select(node_id)
            self.pages[part].view.setFocus()
            return
        self.show_page(
            {"sponsors": "sponsors", "footnotes": "footnotes", "annexes": "annexes"}.get(part, "front")
        )

    def _preview_source(self):
        """What the preview typesets: the draft on the paper it will print on."""
        return self.ctl.draft, print_layout(self.ctl.draft, self.default_paper())

    def update_preview(self) -> None:
        self.page_renderer.render_now()

    def update_recent_menu(self) -> None:
        menu = getattr(self, "recent_menu", None)
        if menu is None:
            return
        menu.clear()
        for number, path in enumerate(self.settings.recent_files, start=1):
            action = menu.addAction(recent_label(number, path))
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        menu.setEnabled(bool(self.settings.recent_files))

    def about(self) -> None:
        from delegate_editor.ui.about import show_about

        show_about(self)  # parented and non-modal: Qt keeps it until it is closed

    # -- settings and closing ----------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = _unb64(self.settings.window_geometry)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
            self._fit_to_screen()
        else:
            self.resize(1280, 820)
        state = _unb64(self.settings.window_state)
        if not state.isEmpty():
            self.restoreState(state)

    def _fit_to_screen(self) -> None:
        """A saved size larger than the screen (a long label once widened the window, issue
        22 fault 9) is brought back within it rather than restored off the edge."""
        room = self.screen().availableGeometry()
        frame = self.frameGeometry()
        extra_w = frame.width() - self.width()
        extra_h = frame.height() - self.height()
        if frame.width() > room.width() or frame.height() > room.height():
            self.resize(
                min(self.width(), room.width() - extra_w), min(self.height(), room.height() - extra_h)
            )
            self.move(room.topLeft())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.maybe_save():
            event.ignore()
            return
        self._drop_recovery()
        self.page_renderer.shutdown()
        self.checks.shutdown()
        self.text_keys.remove()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        self.settings.window_geometry = _b64(self.saveGeometry())
        self.settings.window_state = _b64(self.saveState())
        settings_store.save(self.settings)
        LIVE_WINDOWS.discard(self)
        event.accept()
