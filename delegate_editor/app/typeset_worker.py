"""The preview's typesetting (and the checks' runs) in a process of its own, so that typing
never waits for them.

Why a process and not only a thread: typst itself runs without the GIL, but the Python
around it (the draft rebuilt from its data, the typst input of 500 paragraphs, the slices'
bookkeeping) holds it for about 0.3 s of each render, in stretches the interpreter cuts
only every few milliseconds. The GUI thread needs the GIL again after each of the many
calls into Qt a keystroke makes, and waited for it at each one: with the preview shown, a
keystroke took 60 ms at p95 on the 500-paragraph draft, and 6.5 ms when no render ran
(bench/RESULTS.md). A process has its own interpreter, and it runs at a lower priority, so
the GUI thread also comes first for a CPU on a busy laptop.

This module is the process's side (``python -m delegate_editor.app.typeset_worker``, or the
frozen app started with ``--typeset-worker``); ``app/typesetter.py`` is the app's. One
process serves every preview of the app (each window's renderer is an *owner* with its own
slices and pages). Messages are pickled, each after its length, on the process's standard
input and output (the app and the process are one program: neither reads anything else):

- the app sends ``("render", owner, fresh, data, layout, total_hint, compilation)``: the
  draft's plain data (``to_dict``), ``fresh`` when the app holds none of this owner's pages;
- the process answers ``("early", pages)`` for a first pass shown while the page count is
  found (``formats/typeset_slices.py``), then ``("done", pages)`` or ``("failed", message,
  is_input_error)``;
- the checks' run after a pause in typing is asked the same way: ``("check", data)``,
  answered ``("checked", findings)`` or ``("failed", message, False)``.

Pages travel as ``(digest, compressed SVG or None)``: ``None`` for a page the app already
holds, from the last pages message of that owner, which both sides remember alike. An
unchanged page thus crosses once and stays the very same bytes object in the app, which is
how the preview tells the pages that changed (``ui/preview.py``).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import struct
import sys
import zlib
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Protocol

from delegate_editor.conventions.messages import Said
from delegate_editor.errors import InputError

Packed = dict[bytes, bytes]  # SVG digest → the page as kept (compressed)
Wire = list[tuple[bytes, bytes | None]]  # the pages as sent: digest, compressed or None
_PACK_LEVEL = 1  # zlib level: 6x smaller than the SVG at a third of the cost of level 6
NICENESS = 5  # the process's lower priority: the GUI thread first, the pages soon after
SLICE_BLOCKS = 180  # the preview's slices: 6 for the benchmark's 1,030 blocks (see RESULTS.md)
KEEP_OWNERS = 4  # windows whose slices the process keeps (a session rarely has more)
WORKER_FLAG = "--typeset-worker"  # how the frozen app is asked to be this process
_LENGTH = struct.Struct("!Q")


def pack_pages(pages: list[bytes], previous: Packed) -> tuple[list[bytes], Packed]:
    """The pages as kept by the preview, and the digest index for the next render: a page
    seen in the previous render (by digest) is the same bytes object as before."""
    index: Packed = {}
    return [page for _, page in _packed(pages, previous, index)], index


def _packed(pages: list[bytes], previous: Packed, index: Packed) -> list[tuple[bytes, bytes]]:
    """Each page's digest and compressed form (that of ``previous`` when it was there),
    recorded in ``index`` as it goes."""
    out = []
    for svg in pages:
        digest = hashlib.sha1(svg, usedforsecurity=False).digest()
        kept = index.get(digest) or previous.get(digest)
        if kept is None:
            kept = zlib.compress(svg, _PACK_LEVEL)
        index[digest] = kept
        out.append((digest, kept))
    return out


def unpack(page: bytes) -> bytes:
    """The SVG of a page as kept (compressed), or of a plain SVG page."""
    return page if page.lstrip()[:1] == b"<" else zlib.decompress(page)


class Channel(Protocol):
    def send(self, message: Any) -> None: ...


class Pipe:
    """Messages over two byte streams: each pickled, after its length. ``recv`` raises
    EOFError when the other side has gone."""

    def __init__(self, read: BinaryIO, write: BinaryIO) -> None:
        self.read, self.write = read, write

    def send(self, message: Any) -> None:
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        self.write.write(_LENGTH.pack(len(data)))
        self.write.write(data)
        self.write.flush()

    def recv(self) -> Any:
        (size,) = _LENGTH.unpack(self._exactly(_LENGTH.size))
        return pickle.loads(self._exactly(size))  # noqa: S301 (our own process's bytes)

    def _exactly(self, size: int) -> bytes:
        data = self.read.read(size)
        if data is None or len(data) < size:
            raise EOFError("the other side closed the pipe")
        return data


# -- the work -----------------------------------------------------------------------------
@dataclass
class Owner:
    slices: Any = None  # formats.typeset_slices.Slices, made in the process
    packed: Packed = field(default_factory=dict)  # digest → compressed, for reuse
    sent: set[bytes] = field(default_factory=set)  # digests the app holds


def _wire(owner: Owner, kept: list[tuple[bytes, bytes]]) -> Wire:
    out = [(digest, None if digest in owner.sent else page) for digest, page in kept]
    owner.sent = {digest for digest, _ in kept}
    return out


def _render(conn: Channel, owner: Owner, request: tuple) -> None:
    from delegate_editor.formats.compilation import compilation_pages
    from delegate_editor.formats.typeset_slices import Slices, render_pages_sliced
    from delegate_editor.model.serialize import from_dict

    _, fresh, data, layout, total_hint, compilation = request
    if fresh or owner.slices is None:
        owner.slices, owner.sent = Slices(), set()
    previous, index = owner.packed, {}

    def keep(svgs: list[bytes]) -> list[tuple[bytes, bytes]]:
        return _packed(svgs, previous, index)

    draft = from_dict(data)
    if compilation and draft.negotiation is not None:
        kept = keep(compilation_pages(draft, layout))
        owner.slices = Slices()  # the draft's own slices are no longer shown
    else:
        kept = render_pages_sliced(
            draft,
            layout,
            total_hint=total_hint,
            slice_blocks=SLICE_BLOCKS,
            keep=keep,
            memory=owner.slices,
            early=lambda pages: conn.send(("early", _wire(owner, pages))),
        )
    owner.packed = index
    conn.send(("done", _wire(owner, kept)))


def _check(conn: Channel, data: dict) -> None:
    """The checks' findings for the draft (``conventions/checks.py``), made here for the
    same reason as the pages: their Python would hold the window's GIL for a tenth of a
    second, just when a delegate resumes typing after a pause."""
    from delegate_editor.conventions.checks import check
    from delegate_editor.model.serialize import from_dict
    from delegate_editor.storage import crashlog

    try:
        findings = check(from_dict(data))
    except Exception as exc:  # a rule's defect: recorded, shown, the process goes on
        crashlog.record_caught(exc, "checker")
        conn.send(("failed", f"{type(exc).__name__}: {exc}", False))
        return
    conn.send(("checked", findings))


def serve_one(owners: OrderedDict[int, Owner], conn: Channel, message: tuple) -> None:
    """One request, answered on ``conn``: pages or findings, or one line saying why there
    are none."""
    from delegate_editor.storage import crashlog

    if message[0] == "check":
        _check(conn, message[1])
        return
    request = message[1:]
    owner = owners.setdefault(request[0], Owner())
    owners.move_to_end(request[0])
    while len(owners) > KEEP_OWNERS:
        owners.popitem(last=False)
    try:
        _render(conn, owner, request)
    except InputError as exc:
        owner.sent = set()  # an early pass may have been sent: the next sends every page
        conn.send(("failed", _refusal(exc), True))
    except Exception as exc:  # a renderer defect: recorded, shown, the process goes on
        crashlog.record_caught(exc, "preview")
        owner.slices, owner.sent = None, set()
        conn.send(("failed", f"{type(exc).__name__}: {exc}", False))


def _refusal(exc: InputError) -> str:
    """The refusal to send the app: a :class:`Said` keeps its code and parameters through
    the pipe (``str()`` would keep only its English words), so the app words it in its own
    interface language, which this process does not know."""
    said = exc.args[0] if len(exc.args) == 1 else None
    return said if isinstance(said, Said) else str(exc)


def main() -> None:
    """The process's loop: one request at a time until the app closes the pipe."""
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")  # the answers' own stream
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # a stray print cannot corrupt them
    sys.stdout = sys.stderr
    try:
        os.nice(NICENESS)
    except (AttributeError, OSError):  # Windows has no nice: the normal priority then
        pass
    # ready before the first request: the process is started while the window opens, so the
    # first pages do not wait for these imports (typst among them)
    import delegate_editor.conventions.checks
    import delegate_editor.formats.compilation
    import delegate_editor.formats.typeset_slices
    import delegate_editor.model.serialize  # noqa: F401

    pipe = Pipe(sys.stdin.buffer, out)
    owners: OrderedDict[int, Owner] = OrderedDict()
    while True:
        try:
            request = pipe.recv()
        except (EOFError, OSError):  # the app has gone
            return
        serve_one(owners, pipe, request)


if __name__ == "__main__":
    main()
