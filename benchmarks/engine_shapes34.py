"""The whole engine on megabyte logs of one repeated line form, at two sizes: does its time grow with the log's length
alone?

Each shape is one kind of line the engine reads specially, repeated to the size: progress lines (pip's, tqdm's, git's,
a bare carriage-return bar), Surefire's per-class run lines and its per-run lines, stack traces (Java's frames, Python's
traceback), retry lines, a timestamp before every line (GitHub Actions', Jenkins' timestamper's), colour codes, CRLF
line ends, a million short lines, one line of 1 MB (letters, words, JSON, a CR bar), NUL bytes, binary garbage, one
compared pair of the same items in another order on every line; and the round's own slow shape (50,000 host lookups
under Open Build Service's elapsed-seconds prefix, engine_shapes33's).
Prints the engine's CPU seconds (``RulesEngine().classify``, ``time.process_time``) on each at SIZE and 2 x SIZE
megabytes, the growth (time at 2 x SIZE over time at SIZE: about 2 for a linear reading, 4 for a quadratic one), the
seconds per megabyte at 2 x SIZE and the verdict:

    python benchmarks/engine_shapes34.py [--quick] [--size MB] [--only WORD]

(--quick: SIZE 0.5 MB and one run each; otherwise SIZE 1 MB and the best of two runs. --only: the shapes whose name
holds WORD.) Compare two commits by running it in an export of each (``git archive <commit> | tar -x -C /tmp/base &&
cd /tmp/base && python benchmarks/engine_shapes34.py``).
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

from _common import header, parse_args, table

from triage_agent.classify.rules import RulesEngine
from triage_agent.core.models import FailureCase


def _repeat(form: Callable[[int], str], size: int, sep: str = "\n") -> str:
    """Lines ``form(0)``, ``form(1)``, ... joined by ``sep`` until about ``size`` characters."""
    out: list[str] = []
    length, i = 0, 0
    while length < size:
        line = form(i)
        out.append(line)
        length += len(line) + len(sep)
        i += 1
    return sep.join(out) + sep


def _garbage(size: int) -> str:
    rng = random.Random(34)
    return bytes(rng.randrange(256) for _ in range(size)).decode("latin-1")


_BAR = "\u2588"
SHAPES: dict[str, Callable[[int], str]] = {
    "pip progress": lambda n: _repeat(
        lambda i: f"   {_BAR * (i % 40)}{' ' * (40 - i % 40)} {i % 100}.{i % 10}/100.0 MB 2.{i % 9} MB/s eta 0:00:0{i % 10}", n),
    "tqdm progress": lambda n: _repeat(
        lambda i: f"{i % 100:3d}%|{_BAR * (i % 10)}{' ' * (10 - i % 10)}| {i}/100000 [00:{i % 60:02d}<00:10, 812.3it/s]", n),
    "git progress": lambda n: _repeat(
        lambda i: f"Receiving objects:  {i % 100}% ({i}/100000), {i % 977}.00 KiB | 1.{i % 10} MiB/s", n),
    "CR progress bar, one line": lambda n: "Downloading tool\n" + _repeat(
        lambda i: f"[{'=' * (i % 30)}>{' ' * (30 - i % 30)}] {i % 100}%", n, sep="\r") + "\nerror: download failed\n",
    "Surefire class runs": lambda n: _repeat(
        lambda i: f"[INFO] Tests run: {i % 20 + 1}, Failures: 0, Errors: 0, Skipped: {i % 3}, Time elapsed: 0.{i % 900} s"
                  f" - in com.example.shop.Cart{i}Test", n) + "[ERROR] There are test failures.\n",
    "Surefire run lines": lambda n: _repeat(
        lambda i: f"[ERROR]   Run {i % 3 + 1}: CartTest.adds:{i % 90} expected:<{i}> but was:<{i + 1}>", n),
    "Java frames": lambda n: "java.lang.IllegalStateException: cart is empty\n" + _repeat(
        lambda i: f"\tat com.example.shop.Cart{i % 50}.total(Cart{i % 50}.java:{i % 400})", n),
    "Python traceback": lambda n: "Traceback (most recent call last):\n" + _repeat(
        lambda i: f'  File "/app/shop/cart{i % 50}.py", line {i % 400}, in total\n    return sum(item.price for item in items)', n)
        + "ValueError: cart is empty\n",
    "retry lines": lambda n: _repeat(
        lambda i: f"Retrying in {i % 30} seconds... (attempt {i % 5 + 1}/5): connection reset by peer", n),
    "pip retry warnings": lambda n: _repeat(
        lambda i: f"WARNING: Retrying (Retry(total={i % 5}, connect=None, read=None, redirect=None, status=None)) after "
                  f"connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='pypi.org', port=443): Read timed out."
                  f" (read timeout=15)\")': /simple/pkg{i}/", n),
    "GitHub timestamps": lambda n: _repeat(
        lambda i: f"2024-05-02T10:{i // 3600 % 60:02d}:{i % 60:02d}.{i % 10_000_000:07d}Z compiling module {i}", n)
        + "##[error]Process completed with exit code 1.\n",
    "Jenkins timestamps": lambda n: _repeat(
        lambda i: f"[2024-05-02T10:11:{i % 60:02d}.{i % 1000:03d}Z] [Pipeline] sh" if i % 7 == 0
        else f"[2024-05-02T10:11:{i % 60:02d}.{i % 1000:03d}Z] + make test-{i}", n) + "ERROR: script returned exit code 2\n",
    "ANSI colour": lambda n: _repeat(
        lambda i: f"\x1b[32m\u2713\x1b[0m \x1b[1mcart\x1b[22m adds item {i} \x1b[90m({i % 50}ms)\x1b[39m", n)
        + "\x1b[31m\u2717 1 failing\x1b[0m\n",
    "CRLF line ends": lambda n: _repeat(lambda i: f"ok {i} - cart adds item {i}", n, sep="\r\n")
        + "not ok 99999 - cart total\r\n",
    "a million short lines": lambda n: _repeat(lambda i: "ok", n),
    "one 1 MB line of letters": lambda n: "a" * n + "\n",
    "one 1 MB line of words": lambda n: ("error timeout retry connection refused failed " * (n // 47 + 1))[:n] + "\n",
    "one 1 MB line of JSON": lambda n: "{" + _repeat(lambda i: f'"k{i}":"v{i}"', n, sep=",")[:-1] + "}\n",
    "NUL bytes": lambda n: "\0" * n,
    "binary garbage": _garbage,
    "pytest FAILED lines": lambda n: _repeat(
        lambda i: f"FAILED tests/test_cart.py::test_total[{i}] - AssertionError: assert {i} == {i + 1}", n)
        + "==== 9999 failed in 12.3s ====\n",
    "go test FAIL lines": lambda n: _repeat(
        lambda i: f"--- FAIL: TestCart/total_{i} (0.0{i % 10}s)\n    cart_test.go:{i % 300}: got {i}, want {i + 1}", n)
        + "FAIL\tgithub.com/example/shop\t1.2s\n",
    "JUnit mismatches with resets": lambda n: _repeat(
        lambda i: f"[ERROR] CartTest.total{i}:{i % 90} expected:<{i}> but was:<0>\n"
                  f"java.net.SocketException: Connection reset by peer", n),
    "pytest asserts with timeouts": lambda n: _repeat(
        lambda i: f"E       assert {i} == 0\nE       requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.example.org',"
                  f" port=443): Read timed out. (read timeout=10)", n),
    # (review38_b) one reordered pair printed on every line (unittest's "X != Y" of two JSON texts): values_order's reading
    "unittest reordered pairs": lambda n: _repeat(
        lambda i: "AssertionError: '{\"id\": 7, \"tags\": [\"pine\", \"oak\"]}' != '{\"id\": 7, \"tags\": [\"oak\", \"pine\"]}'", n),
    "Jest failures": lambda n: _repeat(
        lambda i: f"  \u25cf cart \u203a adds item {i}\n\n    expect(received).toBe(expected)\n\n    Expected: {i}\n"
                  f"    Received: 0\n", n),
    "error lines": lambda n: _repeat(lambda i: f"##[error]step {i} failed: connection timed out", n),
    "waits, no stop": lambda n: _repeat(lambda i: f"waiting for lease on worker-{i % 9} ...", n),
    "OBS host lookups": lambda n: _repeat(
        lambda i: f"[{i:5d}s] curl: (6) Could not resolve host: mirror.example.invalid", n),
}


# Its own, as engine_shapes33's and code_shape_speed's are: the script runs in exports of older commits, whose
# benchmarks/_common.py has no such helper.
def _cpu(fn: Callable[[], object], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        fn()
        best = min(best, time.process_time() - started)
    return best


def main() -> int:
    def extra(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--size", type=float, default=None, help="SIZE in MB (the logs are SIZE and 2 x SIZE)")
        parser.add_argument("--only", default="", help="the shapes whose name holds this word")

    args = parse_args(__doc__.splitlines()[0], extra)
    size = args.size if args.size is not None else (0.5 if args.quick else 1.0)
    runs = 1 if args.quick else 2
    engine = RulesEngine()
    engine.classify(FailureCase.from_dict({"id": "warm-up", "log": "x\n"}))  # (the catalogue's compiled matchers)
    header("The engine on megabyte logs of one repeated line form", "python benchmarks/engine_shapes34.py")
    rows = []
    for name, make in SHAPES.items():
        if args.only and args.only.lower() not in name.lower():
            continue
        times, verdict, mb = [], "", 0.0
        for chars in (int(size * 1e6), int(2 * size * 1e6)):
            case = FailureCase.from_dict({"id": name, "log": make(chars), "failed_tests": []})
            times.append(_cpu(lambda c=case: engine.classify(c), runs))
            verdict, mb = engine.classify(case).verdict, len(case.log) / 1e6
        rows.append((name, f"{mb:.2f}", f"{times[0]:.2f}", f"{times[1]:.2f}", f"{times[1] / max(times[0], 1e-3):.1f}",
                     f"{times[1] / mb:.2f}", verdict))
    print(table(["shape", "MB (larger)", "CPU s at SIZE", "CPU s at 2 x SIZE", "growth", "s per MB", "verdict"], rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
