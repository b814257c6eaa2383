"""``triage-agent demo``: the whole loop against the built-in CircleCI simulator, in one command.

It writes only under one directory (a new temporary one unless ``--dir`` names one): the config,
the database, the reports and the digests.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from .app import App
from .config import load
from .core.states import APPROVED, PENDING, RerunOutcome
from .pipeline.actions import execute_cycle, write_digest_for
from .pipeline.run import CycleSummary, run_poll_cycle
from .review import default_actor, review
from .simulator import Simulator
from .simulator.scenarios import demo_scenario, demo_second_wave
from .store import queue

CONFIG_TEMPLATE = """\
# Written by `triage-agent demo`. The [circleci] section points at the demo's simulator, which
# stopped when the demo ended; point it at https://circleci.com and a real token to go live.
[circleci]
base_url = "{base_url}"
token = "{token}"

[polling]
requests_per_minute = 6000

[storage]
path = "triage-agent.db"

[reports]
directory = "reports"

[digest]
directory = "digests"
"""


@dataclass
class DemoResult:
    """What the demo did, for the closing words and for tests."""

    directory: Path
    config_path: Path
    cycles: list[CycleSummary] = field(default_factory=list)
    approved: list[int] = field(default_factory=list)
    executed: list[dict[str, Any]] = field(default_factory=list)
    outcomes: list[dict[str, Any]] = field(default_factory=list)
    digests: list[Path] = field(default_factory=list)
    left_pending: bool = False
    write_requests: int = 0
    requests: int = 0


class Out:
    """The demo's voice: headings and lines, styled when a terminal is attached."""

    def __init__(self, echo: Callable[..., Any], style: bool) -> None:
        self._echo = echo
        self._style = style

    def heading(self, text: str) -> None:
        self._echo("")
        self._echo(self._s(f"== {text}", bold=True, fg="cyan"))

    def line(self, text: str = "", **style: Any) -> None:
        self._echo(self._s(text, **style))

    def _s(self, text: str, **style: Any) -> str:
        if not self._style or not style:
            return text
        import click

        return click.style(text, **style)


VERDICT_COLOURS = {"transient": "yellow", "real": "red", "unknown": "white"}


def _show_cycle(out: Out, summary: CycleSummary) -> None:
    out.line(f"{summary.projects_checked} projects checked, {summary.new_pipelines} new pipelines, "
             f"{len(summary.new_failures)} failed jobs, {summary.requests} CircleCI requests.")
    for f in summary.new_failures:
        proposal = f.get("proposal")
        action = (f"proposal #{proposal['id']}: {proposal['action']}" if proposal
                  else (f.get("decision") or "no action"))
        conf = f"{f['confidence']:.2f}" if f.get("confidence") is not None else "-"
        slug = f["project_slug"]
        if slug.startswith("circleci/") and f.get("project_name"):
            slug = f"{f['project_name']} ({slug})"  # the opaque slug says little on its own
        out.line(f"  {slug:<16} #{f['pipeline_number']:<3} {f['job_name']:<18} "
                 f"{f.get('verdict') or '?':<9} {conf:<5} {f.get('category') or '':<16} -> {action}",
                 fg=VERDICT_COLOURS.get(f.get("verdict") or ""))


def _approve_all(app: App, out: Out, now_fn: Callable, actor: str) -> list[int]:
    ids = []
    for p in queue.list_proposals(app.store, PENDING):
        queue.approve(app.store, p["id"], actor, now_fn(), reason="approved by `triage-agent demo --yes`")
        ids.append(p["id"])
        out.line(f"  approved #{p['id']}: {p['summary']}")
    return ids


