"""The checker over a folder of real UN texts: findings per rule and per severity.

    python bench/check_corpus.py [DIR]        (default: tests/data/corpus)

The same report as ``delegate-editor check --summary DIR``; the figures of a run go in
``bench/RESULTS.md`` ("The checker over the corpus").
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from delegate_editor.cli import main  # noqa: E402

if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "tests" / "data" / "corpus")
    sys.exit(main(["check", "--summary", folder]))
