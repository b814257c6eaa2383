"""The command-line shell: parse, call one function, format, map errors to exit codes.

Exit codes: 0 success, 1 an error the user must fix (one line on stderr), 2 bad usage.
``--json`` output goes to stdout alone; logs and human text go to stderr.
"""

from __future__ import annotations

import functools
import json
import os
import re
import sys
import traceback
from collections.abc import Callable
from contextlib import closing
from typing import Any

import click

from . import config as config_mod
from . import logsetup
from .core.termsafe import terminal_safe
from .errors import TriageError
from .store import DAMAGED, LOCKED

# The largest id SQLite can hold: a bigger one is an id that cannot exist, not a crash.
MAX_ID = 2**63 - 1


def _emit_json(data: Any) -> None:
    # ensure_ascii (the default) escapes every control character: JSON output is terminal-safe.
    click.echo(json.dumps(data, indent=2, sort_keys=True, default=str))


def _echo(text: str = "", *, err: bool = False, **style: Any) -> None:
    """Print text for a person: escape sequences and control characters from the data removed
    (our own styling is applied after, so it stays)."""
    text = terminal_safe(text)
    if style:
        click.secho(text, err=err, **style)
    else:
        click.echo(text, err=err)


def _say(message: str = "", **style: Any) -> None:
    """Human text goes to stderr so stdout stays clean for --json."""
    _echo(message, err=True, **style)


def _one_line(message: str) -> str:
    """An error for the user: redacted and terminal-safe, on one line."""
    return " ".join(terminal_safe(logsetup.redact(message, heuristics=False)).split())


def config_option(func: Callable) -> Callable:
    return click.option(
        "--config", "config_path", type=click.Path(dir_okay=False), default=None,
        envvar=config_mod.ENV_CONFIG, show_envvar=True,
        help="Config file (default ./triage-agent.toml).",
    )(func)


def json_option(func: Callable) -> Callable:
    return click.option("--json", "as_json", is_flag=True, help="Print the result as JSON on stdout.")(func)


