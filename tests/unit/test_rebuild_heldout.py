"""scripts/rebuild_heldout.py on tiny synthetic datasets: fake git repositories laid out like
LogChunks, CiDiff, Cockpit, GitBug-Java and BugSwarm-dissection, made in tmp_path (no third-party data)."""

from __future__ import annotations

import collections
import gzip
import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "rebuild_heldout.py"
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _load():
    spec = importlib.util.spec_from_file_location("rebuild_heldout", SCRIPT)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["rebuild_heldout"] = mod
    spec.loader.exec_module(mod)
    return mod


rh = _load()


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t",
                           "-c", "commit.gpgsign=false", *args],
                          check=True, capture_output=True, text=True).stdout.strip()


def _repo(path: Path, files: dict[str, bytes]) -> str:
    """A git repository at path holding files in one commit; returns the commit id."""
    path.mkdir(parents=True)
    _git(path, "init", "-q")
    for name, content in files.items():
        (path / name).parent.mkdir(parents=True, exist_ok=True)
        (path / name).write_bytes(content)
    _git(path, "add", "-A")
    _git(path, "commit", "-qm", "data")
    return _git(path, "rev-parse", "HEAD")


# ----------------------------------------------------------------- synthetic dataset content

LC_LOG_PATH = "tool/samples/Java/acme@widget/failed/101.log"
# 80 lines; line 50 is the failure, in red, after a '\r' progress line; 51 and 52 follow it.
LC_LINES = [f"step {i}" for i in range(80)]
LC_RAW = list(LC_LINES)
LC_RAW[10] = "Downloading 10%\rDownloading 100%"
LC_RAW[50] = "\x1b[31m[ERROR] Failed to execute goal compile\x1b[0m"
LC_RAW[51] = "[ERROR] cannot find symbol Foo"
LC_RAW[52] = "[ERROR] -> [Help 1]"
LC_CLEAN = list(LC_LINES)
LC_CLEAN[10] = "Downloading 100%"
LC_CLEAN[50:53] = ["[ERROR] Failed to execute goal compile", "[ERROR] cannot find symbol Foo",
                   "[ERROR] -> [Help 1]"]
# The example set lost the ESC bytes, leaving '[31m' behind; control bytes are stripped on read.
LC_XML = (b'<?xml version="1.0"?>\n<ExampleSet><Target>BuildFailureReason</Target>\n'
          b"<ExampleDataOfString><InputPath>Java/acme@widget/failed/101.log</InputPath>\n"
          b"<Output>[31m[ERROR] Failed to execute goal compile[0m\n[ERROR] cannot find symbol Foo\n"
          b"[ERROR] -&gt; [Help 1]</Output>\x07<Category>3</Category><Keywords>ERROR</Keywords>"
          b"</ExampleDataOfString>\n"
          b"<ExampleDataOfString><InputPath>Java/acme@widget/failed/102.log</InputPath>\n"
          b"<Output>[ERROR] Failed to execute goal compile\n[ERROR] cannot find symbol Foo\n"
          b"[ERROR] -&gt; [Help 1]</Output><Category>3</Category><Keywords>ERROR</Keywords>"
          b"</ExampleDataOfString></ExampleSet>\n")

CD_DIR = "data/breakages/acme_12"
CD_LINES = [f"cd line {n}" for n in range(1, 61)]  # CD_LINES[n - 1] is line n
CD_GROUNDTRUTH = b"lines\nC 3\nE 20-21\nE 24\n"

CK_ROWS = [
    {"test": "testOther (check_other.TestOther)", "log": "ok\n", "revision": "aaaaaaaaaaaa", "context": "verify/x"},
    {"test": "testLogin (check_login.TestLogin)", "revision": "0123456789abcdef", "context": "verify/fedora",
     "pull": 7, "date": "2017-01-01T00:00:00Z", "merged": True, "status": "failure",
     "log": "start\n\x1b[1mrunning\x1b[0m\nTraceback (most recent call last):\n  File \"x.py\", line 1\n"
            "Error: timeout waiting for login\n\n\n"},
]

