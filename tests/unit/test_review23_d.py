"""Review of the engine's search shortcuts: every shortcut must give the answer the plain search gives.

The shortcuts under review: LogSearch (an entry's unless_log searched once per distinct pattern, skipped where the log
lacks a literal every match needs, off where the log holds a character re folds to an ASCII letter), the index of
literals behind Catalogue.possible_matchers, Catalogue.literals_in reading a log of repeated lines once per distinct
line, the windows (LogSearch.windows: on a log of 64 KiB or more, a pattern of bounded newline reach searched only on
the lines near its literals, cut one character after the K-th line below), _ScanText's matched lines shared by the two
scans, and placement's _failed_after_outages and _below_failed_test reading command and report-opening lines once.

The reference ("plain") is the same engine with each shortcut replaced by what it stands for: the literals found by a
search from every position (the loop the catalogue used before), every matcher asked ``possible``, every unless_log
searched with ``regex.search`` over the whole log, every matcher's lines found by ``regex.search`` over the whole text,
and placement's two functions as they read before (copied below, unchanged but for their docstrings). A test holds when
the verdict with the shortcuts on is equal to the plain one in every field (verdict, confidence, category, rationale,
evidence, findings).

Shapes tried (each log as written, under 64 KiB, and padded above, below and around to pass it, and to 65,535, 65,536
and 65,537 characters): literals that appear only through case folding (Turkish dotted and dotless i, the long s, the
Kelvin sign; the sharp s, Greek sigma and full-width letters, which re does not fold to ASCII), CRLF and lone CR line
ends, carriage-return progress lines, NUL bytes and ANSI escapes inside a literal, a literal on the log's first line
and on its last line without a trailing newline, a log of repeated lines whose neighbours differ, multi-line matchers
and unless_log patterns with the match starting on the window's first line or reaching its last; and, on the regex
level, patterns with an alternation whose branch has no literal, optional groups, backreferences, lookbehinds reading
the line above, ``\\A`` and ``\\Z``, ``(?s)`` dots, ``[\\s\\S]{0,N}`` spans as long as the reach allows and one line
longer, a match starting exactly on a window's first line, and one unless_log pattern under two sets of flags. None of
them differed (the wording of the log lines is the project's own test wording; no third-party log is quoted).
"""

from __future__ import annotations

import re
from bisect import bisect_right

import pytest
from judging import judge

from triage_agent.classify import catalogue as catalogue_mod
from triage_agent.classify import placement
from triage_agent.classify import rules as rules_mod
from triage_agent.classify.catalogue import (
    Catalogue,
    LogSearch,
    ascii_lower,
    builtin_catalogue,
    newline_reach,
)
from triage_agent.classify.placement import (
    _DAMAGED_VALUE,
    _NETWORK_WORDS,
    _REPORT_FRAME,
    _TEST_FAILED_REPORT,
    _TEST_REPORT_END,
    _TEST_REPORT_LINES,
    _TEST_REPORT_OPENS,
    _VALUES_COMPARED,
    _is_command,
    _values_mismatch,
    _went_past,
)
from triage_agent.classify.rules import _ScanText, _search_windows

# --- the plain reference ------------------------------------------------------------------------------------------


def _plain_literals_in(self: Catalogue, lowered: str) -> set[str]:
    trie, implied = self._literal_index
    found: set[str] = set()
    if trie is None:
        return found
    pos = 0
    while (m := trie.search(lowered, pos)) is not None:
        found.update(implied[m.group()])
        pos = m.start() + 1
    return found


def _plain_possible_matchers(self: Catalogue, literals: set[str]):
    out = []
    for sig in self.signatures:
        matchers = [m for m in sig.matchers if m.possible(literals)]
        if matchers:
            out.append((sig, matchers))
    return out


def _plain_found(self: LogSearch, regex: re.Pattern[str]) -> bool:
    return regex.search(self.text) is not None


def _plain_matched_lines(self: _ScanText, matcher):
    hay = self.lowered if matcher.on_lowered else self.text
    pos = 0
    while pos <= len(hay):
        m = matcher.regex.search(hay, pos)
        if m is None:
            return
        if not matcher.accepts(hay, m.start()):
            pos = m.start() + 1
            continue
        matched = m.group()
        first = m.start() + (len(matched) - len(matched.lstrip()))
        idx = bisect_right(self.starts, first) - 1
        yield idx, first
        pos = self.starts[idx] + len(self.lines[idx]) + 1


