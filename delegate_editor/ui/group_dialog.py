"""File ▸ Join Group…: the server, the room, the invitation (or a credential) and a name.

The dialog is opened window-modal with ``open()`` (not ``exec()``), so the window's event
loop keeps running while it is shown: the group already joined stays in sync, and a test
types into the fields as a delegate does.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from delegate_editor.storage.groups import Membership
from delegate_editor.sync.rooms import CREDENTIAL, INVITATION, ROOM_NAME


class JoinDialog(QDialog):
    """The four fields, checked before OK is allowed to close the dialog."""

    def __init__(self, parent: QWidget, known: Membership | None, name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join a co-drafting group"))
        self.setObjectName("joinGroupDialog")
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "The penholder (or whoever runs the group's server) gives you the server's "
                "address, the room and a one-time invitation."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.server = QLineEdit(known.server if known else "")
        self.server.setPlaceholderText(self.tr("wss://example.org:8765"))
        self.room = QLineEdit(known.room if known else "")
        self.token = QLineEdit(known.credential if known else "")
        self.token.setPlaceholderText(self.tr("dei1.…"))
        self.member = QLineEdit(known.member if known else name)
        for widget, label, accessible in (
            (self.server, self.tr("&Server address:"), self.tr("Server address")),
            (self.room, self.tr("&Room:"), self.tr("Room")),
            (self.token, self.tr("&Invitation or credential:"), self.tr("Invitation or credential")),
            (self.member, self.tr("Your &name:"), self.tr("Your name")),
        ):
            widget.setAccessibleName(accessible)
            form.addRow(label, widget)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("What is missing"))
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Join"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def membership(self) -> Membership:
        return Membership(
            self.server.text().strip(),
            self.room.text().strip(),
            self.member.text().strip(),
            self.token.text().strip(),
        )

    def what_is_wrong(self) -> str:
        """The first field that cannot be used, said in a sentence ("" when all can)."""
        m = self.membership()
        if not m.server.startswith(("ws://", "wss://")):
            return self.tr("The server address starts with wss:// (or ws:// on a trusted network).")
        if not ROOM_NAME.fullmatch(m.room):
            return self.tr("The room is a name of letters, digits, '_' or '-'.")
        if not m.credential.startswith((INVITATION + ".", CREDENTIAL + ".")):
            return self.tr("Paste the invitation you were given (it starts with dei1.).")
        if not m.member:
            return self.tr("Give the name the others will see, such as your delegation.")
        return ""

    def _check(self) -> None:
        problem = self.what_is_wrong()
        self.problem.setText(problem)
        if not problem:
            self.accept()
