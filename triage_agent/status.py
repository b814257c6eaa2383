"""``triage-agent status``: last cycle, next runs, pending approvals, today's API and LLM use."""

from __future__ import annotations

import fcntl
from datetime import datetime
from pathlib import Path
from typing import Any

from .app import App
from .store import deliveries, loads
from .store import digest_queries as q
from .store import usage as store_usage
from .timeutil import day, hours_between


def daemon_running(db_path: Path) -> bool:
    """Whether a daemon holds the lock beside the database (a probe lock, released at once)."""
    lock = Path(str(db_path) + ".lock")
    if not lock.exists():
        return False
    with open(lock, "a+") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    return False


def gather(app: App, now: datetime) -> dict[str, Any]:
    """Everything status shows, as data."""
    store, cfg = app.store, app.config
    last = store.last_cycle("poll")
    last_cycle = None
    if last:
        summary = loads(last["summary"], {}) or {}
        last_cycle = {
            "started_at": last["started_at"], "finished_at": last["finished_at"], "ok": bool(last["ok"]),
            "error": last["error"], "projects_checked": summary.get("projects_checked"),
            "new_failures": len(summary.get("new_failures") or []), "requests": summary.get("requests"),
            "proposals_created": summary.get("proposals_created"),
        }
    state = loads(store.get_kv("daemon.state"), {}) or {}
    running = daemon_running(cfg.db_path)
    pending = [
        {"id": r.id, "action": r.action, "project_slug": r.project_slug, "summary": r.summary,
         "created_at": r.created_at, "age_hours": round(hours_between(r.created_at, now) or 0.0, 1),
         "kind": r.kind}
        for r in q.pending_proposals(store)
    ]
    approved = q.count_proposals(store, "approved")
    running_reruns = q.count_reruns(store, "running")
    # Probes (policy.probe_reruns), counted apart from the reruns of transient verdicts; all time.
    probes = q.probe_counts(store)
    # Failures that kept raising while being handled (see pipeline/collect.py): a person should look.
    set_aside = [r._asdict() for r in q.failures_set_aside(store, 20)]
    today = day(now)
    api_today = store.api_requests_on(today)
    tokens_today = store.llm_tokens_on(today)
    projects = q.count_active_projects(store)
    server = loads(store.get_kv("server.state"), {}) or {}
    stored = deliveries.delivery_counts(store)
    last_stored = deliveries.last_delivery_at(store)
    since_start = server.get("webhooks") if running else None
    last_webhook = max(filter(None, [last_stored, server.get("last_webhook_at") if running else None]),
                       default=None)
    llm = None
    if cfg.llm.enabled:
        from .pipeline.judge import load_breaker

        breaker = load_breaker(app)
        skips = [e._asdict() for e in store_usage.llm_events_on(store, today)]
        llm = {"circuit": breaker.state(now), "open_until": breaker.to_dict()["open_until"],
               "reason": breaker.reason, "skipped_today": sum(e["failures"] for e in skips
                                                               if e["event"] == "skipped"),
               "events_today": skips}
    return {
        "now": now.isoformat(),
        "config": cfg.source or "(defaults)",
        "database": str(cfg.db_path),
        "daemon": {"running": running, "pid": state.get("pid") if running else None,
                   "heartbeat": state.get("heartbeat"), "next_runs": state.get("next_runs") if running else {},
                   "auth_blocked_until": state.get("auth_blocked_until") if running else None},
        "projects_watched": projects,
        "last_cycle": last_cycle,
        "pending_approvals": pending,
        "approved_not_executed": approved,
        "reruns_in_flight": running_reruns,
        "probes": {"proposed": probes.proposed, "pending": probes.pending, "running": probes.running,
                   "passed": probes.passed, "refuted": probes.refuted, "fallen_back": probes.fallen_back},
        "failures_set_aside": set_aside,
        "server": {
            "listen": (server.get("listen") if running else None) or cfg.server.listen or None,
            "running": bool(running and server.get("listen")),
            "webhooks_on": bool(cfg.webhooks.secret),
            "last_webhook_at": last_webhook,
            # Answers of the running daemon since it started, by result (rejected ones included).
            "webhooks_since_start": since_start,
            # Deliveries kept in the store (30 days), by state: pending, processed, ignored, failed.
            "deliveries_stored": stored,
        },
        "llm": llm,
        "usage_today": {
            "day": today,
            "api_requests": api_today,
            "api_budget": cfg.polling.requests_per_minute * 1440,
            "requests_per_minute": cfg.polling.requests_per_minute,
            "llm_tokens": tokens_today,
            "llm_token_budget": cfg.llm.daily_token_budget if cfg.llm.enabled else None,
        },
    }


