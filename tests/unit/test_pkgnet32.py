"""Thirty-second round, pkgnet32: package managers' and fetchers' network failures, their wording read from the tools' own
source, each read generally (one pattern per family, not per log).

The round wrote 386 made-up failures of 35 tools in nine CI systems' framing (the round's probes, outside the repository)
from the message forms the tools' sources print; the engine read all but 16 of them right before this round. The misses
fell in these families, each fixed where the family is read:

  * a CI system quoting the job's command in its own words (Travis's 'The command "yarn install --frozen-lockfile" exited
    with 1.', TeamCity's and Azure's "Starting: /bin/sh -c pnpm install --frozen-lockfile") read as the lock file refused
    (lockfile-out-of-sync's unless): yarn 1's network retries and pnpm's BAD_TARBALL_SIZE under it were left unknown;
  * a stream that ended early in zlib's or Rust's io words ("the file appears to be corrupt: "unexpected end of file"",
    "  Caused by: unexpected end of file") read as a parser's syntax error (syntax-error's unless), and docker pull's bare
    "unexpected EOF" right under a layer's progress line (docker-layer-cut-short read it only after "Retrying in N");
  * download cuts in a tool's own words (download-failed): yarn 1's errorExtractingTarball, coursier's WrongLength,
    minipass-fetch's "invalid json response body ... reason: Unexpected end of JSON
    input", Homebrew's "Failure while executing; `.../curl ...` exited with 56."; coursier's "(expected N B, got M B)"
    is no test's comparison (rules._COMPARED_VALUES, test-assertion's unless);
  * Terraform's "failed to retrieve authentication checksums for provider: 500 ..." (http-5xx);
  * persistent causes left unknown: conda's ResolvePackageNotFound (package-not-published), an image with no manifest for
    the platform (package-not-published), git's push refused for its size ("RPC failed; HTTP 413", ci-pipeline-refused),
    gcloud's " - The resource '...' was not found" (cloud-api-request-refused), dnf's "All mirrors were tried" over
    librepo's "Curl error (60)" (registry-unavailable and download-failed stand aside: tls-certificate reads it).

Every line below is made up for this file; hosts, packages and paths are invented. Each test's docstring names the
source files of the tools' wording.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, reads, signatures

_GHA = "##[error]Process completed with exit code 1.\n"
_GL = "ERROR: Job failed: exit code 1\n"


def _travis(command: str, body: str, code: int = 1) -> str:
    return f"$ {command}\n{body}\n\nThe command \"{command}\" exited with {code}.\n\nDone. Your build exited with 1.\n"


def _teamcity(command: str, body: str, code: int = 1) -> str:
    lines = [f"[Step 2/3] Starting: /bin/sh -c {command}"] + [f"[Step 2/3] {x}" for x in body.split("\n")]
    return "\n".join(lines + [f"[Step 2/3] Process exited with code {code}", "[Step 2/3] Step Install (Command Line) failed"]) + "\n"


# ============================================================ a CI system quoting the command is no lock file refused
QUOTED_COMMAND: list[tuple[str, str, str]] = [
    ("travis-yarn1-network-retries-then-socket-timeout", "transient", _travis(
        "yarn install --frozen-lockfile",
        "yarn install v1.22.19\n[1/4] Resolving packages...\n[2/4] Fetching packages...\n"
        "info There appears to be trouble with your network connection. Retrying...\n"
        "info There appears to be trouble with your network connection. Retrying...\n"
        "error An unexpected error occurred: \"https://npm.example-registry.dev/zod/-/zod-3.22.4.tgz: ESOCKETTIMEDOUT\".\n"
        "info If you think this is a bug, please open a bug report with the information provided in \"/work/yarn-error.log\".")),
    ("teamcity-pnpm-bad-tarball-size", "transient", _teamcity(
        "pnpm install --frozen-lockfile",
        " ERR_PNPM_BAD_TARBALL_SIZE  Actual size (524288) of tarball (https://npm.example-registry.dev/vite/-/vite-5.1.6.tgz) "
        "did not match the one specified in 'Content-Length' header (3145728)\n\n"
        "Seems like you have internet connection issues.\nTry running the same command again.")),
    ("teamcity-yarn1-econnreset", "transient", _teamcity(
        "yarn install --frozen-lockfile",
        "[2/4] Fetching packages...\ninfo There appears to be trouble with your network connection. Retrying...\n"
        "error An unexpected error occurred: \"https://npm.example-registry.dev/rxjs: read ECONNRESET\".")),
]

QUOTED_COMMAND_GUARDS: list[tuple[str, str, str]] = [
    # the refusal itself, under the same quoted command: still the lock file
    ("travis-yarn1-lockfile-refused", "real", _travis(
        "yarn install --frozen-lockfile",
        "yarn install v1.22.19\n[1/4] Resolving packages...\n"
        "error Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`.")),
    ("teamcity-pnpm-outdated-lockfile", "real", _teamcity(
        "pnpm install --frozen-lockfile",
        " ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with \"frozen-lockfile\" because pnpm-lock.yaml is not up to date with "
        "packages/web/package.json")),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(QUOTED_COMMAND))
def test_ci_quoted_command_is_not_a_refused_lockfile(verdict: str, log: str) -> None:
    """yarn 1's retry notice and error (yarnpkg/yarn src/reporters/lang/en.js offlineRetrying, src/util/request-manager.js)
    and pnpm's BAD_TARBALL_SIZE (pnpm/pnpm fetching/tarball-fetcher/src/errorTypes/BadTarballError.ts, its advice in
    cli/default-reporter/src/reportError.ts), under a CI system's quoting of the command that has the flag."""
    reads(log, verdict)


