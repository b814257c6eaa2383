"""Generic 17: the lead's fixes found while merging the seventeenth round's branches, each with the log that
showed the fault and near-misses (made-up logs, none copied from a project's CI)."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, reads

GHA = "##[error]Process completed with exit code 1.\n"

CASES: list[tuple[str, str, str]] = [
    # (merge of nix_guix and fp_jvm_langs) a "name> " line prefix is a Nix builder's only in a Nix build's log:
    # Paket's "-> " cause lines carry a lookup failure of the feed, an outage
    ("paket-cause-line-name-lookup", "transient",
     "Paket version 8.0.3\nResolving dependency graph...\nPaket failed with\n"
     "-> Unable to retrieve package versions for 'Acme.Core'\n"
     "-> HttpRequestException: Name or service not known (feed.example.org:443)\n" + GHA),
    # a monorepo runner prefixing each package's output with "pkg> ": the registry's name did not resolve
    ("prefixed-package-output-enotfound", "transient",
     "web> npm install\nweb> npm ERR! code ENOTFOUND\n"
     "web> npm ERR! network request to https://registry.example.org/left-pad failed, reason: getaddrinfo ENOTFOUND "
     "registry.example.org\n" + GHA),
    # near-miss: a Nix build whose own builder (not a fetcher) asked for the network in the sandbox: real
    ("nix-builder-lookup-still-real", "real",
     "$ nix build .#app -L\napp> Running phase: buildPhase\n"
     "app> npm ERR! request to https://registry.example.org/left-pad failed, reason: getaddrinfo EAI_AGAIN "
     "registry.example.org\n"
     "error: builder for '/nix/store/abc123-app-1.0.drv' failed with exit code 1\n" + GHA),
]


def test_ids_are_unique():
    assert_unique_ids(CASES)


@pytest.mark.parametrize(("verdict", "log"), [pytest.param(v, t, id=i) for i, v, t in CASES])
def test_reads(verdict, log):
    reads(log, verdict)

