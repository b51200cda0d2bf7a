"""Some of the load test's members in one process: each a ``SharedDraft`` synced by its own
``GroupClient`` (its own websocket), all on this process's event loop. Driven by
``bench/sync_load.py`` (and ``tests/sync/test_load.py``) one command a line on stdin, one
JSON line answered on stdout:

    join                   redeem the invitations, connect every member, answer once all
                           have the room's state
    send COUNT RATE        the members here add COUNT items in turn (a comment, then a words
                           proposal, ...), RATE items a second in all, each with ``share_item``
                           in a transaction of its own, as a delegate types them
    offline                the members here leave (their clients stop); they keep editing
    online                 they connect again; answers the time they were started again
    wait N TIMEOUT         answer once every member here holds N items, or at TIMEOUT
    report                 what each member sent and received, when, and this process's memory

Times are ``time.monotonic()``: CLOCK_MONOTONIC on Linux, one clock for every process on the
machine, so a send here and an arrival in another process can be subtracted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import anyio

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from delegate_editor.model.comments import Comment, to_data  # noqa: E402
from delegate_editor.model.negotiation import Negotiation, paragraph_text  # noqa: E402
from delegate_editor.model.negotiation_data import dump  # noqa: E402
from delegate_editor.model.proposals import edits_between, words_proposal  # noqa: E402
from delegate_editor.sync.client import GroupClient, redeem  # noqa: E402
from delegate_editor.sync.shared import SharedDraft  # noqa: E402

PREFIX = "load-"  # the ids of the items this test makes, so other entries are not counted


def memory() -> dict[str, int]:
    """This process's resident memory now and at its peak (kB), from /proc (Linux)."""
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0])
    return out


@dataclass
class Member:
    name: str
    shared: SharedDraft
    client: GroupClient | None = None
    arrived: dict[str, float] = field(default_factory=dict)  # item id -> first seen here
    sent: dict[str, float] = field(default_factory=dict)  # item id -> sent by this member
    made: int = 0

    def watch(self) -> None:
        """Note when each item is first here: an observer on the two Maps items go in."""

        def seen(event) -> None:
            now = time.monotonic()
            for key in event.keys:
                if key.startswith(PREFIX) and key not in self.arrived:
                    self.arrived[key] = now

        for name in ("comments", "proposals"):
            self.shared.maps[name].observe(seen)

    def add(self, paragraphs: list, n: int) -> None:
        key = f"{PREFIX}{self.name}-{n:05d}"
        node = paragraphs[n % len(paragraphs)]
        if n % 2:
            (data,) = to_data([Comment(node.id, f"Comment {n} of {self.name}.", self.name, id=key)])
            self.sent[key] = time.monotonic()
            self.shared.share_item("comments", key, data, self.name)
        else:
            text = paragraph_text(node)
            proposal = words_proposal(node, edits_between(text, f"{text[:-1]}, {n}{text[-1:]}"), [self.name])
            proposal.id = key
            (data,) = dump(Negotiation(proposals=[proposal]))["proposals"]
            self.sent[key] = time.monotonic()
            self.shared.share_item("proposals", key, data, self.name)

    def items(self) -> list[str]:
        return sorted(
            k
            for name in ("comments", "proposals")
            for k in self.shared.maps[name].keys()
            if k.startswith(PREFIX)
        )


class Members:
    def __init__(self, server: str, room: str, names: list[str], invitations: list[str]) -> None:
        self.server, self.room = server, room
        self.members = [Member(n, SharedDraft()) for n in names]
        self.invitations = invitations
        self.credentials: list[str] = []
        self.paragraphs: list = []
        self.tg: anyio.abc.TaskGroup | None = None

    def connect(self) -> None:
        for member, credential in zip(self.members, self.credentials, strict=True):
            member.client = GroupClient(member.shared, self.server, self.room, credential)
            self.tg.start_soon(member.client.run, 0.05, 0.5)

    async def join(self) -> dict:
        for invitation in self.invitations:
            self.credentials.append(
                await anyio.to_thread.run_sync(redeem, self.server, self.room, invitation)
            )
        for member in self.members:
            member.watch()
        self.connect()
        with anyio.fail_after(120):
            for member in self.members:
                await member.client.synced.wait()
        self.paragraphs = self.members[0].shared.draft().operative  # read once: the agreed text
        return {"ok": True, "memory": memory()}

    async def send(self, count: int, rate: float) -> dict:
        start = time.monotonic()
        for i in range(count):
            due = start + i / rate
            if due > time.monotonic():
                await anyio.sleep(due - time.monotonic())  # the pace of the typing, not a wait on a result
            member = self.members[i % len(self.members)]
            member.add(self.paragraphs, member.made)
            member.made += 1
            await anyio.sleep(0)  # let the clients send and receive between items
        return {"sent": count}

    async def offline(self) -> dict:
        for member in self.members:
            member.client.stop()
        with anyio.fail_after(30):
            while any(m.client.connected for m in self.members):
                await anyio.sleep(0.01)  # polling the clients' state within the deadline
        return {"ok": True}

    async def wait(self, target: int, timeout: float) -> dict:
        with anyio.move_on_after(timeout):
            while any(len(m.arrived) < target for m in self.members):
                await anyio.sleep(0.005)  # polling within the deadline
        reached = {}
        for m in self.members:
            times = sorted(m.arrived.values())
            reached[m.name] = times[target - 1] if len(times) >= target else None
        return {"ok": all(v is not None for v in reached.values()), "reached": reached}

    def report(self) -> dict:
        members = {}
        for m in self.members:
            items = m.items()
            plain = json.dumps(m.shared.plain(), sort_keys=True).encode()
            members[m.name] = {
                "sent": m.sent,
                "arrived": {k: t for k, t in m.arrived.items() if k not in m.sent},
                "items": len(items),
                "items_digest": hashlib.sha256("\n".join(items).encode()).hexdigest(),
                "digest": hashlib.sha256(plain).hexdigest(),
                "refused": m.client.refused_updates if m.client else [],
            }
        return {"members": members, "memory": memory()}


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--server", required=True)
    ap.add_argument("--room", required=True)
    ap.add_argument("--names", required=True, help="comma-separated")
    ap.add_argument("--invitations", required=True, help="comma-separated, one per name")
    args = ap.parse_args()
    group = Members(args.server, args.room, args.names.split(","), args.invitations.split(","))
    print(json.dumps({"started": True, "memory": memory()}), flush=True)
    async with anyio.create_task_group() as tg:
        group.tg = tg
        while True:
            line = await anyio.to_thread.run_sync(sys.stdin.readline, abandon_on_cancel=True)
            command, *rest = line.split()
            if command == "join":
                answer = await group.join()
            elif command == "send":
                answer = await group.send(int(rest[0]), float(rest[1]))
            elif command == "offline":
                answer = await group.offline()
            elif command == "online":
                answer = {"t": time.monotonic()}
                group.connect()
            elif command == "wait":
                answer = await group.wait(int(rest[0]), float(rest[1]))
            elif command == "report":
                answer = group.report()
            else:
                for member in group.members:
                    if member.client is not None:
                        member.client.stop()
                tg.cancel_scope.cancel()
                return
            print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    anyio.run(main)
