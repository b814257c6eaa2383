"""Review of the tenth round's tool-source entries (and the later ones of the round): logs they were
not written from, which they read wrongly before this review. Every log here was written for the
test (none is copied from a project's CI)."""

from __future__ import annotations

from judging import judge, reads_as, signatures

# --- an outage the package manager survived is no cause of a failure later in the job ---


def test_an_apk_index_warning_the_install_got_past_does_not_outweigh_a_later_failure():
    # apk warned about one repository's index, installed from the others ("OK: ..."), and the job
    # failed later on its own test: the warning was survived, and no full disk or lost runner
    v = judge("RUN apk add --no-cache py3-pip\n"
              "fetch https://dl-cdn.example.org/alpine/edge/testing/x86_64/APKINDEX.tar.gz\n"
              "WARNING: fetching https://dl-cdn.example.org/alpine/edge/testing: temporary error (try again later)\n"
              "(1/3) Installing py3-pip (23.3-r0)\n"
              "OK: 62 MiB in 30 packages\n"
              "$ pytest -q\n"
              "F..\n"
              "    def test_total():\n"
              ">       assert total([1, 2]) == 3\n"
              "E       assert 4 == 3\n"
              "tests/test_sum.py:5: AssertionError\n"
              "FAILED tests/test_sum.py::test_total - assert 4 == 3\n"
              "1 failed, 2 passed in 0.1s\n")
    assert v.verdict == "real", v.rationale


def test_an_apk_index_warning_far_above_a_compile_error_is_no_catastrophe():
    log = ("Step 3/7 : RUN apk add --no-cache build-base\n"
           "WARNING: updating and opening https://dl-cdn.example.org/alpine/edge/testing: temporary error (try again later)\n"
           "(1/20) Installing libgcc (13.2.1-r0)\n"
           "OK: 210 MiB in 40 packages\n"
           + "".join(f"gcc -c src/m{i}.c -o m{i}.o\n" for i in range(40))
           + "src/parser.c:112:5: error: 'tok' undeclared (first use in this function)\n"
           "make: *** [Makefile:20: parser.o] Error 1\n")
    assert judge(log).verdict == "real", judge(log).rationale


# A Rust test failing on its own value, after the job's package installs went through.
_LATER_TEST_FAILURE = ("$ cargo test\n"
                       "test codec::roundtrip ... FAILED\n"
                       "thread 'codec::roundtrip' panicked at src/codec.rs:40:9:\n"
                       "assertion `left == right` failed\n  left: 3\n right: 4\n"
                       "test result: FAILED. 30 passed; 1 failed\n")


def test_a_dnf_mirror_that_answered_404_before_another_served_the_package_is_survived():
    # librepo's "[MIRROR]" lines say one mirror failed and the next is tried; dnf then completed
    v = judge("Installing dependencies\n"
              "[MIRROR] libfoo-1.2-3.fc39.x86_64.rpm: Status code: 404 for "
              "https://mirror1.example.org/fedora/libfoo-1.2-3.fc39.x86_64.rpm (IP: 10.0.0.1)\n"
              "(1/3): libfoo-1.2-3.fc39.x86_64.rpm  120 kB/s\n"
              "Complete!\n"
              + _LATER_TEST_FAILURE)
    assert v.verdict == "real", v.rationale


def test_a_dnf_mirror_timeout_before_another_served_the_package_is_survived():
    v = judge("[MIRROR] libfoo-1.2-3.fc39.x86_64.rpm: Curl error (28): Timeout was reached for "
              "https://mirror1.example.org/fedora/libfoo-1.2-3.fc39.x86_64.rpm [Operation timed out after 30000 milliseconds]\n"
              "(1/3): libfoo-1.2-3.fc39.x86_64.rpm  120 kB/s\n"
              "Complete!\n"
              + _LATER_TEST_FAILURE)
    assert v.verdict == "real", v.rationale


def test_a_docker_pull_that_retried_and_completed_does_not_explain_a_later_bare_eof():
    v = judge("Pulling postgres (postgres:16)...\n"
              "a1b2c3d4e5f6: Retrying in 5 seconds\n"
              "a1b2c3d4e5f6: Pull complete\n"
              "Digest: sha256:0f3c9a\n"
              "Status: Downloaded newer image for postgres:16\n"
              "$ go run ./cmd/migrate --file schema.json\n"
              "unexpected EOF\n"
              "exit status 1\n")
    assert "docker-layer-cut-short" not in signatures(v), v.rationale
    assert v.verdict != "transient", v.rationale


