"""(late41) The late blind threads of round 38 (../shared/eval/threads-r39/thread39{g,h}.jsonl and
../shared/eval/threads-r40/thread40{a,b,c}.jsonl), released to one fixer, read as mechanisms:

- a git host that shed a fetch under load ("fatal: remote error: GitLab is currently unable to handle this request due to
  load", Gitaly's per-repository concurrency limit as git relays it) reads transient (cloud-throttled); git's "Fetched in
  submodule path ..., but it did not contain <sha>. Direct fetching of that commit failed." is its own entry now
  (submodule-commit-missing, downstream): a commit never pushed, the same on every run, unless the host's outage sits
  just above it, whose damage it then is;
- lychee's Markdown summary with timeouts and neither errors nor unknown statuses reads as the per-link "[TIMEOUT]"
  lines do (link-check-external-outage);
- pip's hash error inside the isolated build environment, for no named requirement ("unknown package:"), reads transient
  (pip-build-env-hash-mismatch): no hash of the project's is checked there, only the index's for the file.

Each case is (id, expected, log); every line was written for this test in the tools' forms (git's, lychee's, pip's);
names, hosts and paths are made up. No third-party log is pasted here: the thread sets are read from ../shared, skipped
where absent.
"""

from __future__ import annotations

import pytest
from judging import assert_reads, judge, signatures

_GHA = "Error: Process completed with exit code 1.\n"

# ---- a git host shedding load, and a submodule's commit missing -------------------------------------------------------
_LOAD = "fatal: remote error: GitLab is currently unable to handle this request due to load (ID 0f1e2d3c4b5a6978-FRA).\n"
_MISSING = (
    "fatal: Fetched in submodule path 'third_party/widgets', but it did not contain "
    "4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f. Direct fetching of that commit failed.\n")
_RECURSE = "fatal: Failed to recurse into submodule path 'third_party'\n"
_GIT_EXIT = "The process '/usr/bin/git' failed with exit code 128\n"

# ---- lychee's Markdown summary ------------------------------------------------------------------------------------------


def _lychee(timeouts: int, errors: int, unknown: int = 0) -> str:
    ok = 40 - timeouts - errors - unknown
    return ("| Status         | Count |\n"
            "|----------------|-------|\n"
            "| 🔍 Total       | 40    |\n"
            f"| ✅ Successful  | {ok:<5} |\n"
            f"| ⏳ Timeouts    | {timeouts:<5} |\n"
            "| 🔀 Redirected  | 0     |\n"
            "| 👻 Excluded    | 0     |\n"
            f"| ❓ Unknown     | {unknown:<5} |\n"
            f"| 🚫 Errors      | {errors:<5} |\n")


# ---- pip's hash error in the isolated build environment ----------------------------------------------------------------
_PIP_HEAD = ("ERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE. If you have updated the package "
             "versions, please update the hashes. Otherwise, examine the package contents carefully; someone may have "
             "tampered with them.\n")
_BUILD_ENV = (
    "Obtaining file:///home/runner/work/gizmo/gizmo\n"
    "  Installing build dependencies: started\n"
    "  Installing build dependencies: finished with status 'error'\n"
    "  error: subprocess-exited-with-error\n"
    "  \n"
    "  × pip subprocess to install build dependencies did not run successfully.\n"
    "  │ exit code: 1\n"
    "  ╰─> [9 lines of output]\n"
    "      Collecting setuptools>=61\n"
    "        Downloading setuptools-70.1.0-py3-none-any.whl.metadata (5.9 kB)\n"
    "      Downloading setuptools-70.1.0-py3-none-any.whl (1.1 MB)\n"
    "         ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 1.1/1.1 MB 30.2 MB/s eta 0:00:00\n"
    "      " + _PIP_HEAD +
    "          unknown package:\n"
    "              Expected sha256 1a2b3c4d5e6f1a2b3c4d5e6f1a2b3c4d5e6f1a2b3c4d5e6f1a2b3c4d5e6f1a2b\n"
    "                   Got        9f8e7d6c5b4a9f8e7d6c5b4a9f8e7d6c5b4a9f8e7d6c5b4a9f8e7d6c5b4a9f8e\n")
