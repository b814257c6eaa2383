"""Stage tests: one stage of ``triage_agent.pipeline`` against the in-memory provider
(``tests/fakeprovider.py``) and a real SQLite store; proposals enter through the store's
functions and the test factories."""

from __future__ import annotations

from datetime import datetime

import pytest
from factories import NOW, add_failure, draft_for
from fakeprovider import FakeProvider

from triage_agent.store import Store, queue


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "x.db")
    yield s
    s.close()


class Clock:
    """The time the fake CI and the stages agree on; tests move it on."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def ci(clock):
    return FakeProvider(clock=clock)


@pytest.fixture
def rerun_proposal(store, ci, clock):
    """A failed run on the fake CI and a pending rerun proposal for it; returns (proposal id, run).

    ``approve=True`` approves it as a person would."""

    def make(*, approve: bool = True, workflow_id: str = "wf-1", pipeline_id: str = "pl-1", **failure_kw):
        run = ci.add_run(id=workflow_id, pipeline_id=pipeline_id)
        fid = add_failure(store, workflow_id=workflow_id, pipeline_id=pipeline_id, now=clock(),
                          workflow_name=run.name, **failure_kw)
        pid = queue.enqueue(store, draft_for(store, fid), clock())
        if approve:
            queue.approve(store, pid, "alice", clock())
        return pid, run

    return make
