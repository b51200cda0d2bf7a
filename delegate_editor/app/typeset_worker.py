"""The preview's typesetting in a process of its own, so that typing never waits for it.

Why a process and not only a thread: typst itself runs without the GIL, but the Python
around it (the draft rebuilt from its data, the typst input of 500 paragraphs, the slices'
bookkeeping) holds it for about 0.3 s of each render, in stretches the interpreter cuts
only every few milliseconds. The GUI thread needs the GIL again after each of the many
calls into Qt a keystroke makes, and waited for it at each one: with the preview shown, a
keystroke took 31-55 ms at p95 on the 500-paragraph draft, and 6.5 ms when no render ran
(bench/RESULTS.md). A process has its own interpreter, and it runs at a lower priority, so
the GUI thread also comes first for a CPU on a busy laptop.

One process serves every preview of the app (each window's renderer is an *owner* with its
own slices and pages), started at the first render and restarted after a crash. The
messages, over a ``multiprocessing`` pipe:

- the app sends ``(owner, fresh, data, layout, total_hint, compilation)``: the draft's plain
  data (``to_dict``), ``fresh`` when the app holds none of this owner's pages;
- the process answers ``("early", pages)`` for a first pass shown while the page count is
  found (``formats/typeset_slices.py``), then ``("done", pages)`` or ``("failed", message,
  is_input_error)``.

Pages travel as ``(digest, compressed SVG or None)``: ``None`` for a page the app already
holds, from the last pages message of that owner, which both sides remember alike. An
unchanged page thus crosses the pipe once and stays the very same bytes object in the app,
which is how the preview tells the pages that changed (``ui/preview.py``).
"""

from __future__ import annotations

import hashlib
import itertools
import multiprocessing
import os
import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from delegate_editor.errors import InputError

Packed = dict[bytes, bytes]  # SVG digest → the page as kept (compressed)
Wire = list[tuple[bytes, bytes | None]]  # the pages as sent: digest, compressed or None
_PACK_LEVEL = 1  # zlib level: 6x smaller than the SVG at a third of the cost of level 6
NICENESS = 5  # the process's lower priority: the GUI thread first, the pages soon after
SLICE_BLOCKS = 180  # the preview's slices: 6 for the benchmark's 1,030 blocks (see RESULTS.md)
KEEP_OWNERS = 4  # windows whose slices the process keeps (a session rarely has more)
_owners = itertools.count(1)


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


class TypesetError(Exception):
    """A render the process could not make; ``str()`` is the one line the preview shows."""


# -- in the process -----------------------------------------------------------------------
@dataclass
class _Owner:
    slices: Any = None  # formats.typeset_slices.Slices, made in the process
    packed: Packed = field(default_factory=dict)  # digest → compressed, for reuse
    sent: set[bytes] = field(default_factory=set)  # digests the app holds


def _wire(owner: _Owner, kept: list[tuple[bytes, bytes]]) -> Wire:
    out = [(digest, None if digest in owner.sent else page) for digest, page in kept]
    owner.sent = {digest for digest, _ in kept}
    return out


def _render(conn: Connection, owner: _Owner, request: tuple) -> None:
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


def serve(conn: Connection) -> None:
    """The process's loop: one request at a time until the app closes the pipe."""
    from delegate_editor.storage import crashlog

    try:
        os.nice(NICENESS)
    except (AttributeError, OSError):  # Windows has no nice: the normal priority then
        pass
    # ready before the first request: the process is started while the window opens, so the
    # first pages do not wait for these imports (typst among them)
    import delegate_editor.formats.compilation
    import delegate_editor.formats.typeset_slices
    import delegate_editor.model.serialize  # noqa: F401

    owners: OrderedDict[int, _Owner] = OrderedDict()
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):  # the app has gone
            return
        owner = owners.setdefault(request[0], _Owner())
        owners.move_to_end(request[0])
        while len(owners) > KEEP_OWNERS:
            owners.popitem(last=False)
        try:
            _render(conn, owner, request)
        except InputError as exc:
            owner.sent = set()  # an early pass may have been sent: the next sends every page
            conn.send(("failed", str(exc), True))
        except Exception as exc:  # a renderer defect: recorded, shown, the process goes on
            crashlog.record_caught(exc, "preview")
            owner.slices, owner.sent = None, set()
            conn.send(("failed", f"{type(exc).__name__}: {exc}", False))


# -- in the app ---------------------------------------------------------------------------
def new_owner() -> int:
    """A number naming one preview to the process for as long as the app runs."""
    return next(_owners)


class Typesetter:
    """The app's side: starts the process when first needed and makes one render at a time
    (the previews of several windows take turns)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: Any = None
        self._conn: Connection | None = None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def render(
        self,
        owner: int,
        held: Packed,
        request: tuple[dict, Any, int, bool],
        early: Callable[[list[bytes], Packed], None],
    ) -> tuple[list[bytes], Packed]:
        """The pages of one render as kept (compressed), and the digest index to hand in
        with the next. ``held`` is the index the last render of ``owner`` returned; pages
        unchanged since are its very bytes objects. Raises InputError for a draft that
        cannot be typeset and TypesetError for a defect or a process that died."""
        data, layout, total_hint, compilation = request
        with self._lock:
            conn = self._start()
            try:
                conn.send((owner, not held, data, layout, total_hint, compilation))
                while True:
                    answer = conn.recv()
                    if answer[0] == "failed":
                        raise (InputError if answer[2] else TypesetError)(answer[1])
                    pages, held = _unwire(answer[1], held)
                    if answer[0] == "done":
                        return pages, held
                    early(pages, held)
            except (EOFError, OSError, KeyError) as exc:  # died, or a page it thinks we hold
                self._stop()
                raise TypesetError(f"the typesetting process stopped ({type(exc).__name__})") from exc

    def warm(self) -> None:
        """Start the process now (the window is opening), unless a render is under way."""
        if self._lock.acquire(blocking=False):
            try:
                self._start()
            finally:
                self._lock.release()

    def _start(self) -> Connection:
        if self._process is not None and self._process.is_alive() and self._conn is not None:
            return self._conn
        self._stop()
        context = multiprocessing.get_context("spawn")  # fork is unsafe in a Qt process
        mine, theirs = context.Pipe()
        process = context.Process(target=serve, args=(theirs,), name="delegate-editor-typeset", daemon=True)
        process.start()
        theirs.close()
        self._process, self._conn = process, mine
        return mine

    def _stop(self) -> None:
        if self._conn is not None:
            self._conn.close()
        if self._process is not None and self._process.is_alive():
            self._process.kill()
            self._process.join(5)
        self._process = self._conn = None

    def close(self) -> None:
        """End the process (the app is closing)."""
        with self._lock:
            self._stop()


def _unwire(wire: Wire, held: Packed) -> tuple[list[bytes], Packed]:
    pages: list[bytes] = []
    index: Packed = {}
    for digest, page in wire:
        kept = page if page is not None else index.get(digest) or held[digest]
        index[digest] = kept
        pages.append(kept)
    return pages, index


TYPESETTER = Typesetter()  # the app's one typesetting process
