"""(prec28) Transient precision on short excerpts: words of trouble inside what a test compared are the test's data,
whatever the trouble (a lost agent, a full disk, memory, a port, not only the network); the source and arguments of a
pytest frame are code even where an excerpt lost their indentation; a PHP run-tests diff below another test's FAIL line is
that next test's. The same words on the job's own lines, and an error a test's client really met, still read transient.

Every line here was written for the test (none is copied from a project's CI or a dataset)."""

from __future__ import annotations

import pytest
from judging import judge, signatures

from triage_agent.classify.compared_reports import _in_labelled_pair, values_are_data
from triage_agent.classify.test_layout import _pytest_short_source_lines, _pytest_source_lines

# Words of the job's trouble, as a program under test may return them in a value.
WORDS = {
    "reset": "connection reset by peer",
    "503": "503 Service Unavailable",
    "agent": "agent lost",
    "timed-out": "operation timed out",
    "disk": "no space left on device",
    "heartbeat": "heartbeat timeout. Attempting to re-establish connection",
    "runner": "The runner has received a shutdown signal",
    "oom": "Out of memory: Killed process 311 (java)",
    "port": "bind: address already in use",
    "job-limit": "The job running on runner R2 has exceeded the maximum execution time of 360 minutes.",
    "no-output": "Too long with no output (exceeded 10m0s): context deadline exceeded",
}


def _exunit(w: str, indent: str = "     ") -> str:
    return (f"  1) test renders the banner (Shop.BannerTest)\n{indent}test/shop/banner_test.exs:12\n"
            f"{indent}Assertion with == failed\n{indent}code:  assert render(msg) == expected\n"
            f'{indent}left:  "<p>{w}</p>"\n{indent}right: "<p>ok</p>"\n{indent}stacktrace:\n'
            f"{indent}  test/shop/banner_test.exs:14: (test)\n")


# Each framework's report of two values compared, the got side holding the words.
FRAMEWORKS = {
    "exunit": _exunit,
    "exunit-flush-left": lambda w: _exunit(w, indent=""),
    "pytest": lambda w: (
        "___________________________ test_banner ___________________________\n\n    def test_banner():\n"
        f'>       assert render_status(7) == "ok"\nE       AssertionError: assert \'{w}\' == \'ok\'\n'
        f"E         - ok\nE         + {w}\n\ntests/test_banner.py:8: AssertionError\n"),
    "jest": lambda w: (
        "  ● Banner › renders the status\n\n    expect(received).toBe(expected) // Object.is equality\n\n"
        f'    Expected: "ok"\n    Received: "{w}"\n\n      10 |   it("renders the status", () => {{\n'),
    "rspec": lambda w: (
        '  1) Banner renders the status\n     Failure/Error: expect(banner.text).to eq("ok")\n\n'
        f'       expected: "ok"\n            got: "{w}"\n\n       (compared using ==)\n'),
    "junit": lambda w: (
        f"org.junit.ComparisonFailure: expected:<[ok]> but was:<[{w}]>\n"
        "\tat org.junit.Assert.assertEquals(Assert.java:115)\n\tat com.acme.BannerTest.renders(BannerTest.java:21)\n"),
    "go-one-line": lambda w: (
        f'--- FAIL: TestBanner (0.00s)\n    banner_test.go:18: Render(7) = "{w}", want "ok"\nFAIL\n'),
    "go-got-want": lambda w: (
        f'--- FAIL: TestBanner (0.00s)\n    banner_test.go:18: got: "{w}"\n        want: "ok"\nFAIL\n'),
    "unittest": lambda w: (
        "FAIL: test_banner (tests.test_banner.BannerTest)\n" + "-" * 70 + "\nTraceback (most recent call last):\n"
        '  File "/src/tests/test_banner.py", line 9, in test_banner\n    self.assertEqual(render(7), "ok")\n'
        f"AssertionError: '{w}' != 'ok'\n- {w}\n+ ok\n"),
    "rust": lambda w: (
        "thread 'banner::tests::renders' panicked at src/banner.rs:40:9:\nassertion `left == right` failed\n"
        f'  left: "{w}"\n right: "ok"\n'),
    "testify": lambda w: (
        "--- FAIL: TestBanner (0.00s)\n    banner_test.go:14:\n        \tError:      \tNot equal:\n"
        f'        \t            \texpected: "ok"\n        \t            \tactual  : "{w}"\n'),
    "phpunit": lambda w: (
        "1) Acme\\Tests\\BannerTest::testRender\nFailed asserting that two strings are equal.\n--- Expected\n"
        f"+++ Actual\n@@ @@\n-'ok'\n+'{w}'\n\n/src/tests/BannerTest.php:12\n"),
    "nunit": lambda w: f'  Failed Render [12 ms]\n  Error Message:\n  Expected: "ok"\n  But was:  "{w}"\n',
    "hamcrest": lambda w: (
        f'java.lang.AssertionError:\nExpected: is "ok"\n     but: was "{w}"\n'
        "\tat org.hamcrest.MatcherAssert.assertThat(MatcherAssert.java:20)\n"),
    "mocha": lambda w: (
        f"  1) Banner\n       renders:\n\n      AssertionError: expected '{w}' to equal 'ok'\n"
        f"      + expected - actual\n\n      -{w}\n      +ok\n"),
}


