"""Leaving a group never hangs the window: ``GroupLink.stop`` returns even when a task the
window asked of the link's thread never ends (a publish waiting on a dead connection). A
full run of the suite once hung for good in ``tests/ui/test_group_window.py``: the window's
thread waited, with no deadline, for the link's remaining tasks to finish."""

from __future__ import annotations

import threading
import time

import anyio

from delegate_editor.sync.link import GroupLink


class _Quiet:
    def draft_changed(self, draft, log, local) -> None: ...
    def status_changed(self, status) -> None: ...
    def presence_changed(self, members) -> None: ...
    def failed(self, message, fatal) -> None: ...
    def credential_ready(self, credential) -> None: ...


def test_stop_returns_though_a_task_never_ends():
    # port 9 (discard) is closed here: the client keeps retrying, as offline
    link = GroupLink("ws://127.0.0.1:9", "room", "dec1.token", "Mexico", None, _Quiet(), retry_max=0.2)
    link.start()
    link._ask(anyio.sleep_forever)  # stands for a publish stuck on a dead connection
    time.sleep(0.3)
    stopping = threading.Thread(target=link.stop, kwargs={"timeout": 1}, daemon=True)
    began = time.monotonic()
    stopping.start()
    stopping.join(20)
    assert not stopping.is_alive(), "stop() still waits for the link's tasks"
    assert time.monotonic() - began < 10
