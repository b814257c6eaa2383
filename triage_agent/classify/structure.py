"""Reading a log's structure: the failing command, its exit code, and the tool that wrote the end.

The catalogue recognises failure mechanisms by their words; this module recognises the shape of
a CI log whatever its words: which command the CI system says failed (Travis's ``The command "X"
exited with N``, GitHub Actions' ``Run X`` and ``Process completed with exit code N``, GitLab's
``$ X`` and ``Job failed: exit code N``, Jenkins' ``+ X`` and ``script returned exit code N``,
CircleCI's step header, npm's ``> X``), what its exit code says, and whether the tool behind it
is deterministic: a linter, formatter, type checker, docs or schema validator, size check or
toolchain manager fails the same way on every run, so its failure is real. Diagnostic lines in
the ``path:line:col: CODE message`` shape that tools of every ecosystem print say the same.

Transient stays the cautious answer: nothing here leans transient except what an exit code
itself says (124/143: the command was stopped for time), and every finding is ordinary log
evidence, weighed with the catalogue's. What a tool's own documented exit status says (curl's,
GNU Wget's, rsync's network statuses: ``exit_meaning``) is read for the catalogue's entries that
weigh it, where the failing step's last command is that tool alone (``failed_step``).
"""

from __future__ import annotations

import bisect
import re
import shlex
from dataclasses import dataclass

from ..core.logtext import is_error_line
from .calibration import UNRECOGNISED_CATEGORY

# Where a CI system names the failing command and its exit code (command, code) or code alone.
# The header the daemon's own excerpt opens a CircleCI step with: the step's name, which is its
# command only when the config gave the step no name ("Run tests" is a name, "npm test" a command).
_STEP_HEADER = re.compile(r"^=== step '(?P<cmd>.+?)' (?:failed|timed out)(?:.*?with exit code (?P<code>\d+))?")
_COMMAND_EXIT = [
    re.compile(r'^The command "(?P<cmd>.+)" (?:failed and )?exited with (?P<code>\d+)'),  # Travis
    _STEP_HEADER,  # CircleCI (ours)
]
_EXIT_ONLY = re.compile(
    r"(?i)(?:process completed with exit code|job failed: exit (?:code|status)|script returned exit code"
    r"|exited with code exit status|command exited with (?:code|status)|exited with code"
    r"|returned a non-zero code:|\bexit (?:code|status)\b:?)\s*'?(\d{1,3})\b"
)
# Lines that echo the command about to run, by CI system or runner.
GHA_RUN = re.compile(r"^(?:##\[group\])?Run (?P<cmd>\S.*)$")  # GitHub Actions
DOLLAR_COMMAND = re.compile(r"^\$ (?P<cmd>\S.*)$")  # Travis, GitLab, yarn
_NPM_ECHO = re.compile(r"^> (?P<cmd>[a-z][\w@/.:-]*(?: \S.*)?)$")  # npm scripts: "> eslint src"
_ECHO = [
    GHA_RUN,
    DOLLAR_COMMAND,
    re.compile(r"^\++ (?P<cmd>(?!b/|/dev/null\b)\S.*)$"),  # sh -x (Jenkins, scripts), not a diff's "+++ b/x"
    _NPM_ECHO,
    re.compile(r"^\[command\](?P<cmd>\S.*)$"),  # Azure Pipelines
]
_AZURE_SCRIPT = "Script contents:"
# (twenty-first round, exit_meanings) CircleCI's run step: the shell it runs the step's script with, printed as a
# shebang above the script ("#!/bin/bash -eo pipefail", the default; "#!/bin/sh -eo pipefail" where the image has no
# bash; CircleCI's configuration reference, "shell" of the run step, recalled), then the script's lines as written,
# then its output, then "Exited with code exit status N". Only the shell's own flags ("-e", "-eo pipefail", "-eox
# pipefail", "--login"), not any "#!/bin/bash" a job prints.
CIRCLE_SHEBANG = re.compile(r"^#!/bin/(?:ba)?sh(?: --login)? -[a-z]*e[a-z]*(?: +pipefail)?\s*$")
_SCRIPT_LEAD = 5
_WRAPPERS = frozenset({
    "sudo", "time", "env", "exec", "xvfb-run", "nice", "nohup", "command", "bash", "sh", "-c",
    "npx", "pnpx", "bunx", "uvx", "pipx", "poetry", "pipenv", "pdm", "hatch", "uv", "rye",
    "bundle", "be", "run", "dotnet-tools", "python", "python3", "-m", "node", "ruby",
    "./node_modules/.bin", "nix-shell", "docker-compose", "call",
})

# Deterministic tools by the name they are run as: (kind, category).
_LINT = ("lint", "lint")
_FORMAT = ("formatter", "lint")
_TYPES = ("type checker", "type-error")
_DOCS = ("docs builder", "docs")
_SIZE = ("size check", "size-limit")
_TOOLCHAIN = ("toolchain manager", "config")
_SCHEMA = ("schema validator", "config")
_DRIFT = ("drift check", "stale-generated")
TOOLS: dict[str, tuple[str, str]] = {
    **dict.fromkeys((
        "rubocop", "standardrb", "erblint", "erb_lint", "eslint", "tslint", "stylelint", "jshint",
        "jscs", "standard", "xo", "flake8", "pylint", "pycodestyle", "pydocstyle", "pyflakes",
        "ruff", "bandit", "golint", "golangci-lint", "staticcheck", "revive", "vet", "shellcheck",
        "hadolint", "markdownlint", "markdownlint-cli2", "mdl", "remark", "yamllint", "jsonlint",
        "clippy", "cargo-clippy", "checkstyle", "ktlint", "detekt", "swiftlint", "clang-tidy",
        "cpplint", "scalastyle", "credo", "hlint", "phpcs", "phpstan", "psalm", "phpmd",
        "editorconfig-checker", "eclint", "commitlint", "codespell", "misspell", "sqlfluff",
        "actionlint", "tflint", "htmlhint", "alex", "write-good", "vale", "doc8", "rstcheck",
        "proselint", "textlint", "cspell", "licensee", "reuse", "addlicense", "dialyzer", "semgrep", "pre-commit",
        "lint", "linter", "spectral", "buf", "protolint", "ansible-lint", "cfn-lint", "kubeval",
        "kube-linter", "helm-lint", "coffeelint", "sass-lint", "scss-lint", "csslint", "htmllint",
        "rufo", "reek", "brakeman", "pmd", "spotbugs", "findbugs", "errorprone", "cppcheck",
        "luacheck", "selene", "vint", "ameba", "elvis", "mix-credo", "danger", "perlcritic",
        "perltidy", "gometalinter", "jscpd", "jsonlint", "xmllint", "lintr", "rstlint", "cfn-nag",
        "tslint", "swiftlint", "oclint", "infer", "sonar-scanner", "scalafix", "wartremover",
        "php-parallel-lint", "parallel-lint", "phplint", "hlint", "stan", "psscriptanalyzer",
        "animal-sniffer", "enforcer", "revapi", "japicmp", "apache-rat", "rat", "forbiddenapis",
        "license", "modernizer", "clirr", "duplicate-finder", "sortpom", "impsort", "dependency-check",
    ), _LINT),
    **dict.fromkeys((
        "prettier", "black", "isort", "yapf", "autopep8", "gofmt", "goimports", "gofumpt",
        "rustfmt", "cargo-fmt", "fmt", "clang-format", "shfmt", "scalafmt", "ktfmt", "spotless",
        "swiftformat", "dotnet-format", "php-cs-fixer", "mix-format", "ormolu", "stylish-haskell",
        "elm-format", "terraform-fmt", "stylua", "biome", "dprint", "taplo", "yamlfmt", "format",
        "formatter", "fmt-check", "format-check",
    ), _FORMAT),
    **dict.fromkeys((
        "mypy", "pyright", "pytype", "pyre", "tsc", "flow", "vue-tsc", "typecheck", "type-check",
        "check-types", "types", "sorbet", "srb", "steep", "dmypy", "basedpyright",
    ), _TYPES),
    **dict.fromkeys((
        "sphinx-build", "sphinx", "mkdocs", "jekyll", "hugo", "gatsby", "docusaurus", "doxygen",
        "latexmk", "pdflatex", "xelatex", "lualatex", "latex", "bibtex", "biber", "pandoc",
        "asciidoctor", "javadoc", "typedoc", "jsdoc", "yard", "rdoc", "htmlproofer",
        "html-proofer", "markdown-link-check", "lychee", "linkchecker", "muffet", "docs",
        "doc", "hexo", "vuepress", "mdbook", "antora", "bikeshed", "docfx", "zola", "eleventy",
    ), _DOCS),
    **dict.fromkeys(("size-limit", "bundlesize", "bundlewatch", "size"), _SIZE),
    **dict.fromkeys((
        "rustup", "pyenv", "nvm", "rvm", "rbenv", "sdk", "jabba", "asdf", "goenv", "nodenv",
        "fnm", "volta", "chruby", "jenv", "phpenv", "kiex", "kerl", "ghcup", "stack-setup",
    ), _TOOLCHAIN),
    **dict.fromkeys((
        "validate", "check-jsonschema", "ajv", "jsonschema", "xmllint", "kubeconform",
        "terraform-validate", "openapi-generator-validate", "swagger-cli", "yq", "jq",
    ), _SCHEMA),
}
# Script or target names that say what a wrapper (npm run X, make X, rake X, tox -e X) runs.
_NAMED = [
    (re.compile(r"(?i)^(?:lint(?:s|ing)?|.*[:_-]lint(?:s|ing)?|lint(?:s|ing)?[:_-].*|eslint|stylelint|rubocop|flake8|pylint|ruff"
                r"|style|checkstyle(?:[:_-]\w+)?|spell(?:check)?|codespell|detekt|ktlint\w*|spotbugs\w*|pmd\w*|vet"
                r"|check[:_-]?style|static[:_-]?(?:analysis|check)s?|(?:api|abi)[:_-]?check|licen[cs]e[:_-]?check)$"), _LINT),
    (re.compile(r"(?i)^(?:format|fmt|.*[:_-](?:format|fmt)(?:ted|ting)?(?:[:_-].*)?|(?:format|fmt)(?:ted|ting)?[:_-].*"
                r"|prettier|black|isort|spotless\w*)$"), _FORMAT),
    (re.compile(r"(?i)^(?:types?|typecheck|type-check|check-types|tsc|mypy|pyright|typing)$"), _TYPES),
    (re.compile(r"(?i)^(?:docs?|html|linkcheck|spelling|docs?[:_-].*|.*[:_-]docs?|site|book|pdf|javadoc|dokka\w*)$"), _DOCS),
    (re.compile(r"(?i)^(?:size|size[:_-].*|bundlesize|size-limit)$"), _SIZE),
]
_RUNNERS = frozenset({"npm", "yarn", "pnpm", "bun", "make", "gmake", "rake", "tox", "nox", "just",
                      "task", "invoke", "mage", "gulp", "grunt", "composer", "mix", "sbt", "lerna",
                      "nx", "turbo", "melos", "hatch", "poe", "cargo", "dotnet", "terraform", "go",
                      "gradle", "gradlew", "mvn", "mvnw", "bazel", "bazelisk", "ant", "xtask"})
# A script run by path ("./build.sh verify-docs", "scripts/lint.sh", "go run build/ci.go lint"):
# its name, or its first argument, says what it runs.
_SCRIPT = re.compile(r"(?i)^(?:\.{0,2}/)?(?:[\w.-]+/)*[\w.-]+\.(?:sh|bash|py|rb|js|mjs|ts|pl|ps1|go|php)$|^\.{0,2}/[\w.-]+$")
# Where build tools name the task, target or goal that failed.
_FAILED_TARGET = [
    re.compile(r"recipe for target '(?P<name>[^']+)' failed"),  # make (old)
    re.compile(r"^g?make(?:\[\d+\])?: \*\*\* \[(?:[^\]:]*:\d+: )?(?P<name>[^\]]+)\] Error \d+"),  # make
    re.compile(r"^Tasks: TOP => (?:[\w:-]+ => )*(?P<name>[\w:-]+)\s*$"),  # rake
    re.compile(r"Execution failed for task '(?:[\w-]*:)*(?P<name>[\w-]+)'"),  # Gradle
    re.compile(r"^> Task (?:[\w-]*:)*(?P<name>[\w-]+) FAILED"),  # Gradle
    re.compile(r"Failed to execute goal [\w.-]+:(?P<name>[\w.-]+):[\w.-]+:[\w-]+"),  # Maven plugin
    re.compile(r"npm ERR! [@\w./-]+@[\w.-]+ (?P<name>[\w:-]+): `"),  # npm < 7
    re.compile(r"npm ERR! Failed at the [@\w./-]+@[\w.-]+ (?P<name>[\w:-]+) script"),
    re.compile(r"npm (?:ERR!|error) Lifecycle script `(?P<name>[\w:-]+)` failed"),  # npm >= 7
    re.compile(r"ERR_PNPM_\w+\s+[@\w./-]+@[\w.-]+ (?P<name>[\w:-]+): `"),  # pnpm
    re.compile(r"^(?:ERROR:\s+)?(?P<name>[\w-]+): commands failed\s*$"),  # tox
    re.compile(r"^nox > Session (?P<name>[\w-]+)(?:\([^)]*\))? failed"),  # nox
]
# nox's session failed on its own install step (session.install: pip, uv or conda), not on the tool
# the session is named after: the install's output says why.
_NOX_INSTALL_FAILED = re.compile(
    r"^nox > Command (?:\S*python\S* -m pip|uv pip|\S*pip\d?(?:\.\d+)?|\S*conda|\S*mamba) install\b[^\n]* failed with exit code")
_RUNNER_OPTS = frozenset({"run", "run-script", "-e", "-s", "--session", "-t", "exec", "-w", "--workspace"})

# A diagnostic in the shape tools of every ecosystem print: path:line[:col]: [severity] CODE message,
# or path(line,col): severity CODE: message. A code such as E501, SC2086, TS2322, CS0103, DL3008.
# ((review31_a) not MSBuild's and the Visual Studio compilers' warning, "File.cs(12,20): warning CS8618: ...", the paren
# form: it fails no build by itself; under TreatWarningsAsErrors the compiler prints the same line as "error CS8618")
_DIAGNOSTIC = re.compile(
    r"^\s*(?:\S+?\.[A-Za-z]{1,6})(?::\d+(?::\d+)?:|\(\d+(?:,\d+)?\):(?!\s*warning\b)|:\d+ )\s*"
    r"(?:(?:error|warning|[CWERF]):?\s+)?(?:\[?[A-Z]{1,4}\d{3,5}\]?:?|[A-Z][A-Za-z]+/[A-Za-z]+:)\s"
)
_ESLINT_STYLE = re.compile(r"^\s+\d+:\d+\s+(?:error|✖)\s+\S")

# What an exit code says by itself (when the log says nothing stronger).
_EXIT_MEANING = {
    124: ("transient", "timeout", 0.7, "exit code 124: the command was stopped by a time limit"),
    143: ("transient", "timeout", 0.66, "exit code 143: the command was terminated (SIGTERM), usually for time"),
    126: ("real", "config", 0.7, "exit code 126: the command is not executable"),
    127: ("real", "missing-tool", 0.7, "exit code 127: command not found"),
}


# The last error line of the log's final block, whatever its words: the engine counts it only when
# nothing else in the log explains the failure (rules.py), as what it is, an error no signature
# explains.
# CI fails far more often on the change than on the infrastructure, and a transient verdict needs
# a positive signal of trouble, so an error with no such signal leans real, by a little: with
# the absence of any transient signal it reaches a real verdict of modest confidence, and any
# recognised mechanism outweighs it.
UNEXPLAINED_ERROR = "structure-unexplained-error"
UNEXPLAINED_ERROR_WEIGHT = 0.62
# How far from the end (non-blank lines) the error must sit: an error far above the end was
# survived, or is not what stopped the job.
_ERROR_TAIL = 40


@dataclass(frozen=True)
class StructureFinding:
    """One piece of structural evidence: what it is, which way it leans, the line that shows it."""

    id: str
    leaning: str
    category: str
    weight: float
    line: str
    index: int  # line number in the (normalised) log
    downstream: bool = False  # a symptom an earlier download or resource failure can cause
    # the failing command's tool ("a docs builder failed"): a prior about the tool, which a
    # download or resource failure in that command's own output explains
    tool: bool = False


@dataclass(frozen=True)
class Structure:
    """What the log's shape says: the failing command, its exit code, its tool, and findings."""

    command: str = ""
    exit_code: int | None = None
    tool: str = ""
    kind: str = ""
    findings: tuple[StructureFinding, ...] = ()