@pytest.mark.parametrize("framework", sorted(FRAMEWORKS))
@pytest.mark.parametrize("word", sorted(WORDS))
def test_trouble_words_in_compared_values_are_the_tests_data(framework, word):
    v = judge(FRAMEWORKS[framework](WORDS[word]))
    assert v.verdict != "transient", v.rationale


def test_a_minified_value_holding_a_heartbeat_timeout_reads_as_the_assertion():
    """An ExUnit comparison of two long bundles (one line each) whose text holds a client's reconnect messages."""
    bundle = 'function(){var t=this;this.log(\\"transport\\",\\"heartbeat timeout. Attempting to re-establish connection\\")}'
    log = ("1) test assets are in sync (Shop.AssetsTest)\ntest/shop/assets_test.exs:30\nAssertion with == failed\n"
           "code:  assert File.read!(a) == File.read!(b)\n"
           f'left:  "{bundle * 200}x"\nright: "{bundle * 200}y"\nstacktrace:\ntest/shop/assets_test.exs:31: (test)\n')
    v = judge(log)
    assert v.verdict != "transient", v.rationale
    assert "agent-unresponsive" not in signatures(v)


def test_a_go_tests_got_and_want_lines_are_a_labelled_pair():
    lines = ['    cart_test.go:18: got: "no space left on device"', '        want: "ok"']
    assert _in_labelled_pair(lines, 0) and _in_labelled_pair(lines, 1)
    # ... but not where the test wanted no error: the error is what its code ran into
    lines = ['    cart_test.go:18: got: dial tcp 10.0.0.1:443: connection reset by peer', "        want: nil"]
    assert not _in_labelled_pair(lines, 0)


def test_which_entries_read_compared_values_as_data():
    for category in ("network", "infrastructure", "resource", "port", "rate-limit"):
        assert values_are_data("transient", category, "x")
    assert values_are_data("transient", "timeout", "test-timeout")
    assert values_are_data("transient", "timeout", "ci-job-time-limit")
    # a flaky test's signs are read in its values by design, and a real entry is no trouble the job met
    assert not values_are_data("transient", "flaky-test", "elapsed-time-near-bound")
    assert not values_are_data("transient", "timeout", "test-timing")
    assert not values_are_data("real", "network", "x")


# The same words on the job's own lines: trouble the job met.
OWN_LINES = {
    "disk": "$ npm ci\nnpm ERR! code ENOSPC\nnpm ERR! syscall write\nnpm ERR! nospc ENOSPC: no space left on device, write\n",
    "runner": ("Run npm test\n##[error]The runner has received a shutdown signal. This can happen when the runner service"
               " is stopped, or a manually started runner is canceled.\n##[error]The operation was canceled.\n"),
    "reset": ("$ pip install -r requirements.txt\nCollecting requests==2.31.0\nERROR: Could not install packages due to"
              " an OSError: ('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))\n"),
    "503": ("$ sudo apt-get update\nErr:5 http://archive.ubuntu.com/ubuntu jammy-updates InRelease\n"
            "  503  Service Unavailable [IP: 203.0.113.7 80]\nE: Failed to fetch http://archive.ubuntu.com/ubuntu/dists/"
            "jammy-updates/InRelease  503  Service Unavailable [IP: 203.0.113.7 80]\n"),
    # (a tool's line whose words, blanked, would read as unittest's "ERROR: test_x (m.T)")
    "disk-errno": "$ cp -r build /mnt/out\nError: No space left on device (28)\n",
    "agent": ("Waiting for an agent to pick up the job...\nThe agent lost communication with the server. Verify the"
              " machine is running and has a healthy network connection.\n"),
}


@pytest.mark.parametrize("name", sorted(OWN_LINES))
def test_the_same_words_on_the_jobs_own_lines_read_transient(name):
    v = judge(OWN_LINES[name])
    assert v.verdict == "transient", v.rationale


