"""Fifteenth round, tool sources: service discovery, service meshes and reverse proxies run or tested in CI.

Covered: HashiCorp Consul (a dev agent, its CLI and Go API: "No cluster leader", "rpc error making call",
"ACL not found", "Permission denied: token ... lacks permission"), Nomad (job run/plan/validate: placement
failures, HCL errors, a deployment that failed, no leader), Vault in tests (a dev server not listening yet,
"Vault is sealed", "permission denied", routes that do not exist), etcd (etcdserver's "request timed out",
"leader changed", "no leader", "mvcc: database space exceeded", etcdctl's "context deadline exceeded"),
ZooKeeper (KeeperException's ConnectionLoss, Session expired, NoNode, NoAuth; the client's "Unable to read
additional data from server"; kazoo), Envoy (--mode validate: "error initializing configuration",
unknown fields, unknown clusters; "upstream connect error or disconnect/reset before headers", "no healthy
upstream"), Istio (istioctl install's "Istiod encountered an error", the sidecar injector's webhook, the
analyzers' IST0101 and IST0106), Linkerd (linkerd check: pods not ready, expired trust anchors and
issuers), CoreDNS (plugin/errors' upstream i/o timeout, plugin/loop, Corefile parse errors), Traefik (ACME
rate limits and refused challenges, the static configuration's unknown field), HAProxy (haproxy -c, "could
not resolve address", "Server x is DOWN"), Nginx (nginx -t: unknown directive, directive not allowed here,
a certificate it cannot load, "host not found in upstream", bind() in use) and Caddy (Caddyfile adapt
errors, a listener in use, ACME rate limits through CertMagic). The Kubernetes API server's own
"etcdserver: request timed out" and the admission webhook of ingress-nginx are in
test_tool_sources_containers.py and test_tool_sources_clusters_stores_push.py and are not repeated here.

Each case is a short log written for this test around one message as the tool prints it. The wording was
read from the tools' source (the comment above each case names the repository and file holding the format
string); Let's Encrypt's rate-limit problem documents are a service's and rest on its documentation
(letsencrypt.org/docs/rate-limits), said so above those cases. Hosts, services, keys and paths are made
up; no project's CI log is copied.

The rules the cases hold:
  * a cluster that has not elected a leader yet or lost it for a moment (Consul's and Nomad's "No cluster
    leader", etcd's "leader changed" and "no leader"), a request that timed out (etcd's "request timed
    out", Consul's RPC "i/o timeout"), a client that lost its ZooKeeper connection or session, a dev
    server or agent that refused the connection while it was starting, a proxy that could not reach a
    service that was starting ("upstream connect error ... connection failure", "no healthy upstream"),
    a webhook whose pod was not serving yet, a DNS upstream that timed out -> transient;
  * a configuration the tool refuses (nginx -t, haproxy -c, envoy --mode validate, a Caddyfile, a Corefile,
    Traefik's static configuration, a Nomad job file), a refused ACL, token or policy (Consul, Vault,
    ZooKeeper's NoAuth), a key or route that does not exist, an istioctl analyzer's error, an expired
    mesh certificate, a CoreDNS forwarding loop, a job whose constraints no node meets, an etcd whose
    space quota is exhausted -> real;
  * an ACME rate limit ("too many certificates already issued") -> real: Let's Encrypt counts certificates
    per registered domain and per exact set of names over a sliding week, so a rerun within the hour gets
    the same refusal; the pipeline has to use the staging endpoint or reuse its certificate;
  * wordings printed both for a slow start and for a persistent cause (an install or check that timed out
    waiting for pods, nginx's "host not found in upstream" and HAProxy's "could not resolve address"
    for a compose service that was not up or a name misspelt, "Server x is DOWN", a port already in use,
    "Vault is sealed", etcdctl's bare "context deadline exceeded", a Nomad deployment of unhealthy
    allocations, memory exhausted on the node) -> not surely transient;
  * near-misses: tests ABOUT these errors that fail on their assertions, an application's own log lines
    naming an upstream error beside a failing test, the ZooKeeper client's INFO reconnect lines above a
    failing assertion -> real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"
_MVN_END = "[INFO] BUILD FAILURE\n[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project orders-service: There are test failures.\n"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== Consul
    # hashicorp/consul agent/structs/errors.go (errNoLeader "No cluster leader"); api/api.go
    # ("Unexpected response code: %d (%s)"); command/kv/put/kv_put.go ("Error! Failed writing data: %s")
    ("consul-kv-put-no-cluster-leader", "transient",
     "+ consul agent -dev -client 0.0.0.0 > /tmp/consul.log 2>&1 &\n"
     "+ consul kv put config/orders/db_host 127.0.0.1\n"
     "Error! Failed writing data: Unexpected response code: 500 (No cluster leader)\n"
     + _GHA),
    # hashicorp/consul api/api.go as a Go integration test relays it
    ("consul-go-test-no-cluster-leader", "transient",
     "=== RUN   TestRegisterService\n"
     "    registry_test.go:44: register: Unexpected response code: 500 (No cluster leader)\n"
     "--- FAIL: TestRegisterService (0.21s)\n"
     "FAIL\n"
     "FAIL\tgithub.com/example/registry\t0.410s\n"
     + _GHA),
    # hashicorp/consul agent/pool/pool.go / agent/consul/rpc.go ("rpc error making call: %w") around the
    # net package's dial timeout; command/catalog ("Error listing services: %s")
    ("consul-rpc-error-making-call-io-timeout", "transient",
     "+ consul catalog services\n"
     "Error listing services: Unexpected response code: 500 (rpc error making call: rpc error making call: dial tcp 10.20.3.14:8300: i/o timeout)\n"
     + _CIRCLE),
    # hashicorp/consul command/flags/http.go -> api client, the agent not listening yet
    ("consul-agent-connection-refused", "transient",
     "+ consul members\n"
     "Error retrieving members: Get \"http://127.0.0.1:8500/v1/agent/members?segment=_all\": dial tcp 127.0.0.1:8500: connect: connection refused\n"
     + _GL),
    # hashicorp/consul acl/errors.go (ErrNotFound "ACL not found") through command/kv/get
    ("consul-acl-not-found", "real",
     "+ consul kv get -token-file=/run/secrets/consul-token config/orders/db_host\n"
     "Error querying Consul agent: Unexpected response code: 403 (ACL not found)\n"
     + _GHA),
    # hashicorp/consul acl/errors.go (PermissionDeniedError: "Permission denied: token with AccessorID '%s'
    # lacks permission '%s:%s' on %q"); command/services/register ("Error registering service %q: %s")
    ("consul-permission-denied-lacks-permission", "real",
     "+ consul services register web.hcl\n"
     "Error registering service \"web\": Unexpected response code: 403 (Permission denied: token with AccessorID '3f1c9a20-7b2e-4d11-9e0a-5c6d7e8f9012' lacks permission 'service:write' on \"web\")\n"
     + _GHA),
    # hashicorp/consul agent/structs/check_type.go validation through the register endpoint (400)
    ("consul-register-invalid-check", "real",
     "+ consul services register api.hcl\n"
     "Error registering service \"api\": Unexpected response code: 400 (Invalid check: TTL must be > 0 for TTL checks)\n"
     + _GHA),
    # ================================================================== Nomad
    # hashicorp/nomad nomad/structs/errors.go (errNoLeader "No cluster leader"); command/job_run.go
    # ("Error submitting job: %s")
    ("nomad-job-run-no-cluster-leader", "transient",
     "+ nomad agent -dev > /tmp/nomad.log 2>&1 &\n"
     "+ nomad job run ci/web.nomad.hcl\n"
     "Error submitting job: Unexpected response code: 500 (No cluster leader)\n"
     + _GHA),
    # hashicorp/nomad command/job_run.go with the api client, the dev agent not listening yet
    ("nomad-job-run-connection-refused", "transient",
     "+ nomad job run ci/web.nomad.hcl\n"
     "Error submitting job: Put \"http://127.0.0.1:4646/v1/jobs\": dial tcp 127.0.0.1:4646: connect: connection refused\n"
     + _CIRCLE),
    # hashicorp/nomad command/monitor.go ("Evaluation %q finished with status %q but failed to place all
    # allocations:", "Task Group %q (failed to place %d %s):", the metrics' "Constraint %q: %d nodes
    # excluded by filter")
    ("nomad-placement-constraint-filtered", "real",
     "==> 2026-03-01T10:12:03Z: Monitoring evaluation \"8d2f1a0b\"\n"
     "    2026-03-01T10:12:03Z: Evaluation triggered by job \"web\"\n"
     "    2026-03-01T10:12:04Z: Evaluation status changed: \"pending\" -> \"complete\"\n"
     "==> 2026-03-01T10:12:04Z: Evaluation \"8d2f1a0b\" finished with status \"complete\" but failed to place all allocations:\n"
     "    2026-03-01T10:12:04Z: Task Group \"web\" (failed to place 1 allocation):\n"
     "      * Constraint \"${attr.kernel.name} = windows\": 1 nodes excluded by filter\n"
     "    2026-03-01T10:12:04Z: Evaluation \"0c9e7d61\" waiting for additional capacity to place remainder\n"
     + _GHA),
    # hashicorp/nomad jobspec2 / hcl diagnostics ("Error getting job struct: Error parsing job file from %s:")
    ("nomad-job-file-unsupported-argument", "real",
     "+ nomad job run ci/web.nomad.hcl\n"
     "Error getting job struct: Error parsing job file from ci/web.nomad.hcl:\n"
     "web.nomad.hcl:14,7-11: Unsupported argument; An argument named \"cpus\" is not expected here. Did you mean \"cpu\"?\n"
     + _GHA),
    # hashicorp/nomad command/job_validate.go ("Job validation errors:\n%s") over nomad/structs Validate
    ("nomad-job-validate-errors", "real",
     "+ nomad job validate ci/worker.nomad.hcl\n"
     "Job validation errors:\n"
     "1 error occurred:\n"
     "\t* Task group worker validation failed: 1 error occurred:\n"
     "\t* Task worker validation failed: 1 error occurred:\n"
     "\t* Missing job driver\n"
     + _GHA),
    # ================================================================== Vault
    # hashicorp/vault api/response.go ("Error making API request.\n\nURL: %s %s\nCode: %d. Errors:\n\n* %s"),
    # a dev server started in the background and not listening yet; command/auth_enable.go
    ("vault-dev-auth-enable-connection-refused", "transient",
     "+ vault server -dev -dev-root-token-id=root > /tmp/vault.log 2>&1 &\n"
     "+ vault auth enable approle\n"
     "Error enabling approle auth: Post \"http://127.0.0.1:8200/v1/sys/auth/approle\": dial tcp 127.0.0.1:8200: connect: connection refused\n"
     + _GHA),
    # hashicorp/vault sdk/logical/error.go (ErrPermissionDenied "permission denied") via api/response.go;
    # command/kv_put.go ("Error writing data to %s: %s")
    ("vault-kv-put-permission-denied", "real",
     "+ vault kv put secret/ci/orders api_key=dummy\n"
     "Error writing data to secret/data/ci/orders: Error making API request.\n"
     "\n"
     "URL: PUT http://127.0.0.1:8200/v1/secret/data/ci/orders\n"
     "Code: 403. Errors:\n"
     "\n"
     "* permission denied\n"
     + _GHA),
    # hashicorp/vault vault/router.go ("no handler for route %q. route entry not found.")
    ("vault-no-handler-for-route", "real",
     "+ vault kv get kv/orders\n"
     "Error reading kv/data/orders: Error making API request.\n"
     "\n"
     "URL: GET http://127.0.0.1:8200/v1/kv/data/orders\n"
     "Code: 404. Errors:\n"
     "\n"
     "* no handler for route \"kv/data/orders\". route entry not found.\n"
     + _GHA),
    # ================================================================== etcd
    # etcd-io/etcd server/etcdserver/errors/errors.go (ErrLeaderChanged "etcdserver: leader changed");
    # etcdctl's ExitWithError ("Error: %v")
    ("etcdctl-put-leader-changed", "transient",
     "+ etcdctl --endpoints=http://127.0.0.1:2379 put /config/orders/mode blue\n"
     "{\"level\":\"warn\",\"ts\":\"2026-03-01T10:12:05.114Z\",\"logger\":\"etcd-client\",\"caller\":\"v3/retry_interceptor.go:62\",\"msg\":\"retrying of unary invoker failed\",\"target\":\"etcd-endpoints://0xc000194000/127.0.0.1:2379\",\"attempt\":0,\"error\":\"rpc error: code = Unavailable desc = etcdserver: leader changed\"}\n"
     "Error: etcdserver: leader changed\n"
     + _GHA),
    # etcd-io/etcd server/etcdserver/errors/errors.go (ErrTimeout "etcdserver: request timed out") as a Go
    # test of a lock package relays it
    ("etcd-go-test-request-timed-out", "transient",
     "=== RUN   TestLeaseKeepAlive\n"
     "    lease_test.go:58: grant: etcdserver: request timed out\n"
     "--- FAIL: TestLeaseKeepAlive (7.02s)\n"
     "FAIL\n"
     "FAIL\tgithub.com/example/locker\t7.311s\n"
     + _GHA),
    # etcd-io/etcd server/etcdserver/errors/errors.go (ErrNoLeader "etcdserver: no leader") while the
    # three-member test cluster elected one
    ("etcd-go-test-no-leader", "transient",
     "=== RUN   TestElectionCampaign\n"
     "    election_test.go:31: campaign: rpc error: code = Unavailable desc = etcdserver: no leader\n"
     "--- FAIL: TestElectionCampaign (5.01s)\n"
     "FAIL\n"
     "FAIL\tgithub.com/example/elect\t5.207s\n"
     + _GHA),
    # etcd-io/etcd server/etcdserver/errors/errors.go / api/v3rpc/rpctypes (ErrNoSpace "etcdserver: mvcc:
    # database space exceeded"): the quota alarm stays raised until the keyspace is compacted and defragmented;
    # a fresh etcd fills the same way when the tests write the same data
    ("etcd-mvcc-database-space-exceeded", "real",
     "+ etcdctl put /fixtures/blob-0412 \"$(cat fixtures/blob.bin)\"\n"
     "{\"level\":\"warn\",\"ts\":\"2026-03-01T10:12:05.114Z\",\"logger\":\"etcd-client\",\"caller\":\"v3/retry_interceptor.go:62\",\"msg\":\"retrying of unary invoker failed\",\"target\":\"etcd-endpoints://0xc000194000/127.0.0.1:2379\",\"attempt\":0,\"error\":\"rpc error: code = ResourceExhausted desc = etcdserver: mvcc: database space exceeded\"}\n"
     "Error: etcdserver: mvcc: database space exceeded\n"
     + _GHA),
    # grpc-go internal/transport ("transport: authentication handshake failed: %v") over crypto/x509, as a
    # service under test relays its etcd client's error: an untrusted CA in the test's certificates
    ("etcd-client-tls-unknown-authority", "real",
     "+ ./bin/scheduler --etcd-endpoints=https://127.0.0.1:2379 --etcd-cafile=certs/ca.pem --smoke\n"
     "2026/03/01 10:12:05 scheduler: connecting to etcd at https://127.0.0.1:2379\n"
     "2026/03/01 10:12:10 fatal: etcd: rpc error: code = Unavailable desc = connection error: desc = \"transport: authentication handshake failed: tls: failed to verify certificate: x509: certificate signed by unknown authority\"\n"
     + _GHA),
    # ================================================================== ZooKeeper
    # apache/zookeeper zookeeper-server/src/main/java/org/apache/zookeeper/KeeperException.java
    # (getCodeMessage: "ConnectionLoss", "KeeperErrorCode = %s for %s")
    ("zookeeper-connection-loss-in-test", "transient",
     "[INFO] Running org.example.coord.LeaderLatchIT\n"
     "[ERROR] Tests run: 3, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 21.4 s <<< FAILURE! -- in org.example.coord.LeaderLatchIT\n"
     "[ERROR] org.example.coord.LeaderLatchIT.electsOneLeader -- Time elapsed: 15.2 s <<< ERROR!\n"
     "org.apache.zookeeper.KeeperException$ConnectionLossException: KeeperErrorCode = ConnectionLoss for /latch/orders\n"
     "\tat org.apache.zookeeper.KeeperException.create(KeeperException.java:102)\n"
     + _MVN_END),
    # apache/zookeeper KeeperException.java ("Session expired")
    ("zookeeper-session-expired-in-test", "transient",
     "[INFO] Running org.example.coord.LockServiceIT\n"
     "[ERROR] org.example.coord.LockServiceIT.releasesOnClose -- Time elapsed: 31.0 s <<< ERROR!\n"
     "org.apache.zookeeper.KeeperException$SessionExpiredException: KeeperErrorCode = Session expired for /locks/orders-0000000003\n"
     "\tat org.apache.zookeeper.KeeperException.create(KeeperException.java:134)\n"
     "[ERROR] Tests run: 5, Failures: 0, Errors: 1, Skipped: 0\n"
     + _MVN_END),
    # python-zk/kazoo kazoo/exceptions.py (ConnectionLoss) and kazoo/handlers/threading.py
    # (KazooTimeoutError "Connection time-out")
    ("kazoo-connection-timeout", "transient",
     "tests/test_registry.py::test_register_node FAILED\n"
     "E       kazoo.handlers.threading.KazooTimeoutError: Connection time-out\n"
     "FAILED tests/test_registry.py::test_register_node - kazoo.handlers.threading.KazooTimeoutError: Connection time-out\n"
     "========================= 1 failed, 14 passed in 18.22s =========================\n"
     + _GHA),
    # apache/kafka core/src/main/scala/kafka/zookeeper/ZooKeeperClient.scala ("Timed out waiting for
    # connection while in state: %s")
    ("kafka-zookeeper-client-timeout", "transient",
     "[2026-03-01 10:12:41,022] ERROR Fatal error during KafkaServer startup. Prepare to shutdown (kafka.server.KafkaServer)\n"
     "kafka.zookeeper.ZooKeeperClientTimeoutException: Timed out waiting for connection while in state: CONNECTING\n"
     "\tat kafka.zookeeper.ZooKeeperClient.waitUntilConnected(ZooKeeperClient.scala:271)\n"
     "Error: broker did not come up within 60s\n"
     + _GHA),
    # apache/zookeeper KeeperException.java ("NoNode")
    ("zookeeper-no-node-real", "real",
     "[INFO] Running org.example.config.ZkConfigSourceTest\n"
     "[ERROR] org.example.config.ZkConfigSourceTest.loadsDefaults -- Time elapsed: 0.41 s <<< ERROR!\n"
     "org.apache.zookeeper.KeeperException$NoNodeException: KeeperErrorCode = NoNode for /config/orders/defaults\n"
     "\tat org.apache.zookeeper.KeeperException.create(KeeperException.java:118)\n"
     "[ERROR] Tests run: 6, Failures: 0, Errors: 1, Skipped: 0\n"
     + _MVN_END),
    # apache/zookeeper KeeperException.java ("NoAuth"): the ACL on the node refuses the client
    ("zookeeper-no-auth-real", "real",
     "[ERROR] org.example.config.ZkWriterIT.writesFlag -- Time elapsed: 0.88 s <<< ERROR!\n"
     "org.apache.zookeeper.KeeperException$NoAuthException: KeeperErrorCode = NoAuth for /flags/checkout\n"
     "\tat org.apache.zookeeper.KeeperException.create(KeeperException.java:120)\n"
     "[ERROR] Tests run: 2, Failures: 0, Errors: 1, Skipped: 0\n"
     + _MVN_END),
    # apache/zookeeper ClientCnxnSocketNIO.java ("Unable to read additional data from server sessionid 0x%s,
    # likely server has closed socket") at INFO while it reconnects, above an assertion that fails
    ("zookeeper-reconnect-info-then-assertion", "real",
     "10:12:03.118 [main-SendThread(127.0.0.1:2181)] INFO org.apache.zookeeper.ClientCnxn - Unable to read additional data from server sessionid 0x0, likely server has closed socket, closing socket connection and attempting reconnect\n"
     "10:12:04.331 [main-SendThread(127.0.0.1:2181)] INFO org.apache.zookeeper.ClientCnxn - Session establishment complete on server 127.0.0.1/127.0.0.1:2181\n"
     "[ERROR] org.example.coord.MembershipIT.listsMembers -- Time elapsed: 2.1 s <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <3> but was: <2>\n"
     "[ERROR] Tests run: 4, Failures: 1, Errors: 0, Skipped: 0\n"
     + _MVN_END),
    # ================================================================== Envoy
    # envoyproxy/envoy source/common/router/router.cc / source/common/http/utility.cc (the local reply
    # "upstream connect error or disconnect/reset before headers. reset reason: %s, transport failure reason:
    # %s") as a smoke test's curl prints the body
    ("envoy-upstream-connect-error-smoke", "transient",
     "+ docker compose up -d\n"
     "+ curl -fsS http://localhost:10000/healthz\n"
     "upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111\n"
     "curl: (22) The requested URL returned error: 503\n"
     + _GHA),
    # envoyproxy/envoy source/common/upstream/cluster_manager_impl.cc ("no healthy upstream") through a
    # Go e2e test of the gateway
    ("envoy-no-healthy-upstream-e2e", "transient",
     "=== RUN   TestGatewayRoutesToOrders\n"
     "    gateway_test.go:72: GET http://127.0.0.1:8080/orders: status 503, body \"no healthy upstream\"\n"
     "--- FAIL: TestGatewayRoutesToOrders (30.04s)\n"
     "FAIL\n"
     + _GHA),
    # envoyproxy/envoy source/extensions/config_subscription/grpc/grpc_stream.h ("{} gRPC config stream to
    # {} closed since {}s ago: {}, {}") while the control plane started
    ("envoy-xds-stream-closed-upstream-connect", "transient",
     "[2026-03-01 10:12:05.114][1][warning][config] [source/extensions/config_subscription/grpc/grpc_stream.h:193] StreamAggregatedResources gRPC config stream to xds_cluster closed since 34s ago: 14, upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111\n"
     "Error: envoy did not report LIVE within 30s\n"
     + _GHA),
    # envoyproxy/envoy source/server/config_validation/server.cc ("error initializing configuration '{}':
    # {}") over source/common/router/config_impl.cc ("route: unknown cluster '{}'")
    ("envoy-validate-unknown-cluster", "real",
     "+ envoy --mode validate -c deploy/envoy.yaml\n"
     "[2026-03-01 10:12:05.114][12][info][main] [source/server/server.cc:430] initializing epoch 0\n"
     "[2026-03-01 10:12:05.220][12][critical][main] [source/server/config_validation/server.cc:68] error initializing configuration 'deploy/envoy.yaml': route: unknown cluster 'orders_cluster'\n"
     "route: unknown cluster 'orders_cluster'\n"
     + _GHA),
    # envoyproxy/envoy source/common/protobuf/utility.cc / message_validator_impl.cc ("Protobuf message (type
    # {} reason {}) has unknown fields")
    ("envoy-validate-unknown-fields", "real",
     "+ envoy --mode validate -c deploy/envoy.yaml\n"
     "[2026-03-01 10:12:05.220][12][critical][main] [source/server/config_validation/server.cc:68] error initializing configuration 'deploy/envoy.yaml': Protobuf message (type envoy.config.bootstrap.v3.Bootstrap reason INVALID_ARGUMENT:static_resources.clusters[0]: Cannot find field.) has unknown fields\n"
     + _CIRCLE),
    # envoyproxy/envoy envoy/config/utility.h ("Didn't find a registered implementation for '{}' with type
    # URL: '{}'")
    ("envoy-validate-no-registered-implementation", "real",
     "+ envoy --mode validate -c deploy/envoy.yaml\n"
     "[2026-03-01 10:12:05.220][12][critical][main] [source/server/config_validation/server.cc:68] error initializing configuration 'deploy/envoy.yaml': Didn't find a registered implementation for 'envoy.filters.http.rbac_v2' with type URL: 'envoy.extensions.filters.http.rbac.v3.RBAC'\n"
     + _GHA),
    # ================================================================== Istio
    # istio/istio the API server's admission webhook call (apiserver's "failed calling webhook %q: failed to
    # call webhook: %v") for istiod's sidecar injector not serving yet
    ("istio-sidecar-injector-webhook-deadline", "transient",
     "+ kubectl apply -n bookstore -f samples/store.yaml\n"
     "Error from server (InternalError): error when creating \"samples/store.yaml\": Internal error occurred: failed calling webhook \"namespace.sidecar-injector.istio.io\": failed to call webhook: Post \"https://istiod.istio-system.svc:443/inject?timeout=10s\": context deadline exceeded\n"
     + _GHA),
    ("istio-validation-webhook-no-endpoints", "transient",
     "+ kubectl apply -f mesh/gateway.yaml\n"
     "Error from server (InternalError): error when creating \"mesh/gateway.yaml\": Internal error occurred: failed calling webhook \"validation.istio.io\": failed to call webhook: Post \"https://istiod.istio-system.svc:443/validate?timeout=10s\": no endpoints available for service \"istiod\"\n"
     + _GHA),
    # istio/istio pkg/config/analysis/msg/messages.yaml (IST0101 ReferencedResourceNotFound "Referenced %s
    # not found: %q"); istioctl/pkg/analyze ("Error: Analyzers found issues when analyzing %s.")
    ("istioctl-analyze-ist0101", "real",
     "+ istioctl analyze -n bookstore\n"
     "Error [IST0101] (VirtualService bookstore/reviews) Referenced host not found: \"reviews-v3\"\n"
     "Error: Analyzers found issues when analyzing namespace: bookstore.\n"
     "See https://istio.io/v1.22/docs/reference/config/analysis for more information about causes and resolutions.\n"
     + _GHA),
    # istio/istio messages.yaml (IST0106 SchemaValidationError "Schema validation error: %v")
    ("istioctl-analyze-ist0106-schema", "real",
     "+ istioctl analyze mesh/ --use-kube=false\n"
     "Error [IST0106] (DestinationRule reviews mesh/reviews-dr.yaml:7) Schema validation error: host must be a valid FQDN or a wildcard\n"
     "Error: Analyzers found issues.\n"
     "See https://istio.io/v1.22/docs/reference/config/analysis for more information about causes and resolutions.\n"
     + _GHA),
    # ================================================================== Linkerd
    # linkerd/linkerd2 pkg/healthcheck/healthcheck.go ("trust anchors are within their validity period",
    # "Invalid anchors:", "%s not valid anymore. Expired on %s"; "Status check results are %s")
    ("linkerd-check-trust-anchor-expired", "real",
     "+ linkerd check\n"
     "linkerd-identity\n"
     "----------------\n"
     "√ certificate config is valid\n"
     "× trust anchors are within their validity period\n"
     "    Invalid anchors:\n"
     "\t* 2118274610342 root.linkerd.cluster.local not valid anymore. Expired on 2026-02-27T08:00:00Z\n"
     "    see https://linkerd.io/2/checks/#l5d-identity-trustAnchors-are-time-valid for hints\n"
     "\n"
     "Status check results are ×\n"
     + _GHA),
    # linkerd/linkerd2 pkg/healthcheck/healthcheck.go ("issuer cert is within its validity period")
    ("linkerd-check-issuer-expired", "real",
     "+ linkerd check --proxy\n"
     "√ trust anchors are valid for at least 60 days\n"
     "× issuer cert is within its validity period\n"
     "    issuer certificate is not valid anymore. Expired on 2026-02-28T12:00:00Z\n"
     "    see https://linkerd.io/2/checks/#l5d-identity-issuer-cert-is-time-valid for hints\n"
     "\n"
     "Status check results are ×\n"
     + _CIRCLE),
    # ================================================================== CoreDNS
    # coredns/coredns plugin/errors/errors.go ("%d %s %s: %v" at [ERROR] plugin/errors) for the forward
    # plugin's upstream read timing out, as a kind job dumps CoreDNS's log under a lookup that failed
    ("coredns-upstream-io-timeout", "transient",
     "    resolver_test.go:40: lookup api.example.org on 10.96.0.10:53: read udp 10.244.0.7:41822->10.96.0.10:53: i/o timeout\n"
     "--- FAIL: TestResolveExternal (10.02s)\n"
     "+ kubectl -n kube-system logs deploy/coredns\n"
     "[ERROR] plugin/errors: 2 api.example.org. A: read udp 10.244.0.3:45123->172.18.0.1:53: i/o timeout\n"
     + _GHA),
    # coredns/coredns plugin/loop/loop.go ("Loop (%s -> %s) detected for zone %q, see
    # https://coredns.io/plugins/loop#troubleshooting. Query: %q")
    ("coredns-loop-detected", "real",
     "+ kubectl -n kube-system logs deploy/coredns\n"
     "[INFO] plugin/reload: Running configuration SHA512 = 4f2a0c1b\n"
     "[FATAL] plugin/loop: Loop (127.0.0.1:48211 -> :53) detected for zone \".\", see https://coredns.io/plugins/loop#troubleshooting. Query: \"HINFO 3402171177.2031942111.\"\n"
     "Error: coredns pods in CrashLoopBackOff\n"
     + _GHA),
    # coredns/caddy caddyfile/parse.go ("Unknown directive '%s'") through coredns's "%s:%d - Error during
    # parsing: %s"
    ("coredns-corefile-unknown-directive", "real",
     "+ coredns -conf ci/Corefile -dns.port 1053 &\n"
     "ci/Corefile:4 - Error during parsing: Unknown directive 'foward'\n"
     + _GHA),
    # ================================================================== Traefik
    # traefik/traefik pkg/provider/acme/provider.go ("Unable to obtain ACME certificate for domains") around
    # go-acme/lego's problem text; the rateLimited problem and its wording per letsencrypt.org/docs/rate-limits
    # (doc, closed service): a weekly quota, the same answer for days
    ("traefik-acme-rate-limited", "real",
     "traefik  | 2026-03-01T10:12:05Z ERR Unable to obtain ACME certificate for domains error=\"unable to generate a certificate for the domains [preview.example.org]: acme: error: 429 :: POST :: https://acme-v02.api.letsencrypt.org/acme/new-order :: urn:ietf:params:acme:error:rateLimited :: too many certificates already issued for exact set of identifiers in the last 168h0m0s\" ACME CA=https://acme-v02.api.letsencrypt.org/directory providerName=le.acme\n"
     "Error: https://preview.example.org served TRAEFIK DEFAULT CERT\n"
     + _GHA),
    # traefik/traefik the same provider message with lego's DNS problem (NXDOMAIN): a record that does not exist
    ("traefik-acme-nxdomain", "real",
     "traefik  | 2026-03-01T10:12:05Z ERR Unable to obtain ACME certificate for domains error=\"unable to generate a certificate for the domains [staging.example.org]: error: one or more domains had a problem:\\n[staging.example.org] invalid authorization: acme: error: 400 :: urn:ietf:params:acme:error:dns :: DNS problem: NXDOMAIN looking up A for staging.example.org - check that a DNS record exists for this domain\\n\" providerName=le.acme\n"
     "Error: certificate check failed for staging.example.org\n"
     + _GHA),
    # traefik/paerser parser ("field not found, node: %s") through traefik's cmd ("command %s error: %v")
    ("traefik-static-config-field-not-found", "real",
     "+ traefik --configfile=ci/traefik.yml\n"
     "2026/03/01 10:12:05 command traefik error: field not found, node: adress\n"
     + _GHA),
    # ================================================================== HAProxy
    # haproxy/haproxy src/cfgparse.c ("parsing [%s:%d] : unknown keyword '%s' in '%s' section"), src/haproxy.c
    # ("Fatal errors found in configuration.")
    ("haproxy-c-unknown-keyword", "real",
     "+ haproxy -c -f deploy/haproxy.cfg\n"
     "[NOTICE]   (1) : haproxy version is 2.9.4\n"
     "[ALERT]    (1) : config : parsing [deploy/haproxy.cfg:12] : unknown keyword 'tiemout' in 'defaults' section\n"
     "[ALERT]    (1) : config : Error(s) found in configuration file : deploy/haproxy.cfg\n"
     "[ALERT]    (1) : config : Fatal errors found in configuration.\n"
     + _GHA),
    # haproxy/haproxy src/cfgparse-listen.c ("Proxy '%s': unable to find required default_backend: '%s'.")
    ("haproxy-c-missing-default-backend", "real",
     "+ haproxy -c -f deploy/haproxy.cfg\n"
     "[ALERT]    (1) : config : Proxy 'fe_main': unable to find required default_backend: 'be_app'.\n"
     "[ALERT]    (1) : config : Fatal errors found in configuration.\n"
     + _CIRCLE),
    # ================================================================== Nginx
    # nginx/nginx src/core/ngx_conf_file.c ("unknown directive \"%s\""), src/core/nginx.c ("configuration file
    # %s test failed")
    ("nginx-t-unknown-directive", "real",
     "+ nginx -t -c /etc/nginx/nginx.conf\n"
     "nginx: [emerg] unknown directive \"proxy_pas\" in /etc/nginx/conf.d/app.conf:14\n"
     "nginx: configuration file /etc/nginx/nginx.conf test failed\n"
     + _GHA),
    # nginx/nginx src/core/ngx_conf_file.c ("\"%s\" directive is not allowed here")
    ("nginx-t-directive-not-allowed-here", "real",
     "#9 [4/4] RUN nginx -t\n"
     "#9 0.212 nginx: [emerg] \"server\" directive is not allowed here in /etc/nginx/conf.d/site.conf:1\n"
     "#9 0.213 nginx: configuration file /etc/nginx/nginx.conf test failed\n"
     "#9 ERROR: process \"/bin/sh -c nginx -t\" did not complete successfully: exit code: 1\n"
     + _GHA),
    # nginx/nginx src/event/ngx_event_openssl.c ("cannot load certificate \"%s\"")
    ("nginx-t-cannot-load-certificate", "real",
     "+ nginx -t\n"
     "nginx: [emerg] cannot load certificate \"/etc/nginx/certs/site.crt\": BIO_new_file() failed (SSL: error:80000002:system library::No such file or directory:calling fopen(/etc/nginx/certs/site.crt, r) error:10000080:BIO routines::no such file)\n"
     "nginx: configuration file /etc/nginx/nginx.conf test failed\n"
     + _GL),
    # ================================================================== Caddy
    # caddyserver/caddy caddyconfig/httpcaddyfile/httptype.go / caddyfile dispenser ("%s:%d - Error during
    # parsing: unrecognized directive: %s"); cmd ("adapting config using %s: %v")
    ("caddy-adapt-unrecognized-directive", "real",
     "+ caddy adapt --config Caddyfile --validate\n"
     "Error: adapting config using caddyfile: Caddyfile:6 - Error during parsing: unrecognized directive: reverse_prox\n"
     + _GHA),
    # caddyserver/caddy caddyconfig/httpcaddyfile/httptype.go ("ambiguous site definition: %s")
    ("caddy-adapt-ambiguous-site", "real",
     "+ caddy validate --config Caddyfile\n"
     "Error: adapting config using caddyfile: ambiguous site definition: :8080\n"
     + _GHA),
    # caddyserver/certmagic (the issuer's error "HTTP %d %s - %s" via mholt/acmez's problem) for
    # Let's Encrypt's rate limit (doc: letsencrypt.org/docs/rate-limits)
    ("caddy-acme-rate-limited", "real",
     "caddy  | {\"level\":\"error\",\"ts\":1772359925.11,\"logger\":\"tls.obtain\",\"msg\":\"could not get certificate from issuer\",\"identifier\":\"demo.example.org\",\"issuer\":\"acme-v02.api.letsencrypt.org-directory\",\"error\":\"HTTP 429 urn:ietf:params:acme:error:rateLimited - too many certificates (5) already issued for this exact set of identifiers in the last 168h0m0s, retry after 2026-03-03 19:02:11 UTC\"}\n"
     "Error: TLS check of https://demo.example.org failed\n"
     + _GHA),
    # ================================================================== a port held, a service starting
    # (the catalogue's port-in-use convention: a port held by another process on the runner; a rerun gets a
    # fresh machine) and a proxy or client that could not reach a service that was starting
    # nginx/nginx src/core/ngx_connection.c ("bind() to %V failed")
    ("nginx-bind-address-in-use", "transient",
     "+ nginx -c $PWD/ci/nginx.conf\n"
     "nginx: [emerg] bind() to 0.0.0.0:8080 failed (98: Address already in use)\n"
     "nginx: [emerg] still could not bind()\n"
     + _GHA),
    # nginx/nginx src/http/ngx_http_upstream.c ("connect() failed (%d: %s) while connecting to upstream"):
    # the app starting, or the app crashed
    ("nginx-connect-refused-to-upstream-502", "transient",
     "+ curl -fsS http://localhost:8080/api/health\n"
     "curl: (22) The requested URL returned error: 502\n"
     "+ docker compose logs web\n"
     "web-1  | 2026/03/01 10:12:05 [error] 29#29: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 172.18.0.1, server: _, request: \"GET /api/health HTTP/1.1\", upstream: \"http://172.18.0.3:8000/api/health\"\n"
     + _GHA),
    # haproxy/haproxy src/server.c (srv_append_status: "Server %s/%s is DOWN, reason: %s") and src/backend.c
    # ("backend '%s' has no server available!")
    ("haproxy-server-down-layer4", "transient",
     "lb-1  | [WARNING]  (8) : Server be_app/app1 is DOWN, reason: Layer4 connection problem, info: \"Connection refused\", check duration: 0ms. 0 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.\n"
     "lb-1  | [ALERT]    (8) : backend 'be_app' has no server available!\n"
     "Error: smoke test got 503 from http://localhost:8080/\n"
     + _GHA),
    # caddyserver/caddy listeners.go ("listen tcp %s: bind: address already in use" via net) through cmd
    # ("loading initial config: %v")
    ("caddy-bind-address-in-use", "transient",
     "+ caddy run --config Caddyfile &\n"
     "Error: loading initial config: loading new config: http app module: start: listening on :8080: listen tcp :8080: bind: address already in use\n"
     + _GHA),
    # etcd-io/etcd etcdctl/ctlv3/command/ep_command.go ("%s is unhealthy: failed to commit proposal: %v"):
    # a member not up, or the wrong endpoint or certificates
    ("etcdctl-endpoint-health-deadline", "transient",
     "+ etcdctl --endpoints=https://127.0.0.1:2379 endpoint health\n"
     "https://127.0.0.1:2379 is unhealthy: failed to commit proposal: context deadline exceeded\n"
     "Error: unhealthy cluster\n"
     + _GHA),
    # hashicorp/consul agent/agent.go ("Failed to start Consul server: %v") with the listener's bind error
    ("consul-dev-bind-in-use", "transient",
     "+ consul agent -dev\n"
     "==> Starting Consul agent...\n"
     "==> Error starting agent: Failed to start Consul server: Failed to start RPC layer: listen tcp 127.0.0.1:8300: bind: address already in use\n"
     + _GHA),
    # ================================================================== near-misses: tests ABOUT these errors
    # a Go unit test of a retry wrapper that names Consul's "No cluster leader" and fails on its count
    ("near-miss-go-test-about-no-leader", "real",
     "=== RUN   TestRetriesOnNoClusterLeader\n"
     "    retry_test.go:33: after \"Unexpected response code: 500 (No cluster leader)\": want 3 attempts, got 1\n"
     "--- FAIL: TestRetriesOnNoClusterLeader (0.00s)\n"
     "FAIL\n"
     "FAIL\tgithub.com/example/discovery/retry\t0.012s\n"
     + _GHA),
    # a pytest of a proxy-config generator whose expected body quotes Envoy's local reply
    ("near-miss-pytest-about-upstream-connect-error", "real",
     "    def test_maps_local_reply():\n"
     ">       assert render_error(503) == \"upstream connect error or disconnect/reset before headers\"\n"
     "E       AssertionError: assert 'service unavailable' == 'upstream connect error or disconnect/reset before headers'\n"
     "FAILED tests/test_errors.py::test_maps_local_reply - AssertionError: assert 'service unavailable' == 'upstream conn...\n"
     "========================= 1 failed, 22 passed in 0.91s =========================\n"
     + _GHA),
    # an application's own log line about an upstream it retried, beside a failing assertion
    ("near-miss-app-log-upstream-beside-assertion", "real",
     "2026-03-01T10:12:05Z WARN gateway: upstream connect error to orders:8081 (attempt 1/3), retrying\n"
     "2026-03-01T10:12:06Z INFO gateway: orders:8081 healthy\n"
     "    routes_test.go:88: GET /orders/17: want status 200, got 404\n"
     "--- FAIL: TestOrderRoute (1.20s)\n"
     "FAIL\n"
     "FAIL\tgithub.com/example/gateway\t1.402s\n"
     + _GHA),
    # an etcd-backed store's test whose name says "leader changed" and fails on a value
    ("near-miss-test-named-leader-changed", "real",
     "=== RUN   TestWatchSurvivesLeaderChanged\n"
     "    watch_test.go:120: got revision 41, want 42\n"
     "--- FAIL: TestWatchSurvivesLeaderChanged (2.31s)\n"
     "FAIL\n"
     "FAIL\tgithub.com/example/kvstore\t2.604s\n"
     + _GHA),
    # a package named after a mesh tool, failing to compile
    ("near-miss-compile-error-consul-package", "real",
     "# github.com/example/app/internal/consulwatch\n"
     "internal/consulwatch/watch.go:41:12: undefined: api.NoClusterLeaderErr\n"
     "FAIL\tgithub.com/example/app/internal/consulwatch [build failed]\n"
     + _GHA),
    # a pytest that expects kazoo's ConnectionLoss and fails because none was raised (pytest's "DID NOT RAISE")
    ("near-miss-pytest-did-not-raise-connection-loss", "real",
     "    def test_lock_gives_up_when_disconnected(zk):\n"
     ">       with pytest.raises(ConnectionLoss):\n"
     "E       Failed: DID NOT RAISE <class 'kazoo.exceptions.ConnectionLoss'>\n"
     "FAILED tests/test_lock.py::test_lock_gives_up_when_disconnected - Failed: DID NOT RAISE <class 'kazoo.exceptions.ConnectionLoss'>\n"
     "========================= 1 failed, 9 passed in 2.14s =========================\n"
     + _GHA),
    # a JUnit assertThrows that names ZooKeeper's ConnectionLoss and fails because nothing was thrown
    ("near-miss-junit-expected-connection-loss", "real",
     "[ERROR] org.example.coord.ZkClientTest.failsFastWhenDisconnected -- Time elapsed: 0.05 s <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: Expected org.apache.zookeeper.KeeperException$ConnectionLossException to be thrown, but nothing was thrown.\n"
     "[ERROR] Tests run: 7, Failures: 1, Errors: 0, Skipped: 0\n"
     + _MVN_END),
    # the service's own INFO line about a ZooKeeper reconnect it handled, above an assertion that fails
    ("near-miss-zk-reconnect-handled-then-assertion", "real",
     "10:12:03.118 INFO  o.e.c.Registry - KeeperErrorCode = ConnectionLoss for /services/orders, retrying in 200 ms\n"
     "10:12:03.331 INFO  o.e.c.Registry - registered /services/orders/0000000001\n"
     "[ERROR] org.example.coord.RegistryIT.listsInstances -- Time elapsed: 1.3 s <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <[orders-1, orders-2]> but was: <[orders-1]>\n"
     "[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0\n"
     + _MVN_END),
    # a Go test of a Vault client wrapper that quotes "permission denied" in its expected value
    ("near-miss-go-test-about-vault-permission-denied", "real",
     "=== RUN   TestReadSecretDenied\n"
     "    secrets_test.go:61: error = <nil>, want one containing \"permission denied\"\n"
     "--- FAIL: TestReadSecretDenied (0.01s)\n"
     "FAIL\n"
     "FAIL\tgithub.com/example/secrets\t0.031s\n"
     + _GHA),
    # a Go test of an ACME wrapper whose table names the rate-limit problem type and fails on its count
    ("near-miss-go-test-about-acme-rate-limit", "real",
     "=== RUN   TestBackoffOnRateLimited\n"
     "    acme_test.go:47: after urn:ietf:params:acme:error:rateLimited: want 0 retries, got 2\n"
     "--- FAIL: TestBackoffOnRateLimited (0.00s)\n"
     "FAIL\n"
     "FAIL\tgithub.com/example/certs\t0.014s\n"
     + _GHA),
]

# Wordings printed both for a slow start and for a persistent cause: no transient verdict at 0.7 or more.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # istio/istio operator/pkg/install ("%s encountered an error: %v") with the wait's "resources not ready
    # after %v: %v": slow image pulls, or a runner too small, or a broken istiod
    ("istioctl-install-istiod-not-ready",
     "+ istioctl install --set profile=minimal -y\n"
     "✔ Istio core installed\n"
     "✘ Istiod encountered an error: failed to wait for resource: resources not ready after 5m0s: context deadline exceeded\n"
     "  Deployment/istio-system/istiod (containers with unready status: [discovery])\n"
     "Error: failed to install manifests: errors occurred during operation\n"
     + _GHA),
    # linkerd/linkerd2 pkg/healthcheck/healthcheck.go ("control plane pods are ready", "No running pods for %q")
    ("linkerd-check-control-plane-pods-not-ready",
     "+ linkerd check --wait 3m\n"
     "linkerd-existence\n"
     "-----------------\n"
     "√ 'linkerd-config' config map exists\n"
     "× control plane pods are ready\n"
     "    No running pods for \"linkerd-destination\"\n"
     "    see https://linkerd.io/2/checks/#l5d-api-control-ready for hints\n"
     "\n"
     "Status check results are ×\n"
     + _GHA),
    # nginx/nginx src/core/ngx_inet.c / src/http/ngx_http_upstream.c ("host not found in upstream \"%V\""):
    # a compose service not up yet, or a name misspelt
    ("nginx-host-not-found-in-upstream",
     "web-1  | nginx: [emerg] host not found in upstream \"app:8000\" in /etc/nginx/conf.d/default.conf:3\n"
     "web-1 exited with code 1\n"
     + _GHA),
    # haproxy/haproxy src/server.c / src/tools.c ("'server %s' : could not resolve address '%s'.")
    ("haproxy-could-not-resolve-address",
     "+ haproxy -c -f deploy/haproxy.cfg\n"
     "[ALERT]    (1) : config : parsing [deploy/haproxy.cfg:31] : 'server app1' : could not resolve address 'app1'.\n"
     "[ALERT]    (1) : config : Fatal errors found in configuration.\n"
     + _GHA),
    # hashicorp/vault vault/core.go (consts.ErrSealed "Vault is sealed") through api/response.go: a server
    # the job did not unseal, or one that was still unsealing
    ("vault-is-sealed",
     "+ vault kv get secret/ci/orders\n"
     "Error reading secret/data/ci/orders: Error making API request.\n"
     "\n"
     "URL: GET http://127.0.0.1:8200/v1/secret/data/ci/orders\n"
     "Code: 503. Errors:\n"
     "\n"
     "* Vault is sealed\n"
     + _GHA),
    # hashicorp/nomad command/monitor.go's deployment status ("Deployment %q failed", "Failed due to unhealthy
    # allocations"): an app that crashes, or one slower than its health check
    ("nomad-deployment-unhealthy-allocations",
     "    2026-03-01T10:17:05Z\n"
     "    ID          = 4c1e9a02\n"
     "    Job ID      = web\n"
     "    Status      = failed\n"
     "    Description = Failed due to unhealthy allocations\n"
     "==> 2026-03-01T10:17:05Z: Error: Deployment \"4c1e9a02\" failed\n"
     + _GHA),
    # hashicorp/nomad command/monitor.go with the metrics' "Dimension %q exhausted on %d nodes": a job asking
    # more than the dev node has, or an earlier test's allocation still running
    ("nomad-placement-memory-exhausted",
     "==> 2026-03-01T10:12:04Z: Evaluation \"8d2f1a0b\" finished with status \"complete\" but failed to place all allocations:\n"
     "    2026-03-01T10:12:04Z: Task Group \"cache\" (failed to place 1 allocation):\n"
     "      * Resources exhausted on 1 nodes\n"
     "      * Dimension \"memory\" exhausted on 1 nodes\n"
     + _GHA),
    # apache/zookeeper ClientCnxnSocketNIO.java's EndOfStreamException at WARN, then the client's timeout:
    # a server not up yet, or one that refuses the client (a TLS or SASL mismatch closes the socket too)
    ("zookeeper-end-of-stream-then-timeout",
     "WARN  [main-SendThread(127.0.0.1:2181)] o.a.z.ClientCnxn - Session 0x0 for server 127.0.0.1/127.0.0.1:2181, Closing socket connection. Attempting reconnect except it is a SessionExpiredException.\n"
     "org.apache.zookeeper.ClientCnxn$EndOfStreamException: Unable to read additional data from server sessionid 0x0, likely server has closed socket\n"
     "ERROR [main] o.e.c.ZkBootstrap - could not connect to ZooKeeper within 30000 ms\n"
     + _GHA),
    # go-acme/lego's DNS problem that timed out at the domain's authoritative servers (Let's Encrypt's problem
    # text per letsencrypt.org/docs/challenge-types, doc): a DNS provider's hiccup, or a broken delegation
    ("traefik-acme-dns-query-timed-out",
     "traefik  | 2026-03-01T10:12:05Z ERR Unable to obtain ACME certificate for domains error=\"unable to generate a certificate for the domains [api.example.org]: error: one or more domains had a problem:\\n[api.example.org] invalid authorization: acme: error: 400 :: urn:ietf:params:acme:error:dns :: DNS problem: query timed out looking up CAA for example.org\\n\" providerName=le.acme\n"
     "Error: certificate check failed for api.example.org\n"
     + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_mesh_proxy_discovery_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_mesh_proxy_discovery_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack).
LONG_LINE_WORDS = [
    "Unexpected response code: 500 (No cluster leader) ",
    "etcdserver: leader changed etcdserver: no leader ",
    "KeeperErrorCode = ConnectionLoss for /a ",
    "too many certificates already issued ",
    "nginx: [emerg] unknown directive ",
    "transport: authentication handshake failed: x509: ",
    "Permission denied: token with AccessorID 'a' lacks permission '",
    "failed calling webhook \"a\": failed to call webhook: ",
    "plugin/loop: Loop (",
]
