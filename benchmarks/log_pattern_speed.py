r"""The catalogue's whole-log patterns on logs of many lines: about 1 MB made of each pattern's own words.

``pattern_speed.py`` times the catalogue on ONE line of 50,000 characters (a backtracking pattern's shape).
This times the patterns the engine runs over the WHOLE log, where a scan that starts once per marker line
and runs to the log's end turns quadratic in the log's length (a pattern of the twenty-second round took
14.5 s on a 1.2 MB log of 1,000 Docker pull lines before it was anchored at ``\A``).

Which patterns: catalogue.py's compiled catalogue (same flags as the engine's: MULTILINE, IGNORECASE unless
the entry is case-sensitive; [fragments] case-insensitive; ``{fragment = ..., after = ...}`` expanded), and

* every ``unless_log`` pattern, fragments included (the engine searches the whole log with it);
* every ``patterns`` pattern that can run across lines: a repetition (of 10 or more, or unbounded) whose
  body matches both a newline and a letter (``[\s\S]*?``, ``(?s).*``, ``[^"]*``, ``(?:[^\n]*\n){0,60}``, in
  lookaheads too), or ``\A`` / ``\Z``. (The engine searches the whole log with these as well, from the
  line after each match it took; a line-bound pattern cannot read past its line.)

Each distinct pattern is timed once; the table names the first entry that holds it (and the fragment).

The logs, for each pattern, from its own words: the pattern is cut at its line-spanning repetitions; each
piece gives example texts (one per alternative of a group, ``\d+`` as "1", a class as one of its
characters). The last piece's texts and the words of a lookahead are the "closing" words, the others the
"markers". Logs of about 1 MB (quick: see below) put each word on its own line, repeated thousands of
times, with three ordinary noise lines after each:

* ``markers``: the markers only (a scan after each marker finds nothing after it);
* ``closing first``: the closing words at the START, then the markers;
* ``closing last``: the markers, then the closing words at the END;
* ``all words``: markers and closing words alternating;

each plain, with GitHub Actions' timestamp before every line ("2024-05-02T10:11:12.1234567Z "), and as a
Jenkins Pipeline log (the timestamper's "[2024-05-02T10:11:12.123Z] " before every line, "[Pipeline] sh"
lines among the noise). Timed: ``re.search`` of the compiled pattern alone over the log, the way the engine
runs it: one search for an ``unless_log`` pattern; for a line-spanning ``patterns`` pattern, a search from
the line after each match until none is left (the engine's walk), in CPU seconds (``time.process_time``, so that
other processes on a shared machine do not count). A run past three times the limit is
stopped there (a CPU-time timer; ``re`` checks signals) and shown as that time. Prints the slowest 15 patterns with their
entry ids and worst log.

Then the whole engine (``RulesEngine.classify``, the offline verdict the daemon and ``classify --offline`` take) on
the worst log (about 1 MB) of each of the 10 slowest patterns: its CPU seconds (``time.process_time``: what the
engine itself spent, which other processes on a shared machine inflate far less than the wall time, also shown) and
the verdict; and (perf31) on a few fixed shapes of about 1 MB where readings other than the whole-log patterns were slow
(Jest's heap reports one a line, the Buildkite agent's stop lines above "access token" lines: fixed_logs). Exits 1 when
the engine takes more than --engine-limit CPU seconds (1.5 by default) on one of them. Why
1.5 s: the engine's ordinary cost on a log of that size is 0.2 to 0.5 s (its literal pre-filter, the lines' readings,
the patterns the log's words allow), and one whole-log pattern may take up to the pattern limit (1 s) on its own
worst log; more than their sum means the engine itself spends more than one pass per line somewhere (a check that
rereads the log once per hit line: 4.7 s on such a log before the twenty-third round). A daemon that judges every
failed job of a busy organization reads many such logs per cycle (its own excerpts are capped by
``polling.max_log_chars``, 16,000 characters by default; ``classify`` and a larger cap pass whole logs).

--quick reads every pattern's logs at about 100 kB, then the 100 slowest patterns again at 1 MB, each on the
log shape that was its slowest (a pattern quadratic in the log's length is 100 times slower at 1 MB, so one
over 1 s there takes 10 ms or more at 100 kB; the table says how long the slowest of the others took), in
about a minute on an idle two-core machine (every log at 1 MB, without --quick: four to five minutes). Without --quick, every log is about 1 MB. Exits 1 when a pattern takes
more than the limit (1 s by default) on a log of about 1 MB.

Usage: python benchmarks/log_pattern_speed.py [--quick] [--limit SECONDS] [--engine-limit SECONDS]
"""

