"""Twenty-second round, structure: the CI systems' after-sections read from one source, and CircleCI's multi-command
step read by what its output says of the commands' run.

What is covered (triage_agent/classify/structure.py):
  * GitLab's after_script header and Jenkins' declarative post block, read by three patterns that had each anchored the
    words a little differently: _EPILOGUE_START (structure.epilogue_start, job_end, the engine's step end),
    _AFTER_SCRIPT (structure.after_script_start: the engine drops what after_script printed) and _POST_SECTION
    (structure.failed_step reads the step's last command above the section). They now compose one source of the words
    (_GITLAB_AFTER_SCRIPT, _JENKINS_POST). SECTION_LINES pins what each reading matches: every form each read at
    a31f918 is still read by it; the differences, each said below, are these: _EPILOGUE_START now reads Jenkins'
    "[Pipeline] { (Declarative: Post Actions)", the form Jenkins prints (it read only "[Pipeline] stage (...)");
    _POST_SECTION reads an indented header and a lower-case Jenkins line as _EPILOGUE_START did, and no longer reads
    "Running after_script" followed by more words (no runner prints that).
  * CircleCI's run step (structure.circle_reading, used by structure.read's failing command and by
    structure.failed_step): the step's script runs under "#!/bin/bash -eo pipefail", so it stops at the first command
    that fails; the failing command is the last one that started. Where the output holds an earlier command's success
    words (black's "All done! ✨ 🍰 ✨", mypy's "Success: no issues found in N source files") or a later command's own
    line (curl's "curl: (N) ...", rsync's "rsync error: ..."), the failing command is a later one: the last command,
    or the one whose own line reports its failure; where those lines say a later command ran but not which failed, the
    command is unknown (""), not the first.

Where the wording comes from: GitLab's "Running after_script" (gitlab-runner common/build.go GetStageDescription, read;
"section_start:T:after_script\\r\\x1b[0K" before it, helpers/build_section.go, read; the runner's timestamp "...Z 00O"
and "00O+" as rules.py's _LINE_PREFIX comment reads timestamper.go) and the older runners' "Running after script"
header (until 12.9, gitlab-runner fd8e2833b, read) and "Running after script..." notice (shells/abstract.go, read);
Jenkins' "[Pipeline] { (Declarative: Post Actions)" (jenkinsci/pipeline-model-definition-plugin
SyntheticStageNames.postBuild() and BasicModelDefTest, read) and the one-line "[Pipeline] stage (Declarative: Post
Actions)" of write-ups of Jenkins logs (the code corpus, read); Jenkins' timestamper's "[2026-05-04T10:01:02.123Z] "
(as test_review21_b.py writes it). CircleCI's shebang and layout as test_structure_exit_meanings.py quotes them, the
recorded job body's "bash_command": "#!/bin/bash -eo pipefail\\nyarn install"
(/work/shared/circleci/recorded/v1.1-project-job.github-oauth.failed-2019.json, read); black's success and failure
words (psf/black main(): "All done! ✨ 🍰 ✨" / "Oh no! 💥 💔 💥" and the report's "N files would be left unchanged.",
read in the code index); mypy's "Success: no issues found in N source files" (mypy/util.py format_success, read) and
its "Found N errors in M files (checked K source files)" (recalled); curl's and rsync's own lines as
test_structure_exit_meanings.py quotes them; wget exit 4 (GNU Wget src/exits.c, as structure.py cites it). Hosts,
paths and values are made up; no project's CI log is copied.

The rules the cases hold:
  * an after-section line is read by every reading that read it before; a project's own line in the same words but
    another case, another header's words, or the section's marker line alone is read by none;
  * a CircleCI step's single command is read as before;
  * a first command that failed with its own error output is still read as the failing one (no success words);
  * a tool's silence (flake8) is no evidence: without success words or a later command's own line the first line is
    read as before;
  * success words are read only for a command that runs that tool alone (not "tox -e lint", not "black . && pytest",
    not another tool printing the same words);
  * "set +e" scripts, compound commands and a command with "||" whose own line is there are not read by order:
    unknown command; "|| true" lets the step go on past a command's failure;
  * continuation lines join their command, here-document bodies are no commands.
"""

from __future__ import annotations

import re

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

from triage_agent.classify import structure
from triage_agent.classify.prefixes import _normalise

