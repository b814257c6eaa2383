"""Catalogue entries whose lines are checked against their neighbourhood, and retry readings of outage lines.

_LINE_CHECKED maps an entry's id to the check its line must pass (a script's retry that gave up on a fetch, on a
refusal or on its own deploy; curl's health check of its own deploy; a loopback curl cut; an exit code that meant
network; compared values, stamps); beside it the line readings the engine consults by id (a wait on another port,
CPAN's next fetcher, Test::More's like(), Wallaby's versions) and whether a retried outage went through or ran out.
Used by rules.py (each hit of an entry in _LINE_CHECKED must pass its check) and placement.py (_VALUE_CHECKED_IDS).
Pure: no I/O, no clock.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from itertools import islice

from . import structure
from .catalogue import _FRAGMENT_FLAGS, builtin_catalogue
from .lines import _NEXT_COMMAND, _WORD_PART
from .test_layout import _FAILING_TEST_LINE
from .values_dates import _day_apart
from .values_order import _same_items_other_order
from .values_time import (
    _NEAR_BOUND_RATIO,
    _c_check_bool,
    _clock_read_second_apart,
    _near_bound,
    _near_pair,
    _scan_checked_bound,
    _second_apart,
    _tick_under_floor,
)

# A retry line on the last lines of a log: the retries ran out (or the job was stopped) there.
_RETRY_TAIL = 3
_RETRY_FACTOR = 0.8
# ... or a retry line announcing the last attempt (pip's "Retrying (Retry(total=0, ...)) after
# connection broken by ...", "0 retries left", "attempt 3 of 3") when that attempt failed too: the
# next line that is not another retry line is no sign of progress (a download going on, "OK",
# "Successfully installed"), so the tool's own summary of the failure follows it.
_LAST_RETRY = re.compile(
    r"\bRetry\(total=0\b|\b0 (?:retries|attempts|tries) (?:left|remaining)\b|\battempt (\d+) of \1\b",
    re.IGNORECASE)
_PROGRESS = re.compile(
    r"(?i)^\s*(?:downloading|downloaded|collecting|using cached|saved|successfully|requirement already"
    r" satisfied|fetched|installing|receiving|resolving)\b|\b(?:ok|done|installed|succeeded|verified)\b")
_LAST_RETRY_LOOKAHEAD = 5
# (xfail 17b) A line saying a retried transfer went through, the retry's own tool speaking ("  • downloaded  url=...",
# "Downloaded ...", "saved [n/n]"): a retry line in the tail that such a line follows did not end the log.
_WENT_THROUGH = re.compile(r"(?i)^\W{0,4}\s*(?:downloaded|fetched|saved|successfully (?:downloaded|fetched|installed))\b")


def _retry_went_through(lines: list[str], idx: int, is_retry: Callable[[int], bool]) -> bool:
    """(xfail 17b) Whether the retry line at ``idx`` (in the tail, where retry lines count) was followed by its
    transfer going through: the next non-blank line that is not itself a retry line says so (_WENT_THROUGH). The log
    then does not end on the retry; the failure below it is another's."""
    nxt = _after_retries(lines, idx, is_retry)
    return nxt is not None and bool(_WENT_THROUGH.match(nxt))


def _after_retries(lines: list[str], idx: int, is_retry: Callable[[int], bool]) -> str | None:
    """The next non-blank line below the retry line at ``idx``, within _LAST_RETRY_LOOKAHEAD, that is not itself a
    retry line; None where there is none."""
    return next((lines[j] for j in range(idx + 1, min(len(lines), idx + 1 + _LAST_RETRY_LOOKAHEAD))
                 if lines[j].strip() and not is_retry(j)), None)


def _retries_ran_out(lines: list[str], idx: int, is_retry: Callable[[int], bool]) -> bool:
    """Whether the retry line at ``idx`` announced the last attempt and that attempt failed: the
    next non-blank line that is not itself a retry line shows no progress."""
    if not _LAST_RETRY.search(lines[idx]):
        return False
    nxt = _after_retries(lines, idx, is_retry)
    # (the script's next command, _NEXT_COMMAND, says the retry went through as well)
    return nxt is None or not (_PROGRESS.search(nxt) or _NEXT_COMMAND.match(nxt))


def _last_command(lines: list[str]) -> int:
    """Index of the log's last command of the script's own (_NEXT_COMMAND at an unindented line's start); -1 if none."""
    return next((i for i in range(len(lines) - 1, -1, -1)
                 if _NEXT_COMMAND.match(lines[i]) and not lines[i][:1].isspace()), -1)


def _retried_past(lines: list[str], idx: int, is_retry: Callable[[int], bool],
                  last_command: Callable[[], int] | None = None) -> bool:
    """Whether the outage at ``idx`` was survived: the tool announced a retry right below it, a line
    then said the attempt went through ("protoc downloaded", "Done", "saved [n/n]"), and the script
    went on to a command of its own after that (curl's timeout, "Retrying in 5s", "downloaded", then
    "$ pytest" failing on an assertion is no outage's symptom). ``last_command``: _last_command of ``lines``, taken
    once by a caller that asks for many outages (hundreds of retried outages read the log below each again)."""
    for j in range(idx + 1, min(len(lines), idx + 1 + _RETRIED_RETRY_LINES)):
        if not is_retry(j):
            continue
        for k in range(j + 1, min(len(lines), j + 1 + _RETRIED_RECOVERY_LINES)):
            if is_retry(k):
                continue
            if _RECOVERED.search(lines[k]):
                return (last_command() if last_command is not None else _last_command(lines)) > k
        return False
    return False


# (xfail21b) review 21d's cpan-lwp-500-then-fallback-then-tests-fail: CPAN.pm's failed fetch ("LWP failed with code[500]
# message[...]", "HTTP::Tiny failed with an internal error: ...") below which CPAN.pm tried its next fetcher ("Fetching
# with HTTP::Tiny:" and the URL, CPAN/FTP.pm, read) and verified the file it got ("Checksum for <file> ok",
# CPAN/Distribution.pm's CHECKSUM_check_file, read): the fetch went through, so the failed try is no outage the job met.
# Assumption: the checksum within these lines is the same file's (CPAN.pm checks a distribution right after its fetch).
_CPAN_FETCH_FAILED = re.compile(r"\b(?:LWP|HTTP::Tiny) failed with\b")
_CPAN_NEXT_FETCHER = re.compile(r"(?:^|\s)Fetching with [\w:]{2,40}:\s*$")
_CPAN_CHECKSUM_OK = re.compile(r"(?:^|\s)Checksum for \S{1,500} ok\s*$")
_CPAN_REFETCH_LINES = 6


def _cpan_fetched_otherwise(lines: list[str], idx: int) -> bool:
    """(xfail21b) Whether the line at ``idx`` is CPAN.pm's failed fetch and, within _CPAN_REFETCH_LINES below it, CPAN.pm
    fetched with its next fetcher and found the file's checksum ok, with no other failed fetch between."""
    if not _CPAN_FETCH_FAILED.search(lines[idx][:700]):
        return False
    tried = False
    for ln in lines[idx + 1: idx + 1 + _CPAN_REFETCH_LINES]:
        ln = ln[:700]
        if _CPAN_FETCH_FAILED.search(ln):
            return False
        if _CPAN_NEXT_FETCHER.search(ln):
            tried = True
        elif tried and _CPAN_CHECKSUM_OK.search(ln):
            return True
    return False


# (p38) signatures.toml "cpanm-module-not-found": cpanm's "Couldn't find module or a distribution X" counts only below a
# distribution cpanm fetched in the same log (miyagawa/cpanminus Menlo-Legacy lib/Menlo/CLI/Compat.pm, read: fetch_module's
# "Fetching <uri>" progress closed by "OK" on the same line, printed unless --quiet; "Successfully installed <dist>", printed
# always): the mirror and the lookups answered then. The first such line is found once per log (_CPANM_FETCHED_MEMO, one
# slot as values_time._APART_MEMO), so a log of many not-found lines is read once.
# (review38_b) pip and RubyGems print "Successfully installed <name>-<version>" too ("Successfully installed
# yamllint-1.35.1", "Successfully installed bundler-2.4.22"): such a line is cpanm's only where cpanm's own closing count
# of the run ("1 distribution installed", "3 distributions installed": Compat.pm run(), printed when it installed any, read)
# stands below it. Without it, a pip or gem install above cpanm's lookups says nothing of cpanm's mirror.
_CPANM_FETCHED_OK = re.compile(r"^\s*Fetching https?://\S{1,600} \.\.\. OK\s*$")
_CPANM_INSTALLED = re.compile(r"^\s*Successfully (?:re)?installed [\w.:-]{1,200}-v?\d")
_CPANM_RUN_COUNT = re.compile(r"^\s*\d{1,6} distributions? installed\s*$")
_CPANM_FETCHED_MEMO: list[tuple[list[str], int] | None] = [None]


def _cpanm_fetched_above(lines: list[str], idx: int) -> bool:
    """(p38) Whether a line above ``idx`` shows cpanm fetched or installed a distribution from its mirror."""
    held = _CPANM_FETCHED_MEMO[0]
    if held is None or held[0] is not lines:
        fetched = installed = last_count = len(lines)
        for i, ln in enumerate(lines):
            text = ln[:700]
            if fetched == len(lines) and _CPANM_FETCHED_OK.match(text):
                fetched = i
            elif installed == len(lines) and _CPANM_INSTALLED.match(text):
                installed = i
            elif _CPANM_RUN_COUNT.match(text):
                last_count = i
        first = min(fetched, installed if installed < last_count < len(lines) else len(lines))
        held = (lines, first)
        _CPANM_FETCHED_MEMO[0] = held
    return held[1] < idx


# (velo32) GitLab Runner's preparation that failed and was tried again: the runner prints "ERROR: Preparation failed:
# <why>" (a pull of the job's image, a pod that did not start) and "Will be retried in 3s ..." below it, and tries up to
# three times (gitlab-runner executors' retry of Prepare, recalled). Where the job then got past preparation (the
# runner's next stage: its "Getting source from Git repository" or the script's "Executing "step_script" stage of the job
# script" header, or their section markers), the failed try is no outage the job failed on; what failed is below. Where
# every try failed, the runner went on to no stage and the line stands.
_RUNNER_PREPARATION_FAILED = re.compile(r"^\s*(?:ERROR|WARNING): Preparation failed: ")
_RUNNER_WILL_RETRY = re.compile(r"^\s*Will be retried in \d+s\b")
_RUNNER_PAST_PREPARATION = re.compile(
    r'^\s*(?:section_start:\d+:(?:get_sources|step_script|build_script)\b|Getting source from Git repository\b'
    r'|Executing "(?:step|build)_script" stage of the job script\b)')
_RUNNER_RETRY_LINES = 3
# (how far below the next stage may begin: the runner's preparation prints a few lines per try, a pod's wait some hundred)
_RUNNER_STAGE_LINES = 400


def _runner_stage_rows(lines: list[str]) -> list[int]:
    """(velo32) The lines where GitLab Runner began a stage after its preparation (_RUNNER_PAST_PREPARATION), in order:
    taken once per log by a caller that asks about many lines."""
    return [i for i, ln in enumerate(lines) if _RUNNER_PAST_PREPARATION.match(ln[:200])]


def _runner_retried_preparation(lines: list[str], idx: int, stage_rows: Callable[[], list[int]]) -> bool:
    """(velo32) Whether the line at ``idx`` is GitLab Runner's "Preparation failed: ..." that the runner said it would try
    again (its "Will be retried in Ns ..." within _RUNNER_RETRY_LINES below) and that the job then got past (a stage after
    preparation began below, within _RUNNER_STAGE_LINES). ``stage_rows``: _runner_stage_rows of ``lines``, taken once."""
    if not _RUNNER_PREPARATION_FAILED.match(lines[idx][:200]):
        return False
    if not any(_RUNNER_WILL_RETRY.match(ln[:200]) for ln in lines[idx + 1: idx + 1 + _RUNNER_RETRY_LINES]):
        return False
    rows = stage_rows()
    k = bisect.bisect_right(rows, idx)
    return k < len(rows) and rows[k] - idx <= _RUNNER_STAGE_LINES


# (review32_a) Jenkins' lines that the agent under a durable step went away: the node step's causes ("Agent was removed",
# "Timeout waiting for agent to come back", "Agent X was deleted; cancelling node body") and the durable-task step's
# "Cannot contact <node>: <exception>" and "Could not connect to <node> to send interrupt signal to process"
# (jenkinsci/workflow-durable-task-step-plugin ExecutorStepExecution.java and DurableTaskStep.java, as the catalogue's
# ci-pod-or-agent-removed and agent-unresponsive entries cite them)
_JENKINS_AGENT_GONE = re.compile(
    r"^(?:ERROR: )?(?:Agent was removed\s*$|Timeout waiting for agent to come back\s*$"
    r"|Agent \S[^\n]{0,200}? was deleted; cancelling node body\s*$"
    r"|Cannot contact \S[^\n]{0,200}?: (?:java\.lang\.InterruptedException|hudson\.remoting\.\w+|java\.io\.EOFException"
    r"|java\.nio\.channels\.ClosedChannelException)\b"
    r"|Could not connect to \S[^\n]{0,200}? to send interrupt signal to process\s*$"
    # (threads33b) and the forms executor-lost reads since: the agent a cloud removed ("<node> was marked offline: Node
    # is being removed"), the termination Jenkins records for it, a JNLP agent's channel whose call failed
    r"|\S[^\n]{0,200}? was marked offline: (?:Node is being removed|Connection was broken)\s*$"
    r"|Also:\s+hudson\.model\.Computer\$TerminationRequest: Termination requested\b"
    # (review33_a) workflow-durable-task-step's AgentOfflineException, the node's "<node> was marked offline: Connection
    # was broken", remoting's "java.io.IOException: Unexpected reader termination" (bare or as Jenkins' "Caused: " line)
    # and its "Remote call on <channel> failed"
    r"|(?:[\w.]{1,200}\.)?AgentOfflineException: |(?:Agent )?\S{1,200} was marked offline: Connection was broken\b"
    r"|(?:Caused: )?java\.io\.IOException: Unexpected reader termination\b"
    r"|(?:Caused: [\w.$]{1,200}: )?(?:FATAL: )?Remote call on (?:JNLP\d?-connect connection from )?\S{1,200} failed\b)")
