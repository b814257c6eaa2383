"""Realistic step logs for the demo, and parameterised log templates for bulk scenarios."""

from __future__ import annotations

import random
from dataclasses import dataclass

from triage_agent.simulator.model import TestSpec

# ---------------------------------------------------------------------------------------------
# Demo logs: one per failure kind, 20-80 lines of real-looking tool output.
# ---------------------------------------------------------------------------------------------

NPM_ECONNRESET = """\
npm WARN deprecated inflight@1.0.6: This module is not supported, and leaks memory. Do not use it. Check out lru-cache if you want a good and tested way to coalesce async requests by a key value, which is much more comprehensive and powerful.
npm WARN deprecated rimraf@3.0.2: Rimraf versions prior to v4 are no longer supported
npm WARN deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported
npm WARN deprecated @humanwhocodes/config-array@0.11.14: Use @eslint/config-array instead
npm WARN deprecated @humanwhocodes/object-schema@2.0.3: Use @eslint/object-schema instead
npm http fetch GET 200 https://registry.npmjs.org/vite/-/vite-5.2.11.tgz 1873ms (cache miss)
npm http fetch GET 200 https://registry.npmjs.org/typescript/-/typescript-5.4.5.tgz 2210ms (cache miss)
npm http fetch GET 200 https://registry.npmjs.org/@babel/core/-/core-7.24.6.tgz 412ms (cache miss)
npm http fetch GET 200 https://registry.npmjs.org/react-dom/-/react-dom-18.3.1.tgz 655ms (cache miss)
npm http fetch GET 200 https://registry.npmjs.org/@testing-library/react/-/react-15.0.7.tgz 391ms (cache miss)
npm WARN tarball tarball data for @types/react-dom@https://registry.npmjs.org/@types/react-dom/-/react-dom-18.3.0.tgz (sha512-EhwApuTmMBmXuFOlGEw5eqWcLPJ8BPOR5kJQNzXMb8ORbmE0ARfZ49LnEBH2PQZMI5dnsaKsZl6zjfrD3Tbssg==) seems to be corrupted. Trying again.
npm http fetch GET 200 https://registry.npmjs.org/eslint/-/eslint-8.57.0.tgz 1264ms (cache miss)
npm ERR! code ECONNRESET
npm ERR! syscall read
npm ERR! errno ECONNRESET
npm ERR! network request to https://registry.npmjs.org/@types/react-dom/-/react-dom-18.3.0.tgz failed, reason: read ECONNRESET
npm ERR! network This is a problem related to network connectivity.
npm ERR! network In most cases you are behind a proxy or have bad network settings.
npm ERR! network
npm ERR! network If you are behind a proxy, please make sure that the
npm ERR! network 'proxy' config is set properly.  See: 'npm help config'

npm ERR! A complete log of this run can be found in: /home/circleci/.npm/_logs/2024-06-04T09_14_22_531Z-debug-0.log
"""

PYTEST_HEADER = """\
============================= test session starts ==============================
platform linux -- Python 3.12.3, pytest-8.2.0, pluggy-1.5.0
rootdir: /home/circleci/project
configfile: pyproject.toml
plugins: anyio-4.3.0, asyncio-0.23.6, cov-5.0.0, xdist-3.6.1
asyncio: mode=Mode.STRICT
collected 214 items
"""

FLAKY_WEBHOOK = (
    PYTEST_HEADER
    + """
tests/unit/test_pricing.py ........................................      [ 18%]
tests/unit/test_orders.py ...............................                [ 33%]
tests/unit/test_auth.py ......................                           [ 43%]
tests/integration/test_checkout.py ..........................            [ 55%]
tests/integration/test_webhooks.py ....F......                           [ 60%]
tests/integration/test_inventory.py ..........................................  [ 80%]
tests/api/test_routes.py ..........................................      [100%]

=================================== FAILURES ===================================
__________________________ test_webhook_retry_backoff __________________________

client = <starlette.testclient.TestClient object at 0x7f3a1c2b5e50>
fake_receiver = <tests.fakes.FakeReceiver object at 0x7f3a1c2b6f10>

    def test_webhook_retry_backoff(client, fake_receiver):
        fake_receiver.fail_next(2)
        resp = client.post("/v1/orders/ord_8812/events", json={"type": "order.paid"})
        assert resp.status_code == 202

        deliveries = fake_receiver.wait_for_deliveries(3, timeout=2.0)
>       assert len(deliveries) == 3
E       assert {got} == 3
E        +  where {got} = len([<Delivery attempt=1 status=500>, <Delivery attempt=2 status=500>])

tests/integration/test_webhooks.py:88: AssertionError
------------------------------ Captured log call -------------------------------
WARNING  app.webhooks:dispatcher.py:142 delivery attempt 1 to http://127.0.0.1:{port}/hook failed: 500
WARNING  app.webhooks:dispatcher.py:142 delivery attempt 2 to http://127.0.0.1:{port}/hook failed: 500
INFO     app.webhooks:dispatcher.py:151 next attempt in {delay}s (backoff 2x, jitter on)
- generated xml file: /home/circleci/project/test-results/junit.xml -
=========================== short test summary info ============================
FAILED tests/integration/test_webhooks.py::test_webhook_retry_backoff - assert {got} == 3
======================== 1 failed, 213 passed in {secs}s ========================
"""
)

