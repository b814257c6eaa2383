"""Thirty-third round, threads33b: failures as people quote them in issue threads from CI systems other than GitHub
Actions (Jenkins, TeamCity, GitLab CI, Buildkite, CircleCI, Travis CI, Azure Pipelines, Drone, Bitbucket), where the
engine read a lost agent or a download cut short as real or unknown.

Covered:
  * signatures.toml executor-lost: Jenkins' remote call on a JNLP agent's channel, whose name holds spaces ("Remote call
    on JNLP4-connect connection from <address> failed"); the node a cloud removed under the build ("<node> was marked
    offline: Node is being removed", "... Connection was broken") and the termination Jenkins records for it
    ("hudson.model.Computer$TerminationRequest: Termination requested at ..."); TeamCity's build cancelled with the
    server's comment "Agent removed" or "Agent disconnected";
  * line_checks.py _JENKINS_AGENT_GONE: those Jenkins lines below a build tool's own verdict that it had failed are no
    outage the job failed on (the run had ended on its failures before the agent went);
  * prefixes.py: moreutils' `ts` clock in its default form ("Jun 15 10:16:11 ") in front of every line, read as a
    prefix, so tar's and gzip's words for an archive cut short are read as they are bare (they read as a syntax error
    under the clock); journald's clock with a host and a tag after it stays journald's;
  * resource-missing-404 and download-failed's unless_log: Cargo's "failed to get successful HTTP response from `<url>`,
    got 404" under its older head line "failed to download from `<url>`": the crate file is not there.

Where the wording comes from: Jenkins' remoting channel names and Computer.recordTermination, the offline causes Jenkins
prints, TeamCity's cancel comment for a removed cloud agent, moreutils' `ts` default format, Cargo's download errors
(recalled from public issue threads and the tools' documentation). Every log line below is made up: hosts, names, paths
and tests are invented; no project's CI log is copied.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, reads, reads_as

from triage_agent.classify.prefixes import _normalise


def _ts(text: str, clock: str = "Jun 15 10:16") -> str:
    """``text`` with moreutils' `ts` default clock in front of every line."""
    return "\n".join(f"{clock}:{n % 60:02d} {line}" for n, line in enumerate(text.strip("\n").split("\n"))) + "\n"


