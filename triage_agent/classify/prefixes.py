"""What CI systems and tools put in front of a log's lines, and the log's normalisation before it is read.

_normalise strips colour codes, GitHub's web-view line anchors, (flaky36) a web log viewer's line-number gutter
(_strip_gutter; (t38) its barred "NNN | " form too, told from a code frame by _strip_barred_gutter), carriage returns, long runs of blank lines and blanks, and the CI systems' and tools' line prefixes
(_LINE_PREFIX, each documented there); _COMPOSE_SERVICE reads
docker compose's service prefix. Used by rules.py: the engine reads every log (and a case's test messages) through
_normalise first, and _COMPOSE_SERVICE on the raw log. Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from ..core.logtext import strip_ansi

# Timestamps and CI annotations in front of a line hide where the line's own text starts. Each CI
# system writes its own (GitHub's and Azure's ISO time; Jenkins' timestamper, bracketed; GitLab's
# runner, an ISO time then the stream "00O"/"01E" and "+" for a continued line; BuildKit's step
# number and seconds, "#12 3.456"; Docker Compose's service, "web-1  | "; Netlify's clock,
# "3:07:54 PM:"; Tekton's step, "[build : step-test]"; `kubectl logs --prefix`, "[pod/web-1/app]";
# a bare clock): removed, so a pattern anchored at the line's start reads the same line under each
# of them (a Compose service named without its "-1" is left, as are prefixes of systems not listed).
# (twenty-first round) More systems' and tools' prefixes, each read from the system's own source:
# - `gh run view --log` (cli/cli pkg/cmd/run/view/view.go, "%s\t%s\t" job and step before each raw
#   line): a step's first raw line starts with a byte-order mark, after the two columns;
# - GitLab's runner (gitlab-runner common/buildlogger/internal/timestamper/timestamper.go): the
#   stream is two hex digits ("0fE" for the first service, 15) and its flag is " " or "+", the "+"
#   with no space before the text (the line after a write that held a "\r", e.g. a section marker);
# - journald and syslog in front of a self-hosted runner's lines ("May 01 10:00:00 host
#   runsvc.sh[1234]: ", RFC 3164's "May  1", journalctl's short-precise and short-iso forms; the
#   ISO form only with a numeric zone and a [pid], so "Caused by: " after a GitHub clock stays text);
# - Bazel's --show_timestamps, "(10:00:00) " before its own messages (bazel's UiEventHandler,
#   DateTimeFormatter "(HH:mm:ss) ");
# - Earthly's target, right-aligned to 20 columns ("          +test | ", "g/e/earthly+test *failed* | ",
#   earthly conslogging/conslogging.go printPrefix): only a reference holding "+target" is read, not
#   the "buildkitd | "-style names of Earthly's own messages (a "name | " would take a table's column);
# - Turborepo's "pkg:task: " (vercel/turborepo integration tests, "util:build: > build"): the task
#   is not a line number ("x.go:12: ", "x.c:3:5: " stay) and neither is a log level (Python's
#   "ERROR:root:...: " and Emscripten's "ports:INFO: " stay: a logger's name and level);
# - pnpm -r's "packages/web test: " and "packages/web test$ cmd" (pnpm default-reporter
#   reportLifecycleScripts.ts, append-only output: the directory relative to the workspace, so with
#   a "/" or "." or "...", then the script's name); the "$ " of the echo stays, a command echo;
# - Lerna's and Nx's --stream "pkg: " only for a scoped package ("@acme/web: "): an unscoped
#   "web: " is not told from a tool's "error: " and is left;
# - `woodpecker-cli exec`'s "[step:L12:3s] " (woodpecker cli/exec/line.go);
# - `fly watch --timestamps`' clock and two spaces, "10:00:00  " (concourse fly/eventstream);
# - (threads33b) moreutils' `ts` clock in its default format, "Jun 15 10:16:11 ".
# Assumptions: journald's tag is one word ([\w.@/-]); Earthly's target and pnpm's script names are
# words with "." and "-"; a tool's own line rarely starts with any of these shapes. Not read, as a
# tool's own text looks the same (tests/unit/test_ci_prefixes.py, NOT_PREFIXES and the note above it):
# an unscoped Lerna/Nx package ("web: ", "[web] "), GNU parallel's --tag ("arg<TAB>"), Jenkins' parallel
# branch before workflow-job 2.26 ("[linux] "), Buildbot's stream letter in a log chunk.
_LEVEL_WORD = r"(?i:error|err|warning|warn|info|debug|trace|fatal|critical|notice|note|hint|fail|failed|failure|severe|panic)"
_LINE_PREFIX = re.compile(
    # `gh run view --log` puts "job<TAB>step<TAB>" in front of the timestamp of every line.
    r"(?m)^\ufeff?(?:[^\t\n]*\t[^\t\n]*\t\ufeff?(?=\d{4}-\d\d-\d\dT))?"
    # (stacked, as GitHub's clock in front of BuildKit's: up to three)
    # (Zuul's node after its clock, whose microseconds it always prints: "2024-05-01 10:00:00.123456 |
    # ubuntu-jammy | "; a project's logger columns after another clock are its own text)
    r"(?:\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6} \| [\w.-]+ \| "
    # (threads33b) moreutils' `ts` in its default format ("%b %d %H:%M:%S ", "Jun 15 10:16:11 "), which jobs pipe their
    # script's output through (and a pasted excerpt keeps): the clock alone. Before journald's form below, which takes
    # the same clock with a host and a tag: that form is left to it where a tag with a [pid] follows, or a lower-case
    # host and tag and a colon ("May 01 10:00:00 runner-01 kernel: "); a line's own "error Error: ..." after `ts`'s
    # clock is the line's text. Assumption (recalled): the day is zero-padded and one space follows.
    r"|[A-Z][a-z]{2} \d\d \d\d:\d\d:\d\d (?![\w.-]+ [\w.@/-]+\[\d+\]: |[a-z][\w.-]* [a-z][\w.@/-]*: )"
    # (journald/syslog: clock, host, tag; before the ISO clock, which would take its clock alone)
    r"|[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d(?:\.\d+)? [\w.-]+ [\w.@/-]+(?:\[\d+\])?: "
    r"|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?[+-]\d\d:?\d\d [\w.-]+ [\w.@/-]+\[\d+\]: "
    r"|\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?(?: [0-9a-f]{2}[OE](?:\+|(?= )))? ?"
    # (hold29) TeamCity's downloaded build log: its clock, the message's status (" " normal, "i" verbose, "W" warning,
    # "E" error, "F" failure) and ":", then the tabs of the message's block depth ("[09:15:27] :\t [Step 1/2] text",
    # "[09:15:28]E:\t [Step 1/2] Step Gradle (Gradle) failed"; the step after it is read below, stacked). Before the
    # timestamper's bracketed clock, which would take the clock alone and leave ": " in front of the line's own text.
    # Assumption (recalled, no source read): the status is one of those letters or a space, and the tabs follow the
    # colon. Not a clock without the status and colon ("[09:15:27] text" is the timestamper's, below).
    r"|\[\d\d:\d\d:\d\d\][ iWEF]:(?:\t+ ?| )"
    # (Jenkins' timestamper also in its "system clock" form, the date and a space: "[2024-05-01 10:00:00] ")
    r"|\[(?:\d{4}-\d\d-\d\d[T ])?\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?\] ?"
    r"|#\d+ \d+\.\d+ "
    r"|[\w.-]+[-_]\d+ +\| "
    r"|\d{1,2}:\d\d:\d\d (?:AM|PM): "
    # (decide33) Tekton's `tkn pipelinerun logs` prefix is "[<task> : <step>] " (tektoncd/cli pkg/log/writer.go, "[%s : %s] ")
    # with the step's container name cut of its "step-" (pkg/log/task_reader.go getSteps, strings.TrimPrefix(c.Name,
    # "step-")), so any step name; the task is the pipeline task's label, a Kubernetes name (lower-case letters, digits,
    # "-", "."), or "Task <n>" when there is none (formTaskName). `tkn taskrun logs` prints "[<step>] " alone, read only
    # with the "step-" a name rarely drops (a bracketed word of a tool's own, "[info] ", stays)
    r"|\[(?:[a-z0-9][a-z0-9.-]{0,252}|Task \d{1,4}) : [a-z0-9][a-z0-9-]{0,62}\] "
    r"|\[step-[\w-]+\] "
    r"|\[pod/[\w.-]+/[\w.-]+\] "
    # TeamCity's step ("[14:53:13][Step 2/3] "), Cloud Build's ('Step #1 - "test": '), CodeBuild's
    # agent ("[Container] 2024/05/01 10:00:00.123456 "), Bamboo's stream and clock
    # ("build<TAB>01-May-2024 10:00:00<TAB>"); Zuul's node is read with its clock, above
    r"|\[Step \d+/\d+\] ?"
    r'|Step #\d+(?: - "[^"\n]{0,80}")?: '
    r"|\[Container\] \d{4}/\d\d/\d\d \d\d:\d\d:\d\d(?:\.\d+)? "
    r"|(?:build|error|simple|command)\t\d\d-[A-Z][a-z]{2}-\d{4} \d\d:\d\d:\d\d\t"
    # (twenty-first round, above) Bazel's clock; Earthly's target; Turborepo's package and task;
    # pnpm's directory and script (its "$ " echo kept); a scoped package of Lerna or Nx; Woodpecker's
    # exec step; fly's clock and two spaces
    r"|\(\d\d:\d\d:\d\d\) "
    # (review 21e) Earthly right-aligns the reference to 20 columns (conslogging.go prettyPrefix, "%20v"; other widths
    # by EARTHLY_TARGET_PADDING), so its "+target" has spaces before it, a reference ("./dir", "g/e/earthly") or is 20
    # wide; a target's name starts with a lower-case letter and holds letters, digits, "." and "-", no "_"
    # (ast/parser/EarthLexer.g4, Target). A unified diff's added row of a table ("+retry | Retry on connection reset |
    # 3", "+connection_reset_retries | ...", a `git diff --exit-code` of generated docs) is none of these and keeps its
    # "+", which tells it from the log's own text (a kebab-case name of 20 or more characters is still read)
    r"|(?: +[\w./:@~-]*|[\w.~][\w./:@~-]*|(?=\+[^|\n]{19}))\+[a-z][a-zA-Z0-9.-]*(?:\([^()\n]{0,200}\))?(?: \*(?:local|failed)\*)* \| (?:\*cached\* )?"
    r"|(?!" + _LEVEL_WORD + r":)(?:@[\w.-]+/)?[\w.-]+:(?!\d+[:\s]|" + _LEVEL_WORD + r": )[\w.-]+(?::(?!\d+:)[\w.-]+)?: "
    r"|(?:\.|[\w@.-]+(?:/[\w@.-]+)+|\.\.\.(?:/[\w@.-]+)+) [\w.-]+(?::[\w.-]+)*(?:: |(?=\$ ))"
    r"|@[\w.-]+/[\w.-]+: "
    r"|\[[\w.-]+:L\d+:\d+s\] "
    r"|\d\d:\d\d:\d\d(?:  (?! )|(?:[.,]\d+)? )){0,3}"
    r"(##\[(?:error|warning)\]|::(?:error|warning)[^:\n]*::)?"
)


# docker compose's service prefix ("tests-pg-1  | "), which the engine strips: with two services in
# one log, their lines interleave and the same test of each is no retry of the other
_COMPOSE_SERVICE = re.compile(r"(?m)^(?:\S+ )?([\w.-]+[-_]\d+) +\| ")


# Runs of blank lines, and long runs of blanks inside a line. A pattern that starts with \s*
# or \s+ would otherwise rescan a run of N blank lines from each of them: N^2 steps (500 kB
# of newlines took minutes). A run of three or more blank lines becomes two (a pattern may
# still look across one blank line), and a run of blanks inside a line is cut to a few.
_BLANK_RUN_LINES = re.compile(r"\n(?:[^\S\n]*\n){3,}")
_BLANK_RUN = re.compile(r"[^\S\n]{17,}")


# A log copied from GitHub's web view carries its line anchors as links in the middle of the
# text: "after [10](https://github.com/o/r/actions/runs/1/job/2#step:9:11)00ms" is "after 1000ms".
_WEB_LINE_ANCHOR = re.compile(r"\[(\d+)\]\(https?://[^()\s]+#step:\d+:\d+\)")


# (flaky36) A log copied from a CI's web log viewer with its line-number gutter (Travis's and GitLab's job pages, a
# GitHub run page without its anchors, a pasted excerpt: "1268     Failure/Error: expect(...)", "1270       expected:
# 1580381580"): the numbers hide where each line's own text starts, so a pattern anchored at the line's start reads none
# of them. Read as a gutter only where at least _GUTTER_RUN lines in a row each start with a number one above the line
# before's, then whitespace or the line's end (the gutter of an empty line); the number and one blank after it are
# removed, the line's own indentation kept. A log's own lines rarely start so (a table's rows, "10 (0.0086) : 19th",
# repeat or skip their numbers; a backtrace's "  0: frame" is indented and has a colon; a code frame's "44 |" has its bar).
# ((rv36b) Those that do lose their numbers, their text kept: a numbered list ("1 install" / "2 build" / "3 test"), a
# counter printed a line a second, consecutive process ids (strace -f), od's or hexdump's offsets a line apart
# ("0000000 457f ..."); tests/unit/test_rv36b.py reads such logs as before. Where the number is itself what a reading
# wants, three such lines in a row would hide it.)
_GUTTER_RUN = 3
_GUTTER_HINT = re.compile(r"(?m)^\d{1,7}(?:[ \t][^\n]*)?\n\d{1,7}(?:[ \t][^\n]*)?\n\d{1,7}(?:[ \t]|$)")
# (not a code frame's own numbered rows, "27 |   test(...)" as Bun prints them at the line's start: a bar after the number;
# (rv36b) the bar may stand after any blanks, so a gutter line whose own text is an indented bar, Jest's caret line
# "         |     ^" or a Rust frame's "   |", is no gutter line either and ends the run: the lines between two such
# bars keep their numbers where fewer than _GUTTER_RUN)
_GUTTER_LINE = re.compile(r"(\d{1,7})(?:$|[ \t](?![ \t]*[|│]))")


# (t38) The same gutter drawn with a bar after the number ("867 | - terraform.io/builtin/terraform is built in", "870 |
# Error: Failed to query available provider packages", an empty line's "871 | "), as some web log viewers and paste tools
# copy it. A code frame has that shape too (rustc, GHC, Swift, ruff, Babel, Jest, esbuild and OCaml quote their source as
# "12 | code", which [noise] passes over): its numbered rows come few (Babel's default is two above and three below the
# marked line) and with the frame's own marks beside them, a bar with no number ("   |", "     |     ^"), a marked row
# ("> 12 | code"), a caret or tilde row, a header naming the place ("  --> src/main.rs:12:5", OCaml's 'File "x.ml", line
# 3'). Read as a gutter only where _BARRED_RUN rows or more in a row each start with a number one above the row before's
# (blanks before it allowed, then " | " or " |" at the line's end), with none of those marks in the run, on the line just
# above or below it or on the two lines above it; the number, the bar and one blank after it are removed.
# (rv38a) Nor where one of the two lines above the run names the place of a line the run shows (_PLACE_NUMBER: "x.rb:24:",
# "Dockerfile:4", "Main:3:5"): a tool quoting the lines it reports on names them right above them, and some quote many rows
# with no mark at all: Sorbet prints a multi-line location's rows (up to ten) under "lib/a.rb:24: This code is unreachable
# https://srb.help/7006" with neither caret nor bar-only row, BuildKit a failed instruction's rows under "Dockerfile:4" and
# a "----" rule, marking them ">>>" (_SPAN_MARK). A viewer's gutter runs on under the log's own text.
# Assumption: a code frame of eight consecutive rows or more shows a mark in or beside them or names its place right
# above them; one that does neither loses its numbers (its rows then read as the log's lines). A numbered table's first
# column ("1 | a | b", eight rows and more) loses its number, its cells kept.
# (A row of a span's own marks, "11 | |     g();", also keeps the run's numbers: _SPAN_MARK.)
_BARRED_RUN = 8
_BARRED_HINT = re.compile(r"(?m)^ {0,6}\d{1,7} \|(?: [^\n]{0,4000})?\n(?: {0,6}\d{1,7} \|(?: [^\n]{0,4000})?\n){6} {0,6}\d{1,7} \|")
_BARRED_LINE = re.compile(r" {0,6}(\d{1,7}) \|(?: |$)")
# a code frame's own marks: a bar with no number before it, a marked row, a caret or tilde row, the header naming the place;
# (rv38a) and the ASCII forms of miette's and ariadne's reports (their ThemeCharacters/Characters::ascii(), which they draw
# where the terminal is not known to take Unicode, as on most CI runners): the header ",-[src/a.ts:10:1]", the closing
# "`----" or "---'", and ":", the column beside a label's rows and where rows are skipped ("   :   ^^|^", "   :    `-- here")
_FRAME_MARK = re.compile(
    r"\s*(?:[|│]|>\s*\d{1,7}\s*[|│]|[\^~]{1,200}\s*$|-->|╭|┌|File \"[^\"\n]{1,400}\", lines? \d|:(?:\s|$)|,-{1,4}\[|`-{2,}|-{2,}'\s*$)")
# ... and inside a row, the marks of a span over several rows (rustc's and GHC's "10 | /     fn f() {", "11 | |     g();")
# or a caret row of its own, or (rv38a) BuildKit's mark of the failed instruction's rows (solver/errdefs Source.Print:
# " %3d | %s %s" with ">>>" or three blanks before the row): no viewer's line starts so
_SPAN_MARK = re.compile(r"(?:[|/\\](?:[ _]|$)|[\^~]{1,200}\s*$|>>>(?: |$))")
# (t41) ... and a shorter run, of _BARRED_STAMPED_RUN rows or more, where every row's own text opens on a CI's clock: the
# CodeBuild console's rows ("2 | [Container] 2024/05/01 10:00:00.123456 Waiting for agent ping", as a thread quotes a
# build's last lines), any log's ISO or bracketed clock ("3 | 2024-05-01T10:00:00.1Z ..."). A code frame quotes source,
# whose rows do not each open on a timestamp. (The marks checks below still apply.)
_BARRED_STAMPED_RUN = 4
_STAMPED_ROW = re.compile(
    r"(?:\[Container\] )?(?:\d{4}[-/]\d\d[-/]\d\d[T ]\d\d:\d\d:\d\d|\[(?:\d{4}-\d\d-\d\d[T ])?\d\d:\d\d:\d\d)")
_STAMPED_HINT = re.compile(r"(?m)^ {0,6}\d{1,7} \| " + _STAMPED_ROW.pattern)
# (rv38a) a number in a line that names a place ("lib/a.rb:24:", "Dockerfile:4", "Main:3:5", ",-[src/a.ts:10:1]"), for the
# header of a frame right above its rows: after a name's letter and a colon, not a clock's digits ("12:00:03"), nor a
# sentence's "line 870" (a thread's "from line 870:" over a pasted gutter)
_PLACE_NUMBER = re.compile(r"(?:[^\W\d]|[\])]):(\d{1,7})\b")


def _numbered_runs(numbers: list[int | None], least: int) -> list[tuple[int, int]]:
    """The runs of at least ``least`` rows in a row whose ``numbers`` each are one above the row before's, as
    (first row, row after the last); a row without a number (None) ends a run."""
    runs: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(numbers) + 1):
        a = numbers[i - 1]
        b = numbers[i] if i < len(numbers) else None
        if a is not None and b is not None and b == a + 1:
            continue
        if a is not None and i - start >= least:
            runs.append((start, i))
        start = i
    return runs


def _strip_barred_gutter(text: str) -> str:
    """(t38) ``text`` with a barred line-number gutter removed where long unmarked runs of numbered rows show one
    ((t41) or shorter runs whose every row is a CI's stamped line, _STAMPED_ROW)."""
    if _BARRED_HINT.search(text) is None and _STAMPED_HINT.search(text) is None:
        return text
    lines = text.split("\n")
    cuts = [_BARRED_LINE.match(ln) for ln in lines]
    numbers = [int(m.group(1)) if m else None for m in cuts]
    runs = [(lo, hi) for lo, hi in _numbered_runs(numbers, _BARRED_STAMPED_RUN) if hi - lo >= _BARRED_RUN or all(
        (m := cuts[k]) is not None and _STAMPED_ROW.match(lines[k][m.end():m.end() + 400]) for k in range(lo, hi))]
    if not runs:
        return text

    def marked(k: int) -> bool:
        return 0 <= k < len(lines) and _FRAME_MARK.match(lines[k][:400]) is not None

    def names_a_row(k: int, first: int, last: int) -> bool:
        return 0 <= k < len(lines) and any(
            first <= int(m.group(1)) <= last for m in _PLACE_NUMBER.finditer(lines[k][:400]))

    for lo, hi in runs:
        first, last = numbers[lo], numbers[hi - 1]
        assert first is not None and last is not None
        if names_a_row(lo - 1, first, last) or names_a_row(lo - 2, first, last):
            continue
        cut = cuts[lo:hi]
        if marked(lo - 2) or marked(lo - 1) or marked(hi) or any(
                m is not None and _SPAN_MARK.match(lines[k][m.end():m.end() + 400]) is not None
                for k, m in zip(range(lo, hi), cut, strict=True)):
            continue
        for k, m in zip(range(lo, hi), cut, strict=True):
            if m is not None:
                lines[k] = lines[k][m.end():]
    return "\n".join(lines)


def _strip_gutter(text: str) -> str:
    """(flaky36) ``text`` with a web log viewer's line-number gutter removed where runs of numbered lines show one."""
    if "|" in text:
        text = _strip_barred_gutter(text)
    if _GUTTER_HINT.search(text) is None:
        return text
    lines = text.split("\n")
    numbers = [int(m.group(1)) if (m := _GUTTER_LINE.match(ln)) else None for ln in lines]
    runs = _numbered_runs(numbers, _GUTTER_RUN)
    if not runs:
        return text
    for lo, hi in runs:
        for k in range(lo, hi):
            ln = lines[k]
            digits = len(ln) - len(ln.lstrip("0123456789"))
            lines[k] = ln[digits + 1:]
    return "\n".join(lines)


def _normalise(text: str) -> str:
    text = strip_ansi(text)
    if "#step:" in text:
        text = _WEB_LINE_ANCHOR.sub(r"\1", text)
    # ((rv36b) the gutter is read once the Windows line ends are gone, so that an empty line's bare number, "1269\r", is
    # one of the run; a lone carriage return (a progress bar's) is cut after it, its line's number read as one)
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    text = _strip_gutter(text)
    if "\r" in text:
        text = text.replace("\r", "\n")
    # (twenty-first round) the runs are cut again after the prefixes are gone: a prefixed blank line
    # is blank, and a prefix's space is not part of the line's indentation (as in the bare log)
    text = _BLANK_RUN_LINES.sub("\n\n\n", text)
    text = _LINE_PREFIX.sub(_prefix_replacement, text)
    text = _BLANK_RUN_LINES.sub("\n\n\n", text)
    return _BLANK_RUN.sub(" " * 16, text)


def _prefix_replacement(m: re.Match[str]) -> str:
    annotation = m.group(1) or ""
    return "warning: " if "warning" in annotation else ""
