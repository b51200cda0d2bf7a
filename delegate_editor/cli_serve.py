"""``delegate-editor serve`` (a group server), ``delegate-editor invite`` (a one-time
invitation to one of its rooms) and ``delegate-editor revoke`` (a member shut out). Bad input on either is one line and exit status 2, like
every command; ``serve`` runs until it is stopped (Ctrl+C or SIGTERM), then exits 0 with
every room's state written to its store."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
import tempfile
from pathlib import Path

import anyio

from delegate_editor.conventions.messages import Said, msg, render
from delegate_editor.conventions.messages import help_text as _h
from delegate_editor.errors import InputError
from delegate_editor.storage import dres, paths
from delegate_editor.sync.log import log_of, shared_of
from delegate_editor.sync.rooms import Room, check_room_name
from delegate_editor.sync.shared import SharedDraft

# the install command named when the server's packages are missing: a command, not words
_INSTALL = "pip install 'delegate-editor[serve]'"


def default_data() -> Path:
    """Where ``serve`` and ``invite`` keep rooms unless told: the same place for both, in
    the app's own data folder (``storage/paths.py``, which ``DELEGATE_EDITOR_HOME`` moves)."""
    return paths.data_dir() / "rooms"


def add_serve_parsers(sub) -> None:
    s = sub.add_parser("serve", help=_h("cli.help.serve"))
    s.add_argument("--host", default="127.0.0.1", help=_h("cli.help.serve.host"))
    s.add_argument("--port", type=int, default=8765, help=_h("cli.help.serve.port"))
    s.add_argument("--data", help=_h("cli.help.serve.data"))
    s.add_argument("--cert", help=_h("cli.help.serve.cert"))
    s.add_argument("--key", help=_h("cli.help.serve.key"))

    i = sub.add_parser("invite", help=_h("cli.help.invite"))
    i.add_argument("input", help=_h("cli.help.invite.input"))
    i.add_argument("--room", required=True, help=_h("cli.help.invite.room"))
    i.add_argument("--data", help=_h("cli.help.server-data"))
    i.add_argument("--penholder", help=_h("cli.help.invite.penholder"))
    i.add_argument("--member", help=_h("cli.help.invite.member"))

    r = sub.add_parser("revoke", help=_h("cli.help.revoke"))
    r.add_argument("member", help=_h("cli.help.revoke.member"))
    r.add_argument("--room", required=True, help=_h("cli.help.revoke.room"))
    r.add_argument("--data", help=_h("cli.help.server-data"))


def data_folder(arg: str | None) -> Path:
    """The rooms' folder, made if missing and proved writable, or one line saying why not."""
    path = Path(arg) if arg else default_data()
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=path):
            pass
    except OSError as exc:
        raise InputError(Said("serve.data-folder", path=str(path), reason=str(exc.strerror or exc))) from None
    return path


class _OneLine(logging.Formatter):
    """Server log lines with an exception's name and message, never its traceback."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            message += f" ({type(exc).__name__}: {exc})"
        return f"delegate-editor serve: {message}"


def _need_server() -> None:
    """One line, not an ImportError, when the optional ``serve`` extra is not installed."""
    try:
        import pycrdt.store  # noqa: F401
        import pycrdt.websocket  # noqa: F401
        import websockets  # noqa: F401
    except ImportError as exc:
        raise InputError(Said("serve.needs", module=exc.name, command=_INSTALL)) from None


def cmd_serve(args: argparse.Namespace) -> int:
    _need_server()
    from delegate_editor.sync.server import GroupServer, tls_context

    if not 0 <= args.port <= 65535:
        raise InputError(Said("serve.port", port=args.port))
    if bool(args.cert) != bool(args.key):
        raise InputError(Said("serve.cert-key"))
    data = data_folder(args.data)
    tls = tls_context(args.cert, args.key) if args.cert else None
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine())
    log = logging.getLogger("delegate_editor")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    for name in ("pycrdt", "websockets"):
        logging.getLogger(name).addHandler(handler)
    server = GroupServer(data, args.host, args.port, tls)

    def ready(url: str) -> None:
        print(f"delegate-editor serve: {render(msg('serve.ready', url=url, data=str(data)))}", flush=True)

    async def run() -> None:
        stop = anyio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            try:
                loop.add_signal_handler(sig, stop.set)
            except (NotImplementedError, RuntimeError):  # Windows: Ctrl+C is KeyboardInterrupt
                pass
        await server.run(ready, stop)

    try:
        anyio.run(run)
    finally:
        log.removeHandler(handler)
    return 0


def _room_group(room: Room) -> str:
    from pycrdt.store import FileYStore

    from delegate_editor.sync.server import stored_updates

    shared = SharedDraft()
    for update in anyio.run(stored_updates, FileYStore(str(room.store))):
        shared.doc.apply_update(update)
    return shared.group


def cmd_invite(args: argparse.Namespace) -> int:
    """A new room is seeded with the draft's shared state, so the first member to join gets
    the draft; an existing room must hold the same group (its state is the server's, newer
    than any file, so the file is not merged into it)."""
    _need_server()
    from pycrdt.store import FileYStore

    room = Room(data_folder(args.data), check_room_name(args.room))
    draft = dres.load(args.input)
    if draft.sync is None and not args.penholder:
        raise InputError(Said("invite.not-shared", name=str(args.input)))
    shared = SharedDraft.start(draft, args.penholder) if draft.sync is None else shared_of(draft, args.input)
    group = _room_group(room) if room.exists() else ""
    if group and group != shared.group:  # refused before anything is written
        raise InputError(Said("invite.other-group", name=str(args.input), room=room.name))
    member = " ".join((args.member or "").split())  # one line in the room's members file
    if args.member is not None and not member:
        raise InputError(Said("usage.option", option="--member", error=Said("room.member-empty")))
    if member and room.exists() and member in room.members():
        taken = Said("room.member-taken", room=room.name, member=member)
        raise InputError(Said("usage.option", option="--member", error=taken))
    if draft.sync is None:
        draft.sync = log_of(shared)
        dres.save(draft, args.input)  # the file now carries its group and log
        shared_now = msg("invite.shared", name=str(args.input), penholder=args.penholder)
        print(render(shared_now), file=sys.stderr)
    if not room.exists():
        room.create()
    if not group:  # a new room (or one whose store was never written)
        anyio.run(FileYStore(str(room.store)).write, shared.update())
    invitation = room.invitation()
    if member:
        room.name_member(invitation, member)
    print(invitation)
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    """The member's id written to the room's ``revoked`` file: the server refuses the
    credential at the next connection and closes an open one within a second."""
    room = Room(data_folder(args.data), check_room_name(args.room))
    if not room.exists():
        raise InputError(Said("room.no-room-in", room=room.name, data=str(room.data)))
    token_id = room.revoke(args.member)
    by_token = args.member.startswith(("dei1.", "dem1."))
    who = msg("revoke.token-member", id=token_id) if by_token else args.member  # a token is not echoed
    print(render(msg("revoke.done", who=who, room=room.name)), file=sys.stderr)
    return 0


__all__ = ["add_serve_parsers", "cmd_invite", "cmd_revoke", "cmd_serve", "data_folder", "default_data"]
