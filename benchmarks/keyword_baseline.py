r"""The offline engine against a plain keyword match, on every labelled set there is.

Issue 14 measured a plain keyword match beside the engine on short failure excerpts (the keyword match reached
transient precision 0.97 and recall 0.67 there, the engine of that day 1.00 and 0.40). This script keeps that
comparison in reach: a log is called transient by the keyword match when any line holds one of the infrastructure
words in KEYWORDS below (time-outs, refused or reset connections, DNS, 5xx and 429 answers, rate limits, lost
runners, a full disk or memory, the words "flaky" and "intermittent"), real otherwise; it never says unknown.

The word list was written from general knowledge of CI failures before any of the measured blind sets of round 28
arrived, and is not tuned on any set: it is the yardstick, not a classifier. Per set, it prints both readers'
transient precision and recall and the cases where they disagree, by label:

    python benchmarks/keyword_baseline.py                      # labelled_moves.py's sets: dev, rebuilt, the fault sweep
    python benchmarks/keyword_baseline.py --extra ../shared/eval/sets/*.jsonl --list

``--list`` also prints each disagreeing case's id (never its log). Where the keyword match is right and the engine
is not, the engine misses words a plain reader knows; where the engine is right and the keyword match is not, the
engine's context (whose line, which step, what came after) earns its keep.
"""

from __future__ import annotations

import json
import re

from _common import header, parse_args, progress, table
from labelled_moves import SETS, with_extra

from triage_agent.classify.rules import RulesEngine
from triage_agent.core.models import FailureCase

# (one alternative a word: "timed?[ _-]?out" holds "timeout", "connection timed out", "ETIMEDOUT" and "Gateway
# Time-out" too, "could not resolve host" holds "... hostname")
KEYWORDS = re.compile(
    r"(?i)timed?[ _-]?out\b|deadline exceeded"
    r"|connection (?:reset|refused|closed|aborted)|\bECONN(?:RESET|REFUSED|ABORTED)\b"
    r"|\bEAI_AGAIN\b|\bENOTFOUND\b|socket hang up|broken pipe|unexpected eof"
    r"|could not resolve host|name or service not known|temporary failure in name resolution"
    r"|no such host|getaddrinfo|network (?:error|is unreachable|unreachable)"
    r"|\b50[234]\b|bad gateway|service unavailable|internal server error"
    r"|\b429\b|too many requests|rate[ -]?limit"
    r"|runner (?:has received a shutdown signal|lost|was lost)|lost communication|agent (?:lost|disconnected)"
    r"|no space left on device|out of memory|\bOOM\b|cannot allocate memory"
    r"|\bflaky\b|\bflakiness\b|intermittent")


def keyword_verdict(log: str) -> str:
    """'transient' where any line of ``log`` holds one of KEYWORDS, 'real' otherwise."""
    return "transient" if KEYWORDS.search(log) else "real"


def _args():
    def extra(parser):
        parser.add_argument("--extra", nargs="*", default=[], help="more labelled JSONL files (blind sets)")
        parser.add_argument("--list", action="store_true", help="print each disagreeing case's id")

    return parse_args(__doc__.splitlines()[0], extra)


def _pr(pairs: list[tuple[str, str]]) -> tuple[str, str]:
    """Transient precision and recall of (label, verdict) pairs, as text."""
    tp = sum(1 for label, v in pairs if v == "transient" and label == "transient")
    said = sum(1 for _, v in pairs if v == "transient")
    total = sum(1 for label, _ in pairs if label == "transient")
    return (f"{tp / said:.3f}" if said else "-", f"{tp / total:.3f}" if total else "-")


def main() -> int:
    args = _args()
    sets = dict(SETS)
    with_extra(sets, args.extra)
    engine = RulesEngine()
    header("The engine against a plain keyword match", "python benchmarks/keyword_baseline.py --extra FILES")
    rows, listed = [], []
    for name, path in sets.items():
        if not path.exists():
            progress("%s: %s is absent, left out", name, path)
            continue
        ours, theirs = [], []
        only_kw = {"transient": 0, "real": 0}
        only_engine = {"transient": 0, "real": 0}
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            label = case.get("label")
            if label not in ("transient", "real"):
                continue
            verdict = engine.classify(FailureCase.from_dict(case)).verdict
            kw = keyword_verdict(case.get("log") or "")
            ours.append((label, verdict))
            theirs.append((label, kw))
            if kw == "transient" and verdict != "transient":
                only_kw[label] += 1
                listed.append((name, "keyword says transient, engine " + verdict, label, case["id"]))
            elif verdict == "transient" and kw != "transient":
                only_engine[label] += 1
                listed.append((name, "engine says transient, keyword real", label, case["id"]))
        p, r = _pr(ours)
        kp, kr = _pr(theirs)
        unknown = sum(1 for _, v in ours if v == "unknown")
        rows.append((name, len(ours), sum(1 for lb, _ in ours if lb == "transient"), p, r, unknown, kp, kr,
                     f"{only_kw['transient']} / {only_kw['real']}", f"{only_engine['transient']} / {only_engine['real']}"))
    print(table(["set", "cases", "transient", "engine P", "engine R", "engine unknown", "keyword P", "keyword R",
                 "keyword alone says transient (label T / R)", "engine alone says transient (label T / R)"], rows))
    if args.list:
        print()
        print(table(["set", "disagreement", "label", "id"], listed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
