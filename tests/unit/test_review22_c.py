"""Review 22c: an adversarial review of the Windows file-lock change (winlock22) on logs written around the tools' words.

Covered: msvc-link-output-locked's reading of LNK1104 on a .lib beside link.exe's "Creating library ... and object"
line (a .lib of the same name in another configuration's folder, a bare name looked up on /LIBPATH, names one letter
apart, a "Creating library" line far above, a real unresolved symbol or compile error elsewhere in the same parallel
build, a test's report quoting both lines, MSBuild /m node prefixes with a linker warning between, MSBuild's error
summary repeating the LNK1104 at the end, GitHub and Jenkins clocks); cmake-vs-link-access-denied (GitHub, Jenkins and
NMake forms, ninja -v, an /out: under Program Files, a POST_BUILD copy after the link, a test's captured output, a real
LNK2019 in another target); msvc-mt-manifest-write-refused (a malformed manifest, an installed image under Program
Files, Azure's ##[error] and GitHub's clock, a test asserting on mt.exe's words); windows-file-lock and MSBuild's Copy
task (MSB3021's missing directory with a lock's retries above it, "Access to the path" under Program Files, /m node
prefixes, Azure and AppVeyor, an xUnit test about the message).

Wording: link.exe's "LINK : fatal error LNK1104: cannot open file '...'" and LNK2019/LNK1120 (documented, Microsoft
Learn's linker error pages); "Creating library X.lib and object X.exp" and mt.exe's "general error c101008d: Failed to
write the updated manifest to the resource of file" and "c1010001"/"c1010070" (recalled: the tools' sources are not
public); CMake's vs_link command line as ninja echoes it (public build logs found in the stored index: "cmd.exe /C \"cd .
&& ... -E vs_link_exe --intdir=... -- link.exe /nologo ... /out:... /implib:... /pdb:..."), its "LINK: command
\"...\" failed (exit code N) with the following output:" (Kitware/CMake Source/cmcmd.cxx, as tests/unit/
test_rules22_winlocks.py cites it), its POST_BUILD after the link as "&& cd /D <dir> && <command>" (recalled, CMake's
Ninja generator); MSBuild's MSB3021/MSB3026/MSB3027 (dotnet/msbuild src/Tasks/Copy.cs, as test_rules22_winlocks.py
cites it); CMake's "file INSTALL cannot copy file" (recalled). Paths and projects are made up.

The rules the cases hold (label by mechanism):
  * a .lib whose folder right above it differs from the "Creating library" line's (Debug vs Release), or a bare name,
    is a missing input, every run -> real; the same folder and name within twelve lines -> transient, also under
    node prefixes, clocks and with MSBuild's summary at the end;
  * a compile error (error Cnnnn) or an unresolved symbol (LNK2019/2001/2005/1120) anywhere in the log -> real, lock or
    not;
  * vs_link's "Access is denied." with a POST_BUILD command after the link or an /out: under Program Files -> not the
    lock reading (real); mt.exe's c101008d on an image under Program Files -> real;
  * a test's report quoting these words (pytest "E" lines, assertions, captured output) -> real;
  * MSB3021's "Could not find a part of the path" anywhere -> not transient, whatever lock a retry met before;
    MSB3021's "Access to the path" under Program Files -> real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_NINJA_STOP = "ninja: build stopped: subcommand failed.\n"
_TARGETS = "C:\\Program Files\\dotnet\\sdk\\8.0.100\\Microsoft.Common.CurrentVersion.targets(4734,5)"
_VSTARGETS = ("C:\\Program Files\\Microsoft Visual Studio\\2022\\Enterprise\\MSBuild\\Current\\Bin\\amd64\\"
             "Microsoft.Common.CurrentVersion.targets(4734,5)")


def _vs_link(kind: str, target: str, intdir: str, prefix: str = "") -> str:
    """The command line ninja (or NMake) echoes for CMake's MSVC link wrapper; POST_BUILD's default 'cd .' last."""
    return (f'{prefix}cmd.exe /C "cd . && "C:\\Program Files\\CMake\\bin\\cmake.exe" -E vs_link_{kind} '
            f"--intdir={intdir} --rc=C:\\PROGRA~2\\WI3CF2~1\\10\\bin\\100226~1.0\\x64\\rc.exe "
            f"--mt=C:\\PROGRA~2\\WI3CF2~1\\10\\bin\\100226~1.0\\x64\\mt.exe --manifests  -- "
            f"C:\\PROGRA~1\\MICROS~2\\2022\\ENTERP~1\\VC\\Tools\\MSVC\\1438~1.331\\bin\\Hostx64\\x64\\link.exe "
            f"/nologo {intdir}\\main.cc.obj  /out:{target} /implib:lib\\x.lib /pdb:{target}.pdb /version:0.0 "
            f'/machine:x64 /debug /INCREMENTAL kernel32.lib user32.lib && cd ."\n')


def _ts(text: str, clock: str = "2024-05-01T10:15:{:02d}.{:07d}Z ") -> str:
    """GitHub's clock before every line."""
    return "".join(clock.format(i % 60, 1000 * i) + line + "\n" for i, line in enumerate(text.splitlines()))


