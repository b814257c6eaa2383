"""Twentieth round, read after the round's blind sets were measured: a CDN's "Backend is unhealthy" page and Apache
Ivy's own line for a repository's 5xx.

Fastly and Varnish answer "Error 503 Backend is unhealthy" (recalled) when no origin behind the CDN is healthy;
Maven Central, PyPI, RubyGems and crates.io sit behind Fastly. Apache Ivy (sbt, Ant, Grails) logs a repository's
5xx as "SERVER ERROR: <reason> url=<url>" (BasicURLHandler, recalled) and then reports the module as
"unresolved dependency: ...: not found": the module was not found because the repository did not answer, so the
"not found" must not outweigh the outage. A module that is not found with no such line stays real; the words in a
test's assertion or an application's own health log stay real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, not_surely_transient, reads

_SBT_END = ("[error] (*:update) sbt.ResolveException: unresolved dependency: com.example#docs_2.12;1.2.2: not found\n"
            "[error] Total time: 41 s, completed 12-Mar-2019 10:00:00\n")

CASES: list[tuple[str, str, str]] = [
    ("ivy-server-error-backend-unhealthy", "transient",
     "[info] Resolving com.example#docs_2.12;1.2.2 ...\n"
     "[error] SERVER ERROR: Backend is unhealthy url=https://repo1.maven.org/maven2/com/example/docs_2.12/1.2.2/"
     "docs_2.12-1.2.2.pom\n"
     "[warn] \tmodule not found: com.example#docs_2.12;1.2.2\n"
     "[warn] ==== public: tried\n"
     "[warn]   https://repo1.maven.org/maven2/com/example/docs_2.12/1.2.2/docs_2.12-1.2.2.pom\n"
     + _SBT_END + "\nThe command \"sbt test\" exited with 1.\n"),
    ("ivy-server-error-bad-gateway", "transient",
     "[info] Resolving org.example#core_2.13;3.1.0 ...\n"
     "[error] SERVER ERROR: Bad Gateway url=https://repo.example-artifacts.org/releases/org/example/core_2.13/3.1.0/"
     "core_2.13-3.1.0.pom\n"
     "[warn] \tmodule not found: org.example#core_2.13;3.1.0\n"
     "[error] (update) sbt.librarymanagement.ResolveException: Error downloading org.example:core_2.13:3.1.0\n"
     "Exited with code exit status 1\n"),
    ("pip-fastly-backend-unhealthy-page", "transient",
     "$ pip install -r requirements.txt\n"
     "ERROR: HTTP error 503 while getting https://files.pythonhosted.org/packages/ab/cd/example-1.0.tar.gz\n"
     "Error 503 Backend is unhealthy\n"
     "Backend is unhealthy\n"
     "Guru Mediation:\n"
     "Details: cache-fra-eddf8230062-FRA 1700000000 123456\n"
     "Exited with code exit status 1\n"),
    # near-misses: no Ivy server line (the version does not exist), the words in a test's assertion
    ("sbt-unresolved-without-server-error", "real",
     "[info] Resolving com.example#docs_2.12;1.2.2 ...\n"
     "[warn] \tmodule not found: com.example#docs_2.12;1.2.2\n"
     "[warn] ==== public: tried\n"
     "[warn]   https://repo1.maven.org/maven2/com/example/docs_2.12/1.2.2/docs_2.12-1.2.2.pom\n"
     + _SBT_END + "##[error]Process completed with exit code 1.\n"),
    ("health-test-asserts-backend-unhealthy", "real",
     "=================================== FAILURES ===================================\n"
     "______________________ test_status_page_reports_backend ______________________\n"
     "    def test_status_page_reports_backend():\n"
     ">       assert status_page(backend_up=False) == \"Backend is unhealthy\"\n"
     "E       AssertionError: assert 'Backend is down' == 'Backend is unhealthy'\n"
     "tests/test_status.py:18: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_status.py::test_status_page_reports_backend - AssertionError: assert 'Backend is down' == "
     "'Backend is unhealthy'\n"
     "========================= 1 failed, 40 passed in 2.31s =========================\n"
     "##[error]Process completed with exit code 1.\n"),
]

# An application's own server-side line with Ivy's shape, then a compile error: the compile error decides.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    ("ivy-server-error-then-compile-error",
     "[error] SERVER ERROR: Service Unavailable url=https://repo.example-artifacts.org/snapshots/org/example/"
     "maven-metadata.xml\n"
     "[info] Compiling 12 Scala sources to /home/runner/work/app/target/scala-2.13/classes ...\n"
     "[error] /home/runner/work/app/src/main/scala/App.scala:14:7: not found: value configure\n"
     "[error]       configure(app)\n"
     "[error]       ^\n"
     "[error] one error found\n"
     "[error] (Compile / compileIncremental) Compilation failed\n"
     "##[error]Process completed with exit code 1.\n"),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_lead20_case_reads_right(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", [log for _, log in NOT_SURELY_TRANSIENT], ids=[c for c, _ in NOT_SURELY_TRANSIENT])
def test_lead20_case_is_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


def test_lead20_case_ids_are_unique() -> None:
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# Words the new patterns read, for benchmarks/pattern_speed.py's long lines.
LONG_LINE_WORDS = [
    "[error] SERVER ERROR: Backend is unhealthy url=https://repo1.maven.org/maven2/",
    "Error 503 Backend is unhealthy",
]