def test_a_docker_pull_that_gave_up_on_a_layer_still_reads_as_cut_short():
    reads_as("Pulling postgres (postgres:16)...\n"
             "a1b2c3d4e5f6: Pulling fs layer\n"
             "a1b2c3d4e5f6: Retrying in 5 seconds\n"
             "a1b2c3d4e5f6: Retrying in 1 second\n"
             "unexpected EOF\n", "transient", "docker-layer-cut-short")


# --- a test's own words ---


def test_an_xctest_comparing_url_errors_is_a_test_of_the_code():
    v = judge("Test Case '-[NetKitTests.ErrorMappingTests testRetryable]' started.\n"
              "/src/Tests/ErrorMappingTests.swift:31: error: -[NetKitTests.ErrorMappingTests testRetryable] : "
              "XCTAssertEqual failed: (\"NSURLErrorTimedOut\") is not equal to (\"NSURLErrorCannotFindHost\")\n"
              "Test Case '-[NetKitTests.ErrorMappingTests testRetryable]' failed (0.003 seconds).\n"
              "** TEST FAILED **\n")
    assert v.verdict == "real", v.rationale
    v = judge("/src/Tests/ClientTests.swift:48: error: -[NetKitTests.ClientTests testMapsOffline] : "
              "XCTAssertEqual failed: (\"Error Domain=NSURLErrorDomain Code=-1009\") is not equal to "
              "(\"Error Domain=NSURLErrorDomain Code=-1001\")\n"
              "** TEST FAILED **\n")
    assert v.verdict == "real", v.rationale


def test_a_file_a_test_holds_open_is_not_the_flutter_tools_cache_lock():
    v = judge("  Failed Acme.Store.Tests.FileStoreTests.Compacts [12 ms]\n"
              "  Error Message:\n"
              "   Acme.Store.StoreException : The segment file 'C:\\a\\store.db' is in use by another process.\n"
              "Failed!  - Failed:     1, Passed:   211, Skipped:     0, Total:   212\n")
    assert "resource-busy" not in signatures(v), v.rationale


def test_a_line_that_starts_with_locked_is_not_coursiers_cache_lock():
    v = judge("$ ./scripts/check-deps.sh\n"
              "checking vendored deps\n"
              "locked: /src/vendor/modules.txt\n"
              "error: vendored modules out of date, run 'go mod vendor'\n"
              "Error: Process completed with exit code 1.\n")
    assert "coursier-cache-locked" not in signatures(v), v.rationale
    assert v.verdict != "transient", v.rationale


def test_an_apps_own_status_enum_in_an_xctest_comparison_is_no_swiftpm_download():
    v = judge("/src/Tests/APITests.swift:22: error: -[AppTests.APITests testMapsStatus] : XCTAssertEqual failed: "
              "(\"badResponseStatusCode(503)\") is not equal to (\"badResponseStatusCode(500)\")\n"
              "** TEST FAILED **\n")
    assert v.verdict == "real", v.rationale


def test_an_e2e_test_reporting_its_own_servers_failure_is_no_api_server_outage():
    # Gomega's report of the StatusError the project's own admission handler caused
    v = judge("  [FAILED] Unexpected error:\n"
              "      <*errors.StatusError>: an error on the server (\"widget admission handler panicked: nil map\") "
              "has prevented the request from succeeding (post widgets.acme.example.org)\n"
              "  In [It] at: /src/test/e2e/widget_test.go:88\n")
    assert "kubectl-server-error" not in signatures(v), v.rationale
    assert v.verdict != "transient", v.rationale
    v = judge("=== RUN   TestCreateWidget\n"
              "    widget_test.go:41: create: an error on the server (\"\") has prevented the request from succeeding "
              "(post widgets.acme.example.org)\n"
              "--- FAIL: TestCreateWidget (0.31s)\n")
    assert "kubectl-server-error" not in signatures(v), v.rationale


def test_kubectls_own_report_of_an_api_server_5xx_stays_transient():
    reads_as("$ kubectl get pods -n ci\n"
             "Error from server (InternalError): an error on the server (\"\") has prevented the request from "
             "succeeding (get pods)\n", "transient", "kubectl-server-error")
