"""(twenty-sixth round, misses26) A test runner's row for a failed test whose own output, printed right below it, holds
the failure's cause.

meson's test runner prints one row per test ("188/257 proj:suite / name   FAIL   0.01s   exit status 1") and, with
--print-errorlogs, the failed test's reproducer line (">>> ENV=... /path/to/test") and its captured "stdout:"/"stderr:"
blocks between scissor rules, before the next row (mesonbuild/meson mtest.py and docs/markdown/snippets/
meson_test_logs.md: the error logs are printed as tests run; the layout of the block recalled, not read line for line).
Where that block holds an outage's own line (an address already in use, a refused connection, a time limit), the row
is how the runner reports that very failure, not a second, independent witness against it: the row then reads as the
runner's other failed-test rows do (CTest's "Test #7: name ...***Failed", read by the "test-failure" summary entry),
as a Go test's "--- FAIL" or a pytest "FAILED" line above the same error already do. A block that also holds an
assertion's, a compiler's or another error of the code keeps the row's own weight (evidence: the layout; assumption: a
test's stderr that names an outage and no error of the code failed on that outage).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from .catalogue import Catalogue
from .line_checks import _OWN_FAILURE_CATEGORIES
from .placement import _OUTAGE_CATEGORIES, _SUMMARY_IDS, _SYMPTOM_IDS, _Hit

# the runner rows read this way, and the summary entry they then read as
_OWN_OUTPUT_ROW_IDS = frozenset({"meson-test-row-failed"})
_SUMMARY_ID = "test-failure"
# where a row's own output ends: the runner's next row, its closing summary ("Ok:", "Summary of Failures:"), at most
# _BLOCK_LINES lines below
_NEXT_ROW = re.compile(r"(?-i:^\s*\d+/\d+ \S|^(?:Ok|Fail|Summary of Failures):)")
_BLOCK_LINES = 200


def _block_end(lines: list[str], row: int) -> int:
    end = min(len(lines), row + 1 + _BLOCK_LINES)
    for i in range(row + 1, end):
        if _NEXT_ROW.match(lines[i][:300]):
            return i
    return end


def demote_explained_rows(hits: Sequence[_Hit], lines: list[str], catalogue: Catalogue,
                          strong: float) -> list[_Hit]:
    """The hits with each failed row of _OWN_OUTPUT_ROW_IDS whose own output holds a strong outage's line (weight
    ``strong`` or more: the engine's strong-cause weight) and no error of the code, read as the summary entry's line
    instead."""
    summary = catalogue.get(_SUMMARY_ID)
    rows = {id(h) for h in hits if h.sig.id in _OWN_OUTPUT_ROW_IDS and h.source == "log"}
    if summary is None or not rows:
        return list(hits)
    # the log's hits by line, for each row's block (bisect: a log of many rows stays linear)
    placed = sorted((o.index, k) for k, o in enumerate(hits) if o.source == "log")
    starts = [i for i, _ in placed]
    out: list[_Hit] = []
    demoted: set[str] = set()
    for h in hits:
        if id(h) in rows:
            end = _block_end(lines, h.index)
            lo, hi = bisect.bisect_right(starts, h.index), bisect.bisect_left(starts, end)
            inside = [hits[k] for _, k in placed[lo:hi]]
            cause = any(o.sig.leaning == "transient" and o.sig.category in _OUTAGE_CATEGORIES
                        and o.sig.weight >= strong for o in inside)
            own_error = any(o.sig.leaning == "real" and o.sig.category in _OWN_FAILURE_CATEGORIES
                            and o.sig.id not in _SUMMARY_IDS and o.sig.id not in _SYMPTOM_IDS for o in inside)
            if cause and not own_error:
                out.append(_Hit(summary, h.index, h.line, h.column, h.source, h.retry))
                demoted.add(h.line.strip())
                continue
        out.append(h)
    # (review26_b) the same row again, word for word, below: meson's "Summary of Failures:" lists each failed test's row
    # once more after the run (mtest.py, recalled), with no output of its own; it is that row's report again
    if demoted:
        out = [_Hit(summary, h.index, h.line, h.column, h.source, h.retry)
               if id(h) in rows and h.line.strip() in demoted else h for h in out]
    return out
