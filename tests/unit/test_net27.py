"""Twenty-seventh round, net27: network failures whose form the engine read as something else, each read generally.

Covered: (1) Go's HTTP client error ("<Method> <URL>: <cause>", net/http's *url.Error) with the URL bare, as Go before
1.14 printed it ('Get https://h/p: EOF'), read as the quoted form ('Get "https://h/p": EOF') is, by any method, after
Docker's "Error response from daemon: " as alone: one fragment of the catalogue (go_http_client_cut) for both forms;
(2) "unexpected EOF" after such a method and URL is a response cut short on the connection, not a parser's end of input,
while a parser's own "unexpected EOF" (Go's compiler, a shell script, Python, a Go test decoding a fixture) stays a
syntax error.

Where the wording comes from: Go's net/http client (src/net/http/client.go urlErrorOp and the *url.Error it returns;
net/url's Error.Error(), which quotes the URL since Go 1.14 (its release notes), recalled); Docker's CLI prefix "Error
response from daemon: " and Helm 2's "looks like ... is not a valid chart repository or cannot be reached: " (recalled);
the parsers' words as those tools print them (recalled). Hosts, images, packages and paths are made up; no project's CI
log is copied.

The rules the cases hold:
  * a Go HTTP call that broke off (EOF, unexpected EOF, a TLS alert from the peer, a reset, an HTTP/2 GOAWAY) reads
    transient network whether its URL is quoted or bare, whatever the method;
  * a test's own request to its loopback server ("server_test.go:52: ... Get http://127.0.0.1:8080/health: EOF") is
    not an outage, quoted or bare, whatever its cause;
  * a parser's "unexpected EOF" stays real, syntax.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, logs, not_surely_transient, reads, reads_as

_GHA = "##[error]Process completed with exit code 1.\n"
_GL = "ERROR: Job failed: exit code 1\n"


def _travis(command: str, code: int = 1) -> str:
    return f"The command \"{command}\" exited with {code}.\n"


def _docker_pull(image: str, line: str) -> str:
    return (f"$ docker pull {image}\nUsing default tag: latest\n" + line + "\n" + _GHA)


def _go_test(line: str) -> str:
    return ("$ go test ./...\nok  \texample.org/ledger/orders\t0.012s\n--- FAIL: TestHealth (0.01s)\n"
            f"    server_test.go:52: GET /health: {line}\n"
            "FAIL\nFAIL\texample.org/ledger/server\t0.021s\nFAIL\n" + _GHA)


# ============================================================================ Go's HTTP client, either form
GO_HTTP_CASES: list[tuple[str, str, str]] = [
    # the URL bare (Go before 1.14): the daemon's pull of a registry that closed the connection
    ("docker-pull-bare-url-eof", "transient",
     _docker_pull("registry.example.net/team/api", "Error response from daemon: Get https://registry.example.net/v2/: EOF")),
    ("docker-pull-bare-url-manifest-unexpected-eof", "transient",
     _docker_pull("ghcr.example.io/acme/worker:1.4",
                  "Error response from daemon: Head https://ghcr.example.io/v2/acme/worker/manifests/1.4: unexpected EOF")),
    # the URL quoted, by HEAD (the manifest check of a pull): EOF and unexpected EOF
    ("docker-pull-quoted-head-eof", "transient",
     _docker_pull("ghcr.example.io/acme/worker:1.4",
                  'Error response from daemon: Head "https://ghcr.example.io/v2/acme/worker/manifests/1.4": EOF')),
    ("docker-pull-quoted-head-unexpected-eof", "transient",
     _docker_pull("ghcr.example.io/o/i:1",
                  'Error response from daemon: Head "https://ghcr.example.io/v2/o/i/manifests/1": unexpected EOF')),
    # a Dockerfile's base image pulled by an older daemon
    ("docker-build-bare-url-unexpected-eof", "transient",
     "Step 1/9 : FROM registry.example.net/base/go:1.12\n"
     "Get https://registry.example.net/v2/base/go/manifests/1.12: unexpected EOF\n" + _travis("docker build -t app .")),
    # the peer's TLS alert mid-stream, bare and quoted
    ("bare-url-remote-tls-alert", "transient",
     _docker_pull("registry.example.net/team/api",
                  "Error response from daemon: Get https://registry.example.net/v2/team/api/blobs/sha256:9f2c: "
                  "remote error: tls: bad record MAC")),
    ("quoted-post-remote-tls-alert", "transient",
     "$ docker login -u ci registry.example.net\n"
     'Error response from daemon: Post "https://registry.example.net/v2/token": remote error: tls: bad record MAC\n' + _GL),
    # Helm 2 (an older Go) fetching a chart repository's index
    ("helm2-repo-index-bare-url-unexpected-eof", "transient",
     "$ helm repo add stable https://charts.example.org/stable\n"
     "Error: looks like \"https://charts.example.org/stable\" is not a valid chart repository or cannot be reached: "
     "Get https://charts.example.org/stable/index.yaml: unexpected EOF\n" + _GHA),
    # a POST by its own method, bare
    ("bare-url-post-eof", "transient",
     "$ ./bin/publish-artifacts --bucket ci-artifacts\n"
     "publish: Post https://uploads.storage.example.com/ci-artifacts/o?uploadType=multipart: EOF\n" + _GL),
    # a parser's "unexpected EOF" stays what it is
    ("go-compiler-unexpected-eof", "real",
     "$ go build ./...\n# example.org/ledger/cmd/api\ncmd/api/client.go:77:1: syntax error: unexpected EOF, expecting }\n"
     + _GHA),
    ("shell-script-unexpected-end-of-file", "real",
     "$ ./scripts/release.sh\n./scripts/release.sh: line 31: syntax error: unexpected end of file\n" + _GHA),
    ("python-unexpected-eof-while-parsing", "real",
     "$ python tools/gen_manifest.py\n  File \"tools/gen_manifest.py\", line 88\n    }\n     ^\n"
     "SyntaxError: unexpected EOF while parsing\n" + _GHA),
    ("go-test-fixture-decode-unexpected-eof", "real",
     "$ go test ./...\n--- FAIL: TestDecodeFixture (0.00s)\n    decode_test.go:31: decode testdata/orders.json: unexpected EOF\n"
     "FAIL\nFAIL\texample.org/ledger/orders\t0.004s\nFAIL\n" + _GHA),
]

# A test's own request to the server it started on the loopback host: no outage, whichever form or cause.
GO_HTTP_LOOPBACK: list[tuple[str, str]] = [
    (f"loopback-{form}-{name}", _go_test(f"{method} {url}: {cause}"))
    for form, url in (("quoted", '"http://127.0.0.1:8080/health"'), ("bare", "http://127.0.0.1:8080/health"))
    for name, method, cause in (("get-eof", "Get", "EOF"), ("get-unexpected-eof", "Get", "unexpected EOF"),
                                ("head-unexpected-eof", "Head", "unexpected EOF"))
]


@pytest.mark.parametrize(("verdict", "log"), labelled(GO_HTTP_CASES))
def test_go_http_client_reads_right(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(GO_HTTP_LOOPBACK))
def test_go_http_client_loopback_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


@pytest.mark.parametrize("method", ["Get", "Head", "Post", "Put", "Patch", "Delete"])
@pytest.mark.parametrize("cause", ["EOF", "unexpected EOF", "remote error: tls: bad record MAC",
                                   "dial tcp 203.0.113.7:443: i/o timeout",
                                   "read tcp 10.1.0.4:51822->203.0.113.7:443: read: connection reset by peer",
                                   "net/http: TLS handshake timeout",
                                   "http2: server sent GOAWAY and closed the connection; LastStreamID=3, ErrCode=NO_ERROR"])
def test_go_http_client_both_url_forms_read_alike(method: str, cause: str) -> None:
    # one reading for both forms: the same verdict, and the go_http_client_cut fragment's entry behind the line where no
    # heavier entry takes it
    url = "https://registry.example.net/v2/team/api/manifests/2.1"
    quoted = judge(f"Error response from daemon: {method} \"{url}\": {cause}\n" + _GHA)
    bare = judge(f"Error response from daemon: {method} {url}: {cause}\n" + _GHA)
    assert (quoted.verdict, quoted.category) == (bare.verdict, bare.category) == ("transient", "network"), (
        quoted.rationale, bare.rationale)
    assert quoted.findings[0].signature == bare.findings[0].signature


def test_go_http_unexpected_eof_is_the_network_not_a_parser() -> None:
    v = reads_as(_docker_pull("ghcr.example.io/o/i:1",
                              'Error response from daemon: Head "https://ghcr.example.io/v2/o/i/manifests/1": unexpected EOF'),
                 "transient", "go-module-fetch")
    assert v.category == "network" and "syntax-error" not in {f.signature for f in v.findings}


def test_go_http_client_fragment_is_one_list_for_its_entries() -> None:
    from triage_agent.classify.catalogue import builtin_catalogue

    cat = builtin_catalogue()
    (pattern,) = cat.fragments["go_http_client_cut"]
    fetch, syntax = cat.get("go-module-fetch"), cat.get("syntax-error")
    assert fetch is not None and syntax is not None
    assert pattern in {p.pattern for p in fetch.patterns}
    assert pattern in {p.pattern for p in syntax.unless}


def test_net27_ids_unique() -> None:
    assert_unique_ids(GO_HTTP_CASES, GO_HTTP_LOOPBACK)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py.
LONG_LINE_WORDS = [
    'Get "https://a/', "Get https://a/b: ", "Head https://a", 'Error response from daemon: Head "https://a": ',
]