FLAKY_WEBHOOK_MESSAGE = "AssertionError: assert {got} == 3"


def flaky_webhook_log(
    *, got: int = 2, port: int = 39411, delay: str = "1.84", secs: str = "41.27"
) -> str:
    """The flaky webhook test failing on a slow delivery (times vary between runs)."""
    # str.replace, not str.format: the log itself contains JSON braces.
    text = FLAKY_WEBHOOK
    for key, value in (("got", got), ("port", port), ("delay", delay), ("secs", secs)):
        text = text.replace("{" + key + "}", str(value))
    return text


PRICING_REGRESSION = (
    PYTEST_HEADER
    + """
tests/unit/test_pricing.py ..........F.........F...................      [ 18%]
tests/unit/test_orders.py ...............................                [ 33%]
tests/unit/test_auth.py ......................                           [ 43%]
tests/integration/test_checkout.py ..........................            [ 55%]
tests/integration/test_webhooks.py ...........                           [ 60%]
tests/integration/test_inventory.py ..........................................  [ 80%]
tests/api/test_routes.py ..........................................      [100%]

=================================== FAILURES ===================================
___________________ test_percentage_discount_rounds_half_up ____________________

    def test_percentage_discount_rounds_half_up():
        cart = make_cart([("SKU-1042", "33.33", 3)])
        apply_discount(cart, PercentageDiscount("10"))
>       assert cart.total == Decimal("90.00")
E       AssertionError: assert Decimal('89.99') == Decimal('90.00')
E        +  where Decimal('89.99') = <Cart lines=1 subtotal=99.99>.total

tests/unit/test_pricing.py:141: AssertionError
_________________________ test_stacked_discounts_capped ________________________

    def test_stacked_discounts_capped():
        cart = make_cart([("SKU-2001", "25.00", 4)])
        apply_discount(cart, PercentageDiscount("30"))
        apply_discount(cart, FixedDiscount("20.00"))
>       assert cart.discount_total == Decimal("50.00")
E       AssertionError: assert Decimal('45.00') == Decimal('50.00')
E        +  where Decimal('45.00') = <Cart lines=1 subtotal=100.00>.discount_total

tests/unit/test_pricing.py:187: AssertionError
- generated xml file: /home/circleci/project/test-results/junit.xml -
=========================== short test summary info ============================
FAILED tests/unit/test_pricing.py::test_percentage_discount_rounds_half_up - AssertionError: assert Decimal('89.99') == Decimal('90.00')
FAILED tests/unit/test_pricing.py::test_stacked_discounts_capped - AssertionError: assert Decimal('45.00') == Decimal('50.00')
======================== 2 failed, 212 passed in 38.90s ========================
"""
)

GO_OOM_KILLED = """\
go: downloading github.com/klauspost/compress v1.17.8
go: downloading github.com/jackc/pgx/v5 v5.5.5
go: downloading go.uber.org/zap v1.27.0
go test -race -count=1 -timeout 20m -v ./internal/ingest/...
=== RUN   TestDecodeEnvelope
--- PASS: TestDecodeEnvelope (0.00s)
=== RUN   TestDecodeEnvelope_BadChecksum
--- PASS: TestDecodeEnvelope_BadChecksum (0.00s)
=== RUN   TestBatcher_FlushOnSize
--- PASS: TestBatcher_FlushOnSize (0.02s)
=== RUN   TestBatcher_FlushOnInterval
--- PASS: TestBatcher_FlushOnInterval (0.51s)
=== RUN   TestDedupWindow
--- PASS: TestDedupWindow (1.14s)
=== RUN   TestReplayLargeBacklog
{"level":"info","ts":"2024-06-04T09:31:02Z","msg":"loading fixture","path":"testdata/backlog-2m.jsonl.gz"}
{"level":"info","ts":"2024-06-04T09:31:19Z","msg":"replaying","workers":8,"batch":5000}
{"level":"info","ts":"2024-06-04T09:31:44Z","msg":"progress","done":250000,"total":1982113}
{"level":"info","ts":"2024-06-04T09:32:07Z","msg":"progress","done":500000,"total":1982113}
{"level":"info","ts":"2024-06-04T09:32:31Z","msg":"progress","done":750000,"total":1982113}
/bin/bash: line 2:   188 Killed                  go test -race -count=1 -timeout 20m -v ./internal/ingest/...
"""

