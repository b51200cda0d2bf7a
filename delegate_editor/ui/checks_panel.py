"""Drafting checks in the editor: findings listed in a dock, marked at their paragraph.

The rules are ``conventions.checks.check`` (the same as ``delegate-editor check``). The panel
re-checks shortly after the typing pauses, lists every finding with its severity, jumps to the
paragraph on double-click, and applies a rule's fix as ONE undo step built from the app's own
commands: a fix is data (a list of edits by paragraph id, ``conventions/findings.py``), so
undo restores exactly what it replaced.

The pause re-check runs on a worker thread, on a copy of the draft: it takes 100 ms for a
500-paragraph draft (400 ms at four times that), and a key pressed while it ran on the GUI
thread waited for it. Python still runs one thread at a time, but it switches every few
milliseconds, so typing is no longer held up. While a change has not been checked yet, the
Fix button is off: a fix computed for older text must not undo newer typing.
"""

from __future__ import annotations

import copy
from dataclasses import replace

from PySide6.QtCore import QObject, QRect, QRunnable, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from delegate_editor.conventions.checks import check
from delegate_editor.conventions.findings import Finding, find_node
from delegate_editor.model.serialize import to_dict
from delegate_editor.storage import crashlog
from delegate_editor.ui.commands import FootnotesCommand, SetFieldCommand, SetParagraphCommand
from delegate_editor.ui.controller import Controller
from delegate_editor.ui.i18n import translate
from delegate_editor.ui.models import ID_ROLE, ParagraphDelegate

