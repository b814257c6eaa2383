"""The daemon: APScheduler 3 running the same one-shot functions the CLI runs, with signals.

Jobs (all on ONE worker thread, so they never overlap each other or themselves):
    poll      every polling.interval_seconds (+ jitter)     run_poll_cycle
    execute   every polling.execute_interval_seconds         expire, execute approved, follow up
    discover  every circleci.rediscover_minutes              run_discovery
    digest    daily at digest.time in digest.timezone        write yesterday's digest
    intake    at start, on each accepted webhook, every minute   run_intake_cycle

With ``[server] listen`` set, the HTTP server (healthz, metrics, webhooks) runs beside the
scheduler in the same process; a webhook only records its delivery and wakes the intake job,
so its processing waits its turn on the same worker as the poll cycles.

The jobs are declared in one list (``Daemon.jobs``): a new periodic job is one ``JobSpec`` there.

The first SIGINT/SIGTERM lets the job in hand finish and exits; a second exits at once.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from .app import App
from .errors import AuthError, Throttled
from .timeutil import iso, utcnow

log = logging.getLogger(__name__)

AUTH_BACKOFF_START = timedelta(minutes=5)
AUTH_BACKOFF_MAX = timedelta(hours=1)
EXPIRE_CHECK_EVERY = timedelta(minutes=15)
INTAKE_SAFETY_NET = timedelta(minutes=1)


@dataclass(frozen=True)
class JobSpec:
    """One periodic job: its name (the scheduler's id, the counters' key), its body (a one-shot
    function of the time, the same one a command runs), its trigger, its first run (None: the
    trigger's first time) and how late a run may still start (seconds)."""

    name: str
    body: Callable[[datetime], Any]
    trigger: BaseTrigger
    first_run: datetime | None = None
    misfire_grace: int | None = None


class Daemon:
    """Owns the scheduler and the stop logic; each job body is a one-shot function of ``App``."""

    def __init__(self, app: App, *, clock: Callable[[], datetime] = utcnow, run_immediately: bool = True,
                 intervals: dict[str, float] | None = None) -> None:
        """``intervals`` overrides job periods in seconds (poll, execute, discover); tests use it
        to drive the scheduler faster than the config's minimums allow."""
        self.app = app
        self.intervals = dict(intervals or {})
        self.clock = clock
        self.run_immediately = run_immediately
        self.stopping = threading.Event()
        self.stopped = threading.Event()
        self._signals = 0
        self._auth_blocked_until: datetime | None = None
        self._auth_backoff = AUTH_BACKOFF_START
        self._last_expire_check: datetime | None = None
        self.job_runs: dict[str, int] = {}
        self.job_errors: dict[str, int] = {}
        self._running: dict[str, datetime] = {}
        self._next_runs: dict[str, str | None] = {}
        self.overlaps = 0
        self.server: Any = None
        self._wake_lock = threading.Lock()
        self._wake_pending = False
        self._wake_seq = itertools.count(1)
        self._server_state_version = -1
        from .pipeline.intake.webhooks import WebhookCounters

        self.webhooks = WebhookCounters()
        self.scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(max_workers=1)},
            job_defaults={"coalesce": True, "max_instances": 1},
            timezone="UTC",
        )

    # -- scheduling -----------------------------------------------------------------------

    def jobs(self) -> list[JobSpec]:
        """The daemon's jobs: the one list a new periodic job is added to (its body, when it runs)."""
        cfg = self.app.config
        now = self.clock()
        first = now if self.run_immediately else None
        interval = self.intervals.get("poll", cfg.polling.interval_seconds)
        jitter = cfg.polling.jitter_seconds if "poll" not in self.intervals else 0
        ex = self.intervals.get("execute", cfg.polling.execute_interval_seconds)
        rediscover = self.intervals.get("discover", cfg.circleci.rediscover_minutes * 60)
        intake = self.intervals.get("intake", INTAKE_SAFETY_NET.total_seconds())
        hour, minute = (int(x) for x in cfg.digest.time.split(":"))
        return [
            # A cycle that starts late by more than half an interval is skipped: the next one
            # covers the same ground, since polling is incremental.
            JobSpec("poll", self.poll_job, IntervalTrigger(seconds=interval, jitter=jitter or None),
                    first_run=first, misfire_grace=max(1, int(interval // 2))),
            JobSpec("execute", self.execute_job, IntervalTrigger(seconds=ex),
                    first_run=(now + timedelta(seconds=min(ex, 5))) if self.run_immediately else None,
                    misfire_grace=max(1, int(ex))),
            JobSpec("discover", self.discover_job, IntervalTrigger(seconds=rediscover), misfire_grace=300),
            # At start (deliveries a crash left recorded but unprocessed), and as a safety net
            # behind the wake-ups each accepted webhook sends.
            JobSpec("intake", self.intake_job, IntervalTrigger(seconds=intake),
                    first_run=first, misfire_grace=max(1, int(intake))),
            # A digest delayed by a busy cycle or a short outage is still wanted that morning.
            JobSpec("digest", self.digest_job,
                    CronTrigger(hour=hour, minute=minute, timezone=ZoneInfo(cfg.digest.timezone)),
                    misfire_grace=6 * 3600),
        ]

    def schedule(self) -> None:
        """Register every job of ``jobs()`` with the scheduler (ids are the jobs' names)."""
        for spec in self.jobs():
            self.scheduler.add_job(self._job(spec.name, spec.body), spec.trigger, id=spec.name,
                                   name=spec.name, next_run_time=spec.first_run,
                                   misfire_grace_time=spec.misfire_grace)

    def next_runs(self) -> dict[str, str | None]:
        return {
            job.id: iso(job.next_run_time) if job.next_run_time else None
            for job in self.scheduler.get_jobs() if not job.id.startswith("intake-")  # one-off wake-ups
        }

    def _record_state(self) -> None:
        # Jobs must not call the scheduler (get_jobs takes its job-store lock, which shutdown can
        # hold while it waits for the job): the next runs are read by the main loop instead.
        try:
            self.app.store.set_kv("daemon.state", json.dumps({
                "pid": os.getpid(), "heartbeat": iso(self.clock()), "next_runs": self._next_runs,
                "auth_blocked_until": iso(self._auth_blocked_until) if self._auth_blocked_until else None,
            }))
        except Exception:  # status bookkeeping must never stop a job
            log.debug("could not record daemon state", exc_info=True)

    def _job(self, name: str, body: Callable[[datetime], Any]) -> Callable[[], None]:
        def run() -> None:
            if self.stopping.is_set():
                return
            if self._running:
                self.overlaps += 1
            self._running[name] = self.clock()
            try:
                body(self.clock())
                self.job_runs[name] = self.job_runs.get(name, 0) + 1
            except AuthError as exc:
                self._auth_failed(exc)
            except Throttled as exc:
                # CircleCI's wait holds every request of the process; jobs until it ends do nothing.
                log.warning("%s job ended early: %s", name, exc)
            except Exception:
                self.job_errors[name] = self.job_errors.get(name, 0) + 1
                log.exception("%s job failed; the daemon goes on", name)
            finally:
                self._running.pop(name, None)
                self._record_state()

        run.__name__ = f"{name}_job"
        return run

    # -- auth back-off ---------------------------------------------------------------------

    def _auth_failed(self, exc: AuthError) -> None:
        now = self.clock()
        if self._auth_blocked_until is None:
            log.error("%s; CircleCI calls paused, retrying in %d minutes (fix the token: "
                      "circleci.token)", exc, self._auth_backoff.total_seconds() // 60)
        else:
            log.debug("token still rejected; next try in %s", self._auth_backoff)
        self._auth_blocked_until = now + self._auth_backoff
        self._auth_backoff = min(self._auth_backoff * 2, AUTH_BACKOFF_MAX)

    def _circleci_allowed(self, now: datetime) -> bool:
        if self._auth_blocked_until is None:
            return True
        if now < self._auth_blocked_until:
            return False
        # Probe with one cheap request before letting a whole cycle loose.
        self.app.provider.me()
        log.warning("CircleCI accepts the token again; resuming")
        self._auth_blocked_until = None
        self._auth_backoff = AUTH_BACKOFF_START
        return True

    # -- job bodies (the same functions the one-shot commands call) ---------------------------

    def poll_job(self, now: datetime) -> None:
        from .pipeline.run import run_poll_cycle

        if not self._circleci_allowed(now):
            return
        # Deliveries already recorded go first (at start: those a crash left), so a workflow
        # CircleCI told us about is judged from its delivery, not found again by the listing.
        self.intake_job(now)
        summary = run_poll_cycle(self.app, now, clock=self.clock)
        log.info("%s", summary.one_line(), extra={"fields": {
            "event": "cycle", "projects_checked": summary.projects_checked,
            "new_pipelines": summary.new_pipelines, "new_failures": len(summary.new_failures),
            "proposals": summary.proposals_created, "requests": summary.requests,
            "llm_tokens": summary.llm_tokens}})

    def execute_job(self, now: datetime) -> None:
        from .pipeline.actions import execute_cycle

        if not self._circleci_allowed(now):
            return
        check = self._last_expire_check is None or now - self._last_expire_check >= EXPIRE_CHECK_EVERY
        result = execute_cycle(self.app, now, check_provider=check, clock=self.clock)
        if check:
            self._last_expire_check = now
        if result.did_something:
            log.info("%s", result.one_line())

    def discover_job(self, now: datetime) -> None:
        from .pipeline.run import run_discovery

        if not self._circleci_allowed(now):
            return
        run_discovery(self.app, now)

    def intake_job(self, now: datetime) -> None:
        from .pipeline.intake.webhooks import run_intake_cycle

        with self._wake_lock:
            # Cleared before reading the queue: a delivery recorded from here on wakes a new run.
            self._wake_pending = False
        if not self._circleci_allowed(now):
            return
        summary = run_intake_cycle(self.app, now, clock=self.clock)
        if summary is not None:
            log.info("webhooks: %s", summary.one_line(), extra={"fields": {
                "event": "webhook_cycle", "deliveries": summary.deliveries_processed,
                "new_failures": len(summary.new_failures), "proposals": summary.proposals_created,
                "requests": summary.requests, "llm_tokens": summary.llm_tokens}})

    def wake_intake(self) -> None:
        """Run the intake job as soon as the worker is free (called by the HTTP server)."""
        if self.stopping.is_set():
            return
        with self._wake_lock:
            if self._wake_pending:
                return  # a run is queued and has not started: it will see this delivery too
            self._wake_pending = True
        try:
            # A one-off job with its own id: the periodic "intake" job may be running right now,
            # and a second instance of the same id would be skipped, not queued.
            self.scheduler.add_job(self._job("intake", self.intake_job), id=f"intake-{next(self._wake_seq)}",
                                   name="intake", misfire_grace_time=None)
        except Exception:  # the scheduler is shutting down; the next start processes the delivery
            with self._wake_lock:
                self._wake_pending = False
            log.debug("could not schedule the intake job", exc_info=True)

    def digest_job(self, now: datetime) -> None:
        from .pipeline.actions import write_digest_for

        tz = ZoneInfo(self.app.config.digest.timezone)
        yesterday = (now.astimezone(tz) - timedelta(days=1)).date()
        paths = write_digest_for(self.app, yesterday, now)
        log.info("digest for %s written: %s", yesterday, ", ".join(str(p) for p in paths))

    # -- lifecycle ------------------------------------------------------------------------

    def install_signal_handlers(self) -> None:
        def handler(signum: int, _frame: Any) -> None:
            self._signals += 1
            if self._signals == 1:
                log.warning("%s received: finishing the job in hand, then exiting (again to exit now)",
                            signal.Signals(signum).name)
                self.stopping.set()
            else:
                log.warning("second signal: exiting now")
                os._exit(130)

        signal.signal(signal.SIGTERM, handler)
        signal.signal(signal.SIGINT, handler)

    def start(self) -> None:
        """Start the scheduler, then the HTTP server when ``[server] listen`` is set."""
        self.schedule()
        self.scheduler.start()
        self._next_runs = self.next_runs()
        self._record_state()
        if self.app.config.server.listen:
            from .server.app import ServiceServer

            self.server = ServiceServer(
                self.app, counters=self.webhooks, on_accepted=self.wake_intake, clock=self.clock,
                scheduler_running=lambda: self.scheduler.running and not self.stopping.is_set())
            self.server.start()
            if not self.app.config.webhooks.secret:
                unset = [var for key, var in self.app.config.missing_env if key == "webhooks.secret"]
                if unset:
                    log.warning("webhooks.secret: environment variable %s is not set; the webhook route is off",
                                unset[0])
                else:
                    log.info("webhooks.secret is not set: the webhook route is off")
            self.record_server_state()

    def record_server_state(self) -> None:
        """Keep the server's address and webhook counts where ``status`` can read them."""
        if self.server is None or self.webhooks.version == self._server_state_version:
            return
        self._server_state_version = self.webhooks.version
        try:
            self.app.store.set_kv("server.state", json.dumps({
                "pid": os.getpid(), "listen": self.server.address,
                "webhooks_on": bool(self.app.config.webhooks.secret),
                "webhooks": self.webhooks.counts(), "last_webhook_at": self.webhooks.last_received_at,
            }))
        except Exception:  # status bookkeeping must never stop the daemon
            log.debug("could not record the server state", exc_info=True)

    def run_forever(self) -> None:
        """Start the scheduler (and server) and block until a stop is requested; then shut down cleanly."""
        try:
            self.start()
            log.info("triage-agent daemon started (pid %d); next runs: %s", os.getpid(),
                     ", ".join(f"{k} {v}" for k, v in sorted(self._next_runs.items())))
            while not self.stopping.wait(1.0):
                self._next_runs = self.next_runs()
                self.record_server_state()
        finally:
            self.shutdown()

    def shutdown(self) -> None:
        self.stopping.set()
        if self.server is not None:
            # The server stops first: no delivery is recorded after this point, and every one
            # recorded before it is either processed or waits in the store for the next start.
            self.record_server_state()
            server, self.server = self.server, None
            server.stop()
        if self.scheduler.running:
            # No new submissions from here on (removing the jobs waits for the scheduler's loop);
            # then wait=True lets the job in hand finish; queued ones see `stopping` and return.
            self.scheduler.remove_all_jobs()
            self.scheduler.shutdown(wait=True)
        self._record_state()
        self.stopped.set()
        log.info("triage-agent daemon stopped")
