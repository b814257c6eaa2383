"""Logs holding one of the four characters outside ASCII that re.IGNORECASE matches with an ASCII letter ("İ" and
"ı" as i, "ſ" as s, the Kelvin sign as k): Java or .NET upper-casing under a Turkish locale prints
"CONNECTİON REFUSED". The engine reads a case-insensitive pattern case-sensitively on a lower-cased copy of the log
(catalogue.compile_matcher, ascii_lower); before the copy wrote these four as their ASCII letter, such a log read
unknown where the same words in ASCII read their entry, though the pattern as written matches both."""

from __future__ import annotations

import re

import pytest
from judging import judge, signatures

from triage_agent.classify.catalogue import _FOLDS_TO_ASCII, ascii_lower, builtin_catalogue

_GHA = "##[error]Process completed with exit code 1.\n"

# (id, the log in ASCII, the same log with one folding character in the failing words)
PAIRS = [
    ("turkish-connection-refused", "ERROR: CONNECTION REFUSED\n" + _GHA, "ERROR: CONNECT\u0130ON REFUSED\n" + _GHA),
    ("dotless-i-connection-refused", "Error: connection refused\n" + _GHA, "Error: connect\u0131on refused\n" + _GHA),
    ("long-s-resolve-host", "curl: (6) Could not resolve host: example.org\n" + _GHA,
     "curl: (6) Could not re\u017folve host: example.org\n" + _GHA),
    ("kelvin-killed", "make: *** [Makefile:12: build] Killed\n" + _GHA,
     "make: *** [Makefile:12: build] \u212ailled\n" + _GHA),
]


@pytest.mark.parametrize(("plain", "folded"), [(p, f) for _, p, f in PAIRS], ids=[c[0] for c in PAIRS])
def test_a_folding_character_reads_as_its_ascii_letter(plain: str, folded: str) -> None:
    a, b = judge(plain), judge(folded)
    assert a.verdict != "unknown"  # the ASCII log is read by an entry, so the pair says something
    assert (b.verdict, round(b.confidence, 4), signatures(b)) == (a.verdict, round(a.confidence, 4), signatures(a))


def test_ascii_lower_keeps_every_position_and_writes_the_four_as_ascii() -> None:
    text = "A \u0130stanbul \u0131 \u017f \u212a \u00c9t\u00e9 Stra\u00dfe"
    lowered = ascii_lower(text)
    assert len(lowered) == len(text)
    assert lowered == "a istanbul i s k \u00c9t\u00e9 stra\u00dfe"  # İ expands under str.lower: ASCII-only lowering
    assert not any(ch in ascii_lower("x" + ch) for ch in _FOLDS_TO_ASCII)


def test_rewritten_patterns_agree_with_the_patterns_as_written_on_folding_characters() -> None:
    """Every case-insensitive catalogue pattern the engine runs on the lowered copy, against a line of its own
    required literals with each i, s and k written as a folding character: the rewritten pattern matches the copy
    exactly where the pattern as written matches the line."""
    swap = {"i": "\u0130", "s": "\u017f", "k": "\u212a"}
    checked = 0
    for sig in builtin_catalogue():
        for matcher in sig.matchers:
            if not matcher.on_lowered or not matcher.groups:
                continue
            words = " ".join(group[0] for group in matcher.groups)
            line = "".join(swap.get(ch, ch) for ch in words)
            if line == words:
                continue
            original = next((r for r in sig.patterns if r.flags & re.IGNORECASE and _same(r, matcher)), None)
            if original is None:
                continue
            checked += 1
            assert (original.search(line) is not None) == matcher.test_line(line, ascii_lower(line)), original.pattern
    assert checked > 100


def _same(regex: re.Pattern[str], matcher) -> bool:
    from triage_agent.classify.catalogue import compile_matcher

    return compile_matcher(regex) == matcher