# ... and (after32) a finished run's own word that it failed, printed once as the tool ends (its summary, which counts
# what failed and says nothing when nothing did): Gradle's "BUILD FAILED in 48s" and "FAILURE: Build failed with an
# exception.", Maven's "[INFO] BUILD FAILURE", MSBuild's "Build FAILED." and "    2 Error(s)"; pytest's "== 1 failed,
# 20 passed in 3.10s ==" (or -q's bare form), unittest's "FAILED (failures=1)"; Jest's and Vitest's "Tests:  1 failed"
# ("Test Suites: 1 failed"), Mocha's "  2 failing"; JUnit/Surefire's "Tests run: 9, Failures: 1, Errors: 0" (a class's
# or the module's, a failure or an error counted); Go's "FAIL<TAB>package"; ExUnit's "10 tests, 1 failure"; RSpec's
# "10 examples, 1 failure"; libtest's "test result: FAILED."; dotnet test's "Failed!  - Failed: 1"; PHPUnit's "FAILURES!"
# and "ERRORS!"; XCTest's "Executed 12 tests, with 1 failure"; CTest's "90% tests passed, 1 tests failed out of 10";
# clang's "2 errors generated.", javac's "1 error", rustc's "error: aborting due to 2 previous errors" and cargo's
# "error: could not compile `x`"; tsc's, mypy's and ruff's "Found 3 errors"; ESLint's "✖ 4 problems (2 errors, ...)";
# and V8's own report that Node's heap ran out, "FATAL ERROR: ... JavaScript heap out of memory" (the tool's memory, not
# the machine's: a bare "Killed" or the system's OOM kill is no such report). Every count that says a failure is 1 or more
_TOOL_FAILED_VERDICT = re.compile(
    r"^(?:BUILD FAILED in \d[\w ]{0,40}|\[(?:INFO|ERROR)\] BUILD FAILURE)\s*$"
    r"|^(?:FAILURE: Build failed with an exception\.|Build FAILED\.|\s+[1-9]\d* Error\(s\))\s*$"
    r"|^=* ?(?:\d+ \w+, )*[1-9]\d* (?:failed|errors?)(?:, \d+ \w+)* in \d[\d.]*m?s\b"
    r"|^FAILED \((?:errors|failures)=[1-9]"
    r"|^Tests?(?: Suites)?:?\s+[1-9]\d* failed\b|^\s*[1-9]\d* failing\s*$"
    r"|^(?:\[(?:INFO|ERROR)\] )?Tests run: \d+, (?:Failures: [1-9]\d*|Failures: \d+, Errors: [1-9])"
    r"|^FAIL\t\S"
    r"|^(?:\d+ (?:doctests?|propert(?:y|ies)), )*\d+ (?:tests?|examples?), [1-9]\d* failures?\b"
    r"|^test result: FAILED\.|^\s*Failed!\s+-\s+Failed:\s+[1-9]|^(?:FAILURES|ERRORS)!\s*$"
    r"|^\s*Executed \d+ tests?, with [1-9]\d* failures?\b|^\d+% tests passed, [1-9]\d* tests? failed out of \d"
    r"|^[1-9]\d* errors? generated\.\s*$|^[1-9]\d* errors?\s*$|^error: aborting due to (?:[1-9]\d* )?previous errors?\b"
    r"|^error: could not compile `[^`\n]{1,200}`[^\n]{0,40} due to [1-9]\d* previous errors?\b|^Found [1-9]\d* errors?\b|^\u2716 [1-9]\d* problems? \([1-9]\d* errors?"
    r"|^FATAL ERROR: [^\n]{0,200}JavaScript heap out of memory\s*$"
    # (and the formatters' and style checkers' counts: Prettier's "[warn] Code style issues found in 2 files.", Black's
    # "2 files would be reformatted", RuboCop's "12 files inspected, 3 offenses detected")
    r"|^\[warn\] Code style issues found in |^[1-9]\d* files? would be reformatted\b"
    r"|^\d+ files? inspected, [1-9]\d* offenses? detected\b"
    # (review32_c) and the other runners' closing counts: sbt's "[info] *** 1 TEST FAILED ***" and its "(Test / test)
    # sbt.TestsFailedException: Tests unsuccessful", Bazel's "Executed 19 out of 19 tests: 18 tests pass and 1 fails
    # locally." and "INFO: Build completed, 1 test FAILED, ...", Dart's "00:13 +40 -1: Some tests failed.", Karma's
    # "...: Executed 240 of 240 (1 FAILED)" and "TOTAL: 1 FAILED, 239 SUCCESS", Vitest's indented "Test Files  1 failed |
    # 18 passed (19)", nextest's "Summary [ 2.4s] 17 tests run: 16 passed, 1 failed"
    r"|^\[info\] \*\*\* [1-9]\d* TESTS? FAILED \*\*\*|^\[error\] \([^()\n]{1,80}\) sbt\.TestsFailedException\b"
    r"|^Executed \d+ out of \d+ tests?: (?:[^\n]{0,80}? and )?[1-9]\d* fails?\b|^INFO: Build completed, [1-9]\d* tests? FAILED,"
    r"|^\d+:\d\d \+\d+(?: ~\d+)? -[1-9]\d*: Some tests failed\."
    r"|^[^\n]{1,120}: Executed \d+ of \d+ \([1-9]\d* FAILED\)|^TOTAL: [1-9]\d* FAILED\b"
    r"|^\s+(?:Test Files|Tests)\s+[1-9]\d* failed\b"
    r"|^\s*Summary \[[^\]\n]{1,20}\] \d+ tests? run: \d+ passed(?: \([^)\n]{0,40}\))?, [1-9]\d* failed\b")
# (after32) a format check that says what failed by listing the files only ("terraform fmt -check" and "gofmt -l" print
# each file that is not formatted, one a line, and nothing else): its command echoed (GitHub's "Run x" header, a
# shell's "$ x" or "+ x"), then its first output line a path of the tool's own kind
_FORMAT_LIST_COMMAND = re.compile(
    r"^(?:##\[group\]Run |\$ |\+ )(?:[^\n]{0,200}?[;&|(]\s*)?(?:(?P<tf>terraform fmt\b[^\n;&|]{0,80}?-check\b)"
    r"|(?P<go>gofmt -l\b))")
_FORMAT_LIST_PATH = {"tf": re.compile(r"^[\w./-]{1,300}\.(?:tf|tfvars|hcl)\s*$"),
                     "go": re.compile(r"^[\w./-]{1,300}\.go\s*$")}
# (the lines a CI prints between its step header and the step's output: GitHub's echoed script and shell, its group's end)
_STEP_HEADER_REST = re.compile(r"^(?:##\[endgroup\]|shell: |env:|  [A-Z_]+: )")


def _format_check_listed(lines: list[str], k: int) -> bool:
    """(after32) Whether the line at ``k`` echoes a format check that lists unformatted files (_FORMAT_LIST_COMMAND)
    whose output, below the step header's own lines, begins with such a file (_FORMAT_LIST_PATH): the check failed, in
    its own form, whatever the script did after it."""
    m = _FORMAT_LIST_COMMAND.match(lines[k][:400])
    if m is None:
        return False
    path = _FORMAT_LIST_PATH[m.lastgroup or "tf"]
    echoed = lines[k][lines[k].index(" ") + 1:].strip() if lines[k].startswith("##[group]Run ") else None
    for line in lines[k + 1: k + 8]:
        if not line.strip() or _STEP_HEADER_REST.match(line) or (echoed is not None and line.strip() == echoed):
            continue
        return bool(path.match(line[:400]))
    return False
# (how far above the stop the verdict may be: the tool's last lines, a post block's few steps, a clean-up that hung
# and printed on its way; blank lines not counted)
_AGENT_GONE_LINES = 60
# the next step's header between the verdict and the stop: the verdict was an earlier step's, which the job went on
# from (Jenkins' shell steps, GitHub's "Run x" group, Azure Pipelines' "Starting: x"; not the steps that run whatever
# came before, GitHub's "Post Run" and Azure's "Post-job:", nor GitLab's after_script)
_JENKINS_STEP = re.compile(r"^\[Pipeline\] (?:sh|bat|powershell)\s*$|^##\[group\]Run (?!actions/)\S"
                           r"|^##\[section\]Starting: (?!Post-job:|Finalize Job)")
# (after32) the platform's own word that it stopped the step, which a verdict above may leave behind: the runners' time
# limits, kills and lost workers that structure._CI_STOPPED reads (CircleCI's, GitLab's, GitHub's, Azure Pipelines',
# Travis', Tekton's), Jenkins' gone agent (_JENKINS_AGENT_GONE) and its build-timeout plugin's "Build timed out (after N
# minutes). Marking the build as aborted.", Buildkite's "Exited with status -1 (agent lost)", GitLab Runner's "ERROR: Job
# failed (system failure): ..." and its "command terminated with exit code 137", GitHub's "The runner has received a
# shutdown signal." and "The operation was canceled.", Concourse's "volume '<handle>' disappeared from worker '<name>'",
# and the shell's bare "Killed" (a kill of what ran below the summary: the run itself had ended). Only these lines, in
# the CI's voice: a tool's own detail under its summary (Maven's "[ERROR] Failed to execute goal ... (No space left on
# device)" under "BUILD FAILURE", Mocha's "timeout of 60000ms exceeded" under "2 failing") is that failure's cause
_PLATFORM_STOP = re.compile(
    structure._CI_STOPPED.pattern
    + r"|^Build timed out \(after \d+ minutes?\)\. Marking the build as (?:aborted|failed)\."
    r"|^Exited with status -1 \(agent lost\)|^ERROR: Job failed \(system failure\):"
    r"|^ERROR: Job failed: command terminated with exit code 137\s*$"
    r"|^(?:##\[error\])?The runner has received a shutdown signal\.|^(?:##\[error\])?The operation was canceled\.\s*$"
    r"|^volume '[^'\n]{1,100}' disappeared from worker '|^Killed\s*$"
    # (review32_c) and Jenkins' "ERROR: script returned exit code -1", its word for a shell step whose process it lost
    # with the agent (no process exits -1 on Linux), printed below the lost agent's own lines
    r"|^ERROR: script returned exit code -1\s*$")


# (review32_c) a command the script let fail: its echo ("$ pytest -m slow || true", "+ npm run lint || :", GitHub's
# "Run make check || exit 0") ends on a fallback that always succeeds, or bash's xtrace prints that fallback as a command
# of its own ("+ true", "+ :") once the command before it failed. The run's summary under it is no verdict the job
# ended on: the script went on, and what the platform stopped is a later command
_ECHOED_COMMAND = re.compile(r"^(?:\$ |\++ |##\[group\]Run |\[command\])\S")
_LET_FAIL = re.compile(r"\|\|[ \t]*(?:true|:|exit 0|echo\b[^|;&(){}\n]{0,200})[ \t]*;?[ \t]*$")
_XTRACE_FALLBACK = re.compile(r"^\++ (?:true|:)\s*$")
# (review32_c) ... and Jenkins' end of a catchError or warnError block ("[Pipeline] // catchError"), which caught the
# failure of the steps inside it and let the pipeline go on (a parallel branch's check, a step allowed to fail)
_JENKINS_CAUGHT = re.compile(r"^\[Pipeline\] // (?:catchError|warnError)\s*$")
_TEKTON_STEP_STOP = re.compile(r'^"step-([\w-]{1,60})" exited because the step exceeded the specified timeout limit\b')
# (how far above a summary its command's echo may be: a long run's output)
_ECHO_LINES = 600


def _summary_let_fail(lines: list[str], k: int) -> bool:
    """(review32_c) Whether the summary at ``k`` is the output of a command its script let fail (_LET_FAIL on the
    nearest echoed command above it)."""
    for j in range(k - 1, max(-1, k - 1 - _ECHO_LINES), -1):
        line = lines[j][:1000]
        if _ECHOED_COMMAND.match(line):
            return _LET_FAIL.search(line) is not None
    return False


