"""Third-party data lives outside the project, in the sibling ``shared/`` folder; tests that need
it find it here and skip, saying why, where it is absent (a user's clone)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# TRIAGE_AGENT_SHARED points elsewhere; by default the checkout's sibling folder ../shared.
SHARED = Path(os.environ.get("TRIAGE_AGENT_SHARED") or Path(__file__).resolve().parents[2] / "shared")


def shared_path(*parts: str) -> Path | None:
    """The path of a file under ``shared/``, or None when it is not there."""
    path = SHARED.joinpath(*parts)
    return path if path.exists() else None


def shared_file(*parts: str) -> Path:
    """The path of a file under ``shared/``; skip the calling test when it is absent."""
    path = shared_path(*parts)
    if path is None:
        pytest.skip(f"{SHARED.joinpath(*parts)} is absent: third-party data is kept outside the "
                    "project, in ../shared (set TRIAGE_AGENT_SHARED to its location)")
    return path
