"""Realistic CI log excerpts shared by the tests."""

ASSERT_LOG = """\
============================= test session starts ==============================
collected 12 items

tests/test_price.py ..........F.                                         [100%]

=================================== FAILURES ===================================
___________________________ test_discount_rounding ____________________________
    def test_discount_rounding():
>       assert price(10.005) == 10.01
E       AssertionError: assert 10.0 == 10.01
tests/test_price.py:41: AssertionError
=========================== short test summary info ============================
FAILED tests/test_price.py::test_discount_rounding - AssertionError: assert 10.0 == 10.01
========================= 1 failed, 11 passed in 0.52s =========================
Exited with code exit status 1
"""


def unittest_import_failure(source_line: str, exc: str) -> str:
    """unittest's report of a test module it could not import (a GitHub Actions step): the module's line
    ``source_line`` raised ``exc``, the traceback's last line."""
    return ("+ python -m unittest discover -s tests -v\n"
            "test_spin (test_cogs.CogTest.test_spin) ... ok\n"
            "test_sprockets (unittest.loader._FailedTest.test_sprockets) ... ERROR\n\n"
            "======================================================================\n"
            "ERROR: test_sprockets (unittest.loader._FailedTest.test_sprockets)\n"
            "----------------------------------------------------------------------\n"
            "ImportError: Failed to import test module: test_sprockets\n"
            "Traceback (most recent call last):\n"
            '  File "/usr/lib/python3.12/unittest/loader.py", line 394, in _find_test_path\n'
            "    module = self._get_module_from_name(name)\n"
            '  File "/home/runner/work/gizmo/gizmo/tests/test_sprockets.py", line 4, in <module>\n'
            f"    {source_line}\n"
            f"{exc}\n\n\n"
            "----------------------------------------------------------------------\n"
            "Ran 2 tests in 0.004s\n\nFAILED (errors=1)\n"
            "Error: Process completed with exit code 2.\n")