from __future__ import annotations

import re
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

from _common import header, parse_args, progress, table

from triage_agent.classify.catalogue import builtin_catalogue
from triage_agent.classify.rules import RulesEngine
from triage_agent.core.models import FailureCase

FULL_SIZE = 1_000_000
QUICK_SIZE = 100_000
QUICK_RETIME = 100  # in --quick, the slowest patterns at QUICK_SIZE read again at FULL_SIZE
SHOWN = 15
ENGINE_LOGS = 10  # the whole engine is timed on the worst log of this many of the slowest patterns
SPAN_MIN = 10  # a repetition of at least this many (or unbounded) whose body matches a newline and a letter
NOISE_PER_WORD = 3
MAX_ALTERNATIVES = 16  # example texts kept per piece of a pattern
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_NOISE = ("compiling module {i} of many, nothing to see here, all fine",
          "Downloading https://example.org/packages/pkg-{i}.tar.gz (12.{i} kB)",
          "  src/app/module_{i}.py ........................................ [ 42%]")
_GITHUB = "2024-05-02T10:11:12.1234567Z "
_JENKINS = "[2024-05-02T10:11:12.123Z] "
_JENKINS_STEPS = ("[Pipeline] sh", "[Pipeline] echo", "[Pipeline] }")


# --------------------------------------------------------------------------- reading a pattern's parse tree


def _char_ok(op: Any, av: Any, ch: str, flags: int) -> bool:
    """Whether one character item of a parse tree matches ``ch``."""
    fold = bool(flags & re.IGNORECASE)

    def same(code: int) -> bool:
        return chr(code) == ch or (fold and chr(code).lower() == ch.lower())

    if op is C.ANY:
        return ch != "\n" or bool(flags & re.DOTALL)
    if op is C.LITERAL:
        return same(av)
    if op is C.NOT_LITERAL:
        return not same(av)
    if op is not C.IN:
        return False
    negate, hit = False, False
    for item, value in av:
        if item is C.NEGATE:
            negate = True
        elif item is C.LITERAL:
            hit |= same(value)
        elif item is C.RANGE:
            hit |= any(value[0] <= ord(c) <= value[1] for c in ({ch, ch.lower(), ch.upper()} if fold else {ch}))
        elif item is C.CATEGORY:
            name = str(value)
            for kind, yes in (("DIGIT", ch.isdigit()), ("SPACE", ch.isspace()), ("WORD", ch.isalnum() or ch == "_")):
                if name.endswith("_NOT_" + kind):
                    hit |= not yes
                elif name.endswith("_" + kind):
                    hit |= yes
    return hit != negate


def _walk(seq: Any, flags: int, visit: Callable[[Any, Any, int], None]) -> None:
    for op, av in seq:
        visit(op, av, flags)
        if op is C.SUBPATTERN:
            _walk(av[3], (flags | av[1]) & ~av[2], visit)
        elif op is C.ATOMIC_GROUP:
            _walk(av, flags, visit)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            _walk(av[1], flags, visit)
        elif op is C.BRANCH:
            for branch in av[1]:
                _walk(branch, flags, visit)
        elif op in _REPEATS:
            _walk(av[2], flags, visit)
        elif op is C.GROUPREF_EXISTS:
            _walk(av[1], flags, visit)
            if av[2]:
                _walk(av[2], flags, visit)


