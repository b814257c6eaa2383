"""The engine's whole-log searches (an entry's unless_log): each distinct pattern searched once per log, and skipped
where the log lacks a literal every match needs (catalogue.LogSearch). The skip must never change an answer.

Covered: the literal extractor (catalogue.required_literals) on tricky shapes (alternations, optional groups and
repetitions, lookarounds, backreferences, scoped and inline case flags, classes, escapes, verbose patterns), each
checked against texts that match; the case-folding argument the pre-filter rests on, checked against every code point
of the running Python (which characters re.IGNORECASE takes for an ASCII character, and that the caseless characters
the extractor keeps fold to nothing else); LogSearch against a plain ``regex.search`` on texts that hold the
characters re folds to ASCII letters ("İ", "ı", "ſ", the Kelvin sign); that a pattern two entries share is searched
once; and (slow) every distinct unless_log pattern of the catalogue on the development set's logs. And the scan's
other short cut: Catalogue.possible_matchers (the entries and matchers the literals found in a log allow, from an
index of the literals' groups) lists what asking every matcher's ``possible`` lists, in the same order; and
Catalogue.literals_in (one findall, once per distinct line where lines repeat) finds every literal of its index that
the log holds.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import json
import re
import sys

import pytest
from shared_data import shared_file

from triage_agent.classify.catalogue import (
    _FOLDS_TO_ASCII,
    LogSearch,
    _caseless,
    ascii_lower,
    builtin_catalogue,
    log_literals,
    newline_reach,
    required_literals,
)

_ALL = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)


def _holds(groups, text: str) -> bool:
    lowered = ascii_lower(text)
    return all(any(literal in lowered for literal in group) for group in groups or ())


# (pattern, flags, expected groups, texts the pattern matches)
SHAPES = [
    # an alternation: one literal of each alternative, as one group
    ("(?:foo|barbaz)qux", 0, (("foo", "barbaz"), ("qux",)), ["fooqux", "a barbazqux b"]),
    ("abcd|efgh", 0, (("abcd", "efgh"),), ["xefgh"]),
    # the parser factors a common prefix out of the alternatives ("E"): what is left is still required
    ("(?:ECONNRESET|ETIMEDOUT|EAI_AGAIN)", re.I, (("connreset", "timedout", "ai_again"),), ["read Etimedout"]),
    # an alternative that can be empty, or one too short to check, gives nothing for the group
    ("(?:abcd|)efg", 0, (("efg",),), ["efg", "abcdefg"]),
    ("(?:a|b)cde", 0, (("cde",),), ["bcde"]),
    # optional parts and repetitions that may be absent give nothing
    ("abc(?:defg)?hij", 0, (("abc",), ("hij",)), ["abchij", "abcdefghij"]),
    ("connect(?:ion)? refused", re.I, ((" refused",), ("connect",)), ["Connect refused", "CONNECTION REFUSED"]),
    ("(?:abcd){0,2}efg", 0, (("efg",),), ["efg", "abcdabcdefg"]),
    ("(?:abcd)*x", 0, None, ["x"]),
    ("(?:abc){2}", 0, (("abc",),), ["abcabc"]),
    ("(?:abcd)+", 0, (("abcd",),), ["abcdabcd"]),
    # lookarounds are not read (a negative one must not be)
    ("(?=lookahead)xyz", 0, (("xyz",),), []),
    ("(?!negative)xyz", 0, (("xyz",),), ["xyz"]),
    ("(?<=prefix)body", 0, (("body",),), ["prefixbody"]),
    # backreferences and conditionals: the group itself only
    (r"(abcd)\1", 0, (("abcd",),), ["abcdabcd"]),
    ("(?P<n>abcd)(?(n)efg|hij)", 0, (("abcd",),), ["abcdefg"]),
    # case: inline, scoped, and a case-sensitive pattern (the check is on the lower-cased log either way)
    ("(?i)TimeOut waiting", 0, (("timeout waiting",),), ["TIMEOUT WAITING", "timeout waiting"]),
    ("(?-i:ERROR) in build", re.I, ((" in build",), ("error",)), ["ERROR IN BUILD"]),
    ("Connection Reset", 0, (("connection reset",),), ["a Connection Reset"]),
    # classes: a set of letters is one group of one-character literals (too short here); a range or a negated set
    # gives nothing
    ("[Tt]imeout expired", 0, (("imeout expired",),), ["Timeout expired"]),
    ("[^a]bcd", 0, (("bcd",),), ["xbcd"]),
    ("[a-c]bcd", 0, (("bcd",),), ["cbcd"]),
    # escapes are read as the characters they stand for
    (r"\.npmrc", 0, ((".npmrc",),), ["~/.npmrc"]),
    (r"\x41BC-\u0044EF", 0, (("abc-def",),), ["ABC-DEF"]),
    (r"\bE\d{3}: bad", 0, ((": bad",),), ["E123: bad"]),
    # a cased letter outside ASCII ends a literal; a caseless symbol stays in it
    ("caf\u00e9 ouvert", re.I, ((" ouvert",), ("caf",)), ["CAF\u00c9 OUVERT"]),
    ("\u274c fail", 0, (("\u274c fail",),), ["\u274c fail here"]),
    # verbose patterns drop their whitespace and comments
    ("(?x) a b c d  # comment", 0, (("abcd",),), ["abcd"]),
]


@pytest.mark.parametrize(("pattern", "flags", "expected", "texts"), SHAPES, ids=[s[0] for s in SHAPES])
def test_required_literals_of_tricky_shapes(pattern, flags, expected, texts):
    assert required_literals(pattern, flags) == expected
    regex = re.compile(pattern, flags)
    for text in texts:
        assert regex.search(text), text
        assert _holds(expected, text), text
        assert LogSearch(text, ascii_lower(text)).found(regex)


def test_folds_to_ascii_is_every_character_re_takes_for_an_ascii_one():
    """re.IGNORECASE matches these four characters outside ASCII, and no others, with an ASCII character."""
    found = set(re.findall("[\x00-\x7f]", _ALL, re.IGNORECASE))
    for ch in map(chr, range(128)):
        found.update(re.findall(re.escape(ch), _ALL, re.IGNORECASE))
    assert found == set(_FOLDS_TO_ASCII)


def test_caseless_characters_the_extractor_keeps_fold_to_nothing_else():
    """A character the extractor keeps outside ASCII is caseless (_caseless); re matches such a character, even under
    IGNORECASE, by itself only: re's own case table calls it uncased, no character lower-cases to it, and re's extra
    case pairs (re._casefix) hold none."""
    from re import _casefix  # type: ignore[attr-defined]

    extra = {c for k, vs in _casefix._EXTRA_CASES.items() for c in (k, *vs)}
    # (a character whose simple lower-case differs from it is cased in re's table, so the cased ones are all to read)
    cased = [code for code in range(128, sys.maxunicode + 1) if _sre.unicode_iscased(code)]
    assert len(cased) > 2000
    for code in cased:
        assert not _caseless(chr(code)), hex(code)
        lower = _sre.unicode_tolower(code)
        assert lower < 128 or not _caseless(chr(lower)), hex(code)
    assert all(code in cased or code < 128 for code in extra)
    cat = builtin_catalogue()
    kept = {ch for sig in cat for u in sig.unless_log for g in required_literals(u.pattern, u.flags) or ()
            for lit in g for ch in lit if not ch.isascii()}
    for ch in kept:
        assert re.findall(re.escape(ch), _ALL, re.IGNORECASE) == [ch], hex(ord(ch))


@pytest.mark.parametrize("text", [
    "\u212aUBECTL apply failed",  # the Kelvin sign, which str.lower turns into "k"
    "\u0130ncoming timeout",  # "İ", which str.lower expands to two characters (ascii_lower leaves it)
    "\u0131ncoming timeout",  # "ı"
    "ssl: handshake \u017fsl error",  # "ſ"
    "kubectl apply failed, incoming timeout, ssl error",
])
def test_log_search_answers_as_a_plain_search_where_re_folds_to_ascii(text):
    patterns = [re.compile(p, re.I | re.M) for p in
                ("kubectl apply failed", "incoming timeout", r"\bssl error", "handshake ssl error", "absent words")]
    for regex in patterns:
        assert LogSearch(text, ascii_lower(text)).found(regex) == (regex.search(text) is not None), regex.pattern


class _Counted:
    def __init__(self, pattern: str, flags: int) -> None:
        self.regex = re.compile(pattern, flags)
        self.pattern, self.flags, self.calls = self.regex.pattern, self.regex.flags, 0

    def search(self, text: str):
        self.calls += 1
        return self.regex.search(text)


def test_log_search_reads_a_shared_pattern_once_and_skips_one_whose_literal_is_absent():
    text = "step 1\nconnection refused by upstream\n"
    search = LogSearch(text, ascii_lower(text))
    first, second = _Counted("refused by upstream", re.I | re.M), _Counted("refused by upstream", re.I | re.M)
    assert search.found(first) and search.found(second)
    assert first.calls + second.calls == 1
    absent = _Counted(r"\bdisconnected, because no message in \d+", re.I | re.M)
    assert not search.found(absent)
    assert absent.calls == 0  # "disconnected, because no message in " is not in the log


@pytest.mark.slow
def test_log_search_answers_as_plain_search_for_every_unless_log_on_real_logs():
    """Every distinct unless_log pattern of the catalogue, on the development set's logs and a text of the characters
    re folds to ASCII: LogSearch's answer is the plain search's."""
    texts = [json.loads(line)["log"] for line in shared_file("eval", "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    texts.append("\u0130stanbul KELVIN \u212a Stra\u00dfe \u017f\nECONNRESET\n  Killed\nFAILED x\nconnection RESET by peer")
    patterns = {(u.pattern, u.flags): u for sig in builtin_catalogue() for u in sig.unless_log}
    matched = skipped = 0
    for text in texts:
        search = LogSearch(text, ascii_lower(text))
        for regex in patterns.values():
            plain = regex.search(text) is not None
            assert search.found(regex) == plain, regex.pattern
            matched += plain
            skipped += not _holds(log_literals(regex.pattern, regex.flags), text)
    assert matched > 100 and skipped > 10 * matched  # the corpus exercises both answers


def _possible_by_asking_each(cat, literals):
    out = []
    for sig in cat:
        allowed = [m for m in sig.matchers if m.possible(literals)]
        if allowed:
            out.append((sig, allowed))
    return out


def test_possible_matchers_lists_what_asking_each_matcher_lists():
    cat = builtin_catalogue()
    every = set(cat._literal_index[1])
    found = cat.literals_in(ascii_lower("npm ERR! network read ECONNRESET\nconnection refused\nTimeout waiting\n"))
    for literals in (set(), found, every, {lit for lit in every if len(lit) % 2}, {lit for lit in every if "e" in lit}):
        assert cat.possible_matchers(literals) == _possible_by_asking_each(cat, literals)


@pytest.mark.slow
def test_possible_matchers_lists_what_asking_each_matcher_lists_on_real_logs():
    cat = builtin_catalogue()
    for line in shared_file("eval", "dev.jsonl").read_text(encoding="utf-8").splitlines():
        literals = cat.literals_in(ascii_lower(json.loads(line)["log"]))
        assert cat.possible_matchers(literals) == _possible_by_asking_each(cat, literals)


def _literals_by_brute_force(cat, lowered: str) -> set[str]:
    return {literal for literal in cat._literal_index[1] if literal in lowered}


@pytest.mark.parametrize("text", [
    "npm ERR! network read ECONNRESET\nconnection refused\n",
    # lines that repeat: read once per distinct line, a literal that holds a newline read in the whole log
    "compiling module of many\n" * 40 + "remote execution failure:\nfoo\n",
    "remote execution failure:\n" * 10,
    "foo\nremote execution failure:" * 10,  # (the last line ends without a newline: the literal is not in the log)
    "x\nerror: failed to download from mirror set\n" * 5,
    "\n" * 100 + "connection reset by peer",
])
def test_literals_in_finds_every_literal_of_the_index_in_the_log(text):
    cat = builtin_catalogue()
    lowered = ascii_lower(text)
    assert cat.literals_in(lowered) == _literals_by_brute_force(cat, lowered)


@pytest.mark.slow
def test_literals_in_finds_every_literal_of_the_index_in_real_logs():
    cat = builtin_catalogue()
    for line in shared_file("eval", "dev.jsonl").read_text(encoding="utf-8").splitlines():
        lowered = ascii_lower(json.loads(line)["log"])
        assert cat.literals_in(lowered) == _literals_by_brute_force(cat, lowered)
        repeated = "\n".join(lowered.split("\n") * 2)  # (every line twice: read once per distinct line)
        assert cat.literals_in(repeated) == _literals_by_brute_force(cat, repeated)


# --- a long log is searched near the literals only -------------------------------------------------------------------

@pytest.mark.parametrize(("pattern", "flags", "reach"), [
    ("connection refused", re.I, 0),
    (r"foo[^\n]*\n[^\n]*bar", 0, 1),
    (r"(?:[^\n]{0,400}\n){0,40}?x", 0, 40),
    (r"abc(?![^\n]{0,9}\n[^\n]*zzz)", 0, 1),  # (a lookahead's newline counts: it reads the next line)
    (r"(?<=\n)abc", 0, 1),
    (r"abc\s*def", 0, None),  # (\s reads newlines, as many as there are)
    (r"abc[\s\S]{0,5}def", 0, 5),
    (r"(?s)abc.{0,3}def", 0, 3),
    (r"abc.{0,3}def", 0, 0),
    (r"abc[^x]{0,2}", 0, 2),
    (r"(abc)\n\1", 0, None),  # (a backreference: unknown)
    (r"\d+ failed\b", 0, 0),
])
def test_newline_reach_counts_what_a_match_can_read(pattern, flags, reach):
    assert newline_reach(pattern, flags | re.M) == reach


def _long_log(*inserts: tuple[int, str]) -> str:
    lines = [f"compiling module {i} of many, nothing to see here" for i in range(3000)]
    for at, text in inserts:
        lines[at] = text
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("pattern", "inserts", "found"), [
    (r"foo[^\n]*\n[^\n]*bar", [(100, "foo"), (101, "bar")], True),
    (r"foo[^\n]*\n[^\n]*bar", [(100, "foo"), (102, "bar")], False),
    (r"foo[^\n]*\n[^\n]*bar", [(2998, "foo"), (2999, "xbar")], True),  # (the log's last line)
    # a lookahead that reads the next line: the cut must not hide "zzz" from it
    (r"abc(?![^\n]{0,9}\n[^\n]*zzz)", [(500, "abc"), (501, "zzz")], False),
    (r"abc(?![^\n]{0,9}\n[^\n]*zzz)", [(500, "abc"), (502, "zzz")], True),
    # the end of the text and of a line: a cut one line lower must not read as the end
    (r"failed to fetch\n\Z", [(2999, "failed to fetch")], True),
    (r"failed to fetch\n\Z", [(1500, "failed to fetch")], False),
    (r"failed to fetch$", [(1500, "failed to fetch")], True),
    (r"failed to fetch\b", [(1500, "failed to fetchx")], False),
    # a lookbehind reads above the window's first line
    (r"(?<=here\n)npm err! network", [(700, "npm ERR! network")], True),
    (r"(?<=xyz\n)npm err! network", [(700, "npm ERR! network")], False),
    (r"^npm err! network", [(700, "npm ERR! network")], True),
    (r"\Anpm err! network", [(700, "npm ERR! network")], False),
    # many literals: the whole log is searched
    (r"compiling module \d+ of", [], True),
])
def test_log_search_near_the_literals_answers_as_a_plain_search(pattern, inserts, found):
    text = _long_log(*inserts)
    regex = re.compile(pattern, re.I | re.M)
    search = LogSearch(text, ascii_lower(text))
    assert (regex.search(text) is not None) == found
    assert search.found(regex) == found
    if newline_reach(regex.pattern, regex.flags) is not None and "compiling" not in pattern and r"\A" not in pattern:
        assert search.windows(regex) is not None  # (the windows were read, not the whole log)


def test_a_scan_reads_the_same_lines_near_the_literals_as_over_the_whole_log():
    """_ScanText's matched lines of every matcher that can match a long log, read in windows, are those a plain search
    of the whole log reads (the walk: each match, then from the line after it)."""
    from triage_agent.classify.rules import _ScanText

    text = _long_log((10, "npm ERR! network read ECONNRESET"), (1200, "Error: connect ECONNREFUSED 127.0.0.1:5432"),
                     (1201, "    at TCPConnectWrap.afterConnect"), (2500, "FAILED tests/test_x.py::test_y - assert 1 == 2"),
                     (2998, "curl: (6) Could not resolve host: example.org"))
    cat = builtin_catalogue()
    read = _ScanText(cat, text)
    windowed = 0
    for _, matchers in read.possible:
        for matcher in matchers:
            hay = read.lowered if matcher.on_lowered else text
            plain, pos = [], 0
            while pos <= len(hay) and (m := matcher.regex.search(hay, pos)) is not None:
                if not matcher.accepts(hay, m.start()):
                    pos = m.start() + 1
                    continue
                first = m.start() + len(m.group()) - len(m.group().lstrip())
                idx = text.count("\n", 0, first)
                plain.append((idx, first))
                pos = read.starts[idx] + len(read.lines[idx]) + 1
            assert list(read.matched_lines(matcher)) == plain, matcher.regex.pattern
            windowed += read.whole_log.windows(matcher.regex) is not None
    assert windowed > 20  # (the windows were read for many of them)


@pytest.mark.slow
def test_log_search_near_the_literals_answers_as_plain_search_for_every_unless_log():
    """Every distinct unless_log pattern on a long log made of the development set's logs one after another."""
    texts = [json.loads(line)["log"] for line in shared_file("eval", "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    text = "\n".join(texts)[:200_000]
    patterns = {(u.pattern, u.flags): u for sig in builtin_catalogue() for u in sig.unless_log}
    search = LogSearch(text, ascii_lower(text))
    windowed = matched = 0
    for regex in patterns.values():
        plain = regex.search(text) is not None
        assert search.found(regex) == plain, regex.pattern
        matched += plain
        windowed += search._windows.get((regex.pattern, regex.flags)) is not None
    assert windowed > 40 and matched > 20