CHECK_DELAY_MS = 400
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
SEVERITY_COLOURS = {
    "error": QColor(200, 30, 30),
    "warning": QColor(225, 140, 0),
    "info": QColor(40, 110, 200),
}
_ICONS = {
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def apply_fix(ctl: Controller, finding: Finding) -> bool:
    """Apply the finding's fix through the undo stack as one step."""
    fix = finding.fix
    if fix is None or not fix.edits:
        return False
    draft = ctl.draft
    ctl.stack.beginMacro(fix.label)
    try:
        for edit in fix.edits:
            if edit.path:
                ctl.stack.push(SetFieldCommand(ctl, edit.path, edit.value, fix.label, False))
            elif edit.part in ("preamble", "operative"):
                ctl.stack.push(
                    SetParagraphCommand(ctl, edit.part, edit.node_id, edit.attr, edit.value, fix.label, False)
                )
            elif edit.part == "footnotes":
                notes = dict(draft.footnotes)
                old = notes[edit.node_id]
                notes[edit.node_id] = replace(old, **{edit.attr: edit.value})  # keeps its mark
                ctl.stack.push(FootnotesCommand(ctl, notes, fix.label))
            elif edit.part == "annexes":
                annexes = copy.deepcopy(draft.annexes)
                holder = type(draft)(annexes=annexes)
                setattr(find_node(holder, "annexes", edit.node_id), edit.attr, edit.value)
                ctl.stack.push(SetFieldCommand(ctl, "annexes", annexes, fix.label, False))
    finally:
        ctl.stack.endMacro()
    return True


class _Relay(QObject):
    """Carries a worker's findings to the GUI thread (queued across threads)."""

    checked = Signal(int, object)  # generation, list of findings or an error message


class _CheckJob(QRunnable):
    def __init__(self, relay: _Relay, generation: int, data: dict) -> None:
        super().__init__()
        self.relay, self.generation, self.data = relay, generation, data

    def run(self) -> None:
        # in the typesetting process (app/typesetter.py): the checks' Python would hold this
        # process's GIL for a tenth of a second just as typing resumes after a pause
        from delegate_editor.app.typesetter import TYPESETTER, TypesetError

        try:
            result: object = TYPESETTER.check(self.data)
        except TypesetError as exc:  # a rule's defect (kept in the crash log), or it died
            result = str(exc)
        except Exception as exc:  # a defect here must not take editing down with it
            crashlog.record_caught(exc, "checker")
            result = f"{type(exc).__name__}: {exc}"
        self.relay.checked.emit(self.generation, result)


class ElidedButton(QPushButton):
    """A button whose label never sets the dock's width: a long fix label ("Fix: Use …")
    widened the window past a 1280-pixel screen (issue 22, fault 9). The label is elided to
    the space there is; the whole of it is the tooltip."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.full_text = text
        self.bare_text = text  # the label without a fix: no tooltip needed
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text.replace("&", "") if text != self.bare_text else "")
        self._elide()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("Fix: …") + 24, hint.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(0, self.width() - 24)
        shown = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room)
        self.setText(self.full_text if shown == self.full_text else shown)


class ChecksPanel(QWidget):
    """The Checks dock. ``jumpTo(part, paragraph id)`` on double-click or "Go to"."""

    jumpTo = Signal(str, str)  # noqa: N815
    updated = Signal()

    def __init__(self, ctl: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = ctl
        self.findings: list[Finding] = []
        self.by_node: dict[str, list[Finding]] = {}
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Drafting findings"))
        self.list.setWordWrap(True)
        self.fix = ElidedButton(self.tr("&Fix"))
        self.fix.setEnabled(False)
        self.go = QPushButton(self.tr("&Go to paragraph"))
        self.go.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.fix, 1)
        buttons.addWidget(self.go)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.generation = 0  # of the draft's changes; results of older ones are dropped
        self.checked = 0  # the generation the findings shown belong to
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.relay = _Relay()
        self.relay.checked.connect(self._on_checked)
        self.timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self.timer.timeout.connect(self.check_later)
        self.list.currentRowChanged.connect(self._on_row)
        self.list.itemActivated.connect(lambda _item: self.go_to_current())
        self.fix.clicked.connect(self.fix_current)
        self.go.clicked.connect(self.go_to_current)
        self.replaced = False  # a draft was opened: its change is checked at once
        ctl.draftReplaced.connect(self._on_replaced)
        ctl.changed.connect(self._on_changed)
        self.recheck()

    # -- checking ------------------------------------------------------------------------------
    @property
    def current_generation(self) -> bool:
        """Whether the findings shown are those of the draft as it is now."""
        return self.checked == self.generation

    def _on_replaced(self) -> None:
        self.replaced = True  # the controller's ``changed`` follows

    def _on_changed(self) -> None:
        self.generation += 1
        if self.replaced:  # a draft opened, restored or imported shows its findings at once
            self.replaced = False
            self.recheck()
            return
        self._on_row(self.list.currentRow())  # no fix until this change is checked
        self.timer.start()

    def check_later(self) -> None:
        """Check the draft as it is now on the worker thread; the findings follow."""
        self.timer.stop()
        self.pool.start(_CheckJob(self.relay, self.generation, to_dict(self.ctl.draft, history=False)))

    def _on_checked(self, generation: int, result: object) -> None:
        if generation == self.generation:
            self._show(result, generation)

    def recheck(self) -> None:
        """Check now, on this thread (a draft opened or a fix applied, and tests)."""
        self.timer.stop()
        try:
            result: object = check(self.ctl.draft)
        except Exception as exc:  # a rule's defect must not take editing down with it
            crashlog.record_caught(exc, "checker")
            result = f"{type(exc).__name__}: {exc}"
        self._show(result, self.generation)

    def shutdown(self) -> None:
        self.timer.stop()
        self.pool.clear()
        self.pool.waitForDone(5000)

    def _show(self, result: object, generation: int) -> None:
        self.checked = generation
        if isinstance(result, str):
            self.findings, self.by_node = [], {}
            self.list.clear()
            self.summary_label.setText(self.tr("The checks could not run: {result}").format(result=result))
            self._on_row(-1)
            self.updated.emit()
            return
        findings: list[Finding] = result  # type: ignore[assignment]
        self.findings = sorted(
            findings,
            key=lambda f: (SEVERITY_ORDER.get(f.severity, 3), _PART_ORDER.get(f.part, 9), f.paragraph or 0),
        )
        self.by_node = {}
        for f in self.findings:
            if f.node_id:
                self.by_node.setdefault(f.node_id, []).append(f)
        row = self.list.currentRow()
        self.list.clear()
        style = self.style()
        for f in self.findings:
            item = QListWidgetItem(style.standardIcon(_ICONS.get(f.severity, _ICONS["info"])), f.line())
            item.setToolTip(
                f"{severity_word(f.severity)} · {f.rule}"
                + (self.tr(" · one-click fix: {label}").format(label=f.fix.label) if f.fix else "")
            )
            self.list.addItem(item)
        if self.findings:
            self.list.setCurrentRow(max(0, min(row, len(self.findings) - 1)))
        self.summary_label.setText(
            self.summary() or self.tr("No findings: the draft follows the conventions checked.")
        )
        self._on_row(self.list.currentRow())
        self.updated.emit()

    def summary(self) -> str:
        errors = sum(1 for f in self.findings if f.severity == "error")
        warnings = sum(1 for f in self.findings if f.severity == "warning")
        if not self.findings:
            return ""
        errs = self.tr("1 error") if errors == 1 else self.tr("{n} errors").format(n=errors)
        warns = self.tr("1 warning") if warnings == 1 else self.tr("{n} warnings").format(n=warnings)
        return f"{errs}, {warns}"

    def messages(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    # -- acting --------------------------------------------------------------------------------
    def current(self) -> Finding | None:
        row = self.list.currentRow()
        return self.findings[row] if 0 <= row < len(self.findings) else None

    def _on_row(self, _row: int) -> None:
        f = self.current()
        self.fix.setEnabled(bool(f and f.fix) and self.current_generation)
        label = self.tr("&Fix: {label}").format(label=f.fix.label) if f and f.fix else self.fix.bare_text
        self.fix.set_full_text(label)
        self.go.setEnabled(bool(f and f.node_id and f.part in ("preamble", "operative")))

    def fix_current(self) -> None:
        f = self.current()
        if f is not None and self.current_generation and apply_fix(self.ctl, f):
            self.recheck()

    def go_to_current(self) -> None:
        f = self.current()
        if f is not None:
            self.jumpTo.emit(f.part, f.node_id)


def severity_word(severity: str) -> str:
    """The finding's severity as the tooltips name it, in the interface language: the model
    keeps the English code ("warning"), which ``check --json`` prints for programs."""
    words = {
        "error": translate("ChecksPanel", "error"),
        "warning": translate("ChecksPanel", "warning"),
        "info": translate("ChecksPanel", "info"),
    }
    return words.get(severity, severity)


_PART_ORDER = {"header": 0, "sponsors": 1, "preamble": 2, "operative": 3, "annex": 4, "footnotes": 5}


class CheckedDelegate(ParagraphDelegate):
    """The paragraph list's delegate with a severity bar in the margin of every paragraph
    that has findings, and their messages as its tooltip."""

    BAR = 4

    def __init__(self, panel: ChecksPanel, parent=None) -> None:
        super().__init__(parent)
        self.panel = panel
        panel.updated.connect(self._repaint)

    def _repaint(self) -> None:
        view = self.parent()
        if view is not None:
            view.viewport().update()

    def findings_for(self, index) -> list[Finding]:
        return self.panel.by_node.get(index.data(ID_ROLE) or "", [])

    def paint(self, painter, option, index) -> None:
        super().paint(painter, option, index)
        found = self.findings_for(index)
        if found:
            worst = min(found, key=lambda f: SEVERITY_ORDER.get(f.severity, 3)).severity
            rect = option.rect
            painter.save()
            painter.fillRect(
                QRect(rect.left(), rect.top() + 2, self.BAR, rect.height() - 4), SEVERITY_COLOURS[worst]
            )
            painter.restore()

    def helpEvent(self, event: QHelpEvent, view, option, index) -> bool:  # noqa: N802 (Qt API)
        found = self.findings_for(index)
        if found and event.type() == QHelpEvent.Type.ToolTip:
            line = translate("ChecksPanel", "{severity}: {message}")
            lines = "\n".join(
                line.format(severity=severity_word(f.severity), message=f.message) for f in found
            )
            QToolTip.showText(event.globalPos(), lines, view)
            return True
        return super().helpEvent(event, view, option, index)
