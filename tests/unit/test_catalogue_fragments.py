"""(consol 15) [fragments]: named pattern lists an entry references as {fragment = "name"} in its patterns,
unless or unless_log, expanded at load time; user files may reference the built-in ones."""

from __future__ import annotations

import re
import tomllib
from importlib import resources

import pytest

from triage_agent.classify import catalogue as cat
from triage_agent.classify.catalogue import builtin_catalogue, load_catalogue, parse_catalogue_text
from triage_agent.errors import ConfigError

_ENTRY = """
[[signature]]
id = "{id}"
leaning = "transient"
category = "network"
weight = 0.8
patterns = ['flaky widget broke']
unless_log = [{{fragment = "{name}"}}, 'own pattern']
"""


def _builtin_text() -> str:
    return resources.files(cat.__package__).joinpath(cat.BUILTIN_FILE).read_text(encoding="utf-8")


def _referencing(name: str) -> list[str]:
    doc = tomllib.loads(_builtin_text())
    return [s["id"] for s in doc["signature"]
            if any(item == {"fragment": name} for key in ("patterns", "unless", "unless_log") for item in s.get(key, []))]


def test_a_reference_expands_in_place() -> None:
    text = """
version = 1
[fragments]
two = ['alpha \\d+', 'beta']
""" + _ENTRY.format(id="x-entry", name="two")
    sig = parse_catalogue_text(text, where="t").get("x-entry")
    assert sig is not None
    assert [p.pattern for p in sig.unless_log] == ["alpha \\d+", "beta", "own pattern"]
    assert sig.unless_log[0].search("ALPHA 12")  # a fragment reads case-insensitively


def test_a_fragment_reads_the_same_in_a_case_sensitive_entry() -> None:
    text = """
[fragments]
word = ['alpha']
[[signature]]
id = "cs"
leaning = "real"
category = "compile"
weight = 0.8
case_sensitive = true
patterns = ['Boom', {fragment = "word"}]
"""
    sig = parse_catalogue_text(text, where="t").get("cs")
    assert sig is not None
    assert sig.patterns[0].flags & re.IGNORECASE == 0
    assert sig.patterns[1].search("ALPHA")


def test_builtin_entries_reference_builtin_fragments() -> None:
    base = builtin_catalogue()
    assert "tests_failed_short" in base.fragments
    for sig_id in _referencing("tests_failed_short"):
        sig = base.get(sig_id)
        assert sig is not None
        held = {p.pattern for p in sig.unless_log}
        assert set(base.fragments["tests_failed_short"]) <= held, sig_id


def test_a_user_file_references_a_builtin_fragment(tmp_path) -> None:
    path = tmp_path / "team.toml"
    path.write_text("version = 1\n" + _ENTRY.format(id="team-widget", name="tests_failed_short"))
    sig = load_catalogue(extra_files=[path]).get("team-widget")
    assert sig is not None
    assert [p.pattern for p in sig.unless_log] == [*builtin_catalogue().fragments["tests_failed_short"], "own pattern"]
    # ... and an inline [[classifier.signatures]] entry, which sees the file's fragments too
    path.write_text("[fragments]\nmine = ['team mark']\n")
    entry = {"id": "inline", "leaning": "real", "category": "config", "weight": 0.7,
             "patterns": ["x"], "unless": [{"fragment": "mine"}, {"fragment": "curl_runtests_failed"}]}
    inline = load_catalogue(extra_files=[path], extra_entries=[entry]).get("inline")
    assert inline is not None
    assert [p.pattern for p in inline.unless] == ["team mark", *builtin_catalogue().fragments["curl_runtests_failed"]]


def test_an_unknown_fragment_is_a_one_line_error_naming_the_entry(tmp_path) -> None:
    path = tmp_path / "team.toml"
    path.write_text("version = 1\n" + _ENTRY.format(id="team-widget", name="no_such_fragment"))
    with pytest.raises(ConfigError) as info:
        load_catalogue(extra_files=[path])
    message = str(info.value)
    assert "\n" not in message
    assert "'team-widget'" in message and "unless_log[1]" in message and "'no_such_fragment'" in message
    # as for any bad user entry, the load fails; the built-in catalogue itself still loads
    assert len(builtin_catalogue()) > 400


@pytest.mark.parametrize("bad, words", [
    ("[fragments]\nBad-Name = ['x']\n", "name 'Bad-Name'"),
    ("[fragments]\nempty = []\n", "non-empty list"),
    ("[fragments]\nnested = [{fragment = 'x'}]\n", "no fragment in a fragment"),
    ("[fragments]\nbroken = ['(']\n", "not a valid regular expression"),
    ("[[signature]]\nid = 'e'\nleaning = 'real'\ncategory = 'x'\nweight = 0.7\npatterns = [{name = 'x'}]\n",
     "must be a regular expression or {fragment"),
])
def test_malformed_fragments_are_one_line_errors(bad: str, words: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_catalogue_text(bad, where="t")
    assert words in str(info.value) and "\n" not in str(info.value)


def test_a_fragment_change_reaches_every_entry_that_references_it() -> None:
    text = _builtin_text()
    users = _referencing("tests_failed_short")
    assert len(users) >= 4
    marker = "consol15 marker pattern"
    changed = text.replace("[fragments]\n", "[fragments]\n", 1)
    start = changed.index("\ntests_failed_short = [") + len("\ntests_failed_short = [")
    changed = changed[:start] + f"\n  '{marker}'," + changed[start:]
    cat2 = parse_catalogue_text(changed, where="t")
    holding = [s.id for s in cat2 if any(p.pattern == marker for p in s.unless_log)]
    assert sorted(holding) == sorted(users)
    assert not any(p.pattern == marker for s in builtin_catalogue() for p in s.unless_log)