def _can_match(seq: Any, flags: int, ch: str) -> bool:
    found = False

    def visit(op: Any, av: Any, f: int) -> None:
        nonlocal found
        found = found or (op in (C.ANY, C.LITERAL, C.NOT_LITERAL, C.IN) and _char_ok(op, av, ch, f))

    _walk(seq, flags, visit)
    return found


def _spanning(op: Any, av: Any, flags: int) -> bool:
    """A repetition that can run across lines of text: its body matches a newline and a letter."""
    return (op in _REPEATS and av[1] >= SPAN_MIN and _can_match(av[2], flags, "\n")
            and _can_match(av[2], flags, "x"))


def _has_spanning(seq: Any, flags: int) -> bool:
    found = False

    def visit(op: Any, av: Any, f: int) -> None:
        nonlocal found
        found = found or _spanning(op, av, f) or (op is C.AT and av in (C.AT_BEGINNING_STRING, C.AT_END_STRING))

    _walk(seq, flags, visit)
    return found


def _parse(pattern: re.Pattern[str]) -> tuple[Any, int]:
    parsed = P.parse(pattern.pattern, pattern.flags)
    return parsed, pattern.flags | parsed.state.flags


def crosses_lines(pattern: re.Pattern[str]) -> bool:
    """Whether a pattern can run across lines (or reads the log's start or end): a whole-log pattern."""
    parsed, flags = _parse(pattern)
    return _has_spanning(parsed, flags)


_CANDIDATES = "xa0 -_./:'\"" + "".join(chr(c) for c in range(33, 127))


class _Examples:
    """Example texts matching the pieces of a pattern."""

    def __init__(self) -> None:
        self.groups: dict[int, str] = {}

    def text(self, seq: Any, flags: int) -> str:
        out = []
        for op, av in seq:
            out.append(self.item(op, av, flags))
        return "".join(out)

    def item(self, op: Any, av: Any, flags: int) -> str:
        if op is C.LITERAL:
            return chr(av)
        if op in (C.NOT_LITERAL, C.ANY, C.IN):
            for ch in _CANDIDATES:
                if _char_ok(op, av, ch, flags):
                    return ch
            return next((chr(v) for o, v in av if o is C.LITERAL), "x") if op is C.IN else "x"
        if op is C.SUBPATTERN:
            found = self.text(av[3], (flags | av[1]) & ~av[2])
            if av[0]:
                self.groups[av[0]] = found
            return found
        if op is C.ATOMIC_GROUP:
            return self.text(av, flags)
        if op is C.BRANCH:
            return self.text(av[1][0], flags)
        if op in _REPEATS:
            return self.text(av[2], flags) * min(av[0], 64)
        if op is C.GROUPREF:
            return self.groups.get(av, "x")
        if op is C.GROUPREF_EXISTS:
            return self.text(av[1], flags)
        return ""  # anchors, lookarounds

    def alternatives(self, op: Any, av: Any, flags: int) -> list[str]:
        """Every alternative of a group as its own example text (a plain item: one)."""
        if op is C.BRANCH:
            return [t for branch in av[1] for t in self.seq_alternatives(branch, flags)][:MAX_ALTERNATIVES]
        if op is C.SUBPATTERN:
            found = self.seq_alternatives(av[3], (flags | av[1]) & ~av[2])
            if av[0]:
                self.groups[av[0]] = found[0]
            return found
        if op is C.ATOMIC_GROUP:
            return self.seq_alternatives(av, flags)
        return [self.item(op, av, flags)]

    def seq_alternatives(self, seq: Any, flags: int) -> list[str]:
        current = [""]
        for op, av in seq:
            options = self.alternatives(op, av, flags)
            current = [c + o for c in current for o in options][:MAX_ALTERNATIVES]
        return current


