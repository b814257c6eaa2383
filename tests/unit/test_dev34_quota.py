"""dev34: a Kubernetes quota on a count of objects, full, is no capacity of the moment.

GitLab Runner's Kubernetes executor relays the API server's ResourceQuota refusal after "Job failed (system
failure):". A quota on CPU or memory is used by the other jobs and frees when they end (ci29's reading, kept); a quota
on a count of objects (secrets, configmaps, services, service accounts, volume claims, a "count/<resource>" other than
pods) stays full until someone deletes what leaked: public threads, 6 of 6 (listed in the catalogue's comment on
system_failure_lasting_cause). Not surely transient now.

Every line here was written for this test (hosts, runners, namespaces made up). Cases whose id starts with "guard_"
read the same at de127c6; every other case fails there.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge

_HEAD = ("Running with gitlab-runner 17.2.1 (5a6b7c8d)\n  on k8s-pool-b Pq9Rs8Tu, system ID: r_0a1b2c3d4e5f\n"
         "Preparing the \"kubernetes\" executor\nUsing Kubernetes namespace: build-lanes\n")
_TAIL = " Check https://docs.gitlab.com/runner/shells/index.html#shell-profile-loading for more information\n"


def _refusal(obj: str, quota: str) -> str:
    return (_HEAD + "ERROR: Job failed (system failure): prepare environment: setting up credentials: " + obj
            + " is forbidden: exceeded quota: " + quota + "." + _TAIL)


CASES: list[tuple[str, str, str]] = [
    ("gl_secret_count_quota_full", "not_transient", _refusal(
        'secrets "runner-pq9rs8tu-project-301-concurrent-1-abcde"',
        "lane-objects, requested: secrets=1, used: secrets=120, limited: secrets=120")),
    ("gl_configmap_count_quota_full", "not_transient", _refusal(
        'configmaps "runner-pq9rs8tu-project-301-concurrent-0-scripts-fghij"',
        "lane-objects, requested: configmaps=1, used: configmaps=64, limited: configmaps=64")),
    ("gl_count_services_quota_full", "not_transient", _refusal(
        'services "runner-pq9rs8tu-project-301-concurrent-2-svc"',
        "lane-objects, requested: count/services=1, used: count/services=30, limited: count/services=30")),
    # --- kept: a quota the other jobs' pods use up for now ---
    ("guard_cpu_quota_in_use", "transient", _refusal(
        'pods "runner-pq9rs8tu-project-301-concurrent-3-klmno"',
        "lane-compute, requested: limits.cpu=2, used: limits.cpu=23, limited: limits.cpu=24")),
    ("guard_pod_count_quota_in_use", "transient", _refusal(
        'pods "runner-pq9rs8tu-project-301-concurrent-4-pqrst"',
        "lane-compute, requested: count/pods=1, used: count/pods=12, limited: count/pods=12")),
]

_ALLOWED = {"transient": {"transient"}, "not_transient": {"real", "unknown"}}


def test_case_ids_are_unique():
    assert_unique_ids(CASES)


@pytest.mark.parametrize(("expected", "log"), [pytest.param(e, log, id=cid) for cid, e, log in CASES])
def test_dev34_quota(expected, log):
    v = judge(log)
    assert v.verdict in _ALLOWED[expected], (v.verdict, v.confidence, v.rationale)
