"""Evaluation of a classifier over labelled cases: precision, recall, F1, confusion, breakdowns."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.models import FailureCase
from .calibration import kind_of

LABELS = ("transient", "real")
PREDICTIONS = ("transient", "real", "unknown")
NO_SOURCE = "(none)"
NO_CATEGORY = "(none)"

ClassifyFn = Callable[[FailureCase], Any]


@dataclass
class Counts:
    """A 3x2 confusion matrix: predicted {transient, real, unknown} x actual {transient, real}."""

    matrix: dict[str, dict[str, int]] = field(
        default_factory=lambda: {p: dict.fromkeys(LABELS, 0) for p in PREDICTIONS}
    )

    def add(self, predicted: str, actual: str) -> None:
        """Count one case."""
        self.matrix[predicted][actual] += 1

    @property
    def n(self) -> int:
        """Number of cases counted."""
        return sum(sum(row.values()) for row in self.matrix.values())

    @property
    def unknown(self) -> int:
        """Cases the classifier declined to decide."""
        return sum(self.matrix["unknown"].values())

    def actual(self, label: str) -> int:
        """Cases whose true label is ``label``."""
        return sum(row[label] for row in self.matrix.values())

    def precision(self, label: str) -> float | None:
        """Of the cases predicted ``label``, the share that are ``label``; None if none predicted."""
        predicted = sum(self.matrix[label].values())
        return self.matrix[label][label] / predicted if predicted else None

    def recall(self, label: str) -> float | None:
        """Of the cases that are ``label``, the share predicted ``label`` (unknown counts as missed)."""
        actual = self.actual(label)
        return self.matrix[label][label] / actual if actual else None

    def f1(self, label: str) -> float | None:
        """Harmonic mean of precision and recall; None when either is undefined."""
        p, r = self.precision(label), self.recall(label)
        if p is None or r is None:
            return None
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready figures: n, unknowns, per-class P/R/F1 and the matrix."""
        return {
            "n": self.n,
            "unknown": self.unknown,
            "actual": {label: self.actual(label) for label in LABELS},
            "classes": {
                label: {
                    "precision": _round(self.precision(label)),
                    "recall": _round(self.recall(label)),
                    "f1": _round(self.f1(label)),
                    "predicted": sum(self.matrix[label].values()),
                    "correct": self.matrix[label][label],
                }
                for label in LABELS
            },
            "confusion": {p: dict(row) for p, row in self.matrix.items()},
        }


@dataclass(frozen=True)
class CaseResult:
    """One evaluated case: what it is, what the classifier said."""

    id: str
    label: str
    predicted: str
    confidence: float
    category: str
    source: str
    meta_category: str
    error: str = ""
    kind: str | None = None  # calibration kind (calibration.kind_of); None: from verdict and category


# What a mistake costs, in minutes of a person's time (override with eval's --cost-* options):
# a wrong "transient" costs a rerun and hides a bug until someone finds it again; a wrong "real"
# costs a person's look at a report that was not needed; an "unknown" costs a read to decide.
DEFAULT_COSTS = {"false_transient": 30.0, "false_real": 10.0, "unknown": 5.0}
CALIBRATION_BINS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


@dataclass(frozen=True)
class CalibrationBin:
    """Decided predictions whose confidence falls in [low, high): how sure, how often right."""

    low: float
    high: float
    n: int
    mean_confidence: float
    accuracy: float


def calibration(results: Iterable[CaseResult], edges: tuple[float, ...] = CALIBRATION_BINS
                ) -> tuple[list[CalibrationBin], float | None]:
    """Reliability bins of the decided predictions and the expected calibration error (ECE).

    ECE is the case-weighted mean of |accuracy - mean confidence| over the bins; None when no
    prediction was decided. Unknowns are left out: they claim nothing.
    """
    decided = [r for r in results if r.predicted in LABELS]
    bins: list[CalibrationBin] = []
    ece = 0.0
    for low, high in zip(edges, edges[1:], strict=False):
        last = high >= edges[-1]
        inside = [r for r in decided if low <= r.confidence < high or (last and r.confidence >= high)]
        if not inside:
            continue
        conf = sum(r.confidence for r in inside) / len(inside)
        acc = sum(r.predicted == r.label for r in inside) / len(inside)
        bins.append(CalibrationBin(low, high, len(inside), conf, acc))
        ece += len(inside) * abs(acc - conf)
    return bins, (ece / len(decided) if decided else None)


