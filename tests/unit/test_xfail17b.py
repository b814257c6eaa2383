"""xfail 17b: near-misses of this pass's fixes (made-up logs that must not move): the post-step outage dropped after a
failed step's own resolver, credential or configuration refusal; containerd's import of an image archive from disk;
kaniko's passed-over cache lookup and its context file as a download's damage; a proxy's refused tunnel."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, logs, reads

_GHA = '##[error]Process completed with exit code 1.\n'
_GL = '\nCleaning up project directory and file based variables\nERROR: Job failed: exit code 1\n'

REAL: list[tuple[str, str]] = [
    # a resolver's conflict with no outage anywhere: the rule has nothing to drop
    ('npm-eresolve-no-outage',
     '+ npm ci\nnpm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! Found: react@18.2.0\n'
     'npm ERR! Could not resolve dependency:\nnpm ERR! peer react@"^17.0.0" from legacy-widget@2.1.0\n' + _GHA),
    # a passing Jest file's console block drops, a failing file's assertion below it stands
    ('jest-pass-console-outage-then-fail-assertion',
     'PASS src/retry.test.ts\n  console.warn\n    upstream answered 503 Service Unavailable, retrying\n\n      at retry (src/retry.ts:9:13)\n\n'
     'FAIL src/total.test.ts\n  ● total › sums the cart\n\n    expect(received).toBe(expected) // Object.is equality\n\n    Expected: 42\n    Received: 41\n\n'
     'Tests:       1 failed, 30 passed, 31 total\n' + _GHA),
    # a KASAN report in a KUnit test that did not expect it: its next KTAP result is "not ok"
    ('kunit-kasan-unexpected-not-ok',
     '+ ./tools/testing/kunit/kunit.py run --kconfig_add CONFIG_KASAN=y list\n'
     '    BUG: KASAN: slab-use-after-free in list_del_entry_valid+0x20/0x90\n    # list_test_del: KASAN failure detected\n'
     '    not ok 3 list_test_del\nnot ok 1 list\n' + _GHA),
    # a KASAN report during a kselftest that passed: kselftest has no such check, the report is the kernel's bug
    ('kselftest-kasan-then-ok',
     '+ make -C tools/testing/selftests TARGETS=net run_tests\n'
     '[  88.101] BUG: KASAN: slab-out-of-bounds in tcp_sendmsg_locked+0x3a4/0x1c20\n'
     'ok 1 selftests: net: reuseport_bpf\n' + _GHA),
]

TRANSIENT: list[tuple[str, str]] = [
    # the outage inside the failed step (before its exit line) still weighs: the package "not found" is its damage
    ('index-timeout-inside-step-then-not-found',
     '+ pip install -r requirements.txt\n'
     "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by "
     "'ConnectTimeoutError(<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f>, 'Connection to pypi.org timed out. (connect timeout=15)')': /simple/requests/\n"
     'ERROR: Could not find a version that satisfies the requirement requests==2.31.0 (from versions: none)\n'
     'ERROR: No matching distribution found for requests==2.31.0\n' + _GHA + 'Post job cleanup.\n'),
    # a registry pull cut short: containerd's copy from the registry, not an import from disk
    ('containerd-pull-layer-eof',
     '+ ctr -n k8s.io images pull registry.example.dev/acme/api:4f2c\n'
     'ctr: failed to copy: httpReadSeeker: failed read: read tcp 10.1.0.4:51234->203.0.113.9:443: unexpected EOF\n' + _GHA),
    # kaniko's own pull of the base image answered 503 (the build's error, not the passed-over cache lookup)
    ('kaniko-base-pull-503',
     'INFO[0001] Retrieving image eclipse-temurin:21-jre from registry index.docker.io\n'
     'error building image: GET https://index.docker.io/v2/library/eclipse-temurin/manifests/21-jre: unexpected status code 503 Service Unavailable\n' + _GL),
    # docker load of a tarball an earlier step's download broke off: the archive's EOF is that download's damage
    # (image-archive-import-truncated is downstream), a rerun fetches it whole
    ('docker-load-after-artifact-drop',
     '$ curl -fsSL -o image.tar https://artifacts.example.dev/images/base.tar\n'
     'curl: (18) transfer closed with 51200 bytes remaining to read\n'
     '$ docker load -i image.tar\n'
     'Error response from daemon: failed to ingest "blobs/sha256/9f2c": failed to copy: failed to read expected number of bytes: unexpected EOF\n' + _GHA),
    # the block ends where a line comes back to its indent: npm's own error below a passing file's console block stays
    ('jest-pass-console-then-npm-timeout',
     'PASS src/util.test.ts\n  console.log\n    cache warmed\n\nTests:       20 passed, 20 total\n+ npm publish\n'
     'npm ERR! code ETIMEDOUT\nnpm ERR! network request to https://registry.npmjs.org/@acme%2futil failed, reason: connect ETIMEDOUT 104.16.0.35:443\n' + _GHA),
    # the retry in the tail did not go through: the next line is its failure, not a "downloaded"
    ('eb-retry-then-failed-again',
     '  • downloading     url=https://github.com/electron/electron/releases/download/v28.2.1/electron-v28.2.1-linux-x64.zip size=98 MB parts=8\n'
     '  • retrying        attempt=1 error=dial tcp 140.82.112.4:443: i/o timeout\n'
     '  ⨯ Get "https://github.com/electron/electron/releases/download/v28.2.1/electron-v28.2.1-linux-x64.zip": dial tcp 140.82.112.4:443: i/o timeout\n' + _GHA),
    # a retry followed by a new attempt starting ("Downloading", not "Downloaded"), on which the log ends
    ('retry-then-downloading-ends',
     '+ ./gradlew assemble\nDownloading https://services.gradle.org/distributions/gradle-8.7-bin.zip\n'
     'Could not fetch https://services.gradle.org/distributions/gradle-8.7-bin.zip: Read timed out, retrying\n'
     'Downloading https://services.gradle.org/distributions/gradle-8.7-bin.zip\n' + _GHA),
]

NOT_SURELY_REAL: list[tuple[str, str]] = [
    # a reqwest request the network refused (no proxy in the chain) stays the outage reading
    ('reqwest-dns-no-tunnel',
     '+ trunk build --release\nERROR error from build pipeline\n  INFO   4: Request error: error sending request for url '
     '(https://github.com/rustwasm/wasm-bindgen/releases/download/0.2.95/wasm-bindgen.tar.gz)\n'
     '  INFO   5: client error (Connect)\n  INFO   6: dns error: failed to lookup address information: Temporary failure in name resolution\n' + _GHA),
    # the step failed on nothing the engine recognises, then a post-step outage: no step-own reading drops it
    ('unrecognised-step-then-post-timeout',
     '+ ./scripts/release.sh\nrelease: aborting\n' + _GHA + 'Post job cleanup.\n'
     '$ curl -T release.log https://logs.example.com/\ncurl: (28) Connection timed out after 10000 milliseconds\n'),
    # a console block under Jest's FAIL verdict stays evidence: the failing file's own call met the outage
    # (without it the assertion alone would read real at 0.78)
    ('jest-fail-file-console-timeout',
     'FAIL src/api/profile.test.ts\n  console.error\n    FetchError: request to https://api.example.org/profile failed, reason: connect ETIMEDOUT 203.0.113.7:443\n\n'
     '      at fetchProfile (src/api/profile.ts:12:11)\n\n  ● profile › loads\n\n    expect(received).toBeDefined()\n\n'
     'Tests:       1 failed, 20 passed, 21 total\n' + _GHA),
    # the same kill in a container with no cap of the job's: the runner's memory as much as the build's
    ('docker-run-no-cap-sigkill',
     '+ docker run --rm -v $PWD:/src -w /src ghcr.io/acme/wasm-builder:1.4 wasm-pack build --release\n'
     'Error: Compiling your crate to WebAssembly failed\nCaused by: failed to execute `cargo build`: exited with signal: 9 (SIGKILL)\n' + _GHA),
    # a capped container whose build met an outage, no kill: the cap is no evidence
    ('docker-run-cap-then-registry-timeout',
     '+ docker run --rm --memory=2g -v $PWD:/src -w /src node:20 npm ci\n'
     'npm ERR! code ETIMEDOUT\nnpm ERR! network request to https://registry.npmjs.org/lodash failed, reason: connect ETIMEDOUT 104.16.0.35:443\n' + _GHA),
]


def test_unique_ids() -> None:
    assert_unique_ids(REAL, TRANSIENT, NOT_SURELY_REAL)


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log: str) -> None:
    reads(log, "real")


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log: str) -> None:
    reads(log, "transient")


@pytest.mark.parametrize("log", logs(NOT_SURELY_REAL))
def test_not_surely_real(log: str) -> None:
    v = judge(log)
    assert not (v.verdict == "real" and v.confidence >= 0.7), (v.confidence, v.rationale)