def handle_errors(func: Callable) -> Callable:
    """Turn TriageError (and unexpected crashes) into one line on stderr and exit 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except TriageError as exc:
            raise click.ClickException(_one_line(str(exc))) from None
        except LOCKED as exc:
            # A lock held past storage.busy_timeout_seconds by another process is the user's to
            # resolve, not a bug: one plain line, as for a StoreError.
            hint = ("; another process held it longer than storage.busy_timeout_seconds, try again"
                    if "locked" in str(exc) or "busy" in str(exc) else "")
            raise click.ClickException(_one_line(f"database: {exc}{hint}")) from None
        except DAMAGED as exc:
            if not _DAMAGED.search(str(exc)):
                return _unexpected(exc)
            # Damage found mid-file (the header was fine when it was opened): the user's to fix.
            raise click.ClickException(_one_line(
                f"database: {exc}; the file is damaged: restore it from a backup, or move it "
                "away to start afresh")) from None
        except OSError as exc:
            if exc.strerror is None:
                raise
            where = f"{exc.filename}: " if exc.filename else ""
            raise click.ClickException(_one_line(f"{where}{exc.strerror}")) from None
        except RecursionError:
            raise click.ClickException("input nested too deeply to read") from None
        except (KeyboardInterrupt, click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as exc:  # a bug: still one line, the traceback only on request
            return _unexpected(exc)

    return wrapper


# SQLite's words for a damaged file (as opposed to a constraint or a programming error).
_DAMAGED = re.compile(r"malformed|not a database|disk image|corrupt", re.I)


def _unexpected(exc: BaseException) -> Any:
    """A bug: one redacted line; the (redacted) traceback only with TRIAGE_AGENT_DEBUG set."""
    if os.environ.get("TRIAGE_AGENT_DEBUG"):
        text = "".join(traceback.format_exception(exc))
        sys.stderr.write(terminal_safe(logsetup.redact(text)))
    raise click.ClickException(_one_line(
        f"unexpected {type(exc).__name__}: {exc} (set TRIAGE_AGENT_DEBUG=1 for the traceback)"
    )) from None


def load_config(path: str | None, *, required: bool = True) -> config_mod.Config:
    cfg = config_mod.load(path, required=required)
    return cfg


def setup_logging(cfg: config_mod.Config, *, level: str | None = None, fmt: str | None = None) -> None:
    from .core.redact import Redactor

    logsetup.configure(level or cfg.logging.level, fmt or cfg.logging.format, Redactor(cfg.secrets()))


def build_app(cfg: config_mod.Config):
    from .app import App

    return App(cfg)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="triage-agent")
def cli() -> None:
    """triage-agent: triage failed CircleCI jobs, propose a rerun or a report, act only on approval."""


@cli.command()
@config_option
@json_option
@handle_errors
def check(config_path: str | None, as_json: bool) -> None:
    """Load the config, ask CircleCI who the token is, and list the projects to be watched:
    canonical slug, organization kind, followed or not, and how each is polled.

    Example: triage-agent check --config triage-agent.toml
    """
    from .pipeline.intake.discovery import discover
    from .pipeline.intake.polling import covered_by_feed
    from .timeutil import utcnow

    cfg = load_config(config_path)
    setup_logging(cfg, level="WARNING")
    with closing(build_app(cfg)) as app:
        provider = app.provider
        found = discover(provider, cfg.circleci, now=utcnow())
    canonical_key, org_kind = provider.project_key, provider.org_kind
    user = found.user
    strategy = cfg.circleci.poll_strategy
    org_names = {canonical_key(o.slug): o.name for o in found.orgs}
    rows = []
    warnings = list(found.warnings)
    for p in found.projects:
        horizon = found.feed_horizons.get(canonical_key(p.org_slug))
        as_row = {"followed": p.followed, "last_pipeline_at": p.last_build_at}
        if strategy != "project" and covered_by_feed(as_row, horizon, strategy):
            polled = f"org feed of {p.org_slug}"
        elif p.followed is None:
            polled = "on its own (whether the token user follows it is unknown)"
        elif not p.followed:
            polled = "on its own: not followed, so not in the org feed"
            if strategy == "org":
                warnings.append(f"{p.slug}: poll_strategy = org, but the token user does not follow it; "
                                "the org feed never shows it, so it is polled on its own")
        elif strategy == "project":
            polled = "on its own (poll_strategy = project)"
        else:
            polled = "on its own, adaptive: not among the org's 250 most recently built followed projects"
        rows.append({
            "slug": p.slug, "configured_as": p.configured_as, "source": p.source, "kind": org_kind(p.slug),
            "organization": p.org_slug, "organization_name": org_names.get(canonical_key(p.org_slug), ""),
            "project_id": p.project_id or None, "name": p.name, "followed": p.followed,
            "polled_by": polled, "problem": p.problem or None,
        })
    if as_json:
        _emit_json(
            {
                "user": {"id": user.id, "login": user.login, "name": user.name} if user else None,
                "base_url": config_mod.display_url(provider.base_url),
                "organizations": [o.slug for o in found.orgs],
                "organization_kinds": {o.slug: org_kind(o.slug) for o in found.orgs},
                "projects": rows,
                "aliases": found.aliases,
                "used_private_api": found.used_private_api,
                "warnings": warnings,
                "requests": app.usage.total,
            }
        )
        return
    _say(f"{provider.display_name} at {config_mod.display_url(provider.base_url)}: token belongs to {user.login if user else '?'}"
         + (f" ({user.name})" if user and user.name else ""))
    if found.orgs:
        _say("organizations: " + ", ".join(
            f"{o.slug}{f' {o.name}' if o.name and o.name not in o.slug else ''} ({org_kind(o.slug)})"
            for o in found.orgs))
    source = "config circleci.projects" if cfg.circleci.projects else "followed projects"
    _say(f"{len(found.projects)} project(s) will be watched ({source}):")
    for r in rows:
        org_name = f"{r['organization_name']}/" if r["organization_name"] else ""
        name = f" ({org_name}{r['name']})" if r["name"] and r["name"] not in r["slug"] else ""
        alias = f" [configured as {r['configured_as']}]" if r["configured_as"] and r["configured_as"] != r["slug"] else ""
        follow = {True: "followed", False: "not followed", None: "followed: unknown"}[r["followed"]]
        _say(f"  {r['slug']}{name}{alias}")
        _say(f"      {r['kind']}; {follow}; {r['polled_by']}"
             + (f"; PROBLEM: {r['problem']}" if r["problem"] else ""))
    if found.used_private_api:
        _say("note: some followed projects were listed through CircleCI's undocumented "
             "/api/private/me/followed-projects (v1.1 /projects did not name them)")
    for warning in warnings:
        _say(f"warning: {warning}", fg="yellow")
    _say(f"({app.usage.total} API requests)")


def progress_line(info: dict[str, Any]) -> str:
    """One line of a long cycle's progress: projects read, requests made, the wait ahead."""
    done, total = int(info.get("done", 0)), int(info.get("total", 0))
    rate = float(info.get("rate_per_minute") or 0)
    left = max(0, total - done)
    ahead = (left / rate * 60 if rate else 0) + float(info.get("paused_for") or 0)
    wait = f"~{ahead / 60:.0f} min" if ahead >= 90 else f"~{ahead:.0f} s"
    return (f"reading projects: {done}/{total}, {info.get('requests', 0)} requests so far; "
            f"{wait} ahead at {rate:.0f} requests/minute")


