r"""Every labelled case's verdict, kept and compared: did a change move any case, and which way?

A change to the catalogue or the engine is checked against every labelled case there is: the development
set (``../shared/eval/dev.jsonl``), the held-out cases rebuilt from public datasets
(``../shared/eval/rebuilt/own.jsonl``, ``scripts/rebuild_heldout.py``), the fault sweep
(``tests/data/fault_sweep.jsonl``) and any blind thread sets named with ``--extra``. Save the verdicts at
one commit, then compare another with them:

    python benchmarks/labelled_moves.py --save /tmp/before.json          # at the base commit
    python benchmarks/labelled_moves.py --against /tmp/before.json       # after the change

It prints each set's transient precision and recall and its unknowns, then every case whose verdict
changed, marked "to its label", "away from its label" or "other". Sets whose files are absent (a clone
without ../shared) are said to be absent and left out. Exit status 1 when a case moved away from its label.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from _common import REPO, header, parse_args, progress, table

from triage_agent.classify.rules import RulesEngine
from triage_agent.core.models import FailureCase

SHARED = Path(os.environ.get("TRIAGE_AGENT_SHARED") or REPO.parent / "shared")
SETS = {
    "dev": SHARED / "eval" / "dev.jsonl",
    "rebuilt": SHARED / "eval" / "rebuilt" / "own.jsonl",
    "fault-sweep": REPO / "tests" / "data" / "fault_sweep.jsonl",
}


def with_extra(sets: dict[str, Path], paths: list[str]) -> dict[str, Path]:
    """Add each labelled file of ``paths`` to ``sets`` under its name without ".jsonl"; where that name is taken by
    another file (``sets/rebuilt.jsonl`` beside the built-in ``rebuilt``, two parts' ``own.jsonl``), under its folder's
    name and its own ("sets/rebuilt"), then with a number: one set never replaces another."""
    for raw in paths:
        path = Path(raw)
        name = path.stem
        if name in sets and sets[name].resolve() != path.resolve():
            name = f"{path.parent.name}/{path.stem}"
        base, n = name, 2
        while name in sets and sets[name].resolve() != path.resolve():
            name, n = f"{base} ({n})", n + 1
        sets[name] = path
    return sets


def _args():
    def extra(parser):
        parser.add_argument("--save", help="write every case's verdict to this JSON file")
        parser.add_argument("--against", help="compare with verdicts saved by --save")
        parser.add_argument("--extra", nargs="*", default=[], help="more labelled JSONL files (blind sets)")

    return parse_args(__doc__.splitlines()[0], extra)


def main() -> int:
    args = _args()
    sets = dict(SETS)
    with_extra(sets, args.extra)
    engine = RulesEngine()
    header("Labelled cases: figures and moved verdicts",
           "python benchmarks/labelled_moves.py" + (" --against FILE" if args.against else ""))
    verdicts: dict[str, list] = {}
    rows = []
    for name, path in sets.items():
        if not path.exists():
            progress("%s: %s is absent, left out", name, path)
            continue
        tp = fp = missed = unknown = n = transient = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            if case.get("label") not in ("transient", "real"):
                continue
            verdict = engine.classify(FailureCase.from_dict(case))
            verdicts[f"{name}:{case['id']}"] = [case["label"], verdict.verdict]
            n += 1
            transient += case["label"] == "transient"
            unknown += verdict.verdict == "unknown"
            if verdict.verdict == "transient":
                tp += case["label"] == "transient"
                fp += case["label"] != "transient"
            elif case["label"] == "transient":
                missed += 1
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / transient if transient else 0.0
        rows.append((name, n, transient, f"{precision:.3f}", f"{recall:.3f}", unknown))
    print(table(["set", "cases", "transient", "transient P", "transient R", "unknown"], rows))
    if args.save:
        Path(args.save).write_text(json.dumps(verdicts), encoding="utf-8")
        progress("saved %d verdicts to %s", len(verdicts), args.save)
    away = 0
    if args.against:
        before = json.loads(Path(args.against).read_text(encoding="utf-8"))
        moved = []
        for key, (label, now) in verdicts.items():
            if key in before and before[key][1] != now:
                was = before[key][1]
                way = "to its label" if now == label else "away from its label" if was == label else "other"
                away += way == "away from its label"
                moved.append((key, label, was, now, way))
        unseen = sum(1 for key in verdicts if key not in before)
        print(f"\n{len(moved)} verdicts changed against {args.against}\n")
        if unseen:
            print(f"{unseen} cases are not in {args.against} and were not compared (a set added or renamed since)\n")
        if moved:
            print(table(["case", "label", "was", "now", "moved"], moved, align="lllll"))
    return 1 if away else 0


if __name__ == "__main__":
    sys.exit(main())
