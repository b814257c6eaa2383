#!/usr/bin/env python3
"""Rebuild the held-out cases whose logs come from public research datasets.

``docs/heldout-sources.jsonl`` names every held-out case's id, label, split and source. The
cases of six datasets (LogChunks ``lacinoire/master-thesis``, CiDiff ``labri-progress/cidiff``,
Cockpit ``cockpit-project/cockpituous``, GitBug-Java ``gitbugactions/gitbug-java``, BugSwarm-dissection
``tdurieux/BugSwarm-dissection``, the Veloren GitLab CI jobs of
``ahenrij/efficient-detection-intermittent-job-failures``) have a source
of the form ``owner/name:path@commit[#rowN]`` (a Veloren job's
``...:data/labeled.zip@commit#veloren.csv:<job id>``); their logs are third-party data, never committed,
so this script rebuilds them from local git copies of the datasets, in the eval case format
(``triage-agent eval FILE``).

    python scripts/rebuild_heldout.py --datasets DIR [--sources docs/heldout-sources.jsonl]
                                      [--out DIR] [--split S ...]

``--datasets DIR`` holds one git repository per dataset, a clone or a bare mirror, named
``DIR/<owner>+<name>`` or ``DIR/<owner>/<name>``. Files are read with ``git show COMMIT:PATH``,
so the checked-out branch does not matter, but each commit named in the sources must be present.
A full clone of each default branch has them::

    git clone --bare https://github.com/lacinoire/master-thesis DIR/lacinoire+master-thesis
    git clone --bare https://github.com/labri-progress/cidiff DIR/labri-progress+cidiff
    git clone --bare https://github.com/cockpit-project/cockpituous DIR/cockpit-project+cockpituous
    git clone --bare https://github.com/gitbugactions/gitbug-java DIR/gitbugactions+gitbug-java
    git clone --bare https://github.com/tdurieux/BugSwarm-dissection DIR/tdurieux+BugSwarm-dissection
    git clone --bare https://github.com/ahenrij/efficient-detection-intermittent-job-failures \
        DIR/ahenrij+efficient-detection-intermittent-job-failures

(a folder ``DIR/<owner>+<name>/repo`` holding the repository, as a fetched mirror does, works too)

(if one lacks a commit: ``git -C DIR/<owner>+<name> fetch origin <full commit id>``).

Without ``--split`` every split is rebuilt but the BugSwarm-dissection sets (``final34a``, ``final34d``,
``final35d``) and the twenty-fourth and twenty-fifth rounds' LogChunks sets (``final35c``; ``final36c``, ``final36d``),
which are rebuilt only when named (``--split final34a final34d final35d --out .../rebuilt-bugswarm``, ``--split final35c
--out .../rebuilt-final35c``, ``--split final36c final36d --out .../rebuilt-final36``), so that the default rebuild stays the 678
cases the labelled checks compare. The Veloren jobs (split ``veloren``: 366 failed GitLab CI jobs, each labelled by a
person intermittent or regular; transient when the dataset's ``flaky`` column is 1, else real) are rebuilt only when
named too (``--split veloren --out .../rebuilt-veloren``); ``--add-sources`` first appends the rows of the jobs the
sources file lacks, read from the newest commit of the dataset that holds ``data/labeled.zip``, printing only counts.

Writes ``own.jsonl`` (every rebuilt case, in the order of the sources file) and one file per
family (``own-lc.jsonl``, ``own-cidiff.jsonl``, ``own-cockpit.jsonl``, ``own-gitbug.jsonl``,
``own-bugswarm.jsonl``, ``own-veloren.jsonl``) into
``--out`` (default ``$TRIAGE_AGENT_SHARED/eval/rebuilt``, else ``../shared/eval/rebuilt`` beside
the checkout), then prints the counts per family x label x split and the rows it could not
rebuild. Exit status 1 when a row could not be rebuilt (the others are still written).

Each split is excerpted the way it was made, so that the rebuilt cases are the ones that were
labelled and measured: the sixth round's splits (``tune6``, ``final6``) with that round's
builders, the older ones (``tune``, ``final``, ``final2``) with the excerpting behind the
development set. The twenty-fourth and twenty-fifth rounds' LogChunks splits (``ORDERED_SPLITS``: ``final35c``,
``final36c``, ``final36d``) take the development set's excerpt around the place where the labelled chunk's first lines
follow each other in order, not around the first line that holds its first line alone (``lc_excerpt_dev``'s
``ordered``): their labels were read from the chunk. Only code and the datasets' file layout live here, no dataset
content.
"""

from __future__ import annotations

import argparse
import collections
import csv
import gzip
import io
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCES = REPO / "docs" / "heldout-sources.jsonl"
DEFAULT_OUT = Path(os.environ.get("TRIAGE_AGENT_SHARED") or REPO.parent / "shared") / "eval" / "rebuilt"