TS2322_COMPILE = """\

> web@2.14.0 prebuild
> node scripts/check-env.mjs && npm run codegen

> web@2.14.0 codegen
> graphql-codegen --config codegen.ts

✔ Parse Configuration
✔ Generate outputs

> web@2.14.0 build
> tsc -p tsconfig.build.json && vite build

src/components/checkout/PaymentSummary.tsx(42,7): error TS2322: Type 'string | undefined' is not assignable to type 'string'.
  Type 'undefined' is not assignable to type 'string'.
src/components/checkout/PaymentSummary.tsx(57,11): error TS2322: Type '{ amount: number; }' is not assignable to type 'Money'.
  Property 'currency' is missing in type '{ amount: number; }' but required in type 'Money'.
src/hooks/useCart.ts(118,5): error TS2322: Type 'number' is not assignable to type 'Money'.

Found 3 errors in 2 files.

Errors  Files
     2  src/components/checkout/PaymentSummary.tsx:42
     1  src/hooks/useCart.ts:118
npm ERR! Lifecycle script `build` failed with error:
npm ERR! Error: command failed
npm ERR!   in workspace: web@2.14.0
npm ERR!   at location: /home/circleci/project
"""

# ---------------------------------------------------------------------------------------------
# Bulk templates: a handful of failure kinds whose details vary with a seed.
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Failure:
    """A synthetic failure: what the job shows and what its rerun will do."""

    kind: str  # short name of the template
    transient: bool  # the ground truth a triage should reach
    status: str
    exit_code: int | None
    failing_step: str
    log: str
    tests: tuple[TestSpec, ...]
    rerun: str  # "pass" or "fail"
    flaky_test: str | None = None  # test name CircleCI lists as flaky, if any


_NPM_PKGS = (
    "@types/node",
    "react-router",
    "eslint-plugin-import",
    "vitest",
    "@sentry/browser",
    "zod",
)
_PY_PKGS = ("numpy", "pandas", "cryptography", "grpcio", "boto3", "psycopg")
_MODULES = ("billing", "orders", "auth", "search", "catalog", "shipping", "ledger", "profiles")


def _npm_reset(rng: random.Random) -> Failure:
    pkg = rng.choice(_NPM_PKGS)
    ver = f"{rng.randint(1, 20)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"
    base = pkg.rsplit("/", 1)[-1]
    lines = [
        "npm WARN deprecated rimraf@3.0.2: Rimraf versions prior to v4 are no longer supported",
        "npm WARN deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported",
    ]
    for _ in range(rng.randint(8, 30)):
        name = rng.choice(_NPM_PKGS)
        lines.append(
            f"npm http fetch GET 200 https://registry.npmjs.org/{name} {rng.randint(40, 2400)}ms (cache miss)"
        )
    lines += [
        "npm ERR! code ECONNRESET",
        "npm ERR! syscall read",
        "npm ERR! errno ECONNRESET",
        f"npm ERR! network request to https://registry.npmjs.org/{pkg}/-/{base}-{ver}.tgz failed, reason: read ECONNRESET",
        "npm ERR! network This is a problem related to network connectivity.",
        "npm ERR! network In most cases you are behind a proxy or have bad network settings.",
        "",
        f"npm ERR! A complete log of this run can be found in: /home/circleci/.npm/_logs/2024-06-{rng.randint(10, 28)}T0{rng.randint(1, 9)}_1{rng.randint(0, 9)}_22_531Z-debug-0.log",
    ]
    return Failure(
        "npm-econnreset", True, "failed", 1, "Install dependencies", "\n".join(lines), (), "pass"
    )


