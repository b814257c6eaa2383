"""Review of the twenty-seventh round's network, download and polish readings (review27_b): logs written to break them.

Covered: (net27) Go's HTTP client error in both URL forms (go_http_client_cut) against a TLS port spoken to in plain
HTTP, a registry that wants or refuses a client certificate, a protocol or name ("remote error: tls: bad certificate",
"certificate required", "handshake failure"), a Go test that WANTS the client's error, the job's own server on 0.0.0.0 or
under a compose alias, a corrupt image archive loaded from the repository; one repository's miss beside another's
transfer failure (same_artifact_transfer_outage) where the other repository refused (a decommissioned host), Maven's
http blocker, Maven 3.9's and 3.8's list of two artifacts with the outage behind one; pip's traceback cut in its read
frames (pip-download-cut-in-read-frames) in an optional install before a test's assertion and in pip's build-dependency
subprocess; (dl27) AppVeyor's 404 for a release asset not yet uploaded, a 407, an optional cache's 404 beside a later
cut download; conda's 5xx explanation inside a test's captured output; an archive into tar after curl -sf's silent 404,
a redirect curl did not follow, an HTML login page, another local archive, curl's own refusal or 404, a meter at 100 %;
Terraform's provider download reset and a registry's TLS refusal; (polish27) a golden diff whose new side is a Go
deadlock, a nil dereference, a lock check, a rejected connection string, TLS version, proxy URL or config file, the
loopback's refusal, a remote deadline or DNS failure; cargo's rustc SIGKILL beside a lint denied by -D warnings, a parse
error, clippy's lint, a warning only; a date after a key's colon in a regenerated manifest's image tag and a fixed
partition key; RSpec::Retry's every try failing on an external sandbox's time-out.

Where the wording comes from (recalled, not read here): Go's net/http client errors ("<Method> \"<URL>\": <cause>",
"net/http: HTTP/1.x transport connection broken: malformed HTTP response", "http: server gave HTTP response to HTTPS
client") and crypto/tls's alert texts (alert.go: "bad certificate", "certificate required", "handshake failure", "bad
record MAC"); Docker's "Error response from daemon: " and "Error processing tar file(exit status 1): unexpected EOF";
Helm's repo update lines; Maven resolver's ArtifactTransferException and Maven 3.9's "The following artifacts could not
be resolved: ... (absent)" and 3.8.1's "maven-default-http-blocker (http://0.0.0.0/): Blocked mirror for repositories";
Leiningen's lines; pip's "ERROR: Exception:", its error box ("× ... did not run successfully.", "╰─> [N lines of
output]", "[end of output]", "note: This error originates from a subprocess") and urllib3's, http.client's, socket's
and ssl's frames; AppVeyor's "Error downloading remote file" / "Inner Exception:" (as dl27 gives them); conda's 5xx help
text (as dl27 read it); pytest's "Captured stdout call" section; curl's (7), (18), (22) and progress meter; Terraform's
diagnostic box; cargo's "Caused by: process didn't exit successfully: ... (signal: 9, SIGKILL: kill)", rustc's and
clippy's diagnostics with their " --> " arrow; rspec-retry's "RSpec::Retry: 2nd try <location>"; Net::OpenTimeout's
"execution expired". Read here: GNU tar 1.34 and gzip 1.12 on this machine fed an empty stream, 10, 100, 1,000 and more
bytes of a 1 MB .tar.gz (under about 100 bytes: gzip's "stdin: unexpected end of file" and tar's "Child returned status
1" only; from 1,000 bytes on, tar's "Unexpected EOF in archive" too), and xz on an empty stream ("File format not
recognized"). Hosts, projects and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * Go's client met by the peer's TLS alert refusing the client's certificate -> real (tls-certificate); refusing its
    protocol or cipher ("handshake failure") -> not surely transient; a record broken in flight -> transient;
  * a Go test's line that wants the client's error -> the test's failure (real); the job's own server on 0.0.0.0 -> read
    as the loopback's refusal; a compose alias's EOF -> not surely transient;
  * a second artifact in Maven's "could not be resolved" list with no cause shown -> the not-found stays (not surely
    transient); a refused or blocked repository -> the not-found stays;
  * pip's traceback cut in a subprocess's output above pip's "error: subprocess-exited-with-error" -> transient; an
    optional install's cut before a test's assertion -> real;
  * conda's help text in a test's captured output -> the test's failure;
  * gzip's end-of-file with tar's child status alone (tar read no block: an empty stream) -> not surely transient, unless
    curl reported the cut; with tar's "Unexpected EOF in archive" under a download -> transient;
  * a golden diff whose new side is an error of the code or of its input (a deadlock, a lock, a setting rejected) -> the
    changed text it was (real); a failed connection, lookup or remote deadline -> read as that error;
  * rustc's or clippy's error without a code beside a rustc SIGKILL -> real.
Left (strict xfails, "LEFT:" in KNOWN_MISREAD): an optional download's 404 the script caught, beside a later download
that broke off.
"""

from __future__ import annotations

import pytest
from judging import (
    assert_unique_ids,
    judge,
    labelled,
    logs,
    not_surely_transient,
    reads,
    signatures,
)

from triage_agent.classify.line_checks import _PY_EXCEPTION_LINE, _traceback_cut_below
from triage_agent.classify.structure import error_in_place_of_output

_GHA = "##[error]Process completed with exit code 1.\n"
_GHA2 = "##[error]Process completed with exit code 2.\n"
_GL = "ERROR: Job failed: exit code 1\n"
_CARGO_EXIT = "##[error]Process completed with exit code 101.\n"
_TAR_TAIL = "tar: Child returned status 1\ntar: Error is not recoverable: exiting now\n"
_TAR_CUT = "tar: Unexpected EOF in archive\ntar: Unexpected EOF in archive\ntar: Error is not recoverable: exiting now\n"


