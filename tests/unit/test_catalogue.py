"""The signature catalogue: the packaged file is valid, user extensions merge, bad entries say why."""

from __future__ import annotations

import json
import re

import pytest
from shared_data import shared_file

from triage_agent.classify.catalogue import (
    LINE_START_BLANK,
    LINE_START_EXACT,
    ascii_lower,
    builtin_catalogue,
    compile_matcher,
    load_catalogue,
    parse_signature,
    required_literals,
)
from triage_agent.errors import ConfigError


def entry(**overrides):
    base = {
        "id": "vendor-flake",
        "leaning": "transient",
        "category": "network",
        "weight": 0.8,
        "patterns": ["vendor cdn hiccup"],
        "help": "Our CDN drops connections now and then.",
    }
    base.update(overrides)
    return {k: v for k, v in base.items() if v is not None}


# --- the packaged catalogue ---------------------------------------------------------------


def test_builtin_catalogue_loads_with_unique_ids_and_valid_fields():
    cat = builtin_catalogue()
    assert len(cat) >= 50
    assert len(set(cat.ids)) == len(cat.ids)
    for sig in cat:
        assert sig.leaning in ("transient", "real"), sig.id
        assert 0.5 < sig.weight < 1.0, sig.id
        assert sig.help, f"{sig.id} has no help line"
        assert sig.patterns and len(sig.matchers) == len(sig.patterns), sig.id


@pytest.mark.parametrize(
    ("category", "leaning"),
    [
        ("infrastructure", "transient"),
        ("resource", "transient"),
        ("network", "transient"),
        ("timeout", "transient"),
        ("port", "transient"),
        ("compile", "real"),
        ("type-error", "real"),
        ("syntax", "real"),
        ("lint", "real"),
        ("test-assertion", "real"),
        ("missing-module", "real"),
        ("config", "real"),
        ("dependency", "real"),
        ("toolchain", "real"),
        ("environment", "real"),
    ],
)
def test_builtin_catalogue_covers_each_mechanism(category, leaning):
    assert any(s.category == category and s.leaning == leaning for s in builtin_catalogue())


def test_load_catalogue_without_extensions_equals_builtin():
    assert load_catalogue().ids == builtin_catalogue().ids


# --- user extensions ------------------------------------------------------------------------


def test_inline_entry_with_a_new_id_is_appended():
    cat = load_catalogue(extra_entries=[entry()])
    assert cat.ids[-1] == "vendor-flake"
    sig = cat.get("vendor-flake")
    assert sig is not None and sig.weight == 0.8 and sig.origin == "[[classifier.signatures]]"


def test_inline_entry_with_a_builtin_id_overrides_it_in_place():
    builtin = builtin_catalogue()
    position = builtin.ids.index("disk-full")
    cat = load_catalogue(
        extra_entries=[entry(id="disk-full", leaning="real", category="config", weight=0.6)]
    )
    assert cat.ids.index("disk-full") == position
    assert len(cat) == len(builtin)
    assert cat.get("disk-full").leaning == "real"
    assert builtin.get("disk-full").leaning == "transient"  # the cached built-in is untouched


def test_entry_with_enabled_false_removes_a_builtin_signature():
    cat = load_catalogue(extra_entries=[{"id": "port-in-use", "enabled": False}])
    assert "port-in-use" not in cat
    assert len(cat) == len(builtin_catalogue()) - 1


def test_extra_file_adds_signatures_and_noise_and_inline_entries_win(tmp_path):
    path = tmp_path / "extra.toml"
    path.write_text(
        """
[noise]
lines = ['^SKIPPED ']

[[signature]]
id = "vendor-flake"
leaning = "transient"
category = "network"
weight = 0.7
patterns = ['vendor cdn hiccup']
help = "from the file"
""",
        encoding="utf-8",
    )
    cat = load_catalogue(extra_files=[path], extra_entries=[entry(weight=0.9)])
    assert cat.get("vendor-flake").weight == 0.9  # inline beats file
    assert len(cat.noise) == len(builtin_catalogue().noise) + 1