# Where the job's own output ends. CI systems append an epilogue after the failing command
# (GitHub's "Post job cleanup.", GitLab's after_script and clean-up) and closing lines that only
# relay the failure (an exit code, a step's or phase's result). End-of-log readings (the failing
# command, the last error, a retry the log ends on) are made from the job's end, so they do not
# depend on which CI system ran the job or on what its clean-up printed.
# Everything from one of these lines on is the CI system's, not the job's:
# (GitHub's post step of an unnamed step runs an action, "Post Run actions/checkout@v4" or a local
# "./.github/actions/x"; GitLab's words are its own, capitalised: a project's "post run hooks" or
# "running afterScript" line is no epilogue)
# (twenty-second round, structure) The CI system's own sections that run after the job's script whatever its result, one
# source of their words for every reading (_EPILOGUE_START, _AFTER_SCRIPT, _POST_SECTION), so they cannot drift:
# - GitLab's after_script header, "Running after_script" alone on its line (gitlab-runner common/build.go
#   GetStageDescription, BuildStageAfterScript, read; printed in bold cyan after the section's "section_start:T:after_script\r
#   \x1b[0K" marker, which the engine's normalising puts on a line of its own, as it strips the runner's timestamp
#   "2024-05-01T10:00:00.123456Z 00O "). Case-sensitive: a project's "running afterScript" is no header. Only the line
#   alone: the runner prints nothing after it (the "\b" _POST_SECTION had read "Running after_script..." and such,
#   a form no runner prints; no case rested on it). Runners before 12.9 (March 2020, gitlab-runner fd8e2833b) headed
#   the section "Running after script" and every runner's shell then prints "Running after script..." (shells/abstract.go
#   writeAfterScript): read since review 22a (below).
# - Jenkins' declarative post block, the synthetic stage "Declarative: Post Actions" (jenkinsci/pipeline-model-
#   definition-plugin SyntheticStageNames.postBuild(), read), logged as "[Pipeline] { (Declarative: Post Actions)" after a
#   bare "[Pipeline] stage" (that plugin's BasicModelDefTest.failingPipeline asserts this line, read); the one-line
#   "[Pipeline] stage (Declarative: Post Actions)" is found in write-ups of Jenkins logs (the code corpus), not in the
#   plugin's tests: both read, case-insensitively as _EPILOGUE_START read its form.
# (review 22a) and the older runners' words, read as the section's start too: their header "Running after script"
# (before 12.9) and the shell's notice "Running after script..." that every runner prints under its header and that
# alone opens the section in runners before 12.0's headers (gitlab-runner shells/abstract.go writeAfterScript, as the
# note above cites it; the layout "Running after script...", "$ cmd" seen in public job logs quoted in the code index)
_GITLAB_AFTER_SCRIPT = r"Running after(?:_script| script(?:\.\.\.)?)\s*$"
_JENKINS_POST = r"(?i:\[pipeline\] (?:\{ |stage )\(declarative: post actions\))"
_EPILOGUE_START = re.compile(
    r"^\s*(?:(?i:post job cleanup\.)|(?:##\[group\])?Post Run (?:[\w.-]+/[\w./-]+@\S+|\./\S+)\s*$"
    r"|" + _GITLAB_AFTER_SCRIPT + "|" + _JENKINS_POST + r"|(?i:cleaning up (?:project directory and )?file based variables"
    r"|uploading artifacts for failed job))"
)
# Closing lines of CI systems that only report where the job stands (Jenkins' pipeline steps,
# GoCD's agent, GitHub's clean-up, Travis's verdict, Buildbot's time, CircleCI's test-result upload), besides the
# lines that relay a failure (_WRAPPER_LINE).
_TRAILER = re.compile(
    r"(?i)^\s*(?:\[pipeline\] |\[go\] |cleaning up orphan processes|done\. your build exited with \d+"
    r"|finished: \w+\s*$|uploading test results|archiving the following test results"
    r"|elapsedtime=[\d.]+\s*$)"
)
# How far from the end an epilogue may start.
_EPILOGUE_SPAN = 200


def job_end(lines: list[str]) -> int:
    """Index just past the job's own last line: before the CI system's epilogue and the closing
    lines that only relay the failure (a log made of nothing else ends where it ends). A build
    tool's or a runner's own summary ("2 failures", "FAIL", make's "*** Error 1") is the job's
    output: only the CI system's lines (_CI_CLOSER) are passed over."""
    end = epilogue_start(lines)
    own = end
    while own > 0 and (not lines[own - 1].strip() or (len(lines[own - 1]) < 2000 and (
            _TRAILER.match(lines[own - 1]) or _CI_CLOSER.search(lines[own - 1])))):
        own -= 1
    return own if own > 0 else end


def read(text: str) -> Structure:
    """Read the structure of a (normalised) log."""
    lines = text.split("\n")
    command, code, cmd_index, code_index = _failing_command(lines)
    findings: list[StructureFinding] = []
    tool, kind = "", ""
    if command:
        found = tool_of(command)
        if found is not None:
            tool, (kind, category) = found
        # (xfail15) not where the shell could not find the tool itself ("helm: command not found" under "helm lint"):
        # it never ran, so what it checks says nothing; missing-tool reads that line
        output = lines[cmd_index + 1: code_index if code_index > cmd_index else None]
        if found is not None and not _tool_not_found(command, output) and not _reads_failed_fetch(
                command, found[1], output) and not _stopped_by_ci(lines, cmd_index):
            findings.append(StructureFinding(
                f"structure-{kind.replace(' ', '-')}", "real", category, 0.8 if tool in TOOLS else 0.72,
                f"the failing command runs a {kind} ({tool}): {command}"[:300], cmd_index, tool=True))
    if code is not None and code in _EXIT_MEANING and not (code == 143 and _CANCELLED_BY_NAME.search(text)):
        leaning, category, weight, why = _EXIT_MEANING[code]
        findings.append(StructureFinding(f"structure-exit-{code}", leaning, category, weight,
                                         why, code_index, downstream=leaning == "real"))
    target = _failed_target(lines)
    if target is not None and not (found := tool_of(command) if command else None):
        index, name, (kind, category) = target
        findings.append(StructureFinding(
            f"structure-{kind.replace(' ', '-')}", "real", category, 0.74,
            f"the failing task runs a {kind} ({name}): {lines[index].strip()}"[:300], index))
    diag = _diagnostics(lines, code_index if code_index >= 0 else len(lines))
    if diag is not None:
        index, line = diag
        findings.append(StructureFinding("structure-diagnostic", "real", "lint", 0.74, line.strip()[:300], index))
    # (twenty-fifth round, wordless) a check that failed by printing only what differs
    wordless = wordless_output(lines, command, code, cmd_index, code_index)
    if wordless is not None:
        porcelain = wordless.shape == "paths" and bool(_PORCELAIN.match(lines[wordless.index][:2000]))
        category = "lint" if kind in (_FORMAT[0], _LINT[0]) or (wordless.shape == "paths" and not porcelain) \
            else "stale-generated"
        what = "a unified diff" if wordless.shape == "diff" else "a list of files"
        findings.append(StructureFinding(
            WORDLESS_DIFF if wordless.shape == "diff" else WORDLESS_PATHS, "real", category,
            _DIFF_WEIGHT if wordless.shape == "diff" else _PATHS_WEIGHT,
            f"the failing step printed only {what} and exited {code}: {wordless.line}"[:300], wordless.index))
    return Structure(command, code, tool, kind, tuple(findings))


# (nineteenth round, leftovers) A fetch piped into the checker ("curl -sS URL | jq -r .tag"), and curl's own report that
# the fetch broke off (curl's errors in lib/strerror.c as the tool prints them, "curl: (28) Operation timed out after
# 30001 milliseconds with 0 bytes received"): 28 timed out, 18 partial file, 56 receive failure, 7 could not connect (to a
# remote host: a refusal on localhost is the job's own service that did not start),
# 6 could not resolve host, 35 TLS connect error, 52 empty reply, 92 HTTP/2 stream error; wget's "Read error ... in
# headers" and its "failed: Connection timed out/refused" (recalled). The checker then reads an empty or cut body ("parse
# error: Unfinished JSON term", "Cannot iterate over null"): what it is says nothing of the change, the fetch does.
_PIPED_FETCH = re.compile(r"(?:^|[;&|(]\s*|\s)(?:curl|wget|http|https|xh)\s[^|]*\|")
_FETCH_BROKE = re.compile(
    r"^\s*curl: \((?:6|18|28|35|52|56|92)\) |^\s*curl: \(7\) Failed to connect to (?!localhost\b|127\.|\[?::1\b|0\.0\.0\.0\b)|^\s*wget: unable to resolve host address\b"
    r"|\bfailed: (?:Connection timed out|Connection refused|Temporary failure in name resolution)\.\s*$"
    r"|^\s*Read error \(Connection reset by peer\)")

# (review 19d) a URL of the job's own machine: localhost, 127.x, 0.0.0.0, [::1]
_LOOPBACK_URL = re.compile(r"\bhttps?://(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|0\.0\.0\.0|\[::1\])(?:[:/\s'\"]|$)")


def _reads_failed_fetch(command: str, kind: tuple[str, str], output: list[str]) -> bool:
    """(nineteenth round, leftovers) Whether the failing command's checker (a schema validator such as jq or yq) reads
    a fetch piped into it that broke off: the command pipes curl or wget into it (_PIPED_FETCH) and the command's
    output holds the downloader's report of a timeout, a cut transfer or a connection it could not make (_FETCH_BROKE).
    Not a checker reading a file, nor a fetch that went through and brought an error page (no such report)."""
    if kind != _SCHEMA or "|" not in command or not _PIPED_FETCH.search(command):
        return False
    # (review 19d) not a fetch of the job's own machine ("curl -sS http://localhost:3000/api | jq ..."): curl's 28, 52
    # or 56 there is the job's own server hung or gone (the report names no host, the command does), as curl's 7 there is
    if _LOOPBACK_URL.search(command):
        return False
    return any(len(line) < 700 and _FETCH_BROKE.search(line) for line in output)


# (twenty-first round, exit_meanings) CircleCI's own word that it stopped the step (its agent's lines, as
# tests/unit/test_tool_sources_circleci.py quotes them from CircleCI's support articles): the step's status is then
# the agent's, and what the tool is says nothing of why it stopped.
_CI_STOPPED = re.compile(
    r"^The build was killed because it ran out of memory\b|^Received '(?:killed|terminated)' signal\b"
    r"|^Too long with no output \(exceeded "
    # (runners32) ... and the other runners' own lines that they stopped the step at its time limit or lost its
    # machine, as their sources print them: GitLab Runner's "ERROR: Job failed: execution took longer than %v seconds"
    # (common/build.go), GitHub's "The action '%s' has timed out after %d minutes." (actions/runner
    # src/Runner.Worker/StepsRunner.cs), Azure Pipelines' "The task has timed out." and "The agent worker exited with
    # code 137, which means it ran out of memory." (microsoft/azure-pipelines-agent src/Misc/layoutbin/en-US/strings.json
    # StepTimedOut, AgentOutOfMemoryFailure), Travis' "The job exceeded the maximum time limit for jobs, and has been
    # terminated." (travis-ci/worker step_run_script.go), Tekton's '"%s" exited because the step exceeded the specified
    # timeout limit' (tektoncd/pipeline pkg/pod/status.go)
    r"|^ERROR: Job failed: execution took longer than \S+ seconds\b"
    r"|^(?:##\[error\]|Error: )?The action '[^'\n]{1,200}' has timed out after \d+ minutes\."
    r"|^(?:##\[error\])?The task has timed out\.\s*$"
    r"|^(?:##\[error\])?The agent worker exited with code 137, which means it ran out of memory\b"
    r"|^The job exceeded the maximum time limit for jobs, and has been terminated\."
    r'|^"[^"\n]{1,120}" exited because the step exceeded the specified timeout limit\b')


# (lost30) A CI system's line that a named one stopped the run (Jenkins' "Aborted by alice", "Build was canceled by: bob",
# "Build was manually stopped by Rui Costa", GitHub's "The run was canceled by @octocat."): the SIGTERM behind exit 143
# is that cancellation's, which the catalogue leaves undecided (ci_cancel_named: no failure of the change, no sign of an
# outage), not a command stopped for time. Not a stop "by" a time limit, the system, an agent or a signal (those are
# the CI's own), nor the words inside a longer line (a test's or an app's log)
_CANCELLED_BY_NAME = re.compile(
    r"(?im)^(?:##\[error\]|Error: |\[[^\]\n]{1,40}\]\w?:\s+)?(?:Aborted|(?:The )?(?:build|job|run|pipeline|workflow)"
    r" (?:was |has been )?(?:canceled|cancelled|aborted|(?:manually )?stopped)) by:?[ \t]+(?:user[ \t]+)?@?"
    r"(?!(?:timeout|time-?out|time limit|system|the\b|an?\b|agent|server|signal|scheduler|watchdog)\b)[\w.@-]{1,100}"
    r"(?:[ \t][\w.@-]{1,100}){0,2}\.?[ \t]*$")


def _stopped_by_ci(lines: list[str], cmd_index: int) -> bool:
    """(twenty-first round, exit_meanings) Whether CircleCI says, below the failing command (within _STEP_LINES
    lines), that it stopped the step itself: out of memory, a kill signal, no output for too long; (runners32) or
    another runner says it stopped the step at its time limit or lost its worker to memory (_CI_STOPPED)."""
    return any(_CI_STOPPED.match(line[:300]) for line in lines[cmd_index + 1: cmd_index + 1 + _STEP_LINES])


def _tool_not_found(command: str, output: list[str]) -> bool:
    """(xfail15) Whether the shell said it could not find the program ``command`` runs (its first word) in that
    command's output ("bash: line 3: helm: command not found", "sh: 1: helm: not found")."""
    words = command.split()
    if not words:
        return False
    tool = words[0].rsplit("/", 1)[-1]
    pattern = re.compile(r"(?:^|[\s:/])" + re.escape(tool) + r": (?:command )?not found\s*$")
    return any(len(line) < 700 and pattern.search(line) for line in output)


# ------------------------------------------------------------------ (twenty-first round) exit meanings
# What a tool's own exit status says about the failure, read where the CI system shows the failing step's script and
# the tool is its last command: the step then exits with the tool's status, so the status is the tool's word.
#
# The step's exit line, by CI system: CircleCI ("Exited with code exit status N"), GitHub Actions ("Process completed
# with exit code N."), GitLab ("ERROR: Job failed: exit code N"), Jenkins' sh step ("ERROR: script returned exit code
# N"), Travis ('The command "X" exited with N.'), Azure Pipelines' Bash task ("Bash exited with code 'N'.").
_STEP_EXIT = re.compile(
    # (review 21b) GitLab's Kubernetes executor: "ERROR: Job failed: command terminated with exit code N" (seen in public
    # job logs)
    r"(?:Exited with code exit status|Process completed with exit code|ERROR: Job failed: (?:command terminated with )?exit code"
    r"|ERROR: script returned exit code|(?:^|\] ?)Bash exited with code '?) ?(?P<code>\d{1,3})\b"
    r"|^The command \".{1,1000}\" (?:failed and )?exited with (?P<travis>\d{1,3})\.\s*$")
# What may stand between the step's last command and its exit line without saying anything of its own: blank lines,
# GitHub's group end, GitLab's clean-up section, an artifact upload with nothing to upload, Jenkins' pipeline lines
# after an "sh" step, Travis's and CircleCI's blank lines.
_STEP_QUIET = re.compile(
    r"^\s*$|^##\[endgroup\]|^Cleaning up (?:project directory|file based variables)"
    r"|^section_(?:start|end):|^Uploading artifacts|^WARNING: (?:No files to upload|\S+: no matching files)"
    r"|^\[Pipeline\] "
    # (review 21b) Jenkins' later stages, skipped after the failing one (its words, as structure's _STEP_END reads them)
    r'|^Stage "[^"\n]{1,200}" skipped due to earlier failure\(s\)')
# A tool's own report of the failure its exit status already says, the only output a tool may leave before the exit
# line: curl's "curl: (N) ..." (with -sS; curl/curl lib/strerror.c wording), rsync's "rsync error: <what> (code N) at
# file.c(line)" and "rsync: ..." lines and its "[sender] io timeout after N seconds -- exiting" (RsyncProject/rsync
# log.c rerr_names, io.c check_timeout, read). Whose line it is is checked against the last command's tool.
_OWN_LINE = re.compile(
    r"^(?P<tool>curl): \(\d{1,3}\) |^(?P<rsync>rsync)(?: error)?: "
    r"|^\[(?:sender|receiver|generator)\] io timeout after \d+ seconds -- exiting\s*$")
_OWN_LINES = 4
# words in a tool's own line that name a cause no rerun changes: a refused login or key, a missing module, file or
# path, a TLS protocol or certificate the other side will not take
_OWN_REFUSAL = re.compile(
    r"(?i)permission denied|auth(?:entication)? failed|@ERROR|unknown module|no such file|not found|does not exist"
    r"|protocol version|certificate|host key")
_GHA_SCRIPT_END = re.compile(r"^\s*(?:shell|env):(?:\s|$)")
_AZURE_OUTPUT_START = re.compile(r"^=+ Starting Command Output =+\s*$")
_AZURE_LAUNCH = re.compile(r"^/usr/bin/bash --noprofile --norc \S+\.sh\s*$")
# the shell's trace of the command it ran ("+ curl -s ...", Jenkins' sh steps and "set -x" scripts)
_XTRACE = re.compile(r"^\+ (?P<cmd>\S.*)$")
_STEP_LINES = 300
# (review 21b) where a CI system's own section after the failing command begins: GitLab's after_script and Jenkins'
# declarative post block. Their commands run after the failure (a notification's curl, a clean-up): the step's
# last command is read above them. (twenty-second round, structure: their words, and the sources they were read in, are
# _GITLAB_AFTER_SCRIPT and _JENKINS_POST above, shared with _EPILOGUE_START and _AFTER_SCRIPT)
_POST_SECTION = re.compile(r"^\s*(?:" + _GITLAB_AFTER_SCRIPT + "|" + _JENKINS_POST + ")")
# (review 21b) GitLab echoes a multi-line entry by its first line and this note (seen in public job logs): the
# entry's last command is not shown
_COLLAPSED = re.compile(r"\s#+ collapsed multi-line command\s*$")
# (review 21b) where a step (or a Travis command) begins: what stands between an exit line and a later one of another
# step
_STEP_START = re.compile(r"^(?:##\[group\])?Run \S|^\$ \S|^\+ \S|^=== step '|^#!/bin/(?:ba)?sh\b")


@dataclass(frozen=True)
class FailedStep:
    """The failing step's script as the log shows it, its last command and its exit status."""

    script: tuple[str, ...]  # the step's commands, continuation lines joined, comments dropped
    exit_code: int
    own: tuple[str, ...]  # the tool's own lines between the last command and the exit line


