"""code_shape and the whole engine on megabyte inputs of the shapes that once made the short-excerpt reading slow.

structure.code_shape (the twenty-eighth round's reading of a short excerpt's diagnostic shape) scans located lines,
linters' tables and diffs; its review found inputs that made it, or the patterns it calls, slow: many colons on one
line, tables of a megabyte, diffs of 30,000 lines, long tokens without a path's separator, rows of dashed words.
This prints CPU seconds for code_shape alone and for ``RulesEngine().classify`` on each (1 MB each):

    python benchmarks/code_shape_speed.py [--quick]

(--quick: one run each instead of the best of three.)
"""

from __future__ import annotations

import time

from _common import header, parse_args, table

from triage_agent.classify import structure
from triage_agent.classify.rules import RulesEngine
from triage_agent.core.models import FailureCase

_MB = 1_000_000


def _rep(piece: str, size: int = _MB) -> str:
    return (piece * (size // len(piece) + 1))[:size]


_DIFF_TAIL = "\n--- a/x.txt\n+++ b/x.txt\n@@ -1 +1 @@\n-a b c\n+a b d\n"
SLOW = {
    "colons-one-line": _rep("a.b:1:2:"),
    "colons-lines": _rep(_rep("x.c:1:2:", 1999) + "\n"),
    "located-lines": _rep("src/engine/mix.c:88:12: warning: implicit conversion loses integer precision\n"),
    "table-rows": "theme/base.css\n" + _rep("22:4  \u2716  Expected a trailing semicolon   declaration-block-trailing-semicolon\n"),
    "huge-diff": "diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1,30000 +1,30000 @@\n" + _rep("-old line of text\n+new line of text\n"),
    "many-hunks": "--- a/x\n+++ b/x\n" + _rep("@@ -1,1 +1,1 @@\n-a\n+b\n"),
    "many-file-heads": "".join(f"--- a/x.txt\n+++ b/x.txt\n@@ -1 +1 @@\n-a\n+b{i % 3}\n" for i in range(20000)),
    "slashes": _rep("a/" * 999 + "\n"),
    "signs-no-header-long": _rep("-" + "x" * 1998 + "\n+" + "y" * 1998 + "\n"),
    "brackets-status": _rep("[503] ") + _DIFF_TAIL,
    "dotted-hosts": _rep("a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.com ") + _DIFF_TAIL,
    "long-lines-ending-hung": _rep("x" * 5000 + " hung\n") + _DIFF_TAIL,
    # a status word in one long token without a path's separator, and a row's dashed words where its rule name would be
    # (each stretch and row re-read for the path tokens and the rule name: once, not once from each character)
    "status-in-one-token": _rep("answered-503-") + _DIFF_TAIL,
    "dashed-words-after-locations": _rep("src/timeout/a.c:1:2: warning: x  " + "a-" * 980 + "!\n") + _DIFF_TAIL,
    "volatile-diff": "--- a/x\n+++ b/x\n@@ -1,20000 +1,20000 @@\n"
                     + "".join(f"-at 2024-05-01T10:{i % 60:02d}:00Z id {i}\n" for i in range(20000))
                     + "".join(f"+at 2024-05-01T11:{i % 60:02d}:00Z id {i}\n" for i in range(20000)),
}


def _cpu(fn, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        fn()
        best = min(best, time.process_time() - started)
    return best


def main() -> int:
    args = parse_args(__doc__.splitlines()[0])
    runs = 1 if args.quick else 3
    engine = RulesEngine()
    header("code_shape on megabyte shapes", "python benchmarks/code_shape_speed.py")
    rows = []
    for name in sorted(SLOW):
        text = SLOW[name]
        lines = text.split("\n")
        shape = _cpu(lambda lines=lines: structure.code_shape(lines), runs)
        case = FailureCase.from_dict({"id": name, "log": text, "failed_tests": []})
        whole = _cpu(lambda case=case: engine.classify(case), runs)
        rows.append((name, f"{len(text) / 1e6:.2f}", len(lines), f"{shape:.3f}", f"{whole:.3f}",
                     engine.classify(case).verdict))
    print(table(["shape", "MB", "lines", "code_shape CPU s", "engine CPU s", "verdict"], rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