def _golden(added: str, removed: str = "-id,name,total\n-1,widget,4.20\n", tool: str = "./bin/export-orders") -> str:
    return (f"+ {tool} --format csv > out/orders.csv 2>&1 || true\n"
            "+ diff -u tests/golden/orders.csv out/orders.csv\n"
            "--- tests/golden/orders.csv\t2025-04-02 09:00:00.000000000 +0000\n"
            "+++ out/orders.csv\t2025-04-02 09:03:12.000000000 +0000\n"
            "@@ -1,2 +1,1 @@\n" + removed + added + _GHA)


def _cargo_kill(before: str, crate: str = "tiles_server", src: str = "server/src/main.rs") -> str:
    return ("Run cargo build --workspace --locked\n" + before +
            f"error: could not compile `{crate.replace('_', '-')}` (bin \"{crate.replace('_', '-')}\")\n\nCaused by:\n"
            "  process didn't exit successfully: `/home/runner/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/bin/rustc "
            f"--crate-name {crate} --edition=2021 {src} --crate-type bin` (signal: 9, SIGKILL: kill)\n" + _CARGO_EXIT)


_MVN_HEAD = ("[INFO] ------------------------------------------------------------------------\n[INFO] BUILD FAILURE\n"
             "[INFO] ------------------------------------------------------------------------\n")