def test_description_is_accepted_as_the_help_line():
    sig = parse_signature(entry(help=None, description="  spaced   out  "))
    assert sig.help == "spaced out"


# --- bad entries: one-line ConfigError naming the entry and the problem ----------------------


@pytest.mark.parametrize(
    ("bad", "needle"),
    [
        (entry(patterns=["(unclosed"]), "patterns[1] is not a valid regular expression"),
        (entry(patterns=["ok", "a[z-a]"]), "patterns[2] is not a valid regular expression"),
        (entry(unless=["*oops"]), "unless[1] is not a valid regular expression"),
        (entry(patterns=[".*"]), "matches the empty string"),
        (entry(patterns=[]), "'patterns' must be a non-empty list"),
        (entry(patterns=None), "'patterns' is required"),
        (entry(id="Bad Id"), "'id' must be a lower-case name"),
        (entry(leaning="flaky"), "'leaning' must be 'transient' or 'real'"),
        (entry(weight=1.2), "'weight' must be a number between 0.5 and 1"),
        (entry(weight=0.3), "'weight' must be a number between 0.5 and 1"),
        (entry(weight=True), "'weight' must be a number"),
        (entry(category=""), "'category' must be a short lower-case word"),
        (entry(colour="red"), "unknown key 'colour'"),
        (entry(warnings="yes"), "'warnings' must be true or false"),
        (entry(anywhere=1), "'anywhere' must be true or false"),
        (entry(downstream="no"), "'downstream' must be true or false"),
        ("not a table", "a signature must be a table"),
    ],
)
def test_bad_inline_entry_raises_config_error_naming_it(bad, needle):
    with pytest.raises(ConfigError) as info:
        load_catalogue(extra_entries=[bad])
    message = str(info.value)
    assert needle in message
    assert "[[classifier.signatures]] entry 1" in message
    assert "\n" not in message


def test_user_entries_may_set_anywhere_and_downstream():
    cat = load_catalogue(extra_entries=[entry(anywhere=True, downstream=True)])
    sig = cat.get("vendor-flake")
    assert sig is not None and (sig.anywhere, sig.downstream) == (True, True)
    builtin = builtin_catalogue()
    assert builtin.get("disk-full").anywhere
    assert all(not s.downstream for s in builtin if s.leaning == "transient")


def test_bad_regex_error_names_the_signature_id():
    with pytest.raises(
        ConfigError, match=r"'vendor-flake'.*patterns\[1\] is not a valid regular expression"
    ):
        load_catalogue(extra_entries=[entry(patterns=["(?P<x"])])


def test_duplicate_id_in_one_source_is_rejected():
    with pytest.raises(ConfigError, match="duplicate id 'vendor-flake'"):
        load_catalogue(extra_entries=[entry(), entry()])


def test_disabling_an_unknown_id_is_rejected():
    with pytest.raises(ConfigError, match="needs the id of a known signature"):
        load_catalogue(extra_entries=[{"id": "no-such-thing", "enabled": False}])


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("[[signature]\nid = 1", "invalid TOML"),
        ("[signatures]\nx = 1", "unknown top-level key 'signatures'"),
        ("signature = 3", "must be an array of tables"),
        ("[noise]\nlines = ['(']", "[noise]: lines[1] is not a valid regular expression"),
    ],
)
def test_bad_extra_file_raises_config_error_naming_the_file(tmp_path, content, needle):
    path = tmp_path / "sigs.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_catalogue(extra_files=[path])
    assert needle in str(info.value)
    assert str(path) in str(info.value)


def test_missing_extra_file_raises_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read it"):
        load_catalogue(extra_files=[tmp_path / "absent.toml"])


