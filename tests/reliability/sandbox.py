"""Run a reader on untrusted bytes in a separate process under limits, one case at a time.

The fuzz tests must tell a clean refusal (:class:`InputError`, one line) from everything
else: another exception, a hang, or memory without bound. In-process that is not possible
(a C loop in lxml or ``re`` cannot be interrupted; a reader that inflates a zip bomb takes
the test runner down with it), so each case is sent to a worker process that

- has its address space capped (``RLIMIT_AS``), so unbounded memory ends as a MemoryError
  or a killed worker, both reported as failures;
- must answer within :data:`CASE_TIMEOUT` seconds of its own CPU time, or is killed and
  reported as a hang; a worker that waits without computing is killed after
  :data:`WALL_FACTOR` times as long by the clock. CPU time, because the suite runs one
  process per core (pytest-xdist): a case's seconds by the clock measured how busy the
  machine was as much as the reader;
- after a draft loads, also saves it (``.dres``) and renders it to text (with
  ``export_all``, to DOCX, ODT and PDF as well), so a draft that loads but cannot be saved
  or exported counts as a failure too.

The worker is restarted after a hang or a death and otherwise reused (starting Python and
lxml per case would cost more than the cases).
"""

from __future__ import annotations

import os
import pickle
import select
import struct
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

CASE_TIMEOUT = 5.0  # seconds of CPU: the promise in docs/reliability.md
WALL_FACTOR = 3  # a reader blocked without computing is a hang after 15 s by the clock
_SLICE = 0.25  # seconds between two looks at the worker's CPU time
MEMORY_LIMIT = 1024 * 1024 * 1024  # bytes of address space for the worker
ROOT = Path(__file__).resolve().parents[2]

READERS = {
    ".dres": ("delegate_editor.storage.dres", "loads"),
    ".txt": ("delegate_editor.formats.text_import", "read_text_bytes"),
    ".docx": ("delegate_editor.formats.docx_reader", "read_docx"),
    ".odt": ("delegate_editor.formats.odt_reader", "read_odt"),
    ".selftest": ("tests.reliability.sandbox", "selftest_reader"),
}


def selftest_reader(raw: bytes, name: str):
    """A reader that misbehaves on request, to prove the sandbox notices (test_sandbox.py)."""
    from delegate_editor.errors import InputError

    if raw == b"hang":
        while True:
            pass
    if raw == b"sleep":  # waits without computing: a hang only the clock sees
        time.sleep(3600)
    if raw == b"memory":
        hoard = []
        while True:
            hoard.append(bytearray(64 << 20))
    if raw == b"crash":
        raise KeyError("a bug")
    if raw == b"abort":
        os.abort()
    raise InputError(f"{name}: refused")


@dataclass
class Outcome:
    kind: str  # "loaded", "refused" (InputError), "crash", "hang", "died"
    message: str = ""
    seconds: float = 0.0
    text: str = ""  # the loaded draft as plain text (to check what leaked into it)

    @property
    def clean(self) -> bool:
        return self.kind in ("loaded", "refused")


def _frame(obj) -> bytes:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    return struct.pack("<Q", len(data)) + data


