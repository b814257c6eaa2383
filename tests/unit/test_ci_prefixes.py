"""The same log under every CI system's line prefixes reads the same.

Each CI system writes something in front of every line of a job's output: a clock, a step, a
service, a stream. A pattern anchored at a line's start must read the tool's own text under all
of them. The logs are tests/data/fault_sweep.jsonl (generated here); each is wrapped as each CI
system would print it and must keep the verdict it has bare."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from judging import judge

from triage_agent.core.logtext import strip_ansi

CORPUS = Path(__file__).resolve().parents[1] / "data" / "fault_sweep.jsonl"
CASES = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
BARE = {c["id"]: judge(c["log"]).verdict for c in CASES}

PREFIXES = {
    "GitHub Actions raw log": lambda i: f"2024-05-01T10:00:{i % 60:02d}.1234567Z ",
    "Jenkins timestamper": lambda i: f"[2024-05-01T10:00:{i % 60:02d}.123Z] ",
    "Jenkins timestamper, clock only": lambda i: f"[10:00:{i % 60:02d}] ",
    "GitLab runner timestamps": lambda i: f"2024-05-01T10:00:{i % 60:02d}.123456Z 00O ",
    "BuildKit (docker build)": lambda i: f"#12 {i * 0.137:.3f} ",
    "Docker Compose": lambda i: "api-1  | ",
    "Netlify": lambda i: f"3:07:{i % 60:02d} PM: ",
    "Tekton": lambda i: "[build : step-test] ",
    "kubectl logs --prefix": lambda i: "[pod/api-7d9f8c-x2k4q/api] ",
    "a bare clock": lambda i: f"10:00:{i % 60:02d}.250 ",
    "Buildkite's escape": lambda i: f"\x1b_bk;t=17145576{i:05d}\x07",
}


@pytest.mark.parametrize("style", sorted(PREFIXES))
def test_a_ci_systems_line_prefix_changes_no_verdict(style):
    prefix = PREFIXES[style]
    changed = []
    for case in CASES:
        wrapped = "\n".join(prefix(i) + line for i, line in enumerate(case["log"].split("\n")))
        verdict = judge(wrapped).verdict
        if verdict != BARE[case["id"]]:
            changed.append((case["id"], BARE[case["id"]], verdict))
    assert not changed, changed[:5]


STACKED = {
    # a docker build on GitHub Actions, a Compose service under Jenkins, BuildKit under GitLab
    "GitHub Actions + BuildKit": lambda i: PREFIXES["GitHub Actions raw log"](i) + PREFIXES["BuildKit (docker build)"](i),
    "Jenkins + Docker Compose": lambda i: PREFIXES["Jenkins timestamper"](i) + PREFIXES["Docker Compose"](i),
    "GitLab + BuildKit": lambda i: PREFIXES["GitLab runner timestamps"](i) + PREFIXES["BuildKit (docker build)"](i),
}


@pytest.mark.parametrize("style", sorted(STACKED))
def test_stacked_prefixes_change_no_verdict(style):
    prefix = STACKED[style]
    changed = [c["id"] for c in CASES
               if judge("\n".join(prefix(i) + line for i, line in enumerate(c["log"].split("\n")))).verdict
               != BARE[c["id"]]]
    assert not changed, changed[:5]


def test_windows_line_ends_change_no_verdict():
    changed = [c["id"] for c in CASES if judge(c["log"].replace("\n", "\r\n")).verdict != BARE[c["id"]]]
    assert not changed, changed[:5]


def test_buildkites_timestamp_escape_is_removed_and_keeps_the_line():
    """Buildkite ends its "ESC _ bk;t=<ms>" timestamp with BEL, not with ST: the line after it stays."""
    assert strip_ansi("\x1b_bk;t=1714557600000\x07npm error code E503\n") == "npm error code E503\n"
    # an application program command ended the standard way is removed whole too
    assert strip_ansi("a\x1b_payload\x1b\\b") == "ab"
    # one never ended stops at its line: the next line is the log's, not the sequence's
    assert strip_ansi("\x1bPstray\nmain.go:3:2: undefined: x\n") == "\nmain.go:3:2: undefined: x\n"


def test_the_labelled_cases_read_the_same_under_jenkins_timestamper():
    """The development set, the restored thread cases and the rebuilt own-source cases (third-party
    logs in ../shared, 1,315 with a full rebuild) with Jenkins' timestamper in front of every line:
    before the ninth round 86 of them read differently, now none does (one whose log already
    carries that prefix is allowed a difference: it then has two)."""
    from shared_data import shared_cases

    cases = (shared_cases("eval", "dev.jsonl") + shared_cases("eval", "threads", "all.jsonl")
             + shared_cases("eval", "rebuilt", "own.jsonl"))
    prefix = PREFIXES["Jenkins timestamper"]
    changed = []
    for case in cases:
        bare = judge(case["log"], failed_tests=case.get("failed_tests", [])).verdict
        wrapped = "\n".join(prefix(i) + line for i, line in enumerate(case["log"].split("\n")))
        if judge(wrapped, failed_tests=case.get("failed_tests", [])).verdict != bare:
            changed.append(case["id"])
    assert len(changed) <= 1, changed[:5]
