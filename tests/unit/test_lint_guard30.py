"""(perf30) The lint steps' went-on guards read from a one-pass index give the answers their lookaheads gave.

review29_b let yamllint's parsable findings and dotnet format's warning codes (lint-as-warning) and Semgrep's findings
count (static-analyzer-findings-summary) stand aside where the job went on to another command or step with no failed
exit between, as a negative lookahead at the end of each pattern: up to 400 lines (Semgrep's 40) read again for every
finding. perf30 moved the guard out of the patterns ({pattern = '...', unless_went_on = "<name>"}, went_on.py): the
lines that end the look are listed once per text, each finding asks for the first one below it. The lookaheads are kept
here as the oracle, copied from the base commit (f550aef); on generated logs (random mixes of the three findings,
commands and step headers, failed exits, Semgrep's "No blocking findings", blanks, other steps' lines, long lines, runs
of filler of about the windows' sizes), the lines the old patterns match are the lines the new ones match where the
guard does not hold, and the engine reads every log alike with either catalogue. No wall-clock bound: the benchmark
(benchmarks/lint_guard_speed.py) measures the time.
"""

from __future__ import annotations

import random
import re

import pytest

from triage_agent.classify import rules
from triage_agent.classify.catalogue import (
    Catalogue,
    Matcher,
    builtin_catalogue,
    compile_matcher,
    parse_catalogue_text,
)
from triage_agent.classify.rules import RulesEngine
from triage_agent.classify.went_on import GUARDS
from triage_agent.core.models import FailureCase
from triage_agent.errors import ConfigError

# ---------------------------------------------------------------- the oracle: the base commit's patterns (f550aef)

_OLD_FAILED_EXIT = (r'''(?!Running after_?script\b|(?:##\[error\])?Process completed with exit code [1-9]'''
                    r'''|The command "[^\n]{0,400}" exited with [1-9])''')
_OLD_YAMLLINT = (r'''^\s*\S+\.ya?ml:\d+:\d+: \[(?:error|warning)\] [^\n]{1,400}\([a-z][\w-]{1,60}\)[ \t]*$(?!\n(?:'''
                 + _OLD_FAILED_EXIT + r'''[^\n]{0,2000}\n){0,400}?(?:##\[group\]Run |\$ ))''')
_OLD_DOTNET = (r'''\.(?:cs|vb)\(\d+,\d+\): warning (?:WHITESPACE|FINALNEWLINE|CHARSET|IMPORTS): [^\n]*+(?!\n(?:'''
               + _OLD_FAILED_EXIT + r'''[^\n]{0,2000}\n){0,400}?(?:##\[group\]Run |\$ ))''')
_OLD_SEMGREP = (r'''\bRan \d+ rules? on \d+ files?: [1-9]\d* findings?\b(?![^\n]{0,400}\n(?:''' + _OLD_FAILED_EXIT
                + r'''[^\n]{0,400}\n){0,40}?(?:[^\n]{0,100}\bNo blocking findings\b|##\[group\]Run |\$ ))''')
# (the new patterns as the catalogue now writes them, the old one each stands for, the entry)
_NEW_TO_OLD = {
    r"^\s*\S+\.ya?ml:\d+:\d+: \[(?:error|warning)\] [^\n]{1,400}\([a-z][\w-]{1,60}\)[ \t]*$": _OLD_YAMLLINT,
    r"\.(?:cs|vb)\(\d+,\d+\): warning (?:WHITESPACE|FINALNEWLINE|CHARSET|IMPORTS): [^\n]*+": _OLD_DOTNET,
    r"\bRan \d+ rules? on \d+ files?: [1-9]\d* findings?\b": _OLD_SEMGREP,
}


def test_the_guarded_patterns_are_the_three_of_review29_b() -> None:
    got = {(sig.id, p.pattern, m.unless_went_on) for sig in builtin_catalogue()
           for p, m in zip(sig.patterns, sig.matchers, strict=True) if m.unless_went_on}
    assert {(sig_id, guard) for sig_id, _, guard in got} == {
        ("lint-as-warning", "lint_step"), ("static-analyzer-findings-summary", "semgrep_scan")}
    assert {p for _, p, _ in got} == set(_NEW_TO_OLD) and len(got) == 3


# ---------------------------------------------------------------- generated logs

_COMMANDS = ("$ make lint", "$ ./scripts/deploy.sh", "##[group]Run npm test", "##[GROUP]run pytest", "$ echo done",
             # (not the guard's: indented, a trace's "+", npm's "> ", a bare "Run", "$" without its blank)
             "  $ make test", "+ make test", "> web@1.0.0 test", "Run npm test", "$make", "##[group]Runner setup",
             "$ make\r", "##[group]Run npm test\r")
_FAILED_EXITS = ("##[error]Process completed with exit code 1.", "Process completed with exit code 2.",
                 "Process completed with exit code 0.", 'The command "yamllint ." exited with 1.',
                 'The command "yamllint ." exited with 0.', "Running after_script", "running afterscript",
                 "Running after script", f'The command "{"x" * 399}" exited with 1.',
                 f'The command "{"x" * 401}" exited with 1.', "  Process completed with exit code 1.",
                 # (the letters re.IGNORECASE folds to ASCII ones: "ſ" is an s)
                 "Proceſs completed with exit code 1.", "Running after_ſcript", "RUNNING AFTER_SCRIPT")
