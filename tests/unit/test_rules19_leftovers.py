"""Three readings the previous round left open (nineteenth round, leftovers).

1. A download answered 403 with no credentials beside it (curl -f, wget, busybox wget, Nix's file transfer, the go
   command, @actions/tool-cache): a public archive's 403 is as often a block of the runner's address, a bot wall or a
   throttle as a file closed to the job (issues: marienz/nix-doom-emacs-unstraightened#49 sourcehut blocking cloud
   providers, MatthewCroughan/NixThePlanet#34, actions/toolkit#986, easybuilders/easybuild-framework#5225 Anubis; and
   403s that held, nix-community/home-manager#2996). It no longer reads "refused access" at 0.93-0.97: the catalogue's
   anonymous-fetch-forbidden weighs it low (placement.py _anonymous_refusals). A token, -u or an Authorization header
   beside it keeps it at full weight, and so do npm's publish refusal and S3's AccessDenied for a key that is not there
   (aws docs: 403 for a missing key without s3:ListBucket). A bot wall's page (Cloudflare's "Just a moment...", Anubis's
   "Making sure you're not a bot!") or a Retry-After header reads transient (fetch-bot-wall).
2. curl cut short (exit 28, 18, 56, 6, 7 to a remote host) piped into jq: the checker read an empty or cut body, so jq
   is no deterministic tool there (structure.py _reads_failed_fetch). jq on an error page with no curl error, or on a
   repository file, keeps its reading.
3. An outage inside one failing test's report beside another failing test's compared values (Surefire, pytest, Jest,
   go test, RSpec): the mismatch decides (placement.py _beside_other_mismatch); a single test's outage stays transient, and
   a mismatch that shows damage (0, None) or names the outage's host keeps the outage a possible cause.

Wording: curl's "curl: (N) ..." lines and wget's lines recalled; Nix's from NixOS/nix filetransfer.cc; the test
runners' layouts as the existing engine tests write them. Logs are short and written for these tests.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, logs, not_surely_transient, reads

# --- 1. anonymous 403 -------------------------------------------------------------------------------------------

CURL_403 = """$ curl -fsSL https://ftp.gnu.org/gnu/bison/bison-3.8.tar.xz -o bison.tar.xz
curl: (22) The requested URL returned error: 403
Error: Process completed with exit code 22."""
WGET_403 = """+ wget https://sourceware.org/pub/valgrind/valgrind-3.22.0.tar.bz2
--2025-01-10 10:00:00--  https://sourceware.org/pub/valgrind/valgrind-3.22.0.tar.bz2
Connecting to sourceware.org (sourceware.org)|8.43.85.97|:443... connected.
HTTP request sent, awaiting response... 403 Forbidden
2025-01-10 10:00:01 ERROR 403: Forbidden.
script returned exit code 8"""
NIX_403 = """error: unable to download 'https://git.sr.ht/~acme/tool/archive/3632cc77.tar.gz': HTTP error 403

       response body:

       <center><h1>403 Forbidden</h1></center>
error: builder for '/nix/store/abc-source.drv' failed with exit code 1"""
GO_PROXY_403 = """go: downloading example.com/foo v1.2.3
go: example.com/foo@v1.2.3: reading https://proxy.golang.org/example.com/foo/@v/v1.2.3.zip: 403 Forbidden
Error: Process completed with exit code 1."""
TOOLCACHE_403 = """Run acme/setup-tool@v2
Downloading https://github.com/acme/tool/releases/download/v1.2/tool-linux.tgz
##[error]Unexpected HTTP response: 403"""

ANONYMOUS_403 = [
    ("curl-f-403-public-archive", CURL_403),
    ("wget-403-source-mirror", WGET_403),
    ("nix-fetchurl-403-forge-archive", NIX_403),
    ("go-proxy-403", GO_PROXY_403),
    ("actions-toolcache-403-release-asset", TOOLCACHE_403),
]


