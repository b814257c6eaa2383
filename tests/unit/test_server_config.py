"""[server] and [webhooks]: the addresses and paths accepted, and one-line errors naming the key."""

from __future__ import annotations

import pytest

from triage_agent.config import from_dict, parse_listen
from triage_agent.errors import ConfigError


@pytest.mark.parametrize(("value", "parsed"), [
    ("127.0.0.1:8787", ("127.0.0.1", 8787)),
    ("0.0.0.0:80", ("0.0.0.0", 80)),
    ("localhost:0", ("localhost", 0)),
    ("[::1]:8787", ("::1", 8787)),
])
def test_listen_addresses(value, parsed):
    assert parse_listen(value) == parsed


@pytest.mark.parametrize(("data", "message"), [
    ({"server": {"listen": "8787"}}, "server.listen: expected host:port"),
    ({"server": {"listen": "127.0.0.1:99999"}}, "server.listen: expected host:port"),
    ({"server": {"listen": "::1:8787"}}, "server.listen: expected host:port"),
    ({"webhooks": {"path": "webhooks"}}, "webhooks.path: expected a URL path"),
    ({"webhooks": {"path": "/metrics"}}, "webhooks.path"),
    ({"webhooks": {"path": "/hooks?x=1"}}, "webhooks.path"),
    ({"webhooks": {"max_body_bytes": 10}}, "webhooks.max_body_bytes: must be at least 1024"),
    ({"server": {"unhealthy_after_failed_cycles": 0}}, "server.unhealthy_after_failed_cycles"),
    ({"webhooks": {"secrets": "x"}}, "webhooks.secrets: unknown key"),
])
def test_bad_server_settings_are_one_line_errors_naming_the_key(data, message):
    with pytest.raises(ConfigError, match=message.replace("?", r"\?")) as info:
        from_dict(data, environ={})
    assert "\n" not in str(info.value)


def test_the_webhook_secret_comes_from_the_environment_and_is_redacted():
    cfg = from_dict({"webhooks": {"secret": "${CIRCLECI_WEBHOOK_SECRET}"}},
                    environ={"CIRCLECI_WEBHOOK_SECRET": "s3cret-value-123"})
    assert cfg.webhooks.secret == "s3cret-value-123"
    assert "s3cret-value-123" in cfg.secrets()
    off = from_dict({"webhooks": {"secret": "${CIRCLECI_WEBHOOK_SECRET}"}}, environ={})
    assert off.webhooks.secret == "" and ("webhooks.secret", "CIRCLECI_WEBHOOK_SECRET") in off.missing_env
    assert from_dict({}, environ={}).server.listen == ""  # no server unless asked
