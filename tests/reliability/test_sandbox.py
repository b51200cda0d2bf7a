"""The fuzz tests are only as good as their sandbox: it must notice a hang, unbounded
memory, an unexpected exception and a dead process, and carry on with the next case."""

from __future__ import annotations

import time

from tests.reliability.sandbox import Sandbox


def test_sandbox_notices_every_kind_of_failure():
    # 4 s: a case that allocates 512 MiB, or a worker on a busy two-core machine, answers well within it
    box = Sandbox(memory_limit=512 << 20, timeout=4.0)
    try:
        start = time.monotonic()
        assert box.run(".selftest", b"hang").kind == "hang"
        assert time.monotonic() - start < 10  # killed at its limit, not waited for
        memory = box.run(".selftest", b"memory")
        assert memory.kind == "died" or (memory.kind == "crash" and "MemoryError" in memory.message)
        crash = box.run(".selftest", b"crash")
        assert crash.kind == "crash" and "KeyError" in crash.message
        assert box.run(".selftest", b"abort").kind == "died"
        refused = box.run(".selftest", b"fine", "x.selftest")
        assert refused.kind == "refused" and refused.message == "x.selftest: refused"  # still working
        assert box.tried == 5 and box.counts["hang"] == 1 and box.counts["refused"] == 1
    finally:
        box.close()


def test_a_hang_is_cpu_time_and_a_wait_is_the_clock():
    """A case is timed by the worker's CPU time, so a machine busy with other tests does not
    make a slow case of a fast one; a worker that waits without computing (a blocked read)
    is still a hang, after WALL_FACTOR times the limit by the clock."""
    box = Sandbox(timeout=1.0)
    try:
        spin = box.run(".selftest", b"hang")
        assert spin.kind == "hang" and "of CPU" in spin.message
        start = time.monotonic()
        wait = box.run(".selftest", b"sleep")
        waited = time.monotonic() - start
        assert wait.kind == "hang" and "no answer in 3 s" in wait.message
        assert 3 <= waited < 10
        assert box.run(".selftest", b"fine", "y.selftest").kind == "refused"  # a new worker
    finally:
        box.close()
