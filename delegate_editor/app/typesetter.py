"""The app's side of the preview's typesetting process (which also runs the checks) (``app/typeset_worker.py`` says why
a process, and what the two sides say to each other).

One process serves every window, started while the first window opens and restarted after
a crash. It is this same program started again, not a fork (unsafe in a Qt process) and not
``multiprocessing`` (whose spawn runs the starting script again in the child). Should the
process not start at all (a broken installation, a frozen app that does not know the
flag), the pages are typeset in this process instead, as before the process existed: the
preview then costs keystrokes, but it never stops working.
"""

from __future__ import annotations

import itertools
import os
import pickle
import subprocess
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import delegate_editor
from delegate_editor.app.typeset_worker import WORKER_FLAG, Owner, Packed, Pipe, Wire, serve_one
from delegate_editor.conventions.messages import Said
from delegate_editor.errors import InputError

_owners = itertools.count(1)
PATIENCE_S = 120.0  # a request's longest wait: 2,000 paragraphs typeset whole take about 10 s
Early = Callable[[list[bytes], Packed], None]


class TypesetError(Exception):
    """A render that could not be made; ``str()`` is the one line the preview shows (in
    English; ``messages.shown_error`` words it in the interface language)."""


def new_owner() -> int:
    """A number naming one preview to the process for as long as the app runs."""
    return next(_owners)


def command() -> list[str]:
    """How to start the process: the frozen app with the flag its launchers know, or this
    Python with the module."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG]
    return [sys.executable, "-m", "delegate_editor.app.typeset_worker"]


class _Answers:
    """Takes the process's answers to one request (or this process's own, the same way)."""

    def __init__(self, held: Packed, early: Early) -> None:
        self.held, self.early = held, early
        self.pages: list[bytes] | None = None

    def send(self, answer: tuple) -> None:
        if answer[0] == "failed":
            raise (InputError if answer[2] else TypesetError)(answer[1])
        pages, self.held = _unwire(answer[1], self.held)
        if answer[0] == "early":
            self.early(pages, self.held)
        else:
            self.pages = pages

    @property
    def done(self) -> bool:
        return self.pages is not None


class _Findings:
    """Takes the answer to a check."""

    def __init__(self) -> None:
        self.found: list | None = None

    @property
    def done(self) -> bool:
        return self.found is not None

    def send(self, answer: tuple) -> None:
        if answer[0] == "failed":
            raise TypesetError(answer[1])
        self.found = list(answer[1])


class Typesetter:
    """Makes one render at a time (the previews of several windows take turns)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen | None = None
        self._pipe: Pipe | None = None
        self._answered = False  # the current process has answered a request
        self.here: OrderedDict[int, Owner] | None = None  # typesetting here instead
        self.patience = PATIENCE_S
        self._closing = False

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def render(
        self, owner: int, held: Packed, request: tuple[dict, Any, int, bool], early: Early
    ) -> tuple[list[bytes], Packed]:
        """The pages of one render as kept (compressed), and the digest index to hand in
        with the next. ``held`` is the index the last render of ``owner`` returned; pages
        unchanged since are its very bytes objects. Raises InputError for a draft that
        cannot be typeset and TypesetError for a defect or a process that died."""
        data, layout, total_hint, compilation = request
        message = ("render", owner, not held, data, layout, total_hint, compilation)
        answers = self._ask(message, lambda: _Answers(held, early))
        assert isinstance(answers, _Answers) and answers.pages is not None
        return answers.pages, answers.held

    def check(self, data: dict) -> list:
        """The checks' findings for a draft's plain data (``to_dict``). Raises TypesetError
        when a rule fails or the process died."""
        answers = self._ask(("check", data), _Findings)
        assert isinstance(answers, _Findings) and answers.found is not None
        return answers.found

    def _ask(self, message: tuple, fresh: Callable[[], _Answers | _Findings]) -> _Answers | _Findings:
        """Send one request and take its answers; in this process when there is none."""
        answers = fresh()
        with self._lock:
            pipe = self._start() if self.here is None else None
            if pipe is not None:
                # a process that hangs (a typesetting loop) is ended, and the request fails
                # like a crash, rather than the preview waiting for ever
                process = self._process
                watchdog = threading.Timer(self.patience, lambda: process is not None and process.kill())
                watchdog.daemon = True
                watchdog.start()
                try:
                    pipe.send(message)
                    while not answers.done:
                        answers.send(pipe.recv())
                    self._answered = True
                    return answers
                except (EOFError, OSError, KeyError, ValueError, pickle.UnpicklingError) as exc:
                    answered = self._answered  # (it died, or its answer was garbled)
                    self._stop()
                    if answered or self._closing:  # it worked: started again at the next request
                        raise TypesetError(Said("typeset.stopped", reason=type(exc).__name__)) from exc
                    # it never answered: it cannot run in this installation
                    self._here_from_now(exc)
                    answers = fresh()
                finally:
                    watchdog.cancel()
            assert self.here is not None
            serve_one(self.here, answers, message)  # the same work, in this process
        return answers

    def warm(self) -> None:
        """Start the process now (the window is opening), unless a render is under way."""
        if self._lock.acquire(blocking=False):
            try:
                if self.here is None:
                    self._start()
            finally:
                self._lock.release()

    def _start(self) -> Pipe | None:
        if self._process is not None and self._process.poll() is None and self._pipe is not None:
            return self._pipe
        self._stop()
        # the process imports the very package this one runs, wherever it was found
        env = dict(os.environ)
        root = str(Path(delegate_editor.__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
        try:
            process = subprocess.Popen(
                command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                env=env,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console on Windows
            )
        except OSError as exc:
            self._here_from_now(exc)
            return None
        assert process.stdin is not None and process.stdout is not None
        self._process, self._pipe, self._answered = process, Pipe(process.stdout, process.stdin), False
        return self._pipe

    def _here_from_now(self, exc: BaseException) -> None:
        from delegate_editor.storage import crashlog

        crashlog.record_caught(exc, "preview process")
        self.here = OrderedDict()

    def _stop(self) -> None:
        if self._process is not None:
            for stream in (self._process.stdin, self._process.stdout):
                try:
                    if stream is not None:
                        stream.close()
                except OSError:
                    pass
            if self._process.poll() is None:
                self._process.kill()
            self._process.wait(5)
        self._process = self._pipe = None

    def close(self) -> None:
        """End the process (the app is closing), at once: a request under way, even one the
        process hangs on, fails rather than keeping the app from quitting."""
        self._closing = True
        process = self._process
        if process is not None and process.poll() is None:
            process.kill()  # the waiting request's read ends
        with self._lock:
            self._stop()
        self._closing = False


def _unwire(wire: Wire, held: Packed) -> tuple[list[bytes], Packed]:
    pages: list[bytes] = []
    index: Packed = {}
    for digest, page in wire:
        kept = page if page is not None else index.get(digest) or held[digest]
        index[digest] = kept
        pages.append(kept)
    return pages, index


TYPESETTER = Typesetter()  # the app's one typesetting process
