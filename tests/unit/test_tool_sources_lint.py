"""Eleventh round, tool sources: linters, formatters and type checkers.

Each case is a short log written for the test around the summary or failure line a checker prints in
CI, read from the tool's own source (the comment above each case names the repository and the file
holding the format string). Paths, names and hosts are made up; no project's CI log is copied.

A checker that ran and found problems fails the same way on every run: it must read real, with a
named signature behind the verdict (not unknown). A checker that crashed, or could not download
itself, its rules or its plugins, has not judged the change: such a log must not read real with
confidence (a network outage must read transient).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, logs, reads, signatures

_EXIT = "##[error]Process completed with exit code 1.\n"
_EXIT2 = "##[error]Process completed with exit code 2.\n"

# (id, log) pairs: each must read real with a named signature.
REAL: list[tuple[str, str]] = [
    # hadolint/hadolint src/Hadolint/Formatter/TTY.hs ("<file>:<line> <code> <severity>: <message>")
    ("hadolint-tty", "Run hadolint Dockerfile\n"
     "Dockerfile:7 DL3008 warning: Pin versions in apt get install. Instead of `apt-get install <package>` "
     "use `apt-get install <package>=<version>`\n"
     "Dockerfile:12 DL3025 warning: Use arguments JSON notation for CMD and ENTRYPOINT arguments\n" + _EXIT),
    # koalaman/shellcheck src/ShellCheck/Formatter/TTY.hs ("In <file> line <n>:", "^-- SC<code> (<level>): <msg>")
    ("shellcheck-tty", "Run shellcheck scripts/*.sh\n\nIn scripts/release.sh line 14:\nrm -rf $DIR/build\n"
     "       ^--^ SC2086 (info): Double quote to prevent globbing and word splitting.\n\n"
     "For more information:\n  https://www.shellcheck.net/wiki/SC2086 -- Double quote to prevent globbing ...\n" + _EXIT),
    # same, a range marker and no step header naming the tool
    ("shellcheck-tty-range", "\nIn ci/deploy.sh line 8:\nif [ $TARGET == prod ]; then\n     ^-----^ SC2086 (info): "
     "Double quote to prevent globbing and word splitting.\n" + _EXIT),
    # koalaman/shellcheck src/ShellCheck/Formatter/GCC.hs ("<file>:<line>:<col>: <level>: <msg> [SC<code>]")
    ("shellcheck-gcc", "scripts/release.sh:14:8: note: Double quote to prevent globbing and word splitting. [SC2086]\n"
     "scripts/release.sh:20:1: warning: foo appears unused. Verify use (or export if used externally). [SC2034]\n"
     + _EXIT),
    # rhysd/actionlint error.go ("%s:%d:%d: %s [%s]", the kind a rule name from rule_*.go)
    ("actionlint-expression", "Run ./actionlint -color\n"
     ".github/workflows/ci.yml:18:24: property \"node_version\" is not defined in object type "
     "{os: string} [expression]\n   |\n18 |         node-version: ${{ matrix.node_version }}\n"
     "   |                        ^~~~~~~~~~~~~~~~~~~~\n" + _EXIT),
    ("actionlint-runner-label", ".github/workflows/ci.yml:9:14: label \"ubuntu-lates\" is unknown. available "
     "labels are \"ubuntu-latest\", \"ubuntu-24.04\". if it is a custom label for self-hosted runner, set list "
     "of labels in actionlint.yaml config file [runner-label]\n" + _EXIT),
    # DavidAnson/markdownlint-cli2 markdownlint-cli2.mjs (default formatter: "<file>:<line> <rule>/<alias> <desc>",
    # "Summary: <n> error(s)")
    ("markdownlint-cli2", "markdownlint-cli2 v0.13.0 (markdownlint v0.34.0)\nFinding: **/*.md\nLinting: 12 file(s)\n"
     "Summary: 2 error(s)\n"
     "docs/setup.md:3 MD022/blanks-around-headings Headings should be surrounded by blank lines "
     "[Expected: 1; Actual: 0; Below] [Context: \"## Install\"]\n"
     "README.md:41:81 MD013/line-length Line length [Expected: 80; Actual: 96]\n" + _EXIT),
    # same, newer: formatter-default/markdownlint-cli2-formatter-default.js ("<file>:<line>:<col> <severity> <rule>
    # ..."), summary "Summary: N issue(s) in N file(s)"
    ("markdownlint-cli2-severity", "Linting: 12 files\nSummary: 1 issue in 1 file\n"
     "README.md:41:81 error MD013/line-length Line length [Expected: 80; Actual: 96]\n" + _EXIT),
    # prettier/prettier src/cli/format.js ("Code style issues found in N files. Run Prettier with --write to fix.")
    ("prettier-check", "Checking formatting...\n[warn] src/app.ts\n[warn] src/util/date.ts\n"
     "[warn] Code style issues found in 2 files. Run Prettier with --write to fix.\n" + _EXIT),
    # eslint/eslint lib/cli-engine/formatters/stylish.js ("✖ N problems (N errors, N warnings)")
    ("eslint-stylish", "> eslint .\n\n/home/runner/work/app/app/src/index.js\n"
     "  3:7  error  'unused' is assigned a value but never used  no-unused-vars\n\n"
     "✖ 1 problem (1 error, 0 warnings)\n\n" + _EXIT),
    # stylelint/stylelint lib/formatters/stringFormatter.mjs ("✖" marks, "✖ N problems (N errors, N warnings)")
    ("stylelint-string", "> stylelint \"**/*.css\"\n\nsrc/styles/main.css\n"
     "  4:3  ✖  Unexpected unknown property \"colr\"  property-no-unknown\n\n"
     "✖ 1 problem (1 error, 0 warnings)\n" + _EXIT),
    # psf/black src/black/__init__.py and report.py ("would reformat <path>", "Oh no! 💥 💔 💥")
    ("black-check", "would reformat /home/runner/work/app/app/src/app/models.py\n\nOh no! 💥 💔 💥\n"
     "1 file would be reformatted, 23 files would be left unchanged.\n" + _EXIT),
    # astral-sh/ruff crates/ruff/src/printer.rs ("Found N error(s).", "[*] N fixable with the `--fix` option.")
    ("ruff-check-concise", "src/app/models.py:3:8: F401 [*] `os` imported but unused\n"
     "Found 1 error.\n[*] 1 fixable with the `--fix` option.\n" + _EXIT),
    # same, the full output format (the rule code first, then " --> <path>:<line>:<col>")
    ("ruff-check-full", "F401 [*] `os` imported but unused\n --> src/app/models.py:3:8\n  |\n"
     "3 | import os\n  |        ^^\n  |\nhelp: Remove unused import: `os`\n\nFound 1 error.\n"
     "[*] 1 fixable with the `--fix` option.\n" + _EXIT),
    # astral-sh/ruff crates/ruff/src/commands/format.rs ("Would reformat: <path>", "N file(s) would be reformatted")
    ("ruff-format-check", "Would reformat: src/app/models.py\n1 file would be reformatted, 30 files already "
     "formatted\n" + _EXIT),
    # PyCQA/isort isort/main.py and api.py ("ERROR: <path> Imports are incorrectly sorted and/or formatted.")
    ("isort-check", "ERROR: /home/runner/work/app/app/src/app/views.py Imports are incorrectly sorted and/or "
     "formatted.\n" + _EXIT),
    # PyCQA/flake8 src/flake8/formatting/default.py ("%(path)s:%(row)d:%(col)d: %(code)s %(text)s")
    ("flake8", "./src/app/views.py:12:80: E501 line too long (96 > 79 characters)\n"
     "./src/app/views.py:30:1: F841 local variable 'x' is assigned to but never used\n" + _EXIT),
    # pylint-dev/pylint pylint/reporters/text.py and lint/pylinter.py ("Your code has been rated at")
    ("pylint", "************* Module app.views\nsrc/app/views.py:1:0: C0114: Missing module docstring "
     "(missing-module-docstring)\n\n------------------------------------------------------------------\n"
     "Your code has been rated at 9.50/10 (previous run: 9.80/10, -0.30)\n\n" + _EXIT),
    # python/mypy mypy/errors.py and main.py ("Found N errors in N files (checked N source files)")
    ("mypy", "src/app/views.py:14: error: Incompatible types in assignment (expression has type \"int\", "
     "variable has type \"str\")  [assignment]\nFound 1 error in 1 file (checked 18 source files)\n" + _EXIT),
    # microsoft/pyright packages/pyright-internal/src/pyright.ts ("N errors, N warnings, N informations")
    ("pyright", "/home/runner/work/app/app/src/app/views.py\n"
     "  /home/runner/work/app/app/src/app/views.py:14:12 - error: \"foo\" is not defined "
     "(reportUndefinedVariable)\n1 error, 0 warnings, 0 informations \n" + _EXIT),
    # microsoft/TypeScript src/compiler/watch.ts ("Found N errors in N files.")
    ("tsc", "> tsc --noEmit\n\nsrc/app.ts(12,7): error TS2322: Type 'number' is not assignable to type "
     "'string'.\n\nFound 1 error in src/app.ts:12\n\n" + _EXIT2),
    # rubocop/rubocop lib/rubocop/formatter/progress_formatter.rb ("N files inspected, N offenses detected")
    ("rubocop", "Inspecting 40 files\n..C.....\n\nOffenses:\n\nlib/app.rb:3:1: C: [Correctable] "
     "Style/FrozenStringLiteralComment: Missing frozen string literal comment.\n\n"
     "40 files inspected, 1 offense detected, 1 offense autocorrectable\n" + _EXIT),
    # standardrb/standard lib/standard/formatter.rb (header "standard: Use Ruby Standard Style (...)", then
    # "  <path>:<line>:<col>: <cop>: <message>")
    ("standardrb", "standard: Use Ruby Standard Style (https://github.com/standardrb/standard)\n"
     "  lib/app.rb:3:9: Style/StringLiterals: Prefer double-quoted strings unless you need single quotes "
     "to avoid extra backslashes for escaping.\n" + _EXIT),
    ("standardrb-fix-hint", "standard: Use Ruby Standard Style (https://github.com/standardrb/standard)\n"
     "standard: Run `standardrb --fix` to automatically fix some problems.\n"
     "  lib/app.rb:3:9: Lint/UselessAssignment: Useless assignment to variable - `x`.\n" + _EXIT),
    # pinterest/ktlint ktlint-cli-reporter-plain PlainReporter.kt ("<path>:<line>:<col>: <detail> (<rule>)",
    # "Summary error count (descending) by rule:")
    ("ktlint-plain", "src/main/kotlin/App.kt:12:1: Needless blank line(s) (standard:no-consecutive-blank-lines)\n"
     "\nSummary error count (descending) by rule:\n  standard:no-consecutive-blank-lines: 1\n" + _EXIT),
    # detekt/detekt detekt-core .../MaxIssuesReached ("Build failed with N weighted issues.")
    ("detekt", "complexity - 20min debt\n\tLongMethod - 72/60 - [run] at /home/runner/work/app/app/src/main/"
     "kotlin/App.kt:12:9\n\nOverall debt: 20min\n\n"
     "Build failed with 1 weighted issues.\n" + _EXIT),
    # detekt/detekt detekt-core/src/main/kotlin/dev/detekt/core/config/FailurePolicies.kt ("Analysis failed with N issues.")
    ("detekt-2", "> Task :app:detekt FAILED\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\n"
     "Execution failed for task ':app:detekt'.\n> Analysis failed with 3 issues.\n" + _EXIT),
    # realm/SwiftLint Source/SwiftLintFramework (xcode reporter "<file>:<l>:<c>: error: <Rule> Violation: <msg> (<id>)",
    # "Done linting! Found N violations, N serious in N files.")
    ("swiftlint", "Linting Swift files in current working directory\n"
     "/Users/runner/work/app/app/Sources/App/Main.swift:12:1: error: Line Length Violation: Line should be "
     "120 characters or less; currently it has 131 characters (line_length)\n"
     "Done linting! Found 1 violation, 1 serious in 42 files.\n" + _EXIT),
    # nicklockwood/SwiftFormat Sources/CommandLineTool.swift ("Source input did not pass lint check.",
    # "N/N files require formatting.")
    ("swiftformat-lint", "Running SwiftFormat...\n(lint mode - no files will be changed.)\n"
     "/Users/runner/work/app/app/Sources/App/Main.swift:3:1: error: (sortImports) Sort import statements "
     "alphabetically.\nSwiftFormat completed in 0.05s.\nSource input did not pass lint check.\n"
     "1/42 files require formatting.\n" + _EXIT),
    # llvm/llvm-project clang/tools/clang-format/ClangFormat.cpp ("code should be clang-formatted
    # [-Wclang-format-violations]")
    ("clang-format-dry-run", "src/core/buffer.cpp:41:12: error: code should be clang-formatted "
     "[-Wclang-format-violations]\n    if(x){\n           ^\n" + _EXIT),
    # llvm/llvm-project clang-tools-extra/clang-tidy ("<diag> [<check>,-warnings-as-errors]",
    # "N warnings treated as errors")
    ("clang-tidy", "src/core/buffer.cpp:41:12: error: use nullptr [modernize-use-nullptr,-warnings-as-errors]\n"
     "  char *p = 0;\n            ^\n            nullptr\n1 warning treated as error\n" + _EXIT),
    # danmar/cppcheck lib/errorlogger.cpp (default template "{file}:{line}:{column}: {severity}:{inconclusive:"
    # "inconclusive: }{message} [{id}]")
    ("cppcheck", "Checking src/core/buffer.c ...\n"
     "src/core/buffer.c:41:9: error: Array 'buf[10]' accessed at index 10, which is out of bounds. "
     "[arrayIndexOutOfBounds]\n    buf[10] = 0;\n        ^\n" + _EXIT),
    # dominikh/go-tools (staticcheck's text output "<pos>: <message> (<check>)")
    ("staticcheck", "internal/store/db.go:88:2: this value of err is never used (SA4006)\n" + _EXIT),
    # golang/go src/cmd/vet (diagnostics "<pos>: <message>" under "# <package>")
    ("go-vet", "# example.org/app/internal/store\n"
     "internal/store/db.go:42:3: fmt.Printf format %d has arg name of wrong type string\n" + _EXIT),
    # rust-lang/rustfmt src/emitter/diff.rs ("Diff in {}:{}:"; older: "Diff in {} at line {}:")
    ("cargo-fmt-check", "Diff in /home/runner/work/app/app/src/main.rs:12:\n fn main() {\n-    let x=1;\n"
     "+    let x = 1;\n }\n" + _EXIT),
    ("cargo-fmt-check-old", "Diff in /home/runner/work/app/app/src/main.rs at line 12:\n fn main() {\n"
     "-    let x=1;\n+    let x = 1;\n" + _EXIT),
    # rust-lang/rust-clippy (diagnostic, "`-D clippy::...` implied by `-D warnings`"); cargo "could not compile"
    ("cargo-clippy-deny", "    Checking app v0.1.0 (/home/runner/work/app/app)\n"
     "error: this `if` has identical blocks\n  --> src/main.rs:5:5\n  |\n"
     "  = note: `-D clippy::if-same-then-else` implied by `-D warnings`\n"
     "error: could not compile `app` (bin \"app\") due to 1 previous error\n" + _EXIT),
    # dotnet/format src/ (verify-no-changes: "<file>(l,c): error WHITESPACE: Fix whitespace formatting. ...")
    ("dotnet-format-verify", "/home/runner/work/app/app/src/Program.cs(12,1): error WHITESPACE: Fix whitespace "
     "formatting. Replace 8 characters with '\\s\\s\\s\\s'. [/home/runner/work/app/app/src/App.csproj]\n" + _EXIT),
    # PHP-CS-Fixer/PHP-CS-Fixer src/Console/Command/FixCommand.php (dry run "Found N of N files that can be fixed")
    ("php-cs-fixer-dry-run", "Loaded config default from \"/home/runner/work/app/app/.php-cs-fixer.dist.php\".\n"
     "   1) src/Controller/HomeController.php\n\n"
     "Found 1 of 40 files that can be fixed in 0.412 seconds, 16.00 MB memory used\n" + _EXIT),
    # phpstan/phpstan-src src/Command/ErrorFormatter/TableErrorFormatter.php ("[ERROR] Found N errors")
    ("phpstan", " ------ -------------------------------------------\n  Line   src/Controller/HomeController.php\n"
     " ------ -------------------------------------------\n  12     Undefined variable: $foo\n"
     " ------ -------------------------------------------\n\n [ERROR] Found 1 error\n\n" + _EXIT),
    # vimeo/psalm src/Psalm/Report/ConsoleReport.php ("ERROR: <Type> - <file>:<l>:<c> - <message>", "N errors found")
    ("psalm", "ERROR: UndefinedVariable - src/Controller/HomeController.php:12:9 - Cannot find referenced "
     "variable $foo (see https://psalm.dev/024)\n\n------------------------------\n1 errors found\n"
     "------------------------------\n" + _EXIT),
    # adrienverge/yamllint yamllint/linter.py and cli.py (standard format "  l:c  error  <msg>  (<rule>)")
    ("yamllint", "config/app.yaml\n  3:81      error    line too long (96 > 80 characters)  (line-length)\n"
     "  7:1       error    too many blank lines (2 > 0)  (empty-lines)\n\n" + _EXIT),
    # conventional-changelog/commitlint @commitlint/format src/format.ts ("✖   found N problems, N warnings")
    ("commitlint", "⧗   input: Fixed stuff\n✖   subject may not be empty [subject-empty]\n"
     "✖   type may not be empty [type-empty]\n\n✖   found 2 problems, 0 warnings\n"
     "ⓘ   Get help: https://github.com/conventional-changelog/commitlint/#what-is-commitlint\n\n" + _EXIT),
    # codespell-project/codespell codespell_lib/_codespell.py ("<file>:<line>: <word> ==> <fix>")
    ("codespell", "./README.md:12: recieve ==> receive\n./docs/setup.md:3: teh ==> the\n" + _EXIT),
    # crate-ci/typos crates/typos-cli/src/bin/typos-cli/report.rs ("error: `<typo>` should be `<fix>`", "--> <path>")
    ("typos", "error: `recieve` should be `receive`\n  --> ./README.md:12:5\n   |\n12 | We recieve events\n"
     "   |    ^^^^^^^\n   |\n" + _EXIT2),
]

# (id, log) pairs: the checker did not judge the change; must not read real with confidence.
NOT_REAL: list[tuple[str, str]] = [
    # golangci/golangci-lint pkg/commands/run.go ("Running error: ..."), the go toolchain's module download
    ("golangci-lint-module-download-timeout",
     "Run golangci-lint run --timeout=5m\n"
     "level=error msg=\"Running error: context loading failed: failed to load packages: failed to load with go/"
     "packages: err: exit status 1: stderr: go: example.org/lib@v1.2.0: Get \\\"https://proxy.example.org/"
     "example.org/lib/@v/v1.2.0.mod\\\": dial tcp 203.0.113.7:443: i/o timeout\\n\"\n" + _EXIT),
    # detekt run through Gradle: the detekt-cli artifact could not be downloaded (Gradle's resolution error)
    ("detekt-cli-download-502",
     "> Task :app:detekt FAILED\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\n"
     "Execution failed for task ':app:detekt'.\n> Could not resolve all files for configuration ':app:detekt'.\n"
     "   > Could not resolve io.gitlab.arturbosch.detekt:detekt-cli:1.23.6.\n"
     "      > Could not get resource 'https://repo.example.org/maven2/io/gitlab/arturbosch/detekt/detekt-cli/"
     "1.23.6/detekt-cli-1.23.6.pom'.\n"
     "         > Could not GET 'https://repo.example.org/maven2/io/gitlab/arturbosch/detekt/detekt-cli/1.23.6/"
     "detekt-cli-1.23.6.pom'. Received status code 502 from server: Bad Gateway\n" + _EXIT),
    # pre-commit/pre-commit pre_commit/error_handler.py ("An unexpected error has occurred: ...") while cloning
    # a hook repository (git's "Could not resolve host")
    ("pre-commit-hook-clone-dns",
     "[INFO] Initializing environment for https://github.com/example/black-mirror.\n"
     "An unexpected error has occurred: CalledProcessError: command: ('/usr/bin/git', 'fetch', 'origin', "
     "'--tags')\nreturn code: 128\nstdout: (none)\nstderr:\n"
     "    fatal: unable to access 'https://github.com/example/black-mirror/': Could not resolve host: github.com\n"
     "Check the log at /home/runner/.cache/pre-commit/pre-commit.log\n" + _EXIT),
    # ktlint's internal error summary (pinterest/ktlint: rule engine exceptions reported as a violation)
    ("ktlint-internal-error",
     "src/main/kotlin/App.kt:1:1: Internal Error (rule 'standard:indent') in src/main/kotlin/App.kt at position "
     "'0:0. Please create a ticket at https://github.com/pinterest/ktlint/issues and provide the source code "
     "that triggered an error.\n"
     "\nSummary error count (descending) by rule:\n  An internal error occurred in the Ktlint Rule Engine: 1\n"
     + _EXIT),
    # python/mypy mypy/errors.py (report_internal_error: "INTERNAL ERROR -- Please try using mypy master ...")
    ("mypy-internal-error",
     "src/app/views.py:14: error: INTERNAL ERROR -- Please try using mypy master on GitHub:\n"
     "https://mypy.readthedocs.io/en/stable/common_issues.html#using-a-development-mypy-build\n"
     "Please report a bug at https://github.com/python/mypy/issues\nversion: 1.10.0\n"
     "Traceback (most recent call last):\n  File \"mypy/checkexpr.py\", line 5000, in accept\n"
     "AssertionError: \n" + _EXIT2),
    # dotnet format restoring its analyzers' packages (NuGet NU1301, service index unreachable)
    ("dotnet-format-nuget-restore",
     "Run dotnet format --verify-no-changes\n"
     "/home/runner/work/app/app/src/App.csproj : error NU1301: Unable to load the service index for source "
     "https://nuget.example.org/v3/index.json.\n" + _EXIT),
    # clippy through cargo: the crate index could not be fetched (cargo's spurious network error)
    ("cargo-clippy-index-timeout",
     "    Updating crates.io index\n"
     "warning: spurious network error (3 tries remaining): [28] Timeout was reached (Operation timed out after "
     "30000 milliseconds with 0 bytes received)\n"
     "error: failed to get `serde` as a dependency of package `app v0.1.0 (/home/runner/work/app/app)`\n\n"
     "Caused by:\n  download of config.json failed\n\nCaused by:\n  [28] Timeout was reached\n" + _EXIT),
    # pylint-dev/pylint pylint/lint/utils.py (get_fatal_error_message), reported as F0002 (astroid-error)
    ("pylint-astroid-crash",
     "************* Module app.views\n"
     "src/app/views.py:1:0: F0002: src/app/views.py: Fatal error while checking 'src/app/views.py'. Please open an "
     "issue in our bug tracker so we address this. There is a pre-filled template that you can use in "
     "'/home/runner/.cache/pylint/pylint-crash-2024-05-01-12-00-00.txt'. (astroid-error)\n" + _EXIT),
    # phpstan/phpstan-src src/Parallel/ParallelAnalyser.php ("Child process error (exit code %d): %s"), then the
    # table error formatter's summary (a worker killed by a signal; one that ran out of PHP's memory_limit reads
    # real through php-memory-limit, a setting of the job)
    ("phpstan-worker-died",
     " 12/40 [=======>--------------------]  30%\n\n -- ---------------------------------------------------\n"
     "     Error\n -- ---------------------------------------------------\n"
     "     Child process error (exit code 139): \n"
     " -- ---------------------------------------------------\n\n [ERROR] Found 1 error\n\n" + _EXIT),
    # markdownlint-cli2 run through npx: npm could not fetch the package (npm's network error)
    ("markdownlint-cli2-npx-econnreset",
     "Run npx markdownlint-cli2 \"**/*.md\"\nnpm ERR! code ECONNRESET\nnpm ERR! syscall read\n"
     "npm ERR! errno ECONNRESET\nnpm ERR! network request to https://registry.example.org/markdownlint-cli2 failed, "
     "reason: read ECONNRESET\nnpm ERR! network This is a problem related to network connectivity.\n" + _EXIT),
    # clang-tidy crashing (LLVM's PrettyStackTrace "Stack dump:" then a signal)
    ("clang-tidy-crash",
     "Stack dump:\n0.\tProgram arguments: clang-tidy -p build src/core/buffer.cpp\n"
     "1.\t<eof> parser at end of file\n"
     "Segmentation fault (core dumped)\n" + _EXIT),
]


@pytest.mark.parametrize("log", logs(REAL))
def test_checker_finding_reads_real_with_a_signature(log):
    v = judge(log)
    assert v.verdict == "real" and signatures(v), v.rationale


@pytest.mark.parametrize("log", logs(NOT_REAL))
def test_checker_that_did_not_run_is_not_read_real_with_confidence(log):
    v = judge(log)
    assert not (v.verdict == "real" and v.confidence >= 0.7), (v.verdict, v.confidence, v.rationale)


@pytest.mark.parametrize("log", [log for cid, log in NOT_REAL if cid in {
    "golangci-lint-module-download-timeout", "pre-commit-hook-clone-dns", "markdownlint-cli2-npx-econnreset",
    "dotnet-format-nuget-restore", "cargo-clippy-index-timeout"}])
def test_a_checker_download_outage_reads_transient(log):
    reads(log, "transient")


def test_case_ids_are_unique():
    assert_unique_ids(REAL, NOT_REAL)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    ".github/workflows/ci.yml:9:14: label x is unknown [runner-label ",
    "Diff in /src/main.rs:12: ",
    "standard: Run `standardrb --fix` to automatically fix some problems. ^--^ SC2086 (info): ",
    "README.md:41:81 error MD013/line-length ",
    "Build failed with 1 weighted issues. Analysis failed with ",
    "src/a.kt:1:1: Internal Error (rule standard:indent) in a.kt at position ",
    "error: INTERNAL ERROR -- Please try using mypy master ",
    "Fatal error while checking 'a.py'. Please open an issue in our bug tracker Child process error (exit code 255) ",
    "Could not resolve all files for configuration ':app:detekt'. Received status code 502 ",
]


def test_a_checker_summary_line_in_a_passing_step_is_not_a_finding():
    # a workflow name that merely mentions a rule kind, and ktlint's summary of its own crash
    log = ("Run echo \"checking [expression] syntax\"\nchecking [expression] syntax\n"
           "\nSummary error count (descending) by rule:\n  An internal error occurred in the Ktlint Rule Engine: 1\n"
           + _EXIT)
    assert not {"actionlint-finding", "lint-kotlin-summary"} & signatures(judge(log))
