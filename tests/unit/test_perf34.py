"""(perf34) Readings made cheaper on megabyte logs give the answers their earlier forms gave.

* rules._ScanText.unless_of: an entry's ``unless`` patterns asked of a line are those whose literals the text holds (the
  others can match no line of it);
* compared_reports.power_assertion_heads: a line with no power assertion's header words within _COMPARED_LINES above
  it is asked no further (_in_power_assertion reads upward to such a header only);
* line_checks._MisspeltRows: the misspelt host's check and the lookup readings' check read each line's lookup once
  per text (they read it three times over a cache of 4,096 lines);
* RulesEngine._outlived takes the last value mismatch once (it was read again for every failed test: thousands of Go
  test failures, each with its "got ..., want ..." line, took time quadratic in their number).

The earlier forms are the oracle: every line of generated texts (random mixes of the lines each form reads, blank lines,
indented lines and other lines) is asked of both. The engine's verdicts on the shapes that were slow are checked as a
behaviour (near-miss guards: they pass at de127c6 as well); benchmarks/engine_shapes33.py and engine_shapes34.py
measure the time. All lines are made up for these tests.
"""

from __future__ import annotations

import random

from triage_agent.classify.catalogue import builtin_catalogue
from triage_agent.classify.compared_reports import (
    _COMPARED_LINES,
    _in_power_assertion,
    power_assertion_heads,
)
from triage_agent.classify.line_checks import (
    _MISSPELT_CHECKED,
    _MISSPELT_GUARDED,
    _MISSPELT_HOST_ID,
    _misspelt_lookup,
    _misspelt_lookup_near,
    misspelt_checks,
)
from triage_agent.classify.rules import RulesEngine, _ScanText
from triage_agent.core.models import FailureCase

_OUTAGE_LINES = (
    "curl: (6) Could not resolve host: mirror.example.invalid",
    "curl: (6) Could not resolve host: artifcats.example.org",
    "getaddrinfo ENOTFOUND registy.internal.example.org",
    "dial tcp: lookup regsitry.example.com on 10.0.0.2:53: no such host",
    "dial tcp: lookup cache.example.com on 10.0.0.2:53: read udp 10.0.0.5:41234->10.0.0.2:53: i/o timeout",
    "Error: connect ECONNREFUSED 10.1.2.3:5432",
    "fatal: unable to access 'https://git.example.org/shop.git/': Failed to connect to git.example.org port 443: "
    "Connection timed out",
    "ERROR: 503 Service Unavailable while fetching https://pkgs.example.org/simple/cart/",
    "npm ERR! network request to https://registry.example.org/cart failed, reason: socket hang up",
    "Temporary failure in name resolution",
    "HTTP request sent, awaiting response... 404 Not Found",
    "Download failed: https://downloads.example.invalid/tool-1.2.tgz",
)
_POWER_LINES = (
    "Condition not satisfied:", "Condition failed with Exception:", "Assertion failed:", "  Assertion failed: ",
    "assert total == 3", "       |     |", "       2     false", "|      java.net.SocketTimeoutException: Connect timed out",
    "Expected: 3", "Received: 2", "at CartSpec.totals(CartSpec.groovy:12)", "Condition not satisfied: (not alone)",
)
_OTHER_LINES = (
    "", "   ", "$ make test", "ok 1 - cart adds", "  indented line of output", "[INFO] BUILD FAILURE",
    "Retrying in 5 seconds...", "warning: something looks odd", "E   assert 1 == 2",
)


def _text(rng: random.Random, pool: tuple[str, ...], n: int) -> str:
    return "\n".join(rng.choice(pool) for _ in range(n)) + "\n"


def test_unless_of_answers_as_every_unless_pattern() -> None:
    catalogue = builtin_catalogue()
    rng = random.Random(34)
    sigs = [s for s in catalogue if s.unless_matchers]
    for n in range(30):
        text = _text(rng, _OUTAGE_LINES + _OTHER_LINES + _POWER_LINES, rng.choice((5, 40)))
        read = _ScanText(catalogue, text)
        lowered = [line.lower() for line in read.lines]
        for sig in rng.sample(sigs, 40):
            kept = read.unless_of(sig)
            assert set(kept) <= set(sig.unless_matchers)
            for line, low in zip(read.lines, lowered, strict=True):
                assert any(u.test_line(line, low) for u in kept) == any(
                    u.test_line(line, low) for u in sig.unless_matchers), (n, sig.id, line)


