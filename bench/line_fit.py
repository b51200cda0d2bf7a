"""How the UN's Word fills a justified line: do its lines fit our measure at full spaces?

    python bench/line_fit.py [FOLDER]   # default tests/data/corpus/drafts

The UN's PDF text keeps its line breaks. A full line of a justified paragraph (a line with
more of the paragraph after it) tells two things about the engine that set it: the line
fitted the measure, and the line with the next word added did not. This command takes
every such line of the UN's body text (between "The General Assembly," and the page's
footnote rule; not a paragraph's first line, whose indent and italics differ; no digits,
which may be note marks; not ending in a hyphen) and measures it with the body style of
the New York layout (Liberation Serif, the metrics of Times New Roman; 10 pt, 103 %,
+0.2 pt per character) against the text width of that layout, with the spaces narrowed to
a share of their width. It prints, for each share, how many lines would not fit ("too
long") and how many would have held the next word ("room left"): an engine that never
narrows spaces should leave both near zero at 100 %.

What it found (bench/RESULTS.md, "How the UN's lines are filled"): at 100 % a quarter of
the UN's full lines do not fit, and 75 to 80 % fits best. Word 2013's justification narrows
a full line's spaces to hold one more word; the DOCX declares that layout
(``docx_xml.set_compatibility_mode``), and LibreOffice follows it from 24.2 on. (A uniform
2 % narrowing fits the lines as well; no Word setting does that, see RESULTS.)
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from delegate_editor.app.corpus import without_record  # noqa: E402
from delegate_editor.formats.font_metrics import font_metrics  # noqa: E402
from delegate_editor.formats.layout import NEW_YORK, BlockStyle, pt  # noqa: E402

DEFAULT = ROOT / "tests" / "data" / "corpus" / "drafts"
SHARES = (1.0, 0.9, 0.85, 0.8, 0.75, 0.7)
LINE_WORDS = 6
_ORGAN = re.compile(r"^\s*The (General Assembly|Security Council|Economic and Social Council),\s*$")
_RULE = re.compile(r"^\s*_{5,}\s*$")
_SYMBOL = re.compile(r"^\s*[A-Z]/\S+\s*$")
_LABEL_ALONE = re.compile(r"^\s*\(?[0-9a-z]{1,4}[.)]\s*$")


def full_lines(raw: str) -> list[tuple[str, str]]:
    """The UN's full body lines, each with the first word of the line after it."""
    body, notes, lines = False, False, []
    for line in without_record(raw).splitlines():
        body = body or bool(_ORGAN.match(line))
        if _RULE.match(line):
            notes = True
        elif _SYMBOL.match(line):
            notes = False  # the next page's running head
        lines.append(line.strip() if body and not notes else "")
    out = []
    for before, line, after in zip(lines, lines[1:], lines[2:], strict=False):  # windows of three
        if not before or not after or _LABEL_ALONE.match(before):
            continue  # a paragraph's first or last line
        if len(line.split()) < LINE_WORDS or re.search(r"\d", line) or line.endswith("-"):
            continue
        out.append((line, after.split()[0]))
    return out


def width(text: str, share: float) -> float:
    """``text`` in the body style, its spaces narrowed to ``share`` of their width (pt)."""
    font = NEW_YORK.styles[BlockStyle.PREAMBLE].font
    metrics = font_metrics()
    units = sum(metrics.advances.get(ord(c), metrics.units_per_em) for c in text)
    space = metrics.advances[ord(" ")] * text.count(" ")
    em = font.size * font.scale / 100 / metrics.units_per_em
    return (units - space * (1 - share)) * em + font.spacing * (len(text) - text.count(" ") * (1 - share))


def measure_width() -> float:
    page, style = NEW_YORK.page, NEW_YORK.styles[BlockStyle.PREAMBLE]
    return pt(page.width - page.left - page.right - style.left - style.right)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT))
    args = parser.parse_args(argv)
    lines = [
        pair for f in sorted(Path(args.folder).glob("*.txt")) for pair in full_lines(f.read_text("utf-8"))
    ]
    measure = measure_width()
    print(f"{len(lines)} full lines of the UN's body text; measure {measure:.1f} pt")
    print("| spaces at | too long | room left for the next word | either |")
    print("|---|---|---|---|")
    for share in SHARES:
        long = sum(width(line, share) > measure + 0.01 for line, _ in lines)
        room = sum(width(f"{line} {nxt}", share) <= measure for line, nxt in lines)
        print(f"| {share:.0%} | {long} | {room} | {long + room} ({(long + room) / len(lines):.1%}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