GB_BUG = {
    "repository": "acme/widget", "commit_hash": "feedbeef00112233", "previous_commit_hash": "cafe0011",
    "strategy": "FAIL_PASS",
    "actions_runs": [
        [{"build_tool": "maven", "tests": [
            {"classname": "a.PassTest", "name": "ok", "results": [{"result": "Passed"}]}]}],
        [{"build_tool": "gradle", "tests": [
            {"classname": "a.WidgetTest", "name": "spins", "results": [
                {"result": "Failure", "type": "java.lang.AssertionError", "message": "expected 1\nbut 2"}]}]}],
    ],
}


# a Travis log: the clone line near the top, then 70,000 characters of output, the failure at the end
BS_LOG = (b"$ git clone --depth=50 --branch=master https://github.com/acme/widget.git acme/widget\n"
          + b"".join(b"[INFO] line %05d ..............................................\n" % i for i in range(1200))
          + b"[ERROR] COMPILATION ERROR : \xe2\x9c\x97 Widget.java:[3,5] cannot find symbol\n")


@pytest.fixture(scope="module")
def datasets(tmp_path_factory):
    root = tmp_path_factory.mktemp("datasets")
    lc = _repo(root / "lacinoire+master-thesis", {
        LC_LOG_PATH: "\n".join(LC_RAW).encode() + b"\n",
        LC_LOG_PATH.replace("101", "102"): "\n".join(LC_RAW).encode() + b"\n",
        "tool/example-sets/BuildFailureReason/Java.xml": LC_XML,
        "tool/example-sets/broken.xml": b"<not xml",
    })
    cd = _repo(root / "labri-progress" / "cidiff", {  # the owner/name layout
        f"{CD_DIR}/fail.log": "\n".join(CD_LINES).encode() + b"\n",
        f"{CD_DIR}/groundtruth": CD_GROUNDTRUTH,
    })
    gz = gzip.compress("".join(json.dumps(r) + "\n" for r in CK_ROWS).encode())
    work = tmp_path_factory.mktemp("work")
    ck = _repo(work / "cockpituous", {"learn/test-example.jsonl.gz": gz})
    subprocess.run(["git", "clone", "-q", "--bare", str(work / "cockpituous"),
                    str(root / "cockpit-project+cockpituous")], check=True)  # a bare mirror
    gb = _repo(root / "gitbugactions+gitbug-java", {"data/bugs/acme-widget.json": json.dumps(GB_BUG).encode() + b"\n"})
    bs = _repo(root / "tdurieux+BugSwarm-dissection", {
        "BugSwarm/acme-widget-111/failing.log": BS_LOG,
        "BugSwarm/acme-gadget-222/failing.log": BS_LOG.replace(b"https://github.com/acme/widget.git",
                                                               b"https://github.com/[secure]/gadget.git"),
        "BugSwarm/acme-empty-333/failing.log": b"",
        "category.json": json.dumps({"acme-widget-111": {"failure_category": "Compilation"}}).encode(),
    })
    return root, {"lc": lc, "cd": cd, "ck": ck, "gb": gb, "bs": bs}


def _row(id_, label, source, split):
    return {"id": id_, "label": label, "source": source, "split": split}


# ----------------------------------------------------------------- tests


def test_parse_source_keeps_at_signs_in_the_path_and_the_row_suffix():
    s = rh.parse_source("lacinoire/master-thesis:tool/samples/C#/acme@widget/failed/1.log@647916a")
    assert (s.repo, s.path, s.commit, s.suffix) == (
        "lacinoire/master-thesis", "tool/samples/C#/acme@widget/failed/1.log", "647916a", "")
    s = rh.parse_source("cockpit-project/cockpituous:learn/test-example.jsonl.gz@98d657a#row12")
    assert (s.path, s.commit, s.suffix) == ("learn/test-example.jsonl.gz", "98d657a", "#row12")
    for bad in ("https://github.com/a/b/issues/1", "a/b:path-without-commit", "nohost:path@abcdef0"):
        with pytest.raises(rh.RebuildError):
            rh.parse_source(bad)


