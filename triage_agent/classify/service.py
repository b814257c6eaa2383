"""One entry point for classification: the offline engine, the LLM when worth it, combined."""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from ..core.models import FailureCase, Verdict
from .breaker import CircuitBreaker
from .combine import STRONG_THRESHOLD, combine, reusable_prior, reuse_prior, should_call_llm
from .llm import LLMClassifier, LLMResult

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Classification:
    """The final verdict of one case, the offline one it started from, and what the LLM cost."""

    verdict: Verdict
    offline: Verdict
    llm_called: bool
    llm_skipped_reason: str = ""  # empty when the LLM was called
    prompt_tokens: int = 0
    completion_tokens: int = 0
    llm_error: str | None = None
    llm_verdict: Verdict | None = None
    llm_calls: int = 0  # HTTP attempts
    llm_reason: str = ""  # why the LLM was asked (empty when it was not)

    @property
    def tokens(self) -> int:
        """Prompt plus completion tokens spent on this case."""
        return self.prompt_tokens + self.completion_tokens


@dataclass
class LLMGate:
    """What bounds the LLM in one cycle: the circuit breaker, a wait deadline, a concurrency cap,
    the day's token budget. It also collects what happened, for the log, ``status`` and the digest."""

    breaker: CircuitBreaker = field(default_factory=CircuitBreaker)
    now: datetime | None = None
    deadline: float | None = None  # a time.monotonic() value; None: no bound
    concurrency: int = 1
    tokens_left: int | None = None  # None: no daily budget
    monotonic: Callable[[], float] = time.monotonic
    # (event, reason, failures): "opened" / "closed" breaker transitions, "skipped" calls.
    events: list[tuple[str, str, int]] = field(default_factory=list)
    answered: int = 0

    def refusal(self) -> str:
        """Why no new call may start now ("" when one may)."""
        now = self.now
        if self.tokens_left is not None and self.tokens_left <= 0:
            return "daily token budget spent"
        if self.deadline is not None and self.monotonic() >= self.deadline:
            return "the cycle's LLM wait (llm.cycle_wait_seconds) is used up"
        if now is not None:
            allowed, why = self.breaker.allow(now)
            if not allowed:
                return why
        return ""

    def record(self, result: LLMResult) -> None:
        """Feed one answer (or error) to the breaker and the token budget."""
        if self.tokens_left is not None:
            self.tokens_left -= result.tokens
        now = self.now
        if now is None:
            return
        if result.error is None:
            self.answered += 1
            if self.breaker.record_success(now):
                log.info("LLM answering again; circuit closed")
                self.events.append(("closed", "a request was answered", 0))
        elif self.breaker.record_error(now, result.error):
            log.warning("LLM circuit open: %s", self.breaker.skip_reason())
            self.events.append(("opened", self.breaker.reason, 0))

    def skipped(self, reason: str) -> None:
        """Count a failure judged offline because of this gate (one event per distinct reason)."""
        for i, (event, why, n) in enumerate(self.events):
            if event == "skipped" and why == reason:
                self.events[i] = (event, why, n + 1)
                return
        self.events.append(("skipped", reason, 1))


