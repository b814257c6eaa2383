"""Judgement with the team's history: labelled cases replayed through the daemon's cycle, a scripted
person deciding every proposal from the case's label, against the same cases on bare logs.

Each case of an eval file (JSONL in the case format: id, label, log, failed_tests, meta.project)
becomes a failed job of its project in the in-process CircleCI simulator, one project per dataset
project (``gh/<owner>/<repo>`` from ``meta.project``; the id's family as owner when the project
has no owner), in the order of the file within each project. Pipelines arrive in waves, one wave
per poll cycle and at most ``--per-wave`` cases of a project in a wave, an hour of scenario time
apart, so a project's earlier cases are judged, decided and followed up before its later ones are
judged: those are the team's history for them. The daemon runs as it does in production (poll,
collect, judge with the offline engine, propose; execute, follow up), through
``run_poll_cycle`` and ``execute_cycle``; the person approves and rejects through the queue
functions the CLI calls (``queue.approve`` / ``queue.reject``, then ``execute_cycle``, as
``approvals approve --execute`` does). Nothing of the product is replaced.

The scripted person, with hindsight (the label):

- a rerun proposal of a transient case: approved; the simulator's rerun passes (confirmed);
- a rerun proposal of a real case: approved; the rerun fails the same way (refuted), and the
  report the daemon then proposes is approved (``--real-rerun reject``: rejected instead, with
  the reason "not flaky: the change broke it");
- a report proposal of a real case: approved (the report is written to the file sink);
- a report proposal of a transient case: rejected with the reason "flaky, rerun passed", and the
  person reruns the workflow from the web app, where it passes (the daemon sees a person's
  rerun when it re-reads the pipeline; ``--no-person-rerun``: the rejection alone);
- an unknown verdict (or one below the policy's thresholds): the daemon proposes nothing
  (``policy.unknown_action = none``), so there is nothing to decide; the person reads it and reruns a
  transient one from the web app. ``--unknown-action report``: the daemon proposes a report for an
  unknown verdict, which the person decides as any report proposal (approved for a real case;
  rejected, and rerun from the web app, for a transient one): the team's judgement of its unknowns
  goes into the history.

``--probe``: the replay runs with ``policy.probe_reruns = true``; the scripted person approves every probe (a
first-seen test failure read real at modest confidence, proposed as one rerun from failed); the simulator's rerun
passes for a transient case and fails the same way for a real one. Every case comes back once (as ``--recur``), the
same replay without probes beside it: how many first-occurrence flaky test failures the probes found, how many probes
were spent on real failures (a wasted rerun each), and the first- and second-occurrence figures with and without.

Measured per file: the first verdict of each case (the daemon's ``verdicts`` table) with history,
the same cases on a fresh database where nobody decides anything (bare), and
``triage-agent eval FILE --offline`` run as a command; precision and recall of transient and
real, unknowns, how many cases had history evidence (earlier outcomes of the same fingerprint,
labelled similar failures), the verdicts history changed, CircleCI requests per failure, LLM
tokens (0: offline) and wall time.

Usage: python benchmarks/team_history.py [--quick] [FILE.jsonl ...]
(default: $TRIAGE_AGENT_SHARED/eval/dev.jsonl, else ../shared/eval/dev.jsonl)
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from _common import REPO, Timer, header, make_app, parse_args, progress, table

from triage_agent.classify.metrics import LABELS, Counts
from triage_agent.core.states import PENDING, Action, ProposalKind
from triage_agent.pipeline.actions import execute_cycle
from triage_agent.pipeline.run import run_poll_cycle
from triage_agent.simulator import Scenario, Simulator
from triage_agent.store import queue

SHARED = Path(os.environ.get("TRIAGE_AGENT_SHARED") or REPO.parent / "shared")
DEFAULT_FILE = SHARED / "eval" / "dev.jsonl"
PERSON = "team-lead"
JOB = "test"
WAVE_GAP = timedelta(hours=1)
REAL_RERUN_REASON = "not flaky: the change broke it"
FLAKY_REASON = "flaky, rerun passed"
# The replay compresses years of failures of ~100 projects into hours: the outage guard would read
# unrelated failures arriving in one wave as an outage, and the per-project daily rerun budget
# would cut off a busy project's reruns. Both are switched off by configuration.
POLICY = {"outage_min_projects": 1_000_000, "max_reruns_per_project_per_day": 1_000_000}
QUICK_CASES = 40
# The second history row: the other handling of a rejected report (keyed by --no-person-rerun).
ALT_NAME = {False: "the person's decisions alone (no rerun of their own)",
            True: "the person also reruns what they call flaky"}


# --------------------------------------------------------------------------- cases


def load(path: Path) -> list[dict[str, Any]]:
    """Labelled cases of a JSONL file (others are left out, as ``eval`` skips them)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        if isinstance(case, dict) and case.get("label") in LABELS and isinstance(case.get("log"), str):
            out.append(case)
    return out