# ------------------------------------------------------------------ the CI agent taken away under the build
AGENT_GONE: list[tuple[str, str, str]] = [
    ("jenkins-jnlp-channel-remote-call-failed", "transient",
     "09:41:07 [ 72%] Linking CXX executable bin/quill-server\n"
     "09:41:08 FATAL: Remote call on JNLP4-connect connection from 172.31.9.14/172.31.9.14:49820 failed\n"
     "09:41:08 Also:   hudson.remoting.Channel$CallSiteStackTrace: Remote call to JNLP4-connect connection from "
     "172.31.9.14/172.31.9.14:49820\n"
     "09:41:08 \t\tat hudson.remoting.Channel.attachCallSiteStackTrace(Channel.java:1790)\n"
     "09:41:08 Finished: FAILURE\n"),
    ("jenkins-cloud-node-being-removed", "transient",
     "[Pipeline] sh\n+ mvn -B verify\n[INFO] Running org.quill.store.OrderRepositoryIT\n"
     "quill-spot-4b (i-0f00dd11ee22) was marked offline: Node is being removed\n"
     "Error when executing always post condition:\n"
     "Also:   hudson.model.Computer$TerminationRequest: Termination requested at Mon Jun 02 03:04:05 UTC 2025 by "
     "Thread[Computer.threadPoolForRemoting [#17],5,main] [id=300]\n"
     "\t\tat hudson.model.Computer.recordTermination(Computer.java:236)\n[Pipeline] End of Pipeline\n"
     "Finished: FAILURE\n"),
    ("jenkins-termination-request-alone", "transient",
     "+ tox -e py312\npy312: commands[0]> pytest -q\n" + "." * 40 + "\n"
     "Also:   hudson.model.Computer$TerminationRequest: Termination requested at Thu Jul 03 11:22:33 UTC 2025 by "
     "Thread[EC2 alive agents monitor thread,5,main] [id=52]\nFinished: FAILURE\n"),
    ("jenkins-node-connection-was-broken", "transient",
     "[Pipeline] sh\n+ yarn test:integration\n$ vitest run --dir it\n RUN  v1.4.0 /home/jenkins/agent/workspace/quill\n"
     "quill-linux-09 was marked offline: Connection was broken\n[Pipeline] }\n[Pipeline] // node\nFinished: FAILURE\n"),
    ("teamcity-cancelled-agent-removed", "transient",
     "[03:10:44] :\t [Step 2/2] Running tests from Quill.Api.Tests.dll\n"
     "[03:11:02] :\t [Step 2/2] Passed: 140, Failed: 0\n"
     "Build finished with status UNKNOWN 'Canceled (Tests passed: 140)'; was canceled with comment 'Agent removed'\n"),
    # near-miss guards (they read so at 79a120f too): the same words where the cause is the change
    ("near-miss-verdict-in-before-the-node-went", "real",
     "> Task :ledger:test\norg.quill.ledger.RefundTest > keepsTheFee() FAILED\n"
     "    org.opentest4j.AssertionFailedError: expected: <3> but was: <0>\n"
     "        at org.quill.ledger.RefundTest.keepsTheFee(RefundTest.java:31)\n17 tests completed, 1 failed\n"
     "> Task :ledger:test FAILED\nFAILURE: Build failed with an exception.\n[Pipeline] }\n[Pipeline] // stage\n"
     "quill-spot-9 (i-0aa) was marked offline: Node is being removed\n"
     "Also:   hudson.model.Computer$TerminationRequest: Termination requested at Tue Aug 05 06:07:08 UTC 2025 by "
     "Thread[EC2 alive agents monitor thread,5,main] [id=61]\nFinished: FAILURE\n"),
    ("near-miss-admin-took-the-node-offline", "real",
     "+ npm test\n> quill-web@4.0.0 test\n> jest --ci\nFAIL src/basket.test.ts\n  ● basket › totals a voucher\n"
     "    expect(received).toBe(expected) // Object.is equality\n    Expected: 90\n    Received: 100\n"
     "Tests:       1 failed, 61 passed, 62 total\n"
     "quill-linux-02 was marked offline: Disconnected by ops-bot : patch window\nFinished: FAILURE\n"),
    ("near-miss-teamcity-a-persons-cancel-comment", "real",
     "[04:20:01] :\t [Step 1/1] --- FAIL: TestLimiter (0.01s)\n"
     "[04:20:01] :\t [Step 1/1]     limiter_test.go:44: got 5 tokens, want 4\n"
     "[04:20:02]E:\t [Step 1/1] Process exited with code 1\n"
     "Build finished with status FAILURE 'Tests failed: 1, passed: 30'; was canceled with comment 'queue cleanup'\n"),
    ("near-miss-remote-call-to-an-agent-under-a-steps-error", "real",
     "[Pipeline] junit\nRecording test results\n"
     "ERROR: Step 'Publish JUnit test result report' aborted due to exception: \n"
     "Also:   hudson.remoting.Channel$CallSiteStackTrace: Remote call to JNLP4-connect connection from "
     "10.1.2.3/10.1.2.3:40001\n\t\tat hudson.remoting.Channel.attachCallSiteStackTrace(Channel.java:1923)\n"
     "java.io.IOException: No test report files were found in /home/jenkins/ws/quill/target/surefire-reports. "
     "Configuration error?\nFinished: FAILURE\n"),
]

# ------------------------------------------------------------------ moreutils' ts clock in front of every line
TS_CLOCK: list[tuple[str, str, str]] = [
    ("ts-curl-cut-then-tar", "transient", _ts(
        "+ curl -sSL https://get.example.dev/zig/zig-linux-x86_64-0.11.0.tar.xz | tar -xJ -C /opt\n"
        "curl: (18) transfer closed with 18220113 bytes remaining to read\n"
        "\n"
        "gzip: stdin: unexpected end of file\n"
        "tar: Unexpected EOF in archive\n"
        "tar: Error is not recoverable: exiting now\n")),
    ("ts-tar-eof-alone-after-a-piped-fetch", "transient", _ts(
        "+ wget -qO- https://mirror.example.dev/protoc/protoc-25.3-linux.tar.gz | tar xz -C /usr/local\n"
        "\n"
        "gzip: stdin: unexpected end of file\n"
        "tar: Unexpected EOF in archive\n"
        "tar: Error is not recoverable: exiting now\n", clock="Oct 02 23:59")),
    # near-miss guards: a script's own syntax error and a 404 under the same clock stay real
    ("near-miss-ts-script-syntax-error", "real", _ts(
        "+ sh ci/publish.sh\nci/publish.sh: line 12: syntax error: unexpected end of file\n")),
    ("near-miss-ts-fetch-answered-404", "real", _ts(
        "+ curl -fsSL -o tool.tgz https://get.example.dev/tool/v0.0.0/tool.tgz\n"
        "curl: (22) The requested URL returned error: 404\n")),
]

