"""Rules proposed from the team's decisions: signature entries mined from labelled failures.

A failure is labelled by what the team did with it (``similar.team_labels``: rerun outcomes,
approvals and rejections). A normalised error line shared by several labelled failures that the
catalogue does not already explain becomes a candidate pattern (numbers, paths, ids turned back
into wildcards); the pattern is then run over every labelled failure's stored log, which gives its
support (how many it matches) and its precision (how many of those carry the majority label).
Candidates with enough support and precision are proposed, with examples; nothing changes the
catalogue until a person accepts one (``accept``), which appends it to the signatures file.
A rejection is remembered, so the same proposal does not come back.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..atomicfile import write_atomic
from ..core.models import FailureCase
from ..core.states import RuleDecisionStatus
from ..errors import ConfigError, TriageError
from ..store import Store, loads, memory
from ..timeutil import iso
from .catalogue import Catalogue, load_catalogue
from .similar import JUDGED, team_labels, words

MIN_SUPPORT = 3
MIN_PRECISION = 0.9
MIN_WORDS = 2
MAX_LINE = 200
MAX_EXAMPLES = 5

_PLACEHOLDERS = {
    "<n>": r"\d+(?:\.\d+)?",
    "<hex>": r"(?:0x)?[0-9a-f]{7,}",
    "<path>": r"\S+",
    "<ip>": r"\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?",
    "<ts>": r"\S+(?: \S+)?",
    "<id>": r"[0-9a-f-]{36}",
    "<tmp>": r"\S+",
}
_TOKEN = re.compile(r"<(?:n|hex|path|ip|ts|id|tmp)>")
# normalise() spells exit codes as letters (so numbers elsewhere can be wildcards); undo it.
_EXIT_WORDS = re.compile(r"\b(exit(?:ed)?(?: with)?(?: code)?(?: exit)? (?:code|status)|signal) ([a-j]{1,3})\b")
_LETTER_DIGITS = str.maketrans("abcdefghij", "0123456789")
_SLUG = re.compile(r"[^a-z0-9]+")


class RuleError(TriageError):
    """A rule suggestion cannot be accepted or rejected (one line saying why)."""


@dataclass(frozen=True)
class Suggestion:
    """One proposed signature entry, with the evidence for it from the team's history."""

    id: str
    signature_id: str
    verdict: str
    category: str
    weight: float
    pattern: str
    line: str  # the normalised error line it came from
    support: int  # labelled failures the pattern matches
    correct: int  # of those, how many carry ``verdict``
    examples: tuple[dict[str, Any], ...] = field(default_factory=tuple)

    @property
    def precision(self) -> float:
        """Share of the matched labelled failures that carry the proposed verdict."""
        return self.correct / self.support if self.support else 0.0

    def entry(self) -> dict[str, Any]:
        """The signature table this suggestion would add."""
        return {
            "id": self.signature_id,
            "leaning": self.verdict,
            "category": self.category,
            "weight": self.weight,
            "patterns": [self.pattern],
            "help": (f"Proposed from the team's history: {self.correct} of {self.support} failures "
                     f"with this line were {self.verdict}."),
        }

    def to_dict(self) -> dict[str, Any]:
        """JSON shape of ``rules suggest --json``."""
        return {
            "id": self.id, "verdict": self.verdict, "category": self.category,
            "weight": self.weight, "pattern": self.pattern, "line": self.line,
            "support": self.support, "correct": self.correct,
            "precision": round(self.precision, 3), "examples": list(self.examples),
            "signature": self.entry(),
        }


def pattern_for(line: str) -> str:
    """A regular expression over raw log lines that matches what normalised to ``line``."""
    line = _EXIT_WORDS.sub(lambda m: f"{m.group(1)} {m.group(2).translate(_LETTER_DIGITS)}", line)
    out: list[str] = []
    pos = 0
    for m in _TOKEN.finditer(line):
        out.append(_escape(line[pos:m.start()]))
        out.append(_PLACEHOLDERS[m.group()])
        pos = m.end()
    out.append(_escape(line[pos:]))
    return "".join(out).strip()


