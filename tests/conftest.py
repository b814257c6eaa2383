"""Shared fixtures: an App wired to a loopback simulator and a real SQLite file."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from triage_agent.app import App
from triage_agent.config import from_dict


def app_config(sim: Any, tmp_path: Path, **sections: dict[str, Any]):
    """A Config pointing at the simulator, with state under tmp_path; sections override keys."""
    data: dict[str, dict[str, Any]] = {
        "circleci": {"base_url": sim.base_url, "token": sim.token, "max_retries": 3,
                     "max_backoff_seconds": 5.0, "timeout_seconds": 10.0},
        "polling": {"requests_per_minute": 100000},
        "storage": {"path": str(tmp_path / "triage.db")},
        "reports": {"directory": str(tmp_path / "reports")},
        "digest": {"directory": str(tmp_path / "digests")},
    }
    for name, values in sections.items():
        data.setdefault(name, {}).update(values)
    return from_dict(data, environ={}, base_dir=str(tmp_path))


@pytest.fixture
def make_app(tmp_path):
    """Build Apps against a simulator; all are closed at the end of the test."""
    apps: list[App] = []

    def build(sim: Any, **sections: dict[str, Any]) -> App:
        app = App(app_config(sim, tmp_path, **sections))
        apps.append(app)
        return app

    yield build
    for app in apps:
        app.close()


# ---------------------------------------------------------------------------------------------
# TRIAGE_AGENT_TEST_CLOCK_START: run the suite as if it started at a chosen moment (tests/README.md).
# ---------------------------------------------------------------------------------------------

CLOCK_START_VARIABLE = "TRIAGE_AGENT_TEST_CLOCK_START"
_CLOCKSHIFT = Path(__file__).parent / "clockshift"
sys.path.insert(0, str(_CLOCKSHIFT))
import clock_shift  # noqa: E402


def _clock_start() -> datetime | None:
    """The moment named by TRIAGE_AGENT_TEST_CLOCK_START (ISO 8601, UTC when no offset), or None."""
    text = os.environ.get(CLOCK_START_VARIABLE, "").strip()
    if not text:
        return None
    when = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


@pytest.fixture(autouse=True, scope="session")
def _test_clock_start_of_scenarios():
    """With TRIAGE_AGENT_TEST_CLOCK_START set, every simulator Clock made without a start begins at
    that moment, for the whole session (module-scoped simulators included)."""
    start = _clock_start()
    if start is None:
        yield
        return
    from triage_agent.simulator import model

    original_init = model.Clock.__init__

    def init(self, start_at: datetime | None = None, *, frozen: bool = False) -> None:
        original_init(self, start_at or start, frozen=frozen)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(model.Clock, "__init__", init)
        yield


@pytest.fixture(autouse=True)
def _test_clock_start(monkeypatch, _test_clock_start_of_scenarios):
    """With TRIAGE_AGENT_TEST_CLOCK_START set, the agent's wall clock (`timeutil.utcnow`, and
    APScheduler's, which runs the daemon's jobs) is moved to that moment as the test starts, in this
    process and in the console scripts and daemons the test starts (`clockshift/sitecustomize.py`),
    so the agent and the simulator agree as they do at a real moment. Unset: nothing changes."""
    start = _clock_start()
    if start is None:
        yield
        return
    offset = start - datetime.now(UTC)
    shifted = clock_shift.shifted_datetime(offset)
    for module in clock_shift.modules():
        monkeypatch.setattr(module, "datetime", shifted)
    # Processes the test starts inherit the environment: sitecustomize.py applies the same offset.
    monkeypatch.setenv(clock_shift.OFFSET_VARIABLE, repr(offset.total_seconds()))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(_CLOCKSHIFT),
                                                                   os.environ.get("PYTHONPATH")])))
    yield
