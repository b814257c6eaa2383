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
