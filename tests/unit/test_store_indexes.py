"""The lookups made while judging every failure use an index, on a new database and on one made before m007.

The team's decisions about a failure (memory.team_decisions), the outcome of a prior verdict's rerun
(evidence.OUTCOME_OF_FAILURE, ours or a person's) and the refuted fingerprints (decision_queries) are read for each
failure judged; without m007's indexes SQLite scanned proposal_failures, reruns and manual_reruns, tables that grow with
every failure a team keeps for months. The plans are SQLite's own (EXPLAIN QUERY PLAN) for the queries the store runs.
"""

from __future__ import annotations

import sqlite_utils

from triage_agent.store.db import Store
from triage_agent.store.evidence import OUTCOME_OF_FAILURE
from triage_agent.store.schema import migrations

QUERIES = {
    "team decisions of failures": (
        "select pf.failure_id, p.id, p.action, p.status, p.decision_reason, p.kind, r.outcome "
        "from proposal_failures pf join proposals p on p.id = pf.proposal_id "
        "left join reruns r on r.proposal_id = p.id where pf.failure_id in (1, 2, 3) order by p.id"),
    "outcome of prior verdicts": (
        f"select f.id, {OUTCOME_OF_FAILURE} as outcome from failures f where f.fingerprint = 'fp'"),
    "refuted fingerprints": (
        "select distinct f.fingerprint from reruns r join proposal_failures pf on pf.proposal_id = r.proposal_id "
        "join failures f on f.id = pf.failure_id where r.outcome = 'refuted' and f.fingerprint in ('a', 'b')"),
}
# The growing tables, by the names and aliases the queries give them (proposals p, proposal_failures pf, reruns r,
# manual_reruns m).
GROWING = {"proposals", "p", "proposal_failures", "pf", "reruns", "r", "manual_reruns", "m"}


def _scans(db: sqlite_utils.Database) -> dict[str, list[str]]:
    """For each query, the plan steps that read a growing table whole ("SCAN pf", not "SEARCH pf USING INDEX ...")."""
    out = {}
    for name, sql in QUERIES.items():
        steps = [row[-1] for row in db.execute("explain query plan " + sql).fetchall()]
        out[name] = [s for s in steps if s.split()[:1] == ["SCAN"] and s.split()[1] in GROWING]
    return out


def test_a_new_database_reads_the_decisions_through_indexes(tmp_path):
    store = Store.open(tmp_path / "new.db")
    assert _scans(store.db) == {name: [] for name in QUERIES}


def test_a_database_made_before_m007_gains_the_indexes_when_opened(tmp_path):
    path = tmp_path / "old.db"
    old = sqlite_utils.Database(path)
    migrations.apply(old, stop_before="m007_decision_lookup_indexes")
    # as an install made before the migration has it: each lookup scans a growing table
    assert all(_scans(old).values()), _scans(old)
    old.close()
    store = Store.open(path)
    assert _scans(store.db) == {name: [] for name in QUERIES}
    assert "m007_decision_lookup_indexes" not in store.pending_migrations()