# (review32_c) a run's own word, above its summary, that a kill by signal ended what it ran: Jest's "A jest worker
# process (pid=211) was terminated by another process: signal=SIGTERM", Go's "signal: killed" (and its "FAIL<TAB>pkg
# <TAB>(signal: killed)"), cargo's "(signal: 9, SIGKILL: kill)" and rustc's "signal: 9 (SIGKILL)", Ruby's
# "SignalException:" with "SIGTERM" under it, the linker's and GCC's "terminated with signal 9 [Killed]" and "Killed
# signal terminated program cc1plus", Surefire's "Process Exit Code: 137", Gradle's "daemon disappeared unexpectedly",
# pytest-xdist's "node down: Not properly terminated". The summary then counts the kill's failures, not the change's:
# the stop below keeps its reading
_RUN_KILLED = re.compile(
    r"\bwas terminated by another process: signal=SIG(?:TERM|KILL)\b|^signal: killed\s*$|\t\(signal: killed\)\s*$"
    r"|\(signal: 9, SIGKILL: kill\)|\bsignal: 9 \(SIGKILL\)|^\s*SignalException:\s*$|^\s+SIG(?:TERM|KILL)\s*$"
    r"|\bterminated with signal 9 \[Killed\]|\bKilled signal terminated program\b|^\[ERROR\] Process Exit Code: 137\b"
    r"|\bdaemon disappeared unexpectedly\b|\bnode down: Not properly terminated\b")
# (how far above its summary a run's kill may be read: a summary's list of failures)
_KILLED_LINES = 120


def _summary_of_killed_run(lines: list[str], k: int) -> bool:
    """(review32_c) Whether the run whose summary is at ``k`` says a kill by signal ended what it ran (_RUN_KILLED, on
    the summary's line or above it, up to its command's echo)."""
    for j in range(k, max(-1, k - 1 - _KILLED_LINES), -1):
        line = lines[j][:400]
        if _RUN_KILLED.search(line):
            return True
        if j < k and _ECHOED_COMMAND.match(line):
            return False
    return False


class VerdictRows:
    """(after32) Where a log's finished runs said they failed (_TOOL_FAILED_VERDICT, or a format check's file list,
    _format_check_listed), where the walk up would stop short of them (a new step, _JENKINS_STEP; a fallback the script
    ran or a caught block), and how many non-blank lines come before each line:
    read once per log, on the first stop line a transient reading met, so that each stop line is then answered by two
    bisections instead of a walk up to _AGENT_GONE_LINES lines (a megabyte of stop lines read them all 60 times)."""

    def __init__(self, lines: list[str]) -> None:
        self.verdicts: list[int] = []
        # (a line the walk up stops at, with no verdict: a new step's header, or (review32_c) bash's xtrace of a
        # fallback or the end of Jenkins' catchError block, read before a verdict on the same line)
        self.barriers: list[int] = []
        self.nonblank = [0]
        for k, raw in enumerate(lines):
            line = raw[:200]
            self.nonblank.append(self.nonblank[-1] + (1 if line.strip() else 0))
            if not line.strip():
                continue
            if _XTRACE_FALLBACK.match(line) or _JENKINS_CAUGHT.match(line):
                self.barriers.append(k)
            elif _TOOL_FAILED_VERDICT.match(line) or _format_check_listed(lines, k):
                self.verdicts.append(k)
            elif _JENKINS_STEP.match(line):
                self.barriers.append(k)
        self._lines = lines

    @functools.cached_property
    def echoes(self) -> list[int]:
        """(review32_c) The lines echoing a command (_ECHOED_COMMAND), taken once a verdict is asked about."""
        return [j for j, ln in enumerate(self._lines) if _ECHOED_COMMAND.match(ln[:1000])]

    @functools.cached_property
    def kills(self) -> list[int]:
        """(review32_c) The lines where a run says a signal killed what it ran (_RUN_KILLED), taken likewise."""
        return [j for j, ln in enumerate(self._lines) if _RUN_KILLED.search(ln[:400])]

    def let_fail_or_killed(self, k: int) -> bool:
        """_summary_let_fail or _summary_of_killed_run of the summary at ``k``, by bisection: the nearest echoed
        command above within _ECHO_LINES ends on a fallback; or a kill within _KILLED_LINES above (or on the summary's
        line) with no echoed command between."""
        e = bisect.bisect_left(self.echoes, k) - 1
        echo = self.echoes[e] if e >= 0 else -1
        if echo >= 0 and echo >= k - _ECHO_LINES and _LET_FAIL.search(self._lines[echo][:1000]):
            return True
        r = bisect.bisect_right(self.kills, k) - 1
        return r >= 0 and self.kills[r] >= k - _KILLED_LINES and echo <= self.kills[r]


def _agent_gone_after_tool_failed(lines: list[str], idx: int, rows: Callable[[], VerdictRows]) -> bool:
    """(review32_a) Whether the line at ``idx`` is Jenkins' word that the step's agent went away (_JENKINS_AGENT_GONE)
    below the build tool's own verdict that it had failed (_TOOL_FAILED_VERDICT, within _AGENT_GONE_LINES above, no
    other shell step started between): the build had ended on its own error before the agent went (the controller had
    not yet read the step's status), so the lost agent is no outage the job failed on; what failed is above.
    (after32) And so for every platform's stop of the step (_PLATFORM_STOP: a time limit, a kill, a lost worker) below a
    finished run's own failure summary ("10 tests, 1 failure", "Tests: 1 failed", "Found 2 errors") or a format check's
    bare list of files (_format_check_listed): the run had ended
    on its failures before the platform stopped the job (a rerun meets them again). Not a stop above the summary, nor a
    summary of 0 failures (no verdict), nor an earlier step's; an outage above the summary keeps its own reading.
    (review32_c) Nor a summary of a command the script let fail (_summary_let_fail: "$ pytest || true"), nor a stop
    below bash's xtrace of such a fallback ("+ true") or Jenkins' end of a catchError block: the script went on past the
    failure to what the platform stopped;
    nor the summary of a run that says a kill by signal ended it (_summary_of_killed_run: Jest's worker "terminated by
    another process: signal=SIGTERM", Go's "signal: killed"): its failures are the kill's.
    ``rows``: the log's VerdictRows, taken once. (The window: the nearest verdict above, no more than _AGENT_GONE_LINES
    non-blank lines up and four times that in all, with no step header, fallback or caught block nearer.)"""
    line = lines[idx][:400]
    if not (_JENKINS_AGENT_GONE.match(line) or _PLATFORM_STOP.match(line)):
        return False
    # (review32_c) Tekton's stop names its step ('"step-test" exited because ...'), whose lines "tkn" prints under the
    # step's name ("[test] FAILURES!"): the summary is read without that prefix, by a walk up (the index reads lines as
    # they are; such stops are few)
    tekton = _TEKTON_STEP_STOP.match(line)
    if tekton:
        return _verdict_above(lines, idx, f"[{tekton.group(1)}] ")
    index = rows()
    i = bisect.bisect_left(index.verdicts, idx) - 1
    if i < 0:
        return False
    k = index.verdicts[i]
    if k < idx - 4 * _AGENT_GONE_LINES or index.nonblank[idx] - index.nonblank[k] > _AGENT_GONE_LINES:
        return False
    j = bisect.bisect_left(index.barriers, idx) - 1
    if j >= 0 and index.barriers[j] > k:
        return False
    return not index.let_fail_or_killed(k)


def _verdict_above(lines: list[str], idx: int, prefix: str | None) -> bool:
    """The walk _agent_gone_after_tool_failed's index stands for, up from the stop line at ``idx``, each line read
    without ``prefix`` (Tekton's step name): what the index answers for lines read as they are."""
    seen = 0
    # (blank lines not counted, but no more than four times the window read in all)
    for k in range(idx - 1, max(-1, idx - 1 - 4 * _AGENT_GONE_LINES), -1):
        line = lines[k][:200]
        if prefix is not None and line.startswith(prefix):
            line = line[len(prefix):]
        if not line.strip():
            continue
        seen += 1
        if seen > _AGENT_GONE_LINES:
            return False
        if _XTRACE_FALLBACK.match(line) or _JENKINS_CAUGHT.match(line):
            return False  # (review32_c) the script (or Jenkins' catchError) went past a failed command: the stop is later
        if _TOOL_FAILED_VERDICT.match(line) or _format_check_listed(lines, k):
            return not (_summary_let_fail(lines, k) or _summary_of_killed_run(lines, k))
        if _JENKINS_STEP.match(line):
            return False
    return False


# (xfail21b) review 21d's cpan-lwp-line-in-test-diagnostic: Test::More's like() that failed prints the value it got,
# quoted, on a diagnostic line of its own, and "doesn't match '<pattern>'" (unlike(): "matches") on the next one
# (Test::Builder's like diagnostic, "                  %s\n    %13s '%s'", read in copies of Test/Builder.pm; each line
# under Test::Builder's "# "): the quoted line is the value the test compared, not an outage the job met.
_TEST_MORE_VALUE = re.compile(r"^#\s+(?:'.*'|undef)\s*$")
_TEST_MORE_MATCH = re.compile(r"^#\s+(?:doesn't match|matches) '")


def _test_more_like_value(lines: list[str], idx: int) -> bool:
    """(xfail21b) Whether the line at ``idx`` is the quoted value of Test::More's like() (or unlike()) diagnostic."""
    return (idx + 1 < len(lines) and _TEST_MORE_VALUE.match(lines[idx][:2000]) is not None
            and _TEST_MORE_MATCH.match(lines[idx + 1][:700]) is not None)


# (review30_a) A source line a grep the job ran printed: grep's (or ripgrep's, git grep's) "path:line:" form for a file
# of code, config or docs ("src/worker/poll.py:31:        time.sleep(5)  # wait out the 503 Service Unavailable"), with
# the grep's own command line above it (GitHub's "Run ! grep -rn ...", "+ grep", "$ rg") and nothing but such lines (or
# blanks) between: the code's text the job searched, its outage words no trouble the job met. Not a log file's line
# (".log", ".txt", ".out" are no extension here): a job grepping its service's log for errors quotes what it met.
_GREP_COMMAND = re.compile(
    r"^\s*(?:(?:\$|\+{1,3}|>) |(?:##\[group\])?Run )(?:!\s*)?(?:sudo\s+)?(?:git grep|grep|egrep|fgrep|rg|ag)\s")
_GREP_SOURCE_MATCH = re.compile(
    r"^(?:\./)?[\w./-]{1,300}\.(?:py|pyi|js|jsx|mjs|cjs|ts|tsx|go|rb|java|kt|kts|scala|rs|php|cs|fs|c|cc|cpp|cxx|h|hh|hpp"
    r"|swift|m|mm|ex|exs|erl|hs|clj|dart|lua|pl|pm|sh|bash|zsh|ps1|md|rst|ya?ml|toml|ini|cfg|tf|hcl|proto|sql|vue"
    r"|svelte|html|css|scss):\d+[:-]")
_GREP_LINES = 40


def _grep_source_line(lines: list[str], idx: int) -> bool:
    """(review30_a) Whether the line at ``idx`` is a source file's line that a grep command above it printed, with only
    such lines or blanks between (within _GREP_LINES)."""
    if not _GREP_SOURCE_MATCH.match(lines[idx][:700]):
        return False
    for j in range(idx - 1, max(-1, idx - 1 - _GREP_LINES), -1):
        line = lines[j][:700]
        if _GREP_COMMAND.match(line):
            return True
        if line.strip() and not _GREP_SOURCE_MATCH.match(line):
            return False
    return False

# (review30_a) A stack frame of an HTTP mocking library, the code that raised a stubbed failure (WebMock's to_timeout
# under "gems/webmock-3.23.1/lib/webmock/...", responses' "raise response" under "site-packages/responses/", nock's
# interceptor under "node_modules/nock/lib/", Guzzle's MockHandler, MockHttp's handler): an outage line within
# _MOCK_FRAME_LINES of such a frame is the test's stub, no network the job met (the test fails on how the code handles
# it, every run). The library's path in the frame, not its name in a test's title.
_MOCK_FRAME = re.compile(
    r"/gems/webmock-\d[\w.]*/lib/webmock/|[/\\]site-packages[/\\](?:responses|httpretty|requests_mock|respx|aioresponses"
    r"|pytest_httpx)[/\\]|\bnode_modules/(?:nock|fetch-mock|axios-mock-adapter|@mswjs/interceptors)/"
    r"|[/\\]guzzlehttp[/\\]guzzle[/\\]src[/\\]Handler[/\\]MockHandler\.php\b|\bat RichardSzalay\.MockHttp\.")
_MOCK_FRAME_LINES = 15


def _mock_frame_rows(text: str, lines: list[str]) -> list[int]:
    """(review30_a) The indexes of the lines of ``text`` (split as ``lines``) that hold a mocking library's stack frame
    (_MOCK_FRAME), in order; none without a search of each line where the text holds none."""
    if _MOCK_FRAME.search(text) is None:
        return []
    return [i for i, ln in enumerate(lines) if _MOCK_FRAME.search(ln[:700])]


def _near_mock_frame(rows: list[int], idx: int, lines: list[str] | None = None) -> bool:
    """(review30_a) Whether one of the frame rows ``rows`` (_mock_frame_rows) is within _MOCK_FRAME_LINES of ``idx``
    ((review30_c) with ``lines``: and no command the job echoed between the two ("$ bundle exec rake ...", "+ pip
    install ...", "Run ..."): a later command's outage is a call no test stubbed)."""
    at = bisect.bisect_left(rows, idx - _MOCK_FRAME_LINES)
    while at < len(rows) and rows[at] <= idx + _MOCK_FRAME_LINES:
        row = rows[at]
        if lines is None or not any(_NEXT_COMMAND.match(lines[k][:700]) for k in range(min(row, idx) + 1, max(row, idx) + 1)):
            return True
        at += 1
    return False