def test_read_sources_keeps_dataset_rows_of_the_wanted_splits(tmp_path):
    f = tmp_path / "s.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in [
        _row("t1", "real", "https://github.com/x/y/issues/1", "tune"),
        _row("c1", "real", "labri-progress/cidiff:data/x/fail.log@abcdef0", "tune"),
        _row("c2", "real", "labri-progress/cidiff:data/y/fail.log@abcdef0", "final6"),
        _row("b1", "real", "tdurieux/BugSwarm-dissection:BugSwarm/a-b-1/failing.log@abcdef0", "final34a"),
        _row("l1", "real", "lacinoire/master-thesis:tool/samples/Go/a@b/failed/1.log@abcdef0", "final35c"),
        _row("l2", "real", "lacinoire/master-thesis:tool/samples/Go/a@b/failed/2.log@abcdef0", "final36c"),
    ]) + "\n\n")
    # the BugSwarm-dissection rows and the final35c/final36c splits only when their split is named: the default
    # rebuild stays what it was
    assert [r["id"] for r in rh.read_sources(f)] == ["c1", "c2"]
    assert [r["id"] for r in rh.read_sources(f, ["final35c"])] == ["l1"]
    assert [r["id"] for r in rh.read_sources(f, ["final36c", "final35c"])] == ["l1", "l2"]
    assert [r["id"] for r in rh.read_sources(f, ["final6"])] == ["c2"]
    assert [r["id"] for r in rh.read_sources(f, ["final34a", "tune"])] == ["c1", "b1"]


def test_logchunks_excerpts_around_the_labelled_chunk(datasets):
    root, commits = datasets
    b = rh.Builder(root, warn=lambda m: None)
    src = f"lacinoire/master-thesis:{LC_LOG_PATH}@{commits['lc'][:12]}"
    dev = b.build(_row("logchunks:Java/acme@widget/101", "real", src, "final"))
    # dev style: 30 lines before the chunk's first line, 10 after its last line
    assert dev["log"] == "\n".join(LC_CLEAN[20:63])
    assert dev["meta"] == {"split": "final", "family": "logchunks", "project": "acme/widget", "language": "Java",
                           "ci": "Travis CI (2015-2019)", "category": "", "chunk_located_in_log": True,
                           "excerpt_style": "dev", "logchunks_keywords": "ERROR", "logchunks_category": "3"}
    assert (dev["label"], dev["source"], dev["failed_tests"], dev["notes"]) == ("real", src, [], "")
    # the round-6 builder did not drop the leftover '[31m', so it cannot place 101's chunk
    with pytest.raises(rh.RebuildError, match="first line is not found"):
        b.build(_row("logchunks:Java/acme@widget/101", "transient", src, "tune6"))
    r6 = b.build(_row("logchunks:Java/acme@widget/102", "transient", src.replace("101", "102"), "tune6"))
    # round 6: 25 lines before, the chunk's 3 lines and 15 after
    assert r6["log"] == "\n".join(LC_CLEAN[25:68]) + "\n"
    assert r6["meta"]["excerpt_style"] == "build_lc.py" and r6["label"] == "transient"
    assert r6["meta"]["chunk_located_in_log"] is True


def test_logchunks_excerpt_functions_on_plain_lines():
    log = [f"l{i}" for i in range(200)]
    chunks = [{"chunk": "", "keywords": None, "category": None},
              {"chunk": "l120\nl121", "keywords": "k", "category": "1"}]
    ex, c, located = rh.lc_excerpt_round6(log, chunks)
    assert located and c is chunks[1] and ex == "\n".join(log[95:137]) + "\n"
    ex, c, located = rh.lc_excerpt_dev(log, chunks)
    assert ex == "\n".join(log[90:132])
    assert rh.lc_excerpt_dev(log, [{"chunk": "absent", "keywords": None, "category": None}])[0] is None


