"""Benchmarks of issue 10: the largest drafts stay fast.

    python bench/run.py                 # everything, 1x/2x/4x, median of 5 runs (make bench)
    python bench/run.py --runs 3 --scales 1 --no-office --no-app

Whole-process figures run the real command (``python -m delegate_editor ...``) in a fresh
interpreter, so Python's start-up and the imports count, as they do for a delegate; each is
the median of ``--runs`` runs, with the peak memory of the process as GNU time reports it
(``wait4`` of this runner would count the runner's own memory in: see ``GNU_TIME``).
In-process figures call the same functions in this interpreter after one warm-up call: the
cost of the work itself, which is what the app pays when it is already running. The app is
driven by ``bench/app_probe.py`` (offscreen). LibreOffice converts our DOCX of the same draft
to PDF, side by side with our own PDF export, with a profile folder of its own so that other
LibreOffice processes on the machine do not interfere.

Figures go to stdout as Markdown tables and to ``bench/out/results.json``; bench/RESULTS.md
quotes them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402

OUT = BENCH / "out"
PY = sys.executable
EXPORTS = (".docx", ".odt", ".pdf", ".txt")
IMPORTS = (".docx", ".odt")

# (what, target seconds or None, compared at scale 1)
TARGETS = {
    "export": 1.0,
    "open": 0.2,
    "check": 0.5,
    "app start": 2.0,
    "keystroke p95": 0.016,
    "peak memory MB": 300,
}


def machine() -> dict[str, str]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor()
    ram = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        ram = f"{kb / 1024 / 1024:.1f} GB"
    except (OSError, ValueError, IndexError):
        pass
    try:
        load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        load = ""
    return {
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "ram": ram,
        "python": platform.python_version(),
        "os": platform.platform(),
        "load_before": load,
    }


# -- whole process ----------------------------------------------------------------------------
def env(home: Path) -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(ROOT) + (os.pathsep + e["PYTHONPATH"] if e.get("PYTHONPATH") else "")
    e["DELEGATE_EDITOR_HOME"] = str(home)
    e["QT_QPA_PLATFORM"] = "offscreen"
    return e


# GNU time forks the command from its own small process and reports the command's peak
# resident memory. Taken from wait4 here instead, the figure would include this runner's:
# Linux carries a parent's resident size at fork into the child's ru_maxrss across exec.
GNU_TIME = next((t for t in ("/usr/bin/time", shutil.which("time")) if t and Path(t).is_file()), None)


def _peak_kb(path: str, fallback: int) -> int:
    try:
        text = Path(path).read_text().split()
        return int(text[-1]) if text else fallback
    except (OSError, ValueError):
        return fallback
    finally:
        Path(path).unlink(missing_ok=True)


def run_once(argv: list[str], environ: dict[str, str], ready: str = "") -> dict:
    """One process: wall time (to the ``ready`` line on stdout, if given), peak memory, status."""
    peak_file = tempfile.NamedTemporaryFile(prefix="bench-peak-", delete=False)
    peak_file.close()
    if GNU_TIME:
        argv = [GNU_TIME, "--quiet", "-f", "%M", "-o", peak_file.name, *argv]
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environ, cwd=ROOT, text=True
    )
    seconds = None
    lines: list[str] = []
    assert proc.stdout is not None
    if ready:
        for line in proc.stdout:
            lines.append(line)
            if line.strip() == ready:
                seconds = time.perf_counter() - start
                break
    out = proc.stdout.read()
    err = proc.stderr.read() if proc.stderr else ""
    _, status, usage = os.wait4(proc.pid, 0)
    end = time.perf_counter()
    proc.returncode = os.waitstatus_to_exitcode(status)
    lines.extend(out.splitlines(keepends=True))
    data = {}
    for line in lines:
        if line.startswith("BENCH "):
            data = json.loads(line[6:])
    return {
        "seconds": seconds if seconds is not None else end - start,
        "total_seconds": end - start,
        "maxrss_mb": _peak_kb(peak_file.name, usage.ru_maxrss) / 1024,
        "rc": proc.returncode,
        "stderr": err.strip().splitlines()[-1:] if proc.returncode not in (0, 1) else [],
        "data": data,
    }


def median_of(
    runs: int, argv: list[str], environ: dict[str, str], ready: str = "", warm: bool = True
) -> dict:
    if warm:  # the page cache and the .pyc files, as on a machine the app has run on before
        run_once(argv, environ, ready)
    results = [run_once(argv, environ, ready) for _ in range(runs)]
    failed = [r for r in results if r["rc"] not in (0, 1)]
    if failed:
        return {"error": f"exit {failed[0]['rc']}: {' '.join(failed[0]['stderr'])}"}
    return {
        "seconds": statistics.median(r["seconds"] for r in results),
        "min": min(r["seconds"] for r in results),
        "max": max(r["seconds"] for r in results),
        "maxrss_mb": max(r["maxrss_mb"] for r in results),
        "data": results[len(results) // 2]["data"],
        "runs": runs,
    }


def cli(*args: str) -> list[str]:
    return [PY, "-m", "delegate_editor", *args]


def whole_process(scale: int, src: Path, work: Path, runs: int, home: Path) -> dict[str, dict]:
    e = env(home)
    out: dict[str, dict] = {}
    out["python -c pass"] = median_of(runs, [PY, "-c", "pass"], e)
    out["--version"] = median_of(runs, cli("--version"), e)
    out["open + save .dres"] = median_of(runs, cli("export", str(src), "-o", str(work / "copy.dres")), e)
    out["check"] = median_of(runs, cli("check", str(src)), e)
    for ext in EXPORTS:
        name = f"export {ext[1:].upper()}"
        out[name] = median_of(runs, cli("export", str(src), "-o", str(work / f"large{ext}")), e)
    for ext in IMPORTS:
        name = f"import {ext[1:].upper()}"
        exported = work / f"large{ext}"
        if not exported.exists():
            out[name] = {"error": f"no {ext} to import (its export failed)"}
            continue
        out[name] = median_of(runs, cli("import", str(exported), "-o", str(work / f"back{ext}.dres")), e)
    return out


# -- in process -------------------------------------------------------------------------------
def timed(fn: Callable[[], object], runs: int) -> dict:
    fn()  # warm-up: imports, caches, typst's fonts
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return {"seconds": statistics.median(times), "min": min(times), "max": max(times), "runs": runs}


def in_process(src: Path, work: Path, runs: int) -> dict[str, dict]:
    from delegate_editor.conventions.checks import check
    from delegate_editor.formats.blocks import render
    from delegate_editor.formats.registry import read_any, writer_for
    from delegate_editor.storage import dres

    raw = src.read_bytes()
    draft = dres.loads(raw, str(src))
    out: dict[str, dict] = {
        "open .dres (loads)": timed(lambda: dres.loads(raw, str(src)), runs),
        "save .dres (dumps + atomic write)": timed(lambda: dres.save(draft, work / "inproc.dres"), runs),
        "blocks walk (render)": timed(lambda: render(draft), runs),
        "check": timed(lambda: check(draft), runs),
    }
    for ext in EXPORTS:
        name = f"export {ext[1:].upper()}"
        writer = writer_for(f"x{ext}")
        out[name] = timed(lambda w=writer: w(draft, None), runs)
        (work / f"inproc{ext}").write_bytes(writer(draft, None))
    for ext in IMPORTS:
        name = f"import {ext[1:].upper()}"
        path = work / f"inproc{ext}"
        if not path.exists():
            out[name] = {"error": f"no {ext} to import"}
            continue
        out[name] = timed(lambda p=path: read_any(p), runs)
    return out


# -- the app ----------------------------------------------------------------------------------
def app_figures(src: Path, runs: int, keys: int, interval: float) -> dict[str, dict]:
    out: dict[str, dict] = {}
    probe = str(BENCH / "app_probe.py")
    with tempfile.TemporaryDirectory(prefix="bench-home-") as home:
        # a fresh user folder for every run: no recent files, no recovery, no saved layout
        def fresh() -> dict[str, str]:
            folder = Path(home) / f"run{time.perf_counter_ns()}"
            folder.mkdir()
            return env(folder)

        run_once([PY, probe, "start", str(src)], fresh(), "READY")  # warm-up
        results = [run_once([PY, probe, "start", str(src)], fresh(), "READY") for _ in range(runs)]
        bad = [r for r in results if r["rc"] != 0]
        if bad:
            out["app start"] = {"error": f"exit {bad[0]['rc']}: {' '.join(bad[0]['stderr'])}"}
        else:
            out["app start"] = {
                "seconds": statistics.median(r["seconds"] for r in results),
                "min": min(r["seconds"] for r in results),
                "max": max(r["seconds"] for r in results),
                "maxrss_mb": max(r["maxrss_mb"] for r in results),
                "runs": runs,
            }
        r = run_once([PY, probe, "type", str(src), "--keys", str(keys), "--interval", str(interval)], fresh())
        if r["rc"] != 0:
            out["typing"] = {"error": f"exit {r['rc']}: {' '.join(r['stderr'])}"}
        else:
            out["typing"] = {"maxrss_mb": r["maxrss_mb"], **r["data"]}
    return out


# -- LibreOffice side by side -----------------------------------------------------------------
def libreoffice(src: Path, work: Path, runs: int, home: Path) -> dict[str, dict]:
    soffice = shutil.which("soffice")
    docx = work / "large.docx"
    if soffice is None:
        return {"LibreOffice DOCX → PDF": {"error": "soffice not installed"}}
    if not docx.exists():
        return {"LibreOffice DOCX → PDF": {"error": "no DOCX to convert (its export failed)"}}
    profile = work / "lo-profile"
    outdir = work / "lo"
    argv = [
        soffice,
        f"-env:UserInstallation=file://{profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        str(docx),
    ]
    out = {"LibreOffice DOCX → PDF": median_of(runs, argv, env(home))}
    pdf = outdir / "large.pdf"
    if pdf.exists() and shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        pages = next((ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages:")), "?")
        out["LibreOffice DOCX → PDF"]["pages"] = pages
    ours = work / "large.pdf"
    if ours.exists() and shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(ours)], capture_output=True, text=True).stdout
        out["our PDF pages"] = {
            "pages": next((ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages:")), "?")
        }
    out["our export PDF (whole process)"] = median_of(
        runs, cli("export", str(src), "-o", str(ours)), env(home)
    )
    out["our DOCX → PDF (whole process)"] = median_of(
        runs, cli("export", str(docx), "-o", str(work / "from-docx.pdf")), env(home)
    )
    return out


# -- report -----------------------------------------------------------------------------------
def fmt(entry: dict, key: str = "seconds") -> str:
    if "error" in entry:
        return entry["error"]
    value = entry.get(key)
    if value is None:
        return ""
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def table(results: dict, scales: list[int]) -> str:
    lines = []
    first = results[str(scales[0])]
    for section, title in (("whole", "Whole process (median)"), ("inproc", "In process (median, warm)")):
        head = " | ".join(f"{s}x" for s in scales)
        lines += [
            f"### {title}",
            "",
            f"| operation | {head} | 4x/1x | peak MB (1x) |",
            "|---|" + "---|" * (len(scales) + 2),
        ]
        for name in first[section]:
            cells = [fmt(results[str(s)][section].get(name, {"error": "-"})) for s in scales]
            a = results[str(scales[0])][section].get(name, {}).get("seconds")
            b = results[str(scales[-1])][section].get(name, {}).get("seconds")
            ratio = f"{b / a:.1f}" if a and b and len(scales) > 1 else ""
            rss = first[section][name].get("maxrss_mb")
            lines.append(f"| {name} | {' | '.join(cells)} | {ratio} | {f'{rss:.0f}' if rss else ''} |")
        lines.append("")
    if "app" in first:
        lines += [
            "### The app",
            "",
            f"| figure | {' | '.join(f'{s}x' for s in scales)} |",
            "|---|" + "---|" * len(scales),
        ]
        rows = [
            ("app start to a usable window", lambda a: fmt(a["app start"])),
            ("peak memory at start (MB)", lambda a: f"{a['app start'].get('maxrss_mb', 0):.0f}"),
            ("keystroke → screen, as typed p50", lambda a: f"{a['typing'].get('typed_p50_ms', 0):.1f} ms"),
            ("keystroke → screen, as typed p95", lambda a: f"{a['typing'].get('typed_p95_ms', 0):.1f} ms"),
            ("keystroke → screen, handling p50", lambda a: f"{a['typing'].get('handling_p50_ms', 0):.1f} ms"),
            ("keystroke → screen, handling p95", lambda a: f"{a['typing'].get('handling_p95_ms', 0):.1f} ms"),
            ("keystroke → screen, max", lambda a: f"{a['typing'].get('typed_max_ms', 0):.1f} ms"),
            ("preview: first pages", lambda a: fmt({"seconds": a["typing"].get("preview_first_pages_s")})),
            ("preview: pages", lambda a: str(a["typing"].get("preview_pages", ""))),
            ("preview: one render (worker)", lambda a: fmt({"seconds": a["typing"].get("preview_render_s")})),
            ("checks on the GUI thread", lambda a: fmt({"seconds": a["typing"].get("checks_gui_s")})),
            (
                "peak memory, preview on, after typing (MB)",
                lambda a: f"{a['typing'].get('maxrss_mb', 0):.0f}",
            ),
        ]
        for label, get in rows:
            cells = []
            for s in scales:
                app = results[str(s)].get("app", {})
                try:
                    cells.append(get(app))
                except (KeyError, TypeError):
                    cells.append(app.get("typing", {}).get("error", "-"))
            lines.append(f"| {label} | {' | '.join(cells)} |")
        lines.append("")
    if "office" in first:
        lines += ["### LibreOffice side by side (1x)", "", "| conversion | time | pages |", "|---|---|---|"]
        for name, entry in first["office"].items():
            lines.append(f"| {name} | {fmt(entry)} | {entry.get('pages', '')} |")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Benchmarks of the largest drafts (issue 10).")
    p.add_argument("--runs", type=int, default=5, help="runs per figure (median); default 5")
    p.add_argument("--scales", default="1,2,4", help="draft sizes, comma-separated (default 1,2,4)")
    p.add_argument("--keys", type=int, default=200, help="keystrokes typed in the app")
    p.add_argument("--interval", type=float, default=120.0, help="ms between keystrokes")
    p.add_argument("--no-app", action="store_true", help="skip the desktop app figures")
    p.add_argument("--no-office", action="store_true", help="skip LibreOffice")
    p.add_argument("--json", type=Path, default=OUT / "results.json")
    args = p.parse_args(argv)
    scales = [int(s) for s in args.scales.split(",")]

    results: dict = {
        "machine": machine(),
        "runs": args.runs,
        "command": " ".join(["python", "bench/run.py", *(argv or sys.argv[1:])]),
    }
    print(json.dumps(results["machine"]), flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        for scale in scales:
            src = generate.write(scale)
            work = Path(tmp) / f"{scale}x"
            work.mkdir()
            draft = generate.large_draft(scale)
            entry: dict = {"counts": generate.counts(draft), "size_kb": src.stat().st_size // 1024}
            print(f"{scale}x: {entry['counts']}", flush=True)
            entry["whole"] = whole_process(scale, src, work, args.runs, home)
            entry["inproc"] = in_process(src, work, args.runs)
            if not args.no_app:
                entry["app"] = app_figures(src, max(3, args.runs), args.keys, args.interval)
            if scale == scales[0] and not args.no_office:
                entry["office"] = libreoffice(src, work, max(3, args.runs // 2 + 1), home)
            results[str(scale)] = entry
    results["machine"]["load_after"] = machine()["load_before"]
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=1))
    print()
    print(table(results, scales))
    print(f"(figures in {args.json})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
