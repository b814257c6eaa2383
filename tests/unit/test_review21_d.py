"""Review 21d: the twenty-first round's second lead readings (signatures.toml "cpan-lwp-fetch-failed", node-tap's bare
"not ok timeout!" in "async-test-timeout", Sauce Connect's "failed to bring up tunnel VM" in "browser-crashed") and
their neighbours (docker-compose v1's cut-short pull, gpg's keyserver socket errors), tried on logs written to break
them. Each case is labelled by the mechanism a careful engineer would name, not by what the engine says.

Where the wording comes from:
  * CPAN.pm: andk/cpanpm lib/CPAN/FTP.pm ("LWP failed with code[%s] message[%s]", then it tries HTTP::Tiny, wget,
    curl) and lib/CPAN/Distribution.pm ("LWP failed with code[%s], message[%s]"), read. LWP's own messages, read in
    libwww-perl/libwww-perl: lib/LWP/UserAgent.pm (501 "Protocol scheme 'https' is not supported (LWP::Protocol::https
    not installed)"; any die inside a protocol handler becomes a 500 with the die's first line), lib/LWP/Protocol/
    http.pm ("Can't connect to host:port (certificate verify failed)", "(Connection refused)"), lib/LWP/Protocol/
    file.pm (500 "Cannot read directory '...': ..."), and LWP-Protocol-https lib/LWP/Protocol/https.pm ("Can't verify
    SSL peers without knowing which Certificate Authorities to trust."). HTTP::Tiny's "IO::Socket::SSL 1.42 must be
    installed for https support" (recalled). cpanm (miyagawa/cpanminus Menlo-Legacy lib/Menlo/CLI/Compat.pm: "Download
    $uri failed. Retrying ... ", "Failed to download $uri", "Couldn't find module or a distribution $what", printed
    after "! ", read). Test::More's "#   Failed test" diagnostics and prove's summary (recalled).
  * node-tap: tapjs/tapjs src/core/src/base.ts (Base.timeout(): message 'timeout!', extra "expired: <name>") and the
    TAP snapshots in src/core/tap-snapshots/test/tap.ts.test.cjs ("not ok 2 - timeout!" then "---", "signal: SIGALRM",
    "expired: TAP"), read; the older runner's one-line file summary ("test/x.js .... 1/3 30s") as the lead's test has
    it (recalled); tap's assertion report ("not ok 1 - should be equal", "found:"/"wanted:") recalled.
  * Sauce Connect 4: its dated lines ("24 Jun 16:24:54 - Sauce Connect 4.3.16, build 2396", "Starting up; pid N",
    "REST call https://saucelabs.com/versions.json -> 200 OK took 5453ms", "Error bringing up tunnel VM." in a
    comment of code-dot-org/code-dot-org#10897, "Error: failed to connect to tunnel VM." in theintern/intern#248):
    seen in public issue threads (the issues corpus); "failed to bring up tunnel VM" as the lead recalled it; the 401 /
    403 REST replies for bad credentials or an expired account are assumptions (written in the tool's REST-call form).
  * docker-compose v1 ("Pulling db (postgres:11)...", "ERROR: ..."), gpg/dirmngr ("gpg: keyserver receive failed:
    ..."), recalled as tests/unit/test_rules21_lead.py quotes them.
Hosts, modules, tests and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * an LWP 5xx that is LWP itself saying the job cannot fetch at all (a missing https module: LWP's 501; a CA store
    it cannot find; a certificate it does not trust; a local directory it cannot read; a Perl module it cannot load)
    is the same on every run, not the mirror's moment;
  * the LWP line CPAN.pm printed before a fallback that fetched the file, with a distribution's own tests failing
    below, is not what failed; a test suite quoting the line as a compared value is a test's report;
  * node-tap's timeout beside an assertion or an error of the same run's tests is not what decides; a snapshot's
    quoted TAP is a compared value; the same test timing out in every attempt of a retried step is a hang;
  * Sauce Connect's tunnel line after its REST call was refused for the credentials or the account is that refusal's
    symptom; a tunnel library's own test about that line is a test's report; a tunnel that came up on a retry before
    the tests failed is not what failed;
  * the transient readings still hold under CI prefixes (GitHub's timestamps, Jenkins' "[2024-...]"), far above the
    end, and in the tools' other wordings of the same failure.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, not_surely_transient, reads

_GHA_TS = "2024-05-14T09:12:{:02d}.4471203Z "
_NOISE_PERL = "".join(f"t/{i:02d}-unit.t ........ ok\n" for i in range(1, 121))
_NOISE_NPM = "".join(f"added {i} packages, and audited {i + 300} packages in {i % 9 + 1}s\n" for i in range(1, 90))

_CPAN_HEAD = ("cpan[1]> install Acme::Widget::Client\n"
              "Reading '/home/runner/.cpan/Metadata'\n"
              "  Database was generated on Tue, 14 May 2024 08:29:02 GMT\n")

CASES: list[tuple[str, str, str]] = [
    # ---- CPAN.pm through LWP ----
    # LWP's 501: the https handler is not installed (LWP/UserAgent.pm), the same on every run; HTTP::Tiny then lacks
    # IO::Socket::SSL too
    ("cpan-lwp-501-https-not-installed", "real",
     _CPAN_HEAD +
     "Fetching with LWP:\n"
     "https://www.cpan.org/authors/id/A/AC/ACME/Acme-Widget-Client-0.42.tar.gz\n"
     "LWP failed with code[501] message[Protocol scheme 'https' is not supported (LWP::Protocol::https not installed)]\n"
     "Fetching with HTTP::Tiny:\n"
     "https://www.cpan.org/authors/id/A/AC/ACME/Acme-Widget-Client-0.42.tar.gz\n"
     "HTTP::Tiny failed with an internal error: IO::Socket::SSL 1.42 must be installed for https support\n"
     "Warning: no success downloading '/home/runner/.cpan/sources/authors/id/A/AC/ACME/Acme-Widget-Client-0.42.tar.gz"
     ".tmp2210'. Giving up on it.\n"
     "##[error]Process completed with exit code 1.\n"),
    # LWP-Protocol-https's die (no Mozilla::CA, no CA path): a 500 from LWP, the same on every run
    ("cpan-lwp-500-no-ca-store", "real",
     _CPAN_HEAD +
     "Fetching with LWP:\n"
     "https://cpan.metacpan.org/authors/01mailrc.txt.gz\n"
     "LWP failed with code[500] message[Can't verify SSL peers without knowing which Certificate Authorities to trust]\n"
     "Warning: no success downloading '/root/.cpan/sources/authors/01mailrc.txt.gz.tmp77'. Giving up on it.\n"
     "ERROR: Job failed: exit code 1\n"),
    # a certificate the runner does not trust (a company's TLS-inspecting proxy): every run
    ("cpan-lwp-500-certificate-verify-failed", "real",
     "+ cpan -T App::Deployer\n" + _CPAN_HEAD +
     "Fetching with LWP:\n"
     "https://cpan.mirror.corp.example/authors/id/D/DE/DEPLOY/App-Deployer-3.1.tar.gz\n"
     "LWP failed with code[500] message[Can't connect to cpan.mirror.corp.example:443 (certificate verify failed)]\n"
     "Warning: no success downloading '/var/lib/jenkins/.cpan/sources/authors/id/D/DE/DEPLOY/App-Deployer-3.1.tar.gz"
     ".tmp881'. Giving up on it.\n"
     "ERROR: script returned exit code 1\n"),
    # a file:// mirror of the job's own machine it cannot read (LWP/Protocol/file.pm): every run
    ("cpan-lwp-500-file-url-unreadable", "real",
     _CPAN_HEAD +
     "Fetching with LWP:\n"
     "file:///opt/minicpan/authors/id/\n"
     "LWP failed with code[500] message[Cannot read directory '/opt/minicpan/authors/id/': Permission denied]\n"
     "Warning: no success downloading '/home/ci/.cpan/sources/authors/id/CHECKSUMS.tmp12'. Giving up on it.\n"
     "Exited with code exit status 1\n"),
    # a proxy the project configured on localhost where no proxy runs: refused on every run
    ("cpan-lwp-500-proxy-localhost-refused", "real",
     "$ export http_proxy=http://127.0.0.1:3128 https_proxy=http://127.0.0.1:3128\n" + _CPAN_HEAD +
     "Fetching with LWP:\n"
     "http://www.cpan.org/modules/02packages.details.txt.gz\n"
     "LWP failed with code[500] message[Can't connect to 127.0.0.1:3128 (Connection refused)]\n"
     "Warning: no success downloading '/builds/.cpan/sources/modules/02packages.details.txt.gz.tmp5'. Giving up on it.\n"
     "ERROR: Job failed: exit code 2\n"),
    # a die inside LWP's handler (a module of the image that does not load): every run
    ("cpan-lwp-500-cant-locate-method", "real",
     _CPAN_HEAD +
     "Fetching with LWP:\n"
     "https://www.cpan.org/authors/id/S/SO/SOMEONE/Data-Frob-1.07.tar.gz\n"
     "LWP failed with code[500] message[Can't locate object method \"new\" via package \"Net::HTTPS\" "
     "(perhaps you forgot to load \"Net::HTTPS\"?)]\n"
     "Warning: no success downloading '/home/runner/.cpan/sources/authors/id/S/SO/SOMEONE/Data-Frob-1.07.tar.gz"
     ".tmp9'. Giving up on it.\n"
     "##[error]Process completed with exit code 1.\n"),
    # LWP failed, HTTP::Tiny fetched it, the distribution's own tests failed: the tests decide
    ("cpan-lwp-500-then-fallback-then-tests-fail", "real",
     _CPAN_HEAD +
     "Fetching with LWP:\n"
     "http://www.cpan.org/authors/id/A/AC/ACME/Acme-Widget-Client-0.42.tar.gz\n"
     "LWP failed with code[500] message[Can't connect to www.cpan.org:80 (Connection timed out)]\n"
     "Fetching with HTTP::Tiny:\n"
     "http://www.cpan.org/authors/id/A/AC/ACME/Acme-Widget-Client-0.42.tar.gz\n"
     "Checksum for /home/runner/.cpan/sources/authors/id/A/AC/ACME/Acme-Widget-Client-0.42.tar.gz ok\n"
     "Running make test for ACME/Acme-Widget-Client-0.42.tar.gz\n"
     "t/01-basic.t ...... ok\n"
     "t/02-client.t ..... 1/9 \n"
     "#   Failed test 'parses the widget id'\n"
     "#   at t/02-client.t line 41.\n"
     "#          got: '0'\n"
     "#     expected: '42'\n"
     "# Looks like you failed 1 test of 9.\n"
     "t/02-client.t ..... Dubious, test returned 1 (wstat 256, 0x100)\n"
     "Failed 1/9 subtests \n"
     "Files=2, Tests=14,  1 wallclock secs\n"
     "Result: FAIL\n"
     "Failed 1/2 test programs. 1/14 subtests failed.\n"
     "make: *** [Makefile:851: test_dynamic] Error 255\n"
     "  ACME/Acme-Widget-Client-0.42.tar.gz\n"
     "  /usr/bin/make test -- NOT OK\n"
     "##[error]Process completed with exit code 1.\n"),
    # a test of a CPAN client quoting the line as the value it got
    ("cpan-lwp-line-in-test-diagnostic", "real",
     "PERL_DL_NONLAZY=1 \"/usr/bin/perl\" \"-MExtUtils::Command::MM\" \"-MTest::Harness\" \"-e\" "
     "\"test_harness(0, 'inc', 'blib/lib', 'blib/arch')\" t/*.t\n"
     "t/10fetch.t ....... 1/6 \n"
     "#   Failed test 'falls back to HTTP::Tiny after an LWP error'\n"
     "#   at t/10fetch.t line 58.\n"
     "#                   'LWP failed with code[500] message[Can't connect to localhost:50123 (Connection refused)]'\n"
     "#     doesn't match '(?^:Fetching with HTTP::Tiny)'\n"
     "# Looks like you failed 1 test of 6.\n"
     "t/10fetch.t ....... Dubious, test returned 1 (wstat 256, 0x100)\n"
     "Failed 1/6 subtests \n"
     "Result: FAIL\n"
     "Failed 1/1 test programs. 1/6 subtests failed.\n"
     "make: *** [Makefile:1032: test_dynamic] Error 1\n"),
    # cpanm's own words for a module that is not on CPAN (a typo in cpanfile): real, whatever LWP said earlier
    ("cpanm-module-not-found", "real",
     "--> Working on Acme::Widgte::Client\n"
     "Fetching http://www.cpan.org/modules/02packages.details.txt.gz ... OK\n"
     "! Finding Acme::Widgte::Client on cpanmetadb failed.\n"
     "! Finding Acme::Widgte::Client () on metacpan failed.\n"
     "! Couldn't find module or a distribution Acme::Widgte::Client\n"
     "! Installing the dependencies failed: Module 'Acme::Widgte::Client' is not installed\n"
     "! Bailing out the installation for /home/runner/work/app/app/.\n"
     "##[error]Process completed with exit code 1.\n"),
    # transient variants: GitHub's timestamps, the Distribution.pm comma form, a 503 far above the end
    ("cpan-lwp-500-timeout-gha-timestamps", "transient",
     "".join(_GHA_TS.format(i) + ln for i, ln in enumerate([
         "Fetching with LWP:\n",
         "  http://www.cpan.org/modules/02packages.details.txt.gz\n",
         "LWP failed with code[500] message[read timeout]\n",
         "Fetching with HTTP::Tiny:\n",
         "  http://www.cpan.org/modules/02packages.details.txt.gz\n",
         "HTTP::Tiny failed with code[599] message[Internal Exception]\n",
         "Warning: no success downloading '/home/runner/.cpan/sources/modules/02packages.details.txt.gz.tmp3181'. "
         "Giving up on it.\n",
         "##[error]Process completed with exit code 1.\n"]))),
    ("cpan-lwp-503-comma-form", "transient",
     "[2024-05-14T09:12:01.118Z] + cpan -i https://www.cpan.org/authors/id/T/TO/TOOLS/Build-Helper-2.03.tar.gz\n"
     "[2024-05-14T09:12:02.530Z] Fetching with LWP:\n"
     "[2024-05-14T09:12:02.530Z]   https://www.cpan.org/authors/id/T/TO/TOOLS/Build-Helper-2.03.tar.gz\n"
     "[2024-05-14T09:12:33.902Z] LWP failed with code[503], message[Service Unavailable]\n"
     "[2024-05-14T09:12:33.905Z] No such file or directory: Build-Helper-2.03.tar.gz\n"
     "[Pipeline] }\n"
     "[Pipeline] // stage\n"
     "ERROR: script returned exit code 1\n"
     "Finished: FAILURE\n"),
    ("cpan-lwp-502-far-above-end", "transient",
     _CPAN_HEAD +
     "Fetching with LWP:\n"
     "https://cpan.example-mirror.net/authors/id/M/MO/MODS/Mod-Util-0.9.tar.gz\n"
     "LWP failed with code[502] message[Bad Gateway]\n"
     "Warning: no success downloading '/home/runner/.cpan/sources/authors/id/M/MO/MODS/Mod-Util-0.9.tar.gz.tmp1'. "
     "Giving up on it.\n"
     "Running make test for project at /home/runner/work/proj\n" + _NOISE_PERL +
     "Can't locate Mod/Util.pm in @INC (you may need to install the Mod::Util module) "
     "(@INC contains: blib/lib blib/arch /etc/perl) at t/99-util.t line 3.\n"
     "t/99-util.t ....... Dubious, test returned 2 (wstat 512, 0x200)\n"
     "No subtests run \n"
     "Result: FAIL\n"
     "##[error]Process completed with exit code 1.\n"),
    # ---- node-tap's timeout ----
    # an assertion failed in the same file, then the file ran into tap's time limit (the server it left open)
    ("tap-timeout-beside-assertion", "real",
     "> tap test/*.js\n"
     "test/server.test.js ............................... 1/3 30s\n"
     "  GET /health > returns 200\n"
     "  not ok should be equal\n"
     "    +++ found\n"
     "    --- wanted\n"
     "    -200\n"
     "    +500\n"
     "    compare: ===\n"
     "    at:\n"
     "      line: 22\n"
     "      column: 7\n"
     "      file: test/server.test.js\n"
     "  not ok timeout!\n"
     "    signal: SIGTERM\n"
     "    expired: TAP\n"
     "total ............................................. 1/3\n"
     "  1 passing (30s)\n"
     "  2 failing\n"
     "npm ERR! Test failed.  See above for more details.\n"),
    # tap 18: a TypeError the change introduced, then the test waiting forever for the callback it broke
    ("tap-timeout-beside-typeerror", "real",
     "TAP version 14\n"
     "# Subtest: queue drains on shutdown\n"
     "    not ok 1 - Cannot read properties of undefined (reading 'close')\n"
     "      ---\n"
     "      stack: |\n"
     "        Queue.shutdown (lib/queue.js:88:19)\n"
     "      type: TypeError\n"
     "      tapCaught: uncaughtException\n"
     "      ...\n"
     "    not ok 2 - timeout!\n"
     "      ---\n"
     "      expired: queue drains on shutdown\n"
     "      ...\n"
     "    1..2\n"
     "not ok 1 - queue drains on shutdown # time=30011.2ms\n"
     "1..1\n"
     "# { total: 2, fail: 2 }\n"
     "##[error]Process completed with exit code 1.\n"),
    # one file timed out, another failed its assertion: the assertion decides
    ("tap-timeout-other-file-real-failure", "real",
     "test/cache.test.js ................................ 0/1 30s\n"
     "  not ok timeout!\n"
     "    signal: SIGTERM\n"
     "    expired: TAP\n"
     "test/parse.test.js ................................ 4/5\n"
     "  parse > keeps trailing zeros\n"
     "  not ok should be equivalent\n"
     "    --- expected\n"
     "    +++ actual\n"
     "    @@ -1,1 +1,1 @@\n"
     "    -'1.50'\n"
     "    +'1.5'\n"
     "total ............................................. 4/6\n"
     "npm ERR! Test failed.  See above for more details.\n"),
    # a TAP library's own snapshot test: the quoted TAP is a compared value
    ("tap-timeout-in-snapshot-diff", "real",
     "# Subtest: reporter prints a timed-out child\n"
     "    not ok 1 - must match snapshot\n"
     "      ---\n"
     "      diff: |\n"
     "        --- expected\n"
     "        +++ actual\n"
     "        @@ -3,7 +3,7 @@\n"
     "             TAP version 14\n"
     "             ok 1 - this is fine\n"
     "             not ok 2 - timeout!\n"
     "               ---\n"
     "        -      signal: SIGALRM\n"
     "        +      signal: SIGTERM\n"
     "               expired: TAP\n"
     "      at:\n"
     "        fileName: test/reporter.ts\n"
     "        lineNumber: 118\n"
     "      ...\n"
     "    1..1\n"
     "not ok 12 - reporter prints a timed-out child # time=212.4ms\n"
     "# { total: 40, pass: 39, fail: 1 }\n"
     "Error: Process completed with exit code 1.\n"),
    # a retried step: the same test timed out in every attempt (a hang the change made)
    ("tap-timeout-every-attempt", "real",
     "".join(
         f"Attempt {n}\n"
         "test/lock.test.js ................................. 2/3 30s\n"
         "  mutex > releases after the second waiter\n"
         "  not ok timeout!\n"
         "    signal: SIGTERM\n"
         "    expired: TAP\n"
         "npm ERR! Test failed.  See above for more details.\n"
         f"Attempt {n} failed. Reason: Child_process exited with error code 1\n" for n in (1, 2, 3)) +
     "##[error]Final attempt failed. Child_process exited with error code 1\n"),
    # transient variants: tap 18 nested with GitHub's timestamps; Jenkins' prefix; far above the end
    ("tap-timeout-nested-gha-timestamps", "transient",
     "".join(_GHA_TS.format(i) + ln for i, ln in enumerate([
         "# Subtest: uploads a large file to the stub store\n",
         "    ok 1 - connects\n",
         "    not ok 2 - timeout!\n",
         "      ---\n",
         "      signal: SIGALRM\n",
         "      expired: uploads a large file to the stub store\n",
         "      ...\n",
         "    1..2\n",
         "not ok 3 - uploads a large file to the stub store # time=60013.8ms\n",
         "# { total: 14, pass: 13, fail: 1 }\n",
         "##[error]Process completed with exit code 1.\n"]))),
    ("tap-timeout-jenkins-prefix", "transient",
     "[Pipeline] sh\n"
     "[2024-05-14T10:01:12.004Z] + npx tap --reporter=tap test/integration\n"
     "[2024-05-14T10:01:42.117Z] not ok 4 - timeout!\n"
     "[2024-05-14T10:01:42.117Z]   ---\n"
     "[2024-05-14T10:01:42.117Z]   signal: SIGALRM\n"
     "[2024-05-14T10:01:42.117Z]   expired: TAP\n"
     "[2024-05-14T10:01:42.117Z]   ...\n"
     "[2024-05-14T10:01:42.118Z] 1..4\n"
     "[Pipeline] }\n"
     "ERROR: script returned exit code 1\n"),
    ("tap-timeout-far-above-end", "transient",
     "test/ws.test.js ................................... 0/2 30s\n"
     "  not ok timeout!\n"
     "    signal: SIGTERM\n"
     "    expired: TAP\n" + _NOISE_NPM +
     "npm ERR! code ELIFECYCLE\n"
     "npm ERR! errno 1\n"
     "npm ERR! ws-bridge@2.4.0 test: `tap test/*.test.js`\n"
     "npm ERR! Exit status 1\n"),
    # ---- Sauce Connect ----
    # the REST call for a tunnel refused the credentials: the tunnel line is its symptom, the same on every run
    ("sauce-tunnel-vm-after-401", "real",
     "14 May 09:20:01 - Sauce Connect 4.9.1, build 5680 c14a00c\n"
     "14 May 09:20:01 - Starting up; pid 4127\n"
     "14 May 09:20:01 - Command line arguments: sc -u ci-bot -k **** -i gh-8812 -f /tmp/sc-ready\n"
     "14 May 09:20:02 - REST call https://api.us-west-1.saucelabs.com/rest/v1/ci-bot/tunnels -> 401 Unauthorized "
     "took 212ms\n"
     "14 May 09:20:02 - Error: response: {\"message\": \"Not authorized\"}\n"
     "14 May 09:20:02 - Error: failed to bring up tunnel VM.\n"
     "14 May 09:20:02 - Goodbye.\n"
     "Error: Sauce Connect exited with code 1\n"
     "##[error]Process completed with exit code 1.\n"),
    # an expired account (assumption: the REST reply's wording)
    ("sauce-tunnel-vm-account-expired", "real",
     "> Opening local tunnel using Sauce Connect\n"
     "14 May 09:20:02 - REST call https://saucelabs.com/rest/v1/acme-oss/tunnels -> 403 Forbidden took 180ms\n"
     "14 May 09:20:02 - Error: response: {\"message\": \"Your free trial has expired.\"}\n"
     "14 May 09:20:02 - Error: failed to bring up tunnel VM.\n"
     "The command \"npm run test-remote\" exited with 1.\n"),
    # a tunnel library's own unit test about the line
    ("sauce-tunnel-vm-in-jest-test", "real",
     "FAIL test/tunnel.test.ts\n"
     "  ● SauceTunnel › start › rejects when the tunnel VM does not come up\n"
     "\n"
     "    expect(received).rejects.toThrow(expected)\n"
     "\n"
     "    Expected substring: \"failed to bring up tunnel VM\"\n"
     "    Received message:   \"Unexpected token < in JSON at position 0\"\n"
     "\n"
     "      41 |     sc.stdout.emit('data', 'Error: failed to bring up tunnel VM.\\n')\n"
     "      42 |     await expect(tunnel.start()).rejects.toThrow('failed to bring up tunnel VM')\n"
     "         |                                          ^\n"
     "\n"
     "      at Object.<anonymous> (test/tunnel.test.ts:42:42)\n"
     "\n"
     "Tests:       1 failed, 17 passed, 18 total\n"
     "##[error]Process completed with exit code 1.\n"),
    # the tunnel came up on the launcher's second try; then the tests failed on their own
    ("sauce-tunnel-vm-retried-then-tests-fail", "real",
     "14 May 09:20:02 - Error: failed to bring up tunnel VM.\n"
     "[launcher.sauce] Sauce Connect failed to start, retrying (2/3)\n"
     "14 May 09:21:10 - Sauce Connect is up, you may start your tests.\n"
     "Chrome 124.0 (Windows 10) Cart totals applies the coupon FAILED\n"
     "\tExpected 90 to equal 81.\n"
     "\t    at UserContext.<anonymous> (test/cart.spec.js:33:28)\n"
     "Chrome 124.0 (Windows 10): Executed 64 of 64 (1 FAILED) (42.1 secs / 39.8 secs)\n"
     "TOTAL: 1 FAILED, 63 SUCCESS\n"
     "The command \"npm run test:sauce\" exited with 1.\n"),
    # transient variants: the tool's other wordings and its verbose dated form
    ("sauce-error-bringing-up-tunnel-vm", "transient",
     "20240514 092002.118 [4127] Sauce Connect 4.4.0, build 3140 b3f7c7e\n"
     "20240514 092002.119 [4127] Starting up; pid 4127\n"
     "20240514 092013.402 [4127] REST call https://saucelabs.com/versions.json -> 200 OK took 211ms\n"
     "20240514 092102.551 [4127] Error bringing up tunnel VM.\n"
     "20240514 092102.552 [4127] Goodbye.\n"
     "Exited with code exit status 1\n"),
    ("sauce-tunnel-vm-wdio-prefix", "transient",
     "[0-0] 2024-05-14T09:20:02.118Z INFO @wdio/sauce-service: Starting Sauce Connect Tunnel\n"
     "[0-0] 14 May 09:20:59 - Error: failed to bring up tunnel VM.\n"
     "[0-0] 2024-05-14T09:21:00.002Z ERROR @wdio/sauce-service: Error: Sauce Connect exited with code 1\n"
     "Spec Files:\t 0 passed, 1 failed, 1 total (100% completed) in 00:01:02\n"
     "##[error]Process completed with exit code 1.\n"),
    # ---- neighbours of the earlier lead readings ----
    # a compose v1 pull that finished, then the app's own Go decoder's "unexpected EOF" on its config: real
    ("compose-pull-done-then-app-unexpected-eof", "real",
     "Pulling db (postgres:11)...\n"
     "11: Pulling from library/postgres\n"
     "Digest: sha256:4f2c1e7a9b0d3c5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e\n"
     "Status: Downloaded newer image for postgres:11\n"
     "Creating proj_db_1 ... done\n"
     "Creating proj_app_1 ... done\n"
     "Attaching to proj_db_1, proj_app_1\n"
     "app_1  | 2024/05/14 09:30:12 loading config from /etc/app/config.json\n"
     "app_1  | 2024/05/14 09:30:12 config: unexpected EOF\n"
     "proj_app_1 exited with code 1\n"
     "ERROR: Service 'app' failed: exit code 1\n"
     "##[error]Process completed with exit code 1.\n"),
    # compose v1's cut-short pull under GitHub's timestamps: transient
    ("compose-pull-unexpected-eof-timestamps", "transient",
     "".join(_GHA_TS.format(i) + ln for i, ln in enumerate([
         "Pulling redis (redis:7-alpine)...\n",
         "7-alpine: Pulling from library/redis\n",
         "4abcf2066143: Pulling fs layer\n",
         "ERROR: unexpected EOF\n",
         "##[error]Process completed with exit code 1.\n"]))),
    # a compose pull of a tag the project wrote wrong: real
    ("compose-pull-manifest-unknown", "real",
     "Pulling db (postgres:11.99)...\n"
     "ERROR: manifest for postgres:11.99 not found: manifest unknown: manifest unknown\n"
     "##[error]Process completed with exit code 1.\n"),
    # gpg's socket error on the pool, in a Dockerfile step: transient
    ("gpg-keyserver-no-route-docker-build", "transient",
     "#7 [3/6] RUN gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys 0x8F3B8C8E2C9D4A11\n"
     "#7 0.412 gpg: keybox '/root/.gnupg/pubring.kbx' created\n"
     "#7 10.53 gpg: keyserver receive failed: No route to host\n"
     "#7 ERROR: process \"/bin/sh -c gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys 0x8F3B8C8E2C9D4A11\" "
     "did not complete successfully: exit code: 2\n"
     "ERROR: failed to solve: process \"/bin/sh -c gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys "
     "0x8F3B8C8E2C9D4A11\" did not complete successfully: exit code: 2\n"),
    # a test suite of a key-fetching tool asserting on gpg's wording: real
    ("gpg-keyserver-words-in-pytest-assert", "real",
     "    def test_reports_unreachable_keyserver(fake_gpg):\n"
     "        result = fetch_key(\"0x8F3B8C8E2C9D4A11\", keyserver=\"hkps://keys.example\")\n"
     ">       assert result.error == \"keyserver unreachable\"\n"
     "E       AssertionError: assert 'gpg: keyserver receive failed: Network is unreachable' == 'keyserver unreachable'\n"
     "\n"
     "tests/test_keys.py:57: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_keys.py::test_reports_unreachable_keyserver - AssertionError: assert 'gpg: keyserver receive "
     "failed: Network is unreachable' == 'keyserver unreachable'\n"
     "========================= 1 failed, 88 passed in 3.12s =========================\n"),
]

# Verdicts this review could not make right in its time (each says why); strict: a fix makes them pass.
KNOWN_MISREAD: dict[str, str] = {
    # (fixed, xfail21b: cpan-lwp-500-then-fallback-then-tests-fail reads real since line_checks.py _cpan_fetched_otherwise:
    # CPAN.pm's failed LWP fetch under which its next fetcher ran ("Fetching with HTTP::Tiny:") and the file's
    # "Checksum for ... ok" followed is not read, the fetch having gone through; cpan-lwp-line-in-test-diagnostic reads
    # real since _test_more_like_value: the quoted value above Test::More's "doesn't match '...'" line is what like()
    # compared, not an outage)
    # (fixed by the parent-line reading, ts21-nested: tap 18's parent line "not ok 3 - <name> # time=..." under a failed
    # subtest no longer counts as another failing test, so the child's timeout reads transient)
    # LEFT: reads unknown at 0.70 (the timeout entry's weight alone, far from the end); a recall miss kept as is
    "tap-timeout-far-above-end": "LEFT: a lone tap timeout far above the end reads unknown",
    # LEFT: reads unknown (not transient): the tunnel came up on the launcher's retry and the tests failed; vetoing
    # browser-crashed for the whole log would also drop a real page crash later in the same run
    "sauce-tunnel-vm-retried-then-tests-fail": "LEFT: a tunnel that came up on a retry still weighs against the tests",
}

# The real cases, but one left reading transient: whatever they read, no rerun proposed with confidence. (xfail21b: the
# one left, cpan-lwp-500-then-fallback-then-tests-fail, now reads real and is held here too.)
_LEFT_TRANSIENT: set[str] = set()
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    (cid + "-no-rerun", log) for cid, verdict, log in CASES if verdict == "real" and cid not in _LEFT_TRANSIENT]

assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_review21_d_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", [pytest.param(log, id=cid) for cid, log in NOT_SURELY_TRANSIENT])
def test_review21_d_not_surely_transient(log):
    not_surely_transient(log)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py.
LONG_LINE_WORDS = [
    "LWP failed with code[501] message[Protocol scheme 'https' is not supported",
    "Can't verify SSL peers without knowing which Certificate Authorities to trust",
    "Error bringing up tunnel VM.",
    "failed to connect to tunnel VM.",
    "REST call https://saucelabs.com/rest/v1/ci-bot/tunnels -> 401 Unauthorized",
    "LWP failed with code[500] message[Can't connect to 127.0.0.1:3128 (Connection refused)]",
    "LWP failed with code[500] message[",
    "not ok 2 - should be equal",
    "not ok timeout!",
]