# ------------------------------------------------------------------ the after-sections, line by line
# (line, _EPILOGUE_START, _AFTER_SCRIPT, _POST_SECTION): what each reading matches. The comment says where a reading
# differs from a31f918's.
SECTION_LINES: list[tuple[str, bool, bool, bool]] = [
    # GitLab's header as the runner prints it (ANSI colour stripped)
    ("Running after_script", True, True, True),
    ("Running after_script   ", True, True, True),
    # indented: _POST_SECTION did not read it at a31f918 (the shared pattern allows the space the other two allowed)
    ("  Running after_script", True, True, True),
    # more words after the header: _POST_SECTION read these at a31f918 ("\b"); no runner prints them
    ("Running after_script...", False, False, False),
    ("Running after_script for job 1234", False, False, False),
    # the shell's notice inside the section, and the header of runners before 12.9: read by every reading since review
    # 22a (a runner before 12.0 opens the section with the notice alone; its after_script commands had been read as
    # the job's failing command)
    ("Running after script...", True, True, True),
    ("Running after script", True, True, True),
    ("Running after script..", False, False, False),
    # a project's own lines in like words
    ("running after_script", False, False, False),
    ("Running afterScript", False, False, False),
    ("echo Running after_script hooks", False, False, False),
    ("$ echo \"Running after_script\"", False, False, False),
    # the section's marker line alone (the header follows it)
    ("section_start:1767000000:after_script", False, False, False),
    # Jenkins' post block as Jenkins prints it: _EPILOGUE_START did not read it at a31f918
    ("[Pipeline] { (Declarative: Post Actions)", True, False, True),
    # the one-line form of write-ups
    ("[Pipeline] stage (Declarative: Post Actions)", True, False, True),
    # lower case: _POST_SECTION did not read it at a31f918 (_EPILOGUE_START read it case-insensitively)
    ("[pipeline] stage (declarative: post actions)", True, False, True),
    ("[pipeline] { (declarative: post actions)", True, False, True),
    # indented (an excerpt's indentation): as _EPILOGUE_START read it; _POST_SECTION did not at a31f918
    ("  [Pipeline] { (Declarative: Post Actions)", True, False, True),
    # a project's own stage named like it, another synthetic stage, the block's end
    ("[Pipeline] { (Post Actions)", False, False, False),
    ("[Pipeline] { (Declarative: Checkout SCM)", False, False, False),
    ("[Pipeline] { (Declarative: Tool Install)", False, False, False),
    ("[Pipeline] // stage", False, False, False),
    ("Declarative: Post Actions", False, False, False),
]


@pytest.mark.parametrize(("line", "epilogue", "after", "post"), SECTION_LINES, ids=[c[0] for c in SECTION_LINES])
def test_section_line_readings(line: str, epilogue: bool, after: bool, post: bool) -> None:
    assert (bool(structure._EPILOGUE_START.match(line)), bool(structure._AFTER_SCRIPT.match(line)),
            bool(structure._POST_SECTION.match(line))) == (epilogue, after, post)


# GitLab's after_script as its raw trace carries it (timestamps on, a collapsed section), and Jenkins' post block under
# its timestamper: the engine's normalising leaves the header alone on its line, which each reading then matches.
_STAMPED = {
    "gitlab-stamped-collapsed": (
        "2026-05-04T10:00:01.000001Z 00O section_start:1767000001:after_script[collapsed=true]\r\x1b[0K"
        "2026-05-04T10:00:01.000002Z 00O+\x1b[36;1mRunning after_script\x1b[0;m\n"
        "2026-05-04T10:00:01.000003Z 00O \x1b[32;1mRunning after script...\x1b[0;m\n", True),
    "gitlab-section-marker-same-line": (
        "section_start:1767000001:after_script\r\x1b[0K\x1b[0K\x1b[36;1mRunning after_script\x1b[0;m\n", True),
    "gitlab-stamped-plain": ("2026-05-04T10:00:01.123456Z 00O Running after_script\n", True),
    "jenkins-stamped": ("[2026-05-04T10:01:02.123Z] [Pipeline] { (Declarative: Post Actions)\n", False),
}


@pytest.mark.parametrize(("raw", "gitlab"), list(_STAMPED.values()), ids=list(_STAMPED))
def test_section_readings_after_normalising(raw: str, gitlab: bool) -> None:
    lines = _normalise("[Pipeline] sh\n$ make test\n" + raw + "done\n").split("\n")
    header = next(i for i, ln in enumerate(lines) if "after_script" in ln and "section_start" not in ln
                  or "Post Actions" in ln)
    assert structure.epilogue_start(lines) == header
    assert structure.after_script_start(lines) == (header if gitlab else len(lines))
    assert structure._POST_SECTION.match(lines[header])