def _part(text: str) -> str:
    return re.sub(r"[^a-z0-9._-]+", "-", text.lower()).strip("-.") or "x"


def project_slug(case: dict[str, Any]) -> str:
    """``gh/<owner>/<repo>`` of the case's dataset project (the id's family as owner when none)."""
    meta = case.get("meta") if isinstance(case.get("meta"), dict) else {}
    family, _, rest = str(case.get("id") or "").partition(":")
    project = str(meta.get("project") or "")
    if not project:  # no project named: the id without its trailing number
        project = re.sub(r"[_-]?\d+$", "", rest.rsplit("/", 1)[-1]) or "unnamed"
    owner, _, repo = project.partition("/")
    if not repo:
        owner, repo = family or "dataset", owner
    return f"gh/{_part(owner)}/{_part(repo.replace('/', '-'))}"


def quick_subset(cases: list[dict[str, Any]], n: int, per_project: int = 6) -> list[dict[str, Any]]:
    """Up to ``per_project`` cases (file order) of each project with more than one case, biggest
    projects first, ``n`` in all: a small replay in which history can still matter."""
    sizes = Counter(project_slug(c) for c in cases)
    order = [s for s, size in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0])) if size > 1]
    take: Counter[str] = Counter()
    left = n
    for slug in order:
        k = min(per_project, sizes[slug], left)
        if k < 2:
            break
        take[slug] = k
        left -= k
    seen: Counter[str] = Counter()
    out = []
    for c in cases:
        s = project_slug(c)
        if seen[s] < take[s]:
            seen[s] += 1
            out.append(c)
    return out


AGAIN = "#again"


def waves(cases: list[dict[str, Any]], per_wave: int) -> list[list[int]]:
    """Indexes of the cases in each wave: the k-th wave holds each project's cases k*per_wave.. in file order.

    A recurrence (an id ending in ``#again``, ``--recur``) comes in a wave after every first occurrence of its project:
    with fewer cases in a project than ``per_wave`` the two would otherwise arrive in the same wave, before anyone
    decided the first (every project of a thread set has one case)."""
    by_project: OrderedDict[str, tuple[list[int], list[int]]] = OrderedDict()
    for i, c in enumerate(cases):
        first, again = by_project.setdefault(project_slug(c), ([], []))
        (again if str(c.get("id", "")).endswith(AGAIN) else first).append(i)
    slots: OrderedDict[str, list[list[int]]] = OrderedDict()
    for slug, (first, again) in by_project.items():
        chunks = [first[k:k + per_wave] for k in range(0, len(first), per_wave)]
        chunks += [again[k:k + per_wave] for k in range(0, len(again), per_wave)]
        slots[slug] = chunks
    out: list[list[int]] = []
    k = 0
    while True:
        wave = [i for chunks in slots.values() if k < len(chunks) for i in chunks[k]]
        if not wave:
            return out
        out.append(wave)
        k += 1


# --------------------------------------------------------------------------- the replay


@dataclass
class Replay:
    """What one run through the daemon left: first verdicts, history, requests, decisions."""

    verdicts: dict[int, tuple[str, float]] = field(default_factory=dict)  # case index -> (verdict, confidence)
    history: dict[int, dict[str, int]] = field(default_factory=dict)  # case index -> evidence counts
    decisions: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    requests: int = 0
    llm_tokens: int = 0
    cycles: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)
    read: set[int] = field(default_factory=set)  # failures without a proposal the person has read
    # --probe: per case index, what its probe measured ("" while it runs), and the case indexes a report was
    # proposed for (kind report: the person's reading of the log alone), whatever the outcome.
    probes: dict[int, str] = field(default_factory=dict)
    reported: set[int] = field(default_factory=set)
    notes: dict[int, str] = field(default_factory=dict)  # case index -> the decision's note on its failure


def add_case(sim: Simulator, case: dict[str, Any]) -> Any:
    """One failed pipeline of the case's project: a build job that passed, the test job that failed
    with the case's log and failed tests; a rerun of it passes for a transient case, fails the same
    way for a real one."""
    tests = [Scenario.test(str(t.get("name") or "test"), classname=str(t.get("classname") or ""),
                           message=str(t.get("message") or ""), file=t.get("file") or None)
             for t in case.get("failed_tests") or [] if isinstance(t, dict)]
    return sim.add_pipeline(project_slug(case), created_at=timedelta(minutes=10), workflows=[
        Scenario.workflow("build-test", jobs=[
            Scenario.job("build", duration=60),
            Scenario.job(JOB, status="failed", log=case["log"], tests=tests, requires=["build"], duration=120,
                         rerun="pass" if case["label"] == "transient" else "fail"),
        ])])