def progress_printer(every: float = 5.0) -> Callable[[dict[str, Any]], None]:
    """A progress callback that writes ``progress_line`` to stderr at most every ``every`` seconds."""
    import time

    last = [0.0]

    def show(info: dict[str, Any]) -> None:
        now = time.monotonic()
        if now - last[0] >= every or info.get("done") == info.get("total"):
            last[0] = now
            click.echo(progress_line(info), err=True)

    return show


@cli.command()
@click.option("--once", is_flag=True, required=True, help="Run one cycle and exit (the daemon is `run`).")
@config_option
@json_option
@handle_errors
def poll(once: bool, config_path: str | None, as_json: bool) -> None:
    """Run one full cycle: discover, poll, collect evidence, classify, decide, enqueue.

    Example: triage-agent poll --once --json
    """
    from .pipeline.run import run_poll_cycle
    from .timeutil import utcnow

    cfg = load_config(config_path)
    setup_logging(cfg)
    with closing(build_app(cfg)) as app:
        summary = run_poll_cycle(app, utcnow(), clock=utcnow,
                                 progress=progress_printer() if sys.stderr.isatty() else None)
    if as_json:
        _emit_json(summary.to_dict())
        return
    _say(summary.one_line())
    for f in summary.new_failures:
        proposal = f.get("proposal")
        action = f"-> proposal #{proposal['id']} {proposal['action']}" if proposal else f"-> {f.get('decision') or 'no action'}"
        conf = f" {f['confidence']:.2f}" if f.get("confidence") is not None else ""
        _say(f"  {f['project_slug']} #{f['pipeline_number']} {f['job_name']}: {f.get('verdict') or '?'}{conf} {action}")
    for warning in summary.warnings:
        _say(f"warning: {warning}", fg="yellow")
    if summary.proposals_created:
        _say("Review the proposals with: triage-agent approvals")


# --------------------------------------------------------------------------- approvals


def _print_proposals(rows: list[dict[str, Any]]) -> None:
    if not rows:
        _say("No proposals.")
        return
    for r in rows:
        conf = f"{r['confidence']:.2f}" if r.get("confidence") is not None else "-"
        _say(f"#{r['id']:<4} {r['status']:<9} {r['action']:<15} {r.get('verdict') or '-':<9} {conf:<5} "
             f"{r['created_at'][:16].replace('T', ' ')}  {r.get('summary') or ''}")


@cli.group(invoke_without_command=True)
@config_option
@click.pass_context
@handle_errors
def approvals(ctx: click.Context, config_path: str | None) -> None:
    """Review pending proposals one at a time (needs a terminal), or use a subcommand.

    Example: triage-agent approvals
    """
    ctx.ensure_object(dict)
    ctx.obj["config_path"] = config_path
    if ctx.invoked_subcommand is not None:
        return
    from .core.states import PENDING
    from .review import default_actor, review
    from .store import queue
    from .timeutil import utcnow

    cfg = load_config(config_path)
    setup_logging(cfg, level="WARNING")
    with closing(build_app(cfg)) as app:
        pending = queue.list_proposals(app.store, PENDING)
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            _say(f"{len(pending)} pending proposal(s). No terminal to ask at: use "
                 "`triage-agent approvals approve ID` or `triage-agent approvals reject ID --reason TEXT` "
                 "(see `triage-agent approvals list`).")
            return
        counts = review(
            app.store, actor=default_actor(), now_fn=utcnow,
            read=lambda prompt: click.prompt(prompt, default="", show_default=False),
            write=lambda text: _echo(text), redactor=app.redactor,
        )
        if counts.get("approved"):
            _say("Approved actions run with `triage-agent execute` (or the daemon's next execute job).")