# How a decided verdict's evidence is described in the calibration by kind (calibration.kind_of).
KIND_NAMES = {"": "other evidence", "test": "real on failing tests alone",
              "single": "transient on one uncorroborated mechanism",
              "unexplained": "real on an unexplained error alone"}


def calibration_by_kind(results: Iterable[CaseResult]) -> dict[str, tuple[int, float, float, float | None]]:
    """Per evidence kind (see calibration.kind_of): n, mean confidence, accuracy and ECE.

    One overall ECE can hide a kind of verdict that is overconfident behind another that is
    underconfident; this shows each.
    """
    groups: dict[str, list[CaseResult]] = {}
    for r in results:
        if r.predicted in LABELS:
            kind = r.kind if r.kind is not None else kind_of(r.predicted, r.category)
            groups.setdefault(kind, []).append(r)
    out = {}
    for kind, rows in sorted(groups.items()):
        _, ece = calibration(rows)
        out[kind] = (len(rows), sum(r.confidence for r in rows) / len(rows),
                     sum(r.predicted == r.label for r in rows) / len(rows), ece)
    return out


def cost_view(counts: Counts, costs: Mapping[str, float] | None = None) -> dict[str, Any]:
    """What the classifier's mistakes and unknowns cost, against a person reading every failure."""
    c = {**DEFAULT_COSTS, **(costs or {})}
    m = counts.matrix
    items = {
        "false_transient": m["transient"]["real"],
        "false_real": m["real"]["transient"],
        "unknown": counts.unknown,
    }
    total = sum(items[k] * c[k] for k in items)
    baseline = counts.n * c["unknown"]
    return {
        "costs": c, "counts": items, "total": round(total, 1),
        "per_case": round(total / counts.n, 2) if counts.n else None,
        "read_everything": round(baseline, 1),
    }


@dataclass
class EvalReport:
    """Overall figures plus breakdowns by source prefix, source family and ``meta.category``."""

    overall: Counts
    by_source: dict[str, Counts]
    by_category: dict[str, Counts]
    results: list[CaseResult]
    skipped: int = 0
    by_family: dict[str, Counts] = field(default_factory=dict)
    costs: dict[str, float] = field(default_factory=dict)

    @property
    def errors(self) -> int:
        """Cases whose classification raised (counted as unknown)."""
        return sum(1 for r in self.results if r.error)

    def mistakes(self) -> list[CaseResult]:
        """Cases predicted as the wrong class (unknowns are not mistakes)."""
        return [r for r in self.results if r.predicted in LABELS and r.predicted != r.label]

    def to_dict(self, *, include_cases: bool = False) -> dict[str, Any]:
        """The report as JSON-serialisable data; ``include_cases`` adds every case's prediction."""
        bins, ece = calibration(self.results)
        out: dict[str, Any] = {
            **self.overall.to_dict(),
            "skipped": self.skipped,
            "errors": self.errors,
            "by_source": {k: v.to_dict() for k, v in sorted(self.by_source.items())},
            "by_family": {k: v.to_dict() for k, v in sorted(self.by_family.items())},
            "by_category": {k: v.to_dict() for k, v in sorted(self.by_category.items())},
            "calibration": {
                "bins": [{"low": b.low, "high": b.high, "n": b.n,
                          "mean_confidence": round(b.mean_confidence, 4),
                          "accuracy": round(b.accuracy, 4)} for b in bins],
                "ece": _round(ece),
                "by_kind": {
                    KIND_NAMES.get(kind, kind): {"n": n, "mean_confidence": round(conf, 4),
                                                 "accuracy": round(acc, 4), "ece": _round(kece)}
                    for kind, (n, conf, acc, kece) in calibration_by_kind(self.results).items()
                },
            },
            "cost": cost_view(self.overall, self.costs),
            "mistakes": [_case_dict(r) for r in self.mistakes()],
        }
        if include_cases:
            out["cases"] = [_case_dict(r) for r in self.results]
        return out