_PINNED = (
    "Collecting requests==2.31.0 (from -r requirements.txt (line 4))\n"
    "  Downloading requests-2.31.0-py3-none-any.whl (62 kB)\n"
    "     ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 62.6/62.6 kB 9.1 MB/s eta 0:00:00\n"
    + _PIP_HEAD +
    "    requests==2.31.0 from https://files.example.org/packages/requests-2.31.0-py3-none-any.whl (from -r "
    "requirements.txt (line 4)):\n"
    "        Expected sha256 1a2b3c4d5e6f1a2b3c4d5e6f1a2b3c4d5e6f1a2b3c4d5e6f1a2b3c4d5e6f1a2b\n"
    "             Got        9f8e7d6c5b4a9f8e7d6c5b4a9f8e7d6c5b4a9f8e7d6c5b4a9f8e7d6c5b4a9f8e\n")

CASES = [
    # the host shed the submodule's fetch: the missing commit is that outage's damage
    ("gitlab-load-then-submodule", "transient", _LOAD + _MISSING + _RECURSE + _GIT_EXIT),
    ("gitlab-load-clone", "transient", "Cloning into 'widgets'...\n" + _LOAD + _GIT_EXIT),
    # a submodule's commit never pushed, with no outage above it: lasting
    ("submodule-commit-missing-alone", "real", _MISSING + _RECURSE + _GIT_EXIT),
    # the words quoted by a test's assertion or in an echoed line are no git host's answer
    ("load-words-in-assertion", "not_transient",
     "AssertionError: expected 'GitLab is currently unable to handle this request due to load' to equal 'ok'\n" + _GHA),
    # lychee: timeouts only
    ("lychee-timeouts-only", "transient", _lychee(1, 0) + _GHA),
    ("lychee-timeouts-and-errors", "not_transient", _lychee(1, 2) + _GHA),
    ("lychee-timeouts-and-unknown", "not_transient", _lychee(2, 0, unknown=1) + _GHA),
    ("lychee-errors-only", "not_transient", _lychee(0, 3) + _GHA),
    # pip: build environment, no named requirement
    ("pip-build-env-unknown-package", "transient", _BUILD_ENV),
    # pip: a pinned requirement of the project's own file: its hash is wrong, the same on every run
    ("pip-pinned-requirement-mismatch", "not_transient", _PINNED + _GHA),
    # pip: "unknown package" outside a build environment stays integrity-check's (a stale mirror's file as much)
    ("pip-unknown-package-outside-build-env", "not_transient",
     "Collecting widgets==1.0\n  Downloading widgets-1.0-py3-none-any.whl (40 kB)\n" + _PIP_HEAD
     + "    unknown package:\n        Expected sha256 1a2b\n             Got        9f8e\n" + _GHA),
]


@pytest.mark.parametrize(("case_id", "expected", "log"), CASES, ids=[c[0] for c in CASES])
def test_reads(case_id: str, expected: str, log: str) -> None:
    assert_reads(log, expected)


def test_the_outage_is_the_finding_behind_the_submodule_case() -> None:
    v = judge(_LOAD + _MISSING + _RECURSE + _GIT_EXIT)
    assert "cloud-throttled" in signatures(v)
    missing = [f for f in v.findings if f.signature == "submodule-commit-missing"]
    # read, but far less than on its own (downstream of the outage)
    assert missing and missing[0].weight < 0.7


def test_the_submodule_line_alone_is_its_own_entry() -> None:
    v = judge(_MISSING + _GIT_EXIT)
    assert v.verdict == "real" and "submodule-commit-missing" in signatures(v)
    assert "ci-config-error" not in signatures(v)


def test_the_build_env_reading_names_its_entry() -> None:
    v = judge(_BUILD_ENV)
    assert "pip-build-env-hash-mismatch" in signatures(v) and "integrity-check" not in signatures(v)
