"""Twenty-seventh round, net27: network failures whose form the engine read as something else, each read generally.

Covered: (1) Go's HTTP client error ("<Method> <URL>: <cause>", net/http's *url.Error) with the URL bare, as Go before
1.14 printed it ('Get https://h/p: EOF'), read as the quoted form ('Get "https://h/p": EOF') is, by any method, after
Docker's "Error response from daemon: " as alone: one fragment of the catalogue (go_http_client_cut) for both forms;
(2) "unexpected EOF" after such a method and URL is a response cut short on the connection, not a parser's end of input,
while a parser's own "unexpected EOF" (Go's compiler, a shell script, Python, a Go test decoding a fixture) stays a
syntax error; (3) a resolver that tried the artifact in each repository and names the SAME artifact twice, not found in
one and failed to transfer from another on a passing cause (a 5xx or 429, a time-out, a reset): Maven resolver's and
Leiningen's "Could not find artifact" beside "Could not transfer artifact ... from/to", Gradle's "Could not find" beside
"Could not resolve" of the same module, Ivy's "Server access error" for the module's own path above its not-found report:
the transfer failure is the cause (fragment same_artifact_transfer_outage, which the not-found entries stand aside on);
(4) pip's "ERROR: Exception:" traceback (poetry's EnvCommandError relays pip's output) cut before the exception's name,
its innermost frame on the read path of a response (urllib3's response.py, http/client.py, ssl.py, socket.py) under pip's
download: a download cut mid-way, read lightly (pip-download-cut-in-read-frames, line_checks._cut_in_read_frames, which
reads the cut as placement._last_raise reads a cut-off traceback's last "raise ReadTimeoutError(...)").

Where the wording comes from: Go's net/http client (src/net/http/client.go urlErrorOp and the *url.Error it returns;
net/url's Error.Error(), which quotes the URL since Go 1.14 (its release notes), recalled); Docker's CLI prefix "Error
response from daemon: " and Helm 2's "looks like ... is not a valid chart repository or cannot be reached: " (recalled);
the parsers' words as those tools print them (recalled); Maven resolver's ArtifactNotFoundException and
ArtifactTransferException messages and Maven's "-> [Help 1]" summary, Leiningen's line per repository and its closing
advice, Gradle's "Could not find"/"Searched in the following locations:" and "Could not resolve"/"Could not GET" reports,
Apache Ivy's BasicURLHandler "Server access error at url" and its resolve report (recalled; as earlier rounds' files
write them); pip's "ERROR: Exception:", "Collecting", "Downloading" and progress lines, the frames of urllib3's
response.py (_error_catcher, read, _fp_read), CPython's http/client.py, socket.py and ssl.py and Python 3.11's caret
lines, poetry's EnvCommandError box and its "at .../env.py:N in _run" trailer (recalled). Hosts, images, packages and paths are made up; no project's CI
log is copied.

The rules the cases hold:
  * a Go HTTP call that broke off (EOF, unexpected EOF, a TLS alert from the peer, a reset, an HTTP/2 GOAWAY) reads
    transient network whether its URL is quoted or bare, whatever the method;
  * a test's own request to its loopback server ("server_test.go:52: ... Get http://127.0.0.1:8080/health: EOF") is
    not an outage, quoted or bare, whatever its cause;
  * a parser's "unexpected EOF" stays real, syntax;
  * the same artifact not found in one repository and cut off by a 5xx, 429, time-out or reset in another -> transient,
    in Maven's, Leiningen's, Gradle's and Ivy's forms, in either order; a refusal (401, 403, 404) or an unknown host of
    that transfer, an outage of ANOTHER artifact, or a second artifact reported not found with nothing behind it ->
    the not-found reads as before (real); a "Could not find" alone stays real;
  * pip's or poetry's traceback under a download, cut right after a frame of the read path -> transient, below the
    confidence its exception's name gives; an exception named (a ValueError, an earlier link's ModuleNotFoundError), the
    project's code or a test file innermost, a test's or a script's own request with no pip download above -> as before.
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


# ============================================================================ one repository's "not found", another's outage
_MVN_HEAD = ("[INFO] ------------------------------------------------------------------------\n[INFO] BUILD FAILURE\n"
             "[INFO] ------------------------------------------------------------------------\n"
             "[INFO] Total time:  38.112 s\n[INFO] ------------------------------------------------------------------------\n")
_CODEC = "org.acme.shared:shared-codec:jar:2.7.1"
_CODEC_URL = "https://nexus.acme-corp.example/repository/releases/org/acme/shared/shared-codec/2.7.1/shared-codec-2.7.1.jar"
_CENTRAL = "central (https://repo.maven.apache.org/maven2)"
_NEXUS = "acme-releases (https://nexus.acme-corp.example/repository/releases)"


def _mvn_summary(find: str, more: str = "") -> str:
    return (_MVN_HEAD + "[ERROR] Failed to execute goal on project ledger-core: Could not resolve dependencies for project "
            "org.acme.ledger:ledger-core:jar:3.4.0-SNAPSHOT: The following artifacts could not be resolved: "
            f"{find} (absent): Could not find artifact {find} in {_CENTRAL}\n" + more)


def _suppressed(coords: str, cause: str) -> str:
    return (f"[ERROR] \tSuppressed: org.eclipse.aether.transfer.ArtifactTransferException: Could not transfer artifact "
            f"{coords} from/to {_NEXUS}: {cause}\n")


def _lein(lines: str) -> str:
    return ("$ lein uberjar\nRetrieving org/clojure/clojure/1.11.1/clojure-1.11.1.pom from central\n" + lines +
            "This could be due to a typo in :dependencies, file system permissions, or network issues.\n"
            "If you are behind a proxy, try setting the 'http_proxy' environment variable.\n"
            "Uberjar aborting because jar failed: Could not resolve dependencies\n" + _GHA)


_LEIN_FIND = ("Could not find artifact acme:ledger-codec:jar:0.9.3 in central (https://repo1.maven.org/maven2/)\n"
              "Could not find artifact acme:ledger-codec:jar:0.9.3 in clojars (https://repo.clojars.org/)\n")


def _gradle(*blocks: str) -> str:
    return ("> Task :app:compileDebugKotlin FAILED\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\n"
            "Execution failed for task ':app:compileDebugKotlin'.\n"
            "> Could not resolve all files for configuration ':app:debugCompileClasspath'.\n" + "".join(blocks) +
            "\n* Try:\n> Run with --stacktrace option to get the stack trace.\n\nBUILD FAILED in 41s\n" + _GHA)


def _g_find(module: str, path: str) -> str:
    return (f"   > Could not find {module}.\n     Searched in the following locations:\n"
            f"       - https://repo.maven.apache.org/maven2/{path}.pom\n     Required by:\n         project :app\n")


def _g_resolve(module: str, path: str, cause: str) -> str:
    return (f"   > Could not resolve {module}.\n     Required by:\n         project :app > project :core\n"
            f"      > Could not get resource 'https://nexus.acme-corp.example/releases/{path}.pom'.\n"
            f"         > Could not GET 'https://nexus.acme-corp.example/releases/{path}.pom'. {cause}\n")


_G_CODEC = ("com.acme:codec:2.7.1", "com/acme/codec/2.7.1/codec-2.7.1")
_G_METRICS = ("com.acme:metrics:1.3.0", "com/acme/metrics/1.3.0/metrics-1.3.0")


def _ivy(error: str, module: str = "com.acme#metrics_2.12;2.0.1") -> str:
    return ("[info] Resolving com.acme#metrics_2.12;2.0.1 ...\n" + error +
            f"[warn] \tmodule not found: {module}\n[warn] ==== local: tried\n"
            "[warn]   /home/runner/.ivy2/local/com.acme/metrics_2.12/2.0.1/ivys/ivy.xml\n[warn] ==== public: tried\n"
            "[warn]   https://repo1.maven.org/maven2/com/acme/metrics_2.12/2.0.1/metrics_2.12-2.0.1.pom\n"
            "[warn] \t::::::::::::::::::::::::::::::::::::::::::::::\n[warn] \t::          UNRESOLVED DEPENDENCIES         ::\n"
            f"[warn] \t::::::::::::::::::::::::::::::::::::::::::::::\n[warn] \t:: {module}: not found\n"
            f"[error] (*:update) sbt.ResolveException: unresolved dependency: {module}: not found\n"
            "[error] Total time: 31 s, completed Nov 2, 2026 10:14:22 AM\n" + _GHA)


_IVY_URL = "https://artifacts.acme.example/maven/com/acme/metrics_2.12/2.0.1/metrics_2.12-2.0.1.pom"


REPOSITORY_CASES: list[tuple[str, str, str]] = [
    # ---- Maven resolver
    ("maven-not-found-then-same-artifact-503", "transient",
     _mvn_summary(_CODEC, _suppressed(_CODEC, "status code: 503, reason phrase: Service Unavailable (503)"))),
    ("maven-not-found-then-same-artifact-read-timeout", "transient",
     _mvn_summary(_CODEC, _suppressed(_CODEC, f"transfer failed for {_CODEC_URL}: Read timed out"))),
    ("maven-wagon-return-code-502-then-not-found", "transient",
     _MVN_HEAD + f"[ERROR] Failed to execute goal on project ledger-core: Could not resolve dependencies for project "
     f"org.acme.ledger:ledger-core:jar:3.4.0-SNAPSHOT: Could not transfer artifact {_CODEC} from/to {_NEXUS}: Failed to "
     f"transfer file: {_CODEC_URL}. Return code is: 502 , ReasonPhrase:Bad Gateway. -> [Help 1]\n"
     f"[ERROR] Failed to execute goal on project ledger-api: Could not resolve dependencies for project "
     f"org.acme.ledger:ledger-api:jar:3.4.0-SNAPSHOT: Could not find artifact {_CODEC} in {_CENTRAL} -> [Help 1]\n" + _GHA),
    ("maven-not-found-then-same-artifact-connection-reset", "transient",
     _mvn_summary(_CODEC, _suppressed(_CODEC, f"transfer failed for {_CODEC_URL}: Connection reset"))),
    # ---- Leiningen (one line per repository)
    ("lein-not-found-twice-then-connect-timed-out", "transient",
     _lein(_LEIN_FIND + "Could not transfer artifact acme:ledger-codec:jar:0.9.3 from/to acme-private "
           "(https://maven.acme-corp.example/releases/): Connect to maven.acme-corp.example:443 "
           "[maven.acme-corp.example/10.20.30.40] failed: Connection timed out (Connection timed out)\n")),
    ("lein-not-found-then-504", "transient",
     _lein(_LEIN_FIND + "Could not transfer artifact acme:ledger-codec:jar:0.9.3 from/to acme-private "
           "(https://maven.acme-corp.example/releases/): status code: 504, reason phrase: Gateway Timeout (504)\n")),
    # ---- Gradle (the repository that failed disabled, the later search asked the others)
    ("gradle-not-found-then-same-module-503", "transient",
     _gradle(_g_find(*_G_CODEC), _g_resolve(*_G_CODEC, "Received status code 503 from server: Service Unavailable"))),
    ("gradle-same-module-connect-timeout-then-not-found", "transient",
     _gradle(_g_resolve(*_G_CODEC, "\n            > Connect to nexus.acme-corp.example:443 "
                        "[nexus.acme-corp.example/10.20.30.40] failed: Connect timed out"), _g_find(*_G_CODEC))),
    # ---- Ivy (sbt 0.13)
    ("ivy-server-access-error-read-timeout", "transient",
     _ivy(f"[error] Server access error at url {_IVY_URL} (java.net.SocketTimeoutException: Read timed out)\n")),
    ("ivy-server-access-error-503", "transient",
     _ivy(f"[error] Server access error at url {_IVY_URL} (java.io.IOException: Server returned HTTP response code: 503 "
          f"for URL: {_IVY_URL})\n")),
    ("ivy-older-server-access-error-connection-timed-out", "transient",
     _ivy(f"[error] Server access Error: Connection timed out url={_IVY_URL}\n")),
    # ---- stays as it reads: another artifact, a refusal, a second artifact missing, no transfer failure
    ("maven-not-found-beside-other-artifact-503", "real",
     _mvn_summary(_CODEC, _suppressed("org.acme.shared:shared-json:jar:1.1.0", "status code: 503, reason phrase: "
                                      "Service Unavailable (503)"))),
    ("maven-not-found-then-same-artifact-401", "real",
     _mvn_summary(_CODEC, _suppressed(_CODEC, "status code: 401, reason phrase: Unauthorized (401)"))),
    ("maven-not-found-then-same-artifact-403", "real",
     _mvn_summary(_CODEC, _suppressed(_CODEC, "status code: 403, reason phrase: Forbidden (403)"))),
    ("maven-not-found-then-same-artifact-404", "real",
     _mvn_summary(_CODEC, _suppressed(_CODEC, "status code: 404, reason phrase: Not Found (404)"))),
    ("maven-two-not-found-one-with-503", "real",
     _mvn_summary(_CODEC, _suppressed(_CODEC, "status code: 503, reason phrase: Service Unavailable (503)") +
                  "[ERROR] Failed to execute goal on project ledger-api: Could not resolve dependencies for project "
                  "org.acme.ledger:ledger-api:jar:3.4.0-SNAPSHOT: Could not find artifact "
                  f"org.acme.shared:shared-json:jar:1.1.0 in {_CENTRAL} -> [Help 1]\n")),
    ("maven-not-found-alone", "real", _mvn_summary(_CODEC, _GHA)),
    ("lein-not-found-alone", "real", _lein(_LEIN_FIND)),
    ("lein-not-found-then-same-artifact-401", "real",
     _lein(_LEIN_FIND + "Could not transfer artifact acme:ledger-codec:jar:0.9.3 from/to acme-private "
           "(https://maven.acme-corp.example/releases/): status code: 401, reason phrase: Unauthorized (401)\n")),
    ("gradle-not-found-beside-other-module-503", "real",
     _gradle(_g_find(*_G_CODEC), _g_resolve(*_G_METRICS, "Received status code 503 from server: Service Unavailable"))),
    ("gradle-not-found-then-same-module-401", "real",
     _gradle(_g_find(*_G_CODEC), _g_resolve(*_G_CODEC, "Received status code 401 from server: Unauthorized"))),
    ("gradle-two-not-found-one-with-503", "real",
     _gradle(_g_find(*_G_CODEC), _g_find(*_G_METRICS),
             _g_resolve(*_G_CODEC, "Received status code 503 from server: Service Unavailable"))),
    ("ivy-server-access-error-401-same-module", "real",
     _ivy(f"[error] Server access error at url {_IVY_URL} (java.io.IOException: Server returned HTTP response code: 401 "
          f"for URL: {_IVY_URL})\n")),
    # a repository host the resolver could not look up: a name the job may have wrong, left as the not-found reads
    ("maven-not-found-then-same-artifact-unknown-host", "real",
     _mvn_summary(_CODEC, _suppressed(_CODEC, "nexus.acme-corp.example: Name or service not known"))),
]

# The outage is another module's: the log does not tie it to the one not found.
REPOSITORY_NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # Ivy timed out on ANOTHER module's file (a later "Resolving" line of it is no report of it missing)
    ("ivy-server-access-error-timeout-other-module",
     _ivy("[error] Server access error at url https://artifacts.acme.example/maven/com/acme/tracing_2.12/0.4.0/"
          "tracing_2.12-0.4.0.pom (java.net.SocketTimeoutException: Read timed out)\n[info] Resolving com.acme#tracing_2.12;0.4.0 ...\n")),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(REPOSITORY_CASES))
def test_same_artifact_outage_reads_right(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(REPOSITORY_NOT_SURELY_TRANSIENT))
def test_same_artifact_outage_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


@pytest.mark.parametrize(("case_id", "entry"), [
    ("maven-not-found-then-same-artifact-503", "maven-artifact-missing-in-repository"),
    ("lein-not-found-twice-then-connect-timed-out", "maven-artifact-missing-in-repository"),
    ("gradle-not-found-then-same-module-503", "gradle-module-missing-everywhere"),
    ("ivy-server-access-error-read-timeout", "package-not-published"),
])
def test_same_artifact_outage_the_not_found_entry_stands_aside(case_id: str, entry: str) -> None:
    log = next(log for cid, _, log in REPOSITORY_CASES if cid == case_id)
    v = judge(log)
    assert v.verdict == "transient" and v.category == "network", v.rationale
    assert entry not in {f.signature for f in v.findings}


def test_same_artifact_outage_fragment_pins_its_users() -> None:
    import tomllib
    from importlib import resources

    from triage_agent.classify import catalogue as cat

    doc = tomllib.loads(resources.files(cat.__package__).joinpath(cat.BUILTIN_FILE).read_text(encoding="utf-8"))
    users = {s["id"] for s in doc["signature"]
             if any(isinstance(item, dict) and item.get("fragment") == "same_artifact_transfer_outage"
                    for item in s.get("unless_log", []))}
    assert users == {"maven-artifact-missing-in-repository", "gradle-module-missing-everywhere", "package-not-published",
                     "pinned-content-changed", "dependency-conflict"}


# ============================================================================ pip's traceback cut in the read path
_PIP_EXIT = "##[error]Process completed with exit code 2.\n"
_V = "/opt/venv/lib/python3.11/site-packages/pip/_vendor/urllib3/response.py"
_PY = "/usr/local/lib/python3.11"
_READ_PATH = (
    f'  File "{_V}", line 438, in _error_catcher\n    yield\n'
    f'  File "{_V}", line 561, in read\n    data = self._fp_read(amt) if not fp_closed else b""\n'
    '           ^^^^^^^^^^^^^^^^^^\n'
    f'  File "{_V}", line 527, in _fp_read\n    return self._fp.read(amt) if amt is not None else self._fp.read()\n'
    '           ^^^^^^^^^^^^^^^^^^\n'
    f'  File "{_PY}/http/client.py", line 466, in read\n    s = self.fp.read(amt)\n        ^^^^^^^^^^^^^^^^^\n'
    f'  File "{_PY}/socket.py", line 706, in readinto\n    return self._sock.recv_into(b)\n           ^^^^^^^^^^^^^^^^^^^^^^^\n'
    f'  File "{_PY}/ssl.py", line 1278, in recv_into\n    return self.read(nbytes, buffer)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n'
    f'  File "{_PY}/ssl.py", line 1134, in read\n    return self._sslobj.read(len, buffer)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n')
_PIP_HEAD = ("$ pip install -r requirements.txt\nCollecting numpy==1.26.4\n"
             "  Downloading https://pkgs.mirror.example/packages/numpy-1.26.4-cp311-cp311-manylinux_2_17_x86_64.whl (18.3 MB)\n"
             "     ━━━━━━━━━━━━━━━━━━━━━━━━╸━━━━━━━━━━━━━━━ 11.0/18.3 MB 2.1 MB/s eta 0:00:04\n"
             "ERROR: Exception:\nTraceback (most recent call last):\n")


PIP_CUT_CASES: list[tuple[str, str, str]] = [
    ("pip-cut-in-ssl-read", "transient", _PIP_HEAD + _READ_PATH + _PIP_EXIT),
    ("pip-cut-in-ssl-read-log-end", "transient", _PIP_HEAD + _READ_PATH),
    ("pip-cut-after-socket-readinto", "transient",
     _PIP_HEAD + _READ_PATH.split(f'  File "{_PY}/ssl.py", line 1278')[0] + _PIP_EXIT),
    ("pip-cut-in-http-client-read-status", "transient",
     "$ python -m pip install --no-cache-dir grpcio==1.66.1\nCollecting grpcio==1.66.1\nERROR: Exception:\n"
     "Traceback (most recent call last):\n"
     f'  File "/opt/venv/lib/python3.11/site-packages/pip/_internal/cli/base_command.py", line 180, in exc_logging_wrapper\n'
     "    status = run_func(*args)\n"
     f'  File "{_PY}/http/client.py", line 1390, in getresponse\n    response.begin()\n'
     f'  File "{_PY}/http/client.py", line 325, in begin\n    version, status, reason = self._read_status()\n'
     f'  File "{_PY}/http/client.py", line 286, in _read_status\n    line = str(self.fp.readline(_MAXLINE + 1), "iso-8859-1")\n'
     "ERROR: Job failed: exit code 1\n"),
    ("poetry-env-command-error-pip-cut", "transient",
     "$ poetry install --no-interaction\nInstalling dependencies from lock file\n\nPackage operations: 31 installs, 0 updates, 0 removals\n\n"
     "  • Installing numpy (1.26.4)\n\n  EnvCommandError\n\n"
     "  Command ['/home/runner/.cache/pypoetry/virtualenvs/ledger-Xq3s-py3.11/bin/python', '-m', 'pip', 'install', "
     "'--disable-pip-version-check', '--no-deps', 'numpy==1.26.4'] errored with the following return code 2, and output: \n"
     "  Collecting numpy==1.26.4\n"
     "    Downloading https://pkgs.mirror.example/packages/numpy-1.26.4-cp311-cp311-manylinux_2_17_x86_64.whl (18.3 MB)\n"
     "  ERROR: Exception:\n  Traceback (most recent call last):\n"
     + "".join("  " + ln + "\n" for ln in _READ_PATH.splitlines()) +
     "  \n  at ~/.local/share/pypoetry/venv/lib/python3.11/site-packages/poetry/utils/env.py:1540 in _run\n"
     "      1536│                 output = subprocess.check_output(\n      1537│                     cmd, stderr=subprocess.STDOUT, **kwargs\n"
     + _PIP_EXIT),
    ("poetry1-bracket-env-command-error-pip-cut", "transient",
     "$ poetry install\nInstalling dependencies from lock file\n\n"
     "[EnvCommandError]\nCommand ['/home/runner/.cache/pypoetry/virtualenvs/ledger-py3.8/bin/pip', 'install', '--no-deps', "
     "'torch==1.13.1'] errored with the following return code 2, and output: \nCollecting torch==1.13.1\n"
     "  Downloading https://pkgs.mirror.example/packages/torch-1.13.1-cp38-cp38-manylinux1_x86_64.whl (887.4 MB)\n"
     "ERROR: Exception:\nTraceback (most recent call last):\n"
     '  File "/home/runner/.cache/pypoetry/virtualenvs/ledger-py3.8/lib/python3.8/site-packages/pip/_vendor/urllib3/response.py", line 425, in _error_catcher\n'
     "    yield\n"
     '  File "/home/runner/.cache/pypoetry/virtualenvs/ledger-py3.8/lib/python3.8/site-packages/pip/_vendor/urllib3/response.py", line 507, in read\n'
     "    data = self._fp.read(amt) if not fp_closed else b\"\"\n"
     '  File "/usr/lib/python3.8/http/client.py", line 459, in read\n    n = self.readinto(b)\n'
     '  File "/usr/lib/python3.8/http/client.py", line 503, in readinto\n    n = self.fp.readinto(b)\n'
     + _PIP_EXIT),
    # --- stays as it reads
    # the exception's name printed: the entries that read it decide
    ("pip-exception-named-value-error", "real",
     _PIP_HEAD + _READ_PATH + "ValueError: invalid literal for int() with base 16: b''\n" + _PIP_EXIT),
    # the innermost frame is the project's own code
    ("pip-context-project-frame-innermost", "real",
     "$ pip install -e .\nCollecting ledger-tools\n  Downloading https://pkgs.mirror.example/packages/ledger_tools-0.3.tar.gz (12 kB)\n"
     "ERROR: Exception:\nTraceback (most recent call last):\n"
     f'  File "{_V}", line 561, in read\n    data = self._fp_read(amt) if not fp_closed else b""\n'
     '  File "/home/runner/work/ledger/ledger/setup.py", line 41, in read_version\n    return int(raw.split(".")[0])\n' + _PIP_EXIT),
    # a test client's request to a server of the test's own (no pip download above)
    ("pytest-client-cut-in-read-frames", "real",
     "$ pytest tests/\n============================= test session starts ==============================\n"
     "collected 41 items\n\ntests/test_api.py ........F\n\n=================================== FAILURES ===================================\n"
     "______________________________ test_stream_export ______________________________\n"
     "Traceback (most recent call last):\n"
     '  File "/home/runner/work/ledger/ledger/tests/test_api.py", line 88, in test_stream_export\n    body = resp.read()\n'
     f'  File "{_PY}/http/client.py", line 466, in read\n    s = self.fp.read(amt)\n'
     f'  File "{_PY}/socket.py", line 706, in readinto\n    return self._sock.recv_into(b)\n'
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_api.py::test_stream_export\n========================= 1 failed, 40 passed in 3.21s =========================\n"
     + _PIP_EXIT),
    # an earlier link of the chain named a non-network error
    ("pip-chain-named-module-not-found", "real",
     "$ pip install -r requirements.txt\nCollecting ledger-plugins==2.0\n"
     "  Downloading https://pkgs.mirror.example/packages/ledger_plugins-2.0-py3-none-any.whl (40 kB)\n"
     "ERROR: Exception:\nTraceback (most recent call last):\n"
     '  File "/opt/venv/lib/python3.11/site-packages/pip/_internal/cli/base_command.py", line 180, in exc_logging_wrapper\n'
     "    status = run_func(*args)\nModuleNotFoundError: No module named 'pip._vendor.certifi'\n\n"
     "During handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n"
     f'  File "{_V}", line 561, in read\n    data = self._fp_read(amt) if not fp_closed else b""\n'
     f'  File "{_PY}/socket.py", line 706, in readinto\n    return self._sock.recv_into(b)\n' + _PIP_EXIT),
    # the innermost frame a test file's (a conftest fixture reading a response under pip's install in the same step)
    ("pip-context-test-file-innermost", "real",
     _PIP_HEAD + f'  File "{_V}", line 561, in read\n    data = self._fp_read(amt) if not fp_closed else b""\n'
     '  File "/home/runner/work/ledger/ledger/tests/conftest.py", line 17, in read_fixture\n'
     '    assert raw, "empty fixture"\n' + _PIP_EXIT),
]

# Not pip's download: a script's own request whose traceback was cut the same way reads as it did.
PIP_CUT_NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # a script's own request outside any download of pip's
    ("script-urlopen-cut-no-pip",
     "$ python scripts/sync_rates.py\nFetching rates from https://rates.example.org/v1/latest\nTraceback (most recent call last):\n"
     '  File "/home/runner/work/ledger/ledger/scripts/sync_rates.py", line 22, in <module>\n    data = urlopen(URL).read()\n'
     f'  File "{_PY}/http/client.py", line 466, in read\n    s = self.fp.read(amt)\n'
     f'  File "{_PY}/socket.py", line 706, in readinto\n    return self._sock.recv_into(b)\n' + _PIP_EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(PIP_CUT_CASES))
def test_pip_cut_in_read_frames_reads_right(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(PIP_CUT_NOT_SURELY_TRANSIENT))
def test_pip_cut_in_read_frames_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


def test_pip_cut_in_read_frames_is_the_innermost_frame_at_a_modest_confidence() -> None:
    log = next(log for cid, _, log in PIP_CUT_CASES if cid == "pip-cut-in-ssl-read")
    v = reads_as(log, "transient", "pip-download-cut-in-read-frames")
    (finding,) = [f for f in v.findings if f.signature == "pip-download-cut-in-read-frames"]
    assert finding.line.startswith('File "/usr/local/lib/python3.11/ssl.py", line 1134, in read'), finding.line
    # the exception's name says more: the same traceback with its ReadTimeoutError read at a higher confidence
    named = judge(log.replace(_PIP_EXIT, "pip._vendor.urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool("
                                     "host='pkgs.mirror.example', port=443): Read timed out.\n" + _PIP_EXIT))
    assert named.verdict == "transient" and v.confidence < named.confidence and v.confidence < 0.9
    assert "pip-download-cut-in-read-frames" not in {f.signature for f in named.findings}


def test_pip_cut_on_the_raise_is_the_last_raise_reading_alone() -> None:
    # a cut that ends on the statement that raised ("raise ReadTimeoutError(...)") names its exception: the entries that
    # read the name take it (placement._last_raise); the read-path entry does not read the same cut a second time
    log = (_PIP_HEAD + '  File "/opt/venv/lib/python3.11/site-packages/pip/_internal/cli/base_command.py", line 180, in '
           "exc_logging_wrapper\n    status = run_func(*args)\n"
           f'  File "{_V}", line 443, in _error_catcher\n    raise ReadTimeoutError(self._pool, None, "Read timed out.")\n'
           + _PIP_EXIT)
    v = reads_as(log, "transient", "network-timeout")
    assert "pip-download-cut-in-read-frames" not in {f.signature for f in v.findings}

def test_pip_cut_in_read_frames_and_the_last_raise_read_one_cut() -> None:
    from triage_agent.classify.line_checks import _traceback_cut_below
    from triage_agent.classify.placement import _last_raise

    lines = ["Collecting requests", f'  File "{_V}", line 441, in _error_catcher',
             '    raise ReadTimeoutError(self._pool, None, "Read timed out.")', "", _PIP_EXIT.strip()]
    assert _last_raise(lines, 2) and _traceback_cut_below(lines, 2)
    for after in ("pip._vendor.urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='h', port=443): Read "
                  "timed out.", "socket.timeout: The read operation timed out", "KeyboardInterrupt",
                  f'  File "{_PY}/ssl.py", line 1134, in read', "During handling of the above exception, another "
                  "exception occurred:"):
        cut = lines[:3] + [after] + lines[3:]
        assert not _last_raise(cut, 2) and not _traceback_cut_below(cut, 2), after
    # a CI's or a tool's own error line is no exception's name
    for after in ("ERROR: Job failed: exit code 1", "Error: Process completed with exit code 2.",
                  "The command \"pip install -r requirements.txt\" exited with 2."):
        assert _traceback_cut_below(lines[:3] + [after], 2), after


def test_net27_ids_unique() -> None:
    assert_unique_ids(GO_HTTP_CASES, GO_HTTP_LOOPBACK, REPOSITORY_CASES, REPOSITORY_NOT_SURELY_TRANSIENT,
                      PIP_CUT_CASES, PIP_CUT_NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py.
LONG_LINE_WORDS = [
    'Get "https://a/', "Get https://a/b: ", "Head https://a", 'Error response from daemon: Head "https://a": ',
    "Could not find artifact a:b:jar:1 in c (https://d) ", "Could not transfer artifact a:b:jar:1 from/to c (https://d): ",
    "   > Could not find a:b:1.\n", "   > Could not resolve a:b:1.\n", "Server access error at url https://a/b/c/1/",
    "Server access Error: Read timed out url=https://a/b/1/b-1.pom ", "#b;1: not found ",
    '  File "/a/urllib3/response.py", line 1, in read', 'File "/a/ssl.py", line 1, in recv_into ',
]
