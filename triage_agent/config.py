"""TOML configuration -> frozen dataclasses: every key declared once with a default and help line."""

from __future__ import annotations

import math
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from .configkeys import key as _key
from .errors import ConfigError
from .sinks import ReportsSettings, check_settings

DEFAULT_CONFIG_PATH = "triage-agent.toml"
ENV_CONFIG = "TRIAGE_AGENT_CONFIG"

_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True)
class CircleCISettings:
    """[circleci]: where the API is and what to watch."""

    base_url: str = _key("CircleCI base URL; the API lives under /api/v2 and /api/v1.1 (a trailing /api, /api/v2 or /api/v1.1 is dropped). Server installs use their own.", "https://circleci.com", kind="url")
    token: str = _key("Personal API token (Circle-Token header). Use \"${CIRCLECI_TOKEN}\" to read it from the environment; whitespace around it (a secret file's newline) is dropped.", "", kind="secret")
    projects: list = _key("Project slugs to watch, in any form CircleCI accepts (gh/ or github/, bb/ or bitbucket/, circleci/<org-id>/<project-id> with short or UUID ids, any case); each is resolved to its canonical slug. Empty = the followed projects.", [], kind="list[str]")
    orgs: list = _key("Organization slugs to limit discovery to (e.g. gh/acme); empty = every organization of the token's user.", [], kind="list[str]")
    branches: list = _key("Branch name patterns to watch (fnmatch globs such as main or release/*); empty = all branches.", [], kind="list[str]")
    poll_strategy: str = _key("auto: the org-wide pipeline feed where it is complete (projects the token user follows, among the org's 250 most recently built), per-project listing (adaptive) for the rest; org: the feed for every followed project; project: per-project listing only.", "auto", choices=("auto", "org", "project"))
    timeout_seconds: float = _key("Timeout of one HTTP request to CircleCI, in seconds: the whole request, however slowly the answer trickles in.", 30.0)
    max_retries: int = _key("Retries of one request after a 429, a 5xx or a network error (bounded; 401/403/404 are never retried).", 4)
    max_backoff_seconds: float = _key("Longest wait between retries within a cycle. A longer Retry-After (or rate-limit window reset) pauses every request of the process and ends the cycle early.", 120.0)
    page_cap: int = _key("Most pages read from one list call before stopping (a guard against endless paging); at least 1.", 50)
    rediscover_minutes: int = _key("How often the followed projects are discovered again, so a newly followed project is picked up.", 60)
    private_api_fallback: bool = _key("When v1.1 /projects cannot name the projects of a GitHub App, GitLab or Bitbucket Data Center organization, ask CircleCI's undocumented /api/private/me/followed-projects (what CircleCI's MCP server uses).", True)


@dataclass(frozen=True)
class LLMSettings:
    """[llm]: the optional OpenAI-compatible classifier."""

    enabled: bool = _key("Use the LLM for failures the offline engine cannot decide with confidence.", False)
    base_url: str = _key("OpenAI-compatible endpoint (OpenAI, Azure, vLLM, Ollama, ...).", "https://api.openai.com/v1", kind="url")
    api_key: str = _key("API key for the endpoint; \"${OPENAI_API_KEY}\" reads the environment.", "", kind="secret")
    model: str = _key("Model name sent with each request.", "gpt-4o-mini")
    timeout_seconds: float = _key("Timeout of one LLM request, in seconds: the whole request, not each read.", 30.0)
    max_retries: int = _key("Retries the openai client makes on 429/5xx/timeouts.", 1)
    max_evidence_chars: int = _key("Cap on the evidence (log excerpt, tests, findings) sent in one prompt, in characters.", 12000)
    structured_output: str = _key("How to ask for JSON: auto tries json_schema, then json_object, then plain instructions.", "auto", choices=("auto", "json_schema", "json_object", "none"))
    daily_token_budget: int = _key("LLM tokens (prompt + completion) per UTC day; after that the offline engine decides alone. 0 = no limit.", 1000000)
    concurrency: int = _key("Most LLM requests in flight at once when a cycle has a backlog of failures to judge.", 4)
    cycle_wait_seconds: float = _key("Most time one poll cycle waits for LLM answers in all; failures not answered by then keep their offline verdict.", 60.0)
    breaker_errors: int = _key("Circuit breaker: this many LLM errors in a row (or one timeout) skip the LLM for a cool-down ...", 3)
    breaker_cooldown_seconds: float = _key("... of this many seconds; the offline verdict stands meanwhile, then one trial request decides whether to resume.", 600.0)
    similar_examples: int = _key("Similar past failures of the same organization (redacted, with their outcomes) shown to the LLM as examples.", 3)


