"""(round42) Jenkins' words from before it renamed its agents: "Slave went offline during the build" reads as its
"Agent went offline during the build" does (executor-lost, transient); the word inside a test's own failure (a
database's replica, which old documentation calls a slave) is the test's data and still reads real.

Every line was written for this test in Jenkins' forms; names, hosts and paths are made up.
"""

from __future__ import annotations

import pytest
from judging import assert_reads, judge, signatures

_JENKINS_HEAD = ("Building remotely on build-slave-3 (linux docker) in workspace /var/lib/jenkins/workspace/shop\n"
                 "[shop] $ /bin/sh -xe /tmp/jenkins8812.sh\n"
                 "+ ./gradlew check\n"
                 "> Task :compileJava\n")
_FAILURE = "Finished: FAILURE\n"

CASES = [
    ("slave-offline-alone", "transient", "Slave went offline during the build\n" + _FAILURE),
    ("slave-offline-channel-broken", "transient",
     _JENKINS_HEAD + "Slave went offline during the build\n"
     "ERROR: Connection was broken: java.io.IOException: Sorry, this connection is closed.\n"
     "\tat com.trilead.ssh2.transport.TransportManager.ensureConnected(TransportManager.java:587)\n" + _FAILURE),
    ("agent-offline-today", "transient", _JENKINS_HEAD + "Agent went offline during the build\n" + _FAILURE),
    ("replica-word-in-a-test", "real",
     "FAILED tests/test_failover.py::test_promotes_replica - AssertionError: the slave went offline during the test "
     "but no replica was promoted\n"
     "==== 1 failed, 48 passed in 12.31s ====\n"),
]


@pytest.mark.parametrize(("case_id", "expected", "log"), CASES, ids=[c[0] for c in CASES])
def test_reads(case_id: str, expected: str, log: str) -> None:
    assert_reads(log, expected)


def test_the_old_word_is_the_executor_lost_entry() -> None:
    v = judge("Slave went offline during the build\n" + _FAILURE)
    assert "executor-lost" in signatures(v), v.rationale
    assert v.category == "infrastructure"