def _mock_stubbed_blanked(text: str) -> str:
    """(review30_a) ``text`` with every line within _MOCK_FRAME_LINES of a mocking library's frame blanked: what such a
    library raised for the test (a stubbed ETIMEDOUT) is no sign that the test itself timed out."""
    if _MOCK_FRAME.search(text) is None:
        return text
    lines = text.split("\n")
    frames = [i for i, ln in enumerate(lines) if _MOCK_FRAME.search(ln[:700])]
    near = {j for i in frames for j in range(max(0, i - _MOCK_FRAME_LINES), min(len(lines), i + _MOCK_FRAME_LINES + 1))
            if _near_mock_frame([i], j, lines)}
    return "\n".join("" if i in near else ln for i, ln in enumerate(lines))

# (xfail21b) review 21a's wallaby-mismatch-warning-then-upload-timeout: Wallaby's version check only warns ("Looks like
# you're trying to run Wallaby with a mismatched version of Chrome: X and chromedriver: Y." / "Chrome and chromedriver must
# match to a major, minor, and build version.", elixir-wallaby/wallaby lib/wallaby/chrome.ex, read: IO.warn, then :ok);
# where the two versions share their major, ChromeDriver drives that Chrome (its session-not-created refusal names
# another major, "only supports Chrome version N"), so the warning is no failure. Different majors keep the reading.
_BROWSER_MISSING_ID = "browser-not-installed"
_WALLABY_WARNING = re.compile(
    r"(?i)\bchrome and chromedriver must match to a major, minor, and build version\b"
    r"|\blooks like you're trying to run wallaby with a mismatched version of\b")
_WALLABY_VERSIONS = re.compile(r"(?i)\bchrome: (\d{1,6})\.[\d.]{0,40}\s{1,4}and chromedriver: (\d{1,6})\.")


def _wallaby_same_major(lines: list[str], idx: int) -> bool:
    """(xfail21b) Whether the line at ``idx`` is Wallaby's version warning and the versions it names (on the lines
    around it) share their major."""
    if not _WALLABY_WARNING.search(lines[idx][:700]):
        return False
    m = _WALLABY_VERSIONS.search(" ".join(ln[:700] for ln in lines[max(0, idx - 2): idx + 2]))
    return m is not None and m.group(1) == m.group(2)


# An outage line's retry announcement (within this many lines below it), and the line saying the
# retried attempt went through (within this many lines below the announcement).
_RETRIED_RETRY_LINES = 2
_RETRIED_RECOVERY_LINES = 3
_RECOVERED = re.compile(
    r"(?i)\b(?:downloaded|saved|succeeded|successfully|fetched|installed)\b|\b(?:done|ok)\.?\s*$")


# (nineteenth round, smells) Catalogue entries whose lines count only where the values they compared say so: a
# measured time a little over its bound, two timestamps a second or less apart (signatures.toml, the section "smells").
_NEAR_BOUND_ID = "elapsed-time-near-bound"
_SECOND_APART_ID = "timestamps-a-second-apart"
# (twentieth round, generic20) the same for Unix-epoch seconds and milliseconds under a name that says they are times
_EPOCH_APART_ID = "epoch-timestamps-a-second-apart"
# (twenty-first round, unordered21) and two compared values holding the same items in another order (checked while the
# catalogue is read, _LINE_CHECKED; kept, as these are, only where no other test failed on its own values)
_UNORDERED_ID = "compared-values-same-items-other-order"
# (twenty-sixth round, dates26) and two compared values exactly one calendar day apart (values_dates._day_apart; checked while
# the catalogue is read, as these two are)
_DAY_APART_ID = "dates-a-calendar-day-apart"
# (flaky36) and an assertion's source comparing with a live clock read, its compared values a second apart
# (values_time._clock_read_second_apart)
_CLOCK_READ_APART_ID = "clock-read-compared-a-second-apart"
# (flaky36) and a measured time one tick under the floor a Jest/Vitest test asserted (values_time._tick_under_floor)
_TICK_UNDER_FLOOR_ID = "elapsed-time-a-tick-under-floor"
_VALUE_CHECKED_IDS = frozenset({_NEAR_BOUND_ID, _SECOND_APART_ID, _EPOCH_APART_ID, _UNORDERED_ID, _DAY_APART_ID,
                                _CLOCK_READ_APART_ID, _TICK_UNDER_FLOOR_ID})
# ... of which these are checked only while the catalogue is read (rules.py checks the others' values again after it)
_SCAN_CHECKED_IDS = frozenset({_UNORDERED_ID, _DAY_APART_ID, _CLOCK_READ_APART_ID, _TICK_UNDER_FLOOR_ID})
# (review 20g) signatures.toml "test-kit-wait-expired": Akka's and Pekko's TestKit within() ("assertion failed: block
# took 2.314 seconds, exceeding 500 milliseconds", TestKit.scala), its measured time and its bound
_TEST_KIT_WAIT_ID = "test-kit-wait-expired"
_WITHIN_TOOK = re.compile(r"(?i)\bblock took (\d+(?:\.\d+)? ?[a-z]{1,12}), exceeding (\d+(?:\.\d+)? ?[a-z]{1,12})\b")


def _within_far_over(line: str) -> bool:
    """(review 20g) Whether ``line`` is within()'s report of a block that took more than _NEAR_BOUND_RATIO times its
    bound (both values times with a unit)."""
    m = _WITHIN_TOOK.search(line[:2000])
    if m is None:
        return False
    near, timed, ratio = _near_pair(m.group(1), m.group(2))
    return timed and not near and ratio > _NEAR_BOUND_RATIO
# (review 19b) signatures.toml "wait-on-another-port-than-the-server-prints": the port each of the job's servers printed
# it listens on, and the port the wait that ran out named (the entry's own patterns, read again for their values)
_OTHER_PORT_ID = "wait-on-another-port-than-the-server-prints"
# (review27_a) signatures.toml "c-test-check-failed": a C unit-test framework's failed check (acutest, CUnit, Check, cmocka)
_C_CHECK_ID = "c-test-check-failed"
# (p38) signatures.toml "cpanm-module-not-found" (_cpanm_fetched_above)
_CPANM_NOT_FOUND_ID = "cpanm-module-not-found"
# (p38) signatures.toml "count-short-within-time-window": a test's own message that a count of arrivals within a time
# window fell short of the count it wanted ("got 9 messages within 200ms, want 10", "expected 10 events within 2s, got
# 9", "only 9 of 10 replies arrived within 500ms"), read again for its numbers: counted only where at least one arrived
# and fewer than wanted (none at all is as likely a subscription or a send that never happens; more than wanted is a
# duplicate, the code's own)
_COUNT_SHORT_ID = "count-short-within-time-window"
# (review38_b) a window: "within D" or "in the first D" whatever is counted; a bare "in D" after a count only where what
# is counted arrives (messages, events, replies, acks, ...): "got 20 orders in 35ms", "counted 11 files in 0.4s", "read
# 99 lines in 0.02s" give the time an operation took beside the count it returned (a page, a walk, a read), the code's
# count on every run
_DURATION = r"\d+(?:\.\d+)? ?(?:ns|µs|us|ms|s|secs?|seconds?|milliseconds?|millis)\b"
_ARRIVALS = (r"(?:messages?|events?|acks?|acknowledge?ments?|repl(?:y|ies)|responses?|notifications?|deliver(?:y|ies)"
             r"|callbacks?|pings?|pongs?|heartbeats?|packets?|datagrams?|updates?|signals?|ticks?|webhooks?)")
_COUNTED_WITHIN = (r"(?:(?:[\w-]{1,40} ){0,3}(?:within (?:the )?(?:first )?|in the first )|(?:[\w-]{1,40} ){0,2}" + _ARRIVALS
                   + r"(?: [\w-]{1,40}){0,2} in )" + _DURATION)
_COUNT_GOT_FIRST = re.compile(
    r"(?i)\b(?:got|received|saw|collected|observed|counted|read|delivered|only) (\d{1,9}) " + _COUNTED_WITHIN
    + r"[,;:]?(?: but)? (?:want(?:ed)?|expected?|expecting)(?: at least)?:? (\d{1,9})\b")
_COUNT_WANT_FIRST = re.compile(
    r"(?i)\b(?:want(?:ed)?|expected?|expecting)(?: at least)?:? (\d{1,9}) " + _COUNTED_WITHIN
    + r"[,;:]?(?: but)? (?:got|received|saw|only)(?: got| received| saw)? (\d{1,9})\b")
# (the "N of M" form only with a verb of arrival and "within": Bazel's "FLAKY, failed in 1 out of 2 in 4.1s" is a count of
# runs and their total time)
_ARRIVED = r"(?:arrived|received|delivered|came(?: back)?|completed|processed|seen|answered|replied|acknowledged|acked|returned)"
_COUNT_OF = re.compile(
    r"(?i)(?:\b(?:received|got|saw|collected|observed|delivered|only) (\d{1,9}) (?:of|out of) (\d{1,9}) (?:[\w-]{1,40} ){0,3}"
    r"|\b(\d{1,9}) (?:of|out of) (\d{1,9}) (?:[\w-]{1,40} ){0,2}" + _ARRIVED + " )within (?:the )?(?:first )?" + _DURATION)
# (review38_b) ... not where the failing test's name says the count is one the code fixes: a rate limiter's (a token
# bucket, a burst, a quota, a throttle: what it admits in a window is its setting), a page's or a batch's size (word
# parts of its header, "--- FAIL: TestTokenBucketAllowsBurst", "test_flushes_full_batch")
_COUNT_FIXED_WORDS = frozenset({
    "limiter", "limiters", "ratelimit", "ratelimiter", "throttle", "throttled", "throttler", "throttling", "bucket",
    "buckets", "burst", "bursts", "quota", "quotas", "token", "tokens", "page", "pages", "paged", "paging", "paginate",
    "paginated", "pagination", "paginator", "batch", "batches", "batched", "batcher", "batching", "chunk", "chunks",
    "chunked"})
_RATE_WORDS = frozenset({"rate", "rates"})
_LIMIT_WORDS = frozenset({"limit", "limits", "limited", "limiting"})
# ... nor where the failing test's report shows it runs a clock it moves itself (Jest's and Vitest's fake timers, sinon's,
# pytest-freezer's, Go's testing/synctest bubble, a fake or mock clock named): no real time passed, the count is the
# code's on every run
_FAKE_CLOCK_NEAR = re.compile(
    r"\b(?:jest|vi)\.(?:useFakeTimers|advanceTimersByTime(?:Async)?|advanceTimersToNextTimer|runAllTimers"
    r"|runOnlyPendingTimers)\(|\bsinon\.useFakeTimers\(|\bfreezer\.(?:tick|move_to)\(|\bsynctest\.(?:Run|Test|Wait)\("
    r"|(?i:\b(?:fake|mock(?:ed)?|simulated|virtual|frozen|manual)[ _-]?(?:clock|time|timer)s?\b)")
# (the count's phrases in a log, each with the number of lines it stands on, and the rows that may name a fixed count or
# a fake clock: one slot each, as _CPANM_FETCHED_MEMO)
_COUNT_PHRASES_MEMO: list[tuple[list[str], dict[str, int]] | None] = [None]
_COUNT_GUARD_MEMO: list[tuple[list[str], tuple[bool, list[int]]] | None] = [None]
# (a line that may hold one of _COUNT_FIXED_WORDS as a word part: the stems, anywhere)
_COUNT_FIXED_STEMS = re.compile(r"(?i)limit|throttl|bucket|burst|quota|token|pag|batch|chunk")


def _count_short_phrase(line: str) -> str | None:
    """(p38) The phrase of ``line`` that says a count of arrivals within a time window was at least one and under the
    count wanted, or None."""
    text = line[:2000]
    for pattern, got_group in ((_COUNT_GOT_FIRST, 1), (_COUNT_WANT_FIRST, 2)):
        for m in pattern.finditer(text):
            if 1 <= int(m.group(got_group)) < int(m.group(3 - got_group)):
                return m.group(0)
    for m in _COUNT_OF.finditer(text):
        got, want = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3), m.group(4))
        if 1 <= int(got) < int(want):
            return m.group(0)
    return None


def _count_phrase_lines(lines: list[str], phrase: str) -> int:
    """(review38_b) On how many lines of the log the count's phrase ``phrase`` stands (read once per log)."""
    held = _COUNT_PHRASES_MEMO[0]
    if held is None or held[0] is not lines:
        counts: dict[str, int] = {}
        for ln in lines:
            if "in " not in ln and "IN " not in ln and "In " not in ln:
                continue  # (every form reads "within " or "in ", in any case)
            found = _count_short_phrase(ln)
            if found is not None:
                counts[found] = counts.get(found, 0) + 1
        held = (lines, counts)
        _COUNT_PHRASES_MEMO[0] = held
    return held[1].get(phrase, 0)


def _count_guard_rows(lines: list[str]) -> tuple[bool, list[int]]:
    """(review38_b) Whether any line of the log may name a fixed count (_COUNT_FIXED_STEMS), and the rows that name a fake
    clock (_FAKE_CLOCK_NEAR), read once per log."""
    held = _COUNT_GUARD_MEMO[0]
    if held is None or held[0] is not lines:
        fixed = any(_COUNT_FIXED_STEMS.search(ln[:700]) for ln in lines)
        fake = [k for k, ln in enumerate(lines) if _FAKE_CLOCK_NEAR.search(ln[:2000])]
        held = (lines, (fixed, fake))
        _COUNT_GUARD_MEMO[0] = held
    return held[1]