# ------------------------------------------------------------------ Cargo's download and the answer under it
CARGO: list[tuple[str, str, str]] = [
    ("cargo-download-answered-404", "real",
     "error: failed to download from `https://static.crates.io/crates/quill-core/0.0.9/download`\n\n"
     "Caused by:\n"
     "  failed to get successful HTTP response from `https://static.crates.io/crates/quill-core/0.0.9/download`, "
     "got 404\n"),
    ("cargo-download-answered-410-with-address", "real",
     "    Updating `quill` index\n"
     "error: failed to download from `https://crates.example.dev/api/v1/crates/quill-auth/2.0.0/download`\n\n"
     "Caused by:\n"
     "  failed to get successful HTTP response from `https://crates.example.dev/api/v1/crates/quill-auth/2.0.0/download`"
     " (10.9.8.7), got 410\n"),
    # near-miss guards: a server error and a transfer cut short under the same head line stay transient
    ("near-miss-cargo-download-answered-503", "transient",
     "error: failed to download from `https://static.crates.io/crates/quill-core/1.2.0/download`\n\n"
     "Caused by:\n"
     "  failed to get successful HTTP response from `https://static.crates.io/crates/quill-core/1.2.0/download` "
     "(151.101.0.1), got 503\n"),
    ("near-miss-cargo-partial-file", "transient",
     "    Downloaded itoa v1.0.10\n"
     "error: failed to download from `https://static.crates.io/crates/quill-core/1.2.0/download`\n\n"
     "Caused by:\n  [18] Transferred a partial file (transfer closed with 99120 bytes remaining to read)\n"),
]


def test_case_ids_are_unique() -> None:
    assert_unique_ids(AGENT_GONE, TS_CLOCK, CARGO)


@pytest.mark.parametrize(("verdict", "log"), labelled(AGENT_GONE + TS_CLOCK + CARGO))
def test_reads(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("cid", [c for c, v, _ in AGENT_GONE if v == "transient"])
def test_the_lost_agents_read_as_a_lost_executor(cid: str) -> None:
    log = next(lg for c, _, lg in AGENT_GONE if c == cid)
    v = reads_as(log, "transient", "executor-lost")
    assert v.category == "infrastructure", v.rationale


@pytest.mark.parametrize("cid", ["cargo-download-answered-404", "cargo-download-answered-410-with-address"])
def test_cargos_missing_crate_reads_as_a_missing_file(cid: str) -> None:
    log = next(lg for c, _, lg in CARGO if c == cid)
    v = reads_as(log, "real", "resource-missing-404")
    assert v.category == "dependency", v.rationale


@pytest.mark.parametrize(("line", "text"), [
    ("Jun 15 10:16:11 tar: Unexpected EOF in archive", "tar: Unexpected EOF in archive"),
    # a line's own "word Word: " after the clock is its text, not journald's host and tag
    ("Mar 03 08:00:59 error Error: self-signed certificate", "error Error: self-signed certificate"),
])
def test_ts_clock_is_read_as_a_prefix(line: str, text: str) -> None:
    assert _normalise(line) == text


@pytest.mark.parametrize("line", [
    "May 01 10:00:00 runner-01 runsvc.sh[1234]: npm ERR! code ECONNRESET",
    "May 01 10:00:00 runner-01 kernel: Out of memory: Killed process 4242 (node)",
])
def test_near_miss_journalds_host_and_tag_stay_journalds(line: str) -> None:
    """A near-miss guard (so at 79a120f too): journald's clock with a host and a tag after it is still read whole."""
    assert _normalise(line) == line.split(": ", 1)[1]
