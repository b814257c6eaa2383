"""Failed tests read from a step's log, for jobs whose test metadata is too large to page through.

CircleCI's tests endpoint lists every result, passing ones too, about 20 to a page, so a
5,000-test job would cost about 250 requests. Past ``polling.max_test_pages`` the failed tests
are taken from the runners' own summaries in the log instead: pytest (``FAILED path::test``),
Go (``--- FAIL: TestX``), Jest (``● Suite › test``), JUnit via Maven Surefire
(``test(Class)  Time elapsed: … <<< FAILURE!``) and Gradle (``Class > test FAILED``), and
RSpec (``rspec ./spec/x_spec.rb:12 # description``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .models import FailedTest

# Lines kept for reading failed tests from the log (only lines a test runner's summary can be).
MAX_TEST_LINES = 2000


def may_name_a_test(line: str) -> bool:
    """Whether a line can be a test runner's summary line (one of the patterns below): a cheap
    superset, so a huge log keeps only the few lines worth reading again."""
    return "FAIL" in line or "ERROR" in line or "●" in line or line.startswith("rspec ")

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # pytest short summary: "FAILED tests/test_x.py::TestY::test_z - AssertionError: ..."
    ("pytest", re.compile(r"^(?:FAILED|ERROR)\s+(?P<file>[^\s:]+\.py)::(?P<name>\S+?)(?:\s+-\s+(?P<message>.*))?$")),
    # pytest -v: "tests/test_x.py::test_z FAILED"
    ("pytest", re.compile(r"^(?P<file>[^\s:]+\.py)::(?P<name>\S+)\s+(?:FAILED|ERROR)\b")),
    # go test: "--- FAIL: TestParse/empty (0.00s)"
    ("go", re.compile(r"^\s*--- FAIL: (?P<name>\S+) \(")),
    # jest: "  ● CheckoutForm › submits the order"
    ("jest", re.compile(r"^\s*● (?P<classname>[^›]+?) › (?P<name>.+?)\s*$")),
    # Maven Surefire: "[ERROR] testFoo(com.acme.FooTest)  Time elapsed: 0.01 s  <<< FAILURE!"
    ("junit", re.compile(r"^\[ERROR\]\s+(?P<name>[\w$]+)\((?P<classname>[\w.$]+)\)\s+Time elapsed:.*<<< (?:FAILURE|ERROR)!")),
    # Surefire 3: "[ERROR] com.acme.FooTest.testFoo -- Time elapsed: 0.01 s <<< FAILURE!"
    ("junit", re.compile(r"^\[ERROR\]\s+(?P<classname>[\w.$]+)\.(?P<name>[\w$]+)\s+--\s+Time elapsed:.*<<< (?:FAILURE|ERROR)!")),
    # Gradle: "com.acme.FooTest > testFoo FAILED"
    ("junit", re.compile(r"^(?P<classname>[\w.$]+) > (?P<name>.+?) FAILED\s*$")),
    # RSpec: "rspec ./spec/models/user_spec.rb:12 # User validates the email"
    ("rspec", re.compile(r"^rspec (?P<file>\./\S+?):\d+ # (?P<name>.+?)\s*$")),
]


def failed_tests_from_log(lines: Iterable[str], *, limit: int = 50) -> list[FailedTest]:
    """The failed tests a log's test-runner summaries name, in order, without duplicates."""
    out: list[FailedTest] = []
    seen: set[tuple[str, str]] = set()
    for line in lines:
        text = line.rstrip()
        for _kind, pattern in _PATTERNS:
            m = pattern.match(text)
            if not m:
                continue
            fields = m.groupdict()
            name = (fields.get("name") or "").strip()
            file = fields.get("file") or ""
            classname = (fields.get("classname") or "").strip()
            if file and not classname:
                classname = file.removeprefix("./").removesuffix(".py").replace("/", ".")
            if "::" in name:  # pytest class::method
                cls, _, name = name.rpartition("::")
                classname = f"{classname}.{cls.replace('::', '.')}" if classname else cls
            key = (classname, name)
            if name and key not in seen:
                seen.add(key)
                out.append(FailedTest(name=name, classname=classname, message=(fields.get("message") or "")[:2000],
                                      file=file.removeprefix("./")))
            break
        if len(out) >= limit:
            break
    return out
