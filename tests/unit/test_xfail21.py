"""Twenty-first round, a pass over the strict expected failures: guards for the entries it added.

The pass fixed left cases of earlier reviews (their own files say which and how); this file holds the
near-misses of the entries it added, so that each stays as narrow as its comment in signatures.toml says:

  * script-retry-gave-up-on-refusal (line_checks.py _gave_up_on_refusal): a retry loop that gave up with the
    same 4xx (not 408/429) on every try reads real; a loop whose answers were 5xx, 429 or timeouts, or
    mixed a 404 with a 503, keeps the outage reading;
  * loopback-app-answered-429: the job's own server on the loopback answering 429 to an echoed curl reads
    real; a remote API's 429 stays a rate limit;
  * http-500-schema-missing: a 500 whose body on its line is a database's schema error reads real; a bare
    500 from a remote host stays an outage;
  * cli-required-option-missing: Click's "Missing option" and a script's "error: --x is required" read
    real;
  * own-service-exited-then-refused: the job's own service logging its exit at error level, then a
    refusal on the loopback, reads real;
  * spring-boot-port-already-in-use: Spring Boot's port analyzer reads transient only where the job
    started no server of its own;
  * smoke-check-of-own-deploy-gave-up (line_checks.py _gave_up_on_own_deploy): a smoke check of the release
    the job had just deployed that gave up reads real; the same loop over an outside download keeps
    the outage reading;
  * curl-health-check-of-own-deploy (line_checks.py _curl_checked_own_deploy): curl's connect or timeout line
    for a health path checked below the job's own deploy reads real; the same curl with no deploy above
    it is not the entry's;
  * curl-loopback-reply-cut (line_checks.py _loopback_curl_above): curl's 18/28/52/56 line right under a piped
    curl to the job's own loopback host reads real; the same line under a curl to a remote host is not
    the entry's.

Each case is a short log written for this test; the wording of the tools is the one the entries'
comments name (Click's MissingParameter read in pallets/click src/click/exceptions.py; curl's and
HTTPie's status lines, Spring Boot's analyzer and the servers' schema errors recalled). Hosts and
projects are made up.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, not_surely_transient, reads, signatures

_GHA = "##[error]Process completed with exit code 1.\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------ script-retry-gave-up-on-refusal
    ("retry-403-every-try", "real",
     "Downloading https://downloads.acme-tools.example.com/sdk/4.2/sdk.tgz\n"
     "request failed (status=403), retrying in 5s\nrequest failed (status=403), retrying in 5s\n"
     "request failed (status=403), retrying in 5s\nError: failed after 3 attempts\n" + _GHA),
    # guard: the same loop over 503s is the host's outage
    ("retry-503-every-try-stays-transient", "transient",
     "Downloading https://downloads.acme-tools.example.com/sdk/4.2/sdk.tgz\n"
     "request failed (status=503), retrying in 5s\nrequest failed (status=503), retrying in 5s\n"
     "request failed (status=503), retrying in 5s\nError: failed after 3 attempts\n" + _GHA),
    # ------------------------------------------------ loopback-app-answered-429
    ("curl-i-loopback-429-plain", "real",
     "+ curl -si http://127.0.0.1:3000/api/orders\nHTTP/1.1 429 Too Many Requests\nRetry-After: 10\n\n"
     "{\"error\":\"slow down\"}\n" + _GHA),
    # guard: a remote API's 429 is its throttle of the runner
    ("curl-i-remote-429-stays-transient", "transient",
     "+ curl -si https://api.github.com/repos/acme/app/releases/latest\nHTTP/2 429\nretry-after: 60\n\n"
     "{\"message\":\"API rate limit exceeded for 20.1.2.3.\"}\n" + _GHA),
    # ------------------------------------------------ http-500-schema-missing
    ("smoke-500-mysql-table-missing", "real",
     "+ ./scripts/smoke.sh https://staging.acme-shop.example\n"
     "smoke: GET /api/carts returned 500: {\"error\":\"Table 'shop.cart_items' doesn't exist\"}\n"
     "smoke: 1 check failed\n" + _GHA),
    # ------------------------------------------------ cli-required-option-missing
    ("click-missing-option", "real",
     "+ python -m acme_release publish\nUsage: python -m acme_release publish [OPTIONS]\n"
     "Try 'python -m acme_release publish --help' for help.\n\nError: Missing option '--version'.\n" + _GHA),
    # ------------------------------------------------ own-service-exited-then-refused
    ("json-error-exiting-then-loopback-refused", "real",
     "$ ./bin/api --config ci/api.yaml &\n"
     "{\"level\":\"error\",\"msg\":\"open ci/api.yaml: no such file or directory; exiting\"}\n"
     "$ curl -fsS http://localhost:8080/ready\n"
     "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused\n" + _GHA),
    # ------------------------------------------------ smoke-check-of-own-deploy-gave-up
    ("smoke-own-preview-refused-gave-up", "real",
     "Deploying pr-77 to https://pr-77.preview.acme.example ...\nRelease \"pr-77\" has been upgraded. Happy Helming!\n"
     "Smoke check https://pr-77.preview.acme.example/healthz: 503, retrying in 10s (attempt 1/3)\n"
     "Smoke check https://pr-77.preview.acme.example/healthz: 503, retrying in 10s (attempt 2/3)\n"
     "Smoke check https://pr-77.preview.acme.example/healthz: 503, retrying in 10s (attempt 3/3)\n"
     "Smoke check failed after 3 attempts, giving up\n" + _GHA),
    # ------------------------------------------------ curl-health-check-of-own-deploy
    ("curl-28-own-preview-readyz-after-rollout", "real",
     "+ kubectl rollout status deployment/web -n pr-77\ndeployment \"web\" successfully rolled out\n"
     "+ curl -fsS --max-time 15 https://pr-77.preview.acme.example/readyz\n"
     "curl: (28) Operation timed out after 15001 milliseconds with 0 bytes received\n" + _GHA),
    # guard: no deploy of the job's own above the loop: a download retried on 503s stays the host's outage
    ("download-503-gave-up-no-deploy-stays-transient", "transient",
     "Fetching https://downloads.acme-tools.example.com/cli/v3.1.0/cli-linux-amd64.tar.gz\n"
     "got 503, retrying in 10s (attempt 1/3)\ngot 503, retrying in 10s (attempt 2/3)\n"
     "got 503, retrying in 10s (attempt 3/3)\nDownload failed after 3 attempts, giving up\n" + _GHA),
]

# a 404 and a 503 in one loop: a passing trouble named, so the refusal entry does not take the give-up line (what the
# rest of the catalogue makes of the 503 is left as it was: http-5xx reads it)
MIXED_404_503 = ("Downloading https://downloads.acme-tools.example.com/sdk/9.9/sdk.tgz\n"
                 "request failed (status=404), retrying in 5s\nrequest failed (status=503), retrying in 5s\n"
                 "request failed (status=404), retrying in 5s\nError: failed after 3 attempts\n" + _GHA)

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # Spring Boot's analyzer where the job backgrounded its own jar first: the job holds the port
    ("spring-port-in-use-after-own-background-start",
     "+ java -jar build/libs/api.jar &\n+ sleep 5\n+ ./gradlew bootRun\n***************************\n"
     "APPLICATION FAILED TO START\n***************************\n\nDescription:\n\n"
     "Web server failed to start. Port 8080 was already in use.\n\n" + _GHA),
]

LONG_LINE_WORDS = [
    "request failed (status=404), retrying in 3s... ",
    "Response: 401 Retrying in 5s (attempt 1/3) ",
    "+ curl -sv http://127.0.0.1:8080/api/login ",
    "< HTTP/1.1 429 Too Many Requests ",
    "smoke: GET /api/orders returned 500 Internal Server Error: Invalid object name '",
    "500 relation \"users\" does not exist ",
    "Error: Missing option '",
    "error: --env is required ",
    "level=error msg=\"exiting ",
    "+ docker run -d -p 8081:8080 ",
    "Web server failed to start. Port 8080 was already in use. ",
    "Tomcat started on port 8080 ",
    "Smoke check failed after 5 attempts, giving up ",
    "Release \"pr-482\" has been upgraded. ",
    "curl: (7) Failed to connect to pr-482.staging.acme.dev port 443 after 3 ms: ",
    "##[group]Run curl -fsS --max-time 20 https://pr-482.staging.acme.dev/healthz ",
    "curl -sS http://127.0.0.1:8080/api/report | jq -e '.totals.count' ",
    "curl: (52) Empty reply from server ",
]


def test_case_ids_are_unique() -> None:
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_xfail21_reads_right(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", [pytest.param(log, id=cid) for cid, log in NOT_SURELY_TRANSIENT])
def test_xfail21_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


def test_refusal_entry_passes_over_a_loop_that_also_met_a_5xx() -> None:
    assert "script-retry-gave-up-on-refusal" not in signatures(judge(MIXED_404_503))


# the same health curl with no deploy of the job's above it: not the entry's (the outage readings stay as they were)
NO_DEPLOY_HEALTH = ("+ curl -fsS --max-time 15 https://status.acme-vendor.example/healthz\n"
                    "curl: (7) Failed to connect to status.acme-vendor.example port 443 after 3 ms: Couldn't connect to "
                    "server\n" + _GHA)


def test_health_curl_entry_needs_the_jobs_deploy_above() -> None:
    assert "curl-health-check-of-own-deploy" not in signatures(judge(NO_DEPLOY_HEALTH))


# curl's 28 under a piped curl to a remote host: not the loopback entry's
REMOTE_PIPED_28 = ("+ curl -sS --max-time 10 https://api.acme-vendor.example/v1/items | jq -e 'length > 0'\n"
                   "curl: (28) Operation timed out after 10001 milliseconds with 0 bytes received\n" + _GHA)


def test_loopback_cut_entry_needs_a_loopback_curl_above() -> None:
    assert "curl-loopback-reply-cut" not in signatures(judge(REMOTE_PIPED_28))