# dataset repository -> family; family -> suffix of its output file
FAMILIES = {
    "lacinoire/master-thesis": "logchunks",
    "labri-progress/cidiff": "cidiff",
    "cockpit-project/cockpituous": "cockpit",
    "gitbugactions/gitbug-java": "gitbug",
    "tdurieux/BugSwarm-dissection": "bugswarm",
    "ahenrij/efficient-detection-intermittent-job-failures": "veloren",
}
# Families rebuilt only when one of their splits is named: the twenty-third round's blind BugSwarm-dissection sets
# (final34a, final34d: 107 Travis logs of up to 60,000 characters) stay out of the default rebuild, the 678 cases
# the labelled checks (benchmarks/labelled_moves.py, the prefix tests) compare run to run.
# The Veloren GitLab jobs (split ``veloren``, 366 jobs with a person's intermittent / regular label) are measured blind
# by the lead and stay out of the default rebuild for the same reason.
ON_REQUEST = frozenset({"bugswarm", "veloren"})
# Families measured blind: a row that cannot be rebuilt is listed without its label.
BLIND_FAMILIES = frozenset({"veloren"})
# Splits rebuilt only when named, for the same reason: the twenty-fourth round's blind LogChunks labels (final35c: 77
# logs no earlier set used, ``--split final35c --out .../rebuilt-final35c``) and the twenty-fifth round's (final36c,
# final36d: 94 more, 60 and 34, ``--split final36c final36d --out .../rebuilt-final36``).
ON_REQUEST_SPLITS = frozenset({"final35c", "final36c", "final36d"})
FILE_SUFFIX = {"logchunks": "lc", "cidiff": "cidiff", "cockpit": "cockpit", "gitbug": "gitbug",
               "bugswarm": "bugswarm", "veloren": "veloren"}

# The sixth round's splits were excerpted by that round's builders, and so were the eighth and eleventh rounds'
# LogChunks sets (final12, final13, final19); all others like dev.jsonl.
ROUND6_SPLITS = frozenset({"tune6", "final6", "final12", "final13", "final19"})
# LogChunks splits whose chunk is placed by its first lines in order (lc_excerpt_dev's ``ordered``): the twenty-fourth
# and twenty-fifth rounds' sets, labelled from the authors' chunk; the older splits keep the excerpts they were
# measured on.
ORDERED_SPLITS = frozenset({"final35c", "final36c", "final36d"})

# LogChunks layout: logs under tool/samples/<language>/<owner>@<repo>/failed/<job>.log, the
# labelled failure chunks in the example-set XMLs under tool/example-sets/.
LC_SAMPLES = "tool/samples/"
LC_EXAMPLE_SETS = "tool/example-sets"
LC_TARGET = "BuildFailureReason"

# BugSwarm-dissection layout (the data behind Durieux and Abreu's 2019 review of BugSwarm): each artifact's
# failed Travis log at BugSwarm/<artifact>/failing.log, the authors' failure category per artifact in
# category.json. A case keeps the log's last BS_KEEP characters (the failure is at its end).
BS_LOG = re.compile(r"BugSwarm/([^/]+)/failing\.log")
BS_KEEP = 60_000
BS_CLONE = re.compile(r"git clone [^\n]*?github\.com[/:]([\w.-]+|\[secure\])/([\w.-]+?)(?:\.git)?[ \r\n]")

# Veloren layout (the data behind Aidasso et al.'s ICSME 2025 study of intermittent job failures): data/labeled.zip
# holds veloren.csv, one failed GitLab CI job of the Veloren project a row (id, name, created_at, log, brown, flaky,
# flaky_reason), each labelled by a person intermittent (flaky == 1: a rerun of the same commit would pass) or regular.
# A case keeps the cleaned log's last VL_KEEP characters, like BugSwarm-dissection's.
VL_REPO = "ahenrij/efficient-detection-intermittent-job-failures"
VL_ZIP = "data/labeled.zip"
VL_CSV = "veloren.csv"
VL_KEEP = 60_000
VL_SPLIT = "veloren"

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")
ANSI_CSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
XML_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# The example-set XMLs lost their ESC bytes: a chunk may keep '[0m'-style leftovers ('[0K' too).
ORPHAN_SGR = re.compile(r"\[[0-9;]*m")
ORPHAN_SGR_EL = re.compile(r"\[[0-9;]*[mK]")
TRUNC = "[... excerpt truncated ...]"


class RebuildError(Exception):
    """A row (or a whole dataset) that cannot be rebuilt; the message says why, in one line."""


# --------------------------------------------------------------------------- sources


@dataclass(frozen=True)
class Source:
    repo: str  # owner/name
    path: str  # file inside the dataset repository
    commit: str  # commit id as written (may be abbreviated)
    suffix: str  # what follows the commit, e.g. '#row12'


def parse_source(src: str) -> Source:
    """``owner/name:path@commit[#suffix]`` (the path may itself contain '@')."""
    repo, sep, rest = src.partition(":")
    path, at, tail = rest.rpartition("@")
    m = re.match(r"[0-9a-fA-F]{7,40}", tail)
    if not sep or not at or not path or "/" not in repo or m is None:
        raise RebuildError(f"unreadable source {src!r} (expected owner/name:path@commit)")
    return Source(repo, path, m.group(0), tail[m.end():])


