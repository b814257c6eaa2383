"""The CircleCI client against the simulator over loopback: paging, 429s, 5xx, 401, garbage, budget."""

from __future__ import annotations

import logging
import threading
import time
from datetime import timedelta

import pytest

from triage_agent.errors import AuthError, BadResponse, ServerError
from triage_agent.providers.circleci.client import CircleCIClient, RequestBudget, RetryPolicy
from triage_agent.providers.http import RequestCounter as Usage
from triage_agent.simulator import Scenario, Simulator


@pytest.fixture(scope="module")
def sim():
    sc = Scenario(token="CCIPAT_loopback_token_0123456789abcdef", page_size=2, seed=51)
    sc.add_project("gh/acme/api")
    for i in range(7):
        sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=70 - i),
                        workflows=[sc.workflow("ci", jobs=[sc.job("build")])])
    with Simulator(sc) as s:
        yield s


@pytest.fixture(autouse=True)
def clean(sim):
    sim.clear_faults()
    sim.clear_requests()
    yield
    sim.clear_faults()


def client(sim, *, rpm=100000, burst=None, retries=3, usage=None, budget=None):
    return CircleCIClient(sim.base_url, sim.token, budget=budget or RequestBudget(rpm, burst=burst),
                          usage=usage or Usage(),
                          retry=RetryPolicy(max_retries=retries, backoff_base=0.05, backoff_max=5.0))


def all_pipelines(c):
    return [p for page in c.project_pipelines("gh/acme/api") for p in page]


def test_paging_reads_every_page_once(sim):
    numbers = [p.number for p in all_pipelines(client(sim))]
    assert numbers == [7, 6, 5, 4, 3, 2, 1]
    tokens = [r.query.get("page-token") for r in sim.requests_to("GET", r"/project/gh/acme/api/pipeline")]
    assert len(tokens) == 4 and tokens[0] is None and len(set(tokens[1:])) == 3


def test_a_repeated_page_token_is_an_error_not_a_loop(sim):
    sim.inject("repeat_page_token", times=None)
    with pytest.raises(BadResponse, match="repeated"):
        all_pipelines(client(sim))
    assert len(sim.requests) <= 3


@pytest.mark.parametrize("retry_after", [1, None])
def test_no_request_is_sent_before_the_429_wait_ends(sim, retry_after):
    sim.inject("rate_limit", times=1, retry_after=retry_after)
    c = client(sim)
    started = time.monotonic()
    assert c.me().login == "alice"
    times = [r.time for r in sim.requests]
    assert [r.status for r in sim.requests] == [429, 200]
    gap = times[1] - times[0]
    if retry_after:
        assert gap >= retry_after - 0.01
    else:
        assert gap >= 0.025  # half of the first backoff step, at least
    assert time.monotonic() - started >= gap


def test_the_429_pause_holds_every_thread(sim):
    budget = RequestBudget(100000)
    usage = Usage()
    sim.inject("rate_limit", times=1, retry_after=1)
    c = client(sim, budget=budget, usage=usage)
    first = threading.Thread(target=c.me)
    first.start()
    # Until the 429 has been read and the pause is in force (not a fixed 0.2 s sleep, which a
    # loaded machine can outlast before the first thread has even sent its request).
    deadline = time.monotonic() + 30
    while budget.paused_seconds_total == 0:
        assert time.monotonic() < deadline, "the 429's pause was never set"
        time.sleep(0.002)
    others = [threading.Thread(target=c.me) for _ in range(3)]
    for t in others:
        t.start()
    for t in [first, *others]:
        t.join()
    limited = next(r for r in sim.requests if r.status == 429)
    later = [r for r in sim.requests if r.time > limited.time]
    assert len(later) == 4
    assert all(r.time - limited.time >= 0.99 for r in later)


def test_5xx_is_retried_then_given_up_bounded(sim):
    sim.inject("server_error", times=2, status=502)
    assert client(sim).me().login == "alice"
    assert [r.status for r in sim.requests] == [502, 502, 200]
    sim.clear_requests()
    sim.inject("server_error", times=None, status=500)
    with pytest.raises(ServerError):
        client(sim, retries=2).me()
    assert len(sim.requests) == 3


def test_401_is_never_retried(sim):
    sim.inject("revoked_token", times=None)
    with pytest.raises(AuthError):
        client(sim).me()
    assert len(sim.requests) == 1


@pytest.mark.parametrize("kind", ["malformed", "wrong_shape"])
def test_garbage_bodies_are_typed_errors(sim, kind):
    sim.inject(kind, times=None, path="/api/v2/project/")
    with pytest.raises(BadResponse):
        all_pipelines(client(sim, retries=0))


def test_the_request_budget_is_shared_across_threads(sim):
    budget = RequestBudget(600, burst=2)  # 10 requests per second after a burst of 2
    c = client(sim, budget=budget)
    threads = [threading.Thread(target=lambda: [c.me() for _ in range(3)]) for _ in range(4)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    times = sorted(r.time for r in sim.requests)
    assert len(times) == 12
    assert elapsed >= 0.95  # (12 - 2) / 10 per second
    # Never more than burst + rate * window in any window.
    for i, t in enumerate(times):
        window = [x for x in times[i:] if x - t <= 0.5]
        assert len(window) <= 2 + 5 + 1


def test_the_token_never_appears_in_logs(sim, caplog):
    sim.inject("server_error", times=1, status=503)
    sim.inject("rate_limit", times=1, retry_after=None)
    with caplog.at_level(logging.DEBUG):
        c = client(sim)
        c.me()
        list(c.project_pipelines("gh/acme/api"))
        c.close()
    assert caplog.text  # something was logged (the retries)
    assert sim.token not in caplog.text
