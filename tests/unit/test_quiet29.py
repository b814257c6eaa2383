"""Twenty-ninth round, quiet29: failures whose excerpt carries no error word, and three leftovers.

Leftovers: (1) structure._SEGMENTS, the separators a shell command is split on, tried blanks from every blank of a
run: now from the first of a run only, the same splits (a randomized equivalence test with the old pattern kept here
as the oracle; the time is benchmarks/linear_time.py's row, no test times it); (2) a diagnostic located in Go's
module cache ("/go/pkg/mod/<module>@v1.2.3/<file>.go:10:5: ...") reads as file-diagnostic, as other installed-code
paths do (an error there counts, a warning there does not); (3) a run of blanks at a line's start taken
possessively in solver-conflict's Go ambiguous-import unless and in five other patterns of the same shape (a blank
run then an optional mark then blanks: property-test-nondeterministic, async-test-timeout's unless,
transient-wording's unless, gettext-catalog-check-failed's unless): the same matches (each old pattern kept here as
an oracle), linear in a 50,000-blank line.

Every log line here is made up (paths, modules, names); no project's CI log is copied.
"""

from __future__ import annotations

import random
import re

import pytest
from judging import judge, signatures

from triage_agent.classify import structure
from triage_agent.classify.catalogue import builtin_catalogue

# --- (1) _SEGMENTS ------------------------------------------------------------------------------------------------

_OLD_SEGMENTS = re.compile(r"\s*(?:&&|\|\||;|\|)\s*|\b(?:then|do|else)\b")
_SHELL_TOKENS = (" ", "  ", "\t", "\n", "&", "&&", "|", "||", ";", "a", "b", "then", "do", "else", "x1", "-", "fi",
                 "if ", "done", "gofmt -l .", "$(", ")")


def test_segments_split_as_the_old_pattern_did():
    rnd = random.Random(2029)
    assert structure._SEGMENTS.pattern != _OLD_SEGMENTS.pattern
    for _ in range(60_000):
        command = "".join(rnd.choice(_SHELL_TOKENS) for _ in range(rnd.randint(0, 16)))
        assert structure._SEGMENTS.split(command) == _OLD_SEGMENTS.split(command), repr(command)


def test_segments_on_a_long_blank_run_still_split_the_chain():
    """Guard (passes at the base too): a chain with long blank runs splits as before."""
    command = "make gen" + " " * 5000 + "&& gofmt -l ." + " " * 5000 + "x"
    assert structure._SEGMENTS.split(command) == _OLD_SEGMENTS.split(command)


# --- (2) Go's module cache ----------------------------------------------------------------------------------------

_MODCACHE_ERROR = ("/home/runner/go/pkg/mod/github.com/quillware/ledgerkit@v1.10.9/store/conn.go:88:12: cannot assign "
                   "to struct field c.buf in map\nError: Process completed with exit code 1.\n")


def test_error_in_go_module_cache_reads_as_file_diagnostic():
    v = judge(_MODCACHE_ERROR)
    assert "file-diagnostic" in signatures(v), v.rationale
    assert v.verdict == "real" and v.category == "compile", v.rationale


def test_error_in_go_module_cache_with_pseudo_version_reads_as_file_diagnostic():
    log = ("/go/pkg/mod/example.org/tern/graph@v0.0.0-20260102030405-abcdef012345/walk.go:14:2: cannot assign "
           "to struct field w.seen in map\n")
    assert "file-diagnostic" in signatures(judge(log))


def test_near_miss_warning_in_go_module_cache_is_no_project_diagnostic():
    """Near-miss guard: a warning located in the module cache stays out, as in other installed-code paths."""
    log = ("/home/runner/go/pkg/mod/github.com/quillware/ledgerkit@v1.10.9/store/conn.go:88:12: warning: ioutil.ReadAll "
           "is deprecated\nError: Process completed with exit code 1.\n")
    v = judge(log)
    assert "file-diagnostic" not in signatures(v) and v.verdict != "real", v.rationale


def test_near_miss_at_sign_without_a_version_is_no_file_path():
    """Near-miss guard: an "@" that is not a module version ("fn@file.js:3:5 ...", a JS engine's frame) is no path."""
    log = "render@/srv/app/static/main.js:3:5 while drawing the chart\n"
    assert "file-diagnostic" not in signatures(judge(log))


# --- (3) blanks taken possessively --------------------------------------------------------------------------------

_OLD = {
    ("solver-conflict", "unless"): r"^ {4,}[^\n]{0,400}?\bambiguous import: found\b",
    ("async-test-timeout", "unless"): r"^\s+[^:\n]*\btimeout of \d+\s*m?s exceeded\b[^:\n]*:\s*$",
    ("transient-wording", "unless"): r"^\s*!?\s*Timed out \(> \d+s\)\. Use --verbose to retry\b",
    ("gettext-catalog-check-failed", "unless"):
        r'(?-i:^\s*[-+]?\s*(?:#~\s*)?msg(?:id|id_plural|str(?:\[\d+\])?|ctxt)\s+")',
    ("property-test-nondeterministic", "patterns"):
        r"^(?:E\s+|FAILED \S+ - |\s*\|?\s*)(?:[\w.]{1,80}: )?Unreliable test timings! On an initial run, this test took ",
}
_TOKENS = (" ", "    ", " " * 40, "\t", "\n", "!", "|", "+", "-", "#~", "x", "E", "foo.bar: ", ":",
           "ambiguous import: found", "timeout of 20ms exceeded", "Timed out (> 30s). Use --verbose to retry",
           'msgid "', 'msgstr "', "Unreliable test timings! On an initial run, this test took ", "FAILED t.py::x - ")


def _new_pattern(entry: str, field: str, old: str) -> re.Pattern[str]:
    sig = builtin_catalogue().get(entry)
    assert sig is not None
    found = [p for p in getattr(sig, field) if isinstance(p, re.Pattern)
             and p.pattern.replace("*+", "*").replace("++", "+").replace("}+", "}") == old]
    assert len(found) == 1 and found[0].pattern != old, (entry, field)
    return found[0]


@pytest.mark.parametrize(("entry", "field"), sorted(_OLD))
def test_possessive_blanks_match_as_the_old_pattern_did(entry, field):
    old = _OLD[(entry, field)]
    new = _new_pattern(entry, field, old)
    oracle = re.compile(old, new.flags)
    rnd = random.Random(hash(entry) & 0xFFFF)
    for _ in range(20_000):
        text = "".join(rnd.choice(_TOKENS) for _ in range(rnd.randint(0, 9)))
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in oracle.finditer(text)], repr(text)
