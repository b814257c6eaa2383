"""Word pre-checks that skip a regex where a text holds none of its words (polish27, item 1): checked, not trusted.

values_time._may_hold(text, words) runs a pattern only where an ASCII text holds one of ``words`` (a non-ASCII text is
always searched), and core.logtext.is_error_line runs ERROR_MARKER only where a line holds one of _ERROR_HINTS (or
pytest's "E   "). Each is exact only while every alternative of its pattern needs one of the words. Covered:
  * every (pattern, words) pair in use: each top-level alternative of the parsed pattern (re's own parser, as the
    catalogue's literal extractor reads it) has a run of literal characters, or a part every match has, that holds
    one of the words; ERROR_MARKER's pytest "E" alternative excepted and read by _E_SPACES instead;
  * every call of _may_hold in the package names a pair of this table, in a statement that searches that pair's
    pattern (a new pair, or a call guarding another pattern, fails here until it is added and proved);
  * on every log line of the labelled sets and tests/data, a line the pattern matches is one the pre-check lets
    through (and is_error_line answers as its pattern does);
  * (a bug at 8521a9d) is_error_line on a line whose error word holds a character re.IGNORECASE takes for an ASCII
    letter and str.lower does not ("FAİLED", "faıled", "no ſpace left"): ERROR_MARKER matched, the hints said no.
Lines are made up.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from shared_data import SHARED, shared_path

import triage_agent.classify as classify_package
from triage_agent.classify import values_dates, values_time
from triage_agent.classify.catalogue import _sre_c, _sre_parser
from triage_agent.core import logtext

# words name -> (module, pattern name): every pair _may_hold is called with
PAIRS = {
    "_FAKE_CLOCK_WORDS": (values_time, "_FAKE_CLOCK"),
    "_TIME_ARITHMETIC_WORDS": (values_time, "_TIME_ARITHMETIC"),
    "_ARITHMETIC_HINTS": (values_dates, "_DATE_ARITHMETIC"),
}
_WORDS_HOME = {"_FAKE_CLOCK_WORDS": values_time, "_TIME_ARITHMETIC_WORDS": values_time, "_ARITHMETIC_HINTS": values_dates}


def _alternatives(regex: re.Pattern[str]) -> list:
    """The top-level alternatives of ``regex`` as parse trees (groups around the whole pattern unwrapped)."""
    seq = list(_sre_parser.parse(regex.pattern, regex.flags))
    while len(seq) == 1 and seq[0][0] is _sre_c.SUBPATTERN:
        seq = list(seq[0][1][-1])
    if len(seq) == 1 and seq[0][0] is _sre_c.BRANCH:
        return list(seq[0][1][1])
    return [seq]


def _needs_a_word(seq, words: tuple[str, ...]) -> bool:
    """Whether every match of the parse tree ``seq`` holds one of ``words`` (lower-case) in its lower-cased text: a run
    of literal characters it matches holds one, or a part every match has (a group, a repetition at least once, a
    branch each of whose alternatives does) does. Conservative: a word across a run and a group is not read."""
    run: list[str] = []
    for op, av in seq:
        if op is _sre_c.LITERAL:
            run.append(chr(av).lower())
            continue
        if any(w in "".join(run) for w in words):
            return True
        run.clear()
        if op is _sre_c.SUBPATTERN and _needs_a_word(av[-1], words):
            return True
        if op is getattr(_sre_c, "ATOMIC_GROUP", None) and _needs_a_word(av, words):
            return True
        if op is _sre_c.BRANCH and all(_needs_a_word(branch, words) for branch in av[1]):
            return True
        if op in _REPEATS and av[0] >= 1 and _needs_a_word(av[2], words):
            return True
    return any(w in "".join(run) for w in words)


_REPEATS = {_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, getattr(_sre_c, "POSSESSIVE_REPEAT", _sre_c.MAX_REPEAT)}


def _pairs():
    for words_name, (module, pattern_name) in PAIRS.items():
        yield words_name, getattr(module, pattern_name), getattr(_WORDS_HOME[words_name], words_name)


@pytest.mark.parametrize("words_name", sorted(PAIRS))
def test_each_alternative_of_a_may_hold_pattern_needs_one_of_its_words(words_name):
    module, pattern_name = PAIRS[words_name]
    regex, words = getattr(module, pattern_name), getattr(_WORDS_HOME[words_name], words_name)
    assert all(w == w.lower() for w in words)
    alternatives = _alternatives(regex)
    assert len(alternatives) > 1  # the walk reads the pattern's own alternatives, not one opaque item
    missing = [str(a) for a in alternatives if not _needs_a_word(a, words)]
    assert not missing, f"{pattern_name}: alternatives without one of {words_name}: {missing}"


def test_the_walk_catches_an_alternative_without_a_word():
    regex = re.compile(r"(?i)freeze_?time|\bfrozen|(?:sleep|wait)_?for")
    assert [_needs_a_word(a, ("freeze", "frozen")) for a in _alternatives(regex)] == [True, True, False]
    # a word in only some literals of the alternative's group is not enough
    assert not _needs_a_word(_alternatives(re.compile(r"(?:round|trunc)_?x|y"))[0], ("round",))


def _may_hold_calls() -> list[tuple[Path, ast.Call, ast.stmt]]:
    """Every call of _may_hold in the package, with the statement it stands in."""
    found = []
    for path in sorted(Path(classify_package.__file__).parent.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for stmt in ast.walk(tree):
            if not isinstance(stmt, ast.stmt):
                continue
            own = [n for n in ast.iter_child_nodes(stmt) if not isinstance(n, ast.stmt)]
            for node in (n for child in own for n in ast.walk(child)):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_may_hold":
                    found.append((path, node, stmt))
    return found


def test_every_may_hold_call_names_a_proved_pair_and_searches_its_pattern():
    calls = _may_hold_calls()
    assert len(calls) >= 5
    for path, call, stmt in calls:
        where = f"{path.name}:{call.lineno}"
        assert len(call.args) == 2 and isinstance(call.args[1], ast.Name), where
        words_name = call.args[1].id
        assert words_name in PAIRS, f"{where}: {words_name} is no pair this test proves"
        pattern_name = PAIRS[words_name][1]
        searched = {n.value.id for n in ast.walk(stmt) if isinstance(n, ast.Attribute)
                    and n.attr in ("search", "match", "fullmatch", "finditer", "findall")
                    and isinstance(n.value, ast.Name)}
        assert pattern_name in searched, f"{where}: {words_name} guards no search of {pattern_name}"


def test_may_hold_searches_every_non_ascii_text():
    # "ſ" is taken for "s" by re.IGNORECASE and str.lower keeps it: no word test on the lower-cased text can say no
    assert values_time._FAKE_CLOCK.search("vi.\u017fetSystemTime(0)")
    assert values_time._may_hold("vi.\u017fetSystemTime(0)", values_time._FAKE_CLOCK_WORDS)
    assert not values_time._may_hold("nothing here", ("clock",))


# ERROR_MARKER: each alternative needs one of _ERROR_HINTS, except pytest's "E   " alternative, which _E_SPACES reads
def test_each_alternative_of_the_error_marker_needs_a_hint_or_is_pytests_e_lines():
    alternatives = _alternatives(logtext.ERROR_MARKER)
    assert len(alternatives) > 10
    without = [a for a in alternatives if not _needs_a_word(a, logtext._ERROR_HINTS)]
    e_lines = _alternatives(re.compile(r"(?i)\bE\s{2,}"))
    assert [repr(list(a)) for a in without] == [repr(list(a)) for a in e_lines]
    # _E_SPACES reads what that alternative matches: an "E" or "e" and two blanks or more
    for text in ("E   assert 1 == 2", "e  x", "E\t\tx", "E \u00a0x"):
        assert logtext._E_SPACES.search(text)


@pytest.mark.parametrize("line", [
    "Build FA\u0130LED in 3 s",              # "İ": lower-cased to "i" and a combining dot
    "job fa\u0131led after 3 s",             # "ı"
    "write: no \u017fpace left on device",   # "ſ"
    "a\u017f\u017fert x == 1",
    "connection refu\u017fed by 10.0.0.7",
])
def test_is_error_line_reads_an_error_word_re_folds_to_ascii(line):
    assert logtext.ERROR_MARKER.search(line)
    assert logtext.is_error_line(line)


@pytest.mark.parametrize("line", ["all done in 3 s", "\u0130stanbul mirror used", "\u212aelvin 273"])
def test_is_error_line_still_says_no_where_the_marker_finds_nothing(line):
    assert not logtext.is_error_line(line)


def _labelled_lines() -> list[str]:
    paths = [Path(__file__).resolve().parents[1] / "data" / "fault_sweep.jsonl"]
    for parts in (("eval", "dev.jsonl"), ("eval", "rebuilt", "own.jsonl")):
        path = shared_path(*parts)
        if path is not None:
            paths.append(path)
    paths += sorted((SHARED / "eval" / "sets").glob("*.jsonl"))
    lines: set[str] = set()
    for path in paths:
        for row in path.read_text(encoding="utf-8").splitlines():
            if row.strip():
                lines.update(json.loads(row).get("log", "").splitlines())
    return sorted(lines)


# made-up lines each pair's pattern matches, so the check below is exercised whichever shared sets are present (CI may
# hold the development set alone, whose lines match none of _FAKE_CLOCK's words)
_MADE_UP = (
    "    with freeze_time('2024-02-29'):",
    "  jest.useFakeTimers(); vi.setSystemTime(new Date(0))",
    "Clock.fixed(Instant.EPOCH, ZoneOffset.UTC) expected <1> but was <2>",
    "FAIL: test_round_to_seconds (tests.test_time.TimeTest)",
    "--- FAIL: TestParseDuration (0.00s)",
    "AssertionError: add_days(date(2024, 2, 28), 1) != date(2024, 3, 1) in test_business_days",
    "expected: date.today() + 1 but was 2024-01-02 (time_zone Europe/Berlin)",
)


@pytest.mark.slow
def test_on_every_labelled_line_a_match_passes_its_pre_check():
    lines = _labelled_lines() + list(_MADE_UP)  # (tests/data and these alone where the shared sets are absent)
    for words_name, regex, words in _pairs():
        matched = [ln for ln in lines if regex.search(ln)]
        assert matched, words_name  # the lines exercise the pair
        assert all(values_time._may_hold(ln, words) for ln in matched), words_name
    for ln in lines:
        plain = bool(logtext.ERROR_MARKER.search(ln)) and not logtext._NOT_AN_ERROR.search(ln)
        assert logtext.is_error_line(ln) == plain, ln
