"""The states things move through, as enums whose values are the strings the database holds.

``StrEnum`` members equal their values (``ProposalStatus.PENDING == "pending"``), so rows
written before these enums existed read back unchanged and SQL that still spells a state as a
literal keeps matching. Nothing here reads or writes anything.

    failure:   new -> collected -> classified -> decided     (error: set aside after retries)
    proposal:  see TRANSITIONS below (the approval queue's state machine)
"""

from __future__ import annotations

from enum import StrEnum


class FailureState(StrEnum):
    """Where a failed job is on its way to a decision (``failures.state``)."""

    NEW = "new"  # recorded; evidence not gathered yet
    COLLECTED = "collected"  # evidence stored, fingerprinted
    CLASSIFIED = "classified"  # a verdict stored
    DECIDED = "decided"  # proposals (or none) made
    ERROR = "error"  # set aside after too many failed attempts


class ProposalStatus(StrEnum):
    """A proposal's place in the approval queue (``proposals.status``)."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    EXPIRED = "expired"
    EXECUTING = "executing"
    EXECUTED = "executed"
    FAILED = "failed"


PENDING, APPROVED, REJECTED, EXPIRED = (ProposalStatus.PENDING, ProposalStatus.APPROVED,
                                        ProposalStatus.REJECTED, ProposalStatus.EXPIRED)
EXECUTING, EXECUTED, FAILED = ProposalStatus.EXECUTING, ProposalStatus.EXECUTED, ProposalStatus.FAILED

# The only valid moves of a proposal. Anything else is refused (ApprovalError).
#
#     pending  --approve-->  approved  --execute-->  executing  --ok-->        executed
#        |        <--no approval    |                       |--definite error-->  failed --approve--> approved
#        |           on record--    |                       +--reconciled, never sent--> approved
#        +--reject/expire           +--reject/expire
TRANSITIONS: dict[ProposalStatus, frozenset[ProposalStatus]] = {
    PENDING: frozenset({APPROVED, REJECTED, EXPIRED}),
    APPROVED: frozenset({EXECUTING, EXPIRED, REJECTED, PENDING}),
    EXECUTING: frozenset({EXECUTED, FAILED, APPROVED}),
    FAILED: frozenset({APPROVED}),
    REJECTED: frozenset(),
    EXPIRED: frozenset(),
    EXECUTED: frozenset(),
}
# Statuses in which a proposal still stands for something to do (or being done).
OPEN_STATUSES: frozenset[ProposalStatus] = frozenset({PENDING, APPROVED, EXECUTING})


def can_move(source: str, target: str) -> bool:
    """Whether the queue allows a proposal in ``source`` to move to ``target``."""
    try:
        return ProposalStatus(target) in TRANSITIONS.get(ProposalStatus(source), frozenset())
    except ValueError:
        return False


class Action(StrEnum):
    """What a proposal would do once approved (``proposals.action``)."""

    RERUN = "rerun_workflow"  # rerun a failed workflow from its failed jobs
    REPORT = "file_report"  # file a report through the sinks


class ProposalKind(StrEnum):
    """Why a proposal was made (``proposals.kind``)."""

    RERUN = "rerun"
    REPORT = "report"
    INCIDENT = "incident"  # many projects failing one way: one report for the outage
    REFUTED = "refuted"  # a rerun of ours failed the same way
    # A rerun from failed proposed to measure a test failure first seen and judged real at modest
    # confidence (policy.probe_reruns): a pass measures it flaky, the same failure proposes the report.
    PROBE = "probe"


class RerunOutcome(StrEnum):
    """What a rerun (ours or a person's) turned out to say about the verdict (``reruns.outcome``)."""

    CONFIRMED = "confirmed"  # it passed: the failure was transient
    REFUTED = "refuted"  # it failed the same way
    DIFFERENT = "different"  # it failed another way
    CANCELED = "canceled"  # it ended without passing or failing
    UNKNOWN = "unknown"  # it vanished or never finished


class RerunStatus(StrEnum):
    """Our record of a rerun while and after it runs (``reruns.status``, ``manual_reruns.status``).

    A rerun that ended neither passed nor failed keeps the provider's own word for how it
    ended (its run status text), as it always has.
    """

    RUNNING = "running"
    PASSED = "passed"
    FAILED = "failed"
    GONE = "gone"  # no longer visible (404 twice, token confirmed)
    ABANDONED = "abandoned"  # still not finished after a day


class DeliveryState(StrEnum):
    """A webhook delivery's state (``webhook_deliveries.state``)."""

    PENDING = "pending"
    PROCESSED = "processed"
    IGNORED = "ignored"
    FAILED = "failed"  # gave up; the reconciliation poll finds the workflow instead


class RuleDecisionStatus(StrEnum):
    """A person's decision on a rule proposed from the team's history (``rule_decisions.status``)."""

    ACCEPTED = "accepted"  # appended to the team's signatures file
    REJECTED = "rejected"  # not proposed again
