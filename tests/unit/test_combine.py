"""The combination rule of the offline and LLM verdicts, when the LLM is asked, and the service."""

from __future__ import annotations

import itertools

import pytest

from triage_agent.classify.combine import combine, reusable_prior, reuse_prior, should_call_llm
from triage_agent.classify.llm import LLMClassifier, make_openai_client
from triage_agent.classify.service import Classifier
from triage_agent.core.models import FailureCase, Finding, History, PriorVerdict, Verdict
from triage_agent.core.redact import Redactor
from triage_agent.simulator.llm import ScriptedLLMServer, structured_answer


def V(verdict: str, confidence: float, *evidence: str, category: str = "", classifier: str = "rules") -> Verdict:
    return Verdict(
        verdict=verdict,
        confidence=confidence,
        category=category or {"transient": "network", "real": "test-failure"}.get(verdict, ""),
        rationale=f"{classifier} says {verdict}.",
        evidence=evidence,
        classifier=classifier,
    )


def L(verdict: str, confidence: float, *evidence: str, category: str = "") -> Verdict:
    return V(verdict, confidence, *evidence, category=category, classifier="llm")


# offline, llm, expected verdict, expected confidence, expected classifier
TABLE = [
    # 3. no LLM answer: the offline verdict stands
    (V("real", 0.7), None, "real", 0.7, "rules"),
    (V("unknown", 0.2), None, "unknown", 0.2, "rules"),
    # 1. a strong offline verdict decides alone, whatever the LLM says
    (V("transient", 0.9), L("real", 0.99), "transient", 0.9, "rules"),
    (V("real", 0.85), L("transient", 0.99), "real", 0.85, "rules"),
    # 4. offline unknown: the LLM's verdict, its confidence capped at 0.85
    (V("unknown", 0.2), L("transient", 0.95), "transient", 0.85, "llm"),
    (V("unknown", 0.2), L("real", 0.6), "real", 0.6, "llm"),
    (V("unknown", 0.2), L("unknown", 0.4), "unknown", 0.4, "llm"),
    # 5. agreement raises confidence, bounded at 0.97
    (V("transient", 0.7), L("transient", 0.8), "transient", 0.87, "rules+llm"),
    (V("real", 0.8), L("real", 0.6), "real", 0.86, "rules+llm"),
    (V("real", 0.84), L("real", 0.99), "real", 0.97, "rules+llm"),
    # 6. the LLM cannot decide: the offline verdict stands, a little less sure
    (V("real", 0.7), L("unknown", 0.5), "real", 0.63, "rules+llm"),
    (V("transient", 0.8), L("unknown", 1.0), "transient", 0.64, "rules+llm"),
    # 7a. an LLM transient never overrides an offline real >= 0.6
    (V("real", 0.8), L("transient", 0.5), "real", 0.64, "rules+llm"),
    (V("real", 0.6), L("transient", 0.2), "real", 0.552, "rules+llm"),
    (V("real", 0.7), L("transient", 0.95), "unknown", 0.434, "rules+llm"),  # 7c: too little left
    # 7b. otherwise the more confident side wins; transient needs a 0.15 margin
    (V("real", 0.59), L("transient", 0.99), "transient", 0.7564, "rules+llm"),
    (V("real", 0.5), L("transient", 0.6), "unknown", 0.36, "rules+llm"),
    (V("transient", 0.7), L("real", 0.8), "real", 0.576, "rules+llm"),
    (V("transient", 0.8), L("real", 0.6), "transient", 0.608, "rules+llm"),
    (V("transient", 0.7), L("real", 0.6), "unknown", 0.42, "rules+llm"),
    (V("transient", 0.6), L("real", 0.6), "unknown", 0.36, "rules+llm"),
]


@pytest.mark.parametrize("offline, llm, verdict, confidence, classifier", TABLE)
def test_combination_rule(offline, llm, verdict, confidence, classifier):
    result = combine(offline, llm)

    assert (result.verdict, result.classifier) == (verdict, classifier)
    assert result.confidence == pytest.approx(confidence, abs=1e-3)


def test_no_llm_answer_returns_the_offline_verdict_itself():
    offline = V("real", 0.7, "AssertionError")

    assert combine(offline, None) is offline


def test_conflict_without_winner_is_labelled_and_explained():
    result = combine(V("transient", 0.7), L("real", 0.6))

    assert result.category == "conflicting-evidence"
    assert result.rationale.startswith("The offline engine (transient 0.70) and the LLM (real 0.60) disagree")
    assert "Offline engine: rules says transient." in result.rationale
    assert "LLM: llm says real." in result.rationale


