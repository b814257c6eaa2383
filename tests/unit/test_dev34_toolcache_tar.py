"""dev34: an archive the Actions toolkit downloaded that ended early is a download cut short.

@actions/tool-cache's downloadTool saves a file to the runner's _temp directory under a random UUID, and extractTar
runs "tar xz ... -f <that file>", which setup actions print. gzip's "stdin: unexpected end of file" and tar's
"Unexpected EOF in archive" right below such a line say the download stopped mid-way: archive-cut-short-after-download
reads it (a download in sight), as it reads curl or wget feeding tar. A local archive (no download in sight) and an
error page saved as the archive ("not in gzip format") keep archive-truncated's light reading.

Every line here was written for this test (paths, UUIDs, tools made up). Cases whose id starts with "guard_" read the
same at de127c6; every other case fails there.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge

_T = "/home/runner/work/_temp"
_EOF = ["", "gzip: stdin: unexpected end of file", "/usr/bin/tar: Unexpected EOF in archive",
        "/usr/bin/tar: Unexpected EOF in archive", "/usr/bin/tar: Error is not recoverable: exiting now",
        "Error: The process '/usr/bin/tar' failed with exit code 2"]


def _gh(lines: list[str]) -> str:
    return "\n".join(["##[group]Run acme/setup-quill@v3", "with:", "  version: 2.4.1", "##[endgroup]", *lines]) + "\n"


CASES: list[tuple[str, str, str]] = [
    ("gh_toolcache_extract_cut_short", "transient", _gh([
        "Downloading quill 2.4.1 for linux-x64",
        f"/usr/bin/tar xz --warning=no-unknown-keyword --overwrite -C {_T}/0f3c2a1b-9d8e-4f7a-b6c5-1e2d3c4b5a69 -f "
        f"{_T}/7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d", *_EOF])),
    ("gh_toolcache_extract_cut_short_plain_tar", "transient", _gh([
        f"tar xzC {_T}/quill-extract -f {_T}/c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", *_EOF])),
    # --- kept: no download in sight, or an error page saved as the archive ---
    ("guard_local_archive_cut_short", "unknown", _gh([
        "/usr/bin/tar xz --warning=no-unknown-keyword -C /home/runner/work/quill/quill/vendor -f "
        "/home/runner/work/quill/quill/vendor/quill-sdk.tar.gz", *_EOF])),
    ("guard_toolcache_not_gzip", "unknown", _gh([
        f"/usr/bin/tar xz --warning=no-unknown-keyword -C {_T}/0f3c2a1b-9d8e-4f7a-b6c5-1e2d3c4b5a69 -f "
        f"{_T}/7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d", "", "gzip: stdin: not in gzip format",
        "/usr/bin/tar: Child returned status 1", "/usr/bin/tar: Error is not recoverable: exiting now",
        "Error: The process '/usr/bin/tar' failed with exit code 2"])),
]


def test_case_ids_are_unique():
    assert_unique_ids(CASES)


@pytest.mark.parametrize(("expected", "log"), [pytest.param(e, log, id=cid) for cid, e, log in CASES])
def test_dev34_toolcache_tar(expected, log):
    v = judge(log)
    assert v.verdict == expected, (v.verdict, v.confidence, v.rationale)