@pytest.mark.parametrize(("verdict", "log"), labelled(QUOTED_COMMAND_GUARDS))
def test_near_miss_guard_lockfile_refusal_under_quoted_command_stays_real(verdict: str, log: str) -> None:
    """Near-miss guard (passes at 1c2a3be too): yarn 1's lockfile refusal (yarnpkg/yarn src/reporters/lang/en.js
    frozenLockfileError) and pnpm's ERR_PNPM_OUTDATED_LOCKFILE (pnpm/pnpm, its install errors) stay the lock file."""
    reads(log, verdict)


# ============================================================ a stream cut short, not a parser's end of input
STREAM_CUT: list[tuple[str, str, str]] = [
    ("yarn1-extract-unexpected-end-of-file", "transient",
     "$ yarn install --frozen-lockfile\n[2/4] Fetching packages...\n"
     "error https://npm.example-registry.dev/esbuild/-/esbuild-0.20.2.tgz: Extracting tar content of undefined failed, "
     "the file appears to be corrupt: \"unexpected end of file\"\n" + _GHA),
    ("uv-caused-by-unexpected-end-of-file", "transient",
     "$ uv sync --locked\nerror: Failed to download `numpy==1.26.4`\n"
     "  Caused by: Failed to extract archive: numpy-1.26.4-cp312-cp312-manylinux_2_17_x86_64.whl\n"
     "  Caused by: error decoding response body\n  Caused by: request or response body error\n"
     "  Caused by: error reading a body from connection\n  Caused by: unexpected end of file\n" + _GL),
    ("docker-pull-eof-under-extracting", "transient",
     "$ docker pull registry.example.net/tools/builder:2025.1\n2025.1: Pulling from tools/builder\n"
     "3f4d5e6a7b8c: Pulling fs layer\n9a8b7c6d5e4f: Extracting  88.1MB/310.4MB\nunexpected EOF\n" + _GHA),
    ("docker-pull-eof-under-downloading", "transient",
     "$ docker pull registry.example.net/base/jdk:21\n21: Pulling from base/jdk\n"
     "1b2c3d4e5f60: Downloading  12.9MB/190.2MB\nunexpected EOF\n" + _GL),
]