def test_evidence_is_the_union_offline_first_without_duplicates_and_capped():
    offline = V("real", 0.7, "a", "b", *[f"o{i}" for i in range(6)])
    llm = L("real", 0.8, "b", "c", "d", "e", "f")

    result = combine(offline, llm)

    assert result.evidence == ("a", "b", "o0", "o1", "o2", "o3", "o4", "o5", "c", "d")


def test_findings_of_the_offline_engine_are_kept():
    finding = Finding("oom-killed", "transient", "infrastructure", 0.7, "Killed")
    offline = Verdict("transient", 0.7, "infrastructure", "oom", ("Killed",), findings=(finding,))

    assert combine(offline, L("transient", 0.8)).findings == (finding,)


GRID = [round(x * 0.05, 2) for x in range(21)]


@pytest.mark.parametrize("o", [c for c in GRID if c >= 0.6])
def test_llm_transient_never_turns_a_confident_offline_real_into_transient(o):
    for c in GRID:
        assert combine(V("real", o), L("transient", c)).verdict != "transient"


def test_confidence_stays_in_range_and_disagreement_never_raises_it():
    for ov, lv, o, c in itertools.product(("transient", "real", "unknown"), ("transient", "real", "unknown"), GRID, GRID):
        result = combine(V(ov, o), L(lv, c))
        assert 0.0 <= result.confidence <= 1.0
        assert result.verdict in ("transient", "real", "unknown")
        if ov != "unknown" and lv != ov and o < 0.85:
            assert result.confidence <= max(o, c)
        if ov == lv != "unknown" and o < 0.85:
            assert min(max(o, c), 0.97) <= result.confidence <= 0.97


def case_with(*prior: PriorVerdict, same_commit: bool = False) -> FailureCase:
    return FailureCase(id="c", log="x", history=History(passed_on_same_commit=same_commit, prior=prior))


@pytest.mark.parametrize(
    "offline, case, call, reason",
    [
        (V("transient", 0.9), case_with(), False, "strong offline verdict: transient 0.90"),
        (V("real", 0.85), case_with(), False, "strong offline verdict: real 0.85"),
        (V("real", 0.84), case_with(), True, "offline verdict real 0.84 is below the strong threshold 0.85"),
        (V("unknown", 0.95), case_with(), True, "offline verdict unknown"),
        (
            V("unknown", 0.3),
            case_with(PriorVerdict("transient", 0.9, "confirmed", "2024-05-01T10:00:00Z")),
            False,
            "repeated fingerprint: earlier verdict transient 0.90 (confirmed)",
        ),
        (
            V("real", 0.5),
            case_with(PriorVerdict("real", 0.88)),
            False,
            "repeated fingerprint: earlier verdict real 0.88 (not refuted)",
        ),
        (V("unknown", 0.3), case_with(PriorVerdict("transient", 0.9, "refuted")), True, "offline verdict unknown"),
        (V("unknown", 0.3), case_with(PriorVerdict("transient", 0.6, "confirmed")), True, "offline verdict unknown"),
        (V("unknown", 0.3), case_with(PriorVerdict("unknown", 0.95)), True, "offline verdict unknown"),
        (
            V("unknown", 0.3),
            case_with(
                PriorVerdict("transient", 0.9, "refuted", "2024-05-02T10:00:00Z"),
                PriorVerdict("transient", 0.9, "confirmed", "2024-05-01T10:00:00Z"),
            ),
            True,
            "offline verdict unknown",
        ),
    ],
    ids=[
        "strong-transient",
        "strong-at-threshold",
        "just-below-threshold",
        "unknown-is-never-strong",
        "prior-confirmed",
        "prior-not-refuted-yet",
        "prior-refuted",
        "prior-weak",
        "prior-unknown",
        "latest-prior-refuted",
    ],
)
def test_should_call_llm(offline, case, call, reason):
    assert should_call_llm(offline, case) == (call, reason)


def test_strong_reason_names_the_strongest_backing_finding():
    offline = Verdict(
        "transient", 0.95, "flaky-test", "listed as flaky",
        findings=(
            Finding("timeout", "transient", "timeout", 0.5),
            Finding("flaky-list", "transient", "flaky-test", 0.95, source="flaky"),
            Finding("assertion", "real", "test-failure", 0.99),
        ),
    )

    assert should_call_llm(offline, case_with()) == (False, "strong offline verdict: transient 0.95 (flaky-list)")


