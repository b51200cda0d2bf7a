"""The files of versions and tracked changes: the earlier text a new draft is based on,
the base text set later, and the exports of a comparison; and the texts a comparison can
be made between (the base, the versions, the current text).

Every file goes through the app layer the command line uses (``app/changes.py``): the
same reader for the earlier text, the same same-file guard and atomic write for exports.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from delegate_editor.conventions import messages as said
from delegate_editor.errors import InputError
from delegate_editor.model.document import DocumentKind, Draft
from delegate_editor.storage.atomic import SaveError
from delegate_editor.ui.dialogs import sentence
from delegate_editor.ui.i18n import translate

if TYPE_CHECKING:
    from delegate_editor.ui.main_window import MainWindow

# the filters and messages are shown through translate("ChangeFiles", ...)
EARLIER_FILTERS = QT_TRANSLATE_NOOP(
    "ChangeFiles",
    "Resolutions and drafts (*.txt *.md *.docx *.odt *.dres);;Text copied from a UN PDF (*.txt *.md);;"
    "Word or OpenDocument (*.docx *.odt);;Drafts (*.dres);;All files (*)",
)
TRACKED_FILTERS = {
    ".docx": QT_TRANSLATE_NOOP("ChangeFiles", "Word document with tracked changes (*.docx)"),
    ".odt": QT_TRANSLATE_NOOP("ChangeFiles", "OpenDocument text with tracked changes (*.odt)"),
    ".pdf": QT_TRANSLATE_NOOP("ChangeFiles", "Printable comparison (*.pdf)"),
}
CURRENT = QT_TRANSLATE_NOOP("ChangeFiles", "Current text")  # keys; shown through shown()
BASE = QT_TRANSLATE_NOOP("ChangeFiles", "Base text")
NOTHING_TO_COMPARE = QT_TRANSLATE_NOOP(
    "ChangeFiles",
    "This draft has no base text and no version yet: use Review ▸ Set Base Text… "
    "or Review ▸ Versions… ▸ Save Version… first.",
)


@dataclass(frozen=True)
class Text:
    """One of the texts that can be compared: its label and how to get it now."""

    label: str
    get: Callable[[], Draft]
    current: bool = False


def texts(window: MainWindow) -> list[Text]:
    """The base (if any), each version (oldest first) and the current text; two versions
    of one name taken in the same minute are told apart by their place ("#2")."""
    draft = window.ctl.draft
    out: list[Text] = []
    if draft.base is not None:
        out.append(Text(BASE, lambda: window.ctl.draft.base))
    seen: set[str] = set()
    for i, version in enumerate(draft.versions):
        label = f"{version.name} ({version.taken:%d %b %Y %H:%M})"
        if label in seen or label in (BASE, CURRENT):
            label = f"{label} #{i + 1}"
        seen.add(label)
        out.append(Text(label, lambda i=i: window.ctl.draft.versions[i].draft))
    out.append(Text(CURRENT, lambda: window.ctl.draft, current=True))
    return out


def new_from_earlier(window: MainWindow) -> bool:
    """A new draft from an earlier resolution or draft (any file the app reads), which it
    keeps as its base: the command line's ``new --from``."""
    from delegate_editor.app.changes import draft_from
    from delegate_editor.ui.session import DocumentSession

    path = window.asker.open_path(
        window,
        translate("ChangeFiles", "New draft from an earlier resolution"),
        window.settings.last_folder,
        translate("ChangeFiles", EARLIER_FILTERS),
    )
    if not path or not window.maybe_save():
        return False
    try:
        draft, messages = draft_from(path)
    except InputError as exc:
        window.asker.error(
            window, translate("ChangeFiles", "Cannot open the file"), sentence(said.shown_error(exc))
        )
        return False
    delegation = window.settings.delegation
    if delegation and draft.kind is DocumentKind.DRAFT and not draft.sponsors.names:
        draft.sponsors.names.append(delegation)
    window._set_session(DocumentSession(draft))
    p = Path(path)
    window.settings.last_folder = str(p.resolve().parent)
    if messages:
        window.asker.info(
            window,
            translate("ChangeFiles", "Imported {name}").format(name=p.name),
            "\n".join(said.shown(m) for m in messages),
        )
    window.statusBar().showMessage(
        translate("ChangeFiles", "New draft based on {name}; save it to keep it").format(name=p.name), 6000
    )
    return True


