"""rv36a: the review of round 36's changes (dup36's clean-up, real36's and hold36's catalogue entries).

- hold36's two fragments on an anonymous call of GitHub's REST API answered 403 (github_api_403_after_url and
  github_api_anonymous_403) read the rest of the URL's line as '\\S{0,400}[^\\n]{0,200}': every split of the line between
  the two spans was tried, up to 400 x 200 on one line (5 s for each fragment on a 1 MB log of debug lines naming
  api.github.com). Reworded to try each end once; the first wording is kept here as the oracle, on generated logs.
- github-api-anonymous-forbidden (hold36, transient) reads the lines [noise] passes over, for a traced "+ curl ...": it
  also read a passing test's name ("✓ falls back when https://api.github.com/... answers 403 Forbidden") as GitHub's
  limit, and a real failure below it came out unknown. Its unless now passes over the test lines [noise] names.
- test_hold36's guard for GitHub's lasting 403 ("Resource not accessible by integration") wrote the status in a form no
  reading of the call takes ("... /comments - 403"): it passed whatever the guard did. Its lines now hold "status: 403",
  and the twin without GitHub's words is checked to read the anonymous limit.
- public_host_resolved_to_unspecified (real36) passed over a .local name (mDNS: no public host) in Go's and Node's forms
  but read it in Apache HttpClient's and wget's: all four pass over it now.
- toolchain-version's two version-floor forms (real36) are "not a tool's warning or notice that names the floor of one of
  its features and goes on", says their comment; only the first was written so. The second ("version 18 or higher is
  required") read a note's, a configure WARNING's, a CMake Warning's line too; now it does not.

Every log line here was written for this test (hosts, projects, paths made up).
"""

from __future__ import annotations

import random
import re

import pytest
from judging import judge, signatures

from triage_agent.classify.catalogue import builtin_catalogue

# --- the GitHub API 403 fragments: the same logs as their first wording (hold36), each end of the URL's line tried once

_OLD_TAIL = r"\S{0,400}[^\n]{0,200}"
_OLD_GITHUB = {
    "github_api_403_after_url": r'''https://api\.github\.com/\S{0,400}[^\n]{0,200}(?:\n[^\n]{0,400}){0,2}?(?:\(403\) forbidden\b|\b403 forbidden\b|\b(?:status(?: code)?|http error|error|returned|response)[: ]{1,3}403\b)''',
    "github_api_anonymous_403": r'''\A(?![\s\S]*?(?:\bauthorization:|\bbearer [\w.*-]|\bgithub_token\b|\bgh_token\b|\btoken [0-9a-z_*]{4}|\bresource not accessible by\b|\brepository access blocked\b|\brequest forbidden by administrative rules\b))[\s\S]*?https://api\.github\.com/\S{0,400}[^\n]{0,200}(?:\n[^\n]{0,400}){0,2}?(?:\(403\) forbidden\b|\b403 forbidden\b|\b(?:status(?: code)?|http error|error|returned|response)[: ]{1,3}403\b)''',
}
_STATUS = ["", " 403 Forbidden", " (403) Forbidden.", " status: 403", " returned error: 403", " response 403",
           ":403 Forbidden", "/403 forbidden", " status code 200"]
_LINES = ["curl: (22) The requested URL returned error: 403", " Message: The remote server returned an error: (403) Forbidden.",
          "z" * 385 + " 403 Forbidden", "z" * 401 + " 403 Forbidden", "", "ok", "+ curl -fsSL -H 'Authorization: token ***' x",
          "HttpError: Resource not accessible by integration", "Error: Process completed with exit code 22."]


def _url_line(rng: random.Random) -> str:
    run = "r" * rng.choice([0, 3, 150, 198, 199, 200, 201, 380, 399, 400, 401, 430])
    gap = rng.choice(["", " ", " " + "t" * rng.choice([1, 150, 180, 185, 186, 187, 199, 200, 201, 230])])
    return rng.choice(["", "+ curl -fsSL ", "\tCould not retrieve data from "]) + "https://api.github.com/" + run + gap + (
        rng.choice(_STATUS))


@pytest.mark.parametrize("name", sorted(_OLD_GITHUB))
def test_github_api_403_fragments_find_what_their_first_wording_found(name):
    old = re.compile(_OLD_GITHUB[name], re.M | re.I)
    new = re.compile(builtin_catalogue().fragments[name][0], re.M | re.I)
    assert _OLD_TAIL in old.pattern and _OLD_TAIL not in new.pattern  # reworded: each end of the URL's line tried once
    rng = random.Random(36)
    found = 0
    for _ in range(4000):
        log = "\n".join(_url_line(rng) if rng.random() < 0.4 else rng.choice(_LINES) for _ in range(rng.randint(1, 6)))
        m_old, m_new = old.search(log), new.search(log)
        assert (m_old and m_old.start()) == (m_new and m_new.start()), log
        found += m_old is not None
    assert 400 < found < 3600  # both outcomes are exercised


# --- github-api-anonymous-forbidden reads [noise] lines for the traced command only, not a test's name

_JEST_FAILED = ["  ✕ renders the changelog (30 ms)", "", "  ● renders the changelog", "",
                "    TypeError: Cannot read properties of undefined (reading 'map')", "",
                "Tests:       1 failed, 1 passed, 2 total", "Error: Process completed with exit code 1."]

