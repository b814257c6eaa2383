"""Review 15b of the fifteenth round's data/ML-pipeline and typesetting/media entries (s3-object-request-refused,
model-hub-offline-cache-miss, dataset-cli-no-credentials, sql-linter-template-or-parse-violation,
tex-package-mirror-unavailable, tex-live-repository-refused, bibliography-tool-data-error, diagram-cli-input-missing,
ffmpeg-input-server-error, haskell-http-client-status-4xx, typst-compile-error) and the older things those helpers
edited (the retries list's "entering retry loop", the [noise] lines for box-drawing source lines and TeX's "l.N",
uncaught-exception's Dagster wrapper, download-failed's DVC count, the W&B and Airflow timeouts): adversarial logs
(made up) with the entries' words in other tools' output, a test's compared values, a fixture server's answer, a
warning's location line, and guards where the words are the trouble the job met."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_PAD = "".join(f"tests/test_media.py::test_case_{i} PASSED\n" for i in range(8))
_GH_403 = (" (StatusCodeException (Response {responseStatus = Status {statusCode = 403, statusMessage = \"rate limit"
           " exceeded\"}, responseVersion = HTTP/1.1, responseHeaders = [(\"X-RateLimit-Limit\",\"60\"),"
           "(\"X-RateLimit-Remaining\",\"0\")], responseBody = ()}) \"{\\\"message\\\":\\\"API rate limit exceeded for"
           " 20.1.2.3.\\\"}\")\n")

REAL: list[tuple[str, str]] = [
    # ffmpeg's 5xx from the test's own fixture server on the loopback host, then the test failed: the code under test
    ("ffmpeg-loopback-5xx-captured-then-failed",
     "tests/test_transcode.py::test_remote_fallback\n"
     "-------------------------------- Captured stderr call --------------------------------\n"
     "https://127.0.0.1:8089/fixture.mp4: Server returned 5XX Server Error reply\n"
     "FAILED tests/test_transcode.py::test_remote_fallback - AssertionError: fallback not used\n"
     "1 failed, 12 passed in 4.1s\n" + _EXIT),
    # an e2e script's own stream server on localhost answered 5xx: the project's server, not a media host
    ("ffmpeg-loopback-5xx-e2e-script",
     "Run ./scripts/e2e.sh\nstarting fixture server on 127.0.0.1:8080\n"
     "http://127.0.0.1:8080/stream.m3u8: Server returned 5XX Server Error reply\ne2e: stream test failed\n" + _EXIT),
    # a Go test's t.Log of ffmpeg's stderr against its httptest server, then the test's own failure
    ("ffmpeg-loopback-5xx-go-test-log",
     "=== RUN   TestRemoteInput\n"
     "    probe_test.go:40: ffmpeg stderr: http://127.0.0.1:39211/in.mp4: Server returned 5XX Server Error reply\n"
     "    probe_test.go:41: expected fallback to local file\n--- FAIL: TestRemoteInput (0.31s)\nFAIL\n"
     "FAIL\texample.com/media\t0.4s\n" + _EXIT),
    # unittest's assertEqual of ffmpeg's message text: compared values
    ("ffmpeg-5xx-unittest-compared",
     "FAIL: test_error_text (tests.test_probe.ProbeTest)\n"
     "----------------------------------------------------------------------\nTraceback (most recent call last):\n"
     "  File \"/app/tests/test_probe.py\", line 18, in test_error_text\n    self.assertEqual(msg, 'x')\n"
     "AssertionError: 'https://media.example.org/a.mp4: Server returned 429 Too Many Requests' != 'x'\n\n"
     "Ran 9 tests in 0.101s\n\nFAILED (failures=1)\n" + _EXIT),
    # unittest's assertEqual of tlmgr's message text: a wrapper's test comparing strings
    ("tlmgr-words-unittest-compared",
     "FAIL: test_parse (tests.test_tl.TlTest)\nTraceback (most recent call last):\n"
     "  File \"/app/tests/test_tl.py\", line 9, in test_parse\n    self.assertEqual(kind, 'mirror')\n"
     "AssertionError: 'tlmgr: TLPDB::_install_data: downloading did not succeed (download_file failed) for x' != 'mirror'\n"
     "\nRan 4 tests in 0.01s\n\nFAILED (failures=1)\n" + _EXIT),
    # guard: pytest's compared ffmpeg text
    ("ffmpeg-5xx-pytest-compared",
     "    def test_probe_error_message():\n>       assert probe_error(503) == 'Server returned 4XX Client Error'\n"
     "E       AssertionError: assert 'Server returned 5XX Server Error reply' == 'Server returned 4XX Client Error'\n"
     "FAILED tests/test_probe.py::test_probe_error_message - AssertionError\n1 failed, 3 passed in 0.2s\n" + _EXIT),
    # guard: a media host's 5xx, then a compile error the job ended on
    ("ffmpeg-5xx-then-rust-error",
     "https://media.example.org/clip.mp4: Server returned 5XX Server Error reply\nRun cargo build\n"
     "error[E0425]: cannot find value `fram` in this scope\n  --> src/main.rs:12:5\n"
     "error: could not compile `video` due to previous error\n" + _EXIT),
    # guard: a fixture download's 5xx in its own step, then the test step's assertion
    ("ffmpeg-5xx-then-later-pytest",
     "Run ffmpeg -i https://media.example.org/sample.mp4 -t 3 fixtures/sample.mp4\n"
     "https://media.example.org/sample.mp4: Server returned 5XX Server Error reply\nRun pytest\n" + _PAD +
     "FAILED tests/test_media.py::test_duration - assert 2.9 == 3.0\n1 failed, 8 passed in 1.1s\n" + _EXIT),
    # guard: a failed test run, then a post step's ffmpeg 5xx
    ("tests-failed-then-ffmpeg-post",
     "FAILED tests/test_media.py::test_render - assert 'a' == 'b'\n1 failed, 8 passed in 1.1s\n" + _EXIT +
     "Post job cleanup.\nhttps://media.example.org/preview.mp4: Server returned 5XX Server Error reply\n"),
    # guard: a failed test run, then a post step's tlmgr mirror failure
    ("tests-failed-then-tlmgr-post",
     "FAILED tests/test_media.py::test_render - assert 'a' == 'b'\n1 failed, 8 passed in 1.1s\n" + _EXIT +
     "Post job cleanup.\ntlmgr: TLPDB::_install_data: downloading did not succeed (download_file failed) for "
     "https://mirror.example.org/x.tar.xz\n"),
    # guard: MiKTeX's timeout, then mypy's error the job ended on
    ("miktex-timeout-then-mypy",
     "The operation could not be completed for the following reasons: Timeout was reached\nRun mypy .\n"
     "src/a.py:3: error: Name \"x\" is not defined  [name-defined]\nFound 1 error in 1 file (checked 3 source files)\n"
     + _EXIT),
    # guard: a tlmgr mirror failure, then a separate test step's assertion
    ("tlmgr-then-later-pytest",
     "tlmgr: TLPDB::_install_data: downloading did not succeed (download_file failed) for "
     "https://mirror.example.org/archive/foo.tar.xz\nRun pytest\n" + _PAD +
     "FAILED tests/test_media.py::test_render - assert 'a' == 'b'\n1 failed, 8 passed in 1.1s\n" + _EXIT),
    # a borderless table (rich's MINIMAL box) of test outcomes: a report's row, not a quoted source line
    ("numbered-bar-table-row-assertion",
     "Run python scripts/summarize.py results.json\n #  │ test                          │ outcome\n"
     " 1  │ tests/test_api.py::test_get   │ passed\n"
     " 2  │ tests/test_api.py::test_post  │ AssertionError: assert 201 == 500\n1 test failed\n" + _EXIT),
    # guard: Typst's quoted source line holds the document's words (a 503): the unknown variable is the failure
    ("typst-source-line-503",
     "error: unknown variable `retry`\n   ┌─ slides.typ:12:8\n   │\n12 │ 503 Service Unavailable, #retry\n"
     "   │                           ^^^^^\n" + _EXIT),
    # guard: Typst's missing file under its error
    ("typst-file-not-found",
     "error: file not found (searched at /src/figures/plot.svg)\n  ┌─ main.typ:40:9\n   │\n"
     "40 │ #image(\"figures/plot.svg\")\n" + _EXIT),
    # guard: http-client's plain 403 (no rate limit words): a refused credential
    ("haskell-403-forbidden",
     "HttpExceptionRequest Request { host = \"example.org\" } (StatusCodeException (Response {responseStatus = "
     "Status {statusCode = 403, statusMessage = \"Forbidden\"}, responseVersion = HTTP/1.1}) \"\")\n" + _EXIT),
    # guard: pandoc's image that is gone (404)
    ("haskell-404-pandoc",
     "Could not fetch https://example.org/logo.png\nHttpExceptionRequest Request { host = \"example.org\" } "
     "(StatusCodeException (Response {responseStatus = Status {statusCode = 404, statusMessage = \"Not Found\"}}) "
     "\"\")\n" + _EXIT),
    # guard: S3 denied the upload: a policy or credential
    ("s3-put-access-denied",
     "Run aws s3 cp report.html s3://reports-bucket/\nupload failed: ./report.html to s3://reports-bucket/report.html"
     " An error occurred (AccessDenied) when calling the PutObject operation: Access Denied\n" + _EXIT),
    # guard: S3's refused cache restore, then the test step's assertion
    ("s3-denied-then-pytest",
     "Run aws s3 sync s3://ci-cache/pip ~/.cache/pip\nfatal error: An error occurred (AccessDenied) when calling the"
     " ListObjectsV2 operation: Access Denied\nRun pytest\nFAILED tests/test_math.py::test_add - assert 3 == 4\n"
     "1 failed, 20 passed in 0.5s\n" + _EXIT),
    # guard: offline mode in the job and an empty cache
    ("hf-offline-cache-miss",
     "Run python -m pytest tests/test_model.py\nE   huggingface_hub.errors.LocalEntryNotFoundError: Cannot find the"
     " requested files in the disk cache and outgoing traffic has been disabled. To enable hf.co look-ups and "
     "downloads online, set 'local_files_only' to False.\nFAILED tests/test_model.py::test_load - "
     "huggingface_hub.errors.LocalEntryNotFoundError\n1 failed in 3.1s\n" + _EXIT),
    # guard: W&B's retry loop early in the run, then the test's own assertion
    ("wandb-retry-loop-then-assertion",
     "wandb: Network error (ConnectionError), entering retry loop.\n" + _PAD +
     "FAILED tests/test_train.py::test_loss - assert 0.52 < 0.5\n1 failed, 12 passed in 8.1s\n" + _EXIT),
    # guard: Dagster's wrapper over the op's own KeyError
    ("dagster-wrapper-keyerror",
     "dagster._core.errors.DagsterExecutionStepExecutionError: Error occurred while executing op \"clean_orders\":\n"
     "The above exception was caused by the following exception:\nKeyError: 'order_id'\n"
     "  File \"/app/pipelines/orders.py\", line 22, in clean_orders\n" + _EXIT),
    # guard: DVC's count under its warning of objects never pushed
    ("dvc-missing-cache-count",
     "Run dvc pull\nWARNING: Some of the cache files do not exist neither locally nor on remote. Missing cache "
     "files:\nname: data/train.csv, md5: 3f2a1c0e9b7d4a6f8e5c2b1a0d9f8e7c\n"
     "ERROR: failed to pull data from the cloud - 1 files failed to download\n" + _EXIT),
    # guard: Airflow's sensor timeout in a DAG test, then the test's assertion
    ("airflow-sensor-then-assertion",
     "airflow.exceptions.AirflowSensorTimeout: Sensor has timed out; run duration of 120.31 seconds exceeds the "
     "specified timeout of 120.0.\nFAILED tests/dags/test_pipeline.py::test_dag_runs - AssertionError: assert "
     "'failed' == 'success'\n1 failed in 130.2s\n" + _EXIT),
]

TRANSIENT: list[tuple[str, str]] = [
    # GitHub's 403 for an unauthenticated client over its hourly limit, through http-client: the limit of that hour
    ("haskell-403-github-rate-limit",
     "Downloading https://api.github.com/repos/example/snapshots/tarball\nHttpExceptionRequest Request {\n"
     "  host                 = \"api.github.com\"\n  port                 = 443\n }\n" + _GH_403 + _EXIT),
    # guard: http-client's 429 is no 4xx refusal
    ("haskell-429",
     "Could not fetch https://img.shields.io/badge/x.svg\nHttpExceptionRequest Request { host = \"img.shields.io\" }"
     " (StatusCodeException (Response {responseStatus = Status {statusCode = 429, statusMessage = \"Too Many "
     "Requests\"}, responseVersion = HTTP/1.1, responseHeaders = []}) \"\")\n" + _EXIT),
    # a Typst warning's location line is no failure: the job failed on the upload's 503
    ("typst-warning-then-upload-503",
     "Run typst compile main.typ\nwarning: unknown font family: inter\n  ┌─ main.typ:3:18\n  │\n"
     "3 │ #set text(font: \"Inter\")\n  │                  ^^^^^^^\n"
     "Run curl -fsS -X POST https://deploy.example.com/api/upload -F file=@main.pdf\n"
     "curl: (22) The requested URL returned error: 503\n" + _EXIT),
    # guard: Typst's package download reset under its location line
    ("typst-package-download-reset",
     "downloading @preview/cetz:0.2.2\nerror: failed to download package (network failed: Connection reset by peer"
     " (os error 104))\n   ┌─ main.typ:1:8\n   │\n 1 │ #import \"@preview/cetz:0.2.2\"\n" + _EXIT),
    # guard: a media host's 5xx
    ("ffmpeg-media-host-5xx",
     "Run ffmpeg -i https://media.example.org/clip.mp4 -t 5 out.mp4\n[https @ 0x55d0c] HTTP error 503 Service "
     "Unavailable\nhttps://media.example.org/clip.mp4: Server returned 5XX Server Error reply\n" + _EXIT),
    # guard: tlmgr's failed archive download
    ("tlmgr-download-failed",
     "Run tlmgr install biblatex\ntlmgr: TLPDB::_install_data: downloading did not succeed (download_file failed) "
     "for https://mirror.example.org/CTAN/systems/texlive/tlnet/archive/biblatex.tar.xz\n"
     "tlmgr: Installation of new version of biblatex did fail, trying to unwind.\n" + _EXIT),
    # guard: S3's SlowDown is throttling, not a refusal
    ("s3-slowdown",
     "upload failed: dist/app.tar.gz to s3://artifacts-bucket/builds/app.tar.gz An error occurred (SlowDown) when "
     "calling the PutObject operation (reached max retries: 4): Please reduce your request rate.\n" + _EXIT),
    # guard: S3's bare 503 on a HEAD behind DVC
    ("s3-head-503",
     "Run dvc pull\nERROR: unexpected error - An error occurred (503) when calling the HeadObject operation (reached"
     " max retries: 4): Service Unavailable\n" + _EXIT),
    # guard: S3's InternalError after botocore's retries
    ("s3-internal-error",
     "upload failed: ./build.zip to s3://releases/build.zip An error occurred (InternalError) when calling the "
     "CompleteMultipartUpload operation (reached max retries: 4): We encountered an internal error. Please try "
     "again.\n" + _EXIT),
    # guard: transformers could not reach the Hub (not offline mode)
    ("hf-online-unreachable",
     "OSError: We couldn't connect to 'https://huggingface.co' to load this file, couldn't find it in the cached "
     "files and it looks like bert-base-uncased is not the path to a directory containing a file named "
     "config.json.\nCheckout your internet connection or see how to run the library in offline mode at "
     "'https://huggingface.co/docs/transformers/installation#offline-mode'.\n" + _EXIT),
    # guard: Dagster's wrapper over a refused connection to an outside API
    ("dagster-wrapper-connection-refused",
     "dagster._core.errors.DagsterExecutionStepExecutionError: Error occurred while executing op \"load_prices\":\n"
     "The above exception was caused by the following exception:\nrequests.exceptions.ConnectionError: "
     "HTTPSConnectionPool(host='api.prices.example.com', port=443): Max retries exceeded with url: /v1/daily (Caused"
     " by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new "
     "connection: [Errno 111] Connection refused'))\n" + _EXIT),
    # guard: DVC's count under a reset connection to its remote
    ("dvc-count-under-reset",
     "Run dvc pull\nERROR: unexpected error - Cannot connect to host storage.example.com:443 ssl:default "
     "[Connection reset by peer]\nERROR: failed to pull data from the cloud - 3 files failed to download\n" + _EXIT),
]

AMBIGUOUS: list[tuple[str, str]] = [
    # an expired session token: the credentials' lifetime against the job's length, no rerun to propose surely
    ("s3-expired-token",
     "Run python scripts/fetch_weights.py\nbotocore.exceptions.ClientError: An error occurred (ExpiredToken) when "
     "calling the GetObject operation: The provided token has expired.\n" + _EXIT),
    # a bucket a step just created: a race at most, a wrong name as likely
    ("s3-nosuchbucket-after-create",
     "aws_s3_bucket.logs: Creation complete after 2s [id=ci-logs-8812]\nRun aws s3 cp seed.json s3://ci-logs-8812/\n"
     "upload failed: ./seed.json to s3://ci-logs-8812/seed.json An error occurred (NoSuchBucket) when calling the "
     "PutObject operation: The specified bucket does not exist\n" + _EXIT),
    # a library that fell back to the cache when the Hub was unreachable: the outage or the empty cache
    ("hf-fallback-after-dns-failure",
     "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='huggingface.co', port=443): Max retries "
     "exceeded with url: /bert-base-uncased/resolve/main/config.json (Caused by NewConnectionError('<x>: Failed to "
     "establish a new connection: [Errno -3] Temporary failure in name resolution'))\n\nDuring handling of the above"
     " exception, another exception occurred:\n\nhuggingface_hub.errors.LocalEntryNotFoundError: Cannot find the "
     "requested files in the disk cache and outgoing traffic has been disabled. To enable hf.co look-ups and "
     "downloads online, set 'local_files_only' to False.\n" + _EXIT),
    # a mirror's failed package, then LaTeX's error (the package that did not arrive may be why)
    ("tlmgr-then-latex-error",
     "tlmgr: TLPDB::_install_data: downloading did not succeed (download_file failed) for "
     "https://mirror.example.org/archive/natbib.tar.xz\nRun latexmk -pdf paper.tex\n! Undefined control sequence.\n"
     "l.57 \\citep\n          {smith2020}\n! ==> Fatal error occurred, no output PDF file produced!\n" + _EXIT),
    # TeX's second context line carries the document's text ("Connection timed out"): known, reads unknown
    ("tex-context-continuation-line",
     "! Undefined control sequence.\nl.88 the request fails with \\errcode\n"
     "                              {Connection timed out}\n"
     "! ==> Fatal error occurred, no output PDF file produced!\n" + _EXIT),
    # W&B's run start ran out: the server or the SDK, by the SDK's own comment
    ("wandb-init-timeout",
     "wandb: ERROR Run initialization has timed out after 90.0 sec. Please try increasing the timeout with the "
     "`init_timeout` setting.\nwandb.errors.errors.CommError: Run initialization has timed out after 90.0 sec.\n"
     + _EXIT),
    # DVC's count alone: objects never pushed or an outage, the cause not printed
    ("dvc-count-alone",
     "Run dvc pull\nERROR: failed to pull data from the cloud - 3 files failed to download\n" + _EXIT),
    # a 404 and then a 503 the retries ended on
    ("haskell-404-then-503",
     "HttpExceptionRequest Request { host = \"hackage.haskell.org\" } (StatusCodeException (Response {responseStatus"
     " = Status {statusCode = 404, statusMessage = \"Not Found\"}}) \"\")\nRetrying in 2 seconds\n"
     "HttpExceptionRequest Request { host = \"hackage.haskell.org\" } (StatusCodeException (Response {responseStatus"
     " = Status {statusCode = 503, statusMessage = \"Service Unavailable\"}}) \"\")\n" + _EXIT),
]


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log):
    reads(log, "transient")


@pytest.mark.parametrize("log", logs(AMBIGUOUS))
def test_ambiguous_not_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(REAL, TRANSIENT, AMBIGUOUS)
