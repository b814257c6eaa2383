"""Whether the job went on below a line to another command or step, no failed exit between: a catalogue pattern's guard.

A pattern in an entry's list may be written {pattern = '...', unless_went_on = "<name>"} (signatures.toml): a line it
matches is then no evidence where the named guard finds that the job went on below it. A lint step that only warns
exits 0 (yamllint without --strict, dotnet format without --verify-no-changes, "semgrep scan" without --error): where
the job's next command or step follows its findings with no failed exit between, what failed is below them.

(perf30) Each guard was a negative lookahead at the end of its patterns (review29_b), up to 400 lines long, read again
for every finding: on a megabyte of findings, findings x window. Here the lines that end the look (a next command, a
failed exit, a line too long to step over) are listed once per text, and each finding asks for the first one below it
(bisect). The answers are the lookahead's: for a match ending ``rest`` or fewer characters before its line's end, the
lookahead '(?![^\\n]{0,rest}\\n(?:(?!FAILED_EXIT)[^\\n]{0,longest}\\n){0,lines}?(?:TARGET))' failed (the guard holds)
exactly when, among the lines below, the first that is either TARGET (at its start) or not a line the repetition
steps over (FAILED_EXIT at its start, longer than ``longest``) is TARGET, with at most ``lines`` lines between it and
the match's. (The repetition cannot step over the text's last line either, which no newline ends; but nothing is
below it to find, so it need not be listed.) The sub-patterns are the lookahead's own, compiled case-insensitively as
the guarded entries' patterns are (none is case_sensitive), and read at each line's start (none reads past its line).
tests/unit/test_lint_guard30.py keeps the lookaheads as the oracle. Pure: no I/O, no clock.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# (review29_b) a failed exit the look does not step over: GitHub's "Process completed with exit code 1" before an
# always() step, Travis's 'The command "..." exited with 1' before its next command, GitLab's after_script
_FAILED_EXIT = (r'Running after_?script\b|(?:##\[error\])?Process completed with exit code [1-9]'
                r'|The command "[^\n]{0,400}" exited with [1-9]')
# the job's next command or step: an echoed "$ " command, GitHub's "##[group]Run " step header
_NEXT_STEP = r"##\[group\]Run |\$ "
# (the catalogue's flags for an entry that is not case_sensitive; every guarded entry is read with them)
_FLAGS = re.MULTILINE | re.IGNORECASE


@dataclass(frozen=True)
class WentOn:
    """One guard: the job went on where a ``target`` line (from its start) sits below the match's line with at most
    ``lines`` lines between, each of them at most ``longest`` characters and none a failed exit, and the match ends
    ``rest`` or fewer characters before its own line's end."""

    lines: int
    longest: int
    rest: int
    target: re.Pattern[str]
    # (perf31) whether a failed exit ends the look (the lint guards': a step that failed there is what failed); a look
    # for a line the job's own agent printed below its stop line is ended by no exit of the job's
    failed_exit_ends: bool = True


# The guards by name (a pattern's unless_went_on).
GUARDS: dict[str, WentOn] = {
    # (review29_b) yamllint's parsable findings and dotnet format's warning codes (lint-as-warning): the next command
    # or step within 400 lines, each at most 2,000 characters; the patterns read to their line's end
    "lint_step": WentOn(400, 2000, 0, re.compile(_NEXT_STEP, _FLAGS)),
    # (review29_b) Semgrep's findings count (static-analyzer-findings-summary): the next command or step within 40
    # lines of at most 400 characters, or Semgrep's own "No blocking findings" (semgrep ci's findings no policy blocks)
    # within its line's first 100 characters; at most 400 characters after the count on its line
    "semgrep_scan": WentOn(40, 400, 400, re.compile(r"[^\n]{0,100}\bNo blocking findings\b|" + _NEXT_STEP, _FLAGS)),
    # (perf31) the other way round, {pattern = '...', if_went_on = "<name>"}: a line it matches counts only where the
    # look finds its target. The Buildkite agent's revoked job token below its own stop line (signatures.toml
    # ci-agent-stopped-job-token-revoked): within 300 lines of at most 2,000 characters, the agent's wording within the
    # line's first 400 characters, case-sensitive (the entry's (?-i:...)); no failed exit ends this look
    "agent_token_revoked": WentOn(300, 2000, 0, re.compile(
        r"[^\n]{0,400}?(?:\bInvalid access token, cancelling job\b|\(access token is invalid\)"
        r"|\b401 Unauthorized: Invalid access token\b)", re.MULTILINE), failed_exit_ends=False),
}
# (perf31) the guards a pattern's if_went_on names (the others are unless_went_on's)
IF_GUARDS = frozenset({"agent_token_revoked"})

_FAILED_EXIT_LINE = re.compile(f"^(?:{_FAILED_EXIT})", _FLAGS)


class WentOnIndex:
    """The lines of one text (``text.split("\\n")``, their offsets ``starts``) that end a guard's look, listed once per
    guard on first use: each finding then asks for the first one below it."""

    def __init__(self, text: str, lines: list[str], starts: list[int]) -> None:
        self._text, self._lines, self._starts = text, lines, starts
        self._failed_exits: list[int] | None = None
        self._stops: dict[str, tuple[list[int], set[int]]] = {}

    def _line_of(self, offset: int) -> int:
        return bisect_right(self._starts, offset) - 1

    def _stops_of(self, name: str) -> tuple[list[int], set[int]]:
        """(the lines that end guard ``name``'s look, in order; those of them that are its target)."""
        got = self._stops.get(name)
        if got is None:
            guard = GUARDS[name]
            if self._failed_exits is None and guard.failed_exit_ends:
                self._failed_exits = [self._line_of(m.start()) for m in _FAILED_EXIT_LINE.finditer(self._text)]
            at_start = re.compile(f"^(?:{guard.target.pattern})", guard.target.flags)
            targets = {self._line_of(m.start()) for m in at_start.finditer(self._text)}
            longest = guard.longest
            stops = set(self._failed_exits or ()) | targets
            stops.update(j for j, line in enumerate(self._lines) if len(line) > longest)
            got = self._stops[name] = (sorted(stops), targets)
        return got

    def went_on(self, name: str, idx: int, rest: int) -> bool:
        """Whether guard ``name`` holds for a match on line ``idx`` that ends ``rest`` characters before the line's
        end: the first line below that ends the look is a target, at most the guard's ``lines`` lines below."""
        guard = GUARDS[name]
        if rest > guard.rest:
            return False
        stops, targets = self._stops_of(name)
        k = bisect_right(stops, idx)
        if k == len(stops):
            return False
        j = stops[k]
        return j in targets and j - idx - 1 <= guard.lines
