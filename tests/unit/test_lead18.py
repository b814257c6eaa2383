"""Eighteenth round, lead's entries from the mechanisms of the round's blind thread set (final20).

The set (40 threads of 40 projects, collected blind to the engine; ids, labels and sources in
docs/heldout-sources.jsonl, split ``final20``) was measured once; its two wrong transients and one
missed outage named mechanisms the catalogue had no words for. These logs are written here for those
mechanisms (hosts, projects and images made up), with near-misses; no thread's log is copied:

- a hosted CI image the job names that does not exist or is browning out before removal: Azure
  Pipelines' "An image label with the label X does not exist." then "The remote provider was unable to
  process the request." (several public threads, each fixed by changing ``vmImage``), its
  "Unexpected vmImage", a scheduled brownout of a deprecated image: real, the workflow must change;
- macOS runners failing to open Simulator.app itself (a LaunchServices error on the image; a bare
  workflow reproduces it on one image half the time, retries pass): transient.
"""

from __future__ import annotations

import pytest
from judging import (
    assert_unique_ids,
    labelled,
    logs,
    not_surely_transient,
    overall,
    reads,
    reads_as,
)
from shared_data import shared_cases

CASES = [
    # the provider cannot place a job on an image label that does not exist: the YAML's fault
    ("azure-image-label-missing", "real",
     "##[warning]An image label with the label Ubuntu 24.10 does not exist.\n"
     ",##[error]The remote provider was unable to process the request.\n"
     "Pool: Azure Pipelines\nImage: Ubuntu 24.10\nStarted: Today at 9:12 AM\nDuration: 2m 4s\n"),
    ("azure-image-label-missing-old", "real",
     "Job preparation parameters\n"
     "##[warning]An image label with the label vs2015-win2012r2 does not exist.\n"
     "##[error]The remote provider was unable to process the request.\n"),
    ("azure-unexpected-vmimage", "real",
     "##[error]Unexpected vmImage 'Default'\nPool: Azure Pipelines\n"),
    # a brownout of a deprecated image: the refusal comes back until the workflow moves
    ("hosted-image-brownout", "real",
     "ubuntu-20.04 py39\n\n"
     "##[error]This is a scheduled Ubuntu-20.04 brownout. The Ubuntu-20.04 environment is deprecated and will be "
     "removed on April 1st, 2025. For more details, see https://example.invalid/announcement/77\n"
     ",##[error]The remote provider was unable to process the request.\n"
     "Pool: Azure Pipelines\nImage: ubuntu-20.04\n"),
    # near-miss: the provider's refusal with no image named wrong is still a provisioning outage
    ("azure-remote-provider-alone", "transient",
     "Pool: Azure Pipelines\nImage: ubuntu-latest\n"
     "##[error]An error occurred while provisioning resources (Error Type: Failure).\n"
     ",##[error]The remote provider was unable to process the request.\n"),
    # Simulator.app would not open on the runner's macOS: the image's fault
    ("simulator-app-procnotfound", "transient",
     "2025-03-02 10:01:02.100 INFO Creating simulator, device=iPhone 15, version=17.2\n"
     "2025-03-02 10:01:03.200 INFO Launching simulator with udid: 0A1B2C3D-0000-4000-8000-ABCDEF012345\n"
     "The application /Applications/Xcode_15.2.app/Contents/Developer/Applications/Simulator.app cannot be opened "
     "for an unexpected reason, error=Error Domain=NSOSStatusErrorDomain Code=-600 \"procNotFound: no eligible "
     "process with specified descriptor\" UserInfo={_LSLine=387, _LSFunction=_LSAnnotateAndSendAppleEventWithOptions}\n"
     "2025-03-02 10:01:04.000 INFO Shutting down simulator\nError: Process completed with exit code 1.\n"),
    ("simulator-app-no-executable", "transient",
     "$ open -Fn /Applications/Xcode_14.1.app/Contents/Developer/Applications/Simulator.app\n"
     "The application /Applications/Xcode_14.1.app/Contents/Developer/Applications/Simulator.app cannot be opened "
     "for an unexpected reason, error=Error Domain=NSOSStatusErrorDomain Code=-10827 \"kLSNoExecutableErr: The "
     "executable is missing\" UserInfo={_LSLine=3844, _LSFunction=_LSOpenStuffCallLocal}\n"
     "Error: Process completed with exit code 1.\n"),
    # the deprecation notice alone is a warning printed on passing runs; the job failed on its network
    ("deprecation-notice-then-outage", "transient",
     "##[warning]The macOS-12 environment is deprecated and will be removed on December 3rd, 2024.\n"
     "$ npm ci\nnpm ERR! code ECONNRESET\nnpm ERR! network aborted\nnpm ERR! network This is a problem related to "
     "network connectivity.\n##[error]Process completed with exit code 1.\n"),
]

