"""The architecture's boundaries, checked on the package's source (``ast``, nothing is imported).

(a) SQL lives only in the storage layer, ``triage_agent/store/``;
(b) only the CircleCI provider (and the simulator, which plays CircleCI) imports
    ``triage_agent.providers.circleci``;
(c) the pure core (``core/``, ``policy/``) imports no storage, provider, stage, sink, server,
    HTTP or database module;
(d) CircleCI's own status words appear only in its provider and the simulator;
(e) only the storage layer imports the database driver (sqlite3, sqlite_utils).

Each checker is a function of one module's source, and is shown to flag a small offending
source below, so a check that silently stopped seeing anything would fail too.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "triage_agent"

# CircleCI words that are also the failure-case format's ``job.status`` vocabulary, stored in
# ``failures.job_status`` byte-equal (``core.ci.JobFailure``; see that module's doc): the
# neutral enum's values, kept on purpose.
STATUS_WORD_EXCEPTIONS = {
    ("triage_agent/core/ci.py", "infrastructure_fail"),
    ("triage_agent/core/ci.py", "timedout"),
    ("triage_agent/core/ci.py", "terminated-unknown"),
}


def modules() -> list[tuple[str, str]]:
    """(path relative to the project, source) of every module of the package."""
    return [(p.relative_to(ROOT).as_posix(), p.read_text(encoding="utf-8"))
            for p in sorted(PACKAGE.rglob("*.py"))]


def module_name(rel: str) -> str:
    """triage_agent/a/b.py -> triage_agent.a.b; triage_agent/a/__init__.py -> triage_agent.a."""
    parts = rel.removesuffix(".py").split("/")
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _docstrings(tree: ast.AST) -> set[int]:
    out: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \
                    and isinstance(first.value.value, str):
                out.add(id(first.value))
    return out


def _strings(tree: ast.AST) -> list[ast.Constant]:
    """Every string literal but docstrings (f-strings' literal parts included)."""
    docs = _docstrings(tree)
    return [n for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs]


# --------------------------------------------------------------------------- (a) SQL

SQL_CALLS = {"execute", "executemany", "executescript", "query", "rows_where", "count_where"}
SQL_TEXT = re.compile(r"\bselect\b.+?\bfrom\b|\binsert\s+(?:or\s+\w+\s+)?into\b"
                      r"|\bupdate\s+\w+\s+set\b|\bdelete\s+from\b", re.IGNORECASE | re.DOTALL)


def sql_sites(source: str) -> list[tuple[int, str]]:
    """(line, what) of every SQL site in a module: a database call (``.execute(``, ``.query(``,
    sqlite-utils' ``rows_where``...), a table taken from a ``db`` (``store.db["failures"]``), or
    a string literal that reads as SQL (``select ... from``, ``insert into``, ``update ... set``,
    ``delete from``)."""
    tree = ast.parse(source)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in SQL_CALLS:
            found.append((node.lineno, f".{node.func.attr}("))
        elif isinstance(node, ast.Subscript):
            base = node.value
            name = base.id if isinstance(base, ast.Name) else base.attr if isinstance(base, ast.Attribute) else ""
            if name == "db":
                found.append((node.lineno, "db[...]"))
    for node in _strings(tree):
        match = SQL_TEXT.search(node.value)
        if match:
            found.append((node.lineno, f"SQL text {' '.join(match.group(0).split())[:40]!r}"))
    return sorted(found)


def test_sql_lives_only_in_the_storage_layer():
    offenders = {rel: sites for rel, source in modules()
                 if not rel.startswith("triage_agent/store/")
                 and (sites := sql_sites(source))}
    assert offenders == {}, "SQL outside triage_agent/store/ (move it into a store module)"


@pytest.mark.parametrize("source", [
    "def f(store):\n    return store.db.execute('pragma user_version').fetchone()\n",
    "def f(conn, rows):\n    conn.executemany('x', rows)\n",
    "def f(store):\n    return list(store.db.query('anything'))\n",
    "def f(store):\n    return store.db['failures'].get(1)\n",
    "def f(db):\n    return db['failures'].count\n",
    "def f(t):\n    return list(t.rows_where('state = ?', ['new']))\n",
    "def f(t):\n    return t.count_where('1')\n",
    "Q = 'SELECT id\\n  FROM failures WHERE state = ?'\n",
    "Q = 'insert or ignore into reruns (a) values (?)'\n",
    "def f(x):\n    return f'update proposals set status = {x}'\n",
    "Q = 'delete from caches'\n",
])
def test_the_sql_checker_flags_each_kind_of_site(source):
    assert sql_sites(source)


def test_the_sql_checker_leaves_prose_and_other_calls_alone():
    source = '''
"""Select the failed jobs from the list, then update the queue."""

def f(pool, items):
    """Insert nothing into anything; delete nothing."""
    pool.submit(items)
    return {"select": items["from"]}["select"]
'''
    assert sql_sites(source) == []


# --------------------------------------------------------------------------- imports


def imported(rel: str, source: str) -> set[str]:
    """Absolute names of the modules a module imports (relative imports resolved; for
    ``from X import y`` both ``X`` and ``X.y``, since ``y`` may be a module)."""
    package = module_name(rel).split(".")
    if not rel.endswith("__init__.py"):
        package = package[:-1]
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def _under(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


CIRCLECI = ("triage_agent.providers.circleci",)
CIRCLECI_HOMES = ("triage_agent/providers/circleci/", "triage_agent/simulator/")


def circleci_imports(rel: str, source: str) -> list[str]:
    """What a module imports of the CircleCI provider."""
    return sorted(n for n in imported(rel, source) if _under(n, CIRCLECI))


def test_only_the_provider_and_the_simulator_import_circleci():
    # The provider registry (providers/__init__.py) names the module in a string, its
    # registration line; it does not import it.
    offenders = {rel: found for rel, source in modules()
                 if not rel.startswith(CIRCLECI_HOMES) and (found := circleci_imports(rel, source))}
    assert offenders == {}


PURE = ("triage_agent/core/", "triage_agent/policy/")
NOT_FOR_THE_CORE = ("triage_agent.store", "triage_agent.providers", "triage_agent.pipeline",
                    "triage_agent.sinks", "triage_agent.server", "httpx", "sqlite3", "sqlite_utils",
                    "openai")


def impure_imports(rel: str, source: str) -> list[str]:
    """What a module imports of storage, providers, stages, sinks, the server, HTTP or databases."""
    return sorted(n for n in imported(rel, source) if _under(n, NOT_FOR_THE_CORE))


def test_the_pure_core_imports_no_storage_provider_http_or_database():
    offenders = {rel: found for rel, source in modules()
                 if rel.startswith(PURE) and (found := impure_imports(rel, source))}
    assert offenders == {}


DATABASE_DRIVERS = ("sqlite3", "sqlite_utils")
DATABASE_HOMES = ("triage_agent/store/", "triage_agent/simulator/")


def test_only_the_storage_layer_imports_the_database_driver():
    # Callers tell database trouble apart through store.LOCKED / DAMAGED / DB_ERRORS, so a
    # different database changes the store alone.
    offenders = {rel: found for rel, source in modules()
                 if not rel.startswith(DATABASE_HOMES)
                 and (found := sorted(n for n in imported(rel, source) if _under(n, DATABASE_DRIVERS)))}
    assert offenders == {}


def test_the_import_checkers_resolve_absolute_and_relative_imports():
    assert circleci_imports("triage_agent/pipeline/execute.py",
                            "from ..providers.circleci.client import CircleCIClient\n")
    assert circleci_imports("triage_agent/providers/__init__.py", "from . import circleci\n")
    assert circleci_imports("triage_agent/cli.py", "import triage_agent.providers.circleci.webhook\n")
    assert not circleci_imports("triage_agent/pipeline/execute.py", "from ..providers import http\n")
    assert impure_imports("triage_agent/core/models.py", "import httpx\n")
    assert impure_imports("triage_agent/policy/decide.py", "from ..store import queue\n")
    assert impure_imports("triage_agent/core/x.py", "from sqlite3 import Connection\n")
    assert impure_imports("triage_agent/core/x.py", "if TYPE_CHECKING:\n    from ..providers.http import Budget\n")
    assert not impure_imports("triage_agent/policy/decide.py", "from ..core.ci import RunState\n")


# --------------------------------------------------------------------------- (d) status words

# CircleCI's own words for workflow and job states that no neutral vocabulary shares
# ("failed", "canceled", "running" are also RunState's words and are not listed).
CIRCLECI_WORDS = ("success", "failing", "on_hold", "not_run", "not_running", "unauthorized",
                  "infrastructure_fail", "timedout", "terminated-unknown", "blocked", "queued",
                  "retried")
_QUOTED = re.compile("'(" + "|".join(map(re.escape, CIRCLECI_WORDS)) + ")'")


def status_words(source: str) -> list[tuple[int, str]]:
    """(line, word) of every CircleCI status word used as a value: a string literal that is the
    word, or the word in single quotes inside a literal (SQL such as ``status = 'on_hold'``).
    Prose that mentions a word in a message or a docstring is not a use."""
    found = []
    for node in _strings(ast.parse(source)):
        if node.value in CIRCLECI_WORDS:
            found.append((node.lineno, node.value))
        else:
            found.extend((node.lineno, m.group(1)) for m in _QUOTED.finditer(node.value))
    return sorted(found)


def test_circleci_status_words_stay_in_the_provider_and_the_simulator():
    offenders = {}
    for rel, source in modules():
        if rel.startswith(CIRCLECI_HOMES):
            continue
        found = [(line, word) for line, word in status_words(source)
                 if (rel, word) not in STATUS_WORD_EXCEPTIONS]
        if found:
            offenders[rel] = found
    assert offenders == {}


def test_the_status_word_exceptions_are_still_there():
    present = dict(modules())
    for rel, word in STATUS_WORD_EXCEPTIONS:
        assert word in [w for _, w in status_words(present.get(rel, ""))], (rel, word)


def test_the_status_word_checker_flags_values_not_prose():
    assert status_words("def f(wf):\n    return wf.status == 'on_hold'\n") == [(2, "on_hold")]
    assert status_words("Q = \"select id from workflows where status = 'failing'\"\n") == [(1, "failing")]
    assert status_words("WORDS = {'success': 1}\n") == [(1, "success")]
    assert status_words('"""The job was on_hold, then not_run."""\nMSG = "CircleCI said timedout"\n') == []
