"""Twenty-fourth round: Erlang/Elixir tests' own time-outs, read by a tally of public threads per family.

Covered: the time-out shapes of BEAM tests as CI logs show them. Elixir: ``GenServer.call`` and
``Task.await``/``Task.await_many`` exits ("** (exit) exited in: ... ** (EXIT) time out", Agent.get goes
through GenServer.call), ExUnit's ``assert_receive`` report ("Assertion failed, no matching message
after 100ms", with pinned variables, an empty or a non-empty mailbox, and "Found message matching ...
delivered too close to the timeout value"), Phoenix.ChannelTest's ``assert_push``/``assert_reply``/
``assert_broadcast`` (assert_receive underneath), Ecto/DBConnection's "connection not available and
request was dropped from queue" and "tcp recv: closed" in a test, ExUnit's own ``ExUnit.TimeoutError``.
Erlang: Common Test's timetrap (cth_readable's "%%% s_SUITE ==> {timetrap_timeout,30000}" under rebar3,
"Reason: timetrap_timeout"), a case's ``{badmatch,{error,timeout}}``, an exit ``{timeout,{gen_server,call,
[...]}}``, EUnit's "*timed out*" (eunit_tty) and rebar3's eunit_progress "%% Unknown error: timeout"
under Pending, EUnit's failed assertion report beside them; Gleam's gleeunit time-out (EUnit's, printed
as Gleam terms).

Wording, read from source: elixir-lang/elixir lib/ex_unit/lib/ex_unit/assertions.ex (``__timeout__``,
``__pins__``: "Assertion failed, no matching message after #{timeout}ms" then the pinned variables, then
"The process mailbox is empty." or "Showing N of N messages in the mailbox"; "Found message matching ...
This means the message was delivered too close to the timeout value"); erlang/rebar3 vendor/cth_readable
src/cth_readable_shell.erl (``format_stack``: "%%% Suite ==> case: FAILED" then "%%% Suite ==> Reason" on
the next line, so a reason never follows FAILED on the same line) and vendor/eunit_formatters
src/eunit_progress.erl (cancelled tests under "Pending:" with "%% Unknown error: timeout", "N tests, M
failures, K cancelled"). Recalled or quoted by the threads below, not read from source here: GenServer's
and Task's exit texts, ExUnit.TimeoutError's advice, DBConnection's messages, eunit_tty's "*timed out*" /
"*failed*" / "**error:{assertEqual,[...]}" lines, gleeunit's "An unexpected error occurred:" block.
Modules, pids, paths and values are made up; no project's log is copied.

Tallies (public issue and pull-request threads of CI failures with each message, by what fixed or explained
them: transient = flaky, slow or loaded CI, passed on rerun, fixed by raising the test's timeout or
synchronising the test; real = a deadlock or a bug in the code, a misuse, a change that broke it; found with
the search tool's issue corpus, whose answers lean to threads that say "flaky", so transient is if anything
over-counted):

* GenServer.call ... ** (EXIT) time out: 3 transient of 11 -> real (left as it was).
  transient: sonerdy/double#39 (CPU under load), atomvm/AtomVM#2023 and #2032 (CI timing of gen_server
  time-out tests). real: elixir-lang/elixir-lang.github.com#1191 (tutorial code), CuatroElixir/slipstream#76
  (deadlock: the test process called back), randycoulman/mix_test_interactive#43 (missing :infinity),
  dominicletz/websockex#66 (not a GenServer), joekain/BlockingQueue#6 (design), aviabird/gringotts#8,
  configcat/elixir-sdk#68 (blocking HTTP in a call), elixir-lang/elixir#769 (compiler calls on a slow ARM
  CI, fixed in the code by :infinity: counted real as the fix was the product's).
* Task.await / Task.await_many ... time out: 1 transient of 4 -> real. transient: elixir-lang/ex_doc#497
  (slow CI); real: elixir-lang/elixir#3234 (a receive ate the reply), brainlid/langchain#129, helium/
  mappers#126 (slow tools, fixed in the code).
* assert_receive "no matching message after Nms" (ExUnit): 11 transient of 12 -> transient (as it was).
  elixir-lang/elixir#14463, #3346, #5199, managoat/fountain#1721, firezone/firezone#5417, #12808, #12282,
  sneako/finch#340, getsentry/sentry-elixir#896, elixir-broadway/broadway#261, pinterest/elixir-thrift#292;
  real: elixirkoans/elixir-koans#266 (the learner's code).
* Phoenix.ChannelTest assert_push/assert_reply/assert_broadcast: 8 transient of 8 -> transient.
  phoenixframework/phoenix#2706, #2023, firezone/firezone#5417, #11895, #11991, #12282, #12413, #12422.
* DBConnection "connection not available and request was dropped from queue" / "client exited" in tests:
  4 transient of 9 -> left real. transient: marciok/gust#27, managoat/fountain#1573, etalab/transport-site
  #2539, frontman-ai/frontman#630; real: elixir-ecto/ecto_sql#58 (after an Ecto upgrade), elixir-ecto/
  db_connection#183 (after an upgrade), #198, #245 (one sandbox connection for many tasks, every run),
  blockscout/blockscout#6406 (database not reachable at start). "tcp recv: closed": no thread found; left.
* ExUnit.TimeoutError "test timed out after Nms": 6 transient of 8 (75 %, one of the real ones unclear) ->
  left transient as the nineteenth round set it (its evidence: all 63 test-timeout findings of the labelled
  data on transient cases), though these threads alone sit just under the 80 % line. transient: glific/glific#4762, elixir-lang/
  elixir#14464, #5125 (QEMU), hexpm/preview#40, lud/oaskit#51, vjt/grappa-irc#1767; real: beam-community/
  ex_machina#150 (hangs every run), melpon/memoize#16 (a 100 ms limit, fixed in the code).
* Common Test timetrap_timeout: processone/ejabberd#440 (slow VM) here; the nineteenth round's tally holds
  (test_rules19_timeouts.py).
* {badmatch,{error,timeout}} and other {error,...} badmatches: 2 transient of 3 (aeternity/aeternity#3743,
  erlio/vmq_server#33; real: apache/couchdb#4722) -> too few; left as transient-wording reads it.
* exit {timeout,{gen_server,call,[...]}}: 1 transient of 4 (erlang/otp#6562; real: esl/fusco#2, helium/
  miner#194, eproxus/meck#211) -> real (as it was).
* EUnit "*timed out*" (5 s default): 6 transient of 6 -> transient (as it was). zotonic/zotonic#1631,
  martinsumner/kv_index_tictactree#62, triqng/triq#75, basho/erlcloud#10, widgrensit/asobi#325,
  erlang/otp#7635.
* gleeunit's Timeout: 0 transient of 2 read (lpil/gleeunit#51: a gleeunit change; #49: a lexer's loop,
  unclear) -> not surely transient (the engine reads it unknown).

The rules the cases hold:
  * a test's own wait on a message that did not come (assert_receive/assert_push/assert_reply/
    assert_broadcast with an empty mailbox, pinned variables or not; a message found just after the wait)
    -> transient; ExUnit's and EUnit's and Common Test's own time limits (ExUnit.TimeoutError, EUnit's
    *timed out* and rebar3's "Unknown error: timeout", a timetrap) alone -> transient;
  * a call that timed out in the code (GenServer.call, Task.await, Agent.get, an Erlang exit
    {timeout,{gen_server,call,...}}), a process gone -> real; any of the time-outs beside another test's
    failed assertion -> real (ExUnit, rebar3's eunit formatter), or not surely transient (eunit_tty);
  * not surely transient: an assert_receive whose mailbox holds other messages (with or without pinned
    variables: the twentieth round's rule, which the pins hid until now), DBConnection's pool and socket
    errors in a test, an EUnit assertion whose value is {error,timeout}, gleeunit's Timeout.

Wrong on the main head this branch started from (d51cb91): 4 of the 34 cases, all read transient there: the
two pinned assert_receive/assert_push reports with other messages in the mailbox (0.88), EUnit's *timed
out* beside a failed assertion (0.90), EUnit's assertion on {error,timeout} (0.90).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 2.\n"
_REBAR = "===> Error running tests\n##[error]Process completed with exit code 1.\n"
_TIMEOUT_ADVICE = (
    "     ** (ExUnit.TimeoutError) test timed out after 60000ms. You can change the timeout:\n\n"
    "       1. per test by setting \"@tag timeout: x\" (accepts :infinity)\n"
    "       2. per test module by setting \"@moduletag timeout: x\" (accepts :infinity)\n"
    "       3. globally via \"ExUnit.start(timeout: x)\" configuration\n"
    "       4. by running \"mix test --timeout x\" which sets timeout\n"
    "       5. or by running \"mix test --trace\" which sets timeout to infinity\n"
    "          (useful when using IEx.pry/1)\n\n"
)


def _exunit(test: str, module: str, path: str, body: str, n: int = 48, f: int = 1) -> str:
    """One failed ExUnit test as mix test prints it, the run's summary and the job's end."""
    return (
        "Running ExUnit with seed: 41233, max_cases: 4\n\n"
        f"  1) test {test} ({module})\n"
        f"     {path}:22\n"
        f"{body}"
        f"\nFinished in 6.2 seconds (0.8s async, 5.4s sync)\n{n} tests, {f} failure{'s' if f > 1 else ''}\n"
        + _GHA
    )


def _eunit_tty(body: str, failed: int, passed: int = 11, cancelled: bool = False) -> str:
    """EUnit's plain (eunit_tty) report under rebar3, its summary and the job's end."""
    return (
        "===> Performing EUnit tests...\n"
        "======================== EUnit ========================\n"
        f"{body}"
        "=======================================================\n"
        f"  Failed: {failed}.  Skipped: 0.  Passed: {passed}.\n"
        + ("One or more tests were cancelled.\n" if cancelled else "")
        + _REBAR
    )


def _ct(body: str, failed: int = 1, passed: int = 10) -> str:
    """rebar3 ct with cth_readable's lines, its summary and the job's end."""
    return (
        "===> Running Common Test suites...\n"
        "%%% cache_SUITE ==> init_per_suite: OK\n"
        f"{body}"
        f"Failed {failed} tests. Passed {passed} tests.\n"
        'Results written to "/home/runner/work/cache/_build/test/logs/index.html".\n'
        f"===> Failures occurred running tests: {failed}\n"
        "##[error]Process completed with exit code 1.\n"
    )


CASES: list[tuple[str, str, str]] = [
    # --- transient: the test's own wait on a message (assert_receive and Phoenix's helpers over it) ---
    # elixir-lang/elixir ExUnit.Assertions __timeout__ (read): the headline, then the empty mailbox
    ("exunit-assert-receive-empty-mailbox", "transient",
     _exunit("notifies subscribers", "MyApp.PubSubTest", "test/my_app/pubsub_test.exs",
             "     Assertion failed, no matching message after 100ms\n"
             "     The process mailbox is empty.\n"
             "     code: assert_receive {:event, %{id: 1}}\n"
             "     stacktrace:\n"
             "       test/my_app/pubsub_test.exs:35: (test)\n")),
    # ... with a pinned reference between (__pins__, read)
    ("exunit-assert-receive-pinned-down-empty-mailbox", "transient",
     _exunit("lock is released when the owner exits", "MyApp.LockTest", "test/my_app/lock_test.exs",
             "     Assertion failed, no matching message after 100ms\n"
             "     The following variables were pinned:\n"
             "       ref = #Reference<0.2615586780.213909512.46567>\n"
             "     The process mailbox is empty.\n"
             "     code: assert_receive {:DOWN, ^ref, _, _, _}\n"
             "     stacktrace:\n"
             "       test/my_app/lock_test.exs:47: (test)\n")),
    # a wait of the test's own choosing (assert_receive ..., 500)
    ("exunit-assert-receive-500ms", "transient",
     _exunit("flushes the buffer on a timer", "MyApp.BufferTest", "test/my_app/buffer_test.exs",
             "     Assertion failed, no matching message after 500ms\n"
             "     The process mailbox is empty.\n"
             "     code: assert_receive {:flushed, [_ | _]}, 500\n"
             "     stacktrace:\n"
             "       test/my_app/buffer_test.exs:30: (test)\n", n=212)),
    # __timeout__ (read): the message arrived just after the wait ended; ExUnit itself advises a longer timeout
    ("exunit-found-message-too-close-to-timeout", "transient",
     _exunit("reports progress", "MyApp.JobTest", "test/my_app/job_test.exs",
             "     Found message matching {:progress, 100} after 100ms.\n\n"
             "     This means the message was delivered too close to the timeout value, you may want to either:\n\n"
             "       1. Give an increased timeout to `assert_receive/2`\n"
             "       2. Increase the default timeout to all `assert_receive` in your\n"
             "          test_helper.exs by setting ExUnit.configure(assert_receive_timeout: ...)\n\n"
             "     code: assert_receive {:progress, 100}\n"
             "     stacktrace:\n"
             "       test/my_app/job_test.exs:19: (test)\n")),
    # Phoenix.ChannelTest assert_push (assert_receive of a %Phoenix.Socket.Message{}; the code: line shows the macro)
    ("phoenix-assert-push-empty-mailbox", "transient",
     _exunit("new_msg is pushed to the client", "ChatWeb.RoomChannelTest",
             "test/chat_web/channels/room_channel_test.exs",
             "     Assertion failed, no matching message after 100ms\n"
             "     The process mailbox is empty.\n"
             "     code: assert_push \"new_msg\", %{\"body\" => \"hi\"}\n"
             "     stacktrace:\n"
             "       test/chat_web/channels/room_channel_test.exs:26: (test)\n", n=9)),
    # assert_reply with the pinned ref (the threads: phoenixframework/phoenix#2023's flicker)
    ("phoenix-assert-reply-pinned-ref", "transient",
     _exunit("ping replies with status ok", "ChatWeb.RoomChannelTest",
             "test/chat_web/channels/room_channel_test.exs",
             "     Assertion failed, no matching message after 100ms\n"
             "     The following variables were pinned:\n"
             "       ref = #Reference<0.0.2.8003>\n"
             "     The process mailbox is empty.\n"
             "     code: assert_reply ref, :ok, %{\"hello\" => \"there\"}\n"
             "     stacktrace:\n"
             "       test/chat_web/channels/room_channel_test.exs:16: (test)\n", n=9)),
    ("phoenix-assert-broadcast-empty-mailbox", "transient",
     _exunit("shout broadcasts to room:lobby", "ChatWeb.RoomChannelTest",
             "test/chat_web/channels/room_channel_test.exs",
             "     Assertion failed, no matching message after 100ms\n"
             "     The process mailbox is empty.\n"
             "     code: assert_broadcast \"shout\", %{\"hello\" => \"all\"}\n"
             "     stacktrace:\n"
             "       test/chat_web/channels/room_channel_test.exs:31: (test)\n", n=9)),
    # a GitLab job's end instead of GitHub's
    ("exunit-assert-receive-gitlab", "transient",
     "$ mix test --warnings-as-errors\n"
     "  1) test delivers broadcast to subscribers for different keys (Mix.Sync.PubSubTest)\n"
     "     test/mix/sync/pubsub_test.exs:39\n"
     "     Assertion failed, no matching message after 100ms\n"
     "     The process mailbox is empty.\n"
     "     code: assert_receive :subscribed1\n"
     "     stacktrace:\n"
     "       test/mix/sync/pubsub_test.exs:60: (test)\n\n"
     "Finished in 31.0 seconds (18.2s async, 12.8s sync)\n"
     "1204 tests, 1 failure\n"
     "ERROR: Job failed: exit code 1\n"),
    # --- transient: the harness's own time limit, alone ---
    ("exunit-timeout-error", "transient",
     _exunit("imports the large file", "MyApp.ImportTest", "test/my_app/import_test.exs",
             _TIMEOUT_ADVICE +
             "     stacktrace:\n"
             "       (elixir 1.15.7) lib/process.ex:279: Process.sleep/1\n"
             "       test/my_app/import_test.exs:12: (test)\n", n=14)),
    # ... stopped inside a GenServer.call (the call's own 5 s had not run out; the test's 60 s had)
    ("exunit-timeout-error-inside-genserver-call", "transient",
     _exunit("syncs the ledger", "MyApp.LedgerTest", "test/my_app/ledger_test.exs",
             _TIMEOUT_ADVICE +
             "     stacktrace:\n"
             "       (stdlib 5.2) gen.erl:240: :gen.do_call/4\n"
             "       (elixir 1.15.7) lib/gen_server.ex:1071: GenServer.call/3\n"
             "       test/my_app/ledger_test.exs:30: (test)\n", n=31)),
    # erlang/rebar3 vendor/cth_readable cth_readable_shell.erl format_stack (read): two lines per failed case
    ("ct-timetrap-cth-readable", "transient",
     _ct("%%% cache_SUITE ==> fetch_all: FAILED\n"
         "%%% cache_SUITE ==> {timetrap_timeout,30000}\n"
         "%%% cache_SUITE ==> end_per_suite: OK\n")),
    # eunit_tty's "*timed out*" (recalled; zotonic/zotonic#1631 quotes it), the test cancelled
    ("eunit-tty-timed-out", "transient",
     _eunit_tty("module 'cache_tests'\n"
                "  cache_tests: expiry_test_...*timed out*\n"
                "undefined\n", failed=0, cancelled=True)),
    # erlang/rebar3 vendor/eunit_formatters eunit_progress.erl (read): a cancelled test under Pending
    ("rebar3-eunit-progress-pending-timeout", "transient",
     "===> Performing EUnit tests...\n"
     "..*.....\n"
     "Pending:\n"
     "  cache_tests:expiry_test_/0\n"
     "    %% Unknown error: timeout\n\n"
     "Finished in 5.120 seconds\n"
     "8 tests, 0 failures, 1 cancelled\n" + _REBAR),
    # --- real: a call in the code that did not come back in its time ---
    ("exunit-genserver-call-time-out", "real",
     _exunit("fetches the cached page", "MyApp.CacheTest", "test/my_app/cache_test.exs",
             "     ** (exit) exited in: GenServer.call(#PID<0.512.0>, :fetch, 5000)\n"
             "         ** (EXIT) time out\n"
             "     code: assert {:ok, _} = Cache.fetch(:home)\n"
             "     stacktrace:\n"
             "       (elixir 1.15.7) lib/gen_server.ex:1074: GenServer.call/3\n"
             "       test/my_app/cache_test.exs:24: (test)\n")),
    # a named server (elixir-lang/elixir-lang.github.com#1191's shape: the registry's own code never replied)
    ("exunit-genserver-call-named-time-out", "real",
     _exunit("removes buckets on exit", "KV.RegistryTest", "test/kv/registry_test.exs",
             "     ** (exit) exited in: GenServer.call(:\"test removes buckets on exit\", {:create, \"shopping\"}, 5000)\n"
             "         ** (EXIT) time out\n"
             "     code: KV.Registry.create(registry, \"shopping\")\n"
             "     stacktrace:\n"
             "       (elixir 1.16.2) lib/gen_server.ex:1114: GenServer.call/3\n"
             "       test/kv/registry_test.exs:21: (test)\n", n=6, f=3)),
    ("exunit-task-await-time-out", "real",
     _exunit("runs the jobs in parallel", "MyApp.WorkerTest", "test/my_app/worker_test.exs",
             "     ** (exit) exited in: Task.await(%Task{mfa: {MyApp.Worker, :run, 1}, owner: #PID<0.431.0>, "
             "pid: #PID<0.440.0>, ref: #Reference<0.1.2.3>}, 5000)\n"
             "         ** (EXIT) time out\n"
             "     code: results = Enum.map(tasks, &Task.await/1)\n"
             "     stacktrace:\n"
             "       (elixir 1.14.5) lib/task.ex:830: Task.await/2\n"
             "       test/my_app/worker_test.exs:44: (test)\n", n=12)),
    ("exunit-task-await-many-time-out", "real",
     _exunit("fans out the tool calls", "MyApp.ChainTest", "test/my_app/chain_test.exs",
             "     ** (exit) exited in: Task.await_many([%Task{mfa: {:erlang, :apply, 2}, owner: #PID<0.200.0>, "
             "pid: #PID<0.201.0>, ref: #Reference<0.1.2.3>}], 5000)\n"
             "         ** (EXIT) time out\n"
             "     stacktrace:\n"
             "       (elixir 1.15.7) lib/task.ex:977: Task.await_many/5\n"
             "       test/my_app/chain_test.exs:12: (test)\n")),
    # Agent.get is a GenServer.call underneath
    ("exunit-agent-get-time-out", "real",
     _exunit("counts visits", "MyApp.CounterTest", "test/my_app/counter_test.exs",
             "     ** (exit) exited in: GenServer.call(#PID<0.300.0>, {:get, #Function<0.1/1 in MyApp.Counter.value/0>}, 5000)\n"
             "         ** (EXIT) time out\n"
             "     stacktrace:\n"
             "       (elixir 1.15.7) lib/gen_server.ex:1074: GenServer.call/3\n"
             "       (elixir 1.15.7) lib/agent.ex:369: Agent.get/3\n"
             "       test/my_app/counter_test.exs:12: (test)\n", n=5)),
    # the called process was not there (a near-miss: no time-out at all)
    ("exunit-genserver-call-no-process", "real",
     _exunit("looks the user up", "MyApp.RegistryTest", "test/my_app/registry_test.exs",
             "     ** (exit) exited in: GenServer.call(MyApp.Registry, {:lookup, \"a\"}, 5000)\n"
             "         ** (EXIT) no process: the process is not alive or there's no process currently associated "
             "with the given name, possibly because its application isn't started\n"
             "     stacktrace:\n"
             "       (elixir 1.16.2) lib/gen_server.ex:1114: GenServer.call/3\n"
             "       test/my_app/registry_test.exs:7: (test)\n")),
    # Common Test: the case exited with a gen_server call's time-out
    ("ct-exit-timeout-gen-server-call", "real",
     _ct("%%% pool_SUITE ==> checkout: FAILED\n"
         "%%% pool_SUITE ==> {{timeout,{gen_server,call,[my_pool,checkout,5000]}},\n"
         "    [{gen_server,call,3,[{file,\"gen_server.erl\"},{line,401}]},\n"
         "     {pool_SUITE,checkout,1,[{file,\"/home/runner/work/pool/test/pool_SUITE.erl\"},{line,40}]}]}\n",
         passed=7)),
    # --- real: a time-out beside another test's failed assertion ---
    ("exunit-timeout-error-beside-failed-assertion", "real",
     "Running ExUnit with seed: 5, max_cases: 4\n\n"
     "  1) test imports the large file (MyApp.ImportTest)\n"
     "     test/my_app/import_test.exs:8\n"
     + _TIMEOUT_ADVICE +
     "     stacktrace:\n"
     "       (stdlib 5.2) timer.erl:90: :timer.sleep/1\n\n"
     "  2) test totals the cart (MyApp.CartTest)\n"
     "     test/my_app/cart_test.exs:14\n"
     "     Assertion with == failed\n"
     "     code:  assert Cart.total(cart) == 30\n"
     "     left:  25\n"
     "     right: 30\n"
     "     stacktrace:\n"
     "       test/my_app/cart_test.exs:18: (test)\n\n"
     "40 tests, 2 failures\n" + _GHA),
    # eunit_progress (read): a failure under Failures and a cancelled test under Pending
    ("rebar3-eunit-failure-beside-pending-timeout", "real",
     "===> Performing EUnit tests...\n"
     "..F..*..\n"
     "Failures:\n\n"
     "  1) cache_tests:put_test/0\n"
     "     Failure/Error: ?assertEqual(ok, cache:put(c, k, v))\n"
     "       expected: ok\n"
     "            got: {error,full}\n"
     "     %% test/cache_tests.erl:20:in `cache_tests:-put_test/0-fun-0-/0`\n\n"
     "Pending:\n"
     "  cache_tests:expiry_test_/0\n"
     "    %% Unknown error: timeout\n\n"
     "Finished in 5.120 seconds\n"
     "8 tests, 1 failures, 1 cancelled\n" + _REBAR),
    # a Common Test timetrap beside another case's badmatch (test-harness-own-time-limit's unless_log)
    ("ct-timetrap-beside-badmatch", "real",
     _ct("%%% cache_SUITE ==> fetch_all: FAILED\n"
         "%%% cache_SUITE ==> {timetrap_timeout,30000}\n"
         "%%% cache_SUITE ==> evict_one: FAILED\n"
         "%%% cache_SUITE ==> {{badmatch,{ok,[a,b]}},\n"
         "    [{cache_SUITE,evict_one,1,[{file,\"/home/runner/work/cache/test/cache_SUITE.erl\"},{line,77}]}]}\n",
         failed=2, passed=9)),
    # --- real: EUnit's failed assertion (eunit-assertion-failed) ---
    # eunit_tty's report (recalled; basho/enm#23 quotes the form)
    ("eunit-tty-failed-assert-equal", "real",
     _eunit_tty("module 'cache_tests'\n"
                "  cache_tests: put_test...*failed*\n"
                "in function cache_tests:'-put_test/0-fun-0-'/0 (test/cache_tests.erl, line 20)\n"
                "**error:{assertEqual,[{module,cache_tests},\n"
                "              {line,20},\n"
                "              {expression,\"cache : put ( c , k , v )\"},\n"
                "              {expected,ok},\n"
                "              {value,{error,full}}]}\n"
                "  output:<<\"\">>\n", failed=1, passed=10)),
    ("eunit-tty-failed-assert-match-older-otp", "real",
     _eunit_tty("  codec_tests: decode_test...*failed*\n"
                "in function codec_tests:'-decode_test/0-fun-0-'/0 (test/codec_tests.erl, line 12)\n"
                "**error:{assertMatch_failed,[{module,codec_tests},{line,12},{expression,\"codec : decode ( B )\"},"
                "{pattern,\"{ ok , _ }\"},{value,{error,badarg}}]}\n", failed=1, passed=3)),
    # --- real: near-misses (a test named after a time-out, failing on a value) ---
    ("exunit-test-named-timeout-fails-on-value", "real",
     _exunit("reads the timeout option from the config", "MyApp.ConfigTest", "test/my_app/config_test.exs",
             "     Assertion with == failed\n"
             "     code:  assert Config.read(opts).timeout == 5000\n"
             "     left:  nil\n"
             "     right: 5000\n"
             "     stacktrace:\n"
             "       test/my_app/client_test.exs:40: (test)\n")),
    ("ct-badmatch-value", "real",
     _ct("%%% cache_SUITE ==> evict_one: FAILED\n"
         "%%% cache_SUITE ==> {{badmatch,{ok,[a,b]}},\n"
         "    [{cache_SUITE,evict_one,1,[{file,\"/home/runner/work/cache/test/cache_SUITE.erl\"},{line,77}]}]}\n")),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # assert_receive whose mailbox holds other messages (the twentieth round's rule), here with pinned variables
    # between the headline and the mailbox line (__pins__, read)
    ("exunit-assert-receive-pinned-other-message-in-mailbox",
     _exunit("publishes the update", "MyApp.FeedTest", "test/my_app/feed_test.exs",
             "     Assertion failed, no matching message after 100ms\n"
             "     The following variables were pinned:\n"
             "       id = 7\n"
             "     Showing 1 of 1 message in the mailbox\n"
             "     code: assert_receive {:updated, ^id, %{count: 2}}\n"
             "     mailbox:\n"
             "       pattern: {:updated, ^id, %{count: 2}}\n"
             "       value:   {:updated, 7, %{count: 1}}\n"
             "     stacktrace:\n"
             "       test/my_app/feed_test.exs:24: (test)\n")),
    ("phoenix-assert-push-pinned-other-message-in-mailbox",
     _exunit("pushes presence", "MyAppWeb.GatewayChannelTest", "test/my_app_web/channels/gateway_channel_test.exs",
             "     Assertion failed, no matching message after 100ms\n"
             "     The following variables were pinned:\n"
             "       relay_id = \"4f84675a\"\n"
             "       relay_view = %{id: \"9c1\"}\n"
             "     Showing 2 of 2 messages in the mailbox\n"
             "     code: assert_push \"relays_presence\", %{connected: [^relay_view], disconnected_ids: [^relay_id]}\n"
             "     stacktrace:\n"
             "       test/my_app_web/channels/gateway_channel_test.exs:88: (test)\n")),
    # DBConnection in a test: 4 of 9 threads transient (the tally above)
    ("ecto-dropped-from-queue-in-test",
     _exunit("creates an order", "MyApp.OrdersTest", "test/my_app/orders_test.exs",
             "     ** (DBConnection.ConnectionError) connection not available and request was dropped from queue "
             "after 2000ms. This means requests are coming in and your connection pool cannot serve them fast "
             "enough. You can address this by:\n\n"
             "       1. Ensuring your database is available and that you can connect to it\n"
             "       2. Tracking down slow queries and making sure they are running fast enough\n"
             "       3. Increasing the pool_size (although this increases resource consumption)\n"
             "       4. Allowing requests to wait longer by increasing :queue_target and :queue_interval\n\n"
             "     stacktrace:\n"
             "       (ecto_sql 3.10.2) lib/ecto/adapters/sql.ex:1047: Ecto.Adapters.SQL.raise_sql_call_error/1\n")),
    ("ecto-tcp-recv-closed-in-test",
     _exunit("lists users", "MyAppWeb.UserControllerTest", "test/my_app_web/controllers/user_controller_test.exs",
             "     ** (DBConnection.ConnectionError) tcp recv: closed\n"
             "     code: conn = get(conn, ~p\"/users\")\n"
             "     stacktrace:\n"
             "       (ecto_sql 3.10.2) lib/ecto/adapters/sql.ex:1047: Ecto.Adapters.SQL.raise_sql_call_error/1\n")),
    # eunit_tty: one test timed out, another failed its assertion (the failure is not the time-out's)
    ("eunit-tty-timed-out-beside-failed-assertion",
     _eunit_tty("  cache_tests: expiry_test_...*timed out*\n"
                "undefined\n"
                "  cache_tests: put_test...*failed*\n"
                "in function cache_tests:'-put_test/0-fun-0-'/0 (test/cache_tests.erl, line 20)\n"
                "**error:{assertEqual,[{module,cache_tests},{line,20},{expression,\"cache : put ( c , k , v )\"},"
                "{expected,ok},{value,{error,full}}]}\n"
                "  output:<<\"\">>\n", failed=1, passed=10, cancelled=True)),
    # an EUnit assertion whose value is a time-out the code returned (the badmatch {error,timeout} threads: 2 of 3)
    ("eunit-tty-assert-match-value-error-timeout",
     _eunit_tty("  client_tests: recv_test...*failed*\n"
                "in function client_tests:'-recv_test/0-fun-0-'/0 (test/client_tests.erl, line 31)\n"
                "**error:{assertMatch,[{module,client_tests},\n"
                "              {line,31},\n"
                "              {expression,\"client : recv ( S , 100 )\"},\n"
                "              {pattern,\"{ ok , _ }\"},\n"
                "              {value,{error,timeout}}]}\n"
                "  output:<<\"\">>\n", failed=1, passed=4)),
    # gleeunit's EUnit time-out as Gleam terms (lpil/gleeunit#49 quotes the form)
    ("gleeunit-timeout",
     "   Compiled in 0.41s\n"
     "    Running toml_test.main\n"
     ".......\n"
     "gleeunit.main\n"
     "An unexpected error occurred:\n\n"
     "  [Id([1, 1, 7]), Reason(Timeout(dict.from_list([#(Stacktrace, [#(atom.create_from_string(\"toml@lexer\"), "
     "Next, 2, [File(charlist.from_string(\"src/toml/lexer.gleam\")), Line(25)])])]))), Desc(Undefined), "
     "Source(#(atom.create_from_string(\"toml@lexer_test\"), ToStringTest, 0)), Line(0)]\n\n"
     "Finished in 5.012 seconds\n"
     "8 tests, 0 failures\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_beam_test_time_out_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_beam_time_outs_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "**error:{assertEqual,[",
    "**error:{assert",
    "Assertion failed, no matching message after 100ms\n     The following variables were pinned:\n",
    "No message matching {:DOWN, ^ref, _, _, _} after 100ms.\nThe following variables were pinned:\n",
    "       ref = #Reference<0.1.2.3>\n",
]