def _fixed_count_named(header: str) -> bool:
    """(review38_b) Whether a failing test's header names a count the code fixes (_COUNT_FIXED_WORDS, a rate and a limit)."""
    words = {w.lower() for w in _WORD_PART.findall(_TIMING_IN_HEADER.sub(" ", header[:700]))}
    return bool(words & _COUNT_FIXED_WORDS) or bool(words & _RATE_WORDS and words & _LIMIT_WORDS)


def _count_short_in_window(lines: list[str], idx: int) -> bool:
    """(p38) Whether ``lines[idx]`` says a count of arrivals within a time window was at least one and under the count
    wanted. (review38_b) Not where the same phrase stands on three lines or more (the runner ran the test again, -count=3,
    a rerun, and it fell short by as much each time), the failing test's name says the count is a limiter's, a page's or
    a batch's (_fixed_count_named), nor where its report shows a clock the test moves itself (_FAKE_CLOCK_NEAR)."""
    phrase = _count_short_phrase(lines[idx])
    if phrase is None or _count_phrase_lines(lines, phrase) >= 3:
        return False
    fixed, fake = _count_guard_rows(lines)
    if not fixed and not fake:
        return True  # (neither stands anywhere in the log: no report's reach to read)
    lo, hi, header = _test_report_reach(lines, idx)
    if header is None and _PYTEST_SUMMARY_ENTRY.match(lines[idx]):
        # ((rv38c) pytest's one-line report, "FAILED t.py::test_token_bucket - AssertionError: got 9 ...", is its own
        # reach with no header: it names its test (its class) after the file, before " - ", as the long report's
        # "____ test_token_bucket ____" header does)
        header = lines[idx][:700].split(" - ", 1)[0].split("::", 1)[1]
    if fixed and header is not None and _fixed_count_named(header):
        return False
    k = bisect.bisect_left(fake, lo)
    return not (k < len(fake) and fake[k] < hi)


_SERVER_PORT = re.compile(
    r"(?i)(?:\bLocal:\s{1,20}https?://(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1?\]):"
    r"|\bStarting development server at https?://[\w.]{1,100}:|\bServer running on \[https?://[\w.]{1,100}:"
    r"|\brunning on https?://[\w.]{1,100}:|\bListening (?:on|at):? https?://[\w.]{1,100}:"
    r"|\bTomcat started on port(?:\(s\))?:? )(\d{2,5})\b")
_WAITED_PORT = re.compile(
    r"(?i)(?:(?:\bTimed out waiting for: (?:[\w-]{1,20}:)?(?://)?|\btimeout occurred after waiting \d+ seconds for "
    r"|\bwaiting on dependencies to become available: \[(?:\w{1,10}://)?)(?:localhost|127\.0\.0\.1|0\.0\.0\.0):"
    r"|curl: \(7\) Failed to connect to (?:localhost|127\.0\.0\.1) port )(\d{2,5})\b")
_OTHER_PORT_LINES = 42


def _other_port_waited(lines: list[str], idx: int) -> bool:
    """(review 19b) Whether the wait below the server's banner at ``idx`` named a port that no server banner anywhere in
    the log names (a second server of the job's own on that port makes it a slow start, not a wrong URL)."""
    waited = next((m.group(1) for ln in lines[idx + 1: idx + 1 + _OTHER_PORT_LINES]
                   if (m := _WAITED_PORT.search(ln[:2000]))), None)
    if waited is None:
        return False
    return not any(m.group(1) == waited for ln in lines for m in _SERVER_PORT.finditer(ln[:2000]))
# (twentieth round, generic20) signatures.toml "script-retry-gave-up-on-fetch": a script's own retry loop (or
# nick-fields/retry's attempts) giving up. Read only where the lines it retried say what: a fetch from elsewhere (a
# download, an API, a registry, "latest version"), no loopback host or wait for the job's own app (the app_readiness
# family reads those), no test, lint or build retried, no 4xx answer but 408/429 and no refused credentials.
_GAVE_UP_ID = "script-retry-gave-up-on-fetch"
_GAVE_UP_LINES = 40
_GAVE_UP_LEAD = 2
_STEP_START = re.compile(r"^(?:##\[(?:group|endgroup)\]|Run |\$ |#!/bin/|\+ )")
_SCRIPT_RETRY = re.compile(
    r"(?i)\bretrying\b|\btrying again\b|\bretry(?:ing)? in \d|\battempt #?\d+ ?(?:/|of) ?\d+|\battempt #?\d+ failed"
    r"|\bwill retry\b|\bretry #?\d+\b")
_RETRIED_FETCH = re.compile(
    r"(?i)\b(?:curl|wget|download\w*|fetch\w*|latest (?:version|release)|api|registry|pull(?:ing)?|clone|cloning"
    r"|mirror|Invoke-WebRequest|gh release|rate[ -]?limit\w*|upstream)\b|\bhttps?://")
_RETRIED_OWN = re.compile(
    r"(?i)\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0|host\.docker\.internal)\b|\[::1?\]|\bhealth(?:check|z)?\b|\breadiness\b"
    r"|\bwait(?:ing)? for\b[^\n]{0,80}?\b(?:ready|up|start\w*|server|app|service|port|database|db)\b"
    r"|\b(?:tests?|pytest|jest|rspec|lint\w*|build\w*|compil\w*|make|gradle\w*|mvn|tox|ctest|go test|cargo test)\b"
    # (review 20f) a check of what the job deployed: a smoke test, a deploy, a staging or preview host
    r"|\b(?:smoke|deploy\w*|staging|preview)\b")
# an answer no retry changes: an HTTP 4xx but 408 (timeout) and 429 (rate limit), or credentials refused
_RETRIED_REFUSED = re.compile(
    r"(?i)\b(?:HTTP(?:/[\d.]+)?[:=]? ?|(?:status|response)(?: code)?[:=]? ?|returned(?: error)?:? ?|error:? |code[:=]? ?"
    r"|got ?|\()4(?!08|29)\d\d\b"
    r"|\b4(?!08|29)\d\d (?:Not Found|Unauthorized|Forbidden|Bad Request|Gone)\b|\bnot found\b|\bunauthori[sz]ed\b"
    r"|\bforbidden\b|\bbad credentials\b|\bauthentication failed\b|\bpermission denied\b|\bno such\b"
    # (review 20f) a thing the host says is not there, on every try
    r"|\bdoes not exist\b|\bno matching (?:version|distribution|manifest)\b|\bmanifest unknown\b")
# nick-fields/retry's step input naming the command it ran ("  with:" / "    command: curl ...")
_RETRY_COMMAND = re.compile(r"^\s*(?:command|new_command_on_retry):\s*(.+)$")


def _gave_up_on_fetch(lines: list[str], idx: int) -> bool:
    """(twentieth round, generic20) Whether the give-up line at ``idx`` ends a retry loop over a fetch: at least one
    retry line within _GAVE_UP_LINES above it, the retried lines (or the retry step's "command:" input) naming a
    fetch, and nothing between them naming the job's own app, a test/lint/build, a 4xx answer (not 408/429) or
    refused credentials. Evidence: the public threads on download and API retries in CI (rate limits, outages);
    assumption: a retry loop's own lines name what it retried."""
    loop = _retry_loop(lines, idx)
    if loop is None:
        return False
    said, span = loop
    if not any(_RETRIED_FETCH.search(t) for t in said):
        return False
    if any(_RETRIED_OWN.search(t) for t in said) or any(_RETRIED_REFUSED.search(ln) for ln in span):
        return False
    return not any(_FAILING_TEST_LINE.match(ln) for ln in span)


def _retry_window(lines: list[str], idx: int) -> tuple[list[str], list[int]]:
    """The lines up to the give-up line at ``idx`` (within _GAVE_UP_LINES above it, cut to 700 characters) and which of
    them, the give-up line aside, are retry lines (_SCRIPT_RETRY)."""
    window = [ln[:700] for ln in lines[max(0, idx - _GAVE_UP_LINES): idx + 1]]
    return window, [k for k, ln in enumerate(window[:-1]) if _SCRIPT_RETRY.search(ln)]


def _retry_loop(lines: list[str], idx: int) -> tuple[list[str], list[str]] | None:
    """The retry loop the give-up line at ``idx`` ends, as _gave_up_on_fetch and _gave_up_on_refusal read it: the lines
    that say what was retried (what the script printed right before its first retry, up to _GAVE_UP_LEAD lines within
    its step, the retry lines, the give-up line, the retry step's "command:" input) and the loop's span (from those
    lead lines to the give-up line); None where no retry line is above it."""
    window, retries = _retry_window(lines, idx)
    if not retries:
        return None
    command = next((m.group(1) for ln in window if (m := _RETRY_COMMAND.match(ln))), "")
    # (and what the script printed right before its first retry: "Downloading https://...", the thing it retried)
    first = retries[0]
    while first > 0 and first > retries[0] - _GAVE_UP_LEAD and not _STEP_START.match(window[first - 1]):
        first -= 1
    said = window[first: retries[0]] + [window[k] for k in retries] + [window[-1], command]
    return said, window[first:]



# (xfail21) signatures.toml "script-retry-gave-up-on-refusal": the same give-up line where every answer the loop printed
# was a refusal no retry changes (an HTTP 4xx but 408/429: "Response: 401", "request failed (status=404)", refused
# credentials, a thing not there) and nothing it printed names a passing trouble (a 5xx, a timeout, a refused or reset
# connection, a rate limit, a resolver failure). Evidence: HTTP's 4xx are the client's own request (RFC 9110 15.5,
# 408 and 429 aside); assumption: a loop's lines print the answers it got.
_REFUSED_UP_ID = "script-retry-gave-up-on-refusal"
_RETRIED_PASSING = re.compile(
    r"(?i)\b5\d\d\b|\b(?:408|429)\b|\btim(?:ed?|ing) ?out\b|\btimeout\b|\brefused\b|\breset\b|\bunavailable\b"
    r"|\brate[ -]?limit|\btoo many requests\b|\btemporar|\bnetwork\b|\bunreachable\b|\bEOF\b|\bbad gateway\b"
    # (review 21g) a resolver's failure, not a version or package that does not resolve ("could not resolve version
    # 25.9.9: HTTP 404" is the refusal); GitHub's older 403 wording of its secondary limit ("You have triggered an abuse
    # detection mechanism. Please wait a few minutes before you try again.", recalled) is a throttle
    r"|\bresolve\b(?!\s+(?:version|package|dependenc|module|tag|ref|artifact)\w*)|\babuse detection\b")
# (review 21g) a URL's own words ("https://downloads.example/network-tools/...") are no trouble the loop met
_PASSING_URL = re.compile(r"\bhttps?://\S{1,600}")


def _gave_up_on_refusal(lines: list[str], idx: int) -> bool:
    """(xfail21) Whether the give-up line at ``idx`` ends a retry loop over a fetch (as _gave_up_on_fetch sees one:
    retry lines above, a fetch named, not the job's own app, no failing test) whose lines show a 4xx answer (not
    408/429) or refused credentials on at least two lines and no passing trouble."""
    loop = _retry_loop(lines, idx)
    if loop is None:
        return False
    said, span = loop
    if not any(_RETRIED_FETCH.search(t) for t in said) or any(_RETRIED_OWN.search(t) for t in said):
        return False
    if sum(1 for ln in span if _RETRIED_REFUSED.search(ln)) < 2 or any(_RETRIED_PASSING.search(_PASSING_URL.sub(" ", ln)) for ln in span):
        return False
    return not any(_FAILING_TEST_LINE.match(ln) for ln in span)


# (xfail21) signatures.toml "smoke-check-of-own-deploy-gave-up": the same give-up line where the loop checked what the
# job deployed (a smoke check, a deploy's or a staging or preview host's status; review 20f's words in _RETRIED_OWN)
# and the job's own deploy is logged above the loop (helm's "has been upgraded"/"has been installed", kubectl's
# "deployment ... rolled out"/"configured", a "Deploying ..." line). Evidence: review 20f's case (a PR's staging deploy
# answering 502 to its smoke check); assumption: the job's new release not answering after several tries is the
# release's, not the host's.
_OWN_DEPLOY_ID = "smoke-check-of-own-deploy-gave-up"
_RETRIED_DEPLOY = re.compile(r"(?i)\b(?:smoke|staging|preview)\b")
_DEPLOYED = re.compile(
    r"(?i)\bhas been (?:upgraded|installed)\b|^Release \S+ has been|\bsuccessfully rolled out\b|^\s*Deploying\b"
    r"|^deployment\.apps/\S+ (?:configured|created)\b")
_DEPLOY_LINES = 40


def _gave_up_on_own_deploy(lines: list[str], idx: int) -> bool:
    """(xfail21) Whether the give-up line at ``idx`` ends a retry loop (retry lines within _GAVE_UP_LINES above it) whose
    lines name a smoke check or a staging/preview host, below the job's own deploy (_DEPLOYED within _DEPLOY_LINES above
    the loop), with no failing test's line in between."""
    window, retries = _retry_window(lines, idx)
    if not retries:
        return False
    said = [window[k] for k in retries] + [window[-1]]
    if not any(_RETRIED_DEPLOY.search(t) for t in said):
        return False
    start = max(0, idx - len(window) + 1 + retries[0])
    above = [ln[:700] for ln in lines[max(0, start - _DEPLOY_LINES): start]]
    deployed = [ln for ln in above if _DEPLOYED.search(ln)]
    if not deployed:
        return False
    # (review 21g) where the deploy's lines name the host deployed to and the retry lines name only other hosts (a
    # vendor's sandbox the smoke test calls), the answers are that host's, not the release's
    own_hosts = {m.group(1).lower() for ln in deployed for m in _URL_HOST.finditer(ln)}
    checked = {m.group(1).lower() for t in said for m in _URL_HOST.finditer(t)}
    if own_hosts and checked and not own_hosts & checked:
        return False
    return not any(_FAILING_TEST_LINE.match(ln) for ln in window)


