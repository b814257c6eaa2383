"""Cases for the nineteenth round's pass over the strict expected failures (section xfail19 of signatures.toml).

Covered: OTP httpc's connect error as an Erlang term whose reason is the bare ``timeout`` atom
(``{error,{failed_connect,[{to_address,{Host,Port}},{inet,[inet],timeout}]}}``, shape recalled from OTP's httpc
documentation and the review 18d cases; not read from OTP's source here), read by erlang-httpc-connect-timeout-atom
for a named host outside the job, and left to the other entries for a loopback address (the job's own service).
The rules the cases hold: an outside host's connect timeout is the network's moment (assumption, as for the other
connect timeouts); the entry does not read the job's own loopback service.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, signatures

_GHA = "##[error]Process completed with exit code 1.\n"

CASES: list[tuple[str, str, str]] = [
    # an EUnit setup whose connect to an outside object store ended on the bare timeout atom
    ("eunit-setup-outside-host-timeout-atom", "transient",
     "module 'shop_s3_tests'\n*** context setup failed ***\n**in function shop_s3_tests:setup/0 (test/shop_s3_tests.erl, "
     "line 14)\n**error:{badmatch,{error,{failed_connect,[{to_address,{\"s3.eu-west-1.amazonaws.com\",443}},"
     "{inet,[inet],timeout}]}}}\n  Failed: 0.  Skipped: 0.  Passed: 4.\nOne or more tests were cancelled.\n"
     "===> Error running tests\n" + _GHA),
]

# Logs the new entry must not read: the same term on the job's own loopback service.
NOT_READ: list[tuple[str, str]] = [
    ("eunit-setup-loopback-timeout-atom",
     "module 'shop_db_tests'\n*** context setup failed ***\n**in function shop_db_tests:setup/0 (test/shop_db_tests.erl, "
     "line 11)\n**error:{badmatch,{error,{failed_connect,[{to_address,{\"localhost\",8080}},{inet,[inet],timeout}]}}}\n"
     "One or more tests were cancelled.\n===> Error running tests\n" + _GHA),
]

LONG_LINE_WORDS = ["failed_connect", "to_address", "inet", "timeout"]


def test_unique_ids() -> None:
    assert_unique_ids(CASES, NOT_READ)


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_reads(verdict: str, log: str) -> None:
    v = judge(log)
    assert v.verdict == verdict and "erlang-httpc-connect-timeout-atom" in signatures(v), v.rationale


@pytest.mark.parametrize("log", [pytest.param(log, id=cid) for cid, log in NOT_READ])
def test_loopback_not_read(log: str) -> None:
    assert "erlang-httpc-connect-timeout-atom" not in signatures(judge(log))
