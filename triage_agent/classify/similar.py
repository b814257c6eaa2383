"""Similar past failures: the team's decisions on earlier failures that read like this one.

Every judged failure's error lines are normalised (numbers, paths, ids, timestamps stripped, as
for fingerprints) and kept in ``failure_text``, indexed by SQLite's FTS5. For a new failure the
index ranks the earlier failures of the same organization by BM25 over those words; the best
are kept when their word sets overlap enough (Jaccard similarity); the earlier failures of the same
fingerprint are looked up by the fingerprint as well (``memory.fingerprint_twins``: a log with no error
line has no words to rank, and two empty texts of one fingerprint match at similarity 1). Each carries the label
the team gave it: a rerun that passed (transient) or failed the same way (real), measured; a
rerun or report a person approved or rejected (with the reason), judged. A failure of the same
fingerprint whose rerun outcome the fingerprint's own history already counts (``counted``) is
kept only for a person's decision on a report about it (``report_labels``: filed, real; rejected
with a reason, transient; judged), and labelled by that decision alone, so that the rerun's
outcome counts once, there, and the person's judgement beside it (a report rejected as flaky and
their rerun passed; a report filed and a rerun failed the same way) is not lost. (The report the
daemon proposes after its own rerun failed the same way is about the rerun's failure, which no
rerun settled: it is kept as any decided twin, "report filed after the rerun failed the same
way".) Any other labelled one is kept (a report rejected as flaky, a
rerun that failed another way, a twin older than the history reads), since nothing else carries
its label to its next twin. A twin of the same fingerprint a person decided (a report filed, a report or rerun
rejected with a reason: ``persons_decision``) is marked ``decided``: that decision was taken on the same log, and
the engine (classify.evidence._decided_log_cap) does not count the log's reading again against it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from datetime import datetime

from ..core.fingerprint import _GENERIC, normalise
from ..core.logtext import is_error_line, strip_ansi
from ..core.models import FailedTest, SimilarFailure
from ..core.states import (
    APPROVED,
    EXECUTED,
    EXECUTING,
    REJECTED,
    Action,
    ProposalKind,
    RerunOutcome,
)
from ..store import Store, memory

MAX_LINES = 30
MAX_TEXT = 4000
MAX_QUERY_TERMS = 40
CANDIDATES = 25
MIN_SIMILARITY = 0.35
# Strength of a label: a rerun's outcome is measured; a person's approval or rejection is a
# judgement (a rejected rerun may mean "not now" as well as "not transient").
MEASURED, JUDGED, WEAK = 1.0, 0.6, 0.3

_WORD = re.compile(r"[a-z_][a-z0-9_]{2,}")
# Placeholders normalise() leaves, and words every error line has: they say nothing.
_STOP = frozenset({
    "path", "hex", "tmp", "the", "and", "for", "with", "from", "that", "this", "was", "not", "are",
    "error", "errors", "failed", "failure", "exit", "code", "status", "line", "file", "test",
    "tests", "see", "run", "has", "have", "been", "but", "can", "all", "info",
})


def org_of(project_slug: str) -> str:
    """The organization part of a project slug: ``gh/acme`` of ``gh/acme/api``."""
    parts = (project_slug or "").split("/")
    return "/".join(parts[:2]) if len(parts) >= 2 else project_slug


def error_text(log: str, failed_tests: Sequence[FailedTest] = ()) -> str:
    """The normalised error lines of a failure (the last ones of the log, and the failed tests)."""
    lines: list[str] = []
    for t in failed_tests[:10]:
        name = ".".join(x for x in (t.classname, t.name) if x)
        head = (t.message or "").strip().splitlines()[:1]
        lines.append(normalise(f"test {name}: {head[0] if head else ''}"))
    errors = [
        normalise(line) for line in strip_ansi(log).splitlines()
        if line.strip() and is_error_line(line) and not _GENERIC.match(line.strip())
    ]
    lines.extend(errors[-MAX_LINES:])
    seen: set[str] = set()
    unique = [ln for ln in lines if ln and not (ln in seen or seen.add(ln))]
    return "\n".join(unique)[:MAX_TEXT]


def words(text: str) -> set[str]:
    """The telling words of normalised text (placeholders and stop words removed)."""
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def similarity(a: set[str], b: set[str]) -> float:
    """Jaccard similarity of two word sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def index_failure(store: Store, *, failure_id: int, project_slug: str, job_name: str, text: str,
                  now: datetime) -> None:
    """Keep (or replace) a failure's error text in the similarity index."""
    memory.index_text(store, failure_id=failure_id, org_slug=org_of(project_slug), project_slug=project_slug,
                      job_name=job_name, text=text, now=now)


def team_labels(store: Store, failure_ids: Iterable[int]) -> dict[int, tuple[str, float, str]]:
    """For each failure the team decided on: (label, strength, what happened in words).

    A rerun's outcome wins over a person's decision; among decisions, the latest proposal's.
    """
    ids = sorted({int(i) for i in failure_ids})
    return _team_labels_of(memory.team_decisions(store, ids))


