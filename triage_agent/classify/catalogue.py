"""The failure-signature catalogue: load, validate and compile the packaged TOML plus user extensions."""

from __future__ import annotations

import functools
import math
import re
import string
import tomllib
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from itertools import accumulate
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .went_on import GUARDS, IF_GUARDS

LEANINGS = ("transient", "real")
BUILTIN_FILE = "signatures.toml"

_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_CATEGORY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
_KEYS = frozenset(
    {
        "id",
        "leaning",
        "category",
        "weight",
        "patterns",
        "unless",
        "unless_log",
        "warnings",
        "case_sensitive",
        "anywhere",
        "downstream",
        "reads_noise",
        "help",
        "description",
        "enabled",
    }
)
_TOP_KEYS = frozenset({"version", "signature", "noise", "fragments"})
# A [fragments] name: one shared list of patterns that entries reference as {fragment = "name"}.
_FRAGMENT = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_FRAGMENT_FLAGS: int = re.MULTILINE | re.IGNORECASE
# {fragment = "name", after = "regex"}: how far below the "after" match a fragment's pattern may match (with
# until = "regex" also: not past a match of "until", the end of the section "after" opens).
_AFTER_SPAN = 200000
_NOISE_KEYS = frozenset({"lines", "warnings", "retries"})
# A literal shorter than this is not worth a substring pre-check.
_MIN_LITERAL = 3


@dataclass(frozen=True)
class Signature:
    """One compiled catalogue entry: a failure mechanism and the patterns that reveal it."""

    id: str
    leaning: str
    category: str
    weight: float
    patterns: tuple[re.Pattern[str], ...]
    unless: tuple[re.Pattern[str], ...] = ()
    unless_log: tuple[re.Pattern[str], ...] = ()
    warnings: bool = False
    # anywhere: the evidence keeps its full weight wherever it sits in the log (a full disk or a
    # dead executor shows up as later, secondary errors, so distance from the end says nothing).
    anywhere: bool = False
    # downstream: this symptom (a missing file, tool or target) is often only the consequence of
    # an earlier failed download or exhausted resource; it counts less after such a failure.
    downstream: bool = False
    # reads_noise: also matches lines that [noise] passes over (a link checker's per-link report):
    # for entries written for those very lines, which say what happened to each link.
    reads_noise: bool = False
    help: str = ""
    origin: str = "builtin"
    # One fast matcher per pattern and per unless pattern, in the same order.
    matchers: tuple[Matcher, ...] = ()
    unless_matchers: tuple[Matcher, ...] = ()

    @property
    def llr(self) -> float:
        """Log-likelihood ratio of this signature alone (positive, in its own direction)."""
        return math.log(self.weight / (1.0 - self.weight))


