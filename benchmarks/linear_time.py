"""Worst-shape inputs of the twenty-fifth round's readings, timed in CPU seconds: a benchmark, not a test.

The unit tests assert what the readings say; how long they take on their worst inputs is measured here and printed
(a loaded machine makes a wall-clock bound in a test fail for reasons of its own). Each row is one input: a
50,000-character line or a megabyte of log of the shape a backtracking pattern or a quadratic loop would choke on.
Exit status 1 when a row takes more than its bound (CPU seconds), so a regression shows.

    python benchmarks/linear_time.py
"""

from __future__ import annotations

import time
from bisect import bisect_right
from itertools import accumulate

from _common import header, table

from triage_agent.classify import structure
from triage_agent.classify.catalogue import ascii_lower, builtin_catalogue
from triage_agent.classify.every_retry import RetryReports
from triage_agent.classify.localized import _TABLE, to_english
from triage_agent.classify.rules import RulesEngine
from triage_agent.core.models import FailureCase

_MB = 1_000_000
_GA = "##[error]Process completed with exit code 1.\n"
_EXIT = "The command \"make verify\" exited with 1.\n"


def _mb(line: str) -> str:
    return (line * (_MB // len(line) + 1))[:_MB]


def _walk(regex, log: str, starts: list[int], keep) -> list[int]:
    """The lines where the engine takes a match of ``regex`` (a search from the line after each match taken)."""
    taken, pos = [], 0
    while (m := regex.search(log, pos)) is not None:
        matched = m.group()
        idx = bisect_right(starts, m.start() + len(matched) - len(matched.lstrip())) - 1
        pos = starts[idx + 1]
        if keep(idx):
            taken.append(idx)
    return taken


def _cpu(fn) -> float:
    started = time.process_time()
    fn()
    return time.process_time() - started


def main() -> int:
    header("Worst-shape inputs of the twenty-fifth round's readings (CPU seconds)", "python benchmarks/linear_time.py")
    engine = RulesEngine()
    judge = lambda log: engine.classify(FailureCase.from_dict({"id": "x", "log": log}))  # noqa: E731
    judge("warm-up\n")
    rows: list[tuple[str, str, float, float]] = []

    # structure.py's wordless reading: one 50,000-character line of each shape as a step's whole output
    for shape in ("diff --git a/x b/x ", "--- a/x\t", "+++ b/x ", "Diff in a.rs at line 1: ", "Only in a: b ",
                  "Files a and b differ ", " M src/x.go ", " a/b | 4 ++-- ", "a/b/c.go ", "a" * 40 + "/",
                  "LIVE-1/MERGED-2/", "-" * 40, "@@ "):
        lines = ["$ make verify", (shape * (50_000 // len(shape) + 1))[:50_000], "", _EXIT.strip()]
        rows.append(("wordless step, 50,000-char line", repr(shape.strip()[:24]), 1.0,
                     _cpu(lambda lines=lines: (structure.wordless_output(lines, "make verify", 1, 0, 3),
                                   structure.read("\n".join(lines))))))
    # the review's stand-aside patterns on one long line
    line = "curl: (52) " + "LIVE-1/" * 7000 + "test -z \"$(" + "a" * 10000
    rows.append(("wordless stand-aside patterns", "curl/LIVE-/test -z line", 0.5, _cpu(lambda: (
        [p.search(line) for p in (structure._FETCH_FAILED, structure._LIVE_STATE, structure._EMPTY_TEST,
                                  structure._CODEBUILD_RUN, structure._BARE_EXIT)], structure.tool_of(line)))))

    # (quiet29) a shell command's separators (structure._SEGMENTS, read by tool_of) and the catalogue's patterns that
    # open on a blank run then an optional mark then blanks, on a line of 50,000 blanks (once seconds each)
    blanks = " " * 50_000
    rows.append(("tool_of, 50,000 blanks", "blanks then a word", 0.5,
                 _cpu(lambda: structure.tool_of(blanks + "x && " + blanks + "gofmt -l ."))))
    catalogue = builtin_catalogue()
    for entry in ("solver-conflict", "async-test-timeout", "transient-wording", "gettext-catalog-check-failed",
                  "property-test-nondeterministic"):
        sig = catalogue.get(entry)
        assert sig is not None
        rows.append(("catalogue entry's patterns and unless, 50,000 blanks", entry, 0.5, _cpu(lambda sig=sig: [
            p.search(blanks) for p in (*sig.patterns, *sig.unless) if hasattr(p, "search")])))

    # localized.py: 50,000-character lines of the rows' words, and a megabyte of log without a message
    words = " ".join(row.key for row in _TABLE)
    hosts = "Verbindung mit " + "a:" * 150 + " "
    for name, text in (("all rows' words", (words * (50_000 // len(words) + 1))[:50_000]),
                       ("rows' words at the end", ("x" * 49_000 + " " + words)[:50_000]),
                       ("CJK", "连接" * 25_000),
                       ("host:port values", (hosts * (50_000 // len(hosts) + 1))[:49_990] + " möglich")):
        rows.append(("to_english, 50,000-char line", name, 2.0, _cpu(lambda text=text: to_english(text))))
    for name, text in (("ASCII", _mb("2026-03-02 10:11:12 INFO  compiling module src/foo/bar.c with -O2 -Wall [ok] 42 files\n")),
                       ("ASCII with rows' English words", _mb("INFO service resolver rotated the temporal cache, impossible to say; verbindung ok conectar dispositivo\n")),
                       ("French text", _mb("INFO Le déploiement de l'élément « préférences » a réussi ; mise à jour des données terminée à 10 h\n")),
                       ("Spanish with row words", _mb("INFO Conectar el dispositivo: resolución del nombre completa, conexión establecida en el índice\n")),
                       ("Chinese setting words", _mb("信息 连接池 连接超时时间 设置 完成 列表 为空\n"))):
        rows.append(("to_english, 1 MB without a message", name, 2.0, _cpu(lambda text=text: to_english(text))))
    # (leftovers26) mojibake (UTF-8 shown as cp1252): a 50,000-character line of the rows' words so shown, one of
    # telltale pairs that do not decode, and a megabyte of such lines without a message
    moji = words.encode().decode("latin-1").translate(
        {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)})
    for name, text in (("mojibake rows' words", (moji * (50_000 // len(moji) + 1))[:50_000]),
                       ("mojibake pairs that do not decode", ("Ã¤Ã" * 17_000)[:50_000]),
                       ("1 MB of mojibake lines", _mb("INFO Ã„nderung Ã¼bernommen, Ã©lÃ©ment prÃªt\n"))):
        rows.append(("to_english, mojibake", name, 2.0, _cpu(lambda text=text: to_english(text))))
    # the whole engine on long non-ASCII lines
    for name, text in (("ru", ("Журнал " * 7140)[:49_960] + " Соединение разорвано другой стороной"),
                       ("zh", "连接" * 24_990 + " 连接超时"),
                       ("ko", ("연결 시간 " * 8400)[:49_990] + " 초과"),
                       ("fr guillemets", ("«\u202fdeb.debian.org\u202f» " * 3000)[:49_990] + " résolution")):
        rows.append(("engine, 50,000-char localized line", name, 2.0, _cpu(lambda text=text: judge(text + "\n" + _GA))))
    # older shapes once timed in unit tests (and every_retry's below)
    body = "".join(f"[INFO] step {i}: compiling module_{i} ok\n" for i in range(2600))
    rows.append(("engine, 100 kB log", "npm ECONNRESET at the end", 2.0,
                 _cpu(lambda: judge((body + "npm ERR! code ECONNRESET\n")[-100_000:]))))
    rows.append(("engine, scope separators", "\"ns::\" x 25,000 on one line", 1.0,
                 _cpu(lambda: judge("--- FAIL: TestPoolConcurrentGet (0.01s)\n" + "ns::" * 25_000 + "\nFAIL\n"))))

    # every_retry.py: the retry markers of a broken build whose every test failed every attempt (4,000 marker lines of
    # Gradle, Playwright, gotestsum and dart), walked the way the engine walks a pattern
    log = "".join(f"Suite{i % 50} > test{i}() FAILED\n  ✘  {i} [chromium] › a.spec.ts:1:1 › t{i} (retry #1)\n"
                  f"FAIL pkg.Test{i} (re-run 1) (0.01s)\nRetry: t{i}\n" for i in range(1000))
    starts = [0, *accumulate(len(line) + 1 for line in log.split("\n"))]
    every = builtin_catalogue().get("failed-every-retry")
    assert every is not None
    rows.append(("every_retry, retry markers", "4,000 marker lines", 1.0, _cpu(lambda: [
        _walk(p, log, starts, RetryReports(ascii_lower(log)).holds) for p in every.patterns])))

    print(table(["reading", "input", "bound (CPU s)", "CPU s"], [(a, b, f"{c:.1f}", f"{d:.3f}") for a, b, c, d in rows],
                "llrr"))
    over = [r for r in rows if r[3] > r[2]]
    print(f"\n{len(rows)} inputs; slowest {max(r[3] for r in rows):.3f} CPU s; over their bound: {len(over)}")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