def _read_exact(fd: int, n: int, deadline: float) -> bytes | None:
    chunks = []
    while n:
        wait = deadline - time.monotonic()
        if wait <= 0:
            return None
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            return None
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def _cpu_seconds(pid: int) -> float | None:
    """The CPU time (user and system) process ``pid`` has used, from ``/proc`` (Linux);
    None where there is no ``/proc``, and the clock alone then tells a hang."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _wait_answer(proc: subprocess.Popen, timeout: float) -> str:
    """Wait until the worker has an answer ready: "" when it has, or why it is a hang (more
    than ``timeout`` seconds of CPU, or ``WALL_FACTOR`` times that by the clock)."""
    fd = proc.stdout.fileno()
    cpu_start = _cpu_seconds(proc.pid)
    wall_deadline = time.monotonic() + timeout * WALL_FACTOR
    while True:
        ready, _, _ = select.select([fd], [], [], _SLICE)
        if ready:
            return ""
        cpu = _cpu_seconds(proc.pid)
        if cpu is not None and cpu_start is not None and cpu - cpu_start > timeout:
            return f"no answer after {timeout} s of CPU"
        if time.monotonic() > wall_deadline:
            return f"no answer in {timeout * WALL_FACTOR:.0f} s"


class Sandbox:
    """A worker process; :meth:`run` one case at a time. Counts what it saw."""

    def __init__(self, memory_limit: int = MEMORY_LIMIT, timeout: float = CASE_TIMEOUT) -> None:
        self.memory_limit = memory_limit
        self.timeout = timeout
        self.proc: subprocess.Popen | None = None
        self.counts: dict[str, int] = {}
        self.slowest = 0.0
        self.peak_rss_kb = 0

    def _start(self) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT), SANDBOX_MEMORY=str(self.memory_limit))
        self.proc = subprocess.Popen(
            [sys.executable, __file__],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        header = _read_exact(self.proc.stdout.fileno(), 8, time.monotonic() + 60)  # cold start
        if (
            header is None
            or pickle.loads(
                _read_exact(self.proc.stdout.fileno(), struct.unpack("<Q", header)[0], time.monotonic() + 5)
            )
            != "ready"
        ):
            raise RuntimeError("the sandbox worker did not start")

    def _stop(self) -> None:
        if self.proc is not None:
            if self.proc.poll() is None:
                self.proc.kill()
            self.proc.wait()
            self.proc.stdin.close()
            self.proc.stdout.close()
            self.proc = None

    def close(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            try:
                self.proc.stdin.write(_frame(None))
                self.proc.stdin.flush()
                header = _read_exact(self.proc.stdout.fileno(), 8, time.monotonic() + 5)
                if header:
                    size = struct.unpack("<Q", header)[0]
                    rss = pickle.loads(_read_exact(self.proc.stdout.fileno(), size, time.monotonic() + 5))
                    self.peak_rss_kb = max(self.peak_rss_kb, rss)
            except (OSError, EOFError, pickle.PickleError):
                pass
        self._stop()

    def run(self, ext: str, raw: bytes, name: str = "", export_all: bool = False) -> Outcome:
        name = name or f"case{ext}"
        if self.proc is None or self.proc.poll() is not None:
            self._stop()
            self._start()
        try:
            self.proc.stdin.write(_frame((ext, raw, name, export_all)))
            self.proc.stdin.flush()
            hang = _wait_answer(self.proc, self.timeout)
            header = None if hang else _read_exact(self.proc.stdout.fileno(), 8, time.monotonic() + 30)
            if header is None:
                out = Outcome("hang", hang or "no answer")
            else:
                size = struct.unpack("<Q", header)[0]
                kind, message, seconds, text = pickle.loads(
                    _read_exact(self.proc.stdout.fileno(), size, time.monotonic() + 30)
                )
                out = Outcome(kind, message, seconds, text)
                if seconds > self.timeout:
                    out = Outcome("hang", f"took {seconds:.1f} s of CPU", seconds, text)
        except (BrokenPipeError, EOFError):
            status = self.proc.wait()
            out = Outcome("died", f"worker died (status {status}, memory limit or crash)")
        if out.kind in ("hang", "died"):
            self._stop()
        self.counts[out.kind] = self.counts.get(out.kind, 0) + 1
        self.slowest = max(self.slowest, out.seconds)
        return out

    @property
    def tried(self) -> int:
        return sum(self.counts.values())


def check(out: Outcome, name: str) -> None:
    """The promise for one case: it loaded, or it was refused in one line naming the file."""
    assert out.clean, f"{name}: {out.kind}: {out.message[:1500]}"
    if out.kind == "refused":
        assert out.message and "\n" not in out.message, f"not one line: {out.message[:500]!r}"
        assert name in out.message, f"the message does not name the file: {out.message[:500]!r}"


# -- the worker -------------------------------------------------------------------------------


def _worker() -> None:
    import importlib
    import resource
    import traceback

    limit = int(os.environ["SANDBOX_MEMORY"])
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from delegate_editor.errors import InputError
    from delegate_editor.formats.registry import ImportResult, export_bytes
    from delegate_editor.formats.text import write_text_bytes
    from delegate_editor.storage import dres

    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer

    def answer(obj) -> None:
        stdout.write(_frame(obj))
        stdout.flush()

    readers = {}  # imported before the first case, so no case pays for it
    for ext, (module, func) in READERS.items():
        try:
            readers[ext] = getattr(importlib.import_module(module), func)
        except ImportError:
            pass  # reported when a case asks for it
    answer("ready")

    while True:
        header = stdin.read(8)
        if len(header) < 8:
            return
        case = pickle.loads(stdin.read(struct.unpack("<Q", header)[0]))
        if case is None:
            answer(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
            return
        ext, raw, name, export_all = case
        start = time.process_time()  # this process's CPU time: the machine's load aside
        text = ""
        try:
            if ext not in readers:
                raise RuntimeError(f"no reader for {ext} could be imported")
            result = readers[ext](raw, name)
            draft = result.draft if isinstance(result, ImportResult) else result
            dres.loads(dres.dumps(draft))  # it can be saved, and read back
            text = write_text_bytes(draft).decode("utf-8")  # and rendered
            for out_ext in (".docx", ".odt", ".pdf") if export_all else ():
                try:
                    export_bytes(draft, f"out{out_ext}")
                except InputError as exc:
                    raise RuntimeError(f"export to {out_ext} refused a loaded draft: {exc}") from None
            kind, message = "loaded", ""
        except InputError as exc:
            kind, message = "refused", str(exc)
        except BaseException as exc:  # noqa: BLE001 - that is what we are looking for
            kind, message = "crash", "".join(traceback.format_exception_only(type(exc), exc)).strip()
            message += "\n" + "".join(traceback.format_tb(exc.__traceback__)[-3:])
        answer((kind, message, time.process_time() - start, text))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    _worker()
