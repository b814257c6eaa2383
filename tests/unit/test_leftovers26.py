"""Twenty-sixth round, leftovers26: the twenty-fifth round's left items.

Covered: (1) a failed test's own message (CircleCI's test metadata / JUnit, case.failed_tests) in the runner's language:
the engine already read it through the translation table (localized.to_english) for the catalogue, but the check that a
timing-named test really timed out (values_time._timed_out_in) read the raw message, so a test named for a timeout that
failed with "Die Wartezeit für die Verbindung ist abgelaufen" read otherwise than with "Connection timed out"; each row of
the table is checked here in its English twin's place, in ten languages; (2) newman's request line written once, as the
catalogue's fragment newman_request_line, which line_checks now compiles (its one group is the status code); (3)
mojibake: a UTF-8 message shown as Latin-1 or cp1252 ("TemporÃ¤rer Fehler", "Ã‰chec", Cyrillic and Han text so shown)
read as its repaired form where the bytes round-trip and a row of the table then reads it, the evidence the log's own
line.

Where the wording comes from: the localized messages are the table's own rows (localized.py: glibc, apt and git po files,
read there), the twins built from them here, not written out; the mojibake is made here from those rows by the codecs
(UTF-8 bytes decoded as cp1252, its five undefined bytes as Latin-1), not copied from a log; newman's request line is
the leftovers25 shape (postmanlabs/newman lib/reporters/cli/index.js, read in that round). Python's URLError and
ConnectionRefusedError lines, curl's "(6)" and pytest's report lines are recalled, not read here. Hosts, tests and paths
are made up.

The rules the cases hold:
  * a failed test's localized message reads as its English twin (verdict and findings), for a test named for a timeout
    and one that is not, with and without an assertion around the message; English messages read as before;
  * line_checks' newman request line is the catalogue's fragment (the same text, the same flags), with one group;
  * a mojibake line holding a row's message reads as the same line written in UTF-8 (its English twin's reading); the
    evidence shown is the log's own mojibake line; a line whose bytes are no UTF-8 (a genuine "Â©"), or that holds a
    character outside Latin-1/cp1252, or whose repaired text is no row's message, is left as the log has it; a mojibake
    message inside a value a test compares reads as the English twin does there (real).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, logs, not_surely_transient, signatures

from triage_agent.classify import line_checks
from triage_agent.classify.catalogue import _FRAGMENT_FLAGS, builtin_catalogue
from triage_agent.classify.localized import _ROWS, to_english

_GA = "##[error]Process completed with exit code 1.\n"
_GL = "ERROR: Job failed: exit code 1\n"
_CI = "Exited with code exit status 1\n"

_UNDEFINED_CP1252 = (0x81, 0x8D, 0x8F, 0x90, 0x9D)


def mojibake(text: str) -> str:
    """``text``'s UTF-8 bytes shown one to a character as cp1252 (its undefined bytes as Latin-1), as a Windows console or
    a log viewer that took UTF-8 for cp1252 shows them."""
    return "".join(bytes([b]).decode("cp1252") if 0x80 <= b < 0xA0 and b not in _UNDEFINED_CP1252 else chr(b)
                   for b in text.encode())


def _filled(fmt: str) -> str:
    return fmt.replace("%lu", "3").replace("%s", "mirror.example.org", 1).replace("%s", "443", 1).replace(
        "%s", "10.0.0.7")


# --- (1) a failed test's own message in the runner's language ----------------------------------------------------

_LANGS = ("de", "fr", "es", "pt_BR", "it", "ru", "pl", "zh_CN", "ja", "ko")
# the table's rows of a network outage or timeout (glibc's strerror and gai_strerror, apt's connect and resolve lines)
_OUTAGE = {"Connection refused", "Connection reset by peer", "Connection timed out", "Network is unreachable",
           "Temporary failure in name resolution", "Could not connect to %s:%s (%s), connection timed out",
           "Temporary failure resolving '%s'"}
_MESSAGE_ROWS = sorted({(lang, src, en, loc) for src, lang, en, loc in _ROWS if lang in _LANGS and en in _OUTAGE})

# (the test's name and class, and the log's failing line for it: a test named for a timeout, one that is not)
_TESTS = {
    "timing-name": ("test_request_timeout", "tests.test_api",
                    "FAILED tests/test_api.py::test_request_timeout - AssertionError\n1 failed in 2.04s\n" + _CI),
    "go-timing-name": ("TestDialTimeout", "shop/orders", "--- FAIL: TestDialTimeout (0.01s)\nFAIL\n" + _CI),
    "plain-name": ("test_orders", "tests.test_api", "Running tests\nTests failed: 1\n" + _CI),
}
_FORMS = {"bare": "{m}", "assertion": "AssertionError: {m}\nassert False", "errno": "OSError: [Errno 110] {m}"}


def _judged(test: str, form: str, message: str):
    name, classname, log = _TESTS[test]
    return judge(log, failed_tests=[{"name": name, "classname": classname, "message": _FORMS[form].format(m=message)}])


@pytest.mark.parametrize("test", sorted(_TESTS))
@pytest.mark.parametrize("form", sorted(_FORMS))
@pytest.mark.parametrize(("lang", "src", "english", "localized"), _MESSAGE_ROWS,
                         ids=[f"{lang}-{src}-{en[:24]}" for lang, src, en, _ in _MESSAGE_ROWS])
def test_localized_test_message_reads_as_english_twin(test, form, lang, src, english, localized):
    twin = _judged(test, form, _filled(english))
    read = _judged(test, form, _filled(localized))
    assert (read.verdict, signatures(read)) == (twin.verdict, signatures(twin)), (lang, read.rationale, twin.rationale)


def test_rows_cover_every_language():
    assert {lang for lang, *_ in _MESSAGE_ROWS} == set(_LANGS)
    assert len(_MESSAGE_ROWS) >= 60


# (English messages read as before this round: a test named for a timeout that failed on a connection timing out is a
# flake; one that failed on a compared value is not)
ENGLISH = [
    ("timing-name", "assertion", "Connection timed out", "transient"),
    ("go-timing-name", "assertion", "Connection timed out", "transient"),
    ("timing-name", "bare", "Connection refused", "transient"),
    ("plain-name", "bare", "Connection timed out", "transient"),
    ("timing-name", "assertion", "expected 3 orders, got 2", "real"),
    ("plain-name", "assertion", "expected 3 orders, got 2", "real"),
]


@pytest.mark.parametrize(("test", "form", "message", "verdict"), ENGLISH)
def test_english_test_message_reads_as_before(test, form, message, verdict):
    assert _judged(test, form, message).verdict == verdict


def test_english_test_message_is_not_translated():
    for _, _, message, _ in ENGLISH:
        assert to_english(message) == (message, {})


def test_localized_test_message_evidence_is_its_own_text():
    v = _judged("timing-name", "errno", "Die Wartezeit für die Verbindung ist abgelaufen")
    assert v.verdict == "transient", v.rationale
    assert any("Die Wartezeit für die Verbindung ist abgelaufen" in f.line for f in v.findings), v.findings
    assert not any("Connection timed out" in f.line for f in v.findings), v.findings


# --- (2) newman's request line: one source ------------------------------------------------------------------------

def test_newman_request_line_is_the_catalogue_fragment():
    (fragment,) = builtin_catalogue().fragments["newman_request_line"]
    regex = line_checks._newman_request()
    assert regex.pattern == fragment
    assert regex.flags & _FRAGMENT_FLAGS == _FRAGMENT_FLAGS
    assert regex.groups == 1
    m = regex.match("  GET https://postman-echo.com/status/503 [503 Service Unavailable, 312B, 48ms]")
    assert m is not None and m.group(1) == "503"
    assert regex.match("  GET https://postman-echo.com/get [OK, 312B, 48ms]") is None


# --- (3) mojibake --------------------------------------------------------------------------------------------------

_PY_TRACE = ("Traceback (most recent call last):\n  File \"C:\\agent\\_work\\1\\s\\fetch.py\", line 9, in <module>\n"
             "    urllib.request.urlopen(URL)\n")

CASES = [
    ("moji-urlerror-de", "transient",
     _PY_TRACE + "urllib.error.URLError: <urlopen error [Errno -3] " + mojibake("Temporärer Fehler bei der Namensauflösung")
     + ">\n" + _GL),
    ("moji-curl-fr", "transient",
     "$ curl -fsSL https://mirror.example.org/pkg.tar.gz -o pkg.tar.gz\ncurl: (6) "
     + mojibake("Échec temporaire dans la résolution du nom") + "\n" + _GA),
    ("moji-refused-ru", "transient",
     _PY_TRACE + "ConnectionRefusedError: [Errno 111] " + mojibake("В соединении отказано") + "\n"
     "urllib.error.URLError: <urlopen error [Errno 111] " + mojibake("В соединении отказано") + ">\n" + _GL),
    ("moji-apt-de", "transient",
     "$ apt-get update\nErr:1 http://deb.debian.org/debian bookworm InRelease\n  "
     + mojibake("Temporärer Fehlschlag beim Auflösen von »deb.debian.org«") + "\n"
     "W: " + mojibake("Fehlschlag beim Holen von http://deb.debian.org/debian/dists/bookworm/InRelease")
     + "  " + mojibake("Temporärer Fehlschlag beim Auflösen von »deb.debian.org«") + "\n" + _GA),
    ("moji-reset-zh", "transient",
     _PY_TRACE + "ConnectionResetError: [Errno 104] " + mojibake("连接被对方重置") + "\n" + _GL),
    # (a value the test compares, mojibake or not, is the test's own: read as the English twin reads it there)
    ("moji-compared-value-de", "real",
     "FAILED tests/test_messages.py::test_dns_error_text - AssertionError: assert '"
     + mojibake("Temporärer Fehler bei der Namensauflösung") + "' == 'Temporärer Fehler bei der Namensauflösung.'\n"
     "1 failed in 0.12s\n" + _GA),
    # (mojibake that is no row's message: a product's own text, left as it is)
    ("moji-no-row-de", "real",
     "$ python -m pytest -q\nFAILED tests/test_i18n.py::test_umlaut - AssertionError: assert '"
     + mojibake("Änderung übernommen") + "' == 'Änderung übernommen'\n1 failed in 0.08s\n" + _GA),
]

@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_reads(verdict, log):
    v = judge(log)
    assert v.verdict == verdict, v.rationale


def test_unique_ids():
    assert_unique_ids(CASES)


@pytest.mark.parametrize("log", logs([(cid, log) for cid, _, log in CASES]))
def test_case_logs_are_short(log):
    assert 0 < len(log) < 2000


@pytest.mark.parametrize(("lang", "src", "english", "localized"), _MESSAGE_ROWS,
                         ids=[f"{lang}-{src}-{en[:24]}" for lang, src, en, _ in _MESSAGE_ROWS])
def test_mojibake_row_reads_as_its_utf8_line(lang, src, english, localized):
    line = f"error: {_filled(localized)}"
    assert to_english(mojibake(line))[0] == to_english(line)[0] != line
    if 0x9D in line.encode():
        # (left: byte 0x9D, undefined in cp1252, shows as U+009D, which the engine's terminal-escape stripping reads as
        # an OSC sequence's start before the translation: the line's rest is gone, so it reads as it did before)
        return
    log = _PY_TRACE + line + "\n" + _GL
    read, clean = judge(_PY_TRACE + mojibake(line) + "\n" + _GL), judge(log)
    assert (read.verdict, signatures(read)) == (clean.verdict, signatures(clean)), (read.rationale, clean.rationale)


def test_mojibake_evidence_is_the_logs_own_line():
    shown = mojibake("Temporärer Fehler bei der Namensauflösung")
    v = judge(_PY_TRACE + f"urllib.error.URLError: <urlopen error [Errno -3] {shown}>\n" + _GL)
    assert v.verdict == "transient", v.rationale
    assert any(shown in f.line for f in v.findings), v.findings


_SHOWN = mojibake("Temporärer Fehler bei der Namensauflösung")


@pytest.mark.parametrize("line", [
    "Copyright Â© 2026 Example GmbH",  # (repairs to "Copyright © 2026 ...": no row's message)
    "x Ã©chec",  # (repairs to "x échec": no row's message)
    "a real Ω: " + _SHOWN,  # (a character outside Latin-1/cp1252)
    "Ã( " + _SHOWN,  # (bytes that are no UTF-8: "Ã(" is C3 28)
    "déjà vu: " + _SHOWN,  # (genuine Latin-1 letters beside the pairs: their bytes are no UTF-8)
    "Â© " + mojibake(mojibake("Temporärer Fehler bei der Namensauflösung")),  # (shown wrong twice: one repair is not enough)
])
def test_mojibake_not_repaired(line):
    assert to_english(line) == (line, {})


def test_lines_stay_the_same_in_number():
    text = "a\n" + mojibake("Verbindungsaufbau abgelehnt") + "\nb\n" + mojibake("Änderung") + "\n"
    out, shown = to_english(text)
    assert out.split("\n") == ["a", "Connection refused", "b", mojibake("Änderung"), ""]
    assert shown == {"Connection refused": mojibake("Verbindungsaufbau abgelehnt")}


# --- (4) strict xfails read right now ------------------------------------------------------------------------------

_RATE_BODY = ('# {"message":"API rate limit exceeded for 20.1.2.3. (But here\'s the good news: Authenticated requests get a '
              'higher rate limit.)"}\n')
_LARAVEL_PAGE = ("<!DOCTYPE html><html><head><title>Service Unavailable</title></head><body><h1>Service Unavailable</h1>"
                 "<p>The server is temporarily unable to service your request. Please try again later.</p></body></html>\n")

XFAIL_CASES = [
    # (auth-failure: GitHub answers a spent rate limit with 403 and its body; the 403 above the body is no credential)
    ("gh-403-then-rate-limit-body", "transient",
     "1..2\nok 1 parses config\nnot ok 2 fetches latest release\n#   `run ./bin/latest-release acme/cli' failed\n"
     "# curl: (22) The requested URL returned error: 403\n" + _RATE_BODY + _GA),
    ("gh-403-then-secondary-rate-limit", "transient",
     "$ node scripts/release-notes.js\nError: Request failed with status code 403\n"
     "  message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'\n" + _GA),
    # (a 403 with no rate-limit body near it stays credentials)
    ("gh-403-bare", "real",
     "$ ./bin/latest-release acme/cli\ncurl: (22) The requested URL returned error: 403\n" + _GA),
    ("gh-403-other-body", "real",
     "$ ./bin/latest-release acme/cli\ncurl: (22) The requested URL returned error: 403\n"
     '{"message":"Resource not accessible by integration","documentation_url":"https://docs.github.com/rest"}\n' + _GA),
    # (Laravel's status assertion: the feature test's request is answered inside the test process)
    ("laravel-503-page-under-assert", "unknown",
     "1) Tests\\Feature\\HomeTest::test_home_ok\nExpected response status code [200] but received 503.\n"
     "The following exception occurred during the last request:\n\n" + _LARAVEL_PAGE
     + "\nFAILURES!\nTests: 40, Assertions: 80, Failures: 1.\n" + _GA),
    ("laravel-500-page-under-assert", "real",
     "  FAILED  Tests\\Feature\\OrdersTest > lists orders\n  Expected response status code [200] but received 500.\n"
     "  Failed asserting that 500 is identical to 200.\n\n  <!DOCTYPE html><html><body><h1>Server Error</h1></body></html>\n"
     "\n  Tests:    1 failed, 39 passed (80 assertions)\n" + _GA),
    # (the same page fetched by curl from a remote host is still the host's outage)
    ("curl-503-page-remote", "transient",
     "$ curl -fsS https://downloads.example.org/tool.tgz -o tool.tgz\n"
     "curl: (22) The requested URL returned error: 503\n" + _LARAVEL_PAGE + _GA),
]

NOT_SURELY_TRANSIENT = [(cid, log) for cid, verdict, log in XFAIL_CASES if verdict == "unknown"]


@pytest.mark.parametrize(("verdict", "log"), labelled([c for c in XFAIL_CASES if c[1] != "unknown"]))
def test_xfail_pass_reads(verdict, log):
    v = judge(log)
    assert v.verdict == verdict, v.rationale


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_xfail_pass_not_surely_transient(log):
    not_surely_transient(log)


def test_xfail_pass_ids_unique():
    assert_unique_ids(CASES, XFAIL_CASES)


LONG_LINE_WORDS = [
    mojibake("Temporärer Fehler bei der Namensauflösung"), mojibake("连接被对方重置"), "Ã¤Ã",
    "  GET https://postman-echo.com/get [503 Service Unavailable, 1B, 1ms]",
    "returned error: 403\n", "status code 403\n", "API rate limit exceeded", "Expected response status code [200] but received 503.\n",
    "<!DOCTYPE html>", "temporarily unable",
]