def pieces(pattern: re.Pattern[str]) -> tuple[list[str], list[str]]:
    """(markers, closing words): example texts of the pattern cut at its line-spanning repetitions."""
    parsed, flags = _parse(pattern)
    examples = _Examples()
    looked: list[str] = []

    def cut(seq: Any, f: int, body: bool = False) -> list[list[str]]:
        done: list[list[str]] = []
        current = [""]
        for op, av in seq:
            if op in (C.ASSERT, C.ASSERT_NOT):
                if not body:  # (a lookahead inside a spanning body tempers it: its words are the body's own)
                    looked.extend(t for piece in cut(av[1], f) for t in piece)
            elif _spanning(op, av, f):
                done.append(current)
                current = [""]
                for piece in cut(av[2], f, True)[1:-1]:
                    done.append(piece)  # words inside a spanning body other than its edges
            elif op in (C.SUBPATTERN, C.ATOMIC_GROUP) and _has_spanning(av if op is C.ATOMIC_GROUP else av[3], f):
                inner = cut(av, f) if op is C.ATOMIC_GROUP else cut(av[3], (f | av[1]) & ~av[2])
                first, *rest = inner
                current = [c + t for c in current for t in first][:MAX_ALTERNATIVES]
                if rest:
                    done.append(current)
                    done.extend(rest[:-1])
                    current = rest[-1]
            elif op is C.BRANCH and any(_has_spanning(b, f) for b in av[1]):
                done.append(current)
                for branch in av[1]:
                    done.extend(cut(branch, f))
                current = [""]
            else:
                options = examples.alternatives(op, av, f)
                current = [c + o for c in current for o in options][:MAX_ALTERNATIVES]
        done.append(current)
        return done

    found = [[t for t in piece if t.strip()] for piece in cut(parsed, flags)]
    found = [piece for piece in found if piece]
    if not found:
        words = re.findall(r"[A-Za-z]{3,}(?: [A-Za-z]{2,})?", pattern.pattern)
        return words or ["x"], looked
    if len(found) == 1:
        return found[0], [t for t in looked if t.strip()]
    return [t for piece in found[:-1] for t in piece], found[-1] + [t for t in looked if t.strip()]


# --------------------------------------------------------------------------- logs


def _unique(words: list[str]) -> list[str]:
    return list(dict.fromkeys(w.rstrip("\n") for w in words if w.strip()))


def logs_for(markers: list[str], closing: list[str], size: int) -> Iterator[tuple[str, str]]:
    """(name, log) of about ``size`` characters for each shape and CI prefix."""
    markers, closing = _unique(markers), _unique(closing)
    shapes = [("markers", markers, [], [])]
    if closing:
        shapes += [("closing first", markers, closing, []), ("closing last", markers, [], closing),
                   ("all words", _unique(markers + closing), [], [])]
    for prefix_name, prefix, steps in (("plain", "", ()), ("GitHub", _GITHUB, ()), ("Jenkins", _JENKINS, _JENKINS_STEPS)):
        for shape, cycle, head, tail in shapes:
            yield f"{shape}, {prefix_name}", _build(cycle, head, tail, prefix, steps, size)


def _build(cycle: list[str], head: list[str], tail: list[str], prefix: str, steps: tuple[str, ...], size: int) -> str:
    def block(i: int) -> list[str]:
        lines = [prefix + cycle[i % len(cycle)]]
        for k in range(NOISE_PER_WORD):
            lines.append(steps[k] if steps and k == 0 and i % 2 else prefix + _NOISE[k].format(i=i))
        return lines

    out = [prefix + w for w in head]
    length = sum(len(x) + 1 for x in out)
    i = 0
    while length < size:
        lines = block(i)
        out.extend(lines)
        length += sum(len(x) + 1 for x in lines)
        i += 1
    out += [prefix + w for w in tail]
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- timing


class _Stopped(Exception):
    pass