def _decide(app: App, out: Out, *, yes: bool, interactive: bool, now_fn: Callable, read, write,
            result: DemoResult) -> bool:
    """Approve (with --yes), ask (in a terminal), or leave pending; return whether to go on."""
    pending = queue.list_proposals(app.store, PENDING)
    if not pending:
        out.line("No pending proposals.")
        return True
    if yes:
        result.approved += _approve_all(app, out, now_fn, f"{default_actor()} (demo --yes)")
        return True
    if interactive:
        before = {p["id"] for p in queue.list_proposals(app.store, APPROVED)}
        review(app.store, actor=default_actor(), now_fn=now_fn, read=read, write=write,
               redactor=app.redactor)
        after = {p["id"] for p in queue.list_proposals(app.store, APPROVED)}
        result.approved += sorted(after - before)
        return True
    result.left_pending = True
    out.line(f"{len(pending)} proposal(s) are pending. There is no terminal to ask at and --yes was not "
             "given, so nothing is approved and nothing is written to CircleCI.")
    return False


def run_demo(directory: str | None, *, yes: bool, interactive: bool, echo: Callable[..., Any],
             read: Callable[[str], str] | None = None, style: bool = False,
             start: datetime | None = None) -> DemoResult:
    """Run the demo end to end; everything it writes goes under ``directory``.

    ``start`` sets the scenario's clock (UTC) instead of the wall clock; tests use it to run the
    demo at any hour of the day, the last one before midnight included.
    """
    out = Out(echo, style)
    base = Path(directory) if directory else Path(tempfile.mkdtemp(prefix="triage-agent-demo-"))
    base.mkdir(parents=True, exist_ok=True)
    config_path = base / "triage-agent.toml"
    result = DemoResult(directory=base, config_path=config_path)
    def write(text: str) -> None:
        echo(text)

    read = read or (lambda prompt: input(f"{prompt}: "))

    scenario = demo_scenario(hold_reruns=True, now=start)
    with Simulator(scenario) as sim:
        config_path.write_text(CONFIG_TEMPLATE.format(base_url=sim.base_url, token=sim.token))
        config = load(config_path, environ={})
        app = App(config)
        # The demo moves its clock about half an hour forward and ends with the digest of "today"
        # (UTC). Started late in the day, its events would straddle midnight and the digest would
        # show only the last of them, so the scenario starts just after midnight instead.
        started = sim.now()
        to_midnight = started.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1) - started
        if to_midnight < timedelta(minutes=90):
            sim.advance(to_midnight.total_seconds() + 60)
        clock = {"now": sim.now()}

        def now_fn():
            return clock["now"]

        def advance(minutes: float) -> None:
            sim.advance(minutes * 60)
            clock["now"] = clock["now"] + timedelta(minutes=minutes)

        try:
            out.line("triage-agent demo: three simulated CircleCI organizations with 6 followed projects: "
                     "gh/acme (GitHub OAuth, 4), acme-app (GitHub App) and acme-gitlab (GitLab), whose "
                     f"projects have circleci/ slugs; on {sim.base_url}; everything is written under {base}")
            out.heading("1. Poll: discover the followed projects, find failed jobs, gather evidence, judge them")
            summary = run_poll_cycle(app, now_fn(), clock=now_fn)
            result.cycles.append(summary)
            _show_cycle(out, summary)
            engine = "the offline evidence engine" + (" and the configured LLM" if config.llm.enabled else "")
            out.line(f"Verdicts by {engine}; transient -> rerun from failed, real -> report. "
                     f"Nothing has been written to CircleCI ({len(sim.write_requests())} write requests).")

            out.heading("2. Approve: nothing is written to CircleCI or anywhere else without a person's yes")
            go_on = _decide(app, out, yes=yes, interactive=interactive, now_fn=now_fn, read=read, write=write,
                            result=result)
            if go_on:
                out.heading("3. Execute the approved actions (each exactly once)")
                actions = execute_cycle(app, now_fn(), follow=False)
                result.executed += actions.execution.executed
                _show_execution(out, actions)

                out.heading("4. Follow up: CircleCI finishes the reruns; their outcomes measure the verdicts")
                advance(6)
                sim.complete_reruns()
                followed = execute_cycle(app, now_fn())
                result.outcomes += followed.followup.outcomes
                _show_outcomes(out, followed)
                if followed.proposals_created:
                    out.line(f"{followed.proposals_created} new proposal(s) from the follow-up:")
                    for p in queue.list_proposals(app.store, PENDING):
                        out.line(f"  #{p['id']}: {p['summary']}")
                    if _decide(app, out, yes=yes, interactive=interactive, now_fn=now_fn, read=read,
                               write=write, result=result):
                        more = execute_cycle(app, now_fn(), follow=False)
                        result.executed += more.execution.executed
                        _show_execution(out, more)

                out.heading("5. Later: the known-flaky test fails again on a new pipeline")
                advance(20)
                demo_second_wave(sim)
                summary = run_poll_cycle(app, now_fn(), clock=now_fn)
                result.cycles.append(summary)
                _show_cycle(out, summary)
                if _decide(app, out, yes=yes, interactive=interactive, now_fn=now_fn, read=read, write=write,
                           result=result):
                    actions = execute_cycle(app, now_fn(), follow=False)
                    result.executed += actions.execution.executed
                    _show_execution(out, actions)
                    advance(6)
                    sim.complete_reruns()
                    followed = execute_cycle(app, now_fn())
                    result.outcomes += followed.followup.outcomes
                    _show_outcomes(out, followed)
            out.heading("6. Digest: what happened today, written as Markdown and HTML")
            result.digests = write_digest_for(app, now_fn().date(), now_fn(), formats=["md", "html"])
            for path in result.digests:
                out.line(f"  {path}")
            result.write_requests = len(sim.write_requests())
            result.requests = len(sim.requests)
        finally:
            app.close()
    _closing(out, result)
    return result