def read_sources(path: Path, splits: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """The rows of the sources file that come from one of the datasets, optionally of some splits."""
    wanted = set(splits) if splits else None
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            row = json.loads(line)
            repo = row["source"].split(":", 1)[0]
            if repo not in FAMILIES:
                continue
            if wanted is None and (FAMILIES[repo] in ON_REQUEST or row.get("split") in ON_REQUEST_SPLITS):
                continue
            if wanted is not None and row.get("split") not in wanted:
                continue
            rows.append(row)
    return rows


# --------------------------------------------------------------------------- datasets


class Dataset:
    """A local git repository (clone or bare mirror) of one dataset, read at given commits."""

    def __init__(self, name: str, gitdir: Path):
        self.name = name
        self.gitdir = gitdir
        self._resolved: dict[str, str | None] = {}

    def _git(self, *args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(["git", "-C", str(self.gitdir), *args], capture_output=True)

    def resolve(self, commit: str) -> str:
        if commit not in self._resolved:
            p = self._git("rev-parse", "--verify", "--quiet", f"{commit}^{{commit}}")
            self._resolved[commit] = p.stdout.decode().strip() if p.returncode == 0 else None
        full = self._resolved[commit]
        if full is None:
            raise RebuildError(
                f"dataset {self.name} ({self.gitdir}) has no commit {commit}: update it "
                f"(git -C {self.gitdir} fetch origin) or clone the repository whole")
        return full

    def show(self, commit: str, path: str) -> bytes:
        full = self.resolve(commit)
        p = self._git("show", f"{full}:{path}")
        if p.returncode != 0:
            raise RebuildError(f"{path} is not in {self.name} at {commit}")
        return p.stdout

    def newest_with(self, path: str) -> str:
        """The newest commit of HEAD's history whose tree holds ``path``."""
        p = self._git("rev-list", "HEAD", "--", path)
        for commit in p.stdout.decode().split():
            if self._git("cat-file", "-e", f"{commit}:{path}").returncode == 0:
                return commit
        raise RebuildError(f"no commit of {self.name} ({self.gitdir}) holds {path}")

    def ls(self, commit: str, under: str) -> list[str]:
        full = self.resolve(commit)
        p = self._git("ls-tree", "-r", "--name-only", full, under)
        return [x for x in p.stdout.decode().split("\n") if x]


def _is_repo_root(path: Path) -> bool:
    """A clone's top folder or a bare repository itself, not a folder inside another work tree."""
    def rev_parse(*args: str) -> str | None:
        p = subprocess.run(["git", "-C", str(path), "rev-parse", *args], capture_output=True)
        return p.stdout.decode().strip() if p.returncode == 0 else None

    here = path.resolve()
    if rev_parse("--is-bare-repository") == "true":
        gitdir = rev_parse("--absolute-git-dir")
        return gitdir is not None and Path(gitdir).resolve() == here
    top = rev_parse("--show-toplevel")
    return top is not None and Path(top).resolve() == here


def find_dataset(datasets_dir: Path, repo: str) -> Dataset:
    """``DIR/<owner>+<name>`` or ``DIR/<owner>/<name>``, a clone or a bare repository, or a
    folder holding it as ``repo/`` (the layout of a fetched mirror, ``<owner>+<name>/repo``)."""
    owner, name = repo.split("/", 1)
    candidates = [datasets_dir / f"{owner}+{name}", datasets_dir / owner / name]
    for cand in candidates:
        if not cand.exists():
            continue
        if _is_repo_root(cand):
            return Dataset(repo, cand)
        if (cand / "repo").exists() and _is_repo_root(cand / "repo"):
            return Dataset(repo, cand / "repo")
        raise RebuildError(f"dataset {repo}: {cand} is not a git repository (a clone or a bare mirror)")
    raise RebuildError(
        f"dataset {repo} not found: expected a git clone at {candidates[0]} or {candidates[1]} "
        f"(git clone --bare https://github.com/{repo} {candidates[0]})")


# --------------------------------------------------------------------------- shared text helpers


def clean_lines(text: str, ansi: re.Pattern[str] = ANSI) -> list[str]:
    """Each line as a terminal would leave it: the last non-blank '\\r' segment, no ANSI codes."""
    out = []
    for line in text.split("\n"):
        parts = [p for p in line.split("\r") if p.strip()]
        out.append(ansi.sub("", parts[-1] if parts else "").rstrip())
    return out


def head_tail(lines: list[str], hmax: int = 2500, tmax: int = 5500, total: int = 8000) -> str:
    """The lines joined; over ``total`` characters, a head and a tail at line boundaries."""
    text = "\n".join(lines)
    if len(text) <= total:
        return text
    h = text[:hmax]
    h = h[:h.rfind("\n")] if "\n" in h else h
    t = text[-tmax:]
    t = t[t.find("\n") + 1:] if "\n" in t else t
    return h + "\n" + TRUNC + "\n" + t


# --------------------------------------------------------------------------- LogChunks


def lc_chunk_index(xmls: Iterable[tuple[str, bytes]], warn=None) -> dict[str, list[dict[str, Any]]]:
    """Log path -> its labelled failure chunks, from the example-set XMLs (path, content).

    XMLs under ``BuildFailureReason/`` come first; others count when their Target says so."""
    index: dict[str, list[dict[str, Any]]] = {}
    for xp, content in sorted(xmls, key=lambda x: f"{LC_TARGET}/" not in x[0]):
        try:
            root = ET.fromstring(XML_CONTROL.sub(b"", content))
        except ET.ParseError as e:
            if warn:
                warn(f"skipped unreadable example set {xp}: {e}")
            continue
        tgt = root.find("Target")
        if f"{LC_TARGET}/" not in xp and (tgt is None or tgt.text != LC_TARGET):
            continue
        for ex in root.iter("ExampleDataOfString"):
            ip = ex.findtext("InputPath")
            if not ip:
                continue
            cat, kw = ex.find("Category"), ex.find("Keywords")
            index.setdefault(LC_SAMPLES + ip, []).append({
                "chunk": (ex.findtext("Output") or "").strip("\n"),
                "category": cat.text if cat is not None else None,
                "keywords": kw.text if kw is not None else None,
                "xml": xp,
            })
    return index


def lc_excerpt_round6(log: list[str], chunks: list[dict[str, Any]]):
    """Round-6 builder: 25 lines before the chunk's first line, chunk + 15 after, at most 70
    lines, last 6,000 characters. Returns (excerpt or None, chunk used or first chunk, located)."""
    for c in chunks:
        if not c["chunk"].strip():
            continue
        first = clean_lines(c["chunk"])[0].strip()
        idx = next((i for i, line in enumerate(log) if first and first in line), None)
        if idx is None:
            continue
        nch = len(c["chunk"].splitlines())
        s = max(0, idx - 25)
        e = min(len(log), idx + nch + 15)
        if e - s > 70:
            e = s + 70
        ex = "\n".join(log[s:e]).strip("\n") + "\n"
        return ex[-6000:], c, True
    return None, (chunks or [None])[0], False


def _chunk_lines(chunk: str, orphan: re.Pattern[str]) -> list[str]:
    return [x for x in (orphan.sub("", ANSI.sub("", line)).strip() for line in chunk.split("\n")) if x]


def _placed_in_order(log: list[str], cl: list[str], window: int = 6) -> int | None:
    """The first line holding the chunk's first line that is followed, within ``window`` lines each, by its next
    lines in order (up to three); None when no place holds them all."""
    want = cl[:4]
    for i, line in enumerate(log):
        if want[0] not in line:
            continue
        at, ok = i, True
        for w in want[1:]:
            at = next((k for k in range(at + 1, min(len(log), at + 1 + window)) if w in log[k]), None)
            if at is None:
                ok = False
                break
        if ok:
            return i
    return None


def _place(log: list[str], cl: list[str], ordered: bool) -> int | None:
    """The line the chunk starts on: where its first lines follow each other (``ordered``), else the first line that
    holds its first line."""
    idx = _placed_in_order(log, cl) if ordered else None
    return idx if idx is not None else next((i for i, line in enumerate(log) if cl[0] in line), None)


def lc_excerpt_dev(log: list[str], chunks: list[dict[str, Any]], pre: int = 30, post: int = 10,
                   ordered: bool = False):
    """dev.jsonl style: 30 lines before the chunk's first line, up to 10 after its last line,
    head and tail over 8,000 characters. Returns (excerpt or None, chunk, located).

    With ``ordered`` (the splits in ORDERED_SPLITS), the chunk is placed where its first lines follow each other, not
    at the first line that holds its first line alone: a short first line ("1)", a file name) is often printed earlier
    in the log too, and the excerpt then missed the failure (19 of the twenty-fifth round's 94 logs)."""
    for c in chunks:
        cl = _chunk_lines(c["chunk"], ORPHAN_SGR)
        if not cl:
            continue
        idx = _place(log, cl, ordered)
        if idx is None:  # also drop orphaned erase-line codes ('[0K')
            cl = _chunk_lines(c["chunk"], ORPHAN_SGR_EL)
            idx = _place(log, cl, ordered) if cl else None
        if idx is None:
            continue
        nch = len(c["chunk"].splitlines())
        j = next((i for i in range(idx, min(len(log), idx + nch + 5)) if cl[-1][:80] in log[i]), idx)
        s = max(0, idx - pre)
        e = min(len(log), j + post + 1)
        return head_tail(log[s:e]).strip("\n"), c, True
    return None, (chunks or [None])[0], False


# --------------------------------------------------------------------------- CiDiff


def cd_groundtruth(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The E (error) and C (context) line ranges of a CiDiff ``groundtruth`` (first line: header)."""
    err: list[tuple[int, int]] = []
    ctx: list[tuple[int, int]] = []
    for g in text.split("\n")[1:]:
        g = g.strip()
        if not g or g[0] not in "EC":
            continue
        a, _, b = g[1:].strip().partition("-")
        (err if g[0] == "E" else ctx).append((int(a), int(b or a)))
    return err, ctx


def cd_lines_round6(log_text: str) -> list[str]:
    return [ANSI_CSI.sub("", line).rstrip() for line in log_text.split("\n")]


def cd_excerpt_round6(log_text: str, groundtruth: str) -> str | None:
    """Round-6 builder: lines split on '\\n' only, 10 before the first E line, 15 after the
    last, at most 110 lines, last 8,000 characters."""
    log = cd_lines_round6(log_text)
    err, _ = cd_groundtruth(groundtruth)
    if not err:
        return None
    lo = min(a for a, _ in err)
    hi = max(b for _, b in err)
    s = max(0, lo - 1 - 10)
    e = min(len(log), hi + 15)
    if e - s > 110:
        s = max(s, e - 110)
    ex = "\n".join(log[s:e]).strip("\n") + "\n"
    return ex[-8000:]


def cd_excerpt_dev(log_text: str, groundtruth: str, pre: int = 30, post: int = 5) -> str | None:
    """dev.jsonl style: lines as splitlines() counts them, 30 before the first E line, every
    E and C line, 5 after the last E line; head and tail over 8,000 characters."""
    log = [ANSI_CSI.sub("", line).rstrip() for line in log_text.splitlines()]
    err, ctx = cd_groundtruth(groundtruth)
    if not err:
        return None
    lo = min(a for a, _ in err)
    hi = max(b for _, b in err)
    marked = sorted({i for a, b in err + ctx for i in range(a, b + 1)})
    nums = sorted(set(range(max(1, lo - pre), lo)) | set(marked)) + list(range(hi + 1, min(len(log), hi + post) + 1))
    lines = [log[i - 1] for i in nums if 0 < i <= len(log)]
    return head_tail(lines).strip("\n")


def cd_project(path: str) -> tuple[str, str]:
    """(project, CI) of a CiDiff log from its directory: data/<set>/<project>_<n>/fail.log."""
    d = path.rsplit("/", 1)[0]
    if "breakages_dump" in d:
        return "hashicorp/terraform", "GitHub Actions"
    return re.sub(r"_\d+$", "", d.rsplit("/", 1)[1]), "Jenkins/GitLab CI (Inria)"


# --------------------------------------------------------------------------- GitBug-Java


def gb_bugs(text: str) -> Iterator[dict[str, Any]]:
    for line in text.splitlines():
        if line.strip():
            yield json.loads(line)


def _gb_failing(bug: dict[str, Any]) -> tuple[list[tuple[str, str, str, str]], str | None]:
    """The failing tests of the first run that has any: (class, name, type, message), build tool."""
    bad: list[tuple[str, str, str, str]] = []
    tool = None
    for run in bug["actions_runs"]:
        for job in run or []:
            for t in job["tests"]:
                for x in t["results"]:
                    if x["result"] not in ("Passed", "Skipped"):
                        bad.append((t["classname"], t["name"], x.get("type") or "", x.get("message") or ""))
                        tool = tool or job.get("build_tool")
                        break
        if bad:
            break
    return bad, tool


def gb_render_round6(bug: dict[str, Any]):
    """Round-6 builder: up to 20 failing tests, ``cls.name  FAILED`` + indented ``type: message``."""
    bad, tool = _gb_failing(bug)
    if not bad:
        return None, [], None
    lines, ft = [], []
    for cls, name, typ, msg in bad[:20]:
        msg1 = msg.strip()
        m = f"{typ}: {msg1}" if typ and msg1 else (typ or msg1)
        lines.append(f"{cls}.{name}  FAILED")
        if m:
            lines.append("    " + m.replace("\n", "\n    ")[:2000])
        ft.append({"name": name, "classname": cls, "message": m[:2000]})
    return "\n".join(lines) + "\n", ft, tool


def gb_render_dev(bug: dict[str, Any], cap: int = 2000):
    """dev.jsonl style: ``type: message`` as stored, not re-indented."""
    bad, tool = _gb_failing(bug)
    if not bad:
        return None, [], None
    lines, ft = [], []
    for cls, name, typ, msg in bad[:20]:
        m = (f"{typ}: {msg}" if typ else msg)[:cap]
        lines.append(f"{cls}.{name}  FAILED")
        if m.strip():
            lines.append(("    " + m).rstrip())
        ft.append({"name": name, "classname": cls, "message": m})
    return "\n".join(lines).rstrip(), ft, tool


# --------------------------------------------------------------------------- Cockpit


def ck_clean(log: str) -> str:
    return "\n".join(clean_lines(log, ANSI_CSI)).strip("\n") + "\n"


def ck_message(log: str) -> str:
    """The exception line of the last Python traceback in the log ('' if none)."""
    lines = log.splitlines()
    msg = ""
    i = 0
    while i < len(lines):
        if lines[i].startswith("Traceback (most recent call last)"):
            j = i + 1
            while j < len(lines) and (lines[j].startswith(" ") or not lines[j].strip()):
                j += 1
            if j < len(lines):
                msg = lines[j].strip()
            i = j
        i += 1
    return msg

# --------------------------------------------------------------------------- Veloren (GitLab CI)


def vl_flag(value: str | None) -> bool | None:
    """The CSV's ``flaky`` column as a truth value (1 / 1.0 / true, 0 / 0.0 / false); None when it is neither."""
    v = (value or "").strip().lower()
    if v in {"1", "1.0", "true", "yes"}:
        return True
    if v in {"0", "0.0", "false", "no"}:
        return False
    return None


def vl_label(row: dict[str, str]) -> str:
    """transient when a person labelled the job intermittent (flaky == 1), else real."""
    flag = vl_flag(row.get("flaky"))
    if flag is None:
        raise RebuildError(f"job {row.get('id')}: the flaky column is neither 1 nor 0")
    return "transient" if flag else "real"


def vl_rows(zip_bytes: bytes, member: str = VL_CSV) -> list[dict[str, str]]:
    """The rows of ``member`` (by its file name, in any folder of the zip), in file order."""
    try:
        with zipfile.ZipFile(io.BytesIO(zip_bytes)) as z:
            name = next((n for n in z.namelist() if n.rsplit("/", 1)[-1] == member), None)
            if name is None:
                raise RebuildError(f"{member} is not in the zip")
            text = z.read(name).decode("utf-8", "replace")
    except zipfile.BadZipFile as e:
        raise RebuildError(f"not a readable zip: {e}") from e
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # a job's whole log is one field
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    missing = {"id", "created_at", "log", "flaky"} - set(rows[0] if rows else {})
    if rows and missing:
        raise RebuildError(f"{member} lacks the columns {sorted(missing)}")
    return rows


def vl_median_date(rows: list[dict[str, str]]) -> str:
    """The median ``created_at`` (as written: ISO strings sort in time order); jobs after it are the hold-out half."""
    dates = sorted((r.get("created_at") or "").strip() for r in rows)
    return dates[(len(dates) - 1) // 2] if dates else ""


def vl_source_rows(rows: list[dict[str, str]], commit: str, split: str = VL_SPLIT) -> list[dict[str, Any]]:
    """The sources-file rows of every job of the CSV (id, label, source, split), in file order."""
    return [{"id": f"veloren:{r['id'].strip()}", "label": vl_label(r),
             "source": f"{VL_REPO}:{VL_ZIP}@{commit[:12]}#{VL_CSV}:{r['id'].strip()}", "split": split}
            for r in rows]


# --------------------------------------------------------------------------- building cases


class Builder:
    def __init__(self, datasets_dir: Path, warn=None, chunk_only: bool = False):
        self.datasets_dir = datasets_dir
        self.chunk_only = chunk_only
        self.warn = warn or (lambda msg: print(f"warning: {msg}", file=sys.stderr))
        self._datasets: dict[str, Dataset | RebuildError] = {}
        self._cache: dict[tuple[str, ...], Any] = {}

    def dataset(self, repo: str) -> Dataset:
        if repo not in self._datasets:
            try:
                self._datasets[repo] = find_dataset(self.datasets_dir, repo)
            except RebuildError as e:
                self._datasets[repo] = e
        ds = self._datasets[repo]
        if isinstance(ds, RebuildError):
            raise ds
        return ds

    def _cached(self, key: tuple[str, ...], make):
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def build(self, row: dict[str, Any]) -> dict[str, Any]:
        """The eval case of one sources row; RebuildError when it cannot be rebuilt."""
        src = parse_source(row["source"])
        fam = FAMILIES.get(src.repo)
        if fam is None:
            raise RebuildError(f"{src.repo} is not one of the datasets")
        ds = self.dataset(src.repo)
        ds.resolve(src.commit)
        split = row.get("split", "")
        meta: dict[str, Any] = {"split": split, "family": fam}
        case: dict[str, Any] = {"id": row["id"], "label": row["label"], "log": None, "failed_tests": [],
                                "source": row["source"], "meta": meta, "notes": ""}
        if fam == "logchunks":
            self._logchunks(ds, src, row, case, meta, split in ROUND6_SPLITS, split in ORDERED_SPLITS)
        else:
            getattr(self, f"_{fam}")(ds, src, row, case, meta, split in ROUND6_SPLITS)
        return case

    def _logchunks(self, ds, src, row, case, meta, round6, ordered=False):
        if not src.path.startswith(LC_SAMPLES):
            raise RebuildError(f"LogChunks path {src.path} is not under {LC_SAMPLES}")
        lang, project = src.path[len(LC_SAMPLES):].split("/")[:2]
        meta.update(project=project.replace("@", "/"), language=lang, ci="Travis CI (2015-2019)", category="")
        log = clean_lines(ds.show(src.commit, src.path).decode("utf-8", "replace"))
        full = ds.resolve(src.commit)
        index = self._cached(("lc-index", full), lambda: lc_chunk_index(
            ((xp, ds.show(full, xp)) for xp in ds.ls(full, LC_EXAMPLE_SETS) if xp.endswith(".xml")),
            self.warn))
        chunks = index.get(src.path, [])
        if round6:
            ex, chunk, located = lc_excerpt_round6(log, chunks)
        else:
            ex, chunk, located = lc_excerpt_dev(log, chunks, ordered=ordered)
        meta.update(chunk_located_in_log=located,
                    excerpt_style="build_lc.py" if round6 else "dev, chunk placed in order" if ordered else "dev")
        if chunk:
            meta.update(logchunks_keywords=chunk["keywords"], logchunks_category=chunk["category"])
        if ex is None:
            raise RebuildError("no LogChunks failure chunk for this log" if chunk is None
                               else "the labelled chunk's first line is not found in the log")
        case["log"] = ex
        if self.chunk_only:
            # the authors' failure-reason chunk alone, as a short excerpt someone quotes (--chunk-only)
            case["log"] = "\n".join(_chunk_lines(chunk["chunk"], ORPHAN_SGR))
            meta["excerpt_style"] = "the labelled chunk alone"

    def _cidiff(self, ds, src, row, case, meta, round6):
        project, ci = cd_project(src.path)
        meta.update(project=project, ci=ci, category="")
        d = src.path.rsplit("/", 1)[0]
        gt = ds.show(src.commit, f"{d}/groundtruth").decode()
        text = ds.show(src.commit, src.path).decode("utf-8", "replace")
        if round6:
            ex = cd_excerpt_round6(text, gt)
            if any("\r" in line for line in cd_lines_round6(text)):
                meta["note"] = ("log has carriage returns; build_cidiff.py splits on \\n only, "
                                "so ground-truth line numbers may be off")
        else:
            ex = cd_excerpt_dev(text, gt)
        meta["excerpt_style"] = "build_cidiff.py" if round6 else "dev"
        if not text:
            raise RebuildError("the log is empty")
        if ex is None or not ex.strip():
            raise RebuildError("no E (error) lines in groundtruth, or they fall outside the log")
        case["log"] = ex

    def _gitbug(self, ds, src, row, case, meta, round6):
        h = row["id"].rsplit("@", 1)[1]
        full = ds.resolve(src.commit)
        bugs = self._cached(("gb", full, src.path),
                            lambda: list(gb_bugs(ds.show(full, src.path).decode())))
        match = [b for b in bugs if b["commit_hash"].startswith(h)]
        if not match:
            raise RebuildError(f"no bug with fix commit {h} in {src.path}")
        b = match[0]
        log, ft, tool = (gb_render_round6 if round6 else gb_render_dev)(b)
        if log is None:
            raise RebuildError("no failing test result stored for this bug")
        case["log"] = log
        case["failed_tests"] = ft
        meta.update(project=b["repository"], language="Java", ci="GitHub Actions (re-executed via act)",
                    build_tool=tool, category="test failure (code bug)", strategy=b.get("strategy"),
                    fix_commit=b["commit_hash"], buggy_commit=b["previous_commit_hash"],
                    log_is_rendered_from_junit=True,
                    excerpt_style="build_gitbug.py" if round6 else "dev")

    def _cockpit(self, ds, src, row, case, meta, round6):
        m = re.fullmatch(r"#row(\d+)", src.suffix)
        if m is None:
            raise RebuildError(f"Cockpit source has no #row<N> after the commit: {row['source']}")
        i = int(m.group(1))
        full = ds.resolve(src.commit)

        def load():
            raw = gzip.decompress(ds.show(full, src.path)).decode()
            return [json.loads(x) for x in raw.splitlines() if x.strip()]

        rows = self._cached(("ck", full, src.path), load)
        if i >= len(rows):
            raise RebuildError(f"{src.path} has {len(rows)} rows, no row {i}")
        x = rows[i]
        text = ck_clean(x["log"])
        tm = re.match(r"(\S+) \(([^)]+)\)", x["test"])
        name, cls = (tm.group(1), tm.group(2)) if tm else (x["test"], "")
        want = f"cockpit:{(x.get('revision') or '')[:10]}:{x.get('context')}:{name}:{i}"
        if want != row["id"]:
            raise RebuildError(f"row {i} does not match the id (it is {want})")
        case["log"] = text.rstrip("\n")[-8000:]
        case["failed_tests"] = [{"name": name, "classname": cls, "message": ck_message(text)}]
        meta.update(project="cockpit-project/cockpit", language="Python/JavaScript (VM browser tests)",
                    ci="Cockpit bots (2017)", context=x.get("context"), pull=x.get("pull"),
                    revision=x.get("revision"), date=x.get("date"),
                    category="cockpit merged-anyway failure", merged=x.get("merged"),
                    status=x.get("status"), full_log_chars=len(text))

    def _bugswarm(self, ds, src, row, case, meta, round6):
        m = BS_LOG.fullmatch(src.path)
        if m is None:
            raise RebuildError(f"BugSwarm-dissection path {src.path} is not BugSwarm/<artifact>/failing.log")
        artifact = m.group(1)
        full = ds.resolve(src.commit)
        text = ds.show(full, src.path).decode("utf-8", "replace")
        if not text:
            raise RebuildError("the log is empty")
        categories = self._cached(("bs-cat", full), lambda: json.loads(ds.show(full, "category.json")))
        project = artifact
        clone = BS_CLONE.search(text)
        if clone:  # Travis masks a private owner as [secure]; the artifact id is <owner>-<repo>-<job>
            owner, repo = clone.groups()
            if owner == "[secure]" and artifact.lower().endswith("-" + repo.lower() + artifact[artifact.rfind("-"):]):
                owner = artifact[: -len(repo) - len(artifact[artifact.rfind("-"):]) - 1]
            project = f"{owner}/{repo}".lower()
        meta.update(project=project, ci="Travis CI (2014-2018)",
                    category=(categories.get(artifact) or {}).get("failure_category", ""),
                    full_log_chars=len(text), kept_chars=min(len(text), BS_KEEP))
        case["log"] = text[-BS_KEEP:]

    def _veloren(self, ds, src, row, case, meta, round6):
        m = re.fullmatch(r"#([^:#]+):(\d+)", src.suffix)
        if m is None:
            raise RebuildError(f"Veloren source has no #<csv>:<job id> after the commit: {row['source']}")
        member, job = m.groups()
        full = ds.resolve(src.commit)
        rows = self._cached(("vl", full, src.path, member), lambda: vl_rows(ds.show(full, src.path), member))
        by_id = self._cached(("vl-id", full, src.path, member), lambda: {r["id"].strip(): r for r in rows})
        median = self._cached(("vl-median", full, src.path, member), lambda: vl_median_date(rows))
        x = by_id.get(job)
        if x is None:
            raise RebuildError(f"no job {job} in {member}")
        if vl_label(x) != row["label"]:  # said without the labels: they are measured blind
            raise RebuildError("the sources file's label is not the dataset's")
        text = "\n".join(clean_lines(x.get("log") or "")).strip("\n")
        if not text.strip():
            raise RebuildError("the log is empty")
        created = (x.get("created_at") or "").strip()
        case["log"] = text[-VL_KEEP:]
        meta.update(project="veloren/veloren", ci="GitLab CI", job_name=x.get("name", ""), brown=x.get("brown", ""),
                    flaky_reason=x.get("flaky_reason", ""), created_at=created,
                    label_rule="transient when the dataset's flaky column is 1 (a person labelled the failure "
                               "intermittent: a rerun would pass), else real (regular)",
                    holdout=created > median, full_log_chars=len(text), kept_chars=min(len(text), VL_KEEP))


# --------------------------------------------------------------------------- command line


def rebuild(rows: list[dict[str, Any]], builder: Builder, err=None):
    """(cases, failures): failures are (row, reason); a dataset-wide problem is printed once."""
    err = err or sys.stderr
    cases, fails = [], []
    said: set[str] = set()
    for row in rows:
        try:
            cases.append(builder.build(row))
        except RebuildError as e:
            reason = str(e)
            if reason.startswith("dataset ") and reason not in said:
                said.add(reason)
                print(f"error: {reason}", file=err)
            fails.append((row, reason))
        except Exception as e:  # a malformed dataset file: report the row, keep going
            fails.append((row, f"{type(e).__name__}: {e}"))
    return cases, fails


def write_cases(out: Path, cases: list[dict[str, Any]]) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = [out / "own.jsonl"]
    with open(written[0], "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c) + "\n")
    for fam, suffix in FILE_SUFFIX.items():
        mine = [c for c in cases if c["meta"]["family"] == fam]  # written even when empty
        written.append(out / f"own-{suffix}.jsonl")
        with open(written[-1], "w", encoding="utf-8") as f:
            for c in mine:
                f.write(json.dumps(c) + "\n")
    return written


def summary(rows, cases, fails) -> str:
    out = []
    cnt = collections.Counter((c["meta"]["family"], c["meta"]["split"], c["label"]) for c in cases)
    labels = ["transient", "real"] + sorted({k[2] for k in cnt} - {"transient", "real"})
    out.append(f"{'family':<10} {'split':<8} " + " ".join(f"{lab:>9}" for lab in labels) + f" {'total':>6}")
    for fam in FILE_SUFFIX:
        for split in sorted({k[1] for k in cnt if k[0] == fam}):
            n = [cnt[(fam, split, lab)] for lab in labels]
            out.append(f"{fam:<10} {split:<8} " + " ".join(f"{x:>9}" for x in n) + f" {sum(n):>6}")
    n = [sum(v for k, v in cnt.items() if k[2] == lab) for lab in labels]
    out.append(f"{'all':<10} {'':<8} " + " ".join(f"{x:>9}" for x in n) + f" {sum(n):>6}")
    out.append(f"rebuilt {len(cases)} of {len(rows)} rows; not rebuilt: {len(fails)}")
    by_dataset = collections.Counter(reason for _, reason in fails if reason.startswith("dataset "))
    for reason, k in by_dataset.items():
        out.append(f"  {k} rows: {reason}")
    for row, reason in fails:
        if not reason.startswith("dataset "):
            blind = FAMILIES.get(row["source"].split(":", 1)[0]) in BLIND_FAMILIES
            out.append(f"  {row['id']} ({row.get('split')}{'' if blind else ', ' + row['label']}): {reason}")
    return "\n".join(out)


def add_veloren_sources(datasets_dir: Path, sources: Path) -> collections.Counter[str]:
    """Append to ``sources`` a row for each Veloren job it lacks; returns the count of added rows per label."""
    ds = find_dataset(datasets_dir, VL_REPO)
    commit = ds.newest_with(VL_ZIP)
    have = {json.loads(x)["id"] for x in sources.read_text(encoding="utf-8").splitlines() if x.strip()}
    new = [r for r in vl_source_rows(vl_rows(ds.show(commit, VL_ZIP)), commit) if r["id"] not in have]
    with open(sources, "a", encoding="utf-8") as f:
        for r in new:
            f.write(json.dumps(r) + "\n")
    return collections.Counter(r["label"] for r in new)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--datasets", type=Path, required=True,
                    help="folder with a git clone of each dataset, named <owner>+<name> or <owner>/<name>")
    ap.add_argument("--sources", type=Path, default=DEFAULT_SOURCES, help="default: %(default)s")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="default: %(default)s")
    ap.add_argument("--split", nargs="+", action="extend", metavar="S",
                    help="only these splits (e.g. tune6 final6); default: all but the BugSwarm-dissection "
                         "sets (final34a final34d final35d), the Veloren jobs (veloren), final35c, final36c and "
                         "final36d, rebuilt only when named "
                         "(those three LogChunks splits with the chunk placed by its first lines in order)")
    ap.add_argument("--chunk-only", action="store_true",
                    help="a LogChunks case's log is its labelled failure chunk alone (a short excerpt, as a person "
                         "quotes one), not the excerpt around it")
    ap.add_argument("--add-sources", action="store_true",
                    help="first append to --sources the rows of the Veloren jobs (split veloren, read from the "
                         "newest commit of the dataset that holds its zip) that it lacks; prints counts only")
    args = ap.parse_args(argv)
    if not args.datasets.is_dir():
        print(f"error: --datasets {args.datasets} is not a folder", file=sys.stderr)
        return 2
    if args.add_sources:
        try:
            added = add_veloren_sources(args.datasets, args.sources)
        except RebuildError as e:
            print(f"error: {e}", file=sys.stderr)
            return 1
        print(f"added {sum(added.values())} Veloren rows to {args.sources}: "
              + ", ".join(f"{k} {v}" for k, v in sorted(added.items())))
    rows = read_sources(args.sources, args.split)
    if not rows:
        print(f"error: no dataset rows in {args.sources}" + (f" for splits {args.split}" if args.split else ""),
              file=sys.stderr)
        return 2
    cases, fails = rebuild(rows, Builder(args.datasets, chunk_only=args.chunk_only))
    written = write_cases(args.out, cases)
    print(summary(rows, cases, fails))
    print("wrote " + ", ".join(str(p) for p in written))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
