"""Presence with real processes on 127.0.0.1: ``delegate-editor serve`` and three members
(``member.py``, each with its awareness state as the app's link publishes it). A member
killed with SIGKILL sends no Leave; the server sees its connection close and tells the
others its presence is gone, so it leaves their member lists within seconds, not after the
30 s awareness timeout; started again (a new client id), it is listed once, not twice.
Every wait polls a state with a deadline; every process is killed in ``finally``."""

from __future__ import annotations

import signal
import time

import pytest

from tests.sync.processes import Member, start_group, until

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
GONE_S = 5  # the assertion: well under the 30 s after which a silent state times out anyway
EVERYONE = ["Brazil", "EU", "Mexico"]


def test_a_killed_member_leaves_the_others_lists_at_once_and_is_listed_once_when_back(tmp_path, l13):
    running: list = []
    try:
        _, server, (mexico, eu, brazil) = start_group(tmp_path, l13, running)
        until(
            lambda: all(m.state()["members"] == EVERYONE for m in (mexico, eu, brazil)), what="three members"
        )

        eu.kill()  # SIGKILL: no Leave, no close frame; the kernel closes its socket
        killed = time.monotonic()
        others = (mexico, brazil)
        until(
            lambda: all(m.state()["members"] == ["Brazil", "Mexico"] for m in others),
            GONE_S,
            "the killed EU gone from the others' lists",
        )
        gone_after = time.monotonic() - killed
        assert "its presence was removed for the others" in server.stderr()

        eu = Member("EU", server.url, tmp_path)  # its saved state and credential: a new client id
        running.append(eu)
        until(
            lambda: all(m.state()["members"] == EVERYONE for m in (mexico, eu, brazil)),
            15,
            "the restarted EU listed once by everyone",
        )
        assert gone_after < GONE_S
        assert all(m.state()["connected"] for m in (mexico, eu, brazil))
    finally:
        for process in running:
            process.kill()
