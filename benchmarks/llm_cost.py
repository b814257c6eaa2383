"""LLM tokens per failure and the share of failures decided without an LLM call.

Part 1 runs every case of ../shared/eval/dev.jsonl (the development set, kept outside the
project as third-party data; set TRIAGE_AGENT_SHARED to move it) through the product's Classifier (offline
engine, then the LLM only when the offline verdict is weak), with the real ``openai`` client
talking over loopback to the scripted OpenAI-compatible server. The server answers with a
keyword heuristic that quotes a line of the log it was sent, so answers validate and ground
like a real model's would; its verdicts are not the point, the traffic is. Token counts are the
server's estimate (4 characters per token over every message sent, and over the answer); the
JSON schema sent as ``response_format`` is not in that count (a real endpoint counts it too,
about 200 tokens).

Part 2 runs the daemon's cycle over a stream of failures (a bulk scenario: a backlog, then a
wave of new pipelines per cycle), so repeated fingerprints can spare calls, and reads the
verdicts table: why each failure did or did not go to the LLM.

Usage: python benchmarks/llm_cost.py [--quick]
"""

from __future__ import annotations

import json
import os
import re
import statistics
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from _common import REPO, SimProcess, Timer, header, make_app, parse_args, progress, table

from triage_agent.classify.catalogue import load_catalogue
from triage_agent.classify.llm import LLMClassifier, make_openai_client
from triage_agent.classify.rules import RulesEngine
from triage_agent.classify.service import Classifier
from triage_agent.config import ClassifierSettings
from triage_agent.core.models import FailureCase
from triage_agent.core.redact import Redactor
from triage_agent.pipeline.run import run_poll_cycle
from triage_agent.simulator.llm import ScriptedLLMServer, heuristic

EVAL_FILE = Path(os.environ.get("TRIAGE_AGENT_SHARED") or REPO.parent / "shared") / "eval" / "dev.jsonl"
API_KEY = "bench-key"
# Public list prices of gpt-4o-mini (USD per 1M tokens), for scale.
PRICE_IN, PRICE_OUT = 0.15, 0.60

_TRANSIENT = re.compile(r"(?i)econnreset|connection reset|timed? ?out|timeout|\b50[234]\b|rate limit|"
                        r"toomanyrequests|temporarily unavailable|killed|network|could not resolve|flaky")
_ERROR = re.compile(r"(?i)error|fail|assert|exception|cannot|undefined")


def make_decide(confidence: float) -> Any:
    """A toy model answering with ``confidence`` (a bit less for "real")."""
    return lambda messages: decide(messages, confidence)


def decide(messages: list[dict[str, Any]], confidence: float = 0.9) -> dict[str, Any]:
    """A toy model: transient when the log excerpt shows a transient marker, real when it shows an
    error, quoting the line it found (so the quote is grounded)."""
    user = next((m.get("content") or "" for m in messages if m.get("role") == "user"), "")
    log = user.split("## Log excerpt", 1)[-1]
    lines = [ln.strip() for ln in log.splitlines() if 8 <= len(ln.strip()) <= 300]
    hit = next((ln for ln in reversed(lines) if _TRANSIENT.search(ln)), None)
    if hit:
        return {"verdict": "transient", "confidence": confidence, "category": "network",
                "rationale": "The log shows a transient infrastructure or network error.", "evidence": [hit]}
    hit = next((ln for ln in reversed(lines) if _ERROR.search(ln)), None)
    if hit:
        return {"verdict": "real", "confidence": round(confidence - 0.05, 2), "category": "test-failure",
                "rationale": "The log shows an error in the build or the tests.", "evidence": [hit]}
    return {"verdict": "unknown", "confidence": 0.3, "category": "unknown",
            "rationale": "Nothing in the log says why the job failed.", "evidence": []}


def pct(values: list[int], q: float) -> int:
    if not values:
        return 0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def per_1000(prompt: float, completion: float) -> float:
    """USD for 1,000 failures at ``prompt`` and ``completion`` tokens per failure."""
    return 1000 * (prompt * PRICE_IN + completion * PRICE_OUT) / 1e6


# --------------------------------------------------------------------------- part 1: eval_dev