_URL_HOST = re.compile(r"\bhttps?://([\w.-]{1,253})")

# (twentieth round, generic20) signatures.toml "curl-network-exit-status": a step that ended with curl's own network
# exit code; (twenty-first round, exit_meanings) "tool-network-exit-status": the same for the other tools whose network
# exit statuses are documented (GNU Wget's 4, rsync's 30 and 35). Which step, which last command, and what its status
# means are structure's reading (structure.failed_step, structure.exit_meaning, its _TOOL_EXIT_MEANING table cites the
# tools' documentation); the entries weigh it.
_CURL_EXIT_ID = "curl-network-exit-status"
_TOOL_EXIT_ID = "tool-network-exit-status"


def _exit_meant_network(lines: list[str], idx: int, curl: bool) -> bool:
    """Whether the exit line at ``idx`` closes a step whose last command's own exit status says the network failed
    (structure.exit_meaning): curl's for the curl entry, another tool's for the other."""
    meaning = structure.exit_meaning(lines, idx)
    return meaning is not None and (meaning.tool == "curl") == curl


# (xfail21) signatures.toml "curl-health-check-of-own-deploy": curl's own connect, timeout or empty-reply line ("curl: (7)
# Failed to connect to <host> port 443 ...") where the command above it (within _OWN_CHECK_LINES: GitHub's "Run curl
# ...", "+ curl", "$ curl") checks a health, readiness or status path (structure.HEALTH_CHECK_URL) and the job's own deploy is
# logged within _DEPLOY_LINES above that command (_DEPLOYED). Evidence: review 20f's case; assumption, as the smoke
# check's: a release the job deployed moments before that does not answer its health path is the release's.
_OWN_CHECK_ID = "curl-health-check-of-own-deploy"
_OWN_CHECK_LINES = 8
_CURL_COMMAND = re.compile(r"^(?:##\[group\]Run |\+ |\$ )?(?:sudo\s+)?curl\s")


def _curl_checked_own_deploy(lines: list[str], idx: int) -> bool:
    """(xfail21) Whether curl's error line at ``idx`` answers a curl of a health/readiness/status path run below the
    job's own deploy."""
    command = next((j for j in range(idx - 1, max(-1, idx - 1 - _OWN_CHECK_LINES), -1)
                    if _CURL_COMMAND.match(lines[j][:2000])), None)
    if command is None or not structure.HEALTH_CHECK_URL.search(lines[command][:2000]):
        return False
    return any(_DEPLOYED.search(ln[:700]) for ln in lines[max(0, command - _DEPLOY_LINES): command])


# (xfail21) signatures.toml "curl-loopback-reply-cut": curl's own line for a server that accepted and then hung or
# dropped the request (18, 28, 52, 56) where the command within _LOOPBACK_CURL_LINES above it is a curl to the job's own
# loopback host piped into a reader: the line curl-loopback-server-unanswered's match ends on (review 19d), taken from
# the outage readings of the same line (curl's line names no host; the command does).
_LOOPBACK_CUT_ID = "curl-loopback-reply-cut"
_LOOPBACK_CURL_LINES = 4
_LOOPBACK_PIPED_CURL = re.compile(
    r"\bcurl\s[^\n|]{0,400}?\bhttps?://(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|0\.0\.0\.0|\[::1\])[:/'\"\s][^\n|]{0,400}\|")


def _loopback_curl_above(lines: list[str], idx: int) -> bool:
    """(xfail21) Whether a curl to the loopback host piped into a reader is within _LOOPBACK_CURL_LINES above ``idx``."""
    for ln in reversed(lines[max(0, idx - _LOOPBACK_CURL_LINES): idx]):
        # (review 21g) the nearest curl command above is the one whose error this is: a remote curl run after the
        # loopback one ("curl -sSfL https://dl.example/cli.tgz | tar xz") owns its own timeout
        if _LOOPBACK_PIPED_CURL.search(ln[:2000]):
            return True
        if _ANY_CURL_COMMAND.search(ln[:2000]):
            return False
    return False


_ANY_CURL_COMMAND = re.compile(r"^(?:##\[group\]Run |\+ |\$ |> )?(?:sudo\s+)?curl\s")

# (twenty-fourth round, liveservice24) signatures.toml "public-test-host-answered-5xx": a test's compared status (429, 502,
# 503, 504) counts only where a public test host (httpbin, postman-echo, jsonplaceholder, reqres, dummyjson) is named on
# its line or near it: the request the test made went there (the URL in the quoted source above pytest's "E" lines, in
# Jest's code frame below "Received:", in the message itself); never a test's name alone ("HttpBinTest" may run against an
# httpbin container the job started, behind a proxy under test). Evidence: the public threads counted in
# tests/unit/test_rules24_live_services.py; a 5xx a test got from any other host (the app under test) stays a failing test.
_PUBLIC_HOST_STATUS_ID = "public-test-host-answered-5xx"
_PUBLIC_TEST_HOST = re.compile(
    r"(?i)(?<![\w.-])(?:[\w-]{1,40}\.)?(?:httpbin\.org|httpbingo\.org|postman-echo\.com|jsonplaceholder\.typicode\.com"
    r"|reqres\.in|dummyjson\.com)(?![\w-])")
_PUBLIC_HOST_ABOVE = 30
_PUBLIC_HOST_BELOW = 14


# (review24_c) The reach is the failing test's own report: upward to its header (pytest's "____ test_x ____", unittest's
# "FAIL: test_x (...)", Jest's "●", Minitest's "Failure:", RSpec's/mocha's/ExUnit's/PHPUnit's "1) ...", Go's "--- FAIL:",
# the failing-test lines test_layout reads), not past another test's passing line (Go's "=== RUN"/"--- PASS:", Jest's
# and mocha's "✓", pytest's "PASSED", TAP's "ok 3", unittest's "... ok"); a TAP "not ok" line closes the output printed
# above it (node --test prints a test's own lines before its "not ok"), so the reach goes past one. Downward to the next
# such line. A host named in another test's report (a passing test's live log 25 lines above) is not this test's.
_PASSING_TEST_MARK = re.compile(
    r"^\s*(?:[✓✔√]\s|--- (?:PASS|SKIP):|=== (?:RUN|CONT|PAUSE)\s|ok \d+\b|PASS\s)|\sPASSED\b|\.\.\. ok\s*$"
    r"|' passed \(\d")
_TEST_REPORT_HEADER = re.compile(
    r"^_{3,} \S[^\n]{0,300} _{3,}\s*$|^(?:FAIL|ERROR): \S+ \(|^\s*\d+\) \S|^\s*(?:Failure|Error):\s*$")
_TAP_NOT_OK = re.compile(r"^\s*not ok \d+\b")
_TAP_OK = re.compile(r"^\s*ok \d+\b")
_PYTEST_SUMMARY_ENTRY = re.compile(r"^(?:FAILED|ERROR) \S+::\S")
# ... and where that report shows the answer was not the public host's: a loopback address (the project's own server, a
# proxy under test, a local mock or an httpbin container the job started), a mocking library's call (nock, gock,
# responses, respx, requests-mock, httpretty, aioresponses, pytest-httpx, WebMock, OkHttp's MockWebServer, WireMock,
# fetch-mock, axios-mock-adapter, msw, mockttp, Go's httptest server; a recorded cassette of VCR, Betamax or nock.back replays the
# same answer on every run: the libraries' documented API names, recalled), a header naming the very status (the test is
# about a 503: "test_retries_503", "retries a 503 twice"), pytest's "+  where 200 = ..." (the value the test GOT was a
# 2xx: "assert 200 == 503" of a test that wanted the 503), or a traceback or console error the project's code printed in
# the test's output below (its own crash behind the 502). Assumption (no thread counted): each of these makes the
# public host's moment no longer the likely cause; precision first, the line then reads as the failing test it is.
_LOOPBACK_URL = re.compile(
    r"(?i)\bhttps?://(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\]|host\.docker\.internal)(?![\w.-])"
    r"|\b(?:localhost|127(?:\.\d{1,3}){3}):\d{2,5}\b")
_HTTP_MOCK = re.compile(
    r"\bnock(?:\.back)?\(|\bgock\.New\(|@?\bresponses\.(?:add|activate|get|post|put|RequestsMock)\b|\brespx\b"
    r"|\brequests_mock\b|\bhttpretty\b|\baioresponses\b|\bhttpx_mock\b|\bstub_request\(|\bWebMock\b"
    r"|\bMockWebServer\b|\bWireMock\b|\bstubFor\(|\bfetch-?[mM]ock\b|\bsetupServer\(|\bmockttp\b"
    r"|\bhttptest\.New(?:TLS)?Server\b|\bhttpmock\.|\bVCR\b|\bvcr\.use_cassette\b|\bcassettes?/|\bBetamax\b"
    r"|\bMockAdapter\b")
_STATUS_NAMED = re.compile(r"(?:429|50[234])")
# (a header's title, without its timing and class: "--- FAIL: TestX (0.503s)", "Time elapsed: 0.503 s", not a line number)
_STATUS_IN_TITLE = re.compile(r"(?<![\d.:])(?:429|50[234])(?![\d.])")
_TIMING_IN_HEADER = re.compile(r"\([^()\n]{0,200}\)|Time elapsed:[^\n]*")
_PYTEST_WHERE_GOT = re.compile(r"^E\s+\+\s+where (\d{3}) = ")
_OWN_CODE_CRASH = re.compile(r"^\s*Traceback \(most recent call last\):|^\s*console\.error\b|^panic: ")


def _test_report_reach(lines: list[str], idx: int) -> tuple[int, int, str | None]:
    """(review24_c) The lines [lo, hi) of the failing test's report that ``lines[idx]`` is in, and its header line (None
    where no header was met within _PUBLIC_HOST_ABOVE lines). pytest's one-line report of a test ("FAILED t.py::test_x -
    assert 503 == 200") is its own reach; a header (Minitest's "Class#test_x [file:line]:") reaches down from itself."""
    line = lines[idx][:700]
    if _PYTEST_SUMMARY_ENTRY.match(line):
        return idx, idx + 1, None
    lo, header, tap_seen = max(0, idx - _PUBLIC_HOST_ABOVE), None, bool(_TAP_NOT_OK.match(line))
    if not tap_seen and (_TEST_REPORT_HEADER.match(line) or _FAILING_TEST_LINE.match(line)):
        lo, header = idx, line  # (the line is its test's header: Minitest's "Class#test_x [file:line]:")
    for i in range(idx - 1, lo - 1, -1):
        ln = lines[i][:700]
        if _PASSING_TEST_MARK.search(ln):
            lo = i + 1
            break
        if _TAP_NOT_OK.match(ln):
            if tap_seen:
                lo = i + 1
                break
            tap_seen = True
            continue
        if _TEST_REPORT_HEADER.match(ln) or _FAILING_TEST_LINE.match(ln):
            lo, header = i, ln
            break
    hi = min(len(lines), idx + 1 + _PUBLIC_HOST_BELOW)
    for i in range(idx + 1, hi):
        ln = lines[i][:700]
        if (_PASSING_TEST_MARK.search(ln) or _TAP_OK.match(ln) or _TAP_NOT_OK.match(ln) or _TEST_REPORT_HEADER.match(ln)
                or _FAILING_TEST_LINE.match(ln)):
            hi = i
            break
    return lo, hi, header


def _public_test_host_near(lines: list[str], idx: int) -> bool:
    """(liveservice24) Whether a public test host is named on ``lines[idx]`` or within a test report's reach of it.
    (review24_c) Within that failing test's own report, and none of the signs that the answer was not the host's."""
    lo, hi, header = _test_report_reach(lines, idx)
    reach = [ln[:2000] for ln in lines[lo:hi]]
    if not any(_PUBLIC_TEST_HOST.search(ln) for ln in reach):
        return False
    if any(_LOOPBACK_URL.search(ln) or _HTTP_MOCK.search(ln) for ln in reach):
        return False
    if header is not None and _STATUS_IN_TITLE.search(_TIMING_IN_HEADER.sub("", header)):
        return False
    for ln in lines[idx + 1: min(hi, idx + 4)]:
        got = _PYTEST_WHERE_GOT.match(ln)
        if got:
            if not _STATUS_NAMED.fullmatch(got.group(1)):
                return False
            break
    return not any(_OWN_CODE_CRASH.search(ln) for ln in lines[idx + 1: hi])


# (review24_c) The failures that are a failing test's own, beside a public host's 5xx or a live-service test's name: an
# assertion, an error of the code (a crash, a compile, syntax or type error, a module missing). One outside the checked
# line's test report (_test_report_reach), or on another test's one-line report, is another test's failure: the 5xx or the
# test's name explains nothing of it, and a rerun fails on it.
_LIVE_SERVICE_ID = "live-service-test-assertion"
_OWN_FAILURE_CATEGORIES = frozenset({"test-assertion", "runtime-error", "compile", "syntax", "type-error",
                                     "missing-module", "missing-file"})
_ERROR_CATEGORIES = _OWN_FAILURE_CATEGORIES - {"test-assertion"}


