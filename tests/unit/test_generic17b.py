"""Generic 17b: generic service and drop phrases read as an outage when they are an application's or a test's own text
(pytest's quoted source, a browser test's page snapshot or page text, a matcher quoting a body, a locale's message) or a
drop of the job's own loopback server inside a failing test; near-misses that stay transient (made-up logs)."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, logs, not_surely_transient, reads

CASES: list[tuple[str, str, str]] = [
    # pytest quotes the test's source: the fake SMTP server's 'Try again later' is a literal the test set
    ('pytest-src-try-again', 'real', "    def test_busy_server_raises(fake_smtp):\n        fake_smtp.reply_next(421, 'Try again later')\n        with pytest.raises(SMTPConnectError):\n>           client.connect()\nE       Failed: DID NOT RAISE <class 'smtplib.SMTPConnectError'>\nFAILED tests/test_client.py::test_busy_server_raises - Failed: DID NOT RAISE <class 'smtplib.SMTPConnectError'>\n1 failed, 10 passed in 0.3s\n##[error]Process completed with exit code 1.\n"),
    # the monkeypatched status text is a literal in the quoted source; the failure is an assertion
    ('pytest-src-unavailable-mock', 'real', "=================================== FAILURES ===================================\n_____________________________ test_banner_on_outage _____________________________\n\n    def test_banner_on_outage(client, monkeypatch):\n        monkeypatch.setattr(status, 'fetch', lambda: 'The service is temporarily unavailable')\n        page = client.get('/')\n>       assert b'maintenance' in page.data\nE       AssertionError: assert b'maintenance' in b'<html>...</html>'\n\ntests/test_banner.py:14: AssertionError\n=========================== short test summary info ============================\nFAILED tests/test_banner.py::test_banner_on_outage - AssertionError\n========================= 1 failed, 40 passed in 2.11s =========================\n##[error]Process completed with exit code 1.\n"),
    # the ConnectionResetError is a literal the test injects; it failed on a TypeError
    ('pytest-src-reset', 'real', "    def test_client_recovers(monkeypatch):\n        monkeypatch.setattr(sock, 'recv', raiser(ConnectionResetError('Connection reset by peer')))\n>       assert client.fetch() == b'ok'\nE       TypeError: 'NoneType' object is not callable\n\ntests/test_client.py:31: TypeError\nFAILED tests/test_client.py::test_client_recovers - TypeError: 'NoneType' object is not callable\n1 failed in 0.2s\n##[error]Process completed with exit code 1.\n"),
    # Playwright's page snapshot is the app's own page text; the heading was never drawn
    ('playwright-page-text', 'real', 'Running 12 tests using 2 workers\n  1) [chromium] › checkout.spec.ts:22:5 › checkout › shows order summary\n\n    Error: expect(locator).toBeVisible() failed\n\n    Locator: getByRole(\'heading\', { name: \'Order summary\' })\n    Expected: visible\n    Timeout: 5000ms\n    Error: element(s) not found\n\n    Page snapshot:\n    - main:\n      - heading "Something went wrong"\n      - paragraph: The server is offline. Please try again later.\n\n  1 failed\n    [chromium] › checkout.spec.ts:22:5 › checkout › shows order summary\n  11 passed (24.3s)\n##[error]Process completed with exit code 1.\n'),
    # RSpec quotes the body it searched: the app's page, compared
    ('rspec-output', 'real', 'Failures:\n\n  1) MaintenanceController GET /status renders the banner\n     Failure/Error: expect(response.body).to include(\'down for maintenance\')\n       expected "<html><body><p>Our service is temporarily unavailable. Please try again later.</p></body></html>" to include "down for maintenance"\n     # ./spec/requests/status_spec.rb:12:in `block (2 levels) in <top (required)>\'\n\n5 examples, 1 failure\n##[error]Process completed with exit code 1.\n'),
    # the page's text the test printed, under a failed content expectation
    ('cypress-page-text', 'real', "  1) Login\n       shows dashboard:\n     AssertionError: Timed out retrying after 4000ms: Expected to find content: 'Dashboard' but never did.\n\n  Page contained: Network error: the server is currently unavailable. Please try again in a few minutes.\n\n  12 passing (30s)\n  1 failing\n##[error]Process completed with exit code 1.\n"),
    # a heading of the page under test in the snapshot, not a response the job got
    ('playwright-page-502', 'real', '  1) [firefox] › status.spec.ts:8:3 › status › shows healthy\n\n    Error: expect(page.getByText(\'All systems operational\')).toBeVisible()\n\n    Page snapshot:\n    - heading "502 Bad Gateway"\n    - paragraph: nginx\n\n  1 failed\n##[error]Process completed with exit code 1.\n'),
    # a Rust test's request to its own 127.0.0.1 server, closed mid-message: the server under test
    ('hyper-loopback', 'real', "running 14 tests\ntest proxy::forwards_body ... FAILED\n\nfailures:\n\n---- proxy::forwards_body stdout ----\nthread 'proxy::forwards_body' panicked at tests/proxy.rs:58:10:\ncalled `Result::unwrap()` on an `Err` value: hyper::Error(IncompleteMessage): connection closed before message completed (http://127.0.0.1:38211/upload)\n\nfailures:\n    proxy::forwards_body\n\ntest result: FAILED. 13 passed; 1 failed; 0 ignored\nerror: test failed, to rerun pass `--test proxy`\n##[error]Process completed with exit code 1.\n"),
    # the same at localhost: the project's server dropped the stream
    ('hyper-localhost-reqwest', 'real', '---- server::streams_large_body stdout ----\nthread \'server::streams_large_body\' panicked at src/server.rs:210:37:\nrequest failed: reqwest::Error { kind: Request, url: "http://localhost:43121/stream", source: hyper::Error(IncompleteMessage) }: connection closed before message completed\n\nfailures:\n    server::streams_large_body\n\ntest result: FAILED. 30 passed; 1 failed; 0 ignored\n##[error]Process completed with exit code 1.\n'),
    # gh reports a 503 for the job's own API request
    ('gh-cli-503', 'transient', '+ gh release download v1.2.0 -R acme/tool\nHTTP 503: Service is temporarily unavailable. Please try again later. (https://api.github.com/repos/acme/tool/releases/tags/v1.2.0)\n##[error]Process completed with exit code 1.\n'),
    # Terraform's registry client: the registry asked to be tried later
    ('terraform-registry', 'transient', 'Initializing provider plugins...\n- Finding hashicorp/aws versions matching "~> 5.0"...\n╷\n│ Error: Failed to query available provider packages\n│ \n│ Could not retrieve the list of available versions for provider hashicorp/aws: could not query provider registry for registry.terraform.io/hashicorp/aws: the request failed after 2 attempts, please try again later: 503 Service Unavailable\n╵\n##[error]Process completed with exit code 1.\n'),
    # pip's index answered 503 for the job's download
    ('pip-index', 'transient', 'Collecting requests==2.31.0\n  ERROR: HTTP error 503 while getting https://files.pythonhosted.org/packages/requests-2.31.0.tar.gz\nERROR: Could not install requirement requests==2.31.0 because of HTTP error 503 Server Error: Service is temporarily unavailable for url: https://files.pythonhosted.org/packages/requests-2.31.0.tar.gz\n##[error]Process completed with exit code 1.\n'),
    # the registry's 503 and 'try again later' for the job's login
    ('docker-login-try-later', 'transient', 'Run docker/login-action@v3\nLogging into ghcr.io...\nError: Error response from daemon: Get "https://ghcr.io/v2/": received unexpected HTTP status: 503 Service Unavailable; the registry is temporarily unavailable, try again later\n##[error]Process completed with exit code 1.\n'),
    # an E line: the fixture's request to PyPI got a 503 (E lines stay evidence)
    ('pytest-fixture-real-pypi', 'transient', "==================================== ERRORS ====================================\n___________________ ERROR at setup of test_download_wheel ___________________\n\n    @pytest.fixture\n    def wheel():\n>       return fetch('https://files.pythonhosted.org/packages/x.whl')\n\ntests/conftest.py:8: \n_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _\nE   requests.exceptions.HTTPError: 503 Server Error: Service is temporarily unavailable. Please try again later. for url: https://files.pythonhosted.org/packages/x.whl\n\nvenv/lib/python3.11/site-packages/requests/models.py:1021: HTTPError\nERROR tests/test_dl.py::test_download_wheel - requests.exceptions.HTTPError: 503 Server Error\n1 error in 3.2s\n##[error]Process completed with exit code 1.\n"),
    # cargo's download from crates.io cut off: a remote host
    ('hyper-remote', 'transient', '    Updating crates.io index\nerror: failed to download from `https://static.crates.io/crates/serde/1.0.200/download`\n\nCaused by:\n  [56] Failure when receiving data from the peer (connection closed before message completed)\n##[error]Process completed with exit code 1.\n'),
    # a test's request to github.com cut off: a remote host, not the test's server
    ('rust-test-remote-reset', 'transient', '---- fetch::downloads_fixture stdout ----\nthread \'fetch::downloads_fixture\' panicked at tests/fetch.rs:20:5:\ncalled `Result::unwrap()` on an `Err` value: reqwest::Error { kind: Request, url: "https://github.com/acme/fixtures/raw/main/a.bin", source: hyper::Error(IncompleteMessage) }: connection closed before message completed\n\nfailures:\n    fetch::downloads_fixture\n\ntest result: FAILED. 9 passed; 1 failed; 0 ignored\n##[error]Process completed with exit code 1.\n'),
    # npm's registry connection reset
    ('npm-reset', 'transient', 'npm ERR! code ECONNRESET\nnpm ERR! network aborted\nnpm ERR! network This is a problem related to network connectivity.\n##[error]Process completed with exit code 1.\n'),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # the 'please try again later' is a literal in a helper's quoted source
    ('pytest-src-after-marker', "____________________________ test_retry_message ____________________________\n\n    def test_retry_message():\n        msg = render_error(503)\n>       check(msg)\n\ntests/test_msg.py:9: \n_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _\n\n    def check(msg):\n        if 'please try again later' not in msg:\n>           raise ValueError(msg)\nE           ValueError: unexpected message\n\ntests/test_msg.py:4: ValueError\nFAILED tests/test_msg.py::test_retry_message - ValueError: unexpected message\n1 failed in 0.1s\n##[error]Process completed with exit code 1.\n"),
    # the 'timed out' text is the fake upstream's literal; the test failed on a KeyError
    ('pytest-src-timeout', "    def test_proxy_error_page(client):\n        upstream.respond(504, 'Gateway Timeout: the upstream server timed out')\n>       r = client.get('/proxy')\nE       KeyError: 'X-Request-Id'\n\ntests/test_proxy.py:22: KeyError\nFAILED tests/test_proxy.py::test_proxy_error_page - KeyError: 'X-Request-Id'\n1 failed, 50 passed in 1.2s\n##[error]Process completed with exit code 1.\n"),
    # a label says the line is the page's text (the app under test)
    ('selenium-page-source', '[INFO] Running com.acme.ui.LoginIT\nLoginIT.loginShowsDashboard: page text was: Acme Portal Our service is temporarily unavailable. Please try again later.\n[ERROR] Tests run: 4, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 18.2 s <<< FAILURE! - in com.acme.ui.LoginIT\n[ERROR] loginShowsDashboard(com.acme.ui.LoginIT)  Time elapsed: 10.4 s  <<< ERROR!\norg.openqa.selenium.NoSuchElementException: no such element: Unable to locate element: {"method":"css selector","selector":"#dashboard"}\n[ERROR] Errors: \n[ERROR]   LoginIT.loginShowsDashboard » NoSuchElement no such element: Unable to locate...\n[ERROR] Tests run: 4, Failures: 0, Errors: 1, Skipped: 0\n[INFO] BUILD FAILURE\n##[error]Process completed with exit code 1.\n'),
    # a locale file's message: words the app shows, no service the job met
    ('i18n-missing', '$ node scripts/check-i18n.js\nen.json errors.busy: "The service is temporarily unavailable, please try again later."\nde.json: missing key errors.busy\nfr.json: missing key errors.busy\nError: 2 locales are missing 1 key(s)\n##[error]Process completed with exit code 1.\n'),
    # a locale's 'request timed out' message: a missing translation key, not a timeout
    ('i18n-timeout-msg', '$ node scripts/check-i18n.js\nen.json errors.timeout: "The request timed out. Check your connection and try again."\nde.json: missing key errors.timeout\nError: 1 locale is missing 1 key(s)\n##[error]Process completed with exit code 1.\n'),
    # (leftovers26, was LEFT) an HTML error page under Laravel's status assertion: the feature test's request is handled in
    # the test process, so the page is the application's own answer (laravel_test_response_5xx: http-5xx, proxy-error-page
    # and registry-unavailable pass it over; transient-wording still reads the page's words, unknown)
    ('php-html-body', '1) Tests\\Feature\\HomeTest::test_home_ok\nExpected response status code [200] but received 503.\nThe following exception occurred during the last request:\n\n<!DOCTYPE html><html><body><h1>Service Unavailable</h1><p>The server is temporarily unable to service your request due to maintenance downtime or capacity problems. Please try again later.</p></body></html>\n\nFAILURES!\nTests: 40, Assertions: 80, Failures: 1.\n##[error]Process completed with exit code 1.\n'),
    # (xfail 18, was LEFT) transient-wording passes over a loopback drop on pytest's FAILED line in a failed run, as connection-reset does
    ('python-loopback-reset', 'FAILED tests/test_server.py::test_large_upload - ConnectionResetError: [Errno 104] Connection reset by peer (while posting to http://127.0.0.1:8765/upload)\n1 failed, 20 passed in 3.1s\n##[error]Process completed with exit code 1.\n'),
]

# Read wrong and left (xfail, strict): each comment says why.
LEFT: list[tuple[str, str]] = [
    # LEFT: Jest's console block (the code's console.error, its frame below): the line alone is no different from a client's report;
    # xfail 17b drops console blocks under a PASS verdict only: under FAIL the logged error may be the failing test's cause
    ('jest-console-error', "FAIL src/api/client.test.ts\n  ● client › falls back to cache when backend is down\n\n    console.error\n      Service is temporarily unavailable\n\n      at Object.<anonymous> (src/api/client.test.ts:18:13)\n\n    TypeError: Cannot read properties of undefined (reading 'items')\n\n      at fallback (src/api/client.ts:41:22)\n\nTests:       1 failed, 33 passed, 34 total\n##[error]Process completed with exit code 1.\n"),
]


def test_ids_are_unique() -> None:
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT, LEFT)


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_reads(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


@pytest.mark.xfail(strict=True)
@pytest.mark.parametrize("log", logs(LEFT))
def test_left(log: str) -> None:
    v = judge(log)
    assert not (v.verdict == "transient" and v.confidence >= 0.7), v.rationale