def _config_path_from(ctx: click.Context, own: str | None) -> str | None:
    return own or (ctx.obj or {}).get("config_path")


@approvals.command("list")
@click.option("--status", type=click.Choice(["pending", "approved", "rejected", "executing", "executed",
                                             "failed", "expired"]), default=None, help="Only this status.")
@config_option
@json_option
@click.pass_context
@handle_errors
def approvals_list(ctx: click.Context, status: str | None, config_path: str | None, as_json: bool) -> None:
    """List the queue, newest first.

    Example: triage-agent approvals list --status pending --json
    """
    from .store import queue

    cfg = load_config(_config_path_from(ctx, config_path))
    with closing(build_app(cfg)) as app:
        rows = queue.list_proposals(app.store, status)
    if as_json:
        _emit_json(rows)
    else:
        _print_proposals(rows)


@approvals.command("approve")
@click.argument("proposal_id", type=click.IntRange(1, MAX_ID))
@click.option("--execute", "run_now", is_flag=True, help="Execute it right away.")
@click.option("--reason", default=None, help="Why (kept in the audit log).")
@config_option
@json_option
@click.pass_context
@handle_errors
def approvals_approve(ctx: click.Context, proposal_id: int, run_now: bool, reason: str | None,
                      config_path: str | None, as_json: bool) -> None:
    """Approve one proposal by id (a person's decision, recorded with the OS user).

    Example: triage-agent approvals approve 12 --execute
    """
    from .review import default_actor
    from .store import queue
    from .timeutil import utcnow

    cfg = load_config(_config_path_from(ctx, config_path))
    setup_logging(cfg, level="WARNING")
    with closing(build_app(cfg)) as app:
        queue.approve(app.store, proposal_id, default_actor(), utcnow(), reason=reason)
        result: dict[str, Any] = {"id": proposal_id, "status": "approved"}
        if run_now:
            from .pipeline.actions import execute_cycle

            summary = execute_cycle(app, utcnow(), follow=False, ids=[proposal_id], clock=utcnow)
            result = {**result, **summary.to_dict(), "status": queue.get(app.store, proposal_id)["status"]}
    if as_json:
        _emit_json(result)
    else:
        _say(f"Proposal #{proposal_id} approved" + (f"; now {result['status']}" if run_now else
                                                     "; run `triage-agent execute` to carry it out") + ".")


@approvals.command("reject")
@click.argument("proposal_id", type=click.IntRange(1, MAX_ID))
@click.option("--reason", default="rejected at the CLI", show_default=True, help="Why (kept in the audit log).")
@config_option
@json_option
@click.pass_context
@handle_errors
def approvals_reject(ctx: click.Context, proposal_id: int, reason: str, config_path: str | None,
                     as_json: bool) -> None:
    """Reject one proposal by id; it is never executed.

    Example: triage-agent approvals reject 12 --reason "known outage, will rerun by hand"
    """
    from .core.states import ProposalKind
    from .review import default_actor
    from .store import queue
    from .timeutil import utcnow

    cfg = load_config(_config_path_from(ctx, config_path))
    fallback: list[int] | None = None
    with closing(build_app(cfg)) as app:
        row = queue.reject(app.store, proposal_id, default_actor(), utcnow(), reason)
        if row.get("kind") == ProposalKind.PROBE:
            # The report this probe stood in for is proposed now, not at the next cycle (other probes that
            # ended are the cycle's sweep's: their reports were not made in this one's stead).
            from .pipeline.propose import fall_back_from_probe
            from .store.decision_queries import probes_to_fall_back

            ended = [p for p in probes_to_fall_back(app.store) if p["id"] == proposal_id]
            fallback = (fall_back_from_probe(app, ended[0], utcnow()) or []) if ended else []
    if as_json:
        _emit_json({"id": proposal_id, "status": "rejected", "reason": reason,
                    **({"fallback_reports": fallback} if fallback is not None else {})})
    else:
        _say(f"Proposal #{proposal_id} rejected.")
        if fallback:
            _say(f"The probe measured nothing: report proposal(s) {', '.join(f'#{i}' for i in fallback)} "
                 "made in its stead.")