def failed_step(lines: list[str], idx: int) -> FailedStep | None:
    """The step that the exit line at ``idx`` closes (or the daemon's CircleCI step header at ``idx`` opens), where
    the log shows its script and nothing but quiet lines (and at most a few of the tool's own report lines) stand
    between the script's last command and the step's end: CircleCI's shebang and script, GitHub's "Run ..." group
    (the script up to its "shell:"/"env:" lines), Azure's "Script contents:", GitLab's and Travis's last "$ ...", a
    shell trace's last "+ ...". None where the step printed anything else (its last command is then not known from
    the log, or it explained its failure in words)."""
    head = _STEP_HEADER.match(lines[idx][:1200])
    if head is not None:
        # the daemon's excerpt: the header opens the step's output, which runs to the next header or the end
        if not head.group("code"):
            return None
        code = int(head.group("code"))
        top = idx + 1
        bottom = next((j for j in range(top, len(lines)) if lines[j].startswith("=== step ")), len(lines))
    else:
        m = _STEP_EXIT.search(lines[idx][:1200])
        if m is None:
            return None
        code = int(m.group("code") or m.group("travis"))
        top, bottom = max(0, idx - _STEP_LINES), idx
        # (review 21b) an exit line that a later one closes within the same step (no step begins between them) is
        # not the step's end: a test's fixture or a tool's report quoting one
        for j in range(idx + 1, min(len(lines), idx + 1 + _STEP_LINES)):
            later = lines[j][:1200]
            if _STEP_START.match(later):
                break
            if _STEP_EXIT.search(later):
                return None
        # (review 21b) GitLab's after_script and Jenkins' post block ran after the failing command: read above them
        bottom = next((j for j in range(top, idx) if _POST_SECTION.match(lines[j][:300])), bottom)
    own: list[str] = []
    k = bottom - 1
    script: list[str] | None = None
    while k >= top:
        line = lines[k][:2000]
        if line.startswith("##[endgroup]"):
            # GitHub: the script is the group's, from its "Run" line up to its "shell:"/"env:" lines
            run = next((j for j in range(k - 1, top - 1, -1) if GHA_RUN.match(lines[j][:2000])), None)
            if run is None:
                return None
            end = next((j for j in range(run + 1, k) if _GHA_SCRIPT_END.match(lines[j][:300])), k)
            script = [GHA_RUN.sub(r"\g<cmd>", lines[run][:2000])] + [ln[:2000] for ln in lines[run + 1: end]]
            break
        if _STEP_QUIET.match(line) or head is not None and (m := _STEP_EXIT.search(line[:1200])) and int(
                m.group("code") or m.group("travis")) == code:
            k -= 1
            continue
        if _OWN_LINE.match(line) and len(own) < _OWN_LINES:
            own.insert(0, line)
            k -= 1
            continue
        if _AZURE_LAUNCH.match(line) and k > top and _AZURE_OUTPUT_START.match(lines[k - 1][:300]):
            # Azure: "Script contents:", the script, the "Starting Command Output" rule, the launcher line
            first = next((j for j in range(k - 2, top - 1, -1) if lines[j].strip() == _AZURE_SCRIPT), None)
            if first is None:
                return None
            script = [ln[:2000] for ln in lines[first + 1: k - 1]]
            break
        echoed = DOLLAR_COMMAND.match(line) or _XTRACE.match(line)
        if echoed is not None:
            if _COLLAPSED.search(echoed.group("cmd")):
                return None  # (review 21b) GitLab's first line of a multi-line entry: its last command not shown
            script = [echoed.group("cmd")]
            break
        # CircleCI: the script printed under its shebang; with no output after it, its last line is the last command
        shebang = next((j for j in range(k, top - 1, -1) if CIRCLE_SHEBANG.match(lines[j][:300])), None)
        if shebang is None:
            return None
        reading = circle_reading(lines, shebang, bottom, code)
        if reading is not None:
            # (twenty-second round, structure) an earlier command's success words or a later command's own line
            # below the script: the step ran its commands up to the failing one, whose own lines alone may follow
            return _circle_failed_step(lines, reading, bottom, code, head is not None)
        script = [ln[:2000] for ln in lines[shebang + 1: k + 1]]
        break
    if not script:
        return None
    commands = _commands(script)
    return FailedStep(tuple(commands), code, tuple(own)) if commands else None


def _commands(script: list[str]) -> list[str]:
    """A script's commands: lines ending in a backslash joined to the next, blank lines, comments and here-document
    bodies dropped."""
    return [command for command, _ in _split_script(script)[0]]


# (twenty-second round, structure) a here-document's opening ("cat <<EOF > f", "<<-'END'", bash's manual, "Here
# Documents", recalled): its body, up to the delimiter alone on a line (tabs before it under "<<-"), is data, not commands
_HEREDOC = re.compile(r"<<(-?)\s*(['\"]?)([A-Za-z_][\w.-]*)\2")
# a line of a compound command or a function (bash's manual, "Compound Commands", recalled): the script is then no plain
# list of commands, and which of its lines ran is not told by their order
_COMPOUND = re.compile(
    r"^(?:(?:if|then|else|elif|fi|for|while|until|do|done|case|esac|select|function)(?:\s|;|$)|[{}()]\s*$|[\w.-]+\s*\(\)\s*\{?)")


def _split_script(script: list[str]) -> tuple[list[tuple[str, int]], bool]:
    """(command, index in ``script`` of its first line) for each command of a script, lines ending in a backslash
    joined to the next, blank lines, comments and here-document bodies dropped; and whether the script is a plain list
    of commands (no compound command or function, no here-document left open)."""
    commands: list[tuple[str, int]] = []
    plain = True
    joined, at = "", -1
    heredoc: tuple[str, bool] | None = None
    for n, ln in enumerate(script):
        if heredoc is not None:
            word, tabs = heredoc
            if (ln.lstrip("\t") if tabs else ln).rstrip() == word:
                heredoc = None
            continue
        text = ln.strip()
        if (not text or text.startswith("#")) and not joined:
            continue
        if not joined:
            at = n
        if text.endswith("\\"):
            joined += text[:-1].rstrip() + " "
            continue
        command = (joined + text).strip()
        joined = ""
        if command and not command.startswith("#"):
            commands.append((command, at))
            plain = plain and not _COMPOUND.match(command)
        opened = _HEREDOC.search(command)
        if opened is not None and "<<<" not in command:
            heredoc = (opened.group(3), opened.group(1) == "-")
    if joined.strip() and not joined.strip().startswith("#"):
        commands.append((joined.strip(), at))
    return commands, plain and heredoc is None


# ------------------------------------------------------------------ (twenty-second round) CircleCI's multi-command step
# CircleCI runs a run step's script with "#!/bin/bash -eo pipefail" (its default shell; the recorded job body
# /work/shared/circleci/recorded/v1.1-project-job.github-oauth.failed-2019.json has "bash_command": "#!/bin/bash -eo
# pipefail\nyarn install", read; CircleCI-Public's orbs set "shell: bash -eo pipefail" on their own steps, e.g.
# slack-orb src/commands/notify.yml, read), and its page shows that shebang, the script as written, then the output:
# under -e the step stops at the first command that fails, so the failing command is the last one that started. What
# the log shows of the commands' run:
#   * a command's own success words, printed only when it passed: black's "All done! ✨ 🍰 ✨" (psf/black
#     main(), 'out(error_msg if report.return_code else "All done! ...")', read in the code index; then its count,
#     "N files would be left unchanged.") and mypy's "Success: no issues found in N source files" (python/mypy
#     mypy/util.py FancyFormatter.format_success, read). Read only for a command that runs that tool alone (no chain, no
#     runner: "tox -e lint" or "make typecheck" may go on after the words). A tool's silence (flake8, eslint, isort
#     print nothing when they pass) is no such word: it tells nothing;
#   * a later command's own line: curl's "curl: (N) ...", rsync's "rsync error: ..." (_OWN_LINE): that command started;
#     curl's or rsync's report of its own failure, with the step's status (when known), ended the step there, unless
#     the command goes on past a failure ("|| true", "|| echo ...").
# Where these say a later command started but not which one failed (a command after it printed nothing and it did not
# say it failed), the failing command is not known: "unknown command", not the first. Where nothing below the script
# says any of this, the script's end is not known either (its lines and its output look alike), and the first line is
# read as before (an assumption: most run steps run one command). Not read: scripts that turn -e off ("set +e"), compound
# commands (if, for, while, case, functions), here-documents left open: which of their commands ran is not told by order.
_SUCCESS_WORDS: dict[str, re.Pattern[str]] = {
    "black": re.compile("^All done! \u2728 \U0001f370 \u2728\\s*$"),
    "mypy": re.compile(r"^Success: no issues found in \d+ source files?\s*$"),
}
_SUCCESS_WORDS["dmypy"] = _SUCCESS_WORDS["mypy"]
_SUCCESS_COUNT = {"black": re.compile(r"^\d+ files? (?:would be )?left unchanged\.\s*$")}
_SUCCESS_ANY = re.compile("|".join(p.pattern for p in _SUCCESS_WORDS.values()))
_ERREXIT_OFF = re.compile(r"^set\s(?:[^#\n]*\s)?(?:\+[a-zA-Z]*e[a-zA-Z]*|\+o\s+errexit)\b")
_CHAIN = re.compile(r"&&|\|\||;|(?<!\|)\|(?!\|)|`|\$\(")
# a command that goes on past its failure: "cmd || true", "cmd || :", "cmd || echo ...", "cmd || exit 0"
_SWALLOWED = re.compile(r"\|\|\s*(?:true|:|echo\b[^|&;]*|exit 0)\s*$")
_OWN_STATUS = re.compile(r"^curl: \((\d{1,3})\) |\(code (\d{1,3})\)")


@dataclass(frozen=True)
class CircleReading:
    """What the lines below a CircleCI step's script say of its run: its commands (and their line indices), the failing
    one (None: the log cannot tell which), the first output line, the output lines read as earlier commands' success."""

    commands: tuple[str, ...]
    indices: tuple[int, ...]
    failing: int | None
    output: int
    explained: frozenset[int]


def circle_reading(lines: list[str], shebang: int, end: int, code: int | None = None) -> CircleReading | None:
    """(twenty-second round) The failing command of the CircleCI step whose shebang is at ``shebang`` (its output
    running to ``end``), where the output says that a command after the script's first started: an earlier command's
    success words or a later command's own line (see above). None where nothing says so (the caller reads the step as
    before) or the script has one command."""
    stop = min(end, shebang + 1 + _STEP_LINES)
    first = next((j for j in range(shebang + 1, stop)
                  if len(lines[j]) < 700 and (_SUCCESS_ANY.match(lines[j].strip()) or _OWN_LINE.match(lines[j]))), None)
    if first is None:
        return None
    # (review 22a) a tool's own lines before its success words (black's "reformatted <path>") are its output, not the
    # script's: the script ends above them
    cut = first
    while cut - 1 > shebang and (not lines[cut - 1].strip() or _SUCCESS_LEAD.match(lines[cut - 1][:700])):
        cut -= 1
    split, plain = _split_script([ln[:2000] for ln in lines[shebang + 1: cut]])
    if len(split) < 2:
        return None
    commands = tuple(c for c, _ in split)
    indices = tuple(shebang + 1 + at for _, at in split)
    tools = [_alone_tool(c) for c in commands]
    # (review 22a) the lines above the first marker are the script and any output before the marker, alike: an output
    # line that looks like a compound command ("for host in hosts:" quoted by pytest) or a captured "curl: (6)" line
    # under a single command says nothing of a later command. Only success words of a command of the script that runs
    # that tool alone, or a curl's or rsync's own line where a command after the first runs that tool, say one started.
    if not _names_a_later_command(lines, first, stop, commands, tools):
        return None
    if not plain or any(_ERREXIT_OFF.match(c) for c in commands):
        return CircleReading(commands, indices, None, first, frozenset())
    last = len(commands) - 1
    passed = started = 0
    failing: int | None = None
    explained: set[int] = set()
    for j in range(first, stop):
        line = lines[j][:700]
        text = line.strip()
        if not text:
            continue
        q = next((q for q in range(passed, last + 1)
                  if tools[q] in _SUCCESS_WORDS and _SUCCESS_WORDS[tools[q]].match(text)), None)
        if q is not None and not _passed_quietly(commands, tools, max(passed, started), q):
            # (review 22a) a command before it that prints when it passes (a test runner, a script) showed nothing:
            # the words are that command's output (a test printing a tool's words), not the later tool's
            continue
        if q is not None:
            passed = started = q + 1
            explained.add(j)
            count = _SUCCESS_COUNT.get(tools[q])
            if count is not None and j + 1 < stop and count.match(lines[j + 1][:300].strip()):
                explained.add(j + 1)
            if started > last:
                return CircleReading(commands, indices, None, first, frozenset(explained))
            continue
        own = _OWN_LINE.match(line)
        if own is None:
            continue
        tool = own.group("tool") or "rsync"
        found = [q for q in range(started, last + 1) if _TOOL_WORD[tool].search(commands[q])]
        if found and not _passed_quietly(commands, tools, started, found[0]):
            # (review 22a) a command before the curl that may run curl itself (a script, make, a test runner) and
            # exit with its status: whose line it is, is not told; where nothing else said a later command ran (the
            # first command's output holds the line: a test that shells out to curl), the step is read as before
            if passed == 0 and started == 0:
                return None
            return CircleReading(commands, indices, None, first, frozenset(explained))
        if len(found) != 1:
            started = max(started, found[0]) if found else started
            continue
        q = found[0]
        if _SWALLOWED.search(commands[q]):
            started = max(started, min(q + 1, last))
            continue
        status = _OWN_STATUS.search(line)
        said = int(status.group(1) or status.group(2)) if status else None
        if "||" in commands[q] or (code is not None and said is not None and said != code):
            return CircleReading(commands, indices, None, first, frozenset(explained))
        failing = q
        break
    if failing is None:
        if passed == 0 and started == 0:
            return None
        # (review 22a) the commands between those that ran and the last that pass without a word (mkdir, a linter
        # alone) said nothing: the last failed
        failing = last if started == last or _passed_quietly(commands, tools, started, last) else None
    return CircleReading(commands, indices, failing, first, frozenset(explained))


# (review 22a) black's own lines before its "All done!" when it rewrote files ("reformatted <path>", psf/black
# report.py Report.done, recalled) or was verbose ("<path> already well formatted, good job.", recalled)
_SUCCESS_LEAD = re.compile(r"^(?:reformatted \S|\S.{0,600} already well formatted, good job\.\s*$)")
# (review 22a) commands that pass without a word and run no curl, wget or rsync of their own: the shell's own file and
# directory commands and "set" (an assumption: they fail with their own words, "mkdir: cannot create directory")
_QUIET_COMMAND = re.compile(r"^(?:set|mkdir|cd|export|cp|mv|rm|ln|chmod|touch|pushd|popd|true|unset|umask)\s")
_STATIC_KINDS = frozenset({_LINT[0], _FORMAT[0], _TYPES[0]})


def _passed_quietly(commands: tuple[str, ...], tools: list[str], start: int, stop: int) -> bool:
    """(review 22a) Whether every command from ``start`` up to ``stop`` (not included) may have passed without a word
    and run no network tool of its own: the shell's file commands, or a linter, formatter or type checker run alone
    (flake8, eslint, isort pass silently). A test runner, a build tool, a script or make prints when it passes, and
    may run curl itself: its silence is not a pass, and a curl line may be its own."""
    for n in range(start, stop):
        if _CHAIN.search(commands[n]):
            return False
        if _QUIET_COMMAND.match(commands[n]):
            continue
        if not tools[n] or TOOLS.get(tools[n], ("", ""))[0] not in _STATIC_KINDS:
            return False
    return True


def _names_a_later_command(lines: list[str], first: int, stop: int, commands: tuple[str, ...], tools: list[str]) -> bool:
    """(review 22a) Whether a line from ``first`` on is the success words of a command of the script that runs that
    tool alone, or a curl's or rsync's own line of a command after the script's first (or of the first, going on past
    its failure: "curl ... || true"), every command above that one passing without a word (_passed_quietly): else the
    line may be the first command's own output (a test printing a tool's words, a test that shells out to curl)."""
    for j in range(first, stop):
        line = lines[j][:700]
        text = line.strip()
        if _SUCCESS_ANY.match(text):
            if any(t in _SUCCESS_WORDS and _SUCCESS_WORDS[t].match(text) and _passed_quietly(commands, tools, 0, q)
                   for q, t in enumerate(tools)):
                return True
            continue
        own = _OWN_LINE.match(line)
        if own is not None and any(_TOOL_WORD[own.group("tool") or "rsync"].search(c) and (q or _SWALLOWED.search(c))
                                   and _passed_quietly(commands, tools, 0, q) for q, c in enumerate(commands)):
            return True
    return False


def _alone_tool(command: str) -> str:
    """The tool a command runs by its own name, alone (no chain, pipe or substitution, no runner's target), or ""."""
    if _CHAIN.search(command):
        return ""
    found = _tool_of_simple(command)
    return found[0] if found is not None and " " not in found[0] else ""


