"""Review of the seventh round: excerpts written for these tests (names and values invented)."""

from __future__ import annotations

from judging import judge, signatures

# --- new transient wordings inside a test's own assertion are the test's words, not the CI's ---


def test_rerun_advice_quoted_in_a_go_test_message_is_no_advice():
    v = judge("--- FAIL: TestRetryBanner (0.00s)\n"
              '    banner_test.go:31: got "An internal error occurred", want "An internal error occurred. '
              'Please retry the job."\n'
              "FAIL\nFAIL\texample.com/acme/ui\t0.012s\n")
    assert "rerun-advised" not in signatures(v)
    assert v.verdict == "real", v.rationale


def test_rerun_advice_in_a_pytest_exception_line_is_the_code_under_test():
    v = judge("E       ValueError: unexpected state; please rerun the build with --clean\n"
              "tests/test_state.py:22: ValueError\n")
    assert "rerun-advised" not in signatures(v)
    assert v.verdict == "real", v.rationale


def test_grid_capacity_words_in_an_assertion_are_no_busy_grid():
    v = judge("  1) checkout flow\n"
              "       shows a message when the grid is busy:\n"
              "     AssertionError: expected 'Busy' to equal 'All parallels are currently in use'\n"
              "  12 passing (3s)\n  1 failing\n")
    assert "scheduling-capacity" not in signatures(v)
    assert v.verdict == "real", v.rationale


def test_a_go_test_about_pods_leaving_the_cluster_is_no_lost_runner():
    v = judge("--- FAIL: TestPodGC (2.01s)\n"
              '    gc_test.go:55: pod "worker-3" is no longer present on the cluster, want it kept\n'
              "FAIL\n")
    assert "ci-runner-lost" not in signatures(v)
    assert v.verdict == "real", v.rationale


def test_the_new_wordings_still_count_where_the_ci_says_them():
    assert judge("error: could not wait for pod 'e2e-smoke': it is no longer present on the cluster\n"
                 ).verdict == "transient"
    assert judge("[GRID_BUSY] All parallels are currently in use\n").verdict == "transient"
    assert judge("An internal error occurred in the runner. Please retry the job.\n").verdict == "transient"


# --- a docs error whose reference names a timeout class is no timeout -----------------------------

def test_a_sphinx_reference_to_a_timeout_class_does_not_refute_the_docs_error():
    log = ("Running Sphinx v7.2.6\nbuilding [html]: targets for 3 source files that are out of date\n"
           "Warning, treated as error:\n"
           "/home/ci/proj/docs/api.rst:12:py:exc reference target not found: acme.errors.ReadTimeout\n")
    v = judge(log)
    assert "docs-check" in signatures(v)  # the relay stands: nothing below it was fetched
    assert v.verdict != "transient", v.rationale
    # a raised one still refutes it
    raised = judge("Warning, treated as error:\nfailed to reach any of the inventories with the following issues:\n"
                   "intersphinx inventory 'https://docs.example.org/objects.inv' not fetchable due to "
                   "<class 'requests.exceptions.ReadTimeout'>: HTTPSConnectionPool(host='docs.example.org', "
                   "port=443): Read timed out. (read timeout=30)\n")
    assert "docs-check" not in signatures(raised) and raised.verdict == "transient", raised.rationale


# --- a long line's cut keeps no part of a secret, wherever the secret sits ------------------------

def _pieces(token: str, size: int = 6) -> set[str]:
    return {token[i : i + size] for i in range(len(token) - size + 1)}


def test_no_part_of_a_secret_survives_a_cut_line_whichever_boundary_it_straddles():
    from triage_agent.core.logtext import LINE_END, MAX_LINE, REDACT_MARGIN, cut_line
    from triage_agent.core.redact import Redactor

    redact = Redactor()
    # an invented one-line private key (a service-account JSON echoed on one line): masked whole,
    # it shrinks the text by thousands of characters and pulls what follows it forward
    key = ("-----BEGIN PRIVATE KEY-----" + "\\n".join(["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwQz" + "q7" * 13] * 63)
           + "-----END PRIVATE KEY-----")
    tokens = ["ghp_" + "Ab3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6", "AKIA" + "Q7XW2PLM9RTZ4KVN",
              "CCIPAT_" + "Xy7Qw3Er9Ty1Ui5Op2As8Df4"]
    head_cut, end_cut = MAX_LINE - LINE_END, LINE_END
    head_edge, end_edge = head_cut + REDACT_MARGIN, LINE_END + REDACT_MARGIN
    for token in tokens:
        for split in range(1, len(token)):
            lines = []
            for with_key in (False, True):
                before = "cfg " + (key if with_key else "") + " note "
                # straddling where the start's redacted slice ends, and where the kept start ends
                for edge in (head_edge, head_cut):
                    at = edge - split
                    if at - 1 > len(before):
                        lines.append(before + "y" * (at - 1 - len(before)) + " " + token + " " + "z" * 6000)
                after = " note " + (key if with_key else "") + " done"
                # straddling where the end's redacted slice starts, and where the kept end starts
                for edge in (end_edge, end_cut):
                    fill = edge - (len(token) - split) - len(after) - 1
                    if fill > 0:
                        lines.append("a" * 6000 + " " + token + " " + "w" * fill + after)
            assert lines
            for line in lines:
                assert token in line
                out = cut_line(line, redact)
                assert len(out) <= MAX_LINE + 10
                leaked = {p for p in _pieces(token) if p in out}
                assert not leaked, (token, split, leaked)
