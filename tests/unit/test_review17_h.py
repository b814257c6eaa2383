"""Review 17h of xfail17b's engine and catalogue changes: a step's own dependency/auth/config refusal outweighing a later
step's outage, a passing Jest file's console blocks, a retry that went through, image-archive-import-truncated and
killed-under-job-set-container-memory-cap. Adversarial logs (made up) and guards."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, logs, not_surely_transient, reads

_GHA = '##[error]Process completed with exit code 1.\n'

NOT_SURELY_REAL: list[tuple[str, str]] = [
    # an archive streamed from the network into docker load: the EOF may be the download's (curl -s says nothing)
    ('curl-pipe-docker-load',
     '+ curl -sL https://artifacts.example.dev/images/base.tar | docker load\nError response from daemon: failed to ingest '
     '"blobs/sha256/9f2c0a": failed to copy: failed to read expected number of bytes: unexpected EOF\n' + _GHA),
    # a detached, capped service; the SIGKILL below is a host process's (the runner's memory), not the cap's
    ('memcap-detached-service-host-kill',
     '+ docker run -d --name db --memory=512m postgres:16\n3f2a9c\n+ ./target/release/loadgen --workers 64\n'
     'Error: worker pool died: child exited: signal: 9 (SIGKILL)\n' + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # Jest --verbose prints a file's console blocks as they happen, above its own header: this TypeError is the
    # failing file's (its handler threw, the test then timed out), not the PASS file's above
    ('jest-verbose-next-file-console-typeerror',
     ' PASS  src/a.test.ts\n  a\n    \u2713 works (3 ms)\n\n  console.error\n    TypeError: Cannot read properties of undefined '
     "(reading 'id')\n        at handler (src/api.ts:14:20)\n\n      at handler (src/api.ts:15:11)\n\n FAIL  src/api.test.ts (5.2 s)\n"
     '  api\n    \u2715 responds (5003 ms)\n\n  \u25cf api \u203a responds\n\n    thrown: "Exceeded timeout of 5000 ms for a test."\n\n'
     'Tests:       1 failed, 12 passed, 13 total\n' + _GHA),
    # guard: a build inside a container the job capped at 2g, killed: the job's own limit
    ('memcap-capped-build-killed',
     '+ docker run --rm --memory=2g -v $PWD:/src builder:1 make -C /src\ncc -O2 -c big.c\nmake: *** [Makefile:4: big.o] Error 137\n'
     'process exited with signal 9\n' + _GHA),
]

REAL: list[tuple[str, str]] = [
    # guard: npm's 404 for a package the registry does not have; the cache service's 503 in a post step is another's
    ('npm404-post-cache-503',
     "+ npm ci\nnpm ERR! code E404\nnpm ERR! 404 Not Found - GET https://registry.npmjs.org/@acme%2fui - Not found\nnpm ERR! 404 "
     "'@acme/ui@^2.1.0' is not in this registry.\n" + _GHA + 'Post job cleanup.\nWarning: Failed to save: Cache service responded with 503\n'),
    # guard: Jest's buffered "● Console" section under a PASS header drops; the failing file's assertion stands
    ('jest-buffered-pass-console-then-assertion',
     ' PASS  src/retry.test.ts\n  \u25cf Console\n\n    console.warn\n      upstream answered 503 Service Unavailable, retrying\n\n'
     '      at retry (src/retry.ts:9:13)\n\n FAIL  src/total.test.ts\n  \u25cf total \u203a sums the cart\n\n'
     '    expect(received).toBe(expected) // Object.is equality\n\n    Expected: 42\n    Received: 41\n\n'
     'Tests:       1 failed, 30 passed, 31 total\n' + _GHA),
    # guard: an archive read from the checkout (a Git LFS pointer in its place) ends early on every run
    ('docker-load-from-disk',
     '+ docker load -i fixtures/image.tar\nError response from daemon: failed to ingest "blobs/sha256/9f2c0a": failed to copy: '
     'failed to read expected number of bytes: unexpected EOF\n' + _GHA),
]

TRANSIENT: list[tuple[str, str]] = [
    # guard: a streamed archive that broke off, with curl's own word for it
    ('curl-pipe-docker-load-curl18',
     '+ curl -sSL https://artifacts.example.dev/images/base.tar | docker load\ncurl: (18) transfer closed with 51200 bytes remaining to read\n'
     'Error response from daemon: failed to ingest "blobs/sha256/9f2c0a": failed to copy: unexpected EOF\n' + _GHA),
    # guard: a retry in the tail whose next line is a different file's "downloaded"; the failure line is an outage
    ('eb-retry-other-downloaded-then-fail',
     '  \u2022 downloading     url=https://github.com/electron/electron/releases/download/v28.2.1/electron-v28.2.1-linux-x64.zip size=98 MB\n'
     '  \u2022 retrying        attempt=1 error=dial tcp 140.82.112.4:443: i/o timeout\n'
     '  \u2022 downloaded      url=https://github.com/electron/electron/releases/download/v28.2.1/SHASUMS256.txt duration=1s\n'
     '  \u2a2f cannot download electron zip: dial tcp 140.82.112.4:443: i/o timeout\n' + _GHA),
]


# Read wrong and left (xfail, strict): a later step that failed too may be a continue-on-error step's successor (its
# outage failed the job) or an `if: failure()` notification (review17_e's guard needs the drop); the log does not say which.
LEFT: list[tuple[str, str]] = [
    # LEFT: (medium) continue-on-error: the refused login's step was allowed to fail; the next step's timeout failed the job
    ('continue-on-error-auth-then-outage',
     '+ docker login registry.example.dev -u ci --password-stdin\nError response from daemon: Get "https://registry.example.dev/v2/": '
     'unauthorized: incorrect username or password\n' + _GHA + '+ npm ci\nnpm ERR! code ETIMEDOUT\nnpm ERR! network request to '
     'https://registry.npmjs.org/react failed, reason: connect ETIMEDOUT 104.16.0.35:443\n' + _GHA),
    # LEFT: (medium) continue-on-error: an optional install's resolver conflict, then a clone that could not resolve github.com
    ('continue-on-error-dep-then-outage',
     '+ pip install -r optional.txt\nERROR: Cannot install foo==1.0 and bar==2.0 because these package versions have conflicting '
     'dependencies.\nERROR: ResolutionImpossible: for help visit https://pip.pypa.io/en/latest/topics/dependency-resolution/\n' + _GHA +
     "+ git clone https://github.com/acme/fixtures.git\nCloning into 'fixtures'...\nfatal: unable to access "
     "'https://github.com/acme/fixtures.git/': Could not resolve host: github.com\n" + _GHA),
]


@pytest.mark.parametrize("log", logs(LEFT))
@pytest.mark.xfail(strict=True, reason="left: see the comment above each LEFT case")
def test_left(log):
    from judging import judge

    v = judge(log)
    assert not (v.verdict == "real" and v.confidence >= 0.7), (v.confidence, v.rationale)


@pytest.mark.parametrize("log", logs(NOT_SURELY_REAL))
def test_not_surely_real(log):
    from judging import judge

    v = judge(log)
    assert not (v.verdict == "real" and v.confidence >= 0.7), (v.confidence, v.rationale)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_not_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log):
    reads(log, "transient")


def test_case_ids_are_unique():
    assert_unique_ids(LEFT, NOT_SURELY_REAL, NOT_SURELY_TRANSIENT, REAL, TRANSIENT)
