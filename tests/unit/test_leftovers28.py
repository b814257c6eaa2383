"""Twenty-eighth round, left28: three wordings a review found misread.

Covered: (1) Amazon S3's throttling answer, SlowDown (the AWS CLI's "An error occurred (SlowDown) when calling the
PutObject operation (reached max retries: 4): Please reduce your request rate.", the XML error page's
<Code>SlowDown</Code>, the Go SDK's and Terraform's "api error SlowDown:", rclone's and s3cmd's lines, the Java SDK's
"Slow Down (Service: Amazon S3; Status Code: 503; ...)"): they already read transient through cloud-throttled or
http-5xx, in the network category as every throttling word is (ThrottlingException, RequestLimitExceeded, "Rate
exceeded", toomanyrequests); pinned here, a test comparing the words stays not transient; (2) a warning or a
deprecation located in installed code (site-packages, dist-packages, node_modules, /usr/lib, /usr/include, Go's
pkg/mod, Cargo's registry) no longer reads real 0.89 through file-diagnostic where the excerpt ends on it; an error
located there (a vendored or system header) and a warning in the project's own src/ stay real; (3) V8's heap-limit
report ("<--- Last few GCs --->", its GC lines, "<--- JS stacktrace --->") cut above the FATAL line reads as the
build step's own out-of-memory (resource, unknown: not surely a rerun) as the FATAL line does, no longer as an
unexplained error (real 0.71); a GC line alone ("allocation failure" being why the collection ran) is no error.

Where the wording comes from: S3's SlowDown code and "503 Slow Down" read in AWS's public documentation (searched); the
message, the XML page, the CLI's "(reached max retries: 4)" recalled; the GC report's headers and lines read in public
READMEs quoting Node's output (searched); Python's warnings line ("file:line: Category: message"), GCC's, rustc's and
Go's deprecation words recalled. Hosts, buckets, paths, ids and values are made up; no project's CI log is copied.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, not_surely_transient, signatures

_TS = "2026-03-02T10:14:01.4821937Z "
_GHA_RUN = ("##[group]Run ./scripts/publish.sh\n./scripts/publish.sh\nshell: /usr/bin/bash -e {0}\nenv:\n"
            "  AWS_REGION: eu-west-1\n##[endgroup]\n")
_GHA_END = "##[error]Process completed with exit code 1.\n"


def _gha(body: str, stamped: bool = False) -> str:
    """``body`` as a GitHub Actions step's output (each line time-stamped where ``stamped``)."""
    text = _GHA_RUN + body + _GHA_END
    if stamped:
        text = "".join(_TS + line + "\n" for line in text.splitlines())
    return text


# --- (1) S3's SlowDown -------------------------------------------------------------------------------------------

_S3 = [
    ("s3-cli-put", "upload failed: dist/web-3.8.1.tar.gz to s3://nimbus-ci-artifacts/web/3.8.1/web.tar.gz An error "
     "occurred (SlowDown) when calling the PutObject operation (reached max retries: 4): Please reduce your request "
     "rate.\n"),
    ("s3-cli-sync-get", "download failed: s3://nimbus-ci-cache/gradle/caches-8.5.tgz to ./caches.tgz An error occurred "
     "(SlowDown) when calling the GetObject operation (reached max retries: 4): Please reduce your request rate.\n"),
    ("s3-xml-page", '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SlowDown</Code><Message>Please reduce your '
     'request rate.</Message><RequestId>9D1C44B07A2E3F18</RequestId><HostId>cXVpdGUgbWFkZSB1cA==</HostId></Error>\n'),
    ("s3-xml-page-indented", '<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n  <Code>SlowDown</Code>\n  <Message>Please '
     'reduce your request rate.</Message>\n  <RequestId>9D1C44B07A2E3F18</RequestId>\n</Error>\nupload of '
     'site/build.tar.zst failed\n'),
    ("s3-boto3-traceback", 'Traceback (most recent call last):\n  File "/home/runner/work/web/web/scripts/push.py", line '
     '31, in <module>\n    client.upload_file(path, BUCKET, key)\nboto3.exceptions.S3UploadFailedError: Failed to upload '
     'dist/web.whl to nimbus-ci-artifacts/web.whl: An error occurred (SlowDown) when calling the PutObject operation '
     '(reached max retries: 4): Please reduce your request rate.\n'),
    ("s3-go-sdk", "Error: operation error S3: PutObject, exceeded maximum number of attempts, 3, https response error "
     "StatusCode: 503, RequestID: 5E0A7C, HostID: bWFkZSB1cA==, api error SlowDown: Please reduce your request rate.\n"),
    ("s3-rclone", "2026/03/02 10:14:07 ERROR : web/web.tar.gz: Failed to copy: SlowDown: Please reduce your request "
     "rate.\n\tstatus code: 503, request id: 5E0A7C11D2, host id: bWFkZSB1cA==\nFailed to sync: SlowDown: Please reduce "
     "your request rate.\n"),
    ("s3-s3cmd", "WARNING: Retrying failed request: /web/web.tar.gz (503 (SlowDown): Please reduce your request rate.)\n"
     "WARNING: Waiting 3 sec...\nERROR: S3 error: 503 (SlowDown): Please reduce your request rate.\n"),
    ("s3-java-v1", "Caused by: com.amazonaws.services.s3.model.AmazonS3Exception: Slow Down (Service: Amazon S3; Status "
     "Code: 503; Error Code: 503 Slow Down; Request ID: 7B3E1A90C2D4F615)\n\tat com.amazonaws.http.AmazonHttpClient"
     "$RequestExecutor.handleErrorResponse(AmazonHttpClient.java:1879)\n"),
]
# The other throttling wordings, as the catalogue reads them (the same category)
_THROTTLES = [
    ("aws-throttling", "An error occurred (ThrottlingException) when calling the DescribeStacks operation (reached max "
     "retries: 4): Rate exceeded\n"),
    ("aws-request-limit", "An error occurred (RequestLimitExceeded) when calling the RunInstances operation (reached max "
     "retries: 4): Request limit exceeded.\n"),
    ("docker-toomanyrequests", "Error response from daemon: toomanyrequests: You have reached your pull rate limit.\n"),
]