@cli.command()
@config_option
@json_option
@handle_errors
def execute(config_path: str | None, as_json: bool) -> None:
    """Execute every approved action now (exactly once), expire stale ones, follow up reruns.

    Example: triage-agent execute --json
    """
    from .pipeline.actions import execute_cycle
    from .timeutil import utcnow

    cfg = load_config(config_path)
    setup_logging(cfg, level="WARNING")
    with closing(build_app(cfg)) as app:
        summary = execute_cycle(app, utcnow(), clock=utcnow)
    if as_json:
        _emit_json(summary.to_dict())
        return
    _say(summary.one_line())
    for item in summary.execution.executed:
        _say(f"  #{item.get('id')}: {item.get('action')} -> {item.get('result') or item.get('location') or 'done'}")
    for pid, reason in summary.expired + summary.execution.expired:
        _say(f"  #{pid} expired: {reason}")
    for pid, error in summary.execution.failed:
        _say(f"  #{pid} failed: {error}", fg="red")
    for pid, reason in summary.execution.unapproved:
        _say(f"  #{pid} {reason}", fg="yellow")
    for outcome in summary.followup.outcomes:
        _say(f"  rerun of {outcome['workflow_name']} ({outcome['project_slug']}): {outcome['outcome']}")


# --------------------------------------------------------------------------- judgement


def _classify_fn(cfg: config_mod.Config, offline: bool):
    app = build_app(cfg)
    if offline or not cfg.llm.enabled:
        return app, app.rules.classify, None
    return app, (lambda case: app.classifier.classify(case).verdict), app.classifier


