"""Evidence pieces: log excerpts, fingerprints that survive noise (same-commit history: e2e)."""

from __future__ import annotations

import pytest

from triage_agent.core.fingerprint import fingerprint, key_line, normalise
from triage_agent.core.logtext import excerpt, output_to_lines
from triage_agent.core.models import FailedTest


def test_excerpt_keeps_errors_and_the_tail_and_marks_gaps():
    lines = [f"compiling module {i}" for i in range(500)]
    lines[120] = "error: something broke early"
    lines += ["FAILED: 1 test", "Exited with code exit status 1"]
    text = excerpt(lines, tail_lines=10, max_chars=100_000)
    assert "error: something broke early" in text
    assert text.splitlines()[-1] == "Exited with code exit status 1"
    assert "lines omitted" in text
    assert "compiling module 300" not in text  # the quiet middle is dropped


def test_excerpt_is_capped_keeping_the_end():
    lines = [f"error {i}: " + "x" * 200 for i in range(1000)]
    text = excerpt(lines, tail_lines=50, max_chars=5000)
    assert len(text) <= 5000 + 40
    assert "error 999" in text and "error 0:" not in text


def test_output_lines_strip_colours_and_collapse_progress_redraws():
    lines = output_to_lines(["\x1b[31mred\x1b[0m text\r\n", "10%\r50%\r100%\n", "done\n"])
    assert lines == ["red text", "100%", "done"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("2024-06-04T09:14:22Z connect to 10.0.3.17:5432 failed after 3021ms (attempt 3)",
         "2024-06-05T11:02:01Z connect to 10.0.9.2:5432 failed after 2950ms (attempt 4)"),
        ("npm ERR! network request to https://registry.npmjs.org/@types/node/-/node-20.1.tgz failed, reason: read ECONNRESET",
         "npm ERR! network request to https://registry.npmjs.org/react/-/react-18.3.1.tgz failed, reason: read ECONNRESET"),
        ("FileNotFoundError: /tmp/tmpa8f3k2/build/out.bin", "FileNotFoundError: /tmp/tmpzz01qq/build/out.bin"),
        ("container 4f9a2c1e8b7d exited", "container 9c0d1e2f3a4b exited"),
    ],
)
def test_the_same_failure_on_two_days_has_one_fingerprint(first, second):
    assert normalise(first) == normalise(second)
    assert fingerprint("gh/a/b", "test", [], first)[0] == fingerprint("gh/a/b", "test", [], second)[0]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Exited with code exit status 137", "Exited with code exit status 1"),
        ("error TS2322: Type 'string' is not assignable", "error TS2345: Argument of type 'number'"),
    ],
)
def test_different_failures_have_different_fingerprints(first, second):
    assert fingerprint("gh/a/b", "test", [], first)[0] != fingerprint("gh/a/b", "test", [], second)[0]


def test_fingerprints_depend_on_project_and_job_and_failed_tests():
    t1 = [FailedTest("test_a", "tests.mod")]
    t2 = [FailedTest("test_b", "tests.mod")]
    base = fingerprint("gh/a/b", "test", t1, "log")[0]
    assert base == fingerprint("gh/a/b", "test", t1, "entirely different log text")[0]
    assert base != fingerprint("gh/a/c", "test", t1, "log")[0]
    assert base != fingerprint("gh/a/b", "lint", t1, "log")[0]
    assert base != fingerprint("gh/a/b", "test", t2, "log")[0]


def test_key_line_prefers_the_cause_over_generic_trailers():
    log = "\n".join([
        "npm ERR! code ECONNRESET",
        "npm ERR! network request to https://registry.npmjs.org/x failed",
        "",
        "npm ERR! A complete log of this run can be found in: /root/.npm/_logs/x.log",
        "Exited with code exit status 1",
    ])
    assert key_line(log) == "npm ERR! code ECONNRESET"
