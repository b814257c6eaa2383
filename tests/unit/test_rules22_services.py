"""Twenty-second round, services: the job's OWN services read as outages.

Covered: resolver errors naming a DOTLESS host (docker, postgres, db, redis, mongo, selenium, a compose
service) and a refused database or cache port on the loopback host, in a log that covers the job from its
setup and shows nothing starting or awaiting that service. A dotless name is a service alias of the job's own
network (GitLab ``services:``, compose, CircleCI's secondary containers, a GitHub job-container's services);
it does not resolve where the service is not defined, did not start, or the job runs outside that network
(a GitHub job without ``container:`` reaches its services on localhost). A database port on the loopback
host that nothing listens on is, where the job never started the service, a service that was never set up.

Evidence (public issue threads, the outcome each reached; the table is /tmp/service22/threads.jsonl of the
round, the ids and URLs here):
  dotless host not resolved, 18 decided CI threads, 17 fixed by configuration:
    LordGaav/dind-options#3, docker-library/docker#464, pypa/cibuildwheel#1990, ekino/docker-buildbox#143,
    tiangolo/docker-with-compose#10 (exactly "lookup docker on 169.254.169.254:53: no such host", no dind
    service defined), docker-library/postgres#970, harness/harness#2340 and #2362, datamade/how-to#68,
    open-telemetry/opentelemetry-js-contrib#816, oraios/accsr#1, shogo82148/actions-setup-redis#774 (EAI_AGAIN
    redis, fixed by 127.0.0.1), averias/redis-time-series#5, robbrad/UKBinCollectionData#416,
    webdriverio-community/wdio-docker-service#82, nektos/act#944, actions/runner#2783; passed on a rerun:
    curie-eng/curie#2236 (a cluster DNS's SERVFAIL, "server misbehaving"). Outside CI, start races:
    highmed/highmed-dsf#283, nodejs/help#3279, guillaumebriday/todolist-backend-laravel#7. Undecided:
    pypa/cibuildwheel#1269, microsoft/azure-pipelines-agent#2803, edbizarro/gitlab-ci-pipeline-php#33,
    chilio/laravel-dusk-ci#21, actions/runner-images#6026.
  loopback database/cache port refused, 19 decided threads: 11 fixed by configuration, the job never having
    set the service up (prest/prest#494, ayostepht/Cents-Per-Point#27, ivre/ivre#1664 (ports not mapped),
    openfoodfoundation/openfoodnetwork#9825, luispittagros/nuxt-ssr-redis-cache#2, pepyatka/pepyatka-server#21,
    zammad/zammad#4539, ne-sachirou/redis_z#60, LukeMathWalker/zero-to-production#255,
    actions/example-services#22, nektos/act#1861); 8 fixed by a wait or passing on a rerun, every one with the
    job starting the service itself (compose, a healthcheck, a wait loop): sequelize/sequelize#18291,
    getsentry/sentry-javascript#20593, pdx-tools/pdx-tools#306, apache/pekko-persistence-r2dbc#407,
    elastic/beats#36182, schuecl/nexus-rag#897, hiddewie/OpenRailwayMap-vector#909,
    fabric8-services/fabric8-wit#1082 (the last three a compose service's address, not the loopback host).
    Undecided: supercharge/redis-github-action#25.

Each case is a short log written for this test around one message as the tool prints it. Wording, with the
file named where it was read: PHP main/network.c ("php_network_getaddresses: getaddrinfo for %s failed: %s",
read); DBConnection's error as Postgrex raises it (lib/postgrex/protocol.ex "tcp connect (%s:%d): %s - %s" with
:inet.format_error's "connection refused" / "non-existing domain"; the form read in a consumer's code quoting
it); recalled, not read: Go's net package (net.go DNSError.Error "lookup %s on %s: %s", "no such host", "server
misbehaving"; dial.go's "dial tcp %s: connect: connection refused"), the Docker CLI's "error during connect: %s",
Node's lib/internal/errors.js ("getaddrinfo ENOTFOUND %s", "connect ECONNREFUSED %s:%d"), libpq fe-connect.c
("could not translate host name \"%s\" to address: %s", "connection to server at \"%s\" (%s), port %s failed:
Connection refused", the older "could not connect to server: Connection refused / Is the server running on
host ..."), urllib3's "HTTPConnectionPool(host=%r, port=%r)" and NameResolutionError, pymongo's "host:port:
[Errno -2] ...", Ruby's Net::HTTP "Failed to open TCP connection to %s:%s (%s)", redis-py's "Error %s connecting
to %s:%s. %s.", Ecto's "The database for %s couldn't be created: %s", and the CI systems' own first lines
(GitLab runner's "Running with gitlab-runner", "Preparing the \"docker\" executor", "Starting service %s ...",
"Waiting for services to be up and running"; GitHub's "Current runner version", "Starting %s service
container"; CircleCI's "Build-agent version"). Hosts, apps and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a dotless host the resolver answers does not exist (Go's "no such host" with or without the server,
    Node's ENOTFOUND with the port after the host, urllib3's pool line and pymongo's errno -2, Ruby's and
    PHP's getaddrinfo with the host, Erlang's :nxdomain) -> real (dotless-service-host-not-found, modest);
  * a dotless host the resolver could not answer for (Go's "server misbehaving", EAI_AGAIN, urllib3's
    "Temporary failure in name resolution") -> not surely transient (one CI thread passed on a rerun);
  * the same errors naming a host with a dot (a registry, a proxy, a corporate database) -> transient, as
    before;
  * a refused database or cache port on the loopback host, in a log that starts with its CI's own setup
    lines and shows no service started or awaited -> not surely transient;
  * the same refusal where the log shows the service starting (a GitLab service, a GitHub service
    container, compose) -> transient, as before; in an excerpt of the failing command's output (no CI
    setup lines: nothing says whether a service was started) -> transient, as before; on an application's
    port (3000) -> transient, as before.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "ERROR: Job failed: exit code 1\n"
_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"

# the CI systems' own first lines of a job (recalled)
_GITLAB = ("Running with gitlab-runner 17.4.0 (b92ee590)\n"
           "  on shared-runner-3 t3XqYzQ1, system ID: s_8d1c2a0b9e7f\n"
           "Preparing the \"docker\" executor\n"
           "Using Docker executor with image hexpm/elixir:1.16.2-erlang-26.2.5-debian-bookworm-20240513 ...\n"
           "Getting source from Git repository\n")
_GITHUB = ("Current runner version: '2.317.0'\n"
           "Operating System\n"
           "  Ubuntu\n"
           "  22.04.4\n"
           "Runner Image Provisioner\n"
           "  2.0.370.1\n")
_CIRCLE_HEAD = ("Build-agent version 1.0.237741-5ba2de4e (2024-07-02T10:12:33+0000)\n"
                "System information:\n"
                " Server Version: 20.10.18\n")

CASES: list[tuple[str, str, str]] = [
    # ================================================================== dotless host, no such name
    # Go's resolver through the Docker CLI, cgo's wording without the server: a GitLab job whose script talks to
    # tcp://docker:2375 with no docker:dind service defined (tiangolo/docker-with-compose#10's mechanism)
    ("docker-cli-lookup-docker-no-server-no-such-host", "real",
     _GITLAB +
     "$ docker login -u \"$CI_REGISTRY_USER\" -p \"$CI_REGISTRY_PASSWORD\" \"$CI_REGISTRY\"\n"
     "error during connect: Post \"http://docker:2375/v1.24/auth\": dial tcp: lookup docker: no such host\n"
     + _EXIT),
    # the same with the resolver's address (ci-service-hostname-unresolved reads it, as before)
    ("docker-cli-lookup-docker-on-resolver-no-such-host", "real",
     _GITLAB +
     "$ docker build -t registry.example.com/shop/web:$CI_COMMIT_SHORT_SHA .\n"
     "error during connect: Post \"http://docker:2375/v1.24/build?t=registry.example.com%2Fshop%2Fweb\": dial tcp: "
     "lookup docker on 169.254.169.254:53: no such host\n" + _EXIT),
    # the resolver's address as posters mask it in threads ("169.XXX.XXX.XXX", "10.*.*.*"): the same reading; a public
    # name with a dot under a masked resolver stays the resolver outage it reads as
    ("docker-login-lookup-docker-on-masked-resolver", "real",
     "$ docker push $CI_REGISTRY_IMAGE:latest\n"
     "error during connect: Post http://docker:2375/v1.41/images/registry.example.com/app/push?tag=latest: dial tcp: "
     "lookup docker on 10.XXX.XXX.XXX:53: no such host\n"),
    ("docker-pull-lookup-public-registry-on-masked-resolver", "transient",
     "$ docker pull registry.example.com/base/python:3.12\n"
     "Error response from daemon: Get \"https://registry.example.com/v2/\": dial tcp: lookup registry.example.com on 10.*.*.*:53: "
     "no such host\n"),
    # Node's getaddrinfo error with host and port after it (node_redis's older wording quotes both)
    ("node-getaddrinfo-enotfound-redis-with-port", "real",
     _GITHUB +
     "Run npm test\n"
     "Error: getaddrinfo ENOTFOUND redis redis:6379\n"
     "    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26)\n" + _GHA),
    # requests over urllib3 to a Selenium service by its name from a job on the runner
    ("urllib3-pool-selenium-name-not-known", "real",
     _GITHUB +
     "Run pytest tests/e2e\n"
     "E   requests.exceptions.ConnectionError: HTTPConnectionPool(host='selenium', port=4444): Max retries exceeded "
     "with url: /wd/hub/session (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at "
     "0x7f2c9a1b3d90>: Failed to establish a new connection: [Errno -2] Name or service not known'))\n" + _GHA),
    # pymongo's server selection naming the service and the resolver's errno
    ("pymongo-mongo-service-name-not-known", "real",
     "$ pytest -q\n"
     "pymongo.errors.ServerSelectionTimeoutError: mongo:27017: [Errno -2] Name or service not known, Timeout: 30s, "
     "Topology Description: <TopologyDescription id: 66a1, topology_type: Unknown>\n" + _EXIT),
    # Ruby's Net::HTTP under selenium-webdriver's client
    ("ruby-net-http-selenium-getaddrinfo", "real",
     "$ bundle exec rspec spec/system\n"
     "     Failure/Error: visit root_path\n"
     "     SocketError:\n"
     "       Failed to open TCP connection to chrome:4444 (getaddrinfo: Name or service not known)\n" + _EXIT),
    # PHP main/network.c (read) through PDO in a Laravel migration
    ("php-getaddrinfo-for-mysql-failed", "real",
     "$ php artisan migrate --force\n"
     "   Illuminate\\Database\\QueryException\n\n"
     "  SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for mysql failed: Name or service not known "
     "(Connection: mysql, SQL: select table_name as `name` from information_schema.tables)\n" + _EXIT),
    # DBConnection/Postgrex: the service name does not exist (:nxdomain)
    ("dbconnection-tcp-connect-nxdomain", "real",
     "$ mix ecto.create\n"
     "** (DBConnection.ConnectionError) tcp connect (postgres:5432): non-existing domain - :nxdomain\n"
     "** (Mix) The database for Shop.Repo couldn't be created: killed\n" + _EXIT),
    # ================================================================== the same errors, public hosts: as before
    ("go-proxy-lookup-public-host-no-such-host", "transient",
     "$ go mod download\n"
     "go: github.com/example/widgets@v1.4.2: Get \"https://proxy.golang.org/github.com/example/widgets/@v/v1.4.2.mod\": "
     "dial tcp: lookup proxy.golang.org on 127.0.0.53:53: no such host\n" + _GHA),
    ("npm-registry-enotfound-public-host", "transient",
     "$ npm ci\n"
     "npm ERR! code ENOTFOUND\n"
     "npm ERR! network request to https://registry.npmjs.org/left-pad failed, reason: getaddrinfo ENOTFOUND "
     "registry.npmjs.org\n" + _GHA),
    ("pip-urllib3-public-host-temporary-failure", "transient",
     "$ pip install -r requirements.txt\n"
     "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded with "
     "url: /simple/flask/ (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at "
     "0x7f1e>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))\n" + _GHA),
    ("maven-unknown-host-public", "transient",
     "$ mvn -B verify\n"
     "[ERROR] Failed to execute goal on project shop: Could not resolve dependencies: Could not transfer artifact "
     "org.example:widgets:pom:1.2.0 from/to central (https://repo.maven.apache.org/maven2): "
     "java.net.UnknownHostException: repo.maven.apache.org\n" + _GHA),
    # ================================================================== loopback database port: start shown, as before
    # GitLab started the postgres service and waited for it; the refusal is the start race the older entries read
    ("gitlab-service-started-then-ecto-refused", "transient",
     _GITLAB +
     "Starting service postgres:16 ...\n"
     "Waiting for services to be up and running (timeout 30 seconds)...\n"
     "$ mix ecto.create\n"
     "** (DBConnection.ConnectionError) tcp connect (localhost:5432): connection refused - :econnrefused\n"
     "** (Mix) The database for Shop.Repo couldn't be created: killed\n" + _EXIT),
    # GitHub started a service container (its Initialize containers step)
    ("github-service-container-then-node-refused", "transient",
     _GITHUB +
     "Starting postgres service container\n"
     "/usr/bin/docker create --name 4f1c9e_postgres16 --network-alias postgres -p 5432:5432 postgres:16\n"
     "Run npm test\n"
     "Error: connect ECONNREFUSED 127.0.0.1:5432\n"
     "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)\n" + _GHA),
    # compose brought the database up in the job
    ("compose-up-then-go-refused", "transient",
     _GITHUB +
     "Run docker compose up -d db\n"
     " Container shop-db-1  Started\n"
     "Run go test ./...\n"
     "    store_test.go:31: dial tcp 127.0.0.1:5432: connect: connection refused\n"
     "--- FAIL: TestStore (0.00s)\n"
     "FAIL\n" + _GHA),
    # an excerpt of the failing command's output: nothing says whether a service was started
    ("excerpt-ecto-refused", "transient",
     "$ mix ecto.create\n"
     "** (DBConnection.ConnectionError) tcp connect (localhost:5432): connection refused - :econnrefused\n"
     "** (Mix) The database for Shop.Repo couldn't be created: killed\n" + _EXIT),
    # an application port, not a database's: the app-readiness readings, as before
    ("full-log-app-port-refused", "transient",
     _GITHUB +
     "Run npm run test:e2e\n"
     "Error: connect ECONNREFUSED 127.0.0.1:3000\n"
     "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)\n" + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # ================================================================== dotless host, the resolver could not answer
    ("docker-cli-lookup-docker-server-misbehaving",
     _GITLAB +
     "$ docker info\n"
     "error during connect: Get \"http://docker:2375/v1.24/info\": dial tcp: lookup docker on 127.0.0.11:53: "
     "server misbehaving\n" + _EXIT),
    # pgx's "hostname resolving error" around Go's resolver
    ("pgx-lookup-postgres-server-misbehaving",
     "$ go test ./internal/store/...\n"
     "    store_test.go:22: failed to connect to `host=postgres user=shop database=shop_test`: hostname resolving "
     "error (lookup postgres on 127.0.0.53:53: server misbehaving)\n"
     "--- FAIL: TestOrders (0.01s)\n" + _EXIT),
    ("node-eaiagain-mongo-with-port",
     _GITHUB +
     "Run npm test\n"
     "MongooseServerSelectionError: getaddrinfo EAI_AGAIN mongo mongo:27017\n" + _GHA),
    # urllib3 2's NameResolutionError
    ("urllib3-name-resolution-error-selenium-temporary",
     _GITHUB +
     "Run behave\n"
     "urllib3.exceptions.MaxRetryError: HTTPConnectionPool(host='selenium', port=4444): Max retries exceeded with "
     "url: /session (Caused by NameResolutionError(\"<urllib3.connection.HTTPConnection object at 0x7f3df92d2350>: "
     "Failed to resolve 'selenium' ([Errno -3] Temporary failure in name resolution)\"))\n" + _GHA),
    ("go-lookup-dotless-temporary-failure",
     "$ ./bin/migrate up\n"
     "error: dial tcp: lookup db on 127.0.0.53:53: Temporary failure in name resolution\n" + _EXIT),
    # ================================================================== loopback database port, full log, no start
    # the round's blind shape: an Elixir app's database on the loopback host, nothing started it
    ("gitlab-ecto-create-refused-no-service",
     _GITLAB +
     "$ mix deps.get\n"
     "All dependencies are up to date\n"
     "$ mix ecto.create\n"
     "** (DBConnection.ConnectionError) tcp connect (localhost:5432): connection refused - :econnrefused\n"
     "** (Mix) The database for Shop.Repo couldn't be created: killed\n" + _EXIT),
    ("github-node-pg-refused-no-service",
     _GITHUB +
     "Run npm test\n"
     "Error: connect ECONNREFUSED 127.0.0.1:5432\n"
     "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)\n" + _GHA),
    ("github-redis-py-refused-no-service",
     _GITHUB +
     "Run pytest -q\n"
     "E   redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.\n" + _GHA),
    ("github-libpq14-refused-no-service",
     _GITHUB +
     "Run psql -h localhost -U postgres -c 'select 1'\n"
     "psql: error: connection to server at \"localhost\" (127.0.0.1), port 5432 failed: Connection refused\n"
     "\tIs the server running on that host and accepting TCP/IP connections?\n" + _GHA),
    ("circleci-libpq-old-refused-no-service",
     _CIRCLE_HEAD +
     "#!/bin/bash -eo pipefail\n"
     "bin/rails db:create\n"
     "could not connect to server: Connection refused\n"
     "\tIs the server running on host \"localhost\" (127.0.0.1) and accepting\n"
     "\tTCP/IP connections on port 5432?\n"
     "Couldn't create 'shop_test' database. Please check your configuration.\n" + _CIRCLE),
    ("gitlab-mysql-2003-refused-no-service",
     _GITLAB +
     "$ python manage.py migrate\n"
     "django.db.utils.OperationalError: (2003, \"Can't connect to MySQL server on '127.0.0.1' ([Errno 111] "
     "Connection refused)\")\n" + _EXIT),
    ("gitlab-go-dial-refused-no-service",
     _GITLAB +
     "$ go test ./...\n"
     "    store_test.go:31: dial tcp 127.0.0.1:5432: connect: connection refused\n"
     "--- FAIL: TestStore (0.00s)\n"
     "FAIL\n" + _EXIT),
    ("github-redis-rb-refused-no-service",
     _GITHUB +
     "Run bundle exec rspec\n"
     "     Redis::CannotConnectError:\n"
     "       Error connecting to Redis on localhost:6379 (Errno::ECONNREFUSED)\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_service_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_own_service_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "dial tcp: lookup docker: ",
    "lookup docker on 127.0.0.11:53: ",
    "getaddrinfo ENOTFOUND redis ",
    "HTTPConnectionPool(host='selenium', port=4444): ",
    "Failed to resolve 'selenium' (",
    "mongo:27017: [Errno -2] ",
    "Failed to open TCP connection to chrome:4444 (getaddrinfo: ",
    "php_network_getaddresses: getaddrinfo for mysql failed: ",
    "tcp connect (postgres:5432): ",
    "could not translate host name \"postgres\" to address",
    "Error -2 connecting to redis:6379. ",
    "Running with gitlab-runner 17.4.0 connect ECONNREFUSED 127.0.0.1:5432 ",
    "Current runner version: '2.317.0' localhost:5432: connection refused ",
    "connection to server at \"localhost\" (127.0.0.1), port 5432 failed: ",
    "Can't connect to MySQL server on '127.0.0.1' (",
]