@dataclass(frozen=True)
class Catalogue:
    """An ordered, validated set of signatures plus the line filters shared by all of them."""

    signatures: tuple[Signature, ...]
    noise: tuple[re.Pattern[str], ...] = ()
    warning_lines: tuple[re.Pattern[str], ...] = ()
    # A retry in progress: not evidence, unless the log ends on it (the retries ran out there).
    retry_lines: tuple[re.Pattern[str], ...] = ()
    # [fragments]: named pattern lists an entry's patterns / unless / unless_log reference as
    # {fragment = "name"}; kept so that user files can reference the built-in ones.
    fragments: Mapping[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    _by_id: dict[str, Signature] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update({s.id: s for s in self.signatures})

    def __len__(self) -> int:
        return len(self.signatures)

    def __iter__(self) -> Iterator[Signature]:
        return iter(self.signatures)

    def __contains__(self, sig_id: object) -> bool:
        return sig_id in self._by_id

    def get(self, sig_id: str) -> Signature | None:
        """The signature with this id, or None."""
        return self._by_id.get(sig_id)

    @property
    def ids(self) -> tuple[str, ...]:
        """Signature ids in catalogue order."""
        return tuple(s.id for s in self.signatures)

    @functools.cached_property
    def _literal_index(self) -> tuple[re.Pattern[str] | None, dict[str, tuple[str, ...]]]:
        literals = sorted(
            {lit for s in self.signatures for m in s.matchers for g in m.groups for lit in g}
        )
        if not literals:
            return None, {}
        # The longest literal found at a position implies every literal that is a prefix of it.
        known = set(literals)
        implied = {
            lit: tuple(lit[:k] for k in range(1, len(lit) + 1) if lit[:k] in known)
            for lit in literals
        }
        return re.compile(_trie_regex(literals)), implied

    @functools.cached_property
    def _possible_index(self) -> tuple[list[tuple[Signature, Matcher]], list[int], list[int], list[int],
                                       dict[str, list[int]]]:
        """(every entry's matchers in catalogue order, each one's number of literal groups, the owner of each group,
        the matchers without a group, the groups each literal is in)."""
        flat = [(s, m) for s in self.signatures for m in s.matchers]
        need: list[int] = []
        owner: list[int] = []
        always: list[int] = []
        postings: dict[str, list[int]] = {}
        for k, (_, m) in enumerate(flat):
            need.append(len(m.groups))
            if not m.groups:
                always.append(k)
            for group in m.groups:
                for literal in set(group):
                    postings.setdefault(literal, []).append(len(owner))
                owner.append(k)
        return flat, need, owner, always, postings

    def possible_matchers(self, literals: set[str]) -> list[tuple[Signature, list[Matcher]]]:
        """Each entry with a matcher that ``possible(literals)`` allows, with those matchers, in catalogue order: the
        same as asking every matcher, from the groups of the literals found (a group is satisfied by one of its
        literals; a matcher is possible when all of its groups are)."""
        flat, need, owner, always, postings = self._possible_index
        satisfied: set[int] = set()
        for literal in literals:
            satisfied.update(postings.get(literal, ()))
        counts: dict[int, int] = dict.fromkeys(always, 0)
        for g in satisfied:
            counts[owner[g]] = counts.get(owner[g], 0) + 1
        out: list[tuple[Signature, list[Matcher]]] = []
        for k in sorted(k for k, c in counts.items() if c == need[k]):
            sig, matcher = flat[k]
            if out and out[-1][0] is sig:
                out[-1][1].append(matcher)
            else:
                out.append((sig, [matcher]))
        return out

    @functools.cached_property
    def noise_matchers(self) -> tuple[Matcher, ...]:
        """Compiled [noise] lines: a line matching one is never evidence."""
        return tuple(compile_matcher(p) for p in self.noise)

    @functools.cached_property
    def warning_matchers(self) -> tuple[Matcher, ...]:
        """Compiled [noise] warnings: ignored unless a signature sets warnings = true."""
        return tuple(compile_matcher(p) for p in self.warning_lines)

    @functools.cached_property
    def retry_matchers(self) -> tuple[Matcher, ...]:
        """Compiled [noise] retries: evidence only on the last lines of a log."""
        return tuple(compile_matcher(p) for p in self.retry_lines)

    @functools.cached_property
    def _literal_scan(self) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
        """(the trie in a lookahead, so that findall reads the longest literal at every position in one call; the
        literals that hold a newline)."""
        trie, implied = self._literal_index
        if trie is None:
            return None, ()
        return re.compile(f"(?=({trie.pattern}))"), tuple(lit for lit in implied if "\n" in lit)

    def literals_in(self, lowered: str) -> set[str]:
        """The pre-filter literals that occur in ``lowered`` (text passed through ascii_lower): every literal of the
        index that is a substring of it (the longest literal at each position, and each of its prefixes that is one).

        A log whose lines repeat (a quarter or more of them: progress lines, a pull's "Pull complete", blank lines) is
        read once per distinct line, joined by newlines: a literal without a newline occurs in the log exactly when it
        occurs in one of its lines; a literal with one is looked for in the whole log (the join puts other lines
        side by side, so what it finds across a newline is set aside)."""
        ahead, across = self._literal_scan
        _, implied = self._literal_index
        if ahead is None:
            return set()
        lines = lowered.split("\n")
        distinct = set(lines)
        if len(distinct) * 4 > len(lines) * 3:
            return {lit for longest in set(ahead.findall(lowered)) for lit in implied[longest]}
        found = {lit for longest in set(ahead.findall("\n".join(distinct))) for lit in implied[longest]
                 if "\n" not in lit}
        found.update(lit for lit in across if lit in lowered)
        return found


def load_catalogue(
    *,
    extra_entries: Iterable[Mapping[str, Any]] = (),
    extra_files: Iterable[str | Path] = (),
    include_builtin: bool = True,
) -> Catalogue:
    """The packaged catalogue extended by user files, then inline entries; same id overrides.

    Raises ConfigError (one line, naming the entry) for anything malformed.
    """
    sigs: dict[str, Signature] = {}
    noise: list[re.Pattern[str]] = []
    warning_lines: list[re.Pattern[str]] = []
    retry_lines: list[re.Pattern[str]] = []
    fragments: dict[str, tuple[str, ...]] = {}
    if include_builtin:
        base = builtin_catalogue()
        sigs.update({s.id: s for s in base.signatures})
        noise.extend(base.noise)
        warning_lines.extend(base.warning_lines)
        retry_lines.extend(base.retry_lines)
        fragments.update(base.fragments)
    for path in extra_files:
        doc = _read_toml(Path(path))
        where = f"signatures file {path}"
        file_noise, file_warnings, file_retries = _parse_noise(doc.get("noise"), where)
        noise.extend(file_noise)
        warning_lines.extend(file_warnings)
        retry_lines.extend(file_retries)
        # A file's own [fragments] join the built-in ones (same name: the file's, from here on).
        fragments.update(_parse_fragments(doc.get("fragments"), where))
        _merge(sigs, _entries_of(doc, where), where, fragments=fragments)
    entries = list(extra_entries or ())
    _merge(sigs, entries, "[[classifier.signatures]]", fragments=fragments)
    return Catalogue(
        tuple(sigs.values()), tuple(noise), tuple(warning_lines), tuple(retry_lines), dict(fragments)
    )


@functools.cache
def builtin_catalogue() -> Catalogue:
    """The catalogue shipped in the package (parsed and compiled once per process)."""
    text = resources.files(__package__).joinpath(BUILTIN_FILE).read_text(encoding="utf-8")
    return parse_catalogue_text(text, where=f"built-in {BUILTIN_FILE}", origin="builtin")


def parse_catalogue_text(text: str, *, where: str, origin: str = "") -> Catalogue:
    """A whole catalogue (the built-in file's format) from TOML text, on its own."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:  # a packaging bug, but say where
        raise ConfigError(f"{where}: invalid TOML: {exc}") from exc
    noise, warning_lines, retry_lines = _parse_noise(doc.get("noise"), where)
    fragments = _parse_fragments(doc.get("fragments"), where)
    sigs: dict[str, Signature] = {}
    _merge(sigs, _entries_of(doc, where), where, origin=origin, fragments=fragments)
    return Catalogue(
        tuple(sigs.values()), tuple(noise), tuple(warning_lines), tuple(retry_lines), fragments
    )


def parse_signature(
    entry: Mapping[str, Any],
    *,
    where: str = "signature",
    origin: str = "",
    fragments: Mapping[str, tuple[str, ...]] | None = None,
) -> Signature:
    """Validate and compile one signature table; ConfigError names the entry and the problem.

    ``fragments`` are the [fragments] its pattern lists may reference as {fragment = "name"}.
    """
    if not isinstance(entry, Mapping):
        raise ConfigError(f"{where}: a signature must be a table, not {type(entry).__name__}")
    sig_id = entry.get("id")
    if not isinstance(sig_id, str) or not _ID.match(sig_id):
        raise ConfigError(
            f"{where}: 'id' must be a lower-case name of letters, digits, '.', '_' or '-' (got {sig_id!r})"
        )
    label = f"{where} {sig_id!r}"
    unknown = sorted(set(entry) - _KEYS)
    if unknown:
        raise ConfigError(f"{label}: unknown key {unknown[0]!r}")
    leaning = entry.get("leaning")
    if leaning not in LEANINGS:
        raise ConfigError(f"{label}: 'leaning' must be 'transient' or 'real' (got {leaning!r})")
    category = entry.get("category")
    if not isinstance(category, str) or not _CATEGORY.match(category):
        raise ConfigError(f"{label}: 'category' must be a short lower-case word (got {category!r})")
    weight = entry.get("weight")
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0.5 < weight < 1.0:
        raise ConfigError(
            f"{label}: 'weight' must be a number between 0.5 and 1, exclusive (got {weight!r})"
        )
    for flag in ("warnings", "case_sensitive", "anywhere", "downstream", "reads_noise"):
        if not isinstance(entry.get(flag, False), bool):
            raise ConfigError(f"{label}: '{flag}' must be true or false")
    help_text = entry.get("help", entry.get("description", ""))
    if not isinstance(help_text, str):
        raise ConfigError(f"{label}: 'help' must be a string")
    flags = re.MULTILINE | (0 if entry.get("case_sensitive", False) else re.IGNORECASE)
    frags = fragments or {}
    guards: list[tuple[str, str] | None] = []
    patterns = _compile_list(
        entry.get("patterns"), "patterns", label, flags, required=True, fragments=frags, guards=guards
    )
    unless = _compile_list(entry.get("unless"), "unless", label, flags, fragments=frags)
    unless_log = _compile_list(entry.get("unless_log"), "unless_log", label, flags, fragments=frags)
    return Signature(
        id=sig_id,
        leaning=leaning,
        category=category,
        weight=float(weight),
        patterns=patterns,
        unless=unless,
        unless_log=unless_log,
        warnings=bool(entry.get("warnings", False)),
        anywhere=bool(entry.get("anywhere", False)),
        downstream=bool(entry.get("downstream", False)),
        reads_noise=bool(entry.get("reads_noise", False)),
        help=" ".join(help_text.split()),
        origin=origin or where,
        matchers=tuple(_guarded(compile_matcher(p), g) for p, g in zip(patterns, guards, strict=True)),
        unless_matchers=tuple(compile_matcher(p) for p in unless),
    )


def _guarded(matcher: Matcher, guard: tuple[str, str] | None) -> Matcher:
    """A pattern's matcher with its guard (went_on.py): ("unless_went_on" or "if_went_on", the name), or None."""
    if guard is None:
        return matcher
    kind, name = guard
    return replace(matcher, unless_went_on=name) if kind == "unless_went_on" else replace(matcher, if_went_on=name)


def _merge(
    sigs: dict[str, Signature],
    entries: Iterable[Any],
    where: str,
    *,
    origin: str = "",
    fragments: Mapping[str, tuple[str, ...]] | None = None,
) -> None:
    seen: set[str] = set()
    for n, entry in enumerate(entries, start=1):
        label = f"{where} entry {n}"
        if isinstance(entry, Mapping) and entry.get("enabled", True) is False:
            # A user may switch a built-in signature off by id alone.
            sig_id = entry.get("id")
            if not isinstance(sig_id, str) or sig_id not in sigs:
                raise ConfigError(
                    f"{label}: 'enabled = false' needs the id of a known signature (got {sig_id!r})"
                )
            del sigs[sig_id]
            continue
        if isinstance(entry, Mapping) and not isinstance(entry.get("enabled", True), bool):
            raise ConfigError(f"{label}: 'enabled' must be true or false")
        sig = parse_signature(entry, where=label, origin=origin or where, fragments=fragments)
        if sig.id in seen:
            raise ConfigError(f"{label}: duplicate id {sig.id!r} in the same source")
        seen.add(sig.id)
        sigs[sig.id] = sig  # same id: the later source wins, keeping the earlier position


def _entries_of(doc: Mapping[str, Any], where: str) -> list[Any]:
    unknown = sorted(set(doc) - _TOP_KEYS)
    if unknown:
        raise ConfigError(
            f"{where}: unknown top-level key {unknown[0]!r} (expected [[signature]] tables)"
        )
    entries = doc.get("signature", [])
    if not isinstance(entries, list):
        raise ConfigError(f"{where}: 'signature' must be an array of tables ([[signature]])")
    return entries


def _parse_noise(
    raw: Any, where: str
) -> tuple[list[re.Pattern[str]], list[re.Pattern[str]], list[re.Pattern[str]]]:
    if raw is None:
        return [], [], []
    if not isinstance(raw, Mapping):
        raise ConfigError(f"{where}: [noise] must be a table")
    unknown = sorted(set(raw) - _NOISE_KEYS)
    if unknown:
        raise ConfigError(f"{where}: [noise] has an unknown key {unknown[0]!r}")
    label = f"{where} [noise]"
    lines = _compile_list(raw.get("lines"), "lines", label, re.MULTILINE)
    warns = _compile_list(raw.get("warnings"), "warnings", label, re.MULTILINE)
    retries = _compile_list(raw.get("retries"), "retries", label, re.MULTILINE)
    return list(lines), list(warns), list(retries)


def _parse_fragments(raw: Any, where: str) -> dict[str, tuple[str, ...]]:
    """[fragments]: name = [patterns]; each pattern checked as a regular expression here."""
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise ConfigError(f"{where}: [fragments] must be a table of named lists of regular expressions")
    out: dict[str, tuple[str, ...]] = {}
    for name, value in raw.items():
        if not _FRAGMENT.match(name):
            raise ConfigError(
                f"{where}: [fragments] name {name!r} must be lower-case letters, digits and '_'"
            )
        label = f"{where} [fragments]"
        if isinstance(value, list) and any(not isinstance(p, str) for p in value):
            raise ConfigError(f"{label}: {name!r} must list regular expressions (no fragment in a fragment)")
        compiled = _compile_list(value, name, label, _FRAGMENT_FLAGS, required=True)
        out[name] = tuple(p.pattern for p in compiled)
    return out


def _compile_list(
    raw: Any,
    key: str,
    label: str,
    flags: int,
    *,
    required: bool = False,
    fragments: Mapping[str, tuple[str, ...]] | None = None,
    guards: list[tuple[str, str] | None] | None = None,
) -> tuple[re.Pattern[str], ...]:
    """The list's patterns, compiled; ``guards`` (an entry's patterns only) is given each one's guard, ("unless_went_on"
    or "if_went_on", the name) or None, in the same order."""
    if raw is None:
        if required:
            raise ConfigError(f"{label}: '{key}' is required (a list of regular expressions)")
        return ()
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or (required and not raw):
        raise ConfigError(f"{label}: '{key}' must be a non-empty list of regular expressions")
    out = []
    for i, item in enumerate(raw, start=1):
        where = f"{key}[{i}]"
        items = [item]
        guard: tuple[str, str] | None = None
        if isinstance(item, Mapping) and "pattern" in item:
            # (perf30) {pattern = "...", unless_went_on = "name"}: the pattern, and its guard (went_on.py), in patterns;
            # (perf31) {pattern = "...", if_went_on = "name"}: a line it matches counts only where the look finds its
            # target (went_on.IF_GUARDS)
            kind = next((k for k in ("unless_went_on", "if_went_on") if k in item), "unless_went_on")
            named = item.get(kind)
            if guards is None or set(item) != {"pattern", kind} or not isinstance(named, str) \
                    or named not in GUARDS or (named in IF_GUARDS) != (kind == "if_went_on"):
                raise ConfigError(
                    f"{label}: {where} must be a regular expression; {{pattern = \"regular expression\","
                    f" unless_went_on = \"name\"}} is for an entry's patterns, the name one of"
                    f" {', '.join(sorted(set(GUARDS) - IF_GUARDS))} (if_went_on = \"name\": {', '.join(sorted(IF_GUARDS))})"
                )
            items, item_flags, guard = [item["pattern"]], flags, (kind, named)
        elif isinstance(item, Mapping) and fragments is not None:
            # {fragment = "name"}: the named [fragments] list, in place (compiled with this entry's flags)
            name = item.get("fragment")
            after = item.get("after")
            until = item.get("until")
            if (set(item) - {"after", "until"} != {"fragment"} or not isinstance(name, str)
                    or ("after" in item and (not isinstance(after, str) or not after))
                    or ("until" in item and (not isinstance(until, str) or not until or after is None))):
                raise ConfigError(
                    f"{label}: {where} must be a regular expression or {{fragment = \"name\"}}"
                    " (optionally with after = \"regular expression\", and with it until = \"regular expression\")"
                )
            if name not in fragments:
                raise ConfigError(f"{label}: {where} names an unknown fragment {name!r}")
            # (a fragment reads the same in every entry: case-insensitive, as written, whatever the
            # entry's case_sensitive says; a case-sensitive part of it is written (?-i:...))
            where, items, item_flags = f"{where} (fragment {name!r})", list(fragments[name]), _FRAGMENT_FLAGS
            if after is not None:
                # (consol 16) {fragment = "name", after = "..."}: each of the list's patterns only below a
                # match of the entry's own "after" expression, within _AFTER_SPAN characters of it
                # (lead) each step below the match must not start another match of "after" (a tempered span):
                # the pattern is then looked for from the nearest match above it only, so a line of a thousand
                # repeats of the "after" words is read once, not once per repeat; the same logs match
                # (review27_a) with until = "...": nor past a match of "until" (the end of the section "after" opens)
                stop = after if until is None else f"{after}|{until}"
                items = [f"(?:{after})(?:(?!{stop})[\\s\\S]){{0,{_AFTER_SPAN}}}?(?:{p})" for p in items]
        else:
            item_flags = flags
        for pattern in items:
            if not isinstance(pattern, str) or not pattern:
                raise ConfigError(f"{label}: {where} must be a non-empty string")
            try:
                compiled = re.compile(pattern, item_flags)
            except re.error as exc:
                raise ConfigError(
                    f"{label}: {where} is not a valid regular expression ({exc}): {pattern!r}"
                ) from exc
            if compiled.search("") is not None:
                # A pattern that matches an empty line would match every line of every log.
                raise ConfigError(
                    f"{label}: {where} matches the empty string, so it would match every line: {pattern!r}"
                )
            out.append(compiled)
            if guards is not None:
                guards.append(guard)
    return tuple(out)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(
            f"signatures file {path}: cannot read it ({exc.strerror or exc})"
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"signatures file {path}: invalid TOML ({exc})") from exc


# --- fast matching -------------------------------------------------------------------------
# Running ~450 regular expressions over a 100 KB log is the engine's main cost, and CPython's
# re is slow for case-insensitive patterns and for patterns that start with \b or ^ (its fast
# literal-prefix scan does not apply). So each pattern is compiled into a Matcher:
#   * literal groups: a match must contain one literal of each group; one pass over the log
#     (a trie-shaped regex) tells which literals occur, and patterns that cannot match are skipped;
#   * case-insensitive patterns run case-sensitively over an ASCII-lower-cased copy of the log;
#   * a leading \b or ^ / ^\s* is dropped from the regex and checked by hand on each match.
# Anything that cannot be rewritten with certainty runs exactly as written.

_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_FLAG_GROUP = re.compile(r"^\(\?([aimsux]+)\)")
_ANCHORED = re.compile(r"^(?:\(\?[aimsux]+\))?\^")

try:  # CPython's own regex parser; without it every pattern simply runs as written.
    from re import _constants as _sre_c  # type: ignore[attr-defined]
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre_parser = None
    _sre_c = None

LINE_START_NONE, LINE_START_EXACT, LINE_START_BLANK = 0, 1, 2


@dataclass(frozen=True)
class Matcher:
    """One catalogue pattern, compiled for speed; ``matches_at`` keeps its exact meaning."""

    regex: re.Pattern[str]
    groups: tuple[tuple[str, ...], ...] = ()  # a match needs one literal of every group
    on_lowered: bool = False  # run on ascii_lower(text), case-sensitively
    left_boundary: bool = False  # a leading \b was removed from the regex
    line_start: int = LINE_START_NONE  # a leading ^ (EXACT) or ^\s* (BLANK) was removed
    anchored: bool = False  # the regex itself starts with ^: on one line, only position 0
    # (perf30) the pattern's guard (went_on.GUARDS), {pattern = "...", unless_went_on = "name"}: a line it matches is
    # no evidence where the guard finds the job went on below it (rules.py asks _ScanText.went_on)
    unless_went_on: str = ""
    # (perf31) the other way round (went_on.IF_GUARDS), {pattern = "...", if_went_on = "name"}: a line it matches counts
    # only where the look finds its target below it (rules.py asks _ScanText.went_on_below)
    if_went_on: str = ""

    def possible(self, literals: set[str]) -> bool:
        """False when the text lacks a literal every match needs."""
        for group in self.groups:
            for literal in group:
                if literal in literals:
                    break
            else:
                return False
        return True

    def test_line(self, line: str, lowered: str) -> bool:
        """Whether the pattern matches somewhere in one line (``lowered`` is ascii_lower(line))."""
        hay = lowered if self.on_lowered else line
        if self.anchored or self.line_start == LINE_START_EXACT:
            return self.regex.match(hay) is not None
        if self.line_start == LINE_START_BLANK:
            return self.regex.match(hay, len(hay) - len(hay.lstrip())) is not None
        pos = 0
        while (m := self.regex.search(hay, pos)) is not None:
            if self.accepts(hay, m.start()):
                return True
            pos = m.start() + 1
        return False

    def accepts(self, hay: str, start: int) -> bool:
        """Check the anchors that were removed from the regex, at a match starting at ``start``."""
        if self.left_boundary and start > 0 and _is_word(hay[start - 1]):
            return False
        if self.line_start == LINE_START_EXACT:
            return start == 0 or hay[start - 1] == "\n"
        if self.line_start == LINE_START_BLANK:
            line_begin = hay.rfind("\n", 0, start) + 1
            return line_begin == start or hay[line_begin:start].isspace()
        return True


# --- whole-log searches ---------------------------------------------------------------------
# An entry's unless_log is searched over the whole log (once its own pattern has taken a line). On a log of a
# megabyte one such search takes up to a second, and the same pattern (a fragment) is often listed by several
# entries. So each distinct pattern is searched once per log, and not at all where the log lacks a literal every
# match needs (required_literals, the matchers' own pre-filter): ``str.__contains__`` reads a megabyte in well
# under a millisecond. Exact, because:
#   * required_literals returns only literals a match cannot do without (see _required: a run of adjacent
#     characters, a repetition's body when it repeats at least once, one of every alternative's literals; nothing
#     from an optional part, a lookaround or a backreference), lower-cased; the test is on ascii_lower(text);
#   * a character the pattern matches case-sensitively, or a caseless one, is in the text as itself, so its
#     lower-case form is in ascii_lower(text) at the same place (ascii_lower lower-cases ASCII, and keeps every
#     character at its position);
#   * a character the pattern matches case-insensitively is in the text as a character that Python's re folds to
#     it: its other ASCII case, which ascii_lower lower-cases, or, for the letters i, k and s, one of
#     _FOLDS_TO_ASCII, which ascii_lower may leave as it is ("ı", "ſ", and "İ", which str.lower expands): a log
#     that holds one of those is searched without the pre-filter. (tests/unit/test_log_search.py checks the
#     list against every code point, and that every other literal character the extractor keeps is caseless.)

# The characters outside ASCII that re.IGNORECASE matches with an ASCII character: "İ" and "ı" (i), "ſ" (s) and
# the Kelvin sign (k).
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
_FOLD_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


@functools.lru_cache(maxsize=8192)
def log_literals(pattern: str, flags: int) -> tuple[tuple[str, ...], ...]:
    """required_literals of one whole-log pattern, kept for every log (() when none is known)."""
    return required_literals(pattern, flags) or ()


# On a long log, a pattern whose match can read only so many lines is searched near its literals only. A match holds
# (consumes) an occurrence of a literal of each of its groups (required_literals reads no lookaround). If a match, its
# lookarounds included, can read across at most K newlines (newline_reach), a match that holds an occurrence on line L
# starts on one of the lines L-K..L and reads nothing past the newline that ends line L+K: the characters it reads,
# and whether a position is the text's end, are the same in the text cut after that newline (re's ``endpos``; ``pos``
# keeps the real start for ^, \A, \b and lookbehinds). So a search of the lines L-K..L, cut one character after
# line L+K's end, finds a match starting on those lines exactly when the whole log has one there; a match it finds
# starting further down is ignored (the cut may have made it). The occurrences are those of the group with the
# fewest, found in ascii_lower(text) under the same condition as the pre-filter above.
_WINDOW_MIN_CHARS = 65536  # (a shorter log is searched whole: the windows would save less than they cost)


def _matches_newline(op: Any, av: Any, flags: int) -> bool:
    """Whether one character item of a parse tree can match a newline (an unknown item: yes)."""
    c = _sre_c
    if op is c.LITERAL:
        return bool(av == 10)
    if op is c.NOT_LITERAL:
        return bool(av != 10)
    if op is c.ANY:
        return bool(flags & re.DOTALL)
    negate, hit = False, False
    for item, value in av:  # (op is IN)
        if item is c.NEGATE:
            negate = True
        elif item is c.LITERAL:
            hit = hit or value == 10
        elif item is c.RANGE:
            hit = hit or value[0] <= 10 <= value[1]
        elif item is c.CATEGORY:
            hit = hit or value not in (c.CATEGORY_NOT_SPACE, c.CATEGORY_DIGIT, c.CATEGORY_WORD,
                                       c.CATEGORY_NOT_LINEBREAK)
        else:
            return True
    return hit != negate


def _newlines(seq: Any, flags: int) -> int | None:
    """The most newlines a match of ``seq`` (its lookarounds included) can read; None when unbounded or unknown."""
    c = _sre_c
    total = 0
    for op, av in seq:
        if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
            total += _matches_newline(op, av, flags)
            continue
        if op is c.AT:
            continue
        if op is c.SUBPATTERN:
            inner = _newlines(av[3], (flags | av[1]) & ~av[2])
        elif op is getattr(c, "ATOMIC_GROUP", None):
            inner = _newlines(av, flags)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            inner = _newlines(av[1], flags)
        elif op is c.BRANCH:
            found = [_newlines(branch, flags) for branch in av[1]]
            inner = None if None in found else max(n for n in found if n is not None)
        elif op is c.GROUPREF_EXISTS:
            found = [_newlines(av[1], flags), _newlines(av[2], flags) if av[2] else 0]
            inner = None if None in found else max(n for n in found if n is not None)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
            body = _newlines(av[2], flags)
            inner = None if body is None or (body and av[1] == c.MAXREPEAT) else body * av[1]
        else:
            return None  # (a backreference, or anything else: unknown)
        if inner is None:
            return None
        total += inner
    return total


@functools.lru_cache(maxsize=8192)
def newline_reach(pattern: str, flags: int) -> int | None:
    """How many newlines a match of the pattern, its lookarounds included, can read at most (None: unbounded)."""
    if _sre_parser is None:
        return None
    try:
        parsed = _sre_parser.parse(pattern, flags)
        return _newlines(parsed, flags | parsed.state.flags)
    except Exception:  # noqa: BLE001 - any surprise in a private parser means "unbounded"
        return None


def _lines_of(group: tuple[str, ...], lowered: str, starts: list[int], most: int) -> set[int] | None:
    """The lines that hold an occurrence of one of ``group``'s literals in ``lowered``; None when more than ``most``."""
    at: set[int] = set()
    if most < 0:
        return None
    for literal in group:
        i = lowered.find(literal)
        while i >= 0:
            at.add(bisect_right(starts, i) - 1)
            if len(at) > most:
                return None
            i = lowered.find(literal, i + 1)
    return at


class LogSearch:
    """The whole-log searches of one log: ``found(regex)`` is ``regex.search(text) is not None``, computed once per
    distinct pattern, skipped where the log lacks a literal the pattern needs, and on a long log read near the
    literals only where a match can read only so many lines (the exactness arguments above)."""

    def __init__(self, text: str, lowered: str, starts: list[int] | None = None) -> None:
        self.text, self.lowered = text, lowered  # lowered: ascii_lower(text)
        self._starts = starts  # each line's offset, and len(text) + 1 (as the scan lists them)
        self._found: dict[tuple[str, int], bool] = {}
        self._literal: dict[str, bool] = {}
        self._windows: dict[tuple[str, int], list[tuple[int, int, int]] | None] = {}
        self._prefilter: bool | None = None

    def found(self, regex: re.Pattern[str]) -> bool:
        """Whether ``regex`` matches anywhere in the log."""
        key = (regex.pattern, regex.flags)
        hit = self._found.get(key)
        if hit is None:
            hit = self._found[key] = self._possible(key) and self._search(regex, key)
        return hit

    def _search(self, regex: re.Pattern[str], key: tuple[str, int]) -> bool:
        windows = self.windows(regex)
        if windows is None:
            return regex.search(self.text) is not None
        for first, after, endpos in windows:
            m = regex.search(self.text, first, endpos)
            if m is not None and m.start() < after:
                return True
        return False

    def windows(self, regex: re.Pattern[str]) -> list[tuple[int, int, int]] | None:
        """(first character, the character after the last line, endpos) of each stretch of lines a match of ``regex``
        must start in, in order; None where the whole log is to be searched (a short log, a log with a character re
        folds to ASCII, a pattern without literals or of unbounded reach, or literals on too many lines). ``regex``
        may run on the text or on ascii_lower(text): the offsets are the same."""
        text = self.text
        if len(text) < _WINDOW_MIN_CHARS:
            return None
        key = (regex.pattern, regex.flags)
        if key in self._windows:
            return self._windows[key]
        if self._prefilter is None:
            self._prefilter = text.isascii() or not any(ch in text for ch in _FOLDS_TO_ASCII)
        groups, k = log_literals(*key), newline_reach(*key)
        self._windows[key] = None
        if not groups or k is None or not self._prefilter:
            return None
        if self._starts is None:
            self._starts = [0, *accumulate(len(line) + 1 for line in text.split("\n"))]
        starts, lowered = self._starts, self.lowered
        lines = len(starts) - 1
        budget = lines // (2 * (k + 1))  # (more lines than this: the windows would cover half the log or more)
        # (speed24) the group whose literals are on the fewest lines, as the argument above says: a match holds an
        # occurrence of every group, so any one group's lines bound where it starts. (Until then the first group alone was
        # read: a marker on thousands of lines sent the whole log to the search though the closing words were on one.)
        best: set[int] | None = None
        for group in groups:
            at = _lines_of(group, lowered, starts, budget if best is None else min(budget, len(best) - 1))
            if at is not None:
                best = at
                if len(best) <= 1:
                    break
        if best is None:
            return None
        spans: list[list[int]] = []
        for line in sorted(best):
            if spans and line - k <= spans[-1][1] + 1:
                spans[-1][1] = line
            else:
                spans.append([max(0, line - k), line])
        size = len(text)
        found = [(starts[a], starts[b + 1], min(size, starts[min(b + k + 1, lines)] + 1)) for a, b in spans]
        self._windows[key] = found
        return found

    def _possible(self, key: tuple[str, int]) -> bool:
        groups = log_literals(*key)
        if not groups:
            return True
        if self._prefilter is None:
            self._prefilter = self.text.isascii() or not any(ch in self.text for ch in _FOLDS_TO_ASCII)
        if not self._prefilter:
            return True
        return all(any(self._has(literal) for literal in group) for group in groups)

    def _has(self, literal: str) -> bool:
        hit = self._literal.get(literal)
        if hit is None:
            hit = self._literal[literal] = literal in self.lowered
        return hit


def ascii_lower(text: str) -> str:
    """Lower-cased text whose every character stays at its position (str.lower may expand some), with the four
    characters outside ASCII that re.IGNORECASE matches with an ASCII letter ("İ" and "ı" as i, "ſ" as s, the Kelvin
    sign as k: _FOLDS_TO_ASCII) written as that letter. A case-insensitive pattern rewritten to run case-sensitively
    on this text (compile_matcher) then matches where the pattern as written matches the text (a Turkish-locale
    "CONNECTİON REFUSED"), and the matchers' literal pre-filter finds the literal there too."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text.translate(_ASCII_LOWER)
    if not lowered.isascii() and any(ch in lowered for ch in _FOLDS_TO_ASCII):
        lowered = lowered.translate(_FOLD_TO_ASCII)
    return lowered


def compile_matcher(pattern: re.Pattern[str]) -> Matcher:
    """The fastest exact equivalent of ``pattern`` this module knows how to build."""
    groups = required_literals(pattern.pattern, pattern.flags) or ()
    source, flags, on_lowered = pattern.pattern, pattern.flags, False
    if flags & re.IGNORECASE:
        rewritten = _lower_pattern(source)
        if rewritten is not None:
            source, flags, on_lowered = rewritten, flags & ~re.IGNORECASE, True
    line_start, left_boundary = LINE_START_NONE, False
    if (
        flags & re.MULTILINE
        and source.startswith("^\\s*")
        and _starts_with_literal(source[4:], flags)
    ):
        source, line_start = source[4:], LINE_START_BLANK
    elif (
        flags & re.MULTILINE and source.startswith("^") and _starts_with_literal(source[1:], flags)
    ):
        source, line_start = source[1:], LINE_START_EXACT
    elif source.startswith("\\b") and _starts_with_literal(source[2:], flags, word=True):
        source, left_boundary = source[2:], True
    if source == pattern.pattern and flags == pattern.flags:
        return Matcher(pattern, groups, anchored=_ANCHORED.match(source) is not None)
    try:
        regex = re.compile(source, flags)
    except re.error:
        return Matcher(pattern, groups, anchored=_ANCHORED.match(pattern.pattern) is not None)
    return Matcher(
        regex, groups, on_lowered, left_boundary, line_start, _ANCHORED.match(source) is not None
    )


def required_literals(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], ...] | None:
    """Pre-filter for a pattern: groups of lower-case literals; a match needs one of each group.

    None when nothing useful can be said (then the regex always runs).
    """
    if _sre_parser is None:
        return None
    try:
        groups = _required(_sre_parser.parse(pattern, flags))
    except Exception:  # noqa: BLE001 - any surprise in a private parser means "no pre-filter"
        return None
    useful = [g for g in groups if min(_usefulness(s) for s in g) >= _MIN_LITERAL]
    if not useful:
        return None
    useful.sort(key=lambda g: -min(_usefulness(s) for s in g))
    return tuple(useful)


def _usefulness(literal: str) -> int:
    # A non-ASCII symbol (a "❌" or "✖" marker) is as selective as several ASCII letters.
    return sum(1 if ch.isascii() else 3 for ch in literal)


def _caseless(ch: str) -> bool:
    return ch.isascii() or ch.lower() == ch == ch.upper()


def _required(seq: Any) -> list[tuple[str, ...]]:
    """AND-list of OR-groups of literals that any match of ``seq`` must contain."""
    c = _sre_c
    groups: list[tuple[str, ...]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            groups.append(("".join(run),))
            run.clear()

    repeats = {c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)}
    for op, av in seq:
        if op is c.LITERAL and _caseless(chr(av)):
            run.append(chr(av).lower())
            continue
        flush()
        if op is c.SUBPATTERN:
            groups.extend(_required(av[-1]))
        elif op is getattr(c, "ATOMIC_GROUP", None):
            groups.extend(_required(av))
        elif op is c.BRANCH:
            # One group per alternative is necessary for that alternative; their union for the branch.
            best = [_best(_required(branch)) for branch in av[1]]
            if all(best):
                groups.append(tuple(s for group in best for s in group))  # type: ignore[union-attr]
        elif op is c.IN and av and all(o is c.LITERAL and _caseless(chr(v)) for o, v in av):
            groups.append(tuple(chr(v).lower() for _, v in av))  # a set of marker characters
        elif op in repeats and av[0] >= 1:
            groups.extend(_required(av[2]))
    flush()
    return groups


def _best(groups: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    if not groups:
        return None
    return max(groups, key=lambda g: min(_usefulness(s) for s in g))


def _lower_pattern(source: str) -> str | None:
    """The pattern with its ASCII letters lower-cased outside escapes, or None if unsafe."""
    flag_group = _FLAG_GROUP.match(source)
    if flag_group:
        letters = flag_group.group(1).replace("i", "")
        source = (f"(?{letters})" if letters else "") + source[flag_group.end() :]
    if "(?-" in source or "\\N{" in source or "(?P" in source:
        return None  # scoped case-sensitivity, named characters or groups: leave alone
    out: list[str] = []
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            out.append(source[i : i + 2])  # \S, \D, \W, \B keep their meaning
            i += 2
            continue
        if not _caseless(ch):
            return None  # non-ASCII case folding differs from ascii_lower
        out.append(ch.lower() if ch.isascii() else ch)
        i += 1
    return "".join(out).replace("(?i:", "(?:")


def _starts_with_literal(source: str, flags: int, *, word: bool = False) -> bool:
    """True when every match of ``source`` starts with a known literal (a word character if asked)."""
    if _sre_parser is None:
        return False
    try:
        first = _first_chars(list(_sre_parser.parse(source, flags)))
    except Exception:  # noqa: BLE001 - any doubt: keep the anchor in the regex
        return False
    if not first:
        return False
    return all(_is_word(ch) for ch in first) if word else all(not ch.isspace() for ch in first)


def _first_chars(seq: list[Any]) -> set[str] | None:
    """Characters a match of ``seq`` can start with, or None when unknown."""
    if not seq:
        return None
    c = _sre_c
    op, av = seq[0]
    if op is c.LITERAL:
        return {chr(av)}
    if op is c.IN:
        chars: set[str] = set()
        for item, value in av:
            if item is c.LITERAL:
                chars.add(chr(value))
            elif item is c.RANGE and value[1] - value[0] < 128:
                chars.update(chr(v) for v in range(value[0], value[1] + 1))
            else:
                return None
        return chars
    if op is c.SUBPATTERN:
        return _first_chars(list(av[-1]))
    if op is c.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            branch_chars = _first_chars(list(branch))
            if branch_chars is None:
                return None
            found |= branch_chars
        return found
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
        return _first_chars(list(av[2]))
    return None


def _trie_regex(words: list[str]) -> str:
    """One regex matching the longest of ``words`` that starts at a position (a trie of them)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"
