"""Evaluation metrics: arithmetic on a hand-made set with known answers, breakdowns, rendering."""

from __future__ import annotations

import json

import pytest

from triage_agent.classify.metrics import (
    calibration,
    cost_view,
    evaluate,
    load_cases,
    render_text,
    source_prefix,
)
from triage_agent.core.models import Verdict

# id, label, what the fake classifier answers, source, meta.category
ROWS = [
    ("t1", "transient", "transient", "ci-a:run/1", "network"),
    ("t2", "transient", "transient", "ci-a:run/2", "network"),
    ("t3", "transient", "transient", "ci-b:x", "timeout"),
    ("t4", "transient", "real", "ci-b:y", "timeout"),
    ("t5", "transient", "unknown", "ci-b:z", "timeout"),
    ("r1", "real", "real", "ci-a:run/3", "compile"),
    ("r2", "real", "real", "ci-a:run/4", "compile"),
    ("r3", "real", "real", "ci-c", "compile"),
    ("r4", "real", "transient", "ci-c", None),
    ("r5", "real", "unknown", None, None),
]
ANSWERS = {row[0]: row[2] for row in ROWS}


def raw_cases():
    out = []
    for case_id, label, _, source, category in ROWS:
        raw = {"id": case_id, "label": label, "log": f"log of {case_id}"}
        if source is not None:
            raw["source"] = source
        if category is not None:
            raw["meta"] = {"category": category}
        out.append(raw)
    return out


def fake_classify(case):
    return Verdict(verdict=ANSWERS[case.id], confidence=0.8, category="x", rationale="")


@pytest.fixture
def report():
    return evaluate(raw_cases(), fake_classify)


def test_overall_precision_recall_f1_on_a_hand_made_set(report):
    o = report.overall
    # transient: 3 right of 4 predicted; 3 found of 5 actual; unknown counts as not predicted
    assert o.precision("transient") == pytest.approx(3 / 4)
    assert o.recall("transient") == pytest.approx(3 / 5)
    assert o.f1("transient") == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    # real: 3 right of 4 predicted (t4 is a false real); 3 found of 5 actual
    assert o.precision("real") == pytest.approx(3 / 4)
    assert o.recall("real") == pytest.approx(3 / 5)
    assert (o.n, o.unknown) == (10, 2)


def test_confusion_matrix_is_predicted_by_actual(report):
    assert report.overall.matrix == {
        "transient": {"transient": 3, "real": 1},
        "real": {"transient": 1, "real": 3},
        "unknown": {"transient": 1, "real": 1},
    }


def test_breakdown_by_source_prefix(report):
    assert set(report.by_source) == {"ci-a", "ci-b", "ci-c", "(none)"}
    a, b = report.by_source["ci-a"], report.by_source["ci-b"]
    assert (a.n, a.precision("transient"), a.recall("real")) == (4, 1.0, 1.0)
    assert (b.n, b.recall("transient"), b.unknown) == (3, pytest.approx(1 / 3), 1)
    assert b.precision("real") == 0.0  # one real predicted, it was transient
    assert report.by_source["ci-c"].precision("transient") == 0.0


def test_breakdown_by_meta_category(report):
    assert set(report.by_category) == {"network", "timeout", "compile", "(none)"}
    assert report.by_category["network"].recall("transient") == 1.0
    assert report.by_category["compile"].recall("real") == 1.0
    assert report.by_category["(none)"].n == 2


def test_undefined_ratios_are_none_not_zero(report):
    network = report.by_category["network"]
    assert network.precision("real") is None  # nothing predicted real here
    assert network.recall("real") is None  # nothing actually real here
    assert network.f1("real") is None


def test_mistakes_list_wrong_classes_but_not_unknowns(report):
    assert sorted(r.id for r in report.mistakes()) == ["r4", "t4"]


def test_to_dict_is_json_serialisable_and_carries_the_figures(report):
    data = json.loads(json.dumps(report.to_dict(include_cases=True)))
    assert data["n"] == 10 and data["unknown"] == 2
    assert data["classes"]["transient"] == {
        "precision": 0.75,
        "recall": 0.6,
        "f1": pytest.approx(0.6667, abs=1e-4),
        "predicted": 4,
        "correct": 3,
    }
    assert data["confusion"]["unknown"] == {"transient": 1, "real": 1}
    assert data["by_source"]["ci-a"]["n"] == 4
    assert data["by_category"]["network"]["classes"]["real"]["precision"] is None
    assert {m["id"] for m in data["mistakes"]} == {"t4", "r4"}
    assert len(data["cases"]) == 10
    assert "cases" not in report.to_dict()