# must not read surely transient: an app the job built that will not open (no executable: the build's fault)
OPEN = [
    ("own-app-cannot-be-opened",
     "$ open build/Release/Widgetizer.app\n"
     "The application /Users/runner/work/widgetizer/build/Release/Widgetizer.app cannot be opened for an unexpected "
     "reason, error=Error Domain=NSOSStatusErrorDomain Code=-10827 \"kLSNoExecutableErr: The executable is missing\"\n"
     "Error: Process completed with exit code 1.\n"),
]


def test_unique_ids() -> None:
    assert_unique_ids(CASES, OPEN)


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_reads(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(OPEN))
def test_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


def test_the_entries_are_the_evidence() -> None:
    # the image refusal is read by its own entry, and the lost-agent reading stands aside for it
    v = reads_as(CASES[0][2], "real", "hosted-runner-image-retired")
    assert "agent-unresponsive" not in {f.signature for f in v.findings}
    reads_as(CASES[5][2], "transient", "simulator-app-launch-refused")
    # without the image line the provider's refusal is the lost machine it always was
    reads_as(CASES[4][2], "transient", "agent-unresponsive")



def test_the_twentieth_set_keeps_its_figures() -> None:
    """Fresh threads (40 of 40 projects, 16 transient; ids in docs/heldout-sources.jsonl, split final20),
    collected blind and measured once with the engine at the round's start and at the moment of
    measurement (identical: 0.818 / 0.562, 1 unknown); development data since: the two image refusals
    and the simulator give 1.000 / 0.625 with the entries above. The six other transient misses are flaky
    tests failing on an assertion or an error with nothing in the log to tell them from a real failure,
    and a Nix fetch refused with 403 during a forge's block of cloud addresses (read as refused access)."""
    o = overall(shared_cases("eval", "collected20", "final20.jsonl"))
    assert o.n == 40
    assert o.precision("transient") >= 0.99 and o.recall("transient") >= 0.62
    assert o.unknown <= 0.05 * o.n


def test_the_twenty_first_set_keeps_its_figures() -> None:
    """Fresh threads (28 of 28 projects, 11 transient; ids in docs/heldout-sources.jsonl, split final21),
    collected blind and measured once at the round's end with main (8cc254d) and with the engine at the
    round's start (identical: 1.000 / 0.273, real 0.667 / 0.941, 1 unknown). The eight misses: flaky
    assertions and Capybara waits, a random doctest, a pip traceback cut off above its cause, Travis's
    missing Rakefile and its rvm binary host answering 404 for a while, and a CTAN mirror's file that failed
    its checksum (left open on purpose since the fifteenth round: a mirror mid-sync or a corrupting proxy)."""
    o = overall(shared_cases("eval", "collected21", "final21.jsonl"))
    assert o.n == 28
    assert o.precision("transient") >= 0.99 and o.recall("transient") >= 0.27
    assert o.unknown <= 0.05 * o.n
