"""Twenty-seventh round, downloads: four readings that fresh blind logs showed missing or wrong.

Covered:
  * AppVeyor's download cmdlet (``appveyor DownloadFile URL``, ``Start-FileDownload URL``): its "Error downloading
    remote file: One or more errors occurred." heads the cause on an "Inner Exception:" line. A client error there
    ("Remote server returned 404: Not Found", .NET's "(404) Not Found.") read unknown: download-failed took the head
    line as an outage against resource-missing-404's 404. It now reads as curl's ``(22) ... error: 404``, wget's
    ``ERROR 404: Not Found.`` and PowerShell's ``(404) Not Found.`` do (real), its 401/403 as PowerShell's
    (dotnet-webexception-refused), and its 5xx, 429, time-out and refused connection stay transient; .NET's "Could
    not create SSL/TLS secure channel" under it keeps its reading (a TLS deprecation persists; it stays ambiguous).
  * conda's explanation of a 5xx ("A remote server error occurred when trying to retrieve this URL." / "A 500-type
    error (e.g. 500, 501, 502, 503, etc.) indicates the server failed to / fulfill a valid request. ...") where a cut
    log lost the "CondaHTTPError: HTTP 5xx ... for url <...>" line: it reads as that line does (http-5xx).
  * a download piped into an unpacker, cut short (``curl ... | tar -xz``, ``wget -qO- ... | tar``, a fetched archive
    gunzip or tar read, a script's "Downloading <url>" line): gzip's "stdin: unexpected end of file", tar's
    "Unexpected EOF in archive", xz's "Unexpected end of input" lean transient (archive-cut-short-after-download), not
    for gzip's "not in gzip format" (an error page saved as the archive), a local archive with no download in sight,
    a download reported whole, or a fetch answered 4xx.
  * Terraform's deterministic provider selection errors under "Error: Failed to query available provider packages":
    the lock file's version outside the configured constraint ("locked provider ... does not match configured version
    constraint ...; must use terraform init -upgrade", lockfile-out-of-sync) and no release fitting the constraints
    ("no available releases match the given constraints", solver-conflict) read real with the line as evidence; a
    registry outage under the same heading stays transient; validate's and plan's own errors stay real.

The logs are written here around each tool's words; hosts, packages and paths are made up, no project's log is
copied. Wording read: conda/conda conda/gateways/connection/download.py (the 5xx help text, both spellings of its first
sentence, read through the code index); hashicorp/terraform internal/providercache/installer.go (both installer
messages, read through the code index and the public threads quoting them). Recalled rather than read: AppVeyor's
"Error downloading remote file" and "Inner Exception:" lines (as the task describing them gave them), .NET's
WebException texts, gzip's, tar's, xz's and bzip2's messages, curl's progress meter and wget's "saved [N/N]".
"""

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

_GHA = "Error: Process completed with exit code 1.\n"
_GHA2 = "Error: Process completed with exit code 2.\n"
_AV = "Command exited with code 2\n"


def _appveyor(inner: str, command: str = "appveyor DownloadFile https://downloads.example.net/quux/quux-cli-2.4.0-win64.zip"
              " -FileName quux.zip") -> str:
    return ("Build started\n"
            "git clone -q --branch=main https://git.example.org/acme/quux.git C:\\projects\\quux\n"
            "git checkout -qf 3f2c1a9\n"
            "Running Install scripts\n"
            f"{command}\n"
            "Error downloading remote file: One or more errors occurred.\n"
            f"Inner Exception: {inner}\n"
            + _AV)


_START = "Start-FileDownload 'https://downloads.example.net/quux/quux-cli-2.4.0-win64.zip' -FileName quux.zip"

# --- 1. AppVeyor's download cmdlet ----------------------------------------------------------------------------------