@dataclass(frozen=True)
class ClassifierSettings:
    """[classifier]: the offline evidence engine."""

    signatures_file: str = _key("Extra TOML file of failure signatures (same format as the built-in catalogue); entries with the same id override.", "", kind="path")
    signatures: list = _key("Extra failure signatures inline, as [[classifier.signatures]] tables.", [], kind="list[table]")
    strong_threshold: float = _key("Offline confidence (calibrated) at or above which the offline verdict decides alone (no LLM call). A transient resting on one uncorroborated mechanism never does (its confidence is capped at 0.90).", 0.95)
    similar_failures: bool = _key("Weigh the outcomes of similar past failures of the same organization (found by their normalised error lines) as evidence.", True)


@dataclass(frozen=True)
class PollingSettings:
    """[polling]: the poll cycle and the CircleCI request budget."""

    interval_seconds: int = _key("The daemon's poll cycle.", 300)
    jitter_seconds: int = _key("Random delay added to each cycle so many agents do not poll in lockstep.", 15)
    requests_per_minute: int = _key("CircleCI request budget of the whole process, shared by every caller.", 60)
    lookback_hours: float = _key("On a first run (or a newly watched project), how far back to look for failures.", 24.0)
    flaky_ttl_minutes: int = _key("How long a project's flaky-test list from Insights is cached.", 360)
    open_pipeline_max_hours: float = _key("Stop revisiting a pipeline whose workflows are still running after this many hours.", 24.0)
    max_log_chars: int = _key("Cap on the stored log excerpt of one failed job, in characters.", 16000)
    log_tail_lines: int = _key("How many final lines of the failing step are kept in the excerpt (plus lines that match error markers).", 80)
    execute_interval_seconds: int = _key("How often the daemon executes approved actions and follows up reruns.", 30)
    quiet_project_max_minutes: int = _key("Projects read on their own (not covered by an org feed) are read less often the longer they have not built: at most this many minutes apart. A project that just built or failed is read every cycle.", 180)
    max_test_pages: int = _key("Most pages of test metadata read for one failed job (the API lists passing tests too, about 20 a page); beyond that the failed tests are taken from the log.", 5)


@dataclass(frozen=True)
class PolicySettings:
    """[policy]: how verdicts become proposals."""

    rerun_min_confidence: float = _key("A transient verdict at or above this confidence proposes a rerun from failed.", 0.7)
    report_min_confidence: float = _key("A real verdict at or above this confidence proposes a report.", 0.6)
    unknown_action: str = _key("What an unknown verdict proposes: none or report.", "none", choices=("none", "report"))
    max_reruns_per_workflow: int = _key("Most reruns triage-agent proposes for one workflow (counting the reruns it follows).", 1)
    max_reruns_per_project_per_day: int = _key("Most rerun proposals per project per UTC day.", 10)
    max_workflow_age_hours: float = _key("No rerun for a workflow that stopped longer ago than this.", 24.0)
    proposal_ttl_hours: float = _key("Pending proposals older than this expire.", 48.0)
    outage_min_projects: int = _key("Outage guard: this many projects failing with the same infrastructure or network signature ...", 3)
    outage_window_minutes: int = _key("... within this many minutes hold their reruns and propose one incident report instead.", 30)
    auto_approve_reruns: bool = _key("Approve rerun proposals without a person when confidence is high enough (off by default; recorded as auto-approved).", False)
    auto_approve_min_confidence: float = _key("Confidence needed for an auto-approved rerun.", 0.95)
    probe_reruns: bool = _key("Propose a probe (one rerun from failed, never auto-approved) for a test failure seen for the first time and judged real below probe_max_confidence: a pass measures it flaky, the same failure proposes the report (off by default).", False)
    probe_max_confidence: float = _key("A real verdict at or above this confidence is reported, not probed (with probe_reruns).", 0.85)


@dataclass(frozen=True)
class StorageSettings:
    """[storage]: the SQLite state."""

    path: str = _key("SQLite database file (relative paths are relative to the config file).", "triage-agent.db", kind="path")
    busy_timeout_seconds: float = _key("How long to wait for a locked database before giving up.", 10.0)


