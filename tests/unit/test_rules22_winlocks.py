"""Twenty-second round, tool sources: Windows build steps failing on a file another process holds.

Covered: MSVC's linker (LNK1104 on a .lib that another target of the same build is writing at that moment, told
apart from a .lib that is simply not there; LNK1104 on the image it writes, as before), CMake's MSVC link wrapper
(``cmake -E vs_link_exe`` / ``vs_link_dll`` as ninja and NMake echo it) failing with only "Access is denied.",
the Manifest Tool's "general error c101008d" with Windows' reason, and MSBuild's Copy task (MSB3026's retries,
MSB3027, MSB3021) with a lock or with a directory that is not there. cargo's and rustup's os error 5, node's EBUSY
and EPERM and MSBuild's "being used by another process" in general are in earlier files
(windows-file-in-use-denied, resource-busy, windows-file-lock); only the cases this round touched are here.

Each case is a short log written for this test around one message as the tool prints it. Wording: CMake's
Source/cmcmd.cxx (cmVSLink and RunCommand: "LINK: command \\"...\\" failed (exit code N) with the following
output:", read in Kitware/CMake), MSBuild's src/Tasks/Copy.cs ("MSB3026: Could not copy \\"{0}\\" to \\"{1}\\".
Beginning retry {2} in {3}ms. {4} {5}", "MSB3027: ... Exceeded retry count of {2}. Failed. {3}", "The file is
locked by: ...", read in a stored copy of dotnet/msbuild); Microsoft Learn's linker pages for LNK1104 ("cannot open
file 'filename'") and LNK2019/LNK1120 (documented); link.exe's "Creating library X.lib and object X.exp" and
mt.exe's "general error c101008d: Failed to write the updated manifest to the resource of file" (recalled, as
public logs print them: mt.exe's and link.exe's sources are not public); ninja's "FAILED: [code=1] target" and
"ninja: build stopped: subcommand failed." (recalled). Paths, targets and projects are made up; no project's CI
log is copied.

The rules the cases hold (evidence: 40 public threads, ids in the round's report):
  * LNK1104 on a .lib whose file name a "Creating library ... and object" line names within twelve lines, above or
    below, with no other linker error between (another target writing the same .lib: shaka-project/
    shaka-packager#1341, passing on rerun) -> transient (msvc-link-output-locked);
  * "Access is denied." as the only words under CMake's vs_link_exe/vs_link_dll command line (or under its
    "LINK: command ... failed" line): the image held by the last test binary or a scanner (iowarp/clio-core#800,
    googleapis/google-cloud-cpp#9567) -> transient, modestly (cmake-vs-link-access-denied);
  * mt.exe c101008d with "Access is denied." or "The operation failed." (a scanner on the fresh image) -> transient;
  * MSBuild's copy retries ending in MSB3027 or MSB3021 on a file "being used by another process" or "locked by" ->
    transient (as before);
  * LNK1104 on a .lib no line shows another target creating (a missing build-tree library, an external or SDK
    library), a "Creating library" line for another file name, the shared target's own unresolved symbols between
    the two lines, vs_link's LNK2019/LNK1120, a compile error above the denied link, mt.exe's "File not found." or
    "The parameter is incorrect.", MSB3021 "Could not find a part of the path", a test ABOUT these words -> real;
  * "Access is denied." under a plain copy, MSB3027 with no reason in the log, MSB3026's retries on a missing
    directory -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads, reads_as

_GHA = "##[error]Process completed with exit code 1.\n"
_NINJA_STOP = "ninja: build stopped: subcommand failed.\n"


def _vs_link(kind: str, target: str, intdir: str) -> str:
    """The command line ninja echoes for CMake's MSVC link wrapper (cmake -E vs_link_exe / vs_link_dll)."""
    return (f'cmd.exe /C "cd . && "C:\\Program Files\\CMake\\bin\\cmake.exe" -E vs_link_{kind} '
            f"--intdir={intdir} --rc=C:\\PROGRA~2\\WI3CF2~1\\10\\bin\\100226~1.0\\x64\\rc.exe "
            f"--mt=C:\\PROGRA~2\\WI3CF2~1\\10\\bin\\100226~1.0\\x64\\mt.exe --manifests  -- "
            f"C:\\PROGRA~1\\MICROS~2\\2022\\ENTERP~1\\VC\\Tools\\MSVC\\1438~1.331\\bin\\Hostx64\\x64\\link.exe "
            f"/nologo {intdir}\\main.cc.obj  /out:{target} /version:0.0 /machine:x64 /debug /INCREMENTAL "
            f'lib\\core.lib kernel32.lib user32.lib && cd ."\n')