def _circle_failed_step(lines: list[str], reading: CircleReading, bottom: int, code: int,
                        daemon: bool) -> FailedStep | None:
    """(twenty-second round) The CircleCI step ``reading`` reads, its script cut at the failing command, where every
    output line is an earlier command's success words, a quiet line, or the failing command's own line."""
    if reading.failing is None:
        return None
    failing = reading.commands[reading.failing]
    own: list[str] = []
    for j in range(reading.output, bottom):
        line = lines[j][:2000]
        if j in reading.explained or _STEP_QUIET.match(line):
            continue
        if daemon and (m := _STEP_EXIT.search(line[:1200])) and int(m.group("code") or m.group("travis")) == code:
            continue
        mine = _OWN_LINE.match(line)
        if mine is not None and len(own) < _OWN_LINES and _TOOL_WORD[mine.group("tool") or "rsync"].search(failing):
            own.append(line)
            continue
        return None
    return FailedStep(reading.commands[: reading.failing + 1], code, tuple(own))


@dataclass(frozen=True)
class ExitMeaning:
    """What the failing step's last command's exit status says: the tool, the status, and why it is transient."""

    tool: str
    code: int
    category: str
    why: str
    command: str


# Each tool's exit statuses that say the network failed, from the tool's own documentation, read only where the
# tool is the step's last command, alone, said nothing but its own report, and talked to one public dotted host:
#   curl (curl/curl docs/libcurl/libcurl-errors.md, read; curl exits with the CURLcode, its man page EXIT CODES,
#     recalled): 6 couldn't resolve host, 7 couldn't connect, 28 operation timed out, 35 SSL connect error, 52 got
#     nothing, 55 send error, 56 receive error, 92 HTTP/2 stream error. Not 22 (the server answered >= 400: a 404 or
#     403 is as often the job's own URL or token), not 3 (a malformed URL), not 60 (a certificate not trusted).
#   GNU Wget (mirror/wget doc/wget.texi "Exit Status" and src/exits.c get_status_for_err, read): 4 "Network
#     failure", given for HOSTERR (resolve), CONERROR/CONSOCKERR/NOCONERROR (connect), CONSSLERR (TLS handshake),
#     READERR (a read cut off) and TRYLIMEXC (--tries spent on those). Not 8 "Server issued an error response": its
#     WRONGCODE is any 4xx/5xx answer, a 404 as often as a 503 (rui314/setup-mold#6 and saworbit/hammerforge#732
#     saw 8 pass on a rerun; GenPi64/Build.Dist#164 was a 404 of a moved file: 8 is left to the words wget prints).
#     wget -q prints nothing; BusyBox wget (Alpine) exits 1 on every error, so 4 is GNU Wget's or wget2's (rockdaboot/
#     wget2 docs: the same table). Threads: jupyterhub/zero-to-jupyterhub-k8s#1927 (4, intermittent in CI).
#   rsync (RsyncProject/rsync rsync.1.md "EXIT VALUES" and errcode.h/log.c, read): 30 "Timeout in data
#     send/receive" (io.c check_timeout: --timeout's idle limit hit; also --stop-at/--stop-after/--time-limit, whose
#     stop is asked for: those options are not read), 35 "Timeout waiting for daemon connection" (--contimeout).
#     Not 10 "Error in socket I/O": a daemon refusing the connection, which the threads found to be a daemon gone or
#     never started as often as an outage (dragonresearch/rpki.net#775, jdolan/quake2#21 and PDB-REDO/dssp#51 a
#     daemon not serving, maximilianh/cellBrowser#34 off for days, clojars/infrastructure#15 and sandro/specjour#48
#     own or private hosts, RsyncProject/rsync#328 a reset: 1 of 7 a hiccup). Not 12 "Error in rsync protocol data
#     stream": rsync missing on the other side, a shell printing into the stream, a full disk, a refused key
#     (Burnett01/rsync-deployments#70, skrugly/mirakle#71, mlafeldt/chef-runner#64, welaika/wordmove#162,
#     OscarCreator/rsync.nvim#102 persistent or unknown; wpengine/github-action-wpe-site-deploy#88 and
#     datacats/datacats#39 passed on a rerun: 2 of 7). Threads on 30/35: tuna/opentuna#51 (upstream stability),
#     sjtug/mirror-requests#6 (a proxy, gone in two days), archzfs/archzfs#356 (IPv6 path broken for days: a
#     persistent network fault), laurent22/rsync-time-backup#64 (an unreliable mount), RsyncProject/rsync#870 and
#     #179 (--stop-at, excluded): 2 of the 4 network ones a hiccup, which is why the weight stays modest.
#   Not read, documented but not a network status: ssh and scp exit 255 "if an error occurred" (ssh(1) EXIT STATUS,
#     recalled), which is a refused key or an unknown host key as often as a connection (easingthemes/ssh-deploy#14:
#     a server refusing key login; #199 unknown; myplaceonline/posixcube#6 asks to retry connection errors: 1 of 3);
#     git's die() exits 128 for every fatal error (git/git usage.c, recalled); gh's documented statuses are 1 any
#     failure, 2 cancelled, 4 authentication required (cli.github.com/manual/gh_help_exit-codes, read: no network
#     status); the AWS CLI's 254/255 are any service or CLI error (its "return codes" topic, recalled); aria2c documents 6 "network
#     problem" and 19 "name resolution failed", but aria2/aria2#959 reports 6 is never set (network errors exit 1)
#     and its 19 threads (#1117, #1963, #948, XcodesOrg/XcodesApp#235) were a local resolver setting, every run.
_TOOL_EXIT_MEANING: dict[str, dict[int, tuple[str, str]]] = {
    "curl": {
        6: ("network", "curl exit 6: could not resolve the host"),
        7: ("network", "curl exit 7: could not connect to the host"),
        28: ("timeout", "curl exit 28: the transfer timed out"),
        35: ("network", "curl exit 35: the TLS connection could not be set up"),
        52: ("network", "curl exit 52: the server sent nothing"),
        55: ("network", "curl exit 55: sending data failed"),
        56: ("network", "curl exit 56: receiving data failed"),
        92: ("network", "curl exit 92: an HTTP/2 stream failed"),
    },
    "wget": {4: ("network", "wget exit 4: network failure (resolve, connect, TLS handshake or read)")},
    "rsync": {
        30: ("timeout", "rsync exit 30: timeout in data send/receive"),
        35: ("timeout", "rsync exit 35: timeout waiting for the daemon connection"),
    },
}
# A command alone: no pipe, no "&&"/"||"/";" chain, no substitution that could change whose status the step ends with.
# (review 21b) "curl.exe", as a Windows PowerShell step names curl (PowerShell's own "curl" alias is Invoke-WebRequest,
# recalled)
_ALONE = re.compile(r"^(?:sudo\s+)?(?P<tool>curl|wget|rsync)(?:\.exe)?\s(?!.*(?:\||&&|;|`|\$\())")
# the tool said nothing of its own: curl -s/--silent (with or without -S), wget -q/--quiet (short options clustered
# before any that takes a value)
_SILENT = {
    "curl": re.compile(r"(?:^|\s)(?:-[a-zA-Z]*s[a-zA-Z]*|--silent)(?=\s|$)"),
    "wget": re.compile(r"(?:^|\s)(?:-[a-zA-Z]*q[a-zA-Z]*|--quiet)(?=\s|$)"),
}
_URL_HOST = re.compile(r"(?:^|\s)['\"]?(?:https?|ftp)://(?:[^\s/@'\"]*@)?([^\s/:'\"?#]+)")
# rsync's remote: "rsync://host/module", "[user@]host::module", "[user@]host:path"
_RSYNC_HOST = re.compile(r"(?:^|\s)['\"]?(?:rsync://(?:[^\s/@'\"]*@)?([^\s/:'\"]+)|(?:[\w.-]+@)?([A-Za-z0-9][\w.-]*)::?(?!//))")
# a stop rsync was asked for: its timeout code then says the limit was reached, not that the network failed
_RSYNC_STOP = re.compile(r"(?:^|\s)--(?:stop-at|stop-after|time-limit)\b")
# a host the job runs or reaches inside its own network: loopback, a private address, an internal name
_OWN_HOST = re.compile(
    r"(?i)^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+"
    r"|169\.254\.\d+\.\d+|host\.docker\.internal|.*\.(?:local|localhost|internal|svc|cluster\.local|lan|test|example|invalid))$")
# a check that a service is up (a health, readiness or status path, a ping): the service the job deployed or started,
# whose failure to answer is as often the change's
HEALTH_CHECK_URL = re.compile(r"(?i)https?://[^\s/'\"]{1,300}/(?:[^\s'\"?#]{0,200}/)?(?:health\w*|ready\w*|readiness|livez|status|ping)\b")


def exit_meaning(lines: list[str], idx: int) -> ExitMeaning | None:
    """What the exit status on line ``idx`` says, where it is the failing step's last command's own (see
    ``failed_step``) and that tool documents the status as a network failure (_TOOL_EXIT_MEANING); the command
    alone on its line, silent where the tool can be (curl -s, wget -q), its own lines (if any) the tool's and naming
    no refusal, talking to one public dotted host (not loopback, a private address, an internal name, a host in a
    variable, a health/status path). Evidence: the tools' documented exit statuses; assumption: a step whose script
    ends on that command alone got its status from it."""
    step = failed_step(lines, idx)
    if step is None:
        return None
    last = step.script[-1]
    alone = _ALONE.match(last)
    if alone is None:
        return None
    tool = alone.group("tool")
    meaning = _TOOL_EXIT_MEANING[tool].get(step.exit_code)
    if meaning is None:
        return None
    silent = _SILENT.get(tool)
    if silent is not None and not silent.search(last):
        return None
    host = _public_host(tool, last)
    if host is None:
        return None
    for line in step.own:
        m = _OWN_LINE.match(line)
        if m is None or (m.group("tool") or m.group("rsync") or "rsync") != tool or _OWN_REFUSAL.search(line):
            return None
        named = _OWN_NAMES_HOST.search(line)
        if named is not None and named.group(1).rstrip(".").lower() != host.lower():
            return None  # (review 21b) the tool's line is an earlier command's (another host's)
    if _earlier_gave(step.script[:-1], step.exit_code):
        return None
    category, why = meaning
    return ExitMeaning(tool, step.exit_code, category, why, last)


# (review 21b) the host a curl line names ("curl: (6) Could not resolve host: X", "curl: (7) Failed to connect to X
# port N ...", curl/curl lib wording, recalled)
_OWN_NAMES_HOST = re.compile(r"(?:resolve host:?|[Cc]onnect to) ([^\s:()]+)")
# (review 21b) another tool that gives the same status silently: jq -e/--exit-status exits 4 where its filter
# produced no result (jq's manual, "--exit-status", recalled), the check of a project's own file
_SAME_STATUS: dict[int, re.Pattern[str]] = {
    4: re.compile(r"(?:^|[|;&(]\s*)jq\s(?:[^|;&]*\s)?(?:-[a-zA-Z]*e[a-zA-Z]*|--exit-status)(?=\s|$)"),
}
_TOOL_WORD = {tool: re.compile(rf"(?:^|[|;&(`]\s*|\bsudo\s+){tool}(?:\.exe)?\s") for tool in _TOOL_EXIT_MEANING}


def _public_host(tool: str, command: str) -> str | None:
    """The one public dotted host ``command`` (a curl, wget or rsync) talks to, or None: not loopback, a private
    address, an internal name, a host in a variable, a health/status path, an rsync stop asked for."""
    if tool == "rsync":
        if _RSYNC_STOP.search(command):
            return None
        found: list[str] = [a or b for a, b in _RSYNC_HOST.findall(command)]
    else:
        if HEALTH_CHECK_URL.search(command):
            return None
        found = _URL_HOST.findall(command)
    hosts = [str(h).rstrip(".") for h in found]
    if len(hosts) != 1 or "." not in hosts[0] or "$" in hosts[0] or "{" in hosts[0] or _OWN_HOST.match(hosts[0]):
        return None
    return hosts[0]


def _earlier_gave(commands: tuple[str, ...], code: int) -> bool:
    """(review 21b) Whether an earlier command of the step could have given its status ``code`` without a word (bash
    -e stops there, and the log shows the whole script either way): a curl, wget or rsync whose status ``code`` is
    too, to a host not public (the job's own service, a variable), or another tool that gives it silently (jq -e's 4).
    Evidence: the tools' documented statuses; assumption: an earlier command to a public host failing is the same
    network trouble."""
    other = _SAME_STATUS.get(code)
    for command in commands:
        if other is not None and other.search(command):
            return True
        for tool, word in _TOOL_WORD.items():
            if code in _TOOL_EXIT_MEANING[tool] and word.search(command) and _public_host(tool, command) is None:
                return True
    return False


def unexplained_error(lines: list[str]) -> StructureFinding | None:
    """The lean of an error no signature explains (see ``last_error_line``), or None. The engine
    asks for it only when nothing else in the log explains the failure."""
    error = last_error_line(lines)
    if error is None:
        return None
    index, line = error
    return StructureFinding(UNEXPLAINED_ERROR, "real", UNRECOGNISED_CATEGORY, UNEXPLAINED_ERROR_WEIGHT,
                            line.strip()[:300], index)


def _failing_command(lines: list[str]) -> tuple[str, int | None, int, int]:
    """(command, exit code, index of the command line, index of the exit line); "" / None / -1 if unseen."""
    code, code_index = None, -1
    for i in range(len(lines) - 1, max(-1, len(lines) - 400), -1):
        line = lines[i].strip()
        if not line:
            continue
        for pattern in _COMMAND_EXIT:
            m = pattern.match(line)
            if m:
                exit_code = int(m.group("code")) if m.group("code") else None
                if exit_code == 0:  # Travis goes on after a failure; a later command passed
                    break
                cmd = m.group("cmd").strip()
                if pattern is _STEP_HEADER and tool_of(cmd) is None:
                    # A named step names no tool: the command it echoed in its output does.
                    # (Bounded like the search below: a step's output may be huge.)
                    echoed = _echoed_command(lines, max(i + 1, len(lines) - 2000), len(lines), exit_code)
                    if echoed is not None:
                        return echoed[0], exit_code, echoed[1], i
                return cmd, exit_code, i, i
        if code is None:
            m = _EXIT_ONLY.search(line)
            if m and int(m.group(1)) != 0:
                code, code_index = int(m.group(1)), i
    end = code_index if code_index >= 0 else len(lines)
    # (not in the CI's epilogue: after_script's or a post step's commands did not fail the job)
    end = min(end, epilogue_start(lines))
    echoed = _echoed_command(lines, max(0, end - 400), end, code)
    if echoed is not None:
        return echoed[0], code, echoed[1], code_index
    return "", code, -1, code_index


# GitLab runs after_script whatever the job's result and ignores its exit code: nothing it prints
# failed the job.
# (velo32) ... nor does what the runner's upload of a failed job's artifacts prints (its stage upload_artifacts_on_failure,
# headed "Uploading artifacts for failed job", gitlab-runner common/build.go, recalled): it runs because the script had
# already failed, after after_script where there is one; a path with no matching files, a 413 for a too large archive or
# a 502 it retried there say nothing of why the script failed. (The upload of a successful job's artifacts, "Uploading
# artifacts for successful job", is no such section: a job whose script passed fails there, on what it prints.)
_GITLAB_FAILED_UPLOAD = r"Uploading artifacts for failed job\s*$"
_AFTER_SCRIPT = re.compile(r"^\s*(?:" + _GITLAB_AFTER_SCRIPT + "|" + _GITLAB_FAILED_UPLOAD + ")")


def after_script_start(lines: list[str]) -> int:
    """Index of GitLab's "Running after_script" line near the end (or of its "Uploading artifacts for failed job", where
    that comes first), or len(lines)."""
    return _first_in_tail(lines, _AFTER_SCRIPT)


# (velo32) GitLab Runner's line that ends the job with its status ("ERROR: Job failed: exit code 1", "... execution took
# longer than 1h0m0s seconds", "ERROR: Job failed (system failure): ..."), after after_script, the failed job's upload
# and the clean-up: the job's status, not what those sections printed
_GITLAB_JOB_FAILED = re.compile(r"^\s*ERROR: Job failed\b")


def runner_status_line(lines: list[str], start: int) -> int:
    """(velo32) Index of GitLab Runner's first "ERROR: Job failed..." line at or after ``start``, or len(lines)."""
    return next((i for i in range(start, len(lines)) if len(lines[i]) < 2000 and _GITLAB_JOB_FAILED.match(lines[i])),
                len(lines))


def epilogue_start(lines: list[str]) -> int:
    """Index of the first line of the CI system's epilogue, or len(lines)."""
    return _first_in_tail(lines, _EPILOGUE_START)


def _first_in_tail(lines: list[str], pattern: re.Pattern[str]) -> int:
    """Index of the first of the last _EPILOGUE_SPAN lines that ``pattern`` matches, or len(lines)."""
    for i in range(max(0, len(lines) - _EPILOGUE_SPAN), len(lines)):
        if len(lines[i]) < 300 and pattern.match(lines[i]):
            return i
    return len(lines)


def _echoed_command(lines: list[str], start: int, end: int, code: int | None = None) -> tuple[str, int] | None:
    """The last command echoed in ``lines[start:end]`` (a runner's "Run x", "$ x", "+ x"), with
    its index, or None; "" for the command where a CircleCI step's output says a later command than its first ran
    and not which failed (``code``: the step's exit status, if known)."""
    for i in range(end - 1, start - 1, -1):
        line = lines[i].rstrip()
        if line.strip() == _AZURE_SCRIPT and i + 1 < end:
            # Azure Pipelines' script task prints "Script contents:" and the script on the next line.
            cmd = lines[i + 1].strip()
            if cmd and _plausible_command(cmd):
                return cmd, i + 1
        if CIRCLE_SHEBANG.match(line):
            # (twenty-first round, exit_meanings) CircleCI's run step prints its shell's shebang and then the
            # step's script, line for line, before the script's output: the script's first command, as GitHub's
            # "Run x" shows the first line of a step's script (a comment or a blank line before it passed over).
            reading = circle_reading(lines, i, end, code)
            if reading is not None:
                # (twenty-second round, structure) the output says a later command ran: the failing one, or ""
                # (unknown command) where the log cannot tell which; not the first
                if reading.failing is None:
                    return "", i
                return reading.commands[reading.failing], reading.indices[reading.failing]
            first = next((k for k in range(i + 1, min(end, i + 1 + _SCRIPT_LEAD))
                          if lines[k].strip() and not lines[k].lstrip().startswith("#")), None)
            if first is not None:
                cmd = lines[first].strip().removesuffix("\\").strip()
                if _plausible_command(cmd):
                    return cmd, first
            continue
        for pattern in _ECHO:
            m = pattern.match(line)
            if m and _plausible_command(m.group("cmd")):
                if pattern is _NPM_ECHO:
                    # (misses26) a nested npm script that passed: the failing command is the next link of its parent's
                    # "&&" chain
                    later = _passed_chain_link(lines, i, end, m.group("cmd").strip())
                    if later is not None:
                        return later
                return m.group("cmd").strip(), i
    return None


