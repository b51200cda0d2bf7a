"""The co-sponsor manager: Member States by their official names, in UN order.

Delegates type what they say ("Russia", "UK", "Turkey"); the list finds the official short
name ("Russian Federation", "United Kingdom of Great Britain and Northern Ireland",
"Türkiye") from ``conventions/states.py``, and the sponsors stay in UN English alphabetical
order whatever order they were added in. A list pasted from an email is split and each
name recognised or flagged, with suggestions, before anything is added. Sponsors who joined
after the first issue are kept apart (``Sponsors.later``), as UN revisions list them. Every
change is one undoable command through the controller.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from delegate_editor.conventions import states, wording
from delegate_editor.conventions.data import fold
from delegate_editor.ui.controller import Controller
from delegate_editor.ui.sponsors_widgets import BehalfBy, Search, SponsorList, split_behalf

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class SponsorsPanel(QWidget):
    """The Sponsors page."""

    def __init__(self, ctl: Controller, delegation: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = ctl
        self.delegation = delegation
        self.all_states = states.all_states()

        # -- left: find a State -------------------------------------------------------------
        self.name = Search(self)
        self.name.setAccessibleName(self.tr("Find a Member State"))
        self.name.setPlaceholderText(self.tr("Type a name: Russia, UK, USA, Türkiye …"))
        self.name.setClearButtonEnabled(True)
        self.states_list = QListWidget()
        self.states_list.setAccessibleName(self.tr("Member States, observer States and the European Union"))
        observer, organization = self.tr(" (observer State)"), self.tr(" (organization)")
        notes = {states.OBSERVER: observer, states.ORGANIZATION: organization}
        for s in self.all_states:
            item = QListWidgetItem(s.name + notes.get(s.kind, ""))
            item.setData(NAME_ROLE, s.name)
            if s.aliases:
                item.setToolTip(self.tr("Also known as: ") + ", ".join(s.aliases))
            self.states_list.addItem(item)
        self.add = QPushButton(self.tr("&Add as sponsor"))
        self.add_later = QPushButton(self.tr("Add as joined &later"))
        self.mine = QPushButton(self.tr("Add &my delegation"))
        self.mine.setEnabled(bool(delegation))
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.name)
        row = QHBoxLayout()
        row.addWidget(find_label)
        row.addWidget(self.name, 1)
        ll.addLayout(row)
        ll.addWidget(self.states_list, 1)
        buttons = QHBoxLayout()
        for b in (self.add, self.add_later, self.mine):
            buttons.addWidget(b)
        ll.addLayout(buttons)

        # -- right: the sponsors ---------------------------------------------------------------
        self.list = SponsorList(self.remove_from)
        self.list.setAccessibleName(self.tr("Sponsors, in UN alphabetical order"))
        self.later_list = SponsorList(self.remove_from)
        self.later_list.setAccessibleName(self.tr("Sponsors who joined later"))
        self._last_list: QListWidget = self.list
        self.list.itemPressed.connect(lambda _i: setattr(self, "_last_list", self.list))
        self.later_list.itemPressed.connect(lambda _i: setattr(self, "_last_list", self.later_list))
        self.remove = QPushButton(self.tr("&Remove"))
        self.to_later = QPushButton(self.tr("Joined later →"))
        self.behalf = QComboBox()
        self.behalf.setEditable(True)
        self.behalf.setAccessibleName(self.tr("On behalf of (group)"))
        # the longest group name set the page's, and so the window's, minimum width
        self.behalf.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.behalf.setMinimumContentsLength(18)
        self.behalf.addItem("")
        for g in states.groups():
            self.behalf.addItem(g.name)
        self.behalf_by = BehalfBy()
        self.submitted = QLineEdit()
        self.submitted.setAccessibleName(self.tr("Submitted by (officer drafts)"))
        self.line = QLabel()
        self.line.setWordWrap(True)
        self.line.setAccessibleName(self.tr("Sponsors line as printed"))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(QLabel(self.tr("Sponsors (kept in UN alphabetical order):")))
        rl.addWidget(self.list, 2)
        rl.addWidget(QLabel(self.tr("Joined after the first issue:")))
        rl.addWidget(self.later_list, 1)
        rb = QHBoxLayout()
        rb.addWidget(self.remove)
        rb.addWidget(self.to_later)
        rb.addStretch(1)
        rl.addLayout(rb)
        form = QFormLayout()
        form.addRow(self.tr("On &behalf of:"), self.behalf)
        form.addRow(self.tr("Group's &mark after:"), self.behalf_by)
        form.addRow(self.tr("Su&bmitted by:"), self.submitted)
        form.addRow(self.tr("Printed as:"), self.line)
        rl.addLayout(form)

        # -- below: paste a list -----------------------------------------------------------------
        self.paste_box = QPlainTextEdit()
        self.paste_box.setAccessibleName(self.tr("Paste a list of sponsors"))
        self.paste_box.setTabChangesFocus(True)  # a list of names has no tabs: Tab moves on (issue 22)
        example = "Brazil, China, India, Russian Federation and South Africa"  # as an email has it
        self.paste_box.setPlaceholderText(self.tr("Paste a list from an email, e.g. “{0}”").format(example))
        self.paste_box.setMaximumHeight(70)
        self.paste_results = QListWidget()
        self.paste_results.setAccessibleName(self.tr("Names recognised in the pasted list"))
        self.paste_add = QPushButton(self.tr("Add the &recognised names"))
        self.paste_add.setEnabled(False)
        paste = QGroupBox(self.tr("Paste a list"))
        pl = QVBoxLayout(paste)
        pl.addWidget(self.paste_box)
        pl.addWidget(self.paste_results, 1)
        pl.addWidget(self.paste_add)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(left)
        top.addWidget(right)
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(top)
        outer.addWidget(paste)
        outer.setStretchFactor(0, 3)
        outer.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(outer)

        self.name.textChanged.connect(self.filter)
        self.name.returnPressed.connect(self.add_typed)
        self.states_list.itemActivated.connect(lambda item: self.add_names([item.data(NAME_ROLE)]))
        self.add.clicked.connect(lambda: self.add_typed())
        self.add_later.clicked.connect(lambda: self.add_typed(later=True))
        self.mine.clicked.connect(lambda: self.add_names([self.delegation]))
        self.remove.clicked.connect(lambda: self.remove_from(self._focused_list()))
        self.to_later.clicked.connect(self.move_to_later)
        self.behalf.lineEdit().textEdited.connect(self._behalf_edited)
        self.behalf.activated.connect(lambda _i: self._behalf_edited(self.behalf.currentText()))
        self.behalf_by.chosen.connect(
            lambda name: ctl.edit_field("sponsors.on_behalf_by", name, "group's mark", typing=False)
        )
        self.submitted.textEdited.connect(
            lambda text: ctl.edit_field("sponsors.submitted_by", text, "submitted by")
        )
        self.paste_box.textChanged.connect(self.recognise)
        self.paste_add.clicked.connect(self.add_pasted)
        ctl.fieldChanged.connect(self._on_field)
        ctl.draftReplaced.connect(self.show_sponsors)
        self.show_sponsors()

    # -- finding ------------------------------------------------------------------------------
    def filter(self, text: str) -> None:
        """Show the States whose name or alias contains what is typed; an alias or close
        spelling brings its official name first."""
        key = fold(text.strip())
        best = states.resolve(text) if key else None
        first = chosen = None
        for i in range(self.states_list.count()):
            item = self.states_list.item(i)
            official = item.data(NAME_ROLE)
            hit = not key or key in fold(item.text() + " " + item.toolTip()) or official == best
            item.setHidden(not hit)
            if hit and first is None:
                first = item
            if official == best:
                chosen = item
        if chosen or first:
            self.states_list.setCurrentItem(chosen or first)

    def match(self) -> str | None:
        """The official name the search box designates: its alias or name, else the list's
        current (first visible) entry."""
        typed = self.name.text().strip()
        if typed:
            found = states.resolve(typed)
            if found:
                return found
        item = self.states_list.currentItem()
        if item is not None and not item.isHidden() and typed:
            return item.data(NAME_ROLE)
        return None

    def visible_states(self) -> list[str]:
        return [
            self.states_list.item(i).data(NAME_ROLE)
            for i in range(self.states_list.count())
            if not self.states_list.item(i).isHidden()
        ]

    # -- editing -------------------------------------------------------------------------------
    def names(self) -> list[str]:
        return list(self.ctl.draft.sponsors.names)

    def later(self) -> list[str]:
        return list(self.ctl.draft.sponsors.later)

    def add_typed(self, later: bool = False) -> None:
        typed = self.name.text().strip()
        official = self.match()
        if official is None:
            if typed:
                hint = states.suggest(typed)
                self.line.setText(
                    self.tr("“{typed}” is not a Member State name").format(typed=typed)
                    + (self.tr(". Did you mean {0}?").format(" or ".join(hint)) if hint else ".")
                )
            return
        self.add_names([official], later)
        self.name.clear()

    def add_names(self, names: list[str], later: bool = False) -> None:
        """Add sponsors (one undo step), kept in UN order; names already there are skipped."""
        names = [states.resolve(n) or n for n in names if n and n.strip()]
        current, joined = self.names(), self.later()
        new = [n for n in dict.fromkeys(names) if n not in current and n not in joined]
        if not new:
            return
        if later:
            self.ctl.edit_field("sponsors.later", states.sort_names(joined + new), "sponsors", typing=False)
        else:
            self.ctl.edit_field("sponsors.names", states.sort_names(current + new), "sponsors", typing=False)
        self._select(self.later_list if later else self.list, new[-1])

    def _focused_list(self) -> QListWidget:
        """The sponsors list the user last clicked in (Remove acts on it)."""
        return self._last_list

    def remove_from(self, widget: QListWidget) -> None:
        row = widget.currentRow()
        path = "sponsors.later" if widget is self.later_list else "sponsors.names"
        values = self.later() if widget is self.later_list else self.names()
        if 0 <= row < len(values):
            del values[row]
            self.ctl.edit_field(path, values, "sponsors", typing=False)
            widget.setCurrentRow(min(row, len(values) - 1))

    def move_to_later(self) -> None:
        """The selected sponsor joined after the first issue: list it apart (one step)."""
        row = self.list.currentRow()
        names = self.names()
        if not 0 <= row < len(names):
            return
        name = names.pop(row)
        self.ctl.stack.beginMacro(self.tr("{name} joined later").format(name=name))
        self.ctl.edit_field("sponsors.names", names, "sponsors", typing=False)
        self.ctl.edit_field(
            "sponsors.later", states.sort_names([*self.later(), name]), "sponsors", typing=False
        )
        self.ctl.stack.endMacro()

    def _behalf_edited(self, text: str) -> None:
        self.ctl.edit_field("sponsors.on_behalf_of", text.strip(), "on behalf of")

    # -- pasting -------------------------------------------------------------------------------
    def recognise(self) -> list[tuple[str, str | None]]:
        """Split the pasted text and show each name: recognised, renamed or unknown."""
        names, group_text = split_behalf(self.paste_box.toPlainText())
        found = states.parse_list(names)
        group = states.find_group(group_text) if group_text else None
        self.paste_results.clear()
        for typed, official in found:
            if official is None:
                hint = states.suggest(typed)
                text = self.tr("✗ {typed}: not a Member State name").format(typed=typed) + (
                    self.tr(" (did you mean {0}?)").format(" or ".join(hint)) if hint else ""
                )
            elif official == typed:
                text = f"✓ {official}"
            else:
                text = f"✓ {typed} → {official}"
            item = QListWidgetItem(text)
            item.setData(NAME_ROLE, official or "")
            if official is None:
                item.setForeground(Qt.GlobalColor.red)
            self.paste_results.addItem(item)
        if group_text:
            item = QListWidgetItem(
                self.tr("✓ On behalf of {group}").format(group=group.name)
                if group
                else self.tr("✗ On behalf of {group}: not a group the app knows").format(group=group_text)
            )
            if group is None:
                item.setForeground(Qt.GlobalColor.red)
            self.paste_results.addItem(item)
        self.pasted = found
        self.pasted_group = group.name if group else ""
        self.paste_add.setEnabled(any(o for _, o in found) or bool(self.pasted_group))
        return found

    def add_pasted(self) -> None:
        """The recognised names and the group they speak for, as one step to undo."""
        group = getattr(self, "pasted_group", "")
        self.ctl.stack.beginMacro(self.tr("Add pasted sponsors"))
        try:
            self.add_names([o for _, o in getattr(self, "pasted", []) if o])
            if group:
                self.ctl.edit_field("sponsors.on_behalf_of", group, "on behalf of", typing=False)
        finally:
            self.ctl.stack.endMacro()

    # -- showing -------------------------------------------------------------------------------
    def _on_field(self, path: str) -> None:
        if path.startswith("sponsors") or path in ("kind", "text_kind"):
            self.show_sponsors()

    def _select(self, widget: QListWidget, name: str) -> None:
        for i in range(widget.count()):
            if widget.item(i).text() == name:
                widget.setCurrentRow(i)
                return

    def show_sponsors(self) -> None:
        for widget, values in ((self.list, self.names()), (self.later_list, self.later())):
            if [widget.item(i).text() for i in range(widget.count())] != values:
                row = widget.currentRow()
                widget.clear()
                widget.addItems(values)
                if values and row >= 0:
                    widget.setCurrentRow(min(row, len(values) - 1))
            for i, name in enumerate(values):
                item = widget.item(i)
                if states.resolve(name) != name:
                    hint = states.suggest(name)
                    item.setForeground(Qt.GlobalColor.red)
                    item.setToolTip(
                        self.tr("Not an official name") + (f": {', '.join(hint)}?" if hint else "")
                    )
        sponsors = self.ctl.draft.sponsors
        if self.behalf.currentText() != sponsors.on_behalf_of:
            self.behalf.setEditText(sponsors.on_behalf_of)
        self.behalf_by.fill(self.names(), sponsors.on_behalf_by)
        self.behalf_by.setEnabled(bool(sponsors.on_behalf_of.strip()))
        if self.submitted.text() != sponsors.submitted_by:
            self.submitted.setText(sponsors.submitted_by)
        line = wording.sponsors_line(self.ctl.draft) or "—"
        if sponsors.later:
            line += "\n" + self.tr("Joined later: {names}").format(names=", ".join(sponsors.later))
        self.line.setText(line)
