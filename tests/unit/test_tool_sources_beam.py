"""Eighteenth round, tool sources: the BEAM ecosystem as CI jobs fail in it.

Covered: Hex under ``mix deps.get`` (a tarball or registry request the repository answered with a 5xx or
429 or dropped, against the package, signature, lock and credential refusals Hex prints), Mix's own
checks (``mix format --check-formatted``, ``mix test --warnings-as-errors``, the coverage threshold,
``mix deps.unlock --check-unused``, an unknown task, paths that match no test), ExUnit (a failed
``setup_all``, doctests, ``--max-failures``, ``capture_log`` assertions, StreamData's shrunk
counter-example, a peer node that went away), rebar3 (package index updates, checksum refusals,
registry loads, dialyzer and xref findings, EUnit and Common Test as rebar3 prints them through
cth_readable), Erlang Common Test (``ct_run``'s "TEST COMPLETE" line, ``timetrap_timeout``,
``init_per_suite`` failures and the cases auto-skipped after them), EUnit's "context setup failed",
PropEr's shrinking output, Credo and Dialyxir findings, Gleam's format check and corrupt manifest, and
the Erlang VM's distribution start-up (epmd not answering) and peer nodes lost in distributed tests.
Hex's timeout, 404 and untrusted-CA cases, Mix's installer downloads, rebar3's "Failed to fetch and
copy dep" and "Package not found in any repo", ExUnit's TimeoutError, EUnit's "*timed out*", the
BEAM's "Cannot allocate" crash dump and "Kernel pid terminated" are in test_tool_sources_ecosystems.py,
test_tool_sources_lang_ecosystems_more.py, test_tool_sources_test_frameworks_xlang.py and
test_tool_sources_process_crashes.py; not repeated here.

Each case is a short log written for this test around one message as the tool prints it. The wording
was read from the tools' source (the comment above each case names the repository and file):
hexpm/hex, elixir-lang/elixir (lib/mix, lib/ex_unit), erlang/rebar3 (with its vendored cth_readable),
erlang/otp (lib/common_test's test_server.erl, lib/eunit's eunit_tty.erl, kernel's distribution
start-up), rrrene/credo, jeremyjh/dialyxir, whatyouhide/stream_data, proper-testing/proper and
gleam-lang/gleam (compiler-core/src/error.rs, CHANGELOG). Common Test's per-case console lines are
cth_readable's (the hook rebar3 installs). Not read from source here: the Erlang VM's "register/listen
error" line and EUnit's "*** context setup failed ***" (from the wording other projects quote);
``ct_run``'s per-case console lines (only "TEST COMPLETE" was read), the rebar3 PropEr plugin's
summary, Credo's issue block (its summary line was read), Dialyxir's GitHub-format annotation lines
and the Postgrex/ecto_sql "couldn't be created ... 57P03" line follow the tools' published output
format as remembered, not a read of the code. Hosts, packages, modules and paths are
made up; no project's CI log is copied.

The rules the cases hold:
  * the package repository failing for a while (repo.hex.pm answering 5xx or 429 to a tarball or a
    registry record, a connection closed or reset mid-download) -> transient;
  * a persistent cause (a package or version that does not exist, a private package without a key, a
    checksum that does not match the registry or the lock, a lock naming an unknown version; files not
    formatted, warnings as errors, a coverage threshold, unused lock entries, an unknown task; a test
    or doctest that fails on the code, a property's shrunk counter-example, a setup that fails on the
    code, Common Test cases auto-skipped after such an init_per_suite; Dialyzer, Xref and Credo
    findings; Gleam's format check, a corrupt manifest) -> real;
  * near-misses: an outage line Hex printed and then went on (an update check, a fetch served from
    the cache) above the failure the job ended on; a test ABOUT a refused connection that fails on its
    assertion; a package or test named after an outage -> real;
  * a Common Test timetrap alone (a limit the suite set) -> transient, modestly: the nineteenth round's one
    rule for a harness's own time limit (test_rules19_timeouts.py);
  * wordings printed both for an outage and for a persistent cause (an init_per_suite refused by a database; epmd not answering the VM's
    distribution start-up; a peer node lost in a distributed test; rebar3's registry load or index
    update failures; Hex's registry signature check; Ecto's sandbox ownership in an async test) ->
    not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

_DEPS_GET = ("$ mix deps.get\n"
             "Resolving Hex dependencies...\n"
             "Resolution completed in 0.061s\n"
             "Unchanged:\n"
             "  jason 1.4.1\n"
             "  ledger_kit 2.3.0\n")
_MIX_TEST = ("$ mix test\n"
             "Running ExUnit with seed: 482913, max_cases: 4\n\n")
_REBAR_CT = ("$ rebar3 ct\n"
             "===> Verifying dependencies...\n"
             "===> Analyzing applications...\n"
             "===> Compiling shop\n"
             "===> Running Common Test suites...\n")

CASES: list[tuple[str, str, str]] = [
    # ================================================================== Hex (mix deps.get)
    # hexpm/hex lib/hex/scm.ex do_fetch ("Request failed (#{code})") and update ("Package fetch failed and
    # no cached copy available (%s)"): the CDN answered 503 for the tarball
    ("hex-tarball-request-failed-503", "transient",
     _DEPS_GET +
     "* Getting ledger_kit (Hex package)\n"
     "Request failed (503)\n"
     "** (Mix) Package fetch failed and no cached copy available (https://repo.hex.pm/tarballs/ledger_kit-2.3.0.tar)\n"
     + _GHA),
    # lib/hex/scm.ex do_fetch ("Request failed (#{inspect(reason)})") with httpc's socket_closed_remotely
    ("hex-tarball-request-failed-socket-closed", "transient",
     _DEPS_GET +
     "* Getting jason (Hex package)\n"
     "Request failed ({:failed_connect, [{:to_address, {~c\"repo.hex.pm\", 443}}, {:inet, [:inet], :socket_closed_remotely}]})\n"
     "** (Mix) Package fetch failed and no cached copy available (https://repo.hex.pm/tarballs/jason-1.4.1.tar)\n"
     + _CIRCLE),
    # lib/hex/registry/server.ex print_error ("Failed to fetch record for %s from registry") and
    # lib/hex/utils.ex pretty_http_code ("HTTP status code: %d"), then write_result's "Stopping due to errors"
    ("hex-registry-record-http-502", "transient",
     "$ mix deps.get\n"
     "Resolving Hex dependencies...\n"
     "Failed to fetch record for ledger_kit from registry\n"
     "  HTTP status code: 502\n"
     "** (RuntimeError) Stopping due to errors\n"
     "    (hex 2.1.1) lib/hex/registry/server.ex:543: Hex.Registry.Server.write_result/4\n"
     + _GHA),
    # the same with a 429 from the registry (rate limited): a while later it answers
    ("hex-registry-record-http-429", "transient",
     "$ mix deps.get\n"
     "Resolving Hex dependencies...\n"
     "Failed to fetch record for jason from registry\n"
     "  HTTP status code: 429\n"
     "** (RuntimeError) Stopping due to errors\n"
     + _GL),
    # lib/hex/scm.ex do_fetch with a 500 from the CDN, under GitLab
    ("hex-tarball-request-failed-500-gitlab", "transient",
     _DEPS_GET +
     "* Getting jason (Hex package)\n"
     "Request failed (500)\n"
     "** (Mix) Package fetch failed and no cached copy available (https://repo.hex.pm/tarballs/jason-1.4.1.tar)\n"
     + _GL),
    # lib/hex/scm.ex do_fetch ("Request failed (%s)") with httpc's failed_connect on a name the resolver
    # did not answer for a moment (repo.hex.pm resolves on every other run)
    ("hex-tarball-request-failed-nxdomain", "transient",
     _DEPS_GET +
     "* Getting ledger_kit (Hex package)\n"
     "Request failed ({:failed_connect, [{:to_address, {~c\"repo.hex.pm\", 443}}, {:inet, [:inet], :nxdomain}]})\n"
     "** (Mix) Package fetch failed and no cached copy available (https://repo.hex.pm/tarballs/ledger_kit-2.3.0.tar)\n"
     + _GHA),
    # lib/hex/registry/server.ex print_error then lib/hex/utils.ex print_error_result({:error, reason})
    # (inspect(reason): ":timeout")
    ("hex-registry-record-timeout", "transient",
     "$ mix deps.get\n"
     "Resolving Hex dependencies...\n"
     "Failed to fetch record for ledger_kit from registry\n"
     ":timeout\n"
     "** (RuntimeError) Stopping due to errors\n"
     + _CIRCLE),
    # lib/mix/tasks/hex.publish.ex ("Publishing failed") and lib/hex/utils.ex pretty_http_code ("HTTP status
    # code: %d"): the API answered 500 / 429 to the release job
    ("hex-publish-http-500", "transient",
     "$ mix hex.publish --yes\n"
     "Building ledger_kit 2.4.0\n"
     "Publishing package...\n"
     "Publishing failed\n"
     "  HTTP status code: 500\n"
     + _GHA),
    ("hex-publish-http-429", "transient",
     "$ mix hex.publish package --yes\n"
     "Building ledger_kit 2.4.0\n"
     "Publishing package...\n"
     "Publishing failed\n"
     "  HTTP status code: 429\n"
     + _GHA),
    # lib/hex/registry/server.ex print_error for a 401/404: "This could be because the package does not
    # exist, it was spelled incorrectly or you don't have permissions to it" and "No authenticated user
    # found. Run `mix hex.user auth` to authenticate": a private package and no key in CI
    ("hex-registry-private-package-no-auth", "real",
     "$ mix deps.get\n"
     "Resolving Hex dependencies...\n"
     "Failed to fetch record for acme/billing_core from registry\n"
     "This could be because the package does not exist, it was spelled incorrectly or you don't have permissions to it\n"
     "No authenticated user found. Run `mix hex.user auth` to authenticate\n"
     "** (RuntimeError) Stopping due to errors\n"
     + _GHA),
    # lib/hex/scm.ex ("Checksum mismatch against registry (outer)"): the tarball is not the one the registry names
    ("hex-checksum-mismatch-against-registry-outer", "real",
     _DEPS_GET +
     "* Getting ledger_kit (Hex package)\n"
     "** (RuntimeError) Checksum mismatch against registry (outer)\n"
     "    (hex 2.1.1) lib/hex/scm.ex:196: Hex.SCM.update/1\n"
     + _GHA),
    # lib/hex/remote_converger.ex ("Unknown package version %s %s in lockfile")
    ("hex-unknown-package-version-in-lockfile", "real",
     "$ mix deps.get\n"
     "Resolving Hex dependencies...\n"
     "** (Mix) Unknown package version ledger_kit 9.4.0 in lockfile\n"
     + _CIRCLE),
    # lib/hex/remote_converger.ex ("Registry dependencies mismatch against lock (%s %s)")
    ("hex-registry-dependencies-mismatch-lock", "real",
     "$ mix deps.get\n"
     "Resolving Hex dependencies...\n"
     "** (Mix) Registry dependencies mismatch against lock (ledger_kit 2.3.0)\n"
     + _GHA),
    # lib/hex/scm.ex ensure_lock ("The lock is missing for package %s. This could be because another
    # package has configured the application name for the dependency incorrectly. ...")
    ("hex-lock-missing-for-package", "real",
     "$ mix deps.compile\n"
     "** (Mix) The lock is missing for package ledger_kit. This could be because another package has configured "
     "the application name for the dependency incorrectly. Verify with the maintainer of the parent application\n"
     + _GHA),
    # lib/mix/tasks/hex.publish.ex ("Publishing failed") and lib/hex/utils.ex pretty_http_code(401)
    # ("Authentication failed (401)"): a revoked key in the release job
    ("hex-publish-authentication-failed-401", "real",
     "$ mix hex.publish --yes\n"
     "Building ledger_kit 2.4.0\n"
     "  Files:\n"
     "    lib/ledger_kit.ex\n"
     "Publishing package...\n"
     "Publishing failed\n"
     "  Authentication failed (401)\n"
     + _GHA),
    # lib/hex/update_checker.ex ("Hex update check failed, HTTP ERROR: %s"): printed and the run went
    # on; the job ended on a compile error of the code (near-miss)
    ("hex-update-check-failed-then-compile-error", "real",
     "$ mix compile --warnings-as-errors\n"
     "Hex update check failed, HTTP ERROR: :timeout\n"
     "Compiling 42 files (.ex)\n"
     "error: undefined function total/2 (expected Shop.Cart to define such a function or for it to be imported, "
     "but none are available)\n"
     "  lib/shop/cart.ex:31:5: Shop.Cart.checkout/1\n\n"
     "== Compilation error in file lib/shop/cart.ex ==\n"
     "** (CompileError) lib/shop/cart.ex: cannot compile module Shop.Cart (errors have been logged)\n"
     + _GHA),
    # lib/hex/scm.ex update ("  Fetch failed. Using locally cached package (%s)"): the timeout was handled;
    # the tests that ran after it failed on an assertion (near-miss)
    ("hex-fetch-failed-cached-then-assertion", "real",
     _DEPS_GET +
     "* Getting jason (Hex package)\n"
     "Request failed (:timeout)\n"
     "  Fetch failed. Using locally cached package (/home/ci/.hex/packages/hexpm/jason-1.4.1.tar)\n"
     + _MIX_TEST +
     "  1) test totals a cart with discounts (Shop.CartTest)\n"
     "     test/shop/cart_test.exs:18\n"
     "     Assertion with == failed\n"
     "     code:  assert Cart.total(cart) == 1800\n"
     "     left:  1980\n"
     "     right: 1800\n\n"
     "Finished in 0.4 seconds (0.2s async, 0.2s sync)\n"
     "36 tests, 1 failure\n"
     + _GHA),
    # ================================================================== Mix's own checks
    # elixir-lang/elixir lib/mix/lib/mix/tasks/format.ex ("mix format failed due to --check-formatted.",
    # "The following files are not formatted:")
    ("mix-format-check-formatted", "real",
     "$ mix format --check-formatted\n"
     "** (Mix) mix format failed due to --check-formatted.\n"
     "The following files are not formatted:\n\n"
     "  * lib/shop/cart.ex\n"
     "  * test/shop/cart_test.exs\n\n"
     + _GHA),
    # lib/mix/lib/mix/tasks/test.ex ("ERROR! Test suite aborted after successful execution due to warnings
    # while using the --warnings-as-errors option")
    ("mix-test-aborted-due-to-warnings", "real",
     "$ mix test --warnings-as-errors\n"
     "    warning: variable \"retries\" is unused (if the variable is not meant to be used, prefix it with an underscore)\n"
     "    │\n"
     " 12 │   test \"reconnects\", %{retries: retries} do\n"
     "    └─ test/shop/client_test.exs:12: Shop.ClientTest.\"test reconnects\"/1\n\n"
     "Finished in 0.3 seconds (0.3s async, 0.0s sync)\n"
     "24 tests, 0 failures\n\n"
     "ERROR! Test suite aborted after successful execution due to warnings while using the --warnings-as-errors option\n"
     + _GHA),
    # lib/mix/lib/mix/tasks/test.coverage.ex print_failed_threshold ("Coverage test failed, threshold not met:")
    ("mix-test-coverage-threshold-not-met", "real",
     "$ mix test --cover\n"
     "Finished in 1.1 seconds (0.6s async, 0.5s sync)\n"
     "88 tests, 0 failures\n\n"
     "Generating cover results ...\n\n"
     "| Percentage | Module         |\n"
     "|------------|----------------|\n"
     "|     61.54% | Shop.Cart      |\n"
     "|------------|----------------|\n"
     "|     84.20% | Total          |\n\n"
     "Coverage test failed, threshold not met:\n\n"
     "    Coverage:   84.20%\n"
     "    Threshold:  90.00%\n\n"
     + _GHA),
    # lib/mix/lib/mix/tasks/deps.unlock.ex ("Unused dependencies in mix.lock file:")
    ("mix-deps-unlock-check-unused", "real",
     "$ mix deps.unlock --check-unused\n"
     "** (Mix) Unused dependencies in mix.lock file:\n\n"
     "  * :httpoison\n"
     + _CIRCLE),
    # lib/mix/lib/mix/exceptions.ex Mix.NoTaskError ("The task %s could not be found"): credo is only a
    # :dev dependency and the job runs in MIX_ENV=test
    ("mix-task-could-not-be-found", "real",
     "$ MIX_ENV=test mix credo --strict\n"
     "** (Mix) The task \"credo\" could not be found\n"
     + _GHA),
    # lib/mix/lib/mix/tasks/test.ex ("Paths given to \"mix test\" did not match any directory/file: %s")
    ("mix-test-paths-match-nothing", "real",
     "$ mix test test/shop/checkout_test.exs\n"
     "** (Mix) Paths given to \"mix test\" did not match any directory/file: test/shop/checkout_test.exs\n"
     + _GHA),
    # ================================================================== ExUnit
    # lib/ex_unit/lib/ex_unit/formatter.ex ("failure on setup_all callback, all tests have been
    # invalidated") with the code's own error, and cli_formatter.ex's "invalid" count
    ("exunit-setup-all-failure-code", "real",
     _MIX_TEST +
     "  1) Shop.InventoryTest: failure on setup_all callback, all tests have been invalidated\n"
     "     ** (KeyError) key :warehouse not found in: %{region: \"eu\"}\n"
     "     code: warehouse = config.warehouse\n"
     "     stacktrace:\n"
     "       test/shop/inventory_test.exs:9: Shop.InventoryTest.__ex_unit_setup_all_0/1\n\n"
     "Finished in 0.2 seconds (0.2s async, 0.0s sync)\n"
     "12 tests, 0 failures, 12 invalid\n"
     + _GHA),
    # lib/ex_unit/lib/ex_unit/doc_test.ex ("Doctest failed") with left/right
    ("exunit-doctest-failed", "real",
     _MIX_TEST +
     "  1) doctest Shop.Money.format/1 (1) (Shop.MoneyTest)\n"
     "     test/shop/money_test.exs:3\n"
     "     Doctest failed\n"
     "     doctest:\n"
     "       iex> Shop.Money.format(1999)\n"
     "       \"$19.99\"\n"
     "     code:  Shop.Money.format(1999) === \"$19.99\"\n"
     "     left:  \"$1999\"\n"
     "     right: \"$19.99\"\n\n"
     "Finished in 0.1 seconds (0.1s async, 0.0s sync)\n"
     "3 doctests, 17 tests, 1 failure\n"
     + _GHA),
    # lib/ex_unit/lib/ex_unit/cli_formatter.ex ("--max-failures reached, aborting test suite")
    ("exunit-max-failures-reached", "real",
     "$ mix test --max-failures 1\n"
     "  1) test rejects an expired coupon (Shop.CouponTest)\n"
     "     test/shop/coupon_test.exs:22\n"
     "     ** (MatchError) no match of right hand side value: {:ok, %Shop.Coupon{code: \"SPRING\"}}\n"
     "     code: {:error, :expired} = Coupon.redeem(\"SPRING\")\n\n"
     "--max-failures reached, aborting test suite\n"
     "Finished in 0.2 seconds (0.1s async, 0.1s sync)\n"
     "41 tests, 1 failure\n"
     + _GHA),
    # an ExUnit test ABOUT a refused connection, failing on what capture_log captured (near-miss)
    ("exunit-capture-log-about-econnrefused", "real",
     _MIX_TEST +
     "  1) test logs and backs off when the upstream refuses (Shop.SyncWorkerTest)\n"
     "     test/shop/sync_worker_test.exs:40\n"
     "     Assertion with =~ failed\n"
     "     code:  assert log =~ \"upstream refused connection, retrying in 500ms\"\n"
     "     left:  \"[warning] sync failed: :econnrefused\\n\"\n"
     "     right: \"upstream refused connection, retrying in 500ms\"\n\n"
     "Finished in 0.6 seconds (0.6s async, 0.0s sync)\n"
     "52 tests, 1 failure\n"
     + _GHA),
    # near-miss: a test ABOUT Hex's checksum refusal, failing on its own assertion (the message is quoted)
    ("exunit-test-about-checksum-mismatch-message", "real",
     _MIX_TEST +
     "  1) test refuses a mirrored tarball with a bad checksum (Shop.MirrorTest)\n"
     "     test/shop/mirror_test.exs:64\n"
     "     Assertion with =~ failed\n"
     "     code:  assert output =~ \"Checksum mismatch against registry (outer)\"\n"
     "     left:  \"Fetched ledger_kit 2.3.0\\n\"\n"
     "     right: \"Checksum mismatch against registry (outer)\"\n\n"
     "Finished in 0.3 seconds (0.3s async, 0.0s sync)\n"
     "19 tests, 1 failure\n"
     + _GHA),
    # whatyouhide/stream_data lib/ex_unit_properties.ex ("Failed with generated values (after %s):")
    ("streamdata-failed-with-generated-values", "real",
     _MIX_TEST +
     "  1) property encode/decode round-trips (Shop.CodecTest)\n"
     "     test/shop/codec_test.exs:11\n"
     "     Failed with generated values (after 37 successful runs):\n\n"
     "         * Clause:    text <- string(:printable)\n"
     "           Generated: \"\\u0080\"\n\n"
     "     Assertion with == failed\n"
     "     code:  assert Codec.decode(Codec.encode(text)) == text\n"
     "     left:  \"?\"\n"
     "     right: \"\\u0080\"\n\n"
     "Finished in 0.9 seconds (0.9s async, 0.0s sync)\n"
     "1 property, 30 tests, 1 failure\n"
     + _GHA),
    # ================================================================== rebar3
    # erlang/rebar3 apps/rebar/src/rebar_pkg_resource.erl format_error({bad_registry_checksum, ...})
    # ("The checksum for package at %s-%s (%s) does not match the checksum expected from the registry (%s).
    # Run `rebar3 do unlock %s, update` and then try again.")
    ("rebar3-package-checksum-does-not-match-registry", "real",
     "$ rebar3 compile\n"
     "===> Verifying dependencies...\n"
     "===> Fetching jiffy_ext v1.2.0\n"
     "===> The checksum for package at jiffy_ext-1.2.0 (9F3A1C0B7E) does not match the checksum expected from the "
     "registry (0C44D1AA6B). Run `rebar3 do unlock jiffy_ext, update` and then try again.\n"
     + _GHA),
    # apps/rebar/src/rebar_pkg_resource.erl request (DEBUG "Request for package %s-%s failed: status code %p")
    # then rebar_fetch.erl ("Failed to fetch and copy dep: %s-%s"): the repository answered 503
    ("rebar3-debug-request-for-package-503", "transient",
     "$ DEBUG=1 rebar3 get-deps\n"
     "===> Verifying dependencies...\n"
     "===> Making request to get package cowlib_ext from repo hexpm\n"
     "===> Request for package cowlib_ext-2.13.0 failed: status code 503\n"
     "===> Failed to fetch and copy dep: cowlib_ext-2.13.0\n"
     + _GHA),
    # the same with the connection reset under it (DEBUG "Request for package %s-%s failed: %p")
    ("rebar3-debug-request-for-package-econnreset", "transient",
     "$ DEBUG=1 rebar3 compile\n"
     "===> Verifying dependencies...\n"
     "===> Request for package jiffy_ext-1.2.0 failed: {failed_connect,[{to_address,{\"repo.hex.pm\",443}},{inet,[inet],econnreset}]}\n"
     "===> Failed to fetch and copy dep: jiffy_ext-1.2.0\n"
     + _GL),
    # apps/rebar/src/rebar_utils.erl log_and_abort ("sh(%s)\nfailed with return code %w and the following
    # output:") around git's own stderr: the Git host answered 503 to the clone
    ("rebar3-git-dep-sh-failed-503", "transient",
     "$ rebar3 get-deps\n"
     "===> Verifying dependencies...\n"
     "===> Fetching acme_proto v0.9.1 (from {git,\"https://git.example.org/acme/acme_proto.git\",{tag,\"v0.9.1\"}})\n"
     "===> sh(git clone  -n https://git.example.org/acme/acme_proto.git /builds/shop/_build/default/lib/.tmp/acme_proto)\n"
     "failed with return code 128 and the following output:\n"
     "Cloning into '/builds/shop/_build/default/lib/.tmp/acme_proto'...\n"
     "fatal: unable to access 'https://git.example.org/acme/acme_proto.git/': The requested URL returned error: 503\n\n"
     + _GL),
    # near-miss: the same wrapper around a tag the dependency names that does not exist
    ("rebar3-git-dep-sh-failed-missing-tag", "real",
     "$ rebar3 get-deps\n"
     "===> Verifying dependencies...\n"
     "===> sh(git checkout -q v9.9.9)\n"
     "failed with return code 1 and the following output:\n"
     "error: pathspec 'v9.9.9' did not match any file(s) known to git\n\n"
     + _GL),
    # apps/rebar/src/rebar_prv_install_deps.erl ("Dependency failure: Application %s not found at the top
    # level of directory %s")
    ("rebar3-dep-app-not-found-top-level", "real",
     "$ rebar3 compile\n"
     "===> Verifying dependencies...\n"
     "===> Dependency failure: Application acme_proto not found at the top level of directory /builds/shop/_build/default/lib/acme_proto\n"
     + _GL),
    # apps/rebar/src/rebar_prv_install_deps.erl ("Unable to parse version for package %s: %s")
    ("rebar3-unable-to-parse-version", "real",
     "$ rebar3 get-deps\n"
     "===> Verifying dependencies...\n"
     "===> Unable to parse version for package cowlib_ext: ~> 2.x\n"
     + _GHA),
    # apps/rebar/src/rebar_prv_dialyzer.erl ("Warnings occurred running dialyzer: %b")
    ("rebar3-dialyzer-warnings-occurred", "real",
     "$ rebar3 dialyzer\n"
     "===> Dialyzer starting, this may take a while...\n"
     "===> Doing success typing analysis...\n"
     "===> Resolving animation...\n\n"
     "src/shop_cart.erl\n"
     "Line 42 Column 1: Function total/1 has no local return\n"
     "Line 47 Column 9: The call shop_tax:rate(Country::binary()) breaks the contract (atom()) -> float()\n\n"
     "===> Warnings occurred running dialyzer: 2\n"
     + _GHA),
    # apps/rebar/src/rebar_prv_xref.erl ("%sWarning: %s calls undefined function %s (Xref)")
    ("rebar3-xref-undefined-function", "real",
     "$ rebar3 xref\n"
     "===> Running cross reference analysis...\n"
     "===> src/shop_cart.erl:51: Warning: shop_cart:checkout/1 calls undefined function shop_tax:rate/2 (Xref)\n"
     + _GHA),
    # near-miss: Xref's warnings from a step the job lets pass ("|| true"), then the repository answered 503 to
    # the fetch the job failed on
    ("rebar3-xref-non-blocking-then-fetch-503", "transient",
     "$ rebar3 xref || true\n"
     "===> Running cross reference analysis...\n"
     "===> src/shop_cart.erl:51: Warning: shop_cart:legacy_total/1 is unused export (Xref)\n"
     "$ DEBUG=1 rebar3 as prod release\n"
     "===> Verifying dependencies...\n"
     "===> Request for package ranch_ext-2.1.0 failed: status code 503\n"
     "===> Failed to fetch and copy dep: ranch_ext-2.1.0\n"
     + _GHA),
    # apps/rebar/src/rebar_prv_eunit.erl ("Error Running EUnit Tests:") with rebar's own module lookup
    ("rebar3-eunit-module-not-found", "real",
     "$ rebar3 eunit --module=shop_cart_tests\n"
     "===> Verifying dependencies...\n"
     "===> Compiling shop\n"
     "===> Error Running EUnit Tests:\n"
     "  Module `shop_cart_tests' not found in project.\n"
     + _GHA),
    # vendored cth_readable (cth_readable_shell.erl: "%%% %p ==> %s: FAILED" and the reason) and
    # rebar_prv_common_test.erl ("Failed %p tests. ", "Failures occurred running tests: %b"): a badmatch
    ("rebar3-ct-badmatch-failed", "real",
     _REBAR_CT +
     "%%% shop_cart_SUITE ==> totals_with_tax: FAILED\n"
     "%%% shop_cart_SUITE ==> {{badmatch,{ok,1980}},\n"
     " [{shop_cart_SUITE,totals_with_tax,1,[{file,\"test/shop_cart_SUITE.erl\"},{line,44}]}]}\n\n"
     "Failed 1 tests. Passed 11 tests.\n"
     "Results written to \"/builds/shop/_build/test/logs/index.html\".\n"
     "===> Failures occurred running tests: 1\n"
     + _GHA),
    # cth_readable: init_per_suite FAILED on the code, then every case SKIPPED with {failed,{..,init_per_suite,..}}
    # (auto_skipped), rebar_prv_common_test.erl "Skipped %p (%p, %p) tests."
    ("rebar3-ct-init-per-suite-failed-auto-skipped", "real",
     _REBAR_CT +
     "%%% shop_order_SUITE ==> init_per_suite: FAILED\n"
     "%%% shop_order_SUITE ==> {{badmatch,{error,{not_started,shop_tax}}},\n"
     " [{shop_order_SUITE,init_per_suite,1,[{file,\"test/shop_order_SUITE.erl\"},{line,21}]}]}\n"
     "%%% shop_order_SUITE ==> place_order: SKIPPED\n"
     "%%% shop_order_SUITE ==> {failed,{shop_order_SUITE,init_per_suite,{'EXIT',{{badmatch,{error,{not_started,shop_tax}}}}}}}\n"
     "%%% shop_order_SUITE ==> cancel_order: SKIPPED\n\n"
     "Skipped 2 (0, 2) tests. Passed 0 tests.\n"
     "===> Failures occurred running tests: 2\n"
     + _GHA),
    # ct:fail/1 ({test_case_failed, Reason}) as cth_readable prints it
    ("rebar3-ct-test-case-failed", "real",
     _REBAR_CT +
     "%%% shop_api_SUITE ==> refund_flow: FAILED\n"
     "%%% shop_api_SUITE ==> {test_case_failed,\"refund not recorded: got 0 rows\"}\n\n"
     "Failed 1 tests. Passed 20 tests.\n"
     "===> Failures occurred running tests: 1\n"
     + _GHA),
    # ================================================================== Common Test (ct_run), EUnit, PropEr
    # erlang/otp lib/common_test/src/test_server_ctrl.erl ("TEST COMPLETE, %w ok, %w failed%s of %w test cases")
    ("ct-run-test-complete-failed", "real",
     "$ make ct\n"
     "ct_run -no_auto_compile -noinput -pa ebin -dir test -logdir logs -suite shop_cart_SUITE\n"
     "Common Test starting (cwd is /builds/shop)\n\n"
     "Testing builds.shop.shop_cart_SUITE: Starting test, 14 test cases\n\n"
     "- - - - - - - - - - - - - - - - - - - - - - - - - -\n"
     "shop_cart_SUITE:totals_with_tax failed on line 44\n"
     "Reason: {badmatch,{ok,1980}}\n"
     "- - - - - - - - - - - - - - - - - - - - - - - - - -\n\n"
     "Testing builds.shop.shop_cart_SUITE: *** FAILED test case 6 of 14 ***\n"
     "Testing builds.shop.shop_cart_SUITE: TEST COMPLETE, 13 ok, 1 failed of 14 test cases\n\n"
     "make: *** [erlang.mk:6514: ct-shop_cart] Error 1\n"
     + _GHA),
    # erlang/otp lib/eunit/src/eunit_tty.erl ("*** context setup failed ***", "One or more tests were cancelled.")
    ("eunit-context-setup-failed-undef", "real",
     "$ rebar3 eunit\n"
     "===> Performing EUnit tests...\n"
     "module 'shop_cart_tests'\n"
     "*** context setup failed ***\n"
     "**in function shop_cart_tests:setup/0 (test/shop_cart_tests.erl, line 12)\n"
     "**error:undef\n\n"
     "=======================================================\n"
     "  Failed: 0.  Skipped: 0.  Passed: 8.\n"
     "One or more tests were cancelled.\n"
     "===> Error running tests\n"
     + _GHA),
    # proper-testing/proper src/proper.erl ("Failed: After %b test(s).", "Shrinking ", "(%b time(s))")
    ("proper-failed-after-tests-shrinking", "real",
     "$ rebar3 proper\n"
     "===> Testing prop_codec:prop_roundtrip()\n"
     "...............!\n"
     "Failed: After 16 test(s).\n"
     "[<<128>>]\n\n"
     "Shrinking .(1 time(s))\n"
     "[<<128>>]\n\n"
     "===> 0/1 properties passed, 1 failed\n"
     "===> Failed test cases:\n"
     "prop_codec:prop_roundtrip() -> false\n"
     + _GHA),
    # ================================================================== Credo, Dialyxir, Gleam
    # rrrene/credo lib/credo/cli/output/summary.ex ("%d mods/funs, found %s.") with issue lines
    ("credo-strict-found-issues", "real",
     "$ mix credo --strict\n"
     "Checking 118 source files ...\n\n"
     "  Code Readability\n"
     "┃\n"
     "┃ [R] → Modules should have a @moduledoc tag.\n"
     "┃       lib/shop/cart.ex:1:11 #(Shop.Cart)\n\n"
     "Analysis took 1.4 seconds (0.1s to load, 1.3s running 55 checks on 118 files)\n"
     "402 mods/funs, found 1 code readability issue.\n"
     + _GHA),
    # jeremyjh/dialyxir lib/dialyxir/formatter.ex ("Total errors: %d, Skipped: %d, Unnecessary Skips: %d"),
    # lib/dialyxir/dialyzer.ex ("done (warnings were emitted)"), lib/mix/tasks/dialyzer.ex ("Halting VM with
    # exit status %d")
    ("dialyxir-warnings-emitted-halting", "real",
     "$ mix dialyzer --format github\n"
     "Finding suitable PLTs\n"
     "Starting Dialyzer\n"
     "Total errors: 2, Skipped: 0, Unnecessary Skips: 0\n"
     "done in 0m6.21s\n"
     "::warning file=lib/shop/cart.ex,line=42,title=no_return::Function total/1 has no local return.\n"
     "::warning file=lib/shop/cart.ex,line=47,title=call::The function call will not succeed.\n"
     "done (warnings were emitted)\n"
     "Halting VM with exit status 2\n"
     "##[error]Process completed with exit code 2.\n"),
    # gleam-lang/gleam compiler-core/src/error.rs ("These files have not been formatted")
    ("gleam-format-check-not-formatted", "real",
     "$ gleam format --check src test\n"
     "error: These files have not been formatted\n\n"
     "src/acme/cart.gleam\n"
     "test/acme/cart_test.gleam\n"
     + _GHA),
    # gleam-lang/gleam compiler-core/src/error.rs Error::Http ("HTTP error", "A HTTP request failed. The
    # error from the HTTP client was:") carrying reqwest's timeout against the Hex API
    ("gleam-http-error-operation-timed-out", "transient",
     "$ gleam deps download\n"
     "  Resolving versions\n"
     "error: HTTP error\n\n"
     "A HTTP request failed.\n"
     "The error from the HTTP client was:\n\n"
     "    error sending request for url (https://hex.pm/api/packages/gleam_json): operation timed out\n"
     + _GHA),
    # compiler-core/src/error.rs Error::DownloadPackageError ("Failed to download package", "A problem was
    # encountered when downloading %s %s.") with reqwest's DNS failure for the CDN
    ("gleam-download-package-dns-temporary-failure", "transient",
     "$ gleam test\n"
     "  Downloading packages\n"
     "error: Failed to download package\n\n"
     "A problem was encountered when downloading gleam_http 3.7.0.\n"
     "The error from the package manager client was:\n\n"
     "    error sending request for url (https://repo.hex.pm/tarballs/gleam_http-3.7.0.tar): error trying to connect: "
     "dns error: failed to lookup address information: Temporary failure in name resolution\n"
     + _GHA),
    # gleam-lang/gleam CHANGELOG / error.rs ("Corrupt manifest.toml", "Hint: Please run `gleam update`")
    ("gleam-corrupt-manifest", "real",
     "$ gleam build\n"
     "error: Corrupt manifest.toml\n\n"
     "The `manifest.toml` file is corrupt.\n\n"
     "Hint: Please run `gleam update` to fix it.\n"
     + _GHA),
    # elixir-ecto/postgrex's error for SQLSTATE 57P03 ("FATAL 57P03 (cannot_connect_now) the database system is
    # starting up"): the service container was still starting when mix ecto.create ran
    ("ecto-create-database-starting-up", "transient",
     "$ mix ecto.create\n"
     "** (Mix) The database for Shop.Repo couldn't be created: FATAL 57P03 (cannot_connect_now) the database system is starting up\n"
     + _GHA),
    # the Erlang VM (beam.smp) killed under mix test by the kernel's OOM killer (the shell's "Killed", exit 137):
    # the executor's memory at that moment
    ("beam-mix-test-killed-137", "transient",
     _MIX_TEST +
     "........................................\n"
     "/home/ci/.asdf/shims/mix: line 3:  4187 Killed                  elixir --erl \"+S 4\" -S mix test\n"
     "##[error]Process completed with exit code 137.\n"),
    # a package NAMED after an outage, failing a test of its own (near-miss)
    ("exunit-package-named-after-timeout-assertion", "real",
     _MIX_TEST +
     "  1) test backoff grows with each retry (ConnTimeout.BackoffTest)\n"
     "     test/conn_timeout/backoff_test.exs:8\n"
     "     Assertion with == failed\n"
     "     code:  assert Backoff.delays(3) == [100, 200, 400]\n"
     "     left:  [100, 200, 300]\n"
     "     right: [100, 200, 400]\n\n"
     "Finished in 0.1 seconds (0.1s async, 0.0s sync)\n"
     "9 tests, 1 failure\n"
     + _GHA),
    # (nineteenth round, timeouts) moved here from NOT_SURELY_TRANSIENT: a harness's own time limit with nothing
    # else failing reads transient modestly, as every test harness's does (test_rules19_timeouts.py)
    # cth_readable ("%%% %p ==> %s: FAILED") with Common Test's {timetrap_timeout, Ms}: a limit the suite set
    ("ct-timetrap-timeout", "transient",
     _REBAR_CT +
     "%%% shop_sync_SUITE ==> replicates_to_peer: FAILED\n"
     "%%% shop_sync_SUITE ==> {timetrap_timeout,30000}\n\n"
     "Failed 1 tests. Passed 9 tests.\n"
     "===> Failures occurred running tests: 1\n"
     + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # an init_per_suite refused by the database the job's service was to provide
    ("ct-init-per-suite-econnrefused",
     _REBAR_CT +
     "%%% shop_repo_SUITE ==> init_per_suite: FAILED\n"
     "%%% shop_repo_SUITE ==> {{badmatch,{error,econnrefused}},\n"
     " [{shop_repo_SUITE,init_per_suite,1,[{file,\"test/shop_repo_SUITE.erl\"},{line,18}]}]}\n"
     "%%% shop_repo_SUITE ==> insert_order: SKIPPED\n"
     "%%% shop_repo_SUITE ==> {failed,{shop_repo_SUITE,init_per_suite,{'EXIT',{{badmatch,{error,econnrefused}}}}}}\n\n"
     "Skipped 1 (0, 1) tests. Passed 0 tests.\n"
     "===> Failures occurred running tests: 1\n"
     + _GHA),
    # erlang/otp kernel's distribution start-up ("Protocol 'inet_tcp': register/listen error: econnrefused"):
    # epmd not running (not started, or starting beside a second node)
    ("beam-register-listen-econnrefused-epmd",
     "$ mix test --include distributed\n"
     "Protocol 'inet_tcp': register/listen error: econnrefused\n"
     "** (RuntimeError) could not start distributed node: {:error, {{:shutdown, {:failed_to_start_child, "
     ":net_kernel, {:EXIT, :nodistribution}}}, {:child, :undefined, :net_sup_dynamic, {:erl_distribution, "
     ":start_link, []}, :permanent, false, 1000, :supervisor, [:erl_distribution]}}}\n"
     + _GHA),
    # the same start-up with epmd slow to answer ("no_reg_reply_from_epmd")
    ("beam-register-listen-no-reg-reply-from-epmd",
     "$ rebar3 ct --sname ct_shop\n"
     "Protocol 'inet_tcp': register/listen error: no_reg_reply_from_epmd\n"
     "===> Erlang Distribution failed, falling back to nonode@nohost.\n"
     "===> Failures occurred running tests: 3\n"
     + _GHA),
    # an ExUnit test whose peer node went away (erpc's noconnection): the node crashed on the code or the host
    ("exunit-erpc-noconnection-peer",
     _MIX_TEST +
     "  1) test replicates the cart to the peer (Shop.ClusterTest)\n"
     "     test/shop/cluster_test.exs:27\n"
     "     ** (ErlangError) Erlang error: {:erpc, :noconnection}\n"
     "     code: :erpc.call(peer, Shop.Cart, :get, [cart_id])\n"
     "     stacktrace:\n"
     "       (kernel 10.1) erpc.erl:1365: :erpc.call/5\n\n"
     "Finished in 3.2 seconds (0.0s async, 3.2s sync)\n"
     "14 tests, 1 failure\n"
     + _GHA),
    # a Common Test case whose slave/peer node went down (nodedown)
    ("ct-peer-nodedown",
     _REBAR_CT +
     "%%% shop_dist_SUITE ==> failover: FAILED\n"
     "%%% shop_dist_SUITE ==> {{nodedown,'peer_2@ci-runner'},{gen_server,call,[{shop_leader,'peer_2@ci-runner'},status]}}\n\n"
     "Failed 1 tests. Passed 5 tests.\n"
     "===> Failures occurred running tests: 1\n"
     + _GHA),
    # erlang/rebar3 apps/rebar/src/rebar_prv_install_deps.erl ("Error loading registry to resolve version of
    # %s. Try fixing by running 'rebar3 update'")
    ("rebar3-error-loading-registry",
     "$ rebar3 compile\n"
     "===> Verifying dependencies...\n"
     "===> Error loading registry to resolve version of cowboy_ext. Try fixing by running 'rebar3 update'\n"
     + _GHA),
    # apps/rebar/src/rebar_packages.erl (WARN "Failed to update package %s from repo %s") and then
    # "Package not found in any repo": the index update failed or the package is not there
    ("rebar3-failed-update-package-then-not-found",
     "$ rebar3 get-deps\n"
     "===> Verifying dependencies...\n"
     "===> Failed to update package jiffy_ext from repo hexpm\n"
     "===> Package not found in any repo: jiffy_ext 1.2.0\n"
     + _GHA),
    # hexpm/hex lib/hex/registry/server.ex ("Could not verify authenticity of fetched registry file because
    # signature verification failed. This may happen because a proxy or some entity is interfering with
    # the download or because you don't have a public key to verify the registry. You may try again later ...")
    ("hex-registry-bad-signature",
     "$ mix deps.get\n"
     "Resolving Hex dependencies...\n"
     "Failed to fetch record for acme/billing_core from registry\n"
     "Could not verify authenticity of fetched registry file because signature verification failed. This may "
     "happen because a proxy or some entity is interfering with the download or because you don't have a public "
     "key to verify the registry.\n\nYou may try again later or check if a new public key has been released on "
     "our public keys page. Set HEX_UNSAFE_REGISTRY=1 to disable this check and allow insecure package downloads.\n"
     "** (RuntimeError) Stopping due to errors\n"
     + _GHA),
    # elixir-ecto's sandbox in an async test (a process outliving its test, or a config fault)
    ("exunit-sandbox-ownership-error",
     _MIX_TEST +
     "  1) test sends the receipt email (Shop.ReceiptTest)\n"
     "     test/shop/receipt_test.exs:15\n"
     "     ** (DBConnection.OwnershipError) cannot find ownership process for #PID<0.811.0>.\n\n"
     "     When using ownership, you must manage connections in one\n"
     "     of the four ways:\n\n"
     "Finished in 0.8 seconds (0.8s async, 0.0s sync)\n"
     "61 tests, 1 failure\n"
     + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_beam_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_beam_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Failed to fetch record for ",
    "Request failed (",
    "%%% shop_SUITE ==> ",
    "Protocol 'inet_tcp': register/listen error: ",
]