def _pip_503(rng: random.Random) -> Failure:
    pkg = rng.choice(_PY_PKGS)
    ver = f"{rng.randint(1, 45)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}"
    lines = [
        f"Collecting {p}=={rng.randint(1, 9)}.{rng.randint(0, 9)}" for p in rng.sample(_PY_PKGS, 4)
    ]
    lines += [
        f"Collecting {pkg}=={ver} (from -r requirements.txt (line {rng.randint(2, 40)}))",
        f"  WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Read timed out. (read timeout=15)\")': /packages/{pkg}/",
        f"  WARNING: Retrying (Retry(total=3, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ProtocolError('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))': /packages/{pkg}/",
        f"ERROR: Could not install packages due to an OSError: HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Max retries exceeded with url: /packages/{pkg}-{ver}.tar.gz (Caused by ResponseError('too many 503 error responses'))",
        "",
    ]
    return Failure(
        "pip-503", True, "failed", 1, "Install dependencies", "\n".join(lines), (), "pass"
    )


def _docker_pull(rng: random.Random) -> Failure:
    image = rng.choice(
        ("cimg/postgres:15.6", "cimg/redis:7.2", "bitnami/kafka:3.6", "localstack/localstack:3.4")
    )
    log = (
        f"Starting container {image}\n"
        f"  image cache not found on this host, downloading {image}\n"
        "Error response from daemon: toomanyrequests: You have reached your pull rate limit. "
        "You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\n"
        f"Error pulling image {image}: Error response from daemon: toomanyrequests: rate limit exceeded "
        f"(retry {rng.randint(1, 3)} of 3)\n"
    )
    return Failure(
        "docker-pull-rate-limit",
        True,
        "infrastructure_fail",
        None,
        "Spin up environment",
        log,
        (),
        "pass",
    )


def _timeout(rng: random.Random) -> Failure:
    module = rng.choice(_MODULES)
    lines = [PYTEST_HEADER.rstrip("\n"), ""]
    for m in rng.sample(_MODULES, 3):
        lines.append(f"tests/integration/test_{m}.py {'.' * rng.randint(10, 40)}")
    lines.append(f"tests/integration/test_{module}_sync.py ....")
    return Failure(
        "no-output-timeout", True, "timedout", None, "Run tests", "\n".join(lines), (), "pass"
    )


def _pytest_regression(rng: random.Random) -> Failure:
    module = rng.choice(_MODULES)
    line = rng.randint(20, 400)
    a, b = rng.randint(1, 500), rng.randint(501, 999)
    name = f"test_{module}_totals_{rng.randint(1, 40)}"
    msg = f"AssertionError: assert {a} == {b}"
    log = (
        PYTEST_HEADER
        + f"\ntests/unit/test_{module}.py {'.' * rng.randint(5, 30)}F{'.' * rng.randint(0, 20)}\n\n"
        + "=================================== FAILURES ===================================\n"
        + f"_____________________________ {name} _____________________________\n\n"
        + f"    def {name}():\n        result = compute_{module}_total(fixture_rows({a}))\n"
        + f">       assert result == {b}\nE       assert {a} == {b}\n\n"
        + f"tests/unit/test_{module}.py:{line}: AssertionError\n"
        + "=========================== short test summary info ============================\n"
        + f"FAILED tests/unit/test_{module}.py::{name} - {msg}\n"
        + f"======================== 1 failed, {rng.randint(100, 900)} passed in {rng.randint(10, 99)}.{rng.randint(10, 99)}s ========================\n"
    )
    tests = (
        TestSpec(name, f"tests.unit.test_{module}", "failure", msg, f"tests/unit/test_{module}.py"),
    )
    return Failure("pytest-assertion", False, "failed", 1, "Run tests", log, tests, "fail")


def _pytest_flaky(rng: random.Random) -> Failure:
    got = rng.randint(0, 2)
    log = flaky_webhook_log(
        got=got,
        port=rng.randint(30000, 60000),
        delay=f"{rng.uniform(0.5, 3):.2f}",
        secs=f"{rng.uniform(20, 90):.2f}",
    )
    tests = (
        TestSpec(
            "test_webhook_retry_backoff",
            "tests.integration.test_webhooks",
            "failure",
            FLAKY_WEBHOOK_MESSAGE.format(got=got),
            "tests/integration/test_webhooks.py",
        ),
    )
    return Failure(
        "pytest-flaky",
        True,
        "failed",
        1,
        "Run tests",
        log,
        tests,
        "pass",
        "test_webhook_retry_backoff",
    )


