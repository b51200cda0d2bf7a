"""Speed of turning a returned copy into proposals (issue 18).

The large draft of ``generate.py`` (1x: 100 preambular and 400 operative paragraphs) is
sent as a DOCX; the copy returned has 30 paragraphs changed in Word's XML (a word inserted
in each). Timed: reading the returned DOCX (the embedded draft, the visible text winning)
and making the proposals (``formats/negotiate.negotiate``: compare with the sent text, the
edits, re-basing on the draft). Target: at most 1 s.

    python bench/negotiate.py              # medians of 5 runs
    python bench/negotiate.py --runs 3
"""

from __future__ import annotations

import argparse
import io
import re
import statistics
import sys
import time
import zipfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402

from delegate_editor.formats.docx_reader import read_docx  # noqa: E402
from delegate_editor.formats.docx_writer import write_docx  # noqa: E402
from delegate_editor.formats.negotiate import negotiate  # noqa: E402
from delegate_editor.model.negotiation import start_negotiation  # noqa: E402
from delegate_editor.model.versions import as_new_draft  # noqa: E402

CHANGED = 30
_BODY_PARAGRAPH = re.compile(r'<w:p><w:pPr><w:pStyle w:val="(?:Operative|Preambular)Paragraph"/>.*?</w:p>')


def returned_copy(sent: bytes, changed: int = CHANGED) -> bytes:
    """The sent DOCX with ``changed`` body paragraphs, spread through the text, edited in
    Word's XML: "the" becomes "the relevant" once in each."""
    src = zipfile.ZipFile(io.BytesIO(sent))
    xml = src.read("word/document.xml").decode("utf-8")
    paragraphs = list(_BODY_PARAGRAPH.finditer(xml))
    step = max(1, len(paragraphs) // changed)
    pieces, at, done = [], 0, 0
    for m in paragraphs[::step]:
        if done == changed:
            break
        para = m.group(0)
        if " the " not in para:
            continue
        pieces += [xml[at : m.start()], para.replace(" the ", " the relevant ", 1)]
        at = m.end()
        done += 1
    xml = "".join([*pieces, xml[at:]])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(
                info, xml.encode("utf-8") if info.filename == "word/document.xml" else src.read(info)
            )
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=5, help="runs per figure (median); default 5")
    args = p.parse_args(argv)
    sent = as_new_draft(generate.large_draft(1))
    start_negotiation(sent)
    copy = returned_copy(write_docx(sent))
    paragraphs = len(sent.preamble) + len(sent.operative_paragraphs())
    times, read_times, count = [], [], 0
    for _ in range(args.runs + 1):  # the first is a warm-up (imports)
        start = time.perf_counter()
        returned = read_docx(copy, "returned.docx")
        read = time.perf_counter()
        _draft, result = negotiate(sent, [("EU", returned.draft)])
        end = time.perf_counter()
        times.append(end - start)
        read_times.append(read - start)
        count = len(result.added)
    times, read_times = times[1:], read_times[1:]
    print(f"draft: {paragraphs} paragraphs, {CHANGED} changed in the copy; medians of {args.runs} runs")
    print(
        f"returned copy into proposals: {statistics.median(times):.3f} s (min {min(times):.3f}, "
        f"max {max(times):.3f}); reading the DOCX {statistics.median(read_times):.3f} s; {count} proposals"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
