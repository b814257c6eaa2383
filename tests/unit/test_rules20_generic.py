"""Twentieth round, generic20: four general readings of transient failures in logs of projects never seen.

What each rule reads, and the evidence:
  1. Unix-epoch timestamps a second apart (signatures.toml "epoch-timestamps-a-second-apart", rules.py
     _second_apart with _epoch_stamps and _names_a_time): the nineteenth round's clock-tick reading of two compared
     timestamps a second or less apart, for whole numbers of epoch seconds (10 digits) or milliseconds (13 digits)
     in 2001-2038, where the key printed before them ("'datetime' =>", '"updatedAt":') or, with no key, the failing
     test's heading or assertion names a time. PHPUnit's array diff, Jest's Expected/Received and object diff,
     JUnit's one-line "expected: <a> but was: <b>", PHPUnit's "Failed asserting that a matches expected b." (wording
     recalled; the diff form is the one quoted in georgringer/news#2130). Public threads, all fixed as flakes:
     georgringer/news#2130, dokuwiki/dokuwiki#3781, woocommerce/action-scheduler#140 and #300, sabre-io/dav#1226,
     mailpoet/mailpoet#4488, google/site-kit-wp#8488, WordPress/presence-api#475, okpy/ok#1255,
     corda/corda-runtime-os#5064, DataDog/ddprof#33 (11 threads, 11 flakes; none found where such a second was the
     change's error, which is the fake-clock/time-arithmetic exclusion's ground).
  2. A script's own retry loop that gave up on a fetch ("script-retry-gave-up-on-fetch", rules.py
     _gave_up_on_fetch): "Max retries exceeded", "giving up", "failed after N attempts", nick-fields/retry's "Final
     attempt failed. Child_process exited with error code N" (read in nick-fields/retry src/index.ts, with its
     "Attempt N failed. Reason: ..." lines), below retry lines naming a fetch (a download, an API, "latest
     version", curl, a URL) or the retry step's "command:". Evidence: CI download retries for outages and 429s
     (GafferHQ/gaffer#7054, riboseinc/retrace#804, ncbo/kg-bioportal#80, apache/nuttx#18576).
  3. curl's own network exit code as the step's ("curl-network-exit-status", structure.exit_meaning): the
     step's script (CircleCI's "#!/bin/bash -eo pipefail" step, GitHub's "Run ..." group, GitLab's last "$ ...")
     ends on a silent curl alone to a dotted public host and the job exits 6, 7, 28, 35, 52, 55, 56 or 92 (curl/curl
     docs/libcurl/libcurl-errors.md, read: couldn't resolve, couldn't connect, timed out, SSL connect error, got
     nothing, send error, receive error, HTTP/2 stream error).
  4. rustup's manifest mid-update ("rustup-manifest-mid-update", "rustup-toolchain-not-installable"): rustup prints
     "info: update not yet available, sorry! try again later" (<= 1.27) or "info: this is likely due to an ongoing
     update of the official release server, please try again later" (since 2024-07) when the channel manifest it
     downloaded does not match its published .sha256 (rust-lang/rustup src/dist/download.rs, read), then "error:
     toolchain '...' is not installable" (src/errors.rs, src/install.rs, read) or the checksum error. Threads:
     rust-lang/rustup#346, #507, #524, #785, #921, #979, #990 and #3885 (8 threads: 7 a CDN/publish race that fixed
     itself; #3885 also names a third-party dist server whose files disagree, persistent, so that wording and a
     RUSTUP_DIST_SERVER of another host are left out). rustup's message is about the manifest's checksum, not a
     nightly's missing components: "component 'x' for target 'y' is unavailable for download for channel 'z'"
     is the manifest's own answer and stays real.

Each case is a short log written for this test around the tool's message; hosts, tests, values and paths are made
up; no project's CI log is copied.

The rules the cases hold:
  * transient: epoch seconds/milliseconds a second apart under a time name and nothing else differing; a retry loop
    over a fetch that ran out; a silent curl to a public host ending the step with a network exit code; rustup's
    manifest mid-update above its "not installable" or checksum error;
  * near-misses, real: epoch numbers a second apart under an id, a count or a size key, in a path, or with another
    line of the diff differing, or three seconds apart, or under a frozen clock; a retried test run that failed
    every attempt; a third-party dist server's checksum mismatch, a component missing for a stable version,
    rustup's "not installable" alone;
  * not surely transient (read as before, unknown or real): a retry loop waiting for the job's own app on
    localhost, one that got a 404 or a 401, one that retried a build; curl exiting 22 or 3, curl to localhost,
    a dotless name or a private address, curl that was not the script's last command, was piped, or was not
    silent, curl to a host held in a variable.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads, reads_as

_GHA = "##[error]Process completed with exit code 1.\n"
_EPOCH = "epoch-timestamps-a-second-apart"
_GAVE_UP = "script-retry-gave-up-on-fetch"
_CURL = "curl-network-exit-status"
_RUSTUP = "rustup-manifest-mid-update"


# ------------------------------------------------------------------ 1. epoch timestamps
def _phpunit_diff(diff: str, name: str = "testToArray") -> str:
    return ("PHPUnit 10.5.2 by Sebastian Bergmann and contributors.\n\n......F....\n\nThere was 1 failure:\n\n"
            f"1) Tests\\Unit\\EventRowTest::{name}\nFailed asserting that two arrays are equal.\n"
            "--- Expected\n+++ Actual\n@@ @@\n Array (\n     'uid' => 12\n" + diff +
            "     'title' => 'Spring fair'\n )\n\n/app/tests/Unit/EventRowTest.php:41\n\n"
            "FAILURES!\nTests: 11, Assertions: 30, Failures: 1.\n" + _GHA)


def _phpunit_line(line: str, name: str) -> str:
    return ("PHPUnit 10.5.2 by Sebastian Bergmann and contributors.\n\n....F\n\nThere was 1 failure:\n\n"
            f"1) Tests\\Unit\\TokenTest::{name}\n{line}\n\n/app/tests/Unit/TokenTest.php:28\n\n"
            "FAILURES!\nTests: 5, Assertions: 9, Failures: 1.\n" + _GHA)


def _jest(expected: str, received: str, name: str = "sets createdAt",
          source: str = "expect(token.createdAt).toBe(Date.now());") -> str:
    return ("FAIL src/token.test.ts\n  ● token › " + name + "\n\n"
            "    expect(received).toBe(expected) // Object.is equality\n\n"
            f"    Expected: {expected}\n    Received: {received}\n\n"
            "      14 |   const token = issue(user);\n"
            f"    > 15 |   {source}\n         |                       ^\n\n"
            "Tests:       1 failed, 12 passed, 13 total\n" + _GHA)


def _jest_object(key: str, a: str, b: str) -> str:
    return ("FAIL src/store.test.ts\n  ● store › saves the record\n\n"
            "    expect(received).toEqual(expected) // deep equality\n\n"
            "    - Expected  - 1\n    + Received  + 1\n\n      Object {\n"
            "        \"id\": \"r1\",\n"
            f"    -   \"{key}\": {a},\n    +   \"{key}\": {b},\n      }}\n\n"
            "Tests:       1 failed, 30 passed, 31 total\n" + _GHA)


def _junit(line: str, name: str) -> str:
    return (f"> Task :test\n\nSessionTest > {name}() FAILED\n"
            f"    org.opentest4j.AssertionFailedError: {line}\n"
            "        at app//org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:151)\n\n"
            "42 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n" + _GHA)


# ------------------------------------------------------------------ 2. retry loops
def _run(script: str, body: str, code: int = 1) -> str:
    return (f"##[group]Run {script}\n{script}\nshell: /usr/bin/bash -e {{0}}\n##[endgroup]\n{body}"
            f"##[error]Process completed with exit code {code}.\n")


def _nick(command: str, body: str) -> str:
    return ("##[group]Run nick-fields/retry@v3\nwith:\n  timeout_minutes: 5\n  max_attempts: 3\n"
            f"  command: {command}\n  retry_wait_seconds: 10\n##[endgroup]\n{body}")


# ------------------------------------------------------------------ 3. curl exit codes
_CURL_GET = "curl -fsSL -o /tmp/tools/helm.tar.gz https://get.example-releases.io/helm/v3.14.0/helm-linux-amd64.tar.gz"


def _circle(script: str, code: int, output: str = "") -> str:
    return ("#!/bin/bash -eo pipefail\nmkdir -p /tmp/tools\n" + script + "\n" + output +
            f"\nExited with code exit status {code}\n")


def _gha_step(script: str, code: int, output: str = "") -> str:
    first, _, rest = script.partition("\n")
    return (f"##[group]Run {first}\n{script}\nshell: /usr/bin/bash -e {{0}}\nenv:\n  TOOLS: /tmp/tools\n"
            f"##[endgroup]\n{output}##[error]Process completed with exit code {code}.\n")


def _gitlab(command: str, code: int) -> str:
    return ("Executing \"step_script\" stage of the job script\n$ mkdir -p /tmp/tools\n"
            f"$ {command}\nCleaning up project directory and file based variables\n"
            f"ERROR: Job failed: exit code {code}\n")


# ------------------------------------------------------------------ 4. rustup
_RUSTUP_RUN = ("##[group]Run rustup toolchain install nightly --profile minimal\n"
               "rustup toolchain install nightly --profile minimal\nshell: /usr/bin/bash -e {0}\n##[endgroup]\n"
               "info: syncing channel updates for 'nightly-x86_64-unknown-linux-gnu'\n")
_NOT_INSTALLABLE = "error: toolchain 'nightly-x86_64-unknown-linux-gnu' is not installable\n"
_SUM = "expected: '6a73d4aa8eccdfe03fdd7ddd84685c8c', calculated: '4cf9a1a74dd0d5fdf0b0fabf473e8940'"


CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ 1. epoch seconds and milliseconds
    ("epoch-phpunit-datetime-key", "transient",
     _phpunit_diff("-    'datetime' => 1751234525\n+    'datetime' => 1751234524\n")),
    ("epoch-phpunit-tstamp-key", "transient",
     _phpunit_diff("-    'tstamp' => 1700000000\n+    'tstamp' => 1700000001\n")),
    ("epoch-jest-ms-created-at", "transient", _jest("1751234525000", "1751234524000")),
    ("epoch-jest-object-updated-at", "transient", _jest_object("updatedAt", "1751234525000", "1751234524512")),
    ("epoch-junit-one-line-test-named", "transient",
     _junit("expected: <1751234525> but was: <1751234526>", "storesIssuedTimestamp")),
    ("epoch-phpunit-matches-expected-test-named", "transient",
     _phpunit_line("Failed asserting that 1751234524 matches expected 1751234525.", "testExpiresAtIsSet")),
    # near-misses: not a time by its name, more than a second, another line differing, a path, a frozen clock
    ("epoch-phpunit-id-key", "real", _phpunit_diff("-    'pid' => 1751234525\n+    'pid' => 1751234524\n")),
    ("epoch-phpunit-size-key", "real",
     _phpunit_diff("-    'filesize' => 1751234525\n+    'filesize' => 1751234524\n")),
    ("epoch-phpunit-other-line-differs", "real",
     _phpunit_diff("-    'datetime' => 1751234525\n+    'datetime' => 1751234524\n-    'hidden' => 0\n+    'hidden' => 1\n")),
    ("epoch-phpunit-three-seconds", "real",
     _phpunit_diff("-    'datetime' => 1751234525\n+    'datetime' => 1751234522\n")),
    ("epoch-phpunit-in-a-path", "real",
     _phpunit_diff("-    'file' => 'cache/1751234525.json'\n+    'file' => 'cache/1751234524.json'\n")),
    ("epoch-jest-count-not-time", "real",
     _jest("1751234525000", "1751234524000", name="sums the rows", source="expect(sum(rows)).toBe(total);")),
    ("epoch-jest-fake-timers", "real",
     _jest("1751234525000", "1751234524000", source="jest.useFakeTimers().setSystemTime(now); expect(token.createdAt).toBe(now);")),
    ("epoch-phpunit-matches-expected-id-test", "real",
     _phpunit_line("Failed asserting that 1751234524 matches expected 1751234525.", "testReturnsOrderNumber")),
    ("epoch-jest-ms-out-of-range", "real",
     _jest("9999999999999", "9999999998999")),
    # ------------------------------------------------------------------ 2. a retry loop over a fetch that gave up
    ("gave-up-latest-version", "transient",
     _run("./scripts/install-protoc.sh", "Couldn't get latest version, retrying...\n"
          "Couldn't get latest version, retrying...\nCouldn't get latest version, retrying...\n"
          "Max retries exceeded\n")),
    ("gave-up-download-attempts", "transient",
     _run("./scripts/fetch-models.sh", "Downloading https://files.example-cdn.net/models/v4/small.bin\n"
          "Download failed. Retrying in 5 seconds (attempt 1/3)\nDownload failed. Retrying in 5 seconds (attempt 2/3)\n"
          "Max retries exceeded (3 attempts)\n")),
    ("gave-up-trying-again-api", "transient",
     _run("./ci/publish-status.sh", "Posting status to https://api.example-status.io/v1/checks\n"
          "Attempt 1 failed! Trying again in 10 seconds...\nAttempt 2 failed! Trying again in 10 seconds...\n"
          "Attempt 3 failed! Giving up.\n")),
    ("gave-up-nick-fields-download", "transient",
     _nick("./scripts/download-assets.sh",
           "Attempt 1 failed. Reason: Child_process exited with error code 1\n"
           "Attempt 2 failed. Reason: Child_process exited with error code 1\n"
           "##[error]Final attempt failed. Child_process exited with error code 1\n")),
    # near-miss: the retried thing is a test run, failing every attempt
    ("gave-up-nick-fields-tests", "real",
     _nick("npm test", "FAIL src/app.test.ts\n  ● app › renders the header\nTests:       1 failed, 12 passed, 13 total\n"
           "Attempt 1 failed. Reason: Child_process exited with error code 1\n"
           "FAIL src/app.test.ts\n  ● app › renders the header\nTests:       1 failed, 12 passed, 13 total\n"
           "##[error]Final attempt failed. Child_process exited with error code 1\n")),
    # ------------------------------------------------------------------ 3. curl's network exit code as the step's
    ("curl-circle-92-http2", "transient", _circle(_CURL_GET, 92)),
    ("curl-circle-6-resolve", "transient", _circle(_CURL_GET, 6)),
    ("curl-circle-28-timeout", "transient", _circle(_CURL_GET, 28)),
    ("curl-circle-35-tls-public", "transient", _circle(_CURL_GET, 35)),
    ("curl-circle-52-sS-own-line", "transient",
     _circle("curl -sS -o /tmp/tools/index.json https://index.example-registry.org/v2/index.json", 52,
             "curl: (52) Empty reply from server")),
    ("curl-gha-56-recv", "transient", _gha_step("mkdir -p /tmp/tools\n" + _CURL_GET, 56)),
    ("curl-gha-55-continued", "transient",
     _gha_step("curl -fsSL \\\n  -o /tmp/tools/sdk.zip \\\n  https://dl.example-sdk.com/sdk/4.2/sdk.zip", 55)),
    ("curl-gitlab-7-connect", "transient", _gitlab(_CURL_GET, 7)),
]

# Each transient case names the entry it must read through, by its id's prefix.
SIGNATURE_OF = {"epoch-": _EPOCH, "gave-up-": _GAVE_UP, "curl-": _CURL, "rustup-": _RUSTUP}

CASES += [
    # ------------------------------------------------------------------ 4. rustup's manifest mid-update
    ("rustup-old-not-installable", "transient",
     _RUSTUP_RUN + "info: update not yet available, sorry! try again later\n" + _NOT_INSTALLABLE + _GHA),
    ("rustup-old-checksum-error", "transient",
     _RUSTUP_RUN + "info: update not yet available, sorry! try again later\nerror: checksum failed, " + _SUM + "\n" + _GHA),
    ("rustup-new-official-server", "transient",
     _RUSTUP_RUN + "warn: checksum failed for 'https://static.rust-lang.org/dist/channel-rust-nightly.toml', " + _SUM +
     "\ninfo: this is likely due to an ongoing update of the official release server, please try again later\n"
     "info: see <https://github.com/rust-lang/rustup/issues/3390> for more details\n" + _NOT_INSTALLABLE + _GHA),
    # near-misses: a third-party dist server, a component missing for a version, "not installable" alone
    ("rustup-third-party-server", "real",
     _RUSTUP_RUN + "warn: checksum failed for 'https://rust-mirror.example.org/dist/channel-rust-nightly.toml', " + _SUM +
     "\ninfo: this might indicate an issue with the third-party release server 'https://rust-mirror.example.org'\n"
     "info: see <https://github.com/rust-lang/rustup/issues/3885> for more details\n" + _NOT_INSTALLABLE + _GHA),
    ("rustup-component-unavailable-stable", "real",
     "##[group]Run rustup component add rust-analyzer-preview --toolchain 1.60.0\n##[endgroup]\n"
     "error: component 'rust-analyzer-preview' for target 'x86_64-unknown-linux-gnu' is unavailable for download "
     "for channel '1.60.0'\n" + _GHA),
    ("rustup-not-installable-alone", "real", _RUSTUP_RUN + _NOT_INSTALLABLE + _GHA),
]

# Read as before (unknown, or real): no transient reading from these entries.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    ("gave-up-waiting-for-own-app",
     _run("./scripts/wait-for-app.sh", "Waiting for http://localhost:3000/health, retrying in 2 seconds (attempt 1/30)\n"
          "Waiting for http://localhost:3000/health, retrying in 2 seconds (attempt 30/30)\n"
          "Max retries exceeded, giving up\n")),
    ("gave-up-latest-version-404",
     _run("./scripts/install-protoc.sh", "Couldn't get latest version (HTTP 404), retrying...\n"
          "Couldn't get latest version (HTTP 404), retrying...\nMax retries exceeded\n")),
    ("gave-up-api-401",
     _run("./ci/publish-status.sh", "POST https://api.example-status.io/v1/checks returned 401 Unauthorized, retrying...\n"
          "POST https://api.example-status.io/v1/checks returned 401 Unauthorized, retrying...\n"
          "failed after 2 attempts\n")),
    ("gave-up-build-retried",
     _run("./ci/build.sh", "make build failed, retrying...\nmake build failed, retrying...\nfailed after 3 attempts\n")),
    # rustup's old wording under a mirror set by RUSTUP_DIST_SERVER: not read (the generic "try again later" leaves it
    # unknown, as before)
    ("rustup-old-message-mirror-env",
     "##[group]Run rustup toolchain install nightly\nrustup toolchain install nightly\nshell: /usr/bin/bash -e {0}\n"
     "env:\n  RUSTUP_DIST_SERVER: https://rust-mirror.example.org\n##[endgroup]\n"
     "info: syncing channel updates for 'nightly-x86_64-unknown-linux-gnu'\n"
     "info: update not yet available, sorry! try again later\n" + _NOT_INSTALLABLE + _GHA),
    ("curl-circle-22-http-error", _circle(_CURL_GET, 22)),
    ("curl-circle-3-malformed", _circle("curl -fsSL -o /tmp/x https://", 3)),
    ("curl-circle-7-localhost", _circle("curl -fs http://localhost:8080/health", 7)),
    ("curl-circle-6-dotless", _circle("curl -fs http://api/health", 6)),
    ("curl-circle-7-private-address", _circle("curl -fs https://10.0.4.12/ready", 7)),
    ("curl-circle-7-not-last", _circle(_CURL_GET + "\ntar -xzf /tmp/tools/helm.tar.gz -C /tmp/tools", 7)),
    ("curl-circle-6-piped", _circle("curl -fsSL https://get.example-releases.io/install.sh | bash", 6)),
    ("curl-circle-7-not-silent", _circle("curl -L -o /tmp/x https://get.example-releases.io/x.tar.gz", 7)),
    ("curl-circle-28-host-in-variable", _circle("curl -fsS -o /tmp/x \"https://${ASSET_HOST}/x.tar.gz\"", 28)),
]

# Words benchmarks/pattern_speed.py repeats on a long line for this file's entries.
LONG_LINE_WORDS = ["+    'datetime' => 1751234524", "Received: 1751234524000", "1751234525 but was 1751234524",
                   "matches expected 1751234525", "max retries exceeded", "giving up", "failed after 3 attempts",
                   "Final attempt failed. Child_process exited with error code ", "Exited with code exit status 7",
                   "Process completed with exit code 56.", "ERROR: Job failed: exit code 28",
                   "info: update not yet available, sorry! try again later",
                   "error: toolchain 'nightly' is not installable", "error: checksum failed, expected: '",
                   "RUSTUP_DIST_SERVER="]

assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_generic20(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize(
    ("cid", "log"), [(cid, log) for cid, verdict, log in CASES if verdict == "transient"],
    ids=[cid for cid, verdict, _ in CASES if verdict == "transient"])
def test_generic20_read_through_their_entry(cid: str, log: str) -> None:
    signature = next(sig for prefix, sig in SIGNATURE_OF.items() if cid.startswith(prefix))
    reads_as(log, "transient", signature)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_generic20_not_surely_transient(log: str) -> None:
    v = not_surely_transient(log)
    assert v.verdict != "transient", v.rationale