def _show_execution(out: Out, actions: Any) -> None:
    if not actions.execution.executed and not actions.execution.expired and not actions.execution.failed:
        out.line("Nothing to execute.")
    for item in actions.execution.executed:
        if item.get("new_workflow_id"):
            detail = f"rerun sent, new workflow {item['new_workflow_id']}"
        else:
            where = ", ".join(str(v) for v in (item.get("locations") or {}).values())
            detail = ("occurrence added to " if item.get("occurrence") else "report written to ") + where
        out.line(f"  #{item.get('id')} {item.get('action')}: {detail}")
    for pid, reason in actions.execution.expired:
        out.line(f"  #{pid} expired instead: {reason}")
    for pid, error in actions.execution.failed:
        out.line(f"  #{pid} failed: {error}", fg="red")


def _show_outcomes(out: Out, actions: Any) -> None:
    if not actions.followup.outcomes:
        out.line("No rerun finished.")
    for o in actions.followup.outcomes:
        verdict = {RerunOutcome.CONFIRMED: "transient verdict confirmed",
                   RerunOutcome.REFUTED: "transient verdict REFUTED",
                   RerunOutcome.DIFFERENT: "failed differently"}.get(o["outcome"], o["outcome"])
        out.line(f"  rerun of {o['workflow_name']} in {o['project_slug']}: {o['detail']} -> {verdict}",
                 fg="green" if o["outcome"] == RerunOutcome.CONFIRMED else "red")


def _closing(out: Out, result: DemoResult) -> None:
    base, cfg = result.directory, result.config_path
    out.heading("Where everything is")
    out.line(f"  config    {cfg}")
    out.line(f"  database  {base / 'triage-agent.db'}")
    out.line(f"  reports   {base / 'reports'}")
    out.line(f"  digests   {base / 'digests'}")
    out.line(f"  CircleCI requests made: {result.requests}, of which writes (approved reruns): {result.write_requests}")
    out.heading("Look further")
    out.line(f"  triage-agent approvals list --config {cfg}")
    if result.left_pending:
        out.line(f"  triage-agent approvals approve ID --config {cfg}   (or reject ID --reason TEXT)")
        out.line("  triage-agent demo --yes   (to see the rest of the loop: execute, follow up, digest)")
    out.line(f"  triage-agent status --config {cfg}")
    out.line(f"  triage-agent digest --format html --output digest.html --config {cfg}")
    out.heading("Go live")
    out.line("  cp config.example.toml triage-agent.toml   # then set circleci.token = \"${CIRCLECI_TOKEN}\"")
    out.line("  export CIRCLECI_TOKEN=...                   # a personal API token (User Settings > Personal API Tokens)")
    out.line("  triage-agent check && triage-agent poll --once && triage-agent approvals")
    out.line("  triage-agent run                            # the daemon")