def _jest_failure(rng: random.Random) -> Failure:
    comp = rng.choice(("CartDrawer", "OrderTable", "LoginForm", "PriceTag", "SearchBox"))
    exp, got = rng.randint(1, 50), rng.randint(51, 99)
    log = (
        f"> web@2.{rng.randint(0, 20)}.0 test\n> jest --ci --runInBand\n\n"
        f"FAIL src/components/{comp}.test.tsx\n"
        f"  ● {comp} › renders the item count\n\n"
        "    expect(received).toBe(expected) // Object.is equality\n\n"
        f"    Expected: {exp}\n    Received: {got}\n\n"
        f"      {rng.randint(10, 90)} |     render(<{comp} items={{items}} />);\n"
        f"    > {rng.randint(10, 90)} |     expect(screen.getAllByRole('row')).toHaveLength({exp});\n\n"
        f"      at Object.<anonymous> (src/components/{comp}.test.tsx:{rng.randint(10, 90)}:45)\n\n"
        f"Test Suites: 1 failed, {rng.randint(10, 60)} passed, total\n"
        f"Tests:       1 failed, {rng.randint(100, 400)} passed, total\n"
    )
    tests = (
        TestSpec(
            f"{comp} renders the item count",
            comp,
            "failure",
            f"Error: expect(received).toBe(expected)\n\nExpected: {exp}\nReceived: {got}",
            f"src/components/{comp}.test.tsx",
            "jest",
        ),
    )
    return Failure("jest-assertion", False, "failed", 1, "Run tests", log, tests, "fail")


def _go_undefined(rng: random.Random) -> Failure:
    module = rng.choice(_MODULES)
    sym = rng.choice(
        ("validateOrderID", "NewClient", "ErrNotFound", "parseWindow", "defaultTimeout")
    )
    log = (
        f"# github.com/acme/svc/internal/{module}\n"
        f"internal/{module}/handler.go:{rng.randint(10, 300)}:{rng.randint(2, 40)}: undefined: {sym}\n"
        f"internal/{module}/handler_test.go:{rng.randint(10, 300)}:{rng.randint(2, 40)}: undefined: {sym}\n"
        f"FAIL\tgithub.com/acme/svc/internal/{module} [build failed]\n"
        f"ok  \tgithub.com/acme/svc/internal/config\t0.{rng.randint(100, 999)}s\nFAIL\n"
    )
    return Failure("go-undefined", False, "failed", 1, "Run tests", log, (), "fail")


def _oom(rng: random.Random) -> Failure:
    n = rng.randint(500_000, 3_000_000)
    log = (
        "=== RUN   TestReplayLargeBacklog\n"
        f"    replay_test.go:58: decoded {n} events ({n * 1.6 / 1e6:.1f} GiB in memory)\n"
        f"    replay_test.go:71: progress: {n // 4}/{n} events\n"
        f"/bin/bash: line 2:   {rng.randint(100, 999)} Killed                  go test -race ./...\n"
    )
    return Failure("oom-killed", True, "failed", 137, "Run tests", log, (), "fail")


def _ts2322(rng: random.Random) -> Failure:
    f = rng.choice(("Checkout", "Invoice", "Profile", "Search"))
    log = (
        "> web@2.14.0 build\n> tsc -p tsconfig.build.json && vite build\n\n"
        f"src/pages/{f}.tsx({rng.randint(10, 300)},{rng.randint(2, 30)}): error TS2322: "
        "Type 'string | undefined' is not assignable to type 'string'.\n"
        "  Type 'undefined' is not assignable to type 'string'.\n\nFound 1 error in "
        f"src/pages/{f}.tsx\n"
    )
    return Failure("ts2322", False, "failed", 2, "Build", log, (), "fail")


TEMPLATES = (
    _npm_reset,
    _pip_503,
    _docker_pull,
    _timeout,
    _pytest_regression,
    _pytest_flaky,
    _jest_failure,
    _go_undefined,
    _oom,
    _ts2322,
)


def bulk_failure(template: int, variant: int) -> Failure:
    """The failure of template number `template` (mod the count) with details seeded by `variant`."""
    return TEMPLATES[template % len(TEMPLATES)](random.Random(variant))


def bulk_log(template: int, variant: int) -> str:
    """Just the log of `bulk_failure` (used lazily, so 10,000 logs are only built when fetched)."""
    return bulk_failure(template, variant).log


# Fixed variants for the demo's GitHub App and GitLab projects.
DOCKER_PULL_RATE_LIMIT = _docker_pull(random.Random(11)).log
PIP_503 = _pip_503(random.Random(5)).log
