"""Twentieth round, tool sources: test kits' own waits that expired, in the actor, reactive and async test
libraries, so that they read alike across ecosystems.

Covered: Akka's and Pekko's classic TestKit (expectMsg, expectMsgType/expectMsgClass, expectNoMessage,
awaitCond, within, fishForMessage, receiveN), the typed ActorTestKit's TestProbe (receiveMessage,
expectMessage, expectMessageClass, expectNoMessage, fishForMessage), Akka.NET's TestKit (ExpectMsg<T>,
FishForMessage, ExpectNoMsg), ScalaTest's Futures (futureValue's "A timeout occurred waiting for a future to
complete", "The future returned an exception"), ZIO Test's timeout aspect, RxJava's TestObserver and
TestSubscriber after awaitDone ("timeout!"), Reactor's StepVerifier ("VerifySubscriber timed out on", an
expectation's "expected: onNext(...); actual: ..."), Vert.x JUnit 5's VertxTestContext, Turbine ("No value
produced in", "Expected item but found"), Espresso's IdlingResourceTimeoutException, Phoenix's channel
assertions (assert_push, assert_broadcast, assert_reply: ExUnit's assert_receive underneath), trio's
TooSlowError and anyio's fail_after, kotlinx-coroutines-test's runTest time limit, Go tests that give up in
t.Fatal. Already covered elsewhere and not repeated here: ScalaTest's and Kotest's eventually, Awaitility,
Spock's PollingConditions, testify's Eventually, Gomega, tokio's timeout, Testing Library's
waitForElementToBeRemoved, Mocha's done-callback timeout, xUnit/NUnit/MSTest time limits
(test_tool_sources_test_waits.py, test_timing_sensitive.py); ExUnit's plain assert_receive "no matching
message" (test_review13_g.py, test_xfail16.py); node:test's "test timed out after" and the per-test
limits of Jest, Vitest, JUnit and the others (test_rules19_timeouts.py, test_tool_sources_test_frameworks_xlang.py,
test_tool_sources_test_runner_infra.py); ScalaTest's "did not complete within" (test_tool_sources_test_frameworks_xlang.py).

Each case is a short log written for this test around one message as the library prints it. Where the wording
comes from: apache/pekko testkit/src/main/scala/org/apache/pekko/testkit/TestKit.scala and
actor-testkit-typed/src/main/scala/org/apache/pekko/actor/testkit/typed/internal/TestProbeImpl.scala (read;
Akka's TestKit.scala holds the same format strings under akka.testkit, read through the code index),
akkadotnet/akka.net src/core/Akka.TestKit/TestKitBase_Expect.cs and TestKitBase_Receive.cs (read through the
code index), scalatest/scalatest jvm/core/src/main/resources/org/scalatest/ScalaTestBundle.properties (read),
zio/zio test/shared/src/main/scala/zio/test/TestAspect.scala (read through the code index),
reactor/reactor-core reactor-test/src/main/java/reactor/test/DefaultStepVerifierBuilder.java and
MessageFormatter.java (read), vert-x3/vertx-junit5 VertxExtension.java (read through the code index),
cashapp/turbine src/commonMain/kotlin/app/cash/turbine/channel.kt (read), android/android-test
IdlingResourceTimeoutException.java (read through the code index), Kotlin/kotlinx.coroutines
kotlinx-coroutines-test TestBuilders.kt (read through the code index). Recalled rather than read, and marked
so: RxJava's BaseTestConsumer.fail suffix "(latch = N, values = N, errors = N, completions = N, timeout!,
disposed!)" (seen in projects' comments through the code index; the assertion texts before it recalled),
ExUnit's assert_receive report under Phoenix's assert_push, trio's TooSlowError and anyio's TimeoutError as
pytest prints them. Hosts, packages, actors, tests and paths are made up; no project's CI log is copied.

The rules the cases hold (the policy of test_tool_sources_test_waits.py and test_rules19_timeouts.py):
  * a test kit's wait that expired with nothing settled (no message arrived, no value produced, a latch still
    up, a future still pending, an idling resource still busy) -> transient, modestly (a wait weighs less than
    an outage);
  * a wait whose report shows a settled, wrong outcome (expectMsg's "expected X, found Y", an unexpected message
    class, StepVerifier's "expected: onNext(a); actual: onNext(b)" or an onError, a TestObserver that completed
    with other values, Turbine's "Expected item but found Error", a future that returned an exception) -> real;
  * the opposite waits (expectNoMessage, ExpectNoMsg, Turbine's unconsumed events) that got a message -> real;
  * a wait that expired beside another test that failed on its own, or where the actor under test crashed on
    its own exception first (the message never came because the code threw) -> real;
  * near-misses: a test ABOUT these timeouts failing on an assertion -> real;
  * wordings printed as often for the change's own hang as for a slow runner (runTest's "the test coroutine is
    not completing, there were active child jobs", Espresso's AppNotIdleException, awaitAssert's last compared
    value) -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"
_JENKINS = "Build step 'Invoke top-level Maven targets' marked build as failure\nFinished: FAILURE\n"
_AZURE = "##[error]Bash exited with code '1'.\nFinishing: Run tests\n"
_TRAVIS = "\nThe command \"sbt ++2.13.14 test\" exited with 1.\n"


def _sbt(spec: str, test: str, message: str, frames: str = "", extra: str = "") -> str:
    return ("[info] welcome to sbt 1.10.0 (Eclipse Adoptium Java 17.0.11)\n"
            f"[info] {spec}:\n"
            f"[info] - must {test} *** FAILED *** (3 seconds, 118 milliseconds)\n"
            f"[info]   {message}\n"
            + (frames or "[info]   at scala.Predef$.assert(Predef.scala:279)\n")
            + extra +
            "[info] Run completed in 14 seconds, 212 milliseconds.\n"
            "[info] Total number of tests run: 23\n"
            "[info] Suites: completed 5, aborted 0\n"
            "[info] Tests: succeeded 22, failed 1, canceled 0, ignored 0, pending 0\n"
            "[info] *** 1 TEST FAILED ***\n"
            "[error] Failed tests:\n"
            f"[error] \tcom.example.orders.{spec}\n"
            "[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful\n"
            "[error] Total time: 41 s, completed May 2, 2024, 9:14:03 AM\n")


_PEKKO_FRAMES = ("[info]   at scala.Predef$.assert(Predef.scala:279)\n"
                 "[info]   at org.apache.pekko.testkit.TestKitBase.expectMsg_internal(TestKit.scala:470)\n"
                 "[info]   at org.apache.pekko.testkit.TestKitBase.expectMsg(TestKit.scala:447)\n")
_AKKA_FRAMES = ("[info]   at scala.Predef$.assert(Predef.scala:279)\n"
                "[info]   at akka.testkit.TestKitBase.expectMsg_internal(TestKit.scala:468)\n"
                "[info]   at akka.testkit.TestKitBase.expectMsg(TestKit.scala:445)\n")


def _gradle(cls: str, test: str, body: str) -> str:
    return ("> Task :app:test\n\n"
            f"{cls} > {test} FAILED\n"
            f"{body}"
            "\n41 tests completed, 1 failed\n\n"
            "> Task :app:test FAILED\n\n"
            "FAILURE: Build failed with an exception.\n\n"
            "* What went wrong:\n"
            "Execution failed for task ':app:test'.\n"
            "> There were failing tests. See the report at: file:///home/runner/work/shop/shop/app/build/reports/"
            "tests/test/index.html\n\n"
            "BUILD FAILED in 1m 12s\n")


def _surefire(cls: str, test: str, message: str, frames: str = "") -> str:
    short = cls.rsplit(".", 1)[1]
    return ("[INFO] Running " + cls + "\n"
            f"[ERROR] Tests run: 9, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 6.31 s <<< FAILURE! -- in {cls}\n"
            f"[ERROR] {cls}.{test} -- Time elapsed: 5.02 s <<< FAILURE!\n"
            f"{message}\n"
            + (frames or "\tat reactor.test.MessageFormatter.assertionError(MessageFormatter.java:115)\n") +
            "\n[INFO] Results:\n[INFO] \n[ERROR] Failures: \n"
            f"[ERROR]   {short}.{test}:57 {message.split(': ', 1)[-1][:120]}\n"
            "[INFO] \n[ERROR] Tests run: 9, Failures: 1, Errors: 0, Skipped: 0\n"
            "[INFO] BUILD FAILURE\n"
            "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) "
            "on project orders: There are test failures.\n")


CASES: list[tuple[str, str, str]] = [
    # ================================================================== Akka / Pekko classic TestKit
    # apache/pekko testkit/.../TestKit.scala expectMsg_internal ("timeout ($max) during expectMsg while waiting
    # for $obj"), under scala.Predef.assert's "assertion failed: " and ScalaTest's report through sbt
    ("pekko-expectmsg-timeout", "transient",
     _sbt("OrderActorSpec", "confirm a placed order",
          "java.lang.AssertionError: assertion failed: timeout (3 seconds) during expectMsg while waiting for "
          "Confirmed(42)", _PEKKO_FRAMES) + _GHA),
    # (Akka's akka.testkit: the same format string; a hint appended after ": ")
    ("akka-expectmsg-timeout-with-hint", "transient",
     _sbt("InventorySpec", "reserve stock", "java.lang.AssertionError: assertion failed: timeout (10 seconds) "
          "during expectMsg while waiting for Reserved(sku-7): reservation reply", _AKKA_FRAMES) + _CIRCLE),
    # the same wait, the message that came was another one ("expected $obj, found $o")
    ("pekko-expectmsg-found-other", "real",
     _sbt("OrderActorSpec", "confirm a placed order",
          "java.lang.AssertionError: assertion failed: expected Confirmed(42), found Rejected(42,out of stock)",
          _PEKKO_FRAMES) + _GHA),
    ("akka-expectmsg-found-status-failure", "real",
     _sbt("PaymentSpec", "capture the payment",
          "java.lang.AssertionError: assertion failed: expected Captured, found Failure(java.lang.IllegalStateException: "
          "card declined)", _AKKA_FRAMES) + _TRAVIS),
    # TestKit.scala expectMsgClass_internal (expectMsgType's body: "timeout ($max) during expectMsgClass waiting
    # for $c", then "expected $c, found ${o.getClass} ($o)")
    ("pekko-expectmsgtype-timeout", "transient",
     _sbt("LedgerActorSpec", "answer a balance query",
          "java.lang.AssertionError: assertion failed: timeout (3 seconds) during expectMsgClass waiting for class "
          "com.example.ledger.Balance") + _GL),
    ("pekko-expectmsgtype-wrong-class", "real",
     _sbt("LedgerActorSpec", "answer a balance query",
          "java.lang.AssertionError: assertion failed: expected class com.example.ledger.Balance, found class "
          "com.example.ledger.UnknownAccount (UnknownAccount(acc-9))") + _GL),
    # TestKit.scala expectNoMessage ("assertion failed: received unexpected message $elem after N millis"): the
    # opposite wait, a message arrived that should not have
    ("pekko-expectnomessage-got-one", "real",
     _sbt("ThrottleSpec", "drop the second request",
          "java.lang.AssertionError: assertion failed: received unexpected message Accepted(2) after 41 millis") + _GHA),
    # TestKit.scala awaitCond ("timeout ${_max} expired: $message"), the condition never came true
    ("pekko-awaitcond-expired", "transient",
     _sbt("ClusterShardingSpec", "rebalance shards onto the new node",
          "java.lang.AssertionError: assertion failed: timeout 60 seconds expired: ",
          "[info]   at scala.Predef$.assert(Predef.scala:279)\n"
          "[info]   at org.apache.pekko.testkit.TestKitBase.poll$1(TestKit.scala:309)\n"
          "[info]   at org.apache.pekko.testkit.TestKitBase.awaitCond(TestKit.scala:313)\n") + _GHA),
    ("akka-awaitcond-expired-message", "transient",
     _sbt("ReplicatorSpec", "converge on all nodes",
          "java.lang.AssertionError: assertion failed: timeout 20 seconds expired: replica counts never converged",
          "[info]   at akka.testkit.TestKitBase.poll$1(TestKit.scala:307)\n") + _CIRCLE),
    # Akka 2.6's TestKit object awaitCond (TestKit.scala, "throw new AssertionError(s\"timeout $max expired\")", no
    # Predef.assert in front, so no "assertion failed: "); ScalaTest's plain runner layout without sbt's "[info]"
    ("akka26-awaitcond-assertionerror-expired", "transient",
     "RecorderSpec:\n"
     "- counts the late vote *** FAILED ***\n"
     "  java.lang.AssertionError: timeout 60 seconds expired\n"
     "  at akka.testkit.TestKit$.poll$4(TestKit.scala:998)\n"
     "  at akka.testkit.TestKit$.awaitCond(TestKit.scala:1006)\n"
     "  at com.example.RecorderSpec.$anonfun$new$9(RecorderSpec.scala:185)\n"
     "[error] Failed tests:\n[error] \tcom.example.RecorderSpec\n"
     "[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful\n" + _GHA),
    # the same beside another test's compared values in the run: that mismatch decides
    ("akka26-awaitcond-beside-did-not-equal", "real",
     "- rejects the late vote *** FAILED ***\n"
     "  java.lang.AssertionError: timeout 3 seconds expired\n"
     "  at akka.testkit.TestKit$.awaitCond(TestKit.scala:1006)\n"
     "- counts votes *** FAILED ***\n"
     "  3 did not equal 4 (VoteSpec.scala:40)\n"
     "[error] Failed tests:\n[error] \tcom.example.VoteSpec\n" + _GL),
    # TestKit.scala within ("block took ..., exceeding ..."): the block ran past its bound on the wall clock
    ("pekko-within-block-took-exceeding", "transient",
     _sbt("BatchingSpec", "flush within the window",
          "java.lang.AssertionError: assertion failed: block took 3.412 seconds, exceeding 3.000 seconds") + _GHA),
    # TestKit.scala fishForMessage ("timeout ($_max) during fishForMessage, hint: $hint"; "fishForMessage($hint)
    # found unexpected message $o")
    ("pekko-fishformessage-timeout", "transient",
     _sbt("ReconnectSpec", "reconnect after the server restarts",
          "java.lang.AssertionError: assertion failed: timeout (10 seconds) during fishForMessage, hint: "
          "awaiting reconnection") + _AZURE),
    ("pekko-fishformessage-unexpected", "real",
     _sbt("ReconnectSpec", "reconnect after the server restarts",
          "java.lang.AssertionError: assertion failed: fishForMessage(awaiting reconnection) found unexpected "
          "message ConnectionFailed(handshake rejected: bad protocol version)") + _AZURE),
    # TestKit.scala receiveN_internal ("timeout ($max) while expecting $n messages (got ${x - 1})")
    ("pekko-receiven-timeout", "transient",
     _sbt("FanOutSpec", "deliver to every subscriber",
          "java.lang.AssertionError: assertion failed: timeout (5 seconds) while expecting 3 messages (got 1)")
     + _GHA),
    # the expectMsg timeout beside another test of the run that failed on its own assertion
    ("pekko-expectmsg-timeout-beside-assertion", "real",
     "[info] OrderActorSpec:\n"
     "[info] - must confirm a placed order *** FAILED *** (3 seconds, 9 milliseconds)\n"
     "[info]   java.lang.AssertionError: assertion failed: timeout (3 seconds) during expectMsg while waiting for "
     "Confirmed(42)\n"
     "[info] - must compute the order total *** FAILED *** (12 milliseconds)\n"
     "[info]   118.5 did not equal 121.0 (OrderActorSpec.scala:77)\n"
     "[info] *** 2 TESTS FAILED ***\n"
     "[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful\n" + _GHA),
    # the actor under test threw (Pekko's logging of the supervisor's restart: "[ERROR] [...] [path] message"
    # and the exception) before the wait ran out: the reply never came because the code failed
    ("pekko-expectmsg-timeout-after-actor-crash", "real",
     "[ERROR] [05/02/2024 09:13:51.204] [OrderActorSpec-pekko.actor.default-dispatcher-5] "
     "[pekko://OrderActorSpec/user/orders] Cannot invoke \"com.example.orders.Cart.total()\" because \"cart\" is null\n"
     "java.lang.NullPointerException: Cannot invoke \"com.example.orders.Cart.total()\" because \"cart\" is null\n"
     "\tat com.example.orders.OrderActor$$anonfun$receive$1.applyOrElse(OrderActor.scala:41)\n"
     + _sbt("OrderActorSpec", "confirm a placed order",
            "java.lang.AssertionError: assertion failed: timeout (3 seconds) during expectMsg while waiting for "
            "Confirmed(42)", _PEKKO_FRAMES) + _GHA),
    # apache/pekko stream-testkit (TestSubscriber.expectNext over the probe's expectMsg(OnNext(element)): the same
    # "timeout (...) during expectMsg while waiting for OnNext(...)")
    ("pekko-stream-testkit-expectnext-timeout", "transient",
     _sbt("OrderFlowSpec", "emit every confirmed order",
          "java.lang.AssertionError: assertion failed: timeout (3 seconds) during expectMsg while waiting for "
          "OnNext(Confirmed(36))", _PEKKO_FRAMES) + _GL),
    ("pekko-stream-testkit-expectnext-got-error", "real",
     _sbt("OrderFlowSpec", "emit every confirmed order",
          "java.lang.AssertionError: assertion failed: expected OnNext(Confirmed(36)), found "
          "OnError(java.lang.IllegalArgumentException: negative quantity)", _PEKKO_FRAMES) + _GL),
    # ================================================================== typed ActorTestKit's TestProbe
    # actor-testkit-typed TestProbeImpl.scala receiveMessage_internal ("Timeout ($max) during receiveMessage
    # while waiting for message.")
    ("pekko-typed-receivemessage-timeout", "transient",
     _sbt("ShoppingCartSpec", "reply to a checkout",
          "java.lang.AssertionError: Timeout (3 seconds) during receiveMessage while waiting for message.",
          "[info]   at org.apache.pekko.actor.testkit.typed.internal.TestProbeImpl.assertFail(TestProbeImpl.scala:399)\n")
     + _GHA),
    # TestProbeImpl.scala expectMessage_internal ("timeout ($max) during expectMessage while waiting for $obj";
    # "expected $obj, found $m")
    ("akka-typed-expectmessage-timeout", "transient",
     _gradle("com.example.cart.ShoppingCartTest", "checkoutReplies()",
             "    java.lang.AssertionError: timeout (3 seconds) during expectMessage while waiting for "
             "Accepted[summary=Summary[items=1, checkedOut=true]]\n"
             "        at akka.actor.testkit.typed.internal.TestProbeImpl.assertFail(TestProbeImpl.scala:399)\n")
     + _GHA),
    ("akka-typed-expectmessage-found-other", "real",
     _gradle("com.example.cart.ShoppingCartTest", "checkoutReplies()",
             "    java.lang.AssertionError: expected Accepted[summary=Summary[items=1, checkedOut=true]], found "
             "Rejected[reason=Cart is empty]\n"
             "        at akka.actor.testkit.typed.internal.TestProbeImpl.assertFail(TestProbeImpl.scala:399)\n")
     + _GHA),
    # TestProbeImpl.scala expectMessageClass_internal ("Timeout ($max) during expectMessageClass waiting for $c")
    ("pekko-typed-expectmessageclass-timeout", "transient",
     _sbt("DeviceGroupSpec", "register a device",
          "java.lang.AssertionError: Timeout (3 seconds) during expectMessageClass waiting for class "
          "com.example.iot.DeviceRegistered") + _CIRCLE),
    # TestProbeImpl.scala expectNoMessage_internal ("Received unexpected message $m")
    ("pekko-typed-expectnomessage-got-one", "real",
     _sbt("DeviceGroupSpec", "ignore a duplicate registration",
          "java.lang.AssertionError: Received unexpected message DeviceRegistered(dev-3)") + _CIRCLE),
    # TestProbeImpl.scala fishForMessage ("timeout ($max) during fishForMessage, seen messages ${seen.reverse},
    # hint: $hint")
    ("pekko-typed-fishformessage-timeout", "transient",
     _sbt("ClusterSingletonSpec", "hand over the singleton",
          "java.lang.AssertionError: timeout (15 seconds) during fishForMessage, seen messages List(), hint: "
          "handover") + _GHA),
    # TestProbeImpl.scala receiveMessages ("timeout ($max) while expecting $n messages (got ${x - 1})")
    ("akka-typed-receivemessages-timeout", "transient",
     _sbt("PubSubSpec", "deliver to both topics",
          "java.lang.AssertionError: timeout (3 seconds) while expecting 2 messages (got 0)") + _TRAVIS),
    # the behavior under test threw and its supervisor logged it (apache/pekko actor-typed internal/Supervision.scala
    # "Supervisor $this saw failure: ...", through the test's logback) before the probe's wait ran out
    ("pekko-typed-receivemessage-timeout-after-supervisor-failure", "real",
     "09:13:51.204 [ShoppingCartSpec-pekko.actor.default-dispatcher-5] ERROR o.a.p.a.t.internal.RestartSupervisor - "
     "Supervisor RestartSupervisor saw failure: key not found: sku-7\n"
     "java.util.NoSuchElementException: key not found: sku-7\n"
     "\tat scala.collection.immutable.Map$Map1.apply(Map.scala:245)\n"
     + _sbt("ShoppingCartSpec", "reply to a checkout",
            "java.lang.AssertionError: Timeout (3 seconds) during receiveMessage while waiting for message.") + _GHA),
    # near-miss: a test ABOUT the probe's timeout that fails on its own assertion
    ("pekko-test-about-probe-timeout-fails", "real",
     _sbt("TestProbeSpec", "report the timeout in its message",
          "\"[Timeout (3 seconds) during receiveMessage while waiting for message.]\" did not equal "
          "\"[timeout (3 seconds) during receiveMessage]\" (TestProbeSpec.scala:88)") + _GHA),
    # ================================================================== Akka.NET TestKit
    # akkadotnet/akka.net src/core/Akka.TestKit/TestKitBase_Expect.cs InternalExpectMsgEnvelope ("Failed: Timeout
    # {0} while waiting for a message of type {1} {2}"), under xUnit through dotnet test
    ("akkadotnet-expectmsg-timeout", "transient",
     "  Failed Shop.Tests.OrderActorSpecs.Should_confirm_order [3 s]\n"
     "  Error Message:\n"
     "   Failed: Timeout 00:00:03 while waiting for a message of type Shop.Messages.OrderConfirmed \n"
     "  Stack Trace:\n"
     "     at Akka.TestKit.Xunit2.XunitAssertions.Fail(String format, Object[] args)\n"
     "     at Akka.TestKit.TestKitBase.InternalExpectMsgEnvelope[T](Nullable`1 timeout, Action`1 msgAssert, "
     "Action`1 senderAssert, String hint, CancellationToken cancellationToken, Boolean shouldLog)\n\n"
     "Failed!  - Failed:     1, Passed:    37, Skipped:     0, Total:    38, Duration: 9 s - Shop.Tests.dll (net8.0)\n"
     + _AZURE),
    # the actor under test failed first (Akka.NET's logger: "[ERROR][date][Thread N][akka://system/user/x] ...")
    ("akkadotnet-expectmsg-timeout-after-actor-error", "real",
     "[ERROR][05/02/2024 09:13:51.204Z][Thread 0012][akka://test/user/orders#1523] Object reference not set to an "
     "instance of an object.\n"
     "Cause: System.NullReferenceException: Object reference not set to an instance of an object.\n"
     "   at Shop.Actors.OrderActor.<.ctor>b__1_0(PlaceOrder msg) in /home/vsts/work/1/s/src/Shop/Actors/OrderActor.cs:line 31\n"
     "  Failed Shop.Tests.OrderActorSpecs.Should_confirm_order [3 s]\n"
     "  Error Message:\n"
     "   Failed: Timeout 00:00:03 while waiting for a message of type Shop.Messages.OrderConfirmed \n\n"
     "Failed!  - Failed:     1, Passed:    37, Skipped:     0, Total:    38, Duration: 9 s - Shop.Tests.dll (net8.0)\n"
     + _AZURE),
    # the same file: "expected a message of type {0}, but received {2} (type {1}) instead {3}"
    ("akkadotnet-expectmsg-wrong-type", "real",
     "  Failed Shop.Tests.OrderActorSpecs.Should_confirm_order [41 ms]\n"
     "  Error Message:\n"
     "   expected a message of type Shop.Messages.OrderConfirmed, but received OrderRejected { Reason = Unknown SKU } "
     "(type Shop.Messages.OrderRejected) instead \n"
     "  Stack Trace:\n"
     "     at Akka.TestKit.Xunit2.XunitAssertions.AssertTrue(Boolean condition, String format, Object[] args)\n\n"
     "Failed!  - Failed:     1, Passed:    37, Skipped:     0, Total:    38, Duration: 2 s - Shop.Tests.dll (net8.0)\n"
     + _AZURE),
    # TestKitBase_Receive.cs FishForMessage ("Timeout ({0}) during fishForMessage{1}", ", hint: ...")
    ("akkadotnet-fishformessage-timeout", "transient",
     "  Failed Shop.Tests.ClusterSpecs.Should_rejoin [10 s]\n"
     "  Error Message:\n"
     "   Timeout (00:00:10) during fishForMessage, hint: MemberUp\n\n"
     "Failed!  - Failed:     1, Passed:    12, Skipped:     0, Total:    13, Duration: 14 s - Shop.Tests.dll (net8.0)\n"
     + _GHA),
    # TestKitBase_Expect.cs InternalExpectNoMsg ("Expected no messages during the duration, instead we received {0}")
    ("akkadotnet-expectnomsg-got-one", "real",
     "  Failed Shop.Tests.ThrottleSpecs.Should_drop_second [1 s]\n"
     "  Error Message:\n"
     "   Expected no messages during the duration, instead we received <Accepted { Id = 2 }> from "
     "[akka://test/user/throttle#1523]\n\n"
     "Failed!  - Failed:     1, Passed:    12, Skipped:     0, Total:    13, Duration: 4 s - Shop.Tests.dll (net8.0)\n"
     + _GHA),
    # ================================================================== ScalaTest Futures, ZIO Test
    # scalatest/scalatest ScalaTestBundle.properties (wasNeverReady "A timeout occurred waiting for a future to
    # complete. Waited {0}.")
    ("scalatest-futurevalue-never-ready", "transient",
     _sbt("CatalogClientSpec", "fetch the product page",
          "org.scalatest.exceptions.TestFailedException: A timeout occurred waiting for a future to complete. "
          "Waited 150 milliseconds. (CatalogClientSpec.scala:34)",
          "[info]   at org.scalatest.concurrent.ScalaFutures$$anon$1.futureValueImpl(ScalaFutures.scala:302)\n")
     + _GHA),
    # the same bundle (futureReturnedAnExceptionWithMessage "The future returned an exception of type: {0}, with
    # message: {1}."): the future settled on the code's own exception
    ("scalatest-future-returned-exception", "real",
     _sbt("CatalogClientSpec", "fetch the product page",
          "The future returned an exception of type: java.lang.IllegalArgumentException, with message: "
          "requirement failed: sku must not be empty. (CatalogClientSpec.scala:34)") + _GHA),
    # zio/zio TestAspect.scala timeout ("Timeout of ${duration.render} exceeded.") under the ZIO Test runner
    ("zio-test-timeout-exceeded", "transient",
     "+ KafkaConsumerSpec\n"
     "  + consumes a record\n"
     "  - commits the offset\n"
     "    Timeout of 60 s exceeded.\n"
     "12 tests passed. 1 tests failed. 0 tests ignored.\n"
     "[error] Failed tests:\n"
     "[error] \tcom.example.stream.KafkaConsumerSpec\n"
     "[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful\n" + _GHA),
    # near-miss: ZIO Test's assertion report for a settled wrong value
    ("zio-test-assertion-not-equal", "real",
     "+ KafkaConsumerSpec\n"
     "  - commits the offset\n"
     "    ✗ 41 was not equal to 42\n"
     "    committed.offset == 42L\n"
     "    committed.offset = 41\n"
     "    at /home/runner/work/stream/stream/src/test/scala/KafkaConsumerSpec.scala:29 \n"
     "12 tests passed. 1 tests failed. 0 tests ignored.\n"
     "[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful\n" + _GHA),
    # ================================================================== RxJava TestObserver / TestSubscriber
    # ReactiveX/RxJava BaseTestConsumer.fail (recalled: the message, then " (latch = N, values = N, errors = N,
    # completions = N" and ", timeout!" when awaitDone ran out, ", disposed!" once it cancelled)
    ("rxjava-testobserver-not-completed-timeout", "transient",
     _gradle("com.example.feed.FeedRepositoryTest", "refreshEmitsLatest()",
             "    java.lang.AssertionError: Not completed (latch = 1, values = 0, errors = 0, completions = 0, "
             "timeout!, disposed!)\n"
             "        at io.reactivex.rxjava3.observers.BaseTestConsumer.fail(BaseTestConsumer.java:133)\n")
     + _CIRCLE),
    ("rxjava-testsubscriber-value-count-timeout", "transient",
     _gradle("com.example.feed.FeedStreamTest", "pagesArrive()",
             "    java.lang.AssertionError: Value counts differ; expected: 3 but was: 1 (latch = 1, values = 1, "
             "errors = 0, completions = 0, timeout!, disposed!)\n"
             "        at io.reactivex.rxjava3.observers.BaseTestConsumer.fail(BaseTestConsumer.java:133)\n")
     + _GHA),
    # RxJava 2's io.reactivex.subscribers.TestSubscriber (the same suffix, not yet disposed)
    ("rxjava2-testsubscriber-not-completed-timeout", "transient",
     _gradle("com.example.sync.SyncEngineTest", "drainsOutbox()",
             "    java.lang.AssertionError: Not completed (latch = 1, values = 2, errors = 0, completions = 0, timeout!)\n"
             "        at io.reactivex.observers.BaseTestConsumer.fail(BaseTestConsumer.java:189)\n")
     + _TRAVIS.replace("sbt ++2.13.14 test", "./gradlew test")),
    # the consumer completed (latch = 0): the values it holds are settled and wrong
    ("rxjava-testobserver-values-differ-completed", "real",
     _gradle("com.example.feed.FeedRepositoryTest", "refreshEmitsLatest()",
             "    java.lang.AssertionError: Value not present; expected: Feed(id=7) but was: Feed(id=6) (latch = 0, "
             "values = 1, errors = 0, completions = 1)\n"
             "        at io.reactivex.rxjava3.observers.BaseTestConsumer.fail(BaseTestConsumer.java:133)\n")
     + _CIRCLE),
    ("rxjava-testobserver-error-present", "real",
     _gradle("com.example.feed.FeedRepositoryTest", "refreshEmitsLatest()",
             "    java.lang.AssertionError: Error(s) present: [java.lang.IllegalStateException: cursor closed] "
             "(latch = 0, values = 0, errors = 1, completions = 0)\n"
             "        at io.reactivex.rxjava3.observers.BaseTestConsumer.fail(BaseTestConsumer.java:133)\n")
     + _GHA),
    # ================================================================== Reactor StepVerifier
    # reactor/reactor-core reactor-test DefaultStepVerifierBuilder.java pollTaskEventOrComplete ("VerifySubscriber
    # timed out on " + the upstream), through MessageFormatter.assertionError
    ("reactor-stepverifier-timed-out", "transient",
     _surefire("com.example.orders.OrderStreamTest", "streamsNewOrders",
               "java.lang.AssertionError: VerifySubscriber timed out on "
               "reactor.core.publisher.FluxFlatMap$FlatMapMain@5e3f861") + _JENKINS),
    # the same file ("expected: onNext(%s); actual: %s", under MessageFormatter's 'expectation "%s" failed (')
    ("reactor-stepverifier-onnext-got-error", "real",
     _surefire("com.example.orders.OrderStreamTest", "streamsNewOrders",
               'java.lang.AssertionError: expectation "expectNext(Order[id=1])" failed (expected: onNext(Order[id=1]); '
               "actual: onError(java.lang.IllegalArgumentException: unknown customer 17))") + _JENKINS),
    ("reactor-stepverifier-value-differs", "real",
     _surefire("com.example.orders.OrderStreamTest", "streamsNewOrders",
               'java.lang.AssertionError: expectation "expectNext(Order[id=1])" failed (expected value: Order[id=1]; '
               "actual value: Order[id=2])") + _GHA),
    ("reactor-stepverifier-complete-got-next", "real",
     _surefire("com.example.orders.OrderStreamTest", "completesAfterLast",
               'java.lang.AssertionError: expectation "expectComplete" failed (expected: onComplete(); actual: '
               "onNext(Order[id=4]))") + _GHA),
    # ================================================================== Vert.x JUnit 5
    # vert-x3/vertx-junit5 VertxExtension.java ("The test execution timed out. Make sure your asynchronous code
    # includes calls to either VertxTestContext#completeNow(), VertxTestContext#failNow() or Checkpoint#flag()",
    # then the unsatisfied checkpoints' diagnostics)
    ("vertx-junit5-test-execution-timed-out", "transient",
     _gradle("com.example.api.HttpServerVerticleTest", "servesHealth(Vertx, VertxTestContext)",
             "    java.util.concurrent.TimeoutException: The test execution timed out. Make sure your asynchronous "
             "code includes calls to either VertxTestContext#completeNow(), VertxTestContext#failNow() or "
             "Checkpoint#flag()\n\n"
             "    Unsatisfied checkpoints diagnostics:\n"
             "    -> checkpoint at com.example.api.HttpServerVerticleTest.servesHealth(HttpServerVerticleTest.java:31)\n")
     + _GHA),
    # the verticle under test failed to deploy (its own exception) and the test context was failed with it
    ("vertx-junit5-failnow-assertion", "real",
     _gradle("com.example.api.HttpServerVerticleTest", "servesHealth(Vertx, VertxTestContext)",
             "    org.opentest4j.AssertionFailedError: expected: <200> but was: <500>\n"
             "        at com.example.api.HttpServerVerticleTest.lambda$servesHealth$0(HttpServerVerticleTest.java:36)\n")
     + _GHA),
    # ================================================================== Turbine, kotlinx-coroutines-test
    # cashapp/turbine src/commonMain/kotlin/app/cash/turbine/channel.kt awaitItem ("No value produced in
    # $timeout", its cause "Timed out waiting for $timeout")
    ("turbine-no-value-produced", "transient",
     _gradle("com.example.search.SearchViewModelTest", "emitsResultsAfterQuery()",
             "    app.cash.turbine.TurbineAssertionError: No value produced in 3s\n"
             "        at app.cash.turbine.ChannelKt.awaitEvent(channel.kt:87)\n\n"
             "        Caused by:\n"
             "        app.cash.turbine.TurbineTimeoutCancellationException: Timed out waiting for 3s\n")
     + _GHA),
    # channel.kt unexpectedEvent ("Expected ${expected} but found $eventAsString"): an error came instead
    ("turbine-expected-item-found-error", "real",
     _gradle("com.example.search.SearchViewModelTest", "emitsResultsAfterQuery()",
             "    app.cash.turbine.TurbineAssertionError: Expected item but found Error(IllegalStateException)\n"
             "        at app.cash.turbine.ChannelKt.unexpectedEvent(channel.kt:253)\n\n"
             "        Caused by:\n"
             "        java.lang.IllegalStateException: query must not be blank\n")
     + _GHA),
    # src/commonMain/kotlin/app/cash/turbine/Turbine.kt ensureAllEventsConsumed ("Unconsumed events found")
    ("turbine-unconsumed-events", "real",
     _gradle("com.example.search.SearchViewModelTest", "debouncesTyping()",
             "    app.cash.turbine.TurbineAssertionError: Unconsumed events found:\n"
             "     - Item(Loading)\n"
             "     - Item(Results(items=[]))\n")
     + _CIRCLE),
    # ================================================================== Espresso
    # android/android-test IdlingResourceTimeoutException.java ("Wait for %s to become idle timed out")
    ("espresso-idling-resource-timeout", "transient",
     "> Task :app:connectedDebugAndroidTest\n"
     "Starting 24 tests on test(AVD) - 14\n\n"
     "com.example.shop.CartActivityTest > addsItemToCart[test(AVD) - 14] FAILED \n"
     "\tandroidx.test.espresso.IdlingResourceTimeoutException: Wait for [OkHttp] to become idle timed out\n"
     "\tat androidx.test.espresso.base.UiControllerImpl.loopUntil(UiControllerImpl.java:543)\n"
     "Tests on test(AVD) - 14 failed: There was 1 failure(s).\n\n"
     "> Task :app:connectedDebugAndroidTest FAILED\n\n"
     "FAILURE: Build failed with an exception.\n" + _GHA),
    # near-miss: Espresso's view matcher finding no such view (the screen has settled without it)
    ("espresso-no-matching-view", "real",
     "> Task :app:connectedDebugAndroidTest\n"
     "com.example.shop.CartActivityTest > addsItemToCart[test(AVD) - 14] FAILED \n"
     "\tandroidx.test.espresso.NoMatchingViewException: No views in hierarchy found matching: view.getId() is "
     "<2131230890/com.example.shop:id/checkout_button>\n"
     "Tests on test(AVD) - 14 failed: There was 1 failure(s).\n\n"
     "> Task :app:connectedDebugAndroidTest FAILED\n" + _GHA),
    # ================================================================== Phoenix channel assertions (ExUnit)
    # phoenixframework/phoenix lib/phoenix/test/channel_test.ex (assert_push/assert_broadcast expand to
    # assert_receive; ExUnit's report "Assertion failed, no matching message after Nms", recalled)
    ("phoenix-assert-push-no-message", "transient",
     "  1) test shout broadcasts to room:lobby (ChatWeb.RoomChannelTest)\n"
     "     test/chat_web/channels/room_channel_test.exs:18\n"
     "     Assertion failed, no matching message after 100ms\n"
     "     The process mailbox is empty.\n"
     "     code: assert_push \"shout\", %{\"hello\" => \"all\"}\n"
     "     stacktrace:\n"
     "       test/chat_web/channels/room_channel_test.exs:20: (test)\n\n"
     "Finished in 0.4 seconds (0.2s async, 0.2s sync)\n"
     "12 tests, 1 failure\n" + _GHA),
    ("phoenix-assert-broadcast-no-message", "transient",
     "  1) test ping replies with status ok (ChatWeb.RoomChannelTest)\n"
     "     test/chat_web/channels/room_channel_test.exs:11\n"
     "     Assertion failed, no matching message after 500ms\n"
     "     The process mailbox is empty.\n"
     "     code: assert_broadcast \"new_msg\", %{body: \"hi\"}\n\n"
     "Finished in 1.1 seconds (0.6s async, 0.5s sync)\n"
     "12 tests, 1 failure\n" + _GL),
    # assert_reply's reply came, with an error status: the settled reply is the code's
    ("phoenix-assert-reply-error-status", "real",
     "  1) test ping replies with status ok (ChatWeb.RoomChannelTest)\n"
     "     test/chat_web/channels/room_channel_test.exs:11\n"
     "     Assertion with == failed\n"
     "     code:  assert reply == %{\"status\" => \"ok\"}\n"
     "     left:  %{\"reason\" => \"unauthorized\"}\n"
     "     right: %{\"status\" => \"ok\"}\n\n"
     "Finished in 0.4 seconds (0.2s async, 0.2s sync)\n"
     "12 tests, 1 failure\n" + _GL),
    # ================================================================== Python async test libraries
    # python-trio/trio src/trio/_timeouts.py (fail_after raising TooSlowError, recalled) under pytest-trio
    ("trio-fail-after-too-slow", "transient",
     "=================================== FAILURES ===================================\n"
     "_____________________________ test_server_replies ______________________________\n\n"
     "    async def test_server_replies(server):\n"
     ">       with trio.fail_after(5):\n"
     "E       trio.TooSlowError\n\n"
     "tests/test_server.py:41: TooSlowError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_server.py::test_server_replies - trio.TooSlowError\n"
     "========================= 1 failed, 63 passed in 12.40s =========================\n" + _GHA),
    # agronholm/anyio src/anyio/_core/_tasks.py (fail_after raising TimeoutError, recalled)
    ("anyio-fail-after-timeout", "transient",
     "=================================== FAILURES ===================================\n"
     "______________________ test_worker_drains_queue[asyncio] _______________________\n\n"
     ">       with anyio.fail_after(2):\n"
     "E       TimeoutError\n\n"
     ".venv/lib/python3.12/site-packages/anyio/_core/_tasks.py:115: TimeoutError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_worker.py::test_worker_drains_queue[asyncio] - TimeoutError\n"
     "========================= 1 failed, 88 passed in 9.81s ==========================\n" + _CIRCLE),
    # asyncio.wait_for in a pytest-asyncio test (CPython Lib/asyncio/timeouts.py raising TimeoutError from
    # CancelledError, recalled)
    ("pytest-asyncio-wait-for-timeout", "transient",
     "=================================== FAILURES ===================================\n"
     "___________________________ test_consumer_gets_event ___________________________\n\n"
     ">       event = await asyncio.wait_for(queue.get(), timeout=3)\n\n"
     "tests/test_events.py:27: \n"
     "_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ \n"
     ">       async with timeouts.timeout(timeout):\n"
     "E       TimeoutError\n\n"
     "/usr/lib/python3.12/asyncio/tasks.py:519: TimeoutError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_events.py::test_consumer_gets_event - TimeoutError\n"
     "========================= 1 failed, 40 passed in 7.02s ==========================\n" + _GHA),
    # the same wait, and another test failing on its own assertion in the run
    ("pytest-asyncio-wait-for-beside-assertion", "real",
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_events.py::test_consumer_gets_event - TimeoutError\n"
     "FAILED tests/test_events.py::test_event_payload - AssertionError: assert 'created' == 'updated'\n"
     "========================= 2 failed, 39 passed in 7.02s ==========================\n" + _GHA),
    # ================================================================== JavaScript, Go
    # testing-library/dom-testing-library src/wait-for.js (with no error from the callback: "Timed out in
    # waitFor.")
    ("testing-library-timed-out-in-waitfor", "transient",
     " FAIL  src/components/__tests__/Cart.test.tsx (8.112 s)\n"
     "  ● Cart › shows the saved badge\n\n"
     "    Timed out in waitFor.\n\n"
     "      23 |     await user.click(screen.getByRole('button', { name: /save/i }));\n"
     "    > 24 |     await waitFor(() => expect(onSaved).toHaveBeenCalled());\n\n"
     "Test Suites: 1 failed, 41 passed, 42 total\n"
     "Tests:       1 failed, 311 passed, 312 total\n" + _GHA),
    # a Go test's own give-up in t.Fatal (a channel receive under select with time.After)
    ("go-test-timed-out-waiting-for-event", "transient",
     "=== RUN   TestWatcherReportsChange\n"
     "    watcher_test.go:88: timed out waiting for change event\n"
     "--- FAIL: TestWatcherReportsChange (5.00s)\n"
     "FAIL\n"
     "FAIL\tgithub.com/example/fswatch\t5.214s\n"
     "FAIL\n" + _GHA),
    ("go-test-got-wrong-event", "real",
     "=== RUN   TestWatcherReportsChange\n"
     "    watcher_test.go:91: got event Remove(\"a.txt\"), want Write(\"a.txt\")\n"
     "--- FAIL: TestWatcherReportsChange (0.02s)\n"
     "FAIL\n"
     "FAIL\tgithub.com/example/fswatch\t0.214s\n"
     "FAIL\n" + _GHA),
]

# Wordings printed as often for the change's own hang or fault as for a slow runner.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # Kotlin/kotlinx.coroutines kotlinx-coroutines-test TestBuilders.kt handleTimeout ("After waiting for %s, the
    # test coroutine is not completing, there were active child jobs: %s"): mostly a collector the test left
    # running in its scope, the same every run
    ("kotlinx-runtest-not-completing-active-children",
     _gradle("com.example.prices.PriceRepositoryTest", "emitsUpdates()",
             "    kotlinx.coroutines.test.UncompletedCoroutinesError: After waiting for 10s, the test coroutine is "
             "not completing, there were active child jobs: [\"coroutine#3\":StandaloneCoroutine{Active}@2ea4aea1]\n"
             "        at kotlinx.coroutines.test.TestBuildersKt__TestBuildersKt.handleTimeout(TestBuilders.kt:439)\n")
     + _GHA),
    # android/android-test AppNotIdleException (recalled: "Looped for N iterations over N SECONDS. The main
    # thread has been busy ..."): the app's own main thread kept busy (an endless animation) as often as a slow
    # emulator
    ("espresso-app-not-idle",
     "com.example.shop.CartActivityTest > addsItemToCart[test(AVD) - 14] FAILED \n"
     "\tandroidx.test.espresso.AppNotIdleException: Looped for 3902 iterations over 60 SECONDS. The following "
     "Idle Conditions failed ASYNC_TASKS_HAVE_IDLED.\n"
     "Tests on test(AVD) - 14 failed: There was 1 failure(s).\n\n"
     "> Task :app:connectedDebugAndroidTest FAILED\n" + _GHA),
    # apache/pekko TestKit.scala awaitAssert (rethrows the last failure of the assertion it polled): the last
    # compared value, late or wrong
    ("pekko-awaitassert-last-compared-value",
     _sbt("CounterSpec", "count every increment",
          "2 did not equal 3 (CounterSpec.scala:51)",
          "[info]   at org.apache.pekko.testkit.TestKitBase.awaitAssert(TestKit.scala:380)\n") + _GHA),
    # ExUnit's assert_receive whose mailbox holds other messages (recalled: "Showing 1 of 1 message in the
    # mailbox"): the expected one late, or another one settled
    ("phoenix-assert-push-other-message-in-mailbox",
     "  1) test shout broadcasts to room:lobby (ChatWeb.RoomChannelTest)\n"
     "     test/chat_web/channels/room_channel_test.exs:18\n"
     "     Assertion failed, no matching message after 100ms\n"
     "     Showing 1 of 1 message in the mailbox\n"
     "     code: assert_push \"shout\", %{\"hello\" => \"all\"}\n"
     "     mailbox:\n"
     "       pattern: %Phoenix.Socket.Message{event: \"shout\", payload: %{\"hello\" => \"all\"}}\n"
     "       value:   %Phoenix.Socket.Message{event: \"phx_error\", payload: %{}}\n\n"
     "12 tests, 1 failure\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_test_kit_wait_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_test_kit_waits_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "assertion failed: timeout (3 seconds) during expectMsg while waiting for ",
    "Timeout (3 seconds) during receiveMessage while waiting for ",
    "timeout (3 seconds) while expecting ",
    "during fishForMessage, hint: ",
    "timeout 60 seconds expired: ",
    "block took 3.412 seconds, exceeding ",
    "Timeout 00:00:03 while waiting for a message of type ",
    "A timeout occurred waiting for a future to complete. Waited ",
    "(latch = 1, values = 0, errors = 0, completions = 0, ",
    "VerifySubscriber timed out on ",
    "The test execution timed out. Make sure your asynchronous code ",
    "No value produced in ",
    "Wait for [",
    "Timeout of 60 s exceeded",
    "[ERROR] [05/02/2024 09:13:51.204] [",
    "Supervisor RestartSupervisor saw failure",
    "[info]   118.5 did not equal ",
    "the test coroutine is not completing, there were active child jobs: ",
    "Assertion failed, no matching message after 100ms",
    "No message matching ",
    "trio.TooSlowError ",
]
