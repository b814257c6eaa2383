"""The records passed between stages: failure cases, findings, verdicts, failed jobs, proposals."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from .ci import JobFailure
from .states import Action

VerdictLabel = Literal["transient", "real", "unknown"]
VERDICTS: tuple[str, ...] = ("transient", "real", "unknown")

ActionKind = Literal["rerun_workflow", "file_report"]
ACTIONS: tuple[str, ...] = tuple(Action)



def _str(value: Any) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True)
class FailedTest:
    """One failed test from CircleCI's test metadata (or a case file)."""

    name: str
    classname: str = ""
    message: str = ""
    file: str = ""
    run_time: float | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FailedTest:
        run_time = data.get("run_time")
        return cls(
            name=_str(data.get("name")),
            classname=_str(data.get("classname")),
            message=_str(data.get("message")),
            file=_str(data.get("file")),
            run_time=float(run_time) if isinstance(run_time, int | float) else None,
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "classname": self.classname,
            "message": self.message,
            "file": self.file,
        }
        if self.run_time is not None:
            out["run_time"] = self.run_time
        return out


@dataclass(frozen=True)
class PriorVerdict:
    """What was decided earlier for the same failure fingerprint, and how it turned out."""

    verdict: str
    confidence: float
    # "confirmed": a rerun passed; "refuted": a rerun failed the same way; "" unknown yet.
    outcome: str = ""
    seen_at: str = ""


@dataclass(frozen=True)
class SimilarFailure:
    """An earlier failure of the same organization whose error lines resemble this one's, and what
    the team's decisions and rerun outcomes made of it."""

    failure_id: int
    similarity: float  # 0..1, overlap of the normalised error lines' words
    label: str = ""  # transient | real | "" (no decision yet)
    strength: float = 0.0  # 1.0 for a measured outcome (a rerun), less for a person's judgement
    outcome: str = ""  # what happened, in words: "rerun passed", "report rejected: ..."
    project_slug: str = ""
    job_name: str = ""
    seen_at: str = ""
    line: str = ""  # its key error line, normalised (numbers, paths, ids stripped)
    # A failure of the same fingerprint (the same log) a person decided: a report filed, a report or a rerun
    # rejected with a reason (classify.similar.persons_decision); the engine does not count the log again against it.
    decided: bool = False

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SimilarFailure:
        return cls(
            failure_id=int(data.get("failure_id") or 0),
            similarity=float(data.get("similarity") or 0.0),
            label=_str(data.get("label")),
            strength=float(data.get("strength") or 0.0),
            outcome=_str(data.get("outcome")),
            project_slug=_str(data.get("project_slug")),
            job_name=_str(data.get("job_name")),
            seen_at=_str(data.get("seen_at")),
            line=_str(data.get("line")),
            decided=bool(data.get("decided")),
        )


@dataclass(frozen=True)
class History:
    """Evidence from earlier runs: same-commit passes, earlier verdicts of the fingerprint, and
    similar failures of the same organization with their outcomes."""

    passed_on_same_commit: bool = False
    same_commit_detail: str = ""
    prior: tuple[PriorVerdict, ...] = ()
    similar: tuple[SimilarFailure, ...] = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> History:
        if not data:
            return cls()
        prior = tuple(
            PriorVerdict(
                verdict=_str(p.get("verdict")),
                confidence=float(p.get("confidence") or 0.0),
                outcome=_str(p.get("outcome")),
                seen_at=_str(p.get("seen_at")),
            )
            for p in data.get("prior") or ()
            if isinstance(p, Mapping)
        )
        similar = tuple(
            SimilarFailure.from_dict(s) for s in data.get("similar") or () if isinstance(s, Mapping)
        )
        return cls(
            passed_on_same_commit=bool(data.get("passed_on_same_commit")),
            same_commit_detail=_str(data.get("same_commit_detail")),
            prior=prior,
            similar=similar,
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "passed_on_same_commit": self.passed_on_same_commit,
            "same_commit_detail": self.same_commit_detail,
            "prior": [asdict(p) for p in self.prior],
        }
        if self.similar:
            out["similar"] = [asdict(s) for s in self.similar]
        return out


