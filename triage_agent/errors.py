"""One exception tree for triage-agent.

    TriageError                      anything the CLI turns into "error: ..." and exit 1
    +-- ConfigError                  a config key is missing, malformed or unresolvable
    +-- StoreError                   the SQLite state cannot be opened, migrated or locked
    |   +-- AlreadyRunning           another daemon holds the database lock
    +-- CircleCIError                anything from the CircleCI API
    |   +-- TransportError           connection refused, DNS, TLS, timeout (retryable)
    |   +-- APIStatusError           an HTTP status the client does not accept
    |   |   +-- AuthError            401: token missing or revoked (never retried)
    |   |   +-- PermissionDenied     403: the token's user may not see this
    |   |   +-- NotFound             404: not found or not visible
    |   |   +-- RateLimited          429 after the bounded retries
    |   |   |   +-- Throttled        CircleCI asked for a wait longer than max_backoff_seconds
    |   |   +-- ServerError          5xx after the bounded retries
    |   +-- BadResponse              a body that is not JSON or not the expected shape
    +-- LLMError                     the LLM endpoint failed or answered out of schema
    +-- ApprovalError                an invalid queue transition or an unknown proposal
    |   +-- LeaseLost                another executor holds the executing proposal now
    +-- SinkError                    a report sink (file, GitHub, webhook) failed

Library code raises these; only ``cli.py`` turns them into messages and exit codes.
"""

from __future__ import annotations


class TriageError(Exception):
    """Base of every error triage-agent raises on purpose."""


class ConfigError(TriageError):
    """A configuration problem; the message names the key."""


class StoreError(TriageError):
    """The SQLite state cannot be used."""


class AlreadyRunning(StoreError):
    """Another process holds the daemon lock on this database."""


class CircleCIError(TriageError):
    """Base for everything the CircleCI client raises."""

    def __init__(self, message: str, *, endpoint: str | None = None) -> None:
        super().__init__(message)
        self.endpoint = endpoint


class TransportError(CircleCIError):
    """The request never got an HTTP answer (connection, DNS, TLS, timeout)."""


class APIStatusError(CircleCIError):
    """CircleCI answered with an HTTP status the client does not accept."""

    def __init__(self, message: str, *, status: int, endpoint: str | None = None) -> None:
        super().__init__(message, endpoint=endpoint)
        self.status = status


class AuthError(APIStatusError):
    """401: the token is missing, wrong or revoked. Retrying cannot help."""


class PermissionDenied(APIStatusError):
    """403: the token's user lacks permission for this resource."""


class NotFound(APIStatusError):
    """404: the resource does not exist or is not visible to the token."""


class RateLimited(APIStatusError):
    """429 that persisted through the bounded retries."""


class Throttled(RateLimited):
    """CircleCI asked the whole process to wait longer than ``circleci.max_backoff_seconds``.

    The wait is applied to every caller (no request is sent until it ends); the cycle in hand
    ends early and the next one starts after it.
    """

    def __init__(self, message: str, *, retry_after: float, endpoint: str | None = None) -> None:
        super().__init__(message, status=429, endpoint=endpoint)
        self.retry_after = retry_after


class ServerError(APIStatusError):
    """5xx that persisted through the bounded retries."""


class BadResponse(CircleCIError):
    """The body is not JSON, or not shaped as the API documents."""


class LLMError(TriageError):
    """The LLM endpoint failed, timed out, refused, or answered out of schema."""


class ApprovalError(TriageError):
    """A proposal does not exist or cannot make the requested transition."""


class LeaseLost(ApprovalError):
    """The executing proposal's lease is no longer this executor's: it must send nothing more."""


class SinkError(TriageError):
    """A report sink could not be written."""
