"""The sink registry, secrets derived from the config's declarations, and the App owning the sinks' clients."""

from __future__ import annotations

from dataclasses import dataclass, fields, make_dataclass

import pytest
from sinkservers import GH_TOKEN, HOOK_SECRET_PATH, GitHubHandler, WebhookHandler, serve

from triage_agent import config as config_mod
from triage_agent import sinks as sinks_mod
from triage_agent.app import App
from triage_agent.configkeys import key
from triage_agent.core.redact import Redactor
from triage_agent.errors import ConfigError
from triage_agent.sinks import ALIASES, SINKS, ReportDoc, build_sinks, resolve
from triage_agent.timeutil import parse

NOW = parse("2026-03-02T10:00:00Z")
EVERY_KEY = {"github_repo": "acme/tracker", "github_token": GH_TOKEN,
             "webhook_url": "https://hooks.example/services/T0/B0/XyZ"}


@pytest.fixture
def servers():
    github, hook = serve(GitHubHandler), serve(WebhookHandler)
    yield github, hook
    for server in (github, hook):
        server.shutdown()
        server.server_close()


# --------------------------------------------------------------------------- the registry


@pytest.mark.parametrize("name", [*SINKS, *ALIASES])
def test_every_sink_name_resolves_from_a_config(tmp_path, name):
    cfg = config_mod.from_dict({"reports": {"sinks": [name], **EVERY_KEY}}, environ={},
                               base_dir=str(tmp_path))
    [sink] = build_sinks(cfg.reports, cfg.path, Redactor(cfg.secrets()))
    try:
        assert type(sink) is SINKS[ALIASES.get(name, name)]
        assert sink.name == name  # stored locations and messages keep the configured name
    finally:
        sink.close()


def test_every_sink_keys_are_reports_keys_with_help():
    reports_keys = {name for section, name, _d, _h in config_mod.settings_table() if section == "reports"}
    for cls in SINKS.values():
        for f in fields(cls.Settings):
            assert f.name in reports_keys, f.name
            assert len(f.metadata["help"]) > 10, f.name


@pytest.mark.parametrize("sinks", [["email"], ["file", "Slack"]])
def test_an_unknown_sink_is_a_one_line_config_error(tmp_path, sinks):
    with pytest.raises(ConfigError) as err:
        config_mod.from_dict({"reports": {"sinks": sinks}}, environ={}, base_dir=str(tmp_path))
    message = str(err.value)
    assert "\n" not in message
    assert message == (f"reports.sinks: unknown sink {sinks[-1]!r} (file, github, slack or webhook)")


def test_resolve_knows_the_alias_and_nothing_else():
    assert resolve("webhook") is resolve("slack") is SINKS["slack"]
    with pytest.raises(ConfigError, match="unknown sink 'teams'"):
        resolve("teams")


def test_a_sink_missing_its_url_is_named_under_its_configured_name(tmp_path):
    for name in ("slack", "webhook"):
        with pytest.raises(ConfigError) as err:
            config_mod.from_dict({"reports": {"sinks": [name]}}, environ={}, base_dir=str(tmp_path))
        assert str(err.value) == f"reports.webhook_url: the {name} sink needs a URL"


# --------------------------------------------------------------------------- secrets


@dataclass(frozen=True)
class PagerSettings:
    """A sink that does not exist: its token is only declared as a secret."""

    pager_token: str = key("Token of an imaginary pager sink.", "", kind="secret")
    pager_room: str = key("Room of an imaginary pager sink (not a secret).", "")


def test_a_new_secret_key_is_redacted_without_touching_secrets(tmp_path, monkeypatch):
    extended = make_dataclass("ExtendedReports", [], bases=(PagerSettings, sinks_mod.ReportsSettings),
                              frozen=True)
    monkeypatch.setitem(config_mod.SECTIONS, "reports", extended)
    cfg = config_mod.from_dict(
        {"reports": {"pager_token": "${PAGER_TOKEN}", "pager_room": "ops-room-7"}},
        environ={"PAGER_TOKEN": "pg-7Hq2vN9xLw3K"}, base_dir=str(tmp_path))
    assert cfg.reports.pager_token == "pg-7Hq2vN9xLw3K"
    assert "pg-7Hq2vN9xLw3K" in cfg.secrets()
    assert "ops-room-7" not in cfg.secrets()
    masked = Redactor(cfg.secrets()).redact("paging with pg-7Hq2vN9xLw3K in ops-room-7")
    assert "pg-7Hq2vN9xLw3K" not in masked and "ops-room-7" in masked


def test_every_sink_secret_is_in_secrets(tmp_path):
    cfg = config_mod.from_dict({"reports": {"sinks": ["github", "slack"], **EVERY_KEY}}, environ={},
                               base_dir=str(tmp_path))
    assert {EVERY_KEY["github_token"], EVERY_KEY["webhook_url"]} <= set(cfg.secrets())
    assert EVERY_KEY["github_repo"] not in cfg.secrets()


# --------------------------------------------------------------------------- the App owns the clients


def test_the_app_builds_the_sinks_once_and_closes_their_clients(tmp_path, servers):
    github, hook = servers
    cfg = config_mod.from_dict(
        {"reports": {"sinks": ["file", "github", "webhook"], "github_repo": "acme/tracker",
                     "github_token": GH_TOKEN, "github_api_url": github.url,
                     "webhook_url": hook.url + HOOK_SECRET_PATH},
         "storage": {"path": "t.db"}},
        environ={}, base_dir=str(tmp_path))
    app = App(cfg)
    sinks = app.sinks
    assert [s.name for s in sinks] == ["file", "github", "webhook"]
    clients = [s._http for s in sinks[1:]]
    doc = ReportDoc(proposal_id=1, fingerprint="f" * 16, kind="report", title="t fails", body="# t fails",
                    summary="t fails", project_slug="gh/acme/api", link="")
    for sink in sinks:
        sink.file(doc, NOW)
    assert len(hook.requests) == 1 and any(r["method"] == "POST" for r in github.requests)
    # A second use (the daemon's next execute job) reuses the same sinks and clients.
    assert app.sinks is sinks and [s._http for s in app.sinks[1:]] == clients
    assert not any(c.is_closed for c in clients)
    app.close()
    assert all(c.is_closed for c in clients)