@pytest.mark.parametrize("case_id,log", _S3 + _THROTTLES, ids=[c[0] for c in _S3 + _THROTTLES])
@pytest.mark.parametrize("form", ["alone", "gha", "gha-stamped"])
def test_throttling_reads_transient_network(case_id, log, form):
    text = log if form == "alone" else _gha(log, stamped=form == "gha-stamped")
    v = judge(text)
    assert v.verdict == "transient" and v.category == "network", (case_id, v.verdict, v.category, v.rationale)
    assert "structure-unexplained-error" not in signatures(v)
    assert v.confidence <= 0.9


_S3_IN_TESTS = [
    ("pytest-compares-slowdown", "    def test_s3_error_mapping():\n>       assert classify(err) == \"SlowDown: Please "
     "reduce your request rate.\"\nE       AssertionError: assert 'InternalError' == 'SlowDown: Please reduce your "
     "request rate.'\nE         - SlowDown: Please reduce your request rate.\nE         + InternalError\n\n"
     "tests/test_errors.py:31: AssertionError\n=========================== short test summary info "
     "============================\nFAILED tests/test_errors.py::test_s3_error_mapping - AssertionError: assert "
     "'InternalError' == 'SlowDown: Please reduce your request rate.'\n========================= 1 failed, 88 passed "
     "in 3.21s =========================\n"),
    ("go-test-compares-slowdown", "--- FAIL: TestRetryable (0.00s)\n    retry_test.go:44: retryable(\"SlowDown\") = false, "
     "want true\nFAIL\nFAIL\tgithub.com/nimbus/uploader/retry\t0.012s\n"),
    ("jest-compares-slowdown", "  ● s3 errors › maps SlowDown to a retry\n\n    expect(received).toBe(expected) // "
     "Object.is equality\n\n    Expected: \"retry\"\n    Received: \"fail\"\n\n      12 |   it('maps SlowDown to a "
     "retry', () => {\n    > 13 |     expect(mapError({ Code: 'SlowDown' })).toBe('retry');\n"),
]


@pytest.mark.parametrize("case_id,log", _S3_IN_TESTS, ids=[c[0] for c in _S3_IN_TESTS])
@pytest.mark.parametrize("form", ["alone", "gha"])
def test_slowdown_in_compared_values_is_not_transient(case_id, log, form):
    not_surely_transient(log if form == "alone" else _gha(log))
    assert judge(log).verdict != "transient", case_id


# --- (2) a warning located in installed code ------------------------------------------------------------------

