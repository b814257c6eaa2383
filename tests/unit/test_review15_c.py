"""Review 15c of the fifteenth round's sections policy_observability_config and mesh_proxies_discovery, and of
what those helpers changed beside them (conftest's and Checkov's lines in rules.py's _NAMES_TROUBLE, promtool's
exp:[/got:[ header, the retry-line pattern that no longer reads a date as a delay): adversarial logs (made up)
where the entries' words sit in other tools' output, in an application's log, in a test about the errors, or
beside a cause that decides the verdict (a crash loop, a server that refused its configuration, a name that
does not resolve, a CA shedding load), and guards where the words are the trouble the job met."""

from __future__ import annotations

import pytest
from judging import (
    assert_unique_ids,
    judge,
    labelled,
    logs,
    not_surely_transient,
    reads,
    signatures,
)

_GHA = "##[error]Process completed with exit code 1.\n"
_MVN = "[INFO] BUILD FAILURE\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------ _NAMES_TROUBLE (conftest's finding lines)
    # a deploy script's own "FAIL - host - reason": the registry's 503 is what stopped it, not a policy finding
    ("deploy-script-fail-dash-503", "transient",
     "+ ./deploy.sh staging\nFAIL - registry.example.com - could not reach registry: 503 Service Unavailable\n" + _GHA),
    # log4j's "%p - %c - %m" lines: a reset and a 502 while publishing, nothing a policy worded
    ("log4j-warn-dash-reset-502", "transient",
     "+ ./gradlew publish\n"
     "WARN - org.apache.http.impl.execchain.RetryExec - I/O exception (java.net.SocketException) caught when processing request: Connection reset\n"
     "FAIL - publish - Could not PUT 'https://repo.example.com/releases/app-1.2.jar'. Received status code 502 from server: Bad Gateway\n"
     + _GHA),
    # conftest's own finding names an outage in the policy's words: the manifest failed the policy
    ("conftest-finding-names-http", "real",
     "+ conftest test deploy/\n"
     "FAIL - deploy/app.yaml - main - Containers must not pull images over plain http, got connection to http://registry:5000\n\n"
     "2 tests, 1 passed, 0 warnings, 1 failure, 0 exceptions\n" + _GHA),
    # conftest pulling its policies from an OCI registry that timed out: the registry's moment
    ("conftest-pull-tls-timeout", "transient",
     "+ conftest pull oci://ghcr.io/example/policies:latest\n"
     "Error: download policies: Get \"https://ghcr.io/v2/example/policies/manifests/latest\": net/http: TLS handshake timeout\n" + _GHA),
    # ------------------------------------------------------------ policy / config checks
    # a clean Polaris audit (zero danger items) above a cluster API timeout: the timeout failed the job
    ("polaris-zero-danger-then-api-timeout", "transient",
     "+ polaris audit --audit-path k8s/ --format pretty\n0 danger items found in audit\n"
     "+ kubectl apply -f k8s/\nUnable to connect to the server: net/http: TLS handshake timeout\n" + _GHA),
    # a logger's "LEVEL - Kind name is invalid: ..." line of a session it renews, then a reset: not kubeconform
    ("logger-session-invalid-then-reset", "transient",
     "+ python scripts/publish.py\nINFO - Session s-41 is invalid: expired, logging in again\n"
     "requests.exceptions.ConnectionError: ('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))\n" + _GHA),
    # kubeconform's invalid resource beside a schema host's 503: the manifest is invalid on every run
    ("kubeconform-503-and-invalid", "real",
     "+ kubeconform -summary k8s/\n"
     "k8s/crd.yaml - Widget w1 failed validation: error while downloading schema at https://raw.githubusercontent.com/x/widget.json - received HTTP status 503\n"
     "k8s/deploy.yaml - Deployment web is invalid: problem validating schema: missing properties: 'selector'\n"
     "Summary: 4 resources found in 3 files - Valid: 2, Invalid: 1, Errors: 1, Skipped: 0\n" + _GHA),
    # a schema host's 503 above a later Go compile error: the compile error recurs
    ("schema-503-then-go-compile", "real",
     "k8s/crd.yaml - Widget w1 failed validation: error while downloading schema at https://raw.githubusercontent.com/x/widget.json - received HTTP status 503\n"
     "+ go build ./...\n# example.com/op/controllers\ncontrollers/widget.go:41:9: undefined: reconcileWidget\n" + _GHA),
    # kubeconform's schema download that timed out: the schema host's moment
    ("kubeconform-schema-tls-timeout", "transient",
     "+ kubeconform -strict k8s/\n"
     "Error: failed downloading schema at https://raw.githubusercontent.com/yannh/kubernetes-json-schema/master/v1.29.0-standalone-strict/deployment-apps-v1.json: Get \"https://raw.githubusercontent.com/x\": net/http: TLS handshake timeout\n"
     + _GHA),
    # ------------------------------------------------------------ Vault, Consul, etcd
    # go-multierror's bullets from an upload script: a bare "* permission denied" is no Vault answer; the timeout is
    ("multierror-permission-denied-and-timeout", "transient",
     "+ ./ci/upload-artifacts.sh\n2 errors occurred:\n\t* permission denied\n"
     "\t* Put \"https://artifacts.example.com/upload\": dial tcp 10.1.2.3:443: i/o timeout\n" + _GHA),
    # Vault's own 403 answer: the policy does not grant the path
    ("vault-403-permission-denied", "real",
     "+ vault kv get secret/ci\nError reading secret/data/ci: Error making API request.\n\n"
     "URL: GET http://127.0.0.1:8200/v1/secret/data/ci\nCode: 403. Errors:\n\n* permission denied\n" + _GHA),
    # Vault's 500 from its storage backend: the server's moment, not a policy
    ("vault-500-storage-deadline", "transient",
     "+ vault kv get secret/ci\nError reading secret/data/ci: Error making API request.\n\n"
     "URL: GET https://vault.example.com/v1/secret/data/ci\nCode: 500. Errors:\n\n* 1 error occurred:\n"
     "\t* failed to read from storage: context deadline exceeded\n\n" + _GHA),
    # a Go test about Consul's 403 that fails on its own check: the test's code
    ("go-test-about-consul-403", "real",
     "=== RUN   TestKVWriteDenied\n"
     "    kv_test.go:31: want error \"Unexpected response code: 403 (Permission denied)\", got <nil>\n"
     "--- FAIL: TestKVWriteDenied (0.02s)\nFAIL\nFAIL\texample.com/kv\t0.05s\n" + _GHA),
    # etcdctl's retried request refused for an unknown CA, then the deadline: the certificates, on every run
    # (the client's warn line says "retrying of unary invoker failed"; a retry meets the same certificate)
    ("etcdctl-retry-line-unknown-authority", "real",
     "+ etcdctl --endpoints=https://127.0.0.1:2379 --cacert ca.pem get /x\n"
     "{\"level\":\"warn\",\"msg\":\"retrying of unary invoker failed\",\"error\":\"rpc error: code = Unavailable desc = connection error: desc = \\\"transport: authentication handshake failed: x509: certificate signed by unknown authority\\\"\"}\n"
     "Error: context deadline exceeded\n" + _GHA),
    # an app's OpenTelemetry exporter that cannot handshake with its collector, beside a registry 503 that failed the job
    ("otel-exporter-x509-then-pull-503", "transient",
     "app-1  | 2026/03/01 10:00:01 WARN otel exporter: rpc error: code = Unavailable desc = connection error: desc = \"transport: authentication handshake failed: x509: certificate signed by unknown authority\"\n"
     "+ docker pull registry.example.com/app/db:15\nError response from daemon: received unexpected HTTP status: 503 Service Unavailable\n" + _GHA),
    # etcd's NOSPACE alarm on a put: the quota, the same writes fill it again
    ("etcdctl-nospace", "real",
     "+ etcdctl put /load/k99 v\n"
     "{\"level\":\"warn\",\"msg\":\"retrying of unary invoker failed\",\"error\":\"rpc error: code = ResourceExhausted desc = etcdserver: mvcc: database space exceeded\"}\n"
     "Error: etcdserver: mvcc: database space exceeded\n" + _GHA),
    # ------------------------------------------------------------ ZooKeeper
    # the ZooKeeper server refused its configuration and exited, then the client lost its connection: the config
    ("zk-server-invalid-config-then-connloss", "real",
     "+ docker logs zk\nInvalid config, exiting abnormally\n"
     "org.apache.zookeeper.server.quorum.QuorumPeerConfig$ConfigException: Error processing /conf/zoo.cfg\n"
     "+ ./gradlew integrationTest\nOrdersLockIT > acquiresLock() FAILED\n"
     "    org.apache.zookeeper.KeeperException$ConnectionLossException: KeeperErrorCode = ConnectionLoss for /locks\n" + _GHA),
    # a test that expected SessionExpired and compared the type it got: the ConnectionLoss is the value compared
    ("zk-assertthrows-got-connloss", "real",
     "[ERROR] sessionExpiryReleasesLock(com.example.LockTest)  Time elapsed: 4.1 s  <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: Unexpected exception type thrown, expected: <org.apache.zookeeper.KeeperException.SessionExpiredException> but was: <org.apache.zookeeper.KeeperException.ConnectionLossException>\n"
     "\tat com.example.LockTest.sessionExpiryReleasesLock(LockTest.java:58)\n"
     "Caused by: org.apache.zookeeper.KeeperException$ConnectionLossException: KeeperErrorCode = ConnectionLoss for /locks/orders\n"
     "[ERROR] Tests run: 6, Failures: 1, Errors: 0, Skipped: 0\n" + _MVN + _GHA),
    # a session expired logged inside a test that then fails its own assertion: by design no surer than unknown
    ("zk-session-expired-then-assertion", "real",
     "10:00:01.100 [Curator-ConnectionStateManager-0] WARN o.a.c.f.s.ConnectionStateManager - Session expired event received\n"
     "org.apache.zookeeper.KeeperException$SessionExpiredException: KeeperErrorCode = Session expired for /election\n"
     "[ERROR] leaderElectsOnce(com.example.ElectionTest)  Time elapsed: 16.2 s  <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <1> but was: <2>\n"
     "\tat com.example.ElectionTest.leaderElectsOnce(ElectionTest.java:71)\n"
     "[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0\n" + _MVN + _GHA),
    # a pytest test that restarts the server on purpose and asserts on the lock: kazoo's loss is its setup
    ("kazoo-loss-captured-then-assert", "real",
     "tests/test_locks.py::test_lock_survives_blip FAILED\n____ test_lock_survives_blip ____\n"
     "    def test_lock_survives_blip(zk):\n        zk.restart_server()\n>       assert lock.is_acquired\nE       assert False\n"
     "------ Captured log call ------\nWARNING  kazoo.client:client.py:500 kazoo.exceptions.ConnectionLoss\n"
     "FAILED tests/test_locks.py::test_lock_survives_blip - assert False\n1 failed, 9 passed in 4.20s\n" + _GHA),
    # a Java compile error after a retried connection loss: the compile error recurs
    ("zk-connloss-then-javac", "real",
     "[WARN] KeeperErrorCode = ConnectionLoss for /brokers/ids (will retry)\n+ ./gradlew compileJava\n"
     "/src/main/java/com/example/Lock.java:12: error: cannot find symbol\n    CuratorFramework cf = newClient(connect);\n"
     "                          ^\n  symbol:   method newClient(String)\n1 error\nFAILURE: Build failed with an exception.\n" + _GHA),
    # the guard: a test that errored on the connection loss itself
    ("zk-connloss-test-error", "transient",
     "[ERROR] acquiresLock(com.example.LockIT)  Time elapsed: 15.1 s  <<< ERROR!\n"
     "org.apache.zookeeper.KeeperException$ConnectionLossException: KeeperErrorCode = ConnectionLoss for /locks\n"
     "\tat org.apache.zookeeper.KeeperException.create(KeeperException.java:102)\n"
     "[ERROR] Tests run: 2, Failures: 0, Errors: 1, Skipped: 0\n" + _MVN + _GHA),
    # ------------------------------------------------------------ admission webhooks
    # the operator under test crash-loops, so its webhook has no endpoints: the change broke the operator
    ("webhook-no-endpoints-operator-crashloop", "real",
     "+ make deploy IMG=controller:ci\n+ kubectl -n widgets-system get pods\n"
     "NAME                                READY   STATUS             RESTARTS   AGE\n"
     "widgets-controller-manager-7c9d8    0/1     CrashLoopBackOff   4          2m\n+ kubectl apply -f config/samples/\n"
     "Error from server (InternalError): error when creating \"config/samples/widget.yaml\": Internal error occurred: failed calling webhook \"vwidget.kb.io\": failed to call webhook: Post \"https://widgets-webhook-service.widgets-system.svc:443/validate-v1-widget?timeout=10s\": no endpoints available for service \"widgets-webhook-service\"\n"
     + _GHA),
    # the operator panicked at start (its log printed above), so the webhook never got an endpoint
    ("webhook-no-endpoints-operator-panic", "real",
     "+ kubectl logs -n widgets-system deploy/widgets-controller-manager\n"
     "panic: runtime error: invalid memory address or nil pointer dereference\n"
     "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x16a2f5e]\n+ kubectl apply -f config/samples/\n"
     "Error from server (InternalError): error when creating \"config/samples/widget.yaml\": Internal error occurred: failed calling webhook \"vwidget.kb.io\": failed to call webhook: Post \"https://widgets-webhook-service.widgets-system.svc:443/validate-v1-widget?timeout=10s\": no endpoints available for service \"widgets-webhook-service\"\n"
     + _GHA),
    # the guard: cert-manager just installed, its webhook not serving yet
    ("webhook-no-endpoints-just-installed", "transient",
     "+ helm install cert-manager jetstack/cert-manager --set installCRDs=true\n+ kubectl apply -f issuer.yaml\n"
     "Error from server (InternalError): error when creating \"issuer.yaml\": Internal error occurred: failed calling webhook \"webhook.cert-manager.io\": failed to call webhook: Post \"https://cert-manager-webhook.cert-manager.svc:443/validate?timeout=30s\": no endpoints available for service \"cert-manager-webhook\"\n"
     + _GHA),
    # ------------------------------------------------------------ ACME
    # Let's Encrypt shedding load with a 503 rateLimited "Service busy; retry later.": the CA's moment
    ("acme-service-busy-503", "transient",
     "time=\"2026-03-01T10:00:00Z\" level=error msg=\"Unable to obtain ACME certificate for domains \\\"demo.example.org\\\"\" error=\"unable to generate a certificate for the domains [demo.example.org]: acme: error: 503 :: POST :: https://acme-v02.api.letsencrypt.org/acme/new-order :: urn:ietf:params:acme:error:rateLimited :: Service busy; retry later.\"\n"
     "Error: certificate for demo.example.org not ready\n" + _GHA),
    # the guard: the weekly certificates-per-names limit, dated
    ("acme-weekly-limit-dated", "real",
     "2026/03/01 10:00:00 [demo.example.org] acme: error: 429 :: POST :: https://acme-v02.api.letsencrypt.org/acme/new-order :: urn:ietf:params:acme:error:rateLimited :: too many certificates (5) already issued for this exact set of identifiers in the last 168h0m0s, retry after 2026-03-03 19:02:11 UTC\n"
     + _GHA),
    # ------------------------------------------------------------ proxies
    # the guards: nginx -t and istioctl analyze refusing the configuration itself
    ("nginx-t-unknown-directive-guard", "real",
     "+ nginx -t\nnginx: [emerg] unknown directive \"proxy_pas\" in /etc/nginx/conf.d/app.conf:14\n"
     "nginx: configuration file /etc/nginx/nginx.conf test failed\n" + _GHA),
    ("istioctl-analyze-guard", "real",
     "+ istioctl analyze -n shop\nError [IST0101] (VirtualService shop/reviews) Referenced host not found: \"reviews-v3\"\n"
     "Error: Analyzers found issues when analyzing namespace: shop.\n" + _GHA),
    # (engine 15) Curator's ERROR "Connection timed out for connection string" inside a test run above a failing
    # assertion whose values (1, 2) show no damage and name nothing of it: background noise, the assertion decides
    ("curator-connection-timed-out-then-assertion", "real",
     "10:00:01.101 [main] ERROR o.a.c.ConnectionState - Connection timed out for connection string (127.0.0.1:2181) and timeout (15000) / elapsed (15012)\n"
     "org.apache.curator.CuratorConnectionLossException: KeeperErrorCode = ConnectionLoss\n"
     "[ERROR] leaderElectsOnce(com.example.ElectionTest)  Time elapsed: 16.2 s  <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <1> but was: <2>\n"
     "\tat com.example.ElectionTest.leaderElectsOnce(ElectionTest.java:71)\n"
     "[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0\n" + _MVN + _GHA),
    # http-5xx (generic) reads kubeconform's 503 in an `|| true` command and outweighs helm-unittest's failed chart
    # (helm-unittest's report is only a weak test-failure): the chart's test fails on every run
    # (outlived19, was LEFT) read real: the engine's outlived-outage rules (placement.py, _failed_after_outages, _beside_other_mismatch)
    ("kubeconform-503-or-true-then-helm-unittest", "real",
     "+ kubeconform -summary k8s/ || true\n"
     "k8s/crd.yaml - Widget w1 failed validation: error while downloading schema at https://raw.githubusercontent.com/x/widget.json - received HTTP status 503\n"
     "+ helm unittest charts/web\n FAIL  web deployment\tcharts/web/tests/deployment_test.yaml\n\t- sets replicas\n"
     "\t\t- asserts[0] `equal` fail\n\t\t\tPath:\tspec.replicas\n\t\t\tExpected to equal:\n\t\t\t\t3\n\t\t\tActual:\n\t\t\t\t2\n"
     "Charts:      1 failed, 0 passed, 1 total\n" + _GHA),
]