# (misses26) npm's header of a script it runs (npm 6: "> pkg@1.0.0 compile /path"; npm 7+: "> pkg@1.0.0 compile"; pnpm
# the same; recalled, as public logs show them), its body on the next line ("> tsc -p ./"), and a parent script's body that
# runs it as a link of an "&&" chain ("> npm run compile && node ./node_modules/vscode/bin/test"). The shell runs the next
# link only where the first exited 0, so with nothing in the log naming the nested script's failure the failing
# command is the later link. npm names a nested script that failed: npm 6's "npm ERR! pkg@1.0.0 compile: `tsc -p ./`",
# npm 7+'s "npm ERR! command sh -c tsc -p ./"; pnpm's "ELIFECYCLE  Command failed with exit code N." (recalled).
_NPM_HEADER = re.compile(r"^> (?:@[\w.-]+/)?[\w.-]+@\S+ (?P<script>[\w:.-]+)(?:\s|$)")
_CHAIN_LINES = 60
_NESTED_FAILED = re.compile(r"^\s*(?:npm ERR!|npm error)\s|\bELIFECYCLE\s+Command failed\b")


def _passed_chain_link(lines: list[str], i: int, end: int, body: str) -> tuple[str, int] | None:
    """(misses26) The later link of a parent npm script's "&&" chain, with the parent's line, where the npm script body
    echoed at ``lines[i]`` ran as an earlier link of it and no line below names that script failing; else None."""
    header = _NPM_HEADER.match(lines[i - 1]) if i > 0 else None
    if header is None:
        return None
    script = header.group("script")
    link = re.compile(r"(?:^|&&\s*)(?:npm|pnpm|yarn)(?: run(?:-script)?)? " + re.escape(script)
                      + r"(?=\s|&|$)[^&|;]{0,200}&&\s*(?P<next>[^&|;\s][^&|;]{0,400})")
    for k in range(i - 2, max(-1, i - 2 - _CHAIN_LINES), -1):
        m = _NPM_ECHO.match(lines[k].rstrip())
        if m is None or _NPM_HEADER.match(lines[k]):
            continue
        chained = link.search(m.group("cmd"))
        if chained is None:
            continue
        # ((review26_b) npm 7+'s "npm ERR! Lifecycle script `compile` failed with error:" of a workspace's script, recalled)
        if any(len(line) < 700 and _NESTED_FAILED.search(line) and (body in line or f" {script}: `" in line
                                                                     or f"script `{script}` failed" in line
                                                                     or "ELIFECYCLE" in line)
               for line in lines[i + 1:end]):
            return None
        return chained.group("next").strip(), k
    return None


def _failed_target(lines: list[str]) -> tuple[int, str, tuple[str, str]] | None:
    """The last task, target or goal a build tool says failed, when its name says what it runs."""
    for i in range(len(lines) - 1, max(-1, len(lines) - 400), -1):
        line = lines[i].strip()
        if not line or len(line) > 400:
            continue
        for pattern in _FAILED_TARGET:
            m = pattern.search(line)
            if m:
                if line.startswith("nox > ") and i > 0 and _NOX_INSTALL_FAILED.match(lines[i - 1].strip()):
                    return None
                name = m.group("name").rsplit("/", 1)[-1]
                kind = _named_kind(name)
                return (i, name, kind) if kind is not None else None
    return None


def _named_kind(name: str) -> tuple[str, str] | None:
    """What a task, target or script named ``name`` runs, by its name (camelCase read as words)."""
    kebab = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name)
    if kebab != name:
        return _named_kind(name.lower()) or _named_kind(kebab.lower())
    base = name.lower()
    if base in TOOLS and base not in ("size", "format", "lint", "types", "validate", "fmt", "sdk", "run"):
        return TOOLS[base]
    for pattern, kind in _NAMED:
        if pattern.match(name):
            return kind
    stripped = re.sub(r"(?i)^(?:maven-|gradle-)|(?:-maven)?-plugin$", "", name)
    if stripped != name and stripped.lower() in TOOLS:
        return TOOLS[stripped.lower()]
    return None


def _plausible_command(cmd: str) -> bool:
    word = cmd.strip().split(" ", 1)[0]
    return bool(re.fullmatch(r"[\w./@:+-]+", word)) and not word.endswith(":")


# (quiet29) a separator's blanks before it are tried only from the first of a run (a split's search starts on a
# non-blank or at the start, so a match never begins inside a run): the same matches, in time linear in a line of blanks
_SEGMENTS = re.compile(r"(?:(?<!\s)\s++)?(?:&&|\|\||;|\|)\s*|\b(?:then|do|else)\b")


def tool_of(command: str) -> tuple[str, tuple[str, str]] | None:
    """The deterministic tool a command runs, with its (kind, category), or None.

    In a chain (``a && b``, ``if ...; then b; fi``) the last deterministic tool is the one that
    most likely failed: the chain stops at the first failure, and the setup comes first.
    """
    found = None
    for segment in _SEGMENTS.split(command):
        if segment and segment.strip() and not segment.strip().startswith(("if ", "[[", "[ ", "fi", "done")):
            found = _tool_of_simple(segment.strip()) or found
    if found is None:
        # (review 25a) a check that its output be empty, 'test -z "$(gofmt -l .)"': the tool is the one substituted
        # (its list is swallowed, so the step prints nothing; the shell idiom as written in CI scripts, assumed common)
        for m in _EMPTY_TEST.finditer(command[:1000]):
            found = tool_of(m.group("inner")) or found
    return found


# (review 25a) "test -z", "[ -z" or "[[ -z" of a command's substituted output
_EMPTY_TEST = re.compile(r"(?:^|[\s;&|(!])(?:test|\[\[?) +-z +\"?\$\((?P<inner>[^()\n]{1,300})\)")


def _tool_of_simple(command: str) -> tuple[str, tuple[str, str]] | None:
    try:
        words = shlex.split(command, posix=True)
    except ValueError:
        words = command.split()
    words = [w for w in words if w and not re.fullmatch(r"[A-Z_][A-Z0-9_]*=.*", w)]
    runner = ""
    for n, word in enumerate(words[:8]):
        base = word.rstrip("/").rsplit("/", 1)[-1].lower()
        base = re.sub(r"(?:\.exe|\.phar|\.cmd|\.bat|\.v\d+)$", "", base)
        if base in _WRAPPERS or word.startswith("-") and not runner:
            continue
        if base in ("cargo", "go", "dotnet", "terraform", "mix", "helm") and n + 1 < len(words):
            joined = f"{base}-{words[n + 1].lower()}"
            if joined in TOOLS:
                return joined, TOOLS[joined]
            if words[n + 1].lower() in ("fmt", "format"):
                return joined, _FORMAT
            if base == "go" and words[n + 1].lower() == "vet":
                return "go-vet", _LINT
        if base == "git" and n + 1 < len(words) and words[n + 1] == "diff" and (
            "--exit-code" in words or "--quiet" in words
        ):
            # Generated files or a formatter's output compared with what is committed.
            return "git diff", _DRIFT
        if base in TOOLS and base not in ("size", "docs", "doc", "format", "lint", "types", "validate",
                                          "fmt", "sdk", "run"):
            return base, TOOLS[base]
        if base in _RUNNERS:
            runner = base
            continue
        if _SCRIPT.match(word) and not word.startswith("-"):
            # A script by path: its own name may say it ("lint.sh"); otherwise its argument does.
            stem = base.rsplit(".", 1)[0] if "." in base else base
            kind = _named_kind(stem)
            if kind is not None:
                return f"{base}", kind
            runner = base
            continue
        if runner:
            if word in _RUNNER_OPTS or word.startswith("-"):
                continue
            kind = _named_kind(word)
            if kind is not None:
                return f"{runner} {word}", kind
            return None
        return None
    return None


def reports_after(lines: list[str], idx: int, *, limit: int = 200, skip: frozenset[int] = frozenset()) -> bool:
    """Whether a line after ``idx`` (the next ``limit``) reports an error or a warning in words of
    its own, not only that a command or build failed; lines in ``skip`` are passed over."""
    for i, line in enumerate(lines[idx + 1 : idx + 1 + limit], start=idx + 1):
        if i in skip or not line.strip() or len(line) > 2000 or _WRAPPER_LINE.search(line):
            continue
        if _WARNING_WORD.search(line) or (_REPORTS_ERROR.search(line) and is_error_line(line)):
            return True
    return False


_WARNING_WORD = re.compile(r"(?i)\bwarn(?:ing)?\b")


def last_error_line(lines: list[str]) -> tuple[int, str] | None:
    """(index, line) of the last line among the last non-blank lines that reports an error in
    words of its own, or None.

    Lines that only say a wrapper failed (make's ``*** Error 2``, an exit code, Gradle's ``Task
    FAILED``, npm's ``ELIFECYCLE``) are passed over: they say that something failed, not what. So
    is a setting that merely names a timeout. An error whose neighbourhood speaks of time, the
    network, the machine or a service's availability gives None: those are a transient
    mechanism's words the catalogue does not know, and no lean towards the change.
    """
    seen = 0
    for i in range(job_end(lines) - 1, -1, -1):
        line = lines[i]
        if not line.strip():
            continue
        seen += 1
        if seen > _ERROR_TAIL:
            return None
        if len(line) > 2000 or not _REPORTS_ERROR.search(line) or not is_error_line(line):
            continue
        if _WRAPPER_LINE.search(line) or _SETTING.match(line) or _V8_GC_TRACE.match(line):
            continue
        window = " ".join(ln[:2000] for ln in lines[max(0, i - _TROUBLE_WINDOW) : i + _TROUBLE_WINDOW + 1])
        # A path's words are not the log's: /home/runner/work, /var/lib/buildkite-agent/builds,
        # /home/jenkins/agent/workspace and D:\agent\_work name where the job runs, not trouble.
        window = _PATH_TOKEN.sub(" ", window)
        if _TROUBLE_WORDS.search(window):
            return None
        return i, line
    return None


# An error reported in words: what failed or why, not only that a command did.
_REPORTS_ERROR = re.compile(
    r"(?i)\b(?:errors?|failed|failure|fatal|exception|panic(?:ked)?|cannot|can't|could ?not|couldn't"
    r"|unable to|not found|no such|denied|invalid|unexpected|undefined|missing|assert\w*|traceback"
    r"|mismatch|not allowed|unsupported|unknown|violations?)\b|^\s*E\s{2,}\S"
)
# Other CI systems' closing lines: TeamCity's step result ("Step Compile (Node.js NPM) failed"),
# CodeBuild's phase result and context, Cloud Build's step result and its bare "ERROR", Bamboo's
# task result, GoCD's job status, Codemagic's, and Ansible's (Zuul's) relay of a command's exit.
# (alternatives of both _WRAPPER_LINE and _CI_CLOSER)
_OTHER_CI_CLOSERS = (
    r"^\s*step \S.{0,200} \([^()\n]{1,80}\) failed\s*$|\bphase complete: \w+ state: failed\b|\bphase context status code: "
    r"|\bcommand did not exit successfully\b|^\s*error: build step \d+ .{0,300}failed: step exited with"
    r"|^\s*error\s*$|^\s*finished step #\d+|\bfailing task since return code of\b"
    r"|^\s*finished task .{0,200} with result: failed|^\s*\[go\] (?:task: |current job status: )"
    r"|^\s*build failed :\|\s*$|\]: failed! => .{0,400}\"msg\": \"non-zero return code\""
    r"|^\s*play recap\b|^\s*[\w.-]+\s*: ok=\d+\s+changed=\d+\s+unreachable=\d+\s+failed=\d+"
)
# Lines that only relay a failure reported elsewhere: exit codes, build tools' and package
# managers' closing summaries, CI systems' job results.
_WRAPPER_LINE = re.compile(
    r"(?i)(?:\bexit(?:ed)? (?:with )?(?:code|status)\b|\bexited with \d+|\breturn(?:ed)? (?:a )?(?:non-zero )?(?:exit )?code\b"
    r"|^\s*g?make(?:\[\d+\])?: \*\*\*|\*\*\* \[[^\]]*\] error \d+|recipe for target"
    r"|^\s*> task \S+ failed|^\s*failure: build failed with an exception|^\s*\* what went wrong"
    r"|\bbuild failed\b\.?\s*$|\bbuild failure\s*$|^\s*(?:\[error\])?\s*$"
    r"|npm (?:err!|error) (?:code elifecycle|errno|failed at the|this is probably not|a complete log"
    r"|exit status|lifecycle script|command failed|signal|\s*$)"
    r"|^\s*error command failed with exit code|^\s*error: recipe|commands? failed\s*$"
    r"|\bjob failed\b|marked build as failure|^\s*finished: failure|\bscript returned\b"
    r"|^\s*(?:error: )?process completed with|configuring incomplete, errors occurred"
    r"|failed to execute goal [\w.:-]+ \([\w.-]+\)(?: on project [\w.-]+)?[:.]?\s*$|\[help \d+\]\s*$"
    r"|there (?:are|were) test failures|^\s*error: (?:aborting due to|could not compile)|\b\d+ (?:errors?|failures?|failed)\b(?!\s*:)"
    r"|^\s*(?:tests?|specs?|examples?)? ?failed:? ?\d*\s*$|^\s*fail(?:ed|ure)?\s*$"
    # Closing lines of build tools and runners: Gradle's time, Maven's advice, npm 7+'s path and
    # command, ninja, Bazel, pnpm, tox 4, Yarn 2+, cargo, rake, Jenkins' skipped stages, Node's
    # child_process, pip's subprocess note, turbo.
    r"|\bbuild failed in \d[\w .]*$|\[help \d+\] https?://\S+\s*$|re-run maven|to see the full stack trace of the errors"
    r"|for more information about the errors and possible solutions|after correcting the problems, you can resume"
    r"|^\s*\[error\]\s+mvn .* -rf :|npm (?:err!|error) (?:path|command|workspace|location|code \d+\s*$)"
    r"|build stopped: subcommand failed|build did not complete successfully|\belifecycle\b|see above for (?:more )?details"
    r"|^\s*evaluation failed :\(|^\W*yn0000: failed with errors|^\s*error: \d+ targets? failed:?\s*$"
    r"|command failed with status \(\d+\)|skipped due to earlier failure|^\s*(?:error: )?command failed(?: with exit code \d+)?:"
    r"|this error originates from a subprocess|\bexited \(\d+\)"
    # What a report or artifact step says after the job broke before writing them.
    r"|uploading artifacts for failed job|no files to upload|no test report files were found"
    r"|no files were found with the provided path|\berr_pnpm_recursive_\w+_first_fail\b"
    # Travis's macOS images after every job (RVM's shell hook missing from the job's shell).
    r"|shell_session_update: command not found"
    # Sphinx 7+ closing a failed build: the warnings above are the cause.
    r"|^\s*build finished with problems\b"
    # (t38) Chocolatey's closing summary ("Chocolatey installed 0/1 packages. 1 packages failed." over " See the log for
    # details (C:\ProgramData\chocolatey\logs\chocolatey.log)."; "package(s)" in older versions): the count of packages
    # whose own error is printed above it or in that log
    r"|^\s*chocolatey \w+ \d+/\d+ packages?(?:\(s\))?\. \d+ packages?(?:\(s\))? failed\b|^\s*see the log for details \("
    r"|" + _OTHER_CI_CLOSERS + ")"
)
# Of those, the lines a CI system (or the shell running the job's script) prints after the failing
# command: an exit code relayed, the job's or step's result, an artifact or report step with nothing
# to upload, and the tenth round's CI systems' closing lines (TeamCity's "Step X (Command Line)
# failed", CodeBuild's, Cloud Build's, Bamboo's, GoCD's, Codemagic's, Zuul's Ansible recap).
_CI_CLOSER = re.compile(
    r"(?i)(?:\bexit(?:ed)? (?:with )?(?:code|status)\b|\bexited with \d+|\breturn(?:ed)? (?:a )?non-zero (?:exit )?code\b"
    r"|^\s*(?:\[error\])?\s*$|^\s*error: job failed\b|marked build as failure|^\s*finished: failure|\bscript returned\b"
    r"|^\s*(?:error: )?process completed with"
    r"|uploading artifacts for failed job|no files to upload|no test report files were found"
    r"|no files were found with the provided path|shell_session_update: command not found"
    r"|" + _OTHER_CI_CLOSERS + ")"
)
# A setting printed as "name: value" or "name = value" ("Connection timeout: 30000").
# (left28) V8's line for one garbage collection ("[2281:0x5f1c2a0]   412034 ms: Mark-sweep 2040.1 (2085.3) -> 2039.5
# (2085.8) MB, 1834.2 / 0.0 ms  (average mu = 0.112, current mu = 0.021) allocation failure; scavenge might not succeed",
# as --trace-gc and the heap-limit report's "Last few GCs" print it; seen in public READMEs quoting Node's output): its
# "allocation failure" is why the collection ran, no error of its own. Where the heap ran out the report's headers or FATAL line say so (the catalogue's
# build_step_own_oom); a GC line alone says nothing either way.
_V8_GC_TRACE = re.compile(
    r"^\s*\[\d+:0x[0-9a-fA-F]+\](?:\s+\[[^\]\n]{1,40}\])?\s+\d+ ms: (?:Scavenge|Minor Mark-(?:Compact|Sweep)|Mark-(?:Compact|sweep|Sweep))\b"
    r"[^\n]{0,400}?\bMB\b"
)
_SETTING = re.compile(r"(?i)^\s*[a-z][\w .-]{0,40}\s*[:=]\s*(?:\d[\w.]*|true|false|yes|no|on|off|none|null)\s*$")
# Words of time, the network, the machine, a service's availability and contention between jobs
# (a lock held by another job; not a lockfile) near the error.
_TROUBLE_WORDS = re.compile(
    r"(?i)\b(?:time[ds]?[ -]?out|timeouts?|deadline|connect(?:ion|ed|ing)?|network|socket|dns"
    # A name lookup, not a package manager's progress ("Resolving packages...", "Resolving deltas",
    # "Resolved 42 packages") or a dependency solver's answer ("could not resolve dependencies").
    r"|resolv\w*(?![ :]+(?:packages|dependencies|deltas|\d))"
    # Not a compiler's or linter's own idioms: Rust's "entered unreachable code", Swift's "'X' is
    # unavailable", the forbidden-APIs check's "Forbidden method invocation".
    r"|unreachable(?! code)|refused|reset|temporar\w*|(?<!' is )unavailable|try again|retr(?:y|ies|ying)"
    r"|rate[ -]?limit\w*"
    r"|throttl\w*|too many requests|quota|mirror|proxy|gateway|out of memory|oom|memory|killed"
    r"|signal|disk|space left|runner|agent|executor|lost|terminated|cancel+ed|interrupted|hang|hung"
    r"|stalled|stuck|flak\w*|intermittent\w*|outage|maintenance|overloaded|busy|in use|ssl|tls"
    r"|handshake|eof|broken pipe|forbidden(?! (?:method|api|class|field|import|call|package|signature)s?\b)"
    r"|held by|another (?:job|process|build|instance)|concurren\w*"
    r"|contention|deadlock\w*|race)\b"
    r"|(?<![.\w-])lock(?:ed|s)?\b(?!\s?file)"
    # Not a line number ("Error: main.go:574:6:", "Makefile:503:"): no status follows "name:".
    r"|(?i:\b(?:http|status|code|error|response|returned)\D{0,12}(?<!\w:)\b(?:5\d\d|40[38]|429)\b)"
)
# A token with a path separator in it (a path or a URL), dropped before the trouble words are read. (Tried only where
# a token starts: the same matches, and a long token without a separator, a stretch of a minified line, is read once,
# not again from each of its characters.)
_PATH_TOKEN = re.compile(r"(?<![^\s'\"`()\[\]<>])[^\s'\"`()\[\]<>]*[/\\][^\s'\"`()\[\]<>]*")
# How many lines either side of the error are read for such words.
_TROUBLE_WINDOW = 2


