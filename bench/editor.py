"""The document editor on the large draft (issue 23 item 6): opening it and typing in it.

    python bench/editor.py [bench/out/large-1x.dres]

In process, offscreen, the whole window (``MainWindow``) with the draft open: the time to
show the Document page (every paragraph written into the editor, spelling on), then 200
letters typed at the end of an operative paragraph in the middle, each timed from the key
press to its handling done and the editor repainted (``QTest.keyClick`` and a repaint),
median and p95. The preview is hidden here: its renders run on a worker thread and would
only add the machine's noise (``bench/app_probe.py`` measures typing with it shown).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DELEGATE_EDITOR_HOME", tempfile.mkdtemp())
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main(path: Path) -> None:
    app = QApplication.instance() or QApplication([])
    from delegate_editor.storage import dres
    from delegate_editor.ui.main_window import MainWindow
    from delegate_editor.ui.session import DocumentSession

    window = MainWindow()
    window.preview_dock.hide()
    window.show()
    window._set_session(DocumentSession(dres.load(path), path))
    app.processEvents()
    start = time.perf_counter()
    window.show_page("document")
    app.processEvents()
    opened = time.perf_counter() - start
    editor = window.document_page
    ops = window.ctl.draft.operative_paragraphs()
    editor.go_to(ops[len(ops) // 2].id)
    editor.setFocus()
    times = []
    for i in range(200):
        key = Qt.Key.Key_A if i % 7 else Qt.Key.Key_Space
        start = time.perf_counter()
        QTest.keyClick(editor, key)
        editor.viewport().repaint()
        times.append(time.perf_counter() - start)
    times.sort()
    blocks = editor.document().blockCount()
    print(f"draft: {path.name}, {blocks} paragraphs in the editor")
    print(f"Document page shown (every paragraph written): {opened:.2f} s")
    print(
        f"key to repainted, 200 keys: median {statistics.median(times) * 1000:.1f} ms,"
        f" p95 {times[int(len(times) * 0.95)] * 1000:.1f} ms"
    )
    window.asker = type("Yes", (), {"question": lambda *a, **k: "Discard"})()
    window.ctl.stack.setClean()
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "bench" / "out" / "large-1x.dres")
