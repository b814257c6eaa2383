"""Twenty-fifth round, lead: Vim's test runner giving up on a test it lists as flaky.

Vim's ``src/testdir/runtest.vim`` (read) reruns a failing test that is on its flaky list and stops when a run fails
with the same first error as the run before (``giveup_same_error``) or after the fifth run, printing "Flaky test failed
too often, giving up" under the runs' errors. The runner's own word "flaky" made ``known-flaky-mark`` read a screendump
that differed the same way twice as a flaky test (transient 0.97, one of the twenty-fifth round's blind LogChunks logs).
Two runs with the same first error say the failure did not vary: the mark stands aside then, as it does for pytest's
flaky report "it passed 0 out of the required N times". Runs that failed differently (a time range missed by other
amounts on five runs) keep it. The logs are written here around the runner's wording (the run headers of older and
newer runtest.vim: "Run 1:" and "Run 1, 10:01:02 - 10:01:04 in 2.1 seconds:").
"""

from __future__ import annotations

import pytest
from judging import judge, not_surely_transient, signatures

VIM_SCREENDUMP_SAME_DIFF_TWICE = 'Failures:\n-=-=-=-=-=-\n\tFrom test_textprop.vim:\n\tFound errors in Test_prop_virtual_text_wrap():\n\tRun 1:\n\tfunction RunTheTest[40]..Test_prop_virtual_text_wrap[27]..VerifyScreenDump line 51: See dump file difference: call term_dumpdiff("testdir/failed/Test_prop_virtual_text_3.dump", "testdir/dumps/Test_prop_virtual_text_3.dump")\n\tRun 2:\n\tfunction RunTheTest[40]..Test_prop_virtual_text_wrap[27]..VerifyScreenDump line 51: See dump file difference: call term_dumpdiff("testdir/failed/Test_prop_virtual_text_3.dump", "testdir/dumps/Test_prop_virtual_text_3.dump")\n\tFlaky test failed too often, giving up\n-=-=-=-=-=-\n\nTEST FAILURE\nmake[2]: *** [report] Error 1\nmake: *** [test] Error 2\nThe command "do_test make ${SHADOWOPT} ${TEST}" exited with 2.\n'

VIM_ROUNDTRIP_WAITFOR_TIMED_OUT_TWICE = 'Failures:\n\tFrom test_clientserver.vim:\n\tFound errors in Test_client_server_roundtrip():\n\tRun 1:\n\tfunction RunTheTest[40]..Test_client_server_roundtrip[11]..Run_roundtrip line 31: Expected \"hello\" but got \"\"\n\tRun 2:\n\tCaught exception in Test_client_server_roundtrip(): WaitFor() timed out after 5000 msec @ function RunTheTest[40]..Test_client_server_roundtrip[14]..Run_roundtrip[29]..WaitFor, line 4\n\tRun 3:\n\tCaught exception in Test_client_server_roundtrip(): WaitFor() timed out after 5000 msec @ function RunTheTest[40]..Test_client_server_roundtrip[14]..Run_roundtrip[29]..WaitFor, line 4\n\tFlaky test failed too often, giving up\n\nTEST FAILURE\nmake[2]: *** [report] Error 1\nmake: *** [scripttests] Error 2\nThe command "do_test make ${SHADOWOPT} ${TEST}" exited with 2.\n'

VIM_OPEN_DELAY_FIVE_DIFFERENT_VALUES = 'Failures:\n\tFrom test_channel.vim:\n\tFound errors in Test_channel_connect_delay():\n\tRun 1, 10:01:02 - 10:01:04 in 2.1 seconds:\n\tfunction RunTheTest[44]..Test_channel_connect_delay line 9: Expected range 800 - 1200, but got 1432\n\tRun 2, 10:01:06 - 10:01:08 in 2.2 seconds:\n\tfunction RunTheTest[44]..Test_channel_connect_delay line 9: Expected range 800 - 1200, but got 1511\n\tRun 3, 10:01:12 - 10:01:14 in 2.0 seconds:\n\tfunction RunTheTest[44]..Test_channel_connect_delay line 9: Expected range 800 - 1200, but got 1280\n\tRun 4, 10:01:20 - 10:01:22 in 2.3 seconds:\n\tfunction RunTheTest[44]..Test_channel_connect_delay line 9: Expected range 800 - 1200, but got 1390\n\tRun 5, 10:01:30 - 10:01:32 in 2.2 seconds:\n\tfunction RunTheTest[44]..Test_channel_connect_delay line 9: Expected range 800 - 1200, but got 1602\n\tFlaky test failed too often, giving up\n\nTEST FAILURE\nmake: *** [test] Error 2\nError: Process completed with exit code 2.\n'

VIM_TERMINAL_ENV_SAME_VALUE_TWICE = "Failures:\n\tFrom test_terminal.vim:\n\tFound errors in Test_term_env_passed():\n\tRun 1, 10:01:02 - 10:01:04 in 2.1 seconds:\n\tfunction RunTheTest[44]..Test_term_env_passed line 12: Expected 'correct' but got 'wrong'\n\tRun 2, 10:01:06 - 10:01:08 in 2.2 seconds:\n\tfunction RunTheTest[44]..Test_term_env_passed line 12: Expected 'correct' but got 'wrong'\n\tFlaky test failed too often, giving up\n\nTEST FAILURE\nmake: *** [test] Error 2\nError: Process completed with exit code 2.\n"


# the give-up unless_log (a backreference to a run's first error), on lines of its own words
LONG_LINE_WORDS = [
    "\tRun 1:\n\tfunction RunTheTest[40]..Test_a line 5: Expected 1 but got 2\n\tFlaky test failed too often, giving up\n",
    "\tRun 1, 10:01:02 - 10:01:04 in 2.1 seconds:\n\t                a\n\tRun 2:\n\t                a\n",
    "Flaky test failed too often, giving up Run 1: ",
]


@pytest.mark.parametrize("log", [VIM_SCREENDUMP_SAME_DIFF_TWICE, VIM_TERMINAL_ENV_SAME_VALUE_TWICE],
                         ids=["screendump-same-diff-twice", "terminal-env-same-value-twice"])
def test_the_same_error_on_two_runs_is_no_flaky_mark(log: str) -> None:
    v = judge(log)
    assert v.verdict == "real" and "known-flaky-mark" not in signatures(v), v.rationale


def test_a_wait_timing_out_twice_after_the_runner_gave_up_is_not_surely_transient() -> None:
    v = not_surely_transient(VIM_ROUNDTRIP_WAITFOR_TIMED_OUT_TWICE)
    assert "known-flaky-mark" not in signatures(v)


def test_runs_that_failed_differently_keep_the_flaky_mark() -> None:
    v = judge(VIM_OPEN_DELAY_FIVE_DIFFERENT_VALUES)
    assert v.verdict != "real" and "known-flaky-mark" in signatures(v), v.rationale


def test_a_flaky_run_that_is_not_given_up_keeps_the_mark() -> None:
    # the runner reran the test and went on ("Flaky test failed, running it again"), no give-up line
    log = VIM_OPEN_DELAY_FIVE_DIFFERENT_VALUES.replace("Flaky test failed too often, giving up",
                                                      "Flaky test failed, running it again")
    assert "known-flaky-mark" in signatures(judge(log))