@pytest.mark.parametrize("log", logs(ANONYMOUS_403))
def test_anonymous_403_is_not_surely_real(log):
    v = judge(log)
    assert v.verdict != "transient", v.rationale
    assert not (v.verdict == "real" and v.confidence >= 0.9), (v.confidence, v.rationale)


BOT_WALL = [
    # (moved from test_tool_sources_nix_guix.py: the forge's rate limit in the 403's body is the positive sign)
    ("nix-flake-input-api-rate-limit-403", """$ nix flake update
error: unable to download 'https://api.example.com/repos/acme/pins/commits/main': HTTP error 403

       response body:

       {"message":"API rate limit exceeded for 203.0.113.7."}
Error: Process completed with exit code 1."""),
    ("curl-403-cloudflare-challenge", """$ curl -fsSL https://downloads.example.org/sdk-2.1.tar.gz -o sdk.tgz
<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
curl: (22) The requested URL returned error: 403
Error: Process completed with exit code 22."""),
    ("nix-403-anubis-page", """error: unable to download 'https://gitlab.example.org/acme/tool/-/archive/v1/tool-v1.tar.gz': HTTP error 403

       response body:

       <!doctype html><html lang="en"><head><title>Making sure you&#39;re not a bot!</title>
error: builder for '/nix/store/abc-source.drv' failed with exit code 1"""),
    ("curl-i-403-retry-after", """$ curl -fsS -i https://mirror.example.net/pub/lib-1.0.tar.gz -o lib.tgz
HTTP/2 403
retry-after: 60
curl: (22) The requested URL returned error: 403
Error: Process completed with exit code 22."""),
]


@pytest.mark.parametrize("log", logs(BOT_WALL))
def test_403_with_a_bot_wall_or_throttle_reads_transient(log):
    reads(log, "transient")


CREDENTIALED_403 = [
    ("curl-403-authorization-header", "real", """$ curl -fsSL -H "Authorization: token $GH_TOKEN" https://api.github.com/repos/acme/private/tarball/v1 -o src.tgz
curl: (22) The requested URL returned error: 403
Error: Process completed with exit code 22."""),
    ("curl-403-user-password", "real", """$ curl -fsSL -u "$ARTIFACTORY_USER:$ARTIFACTORY_PASSWORD" https://acme.jfrog.io/artifactory/libs/app-1.0.jar -o app.jar
curl: (22) The requested URL returned error: 403
Error: Process completed with exit code 22."""),
    ("wget-403-private-token-header", "real", """+ wget --header "PRIVATE-TOKEN: ${CI_API_TOKEN}" https://gitlab.example.com/api/v4/projects/1/packages/generic/app/1.0/app.tgz
HTTP request sent, awaiting response... 403 Forbidden
2025-01-10 10:00:01 ERROR 403: Forbidden.
script returned exit code 8"""),
    ("npm-publish-403-permission", "real", """npm ERR! code E403
npm ERR! 403 403 Forbidden - PUT https://registry.npmjs.org/@acme%2fpkg - You do not have permission to publish "@acme/pkg". Are you logged in as the correct user?
npm ERR! A complete log of this run can be found in: /home/runner/.npm/_logs/x.log"""),
    ("s3-403-missing-key", "real", """$ aws s3 cp s3://acme-artifacts/builds/123/app.zip .
fatal error: An error occurred (403) when calling the HeadObject operation: Forbidden"""),
]


@pytest.mark.parametrize("verdict, log", labelled(CREDENTIALED_403))
def test_403_where_credentials_were_sent_stays_real(verdict, log):
    v = reads(log, verdict)
    assert v.confidence >= 0.9, (v.confidence, v.rationale)


# --- 2. curl cut short piped into jq ------------------------------------------------------------------------

