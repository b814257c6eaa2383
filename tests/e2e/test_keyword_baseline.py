"""benchmarks/keyword_baseline.py on made-up cases: the yardstick's own verdicts, and the table it prints for a set
where the engine and the plain keyword match disagree both ways."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from benchmark_import import benchmark


@pytest.fixture(scope="module")
def kb():
    with benchmark("keyword_baseline") as module:
        yield module


@pytest.mark.parametrize("log", [
    "curl: (28) Operation timed out after 30001 milliseconds",
    "npm ERR! network request to https://registry.npmjs.org/x failed, reason: getaddrinfo EAI_AGAIN",
    "fatal: unable to access 'https://example.org/r.git/': The requested URL returned error: 503",
    "The runner has received a shutdown signal.",
    "write /tmp/x: no space left on device",
])
def test_infrastructure_words_read_transient(kb, log):
    assert kb.keyword_verdict("step 1\n" + log + "\nexit 1") == "transient"


@pytest.mark.parametrize("log", [
    "src/cart.ts(12,7): error TS2322: Type 'string' is not assignable to type 'number'.",
    "E   assert 3 == 4",
    "Timeline view renders",            # "time" inside a word is no time-out
])
def test_other_lines_read_real(kb, log):
    assert kb.keyword_verdict(log) == "real"


# made-up cases on which the two readers disagree
ROWS = [
    ("a", "transient", "fatal: unable to access 'https://github.com/o/r.git/': Could not resolve host: github.com"),
    ("b", "real", "src/cart.ts(12,7): error TS2322: Type 'string' is not assignable to type 'number'.\n"
                  "Found 1 error in src/cart.ts:12"),
    # a test's own assertion about a time-out: the words are there, the failure is the code's
    ("c", "real", "FAILED tests/test_client.py::test_retry_gives_up - AssertionError: expected TimeoutError\n"
                  "E   assert 'timed out' == 'gave up'\n=========== 1 failed, 20 passed in 1.20s ==========="),
]


def test_table_counts_each_reader_and_their_disagreements(kb, tmp_path, monkeypatch, capsys):
    path = tmp_path / "made.jsonl"
    path.write_text("".join(json.dumps({"id": i, "label": label, "log": log, "failed_tests": []}) + "\n"
                            for i, label, log in ROWS))
    monkeypatch.setattr(kb, "SETS", {})
    monkeypatch.setattr(sys, "argv", ["keyword_baseline.py", "--extra", str(path), "--list"])
    assert kb.main() == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("| made |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    engine_says = {i: kb.RulesEngine().classify(kb.FailureCase.from_dict(
        {"id": i, "label": label, "log": log, "failed_tests": []})).verdict for i, label, log in ROWS}
    kw_says = {i: kb.keyword_verdict(log) for i, _, log in ROWS}
    assert kw_says == {"a": "transient", "b": "real", "c": "transient"}
    assert cells[:3] == ["made", "3", "1"]
    # keyword match: precision 1 of 2, recall 1 of 1
    assert cells[6:8] == ["0.500", "1.000"]
    # every disagreement listed by id, as the engine actually read each case, and only those
    expected = set()
    for i, label, _ in ROWS:
        if kw_says[i] == "transient" and engine_says[i] != "transient":
            expected.add(f"| made | keyword says transient, engine {engine_says[i]} | {label} | {i} |")
        elif engine_says[i] == "transient" and kw_says[i] != "transient":
            expected.add(f"| made | engine says transient, keyword real | {label} | {i} |")
    assert engine_says["b"] == "real" and kw_says["c"] == "transient" and engine_says["c"] != "transient"
    listed = {line for line in out.splitlines() if line.startswith(("| made | keyword", "| made | engine"))}
    assert listed == expected and len(expected) >= 1


def test_extra_sets_of_the_same_name_are_kept_apart(kb, tmp_path, monkeypatch, capsys):
    # a blind part's own.jsonl beside another's, and a set named like a built-in one: each is measured, none replaced
    for folder, label in (("part1", "transient"), ("part2", "real")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "own.jsonl").write_text(json.dumps(
            {"id": folder, "label": label, "log": ROWS[0][2], "failed_tests": []}) + "\n")
    (tmp_path / "dev.jsonl").write_text(json.dumps({"id": "d", "label": "real", "log": ROWS[1][2]}) + "\n")
    sets = {"dev": Path("/nonexistent/dev.jsonl")}
    import labelled_moves

    labelled_moves.with_extra(sets, [str(tmp_path / "part1" / "own.jsonl"), str(tmp_path / "part2" / "own.jsonl"),
                                     str(tmp_path / "dev.jsonl"), str(tmp_path / "part1" / "own.jsonl")])
    assert sets == {"dev": Path("/nonexistent/dev.jsonl"), "own": tmp_path / "part1" / "own.jsonl",
                    "part2/own": tmp_path / "part2" / "own.jsonl", f"{tmp_path.name}/dev": tmp_path / "dev.jsonl"}
    monkeypatch.setattr(kb, "SETS", {})
    monkeypatch.setattr(sys, "argv", ["keyword_baseline.py", "--extra", str(tmp_path / "part1" / "own.jsonl"),
                                      str(tmp_path / "part2" / "own.jsonl")])
    assert kb.main() == 0
    out = capsys.readouterr().out
    assert "| own | 1 | 1 |" in out and "| part2/own | 1 | 0 |" in out


def test_labelled_moves_names_the_cases_it_could_not_compare(kb, tmp_path, monkeypatch, capsys):
    import labelled_moves

    part = tmp_path / "part.jsonl"
    part.write_text("".join(json.dumps({"id": i, "label": label, "log": log, "failed_tests": []}) + "\n"
                            for i, label, log in ROWS))
    saved = tmp_path / "before.json"
    monkeypatch.setattr(labelled_moves, "SETS", {})
    monkeypatch.setattr(sys, "argv", ["labelled_moves.py", "--extra", str(part), "--save", str(saved)])
    assert labelled_moves.main() == 0
    before = json.loads(saved.read_text())
    assert sorted(before) == ["part:a", "part:b", "part:c"]
    # one case moved away from its label in the saved file's eyes, one absent from it
    label_b = before["part:b"][0]
    before["part:b"] = [label_b, "transient" if label_b == "real" else "real"]
    del before["part:c"]
    saved.write_text(json.dumps(before))
    monkeypatch.setattr(sys, "argv", ["labelled_moves.py", "--extra", str(part), "--against", str(saved)])
    labelled_moves.main()
    out = capsys.readouterr().out
    assert "1 cases are not in" in out
    assert "| part:b |" in out and "| part:c |" not in out
