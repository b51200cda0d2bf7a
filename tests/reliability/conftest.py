"""The fuzz tests' sandbox (one worker process for the session) and their tally."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

from tests.reliability.figures import record
from tests.reliability.sandbox import Outcome, Sandbox, check

# the sandbox enforces the 5 s per case itself, in another process; hypothesis's own
# deadline would measure the pipe and the machine's load as well
settings.register_profile(
    "reliability",
    deadline=None,
    derandomize=True,  # the same cases on every run and in CI, so the figures are stable
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)


@pytest.fixture(scope="session")
def sandbox():
    box = Sandbox()
    yield box
    box.close()
    record("sandbox", peak_rss_kb=box.peak_rss_kb, memory_limit=box.memory_limit, timeout=box.timeout)


class Fuzz:
    """Runs cases through the sandbox, asserts the promise for each, and counts them."""

    def __init__(self, box: Sandbox) -> None:
        self.box = box
        self.tried = 0
        self.kinds: dict[str, int] = {}
        self.slowest = 0.0

    def __call__(self, ext: str, raw: bytes, name: str = "", export_all: bool = False) -> Outcome:
        name = name or f"fuzzed{ext}"
        out = self.box.run(ext, raw, name, export_all)
        self.tried += 1
        self.kinds[out.kind] = self.kinds.get(out.kind, 0) + 1
        self.slowest = max(self.slowest, out.seconds)
        check(out, name)
        return out


@pytest.fixture
def fuzz(sandbox, request):
    tally = Fuzz(sandbox)
    yield tally
    failed = request.node.rep_call.failed if hasattr(request.node, "rep_call") else None
    record(
        "fuzz",
        test=request.node.nodeid.split("::", 1)[1],
        file=request.node.fspath.basename,
        tried=tally.tried,
        loaded=tally.kinds.get("loaded", 0),
        refused=tally.kinds.get("refused", 0),
        other=tally.tried - tally.kinds.get("loaded", 0) - tally.kinds.get("refused", 0),
        slowest_seconds=round(tally.slowest, 3),
        passed=failed is False,
    )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the item, so the tally knows whether the test passed."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)