def _team_labels_of(decisions: Iterable[memory.TeamDecisionRow]) -> dict[int, tuple[str, float, str]]:
    """team_labels of the rows memory.team_decisions read (oldest proposal first)."""
    out: dict[int, tuple[str, float, str]] = {}
    for r in decisions:
        fid, label = r["failure_id"], _label_of(r)
        if label is None:
            continue
        held = out.get(fid)
        # A later proposal replaces an earlier one, unless the earlier one was measured.
        if held is None or held[1] < MEASURED or label[1] >= MEASURED:
            out[fid] = label
    return out


def report_labels(decisions: Iterable[memory.TeamDecisionRow]) -> dict[int, tuple[str, float, str]]:
    """For each failure a report proposal about was decided: (label, strength, what happened in words),
    from the latest decided one; a person's judgement (JUDGED), never a rerun's outcome. ``decisions``:
    the rows memory.team_decisions read about the failures (oldest proposal first).

    Filed (approved, executing, executed): real; rejected with a reason: transient (a rejection
    without one may mean "not now" or "known already"). For a failure whose rerun outcome the
    fingerprint's history counts: its rerun is not counted again, the decision on it is.
    """
    out: dict[int, tuple[str, float, str]] = {}
    for r in decisions:
        if (label := _persons_report_label(r)) is not None:
            out[r["failure_id"]] = label
    return out


def _persons_report_label(r: memory.TeamDecisionRow) -> tuple[str, float, str] | None:
    """A person's decision on a report proposal as its label: filed, real; rejected giving a reason, transient; None
    for anything else (not a report, an incident, undecided, rejected without a reason)."""
    if r["action"] != Action.REPORT or r["kind"] == ProposalKind.INCIDENT:
        return None
    label = _report_label(r)
    if label is not None and (label[0] == "real" or (r["decision_reason"] or "").strip()):
        return label
    return None


def _report_label(r: memory.TeamDecisionRow) -> tuple[str, float, str] | None:
    """A person's decision on a report proposal: filed, real; rejected, transient (judged)."""
    # A report the follow-up proposed because a rerun of ours failed the same way says so.
    after = " after the rerun failed the same way" if r["kind"] == ProposalKind.REFUTED else ""
    reason = " ".join((r["decision_reason"] or "").split())[:120]
    if r["status"] == REJECTED:
        return "transient", JUDGED, f"report rejected{after}" + (f": {reason}" if reason else "")
    if r["status"] in (APPROVED, EXECUTING, EXECUTED):
        return "real", JUDGED, f"report filed{after}"
    return None


def persons_decision(r: memory.TeamDecisionRow) -> bool:
    """Whether a proposal's row is a person's decision on the failure: a report they filed (approved), or a report
    or a rerun they rejected giving a reason (a rejection without one may mean "not now"). Of a twin of the same
    fingerprint, such a decision was taken on the same log (SimilarFailure.decided)."""
    if r["action"] == Action.REPORT:
        return _persons_report_label(r) is not None
    # A probe rejected is no decision on the failure: the person only chose not to measure it.
    return (r["action"] == Action.RERUN and r["kind"] not in (ProposalKind.INCIDENT, ProposalKind.PROBE)
            and r["status"] == REJECTED and bool((r["decision_reason"] or "").strip()))


def _label_of(r: memory.TeamDecisionRow) -> tuple[str, float, str] | None:
    outcome, status, action = r["outcome"], r["status"], r["action"]
    reason = " ".join((r["decision_reason"] or "").split())[:120]
    if outcome == RerunOutcome.CONFIRMED:
        return "transient", MEASURED, "rerun passed"
    if outcome == RerunOutcome.REFUTED:
        return "real", MEASURED, "rerun failed the same way"
    if r["kind"] == ProposalKind.INCIDENT:
        return None
    if r["kind"] == ProposalKind.PROBE:
        # A person approving or rejecting a probe only chose whether to measure: no label until its
        # rerun's outcome (above) says which it was.
        return None
    if action == Action.RERUN:
        if status == REJECTED:
            return "real", JUDGED, "rerun rejected" + (f": {reason}" if reason else "")
        if status in (APPROVED, EXECUTING, EXECUTED):
            return "transient", WEAK, "rerun approved"
    if action == Action.REPORT:
        return _report_label(r)
    return None


def _fts_query(terms: Iterable[str]) -> str:
    return " OR ".join(f'"{t}"' for t in sorted(terms)[:MAX_QUERY_TERMS])


