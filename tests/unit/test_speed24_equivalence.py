"""Speed-only rewrites of the engine and catalogue (twenty-fourth round): each reads what it read before.

Covered: (1) seven unless_log patterns of signatures.toml (one of them the first of the fragment
server_crashed_then_refused) that read a marker, then a window of up to 40 to 200 lines (or 3,000 characters), then a
closing phrase. Their former form scanned the whole window from every marker, so a log of thousands of marker lines
read each line once per marker above it within the window (benchmarks/log_pattern_speed.py: 0.36 to 0.9 s CPU on its
1 MB logs). The rewrite skips, in the window, a line (a position) from which the marker matches again: the window then
runs from the last marker above the closing phrase only. The engine reads an unless_log pattern for whether it matches
anywhere (LogSearch.found: ``regex.search(text) is not None``; the one other caller, passed-on-retry's unless_log, the
same), and that answer is the same: a match of the former pattern whose window holds a later marker has one from that
marker (the window's lines below it are a part of the former window, each as short as the former read allowed, and a
line on which the marker starts, read in the window as a line of at most N characters, holds the whole marker line the
pattern wants); a match of the new form is one of the former. The marker of workflow-worker-or-pod-lost holds none of
the closing exception names, so the last marker above a name ends before it. server_crashed_then_refused's marker is
two lines (one without refusal words, then a crash line): a window line is skipped only where it starts such a pair
whose crash line holds no refusal the pattern closes on, so the crash line of that pair is a window line too, not the
closing one. (The leftmost match may start lower: no caller reads where.) (2)
LogSearch.windows reads the literal group on the fewest lines (a match holds an occurrence of every group), no longer
the first group alone. (3) _ScanText keeps one RetryReports per text for both scans and _failed_every_retry.

Checks here (fast): the rewritten patterns are in the catalogue and the former ones gone; former and new answer the
same on shaped texts (a marker at each distance from the window's end, markers between, lines one character too long,
markers at the text's start and end) and on seeded random texts drawn from their own words; LogSearch answers as a
plain search where the marker is on thousands of lines; RetryReports is built once per log. The whole-corpus checks
(every log string the unit tests define, the labelled logs, padded variants) and the CPU times are in
benchmarks/speed24_equivalence.py. The texts are the project's own wording around the tools' phrases as the catalogue
quotes them; no third-party log is quoted.
"""

from __future__ import annotations

import random
import re

import pytest
from judging import judge

from triage_agent.classify import rules as rules_mod
from triage_agent.classify.catalogue import LogSearch, ascii_lower, builtin_catalogue

_FLAGS = re.IGNORECASE | re.MULTILINE

