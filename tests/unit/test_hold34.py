"""hold34: the thirty-fourth round's released hold-out of real threads, read as development data.

Readings added (each with its twin or near miss):

- A Travis job's loopback database refused, with no start of the service in the log (the VM's own home,
  /home/travis/, in a path): Travis runs services on the VM itself, started before the script with their start lines
  in the job's log. Public threads split (2 passing on a restart, 2 a service never configured after an image change;
  with the socket forms 2 more each way): not surely transient, below the rerun threshold. A Travis excerpt with
  travis-build's "Starting PostgreSQL" line, or an excerpt of another CI's job, keeps the outage reading.
- CircleCI's own error when it cannot run commands in the job's build container (its entrypoint or command): real,
  config (7 of 7 public threads fixed in the config or the image).
- ppxlib's "Unknown OCaml version X.Y.Z" alone on its line: the pinned ppxlib predates the compiler, real.
- grpc-java's bare "java.io.IOException: Failed to bind" (NettyServer before it named the address): a test server's
  port taken, transient as the "Failed to bind to <address>" form is; a cause below that is no collision (permission
  denied, cannot assign) stands it aside.

Decided and kept (near-miss guards, read the same at 3ccbda1):

- Gradle's "build daemon disappeared unexpectedly" with nothing else: transient as before. Public threads split
  (issues corpus, 3 look-ups; pages, 2 on exit 137): 10 "random", "every so often", "frequently" or passing on a
  restart (gradle/gradle#9371, travis-ci/travis-ci#9661, elastic/logstash#8381, apache/beam#21474,
  flutter/flutter#92601, digitalfabrik/integreat-app#2697, status-im/status-legacy#4845, google/ground-android#2673,
  RevenueCat/purchases-android#2121, getodk/collect#4945 "avoiding reruns"), 7 the same on every run or fixed by a
  larger machine or a daemon setting (circleci-tools/Norimaki#456, bitflyer-tools/DroidFlyer#510,
  besu-eth/besu#6258, ariefzuhri/Gizee#18, KasperskyLab/Kaspresso#143, beevelop/docker-ionic#123,
  flutter/flutter#24935). Even the lasting ones are a machine too small that a rerun often survives (getodk/collect#7339:
  the JVMs' ceilings exceed the container "at any point"), and the repository's own probes label six such logs
  transient (probe29:047, probe29b:146, probe30a:075, probe30b:021, probe31a:021, probe31b:047, one on CircleCI), as
  does judgement_cases. Nothing in the released case's three lines (no resource class, no memory settings, no CI
  system's own OOM words) tells it from those: kept, and the case left as a wrong transient.

Every line here was written for this test (hosts, paths, projects and numbers made up).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge

_PG_OLD = [
    "could not connect to server: Connection refused",
    '\tIs the server running on host "localhost" (127.0.0.1) and accepting',
    "\tTCP/IP connections on port 5432?",
]

CASES: list[tuple[str, str, str | None, str]] = [
    # --- a Travis job's loopback database, never started (fails at 3ccbda1: transient)
    ("travis_libpq_old_form_loopback_refused_no_start", "not_transient", None, "\n".join([
        *_PG_OLD,
        "/home/travis/.rvm/gems/ruby-3.0.6/gems/pg-1.4.6/lib/pg/connection.rb:701:in `async_connect_or_reset'",
        "/home/travis/build/fernhill/ledger/spec/spec_helper.rb:14:in `<top (required)>'"]) + "\n"),
    ("travis_mysql_loopback_refused_no_start", "not_transient", None, "\n".join([
        "$ bundle exec rake db:create",
        "Mysql2::Error::ConnectionError: Can't connect to MySQL server on '127.0.0.1' (111)",
        "/home/travis/build/oakfield/tally/vendor/bundle/ruby/3.1.0/gems/mysql2-0.5.5/lib/mysql2/client.rb:95:in "
        "`connect'",
        'The command "bundle exec rake db:create" failed and exited with 1 during .']) + "\n"),
    # near-miss guards: a Travis excerpt with the service's start in it, another CI's excerpt (both transient)
    ("guard_travis_libpq_refused_after_start", "transient", None, "\n".join([
        "$ travis_setup_postgresql 13", "Starting PostgreSQL v13",
        *_PG_OLD,
        "/home/travis/.rvm/gems/ruby-3.0.6/gems/pg-1.4.6/lib/pg/connection.rb:701:in `async_connect_or_reset'"]) + "\n"),
    ("guard_circleci_libpq_old_form_refused_excerpt", "transient", None, "\n".join([
        *_PG_OLD,
        "/home/circleci/project/vendor/bundle/ruby/3.0.0/gems/pg-1.4.6/lib/pg/connection.rb:701:in "
        "`async_connect_or_reset'"]) + "\n"),
    # --- CircleCI's build container that cannot run commands (fails at 3ccbda1: unknown)
    ("circleci_build_container_entrypoint_split", "real", "config", "\n".join([
        "CircleCI was unable to run the job runner because we were unable",
        "to execute commands in build container.", "",
        "This typically means that the build container entrypoint or command",
        "is terminating the container prematurely, or interfering with executed",
        "commands.  Consider clearing entrypoint/command values and try again."]) + "\n"),
    ("circleci_build_container_entrypoint_one_line", "real", "config", "\n".join([
        "Unexpected error running build task: CircleCI was unable to run the job runner because we were unable to "
        "execute commands in build container."]) + "\n"),
    # near miss: a changelog line naming the error (not the runner's own message)
    ("guard_changelog_names_circleci_runner_error", "not_real", None, "\n".join([
        "## 2.4.1", "- ci: drop the image's command so CircleCI can run the job runner again",
        "Error: Process completed with exit code 1."]) + "\n"),
    # --- ppxlib asked for a compiler it does not know (fails at 3ccbda1: unknown)
    ("ppxlib_unknown_ocaml_version", "real", None, "\n".join([
        "Run opam exec -- dune build",
        'File "vendor/ppxlib/astlib/dune", lines 4-7, characters 0-90:',
        "(cd _build/default/vendor/ppxlib/astlib && /home/runner/_opam/bin/ocaml config/gen.ml 5.9.1)",
        "Unknown OCaml version 5.9.1",
        "Error: Process completed with exit code 1."]) + "\n"),
    # near miss: an OCaml test's own output line with the words inside a sentence
    ("guard_ocaml_test_mentions_unknown_version", "not_real", None, "\n".join([
        "[OK] parse  3  rejects Unknown OCaml version strings like 9.x.",
        "[FAIL] fetch 0  mirror listing.",
        "curl: (6) Could not resolve host: opam.mirror.example",
        "Error: Process completed with exit code 1."]) + "\n"),
    # --- grpc-java's bare bind failure of a test's own server (fails at 3ccbda1: real)
    ("grpc_netty_bare_failed_to_bind_in_setup", "transient", "port", "\n".join([
        "java.io.IOException: Failed to bind",
        "\tat io.grpc.netty.NettyServer.start(NettyServer.java:190)",
        "\tat io.grpc.internal.ServerImpl.start(ServerImpl.java:151)",
        "\tat org.brambling.relay.it.RelayServerTest.startServer(RelayServerTest.java:47)",
        "\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)"]) + "\n"),
    # its real twin: the cause below is a privileged port refused, no collision
    ("guard_grpc_netty_bare_failed_to_bind_permission_denied", "not_transient", None, "\n".join([
        "java.io.IOException: Failed to bind",
        "\tat io.grpc.netty.NettyServer.start(NettyServer.java:190)",
        "\tat io.grpc.internal.ServerImpl.start(ServerImpl.java:151)",
        "\tat org.brambling.relay.it.RelayServerTest.startServer(RelayServerTest.java:47)",
        "Caused by: java.net.SocketException: Permission denied",
        "\tat java.base/sun.nio.ch.Net.bind0(Native Method)"]) + "\n"),
    # --- decided and kept: Gradle's daemon gone, nothing else (near-miss guard, transient at 3ccbda1)
    ("guard_gradle_daemon_disappeared_bare", "transient", None, "\n".join([
        "> Task :core:compileKotlin", "",
        "FAILURE: Build failed with an exception.", "", "* What went wrong:",
        "Gradle build daemon disappeared unexpectedly (it may have been killed or may have crashed)"]) + "\n"),
]

_ALLOWED = {"transient": {"transient"}, "real": {"real"}, "not_transient": {"real", "unknown"},
            "not_real": {"transient", "unknown"}}


def test_case_ids_are_unique():
    assert_unique_ids([(cid, e, log) for cid, e, _c, log in CASES])


@pytest.mark.parametrize(("expected", "category", "log"),
                         [pytest.param(e, c, log, id=cid) for cid, e, c, log in CASES])
def test_hold34(expected, category, log):
    v = judge(log)
    assert v.verdict in _ALLOWED[expected], (v.verdict, v.confidence, v.category, v.rationale)
    if category is not None:
        assert v.category == category, (v.category, v.rationale)