_INSTALLED_WARNINGS = [
    ("site-packages-deprecation", "=============================== warnings summary ===============================\n"
     "/opt/hostedtoolcache/Python/3.11.8/x64/lib/python3.11/site-packages/dateutil/tz/tz.py:37: DeprecationWarning: "
     "datetime.datetime.utcfromtimestamp() is deprecated and scheduled for removal in a future version.\n"),
    ("venv-site-packages-future", ".venv/lib/python3.11/site-packages/pandas/core/frame.py:1204: FutureWarning: "
     "Setting an item of incompatible dtype is deprecated\n"),
    ("dist-packages-pkg-resources", "/usr/lib/python3/dist-packages/pkg_resources/__init__.py:116: "
     "PkgResourcesDeprecationWarning: 1.1build1 is an invalid version and will not be supported in a future release\n"),
    ("usr-lib-python-warning", "/usr/lib/python3.12/importlib/__init__.py:90: UserWarning: the cffi backend is "
     "deprecated here\n"),
    ("usr-include-gcc-deprecated", "In file included from src/net/tls.cpp:4:\n/usr/include/openssl/ssl.h:1720:27: note: "
     "declared here\n/usr/include/openssl/ssl.h:1720:27: 'int SSL_CTX_set_tmp_dh(SSL_CTX*, DH*)' is deprecated: Since "
     "OpenSSL 3.0 [-Wdeprecated-declarations]\n"),
    ("node-modules-deprecated", "node_modules/left-pad-legacy/lib/index.js:12:3: deprecated: 'substr' is deprecated, "
     "use 'slice'\n"),
    ("go-mod-cache-deprecated", "/home/runner/go/pkg/mod/github.com/golang/protobuf@v1.5.3/proto/registry.go:16:2: "
     "\"github.com/golang/protobuf/proto\" is deprecated: use google.golang.org/protobuf/proto\n"),
    ("cargo-registry-deprecated", "/home/runner/.cargo/registry/src/index.crates.io-6f17d22bba15001f/time-0.1.45/src/"
     "lib.rs:120:5: use of deprecated function `std::mem::uninitialized`\n"),
]


@pytest.mark.parametrize("case_id,log", _INSTALLED_WARNINGS, ids=[c[0] for c in _INSTALLED_WARNINGS])
@pytest.mark.parametrize("form", ["alone", "gha", "gha-stamped"])
def test_warning_in_installed_code_is_no_project_diagnostic(case_id, log, form):
    text = log if form == "alone" else _gha(log, stamped=form == "gha-stamped")
    v = judge(text)
    assert "file-diagnostic" not in signatures(v), (case_id, v.rationale)
    assert v.verdict != "real", (case_id, v.verdict, v.confidence, v.rationale)


_STAYS_REAL = [
    ("vendored-header-error", "In file included from src/codec/frame.cpp:9:\nthird_party/boost/asio/detail/"
     "socket_ops.hpp:88:12: error: 'socket_type' was not declared in this scope\n"),
    ("system-header-error", "/usr/include/openssl/ssl.h:1720:27: error: 'SSL_CTX_set_tmp_dh' is deprecated: Since "
     "OpenSSL 3.0 [-Werror=deprecated-declarations]\n"),
    ("own-src-deprecation", "src/app/models.py:41: DeprecationWarning: datetime.datetime.utcnow() is deprecated and "
     "scheduled for removal in a future version.\n"),
    ("own-src-future-warning", "src/report/frame.py:57: FutureWarning: The default value of numeric_only in "
     "DataFrameGroupBy.mean is deprecated.\n"),
    ("installed-warning-above-own-error", "/usr/lib/python3/dist-packages/pkg_resources/__init__.py:116: "
     "PkgResourcesDeprecationWarning: 1.1build1 is an invalid version\nsrc/app/api.py:88: error: Argument 1 to "
     "\"fetch\" has incompatible type \"int\"; expected \"str\"  [arg-type]\nFound 1 error in 1 file (checked 42 "
     "source files)\n"),
    ("installed-warning-below-failed-test", "FAILED tests/test_api.py::test_totals - assert 41 == 42\n"
     "=============================== warnings summary ===============================\n"
     "/opt/hostedtoolcache/Python/3.11.8/x64/lib/python3.11/site-packages/dateutil/tz/tz.py:37: DeprecationWarning: "
     "datetime.datetime.utcfromtimestamp() is deprecated\n"),
]


@pytest.mark.parametrize("case_id,log", _STAYS_REAL, ids=[c[0] for c in _STAYS_REAL])
@pytest.mark.parametrize("form", ["alone", "gha"])
def test_errors_and_own_warnings_stay_real(case_id, log, form):
    v = judge(log if form == "alone" else _gha(log))
    assert v.verdict == "real", (case_id, v.verdict, v.rationale)


def test_own_src_deprecation_is_still_a_file_diagnostic():
    assert "file-diagnostic" in signatures(judge(_STAYS_REAL[2][1]))


# --- (3) V8's heap-limit report ---------------------------------------------------------------------------------

_GCS = ("\n<--- Last few GCs --->\n\n[2281:0x5f1c2a0]   412034 ms: Mark-sweep 2040.1 (2085.3) -> 2039.5 (2085.8) MB, "
        "1834.2 / 0.0 ms  (average mu = 0.112, current mu = 0.021) allocation failure; scavenge might not succeed\n"
        "[2281:0x5f1c2a0]   414102 ms: Mark-sweep (reduce) 2041.0 (2085.8) -> 2040.3 (2086.3) MB, 2052.7 / 0.0 ms  "
        "(average mu = 0.061, current mu = 0.007) allocation failure; GC in old space requested\n\n\n")
