"""dev34: two readings examined against public threads and kept (near-miss guards: all read the same at de127c6).

Decision 2, a Go test's request to its own loopback server that ran out of its context's deadline ('Post
"http://127.0.0.1:PORT/...": context deadline exceeded'): transient, as before. Public threads (issues corpus): 9 of 10
were timing-sensitive tests that failed now and then and were fixed in the test, passing on a rerun meanwhile
(golang/go#36179, hashicorp/nomad#4105, newrelic/infrastructure-agent#1957, elastic/beats#11345,
ethersphere/swarm#644, etcd-io/etcd#7823, cloudquery/cloudquery#741, google/go-cloud#3213, opsgenie/opsgenie-go-sdk-v2#61);
1 was a race in the code under test (IBM/cloudant-go-sdk#423).

Decision 3, libpq's refusal on the loopback host ('connection to server at "localhost" (127.0.0.1), port N failed:
Connection refused'): service22's split is kept. Where the log covers the job from its CI's own first lines and shows
no database started, not surely transient; an excerpt keeps the outage reading. Public threads on the loopback
refusal were mostly set-up mistakes (5 of 5 found: DDMAL/Rodan#565, prest/prest#494, mikeizbicki/cmc-csci143#504,
Django-CRM/Django-CRM#447, worldveil/dejavu#306), but a CI system starts its service containers outside the step's own
output (CircleCI's secondary images, GitHub's "Initialize containers"), so an excerpt without a start says nothing of
one; the repository's own probe (probe31b:014, a service container not yet ready) is that excerpt, labelled transient.

Every line here was written for this test (hosts, ports, projects made up).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge

CASES: list[tuple[str, str, str]] = [
    ("guard_go_test_loopback_deadline", "transient", "\n".join([
        "--- FAIL: TestFollowerStops (0.52s)",
        '    follower_test.go:88: Post "http://127.0.0.1:40117/feed?since=12": context deadline exceeded',
        "FAIL", "FAIL\tquarry.example/larch/feed\t1.204s"]) + "\n"),
    ("guard_libpq_loopback_refused_excerpt", "transient", "\n".join([
        "django.db.utils.OperationalError: connection to server at \"localhost\" (127.0.0.1), port 5432 failed: "
        "Connection refused", "\tIs the server running on that host and accepting TCP/IP connections?"]) + "\n"),
    ("guard_libpq_loopback_refused_whole_job_no_start", "not_transient", "\n".join([
        "Current runner version: '2.321.0'", "##[group]Run python manage.py test",
        "python manage.py test", "##[endgroup]",
        "django.db.utils.OperationalError: connection to server at \"localhost\" (127.0.0.1), port 5432 failed: "
        "Connection refused", "\tIs the server running on that host and accepting TCP/IP connections?",
        "##[error]Process completed with exit code 1."]) + "\n"),
]

_ALLOWED = {"transient": {"transient"}, "not_transient": {"real", "unknown"}}


def test_case_ids_are_unique():
    assert_unique_ids(CASES)


@pytest.mark.parametrize(("expected", "log"), [pytest.param(e, log, id=cid) for cid, e, log in CASES])
def test_dev34_decisions_kept(expected, log):
    v = judge(log)
    assert v.verdict in _ALLOWED[expected], (v.verdict, v.confidence, v.rationale)