# The words come from one place: the three readings are composed of the same pieces.
def test_section_words_have_one_source() -> None:
    for pattern in (structure._EPILOGUE_START, structure._POST_SECTION):
        assert structure._GITLAB_AFTER_SCRIPT in pattern.pattern and structure._JENKINS_POST in pattern.pattern
    assert structure._GITLAB_AFTER_SCRIPT in structure._AFTER_SCRIPT.pattern
    assert structure._JENKINS_POST not in structure._AFTER_SCRIPT.pattern


_JENKINS_FAILED_TESTS = (
    "[Pipeline] stage\n[Pipeline] { (Test)\n[Pipeline] sh\n+ ./gradlew test\n> Task :app:test FAILED\n\n"
    "InvoiceTest > appliesDiscountOnce() FAILED\n    org.opentest4j.AssertionFailedError: expected: <90> but was: <81>\n"
    "        at app//com.acme.InvoiceTest.appliesDiscountOnce(InvoiceTest.java:14)\n\n"
    "12 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\n"
    "Execution failed for task ':app:test'.\n> There were failing tests. See the report at: "
    "file:///var/lib/jenkins/workspace/app/app/build/reports/tests/test/index.html\n\nBUILD FAILED in 41s\n"
    "[Pipeline] }\n[Pipeline] // stage\n")
_JENKINS_POST_OUTAGE = (
    "[Pipeline] stage\n[Pipeline] { (Declarative: Post Actions)\n[Pipeline] sh\n+ ./ci/notify.sh\n"
    "curl: (6) Could not resolve host: hooks.example-chat.com\n"
    "[Pipeline] }\n[Pipeline] // stage\n[Pipeline] }\n[Pipeline] // node\n[Pipeline] End of Pipeline\n"
    "ERROR: script returned exit code 1\nFinished: FAILURE\n")


def test_jenkins_post_block_is_the_epilogue() -> None:
    lines = (_JENKINS_FAILED_TESTS + _JENKINS_POST_OUTAGE).split("\n")
    post = lines.index("[Pipeline] { (Declarative: Post Actions)")
    assert structure.epilogue_start(lines) == post
    assert structure.job_end(lines) < post


# ------------------------------------------------------------------ CircleCI's multi-command step
_WGET = "wget -q -O /tmp/tools/protoc.zip https://dl.example-buildtools.io/protoc/27.1/protoc-27.1-linux-x86_64.zip"
_CURL = "curl -fsS --max-time 60 -o /tmp/fixtures.tgz https://fixtures.example-cdn.net/v7/fixtures.tgz"
_BLACK_OK = "All done! \u2728 \U0001f370 \u2728\n57 files would be left unchanged.\n"
_MYPY_OK = "Success: no issues found in 42 source files\n"


def _circle(script: str, code: int, output: str = "") -> str:
    return f"#!/bin/bash -eo pipefail\n{script}\n{output}\nExited with code exit status {code}\n"


def _daemon(name: str, script: str, code: int, output: str = "") -> str:
    return f"=== step '{name}' failed with exit code {code} ===\n#!/bin/bash -eo pipefail\n{script}\n{output}"


_BEFORE = "as before"


def _read(log: str, script: tuple[str, ...] | str | None) -> tuple[str, tuple[str, ...] | str | None]:
    """(structure.read's failing command, structure.failed_step's commands or None) of a log ending on its exit line;
    for a step read as before (``_BEFORE``), that circle_reading reads nothing in it, in place of failed_step's."""
    lines = log.split("\n")
    if script == _BEFORE:
        shebang = next(i for i, ln in enumerate(lines) if structure.CIRCLE_SHEBANG.match(ln))
        return structure.read(log).command, (_BEFORE if structure.circle_reading(lines, shebang, len(lines)) is None
                                             else "read")
    idx = max(i for i, ln in enumerate(lines) if ln.startswith(("Exited with code", "=== step ")))
    step = structure.failed_step(lines, idx)
    return structure.read(log).command, (step.script if step is not None else None)