FETCH_CUT_INTO_JQ = [
    ("curl-28-jq-null", """Run curl -sS --max-time 30 https://api.example.com/v1/releases | jq -r '.[0].tag_name'
curl: (28) Operation timed out after 30001 milliseconds with 0 bytes received
jq: error (at <stdin>:0): Cannot iterate over null (null)
Error: Process completed with exit code 5."""),
    ("curl-28-partial-jq-unfinished", """$ curl -sS https://api.example.com/v1/releases | jq '.[0].tag_name'
curl: (28) Operation timed out after 30000 milliseconds with 1423 out of 8190 bytes received
parse error: Unfinished JSON term at EOF at line 12, column 4
Job failed: exit code 4"""),
    ("curl-6-jq-index-null", """$ curl -sS https://api.example.com/v1/releases | jq -e '.tag_name'
curl: (6) Could not resolve host: api.example.com
jq: error (at <stdin>:0): Cannot index null with "tag_name"
Job failed: exit code 5"""),
    ("curl-56-jq-unfinished", """$ curl -sS https://api.example.com/v1/builds | jq '.items | length'
curl: (56) Recv failure: Connection reset by peer
parse error: Unfinished JSON term at EOF at line 3, column 0
Job failed: exit code 4"""),
]


@pytest.mark.parametrize("log", logs(FETCH_CUT_INTO_JQ))
def test_jq_on_a_fetch_cut_short_reads_transient(log):
    reads(log, "transient")


JQ_HOLDS = [
    ("jq-on-repository-file", "real", """$ jq -e '.version' package.json
parse error: Expected separator between values at line 4, column 12
Job failed: exit code 4"""),
]


@pytest.mark.parametrize("verdict, log", labelled(JQ_HOLDS))
def test_jq_on_a_file_stays_real(verdict, log):
    reads(log, verdict)


JQ_NOT_SURELY_TRANSIENT = [
    ("jq-on-error-page-no-curl-error", """$ curl -s https://api.example.com/v1/releases | jq '.tag_name'
parse error: Invalid numeric literal at line 1, column 10
Job failed: exit code 4"""),
    ("jq-after-curl-7-localhost", """$ curl -sS http://localhost:8080/health | jq -e '.status == "up"'
curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused
jq: error (at <stdin>:0): Cannot index null with "status"
Job failed: exit code 5"""),
]


@pytest.mark.parametrize("log", logs(JQ_NOT_SURELY_TRANSIENT))
def test_jq_without_a_remote_fetch_cut_is_not_surely_transient(log):
    not_surely_transient(log)


# --- 3. an outage in one test's report beside another test's compared values --------------------------------

SUREFIRE_OUTAGE = """[INFO] Running com.acme.OrderTest
[ERROR] Tests run: 2, Failures: {f}, Errors: 1, Skipped: 0, Time elapsed: 1.2 s <<< FAILURE! - in com.acme.OrderTest
[ERROR] fetchesStock(com.acme.OrderTest)  Time elapsed: 0.5 s  <<< ERROR!
java.net.ConnectException: Connection refused (Connection refused)
	at java.base/java.net.PlainSocketImpl.socketConnect(Native Method)
	at com.acme.StockClient.get(StockClient.java:40)
"""
SUREFIRE_MISMATCH = """[ERROR] computesTotal(com.acme.OrderTest)  Time elapsed: 0.01 s  <<< FAILURE!
org.opentest4j.AssertionFailedError: expected: <3> but was: <{got}>
	at com.acme.OrderTest.computesTotal(OrderTest.java:22)
"""
SUREFIRE_END = """[INFO]
[INFO] Results:
[INFO]
[ERROR] Failures:
[ERROR]   OrderTest.computesTotal:22 expected: <3> but was: <2>
[ERROR] Errors:
[ERROR]   OrderTest.fetchesStock:31 » Connect Connection refused (Connection refused)
[ERROR] Tests run: 2, Failures: {f}, Errors: 1, Skipped: 0
[INFO] BUILD FAILURE"""