def test_power_assertion_heads_leave_no_report_line_out() -> None:
    rng = random.Random(3434)
    for _ in range(300):
        text = _text(rng, _POWER_LINES + _OTHER_LINES + _OUTAGE_LINES, rng.choice((3, 20, 60)))
        lines = text.split("\n")
        heads = power_assertion_heads(text, lines)
        for idx in range(len(lines)):
            near = any(idx - _COMPARED_LINES <= h < idx for h in heads)
            if not near:
                assert not _in_power_assertion(lines, idx), (idx, lines)
    assert power_assertion_heads("no report here\n", ["no report here", ""]) == []


def test_misspelt_rows_answer_as_the_checks_they_replace() -> None:
    rng = random.Random(343)
    assert set(_MISSPELT_CHECKED) == {_MISSPELT_HOST_ID, *_MISSPELT_GUARDED}
    for _ in range(200):
        lines = _text(rng, _OUTAGE_LINES + _OTHER_LINES, rng.choice((2, 12, 40))).split("\n")
        checks = misspelt_checks(lines)
        for idx in rng.sample(range(len(lines)), len(lines)):  # (in any order: the rows keep what they read)
            assert checks[_MISSPELT_HOST_ID](idx) == _misspelt_lookup(lines[idx]) == _MISSPELT_CHECKED[
                _MISSPELT_HOST_ID](lines, idx)
            for guarded in _MISSPELT_GUARDED:
                assert checks[guarded](idx) == (not _misspelt_lookup_near(lines, idx)) == _MISSPELT_CHECKED[guarded](
                    lines, idx)


def _classify(log: str) -> tuple[str, tuple[str, ...]]:
    v = RulesEngine().classify(FailureCase.from_dict({"id": "shape", "log": log, "failed_tests": []}))
    return v.verdict, v.evidence


def test_many_obs_lookups_still_read_as_before() -> None:
    """A near-miss guard (passes at de127c6 as well): thousands of host lookups under Open Build Service's elapsed-seconds
    prefix, with no package build's line, keep the lookup's transient reading, as a few do."""
    log = "".join(f"[{i:5d}s] curl: (6) Could not resolve host: mirror.example.invalid\n" for i in range(3000))
    verdict, evidence = _classify(log)
    assert verdict == "transient"
    assert "Could not resolve host: mirror.example.invalid" in evidence[0]


def test_a_misspelt_host_among_many_lookups_still_reads_both() -> None:
    """A near-miss guard (passes at de127c6 as well): one lookup of a misspelt host's name at the end of thousands of
    lookups of correct ones is still read as the mistyped name, and the lookups above as outages: both, unknown (the
    rows read every line's lookup once); alone, the mistyped name reads real."""
    log = "".join(f"curl: (6) Could not resolve host: mirror{i}.example.invalid\n" for i in range(5000))
    log += "curl: (6) Could not resolve host: artifcats.example.org\n"
    verdict, evidence = _classify(log)
    assert verdict == "unknown"
    assert any("artifcats.example.org" in line for line in evidence)
    assert any("mirror4999.example.invalid" in line for line in evidence)
    verdict, evidence = _classify("curl: (6) Could not resolve host: artifcats.example.org\n")
    assert verdict == "real"
    assert "artifcats.example.org" in evidence[0]


def test_thousands_of_go_test_failures_still_read_real() -> None:
    """A near-miss guard (passes at de127c6 as well): thousands of Go test failures, each with its compared values,
    read as the code's failure (the last mismatch, now taken once, as before)."""
    log = "".join(f"--- FAIL: TestCart/total_{i} (0.01s)\n    cart_test.go:{i % 300}: got {i}, want {i + 1}\n"
                  for i in range(4000)) + "FAIL\tgithub.com/example/shop\t1.2s\n"
    verdict, evidence = _classify(log)
    assert verdict == "real"
    assert any("cart_test.go" in line or "--- FAIL" in line for line in evidence)


def test_go_test_failures_below_a_reset_read_as_before() -> None:
    """A near-miss guard (passes at de127c6 as well): Go tests' value mismatches below a connection reset in the same
    run (the outlived reading, which takes the last mismatch): three of them read as the reset's damage (transient),
    three hundred leave it unknown."""
    def log(n: int) -> str:
        return ("$ go test ./...\nread tcp 10.0.0.5:41234->10.0.0.9:443: read: connection reset by peer\n"
                + "".join(f"--- FAIL: TestCart/total_{i} (0.01s)\n    cart_test.go:{i % 300}: got {i}, want {i + 1}\n"
                          for i in range(n)) + "FAIL\tgithub.com/example/shop\t1.2s\n")
    verdict, evidence = _classify(log(3))
    assert verdict == "transient"
    assert "connection reset by peer" in evidence[0]
    verdict, evidence = _classify(log(300))
    assert verdict == "unknown"
    assert any("cart_test.go:299: got 299, want 300" in line for line in evidence)