# (log, the failing command structure.read names, failed_step's commands: None where it reads none; _BEFORE where
# circle_reading reads nothing and failed_step reads the step as at a31f918, its output lines taken for the script)
READINGS: list[tuple[str, str, str, tuple[str, ...] | str | None]] = [
    # black passed with its words, the silent wget after it failed
    ("black-ok-then-wget", _circle("black --check .\n" + _WGET, 4, _BLACK_OK), _WGET, ("black --check .", _WGET)),
    # mypy passed; the curl after it reported its own timeout
    ("mypy-ok-then-curl-28", _circle("mypy src\n" + _CURL, 28, _MYPY_OK
                                     + "curl: (28) Operation timed out after 60000 milliseconds with 0 bytes received\n"),
     _CURL, ("mypy src", _CURL)),
    # both passed with their words: the third command
    ("black-mypy-ok-then-wget", _circle("black --check .\nmypy src\n" + _WGET, 4, _BLACK_OK + _MYPY_OK), _WGET,
     ("black --check .", "mypy src", _WGET)),
    # the tool's own report names the middle command, which said it failed with the step's status: the step stopped
    ("black-ok-curl-6-then-make", _circle("black --check .\n" + _CURL + "\nmake deploy", 6,
                                          _BLACK_OK + "curl: (6) Could not resolve host: fixtures.example-cdn.net\n"),
     _CURL, ("black --check .", _CURL)),
    # an rsync's own lines after the first command's success
    ("mypy-ok-then-rsync-30", _circle("mypy src\nrsync -az --timeout=60 site/ deploy@docs.example-project.org:/srv/www/",
                                      30, _MYPY_OK + "[sender] io timeout after 60 seconds -- exiting\n"
                                      "rsync error: timeout in data send/receive (code 30) at io.c(201) [sender=3.2.7]\n"),
     "rsync -az --timeout=60 site/ deploy@docs.example-project.org:/srv/www/",
     ("mypy src", "rsync -az --timeout=60 site/ deploy@docs.example-project.org:/srv/www/")),
    # the daemon's own excerpt header opens the same layout
    ("daemon-header-black-ok-then-wget", _daemon("Checks and tools", "black --check .\n" + _WGET, 4, _BLACK_OK),
     _WGET, ("black --check .", _WGET)),
    # a continued command: joined, and named by its joined text
    ("black-ok-then-continued-wget", _circle("black --check .\nwget -q \\\n  -O /tmp/tools/kind \\\n"
                                             "  https://kind.example-sigs.io/dl/v0.23.0/kind-linux-amd64", 4, _BLACK_OK),
     "wget -q -O /tmp/tools/kind https://kind.example-sigs.io/dl/v0.23.0/kind-linux-amd64",
     ("black --check .", "wget -q -O /tmp/tools/kind https://kind.example-sigs.io/dl/v0.23.0/kind-linux-amd64")),
    # a swallowed curl's own line: the step went on; the last command failed (and curl's status is not the step's)
    ("curl-or-true-then-make", _circle("curl -sS -o /tmp/badge.svg https://img.example-shields.io/badge.svg || true\n"
                                       "make test", 2, "curl: (6) Could not resolve host: img.example-shields.io\n"
                                       "go test ./...\n--- FAIL: TestParse (0.00s)\nFAIL\nmake: *** [Makefile:9: test] "
                                       "Error 1\n"),
     "make test", None),
    # ---- unknown command: a later command ran, which one failed the log does not say
    ("black-ok-then-two-silent", _circle("black --check .\n./scripts/fetch-fixtures.sh\n" + _WGET, 4, _BLACK_OK), "",
     None),
    # a here-document's body is no command; the cat and the wget both ran after black, either may have failed
    ("black-ok-heredoc-then-wget", _circle("black --check .\ncat > /tmp/netrc <<EOF\nmachine dl.example-buildtools.io\n"
                                           "curl -fsS https://dl.example-buildtools.io/ping\nEOF\n" + _WGET, 4, _BLACK_OK),
     "", None),
    # set +e: the step does not stop at a failure; which command's status it ends with is not told by order
    ("set-plus-e-black-ok-then-wget", _circle("set +e\nblack --check .\n" + _WGET, 4, _BLACK_OK), "", None),
    # a compound command
    ("black-ok-then-if-block", _circle("black --check .\nif [ -n \"$CIRCLE_TAG\" ]; then\n  " + _WGET + "\nfi", 4,
                                       _BLACK_OK), "", None),
    # curl's own line beside another fallback ("a || b"): which ended the step is not told
    ("curl-or-mirror", _circle("mypy src\n" + _CURL + " || curl -fsS -o /tmp/fixtures.tgz "
                               "https://mirror.example-cdn.net/v7/fixtures.tgz\nmake test", 6, _MYPY_OK
                               + "curl: (6) Could not resolve host: fixtures.example-cdn.net\n"), "", None),
    # curl's own status is not the step's: not the failing command
    ("black-ok-curl-line-other-status", _circle("black --check .\n" + _CURL + "\nmake deploy", 2, _BLACK_OK
                                                + "curl: (6) Could not resolve host: fixtures.example-cdn.net\n"),
     "", None),
    # ---- as before: nothing says a command after the first ran (the first line is read; the step's last command
    # read where no output stands after the script)
    # the first command failed with its own error output (black's failure words)
    ("black-fails-before-wget", _circle("black --check .\n" + _WGET, 1, "would reformat /home/circleci/project/app.py\n"
                                        "\nOh no! \U0001f4a5 \U0001f494 \U0001f4a5\n"
                                        "1 file would be reformatted, 56 files would be left unchanged.\n"),
     "black --check .", _BEFORE),
    # mypy's errors
    ("mypy-fails-before-curl", _circle("mypy src\n" + _CURL, 1, "src/app/invoice.py:14: error: Argument 1 to \"total\" "
                                       "has incompatible type \"str\"; expected \"int\"  [arg-type]\n"
                                       "Found 1 error in 1 file (checked 42 source files)\n"), "mypy src", _BEFORE),
    # flake8's silence says nothing: the script's lines alone, the first read, the last the step's last command
    ("flake8-silent-then-wget", _circle("flake8 src tests\n" + _WGET, 4), "flake8 src tests", ("flake8 src tests", _WGET)),
    # a single command, as before
    ("single-mypy-fails", _circle("mypy src", 1, "src/app/invoice.py:14: error: Name \"totl\" is not defined  "
                                  "[name-defined]\nFound 1 error in 1 file (checked 42 source files)\n"), "mypy src", _BEFORE),
    ("single-wget", _circle(_WGET, 4), _WGET, (_WGET,)),
    # black's words from a runner that may go on after black (tox's env runs more than black)
    ("tox-lint-black-words-then-wget", _circle("tox -e lint\n" + _WGET, 4, "lint run-test: commands[0] | black --check "
                                               ".\n" + _BLACK_OK), "tox -e lint", _BEFORE),
    # black chained with another command on its line: its words do not say the line passed
    ("black-and-pytest-then-wget", _circle("black --check . && pytest -q\n" + _WGET, 1, _BLACK_OK
                                           + "F.\nFAILED tests/test_invoice.py::test_total - assert 81 == 90\n"),
     "black --check . && pytest -q", _BEFORE),
    # the same words printed by another command (pytest printing a fixture): not read as black's
    ("pytest-prints-black-words-then-wget", _circle("python -m pytest -q\n" + _WGET, 1, _BLACK_OK
                                                    + "F.\nFAILED tests/test_fmt.py::test_banner - assert 1 == 2\n"),
     "python -m pytest -q", _BEFORE),
]


