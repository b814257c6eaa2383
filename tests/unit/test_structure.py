"""The log-structure reader and the catalogue on deterministic and transient failures of many
ecosystems (JS/TS, Python, JVM, Go, Rust, Ruby, .NET, PHP, shell, docs tools) and CI systems."""

from __future__ import annotations

import pytest
from structure_cases import CASES

from triage_agent.classify import structure
from triage_agent.classify.rules import RulesEngine
from triage_agent.core.models import FailureCase

ENGINE = RulesEngine()


@pytest.mark.parametrize(("label", "log"), CASES, ids=[f"{n}-{c[0]}" for n, c in enumerate(CASES)])
def test_each_mechanism_gets_its_verdict_with_evidence(label, log):
    verdict = ENGINE.classify(FailureCase(id="x", log=log))
    assert verdict.verdict == label, verdict.rationale
    assert verdict.evidence and any(f.leaning == label for f in verdict.findings)


@pytest.mark.parametrize(
    ("log", "command", "code"),
    [
        ('$ bundle exec rubocop\nx.rb:1:1: C: Style/X: y\nThe command "bundle exec rubocop" exited with 1.\n'
         'The command "echo done" exited with 0.\n', "bundle exec rubocop", 1),
        ("Run npm run lint\n> eslint src\n  1:1  error  x  no-x\n##[error]Process completed with exit code 2.\n",
         "eslint src", 2),
        ("$ make docs\nmake: *** [docs] Error 2\nERROR: Job failed: exit code 2\n", "make docs", 2),
        ("+ ./gradlew check\nFAILURE: Build failed\nscript returned exit code 1\n", "./gradlew check", 1),
        ("=== step 'mypy src' failed with exit code 1 ===\nsrc/a.py:1: error: x  [misc]\n", "mypy src", 1),
        # A diff's "+++ b/x" header is not a shell trace of a command.
        ("Run git diff --exit-code\ndiff --git a/x.go b/x.go\n--- a/x.go\n+++ b/x.go\n@@ -1 +1 @@\n-a\n+b\n"
         "##[error]Process completed with exit code 1.\n", "git diff --exit-code", 1),
        # Azure Pipelines' script task: the script is printed on the line after "Script contents:".
        ("Generating script.\nScript contents:\nflake8 --format junit-xml src\n"
         "========================== Starting Command Output ===========================\n"
         "##[error]Bash exited with code '1'.\n", "flake8 --format junit-xml src", 1),
        ("nothing to see\n", "", None),
    ],
)
def test_the_failing_command_and_its_exit_code_are_found(log, command, code):
    found = structure.read(log)
    assert (found.command, found.exit_code) == (command, code)


@pytest.mark.parametrize(
    ("command", "tool", "kind"),
    [
        ("bundle exec rubocop --parallel", "rubocop", "lint"),
        ("npm run lint:css", "npm lint:css", "lint"),
        ("yarn typecheck", "typecheck", "type checker"),
        ("python -m black --check .", "black", "formatter"),
        ("cargo fmt -- --check", "cargo-fmt", "formatter"),
        ("make -C docs html SPHINXOPTS=-W", "make docs", "docs builder"),
        ("composer install && vendor/bin/phpstan.phar analyse src", "phpstan", "lint"),
        ("npx size-limit", "size-limit", "size check"),
        ("rustup toolchain install nightly-2019-01-01", "rustup", "toolchain manager"),
        ("make generate && git diff --exit-code", "git diff", "drift check"),
        ("git diff --quiet -- api/", "git diff", "drift check"),
        ("npm test", None, None),
        ("go test ./...", None, None),
        ("./gradlew build", None, None),
        ("git diff HEAD~1 --stat", None, None),
    ],
)
def test_the_tool_behind_a_command(command, tool, kind):
    found = structure.tool_of(command)
    if tool is None:
        assert found is None
    else:
        assert found is not None and (found[0], found[1][0]) == (tool, kind)


def test_a_linter_failing_after_a_network_error_is_not_called_real_with_confidence():
    log = ("$ npx eslint src\nnpm ERR! code ECONNRESET\nnpm ERR! network aborted\n"
           'The command "npx eslint src" exited with 1.\n')
    verdict = ENGINE.classify(FailureCase(id="x", log=log))
    assert verdict.verdict != "real"
