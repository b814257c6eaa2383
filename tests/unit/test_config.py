"""Config: the example loads, every key is documented, errors name the key in one line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from triage_agent import config as config_mod
from triage_agent.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "config.example.toml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "triage-agent.toml"
    path.write_text(text)
    return path


def test_example_config_loads_with_env_vars_resolved():
    cfg = config_mod.load(EXAMPLE, environ={"CIRCLECI_TOKEN": "tok-123456", "OPENAI_API_KEY": "k"})
    assert cfg.circleci.token == "tok-123456"
    assert cfg.llm.api_key == "k"
    assert cfg.circleci.base_url == "https://circleci.com"
    assert cfg.polling.requests_per_minute == 60
    assert cfg.db_path == EXAMPLE.parent / "triage-agent.db"


def test_example_config_documents_every_key_with_a_comment():
    text = EXAMPLE.read_text()
    lines = text.splitlines()
    for section, key, _default, _help in config_mod.settings_table():
        assert f"[{section}]" in text, section
        idx = next((i for i, line in enumerate(lines) if re.match(rf"^{key}\s*=", line)), None)
        assert idx is not None, f"{section}.{key} missing from config.example.toml"
        assert lines[idx - 1].startswith("#"), f"{section}.{key} has no comment above it"


def test_every_setting_has_help_text():
    for section, key, _default, help_text in config_mod.settings_table():
        assert len(help_text) > 10, f"{section}.{key}"


def test_defaults_without_a_file_when_not_required(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cfg = config_mod.load(None, environ={}, required=False)
    assert cfg.source == ""
    assert cfg.polling.interval_seconds == 300


def test_missing_file_is_an_error_naming_it(tmp_path):
    with pytest.raises(ConfigError, match=r"config file .*nope\.toml not found"):
        config_mod.load(tmp_path / "nope.toml", environ={})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[circleci]\ntoken = 5\n", r"^circleci\.token: expected a string"),
        ("[polling]\ninterval_seconds = \"fast\"\n", r"^polling\.interval_seconds: expected a number"),
        ("[polling]\ninterval_seconds = 2\n", r"^polling\.interval_seconds: must be at least 10"),
        ("[policy]\nrerun_min_confidence = 1.5\n", r"^policy\.rerun_min_confidence: must be between 0 and 1"),
        ("[circleci]\ntokne = \"x\"\n", r"^circleci\.tokne: unknown key"),
        ("[circle]\ntoken = \"x\"\n", r"^circle: unknown section"),
        ("[llm]\nenabled = \"yes please\"\n", r"^llm\.enabled: expected true or false"),
        ("[circleci]\nbase_url = \"circleci.com\"\n", r"^circleci\.base_url: expected an http\(s\) URL"),
        ("[circleci]\npoll_strategy = \"fastest\"\n", r"^circleci\.poll_strategy: must be one of"),
        ("[digest]\ntime = \"25:00\"\n", r"^digest\.time: expected HH:MM"),
        ("[digest]\ntimezone = \"Mars/Base\"\n", r"^digest\.timezone: unknown time zone"),
        ("[reports]\nsinks = [\"fax\"]\n", r"^reports\.sinks: unknown sink"),
        ("[reports]\nsinks = [\"github\"]\n", r"^reports\.github_repo: the github sink needs owner/repo"),
        ("[circleci\ntoken = 1", r"not valid TOML"),
        ("[polling]\ninterval_seconds = -5\n", r"^polling\.interval_seconds: must not be negative"),
        ("[polling]\nrequests_per_minute = 1.5\n", r"^polling\.requests_per_minute: expected a whole number"),
    ],
)
def test_bad_config_gives_one_line_naming_the_key(tmp_path, text, message):
    with pytest.raises(ConfigError) as info:
        config_mod.load(write(tmp_path, text), environ={})
    assert re.search(message, str(info.value)), str(info.value)
    assert "\n" not in str(info.value)


def test_unset_env_var_is_reported_only_when_the_key_is_needed(tmp_path):
    cfg = config_mod.load(write(tmp_path, '[circleci]\ntoken = "${NO_SUCH_VAR}"\n'), environ={})
    assert cfg.circleci.token == ""
    with pytest.raises(ConfigError, match=r"^circleci\.token: environment variable NO_SUCH_VAR is not set$"):
        cfg.require("circleci.token")


def test_env_var_inside_a_longer_value_and_in_numbers(tmp_path):
    cfg = config_mod.load(
        write(tmp_path, '[circleci]\nbase_url = "https://${HOST}"\n[polling]\ninterval_seconds = "${IV}"\n'),
        environ={"HOST": "ci.example.com", "IV": "60"},
    )
    assert cfg.circleci.base_url == "https://ci.example.com"
    assert cfg.polling.interval_seconds == 60


def test_paths_are_relative_to_the_config_file(tmp_path):
    sub = tmp_path / "etc"
    sub.mkdir()
    path = sub / "ta.toml"
    path.write_text('[storage]\npath = "state/ta.db"\n[reports]\ndirectory = "/abs/reports"\n')
    cfg = config_mod.load(path, environ={})
    assert cfg.db_path == sub / "state" / "ta.db"
    assert cfg.path(cfg.reports.directory) == Path("/abs/reports")


def test_secrets_lists_configured_tokens(tmp_path):
    cfg = config_mod.load(
        write(tmp_path, '[circleci]\ntoken = "cc-secret-1"\n[redaction]\nextra_secrets = ["hunter22"]\n'),
        environ={},
    )
    assert set(cfg.secrets()) == {"cc-secret-1", "hunter22"}
