"""(quad28) placement.py's and line_checks.py's readings that went sub-quadratic give the answers their quadratic forms gave.

_beside_other_mismatch, _limits_beside (placement.py) and _retried_past (line_checks.py) were rewritten to read each line
once (sorted indexes with bisect, names and words gathered once, the log's last command taken once). The forms they had
before are kept here as the oracle, copied from the base commit; the engine classifies a few dozen small made-up logs of
the hostile shapes (benchmarks/placement_speed.py: outages and mismatches interleaved, all outages above, all below, one
long section), and every call the engine makes to the new forms is answered by the old ones as well, and compared.
No wall-clock bound: the benchmark measures the time.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

import pytest

from triage_agent.classify import line_checks, placement, rules
from triage_agent.classify.line_checks import (
    _RECOVERED,
    _RETRIED_RECOVERY_LINES,
    _RETRIED_RETRY_LINES,
)
from triage_agent.classify.lines import _NEXT_COMMAND
from triage_agent.classify.placement import (
    _DAMAGED_VALUE,
    _FILE_LINE_AFTER,
    _GENERIC_HOST_PARTS,
    _LEVEL_PREFIX,
    _LIMIT_BOUNDARY,
    _OUTAGE_CATEGORIES,
    _OUTAGE_HOST,
    _OUTAGE_STATE,
    _OWN_REPORT_ABOVE,
    _OWN_REPORT_BELOW,
    _PASSED_ON_RETRY_ID,
    _REPORT_LINES,
    _RUNNER_SECTION,
    _TEST_BOUNDARY,
    _TEST_FAILED_REPORT,
    _TEST_LIMIT_IDS,
    _VALUES_COMPARED,
    _Hit,
    _opens_section,
    _section_mismatches,
    _words,
)
from triage_agent.classify.rules import RulesEngine
from triage_agent.classify.test_layout import _failing_names, _names_whole
from triage_agent.core.models import FailureCase

# ---------------------------------------------------------------- the oracle: the base commit's forms (6741d281c67f8aecae31ef2276356fe381431f64)


def _old_beside_other_mismatch(hits: Sequence[_Hit], lines: list[str], compared: list[int]) -> set[int]:
    """(nineteenth round, leftovers) Lines of the outages (_OUTAGE_CATEGORIES) of a test run in which another failing
    test failed on compared values: some outage sits in one test's report and a value mismatch (``compared``, no network
    words in its report) in another's, a test's report opening between the two (_opens_report). That other test failed
    on its values, which a rerun meets again whatever the outage did to its own test: every outage at or below the
    run's first failing test is weighed as an outlived one. Not where the mismatch shows damage (_DAMAGED_VALUE: None,
    0, an empty body), nor where an outage line names the mismatched test or a host of its report (the outage may
    have emptied or changed its values), nor where a flaky mark or a runner's passed-on-retry summary is in the log.
    (Rests on how Surefire, pytest, Jest, go test and RSpec lay out one report per failed test; that any mismatch
    beside an outage is the change's is the assumption the engine already makes for outages above the last report,
    _background_outage.)"""
    outages = [h for h in hits if h.source == "log" and h.sig.leaning == "transient"
               and h.sig.category in _OUTAGE_CATEGORIES]
    compared = sorted(set(compared) | set(_section_mismatches(hits, lines)))
    if not outages or not compared or any(
            h.sig.category == "flaky-test" or h.sig.id == _PASSED_ON_RETRY_ID for h in hits):
        return set()
    separate = [c for c in compared
                if not any(_VALUES_COMPARED.search(ln) and (_DAMAGED_VALUE.search(ln) or _OUTAGE_STATE.search(ln))
                           for ln in (_LEVEL_PREFIX.sub("", r[:500]) for r in lines[c: c + _REPORT_LINES]
                                      # (the report's own lines: not the next section's, below its header)
                                      if not _RUNNER_SECTION.match(r[:700])))
                and any(any(_opens_section(ln) for ln in lines[min(o.index, c) + 1: max(o.index, c) + 1])
                        for o in outages)]
    if not separate:
        return set()
    first = next((i for i, ln in enumerate(lines) if len(ln) < 700 and _TEST_FAILED_REPORT.search(ln)), None)
    # ((nineteenth round, outlived) or the opening line of a mismatched test's or an outage's own report, where the run's
    # own heading of its reports is not in the log: RSpec's "  1) Cart#add merges equal lines" without "Failures:" above)
    own = [next((i for i in range(c, max(-1, c - _OWN_REPORT_ABOVE - 1), -1) if _opens_section(lines[i])), None)
           for c in separate + [o.index for o in outages]]
    first = min([i for i in own if i is not None] + ([] if first is None else [first]), default=None)
    if first is None:
        return set()
    out: set[int] = set()
    for h in outages:
        if h.index < first:
            continue
        line = h.line[:700]
        tied = False
        for c in separate:
            start = next((i for i in range(c, max(-1, c - _OWN_REPORT_ABOVE - 1), -1) if _opens_section(lines[i])), c)
            report = [r[:700] for r in lines[start: c + _OWN_REPORT_BELOW + 1]]
            if any(_names_whole(n, line) for r in report for n in _failing_names(r)):
                tied = True
                break
            # (a host is written in lower case: Surefire's summary "OrderTest.fetchesStock:31 » Connect ..." names a
            # test's class, method and line, which the host reader would take for a host and its port)
            parts = {p for m in _OUTAGE_HOST.finditer(line) for g, host in enumerate(m.groups(), 1)
                     if host and "_" not in host and host == host.lower() and not _FILE_LINE_AFTER.match(line, m.end(g))
                     for p in _words(host) if len(p) >= 3 and p.isalpha() and p not in _GENERIC_HOST_PARTS}
            if parts & _words("\n".join(report)):
                tied = True
                break
        if not tied:
            out.add(h.index)
    return out


def _old_limits_beside(hits: Sequence[_Hit], lines: list[str], compared: list[int]) -> set[int]:
    """(engine 14b) Lines of test-level time limits (_TEST_LIMIT_IDS) with another failing test's value
    mismatch (``compared``) above or below them, another test's report opening between the two
    (_TEST_BOUNDARY): the limit explains its own test only, and a rerun still fails on the mismatch."""
    out: set[int] = set()
    for h in hits:
        if h.source != "log" or h.sig.id not in _TEST_LIMIT_IDS:
            continue
        if any(any(_TEST_BOUNDARY.search(ln[:700]) or _LIMIT_BOUNDARY.search(ln[:700])
                   for ln in lines[min(h.index, v) + 1: max(h.index, v) + 1])
               for v in compared):
            out.add(h.index)
    return out


def _old_retried_past(lines: list[str], idx: int, is_retry: Callable[[int], bool]) -> bool:
    """Whether the outage at ``idx`` was survived: the tool announced a retry right below it, a line
    then said the attempt went through ("protoc downloaded", "Done", "saved [n/n]"), and the script
    went on to a command of its own after that (curl's timeout, "Retrying in 5s", "downloaded", then
    "$ pytest" failing on an assertion is no outage's symptom)."""
    for j in range(idx + 1, min(len(lines), idx + 1 + _RETRIED_RETRY_LINES)):
        if not is_retry(j):
            continue
        for k in range(j + 1, min(len(lines), j + 1 + _RETRIED_RECOVERY_LINES)):
            if is_retry(k):
                continue
            if _RECOVERED.search(lines[k]):
                return any(_NEXT_COMMAND.match(line) and not line[:1].isspace() for line in lines[k + 1:])
        return False
    return False



# ---------------------------------------------------------------- small made-up logs of the hostile shapes

_OUTAGES = (
    "requests.exceptions.ConnectionError: ('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))",
    "curl: (22) The requested URL returned error: 503 Service Unavailable",
    "ERROR: Read timed out. (read timeout=30) while fetching https://billing.example.com/sync",
    # (lines that tie themselves to a test: its name, a host of its report)
    "ConnectionError: test_total_{n} could not reach https://inventory.example.com/items: Connection refused",
    "requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='cart.internal', port=443): timed out",
    "Error: connect ECONNREFUSED 127.0.0.1:6379 while testTotalLines{n}Computation ran",
)
_LIMITS = (
    "  ● Cart › waits for the stock {n}\n\n    thrown: \"Exceeded timeout of 5000 ms for a test.\"",
    "     Error: Timeout of 2000ms exceeded. For async tests and hooks, ensure \"done()\" is called",
)
_RETRIED = (
    "curl: (28) Operation timed out after 30000 milliseconds with 0 bytes received\nRetrying in 5 seconds...\n"
    "protoc downloaded",
)


def _mismatch(n: int, rng: random.Random) -> list[str]:
    kind = rng.randrange(5)
    value = "None" if rng.random() < 0.15 else str(n)
    if kind == 0:
        return [f"____________________ test_total_{n} ____________________", f"    def test_total_{n}():",
                f">       assert cart_total({n}) == {n + 1}", f"E       assert {value} == {n + 1}",
                f"tests/test_cart.py:{10 + n % 90}: AssertionError"]
    if kind == 1:
        return [f"[ERROR] CartTest.total{n}:22 expected:<{n + 2}> but was:<{value}>",
                f"\tat org.junit.Assert.assertEquals(Assert.java:{n % 200})"]
    if kind == 2:
        return [f"  ● Cart › adds line {n} from inventory.example.com", "",
                "    expect(received).toBe(expected) // Object.is equality", "",
                f"    Expected: {n + 40}", f"    Received: {value}", ""]
    if kind == 3:
        return [f"--- FAIL: TestTotalLines{n}Computation (0.00s)", f"    cart_test.go:12: got {value}, want {n + 1}"]
    return [f"  {n % 9 + 1}) Cart#add merges line {n}", f"     Failure/Error: expect(total).to eq({n})",
            f"       expected: {n}", f"            got: {value}"]


def _log(shape: str, seed: int) -> str:
    rng = random.Random(seed)
    outages = [_OUTAGES[rng.randrange(len(_OUTAGES))].format(n=rng.randrange(12)).split("\n")
               for _ in range(rng.randrange(3, 12))]
    outages += [_LIMITS[rng.randrange(len(_LIMITS))].format(n=i).split("\n") for i in range(rng.randrange(3))]
    outages += [_RETRIED[0].split("\n") for _ in range(rng.randrange(2))]
    mismatches = [_mismatch(n, rng) for n in range(rng.randrange(3, 14))]
    fill = ["[INFO] compiling module ok", "  worker 3 processed 120 records", "$ make test", "=" * 40,
            "---- cart::total stdout ----", "FAIL: test_sync (tests.test_sync.SyncTest)", ""]
    body = ["$ pytest -q tests"]
    if shape == "interleaved":
        blocks = outages + mismatches
        rng.shuffle(blocks)
    elif shape == "outages-above":
        blocks = outages + mismatches
    elif shape == "outages-below":
        blocks = mismatches + outages
    else:  # one long section: mismatches, the outages, mismatches, no command between
        half = len(mismatches) // 2
        blocks = mismatches[:half] + outages + mismatches[half:]
        fill = [f for f in fill if not f.startswith(("$", "="))]
    for block in blocks:
        if rng.random() < 0.3:
            body.append(rng.choice(fill))
        body += block
    if rng.random() < 0.5:
        body += ["FAILED tests/test_cart.py::test_total_0 - assert 0 == 1", "=== 3 failed in 1.23s ==="]
    if rng.random() < 0.5:
        body.append("##[error]Process completed with exit code 1.")
    return "\n".join(body) + "\n"


_SHAPES = ("interleaved", "outages-above", "outages-below", "one-section")
_CASES = [(shape, seed) for shape in _SHAPES for seed in range(9)]


@pytest.fixture(scope="module")
def engine() -> RulesEngine:
    return RulesEngine()


def test_new_forms_answer_as_the_old_ones(engine: RulesEngine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every call the engine makes to the rewritten readings, on 36 small hostile logs, gets the old form's answer."""
    calls: dict[str, list[bool]] = {"beside": [], "limits": [], "retried": []}
    answered: dict[str, int] = {"beside": 0, "limits": 0, "retried": 0}

    def beside(hits: Sequence[_Hit], lines: list[str], compared: list[int]) -> set[int]:
        new = placement._beside_other_mismatch(hits, lines, compared)
        assert new == _old_beside_other_mismatch(hits, lines, compared)
        calls["beside"].append(True)
        answered["beside"] += bool(new)
        return new

    def limits(hits: Sequence[_Hit], lines: list[str], compared: list[int]) -> set[int]:
        new = placement._limits_beside(hits, lines, compared)
        assert new == _old_limits_beside(hits, lines, compared)
        calls["limits"].append(True)
        answered["limits"] += bool(new)
        return new

    def retried(lines: list[str], idx: int, is_retry: Callable[[int], bool],
                last_command: Callable[[], int] | None = None) -> bool:
        new = line_checks._retried_past(lines, idx, is_retry, last_command)
        assert new == _old_retried_past(lines, idx, is_retry)
        assert new == line_checks._retried_past(lines, idx, is_retry)  # (with the last command read here)
        calls["retried"].append(True)
        answered["retried"] += new
        return new

    monkeypatch.setattr(rules, "_beside_other_mismatch", beside)
    monkeypatch.setattr(rules, "_limits_beside", limits)
    monkeypatch.setattr(rules, "_retried_past", retried)
    for shape, seed in _CASES:
        engine.classify(FailureCase.from_dict({"id": f"{shape}-{seed}", "log": _log(shape, seed)}))
    # (the logs reach every reading, and each reading answers both ways on some of them)
    assert all(len(calls[k]) >= 20 for k in calls), {k: len(v) for k, v in calls.items()}
    assert all(0 < answered[k] < len(calls[k]) for k in ("beside", "retried")), (answered, calls)


@pytest.mark.parametrize(("shape", "seed"), _CASES)
def test_direct_calls_on_every_line_set(shape: str, seed: int, engine: RulesEngine) -> None:
    """The readings called directly with every transient hit as an outage and every assertion as a mismatch, and with
    the engine's own hits: the same sets as the old forms."""
    log = _log(shape, seed)
    read = rules._ScanText(engine.catalogue, log)
    hits = engine._scan(log, "log", read=read)
    lines = read.lines
    compared = placement._mismatches(hits, lines)
    everything = sorted({h.index for h in hits if h.sig.leaning == "real"} | set(compared))
    for c in (compared, everything, everything[::2]):
        assert placement._beside_other_mismatch(hits, lines, c) == _old_beside_other_mismatch(hits, lines, c)
        assert placement._limits_beside(hits, lines, c) == _old_limits_beside(hits, lines, c)

    def is_retry(j: int) -> bool:
        return "Retrying" in lines[j]

    for idx in range(len(lines)):
        assert line_checks._retried_past(lines, idx, is_retry) == _old_retried_past(lines, idx, is_retry)