PYTEST_OUTAGE = """============================= FAILURES =============================
__________________________ test_fetch_stock __________________________

    def test_fetch_stock():
>       r = requests.get("http://stock.internal:8080/items")

E       requests.exceptions.ConnectionError: HTTPConnectionPool(host='stock.internal', port=8080): Max retries exceeded with url: /items (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'))

tests/test_stock.py:8: ConnectionError
"""
PYTEST_MISMATCH = """__________________________ test_total __________________________

    def test_total():
>       assert total([1, 2]) == 4
E       assert 3 == 4
E        +  where 3 = total([1, 2])

tests/test_cart.py:5: AssertionError
"""

JEST_OUTAGE = """ FAIL  src/cart.test.js
  ● Cart › fetches prices

    FetchError: request to http://prices.internal:3000/p failed, reason: connect ECONNREFUSED 10.0.0.5:3000

      at ClientRequest.<anonymous> (node_modules/node-fetch/lib/index.js:1491:11)
"""
JEST_MISMATCH = """
  ● Cart › computes the total

    expect(received).toBe(expected) // Object.is equality

    Expected: 3
    Received: 2

      12 |   expect(total([1, 1])).toBe(3);
"""

GO_OUTAGE = """=== RUN   TestFetch
    client_test.go:20: Get "http://stock.internal:8080/items": dial tcp 10.0.0.5:8080: connect: connection refused
--- FAIL: TestFetch (0.01s)
"""
GO_MISMATCH = """=== RUN   TestTotal
    cart_test.go:12: total = 2, want 3
--- FAIL: TestTotal (0.00s)
"""

RSPEC_OUTAGE = """Failures:

  1) StockClient fetches the stock
     Failure/Error: response = client.get("/items")

     Errno::ECONNREFUSED:
       Failed to open TCP connection to stock.internal:8080 (Connection refused - connect(2) for "stock.internal" port 8080)
     # ./lib/stock_client.rb:12:in `get'
"""
RSPEC_MISMATCH = """
  2) Cart computes the total
     Failure/Error: expect(cart.total).to eq(3)

       expected: 3
            got: 2

       (compared using ==)
     # ./spec/cart_spec.rb:8:in `block (2 levels) in <top (required)>'
"""

MIXED = [
    ("surefire-refused-beside-mismatch", "real",
     SUREFIRE_OUTAGE.format(f=1) + SUREFIRE_MISMATCH.format(got=2) + SUREFIRE_END.format(f=1)),
    ("pytest-refused-beside-mismatch", "real", PYTEST_OUTAGE + PYTEST_MISMATCH
     + "=========================== short test summary info ===========================\n"
     "FAILED tests/test_stock.py::test_fetch_stock - requests.exceptions.ConnectionError: HTTPConnectionPool(host='stock.internal', port=8080): Max retries exceeded\n"
     "FAILED tests/test_cart.py::test_total - assert 3 == 4\n"
     "========================= 2 failed, 10 passed in 1.52s ========================="),
    ("jest-refused-beside-mismatch", "real", JEST_OUTAGE + JEST_MISMATCH + "\nTests:       2 failed, 5 passed, 7 total"),
    ("go-refused-beside-mismatch", "real", GO_OUTAGE + GO_MISMATCH + "FAIL\nFAIL\texample.com/shop\t0.02s"),
    # (moved from test_review12_d.py, where it read transient: a Jest diff beside another test's socket hang up)
    ("jest-diff-beside-next-fetcherror", "real", '  ● api › wraps the upstream error\n\n    expect(received).toEqual(expected) // deep equality\n\n    - Expected  - 1\n    + Received  + 1\n\n      Object {\n    -   "code": 1,\n    +   "code": 2,\n      }\n\n  ● registry › fetches the manifest\n\n    FetchError: request to https://registry.npmjs.org/left-pad failed, reason: socket hang up\n\nTests:       2 failed, 20 passed, 22 total\n##[error]Process completed with exit code 1.\n'),
    ("rspec-refused-beside-mismatch", "real", RSPEC_OUTAGE + RSPEC_MISMATCH + "\nFinished in 0.5 seconds\n2 examples, 2 failures"),
]


@pytest.mark.parametrize("verdict, log", labelled(MIXED))
def test_a_mismatch_in_another_failing_test_decides(verdict, log):
    reads(log, verdict)