def _plain_failed_after_outages(hits, lines):
    """placement._failed_after_outages before it listed the command lines once (the same code, at 2a0c7ae)."""
    p = placement
    outages = [h for h in hits if h.source == "log" and h.sig.leaning == "transient"]
    if not outages or any(h.sig.category not in p._LATER_CATEGORIES for h in outages) or any(
            h.sig.category == "flaky-test" or h.sig.id == p._PASSED_ON_RETRY_ID for h in hits):
        return None
    top = max(h.index for h in outages)
    failures = sorted((h for h in hits if h.source == "log" and h.sig.leaning == "real" and not h.sig.downstream
                       and h.index > top), key=lambda h: h.index)
    for f in reversed(failures):
        if not all(_went_past(lines, o.index, f.index) for o in outages):
            continue
        if (f.sig.category in p._LATER_FAILURE_CATEGORIES and f.sig.weight >= p._SPECIFIC_WEIGHT
                and f.sig.id not in p._SUMMARY_IDS and f.sig.id not in p._SYMPTOM_IDS
                and not p._DATA_PARSE.search(f.line)):
            return f.index
        if f.sig.category in ("test-failure", "test-assertion"):
            start = next((i for i in range(f.index, top, -1) if _is_command(lines[i])), top)
            if any(_VALUES_COMPARED.search(ln) and not _DAMAGED_VALUE.search(ln) and not _NETWORK_WORDS.search(ln)
                   for ln in (r[:500] for r in lines[start + 1: f.index + 1])):
                return f.index
    return None


def _plain_below_failed_test(hits, lines, survived):
    """placement._below_failed_test before it listed the report-opening lines once (the same code, at 2a0c7ae)."""
    p = placement
    outages = [h for h in hits if h.source == "log" and h.sig.leaning == "transient"
               and h.sig.category in p._OUTAGE_CATEGORIES]
    if not outages or any(h.sig.category == "flaky-test" or h.sig.id == p._PASSED_ON_RETRY_ID for h in hits):
        return set()
    reports = [i for i, line in enumerate(lines)
               if i not in survived and len(line) < 700 and _TEST_FAILED_REPORT.search(line)]
    if not reports:
        return set()
    out: set[int] = set()
    for h in outages:
        above = [i for i in reports if i <= h.index]
        if not above or above[-1] == h.index:
            continue
        r = above[-1]
        start = next((i for i in range(h.index, r - 1, -1) if _TEST_REPORT_OPENS.search(lines[i][:700])), None)
        if start is not None:
            block = lines[start + 1: h.index]
            if block and _TEST_REPORT_END.match(block[0]) and not _TEST_REPORT_END.match(lines[start]):
                block = block[1:]
            if (sum(1 for ln in block if not _REPORT_FRAME.match(ln)) <= _TEST_REPORT_LINES
                    and not any(_TEST_REPORT_END.match(ln) or _is_command(ln) for ln in block)
                    and not any(_values_mismatch(a, lines, h.index) for a in hits if start <= a.index < h.index)):
                continue
        out.add(h.index)
    return out


def _plain_judge(monkeypatch: pytest.MonkeyPatch, log: str):
    with monkeypatch.context() as m:
        m.setattr(Catalogue, "literals_in", _plain_literals_in)
        m.setattr(Catalogue, "possible_matchers", _plain_possible_matchers)
        m.setattr(LogSearch, "found", _plain_found)
        m.setattr(_ScanText, "matched_lines", _plain_matched_lines)
        m.setattr(rules_mod, "_failed_after_outages", _plain_failed_after_outages)
        m.setattr(rules_mod, "_below_failed_test", _plain_below_failed_test)
        return judge(log)


def _windowless_judge(monkeypatch: pytest.MonkeyPatch, log: str):
    """The engine with the windows alone turned off (every long log searched whole)."""
    with monkeypatch.context() as m:
        m.setattr(catalogue_mod, "_WINDOW_MIN_CHARS", 1 << 60)
        return judge(log)


# --- the logs -----------------------------------------------------------------------------------------------------

_FILLER = [f"[{i:05d}] compiling module m{i} of many, nothing to see here" for i in range(1400)]