# A test whose HTTP client really met a reset from a public host: the error it ran into, in the "E" lines.
PUBLIC_RESET = {
    "pytest": ("___________________________ test_fetch_release ___________________________\n\n"
               "    def test_fetch_release():\n"
               '>       r = requests.get("https://api.github.com/repos/acme/tool/releases/latest", timeout=10)\n\n'
               "tests/test_release.py:7:\n" + "_ " * 20 + "\n"
               "E   requests.exceptions.ConnectionError: ('Connection aborted.', ConnectionResetError(104,"
               " 'Connection reset by peer'))\n\n/usr/lib/python3/site-packages/requests/adapters.py:501: ConnectionError\n"),
    "pytest-flush-left": (
        "___________________________ test_fetch_release ___________________________\ndef test_fetch_release():\n"
        '>       r = requests.get("https://api.github.com/repos/acme/tool/releases/latest", timeout=10)\n'
        "E       requests.exceptions.ConnectionError: ('Connection aborted.', ConnectionResetError(104,"
        " 'Connection reset by peer'))\ntests/test_release.py:7: ConnectionError\n"),
    "go-want-nil": ('--- FAIL: TestFetch (30.01s)\n    fetch_test.go:22: got: Get "https://proxy.golang.org/acme/@v/list":'
                    " read tcp 10.1.0.4:51234->192.0.2.10:443: read: connection reset by peer\n        want: nil\nFAIL\n"),
}


@pytest.mark.parametrize("name", sorted(PUBLIC_RESET))
def test_a_reset_the_tests_client_met_from_a_public_host_reads_transient(name):
    v = judge(PUBLIC_RESET[name])
    assert v.verdict == "transient", v.rationale


def test_a_compared_value_beside_an_outage_the_job_met_after_it_reads_transient():
    log = _exunit("heartbeat timeout") + (
        '\n** (File.Error) could not write to file "_build/test/lib/shop/.mix/compile.lock": no space left on device\n')
    v = judge(log)
    assert v.verdict == "transient" and "disk-full" in signatures(v), v.rationale
    assert "agent-unresponsive" not in signatures(v)


def test_a_failed_tests_title_naming_a_kill_keeps_the_entry_that_reads_it():
    """ava's own line for a test file the OS killed, under its failure mark: the entry's match holds the mark."""
    log = ("  ✔ parse › reads the banner\n\n  ✘ test/parse.js exited due to SIGKILL\n\n  ─\n\n  9 tests passed\n"
           "  1 uncaught exception\n##[error]Process completed with exit code 1.\n")
    v = judge(log)
    assert v.verdict == "transient", v.rationale


def test_a_tools_line_that_reads_like_a_comparison_keeps_its_entry():
    """An entry whose own pattern holds the words of a comparison (a tool's checksum report) reads its line: the
    compared-values wording is looked for outside the entry's match."""
    log = ("Downloading Linux x64 tools...\nExpected https://storage.example.com/infra/abc/linux-x64/tools.zip to have"
           " md5 checksum AAAA==, but was BBBB==. This may indicate a problem with your connection to the Flutter"
           " backend servers. Please re-try the download after confirming that your network connection is stable.\n"
           "##[error]Process completed with exit code 1.\n")
    v = judge(log)
    assert v.verdict == "transient", v.rationale


# A pytest long report of a test's request to a service of its own compose file (a dotless host that does not
# resolve), the library's frame quoted with its source: here flush left, as an excerpt that lost indentation shows it.
_LIBRARY_SOURCE = [
    "def send(self, request, timeout=None):",
    '"""Sends the request.',
    ":param timeout: how long to wait for the server before giving up, as a float, or a (connect timeout,",
    'read timeout) tuple."""',
    "conn = self.get_connection(request.url)",
    "try:",
    "resp = conn.urlopen(method=request.method, url=request.url, timeout=timeout)",
    "except TypeError:",
    "raise",
    "except MaxRetryError as e:",
    "if isinstance(e.reason, ConnectTimeoutError):",
    "if not isinstance(e.reason, NewConnectionError):",
    "raise ConnectTimeout(e, request=request)",
    "if isinstance(e.reason, _ProxyError):",
    "raise ProxyError(e, request=request)",
]
_DOTLESS_E = ("E           ConnectionError: HTTPConnectionPool(host='webapp', port=80): Max retries exceeded with url:"
              " /status (Caused by NewConnectionError('<HTTPConnection object at 0x7f00>: Failed to establish a new"
              " connection: [Errno -2] Name does not resolve'))")