def test_logchunks_ordered_placement_finds_the_chunk_behind_an_earlier_first_line():
    # the chunk's first line ("1)") is printed early in the log too; the dev placement takes that early line, the
    # ordered one (the twenty-fourth and twenty-fifth rounds' splits) the place where the chunk's lines follow
    log = [f"l{i}" for i in range(200)]
    log[10] = "1)"
    log[150], log[151], log[153] = "1)", "Error: The baseline file a.types has changed.", "at runTests"
    chunks = [{"chunk": "1)\nError: The baseline file a.types has changed.\n\nat runTests", "keywords": None,
               "category": "1"}]
    plain, _, _ = rh.lc_excerpt_dev(log, chunks)
    assert "baseline" not in plain and plain.startswith("l0")
    ex, c, located = rh.lc_excerpt_dev(log, chunks, ordered=True)
    assert located and ex == "\n".join(log[120:164]) and "baseline" in ex
    # no place holds the lines in order: the first line's place, as before
    assert rh.lc_excerpt_dev(log, [{"chunk": "1)\nnowhere", "keywords": None, "category": None}], ordered=True)[0] \
        == plain == "\n".join(log[:21])
    assert rh._placed_in_order(log, ["1)", "nowhere"]) is None
    assert rh._placed_in_order(log, ["1)", "Error: The baseline"]) == 150
    assert rh.lc_excerpt_round6(log, []) == (None, None, False)


def test_cidiff_excerpts_from_the_groundtruth(datasets):
    root, commits = datasets
    b = rh.Builder(root)
    src = f"labri-progress/cidiff:{CD_DIR}/fail.log@{commits['cd'][:12]}"
    dev = b.build(_row("cidiff:breakages/acme_12", "transient", src, "tune"))
    # lines 1-19 (30 before the first E line), E 20-21 and 24, then 25-29
    assert dev["log"] == "\n".join(CD_LINES[0:21] + [CD_LINES[23]] + CD_LINES[24:29])
    assert dev["meta"] == {"split": "tune", "family": "cidiff", "project": "acme", "ci": "Jenkins/GitLab CI (Inria)",
                           "category": "", "excerpt_style": "dev"}
    r6 = b.build(_row("cidiff:breakages/acme_12", "transient", src, "final6"))
    # 10 lines before the first E line (line 20), 15 after the last (24): lines 10-39
    assert r6["log"] == "\n".join(CD_LINES[9:39]) + "\n"
    assert r6["meta"]["excerpt_style"] == "build_cidiff.py" and "note" not in r6["meta"]


def test_cidiff_long_excerpt_keeps_head_and_tail():
    log = "\n".join("x" * 300 for _ in range(100))
    ex = rh.cd_excerpt_dev(log, "h\nE 40-60\n")
    head, tail = ex.split("\n" + rh.TRUNC + "\n")
    assert len(head) <= 2500 and len(tail) <= 5500 and set(head + tail) == {"x", "\n"}
    assert rh.cd_excerpt_dev(log, "h\nC 3\n") is None


def test_cockpit_and_gitbug_cases(datasets):
    root, commits = datasets
    b = rh.Builder(root)
    ck = b.build(_row("cockpit:0123456789:verify/fedora:testLogin:1", "transient",
                      f"cockpit-project/cockpituous:learn/test-example.jsonl.gz@{commits['ck'][:7]}#row1", "tune6"))
    assert ck["log"] == "start\nrunning\nTraceback (most recent call last):\n  File \"x.py\", line 1\nError: timeout waiting for login"
    assert ck["failed_tests"] == [{"name": "testLogin", "classname": "check_login.TestLogin",
                                   "message": "Error: timeout waiting for login"}]
    assert ck["meta"]["context"] == "verify/fedora" and ck["meta"]["full_log_chars"] == len(ck["log"]) + 1
    src = f"gitbugactions/gitbug-java:data/bugs/acme-widget.json@{commits['gb'][:12]}"
    gb = b.build(_row("gitbugjava:acme/widget@feedbeef00", "real", src, "tune"))
    assert gb["log"] == "a.WidgetTest.spins  FAILED\n    java.lang.AssertionError: expected 1\nbut 2"
    assert gb["failed_tests"] == [{"name": "spins", "classname": "a.WidgetTest",
                                   "message": "java.lang.AssertionError: expected 1\nbut 2"}]
    assert gb["meta"]["build_tool"] == "gradle" and gb["meta"]["fix_commit"] == "feedbeef00112233"
    gb6 = b.build(_row("gitbugjava:acme/widget@feedbeef00", "real", src, "final6"))
    assert gb6["log"] == "a.WidgetTest.spins  FAILED\n    java.lang.AssertionError: expected 1\n    but 2\n"