def _alarm(_signum: int, _frame: Any) -> None:
    raise _Stopped


def timed(regex: re.Pattern[str], log: str, walk: bool, cap: float) -> float:
    """CPU seconds of the engine's use of ``regex`` on ``log`` (one search, or the walk), stopped at ``cap``."""
    signal.setitimer(signal.ITIMER_PROF, cap)
    start = time.process_time()
    try:
        if walk:
            pos = 0
            while (m := regex.search(log, pos)) is not None:
                end = log.find("\n", m.start())
                if end < 0:
                    break
                pos = end + 1
        else:
            regex.search(log)
    except _Stopped:
        return cap
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
    return time.process_time() - start


@dataclass
class Pattern:
    regex: re.Pattern[str]
    entry: str  # the first entry that holds it, with its key and fragment
    uses: int = 1
    walk: bool = False
    markers: list[str] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    seconds: float = 0.0
    worst: str = ""


def whole_log_patterns() -> list[Pattern]:
    """Every distinct whole-log pattern of the compiled catalogue, with the entry it was found in first."""
    catalogue = builtin_catalogue()
    fragment_of = {source: name for name, sources in catalogue.fragments.items() for source in sources}
    found: dict[tuple[str, int], Pattern] = {}
    for sig in catalogue:
        for key in ("unless_log", "patterns"):
            for regex in getattr(sig, key):
                ident = (regex.pattern, regex.flags)
                if ident in found:
                    found[ident].uses += 1
                    continue
                if key == "patterns" and not crosses_lines(regex):
                    continue
                name = fragment_of.get(regex.pattern)
                if name is None and "{0,200000}?" in regex.pattern:
                    name = next((n for s, n in fragment_of.items() if regex.pattern.endswith(f"(?:{s})")), None)
                where = f"{sig.id} {key}" + (f" (fragment {name})" if name else "")
                found[ident] = Pattern(regex, where, walk=key == "patterns")
    out = list(found.values())
    for p in out:
        p.markers, p.closing = pieces(p.regex)
    return out


def time_all(patterns: list[Pattern], size: int, cap: float, *, worst_only: bool = False) -> None:
    """Each pattern's slowest log of about ``size`` characters (with ``worst_only``: its slowest shape so far)."""
    for n, p in enumerate(patterns, 1):
        if n % 100 == 0:
            progress("  %d of %d patterns", n, len(patterns))
        shape = p.worst
        p.seconds, p.worst = 0.0, ""
        for name, log in logs_for(p.markers, p.closing, size):
            if worst_only and name != shape:
                continue
            took = timed(p.regex, log, p.walk, cap)
            if took >= p.seconds:
                p.seconds, p.worst = took, name
            if took >= cap:
                break


