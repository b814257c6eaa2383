"""The one atomic writer (reports, digests, signature files): owner-only, all or nothing."""

from __future__ import annotations

import os

import pytest

from triage_agent.atomicfile import write_atomic


def test_a_new_file_and_folder_are_the_owners_alone(tmp_path):
    old = os.umask(0o022)  # a common, permissive umask: the writer must not depend on it
    try:
        target = tmp_path / "new" / "report.md"
        write_atomic(target, "line\n")
    finally:
        os.umask(old)
    assert target.read_text() == "line\n"
    assert target.stat().st_mode & 0o777 == 0o600
    assert target.parent.stat().st_mode & 0o777 == 0o700
    assert [p.name for p in target.parent.iterdir()] == ["report.md"]  # no temp file left


def test_a_rewrite_replaces_the_file_and_tightens_a_loose_one(tmp_path):
    target = tmp_path / "digest.md"
    target.write_text("old")
    target.chmod(0o644)
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o600


def test_a_vetoed_write_leaves_the_old_file_and_no_temp_file(tmp_path):
    target = tmp_path / "signatures.toml"
    target.write_text("kept")
    seen = []

    def veto(tmp):
        seen.append(tmp.read_text())
        raise ValueError("would not load")

    with pytest.raises(ValueError, match="would not load"):
        write_atomic(target, "broken", check=veto)
    assert seen == ["broken"]  # the check saw the complete new text
    assert target.read_text() == "kept"
    assert [p.name for p in tmp_path.iterdir()] == ["signatures.toml"]