def test_bugswarm_cases_keep_the_log_end_and_name_the_project(datasets):
    root, commits = datasets
    b = rh.Builder(root)
    src = f"tdurieux/BugSwarm-dissection:BugSwarm/acme-widget-111/failing.log@{commits['bs'][:12]}"
    case = b.build(_row("bugswarm-dissection:BugSwarm/acme-widget-111/failing.log", "real", src, "final34a"))
    text = BS_LOG.decode()
    assert len(text) > rh.BS_KEEP and case["log"] == text[-rh.BS_KEEP:]
    assert case["log"].endswith("\u2717 Widget.java:[3,5] cannot find symbol\n") and "git clone" not in case["log"]
    assert case["meta"]["project"] == "acme/widget" and case["meta"]["category"] == "Compilation"
    assert case["meta"]["full_log_chars"] == len(text) and case["meta"]["kept_chars"] == rh.BS_KEEP
    masked = b.build(_row("bugswarm-dissection:BugSwarm/acme-gadget-222/failing.log", "real",
                          src.replace("acme-widget-111", "acme-gadget-222"), "final34a"))
    assert masked["meta"]["project"] == "acme/gadget" and masked["meta"]["category"] == ""
    with pytest.raises(rh.RebuildError, match="the log is empty"):
        b.build(_row("x", "real", src.replace("acme-widget-111", "acme-empty-333"), "final34a"))
    with pytest.raises(rh.RebuildError, match="is not BugSwarm/<artifact>/failing.log"):
        b.build(_row("x", "real", src.replace("failing.log", "passing.log"), "final34a"))


def test_main_writes_files_and_reports_what_it_could_not_rebuild(datasets, tmp_path, capsys):
    root, commits = datasets
    rows = [
        _row("logchunks:Java/acme@widget/101", "real", f"lacinoire/master-thesis:{LC_LOG_PATH}@{commits['lc'][:12]}", "tune"),
        _row("cidiff:breakages/acme_12", "transient", f"labri-progress/cidiff:{CD_DIR}/fail.log@{commits['cd']}", "tune"),
        _row("cidiff:breakages/gone_1", "real", "labri-progress/cidiff:data/breakages/gone_1/fail.log@0000000000ab", "tune"),
        _row("cockpit:wrong:verify/fedora:testLogin:1", "transient",
             f"cockpit-project/cockpituous:learn/test-example.jsonl.gz@{commits['ck'][:7]}#row1", "tune6"),
        _row("gitbugjava:acme/widget@feedbeef00", "real", f"gitbugactions/gitbug-java:data/bugs/acme-widget.json@{commits['gb']}", "final"),
        _row("thread", "real", "https://github.com/x/y/issues/1", "tune"),
    ]
    sources = tmp_path / "sources.jsonl"
    sources.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "out"
    rc = rh.main(["--datasets", str(root), "--sources", str(sources), "--out", str(out)])
    assert rc == 1
    got = [json.loads(x) for x in (out / "own.jsonl").read_text().splitlines()]
    assert [c["id"] for c in got] == ["logchunks:Java/acme@widget/101", "cidiff:breakages/acme_12",
                                      "gitbugjava:acme/widget@feedbeef00"]
    assert [json.loads(x)["id"] for x in (out / "own-lc.jsonl").read_text().splitlines()] == [got[0]["id"]]
    assert (out / "own-cockpit.jsonl").read_text() == ""
    text = capsys.readouterr()
    assert "rebuilt 3 of 5 rows; not rebuilt: 2" in text.out
    assert "has no commit 0000000000ab" in text.err
    assert "  1 rows: dataset labri-progress/cidiff" in text.out
    assert "cockpit:wrong:verify/fedora:testLogin:1 (tune6, transient): row 1 does not match the id" in text.out
    assert "warning: skipped unreadable example set tool/example-sets/broken.xml" in text.err
    # only some splits; a dataset that is missing is named once, the others still built
    (root / "lacinoire+master-thesis").rename(root / "elsewhere")
    try:
        rc = rh.main(["--datasets", str(root), "--sources", str(sources), "--out", str(out), "--split", "tune"])
    finally:
        (root / "elsewhere").rename(root / "lacinoire+master-thesis")
    text = capsys.readouterr()
    assert rc == 1 and text.err.count("dataset lacinoire/master-thesis not found") == 1
    assert "rebuilt 1 of 3 rows" in text.out