def _mt(reason: str) -> str:
    return ('MT: command "C:\\PROGRA~2\\WI3CF2~1\\10\\bin\\100226~1.0\\x64\\mt.exe /nologo /manifest '
            'bin\\ring_test.exe.manifest /outputresource:bin\\ring_test.exe;#1" failed (exit code 0x1f) with the '
            "following output:\n"
            'mt.exe : general error c101008d: Failed to write the updated manifest to the resource of file '
            f'"bin\\ring_test.exe". {reason}\n')


_TARGETS = "C:\\Program Files\\dotnet\\sdk\\8.0.100\\Microsoft.Common.CurrentVersion.targets(4734,5)"


def _msb3026(n: int, reason: str) -> str:
    return (f'{_TARGETS}: warning MSB3026: Could not copy "obj\\Release\\net8.0\\Ledger.dll" to '
            f'"bin\\Release\\net8.0\\Ledger.dll". Beginning retry {n} in 1000ms. {reason} '
            "[D:\\a\\books\\books\\src\\Ledger\\Ledger.csproj]\n")


_BUSY = ("The process cannot access the file 'D:\\a\\books\\books\\bin\\Release\\net8.0\\Ledger.dll' because it is "
         "being used by another process.")
_MSB3027 = (f'{_TARGETS}: error MSB3027: Could not copy "obj\\Release\\net8.0\\Ledger.dll" to '
            '"bin\\Release\\net8.0\\Ledger.dll". Exceeded retry count of 10. Failed. {}'
            "[D:\\a\\books\\books\\src\\Ledger\\Ledger.csproj]\n")