# Every log tried, with the verdict a senior engineer gives it ("nst": not surely transient, no confident rerun).
ALL: list[tuple[str, str, str]] = [
    # ================= Go's HTTP client
    # plain HTTP spoken to a TLS port (the job's URL says http:// on :8443): the TLS alert bytes come back, every run
    ("go-http-to-tls-port-malformed-response", "real",
     "Run ./bin/schemactl sync --registry http://schemas.acme-corp.example:8443\n"
     "schemactl: fetch schema orders: Get \"http://schemas.acme-corp.example:8443/v1/schemas/orders\": net/http: "
     "HTTP/1.x transport connection broken: malformed HTTP response \"\\x15\\x03\\x01\\x00\\x02\\x02\"\n" + _GHA),
    # the same as Go before 1.14 printed it (bare URL), a module proxy the job set with http:// on the TLS port
    ("go-proxy-http-to-tls-port-bare", "real",
     "$ GOPROXY=http://goproxy.acme-corp.example:443 go mod download\n"
     "go: github.com/acme/ledger@v1.4.0: Get http://goproxy.acme-corp.example:443/github.com/acme/ledger/@v/v1.4.0.mod: "
     "net/http: HTTP/1.x transport connection broken: malformed HTTP response \"\\x15\\x03\\x01\\x00\\x02\\x02\"\n" + _GL),
    # a registry that wants a client certificate (mTLS) the job does not present: the peer's alert, every run
    # (tls-certificate; a handshake failure, a cipher or protocol refused, is left unread: not surely transient)
    ("docker-login-remote-tls-bad-certificate", "real",
     "$ docker login -u ci --password-stdin registry.acme-corp.example\n"
     "Error response from daemon: Get \"https://registry.acme-corp.example/v2/\": remote error: tls: bad certificate\n" + _GL),
    ("docker-pull-bare-remote-tls-handshake-failure", "nst",
     "$ docker pull registry.acme-corp.example/base/jdk:17\n"
     "Error response from daemon: Get https://registry.acme-corp.example/v2/: remote error: tls: handshake failure\n" + _GHA),
    ("go-client-remote-tls-certificate-required", "real",
     "Run ./bin/deployctl status --api https://deploy.acme-corp.example\n"
     "Error: Get \"https://deploy.acme-corp.example/api/v1/status\": remote error: tls: certificate required\n" + _GHA),
    # the same alerts that say the record broke in flight: still the network
    ("docker-pull-remote-tls-bad-record-mac", "transient",
     "$ docker pull registry.acme-corp.example/base/jdk:17\n"
     "Error response from daemon: Get \"https://registry.acme-corp.example/v2/base/jdk/blobs/sha256:4c1e\": remote error: "
     "tls: bad record MAC\n" + _GHA),
    # a Go test's expectation quoting the client error it wanted (the code returned none): the test's failure
    ("go-test-want-client-eof", "real",
     "$ go test ./...\n--- FAIL: TestFetchSurfacesTruncatedBody (0.00s)\n"
     "    fetch_test.go:58: Fetch() error = <nil>, want Get \"https://api.acme.example/v1/items\": unexpected EOF\n"
     "FAIL\nFAIL\tgithub.com/acme/catalog/client\t0.011s\nFAIL\n" + _GHA),
    ("go-test-want-client-eof-bare", "real",
     "$ go test ./...\n--- FAIL: TestFetchError (0.00s)\n"
     "    fetch_test.go:71: error = \"fetch: timeout\", want \"fetch: Get https://api.acme.example/v1/items: EOF\"\n"
     "FAIL\nFAIL\tgithub.com/acme/catalog/client\t0.009s\nFAIL\n" + _GHA),
    # the job's own server on 0.0.0.0, not up: refused on the job's own address, read as the loopback's refusal is
    # (connection-refused: a service not up yet), not as a module proxy's cut
    ("go-own-server-0000-refused", "transient",
     "Run ./bin/api --listen 0.0.0.0:8080 &\n./bin/wait-healthy --url http://0.0.0.0:8080/healthz --attempts 30\n"
     "wait-healthy: Get \"http://0.0.0.0:8080/healthz\": dial tcp 0.0.0.0:8080: connect: connection refused\n"
     "wait-healthy: gave up after 30 attempts\n" + _GHA),
    # a corrupt image archive in the repository loaded by the daemon: the local file, every run
    ("docker-load-corrupt-local-archive", "nst",
     "$ docker load -i ci/images/build-base.tar\n"
     "Error processing tar file(exit status 1): unexpected EOF\n" + _GL),
    # a certificate the client does not trust: not a cut; a registry speaking plain HTTP to an HTTPS client: left unread
    ("go-client-x509-unknown-authority", "real",
     "$ docker pull registry.acme-corp.example/base/jdk:17\n"
     "Error response from daemon: Get \"https://registry.acme-corp.example/v2/\": x509: certificate signed by unknown "
     "authority\n" + _GHA),
    ("go-client-http-response-to-https-client", "nst",
     "$ docker push registry.acme-corp.example:5000/tools/builder:1.8\n"
     "The push refers to repository [registry.acme-corp.example:5000/tools/builder]\n"
     "Get \"https://registry.acme-corp.example:5000/v2/\": http: server gave HTTP response to HTTPS client\n" + _GHA),
    # a genuine cut, bare and quoted, for the pin
    ("helm-repo-update-quoted-unexpected-eof", "transient",
     "$ helm repo update\nHang tight while we grab the latest from your chart repositories...\n"
     "...Unable to get an update from the \"acme\" chart repository (https://charts.acme.example):\n"
     "\tGet \"https://charts.acme.example/index.yaml\": unexpected EOF\nUpdate Complete. ⎈Happy Helming!⎈\n"
     "Error: no cached repo found. (try 'helm repo update')\n" + _GHA),

    # ================= one repository's miss beside another's transfer outage
    # a repository answered refused (decommissioned host): no passing cause, the miss stays real
    ("maven-not-found-then-same-artifact-refused", "nst",
     _MVN_HEAD + "[ERROR] Failed to execute goal on project billing: Could not resolve dependencies for project "
     "org.acme:billing:jar:2.1.0: Failed to collect dependencies at org.acme.legacy:ledger-api:jar:0.9.4: "
     "Could not find artifact org.acme.legacy:ledger-api:jar:0.9.4 in central (https://repo.maven.apache.org/maven2)\n"
     "[ERROR] \tSuppressed: org.eclipse.aether.transfer.ArtifactTransferException: Could not transfer artifact "
     "org.acme.legacy:ledger-api:jar:0.9.4 from/to acme-legacy (https://nexus-old.acme-corp.example/repository/legacy): "
     "Connect to nexus-old.acme-corp.example:443 [nexus-old.acme-corp.example/10.40.1.9] failed: Connection refused\n" + _GHA),
    # Maven 3.8.1+'s blocker of an http:// repository: the POM's URL, every run
    ("maven-http-blocker-beside-not-found", "real",
     _MVN_HEAD + "[ERROR] Failed to execute goal on project billing: Could not resolve dependencies for project "
     "org.acme:billing:jar:2.1.0: Could not find artifact org.acme.legacy:ledger-api:jar:0.9.4 in central "
     "(https://repo.maven.apache.org/maven2)\n[ERROR] \tSuppressed: org.eclipse.aether.transfer.ArtifactTransferException: "
     "Could not transfer artifact org.acme.legacy:ledger-api:jar:0.9.4 from/to maven-default-http-blocker "
     "(http://0.0.0.0/): Blocked mirror for repositories: [acme-legacy (http://nexus.acme-corp.example/repository/legacy, "
     "default, releases+snapshots)]\n" + _GHA),
    # Maven 3.9's summary: two artifacts absent, the outage behind one of them only
    ("maven39-two-absent-outage-behind-one", "nst",
     _MVN_HEAD + "[ERROR] Failed to execute goal on project billing: Could not resolve dependencies for project "
     "org.acme:billing:jar:2.1.0: The following artifacts could not be resolved: org.acme:codec:jar:2.7.1 (absent), "
     "org.acme:ledger-rules:jar:5.0.0 (absent): Could not find artifact org.acme:codec:jar:2.7.1 in central "
     "(https://repo.maven.apache.org/maven2)\n[ERROR] \tSuppressed: org.eclipse.aether.transfer.ArtifactTransferException: "
     "Could not transfer artifact org.acme:codec:jar:2.7.1 from/to acme-releases (https://nexus.acme-corp.example/"
     "repository/releases): status code: 503, reason phrase: Service Unavailable (503)\n" + _GHA),
    # the same artifact's transfer and miss: a genuine outage, for the pin
    ("lein-not-found-then-same-artifact-read-timed-out", "transient",
     "$ lein test\nCould not find artifact acme:ledger-codec:jar:0.9.3 in central (https://repo1.maven.org/maven2/)\n"
     "Could not transfer artifact acme:ledger-codec:jar:0.9.3 from/to acme-private (https://maven.acme-corp.example/"
     "releases/): Read timed out\nThis could be due to a typo in :dependencies, file system permissions, or network issues.\n"
     "If you are behind a proxy, try setting the 'http_proxy' environment variable.\n" + _GHA),

    # ================= pip's traceback cut in the read frames
    # pip's optional install cut (|| true), then the tests failed on an assertion: the tests' failure
    ("pip-optional-cut-then-pytest-assertion", "real",
     "+ pip install -r requirements-optional.txt || echo 'optional extras unavailable'\n"
     "Collecting pyarrow==15.0.2\n"
     "  Downloading https://pkgs.mirror.example/packages/pyarrow-15.0.2-cp311-cp311-manylinux_2_28_x86_64.whl (38.3 MB)\n"
     "ERROR: Exception:\nTraceback (most recent call last):\n"
     '  File "/opt/venv/lib/python3.11/site-packages/pip/_vendor/urllib3/response.py", line 438, in _error_catcher\n    yield\n'
     '  File "/opt/venv/lib/python3.11/site-packages/pip/_vendor/urllib3/response.py", line 561, in read\n'
     '    data = self._fp_read(amt) if not fp_closed else b""\n'
     '  File "/usr/local/lib/python3.11/ssl.py", line 1134, in read\n    return self._sslobj.read(len, buffer)\n'
     "optional extras unavailable\n"
     "+ python -m pytest -q\n" + "_" * 20 + " test_invoice_total " + "_" * 20 + "\n\n"
     "    def test_invoice_total():\n>       assert invoice_total([1, 2]) == 3\nE       assert 4 == 3\n"
     "E        +  where 4 = invoice_total([1, 2])\n\ntests/test_invoice.py:8: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_invoice.py::test_invoice_total - assert 4 == 3\n1 failed, 57 passed in 2.10s\n" + _GHA),
    # pip's build-dependency install (its output relayed under the subprocess box), cut in the read frames: the download
    ("pip-build-deps-subprocess-cut", "transient",
     "$ pip install .\nProcessing /home/runner/work/ledger/ledger\n  Installing build dependencies: started\n"
     "  Installing build dependencies: finished with status 'error'\n"
     "  error: subprocess-exited-with-error\n\n"
     "  × pip subprocess to install build dependencies did not run successfully.\n  │ exit code: 2\n"
     "  ╰─> [14 lines of output]\n      Collecting setuptools>=68\n"
     "        Downloading https://pkgs.mirror.example/packages/setuptools-69.5.1-py3-none-any.whl (894 kB)\n"
     "      ERROR: Exception:\n      Traceback (most recent call last):\n"
     '        File "/opt/venv/lib/python3.11/site-packages/pip/_vendor/urllib3/response.py", line 561, in read\n'
     '          data = self._fp_read(amt) if not fp_closed else b""\n'
     '        File "/usr/local/lib/python3.11/socket.py", line 706, in readinto\n'
     "          return self._sock.recv_into(b)\n      [end of output]\n\n"
     "  note: This error originates from a subprocess, and is likely not a problem with pip.\n"
     "error: subprocess-exited-with-error\n" + _GHA),

    # ================= AppVeyor's download cmdlet
    # the release asset a parallel job had not uploaded yet: the file is not there (a rerun may find it, but 404 is
    # no outage)
    ("appveyor-release-asset-not-uploaded-404", "real",
     "Build started\nRunning Install scripts\n"
     "appveyor DownloadFile https://github.com/acme/quux/releases/download/v2.5.0/quux-cli-2.5.0-win64.zip -FileName quux.zip\n"
     "Error downloading remote file: One or more errors occurred.\n"
     "Inner Exception: Remote server returned 404: Not Found\nCommand exited with code 2\n"),
    ("appveyor-proxy-auth-407", "real",
     "Start-FileDownload 'https://downloads.example.net/quux/quux-cli-2.4.0-win64.zip' -FileName quux.zip\n"
     "Error downloading remote file: One or more errors occurred.\n"
     "Inner Exception: Remote server returned 407: Proxy Authentication Required\nCommand exited with code 2\n"),
    # an optional cache archive's 404 caught by the script; later a tool's download broke off mid-way
    ("appveyor-optional-404-then-curl-cut", "transient",
     "Running Install scripts\n"
     "Start-FileDownload 'https://ci-cache.acme.example/quux/deps-cache-3f2c1a9.zip' -FileName deps.zip\n"
     "Error downloading remote file: One or more errors occurred.\n"
     "Inner Exception: Remote server returned 404: Not Found\n"
     "No dependency cache for this commit; building from scratch\n"
     "curl -fsSL -o ninja.zip https://downloads.example.net/ninja/v1.12.1/ninja-win.zip\n"
     "curl: (18) transfer closed with 188416 bytes remaining to read\nCommand exited with code 18\n"),

    # ================= conda's 5xx explanation
    # the block in a test's captured output (the project renders conda's messages), the test failing on its assertion
    ("conda-help-in-captured-stdout-assertion", "real",
     "$ pytest tests/test_render.py\n=================================== FAILURES ===================================\n"
     "_____________________________ test_render_http_error _____________________________\n\n"
     "    def test_render_http_error(capsys):\n        render_http_error(503)\n        out = capsys.readouterr().out\n"
     ">       assert \"HTTP 503\" in out\nE       AssertionError: assert 'HTTP 503' in 'A remote server error occurred ...'\n\n"
     "tests/test_render.py:14: AssertionError\n----------------------------- Captured stdout call -----------------------------\n"
     "A remote server error occurred when trying to retrieve this URL.\n\n"
     "A 500-type error (e.g. 500, 501, 502, 503, etc.) indicates the server failed to\n"
     "fulfill a valid request.  The problem may be spurious, and will resolve itself if you\n"
     "try your request again.  If the problem persists, consider notifying the maintainer\n"
     "of the remote server.\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_render.py::test_render_http_error - AssertionError: assert 'HTTP 503' in 'A remote server error...'\n"
     "1 failed, 30 passed in 0.52s\n" + _GHA),

    # ================= archive cut short after a download
    # curl -sf on a 404 prints nothing and tar gets an empty stream: gzip's "unexpected end of file", tar's child status,
    # no "Unexpected EOF in archive" (tar read no block): the download gave nothing, not a cut
    ("curl-sf-404-silent-empty-stream", "nst",
     "Run curl -sfL https://releases.example.net/quux/v9.9.9/quux_9.9.9_linux_amd64.tar.gz | tar -xz -C /usr/local/bin\n"
     "\ngzip: stdin: unexpected end of file\n" + _TAR_TAIL + _GHA2),
    # curl without -L on a release URL that redirects: an empty body, every run
    ("curl-no-follow-redirect-empty-stream", "nst",
     "+ curl -s https://github.com/acme/quux/releases/download/v2.4.0/quux_2.4.0_linux_amd64.tar.gz | tar xz\n"
     "\ngzip: stdin: unexpected end of file\n" + _TAR_TAIL + _GL),
    # a truncated stream (tar read some of it): a cut
    ("curl-pipe-tar-cut-mid-archive", "transient",
     "Run curl -sSL https://releases.example.net/quux/v2.4.0/quux_2.4.0_linux_amd64.tar.gz | tar -xz -C /usr/local/bin\n"
     "\ngzip: stdin: unexpected end of file\n" + _TAR_CUT + _GHA2),
    # an HTML login page (an SSO redirect followed by -L): not gzip
    ("curl-html-login-page", "nst",
     "Run curl -sSL https://artifacts.acme-corp.example/quux/quux_2.4.0_linux_amd64.tar.gz | tar -xz\n"
     "\ngzip: stdin: not in gzip format\n" + _TAR_TAIL + _GHA2),
    # a download just above, of another file, and a local archive broken in the repository
    ("download-then-other-local-archive", "nst",
     "+ curl -fsSL https://downloads.example.net/protoc/v25.1/protoc-25.1-linux-x86_64.zip -o /tmp/protoc.zip\n"
     "+ unzip -q /tmp/protoc.zip -d /usr/local\n"
     "+ tar -xzf third_party/fixtures/corpus-v3.tar.gz -C tests/data\n"
     "\ngzip: stdin: unexpected end of file\n" + _TAR_CUT + _GHA2),
    # wget -q into xz: an empty stream reads as no format
    ("wget-q-empty-into-xz", "nst",
     "+ wget -qO- https://downloads.example.net/sdk/tinysdk-9.9.tar.xz | tar -xJ\n"
     "xz: (stdin): File format not recognized\n" + _TAR_TAIL + _GHA2),

    # ================= Terraform
    ("tf-provider-download-reset", "transient",
     "Run terraform init -input=false\nInitializing provider plugins...\n- Installing acme/quux v1.4.2...\n"
     "╷\n│ Error: Failed to install provider\n│ \n│ Error while installing acme/quux v1.4.2: read tcp\n"
     "│ 10.1.0.4:51822->203.0.113.7:443: read: connection reset by peer\n╵\n" + _GHA),

    # ================= golden diffs whose new side is an error
    # the program now dies on a Go deadlock (the change's): not a connection's trouble
    ("golden-diff-go-deadlock", "real",
     _golden("+fatal error: all goroutines are asleep - deadlock!\n")),
    # a refused connection to the job's own database in place of the output: read as that line is read anywhere
    # (connection-refused, transient: the service not up yet); the log cannot tell a wrong port the change set
    ("golden-diff-own-db-wrong-port-refused", "transient",
     _golden("+error: dial tcp 127.0.0.1:5433: connect: connection refused\n")),
    # a nil dereference (Go's panic names "memory"): the code's crash
    ("golden-diff-nil-deref-panic", "real",
     _golden("+panic: runtime error: invalid memory address or nil pointer dereference\n"
             "+[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x4f2b31]\n")),
    # the change made the exporter validate a lock it never takes: its own message every run
    ("golden-diff-lock-not-held", "real",
     _golden("+error: invalid state: export lock not held by this process\n")),
    # a genuine outage in place of the output, for the pin
    ("golden-diff-remote-dns-failure", "transient",
     _golden("+error: Get \"https://rates.example.net/v1/latest\": dial tcp: lookup rates.example.net on 127.0.0.53:53: "
             "server misbehaving\n")),

    # ================= cargo's rustc SIGKILLed
    # -D warnings: a lint error has no code, the kill of another crate's rustc beside it
    ("cargo-kill-beside-deny-warnings-lint", "real",
     _cargo_kill("   Compiling tiles v0.3.0 (/home/runner/work/tiles/core)\n"
                 "error: unused import: `std::fmt`\n --> core/src/render.rs:3:5\n  |\n3 | use std::fmt;\n  |     ^^^^^^^^\n"
                 "  |\n  = note: `-D unused-imports` implied by `-D warnings`\n"
                 "error: could not compile `tiles` (lib) due to 1 previous error\n"
                 "warning: build failed, waiting for other jobs to finish...\n")),
    # a parse error (no code) in one crate, another crate's rustc killed
    ("cargo-kill-beside-parse-error", "real",
     _cargo_kill("   Compiling tiles v0.3.0 (/home/runner/work/tiles/core)\n"
                 "error: expected one of `,`, `.`, `?`, `}`, or an operator, found `let`\n"
                 "  --> core/src/render.rs:41:9\n"
                 "error: could not compile `tiles` (lib) due to 1 previous error\n"
                 "warning: build failed, waiting for other jobs to finish...\n")),
    # clippy's lint error (its own name, no code) beside clippy-driver's kill
    ("cargo-clippy-kill-beside-lint", "real",
     "Run cargo clippy --workspace -- -D warnings\n    Checking tiles v0.3.0 (/home/runner/work/tiles/core)\n"
     "error: this `if` has identical blocks\n  --> core/src/render.rs:52:20\n"
     "  = help: for further information visit https://rust-lang.github.io/rust-clippy/master/index.html#if_same_then_else\n"
     "error: could not compile `tiles` (lib) due to 1 previous error\nwarning: build failed, waiting for other jobs to finish...\n"
     "error: could not compile `tiles-server` (bin \"tiles-server\")\n\nCaused by:\n"
     "  process didn't exit successfully: `/home/runner/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/bin/clippy-driver "
     "/home/runner/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/bin/rustc --crate-name tiles_server --edition=2021 "
     "server/src/main.rs` (signal: 9, SIGKILL: kill)\n" + _CARGO_EXIT),
    # the kill alone, for the pin
    ("cargo-kill-alone-dependency", "transient",
     _cargo_kill("   Compiling polars-core v0.41.3\n   Compiling polars-lazy v0.41.3\n", crate="polars_lazy",
                 src="/home/runner/.cargo/registry/src/index.crates.io-6f17d22bba15001f/polars-lazy-0.41.3/src/lib.rs")),

    # ================= a date after a key's colon
    # a manifest regenerated with today's image tag, checked against the committed copy: stale every day
    ("git-diff-generated-manifest-image-tag-date", "real",
     "+ make manifests\n+ git diff --exit-code\ndiff --git a/deploy/app.yaml b/deploy/app.yaml\nindex 3f2c1a9..8d0e4b7 100644\n"
     "--- a/deploy/app.yaml\n+++ b/deploy/app.yaml\n@@ -17,7 +17,7 @@ spec:\n       containers:\n         - name: app\n"
     "-          image: registry.acme-corp.example/app:2024-03-01\n+          image: registry.acme-corp.example/app:2024-03-02\n"
     "           ports:\n" + _GHA),
    # a fixed partition key for a fixed late-evening order (a zone bug), GitHub's stamps two years later: the code's
    ("go-partition-key-fixed-date-stamped", "real",
     "".join(f"2026-01-07T10:02:{i:02d}.{1000000 + i:07d}Z {ln}\n" for i, ln in enumerate((
         "$ go test ./...\n--- FAIL: TestPartitionKeyLateOrder (0.00s)\n"
         "    partition_test.go:31: got \"orders:2024-03-01\", want \"orders:2024-02-29\"\n"
         "FAIL\nFAIL\tgithub.com/acme/ledger/partition\t0.005s\nFAIL\n").splitlines()))),

    # ================= RSpec::Retry
    # an external sandbox timed out on each of three tries within seconds: the sandbox, not the code (every try failed,
    # the outage outlasted them; a rerun later passes)
    ("rspec-retry-every-try-external-timeout", "transient",
     "+ bundle exec rspec\nRandomized with seed 4321\n"
     "RSpec::Retry: 2nd try ./spec/clients/payments_client_spec.rb:8\n"
     "RSpec::Retry: 3rd try ./spec/clients/payments_client_spec.rb:8\n\nFailures:\n\n"
     "  1) PaymentsClient charges a test card\n     Failure/Error: client.charge(card: '4242', cents: 500)\n\n"
     "     Net::OpenTimeout:\n       Failed to open TCP connection to sandbox.payments.example:443 (execution expired)\n"
     "     # ./spec/clients/payments_client_spec.rb:9:in `block (2 levels) in <top (required)>'\n\n"
     "Finished in 31.2 seconds (files took 1.4 seconds to load)\n64 examples, 1 failure\n\n"
     "Failed examples:\n\nrspec ./spec/clients/payments_client_spec.rb:8 # PaymentsClient charges a test card\n" + _GHA),

    # ---------------- second batch: the fixes' own edges
    # golden diffs: a config error of the program that names a network word: the code's (as before polish27)
    ("golden-diff-invalid-connection-string", "real",
     _golden("+error: invalid connection string: missing host in \"postgres://:5432/orders\"\n")),
    ("golden-diff-unsupported-tls-version", "real",
     _golden("+error: unsupported TLS version \"1.4\" in --min-tls\n")),
    ("golden-diff-proxy-url-invalid", "real",
     _golden("+error: invalid proxy URL \"htp://proxy.acme-corp.example:3128\": unsupported scheme\n")),
    ("golden-diff-config-unexpected-eof", "real",
     _golden("+error: parse config/export.yaml: unexpected EOF\n")),
    # a remote deadline / a host not resolved in place of the output: the network's
    ("golden-diff-remote-deadline", "transient",
     _golden("+error: Post \"https://hooks.acme.example/notify\": context deadline exceeded\n")),
    ("golden-diff-git-could-not-resolve-host", "transient",
     _golden("+fatal: unable to access 'https://git.acme.example/data/rates.git/': Could not resolve host: git.acme.example\n",
             tool="./scripts/fetch-rates.sh")),
    # pip's error boxes around the code's own failure stay real
    ("pip-setup-py-egg-info-module-missing", "real",
     "$ pip install -e .\nObtaining file:///home/runner/work/ledger/ledger\n  Preparing metadata (setup.py) ... error\n"
     "  error: subprocess-exited-with-error\n\n  × python setup.py egg_info did not run successfully.\n  │ exit code: 1\n"
     "  ╰─> [6 lines of output]\n      Traceback (most recent call last):\n        File \"<string>\", line 2, in <module>\n"
     "        File \"/home/runner/work/ledger/ledger/setup.py\", line 4, in <module>\n          from ledger._version import VERSION\n"
     "      ModuleNotFoundError: No module named 'ledger._version'\n      [end of output]\n\n"
     "  note: This error originates from a subprocess, and is likely not a problem with pip.\n"
     "error: metadata-generation-failed\n\n× Encountered error while generating package metadata.\n╰─> See above for output.\n"
     + _GHA),
    ("pip-build-wheel-compile-error", "real",
     "$ pip install .\nBuilding wheels for collected packages: fastcodec\n  Building wheel for fastcodec (pyproject.toml) ... error\n"
     "  error: subprocess-exited-with-error\n\n  × Building wheel for fastcodec (pyproject.toml) did not run successfully.\n"
     "  │ exit code: 1\n  ╰─> [5 lines of output]\n      running build_ext\n      building 'fastcodec._codec' extension\n"
     "      src/codec.c:41:5: error: implicit declaration of function 'encode_block' [-Werror=implicit-function-declaration]\n"
     "      error: command '/usr/bin/gcc' failed with exit code 1\n      [end of output]\n\n"
     "  note: This error originates from a subprocess, and is likely not a problem with pip.\n"
     "  ERROR: Failed building wheel for fastcodec\nFailed to build fastcodec\n"
     "ERROR: Could not build wheels for fastcodec, which is required to install pyproject.toml-based projects\n" + _GHA),
    # a Go test against a real external API whose answer broke off (the test's "got", want nil): the network
    ("go-test-got-client-eof-want-nil", "transient",
     "$ go test ./...\n--- FAIL: TestLiveCatalog (1.21s)\n"
     "    live_test.go:40: Fetch() error = Get \"https://api.acme.example/v1/items\": EOF, want nil\n"
     "FAIL\nFAIL\tgithub.com/acme/catalog/client\t1.230s\nFAIL\n" + _GHA),
    # Maven 3.8's list without "(absent)": a second artifact in it, nothing behind it
    ("maven38-list-two-artifacts-outage-behind-one", "nst",
     _MVN_HEAD + "[ERROR] Failed to execute goal on project billing: Could not resolve dependencies for project "
     "org.acme:billing:jar:2.1.0: The following artifacts could not be resolved: org.acme:codec:jar:2.7.1, "
     "org.acme:ledger-rules:jar:5.0.0: Could not find artifact org.acme:codec:jar:2.7.1 in central "
     "(https://repo.maven.apache.org/maven2)\n[ERROR] \tSuppressed: org.eclipse.aether.transfer.ArtifactTransferException: "
     "Could not transfer artifact org.acme:codec:jar:2.7.1 from/to acme-releases (https://nexus.acme-corp.example/"
     "repository/releases): status code: 503, reason phrase: Service Unavailable (503)\n" + _GL),
    # the list names the one artifact only: the outage (as net27)
    ("maven39-one-absent-same-artifact-502", "transient",
     _MVN_HEAD + "[ERROR] Failed to execute goal on project billing: Could not resolve dependencies for project "
     "org.acme:billing:jar:2.1.0: The following artifacts could not be resolved: org.acme:codec:jar:2.7.1 (absent): "
     "Could not find artifact org.acme:codec:jar:2.7.1 in central (https://repo.maven.apache.org/maven2)\n"
     "[ERROR] \tSuppressed: org.eclipse.aether.transfer.ArtifactTransferException: Could not transfer artifact "
     "org.acme:codec:jar:2.7.1 from/to acme-releases (https://nexus.acme-corp.example/repository/releases): status code: "
     "502, reason phrase: Bad Gateway (502)\n" + _GL),
    # Docker Hub's client time-out: the network
    ("docker-pull-client-timeout-awaiting-headers", "transient",
     "$ docker pull node:20-alpine\nError response from daemon: Get \"https://registry-1.docker.io/v2/\": net/http: request "
     "canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)\n" + _GHA),
    # the job's own compose service by its alias, bare URL, answer cut: the job's service
    ("go-wait-for-compose-alias-eof", "nst",
     "$ docker compose up -d api\n$ ./bin/wait-for http://api:8080/healthz\nwait-for: Get http://api:8080/healthz: EOF\n"
     "wait-for: giving up after 60s\n" + _GL),
    # a cut stream with curl's meter at 100 %: the file is broken at its source
    ("curl-meter-whole-then-tar-eof", "nst",
     "+ curl -L https://downloads.example.net/tools/zorp-7.1-linux.tar.gz -o zorp.tar.gz\n"
     "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n"
     "                                 Dload  Upload   Total   Spent    Left  Speed\n"
     "100 4212k  100 4212k    0     0  8123k      0 --:--:-- --:--:-- --:--:-- 8120k\n"
     "+ tar -xzf zorp.tar.gz\n\ngzip: stdin: unexpected end of file\n" + _TAR_CUT + _GHA2),
    # an empty stream where curl -sS printed its refusal: curl's own line decides (a refused host)
    ("curl-sS-refused-empty-stream", "transient",
     "Run curl -sSL https://releases.example.net/quux/v2.4.0/quux_2.4.0_linux_amd64.tar.gz | tar -xz\n"
     "curl: (7) Failed to connect to releases.example.net port 443 after 3 ms: Connection refused\n"
     "\ngzip: stdin: unexpected end of file\n" + _TAR_TAIL + _GHA2),
    # an empty stream where curl -sS printed its 404: real
    ("curl-sSf-404-empty-stream", "real",
     "Run curl -sSfL https://releases.example.net/quux/v9.9.9/quux_9.9.9_linux_amd64.tar.gz | tar -xz\n"
     "curl: (22) The requested URL returned error: 404\n"
     "\ngzip: stdin: unexpected end of file\n" + _TAR_TAIL + _GHA2),
    # Terraform's registry refusing the client's TLS: no cut
    ("tf-registry-remote-tls-bad-certificate", "nst",
     "Run terraform init -input=false\nInitializing provider plugins...\n╷\n│ Error: Failed to query available provider packages\n"
     "│ \n│ Could not retrieve the list of available versions for provider acme/quux:\n│ could not connect to "
     "registry.acme-corp.example: failed to request discovery document: Get\n│ \"https://registry.acme-corp.example/.well-known/"
     "terraform.json\": remote error: tls: bad certificate\n╵\n" + _GHA),
    # cargo: a rustc error with a code beside the kill (as polish27), and a kill beside a warning only (not an error)
    ("cargo-kill-beside-warning-only", "transient",
     _cargo_kill("   Compiling tiles v0.3.0 (/home/runner/work/tiles/core)\n"
                    "warning: unused import: `std::fmt`\n --> core/src/render.rs:3:5\n  |\n3 | use std::fmt;\n  |     ^^^^^^^^\n"
                    "warning: `tiles` (lib) generated 1 warning\n")),
    # conda's whole 5xx report, in a job (not a test): the outage (as dl27)
    ("conda-5xx-whole-report-pin", "transient",
     "Collecting package metadata (repodata.json): failed\n\n"
     "CondaHTTPError: HTTP 503 SERVICE UNAVAILABLE for url <https://conda.acme.example/forge/linux-64/repodata.json>\n"
     "Elapsed: 00:00.301000\n\nA remote server error occurred when trying to retrieve this URL.\n\n"
     "A 500-type error (e.g. 500, 501, 502, 503, etc.) indicates the server failed to\nfulfill a valid request.  The problem "
     "may be spurious, and will resolve itself if you\ntry your request again.  If the problem persists, consider notifying "
     "the maintainer\nof the remote server.\n\n" + _GHA),
]