# A mismatch whose test's report is followed within 8 lines by the next test's outage. (xfail20: was a strict xfail,
# _values_mismatch read its 8-line window across the next test's opening and took the network words there for its
# own; fixed by ending that window at the next failing test's opening, _TEST_BOUNDARY.)
MISMATCH_ABOVE = ("[INFO] Running com.acme.OrderTest\n" + SUREFIRE_MISMATCH.format(got=2)
                  + SUREFIRE_OUTAGE.format(f=1).split("\n", 2)[2] + SUREFIRE_END.format(f=1))


def test_surefire_mismatch_above_the_outage_test_decides():
    reads(MISMATCH_ABOVE, "real")


SINGLE_OUTAGE = [
    ("surefire-refused-alone", """[INFO] Running com.acme.OrderTest
[ERROR] Tests run: 2, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 1.2 s <<< FAILURE! - in com.acme.OrderTest
[ERROR] fetchesStock(com.acme.OrderTest)  Time elapsed: 0.5 s  <<< ERROR!
java.net.ConnectException: Connection refused (Connection refused)
	at java.base/java.net.PlainSocketImpl.socketConnect(Native Method)
[INFO]
[INFO] Results:
[INFO]
[ERROR] Errors:
[ERROR]   OrderTest.fetchesStock:31 » Connect Connection refused (Connection refused)
[ERROR] Tests run: 2, Failures: 0, Errors: 1, Skipped: 0
[INFO] BUILD FAILURE"""),
    ("jest-refused-alone", JEST_OUTAGE + "\nTests:       1 failed, 5 passed, 6 total"),
    ("go-refused-alone", GO_OUTAGE + "FAIL\nFAIL\texample.com/shop\t0.02s"),
    ("rspec-refused-alone", RSPEC_OUTAGE + "\nFinished in 0.5 seconds\n1 example, 1 failure"),
]


@pytest.mark.parametrize("log", logs(SINGLE_OUTAGE))
def test_a_single_test_outage_stays_transient(log):
    reads(log, "transient")


# The mismatch shows damage (a 0 where a count was wanted) or names the outage's host: the outage may have caused it.
MISMATCH_MAY_BE_DAMAGE = [
    ("jest-refused-beside-zero", JEST_OUTAGE + JEST_MISMATCH.replace("Received: 2", "Received: 0")
     + "\nTests:       2 failed, 5 passed, 7 total"),
    ("rspec-refused-beside-mismatch-naming-host", RSPEC_OUTAGE + """
  2) StockClient counts the stock items
     Failure/Error: expect(StockClient.new("http://stock.internal:8080").count).to eq(3)

       expected: 3
            got: 2

       (compared using ==)
     # ./spec/stock_spec.rb:8:in `block (2 levels) in <top (required)>'

Finished in 0.5 seconds
2 examples, 2 failures"""),
]


@pytest.mark.parametrize("log", logs(MISMATCH_MAY_BE_DAMAGE))
def test_a_mismatch_that_may_be_the_outage_damage_does_not_decide(log):
    v = judge(log)
    assert v.verdict != "real" or v.confidence < 0.9, (v.confidence, v.rationale)


def test_unique_ids():
    assert_unique_ids(ANONYMOUS_403, BOT_WALL, CREDENTIALED_403, FETCH_CUT_INTO_JQ, JQ_HOLDS, JQ_NOT_SURELY_TRANSIENT,
                      MIXED, SINGLE_OUTAGE, MISMATCH_MAY_BE_DAMAGE)


LONG_LINE_WORDS = [
    "curl: (22) the requested url returned error: 403", "http request sent, awaiting response... 403",
    "error 403: forbidden.", "unable to download '", "http error 403", "unexpected http response: 403",
    "<title>just a moment...</title>", "attention required! | cloudflare", "<title>making sure you",
    "cf-mitigated: challenge", "retry-after: ", "enable javascript and cookies to continue",
]
