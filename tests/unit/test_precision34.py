"""Thirty-fourth round, red34: persistent twins of the catalogue's transient readings (precision on "transient").

A wrong transient reruns a job whose failure is the change's or the set-up's, and hides it. For each family of the
catalogue's transient entries and the engine's transient paths (network and DNS, registry and mirror answers, TLS,
proxies, SSH and git fetches, services not ready, timeouts, rate limits, disk, memory, flaky-test reports, runners and
agents lost) this file holds **twins**: the same words under a persistent cause, as an engineer meets them pasted into
a thread or at a job's end (a misspelt or internal host, a 401/403/404 beside retry lines, an expired or self-signed
certificate, a proxy asking for credentials, a changed host key, a deleted ref or a private submodule, a service the
job never started, a test that deadlocks, an unauthenticated quota, the build's own disk and memory, a test failing
every retry, a runner the job itself killed), over 16 CI systems and 26 ecosystems; and for each family **true
transients** in less usual words (guards: they read transient before and after).

Counts (95 twins, 38 true transients; a second batch of 16 twins and 5 true transients was written after the first
fixes, on hosts, certificates, credentials and unset variables): at de127c6, 32 twins read transient; after this round's
six fixes, 18 (each left one a strict expected failure whose reason starts "LEFT:": a careful engineer seeing only those
lines could not call it persistent either); all 38 true transients stay transient. The fixes, each a reading of a
message form:
  * known-flaky-mark: a flaky-test detector's own line saying the test failed on every attempt it gave it ("failed 3
    of 3 attempts", "failed on all 3 attempts", "0 of 3 runs passed") is no flake mark (the same line's unless);
  * the runner-, agent- and worker-lost entries (and network-unreachable's "Cannot contact <agent>"): the job's own
    command that kills processes broadly or stops the machine (pkill, killall, kill -9 -1, reboot, shutdown, systemctl
    stop of the runner's services), echoed at the start of its line, then the log's end within 40 lines (fragment
    job_killed_own_runner): the loss is the job's order, the same on every run;
  * wait-timed-out, connection-refused, network-open-timeout, network-unreachable, download-failed and
    curl-network-exit-status: the container runtime refused to start the job's own container on its command
    (exec: permission denied, no such file, exec format error, executable not found; fragment
    container_own_start_refused): a wait for it or a refusal from it below is its symptom;
  * test-worker-lost: a worker whose own runtime stopped at its heap limit (V8's heap out of memory, the JVM's Java
    heap space: fragments build_step_own_oom and jvm_own_memory_limit) was not lost to the machine;
  * timing-sensitive-test, test-timeout and transient-wording: pytest-timeout's dump of the test's threads with a frame
    waiting on a lock of the code's own and no thread in a network frame (fragment python_timeout_dump_lock_wait), as
    Go's dump of a goroutine on a mutex for minutes already reads;
  * ci-service-hostname-unresolved: a host name that is empty or a language's word for an unset value (Go's resolver
    with nothing between "lookup" and "on", Go's "dial tcp: missing address", urllib3's "Failed to resolve 'None'"): the
    variable that should name the host was never set.

Every line here was written for this test (hosts, projects, paths and tests made up); no project's CI log is copied.
Cases whose id starts with "guard_" are near-miss guards (true transients, and twins that read right at de127c6 too);
every other case not in KNOWN_LEFT fails at de127c6 (it read transient there). Expected "not transient" means real or
unknown (a persistent cause the lines alone cannot name).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge

CASES: list[tuple[str, str, str]] = [
    # dns, github, npm
    ('guard_dns_typo_npm_gha', 'real',
     ('Run npm ci\n'
     'npm error code ENOTFOUND\n'
     'npm error syscall getaddrinfo\n'
     'npm error errno ENOTFOUND\n'
     'npm error network request to https://npm.intrenal.corp.example/@acme%2fui-kit failed, reason: getaddrinfo ENOTFOUND npm.intrenal.corp.example\n'
     'npm error network This is a problem related to network connectivity.\n'
     'npm error network In most cases you are behind a proxy or have bad network settings.\n'
     'npm error network\n'
     'npm error network If you are behind a proxy, please make sure that the\n'
     "npm error network 'proxy' config is set properly.  See: 'npm help config'\n"
     'npm error A complete log of this run can be found in: /home/runner/.npm/_logs/2026-03-02T10_11_12_000Z-debug-0.log\n'
     'Error: Process completed with exit code 1.\n')),
    # dns, gitlab, pip
    ('guard_dns_internal_host_gitlab_pip', 'real',
     ('$ pip install -r requirements.txt --index-url https://pypi.build.lan/simple\n'
     'Looking in indexes: https://pypi.build.lan/simple\n'
     "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f2c1e0>: Failed to establish a new connection: [Errno -2] Name or service not known')': /simple/flask/\n"
     "WARNING: Retrying (Retry(total=3, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f2c1e0>: Failed to establish a new connection: [Errno -2] Name or service not known')': /simple/flask/\n"
     "WARNING: Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f2c1e0>: Failed to establish a new connection: [Errno -2] Name or service not known')': /simple/flask/\n"
     'ERROR: Could not find a version that satisfies the requirement flask==3.0.2 (from versions: none)\n'
     'ERROR: No matching distribution found for flask==3.0.2\n'
     'Cleaning up project directory and file based variables\n'
     'ERROR: Job failed: exit code 1\n')),
    # dns, jenkins, shell
    ('dns_curl_every_run_jenkins', 'not transient',
     ('[Pipeline] sh\n'
     '+ curl -fsSL https://artifacts.acme-internal.example/tools/protoc-25.1.zip -o protoc.zip\n'
     'curl: (6) Could not resolve host: artifacts.acme-internal.example\n'
     '[Pipeline] }\n'
     '[Pipeline] // stage\n'
     '[Pipeline] End of Pipeline\n'
     'ERROR: script returned exit code 6\n'
     'Finished: FAILURE\n')),
    # dns, circleci, go
    ('dns_go_private_module_circle', 'not transient',
     ('#!/bin/bash -eo pipefail\n'
     'go mod download\n'
     'go: git.corp.example/platform/authz@v1.4.0: unrecognized import path "git.corp.example/platform/authz": https fetch: Get "https://git.corp.example/platform/authz?go-get=1": dial tcp: lookup git.corp.example on 127.0.0.53:53: no such host\n'
     '\n'
     'Exited with code exit status 1\n')),
    # registry, azure, npm
    ('guard_npm_401_azure', 'real',
     ('##[section]Starting: npm install\n'
     'npm error code E401\n'
     'npm error Unable to authenticate, your authentication token seems to be invalid.\n'
     'npm error To correct this please try logging in again with:\n'
     'npm error   npm login\n'
     'npm error A complete log of this run can be found in: C:\\npm\\cache\\_logs\\2026-01-14T08_00_01_123Z-debug-0.log\n'
     '##[error]Error: Npm failed with return code: 1\n'
     '##[section]Finishing: npm install\n')),
    # registry, github, docker
    ('guard_docker_pull_denied_gha', 'real',
     ('Run docker pull ghcr.io/acme/build-base:2026.02\n'
     'Error response from daemon: Head "https://ghcr.io/v2/acme/build-base/manifests/2026.02": denied: denied\n'
     'Error: Process completed with exit code 1.\n')),
    # registry, teamcity, maven
    ('guard_maven_401_teamcity', 'real',
     ('[10:02:11] : [Step 1/2] [ERROR] Failed to execute goal on project billing-core: Could not resolve dependencies for project com.acme:billing-core:jar:2.3.0-SNAPSHOT: Failed to collect dependencies at com.acme.shared:ledger-api:jar:1.9.1: Failed to read artifact descriptor for com.acme.shared:ledger-api:jar:1.9.1: Could not transfer artifact com.acme.shared:ledger-api:pom:1.9.1 from/to acme-releases (https://nexus.acme.example/repository/releases/): status code: 401, reason phrase: Unauthorized (401) -> [Help 1]\n'
     '[10:02:11] : [Step 1/2] [ERROR]\n'
     '[10:02:11] : [Step 1/2] [ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.\n'
     '[10:02:11]E: [Step 1/2] Process exited with code 1\n')),
    # registry, buildkite, cargo
    ('guard_cargo_404_retry_buildkite', 'real',
     ('--- :rust: cargo build\n'
     '    Updating `acme` index\n'
     '  Downloading crates ...\n'
     'warning: spurious network error (3 tries remaining): failed to get 200 response from `https://crates.acme.example/api/v1/crates/wire-codec/0.7.2/download`, got 404\n'
     'warning: spurious network error (2 tries remaining): failed to get 200 response from `https://crates.acme.example/api/v1/crates/wire-codec/0.7.2/download`, got 404\n'
     'warning: spurious network error (1 tries remaining): failed to get 200 response from `https://crates.acme.example/api/v1/crates/wire-codec/0.7.2/download`, got 404\n'
     'error: failed to download from `https://crates.acme.example/api/v1/crates/wire-codec/0.7.2/download`\n'
     '\n'
     'Caused by:\n'
     '  failed to get 200 response from `https://crates.acme.example/api/v1/crates/wire-codec/0.7.2/download`, got 404\n'
     '🚨 Error: The command exited with status 101\n')),
    # registry, bitbucket, gradle
    ('guard_gradle_403_retry_bitbucket', 'real',
     ('+ ./gradlew assemble --no-daemon\n'
     '> Task :app:compileKotlin FAILED\n'
     '\n'
     'FAILURE: Build failed with an exception.\n'
     '\n'
     '* What went wrong:\n'
     "Execution failed for task ':app:compileKotlin'.\n"
     "> Could not resolve all files for configuration ':app:compileClasspath'.\n"
     '   > Could not resolve com.acme:telemetry:4.1.0.\n'
     '     Required by:\n'
     '         project :app\n'
     '      > Could not resolve com.acme:telemetry:4.1.0.\n'
     "         > Could not get resource 'https://maven.acme.example/releases/com/acme/telemetry/4.1.0/telemetry-4.1.0.pom'.\n"
     "            > Could not GET 'https://maven.acme.example/releases/com/acme/telemetry/4.1.0/telemetry-4.1.0.pom'. Received status code 403 from server: Forbidden\n"
     '\n'
     'BUILD FAILED in 41s\n')),
    # registry, appveyor, nuget
    ('guard_nuget_401_appveyor', 'real',
     ('dotnet restore Acme.sln\n'
     '  Determining projects to restore...\n'
     '/usr/share/dotnet/sdk/8.0.100/NuGet.targets(156,5): error : Unable to load the service index for source https://pkgs.acme.example/nuget/v3/index.json. [C:\\projects\\acme\\Acme.sln]\n'
     '/usr/share/dotnet/sdk/8.0.100/NuGet.targets(156,5): error :   Response status code does not indicate success: 401 (Unauthorized). [C:\\projects\\acme\\Acme.sln]\n'
     'Command exited with code 1\n')),
    # registry, drone, helm
    ('guard_helm_404_chart_drone', 'not transient',
     ('+ helm dependency build charts/gateway\n'
     'Hang tight while we grab the latest from your chart repositories...\n'
     '...Successfully got an update from the "acme" chart repository\n'
     'Error: could not download https://charts.acme.example/redis-17.3.2.tgz: failed to fetch https://charts.acme.example/redis-17.3.2.tgz : 404 Not Found\n')),
    # registry, woodpecker, php
    ('guard_composer_403_woodpecker', 'real',
     ('+ composer install --no-interaction --prefer-dist\n'
     'Installing dependencies from lock file (including require-dev)\n'
     'Package operations: 48 installs, 0 updates, 0 removals\n'
     '  - Downloading acme/billing-sdk (v2.4.0)\n'
     '    Failed to download acme/billing-sdk from dist: The "https://api.github.com/repos/acme/billing-sdk/zipball/8c1f0e2" file could not be downloaded (HTTP/2 403 )\n'
     '    Now trying to download from source\n'
     '  - Syncing acme/billing-sdk (v2.4.0) into cache\n'
     '\n'
     'In Git.php line 471:\n'
     "  Failed to execute git clone --mirror -- 'git@github.com:acme/billing-sdk.git' '/root/.cache/composer/vcs/git-github.com-acme-billing-sdk.git/'\n"
     "  Cloning into bare repository '/root/.cache/composer/vcs/git-github.com-acme-billing-sdk.git'...\n"
     '  git@github.com: Permission denied (publickey).\n'
     '  fatal: Could not read from remote repository.\n'
     '\n'
     '  Please make sure you have the correct access rights\n'
     '  and the repository exists.\n')),
    # registry, travis, pip
    ('guard_pip_404_removed_wheel_travis', 'real',
     ('$ pip install https://files.acme.example/wheels/geoindex-0.3.1-cp311-cp311-linux_x86_64.whl\n'
     'Collecting geoindex==0.3.1\n'
     'ERROR: HTTP error 404 while getting https://files.acme.example/wheels/geoindex-0.3.1-cp311-cp311-linux_x86_64.whl\n'
     'ERROR: Could not install requirement geoindex==0.3.1 from https://files.acme.example/wheels/geoindex-0.3.1-cp311-cp311-linux_x86_64.whl because of HTTP error 404 Client Error: Not Found for url: https://files.acme.example/wheels/geoindex-0.3.1-cp311-cp311-linux_x86_64.whl for URL https://files.acme.example/wheels/geoindex-0.3.1-cp311-cp311-linux_x86_64.whl\n'
     'The command "pip install https://files.acme.example/wheels/geoindex-0.3.1-cp311-cp311-linux_x86_64.whl" failed and exited with 1 during .\n')),
    # registry, github, apt
    ('guard_apt_404_removed_gha', 'real',
     ('Run sudo apt-get install -y libssl1.1\n'
     'Reading package lists...\n'
     'Building dependency tree...\n'
     'Reading state information...\n'
     'Package libssl1.1 is not available, but is referred to by another package.\n'
     'This may mean that the package is missing, has been obsoleted, or\n'
     'is only available from another source\n'
     '\n'
     "E: Package 'libssl1.1' has no installation candidate\n"
     'Error: Process completed with exit code 100.\n')),
    # registry, gitlab, shell
    ('guard_curl_404_retry_gitlab', 'real',
     ('$ curl --retry 5 --retry-delay 2 -fSL -o kubectl https://dl.k8s.example/release/v1.99.0/bin/linux/amd64/kubectl\n'
     '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n'
     '                                 Dload  Upload   Total   Spent    Left  Speed\n'
     '  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\n'
     'curl: (22) The requested URL returned error: 404\n'
     'Cleaning up project directory and file based variables\n'
     'ERROR: Job failed: exit code 22\n')),
    # registry, semaphore, ruby
    ('guard_gem_401_semaphore', 'real',
     ('bundle install --jobs 4\n'
     'Fetching gem metadata from https://rubygems.org/........\n'
     'Fetching gem metadata from https://gems.acme.example/........\n'
     'Bad username or password for https://ci-bot@gems.acme.example/.\n'
     'Please double-check your credentials and correct them.\n'
     'exit code: 17\n')),
    # tls, github, pip
    ('guard_tls_expired_pip_gha', 'real',
     ('Run pip install -r requirements/ci.txt\n'
     'Looking in indexes: https://pypi.org/simple, https://pypi.acme.example/simple\n'
     "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)'))': /simple/acme-auth/\n"
     "WARNING: Retrying (Retry(total=3, connect=None, read=None, redirect=None, status=None)) after connection broken by 'SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)'))': /simple/acme-auth/\n"
     "Could not fetch URL https://pypi.acme.example/simple/acme-auth/: There was a problem confirming the ssl certificate: HTTPSConnectionPool(host='pypi.acme.example', port=443): Max retries exceeded with url: /simple/acme-auth/ (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)'))) - skipping\n"
     'ERROR: Could not find a version that satisfies the requirement acme-auth==2.2.0 (from versions: none)\n'
     'ERROR: No matching distribution found for acme-auth==2.2.0\n'
     'Error: Process completed with exit code 1.\n')),
    # tls, jenkins, node
    ('guard_tls_selfsigned_node_jenkins', 'not transient',
     ('+ node scripts/fetch-fixtures.mjs\n'
     'TypeError: fetch failed\n'
     '    at node:internal/deps/undici/undici:13502:13\n'
     '    at async main (file:///var/lib/jenkins/workspace/web/scripts/fetch-fixtures.mjs:14:15) {\n'
     '  [cause]: Error: self-signed certificate in certificate chain\n'
     '      at TLSSocket.onConnectSecure (node:_tls_wrap:1677:34)\n'
     '      at TLSSocket.emit (node:events:519:28) {\n'
     "    code: 'SELF_SIGNED_CERT_IN_CHAIN'\n"
     '  }\n'
     '}\n'
     'script returned exit code 1\n'
     'Finished: FAILURE\n')),
    # tls, circleci, shell
    ('guard_tls_expired_curl_circle', 'real',
     ('#!/bin/bash -eo pipefail\n'
     'curl -fsS https://downloads.acme.example/sdk/latest.tar.gz | tar xz\n'
     'curl: (60) SSL certificate problem: certificate has expired\n'
     'More details here: https://curl.se/docs/sslcerts.html\n'
     '\n'
     'curl failed to verify the legitimacy of the server and therefore could not\n'
     'establish a secure connection to it.\n'
     '\n'
     'Exited with code exit status 60\n')),
    # tls, gitlab, go
    ('guard_tls_go_unknown_authority_gitlab', 'real',
     ('$ go mod download\n'
     'go: github.com/acme/flags@v0.9.1: Get "https://proxy.golang.org/github.com/acme/flags/@v/v0.9.1.mod": tls: failed to verify certificate: x509: certificate signed by unknown authority\n'
     'Cleaning up project directory and file based variables\n'
     'ERROR: Job failed: exit code 1\n')),
    # proxy, codebuild, npm
    ('proxy_misconfig_npm_codebuild', 'not transient',
     ('[Container] 2026/02/11 09:12:40.112 Running command npm ci\n'
     'npm error code ECONNREFUSED\n'
     'npm error syscall connect\n'
     'npm error errno ECONNREFUSED\n'
     'npm error FetchError: request to https://registry.npmjs.org/react failed, reason: connect ECONNREFUSED 10.0.0.15:3129\n'
     'npm error     at ClientRequest.<anonymous> (/usr/lib/node_modules/npm/node_modules/minipass-fetch/lib/index.js:130:14)\n'
     'npm error network request to https://registry.npmjs.org/react failed, reason: connect ECONNREFUSED 10.0.0.15:3129\n'
     'npm error network This is a problem related to network connectivity.\n'
     'npm error network If you are behind a proxy, please make sure that the\n'
     "npm error network 'proxy' config is set properly.  See: 'npm help config'\n"
     '[Container] 2026/02/11 09:12:41.007 Command did not exit successfully npm ci exit status 1\n'
     '[Container] 2026/02/11 09:12:41.010 Phase complete: INSTALL State: FAILED\n')),
    # proxy, jenkins, maven
    ('guard_proxy_407_maven_jenkins', 'real',
     ('[INFO] Scanning for projects...\n'
     '[ERROR] [ERROR] Some problems were encountered while processing the POMs:\n'
     "[FATAL] Non-resolvable parent POM for com.acme:orders:1.0.0-SNAPSHOT: Could not transfer artifact org.springframework.boot:spring-boot-starter-parent:pom:3.2.2 from/to central (https://repo.maven.apache.org/maven2): status code: 407, reason phrase: Proxy Authentication Required (407) and 'parent.relativePath' points at no local POM @ line 6, column 11\n"
     '[ERROR] The build could not read 1 project -> [Help 1]\n'
     'ERROR: script returned exit code 1\n'
     'Finished: FAILURE\n')),
    # ssh, github, git
    ('guard_ssh_hostkey_gha', 'real',
     ('Run git clone git@git.acme.example:platform/schemas.git vendor/schemas\n'
     "Cloning into 'vendor/schemas'...\n"
     '@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n'
     '@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\n'
     '@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n'
     'IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!\n'
     'Host key verification failed.\n'
     'fatal: Could not read from remote repository.\n'
     '\n'
     'Please make sure you have the correct access rights\n'
     'and the repository exists.\n'
     'Error: Process completed with exit code 128.\n')),
    # ssh, buildkite, git
    ('guard_ssh_hostkey_unknown_buildkite', 'real',
     ('$ git fetch -v --prune -- origin\n'
     'No ECDSA host key is known for git.acme.example and you have requested strict checking.\n'
     'Host key verification failed.\n'
     'fatal: Could not read from remote repository.\n'
     '\n'
     'Please make sure you have the correct access rights\n'
     'and the repository exists.\n'
     '⚠️ Warning: Checkout failed! exit status 128 (Attempt 3/3)\n'
     '🚨 Error: exit status 128\n')),
    # git, github, git
    ('guard_git_deleted_ref_gha', 'not transient',
     ('Run actions/checkout@v4\n'
     'Syncing repository: acme/widgets\n'
     'Fetching the repository\n'
     '  /usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +refs/heads/feature/old-api*:refs/remotes/origin/feature/old-api* +refs/tags/feature/old-api*:refs/tags/feature/old-api*\n'
     "  The process '/usr/bin/git' failed with exit code 1\n"
     '  Waiting 14 seconds before trying again\n'
     '  /usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +refs/heads/feature/old-api*:refs/remotes/origin/feature/old-api* +refs/tags/feature/old-api*:refs/tags/feature/old-api*\n'
     "  The process '/usr/bin/git' failed with exit code 1\n"
     '  Waiting 19 seconds before trying again\n'
     '  /usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +refs/heads/feature/old-api*:refs/remotes/origin/feature/old-api* +refs/tags/feature/old-api*:refs/tags/feature/old-api*\n'
     "Error: The process '/usr/bin/git' failed with exit code 1\n")),
    # git, gitlab, git
    ('guard_git_private_submodule_gitlab', 'real',
     ('Updating/initializing submodules recursively with git depth set to 20...\n'
     "Submodule 'third_party/codec' (https://gitlab.acme.example/media/codec-private.git) registered for path 'third_party/codec'\n"
     "Cloning into '/builds/media/player/third_party/codec'...\n"
     'remote: HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled and you must use a personal access token instead of a password.\n'
     "fatal: Authentication failed for 'https://gitlab.acme.example/media/codec-private.git/'\n"
     "fatal: clone of 'https://gitlab.acme.example/media/codec-private.git' into submodule path '/builds/media/player/third_party/codec' failed\n"
     "Failed to clone 'third_party/codec'. Retry scheduled\n"
     "Cloning into '/builds/media/player/third_party/codec'...\n"
     'remote: HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled and you must use a personal access token instead of a password.\n'
     "fatal: Authentication failed for 'https://gitlab.acme.example/media/codec-private.git/'\n"
     "fatal: clone of 'https://gitlab.acme.example/media/codec-private.git' into submodule path '/builds/media/player/third_party/codec' failed\n"
     "Failed to clone 'third_party/codec' a second time, aborting\n"
     'ERROR: Job failed: exit code 1\n')),
    # git, azure, git
    ('guard_git_missing_commit_azure', 'real',
     ('git -c http.extraheader="AUTHORIZATION: bearer ***" fetch --force --tags --prune --progress --no-recurse-submodules origin --depth=1 +4f1c2a9e0b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a\n'
     'fatal: remote error: upload-pack: not our ref 4f1c2a9e0b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a\n'
     '##[warning]Git fetch failed with exit code 128, back off 8.3 seconds before retry.\n'
     'git -c http.extraheader="AUTHORIZATION: bearer ***" fetch --force --tags --prune --progress --no-recurse-submodules origin --depth=1 +4f1c2a9e0b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a\n'
     'fatal: remote error: upload-pack: not our ref 4f1c2a9e0b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a\n'
     '##[warning]Git fetch failed with exit code 128, back off 6.1 seconds before retry.\n'
     'git -c http.extraheader="AUTHORIZATION: bearer ***" fetch --force --tags --prune --progress --no-recurse-submodules origin --depth=1 +4f1c2a9e0b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a\n'
     'fatal: remote error: upload-pack: not our ref 4f1c2a9e0b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a\n'
     '##[error]Git fetch failed with exit code: 128\n')),
    # git, travis, git
    ('guard_git_repo_not_found_travis', 'real',
     ('$ git clone --depth=50 https://github.com/acme/legacy-fixtures.git fixtures\n'
     "Cloning into 'fixtures'...\n"
     'remote: Repository not found.\n'
     "fatal: repository 'https://github.com/acme/legacy-fixtures.git/' not found\n"
     'The command "git clone --depth=50 https://github.com/acme/legacy-fixtures.git fixtures" failed and exited with 128 during .\n')),
    # service, github, pytest
    ('guard_refused_no_service_pytest_gha', 'unknown',
     ('Run pytest tests/integration -x\n'
     '============================= test session starts ==============================\n'
     'collected 42 items\n'
     '\n'
     'tests/integration/test_orders.py E\n'
     '\n'
     '==================================== ERRORS ====================================\n'
     '___________________ ERROR at setup of test_create_order ____________________\n'
     '    @pytest.fixture\n'
     '    def db():\n'
     '>       conn = psycopg.connect("postgresql://ci:ci@localhost:5432/orders")\n'
     'E       psycopg.OperationalError: connection failed: connection to server at "127.0.0.1", port 5432 failed: Connection refused\n'
     'E       \tIs the server running on that host and accepting TCP/IP connections?\n'
     '\n'
     'tests/conftest.py:18: OperationalError\n'
     '=========================== short test summary info ============================\n'
     'ERROR tests/integration/test_orders.py::test_create_order - psycopg.OperationalError: connection failed: connection to server at "127.0.0.1", port 5432 failed: Connection refused\n'
     '!!!!!!!!!!!!!!!!!!!!!!!!!! stopping after 1 failures !!!!!!!!!!!!!!!!!!!!!!!!!!!\n'
     '=============================== 1 error in 0.31s ===============================\n'
     'Error: Process completed with exit code 1.\n')),
    # service, circleci, node
    ('guard_refused_app_crashed_jest_circle', 'real',
     ('#!/bin/bash -eo pipefail\n'
     'npm run start:test & npx wait-on -t 60000 http-get://localhost:3000/health && npm run test:e2e\n'
     '> api@2.1.0 start:test\n'
     '> node dist/server.js\n'
     '\n'
     '/home/circleci/project/dist/server.js:14\n'
     "const { createPool } = require('./db/poool');\n"
     '                       ^\n'
     "Error: Cannot find module './db/poool'\n"
     'Require stack:\n'
     '- /home/circleci/project/dist/server.js\n'
     '    at Module._resolveFilename (node:internal/modules/cjs/loader:1145:15)\n'
     'Error: Timed out waiting for: http-get://localhost:3000/health\n'
     '\n'
     'Exited with code exit status 1\n')),
    # service, drone, go
    ('refused_wrong_port_go_drone', 'not transient',
     ('+ go test ./internal/store/...\n'
     '--- FAIL: TestStoreRoundTrip (0.00s)\n'
     '    store_test.go:31: dial tcp 127.0.0.1:6380: connect: connection refused\n'
     'FAIL\n'
     'FAIL\tgit.acme.example/svc/internal/store\t0.012s\n'
     'FAIL\n')),
    # service, gitlab, docker
    ('guard_service_container_exited_gitlab', 'not transient',
     ("*** WARNING: Service runner-xyz-project-42-concurrent-0-mysql-0 probably didn't start properly.\n"
     '\n'
     'Health check error:\n'
     'service "runner-xyz-project-42-concurrent-0-mysql-0-wait-for-service" timeout\n'
     '\n'
     'Health check container logs:\n'
     '2026-03-01T10:00:03.000000000Z waiting for TCP connection to 172.17.0.3 on [3306]...\n'
     '\n'
     'Service container logs:\n'
     "2026-03-01T10:00:01.112Z [ERROR] [MY-000067] [Server] unknown variable 'default-authentication-plugin=mysql_native_password'.\n"
     '2026-03-01T10:00:01.113Z [ERROR] [MY-010119] [Server] Aborting\n'
     '\n'
     '*********\n'
     '\n'
     '$ bundle exec rake db:create\n'
     "Can't connect to MySQL server on 'mysql' (111)\n"
     "Couldn't create 'app_test' database. Please check your configuration.\n"
     'rake aborted!\n'
     "ActiveRecord::ConnectionNotEstablished: Can't connect to MySQL server on 'mysql' (111)\n"
     'ERROR: Job failed: exit code 1\n')),
    # timeout, github, go
    ('guard_deadlock_go_test_timeout_gha', 'real',
     ('Run go test -race -timeout 10m ./...\n'
     'ok  \tgithub.com/acme/queue/codec\t1.204s\n'
     'panic: test timed out after 10m0s\n'
     '\trunning tests:\n'
     '\t\tTestWorkerPoolDrain (9m58s)\n'
     '\n'
     'goroutine 34 [sync.Mutex.Lock, 9 minutes]:\n'
     'sync.runtime_SemacquireMutex(0xc0000a8f8c?, 0x0?, 0xc000166f60?)\n'
     '\t/opt/hostedtoolcache/go/1.22.1/x64/src/runtime/sema.go:77 +0x25\n'
     'sync.(*Mutex).lockSlow(0xc0000a8f88)\n'
     '\t/opt/hostedtoolcache/go/1.22.1/x64/src/sync/mutex.go:171 +0x15d\n'
     'sync.(*Mutex).Lock(...)\n'
     'github.com/acme/queue/pool.(*Pool).Drain(0xc0000a8f80)\n'
     '\t/home/runner/work/queue/queue/pool/pool.go:88 +0x4a\n'
     'github.com/acme/queue/pool.(*Pool).release(0xc0000a8f80, 0xc0000b2000)\n'
     '\t/home/runner/work/queue/queue/pool/pool.go:121 +0x31\n'
     '\n'
     'goroutine 35 [sync.Mutex.Lock, 9 minutes]:\n'
     'github.com/acme/queue/pool.(*Pool).Submit(0xc0000a8f80, 0xc0000b2010)\n'
     '\t/home/runner/work/queue/queue/pool/pool.go:64 +0x58\n'
     'FAIL\tgithub.com/acme/queue/pool\t600.031s\n'
     'FAIL\n'
     'Error: Process completed with exit code 1.\n')),
    # timeout, gitlab, node
    ('deadlock_jest_timeout_every_run_gitlab', 'not transient',
     ('$ npx jest --ci packages/scheduler\n'
     ' FAIL  packages/scheduler/src/__tests__/lock.test.ts (12.114 s)\n'
     '  ● LeaseLock › releases the lease when the holder aborts\n'
     '\n'
     '    thrown: "Exceeded timeout of 5000 ms for a test.\n'
     '    Add a timeout value to this test to increase the timeout, if this is a long-running test. See https://jestjs.io/docs/api#testname-fn-timeout."\n'
     '\n'
     '      41 |   });\n'
     '      42 |\n'
     "    > 43 |   it('releases the lease when the holder aborts', async () => {\n"
     '         |   ^\n'
     '      44 |     const lock = new LeaseLock(store);\n'
     "      45 |     await lock.acquire('job-1');\n"
     "      46 |     await lock.acquire('job-1');\n"
     '\n'
     'Test Suites: 1 failed, 11 passed, 12 total\n'
     'Tests:       1 failed, 87 passed, 88 total\n'
     'ERROR: Job failed: exit code 1\n')),
    # timeout, jenkins, pytest
    ('deadlock_pytest_timeout_thread_stack_jenkins', 'real',
     ('tests/test_cache.py::test_concurrent_evict\n'
     '\n'
     '+++++++++++++++++++++++++++++++++++ Timeout ++++++++++++++++++++++++++++++++++++\n'
     '\n'
     '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ Stack of evictor-1 (140001) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n'
     '  File "/usr/lib/python3.12/threading.py", line 1030, in _bootstrap\n'
     '    self._bootstrap_inner()\n'
     '  File "/var/lib/jenkins/workspace/cache/src/lrucache/core.py", line 77, in evict\n'
     '    with self._index_lock:\n'
     '\n'
     '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ Stack of writer-1 (139990) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n'
     '  File "/usr/lib/python3.12/threading.py", line 1030, in _bootstrap\n'
     '    self._bootstrap_inner()\n'
     '  File "/var/lib/jenkins/workspace/cache/src/lrucache/core.py", line 58, in put\n'
     '    with self._entries_lock:\n'
     '\n'
     '+++++++++++++++++++++++++++++++++++ Timeout ++++++++++++++++++++++++++++++++++++\n'
     'FAILED tests/test_cache.py::test_concurrent_evict - Failed: Timeout >60.0s\n'
     '============ 1 failed, 203 passed in 71.02s (0:01:11) ============\n'
     'script returned exit code 1\n'
     'Finished: FAILURE\n')),
    # timeout, azure, maven
    ('hang_junit_surefire_timeout_azure', 'not transient',
     ('[INFO] Running com.acme.ledger.SettlementServiceTest\n'
     '[ERROR] Tests run: 6, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 30.41 s <<< FAILURE! - in com.acme.ledger.SettlementServiceTest\n'
     '[ERROR] com.acme.ledger.SettlementServiceTest.settlesBatchWhenAllAcksArrive  Time elapsed: 30.01 s  <<< ERROR!\n'
     'java.util.concurrent.TimeoutException: settlesBatchWhenAllAcksArrive() timed out after 30 seconds\n'
     '\tat java.base/jdk.internal.misc.Unsafe.park(Native Method)\n'
     '\tat java.base/java.util.concurrent.locks.LockSupport.park(LockSupport.java:371)\n'
     '\tat java.base/java.util.concurrent.CountDownLatch.await(CountDownLatch.java:230)\n'
     '\tat com.acme.ledger.SettlementService.settle(SettlementService.java:118)\n'
     '\tat com.acme.ledger.SettlementServiceTest.settlesBatchWhenAllAcksArrive(SettlementServiceTest.java:54)\n'
     '[ERROR] Errors:\n'
     '[ERROR]   SettlementServiceTest.settlesBatchWhenAllAcksArrive » Timeout settlesBatchWhenAllAcksArrive() timed out after 30 seconds\n'
     '[ERROR] Tests run: 214, Failures: 0, Errors: 1, Skipped: 0\n'
     '##[error]Maven failed with exit code 1\n')),
    # timeout, github, rust
    ('guard_job_timeout_infinite_loop_gha', 'unknown',
     ('Run cargo test --workspace\n'
     '   Compiling parser v0.4.0 (/home/runner/work/parser/parser)\n'
     '    Finished `test` profile [unoptimized + debuginfo] target(s) in 38.11s\n'
     '     Running unittests src/lib.rs (target/debug/deps/parser-3c1f)\n'
     'running 58 tests\n'
     'test lexer::tests::numbers ... ok\n'
     'test lexer::tests::idents ... ok\n'
     'test grammar::tests::nested_blocks has been running for over 60 seconds\n'
     'Error: The operation was canceled.\n')),
    # ratelimit, github, python
    ('ratelimit_unauth_github_api_gha', 'not transient',
     ('Run python scripts/check_links.py --all\n'
     'checking 412 repository links...\n'
     '[ 61/412] https://api.github.com/repos/acme/widgets ... ok\n'
     '[ 62/412] https://api.github.com/repos/acme/gears ... HTTP 403\n'
     'Traceback (most recent call last):\n'
     '  File "/home/runner/work/docs/docs/scripts/check_links.py", line 48, in <module>\n'
     '    resp.raise_for_status()\n'
     'requests.exceptions.HTTPError: 403 Client Error: rate limit exceeded for url: https://api.github.com/repos/acme/gears\n'
     '{"message":"API rate limit exceeded for 20.1.2.3. (But here\'s the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)"}\n'
     'Error: Process completed with exit code 1.\n')),
    # ratelimit, gitlab, docker
    ('ratelimit_dockerhub_every_run_gitlab', 'not transient',
     ('Using Docker executor with image docker:24 ...\n'
     '$ for img in $(cat images.txt); do docker pull "$img"; done\n'
     'Pulling from library/postgres\n'
     'Digest: sha256:2c9a0e0e0b8f\n'
     'Status: Downloaded newer image for postgres:16\n'
     'Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\n'
     'ERROR: Job failed: exit code 1\n')),
    # disk, github, cargo
    ('disk_own_output_cargo_gha', 'not transient',
     ('Run cargo build --release --all-targets --all-features\n'
     '   Compiling engine-core v0.9.0 (/home/runner/work/engine/engine/core)\n'
     '   Compiling engine-render v0.9.0 (/home/runner/work/engine/engine/render)\n'
     'error: failed to write /home/runner/work/engine/engine/target/release/deps/libengine_render-8f1a.rlib: No space left on device (os error 28)\n'
     '\n'
     'error: could not compile `engine-render` (lib) due to 1 previous error\n'
     'Error: Process completed with exit code 101.\n')),
    # disk, jenkins, pytest
    ('disk_test_writes_100g_jenkins', 'not transient',
     ('+ pytest tests/test_export.py -x\n'
     'tests/test_export.py::test_export_full_archive FAILED\n'
     '\n'
     '    def test_export_full_archive(tmp_path):\n'
     '        exporter = Exporter(tmp_path, chunk_size=DEFAULT_CHUNK)\n'
     '>       exporter.write_all(generate_rows(10**9))\n'
     'src/exporter/core.py:211: in write_all\n'
     '    fh.write(block)\n'
     'E   OSError: [Errno 28] No space left on device\n'
     '\n'
     'tests/test_export.py:40: OSError\n'
     'FAILED tests/test_export.py::test_export_full_archive - OSError: [Errno 28] No space left on device\n'
     'script returned exit code 1\n'
     'Finished: FAILURE\n')),
    # oom, circleci, cpp
    ('guard_oom_cc1plus_killed_circle', 'unknown',
     ('#!/bin/bash -eo pipefail\n'
     'cmake --build build -j 8\n'
     '[ 91%] Building CXX object src/CMakeFiles/core.dir/generated/all_tables.cpp.o\n'
     'c++: fatal error: Killed signal terminated program cc1plus\n'
     'compilation terminated.\n'
     'make[2]: *** [src/CMakeFiles/core.dir/build.make:1204: src/CMakeFiles/core.dir/generated/all_tables.cpp.o] Error 1\n'
     'make[1]: *** [CMakeFiles/Makefile2:311: src/CMakeFiles/core.dir/all] Error 2\n'
     'make: *** [Makefile:136: all] Error 2\n'
     '\n'
     'Exited with code exit status 2\n')),
    # oom, gitlab, node
    ('oom_test_leak_heap_gitlab', 'unknown',
     ('$ npm test\n'
     '> web@4.2.0 test\n'
     '> vitest run\n'
     '\n'
     ' RUN  v1.6.0 /builds/web/app\n'
     '\n'
     '<--- Last few GCs --->\n'
     '[412:0x6a1c000]    91021 ms: Mark-Compact 4044.1 (4131.3) -> 4041.8 (4133.8) MB, 1802.11 / 0.00 ms  (average mu = 0.101, current mu = 0.021) allocation failure; scavenge might not succeed\n'
     '\n'
     '<--- JS stacktrace --->\n'
     'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n'
     ' 1: 0xb8cc50 node::Abort() [node]\n'
     ' 2: 0xa96 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]\n'
     'Error: Worker exited unexpectedly\n'
     ' ❯ ChildProcess.<anonymous> node_modules/tinypool/dist/index.js:140:34\n'
     'ERROR: Job failed: exit code 1\n')),
    # oom, teamcity, gradle
    ('guard_oom_java_heap_test_teamcity', 'real',
     ('[12:01:40] : [Step 2/3] > Task :core:test\n'
     '[12:03:10] : [Step 2/3] com.acme.index.TrieBuilderTest > buildsFromFullDictionary FAILED\n'
     '[12:03:10] : [Step 2/3]     java.lang.OutOfMemoryError: Java heap space\n'
     '[12:03:10] : [Step 2/3]         at java.base/java.util.Arrays.copyOf(Arrays.java:3541)\n'
     '[12:03:10] : [Step 2/3]         at com.acme.index.TrieBuilder.grow(TrieBuilder.java:212)\n'
     '[12:03:10] : [Step 2/3]         at com.acme.index.TrieBuilderTest.buildsFromFullDictionary(TrieBuilderTest.java:77)\n'
     '[12:03:10] : [Step 2/3] 148 tests completed, 1 failed\n'
     '[12:03:10] : [Step 2/3] FAILURE: Build failed with an exception.\n'
     '[12:03:10] : [Step 2/3] * What went wrong:\n'
     "[12:03:10] : [Step 2/3] Execution failed for task ':core:test'.\n"
     '[12:03:10]E: [Step 2/3] Process exited with code 1\n')),
    # flaky, github, pytest
    ('guard_rerun_all_failed_pytest_gha', 'real',
     ('Run pytest -p rerunfailures --reruns 2 tests/\n'
     'tests/test_pricing.py::test_discount_rounding RERUN                        [ 40%]\n'
     'tests/test_pricing.py::test_discount_rounding RERUN                        [ 40%]\n'
     'tests/test_pricing.py::test_discount_rounding FAILED                       [ 40%]\n'
     '=================================== FAILURES ===================================\n'
     '____________________________ test_discount_rounding ____________________________\n'
     '>       assert price.apply(Discount("10%")) == Decimal("8.99")\n'
     "E       AssertionError: assert Decimal('9.00') == Decimal('8.99')\n"
     'tests/test_pricing.py:66: AssertionError\n'
     '=========================== short test summary info ============================\n'
     "FAILED tests/test_pricing.py::test_discount_rounding - AssertionError: assert Decimal('9.00') == Decimal('8.99')\n"
     '==================== 1 failed, 210 passed, 2 rerun in 4.11s ====================\n'
     'Error: Process completed with exit code 1.\n')),
    # flaky, buildkite, ruby
    ('flaky_3of3_buildkite', 'real',
     ('--- :rspec: bundle exec rspec\n'
     'Randomized with seed 41123\n'
     '..........F\n'
     '\n'
     'Failures:\n'
     '\n'
     '  1) Invoice#total applies tax after discount\n'
     '     Failure/Error: expect(invoice.total).to eq(107.0)\n'
     '\n'
     '       expected: 107.0\n'
     '            got: 108.0\n'
     '\n'
     "     # ./spec/models/invoice_spec.rb:22:in `block (3 levels) in <top (required)>'\n"
     '\n'
     'RSpec::Retry: 3rd try ./spec/models/invoice_spec.rb:20\n'
     'Finished in 3.2 seconds\n'
     '142 examples, 1 failure\n'
     '\n'
     'Failed examples:\n'
     'rspec ./spec/models/invoice_spec.rb:20 # Invoice#total applies tax after discount\n'
     'Flaky test detection: Invoice#total applies tax after discount failed 3 of 3 attempts\n'
     '🚨 Error: The command exited with status 1\n')),
    # flaky, github, playwright
    ('guard_playwright_retry_all_failed_gha', 'real',
     ('Run npx playwright test\n'
     'Running 64 tests using 4 workers\n'
     '  ✘  12 [chromium] › checkout.spec.ts:18:5 › checkout › shows the total (3.1s)\n'
     '  ✘  13 [chromium] › checkout.spec.ts:18:5 › checkout › shows the total (retry #1) (2.9s)\n'
     '  ✘  14 [chromium] › checkout.spec.ts:18:5 › checkout › shows the total (retry #2) (3.0s)\n'
     '\n'
     '  1) [chromium] › checkout.spec.ts:18:5 › checkout › shows the total ───────────────\n'
     '\n'
     '    Error: expect(locator).toHaveText(expected)\n'
     '\n'
     '    Expected string: "Total: $42.00"\n'
     '    Received string: "Total: $NaN"\n'
     '\n'
     '    Retry #2 ───────────────────────────────────────────\n'
     '\n'
     '  1 failed\n'
     '    [chromium] › checkout.spec.ts:18:5 › checkout › shows the total ───────────────\n'
     '  63 passed (48.0s)\n'
     'Error: Process completed with exit code 1.\n')),
    # flaky, jenkins, gradle
    ('guard_gradle_test_retry_all_failed_jenkins', 'real',
     ('> Task :service:test\n'
     '\n'
     'OrderServiceTest > rejectsDuplicateIds() FAILED\n'
     '    org.opentest4j.AssertionFailedError: expected: <409> but was: <201>\n'
     '        at app//com.acme.OrderServiceTest.rejectsDuplicateIds(OrderServiceTest.java:88)\n'
     '\n'
     'OrderServiceTest > rejectsDuplicateIds() FAILED\n'
     '    org.opentest4j.AssertionFailedError: expected: <409> but was: <201>\n'
     '\n'
     'OrderServiceTest > rejectsDuplicateIds() FAILED\n'
     '    org.opentest4j.AssertionFailedError: expected: <409> but was: <201>\n'
     '\n'
     '212 tests completed, 3 failed\n'
     '> Task :service:test FAILED\n'
     'FAILURE: Build failed with an exception.\n'
     'Finished: FAILURE\n')),
    # flaky, drone, go
    ('guard_go_flaky_count3_all_failed_drone', 'real',
     ('+ gotestsum --rerun-fails=2 --packages ./... -- -count=1\n'
     '✖  pkg/ratelimit (1.02s)\n'
     '=== Failed\n'
     '=== FAIL: pkg/ratelimit TestBucketRefill (0.00s)\n'
     '    bucket_test.go:44: tokens = 9, want 10\n'
     '\n'
     'DONE 211 tests, 1 failure in 4.188s\n'
     '✖  pkg/ratelimit (0.41s)\n'
     '=== FAIL: pkg/ratelimit TestBucketRefill (re-run 1) (0.00s)\n'
     '    bucket_test.go:44: tokens = 9, want 10\n'
     '=== FAIL: pkg/ratelimit TestBucketRefill (re-run 2) (0.00s)\n'
     '    bucket_test.go:44: tokens = 9, want 10\n'
     '\n'
     'DONE 2 runs, 213 tests, 3 failures in 5.401s\n')),
    # runner, github, shell
    ('runner_lost_forkbomb_gha', 'not transient',
     ('Run ./scripts/stress.sh --workers 0\n'
     'spawning workers...\n'
     './scripts/stress.sh: fork: retry: Resource temporarily unavailable\n'
     './scripts/stress.sh: fork: retry: Resource temporarily unavailable\n'
     './scripts/stress.sh: fork: Resource temporarily unavailable\n'
     './scripts/stress.sh: fork: Resource temporarily unavailable\n'
     'The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.\n'
     'Error: The operation was canceled.\n')),
    # runner, jenkins, shell
    ('agent_killed_by_test_pkill_jenkins', 'unknown',
     ('+ ./tests/cleanup_test.sh\n'
     '== test: cleanup kills stray workers\n'
     '+ pkill -9 -f java\n'
     'Cannot contact ci-agent-07: java.io.EOFException\n'
     'wrapper script does not seem to be touching the log file in /var/lib/jenkins/workspace/app@tmp/durable-1a2b3c\n'
     '(JENKINS-48300: if on an extremely laggy filesystem, consider -Dorg.jenkinsci.plugins.durabletask.BourneShellScript.HEARTBEAT_CHECK_INTERVAL=86400)\n'
     'Finished: FAILURE\n')),
    # runner, gitlab, python
    ('runner_lost_memory_blowup_gitlab', 'not transient',
     ('$ python -m pytest tests/test_matrix.py\n'
     '============================= test session starts ==============================\n'
     'collected 12 items\n'
     '\n'
     'tests/test_matrix.py ......\n'
     'tests/test_matrix.py::test_dense_product_10k\n'
     'ERROR: Job failed: exit code 137\n')),
    # registry, github, terraform
    ('guard_terraform_403_gha', 'real',
     ('Run terraform init -input=false\n'
     'Initializing the backend...\n'
     'Error: Failed to get existing workspaces: S3 bucket does not exist.\n'
     '\n'
     'The referenced S3 bucket must have been previously created. If the S3 bucket\n'
     'was created within the last minute, please wait for a minute or two and try\n'
     'again.\n'
     '\n'
     'Error: NoSuchBucket: The specified bucket does not exist\n'
     '\tstatus code: 404, request id: 8A2B3C4D5E6F, host id: abcDEF==\n'
     'Error: Terraform exited with code 1.\n'
     'Error: Process completed with exit code 1.\n')),
    # registry, codebuild, aws
    ('guard_s3_accessdenied_codebuild', 'real',
     ('[Container] 2026/01/20 14:02:11.001 Running command aws s3 cp dist/ s3://acme-web-prod/ --recursive\n'
     'upload failed: dist/index.html to s3://acme-web-prod/index.html An error occurred (AccessDenied) when calling the PutObject operation: Access Denied\n'
     'upload failed: dist/app.js to s3://acme-web-prod/app.js An error occurred (AccessDenied) when calling the PutObject operation: Access Denied\n'
     '[Container] 2026/01/20 14:02:12.441 Command did not exit successfully aws s3 cp dist/ s3://acme-web-prod/ --recursive exit status 1\n'
     '[Container] 2026/01/20 14:02:12.447 Phase complete: BUILD State: FAILED\n')),
    # registry, cloudbuild, docker
    ('guard_docker_push_unauthorized_cloudbuild', 'real',
     ('Step #2: The push refers to repository [europe-docker.pkg.dev/acme-prod/apps/api]\n'
     'Step #2: 5f70bf18a086: Preparing\n'
     'Step #2: denied: Permission "artifactregistry.repositories.uploadArtifacts" denied on resource "projects/acme-prod/locations/europe/repositories/apps" (or it may not exist)\n'
     'Finished Step #2\n'
     'ERROR\n'
     'ERROR: build step 2 "gcr.io/cloud-builders/docker" failed: step exited with non-zero status: 1\n')),
    # registry, github, elixir
    ('guard_hex_404_package_elixir_gha', 'real',
     ('Run mix deps.get\n'
     'Resolving Hex dependencies...\n'
     'Resolution completed in 0.112s\n'
     '** (Mix) No package with name acme_auth (from: mix.exs) in registry\n'
     '\n'
     'Error: Process completed with exit code 1.\n')),
    # git, bitrise, swift
    ('guard_swiftpm_repo_notfound_bitrise', 'real',
     ('+ swift package resolve\n'
     'Fetching https://github.com/acme/SwiftCharts.git\n'
     'error: Failed to clone repository https://github.com/acme/SwiftCharts.git:\n'
     "    Cloning into bare repository '/Users/vagrant/Library/Caches/org.swift.swiftpm/repositories/SwiftCharts-3f2a1b0c'...\n"
     '    remote: Repository not found.\n'
     "    fatal: repository 'https://github.com/acme/SwiftCharts.git/' not found\n"
     '|\n'
     '| Script step failed\n')),
    # registry, azure, conda
    ('guard_conda_404_channel_azure', 'real',
     ('conda env create -f environment.yml\n'
     'Channels:\n'
     ' - acme-forge\n'
     ' - conda-forge\n'
     'Platform: linux-64\n'
     'Collecting package metadata (repodata.json): failed\n'
     '\n'
     'UnavailableInvalidChannel: HTTP 404 NOT FOUND for channel acme-forge <https://conda.anaconda.org/acme-forge>\n'
     '\n'
     'The channel is not accessible or is invalid.\n'
     '\n'
     'You will need to adjust your conda configuration to proceed.\n'
     "Use `conda config --show channels` to view your configuration's current state,\n"
     'and use `conda config --show-sources` to view config file locations.\n'
     "##[error]Bash exited with code '1'.\n")),
    # registry, circleci, go
    ('guard_gomod_410_gone_circle', 'real',
     ('#!/bin/bash -eo pipefail\n'
     'go mod download\n'
     'go: github.com/acme/oldlib@v0.1.3: reading https://proxy.golang.org/github.com/acme/oldlib/@v/v0.1.3.mod: 410 Gone\n'
     '\tserver response: not found: github.com/acme/oldlib@v0.1.3: invalid version: unknown revision v0.1.3\n'
     '\n'
     'Exited with code exit status 1\n')),
    # registry, bitbucket, npm
    ('guard_yarn_404_bitbucket', 'real',
     ('+ yarn install --frozen-lockfile\n'
     'yarn install v1.22.22\n'
     '[1/4] Resolving packages...\n'
     '[2/4] Fetching packages...\n'
     'error An unexpected error occurred: "https://registry.yarnpkg.com/@acme/legacy-icons/-/legacy-icons-1.2.0.tgz: Request failed \\"404 Not Found\\"".\n'
     'info If you think this is a bug, please open an issue at https://github.com/yarnpkg/yarn/issues\n'
     'info Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.\n')),
    # registry, woodpecker, npm
    ('guard_pnpm_403_token_woodpecker', 'real',
     ('+ pnpm install --frozen-lockfile\n'
     ' ERR_PNPM_FETCH_403  GET https://npm.pkg.github.com/@acme%2Fdesign-tokens: Forbidden - 403\n'
     'No authorization header was set for the request.\n')),
    # service, appveyor, nuget
    ('nuget_connection_refused_localfeed_appveyor', 'not transient',
     ('dotnet restore\n'
     '  Determining projects to restore...\n'
     'C:\\Program Files\\dotnet\\sdk\\8.0.204\\NuGet.targets(169,5): error : Unable to load the service index for source http://localhost:5555/v3/index.json. [C:\\projects\\tools\\tools.sln]\n'
     'C:\\Program Files\\dotnet\\sdk\\8.0.204\\NuGet.targets(169,5): error :   No connection could be made because the target machine actively refused it. (localhost:5555) [C:\\projects\\tools\\tools.sln]\n'
     'Command exited with code 1\n')),
    # registry, gitlab, k8s
    ('guard_kubectl_forbidden_gitlab', 'real',
     ('$ kubectl apply -f k8s/\n'
     'Error from server (Forbidden): error when retrieving current configuration of:\n'
     'Resource: "apps/v1, Resource=deployments", GroupVersionKind: "apps/v1, Kind=Deployment"\n'
     'Name: "api", Namespace: "prod"\n'
     'from server for: "k8s/deploy.yaml": deployments.apps "api" is forbidden: User "system:serviceaccount:ci:deployer" cannot get resource "deployments" in API group "apps" in the namespace "prod"\n'
     'ERROR: Job failed: exit code 1\n')),
    # ratelimit, semaphore, node
    ('ratelimit_npm_429_loop_semaphore', 'not transient',
     ('node scripts/sync-translations.js\n'
     'fetched 100/2400 keys\n'
     'fetched 200/2400 keys\n'
     'Error: Request failed with status code 429\n'
     '    at createError (/home/semaphore/app/node_modules/axios/lib/core/createError.js:16:15)\n'
     "  response: { status: 429, statusText: 'Too Many Requests', data: { error: 'quota exceeded for anonymous clients: 200 requests per hour' } }\n"
     'exit code: 1\n')),
    # registry, github, pip
    ('guard_pip_hash_mismatch_persistent_gha', 'real',
     ('Run pip install --require-hashes -r requirements.lock\n'
     'Collecting certifi==2024.2.2 (from -r requirements.lock (line 3))\n'
     '  Downloading certifi-2024.2.2-py3-none-any.whl (163 kB)\n'
     'ERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE. If you have updated the package versions, please update the hashes. Otherwise, examine the package contents carefully; someone may have tampered with them.\n'
     '    certifi==2024.2.2 from https://files.pythonhosted.org/packages/ba/06/certifi-2024.2.2-py3-none-any.whl (from -r requirements.lock (line 3)):\n'
     '        Expected sha256 0000000000000000000000000000000000000000000000000000000000000000\n'
     '             Got    dc383c07b76109f368f6106eee2b593b04a011ea4d55f652c6ca24a754d1cdd1\n'
     'Error: Process completed with exit code 1.\n')),
    # timeout, travis, shell
    ('guard_timeout_hang_on_stdin_travis', 'real',
     ('$ ./configure --prefix=$HOME/.local\n'
     'checking for gcc... gcc\n'
     'Do you accept the license terms? [y/N]\n'
     '\n'
     'No output has been received in the last 10m0s, this potentially indicates a stalled build or something wrong with the build itself.\n'
     'Check the details on how to adjust your build configuration on: https://docs.travis-ci.com/user/common-build-problems/#build-times-out-because-no-output-was-received\n'
     '\n'
     'The build has been terminated\n')),
    # service, github, docker
    ('timeout_wait_for_unbuilt_service_gha', 'unknown',
     ('Run docker compose up -d && ./scripts/wait-for.sh localhost:8080 -t 120\n'
     '[+] Running 2/2\n'
     ' ✔ Container app-db-1   Started\n'
     ' ✘ Container app-api-1  Error\n'
     'Error response from daemon: failed to create task for container: exec: "/app/entrypoint.sh": permission denied: unknown\n'
     'wait-for.sh: waiting 120 seconds for localhost:8080\n'
     'wait-for.sh: timeout occurred after waiting 120 seconds for localhost:8080\n'
     'Error: Process completed with exit code 1.\n')),
    # service, gitlab, go
    ('grpc_unavailable_no_server_gitlab', 'not transient',
     ('$ go test ./e2e/...\n'
     '--- FAIL: TestCheckout (5.00s)\n'
     '    checkout_test.go:29: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 127.0.0.1:50051: connect: connection refused"\n'
     'FAIL\n'
     'FAIL\tgitlab.acme.example/shop/e2e\t5.013s\n'
     'ERROR: Job failed: exit code 1\n')),
    # dns, teamcity, maven
    ('mvn_wagon_unknown_host_teamcity', 'not transient',
     ('[09:14:02] : [Step 1/1] [ERROR] Failed to execute goal on project api: Could not resolve dependencies for project com.acme:api:jar:1.0: Failed to collect dependencies at com.acme:common:jar:3.1: Failed to read artifact descriptor for com.acme:common:jar:3.1: Could not transfer artifact com.acme:common:pom:3.1 from/to internal (https://nexus.old-dc.acme.example/repository/maven-public/): nexus.old-dc.acme.example: Name or service not known: Unknown host nexus.old-dc.acme.example: Name or service not known -> [Help 1]\n'
     '[09:14:02]E: [Step 1/1] Process exited with code 1\n')),
    # proxy, github, python
    ('guard_ssl_wrong_version_proxy_gha', 'real',
     ('Run python -m pip install -U build\n'
     "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'SSLError(SSLError(1, '[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)'))': /simple/build/\n"
     "WARNING: Retrying (Retry(total=3, connect=None, read=None, redirect=None, status=None)) after connection broken by 'SSLError(SSLError(1, '[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)'))': /simple/build/\n"
     'ERROR: Could not find a version that satisfies the requirement build (from versions: none)\n'
     'ERROR: No matching distribution found for build\n'
     'Error: Process completed with exit code 1.\n')),
    # registry, buildkite, docker
    ('guard_ecr_expired_token_buildkite', 'not transient',
     ('$ docker push 123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:4f1c2a9\n'
     'The push refers to repository [123456789012.dkr.ecr.eu-west-1.amazonaws.com/api]\n'
     'denied: Your authorization token has expired. Reauthenticate and try again.\n'
     '🚨 Error: The command exited with status 1\n')),
    # flaky, gitlab, maven
    ('flaky_detector_all_attempts_gitlab', 'real',
     ('$ mvn -B verify\n'
     '[ERROR] Tests run: 88, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 9.114 s <<< FAILURE! - in com.acme.cart.CartTotalsTest\n'
     '[ERROR] com.acme.cart.CartTotalsTest.appliesVoucherOnce  Time elapsed: 0.021 s  <<< FAILURE!\n'
     'org.opentest4j.AssertionFailedError: expected: <90.00> but was: <80.00>\n'
     '[flaky] CartTotalsTest.appliesVoucherOnce failed on all 3 attempts\n'
     '[ERROR] Tests run: 88, Failures: 1, Errors: 0, Skipped: 0\n'
     'ERROR: Job failed: exit code 1\n')),
    # flaky, circleci, python
    ('flaky_detector_zero_passed_circle', 'real',
     ('#!/bin/bash -eo pipefail\n'
     'python -m pytest tests/ --flake-finder --flake-runs=3\n'
     "FAILED tests/test_slugify.py::test_unicode_slug - AssertionError: assert 'caf' == 'cafe'\n"
     'flaky test check: tests/test_slugify.py::test_unicode_slug: 0 of 3 runs passed\n'
     '1 failed, 120 passed in 3.02s\n'
     '\n'
     'Exited with code exit status 1\n')),
    # flaky, buildkite, ruby
    ('guard_flaky_detector_some_attempts', 'transient',
     ('--- :rspec: bundle exec rspec\n'
     '142 examples, 0 failures\n'
     'Flaky test detection: Invoice#total applies tax after discount failed 1 of 3 attempts, passed on retry\n'
     'Job failed: flaky tests are not allowed on the main branch\n'
     '🚨 Error: The command exited with status 1\n')),
    # runner, github, shell
    ('runner_killed_by_own_reboot_gha', 'unknown',
     ('Run sudo sysctl -w vm.max_map_count=262144 && sudo reboot\n'
     'vm.max_map_count = 262144\n'
     'Run sudo reboot\n'
     'The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.\n'
     'Error: The operation was canceled.\n')),
    # runner, gitlab, node
    ('runner_killed_by_own_killall_gitlab', 'unknown',
     ('$ npm run e2e:teardown\n'
     '> shop@2.0.0 e2e:teardown\n'
     '> killall -9 node chrome || true\n'
     '$ killall -9 node chrome gitlab-runner\n'
     'ERROR: Job failed (system failure): aborted: terminated\n')),
    # runner, github, shell
    ('guard_runner_lost_after_pid_kill', 'transient',
     ('Run kill -9 $(cat server.pid) && make integration\n'
     'go test -tags integration ./...\n'
     'ok  \tgithub.com/acme/api/store\t12.41s\n'
     'The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.\n'
     'Error: The operation was canceled.\n')),
    # runner, jenkins, shell
    ('guard_runner_lost_long_after_pkill', 'transient',
     ("+ pkill -f 'gunicorn app:server' || true\n"
     'test_api.py::test_route_0 PASSED\n'
     'test_api.py::test_route_1 PASSED\n'
     'test_api.py::test_route_2 PASSED\n'
     'test_api.py::test_route_3 PASSED\n'
     'test_api.py::test_route_4 PASSED\n'
     'test_api.py::test_route_5 PASSED\n'
     'test_api.py::test_route_6 PASSED\n'
     'test_api.py::test_route_7 PASSED\n'
     'test_api.py::test_route_8 PASSED\n'
     'test_api.py::test_route_9 PASSED\n'
     'test_api.py::test_route_10 PASSED\n'
     'test_api.py::test_route_11 PASSED\n'
     'test_api.py::test_route_12 PASSED\n'
     'test_api.py::test_route_13 PASSED\n'
     'test_api.py::test_route_14 PASSED\n'
     'test_api.py::test_route_15 PASSED\n'
     'test_api.py::test_route_16 PASSED\n'
     'test_api.py::test_route_17 PASSED\n'
     'test_api.py::test_route_18 PASSED\n'
     'test_api.py::test_route_19 PASSED\n'
     'test_api.py::test_route_20 PASSED\n'
     'test_api.py::test_route_21 PASSED\n'
     'test_api.py::test_route_22 PASSED\n'
     'test_api.py::test_route_23 PASSED\n'
     'test_api.py::test_route_24 PASSED\n'
     'test_api.py::test_route_25 PASSED\n'
     'test_api.py::test_route_26 PASSED\n'
     'test_api.py::test_route_27 PASSED\n'
     'test_api.py::test_route_28 PASSED\n'
     'test_api.py::test_route_29 PASSED\n'
     'test_api.py::test_route_30 PASSED\n'
     'test_api.py::test_route_31 PASSED\n'
     'test_api.py::test_route_32 PASSED\n'
     'test_api.py::test_route_33 PASSED\n'
     'test_api.py::test_route_34 PASSED\n'
     'test_api.py::test_route_35 PASSED\n'
     'test_api.py::test_route_36 PASSED\n'
     'test_api.py::test_route_37 PASSED\n'
     'test_api.py::test_route_38 PASSED\n'
     'test_api.py::test_route_39 PASSED\n'
     'test_api.py::test_route_40 PASSED\n'
     'test_api.py::test_route_41 PASSED\n'
     'test_api.py::test_route_42 PASSED\n'
     'test_api.py::test_route_43 PASSED\n'
     'test_api.py::test_route_44 PASSED\n'
     'test_api.py::test_route_45 PASSED\n'
     'test_api.py::test_route_46 PASSED\n'
     'test_api.py::test_route_47 PASSED\n'
     'test_api.py::test_route_48 PASSED\n'
     'test_api.py::test_route_49 PASSED\n'
     'test_api.py::test_route_50 PASSED\n'
     'test_api.py::test_route_51 PASSED\n'
     'test_api.py::test_route_52 PASSED\n'
     'test_api.py::test_route_53 PASSED\n'
     'test_api.py::test_route_54 PASSED\n'
     'test_api.py::test_route_55 PASSED\n'
     'test_api.py::test_route_56 PASSED\n'
     'test_api.py::test_route_57 PASSED\n'
     'test_api.py::test_route_58 PASSED\n'
     'test_api.py::test_route_59 PASSED\n'
     'Cannot contact ci-agent-07: java.io.IOException: Unexpected termination of the channel\n'
     'Agent ci-agent-07 was deleted; cancelling node body\n'
     'Finished: FAILURE\n')),
    # service, drone, docker
    ('container_exec_format_then_refused_drone', 'unknown',
     ('+ docker run -d --name api -p 8080:8080 api:ci\n'
     'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/usr/local/bin/api": exec format error: unknown.\n'
     '+ curl -sf --retry 5 --retry-connrefused http://localhost:8080/health\n'
     'curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused\n')),
    # service, github, docker
    ('guard_compose_wait_timeout_started', 'transient',
     ('Run docker compose up -d && ./scripts/wait-for.sh localhost:8080 -t 120\n'
     '[+] Running 2/2\n'
     ' ✔ Container app-db-1   Started\n'
     ' ✔ Container app-api-1  Started\n'
     'wait-for.sh: waiting 120 seconds for localhost:8080\n'
     'wait-for.sh: timeout occurred after waiting 120 seconds for localhost:8080\n'
     'Error: Process completed with exit code 1.\n')),
    # oom, azure, node
    ('jest_worker_heap_limit_azure', 'unknown',
     ('npx jest --ci --maxWorkers=2\n'
     ' PASS  src/cart/cart.test.ts\n'
     '<--- Last few GCs --->\n'
     '[2210:0x5a0c] 120771 ms: Mark-Compact 2011.4 (2083.2) -> 2009.9 (2084.7) MB, 911.20 / 0.00 ms  (average mu = 0.12, current mu = 0.03) allocation failure; scavenge might not succeed\n'
     'FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory\n'
     'Jest worker encountered 4 child process exceptions, exceeding retry limit\n'
     "##[error]Bash exited with code '1'.\n")),
    # oom, azure, node
    ('guard_jest_worker_lost_alone', 'transient',
     ('npx jest --ci --maxWorkers=2\n'
     ' PASS  src/cart/cart.test.ts\n'
     ' PASS  src/cart/totals.test.ts\n'
     'Jest worker encountered 4 child process exceptions, exceeding retry limit\n'
     "##[error]Bash exited with code '1'.\n")),
    # timeout, github, pytest
    ('pytest_timeout_own_locks_gha', 'real',
     ('Run pytest -p timeout --timeout=120 tests/\n'
     'tests/test_flush.py::test_parallel_flush\n'
     '\n'
     '+++++++++++++++++++++++++++++++++++ Timeout ++++++++++++++++++++++++++++++++++++\n'
     '\n'
     '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ Stack of flusher-0 (139822) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n'
     '  File "/home/runner/work/store/store/src/store/flush.py", line 41, in run\n'
     '    self._segment_lock.acquire()\n'
     '\n'
     '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ Stack of flusher-1 (139823) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n'
     '  File "/home/runner/work/store/store/src/store/flush.py", line 57, in run\n'
     '    self._drained.wait()\n'
     '  File "/opt/hostedtoolcache/Python/3.12.2/x64/lib/python3.12/threading.py", line 355, in wait\n'
     '    waiter.acquire()\n'
     '\n'
     '+++++++++++++++++++++++++++++++++++ Timeout ++++++++++++++++++++++++++++++++++++\n'
     'FAILED tests/test_flush.py::test_parallel_flush - Failed: Timeout >120.0s\n'
     '=================== 1 failed, 57 passed in 131.40s (0:02:11) ===================\n'
     'Error: Process completed with exit code 1.\n')),
    # timeout, github, pytest (pytest-timeout's thread method: the stacks, then the process exits; nothing reads it)
    ('guard_pytest_timeout_thread_method_gha', 'unknown',
     ('Run pytest -p timeout --timeout=120 --timeout-method=thread tests/\n'
     'tests/test_flush.py::test_parallel_flush\n'
     '\n'
     '+++++++++++++++++++++++++++++++++++ Timeout ++++++++++++++++++++++++++++++++++++\n'
     '\n'
     '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ Stack of MainThread (139801) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n'
     '  File "/home/runner/work/store/store/tests/test_flush.py", line 30, in test_parallel_flush\n'
     '    flusher.join()\n'
     '  File "/opt/hostedtoolcache/Python/3.12.2/x64/lib/python3.12/threading.py", line 1147, in join\n'
     '    self._wait_for_tstate_lock()\n'
     '\n'
     '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ Stack of flusher-0 (139822) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n'
     '  File "/home/runner/work/store/store/src/store/flush.py", line 41, in run\n'
     '    self._segment_lock.acquire()\n'
     '\n'
     '+++++++++++++++++++++++++++++++++++ Timeout ++++++++++++++++++++++++++++++++++++\n'
     'Error: Process completed with exit code 1.\n')),
    # timeout, github, pytest
    ('guard_pytest_timeout_thread_in_ssl', 'transient',
     ('Run pytest -p timeout --timeout=120 tests/\n'
     'tests/test_sync.py::test_parallel_sync\n'
     '\n'
     '+++++++++++++++++++++++++++++++++++ Timeout ++++++++++++++++++++++++++++++++++++\n'
     '\n'
     '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ Stack of sync-0 (139822) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n'
     '  File "/home/runner/work/store/store/src/store/sync.py", line 88, in pull\n'
     '    with self._pull_lock:\n'
     '\n'
     '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ Stack of sync-1 (139823) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n'
     '  File "/home/runner/work/store/store/src/store/sync.py", line 64, in pull\n'
     '    chunk = self._conn.recv(65536)\n'
     '  File "/opt/hostedtoolcache/Python/3.12.2/x64/lib/python3.12/ssl.py", line 1134, in read\n'
     '    return self._sslobj.read(len, buffer)\n'
     '\n'
     '+++++++++++++++++++++++++++++++++++ Timeout ++++++++++++++++++++++++++++++++++++\n'
     'FAILED tests/test_sync.py::test_parallel_sync - Failed: Timeout >120.0s\n'
     '=================== 1 failed, 57 passed in 131.40s (0:02:11) ===================\n'
     'Error: Process completed with exit code 1.\n')),
    # dns, gitlab, pip
    ('guard_t_dns_temp_failure_pip', 'transient',
     ('$ pip install -r requirements.txt\n'
     "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/numpy/\n"
     "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/numpy/\n"
     'ERROR: Could not find a version that satisfies the requirement numpy==1.26.4 (from versions: none)\n'
     'ERROR: No matching distribution found for numpy==1.26.4\n'
     'ERROR: Job failed: exit code 1\n')),
    # dns, github, go
    ('guard_t_dns_servfail_go', 'transient',
     ('Run go mod download\n'
     'go: golang.org/x/sys@v0.18.0: Get "https://proxy.golang.org/golang.org/x/sys/@v/v0.18.0.zip": dial tcp: lookup proxy.golang.org on 168.63.129.16:53: server misbehaving\n'
     'Error: Process completed with exit code 1.\n')),
    # dns, circleci, npm
    ('guard_t_npm_eai_again', 'transient',
     ('#!/bin/bash -eo pipefail\n'
     'npm ci\n'
     'npm error code EAI_AGAIN\n'
     'npm error syscall getaddrinfo\n'
     'npm error errno EAI_AGAIN\n'
     'npm error request to https://registry.npmjs.org/lodash failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org\n'
     '\n'
     'Exited with code exit status 1\n')),
    # registry, jenkins, maven
    ('guard_t_registry_503_maven', 'transient',
     ('[ERROR] Failed to execute goal on project web: Could not resolve dependencies for project com.acme:web:war:1.0: Could not transfer artifact io.netty:netty-codec:jar:4.1.107.Final from/to central (https://repo.maven.apache.org/maven2): status code: 503, reason phrase: Service Unavailable (503) -> [Help 1]\n'
     'ERROR: script returned exit code 1\n'
     'Finished: FAILURE\n')),
    # registry, buildkite, cargo
    ('guard_t_cargo_502_retries', 'transient',
     ('  Downloading crates ...\n'
     'warning: spurious network error (2 tries remaining): failed to get 200 response from `https://static.crates.io/crates/serde/1.0.197/download`, got 502\n'
     'warning: spurious network error (1 tries remaining): failed to get 200 response from `https://static.crates.io/crates/serde/1.0.197/download`, got 502\n'
     'error: failed to download from `https://static.crates.io/crates/serde/1.0.197/download`\n'
     '\n'
     'Caused by:\n'
     '  failed to get 200 response from `https://static.crates.io/crates/serde/1.0.197/download`, got 502\n'
     '🚨 Error: The command exited with status 101\n')),
    # registry, bitbucket, gradle
    ('guard_t_gradle_read_timed_out', 'transient',
     ('* What went wrong:\n'
     "Execution failed for task ':app:compileJava'.\n"
     "> Could not resolve all files for configuration ':app:compileClasspath'.\n"
     '   > Could not download guava-33.0.0-jre.jar (com.google.guava:guava:33.0.0-jre)\n'
     "      > Could not get resource 'https://repo.maven.apache.org/maven2/com/google/guava/guava/33.0.0-jre/guava-33.0.0-jre.jar'.\n"
     '         > Read timed out\n'
     'BUILD FAILED in 2m 3s\n')),
    # tls, github, docker
    ('guard_t_tls_handshake_eof', 'transient',
     ('Run docker pull node:20-bookworm\n'
     'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: TLS handshake timeout\n'
     'Error: Process completed with exit code 1.\n')),
    # tls, gitlab, shell
    ('guard_t_curl_ssl_reset', 'transient',
     ('$ curl -fsSLO https://github.com/acme/cli/releases/download/v2.0.1/cli-linux-amd64.tar.gz\n'
     'curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to objects.githubusercontent.com:443\n'
     'ERROR: Job failed: exit code 35\n')),
    # git, azure, git
    ('guard_t_git_early_eof', 'transient',
     ('git fetch --force --tags --prune --progress --no-recurse-submodules origin\n'
     'remote: Enumerating objects: 182344, done.\n'
     'error: RPC failed; curl 92 HTTP/2 stream 5 was not closed cleanly: CANCEL (err 8)\n'
     'error: 4821 bytes of body are still expected\n'
     'fetch-pack: unexpected disconnect while reading sideband packet\n'
     'fatal: early EOF\n'
     'fatal: fetch-pack: invalid index-pack output\n'
     '##[error]Git fetch failed with exit code: 128\n')),
    # git, travis, git
    ('guard_t_github_500_clone', 'transient',
     ('$ git clone --depth=50 https://github.com/acme/widgets.git acme/widgets\n'
     "Cloning into 'acme/widgets'...\n"
     'remote: Internal Server Error\n'
     "fatal: unable to access 'https://github.com/acme/widgets.git/': The requested URL returned error: 500\n"
     'The command "eval git clone --depth=50 https://github.com/acme/widgets.git acme/widgets " failed 3 times.\n')),
    # service, github, pytest
    ('guard_t_service_starting_pg', 'transient',
     ('E       psycopg.OperationalError: connection failed: connection to server at "127.0.0.1", port 5432 failed: FATAL:  the database system is starting up\n'
     'FAILED tests/test_db.py::test_migrate - psycopg.OperationalError: connection failed: connection to server at "127.0.0.1", port 5432 failed: FATAL:  the database system is starting up\n'
     '1 failed, 88 passed in 9.2s\n'
     'Error: Process completed with exit code 1.\n')),
    # service, gitlab, java
    ('guard_t_es_cluster_not_ready', 'transient',
     ('co.elastic.clients.elasticsearch._types.ElasticsearchException: [es/search] failed: [search_phase_execution_exception] all shards failed\n'
     'Caused by: [no_shard_available_action_exception] No shard available for [get [products][1]]: routing [null]\n'
     'ClusterBlockException: blocked by: [SERVICE_UNAVAILABLE/1/state not recovered / initialized];\n'
     'ERROR: Job failed: exit code 1\n')),
    # timeout, jenkins, pytest
    ('guard_t_test_hang_on_shared_runner_io', 'transient',
     ('tests/test_upload.py::test_upload_large_file FAILED\n'
     "E   requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='uploads.s3.amazonaws.com', port=443): Read timed out. (read timeout=30)\n"
     "FAILED tests/test_upload.py::test_upload_large_file - requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='uploads.s3.amazonaws.com', port=443): Read timed out. (read timeout=30)\n"
     '1 failed, 340 passed in 92.10s\n'
     'script returned exit code 1\n')),
    # timeout, azure, dotnet
    ('guard_t_job_canceled_timeout', 'transient',
     ('##[section]Starting: dotnet test\n'
     'Test run for /home/vsts/work/1/s/tests/Api.Tests/bin/Release/net8.0/Api.Tests.dll (.NETCoreApp,Version=v8.0)\n'
     'Starting test execution, please wait...\n'
     '##[error]The job running on agent Azure Pipelines 7 ran longer than the maximum time of 60 minutes. For more information, see https://go.microsoft.com/fwlink/?linkid=2077134\n'
     '##[section]Finishing: dotnet test\n')),
    # ratelimit, github, shell
    ('guard_t_ratelimit_github_secondary', 'transient',
     ("Run gh release download v1.4.0 -R acme/tools -p '*.tar.gz'\n"
     'HTTP 403: You have exceeded a secondary rate limit. Please wait a few minutes before you try again. (https://api.github.com/repos/acme/tools/releases/tags/v1.4.0)\n'
     'Error: Process completed with exit code 1.\n')),
    # ratelimit, circleci, python
    ('guard_t_ratelimit_429_retry_after', 'transient',
     ('#!/bin/bash -eo pipefail\n'
     'twine upload --repository testpypi dist/*\n'
     'Uploading distributions to https://test.pypi.org/legacy/\n'
     'Uploading acme_tool-0.4.1-py3-none-any.whl\n'
     '100% ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 21.4/21.4 kB • 00:00 • ?\n'
     'WARNING  Error during upload. Retry with the --verbose option for more details.\n'
     'ERROR    HTTPError: 429 Too Many Requests from https://test.pypi.org/legacy/\n'
     '         Too many requests. Retry after 60 seconds.\n'
     '\n'
     'Exited with code exit status 1\n')),
    # disk, github, docker
    ('guard_t_disk_runner_image_full', 'transient',
     ('Run docker build -t api .\n'
     '#7 [build 3/6] RUN apt-get update && apt-get install -y build-essential\n'
     "#7 12.11 E: You don't have enough free space in /var/cache/apt/archives/.\n"
     '#7 ERROR: process "/bin/sh -c apt-get update && apt-get install -y build-essential" did not complete successfully: exit code: 100\n'
     "System.IO.IOException: No space left on device : '/home/runner/runners/2.316.0/_diag/Worker_20260301-101010-utc.log'\n"
     'Error: Process completed with exit code 1.\n')),
    # disk, gitlab, docker
    ('guard_t_disk_docker_daemon_full_gitlab', 'transient',
     ('Pulling docker image registry.gitlab.com/acme/ci-images/node:20 ...\n'
     'ERROR: Job failed (system failure): failed to pull image "registry.gitlab.com/acme/ci-images/node:20": write /var/lib/docker/tmp/GetImageBlob3355: no space left on device (manager.go:250:3s)\n')),
    # oom, circleci, node
    ('guard_t_oom_runner_exit137', 'transient',
     ('#!/bin/bash -eo pipefail\n'
     'npm run build\n'
     '> web@3.0.0 build\n'
     '> next build\n'
     '   Creating an optimized production build ...\n'
     'Killed\n'
     'npm error code 137\n'
     '\n'
     'Exited with code exit status 137\n'
     'CircleCI received exit code 137\n')),
    # oom, bitbucket, node
    ('guard_t_oom_kernel_killed_jest', 'transient',
     ('+ npx jest --ci -w 4\n'
     ' PASS  src/utils/format.test.ts\n'
     ' PASS  src/api/client.test.ts\n'
     'A worker process has failed to exit gracefully and has been force exited... This is likely caused by tests leaking due to improper teardown.\n'
     "Container 'Build' exceeded memory limit.\n")),
    # flaky, buildkite, ruby
    ('guard_t_flaky_passed_on_retry_policy', 'transient',
     ('--- :rspec: bundle exec rspec\n'
     'RSpec::Retry: 2nd try ./spec/features/login_spec.rb:14\n'
     '142 examples, 0 failures\n'
     'Flaky tests detected: 1 test passed on retry\n'
     '  Login shows dashboard (./spec/features/login_spec.rb:14) - passed on attempt 2 of 3\n'
     'Job failed: flaky tests are not allowed on the main branch\n'
     '🚨 Error: The command exited with status 1\n')),
    # flaky, github, playwright
    ('guard_t_flaky_playwright_flaky_count', 'transient',
     ('Run npx playwright test\n'
     'Running 64 tests using 4 workers\n'
     '  ✘  12 [chromium] › search.spec.ts:9:5 › search › suggests as you type (5.1s)\n'
     '  ✓  13 [chromium] › search.spec.ts:9:5 › search › suggests as you type (retry #1) (1.2s)\n'
     '  1 flaky\n'
     '    [chromium] › search.spec.ts:9:5 › search › suggests as you type ─────────────\n'
     '  63 passed (51.0s)\n'
     'Error: Process completed with exit code 1.\n')),
    # runner, github, shell
    ('guard_t_runner_lost_gha', 'transient',
     ('Run make integration\n'
     'go test -tags integration ./...\n'
     'ok  \tgithub.com/acme/api/store\t12.41s\n'
     'The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.\n'
     'Error: The operation was canceled.\n')),
    # runner, jenkins, gradle
    ('guard_t_agent_lost_jenkins', 'transient',
     ('> Task :core:test\n'
     'Cannot contact build-agent-ec2-i-0a1b2c3d: java.lang.InterruptedException\n'
     'Agent build-agent-ec2-i-0a1b2c3d was deleted; cancelling node body\n'
     'Could not connect to build-agent-ec2-i-0a1b2c3d to send interrupt signal to process\n'
     'Finished: FAILURE\n')),
    # runner, gitlab, shell
    ('guard_t_gitlab_stuck_system', 'transient',
     ('ERROR: Job failed (system failure): pod "runner-abc123-project-7-concurrent-0" status is "Failed": The node was low on resource: ephemeral-storage.\n')),
    # service, drone, go
    ('guard_t_refused_transient_redis_sidecar', 'transient',
     ('+ go test ./internal/cache/...\n'
     '--- FAIL: TestCacheTTL (0.01s)\n'
     '    cache_test.go:22: dial tcp 10.2.0.14:6379: connect: connection reset by peer\n'
     'FAIL\n'
     'FAIL\tgit.acme.example/svc/internal/cache\t0.031s\n')),
    # network, woodpecker, npm
    ('guard_t_socket_hang_up_npm', 'transient',
     ('+ npm ci\n'
     'npm error code ECONNRESET\n'
     'npm error network aborted\n'
     'npm error network This is a problem related to network connectivity.\n'
     'npm error network In most cases you are behind a proxy or have bad network settings.\n')),
    # second batch (red34), twin
    ('guard_enotfound_undefined_node', 'real',
     ('Run npm run test:integration\n'
     '> api@3.2.0 test:integration\n'
     '> jest --config jest.integration.js\n'
     ' FAIL  test/orders.int.test.ts\n'
     '  ● orders › creates an order\n'
     '    getaddrinfo ENOTFOUND undefined\n'
     '      at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26)\n'
     'Tests:       1 failed, 14 passed, 15 total\n'
     'Error: Process completed with exit code 1.\n')),
    # second batch (red34), twin
    ('guard_curl_unresolved_literal_var', 'real',
     ('$ curl -fsSL "https://${ARTIFACT_HOST}/releases/cli.tgz" -o cli.tgz\n'
     'curl: (6) Could not resolve host: ${ARTIFACT_HOST}\n'
     'ERROR: Job failed: exit code 6\n')),
    # second batch (red34), twin
    ('go_lookup_empty_host', 'real',
     ('+ go run ./cmd/migrate\n'
     '2026/02/02 10:00:00 migrate: dial tcp: lookup  on 10.96.0.10:53: no such host\n'
     'exit status 1\n')),
    # second batch (red34), twin
    ('guard_apt_no_release_file_eol', 'real',
     ('Run sudo apt-get update\n'
     'Hit:1 http://azure.archive.ubuntu.com/ubuntu jammy InRelease\n'
     'Ign:2 http://ppa.launchpad.net/acme/tools/ubuntu jammy InRelease\n'
     'Err:3 http://ppa.launchpad.net/acme/tools/ubuntu jammy Release\n'
     '  404  Not Found [IP: 185.125.190.52 80]\n'
     'Reading package lists...\n'
     "E: The repository 'http://ppa.launchpad.net/acme/tools/ubuntu jammy Release' does not have a Release file.\n"
     'Error: Process completed with exit code 100.\n')),
    # second batch (red34), twin
    ('guard_docker_manifest_unknown_retry', 'real',
     ('$ docker pull registry.acme.example/base/python:3.13-slim-acme\n'
     'Error response from daemon: manifest for registry.acme.example/base/python:3.13-slim-acme not found: manifest unknown: manifest unknown\n'
     'Retrying in 10 seconds (attempt 2/3)\n'
     'Error response from daemon: manifest for registry.acme.example/base/python:3.13-slim-acme not found: manifest unknown: manifest unknown\n'
     'Retrying in 10 seconds (attempt 3/3)\n'
     'Error response from daemon: manifest for registry.acme.example/base/python:3.13-slim-acme not found: manifest unknown: manifest unknown\n'
     'ERROR: Job failed: exit code 1\n')),
    # second batch (red34), twin
    ('guard_ssl_hostname_mismatch_python', 'not transient',
     ('E   requests.exceptions.SSLError: HTTPSConnectionPool(host=\'api.staging.acme.example\', port=443): Max retries exceeded with url: /v1/health (Caused by SSLError(SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, certificate is not valid for \'api.staging.acme.example\'. (_ssl.c:1006)")))\n'
     "FAILED tests/smoke/test_health.py::test_health - requests.exceptions.SSLError: HTTPSConnectionPool(host='api.staging.acme.example', port=443): Max retries exceeded with url: /v1/health\n"
     '1 failed in 0.41s\n')),
    # second batch (red34), twin
    ('guard_aws_expired_token', 'real',
     ('[Container] 2026/02/11 09:12:40.112 Running command aws ecr get-login-password | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com\n'
     'An error occurred (ExpiredTokenException) when calling the GetAuthorizationToken operation: The security token included in the request is expired\n'
     'Error: Cannot perform an interactive login from a non TTY device\n'
     '[Container] 2026/02/11 09:12:41.007 Command did not exit successfully exit status 1\n')),
    # second batch (red34), twin
    ('ssh_timeout_private_ip_deploy', 'not transient',
     ("Run ssh -o ConnectTimeout=20 deploy@10.20.4.12 'sudo systemctl restart api'\n"
     'ssh: connect to host 10.20.4.12 port 22: Connection timed out\n'
     'Error: Process completed with exit code 255.\n')),
    # second batch (red34), twin
    ('guard_kubectl_x509_expired', 'real',
     ('$ kubectl --context staging rollout status deploy/api\n'
     'Unable to connect to the server: x509: certificate has expired or is not yet valid: current time 2026-02-02T10:00:00Z is after 2026-01-30T08:12:44Z\n'
     'ERROR: Job failed: exit code 1\n')),
    # second batch (red34), twin
    ('guard_npm_e404_scoped', 'real',
     ('npm error code E404\n'
     'npm error 404 Not Found - GET https://registry.npmjs.org/@acme%2fdesign-tokens - Not found\n'
     'npm error 404\n'
     "npm error 404  '@acme/design-tokens@^4.0.0' is not in this registry.\n"
     'npm error 404 Note that you can also install from a\n'
     'npm error 404 tarball, folder, http url, or git url.\n'
     'npm error A complete log of this run can be found in: /home/runner/.npm/_logs/2026-02-02T10_00_00_000Z-debug-0.log\n'
     'Error: Process completed with exit code 1.\n')),
    # second batch (red34), twin
    ('guard_cypress_request_404', 'real',
     ('  1) checkout\n'
     '       loads the cart:\n'
     '     CypressError: `cy.request()` failed on:\n'
     '\n'
     'http://localhost:3000/api/cart\n'
     '\n'
     'The response we received from your web server was:\n'
     '\n'
     '  > 404: Not Found\n'
     '\n'
     'This was considered a failure because the status code was not `2xx` or `3xx`.\n'
     '  0 passing (2s)\n'
     '  1 failing\n')),
    # second batch (red34), twin
    ('go_context_deadline_mock_never_started', 'not transient',
     ('--- FAIL: TestClientFetch (5.00s)\n'
     '    client_test.go:44: Get "http://127.0.0.1:18080/v1/items": context deadline exceeded (Client.Timeout exceeded while awaiting headers)\n'
     'FAIL\n'
     'FAIL\tgithub.com/acme/items/client\t5.014s\n')),
    # second batch (red34), twin
    ('guard_github_api_bad_credentials', 'real',
     ('Run gh release create v2.0.0 dist/*\n'
     'HTTP 401: Bad credentials (https://api.github.com/repos/acme/cli/releases)\n'
     'Error: Process completed with exit code 1.\n')),
    # second batch (red34), twin
    ('guard_gradle_plugin_portal_403', 'real',
     ('* What went wrong:\n'
     "Plugin [id: 'com.acme.conventions', version: '1.4.0'] was not found in any of the following sources:\n"
     "- Gradle Core Plugins (plugin is not in 'org.gradle' namespace)\n"
     "- Plugin Repositories (could not resolve plugin artifact 'com.acme.conventions:com.acme.conventions.gradle.plugin:1.4.0')\n"
     '  Searched in the following repositories:\n'
     '    Gradle Central Plugin Repository\n'
     'BUILD FAILED in 6s\n')),
    # second batch (red34), true transient
    ('guard_t_aws_throttling', 'transient',
     ('An error occurred (ThrottlingException) when calling the DescribeStacks operation (reached max retries: 4): Rate exceeded\n'
     'Error: Process completed with exit code 254.\n')),
    # second batch (red34), true transient
    ('guard_t_gh_api_502', 'transient',
     ('Run gh release create v2.0.0 dist/*\n'
     'HTTP 502: Server Error (https://uploads.github.com/repos/acme/cli/releases/1234/assets?name=cli.tgz)\n'
     'Error: Process completed with exit code 1.\n')),
    # second batch (red34), true transient
    ('guard_t_ssh_reset_deploy', 'transient',
     ("Run ssh deploy@deploy.acme.example 'sudo systemctl restart api'\n"
     'kex_exchange_identification: read: Connection reset by peer\n'
     'Connection reset by 203.0.113.7 port 22\n'
     'Error: Process completed with exit code 255.\n')),
    # second batch (red34), twin
    ('py_none_host', 'unknown',
     ("E   urllib3.exceptions.NameResolutionError: <urllib3.connection.HTTPConnection object at 0x7f1>: Failed to resolve 'None' ([Errno -2] Name or service not known)\n"
     "FAILED tests/test_client.py::test_get - requests.exceptions.ConnectionError: HTTPConnectionPool(host='None', port=8080): Max retries exceeded with url: /v1/items\n"
     '1 failed, 3 passed in 0.2s\n')),
    # second batch (red34), twin
    ('guard_go_missing_address', 'real',
     ('--- FAIL: TestPublish (0.00s)\n'
     '    publish_test.go:19: dial tcp: missing address\n'
     'FAIL\n'
     'FAIL\tgithub.com/acme/bus\t0.004s\n')),
    # second batch (red34), true transient
    ('guard_t_go_lookup_servfail', 'transient',
     ('go: downloading github.com/acme/x v1.0.0\n'
     'go: github.com/acme/x@v1.0.0: Get "https://proxy.golang.org/github.com/acme/x/@v/v1.0.0.zip": dial tcp: lookup proxy.golang.org on 127.0.0.53:53: no such host\n')),
    # second batch (red34), true transient
    ('guard_t_py_resolve_real_host', 'transient',
     ("E   urllib3.exceptions.NameResolutionError: <urllib3.connection.HTTPSConnection object at 0x7f1>: Failed to resolve 'pypi.org' ([Errno -3] Temporary failure in name resolution)\n"
     'FAILED tests/test_pkg.py::test_fetch - requests.exceptions.ConnectionError: Max retries exceeded\n'
     '1 failed, 3 passed in 0.2s\n')),
]

KNOWN_LEFT: dict[str, str] = {
    'dns_curl_every_run_jenkins':
        "LEFT: one host name that did not resolve, nothing else: a resolver's blip prints the same; only runs over time tell a misspelt or internal host",
    'dns_go_private_module_circle':
        "LEFT: one host name that did not resolve, nothing else: a resolver's blip prints the same; only runs over time tell a misspelt or internal host",
    'mvn_wagon_unknown_host_teamcity':
        "LEFT: one host name that did not resolve, nothing else: a resolver's blip prints the same; only runs over time tell a misspelt or internal host",
    'proxy_misconfig_npm_codebuild':
        "LEFT: a proxy's port refusing reads as a proxy down as well as one misconfigured",
    'refused_wrong_port_go_drone':
        'LEFT: a refusal on the loopback host: a service not up yet and one never started read alike in these lines',
    'grpc_unavailable_no_server_gitlab':
        'LEFT: a refusal on the loopback host: a service not up yet and one never started read alike in these lines',
    'nuget_connection_refused_localfeed_appveyor':
        'LEFT: a refusal on the loopback host: a feed not up yet and one never started read alike in these lines',
    'deadlock_jest_timeout_every_run_gitlab':
        "LEFT: Jest's time limit over the test's code frame: only reading the code (the lock taken twice) tells the deadlock",
    'hang_junit_surefire_timeout_azure':
        'LEFT: a latch the code awaits may wait on an answer from outside; the frames do not say which',
    'ratelimit_unauth_github_api_gha':
        'LEFT: an unauthenticated quota per address: on shared runners the next run often gets another address or a reset quota',
    'ratelimit_dockerhub_every_run_gitlab':
        'LEFT: an unauthenticated quota per address: on shared runners the next run often gets another address or a reset quota',
    'ratelimit_npm_429_loop_semaphore':
        'LEFT: a quota of an outside API: that the job alone exceeds it needs its call count against the quota, not a message form',
    'disk_own_output_cargo_gha':
        "LEFT: the build's own output and a small runner disk read alike without sizes",
    'disk_test_writes_100g_jenkins':
        "LEFT: a test's own writes and a small runner disk read alike without sizes (job_huge_file_then_disk_full reads the sized form)",
    'runner_lost_forkbomb_gha':
        "LEFT: a full process table, by the job's script or by a neighbour on a shared host, then the runner lost",
    'runner_lost_memory_blowup_gitlab':
        "LEFT: exit 137 in a heavy test: the probe sets' judgement for a shared runner is transient",
    'ssh_timeout_private_ip_deploy':
        'LEFT: a connect timeout to a private address: a host the runner cannot reach and a host down for a moment read alike',
    'go_context_deadline_mock_never_started':
        'LEFT: a time-out on the loopback host in an excerpt: a test server not up yet and one never started read alike (the service22 policy for excerpts)',
}


def _params() -> list:
    return [pytest.param(expected, log, id=cid,
                         marks=[pytest.mark.xfail(strict=True, reason=KNOWN_LEFT[cid])] if cid in KNOWN_LEFT else [])
            for cid, expected, log in CASES]


@pytest.mark.parametrize(("expected", "log"), _params())
def test_precision34(expected, log):
    v = judge(log)
    if expected == "not transient":
        assert v.verdict != "transient", v.rationale
    else:
        assert v.verdict == expected, v.rationale


def test_case_ids_are_unique():
    assert_unique_ids(CASES)


def test_left_cases_are_named_and_not_guards():
    ids = {c[0] for c in CASES}
    assert set(KNOWN_LEFT) <= ids
    assert not any(cid.startswith("guard_") for cid in KNOWN_LEFT)
    assert all(reason.startswith("LEFT:") for reason in KNOWN_LEFT.values())