# Wordings printed both for a moment and for a persistent cause: no rerun proposed with confidence.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # kazoo could not resolve the host it was given (EAI_NONAME), then timed out: most often a service name the job
    # never defined (a job on the host addressing a service container by its name)
    ("kazoo-cannot-resolve-then-timeout",
     "+ pytest tests/integration\n"
     "WARNING  kazoo.client:client.py:612 Cannot resolve zookeeper: [Errno -2] Name or service not known\n"
     "E   kazoo.handlers.threading.KazooTimeoutError: Connection time-out\n"
     "FAILED tests/integration/test_locks.py::test_lock - kazoo.handlers.threading.KazooTimeoutError: Connection time-out\n"
     "1 failed in 15.20s\n" + _GHA),
    # the webhook's image does not pull: a tag that does not exist or a registry's moment, which other entries read
    ("webhook-no-endpoints-image-pull-backoff",
     "+ kubectl -n cert-manager get pods\ncert-manager-webhook-5d4f   0/1   ImagePullBackOff   0   3m\n+ kubectl apply -f issuer.yaml\n"
     "Error from server (InternalError): error when creating \"issuer.yaml\": Internal error occurred: failed calling webhook \"webhook.cert-manager.io\": failed to call webhook: Post \"https://cert-manager-webhook.cert-manager.svc:443/validate?timeout=30s\": no endpoints available for service \"cert-manager-webhook\"\n"
     + _GHA),
    # istiod in a crash loop under istioctl install, then its injector has no endpoints
    ("webhook-no-endpoints-istiod-crashloop",
     "+ istioctl install -y\n"
     "✘ Istiod encountered an error: failed to wait for resource: resources not ready after 5m0s: context deadline exceeded\n"
     "  Deployment/istio-system/istiod (container failed to start: CrashLoopBackOff: back-off 5m0s restarting failed container)\n"
     "+ kubectl apply -f samples/\n"
     "Error from server (InternalError): error when creating \"samples/store.yaml\": Internal error occurred: failed calling webhook \"namespace.sidecar-injector.istio.io\": failed to call webhook: Post \"https://istiod.istio-system.svc:443/inject?timeout=10s\": no endpoints available for service \"istiod\"\n"
     + _GHA),
]