def _dotless_report(indent: str, padding: int = 0) -> str:
    source = [indent + ln for ln in _LIBRARY_SOURCE[:5] + ["pass"] * padding + _LIBRARY_SOURCE[5:]]
    return "\n".join([
        "__________________________ test_status_page ___________________________",
        "compose = <harness.Compose object at 0x7f01>", "client = <harness.Client object at 0x7f02>",
        indent + "def test_status_page(compose, client):",
        '>       r = client.get("http://webapp/status")', "test_status.py:4:",
        "_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _",
        "harness.py:83: in get", indent + "return self.session.get(*args, **kwargs)",
        "lib/requests/sessions.py:596: in send", indent + "r = adapter.send(request, **kwargs)",
        "_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _",
        "self = <requests.adapters.HTTPAdapter object at 0x7f03>", "request = <PreparedRequest [GET]>",
        *source,
        ">           raise ConnectionError(e, request=request)", _DOTLESS_E,
        "lib/requests/adapters.py:487: ConnectionError", ""])


@pytest.mark.parametrize("indent,padding", [("", 0), ("    ", 0), ("    ", 80)], ids=["flush-left", "indented",
                                                                                    "indented-long-function"])
def test_a_frames_source_is_code_and_the_dotless_host_reads(indent, padding):
    v = judge(_dotless_report(indent, padding))
    assert v.verdict != "transient", v.rationale
    assert "dotless-service-host-not-found" in signatures(v)
    assert not {"network-timeout", "network-unreachable"} & signatures(v)


def test_the_frame_readers_take_the_source_and_arguments_not_the_e_lines():
    lines = _dotless_report("").split("\n")
    lowered = "\n".join(lines).lower()
    source = _pytest_source_lines(lines, lowered) | _pytest_short_source_lines(lines, lowered)
    at = {ln: i for i, ln in enumerate(lines)}
    assert at["raise ConnectTimeout(e, request=request)"] in source
    assert at["request = <PreparedRequest [GET]>"] in source
    assert at["return self.session.get(*args, **kwargs)"] in source
    assert at[_DOTLESS_E] not in source
    assert at["lib/requests/adapters.py:487: ConnectionError"] not in source


def test_an_earlier_links_e_lines_stay_evidence_in_a_flush_left_chain():
    """A chained traceback without indentation: the first link's "E" lines (the timeout the client met) are what was
    raised; the walk up from the second link's ">" line stops at them."""
    log = "\n".join([
        "__________________________ test_download ___________________________",
        "def test_download():",
        '>       data = fetch("https://downloads.example.org/data.csv")',
        "tests/test_download.py:5:",
        "_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _",
        "def fetch(url):",
        ">       return urlopen(url, timeout=5).read()",
        "E       urllib.error.URLError: <urlopen error [Errno 110] Connection timed out>",
        "src/fetch.py:9: URLError",
        "During handling of the above exception, another exception occurred:",
        "def test_download():",
        '>       raise RuntimeError("download failed")',
        "E       RuntimeError: download failed",
        "tests/test_download.py:7: RuntimeError", ""])
    lines = log.split("\n")
    assert lines.index("E       urllib.error.URLError: <urlopen error [Errno 110] Connection timed out>") not in (
        _pytest_source_lines(lines, log.lower()))
    v = judge(log)
    assert v.verdict == "transient", v.rationale


def _phpt(title: str, diff: list[str]) -> list[str]:
    return ["", "========DIFF========", *diff, "========DONE========", f"FAIL {title} [tests/{title.lower()}.phpt]"]


_PORT_DIFF = ["001+ ERROR: unable to bind listening socket for address '127.0.0.1:9100': Address already in use (98)",
              "002+ ERROR: server did not start"]


def test_a_port_taken_in_the_next_tests_diff_below_a_failed_test_reads_as_that_failure():
    """PHP's run-tests prints a failed test's diff above its FAIL line: a port taken in the second test's diff is below
    the first test's failure, which it does not explain (that test's own server may hold the port)."""
    log = "\n".join(["PASS Server starts [tests/start.phpt]",
                     *_phpt("Reload", ["001+ ERROR: No terminating lines"]),
                     *_phpt("Restart", _PORT_DIFF), ""])
    v = judge(log)
    assert v.verdict != "transient", v.rationale


def test_a_port_taken_in_the_only_failed_tests_diff_reads_transient():
    log = "\n".join(["PASS Server starts [tests/start.phpt]", *_phpt("Restart", _PORT_DIFF), ""])
    v = judge(log)
    assert v.verdict == "transient" and "port-in-use" in signatures(v), v.rationale