# --- compilation for speed keeps the meaning ------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        ("connection reset", re.I, (("connection reset",),)),
        (r"\bECONNRESET\b", re.I, (("econnreset",),)),
        (r"(?:exit|status)[^\n\d]{0,20}\b137\b", re.I, (("exit", "status"), ("137",))),
        (r"^\s*\d+:\d+\s+error\s+\S", re.I, (("error",),)),
        (r"\bMD\d{3}", 0, None),  # "md" is too short to be worth a check
        (r"^\s*❌\s+\S+:\d+", 0, (("❌",),)),
    ],
)
def test_required_literals_lists_what_every_match_must_contain(pattern, flags, expected):
    assert required_literals(pattern, flags) == expected


@pytest.mark.parametrize(
    ("pattern", "flags", "on_lowered", "left_boundary", "line_start"),
    [
        (r"\bFAILED\b", re.M, False, True, 0),
        ("Connection Reset", re.M | re.I, True, False, 0),
        (r"^\s*not ok \d+", re.M, False, False, LINE_START_BLANK),
        (r"^FAIL[: ]", re.M, False, False, LINE_START_EXACT),
        (r"(?i)^\s*Killed\s*$", re.M, True, False, LINE_START_BLANK),
        (r"(?-i:Exact)\bword", re.M | re.I, False, False, 0),  # scoped case: left as written
    ],
)
def test_compile_matcher_rewrites_only_what_it_can_keep_exact(
    pattern, flags, on_lowered, left_boundary, line_start
):
    m = compile_matcher(re.compile(pattern, flags))
    assert (m.on_lowered, m.left_boundary, m.line_start) == (on_lowered, left_boundary, line_start)


def _lines_matched_plain(pattern: re.Pattern[str], text: str) -> set[int]:
    out = set()
    for m in pattern.finditer(text):
        first = m.start() + len(m.group()) - len(m.group().lstrip())
        out.add(text.count("\n", 0, first))
    return out


def _lines_matched_fast(matcher, text: str, lowered: str, literals: set[str]) -> set[int]:
    out: set[int] = set()
    if not matcher.possible(literals):
        return out
    hay = lowered if matcher.on_lowered else text
    pos = 0
    while (m := matcher.regex.search(hay, pos)) is not None:
        if matcher.accepts(hay, m.start()):
            first = m.start() + len(m.group()) - len(m.group().lstrip())
            out.add(hay.count("\n", 0, first))
        pos = m.start() + 1
    return out


@pytest.mark.slow
def test_fast_matchers_match_exactly_the_lines_the_plain_patterns_match():
    """Every rewrite (lower-casing, dropped anchors, literal pre-filter) over a real-log corpus."""
    texts = [json.loads(line)["log"] for line in shared_file("eval", "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    texts.append(
        "İstanbul KELVIN \u212a Straße\nECONNRESET\n  Killed\nFAILED x\nconnection RESET by peer"
    )
    cat = builtin_catalogue()
    checked = 0
    for text in texts:
        lowered = ascii_lower(text)
        assert len(lowered) == len(text)
        literals = cat.literals_in(lowered)
        for sig in cat:
            for pattern, matcher in zip(sig.patterns, sig.matchers, strict=True):
                plain = _lines_matched_plain(pattern, text)
                fast = _lines_matched_fast(matcher, text, lowered, literals)
                assert fast == plain, (sig.id, pattern.pattern)
                checked += bool(plain)
    assert checked > 200  # the corpus really exercises the catalogue


def test_literals_in_finds_overlapping_and_nested_literals():
    cat = load_catalogue(
        include_builtin=False,
        extra_entries=[
            entry(id="a", patterns=["connection reset"]),
            entry(id="b", patterns=["reset by peer"]),
            entry(id="c", patterns=["connect(?:ion)? refused"]),
        ],
    )
    found = cat.literals_in("read: connection reset by peer")
    assert {"connection reset", "reset by peer", "connect"} <= found
    assert " refused" not in found