# An entry of these sections must not be the evidence: the line is not the trouble it names, or cannot tell
# a moment from a persistent cause.
NOT_THIS_ENTRY: list[tuple[str, str, str]] = [
    # nginx -t failing on a public upstream's name during a resolver outage: "host not found in upstream" cannot
    # tell a DNS moment from a misspelt name, so the check's summary is no sure configuration error
    ("nginx-t-host-not-found-public", "proxy-config-check-failed",
     "+ nginx -t -c /etc/nginx/nginx.conf\n"
     "nginx: [emerg] host not found in upstream \"api.partner.example.com\" in /etc/nginx/conf.d/app.conf:12\n"
     "nginx: configuration file /etc/nginx/nginx.conf test failed\n" + _GHA),
    # the same inside a docker build step
    ("nginx-t-host-not-found-docker-build", "proxy-config-check-failed",
     "#9 [4/4] RUN nginx -t\n"
     "#9 0.212 nginx: [emerg] host not found in upstream \"api.partner.example.com:443\" in /etc/nginx/conf.d/app.conf:12\n"
     "#9 0.213 nginx: configuration file /etc/nginx/nginx.conf test failed\n"
     "#9 ERROR: process \"/bin/sh -c nginx -t\" did not complete successfully: exit code: 1\n" + _GHA),
    # haproxy -c on a name it could not resolve
    ("haproxy-c-could-not-resolve", "proxy-config-check-failed",
     "+ haproxy -c -f haproxy.cfg\n"
     "[ALERT]    (1) : config : parsing [haproxy.cfg:40] : 'server app1' : could not resolve address 'api.partner.example.com'.\n"
     "[ALERT]    (1) : config : Failed to initialize server(s) addr.\n[ALERT]    (1) : config : Fatal errors found in configuration.\n"
     + _GHA),
    # Go's "has expired or is not yet valid: current time X is before Y": a certificate minted ahead of the clock
    ("grpc-x509-not-yet-valid", "grpc-tls-handshake-untrusted",
     "+ etcdctl --cacert ca.pem --cert client.pem --key client-key.pem endpoint health\n"
     "{\"level\":\"warn\",\"msg\":\"grpc: addrConn.createTransport failed\",\"error\":\"connection error: desc = \\\"transport: authentication handshake failed: x509: certificate has expired or is not yet valid: current time 2026-03-01T10:00:00Z is before 2026-03-01T10:00:04Z\\\"\"}\n"
     "https://127.0.0.1:2379 is unhealthy: failed to commit proposal: context deadline exceeded\nError: unhealthy cluster\n" + _GHA),
    # go-multierror's bare "* permission denied" from an upload script: not Vault's answer
    ("multierror-bare-permission-denied", "vault-api-request-refused",
     "+ ./ci/upload-artifacts.sh\n1 error occurred:\n\t* permission denied\n" + _GHA),
]

# Read wrongly by entries and weighing outside these sections: left, each with its reason.
LEFT: list[tuple[str, str, str]] = [
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_reads(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


@pytest.mark.parametrize(("sig", "log"), [pytest.param(s, lg, id=c) for c, s, lg in NOT_THIS_ENTRY])
def test_not_this_entry(sig: str, log: str) -> None:
    v = judge(log)
    assert sig not in signatures(v), v.rationale
    assert not (v.verdict == "transient" and v.confidence >= 0.7), v.rationale




def test_unique_ids() -> None:
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT, NOT_THIS_ENTRY, LEFT)