def _padded(log: str, where: str) -> str:
    """``log`` with quiet lines around it: "as-is", "above", "below", "around" (past 64 KiB), or "<n>" (above,
    to exactly n characters where the log is shorter)."""
    filler = "\n".join(_FILLER) + "\n"
    if where == "as-is":
        return log
    if where == "above":
        return filler + log
    if where == "below":
        return log + ("" if log.endswith("\n") else "\n") + filler
    if where == "around":
        half = len(_FILLER) // 2
        return "\n".join(_FILLER[:half]) + "\n" + log + "\n".join(_FILLER[half:]) + "\n"
    size = int(where)
    return filler[len(filler) - (size - len(log)):] + log


_OUTAGE = "curl: (6) Could not resolve host: example.org"

# (id, log): each read with the shortcuts on and off
SHAPES = [
    # case folding: re takes "İ", "ı", "ſ" and the Kelvin sign for ASCII letters (the pre-filter is off for them);
    # "ẞ"/"ß", Greek sigma and full-width letters it does not
    ("fold-dotted-capital-i", "CURL: (6) COULD NOT RESOLVE HOST: EXAMPLE.ORG\nERROR: PROCESS COMPLETED WİTH EXİT CODE 6.\n"),
    ("fold-dotless-i", "Run ./ci.sh\nnpm ERR! code ECONNRESET\nconnectıon reset by peer\n"),
    ("fold-long-s", "npm ERR! network ſocket hang up\nnpm ERR! code ECONNREſET\n"),
    ("fold-kelvin", "fatal: unable to access 'https://github.com/a/b/': Could not resolve host: github.com\n\u212aILLED\n"),
    ("fold-sharp-s", "ERROR: STRAẞE ss ß\nConnection reset by peer\n"),
    ("fold-greek-sigma", "ΣΦΑΛΜΑ: connection timed out ΟΔΟΣ ς σ\nAssertionError: assert 1 == 2\n"),
    ("full-width", "ＥＲＲＯＲ： ｃｏｎｎｅｃｔｉｏｎ ｒｅｓｅｔ ｂｙ ｐｅｅｒ\nnpm ERR! code ECONNRESET\n"),
    # line ends
    ("crlf", f"$ ./build.sh\r\n{_OUTAGE}\r\nError: Process completed with exit code 6.\r\n"),
    ("lone-cr", f"$ ./build.sh\r{_OUTAGE}\rError: Process completed with exit code 6.\r"),
    ("cr-progress", "Receiving objects:  10% (1/10)\rReceiving objects: 100% (10/10)\r"
                    "error: RPC failed; curl 56 GnuTLS recv error (-54): Error in the pull function.\n"),
    # bytes inside a literal
    ("nul-in-literal", "npm ERR! code ECONN\x00RESET\nnpm ERR! network socket hang up\n"),
    ("ansi-in-literal", "\x1b[31mnpm ERR!\x1b[0m code ECONN\x1b[1mRESET\x1b[0m\nnpm ERR! network \x1b[2msocket\x1b[0m hang up\n"),
    # where the literal sits
    ("first-line", f"{_OUTAGE}\nError: Process completed with exit code 6.\n"),
    ("last-line-no-newline", f"$ ./fetch.sh\nError: Process completed with exit code 6.\n{_OUTAGE}"),
    # repeated lines (literals_in reads each distinct line once) whose neighbours differ
    ("repeated-lines", "".join(f"{i % 3}: Pulling fs layer\n{i % 3}: Pull complete\n" for i in range(60))
     + "Get https://registry-1.docker.io/v2/: net/http: TLS handshake timeout\nPull complete\n"),
    ("repeated-lines-real", "Pull complete\n" * 80 + "E   assert 3 == 4\nPull complete\n" * 3
     + "FAILED tests/test_a.py::test_b - assert 3 == 4\n"),
    # multi-line matchers: the match starts lines above its literals, or its lookahead reads lines below
    ("matcher-reach-4", "failed to fetch record for foo from registry\nbar\nbaz\nunknown package foo in lockfile\n"),
    ("matcher-reach-4-too-far", "failed to fetch record for foo from registry\nbar\nbaz\nqux\nquux\n"
                                "unknown package foo in lockfile\n"),
    ("lookahead-reach-3", "gzip: stdin: unexpected end of file\ntar: Child returned status 1\n"
                          "tar: Error is not recoverable: exiting now\n"),
    ("lookahead-reach-3-refuted", "gzip: stdin: unexpected end of file\nx\nok 1 - fine\n"),
    # unless_log patterns of several lines: a match starting on the window's first line
    ("unless-log-reach-3", "Could not download file from https://x.org/a.zip\n\nUnsuccessful status code: 404\n"),
    ("unless-log-reach-3-too-far", "Could not download file from https://x.org/a.zip\n\n\n\n"
                                   "Unsuccessful status code: 404\n"),
    # placement: outages the job went past to a later failure, and an outage below a failed test's report
    ("outage-then-command-then-values", f"$ ./fetch.sh || true\n{_OUTAGE}\n$ pytest\n"
                                        "E       assert 3 == 4\nE        +  where 3 = len([1, 2, 3])\n"
                                        "FAILED tests/test_a.py::test_b - assert 3 == 4\n"),
    ("outage-below-failed-report", "FAIL: test_b (tests.test_a.T)\n" + "-" * 70 + "\nTraceback (most recent call last):\n"
                                   "AssertionError: 3 != 4\n\n" + "=" * 70 + f"\n$ ./upload.sh\n{_OUTAGE}\n"),
    ("outage-inside-failed-report", "ERROR: test_b (tests.test_a.T)\n" + "-" * 70 + "\nTraceback (most recent call last):\n"
                                    "requests.exceptions.ConnectionError: Connection refused\n"),
]