# (twenty-fifth round, leftovers25) newman's CLI reporter (postmanlabs/newman lib/reporters/cli/index.js, read) prints a
# request's answer on its request line ("  GET <url> [503 Service Unavailable, 312B, 48ms]") under the item's line ("→
# <name>", "↳ <name>" in a folder; "Root"/"Sub-folder" in plain text), and the failed assertion's detail only in the
# failure table at the end of the run (" 1.  AssertionError  Status code is 200", chai-postman's message under it, then
# 'inside "<folder> / <name>"'), far from the request. That detail is the request's own report where it is chai-postman's
# status assertion on the very code of the request line (postmanlabs/chai-postman lib/index.js, read: "expected response
# to have status code %d but got %d", "expected response code to be %dXX but found %d") and, where the table names the
# item, the item is the request line's. Assumption: one item failing on the same status in one run is that request.
# (leftovers26) The request line is the catalogue's fragment newman_request_line (signatures.toml), read as the catalogue
# reads a fragment (case-insensitive), so that the unless lists and this check take the same lines; its one group is the
# code. The built-in fragment: a user file's fragment of that name changes its own entries only.
@functools.cache
def _newman_request() -> re.Pattern[str]:
    (pattern,) = builtin_catalogue().fragments[_NEWMAN_FRAGMENT]
    return re.compile(pattern, _FRAGMENT_FLAGS)


_NEWMAN_FRAGMENT = "newman_request_line"
_NEWMAN_ITEM = re.compile(r"^\s{0,4}(?:→|↳|└|Root|Sub-folder) (\S[^\n]{0,500}?)\s*$")
_NEWMAN_STATUS_DETAIL = re.compile(
    r"\bexpected response (?:to have status code \d{3} but got|code to be \dXX but found) (\d{3})\b")
_NEWMAN_INSIDE = re.compile(r'^\s*inside "([^"\n]{1,1000})"\s*$')


def _newman_same_request(lines: list[str], req_idx: int, detail_idx: int) -> bool:
    """(leftovers25) Whether ``lines[detail_idx]`` is newman's failure-table detail of the request on ``lines[req_idx]``."""
    if detail_idx <= req_idx:
        return False
    req = _newman_request().match(lines[req_idx][:5000])
    # (the table's first line, " 1.  AssertionError  <test name>", or the detail under it)
    found = next(((i, m) for i in range(detail_idx, min(len(lines), detail_idx + 3))
                  if (m := _NEWMAN_STATUS_DETAIL.search(lines[i][:2000]))), None)
    if not req or found is None:
        return False
    at, got = found
    if req.group(1) != got.group(1):
        return False
    inside = next((m.group(1) for m in (_NEWMAN_INSIDE.match(ln[:1100]) for ln in lines[at + 1: at + 4]) if m), None)
    if inside is None:
        return True
    item = next((m.group(1) for m in (_NEWMAN_ITEM.match(ln[:600]) for ln in reversed(lines[max(0, req_idx - 10): req_idx]))
                 if m), None)
    return item is not None and inside.rsplit(" / ", 1)[-1].strip() == item.strip()


def _failed_elsewhere(checked: list[tuple[int, str]], others: list[tuple[int, str]], lines: list[str]) -> bool:
    """(review24_c) Whether one of ``others`` ((index, line) of a failing test's assertion or error) is another test's:
    outside every ``checked`` line's test report, or itself another test's one-line report not repeating a checked
    line's compared text (pytest's "FAILED t.py::test_b - ..." below "FAILED t.py::test_a - assert 503 == 200")."""
    reaches = [_test_report_reach(lines, i) for i, _ in checked]
    texts = [t for t in (re.sub(r"^E\s+", "", ln.strip())[:300] for _, ln in checked) if len(t) >= 10]
    for i, ln in others:
        if any(t in ln for t in texts):
            continue
        if any(_newman_same_request(lines, c, i) for c, _ in checked):
            continue
        if _FAILING_TEST_LINE.match(ln[:700]) or not any(lo <= i < hi for lo, hi, _ in reaches):
            return True
    return False


# A Python traceback's frame line ('  File "app/x.py", line 12, in f'): a cut-off traceback's last "raise" and the
# source quoted under a frame are told by it (placement._last_raise, placement._quoted_source, _cut_in_read_frames).
_PY_FRAME = re.compile(r'\s*File "[^"]+", line \d+')
# An exception's line as Python prints it under a traceback ("ValueError: ...", "pip._vendor.urllib3.exceptions.
# ProtocolError: (...)", "socket.timeout: The read operation timed out", "KeyboardInterrupt"): a dotted path whose last
# part is an exception's name, then a colon or the line's end. Not a CI's or a tool's "ERROR: ..." / "Error: ...".
# (review27_b) A lower-case name is a module's class and printed with its module ("socket.timeout", "zlib.error",
# "socket.gaierror"; Python's built-in exceptions are capitalised): a bare "error: ..." is a tool's line (pip's closing
# "error: subprocess-exited-with-error" below the output of a subprocess whose traceback was cut), not the exception's.
_PY_EXCEPTION_LINE = re.compile(
    r"\s*(?:(?:[A-Za-z_]\w{0,100}\.){0,8}(?:[A-Z]\w{0,100}?(?:Error|Exception|Exit|Interrupt|Warning|Timeout|IncompleteRead"
    r"|Disconnected)|Exception)|(?:[A-Za-z_]\w{0,100}\.){1,8}(?:timeout|error|gaierror|herror))(?::|\s*$)")
# The lines a traceback prints right after where it was cut: "During handling of the above exception ..." and "The above
# exception was the direct cause ..." follow an exception's line, so they say it was printed.
_PY_CHAIN_LINE = re.compile(r"\s*(?:During handling of the above exception|The above exception was the direct cause)\b")
# How many non-blank lines below a traceback's last line are read for the rest of it (a frame or the exception's line).
_CUT_LOOKAHEAD = 3


def _traceback_cut_below(lines: list[str], idx: int) -> bool:
    """Whether the Python traceback whose last printed line is ``lines[idx]`` was cut there: none of the next
    _CUT_LOOKAHEAD non-blank lines is another frame, an exception's line or a chained traceback's link (the log ends,
    or goes on with the CI's or a wrapper's own lines)."""
    rest = [ln[:400] for ln in islice((lines[i] for i in range(idx + 1, len(lines)) if lines[i].strip()), _CUT_LOOKAHEAD)]
    return not any(_PY_FRAME.match(ln) or _PY_EXCEPTION_LINE.match(ln) or _PY_CHAIN_LINE.match(ln) for ln in rest)


# (net27) signatures.toml "pip-download-cut-in-read-frames": a frame of the read path (urllib3's response.py, http/client.py,
# ssl.py, socket.py, the entry's pattern) is the innermost of a pip traceback cut before the exception's name, under a
# download: its source and caret lines, then no more of the traceback (_traceback_cut_below), the source no "raise"
# (a cut that ends on "raise ReadTimeoutError(...)" names its exception: placement._last_raise reads it); above it, up to the
# traceback's header, no exception's line and no earlier link of a chain (an error named, whatever it is, is read by the
# entries that read its name: a ValueError or a ModuleNotFoundError is no download cut); the traceback pip's (its "ERROR:
# Exception:" or "Exception:" header line, or a frame of pip's own package) and a line of pip's download above it (its
# "Collecting <req>" or "Downloading <url or file>"), within _DOWNLOAD_CONTEXT_LINES and no command of the job between.
# A test client's request to a server of its own, a traceback of the project's code, a requests.get in a script: none
# has pip's download above its traceback.
_READ_CUT_ID = "pip-download-cut-in-read-frames"
_TRACEBACK_HEADER = re.compile(r"\s*Traceback \(most recent call last\):\s*$")
_PIP_TRACEBACK = re.compile(r"\s*(?:ERROR: )?Exception:\s*$")
_PIP_FRAME = re.compile(r'\s*File "[^"\n]{0,600}[/\\]pip[/\\]_(?:internal|vendor)[/\\]')
_PIP_DOWNLOAD = re.compile(
    r"(?i)\s*(?:Collecting \S|Downloading (?:https?://\S|\S{1,300}\.(?:whl|tar\.gz|tar\.bz2|tgz|zip)\b))")
_SOURCE_OR_CARET = re.compile(r"\s*[\^~]+\s*$")
_TRACEBACK_LINES = 400
_DOWNLOAD_CONTEXT_LINES = 60


def _cut_in_read_frames(lines: list[str], idx: int) -> bool:
    """(net27) Whether the frame at ``idx`` is the innermost of a pip traceback cut before its exception's line, under
    pip's download (see above)."""
    frame = lines[idx]
    depth = len(frame) - len(frame.lstrip())
    end = idx
    # the frame's own source line(s), indented deeper, and Python 3.11's caret lines under them
    while end + 1 < len(lines) and lines[end + 1].strip() and (
            len(lines[end + 1]) - len(lines[end + 1].lstrip()) > depth or _SOURCE_OR_CARET.match(lines[end + 1][:400])):
        end += 1
    if not _traceback_cut_below(lines, end):
        return False
    if any(ln.lstrip().startswith("raise ") for ln in lines[idx + 1: end + 1]):
        return False  # the cut ends on the statement that raised it, named: placement._last_raise's reading of it
    header = None
    pip_frame = False
    for i in range(idx - 1, max(-1, idx - _TRACEBACK_LINES), -1):
        ln = lines[i][:700]
        if _TRACEBACK_HEADER.match(ln):
            header = i
            break
        if _PY_CHAIN_LINE.match(ln):
            return False  # a link of a chain: the exception above it was named
        if _PY_EXCEPTION_LINE.match(ln) or _NEXT_COMMAND.match(ln):
            return False  # an error the traceback named, or another command's output
        pip_frame = pip_frame or bool(_PIP_FRAME.match(ln))
    if header is None or any(_PY_CHAIN_LINE.match(ln[:400]) for ln in islice(
            (ln for ln in reversed(lines[max(0, header - 3): header]) if ln.strip()), 1)):
        return False  # a later link of a chained traceback: an earlier one named its exception
    if not (pip_frame or (header > 0 and _PIP_TRACEBACK.match(lines[header - 1][:200]))):
        return False
    for ln in reversed(lines[max(0, header - _DOWNLOAD_CONTEXT_LINES): header]):
        if _NEXT_COMMAND.match(ln[:700]):
            return False
        if _PIP_DOWNLOAD.match(ln[:700]):
            return True
    return False


# (lost30) A kill for memory (killed-137, oom-killed) right under the job's own report of its memory growing: three or more
# figures of the process's resident set, heap or memory use ("rss=1.9GB", "(heap 2.3 GB)", "memory used: 3.4 GiB") in the
# lines above the kill, each larger than the one before and the last at least a GiB: the job's process grew up to the
# limit it was killed at (a leak, or a test that needs more than the runner has), the same on the next run, not a
# neighbour's pressure or a reclaimed machine. Not figures that fall or stay level, nor fewer than three.
_MEMORY_FIGURE = re.compile(
    r"(?i)\b(?:rss|heap(?: used)?|resident(?: set)?|mem(?:ory)?(?: used| usage| in use)?)\b[\s:=(]{0,3}"
    r"(\d{1,7}(?:\.\d{1,3})?)\s?([kmgt])i?b\b")
_MEMORY_UNIT = {"k": 2**10, "m": 2**20, "g": 2**30, "t": 2**40}
# (review30_b) not a figure of the whole machine's memory ("host memory used: 7.6 GiB of 7.8 GiB", "system memory in use",
# "node mem usage", a runner monitor's lines): that rises with the neighbours' use as much as the job's, the pressure
# killed-137 and oom-killed read, not the job's own process growing
_MACHINE_FIGURE = re.compile(r"(?i)\b(?:host|system|node|machine|runner|vm|total|free|available)[\s_-]{0,2}$")
_MEMORY_LINES = 40


def _own_memory_grew(lines: list[str], idx: int) -> bool:
    """(lost30) Whether the lines above the kill at ``idx`` report the job's own memory growing up to it (the comment of
    _MEMORY_FIGURE): three or more rising figures within _MEMORY_LINES lines, the last at least a GiB."""
    figures: list[float] = []
    for ln in lines[max(0, idx - _MEMORY_LINES): idx + 1]:
        m = _MEMORY_FIGURE.search(ln[:700])
        if m is not None and not _MACHINE_FIGURE.search(ln, 0, m.start()):
            figures.append(float(m.group(1)) * _MEMORY_UNIT[m.group(2).lower()])
    return len(figures) >= 3 and figures[-3] < figures[-2] < figures[-1] and figures[-1] >= 2**30


# (review30_a) signatures.toml "dns-lookup-of-misspelt-host": a failed name lookup of a host one of whose labels (or
# hyphenated parts) is one slip away from a word hosts are named with ("artifacts.interal.acme.example",
# "nexus.intrenal.acme.example", "vault.corp.acme.exmaple"): a letter dropped, changed or put inside the word, or two
# neighbours swapped, never a trailing "s" dropped or a letter appended (plurals, "dockerd") nor a digit. A name
# written wrong in the change or its config, the same on every run, where the resolver itself answers. The outage
# readings of a lookup (_MISSPELT_GUARDED) stand aside where such a line is within _MISSPELT_LINES of theirs (npm's
# "code ENOTFOUND" above its "request to https://npm.intenral... failed"). Assumption: a label that close to one of
# these words is the word mistyped, not a name of its own.
_MISSPELT_HOST_ID = "dns-lookup-of-misspelt-host"
_MISSPELT_GUARDED = ("dns-failure", "network-unreachable", "network-open-timeout", "python-http-pool-connection-error")
_MISSPELT_LINES = 8
_HOST_WORDS = ("internal", "example", "localhost", "staging", "production", "cluster", "registry", "artifacts",
               "artifactory", "corporate", "amazonaws", "googleapis", "github", "gitlab", "docker", "azurecr")
