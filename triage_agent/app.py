"""The one place where clients, store, sinks, classifier and policy are wired together from a Config.

The App owns every client it builds (CircleCI, the report sinks' HTTP clients, the stores) and
closes them in ``close()``; each is built once per process, on first use.
"""

from __future__ import annotations

import functools
import logging
import threading
from dataclasses import dataclass, field
from typing import Any

import httpx

from .circleci import CircleCIClient, RequestBudget, RetryPolicy, Usage
from .config import Config
from .redact import Redactor
from .sinks import Sink, build_sinks, close_sinks
from .store import Store

log = logging.getLogger(__name__)


@dataclass
class App:
    """Lazily built collaborators for one process. Tests build it around loopback servers."""

    config: Config
    circleci_transport: httpx.BaseTransport | None = None
    usage: Usage = field(default_factory=Usage)
    _budget: RequestBudget | None = None
    _stores: list[Store] = field(default_factory=list)
    _stores_lock: threading.Lock = field(default_factory=threading.Lock)
    _sinks: list[Sink] | None = None
    _sinks_lock: threading.Lock = field(default_factory=threading.Lock)

    @functools.cached_property
    def redactor(self) -> Redactor:
        return Redactor(self.config.secrets())

    @property
    def budget(self) -> RequestBudget:
        if self._budget is None:
            self._budget = RequestBudget(self.config.polling.requests_per_minute)
        return self._budget

    @functools.cached_property
    def circleci(self) -> CircleCIClient:
        cfg = self.config.circleci
        token = self.config.require("circleci.token")
        return CircleCIClient(
            cfg.base_url,
            token,
            budget=self.budget,
            usage=self.usage,
            timeout=cfg.timeout_seconds,
            retry=RetryPolicy(max_retries=cfg.max_retries, backoff_max=cfg.max_backoff_seconds),
            page_cap=cfg.page_cap,
            transport=self.circleci_transport,
            redactor=self.redactor.redact,
        )

    @property
    def sinks(self) -> list[Sink]:
        """The configured report sinks, built once (each HTTP sink keeps one client for the process).

        A ConfigError (a sink missing its token, say) is raised here on every use until fixed.
        """
        with self._sinks_lock:
            if self._sinks is None:
                self._sinks = build_sinks(self.config.reports, self.config.path, self.redactor)
            return self._sinks

    @property
    def store(self) -> Store:
        """This thread's connection to the database (SQLite connections are not shared between
        threads: the daemon's worker, the signal-handling main thread and tests each get one)."""
        local = self.__dict__.setdefault("_stores_local", threading.local())
        store = getattr(local, "store", None)
        if store is None:
            store = Store.open(self.config.db_path, busy_timeout=self.config.storage.busy_timeout_seconds)
            local.store = store
            with self._stores_lock:
                self._stores.append(store)
        return store

    @functools.cached_property
    def rules(self) -> Any:
        from .classify.catalogue import load_catalogue
        from .classify.rules import RulesEngine

        cfg = self.config.classifier
        files = []
        if cfg.signatures_file:
            path = self.config.path(cfg.signatures_file)
            if path.exists():
                files.append(str(path))
            else:
                # `triage-agent rules accept` creates it with the first accepted rule.
                log.info("classifier.signatures_file %s does not exist yet; no team signatures", path)
        return RulesEngine(load_catalogue(extra_files=files, extra_entries=cfg.signatures))

    def key_line(self, case: Any) -> str | None:
        """The log line of the strongest signature match, used to fingerprint a failure."""
        found = [f for f in self.rules.findings(case) if f.source == "log" and f.line]
        return max(found, key=lambda f: f.weight).line if found else None

    @functools.cached_property
    def classifier(self) -> Any:
        from .classify.service import Classifier

        llm = None
        if self.config.llm.enabled:
            from .classify.llm import LLMClassifier, make_openai_client

            cfg = self.config.llm
            client = make_openai_client(
                cfg.base_url, self.config.require("llm.api_key"), cfg.timeout_seconds, cfg.max_retries
            )
            llm = LLMClassifier(
                client,
                model=cfg.model,
                redactor=self.redactor,
                max_evidence_chars=cfg.max_evidence_chars,
                structured_output=cfg.structured_output,
                similar_examples=cfg.similar_examples,
            )
        return Classifier(self.rules.classify, llm, strong_threshold=self.config.classifier.strong_threshold)

    def close(self) -> None:
        client = self.__dict__.get("circleci")
        if client is not None:
            client.close()
        with self._sinks_lock:
            sinks, self._sinks = self._sinks, None
        close_sinks(sinks or [])
        with self._stores_lock:
            stores, self._stores = self._stores, []
        for store in stores:
            try:
                store.close()
            except Exception:  # a connection owned by a finished thread; closing is best effort
                log.debug("closing a store failed", exc_info=True)