def eval_cases(limit: int | None) -> dict[str, Any]:
    cases = [json.loads(line) for line in EVAL_FILE.read_text().splitlines() if line.strip()]
    if limit:
        cases = cases[:limit]
    rules = RulesEngine(load_catalogue())
    redactor = Redactor([])
    out: list[dict[str, Any]] = []
    with ScriptedLLMServer(api_key=API_KEY, default=heuristic(make_decide(0.9))) as server:
        client = make_openai_client(server.base_url, API_KEY, timeout=30.0, max_retries=0)
        llm = LLMClassifier(client, model="gpt-4o-mini", redactor=redactor)
        # The product's threshold (on the calibrated confidence), as the daemon passes it.
        classifier = Classifier(rules.classify, llm, strong_threshold=ClassifierSettings().strong_threshold)
        for n, raw in enumerate(cases):
            case = FailureCase.from_dict(raw, default_id=f"case-{n}")
            seen = len(server.chat_requests)
            result = classifier.classify(case)
            sent = server.chat_requests[seen:]
            out.append({
                "id": case.id, "log_chars": len(case.log), "llm": result.llm_called,
                "reason": result.llm_reason if result.llm_called else result.llm_skipped_reason,
                "prompt": result.prompt_tokens, "completion": result.completion_tokens,
                "calls": len(sent), "prompt_chars": sum(len(r.text()) for r in sent),
                "offline": result.offline.verdict, "error": result.llm_error,
            })
        client.close()
    return {"cases": out}


def reason_kind(reason: str) -> str:
    for prefix in ("strong offline verdict", "repeated fingerprint", "offline verdict unknown",
                   "no LLM configured", "daily token budget"):
        if reason.startswith(prefix):
            return prefix
    if reason.startswith("offline verdict") and "one mechanism" in reason:
        return "offline transient on one uncorroborated mechanism"
    if reason.startswith("offline verdict"):
        return "offline verdict below the strong threshold"
    return reason[:40]


# --------------------------------------------------------------------------- part 2: a stream