def test_find_dataset_accepts_a_mirror_folder_holding_the_repository_as_repo(datasets, tmp_path):
    root, _ = datasets
    # a fetched mirror keeps the repository one level down: <owner>+<name>/repo
    (tmp_path / "gitbugactions+gitbug-java").mkdir()
    subprocess.run(["git", "clone", "-q", "--bare", str(root / "gitbugactions+gitbug-java"),
                    str(tmp_path / "gitbugactions+gitbug-java" / "repo")], check=True)
    found = rh.find_dataset(tmp_path, "gitbugactions/gitbug-java")
    assert found.gitdir == tmp_path / "gitbugactions+gitbug-java" / "repo"
    # a folder that is neither a repository nor holds one is still named as such
    (tmp_path / "labri-progress+cidiff").mkdir()
    with pytest.raises(rh.RebuildError, match="is not a git repository"):
        rh.find_dataset(tmp_path, "labri-progress/cidiff")


def test_chunk_only_gives_the_labelled_chunk_alone(datasets, tmp_path):
    root, commits = datasets
    src = f"lacinoire/master-thesis:{LC_LOG_PATH}@{commits['lc'][:12]}"
    short = rh.Builder(root, warn=lambda m: None, chunk_only=True).build(
        _row("logchunks:Java/acme@widget/101", "real", src, "final"))
    # the chunk's own lines, its leftover colour codes dropped, none of the 30 lines before or 10 after
    assert short["log"] == "\n".join(LC_CLEAN[50:53])
    assert short["meta"]["excerpt_style"] == "the labelled chunk alone" and short["label"] == "real"
    # a case that cannot be placed in its log is still refused, as without the flag
    with pytest.raises(rh.RebuildError, match="first line is not found"):
        rh.Builder(root, warn=lambda m: None, chunk_only=True).build(
            _row("logchunks:Java/acme@widget/101", "transient", src, "tune6"))
    sources = tmp_path / "sources.jsonl"
    sources.write_text(json.dumps(_row("logchunks:Java/acme@widget/101", "real", src, "final")) + "\n")
    assert rh.main(["--datasets", str(root), "--sources", str(sources), "--out", str(tmp_path / "o"),
                    "--chunk-only"]) == 0
    assert json.loads((tmp_path / "o" / "own.jsonl").read_text())["log"] == short["log"]


# ----------------------------------------------------------------- Veloren (GitLab CI jobs in a zipped CSV)

VL_LOG_1 = ("section_start:1700000000:step_script\r\x1b[0K\x1b[32;1m$ cargo test\x1b[0;m\n"
            "Downloading 10%\rDownloading 100%\n"
            "error: could not connect to server: connection reset by peer\n")
VL_LOG_2 = "$ cargo build\nerror[E0425]: cannot find value `x` in this scope\n"