def test_render_text_shows_the_table_matrix_and_breakdowns(report):
    text = render_text(report)
    assert "cases: 10   unknown: 2" in text
    assert "transient      0.750   0.600  0.667         4       5" in text
    assert "unknown            1      1" in text
    assert "by source" in text and "ci-b" in text
    assert "by category" in text and "timeout" in text
    assert "by source" not in render_text(report, breakdowns=False)


def test_cases_without_a_usable_label_are_skipped_and_counted():
    cases = [
        *raw_cases(),
        {"id": "u", "log": "x"},
        {"id": "v", "log": "x", "label": "flaky"},
        {"id": "w", "label": "real"},  # no log: not a case
    ]
    report = evaluate(cases, fake_classify)
    assert (report.overall.n, report.skipped) == (10, 3)


def test_a_classifier_error_scores_unknown_and_is_recorded():
    def explode(case):
        if case.id == "t1":
            raise RuntimeError("endpoint down")
        return fake_classify(case)

    report = evaluate(raw_cases(), explode)
    assert report.overall.matrix["unknown"]["transient"] == 2
    assert report.errors == 1
    assert next(r for r in report.results if r.id == "t1").error == "RuntimeError: endpoint down"


@pytest.mark.parametrize(
    "answer",
    [
        "transient",
        {"verdict": "transient", "confidence": 0.9},
        Verdict(verdict="transient", confidence=0.9, category="network", rationale=""),
    ],
)
def test_classifier_may_return_a_verdict_a_mapping_or_a_label(answer):
    report = evaluate([{"id": "a", "label": "transient", "log": ""}], lambda case: answer)
    assert report.overall.matrix["transient"]["transient"] == 1


def test_an_out_of_vocabulary_answer_counts_as_unknown():
    report = evaluate([{"id": "a", "label": "real", "log": ""}], lambda case: "probably-fine")
    assert report.overall.unknown == 1


@pytest.mark.parametrize(
    ("source", "prefix"),
    [
        ("gitbugactions/gitbug-java:data/bugs/x.json", "gitbugactions/gitbug-java"),
        ("plain", "plain"),
        ("", "(none)"),
        (None, "(none)"),
    ],
)
def test_source_prefix_is_the_part_before_the_first_colon(source, prefix):
    assert source_prefix(source) == prefix


def test_load_cases_reads_jsonl_and_names_a_bad_line(tmp_path):
    good = tmp_path / "cases.jsonl"
    good.write_text(
        '{"id": "a", "log": "x", "label": "real"}\n\n{"id": "b", "log": "y", "label": "transient"}\n'
    )
    assert [c["id"] for c in load_cases(good)] == ["a", "b"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "log": "x"}\n[1, 2]\n')
    with pytest.raises(ValueError, match=r"bad\.jsonl:2: each line must be a JSON object"):
        load_cases(bad)


def test_calibration_bins_and_expected_calibration_error():
    confidences = {"t1": 0.95, "t2": 0.95, "t3": 0.75, "t4": 0.75, "r1": 0.95, "r2": 0.75, "r3": 0.75,
                   "r4": 0.95, "t5": 0.5, "r5": 0.5}

    def classify(case):
        return Verdict(verdict=ANSWERS[case.id], confidence=confidences[case.id], category="x", rationale="")

    report = evaluate(raw_cases(), classify)
    bins, ece = calibration(report.results)
    # 0.7-0.8: t3 right, t4 wrong, r2 right, r3 right; 0.9-1.0: t1, t2, r1 right, r4 wrong.
    assert [(b.low, b.n, b.accuracy) for b in bins] == [(0.7, 4, 0.75), (0.9, 4, 0.75)]
    assert ece == pytest.approx((4 * abs(0.75 - 0.75) + 4 * abs(0.75 - 0.95)) / 8)
    text = render_text(report)
    assert "expected calibration error (ECE): 0.100" in text


def test_the_cost_view_prices_mistakes_and_unknowns(report):
    cost = cost_view(report.overall, {"false_transient": 30, "false_real": 10, "unknown": 5})
    assert cost["counts"] == {"false_transient": 1, "false_real": 1, "unknown": 2}
    assert cost["total"] == 30 + 10 + 2 * 5
    assert cost["read_everything"] == 10 * 5
    assert report.to_dict()["cost"]["counts"]["false_transient"] == 1


def test_breakdown_by_source_family_falls_back_to_the_source_prefix():
    cases = raw_cases()
    cases[0]["meta"] = {"category": "network", "source_family": "github-issues"}
    report = evaluate(cases, fake_classify)
    assert report.by_family["github-issues"].n == 1
    assert report.by_family["ci-a"].n == 3