@dataclass(frozen=True)
class FailureCase:
    """Everything the classifiers look at for one failed job (the DESIGN.md case format)."""

    id: str
    log: str
    failed_tests: tuple[FailedTest, ...] = ()
    known_flaky: tuple[str, ...] = ()
    job_name: str = ""
    job_status: str = JobFailure.FAILED  # the case format's job.status words (core.ci.JobFailure)
    history: History = field(default_factory=History)
    label: str | None = None  # eval only

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, default_id: str = "case") -> FailureCase:
        """Build a case from the JSON shape; only ``log`` is required."""
        if not isinstance(data, Mapping):
            raise ValueError("a failure case must be a JSON object")
        if not isinstance(data.get("log"), str):
            raise ValueError("a failure case needs a string field 'log'")
        raw_job = data.get("job")
        job: Mapping[str, Any] = raw_job if isinstance(raw_job, Mapping) else {}
        tests = data.get("failed_tests") or []
        if not isinstance(tests, list):
            raise ValueError("'failed_tests' must be a list")
        flaky = data.get("known_flaky") or []
        if not isinstance(flaky, list):
            raise ValueError("'known_flaky' must be a list of test names")
        label = data.get("label")
        return cls(
            id=_str(data.get("id")) or default_id,
            log=data["log"],
            failed_tests=tuple(FailedTest.from_dict(t) for t in tests if isinstance(t, Mapping)),
            known_flaky=tuple(_str(n) for n in flaky if n),
            job_name=_str(job.get("name")),
            job_status=_str(job.get("status")) or JobFailure.FAILED,
            history=History.from_dict(data.get("history")),
            label=_str(label) if label else None,
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "log": self.log,
            "failed_tests": [t.to_dict() for t in self.failed_tests],
            "known_flaky": list(self.known_flaky),
            "job": {"name": self.job_name, "status": self.job_status},
            "history": self.history.to_dict(),
        }
        if self.label:
            out["label"] = self.label
        return out


@dataclass(frozen=True)
class Finding:
    """One piece of evidence the offline engine found, pointing one way."""

    signature: str  # id of the catalogue entry or evidence kind, e.g. "oom-killed", "flaky-list"
    leaning: Literal["transient", "real"]
    category: str  # infrastructure, network, timeout, flaky-test, test-failure, compile, ...
    weight: float  # 0..1, how strongly this alone points its way
    line: str = ""  # the matched log line or a description of the evidence
    source: str = "log"  # log | tests | flaky | history | job


@dataclass(frozen=True)
class Verdict:
    """A classifier's judgement of one failure (the ``classify --json`` shape)."""

    verdict: str
    confidence: float
    category: str
    rationale: str
    evidence: tuple[str, ...] = ()
    classifier: str = "rules"
    findings: tuple[Finding, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "confidence": round(float(self.confidence), 3),
            "category": self.category,
            "rationale": self.rationale,
            "evidence": list(self.evidence),
            "classifier": self.classifier,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Verdict:
        return cls(
            verdict=_str(data.get("verdict")) or "unknown",
            confidence=float(data.get("confidence") or 0.0),
            category=_str(data.get("category")),
            rationale=_str(data.get("rationale")),
            evidence=tuple(_str(e) for e in data.get("evidence") or ()),
            classifier=_str(data.get("classifier")) or "rules",
        )


@dataclass(frozen=True)
class FailedJob:
    """A failed job of a failed workflow, as polling found it."""

    project_slug: str
    pipeline_id: str
    pipeline_number: int
    branch: str
    revision: str
    workflow_id: str
    workflow_name: str
    job_id: str
    job_number: int | None
    job_name: str
    job_status: str
    started_at: str | None = None
    stopped_at: str | None = None

    @property
    def key(self) -> str:
        """Stable identity of this failure: one workflow, one job."""
        return f"{self.workflow_id}:{self.job_id}"


@dataclass(frozen=True)
class Proposal:
    """What ``decide`` proposes for one failure: at most one action, or a reason for none."""

    action: str | None  # rerun_workflow | file_report | None
    reason: str  # why this action, or why none
    summary: str = ""
    auto_approve: bool = False