@dataclass(frozen=True)
class DigestSettings:
    """[digest]: the daily digest."""

    directory: str = _key("Folder for dated digests (relative to the config file).", "digests", kind="path")
    time: str = _key("Local time of day (HH:MM) the daemon writes the previous day's digest.", "08:00")
    timezone: str = _key("IANA time zone of the digest time and of the digest's day.", "UTC")
    formats: list = _key("Formats written by the daemon: md, html.", ["md", "html"], kind="list[str]")


@dataclass(frozen=True)
class RedactionSettings:
    """[redaction]: secrets to mask beyond the configured tokens and common shapes."""

    extra_secrets: list = _key("Literal strings that must never leave a log (masked wherever they appear, also URL- or base64-encoded; one shorter than 6 characters only as a whole word).", [], kind="list[str]")


@dataclass(frozen=True)
class LoggingSettings:
    """[logging]: the daemon's own logs (stderr)."""

    level: str = _key("Log level of the daemon and commands (stderr).", "INFO", choices=("DEBUG", "INFO", "WARNING", "ERROR"))
    format: str = _key("text, or json (one object a line) for log shippers.", "text", choices=("text", "json"))


@dataclass(frozen=True)
class ServerSettings:
    """[server]: the daemon's own HTTP server (health, metrics, webhooks)."""

    listen: str = _key("host:port of the daemon's HTTP server (GET /healthz, GET /metrics and the webhook route), e.g. \"127.0.0.1:8787\"; \"\" = no server. Keep it on loopback and put a TLS reverse proxy in front (see the README).", "")
    unhealthy_after_failed_cycles: int = _key("GET /healthz answers 503 once this many cycles in a row (poll or webhook) have failed.", 3)
    request_timeout_seconds: float = _key("Longest time the server waits for a request's body; a slower client is cut off.", 10.0)


@dataclass(frozen=True)
class WebhooksSettings:
    """[webhooks]: CircleCI outbound webhooks (push mode)."""

    secret: str = _key("Signing secret of the CircleCI webhook (project settings > Webhooks). Set: POST {path} accepts deliveries signed with it; \"\": the route is off. \"${CIRCLECI_WEBHOOK_SECRET}\" reads the environment.", "", kind="secret")
    path: str = _key("URL path of the webhook route on the server.", "/webhooks/circleci")
    max_body_bytes: int = _key("Largest webhook body accepted, in bytes; a larger one is answered 413 and recorded nowhere.", 1048576)


SECTIONS: dict[str, type] = {
    "circleci": CircleCISettings,
    "llm": LLMSettings,
    "classifier": ClassifierSettings,
    "polling": PollingSettings,
    "policy": PolicySettings,
    "storage": StorageSettings,
    "reports": ReportsSettings,
    "digest": DigestSettings,
    "redaction": RedactionSettings,
    "logging": LoggingSettings,
    "server": ServerSettings,
    "webhooks": WebhooksSettings,
}


@dataclass(frozen=True)
class Config:
    """The whole configuration, resolved: ${VAR}s read, relative paths anchored to the config file."""

    circleci: CircleCISettings = field(default_factory=CircleCISettings)
    llm: LLMSettings = field(default_factory=LLMSettings)
    classifier: ClassifierSettings = field(default_factory=ClassifierSettings)
    polling: PollingSettings = field(default_factory=PollingSettings)
    policy: PolicySettings = field(default_factory=PolicySettings)
    storage: StorageSettings = field(default_factory=StorageSettings)
    reports: ReportsSettings = field(default_factory=ReportsSettings)
    digest: DigestSettings = field(default_factory=DigestSettings)
    redaction: RedactionSettings = field(default_factory=RedactionSettings)
    logging: LoggingSettings = field(default_factory=LoggingSettings)
    server: ServerSettings = field(default_factory=ServerSettings)
    webhooks: WebhooksSettings = field(default_factory=WebhooksSettings)
    source: str = ""  # the file it came from, "" for defaults
    base_dir: str = "."
    missing_env: tuple[tuple[str, str], ...] = ()  # (key, VAR) of ${VAR}s that were unset

    def path(self, value: str) -> Path:
        """Anchor a configured path to the config file's folder."""
        p = Path(value).expanduser()
        return p if p.is_absolute() else Path(self.base_dir) / p

    @property
    def db_path(self) -> Path:
        return self.path(self.storage.path)

    def require(self, dotted: str) -> str:
        """Return a string key's value, or raise a ConfigError saying why it is empty."""
        value = _setting(self, dotted)
        if value:
            return value
        for missing_key, var in self.missing_env:
            if missing_key == dotted:
                raise ConfigError(f"{dotted}: environment variable {var} is not set")
        where = f" in {self.source}" if self.source else ""
        raise ConfigError(f"{dotted}: is empty{where}; set it (see config.example.toml)")

    def secrets(self) -> list[str]:
        """Every configured secret value, for redaction (the Redactor masks short ones as whole words).

        Derived from the declarations: every key marked ``kind="secret"`` in any section (a
        report sink's keys included), then ``redaction.extra_secrets``; nothing to keep in step.
        """
        values = []
        for name in SECTIONS:
            settings = getattr(self, name)
            values.extend(str(getattr(settings, f.name)) for f in fields(settings)
                          if f.metadata.get("kind") == "secret")
        values.extend(str(s) for s in self.redaction.extra_secrets)
        return [v for v in values if v]