@pytest.mark.parametrize(("log", "command", "script"), [pytest.param(log, cmd, script, id=cid)
                                                         for cid, log, cmd, script in READINGS])
def test_circleci_step_reading(log: str, command: str, script: tuple[str, ...] | str | None) -> None:
    assert _read(log, script) == (command, script)


@pytest.mark.parametrize(("script", "commands", "plain"), [
    (["black --check .", "", "# fetch", "wget -q \\", "  -O x \\", "  https://h.example.io/x"],
     ["black --check .", "wget -q -O x https://h.example.io/x"], True),
    (["cat > f <<EOF", "curl -fsS https://h.example.io", "EOF", "make"], ["cat > f <<EOF", "make"], True),
    (["cat > f <<-'END'", "\tcurl x", "\tEND", "make"], ["cat > f <<-'END'", "make"], True),
    (["grep -q x <<< \"$OUT\"", "make"], ["grep -q x <<< \"$OUT\"", "make"], True),
    (["cat <<EOF", "never closed"], ["cat <<EOF"], False),
    (["for f in a b; do", "  lint $f", "done"], ["for f in a b; do", "lint $f", "done"], False),
    (["deploy() {", "  curl x", "}", "deploy"], ["deploy() {", "curl x", "}", "deploy"], False),
], ids=["continued", "heredoc", "heredoc-tabs-quoted", "here-string", "heredoc-open", "for-loop", "function"])
def test_split_script(script: list[str], commands: list[str], plain: bool) -> None:
    found, is_plain = structure._split_script(script)
    assert ([c for c, _ in found], is_plain) == (commands, plain)


