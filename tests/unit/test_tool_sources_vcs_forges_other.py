"""Sixteenth round, tool sources: version control systems and forges other than plain git over HTTPS.

Covered: Subversion's client (``svn checkout/update/export``: its ``svn: E<code>:`` chains from
ra_loader, ra_serf and ra_svn, the working-copy lock and cleanup hints), Mercurial (``hg clone/pull``:
``abort: error: ...`` for a URL error, ``abort: HTTP Error ...``, unknown revisions, missing
repositories, refused authorization), Perforce's ``p4`` (closed: its documented client errors),
Gerrit (pushes to refs/for, its ``remote:`` refusals), Google's ``repo`` tool (``repo init``/``repo
sync``: ``error: Cannot fetch``, ``error.GitError``, a manifest that is not there, ``Exited sync due to
fetch errors``), Azure Repos' TF codes as git relays them, Gitea/Forgejo pre-receive refusals, AWS
CodeCommit's HTTPS endpoint and Fossil. The plain git HTTPS/SSH outages, Git LFS and git's own
submodule messages are in test_tool_sources_vcs_checkout_cache.py and are not repeated.

Each case is a short log written for this test around one message as the tool prints it. The wording
was read from the tools' source where it is open (the comment above each case names the repository and
file holding the format string): apache/subversion (subversion/include/svn_error_codes.h gives the
numbers: RA 170000, RA_DAV 175000, FS 160000, WC 155000, RA_SVN 210000, AUTHN 215000, serf's own
errors from 120100), a Mercurial mirror (sebunger/mercurial: mercurial/scmutil.py, httppeer.py,
localrepo.py), GerritCodeReview/git-repo (subcmds/sync.py, project.py, manifest_xml.py, main.py) and
go-gitea/gitea (routers/private/hook_pre_receive.go). Perforce is closed: its messages rest on
Perforce's documentation (help.perforce.com, "p4 Command Reference" and the knowledge base's error
articles); Azure Repos' TF codes on learn.microsoft.com's Azure DevOps troubleshooting pages; Gerrit's
push refusals on gerrit-review.googlesource.com's "Error messages" documentation; CodeCommit's on
docs.aws.amazon.com's CodeCommit troubleshooting; Fossil's on fossil-scm.org's documentation. Hosts,
repositories, users and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * the server or the path to it failing for a while (svn's "Error running context: The server
    unexpectedly closed the connection", a timed-out or reset ra_svn/serf connection, a 502/503 from a
    DAV proxy, hg's connection reset or HTTP 5xx, p4's TCP connect that timed out or a partner that
    went away, repo sync's fetch that died on a 5xx or an early EOF, Azure DevOps throttling) -> transient;
  * a persistent cause (a URL, path, revision, manifest or ref that does not exist; credentials the
    server refuses: svn's E170001/E215004, hg's authorization failed, p4's P4PASSWD and expired
    session, Gerrit's Unauthorized, Azure's TF401019/TF400813, Gitea's permission denied, CodeCommit's
    403; a certificate the client does not trust; Gerrit's "no new changes" and missing Change-Id) -> real;
  * near-misses: tests ABOUT these errors that fail on their assertions, a script that greps for the
    codes, an application's own log lines -> real;
  * wordings printed both for an outage and for a persistent cause (svn's working copy locked by an
    earlier run, repo's bare "Exited sync due to fetch errors", a p4 connect refused by a name that
    does not resolve, svn's E170013 with nothing below it) -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"
_JENKINS = "ERROR: script returned exit code 1\nFinished: FAILURE\n"
_AZP = "##[error]Bash exited with code '1'.\n"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== Subversion
    # apache/subversion libsvn_ra/ra_loader.c ("Unable to connect to a repository at URL '%s'"),
    # libsvn_ra_serf/util.c ("Error running context") over serf's SERF_ERROR_ABORTED_CONNECTION (120108)
    ("svn-e120108-server-closed-connection", "transient",
     "+ svn checkout --non-interactive https://svn.example.org/repos/widget/trunk widget\n"
     "A    widget/src\n"
     "A    widget/src/main.c\n"
     "svn: E170013: Unable to connect to a repository at URL 'https://svn.example.org/repos/widget/trunk'\n"
     "svn: E120108: Error running context: The server unexpectedly closed the connection.\n"
     + _JENKINS),
    # apache/subversion libsvn_ra_serf/util.c ("Connection timed out", SVN_ERR_RA_DAV_CONN_TIMEOUT 175012)
    ("svn-e175012-connection-timed-out", "transient",
     "+ svn update --non-interactive\n"
     "Updating '.':\n"
     "svn: E175012: Connection timed out\n"
     + _CIRCLE),
    # apache/subversion libsvn_ra_serf/util.c ("Unexpected HTTP status %d '%s' on '%s'", 175002)
    ("svn-e175002-unexpected-http-status-503", "transient",
     "+ svn export --force https://svn.example.org/repos/assets/trunk/fonts vendor/fonts\n"
     "svn: E170013: Unable to connect to a repository at URL 'https://svn.example.org/repos/assets/trunk/fonts'\n"
     "svn: E175002: Unexpected HTTP status 503 'Service Unavailable' on '/repos/assets/trunk/fonts'\n"
     + _GHA),
    # apache/subversion libsvn_ra_serf/util.c ("Unexpected HTTP status %d '%s' on '%s'") with a proxy's 502
    ("svn-e175002-unexpected-http-status-502-update", "transient",
     "Updating 'vendor/libfoo':\n"
     "svn: E175002: Unexpected HTTP status 502 'Bad Gateway' on '/repos/libfoo/!svn/rvr/48211/trunk'\n"
     + _JENKINS),
    # apache/subversion libsvn_ra_serf/util.c ("Unexpected server error %d '%s' on '%s'") for a 500:
    # an overloaded mod_dav_svn
    ("svn-e175002-unexpected-server-error-500", "transient",
     "+ svn checkout -q https://svn.example.org/repos/widget/trunk .\n"
     "svn: E175002: Unexpected server error 500 'Internal Server Error' on '/repos/widget/!svn/me'\n"
     + _GL),
    # apache/subversion libsvn_ra_svn/client.c ("Can't connect to host '%s'") over APR's ECONNRESET,
    # svn_error_codes.h SVN_ERR_RA_SVN_CONNECTION_CLOSED ("Network connection closed unexpectedly", 210002)
    ("svn-ra-svn-connection-closed-unexpectedly", "transient",
     "+ svn update svn://svn.example.org/widget/trunk\n"
     "svn: E210002: Network connection closed unexpectedly\n"
     + _CIRCLE),
    # apache/subversion libsvn_ra_svn/client.c ("Can't connect to host '%s'") over APR's ETIMEDOUT (110)
    ("svn-ra-svn-cannot-connect-timed-out", "transient",
     "+ svn checkout svn://svn.example.org/widget/trunk widget\n"
     "svn: E000110: Unable to connect to a repository at URL 'svn://svn.example.org/widget/trunk'\n"
     "svn: E000110: Can't connect to host 'svn.example.org': Connection timed out\n"
     + _GL),
    # apache/subversion libsvn_ra_serf (serf's SERF_ERROR_SSL_COMM_FAILED behind "Error running context"):
    # a TLS session cut mid-transfer
    ("svn-e120171-ssl-communication-error", "transient",
     "+ svn checkout https://svn.example.org/repos/widget/trunk widget\n"
     "A    widget/docs/guide.txt\n"
     "svn: E120171: Error running context: An error occurred during SSL communication\n"
     + _JENKINS),
    # apache/subversion libsvn_client/checkout.c ("URL '%s' doesn't exist", SVN_ERR_RA_ILLEGAL_URL 170000)
    ("svn-e170000-url-does-not-exist", "real",
     "+ svn checkout https://svn.example.org/repos/widget/branches/release-4.2 widget\n"
     "svn: E170000: URL 'https://svn.example.org/repos/widget/branches/release-4.2' doesn't exist\n"
     + _JENKINS),
    # apache/subversion libsvn_ra_serf/util.c ("'%s' path not found", SVN_ERR_FS_NOT_FOUND 160013)
    ("svn-e160013-path-not-found", "real",
     "+ svn export https://svn.example.org/repos/tools/trunk/ci/lint.cfg\n"
     "svn: E170013: Unable to connect to a repository at URL 'https://svn.example.org/repos/tools/trunk/ci/lint.cfg'\n"
     "svn: E160013: '/repos/tools/!svn/rvr/902/trunk/ci/lint.cfg' path not found\n"
     + _GHA),
    # apache/subversion svn_error_codes.h SVN_ERR_RA_NOT_AUTHORIZED ("Authorization failed", 170001)
    ("svn-e170001-authorization-failed", "real",
     "+ svn checkout --username ci-bot --password ****** --non-interactive https://svn.example.org/repos/private/trunk\n"
     "svn: E170001: Unable to connect to a repository at URL 'https://svn.example.org/repos/private/trunk'\n"
     "svn: E170001: Authorization failed\n"
     + _JENKINS),
    # apache/subversion libsvn_ra_serf/util.c ("No more credentials or we tried too many times.\n
    # Authentication failed", SVN_ERR_AUTHN_FAILED 215004)
    ("svn-e215004-no-more-credentials", "real",
     "+ svn update --non-interactive\n"
     "Updating '.':\n"
     "svn: E215004: No more credentials or we tried too many times.\n"
     "Authentication failed\n"
     + _CIRCLE),
    # apache/subversion libsvn_ra_serf/util.c ("Access to '%s' forbidden", SVN_ERR_RA_DAV_FORBIDDEN 175013)
    ("svn-e175013-access-forbidden", "real",
     "+ svn checkout https://svn.example.org/repos/secret/trunk secret\n"
     "svn: E175013: Access to '/repos/secret/trunk' forbidden\n"
     + _GL),
    # apache/subversion libsvn_ra_serf/util.c ("Server SSL certificate verification failed", X509 230001)
    ("svn-e230001-certificate-not-trusted", "real",
     "+ svn checkout --non-interactive https://svn.internal.example/repos/widget/trunk\n"
     "svn: E170013: Unable to connect to a repository at URL 'https://svn.internal.example/repos/widget/trunk'\n"
     "svn: E230001: Server SSL certificate verification failed: issuer is not trusted\n"
     + _JENKINS),
    # apache/subversion libsvn_ra_serf/util.c ("Repository moved permanently to '%s'", 175011)
    ("svn-e175011-repository-moved", "real",
     "+ svn update\n"
     "svn: E175011: Repository moved permanently to 'https://svn2.example.org/repos/widget/trunk'; please relocate\n"
     + _CIRCLE),
    # apache/subversion libsvn_fs_fs/rev_file.c ("No such revision %ld", SVN_ERR_FS_NO_SUCH_REVISION 160006)
    ("svn-e160006-no-such-revision", "real",
     "+ svn update -r 90412\n"
     "Updating '.':\n"
     "svn: E160006: No such revision 90412\n"
     + _GHA),
    # a unit test ABOUT the svn wrapper failing on its assertion, with the error code in its expected text
    ("svn-wrapper-test-assertion-mentions-e170013", "real",
     "tests/test_svn_source.py::test_connect_error_is_wrapped FAILED\n"
     "    def test_connect_error_is_wrapped():\n"
     ">       assert str(err) == \"svn: E170013: Unable to connect to a repository at URL 'https://svn.invalid/r'\"\n"
     "E       AssertionError: assert 'SvnError: connection failed' == \"svn: E170013: Unable to connect...\"\n"
     "=========================== 1 failed, 88 passed in 4.20s ===========================\n"
     + _GHA),

    # ================================================================== Mercurial
    # sebunger/mercurial mercurial/scmutil.py ("abort: error: %s" for a urlerror) over ECONNRESET
    ("hg-clone-connection-reset", "transient",
     "+ hg clone https://hg.example.org/widget widget\n"
     "requesting all changes\n"
     "adding changesets\n"
     "abort: error: Connection reset by peer\n"
     + _CIRCLE),
    # sebunger/mercurial mercurial/scmutil.py ("abort: %s" for an httperror: Python's "HTTP Error %d: %s")
    ("hg-pull-http-error-502", "transient",
     "+ hg pull -u\n"
     "pulling from https://hg.example.org/widget\n"
     "abort: HTTP Error 502: Bad Gateway\n"
     + _GL),
    # sebunger/mercurial mercurial/scmutil.py ("abort: %s" for an httperror) with a 503
    ("hg-clone-http-error-503", "transient",
     "+ hg clone -r default https://hg.example.org/libs/codec vendor/codec\n"
     "abort: HTTP Error 503: Service Unavailable\n"
     + _GHA),
    # sebunger/mercurial mercurial/scmutil.py ("abort: error: %s") over a timed-out connect
    ("hg-pull-connection-timed-out", "transient",
     "+ hg pull https://hg.example.org/widget\n"
     "abort: error: Connection timed out\n"
     + _JENKINS),
    # sebunger/mercurial mercurial/util.py ("stream ended unexpectedly (got %d bytes, expected %d)")
    ("hg-clone-stream-ended-unexpectedly", "transient",
     "+ hg clone https://hg.example.org/big-assets assets\n"
     "streaming all changes\n"
     "abort: stream ended unexpectedly (got 32768 bytes, expected 65536)\n"
     + _CIRCLE),
    # sebunger/mercurial mercurial/scmutil.py ("abort: %s" for an httperror) with a 404
    ("hg-clone-http-error-404", "real",
     "+ hg clone https://hg.example.org/widget-old widget\n"
     "abort: HTTP Error 404: Not Found\n"
     + _GHA),
    # sebunger/mercurial mercurial/localrepo.py ("repository %s not found")
    ("hg-clone-local-repository-not-found", "real",
     "+ hg clone /srv/hg/mirrors/widget build/widget\n"
     "abort: repository /srv/hg/mirrors/widget not found\n"
     + _GL),
    # sebunger/mercurial mercurial/scmutil.py ("unknown revision '%s'")
    ("hg-update-unknown-revision", "real",
     "+ hg update -r release-2.9\n"
     "abort: unknown revision 'release-2.9'\n"
     + _CIRCLE),
    # sebunger/mercurial mercurial/httppeer.py ("authorization failed")
    ("hg-pull-authorization-failed", "real",
     "+ hg pull https://ci-bot@hg.example.org/private/widget\n"
     "pulling from https://ci-bot@hg.example.org/private/widget\n"
     "abort: authorization failed\n"
     + _JENKINS),
    # sebunger/mercurial mercurial/url.py ("http authorization required for %s")
    ("hg-clone-http-authorization-required", "real",
     "+ hg clone --noninteractive https://hg.example.org/private/widget\n"
     "abort: http authorization required for https://hg.example.org/private/widget\n"
     + _GHA),
    # sebunger/mercurial mercurial/httppeer.py ("'%s' does not appear to be an hg repository:\n...")
    ("hg-clone-not-an-hg-repository", "real",
     "+ hg clone https://code.example.org/widget\n"
     "abort: 'https://code.example.org/widget' does not appear to be an hg repository:\n"
     "---%<--- (text/html; charset=utf-8)\n"
     "<!DOCTYPE html><title>Sign in</title>\n"
     "---%<---\n"
     + _CIRCLE),
    # sebunger/mercurial mercurial/scmutil.py ("abort: error: %s") with an SSL verify failure: a CA the
    # runner does not carry
    ("hg-clone-certificate-verify-failed", "real",
     "+ hg clone https://hg.internal.example/widget\n"
     "abort: error: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)\n"
     + _GL),

    # ================================================================== Perforce (closed; documentation)
    # help.perforce.com p4 Command Reference / KB "Connect to server failed; check $P4PORT" (doc)
    ("p4-sync-tcp-connect-timed-out", "transient",
     "+ p4 -p ssl:perforce.example.net:1666 sync //depot/widget/main/...\n"
     "Perforce client error:\n"
     "\tConnect to server failed; check $P4PORT.\n"
     "\tTCP connect to ssl:perforce.example.net:1666 failed.\n"
     "\tconnect: 203.0.113.21:1666: Connection timed out\n"
     + _JENKINS),
    # help.perforce.com KB "TCP receive failed" / "Partner exited unexpectedly" (doc)
    ("p4-sync-tcp-receive-failed-reset", "transient",
     "+ p4 sync -q //depot/widget/main/...@48211\n"
     "TCP receive failed.\n"
     "read: socket: Connection reset by peer\n"
     + _GL),
    # help.perforce.com KB ("Perforce password (P4PASSWD) invalid or unset.") (doc)
    ("p4-password-invalid-or-unset", "real",
     "+ p4 sync //depot/widget/main/...\n"
     "Perforce password (P4PASSWD) invalid or unset.\n"
     + _JENKINS),
    # help.perforce.com KB ("Your session has expired, please login again.") (doc): the ticket the job
    # was given is too old; a rerun with the same ticket fails the same way
    ("p4-session-expired", "real",
     "+ p4 sync //depot/widget/main/...\n"
     "Your session has expired, please login again.\n"
     + _CIRCLE),
    # help.perforce.com p4 sync ("%depotFile% - no such file(s).") (doc)
    ("p4-sync-no-such-files", "real",
     "+ p4 sync //depot/widget/release-9/...\n"
     "//depot/widget/release-9/... - no such file(s).\n"
     + _JENKINS),
    # help.perforce.com p4 client ("Client '%client%' unknown - use 'client' command to create it.") (doc)
    ("p4-client-unknown", "real",
     "+ p4 -c ci-widget-linux sync\n"
     "Client 'ci-widget-linux' unknown - use 'client' command to create it.\n"
     + _GL),
    # help.perforce.com KB on SSL fingerprints ("The authenticity of '%s' can't be established") (doc)
    ("p4-ssl-fingerprint-not-trusted", "real",
     "+ p4 -p ssl:perforce.example.net:1666 sync\n"
     "The authenticity of '203.0.113.21:1666' can't be established,\n"
     "this may be your first attempt to connect to this P4PORT.\n"
     "The fingerprint for the key sent to your client is\n"
     "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01\n"
     "To allow connection use the 'p4 trust' command.\n"
     + _JENKINS),

    # ================================================================== Gerrit
    # gerrit-review.googlesource.com Documentation/error-no-new-changes.html ("no new changes") (doc)
    ("gerrit-push-no-new-changes", "real",
     "+ git push origin HEAD:refs/for/main\n"
     "remote: Processing changes: refs: 1, done\n"
     "To https://review.example.org/widget\n"
     " ! [remote rejected] HEAD -> refs/for/main (no new changes)\n"
     "error: failed to push some refs to 'https://review.example.org/widget'\n"
     + _GL),
    # gerrit-review.googlesource.com Documentation/error-missing-changeid.html (doc)
    ("gerrit-push-missing-change-id", "real",
     "+ git push origin HEAD:refs/for/main\n"
     "remote: ERROR: commit 3f1a2b4: missing Change-Id in message footer\n"
     "remote:\n"
     "remote: Hint: to automatically insert a Change-Id, install the hook:\n"
     " ! [remote rejected] HEAD -> refs/for/main (commit 3f1a2b4: missing Change-Id in message footer)\n"
     "error: failed to push some refs to 'ssh://ci-bot@review.example.org:29418/widget'\n"
     + _CIRCLE),
    # Gerrit's HTTP auth refusal as git prints it ("remote: Unauthorized", git/git http.c "Authentication
    # failed for '%s'")
    ("gerrit-https-unauthorized", "real",
     "+ git fetch https://review.example.org/a/widget refs/changes/11/4211/3\n"
     "remote: Unauthorized\n"
     "fatal: Authentication failed for 'https://review.example.org/a/widget/'\n"
     + _JENKINS),
    # gerrit-review.googlesource.com Documentation/error-prohibited-by-gerrit.html (doc)
    ("gerrit-push-prohibited", "real",
     "+ git push origin HEAD:refs/heads/main\n"
     " ! [remote rejected] HEAD -> main (prohibited by Gerrit: not permitted: update)\n"
     "error: failed to push some refs to 'ssh://ci-bot@review.example.org:29418/widget'\n"
     + _GL),

    # ================================================================== Google repo tool
    # GerritCodeReview/git-repo subcmds/sync.py ("error: Cannot fetch %s from %s") below git's 5xx
    ("repo-sync-cannot-fetch-after-500", "transient",
     "+ repo sync -c -j8 --fail-fast\n"
     "Fetching:  41% (212/517) platform/external/zlib\n"
     "fatal: unable to access 'https://source.example.org/platform/external/zlib/': The requested URL returned error: 500\n"
     "error: Cannot fetch platform/external/zlib from https://source.example.org/platform/external/zlib\n"
     "error: Exited sync due to fetch errors.\n"
     "Local checkouts *not* updated. Resolve network issues & retry.\n"
     "`repo sync -l` will update some local checkouts.\n"
     + _JENKINS),
    # GerritCodeReview/git-repo subcmds/sync.py ("error.GitError: Cannot fetch %s") below git's early EOF
    ("repo-sync-gitgerror-early-eof", "transient",
     "+ repo sync -j4\n"
     "error: RPC failed; curl 18 transfer closed with outstanding read data remaining\n"
     "fatal: early EOF\n"
     "fatal: fetch-pack: invalid index-pack output\n"
     "error.GitError: Cannot fetch platform/prebuilts/clang\n"
     "error: Unable to fully sync the tree\n"
     "error: Downloading network changes failed.\n"
     + _CIRCLE),
    # GerritCodeReview/git-repo subcmds/sync.py ("error: Cannot fetch %s from %s") below git's
    # "couldn't find remote ref" (git_command.py names that wording)
    ("repo-sync-cannot-fetch-missing-ref", "real",
     "+ repo sync -c\n"
     "fatal: couldn't find remote ref refs/heads/release-12\n"
     "error: Cannot fetch device/example/board from https://source.example.org/device/example/board\n"
     "error: Unable to fully sync the tree\n"
     "error: Downloading network changes failed.\n"
     + _GL),
    # GerritCodeReview/git-repo manifest_xml.py ("manifest %s not found") through main.py
    # ("error: in `%s`: %s")
    ("repo-sync-manifest-not-found", "real",
     "+ repo sync -m ci-nightly.xml\n"
     "error: in `sync -m ci-nightly.xml`: manifest ci-nightly.xml not found\n"
     + _JENKINS),
    # GerritCodeReview/git-repo project.py ("fatal: manifest '%s' not available")
    ("repo-init-manifest-not-available", "real",
     "+ repo init -u https://source.example.org/platform/manifest -b main -m ci.xml\n"
     "fatal: manifest 'ci.xml' not available\n"
     "fatal: manifest ci.xml not found\n"
     + _GHA),
    # GerritCodeReview/git-repo project.py ("revision %s in %s not found")
    ("repo-sync-revision-not-found", "real",
     "+ repo sync -c\n"
     "error: in `sync -c`: revision refs/heads/feature-x in platform/build not found\n"
     + _CIRCLE),

    # ================================================================== Azure Repos
    # learn.microsoft.com Azure DevOps troubleshooting (TF401019) (doc) as git relays it
    ("azure-repos-tf401019-repo-does-not-exist", "real",
     "+ git clone https://dev.azure.com/example-org/Widget/_git/widget-tools\n"
     "Cloning into 'widget-tools'...\n"
     "remote: TF401019: The Git repository with name or identifier widget-tools does not exist or you do not have permissions for the operation you are attempting.\n"
     "fatal: repository 'https://dev.azure.com/example-org/Widget/_git/widget-tools/' not found\n"
     + _AZP),
    # learn.microsoft.com Azure DevOps ("TF400813: The user '%s' is not authorized to access this resource.") (doc)
    ("azure-repos-tf400813-not-authorized", "real",
     "+ git fetch origin main\n"
     "remote: TF400813: The user 'aaaa-bbbb-cccc' is not authorized to access this resource.\n"
     "fatal: Authentication failed for 'https://dev.azure.com/example-org/Widget/_git/widget/'\n"
     + _AZP),
    # learn.microsoft.com Azure DevOps ("TF402455: Pushes to this branch are not permitted; you must use a
    # pull request to update this branch.") (doc)
    ("azure-repos-tf402455-branch-policy", "real",
     "+ git push origin HEAD:main\n"
     "remote: error: TF402455: Pushes to this branch are not permitted; you must use a pull request to update this branch.\n"
     " ! [remote rejected] HEAD -> main (TF402455: Pushes to this branch are not permitted; you must use a pull request to update this branch.)\n"
     "error: failed to push some refs to 'https://dev.azure.com/example-org/Widget/_git/widget'\n"
     + _AZP),
    # learn.microsoft.com Azure DevOps rate limits ("Request was blocked due to exceeding usage of
    # resource '%s' in namespace '%s'.") (doc)
    ("azure-repos-rate-limit-blocked", "transient",
     "+ git fetch --tags origin\n"
     "remote: Request was blocked due to exceeding usage of resource 'Concurrency' in namespace 'VSID'. For more information on why your request was blocked, see the topic \"Rate limits\" on the Microsoft Web site.\n"
     "fatal: unable to access 'https://dev.azure.com/example-org/Widget/_git/widget/': The requested URL returned error: 429\n"
     + _AZP),

    # ================================================================== Gitea / Forgejo
    # go-gitea/gitea routers/private/hook_pre_receive.go ("User permission denied for writing.")
    ("gitea-user-permission-denied-for-writing", "real",
     "+ git push origin HEAD:release-notes\n"
     "remote: \n"
     "remote: Gitea: User permission denied for writing.\n"
     "To https://git.example.org/acme/widget.git\n"
     " ! [remote rejected] HEAD -> release-notes (pre-receive hook declined)\n"
     "error: failed to push some refs to 'https://git.example.org/acme/widget.git'\n"
     + _GHA),
    # Forgejo (a Gitea fork) with the same pre-receive refusal under its own name
    ("forgejo-user-permission-denied-for-writing", "real",
     "+ git push origin HEAD:main\n"
     "remote: Forgejo: User permission denied for writing.\n"
     " ! [remote rejected] HEAD -> main (pre-receive hook declined)\n"
     "error: failed to push some refs to 'https://code.example.org/acme/widget.git'\n"
     + _GHA),

    # ================================================================== AWS CodeCommit
    # docs.aws.amazon.com codecommit troubleshooting ("The requested URL returned error: 403") (doc)
    ("codecommit-https-403", "real",
     "+ git clone https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/widget\n"
     "Cloning into 'widget'...\n"
     "fatal: unable to access 'https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/widget/': The requested URL returned error: 403\n"
     + _CIRCLE),
    # git-remote-codecommit over botocore ("An error occurred (%s) when calling the %s operation: %s"):
    # a missing repository
    ("codecommit-grc-repository-does-not-exist", "real",
     "+ git clone codecommit::eu-west-1://widget-infra\n"
     "fatal: repository 'codecommit::eu-west-1://widget-infra' not found\n"
     "An error occurred (RepositoryDoesNotExistException) when calling the GetRepository operation: widget-infra does not exist\n"
     + _CIRCLE),

    # ================================================================== Fossil
    # drhsqlite/fossil-mirror src/http.c ("server says: %s" for a status other than 200/302)
    ("fossil-clone-server-says-502", "transient",
     "+ fossil clone https://fossil.example.org/widget widget.fossil\n"
     "Round-trips: 1   Artifacts sent: 0  received: 0\n"
     "server says: 502 Bad Gateway\n"
     + _GHA),
    # drhsqlite/fossil-mirror src/http.c ("server says: %s") with a 404: a repository URL that is wrong
    ("fossil-clone-server-says-404", "real",
     "+ fossil clone https://fossil.example.org/widget-old widget.fossil\n"
     "server says: 404 Not Found\n"
     + _GHA),

    # ================================================================== near-misses
    # a test of a svn wrapper that expects the transient chain in its message and fails on its assertion
    ("svn-wrapper-test-expects-server-closed-connection", "real",
     "tests/test_scm.py::test_retryable_svn_error_is_classified FAILED\n"
     ">       assert classify(\"svn: E120108: Error running context: The server unexpectedly closed the connection.\") == \"retry\"\n"
     "E       AssertionError: assert 'fatal' == 'retry'\n"
     "========================= 1 failed, 41 passed in 1.92s =========================\n"
     + _GHA),
    # a Jest test about an hg client's parser, quoting the stream error, failing on its expectation
    ("hg-parser-test-quotes-stream-ended", "real",
     "FAIL src/hg/parse.test.ts\n"
     "  ● parseAbort › recognises a truncated stream\n"
     "    expect(received).toEqual(expected)\n"
     "    Expected: {\"kind\": \"network\"}\n"
     "    Received: {\"kind\": \"unknown\", \"raw\": \"abort: stream ended unexpectedly (got 10 bytes, expected 20)\"}\n"
     "Tests:       1 failed, 57 passed, 58 total\n"
     + _CIRCLE),
    # a pytest failure whose test names the Perforce refusal (pytest.raises), failing because nothing was raised
    ("p4-wrapper-test-raises-password-invalid", "real",
     "    def test_login_error_surfaces():\n"
     ">       with pytest.raises(P4Error, match=\"Perforce password \\(P4PASSWD\\) invalid or unset\"):\n"
     "E       Failed: DID NOT RAISE <class 'p4tools.P4Error'>\n"
     "tests/test_p4tools.py:31: Failed\n"
     "FAILED tests/test_p4tools.py::test_login_error_surfaces - Failed: DID NOT RAISE\n"
     "========================= 1 failed, 12 passed in 0.88s =========================\n"
     + _GL),
    # an application's own log line (a repository poller the tests exercise) that quotes svn's dropped
    # connection, captured under a test that fails on its value
    ("svn-poller-app-log-beside-failed-test", "real",
     "tests/test_poller.py::test_poll_records_revision FAILED\n"
     "----------------------------- Captured log call ------------------------------\n"
     "WARNING  scmpoll.svn:poller.py:88 svn: E120108: Error running context: The server unexpectedly closed the connection.\n"
     "E       assert 48211 == 48212\n"
     "FAILED tests/test_poller.py::test_poll_records_revision - assert 48211 == 48212\n"
     "========================= 1 failed, 30 passed in 2.10s =========================\n"
     + _GHA),
    # a build step that fails on a compiler error after svn's own transient line was handled by a retry above
    ("svn-retry-then-compile-error", "real",
     "+ svn update || (sleep 30 && svn update)\n"
     "svn: E120108: Error running context: The server unexpectedly closed the connection.\n"
     "Updating '.':\n"
     "At revision 48212.\n"
     "+ make -j8\n"
     "src/codec.c:88:12: error: 'frame_len' undeclared (first use in this function)\n"
     "make: *** [Makefile:41: src/codec.o] Error 1\n"
     + _JENKINS),
]

# Printed as well for an outage as for a persistent cause: no transient verdict at 0.7 or more.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # apache/subversion libsvn_wc/wc_db.c ("'%s' is already locked.") and svn/svn.c ("Run 'svn cleanup' to
    # remove locks (type 'svn help cleanup' for details)"): a concurrent job on the same workspace, or a lock
    # an earlier killed run left, which every rerun meets until someone cleans it
    ("svn-e155004-working-copy-locked",
     "+ svn update --non-interactive\n"
     "svn: E155004: Run 'svn cleanup' to remove locks (type 'svn help cleanup' for details)\n"
     "svn: E155004: Working copy '/var/lib/jenkins/workspace/widget' locked.\n"
     "svn: E155004: '/var/lib/jenkins/workspace/widget' is already locked.\n"
     + _JENKINS),
    # apache/subversion libsvn_ra/ra_loader.c ("Unable to connect to a repository at URL '%s'") alone
    ("svn-e170013-alone",
     "+ svn checkout https://svn.example.org/repos/widget/trunk\n"
     "svn: E170013: Unable to connect to a repository at URL 'https://svn.example.org/repos/widget/trunk'\n"
     + _JENKINS),
    # GerritCodeReview/git-repo subcmds/sync.py ("error: Exited sync due to fetch errors.") with nothing above:
    # a network failure or a ref the manifest pins that is gone
    ("repo-sync-exited-due-to-fetch-errors-bare",
     "+ repo sync -c -j8 --fail-fast\n"
     "error: Exited sync due to fetch errors.\n"
     "Local checkouts *not* updated. Resolve network issues & retry.\n"
     "`repo sync -l` will update some local checkouts.\n"
     + _JENKINS),
    # apache/subversion svn_error_codes.h SVN_ERR_WC_CLEANUP_REQUIRED ("Previous operation has not finished;
    # run 'cleanup' if it was interrupted", 155037): a persistent workspace an aborted build left half-updated,
    # which a rerun on a fresh agent does not meet and one on the same workspace meets again
    ("svn-e155037-previous-operation-not-finished",
     "+ svn update --non-interactive\n"
     "svn: E155037: Previous operation has not finished; run 'cleanup' if it was interrupted\n"
     + _JENKINS),
    # sebunger/mercurial mercurial/sshpeer.py ("no suitable response from remote hg"): an ssh hiccup, or
    # a server with no hg on its PATH
    ("hg-ssh-no-suitable-response",
     "+ hg clone ssh://hg@hg.example.org/widget\n"
     "remote: bash: hg: command not found\n"
     "abort: no suitable response from remote hg\n"
     + _GL),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_vcs_forge_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_vcs_forge_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "svn: E170001: ",
    "svn: E170000: URL '",
    "svn: E160013: '",
    "abort: unknown revision '",
    "abort: repository ",
    "abort: '",
    "Client '",
    "//depot/",
]