_STACK = "<--- JS stacktrace --->\n\n"
_FATAL = ("FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory\n"
          " 1: 0xb7b3e0 node::Abort() [node]\n 2: 0xd64db7 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::"
          "Isolate*, char const*, bool) [node]\nAborted (core dumped)\n")
_BUILD = "$ vite build\nvite v5.2.8 building for production...\ntransforming (2841) src/pages/reports/Chart.tsx\n"
_GC_CASES = [
    ("gc-report-with-fatal", _BUILD + _GCS + _STACK + _FATAL + "error Command failed with exit code 134.\n"),
    ("gc-report-without-fatal", _BUILD + _GCS + _STACK),
    ("gc-report-without-fatal-exit", _BUILD + _GCS + _STACK + "error Command failed with exit code 134.\n"),
    ("gc-report-headers-only-first", _BUILD + _GCS),
    ("gc-report-pooled-truncated", "\n<--- Last few GCs --->\n\n[116552:0x3a4a2000]   350628 ms: Scavenge 520.0 "
     "(556.6) -> 488.8 (556.9) MB, pooled: 48 MB, 8.69 / 4.92 ms  (average mu = 0.992, current mu = 0.998) allocation "
     "failure;\n[116552:0x3a4a2000]   352551 ms: Mark-Compact (reduce) 1010.7 (1072.5) -> 957.4 (1001.0) MB, pooled: "
     "0 MB, 45.39 / 4.16 ms  (average mu = 0.996, curr\n"),
]


@pytest.mark.parametrize("case_id,log", _GC_CASES, ids=[c[0] for c in _GC_CASES])
@pytest.mark.parametrize("form", ["alone", "gha", "gha-stamped"])
def test_v8_heap_report_reads_as_the_build_steps_oom(case_id, log, form):
    text = log if form == "alone" else _gha(log, stamped=form == "gha-stamped")
    v = judge(text)
    assert "build-step-own-out-of-memory" in signatures(v), (case_id, v.rationale)
    assert "structure-unexplained-error" not in signatures(v), (case_id, v.rationale)
    assert v.category == "resource" and v.verdict != "real", (case_id, v.verdict, v.category)
    assert not (v.verdict == "transient" and v.confidence > 0.9)


def test_gc_trace_line_alone_is_no_error():
    line = ("[19:0x3c1997d0]     6134 ms: Mark-sweep 1819.4 (1857.4) -> 1818.5 (1857.4) MB, 685.7 / 0.0 ms  "
            "(average mu = 0.852, current mu = 0.845) allocation failure; scavenge might not succeed\n")
    v = judge(line)
    assert "structure-unexplained-error" not in signatures(v) and v.verdict != "real", v.rationale


def test_gc_trace_then_failed_test_stays_real():
    log = ("[4120:0x6a2e1c0]     1203 ms: Scavenge 18.3 (21.5) -> 14.2 (22.0) MB, 1.4 / 0.0 ms  (average mu = 1.000, "
           "current mu = 1.000) allocation failure\nFAIL src/cart.test.ts\n  ● cart › totals\n\n    "
           "expect(received).toBe(expected) // Object.is equality\n\n    Expected: 42\n    Received: 41\n")
    assert judge(log).verdict == "real"


def test_heap_limit_under_the_jobs_cap_stays_real():
    log = "$ export NODE_OPTIONS=--max-old-space-size=4096\n" + _BUILD + _GCS + _STACK + _FATAL
    v = judge(_gha(log))
    assert v.verdict == "real" and "node-heap-limit-under-job-cap" in signatures(v), v.rationale


_LABELLED = [
    ("l-s3-cli", "transient", _gha(_S3[0][1])),
    ("l-site-packages-warning", "unknown", _INSTALLED_WARNINGS[0][1]),
    ("l-own-warning", "real", _STAYS_REAL[2][1]),
    ("l-gc-without-fatal", "unknown", _GC_CASES[1][1]),
]


@pytest.mark.parametrize("verdict,log", labelled(_LABELLED))
def test_labelled(verdict, log):
    assert judge(log).verdict == verdict


def test_unique_ids():
    assert_unique_ids(_S3, _THROTTLES, _S3_IN_TESTS, _INSTALLED_WARNINGS, _STAYS_REAL, _GC_CASES, _LABELLED)


def test_coverage_warning_in_its_own_file_stays_the_projects():
    # coverage.py warns from its own file about the project's run ("No data was collected."): still read as a diagnostic
    log = ("$ coverage run --parallel-mode -m pytest\n========== 12 passed in 1.02s ==========\n/home/runner/.venv/lib/"
           "python3.11/site-packages/coverage/control.py:905: CoverageWarning: No data was collected. "
           "(no-data-collected)\n")
    assert "file-diagnostic" in signatures(judge(log))
