"""Fourteenth round, tool sources: git itself (clone, fetch, checkout, push from a shallow clone, lock
files), Git LFS, submodules, SSH transport, the checkout steps of GitHub Actions (actions/checkout),
GitLab runner and CircleCI, and the caches jobs restore and save (actions/cache and the @actions/cache
toolkit, CircleCI's restore_cache/save_cache, docker buildx cache import/export, Gradle's remote build
cache, sccache's remote back ends).

Each case is a short log written for the test around one message as the tool prints it. The wording was
read from the tools' own source for git/git, git-lfs/git-lfs, actions/checkout, actions/toolkit
(packages/cache) and actions/cache (comments marked "(checked)"); openssh's "No %s host key is known for
%.200s and you have requested strict checking." was checked in sshconnect.c, its other wordings, GitLab
runner's get_sources lines, buildkit's cache export, sccache's storage error and CircleCI's closed
restore_cache step rest on the tools' documented or well-known output, not on source read in this pass.
Hosts, repositories, keys and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a transfer the server or network cut off (early EOF, RPC failed with a 5xx or a dropped HTTP/2
    stream, an unexpected disconnect while reading the sideband, an index-pack killed by a signal,
    curl's connection reset or timeout, ssh's connection closed or timed out during the key exchange, a
    cache service answering 5xx or 429 when the step fails on it) -> transient;
  * a persistent cause (a ref, commit or tree that does not exist, a commit the server will not serve, a
    submodule without a url or pinned to a commit never pushed, a push from a shallow clone, refused
    credentials or keys, a host key that is not known or changed, an invalid key file, a cache key
    that is invalid or a cache path that does not exist, a file a cache key checksums that is missing)
    -> real;
  * a cache warning (restore or save failed, the build went on) beside a failure of the code, and a test
    of the code that merely mentions git's or the cache's words -> real;
  * words printed for both (a cache miss with fail-on-cache-miss, checkout succeeded but a smudge filter failed without its cause) -> not surely
    transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA128 = "##[error]Process completed with exit code 128.\n"
_GHA1 = "##[error]Process completed with exit code 1.\n"
_CIRCLE128 = "\nExited with code exit status 128\n"
_CIRCLE1 = "\nExited with code exit status 1\n"
_GITLAB = "Cleaning up project directory and file based variables\nERROR: Job failed: exit code 1\n"
_GITLAB_SRC = (
    "Getting source from Git repository\n"
    "Fetching changes with git depth set to 20...\n"
    "Reinitialized existing Git repository in /builds/acme/widget/.git/\n"
)
_CHECKOUT = (
    "Run actions/checkout@v4\n"
    "Syncing repository: acme/widget\n"
    "Getting Git version info\n"
    "Fetching the repository\n"
)

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ git transfer cut off
    # git/git builtin/index-pack.c die(_("early EOF")), fetch-pack.c ("fetch-pack: invalid index-pack
    # output"), builtin/clone.c; the remote's sideband "fetch-pack: unexpected disconnect while reading
    # sideband packet" from sideband.c (checked)
    ("git-clone-sideband-disconnect", "transient",
     "$ git clone --depth 50 https://git.example.org/acme/widget.git\n"
     "Cloning into 'widget'...\n"
     "remote: Enumerating objects: 18231, done.\n"
     "remote: Counting objects: 100% (18231/18231), done.\n"
     "fetch-pack: unexpected disconnect while reading sideband packet\n"
     "fatal: early EOF\n"
     "fatal: fetch-pack: invalid index-pack output\n" + _GHA128),
    # git/git remote-curl.c error(_("RPC failed; %s")) with curl's "HTTP/2 stream %u was not closed
    # cleanly" (checked)
    ("git-fetch-rpc-http2-stream", "transient",
     "$ git fetch --tags origin\n"
     "error: RPC failed; curl 92 HTTP/2 stream 5 was not closed cleanly: CANCEL (err 8)\n"
     "error: 2473 bytes of body are still expected\n"
     "fetch-pack: unexpected disconnect while reading sideband packet\n"
     "fatal: early EOF\n"
     "fatal: fetch-pack: invalid index-pack output\n" + _CIRCLE128),
    # git/git remote-curl.c ("RPC failed; %s") with "HTTP %d curl %d %s" for a 504 (checked)
    ("git-fetch-rpc-http-504", "transient",
     "$ git fetch --prune origin +refs/heads/*:refs/remotes/origin/*\n"
     "error: RPC failed; HTTP 504 curl 22 The requested URL returned error: 504\n"
     "fatal: expected flush after ref listing\n" + _GHA128),
    # git/git remote-curl.c die(_("unable to access '%s': %s")) with curl's 503 (checked)
    ("git-unable-to-access-503", "transient",
     "$ git clone https://git.example.org/acme/vendor-libs.git third_party/vendor-libs\n"
     "Cloning into 'third_party/vendor-libs'...\n"
     "fatal: unable to access 'https://git.example.org/acme/vendor-libs.git/': The requested URL returned error: 503\n"
     + _CIRCLE128),
    # the same with curl's TLS read reset
    ("git-unable-to-access-ssl-reset", "transient",
     "Cloning into '/home/runner/work/widget/widget/deps/proto'...\n"
     "fatal: unable to access 'https://git.example.org/acme/proto.git/': OpenSSL SSL_read: Connection reset by peer, errno 104\n"
     + _GHA128),
    # the same with curl's GnuTLS wording for a truncated stream
    ("git-unable-to-access-gnutls", "transient",
     "$ git fetch origin main\n"
     "fatal: unable to access 'https://git.example.org/acme/widget.git/': GnuTLS recv error (-110): The TLS connection was non-properly terminated.\n"
     + _GITLAB),
    # git/git pkt-line.c ("the remote end hung up unexpectedly") after index-pack's early EOF (checked)
    ("git-clone-hung-up-early-eof", "transient",
     "Cloning into 'widget'...\n"
     "remote: Compressing objects: 100% (5120/5120), done.\n"
     "error: 4591 bytes of body are still expected\n"
     "fatal: the remote end hung up unexpectedly\n"
     "fatal: early EOF\n"
     "fatal: index-pack failed\n" + _GHA128),
    # git/git run-command.c ("%s died of signal %d") for index-pack killed by the OOM killer
    ("git-index-pack-killed", "transient",
     "Cloning into 'monorepo'...\n"
     "Receiving objects: 100% (905123/905123), 3.10 GiB | 41.2 MiB/s, done.\n"
     "error: index-pack died of signal 9\n"
     "fatal: index-pack failed\n" + _CIRCLE128),
    # near-miss: git/git remote-curl.c die(_("repository '%s' not found")) (checked)
    ("git-repository-not-found", "real",
     "$ git clone https://git.example.org/acme/widget-privat.git\n"
     "Cloning into 'widget-privat'...\n"
     "remote: Repository not found.\n"
     "fatal: repository 'https://git.example.org/acme/widget-privat.git/' not found\n" + _GHA128),
    # near-miss: git/git remote-curl.c die(_("Authentication failed for '%s'")) (checked)
    ("git-authentication-failed", "real",
     "$ git clone https://ci-bot@git.example.org/acme/secrets.git\n"
     "Cloning into 'secrets'...\n"
     "remote: Invalid username or password.\n"
     "fatal: Authentication failed for 'https://git.example.org/acme/secrets.git/'\n" + _CIRCLE128),
    # near-miss: git/git prompt.c ("could not read %s: %s") with terminal prompts disabled
    ("git-could-not-read-username", "real",
     "$ git submodule update --init\n"
     "Cloning into '/builds/acme/widget/vendor/private-sdk'...\n"
     "fatal: could not read Username for 'https://git.example.org': terminal prompts disabled\n"
     "fatal: clone of 'https://git.example.org/acme/private-sdk.git' into submodule path '/builds/acme/widget/vendor/private-sdk' failed\n"
     + _GITLAB),
    # near-miss: the 403 curl relays ("The requested URL returned error: 403")
    ("git-unable-to-access-403", "real",
     "$ git push origin HEAD:refs/heads/release\n"
     "remote: Permission to acme/widget.git denied to ci-bot.\n"
     "fatal: unable to access 'https://git.example.org/acme/widget.git/': The requested URL returned error: 403\n"
     + _GHA128),
    # near-miss: an untrusted certificate (curl's "SSL certificate problem")
    ("git-ssl-certificate-problem", "real",
     "Cloning into 'widget'...\n"
     "fatal: unable to access 'https://git.internal.example/acme/widget.git/': SSL certificate problem: unable to get local issuer certificate\n"
     + _GITLAB),
    # ------------------------------------------------------------------ git refs and objects
    # git/git remote.c die(_("couldn't find remote ref %s")) (checked)
    ("git-couldnt-find-remote-ref", "real",
     _GITLAB_SRC + "fatal: couldn't find remote ref refs/pipelines/884213\n" + _GITLAB),
    # git/git builtin/checkout.c die(_("reference is not a tree: %s")) (checked)
    ("git-reference-is-not-a-tree", "real",
     "$ git checkout -f 9f3c2b7d1e0a4c6b8d2f1e3a5b7c9d0e1f2a3b4c\n"
     "fatal: reference is not a tree: 9f3c2b7d1e0a4c6b8d2f1e3a5b7c9d0e1f2a3b4c\n" + _CIRCLE128),
    # git/git upload-pack.c ("upload-pack: not our ref %s") and fetch-pack.c ("Server does not allow
    # request for unadvertised object %s") (checked)
    ("git-not-our-ref", "real",
     "$ git fetch --depth 1 origin 3c1d2e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d\n"
     "fatal: remote error: upload-pack: not our ref 3c1d2e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d\n" + _GHA128),
    ("git-unadvertised-object", "real",
     "$ git fetch origin 7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b\n"
     "error: Server does not allow request for unadvertised object 7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b\n" + _CIRCLE128),
    # git/git builtin/receive-pack.c ("shallow update not allowed") relayed by push (checked)
    ("git-push-shallow-update", "real",
     "$ git push https://git.example.org/acme/widget-mirror.git HEAD:main\n"
     "To https://git.example.org/acme/widget-mirror.git\n"
     " ! [remote rejected] HEAD -> main (shallow update not allowed)\n"
     "error: failed to push some refs to 'https://git.example.org/acme/widget-mirror.git'\n" + _GHA1),
    # git/git setup.c ("ambiguous argument '%s': unknown revision or path not in the working tree.")
    # (checked): a shallow clone without the base branch
    ("git-unknown-revision-shallow", "real",
     "$ git diff --name-only origin/main...HEAD\n"
     "fatal: ambiguous argument 'origin/main...HEAD': unknown revision or path not in the working tree.\n"
     "Use '--' to separate paths from revisions, like this:\n"
     "'git <command> [<revision>...] -- [<file>...]'\n" + _GHA128),
    # git/git dir.c ("pathspec '%s' did not match any file(s) known to git") (checked)
    ("git-pathspec-no-match", "real",
     "$ git checkout release/2.4\n"
     "error: pathspec 'release/2.4' did not match any file(s) known to git\n" + _CIRCLE1),
    # git/git builtin/clone.c ("destination path '%s' already exists and is not an empty directory.")
    ("git-destination-exists", "real",
     "$ git clone https://git.example.org/acme/tools.git tools\n"
     "fatal: destination path 'tools' already exists and is not an empty directory.\n" + _CIRCLE128),
    # git/git builtin/fetch.c ("%s did not send all necessary objects") (checked)
    ("git-fetch-not-all-objects", "transient",
     "$ git fetch origin\n"
     "error: RPC failed; curl 18 transfer closed with outstanding read data remaining\n"
     "error: git.example.org/acme/widget.git did not send all necessary objects\n" + _GHA128),
    # ------------------------------------------------------------------ submodules
    # git/git builtin/submodule--helper.c ("No url found for submodule path '%s' in .gitmodules") (checked)
    ("submodule-no-url", "real",
     "$ git submodule update --init --recursive\n"
     "fatal: No url found for submodule path 'extern/codec' in .gitmodules\n" + _GHA128),
    # git/git builtin/submodule--helper.c ("Fetched in submodule path '%s', but it did not contain %s.
    # Direct fetching of that commit failed.") (checked): a pinned commit never pushed
    ("submodule-commit-not-pushed", "real",
     "Submodule path 'extern/codec': checked out 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0'\n"
     "error: Server does not allow request for unadvertised object 0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e\n"
     "fatal: Fetched in submodule path 'extern/fonts', but it did not contain 0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e. Direct fetching of that commit failed.\n"
     + _CIRCLE128),
    # git/git builtin/submodule--helper.c ("Failed to clone '%s'. Retry scheduled", "Failed to clone '%s'
    # a second time, aborting") with a 502 from the host (checked)
    ("submodule-clone-502-second-time", "transient",
     "Cloning into '/home/circleci/project/extern/assets'...\n"
     "fatal: unable to access 'https://git.example.org/acme/assets.git/': The requested URL returned error: 502\n"
     "fatal: clone of 'https://git.example.org/acme/assets.git' into submodule path '/home/circleci/project/extern/assets' failed\n"
     "Failed to clone 'extern/assets'. Retry scheduled\n"
     "Cloning into '/home/circleci/project/extern/assets'...\n"
     "fatal: unable to access 'https://git.example.org/acme/assets.git/': The requested URL returned error: 502\n"
     "fatal: clone of 'https://git.example.org/acme/assets.git' into submodule path '/home/circleci/project/extern/assets' failed\n"
     "Failed to clone 'extern/assets' a second time, aborting\n" + _CIRCLE1),
    # near-miss: the same retry with a repository that is not there
    ("submodule-clone-not-found-second-time", "real",
     "Cloning into '/builds/acme/widget/extern/legacy'...\n"
     "remote: The project you were looking for could not be found or you don't have permission to view it.\n"
     "fatal: repository 'https://git.example.org/acme/legacy.git/' not found\n"
     "fatal: clone of 'https://git.example.org/acme/legacy.git' into submodule path '/builds/acme/widget/extern/legacy' failed\n"
     "Failed to clone 'extern/legacy'. Retry scheduled\n"
     "fatal: repository 'https://git.example.org/acme/legacy.git/' not found\n"
     "Failed to clone 'extern/legacy' a second time, aborting\n" + _GITLAB),
    # ------------------------------------------------------------------ ssh
    # openssh-portable sshconnect.c ("ssh: connect to host %s port %s: %s") (not read in this pass)
    ("ssh-connect-timed-out", "transient",
     "$ git clone git@git.example.org:acme/widget.git\n"
     "Cloning into 'widget'...\n"
     "ssh: connect to host git.example.org port 22: Connection timed out\n"
     "fatal: Could not read from remote repository.\n"
     "\n"
     "Please make sure you have the correct access rights\n"
     "and the repository exists.\n" + _CIRCLE128),
    # openssh-portable kex.c ("kex_exchange_identification: Connection closed by remote host",
    # "kex_exchange_identification: read: %s")
    ("ssh-kex-closed", "transient",
     "Cloning into '/home/circleci/project'...\n"
     "kex_exchange_identification: Connection closed by remote host\n"
     "Connection closed by 192.0.2.41 port 22\n"
     "fatal: Could not read from remote repository.\n"
     "\n"
     "Please make sure you have the correct access rights\n"
     "and the repository exists.\n" + _CIRCLE128),
    ("ssh-kex-read-reset", "transient",
     "$ git fetch origin\n"
     "kex_exchange_identification: read: Connection reset by peer\n"
     "Connection reset by 192.0.2.41 port 22\n"
     "fatal: Could not read from remote repository.\n" + _GHA128),
    # openssh-portable sshconnect.c ("ssh: Could not resolve hostname %s: %s")
    ("ssh-resolve-temporary", "transient",
     "Cloning into 'widget'...\n"
     "ssh: Could not resolve hostname git.example.org: Temporary failure in name resolution\n"
     "fatal: Could not read from remote repository.\n" + _GITLAB),
    # near-miss: openssh-portable sshconnect.c ("Host key verification failed.") and
    # ("No %s host key is known for %.200s and you have requested strict checking.") (checked)
    ("ssh-host-key-unknown", "real",
     "$ git clone git@git.example.org:acme/widget.git\n"
     "Cloning into 'widget'...\n"
     "No ED25519 host key is known for git.example.org and you have requested strict checking.\n"
     "Host key verification failed.\n"
     "fatal: Could not read from remote repository.\n" + _GHA128),
    # near-miss: openssh-portable sshconnect.c ("REMOTE HOST IDENTIFICATION HAS CHANGED!")
    ("ssh-host-key-changed", "real",
     "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n"
     "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\n"
     "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n"
     "IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!\n"
     "Offending ECDSA key in /home/ci/.ssh/known_hosts:3\n"
     "Host key for git.example.org has changed and you have requested strict checking.\n"
     "Host key verification failed.\n"
     "fatal: Could not read from remote repository.\n" + _CIRCLE128),
    # near-miss: openssh-portable sshconnect2.c ("Permission denied (%s).") through git
    ("ssh-permission-denied-publickey", "real",
     "Cloning into 'deploy-configs'...\n"
     "git@git.example.org: Permission denied (publickey).\n"
     "fatal: Could not read from remote repository.\n"
     "\n"
     "Please make sure you have the correct access rights\n"
     "and the repository exists.\n" + _GITLAB),
    # near-miss: openssh-portable sshkey/authfile ("Load key \"%s\": %s") with an invalid format
    ("ssh-load-key-invalid-format", "real",
     "$ git submodule update --init\n"
     "Load key \"/home/runner/.ssh/id_deploy\": invalid format\n"
     "git@git.example.org: Permission denied (publickey).\n"
     "fatal: Could not read from remote repository.\n" + _GHA128),
    # near-miss: openssh-portable authfile.c ("WARNING: UNPROTECTED PRIVATE KEY FILE!",
    # "Permissions 0%3.3o for '%s' are too open.")
    ("ssh-unprotected-key", "real",
     "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n"
     "@         WARNING: UNPROTECTED PRIVATE KEY FILE!          @\n"
     "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n"
     "Permissions 0644 for '/root/.ssh/id_ed25519' are too open.\n"
     "It is required that your private key files are NOT accessible by others.\n"
     "This private key will be ignored.\n"
     "git@git.example.org: Permission denied (publickey).\n"
     "fatal: Could not read from remote repository.\n" + _GITLAB),
    # ------------------------------------------------------------------ Git LFS
    # git-lfs/git-lfs errors/types.go ("Smudge error"), commands/command_smudge.go ("Error downloading
    # object: %s (%s): %s"), lfshttp/errors.go (404: "Repository or object not found: %s") (checked)
    ("lfs-smudge-object-not-found", "real",
     "Downloading assets/model.bin (48 MB)\n"
     "Error downloading object: assets/model.bin (3f2a1b0): Smudge error: Error downloading assets/model.bin (3f2a1b0c9d8e): [3f2a1b0c9d8e] Object does not exist on the server: [404] Object does not exist on the server\n"
     "error: external filter 'git-lfs filter-process' failed\n"
     "fatal: assets/model.bin: smudge filter lfs failed\n" + _GHA128),
    # git-lfs/git-lfs lfshttp/errors.go (500: "Server error: %s"; "Server error %s from HTTP %d") (checked)
    ("lfs-smudge-server-error-504", "transient",
     "Downloading fixtures/video.mp4 (210 MB)\n"
     "Error downloading object: fixtures/video.mp4 (9e8d7c6): Smudge error: Error downloading fixtures/video.mp4 (9e8d7c6b5a4f): batch response: Server error https://git.example.org/acme/widget.git/info/lfs/objects/batch from HTTP 504\n"
     "error: external filter 'git-lfs filter-process' failed\n"
     "fatal: fixtures/video.mp4: smudge filter lfs failed\n" + _CIRCLE128),
    # git-lfs/git-lfs commands/command_fetch.go ("error: failed to fetch some objects from '%s'") with the
    # per-object LFS error above it (checked)
    ("lfs-pull-fetch-some-objects-connreset", "transient",
     "$ git lfs pull\n"
     "batch request: read tcp 10.0.3.7:51234->192.0.2.50:443: read: connection reset by peer\n"
     "error: failed to fetch some objects from 'https://git.example.org/acme/widget.git/info/lfs'\n" + _GHA1),
    ("lfs-pull-fetch-some-objects-missing", "real",
     "$ git lfs pull\n"
     "[7c6b5a4f3e2d] Object does not exist on the server: [404] Object does not exist on the server\n"
     "error: failed to fetch some objects from 'https://git.example.org/acme/widget.git/info/lfs'\n" + _GITLAB),
    # git-lfs/git-lfs lfshttp/errors.go (403: "Authorization error: %s\nCheck that you have proper access
    # to the repository") (checked)
    ("lfs-authorization-error", "real",
     "$ git lfs fetch origin main\n"
     "batch response: Authorization error: https://git.example.org/acme/widget.git/info/lfs/objects/batch\n"
     "Check that you have proper access to the repository\n"
     "error: failed to fetch some objects from 'https://git.example.org/acme/widget.git/info/lfs'\n" + _CIRCLE1),
    # git-lfs/git-lfs commands/command_filter_process.go ("Encountered %d files that should have been
    # pointers, but weren't:") (checked): a commit of the code
    ("lfs-should-have-been-pointers", "real",
     "$ git lfs fsck --pointers\n"
     "Encountered 2 files that should have been pointers, but weren't:\n"
     "\tassets/logo.psd\n"
     "\tassets/splash.png\n" + _GHA1),
    # ------------------------------------------------------------------ actions/checkout
    # actions/checkout src/retry-helper.ts ("Waiting %d seconds before trying again") and the git error
    # of the last attempt (checked)
    ("gha-checkout-fetch-early-eof-retried", "transient",
     _CHECKOUT +
     "/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +4d3c2b1a:refs/remotes/pull/12/merge\n"
     "error: RPC failed; curl 56 GnuTLS recv error (-9): Error decoding the received TLS packet.\n"
     "fatal: early EOF\n"
     "The process '/usr/bin/git' failed with exit code 128\n"
     "Waiting 14 seconds before trying again\n"
     "/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +4d3c2b1a:refs/remotes/pull/12/merge\n"
     "error: RPC failed; curl 56 GnuTLS recv error (-9): Error decoding the received TLS packet.\n"
     "fatal: early EOF\n"
     "##[error]The process '/usr/bin/git' failed with exit code 128\n"),
    # actions/checkout src/git-source-provider.ts ("The ref '%s' does not point to the expected commit
    # '%s'. The ref may have been updated after the workflow was triggered.") (checked): a moved tag,
    # the same on a rerun of the same run
    ("gha-checkout-ref-moved", "real",
     _CHECKOUT +
     "/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +refs/tags/v2.3.0:refs/tags/v2.3.0\n"
     "##[error]The ref 'refs/tags/v2.3.0' does not point to the expected commit '5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d'. The ref may have been updated after the workflow was triggered.\n"),
    # actions/checkout src/git-command-manager.ts ("Minimum required git-lfs version is %s. Your git-lfs
    # ('%s') is %s") (checked)
    ("gha-checkout-old-git-lfs", "real",
     _CHECKOUT +
     "##[error]Minimum required git-lfs version is 2.1. Your git-lfs ('/usr/local/bin/git-lfs') is 1.5.6\n"),
    # actions/checkout: the submodule fetch relays git's "Fetched in submodule path" (git/git) (checked)
    ("gha-checkout-submodule-missing-commit", "real",
     "Fetching submodules\n"
     "/usr/bin/git submodule sync --recursive\n"
     "/usr/bin/git -c protocol.version=2 submodule update --init --force --depth=1 --recursive\n"
     "Submodule 'extern/parser' (https://git.example.org/acme/parser.git) registered for path 'extern/parser'\n"
     "Cloning into '/home/runner/work/widget/widget/extern/parser'...\n"
     "fatal: remote error: upload-pack: not our ref 6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a\n"
     "fatal: Fetched in submodule path 'extern/parser', but it did not contain 6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a. Direct fetching of that commit failed.\n"
     "##[error]The process '/usr/bin/git' failed with exit code 128\n"),
    # ------------------------------------------------------------------ GitLab runner's get_sources
    # gitlab-org/gitlab-runner shells/abstract.go ("Fetching changes with git depth set to %d...") with
    # git's 500 from the GitLab host
    ("gitlab-get-sources-500", "transient",
     _GITLAB_SRC +
     "fatal: unable to access 'https://git.example.org/acme/widget.git/': The requested URL returned error: 500\n"
     + _GITLAB),
    ("gitlab-get-sources-rpc-failed", "transient",
     _GITLAB_SRC +
     "error: RPC failed; HTTP 502 curl 22 The requested URL returned error: 502\n"
     "fatal: the remote end hung up unexpectedly\n" + _GITLAB),
    # ------------------------------------------------------------------ actions/cache
    # actions/cache src/restoreImpl.ts ("Failed to restore cache entry. Exiting as fail-on-cache-miss is
    # set. Input key: %s"): a cache another job saves, or one evicted -> NEITHER
    # actions/toolkit packages/cache/src/cache.ts checkKey ("Key Validation Error: %s cannot contain
    # commas.") (checked)
    ("gha-cache-key-commas", "real",
     "Run actions/cache@v4\n"
     "##[error]Key Validation Error: deps-Linux-node-20,npm cannot contain commas.\n"),
    # actions/toolkit packages/cache/src/cache.ts ("Path Validation Error: Path(s) specified in the action
    # for caching do(es) not exist, hence no cache is being saved.") (checked) under actions/cache/save
    # with its failure turned into the step's error
    ("gha-cache-save-path-missing", "real",
     "Run actions/cache/save@v4\n"
     "##[error]Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved.\n"),
    # near-miss: actions/toolkit packages/cache/src/cache.ts (core.error "Failed to restore: %s" for a 5xx,
    # and the build goes on) beside a failing test (checked)
    ("gha-cache-restore-5xx-then-test-failure", "real",
     "Run actions/cache@v4\n"
     "##[error]Failed to restore: Cache service responded with 503\n"
     "Cache not found for input keys: deps-Linux-3f2a1b\n"
     "Run npm test\n"
     "FAIL src/cart.test.ts\n"
     "  ● cart › totals include tax\n"
     "    expect(received).toBe(expected)\n"
     "    Expected: 107\n"
     "    Received: 100\n"
     "Tests:       1 failed, 88 passed, 89 total\n" + _GHA1),
    # near-miss: actions/toolkit packages/cache/src/cache.ts ("Failed to save: Unable to reserve cache
    # with key %s, another job may be creating this cache.") is a warning; the compile error is the failure
    ("gha-cache-reserve-warning-then-compile-error", "real",
     "Post job cleanup.\n"
     "##[warning]Failed to save: Unable to reserve cache with key cargo-Linux-9a8b7c, another job may be creating this cache. More details: Cache already exists.\n"
     "error[E0308]: mismatched types\n"
     "  --> src/codec.rs:41:18\n"
     "error: could not compile `codec` (lib) due to 1 previous error\n" + _GHA1),
    # actions/toolkit packages/cache/src/internal/shared/errors.ts NetworkError ("Unable to make request:
    # %s") from a step that restores a cache itself and fails on it (toolkit used by a script) (checked)
    ("gha-cache-toolkit-network-error", "transient",
     "Run node scripts/restore-build-cache.mjs\n"
     "Error: Unable to make request: ETIMEDOUT\n"
     "If you are using self-hosted runners, please make sure your runner has access to all GitHub endpoints: https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/about-self-hosted-runners#communication-between-self-hosted-runners-and-github\n"
     + _GHA1),
    # actions/toolkit packages/cache/src/internal/downloadUtils.ts ("Incomplete download. Expected file
    # size: %d, actual file size: %d") (checked)
    ("gha-cache-incomplete-download", "transient",
     "Run node scripts/restore-build-cache.mjs\n"
     "Received 134217728 of 402653184 (33.3%), 42.6 MBs/sec\n"
     "Error: Incomplete download. Expected file size: 402653184, actual file size: 134217728\n" + _GHA1),
    # actions/toolkit packages/cache/src/internal/shared/errors.ts UsageError ("Cache storage quota has been
    # hit. Unable to upload any new cache entries.") (checked): persistent until entries are deleted
    ("gha-cache-storage-quota", "real",
     "Run node scripts/save-build-cache.mjs\n"
     "Error: Cache storage quota has been hit. Unable to upload any new cache entries.\n"
     "More info on storage limits: https://docs.github.com/en/billing/managing-billing-for-github-actions/about-billing-for-github-actions#calculating-minute-and-storage-spending\n"
     + _GHA1),
    # ------------------------------------------------------------------ CircleCI restore_cache / save_cache
    # (closed source; wording from https://circleci.com/docs/caching/ and the configuration reference:
    # cache keys use the {{ checksum "file" }} template)
    ("circleci-cache-key-checksum-missing-file", "real",
     "Restoring cache\n"
     "error computing cache key: template: cacheKey:1:14: executing \"cacheKey\" at <checksum \"yarn.lock\">: error calling checksum: open /home/circleci/project/yarn.lock: no such file or directory\n"
     + _CIRCLE1),
    # near-miss: a cache that was not found, then the tests fail
    ("circleci-no-cache-then-test-failure", "real",
     "Restoring cache\n"
     "No cache is found for key: v2-deps-7f6e5d4c\n"
     "Found a cache from build 4412 at v2-deps-\n"
     "pytest -q\n"
     "FAILED tests/test_billing.py::test_invoice_rounding - assert 10.01 == 10.0\n"
     "1 failed, 212 passed in 41.23s\n" + _CIRCLE1),
    # ------------------------------------------------------------------ docker buildx cache
    # moby/buildkit: a registry cache export whose PUT got a 5xx ("failed to export cache",
    # remotes/docker "unexpected status from PUT request to %s: %s")
    ("buildx-cache-export-502", "transient",
     "#18 exporting to image\n"
     "#18 DONE 2.1s\n"
     "#19 exporting cache to registry\n"
     "#19 writing layer sha256:5f4e3d2c1b0a 0.4s\n"
     "#19 ERROR: error writing layer blob: failed to copy: unexpected status from PUT request to https://registry.example.org/v2/acme/widget/blobs/uploads/abc?digest=sha256%3A5f4e: 502 Bad Gateway\n"
     "ERROR: failed to solve: failed to export cache: error writing layer blob: failed to copy: unexpected status from PUT request to https://registry.example.org/v2/acme/widget/blobs/uploads/abc?digest=sha256%3A5f4e: 502 Bad Gateway\n"
     + _GHA1),
    # near-miss: an import that cannot read the cache is a warning; the build's own COPY fails
    ("buildx-cache-import-warning-then-copy-missing", "real",
     "#5 importing cache manifest from registry.example.org/acme/widget:buildcache\n"
     "#5 ERROR: registry.example.org/acme/widget:buildcache: not found\n"
     "#9 [build 4/6] COPY dist/ /srv/app/\n"
     "#9 ERROR: failed to calculate checksum of ref 4f3e2d1c::q9w8e7: \"/dist\": not found\n"
     "ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref 4f3e2d1c::q9w8e7: \"/dist\": not found\n"
     + _GHA1),
    # ------------------------------------------------------------------ more git (second batch)
    # git/git remote-curl.c ("RPC failed; %s") for a 429 from the host (checked)
    ("git-fetch-rpc-429", "transient",
     "$ git fetch --unshallow origin\n"
     "error: RPC failed; HTTP 429 curl 22 The requested URL returned error: 429\n"
     "fatal: expected flush after ref listing\n" + _GHA128),
    # curl's own wordings under git's "unable to access '%s': %s" (git/git remote-curl.c) (checked)
    ("git-unable-to-access-connect-timeout", "transient",
     "Cloning into 'widget'...\n"
     "fatal: unable to access 'https://git.example.org/acme/widget.git/': Failed to connect to git.example.org port 443 after 21034 ms: Couldn't connect to server\n"
     + _GITLAB),
    ("git-rpc-operation-timed-out", "transient",
     "$ git fetch origin '+refs/pull/*:refs/remotes/origin/pr/*'\n"
     "error: RPC failed; curl 28 Operation timed out after 300000 milliseconds with 0 out of 0 bytes received\n"
     "fatal: expected 'packfile'\n" + _CIRCLE128),
    ("git-unable-to-access-resolve", "transient",
     "Cloning into 'widget'...\n"
     "fatal: unable to access 'https://git.example.org/acme/widget.git/': Could not resolve host: git.example.org\n"
     + _GHA128),
    # near-miss: git/git setup.c ("detected dubious ownership in repository at '%s'") (checked): the
    # workspace's owner differs from the job's user on every run
    ("git-dubious-ownership", "real",
     "$ git describe --tags\n"
     "fatal: detected dubious ownership in repository at '/__w/widget/widget'\n"
     "To add an exception for this directory, call:\n"
     "\n"
     "\tgit config --global --add safe.directory /__w/widget/widget\n" + _GHA128),
    # near-miss: git/git builtin/merge.c ("refusing to merge unrelated histories") (checked)
    ("git-unrelated-histories", "real",
     "$ git merge --no-edit origin/main\n"
     "fatal: refusing to merge unrelated histories\n" + _CIRCLE128),
    # near-miss: git's merge conflict while a job merges the base branch
    ("git-merge-conflict", "real",
     "$ git merge --no-edit origin/main\n"
     "Auto-merging src/router.c\n"
     "CONFLICT (content): Merge conflict in src/router.c\n"
     "Automatic merge failed; fix conflicts and then commit the result.\n" + _GITLAB),
    # git/git odb/source-loose.c ("object file %s is empty", "loose object %s (stored in %s) is corrupt")
    # (checked): a workspace or a restored cache holding a broken object -> NEITHER
    # ------------------------------------------------------------------ more ssh
    # openssh-portable clientloop.c ("Connection to %s closed by remote host.", "client_loop: send
    # disconnect: %s")
    ("ssh-connection-closed-by-remote", "transient",
     "$ git clone git@git.example.org:acme/widget.git\n"
     "Cloning into 'widget'...\n"
     "Connection to git.example.org closed by remote host.\n"
     "fatal: the remote end hung up unexpectedly\n" + _CIRCLE128),
    ("ssh-send-disconnect-broken-pipe", "transient",
     "$ git fetch origin\n"
     "client_loop: send disconnect: Broken pipe\n"
     "fatal: the remote end hung up unexpectedly\n"
     "fatal: early EOF\n" + _GHA128),
    # near-miss: a forge's ssh refusal ("ERROR: Repository not found.") relayed by git
    ("ssh-forge-repository-not-found", "real",
     "Cloning into 'infra-secrets'...\n"
     "ERROR: Repository not found.\n"
     "fatal: Could not read from remote repository.\n"
     "\n"
     "Please make sure you have the correct access rights\n"
     "and the repository exists.\n" + _CIRCLE128),
    # near-miss: openssh-portable readconf.c/misc.c ("Bad owner or permissions on %s")
    ("ssh-bad-owner-config", "real",
     "Cloning into 'widget'...\n"
     "Bad owner or permissions on /home/ci/.ssh/config\n"
     "fatal: Could not read from remote repository.\n" + _GITLAB),
    # ------------------------------------------------------------------ more LFS
    # git-lfs/git-lfs lfs/hook.go ("This repository is configured for Git LFS but 'git-lfs' was not found
    # on your path. ...") (checked): the image lacks git-lfs
    ("lfs-hook-git-lfs-not-found", "real",
     "$ git checkout -B main origin/main\n"
     "\n"
     "This repository is configured for Git LFS but 'git-lfs' was not found on your path. If you no longer wish to use Git LFS, remove this hook by deleting the 'post-checkout' file in the hooks directory (set by 'core.hookspath'; usually '.git/hooks').\n"
     "\n" + _CIRCLE1),
    # ------------------------------------------------------------------ more cache toolkit
    # actions/toolkit packages/cache/src/internal/cacheHttpClient.ts ("Cache service responded with %s
    # during upload chunk.", "... during commit cache.") (checked), from a script that fails on it
    ("gha-cache-upload-chunk-503", "transient",
     "Run node scripts/save-build-cache.mjs\n"
     "Cache Size: ~812 MB (851443712 B)\n"
     "Error: Cache service responded with 503 during upload chunk.\n" + _GHA1),
    ("gha-cache-commit-500", "transient",
     "Run node scripts/save-build-cache.mjs\n"
     "Error: Cache service responded with 500 during commit cache.\n" + _GHA1),
    # actions/toolkit packages/cache/src/cache.ts ("Cache size of ~%d MB (%d B) is over the 10GB limit,
    # not saving cache.") (checked)
    ("gha-cache-over-10gb", "real",
     "Run node scripts/save-build-cache.mjs\n"
     "Error: Cache size of ~11264 MB (11811160064 B) is over the 10GB limit, not saving cache.\n" + _GHA1),
    # actions/toolkit packages/cache/src/internal/shared/cacheTwirpClient.ts ("Rate limited: %s") (checked)
    ("gha-cache-twirp-rate-limited", "transient",
     "Run node scripts/restore-build-cache.mjs\n"
     "Error: Failed to GetCacheEntryDownloadURL: Rate limited: Too many requests for this repository\n" + _GHA1),
    # ------------------------------------------------------------------ sccache remote back end
    # mozilla/sccache src/cache/cache.rs ("cache storage failed to read: {err:?}") with opendal's
    # temporary error for a 503 (the format string as the catalogue's sccache-storage-denied entry cites it)
    ("sccache-storage-read-503", "transient",
     "$ sccache --start-server\n"
     "sccache: Starting the server...\n"
     "sccache: error: Server startup failed: cache storage failed to read: Unexpected (temporary) at read => S3Error { code: \"SlowDown\", message: \"Please reduce your request rate.\" }, status: 503\n"
     + _GHA1),
    # ------------------------------------------------------------------ code that mentions git or caches
    # a test of the code whose title and message name git's transport words
    ("own-test-names-early-eof", "real",
     "=================================== FAILURES ===================================\n"
     "____________________ test_retry_on_early_eof_marks_transient ____________________\n"
     "    def test_retry_on_early_eof_marks_transient():\n"
     ">       assert classify('fatal: early EOF') == 'transient'\n"
     "E       AssertionError: assert 'unknown' == 'transient'\n"
     "FAILED tests/test_gitclass.py::test_retry_on_early_eof_marks_transient - AssertionError: assert 'unknown' == 'transient'\n"
     "1 failed, 57 passed in 2.11s\n" + _GHA1),
    ("own-test-expects-hung-up", "real",
     "  1) GitMirror\n"
     "       reports a dropped remote:\n"
     "     AssertionError: expected 'fatal: the remote end hung up unexpectedly' to include 'mirror unreachable'\n"
     "      at Context.<anonymous> (test/mirror.spec.js:48:31)\n"
     "  41 passing (2s)\n"
     "  1 failing\n" + _CIRCLE1),
    ("own-test-lfs-pointer-parse", "real",
     "--- FAIL: TestParsePointer/bad_oid (0.00s)\n"
     "    pointer_test.go:77: Smudge error: want ErrNotAPointer, got <nil>\n"
     "FAIL\n"
     "FAIL\tgit.example.org/acme/lfsproxy/pointer\t0.041s\n" + _GHA1),
    # near-miss for the download-cut-short entry: a test of a cache client comparing the toolkit's words
    ("own-test-incomplete-download-message", "real",
     "FAIL test/restore.test.ts\n"
     "  ● restore › rejects a short archive\n"
     "    expect(received).rejects.toThrow(expected)\n"
     "    Expected substring: \"Incomplete download. Expected file size: 2048, actual file size: 1024\"\n"
     "    Received message:   \"Unexpected end of archive\"\n"
     "Tests:       1 failed, 12 passed, 13 total\n" + _GHA1),
    # near-miss for the noise line: a restore warning, then the step's own network failure still reads
    ("gha-cache-restore-warning-then-npm-reset", "transient",
     "Run actions/cache@v4\n"
     "##[warning]Failed to restore: Cache service responded with 400\n"
     "Run npm ci\n"
     "npm ERR! code ECONNRESET\n"
     "npm ERR! network aborted\n"
     "npm ERR! network This is a problem related to network connectivity.\n" + _GHA1),
    ("own-test-cache-service-503-message", "real",
     "FAIL src/cache-client.test.ts\n"
     "  ● CacheClient › surfaces service errors\n"
     "    expect(received).toThrow(expected)\n"
     "    Expected substring: \"Cache service responded with 503\"\n"
     "    Received message:   \"Cache service responded with 500\"\n"
     "Tests:       1 failed, 30 passed, 31 total\n" + _GHA1),
]

# Outage-looking or ambiguous words that may as well be persistent: no rerun proposed with confidence.
NEITHER: list[tuple[str, str]] = [
    # actions/cache src/restoreImpl.ts ("Failed to restore cache entry. Exiting as fail-on-cache-miss is
    # set. Input key: %s"): the job that saves it did not run, or the entry was evicted
    ("gha-cache-fail-on-cache-miss",
     "Run actions/cache/restore@v4\n"
     "Cache not found for input keys: apt-Linux-v4\n"
     "##[error]Failed to restore cache entry. Exiting as fail-on-cache-miss is set. Input key: apt-Linux-v4\n"),
    # git/git builtin/clone.c ("Clone succeeded, but checkout failed.") with git-lfs's filter failing and
    # no cause printed (checked)
    ("git-clone-checkout-failed-filter",
     "Cloning into 'widget'...\n"
     "error: external filter 'git-lfs filter-process' failed\n"
     "fatal: data/weights.bin: smudge filter lfs failed\n"
     "warning: Clone succeeded, but checkout failed.\n"
     "You can inspect what was checked out with 'git status'\n"
     "and retry with 'git restore --source=HEAD :/'\n" + _CIRCLE128),
    # actions/toolkit packages/cache/src/internal/tar.ts ("%s failed with error: %s") (checked): tar's
    # failure may be a truncated archive or a path the job cannot write
    ("gha-cache-tar-failed",
     "Run node scripts/restore-build-cache.mjs\n"
     "/usr/bin/tar -xf /home/runner/work/_temp/4c3b/cache.tzst -P -C /home/runner/work/widget/widget --use-compress-program unzstd\n"
     "Error: /usr/bin/tar failed with error: The process '/usr/bin/tar' failed with exit code 2\n" + _GHA1),
    # git/git odb/source-loose.c ("object file %s is empty", "loose object %s (stored in %s) is corrupt")
    # (checked): a reused workspace or a restored cache holding a broken object; the next run on the
    # same workspace or cache meets it again
    ("git-loose-object-corrupt",
     "Restoring cache\n"
     "Found a cache from build 9031 at source-v1-main\n"
     "Checking out code\n"
     "error: object file .git/objects/4e/1f2a3b4c5d6e7f8091a2b3c4d5e6f7a8b9c0d1 is empty\n"
     "fatal: loose object 4e1f2a3b4c5d6e7f8091a2b3c4d5e6f7a8b9c0d1 (stored in .git/objects/4e/1f2a3b4c5d6e7f8091a2b3c4d5e6f7a8b9c0d1) is corrupt\n"
     + _CIRCLE128),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_vcs_checkout_cache_message(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NEITHER))
def test_vcs_checkout_cache_not_surely_transient(log):
    not_surely_transient(log)


def test_ids_are_unique():
    assert_unique_ids(CASES, NEITHER)