def label_of(proposal_id: int, app: Any, case_of_pipeline: dict[str, int], cases: list[dict[str, Any]]) -> str | None:
    """The label of the case(s) behind a proposal (the majority for an incident)."""
    labels = Counter(cases[case_of_pipeline[f["pipeline_id"]]]["label"]
                     for f in queue.proposal_failures(app.store, proposal_id) if f["pipeline_id"] in case_of_pipeline)
    return labels.most_common(1)[0][0] if labels else None


def _kind(p: Any) -> str:
    return {"report": "report proposal", "refuted": "report after a refuted rerun",
            "incident": "incident report"}.get(p["kind"], f"{p['kind']} report")


def person_decides(app: Any, sim: Simulator, case_of_pipeline: dict[str, int], cases: list[dict[str, Any]],
                   run: Replay, *, real_rerun: str, person_rerun: bool) -> None:
    """Decide every pending proposal from its case's label, execute what was approved and follow it
    up; again while deciding made new proposals (a refuted rerun becomes a report proposal)."""
    for _ in range(5):
        pending = queue.list_proposals(app.store, PENDING)
        if not pending:
            return
        approved = []
        for p in pending:
            label = label_of(p["id"], app, case_of_pipeline, cases)
            now = sim.now()
            if label is None:
                run.problems.append(f"proposal {p['id']}: no case behind it")
                continue
            if p["kind"] == ProposalKind.PROBE:
                # --probe: every probe approved; the simulator's rerun says which it was.
                queue.approve(app.store, p["id"], PERSON, now)
                approved.append(p["id"])
                run.decisions[f"probe of a {label} case: approved"] += 1
            elif p["action"] == Action.RERUN and (label == "transient" or real_rerun == "approve"):
                queue.approve(app.store, p["id"], PERSON, now)
                approved.append(p["id"])
                run.decisions[f"rerun of a {label} case: approved"] += 1
            elif p["action"] == Action.RERUN:
                queue.reject(app.store, p["id"], PERSON, now, REAL_RERUN_REASON)
                run.decisions[f"rerun of a {label} case: rejected"] += 1
            elif label == "real":
                queue.approve(app.store, p["id"], PERSON, now)
                approved.append(p["id"])
                run.decisions[f"{_kind(p)} of a real case: approved"] += 1
            else:
                queue.reject(app.store, p["id"], PERSON, now, FLAKY_REASON)
                run.decisions[f"{_kind(p)} of a transient case: rejected"] += 1
                if person_rerun and p["workflow_id"]:
                    # What "rerun passed" says the person did: a rerun from failed in the web app.
                    sim.rerun_by_person(p["workflow_id"])
                    run.decisions["person's own rerun in the web app"] += 1
        if person_rerun:
            read_unproposed(app, sim, case_of_pipeline, cases, run)
        summary = execute_cycle(app, sim.now(), clock=sim.now)
        run.requests += summary.requests
        count_outcomes(app, summary, run)
        if not approved and not summary.proposals_created:
            return


def count_outcomes(app: Any, summary: Any, run: Replay) -> None:
    """The follow-up's settled reruns, a probe's apart from a transient verdict's rerun."""
    for o in summary.followup.outcomes:
        kind = ""
        if o.get("proposal_id") is not None:
            kind = queue.get(app.store, o["proposal_id"])["kind"] or ""
        who = "person's rerun: " if o.get("manual") else "probe: " if kind == ProposalKind.PROBE else "rerun: "
        run.outcomes[who + o["outcome"]] += 1


def read_unproposed(app: Any, sim: Simulator, case_of_pipeline: dict[str, int], cases: list[dict[str, Any]],
                    run: Replay) -> None:
    """The failures the daemon proposed nothing for (unknown, or below the policy's thresholds): the
    person reads each once, as the digest asks, and reruns a transient one from the web app (the
    daemon sees that rerun and its outcome); a real one they fix in the code, which the daemon
    does not see."""
    rows = app.store.db.query(
        "select f.id, f.pipeline_id, f.workflow_id from failures f "
        "where f.state = 'decided' and not exists (select 1 from proposal_failures pf where pf.failure_id = f.id)")
    for r in rows:
        if r["id"] in run.read or r["pipeline_id"] not in case_of_pipeline:
            continue
        run.read.add(r["id"])
        label = cases[case_of_pipeline[r["pipeline_id"]]]["label"]
        run.decisions[f"no proposal, read by the person: {label}"] += 1
        if label == "transient" and r["workflow_id"]:
            sim.rerun_by_person(r["workflow_id"])
            run.decisions["person's own rerun in the web app"] += 1


