"""Is any step worse than linear? The 4x draft against four different 1x drafts.

A warm benchmark of one 1x draft runs with the draft's objects in the CPU caches; the 4x
draft cannot fit them, so "4x / 1x" of a small in-process figure can read 5x or 6x while the
code is linear. Here the same work is timed three ways: one 1x draft again and again, four
different copies of the 1x draft in turn (the same objects count as the 4x draft, and the same
cache misses), and the 4x draft. An algorithm that is worse than linear shows as "4x / four
1x" well above 1; cache effects show only in "four 1x / one 1x".

    python bench/linearity.py            # every step, best of 5
    python bench/linearity.py --runs 9 --only open,render

Prints a Markdown table for bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
for folder in (ROOT, BENCH):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import generate  # noqa: E402

from delegate_editor.conventions.checks import check  # noqa: E402
from delegate_editor.formats.blocks import render  # noqa: E402
from delegate_editor.formats.registry import read_any, writer_for  # noqa: E402
from delegate_editor.storage import dres  # noqa: E402

STEPS = ("open", "save", "render", "check", "docx", "odt", "pdf", "txt", "import-docx", "import-odt")


def best(fn: Callable[[], object], runs: int) -> float:
    """The fastest of ``runs`` calls after a warm-up: the cost with the least noise."""
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def steps(raw1: bytes, raw4: bytes, work: Path) -> dict[str, tuple[Callable, Callable, Callable]]:
    """For each step: one 1x draft, four different 1x drafts in turn, the 4x draft."""
    raws = [bytes(bytearray(raw1)) for _ in range(4)]  # four distinct byte strings
    copies = [dres.loads(r) for r in raws]
    big = dres.loads(raw4)
    out: dict[str, tuple[Callable, Callable, Callable]] = {
        "open": (
            lambda: dres.loads(raws[0]),
            lambda: [dres.loads(r) for r in raws],
            lambda: dres.loads(raw4),
        ),
        "save": (
            lambda: dres.dumps(copies[0]),
            lambda: [dres.dumps(c) for c in copies],
            lambda: dres.dumps(big),
        ),
        "render": (lambda: render(copies[0]), lambda: [render(c) for c in copies], lambda: render(big)),
        "check": (lambda: check(copies[0]), lambda: [check(c) for c in copies], lambda: check(big)),
    }
    for ext in ("docx", "odt", "pdf", "txt"):
        w = writer_for(f"x.{ext}")
        out[ext] = (
            lambda w=w: w(copies[0], None),
            lambda w=w: [w(c, None) for c in copies],
            lambda w=w: w(big, None),
        )
    for ext in ("docx", "odt"):
        w = writer_for(f"x.{ext}")
        paths = []
        for i, c in enumerate(copies):
            p = work / f"copy{i}.{ext}"
            p.write_bytes(w(c, None))
            paths.append(p)
        p4 = work / f"large-4x.{ext}"
        p4.write_bytes(w(big, None))
        out[f"import-{ext}"] = (
            lambda paths=paths: read_any(paths[0]),
            lambda paths=paths: [read_any(p) for p in paths],
            lambda p4=p4: read_any(p4),
        )
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=5, help="calls per figure; the fastest counts")
    p.add_argument("--only", default=",".join(STEPS), help=f"comma-separated, of: {', '.join(STEPS)}")
    args = p.parse_args(argv)
    wanted = [s for s in args.only.split(",") if s]
    unknown = [s for s in wanted if s not in STEPS]
    if unknown:
        p.error(f"unknown step: {', '.join(unknown)}")
    raw1 = generate.write(1).read_bytes()
    raw4 = generate.write(4).read_bytes()
    ms = 1000
    print("| step | one 1x draft | four different 1x drafts | the 4x draft | 4x / four 1x | 4x / one 1x |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="bench-linearity-") as tmp:
        table = steps(raw1, raw4, Path(tmp))
        for name in wanted:
            one, four, big = (best(fn, args.runs) for fn in table[name])
            print(
                f"| {name} | {one * ms:.1f} ms | {four * ms:.1f} ms ({four / one:.1f}x) | "
                f"{big * ms:.1f} ms | {big / four:.2f} | {big / one:.1f}x |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