def stream(n_projects: int, backlog: int, waves: int, wave_size: int, confidence: float) -> dict[str, Any]:
    """Cycles over a backlog and then waves of new failures; per cycle, what each classification did."""
    cycles: list[list[Any]] = []
    with ScriptedLLMServer(api_key=API_KEY, default=heuristic(make_decide(confidence))) as server, \
            SimProcess(n_projects=n_projects, n_failed_jobs=backlog, idle=False, wave_size=wave_size,
                       wave_failure_ratio=0.5, seed=4) as sim, tempfile.TemporaryDirectory() as tmp:
        app = make_app(sim.base_url, sim.token, tmp, circleci={"page_cap": 1000},
                       llm={"enabled": True, "base_url": server.base_url, "api_key": API_KEY,
                            "daily_token_budget": 0, "max_retries": 0})
        try:
            # Keep each Classification (it says why the LLM was or was not asked); the verdicts
            # table keeps only whether it was.
            seen: list[Any] = []
            classify_many = app.classifier.classify_many

            def recording(cases: Any, gate: Any) -> Any:
                results = classify_many(cases, gate)
                seen.extend(results)
                return results

            app.classifier.classify_many = recording
            for i in range(waves + 1):
                if i:
                    sim.advance(300)
                    sim.tick()
                start = len(seen)
                run_poll_cycle(app, sim.now())
                cycles.append(seen[start:])
            fingerprints = app.store.db.execute(
                "select count(*), count(distinct fingerprint) from failures").fetchone()
        finally:
            app.close()
    return {"cycles": cycles, "failures": fingerprints[0], "fingerprints": fingerprints[1]}


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    header("LLM cost: tokens per failure and failures decided without the LLM",
           "python benchmarks/llm_cost.py" + (" --quick" if args.quick else ""))

    if not EVAL_FILE.exists():
        raise SystemExit(f"llm_cost: {EVAL_FILE} is absent (the development set lives in ../shared)")
    progress("llm_cost: eval_dev.jsonl through the classifier and the scripted LLM server")
    with Timer() as t:
        part1 = eval_cases(40 if args.quick else None)
    cases = part1["cases"]
    called = [c for c in cases if c["llm"]]
    kinds = Counter(reason_kind(c["reason"]) for c in cases)
    n = len(cases)
    print(f"### ../shared/eval/dev.jsonl: {n} labelled failures ({t.seconds:.1f} s)\n")
    rows = [[k, v, f"{100 * v / n:.1f}%"] for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])]
    print(table(["why the LLM was / was not asked", "failures", "share"], rows))
    print()
    prompt = [c["prompt"] for c in called]
    comp = [c["completion"] for c in called]
    chars = [c["prompt_chars"] for c in called]
    if called:
        rows = [
            ["prompt tokens", f"{statistics.mean(prompt):,.0f}", pct(prompt, 0.5), pct(prompt, 0.95), max(prompt)],
            ["completion tokens", f"{statistics.mean(comp):,.0f}", pct(comp, 0.5), pct(comp, 0.95), max(comp)],
            ["characters sent", f"{statistics.mean(chars):,.0f}", pct(chars, 0.5), pct(chars, 0.95), max(chars)],
            ["HTTP requests", f"{statistics.mean(c['calls'] for c in called):.2f}", "", "",
             max(c["calls"] for c in called)],
        ]
        print(f"Per LLM call ({len(called)} failures went to the LLM; answers rejected: "
              f"{sum(1 for c in called if c['error'])}):\n")
        print(table(["", "mean", "median", "p95", "max"], rows))
        print()
    tot_p, tot_c = sum(prompt), sum(comp)
    print(f"Per failure over all {n} (no call = 0 tokens): {tot_p / n:,.0f} prompt + {tot_c / n:,.0f} completion "
          f"tokens; at gpt-4o-mini list prices (${PRICE_IN}/1M in, ${PRICE_OUT}/1M out) that is "
          f"**${per_1000(tot_p / n, tot_c / n):.3f} per 1,000 failures** "
          f"(${per_1000(statistics.mean(prompt), statistics.mean(comp)) if called else 0:.3f} per 1,000 LLM calls "
          f"if every failure went to the LLM).\n")

    n_projects, backlog, waves, wave_size = (20, 40, 5, 10) if args.quick else (40, 100, 12, 20)
    progress("llm_cost: a stream of failures through the daemon's cycle (%d projects, backlog %d, %d waves)",
             n_projects, backlog, waves)
    parts = []
    with Timer() as t:
        for confidence in (0.9, 0.8):
            parts.append((confidence, stream(n_projects, backlog, waves, wave_size, confidence)))
    print(f"### A stream through the daemon's cycle: {n_projects} projects, a backlog of {backlog} failures, "
          f"then {waves} waves of {wave_size} new pipelines (half failed), one cycle each ({t.seconds:.1f} s)\n")
    rows = []
    groups = [(f"model says {c:.2f}: " + label, part["cycles"][sl]) for c, part in parts
              for label, sl in (("cycle 1 (backlog)", slice(0, 1)), ("cycles 2+ (new failures)", slice(1, None)))]
    part2 = parts[0][1]
    for label, group in groups:
        rs = [r for c in group for r in c]
        if not rs:
            continue
        kinds = Counter("LLM called" if r.llm_called else reason_kind(r.llm_skipped_reason) for r in rs)
        p = sum(r.prompt_tokens for r in rs)
        cpl = sum(r.completion_tokens for r in rs)
        rows.append([label, len(rs), f"{100 * kinds['strong offline verdict'] / len(rs):.0f}%",
                     f"{100 * kinds['repeated fingerprint'] / len(rs):.0f}%",
                     f"{100 * kinds['LLM called'] / len(rs):.0f}%", f"{p / len(rs):,.0f}", f"{cpl / len(rs):,.0f}",
                     f"${per_1000(p / len(rs), cpl / len(rs)):.3f}"])
    print(table(["", "failures", "strong offline verdict", "repeated fingerprint", "LLM called",
                 "prompt tokens / failure", "completion tokens / failure", "USD / 1,000 failures"], rows))
    print()
    print(f"{part2['failures']} failures carried {part2['fingerprints']} distinct fingerprints (fingerprints "
          "are per project and job, so a template repeats only within one project). \"Model says c\": the "
          "scripted model's confidence for transient (c - 0.05 for real); a repeat skips the LLM when the "
          "earlier verdict reached 0.75, was not refuted and the offline verdict does not contradict it "
          "(classify/combine.py rule 2).\n")


if __name__ == "__main__":
    main()