def _vl_zip(rows: list[dict[str, str]], member: str = "labeled/veloren.csv") -> bytes:
    import csv
    import io
    import zipfile

    text = io.StringIO(newline="")
    w = csv.DictWriter(text, fieldnames=["id", "name", "created_at", "log", "brown", "flaky", "flaky_reason"])
    w.writeheader()
    w.writerows(rows)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(member, text.getvalue())
    return out.getvalue()


VL_ROWS = [
    {"id": "101", "name": "unittests", "created_at": "2024-01-02 10:00:00+00", "log": VL_LOG_1, "brown": "1",
     "flaky": "1", "flaky_reason": "network"},
    {"id": "102", "name": "build-linux", "created_at": "2024-01-01 09:00:00+00", "log": VL_LOG_2, "brown": "0",
     "flaky": "0.0", "flaky_reason": ""},
    {"id": "103", "name": "check", "created_at": "2024-01-03 08:00:00+00", "log": "", "brown": "0", "flaky": "0",
     "flaky_reason": ""},
]


@pytest.fixture(scope="module")
def veloren(tmp_path_factory):
    root = tmp_path_factory.mktemp("vl-datasets")
    repo = root / "ahenrij+efficient-detection-intermittent-job-failures"
    first = _repo(repo, {"README.md": b"no data yet\n"})
    (repo / "data").mkdir()
    (repo / "data" / "labeled.zip").write_bytes(_vl_zip(VL_ROWS))
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "data")
    second = _git(repo, "rev-parse", "HEAD")
    (repo / "README.md").write_text("later\n")
    _git(repo, "commit", "-qam", "readme")
    return root, first, second


def test_veloren_labels_ids_and_sources_from_the_zipped_csv(veloren):
    root, _, commit = veloren
    ds = rh.find_dataset(root, rh.VL_REPO)
    rows = rh.vl_rows(ds.show(commit, rh.VL_ZIP))  # veloren.csv found in a folder of the zip
    assert [r["id"] for r in rows] == ["101", "102", "103"] and rows[0]["log"] == VL_LOG_1
    src = rh.vl_source_rows(rows, commit)
    assert src[0] == {"id": "veloren:101", "label": "transient", "split": "veloren",
                      "source": f"{rh.VL_REPO}:data/labeled.zip@{commit[:12]}#veloren.csv:101"}
    assert [r["label"] for r in src] == ["transient", "real", "real"]  # flaky 1 / 0.0 / 0
    assert [rh.vl_flag(v) for v in ("1.0", "True", "false", "", "2")] == [True, True, False, None, None]
    with pytest.raises(rh.RebuildError, match="neither 1 nor 0"):
        rh.vl_label({"id": "9", "flaky": "maybe"})
    with pytest.raises(rh.RebuildError, match="is not in the zip"):
        rh.vl_rows(_vl_zip(VL_ROWS, member="other.csv"))
    with pytest.raises(rh.RebuildError, match="not a readable zip"):
        rh.vl_rows(b"not a zip")
    assert rh.vl_median_date(rows) == "2024-01-02 10:00:00+00"


def test_veloren_cases_clean_the_gitlab_log_and_keep_the_job_in_meta(veloren):
    root, _, commit = veloren
    b = rh.Builder(root)
    src = f"{rh.VL_REPO}:data/labeled.zip@{commit[:12]}#veloren.csv:"
    case = b.build(_row("veloren:101", "transient", src + "101", "veloren"))
    # the section marker and colour codes gone, the progress line as a terminal leaves it
    assert case["log"] == ("$ cargo test\nDownloading 100%\n"
                           "error: could not connect to server: connection reset by peer")
    m = case["meta"]
    assert (m["family"], m["split"], m["project"], m["ci"]) == ("veloren", "veloren", "veloren/veloren", "GitLab CI")
    assert (m["job_name"], m["brown"], m["flaky_reason"]) == ("unittests", "1", "network")
    assert m["created_at"] == "2024-01-02 10:00:00+00" and m["holdout"] is False  # the median itself is not after it
    assert "flaky column is 1" in m["label_rule"]
    assert b.build(_row("veloren:102", "real", src + "102", "veloren"))["meta"]["holdout"] is False
    with pytest.raises(rh.RebuildError, match="the log is empty"):
        b.build(_row("veloren:103", "real", src + "103", "veloren"))
    with pytest.raises(rh.RebuildError, match="the sources file's label is not the dataset's"):
        b.build(_row("veloren:102", "transient", src + "102", "veloren"))
    with pytest.raises(rh.RebuildError, match="no job 999"):
        b.build(_row("veloren:999", "real", src + "999", "veloren"))
    with pytest.raises(rh.RebuildError, match="no #<csv>:<job id>"):
        b.build(_row("veloren:101", "real", src.rstrip(":"), "veloren"))


