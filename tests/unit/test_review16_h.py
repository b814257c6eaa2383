"""Review 16h of the sixteenth round's infra_tests section: adversarial logs, made up. An ssh handshake cut short,
paramiko's banner error or net-ssh's timeout is no sure transient where the log shows sshd's config rejected or its
service failing (cloud-init, an image build, an Ansible handler the change edited), in a unit test of ssh code (testify's
block, a pytest test with no host in its id), beside a value a test compared or another host's failed task; a goss check
or InSpec's missing Docker container after the daemon could not fetch the image (a registry 5xx, a DNS outage) is the
outage's damage, not the image's."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, logs, not_surely_transient, reads

GHA = "##[error]Process completed with exit code 1.\n"

REAL: list[tuple[str, str]] = [
    # the console shows sshd's config rejected: every attempt meets the same broken sshd
    (
        "cloudinit-broke-sshd-every-attempt",
        "    retry.go:91: Checking SSH connection to 203.0.113.9\n    retry.go:103: Checking SSH connection to 203.0.113.9 returned an error: ssh: handshake failed: EOF. Sleeping for 10s and will try again.\n    ssh_test.go:0: console output of i-0abc123:\n[   14.2] cloud-init[812]: /etc/ssh/sshd_config line 31: Bad configuration option: PermitRootLogn\n[   14.3] systemd[1]: ssh.service: Main process exited, code=exited, status=255/EXCEPTION\n[   14.3] systemd[1]: Failed to start OpenBSD Secure Shell server.\n    retry.go:103: Checking SSH connection to 203.0.113.9 returned an error: ssh: handshake failed: EOF. Sleeping for 10s and will try again.\n    ssh.go:262: 'Checking SSH connection to 203.0.113.9' unsuccessful after 30 retries\n--- FAIL: TestSshHardening (312.40s)\nFAIL\n"
        + GHA,
    ),
    # the change's sshd_config made sshd fail to restart; the banner error is its damage
    (
        "ansible-restart-sshd-then-banner",
        'TASK [ssh_hardening : template sshd_config] ***********************************\nchanged: [web1]\nRUNNING HANDLER [ssh_hardening : restart sshd] *********************************\nfatal: [web1]: FAILED! => {"changed": false, "msg": "Unable to restart service ssh: Job for ssh.service failed because the control process exited with error code.\\n/etc/ssh/sshd_config line 40: Unsupported option UsePrivilegeSeparation"}\nTASK [app : deploy] *************************************************************\nfatal: [web1]: UNREACHABLE! => {"changed": false, "msg": "Error reading SSH protocol banner", "unreachable": true}\nPLAY RECAP *********************************************************************\nweb1 : ok=12 changed=3 unreachable=1 failed=1 skipped=0 rescued=0 ignored=0\n'
        + GHA,
    ),
    # a Go unit test of ssh code got the error it printed in testify's block: the code's failure
    (
        "go-testify-ssh-unit-test",
        "=== RUN   TestClientRedialsOnEOF\n    client_test.go:88: \n        \tError Trace:\tclient_test.go:88\n        \tError:      \tReceived unexpected error:\n        \t            \tssh: handshake failed: EOF\n        \tTest:       \tTestClientRedialsOnEOF\n--- FAIL: TestClientRedialsOnEOF (0.01s)\nFAIL\nFAIL\texample.com/sshpool\t0.214s\n"
        + GHA,
    ),
    # a test's own loopback server and a compared value (got 0, want 1): the code's failure
    (
        "go-test-ssh-log-line-then-fail",
        "=== RUN   TestPoolRetry\n2026/03/02 12:00:01 pool: dial 127.0.0.1:39211: ssh: handshake failed: EOF\n2026/03/02 12:00:01 pool: giving up after 3 attempts\n    pool_test.go:51: got 0 sessions, want 1\n--- FAIL: TestPoolRetry (0.31s)\nFAIL\nFAIL\texample.com/sshpool\t0.402s\n"
        + GHA,
    ),
    # a unit test with no host in its id raised paramiko's error against its own fake server
    (
        "pytest-paramiko-unit-banner",
        "tests/test_transport.py::test_banner_error_is_raised FAILED\n=================================== FAILURES ===================================\n_______________________ test_banner_error_is_raised ________________________\n    def test_banner_error_is_raised(server):\n        t = Transport(server.sock)\n>       t.start_client()\nE       paramiko.ssh_exception.SSHException: Error reading SSH protocol banner\nparamiko/transport.py:2269: SSHException\nFAILED tests/test_transport.py::test_banner_error_is_raised - paramiko.ssh_exception.SSHException: Error reading SSH protocol banner\n========================= 1 failed, 212 passed in 9.81s =========================\n"
        + GHA,
    ),
    # Terratest's retry connected (commands ran) and a compared value failed: real
    (
        "ssh-eof-then-later-test-failure",
        'TestWebServer 2026-03-02T12:00:00Z retry.go:103: Checking SSH connection to 198.51.100.4 returned an error: ssh: handshake failed: EOF. Sleeping for 5s and will try again.\nTestWebServer 2026-03-02T12:00:10Z ssh.go:120: Running command uptime on ubuntu@198.51.100.4\nTestWebServer 2026-03-02T12:00:11Z ssh.go:120: Running command cat /etc/app/config.yml on ubuntu@198.51.100.4\n    web_test.go:77: \n        \tError Trace:\tweb_test.go:77\n        \tError:      \tNot equal: \n        \t            \texpected: "port: 8080"\n        \t            \tactual  : "port: 80"\n--- FAIL: TestWebServer (201.13s)\nFAIL\nFAIL\texample.com/infra/test\t201.3s\n'
        + GHA,
    ),
    # one host's banner error beside another host's failed assertion: the assertion decides
    (
        "ssh-banner-then-later-testinfra-assert",
        "tests/test_base.py::test_users[paramiko://ci@10.20.0.15] ERROR\nE   paramiko.ssh_exception.SSHException: Error reading SSH protocol banner\ntests/test_base.py::test_nginx_conf[paramiko://ci@10.20.0.16] FAILED\nE   AssertionError: assert 'worker_processes 4;' in 'worker_processes auto;\\n'\nFAILED tests/test_base.py::test_nginx_conf[paramiko://ci@10.20.0.16] - AssertionError: assert 'worker_proc...\nERROR tests/test_base.py::test_users[paramiko://ci@10.20.0.15] - paramiko.ssh_exception.SSHException: Error...\n==================== 1 failed, 10 passed, 1 error in 41.20s ====================\n"
        + GHA,
    ),
    # a docs line quoting the error under a lint failure: the lint decides
    (
        "ssh-error-docs-lint",
        "+ markdownlint docs/\ndocs/troubleshooting.md:18 MD013/line-length Line length [Expected: 120; Actual: 131]\ndocs/troubleshooting.md:19: If you see `Error reading SSH protocol banner`, the host is still booting.\n"
        + GHA,
    ),
    # an undefined variable failed the play on another host: the play's own failure
    (
        "ansible-banner-one-host-task-fails-other",
        'TASK [app : render config] *****************************************************\nfatal: [web2]: UNREACHABLE! => {"changed": false, "msg": "Error reading SSH protocol banner", "unreachable": true}\nfatal: [web1]: FAILED! => {"changed": false, "msg": "AnsibleUndefinedVariable: \'app_port\' is undefined"}\nPLAY RECAP *********************************************************************\nweb1 : ok=4 changed=0 unreachable=0 failed=1 skipped=0 rescued=0 ignored=0\nweb2 : ok=0 changed=0 unreachable=1 failed=0 skipped=0 rescued=0 ignored=0\n'
        + GHA,
    ),
    # a failed test run before a post-step's ssh upload failure: the tests decide
    (
        "pytest-failed-then-ssh-preview-upload",
        "FAILED tests/test_cart.py::test_total - assert 41 == 42\n========================= 1 failed, 88 passed in 3.12s =========================\n+ python scripts/upload_preview.py --host preview.example.net\nparamiko.ssh_exception.SSHException: Error reading SSH protocol banner\n"
        + GHA,
    ),
    # a Go compile error before the deploy's ssh failure: the code decides
    (
        "compile-error-then-ssh-deploy",
        "src/main.go:14:2: undefined: cfg.Port\nmake: *** [Makefile:12: build] Error 1\n+ ./deploy.sh staging\ndeploy: ssh: handshake failed: EOF\n"
        + GHA,
    ),
    # the app's missing module kept the port closed: the image's failure
    (
        "goss-port-plus-app-crash",
        "+ dgoss run registry.example.com/api:ci\nINFO: Container health\nTraceback (most recent call last):\n  File \"/app/main.py\", line 3, in <module>\n    import fastapi\nModuleNotFoundError: No module named 'fastapi'\nFailures/Skipped:\n\nPort: tcp:8000: listening:\nExpected\n    <bool>: false\nto equal\n    <bool>: true\n\nCount: 4, Failed: 1, Skipped: 0\n"
        + GHA,
    ),
    # a YAML lint failure; goss's words are only text the linter printed
    (
        "goss-words-in-yaml-dump",
        "+ yamllint ci/\nci/goss.yaml\n  12:1  error  syntax error: mapping values are not allowed here (syntax)\nHTTP: http://localhost:8080/healthz: status:\n"
        + GHA,
    ),
    # the container exited on the app's missing module: the same on every run
    (
        "inspec-container-missing-after-app-crash",
        "+ docker run -d --rm --name web-under-test registry.example.com/web:ci-4411\n+ docker logs web-under-test\nError: Cannot find module '/app/dist/server.js'\n+ inspec exec profiles/web -t docker://web-under-test\nTransport error, can't connect to 'docker' backend: Can't find Docker container web-under-test\n"
        + GHA,
    ),
    # a tolerated cache warning is no reason the container is missing
    (
        "inspec-container-missing-after-cache-warn",
        "##[warning]Failed to restore: Cache service responded with 503\n+ docker run -d --rm --name web-under-test web:ci\n+ inspec exec profiles/web -t docker://web-under-test\nTransport error, can't connect to 'docker' backend: Can't find Docker container web-under-test\n"
        + GHA,
    ),
    # a smoke script's own check failed; not an outage
    (
        "container-missing-words-in-other-tool",
        "+ ./scripts/smoke.sh\nsmoke: Can't find Docker container api-ci; did the compose file rename it?\nsmoke: 1 check failed\n"
        + GHA,
    ),
    # the project's own code raised Net::SSH::Disconnect in a unit test: the code's failure
    ('rspec-netssh-unit-disconnect',
     "Failures:\n\n  1) Deployer::Remote#run closes the channel\n     Failure/Error: session.loop\n\n     Net::SSH::Disconnect:\n       connection closed by remote host\n     # ./lib/deployer/remote.rb:41:in `run'\n     # ./spec/deployer/remote_spec.rb:22:in `block (3 levels) in <top (required)>'\n\nFinished in 0.412 seconds (files took 0.81 seconds to load)\n48 examples, 1 failure\n"
        + GHA),
]

TRANSIENT: list[tuple[str, str]] = [
    # the only trouble: a host's sshd did not send its banner (busy or restarting)
    (
        "ansible-deploy-banner-only",
        'TASK [Gathering Facts] *********************************************************\nfatal: [app-3.prod.example.net]: UNREACHABLE! => {"changed": false, "msg": "Error reading SSH protocol banner", "unreachable": true}\nPLAY RECAP *********************************************************************\napp-3.prod.example.net : ok=0 changed=0 unreachable=1 failed=0 skipped=0 rescued=0 ignored=0\n'
        + GHA,
    ),
    # the forge's ssh cut the handshake short: its outage, a rerun clones
    (
        "gogit-clone-forge-handshake-eof",
        '+ flux bootstrap git --url=ssh://git@git.example.org/ops/fleet.git --branch=main\n► cloning branch "main" from Git repository "ssh://git@git.example.org/ops/fleet.git"\n✗ failed to clone repository: ssh: handshake failed: EOF\n'
        + GHA,
    ),
    # the forge reset the handshake: a network blip
    (
        "gogit-clone-reset-transient",
        "+ argocd-util repo add git@github.com:acme/fleet.git\nFATA[0003] rpc error: code = Unknown desc = error testing repository connectivity: ssh: handshake failed: read tcp 10.1.0.4:51234->140.82.112.3:22: read: connection reset by peer\n"
        + GHA,
    ),
    # net-ssh timed out reaching the host, nothing else failed
    (
        "netssh-timeout-serverspec",
        "+ bundle exec rake spec:web-ci-3\n/usr/local/bundle/gems/net-ssh-7.2.0/lib/net/ssh/transport/session.rb:90:in `rescue in initialize': Net::SSH::ConnectionTimeout (Net::SSH::ConnectionTimeout)\nrake aborted!\n"
        + GHA,
    ),
    # the deploy host closed the connection mid-deploy: a blip
    (
        "netssh-disconnect-deploy-capistrano",
        "00:02 deploy:check:directories\n      01 mkdir -p /var/www/app/shared /var/www/app/releases\n(Backtrace restricted to imported tasks)\ncap aborted!\nSSHKit::Runner::ExecuteError: Exception while executing as deploy@app-2.example.net: connection closed by remote host\nCaused by:\nNet::SSH::Disconnect: connection closed by remote host\n"
        + GHA,
    ),
    # goss's DNS check timed out on the resolver: the resolver's outage
    (
        "goss-dns-check-during-dns-outage",
        "+ goss validate\n..F\n\nFailures/Skipped:\n\nDNS: pypi.org: resolvable:\nError\n    lookup pypi.org on 10.0.0.2:53: read udp 10.0.0.9:41233->10.0.0.2:53: i/o timeout\n\nTotal Duration: 5.002s\nCount: 3, Failed: 1, Skipped: 0\n"
        + GHA,
    ),
    # the registry's 503 kept the container from being created
    (
        "inspec-container-missing-after-pull-503",
        "+ docker run -d --name web-under-test registry.example.com/web:ci-4411\nUnable to find image 'registry.example.com/web:ci-4411' locally\ndocker: Error response from daemon: Get \"https://registry.example.com/v2/\": received unexpected HTTP status: 503 Service Unavailable.\n+ inspec exec profiles/web -t docker://web-under-test\nTransport error, can't connect to 'docker' backend: Can't find Docker container web-under-test\n"
        + GHA,
    ),
    # the registry's DNS misbehaved: the container was never created
    (
        "inspec-container-missing-after-dns-outage",
        "+ docker run -d --name web-under-test ghcr.io/acme/web:ci\ndocker: Error response from daemon: Get \"https://ghcr.io/v2/\": dial tcp: lookup ghcr.io on 127.0.0.53:53: server misbehaving.\n+ inspec exec profiles/web -t docker://web-under-test\nTransport error, can't connect to 'docker' backend: Can't find Docker container web-under-test\n"
        + GHA,
    ),
]

OPEN: list[tuple[str, str]] = [
    # sshd rejected its config (cloud-init): no sure transient
    (
        "cloudinit-broke-sshd-plain",
        "Waiting for host web-ci-3 ...\ncloud-init: sshd: /etc/ssh/sshd_config.d/50-ci.conf: line 4: Bad configuration option: MaxStartup\nsshd: terminating, 1 bad configuration options\nattempt 1/3: ssh: handshake failed: EOF\nattempt 2/3: ssh: handshake failed: EOF\nattempt 3/3: ssh: handshake failed: EOF\nError: giving up on web-ci-3 after 3 attempts\n"
        + GHA,
    ),
    # the image build's provisioner broke sshd: no sure transient
    (
        "packer-image-broke-sshd",
        "==> amazon-ebs.base: Provisioning with shell script: scripts/harden-ssh.sh\n==> amazon-ebs.base: Restarting sshd with new configuration\n==> amazon-ebs.base: /etc/ssh/sshd_config: line 12: Bad configuration option: Ciphers aes999-ctr\n==> amazon-ebs.base: Job for ssh.service failed because the control process exited with error code.\n==> amazon-ebs.base: Provisioning with shell script: scripts/cleanup.sh\n==> amazon-ebs.base: Error reading SSH protocol banner\nBuild 'amazon-ebs.base' errored after 4 minutes 12 seconds: Error uploading script: ssh: handshake failed: EOF\n"
        + GHA,
    ),
    # the registry's 503 kept the database from starting; goss's failure is its damage
    (
        "goss-port-after-registry-503",
        '+ docker compose -f ci/compose.yml up -d\n db Pulling\n db Error Head "https://registry.example.com/v2/library/postgres/manifests/16": received unexpected HTTP status: 503 Service Unavailable\nError response from daemon: Head "https://registry.example.com/v2/library/postgres/manifests/16": received unexpected HTTP status: 503 Service Unavailable\n+ goss -g ci/goss.yaml validate\nF.\n\nFailures/Skipped:\n\nPort: tcp:5432: listening:\nExpected\n    <bool>: false\nto equal\n    <bool>: true\n\nTotal Duration: 0.004s\nCount: 2, Failed: 1, Skipped: 0\n'
        + GHA,
    ),
    # the image pull's 503 or an app that never serves: open, never surely transient
    (
        "terratest-http-after-image-pull-503",
        'TestDockerHello 2026-03-02T12:00:00Z logger.go:66: Running command docker with args [compose up -d]\nTestDockerHello 2026-03-02T12:00:03Z logger.go:66: Error response from daemon: Get "https://registry-1.docker.io/v2/": received unexpected HTTP status: 503 Service Unavailable\nTestDockerHello 2026-03-02T12:00:04Z retry.go:91: HTTP GET to URL http://localhost:8080\nTestDockerHello 2026-03-02T12:00:04Z http_helper.go:32: Making an HTTP GET call to URL http://localhost:8080\nTestDockerHello 2026-03-02T12:00:04Z retry.go:103: HTTP GET to URL http://localhost:8080 returned an error: Get "http://localhost:8080": dial tcp 127.0.0.1:8080: connect: connection refused. Sleeping for 5s and will try again.\n    http_helper.go:60: \'HTTP GET to URL http://localhost:8080\' unsuccessful after 10 retries\n--- FAIL: TestDockerHello (55.20s)\nFAIL\n'
        + GHA,
    ),
    # the lookup timed out (a resolver outage or a record not yet propagated): open
    (
        "terratest-http-dns-outage",
        "TestHello 2026-03-02T12:03:00Z retry.go:103: HTTP GET to URL http://hello.example.net returned an error: Get \"http://hello.example.net\": dial tcp: lookup hello.example.net on 127.0.0.53:53: read udp 127.0.0.1:51234->127.0.0.53:53: i/o timeout. Sleeping for 5s and will try again.\n    http_helper.go:60: 'HTTP GET to URL http://hello.example.net' unsuccessful after 30 retries\n--- FAIL: TestHello (312.2s)\nFAIL\n"
        + GHA,
    ),
    # refused on every retry: a service that crashes or still boots, open
    (
        "terratest-http-crash-loop",
        "TestHello 2026-03-02T12:03:00Z retry.go:103: HTTP GET to URL http://10.0.0.5:8080 returned an error: Get \"http://10.0.0.5:8080\": dial tcp 10.0.0.5:8080: connect: connection refused. Sleeping for 5s and will try again.\n    http_helper.go:60: 'HTTP GET to URL http://10.0.0.5:8080' unsuccessful after 30 retries\n--- FAIL: TestHello (160.1s)\nFAIL\n"
        + GHA,
    ),
]

# Left: none (generic 16 taught the older connection-reset entry RSpec's unit-spec block: the case is in REAL).


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log):
    reads(log, "transient")


@pytest.mark.parametrize("log", logs(OPEN))
def test_no_sure_transient(log):
    not_surely_transient(log)



def test_ids_unique():
    assert_unique_ids(REAL, TRANSIENT, OPEN)
