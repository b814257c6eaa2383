"""The CircleCI client over httpx.MockTransport: status mapping, retries, paging, parsing."""

from __future__ import annotations

import json
import logging
import threading

import httpx
import pytest

from triage_agent.errors import (
    APIStatusError,
    AuthError,
    BadResponse,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServerError,
    Throttled,
    TransportError,
)
from triage_agent.providers.circleci.client import (
    CircleCIClient,
    RequestBudget,
    RetryPolicy,
    exhausted_window_wait,
    low_budget_pause,
    normalize_base_url,
    parse_flaky_tests,
    parse_retry_after,
    v11_project_path,
)
from triage_agent.providers.circleci.parse import slug_from_vcs_url

TOKEN = "CCIPAT_testtoken_0123456789abcdef"


class FakeClock:
    """A clock whose sleep advances time, so waits are measured, not slept."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []
        self.lock = threading.Lock()

    def __call__(self) -> float:
        with self.lock:
            return self.now

    def sleep(self, seconds: float) -> None:
        with self.lock:
            self.sleeps.append(seconds)
            self.now += seconds


def make_client(handler, *, clock=None, max_retries=3, rpm=6000, page_cap=50):
    clock = clock or FakeClock()
    budget = RequestBudget(rpm, clock=clock, sleep=clock.sleep)
    client = CircleCIClient(
        "https://circleci.example",
        TOKEN,
        budget=budget,
        retry=RetryPolicy(max_retries=max_retries, backoff_base=0.5, backoff_max=60, jitter=lambda: 0.0),
        transport=httpx.MockTransport(handler),
        sleep=clock.sleep,
        page_cap=page_cap,
    )
    return client, clock


def test_token_is_sent_in_circle_token_header():
    seen = []

    def handler(request):
        seen.append(request.headers.get("Circle-Token"))
        return httpx.Response(200, json={"id": "u1", "login": "alice", "name": "Alice"})

    client, _ = make_client(handler)
    me = client.me()
    assert (me.id, me.login) == ("u1", "alice")
    assert seen == [TOKEN]
    assert client.usage.by_endpoint() == {"GET /me": 1}


@pytest.mark.parametrize(
    ("status", "exc"),
    [(401, AuthError), (403, PermissionDenied), (404, NotFound)],
)
def test_client_errors_are_typed_and_never_retried(status, exc):
    calls = []

    def handler(request):
        calls.append(1)
        return httpx.Response(status, json={"message": "nope"})

    client, _ = make_client(handler)
    with pytest.raises(exc):
        client.me()
    assert len(calls) == 1


def test_retry_after_is_honoured_before_the_next_attempt():
    answers = [httpx.Response(429, headers={"Retry-After": "7"}, text="Rate limited."),
               httpx.Response(200, json={"id": "u1", "login": "a", "name": ""})]
    times = []
    clock = FakeClock()

    def handler(request):
        times.append(clock())
        return answers.pop(0)

    client, _ = make_client(handler, clock=clock)
    assert client.me().id == "u1"
    assert times[1] - times[0] >= 7.0
    assert client.usage.by_status() == {"200": 1, "429": 1}


def test_429_without_retry_after_backs_off_exponentially_and_gives_up_bounded():
    clock = FakeClock()
    times = []

    def handler(request):
        times.append(clock())
        return httpx.Response(429, text="Rate limited.")

    client, _ = make_client(handler, clock=clock, max_retries=3)
    with pytest.raises(RateLimited):
        client.me()
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert len(times) == 4
    # jitter 0 -> half of base * 2^n: 0.25, 0.5, 1.0
    assert gaps == pytest.approx([0.25, 0.5, 1.0])


def test_retry_after_longer_than_the_limit_fails_at_once_and_holds_every_later_request():
    sent = []

    def handler(request):
        sent.append(request.url.path)
        return httpx.Response(429, headers={"Retry-After": "3600"})

    client, clock = make_client(handler)
    with pytest.raises(Throttled, match="longer than circleci.max_backoff_seconds") as info:
        client.me()
    assert info.value.retry_after == 3600
    assert clock.sleeps == []
    # The rest of the cycle does not walk into the same 429: nothing is sent until it ends.
    with pytest.raises(Throttled, match="not sent"):
        client.collaborations()
    assert sent == ["/api/v2/me"]


def test_5xx_is_retried_a_bounded_number_of_times():
    calls = []

    def handler(request):
        calls.append(1)
        return httpx.Response(502, text="<html>bad gateway</html>")

    client, _ = make_client(handler, max_retries=2)
    with pytest.raises(ServerError):
        client.me()
    assert len(calls) == 3


def test_5xx_then_success_recovers():
    answers = [httpx.Response(503), httpx.Response(200, json={"id": "u", "login": "l", "name": ""})]
    client, _ = make_client(lambda r: answers.pop(0))
    assert client.me().id == "u"


def test_timeouts_are_retried_then_typed():
    calls = []

    def handler(request):
        calls.append(1)
        raise httpx.ReadTimeout("slow", request=request)

    client, _ = make_client(handler, max_retries=2)
    with pytest.raises(TransportError):
        client.me()
    assert len(calls) == 3


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="<html>oops</html>"),
        httpx.Response(200, json={"items": "nope"}),
        httpx.Response(200, json=["not", "an", "object"]),
    ],
)
def test_garbage_bodies_are_bad_response_not_crashes(response):
    client, _ = make_client(lambda r: response)
    with pytest.raises(BadResponse):
        client.pipeline_workflows("p1")


def test_one_malformed_item_is_skipped_and_the_rest_of_the_page_kept(caplog):
    body = {"items": [{"id": 5}, wf(1), {**wf(2), "status": None}], "next_page_token": None}
    client, _ = make_client(lambda r: httpx.Response(200, json=body))
    with caplog.at_level(logging.WARNING):
        workflows = client.pipeline_workflows("p1")
    # The null status reads as unknown (not terminal), the item without a string id is dropped.
    assert [(w.id, w.status) for w in workflows] == [("w1", "failed"), ("w2", "")]
    assert "skipped that item" in caplog.text


def wf(i):
    return {"id": f"w{i}", "name": "build", "status": "failed", "pipeline_id": "p1",
            "pipeline_number": 1, "project_slug": "gh/a/b", "created_at": "2026-01-01T00:00:00Z",
            "stopped_at": None, "started_by": "u"}


def test_paging_follows_next_page_token_to_the_end():
    pages = {None: ([wf(1), wf(2)], "t1"), "t1": ([wf(3)], "t2"), "t2": ([wf(4)], None)}
    seen_tokens = []

    def handler(request):
        token = request.url.params.get("page-token")
        seen_tokens.append(token)
        items, nxt = pages[token]
        return httpx.Response(200, json={"items": items, "next_page_token": nxt})

    client, _ = make_client(handler)
    workflows = client.pipeline_workflows("p1")
    assert [w.id for w in workflows] == ["w1", "w2", "w3", "w4"]
    assert seen_tokens == [None, "t1", "t2"]


def test_a_repeated_page_token_stops_paging_with_an_error():
    def handler(request):
        return httpx.Response(200, json={"items": [wf(1)], "next_page_token": "same"})

    client, _ = make_client(handler)
    with pytest.raises(BadResponse, match="repeated"):
        client.pipeline_workflows("p1")
    assert client.usage.total == 2


def test_page_cap_bounds_endless_paging(caplog):
    counter = iter(range(10_000))

    def handler(request):
        return httpx.Response(200, json={"items": [wf(1)], "next_page_token": f"t{next(counter)}"})

    client, _ = make_client(handler, page_cap=5)
    with caplog.at_level(logging.WARNING):
        assert len(client.pipeline_workflows("p1")) == 5
    assert client.usage.total == 5
    assert "page_cap" in caplog.text


def test_step_output_is_fetched_without_the_token():
    headers = []

    def handler(request):
        headers.append(dict(request.headers))
        return httpx.Response(200, json=[{"message": "hello\n", "time": "t", "type": "out", "truncated": False}])

    client, _ = make_client(handler)
    lines = client.step_output("https://output.example/abc?Signature=x")
    assert lines[0].message == "hello\n"
    assert "circle-token" not in {k.lower() for k in headers[0]}


def test_rerun_sends_exactly_from_failed_and_returns_the_new_workflow():
    bodies = []

    def handler(request):
        bodies.append((request.method, request.url.path, json.loads(request.content)))
        return httpx.Response(202, json={"workflow_id": "new-wf"})

    client, _ = make_client(handler)
    assert client.rerun_workflow_from_failed("wf-1") == "new-wf"
    assert bodies == [("POST", "/api/v2/workflow/wf-1/rerun", {"from_failed": True})]
    assert client.usage.writes == 1


def test_rerun_is_not_resent_after_a_timeout_or_5xx():
    calls = []

    def handler(request):
        calls.append(1)
        if len(calls) == 1:
            raise httpx.ReadTimeout("slow", request=request)
        return httpx.Response(202, json={"workflow_id": "x"})

    client, _ = make_client(handler)
    with pytest.raises(TransportError):
        client.rerun_workflow_from_failed("wf")
    assert len(calls) == 1

    calls.clear()
    client2, _ = make_client(lambda r: (calls.append(1), httpx.Response(500))[1])
    with pytest.raises(ServerError):
        client2.rerun_workflow_from_failed("wf")
    assert len(calls) == 1


def test_rerun_is_retried_after_a_429_since_it_was_not_processed():
    answers = [httpx.Response(429, headers={"Retry-After": "1"}), httpx.Response(202, json={"workflow_id": "n"})]
    client, _ = make_client(lambda r: answers.pop(0))
    assert client.rerun_workflow_from_failed("wf") == "n"


@pytest.mark.parametrize(
    "body",
    [
        {"flaky_tests": [{"test_name": "t1", "classname": "c", "times_flaked": 3, "job_name": "test"}],
         "total_flaky_tests": 1},
        {"flaky-tests": [{"test-name": "t1", "classname": "c", "times-flaked": 3, "job-name": "test"}],
         "total-flaky-tests": 1},
    ],
)
def test_flaky_tests_parse_both_key_styles(body):
    tests = parse_flaky_tests(body)
    assert [(t.test_name, t.classname, t.times_flaked, t.job_name) for t in tests] == [("t1", "c", 3, "test")]


def test_low_budget_headers_pause_everyone():
    assert low_budget_pause({"RateLimit-Remaining": "1", "RateLimit-Reset": "12"}) == 12
    assert low_budget_pause({"RateLimit-Remaining": "50", "RateLimit-Reset": "12"}) == 0
    # both families: the lower remaining wins
    assert low_budget_pause({"RateLimit-Remaining": "50", "X-RateLimit-Remaining-Minute": "0",
                             "X-RateLimit-Reset-Minute": "30"}) == 30


def test_retry_after_parses_seconds_and_dates():
    assert parse_retry_after("5") == 5.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0) == pytest.approx(10.0)
    assert parse_retry_after("soon") is None


def test_budget_is_shared_across_threads():
    clock = FakeClock()
    budget = RequestBudget(60, burst=5, clock=clock, sleep=clock.sleep)
    granted = []

    def worker():
        for _ in range(5):
            budget.acquire()
            granted.append(clock())

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(granted) == 20
    # 5 at once, then one per second for the other 15
    assert max(granted) - 1000.0 >= 15 - 1e-6


@pytest.mark.parametrize(
    ("slug", "path"),
    [("gh/acme/api", "github/acme/api"), ("bb/acme/api", "bitbucket/acme/api"),
     ("circleci/ORG/PROJ", "circleci/ORG/PROJ")],
)
def test_v11_paths(slug, path):
    assert v11_project_path(slug) == path


def test_slug_from_vcs_url():
    assert slug_from_vcs_url("https://github.com/acme/api") == "gh/acme/api"
    assert slug_from_vcs_url("https://bitbucket.org/acme/api") == "bb/acme/api"


def test_token_never_appears_in_logs_or_repr(caplog):
    answers = [httpx.Response(503), httpx.Response(429), httpx.Response(401, json={"message": "bad"})]
    client, _ = make_client(lambda r: answers.pop(0))
    with caplog.at_level(logging.DEBUG), pytest.raises(AuthError) as info:
        client.me()
    assert TOKEN not in caplog.text
    assert TOKEN not in str(info.value)
    assert TOKEN not in repr(client)


def test_s3_xml_errors_are_summarised_by_code_and_message():
    body = ('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code>'
            '<Message>Request has expired</Message></Error>')
    client, _ = make_client(lambda r: httpx.Response(403, text=body))
    with pytest.raises(PermissionDenied, match="AccessDenied: Request has expired"):
        client.step_output("https://output.example/x")


def test_a_redirect_to_another_host_is_not_followed_and_the_token_stays_home():
    seen = []

    def handler(request):
        seen.append((request.url.host, request.headers.get("Circle-Token")))
        return httpx.Response(301, headers={"Location": "https://elsewhere.example/api/v2/me"})

    client, _ = make_client(handler)
    with pytest.raises(APIStatusError, match="redirected to https://elsewhere.example"):
        client.me()
    assert seen == [("circleci.example", TOKEN)]


def test_an_html_404_reads_as_a_page_title_not_as_markup():
    page = "<!DOCTYPE html>\n<html><head><title>Continuous Integration and Deployment</title></head></html>"
    client, _ = make_client(lambda r: httpx.Response(404, text=page, headers={"Content-Type": "text/html"}))
    with pytest.raises(NotFound, match="an HTML page \\('Continuous Integration and Deployment'\\)"):
        client.job_steps("gh/a/b", 1)


@pytest.mark.parametrize(
    ("url", "normalised"),
    [("https://circleci.example.com/api/v2", "https://circleci.example.com"),
     ("https://circleci.example.com/api/v1.1/", "https://circleci.example.com"),
     ("https://circleci.example.com/api", "https://circleci.example.com"),
     ("https://ci.example.com:8443/circle/", "https://ci.example.com:8443/circle")],
)
def test_base_url_drops_a_pasted_api_path(url, normalised):
    assert normalize_base_url(url) == normalised


@pytest.mark.parametrize("url", ["https://x.example/api/v3", "ftp://x.example", "https://tok@x.example",
                                 "https://x.example/?a=1"])
def test_a_base_url_that_cannot_be_the_api_root_is_refused_in_one_line(url):
    with pytest.raises(ValueError) as info:
        normalize_base_url(url)
    assert "\n" not in str(info.value)


def test_the_exhausted_window_sets_the_wait_and_an_open_one_does_not():
    headers = {"X-RateLimit-Remaining-Minute": "0", "X-RateLimit-Reset-Minute": "42",
               "X-RateLimit-Remaining-Hour": "17", "X-RateLimit-Reset-Hour": "3000"}
    assert exhausted_window_wait(headers) == 42
    assert exhausted_window_wait({"RateLimit-Remaining": "3", "RateLimit-Reset": "9"}) is None
    # 2020 answers carried the unlabelled trio.
    assert exhausted_window_wait({"x-ratelimit-remaining": "0", "x-ratelimit-reset": "5"}) == 5