def evaluate(cases: Iterable[Mapping[str, Any]], classify_fn: ClassifyFn) -> EvalReport:
    """Run ``classify_fn`` over labelled case dicts and measure it.

    Cases without a label of transient/real, or not in the case format, are skipped (and
    counted). A classifier that raises on a case scores it unknown, with the error recorded,
    so one bad case cannot hide the rest.
    """
    overall = Counts()
    by_source: dict[str, Counts] = {}
    by_family: dict[str, Counts] = {}
    by_category: dict[str, Counts] = {}
    results: list[CaseResult] = []
    skipped = 0
    for n, raw in enumerate(cases, start=1):
        label = raw.get("label") if isinstance(raw, Mapping) else None
        if label not in LABELS:
            skipped += 1
            continue
        try:
            case = FailureCase.from_dict(raw, default_id=f"case-{n}")
        except ValueError:  # e.g. no "log": not a case the classifier could be asked about
            skipped += 1
            continue
        error = ""
        kind = None
        try:
            verdict = classify_fn(case)
            predicted, confidence, category = _read_verdict(verdict)
            findings = getattr(verdict, "findings", None)
            if findings is not None:
                kind = kind_of(predicted, category, findings)
        except Exception as exc:  # noqa: BLE001 - an evaluation must survive one bad case
            predicted, confidence, category, error = (
                "unknown",
                0.0,
                "",
                f"{type(exc).__name__}: {exc}",
            )
        source = source_prefix(raw.get("source"))
        raw_meta = raw.get("meta")
        meta: Mapping[str, Any] = raw_meta if isinstance(raw_meta, Mapping) else {}
        meta_category = str(meta.get("category") or NO_CATEGORY)
        overall.add(predicted, label)
        by_source.setdefault(source, Counts()).add(predicted, label)
        by_category.setdefault(meta_category, Counts()).add(predicted, label)
        family = str(meta.get("source_family") or source)
        by_family.setdefault(family, Counts()).add(predicted, label)
        results.append(
            CaseResult(
                case.id, label, predicted, confidence, category, source, meta_category, error, kind
            )
        )
    return EvalReport(overall, by_source, by_category, results, skipped, by_family=by_family)


def source_prefix(source: Any) -> str:
    """The part of a ``source`` before its first ':' (the dataset), or "(none)"."""
    text = str(source or "").strip()
    return text.split(":", 1)[0] if text else NO_SOURCE


def load_cases(path: str | Path) -> list[dict[str, Any]]:
    """Read a JSONL file of case dicts; ValueError names the line that is not a JSON object."""
    out = []
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not valid JSON ({exc.msg})") from exc
            if not isinstance(data, dict):
                raise ValueError(f"{path}:{n}: each line must be a JSON object")
            out.append(data)
    return out


