"""A CircleCI API simulator on loopback (v2 and v1.1, paging, reruns, faults) for tests, the demo and benchmarks.

from triage_agent.simulator import Scenario, Simulator

sc = Scenario(token="test-token", page_size=5)
sc.add_project("gh/acme/api")
sc.add_pipeline("gh/acme/api", workflows=[sc.workflow("build-test", jobs=[
    sc.job("test", status="failed", log="E   assert 1 == 2", rerun="pass")])])
with Simulator(sc) as sim:
    ...  # point a client at sim.base_url with sim.token
"""

from triage_agent.simulator.faults import Fault, FaultKind
from triage_agent.simulator.model import (
    FlakyTestSpec,
    Job,
    JobSpec,
    Org,
    Outcome,
    Pipeline,
    Project,
    TestSpec,
    Workflow,
    WorkflowSpec,
    flaky_test,
    job,
    outcome,
    test,
    workflow,
)
from triage_agent.simulator.scenario import Scenario
from triage_agent.simulator.scenarios import bulk_scenario, demo_scenario, demo_second_wave
from triage_agent.simulator.server import RecordedRequest, Simulator

__all__ = [
    "Fault",
    "FaultKind",
    "FlakyTestSpec",
    "Job",
    "JobSpec",
    "Org",
    "Outcome",
    "Pipeline",
    "Project",
    "RecordedRequest",
    "Scenario",
    "Simulator",
    "TestSpec",
    "Workflow",
    "WorkflowSpec",
    "bulk_scenario",
    "demo_scenario",
    "demo_second_wave",
    "flaky_test",
    "job",
    "outcome",
    "test",
    "workflow",
]