def main() -> int:
    def extra(parser: Any) -> None:
        parser.add_argument("--limit", type=float, default=1.0)
        parser.add_argument("--engine-limit", type=float, default=1.5)

    args = parse_args(__doc__.splitlines()[0], extra)
    signal.signal(signal.SIGPROF, _alarm)
    cap = 3 * args.limit
    header("The catalogue's whole-log patterns on logs of many lines",
           "python benchmarks/log_pattern_speed.py" + (" --quick" if args.quick else ""))
    started = time.perf_counter()
    patterns = whole_log_patterns()
    walking = sum(p.walk for p in patterns)
    progress("%d whole-log patterns (%d unless_log, %d line-spanning patterns)", len(patterns),
             len(patterns) - walking, walking)
    if args.quick:
        progress("every pattern at %d kB", QUICK_SIZE // 1000)
        time_all(patterns, QUICK_SIZE, cap)
        patterns.sort(key=lambda p: -p.seconds)
        screened = patterns[QUICK_RETIME:]
        progress("the %d slowest again at %d kB, on their slowest log", QUICK_RETIME, FULL_SIZE // 1000)
        timed_full = patterns[:QUICK_RETIME]
        time_all(timed_full, FULL_SIZE, cap, worst_only=True)
    else:
        progress("every pattern at %d kB", FULL_SIZE // 1000)
        time_all(patterns, FULL_SIZE, cap)
        timed_full, screened = patterns, []
    timed_full.sort(key=lambda p: -p.seconds)
    logs = sum(12 if p.closing else 3 for p in patterns)
    print(f"Whole-log patterns: {len(patterns)} distinct ({len(patterns) - walking} unless_log, fragments included;"
          f" {walking} line-spanning patterns), {logs:,} logs"
          + (f"; read at {QUICK_SIZE // 1000} kB, the {len(timed_full)} slowest again at about 1 MB on their slowest log."
             if args.quick else ", about 1 MB each.") + f" The {SHOWN} slowest on a log of about 1 MB:\n")
    print(table(["seconds", "entry", "worst log", "pattern"],
                [(("> " if p.seconds >= cap else "") + f"{p.seconds:.3f}", p.entry, p.worst, p.regex.pattern[:60])
                 for p in timed_full[:SHOWN]], "rlll"))
    print()
    if screened:
        print(f"The other {len(screened)} patterns' slowest at {QUICK_SIZE // 1000} kB: {screened[0].seconds:.3f} s.\n")
    progress("the whole engine on the worst log of the %d slowest patterns", ENGINE_LOGS)
    engine_rows = time_engine(timed_full[:ENGINE_LOGS])
    print(f"The whole engine (`RulesEngine.classify`) on the worst log of each of the {ENGINE_LOGS} slowest patterns"
          " (CPU seconds of the engine's own process; wall seconds beside):\n")
    print(table(["CPU s", "wall s", "pattern's entry", "log", "MB", "verdict"],
                [(f"{cpu:.2f}", f"{wall:.2f}", p.entry, p.worst, f"{mb:.2f}", verdict)
                 for cpu, wall, p, mb, verdict in engine_rows], "rrlllr"))
    print()
    progress("the whole engine on %d fixed shapes", len(fixed_logs()))
    fixed_rows = time_fixed(fixed_logs())
    print("The whole engine on fixed shapes of about 1 MB (perf31: readings other than the whole-log patterns that were"
          " slow on them; CPU seconds, wall seconds beside):\n")
    print(table(["CPU s", "wall s", "log", "MB", "verdict"],
                [(f"{cpu:.2f}", f"{wall:.2f}", name, f"{mb:.2f}", verdict) for cpu, wall, name, mb, verdict in fixed_rows],
                "rrllr"))
    print()
    progress("done in %.0f s", time.perf_counter() - started)
    status = 0
    slow = [p for p in timed_full if p.seconds > args.limit]
    if slow:
        print(f"Over the {args.limit:g} s limit:\n")
        print(table(["seconds", "entry", "worst log"], [(f"{p.seconds:.3f}", p.entry, p.worst) for p in slow], "rll"))
        print()
        status = 1
    else:
        print(f"Every whole-log pattern read a log of about 1 MB in under {args.limit:g} s.")
    cpus = [row[0] for row in engine_rows] + [row[0] for row in fixed_rows]
    over = [cpu for cpu in cpus if cpu > args.engine_limit]
    if over:
        print(f"The whole engine took more than {args.engine_limit:g} CPU s on {len(over)} of those logs.")
        return 1
    print(f"The whole engine read each of those logs in under {args.engine_limit:g} CPU s (the slowest {max(cpus):.2f} s).")
    return status


def fixed_logs(size: int = FULL_SIZE) -> list[tuple[str, str]]:
    """(perf31) Shapes of about ``size`` characters the engine read slowly beyond its whole-log patterns' own: (name,
    log). Jest's --logHeapUsage reports, one a line (a reading per report that read every line below it), and the
    Buildkite agent's stop lines above "access token" lines (a scan of 300 lines from every stop line; the Kelvin sign
    keeps the engine's windows off, as any character re folds to ASCII does)."""

    def fill(line: Callable[[int], str], head: str = "", tail: str = "") -> str:
        parts, total, i = [head], len(head) + len(tail), 0
        while total < size:
            parts.append(line(i))
            total += len(parts[-1])
            i += 1
        return "".join(parts) + tail

    oom = ("\n<--- Last few GCs --->\n\n[2817:0x5f1c2e0]   912345 ms: Mark-sweep 2030.1 (2082.4) -> 2029.8 (2083.1) MB\n"
           "\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n")
    stop, token = "Gracefully stopping agent. Waiting for current job to finish\n", "requesting an access token ({})\n"
    revoked = "Invalid access token, cancelling job 0190-{:04d}\n"
    return [
        ("Jest heap reports rising, V8's out of memory below",
         fill(lambda i: f"PASS src/feature{i}/widget.test.ts (1.{i % 10} s, {100 + i} MB heap size)\n",
              "$ npx jest --logHeapUsage --runInBand\n", oom)),
        ("Jest heap reports rising and falling, V8's out of memory below",
         fill(lambda i: f"PASS src/feature{i}/widget.test.ts ({100 + (i % 7) * 40} MB heap size)\n",
              "$ npx jest --logHeapUsage\n", oom)),
        ("Jest heap reports of failed files, no out of memory",
         fill(lambda i: f"FAIL src/feature{i}/widget.test.ts ({100 + i} MB heap size)\n", "$ npx jest --logHeapUsage\n",
              "Test Suites: 1 failed\n")),
        ("agent stop lines, 5 access token lines after each, the token revoked at the end",
         fill(lambda i: stop if i % 6 == 0 else token.format(i), "", revoked.format(0))),
        ("the same with a Kelvin sign (no windows)",
         fill(lambda i: stop if i % 6 == 0 else token.format(i), "Kelvin \u212a\n", revoked.format(0))),
        ("agent stop lines, then 400 revoked tokens",
         fill(lambda i: stop if i % 6 == 0 else token.format(i), "",
              "".join(revoked.format(i) for i in range(400)))),
    ]


def time_engine(patterns: list[Pattern]) -> list[tuple[float, float, Pattern, float, str]]:
    """(CPU seconds, wall seconds, pattern, MB, verdict) of ``RulesEngine.classify`` on each pattern's worst log at
    about 1 MB (a log two patterns share is read once)."""
    engine = RulesEngine()
    engine.classify(FailureCase.from_dict({"id": "warm-up", "log": "x\n"}))  # (the catalogue's compiled matchers)
    rows, seen = [], set()
    for p in patterns:
        log = next(log for name, log in logs_for(p.markers, p.closing, FULL_SIZE) if name == p.worst)
        if log in seen:
            continue
        seen.add(log)
        wall, cpu = time.perf_counter(), time.process_time()
        verdict = engine.classify(FailureCase.from_dict({"id": "whole-log", "log": log}))
        rows.append((time.process_time() - cpu, time.perf_counter() - wall, p, len(log) / 1e6, verdict.verdict))
    return rows


def time_fixed(logs: list[tuple[str, str]]) -> list[tuple[float, float, str, float, str]]:
    """(CPU seconds, wall seconds, name, MB, verdict) of ``RulesEngine.classify`` on each of ``logs`` (fixed_logs)."""
    engine = RulesEngine()
    engine.classify(FailureCase.from_dict({"id": "warm-up", "log": "x\n"}))
    rows = []
    for name, log in logs:
        wall, cpu = time.perf_counter(), time.process_time()
        verdict = engine.classify(FailureCase.from_dict({"id": "fixed", "log": log}))
        rows.append((time.process_time() - cpu, time.perf_counter() - wall, name, len(log) / 1e6, verdict.verdict))
    return rows


if __name__ == "__main__":
    raise SystemExit(main())