def render_text(report: EvalReport, *, breakdowns: bool = True) -> str:
    """A plain-text summary: per-class table, confusion matrix, then per-source and per-category rows."""
    o = report.overall
    lines = [
        f"cases: {o.n}   unknown: {o.unknown}   skipped (no label): {report.skipped}   errors: {report.errors}",
        "",
        f"{'class':<10} {'precision':>9} {'recall':>7} {'f1':>6} {'predicted':>9} {'actual':>7}",
    ]
    for label in LABELS:
        lines.append(
            f"{label:<10} {_pct(o.precision(label)):>9} {_pct(o.recall(label)):>7} {_pct(o.f1(label)):>6}"
            f" {sum(o.matrix[label].values()):>9} {o.actual(label):>7}"
        )
    lines += [
        "",
        "confusion (rows: predicted, columns: actual)",
        f"{'':<10} {'transient':>9} {'real':>6}",
    ]
    for predicted in PREDICTIONS:
        row = o.matrix[predicted]
        lines.append(f"{predicted:<10} {row['transient']:>9} {row['real']:>6}")
    bins, ece = calibration(report.results)
    lines += ["", "calibration of decided verdicts (confidence bins against observed accuracy)",
              f"{'confidence':<12} {'n':>4} {'mean conf':>9} {'accuracy':>8}"]
    for b in bins:
        lines.append(f"{b.low:.1f}-{b.high:.1f}{'':<5} {b.n:>4} {b.mean_confidence:>9.3f} {b.accuracy:>8.3f}")
    lines.append(f"expected calibration error (ECE): {_pct(ece)}")
    for kind, (n, conf, acc, kece) in calibration_by_kind(report.results).items():
        lines.append(f"  {KIND_NAMES.get(kind, kind)}: n {n}, mean conf {conf:.3f}, accuracy {acc:.3f}, ECE {_pct(kece)}")
    cost = cost_view(o, report.costs)
    c, k = cost["costs"], cost["counts"]
    lines += ["", "cost (minutes of a person's time; set with --cost-*)",
              f"wrong transient {k['false_transient']} x {c['false_transient']:g} (a rerun, a bug hidden), "
              f"wrong real {k['false_real']} x {c['false_real']:g} (a needless look), "
              f"unknown {k['unknown']} x {c['unknown']:g} (a read)",
              f"total {cost['total']:g} ({cost['per_case']} per case); reading every failure: "
              f"{cost['read_everything']:g}"]
    if breakdowns:
        groups_shown = [("by source", report.by_source)]
        if set(report.by_family) != set(report.by_source):
            groups_shown.append(("by source family", report.by_family))
        groups_shown.append(("by category", report.by_category))
        for title, groups in groups_shown:
            lines += ["", title, _group_header()]
            lines += [_group_row(name, counts) for name, counts in sorted(groups.items())]
    return "\n".join(lines) + "\n"


def _group_header() -> str:
    return f"{'':<44} {'n':>4} {'T-prec':>6} {'T-rec':>6} {'R-prec':>6} {'R-rec':>6} {'unk':>4}"


def _group_row(name: str, c: Counts) -> str:
    label = name if len(name) <= 44 else name[:43] + "…"
    return (
        f"{label:<44} {c.n:>4} {_pct(c.precision('transient')):>6} {_pct(c.recall('transient')):>6}"
        f" {_pct(c.precision('real')):>6} {_pct(c.recall('real')):>6} {c.unknown:>4}"
    )


def _read_verdict(result: Any) -> tuple[str, float, str]:
    """Accept a Verdict, a mapping with "verdict", or a bare label string."""
    if isinstance(result, str):
        verdict, confidence, category = result, 0.0, ""
    elif isinstance(result, Mapping):
        verdict = str(result.get("verdict", ""))
        confidence = float(result.get("confidence") or 0.0)
        category = str(result.get("category") or "")
    else:
        verdict = str(getattr(result, "verdict", ""))
        confidence = float(getattr(result, "confidence", 0.0) or 0.0)
        category = str(getattr(result, "category", "") or "")
    if verdict not in PREDICTIONS:
        verdict = "unknown"
    return verdict, confidence, category


def _case_dict(r: CaseResult) -> dict[str, Any]:
    out = {
        "id": r.id,
        "label": r.label,
        "predicted": r.predicted,
        "confidence": round(r.confidence, 3),
        "category": r.category,
        "source": r.source,
        "meta_category": r.meta_category,
    }
    if r.error:
        out["error"] = r.error
    return out


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"