CASES: list[tuple[str, str, str]] = [
    # --- LNK1104 on a .lib another target writes: msvc-link-output-locked ---
    # a static and a shared target both named "codec": the static one's librarian cannot open codec.lib while the
    # shared one's link writes its import library of the same name (the LNK1104 first, the other target's line below)
    ("lnk1104-lib-creating-library-below",
     "transient",
     "  Building Custom Rule C:/w/src/codec/CMakeLists.txt\n"
     "  frame.cc\n"
     "LINK : fatal error LNK1104: cannot open file 'C:\\w\\build\\codec\\Release\\codec.lib' "
     "[C:\\w\\build\\codec\\codec_static.vcxproj]\n"
     "  Building Custom Rule C:/w/src/codec/CMakeLists.txt\n"
     "     Creating library C:/w/build/codec/Release/codec.lib and object C:/w/build/codec/Release/codec.exp\n"
     "  codec_shared.vcxproj -> C:\\w\\build\\codec\\Release\\codec.dll\n" + _GHA),
    # (the other target's line above the LNK1104)
    ("lnk1104-lib-creating-library-above",
     "transient",
     "     Creating library C:/w/build/codec/Release/codec.lib and object C:/w/build/codec/Release/codec.exp\n"
     "  codec_shared.vcxproj -> C:\\w\\build\\codec\\Release\\codec.dll\n"
     "LINK : fatal error LNK1104: cannot open file 'C:\\w\\build\\codec\\Release\\codec.lib' "
     "[C:\\w\\build\\codec\\codec_static.vcxproj]\n" + _GHA),
    # (ten lines apart: a parallel build's other output between them)
    ("lnk1104-lib-creating-library-ten-lines-below",
     "transient",
     "LINK : fatal error LNK1104: cannot open file 'D:\\a\\pk\\pk\\build\\pk\\Release\\libpk.lib' "
     "[D:\\a\\pk\\pk\\build\\pk\\libpk_static.vcxproj]\n"
     + "".join(f"  mux_{i}.cc\n" for i in range(9))
     + "     Creating library D:/a/pk/pk/build/pk/Release/libpk.lib and object D:/a/pk/pk/build/pk/Release/libpk.exp\n"
     "  libpk.vcxproj -> D:\\a\\pk\\pk\\build\\pk\\Release\\libpk.dll\n" + _GHA),
    # (a relative path in both lines, MSBuild's node prefixes)
    ("lnk1104-lib-relative-node-prefixed",
     "transient",
     "12>LINK : fatal error LNK1104: cannot open file 'Release\\geo.lib' [C:\\w\\build\\geo\\geo_static.vcxproj]\n"
     "14>  geo_shared.cc\n"
     "14>     Creating library Release\\geo.lib and object Release\\geo.exp\n"
     "12>Done building project \"geo_static.vcxproj\" -- FAILED.\n" + _GHA),
    # --- LNK1104 on a .lib: an input not there (link-error, as before) ---
    # a build-tree library the failed project above never produced
    ("lnk1104-lib-never-built",
     "real",
     "  Generating Code...\n"
     "LINK : fatal error LNK1104: cannot open file '..\\net\\Debug\\net.lib' [C:\\w\\build\\tools\\tools.vcxproj]\n"
     "  Done building project \"tools.vcxproj\" -- FAILED.\n" + _GHA),
    # an external library the machine lacks, and the SDK's own
    ("lnk1104-lib-external",
     "real",
     "LINK : fatal error LNK1104: cannot open file 'tbb12_debug.lib' [C:\\w\\build\\app.vcxproj]\n" + _GHA),
    ("lnk1104-lib-sdk-kernel32",
     "real",
     "[3/9] Linking C executable cmTC_5f2e1.exe\n"
     "LINK : fatal error LNK1104: cannot open file 'kernel32.lib'\n" + _NINJA_STOP + _GHA),
    # a "Creating library" line for another target's file name
    ("lnk1104-lib-creating-other-library",
     "real",
     "     Creating library C:/w/build/util/Release/util.lib and object C:/w/build/util/Release/util.exp\n"
     "  util.vcxproj -> C:\\w\\build\\util\\Release\\util.dll\n"
     "LINK : fatal error LNK1104: cannot open file 'C:\\w\\build\\codec\\Release\\codec.lib' "
     "[C:\\w\\build\\app\\app.vcxproj]\n" + _GHA),
    # ... nor a longer name that merely ends alike
    ("lnk1104-lib-creating-longer-name",
     "real",
     "LINK : fatal error LNK1104: cannot open file 'C:\\w\\build\\codec\\Release\\codec.lib' "
     "[C:\\w\\build\\app\\app.vcxproj]\n"
     "  Generating Code...\n"
     "     Creating library C:/w/build/codec/Release/codec_test.lib and object "
     "C:/w/build/codec/Release/codec_test.exp\n" + _GHA),
    # the shared target's own link failed on unresolved symbols between the two lines: no race, a real link error
    ("lnk1104-lib-after-shared-link-failed",
     "real",
     "     Creating library C:/w/build/codec/Release/codec.lib and object C:/w/build/codec/Release/codec.exp\n"
     "frame.obj : error LNK2019: unresolved external symbol \"int __cdecl decode_frame(void *)\" "
     "(?decode_frame@@YAHPEAX@Z) referenced in function main\n"
     "C:\\w\\build\\codec\\Release\\codec.dll : fatal error LNK1120: 1 unresolved externals "
     "[C:\\w\\build\\codec\\codec_shared.vcxproj]\n"
     "LINK : fatal error LNK1104: cannot open file 'C:\\w\\build\\codec\\Release\\codec.lib' "
     "[C:\\w\\build\\app\\app.vcxproj]\n" + _GHA),
    # --- LNK1104 on the image it writes (msvc-link-output-locked, as before) ---
    ("lnk1104-exe-held",
     "transient",
     "[57/60] Linking CXX executable bin\\synth.exe\n"
     "FAILED: bin/synth.exe\n"
     "LINK : fatal error LNK1104: cannot open file 'bin\\synth.exe'\n" + _NINJA_STOP + _GHA),
    # --- CMake's vs_link wrapper with only "Access is denied." ---
    ("vs-link-exe-access-denied",
     "transient",
     "[117/140] Building CXX object tests/CMakeFiles/ring_exec.dir/ring.cc.obj\n"
     "[118/140] Linking CXX executable bin\\ring_exec.exe\n"
     "FAILED: bin/ring_exec.exe\n"
     + _vs_link("exe", "bin\\ring_exec.exe", "tests\\CMakeFiles\\ring_exec.dir")
     + "Access is denied.\n" + _NINJA_STOP + _GHA),
    # (ninja 1.12's "FAILED: [code=1]" and a shared library)
    ("vs-link-dll-access-denied-code",
     "transient",
     "[88/120] Linking CXX shared library bin\\codec.dll\n"
     "FAILED: [code=1] bin/codec.dll lib/codec.lib\n"
     + _vs_link("dll", "bin\\codec.dll", "src\\CMakeFiles\\codec.dir")
     + "Access is denied.\n" + _NINJA_STOP + "Error: Process completed with exit code 1.\n"),
    # (CMake's own "LINK: command ... failed (exit code 1) with the following output:" above the words)
    ("vs-link-command-output-access-denied",
     "transient",
     "[41/80] Linking CXX executable bin\\tool.exe\n"
     "FAILED: bin/tool.exe\n"
     + _vs_link("exe", "bin\\tool.exe", "tools\\CMakeFiles\\tool.dir")
     + 'LINK: command "link.exe /nologo tools\\CMakeFiles\\tool.dir\\main.cc.obj /out:bin\\tool.exe '
       '/MANIFEST:EMBED,ID=1" failed (exit code 1) with the following output:\n'
       "Access is denied.\n" + _NINJA_STOP + _GHA),
    # vs_link's failing link with unresolved symbols: the code's
    ("vs-link-unresolved-symbols",
     "real",
     "[41/80] Linking CXX executable bin\\tool.exe\n"
     "FAILED: bin/tool.exe\n"
     + _vs_link("exe", "bin\\tool.exe", "tools\\CMakeFiles\\tool.dir")
     + 'LINK: command "link.exe /nologo tools\\CMakeFiles\\tool.dir\\main.cc.obj /out:bin\\tool.exe '
       '/MANIFEST:EMBED,ID=1" failed (exit code 1120) with the following output:\n'
       'main.cc.obj : error LNK2019: unresolved external symbol "void __cdecl run(void)" (?run@@YAXXZ) '
       "referenced in function main\n"
       "bin\\tool.exe : fatal error LNK1120: 1 unresolved externals\n" + _NINJA_STOP + _GHA),
    # a compile error above the denied link: the build fails on the code whatever the lock did
    ("vs-link-denied-after-compile-error",
     "real",
     "[12/80] Building CXX object src/CMakeFiles/core.dir/queue.cc.obj\n"
     "FAILED: src/CMakeFiles/core.dir/queue.cc.obj\n"
     "C:\\PROGRA~1\\MICROS~2\\2022\\ENTERP~1\\VC\\Tools\\MSVC\\1438~1.331\\bin\\Hostx64\\x64\\cl.exe /nologo /TP "
     "-c C:\\w\\src\\queue.cc\n"
     "C:\\w\\src\\queue.cc(42): error C2065: 'capacity_': undeclared identifier\n"
     "[14/80] Linking CXX executable bin\\tool.exe\n"
     "FAILED: bin/tool.exe\n"
     + _vs_link("exe", "bin\\tool.exe", "tools\\CMakeFiles\\tool.dir")
     + "Access is denied.\n" + _NINJA_STOP + _GHA),
    # a unit test of a log reader whose fixture holds the words: its assertion is the failure
    ("vs-link-denied-in-a-test-fixture",
     "real",
     "============================= test session starts ==============================\n"
     "tests/test_reader.py::test_vs_link_denied FAILED\n"
     "    def test_vs_link_denied():\n"
     "        log = 'cmake.exe -E vs_link_exe --intdir=x -- link.exe\\nAccess is denied.\\n'\n"
     ">       assert read(log) == \"transient\"\n"
     "E       AssertionError: assert 'real' == 'transient'\n"
     "FAILED tests/test_reader.py::test_vs_link_denied - AssertionError: assert 'real' == 'transient'\n"
     "========================= 1 failed, 2 passed in 0.31s ==========================\n" + _GHA),
    # --- mt.exe c101008d ---
    ("mt-c101008d-access-denied",
     "transient",
     "[203/210] Linking CXX executable bin\\ring_test.exe\n"
     "FAILED: bin/ring_test.exe\n" + _mt("Access is denied.") + _NINJA_STOP + _GHA),
    ("mt-c101008d-operation-failed",
     "transient",
     "[203/210] Linking CXX executable bin\\ring_test.exe\n"
     "FAILED: bin/ring_test.exe\n" + _mt("The operation failed.") + _NINJA_STOP + _GHA),
    ("mt-c101008d-being-used",
     "transient",
     _mt("The process cannot access the file because it is being used by another process.") + _NINJA_STOP + _GHA),
    # a wrong path or command line: every run
    ("mt-c101008d-file-not-found",
     "real",
     "mt.exe : general error c101008d: Failed to write the updated manifest to the resource of file "
     '"out\\tool.exe". File not found.\n' + _GHA),
    ("mt-c101008d-parameter-incorrect",
     "real",
     "mt.exe : general error c101008d: Failed to write the updated manifest to the resource of file "
     '"java.exe". The parameter is incorrect.\n' + _GHA),
    # --- MSBuild's Copy task ---
    ("msbuild-copy-retries-busy-msb3027",
     "transient",
     _msb3026(9, _BUSY) + _msb3026(10, _BUSY) + _MSB3027.format("")
     + "    2 Warning(s)\n    1 Error(s)\n" + _GHA),
    ("msbuild-copy-msb3027-locked-by",
     "transient",
     _MSB3027.format('The file is locked by: "testhost (4242)" ') + _GHA),
    ("msbuild-copy-msb3021-being-used",
     "transient",
     f'{_TARGETS}: error MSB3021: Unable to copy file "obj\\Release\\net8.0\\Ledger.dll" to '
     f'"bin\\Release\\net8.0\\Ledger.dll". {_BUSY} [D:\\a\\books\\books\\src\\Ledger\\Ledger.csproj]\n'
     "Build FAILED.\n" + _GHA),
    # a directory that is not there (a path over MAX_PATH, a wrong destination): every run
    ("msbuild-copy-msb3021-part-of-path",
     "real",
     "C:\\Program Files\\Microsoft Visual Studio\\2022\\Enterprise\\MSBuild\\Current\\Bin\\amd64\\"
     "Microsoft.Common.CurrentVersion.targets(5150,5): error MSB3021: Unable to copy file "
     '"C:\\w\\content\\a\\b\\c.php" to "bin\\Debug\\net8.0\\content\\a\\b\\c.php". Could not find a part of the '
     "path 'bin\\Debug\\net8.0\\content\\a\\b\\c.php'. [C:\\w\\src\\Site\\Site.csproj]\n"
     "Build FAILED.\n" + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # "Access is denied." under a plain copy: a lock or a destination the job may not write
    ("copy-access-denied",
     "+ copy /Y build\\out\\tool.exe C:\\deploy\\bin\\\n"
     "Access is denied.\n"
     "        0 file(s) copied.\n" + _GHA),
    # MSB3027 with no reason anywhere in the log (the retries' reasons not logged)
    ("msbuild-msb3027-no-reason",
     _MSB3027.format("") + "    0 Warning(s)\n    1 Error(s)\n" + _GHA),
    # MSB3026's retries on a directory that is not there, then MSB3027
    ("msbuild-copy-retries-missing-directory",
     _msb3026(10, "Could not find a part of the path 'D:\\a\\books\\books\\bin\\Release\\net8.0\\Ledger.dll'.")
     + _MSB3027.format("") + _GHA),
    # "Access is denied." under a link step of another tool (no vs_link wrapper line above it)
    ("access-denied-under-other-command",
     "[14/80] Generating version.h\n"
     "FAILED: include/version.h\n"
     'cmd.exe /C "cd /D C:\\w\\build && C:\\tools\\stamp.exe --out include\\version.h"\n'
     "Access is denied.\n" + _NINJA_STOP + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_windows_lock_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_windows_denials_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


_BY_ID = {cid: log for cid, _, log in CASES}


@pytest.mark.parametrize(("cid", "signature"), [
    ("lnk1104-lib-creating-library-below", "msvc-link-output-locked"),
    ("lnk1104-lib-creating-library-above", "msvc-link-output-locked"),
    ("vs-link-exe-access-denied", "cmake-vs-link-access-denied"),
    ("vs-link-command-output-access-denied", "cmake-vs-link-access-denied"),
    ("mt-c101008d-access-denied", "msvc-mt-manifest-write-refused"),
    ("mt-c101008d-operation-failed", "msvc-mt-manifest-write-refused"),
])
def test_windows_locks_read_by_their_entries(cid, signature):
    reads_as(_BY_ID[cid], "transient", signature)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "LINK : fatal error LNK1104: cannot open file 'C:\\w\\build\\",
    "fatal error LNK1104: cannot open file '",
    "Creating library C:/w/build/codec/Release/",
    "Creating library ",
    "codec.lib and object ",
    "cmake.exe\" -E vs_link_exe ",
    " -E vs_link_dll --intdir=",
    "LINK: command \"link.exe ",
    "mt.exe : general error c101008d: Failed to write the updated manifest to the resource of file \"",
    "warning MSB3026: Could not copy \"",
    "error MSB3021: Unable to copy file \"",
]