def test_veloren_sources_are_added_once_and_rebuilt_only_when_named(veloren, tmp_path, capsys):
    root, first, commit = veloren
    ds = rh.find_dataset(root, rh.VL_REPO)
    assert ds.newest_with(rh.VL_ZIP) == commit and first != commit  # not the later commit that left it alone
    with pytest.raises(rh.RebuildError, match="holds data/nothing.zip"):
        ds.newest_with("data/nothing.zip")
    sources = tmp_path / "sources.jsonl"
    sources.write_text(json.dumps(_row("veloren:101", "transient", "x/y:z@0123456", "veloren")) + "\n")
    added = rh.add_veloren_sources(root, sources)
    assert added == {"real": 2}  # 101 was there already
    assert [json.loads(x)["id"] for x in sources.read_text().splitlines()] == ["veloren:101", "veloren:102",
                                                                              "veloren:103"]
    assert rh.add_veloren_sources(root, sources) == {}
    sources.write_text("".join(json.dumps(r) + "\n" for r in rh.vl_source_rows(rh.vl_rows(ds.show(commit, rh.VL_ZIP)),
                                                                                 commit)))
    assert rh.read_sources(sources) == []  # not in the default rebuild
    out = tmp_path / "out"
    rc = rh.main(["--datasets", str(root), "--sources", str(sources), "--out", str(out), "--split", "veloren"])
    text = capsys.readouterr().out
    assert rc == 1 and "rebuilt 2 of 3 rows; not rebuilt: 1" in text  # 103's log is empty
    assert "  veloren:103 (veloren): the log is empty" in text  # without its label: the set is measured blind
    assert [json.loads(x)["id"] for x in (out / "own-veloren.jsonl").read_text().splitlines()] == [
        "veloren:101", "veloren:102"]


def _mirror() -> Path | None:
    """The folder of fetched dataset mirrors: TRIAGE_AGENT_DATASETS, else a .mirror folder above the checkout."""
    import os

    here = Path(__file__).resolve().parents[2]
    for cand in [os.environ.get("TRIAGE_AGENT_DATASETS"), here.parent / ".mirror", here.parent.parent / ".mirror"]:
        if cand and (Path(cand) / rh.VL_REPO.replace("/", "+")).exists():
            return Path(cand)
    return None


def test_veloren_split_rebuilds_from_the_mirror_with_its_known_counts(tmp_path, capsys):
    """The 366 jobs of docs/heldout-sources.jsonl (split veloren) from the mirrored dataset; only counts are read."""
    root = _mirror()
    if root is None:
        pytest.skip(f"no mirror of {rh.VL_REPO}: set TRIAGE_AGENT_DATASETS to a folder holding "
                    f"{rh.VL_REPO.replace('/', '+')} (a git clone or a fetched mirror)")
    rows = rh.read_sources(rh.DEFAULT_SOURCES, ["veloren"])
    assert len(rows) == 366
    cases, fails = rh.rebuild(rows, rh.Builder(root))
    assert fails == []
    assert collections.Counter(c["label"] for c in cases) == {"transient": 141, "real": 225}
    assert all(c["log"].strip() and c["meta"]["ci"] == "GitLab CI" for c in cases)
