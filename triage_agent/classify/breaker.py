"""A circuit breaker for the LLM: after a timeout or a streak of errors, skip it for a cool-down.

Pure state and arithmetic; time is passed in. States: closed (calls go through), open (calls are
skipped until ``open_until``), half-open (the cool-down is over: one trial call decides; its
success closes the breaker, its failure opens it again at once). A timeout opens it at once: an
endpoint that does not answer costs a whole timeout per call, which is what stalls a cycle. Other
errors (5xx, 429 after retries, invalid answers) open it after ``max_errors`` in a row.

The state is a small JSON-able mapping so the cycle can keep it in the database between
processes (``triage-agent poll --once`` is a new process each time) and ``status`` can show it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ..timeutil import iso, parse

CLOSED, OPEN, HALF_OPEN = "closed", "open", "half-open"


def is_timeout(error: str | None) -> bool:
    """Whether an LLM error line says the request timed out (the endpoint did not answer)."""
    text = (error or "").lower()
    return "timed out" in text or "timeout" in text or "deadline" in text


def is_auth_error(error: str | None) -> bool:
    """Whether an LLM error line says the key was rejected (waiting will not fix that soon)."""
    return "http 401" in (error or "").lower()


@dataclass
class CircuitBreaker:
    """Open after a timeout or ``max_errors`` errors in a row; closed again after a good trial call."""

    max_errors: int = 3
    cooldown: timedelta = timedelta(minutes=10)
    errors_in_a_row: int = 0
    open_until: datetime | None = None
    opened_at: datetime | None = None
    reason: str = ""
    trial: bool = False  # a half-open trial call is in flight

    def state(self, now: datetime) -> str:
        """closed, open or half-open at ``now``."""
        if self.open_until is None:
            return CLOSED
        return OPEN if now < self.open_until else HALF_OPEN

    def allow(self, now: datetime) -> tuple[bool, str]:
        """Whether a call may go out now; when not, the one-line reason."""
        state = self.state(now)
        if state == CLOSED:
            return True, ""
        if state == OPEN:
            return False, self.skip_reason()
        if self.trial:  # half-open: one trial at a time, the others wait for its outcome
            return False, f"LLM circuit half-open: a trial request is deciding ({self.reason})"
        self.trial = True
        return True, ""

    def skip_reason(self) -> str:
        """Why calls are skipped while the breaker is open."""
        until = iso(self.open_until) if self.open_until else "?"
        return f"LLM skipped until {until} (circuit open: {self.reason})"

    def record_success(self, now: datetime) -> bool:
        """A call answered; True when this closed an open or half-open breaker."""
        was_open = self.open_until is not None
        self.errors_in_a_row = 0
        self.open_until = self.opened_at = None
        self.reason = ""
        self.trial = False
        return was_open

    def record_error(self, now: datetime, error: str) -> bool:
        """A call failed with ``error``; True when this opened the breaker (log it once)."""
        self.errors_in_a_row += 1
        half_open = self.state(now) == HALF_OPEN or self.trial
        self.trial = False
        if self.state(now) == OPEN:
            return False  # already open (a call that was in flight when it opened)
        if half_open or is_timeout(error) or is_auth_error(error) or self.errors_in_a_row >= self.max_errors:
            why = "a timeout" if is_timeout(error) else (
                "the trial request failed" if half_open else f"{self.errors_in_a_row} error(s) in a row")
            self.opened_at = now
            self.open_until = now + self.cooldown
            self.reason = f"{why}: {' '.join((error or '').split())[:200]}"
            return True
        return False

    def to_dict(self) -> dict[str, Any]:
        """The state as JSON-able data (what the database keeps)."""
        return {
            "errors_in_a_row": self.errors_in_a_row,
            "open_until": iso(self.open_until) if self.open_until else None,
            "opened_at": iso(self.opened_at) if self.opened_at else None,
            "reason": self.reason,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None, *, max_errors: int = 3,
                  cooldown: timedelta = timedelta(minutes=10)) -> CircuitBreaker:
        """Restore a breaker from ``to_dict`` data (tolerating damage: it then starts closed)."""
        data = data if isinstance(data, Mapping) else {}
        try:
            errors = max(0, int(data.get("errors_in_a_row") or 0))
        except (TypeError, ValueError):
            errors = 0
        return cls(
            max_errors=max_errors,
            cooldown=cooldown,
            errors_in_a_row=errors,
            open_until=parse(data.get("open_until")) if isinstance(data.get("open_until"), str) else None,
            opened_at=parse(data.get("opened_at")) if isinstance(data.get("opened_at"), str) else None,
            reason=str(data.get("reason") or ""),
        )
