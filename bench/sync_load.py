"""Load test of co-drafting through a real group server (issue 21 item 6): ``--members``
members add ``--items`` proposals and comments in all to the 1x draft (100 preambular, 400
operative paragraphs) through ``delegate-editor serve`` on 127.0.0.1, a separate process.

The members are ``GroupClient``s, each with its own websocket and its own ``SharedDraft``,
in ``--processes`` Python processes (``sync_load_member.py``): the first process holds one
member alone, so its memory is one member's; the others share the rest. Two phases:

1. everyone online: ``items - offline - others`` items at ``--rate`` items a second in all;
2. the lone member leaves, adds ``--offline`` items (proposals and comments, as typed, one
   transaction each) while the others add ``--others`` more, then comes back.

Measured: per item, the time from its sender's transaction to the last other member having
it (p50, p95, slowest; the member offline is left out of phase 2's items); the server's own
time to check and apply each update (its log line at stop, ``sync/server.py``); the server's
and the lone member's resident memory (now and peak, from /proc); and the merge: from the
lone member's reconnection to every member holding every item. Every member ends with the
same draft and every item, or the run says what is missing. Only 127.0.0.1 is contacted;
each wait has a deadline, so the run stops by itself.

    python bench/sync_load.py                       # 40 members, 5,000 items (about 3 minutes)
    python bench/sync_load.py --members 10 --items 500 --others 200 --offline 50
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import anyio

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for folder in (ROOT, BENCH):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import generate  # noqa: E402
from pycrdt.store import FileYStore  # noqa: E402

from delegate_editor.model.negotiation import start_negotiation  # noqa: E402
from delegate_editor.sync.rooms import Room  # noqa: E402
from delegate_editor.sync.shared import SharedDraft  # noqa: E402

WORKER = BENCH / "sync_load_member.py"


class Worker:
    """One member process, spoken to through its pipes; every read has a deadline."""

    def __init__(self, names: list[str], server: str, room: Room, log: Path) -> None:
        invitations = [room.invitation() for _ in names]
        args = ["--server", server, "--room", room.name, "--names", ",".join(names)]
        args += ["--invitations", ",".join(invitations)]
        self.names = names
        self.popen = subprocess.Popen(
            [sys.executable, str(WORKER), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log.open("w"),
            text=True,
            cwd=ROOT,
        )
        self.started = self.answer(60)

    def ask(self, command: str) -> None:
        self.popen.stdin.write(command + "\n")
        self.popen.stdin.flush()

    def answer(self, timeout: float) -> dict:
        line = _readline(self.popen, timeout)
        if not line:
            raise RuntimeError(f"member process {self.names[0]}... ended")
        return json.loads(line)

    def kill(self) -> None:
        if self.popen.poll() is None:
            self.popen.kill()
        self.popen.wait(timeout=10)


def _readline(popen: subprocess.Popen, timeout: float) -> str:
    """One line of ``popen``'s stdout, or ``TimeoutError`` after ``timeout`` seconds."""
    import selectors

    with selectors.DefaultSelector() as sel:
        sel.register(popen.stdout, selectors.EVENT_READ)
        if not sel.select(timeout):
            raise TimeoutError(f"no answer in {timeout:.0f} s")
    return popen.stdout.readline()


def all_ask(workers: list[Worker], command: str, timeout: float) -> list[dict]:
    for w in workers:
        w.ask(command)
    return [w.answer(timeout) for w in workers]


def proc_memory(pid: int) -> dict[str, int]:
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0])
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def split(names: list[str], processes: int) -> list[list[str]]:
    """The first member alone, the rest dealt round the other processes."""
    rest = max(1, processes - 1)
    return [names[:1]] + [names[1:][i::rest] for i in range(rest) if names[1:][i::rest]]