def replay(cases: list[dict[str, Any]], *, decide: bool, per_wave: int, real_rerun: str = "approve",
           person_rerun: bool = True, unknown_action: str = "none", probe: bool = False) -> Replay:
    """Replay ``cases`` through the daemon's cycle; with ``decide`` the scripted person decides; ``probe``:
    with policy.probe_reruns."""
    run = Replay()
    sc = Scenario(seed=7, page_size=50)
    for slug in dict.fromkeys(project_slug(c) for c in cases):
        sc.add_project(slug)
    case_of_pipeline: dict[str, int] = {}
    job_of_case: dict[int, tuple[str, int]] = {}
    with Timer() as t, Simulator(sc) as sim, tempfile.TemporaryDirectory() as tmp:
        app = make_app(sim.base_url, sim.token, tmp, circleci={"page_cap": 1000},
                       policy={**POLICY, "unknown_action": unknown_action, "probe_reruns": probe})
        try:
            plan = waves(cases, per_wave)
            for n, wave in enumerate(plan, start=1):
                for i in wave:
                    pipeline = add_case(sim, cases[i])
                    case_of_pipeline[pipeline.id] = i
                    job_of_case[i] = (pipeline.project.slug, pipeline.workflows[0].job_named(JOB).number)
                cycle = run_poll_cycle(app, sim.now())
                run.cycles += 1
                run.requests += cycle.requests
                run.llm_tokens += cycle.llm_tokens
                if cycle.error:
                    run.problems.append(f"wave {n}: {cycle.error}")
                if decide:
                    person_decides(app, sim, case_of_pipeline, cases, run, real_rerun=real_rerun,
                                   person_rerun=person_rerun)
                # Half an hour on, the daemon's next cycles: closed pipelines are re-read (a
                # person's rerun is seen) and reruns are followed up; then the next wave.
                sim.advance(WAVE_GAP.total_seconds() / 2)
                cycle = run_poll_cycle(app, sim.now())
                summary = execute_cycle(app, sim.now(), clock=sim.now)
                run.cycles += 1
                run.requests += cycle.requests + summary.requests
                count_outcomes(app, summary, run)
                if decide:
                    person_decides(app, sim, case_of_pipeline, cases, run, real_rerun=real_rerun,
                                   person_rerun=person_rerun)
                sim.advance(WAVE_GAP.total_seconds() / 2)
                progress("team_history: %s wave %d/%d, %d cases", "history" if decide else "bare", n, len(plan),
                         len(case_of_pipeline))
            first_verdicts(app, job_of_case, run)
            probes_and_reports(app, case_of_pipeline, run)
        finally:
            app.close()
    run.seconds = t.seconds
    return run


def first_verdicts(app: Any, job_of_case: dict[int, tuple[str, int]], run: Replay) -> None:
    """Each case's first verdict and the history it was judged with."""
    rows = {(r["project_slug"], r["job_number"]): r for r in app.store.db.query(
        "select f.project_slug, f.job_number, v.verdict, v.confidence, e.history from failures f "
        "join verdicts v on v.id = (select min(id) from verdicts where failure_id = f.id) "
        "left join evidence e on e.failure_id = f.id")}
    for i, key in job_of_case.items():
        r = rows.get(key)
        if r is None:
            run.problems.append(f"case {i}: never judged")
            continue
        run.verdicts[i] = (r["verdict"], float(r["confidence"] or 0.0))
        history = json.loads(r["history"] or "{}") or {}
        prior = [p for p in history.get("prior") or () if (p.get("outcome") or "") in ("confirmed", "refuted")]
        similar = [s for s in history.get("similar") or () if s.get("label") and (s.get("similarity") or 0) >= 0.5]
        run.history[i] = {"prior": len(prior), "similar": len(similar),
                          "same_commit": int(bool(history.get("passed_on_same_commit")))}


def probes_and_reports(app: Any, case_of_pipeline: dict[str, int], run: Replay) -> None:
    """Per case: what its probe measured (--probe), whether a report was proposed for it (kind report), and the
    decision's note on its failure."""
    for r in app.store.db.query(f"select pipeline_id, decision, category from failures f "
                                "join verdicts v on v.id = (select min(id) from verdicts where failure_id = f.id) "
                                f"where job_name = '{JOB}'"):
        i = case_of_pipeline.get(r["pipeline_id"])
        if i is not None:
            run.notes[i] = f"{r['category'] or '-'}: {r['decision'] or ''}"
    for r in app.store.db.query(
            "select f.pipeline_id, p.kind, r.outcome from proposal_failures pf join proposals p on p.id = pf.proposal_id "
            "join failures f on f.id = pf.failure_id left join reruns r on r.proposal_id = p.id "
            "where p.kind in ('probe', 'report')"):
        i = case_of_pipeline.get(r["pipeline_id"])
        if i is None:
            continue
        if r["kind"] == ProposalKind.PROBE:
            run.probes[i] = r["outcome"] or ""
        else:
            run.reported.add(i)


