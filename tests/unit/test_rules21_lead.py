"""Twenty-first round, read after the round's blind sets were measured: five general readings their misses showed.

- **Gradle's "Failed to get resource: GET. [HTTP HTTP/1.1 429 Too Many Requests: <url>]"** (Gradle's
  HttpResourceAccessor, recalled) read unknown: the rate-limited entry's veto for a test report's line
  (pytest's "FAILED tests/..." summary and "E   " detail) matched the capitalised word "Failed" of Gradle's
  own transfer line, case-insensitively. The veto now reads those report words in capitals only.
- **gpg's keyserver socket errors** ("keyserver receive failed: Cannot assign requested address", "Address
  not available", "No route to host", "Network is unreachable"): dirmngr could not reach one member of a
  round-robin pool. Six of six public threads with these words were passing hiccups (mozilla/wpt-sync#394
  "sometimes errors", MatthewVance/nginx-build#54 "re-running ... should also work", docker-library/httpd#66
  "usually this problem will resolve itself", docker-library/cassandra#205 "GPG servers are extremely flaky",
  docker-library/mysql#517, tolstoyevsky/mmb#137 (fixed by retrying servers)). "No name" (a resolver that
  cannot resolve the keyserver at all) is left as it reads.
- **docker-compose v1's pull cut short** ("Pulling db (postgres:11)..." then "ERROR: unexpected EOF"):
  compose logs the daemon's Go error with its "ERROR: " prefix; the engine read the bare "unexpected EOF"
  as a syntax error (real, 0.97). It now reads as docker pull's own cut-short layer does, within the pull's
  output only; a syntax error anywhere below still decides.
- **Wallaby's Chrome/chromedriver version check** (elixir-wallaby/wallaby lib/wallaby/chrome.ex: "Looks like
  you're trying to run Wallaby with a mismatched version of Chrome: X and chromedriver: Y. Chrome and
  chromedriver must match to a major, minor, and build version.", printed by IO.warn) reads real, and the
  "invalid session id" it causes no longer reads as a browser crash; so does ChromeDriver's own "only
  supports Chrome version N" anywhere in the log.
- **CPAN.pm's fetch through LWP** (andk/cpanpm lib/CPAN/FTP.pm: "LWP failed with code[%s] message[%s]"): LWP
  reports a connection it could not make, a TLS handshake or a read timeout as its own 500, so a 5xx (or 408/429)
  there is the mirror or the network; a 404 is a file the mirror does not have and keeps its reading.
- **node-tap's bare "not ok timeout!"** (tapjs/tapjs src/core/src/base.ts, Base.timeout(): message 'timeout!'; older
  versions print the line without a number) reads as the numbered form already did, a test's own time limit.
- **Sauce Connect's "failed to bring up tunnel VM"** (recalled) reads as the other remote-browser tunnel failures.

Logs are written here around the tools' own messages (hosts, images and versions made up).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, not_surely_transient, reads

CASES: list[tuple[str, str, str]] = [
    ("gradle-get-resource-429", "transient",
     "> Task :compileKotlin\n"
     "Could not resolve org.example:core-bom:2.1.0.\n"
     "Failed to get resource: GET. [HTTP HTTP/1.1 429 Too Many Requests: https://repo.maven.apache.org/maven2/org/"
     "example/core-bom/2.1.0/core-bom-2.1.0.pom)]\n"
     "Failed to get resource: GET. [HTTP HTTP/1.1 429 Too Many Requests: https://repo.maven.apache.org/maven2/org/"
     "example/core/2.1.0/core-2.1.0.pom)]\n"
     "##[error]Process completed with exit code 1.\n"),
    ("gpg-keyserver-cannot-assign-address", "transient",
     "#!/bin/bash -eo pipefail\n"
     "sudo apt-key adv --keyserver hkp://pool.example-keys.net:80 --recv-keys 0123456789ABCDEF\n"
     "Executing: /tmp/apt-key-gpghome.AbC123/gpg.1.sh --keyserver hkp://pool.example-keys.net:80 --recv-keys "
     "0123456789ABCDEF\n"
     "gpg: keyserver receive failed: Cannot assign requested address\n"
     "\nExited with code exit status 2\n"),
    ("gpg-keyserver-address-not-available", "transient",
     "Step 4/9 : RUN gpg --batch --keyserver ha.pool.example-keys.net --recv-keys 0123456789ABCDEF0123\n"
     " ---> Running in 1a2b3c4d5e6f\n"
     "gpg: keybox '/tmp/tmp.x1y2z3/pubring.kbx' created\n"
     "gpg: keyserver receive failed: Address not available\n"
     "The command '/bin/sh -c gpg --batch --keyserver ha.pool.example-keys.net --recv-keys 0123456789ABCDEF0123' "
     "returned a non-zero code: 2\n"),
    ("gpg-keyserver-no-route", "transient",
     "+ gpg --keyserver hkps://keys.example.org --recv-keys 0123456789ABCDEF\n"
     "gpg: keyserver receive failed: No route to host\n"
     "ERROR: Job failed: exit code 1\n"),
    ("compose-v1-pull-unexpected-eof", "transient",
     "$ docker-compose up -d\n"
     "Creating network \"app_default\" with the default driver\n"
     "Pulling db (postgres:11)...\n"
     "11: Pulling from library/postgres\n"
     "a1b2c3d4e5f6: Pulling fs layer\n"
     "a1b2c3d4e5f6: Downloading\n"
     "ERROR: unexpected EOF\n"
     "Exited with code exit status 1\n"),
    ("wallaby-chrome-version-mismatch", "real",
     "** (RuntimeError) invalid session id\n"
     "\n"
     "warning: Looks like you're trying to run Wallaby with a mismatched version of\n"
     "Chrome: 131.0.6778 and chromedriver: 129.0.6668.\n"
     "Chrome and chromedriver must match to a major, minor, and build version.\n"
     "##[error]Process completed with exit code 1.\n"),
    ("selenium-invalid-session-with-chromedriver-version", "real",
     "Failures:\n"
     "  1) checkout flow completes an order\n"
     "     Failure/Error: visit root_path\n"
     "     Selenium::WebDriver::Error::InvalidSessionIdError:\n"
     "       invalid session id\n"
     "Selenium::WebDriver::Error::SessionNotCreatedError: session not created: This version of ChromeDriver only "
     "supports Chrome version 114\n"
     "Current browser version is 120.0.6099.109 with binary path /usr/bin/google-chrome\n"
     "Exited with code exit status 1\n"),
    ("cpan-lwp-500-connect", "transient",
     "Fetching with LWP:\n"
     "http://cpan.example-mirror.org/authors/01mailrc.txt.gz\n"
     "LWP failed with code[500] message[Server closed connection without sending any data back]\n"
     "Warning: no success downloading '/home/runner/.cpan/sources/authors/01mailrc.txt.gz.tmp1400'. Giving up on it.\n"
     "##[error]Process completed with exit code 1.\n"),
    ("node-tap-bare-timeout", "transient",
     "test/unit/scroll.test.js ...................... 1/3 31s\n"
     "  Scroll > zooms for a single wheel tick\n"
     "  not ok timeout!\n"
     "    signal: SIGTERM\n"
     "    expired: TAP\n"
     "npm ERR! Test failed.  See above for more details.\n"),
    ("sauce-connect-tunnel-vm", "transient",
     "> Opening local tunnel using Sauce Connect\n"
     "> Creating tunnel with Sauce Labs\n"
     "> Error: 12 Mar 10:00:00 - Error: failed to bring up tunnel VM.\n"
     "> 12 Mar 10:00:00 - Cleaning up.\n"
     "The command \"npm run test-remote\" exited with 1.\n"),
    # near-misses that keep their side
    ("cpan-lwp-404", "real",
     "Fetching with LWP:\n"
     "http://cpan.example-mirror.org/authors/id/X/XY/XYZ/Foo-Bar-1.0.tar.gz\n"
     "LWP failed with code[404] message[Not Found]\n"
     "Warning: no success downloading '/home/runner/.cpan/sources/authors/id/X/XY/XYZ/Foo-Bar-1.0.tar.gz.tmp77'. "
     "Giving up on it.\n"
     "##[error]Process completed with exit code 1.\n"),
    ("gradle-get-resource-404", "real",
     "Could not resolve org.example:core:2.1.9.\n"
     "> Could not get resource 'https://repo.maven.apache.org/maven2/org/example/core/2.1.9/core-2.1.9.pom'.\n"
     "   > Could not GET 'https://repo.maven.apache.org/maven2/org/example/core/2.1.9/core-2.1.9.pom'. Received "
     "status code 404 from server: Not Found\n"
     "BUILD FAILED in 12s\n"),
    ("pytest-test-of-own-rate-limiter", "real",
     "=================================== FAILURES ===================================\n"
     "__________________________ test_limiter_allows_burst __________________________\n"
     "E       AssertionError: assert 429 == 200\n"
     "E        +  where 429 = <Response [429 Too Many Requests]>.status_code\n"
     "tests/test_limits.py:31: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_limits.py::test_limiter_allows_burst - AssertionError: assert 429 == 200\n"
     "========================= 1 failed, 52 passed in 4.02s =========================\n"),
    ("browser-invalid-session-bare", "transient",
     "  1) checkout flow completes an order\n"
     "     Failure/Error: visit root_path\n"
     "     Selenium::WebDriver::Error::InvalidSessionIdError:\n"
     "       invalid session id\n"
     "Exited with code exit status 1\n"),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # the pull went through; a later file of the job's own does not parse
    ("compose-pull-then-syntax-error",
     "Pulling db (postgres:11)...\n"
     "ERROR: unexpected EOF\n"
     "$ node scripts/seed.js\n"
     "/app/scripts/seed.js:14\n"
     "  const rows = [\n"
     "SyntaxError: Unexpected end of input\n"),
    # a bare "ERROR: unexpected EOF" with no pull above it: some other program's
    ("bare-error-unexpected-eof",
     "$ ./bin/render-config config/app.tmpl\n"
     "ERROR: unexpected EOF\n"
     "Exited with code exit status 1\n"),
    # gpg could not resolve the keyserver's name at all: no evidence it passes on a rerun
    ("gpg-keyserver-no-name",
     "+ gpg --keyserver keys.example.org --recv-keys 0123456789ABCDEF\n"
     "gpg: keyserver receive failed: No name\n"
     "ERROR: Job failed: exit code 1\n"),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_lead21_case_reads_right(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", [log for _, log in NOT_SURELY_TRANSIENT], ids=[c for c, _ in NOT_SURELY_TRANSIENT])
def test_lead21_case_is_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


def test_lead21_case_ids_are_unique() -> None:
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# Words the new patterns read, for benchmarks/pattern_speed.py's long lines.
LONG_LINE_WORDS = [
    "Failed to get resource: GET. [HTTP HTTP/1.1 429 Too Many Requests: https://repo.maven.apache.org/",
    "gpg: keyserver receive failed: Cannot assign requested address",
    "Pulling db (postgres:11)...",
    "ERROR: unexpected EOF",
    "LWP failed with code[500] message[read timeout]",
    "not ok timeout!",
    "failed to bring up tunnel VM",
    "Looks like you're trying to run Wallaby with a mismatched version of Chrome: 1.2.3 and chromedriver: 1.2.3.",
]
