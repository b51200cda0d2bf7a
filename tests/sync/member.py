"""One member's process for the real-process tests: a ``SharedDraft`` synced by the sync
client, driven by one command a line on stdin, answering one JSON line on stdout.

    comment TEXT     a comment by this member on the first operative paragraph
    agreed WORD      WORD added to the end of the second operative paragraph (the agreed
                     text: the penholder changes it, anyone else makes a proposal)
    state            what the test compares: connected or not, a digest of the whole draft,
                     the comments' texts, the agreed text and who wrote it, the proposals,
                     the server's word if it refused this member's credential, and the
                     members this one sees online (its awareness states' names, as the
                     app lists them: one a state, so a member listed twice shows twice)
    quit             leave

After each edit the Doc's whole state is written to ``--state`` (replaced atomically, as the
app's autosave would keep it), before the answer: what a member was told is typed survives
a kill. A new process starts from that file, and from the credential in ``--credential``
(an invitation is exchanged for one only on the first start).
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import os
import sys
from pathlib import Path

import anyio
from pycrdt import Awareness

from delegate_editor.model.comments import Comment
from delegate_editor.model.text import Run
from delegate_editor.sync.client import GroupClient, RefusedError, redeem
from delegate_editor.sync.shared import SharedDraft


def _save(shared: SharedDraft, path: Path) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(shared.update())
    os.replace(tmp, path)


def _edit(shared: SharedDraft, name: str, command: str, arg: str) -> None:
    before = shared.draft()
    after = copy.deepcopy(before)
    if command == "comment":
        after.comments.append(Comment(after.operative[0].id, arg, name))
    else:
        para = after.operative[1]
        items = list(para.text)
        last = max(i for i, item in enumerate(items) if isinstance(item, Run))
        text = items[last].text
        items[last] = Run(f"{text[:-1]} {arg}{text[-1:]}", items[last].italic)
        para.text = tuple(items)
    shared.publish(before, after, name)


async def _sync(client: GroupClient, shut_out: list[str]) -> None:
    """The client's run; a token the server refuses (revoked) ends it, and is reported."""
    try:
        await client.run(0.05, 0.5)
    except RefusedError as exc:
        shut_out.append(str(exc))


def _state(shared: SharedDraft, client: GroupClient, shut_out: list[str]) -> dict:
    plain = shared.plain()
    states = client.awareness.states.values() if client.awareness is not None else []
    proposals = plain.get("negotiation", {}).get("proposals", [])
    return {
        "connected": client.connected,
        "connections": client.connections,
        "digest": hashlib.sha256(json.dumps(plain, sort_keys=True).encode()).hexdigest(),
        "comments": sorted(c["text"] for c in plain.get("comments", [])),
        "agreed": shared.maps["agreed"].get("text"),
        "agreed_by": shared.maps["agreed"].get("by"),
        "proposals": sorted([p.get("authors", []), p.get("kind")] for p in proposals),
        "refused": client.refused_updates,
        "shut_out": shut_out,
        "members": sorted(str(s["name"]) for s in states if s and s.get("name")),
    }


async def main() -> None:
    ap = argparse.ArgumentParser()
    for name in ("--server", "--room", "--name", "--state", "--credential"):
        ap.add_argument(name, required=True)
    ap.add_argument("--invitation", default="")
    args = ap.parse_args()
    state, cred = Path(args.state), Path(args.credential)
    if not cred.exists():
        token = await anyio.to_thread.run_sync(redeem, args.server, args.room, args.invitation)
        cred.write_text(token, "ascii")
    shared = SharedDraft()
    if state.exists():
        shared.receive(state.read_bytes())
    awareness = Awareness(shared.doc)  # who is here, as the app's link says it
    awareness.set_local_state({"name": args.name, "part": "", "paragraph": ""})
    client = GroupClient(shared, args.server, args.room, cred.read_text("ascii"), awareness=awareness)
    async with anyio.create_task_group() as tg:
        shut_out: list[str] = []
        await tg.start(awareness.start)  # renews this member's state, drops the silent after 30 s
        tg.start_soon(_sync, client, shut_out)
        while True:
            line = await anyio.to_thread.run_sync(sys.stdin.readline, abandon_on_cancel=True)
            command, _, arg = line.strip().partition(" ")
            if command in ("comment", "agreed"):
                _edit(shared, args.name, command, arg)
                _save(shared, state)
                answer: dict = {"ok": True}
            elif command == "state":
                answer = _state(shared, client, shut_out)
            else:
                client.stop()
                tg.cancel_scope.cancel()
                return
            print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    anyio.run(main)