def settings_table() -> list[tuple[str, str, Any, str]]:
    """Every key as (section, key, default, help), for docs and the test that the example covers all."""
    rows = []
    for section, cls in SECTIONS.items():
        for f in fields(cls):
            default = f.default_factory() if callable(f.default_factory) else f.default  # type: ignore[misc]
            rows.append((section, f.name, default, f.metadata["help"]))
    return rows


def display_url(url: str) -> str:
    """``url`` fit to print: any user name and password in it replaced by a mask."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "[a URL that cannot be parsed]"
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port is not None:
        host += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=f"[REDACTED]@{host}"))


def _check_secret(dotted: str, value: str) -> str:
    """A secret without the whitespace around it (a mounted file's final newline); a value no
    HTTP header can carry is an error that says what is wrong without showing the value."""
    value = value.strip()
    bad = next((c for c in value if not "!" <= c <= "~"), None)
    if bad is not None:
        what = ("a space or a line break inside it" if bad.isspace() else
                "a non-ASCII character" if ord(bad) > 127 else "a control character")
        raise ConfigError(f"{dotted}: the value is malformed ({what}); a token is printable ASCII "
                          "without spaces, check it")
    return value


def resolve_env(value: str, environ: Mapping[str, str], *, key: str, missing: list) -> str:
    """Replace each ${VAR} in ``value`` from ``environ``; unset variables are noted in ``missing``."""

    def sub(match: re.Match[str]) -> str:
        var = match.group(1)
        if var in environ:
            return environ[var]
        missing.append((key, var))
        return ""

    return _ENV_REF.sub(sub, value)


def _coerce(section: str, f: Any, value: Any, environ: Mapping[str, str], missing: list) -> Any:
    dotted = f"{section}.{f.name}"
    default = f.default_factory() if callable(f.default_factory) else f.default  # type: ignore[misc]
    choices = f.metadata["choices"]
    if isinstance(default, bool):
        if isinstance(value, str) and _ENV_REF.fullmatch(value.strip()):
            value = resolve_env(value, environ, key=dotted, missing=missing).strip().lower()
            if value in ("1", "true", "yes", "on"):
                return True
            if value in ("", "0", "false", "no", "off"):
                return False
        if not isinstance(value, bool):
            raise ConfigError(f"{dotted}: expected true or false, got {value!r}")
        return value
    if isinstance(default, int | float) and not isinstance(default, bool):
        if isinstance(value, str) and _ENV_REF.search(value):
            value = resolve_env(value, environ, key=dotted, missing=missing)
            try:
                value = float(value) if isinstance(default, float) else int(value)
            except ValueError:
                raise ConfigError(f"{dotted}: expected a number, got {value!r}") from None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{dotted}: expected a number, got {value!r}")
        if isinstance(value, float) and not math.isfinite(value):
            raise ConfigError(f"{dotted}: expected a finite number, got {value!r}")
        if isinstance(default, int) and not isinstance(default, bool) and isinstance(value, float):
            if not value.is_integer():
                raise ConfigError(f"{dotted}: expected a whole number, got {value!r}")
            value = int(value)
        if value < 0:
            raise ConfigError(f"{dotted}: must not be negative, got {value!r}")
        return type(default)(value)
    if isinstance(default, str):
        if not isinstance(value, str):
            raise ConfigError(f"{dotted}: expected a string, got {value!r}")
        value = resolve_env(value, environ, key=dotted, missing=missing)
        if f.metadata["kind"] == "secret" and value:
            value = _check_secret(dotted, value)
        if choices and value not in choices:
            raise ConfigError(f"{dotted}: must be one of {', '.join(choices)}, got {value!r}")
        if f.metadata["kind"] == "url" and value and not re.match(r"^https?://[^\s/]+", value):
            raise ConfigError(f"{dotted}: expected an http(s) URL, got {value!r}")
        return value
    if isinstance(default, list):
        if not isinstance(value, list):
            raise ConfigError(f"{dotted}: expected a list, got {value!r}")
        if f.metadata["kind"] == "list[table]":
            if not all(isinstance(v, dict) for v in value):
                raise ConfigError(f"{dotted}: expected a list of tables")
            return value
        out = []
        for item in value:
            if not isinstance(item, str):
                raise ConfigError(f"{dotted}: expected a list of strings, got item {item!r}")
            out.append(resolve_env(item, environ, key=dotted, missing=missing))
        if dotted == "redaction.extra_secrets":
            # Masked as given, without surrounding whitespace; an empty entry masks nothing.
            out = [item.strip() for item in out if item.strip()]
        return out
    raise AssertionError(f"unhandled config kind for {dotted}")  # pragma: no cover


def parse_listen(value: str) -> tuple[str, int]:
    """``host:port`` (``[::1]:8787`` for IPv6) -> (host, port); ConfigError naming server.listen."""
    m = re.fullmatch(r"(?:\[(?P<v6>[0-9A-Fa-f:.]+)\]|(?P<host>[^\s:\[\]]+)):(?P<port>\d{1,5})", value.strip())
    if not m or int(m.group("port")) > 65535:
        raise ConfigError(f"server.listen: expected host:port such as 127.0.0.1:8787, got {value!r}")
    return (m.group("v6") or m.group("host")), int(m.group("port"))


def _validate_server(cfg: Config) -> None:
    """[server] and [webhooks] checks."""
    if cfg.server.listen:
        parse_listen(cfg.server.listen)
    path = cfg.webhooks.path
    if not re.fullmatch(r"/[A-Za-z0-9._~/-]*", path) or path in ("/healthz", "/metrics"):
        raise ConfigError(f"webhooks.path: expected a URL path such as /webhooks/circleci, got {path!r}")
    _at_least(cfg, "webhooks.max_body_bytes", 1024)
    _at_least(cfg, "server.unhealthy_after_failed_cycles", 1)


def _setting(cfg: Config, dotted: str) -> Any:
    """The value of the key ``section.key``."""
    section, key = dotted.split(".", 1)
    return getattr(getattr(cfg, section), key)


def _at_least(cfg: Config, dotted: str, minimum: int, *, note: str = "", show: bool = False) -> None:
    """A ConfigError when the key ``dotted`` is under ``minimum`` (``show``: say its value)."""
    value = _setting(cfg, dotted)
    if value < minimum:
        got = f", got {value}" if show else ""
        raise ConfigError(f"{dotted}: must be at least {minimum}{note}{got}")


def _validate(cfg: Config) -> None:
    """Cross-key checks that a type alone cannot express."""
    _validate_server(cfg)
    _at_least(cfg, "polling.interval_seconds", 10)
    _at_least(cfg, "polling.requests_per_minute", 1)
    _at_least(cfg, "circleci.page_cap", 1, note=" (0 would read no page at all)")
    for dotted in ("circleci.timeout_seconds", "llm.timeout_seconds", "reports.timeout_seconds",
                   "storage.busy_timeout_seconds"):
        if _setting(cfg, dotted) <= 0:
            raise ConfigError(f"{dotted}: must be more than 0 seconds")
    for dotted in ("policy.rerun_min_confidence", "policy.report_min_confidence",
                   "policy.auto_approve_min_confidence", "classifier.strong_threshold"):
        value = _setting(cfg, dotted)
        if not 0 <= value <= 1:
            raise ConfigError(f"{dotted}: must be between 0 and 1, got {value}")
    if not 0 < cfg.policy.probe_max_confidence <= 1:
        raise ConfigError(f"policy.probe_max_confidence: must be more than 0 and at most 1, "
                          f"got {cfg.policy.probe_max_confidence}")
    for dotted in ("llm.concurrency", "llm.breaker_errors"):
        _at_least(cfg, dotted, 1, show=True)
    for dotted in ("llm.cycle_wait_seconds", "llm.breaker_cooldown_seconds"):
        value = _setting(cfg, dotted)
        if value < 0:
            raise ConfigError(f"{dotted}: must be 0 or more, got {value}")
    if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", cfg.digest.time):
        raise ConfigError(f"digest.time: expected HH:MM (24-hour), got {cfg.digest.time!r}")
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(cfg.digest.timezone)
    except Exception:
        raise ConfigError(f"digest.timezone: unknown time zone {cfg.digest.timezone!r}") from None
    for fmt in cfg.digest.formats:
        if fmt not in ("md", "html"):
            raise ConfigError(f"digest.formats: unknown format {fmt!r} (md or html)")
    # Each configured sink checks its own keys (sinks/): an unknown name is one line naming the known ones.
    check_settings(cfg.reports, dict(cfg.missing_env))


def from_dict(data: Mapping[str, Any], *, environ: Mapping[str, str] | None = None,
              source: str = "", base_dir: str = ".") -> Config:
    """Build a Config from parsed TOML; unknown sections or keys are errors (they are usually typos)."""
    environ = os.environ if environ is None else environ
    missing: list[tuple[str, str]] = []
    sections: dict[str, Any] = {}
    for name, value in data.items():
        if name not in SECTIONS:
            raise ConfigError(f"{name}: unknown section (known: {', '.join(SECTIONS)})")
        if not isinstance(value, Mapping):
            raise ConfigError(f"{name}: expected a [{name}] table")
        cls = SECTIONS[name]
        known = {f.name: f for f in fields(cls)}
        kwargs = {}
        for key, raw in value.items():
            if key not in known:
                raise ConfigError(f"{name}.{key}: unknown key")
            kwargs[key] = _coerce(name, known[key], raw, environ, missing)
        sections[name] = cls(**kwargs)
    for dotted, var in missing:
        # A secret may stay unset until a command needs it (Config.require says so then);
        # anything else would silently become "" ("${STATE_DIR}/triage.db" -> "/triage.db").
        section, key = dotted.split(".", 1)
        kind = next(f.metadata["kind"] for f in fields(SECTIONS[section]) if f.name == key)
        if kind != "secret":
            raise ConfigError(f"{dotted}: environment variable {var} is not set")
    cfg = Config(**sections, source=source, base_dir=base_dir, missing_env=tuple(missing))
    _validate(cfg)
    return _normalised(cfg)


def _normalised(cfg: Config) -> Config:
    """Values rewritten to their one accepted form (``circleci.base_url`` without ``/api/v2``)."""
    from dataclasses import replace

    from .providers import normalize_base_url

    try:
        base_url = normalize_base_url(cfg.circleci.base_url)
    except ValueError as exc:
        raise ConfigError(f"circleci.base_url: {exc}") from None
    if base_url == cfg.circleci.base_url:
        return cfg
    return replace(cfg, circleci=replace(cfg.circleci, base_url=base_url))


def load(path: str | os.PathLike[str] | None = None, *, environ: Mapping[str, str] | None = None,
         required: bool = True) -> Config:
    """Load the config file (``path``, else $TRIAGE_AGENT_CONFIG, else ./triage-agent.toml).

    With ``required=False`` a missing default file yields the defaults (for commands such as
    ``classify`` that work without one); an explicitly named file must exist.
    """
    environ = os.environ if environ is None else environ
    explicit = path is not None or ENV_CONFIG in environ
    chosen = Path(path if path is not None else environ.get(ENV_CONFIG, DEFAULT_CONFIG_PATH))
    if not chosen.exists():
        if not required and not explicit:
            return from_dict({}, environ=environ)
        raise ConfigError(
            f"config file {chosen} not found (copy config.example.toml there, or pass --config PATH)"
        )
    try:
        text = chosen.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"config file {chosen}: cannot read it ({exc.strerror})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {chosen}: not valid TOML ({exc})") from None
    return from_dict(data, environ=environ, source=str(chosen), base_dir=str(chosen.resolve().parent))