# --------------------------------------------------------------------------- the eval command


def eval_command(path: Path) -> dict[str, Any]:
    """``triage-agent eval FILE --offline --json`` as a command (this tree's code, no config file)."""
    env = {k: v for k, v in os.environ.items() if k != "TRIAGE_AGENT_CONFIG"}
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    with tempfile.TemporaryDirectory() as cwd:  # no ./triage-agent.toml is read
        done = subprocess.run([sys.executable, "-c", "from triage_agent.cli import main; main()", "eval",
                               str(path), "--offline", "--json", "--cases"], capture_output=True, text=True, env=env,
                              cwd=cwd, check=False)
    if done.returncode:
        raise SystemExit(f"team_history: triage-agent eval failed: {done.stderr.strip()[-500:]}")
    return json.loads(done.stdout)


# --------------------------------------------------------------------------- figures


def counts(cases: list[dict[str, Any]], verdicts: dict[int, tuple[str, float]]) -> Counts:
    c = Counts()
    for i, case in enumerate(cases):
        v = verdicts.get(i, ("unknown", 0.0))[0]
        c.add(v if v in ("transient", "real") else "unknown", case["label"])
    return c


def figures(c: Counts | dict[str, Any]) -> list[Any]:
    d = c.to_dict() if isinstance(c, Counts) else c
    out: list[Any] = [d["n"]]
    for label in LABELS:
        cls = d["classes"][label]
        out += [_f(cls["precision"]), _f(cls["recall"])]
    out.append(f"{d['unknown']} ({100 * d['unknown'] / d['n']:.0f}%)" if d["n"] else "0")
    return out


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def outcome_of(verdict: str, label: str) -> str:
    if verdict not in LABELS:
        return "unknown"
    return "right" if verdict == label else "wrong"


def report(path: Path, cases: list[dict[str, Any]], hist: Replay, bare: Replay, ev: dict[str, Any],
           args: Any, alt: Replay | None = None) -> None:
    n = len(cases)
    projects = Counter(project_slug(c) for c in cases)
    name = path.name if path.parent.name in ("eval",) else f"{path.parent.name}/{path.name}"
    print(f"### {name}: {n} labelled cases ({sum(c['label'] == 'transient' for c in cases)} transient), "
          f"{len(projects)} projects ({sum(1 for v in projects.values() if v > 1)} with more than one case), "
          f"{len(waves(cases, args.per_wave))} waves\n")
    c_hist, c_bare = counts(cases, hist.verdicts), counts(cases, bare.verdicts)
    same = c_bare.to_dict()["confusion"] == ev["confusion"]
    rows = [
        ["with the team's history (replay)", *figures(c_hist), f"{hist.requests / n:.2f}", hist.llm_tokens,
         f"{hist.seconds:.1f}"],
        *([[f"with history, {ALT_NAME[args.no_person_rerun]}", *figures(counts(cases, alt.verdicts)),
            f"{alt.requests / n:.2f}", alt.llm_tokens, f"{alt.seconds:.1f}"]] if alt is not None else []),
        ["bare: same cycle, nobody decides", *figures(c_bare), f"{bare.requests / n:.2f}", bare.llm_tokens,
         f"{bare.seconds:.1f}"],
        ["`triage-agent eval --offline`", *figures(ev), "-", 0, "-"],
    ]
    print(table(["", "cases", "transient precision", "transient recall", "real precision", "real recall",
                 "unknown", "CircleCI requests / failure", "LLM tokens", "wall s"], rows))
    print()
    by_id = {r["id"]: r for r in ev.get("cases") or ()}
    differ = []
    for i, case in enumerate(cases):
        e = by_id.get(str(case.get("id")))
        b = bare.verdicts.get(i, ("unknown", 0.0))
        if e is not None and (e["predicted"] != b[0] or abs(e["confidence"] - b[1]) > 0.006):  # eval rounds
            differ.append(f"`{case['id']}` ({case['label']}): eval {e['predicted']} {e['confidence']:.2f}, "
                          f"daemon {b[0]} {b[1]:.2f}")
    print(f"Bare replay equals `eval --offline` (same confusion matrix): **{'yes' if same else 'NO'}**; "
          f"cases whose verdict or confidence differ: {len(differ)}" + (":" if differ else "."))
    for line in differ:
        print(f"- {line}")
    print()

    with_prior = [i for i in range(n) if hist.history.get(i, {}).get("prior")]
    with_similar = [i for i in range(n) if hist.history.get(i, {}).get("similar")]
    with_any = sorted(set(with_prior) | set(with_similar))
    moves: Counter[tuple[str, str]] = Counter()
    for i, case in enumerate(cases):
        b = bare.verdicts.get(i, ("unknown", 0.0))[0]
        h = hist.verdicts.get(i, ("unknown", 0.0))[0]
        if b != h:
            moves[(outcome_of(b, case["label"]), outcome_of(h, case["label"]))] += 1
    conf_moves = sum(1 for i in range(n) if bare.verdicts.get(i) and hist.verdicts.get(i)
                     and bare.verdicts[i][0] == hist.verdicts[i][0]
                     and abs(bare.verdicts[i][1] - hist.verdicts[i][1]) > 1e-9)
    rows = [
        ["cases judged with history evidence (either kind)", len(with_any)],
        ["... earlier rerun outcomes of the same fingerprint", len(with_prior)],
        ["... labelled similar failures of the organization (similarity >= 0.5)", len(with_similar)],
        ["verdicts history changed", sum(moves.values())],
        ["... wrong -> right", moves[("wrong", "right")]],
        ["... right -> wrong", moves[("right", "wrong")]],
        ["... unknown -> right / right -> unknown", f"{moves[('unknown', 'right')]} / {moves[('right', 'unknown')]}"],
        ["... unknown -> wrong / wrong -> unknown", f"{moves[('unknown', 'wrong')]} / {moves[('wrong', 'unknown')]}"],
        ["same verdict, other confidence", conf_moves],
    ]
    print(table(["history", "cases"], rows))
    print()
    rows = [[k, v] for k, v in sorted(hist.decisions.items())] + \
        [[f"follow-up: {k}", v] for k, v in sorted(hist.outcomes.items())]
    if rows:
        print(table(["the scripted person (replay with history)", "count"], rows))
        print()
    problems = hist.problems + bare.problems
    if problems:
        print(f"Problems ({len(problems)}): " + "; ".join(problems[:10]) + "\n")