_TEST_NAMES_403: list[tuple[str, str]] = [
    # (at hold36's merge: unknown, the passing test's title read as GitHub's anonymous limit)
    ("jest_passing_title", "\n".join([
        "$ npx jest", " PASS src/release.test.js",
        "  ✓ falls back when https://api.github.com/repos/ferncliff/kit/releases/latest answers 403 Forbidden (12 ms)",
        " FAIL src/changelog.test.js", *_JEST_FAILED]) + "\n"),
    ("pytest_passed_param_id", "\n".join([
        "$ pytest -v tests",
        "tests/test_gh.py::test_fallback[https://api.github.com/repos/ferncliff/kit/releases/latest-status 403] PASSED [ 50%]",
        "tests/test_gh.py::test_fallback[https://api.github.com/repos/ferncliff/kit/tags-status 403] PASSED",
        "tests/test_notes.py::test_render FAILED",
        "E       TypeError: 'NoneType' object is not subscriptable",
        "FAILED tests/test_notes.py::test_render - TypeError: 'NoneType' object is not subscriptable",
        "========================= 1 failed, 2 passed in 0.41s ========================="]) + "\n"),
]


@pytest.mark.parametrize("log", [pytest.param(log, id=cid) for cid, log in _TEST_NAMES_403])
def test_a_test_named_for_a_github_api_403_is_no_outage(log):
    v = judge(log)
    assert "github-api-anonymous-forbidden" not in signatures(v), signatures(v)
    assert v.verdict == "real", (v.verdict, v.confidence, v.rationale)


def test_the_traced_call_still_reads_githubs_anonymous_limit():
    v = judge("\n".join(["+ curl -fsSL https://api.github.com/repos/ferncliff/lintkit/releases/latest",
                         "curl: (22) The requested URL returned error: 403",
                         "Error: Process completed with exit code 22."]) + "\n")
    assert "github-api-anonymous-forbidden" in signatures(v) and v.verdict == "transient", (v.verdict, v.rationale)


def test_githubs_lasting_403_words_are_what_keep_the_call_from_reading_transient():
    """(test_hold36's guard_github_api_resource_not_accessible, whose first wording no reading of the call matched) the
    same lines with "Forbidden" in the place of GitHub's lasting words read as the anonymous limit: the guard is tested."""
    def log(words: str) -> str:
        return "\n".join(["POST https://api.github.com/repos/ferncliff/buildkit/issues/12/comments",
                          f"RequestError [HttpError]: {words}", "  status: 403,",
                          "Error: Process completed with exit code 1."]) + "\n"
    assert "github-api-anonymous-forbidden" in signatures(judge(log("Forbidden")))
    guarded = judge(log("Resource not accessible by integration"))
    assert "github-api-anonymous-forbidden" not in signatures(guarded) and guarded.verdict != "transient"


# --- a .local name is no public host, in all four of the blocked host's forms (Go's and Node's passed over it already)

_LOCAL_NAME_REFUSED: list[tuple[str, str]] = [
    # (at real36's merge: host-blocked-by-resolver, real)
    ("apache_httpclient", "$ ./gradlew assemble\n> Could not HEAD 'https://kiln.local/maven/x.pom'.\n"
     "   > Connect to kiln.local:443 [kiln.local/0.0.0.0] failed: Connection refused\n"),
    ("wget", "$ wget https://kiln.local/data.tar.gz\n"
     "Connecting to kiln.local (kiln.local)|0.0.0.0|:443... failed: Connection refused.\n"),
    # (already passed over)
    ("go", '$ go mod download\ngo: Get "https://kiln.local/x/@v/list": dial tcp 0.0.0.0:443: connect: connection refused\n'),
    ("node", "$ npm ci\nnpm error FetchError: request to https://kiln.local/left-pad failed, reason: connect ECONNREFUSED "
     "0.0.0.0:443\n"),
]


@pytest.mark.parametrize("log", [pytest.param(log, id=cid) for cid, log in _LOCAL_NAME_REFUSED])
def test_a_local_name_resolved_to_unspecified_is_no_blocked_public_host(log):
    assert "host-blocked-by-resolver" not in signatures(judge(log))
    public = log.replace("kiln.local", "kiln.example.org")
    assert "host-blocked-by-resolver" in signatures(judge(public)), public


# --- a version floor in a warning's or a note's line is no toolchain-version reading, in the second form too

_FLOOR_IN_A_NOTICE: list[tuple[str, str]] = [
    # (each read toolchain-version at real36's merge)
    ("note", "note: Node.js version 18 or higher is required for the docs theme; skipping"),
    ("warning", "WARNING: Node.js version 18 or higher is required for the docs theme; skipping"),
    ("configure_warning", "configure: WARNING: libkiln version 2.1 or higher is required for the bar plugin; disabling it"),
    ("cmake_warning", "CMake Warning at CMakeLists.txt:12 (message): Ninja version 1.10 or higher is required for job pools"),
    ("bracketed_warn", "[WARN] Qt version 5.15.x or higher is required for the designer plugin"),
]


@pytest.mark.parametrize("line", [pytest.param(line, id=cid) for cid, line in _FLOOR_IN_A_NOTICE])
def test_a_version_floor_in_a_notice_is_not_read(line):
    assert "toolchain-version" not in signatures(judge(f"$ ./build.sh\n{line}\nmake: *** [all] Error 2\n"))


@pytest.mark.parametrize("line", ["Project ERROR: Qt version 5.15.x or higher is required.",
                                  "GCC version 12 or higher is required", "kiln: version 3.2 or newer is required"])
def test_a_version_floor_that_stops_the_build_is_still_read(line):
    assert "toolchain-version" in signatures(judge(f"$ ./build.sh\n{line}\n"))
