"""The main window: an outline of the draft beside the page that edits the chosen part,
docks for phrases, preview and history, menus, a toolbar and a status bar.

The window is put together from small modules: the actions (``window_actions.py``), the
menus and toolbar (``menus.py``), the docks (``docks.py``), the saved size and state
(``window_state.py``), and the mixins with the window's behaviour: files (``files.py``),
printing (``printing.py``), footnotes (``note_ops.py``) and phrases (``phrase_ops.py``).
A further menu or dock is one call in ``__init__`` to an ``install(window)`` of its own module
(using :func:`menus.add_menu` or :func:`docks.add_dock`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from delegate_editor.model.document import AnnexStyle, SectionHeading
from delegate_editor.storage import settings as settings_store
from delegate_editor.storage.lock import DraftLock
from delegate_editor.ui import (
    extra_actions,
    group_menu,
    menus,
    negotiation_menu,
    section_menu,
    spelling,
    table_rows,
    window_state,
)
from delegate_editor.ui.annex_page import AnnexPage
from delegate_editor.ui.controller import Controller
from delegate_editor.ui.dialogs import Asker
from delegate_editor.ui.docks import build_docks
from delegate_editor.ui.document import wiring as document_wiring
from delegate_editor.ui.document.editor import DocumentEditor
from delegate_editor.ui.editors import PartPage
from delegate_editor.ui.files import LIVE_WINDOWS, FileOps
from delegate_editor.ui.footnotes_panel import FootnotesPanel
from delegate_editor.ui.front_form import FrontMatterForm
from delegate_editor.ui.note_ops import NoteOps
from delegate_editor.ui.operative_page import OperativePage
from delegate_editor.ui.pages import FIRST_PAGE, PAGES, page_name
from delegate_editor.ui.phrase_ops import PhraseOps
from delegate_editor.ui.preview import PageRenderer
from delegate_editor.ui.printing import PrintOps, print_layout
from delegate_editor.ui.session import DocumentSession
from delegate_editor.ui.sponsors_panel import SponsorsPanel
from delegate_editor.ui.text_keys import TextKeysFilter
from delegate_editor.ui.window_actions import build_actions


class MainWindow(FileOps, PrintOps, NoteOps, PhraseOps, QMainWindow):
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
        build_docks(self)
        self.actions_by_name = build_actions(self)
        self.text_keys = TextKeysFilter(self, self.actions_by_name["undo"], self.actions_by_name["redo"])
        menus.build_menus(self)
        extra_actions.install(self)
        table_rows.install(self)
        section_menu.install(self)
        negotiation_menu.install(self)
        spelling.install(self)
        document_wiring.install(self)
        group_menu.install(self)
        menus.build_toolbar(self)
        # further menus and docks: one call here to an install(window) in their own module
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Draft statistics"))
        self.statusBar().addPermanentWidget(self.status_label)
        self.ctl.changed.connect(self._on_changed)
        self.ctl.stack.cleanChanged.connect(self._on_clean)
        self.ctl.draftReplaced.connect(self._on_replaced)
        self._set_session(DocumentSession(self._initial_draft()))
        window_state.restore_layout(self)
        self.show_page(FIRST_PAGE)
        LIVE_WINDOWS.add(self)
        self.update_status()

    def _initial_draft(self):
        from delegate_editor.model.document import Draft, FrontMatter

        draft = Draft(front=FrontMatter(organ=self.settings.default_organ or "General Assembly"))
        draft.layout = self.settings.duty_station
        draft.front.language = self.settings.language_code_of_new_drafts()
        if self.settings.delegation:
            draft.sponsors.names.append(self.settings.delegation)
        return draft

    # -- building ------------------------------------------------------------------------
    def _build_pages(self) -> None:
        self.front_page = FrontMatterForm(self.ctl)
        self.sponsors_page = SponsorsPanel(self.ctl, self.settings.delegation)
        self.preamble_page = PartPage(self.ctl, "preamble")
        self.operative_page = OperativePage(self.ctl)
        self.annex_page = AnnexPage(self.ctl)
        self.footnotes_page = FootnotesPanel(self.ctl)
        self.footnotes_page.jumpToReference.connect(self.jump_to_reference)
        self.document_page = DocumentEditor(self.ctl)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {
            "front": self.front_page,
            "sponsors": self.sponsors_page,
            "preamble": self.preamble_page,
            "operative": self.operative_page,
            "annexes": self.annex_page,
            "footnotes": self.footnotes_page,
            "document": self.document_page,
        }
        for key in PAGES:
            self.stack.addWidget(self.pages[key])
        self.outline = QTreeWidget()
        self.outline.setHeaderHidden(True)
        self.outline.setRootIsDecorated(False)
        self.outline.setAccessibleName(self.tr("Outline of the draft"))
        self.outline_items: dict[str, QTreeWidgetItem] = {}
        for key in PAGES:
            item = QTreeWidgetItem([page_name(key)])
            item.setData(0, Qt.ItemDataRole.UserRole, key)
            self.outline.addTopLevelItem(item)
            self.outline_items[key] = item
        self.outline.currentItemChanged.connect(self._on_outline)
        # wide enough for the longest entry with its count, at any font size or scaling
        longest = max((f"{name} (000)" for name in map(page_name, PAGES)), key=len)
        self.outline.setMinimumWidth(self.outline.fontMetrics().horizontalAdvance(longest) + 24)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.outline)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 900])
        self.setCentralWidget(splitter)

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
        page = self.part_page() or (self.document_page if self.current_page() == "document" else None)
        if page is None:
            self.statusBar().showMessage(
                self.tr("Choose the preamble, the operative part or the annexes first."), 3000
            )
            return
        getattr(page, name)(*args)

    def add_annex(self) -> None:
        self.show_page("annexes")
        self.annex_page.add_annex()

    def set_annex_style(self, style: AnnexStyle) -> None:
        if self.part_page() is not self.annex_page or not self.annex_page.set_style(style):
            self.statusBar().showMessage(self.tr("Choose an annex paragraph to change its style."), 3000)

    def toggle_italic(self) -> None:
        page = self.part_page()
        if page is not None:
            page.toggle_italic()
        elif self.stack.currentWidget() is self.footnotes_page:
            self.footnotes_page.toggle_italic()

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
        self.setWindowTitle(
            self.tr("{file_name}[*] — Delegate Editor").format(file_name=self.ctl.session.file_name)
        )
        self.setWindowModified(self.is_modified())

    def update_status(self) -> None:
        draft = self.ctl.draft
        words = draft.word_count()
        ops = draft.operative_paragraphs()
        counts = {"preamble": len(draft.preamble), "operative": len(ops), "footnotes": len(draft.footnotes)}
        counts["annexes"] = len(draft.annexes)
        for key, n in counts.items():
            self.outline_items[key].setText(0, f"{page_name(key)} ({n})")
        # a section's own preambular paragraphs count too (A/RES/80/237)
        own = sum(len(i.preamble) for i in draft.operative if isinstance(i, SectionHeading))
        text = self.tr("{preambular} preambular · {operative} operative · {words} words").format(
            preambular=len(draft.preamble) + own, operative=len(ops), words=f"{words:,}"
        )
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

    def update_recent_menu(self) -> None:
        menus.update_recent_menu(self)

    def about(self) -> None:
        from delegate_editor.ui.about import show_about

        show_about(self)  # parented and non-modal: Qt keeps it until it is closed

    # -- settings and closing ----------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.maybe_save():
            event.ignore()
            return
        self._drop_recovery()
        self._end()
        event.accept()

    def end_keeping_work(self) -> None:
        """End without asking, because the session is ending (SIGTERM at a logout or
        shutdown that does not wait, SIGHUP when the terminal closes; ``ui/app.py``): what
        was typed goes to the recovery file now, not at the next autosave, and stays there
        for the next start to offer back, as after a crash."""
        self.autosave_now()
        self.wait_autosave()
        self.autosave_timer.stop()
        self._end()

    def _end(self) -> None:
        group_menu.shutdown(self)
        self.page_renderer.shutdown()
        self.checks.shutdown()
        self.text_keys.remove()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        window_state.remember_layout(self)
        settings_store.save(self.settings)
        LIVE_WINDOWS.discard(self)
