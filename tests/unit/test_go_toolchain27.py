"""Twenty-seventh round, coll27 (3): the go command's switch to the toolchain go.mod asks for.

Since Go 1.21 the go command downloads the toolchain go.mod (or GOTOOLCHAIN) asks for ("go: downloading go1.22.3
(linux/amd64)") and says why it could not ("go: download go1.22.3: <reason>"). A network reason read transient and
"toolchain not available" real; the other deterministic reasons read unknown or as an unexplained error. One reading of
the switch now, its reason deciding: ``go-toolchain-not-available`` reads GOSUMDB=off (or unset, malformed: the toolchain's
zip must be verified against the checksum database), GOPROXY=off, GOTOOLCHAIN=local refusing the Go a dependency or
go.work requires, the +path mode finding no such go, an invalid GOTOOLCHAIN or toolchain line, as real (config). A
network reason stays transient; a checksum mismatch's SECURITY ERROR stays real (integrity-check).

Where the wording comes from: Go's cmd/go messages (internal/toolchain/select.go, internal/modfetch, x/mod's modfile)
are recalled, not read here. Modules, paths and hashes are made up.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, reads_as

GO_SWITCH = "go-toolchain-not-available"

_RUN = "Run go build ./...\n"
_DL = "go: downloading go1.22.3 (linux/amd64)\n"
_ZIP = "golang.org/toolchain@v0.0.1-go1.22.3.linux-amd64.zip"
_GO_EXIT = "Error: Process completed with exit code 1.\n"

SWITCH_CASES = [
    ("gosumdb-off", "real",
     _RUN + _DL + f"go: download go1.22.3: {_ZIP}: verifying module: checksum database disabled by GOSUMDB=off\n"
     + _GO_EXIT),
    ("gosumdb-missing", "real",
     _RUN + _DL + f"go: download go1.22.3: {_ZIP}: verifying module: missing GOSUMDB\n" + _GO_EXIT),
    ("goproxy-off", "real",
     _RUN + _DL + f"go: download go1.22.3: {_ZIP}: module lookup disabled by GOPROXY=off\n" + _GO_EXIT),
    ("gotoolchain-local-dependency", "real",
     "Run go mod download\n"
     "go: example.com/sprockets@v1.4.0 requires go >= 1.22.3 (running go 1.21.6; GOTOOLCHAIN=local)\n" + _GO_EXIT),
    ("gotoolchain-local-go-work", "real",
     _RUN + "go: go.work requires go >= 1.22.3 (running go 1.21.6; GOTOOLCHAIN=local)\n" + _GO_EXIT),
    ("gotoolchain-path-mode", "real", _RUN + 'go: cannot find "go1.22.3" in PATH\n' + _GO_EXIT),
    ("invalid-gotoolchain", "real",
     _RUN + 'go: invalid GOTOOLCHAIN "go1.22.3+latest": only version suffixes are +auto and +path\n' + _GO_EXIT),
    ("invalid-toolchain-line", "real",
     _RUN + "go: errors parsing go.mod:\n"
     "/home/runner/work/gizmo/gizmo/go.mod:5: invalid toolchain version '1.22.3': must match format go1.23.0 or "
     "default\n" + _GO_EXIT),
]

SWITCH_STAYS = [
    # what read so before: the release not published, a language version for a toolchain; network reasons transient
    ("not-available", "real",
     _RUN + _DL + "go: download go1.22.3 for linux/amd64: toolchain not available\n" + _GO_EXIT),
    ("language-version", "real",
     _RUN + "go: invalid toolchain: go1.22 is a language version but not a toolchain version (go1.22.x)\n" + _GO_EXIT),
    ("proxy-timeout", "transient",
     _RUN + _DL + f'go: download go1.22.3: {_ZIP}: Get "https://proxy.golang.org/golang.org/toolchain/@v/v0.0.1-go1.'
     '22.3.linux-amd64.zip": dial tcp: lookup proxy.golang.org on 127.0.0.53:53: read udp 127.0.0.1:51000->127.0.0.53:'
     '53: i/o timeout\n' + _GO_EXIT),
    ("proxy-502", "transient",
     _RUN + _DL + f"go: download go1.22.3: {_ZIP}: reading https://proxy.golang.org/golang.org/toolchain/@v/v0.0.1-go1."
     "22.3.linux-amd64.zip: 502 Bad Gateway\n" + _GO_EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(SWITCH_CASES), ids=[c[0] for c in SWITCH_CASES])
def test_a_deterministic_reason_of_the_switch_reads_real(verdict: str, log: str) -> None:
    v = reads_as(log, verdict, GO_SWITCH)
    assert v.category == "config"


@pytest.mark.parametrize(("verdict", "log"), labelled(SWITCH_STAYS), ids=[c[0] for c in SWITCH_STAYS])
def test_the_switchs_other_reasons_read_as_before(verdict: str, log: str) -> None:
    assert judge(log).verdict == verdict


def test_a_checksum_mismatch_of_the_toolchain_stays_real() -> None:
    log = (_RUN + _DL + f"go: download go1.22.3: {_ZIP}: verifying {_ZIP}: checksum mismatch\n"
           "\tdownloaded: h1:3Fq0Tb7pZQK0m1wWzIjP9k8qVb0C4XcG8Zp2mX0tq1A=\n"
           "\tsum.golang.org: h1:9yN2kUQ1o7b8GzC3VtYx5cQk0Pp2aL6mT4eR8sWdJ0E=\n\n"
           "SECURITY ERROR\nThis download does NOT match the one reported by the checksum server.\n"
           "The bits may have been replaced on the origin server, or an attacker may\n"
           "have intercepted the download attempt.\n\nFor more information, see 'go help module-auth'.\n" + _GO_EXIT)
    reads_as(log, "real", "integrity-check")


def test_case_ids_are_unique() -> None:
    assert_unique_ids(SWITCH_CASES, SWITCH_STAYS)


# the words of the entry's new patterns, for benchmarks/pattern_speed.py's lines of 50,000 characters
LONG_LINE_WORDS = [
    "go: download go1.22.3: golang.org/toolchain@v0.0.1: verifying module: ",
    "golang.org/toolchain@v0.0.1-go1.22.3.linux-amd64.zip: verifying module: ",
    "go: example.com/m@v1 requires go >= 1.22 (running go ",
    'go: cannot find "go',
    "invalid toolchain version '",
]
