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


def shared_cases(*parts: str) -> list[dict]:
    """The eval cases of a JSONL file under ``shared/``; skip the calling test when it is absent."""
    from triage_agent.classify.metrics import load_cases

    return load_cases(shared_file(*parts))


def shared_split(directory: str, name: str, split: str | None) -> list[dict]:
    """The cases of ``shared/eval/<directory>/<name>`` (of one split where ``split`` is given, by ``meta.split``); skip
    the calling test when the file is absent."""
    cases = shared_cases("eval", directory, name)
    return [c for c in cases if split is None or c.get("meta", {}).get("split") == split]


def heldout_splits() -> dict[str, str]:
    """Each held-out case's split, from ``docs/heldout-sources.jsonl``."""
    import json

    sources = Path(__file__).resolve().parents[1] / "docs" / "heldout-sources.jsonl"
    return {r["id"]: r["split"] for r in map(json.loads, sources.read_text().splitlines())}


def rebuilt_cases(splits: set[str], *, prefix: str = "", complete: bool = False) -> list[dict]:
    """The cases of ``shared/eval/rebuilt/own.jsonl`` (scripts/rebuild_heldout.py) in these splits
    whose id starts with ``prefix``. With ``complete``, skip when the file predates some of them."""
    split_of = heldout_splits()
    cases = [c for c in shared_cases("eval", "rebuilt", "own.jsonl")
             if split_of.get(c["id"]) in splits and c["id"].startswith(prefix)]
    if complete:
        wanted = sum(1 for i, s in split_of.items() if s in splits and i.startswith(prefix))
        if len(cases) < wanted:
            pytest.skip(f"rebuilt/own.jsonl predates {sorted(splits)}: run scripts/rebuild_heldout.py again")
    return cases