def main() -> None:
    def extra(parser: Any) -> None:
        parser.add_argument("files", nargs="*", help="eval JSONL files (default: the development set)")
        parser.add_argument("--per-wave", type=int, default=2, help="most cases of one project per wave (2)")
        parser.add_argument("--real-rerun", choices=("approve", "reject"), default="approve",
                            help="what the person does with a rerun proposal of a real case (approve: "
                                 "the rerun fails the same way)")
        parser.add_argument("--no-person-rerun", action="store_true",
                            help="a rejected report of a transient case is not rerun by the person")
        parser.add_argument("--recur", action="store_true",
                            help="also replay every case a second time, after all first occurrences of its "
                                 "project (a failure that comes back), and compare the two occurrences")
        parser.add_argument("--probe", action="store_true",
                            help="policy.probe_reruns = true: the person approves every probe; every case comes "
                                 "back once, and the figures are set against the same replay without probes")
        parser.add_argument("--unknown-action", choices=("none", "report"), default="none",
                            help="policy.unknown_action of the replayed daemon (report: an unknown verdict is "
                                 "proposed as a report, and the person's decision goes into the history)")

    args = parse_args(__doc__.splitlines()[0], extra)
    files = [Path(f) for f in args.files] or [DEFAULT_FILE]
    missing = [f for f in files if not f.exists()]
    if missing:
        print(f"team_history: {', '.join(map(str, missing))} absent (labelled cases live in ../shared; "
              "set TRIAGE_AGENT_SHARED or pass a file); nothing measured")
        return
    if args.probe:
        probes_main(files, args)
        return
    command = "python benchmarks/team_history.py" + (" --quick" if args.quick else "") + \
        (f" --unknown-action {args.unknown_action}" if args.unknown_action != "none" else "") + \
        "".join(f" {f}" for f in args.files)
    header("Judgement with the team's history: replayed decisions against the bare log", command)
    print(f"Offline engine, no LLM. At most {args.per_wave} cases of a project per wave, one wave an hour "
          "(a poll cycle on arrival, another half an hour later). Rerun proposals of real cases: "
          f"{'approved, and the rerun fails the same way' if args.real_rerun == 'approve' else 'rejected'}"
          f"; report proposals of transient cases: rejected (\"{FLAKY_REASON}\")"
          f"{', and the person reruns the workflow, which passes' if not args.no_person_rerun else ''}; "
          f"the second row: {ALT_NAME[args.no_person_rerun]}. "
          + ("Unknown verdicts are proposed as reports (policy.unknown_action = report) and decided as any report. "
             if args.unknown_action == "report" else
             "Failures the daemon proposes nothing for (unknown, or below the policy's thresholds) the person reads, "
             "and reruns a transient one from the web app (with the person's own reruns only). ")
          + "Outage guard and daily rerun budget "
          "off (the replay compresses years into hours). Requests include two poll cycles per wave for every "
          "organization (one org-feed request each when idle).\n")
    for path in files:
        cases = load(path)
        if args.quick:
            cases = quick_subset(cases, QUICK_CASES)
            sub = Path(tempfile.mkdtemp()) / path.name
            sub.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
            eval_path = sub
        else:
            eval_path = path
        progress("team_history: %s, %d cases", path, len(cases))
        hist = replay(cases, decide=True, per_wave=args.per_wave, real_rerun=args.real_rerun,
                      person_rerun=not args.no_person_rerun, unknown_action=args.unknown_action)
        # The other reading of "flaky, rerun passed": with or without the person's own rerun.
        alt = replay(cases, decide=True, per_wave=args.per_wave, real_rerun=args.real_rerun,
                     person_rerun=args.no_person_rerun, unknown_action=args.unknown_action)
        bare = replay(cases, decide=False, per_wave=args.per_wave, unknown_action=args.unknown_action)
        ev = eval_command(eval_path)
        report(path, cases, hist, bare, ev, args, alt)
        if args.recur:
            recurrence(path, cases, args)