def _escape(text: str) -> str:
    # Runs of spaces were collapsed by normalise(); the log may have any whitespace there.
    return r"\s+".join(re.escape(part) for part in text.split(" "))


def _labelled(store: Store) -> list[dict[str, Any]]:
    rows = memory.indexed_failures(store)
    labels = team_labels(store, [r["failure_id"] for r in rows])
    out = []
    for r in rows:
        label = labels.get(r["failure_id"])
        # A weak label (a rerun approved, outcome unknown) is a guess, not a decision.
        if label is None or label[1] < JUDGED:
            continue
        tests = loads(r["failed_tests"], []) or []
        messages = "\n".join(str(t.get("message") or "") for t in tests if isinstance(t, dict))
        out.append({**r, "label": label[0], "outcome": label[2],
                    "haystack": f"{r['log_excerpt'] or ''}\n{messages}"})
    return out


def suggest(store: Store, catalogue: Catalogue, *, explains: Callable[[str, str], bool] | None = None,
            min_support: int = MIN_SUPPORT, min_precision: float = MIN_PRECISION) -> list[Suggestion]:
    """Proposed signature entries, best supported first; accepted and rejected ones are left out.

    ``explains(line, verdict)`` says whether the current catalogue already reads ``line`` that way
    (then a new rule adds nothing); by default the catalogue's patterns are tried on the line.
    """
    labelled = _labelled(store)
    if not labelled:
        return []
    explains = explains or _catalogue_explains(catalogue)
    per_line: dict[str, set[int]] = {}
    for r in labelled:
        for line in {ln for ln in (r["text"] or "").splitlines() if ln.strip()}:
            if len(line) <= MAX_LINE and len(words(line)) >= MIN_WORDS:
                per_line.setdefault(line, set()).add(r["failure_id"])
    decided = memory.decided_rule_ids(store)
    taken: set[frozenset[int]] = set()
    out: list[Suggestion] = []
    for line, ids in sorted(per_line.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if len(ids) < min_support:
            continue
        try:
            regex = re.compile(pattern_for(line), re.IGNORECASE)
        except re.error:
            continue
        matched = [r for r in labelled if regex.search(r["haystack"])]
        if len(matched) < min_support:
            continue
        counts = Counter(r["label"] for r in matched)
        verdict, correct = counts.most_common(1)[0]
        if correct / len(matched) < min_precision or explains(line, verdict):
            continue
        group = frozenset(r["failure_id"] for r in matched)
        if group in taken:  # another line of the same failures says it already
            continue
        taken.add(group)
        pattern = regex.pattern
        sid = "s-" + hashlib.sha256(f"{verdict}\n{pattern}".encode()).hexdigest()[:8]
        if sid in decided:
            continue
        categories = Counter(r["category"] for r in matched if r["label"] == verdict and r["category"])
        category = categories.most_common(1)[0][0] if categories else "history"
        if not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,39}", category):
            category = "history"
        out.append(Suggestion(
            id=sid,
            signature_id=_signature_id(verdict, line, sid),
            verdict=verdict,
            category=category,
            weight=_weight(correct, len(matched)),
            pattern=pattern,
            line=line,
            support=len(matched),
            correct=correct,
            examples=tuple(
                {"failure_id": r["failure_id"], "project_slug": r["project_slug"],
                 "job_name": r["job_name"], "pipeline_number": r["pipeline_number"],
                 "seen_at": r["detected_at"], "label": r["label"], "outcome": r["outcome"]}
                for r in sorted(matched, key=lambda r: r["detected_at"] or "", reverse=True)[:MAX_EXAMPLES]),
        ))
    out.sort(key=lambda s: (-s.correct, -s.precision, s.id))
    return out


def _weight(correct: int, support: int) -> float:
    # Shrunk towards 0.5 by half a failure each way: 3 of 3 gives 0.875, 10 of 10 0.95.
    return round(min(0.95, max(0.6, (correct + 0.5) / (support + 1))), 3)


def _signature_id(verdict: str, line: str, sid: str) -> str:
    slug = _SLUG.sub("-", " ".join(_TOKEN.sub(" ", line).split()[:5]).lower()).strip("-")[:40]
    return f"team-{verdict}-{slug or 'rule'}-{sid[2:6]}".rstrip("-")