_NO_BLOCKING = ("No blocking findings so exiting with code 0", "Some 'semgrep ci' output: no blocking findings here",
                "x" * 95 + " No blocking findings", "x" * 101 + " No blocking findings", "xNo blocking findings",
                "No blocking findingsX", "No blocking findingſ")
_FILLER = ("", "   ", "compiling module 3 of many", "[INFO] step 4 ok", "  at Foo.bar(Foo.java:12)",
           "npm ERR! code E404", "Error: something failed", "\t", "x" * 401, "x" * 2001, "y" * 1999)


def _finding(rng: random.Random) -> str:
    kind = rng.randrange(9)
    if kind == 0:
        return f"deploy/values.yaml:{rng.randrange(1, 99)}:3: [warning] truthy value should be one of [false, true] (truthy)"
    if kind == 1:
        return f"  a.yml:1:1: [{rng.choice(('error', 'ERROR', 'warning'))}] too many spaces (colons)" + rng.choice(
            ("", " ", "\t", " x", "\r"))
    if kind == 2:
        return f"src/App{rng.randrange(9)}.cs(9,1): warning {rng.choice(('WHITESPACE', 'imports', 'CHARSET'))}: Fix it."
    if kind == 3:
        return "Lib.vb(2,4): warning FINALNEWLINE: Insert '\\n'." + rng.choice(("", " [x.vbproj]", "x" * 500))
    if kind == 4:
        n = rng.choice((0, 1, 3, 12))
        return f"Ran {rng.randrange(1, 400)} rules on {rng.randrange(1, 90)} files: {n} finding{'s' * (n != 1)}."
    if kind == 5:
        return "Ran 1 rule on 1 file: 2 findings." + rng.choice((" " + "z" * 399, " " + "z" * 400, "z" * 500, ""))
    if kind == 6:  # (two findings on one line)
        return "Ran 3 rules on 2 files: 1 finding. Ran 3 rules on 2 files: 4 findings. " + "w" * rng.randrange(390, 410)
    if kind == 7:
        return "x.cs(1,1): warning WHITESPACE: a. y.cs(2,2): warning IMPORTS: b."
    return "Ran 312 rules on 88 files: 1 finding." + rng.choice(("", " (1 blocking)", "Z"))


def _run(rng: random.Random) -> list[str]:
    """Filler lines, as many as the windows' sizes or so (0-5, around 40, around 400)."""
    n = rng.choice((0, 1, 2, 5, rng.randrange(37, 43), rng.randrange(397, 404)))
    return [rng.choice(_FILLER[:8]) for _ in range(n)]


def _log(seed: int) -> str:
    rng = random.Random(seed)
    body: list[str] = []
    for _ in range(rng.randrange(4, 30)):
        kind = rng.randrange(10)
        if kind < 4:
            body.append(_finding(rng))
        elif kind < 6:
            body += _run(rng)
        elif kind == 6:
            body.append(rng.choice(_COMMANDS))
        elif kind == 7:
            body.append(rng.choice(_FAILED_EXITS))
        elif kind == 8:
            body.append(rng.choice(_NO_BLOCKING))
        else:
            body.append(rng.choice(_FILLER))
    return "\n".join(body) + rng.choice(("", "\n", "\n\n"))


_SEEDS = range(600)


def _old_of(catalogue: Catalogue) -> dict[int, Matcher]:
    """Each guarded matcher's (by id) old form: its pattern with the lookahead, compiled as the catalogue compiles."""
    return {id(m): compile_matcher(re.compile(_NEW_TO_OLD[p.pattern], p.flags))
            for sig in catalogue for p, m in zip(sig.patterns, sig.matchers, strict=True) if m.unless_went_on}


def _compare(text: str, catalogue: Catalogue, old: dict[int, Matcher]) -> tuple[int, int]:
    """Assert that each guarded matcher's lines where its guard does not hold are the old matcher's lines (with their
    first characters), and those the plain search of the old pattern finds; (lines guarded out, lines kept)."""
    held = kept = 0
    read = rules._ScanText(catalogue, text)
    for sig in catalogue:
        for p, m in zip(sig.patterns, sig.matchers, strict=True):
            if not m.unless_went_on:
                continue
            new = list(read.matched_lines(m))
            out = [(i, f) for i, f in new if read.went_on(m, i)]
            held, kept = held + len(out), kept + len(new) - len(out)
            want = list(rules._ScanText(catalogue, text).matched_lines(old[id(m)]))
            assert [x for x in new if x not in out] == want, (p.pattern, text)
            plain = sorted({text.count("\n", 0, mm.start() + len(mm.group()) - len(mm.group().lstrip()))
                            for mm in re.compile(_NEW_TO_OLD[p.pattern], p.flags).finditer(text)})
            assert sorted({i for i, _ in want}) == plain, (p.pattern, text)
    return held, kept