def probes_main(files: list[Path], args: Any) -> None:
    """--probe: every file replayed twice over (each case coming back once), with probes and without."""
    command = "python benchmarks/team_history.py --probe" + (" --quick" if args.quick else "") + \
        "".join(f" {f}" for f in args.files)
    header("Probes: a first-seen test failure measured by one approved rerun (policy.probe_reruns)", command)
    print(f"Offline engine, no LLM; the replay of the section above (at most {args.per_wave} cases of a project per "
          "wave, one wave an hour, the outage guard and daily rerun budget off), every case coming back once after "
          "all first occurrences of its project. With probes the person approves every probe, and the simulator's "
          "rerun passes for a transient case and fails the same way for a real one; every other proposal is decided "
          f"as above (reports of transient cases rejected \"{FLAKY_REASON}\", and rerun by the person).\n")
    totals: list[tuple[str, list[Any]]] = []
    for path in files:
        cases = load(path)
        if args.quick:
            cases = quick_subset(cases, QUICK_CASES)
        totals.append((_name(path), probe_comparison(path, cases, args)))
    if len(totals) > 1:
        print("#### All files\n")
        print(table(["file", *PROBE_COLUMNS], [[name, *row] for name, row in totals]))
        print()


PROBE_COLUMNS = ["cases", "probes", "flaky found (transient, passed)", "spent on real (refuted)",
                 "other outcome", "transient first occurrences reported: without / with probes",
                 "1st occ. real precision: without / with", "2nd occ. transient recall: without / with",
                 "2nd occ. real precision: without / with"]


def _occurrence(run: Replay, cases: list[dict[str, Any]], second: bool) -> Counts:
    """The figures of ``cases`` at their first (or, ``second``, their second) occurrence in a replay of them twice."""
    n = len(cases)
    c = Counts()
    for i, case in enumerate(cases):
        v = run.verdicts.get(i + n if second else i, ("unknown", 0.0))[0]
        c.add(v if v in LABELS else "unknown", case["label"])
    return c


def _name(path: Path) -> str:
    return path.name if path.parent.name in ("eval",) else f"{path.parent.name}/{path.name}"


