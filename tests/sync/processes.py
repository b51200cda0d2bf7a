"""Real processes for the co-drafting tests: a group server, members (``member.py``) and
members' app windows (``app_member.py``), each driven through its pipes with a timeout on
every wait and killed at the end however the test ends."""

from __future__ import annotations

import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MEMBER = Path(__file__).with_name("member.py")
APP_MEMBER = Path(__file__).with_name("app_member.py")
APP_START_S = 90  # a cold start of Qt and the window on a loaded 2-core machine


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")])}


def invite(draft: Path, data: Path, *extra: str, room: str = "l13") -> str:
    """``delegate-editor invite`` run as a user runs it: the invitation it prints."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "delegate_editor",
            "invite",
            str(draft),
            "--room",
            room,
            "--data",
            str(data),
            *extra,
        ],
        cwd=ROOT,
        env=env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def until(condition, timeout: float = 20, what: str = "a condition"):
    """Poll ``condition`` until it is true (returned) or ``timeout`` seconds pass (fail)."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.05)  # the polling interval, not a synchronisation


class Process:
    """A child process whose stdout lines are read by a thread, so reads can time out."""

    def __init__(
        self, args: list[str], log: Path, extra: dict[str, str] | None = None, session: bool = False
    ) -> None:
        self.log = log
        self._err = log.open("w")
        self.popen = subprocess.Popen(
            args,
            cwd=ROOT,
            env={**env(), **(extra or {})},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._err,
            text=True,
            bufsize=1,
            start_new_session=session,
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.popen.stdout:
            self._lines.put(line)
        self._lines.put(None)

    def line(self, timeout: float = 15) -> str:
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no answer in {timeout} s; stderr: {self.stderr()[-2000:]}") from None
        if line is None:
            raise AssertionError(f"the process ended; stderr: {self.stderr()[-2000:]}")
        return line

    def stderr(self) -> str:
        self._err.flush()
        return self.log.read_text(errors="replace")

    def kill(self) -> None:
        if self.popen.poll() is None:
            self.popen.kill()
        try:
            self.popen.wait(timeout=10)
        finally:
            self._err.close()

    def stop(self, timeout: float = 15) -> int:
        """SIGTERM, and the exit status once it has stopped (killed if it does not)."""
        self.popen.terminate()
        try:
            return self.popen.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError(f"did not stop in {timeout} s; stderr: {self.stderr()[-2000:]}") from None


class Server(Process):
    def __init__(self, data: Path, log: Path, port: int = 0, extra: tuple[str, ...] = ()) -> None:
        args = ["--host", "127.0.0.1", "--port", str(port), "--data", str(data), *extra]
        super().__init__([sys.executable, "-m", "delegate_editor", "serve", *args], log)
        match = re.search(r"(wss?://127\.0\.0\.1:(\d+))", self.line())
        assert match, self.stderr()
        self.url, self.port = match.group(1), int(match.group(2))


class Member(Process):
    def __init__(self, name: str, server: str, folder: Path, invitation: str = "") -> None:
        self.name = name
        slug = name.lower()
        args = ["--server", server, "--room", "l13", "--name", name]
        args += ["--state", str(folder / f"{slug}.state"), "--credential", str(folder / f"{slug}.cred")]
        args += ["--invitation", invitation]
        super().__init__([sys.executable, str(MEMBER), *args], folder / f"{slug}.log")

    def ask(self, command: str, timeout: float = 15) -> dict:
        self.popen.stdin.write(command + "\n")
        self.popen.stdin.flush()
        return json.loads(self.line(timeout))

    def state(self) -> dict:
        return self.ask("state")


GROUP = ("Mexico", "EU", "Brazil")  # the penholder first


def start_group(
    tmp_path: Path, draft, running: list, named: bool = False
) -> tuple[Path, Server, tuple[Member, ...]]:
    """``draft`` shared as room "l13" with Mexico as penholder, invitations for the three of
    GROUP (each under its name with ``named``, so one can be revoked by name), a server, and
    the three members started and appended to ``running`` for the caller's ``finally``.
    Returns the rooms folder, the server and the members, penholder first."""
    from delegate_editor.storage import dres
    from delegate_editor.sync.log import shared_of

    path, data = tmp_path / "l13.dres", tmp_path / "rooms"
    dres.save(draft, path)
    invitations = [
        invite(path, data, *(["--member", name] if named else []), *(["--penholder", name] if i == 0 else []))
        for i, name in enumerate(GROUP)
    ]
    (tmp_path / "mexico.state").write_bytes(shared_of(dres.load(path)).update())  # the penholder's copy
    server = Server(data, tmp_path / "server.log")
    running.append(server)
    members = tuple(
        Member(name, server.url, tmp_path, invitation)
        for name, invitation in zip(GROUP, invitations, strict=True)
    )
    running += members
    return data, server, members


class AppMember(Process):
    """A member's app window in a process of its own (``app_member.py``), with its own user
    folders (``home``), started on ``draft`` when given, as ``delegate-editor FILE``.

    Started in a session of its own, so that a kill takes the app's typesetting process
    (its child) with it, as a crash of the app does."""

    def __init__(self, name: str, home: Path, draft: Path | None = None, log: Path | None = None) -> None:
        self.name = name
        home.mkdir(parents=True, exist_ok=True)
        extra = {"DELEGATE_EDITOR_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
        args = [sys.executable, str(APP_MEMBER), name, *([str(draft)] if draft else [])]
        super().__init__(args, log or home / "app.log", extra, session=True)
        self.ready = json.loads(self.line(APP_START_S))
        assert "ready" in self.ready, self.ready

    def ask(self, timeout: float = 30, **command) -> dict:
        self.popen.stdin.write(json.dumps(command) + "\n")
        self.popen.stdin.flush()
        answer = json.loads(self.line(timeout))
        assert "error" not in answer, f"{self.name}: {answer['error']}; stderr: {self.stderr()[-2000:]}"
        return answer

    def state(self) -> dict:
        return self.ask(do="state")

    def kill(self) -> None:
        """SIGKILL to the app and its children (its process group, which it leads)."""
        if self.popen.poll() is None:
            try:
                os.killpg(self.popen.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        super().kill()
