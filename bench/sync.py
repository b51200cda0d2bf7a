"""Cost of co-drafting on the shared Doc (issue 21), in process and through a group server.

The 1x draft of ``generate.py`` (100 preambular, 400 operative paragraphs) is shared by its
penholder; ``--members`` members, each a replica in this process, take turns adding a
comment or a words proposal and the next member receives the update. Timed: one member's
publish plus another's receive, the Doc's size as ``--items`` accumulate, and merging a
member who was offline for ``--offline`` edits. Peak memory with tracemalloc (Python's
allocations; pycrdt's Rust heap is not counted, so this is a floor).

    python bench/sync.py                      # 40 members, 500 items, 200 offline edits
    python bench/sync.py --items 5000         # in process (through a server: bench/sync_load.py)
    python bench/sync.py --loopback 30        # sync latency through `serve` on 127.0.0.1

``--loopback N``: a group server (``sync/server.py``, the room seeded with the shared 1x
draft) and two members' clients in this process on 127.0.0.1; member A adds a comment or a
words proposal N times, and the time is taken from A's publish to B's client having applied
the update the server relayed (the server checks each update on a trial Doc first).
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402

from delegate_editor.model.comments import Comment  # noqa: E402
from delegate_editor.model.negotiation import paragraph_text, start_negotiation  # noqa: E402
from delegate_editor.model.proposals import edits_between, words_proposal  # noqa: E402
from delegate_editor.sync.shared import SharedDraft  # noqa: E402


def _edit(replica: SharedDraft, who: str, i: int) -> None:
    before = replica.draft()
    after = copy.deepcopy(before)
    node = after.operative[i % len(after.operative)]
    if i % 2:
        after.comments.append(Comment(node.id, f"Comment {i} of {who} on this paragraph.", who))
    else:
        text = paragraph_text(node)
        new = f"{text[:-1]}, as appropriate{text[-1:]}"
        after.negotiation.proposals.append(words_proposal(node, edits_between(text, new), [who]))
    replica.publish(before, after, who)


async def _loopback(draft, rounds: int) -> None:
    import anyio
    from pycrdt.store import FileYStore

    from delegate_editor.sync.client import GroupClient, redeem
    from delegate_editor.sync.rooms import Room
    from delegate_editor.sync.server import GroupServer

    with tempfile.TemporaryDirectory() as tmp:
        room = Room(Path(tmp), "bench")
        room.create()
        await FileYStore(str(room.store)).write(SharedDraft.start(draft, "Penholder").update())
        urls: list[str] = []
        stop = anyio.Event()
        arrived = anyio.Event()

        def on_change() -> None:
            arrived.set()

        async with anyio.create_task_group() as tg:
            tg.start_soon(GroupServer(Path(tmp), "127.0.0.1", 0).run, urls.append, stop)
            with anyio.fail_after(10):
                while not urls:
                    await anyio.sleep(0.01)
            clients = []
            for change in (None, on_change):
                credential = await anyio.to_thread.run_sync(redeem, urls[0], "bench", room.invitation())
                clients.append(GroupClient(SharedDraft(), urls[0], "bench", credential, on_change=change))
                tg.start_soon(clients[-1].run)
            with anyio.fail_after(30):
                while not all(c.connected for c in clients):
                    await anyio.sleep(0.01)
            a = clients[0].shared
            latencies, publishes = [], []
            for i in range(rounds):
                arrived = anyio.Event()
                t0 = time.perf_counter()
                _edit(a, "Member A", i)
                t1 = time.perf_counter()
                with anyio.fail_after(30):
                    await arrived.wait()
                latencies.append(time.perf_counter() - t1)
                publishes.append(t1 - t0)
            for c in clients:
                c.stop()
            stop.set()
    print(f"loopback, {rounds} edits of the 1x draft through a group server on 127.0.0.1:")
    print(
        f"publish (read, copy, change, publish) median {statistics.median(publishes) * 1000:.0f} ms; "
        f"then to the other member median {statistics.median(latencies) * 1000:.0f} ms, "
        f"max {max(latencies) * 1000:.0f} ms"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--members", type=int, default=40)
    ap.add_argument("--items", type=int, default=500)
    ap.add_argument("--offline", type=int, default=200)
    ap.add_argument("--loopback", type=int, default=0, help="edits through a server on 127.0.0.1 (only)")
    args = ap.parse_args()
    draft = generate.large_draft(1)
    draft.negotiation = start_negotiation(draft)
    if args.loopback:
        asyncio.run(_loopback(draft, args.loopback))
        return
    tracemalloc.start()
    penholder = SharedDraft.start(draft, "Penholder")
    members = [penholder] + [SharedDraft() for _ in range(args.members - 1)]
    for m in members[1:]:
        m.receive(penholder.update())
    times, receives = [], []
    for i in range(args.items):
        a, b = members[i % len(members)], members[(i + 1) % len(members)]
        t0 = time.perf_counter()
        _edit(a, f"Member {i % len(members)}", i)
        t1 = time.perf_counter()
        b.receive(a.update())
        times.append(time.perf_counter() - t0)
        receives.append(time.perf_counter() - t1)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    offline = SharedDraft()
    offline.receive(members[0].update())
    for i in range(args.offline):
        _edit(offline, "Offline member", i)
    for m in members[1:]:
        members[0].receive(m.update())
    t0 = time.perf_counter()
    members[0].receive(offline.update())
    offline.receive(members[0].update())
    merge = time.perf_counter() - t0
    tail = times[-max(1, len(times) // 10) :]
    print(f"members {args.members}, items {args.items}, offline edits {args.offline}")
    print(
        f"publish+receive: median {statistics.median(times) * 1000:.0f} ms, last 10% {statistics.median(tail) * 1000:.0f} ms"
    )
    print(
        f"Doc state {len(members[0].update()) / 1024:.0f} KB; Python peak {peak / 2**20:.0f} MB (all replicas)"
    )
    print(
        f"of which receive (check the update, apply it): median {statistics.median(receives) * 1000:.0f} ms"
    )
    print(f"merging {args.offline} offline edits both ways: {merge * 1000:.0f} ms")


if __name__ == "__main__":
    main()