CASES = [case for case in ALL if case[1] != "nst"]
NOT_SURELY_TRANSIENT = [(cid, log) for cid, verdict, log in ALL if verdict == "nst"]

# LEFT: read wrong and left (strict expected failures).
KNOWN_MISREAD: dict[str, str] = {
    "appveyor-optional-404-then-curl-cut": (
        "LEFT: the optional cache's 404 reads as the file missing (resource-missing-404), and the log cannot tell that "
        "the script caught it; the later download's cut (curl's (18)) weighs less than a 404 (it read unknown before "
        "dl27's AppVeyor guard, which now passes over download-failed for the log's 404 head)"),
}


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_review27_b_reads_right(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_review27_b_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


def test_review27_b_ids_unique() -> None:
    assert_unique_ids(ALL)


def _case(case_id: str) -> str:
    return next(log for cid, _, log in ALL if cid == case_id)


def test_tls_alerts_refusing_the_client_are_no_cut() -> None:
    for case_id in ("docker-login-remote-tls-bad-certificate", "go-client-remote-tls-certificate-required"):
        found = signatures(judge(_case(case_id)))
        assert "tls-certificate" in found and "go-module-fetch" not in found, (case_id, found)
    assert "go-module-fetch" not in signatures(judge(_case("docker-pull-bare-remote-tls-handshake-failure")))
    # the record broken in flight stays the client's cut
    assert "go-module-fetch" in signatures(judge(_case("docker-pull-remote-tls-bad-record-mac")))


def test_a_go_test_that_wants_the_client_error_is_no_outage() -> None:
    for case_id in ("go-test-want-client-eof", "go-test-want-client-eof-bare"):
        found = signatures(judge(_case(case_id)))
        assert not {"go-module-fetch", "transfer-dropped"} & found, (case_id, found)
    # the test's "got" of such an error (an external API's answer cut) stays the client's cut
    assert "go-module-fetch" in signatures(judge(_case("go-test-got-client-eof-want-nil")))


def test_the_jobs_own_addresses_are_no_module_proxy() -> None:
    zero = judge(_case("go-own-server-0000-refused"))
    loopback = judge(_case("go-own-server-0000-refused").replace("0.0.0.0", "127.0.0.1"))
    assert "go-module-fetch" not in signatures(zero)
    assert (zero.verdict, signatures(zero)) == (loopback.verdict, signatures(loopback))
    assert "go-module-fetch" not in signatures(judge(_case("go-wait-for-compose-alias-eof")))
    # a proxy the job runs under an alias is still asked for a module on the GOPROXY protocol's paths
    athens = ("$ GOPROXY=http://athens:3000 go mod download\ngo: github.com/acme/ledger@v1.4.0: Get "
              "\"http://athens:3000/github.com/acme/ledger/@v/v1.4.0.mod\": unexpected EOF\n" + _GL)
    assert "go-module-fetch" in signatures(reads(athens, "transient"))


def test_a_second_artifact_in_mavens_list_keeps_the_not_found() -> None:
    for case_id in ("maven39-two-absent-outage-behind-one", "maven38-list-two-artifacts-outage-behind-one"):
        assert "maven-artifact-missing-in-repository" in signatures(judge(_case(case_id))), case_id
    # the list naming the one artifact (3.9's "(absent)") is the outage, as net27 reads it
    assert "maven-artifact-missing-in-repository" not in signatures(judge(_case("maven39-one-absent-same-artifact-502")))


def test_pip_subprocess_cut_reads_the_read_frames_not_a_test_mark() -> None:
    v = judge(_case("pip-build-deps-subprocess-cut"))
    assert "pip-download-cut-in-read-frames" in signatures(v) and "test-failure" not in signatures(v), v.rationale
    lines = ["          return self._sock.recv_into(b)", "      [end of output]", "",
             "  note: This error originates from a subprocess, and is likely not a problem with pip.",
             "error: subprocess-exited-with-error"]
    assert _traceback_cut_below(lines, 0)
    for text in ("error: subprocess-exited-with-error", "timeout: the monitored command dumped core"):
        assert not _PY_EXCEPTION_LINE.match(text), text
    for text in ("socket.timeout: The read operation timed out", "zlib.error: Error -3 while decompressing data",
                 "socket.gaierror: [Errno -2] Name or service not known", "ValueError: bad", "KeyboardInterrupt"):
        assert _PY_EXCEPTION_LINE.match(text), text


def test_conda_help_in_a_tests_captured_output_is_no_5xx() -> None:
    assert "http-5xx" not in signatures(judge(_case("conda-help-in-captured-stdout-assertion")))
    assert "http-5xx" in signatures(judge(_case("conda-5xx-whole-report-pin")))


def test_an_empty_stream_into_tar_is_no_cut_download() -> None:
    for case_id in ("curl-sf-404-silent-empty-stream", "curl-no-follow-redirect-empty-stream"):
        assert "archive-cut-short-after-download" not in signatures(judge(_case(case_id))), case_id
    assert "archive-cut-short-after-download" in signatures(judge(_case("curl-pipe-tar-cut-mid-archive")))


def test_golden_diff_of_an_error_of_the_code_stays_a_changed_text() -> None:
    for case_id in ("golden-diff-go-deadlock", "golden-diff-lock-not-held", "golden-diff-invalid-connection-string",
                    "golden-diff-unsupported-tls-version", "golden-diff-proxy-url-invalid",
                    "golden-diff-config-unexpected-eof"):
        assert "structure-unified-diff" in signatures(judge(_case(case_id))), case_id
    for case_id in ("golden-diff-remote-dns-failure", "golden-diff-remote-deadline", "golden-diff-git-could-not-resolve-host",
                    "golden-diff-own-db-wrong-port-refused"):
        assert "structure-unified-diff" not in signatures(judge(_case(case_id))), case_id
    assert not error_in_place_of_output(["-a,b", "+fatal error: all goroutines are asleep - deadlock!"])
    assert not error_in_place_of_output(["-a,b", "+error: unsupported TLS version \"1.4\""])
    assert error_in_place_of_output(["-a,b", "+error: connect ECONNREFUSED 10.0.0.5:5432"])
    assert error_in_place_of_output(["-a,b", '+error: Get "https://h.example/p": EOF'])


def test_cargo_kill_beside_an_error_without_a_code_stands_aside() -> None:
    for case_id in ("cargo-kill-beside-deny-warnings-lint", "cargo-kill-beside-parse-error", "cargo-clippy-kill-beside-lint"):
        assert not {"cargo-rustc-killed", "oom-killed"} & signatures(judge(_case(case_id))), case_id
    assert "cargo-rustc-killed" in signatures(judge(_case("cargo-kill-beside-warning-only")))


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py.
LONG_LINE_WORDS = [
    'Get "https://a/b": remote error: tls: ', "Get https://a/b: remote error: tls: bad certificate ",
    '    a_test.go:1: want Get "https://a/', "    a_test.go:1: expected ", "Get http://api:8080",
    "The following artifacts could not be resolved: a:b:jar:1 (absent), ", "Could not find artifact a:b:jar:1 in c ",
    "gzip: stdin: unexpected end of file\ntar: Child returned status 1\n", "curl: (18) ",
    "----- Captured stdout call -----\n", "A remote server error occurred when trying to retrieve this URL.\n",
    "error: a\n --> src/a.rs:1:1\n", "× a did not run successfully. ", "× Encountered error while ",
]