APPVEYOR = [
    ("appveyor-downloadfile-404", "real", _appveyor("Remote server returned 404: Not Found")),
    ("start-filedownload-404", "real", _appveyor("Remote server returned 404: Not Found", _START)),
    ("start-filedownload-404-webexception-words", "real",
     _appveyor("The remote server returned an error: (404) Not Found.", _START)),
    ("appveyor-downloadfile-403", "real", _appveyor("Remote server returned 403: Forbidden")),
    ("start-filedownload-401", "real", _appveyor("Remote server returned 401: Unauthorized", _START)),
    ("appveyor-downloadfile-503", "transient", _appveyor("Remote server returned 503: Server Unavailable")),
    ("start-filedownload-502", "transient", _appveyor("Remote server returned 502: Bad Gateway", _START)),
    ("start-filedownload-503-webexception-words", "transient",
     _appveyor("The remote server returned an error: (503) Server Unavailable.", _START)),
    ("appveyor-downloadfile-timed-out", "transient", _appveyor("The operation has timed out")),
    ("start-filedownload-cannot-connect", "transient", _appveyor("Unable to connect to the remote server", _START)),
    ("appveyor-downloadfile-429", "transient", _appveyor("Remote server returned 429: Too Many Requests")),
    ("appveyor-downloadfile-name-not-resolved", "transient",
     _appveyor("The remote name could not be resolved: 'downloads.example.net'")),
    # (lead27) PowerShell's error record of the same failure, the cmdlet's name before " : " on the head line and
    # the record's position lines after it
    ("start-filedownload-404-error-record", "real",
     _appveyor("Remote server returned 404: Not Found", _START).replace(
         "Error downloading remote file:", "Start-FileDownloadInternal : Error downloading remote file:").replace(
         _AV, "At C:\\Program Files\\AppVeyor\\BuildAgent\\Modules\\build-worker-api\\build-worker-api.psm1:118 char:5\n"
         "+ Start-FileDownloadInternal $u $f\n"
         "    + CategoryInfo          : NotSpecified: (:) [Start-FileDownloadInternal], Exception\n" + _AV)),
    ("start-filedownload-503-error-record", "transient",
     _appveyor("Remote server returned 503: Server Unavailable", _START).replace(
         "Error downloading remote file:", "Start-FileDownloadInternal : Error downloading remote file:")),
]

APPVEYOR_READ_BY = {
    "appveyor-downloadfile-404": "resource-missing-404",
    "start-filedownload-404": "resource-missing-404",
    "start-filedownload-404-webexception-words": "resource-missing-404",
    "start-filedownload-404-error-record": "resource-missing-404",
    "appveyor-downloadfile-403": "dotnet-webexception-refused",
    "start-filedownload-401": "dotnet-webexception-refused",
    "appveyor-downloadfile-503": "http-5xx",
    "start-filedownload-502": "http-5xx",
}

APPVEYOR_TLS = _appveyor("The request was aborted: Could not create SSL/TLS secure channel.", _START)

# the other downloaders' 404 in the same job: AppVeyor's reads as these do
OTHER_404 = [
    ("curl-22-404", "+ curl -fsSL https://downloads.example.net/quux/quux-cli-2.4.0.tar.gz -o quux.tgz\n"
                    "curl: (22) The requested URL returned error: 404\n" + _AV),
    ("powershell-webclient-404",
     "(New-Object Net.WebClient).DownloadFile('https://downloads.example.net/quux/quux-cli-2.4.0-win64.zip', 'quux.zip')\n"
     'Exception calling "DownloadFile" with "2" argument(s): "The remote server returned an error: (404) Not Found."\n'
     + _AV),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(APPVEYOR))