def find_similar(store: Store, *, failure_id: int | None, project_slug: str, text: str,
                 fingerprint: str = "", counted: Collection[int] = frozenset(),
                 limit: int = 5) -> tuple[SimilarFailure, ...]:
    """The earlier failures of the same organization most like ``text`` (and those of ``fingerprint``, found by it),
    best first, with labels.
    ``counted``: the failures of the same fingerprint whose rerun outcome the fingerprint's own
    history already counts (store.evidence.counted_prior_failures), left out here unless a
    person decided on a report about one: then kept with that decision's label alone (report_labels)."""
    mine = words(text)
    if not mine and not fingerprint:
        return ()
    org = org_of(project_slug)
    # Rarest words first would be better still; BM25 weighs them, the cap only bounds the query.
    rows = memory.similar_candidates(store, match=_fts_query(mine), org_slug=org, other_than=failure_id,
                                     limit=CANDIDATES) if mine else []
    if fingerprint:
        # The failures of the same fingerprint are twins whatever their words: found by the fingerprint too, so that
        # a failure whose log has no error line (its text empty: a job stopped for no output, a runner lost) still
        # finds them and the team's decisions on them.
        found = {r["failure_id"] for r in rows}
        rows += [r for r in memory.fingerprint_twins(store, fingerprint=fingerprint, org_slug=org,
                                                     other_than=failure_id, limit=CANDIDATES)
                 if r["failure_id"] not in found]
    scored = []
    for r in rows:
        theirs = words(r["text"] or "")
        # two texts without words of the same fingerprint are the same (empty) text
        same_empty = not mine and not theirs and r["fingerprint"] == fingerprint
        sim = 1.0 if same_empty else similarity(mine, theirs)
        if sim >= MIN_SIMILARITY:
            scored.append((sim, r))
    scored.sort(key=lambda sr: (-sr[0], sr[1]["detected_at"] or ""), reverse=False)
    # (the team's decisions on them read once: the label of each, and of a counted twin's report below)
    decisions = memory.team_decisions(store, sorted({int(r["failure_id"]) for _, r in scored}))
    labels = _team_labels_of(decisions)
    twins = {r["failure_id"] for _, r in scored if fingerprint and r["fingerprint"] == fingerprint}
    if twins:
        # The fingerprint's history (PriorVerdict) counts the rerun outcomes of its newest
        # failures, ours and a person's: a twin counted there is kept here only for a person's
        # decision on its report, labelled by that decision alone (the rerun counts once, there);
        # a person's decision on a twin whose rerun failed another way or was canceled, that
        # nobody reran, or that is older than the history reads, is carried here.
        counted_twins = twins & {int(i) for i in counted}
        judged = report_labels(d for d in decisions if d["failure_id"] in counted_twins)
        labels.update(judged)
        scored = [(sim, r) for sim, r in scored
                  if r["failure_id"] not in twins or r["failure_id"] in judged
                  or (r["failure_id"] in labels and r["failure_id"] not in counted)]
    # (hist41) the twins of the same fingerprint a person decided: their decision was taken on this very log. Only
    # where the twin's label is that decision's side: a twin whose measured rerun outcome won over a person's word
    # against it (a refuted rerun, then a report rejected as flaky, older than the history reads) carries the rerun's
    # label, and the log is not held in that label's favour against the person.
    decided = {d["failure_id"] for d in decisions if d["failure_id"] in twins and persons_decision(d)
               and (own := _label_of(d)) is not None
               and own[0] == labels.get(d["failure_id"], ("",))[0]}
    out = []
    for sim, r in scored:
        label, strength, outcome = labels.get(r["failure_id"], ("", 0.0, "no decision yet"))
        key = next((ln for ln in reversed((r["text"] or "").splitlines()) if ln.strip()), "")
        out.append(SimilarFailure(
            failure_id=int(r["failure_id"]), similarity=round(sim, 3), label=label,
            strength=strength, outcome=outcome, project_slug=r["project_slug"] or "",
            job_name=r["job_name"] or "", seen_at=r["detected_at"] or "", line=key[:200],
            decided=r["failure_id"] in decided))  # (a decided twin's label is its decision's side, never empty)
    # Decided ones are the evidence; keep them ahead of undecided ones of equal use.
    out.sort(key=lambda s: (-(s.similarity + (0.2 if s.label else 0.0)), s.failure_id))
    return tuple(out[:limit])


def summarise(similar: Sequence[SimilarFailure], project_slug: str = "") -> str:
    """One line: how many similar failures and how they turned out."""
    if not similar:
        return ""
    counts: dict[str, int] = {}
    for s in similar:
        kind = s.outcome.split(":", 1)[0] if s.outcome else "no decision yet"
        counts[kind] = counts.get(kind, 0) + 1
    parts = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items(), key=lambda kv: -kv[1]))
    projects = {s.project_slug for s in similar}
    if projects == {project_slug}:
        where = "this project"
    elif len(projects) == 1:
        where = f"project {next(iter(projects))}"
    else:
        where = f"{len(projects)} projects of this organization"
    return f"{len(similar)} similar earlier failure(s) in {where}: {parts}"