# (entry id, the unless_log pattern as it read at 211ddc5, the pattern now)
REWRITES = [
    ('workflow-worker-or-pod-lost',
     r"""\bERROR - Task failed with exception\b[\s\S]{0,3000}?\b(?:KeyError|ValueError|TypeError|AttributeError|IndexError|NameError|AssertionError|ZeroDivisionError|ModuleNotFoundError|ImportError|SyntaxError|UnboundLocalError|NotImplementedError|RecursionError)\b""",
     r"""\bERROR - Task failed with exception\b(?:(?!\bERROR - Task failed with exception\b)[\s\S]){0,3000}?\b(?:KeyError|ValueError|TypeError|AttributeError|IndexError|NameError|AssertionError|ZeroDivisionError|ModuleNotFoundError|ImportError|SyntaxError|UnboundLocalError|NotImplementedError|RecursionError)\b"""),
    ('dns-failure',
     r"""^[^\n]{0,400}?\bexited with code [1-9]\d{0,2}\b[^\n]{0,400}\n(?:[^\n]{0,400}\n){0,40}?[^\n]{0,400}?(?:\bENOTFOUND\b|\bEAI_AGAIN\b|name or service not known|no such host|temporary failure in name resolution|could not resolve host|\bUnknownHostException\b)""",
     r"""^[^\n]{0,400}?\bexited with code [1-9]\d{0,2}\b[^\n]{0,400}\n(?:(?![^\n]{0,400}?\bexited with code [1-9]\d{0,2}\b)[^\n]{0,400}\n){0,40}?[^\n]{0,400}?(?:\bENOTFOUND\b|\bEAI_AGAIN\b|name or service not known|no such host|temporary failure in name resolution|could not resolve host|\bUnknownHostException\b)"""),
    ('data-engine-still-starting',
     r"""^[^\n]{0,400}\bexited with code [1-9]\d{0,2}\b[^\n]{0,400}\n(?:[^\n]{0,400}\n){0,40}?[^\n]{0,400}?(?:\b(?:Trino|Presto) server is still initializing\b|\bNo nodes available to run query\b|\bNo live SolrServers available\b)""",
     r"""^[^\n]{0,400}\bexited with code [1-9]\d{0,2}\b[^\n]{0,400}\n(?:(?![^\n]{0,400}\bexited with code [1-9]\d{0,2}\b)[^\n]{0,400}\n){0,40}?[^\n]{0,400}?(?:\b(?:Trino|Presto) server is still initializing\b|\bNo nodes available to run query\b|\bNo live SolrServers available\b)"""),
    ('unused-dependency-checker-finding',
     r"""^\s*cargo-machete found the following unused dependencies in\b[^\n]{0,1000}\n(?:[^\n]{0,1000}\n){0,200}?[^\n]{0,40}\bmake(?:\[\d+\])?: \[[^\]\n]{1,300}\] Error \d+ \(ignored\)""",
     r"""^\s*cargo-machete found the following unused dependencies in\b[^\n]{0,1000}\n(?:(?![^\S\n]*cargo-machete found the following unused dependencies in\b)[^\n]{0,1000}\n){0,200}?[^\n]{0,40}\bmake(?:\[\d+\])?: \[[^\]\n]{1,300}\] Error \d+ \(ignored\)"""),
    ('go-mod-tidy-diff-drift',
     r"""^\+\+\+ tidy/go\.(?:mod|sum)[ \t]*\n(?:[^\n]{0,1000}\n){0,200}?[^\n]{0,40}\bmake(?:\[\d+\])?: \[[^\]\n]{1,300}\] Error \d+ \(ignored\)""",
     r"""^\+\+\+ tidy/go\.(?:mod|sum)[ \t]*\n(?:(?!\+\+\+ tidy/go\.(?:mod|sum)[ \t]*\n)[^\n]{0,1000}\n){0,200}?[^\n]{0,40}\bmake(?:\[\d+\])?: \[[^\]\n]{1,300}\] Error \d+ \(ignored\)"""),
    ('vulkan-loader-no-driver',
     r"""vkCreateInstance: Found no drivers![^\n]{0,400}(?:\n[^\n]{0,2000}){0,40}?\n[^\n]{0,400}\b(?:apt(?:-get)?|dnf|yum|apk|pacman|brew|choco)\b[^\n]{0,200}\b(?:install|add|-S)\b[^\n]{0,400}\b(?:mesa-vulkan-drivers|vulkan-swrast|vulkan-dri|mesa-vulkan-swrast|lavapipe|swiftshader|vulkan-icd)""",
     r"""vkCreateInstance: Found no drivers![^\n]{0,400}(?:\n(?![^\n]{0,2000}?vkCreateInstance: Found no drivers![^\n]{0,400}\n)[^\n]{0,2000}){0,40}?\n[^\n]{0,400}\b(?:apt(?:-get)?|dnf|yum|apk|pacman|brew|choco)\b[^\n]{0,200}\b(?:install|add|-S)\b[^\n]{0,400}\b(?:mesa-vulkan-drivers|vulkan-swrast|vulkan-dri|mesa-vulkan-swrast|lavapipe|swiftshader|vulkan-icd)"""),
    ('connection-refused',
     r"""(?:\A|^(?![^\n]{0,400}?(?:refused|ECONNREFUSED|time(?:d )?out\b|i/o timeout))[^\n]{0,400}\n)[^\n]{0,400}?(?:(?:^|\| )panic: (?![^\n]{0,400}(?:refused|time(?:d )?out|deadline|no such host|reset|unreachable|\bEOF\b))|\bpanicked at\b(?![^\n]{0,400}(?:refused|time(?:d )?out|reset|unreachable))(?![^\n]{0,400}:[ \t]*\n[^\n]{0,400}(?:refused|time(?:d )?out|reset|unreachable))|\bSegmentation fault\b|\bAPPLICATION FAILED TO START\b|(?:\blevel=fatal\b|"level":"fatal")(?![^\n]{0,400}(?:refused|time(?:d )?out|deadline|no such host|reset|unreachable|\bEOF\b|dial tcp))|\bexited with code [1-9]\d{0,2}\b)[^\n]{0,400}\n(?:[^\n]{0,400}\n){0,40}?[^\n]{0,400}?(?:\bECONNREFUSED\b|\bconnection refused\b|\bactively refused\b|net::ERR_CONNECTION_REFUSED\b|\bconnection to \S{0,200} refused\b)""",
     r"""(?:\A|^(?![^\n]{0,400}?(?:refused|ECONNREFUSED|time(?:d )?out\b|i/o timeout))[^\n]{0,400}\n)[^\n]{0,400}?(?:(?:^|\| )panic: (?![^\n]{0,400}(?:refused|time(?:d )?out|deadline|no such host|reset|unreachable|\bEOF\b))|\bpanicked at\b(?![^\n]{0,400}(?:refused|time(?:d )?out|reset|unreachable))(?![^\n]{0,400}:[ \t]*\n[^\n]{0,400}(?:refused|time(?:d )?out|reset|unreachable))|\bSegmentation fault\b|\bAPPLICATION FAILED TO START\b|(?:\blevel=fatal\b|"level":"fatal")(?![^\n]{0,400}(?:refused|time(?:d )?out|deadline|no such host|reset|unreachable|\bEOF\b|dial tcp))|\bexited with code [1-9]\d{0,2}\b)[^\n]{0,400}\n(?:(?!(?=[^\n]{0,400}\n[^\n]{0,400}?(?:(?:^|\| )panic: (?![^\n]{0,400}(?:refused|time(?:d )?out|deadline|no such host|reset|unreachable|\bEOF\b))|\bpanicked at\b(?![^\n]{0,400}(?:refused|time(?:d )?out|reset|unreachable))(?![^\n]{0,400}:[ \t]*\n[^\n]{0,400}(?:refused|time(?:d )?out|reset|unreachable))|\bSegmentation fault\b|\bAPPLICATION FAILED TO START\b|(?:\blevel=fatal\b|"level":"fatal")(?![^\n]{0,400}(?:refused|time(?:d )?out|deadline|no such host|reset|unreachable|\bEOF\b|dial tcp))|\bexited with code [1-9]\d{0,2}\b)[^\n]{0,400}\n)(?![^\n]{0,400}?(?:refused|ECONNREFUSED|time(?:d )?out\b|i/o timeout))[^\n]{0,400}\n(?![^\n]{0,400}?(?:\bECONNREFUSED\b|\bconnection refused\b|\bactively refused\b|net::ERR_CONNECTION_REFUSED\b|\bconnection to \S{0,200} refused\b)))[^\n]{0,400}\n){0,40}?[^\n]{0,400}?(?:\bECONNREFUSED\b|\bconnection refused\b|\bactively refused\b|net::ERR_CONNECTION_REFUSED\b|\bconnection to \S{0,200} refused\b)"""),
]