def shares(total: int, sizes: list[int]) -> list[int]:
    """``total`` items dealt in proportion to ``sizes``, summing to ``total`` exactly."""
    whole = sum(sizes)
    out = [total * s // whole for s in sizes]
    out[-1] += total - sum(out)
    return out


def run(args: argparse.Namespace, tmp: Path) -> dict:
    draft = generate.large_draft(1)
    draft.negotiation = start_negotiation(draft)
    room = Room(tmp / "rooms", "load")
    room.create()
    anyio.run(FileYStore(str(room.store)).write, SharedDraft.start(draft, "Penholder").update())
    server_log = tmp / "server.log"
    server = subprocess.Popen(
        [sys.executable, "-m", "delegate_editor", "serve", "--port", "0", "--data", str(room.data)],
        stdout=subprocess.PIPE,
        stderr=server_log.open("w"),
        text=True,
        cwd=ROOT,
    )
    workers: list[Worker] = []
    result: dict = {"load_before": os.getloadavg()}
    try:
        url = re.search(r"ws://127\.0\.0\.1:\d+", _readline(server, 60)).group(0)
        names = [f"M{i:02d}" for i in range(args.members)]
        for i, group in enumerate(split(names, args.processes)):
            workers.append(Worker(group, url, room, tmp / f"member{i}.log"))
        result["member_started"] = workers[0].started["memory"]
        t0 = time.monotonic()
        all_ask(workers, "join", 180)
        result["join_s"] = time.monotonic() - t0
        lone, others = workers[0], workers[1:]
        first = args.items - args.offline - args.others
        sizes = [len(w.names) for w in workers]
        counts = shares(first, sizes)
        t0 = time.monotonic()
        for w, count in zip(workers, counts, strict=True):
            w.ask(f"send {count} {args.rate * len(w.names) / args.members}")
        for w in workers:
            w.answer(args.deadline)
        assert all(a["ok"] for a in all_ask(workers, f"wait {first} {args.deadline}", args.deadline + 10))
        result["phase1_s"] = time.monotonic() - t0

        lone.ask("offline")
        lone.answer(60)
        result["offline_at"] = time.monotonic()
        lone.ask(f"send {args.offline} 1000000")  # typed offline: no server to wait for
        lone.answer(60)
        rate = args.rate * (args.members - 1) / args.members
        for w, count in zip(others, shares(args.others, sizes[1:]), strict=True):
            w.ask(f"send {count} {rate * len(w.names) / (args.members - 1)}")
        for w in others:
            w.answer(args.deadline)
        assert all(
            a["ok"]
            for a in all_ask(others, f"wait {first + args.others} {args.deadline}", args.deadline + 10)
        )
        result["server_memory_before_merge"] = proc_memory(server.pid)
        lone.ask("online")
        back = lone.answer(60)["t"]
        waits = all_ask(workers, f"wait {args.items} {args.deadline}", args.deadline + 10)
        reached = {name: t for a in waits for name, t in a["reached"].items()}
        result["merge_ok"] = all(t is not None for t in reached.values())
        if result["merge_ok"]:
            result["merge_lone_s"] = reached[lone.names[0]] - back
            result["merge_all_s"] = max(reached.values()) - back
        result["server_memory"] = proc_memory(server.pid)
        reports = all_ask(workers, "report", 300)
        result["load_after"] = os.getloadavg()
    finally:
        for w in workers:
            w.kill()
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    members = {name: m for r in reports for name, m in r["members"].items()}
    result["lone_member_memory"] = reports[0]["memory"]
    result["process_memory"] = [r["memory"] for r in reports]
    result["converged"] = len({m["digest"] for m in members.values()}) == 1
    result["items_everywhere"] = sorted({m["items"] for m in members.values()})
    result["sent"] = sum(len(m["sent"]) for m in members.values())
    result["item_sets"] = len({m["items_digest"] for m in members.values()})
    result["refused"] = sum(len(m["refused"]) for m in members.values())
    result["latency"] = latencies(members, lone.names[0], result["offline_at"])
    summary = re.search(
        r"(\d+) updates checked and applied, median ([\d.]+) ms, p95 ([\d.]+) ms"
        r".*first tenth ([\d.]+) ms, of the last ([\d.]+) ms",
        server_log.read_text(),
    )
    result["server_checks"] = summary.groups() if summary else None
    return result


def latencies(members: dict[str, dict], lone: str, away: float) -> list[float]:
    """Per item in the order sent, from its send to the last other member having it. What the lone member
    typed while away, and what it received on its return, are the merge, not counted here."""
    out = []
    for sender, m in members.items():
        for key, sent in m["sent"].items():
            if sender == lone and sent >= away:
                continue
            times = [
                other["arrived"][key]
                for name, other in members.items()
                if name != sender and not (name == lone and sent >= away)
            ]
            out.append((sent, max(times) - sent))
    return [latency for _, latency in sorted(out)]  # in the order sent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--members", type=int, default=40)
    ap.add_argument("--items", type=int, default=5000, help="proposals and comments in all")
    ap.add_argument("--offline", type=int, default=200, help="items the lone member adds offline")
    ap.add_argument("--others", type=int, default=2000, help="items the others add meanwhile")
    ap.add_argument("--processes", type=int, default=4, help="member processes (the first holds one)")
    ap.add_argument("--rate", type=float, default=40, help="items a second, all members together")
    ap.add_argument("--deadline", type=float, default=600, help="seconds any one phase may take")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        r = run(args, Path(tmp))
    report(r, args)
    if not (r["converged"] and r["items_everywhere"] == [args.items] and r["merge_ok"]):
        sys.exit(1)


def report(r: dict, args: argparse.Namespace) -> None:
    """The figures, one a line, as ``bench/RESULTS.md`` quotes them."""
    lat = [s * 1000 for s in r["latency"]]
    tenth = max(1, len(lat) // 10)
    mb = 1024
    lines = [
        f"{args.members} members in {args.processes} processes, {args.items} items, "
        f"{args.rate:g} items/s; {os.cpu_count()} cores",
        f"load average before {r['load_before'][0]:.2f}, after {r['load_after'][0]:.2f}",
        f"join ({args.members} connections, the whole state to each): {r['join_s']:.1f} s; "
        f"phase 1: {r['phase1_s']:.0f} s",
        f"send -> every other member has it: p50 {statistics.median(lat):.0f} ms, "
        f"p95 {percentile(lat, 0.95):.0f} ms, slowest {max(lat):.0f} ms ({len(lat)} items)",
        f"  median of the first tenth sent {statistics.median(lat[:tenth]):.0f} ms, "
        f"of the last tenth {statistics.median(lat[-tenth:]):.0f} ms",
    ]
    if r["server_checks"]:
        n, p50, p95, first, last = r["server_checks"]
        lines.append(f"server: check+apply per update p50 {p50} ms, p95 {p95} ms ({n} updates)")
        lines.append(f"  median of the first tenth {first} ms, of the last tenth {last} ms")
    server, lone = r["server_memory"], r["lone_member_memory"]
    lines += [
        f"server memory: RSS {server['VmRSS'] / mb:.0f} MB, peak {server['VmHWM'] / mb:.0f} MB",
        f"one member's process: RSS {lone['VmRSS'] / mb:.0f} MB, peak {lone['VmHWM'] / mb:.0f} MB "
        f"(started, modules imported: {r['member_started']['VmRSS'] / mb:.0f} MB)",
        "member processes' RSS: " + ", ".join(f"{m['VmRSS'] / mb:.0f} MB" for m in r["process_memory"]),
    ]
    if r["merge_ok"]:
        lines.append(
            f"merge, {args.offline} items offline against {args.others}: the member has all "
            f"{r['merge_lone_s'] * 1000:.0f} ms after reconnecting, everyone {r['merge_all_s'] * 1000:.0f} ms"
        )
    lines.append(
        f"converged: {r['converged']}; items per member: {r['items_everywhere']}; "
        f"refused updates: {r['refused']}"
    )
    print("\n".join(lines))


if __name__ == "__main__":
    main()