@cli.command()
@click.argument("file", type=click.File("r"))
@click.option("--offline", is_flag=True, help="Use the offline engine only, even if an LLM is configured.")
@config_option
@json_option
@handle_errors
def classify(file, offline: bool, config_path: str | None, as_json: bool) -> None:
    """Classify one failure case (JSON; - reads stdin) offline or with the configured LLM.

    Example: triage-agent classify case.json --json
    """
    from .core.models import FailureCase

    cfg = load_config(config_path, required=False)
    setup_logging(cfg, level="WARNING")
    try:
        data = json.load(file)
    except json.JSONDecodeError as exc:
        raise click.ClickException(f"{file.name}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    except RecursionError:
        raise click.ClickException(f"{file.name}: JSON nested too deeply to read") from None
    except UnicodeDecodeError as exc:
        raise click.ClickException(f"{file.name}: not UTF-8 text ({exc.reason})") from None
    from .core.sanitize import clean_json

    data = clean_json(data, max_depth=1000)
    try:
        case = FailureCase.from_dict(data)
    except ValueError as exc:
        raise click.ClickException(f"{file.name}: {exc}") from None
    app, fn, _ = _classify_fn(cfg, offline)
    verdict = fn(case)
    app.close()
    if as_json:
        _emit_json(verdict.to_dict())
        return
    _say(f"{verdict.verdict} ({verdict.confidence:.2f}, {verdict.category}) by {verdict.classifier}")
    _say(f"  {verdict.rationale}")
    for line in verdict.evidence:
        _say(f"  > {line}")


@cli.command("eval")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--offline", is_flag=True, help="Use the offline engine only, even if an LLM is configured.")
@click.option("--cases", "show_cases", is_flag=True, help="With --json, include every case's prediction.")
@click.option("--cost-false-transient", type=float, default=30.0, show_default=True,
              help="Minutes a wrong transient costs (a rerun, and a real bug hidden).")
@click.option("--cost-false-real", type=float, default=10.0, show_default=True,
              help="Minutes a wrong real costs (a person's needless look).")
@click.option("--cost-unknown", type=float, default=5.0, show_default=True,
              help="Minutes an unknown costs (a person reads the log to decide).")
@config_option
@json_option
@handle_errors
def eval_cmd(file: str, offline: bool, show_cases: bool, cost_false_transient: float, cost_false_real: float,
             cost_unknown: float, config_path: str | None, as_json: bool) -> None:
    """Classify labelled cases (JSONL) and print precision, recall, F1, unknowns and the confusion matrix.

    Example: triage-agent eval cases.jsonl --json
    """
    from .classify.metrics import evaluate, load_cases, render_text

    cfg = load_config(config_path, required=False)
    setup_logging(cfg, level="WARNING")
    try:
        cases = load_cases(file)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    app, fn, _ = _classify_fn(cfg, offline)
    report = evaluate(cases, fn)
    report.costs = {"false_transient": cost_false_transient, "false_real": cost_false_real,
                    "unknown": cost_unknown}
    app.close()
    if as_json:
        _emit_json(report.to_dict(include_cases=show_cases))
    else:
        _echo(render_text(report))


# --------------------------------------------------------------------------- rules from decisions


def _signatures_path(cfg: config_mod.Config):
    if not cfg.classifier.signatures_file:
        raise click.ClickException(
            "classifier.signatures_file is not set: add e.g. signatures_file = \"team-signatures.toml\" "
            "under [classifier] so accepted rules are written there and loaded")
    return cfg.path(cfg.classifier.signatures_file)


def _suggestions(app: Any, min_support: int = 3) -> list[Any]:
    from .classify.suggest import suggest

    return suggest(app.store, app.rules.catalogue, min_support=min_support)


@cli.group()
def rules() -> None:
    """Signature rules proposed from the team's decisions and rerun outcomes.

    Example: triage-agent rules suggest
    """


@rules.command("suggest")
@click.option("--min-support", default=3, show_default=True, type=click.IntRange(1),
              help="Fewest labelled failures a proposed rule must match.")
@config_option
@json_option
@handle_errors
def rules_suggest(min_support: int, config_path: str | None, as_json: bool) -> None:
    """Propose signature entries from labelled failures (rerun outcomes, approvals, rejections).

    Example: triage-agent rules suggest --json
    """
    cfg = load_config(config_path)
    setup_logging(cfg, level="WARNING")
    with closing(build_app(cfg)) as app:
        found = _suggestions(app, min_support)
    if as_json:
        _emit_json([s.to_dict() for s in found])
        return
    if not found:
        _say("No rule to propose: no error line is shared by enough failures the team labelled "
             "the same way and the catalogue does not already explain.")
        return
    for s in found:
        _say(f"{s.id}  {s.verdict} (weight {s.weight:.2f}, category {s.category}): {s.correct} of "
             f"{s.support} matching failures were {s.verdict}")
        _say(f"    line     {s.line}")
        _say(f"    pattern  {s.pattern}")
        for e in s.examples[:3]:
            _say(f"    e.g.     {e['project_slug']} #{e['pipeline_number']} {e['job_name']}: {e['outcome']}")
    _say("Accept one with `triage-agent rules accept ID`, refuse it with `triage-agent rules reject ID`.")


@rules.command("accept")
@click.argument("suggestion_id")
@config_option
@json_option
@handle_errors
def rules_accept(suggestion_id: str, config_path: str | None, as_json: bool) -> None:
    """Write a proposed rule to classifier.signatures_file (created if missing; comments kept).

    Example: triage-agent rules accept s-1a2b3c4d
    """
    from .classify.suggest import accept, find
    from .review import default_actor
    from .timeutil import utcnow

    cfg = load_config(config_path)
    setup_logging(cfg, level="WARNING")
    path = _signatures_path(cfg)
    with closing(build_app(cfg)) as app:
        chosen = find(_suggestions(app, 1), suggestion_id)
        sig_id = accept(app.store, chosen, path, actor=default_actor(), now=utcnow())
    if as_json:
        _emit_json({"id": suggestion_id, "status": "accepted", "signature": sig_id, "file": str(path)})
    else:
        _say(f"Rule {suggestion_id} accepted as signature {sig_id} in {path}; it applies from the next "
             "classification (restart a running daemon to load it).")


@rules.command("reject")
@click.argument("suggestion_id")
@click.option("--reason", default="", help="Why (kept with the decision).")
@config_option
@json_option
@handle_errors
def rules_reject(suggestion_id: str, reason: str, config_path: str | None, as_json: bool) -> None:
    """Refuse a proposed rule; it is not proposed again.

    Example: triage-agent rules reject s-1a2b3c4d --reason "too broad"
    """
    from .classify.suggest import find, reject
    from .review import default_actor
    from .timeutil import utcnow

    cfg = load_config(config_path)
    setup_logging(cfg, level="WARNING")
    with closing(build_app(cfg)) as app:
        reject(app.store, find(_suggestions(app, 1), suggestion_id), actor=default_actor(),
               now=utcnow(), reason=reason)
    if as_json:
        _emit_json({"id": suggestion_id, "status": "rejected", "reason": reason})
    else:
        _say(f"Rule {suggestion_id} rejected; it will not be proposed again.")


# --------------------------------------------------------------------------- digest, daemon, status


@cli.command()
@click.option("--date", "day", default=None, help="The day (YYYY-MM-DD, in digest.timezone); default today.")
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md", show_default=True)
@click.option("--output", type=click.Path(dir_okay=False), default=None, help="Write here instead of stdout.")
@config_option
@handle_errors
def digest(day: str | None, fmt: str, output: str | None, config_path: str | None) -> None:
    """Render the digest of one day as Markdown or a self-contained HTML page.

    Example: triage-agent digest --date 2026-11-23 --format html --output digest.html
    """
    from datetime import date as date_cls
    from zoneinfo import ZoneInfo

    from . import digest as digest_mod
    from .timeutil import utcnow

    cfg = load_config(config_path)
    tz = ZoneInfo(cfg.digest.timezone)
    now = utcnow()
    if day is None:
        target = now.astimezone(tz).date()
    else:
        try:
            target = date_cls.fromisoformat(day)
        except ValueError:
            raise click.BadParameter(f"{day!r} is not a date (YYYY-MM-DD)", param_hint="--date") from None
    with closing(build_app(cfg)) as app:
        budget = cfg.llm.daily_token_budget if cfg.llm.enabled else None
        built = digest_mod.build_digest(app.store, target, tz, now, llm_budget=budget or None,
                                        api_budget_per_day=cfg.polling.requests_per_minute * 1440)
        text = digest_mod.render(built, fmt, app.redactor.redact)
    if output:
        from pathlib import Path

        from .atomicfile import write_atomic

        try:
            write_atomic(Path(output), text)
        except OSError as exc:
            raise click.ClickException(_one_line(f"cannot write {output}: {exc.strerror or exc}")) from None
        _say(f"digest for {target} written to {output}")
    else:
        _echo(text)


@cli.command()
@click.option("--log-format", type=click.Choice(["text", "json"]), default=None,
              help="Log lines as text or JSON objects (default: logging.format).")
@config_option
@handle_errors
def run(log_format: str | None, config_path: str | None) -> None:
    """Run the daemon: poll, execute approved actions, follow up reruns, write the daily digest.

    Example: triage-agent run --config /etc/triage-agent.toml --log-format json
    """
    from .daemon import Daemon

    cfg = load_config(config_path)
    setup_logging(cfg, fmt=log_format)
    cfg.require("circleci.token")
    if cfg.llm.enabled:
        cfg.require("llm.api_key")
    with closing(build_app(cfg)) as app:
        app.store.acquire_lock()
        app.rules  # noqa: B018 - load the signature catalogue now: a bad extension fails at start-up
        daemon = Daemon(app)
        daemon.install_signal_handlers()
        daemon.run_forever()


@cli.command()
@config_option
@json_option
@handle_errors
def status(config_path: str | None, as_json: bool) -> None:
    """Last cycle, next scheduled runs, pending approvals and their age, today's API and LLM use.

    Example: triage-agent status --json
    """
    from .status import gather
    from .timeutil import utcnow

    cfg = load_config(config_path)
    with closing(build_app(cfg)) as app:
        data = gather(app, utcnow())
    if as_json:
        _emit_json(data)
        return
    from .status import render_text

    _echo(render_text(data), err=True)


@cli.command()
@click.option("--yes", is_flag=True, help="Approve the proposals without asking (for scripts).")
@click.option("--dir", "directory", type=click.Path(file_okay=False), default=None,
              help="Write everything here (default: a new temporary directory).")
@handle_errors
def demo(yes: bool, directory: str | None) -> None:
    """The whole loop against a built-in CircleCI simulator: no token, no LLM, nothing outside --dir.

    Example: triage-agent demo --yes --dir /tmp/ta-demo
    """
    from .demo import run_demo

    logsetup.configure("WARNING", "text")
    interactive = sys.stdin.isatty() and sys.stdout.isatty() and not yes
    run_demo(
        directory, yes=yes, interactive=interactive, echo=click.echo,
        read=lambda prompt: click.prompt(prompt, default="", show_default=False),
        style=sys.stdout.isatty(),
    )


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="triage-agent")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
