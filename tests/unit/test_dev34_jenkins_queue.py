"""dev34: a Jenkins build that waits in the queue while the agents carrying its label are offline.

The pipeline's node step prints "Still waiting to schedule task" and below it the queue's reason: core's "All nodes of
label '{0}' are offline", or each node's own reason on a line ("'{0}' is offline", "'{0}' doesn't have label '{1}'").
A label no node carries says "There are no nodes with the label" instead (real, kept), so a node listed offline is one
of the label's: the agent was down, not the change.

Every line here was written for this test (node names, labels, clocks made up). Cases whose id starts with "guard_"
read the same at de127c6; every other case fails there.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge

CASES: list[tuple[str, str, str]] = [
    ("jk_node_list_one_offline", "transient", "\n".join([
        "00:00:04.112  [Pipeline] Start of Pipeline", "00:00:04.130  [Pipeline] node",
        "00:00:19.131  Still waiting to schedule task",
        "00:00:19.131  'build-03' doesn't have label 'fpga-lab'",
        "00:00:19.131  'build-04' doesn't have label 'fpga-lab'",
        "00:00:19.132  'fpga-bench-1' is offline",
        "00:00:19.132  'Jenkins' doesn't have label 'fpga-lab'"]) + "\n"),
    ("jk_all_nodes_of_label_offline", "transient", "\n".join([
        "[Pipeline] node", "Still waiting to schedule task",
        "All nodes of label \u2018arm64-metal\u2019 are offline"]) + "\n"),
    ("jk_node_list_typographic_quotes", "transient", "\n".join([
        "[Pipeline] node", "Still waiting to schedule task",
        "\u2018mac-mini-2\u2019 is offline", "\u2018linux-7\u2019 doesn\u2019t have label \u2018macos\u2019"]) + "\n"),
    # --- kept: a label no node carries; an offline name outside a queue wait ---
    ("guard_no_nodes_with_label", "real", "\n".join([
        "[Pipeline] node", "Still waiting to schedule task", "There are no nodes with the label \u2018fpga-lab\u2019",
        "Aborted by ci-admin", "Finished: ABORTED"]) + "\n"),
    ("guard_offline_name_without_queue_wait", "unknown", "\n".join([
        "$ ./scripts/replica-status.sh", "'replica-2' is offline"]) + "\n"),
]


def test_case_ids_are_unique():
    assert_unique_ids(CASES)


@pytest.mark.parametrize(("expected", "log"), [pytest.param(e, log, id=cid) for cid, e, log in CASES])
def test_dev34_jenkins_queue(expected, log):
    v = judge(log)
    assert v.verdict == expected, (v.verdict, v.confidence, v.rationale)
