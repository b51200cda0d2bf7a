"""Run every reliability test and print the figures for docs/reliability.md (Markdown).

    python tests/reliability/report.py            # from the repository root

Runs pytest once over the tests listed in SUITES with ``RELIABILITY_FIGURES`` set, reads the
JUnit XML for passed/failed/skipped per file and the figures the tests recorded (fuzz cases
per reader, crash-recovery timings), and prints tables. Exit status is pytest's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUITES = [
    "tests/storage/test_dres.py",
    "tests/storage/test_faults.py",
    "tests/storage/test_recovery_lock.py",
    "tests/ui/test_recovery_faults.py",
    "tests/ui/test_recovery_processes.py",
    "tests/ui/test_files.py",
    "tests/formats/test_hostile.py",
    "tests/reliability",
]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        figures = Path(tmp) / "figures.jsonl"
        junit = Path(tmp) / "junit.xml"
        env = dict(os.environ, RELIABILITY_FIGURES=str(figures), QT_QPA_PLATFORM="offscreen")
        start = time.monotonic()
        status = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={junit}", *SUITES],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
        ).returncode
        seconds = time.monotonic() - start
        records = [json.loads(line) for line in figures.read_text().splitlines()] if figures.exists() else []
        per_file: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for case in ET.parse(junit).getroot().iter("testcase"):
            file = case.get("classname", "").replace(".", "/") + ".py"
            outcome = "passed"
            for child in case:
                if child.tag in ("failure", "error"):
                    outcome = "failed"
                elif child.tag == "skipped":
                    outcome = "skipped"
            per_file[file][outcome] += 1

    print(f"Run on {time.strftime('%Y-%m-%d')}, {seconds:.0f} s in all, pytest exit status {status}.\n")
    print("| test file | passed | failed | skipped |\n|---|---:|---:|---:|")
    for file, counts in sorted(per_file.items()):
        print(f"| `{file}` | {counts['passed']} | {counts['failed']} | {counts['skipped']} |")
    total = defaultdict(int)
    for counts in per_file.values():
        for k, v in counts.items():
            total[k] += v
    print(f"| **all** | **{total['passed']}** | **{total['failed']}** | **{total['skipped']}** |\n")

    fuzz = [r for r in records if r["topic"] == "fuzz"]
    if fuzz:
        print("Fuzz cases (each one: loaded, or refused in one line naming the file, within 5 s, 1 GiB):\n")
        print("| reader | test | cases | loaded | refused | other | slowest (s) | passed |")
        print("|---|---|---:|---:|---:|---:|---:|---|")
        by_reader: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for r in fuzz:
            reader = {"test_fuzz_dres.py": ".dres", "test_fuzz_text.py": ".txt"}.get(r["file"], "")
            if not reader:
                reader = ".odt" if "[.odt" in r["test"] else ".docx"
            print(
                f"| {reader} | `{r['test']}` | {r['tried']} | {r['loaded']} | {r['refused']} | "
                f"{r['other']} | {r['slowest_seconds']} | {'yes' if r['passed'] else 'NO'} |"
            )
            acc = by_reader[reader]
            acc[0] += r["tried"]
            acc[1] += r["loaded"]
            acc[2] += r["refused"]
            acc[3] += r["other"]
        print("\n| reader | cases | loaded | refused | anything else |\n|---|---:|---:|---:|---:|")
        for reader, (tried, loaded, refused, other) in sorted(by_reader.items()):
            print(f"| {reader} | {tried} | {loaded} | {refused} | {other} |")
        print()
    for r in records:
        if r["topic"] == "sandbox":
            print(
                f"Peak memory of the reader process over all cases: {r['peak_rss_kb'] // 1024} MB "
                f"(limit {r['memory_limit'] >> 20} MB of address space; {r['timeout']:.0f} s per case).\n"
            )
    crash = [r for r in records if r["topic"] == "crash"]
    if crash:
        print("Crash recovery (a word typed every 0.1 s, then kill -9):\n")
        print(
            "| typing before the kill (s) | words typed | restored | lost | oldest lost word (s before kill) |"
        )
        print("|---:|---:|---:|---:|---:|")
        for r in crash:
            print(
                f"| {r['typing_seconds']} | {r['typed']} | {r['restored']} | {r['lost']} | "
                f"{r['oldest_lost_seconds']:.2f} |"
            )
        print()
    for topic in ("instances", "entities", "bombs", "corpus"):
        rows = [r for r in records if r["topic"] == topic]
        if rows:
            print(
                f"{topic}: "
                + "; ".join(", ".join(f"{k}={v}" for k, v in r.items() if k != "topic") for r in rows)
            )
    return status


if __name__ == "__main__":
    sys.exit(main())
