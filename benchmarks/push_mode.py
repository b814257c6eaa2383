"""Push mode: latency from a workflow finishing to its proposal, webhook against polling; requests
per failure and per idle hour; webhooks per second the server accepts while the daemon works.

1. Latency. The real daemon (scheduler and uvicorn server) runs in this process against an
   in-process simulator whose ``WebhookSender`` delivers signed webhooks as workflows finish.
   Each failure is added at a random moment; the time is taken from the simulator marking the
   workflow finished to the proposal row appearing in the queue. Polling is measured the same
   way with the config's shortest interval (10 s); at the default 300 s (+ up to 15 s jitter)
   the wait for the next cycle is computed from the schedule (uniform phase), plus the measured
   processing time, since waiting out 300 s cycles would take an hour per sample.
2. Requests. The simulator's request log: what the webhook path cost per failure, what the
   reconciliation poll added afterwards; an idle hour of every daemon job body (poll, execute,
   intake, discovery) driven on a simulated clock, push mode (hourly reconciliation) against
   polling at 300 s.
3. Throughput. The daemon triages a backlog (simulator in a child process) while a load
   generator in another process posts signed ``workflow-completed`` deliveries with 16
   connections for a fixed time; accepted per second, latency percentiles, the daemon's RSS.

Usage: python benchmarks/push_mode.py [--quick]
"""

from __future__ import annotations

import json
import multiprocessing as mp
import random
import statistics
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from _common import SimProcess, header, make_app, parse_args, progress, table

from triage_agent.daemon import Daemon
from triage_agent.simulator import Scenario, Simulator
from triage_agent.simulator.webhooks import WebhookSender, sign

SECRET = "bench-webhook-secret"
LOG = "E       AssertionError: assert 3 == 4\nFAILED tests/test_x.py::test_x\nExited with code exit status 1\n"
DEFAULT_INTERVAL, DEFAULT_JITTER = 300, 15


def scenario(n_projects: int = 5) -> Scenario:
    sc = Scenario(seed=5)
    for i in range(n_projects):
        sc.add_project(f"gh/bench/p{i}")
    return sc