def choose_base(window: MainWindow, parent: QWidget | None = None) -> bool:
    """Set Base Text…: the text this draft amends, read from any file; one undo step."""
    from delegate_editor.formats.registry import read_any
    from delegate_editor.ui.version_commands import set_base

    parent = parent or window
    path = window.asker.open_path(
        parent,
        translate("ChangeFiles", "Set the base text"),
        window.settings.last_folder,
        translate("ChangeFiles", EARLIER_FILTERS),
    )
    if not path:
        return False
    try:
        base = read_any(path).draft
    except InputError as exc:
        window.asker.error(
            parent, translate("ChangeFiles", "Cannot open the file"), sentence(said.shown_error(exc))
        )
        return False
    set_base(window.ctl, base)
    window.statusBar().showMessage(
        translate("ChangeFiles", "Base text: {name}").format(name=Path(path).name), 4000
    )
    return True


def shown(label: str) -> str:
    """A text's label as the user reads it: the base and the current text in the interface
    language, a version by the name it was given."""
    return translate("ChangeFiles", label) if label in (BASE, CURRENT) else label


def _against(window: MainWindow, title: str) -> Draft | None:
    """The older text to track changes from: the base or a version (asked when more than
    one); None when there is none or the user cancelled."""
    choices = [t for t in texts(window) if not t.current]
    if not choices:
        window.asker.error(
            window,
            translate("ChangeFiles", "Nothing to compare with"),
            translate("ChangeFiles", NOTHING_TO_COMPARE),
        )
        return None
    if len(choices) == 1:
        return choices[0].get()
    label = window.asker.choose(
        window,
        title,
        translate("ChangeFiles", "Show the changes made since:"),
        [shown(t.label) for t in choices],
    )
    chosen = next((t for t in choices if shown(t.label) == label), None)
    return chosen.get() if chosen is not None else None


def export_changes(window: MainWindow, old: Draft, new: Draft, suffix: str, what: str = "") -> bool:
    """Ask where, then write ``new`` with its changes from ``old``: tracked changes when the
    name ends in .docx or .odt, the printable comparison for .pdf."""
    from delegate_editor.app.changes import author_of, export_comparison
    from delegate_editor.app.export import OVERWRITES_DRAFT, with_suffix

    tracked = suffix != ".pdf"
    suggested = Path(window.ctl.session.suggested_path(suffix))
    suggested = suggested.with_name(f"{suggested.stem} changes{suffix}")
    filters = ";;".join(
        translate("ChangeFiles", TRACKED_FILTERS[s]) for s in ((".docx", ".odt") if tracked else (".pdf",))
    )
    caption = (
        translate("ChangeFiles", "Export with tracked changes")
        if tracked
        else translate("ChangeFiles", "Export the printable comparison")
    )
    path = window.asker.save_path(window, caption + (f" ({what})" if what else ""), str(suggested), filters)
    if not path:
        return False
    p = Path(path)
    if p.suffix.lower() not in ((".docx", ".odt") if tracked else (".pdf",)):
        p = with_suffix(p, suffix)
    try:
        comparison = export_comparison(
            old,
            new,
            p,
            author_of(None, window.settings),
            protect=[window.ctl.session.path],
            why=OVERWRITES_DRAFT,
        )
    except (InputError, SaveError) as exc:
        window.asker.error(window, translate("ChangeFiles", "Not exported"), sentence(said.shown_error(exc)))
        return False
    n = len(comparison.changes())
    window.statusBar().showMessage(
        translate("ChangeFiles", "Exported {name} ({n} paragraphs changed)").format(name=p.name, n=n), 5000
    )
    return True


def export_tracked(window: MainWindow, suffix: str = ".docx") -> bool:
    """From the menu: the current text against the base or a version."""
    old = _against(
        window,
        translate("ChangeFiles", "Export with tracked changes")
        if suffix != ".pdf"
        else translate("ChangeFiles", "Printable comparison"),
    )
    return old is not None and export_changes(window, old, window.ctl.draft, suffix)
