"""benchmarks/separability.py: its learned readers find a word that decides the label, find nothing in labels that
no word decides, never let a project's cases judge each other, and count recall at a precision floor exactly."""

from __future__ import annotations

import random

import pytest
from benchmark_import import benchmark


@pytest.fixture(scope="module")
def sep():
    with benchmark("separability") as module:
        yield module


def _rows(n: int, decided: bool, seed: int = 3):
    """``n`` cases over n // 5 projects; with ``decided`` a transient case (and no real one) holds "gremlin", else
    the labels are drawn apart from the words."""
    rng = random.Random(seed)
    common = [f"word{i}" for i in range(40)]
    x, y, groups = [], [], []
    for i in range(n):
        label = rng.random() < 0.3
        words = set(rng.sample(common, 8))
        if decided and label:
            words.add("gremlin")
        x.append(frozenset(words))
        y.append(label)
        groups.append(f"org/p{i // 5}")
    return x, y, groups


def test_recall_at_precision_counts_the_best_threshold(sep):
    best = sep.recall_at_precision([5, 4, 3, 2, 1], [True, True, False, True, False], floors=(0.95, 0.80, 0.70))
    assert best[0.95] == (2, 2)
    assert best[0.80] == (2, 2)  # 3 of 4 is 0.75
    assert best[0.70] == (3, 4)


def test_tied_scores_cannot_be_split(sep):
    assert sep.recall_at_precision([5, 5, 1], [True, False, True], floors=(0.95,))[0.95] == (0, 0)


def test_auc(sep):
    assert sep.auc([3, 2, 1], [True, False, False]) == 1.0
    assert sep.auc([1, 2, 3], [True, False, False]) == 0.0
    assert sep.auc([1, 1], [True, False]) == 0.5


def test_folds_keep_a_project_together(sep):
    groups = [f"p{i % 7}" for i in range(70)]
    fold = sep.folds_by_group(groups, 5)
    for g in set(groups):
        assert len({f for f, h in zip(fold, groups, strict=True) if h == g}) == 1
    assert len(set(fold)) == 5


@pytest.mark.parametrize("reader", ["naive_bayes", "logistic"])
def test_a_deciding_word_is_found(sep, reader):
    x, y, groups = _rows(300, decided=True)
    scores = sep.cross_validated(x, y, groups, getattr(sep, reader))
    assert sep.auc(scores, y) > 0.95
    got, calls = sep.recall_at_precision(scores, y)[0.95]
    assert got >= 0.9 * sum(y)
    assert got / calls >= 0.95


@pytest.mark.parametrize("reader", ["naive_bayes", "logistic"])
def test_labels_no_word_decides_give_nothing(sep, reader):
    x, y, groups = _rows(300, decided=False)
    scores = sep.cross_validated(x, y, groups, getattr(sep, reader))
    assert 0.3 < sep.auc(scores, y) < 0.7
    assert sep.recall_at_precision(scores, y)[0.95][0] <= 0.05 * sum(y)


def test_a_project_never_judges_its_own_cases(sep):
    """Each project's cases carry a word of their own that decides their shared label: a reader that saw the
    project would score them perfectly; grouped folds leave nothing to learn from."""
    x, y, groups = [], [], []
    rng = random.Random(5)
    for p in range(60):
        label = p % 3 == 0
        for _ in range(5):
            x.append(frozenset({f"project{p}", *rng.sample([f"w{i}" for i in range(30)], 6)}))
            y.append(label)
            groups.append(f"org/p{p}")
    scores = sep.cross_validated(x, y, groups, sep.naive_bayes)
    assert sep.auc(scores, y) < 0.7


@pytest.mark.parametrize(("case", "project"), [
    ({"id": "logchunks:Go/ethereum@go-ethereum/566009484"}, "ethereum@go-ethereum"),
    ({"id": "gh-issue:owner/repo#7"}, "owner/repo"),
    ({"id": "veloren:123", "meta": {"project": "veloren/veloren"}}, "veloren/veloren"),
    ({"id": "cidiff:breakages/assertj_1944"}, "cidiff:breakages"),
])
def test_project_of(sep, case, project):
    assert sep.project_of(case) == project


def test_synthetic_sets_are_left_out(sep):
    assert sep.synthetic("probes31") and sep.synthetic("fault-sweep")
    assert not sep.synthetic("rebuilt") and not sep.synthetic("thread42a")