def test_appveyor_download_cmdlet_reads_as_its_inner_exception_says(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize(("cid", "log"), [(c, log) for c, _, log in APPVEYOR if c in APPVEYOR_READ_BY],
                         ids=lambda v: v[:60])
def test_appveyor_inner_exception_is_read_by_the_entry_the_other_downloaders_use(cid, log):
    assert APPVEYOR_READ_BY[cid] in signatures(judge(log))


@pytest.mark.parametrize("log", [log for c, v, log in APPVEYOR if v == "real"],
                         ids=[c for c, v, _ in APPVEYOR if v == "real"])
def test_appveyor_client_error_is_not_weighed_as_a_broken_download(log):
    assert "download-failed" not in signatures(judge(log))


@pytest.mark.parametrize("log", logs(OTHER_404))
def test_appveyor_404_reads_as_curls_and_powershells(log):
    ours, theirs = judge(APPVEYOR[0][2]), judge(log)
    assert "resource-missing-404" in signatures(ours) & signatures(theirs)
    assert ours.verdict == theirs.verdict == "real"


def test_appveyor_tls_channel_failure_keeps_its_reading():
    v = judge(APPVEYOR_TLS)
    # (the TLS line and the download's head weigh against each other as before: a TLS deprecation persists, and
    # the line alone cannot tell which side of the channel refused)
    assert signatures(v) >= {"dotnet-tls-channel-refused", "download-failed"}, v.rationale
    assert v.verdict == "real" and v.confidence < 0.9, (v.confidence, v.rationale)


def test_appveyor_outage_met_twice_reads_transient_with_the_downloads_head():
    # a 503, then a time-out on the retry: no client error under either head, which both stay evidence
    log = ("Start-FileDownload 'https://downloads.example.net/quux/quux-cli-2.4.0-win64.zip' -FileName quux.zip\n"
           "Error downloading remote file: One or more errors occurred.\n"
           "Inner Exception: Remote server returned 503: Server Unavailable\n"
           "Retrying in 10 seconds\n"
           "Start-FileDownload 'https://downloads.example.net/quux/quux-cli-2.4.0-win64.zip' -FileName quux.zip\n"
           "Error downloading remote file: One or more errors occurred.\n"
           "Inner Exception: The operation has timed out\n" + _AV)
    v = reads(log, "transient")
    assert "download-failed" in signatures(v), v.rationale


# --- 2. conda's 5xx explanation without its first line --------------------------------------------------------------

_CONDA_HELP_1 = "A remote server error occurred when trying to retrieve this URL.\n"
_CONDA_HELP_1_OLD = "An remote server error occurred when trying to retrieve this URL.\n"
_CONDA_HELP_2 = (
    "A 500-type error (e.g. 500, 501, 502, 503, etc.) indicates the server failed to\n"
    "fulfill a valid request.  The problem may be spurious, and will resolve itself if you\n"
    "try your request again.  If the problem persists, consider notifying the maintainer\n"
    "of the remote server.\n")

CONDA = [
    ("conda-help-cut-above-first-sentence", "transient",
     _CONDA_HELP_1 + "\n" + _CONDA_HELP_2 + "\n" + _GHA),
    ("conda-help-cut-inside-the-block", "transient",
     "CF-RAY: 8a1b2c3d4e5f6071-FRA\n\n" + _CONDA_HELP_1 + "\n" + _CONDA_HELP_2 + "\n\n" + _GHA),
    ("conda-help-older-spelling", "transient",
     "Elapsed: 00:01.201331\n\n" + _CONDA_HELP_1_OLD + "\n" + _CONDA_HELP_2 + _GHA),
    ("conda-help-second-paragraph-only", "transient", _CONDA_HELP_2 + "\n" + _GHA),
    ("conda-help-indented-by-a-wrapper", "transient",
     "".join("    " + line + "\n" for line in (_CONDA_HELP_1 + "\n" + _CONDA_HELP_2).splitlines()) + _GHA),
    # the whole report, as before
    ("conda-5xx-whole-report", "transient",
     "Collecting package metadata (repodata.json): failed\n\n"
     "CondaHTTPError: HTTP 502 BAD GATEWAY for url <https://conda.example.org/acme-forge/linux-64/repodata.json>\n"
     "Elapsed: 00:00.412345\n\n" + _CONDA_HELP_1 + "\n" + _CONDA_HELP_2 + "\n" + _GHA),
]

# one sentence of the text quoted (a test's assertion, prose): not conda's block
CONDA_NEAR = [
    ("conda-help-sentence-in-an-assertion",
     "    def test_help_for_server_errors():\n"
     ">       assert help_text(503).startswith('A remote server error occurred when trying to retrieve this URL.')\n"
     "E       AssertionError: assert False\n"
     "tests/test_help.py:12: AssertionError\n"
     "=================== 1 failed, 40 passed in 0.91s ===================\n" + _GHA),
    ("conda-help-first-line-in-docs-check",
     "docs/troubleshooting.md:88: A 500-type error (e.g. 500, 501, 502, 503, etc.) indicates the server failed to\n"
     "docs/troubleshooting.md:88: line too long (84 > 80)\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CONDA))
def test_conda_5xx_explanation_reads_as_condahttperror_5xx(verdict, log):
    v = reads(log, verdict)
    assert "http-5xx" in signatures(v), v.rationale


@pytest.mark.parametrize("log", logs(CONDA_NEAR))
def test_conda_5xx_explanation_quoted_is_no_outage(log):
    v = not_surely_transient(log)
    assert "http-5xx" not in signatures(v), v.rationale


def test_conda_4xx_explanation_is_not_read_as_a_5xx():
    log = ("CondaHTTPError: HTTP 404 NOT FOUND for url <https://conda.example.org/acme-private/noarch/repodata.json>\n"
           "Elapsed: 00:00.101000\n\n"
           "An HTTP error occurred when trying to retrieve this URL.\n"
           "HTTP errors are often intermittent, and a simple retry will get you on your way.\n"
           "'https://conda.example.org/acme-private/noarch'\n\n" + _GHA)
    v = reads(log, "real")
    assert "http-5xx" not in signatures(v), v.rationale


# --- 3. a download piped into an unpacker, cut short ----------------------------------------------------------------

_TAR_TAIL = "tar: Unexpected EOF in archive\ntar: Error is not recoverable: exiting now\n"

CUT = [
    ("curl-pipe-tar-gzip-eof",
     "Run curl -sSL https://releases.example.net/quux/v2.4.0/quux_2.4.0_linux_amd64.tar.gz | tar -xz -C /usr/local/bin\n"
     "gzip: stdin: unexpected end of file\n" + _TAR_TAIL + _GHA2),
    # (review27_b) tar's "Unexpected EOF in archive": it read part of the stream (the empty-stream forms, tar's child
    # status alone, are in CUT_NEAR)
    ("wget-stdout-pipe-tar-cut",
     "$ wget -qO- https://releases.example.net/quux/v2.4.0/quux_2.4.0_linux_amd64.tar.gz | tar xz\n"
     "gzip: stdin: unexpected end of file\n" + _TAR_TAIL + _GHA2),
    ("curl-variable-url-pipe-sudo-tar",
     "+ curl -sL \"$QUUX_URL\" | sudo tar -xzf - -C /opt/quux\n"
     "gzip: stdin: unexpected end of file\n" + _TAR_TAIL + _GHA2),
    ("set-x-trace-curl-then-tar",
     "+ curl -fsSL https://releases.example.net/quux/latest/download\n"
     "+ tar -xz -C /opt/quux\n"
     "gzip: stdin: unexpected end of file\n" + _TAR_TAIL + _GHA2),
    ("curl-to-file-then-tar",
     "$ curl -sSLo /tmp/protoc-mini.tar.gz https://mirror.example.org/protoc-mini/3.9.0/protoc-mini.tar.gz\n"
     "$ tar -xzf /tmp/protoc-mini.tar.gz -C /usr/local\n"
     "gzip: stdin: unexpected end of file\n" + _TAR_TAIL + "ERROR: Job failed: exit code 1\n"),
    ("wget-then-gunzip-file",
     "+ wget -q https://data.example.org/fixtures/towns-2024.csv.gz\n"
     "+ gunzip towns-2024.csv.gz\n"
     "gzip: towns-2024.csv.gz: unexpected end of file\n" + _GHA),
    ("wget-pipe-tar-xz",
     "Run wget -qO- https://downloads.example.net/sdk/tinysdk-0.9.tar.xz | tar -xJ\n"
     "xz: (stdin): Unexpected end of input\n" + _TAR_TAIL + _GHA2),
    ("curl-pipe-tar-bzip2",
     "+ curl -sSL https://downloads.example.net/corpus/words-3.tar.bz2 | tar -xj\n"
     "bzip2: Compressed file ends unexpectedly;\n"
     "\tperhaps it is corrupted?  *Possible* reason follows.\n" + _TAR_TAIL + _GHA2),
    ("downloading-line-feeding-tar",
     "Downloading https://downloads.example.net/tools/zorp-7.1-linux.tar.gz ...\n"
     "gzip: stdin: unexpected end of file\n" + _TAR_TAIL + "make: *** [Makefile:12: tools] Error 2\n"),
    ("curl-meter-stopped-short",
     "+ curl -L https://downloads.example.net/tools/zorp-7.1-linux.tar.gz -o zorp.tar.gz\n"
     "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n"
     "                                 Dload  Upload   Total   Spent    Left  Speed\n"
     " 37 4212k   37 1562k    0     0   812k      0  0:00:05  0:00:01  0:00:04  811k\n"
     "+ tar -xzf zorp.tar.gz\n"
     "gzip: stdin: unexpected end of file\n" + _TAR_TAIL + _GHA2),
    ("github-actions-group-with-env",
     "##[group]Run curl -sSL \"$QUUX_URL\" | tar -xz -C \"$HOME/.local/bin\"\n"
     "curl -sSL \"$QUUX_URL\" | tar -xz -C \"$HOME/.local/bin\"\n"
     "shell: /usr/bin/bash -e {0}\n"
     "env:\n"
     "  QUUX_URL: https://releases.example.net/quux/v2.4.0/quux_2.4.0_linux_amd64.tar.gz\n"
     "  GOFLAGS: -mod=readonly\n"
     "##[endgroup]\n"
     "gzip: stdin: unexpected end of file\n" + _TAR_TAIL + _GHA2),
]

# not a cut download: the error page saved as the archive, a local archive, a download reported whole, a 4xx
CUT_NEAR = [
    # (review27_b) tar's "Child returned status 1" right under gzip's line, no "Unexpected EOF in archive" of tar's: tar
    # read not one block (GNU tar and gzip print just this for an empty stream): the download gave nothing (wget -q's or
    # curl -s's silent 404, a redirect not followed, a host refused), no transfer cut mid-way
    ("wget-stdout-pipe-tar-child-status",
     "$ wget -qO- https://releases.example.net/quux/v2.4.0/quux_2.4.0_linux_amd64.tar.gz | tar xz\n"
     "gzip: stdin: unexpected end of file\n"
     "tar: Child returned status 1\ntar: Error is not recoverable: exiting now\n" + _GHA2),
    ("set-x-trace-curl-then-tar-child-status",
     "+ curl -fsSL https://releases.example.net/quux/latest/download\n"
     "+ tar -xz -C /opt/quux\n"
     "gzip: stdin: unexpected end of file\n"
     "tar: Child returned status 1\ntar: Error is not recoverable: exiting now\n" + _GHA2),
    ("curl-pipe-tar-not-in-gzip-format",
     "Run curl -sSL https://releases.example.net/quux/v9.9.9/quux_9.9.9_linux_amd64.tar.gz | tar -xz\n"
     "gzip: stdin: not in gzip format\n"
     "tar: Child returned status 1\ntar: Error is not recoverable: exiting now\n" + _GHA2),
    ("local-archive-no-download",
     "+ tar -xzf vendor/zorp-cache.tar.gz -C build\n"
     "gzip: stdin: unexpected end of file\n" + _TAR_TAIL + _GHA2),
    ("curl-health-check-then-local-archive",
     "+ curl -fsS https://api.example.net/healthz\n"
     "ok\n"
     "+ tar -xzf vendor/zorp-cache.tar.gz\n"
     "gzip: stdin: unexpected end of file\n"
     "tar: Child returned status 1\ntar: Error is not recoverable: exiting now\n" + _GHA2),
    ("download-far-above-a-local-archive",
     "+ curl -sSL https://downloads.example.net/tools/zorp-7.1-linux.tar.gz | tar -xz\n"
     + "".join(f"  CC   src/mod_{i}.o\n" for i in range(60))
     + "+ tar -xzf build/artifacts.tar.gz\n"
     "gzip: stdin: unexpected end of file\n" + _TAR_TAIL + _GHA2),
    ("curl-meter-whole-then-eof",
     "+ curl -L https://downloads.example.net/tools/zorp-7.1-linux.tar.gz -o zorp.tar.gz\n"
     "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n"
     "                                 Dload  Upload   Total   Spent    Left  Speed\n"
     "100 4212k  100 4212k    0     0  8123k      0 --:--:-- --:--:-- --:--:-- 8120k\n"
     "+ tar -xzf zorp.tar.gz\n"
     "gzip: stdin: unexpected end of file\n" + _TAR_TAIL + _GHA2),
    ("curl-meter-redrawn-to-whole-then-eof",
     "+ curl -L https://downloads.example.net/tools/zorp-7.1-linux.tar.gz -o zorp.tar.gz\n"
     "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n"
     "  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\r"
     " 37 4212k   37 1562k    0     0   812k      0  0:00:05  0:00:01  0:00:04  811k\r"
     "100 4212k  100 4212k    0     0  8123k      0 --:--:-- --:--:-- --:--:-- 8120k\n"
     "+ tar -xzf zorp.tar.gz\n"
     "gzip: stdin: unexpected end of file\n" + _TAR_TAIL + _GHA2),
    ("wget-saved-whole-then-eof",
     "+ wget https://downloads.example.net/tools/zorp-7.1-linux.tar.gz\n"
     "2024-05-02 09:12:01 (8.1 MB/s) - 'zorp-7.1-linux.tar.gz' saved [4312001/4312001]\n"
     "+ tar -xzf zorp-7.1-linux.tar.gz\n"
     "gzip: stdin: unexpected end of file\n" + _TAR_TAIL + _GHA2),
    ("curl-22-404-into-tar",
     "+ curl -fsSL https://downloads.example.net/tools/zorp-7.1-linux.tar.gz | tar -xz\n"
     "curl: (22) The requested URL returned error: 404\n"
     "gzip: stdin: unexpected end of file\n"
     "tar: Child returned status 1\ntar: Error is not recoverable: exiting now\n" + _GHA2),
]


@pytest.mark.parametrize("log", logs(CUT))
def test_download_into_an_unpacker_cut_short_leans_transient(log):
    v = reads(log, "transient")
    assert "archive-cut-short-after-download" in signatures(v), v.rationale
    # a modest lean: the line alone, no second mechanism
    assert v.confidence < 0.9, (v.confidence, v.rationale)


@pytest.mark.parametrize("log", logs(CUT_NEAR))
def test_archive_eof_without_a_cut_download_in_sight_is_not_read_so(log):
    v = not_surely_transient(log)
    assert "archive-cut-short-after-download" not in signatures(v), v.rationale


def test_curls_own_transfer_error_above_the_eof_still_reads_transient():
    log = ("+ curl -sSL https://downloads.example.net/tools/zorp-7.1-linux.tar.gz | tar -xz\n"
           "curl: (18) transfer closed with 1048576 bytes remaining to read\n"
           "gzip: stdin: unexpected end of file\n" + _TAR_TAIL + _GHA2)
    v = reads(log, "transient")
    assert "download-failed" in signatures(v), v.rationale


def test_tap_test_feeding_a_broken_archive_on_purpose_is_not_read():
    log = ("+ curl -sSL https://downloads.example.net/fixtures/broken.tar.gz | tar -xz\n"
           "gzip: stdin: unexpected end of file\n"
           "ok 3 - rejects a truncated archive\n"
           "not ok 4 - lists the archive's members\n"
           "# Failed test 'lists the archive's members'\n" + _GHA)
    assert "archive-cut-short-after-download" not in signatures(judge(log))


# --- 4. Terraform's deterministic init and validate errors ----------------------------------------------------------

_TF_INIT = "Run terraform init -input=false\nInitializing the backend...\n\nInitializing provider plugins...\n"

TERRAFORM = [
    ("tf-locked-provider-boxed-wrapped", "real",
     _TF_INIT + "- Reusing previous version of acme/quux from the dependency lock file\n"
     "╷\n"
     "│ Error: Failed to query available provider packages\n"
     "│ \n"
     "│ Could not retrieve the list of available versions for provider acme/quux:\n"
     "│ locked provider registry.terraform.io/acme/quux 1.2.2 does not match\n"
     "│ configured version constraint 1.2.3; must use terraform init -upgrade to\n"
     "│ allow selection of new versions\n"
     "╵\n" + _GHA),
    ("tf-locked-provider-no-color", "real",
     _TF_INIT + "- Reusing previous version of acme/quux from the dependency lock file\n\n"
     "Error: Failed to query available provider packages\n\n"
     "Could not retrieve the list of available versions for provider\n"
     "acme/quux: locked provider registry.terraform.io/acme/quux\n"
     "1.2.2 does not match configured version constraint >= 1.3.0, < 2.0.0; must\n"
     "use terraform init -upgrade to allow selection of new versions\n\n" + _GHA),
    ("tofu-locked-provider-one-line", "real",
     "Run tofu init -input=false\n"
     "│ Error: Failed to query available provider packages\n"
     "│ Could not retrieve the list of available versions for provider acme/quux: locked provider "
     "registry.opentofu.org/acme/quux 1.2.2 does not match configured version constraint ~> 1.4; must use tofu "
     "init -upgrade to allow selection of new versions\n" + _GHA),
    ("tf-no-release-matches", "real",
     _TF_INIT + "- Finding acme/quux versions matching \"~> 9.0\"...\n"
     "╷\n"
     "│ Error: Failed to query available provider packages\n"
     "│ \n"
     "│ Could not retrieve the list of available versions for provider acme/quux:\n"
     "│ no available releases match the given constraints ~> 9.0\n"
     "╵\n" + _GHA),
    ("tf-no-release-matches-wrapped-mid-phrase", "real",
     _TF_INIT + "- Finding acme/quux versions matching \"~> 4.0, >= 5.1.0\"...\n"
     "╷\n"
     "│ Error: Failed to query available provider packages\n"
     "│ \n"
     "│ Could not retrieve the list of available versions for provider acme/quux: no available releases match the given\n"
     "│ constraints ~> 4.0, >= 5.1.0\n"
     "╵\n" + _GHA),
    # (already read so; pinned beside the new forms)
    ("tf-inconsistent-lock-file", "real",
     "Run terraform plan -input=false\n"
     "╷\n"
     "│ Error: Inconsistent dependency lock file\n"
     "│ \n"
     "│ The following dependency selections recorded in the lock file are\n"
     "│ inconsistent with the current configuration:\n"
     "│   - provider registry.terraform.io/acme/quux: locked version selection 1.2.2 doesn't match the updated "
     "version constraints \"~> 1.3\"\n"
     "╵\n" + _GHA),
    ("tf-registry-unreachable", "transient",
     _TF_INIT + "- Finding acme/quux versions matching \"~> 1.2\"...\n"
     "╷\n"
     "│ Error: Failed to query available provider packages\n"
     "│ \n"
     "│ Could not retrieve the list of available versions for provider acme/quux:\n"
     "│ could not connect to registry.terraform.io: failed to request discovery\n"
     "│ document: Get \"https://registry.terraform.io/.well-known/terraform.json\":\n"
     "│ net/http: request canceled while waiting for connection (Client.Timeout\n"
     "│ exceeded while awaiting headers)\n"
     "╵\n" + _GHA),
    ("tf-registry-query-deadline", "transient",
     _TF_INIT + "╷\n"
     "│ Error: Failed to query available provider packages\n"
     "│ \n"
     "│ Could not retrieve the list of available versions for provider acme/quux:\n"
     "│ could not query provider registry for registry.terraform.io/acme/quux: the\n"
     "│ request failed after 2 attempts, please try again later: Get\n"
     "│ \"https://registry.terraform.io/v1/providers/acme/quux/versions\": context\n"
     "│ deadline exceeded\n"
     "╵\n" + _GHA),
    ("tf-validate-unsupported-argument", "real",
     "Run terraform validate\n╷\n│ Error: Unsupported argument\n│ \n"
     "│   on main.tf line 14, in resource \"acme_quux\" \"api\":\n│   14:   colour = \"blue\"\n│ \n"
     "│ An argument named \"colour\" is not expected here.\n╵\n" + _GHA),
    ("tf-validate-missing-required-argument", "real",
     "Run terraform validate\n╷\n│ Error: Missing required argument\n│ \n"
     "│   on main.tf line 10, in resource \"acme_quux\" \"api\":\n│   10: resource \"acme_quux\" \"api\" {\n│ \n"
     "│ The argument \"name\" is required, but no definition was found.\n╵\n" + _GHA),
    ("tf-plan-reference-to-undeclared-resource", "real",
     "Run terraform plan -input=false -no-color\n\n"
     "Error: Reference to undeclared resource\n\n"
     "  on outputs.tf line 3, in output \"endpoint\":\n   3:   value = acme_quux.apii.endpoint\n\n"
     "A managed resource \"acme_quux\" \"apii\" has not been declared in the root\nmodule.\n\n" + _GHA),
]

TERRAFORM_READ_BY = {
    "tf-locked-provider-boxed-wrapped": ("lockfile-out-of-sync", "locked provider"),
    "tf-locked-provider-no-color": ("lockfile-out-of-sync", "locked provider"),
    "tofu-locked-provider-one-line": ("lockfile-out-of-sync", "locked provider"),
    "tf-no-release-matches": ("solver-conflict", "no available releases"),
    "tf-no-release-matches-wrapped-mid-phrase": ("solver-conflict", "no available releases"),
}


@pytest.mark.parametrize(("verdict", "log"), labelled(TERRAFORM))
def test_terraform_provider_selection_and_validate_errors_read_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize(("cid", "log"), [(c, log) for c, _, log in TERRAFORM if c in TERRAFORM_READ_BY],
                         ids=lambda v: v[:60])
def test_terraform_conflict_is_read_by_its_entry_with_its_line_as_evidence(cid, log):
    entry, words = TERRAFORM_READ_BY[cid]
    v = judge(log)
    found = [f for f in v.findings if f.signature == entry]
    assert found and words in found[0].line, v.rationale
    assert v.verdict == "real" and v.confidence >= 0.9, (v.confidence, v.rationale)


def test_case_ids_are_unique():
    assert_unique_ids(APPVEYOR, OTHER_404, CONDA, CONDA_NEAR, CUT, CUT_NEAR, TERRAFORM)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Error downloading remote file: One or more errors occurred.\nInner Exception: ",
    "Inner Exception: Remote server returned 404: Not Found ",
    "Inner Exception: Remote server returned 403: ",
    "A remote server error occurred when trying to retrieve this URL.\n",
    "A 500-type error (e.g. 500, 501, 502, 503, etc.) indicates the server failed to ",
    "gzip: stdin: unexpected end of file\n",
    "+ curl -sSL https://x.example/a.tar.gz | tar ",
    "curl -sSL https://x.example/a ",
    "Downloading https://x.example/a.tar.gz ",
    "100 4212k  100 4212k ",
    "saved [12/12] ",
    "locked provider registry.terraform.io/x/y 1.2.2 does not match configured ",
    "locked provider ",
    "no available releases match the given ",
]