_LOOKUP_FAILED = re.compile(
    r"(?i)could ?n[o']t resolve|unable to resolve|failed to resolve|\bENOTFOUND\b|\bEAI_AGAIN\b|name or service not"
    r" known|nodename nor servname|no such host|\bUnknownHostException\b|\bunknown host\b|\bNameResolutionError\b|"
    r"name resolution|\bNXDOMAIN\b|ERR_NAME_NOT_RESOLVED|name could not be resolved|name does not resolve")
# (review30_c) a lookup the resolver left unanswered (getaddrinfo's EAI_AGAIN, glibc's "Temporary failure in name
# resolution", Go's "i/o timeout" or "server misbehaving" on the lookup): the resolver did not say the name does not
# exist, as it does at once for a mistyped one (NXDOMAIN: ENOTFOUND, "no such host", "Name or service not known"), so
# a label that looks like a slip may be a name of its own ("npm.registy.io") whose DNS was down
_LOOKUP_UNANSWERED = re.compile(r"(?i)\bEAI_AGAIN\b|temporary failure in name resolution|\blookup \S{1,300} on \S{1,100}: "
                                r"(?:read udp \S{1,100}: )?i/o timeout|\bserver misbehaving\b")
_HOST_NAME = re.compile(r"(?<![\w.-])(?:[A-Za-z0-9-]{1,63}\.){1,10}[A-Za-z][A-Za-z0-9-]{1,62}(?![\w-])")


def _one_slip(part: str, word: str) -> bool:
    """(review30_a) Whether ``part`` is ``word`` with one letter dropped (not a trailing "s"), changed to another letter
    or put inside it (not at either end), or with two neighbouring letters swapped."""
    n, m = len(part), len(word)
    if part == word or abs(n - m) > 1:
        return False
    i = next((k for k in range(min(n, m)) if part[k] != word[k]), min(n, m))
    if n == m:
        if part[i + 1:] == word[i + 1:]:
            return part[i].isalpha()
        return i + 1 < n and part[i] == word[i + 1] and part[i + 1] == word[i] and part[i + 2:] == word[i + 2:]
    if n == m - 1:
        return not (i == n and word[-1] == "s") and part[i:] == word[i + 1:]
    return 0 < i < m and part[i].isalpha() and part[i + 1:] == word[i:]


def _slips_of(word: str) -> frozenset[str]:
    """(review30_a) Every text one slip from ``word`` (_one_slip): its letters dropped, changed, put inside or swapped."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    near = {word[:i] + word[i + 1:] for i in range(len(word))}
    near |= {word[:i] + c + word[i + 1:] for i in range(len(word)) for c in letters}
    near |= {word[:i] + c + word[i:] for i in range(1, len(word)) for c in letters}
    near |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    return frozenset(p for p in near if _one_slip(p, word))


# (every host word's slips, read once: a label is looked up, not compared with each word)
_HOST_WORD_SLIPS = frozenset().union(*(_slips_of(word) for word in _HOST_WORDS))


@functools.lru_cache(maxsize=4096)
def _misspelt_lookup(line: str) -> bool:
    """(review30_a) Whether ``line`` reports a failed name lookup and names a host with a label one slip from a word of
    _HOST_WORDS."""
    text = line[:2000]
    if not _LOOKUP_FAILED.search(text) or _LOOKUP_UNANSWERED.search(text):
        return False
    return any(part in _HOST_WORD_SLIPS for host in _HOST_NAME.findall(text) for part in re.split(r"[.-]", host.lower()))


def _misspelt_lookup_near(lines: list[str], idx: int) -> bool:
    """(review30_a) Whether a line within _MISSPELT_LINES of ``idx`` (or that line) is a failed lookup of a misspelt
    host (_misspelt_lookup)."""
    return any(_misspelt_lookup(ln) for ln in lines[max(0, idx - _MISSPELT_LINES): idx + _MISSPELT_LINES + 1])


def _no_misspelt_lookup_near(lines: list[str], idx: int) -> bool:
    """(review30_a) The lookup readings' line check: no failed lookup of a misspelt host within _MISSPELT_LINES."""
    return not _misspelt_lookup_near(lines, idx)


class _MisspeltRows:
    """(perf34) _misspelt_lookup of each line of one text, each line read once: the misspelt host's entry reads its
    line, the four lookup readings each line around theirs (_MISSPELT_LINES either way); a log of tens of thousands of
    failed lookups read each line three times over _misspelt_lookup's cache of 4,096 lines. The same answers as the
    functions in _LINE_CHECKED."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._at: dict[int, bool] = {}
        self._none_near: dict[int, bool] = {}

    def at(self, idx: int) -> bool:
        got = self._at.get(idx)
        if got is None:
            got = self._at[idx] = _misspelt_lookup(self._lines[idx])
        return got

    def none_near(self, idx: int) -> bool:
        got = self._none_near.get(idx)
        if got is None:
            got = self._none_near[idx] = not any(
                self.at(j) for j in range(max(0, idx - _MISSPELT_LINES), min(len(self._lines), idx + _MISSPELT_LINES + 1)))
        return got


def misspelt_checks(lines: list[str]) -> dict[str, Callable[[int], bool]]:
    """(perf34) The _LINE_CHECKED checks of the misspelt host's entry and the lookup readings it guards, for the lines
    of one text, sharing one _MisspeltRows (rules.py _scan asks these in their place)."""
    rows = _MisspeltRows(lines)
    return {_MISSPELT_HOST_ID: rows.at, **dict.fromkeys(_MISSPELT_GUARDED, rows.none_near)}


# (flake30) signatures.toml "jest-heap-grows-every-file": Jest's --logHeapUsage reports ("PASS src/a.test.ts (312 MB heap
# size)", one a test file, jest-community's reporters print it after the file's time, recalled) rising file after file
# until V8's heap limit: the test files (or the code they load) keep what each allocates, so every run grows the same
# and dies at the same limit. Read at the last such report of the log, where at least _HEAP_RUN of them run in a row
# each above the one before, the last at least _HEAP_GROWTH times the first of the run, and V8's out-of-memory line
# (or its GC trace's header) stands below it. A heap that rises and falls, or a few files, is no such growth.
_HEAP_GROWS_ID = "jest-heap-grows-every-file"
_HEAP_REPORT = re.compile(r"^\s*(?:PASS|FAIL)\s+\S[^\n]{0,600}?\((\d+(?:\.\d+)?) ?MB heap size\)\s*$")
_V8_HEAP_OOM = re.compile(r"(?i)\bJavaScript heap out of memory\b|^\s*<--- Last few GCs --->")
_HEAP_RUN = 5
_JEST_SUMMARY = re.compile(r"^\s*(?:Tests|Test Suites):\s+\d")
_HEAP_GROWTH = 2.0
_HEAP_OOM_LINES = 400


def _heap_grows_every_file(lines: list[str], idx: int) -> bool:
    """(flake30) Whether the heap report at ``idx`` ends a run of Jest's --logHeapUsage reports that rose file after
    file to an out-of-memory below it (see above)."""
    # ((perf31) read in place, not from a copy of the lines below: a copy per report read a megabyte of reports in time
    # quadratic in their number; each report now reads down to the next one only, every line once in all)
    if any(_HEAP_REPORT.match(lines[j][:700]) for j in range(idx + 1, len(lines))):
        return False  # not the last report
    # ((review30_c) the out-of-memory before Jest's own summary ("Tests:  120 passed") or the job's next command: a
    # build's or another program's out-of-memory after the suite ended is no heap the test files kept)
    for ln in lines[idx + 1: idx + 1 + _HEAP_OOM_LINES]:
        if _V8_HEAP_OOM.search(ln[:700]):
            break
        if _JEST_SUMMARY.match(ln[:700]) or _NEXT_COMMAND.match(ln[:700]):
            return False
    else:
        return False
    sizes: list[float] = []
    for ln in reversed(lines[: idx + 1]):
        m = _HEAP_REPORT.match(ln[:700])
        if m is None:
            continue
        size = float(m.group(1))
        if sizes and size >= sizes[-1]:
            break  # the run rose up to here: an earlier report at or above the later one ends it
        sizes.append(size)
    return len(sizes) >= _HEAP_RUN and sizes[0] >= _HEAP_GROWTH * sizes[-1]


# (twentieth round, generic20) Entries whose line counts only where the engine's check of the lines around it says so,
# checked while the catalogue is read (_scan), so that a line they do not take stays with the entry that reads it
# otherwise (a "retries exhausted" after a 404, a test's "Failed asserting that ..."): a script's retry loop that gave
# up on a fetch, curl's (or another tool's) network exit status ending a step, epoch times a second apart.
_LINE_CHECKED: dict[str, Callable[[list[str], int], bool]] = {
    # (lost30) a kill for memory under the job's own rising memory figures is not the machine's (_own_memory_grew)
    "killed-137": lambda lines, idx: not _own_memory_grew(lines, idx),
    "oom-killed": lambda lines, idx: not _own_memory_grew(lines, idx),
    _GAVE_UP_ID: lambda lines, idx: _gave_up_on_fetch(lines, idx),
    _CURL_EXIT_ID: lambda lines, idx: _exit_meant_network(lines, idx, curl=True),
    _TOOL_EXIT_ID: lambda lines, idx: _exit_meant_network(lines, idx, curl=False),
    _REFUSED_UP_ID: lambda lines, idx: _gave_up_on_refusal(lines, idx),
    _OWN_DEPLOY_ID: lambda lines, idx: _gave_up_on_own_deploy(lines, idx),
    _OWN_CHECK_ID: lambda lines, idx: _curl_checked_own_deploy(lines, idx),
    _LOOPBACK_CUT_ID: lambda lines, idx: _loopback_curl_above(lines, idx),
    _EPOCH_APART_ID: lambda lines, idx: _second_apart(lines, idx),
    _CLOCK_READ_APART_ID: lambda lines, idx: _clock_read_second_apart(lines, idx),
    _TICK_UNDER_FLOOR_ID: lambda lines, idx: _tick_under_floor(lines, idx),
    _UNORDERED_ID: lambda lines, idx: _same_items_other_order(lines, idx),
    _DAY_APART_ID: lambda lines, idx: _day_apart(lines, idx),
    _PUBLIC_HOST_STATUS_ID: lambda lines, idx: _public_test_host_near(lines, idx),
    _READ_CUT_ID: lambda lines, idx: _cut_in_read_frames(lines, idx),
    # (p38) cpanm's module not found counts only below a distribution the same log fetched from the mirror
    _CPANM_NOT_FOUND_ID: lambda lines, idx: _cpanm_fetched_above(lines, idx),
    # (p38) a count of arrivals short within a time window counts only where at least one arrived, fewer than wanted
    _COUNT_SHORT_ID: lambda lines, idx: _count_short_in_window(lines, idx),
    # (review27_a) a C framework's failed check takes its line unless the check is a measured time a little over its
    # bound (values_time._c_check_bool, _near_bound): that line is elapsed-time-near-bound's, as gtest's "Value of:" is
    _C_CHECK_ID: lambda lines, idx: _c_check_bool(lines, idx) is None or not _near_bound(lines, idx),
    # ... and elapsed-time-near-bound takes such a line only then (the C runtime's assert() reads it otherwise, at a
    # lower weight; gtest's and the others' lines are checked after the scan, as before)
    # ((flake30) and so do the forms read since the thirtieth round (values_time._scan_checked_bound): Rust's assert! of a
    # comparison, JUnit 5's assertTimeout overrun, chai's "to be less than or equal to", a time after an event against
    # its bound in words; where they are no measured time near its bound the line stays with the assertion's reading)
    _NEAR_BOUND_ID: lambda lines, idx: (_c_check_bool(lines, idx) is None and not _scan_checked_bound(lines[idx]))
    or _near_bound(lines, idx),
    # (flake30) two timestamps compared that are not a second apart leave their line to the entries that read it
    # otherwise (records tied on a clock's instant in another order, compared-values-same-items-other-order)
    _SECOND_APART_ID: lambda lines, idx: _second_apart(lines, idx),
    _HEAP_GROWS_ID: lambda lines, idx: _heap_grows_every_file(lines, idx),
    # (review30_a) a failed lookup of a misspelt host takes its line; the outage readings of a lookup stand aside near it
    _MISSPELT_HOST_ID: lambda lines, idx: _misspelt_lookup(lines[idx]),
    # ((perf34) one check for the four, which the engine asks once per line: rules.py _scan keeps each check's answers)
    **dict.fromkeys(_MISSPELT_GUARDED, _no_misspelt_lookup_near),
}
# ... of which these are checked in a failed test's own message too (the others take no line of it): a C check's line
# there is read as in the log
# (review30_a) ... and the lookup readings a misspelt host's lookup stands aside (in a test's message as in the log)
_LINE_CHECKED_ANY_SOURCE = frozenset({_NEAR_BOUND_ID, _C_CHECK_ID, _MISSPELT_HOST_ID, *_MISSPELT_GUARDED})
# (perf34) the misspelt host's checks as listed above, which rules.py _scan answers from misspelt_checks (one reading of
# each line per text) while _LINE_CHECKED still holds these functions
_MISSPELT_CHECKED = {sig_id: _LINE_CHECKED[sig_id] for sig_id in (_MISSPELT_HOST_ID, *_MISSPELT_GUARDED)}