SIZES = ["as-is", "above", "below", "around", "65535", "65536", "65537"]


@pytest.mark.parametrize("where", SIZES)
@pytest.mark.parametrize(("log",), [pytest.param(log, id=cid) for cid, log in SHAPES])
def test_the_shortcuts_read_as_the_plain_search(monkeypatch, log, where):
    text = _padded(log, where)
    assert where in ("as-is", "above", "below", "around") or len(text) == int(where)
    fast = judge(text)
    assert fast == _plain_judge(monkeypatch, text)
    assert fast == _windowless_judge(monkeypatch, text)


def test_the_windows_were_read_on_the_padded_logs():
    """(the long logs above did take the windows: the test above compares something)"""
    cat = builtin_catalogue()
    read = _ScanText(cat, _padded(SHAPES[16][1], "around"))
    windowed = sum(read.whole_log.windows(m.regex) is not None for _, ms in read.possible for m in ms)
    assert windowed > 5


# --- the regex level ----------------------------------------------------------------------------------------------


def _long_log(*inserts: tuple[int, str], end: str = "\n") -> str:
    lines = [f"compiling module {i} of many, nothing to see here" for i in range(2000)]
    for at, text in inserts:
        lines[at] = text
    return "\n".join(lines) + end


def _walk(regex: re.Pattern[str], hay: str, search) -> list[tuple[int, int]]:
    out, pos = [], 0
    while pos <= len(hay) and (m := search(hay, pos)) is not None:
        out.append(m.span())
        pos = m.start() + 1
    return out


