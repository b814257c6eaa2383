"""Run by Python at start-up when this folder is on PYTHONPATH, which the tests' clock switch
(TRIAGE_AGENT_TEST_CLOCK_START, tests/README.md) sets for the processes they start: moves the
agent's clock by TRIAGE_AGENT_TEST_CLOCK_OFFSET seconds, as in the test process."""

import os

if os.environ.get("TRIAGE_AGENT_TEST_CLOCK_OFFSET"):
    from datetime import timedelta

    import clock_shift

    _cls = clock_shift.shifted_datetime(timedelta(seconds=float(os.environ[clock_shift.OFFSET_VARIABLE])))
    for _module in clock_shift.modules():
        _module.datetime = _cls  # type: ignore[attr-defined]
