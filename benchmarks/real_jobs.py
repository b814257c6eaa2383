r"""The engine on real CI jobs with a person's label, per view: the Veloren GitLab CI jobs.

`scripts/rebuild_heldout.py --split veloren` rebuilds 366 failed GitLab CI jobs of one open-source project, each its
whole job trace and a person's label (intermittent: transient; regular: real). The thirty-second round split them
before reading any verdict (tests/unit/test_veloren32.py says how): 99 jobs the fixers could read, 267 blind, of which
the 184 created after the median job test what was learnt on later incidents. Per view this prints the engine's
transient and real precision / recall, unknowns and expected calibration error, beside a plain keyword match
(benchmarks/keyword_baseline.py); never a case's log or its verdict.

    python scripts/rebuild_heldout.py --datasets DIR --split veloren --out ../shared/eval/rebuilt-veloren
    python benchmarks/real_jobs.py ../shared/eval/rebuilt-veloren/own.jsonl
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from _common import header, parse_args, table
from keyword_baseline import keyword_verdict

from triage_agent.classify import metrics
from triage_agent.classify.rules import RulesEngine

MEDIAN = "2023-09-29 21:00:11"


def _read(case: dict) -> bool:
    """The round-32 rule: an odd SHA-1 of the job id and created before the median job."""
    odd = int(hashlib.sha1(case["id"].split(":", 1)[1].encode()).hexdigest(), 16) % 2 == 1
    return odd and case["meta"]["created_at"] < MEDIAN


VIEWS = {
    "read by the round's fixers": _read,
    "blind: created after the median": lambda c: c["meta"]["created_at"] >= MEDIAN,
    "blind: before the median": lambda c: not _read(c) and c["meta"]["created_at"] < MEDIAN,
    "blind: all": lambda c: not _read(c),
    "all": lambda c: True,
}


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def main() -> int:
    def extra(parser):
        parser.add_argument("file", type=Path, help="own.jsonl of rebuild_heldout.py --split veloren")

    args = parse_args(__doc__.splitlines()[0], extra)
    header("The engine on real CI jobs with a person's label", "python benchmarks/real_jobs.py FILE")
    cases = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
    for c in cases:
        if isinstance(c.get("meta"), str):
            c["meta"] = json.loads(c["meta"])
    engine = RulesEngine()
    report = metrics.evaluate(cases, engine.classify)
    by_id = {r.id: r for r in report.results}
    rows = []
    for name, chosen in VIEWS.items():
        part = [c for c in cases if chosen(c)]
        counts, kw = metrics.Counts(), metrics.Counts()
        results = [by_id[c["id"]] for c in part]
        for r in results:
            counts.add(r.predicted, r.label)
        for c in part:
            kw.add(keyword_verdict(c.get("log") or ""), c["label"])
        _, ece = metrics.calibration(results)
        rows.append([name, f"{counts.n} ({counts.actual('transient')})",
                     f"{_f(counts.precision('transient'))} / {_f(counts.recall('transient'))}",
                     f"{_f(counts.precision('real'))} / {_f(counts.recall('real'))}",
                     f"{counts.unknown} ({100 * counts.unknown / max(counts.n, 1):.0f} %)", _f(ece),
                     f"{_f(kw.precision('transient'))} / {_f(kw.recall('transient'))}"])
    print(table(["view", "n (T)", "transient P / R", "real P / R", "unknown", "ECE", "keyword P / R"], rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