# (pattern, flags, inserts, end of the log, whether it matches)
REGEX_SHAPES = [
    # an alternation with a branch that has no literal: no group for it, the whole log is read
    (r"(?:timeoutexception|\d{3}) after retrying", re.I, [(900, "504 after retrying")], "\n", True),
    # optional groups give nothing
    (r"connect(?:ion)? refused(?: by peer)?", re.I, [(900, "CONNECT REFUSED")], "\n", True),
    # a backreference: unbounded reach, the whole log is read
    (r"(worker \d+) died\n(?:[^\n]*\n){0,3}\1 restarted", 0, [(900, "worker 7 died"), (903, "worker 7 restarted")],
     "\n", True),
    # a lookbehind reading the line above, and one whose line above differs
    (r"(?<=step failed\n)retrying fetch", re.I, [(900, "step failed"), (901, "Retrying fetch")], "\n", True),
    (r"(?<=step failed\n)retrying fetch", re.I, [(899, "step failed"), (901, "Retrying fetch")], "\n", False),
    # the anchors: \A on the first line, \Z on the last with and without a newline, $ on a line in the middle
    (r"\Afetch failed", 0, [(0, "fetch failed")], "\n", True),
    (r"\Afetch failed", 0, [(1, "fetch failed")], "\n", False),
    (r"fetch failed\Z", 0, [(1999, "fetch failed")], "", True),
    (r"fetch failed\n\Z", 0, [(1999, "fetch failed")], "\n", True),
    (r"fetch failed\Z", 0, [(1998, "fetch failed")], "", False),
    (r"fetch failed$", 0, [(1999, "fetch failed")], "\n", True),
    (r"fetch failed$", 0, [(1000, "fetch failed")], "\n", False),
    (r"(?m)fetch failed$", 0, [(1000, "fetch failed")], "\n", True),
    # (?s) dots and [\s\S]{0,N}: a span as long as the reach, and one character longer
    (r"(?s)socket closed.{0,20}resetting", 0, [(900, "socket closed"), (901, ""), (902, "resetting")], "\n", True),
    (r"(?s)socket closed.{0,3}resetting", 0, [(900, "socket closed"), (901, ""), (902, "xx"), (903, "resetting")],
     "\n", False),
    (r"handshake failed[\s\S]{0,4}giving up", 0, [(900, "handshake failed"), (901, ""), (902, ""), (903, ""),
                                                   (904, "giving up")], "\n", True),
    (r"handshake failed[\s\S]{0,4}giving up", 0, [(900, "handshake failed"), (901, ""), (902, ""), (903, ""),
                                                   (904, ""), (905, "giving up")], "\n", False),
    # the match starts on the window's first line (three lines above the longest literal), and one line higher
    (r"job start\n[^\n]*\n[^\n]*\nconnection was reset by the remote", 0,
     [(900, "job start"), (903, "connection was reset by the remote")], "\n", True),
    (r"job start\n[^\n]*\n[^\n]*\nconnection was reset by the remote", 0,
     [(899, "job start"), (903, "connection was reset by the remote")], "\n", False),
    # the literal on the log's first and last lines, the match reaching the log's end without a newline
    (r"connection was reset by the remote[^\n]*\n[^\n]*\Z", 0, [(1998, "connection was reset by the remote")],
     "", True),
    (r"connection was reset by the remote(?![^\n]*\n[^\n]*\n)", 0, [(0, "connection was reset by the remote")],
     "\n", False),
    # a lookahead that reads the first character below the cut: an empty line there
    (r"connection was reset by the remote\n(?=\n)", 0, [(900, "connection was reset by the remote"), (901, "")],
     "\n", True),
    # CR line ends: a lone \r is no line end to re
    (r"connection was reset by the remote\r?$", re.M, [(900, "connection was reset by the remote\r")], "\n", True),
    (r"^connection was reset by the remote", re.M, [(900, "x\rconnection was reset by the remote")], "\n", False),
]


@pytest.mark.parametrize(("pattern", "flags", "inserts", "end", "found"), REGEX_SHAPES)
def test_a_search_near_the_literals_answers_as_a_plain_search(pattern, flags, inserts, end, found):
    text = _long_log(*inserts, end=end)
    regex = re.compile(pattern, flags)
    assert (regex.search(text) is not None) == found
    search = LogSearch(text, ascii_lower(text))
    assert search.found(regex) == found
    windows = search.windows(regex)
    if windows is not None:
        plain = _walk(regex, text, regex.search)
        assert _walk(regex, text, lambda hay, pos: _search_windows(regex, windows, hay, pos)) == plain
    if newline_reach(pattern, flags) is not None and r"\d{3}" not in pattern:
        assert windows is not None


def test_one_pattern_under_two_sets_of_flags_is_searched_for_each():
    """Two entries may list one unless_log pattern with different flags: LogSearch keeps an answer for each."""
    text = _long_log((900, "Connection Was Reset By The Remote"))
    search = LogSearch(text, ascii_lower(text))
    sensitive = re.compile("connection was reset by the remote")
    caseless = re.compile("connection was reset by the remote", re.I)
    assert search.found(caseless) and not search.found(sensitive)
    assert search.found(caseless) and not search.found(sensitive)  # (from the cache)


@pytest.mark.parametrize("text", [
    "Pull complete\n" * 50 + "error: connection\nreset by peer\n" + "Pull complete\n" * 50,
    "a\nb\n" * 100 + "npm ERR! code ECONNRESET" + "\na\nb" * 100,
    "Pull complete\r\n" * 100 + "ECONNRESET\r\n",
    "x\n" * 200 + "socket hang up",
])
def test_literals_in_of_repeated_lines_is_the_plain_search(text):
    cat = builtin_catalogue()
    lowered = ascii_lower(text)
    literals = cat.literals_in(lowered)
    assert literals == _plain_literals_in(cat, lowered)
    assert cat.possible_matchers(literals) == _plain_possible_matchers(cat, literals)