# Words of each pattern: marker lines, closing lines (as the catalogue quotes the tools' phrases)
WORDS = {
    "workflow-worker-or-pod-lost": (["[2024-05-02] {x} ERROR - Task failed with exception", "ERROR - Task failed with exception"],
                                    ["KeyError: 'a'", "Traceback: ValueError", "xKeyError", "RecursionError"]),
    "dns-failure": (["web-1 exited with code 1", "app exited with code 137 after", "x exited with code 0"],
                    ["getaddrinfo ENOTFOUND api", "curl: (6) Could not resolve host: web", "no such host"]),
    "data-engine-still-starting": (["trino-1 exited with code 2", "exited with code 12 now"],
                                   ["Trino server is still initializing", "No nodes available to run query"]),
    "unused-dependency-checker-finding": (["cargo-machete found the following unused dependencies in .:",
                                           "  cargo-machete found the following unused dependencies in crates/a"],
                                          ["make: [Makefile:9: machete] Error 1 (ignored)",
                                           "make[2]: [Makefile:9: x] Error 2 (ignored)"]),
    "go-mod-tidy-diff-drift": (["+++ tidy/go.mod", "+++ tidy/go.sum  ", "--- current/go.mod"],
                               ["make: [Makefile:14: tidy-check] Error 1 (ignored)", "make[1]: [a] Error 2 (ignored)"]),
    "connection-refused": (["panic: runtime error: index out of range", "web-1 exited with code 1", "Segmentation fault",
                            "thread 'main' panicked at src/main.rs:3:5:", 'level=fatal msg="bad config"',
                            "panic: dial tcp: connection refused", "request timed out", "read: i/o timeout"],
                           ["Error: connect ECONNREFUSED 127.0.0.1:8080", "curl: (7) Failed to connect: Connection refused",
                            "web-1 exited with code 1, connection refused", "connection to db refused"]),
    "vulkan-loader-no-driver": (["vkCreateInstance: Found no drivers!", "ERROR: vkCreateInstance: Found no drivers! (x)"],
                                ["sudo apt-get install -y mesa-vulkan-drivers", "RUN apk add vulkan-swrast"]),
}
_NOISE = ["", "  ", "compiling module 3 of many", "Downloading pkg.tar.gz (12 kB)", "$ make check", "+ ./run.sh"]