CASES: list[tuple[str, str, str]] = [
    # the later command's network status is read once the earlier one's success words place it
    ("circle-black-ok-then-wget-4", "transient", _circle("black --check .\n" + _WGET, 4, _BLACK_OK)),
    ("circle-black-mypy-ok-then-wget-4", "transient",
     _circle("black --check .\nmypy src\n" + _WGET, 4, _BLACK_OK + _MYPY_OK)),
    ("circle-daemon-header-black-ok-then-wget-4", "transient",
     _daemon("Checks and tools", "black --check .\n" + _WGET, 4, _BLACK_OK)),
    ("circle-black-ok-curl-6-then-make", "transient",
     _circle("black --check .\n" + _CURL + "\nmake deploy", 6,
             _BLACK_OK + "curl: (6) Could not resolve host: fixtures.example-cdn.net\n")),
    # real: the first command failed with its own words
    ("circle-black-fails-before-wget", "real",
     _circle("black --check .\n" + _WGET, 1, "would reformat /home/circleci/project/app.py\n\n"
             "Oh no! \U0001f4a5 \U0001f494 \U0001f4a5\n1 file would be reformatted, 56 files would be left unchanged.\n")),
    ("circle-mypy-fails-before-curl", "real",
     _circle("mypy src\n" + _CURL, 1, "src/app/invoice.py:14: error: Argument 1 to \"total\" has incompatible type "
             "\"str\"; expected \"int\"  [arg-type]\nFound 1 error in 1 file (checked 42 source files)\n")),
    # a swallowed curl's resolver failure; the tests after it failed
    ("circle-curl-or-true-then-go-tests-fail", "real",
     _circle("curl -sS -o /tmp/badge.svg https://img.example-shields.io/badge.svg || true\nmake test", 2,
             "curl: (6) Could not resolve host: img.example-shields.io\ngo test ./...\n--- FAIL: TestParse (0.00s)\n"
             "    parse_test.go:21: Parse(\"90m\") = 1h0m0s, want 1h30m0s\nFAIL\nFAIL\tgithub.com/acme/clock\t0.004s\n"
             "make: *** [Makefile:9: test] Error 1\n")),
    # Jenkins: the tests failed; the post block's notification met a resolver failure after it
    ("jenkins-tests-fail-post-notify-outage", "real", _JENKINS_FAILED_TESTS + _JENKINS_POST_OUTAGE),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    ("circle-black-ok-then-two-silent-4", _circle("black --check .\n./scripts/fetch-fixtures.sh\n" + _WGET, 4, _BLACK_OK)),
    ("circle-set-plus-e-black-ok-wget-4", _circle("set +e\nblack --check .\n" + _WGET, 4, _BLACK_OK)),
    ("circle-black-ok-heredoc-wget-4", _circle("black --check .\ncat > /tmp/netrc <<EOF\nmachine x.example.io\nEOF\n"
                                               + _WGET, 4, _BLACK_OK)),
    ("circle-tox-lint-black-words-wget-4", _circle("tox -e lint\n" + _WGET, 4, _BLACK_OK)),
    ("circle-black-ok-if-block-wget-4", _circle("black --check .\nif [ -n \"$CIRCLE_TAG\" ]; then\n  " + _WGET + "\nfi",
                                                4, _BLACK_OK)),
]

assert_unique_ids(CASES, NOT_SURELY_TRANSIENT, [(c[0],) for c in READINGS])


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_structure22_reads_right(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_structure22_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


def test_success_words_are_the_tools_own() -> None:
    assert structure._SUCCESS_WORDS["black"].match("All done! \u2728 \U0001f370 \u2728")
    assert not structure._SUCCESS_WORDS["black"].match("All done!")
    assert structure._SUCCESS_WORDS["mypy"].match("Success: no issues found in 1 source file")
    assert not structure._SUCCESS_WORDS["mypy"].match("Success: 3 issues found")
    assert re.fullmatch(structure._SUCCESS_COUNT["black"], "1 file left unchanged.")


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py.
LONG_LINE_WORDS = [
    "Running after_script",
    "[Pipeline] { (Declarative: Post Actions)",
    "All done! \u2728 \U0001f370 \u2728",
    "Success: no issues found in",
    "cat <<EOF",
    "|| true",
]
