"""The load test of ``bench/sync_load.py`` at CI's size: a real ``delegate-editor serve``
process on 127.0.0.1 and 40 members (``GroupClient``s in four processes, one member alone in
the first) add 500 proposals and comments; one member leaves, types 50 offline while the
others add 150, and comes back. Every member ends with the same draft and all 500 items, none
lost or doubled, and no update refused. Each wait is on the members' state with a deadline;
the figures are the benchmark's business (``bench/RESULTS.md``), not asserted here."""

from __future__ import annotations

import argparse

from bench.sync_load import run


def test_forty_members_converge_through_a_server_process_and_lose_nothing(tmp_path):
    args = argparse.Namespace(
        members=40, items=500, offline=50, others=150, processes=4, rate=250.0, deadline=60.0
    )
    result = run(args, tmp_path)
    assert result["sent"] == 500  # every item was typed, by its member
    assert result["items_everywhere"] == [500]  # every member holds all 500
    assert result["item_sets"] == 1  # the same 500 everywhere
    assert result["converged"]  # and the same draft, to the byte
    assert result["merge_ok"]  # the member back from offline got everything, and gave its 50
    assert result["refused"] == 0
    assert len(result["latency"]) == 450  # every item typed online reached every other member