def probe_comparison(path: Path, cases: list[dict[str, Any]], args: Any) -> list[Any]:
    """One file with and without probes, each case twice; print its tables and return its summary row."""
    again = cases + [dict(c, id=f"{c.get('id')}{AGAIN}") for c in cases]
    n = len(cases)
    progress("team_history --probe: %s, %d cases, each twice", path, n)
    common = {"decide": True, "per_wave": args.per_wave, "real_rerun": args.real_rerun,
              "person_rerun": not args.no_person_rerun, "unknown_action": args.unknown_action}
    without = replay(again, **common)
    with_ = replay(again, **common, probe=True)

    print(f"### {_name(path)}: {n} labelled cases ({sum(c['label'] == 'transient' for c in cases)} transient), "
          "each twice\n")
    rows = [
        ["first occurrence, without probes", *figures(_occurrence(without, cases, False)), f"{without.requests / (2 * n):.2f}"],
        ["first occurrence, **with probes**", *figures(_occurrence(with_, cases, False)), f"{with_.requests / (2 * n):.2f}"],
        ["second occurrence, without probes", *figures(_occurrence(without, cases, True)), ""],
        ["**second occurrence, with probes**", *figures(_occurrence(with_, cases, True)), ""],
    ]
    print(table(["", "cases", "transient precision", "transient recall", "real precision", "real recall",
                 "unknown", "CircleCI requests / failure"], rows))
    print()
    first = range(n)
    probed = {i: o for i, o in with_.probes.items() if i < n}
    label = {i: cases[i]["label"] for i in first}
    found = sorted(i for i, o in probed.items() if label[i] == "transient" and o == "confirmed")
    wasted = sorted(i for i, o in probed.items() if label[i] == "real" and o == "refuted")
    other = sorted(i for i in probed if i not in found and i not in wasted)
    reported_without = sum(1 for i in first if label[i] == "transient" and i in without.reported)
    reported_with = sum(1 for i in first if label[i] == "transient" and i in with_.reported)
    rows = [
        ["probes proposed (first occurrences)", len(probed)],
        ["... of transient cases, the rerun passed: a flaky test found", len(found)],
        ["... of real cases, the rerun failed the same way: one rerun spent, the report proposed", len(wasted)],
        ["... another outcome (a transient case failing again, a real one passing, still running)", len(other)],
        ["probes at second occurrences", sum(1 for i in with_.probes if i >= n)],
        ["transient first occurrences proposed as a report: without probes / with", f"{reported_without} / "
                                                                                  f"{reported_with}"],
        ["real first occurrences proposed as a report or refuted report: without / with",
         f"{sum(1 for i in first if label[i] == 'real' and i in without.reported)} / "
         f"{sum(1 for i in first if label[i] == 'real' and (i in with_.reported or probed.get(i) == 'refuted'))}"],
    ]
    print(table(["probes (first occurrences)", "cases"], rows))
    print()
    if found or wasted or other:
        print("Probed: " + "; ".join(f"`{cases[i]['id']}` ({label[i]}, {probed[i] or 'running'})"
                                    for i in sorted(probed)) + "\n")
    still = [i for i in first if label[i] == "transient" and i in with_.reported]
    if still:
        print("Transient first occurrences still proposed as a report with probes, and why not probed: "
              + "; ".join(f"`{cases[i]['id']}` ({with_.verdicts.get(i, ('?', 0.0))[0]} "
                          f"{with_.verdicts.get(i, ('?', 0.0))[1]:.2f}, {with_.notes.get(i, '?')})" for i in still)
              + "\n")
    rows = [[k, v] for k, v in sorted(with_.decisions.items())] + \
        [[f"follow-up: {k}", v] for k, v in sorted(with_.outcomes.items())]
    print(table(["the scripted person (with probes)", "count"], rows))
    print()
    problems = without.problems + with_.problems
    if problems:
        print(f"Problems ({len(problems)}): " + "; ".join(problems[:10]) + "\n")

    def f(c: Counts, label_: str, key: str) -> str:
        return _f(c.to_dict()["classes"][label_][key])

    return [n, len(probed), len(found), len(wasted), len(other), f"{reported_without} / {reported_with}",
            f"{f(_occurrence(without, cases, False), 'real', 'precision')} / {f(_occurrence(with_, cases, False), 'real', 'precision')}",
            f"{f(_occurrence(without, cases, True), 'transient', 'recall')} / {f(_occurrence(with_, cases, True), 'transient', 'recall')}",
            f"{f(_occurrence(without, cases, True), 'real', 'precision')} / {f(_occurrence(with_, cases, True), 'real', 'precision')}"]


def recurrence(path: Path, cases: list[dict[str, Any]], args: Any) -> None:
    """Every case once more, after all first occurrences of its project: how the daemon judges a
    failure that comes back once the team has decided on it, against the same log with no history."""
    again = cases + [dict(c, id=f"{c.get('id')}{AGAIN}") for c in cases]
    n = len(cases)
    progress("team_history: %s, %d cases, each twice", path, n)
    hist = replay(again, decide=True, per_wave=args.per_wave, real_rerun=args.real_rerun,
                  person_rerun=not args.no_person_rerun, unknown_action=args.unknown_action)
    bare = replay(again, decide=False, per_wave=args.per_wave, unknown_action=args.unknown_action)

    print(f"#### {path.name}, every failure coming back once ({n} cases, each twice)\n")
    rows = [
        ["first occurrence, with the team's history", *figures(_occurrence(hist, cases, False)), f"{hist.requests / (2 * n):.2f}"],
        ["**second occurrence, with the team's history**", *figures(_occurrence(hist, cases, True)), ""],
        ["second occurrence, bare (nobody decided)", *figures(_occurrence(bare, cases, True)), f"{bare.requests / (2 * n):.2f}"],
    ]
    print(table(["", "cases", "transient precision", "transient recall", "real precision", "real recall",
                 "unknown", "CircleCI requests / failure"], rows))
    print()


if __name__ == "__main__":
    main()
