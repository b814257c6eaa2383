"""The command-line shell: parse, call one function, format, map errors to exit codes.

Exit codes: 0 success, 1 an error the user must fix (one line on stderr), 2 bad usage.
``--json`` output goes to stdout alone; logs and human text go to stderr.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import traceback
from collections.abc import Callable
from typing import Any

import click

from . import config as config_mod
from . import logsetup
from .errors import TriageError


def _emit_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, sort_keys=True, default=str))


def _say(message: str = "", **style: Any) -> None:
    """Human text goes to stderr so stdout stays clean for --json."""
    click.secho(message, err=True, **style)


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
            raise click.ClickException(str(exc)) from None
        except (KeyboardInterrupt, click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as exc:  # a bug: still one line, the traceback only on request
            if os.environ.get("TRIAGE_AGENT_DEBUG"):
                traceback.print_exc()
            raise click.ClickException(
                f"unexpected {type(exc).__name__}: {exc} (set TRIAGE_AGENT_DEBUG=1 for the traceback)"
            ) from None

    return wrapper


def load_config(path: str | None, *, required: bool = True) -> config_mod.Config:
    cfg = config_mod.load(path, required=required)
    return cfg


def setup_logging(cfg: config_mod.Config, *, level: str | None = None, fmt: str | None = None) -> None:
    from .redact import Redactor

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
    """Load the config, ask CircleCI who the token is, and list the projects to be watched.

    Example: triage-agent check --config triage-agent.toml
    """
    from .discover import discover

    cfg = load_config(config_path)
    setup_logging(cfg, level="WARNING")
    app = build_app(cfg)
    try:
        found = discover(app.circleci, cfg.circleci)
    finally:
        app.close()
    user = found.user
    if as_json:
        _emit_json(
            {
                "user": {"id": user.id, "login": user.login, "name": user.name} if user else None,
                "base_url": cfg.circleci.base_url,
                "organizations": [o.slug for o in found.orgs],
                "projects": [{"slug": p.slug, "source": p.source} for p in found.projects],
                "warnings": found.warnings,
                "requests": app.usage.total,
            }
        )
        return
    _say(f"CircleCI at {cfg.circleci.base_url}: token belongs to {user.login if user else '?'}"
         + (f" ({user.name})" if user and user.name else ""))
    if found.orgs:
        _say(f"organizations: {', '.join(o.slug for o in found.orgs)}")
    source = "config circleci.projects" if cfg.circleci.projects else "followed projects"
    _say(f"{len(found.projects)} project(s) will be watched ({source}):")
    for p in found.projects:
        _say(f"  {p.slug}")
    for warning in found.warnings:
        _say(f"warning: {warning}", fg="yellow")
    _say(f"({app.usage.total} API requests)")


@cli.command()
@click.option("--once", is_flag=True, required=True, help="Run one cycle and exit (the daemon is `run`).")
@config_option
@json_option
@handle_errors
def poll(once: bool, config_path: str | None, as_json: bool) -> None:
    """Run one full cycle: discover, poll, collect evidence, classify, decide, enqueue.

    Example: triage-agent poll --once --json
    """
    from .cycle import run_poll_cycle
    from .timeutil import utcnow

    cfg = load_config(config_path)
    setup_logging(cfg)
    app = build_app(cfg)
    try:
        summary = run_poll_cycle(app, utcnow(), clock=utcnow)
    finally:
        app.close()
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


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="triage-agent")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
