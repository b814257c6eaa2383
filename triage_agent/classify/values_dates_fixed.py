"""(review26_b) Dates a calendar day apart that are no clock's "today": a stored value, or a day the job did not run on.

values_dates._day_apart reads two compared dates one day apart as two readings of "today" (two zones, two sides of
midnight). Two shapes show the dates were not read from the clock when the job ran, so a rerun meets them again:
  * a stored value compared with a fresh one: a snapshot test's stored render (Jest's and Vitest's "Snapshot ...
    mismatched", "toMatchSnapshot"), or a generated file a check says is out of date (a stamp written into the committed
    copy): the committed value is yesterday's on every later run (assumption; the words recalled from Jest's and Vitest's
    snapshot reports and from generators' --check messages);
  * the log's own line timestamps (GitHub's, Azure's and GitLab's ISO prefix, Jenkins' timestamper in its ISO form,
    Zuul's), which give the days the job ran: where neither compared date is within a day of any of them, the dates are
    a fixture's or the code's arithmetic, not the clock's (a test's "today" is the run's day in some zone, at most a day
    off the runner's UTC day). A log without such stamps is not read this way.
Used by rules.py beside values_dates._other_values_compared: the day-apart hits these explain are left out. Pure: no I/O,
no clock.
"""

from __future__ import annotations

import re

from .values_dates import _compared_pair, _one_date, _ordinal, _unquote

# a stored value's words in the test's report above the compared pair (or a check's message)
_STORED = re.compile(r"(?i)\bsnapshots?\b|\bout[ -]of[ -]date\b|\bnot up[ -]to[ -]date\b|\bis stale\b|\bregenerat")
_STORED_ABOVE = 15
# a line's own timestamp as a CI system prefixes it (prefixes.py _LINE_PREFIX's ISO forms; `gh run view --log`'s two
# columns before it); the date only
_RUN_STAMP = re.compile(r"(?m)^\ufeff?(?:[^\t\n]{0,200}\t[^\t\n]{0,200}\t\ufeff?)?\[?(\d{4})-(\d\d)-(\d\d)[T ]\d\d:\d\d:\d\d")
# how many stamped lines make the log's own clock (one stamped line may be a program's own output)
_RUN_STAMPS_MIN = 3


def _run_days(raw: str) -> set[int]:
    """The days (proleptic ordinals) the log's own line timestamps name; empty where fewer than _RUN_STAMPS_MIN lines
    carry one."""
    stamps = [_ordinal(*m.groups()) for m in _RUN_STAMP.finditer(raw)]
    return {d for d in stamps if d is not None} if len(stamps) >= _RUN_STAMPS_MIN else set()


def _pair_days(lines: list[str], idx: int) -> list[int] | None:
    """The day numbers the two compared values at ``idx`` may be; None where a value is a relative word or unread."""
    pair = _compared_pair(lines, idx)
    if pair is None:
        return None
    out: list[int] = []
    for value in pair[:2]:
        found = _one_date(_unquote(value).strip())
        if found is None or found[0].kind == "rel":
            return None
        out.extend(found[0].days)
    return out


def _stored_value(lines: list[str], idx: int) -> bool:
    return any(_STORED.search(lines[k][:700]) for k in range(idx, max(-1, idx - 1 - _STORED_ABOVE), -1))


def fixed_days(lines: list[str], day_apart: list[int], raw: str) -> set[int]:
    """The indexes of ``day_apart`` (lines values_dates read as dates a day apart) whose dates are a stored value's or
    lie off every day the log's own timestamps name."""
    out = {idx for idx in day_apart if _stored_value(lines, idx)}
    rest = [idx for idx in day_apart if idx not in out]
    if not rest:
        return out
    run = _run_days(raw)
    if not run:
        return out
    for idx in rest:
        days = _pair_days(lines, idx)
        if days is not None and not any(abs(d - r) <= 1 for d in days for r in run):
            out.add(idx)
    return out
