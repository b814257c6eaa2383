"""Shared fixtures: an App wired to a loopback simulator and a real SQLite file."""

from __future__ import annotations

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
