"""Typeset pages without an office suite: PDF export, and page images for preview and print.

Qt's QTextDocument cannot put footnotes at the foot of their page or give page 1 its own
masthead, so the official layout is set by typst, a typesetting engine that ships as a wheel
and runs offline. The input is the fixed template ``resources/typst/pages.typ`` fed with the
draft as data by :mod:`typst_source`, so the PDF, the live preview and print are the same
pages.

One compiler is kept for the process: loading the fonts is the slow part of a first compile,
and typst memoizes work between compiles of the same template, which is what keeps the live
preview fast. Only the bundled fonts are loaded (system fonts are ignored), so every machine
breaks lines and pages identically.

typst releases the GIL while it compiles (measured: a thread ticking every 5 ms kept ticking
through a 0.35 s compile), so the preview can render on a worker thread without blocking
typing; only the blocks walk and the JSON data (about 25 ms for 500 paragraphs) hold it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
import threading
from collections.abc import Callable
from functools import cache

import typst

from delegate_editor.errors import InputError
from delegate_editor.formats.blocks import Rendered, render
from delegate_editor.formats.font_metrics import FONT_FILES, font_dir
from delegate_editor.formats.layout import Layout
from delegate_editor.formats.typst_source import source_and_inputs
from delegate_editor.model.document import Draft

FORMATS = ("svg", "png")
DEFAULT_PPI = 144.0

# typst's compiler is not documented as safe to share between threads; the preview renders
# off the typing thread while an export may run on another.
_lock = threading.Lock()
lock = _lock  # for typeset_slices, which compiles with a compiler of its own


@cache
def compiler() -> typst.Compiler:
    """The process-wide compiler with the bundled Liberation Serif faces and no system fonts."""
    folder = font_dir()
    missing = [name for name in FONT_FILES if not (folder / name).is_file()]
    if missing:
        raise InputError(f"{folder}: the bundled fonts are missing ({', '.join(missing)})")
    return typst.Compiler(font_paths=[str(folder)], ignore_system_fonts=True)


def _compile(rendered: Rendered, fmt: str, ppi: float | None = None) -> bytes | list[bytes]:
    source, inputs = source_and_inputs(rendered)
    options: dict = {"format": fmt, "sys_inputs": inputs}
    if ppi is not None:
        options["ppi"] = ppi
    with _lock:
        engine = compiler()
        try:
            return engine.compile(input=source, **options)
        except typst.TypstError as exc:
            # A failure here is a defect in the template, not in the draft; still, the user
            # gets one line rather than a traceback.
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise InputError(f"cannot typeset the draft: {first}") from None
        finally:
            release(engine)


def release(engine: typst.Compiler) -> None:
    """After a compile: its layout memo aged out and the freed memory given back."""
    _release_memo(engine)
    _give_back_memory()


# typst memoizes layout in a process-wide cache and the binding evicts only entries unused
# for 10 compiles. With a whole draft's data changing at each keystroke little is reused,
# yet a 500-paragraph draft would keep about 1 GB alive and compile more slowly (measured:
# 0.65 s instead of 0.31 s). Ten trivial compiles age every draft entry out (30 ms).
_TRIVIAL = b"#set page(width: 1pt, height: 1pt)"
_MEMO_AGE = 11


def _release_memo(engine: typst.Compiler) -> None:
    for _ in range(_MEMO_AGE):
        engine.compile(input=_TRIVIAL, format="svg")


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc.malloc_trim  # glibc only; musl has no such function
    except (OSError, AttributeError):
        return None


def _give_back_memory() -> None:
    """Return the memory a compile freed to the system. glibc keeps freed heap pages for
    reuse: a process that had typeset the 500-paragraph benchmark draft stayed at 173 MB
    resident, 78 MB after trimming, which takes about 10 ms (ctypes releases the GIL). With
    the preview shown while typing, the app sits at 161-200 MB instead of 243-259 MB between
    renders. The peak during a compile stays what typst needs."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def write_pdf(draft: Draft, layout: Layout | None = None) -> bytes:
    """The draft as a PDF in the official layout (registry writer for ``.pdf``)."""
    result = _compile(render(draft, layout), "pdf")
    assert isinstance(result, bytes)
    return result


def render_pages(
    draft: Draft, layout: Layout | None = None, fmt: str = "svg", ppi: float = DEFAULT_PPI
) -> list[bytes]:
    """Every page as an SVG or PNG image, for the live preview and for printing.

    ``ppi`` applies to PNG only; SVG pages are sized in points and stay sharp at any scale."""
    if fmt not in FORMATS:
        raise ValueError(f"page images are {' or '.join(FORMATS)}, not {fmt!r}")
    result = _compile(render(draft, layout), fmt, ppi if fmt == "png" else None)
    return [result] if isinstance(result, bytes) else list(result)
