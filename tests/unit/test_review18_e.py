"""Review 18e of the eighteenth round's py_envs, js_runners and hosted_images sections
(python-env-lock-missing-or-stale, hatch-environment-not-defined, pipenv-resolver-subprocess-timeout,
karma-browser-never-captured, js-runner-focused-or-empty-selection, node-heap-limit-under-job-cap,
hosted-runner-image-retired, simulator-app-launch-refused) and the older entries those helpers changed
(test-runner-disconnected's Karma unless_log, agent-unresponsive's image unless_log): adversarial logs (made up,
short) from other tools and contexts that share the entries' words, and guards.

Found wrong before this review (20 of 54 logs): high (real read transient) 2: an app of the job's own named
Simulator.app that would not open; medium (outage read real) 7: pipenv's resolver time limit below pip's connect
timeouts or an unreachable network, and a V8 heap limit under a --max-old-space-size that was another command's
(an earlier script, an inline env of another command, a previous step), a hint's, or with the OS refusing pages
("Committing semi space failed"); low (unknown) 11: a missing or stale lock after the job's own lock command failed
on the network, lock words in a passing test's captured output, brownout and mocha words in commit subjects and a
changelog, a Karma browser that never came up for a reason the log gives (root without --no-sandbox, no binary, a
bundle that did not build). After: none.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, logs, not_surely_transient, reads

REAL: list[tuple[str, str]] = [
    # a test compared a notice text carrying the brownout words: the test failed
    ('pytest-notice-brownout-words',
     "    def test_brownout_notice():\n>       assert notice('ubuntu-20.04') == 'This is a scheduled Ubuntu-20.04 brownout.'\nE       AssertionError: assert 'This is a scheduled ubuntu-20.04 brownout.' == 'This is a scheduled Ubuntu-20.04 brownout.'\ntests/test_notice.py:9: AssertionError\nFAILED tests/test_notice.py::test_brownout_notice - AssertionError\n1 failed, 12 passed in 0.30s\n##[error]Process completed with exit code 1.\n"),
    # a scheduled brownout of a deprecated hosted image: the workflow must name another image
    ('brownout-guard',
     '##[error]This is a scheduled macOS-12 brownout. The macOS-12 environment is deprecated and will be removed on December 3rd, 2024.\n'),
    # a retried simulator launch, then an XCTest assertion on the code: every run
    ('simulator-refused-retried-then-xctest-fail',
     'The application /Applications/Xcode_15.2.app/Contents/Developer/Applications/Simulator.app cannot be opened for an unexpected reason, error=Error Domain=NSOSStatusErrorDomain Code=-600 "procNotFound: no eligible process with specified descriptor"\nRetrying simulator boot (attempt 2/3)\nTest Suite \'CartTests\' started at 2025-03-02 10:02:00.000\nTest Case \'-[ShopTests.CartTests testTotal]\' started.\n/Users/runner/work/shop/ShopTests/CartTests.swift:22: error: -[ShopTests.CartTests testTotal] : XCTAssertEqual failed: ("29") is not equal to ("30")\nTest Case \'-[ShopTests.CartTests testTotal]\' failed (0.012 seconds).\n** TEST FAILED **\nError: Process completed with exit code 65.\n'),
    # the assertion failed the step; the simulator refusal is a post-job step's
    ('xctest-fail-then-post-simulator-refused',
     '/Users/runner/work/shop/ShopTests/CartTests.swift:22: error: -[ShopTests.CartTests testTotal] : XCTAssertEqual failed: ("29") is not equal to ("30")\nTest Case \'-[ShopTests.CartTests testTotal]\' failed (0.012 seconds).\n** TEST FAILED **\nError: Process completed with exit code 65.\nPost job cleanup.\n$ open -a Simulator --args -CurrentDeviceUDID 0A1B\nThe application /Applications/Xcode_15.2.app/Contents/Developer/Applications/Simulator.app cannot be opened for an unexpected reason, error=Error Domain=NSOSStatusErrorDomain Code=-600 "procNotFound"\n'),
    # the lock's hash does not match pyproject.toml: the repository must relock
    ('pdm-stale-lock-guard',
     "$ pdm install --check --prod\nLock file hash doesn't match pyproject.toml, packages may be outdated\nPlease run `pdm lock` to update the lock file\n##[error]Process completed with exit code 1.\n"),
    # the resolver's time limit with no index trouble shown: a resolution that backtracks, every run
    ('pipenv-resolver-timeout-alone',
     '$ pipenv lock\nLocking [packages] dependencies...\nBuilding requirements...\nResolving dependencies...\nResolver subprocess timed out after 900 seconds. Set PIPENV_RESOLVER_TIMEOUT_S=<bigger> in your environment (or [pipenv] resolver_timeout_seconds in your Pipfile) to extend, or check that your index/mirror is reachable.\n##[error]Process completed with exit code 1.\n'),
    # the command names an environment the project does not define
    ('hatch-env-not-defined-guard',
     '$ hatch run docs:build\nEnvironment `docs` is not defined by project config\n##[error]Process completed with exit code 1.\n'),
    # a test of pdm compared the message: the test failed
    ('pdm-test-expected-lock-words',
     "    def test_check_stale(pdm):\n        result = pdm(['install', '--check'])\n>       assert 'Please run `pdm lock` to update the lock file' in result.stderr\nE       AssertionError: assert 'Please run `pdm lock` to update the lock file' in 'Lock file hash matches'\ntests/cli/test_install.py:88: AssertionError\nFAILED tests/cli/test_install.py::test_check_stale\n1 failed, 300 passed in 40.1s\n##[error]Process completed with exit code 1.\n"),
    # Azure's refusal of an image label that does not exist (timestamped raw log): the YAML's fault
    ('azure-image-label-timestamped-guard',
     '2024-05-01T10:00:00.1000000Z ##[warning]An image label with the label ubuntu-16.04 does not exist.\n2024-05-01T10:00:00.2000000Z ,##[error]The remote provider was unable to process the request.\n'),
    # the lock failed on conflicting requirements, not the network: every run
    ('pdm-lock-resolution-impossible-then-sync',
     '$ pdm lock -G test || true\n🔒 Lock failed\n[ResolutionImpossible]: Unable to find a resolution for urllib3\n  because of the following conflicts:\n    urllib3<2 (from botocore@1.29.0)\n    urllib3>=2.2 (from project)\n$ pdm sync -G test\n[ProjectError]: Lockfile does not exist, nothing to install\n##[error]Process completed with exit code 1.\n'),
    # Chrome refused to run as root without --no-sandbox: the launcher's flags, every run
    ('karma-root-no-sandbox-never-captured',
     '$ npx karma start karma.conf.js --single-run\nINFO [karma-server]: Karma v6.4.3 server started at http://localhost:9876/\nINFO [launcher]: Launching browsers ChromeHeadless with concurrency unlimited\nINFO [launcher]: Starting browser ChromeHeadless\nERROR [launcher]: ChromeHeadless stderr: [0301/101112.123456:ERROR:zygote_host_impl_linux.cc(100)] Running as root without --no-sandbox is not supported. See https://crbug.com/638180.\nWARN [launcher]: ChromeHeadless has not captured in 60000 ms, killing.\nERROR [launcher]: ChromeHeadless failed 2 times (timeout). Giving up.\n##[error]Process completed with exit code 1.\n'),
    # Karma found no Chrome binary (CHROME_BIN): the image or setup, every run
    ('karma-chrome-binary-missing-never-captured',
     '$ npx karma start karma.conf.js --single-run\nINFO [launcher]: Starting browser ChromeHeadless\nERROR [launcher]: No binary for ChromeHeadless browser on your platform.\n  Please, set "CHROME_BIN" env variable.\nWARN [launcher]: ChromeHeadless has not captured in 60000 ms, killing.\nERROR [launcher]: ChromeHeadless failed 2 times (timeout). Giving up.\n##[error]Process completed with exit code 1.\n'),
    # the spec bundle did not build (a module that does not exist): the code
    ('karma-webpack-compile-failed-never-captured',
     "$ npx karma start karma.conf.js --single-run\nINFO [karma-server]: Karma v6.4.3 server started at http://localhost:9876/\nERROR in ./src/app/cart.spec.ts 3:0-38\nModule not found: Error: Can't resolve './cart-totals' in '/home/runner/work/shop/src/app'\nwebpack 5.90.1 compiled with 1 error in 8123 ms\nWARN [launcher]: ChromeHeadless has not captured in 60000 ms, killing.\nERROR [launcher]: ChromeHeadless failed 2 times (timeout). Giving up.\n##[error]Process completed with exit code 1.\n"),
    # a TypeScript error in a spec: the code
    ('karma-angular-ts-error-never-captured',
     "$ ng test --watch=false --browsers=ChromeHeadless\n- Generating browser application bundles (phase: setup)...\nError: src/app/app.component.spec.ts:14:22 - error TS2339: Property 'titel' does not exist on type 'AppComponent'.\n\n14     expect(app.titel).toEqual('shop');\n                        ~~~~~\nWARN [launcher]: ChromeHeadless has not captured in 60000 ms, killing.\n##[error]Process completed with exit code 1.\n"),
    # the browser lacks a shared library on the image: the setup, every run
    ('karma-lib-missing-never-captured',
     '$ npx karma start karma.conf.js --single-run\nINFO [launcher]: Starting browser ChromeHeadless\nERROR [launcher]: ChromeHeadless stderr: /home/runner/.cache/puppeteer/chrome/linux-121/chrome-linux64/chrome: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory\nWARN [launcher]: ChromeHeadless has not captured in 60000 ms, killing.\n##[error]Process completed with exit code 1.\n'),
    # a spec named after Karma's capture timeout failed on its value
    ('karma-spec-title-capture-words-failed',
     "$ npx karma start karma.conf.js --single-run\nChrome Headless 121.0 (Linux x86_64) Launcher reports a browser that has not captured in 100 ms, killing it FAILED\n\tExpected 'killed' to equal 'killing'.\nChrome Headless 121.0 (Linux x86_64): Executed 40 of 40 (1 FAILED) (0.2 secs / 0.1 secs)\n##[error]Process completed with exit code 1.\n"),
    # a spec had failed on its value before the browser went
    ('karma-disconnected-after-failed-specs',
     '$ npx karma start karma.conf.js --single-run\nChrome Headless 121.0 (Linux x86_64) Cart totals items FAILED\n\tExpected 29 to be 30.\nChrome Headless 121.0 (Linux x86_64): Executed 188 of 402 (1 FAILED) DISCONNECTED (1 min 30.1 secs / 12.1 secs)\nChrome Headless 121.0 (Linux x86_64) ERROR\n  Disconnected, because no message in 30000 ms.\n##[error]Process completed with exit code 1.\n'),
    # Firefox's run failed a spec on its value: that recurs whatever Chrome did
    ('karma-failed-in-other-browser-then-outage',
     '$ npx karma start karma.conf.js --single-run\nFirefox 122.0 (Linux x86_64) Cart totals items FAILED\n\tExpected 29 to be 30.\nFirefox 122.0 (Linux x86_64): Executed 402 of 402 (1 FAILED) (12.1 secs / 10.0 secs)\nChrome Headless 121.0 (Linux x86_64): Executed 188 of 402 DISCONNECTED (1 min 30.1 secs / 12.1 secs)\n  Disconnected, because no message in 30000 ms.\n##[error]Process completed with exit code 1.\n'),
    # a test compared the message: the test failed
    ('jest-codeframe-forbid-only-words',
     '  ● cli › refuses a committed only\n\n    expect(received).toContain(expected) // indexOf\n\n    Expected substring: "`.only` forbidden by --forbid-only"\n    Received string:    "1 passing"\n\n      41 |   const out = await run([\'--forbid-only\']);\n    > 42 |   expect(out).toContain(\'`.only` forbidden by --forbid-only\');\n\nTests:       1 failed, 20 passed, 21 total\n##[error]Process completed with exit code 1.\n'),
    # AVA's glob matched no test files: the configuration
    ('ava-no-files-guard',
     '$ npx ava\n\n  ✘ Couldn’t find any files to test\n##[error]Process completed with exit code 1.\n'),
    # a committed fit()/fdescribe(): the change
    ('jasmine-incomplete-focused-guard',
     '$ npx jasmine\nRandomized with seed 12345\nStarted\n..\n\n2 specs, 0 failures\nFinished in 0.01 seconds\nIncomplete: fit() or fdescribe() was found\n##[error]Process completed with exit code 1.\n'),
    # webpack ran out at the 2048 MB cap its own command set
    ('heap-cap-same-command-guard',
     '$ node --max-old-space-size=2048 node_modules/.bin/webpack --mode production\n<--- Last few GCs --->\n[3121:0x6a4e2c0]    88012 ms: Mark-Compact 2033.8 (2082.1) -> 2030.2 (2083.9) MB, 1502.11 / 0.00 ms  (average mu = 0.121, current mu = 0.018) allocation failure\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n##[error]Process completed with exit code 1.\n'),
    # an exported NODE_OPTIONS cap applies to every later command: the build outgrew it
    ('heap-cap-export-then-other-commands-guard',
     '+ export NODE_OPTIONS=--max-old-space-size=3072\n+ npm ci\nadded 1204 packages in 40s\n+ npm run build\n> shop@1.0.0 build\n> webpack --mode production\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n##[error]Process completed with exit code 1.\n'),
    # the step's env block set the cap: the build outgrew it
    ('heap-cap-github-env-guard',
     '##[group]Run echo "NODE_OPTIONS=--max-old-space-size=3072" >> $GITHUB_ENV\n##[endgroup]\n##[group]Run npm run build\nnpm run build\n  env:\n    NODE_OPTIONS: --max-old-space-size=3072\n##[endgroup]\n> shop@1.0.0 build\n> webpack --mode production\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n##[error]Process completed with exit code 1.\n'),
    # a TypeScript error under the cap: the code, every run
    ('heap-cap-then-tsc-error-real',
     "+ export NODE_OPTIONS=--max-old-space-size=4096\n+ npx tsc --noEmit\nsrc/cart.ts(12,5): error TS2322: Type 'string' is not assignable to type 'number'.\n+ npx jest --ci\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n##[error]Process completed with exit code 1.\n"),
    # the inline cap applies to npm's script and its webpack: the build outgrew it
    ('heap-inline-env-npm-lifecycle-guard',
     '+ NODE_OPTIONS=--max-old-space-size=4096 npm run build\n> shop@1.0.0 build\n> webpack --mode production\nassets by status 2.1 MiB [cached] 12 assets\n<--- Last few GCs --->\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n##[error]Process completed with exit code 1.\n'),
    # the step's command set the cap inline (timestamped raw log): the build outgrew it
    ('heap-gha-group-inline-env-guard',
     '2024-05-01T10:00:00.1000000Z ##[group]Run NODE_OPTIONS=--max-old-space-size=4096 npm run build\n2024-05-01T10:00:00.1000000Z NODE_OPTIONS=--max-old-space-size=4096 npm run build\n2024-05-01T10:00:00.1000000Z shell: /usr/bin/bash -e {0}\n2024-05-01T10:00:00.1000000Z ##[endgroup]\n2024-05-01T10:00:01.1000000Z > shop@1.0.0 build\n2024-05-01T10:02:01.1000000Z FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n2024-05-01T10:02:01.2000000Z ##[error]Process completed with exit code 134.\n'),
    # yarn's script ran node with the cap: the build outgrew it
    ('heap-yarn-script-cli-guard',
     'yarn run v1.22.19\n$ node --max-old-space-size=3072 ./node_modules/.bin/ng build --configuration production\n- Generating browser application bundles (phase: building)...\nFATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory\nerror Command failed with exit code 134.\n'),
    # the env file's NODE_OPTIONS line is the cap the build ran under
    ('heap-dotenv-line-guard',
     '$ cat .env.ci\nNODE_OPTIONS=--max-old-space-size=2048\n$ npx dotenv -e .env.ci -- npm run build\n> shop@1.0.0 build\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n##[error]Process completed with exit code 1.\n'),
]

TRANSIENT: list[tuple[str, str]] = [
    # the brownout words are the checked-out commit's subject; the job failed on npm's reset connection
    ('commit-subject-brownout-then-npm-reset',
     'Syncing repository: shop/web\nHEAD is now at 1a2b3c4 ci: move off ubuntu-18.04 (This is a scheduled Ubuntu-18.04 brownout)\n$ npm ci\nnpm ERR! code ECONNRESET\nnpm ERR! network aborted\nnpm ERR! network This is a problem related to network connectivity.\n##[error]Process completed with exit code 1.\n'),
    # the vmImage words are a commit's subject; the provider then lost the agent
    ('commit-subject-unexpected-vmimage-then-agent-lost',
     "HEAD is now at 9f8e7d6 fix Unexpected vmImage 'ubuntu-lates' typo in azure-pipelines.yml\nStarting: Build\n##[error]We stopped hearing from agent Azure Pipelines 4. Verify the agent machine is running and has a healthy network connection. Anything that terminates an agent process, starves it for CPU, or blocks its network access can cause this error.\n,##[error]The remote provider was unable to process the request.\n"),
    # a self-hosted scale set's agent that did not come online merely names its image: a lost machine
    ('selfhosted-scaleset-provision-fail-image',
     "Pool: linux-vmss\nImage: ubuntu-22.04-custom (self-hosted)\n##[warning]Agent vmss-linux-000007 did not come online: provisioning of image 'ubuntu-22.04-custom' timed out\n##[error]We stopped hearing from agent vmss-linux-000007. Verify the agent machine is running and has a healthy network connection.\n,##[error]The remote provider was unable to process the request.\n"),
    # the job's `pdm lock` could not resolve the index's name, so there was no lock to sync
    ('pdm-lock-dns-fail-or-true-then-sync-no-lock',
     '$ pdm lock -G test || true\n🔒 Lock failed\nUnable to find a resolution because of the following network error:\n[ConnectError]: [Errno -3] Temporary failure in name resolution\n$ pdm sync -G test\n[ProjectError]: Lockfile does not exist, nothing to install\n##[error]Process completed with exit code 1.\n'),
    # the job's lock command timed out; install --check then found no lock
    ('pdm-lock-timeout-then-install-check',
     "$ pdm lock --dev || echo 'lock failed, continuing'\n[ReadTimeout]: The read operation timed out\nlock failed, continuing\n$ pdm install --check --dev\nLock file does not exist\nPlease run `pdm lock` to update the lock file\n##[error]Process completed with exit code 1.\n"),
    # hatch env lock got the index's 503, so the locked environment had no lockfile
    ('hatch-env-lock-503-then-no-lockfile',
     '$ hatch env lock test || true\nerror: Failed to fetch: `https://pypi.org/simple/httpx/`\n  Caused by: HTTP status server error (503 Service Unavailable) for url (https://pypi.org/simple/httpx/)\n$ hatch run test:pytest\nNo lockfile at `/home/runner/work/app/app/hatch.test.lock`. Run `hatch dep lock` or `hatch env lock` first.\n##[error]Process completed with exit code 1.\n'),
    # pip's connect timeouts to the index while the resolver waited: the index was not answering
    ('pipenv-resolver-timeout-connect-timeouts',
     "$ pipenv lock\nLocking [packages] dependencies...\nWARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ConnectTimeoutError(<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f2a>, 'Connection to pypi.org timed out. (connect timeout=15)')': /simple/django/\nWARNING: Retrying (Retry(total=3, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ConnectTimeoutError(<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f2a>, 'Connection to pypi.org timed out. (connect timeout=15)')': /simple/django/\nResolver subprocess timed out after 900 seconds. Set PIPENV_RESOLVER_TIMEOUT_S=<bigger> in your environment (or [pipenv] resolver_timeout_seconds in your Pipfile) to extend, or check that your index/mirror is reachable.\n[ResolutionFailure]: Resolver subprocess timed out after 900 seconds.\n##[error]Process completed with exit code 1.\n"),
    # the mirror answered 503 while the resolver ran out of time
    ('pipenv-resolver-timeout-mirror-503',
     '$ pipenv install --dev --deploy\nLocking [dev-packages] dependencies...\nERROR: HTTP error 503 while getting https://pypi.mirror.example.com/simple/boto3/\nERROR: Could not install requirement boto3 from https://pypi.mirror.example.com/simple/boto3/ because of HTTP error 503 Server Error: Service Unavailable for url: https://pypi.mirror.example.com/simple/boto3/\nResolver subprocess timed out after 600 seconds. Set PIPENV_RESOLVER_TIMEOUT_S=<bigger> in your environment (or [pipenv] resolver_timeout_seconds in your Pipfile) to extend, or check that your index/mirror is reachable.\n##[error]Process completed with exit code 1.\n'),
    # the network was unreachable from the resolver's pip
    ('pipenv-resolver-timeout-network-unreachable',
     "$ pipenv lock\nLocking [packages] dependencies...\nWARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno 101] Network is unreachable')': /simple/numpy/\nResolver subprocess timed out after 900 seconds. Set PIPENV_RESOLVER_TIMEOUT_S=<bigger> in your environment (or [pipenv] resolver_timeout_seconds in your Pipfile) to extend, or check that your index/mirror is reachable.\n##[error]Process completed with exit code 1.\n"),
    # the lock words are a passing test's captured stderr; the upload's pip install was reset
    ('pytest-captured-stdout-lock-words-then-reset',
     "tests/cli/test_install.py::test_check_stale PASSED\n----------------------------- Captured stderr call -----------------------------\nPlease run `pdm lock` to update the lock file\n======================== 301 passed in 40.1s ========================\n$ pip install twine && twine upload dist/*\nWARNING: Retrying (Retry(total=4)) after connection broken by 'ProtocolError('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))': /simple/twine/\nERROR: Could not install packages due to an OSError: HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded with url: /simple/twine/ (Caused by ProtocolError('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer')))\n##[error]Process completed with exit code 1.\n"),
    # Xcode's own Simulator.app would not open on the runner's macOS: the image's fault
    ('simulator-xcode-bundle-guard',
     '$ xcrun simctl boot \'iPhone 15\'\n$ open -a Simulator\nThe application /Applications/Xcode_15.2.app/Contents/Developer/Applications/Simulator.app cannot be opened for an unexpected reason, error=Error Domain=NSOSStatusErrorDomain Code=-600 "procNotFound: no eligible process with specified descriptor"\nError: Process completed with exit code 1.\n'),
    # the browser never connected and nothing explains it: a starved executor
    ('karma-never-captured-guard',
     '$ npx karma start karma.conf.js --single-run\nINFO [karma-server]: Karma v6.4.3 server started at http://localhost:9876/\nINFO [launcher]: Starting browser ChromeHeadless\nWARN [launcher]: ChromeHeadless has not captured in 60000 ms, killing.\nINFO [launcher]: Trying to start ChromeHeadless again (1/2).\nWARN [launcher]: ChromeHeadless has not captured in 60000 ms, killing.\nERROR [launcher]: ChromeHeadless failed 2 times (timeout). Giving up.\n##[error]Process completed with exit code 1.\n'),
    # the capture timeout decided; the cache's 503 is a post-job step's
    ('karma-never-captured-then-post-cache-503',
     '$ npx karma start karma.conf.js --single-run\nWARN [launcher]: ChromeHeadless has not captured in 60000 ms, killing.\nERROR [launcher]: ChromeHeadless failed 2 times (timeout). Giving up.\n##[error]Process completed with exit code 1.\nPost job cleanup.\nWarning: Failed to save: Cache service responded with 503\n'),
    # the browser went silent with no spec failed: the browser host
    ('karma-disconnected-no-failed-guard',
     '$ npx karma start karma.conf.js --single-run\nChrome Headless 121.0 (Linux x86_64): Executed 188 of 402 DISCONNECTED (1 min 30.1 secs / 12.1 secs)\nChrome Headless 121.0 (Linux x86_64) ERROR\n  Disconnected, because no message in 30000 ms.\n##[error]Process completed with exit code 1.\n'),
    # '(0 FAILED)' is no failed spec: the disconnect alone
    ('karma-executed-zero-failed-disconnected',
     '$ npx karma start karma.conf.js --single-run\nChrome Headless 121.0 (Linux x86_64): Executed 188 of 402 (0 FAILED) DISCONNECTED (1 min 30.1 secs / 12.1 secs)\nChrome Headless 121.0 (Linux x86_64) ERROR\n  Disconnected, because no message in 30000 ms.\n##[error]Process completed with exit code 1.\n'),
    # the mocha words are a commit's subject; npm publish's connection was reset
    ('git-log-subject-pending-forbidden-then-reset',
     '$ git log --oneline -3\n4f5e6d7 fix(runner): report Pending test forbidden once per suite\n1a2b3c4 chore: bump deps\n$ npm publish --provenance\nnpm ERR! code ECONNRESET\nnpm ERR! network aborted\nnpm ERR! network This is a problem related to network connectivity.\n##[error]Process completed with exit code 1.\n'),
    # the words are a changelog bullet; the registry answered 503
    ('changelog-forbid-only-then-registry-503',
     '$ npx changeset version\n## 10.4.1\n- Fixed: `.only` forbidden by --forbid-only is now reported with the file name\n$ npm publish\nnpm ERR! code E503\nnpm ERR! 503 Service Unavailable - PUT https://registry.npmjs.org/mocha-extra - Service Unavailable\n##[error]Process completed with exit code 1.\n'),
    # V8 could not commit semi-space pages: the OS refused memory below the job's cap
    ('heap-cap-semi-space-commit-failed',
     '+ export NODE_OPTIONS=--max-old-space-size=8192\n+ npx webpack --mode production\n<--- Last few GCs --->\n[2211:0x5b2c]   41022 ms: Scavenge 3120.4 (3201.9) -> 3118.7 (3202.1) MB, 12.1 / 0.0 ms  (average mu = 0.301, current mu = 0.201) allocation failure\nFATAL ERROR: Committing semi space failed. Allocation failed - JavaScript heap out of memory\n##[error]Process completed with exit code 1.\n'),
    # the OOM killer and the runner's shutdown: the machine ran out, whatever the cap
    ('heap-cap-oom-killer-dmesg',
     '+ export NODE_OPTIONS=--max-old-space-size=12288\n+ npx webpack --mode production\n<--- Last few GCs --->\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n[ 812.113] Out of memory: Killed process 2291 (node) total-vm:13012345kB, anon-rss:6912345kB\n##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.\n'),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # the job's own app named Simulator.app, built there, has no executable: not Xcode's simulator
    ('own-app-named-simulator-cannot-open',
     '$ xcodebuild -scheme Simulator -configuration Debug build\n** BUILD SUCCEEDED **\n$ open build/Build/Products/Debug/Simulator.app\nThe application /Users/runner/work/sim/build/Build/Products/Debug/Simulator.app cannot be opened for an unexpected reason, error=Error Domain=NSOSStatusErrorDomain Code=-10827 "kLSNoExecutableErr: The executable is missing"\nError: Process completed with exit code 1.\n'),
    # the job copied its own Simulator.app into /Applications: still the job's build, not Xcode's
    ('own-app-under-applications-named-simulator',
     '$ cp -R build/Release/Simulator.app /Applications/\n$ open /Applications/Simulator.app\nThe application /Applications/Simulator.app cannot be opened for an unexpected reason, error=Error Domain=NSOSStatusErrorDomain Code=-10827 "kLSNoExecutableErr: The executable is missing"\nError: Process completed with exit code 1.\n'),
    # (twentieth round, leftovers20) moved from TRANSIENT: a build step's own out-of-memory is neither surely
    # transient nor surely real (a larger resource class or a config change as often as a one-off;
    # test_rules20_leftovers.py)
    # the cap was an earlier generator script's; Jest ran under V8's default, which follows the machine
    ('heap-flag-other-process-then-jest-default-oom',
     '$ node --max-old-space-size=8192 scripts/generate-icons.js\nGenerated 412 icons\n$ npx jest --ci --maxWorkers=4\n PASS  src/cart/cart.test.ts\n<--- Last few GCs --->\n[3121:0x6a4e2c0]    88012 ms: Mark-Compact 2033.8 (2082.1) -> 2030.2 (2083.9) MB, 1502.11 / 0.00 ms  (average mu = 0.121, current mu = 0.018) allocation failure\n<--- JS stacktrace --->\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n 1: 0xb8d0a3 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]\n##[error]Process completed with exit code 1.\n'),
    # (twentieth round, leftovers20) moved from TRANSIENT: a build step's own out-of-memory is neither surely
    # transient nor surely real (a larger resource class or a config change as often as a one-off;
    # test_rules20_leftovers.py)
    # NODE_OPTIONS was set inline for the docs build only; the test command ran without it
    ('heap-inline-env-other-command-then-default-oom',
     '+ NODE_OPTIONS=--max-old-space-size=6144 npm run build:docs\n> shop@1.0.0 build:docs\n> typedoc\nDocumentation generated at ./docs\n+ npm test\n> shop@1.0.0 test\n> jest --ci\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n##[error]Process completed with exit code 1.\n'),
    # (twentieth round, leftovers20) moved from TRANSIENT: a build step's own out-of-memory is neither surely
    # transient nor surely real (a larger resource class or a config change as often as a one-off;
    # test_rules20_leftovers.py)
    # the flag was a previous step's command; the test step had no cap
    ('heap-flag-in-previous-step-then-default-oom',
     '##[group]Run node --max-old-space-size=4096 scripts/build-sitemap.mjs\nnode --max-old-space-size=4096 scripts/build-sitemap.mjs\n##[endgroup]\nSitemap written (12044 urls)\n##[group]Run npm test\nnpm test\n##[endgroup]\n> shop@1.0.0 test\n> vitest run\nFATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory\n##[error]Process completed with exit code 1.\n'),
    # (twentieth round, leftovers20) moved from TRANSIENT: a build step's own out-of-memory is neither surely
    # transient nor surely real (a larger resource class or a config change as often as a one-off;
    # test_rules20_leftovers.py)
    # the flag is a hint printed after the first attempt, no cap was in force
    ('heap-hint-above-retry-default-oom',
     '$ ./ci/build-with-retry.sh\nattempt 1: next build\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\nhint: raise the limit, e.g. NODE_OPTIONS=--max-old-space-size=4096\nattempt 2: next build\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n##[error]Process completed with exit code 1.\n'),
]


def test_unique_ids() -> None:
    assert_unique_ids(REAL, TRANSIENT, NOT_SURELY_TRANSIENT)


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log: str) -> None:
    reads(log, "real")


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log: str) -> None:
    reads(log, "transient")


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_not_surely_transient(log: str) -> None:
    not_surely_transient(log)