def _diagnostics(lines: list[str], end: int) -> tuple[int, str] | None:
    """The last tool diagnostic (path:line:col: CODE message) within the final block of output."""
    start = max(0, end - 60)
    for i in range(end - 1, start - 1, -1):
        line = lines[i]
        if len(line) > 400:
            continue
        if (_DIAGNOSTIC.match(line) or _ESLINT_STYLE.match(line)) and not _MSBUILD_WARNING.match(line):
            return i, line
    return None


# (hold31a) MSBuild's warning ("File.cs(61,24): warning CS0618: ... [proj.csproj]"): MSBuild fails a build on errors only,
# and a warning it treats as one it prints as "error CS0618" (TreatWarningsAsErrors); a warning line is no failure's
_MSBUILD_WARNING = re.compile(r"^\s*\S+?\.[A-Za-z]{1,6}\(\d+(?:,\d+)?\): warning [A-Z]{1,4}\d{3,5}: ")


# ------------------------------------------------------------------ (twenty-fifth round, wordless) checks without words
# Many deterministic checks fail by printing what differs and exiting 1, with no error word at all: a generated-files,
# docs-TOC or formatting check whose output is a unified diff, a formatter's bare list of files, git's short status
# after a generation step. Where the failing step's own output (below its last command, above the CI system's closing
# line) is such output and nothing else in it reads as an error or as trouble, the change made the difference: real.
#
# The output shapes, and where they are from:
# - a unified diff: git's "diff --git a/<path> b/<path>" with its extended headers ("index", "new file mode", "similarity
#   index", "rename from", "Binary files ... differ"), then "--- a/<path>", "+++ b/<path>", "@@ -l,s +l,s @@" and the
#   hunk's " ", "+", "-" and "\ No newline at end of file" lines (git-diff(1), "generating patch text with -p",
#   documented); GNU diff -u's "--- <path>\t<date>" and "+++ <path>\t<date>" (diffutils manual, "unified format",
#   documented), which black --diff prints too (its "--- <path>\t<date> +0000" headers, recalled); gofmt -d's "diff
#   <path>.orig <path>" line above its own "---"/"+++" pair (go/src/cmd/gofmt, internal/diff, recalled); rustfmt
#   --check's "Diff in <path> at line <n>:" / "Diff in <path>:<n>:" above "-"/"+" lines without a hunk header
#   (rust-lang/rustfmt src/emitter/diff.rs, recalled; the "Diff in {}:" form read in a formatter's source in the code
#   index); diff -q's and diff -r's "Files <a> and <b> differ" and "Only in <dir>: <name>" (diffutils manual,
#   documented).
# - a bare list of paths, one a line: gofmt -l ("list files whose formatting differs from gofmt's", prints each file's
#   name, recalled), shfmt -l (mvdan/sh cmd/shfmt main.go, "if *list { fmt.Fprintln(out, path) }", read in the code
#   index), prettier --list-different / -l ("Print the names of files that are different from Prettier's formatting",
#   documented), terraform fmt -check with its default -list ("list the files containing formatting
#   inconsistencies", documented), git diff --name-only (git-diff(1), documented).
# - git status --porcelain / --short lines "XY <path>" (" M src/x.go", "?? new.go", "A  x", "R  a -> b": git-status(1),
#   "short format", documented), and git diff --stat's " <path> | 4 ++--" and " N files changed, ..." lines.
# What may stand beside them: the step's script as the CI system echoes it, blank lines, the CI system's quiet and
# closing lines, wrappers' relays (make's "*** [verify] Error 1"), and lines of the check's own advice that read as no
# error ("Please run 'make generate' and commit the result."). A line that reads as an error stands the reading aside
# unless it speaks of the difference itself ("ERROR: generated files are out of date", _DRIFT_WORDS): the engine's other
# readings weigh it. Any line with trouble words (_TROUBLE_WORDS: a timeout, a download that broke, a killed process,
# the network) stands it aside: the difference may be that trouble's damage (a go.sum cut short, a file not fetched).
# Not read (assumptions, each keeping today's verdict): a test runner's value comparison (a test command, or a test
# framework's words beside the diff: "Expected", "FAIL", "Error Trace"; the diff is an assertion's and is read as one);
# a deploy, upload or release command (kubectl diff, helm diff, a sync: the difference is with a live system's state);
# an exit status other than 1 or 2 (124, 137, 143: stopped, killed; diff's and make's 2 are read).
WORDLESS_DIFF = "structure-unified-diff"
WORDLESS_PATHS = "structure-path-list"
# (with nothing else in the log: a real verdict of about 0.90 and 0.89; a recognised tool's reading, 0.8, outweighs it)
_DIFF_WEIGHT = 0.7
_PATHS_WEIGHT = 0.68
# how far below the last command a step's output is read (a long generated diff still reads: the scan is one pass)
_WORDLESS_LINES = 20000
# how many lines of other output may follow the last diff or path line (the check's advice)
_WORDLESS_AFTER = 4
_DIFF_GIT = re.compile(r"^diff (?:--git|-[a-zA-Z]+|--[a-z-]+) \S")
_DIFF_OLD = re.compile(r"^--- (?:a/)?(?P<name>\S+)(?:\t.*)?\s*$")
_DIFF_NEW = re.compile(r"^\+\+\+ (?:b/)?\S+(?:\t.*)?\s*$")
_DIFF_ALONE = re.compile(r"^Diff in \S.{0,400}?(?: at line \d+|:\d+)?:\s*$|^Files \S+ and \S+ differ\s*$"
                         r"|^Only in \S.{0,400}: \S|^Binary files \S+ and \S+ differ\s*$")
_DIFF_BODY = re.compile(
    r"^[ +\-\\]|^$|^@@ |^index [0-9a-f]{4,}\.\.[0-9a-f]{4,}|^(?:new|deleted) file mode \d|^(?:old|new) mode \d"
    r"|^similarity index \d|^dissimilarity index \d|^rename (?:from|to) |^copy (?:from|to) |^Binary files ")
# (a header naming what a test compares, testify's "--- Expected" / "+++ Actual", is no file)
_VALUE_NAMES = re.compile(r"(?i)^(?:expected|actual|received|want|got|left|right)$")
_PATH_LINE = re.compile(
    r"^(?:\./|/)?(?:[\w@+~-][\w@+.~-]*/)+[\w@+.~-]*[\w@+~-]/?\s*$"  # with a directory
    r"|^(?:\./)?[\w@+~-][\w@+.~-]*\.[A-Za-z][\w]{0,9}\s*$")  # a file name with an extension
_PORCELAIN = re.compile(r"^[MTADRCU?! ][MTADRCU?! ] \S.{0,400}$")
_STAT_LINE = re.compile(r"^ \S.{0,400} \| +(?:\d+ [+-]*|Bin \d)|^ \d+ files? changed(?:, \d+ \w+\(?[+-]?\)?)*\s*$")
# the check's own words about the difference, even where they read as an error
_DRIFT_WORDS = re.compile(
    r"(?i)\b(?:diff(?:s|ers?|erent|erence|erences)?|out[ -]of[ -]date|up[ -]to[ -]date|stale|generat\w*|regenerat\w*"
    r"|format\w*|gofmt|prettier|uncommitted|modified|dirty|not (?:been )?committed|changes?|reformat\w*|tidy)\b")
# a test framework's words beside a diff: the diff is a compared value's
_TEST_WORDS = re.compile(
    r"(?i)\b(?:expected|actual|received|assert\w*|error trace|--- fail|fail(?:ed|ure)?:|test(?:s|case)?\b.{0,80}\bfail)"
    r"|^\s*E {2,}\S|^FAIL\b|^--- FAIL|^\s*[✕✗×]\s")
# a step that deploys, uploads, releases or compares with a live system
_DEPLOY_COMMAND = re.compile(
    r"(?i)(?:^|[\s/;&|(])(?:deploy\w*|upload\w*|publish\w*|release\w*|rsync|scp|sftp|gsutil|kubectl|helm|pulumi"
    r"|ansible(?:-playbook)?|heroku|netlify|vercel|firebase|twine|surge|gh-pages|aws|az|gcloud"
    r"|terraform(?!\s+(?:fmt|validate)\b))(?:$|[\s.:_-])|\b(?:git|docker|helm)\s+push\b")
# a test runner run by the step (its diffs are its comparisons)
_TEST_COMMAND = re.compile(
    r"(?i)(?:^|[\s/;&|(])(?:pytest|py\.test|jest|vitest|mocha|rspec|phpunit|ctest|tox|nox|karma|ava|tap"
    r"|(?:go|cargo|npm|yarn|pnpm|bun|dotnet|mix|swift|deno|bazel|gradle|\./gradlew|mvn|make|sbt|stack|cabal) (?:\S+ )?"
    r"(?:test|check|it|spec)\w*|unittest|nosetests|testthat|prove)(?:$|[\s:])")
# lines of the CI system's own that a step's output may hold: the echoed script's group (GitHub), Azure's launcher
_STEP_FRAME = re.compile(
    r"^##\[(?:end)?group\]|^=+ Starting Command Output =+\s*$|^/usr/bin/bash --noprofile --norc "
    # Buildkite's section headers ("~~~ Running commands", "--- :go: verify", "+++ Checking"), not a diff's
    r"|^(?:~~~|---|\+\+\+) (?![ab]/)\S")


@dataclass(frozen=True)
class Wordless:
    """What a failing step's wordless output is: a diff or a list of paths, its first line, and where it is."""

    shape: str  # "diff" or "paths"
    index: int
    line: str


def wordless_output(lines: list[str], command: str, code: int | None, cmd_index: int, code_index: int) -> Wordless | None:
    """(twenty-fifth round, wordless) The failing step's output where it is a unified diff or a bare list of paths
    (porcelain or stat lines) and nothing else in it reads as an error or as trouble; None otherwise (see above)."""
    if code not in (1, 2) or code_index < 0:
        return None
    limit = code_index
    if 0 <= cmd_index < code_index and _BARE_EXIT.match(command) and all(
            _STEP_QUIET.match(line[:2000]) or _TRAILER.match(line[:2000]) or _CI_CLOSER.search(line[:2000])
            for line in lines[cmd_index + 1: code_index]):
        # (review 25a) a shell trace's last command is the script's own "exit 1" ("+ exit 1" under Jenkins' set -x):
        # the check's output is the command's before it
        before = _echoed_command(lines, max(0, cmd_index - _STEP_LINES), cmd_index)
        if before is None:
            return None
        command, limit, cmd_index = before[0], cmd_index, before[1]
    span = _step_output(lines, command, cmd_index, code_index)
    if span is None:
        return None
    start, stop = span
    stop = min(stop, limit)
    if command and (_DEPLOY_COMMAND.search(command[:1000]) or _TEST_COMMAND.search(command[:1000])):
        return None
    first: tuple[str, int] | None = None
    last_shape = -1  # index of the last diff or path line
    in_diff = False
    body: list[str] = []  # (polish27) the diffs' own lines, for error_in_place_of_output
    k = start
    while k < stop:
        line = lines[k][:2000].rstrip("\r")
        old = _DIFF_OLD.match(line)
        if old is not None and k + 1 < stop and _DIFF_NEW.match(lines[k + 1][:2000]):
            if _VALUE_NAMES.match(old.group("name")) or _LIVE_STATE.search(line):
                return None  # a test's compared values, not files; a live system's state (kubectl diff)
            if first is None or first[0] != "diff":
                first = ("diff", k)
            in_diff, last_shape = True, k + 1
            k += 2
            continue
        if _DIFF_GIT.match(line) or _DIFF_ALONE.match(line):
            if _LIVE_STATE.search(line):
                return None
            if first is None or first[0] != "diff":
                first = ("diff", k)
            in_diff, last_shape = True, k
            k += 1
            continue
        if in_diff and _DIFF_BODY.match(line):
            if line.strip():
                last_shape = k
            body.append(line)
            k += 1
            continue
        in_diff = False
        k += 1
        text = line.strip()
        if not text or _STEP_QUIET.match(line) or _TRAILER.match(line):
            continue
        if _TEST_WORDS.search(line):
            return None
        if _STEP_FRAME.match(line) or _RUN_SCRIPT.match(text):
            continue
        if (_PORCELAIN.match(line) and line[:2].strip()) or _STAT_LINE.match(line) or _PATH_LINE.match(text):
            if first is None:
                first = ("paths", k - 1)
            last_shape = k - 1
            continue
        if _TROUBLE_WORDS.search(_PATH_TOKEN.sub(" ", line)) or _FETCH_FAILED.search(line):
            return None
        if _WRAPPER_LINE.search(line) or _CI_CLOSER.search(line):
            continue
        if _REPORTS_ERROR.search(line) and is_error_line(line) and not _DRIFT_WORDS.search(line):
            return None
    if first is None or error_in_place_of_output(body):
        return None
    # the diff or the list is the step's last output: at most a few lines of advice below it
    after = 0
    for j in range(last_shape + 1, stop):
        line = lines[j][:2000]
        if line.strip() and not (_STEP_QUIET.match(line) or _TRAILER.match(line) or _WRAPPER_LINE.search(line)
                                 or _CI_CLOSER.search(line)):
            after += 1
            if after > _WORDLESS_AFTER:
                return None
    shape, index = first
    return Wordless(shape, index, lines[index].strip()[:300])


# (review27_b) The trouble an error in place of a program's output names (error_in_place_of_output's added lines): a
# connection, a name lookup, a transfer or a remote service that failed, in the words that say it failed ("connection
# refused", "server closed the connection unexpectedly", "Connection timed out", "context deadline exceeded", "Could not
# resolve host", "lookup h on 127.0.0.53:53: server misbehaving", "ECONNREFUSED", a 5xx, 408 or 429). Not _TROUBLE_WORDS'
# single words, which also name the program's own state and settings: "deadlock" (Go's "all goroutines are asleep -
# deadlock!"), "memory" ("invalid memory address"), a "lock", "connection" or "TLS" or "proxy" in a setting it rejects
# ("invalid connection string", "unsupported TLS version"), "EOF" where it parsed its own file: an error of the code or
# of its input in place of its output is the change's, and the diff stays the changed text it was read as before.
_OUTPUT_TROUBLE = re.compile(
    r"(?i)\b(?:timed? ?out|time-out|deadline exceeded|connection (?:was )?(?:refused|reset|closed|aborted|timed out|lost"
    r"|dropped|failed|error)|closed the connection|(?:could ?not|couldn't|cannot|can't|unable to|failed to) (?:connect|reach"
    r"|resolve|establish)|connect(?:ion)? to \S+ failed|no route to host|(?:host|network) (?:is )?unreachable"
    r"|lookup \S+(?: on \S+)?: |no such host|name resolution|name or service not known|getaddrinfo|temporar(?:y|ily) "
    r"(?:failure|unavailable)|service unavailable|bad gateway|gateway time-?out|too many requests|rate[ -]?limit\w*"
    r"|throttl\w*|broken pipe|socket hang up|handshake (?:failed|failure|timeout|timed out)|econn(?:refused|reset|aborted)"
    r"|etimedout|enotfound|eai_again|ehostunreach|enetunreach|no space left|try again later)\b"
    # Go's HTTP client's "Get \"https://h/p\": EOF" with its URL dropped as a path (_PATH_TOKEN)
    r"|\b(?:get|head|post|put|patch|delete|options) [\"']?\s*[\"']?: (?:unexpected )?eof\b"
    r"|(?i:\b(?:http|status|code|error|response|returned)\D{0,12}(?<!\w:)\b(?:5\d\d|408|429)\b)"
)


