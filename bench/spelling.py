"""Spell checking on the large draft (issue 20 item 5): what it costs to underline.

    python bench/spelling.py [bench/out/large-1x.dres]

First, for each language (English, French, Spanish): the speller's first load, its memory
(tracemalloc: what stays, and the peak while loading), and one paragraph checked, over the
paragraphs of the real French and Spanish texts of tests/data/languages (the English large
draft's for English), with the time of the suggestions for a slip. Then three figures, in
process, offscreen: the speller's first load (the word list read and
ranked, once per process); the highlighter run over every paragraph of the 500-paragraph
draft in one document (what opening the whole draft in an editor would cost); and one
keystroke's share, a long operative paragraph re-highlighted after a letter is typed into
it, timed 500 times (median and p95). The keystroke-to-screen figure of the whole app with
spelling on is `python bench/app_probe.py type bench/out/large-1x.dres --keys 200`.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication, QTextEdit  # noqa: E402

from delegate_editor.model.text import plain_text  # noqa: E402
from delegate_editor.model.walk import rich_fields  # noqa: E402
from delegate_editor.storage import dres  # noqa: E402

# a slip of each language, from the real texts (tests/conventions/test_spelling_languages.py)
SLIPS = {"en": "goverment", "fr": "souverainté", "es": "estupefacietnes"}


def languages(english: list[str]) -> None:
    """Load, memory and the check of a paragraph, for each language."""
    from delegate_editor.conventions import spelling as engine

    real = ROOT / "tests" / "data" / "languages"
    for language in ("en", "fr", "es"):
        engine.forget()
        start = time.perf_counter()
        checker = engine.speller(language)
        load = time.perf_counter() - start
        engine.forget()
        tracemalloc.start()
        checker = engine.speller(language)
        kept, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        if language == "en":
            paragraphs = [t for t in english if len(t.split()) > 5]
        else:
            paragraphs = [
                p for f in sorted(real.glob(f"{language}-*.txt")) for p in f.read_text("utf-8").split("\n\n")
            ]
            paragraphs = [p for p in paragraphs if len(p.split()) > 5]
        times = []
        for _ in range(max(1, 2000 // len(paragraphs))):
            for text in paragraphs:
                start = time.perf_counter()
                list(checker.misspelt(text))
                times.append((time.perf_counter() - start) / max(1, len(text.split())))
        words = sum(len(p.split()) for p in paragraphs) / len(paragraphs)
        start = time.perf_counter()
        first = checker.suggestions(SLIPS[language])[0]
        suggest = time.perf_counter() - start
        times.sort()
        print(
            f"{language}: {len(checker.words):,} words; first load {load * 1000:.0f} ms;"
            f" memory {kept / 2**20:.1f} MB kept, {peak / 2**20:.0f} MB peak while loading;"
            f" a paragraph of {words:.0f} words checked in {statistics.median(times) * words * 1000:.2f} ms"
            f" (median {statistics.median(times) * 1e6:.1f} µs a word);"
            f" suggestions for {SLIPS[language]!r} ({first!r} first) {suggest * 1000:.0f} ms"
        )


def main(path: Path) -> None:
    app = QApplication.instance() or QApplication([])
    draft = dres.load(path)
    texts = [plain_text(f.text) for f in rich_fields(draft)]
    languages(texts)
    from delegate_editor.conventions import spelling as engine

    engine.forget()

    start = time.perf_counter()
    engine.speller("en")
    load = time.perf_counter() - start

    from delegate_editor.ui.controller import Controller
    from delegate_editor.ui.session import DocumentSession
    from delegate_editor.ui.spelling import SpellHighlighter, Spelling

    ctl = Controller(DocumentSession(draft))
    spelling = Spelling(ctl)
    edit = QTextEdit()  # a document in an editor, as the app's (a bare one is highlighted lazily)
    edit.setPlainText("\n".join(texts))
    doc = edit.document()
    calls: list[int] = []

    class Counting(SpellHighlighter):
        def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt API)
            calls.append(1)
            super().highlightBlock(text)

    highlighter = Counting(doc, spelling)
    app.processEvents()  # the highlighter's own first pass is queued: let it run
    start = time.perf_counter()
    highlighter.rehighlight()  # every block, as opening the whole draft in one editor would
    whole = time.perf_counter() - start
    calls.clear()
    words = sum(len(t.split()) for t in texts)
    flagged = sum(1 for t in texts for _ in engine.speller("en").misspelt(t))

    longest = max(range(doc.blockCount()), key=lambda i: len(doc.findBlockByNumber(i).text()))
    block = doc.findBlockByNumber(longest)
    times = []
    for _ in range(500):
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        start = time.perf_counter()
        cursor.insertText("s")  # the highlighter runs on the changed block, as on a key
        times.append(time.perf_counter() - start)
        cursor.deletePreviousChar()
    times.sort()
    assert len(calls) >= 500, f"the highlighter ran {len(calls)} times on the keys"
    print(f"draft: {path.name}, {len(texts)} rich-text fields, {words} words, {flagged} underlined")
    print(f"speller first load: {load * 1000:.0f} ms")
    print(f"whole draft highlighted: {whole * 1000:.0f} ms")
    print(
        f"one key in a {len(block.text())}-character paragraph: median {statistics.median(times) * 1000:.2f} ms,"
        f" p95 {times[int(len(times) * 0.95)] * 1000:.2f} ms"
    )
    del highlighter, app


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "bench" / "out" / "large-1x.dres")
