"""One entry point for classification: the offline engine, the LLM when worth it, combined."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from ..models import FailureCase, Verdict
from .combine import STRONG_THRESHOLD, combine, reusable_prior, reuse_prior, should_call_llm
from .llm import LLMClassifier

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

    def classify(self, case: FailureCase, *, llm_tokens_left: int | None = None) -> Classification:
        """Classify one case; ``llm_tokens_left`` <= 0 means the day's LLM budget is spent."""
        offline = self._rules_classify(case)
        if self._llm is None:
            return Classification(offline, offline, False, "no LLM configured")
        wanted, reason = should_call_llm(offline, case, strong_threshold=self._strong_threshold)
        if not wanted:
            prior = reusable_prior(offline, case)
            verdict = reuse_prior(offline, prior) if prior is not None else offline
            return Classification(verdict, offline, False, reason)
        if llm_tokens_left is not None and llm_tokens_left <= 0:
            return Classification(offline, offline, False, "daily token budget spent")
        result = self._llm.classify(case, offline)
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