STREAM_CUT_GUARDS: list[tuple[str, str, str]] = [
    ("shell-syntax-unexpected-end-of-file", "real",
     "$ ./ci/package.sh\n./ci/package.sh: line 44: syntax error: unexpected end of file\n" + _GHA),
    # the pull went through to its digest and status; a later program's bare EOF is its own
    ("docker-pull-complete-then-bare-eof", "real",
     "$ docker pull registry.example.net/base/jdk:21\n21: Pulling from base/jdk\n1b2c3d4e5f60: Pull complete\n"
     "Digest: sha256:0a1b2c3d4e5f\nStatus: Downloaded newer image for registry.example.net/base/jdk:21\n"
     "$ ./bin/parse-config config/app.yaml\nunexpected EOF\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(STREAM_CUT))
def test_stream_cut_short_reads_transient(verdict: str, log: str) -> None:
    """yarn 1's errorExtractingTarball (yarnpkg/yarn src/reporters/lang/en.js, src/fetchers/tarball-fetcher.js), uv's
    error chain (astral-sh/uv crates/uv-distribution/src/error.rs "Failed to extract archive", crates/uv-client/src/
    error.rs), docker pull's layer progress (moby's pull progress as the CLI prints it without a terminal)."""
    reads(log, verdict)


@pytest.mark.parametrize(("verdict", "log"), labelled(STREAM_CUT_GUARDS))
def test_near_miss_guard_parser_end_of_input_not_transient(verdict: str, log: str) -> None:
    """Near-miss guard (bash's own parser message; a bare EOF after a pull that finished): not a transfer cut short."""
    v = reads(log, verdict)
    assert v.verdict != "transient"


# ============================================================ download cuts in a tool's own words
DOWNLOAD_CUT: list[tuple[str, str, str]] = [
    ("coursier-wrong-length", "transient",
     "$ cs fetch org.example:ledger_3:1.8.0\nError fetching artifacts:\n"
     "https://maven.example-repo.org/releases/org/example/ledger_3/1.8.0/ledger_3-1.8.0.jar: wrong length: "
     "/home/ci/.cache/coursier/v1/https/maven.example-repo.org/releases/org/example/ledger_3/1.8.0/ledger_3-1.8.0.jar "
     "(expected 884736 B, got 262144 B)\n" + _GL),
    ("npm-invalid-json-body-cut", "transient",
     "$ npm ci\nnpm ERR! code FETCH_ERROR\nnpm ERR! errno FETCH_ERROR\nnpm ERR! invalid json response body at "
     "https://npm.example-registry.dev/eslint-plugin-react reason: Unexpected end of JSON input\n" + _GHA),
    ("homebrew-curl-exited-56", "transient",
     "$ brew install jq\n==> Fetching jq\nError: Failure while executing; `/usr/bin/env /opt/homebrew/Library/Homebrew/"
     "shims/shared/curl --disable --globoff --show-error --fail --retry 3 https://bottles.example-cdn.dev/v2/core/jq/"
     "manifests/1.7.1` exited with 56.\n" + _GHA),
    ("terraform-checksums-500", "transient",
     "$ terraform init -input=false\n- Installing hashicorp/random v3.6.0...\n\u2577\n\u2502 Error: Failed to install provider\n"
     "\u2502\n\u2502 Error while installing hashicorp/random v3.6.0: could not query provider registry for "
     "registry.example-tf.io/hashicorp/random: failed to retrieve authentication checksums for provider: 500 Internal "
     "Server Error\n\u2575\n" + _GL),
]

DOWNLOAD_CUT_GUARDS: list[tuple[str, str, str]] = [
    # the tap's curl refused with a 404: the URL is wrong on every run
    ("homebrew-curl-exited-22-after-404", "real",
     "$ brew install --formula ./Formula/ledger.rb\n==> Downloading https://files.example-forge.dev/ledger-0.0.9.tar.gz\n"
     "curl: (22) The requested URL returned error: 404\nError: ledger: Failed to download resource \"ledger\"\n"
     "Download failed: https://files.example-forge.dev/ledger-0.0.9.tar.gz\n" + _GHA),
    # RSpec's report of two values compared keeps its reading
    ("rspec-expected-got-stays-a-test", "real",
     "$ bundle exec rspec\nFailures:\n\n  1) Ledger totals\n     Failure/Error: expect(total).to eq(12)\n\n"
     "       expected: 12\n            got: 11\n\n       (compared using ==)\n"
     "Finished in 0.1 seconds\n3 examples, 1 failure\n" + _GHA),
    ("terraform-checksums-404", "real",
     "$ terraform init -input=false\n\u2502 Error: Failed to install provider\n\u2502\n\u2502 Error while installing "
     "example/widget v0.1.0: could not query provider registry for registry.example-tf.io/example/widget: failed to "
     "retrieve authentication checksums for provider: 404 Not Found\n" + _GL),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(DOWNLOAD_CUT))
def test_download_cut_in_tools_words_reads_transient(verdict: str, log: str) -> None:
    """coursier's WrongLength (coursier/coursier modules/cache/jvm/src/main/scala/coursier/
    cache/ArtifactError.scala), npm's registry client (minipass-fetch lib/body.js as npm/cli vendors it), Homebrew's
    ErrorDuringExecution (Homebrew/brew Library/Homebrew/exceptions.rb), Terraform's provider checksums fetch
    (hashicorp/terraform internal/getproviders/registry_client.go)."""
    reads(log, verdict)


@pytest.mark.parametrize(("verdict", "log"), labelled(DOWNLOAD_CUT_GUARDS))
def test_near_miss_guard_refused_download_and_compared_values_not_transient(verdict: str, log: str) -> None:
    """Near-miss guard: a 404 under Homebrew's download (Homebrew/brew Library/Homebrew/exceptions.rb), RSpec's expected/
    got pair, Terraform's checksums fetch answered 404 (hashicorp/terraform internal/getproviders/registry_client.go)."""
    v = reads(log, verdict)
    assert v.verdict != "transient"


# ============================================================ persistent causes that were left unknown
PERSISTENT: list[tuple[str, str, str]] = [
    ("conda-resolve-package-not-found", "real",
     "$ conda env create -f environment.yml\nCollecting package metadata (repodata.json): done\n"
     "Solving environment: failed\n\nResolvePackageNotFound:\n  - ledger-tools=9.1\n" + _GHA),
    ("docker-no-manifest-for-platform", "real",
     "$ docker pull registry.example.net/tools/scanner:3.2\n3.2: Pulling from tools/scanner\n"
     "no matching manifest for linux/arm64/v8 in the manifest list entries\n" + _GL),
    ("git-push-rpc-413", "real",
     "$ git push origin HEAD:refs/heads/assets\nEnumerating objects: 812, done.\n"
     "Writing objects: 100% (812/812), 812.40 MiB | 30.11 MiB/s, done.\n"
     "error: RPC failed; HTTP 413 curl 22 The requested URL returned error: 413\n"
     "send-pack: unexpected disconnect while reading sideband packet\nfatal: the remote end hung up unexpectedly\n" + _GHA),
    ("gcloud-resource-not-found", "real",
     "$ gcloud compute instances stop ledger-ci-7 --zone europe-west1-b\n"
     "ERROR: (gcloud.compute.instances.stop) Could not fetch resource:\n"
     " - The resource 'projects/ledger-ci/zones/europe-west1-b/instances/ledger-ci-7' was not found\n" + _GL),
    ("dnf-curl-60-then-all-mirrors", "real",
     "$ dnf install -y ledger-agent\nErrors during downloading metadata for repository 'ledger':\n"
     "  - Curl error (60): Peer certificate cannot be authenticated with given CA certificates for "
     "https://rpm.example.internal/9/repodata/repomd.xml [SSL certificate problem: unable to get local issuer certificate]\n"
     "Error: Failed to download metadata for repo 'ledger': Cannot download repomd.xml: Cannot download "
     "repodata/repomd.xml: All mirrors were tried\n" + _GHA),
]

PERSISTENT_GUARDS: list[tuple[str, str, str]] = [
    # the same dnf summary over librepo's time-out stays the network's
    ("dnf-curl-28-then-all-mirrors", "transient",
     "$ dnf install -y ledger-agent\nErrors during downloading metadata for repository 'ledger':\n"
     "  - Curl error (28): Timeout was reached for https://mirrors.example-fedora.dev/metalink?repo=updates-39 "
     "[Operation too slow. Less than 1000 bytes/sec transferred the last 30 seconds]\n"
     "Error: Failed to download metadata for repo 'ledger': Cannot prepare internal mirrorlist: Curl error (28): Timeout "
     "was reached for https://mirrors.example-fedora.dev/metalink?repo=updates-39 [Operation too slow. Less than 1000 "
     "bytes/sec transferred the last 30 seconds]\n" + _GHA),
    # gcloud's same list naming the service's own internal error stays transient
    ("gcloud-internal-error-try-again", "transient",
     "$ gcloud compute instances create ledger-ci-8 --zone europe-west1-b\n"
     "ERROR: (gcloud.compute.instances.create) Could not fetch resource:\n"
     " - Internal error. Please try again or contact Google Support. (Code: '7a6b5c4d3e2f')\n" + _GL),
    # git's RPC failure on a 5xx stays transient
    ("git-fetch-rpc-500", "transient",
     "$ git fetch --unshallow\nerror: RPC failed; HTTP 500 curl 22 The requested URL returned error: 500\n"
     "fatal: expected flush after ref listing\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(PERSISTENT))
def test_persistent_cause_reads_real(verdict: str, log: str) -> None:
    """conda's ResolvePackageNotFound (conda/conda conda/exceptions.py), moby's/containerd's platform match ("no matching
    manifest for ..."), git's push refused for its size (git/git remote-curl.c "RPC failed; %s"), gcloud compute's
    "Could not fetch resource:" list, librepo's curl error under dnf (rpm-software-management/librepo librepo/
    downloader.c "Curl error (%d): %s for %s [%s]"). Read by an entry of the catalogue, not only by the log's structure."""
    v = reads(log, verdict)
    assert signatures(v) - {"structure-unexplained-error", "no-transient-signal"}, v.rationale


@pytest.mark.parametrize(("verdict", "log"), labelled(PERSISTENT_GUARDS))
def test_near_miss_guard_passing_cause_in_same_form_stays_transient(verdict: str, log: str) -> None:
    """Near-miss guard (passes at 1c2a3be too): librepo's time-out under the same dnf summary (rpm-software-management/
    librepo librepo/downloader.c), gcloud's internal error, git's RPC failure on a 500 (git/git remote-curl.c)."""
    reads(log, verdict)


# ============================================================ left
LEFT_CASES: list[tuple[str, str, str]] = [
    ("dart-pub-tls-error", "transient",
     "$ dart pub get\nResolving dependencies...\nGot TLS error trying to find package collection at "
     "https://pub.example-dart.dev.\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(LEFT_CASES, {
    "dart-pub-tls-error": "LEFT: pub prints the same words for a handshake cut mid-way and for a certificate the runner "
                          "refuses (dart-lang/pub lib/src/source/hosted.dart, an io.TlsException either way): no positive "
                          "sign of a passing cause, so unknown is the honest reading"}))
def test_left_pub_tls_error(verdict: str, log: str) -> None:
    """dart-lang/pub lib/src/source/hosted.dart ("Got TLS error trying to find package $package at $hostedUrl.")."""
    reads(log, verdict)


def test_case_ids_are_unique() -> None:
    assert_unique_ids(QUOTED_COMMAND, QUOTED_COMMAND_GUARDS, STREAM_CUT, STREAM_CUT_GUARDS, DOWNLOAD_CUT,
                      DOWNLOAD_CUT_GUARDS, PERSISTENT, PERSISTENT_GUARDS, LEFT_CASES)