def distinct_log(i: int) -> str:
    """An assertion failure of its own (fingerprints strip digits and hex, so the name is letters):
    a repeated fingerprint would add an occurrence to the first report, not a proposal."""
    name = "".join("ghijklmnopqrstuvwxyz"[(i // 20**k) % 20] for k in range(4))
    return LOG.replace("test_x", f"test_{name}").replace("3 == 4", f"total_{name} == expected_{name}")


def start_pipeline(sim: Simulator, i: int):
    """A pipeline created now whose test job is still running (visible to a poll, as a real one is)."""
    sc = sim.scenario
    return sim.add_pipeline(f"gh/bench/p{i % 5}", created_at=sim.now(), workflows=[sc.workflow("ci", jobs=[
        sc.job("build", duration=1), sc.job("test", status="running", requires=["build"])])])


def finish_failed(sim: Simulator, pipeline: Any, i: int) -> str:
    """The running workflow fails now (its test job with a log of its own); returns its id."""
    from triage_agent.simulator import outcome

    wf = pipeline.workflows[0]
    sim.set_workflow_status(wf.id, "failed", jobs={"test": outcome("failed", log=distinct_log(i))})
    return wf.id


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def proposal_seen(app: Any, workflow_id: str, timeout: float) -> float | None:
    """time.monotonic() when a proposal for the workflow appears (polled every 2 ms)."""
    from triage_agent.store import Store

    store = Store.open(app.config.db_path)
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if store.db.execute("select 1 from proposals where workflow_id = ?", [workflow_id]).fetchone():
                return time.monotonic()
            time.sleep(0.002)
        return None
    finally:
        store.close()


def run_daemon(app: Any, poll_interval: float) -> Daemon:
    daemon = Daemon(app, intervals={"poll": poll_interval, "execute": 3600, "discover": 3600, "intake": 60})
    daemon.start()
    deadline = time.monotonic() + 30
    while not app.store.db.execute("select count(*) from cycles where finished_at is not null").fetchone()[0]:
        if time.monotonic() > deadline:
            raise RuntimeError("the first cycle did not finish")
        time.sleep(0.02)
    return daemon


def latency_push(n: int) -> dict[str, Any]:
    with Simulator(scenario()) as sim, tempfile.TemporaryDirectory() as tmp:
        app = make_app(sim.base_url, sim.token, tmp, server={"listen": "127.0.0.1:0"},
                       webhooks={"secret": SECRET}, polling={"interval_seconds": 3600})
        daemon = run_daemon(app, 3600)
        sender = WebhookSender(sim, f"http://{daemon.server.address}/webhooks/circleci", SECRET).start()
        sim.clear_requests()
        rng = random.Random(1)
        samples = []
        try:
            for i in range(n):
                pipeline = start_pipeline(sim, i)
                time.sleep(rng.uniform(0.05, 0.3))
                wf_id = finish_failed(sim, pipeline, i)
                seen = proposal_seen(app, wf_id, 30)
                if seen is None:
                    raise RuntimeError("no proposal within 30 s of a webhook")
                samples.append(seen - sender.finished_at[wf_id])
            sender.wait_idle()
            push_requests = sim.total_requests
            by_path = _by_endpoint(sim)
            # The next reconciliation poll: what it adds on top of the webhooks.
            sim.clear_requests()
            before = sim.total_requests
            cycles = app.store.db.execute("select count(*) from cycles where kind = 'poll'").fetchone()[0]
            daemon.scheduler.modify_job("poll", next_run_time=sim.now())
            while app.store.db.execute("select count(*) from cycles where kind = 'poll' "
                                       "and finished_at is not null").fetchone()[0] <= cycles:
                time.sleep(0.02)
            reconcile = sim.total_requests - before
            proposals = app.store.db["proposals"].count
        finally:
            sender.stop()
            daemon.shutdown()
            app.close()
    return {"samples": samples, "requests": push_requests, "by_endpoint": by_path, "reconcile": reconcile,
            "proposals": proposals}


def latency_poll(n: int, interval: float) -> dict[str, Any]:
    with Simulator(scenario()) as sim, tempfile.TemporaryDirectory() as tmp:
        app = make_app(sim.base_url, sim.token, tmp, polling={"interval_seconds": int(interval)})
        daemon = run_daemon(app, interval)
        finished: dict[str, float] = {}
        with sim.locked() as sc:
            sc.workflow_listeners.append(lambda wf: finished.setdefault(wf.id, time.monotonic()))
        sim.clear_requests()
        rng = random.Random(2)
        samples, processing = [], []
        try:
            for i in range(n):
                pipeline = start_pipeline(sim, i)
                time.sleep(interval + rng.uniform(0, interval))  # seen running; finishes at a random phase
                wf_id = finish_failed(sim, pipeline, i)
                seen = proposal_seen(app, wf_id, interval * 3 + 30)
                if seen is None:
                    raise RuntimeError("no proposal within three poll intervals")
                samples.append(seen - finished[wf_id])
            requests = sim.total_requests
            for row in app.store.db.query("select started_at, finished_at, summary from cycles where kind = 'poll'"):
                if json.loads(row["summary"] or "{}").get("new_failures"):
                    from triage_agent.timeutil import parse

                    processing.append((parse(row["finished_at"]) - parse(row["started_at"])).total_seconds())
            cycles = app.store.db.execute("select count(*) from cycles where kind = 'poll'").fetchone()[0]
        finally:
            daemon.shutdown()
            app.close()
    return {"samples": samples, "processing": processing, "requests": requests, "cycles": cycles}


def _by_endpoint(sim: Simulator) -> dict[str, int]:
    import re

    out: dict[str, int] = {}
    for r in sim.requests:
        key = re.sub(r"^/output/.*", "/output/{step}", r.path)
        key = re.sub(r"[0-9a-f]{8}-[0-9a-f-]{27}", "{id}", key)
        key = re.sub(r"/(gh|github)/bench/p\d", "/{slug}", key)
        key = re.sub(r"/\d+(/|$)", r"/{n}\1", key)
        out[f"{r.method} {key}"] = out.get(f"{r.method} {key}", 0) + 1
    return dict(sorted(out.items()))


def idle_hour(push: bool) -> dict[str, Any]:
    """Every job body of the daemon over one simulated idle hour, on a simulated clock."""
    with Simulator(scenario()) as sim, tempfile.TemporaryDirectory() as tmp:
        sections: dict[str, Any] = {"polling": {"interval_seconds": 3600 if push else DEFAULT_INTERVAL}}
        if push:
            sections["webhooks"] = {"secret": SECRET}
        app = make_app(sim.base_url, sim.token, tmp, **sections)
        clock = {"t": sim.now()}
        daemon = Daemon(app, clock=lambda: clock["t"])
        interval = app.config.polling.interval_seconds
        daemon.poll_job(clock["t"])  # the hour before: discovery and the first poll are done
        sim.clear_requests()
        start = sim.total_requests
        runs = {"poll": 0, "execute": 0, "intake": 0, "discover": 0}
        for second in range(1, 3601):
            sim.advance(1)
            clock["t"] = sim.now()
            # Jobs due in the same second run in the scheduler's order (by id).
            if second % (app.config.circleci.rediscover_minutes * 60) == 0:
                daemon.discover_job(clock["t"])
                runs["discover"] += 1
            if second % app.config.polling.execute_interval_seconds == 0:
                daemon.execute_job(clock["t"])
                runs["execute"] += 1
            if second % 60 == 0:
                daemon.intake_job(clock["t"])
                runs["intake"] += 1
            if second % interval == 0:
                daemon.poll_job(clock["t"])
                runs["poll"] += 1
        out = {"requests": sim.total_requests - start, "by_endpoint": _by_endpoint(sim), "runs": runs}
        app.close()
    return out


# --------------------------------------------------------------------------- throughput


def _load(url: str, secret: str, slugs: list[str], seconds: float, connections: int, out: Any) -> None:
    """A load generator (its own process): signed workflow-completed deliveries, unique ids."""
    import httpx

    template = {
        "type": "workflow-completed", "happened_at": "2025-03-04T12:00:00.000Z",
        "webhook": {"id": str(uuid.uuid4()), "name": "bench"},
        "organization": {"id": str(uuid.uuid4()), "name": "bench"},
    }
    lock = threading.Lock()
    results: list[tuple[int, float]] = []
    stop = time.monotonic() + seconds

    def worker(k: int) -> None:
        rng = random.Random(k)
        with httpx.Client(timeout=15) as client:
            while time.monotonic() < stop:
                slug = rng.choice(slugs)
                payload = dict(template, id=str(uuid.uuid4()),
                               project={"id": "", "name": slug.rsplit("/", 1)[1], "slug": slug},
                               pipeline={"id": str(uuid.uuid4()), "number": rng.randrange(1, 10**6),
                                         "created_at": "2025-03-04T11:58:00.000Z", "trigger": {"type": "webhook"},
                                         "vcs": {"branch": "main", "revision": "a" * 40,
                                                 "commit": {"subject": "bench", "body": ""}}},
                               workflow={"id": str(uuid.uuid4()), "name": "ci", "status": "success",
                                         "created_at": "2025-03-04T11:58:02.000Z",
                                         "stopped_at": "2025-03-04T11:59:40.000Z", "url": ""})
                body = json.dumps(payload).encode()
                t0 = time.perf_counter()
                try:
                    status = client.post(url, content=body, headers={
                        "content-type": "application/json", "circleci-event-type": "workflow-completed",
                        "circleci-signature": sign(secret, body)}).status_code
                except httpx.HTTPError:
                    status = 0
                with lock:
                    results.append((status, time.perf_counter() - t0))

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    out.send(results)


def rss_mib() -> dict[str, float]:
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            key, value = line.split(":", 1)
            values[key] = int(value.split()[0]) / 1024
    return values


def throughput(n_failed: int, seconds: float, connections: int = 16) -> dict[str, Any]:
    with SimProcess(n_projects=50, n_failed_jobs=n_failed, idle=True, seed=3) as sim, \
            tempfile.TemporaryDirectory() as tmp:
        app = make_app(sim.base_url, sim.token, tmp, server={"listen": "127.0.0.1:0"},
                       webhooks={"secret": SECRET}, circleci={"page_cap": 1000})
        app.store, app.rules  # noqa: B018 - loaded before the first reading
        before = rss_mib()
        daemon = Daemon(app, intervals={"poll": 3600, "execute": 3600, "discover": 3600, "intake": 60})
        daemon.start()  # the first poll cycle starts at once: the backlog is being triaged
        slugs = ["github/" + s.split("/", 1)[1] for s in sim.projects]
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe()
        gen = ctx.Process(target=_load, args=(f"http://{daemon.server.address}/webhooks/circleci", SECRET,
                                               slugs, seconds, connections, child))
        time.sleep(0.5)
        gen.start()
        results = parent.recv()
        gen.join()
        during = rss_mib()
        busy = app.store.db.execute("select count(*) from cycles where kind = 'poll' and finished_at is null "
                                    ).fetchone()[0]
        while app.store.db.execute("select count(*) from webhook_deliveries where state = 'pending'").fetchone()[0]:
            time.sleep(0.1)
        deliveries = app.store.db["webhook_deliveries"].count
        daemon.shutdown()
        after = rss_mib()
        failures = app.store.db["failures"].count
        app.close()
    ok = [lat for status, lat in results if 200 <= status < 300]
    return {"sent": len(results), "accepted": len(ok), "per_second": len(ok) / seconds,
            "p50": pct(ok, 0.5) * 1000 if ok else 0, "p99": pct(ok, 0.99) * 1000 if ok else 0,
            "errors": len(results) - len(ok), "stored": deliveries, "failures": failures,
            "cycle_running": bool(busy), "rss_before": before["VmRSS"], "rss_during": during["VmRSS"],
            "rss_peak": after["VmHWM"]}


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    n = 6 if args.quick else 20
    header("Push mode: webhooks against polling", "python benchmarks/push_mode.py" + (" --quick" if args.quick else ""))

    progress("latency: webhooks, %d failures", n)
    push = latency_push(n)
    progress("latency: polling every 10 s, %d failures", max(4, n // 2))
    poll = latency_poll(max(4, n // 2), 10)
    proc = statistics.mean(poll["processing"]) if poll["processing"] else 0.0
    # Default schedule: the next cycle is uniform over the interval, plus a uniform jitter.
    wait_mean = DEFAULT_INTERVAL / 2 + DEFAULT_JITTER / 2
    print("#### Time from a workflow finishing in the simulator to its proposal in the queue (offline engine)\n")
    print(table(["path", "samples", "median s", "p95 s", "max s"], [
        ["webhook (measured)", len(push["samples"]), statistics.median(push["samples"]),
         pct(push["samples"], 0.95), max(push["samples"])],
        ["polling every 10 s (measured)", len(poll["samples"]), statistics.median(poll["samples"]),
         pct(poll["samples"], 0.95), max(poll["samples"])],
        ["polling every 300 s + 15 s jitter (schedule + measured processing)", "model",
         wait_mean + proc, 0.95 * DEFAULT_INTERVAL + 0.95 * DEFAULT_JITTER + proc,
         DEFAULT_INTERVAL + DEFAULT_JITTER + proc],
    ]))
    print(f"\nMeasured poll-cycle processing of a cycle that found a failure: {proc:.3f} s mean "
          f"({len(poll['processing'])} cycles). Proposals from webhooks: {push['proposals']} of {n}.\n")

    print("#### CircleCI requests per failure, push mode\n")
    print(table(["what", "requests", "per failure"], [
        [f"webhook path, {n} failures (jobs list + evidence)", push["requests"], push["requests"] / n],
        ["next reconciliation poll (listing + each webhook pipeline read once)", push["reconcile"],
         push["reconcile"] / n],
        ["push total", push["requests"] + push["reconcile"], (push["requests"] + push["reconcile"]) / n],
        [f"polling every 10 s, {len(poll['samples'])} failures, {poll['cycles']} cycles (idle cycles included)",
         poll["requests"], poll["requests"] / max(1, len(poll["samples"]))],
    ]))
    print("\nWebhook path by endpoint: " + ", ".join(f"`{k}` {v}" for k, v in push["by_endpoint"].items()) + "\n")

    progress("idle hour: push and poll")
    idle_push, idle_poll = idle_hour(True), idle_hour(False)
    print("#### An idle hour, every daemon job (5 followed projects, one organization)\n")
    print(table(["mode", "poll cycles", "execute runs", "intake runs", "rediscoveries", "requests"], [
        ["push: reconciliation every 3,600 s", idle_push["runs"]["poll"], idle_push["runs"]["execute"],
         idle_push["runs"]["intake"], idle_push["runs"]["discover"], idle_push["requests"]],
        ["polling every 300 s (default)", idle_poll["runs"]["poll"], idle_poll["runs"]["execute"],
         idle_poll["runs"]["intake"], idle_poll["runs"]["discover"], idle_poll["requests"]],
    ]))
    print("\nPush, by endpoint: " + ", ".join(f"`{k}` {v}" for k, v in idle_push["by_endpoint"].items())
          + ". Polling, by endpoint: " + ", ".join(f"`{k}` {v}" for k, v in idle_poll["by_endpoint"].items()) + "\n")

    backlog, seconds = (300, 5.0) if args.quick else (2000, 15.0)
    progress("throughput: %d s of webhooks while triaging %d failures", seconds, backlog)
    t = throughput(backlog, seconds)
    print(f"#### Webhooks accepted per second while the daemon triages a backlog of {backlog:,} failures\n")
    print(table(["connections", "seconds", "sent", "accepted (2xx)", "per second", "p50 ms", "p99 ms",
                 "poll cycle still running at the end", "RSS before MiB", "RSS during MiB", "peak RSS MiB"], [
        [16, seconds, t["sent"], t["accepted"], t["per_second"], t["p50"], t["p99"],
         "yes" if t["cycle_running"] else "no", t["rss_before"], t["rss_during"], t["rss_peak"]],
    ]))
    print(f"\nEvery accepted delivery was stored ({t['stored']:,} rows) and processed after the answer; "
          f"{t['failures']:,} failures were recorded by the cycle meanwhile. The load generator is a separate "
          "process on the same 2 cores.\n")


if __name__ == "__main__":
    main()
