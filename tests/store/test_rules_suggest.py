"""Rules proposed from the team's decisions: suggest, accept into the signatures file, reject."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from factories import NOW, seed_decided

from triage_agent.classify import suggest as suggest_mod
from triage_agent.classify.catalogue import builtin_catalogue
from triage_agent.cli import cli
from triage_agent.simulator import Scenario, Simulator
from triage_agent.simulator.llm import ScriptedLLMServer, answer
from triage_agent.store import Store

# A failure of the team's own tooling the built-in catalogue has no words for.
LOCK_LOG = """\
Seeding fixtures for integration tests
fixture-loader: ERROR seeding tenant acme-{n}: lock wait on tenants_registry held by another job
Exited with code exit status 1
"""
SCHEMA_LOG = """\
Checking migrations
schema-guard: ERROR models changed without a migration for table orders_{n}
Exited with code exit status 3
"""
LLM_ANSWER = {"verdict": "unknown", "confidence": 0.3, "category": "unknown",
              "rationale": "cannot tell", "evidence": []}


def seed_history(store: Store) -> None:
    """Four lock failures whose reruns passed, three schema failures reported, one stray."""
    for n, project in enumerate(("gh/acme/api", "gh/acme/api", "gh/acme/web", "gh/acme/worker")):
        seed_decided(store, project=project, job=f"integration-{n}", log=LOCK_LOG.format(n=n),
                     outcome="confirmed", days_ago=2 + n, category="history")
    for n in range(3):
        seed_decided(store, project="gh/acme/api", job=f"migrations-{n}", log=SCHEMA_LOG.format(n=n),
                     action="file_report", status="executed", days_ago=3 + n, category="config")
    seed_decided(store, project="gh/acme/api", job="lint", log=SCHEMA_LOG.format(n=9),
                 action="rerun_workflow", status="pending")


def test_suggest_proposes_the_rule_a_person_would_write_with_its_support():
    store = Store.memory()
    seed_history(store)
    found = suggest_mod.suggest(store, builtin_catalogue())
    by_verdict = {s.verdict: s for s in found}
    assert set(by_verdict) == {"transient", "real"}
    lock = by_verdict["transient"]
    assert (lock.support, lock.correct, lock.precision) == (4, 4, 1.0)
    assert lock.line == "fixture-loader: error seeding tenant acme-<n>: lock wait on tenants_registry held by another job"
    assert re.search(lock.pattern, "fixture-loader: ERROR seeding tenant acme-917: lock wait on tenants_registry "
                     "held by another job", re.I)
    assert not re.search(lock.pattern, "fixture-loader: ERROR seeding tenant acme-917: tenant not found", re.I)
    assert lock.weight == 0.9 and len(lock.examples) == 4
    schema = by_verdict["real"]
    assert (schema.support, schema.correct, schema.category) == (3, 3, "config")


def test_a_line_the_catalogue_already_explains_is_not_proposed():
    store = Store.memory()
    net = "npm ERR! code ECONNRESET\nnpm ERR! network aborted\nExited with code exit status 1\n"
    for n in range(4):
        seed_decided(store, project="gh/acme/api", job=f"deps-{n}", log=net, outcome="confirmed")
    assert suggest_mod.suggest(store, builtin_catalogue()) == []


def test_mixed_outcomes_below_the_precision_bar_are_not_proposed():
    store = Store.memory()
    for n, outcome in enumerate(("confirmed", "refuted", "confirmed", "refuted")):
        seed_decided(store, project="gh/acme/api", job=f"it-{n}", log=LOCK_LOG.format(n=n), outcome=outcome)
    assert suggest_mod.suggest(store, builtin_catalogue()) == []


def lock_world() -> Scenario:
    sc = Scenario(token="rules-token", seed=31)
    sc.add_project("gh/acme/api")
    sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=30), workflows=[
        sc.workflow("ci", jobs=[sc.job("integration", status="failed", log=LOCK_LOG.format(n=77))])])
    return sc


def run_cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_accept_writes_the_rule_and_the_next_identical_failure_is_decided_offline(tmp_path: Path):
    signatures = tmp_path / "team-signatures.toml"
    with ScriptedLLMServer(default=answer(LLM_ANSWER)) as llm, Simulator(lock_world()) as sim:
        config = tmp_path / "triage-agent.toml"
        config.write_text(
            f'[circleci]\nbase_url = "{sim.base_url}"\ntoken = "rules-token"\n'
            f'[polling]\nrequests_per_minute = 100000\n[storage]\npath = "state.db"\n'
            f'[llm]\nenabled = true\nbase_url = "{llm.base_url}"\napi_key = "test-key"\nmax_retries = 0\n'
            # Similar-failure evidence alone would already lean transient here; off, so that what
            # decides is the accepted rule.
            f'[classifier]\nsignatures_file = "team-signatures.toml"\nsimilar_failures = false\n')
        store = Store.open(tmp_path / "state.db")
        seed_history(store)
        store.close()

        # Before: the lock failure is unknown offline, so the LLM is asked.
        code, out, _ = run_cli("poll", "--once", "--json", "--config", str(config))
        assert code == 0
        [before] = json.loads(out)["new_failures"]
        assert before["verdict"] == "unknown" and len(llm.chat_requests) == 1

        code, out, _ = run_cli("rules", "suggest", "--json", "--config", str(config))
        assert code == 0
        [rule] = [s for s in json.loads(out) if s["verdict"] == "transient"]
        # The failure just judged is not labelled yet, so the support is still the four reruns.
        assert (rule["support"], rule["precision"]) == (4, 1.0)

        code, _, err = run_cli("rules", "accept", rule["id"], "--config", str(config))
        assert code == 0, err
        text = signatures.read_text()
        assert text.startswith("# Team signatures for triage-agent")
        assert f"from suggestion {rule['id']}: 4 of 4 matching failures" in text

        sim.add_pipeline("gh/acme/api", workflows=[Scenario.workflow("ci", jobs=[
            Scenario.job("integration", status="failed", log=LOCK_LOG.format(n=78))])])
        code, out, _ = run_cli("poll", "--once", "--json", "--config", str(config))
        assert code == 0
        [after] = json.loads(out)["new_failures"]
        assert (after["verdict"], after["classifier"]) == ("transient", "rules")
        assert after["confidence"] >= 0.85 and after["proposal"]["action"] == "rerun_workflow"
        assert len(llm.chat_requests) == 1  # decided offline: no new LLM request

        # The accepted rule is no longer proposed; a comment the user adds survives the next accept.
        signatures.write_text(signatures.read_text() + "# keep me\n")
        code, out, _ = run_cli("rules", "suggest", "--json", "--config", str(config))
        remaining = json.loads(out)
        assert [s["verdict"] for s in remaining] == ["real"]
        code, _, _ = run_cli("rules", "accept", remaining[0]["id"], "--config", str(config))
        assert code == 0 and "# keep me" in signatures.read_text()
        assert signatures.read_text().count("[[signature]]") == 2


def test_a_rejected_rule_is_remembered(tmp_path: Path):
    store = Store.open(tmp_path / "state.db")
    seed_history(store)
    [real] = [s for s in suggest_mod.suggest(store, builtin_catalogue()) if s.verdict == "real"]
    suggest_mod.reject(store, real, actor="alice", now=NOW, reason="schema-guard is being replaced")
    assert [s.verdict for s in suggest_mod.suggest(store, builtin_catalogue())] == ["transient"]
    row = store.db["rule_decisions"].get(real.id)
    assert (row["status"], row["decided_by"], row["reason"]) == ("rejected", "alice", "schema-guard is being replaced")
    with pytest.raises(suggest_mod.RuleError, match="no current suggestion"):
        suggest_mod.find(suggest_mod.suggest(store, builtin_catalogue()), real.id)
    store.close()


def test_accept_without_a_signatures_file_setting_says_what_to_set(tmp_path: Path):
    config = tmp_path / "triage-agent.toml"
    config.write_text('[circleci]\ntoken = "t"\n[storage]\npath = "state.db"\n')
    code, _, err = run_cli("rules", "accept", "s-00000000", "--config", str(config))
    assert code == 1 and "classifier.signatures_file is not set" in err