def error_in_place_of_output(body: list[str]) -> bool:
    """(polish27) Whether a file diff's lines (``body``: its "+", "-", " " and "\\" lines) show an error a program met
    where its output was expected: every added line an error naming trouble (a closed or refused connection, a time-out:
    _REPORTS_ERROR, is_error_line and (review27_b) _OUTPUT_TROUBLE, the network's words of _TROUBLE_WORDS, not the
    program's own state's) or an indented line right below one (libpq's "\tThis probably means ..."), at least one such
    error, and no removed line that reports an error or names trouble. A golden file compared with the output of
    "pgexport > out.csv 2>&1" whose new side is "error: server closed the connection unexpectedly": that trouble's
    damage, not a changed text (the same lines in a normal diff's "> " side are read as that error anywhere else). A
    removed error (a golden error message the change rewrote) or any other added line keeps the diff a changed text."""
    trouble = after = False
    for line in body:
        side, text = line[:1], line[1:]
        if not text.strip():
            continue
        if side == "+":
            if after and text[:1] in " \t":
                continue
            if not (_REPORTS_ERROR.search(text) and is_error_line(text) and _OUTPUT_TROUBLE.search(_PATH_TOKEN.sub(" ", text))):
                return False
            trouble = after = True
        elif side == "-":
            if _REPORTS_ERROR.search(text) or _TROUBLE_WORDS.search(_PATH_TOKEN.sub(" ", text)):
                return False
            after = False
        else:
            after = False
    return trouble


# (review 25a) kubectl diff's temporary directories: it runs "diff -u -N" on a "LIVE-<n>" and a "MERGED-<n>" directory
# made by os.MkdirTemp("", prefix+"-") (kubernetes/kubectl pkg/cmd/diff/diff.go, CreateDirectory, NewDiffer("LIVE",
# "MERGED") and DiffProgram.getCommand, read): the difference is with a cluster's state, whatever script ran it
_LIVE_STATE = re.compile(r"[/\\](?:LIVE|MERGED)-\d+[/\\]")
# (review 25a) a download's own report that it failed, whatever its words ("curl: (52) Empty reply from server",
# "curl: (18) transfer closed with 1048576 bytes remaining to read": curl/curl lib/strerror.c wording, as _FETCH_BROKE
# cites it; wget's refusals as _FETCH_BROKE reads them): the step broke on it, and the difference may be its damage (a
# checksum of a cut file, a schema not fetched)
_FETCH_FAILED = re.compile(r"^\s*curl: \(\d{1,2}\) \S|" + _FETCH_BROKE.pattern)
# (review 25a) a script's own closing command as a shell trace shows it: "exit 1", "false"
_BARE_EXIT = re.compile(r"^(?:exit(?: \d{1,3})?|false)\s*$")
# CodeBuild's echo of a buildspec command ("[Container] 2024/05/01 10:00:00.123456 Running command make verify", the
# prefix dropped by the normalisation; AWS CodeBuild's logs as its documentation shows them, recalled)
_CODEBUILD_RUN = re.compile(r"^Running command (?P<cmd>\S.*)$")


# a script run by its path, as a CircleCI step's script or a runner's echo shows it ("./hack/verify-codegen.sh"): the
# command, not a file the check lists (the checks list paths as found under ".", without the "./": gofmt, shfmt,
# prettier join the walked path to the directory given; an assumption where not read)
_RUN_SCRIPT = re.compile(r"^\./\S*$")


def _step_output(lines: list[str], command: str, cmd_index: int, code_index: int) -> tuple[int, int] | None:
    """(twenty-fifth round, wordless) Where the failing step's own output runs, [start, stop): below its last command
    (past the script GitHub and Azure echo with it), above its closing line and the CI system's epilogue."""
    stop = min(code_index, epilogue_start(lines))
    head = _STEP_HEADER.match(lines[code_index][:1200])
    if head is not None:
        # the daemon's CircleCI excerpt: the step's output follows its header, to the next header
        stop = next((j for j in range(code_index + 1, min(len(lines), code_index + 1 + _WORDLESS_LINES))
                     if lines[j].startswith("=== step ")), len(lines))
        stop = min(stop, epilogue_start(lines))
        start = cmd_index if code_index < cmd_index < stop else code_index
    elif 0 <= cmd_index < code_index:
        start = cmd_index
        # a diff's "+++ <path>" below its "--- <path>" reads as a shell trace's "+ <command>" (Jenkins, "set -x"): the
        # step's command is the echo above the diff (each look starts above the last: one pass up the log)
        while start > 0 and _DIFF_NEW.match(lines[start][:2000]) and _DIFF_OLD.match(lines[start - 1][:2000]):
            echoed = _echoed_command(lines, max(0, code_index - _WORDLESS_LINES), start - 1)
            if echoed is None:
                return None
            start = echoed[1]
    else:
        # Travis names the command on its closing line ('The command "X" exited with 1.'), and a long output puts the
        # step's echo further up than the failing command is looked for: its "$ X" or "Run X" line
        echo = "$ " + command if command else None
        start = next((j for j in range(code_index - 1, max(-1, code_index - _WORDLESS_LINES), -1)
                      if (lines[j].rstrip() == echo if echo else (
                          GHA_RUN.match(lines[j][:2000]) or DOLLAR_COMMAND.match(lines[j][:2000])
                          or _CODEBUILD_RUN.match(lines[j][:2000])))), -1)
        if start < 0:
            return None
    if start >= stop or stop - start > _WORDLESS_LINES:
        return None
    line = lines[start][:2000]
    if GHA_RUN.match(line):
        # GitHub echoes the step's script in the "Run" group, to its "shell:" and "env:" lines and the group's end
        end = next((j for j in range(start + 1, min(stop, start + _STEP_LINES)) if lines[j].startswith("##[endgroup]")),
                   None)
        if end is None:
            shell = next((j for j in range(start + 1, min(stop, start + _STEP_LINES))
                          if _GHA_SCRIPT_END.match(lines[j][:300])), None)
            end = shell if shell is not None else start
            while end + 1 < stop and shell is not None and lines[end + 1][:1].isspace() and lines[end + 1].strip():
                end += 1
        return end + 1, stop
    if start > 0 and lines[start - 1].strip() == _AZURE_SCRIPT:
        # Azure echoes the script between "Script contents:" and its launcher line
        launch = next((j for j in range(start, min(stop, start + _STEP_LINES)) if _AZURE_LAUNCH.match(lines[j][:300])),
                      None)
        return (launch + 1 if launch is not None else start + 1), stop
    return start + 1, stop


# ---------------------------------------------------------------- (twenty-eighth round, short28) the shape of a diagnostic
# A failure quoted as a short excerpt (only its own lines, as a person quotes them in an issue: no command, exit code or
# step around them) often holds no error word at all: a compiler's or a linter's warning that the build treats as an
# error, a linter's table of places and messages, a test's or a check's diff. last_error_line needs such a word, so
# those excerpts read unknown where the same lines with their job around them read real. What they do hold is the shape
# of a diagnostic about the project's own code, whatever the tool:
# - a source location and a message: "path/file.ext:12:5: warning: ..." (GCC/Clang, GHC, rustc's short form, javac,
#   every "file:line:col: message" tool), MSBuild's "File.cs(12,5): warning CS0168: ...", a message with a bare
#   "path/file.ext:12" location right below it (PHPUnit's failure list; rustc's "--> src/x.rs:3:9" under its
#   message), and a location in words: "at line 12, column 5" (Perl::Critic, parsers), Perl's "... at FILE line 40.",
#   TeX's "... in paragraph at lines 120--131";
# - a linter's table: "12:5  ✖  message  rule-id" rows under the file's name (stylelint's and ESLint's default
#   formatters, their indentation lost), or a table whose header names a "Line" column above a rule of dashes and rows
#   that open on a line number (PHPStan's);
# - a diff block: a unified diff (git's, diff -u's headers, "@@" hunks) or a run of "-" and "+" lines, at least two of
#   each, that the excerpt ends on (a golden-file test's or a generated-file check's).
# Read only where nothing else in the log explains the failure (rules.py asks after last_error_line found nothing), in
# the log's final block (the last _ERROR_TAIL non-blank lines, as last_error_line reads it; a line longer than 2,000
# characters is passed over), and only where no line anywhere in the log (its last _TROUBLE_SCAN characters) speaks of
# time, the network, the machine, a service or flakiness (_TROUBLE_WORDS; a diff's compared text, its hunks' lines and
# its "-"/"+" lines, is read for trouble in the narrower words of _OUTPUT_TROUBLE, a failure named in its words; a
# linter row's rule name is a name). A stack frame is no diagnostic (where a program was, not what is wrong with the
# code: "path.rb:12:in `x'", "path.lua:3: in function", "at pkg.Cls.m(File.java:9)"), nor a bare location without a
# message above it.
# The lean is the unexplained error's: real, the same weight and category (UNRECOGNISED_CATEGORY, so the same cap), a
# lean towards the change, not a diagnosis. Nothing here leans transient.
# (review28_b) Nor a diagnostic with more than _SHAPE_AFTER lines of other output below it, nor one in installed code
# (_INSTALLED_PATH), nor a diff of volatile values or of order only (_volatile_only) or one whose file shows twice with
# different output (_varies_between_tries); and the trouble read also holds _SHAPE_TROUBLE, _ATTEMPT, _REMOTE_STATUS
# and the CI system's closing lines.
CODE_LOCATED = "structure-located-diagnostic"
CODE_TABLE = "structure-lint-table"
CODE_DIFF = "structure-diff-block"
CODE_SHAPES = frozenset({CODE_LOCATED, CODE_TABLE, CODE_DIFF})
_SHAPE_WORDS = {CODE_LOCATED: "a source location and its message", CODE_TABLE: "a linter's table of places and messages",
                CODE_DIFF: "a diff block"}
# "path/file.ext:12[:5]: message" or "path\File.ext(12[,5]): message"; the path a file name with an extension
# (its severity may come first: Maven's "[WARNING] /p/A.java:[12,5] msg", Kotlin's "w: /p/A.kt: (12, 5): msg")
_LOCATED = re.compile(
    r"^\s*(?:\[[A-Za-z]+\]\s*|[we]: )?(?:file://)?(?:[A-Za-z]:)?(?P<path>[^\s:()'\"<>|\[\]]*?[\w-]\.[A-Za-z][\w+-]{0,9})"
    r"(?::(?P<line>\d{1,7})(?::(?P<col>\d{1,5}))?:|\((?P<pline>\d{1,7})(?:, ?(?P<pcol>\d{1,5}))?\):?"
    r"|:\[(?P<bline>\d{1,7}),(?P<bcol>\d{1,5})\]|: \((?P<kline>\d{1,7}), (?P<kcol>\d{1,5})\):)"
    r"[ \t]+(?P<msg>\S.{0,1000})$")
# a frame's message: Ruby's "in `method'", Lua's "in function 'x'" / "in main chunk", pytest's "in test_name" alone,
# Go's "+0x1d", Elixir's "(module)"
_FRAME_MESSAGE = re.compile(r"^(?:in [`'<]|in (?:function|main chunk|upvalue|local|method|field|\?)\b"
                            r"|in [\w$.<>:\[\]-]+\s*$|\+0x[0-9a-f]+|\()")
# a host's well-known port where a path's line number would be ("registry.example.org:443: ..."): no source location
_PORTS = frozenset({"21", "22", "25", "53", "80", "443", "587", "993", "2375", "2376", "3000", "3306", "5000", "5432",
                    "5672", "6379", "8000", "8080", "8443", "9000", "9090", "9200", "9418", "11211", "27017"})
# a bare location on its own line, below the message it places (PHPUnit: the message, then "/path/Test.php:25")
# (or under rustc's and codespan's arrow, "  --> src/lib.rs:12:9", its message above it)
_BARE_LOCATION = re.compile(
    r"^\s*(?:-->\s*|┌─\s*)?(?:[A-Za-z]:)?[^\s:()'\"<>|]*[/\\][^\s:()'\"<>|]*\.[A-Za-z][\w+-]{0,9}:\d{1,7}(?::\d{1,5})?\s*$")
# a location in words: "at line 12, column 5", "on line 12", "in paragraph at lines 120--131", Perl's "at FILE line N"
_WORDS_LOCATION = re.compile(
    r"(?i)\b(?:at|on)(?: input)? lines? \d{1,7}(?:\s*(?:--?|–|to)\s*\d{1,7})?(?:,? col(?:umn)? \d{1,5})?\b"
    r"|\bline \d{1,7},? col(?:umn)? \d{1,5}\b|\bat \S{1,400}\.\w{1,10} line \d{1,7}\b")
# a Perl frame ("main::f() called at t/x.t line 12"): where, not what
_CALLED_AT = re.compile(r"(?i)\bcalled at\b")
# a linter table's row: "12:5  ✖  message  rule" (two spaces or a tab between its cells), its file's name above it
_TABLE_ROW = re.compile(r"^\s*\d{1,7}:\d{1,5}(?: {2,}|\t)\s*(?:[✖✗×⚠‼!]\s+|(?:error|warning|warn|info)\s+)?[A-Za-z\"'`]")
_TABLE_MARKED = re.compile(r"^\s*\d{1,7}:\d{1,5}\s+(?:[✖✗×⚠‼]|error|warning)\s")
# a table with a "Line" column: its header, the rule of dashes under it, rows opening on a line number
_LINE_HEADER = re.compile(r"(?i)^\s*(?:line|ln)(?: {2,}|\t)\S")
_DASH_RULE = re.compile(r"^\s*-{2,}(?:[ \t]+-{2,})+\s*$")
_NUMBERED_ROW = re.compile(r"^\s*\d{1,7}(?: {2,}|\t)\s*[A-Za-z\"'`\\$]")
# a diff's lines: headers ("diff --git", "--- x" over "+++ y", "@@ -1,2 +1,3 @@", "index ab..cd") and its "-"/"+" lines
# (a hunk's heading: its two counts, each 1 where it is left out)
_DIFF_HUNK = re.compile(r"^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@")
_DIFF_HEAD_NEW = re.compile(r"^\+\+\+ \S")
_DIFF_HEAD_OLD = re.compile(r"^--- \S")
_DIFF_SIGN = re.compile(r"^[+-](?![+-])")
_RULE_ONLY = re.compile(r"^[-+=\s]+$")
# the rule a linter's row ends on, after two blanks, a tab or in brackets: "  no-unused-vars", "(max-empty-lines)"
# (the blanks tried from the first of a run, and the name's dash looked for ahead of it: the same matches, in time
# linear in a line of blanks or of dashed words)
_RULE_NAME = re.compile(r"(?:(?<! ) {2,}|\t|\(|\[)[a-z@](?=[\w@/.-]*-[\w@/.-])[\w@/.-]+[)\]]?\s*$")
# how much of the log's end is read for trouble: a whole excerpt; of a long log, its end (trouble far above it was
# survived or is another step's, as the engine's other end-of-log readings take it; and one search of a megabyte for
# _TROUBLE_WORDS costs a quarter of a second)
_TROUBLE_SCAN = 200_000
# how many lines of other output may follow a diff the excerpt ends on (a check's advice, a test's name)
_SHAPE_AFTER = 4
# (review28_b) Trouble in words _TROUBLE_WORDS does not hold, read by this reading alone (the shared list is the other
# end-of-log readings'): a process that crashed or was stopped (a core dump, a signal's exit code 129-159 or -1: the
# diagnostic above it is not what ended the job), a peer that went away ("Premature close"), a status a tool reports
# in its own words or brackets ("answered 502", "[503]"), an outage page's words, and the network's words in other
# languages (a time-out, a connection, a name not resolved)
_SHAPE_TROUBLE = re.compile(
    r"\bpremature(?:ly)? clos\w*|\bno healthy upstream\b|\bslow ?down\b|\breduce your request rate\b"
    r"|\bcore dumped\b|\baborted\b|\bsegmentation fault\b|\billegal instruction\b|\bheap (?:overflow|exhausted)\b"
    r"|\b(?:exit(?:ed)? (?:with )?(?:code|status)|exited with|return(?:ed)? code)\W{0,3}(?:-1|129|1[3-5]\d)\b"
    r"|zeitüberschreitung|\bverbindung\b|nicht aufgelöst|tiempo de espera|\bconexi[óo]n\b|d[ée]lai d'attente"
    r"|\bconnexion\b|tempo limite|\bconex[ãa]o\b|\bconnessione\b|время ожидания|соединени\w*|połączeni\w*"
    r"|接続|连接|連線|超时|逾時|タイムアウト|연결|시간 초과", re.IGNORECASE)
