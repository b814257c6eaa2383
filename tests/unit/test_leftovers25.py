"""Twenty-fifth round, leftovers25: four readings noticed and left in the twenty-fourth round.

Covered: (1) a resolver error for a DOTTED name under a reserved or private suffix (.local and Kubernetes'
svc.cluster.local, .internal, .test, .localhost, .lan, .corp, .home.arpa) in Go's, Node's, urllib3's, pymongo's, libpq's
and curl's forms, against public names that keep their outage reading; (2) newman's (Postman CLI) request line with its
status and chai-postman's status assertion in the failure table, against a public test host, the project's own staging
or loopback server and a third-party public API; (3) a Go test's t.Log line whose text is a JSON object (with
"expected"/"actual" keys) above a dial error, against a test's own compared values; (4) PHPUnit's expected-exception
report whose "Message was:" is Guzzle's cURL timeout (error 28) against a remote host, the loopback, a service alias and a
private name.

Where the wording comes from: newman's request line and failure table from postmanlabs/newman lib/reporters/cli/index.js
(read: '  %s %s ' of method and URL, '[%d %s, %s, %s]' of code, reason, size and time, the numbered assertion line, the
table's "#  failure  detail" with the message and 'inside "<name>"'); chai-postman's "expected response to have status
code %d but got %d" and "expected response code to be %dXX but found %d" from postmanlabs/chai-postman lib/index.js
(read); PHPUnit's 'Failed asserting that exception of type "%s" matches expected exception "%s". Message was: "%s" at'
from sebastianbergmann/phpunit src/Framework/Constraint/Exception/Exception.php (read). Recalled, not read here: Go's
net package ("lookup %s on %s: no such host", "server misbehaving"), Node's getaddrinfo errors, urllib3's pool line and
NameResolutionError, pymongo's "host:port: [Errno -2] ...", libpq's "could not translate host name", curl's (6), Guzzle's
"cURL error 28: Operation timed out after N milliseconds ... for <url>", Go's testing output ("file_test.go:N: text").
Hosts, tests, collections and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a name under a reserved or private suffix that definitely does not resolve is the job's own naming -> real; its
    temporary answers (EAI_AGAIN, SERVFAIL) -> not surely transient; a public name (github.com, a registry, a host
    that only contains "test" or "local" inside it) keeps its outage reading -> transient. RFC 6761's documentation
    names (.example, .invalid) and "example.test" are not taken: logs show them where a real host was redacted or
    made up;
  * newman's request line is no outage by itself: a public test host's (postman-echo, jsonplaceholder) 5xx with the
    status assertion on that very code and item -> transient (public-test-host-answered-5xx); the project's own server,
    staging or loopback, or a third-party API outside that list -> not surely transient; another item failing on its
    own values, or a request that asked for the status -> real;
  * a Go test's logged JSON object is data, not an assertion: the dial error under it decides -> transient; a test
    line that compares (got/want) stays the test's failure -> real;
  * PHPUnit's expected exception met by a cURL timeout to a remote host -> transient; to the loopback, a dotless
    service alias or a private name -> not surely transient; another exception or another test's value -> real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads, reads_as

_GHA = "##[error]Process completed with exit code 1.\n"
_GL = "ERROR: Job failed: exit code 1\n"
_GHA2 = "##[error]Process completed with exit code 2.\n"


def _pytest_conn(host: str, reason: str, port: int = 8000) -> str:
    return (f"E   requests.exceptions.ConnectionError: HTTPConnectionPool(host='{host}', port={port}): Max retries exceeded "
            f"with url: /health (Caused by NameResolutionError(\"<urllib3.connection.HTTPConnection object at 0x7f3a>: "
            f"Failed to resolve '{host}' ({reason})\"))\n"
            "FAILED tests/test_e2e.py::test_health - requests.exceptions.ConnectionError\n1 failed in 0.41s\n" + _GL)


def _go_test(line: str) -> str:
    return ("$ go test ./...\n=== RUN   TestOrders\n--- FAIL: TestOrders (0.01s)\n"
            f"    orders_test.go:31: {line}\n"
            "FAIL\nFAIL\tgitlab.example.com/shop/orders\t0.031s\n" + _GL)


def _newman(url: str, code: str, detail: str, item: str = "List orders", inside: str = "Orders / List orders",
            more: str = "") -> str:
    # newman's CLI reporter: collection name, item line, request line, numbered assertion, the run table, failures
    return ("+ newman run collections/api.json -e ci.json\nnewman\n\nShop API\n\n"
            f"❏ Orders\n↳ {item}\n  GET {url} [{code}, 312B, 48ms]\n"
            "  1. Status code is 200\n  ✓  Response is JSON\n\n"
            "┌─────────────────────────┬───────────────────┬──────────────────┐\n"
            "│                         │          executed │           failed │\n"
            "├─────────────────────────┼───────────────────┼──────────────────┤\n"
            "│                requests │                 2 │                0 │\n"
            "├─────────────────────────┼───────────────────┼──────────────────┤\n"
            "│              assertions │                 4 │                1 │\n"
            "└─────────────────────────┴───────────────────┴──────────────────┘\n\n"
            "  #  failure         detail\n\n"
            " 1.  AssertionError  Status code is 200\n"
            f"                     {detail}\n"
            "                     at assertion:0 in test-script\n"
            f"                     inside \"{inside}\"\n" + more + _GHA)


def _phpunit(message: str, expected: str = "App\\Billing\\CardDeclined",
             got: str = "GuzzleHttp\\Exception\\ConnectException", header: str = "PHPUnit 10.5.20", more: str = "",
             summary: str = "Tests: 10, Assertions: 24, Failures: 1.") -> str:
    return (f"+ vendor/bin/phpunit\n{header} by Sebastian Bergmann and contributors.\n\n"
            "....F.....                                                        10 / 10 (100%)\n\n"
            "Time: 00:31.402, Memory: 24.00 MB\n\nThere was 1 failure:\n\n"
            "1) Tests\\Feature\\ChargeTest::test_declined_card_throws\n"
            f"Failed asserting that exception of type \"{got}\" matches expected exception \"{expected}\". "
            f"Message was: \"{message}\" at\n"
            "/home/runner/work/shop/shop/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php:275\n"
            "/home/runner/work/shop/shop/app/Billing/StripeGateway.php:41\n"
            "/home/runner/work/shop/shop/tests/Feature/ChargeTest.php:28\n\n"
            + more + f"FAILURES!\n{summary}\n" + _GHA2)


_CURL28 = ("cURL error 28: Operation timed out after 30001 milliseconds with 0 bytes received "
           "(see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for ")

CASES: list[tuple[str, str, str]] = [
    # --- (1) reserved and private suffixes
    # urllib3's NameResolutionError (glibc's text) for a compose alias given a .local name
    ("urllib3-dotted-local-alias-not-known", "real", _pytest_conn("api.local", "[Errno -2] Name or service not known")),
    # Go's resolver for a Kubernetes service not deployed in the namespace the test asks
    ("go-lookup-svc-cluster-local-no-such-host", "real",
     _go_test("GET orders: dial tcp: lookup orders.shop.svc.cluster.local on 10.96.0.10:53: no such host")),
    # Node's ENOTFOUND for a private .internal zone the runner does not see
    ("node-enotfound-internal-zone", "real",
     "$ node scripts/seed.js\nError: getaddrinfo ENOTFOUND db.acme.internal\n"
     "    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26) {\n  errno: -3008,\n  code: 'ENOTFOUND',\n"
     "  syscall: 'getaddrinfo',\n  hostname: 'db.acme.internal'\n}\n" + _GHA),
    # pymongo's server selection naming a .test host (glibc's errno -2)
    ("pymongo-dotted-test-host-errno-2", "real",
     "E   pymongo.errors.ServerSelectionTimeoutError: mongo.shop.test:27017: [Errno -2] Name or service not known, "
     "Timeout: 30s, Topology Description: <TopologyDescription id: 65f1, topology_type: Unknown>\n"
     "FAILED tests/test_repo.py::test_insert - pymongo.errors.ServerSelectionTimeoutError\n1 failed in 30.52s\n" + _GL),
    # curl's (6) for a .lan name in a smoke step
    ("curl-6-dotted-lan-name", "real",
     "+ curl -fsS http://grafana.lan:3000/api/health\ncurl: (6) Could not resolve host: grafana.lan\n" + _GHA),
    # a public registry's resolver miss keeps its outage reading
    ("npm-enotfound-public-registry", "transient",
     "npm ERR! code ENOTFOUND\nnpm ERR! syscall getaddrinfo\nnpm ERR! errno ENOTFOUND\n"
     "npm ERR! network request to https://registry.npmjs.org/left-pad failed, reason: getaddrinfo ENOTFOUND "
     "registry.npmjs.org\nnpm ERR! network This is a problem related to network connectivity.\n" + _GHA),
    # "example.test", a made-up public host's stand-in (the documentation convention), keeps the outage reading
    ("npm-eai-again-example-test-stand-in", "transient",
     "npm ERR! code EAI_AGAIN\nnpm ERR! syscall getaddrinfo\nnpm ERR! errno EAI_AGAIN\n"
     "npm ERR! request to https://registry.example.test/left-pad failed, reason: getaddrinfo EAI_AGAIN "
     "registry.example.test\n" + _GHA),
    # a public name with "test" and "local" inside it, not as its suffix
    ("urllib3-public-host-with-test-label", "transient",
     _pytest_conn("api.test.acme-cloud.io", "[Errno -3] Temporary failure in name resolution", 443)),
    ("go-lookup-public-local-label", "transient",
     "go: downloading golang.org/x/sync v0.7.0\ngo: golang.org/x/sync@v0.7.0: Get \"https://proxy.golang.org/golang.org/x/"
     "sync/@v/v0.7.0.zip\": dial tcp: lookup proxy.golang.org on 127.0.0.53:53: server misbehaving\n" + _GHA),
    # --- (2) newman
    # a public test host's 503 on the request line, the status assertion on that code and item below
    ("newman-postman-echo-503-status-assertion", "transient",
     _newman("https://postman-echo.com/get?probe=1", "503 Service Unavailable",
             "expected response to have status code 200 but got 503")),
    # pm.response.to.be.success against jsonplaceholder's 502
    ("newman-jsonplaceholder-502-success-class", "transient",
     _newman("https://jsonplaceholder.typicode.com/posts", "502 Bad Gateway",
             "expected response code to be 2XX but found 502")),
    # the project's own server on the loopback answered 500/503: its own failure
    ("newman-localhost-503-own-app", "real",
     _newman("http://localhost:3000/api/orders", "503 Service Unavailable",
             "expected response to have status code 200 but got 503")),
    # the same 503 on postman-echo, but the table's failure is another item's (inside names another request)
    ("newman-postman-echo-503-other-item-failed", "real",
     _newman("https://postman-echo.com/get", "503 Service Unavailable",
             "expected response to have status code 200 but got 503", inside="Orders / Create order")),
    # a collection that asked postman-echo for that very status
    ("newman-postman-echo-asked-status-503", "real",
     _newman("https://postman-echo.com/status/503", "503 Service Unavailable",
             "expected response to have status code 200 but got 503")),
    # --- (3) a Go test's JSON t.Log
    # the logged body has "expected"/"actual" keys; the test's error is the refused dial below it
    ("go-tlog-json-expected-actual-then-dial-refused", "transient",
     "$ go test ./internal/cache/...\n--- FAIL: TestCacheWarm (0.03s)\n"
     "    cache_test.go:42: {\"expected\": 1, \"actual\": 2}\n"
     "    cache_test.go:47: warm cache: dial tcp 10.0.4.17:6379: connect: connection refused\n"
     "FAIL\nFAIL\tgithub.com/acme/shop/internal/cache\t0.061s\n" + _GHA),
    ("go-tlog-labelled-json-response-then-dial-refused", "transient",
     "$ go test ./api/...\n--- FAIL: TestCheckout (0.05s)\n"
     "    checkout_test.go:88: response: {\"expected_total\":1200,\"actual_total\":1200,\"status\":\"ok\"}\n"
     "    checkout_test.go:91: post /pay: dial tcp 172.18.0.4:8080: connect: connection refused\n"
     "FAIL\nFAIL\tgithub.com/acme/shop/api\t0.072s\n" + _GHA),
    # the test's own compared JSON: its failure
    ("go-got-want-json-values", "real",
     _go_test("got {\"status\":\"pending\"}, want {\"status\":\"ok\"}")),
    ("go-tlog-json-then-own-comparison", "real",
     "$ go test ./orders/...\n--- FAIL: TestOrderStatus (0.01s)\n"
     "    orders_test.go:40: {\"id\":7,\"status\":\"pending\"}\n"
     "    orders_test.go:41: status = \"pending\", want \"ok\"\n"
     "FAIL\nFAIL\tgithub.com/acme/shop/orders\t0.021s\n" + _GHA),
    # a test that failed on a JSON-only message and nothing else: still a failing test
    ("go-json-only-message-no-network", "real", _go_test("{\"error\":\"invalid order\",\"code\":422}")),
    # --- (4) PHPUnit's expected exception met by a cURL timeout
    ("phpunit-expected-exception-curl-28-remote", "transient", _phpunit(_CURL28 + "https://api.stripe.com/v1/charges")),
    # PHPUnit 9's header, the connect phase timing out
    ("phpunit9-expected-exception-curl-28-connect-remote", "transient",
     _phpunit("cURL error 28: Connection timed out after 10002 milliseconds (see https://curl.haxx.se/libcurl/c/"
              "libcurl-errors.html) for https://sandbox.payments.example-psp.com/v2/authorize",
              header="PHPUnit 9.6.19")),
    # another exception than a timeout: the code's
    ("phpunit-expected-exception-got-own-runtime-exception", "real",
     _phpunit("Card number failed the Luhn check", got="RuntimeException")),
    # a remote timeout in one test, another test failing on its own value
    ("phpunit-curl-28-remote-and-another-value-failure", "real",
     _phpunit(_CURL28 + "https://api.stripe.com/v1/charges",
              more="2) Tests\\Unit\\MoneyTest::test_rounds_half_up\nFailed asserting that 1.0 is identical to 2.0.\n\n"
                   "/home/runner/work/shop/shop/tests/Unit/MoneyTest.php:19\n\n",
              summary="Tests: 10, Assertions: 24, Failures: 2.")),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # (1) temporary resolver answers for private names: the job's own naming, not surely a moment's
    ("node-eai-again-svc-cluster-local",
     "$ npm test\nError: getaddrinfo EAI_AGAIN payments.shop.svc.cluster.local\n"
     "    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26)\n" + _GHA),
    ("go-server-misbehaving-corp-registry",
     "+ docker pull registry.acme.corp/base/python:3.12\nError response from daemon: Get \"https://registry.acme.corp/v2/\": "
     "dial tcp: lookup registry.acme.corp on 10.0.0.2:53: server misbehaving\n" + _GHA),
    ("libpq-home-arpa-not-known",
     "psql: error: could not translate host name \"pg.home.arpa\" to address: Name or service not known\n" + _GL),
    # (2) newman against the project's staging and a third-party public API outside the public-test-host list
    ("newman-staging-503-own-deploy",
     _newman("https://staging.shop.example.com/api/orders", "503 Service Unavailable",
             "expected response to have status code 200 but got 503")),
    ("newman-third-party-api-503",
     _newman("https://api.github.com/repos/acme/shop", "503 Service Unavailable",
             "expected response to have status code 200 but got 503")),
    # (4) the cURL timeout against the job's own service: loopback, a dotless alias, a private name
    ("phpunit-curl-28-localhost", _phpunit(_CURL28 + "http://localhost:8080/v1/charges")),
    ("phpunit-curl-28-dotless-service-alias", _phpunit(_CURL28 + "http://stripe-mock:12111/v1/charges")),
    ("phpunit-curl-28-private-internal-host", _phpunit(_CURL28 + "https://payments.acme.internal/v1/charges")),
]

# LEFT: read wrong and left (strict expected failures): none.
KNOWN_MISREAD: dict[str, str] = {}

# The new and extended readings name the entry that reads them.
READS_AS: list[tuple[str, str, str]] = [
    ("urllib3-dotted-local-alias-not-known", "real", "private-suffix-host-not-found"),
    ("node-enotfound-internal-zone", "real", "private-suffix-host-not-found"),
    ("newman-postman-echo-503-status-assertion", "transient", "public-test-host-answered-5xx"),
    ("go-tlog-json-expected-actual-then-dial-refused", "transient", "connection-refused"),
    ("phpunit-expected-exception-curl-28-remote", "transient", "phpunit-expected-exception-got-curl-timeout"),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_leftovers25_reads_right(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_leftovers25_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


@pytest.mark.parametrize(("case_id", "verdict", "signature"), READS_AS, ids=[c[0] for c in READS_AS])
def test_leftovers25_reads_as(case_id: str, verdict: str, signature: str) -> None:
    reads_as(dict((c[0], c[2]) for c in CASES)[case_id], verdict, signature)


def test_leftovers25_ids_unique() -> None:
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)
    assert set(KNOWN_MISREAD) <= {c[0] for c in CASES}


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py.
LONG_LINE_WORDS = [
    "lookup a.local: no such host", "getaddrinfo ENOTFOUND a.b.internal", "HTTPConnectionPool(host='a.test', port=1)",
    "Failed to resolve 'a.lan' (", "curl: (6) could not resolve host: a.corp", "a.home.arpa:27017: [Errno -2] ",
    "could not translate host name \"a.local\" to address: ", "  GET https://postman-echo.com/get [503 Service Unavailable, 1B, 1ms]",
    "  1. Status code is 200", "expected response to have status code 200 but got 503",
    "    x_test.go:1: {\"expected\": 1, \"actual\": 2}", "    x_test.go:1: body: {\"a\":",
    "Failed asserting that exception of type \"X\" matches expected exception \"Y\". Message was: \"cURL error 28: "
    "Operation timed out after 1 milliseconds for https://a.b",
]