class Classifier:
    """Classifies failure cases: offline first, the LLM only when the offline verdict is weak."""

    def __init__(
        self,
        rules_classify: Callable[[FailureCase], Verdict],
        llm: LLMClassifier | None,
        *,
        strong_threshold: float = STRONG_THRESHOLD,
    ) -> None:
        self._rules_classify = rules_classify
        self._llm = llm
        self._strong_threshold = strong_threshold

    @property
    def uses_llm(self) -> bool:
        """Whether an LLM is configured."""
        return self._llm is not None

    def _without_llm(self, case: FailureCase, offline: Verdict) -> Classification | None:
        """The final result when the LLM is not worth asking; None when it is."""
        if self._llm is None:
            return Classification(offline, offline, False, "no LLM configured")
        wanted, reason = should_call_llm(offline, case, strong_threshold=self._strong_threshold)
        if wanted:
            return None
        prior = reusable_prior(offline, case)
        verdict = reuse_prior(offline, prior) if prior is not None else offline
        return Classification(verdict, offline, False, reason)

    def _with_llm(self, case: FailureCase, offline: Verdict, result: LLMResult) -> Classification:
        _, reason = should_call_llm(offline, case, strong_threshold=self._strong_threshold)
        verdict = combine(offline, result.verdict, strong_threshold=self._strong_threshold)
        log.debug(
            "case %s: offline %s %.2f, llm %s, final %s %.2f",
            case.id,
            offline.verdict,
            offline.confidence,
            result.verdict.verdict if result.verdict else f"none ({result.error})",
            verdict.verdict,
            verdict.confidence,
        )
        return Classification(
            verdict=verdict,
            offline=offline,
            llm_called=True,
            prompt_tokens=result.prompt_tokens,
            completion_tokens=result.completion_tokens,
            llm_error=result.error,
            llm_verdict=result.verdict,
            llm_calls=result.calls,
            llm_reason=reason,
        )

    def classify(self, case: FailureCase, *, llm_tokens_left: int | None = None) -> Classification:
        """Classify one case; ``llm_tokens_left`` <= 0 means the day's LLM budget is spent."""
        offline = self._rules_classify(case)
        done = self._without_llm(case, offline)
        if done is not None:
            return done
        if llm_tokens_left is not None and llm_tokens_left <= 0:
            return Classification(offline, offline, False, "daily token budget spent")
        assert self._llm is not None
        return self._with_llm(case, offline, self._llm.classify(case, offline))

    def classify_many(self, cases: Sequence[FailureCase], gate: LLMGate) -> list[Classification]:
        """Classify a backlog: the offline engine for all, then up to ``gate.concurrency`` LLM calls
        at once for the cases that need one, within the gate's deadline, breaker and budget.

        Every case gets a result. A case whose call could not start (breaker open, deadline or
        budget spent) keeps its offline verdict with the reason; a call still in flight at the
        deadline is abandoned (its thread ends at its own timeout; its answer is dropped).
        """
        offline = [self._rules_classify(case) for case in cases]
        out: list[Classification | None] = [self._without_llm(c, o) for c, o in zip(cases, offline, strict=True)]
        waiting = deque(i for i, r in enumerate(out) if r is None)
        if not waiting:
            return [r for r in out if r is not None]
        llm = self._llm
        assert llm is not None
        answers: queue.Queue[tuple[int, LLMResult]] = queue.Queue()

        def ask(i: int) -> None:
            try:
                result = llm.classify(cases[i], offline[i])
            except Exception as exc:  # noqa: BLE001 - classify never raises by contract; be sure
                result = LLMResult(verdict=None, calls=1, error=f"LLM client error: {type(exc).__name__}: {exc}"[:300])
            answers.put((i, result))

        in_flight: set[int] = set()
        while waiting or in_flight:
            while waiting and len(in_flight) < max(1, gate.concurrency):
                i = waiting.popleft()
                refusal = gate.refusal()
                if refusal:
                    out[i] = Classification(offline[i], offline[i], False, refusal)
                    gate.skipped(refusal)
                    continue
                in_flight.add(i)
                # Daemon threads: an abandoned call must not keep the process alive at exit.
                threading.Thread(target=ask, args=(i,), name=f"llm-{cases[i].id}", daemon=True).start()
            if not in_flight:
                break
            timeout = None if gate.deadline is None else max(0.0, gate.deadline - gate.monotonic())
            try:
                i, result = answers.get(timeout=timeout)
            except queue.Empty:
                self._abandon(cases, offline, out, in_flight, waiting, gate)
                break
            in_flight.discard(i)
            gate.record(result)
            out[i] = self._with_llm(cases[i], offline[i], result)
        return [r for r in out if r is not None]

    @staticmethod
    def _abandon(cases: Sequence[FailureCase], offline: list[Verdict], out: list[Classification | None],
                 in_flight: set[int], waiting: deque[int], gate: LLMGate) -> None:
        """The cycle's wait is over: calls in flight are dropped, the rest are not started."""
        error = "no LLM answer within the cycle's LLM wait (llm.cycle_wait_seconds)"
        for i in sorted(in_flight):
            out[i] = Classification(offline[i], offline[i], True, "", llm_error=error, llm_calls=1,
                                    llm_reason="abandoned at the cycle's LLM deadline")
        if gate.answered == 0 and gate.now is not None and gate.breaker.record_error(
                gate.now, "timed out: " + error):
            # Not one answer in the whole wait: treat the endpoint as hanging.
            log.warning("LLM circuit open: %s", gate.breaker.skip_reason())
            gate.events.append(("opened", gate.breaker.reason, 0))
        reason = "the cycle's LLM wait (llm.cycle_wait_seconds) is used up"
        for i in waiting:
            out[i] = Classification(offline[i], offline[i], False, reason)
            gate.skipped(reason)
        waiting.clear()
        for _ in in_flight:
            gate.skipped("no answer within the cycle's LLM wait (llm.cycle_wait_seconds)")
        in_flight.clear()
