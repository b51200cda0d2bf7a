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

import atexit
import ctypes
import ctypes.util
import hashlib
import json
import shutil
import sys
import threading
from collections.abc import Callable
from functools import cache
from pathlib import Path

import typst

from delegate_editor.conventions.messages import Said
from delegate_editor.errors import InputError
from delegate_editor.formats.blocks import Rendered, render
from delegate_editor.formats.font_metrics import FONT_FILES, font_dir
from delegate_editor.formats.layout import Layout
from delegate_editor.formats.note_pages import settle
from delegate_editor.formats.note_places import Geometry, Measured, Run, cites_note, places_of
from delegate_editor.formats.typst_source import TEMPLATE, inputs, page_data
from delegate_editor.model.document import Draft
from delegate_editor.storage.atomic import SaveError, atomic_write
from delegate_editor.storage.paths import cache_dir
from delegate_editor.storage.scratch import scratch_folder

FORMATS = ("svg", "png")
DEFAULT_PPI = 144.0

# typst's compiler is not documented as safe to share between threads; the preview renders
# off the typing thread while an export may run on another. The slices (typeset_slices.py)
# and the notes' settling hold it over all their compiles.
lock = threading.Lock()


def check_fonts() -> None:
    """One clear line when the bundled Liberation Serif faces are missing, before typst
    would quietly fall back on no font at all (system fonts are ignored)."""
    folder = font_dir()
    missing = [name for name in FONT_FILES if not (folder / name).is_file()]
    if missing:
        raise InputError(Said("typeset.no-fonts", name=str(folder), fonts=", ".join(missing)))


def engine() -> tuple[typst.Compiler, str]:
    """The process-wide compiler, with the bundled faces and no system fonts, and the main
    file it compiles: the template on disk, since typst answers a query about the document
    of the last compile only when its main file is a file (not bytes). Where notes were
    printed is read so (formats/note_pages.py)."""
    check_fonts()
    return _engine()


@cache
def _engine() -> tuple[typst.Compiler, str]:
    main = _template_file()
    made = typst.Compiler(
        input=str(main), root=str(main.parent), font_paths=[str(font_dir())], ignore_system_fonts=True
    )
    return made, str(main)


def _template_file() -> Path:
    """The template as a file, kept in the user's cache folder under its own hash: written
    once, shared by every process, and never left behind. (A folder per process was left in
    the temp folder by every export, every test and every typesetting worker that was
    stopped.) Where the cache cannot be written, a folder of this process's own, removed at
    exit."""
    name = f"pages-{hashlib.sha256(TEMPLATE).hexdigest()[:16]}"
    try:
        target = cache_dir() / "typst" / name / "pages.typ"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.is_file() or target.read_bytes() != TEMPLATE:
            atomic_write(target, TEMPLATE)  # whole or absent, whichever process writes it
        return target
    except (OSError, SaveError):
        folder = scratch_folder("typst")
        atexit.register(shutil.rmtree, folder, True)
        (folder / "pages.typ").write_bytes(TEMPLATE)
        return folder / "pages.typ"


def query(made: typst.Compiler, label: str) -> list:
    """The values of the template's ``metadata`` markers of that label, in the last compile."""
    return json.loads(made.query(f"<{label}>", field="value", format="json"))


def cannot_typeset(exc: typst.TypstError) -> InputError:
    # A failure here is a defect in the template, not in the draft; still, the user gets
    # one line rather than a traceback: ours in the user's language, typst's own reason
    # after it as typst words it (in English).
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return InputError(Said("typeset.failed", detail=first))


def measured_compile(
    data: dict, options: dict, also: Callable[[typst.Compiler], object] | None = None
) -> Run:
    """A compile of the template on ``data`` with these blocks, for note_pages.settle: the
    result and ``also`` (what else a caller reads of the compile, the slices' markers) with
    where the notes are printed; or, with paragraphs to measure apart, a compile that only
    measures. Holds no lock: the caller holds ``lock`` over the whole settling."""
    made, main = engine()

    def run(blocks: list[dict], apart: list[dict]) -> Measured:
        if apart:  # a compile that only measures: its pages are not kept
            payload = dict(data, blocks=[], measure=apart, measure_only=True)
            made.compile(input=main, format="pdf", sys_inputs=inputs(payload))
            heights = [float(h) for _, h in sorted(query(made, "prefix-height"))]
            return Measured(None, [], heights=tuple(heights))
        # where each paragraph that cites a note starts, by its index ("bs")
        marked = [dict(b, bs=i) if cites_note(b) else b for i, b in enumerate(blocks)]
        sys_inputs = inputs(dict(data, blocks=marked))
        result = made.compile(
            input=main, sys_inputs=sys_inputs, **{k: v for k, v in options.items() if v is not None}
        )
        places = places_of(query(made, "note-place"))
        marks = query(made, "block-start")
        starts = {int(i): int(page) for i, page, _ in marks}
        tops = {int(i): float(y) for i, _, y in marks}
        return Measured(
            (result, also(made) if also is not None else None), places, starts, blocks=blocks, tops=tops
        )

    return run


def _compile(rendered: Rendered, fmt: str, ppi: float | None = None) -> bytes | list[bytes]:
    data = page_data(rendered)
    blocks = data.pop("blocks")
    with lock:
        made, _ = engine()
        try:
            run = measured_compile(data, {"format": fmt, "ppi": ppi})
            result, _ = settle(blocks, run, keeps(data), geometry(data)).result
            return result
        except typst.TypstError as exc:
            raise cannot_typeset(exc) from None
        finally:
            release(made)


def geometry(data: dict) -> Geometry:
    """The layout as formats/note_pages.py reads it (line pitches and depths by style)."""
    styles, page = data["layout"]["styles"], data["layout"]["page"]
    descender = float(data["descender"])
    return Geometry(
        line=line_of(data),
        descent=lambda block: descender * float(styles[block["s"]]["font"]["size"]),
        top=text_top(data),
        separator=float(data["layout"]["notes"]["separator_height"]),
        notes_bottom=float(page["height"]) - float(page["bottom"]),
        first_extra=float(page["first_extra"]),
    )


def text_top(data: dict) -> float:
    """Where the text of a page after the first starts (pt from the page's top)."""
    return float(data["layout"]["page"]["top"])


def line_of(data: dict) -> Callable[[dict], float]:
    """A block's line pitch (pt), by its style."""
    styles = data["layout"]["styles"]
    return lambda block: float(styles[block["s"]]["line"])


def keeps(data: dict) -> Callable[[dict], tuple[bool, bool]]:
    """Whether a block of the template's data is kept with the next one, and together."""
    styles = data["layout"]["styles"]
    return lambda block: (bool(styles[block["s"]]["kwn"]), bool(styles[block["s"]]["kt"]))


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