def _compiled(entry: str, source: str) -> re.Pattern[str]:
    return re.compile(source, re.MULTILINE if entry == "go-mod-tidy-diff-drift" else _FLAGS)


def _long(n: int) -> str:
    return ("padding " * (n // 8 + 1))[:n]


def _texts(entry: str, rng: random.Random, count: int) -> list[str]:
    markers, closing = WORDS[entry]
    vocab = [*markers, *closing, *_NOISE, _long(399), _long(400), _long(401), _long(999), _long(1000), _long(1001),
             _long(1999), _long(2001), *(m + " " + _long(400) for m in markers), *(_long(380) + " " + m for m in markers)]
    out = []
    for _ in range(count):
        lines = [rng.choice(vocab) for _ in range(rng.randint(1, 30))]
        if rng.random() < 0.3:  # (a long gap, to meet the window's end)
            at = rng.randrange(len(lines))
            lines[at:at] = [rng.choice(_NOISE)] * rng.choice([38, 39, 40, 41, 198, 199, 200, 201, 400])
        out.append("\n".join(lines) + rng.choice(["", "\n"]))
    return out


def _shaped(entry: str) -> list[str]:
    markers, closing = WORDS[entry]
    m, c = markers[0], closing[0]
    out = []
    for gap in (0, 1, 2, 39, 40, 41, 42, 199, 200, 201, 202, 271, 272, 273, 400):  # (272 lines of 11: 3,000 characters)
        filler = ["noise line"] * gap
        out.append("\n".join([m, *filler, c]))
        out.append("\n".join([m, *filler, m, c]))
        out.append("\n".join([m, *filler[: gap // 2], m, *filler[gap // 2 :], c]))
        out.append("\n".join([m, m, *filler, c]) + "\n")
        out.append("\n".join(["x", m, *filler, c, m]))
        out.append(" ".join(["a" * (gap * 20), m, c]))
    return out


@pytest.mark.parametrize(("entry", "old", "new"), REWRITES, ids=[r[0] for r in REWRITES])
def test_the_catalogue_holds_the_new_pattern_and_not_the_former(entry, old, new):
    sig = builtin_catalogue().get(entry)
    assert sig is not None
    held = [u.pattern for u in sig.unless_log]
    assert new in held and old not in held


@pytest.mark.parametrize(("entry", "old", "new"), REWRITES, ids=[r[0] for r in REWRITES])
def test_former_and_new_answer_alike_on_shaped_texts(entry, old, new):
    before, after = _compiled(entry, old), _compiled(entry, new)
    texts = _shaped(entry)
    answers = [before.search(t) is not None for t in texts]
    assert answers == [after.search(t) is not None for t in texts]
    assert any(answers) and not all(answers)  # (both answers are met)


@pytest.mark.parametrize(("entry", "old", "new"), REWRITES, ids=[r[0] for r in REWRITES])
def test_former_and_new_answer_alike_on_random_texts_of_their_words(entry, old, new):
    before, after = _compiled(entry, old), _compiled(entry, new)
    texts = _texts(entry, random.Random(entry), 400)
    answers = [before.search(t) is not None for t in texts]
    assert answers == [after.search(t) is not None for t in texts]
    assert 10 < sum(answers) < len(texts) - 10


@pytest.mark.parametrize(("entry", "old", "new"), REWRITES, ids=[r[0] for r in REWRITES])
def test_log_search_on_a_long_log_of_markers_answers_as_a_plain_search(entry, old, new):
    markers, closing = WORDS[entry]
    block = "\n".join([markers[0], "compiling module 3 of many", "Downloading pkg.tar.gz (12 kB)", "$ make check"])
    for tail, found in ((closing[0], True), ("all done", False)):
        text = "\n".join([block] * 2500 + [tail, ""])
        for source in (old, new):
            regex = _compiled(entry, source)
            search = LogSearch(text, ascii_lower(text))
            assert search.found(regex) is (regex.search(text) is not None) is found


def test_windows_read_the_group_on_the_fewest_lines():
    """A marker on thousands of lines, the closing words on one: the windows are the closing line's. Until this round
    the first group's lines were read (required_literals puts the longest literals first: here the marker's, on too
    many lines), and the whole log was searched."""
    regex = re.compile(r"\bconnect to the database server\b[^\n]{0,100}\n(?:[^\n]{0,100}\n){0,3}?[^\n]{0,100}\bgave up\b",
                       _FLAGS)
    marker = "connect to the database server now\nnoise\n" * 5000
    text = marker + "gave up\n" + marker
    search = LogSearch(text, ascii_lower(text))
    windows = search.windows(regex)
    assert windows is not None and len(windows) == 1
    assert search.found(regex) and regex.search(text) is not None
    far = marker + "noise\n" * 5 + "gave up\n" + "noise\n" * 5 + marker
    search = LogSearch(far, ascii_lower(far))
    assert search.windows(regex) is not None
    assert not search.found(regex) and regex.search(far) is None


def test_retry_reports_are_built_once_per_log(monkeypatch):
    built: list[str] = []

    class Counted(rules_mod.RetryReports):
        def __init__(self, lowered: str) -> None:
            built.append(lowered)
            super().__init__(lowered)

    monkeypatch.setattr(rules_mod, "RetryReports", Counted)
    log = ("> Task :app:test\n"
           "com.example.ClockTest > ticks FAILED\n    java.lang.AssertionError at ClockTest.java:12\n"
           "com.example.ClockTest > ticks FAILED\n    java.lang.AssertionError at ClockTest.java:12\n"
           "2 tests completed, 1 failed\nFAILURE: Build failed with an exception.\n")
    judge(log)
    assert len(built) == 1
