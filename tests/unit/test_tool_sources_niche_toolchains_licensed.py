"""Fifteenth round, tool sources: language toolchains no earlier round read (Julia's Pkg and Test beyond the
cases already held, Zig's build runner and package fetch, Nim's nimble, Crystal's shards, D's dub, Ada's
Alire and gprbuild, Free Pascal and lazbuild, GnuCOBOL, Gleam, V, Odin) and licensed engineering tools run in
CI (MATLAB and its test runner, the FlexNet/FLEXlm licence manager behind MATLAB, Intel's classic compilers,
Synopsys-style EDA tools, Xilinx Vivado and Intel Quartus).

Each case is a short log written for the test around one message as the tool prints it. For the open tools
the wording was read from their source (the comment above each case names the repository and file holding
the format string). MATLAB, FlexNet, Vivado, Quartus and Intel's classic compilers are closed: their
wordings rest on the vendors' documentation (MathWorks' License Manager Error pages, mathworks.com/support/
lme; Revenera's FlexNet Publisher error-code list; Xilinx UG973 and its Common 17-345 answer record;
Intel's Quartus message reference) and are marked "(doc)". Hosts, packages and paths are made up; no
project's CI log is copied.

The rules the cases hold:
  * a resolver that finds no solution (Pkg's "Unsatisfiable requirements", nimble, shards, dub, Alire,
    Gleam), a version, tag or package that does not exist, a hash the manifest pins that the download does
    not have, a compiler error (missing unit, undeclared name), a failing test -> real;
  * a registry or package host answering 5xx, a clone or fetch cut by the network -> transient;
  * a licence server that cannot be reached (FlexNet -15, -96 name lookup, -97 vendor daemon down) ->
    transient: the server or the network is down at that moment, the licence itself is fine;
  * all seats of a floating licence taken (FlexNet -4, MATLAB's "Maximum number of users ... reached. Try
    again later.") -> transient: a floating seat is held by another job or engineer for the length of a
    session and comes back when that ends; the tool itself says "try again later";
  * a feature the licence does not hold (FlexNet -5, Quartus's device not in the licence), a host id that
    does not match (-9) -> real: the licence or the runner's identity, the same on every run;
  * wordings printed both for an outage and for a lasting cause (Vivado's Common 17-345 "A valid license
    was not found", whose advice covers both a missing feature and a server that is down; Alire's solver
    timing out; shards's "Failed git ls-remote"; LabVIEW CLI's lost connection) -> not surely transient;
  * near-misses: tests named for licences or timeouts whose assertions fail, and packages named for them.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GITLAB = "ERROR: Job failed: exit code 1\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ Julia: Pkg resolver and registry
    # JuliaLang/Pkg.jl src/Resolve/graphtype.jl ("Unsatisfiable requirements detected for package $(...):")
    ("julia-pkg-unsatisfiable-requirements", "real",
     "   Resolving package versions...\n"
     "ERROR: LoadError: Unsatisfiable requirements detected for package Widgets [8a1b2c3d]:\n"
     " Widgets [8a1b2c3d] log:\n"
     " ├─possible versions are: 0.4.0-0.6.2 or uninstalled\n"
     " ├─restricted to versions 0.7 by Plotter [1f2e3d4c] — no versions left\n"
     " └─Plotter [1f2e3d4c] log:\n"
     "   └─possible versions are: 1.3.0 or uninstalled\n"
     + _EXIT),
    # the same with a package whose NAME speaks of licences and timeouts
    ("julia-pkg-unsatisfiable-package-named-timeout", "real",
     "   Resolving package versions...\n"
     "ERROR: Unsatisfiable requirements detected for package LicenseServerTimeouts [3c4d5e6f]:\n"
     " LicenseServerTimeouts [3c4d5e6f] log:\n"
     " ├─possible versions are: 0.1.0-0.2.3 or uninstalled\n"
     " └─restricted by julia compatibility requirements to versions: uninstalled — no versions left\n"
     + _CIRCLE),
    # JuliaLang/Pkg.jl src/GitTools.jl ("failed to clone from $(url): ($(err.msg))") with LibGit2's HTTP status
    ("julia-registry-clone-general-502", "transient",
     "  Installing known registries into `~/.julia`\n"
     "     Cloning registry from \"https://github.com/JuliaRegistries/General.git\"\n"
     "ERROR: failed to clone from https://github.com/JuliaRegistries/General.git: (unexpected http status code: 502)\n"
     + _EXIT),
    ("julia-registry-clone-general-reset", "transient",
     "     Cloning registry from \"https://github.com/JuliaRegistries/General.git\"\n"
     "ERROR: failed to clone from https://github.com/JuliaRegistries/General.git: (SSL error: Connection reset by peer)\n"
     + _GITLAB),
    # a private registry the job's token cannot read: LibGit2's 401/auth wording
    ("julia-registry-clone-private-auth", "real",
     "     Cloning registry from \"https://git.example.org/acme/AcmeRegistry.git\"\n"
     "ERROR: failed to clone from https://git.example.org/acme/AcmeRegistry.git: (remote authentication required but no callback set)\n"
     + _EXIT),
    # JuliaLang/Pkg.jl src/Registry/Registry.jl ("could not download $url \nException: $(sprint(showerror, err))")
    # with Downloads.jl's RequestError for an HTTP status
    ("julia-registry-tarball-could-not-download-503", "transient",
     "  Installing known registries into `~/.julia`\n"
     "ERROR: could not download https://pkg.julialang.org/registry/23338594-aafe-5451-b93e-139f81909106/4d5e6f70a1b2 \n"
     "Exception: RequestError: HTTP/2 503 (Service Unavailable) while requesting https://pkg.julialang.org/registry/23338594-aafe-5451-b93e-139f81909106/4d5e6f70a1b2\n"
     + _EXIT),
    # JuliaLang/Pkg.jl src/Types.jl ("The following package names could not be resolved:")
    ("julia-pkg-names-not-resolved", "real",
     "ERROR: The following package names could not be resolved:\n"
     " * Widgts (not found in project, manifest or registry)\n"
     "   Suggestions: Widgets\n"
     + _EXIT),
    # JuliaLang/Pkg.jl src/Operations.jl ("expected package $(err_rep(pkg)) to be registered")
    ("julia-pkg-expected-registered", "real",
     "   Resolving package versions...\n"
     "ERROR: expected package `AcmeInternal [5e6f7a8b]` to be registered\n"
     + _CIRCLE),
    # JuliaLang/julia stdlib/Test/src/Test.jl ("Test Failed at", "Some tests did not pass: %d passed, %d failed,
    # %d errored, %d broken."), Pkg's "Package %s errored during testing"
    ("julia-test-failed-summary", "real",
     "     Testing Running tests...\n"
     "Test Failed at /home/runner/work/Widgets.jl/Widgets.jl/test/runtests.jl:41\n"
     "  Expression: area(Square(2)) == 5\n"
     "   Evaluated: 4 == 5\n"
     "Test Summary: | Pass  Fail  Total  Time\n"
     "Widgets       |   22     1     23  1.9s\n"
     "ERROR: LoadError: Some tests did not pass: 22 passed, 1 failed, 0 errored, 0 broken.\n"
     "ERROR: Package Widgets errored during testing\n"
     + _EXIT),
    # near-miss: a test about a licence server's timeout, whose assertion fails
    ("julia-test-named-license-timeout", "real",
     "Test Failed at /home/runner/work/Seats.jl/Seats.jl/test/license_server.jl:58\n"
     "  Expression: checkout(pool; timeout = 2) == :timeout\n"
     "   Evaluated: :denied == :timeout\n"
     "Test Summary:          | Pass  Fail  Total  Time\n"
     "license server timeout |    6     1      7  0.4s\n"
     "ERROR: LoadError: Some tests did not pass: 6 passed, 1 failed, 0 errored, 0 broken.\n"
     + _EXIT),

    # ------------------------------------------------------------------ Zig
    # ziglang/zig src/Package/Fetch.zig ("invalid HTTP response: {s}", "HTTP request failed: {s}",
    # "unable to connect to server: {s}") with the std.http error names
    ("zig-fetch-invalid-http-response-closing", "transient",
     "+ zig build -Doptimize=ReleaseSafe\n"
     "/home/runner/work/acme/acme/build.zig.zon:12:20: error: invalid HTTP response: HttpConnectionClosing\n"
     "            .url = \"https://codeload.example.org/acme/zlog/tar.gz/v0.4.1\",\n"
     "                   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
     + _EXIT),
    ("zig-fetch-http-request-failed-reset", "transient",
     "/src/build.zig.zon:9:20: error: HTTP request failed: ConnectionResetByPeer\n"
     "            .url = \"https://files.example.org/zig-pkgs/zargs-1.2.0.tar.gz\",\n"
     + _CIRCLE),
    ("zig-fetch-bad-http-429", "transient",
     "/src/build.zig.zon:15:20: error: bad HTTP response code: '429 Too Many Requests'\n"
     "            .url = \"https://codeload.example.org/acme/zjson/tar.gz/0a1b2c3\",\n"
     + _EXIT),
    # ziglang/zig src/Package/Fetch.zig ("hash mismatch: manifest declares {s} but the fetched package has {s}")
    ("zig-fetch-hash-mismatch", "real",
     "/src/build.zig.zon:11:21: error: hash mismatch: manifest declares 1220a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9 but the fetched package has 1220ffeeddccbbaa99887766554433221100ffeeddccbbaa9988776655443322\n"
     "            .hash = \"1220a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9\",\n"
     + _EXIT),
    # ziglang/zig lib/compiler/build_runner.zig ("no step named '{s}'") and src/main.zig ("no build.zig file found")
    ("zig-build-no-step-named", "real",
     "+ zig build bench\n"
     "error: no step named 'bench'\n"
     "  access the help menu with 'zig build -h'\n"
     + _EXIT),
    ("zig-build-file-not-found", "real",
     "+ zig build test\n"
     "error: no build.zig file found, in the current directory or any parent directories\n"
     + _GITLAB),

    # ------------------------------------------------------------------ Nim: nimble
    # nim-lang/nimble src/nimblepkg/packageinfo.nim ("Could not download: " & msg; "Server returned status: ")
    ("nimble-refresh-could-not-download-503", "transient",
     "+ nimble refresh\n"
     "Downloading Official package list\n"
     "    Warning: Could not download: Server returned status: 503 Service Unavailable\n"
     "       Error: Refresh failed\n"
     "        ... Could not download: Server returned status: 503 Service Unavailable\n"
     + _EXIT),
    # nim-lang/nimble src/nimblepkg/nimresolution.nim ("Couldnt find a solution for the packages. Unsatisfiable
    # dependencies.")
    ("nimble-unsatisfiable-dependencies", "real",
     "+ nimble install -d -y\n"
     "  Verifying dependencies for acme@0.3.0\n"
     "       Error: Couldnt find a solution for the packages. Unsatisfiable dependencies. Check there is no contradictory dependencies.\n"
     + _EXIT),
    # nim-lang/nimble src/nimblepkg/download.nim ("Unable to query remote tags for " & url & " . Git returned: ")
    ("nimble-query-tags-git-502", "transient",
     "+ nimble install -y\n"
     "       Error: Unable to query remote tags for https://github.com/acme/nimjson . Git returned: fatal: unable to access 'https://github.com/acme/nimjson/': The requested URL returned error: 502\n"
     + _EXIT),
    ("nimble-query-tags-repo-not-found", "real",
     "+ nimble install -y\n"
     "       Error: Unable to query remote tags for https://github.com/acme/nimjsonn . Git returned: remote: Repository not found.\n"
     "fatal: repository 'https://github.com/acme/nimjsonn/' not found\n"
     + _EXIT),
    # nim-lang/Nim compiler/msgs.nim ("file(line, col) Error: ...") with a module named for timeouts
    ("nim-cannot-open-file-named-timeout", "real",
     "+ nim c -r tests/tall.nim\n"
     "/home/runner/work/acme/acme/src/acme.nim(4, 8) Error: cannot open file: net_timeouts\n"
     + _EXIT),

    # ------------------------------------------------------------------ Crystal: shards
    # crystal-lang/shards src/commands/command.cr ("Failed to resolve dependencies"), lib/molinillo errors.cr
    # ("Unable to satisfy the following requirements:")
    ("shards-unable-to-satisfy", "real",
     "+ shards install\n"
     "Resolving dependencies\n"
     "Fetching https://github.com/acme/kemalish.git\n"
     "Unable to satisfy the following requirements:\n"
     "\n"
     "- `kemalish (~> 2.0)` required by `shard.yml`\n"
     "Failed to resolve dependencies\n"
     + _EXIT),
    # crystal-lang/shards src/resolvers/git.cr (git_retry: "Failed to clone #{git_url}: #{inner_err}", run:
    # "Failed #{command}.\n#{str}") with git's own line under it
    ("shards-failed-to-clone-dns", "transient",
     "+ shards install\n"
     "Resolving dependencies\n"
     "E: Failed to clone https://github.com/acme/kemalish.git: Failed git clone --mirror --quiet -- 'https://github.com/acme/kemalish.git' '/home/runner/.cache/shards/github.com/acme/kemalish.git'.\n"
     "fatal: unable to access 'https://github.com/acme/kemalish.git/': Could not resolve host: github.com\n"
     + _EXIT),
    # crystal-lang/shards src/resolvers/git.cr ("Could not find #{ref.full_info} for shard ... in the repository")
    ("shards-could-not-find-tag", "real",
     "Resolving dependencies\n"
     "E: Could not find tag v9.9.9 for shard \"kemalish\" in the repository https://github.com/acme/kemalish.git\n"
     + _EXIT),
    # crystal-lang/shards src/resolvers/git.cr ("Failed #{command} (#{message}). Maybe a commit, branch or file
    # doesn't exist?"): printed for a missing ref and for a remote that did not answer alike
    ("shards-failed-git-ls-remote", "not_surely_transient",
     "Resolving dependencies\n"
     "E: Failed git ls-remote --get-url origin (unable to read the remote). Maybe a commit, branch or file doesn't exist?\n"
     + _EXIT),

    # ------------------------------------------------------------------ D: dub
    # dlang/dub source/dub/packagesuppliers/registry.d ("Failed to download package %s from %s") after
    # retryDownload's retries of a non-404 status (source/dub/internal/utils.d)
    ("dub-failed-to-download-package", "transient",
     "+ dub build --compiler=ldc2\n"
     "    Fetching vibe-inet 1.0.0 (getting selected version)\n"
     "Error Failed to download package vibe-inet from https://code.dlang.org/packages/vibe-inet/1.0.0.zip\n"
     + _EXIT),
    # dlang/dub source/dub/dependencyresolver.d ("Unresolvable dependencies to package %s:")
    ("dub-unresolvable-dependencies", "real",
     "+ dub test\n"
     "Error Unresolvable dependencies to package acme-core:\n"
     "  acme-http 0.4.0 depends on acme-core ~>2.0.0\n"
     "  acme-app ~master depends on acme-core ~>1.3.0\n"
     + _EXIT),
    # dlang/dub source/dub/dub.d ("No package %s was found matching the dependency %s")
    ("dub-no-package-matching", "real",
     "+ dub upgrade\n"
     "Error No package acme-cor was found matching the dependency >=1.0.0 <2.0.0-0\n"
     + _CIRCLE),

    # ------------------------------------------------------------------ Ada: Alire, gprbuild
    # alire-project/alire src/alire/alire-install.adb ("Could not find a complete solution for ", "Timed out
    # before finding a complete solution for ")
    ("alire-no-complete-solution", "real",
     "+ alr install --prefix=/opt/acme acme_tools\n"
     "error: Could not find a complete solution for acme_tools=1.4.0\n"
     "error: Best incomplete solution is:\n"
     "error:    acme_tools=1.4.0 (origin: git)\n"
     "error:    gnat (missing:gnat_native^13)\n"
     "ERROR: Installation cannot continue.\n"
     + _EXIT),
    ("alire-solver-timed-out", "not_surely_transient",
     "+ alr install acme_tools\n"
     "error: Timed out before finding a complete solution for acme_tools\n"
     "ERROR: Installation cannot continue.\n"
     + _EXIT),
    # AdaCore/gprbuild (the compilation phase summary) with GNAT's "file:line:col: error:" diagnostic
    ("gprbuild-compile-error", "real",
     "+ alr build\n"
     "Compile\n"
     "   [Ada]          acme-queues.adb\n"
     "acme-queues.adb:42:07: error: \"Drain\" is undefined\n"
     "gprbuild: *** compilation phase failed\n"
     "error: Command [\"gprbuild\", \"-s\", \"-j0\", \"-p\", \"-P\", \"/src/acme.gpr\"] exited with code: 4\n"
     + _EXIT),

    # ------------------------------------------------------------------ Free Pascal, Lazarus
    # fpc compiler/msg/errore.msg ("Fatal: Can't find unit $1 used by $2", "Fatal: Compilation aborted")
    ("fpc-cannot-find-unit", "real",
     "+ fpc -Fu./src -FE./bin src/acme.lpr\n"
     "Free Pascal Compiler version 3.2.2 [2021/05/16] for x86_64\n"
     "Compiling src/acme.lpr\n"
     "acme.lpr(12,3) Fatal: Can't find unit AcmeNet used by Acme\n"
     "Fatal: Compilation aborted\n"
     "Error: /usr/bin/ppcx64 returned an error exitcode\n"
     + _EXIT),
    # near-miss: a unit named for timeouts
    ("fpc-cannot-find-unit-named-timeout", "real",
     "Compiling src/client.pas\n"
     "client.pas(8,14) Fatal: Can't find unit NetTimeouts used by Client\n"
     "Fatal: Compilation aborted\n"
     + _EXIT),
    ("fpc-identifier-not-found", "real",
     "Compiling src/acme.pas\n"
     "acme.pas(57,10) Error: Identifier not found \"DrainQueue\"\n"
     "acme.pas(80) Fatal: There were 1 errors compiling module, stopping\n"
     "Fatal: Compilation aborted\n"
     + _EXIT),
    # lazarus-ide lazbuild ("Failed compiling of project %s")
    ("lazbuild-failed-compiling", "real",
     "+ lazbuild --build-mode=Release acme.lpi\n"
     "unit1.pas(33,5) Error: Wrong number of parameters specified for call to \"Load\"\n"
     "unit1.pas(90) Fatal: There were 1 errors compiling module, stopping\n"
     "Error: (lazbuild) Failed compiling of project /src/acme.lpi\n"
     + _EXIT),

    # ------------------------------------------------------------------ GnuCOBOL, Gleam, V, Odin
    # GnuCOBOL cobc/tree.c, typeck.c ("'%s' is not defined"), cobc's "file:line: error:" prefix
    ("cobc-not-defined", "real",
     "+ cobc -x -o bin/payroll src/payroll.cob\n"
     "src/payroll.cob:27: error: 'WS-TOTAL-PAY' is not defined\n"
     "src/payroll.cob:31: error: 'WS-TOTAL-PAY' is not defined\n"
     + _EXIT),
    # gleam-lang/gleam compiler-core/src/error.rs ("Failed to download package", "A problem was encountered
    # when downloading ..."), with the HTTP client's error
    ("gleam-failed-to-download-package-reset", "transient",
     "+ gleam deps download\n"
     "  Downloading packages\n"
     "error: Failed to download package\n"
     "\n"
     "A problem was encountered when downloading `gleam_json` 1.0.1.\n"
     "The error from the package manager client was:\n"
     "\n"
     "    error sending request for url (https://repo.hex.pm/tarballs/gleam_json-1.0.1.tar): connection closed before message completed\n"
     + _EXIT),
    # gleam-lang/gleam compiler-core/src/error.rs ("Dependency resolution failed")
    ("gleam-dependency-resolution-failed", "real",
     "+ gleam build\n"
     "  Resolving versions\n"
     "error: Dependency resolution failed\n"
     "\n"
     "Because acme depends on gleam_http >= 9.0.0 and no versions of gleam_http match >= 9.0.0, acme is forbidden.\n"
     + _EXIT),
    # gleam-lang/gleam compiler-core/src/error.rs ("Unknown variable") with its code frame
    ("gleam-unknown-variable", "real",
     "  Compiling acme\n"
     "error: Unknown variable\n"
     "   ┌─ /src/src/acme.gleam:12:3\n"
     "   │\n"
     "12 │   drain(queue)\n"
     "   │   ^^^^^ Did you mean `drop`?\n"
     "\n"
     "The name `drain` is not in scope here.\n"
     + _EXIT),
    # vlang/v vlib/v/checker ("undefined ident: `%s`") with its "file:line:col: error:" prefix
    ("v-undefined-ident", "real",
     "+ v -prod .\n"
     "src/main.v:14:9: error: undefined ident: `cfg`\n"
     "   12 | fn main() {\n"
     "   13 |     mut q := new_queue()\n"
     + _EXIT),
    # odin-lang/Odin src/checker.cpp ("Undeclared name: %.*s") with its "file(line:col) Error:" prefix
    ("odin-undeclared-name", "real",
     "+ odin build . -out:bin/acme\n"
     "/src/acme/main.odin(21:5) Error: Undeclared name: drain_queue\n"
     "\tdrain_queue(&q)\n"
     "\t^~~~~~~~~~^\n"
     + _EXIT),

    # ------------------------------------------------------------------ MATLAB (doc: mathworks.com/support/lme)
    ("matlab-lme-15-server-unreachable", "transient",
     "Run MATLAB Command\n"
     "License checkout failed.\n"
     "License Manager Error -15\n"
     "Unable to connect to the license server. \n"
     "Check that the network license manager has been started, and that the client machine can communicate with the license server.\n"
     "Troubleshoot this issue by visiting: \n"
     "https://www.mathworks.com/support/lme/R2024a/15\n"
     "Diagnostic Information:\n"
     "Feature: MATLAB \n"
     "License path: 27000@flex.example.org\n"
     "Licensing error: -15,570.  System Error: 115\n"
     + _EXIT),
    ("matlab-lme-4-max-users", "transient",
     "License checkout failed.\n"
     "License Manager Error -4\n"
     "Maximum number of users for Simulink reached.\n"
     "Try again later.\n"
     "To see a list of current users use the lmstat utility or contact your License Administrator.\n"
     "Troubleshoot this issue by visiting: \n"
     "https://www.mathworks.com/support/lme/R2024a/4\n"
     "Diagnostic Information:\n"
     "Feature: SIMULINK \n"
     "License path: 27000@flex.example.org\n"
     "Licensing error: -4,132.\n"
     + _GITLAB),
    ("matlab-lme-9-hostid-mismatch", "real",
     "License checkout failed.\n"
     "License Manager Error -9\n"
     "The hostid of your computer (\"0242ac110004\") does not match the hostid in the license file (\"a0b1c2d3e4f5\").\n"
     "To run on this computer, you must run the Activation client to reactivate your license.\n"
     "Troubleshoot this issue by visiting: \n"
     "https://www.mathworks.com/support/lme/R2024a/9\n"
     "Diagnostic Information:\n"
     "Feature: MATLAB \n"
     "License path: /home/runner/.matlab/R2024a_licenses/license.lic\n"
     "Licensing error: -9,57.\n"
     + _EXIT),
    ("matlab-lme-5-feature-not-found", "real",
     "License checkout failed.\n"
     "License Manager Error -5\n"
     "There are no licenses available for this product.\n"
     "Diagnostic Information:\n"
     "Feature: Signal_Toolbox \n"
     "License path: 27000@flex.example.org\n"
     "Licensing error: -5,357.\n"
     + _EXIT),
    # matlab.unittest's TestResult display ("Totals:", "%d Passed, %d Failed, %d Incomplete.") and its failure
    # summary, as matlab-actions/run-tests prints them; run-matlab-command's exit line (doc, closed)
    ("matlab-run-tests-failed", "real",
     "Running QueueTest\n"
     "================================================================================\n"
     "Verification failed in QueueTest/drainEmptiesQueue.\n"
     "    ---------------------\n"
     "    Framework Diagnostic:\n"
     "    ---------------------\n"
     "    verifyEqual failed.\n"
     "    --> The numeric values are not equal using \"isequaln\".\n"
     "Totals:\n"
     "   11 Passed, 1 Failed, 0 Incomplete.\n"
     "ERROR: MATLAB error Exit Status: 0x00000001\n"
     + _EXIT),
    # near-miss: a MATLAB test about the licence server's timeout handling, failing its verification
    ("matlab-test-named-license-timeout", "real",
     "Running LicenseTimeoutTest\n"
     "================================================================================\n"
     "Verification failed in LicenseTimeoutTest/retriesWhenServerUnreachable.\n"
     "    verifyEqual failed.\n"
     "    --> The values are not equal using \"isequaln\".\n"
     "Totals:\n"
     "   4 Passed, 1 Failed, 0 Incomplete.\n"
     "ERROR: MATLAB error Exit Status: 0x00000001\n"
     + _EXIT),

    # ------------------------------------------------------------------ FlexNet / FLEXlm (doc: Revenera's
    # FlexNet Publisher error codes), as EDA tools and Intel's classic compilers print them
    ("flexnet-96-server-name-lookup", "transient",
     "+ vcs -full64 -sverilog -f filelist.f -o simv\n"
     "Error: Unable to checkout license.\n"
     "License server machine is down or not responding.\n"
     "See the system adminstrator about starting the license server system, or\n"
     "make sure you're referring to the right host (see LM_LICENSE_FILE).\n"
     "Feature:       VCSRuntime_Net\n"
     "Server name:   lic01.example.org\n"
     "License path:  27020@lic01.example.org\n"
     "FlexNet Licensing error:-96,491.  System Error: 2 \"\"\n"
     + _GITLAB),
    ("flexnet-15-cannot-connect", "transient",
     "Cannot connect to license server system.\n"
     " The license server manager (lmgrd) has not been started yet,\n"
     " the wrong port@host or license file is being used, or the\n"
     " port or hostname in the license file has been changed.\n"
     "Feature:       Simulation\n"
     "Server name:   lic01.example.org\n"
     "License path:  27020@lic01.example.org\n"
     "FlexNet Licensing error:-15,570.  System Error: 115 \"Operation now in progress\"\n"
     + _EXIT),
    ("flexnet-97-vendor-daemon-down", "transient",
     "The desired vendor daemon is down.\n"
     " 1) Check the lmgrd log file, or 2) Try lmreread.\n"
     "Feature:       Simulation\n"
     "License path:  27020@lic01.example.org\n"
     "FlexNet Licensing error:-97,121.  System Error: 111 \"Connection refused\"\n"
     + _EXIT),
    ("flexnet-4-users-reached", "transient",
     "Licensed number of users already reached.\n"
     "Feature:       Simulation\n"
     "License path:  27020@lic01.example.org\n"
     "FlexNet Licensing error:-4,132\n"
     + _GITLAB),
    ("flexnet-5-no-such-feature", "real",
     "No such feature exists.\n"
     "Feature:       FormalVerify\n"
     "License path:  27020@lic01.example.org\n"
     "FlexNet Licensing error:-5,357\n"
     + _GITLAB),
    ("flexnet-9-invalid-host", "real",
     "Invalid host.\n"
     " The hostid of this system does not match the hostid\n"
     " specified in the license file.\n"
     "Feature:       Simulation\n"
     "Hostid:        0242ac110004\n"
     "License path:  /opt/eda/license.dat\n"
     "FlexNet Licensing error:-9,57\n"
     + _EXIT),
    # Intel's classic compilers ("error #10052: could not checkout FLEXlm license") (doc: Intel's licensing FAQ)
    ("icc-10052-no-such-feature", "real",
     "+ icc -O2 -c src/solver.c -o build/solver.o\n"
     "icc: error #10052: could not checkout FLEXlm license\n"
     "checkout failed: No such feature exists (-5,357)\n"
     + _EXIT),
    ("icc-10052-cannot-connect", "transient",
     "+ icc -O2 -c src/solver.c -o build/solver.o\n"
     "icc: error #10052: could not checkout FLEXlm license\n"
     "checkout failed: Cannot connect to license server system (-15,10:115 \"Operation now in progress\")\n"
     + _EXIT),
    # near-miss: an application's own test of its FlexNet error parser, quoting the words in an assertion
    ("pytest-flexnet-parser-assertion", "real",
     "tests/test_licparse.py::test_parses_server_down FAILED\n"
     "    def test_parses_server_down():\n"
     ">       assert parse('FlexNet Licensing error:-15,570') == LicError.SERVER_DOWN\n"
     "E       AssertionError: assert <LicError.UNKNOWN: 0> == <LicError.SERVER_DOWN: 3>\n"
     "FAILED tests/test_licparse.py::test_parses_server_down - AssertionError: assert <LicError.UNKNOWN: 0> == <LicError.SERVER_DOWN: 3>\n"
     "========================= 1 failed, 37 passed in 1.21s =========================\n"
     + _EXIT),
    ("pytest-test-named-license-timeout", "real",
     "tests/test_seats.py::test_license_checkout_timeout FAILED\n"
     "E       assert 'timeout' == 'queued'\n"
     "FAILED tests/test_seats.py::test_license_checkout_timeout - AssertionError: assert 'timeout' == 'queued'\n"
     "========================= 1 failed, 12 passed in 0.42s =========================\n"
     + _CIRCLE),

    # near-misses for the licence entries: the words quoted in a test's assertion, an application's own log line
    # captured beside a failing test, a package named for them
    ("pytest-seats-message-assertion", "real",
     "tests/test_lmstat.py::test_reports_seats_exhausted FAILED\n"
     ">       assert classify(\"Licensed number of users already reached.\") == Seats.EXHAUSTED\n"
     "E       AssertionError: assert <Seats.UNKNOWN: 0> == <Seats.EXHAUSTED: 2>\n"
     "FAILED tests/test_lmstat.py::test_reports_seats_exhausted - AssertionError\n"
     "========================= 1 failed, 20 passed in 0.31s =========================\n"
     + _EXIT),
    ("pytest-captured-app-log-flexnet-15", "real",
     "tests/test_launcher.py::test_falls_back_to_local_solver FAILED\n"
     "E       assert 'remote' == 'local'\n"
     "------------------------------ Captured log call -------------------------------\n"
     "WARNING  launcher:launcher.py:88 licence check said: FlexNet Licensing error:-15,570\n"
     "FlexNet Licensing error:-15,570.  System Error: 115 \"Operation now in progress\"\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_launcher.py::test_falls_back_to_local_solver - AssertionError: assert 'remote' == 'local'\n"
     "========================= 1 failed, 9 passed in 0.77s ==========================\n"
     + _EXIT),
    # (a toolbox licence checked out mid-test fails the same way as a test about a server that is down: only
    # not surely transient)
    ("matlab-test-captured-lme-15", "not_surely_transient",
     "Running LauncherTest\n"
     "License Manager Error -15\n"
     "================================================================================\n"
     "Verification failed in LauncherTest/fallsBackWhenServerDown.\n"
     "    verifyTrue failed.\n"
     "    --> The value must evaluate to \"true\".\n"
     "Totals:\n"
     "   7 Passed, 1 Failed, 0 Incomplete.\n"
     "ERROR: MATLAB error Exit Status: 0x00000001\n"
     + _EXIT),
    ("julia-unsatisfiable-package-named-flexnet", "real",
     "   Resolving package versions...\n"
     "ERROR: Unsatisfiable requirements detected for package FlexNetSeats [7a8b9c0d]:\n"
     " FlexNetSeats [7a8b9c0d] log:\n"
     " ├─possible versions are: 0.1.0-0.3.0 or uninstalled\n"
     " └─restricted to versions 0.5 by an explicit requirement — no versions left\n"
     + _EXIT),
    # a zig test's own stderr naming a connection error from the code under test, not a package fetch
    ("zig-test-app-connection-reset", "real",
     "+ zig build test\n"
     "test\n"
     "+- run test 1/12 passed, 1 failed\n"
     "error: 'client.test.reconnects after reset' failed: expected error.ConnectionResetByPeer, found error.EndOfStream\n"
     "error: while executing test 'client.test.reconnects after reset', the following test command failed:\n"
     + _EXIT),

    # ------------------------------------------------------------------ FPGA: Vivado, Quartus (doc)
    # Xilinx Common 17-345: printed for a feature the licence lacks and for a server that did not answer alike
    ("vivado-common-17-345", "not_surely_transient",
     "+ vivado -mode batch -source scripts/build.tcl\n"
     "Command: synth_design -top acme_top -part xc7a100tcsg324-1\n"
     "Starting synth_design\n"
     "ERROR: [Common 17-345] A valid license was not found for feature 'Synthesis' and/or device 'xc7a100t'. Please run the Vivado License Manager for assistance in determining\n"
     "which features and devices are licensed for your system.\n"
     "Resolution: Check the status of your licenses in the Vivado License Manager. If you are using a license server, verify that the license server is up and running.\n"
     "ERROR: [Common 17-69] Command failed: synth_design failed\n"
     + _EXIT),
    # Quartus's message reference (119013: the licence does not cover the device)
    ("quartus-license-does-not-support-device", "real",
     "+ quartus_sh --flow compile acme\n"
     "Info: Running Quartus Prime Analysis & Synthesis\n"
     "Error (119013): Current license file does not support the 5CEBA4F23C7 device\n"
     "Error: Quartus Prime Analysis & Synthesis was unsuccessful. 1 error, 0 warnings\n"
     + _EXIT),
    # LabVIEW CLI (doc: NI's LabVIEWCLI error -350000, the CLI could not reach LabVIEW: LabVIEW slow to start,
    # a licence dialog, or LabVIEW not installed alike)
    ("labview-cli-350000", "not_surely_transient",
     "+ LabVIEWCLI -OperationName RunVI -VIPath C:\\src\\tests\\RunAll.vi\n"
     "LabVIEWCLI started logging in file:  C:\\Users\\ci\\AppData\\Local\\Temp\\lvtemporary_1.log\n"
     "Using LabVIEW: \"C:\\Program Files\\National Instruments\\LabVIEW 2023\\LabVIEW.exe\"\n"
     "Error code : -350000\n"
     "Error message : An error occurred while running the LabVIEW CLI\n"
     "LabVIEWCLI failed\n"
     + _EXIT),
]

NOT_SURELY = [(cid, log) for cid, verdict, log in CASES if verdict == "not_surely_transient"]
DECIDED = [(cid, verdict, log) for cid, verdict, log in CASES if verdict != "not_surely_transient"]


def test_case_ids_are_unique():
    assert_unique_ids(CASES)


@pytest.mark.parametrize("verdict,log", labelled(DECIDED))
def test_reads(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY))
def test_not_surely_transient(log):
    not_surely_transient(log)
