"""Speed of the comparison and the tracked-changes exports (issue 17).

The large draft of ``generate.py`` (1x: 100 preambular and 400 operative paragraphs, 400
sub-paragraphs, 80 footnotes) is the base; the draft made from it has one paragraph in ten
changed (a word replaced and a clause added, alternately in the preamble and the operative
part). Targets: the comparison at most 0.3 s in process; ``delegate-editor compare
DRAFT.dres -o OUT.docx`` at most 1 s as a whole process (Python's start-up and the imports
count, as they do for a delegate).

    python bench/compare.py              # medians of 5 runs
    python bench/compare.py --runs 3
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402
from run import cli, env, median_of  # noqa: E402

from delegate_editor.formats.compare import compare  # noqa: E402
from delegate_editor.model.document import Draft, Operative  # noqa: E402
from delegate_editor.model.text import Run  # noqa: E402
from delegate_editor.model.versions import draft_from_base  # noqa: E402
from delegate_editor.storage.dres import dumps  # noqa: E402


def edited_draft(base: Draft) -> tuple[Draft, int]:
    """A draft based on ``base`` with one paragraph in ten changed; returns it and the count."""
    draft = draft_from_base(base)
    paragraphs = [*draft.preamble, *draft.operative_paragraphs()]
    changed = 0
    for n, para in enumerate(paragraphs[::10]):
        runs = [i for i, item in enumerate(para.text) if isinstance(item, Run) and len(item.text.split()) > 3]
        if not runs:
            continue
        i = runs[0]
        words = para.text[i].text.split(" ")
        if n % 2:
            words[1] = "relevant"
        else:
            words.insert(len(words) // 2, "in accordance with national legislation,")
        items = list(para.text)
        items[i] = Run(" ".join(words), para.text[i].italic)
        para.text = tuple(items)
        if isinstance(para, Operative) and n % 4 == 0:
            para.opening = "Also " + para.opening.lower()
        changed += 1
    return draft, changed


def in_process(draft: Draft, runs: int) -> dict:
    compare(draft.base, draft)  # warm-up: imports
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = compare(draft.base, draft)
        times.append(time.perf_counter() - start)
    return {
        "seconds": statistics.median(times),
        "min": min(times),
        "max": max(times),
        "changes": len(result.changes()),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=5, help="runs per figure (median); default 5")
    args = p.parse_args(argv)
    base = generate.large_draft(1)
    draft, changed = edited_draft(base)
    paragraphs = len(base.preamble) + len(base.operative_paragraphs())
    print(f"draft: {paragraphs} paragraphs, {changed} changed; medians of {args.runs} runs")
    figures = in_process(draft, args.runs)
    print(
        f"compare in process: {figures['seconds']:.3f} s (min {figures['min']:.3f}, max {figures['max']:.3f}),"
        f" {figures['changes']} paragraphs changed in the comparison"
    )
    with tempfile.TemporaryDirectory(prefix="bench-compare-") as tmp:
        work = Path(tmp)
        src = work / "draft.dres"
        src.write_bytes(dumps(draft))
        home = work / "home"
        home.mkdir()
        for ext in (".docx", ".odt"):
            r = median_of(args.runs, cli("compare", str(src), "-o", str(work / f"changes{ext}")), env(home))
            if "error" in r:
                print(f"compare -o {ext}: {r['error']}")
                continue
            print(
                f"compare -o {ext} (whole process): {r['seconds']:.3f} s (min {r['min']:.3f}, "
                f"max {r['max']:.3f}), peak {r['maxrss_mb']:.0f} MB"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
