"""miss33: a package manager's or a script's download head over the server's stated "not found" or "gone".

What the real threads of this round still missed, where a careful reader of the excerpt alone gets it right: a download
whose own stated cause is an HTTP 404 or 410 is a file that is not there (real, every rerun fetches the same answer),
whatever words head it. The engine read the head ("Failed to download resource", "Download failed: <url>",
"DownloadError", "error: download of <x> failed", NuGet's "Failed to download package ...") as a transfer that broke
(download-failed, transient) against the 404 (resource-missing-404, real), and so said unknown, where the cause was a few
lines above the head (Homebrew's curl line, then its child-process error, then the head) or just below it (NuGet's
status line). Now download-failed gives way to a 404/410 cause within five lines above (curl's (22)/(3), wget's
"ERROR 404:", .NET's "(404) Not Found") or three lines below, with no other transfer error (a time-out, a 5xx, a 429, a
reset or refused connection, an unresolved host, another curl error) between; resource-missing-404 reads curl's and
others' "returned error: 410" (R's download.file 404 for a CRAN tarball
stays not surely real, as test_review17_f.py has it: a mirror between syncs); CMake's download script's
"status_code: 22" over curl's own "returned error: 503" (or any 5xx, a 429) reads as the outage it is.
An Open Build Service build (each line under "[   40s] ", the seconds since the build started) that looks a host up
is the spec's own fetch in a VM that has no network (openSUSE/obs-build): real, as Nix's sandboxed builders are
(nix-builder-network-in-sandbox); the same lookups without that prefix, or one prefixed line alone, stay transient.
A 5xx, a 429 or a time-out under the same heads stays transient (the guards), as does a 404 far above a later download
that timed out.

Every log line here was written for this test (hosts, projects, URLs and versions made up); no project's CI log is
copied. Cases whose id starts with "guard_" are near-miss guards (read the same at c2d5b53); every other case fails
there.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge

CASES: list[tuple[str, str, str]] = []


def add(case_id: str, label: str, ci: str, ecosystem: str, log: str) -> None:
    """One case: its id, the verdict it must get, the CI system and ecosystem it imitates (for the reader), its log."""
    CASES.append((case_id, label, log))

# ---- Homebrew (ruby) ----
hb = '''==> Fetching widgetctl
==> Downloading https://github.com/acme/widgetctl/releases/download/v2.1.0/widgetctl-2.1.0-darwin-arm64.tar.gz
{curl}
Error: An exception occurred within a child process:
  DownloadError: Failed to download resource "widgetctl"
Download failed: https://github.com/acme/widgetctl/releases/download/v2.1.0/widgetctl-2.1.0-darwin-arm64.tar.gz
Error: Process completed with exit code 1.'''
add("hb_404_gha", "real", "gha", "homebrew", hb.format(curl="curl: (22) The requested URL returned error: 404"))
add("hb_410_gha", "real", "gha", "homebrew", hb.format(curl="curl: (22) The requested URL returned error: 410"))
add("guard_hb_503_gha", "transient", "gha", "homebrew", hb.format(curl="curl: (22) The requested URL returned error: 503"))
add("guard_hb_28_gha", "transient", "gha", "homebrew", hb.format(curl="curl: (28) Operation timed out after 300012 milliseconds with 0 out of 0 bytes received"))
hb2 = '''==> Downloading https://downloads.example.org/tools/gizmo-4.2.tar.xz
{curl}
Error: gizmo: Failed to download resource "gizmo"
Download failed: https://downloads.example.org/tools/gizmo-4.2.tar.xz
Exited with code exit status 1'''
add("guard_hb2_404_circle", "real", "circleci", "homebrew", hb2.format(curl="curl: (22) The requested URL returned error: 404 Not Found"))
add("guard_hb2_429_circle", "transient", "circleci", "homebrew", hb2.format(curl="curl: (22) The requested URL returned error: 429"))
# ---- curl in a script, head a few lines below ----
sh = '''+ curl -fSL -o /tmp/protoc.zip https://github.com/acme/protoc-bin/releases/download/v3.99.0/protoc-3.99.0-linux-x86_64.zip
{curl}
+ status=22
+ echo "ERROR: protoc install step aborted"
ERROR: protoc install step aborted
Error: Failed to download protoc 3.99.0
ERROR: Job failed: exit code 1'''
add("sh_404_gitlab", "real", "gitlab", "shell", sh.format(curl="curl: (22) The requested URL returned error: 404"))
add("guard_sh_502_gitlab", "transient", "gitlab", "shell", sh.format(curl="curl: (22) The requested URL returned error: 502"))
# ---- wget in a script ----
wg = '''--2026-03-01 10:00:01--  https://mirror.example.net/pub/zlib/zlib-9.9.9.tar.gz
Resolving mirror.example.net (mirror.example.net)... 203.0.113.7
Connecting to mirror.example.net (mirror.example.net)|203.0.113.7|:443... connected.
HTTP request sent, awaiting response... {st}
{err}
make: *** [Makefile:40: deps/zlib] Error 8
The command "make deps" exited with 2.'''
add("wget_404_travis", "real", "travis", "c", wg.format(st="404 Not Found", err="2026-03-01 10:00:01 ERROR 404: Not Found.\nerror: download of zlib-9.9.9.tar.gz failed"))
add("guard_wget_503_travis", "transient", "travis", "c", wg.format(st="503 Service Unavailable", err="2026-03-01 10:00:01 ERROR 503: Service Unavailable.\nerror: download of zlib-9.9.9.tar.gz failed"))
# ---- apt ----
apt = '''Get:14 http://archive.example.com/ubuntu noble-updates/main amd64 libfoo-dev amd64 1.2.3-1ubuntu0.2 [120 kB]
{line}
E: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?
##[error]Bash exited with code '100'.'''
add("guard_apt_404_azure", "real", "azure", "debian", apt.format(line="Err:15 http://archive.example.com/ubuntu noble-updates/main amd64 libbar1 amd64 2.0.1-3ubuntu0.1\n  404  Not Found [IP: 198.51.100.4 80]\nE: Failed to fetch http://archive.example.com/ubuntu/pool/main/libb/libbar/libbar1_2.0.1-3ubuntu0.1_amd64.deb  404  Not Found [IP: 198.51.100.4 80]"))
add("guard_apt_503_azure", "transient", "azure", "debian", apt.format(line="Err:15 http://archive.example.com/ubuntu noble-updates/main amd64 libbar1 amd64 2.0.1-3ubuntu0.1\n  503  Service Unavailable [IP: 198.51.100.4 80]\nE: Failed to fetch http://archive.example.com/ubuntu/pool/main/libb/libbar/libbar1_2.0.1-3ubuntu0.1_amd64.deb  503  Service Unavailable [IP: 198.51.100.4 80]"))
# ---- pip ----
add("guard_pip_404_buildkite", "real", "buildkite", "python", '''Collecting widgetlib@ https://files.example.org/wheels/widgetlib-0.4.1-py3-none-any.whl
ERROR: HTTP error 404 while getting https://files.example.org/wheels/widgetlib-0.4.1-py3-none-any.whl
ERROR: Could not install requirement widgetlib@ https://files.example.org/wheels/widgetlib-0.4.1-py3-none-any.whl from https://files.example.org/wheels/widgetlib-0.4.1-py3-none-any.whl because of HTTP error 404 Client Error: Not Found for url: https://files.example.org/wheels/widgetlib-0.4.1-py3-none-any.whl
🚨 Error: The command exited with status 1''')
add("guard_pip_503_buildkite", "transient", "buildkite", "python", '''Collecting widgetlib@ https://files.example.org/wheels/widgetlib-0.4.1-py3-none-any.whl
ERROR: HTTP error 503 while getting https://files.example.org/wheels/widgetlib-0.4.1-py3-none-any.whl
ERROR: Could not install requirement widgetlib@ https://files.example.org/wheels/widgetlib-0.4.1-py3-none-any.whl from https://files.example.org/wheels/widgetlib-0.4.1-py3-none-any.whl because of HTTP error 503 Server Error: Service Unavailable for url: https://files.example.org/wheels/widgetlib-0.4.1-py3-none-any.whl
🚨 Error: The command exited with status 1''')
# ---- npm ----
add("guard_npm_404_jenkins", "real", "jenkins", "node", '''[Pipeline] sh
+ npm ci
npm ERR! code E404
npm ERR! 404 Not Found - GET https://registry.npmjs.org/@acme%2fwidget-kit - Not found
npm ERR! 404
npm ERR! 404  '@acme/widget-kit@3.1.4' is not in this registry.
ERROR: script returned exit code 1''')
add("guard_npm_503_jenkins", "transient", "jenkins", "node", '''[Pipeline] sh
+ npm ci
npm ERR! code E503
npm ERR! 503 Service Unavailable - GET https://registry.npmjs.org/@acme%2fwidget-kit
ERROR: script returned exit code 1''')
# ---- Go modules ----
add("guard_go_410_gha", "real", "gha", "go", '''go: downloading example.com/acme/gadget v1.8.2
go: example.com/acme/gadget@v1.8.2: reading https://proxy.golang.org/example.com/acme/gadget/@v/v1.8.2.zip: 410 Gone
	server response: not found: example.com/acme/gadget@v1.8.2: invalid version: unknown revision v1.8.2
Error: Process completed with exit code 1.''')
add("guard_go_502_gha", "transient", "gha", "go", '''go: downloading example.com/acme/gadget v1.8.2
go: example.com/acme/gadget@v1.8.2: reading https://proxy.golang.org/example.com/acme/gadget/@v/v1.8.2.zip: 502 Bad Gateway
Error: Process completed with exit code 1.''')
# ---- conda ----
add("guard_conda_404_appveyor", "real", "appveyor", "conda", '''Collecting package metadata (current_repodata.json): failed

CondaHTTPError: HTTP 404 NOT FOUND for url <https://conda.example.org/acme-channel/win-64/current_repodata.json>
Elapsed: 00:00.231

The remote server could not find the noarch directory for the requested channel with url: https://conda.example.org/acme-channel
Command exited with code 1''')
add("guard_conda_503_appveyor", "transient", "appveyor", "conda", '''Collecting package metadata (current_repodata.json): failed

CondaHTTPError: HTTP 503 SERVICE UNAVAILABLE for url <https://conda.example.org/acme-channel/win-64/current_repodata.json>
Elapsed: 00:30.014

A remote server error occurred when trying to retrieve this URL.
Command exited with code 1''')
# ---- CMake file(DOWNLOAD) / ExternalProject ----
cm = '''-- Downloading...
   dst='/build/_deps/fmtlib-subbuild/fmtlib-populate-prefix/src/fmt-99.0.0.zip'
   timeout='none'
-- Using src='https://github.com/acme/fmtlib/archive/refs/tags/99.0.0.zip'
CMake Error at fmtlib-subbuild/fmtlib-populate-prefix/src/fmtlib-populate-stamp/download-fmtlib-populate.cmake:170 (message):
  Each download failed!

    error: downloading 'https://github.com/acme/fmtlib/archive/refs/tags/99.0.0.zip' failed
          status_code: 22
          status_string: "HTTP response code said error"
          log:
          --- LOG BEGIN ---
          {resp}
          --- LOG END ---
Process exited with code 1'''
add("guard_cmake_404_teamcity", "real", "teamcity", "cpp", cm.format(resp="< HTTP/2 404 \n          The requested URL returned error: 404"))
add("cmake_503_teamcity", "transient", "teamcity", "cpp", cm.format(resp="< HTTP/2 503 \n          The requested URL returned error: 503"))
# ---- Maven ----
add("guard_maven_404_drone", "real", "drone", "java", '''[ERROR] Failed to execute goal on project gizmo-core: Could not resolve dependencies for project org.acme:gizmo-core:jar:1.0-SNAPSHOT: Could not transfer artifact org.acme:gadget-api:jar:2.7.0 from/to acme-releases (https://repo.example.org/releases): status code: 404, reason phrase: Not Found (404) -> [Help 1]
exit code 1''')
add("guard_maven_503_drone", "transient", "drone", "java", '''[ERROR] Failed to execute goal on project gizmo-core: Could not resolve dependencies for project org.acme:gizmo-core:jar:1.0-SNAPSHOT: Could not transfer artifact org.acme:gadget-api:jar:2.7.0 from/to acme-releases (https://repo.example.org/releases): status code: 503, reason phrase: Service Unavailable (503) -> [Help 1]
exit code 1''')
# ---- Gradle ----
add("guard_gradle_404_bitbucket", "real", "bitbucket", "java", '''* What went wrong:
Execution failed for task ':app:downloadNativeLibs'.
> Could not download gizmo-natives-4.0.1.zip (org.acme:gizmo-natives:4.0.1)
   > Could not get resource 'https://repo.example.org/maven/org/acme/gizmo-natives/4.0.1/gizmo-natives-4.0.1.zip'.
      > Could not GET 'https://repo.example.org/maven/org/acme/gizmo-natives/4.0.1/gizmo-natives-4.0.1.zip'. Received status code 404 from server: Not Found''')
add("guard_gradle_502_bitbucket", "transient", "bitbucket", "java", '''* What went wrong:
Execution failed for task ':app:downloadNativeLibs'.
> Could not download gizmo-natives-4.0.1.zip (org.acme:gizmo-natives:4.0.1)
   > Could not get resource 'https://repo.example.org/maven/org/acme/gizmo-natives/4.0.1/gizmo-natives-4.0.1.zip'.
      > Could not GET 'https://repo.example.org/maven/org/acme/gizmo-natives/4.0.1/gizmo-natives-4.0.1.zip'. Received status code 502 from server: Bad Gateway''')
# ---- NuGet ----
add("nuget_404_azure", "real", "azure", "dotnet", '''  Failed to download package 'Acme.Gadgets.5.0.2' from 'https://nuget.example.org/v3/acme.gadgets/5.0.2/acme.gadgets.5.0.2.nupkg'.
  Response status code does not indicate success: 404 (Not Found).
##[error]Process 'dotnet' exited with code 1.''')
add("guard_nuget_503_azure", "transient", "azure", "dotnet", '''  Failed to download package 'Acme.Gadgets.5.0.2' from 'https://nuget.example.org/v3/acme.gadgets/5.0.2/acme.gadgets.5.0.2.nupkg'.
  Response status code does not indicate success: 503 (Service Unavailable).
##[error]Process 'dotnet' exited with code 1.''')
# ---- cargo ----
add("guard_cargo_404_gitlab", "real", "gitlab", "rust", '''    Updating crates.io index
 Downloading crates ...
error: failed to download from `https://static.example.org/crates/gizmo/gizmo-0.9.1.crate`

Caused by:
  failed to get successful HTTP response from `https://static.example.org/crates/gizmo/gizmo-0.9.1.crate` (203.0.113.9), got 404
  body:
  Not Found
ERROR: Job failed: exit code 101''')
add("guard_cargo_503_gitlab", "transient", "gitlab", "rust", '''    Updating crates.io index
 Downloading crates ...
error: failed to download from `https://static.example.org/crates/gizmo/gizmo-0.9.1.crate`

Caused by:
  failed to get successful HTTP response from `https://static.example.org/crates/gizmo/gizmo-0.9.1.crate` (203.0.113.9), got 503
  body:
  Service Unavailable
ERROR: Job failed: exit code 101''')
# ---- PowerShell / AppVeyor ----
add("guard_ps_404_appveyor", "real", "appveyor", "windows", '''Downloading https://downloads.example.com/sdk/gizmo-sdk-7.1.exe
Exception calling "DownloadFile" with "2" argument(s): "The remote server returned an error: (404) Not Found."
At C:\\projects\\gizmo\\ci\\install.ps1:12 char:1
+ (New-Object Net.WebClient).DownloadFile($url, $out)
    + CategoryInfo          : NotSpecified: (:) [], MethodInvocationException
    + FullyQualifiedErrorId : WebException
Command exited with code 1''')
add("guard_ps_503_appveyor", "transient", "appveyor", "windows", '''Downloading https://downloads.example.com/sdk/gizmo-sdk-7.1.exe
Exception calling "DownloadFile" with "2" argument(s): "The remote server returned an error: (503) Server Unavailable."
At C:\\projects\\gizmo\\ci\\install.ps1:12 char:1
+ (New-Object Net.WebClient).DownloadFile($url, $out)
    + CategoryInfo          : NotSpecified: (:) [], MethodInvocationException
    + FullyQualifiedErrorId : WebException
Command exited with code 1''')
# ---- curl 404 with the head a few lines below, other script forms ----
nv = '''Installing toolchain gizmo-lang 0.31.0
{curl}
###
warning: checksum file could not be read
Download failed: https://dl.example.dev/gizmo-lang/0.31.0/gizmo-lang-0.31.0-x86_64-linux.tar.gz
Build step 'Execute shell' marked build as failure'''
add("tc_404_jenkins", "real", "jenkins", "shell", nv.format(curl="curl: (22) The requested URL returned error: 404"))
add("guard_tc_28_jenkins", "transient", "jenkins", "shell", nv.format(curl="curl: (28) Failed to connect to dl.example.dev port 443 after 130000 ms: Timeout was reached"))
add("guard_tc_504_jenkins", "transient", "jenkins", "shell", nv.format(curl="curl: (22) The requested URL returned error: 504"))
# near-miss: curl 404 far above an unrelated later download failure that timed out
add("guard_far_404_then_timeout", "transient", "gha", "shell", '''+ curl -fsS https://api.example.com/optional/banner.txt || true
curl: (22) The requested URL returned error: 404
+ echo "no banner"
no banner
+ ./scripts/fetch-assets.sh
fetching assets/models.bin
''' + "\n".join(f"  progress {i*5}%" for i in range(1, 13)) + '''
curl: (28) Operation timed out after 120000 milliseconds with 7340032 out of 52428800 bytes received
Error: Download failed: https://cdn.example.com/assets/models.bin
Error: Process completed with exit code 1.''')
add("guard_r_503_gha", "transient", "gha", "r", '''* installing *source* package 'gizmor' ...
Warning in download.file(url, destfile, quiet = TRUE) :
  cannot open URL 'https://cran.example.org/src/contrib/gizmor_1.0.3.tar.gz': HTTP status was '503 Service Unavailable'
Error in download.file(url, destfile, quiet = TRUE) :
  cannot open URL 'https://cran.example.org/src/contrib/gizmor_1.0.3.tar.gz'
Error: Process completed with exit code 1.''')
add("guard_composer_404_circle", "real", "circleci", "php", '''  - Downloading acme/gizmo (v3.2.1)
    Failed to download acme/gizmo from dist: The "https://api.example.com/repos/acme/gizmo/zipball/0123abcd" file could not be downloaded (HTTP/2 404 )
    Now trying to download from source
  - Syncing acme/gizmo (v3.2.1) into cache
In GitDownloader.php line 82:
  Failed to execute git clone --mirror -- 'https://example.com/acme/gizmo.git' '/home/circleci/.cache/composer/vcs/acme-gizmo/'
  remote: Repository not found.
  fatal: repository 'https://example.com/acme/gizmo.git/' not found
Exited with code exit status 1''')
add("guard_bundler_404_travis", "real", "travis", "ruby", '''Fetching gizmo-rb 2.4.0
Bundler::HTTPError: Could not download gem from https://gems.example.org/ due to underlying error <bad response Not Found 404 (https://gems.example.org/gems/gizmo-rb-2.4.0.gem)>
The command "bundle install --jobs=3 --retry=3" failed and exited with 5 during .''')
add("guard_bundler_503_travis", "transient", "travis", "ruby", '''Fetching gizmo-rb 2.4.0
Bundler::HTTPError: Could not download gem from https://gems.example.org/ due to underlying error <bad response Service Unavailable 503 (https://gems.example.org/gems/gizmo-rb-2.4.0.gem)>
The command "bundle install --jobs=3 --retry=3" failed and exited with 5 during .''')
add("hb_404_mirror_then_timeout", "transient", "gha", "homebrew", '''==> Downloading https://mirror-a.example.org/gizmo-4.2.tar.xz
curl: (22) The requested URL returned error: 404
Trying a mirror...
==> Downloading https://downloads.example.org/tools/gizmo-4.2.tar.xz
curl: (28) Operation timed out after 120005 milliseconds with 1048576 out of 9437184 bytes received
Error: gizmo: Failed to download resource "gizmo"
Download failed: https://downloads.example.org/tools/gizmo-4.2.tar.xz
Error: Process completed with exit code 1.''')


# ---- An Open Build Service build's name lookup: its worker VM has no network, so the lookup fails on every run
def obs(lines: list[str], t0: int = 52) -> str:
    """Lines as an Open Build Service build log prints them, each under the seconds since the build started."""
    return "\n".join(f"[{t0 + k:>5}s] {line}" for k, line in enumerate(lines))


add("guard_obs_pip_dns", "real", "obs", "python", obs([
    "+ /usr/bin/python3 -m pip install --no-build-isolation gizmo-helpers==1.4",
    "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f2a1c>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/gizmo-helpers/",
    "ERROR: Could not find a version that satisfies the requirement gizmo-helpers==1.4 (from versions: none)",
    "error: Bad exit status from /var/tmp/rpm-tmp.Xq81Lz (%build)"]))
add("obs_go_dns", "real", "obs", "go", obs([
    "+ go build -o gizmod ./cmd/gizmod",
    "go: example.com/acme/gizmo-kit@v0.7.0: Get \"https://proxy.golang.org/example.com/acme/gizmo-kit/@v/v0.7.0.mod\": dial tcp: lookup proxy.golang.org on 10.0.2.3:53: no such host",
    "error: Bad exit status from /var/tmp/rpm-tmp.Ab12Cd (%build)"], 118))
add("obs_npm_dns", "real", "obs", "node", obs([
    "+ npm ci --ignore-scripts",
    "npm ERR! code EAI_AGAIN",
    "npm ERR! syscall getaddrinfo",
    "npm ERR! errno EAI_AGAIN",
    "npm ERR! request to https://registry.npmjs.org/gizmo-lib failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org",
    "error: Bad exit status from /var/tmp/rpm-tmp.Zz9Yy8 (%build)"], 73))
add("obs_cargo_dns", "real", "obs", "rust", obs([
    "+ cargo build --release",
    "    Updating crates.io index",
    "warning: spurious network error (3 tries remaining): [6] Couldn't resolve host name (Could not resolve host: index.crates.io)",
    "error: failed to get `gizmo` as a dependency of package `gizmod v0.3.0 (/home/abuild/rpmbuild/BUILD/gizmod-0.3.0)`",
    "error: Bad exit status from /var/tmp/rpm-tmp.Qq1Ww2 (%build)"], 201))
add("obs_maven_dns", "real", "obs", "java", obs([
    "+ mvn -B package",
    "[ERROR] Failed to execute goal on project gizmo-core: Could not resolve dependencies for project org.acme:gizmo-core:jar:1.0: Could not transfer artifact org.acme:gadget-api:pom:2.7.0 from/to central (https://repo.maven.apache.org/maven2): java.net.UnknownHostException: repo.maven.apache.org",
    "error: Bad exit status from /var/tmp/rpm-tmp.Mm3Nn4 (%build)"], 340))
# near-miss twins: the same lookups without OBS's prefix (a hosted runner's DNS blip), and one prefixed line alone
add("guard_gha_pip_dns", "transient", "gha", "python", "\n".join([
    "Collecting gizmo-helpers==1.4",
    "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f2a1c>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/gizmo-helpers/",
    "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded with url: /simple/gizmo-helpers/ (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f2a1c>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))",
    "Error: Process completed with exit code 1."]))
add("guard_gitlab_npm_dns", "transient", "gitlab", "node", "\n".join([
    "$ npm ci",
    "npm ERR! code EAI_AGAIN",
    "npm ERR! request to https://registry.npmjs.org/gizmo-lib failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org",
    "ERROR: Job failed: exit code 1"]))
add("guard_one_prefixed_line", "transient", "gha", "shell", "\n".join([
    "Fetching release notes",
    "[   40s] curl: (6) Could not resolve host: api.example.com",
    "Error: Process completed with exit code 6."]))

# A mirror's 404, then the next mirror's time-out, under Homebrew's head: the 404 is read as a missing file against the
# time-out (unknown, leaning transient); the 404 is the earlier mirror's, which a reader sees from "Trying a mirror...".
LEFT = {"hb_404_mirror_then_timeout": "LEFT: a mirror's 404 before the next mirror's time-out stays unknown "
        "(resource-missing-404 reads the first mirror's answer)"}


def test_case_ids_are_unique():
    assert_unique_ids(CASES)


@pytest.mark.parametrize(("expected", "log"), [
    pytest.param(e, log, id=cid, marks=[pytest.mark.xfail(strict=True, reason=LEFT[cid])] if cid in LEFT else [])
    for cid, e, log in CASES])
def test_miss33(expected, log):
    v = judge(log)
    assert v.verdict == expected, v.rationale
