"""Figures the reliability tests measure (cases tried, passed, seconds of typing lost ...),
collected for docs/reliability.md by ``tests/reliability/report.py``.

A test calls :func:`record`; nothing is written unless ``RELIABILITY_FIGURES`` names a file,
so an ordinary test run leaves no trace. Each record is one JSON line.
"""

from __future__ import annotations

import json
import os


def record(topic: str, **figures) -> None:
    target = os.environ.get("RELIABILITY_FIGURES")
    if not target:
        return
    with open(target, "a", encoding="utf-8") as handle:
        handle.write(json.dumps({"topic": topic, **figures}, ensure_ascii=False) + "\n")
