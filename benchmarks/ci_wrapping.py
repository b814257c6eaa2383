r"""The tool-source logs under other CI systems' wrapping: line prefixes and a missing closing line.

Every ``tests/unit/test_tool_sources_*.py`` lists short logs of a tool's own messages, written the
way GitHub Actions prints them. The judging sets come from other CI systems, and often as excerpts.
This reads each log three ways through the offline engine: as written; with each line under nine CI
systems' prefixes (GitHub's raw-log clock, Jenkins' timestamper, GitLab's runner stamps, BuildKit's
step, TeamCity's step block, Zuul's node, a self-hosted runner's journald line, Bazel's clock, Turborepo's
package and task: tests/unit/test_ci_prefixes.py's); and without the CI's
closing line (the lines the engine reads as a failed step's end: ``##[error]Process completed with
exit code 1.``, CircleCI's ``Exited with code``, Azure's, Buildkite's, Travis's), as an excerpt would
come. It prints how many verdicts change, per wrapping, and lists the changed cases.
``tests/unit/test_ci_prefixes.py`` asserts the same for the fault sweep and the labelled cases; this
covers the ~6,400 tool-source logs, too many for the unit suite's time.

Usage: python benchmarks/ci_wrapping.py [--quick]   (--quick: every fifth file)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from _common import REPO, header, parse_args, progress, table

sys.path.insert(0, str(REPO / "tests"))
from judging import judge  # noqa: E402

# The prefixes are tests/unit/test_ci_prefixes.py's (nine of its styles); a closing line is one the engine itself reads
# as the failed step's end (placement._STEP_FAILED: GitHub's, CircleCI's, Azure's, Buildkite's, Travis's).
sys.path.insert(0, str(REPO / "tests" / "unit"))
from test_ci_prefixes import PREFIXES as _ALL_PREFIXES  # noqa: E402

from triage_agent.classify.placement import _STEP_FAILED as CLOSING  # noqa: E402

PREFIXES = {name: _ALL_PREFIXES[name] for name in (
    "GitHub Actions raw log", "Jenkins timestamper", "GitLab runner timestamps", "BuildKit (docker build)", "TeamCity",
    "Zuul",
    # (twenty-first round) a self-hosted runner's journal, Bazel's clock, a monorepo runner's package prefix
    "journald", "Bazel --show_timestamps", "Turborepo")}


def _cases(files: list[Path]) -> list[tuple[str, str, str]]:
    """(file, id, log) of every case tuple a file's upper-case lists hold."""
    out = []
    for path in files:
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for name, value in vars(module).items():
            if not (name.isupper() and isinstance(value, list)):
                continue
            for case in value:
                if isinstance(case, tuple) and len(case) >= 2 and isinstance(case[-1], str) and "\n" in case[-1]:
                    out.append((path.stem.removeprefix("test_tool_sources_"), str(case[0]), case[-1]))
    return out


def main() -> int:
    args = parse_args(__doc__.splitlines()[0])
    header("Tool-source logs under other CI systems' wrapping", "python benchmarks/ci_wrapping.py")
    files = sorted((REPO / "tests" / "unit").glob("test_tool_sources_*.py"))
    if args.quick:
        files = files[::5]
    cases = _cases(files)
    progress("%d logs from %d files", len(cases), len(files))
    changed: dict[str, list[tuple[str, str, str, str]]] = {name: [] for name in [*PREFIXES, "no closing line"]}
    with_closing = 0
    for n, (family, cid, log) in enumerate(cases):
        if n and n % 1000 == 0:
            progress("%d logs read", n)
        bare = judge(log).verdict
        lines = log.split("\n")
        for name, prefix in PREFIXES.items():
            got = judge("\n".join(prefix(i) + line for i, line in enumerate(lines))).verdict
            if got != bare:
                changed[name].append((family, cid, bare, got))
        cut = [line for line in lines if not CLOSING.match(line)]
        if len(cut) != len(lines):
            with_closing += 1
            got = judge("\n".join(cut)).verdict
            if got != bare:
                changed["no closing line"].append((family, cid, bare, got))
    rows = [(name, len(cases), len(v)) for name, v in changed.items() if name in PREFIXES]
    rows.append(("no closing line (logs that had one)", with_closing, len(changed["no closing line"])))
    print(table(["wrapping", "logs", "verdicts changed"], rows))
    listed = [(name, *c) for name, v in changed.items() for c in v]
    if listed:
        print("\n" + table(["wrapping", "family", "case", "as written", "wrapped"], listed, "lllll"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