def _catalogue_explains(catalogue: Catalogue) -> Callable[[str, str], bool]:
    from .rules import RulesEngine

    engine = RulesEngine(catalogue)

    def explains(line: str, verdict: str) -> bool:
        raw = _EXIT_WORDS.sub(lambda m: f"{m.group(1)} {m.group(2).translate(_LETTER_DIGITS)}", line)
        raw = _TOKEN.sub("1", raw)
        found = engine.findings(FailureCase(id="suggest", log=raw))
        return any(f.leaning == verdict and f.weight >= 0.7 for f in found)

    return explains


def find(suggestions: Sequence[Suggestion], suggestion_id: str) -> Suggestion:
    """The suggestion with this id, or a RuleError saying where to look."""
    for s in suggestions:
        if s.id == suggestion_id:
            return s
    raise RuleError(f"no current suggestion {suggestion_id!r} (see `triage-agent rules suggest`)")


HEADER = """\
# Team signatures for triage-agent: entries accepted from `triage-agent rules suggest`, and any
# you write by hand. Same format as the built-in catalogue (triage_agent/classify/signatures.toml);
# an entry with the id of a built-in one replaces it. Loaded through classifier.signatures_file.

version = 1
"""


def render_entry(s: Suggestion, *, actor: str, now: datetime, signature_id: str | None = None) -> str:
    """The TOML text appended to the signatures file for an accepted suggestion."""
    entry = s.entry()
    examples = ", ".join(f"{e['project_slug']} #{e['pipeline_number']} {e['job_name']}" for e in s.examples[:3])
    lines = [
        "",
        f"# Accepted by {actor} on {iso(now)[:10]} from suggestion {s.id}: {s.correct} of "
        f"{s.support} matching failures in the team's history were {s.verdict}.",
    ]
    if examples:
        lines.append(f"# Examples: {examples}")
    lines += [
        "[[signature]]",
        f"id = {json.dumps(signature_id or entry['id'])}",
        f"leaning = {json.dumps(entry['leaning'])}",
        f"category = {json.dumps(entry['category'])}",
        f"weight = {entry['weight']}",
        # JSON string escapes are valid TOML basic-string escapes.
        f"patterns = [{json.dumps(s.pattern)}]",
        f"help = {json.dumps(entry['help'])}",
        "",
    ]
    return "\n".join(lines)


def accept(store: Store, suggestion: Suggestion, path: Path, *, actor: str, now: datetime) -> str:
    """Append the suggestion to the signatures file at ``path`` (created if missing, its comments and
    entries kept) and remember the decision; returns the signature id written."""
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    existing = set(re.findall(r'(?m)^\s*id\s*=\s*"([^"]+)"', text))
    sig_id, n = suggestion.signature_id, 2
    while sig_id in existing:
        sig_id, n = f"{suggestion.signature_id}-{n}", n + 1
    new_text = text.rstrip("\n") + "\n" + render_entry(suggestion, actor=actor, now=now, signature_id=sig_id)
    _write_checked(path, new_text)
    memory.record_rule_decision(store, memory.RuleDecision(
        id=suggestion.id, status=RuleDecisionStatus.ACCEPTED, verdict=suggestion.verdict,
        pattern=suggestion.pattern, decided_by=actor, decided_at=now, file=str(path)))
    return sig_id


def reject(store: Store, suggestion: Suggestion, *, actor: str, now: datetime, reason: str = "") -> None:
    """Remember that a person refused this suggestion, so it is not proposed again."""
    memory.record_rule_decision(store, memory.RuleDecision(
        id=suggestion.id, status=RuleDecisionStatus.REJECTED, verdict=suggestion.verdict,
        pattern=suggestion.pattern, decided_by=actor, decided_at=now, reason=reason))


def _write_checked(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, only if the result loads as a signatures file."""

    def loads_as_signatures(tmp: Path) -> None:
        try:
            load_catalogue(extra_files=[str(tmp)])
        except ConfigError as exc:
            raise RuleError(f"{path}: the accepted rule would not load ({exc}); file left unchanged") from None

    write_atomic(path, text, check=loads_as_signatures)
