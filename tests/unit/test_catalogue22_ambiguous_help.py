"""Twenty-second round, catalogue text: the "ambiguous" entries read as their help now says.

Covered: the entries whose help said "not a surely transient failure", "not surely transient", "no rerun proposed with
confidence" or "reads neither way surely" while their leaning made the log read real on its own
(tunnel-setup-or-outage-ambiguous, kernel-hang-detector-ambiguous, kernel-test-timeout-ambiguous,
qemu-guest-memory-ambiguous, languagetool-check-time-limit-ambiguous, functions-emulator-discovery-timed-out,
functions-emulator-function-timed-out, anonymous-fetch-forbidden), and dotless-service-host-not-found's note on the
resolver answers it leaves to others. Their text now says what the engine does, and these cases hold it: alone, the
line reads real (no rerun proposed; an anonymous 403 at a lower confidence); beside an outage's own line of about
the same weight (a 5xx, a connection timed out) the verdict is left open (unknown).

Each log is short and written for this test around the tool's message; the wordings are the ones the entries' own
comments cite from the tools' sources (OpenSSH ssh.c, Go net/http's "proxyconnect tcp: ", kernel/watchdog.c,
kselftest runner.sh, QEMU softmmu/physmem, LanguageTool's TextChecker.java, firebase-tools' discovery and
functionsRuntimeWorker.ts, curl's "(22) The requested URL returned error: 403", Node's getaddrinfo errors). Hosts and
paths are made up.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, reads_as

_GHA = "##[error]Process completed with exit code 1.\n"
_GL = "ERROR: Job failed: exit code 1\n"

# (id, verdict, entry, log): the entry's line alone reads real through it
ALONE: list[tuple[str, str, str, str]] = [
    ("go-proxyconnect-no-such-host-alone", "real", "tunnel-setup-or-outage-ambiguous",
     "$ go mod download\n"
     "go: example.com/lib@v1.2.0: Get \"https://proxy.golang.org/example.com/lib/@v/v1.2.0.mod\": proxyconnect tcp: "
     "dial tcp: lookup proxy.corp.example on 127.0.0.53:53: no such host\n" + _GL),
    ("ssh-mistyped-host-alone", "real", "tunnel-setup-or-outage-ambiguous",
     "+ scp dist/site.tar.gz deploy@wbe1.example.net:/srv/\n"
     "ssh: Could not resolve hostname wbe1.example.net: Name or service not known\n" + _GHA),
    ("soft-lockup-alone", "real", "kernel-hang-detector-ambiguous",
     "+ ./ci/run-in-vm.sh tools/testing/selftests/gadget/stress\n"
     "[  120.000112] watchdog: BUG: soft lockup - CPU#0 stuck for 23s! [stress:301]\n" + _GHA),
    ("kselftest-timeout-alone", "real", "kernel-test-timeout-ambiguous",
     "# selftests: net: gadget.sh\n"
     "not ok 4 selftests: net: gadget.sh # TIMEOUT 300 seconds\n"
     "make: *** [Makefile:151: run_tests] Error 1\n" + _GHA),
    ("qemu-guest-memory-alone", "real", "qemu-guest-memory-ambiguous",
     "+ qemu-system-x86_64 -m 12G -nographic -kernel bzImage\n"
     "qemu-system-x86_64: cannot set up guest memory 'pc.ram': Cannot allocate memory\n" + _GHA),
    ("languagetool-time-limit-alone", "real", "languagetool-check-time-limit-ambiguous",
     "$ npx textlint docs/\n"
     "Error: Text checking took longer than allowed maximum of 20000 milliseconds (cancelled: true)\n" + _GHA),
    ("functions-discovery-timeout-alone", "real", "functions-emulator-discovery-timed-out",
     "$ firebase emulators:start --only functions\n"
     "Error: User code failed to load. Cannot determine backend specification. Timeout after 10000ms\n" + _GHA),
    ("functions-function-timeout-alone", "real", "functions-emulator-function-timed-out",
     "$ firebase emulators:exec 'npm test'\n"
     # (the emulator's WARN label, "⚠  functions: ", as its logger prints it: the line is a warning, which this entry
     # reads and the generic test-timeout does not)
     "⚠  functions: Your function timed out after ~60s. To configure this timeout, see the documentation.\n"
     "Error: Script exited unsuccessfully (code 1)\n" + _GHA),
]

# (id, verdict, log): beside an outage's own line of about the same weight the verdict is left open
BESIDE_OUTAGE: list[tuple[str, str, str]] = [
    ("languagetool-time-limit-then-503", "unknown",
     "$ npx textlint docs/\n"
     "Error: Text checking took longer than allowed maximum of 20000 milliseconds (cancelled: true)\n"
     "Error: Request failed with status code 503\n" + _GHA),
    ("functions-discovery-timeout-then-etimedout", "unknown",
     "$ firebase emulators:start --only functions\n"
     "Error: User code failed to load. Cannot determine backend specification. Timeout after 10000ms\n"
     "Error: connect ETIMEDOUT 203.0.113.20:443\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "entry", "log"), [pytest.param(v, e, lg, id=i) for i, v, e, lg in ALONE])
def test_ambiguous_entry_alone_reads_real(verdict, entry, log):
    reads_as(log, verdict, entry)


@pytest.mark.parametrize(("verdict", "log"), labelled(BESIDE_OUTAGE))
def test_ambiguous_entry_beside_an_outage_leaves_the_verdict_open(verdict, log):
    v = judge(log)
    assert v.verdict == verdict, v.rationale


def test_anonymous_403_alone_reads_real_at_a_lower_confidence():
    # anonymous-fetch-forbidden with no credentials beside the fetch: weighed low, the log reads real only for want of
    # a transient signal, below a credentialed 403's confidence
    anonymous = judge("+ curl -fsSL https://downloads.example.org/tool-1.4.2.tar.gz -o tool.tgz\n"
                      "curl: (22) The requested URL returned error: 403\n" + _GHA)
    credentialed = judge("+ curl -fsSL -H \"Authorization: Bearer $DL_TOKEN\" https://downloads.example.org/tool.tgz "
                         "-o tool.tgz\ncurl: (22) The requested URL returned error: 403\n" + _GHA)
    assert anonymous.verdict == "real" and credentialed.verdict == "real", (anonymous.rationale, credentialed.rationale)
    assert anonymous.confidence < 0.9 <= credentialed.confidence, (anonymous.confidence, credentialed.confidence)


def test_dotless_service_eai_again_reads_real_through_the_service_name_entry():
    # dotless-service-host-not-found's note: EAI_AGAIN on a bare service name is not read by it; the outage readings
    # stand aside, and ci-service-hostname-unresolved reads the service name real
    reads_as("$ npm test\nError: getaddrinfo EAI_AGAIN postgres\n" + _GL, "real", "ci-service-hostname-unresolved")


def test_case_ids_are_unique():
    assert_unique_ids(ALONE, BESIDE_OUTAGE)