def _creating(path_fwd: str) -> str:
    """link.exe's line for the import library it writes (recalled wording), the path as CMake passes it."""
    stem = path_fwd[:-4]
    return f"     Creating library {path_fwd} and object {stem}.exp\n"


CASES: list[tuple[str, str, str]] = [
    # ---- LNK1104 on a .lib ----
    # a consumer pointed at the Debug directory while the build made Release: the right name, the wrong place
    ("lnk1104-debug-path-release-built", "real",
     "  codec.vcxproj -> C:\\w\\build\\codec\\Release\\codec.dll\n"
     + _creating("C:/w/build/codec/Release/codec.lib")
     + "  player.cc\n"
     "LINK : fatal error LNK1104: cannot open file 'C:\\w\\build\\codec\\Debug\\codec.lib' "
     "[C:\\w\\build\\player\\player.vcxproj]\n"
     "  Done building project \"player.vcxproj\" -- FAILED.\n" + _GHA),
    # (same, the LNK1104 first: a hand-written .vcxproj whose AdditionalDependencies names the x64 Debug folder)
    ("lnk1104-x64-debug-vs-release-below", "real",
     "3>LINK : fatal error LNK1104: cannot open file '..\\x64\\Debug\\sqlite3.lib' [C:\\w\\app\\app.vcxproj]\n"
     "2>   Creating library C:\\w\\x64\\Release\\sqlite3.lib and object C:\\w\\x64\\Release\\sqlite3.exp\n"
     "2>  sqlite3.vcxproj -> C:\\w\\x64\\Release\\sqlite3.dll\n"
     "3>Done building project \"app.vcxproj\" -- FAILED.\n" + _GHA),
    # a bare name looked up on the library path: the import library was made, but its folder is not on /LIBPATH
    ("lnk1104-bare-name-not-on-libpath", "real",
     _creating("C:/w/build/net/Release/net.lib")
     + "  net.vcxproj -> C:\\w\\build\\net\\Release\\net.dll\n"
     "  client.cc\n"
     "LINK : fatal error LNK1104: cannot open file 'net.lib' [C:\\w\\build\\client\\client.vcxproj]\n" + _GHA),
    # names alike, one letter apart (a test library 'codecs' and 'codec')
    ("lnk1104-name-one-letter-apart", "real",
     _creating("C:/w/build/codec/Release/codecs.lib")
     + "LINK : fatal error LNK1104: cannot open file 'C:\\w\\build\\codec\\Release\\codec.lib' "
     "[C:\\w\\build\\app\\app.vcxproj]\n" + _GHA),
    # an earlier successful link far above (40 lines), then a missing library of the same name in another folder
    ("lnk1104-creating-far-above", "real",
     _creating("C:/w/build/zlib/Release/zlib.lib")
     + "".join(f"  Compiling unit_{i}.c\n" for i in range(40))
     + "LINK : fatal error LNK1104: cannot open file 'C:\\w\\deps\\zlib\\lib\\zlib.lib' "
     "[C:\\w\\build\\png\\png.vcxproj]\n" + _GHA),
    # the race, and a real unresolved symbol in another project of the same parallel build (20 lines away)
    ("lnk1104-race-and-lnk2019-elsewhere", "real",
     "5>util.obj : error LNK2019: unresolved external symbol \"int __cdecl crc32c(char const *,unsigned __int64)\" "
     "(?crc32c@@YAHPEBD_K@Z) referenced in function \"void __cdecl check(void)\" (?check@@YAXXZ) "
     "[C:\\w\\build\\util\\util.vcxproj]\n"
     "5>C:\\w\\build\\util\\Release\\util.dll : fatal error LNK1120: 1 unresolved externals "
     "[C:\\w\\build\\util\\util.vcxproj]\n"
     + "".join(f"7>  mux_{i}.cc\n" for i in range(20))
     + "8>LINK : fatal error LNK1104: cannot open file 'C:\\w\\build\\codec\\Release\\codec.lib' "
     "[C:\\w\\build\\codec\\codec_static.vcxproj]\n"
     "9>     Creating library C:/w/build/codec/Release/codec.lib and object C:/w/build/codec/Release/codec.exp\n"
     "Build FAILED.\n" + _GHA),
    # the race and a compile error in another project
    ("lnk1104-race-and-compile-error", "real",
     "4>C:\\w\\src\\io\\reader.cc(88,17): error C2039: 'size_hint': is not a member of 'io::Reader' "
     "[C:\\w\\build\\io\\io.vcxproj]\n"
     "8>LINK : fatal error LNK1104: cannot open file 'C:\\w\\build\\codec\\Release\\codec.lib' "
     "[C:\\w\\build\\codec\\codec_static.vcxproj]\n"
     "9>     Creating library C:/w/build/codec/Release/codec.lib and object C:/w/build/codec/Release/codec.exp\n"
     "Build FAILED.\n" + _GHA),
    # a test of a log classifier quoting both lines in its assertion diff
    ("lnk1104-race-in-a-test-diff", "real",
     "___________________________ test_lnk_lock_reads_transient ___________________________\n"
     "tests/test_winlog.py:41: in test_lnk_lock_reads_transient\n"
     "    assert classify(LOG) == 'transient'\n"
     "E   AssertionError: assert 'real' == 'transient'\n"
     "E     LOG = LINK : fatal error LNK1104: cannot open file 'C:\\w\\b\\Release\\codec.lib'\n"
     "E        Creating library C:/w/b/Release/codec.lib and object C:/w/b/Release/codec.exp\n"
     "FAILED tests/test_winlog.py::test_lnk_lock_reads_transient - AssertionError: assert 'real' == 'transient'\n"
     "==================== 1 failed, 57 passed in 2.10s ====================\n" + _GHA),
    # the race under MSBuild /m with node prefixes and a linker warning between (LNK4221 is a warning)
    ("lnk1104-race-warning-between", "transient",
     "6>LINK : fatal error LNK1104: cannot open file 'C:\\a\\1\\s\\out\\proto\\Release\\proto.lib' "
     "[C:\\a\\1\\s\\out\\proto\\proto_static.vcxproj]\n"
     "4>any.obj : warning LNK4221: This object file does not define any previously undefined public symbols "
     "[C:\\a\\1\\s\\out\\misc\\misc.vcxproj]\n"
     "7>     Creating library C:/a/1/s/out/proto/Release/proto.lib and object C:/a/1/s/out/proto/Release/proto.exp\n"
     "7>  proto_shared.vcxproj -> C:\\a\\1\\s\\out\\proto\\Release\\proto.dll\n"
     "6>Done Building Project \"C:\\a\\1\\s\\out\\proto\\proto_static.vcxproj\" (default targets) -- FAILED.\n"
     "##[error]Cmd.exe exited with code '1'.\n"),
    # the race, then MSBuild's error summary repeating the LNK1104 at the end of the log (no creating line by it)
    ("lnk1104-race-then-msbuild-summary", "transient",
     "6>LINK : fatal error LNK1104: cannot open file 'C:\\w\\build\\codec\\Release\\codec.lib' "
     "[C:\\w\\build\\codec\\codec_static.vcxproj]\n"
     "7>     Creating library C:/w/build/codec/Release/codec.lib and object C:/w/build/codec/Release/codec.exp\n"
     "7>  codec_shared.vcxproj -> C:\\w\\build\\codec\\Release\\codec.dll\n"
     + "".join(f"{10 + i}>  Building Custom Rule C:/w/src/t{i}/CMakeLists.txt\n" for i in range(15))
     + "\nBuild FAILED.\n\n"
     "\"C:\\w\\build\\ALL_BUILD.vcxproj\" (default target) (1) ->\n"
     "\"C:\\w\\build\\codec\\codec_static.vcxproj\" (default target) (6) ->\n"
     "(Link target) -> \n"
     "  LINK : fatal error LNK1104: cannot open file 'C:\\w\\build\\codec\\Release\\codec.lib' "
     "[C:\\w\\build\\codec\\codec_static.vcxproj]\n\n"
     "    0 Warning(s)\n    1 Error(s)\n\nTime Elapsed 00:04:12.34\n" + _GHA),
    # the race with GitHub's clock before every line
    ("lnk1104-race-github-timestamps", "transient",
     _ts("LINK : fatal error LNK1104: cannot open file 'D:\\a\\pk\\pk\\build\\Release\\pk.lib' "
        "[D:\\a\\pk\\pk\\build\\pk_static.vcxproj]\n"
        "     Creating library D:/a/pk/pk/build/Release/pk.lib and object D:/a/pk/pk/build/Release/pk.exp\n"
        "  pk_shared.vcxproj -> D:\\a\\pk\\pk\\build\\Release\\pk.dll\n"
        "##[error]Process completed with exit code 1.")),
    # (backslashes in both, a hand-written solution's OutDir, Jenkins' timestamper)
    ("lnk1104-race-jenkins-backslashes", "transient",
     "[Pipeline] bat\n"
     "[2024-05-01T10:15:02.114Z] LINK : fatal error LNK1104: cannot open file "
     "'C:\\Jenkins\\ws\\eng\\bin\\x64\\Release\\engine.lib' [C:\\Jenkins\\ws\\eng\\engine_lib.vcxproj]\n"
     "[2024-05-01T10:15:02.301Z]    Creating library C:\\Jenkins\\ws\\eng\\bin\\x64\\Release\\engine.lib and object "
     "C:\\Jenkins\\ws\\eng\\bin\\x64\\Release\\engine.exp\n"
     "[Pipeline] }\n"
     "ERROR: script returned exit code 1\n"
     "Finished: FAILURE\n"),

    # ---- CMake's vs_link with "Access is denied." ----
    # GitHub's clock before each line
    ("vs-link-denied-github-timestamps", "transient",
     _ts("[118/240] Linking CXX executable bin\\kv_test.exe\n"
        "FAILED: bin/kv_test.exe\n"
        + _vs_link("exe", "bin\\kv_test.exe", "tests\\CMakeFiles\\kv_test.dir")
        + "Access is denied.\n" + _NINJA_STOP + "##[error]Process completed with exit code 1.")),
    # NMake echoes the command with a tab; NMAKE's U1077 below
    ("vs-link-denied-nmake", "transient",
     "[ 62%] Linking CXX shared library ..\\bin\\plug.dll\n"
     + _vs_link("dll", "..\\bin\\plug.dll", "CMakeFiles\\plug.dir", prefix="\t")
     + "Access is denied.\n"
     "NMAKE : fatal error U1077: '\"C:\\Program Files\\CMake\\bin\\cmake.exe\" -E vs_link_dll ...' : "
     "return code '0xffffffff'\n"
     "Stop.\n"
     "Build exited with code 2\n"),
    # Jenkins' timestamper and [Pipeline] lines
    ("vs-link-denied-jenkins", "transient",
     "[Pipeline] bat\n"
     "[2024-05-01T10:15:00.001Z] [93/97] Linking CXX executable unit_tests.exe\n"
     "[2024-05-01T10:15:00.002Z] FAILED: unit_tests.exe\n"
     "[2024-05-01T10:15:00.003Z] " + _vs_link("exe", "unit_tests.exe", "CMakeFiles\\unit_tests.dir")
     + "[2024-05-01T10:15:01.420Z] Access is denied.\n"
     "[2024-05-01T10:15:01.421Z] " + _NINJA_STOP
     + "[Pipeline] }\nERROR: script returned exit code 1\nFinished: FAILURE\n"),
    # ninja -v echoes the full command after [n/m] on the same line
    ("vs-link-denied-ninja-verbose", "transient",
     "[77/80] " + _vs_link("exe", "bin\\bench.exe", "bench\\CMakeFiles\\bench.dir")
     + "FAILED: bin/bench.exe\n"
     + _vs_link("exe", "bin\\bench.exe", "bench\\CMakeFiles\\bench.dir")
     + "Access is denied.\n" + _NINJA_STOP + _GHA),
    # a real unresolved symbol in another target of the same ninja run, and a denied link
    ("vs-link-denied-and-lnk2019-elsewhere", "real",
     "[40/80] Linking CXX executable bin\\server.exe\n"
     "FAILED: bin/server.exe\n"
     + _vs_link("exe", "bin\\server.exe", "server\\CMakeFiles\\server.dir")
     + 'LINK: command "link.exe /nologo server\\CMakeFiles\\server.dir\\main.cc.obj /out:bin\\server.exe" '
       "failed (exit code 1120) with the following output:\n"
     "main.cc.obj : error LNK2019: unresolved external symbol \"void __cdecl serve(int)\" (?serve@@YAXH@Z) "
     "referenced in function main\n"
     "bin\\server.exe : fatal error LNK1120: 1 unresolved externals\n"
     "[41/80] Linking CXX executable bin\\client.exe\n"
     "FAILED: bin/client.exe\n"
     + _vs_link("exe", "bin\\client.exe", "client\\CMakeFiles\\client.dir")
     + "Access is denied.\n" + _NINJA_STOP + _GHA),
    # a link into the install prefix under Program Files (CMAKE_RUNTIME_OUTPUT_DIRECTORY set by the job): the
    # runner may not write there, every run -- vs_link's words, a real permission problem
    ("vs-link-denied-out-program-files", "real",
     "[80/80] Linking CXX executable C:\\Program Files\\Acme\\bin\\acme.exe\n"
     "FAILED: C:/Program Files/Acme/bin/acme.exe\n"
     + _vs_link("exe", "C:\\PROGRA~1\\Acme\\bin\\acme.exe", "CMakeFiles\\acme.dir")
     + "Access is denied.\n" + _NINJA_STOP + _GHA),
    # install into Program Files without rights: CMake's file(INSTALL) (not a link)
    ("cmake-install-program-files-denied", "real",
     "-- Install configuration: \"Release\"\n"
     "-- Installing: C:/Program Files/Acme/bin/acme.exe\n"
     "CMake Error at cmake_install.cmake:46 (file):\n"
     "  file INSTALL cannot copy file \"C:/w/build/bin/acme.exe\" to \"C:/Program Files/Acme/bin/acme.exe\":\n"
     "  Access is denied.\n" + _GHA),
    # a pytest test printing its fixture log (captured stdout), failing on its own assertion
    ("vs-link-denied-captured-stdout-of-a-test", "real",
     "=================================== FAILURES ===================================\n"
     "____________________________ test_summary_lists_link ____________________________\n"
     "tests/test_summary.py:22: in test_summary_lists_link\n"
     "    assert summary.steps == ['compile', 'link']\n"
     "E   AssertionError: assert ['compile'] == ['compile', 'link']\n"
     "----------------------------- Captured stdout call -----------------------------\n"
     "\"C:\\Program Files\\CMake\\bin\\cmake.exe\" -E vs_link_exe --intdir=x -- link.exe /out:a.exe\n"
     "Access is denied.\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_summary.py::test_summary_lists_link - AssertionError: assert ['compile'] == ['compile', 'link']\n"
     "========================= 1 failed, 31 passed in 1.02s =========================\n" + _GHA),
    # "Access is denied." under a plain 'copy' right after a vs_link line (not the link's own output: a POST_BUILD step)
    ("vs-link-then-post-build-copy-denied", "real",
     "[60/60] Linking CXX executable bin\\app.exe\n"
     "FAILED: bin/app.exe\n"
     + _vs_link("exe", "bin\\app.exe", "CMakeFiles\\app.dir").replace(
         '&& cd ."', '&& cd /D C:\\w\\build && copy /Y bin\\app.exe C:\\Windows\\System32\\app.exe"')
     + "Access is denied.\n"
     "        0 file(s) copied.\n" + _NINJA_STOP + _GHA),

    # ---- mt.exe ----
    # a malformed manifest: mt.exe's parse error, every run
    ("mt-malformed-manifest", "real",
     "[203/210] Linking CXX executable bin\\viewer.exe\n"
     "FAILED: bin/viewer.exe\n"
     'MT: command "mt.exe /nologo /manifest src\\viewer.manifest /outputresource:bin\\viewer.exe;#1" failed '
     "(exit code 0x1f) with the following output:\n"
     "C:\\w\\src\\viewer.manifest : manifest authoring error c1010001: Values of attribute \"level\" not equal "
     "in different manifest snippets.\n" + _NINJA_STOP + _GHA),
    ("mt-manifest-parse-failed", "real",
     "  mt.exe : general error c1010070: Failed to load and parse the manifest. The system cannot find the file "
     "specified. [C:\\w\\build\\tool\\tool.vcxproj]\n"
     "Build FAILED.\n" + _GHA),
    # c101008d on a vendor's image under Program Files (a post-build step patching an installed binary): denied
    # every run
    ("mt-c101008d-program-files-image", "real",
     "  Embedding manifest into vendor tool\n"
     "mt.exe : general error c101008d: Failed to write the updated manifest to the resource of file "
     "\"C:\\Program Files (x86)\\Vendor\\bin\\vtool.exe\". Access is denied. [C:\\w\\build\\post\\post.vcxproj]\n"
     "Build FAILED.\n" + _GHA),
    # Azure's ##[error] before MSBuild's line
    ("mt-c101008d-azure-error", "transient",
     "##[error]mt.exe(0,0): Error c101008d: Failed to write the updated manifest to the resource of file "
     "\"D:\\a\\1\\s\\out\\Release\\svc.exe\". Access is denied.\n"
     "  mt.exe : general error c101008d: Failed to write the updated manifest to the resource of file "
     "\"D:\\a\\1\\s\\out\\Release\\svc.exe\". Access is denied. [D:\\a\\1\\s\\svc\\svc.vcxproj]\n"
     "##[error]Process 'msbuild.exe' exited with code '1'.\n"),
    # GitHub's clock before MSBuild's line
    ("mt-c101008d-github-timestamps", "transient",
     _ts("  mt.exe : general error c101008d: Failed to write the updated manifest to the resource of file "
        "\"bin\\Release\\cli.exe\". The operation failed. [D:\\a\\cli\\cli\\cli.vcxproj]\n"
        "##[error]Process completed with exit code 1.")),
    # a test of a build helper asserting mt.exe's words are not in its output
    ("mt-c101008d-in-test-assertion", "real",
     "    def test_embed_manifest(tmp_path):\n"
     "        out = embed(tmp_path / 'a.exe')\n"
     ">       assert 'c101008d' not in out\n"
     "E       assert 'c101008d' not in 'mt.exe : general error c101008d: Failed to write the updated manifest "
     "to the resource of file \"a.exe\". Access is denied.\\n'\n"
     "FAILED tests/test_embed.py::test_embed_manifest - assert 'c101008d' not in 'mt.exe : general error "
     "c101008d: Failed to write the updated manifest to the resource of file \"a.exe\". Access is denied.\\n'\n"
     "=================== 1 failed, 12 passed in 0.88s ===================\n" + _GHA),

    # ---- MSBuild copy ----
    # MSB3021 on a missing directory, GitHub's clock before the line
    ("msb3021-part-of-path-github-timestamps", "real",
     _ts(f"{_VSTARGETS}: error MSB3021: Unable to copy file \"C:\\w\\assets\\x.png\" to "
        "\"bin\\Debug\\net8.0\\assets\\x.png\". Could not find a part of the path "
        "'C:\\w\\src\\App\\bin\\Debug\\net8.0\\assets\\x.png'. [C:\\w\\src\\App\\App.csproj]\n"
        "Build FAILED.\n"
        "##[error]Process completed with exit code 1.")),
    # busy-file retries under /m node prefixes, then MSB3027
    ("msb3026-busy-node-prefixed-msb3027", "transient",
     f"3>{_TARGETS}: warning MSB3026: Could not copy \"obj\\Debug\\net8.0\\Api.dll\" to \"bin\\Debug\\net8.0\\Api.dll\". "
     "Beginning retry 10 in 1000ms. The process cannot access the file 'D:\\a\\api\\api\\src\\Api\\bin\\Debug\\net8.0\\"
     "Api.dll' because it is being used by another process. The file is locked by: \"Api (5120)\" "
     "[D:\\a\\api\\api\\src\\Api\\Api.csproj]\n"
     f"3>{_TARGETS}: error MSB3027: Could not copy \"obj\\Debug\\net8.0\\Api.dll\" to \"bin\\Debug\\net8.0\\Api.dll\". "
     "Exceeded retry count of 10. Failed. The file is locked by: \"Api (5120)\" [D:\\a\\api\\api\\src\\Api\\Api.csproj]\n"
     "3>Done Building Project \"D:\\a\\api\\api\\src\\Api\\Api.csproj\" (default targets) -- FAILED.\n" + _GHA),
    # Azure's ##[error] form of MSB3027 with the lock holder
    ("msb3027-azure-locked-by", "transient",
     f"##[error]{_TARGETS}: Error MSB3027: Could not copy \"obj\\Release\\net8.0\\Core.dll\" to "
     "\"bin\\Release\\net8.0\\Core.dll\". Exceeded retry count of 10. Failed. The file is locked by: "
     "\"VBCSCompiler (7320)\"\n"
     f"{_TARGETS}: error MSB3027: Could not copy \"obj\\Release\\net8.0\\Core.dll\" to \"bin\\Release\\net8.0\\Core.dll\". "
     "Exceeded retry count of 10. Failed. The file is locked by: \"VBCSCompiler (7320)\" "
     "[D:\\a\\1\\s\\src\\Core\\Core.csproj]\n"
     "##[error]Process 'msbuild.exe' exited with code '1'.\n"),
    # a lock retried and cleared (warnings), then the build failing on a missing directory: the path's failure
    # LEFT: reads unknown (no finding: the lock words above keep the generic reading of MSBuild's error from calling
    # it real); no longer transient since this review's unless_log on windows-file-lock and resource-busy
    ("msb3026-busy-cleared-then-msb3021-part-of-path", "real",
     f"{_TARGETS}: warning MSB3026: Could not copy \"obj\\Release\\net8.0\\Ledger.dll\" to "
     "\"bin\\Release\\net8.0\\Ledger.dll\". Beginning retry 1 in 1000ms. The process cannot access the file "
     "'D:\\a\\books\\books\\bin\\Release\\net8.0\\Ledger.dll' because it is being used by another process. "
     "[D:\\a\\books\\books\\src\\Ledger\\Ledger.csproj]\n"
     "  Ledger -> D:\\a\\books\\books\\bin\\Release\\net8.0\\Ledger.dll\n"
     f"{_TARGETS}: error MSB3021: Unable to copy file \"D:\\a\\books\\books\\templates\\invoice.html\" to "
     "\"bin\\Release\\net8.0\\tmpl\\invoice.html\". Could not find a part of the path "
     "'D:\\a\\books\\books\\bin\\Release\\net8.0\\tmpl\\invoice.html'. [D:\\a\\books\\books\\src\\Web\\Web.csproj]\n"
     "    1 Warning(s)\n    1 Error(s)\n" + _GHA),
    # MSB3021 "Access to the path ... is denied." copying into Program Files (a deploy step)
    ("msb3021-access-denied-program-files", "real",
     f"{_VSTARGETS}: error MSB3021: Unable to copy file \"bin\\Release\\Plugin.dll\" to "
     "\"C:\\Program Files\\Acme\\Plugins\\Plugin.dll\". Access to the path 'C:\\Program Files\\Acme\\Plugins\\"
     "Plugin.dll' is denied. [C:\\projects\\plugin\\Plugin.csproj]\n"
     "Build FAILED.\n"
     "Command exited with code 1\n"),
    # AppVeyor: MSB3027 locked by a test host from an earlier step
    ("msb3027-appveyor-testhost", "transient",
     "msbuild \"C:\\projects\\ledger\\Ledger.sln\" /m /verbosity:minimal /logger:\"C:\\Program Files\\AppVeyor\\"
     "BuildAgent\\Appveyor.MSBuildLogger.dll\"\n"
     f"{_VSTARGETS}: error MSB3027: Could not copy \"obj\\Debug\\Ledger.Tests.dll\" to \"bin\\Debug\\Ledger.Tests.dll\". "
     "Exceeded retry count of 10. Failed. The file is locked by: \"testhost.x86 (2212)\" "
     "[C:\\projects\\ledger\\tests\\Ledger.Tests.csproj]\n"
     "Command exited with code 1\n"),
    # a C# test of a copy helper whose expected message holds "being used by another process" (xUnit's Assert.Equal)
    ("xunit-test-about-msb3021-message", "real",
     "[xUnit.net 00:00:01.20]     Deploy.Tests.CopyStepTests.Reports_lock [FAIL]\n"
     "  Failed Deploy.Tests.CopyStepTests.Reports_lock [12 ms]\n"
     "  Error Message:\n"
     "   Assert.Equal() Failure: Strings differ\n"
     "Expected: \"error MSB3021: Unable to copy file \\\"a\\\" to \\\"b\\\". The process cannot access the file "
     "'b' because it is being used by another process.\"\n"
     "Actual:   \"error MSB3021: Unable to copy file \\\"a\\\" to \\\"b\\\".\"\n"
     "Failed!  - Failed:     1, Passed:    40, Skipped:     0, Total:    41, Duration: 310 ms\n" + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # an import library made 40 lines above, and the consumer cannot open that same file later (a scanner? a missing
    # file deleted by a clean step?): no sign either way
    ("lnk1104-same-lib-created-40-lines-above",
     _creating("C:/w/build/zlib/Release/zlib.lib")
     + "".join(f"  Compiling unit_{i}.c\n" for i in range(40))
     + "LINK : fatal error LNK1104: cannot open file 'C:\\w\\build\\zlib\\Release\\zlib.lib' "
     "[C:\\w\\build\\png\\png.vcxproj]\n" + _GHA),
]


KNOWN_MISREAD = {
    "msb3026-busy-cleared-then-msb3021-part-of-path":
        "LEFT: reads unknown with no finding (the generic reading of MSBuild's error stays silent beside the lock "
        "words of a retry that got through); not transient, which is what precision needs",
}


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_review22_c_reads_by_mechanism(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_review22_c_not_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py (the patterns and
# unless words this review added or changed).
LONG_LINE_WORDS = [
    "LINK : fatal error LNK1104: cannot open file 'C:\\w\\build\\codec\\Release\\",
    "fatal error LNK1104: cannot open file 'Release\\",
    "Creating library C:/w/build/codec/Release/codec.lib and object ",
    "Release/codec.lib and object ",
    "cmd.exe /C \"cd . && cmake.exe -E vs_link_exe --intdir=x && ",
    " /out:\"C:\\Program Files\\",
    "mt.exe : general error c101008d: Failed to write the updated manifest to the resource of file \"C:\\Program Files",
    "error MSB3021: Unable to copy file \"a\" to \"b\". Access to the path 'C:\\Program Files\\",
    "error MSB3021: Unable to copy file \"a\" to \"b\". ",
    "error C2039: ",
]