def test_threshold_is_a_parameter():
    assert should_call_llm(V("real", 0.9), case_with(), strong_threshold=0.95)[0] is True
    assert combine(V("real", 0.9), L("real", 0.9), strong_threshold=0.95).classifier == "rules+llm"


# --- the service --------------------------------------------------------------------------

ANSWER = {"verdict": "real", "confidence": 0.8, "category": "test-failure",
          "rationale": "The assertion fails.", "evidence": ["AssertionError: expected 1"]}
CASE = FailureCase(id="c", log="running\nAssertionError: expected 1 got 2\nExited with code exit status 1")


@pytest.fixture
def server():
    with ScriptedLLMServer(api_key="k", default=structured_answer(ANSWER)) as srv:
        yield srv


def llm_for(srv: ScriptedLLMServer) -> LLMClassifier:
    return LLMClassifier(make_openai_client(srv.base_url, "k", 2.0, 0), model="m", redactor=Redactor())


def test_service_without_llm_returns_the_offline_verdict():
    offline = V("unknown", 0.2)

    result = Classifier(lambda case: offline, None).classify(CASE)

    assert (result.verdict, result.offline, result.llm_called) == (offline, offline, False)
    assert result.llm_skipped_reason == "no LLM configured"


@pytest.mark.parametrize(
    "offline, tokens_left, reason",
    [
        (V("transient", 0.9), None, "strong offline verdict: transient 0.90"),
        (V("unknown", 0.2), 0, "daily token budget spent"),
        (V("real", 0.6), -5, "daily token budget spent"),
    ],
)
def test_service_skips_the_llm_without_a_request(server, offline, tokens_left, reason):
    result = Classifier(lambda case: offline, llm_for(server)).classify(CASE, llm_tokens_left=tokens_left)

    assert server.chat_requests == []
    assert result.verdict == offline and not result.llm_called
    assert result.llm_skipped_reason == reason and result.tokens == 0


@pytest.mark.parametrize("tokens_left", [None, 1])
def test_service_asks_the_llm_for_a_weak_offline_verdict_and_combines(server, tokens_left):
    offline = V("real", 0.6, "AssertionError: expected 1 got 2")

    result = Classifier(lambda case: offline, llm_for(server)).classify(CASE, llm_tokens_left=tokens_left)

    assert len(server.chat_requests) == 1
    assert result.llm_called and result.llm_skipped_reason == ""
    assert result.llm_reason == "offline verdict real 0.60 is below the strong threshold 0.85"
    assert result.llm_verdict.verdict == "real" and result.llm_calls == 1
    assert result.verdict.verdict == "real" and result.verdict.classifier == "rules+llm"
    assert result.verdict.confidence == pytest.approx(0.8 + 0.2 * 0.6 / 2)
    assert result.prompt_tokens == server.usages[0]["prompt_tokens"]
    assert result.completion_tokens == server.usages[0]["completion_tokens"]
    assert result.verdict.evidence == ("AssertionError: expected 1 got 2", "AssertionError: expected 1")


# --- reusing the verdict of a repeated fingerprint (rule 2) -------------------------------------

def _case_with(prior: PriorVerdict) -> FailureCase:
    return FailureCase(id="r", log="x", history=History(prior=(prior,)))


def _v(verdict: str, confidence: float) -> Verdict:
    return Verdict(verdict=verdict, confidence=confidence, category="network", rationale="offline says so")


@pytest.mark.parametrize(
    ("offline", "prior", "reused"),
    [
        (_v("unknown", 0.55), PriorVerdict("transient", 0.85, ""), ("transient", 0.8075, "history")),
        (_v("transient", 0.74), PriorVerdict("transient", 0.8, "confirmed"), ("transient", 0.74, "rules")),
        (_v("unknown", 0.55), PriorVerdict("transient", 0.70, ""), None),  # not confident enough
        (_v("unknown", 0.55), PriorVerdict("transient", 0.90, "refuted"), None),  # refuted
        (_v("real", 0.70), PriorVerdict("transient", 0.90, ""), None),  # offline contradicts it
    ],
)
def test_a_repeated_fingerprint_reuses_a_confident_unrefuted_verdict(offline, prior, reused):
    found = reusable_prior(offline, _case_with(prior))
    if reused is None:
        assert found is None
        return
    result = reuse_prior(offline, found)
    assert (result.verdict, result.confidence, result.classifier) == reused
