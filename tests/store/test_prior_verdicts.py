"""The fingerprint's history as the engine reads it: the newest earlier failures, each with what a
rerun said, and a refuted rerun never forgotten behind newer failures nobody reran."""

from __future__ import annotations

from datetime import timedelta

from factories import NOW, add_failure, fp, seed_decided

from triage_agent.core.models import History
from triage_agent.store import Store
from triage_agent.store import evidence as evidence_store

PROJECT, JOB = "gh/acme/web", "it"
LOG = "  1) Checkout completes the order\n     expected to find text \"Thank you\"\n"
FP = fp(f"{PROJECT}:{JOB}:{LOG}")


def _plain(store: Store, days_ago: int) -> int:
    return add_failure(store, project_slug=PROJECT, job_name=JOB, log=LOG, verdict="real", confidence=0.8,
                       now=NOW - timedelta(days=days_ago), fingerprint=FP)


def test_a_refuted_rerun_older_than_the_window_is_still_read():
    store = Store.memory()
    seed_decided(store, project=PROJECT, job=JOB, log=LOG, outcome="refuted", days_ago=30)
    seed_decided(store, project=PROJECT, job=JOB, log=LOG, outcome="confirmed", days_ago=10)
    for d in (5, 4, 3, 2):
        _plain(store, d)
    rows = evidence_store.prior_verdicts(store, FP, other_than=None)
    assert [r["outcome"] or "" for r in rows] == ["", "", "", "", "confirmed", "refuted"]
    assert rows[-1]["detected_at"] < rows[-2]["detected_at"]


def test_the_window_alone_when_it_holds_a_refuted_rerun_or_none_exists():
    store = Store.memory()
    seed_decided(store, project=PROJECT, job=JOB, log=LOG, outcome="confirmed", days_ago=10)
    for d in (5, 4):
        _plain(store, d)
    assert [r["outcome"] or "" for r in evidence_store.prior_verdicts(store, FP, other_than=None)] == \
        ["", "", "confirmed"]
    seed_decided(store, project=PROJECT, job=JOB, log=LOG, outcome="refuted", days_ago=1)
    assert [r["outcome"] or "" for r in evidence_store.prior_verdicts(store, FP, other_than=None)] == \
        ["refuted", "", "", "confirmed"]


def test_a_failure_judged_twice_counts_once():
    store = Store.memory()
    fid = seed_decided(store, project=PROJECT, job=JOB, log=LOG, outcome="confirmed", days_ago=3)
    evidence_store.record_verdict(store, fid, evidence_store.NewVerdict(
        verdict="transient", confidence=0.9, category="flaky-test", rationale="again", evidence=[],
        classifier="rules", offline_verdict="transient", offline_confidence=0.9, llm_called=False, llm_error=None,
        prompt_tokens=0, completion_tokens=0), signature="x", history=History(), now=NOW)
    rows = evidence_store.prior_verdicts(store, FP, other_than=None)
    assert [(r["verdict"], r["outcome"]) for r in rows] == [("transient", "confirmed")]



SIM_LOG = ("Failures:\n  1) Checkout completes the order\n"
           "     Failure/Error: expect(page).to have_content('Thank you')\n"
           "       expected to find text \"Thank you\" in \"Processing order...\"\n")
SIM_FP = fp(f"{PROJECT}:{JOB}:{SIM_LOG}")


def _similar(store: Store, counted):
    from triage_agent.classify import similar

    return similar.find_similar(store, failure_id=None, project_slug=PROJECT, text=similar.error_text(SIM_LOG),
                                fingerprint=SIM_FP, counted=counted)


def test_the_similar_search_leaves_out_exactly_the_twins_the_history_counted():
    store = Store.memory()
    # a twin whose rerun passed, older than the 5 newest failures the history reads
    old = seed_decided(store, project=PROJECT, job=JOB, log=SIM_LOG, outcome="confirmed", days_ago=30)
    for d in (6, 5, 4, 3, 2):
        add_failure(store, project_slug=PROJECT, job_name=JOB, log=SIM_LOG, verdict="real", confidence=0.8,
                    now=NOW - timedelta(days=d), fingerprint=SIM_FP)
    rows = evidence_store.prior_verdicts(store, SIM_FP, other_than=None)
    counted = evidence_store.counted_prior_failures(rows)
    assert old not in {r["failure_id"] for r in rows} and counted == frozenset()
    # not counted by the history, so the similar search carries its outcome
    assert [(s.failure_id, s.label) for s in _similar(store, counted)] == [(old, "transient")]
    # once the history counts it (here: within its window), the similar search leaves it out
    store2 = Store.memory()
    twin = seed_decided(store2, project=PROJECT, job=JOB, log=SIM_LOG, outcome="confirmed", days_ago=3)
    counted2 = evidence_store.counted_prior_failures(evidence_store.prior_verdicts(store2, SIM_FP, other_than=None))
    assert counted2 == frozenset({twin})
    assert _similar(store2, counted2) == ()
