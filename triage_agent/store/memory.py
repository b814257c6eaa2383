"""The judgement's memory, in the store: failures' error text (the similarity index), the team's
decisions on them, the decisions on proposed rules, and the LLM gate's events.

``failure_text`` holds each judged failure's normalised error lines; SQLite's FTS5 index over it
(``failure_text_fts``, kept in step by triggers) ranks candidates by BM25. ``rule_decisions``
remembers which proposed rules a person accepted or rejected, so none comes back.
``llm_events`` is the day's record of when the LLM was skipped and why (the breaker, the
budget, the cycle's deadline).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypedDict, cast

from ..core.states import RuleDecisionStatus
from ..timeutil import day, iso
from .db import Store

# --------------------------------------------------------------------------- the similarity index


class SimilarCandidate(TypedDict):
    """An indexed failure the full-text search found, with what the similarity measure needs."""

    failure_id: int
    text: str | None
    project_slug: str | None
    job_name: str | None
    detected_at: str | None
    fingerprint: str | None


class TeamDecisionRow(TypedDict):
    """A proposal about a failure: what the team did with it, and what its rerun said."""

    failure_id: int
    id: int
    action: str
    status: str
    decision_reason: str | None
    kind: str | None
    outcome: str | None


class IndexedFailure(TypedDict):
    """An indexed failure with its stored evidence and latest category (for mining rules)."""

    failure_id: int
    text: str | None
    project_slug: str | None
    job_name: str | None
    pipeline_number: int | None
    detected_at: str | None
    log_excerpt: str | None
    failed_tests: str | None  # JSON text, as stored
    category: str | None


def index_text(store: Store, *, failure_id: int, org_slug: str, project_slug: str, job_name: str, text: str,
               now: datetime) -> None:
    """Keep (or replace) a failure's error text in the similarity index."""
    store.db["failure_text"].upsert(
        {"failure_id": failure_id, "org_slug": org_slug, "project_slug": project_slug,
         "job_name": job_name, "text": text, "created_at": iso(now)},
        pk="failure_id",
    )


# The columns of a SimilarCandidate (t: failure_text, f: failures)
_CANDIDATE_COLUMNS = "t.failure_id, t.text, t.project_slug, t.job_name, f.detected_at, f.fingerprint"


def similar_candidates(store: Store, *, match: str, org_slug: str, other_than: int | None,
                       limit: int) -> list[SimilarCandidate]:
    """The indexed failures of an organization matching the FTS5 query ``match``, best (BM25) first."""
    return cast(list[SimilarCandidate], list(store.db.query(
        f"select {_CANDIDATE_COLUMNS} from failure_text_fts join failure_text t on t.rowid = failure_text_fts.rowid "
        "join failures f on f.id = t.failure_id "
        "where failure_text_fts match ? and t.org_slug = ? and t.failure_id != ? "
        "order by bm25(failure_text_fts) limit ?",
        [match, org_slug, other_than or -1, limit])))


def fingerprint_twins(store: Store, *, fingerprint: str, org_slug: str, other_than: int | None,
                      limit: int) -> list[SimilarCandidate]:
    """The indexed failures of an organization with this fingerprint, newest first: found by the fingerprint, not
    by words (a failure whose log has no error line has no words to match)."""
    return cast(list[SimilarCandidate], list(store.db.query(
        f"select {_CANDIDATE_COLUMNS} from failures f join failure_text t on t.failure_id = f.id "
        "where f.fingerprint = ? and t.org_slug = ? and f.id != ? order by f.id desc limit ?",
        [fingerprint, org_slug, other_than or -1, limit])))


def team_decisions(store: Store, failure_ids: Sequence[int]) -> list[TeamDecisionRow]:
    """The proposals about these failures with their reruns' outcomes, oldest proposal first."""
    if not failure_ids:
        return []
    marks = ",".join("?" for _ in failure_ids)
    return cast(list[TeamDecisionRow], list(store.db.query(
        f"select pf.failure_id, p.id, p.action, p.status, p.decision_reason, p.kind, r.outcome "
        f"from proposal_failures pf join proposals p on p.id = pf.proposal_id "
        f"left join reruns r on r.proposal_id = p.id "
        f"where pf.failure_id in ({marks}) order by p.id", list(failure_ids))))


def indexed_failures(store: Store) -> list[IndexedFailure]:
    """Every indexed failure with its evidence and latest verdict's category."""
    return cast(list[IndexedFailure], list(store.db.query(
        "select t.failure_id, t.text, t.project_slug, t.job_name, f.pipeline_number, f.detected_at, "
        "e.log_excerpt, e.failed_tests, v.category from failure_text t "
        "join failures f on f.id = t.failure_id left join evidence e on e.failure_id = t.failure_id "
        "left join verdicts v on v.id = (select max(id) from verdicts where failure_id = t.failure_id)")))


# --------------------------------------------------------------------------- rule decisions


@dataclass(frozen=True)
class RuleDecision:
    """A person's decision on a proposed rule (``file``: where an accepted one was written)."""

    id: str
    status: RuleDecisionStatus
    verdict: str
    pattern: str
    decided_by: str
    decided_at: datetime
    reason: str = ""
    file: str | None = None


def decided_rule_ids(store: Store) -> set[str]:
    """The ids of the proposed rules a person has accepted or rejected."""
    return {r["id"] for r in store.db.query("select id from rule_decisions")}


def record_rule_decision(store: Store, decision: RuleDecision) -> None:
    """Remember a decision on a proposed rule (a later one on the same id replaces it)."""
    store.db["rule_decisions"].upsert(
        {"id": decision.id, "status": decision.status.value, "verdict": decision.verdict,
         "pattern": decision.pattern, "decided_by": decision.decided_by, "decided_at": iso(decision.decided_at),
         "reason": decision.reason, "file": decision.file}, pk="id")


# --------------------------------------------------------------------------- LLM gate events


@dataclass(frozen=True)
class LLMEvent:
    """One event of the LLM gate in a cycle: what happened (e.g. ``skipped``), why, to how many failures."""

    event: str
    reason: str
    failures: int


def record_llm_events(store: Store, events: Iterable[LLMEvent], now: datetime) -> None:
    """Add a cycle's LLM gate events to the day's record (reasons already redacted)."""
    for e in events:
        store.db["llm_events"].insert({"at": iso(now), "day": day(now), "event": e.event,
                                       "reason": e.reason, "failures": e.failures})