# ... and a status a remote host answered, in a tool's words or brackets, on a line naming a URL that is not the job's
# own machine ("https://downloads.example.org/x answered 502", "[503] https://..."; a test's "GET /v1/orders answered
# 500, want 200" is the code's answer), read before paths are dropped
_REMOTE_HOST = (r"(?:\bhttps?://(?!(?:localhost|127\.|0\.0\.0\.0|\[::1\])[:/\s])[^\s/]+"
                r"|(?<![^\s'\"(])(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|example|internal|local|cloud|app|co)\b(?!:\d+:))")
_STATUS_WORDS = re.compile(
    r"(?<![\w.])[\[(](?:5\d\d|429|408)[\])]"
    r"|\b(?:answer(?:ed|s)?|replied|respon(?:ded|ds)|gave)\W{1,3}(?:(?:a|an|http|status|code)\W{1,3}){0,2}(?:5\d\d|429|408)\b",
    re.IGNORECASE)
_REMOTE_STATUS = re.compile(
    _REMOTE_HOST + r".{0,300}?(?:" + _STATUS_WORDS.pattern + r")|(?<![\w.])[\[(](?:5\d\d|429|408)[\])]\s+" + _REMOTE_HOST,
    re.IGNORECASE)
# (review28_b) how far either side of a match a long line is read for trouble
_LONG_STRETCH = 2000
# ... and a tool's count of its tries, read before paths are dropped ("Attempt 2/3", "try 2 of 5"): a retry
_ATTEMPT = re.compile(r"\b(?:attempt|try|tries)\s*#?\d{1,3}\s*(?:/|of)\s*\d{1,3}\b", re.IGNORECASE)
# ... and in a diff's compared text, an outage page's or a peer's own words in place of the output
_SHAPE_OUTPUT_TROUBLE = re.compile(
    r"\bno healthy upstream\b|\bpremature(?:ly)? clos\w*|\breduce your request rate\b|<code>slowdown</code>"
    r"|\btemporarily unable to service\b", re.IGNORECASE)
# (review28_b) a location in code the project installed, not its own: a package manager's tree, a toolchain's or the
# system's headers and libraries ("/usr/include/c++/12/bits/stl_algo.h:3637:5: note: ...", ".../site-packages/x.py:34:
# SetuptoolsDeprecationWarning: ...", "node_modules/@x/ui/dist/index.css:1:1: Deprecated: ...")
_INSTALLED_PATH = re.compile(
    r"(?:^|[/\\])(?:node_modules|bower_components|site-packages|dist-packages|vendor|hostedtoolcache|\.cargo[/\\]registry"
    r"|go[/\\]pkg[/\\]mod|\.m2[/\\]repository|gems)[/\\]|^/usr/(?:local/)?(?:lib|lib64|include|share)/")
# (review28_b) a diagnostic's own lines below it: indented, its source in a gutter ("12 |     let x = 3;"), a caret
_DIAGNOSTIC_TAIL = re.compile(r"^\s|^\s*\d*\s*[|│┃]|^\s*[\^~]+\s*$|^\W{0,3}(?:\[[A-Za-z]+\]\s*)?[-=_*─━]{3,}\s*$")
# (review28_b) values a run prints differently each time: a date and its time, a time of day, a UUID, an address or a
# random hex id, a port on the loopback or an address, a measured duration; and a temporary directory's numbers
_VOLATILE = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\b"
    r"|\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b"
    r"|\b0x[0-9a-fA-F]{6,}\b|\b(?=[0-9a-f]{0,63}[a-f])(?=[0-9a-f]{0,63}\d)[0-9a-f]{7,64}\b"
    r"|\b\d+(?:\.\d+)?\s?(?:ns|µs|us|ms)\b|\b\d+\.\d+\s?(?:s|sec|secs|seconds)\b")
_PORT = re.compile(r"(?P<host>\b\d{1,3}(?:\.\d{1,3}){3}|\blocalhost|\[[0-9a-fA-F:]+\]):\d{2,5}\b")
_TEMP_PATH = re.compile(r"(?<!\S)\S*?(?:[/\\]tmp[/\\]|[/\\]var[/\\]folders[/\\]|\\Temp\\|pytest-of-)\S*")


def code_shape(lines: list[str]) -> StructureFinding | None:
    """(short28) The lean of a diagnostic's shape in the log's final block where no error word is (see above), or None.
    The engine asks for it only when nothing else in the log explains the failure and last_error_line found nothing."""
    end = job_end(lines)
    block: list[int] = []
    i = end - 1
    while i >= 0 and len(block) < _ERROR_TAIL:
        if lines[i].strip() and len(lines[i]) <= 2000:
            block.append(i)
        i -= 1
    if not block:
        return None
    block.reverse()
    found = _diff_block(lines, block)
    body: set[int] = set()
    if found is not None:
        index, body = found
        shape = CODE_DIFF
    else:
        located = _located(lines, block)
        if located is None:
            return None
        shape, index = located
    if _trouble_anywhere(lines, end, body):
        return None
    # (review28_b) ... nor a signal's exit code or a crash in the CI system's closing lines below the job's end
    if any(_SHAPE_TROUBLE.search(line[:2000]) for line in lines[end:epilogue_start(lines)]):
        return None
    return StructureFinding(shape, "real", UNRECOGNISED_CATEGORY, UNEXPLAINED_ERROR_WEIGHT,
                            f"{_SHAPE_WORDS[shape]}: {lines[index].strip()}"[:300], index)


def _located(lines: list[str], block: list[int]) -> tuple[str, int] | None:
    """(short28) (shape, index) of the last source location with its message, or linter table row, in the block."""
    for n in range(len(block) - 1, -1, -1):
        i = block[n]
        line = lines[i]
        if _WRAPPER_LINE.search(line) or _CI_CLOSER.search(line):
            continue
        m = _LOCATED.match(line)
        if m is not None and not _INSTALLED_PATH.search(m.group("path")):
            msg = m.group("msg")
            if not _FRAME_MESSAGE.match(msg) and re.search(r"[A-Za-z]{3}", msg) and not (
                    m.group("line") in _PORTS and not m.group("col") and not line.lstrip().startswith(("[", "w:"))):
                return _near_end(lines, block, n, CODE_LOCATED, i)
        if _WORDS_LOCATION.search(line) and not _CALLED_AT.search(line) and re.search(
                r"[A-Za-z]{3}", _WORDS_LOCATION.sub(" ", line)):
            return _near_end(lines, block, n, CODE_LOCATED, i)
        if _BARE_LOCATION.match(line) and n > 0 and not _INSTALLED_PATH.search(
                re.sub(r"^\s*(?:-->\s*|┌─\s*)?", "", line)):
            # the message it places: the nearest line above that is neither a location nor a test's numbered title
            k = n - 1
            while k >= 0 and _BARE_LOCATION.match(lines[block[k]]):
                k -= 1
            above = lines[block[k]] if k >= 0 else ""
            if k >= 0 and re.search(r"[A-Za-z]{3}", above) and not re.match(r"^\s*(?:\d+\)|at\s)", above) \
                    and not _LOCATED.match(above):
                return _near_end(lines, block, n, CODE_LOCATED, block[k])
        if _TABLE_ROW.match(line) and (_TABLE_MARKED.match(line) or any(
                _PATH_LINE.match(lines[j].strip()) for j in block[:n])):
            return _near_end(lines, block, n, CODE_TABLE, i)
        if _NUMBERED_ROW.match(line):
            rule = next((k for k in range(n - 1, -1, -1) if _DASH_RULE.match(lines[block[k]])), -1)
            if rule > 0 and _LINE_HEADER.match(lines[block[rule - 1]]) and all(
                    not _REPORTS_ERROR.search(lines[j]) or not is_error_line(lines[j]) for j in block[rule + 1: n + 1]):
                return _near_end(lines, block, n, CODE_TABLE, i)
    return None


def _near_end(lines: list[str], block: list[int], n: int, shape: str, index: int) -> tuple[str, int] | None:
    """(review28_b) (shape, index) where the diagnostic on the block's n-th line is what the log ends on: below it at
    most _SHAPE_AFTER lines of other output (its own indented or gutter lines, a wrapper's or the CI system's closing
    lines apart), as a diff's; else None (a warning far above the end is not what the job stopped on)."""
    after = 0
    for j in block[n + 1:]:
        line = lines[j]
        if _DIAGNOSTIC_TAIL.match(line) or _WRAPPER_LINE.search(line) or _CI_CLOSER.search(line):
            continue
        after += 1
        if after > _SHAPE_AFTER:
            return None
    return shape, index


def _diff_block(lines: list[str], block: list[int]) -> tuple[int, set[int]] | None:
    """(short28) (index of its first line, indices of its compared text) of a diff the log ends on, or None.

    A headed diff: its topmost header (git's "diff --git", "---" over "+++", a hunk's "@@ -a,b +c,d @@") within
    _WORDLESS_LINES above the end (a long diff, several files', runs above the final block), read down from there: each
    hunk's lines as its heading counts them (a context line whose leading blank a quoted excerpt lost is one of them),
    and every "-" and "+" line below a header, are the compared text. Or, without a header, a run of "-" and "+" lines
    in the final block, two of each at least. Either way at most _SHAPE_AFTER lines of other output below it. Not a live
    system's state (kubectl diff's directories, a deploy command echoed in the block), not an error in place of a
    program's output (error_in_place_of_output)."""
    if not any(_DIFF_SIGN.match(lines[i]) or _DIFF_HUNK.match(lines[i]) or _DIFF_GIT.match(lines[i]) for i in block):
        return None
    stop = block[-1] + 1
    top = -1
    for k in range(stop - 1, max(-1, stop - 1 - _WORDLESS_LINES), -1):
        line = lines[k]
        if line.startswith(("diff ", "@@ ", "--- ")) and (_DIFF_GIT.match(line) or _DIFF_HUNK.match(line) or (
                _DIFF_HEAD_OLD.match(line) and k + 1 < stop and _DIFF_HEAD_NEW.match(lines[k + 1][:2000]))):
            top = k
    text: set[int] = set()
    last = -1
    if top >= 0:
        k, old, new = top, 0, 0  # old, new: lines the current hunk has yet to show of each side
        while k < stop:
            line = lines[k][:2000]
            hunk = _DIFF_HUNK.match(line)
            if hunk is not None or (old <= 0 and new <= 0 and (_DIFF_GIT.match(line) or (
                    _DIFF_HEAD_OLD.match(line) and k + 1 < stop and _DIFF_HEAD_NEW.match(lines[k + 1][:2000])))):
                if _LIVE_STATE.search(line):
                    return None
                if hunk is not None:
                    old, new = int(hunk.group(1) or 1), int(hunk.group(2) or 1)
                    text.add(k)
                else:
                    old = new = 0
                last = k
                k += 1 if hunk is not None or _DIFF_GIT.match(line) else 2
                continue
            if old > 0 or new > 0:
                if line.startswith("-"):
                    old -= 1
                elif line.startswith("+"):
                    new -= 1
                elif not line.startswith("\\"):
                    old, new = old - 1, new - 1
                text.add(k)
                last = k if line.strip() else last
            elif _DIFF_SIGN.match(line):
                text.add(k)
                last = k
            k += 1
        if not any(_DIFF_SIGN.match(lines[j]) for j in text):
            return None
        if _varies_between_tries(lines, text, top, stop):
            return None
        first = top
    else:
        first, minus, plus = -1, 0, 0
        for i in block:
            line = lines[i]
            if _DIFF_SIGN.match(line) and not _RULE_ONLY.match(line):
                first = i if first < 0 else first
                minus, plus = minus + line.startswith("-"), plus + line.startswith("+")
                text.add(i)
                last = i
            elif first >= 0 and (minus < 2 or plus < 2):
                first, minus, plus, text = -1, 0, 0, set()  # a lone "-" or "+" line (a list, a shell trace): no diff
        if first < 0 or minus < 2 or plus < 2:
            return None
    if sum(1 for j in block if j > last) > _SHAPE_AFTER:
        return None
    for j in block:
        for pattern in _ECHO:
            echo = pattern.match(lines[j][:2000])
            if echo is not None and _DEPLOY_COMMAND.search(echo.group("cmd")[:1000]):
                return None
    if error_in_place_of_output([lines[j][:2000] for j in sorted(text) if not _DIFF_HUNK.match(lines[j])]):
        return None
    if _volatile_only([lines[j] for j in sorted(text) if not _DIFF_HUNK.match(lines[j])]):
        return None
    return first, text


def _varies_between_tries(lines: list[str], text: set[int], top: int, stop: int) -> bool:
    """(review28_b) Whether a headed diff (its headers from ``top`` to ``stop``, its compared text ``text``) shows the
    same file twice with different new lines: a tool that tried again and printed another output each time (a test's
    rerun, a check that retries), whose output is not deterministic; the same difference twice is a change's."""
    seen: dict[str, list[str]] = {}
    heads = [k for k in range(top, stop - 1) if lines[k].startswith("--- ") and _DIFF_HEAD_OLD.match(lines[k])
             and _DIFF_HEAD_NEW.match(lines[k + 1][:2000])]
    if len(heads) < 2:
        return False
    order = sorted(text)
    for n, k in enumerate(heads):
        name = lines[k + 1][4:].split("\t")[0].strip()
        below = heads[n + 1] if n + 1 < len(heads) else stop
        added = [lines[j][:2000] for j in order[bisect.bisect_right(order, k + 1): bisect.bisect_left(order, below)]
                 if lines[j].startswith("+")]
        if name in seen and seen[name] != added:
            return True
        seen[name] = added
    return False


def _volatile_only(body: list[str]) -> bool:
    """(review28_b) Whether a diff's "-" and "+" lines (``body``) are the same lines once the values a run prints
    differently each time are masked (_VOLATILE, _PORT, a temporary directory's numbers) and a list's trailing comma
    dropped: the same lines in another order, a timestamp, a random id, an ephemeral port, a measured duration. Such a
    difference is how a snapshot or golden test that reads the clock, a random source or a set's order fails, flaky
    or not: no lean towards the change. A changed value or wording keeps the diff."""
    removed: list[str] = []
    added: list[str] = []
    for line in body:
        side = removed if line.startswith("-") else added if line.startswith("+") else None
        if side is None:
            continue
        text = _TEMP_PATH.sub(lambda m: re.sub(r"\d+", "#", m.group(0)), line[1:2000])
        text = _PORT.sub(r"\g<host>:#", _VOLATILE.sub("#", text))
        side.append(text.strip().rstrip(",;"))
    return bool(removed) and sorted(removed) == sorted(added)


def _trouble_anywhere(lines: list[str], end: int, body: set[int]) -> bool:
    """(short28) Whether a line of the log up to its end (its last _TROUBLE_SCAN characters: a whole excerpt, the end of
    a long log) speaks of trouble: _TROUBLE_WORDS outside paths and URLs and a linter row's rule name, or, on a diff's
    compared text (``body``: _diff_block), _OUTPUT_TROUBLE (a diff's headers and any line outside its hunks are read as
    any line); (review28_b) and _SHAPE_TROUBLE, _ATTEMPT and _REMOTE_STATUS outside the compared text,
    _SHAPE_OUTPUT_TROUBLE on it. One search over the text for each of the words' patterns (_STATUS_WORDS for
    _REMOTE_STATUS, which needs the line); a line, or a long line's stretch, is re-read only where a match falls in it
    (a path's "runner" or "agent" is where the job runs, not trouble)."""
    first, size = end, 0
    while first > 0 and size < _TROUBLE_SCAN:
        first -= 1
        size += len(lines[first]) + 1
    text = "\n".join(lines[first:end])
    starts: list[int] = []
    pos = 0
    for line in lines[first:end]:
        starts.append(pos)
        pos += len(line) + 1
    seen: set[tuple[int, int]] = set()
    # (review28_b) a line longer than the scan (a megabyte on one line) is read in its last _TROUBLE_SCAN characters
    scan_from = max(0, len(text) - _TROUBLE_SCAN - _LONG_STRETCH)
    for pattern in (_TROUBLE_WORDS, _SHAPE_TROUBLE, _ATTEMPT, _STATUS_WORDS):
        for m in pattern.finditer(text, scan_from):
            n = bisect.bisect_right(starts, m.start()) - 1
            i, line = first + n, lines[first + n]
            # (review28_b) a line however long is read: a long one by stretches of _LONG_STRETCH characters, the one a
            # match falls in with 200 characters either side (a word past the first 2,000 characters is trouble too;
            # each stretch read once)
            stretch = 0 if len(line) <= _LONG_STRETCH else (m.start() - starts[n]) // _LONG_STRETCH
            if (i, stretch) in seen:
                continue
            seen.add((i, stretch))
            at = max(0, stretch * _LONG_STRETCH - 200)
            line = line[at: stretch * _LONG_STRETCH + _LONG_STRETCH + 200]
            if at == 0 and len(line) <= 2000 and (_TABLE_ROW.match(line) or _LOCATED.match(line)):
                line = _RULE_NAME.sub("", line)  # a linter's rule is a name ("no-missing-eof-newline"), not trouble
            if i in body:
                # the compared text: a hunk's heading (the section it is in) and lines, a "-" or "+" line below a header
                words = _PATH_TOKEN.sub(" ", line[1:] if at == 0 else line)
                if _OUTPUT_TROUBLE.search(words) or _SHAPE_OUTPUT_TROUBLE.search(words):
                    return True
            else:
                words = _PATH_TOKEN.sub(" ", line)
                if _TROUBLE_WORDS.search(words) or _SHAPE_TROUBLE.search(words) or _ATTEMPT.search(line) \
                        or _REMOTE_STATUS.search(line):
                    return True
    return False


def shape_words(shape: str) -> str:
    """(short28) What a diagnostic's shape is, in words, for a verdict's rationale."""
    return _SHAPE_WORDS.get(shape, "a diagnostic")
