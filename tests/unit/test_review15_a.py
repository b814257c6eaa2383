"""Review 15a of the fifteenth round's net_tunnels_remote and serverless_edge entries (tunnel-vpn-credentials-or-
setup-refused, remote-session-dropped-or-busy, tunnel-setup-or-outage-ambiguous, function-update-already-in-progress,
deploy-platform-api-outage, cli-image-pull-throttled, serverless-release-refused, pgconn-statement-error,
serverless-release-start-timeout) and the older entries they edited (registry-unavailable's pytest INFO unless,
test-timeout's sam unless): adversarial logs (made up) where their words sit in other contexts (a public forge's
name, a 421 or 530 for a lasting or a passing reason, a smoke test of the job's own release, an app's request log,
SQLSTATE classes that are not the SQL, an application's mail tests), and guards where they are what the entries
say."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, logs, not_surely_transient, reads

READS: list[tuple[str, str, str]] = [
    # a private host name that does not exist ('stagging'): the job's own setup
    ('ssh-deploy-host-typo', 'real', "Run ssh -o StrictHostKeyChecking=no deploy@stagging.acme-internal.net 'sudo systemctl restart api'\nssh: Could not resolve hostname stagging.acme-internal.net: Name or service not known\n##[error]Process completed with exit code 255.\n"),
    # EAI_AGAIN is the resolver for a while: guard that the ambiguous entry leaves it alone
    ('ssh-temp-failure-resolution', 'transient', 'Run rsync -az dist/ deploy@www1.example.net:/srv/site/\nssh: Could not resolve hostname www1.example.net: Temporary failure in name resolution\nrsync: connection unexpectedly closed (0 bytes received so far) [sender]\nrsync error: unexplained error (code 255) at io.c(232) [sender=3.2.7]\n##[error]Process completed with exit code 255.\n'),
    # whatever tailscaled did, the job ended on a Go compile error
    ('tailscaled-then-compile-error', 'real', "failed to connect to local tailscaled; it doesn't appear to be running (sudo systemctl start tailscaled ?)\n+ go build ./...\n# example.com/api/internal/store\ninternal/store/pg.go:41:9: undefined: pgx.Connect2\n##[error]Process completed with exit code 1.\n"),
    # a Go test about ssh errors that fails its own check
    ('ssh-resolve-then-assert', 'real', '=== RUN   TestDeploySSH\n    deploy_test.go:33: ssh: Could not resolve hostname bad.invalid: Name or service not known\n    deploy_test.go:40: \n        \tError:      \tShould be true\n--- FAIL: TestDeploySSH (0.02s)\nFAIL\nFAIL\texample.com/deploy\t0.031s\n##[error]Process completed with exit code 1.\n'),
    # Microsoft 365's 421 4.7.66 refuses TLS 1.0/1.1 on every run: the client's setup
    ('o365-421-tls-version', 'real', 'Traceback (most recent call last):\n  File "notify.py", line 30, in <module>\n    s.sendmail(sender, rcpt, msg.as_string())\nsmtplib.SMTPSenderRefused: (421, b\'4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls.\', \'ci@acme.example\')\n##[error]Process completed with exit code 1.\n'),
    # a test that makes a fake server answer 421 and finds the code does not retry
    ('pytest-test-421-handling-failed', 'real', "tests/test_mailer.py::test_send_retries_on_421 FAILED                     [ 40%]\n=================================== FAILURES ===================================\n___________________________ test_send_retries_on_421 ___________________________\n    def test_send_retries_on_421(fake_smtp):\n        fake_smtp.reply_next(421, '4.3.2 Service not available, closing transmission channel')\n>       mailer.send(msg)\nmailer/client.py:58: in send\n    raise MailError(str(exc)) from exc\nmailer.client.MailError: (421, b'4.3.2 Service not available, closing transmission channel')\n=========================== short test summary info ============================\nFAILED tests/test_mailer.py::test_send_retries_on_421 - mailer.client.MailError: (421, b'4.3.2 Service not available, closing transmission channel')\n========================= 1 failed, 23 passed in 1.20s =========================\n##[error]Process completed with exit code 1.\n"),
    # the app's own WARNING line about a fake server's 421, then the test's assertion
    ('pytest-captured-warning-fake-smtp-then-assert', 'real', '----------------------------- Captured log call ------------------------------\nWARNING  mailer.client:client.py:88 SMTP server busy: 421 4.3.2 Service not available, closing transmission channel\n=========================== short test summary info ============================\nFAILED tests/test_mailer.py::test_queue_on_busy - assert 0 == 1\n========================= 1 failed, 23 passed in 1.20s =========================\n##[error]Process completed with exit code 1.\n'),
    # Jest's compared messages: the test checks the wording, nothing was dropped
    ('jest-mailer-greeting-test', 'real', '  ● Mailer › rejects a server that never greets\n\n    expect(received).rejects.toThrow(expected)\n\n    Expected substring: "Greeting never received"\n    Received message:   "Connection timeout"\n\n      at Object.<anonymous> (src/mailer.test.ts:31:5)\n\nTests:       1 failed, 40 passed, 41 total\n##[error]Process completed with exit code 1.\n'),
    # a compile error, then a notification step whose SMTP server never greeted
    ('compile-error-then-notify-smtp', 'real', '+ cargo build --release\nerror[E0425]: cannot find value `cfg` in this scope\n  --> src/main.rs:12:5\nerror: could not compile `api` (bin "api") due to 1 previous error\n##[error]Process completed with exit code 101.\nRun dawidd6/action-send-mail@v3\nError: Greeting never received\n##[error]Process completed with exit code 1.\n'),
    # an FTP 421 above a type error the job ended on
    ('ftp-421-then-tsc', 'real', "FTPError: 421 Too many connections (8) from this IP\n+ npx tsc --noEmit\nsrc/index.ts(4,7): error TS2322: Type 'string' is not assignable to type 'number'.\n##[error]Process completed with exit code 1.\n"),
    # guard: an FTP server full for now
    ('ftp-421-busy-transient', 'transient', 'Run SamKirkland/FTP-Deploy-Action@v4.3.5\nConnected to 203.0.113.9:21 (No encryption)\nFTPError: 421 Too many connections (8) from this IP\n##[error]Process completed with exit code 1.\n'),
    # guard: OpenVPN's peer never answered within the window
    ('openvpn-tls-negotiation-transient', 'transient', '2026-03-01 10:00:00 TCP/UDP: Preserving recently used remote address: [AF_INET]203.0.113.5:1194\n2026-03-01 10:01:00 TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network connectivity)\n2026-03-01 10:01:00 TLS Error: TLS handshake failed\nError: VPN did not come up\n##[error]Process completed with exit code 1.\n'),
    # guard: a 530 for the login itself
    ('lftp-530-login-incorrect', 'real', "+ lftp -u deploy,*** -e 'mirror -R dist/ /htdocs; quit' ftp.example.net\nmirror: Login failed: 530 Login incorrect.\n##[error]Process completed with exit code 1.\n"),
    # guard: a conflict on the code update itself, another deploy's change in flight
    ('lambda-conflict-alone', 'transient', '+ aws lambda update-function-code --function-name orders --zip-file fileb://dist.zip\n\nAn error occurred (ResourceConflictException) when calling the UpdateFunctionCode operation: The operation cannot be performed at this time. An update is in progress for resource: arn:aws:lambda:eu-west-1:123456789012:function:orders\n##[error]Process completed with exit code 1.\n'),
    # the job's own smoke test of the release it deployed got a 500: the release
    ('smoke-test-own-app-500', 'real', 'Run ./scripts/smoke.sh https://staging.acme.example\nGET https://staging.acme.example/healthz -> 500 Internal Server Error\nsmoke test failed: /healthz\n##[error]Process completed with exit code 1.\n'),
    # an app's request log line '-> 500', then the test's assertion
    ('app-log-500-then-assert', 'real', '    GET /api/users -> 500 Internal Server Error\n  1) users API\n       returns the list:\n     AssertionError: expected 500 to equal 200\n      at Context.<anonymous> (test/users.spec.js:14:28)\n\n  12 passing (1s)\n  1 failing\n##[error]Process completed with exit code 1.\n'),
    # guard: the Fly Machines API answering 503
    ('flyctl-non2xx-503', 'transient', '==> Building image\n--> Pushing image done\nError: failed to update machine 3d8d9e1: request returned non-2xx status, 503\n##[error]Process completed with exit code 1.\n'),
    # guard: a migration naming a relation that does not exist
    ('pg-relation-missing', 'real', 'Applying migration 20260301120000_add_fk.sql...\nERROR: relation "customers" does not exist (SQLSTATE 42P01)\nAt statement: 1\n##[error]Process completed with exit code 1.\n'),
    # 25006: a migration pointed at a read-only database (a replica URL): the setup, as the older entries read it
    ('pg-readonly-failover', 'real', 'Applying migration 20260301_add_col.sql...\nERROR: cannot execute ALTER TABLE in a read-only transaction (SQLSTATE 25006)\n##[error]Process completed with exit code 1.\n'),
    # guard: the pytest INFO unless does not hide a later pip timeout
    ('pytest-info-app-log-then-real-outage', 'transient', 'INFO     app.seed:seed.py:12 downloading fixtures\n+ pip install -r requirements.txt\nERROR: Could not install packages due to an OSError: HTTPSConnectionPool(host=\'files.pythonhosted.org\', port=443): Max retries exceeded with url: /packages/ab/cd/x.whl (Caused by ReadTimeoutError("HTTPSConnectionPool(host=\'files.pythonhosted.org\', port=443): Read timed out. (read timeout=15)"))\n##[error]Process completed with exit code 1.\n'),
    # guard: a per-minute quota, fresh the next minute
    ('gcloud-quota-per-minute', 'transient', "ERROR: (gcloud.functions.deploy) ResponseError: status=[429], code=[Ok], message=[Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per project' of service 'cloudfunctions.googleapis.com' for consumer 'project_number:123'.]\n##[error]Process completed with exit code 1.\n"),
    # a lease held by another deploy, then a Go test failing its own check
    ('fly-lease-then-go-test-fail', 'real', 'Error: failed to acquire leases: failed to acquire lease on 1857: lease currently held by deploy-bot@acme.example, expires at 2026-03-01T10:05:00Z\n+ go test ./...\n--- FAIL: TestOrders (0.00s)\n    orders_test.go:22: got 3 orders, want 2\nFAIL\nFAIL\texample.com/orders\t0.01s\n##[error]Process completed with exit code 1.\n'),
    # guard: wrangler's request line to the Cloudflare API answered 502
    ('wrangler-api-path-502', 'transient', '✘ [ERROR] Received a malformed response from the API\n\n  <html><head><title>502 Bad Gateway</title></head></html>\n  PUT /accounts/0a1b2c3d/workers/scripts/edge -> 502 Bad Gateway\n##[error]Process completed with exit code 1.\n'),
    # a pull rate limit retried elsewhere, then a migration's syntax error
    ('supabase-pull-then-migration-error', 'real', 'failed to pull docker image: toomanyrequests: You have reached your pull rate limit.\nRetrying with public.ecr.aws...\nApplying migration 20260301_init.sql...\nERROR: syntax error at or near "TABL" (SQLSTATE 42601)\nAt statement: 0\nCREATE TABL orders (id int)\n##[error]Process completed with exit code 1.\n'),
    # an app's own log of a pgx error, then the test's failure
    ('go-app-log-sqlstate-col0-then-test-fail', 'real', 'ERROR: duplicate key value violates unique constraint "users_email_key" (SQLSTATE 23505)\n--- FAIL: TestSignup (0.01s)\n    signup_test.go:40: expected ErrEmailTaken, got nil\nFAIL\n##[error]Process completed with exit code 1.\n'),
    # (generic 17b) pytest's quoted test source is code, not an outage: the fake server's 'Try again later' is a literal
    ('pytest-raises-smtp-421-did-not-raise', 'real', "    def test_busy_server_raises(fake_smtp):\n        fake_smtp.reply_next(421, 'Try again later')\n        with pytest.raises(SMTPConnectError):\n>           client.connect()\nE       Failed: DID NOT RAISE <class 'smtplib.SMTPConnectError'>\nFAILED tests/test_client.py::test_busy_server_raises - Failed: DID NOT RAISE <class 'smtplib.SMTPConnectError'>\n1 failed, 10 passed in 0.3s\n##[error]Process completed with exit code 1.\n"),
]

# wordings as often a lasting cause as an outage: no rerun proposed with confidence
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # plain smtplib.SMTP on the implicit-TLS port 465: the server closes on every run
    ('smtplib-465-plain', 'Run python scripts/send_report.py\nConnecting to smtp.example.com:465 with smtplib.SMTP (starttls=True)\nTraceback (most recent call last):\n  File "scripts/send_report.py", line 22, in <module>\n    server = smtplib.SMTP("smtp.example.com", 465)\n  File "/usr/lib/python3.11/smtplib.py", line 341, in connect\n    (code, msg) = self.getreply()\nsmtplib.SMTPServerDisconnected: Connection unexpectedly closed\n##[error]Process completed with exit code 1.\n'),
    # the job's own update-function-code answered InProgress and the script changed the function again without waiting: the same race on every run
    ('lambda-own-update-inprogress-printed', '+ aws lambda update-function-code --function-name orders --zip-file fileb://dist.zip\n{\n    "FunctionName": "orders",\n    "State": "Active",\n    "LastUpdateStatus": "InProgress",\n    "LastUpdateStatusReason": "The function is being created."\n}\n+ aws lambda update-function-configuration --function-name orders --timeout 30\n\nAn error occurred (ResourceConflictException) when calling the UpdateFunctionConfiguration operation: The operation cannot be performed at this time. An update is in progress for resource: arn:aws:lambda:eu-west-1:123456789012:function:orders\n##[error]Process completed with exit code 1.\n'),
    # a deploy conflict, then integration tests failing: perhaps the old code, perhaps a bug: not sure
    ('lambda-conflict-then-pytest-fail', 'An error occurred (ResourceConflictException) when calling the UpdateFunctionCode operation: The operation cannot be performed at this time. An update is in progress for resource: arn:aws:lambda:eu-west-1:123456789012:function:orders\n+ pytest -q tests/integration\nF.\n=================================== FAILURES ===================================\n    assert resp.status_code == 200\nE   assert 500 == 200\nFAILED tests/integration/test_api.py::test_orders - assert 500 == 200\n1 failed, 1 passed in 2.1s\n##[error]Process completed with exit code 1.\n'),
    # sam local's function timeout: a hang as often as a slow runner
    ('sam-timeout', "Invoking app.handler (python3.12)\nSTART RequestId: 1a2b Version: $LATEST\nFunction 'OrdersFunction' timed out after 3 seconds\nError: expected 200, got no response\n##[error]Process completed with exit code 1.\n"),
    # an application's mail test failing on a dropped session: a fake or misconfigured server as often as an outage
    ('pytest-app-smtp-disconnected-failed', 'tests/test_signup.py::test_welcome_mail FAILED\n=========================== short test summary info ============================\nFAILED tests/test_signup.py::test_welcome_mail - smtplib.SMTPServerDisconnected: Connection unexpectedly closed\n========================= 1 failed, 88 passed in 4.20s =========================\n##[error]Process completed with exit code 1.\n'),
    # 425 'Operation not permitted': the server wants TLS session reuse, on every run
    ('ftp-425-tls-session-reuse', "+ lftp -e 'set ftp:ssl-force true; mirror -R dist /www; quit' ftp.example.net\nmirror: Access failed: 425 Unable to build data connection: Operation not permitted\n##[error]Process completed with exit code 1.\n"),
    # a per-day quota lasts the rest of the day: not a sure outage
    ('gcloud-quota-per-day', "ERROR: (gcloud.functions.deploy) ResponseError: status=[429], code=[Ok], message=[Quota exceeded for quota metric 'Write requests' and limit 'Write requests per day' of service 'cloudfunctions.googleapis.com' for consumer 'project_number:123'.]\n##[error]Process completed with exit code 1.\n"),
]

# outages or passing causes: not read as the change's fault
NOT_REAL: list[tuple[str, str]] = [
    # github.com exists and no one mistypes it: macOS words an offline lookup 'nodename nor servname' -> the runner's resolver
    ('ssh-github-macos-nodename', "Run git clone git@github.com:acme/private-dep.git vendor/dep\nCloning into 'vendor/dep'...\nssh: Could not resolve hostname github.com: nodename nor servname provided, or not known\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.\n##[error]Process completed with exit code 128.\n"),
    # gitlab.com does exist: a lookup that says it does not is the runner's resolver, not the job's setup
    ('ssh-gitlab-linux-name-not-known', "$ git submodule update --init\nCloning into '/builds/acme/app/third_party/proto'...\nssh: Could not resolve hostname gitlab.com: Name or service not known\nfatal: Could not read from remote repository.\nfatal: clone of 'git@gitlab.com:acme/proto.git' into submodule path failed\nERROR: Job failed: exit code 1\n"),
    # tailscaled is missing because its download got a 503: not a sure setup error
    ('tailscaled-after-install-503', "Run tailscale/github-action@v2\n+ curl -fsSL https://pkgs.tailscale.com/stable/tailscale_1.66.4_amd64.tgz -o tailscale.tgz\ncurl: (22) The requested URL returned error: 503\n+ sudo tailscaled --state=mem: &\n+ sudo tailscale up --authkey=*** --hostname=gh-runner\nfailed to connect to local tailscaled; it doesn't appear to be running (sudo systemctl start tailscaled ?)\n##[error]Process completed with exit code 1.\n"),
    # a 425 with the control connection timing out too: a path that failed, or a firewall: not sure
    ('ftp-425-then-etimedout', 'Run SamKirkland/FTP-Deploy-Action@v4.3.5\n----------------------------------------------------------------\nUploading: build/assets/app.3f1a.js\nFTPError: 425 Unable to build data connection: Connection timed out\nError: connect ETIMEDOUT 203.0.113.9:21\n##[error]Process completed with exit code 1.\n'),
    # ProFTPD's 530 for a server already full of this user's sessions: another deploy, not the password
    ('lftp-530-max-clients', "+ lftp -u deploy,*** -e 'mirror -R dist/ /htdocs; quit' ftp.example.net\nmirror: Login failed: 530 Sorry, the maximum number of clients (3) for this user are already connected.\n##[error]Process completed with exit code 1.\n"),
    # curl's 500 from a deploy API: the platform (the generic 5xx entry agrees)
    ('bare-500-line-curl-body', '+ curl -fsS https://api.example-platform.io/v1/deploys -d @payload.json\n500 Internal Server Error\ncurl: (22) The requested URL returned error: 500\n##[error]Process completed with exit code 1.\n'),
    # a lock timeout (55P03): other sessions' locks, not the SQL
    ('pg-lock-timeout-migration', 'Applying migration 20260301120000_add_index.sql...\nERROR: canceling statement due to lock timeout (SQLSTATE 55P03)\nAt statement: 0\nALTER TABLE orders ADD COLUMN note text\n##[error]Process completed with exit code 1.\n'),
    # 40001: a retryable serialization failure
    ('pg-serialization', 'Applying migration 20260301120000_backfill.sql...\nERROR: could not serialize access due to concurrent update (SQLSTATE 40001)\nAt statement: 2\n##[error]Process completed with exit code 1.\n'),
    # 40P01: a deadlock with another session
    ('pg-deadlock', 'Applying migration 20260301120000_backfill.sql...\nERROR: deadlock detected (SQLSTATE 40P01)\nAt statement: 2\n##[error]Process completed with exit code 1.\n'),
    # 57P01: the server was shut down under the session
    ('pg-admin-shutdown', 'Applying migration 20260301120000_backfill.sql...\nERROR: terminating connection due to administrator command (SQLSTATE 57P01)\n##[error]Process completed with exit code 1.\n'),
    # 53300: out of connection slots
    ('pg-too-many-connections', 'ERROR: sorry, too many clients already (SQLSTATE 53300)\n##[error]Process completed with exit code 1.\n'),
    # 55006: another session holds the database (supabase db reset with a container connected)
    ('pg-object-in-use', '+ supabase db reset\nResetting local database...\nERROR: database "postgres" is being accessed by other users (SQLSTATE 55006)\n##[error]Process completed with exit code 1.\n'),
    # 57014: a statement timeout, slow or waiting on a lock as often as wrong
    ('pg-statement-timeout', 'Applying migration 20260301_reindex.sql...\nERROR: canceling statement due to statement timeout (SQLSTATE 57014)\nAt statement: 0\n##[error]Process completed with exit code 1.\n'),
    # guard: cloudflared's edge dial timed out, not a credential
    ('cloudflared-edge-timeout-not-creds', '2026-03-01T10:00:00Z ERR Failed to create new quic connection error="failed to dial to edge with quic: timeout: no recent network activity" connIndex=0\n2026-03-01T10:00:30Z ERR Serve tunnel error error="failed to dial to edge with quic: timeout: no recent network activity"\n##[error]Process completed with exit code 1.\n'),
]

# Read wrong and left (xfail, strict): each comment says why.
LEFT: list[tuple[str, str, str]] = [
    # LEFT: ci-runner-lost (an older entry) reads the cancel line the hang ends on as a lost runner and outweighs the anywhere=0.93 login-URL line; a weighing outside these sections
    ('tailscale-login-url', 'real', '+ sudo tailscale up --hostname=ci-runner\n\nTo authenticate, visit:\n\n\thttps://login.tailscale.com/a/1a2b3c4d\n\n##[error]The operation was canceled.\n'),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(READS))
def test_reads(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


@pytest.mark.parametrize("log", logs(NOT_REAL))
def test_not_real(log: str) -> None:
    v = judge(log)
    assert v.verdict != "real", v.rationale


@pytest.mark.xfail(strict=True, reason="left: see the comment above each LEFT case")
@pytest.mark.parametrize(("want", "log"), labelled(LEFT))
def test_left(want: str, log: str) -> None:
    reads(log, want)


def test_ids_unique() -> None:
    assert_unique_ids(READS, NOT_SURELY_TRANSIENT, NOT_REAL, LEFT)