def test_new_guards_answer_as_the_old_lookaheads() -> None:
    """On every generated log, the lines (and first characters) each old pattern matches are the ones its new pattern
    matches where its guard does not hold; both answers are met often."""
    catalogue = builtin_catalogue()
    old = _old_of(catalogue)
    held = kept = 0
    for seed in _SEEDS:
        h, k = _compare(_log(seed), catalogue, old)
        held, kept = held + h, kept + k
    assert held > 300 and kept > 300, (held, kept)


@pytest.mark.parametrize(("finding", "window"), [
    ("a.yml:1:1: [warning] too many spaces (colons)", 400),
    ("A.cs(1,1): warning WHITESPACE: Fix whitespace formatting.", 400),
    ("Ran 3 rules on 2 files: 1 finding.", 40),
])
@pytest.mark.parametrize("step", ["$ make deploy", "##[group]Run make deploy", "No blocking findings so exiting"])
def test_the_windows_edges(finding: str, window: int, step: str) -> None:
    """The next step right at the window's end, one line past it; a failed exit or a long line between; the same with
    the text ending on the step line or after it: old and new alike, and the guard holds only within the window."""
    catalogue = builtin_catalogue()
    old = _old_of(catalogue)
    reaches = window if not step.startswith("No") or finding.startswith("Ran") else -1
    for between in (0, 1, window - 1, window, window + 1):
        for filler in ("ok", "Process completed with exit code 1.", "x" * 2001, "y" * 401):
            for end in ("", "\n"):
                lines = ["$ lint", finding, *[filler] * between, step]
                held, kept = _compare("\n".join(lines) + end, catalogue, old)
                assert held + kept == 1
                stepped_over = filler == "ok" or (filler == "y" * 401 and window == 400)
                assert held == (between <= reaches and (between == 0 or stepped_over)), (between, filler, step)


def test_the_engine_reads_every_log_alike_with_the_old_patterns() -> None:
    """The engine with the built-in catalogue and with the same catalogue where the three patterns are the old ones (the
    lookaheads, no unless_went_on): the same verdicts, confidences, rationales and evidence on the generated logs,
    and on them framed as a job that fails on a later step (the findings' entries then decide more often)."""
    from importlib import resources

    text = resources.files("triage_agent.classify").joinpath("signatures.toml").read_text(encoding="utf-8")
    for new, old_pattern in _NEW_TO_OLD.items():
        item = re.search(r"\{pattern = '" + re.escape(new) + r"', unless_went_on = \"\w+\"\}", text)
        assert item is not None, new
        text = text.replace(item.group(), "'''" + old_pattern + "'''")
    old_catalogue = parse_catalogue_text(text, where="the base patterns")
    assert not any(m.unless_went_on for sig in old_catalogue for m in sig.matchers)
    new_engine, old_engine = RulesEngine(), RulesEngine(catalogue=old_catalogue)
    read = 0
    for seed in range(0, len(_SEEDS), 3):
        for log in (_log(seed), "##[group]Run make lint\n" + _log(seed) + "\n##[error]Process completed with exit code 1."):
            case = FailureCase.from_dict({"id": f"g{seed}", "log": log})
            got, want = new_engine.classify(case).to_dict(), old_engine.classify(case).to_dict()
            assert got == want, (seed, log)
            read += got["category"] == "lint"
    assert read > 20, read


@pytest.mark.parametrize("item", [
    {"pattern": "x+y", "unless_went_on": "nothing_such"},
    {"pattern": "x+y"},
    {"pattern": "x+y", "unless_went_on": "lint_step", "after": "z"},
    {"pattern": "x+y", "unless_went_on": ["lint_step"]},
])
def test_a_guard_is_named_and_only_in_patterns(item: dict[str, object]) -> None:
    with pytest.raises(ConfigError, match="unless_went_on"):
        parse_catalogue_text(_entry("patterns", item), where="t")
    with pytest.raises(ConfigError, match="unless_went_on"):
        parse_catalogue_text(_entry("unless", {"pattern": "x+y", "unless_went_on": "lint_step"}), where="t")
    catalogue = parse_catalogue_text(_entry("patterns", {"pattern": "x+y", "unless_went_on": "semgrep_scan"}),
                                     where="t")
    assert [m.unless_went_on for m in catalogue.signatures[0].matchers] == ["semgrep_scan", ""]
    assert set(GUARDS) == {"lint_step", "semgrep_scan", "agent_token_revoked"}


def _entry(key: str, item: dict[str, object]) -> str:
    import json

    inline = "{" + ", ".join(f"{k} = {json.dumps(v)}" for k, v in item.items()) + "}"
    patterns = f"[{inline}, 'abc+']" if key == "patterns" else "['abc+']"
    unless = f"\nunless = [{inline}]" if key == "unless" else ""
    return (f"version = 1\n[[signature]]\nid = \"t\"\nleaning = \"real\"\ncategory = \"lint\"\nweight = 0.8\n"
            f"patterns = {patterns}{unless}\n")
