"""Move the agent's wall clock by a fixed offset (for TRIAGE_AGENT_TEST_CLOCK_START, tests/README.md).

Shared by the autouse fixture in tests/conftest.py (in the test process) and by ``sitecustomize.py``
beside this file (in the console scripts and daemons the tests start, which get this folder on
PYTHONPATH and the offset in TRIAGE_AGENT_TEST_CLOCK_OFFSET)."""

from __future__ import annotations

import importlib
from datetime import datetime, timedelta
from types import ModuleType

OFFSET_VARIABLE = "TRIAGE_AGENT_TEST_CLOCK_OFFSET"

# The modules whose wall-clock reads move: the agent's `utcnow`, and APScheduler's, since the daemon
# hands its clock's times to the scheduler, which reads the wall clock itself.
MODULES = ("triage_agent.timeutil", "apscheduler.schedulers.base", "apscheduler.executors.base",
           "apscheduler.triggers.date", "apscheduler.triggers.interval")


def shifted_datetime(offset: timedelta) -> type[datetime]:
    """A ``datetime`` whose ``now()`` is the real time plus ``offset``."""

    class ShiftedDatetime(datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[override]
            return datetime.now(tz) + offset

    return ShiftedDatetime


def modules() -> list[ModuleType]:
    return [importlib.import_module(name) for name in MODULES]
