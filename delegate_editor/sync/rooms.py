"""A group server's rooms on disk: each room's secret, its invitations and member credentials.

The secret decides who may join. It lives only in the server's data folder
(``DATA/ROOM/secret``, readable by its owner alone), so whoever can read that folder can
invite; nobody else can (``docs/co-drafting.md``, "Trust boundary").

Two kinds of token, both an HMAC-SHA256 of the room and an id under the room's secret:

- an **invitation** (``dei1.ROOM.ID.MAC``) is what the penholder gives out. It is used
  once: the server exchanges it for a member credential and writes its id to
  ``DATA/ROOM/redeemed`` before answering, so the same invitation presented again (an
  e-mail read by someone else, a second person the member forwarded it to) is refused;
- a **member credential** (``dem1.ROOM.ID.MAC``) is what the member's app keeps and presents
  on every connection. It is bound to its room: it opens no other room, and an invitation
  is never accepted where a credential is expected, nor the other way round.

The credential shares its id with the invitation it came from, so one id names a member
from invitation to credential: ``invite --member NAME`` writes ``ID NAME`` to
``DATA/ROOM/members``, and ``revoke`` writes the id to ``DATA/ROOM/revoked``. A revoked id
opens nothing from then on (the invitation is not exchanged, the credential not let in), and
a running server closes a revoked member's open connection when it sees the file change.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from delegate_editor.conventions.messages import Said
from delegate_editor.sync.shared import SyncError

ROOM_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
INVITATION, CREDENTIAL = "dei1", "dem1"
STORE_NAME = "updates.ystore"  # pycrdt-store's FileYStore: one file of Yjs updates per room


class TokenError(SyncError):
    """A token that does not open the room it names; ``str()`` says why, in one line."""


def check_room_name(room: str) -> str:
    """Room names become folder names and URL paths: letters, digits, ``_`` and ``-`` only,
    so no name can climb out of the data folder or need escaping."""
    if not ROOM_NAME.fullmatch(room or ""):
        raise SyncError(Said("room.name", room=room))
    return room


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _mac(secret: bytes, kind: str, room: str, token_id: str) -> str:
    return _b64(hmac.new(secret, f"{kind}|{room}|{token_id}".encode(), hashlib.sha256).digest())


@dataclass(frozen=True)
class Room:
    """One room's folder in the server's data folder."""

    data: Path
    name: str

    @property
    def folder(self) -> Path:
        return self.data / check_room_name(self.name)

    @property
    def store(self) -> Path:
        return self.folder / STORE_NAME

    def exists(self) -> bool:
        return (self.folder / "secret").is_file()

    def secret(self) -> bytes:
        try:
            return (self.folder / "secret").read_bytes()
        except FileNotFoundError:
            raise TokenError(Said("room.no-room", room=self.name)) from None

    def create(self) -> None:
        """A new room with a new secret, readable by the server's user alone."""
        self.folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.folder / "secret", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(secrets.token_bytes(32))

    def token(self, kind: str, token_id: str = "") -> str:
        token_id = token_id or _b64(secrets.token_bytes(12))
        return f"{kind}.{self.name}.{token_id}.{_mac(self.secret(), kind, self.name, token_id)}"

    def invitation(self) -> str:
        return self.token(INVITATION)

    def _check(self, token: str, kind: str) -> str:
        """The token's id when it is a ``kind`` token of this room made with its secret."""
        parts = (token or "").split(".")
        if len(parts) != 4 or parts[0] not in (INVITATION, CREDENTIAL):
            raise TokenError(Said("token.not-a-token"))
        if parts[0] != kind:
            raise TokenError(Said("token.not-invitation" if kind == INVITATION else "token.not-credential"))
        if parts[1] != self.name:
            raise TokenError(Said("token.other-room", found=parts[1], room=self.name))
        if not hmac.compare_digest(parts[3], _mac(self.secret(), kind, self.name, parts[2])):
            raise TokenError(Said("token.wrong-secret", room=self.name))
        return parts[2]

    def check_credential(self, token: str) -> str:
        token_id = self._check(token, CREDENTIAL)
        if token_id in self.revoked():
            raise TokenError(Said("token.credential-revoked"))
        return token_id

    def _append(self, name: str, line: str) -> None:
        """One line added to a file of the room, on disk before this returns."""
        with (self.folder / name).open("a", encoding="utf-8") as out:
            out.write(line + "\n")
            out.flush()
            os.fsync(out.fileno())

    def revoked(self) -> set[str]:
        try:
            return set((self.folder / "revoked").read_text("ascii").split())
        except FileNotFoundError:
            return set()

    def members(self) -> dict[str, str]:
        """The names given at ``invite --member``, to their token ids."""
        try:
            lines = (self.folder / "members").read_text("utf-8").splitlines()
        except FileNotFoundError:
            return {}
        return {name: token_id for token_id, _, name in (line.partition(" ") for line in lines) if name}

    def name_member(self, invitation: str, name: str) -> None:
        """Note who ``invitation`` is for, so the penholder can revoke it by that name."""
        name = " ".join(name.split())
        if not name:
            raise SyncError(Said("room.member-empty"))
        if name in self.members():
            raise SyncError(Said("room.member-taken", room=self.name, member=name))
        self._append("members", f"{self._check(invitation, INVITATION)} {name}")

    def revoke(self, member: str) -> str:
        """Revoke ``member`` (a name given at invite, an invitation or a credential): its id
        is written to ``revoked``. The id revoked, or ``TokenError`` naming what is wrong."""
        member = member.strip()
        token_id = self.members().get(" ".join(member.split()))
        if token_id is None:
            if member.startswith(CREDENTIAL + "."):
                token_id = self._check(member, CREDENTIAL)
            elif member.startswith(INVITATION + "."):
                token_id = self._check(member, INVITATION)
            else:
                raise TokenError(Said("room.no-member", room=self.name, member=member))
        if token_id in self.revoked():
            raise TokenError(Said("room.already-revoked", member=member))
        self._append("revoked", token_id)
        return token_id

    def redeem(self, invitation: str) -> str:
        """A member credential for a valid invitation used for the first time. The id is
        written (and flushed to disk) before the credential is returned, so a server
        stopped at any moment never lets the same invitation in twice."""
        token_id = self._check(invitation, INVITATION)
        if token_id in self.revoked():
            raise TokenError(Said("token.invitation-revoked"))
        used = self.folder / "redeemed"
        if used.exists() and token_id in used.read_text("ascii").split():
            raise TokenError(Said("token.invitation-used"))
        self._append("redeemed", token_id)
        return self.token(CREDENTIAL, token_id)


__all__ = ["CREDENTIAL", "INVITATION", "STORE_NAME", "Room", "TokenError", "check_room_name"]