def render_text(data: dict[str, Any]) -> str:
    """The status as lines for a person."""
    out = [f"config {data['config']}, database {data['database']}"]
    d = data["daemon"]
    if d["running"]:
        out.append(f"daemon: running (pid {d['pid']}), last heartbeat {d['heartbeat']}")
        for job, when in sorted((d.get("next_runs") or {}).items()):
            out.append(f"  next {job}: {when}")
        if d.get("auth_blocked_until"):
            out.append(f"  CircleCI rejected the token; paused until {d['auth_blocked_until']}")
    else:
        out.append("daemon: not running (start it with `triage-agent run`)")
    out.append(f"projects watched: {data['projects_watched']}")
    last = data["last_cycle"]
    if last:
        state = "ok" if last["ok"] else f"FAILED: {last['error']}"
        out.append(f"last cycle: {last['finished_at']} ({state}); {last['projects_checked']} projects, "
                   f"{last['new_failures']} new failures, {last['proposals_created']} proposals, "
                   f"{last['requests']} requests")
    else:
        out.append("last cycle: none yet (run `triage-agent poll --once`)")
    pending = data["pending_approvals"]
    out.append(f"pending approvals: {len(pending)}" + (", oldest first:" if pending else ""))
    for p in pending[:20]:
        action = "probe" if p.get("kind") == "probe" else p["action"]
        out.append(f"  #{p['id']} {action} {p['project_slug']} ({p['age_hours']}h): {p['summary']}")
    out.append(f"approved, not yet executed: {data['approved_not_executed']}; reruns in flight: "
               f"{data['reruns_in_flight']}")
    probes = data.get("probes") or {}
    if probes.get("proposed"):
        out.append(f"probes: {probes['proposed']} proposed, {probes['pending']} pending, {probes['running']} running, "
                   f"{probes['passed']} passed (flaky found), {probes['refuted']} failed the same way (reported), "
                   f"{probes['fallen_back']} fallen back to the report")
    for f in data.get("failures_set_aside") or []:
        out.append(f"set aside after repeated errors: {f['project_slug']} {f['job_name']} "
                   f"#{f['job_number']}: {f['error']}")
    srv = data.get("server") or {}
    if srv.get("listen") or srv.get("deliveries_stored"):
        where = f"http://{srv['listen']}" if srv.get("running") else "not running"
        out.append(f"server: {where}; webhooks {'on' if srv['webhooks_on'] else 'off'}, "
                   f"last received {srv.get('last_webhook_at') or 'never'}")
        counts = srv.get("webhooks_since_start")
        if counts:
            rejected = sum(n for r, n in counts.items() if r not in ("accepted", "duplicate", "ignored", "ping"))
            out.append(f"  since start: {counts.get('accepted', 0)} accepted, {counts.get('duplicate', 0)} "
                       f"duplicate, {counts.get('ignored', 0)} ignored, {rejected} rejected")
        stored = srv.get("deliveries_stored") or {}
        if stored:
            out.append("  stored deliveries: " + ", ".join(f"{n} {s}" for s, n in sorted(stored.items())))
    llm_state = data.get("llm")
    if llm_state:
        if llm_state["circuit"] == "closed":
            out.append("LLM: answering (circuit closed)")
        else:
            out.append(f"LLM: circuit {llm_state['circuit']} until {llm_state['open_until']}: "
                       f"{llm_state['reason']}")
        if llm_state["skipped_today"]:
            out.append(f"  skipped for {llm_state['skipped_today']} failure(s) today (offline verdicts stood):")
            for e in llm_state["events_today"]:
                if e["event"] == "skipped":
                    out.append(f"    {e['at'][11:16]} UTC  {e['failures']}x {e['reason']}")
    u = data["usage_today"]
    llm = f"{u['llm_tokens']} LLM tokens" + (f" of {u['llm_token_budget']}" if u["llm_token_budget"] else "")
    out.append(f"today ({u['day']} UTC): {u['api_requests']} CircleCI requests "
               f"(budget {u['requests_per_minute']}/min), {llm}")
    return "\n".join(out)

