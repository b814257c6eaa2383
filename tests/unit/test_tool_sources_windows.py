"""Twelfth round, tool sources: Windows CI jobs and the tools that print there.

Each case is a short log written for the test around one message as the tool prints it: MSBuild and
the .NET SDK (dotnet/msbuild's and dotnet/sdk's resource strings), NuGet, PowerShell
(PowerShell/PowerShell's resources; Windows PowerShell's web cmdlets print .NET Framework's
WebException texts, the same "The remote server returned an error: ({0}) {1}." that Mono's
HttpWebRequest copies), npm's EPERM help (npm/cli lib/utils/error-message.js), cargo and rustup on
a file Windows holds, winget (microsoft/winget-cli), Scoop (ScoopInstaller/Scoop), vcpkg's
downloader (microsoft/vcpkg-tool). MSVC's cl and link are closed: their codes and wordings rest on
Microsoft's documentation (learn.microsoft.com/cpp/error-messages/...), named above each case.
AppVeyor's own line rests on its documentation. Hosts, packages and paths are made up; no
project's CI log is copied.

A file another process held for a moment (MSBuild's copy retries that ran out, a linker that could
not open the .exe it writes, cargo or npm refused on a file in use), a compiler out of heap space
or a PDB server that went away, a download that timed out or was answered 5xx/429, a lost agent
must read transient. A missing command, cmdlet or path, a library the link lacks, a package id or
version that does not exist, a refused or untrusted certificate, an execution policy, a path over
MAX_PATH, CRLF line endings, a PDB over its size limit must read real. Where the words are printed
for both (a compiler-generated file refused, /FS missing under parallel cl, an internal compiler
error), the verdict must not be transient with confidence.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, not_surely_transient

_GHA = "##[error]Process completed with exit code 1.\n"
_AZ_PS = "##[error]PowerShell exited with code '1'.\n"
_APPVEYOR = "Command exited with code 1\n"
_MSB_END = ("    0 Warning(s)\n    1 Error(s)\n\nTime Elapsed 00:01:12.34\n" + _GHA)
_NMAKE_END = ("NMAKE : fatal error U1077: 'C:\\PROGRA~1\\MICROS~2\\2022\\ENTERP~1\\VC\\Tools\\MSVC\\14.38.33130\\bin\\"
              "HostX64\\x64\\cl.exe' : return code '0x2'\nStop.\n" + _GHA)
_NINJA_END = "ninja: build stopped: subcommand failed.\n" + _GHA

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ MSBuild: Copy task
    # dotnet/msbuild src/Tasks/Resources/Strings.resx (Copy.Retrying "MSB3026: Could not copy ... Beginning
    # retry {2} in {3}ms.", Copy.ExceededRetries "MSB3027: ... Exceeded retry count of {2}. Failed. {3}") and
    # src/Utilities/Resources/Strings.resx (LockCheck.FileLocked "The file is locked by: "{0}"")
    ("msb3027-retries-locked", "transient",
     "  Acme.Cli -> C:\\a\\acme\\src\\Acme.Cli\\bin\\Release\\net8.0\\Acme.Cli.dll\n"
     "C:\\Program Files\\dotnet\\sdk\\8.0.204\\Microsoft.Common.CurrentVersion.targets(4881,5): warning MSB3026: Could not copy "
     "\"obj\\Release\\net8.0\\Acme.Core.dll\" to \"bin\\Release\\net8.0\\Acme.Core.dll\". Beginning retry 1 in 1000ms. "
     "The process cannot access the file 'C:\\a\\acme\\src\\Acme.Core\\bin\\Release\\net8.0\\Acme.Core.dll' because it is being "
     "used by another process. The file is locked by: \"Acme.Worker (4812)\" [C:\\a\\acme\\src\\Acme.Core\\Acme.Core.csproj]\n"
     "C:\\Program Files\\dotnet\\sdk\\8.0.204\\Microsoft.Common.CurrentVersion.targets(4881,5): error MSB3027: Could not copy "
     "\"obj\\Release\\net8.0\\Acme.Core.dll\" to \"bin\\Release\\net8.0\\Acme.Core.dll\". Exceeded retry count of 10. Failed. "
     "The file is locked by: \"Acme.Worker (4812)\" [C:\\a\\acme\\src\\Acme.Core\\Acme.Core.csproj]\n"
     "\nBuild FAILED.\n" + _MSB_END),
    # same file, Copy.Error "MSB3021: Unable to copy file "{0}" to "{1}". {2}" with .NET's sharing-violation text
    ("msb3021-in-use", "transient",
     "  Copying file from \"obj\\Debug\\Acme.Web.dll\" to \"bin\\Acme.Web.dll\".\n"
     "C:\\Program Files\\Microsoft Visual Studio\\2022\\Enterprise\\MSBuild\\Current\\Bin\\Microsoft.Common.CurrentVersion.targets"
     "(4862,5): error MSB3021: Unable to copy file \"obj\\Debug\\Acme.Web.dll\" to \"bin\\Acme.Web.dll\". The process cannot "
     "access the file 'bin\\Acme.Web.dll' because it is being used by another process. [C:\\projects\\acme\\Acme.Web.csproj]\n"
     "Done Building Project \"C:\\projects\\acme\\Acme.Web.csproj\" (default targets) -- FAILED.\n" + _APPVEYOR),
    # same message with .NET's UnauthorizedAccessException text: on an agent, the output a test process or a
    # scanner still holds (the Copy task's own retries are for this)
    ("msb3021-access-denied", "transient",
     "C:\\Program Files\\dotnet\\sdk\\8.0.204\\Microsoft.Common.CurrentVersion.targets(4881,5): error MSB3021: Unable to "
     "copy file \"obj\\Release\\net8.0\\Acme.Worker.exe\" to \"bin\\Release\\net8.0\\Acme.Worker.exe\". Access to the path "
     "'C:\\a\\acme\\src\\Acme.Worker\\bin\\Release\\net8.0\\Acme.Worker.exe' is denied. "
     "[C:\\a\\acme\\src\\Acme.Worker\\Acme.Worker.csproj]\n"
     "\nBuild FAILED.\n" + _MSB_END),
    # same file, MSB3021 with .NET's PathTooLongException text (the destination over MAX_PATH: every run)
    ("msb3021-path-too-long", "real",
     "  Copying file from \"C:\\projects\\acme\\packages\\Acme.Generated.Contracts.1.4.0\\lib\\net48\\Acme.Generated.Contracts.dll\"\n"
     "Microsoft.Common.CurrentVersion.targets(4862,5): error MSB3021: Unable to copy file \"obj\\Release\\Acme.Generated."
     "Contracts.Serialization.Extensions.dll\" to \"C:\\projects\\acme\\src\\Acme.Integration.Tests\\bin\\Release\\net48\\"
     "Acme.Generated.Contracts.Serialization.Extensions.dll\". The specified path, file name, or both are too long. The fully "
     "qualified file name must be less than 260 characters, and the directory name must be less than 248 characters. "
     "[C:\\projects\\acme\\src\\Acme.Integration.Tests\\Acme.Integration.Tests.csproj]\n"
     "\nBuild FAILED.\n" + _APPVEYOR),
    # same file, Copy.SourceFileNotFound "MSB3030: Could not copy the file "{0}" because it was not found."
    ("msb3030-source-missing", "real",
     "  Acme.Native.Interop -> C:\\a\\acme\\src\\Acme.Native.Interop\\bin\\Release\\Acme.Native.Interop.dll\n"
     "C:\\a\\acme\\build\\CopyNative.targets(18,5): error MSB3030: Could not copy the file \"..\\native\\out\\x64\\Release\\"
     "acme_native.dll\" because it was not found. [C:\\a\\acme\\src\\Acme.Native.Interop\\Acme.Native.Interop.csproj]\n"
     "\nBuild FAILED.\n" + _MSB_END),
    # ------------------------------------------------------------------ MSBuild: nodes, Exec, imports, SDKs
    # dotnet/msbuild src/Build/Resources/Strings.resx (ChildExitedPrematurely "MSB4166: Child node "{0}" exited
    # prematurely. Shutting down.")
    ("msb4166-child-node", "transient",
     "  Acme.Data -> C:\\a\\acme\\src\\Acme.Data\\bin\\Release\\net8.0\\Acme.Data.dll\n"
     "MSBUILD : error MSB4166: Child node \"3\" exited prematurely. Shutting down. Diagnostic information may be found in "
     "files in \"C:\\Users\\runneradmin\\AppData\\Local\\Temp\\MSBuildTemp\\\" and will be named MSBuild_*.failure.txt. This "
     "location can be changed by setting the MSBUILDDEBUGPATH environment variable to a different directory.\n"
     "\nBuild FAILED.\n" + _MSB_END),
    # src/Tasks/Resources/Strings.resx (Exec.CommandFailed "MSB3073: The command "{0}" exited with code {1}."):
    # the wrapper of a command whose own error above is the cause (here a TypeScript error in the change)
    ("msb3073-after-tsc-error", "real",
     "  > acme-web@2.1.0 build\n  > tsc -p tsconfig.json\n"
     "  src/cart/total.ts(14,7): error TS2322: Type 'string' is not assignable to type 'number'.\n"
     "C:\\a\\acme\\src\\Acme.Web\\Acme.Web.csproj(52,5): error MSB3073: The command \"npm run build\" exited with code 2.\n"
     "\nBuild FAILED.\n" + _MSB_END),
    # src/Build/Resources/Strings.resx (ImportedProjectNotFound "MSB4019: The imported project "{0}" was not found.")
    ("msb4019-import-missing", "real",
     "Build started 5/14/2024 10:02:11 AM.\n"
     "C:\\projects\\acme\\src\\Acme.Setup\\Acme.Setup.wixproj(40,3): error MSB4019: The imported project \"C:\\Program Files "
     "(x86)\\MSBuild\\Microsoft\\WiX\\v3.x\\Wix.targets\" was not found. Confirm that the expression in the Import declaration "
     "\"$(WixTargetsPath)\", which evaluated to \"C:\\Program Files (x86)\\MSBuild\\Microsoft\\WiX\\v3.x\\Wix.targets\", is "
     "correct, and that the file exists on disk.\n"
     "\nBuild FAILED.\n" + _APPVEYOR),
    # src/Build/Resources/Strings.resx (CouldNotResolveSdk "MSB4236: The SDK '{0}' specified could not be found.")
    ("msb4236-sdk-not-found", "real",
     "  Determining projects to restore...\n"
     "C:\\a\\acme\\src\\Acme.Maui\\Acme.Maui.csproj : error MSB4236: The SDK 'Acme.Build.Sdk/3.2.0' specified could not "
     "be found.\n" + _GHA),
    # src/Tasks/Resources/Strings.resx (GetReferenceAssemblyPaths.OutOfDateSDK... "MSB3644: The reference
    # assemblies for {0} were not found.")
    ("msb3644-targeting-pack", "real",
     "C:\\Program Files\\Microsoft Visual Studio\\2022\\Enterprise\\MSBuild\\Current\\Bin\\Microsoft.Common.CurrentVersion."
     "targets(1259,5): error MSB3644: The reference assemblies for .NETFramework,Version=v4.5.2 were not found. To resolve "
     "this, install the Developer Pack (SDK/Targeting Pack) for this framework version or retarget your application. You "
     "can download .NET Framework Developer Packs at https://aka.ms/msbuild/developerpacks [C:\\a\\acme\\Acme.Legacy.csproj]\n"
     "\nBuild FAILED.\n" + _MSB_END),
    # src/Tasks/Resources/Strings.resx (DownloadFile.ErrorDownloading "MSB3923: Failed to download file "{0}".  {1}")
    # with HttpClient's "Response status code does not indicate success" for a 503
    ("msb3923-download-503", "transient",
     "  Downloading https://downloads.example.org/protoc/25.1/protoc-25.1-win64.zip\n"
     "C:\\a\\acme\\build\\Tools.targets(22,5): warning MSB3924: Failed to download file \"https://downloads.example.org/"
     "protoc/25.1/protoc-25.1-win64.zip\". Beginning retry 1 in 5000ms. Response status code does not indicate success: "
     "503 (Service Unavailable).\n"
     "C:\\a\\acme\\build\\Tools.targets(22,5): error MSB3923: Failed to download file \"https://downloads.example.org/protoc/"
     "25.1/protoc-25.1-win64.zip\".  Response status code does not indicate success: 503 (Service Unavailable).\n"
     "\nBuild FAILED.\n" + _MSB_END),
    # same message, the file is not there
    ("msb3923-download-404", "real",
     "  Downloading https://downloads.example.org/protoc/99.0/protoc-99.0-win64.zip\n"
     "C:\\a\\acme\\build\\Tools.targets(22,5): error MSB3923: Failed to download file \"https://downloads.example.org/protoc/"
     "99.0/protoc-99.0-win64.zip\".  Response status code does not indicate success: 404 (Not Found).\n"
     "\nBuild FAILED.\n" + _MSB_END),
    # dotnet/sdk src/Tasks/Common/Resources/Strings.resx (UnsupportedTargetFrameworkVersion "NETSDK1045: The
    # current .NET SDK does not support targeting {0} {1}.")
    ("netsdk1045-sdk-too-old", "real",
     "  Determining projects to restore...\n"
     "C:\\Program Files\\dotnet\\sdk\\8.0.204\\Sdks\\Microsoft.NET.Sdk\\targets\\Microsoft.NET.TargetFrameworkInference.targets"
     "(166,5): error NETSDK1045: The current .NET SDK does not support targeting .NET 9.0.  Either target .NET 8.0 or lower, "
     "or use a version of the .NET SDK that supports .NET 9.0. [C:\\a\\acme\\src\\Acme.Api\\Acme.Api.csproj]\n" + _GHA),
    # ------------------------------------------------------------------ NuGet
    # NuGet/NuGet.Client src/NuGet.Core/NuGet.Protocol/Strings.resx (Log_FailedToRetrieveInformation... NU1301
    # "Unable to load the service index for source {0}.") with SocketsHttpHandler's timeout below it
    ("nu1301-service-index-timeout", "transient",
     "  Determining projects to restore...\n"
     "C:\\Program Files\\dotnet\\sdk\\8.0.204\\NuGet.targets(156,5): error NU1301: Unable to load the service index for "
     "source https://pkgs.example.org/acme/nuget/v3/index.json.\n"
     "  The SSL connection could not be established, see inner exception.\n"
     "  Unable to read data from the transport connection: An existing connection was forcibly closed by the remote host.\n"
     + _GHA),
    # src/NuGet.Core/NuGet.Commands/Strings.resx (Log_UnknownPackage / NU1101 "Unable to find package {0}. No
    # packages exist with this id in source(s): {1}")
    ("nu1101-no-such-package", "real",
     "  Determining projects to restore...\n"
     "C:\\a\\acme\\src\\Acme.Api\\Acme.Api.csproj : error NU1101: Unable to find package Acme.Telemetry.Abstractionz. No "
     "packages exist with this id in source(s): nuget.org\n"
     "  Failed to restore C:\\a\\acme\\src\\Acme.Api\\Acme.Api.csproj (in 2.41 sec).\n" + _GHA),
    # same file (NU1102 "Unable to find package {0} with version {1}")
    ("nu1102-no-such-version", "real",
     "C:\\a\\acme\\src\\Acme.Api\\Acme.Api.csproj : error NU1102: Unable to find package Acme.Http with version (>= 7.4.0)\n"
     "  - Found 31 version(s) in nuget.org [ Nearest version: 7.3.2 ]\n" + _GHA),
    # ------------------------------------------------------------------ MSVC cl
    # learn.microsoft.com/cpp/error-messages/compiler-errors-1/fatal-error-c1060 ("compiler is out of heap space")
    ("c1060-out-of-heap", "transient",
     "[412/1310] Building CXX object src/render/CMakeFiles/render.dir/scene_graph.cpp.obj\n"
     "FAILED: src/render/CMakeFiles/render.dir/scene_graph.cpp.obj\n"
     "C:\\PROGRA~1\\MICROS~2\\2022\\ENTERP~1\\VC\\Tools\\MSVC\\14.38.33130\\bin\\Hostx64\\x64\\cl.exe /nologo /TP -DNDEBUG "
     "/O2 /MD /Fosrc\\render\\CMakeFiles\\render.dir\\scene_graph.cpp.obj -c C:\\a\\acme\\src\\render\\scene_graph.cpp\n"
     "C:\\a\\acme\\src\\render\\scene_graph.cpp(1): fatal error C1060: compiler is out of heap space\n" + _NINJA_END),
    # .../fatal-error-c1002 ("compiler is out of heap space in pass 2")
    ("c1002-out-of-heap-pass2", "transient",
     "  geometry_kernels.cpp\n"
     "C:\\projects\\acme\\src\\geometry\\geometry_kernels.cpp : fatal error C1002: compiler is out of heap space in pass 2\n"
     "Done Building Project \"C:\\projects\\acme\\build\\geometry.vcxproj\" (default targets) -- FAILED.\n" + _APPVEYOR),
    # .../fatal-error-c1076 ("compiler limit: internal heap limit reached") with
    # .../compiler-errors-2/compiler-error-c3859 ("Failed to create virtual memory for PCH")
    ("c1076-c3859-pch-memory", "transient",
     "  pch.cpp\n"
     "C:\\a\\acme\\src\\engine\\pch.h(12,10): error C3859: Failed to create virtual memory for PCH\n"
     "C:\\a\\acme\\src\\engine\\pch.h(12,10): message : the system returned code 1455: The paging file is too small for "
     "this operation to complete.\n"
     "C:\\a\\acme\\src\\engine\\pch.h(12,10): fatal error C1076: compiler limit: internal heap limit reached\n"
     "\nBuild FAILED.\n" + _MSB_END),
    # .../fatal-error-c1083 ("Cannot open include file: 'file': No such file or directory")
    ("c1083-include-missing", "real",
     "[88/412] Building CXX object src/net/CMakeFiles/net.dir/socket.cpp.obj\n"
     "FAILED: src/net/CMakeFiles/net.dir/socket.cpp.obj\n"
     "C:\\a\\acme\\src\\net\\socket.cpp(7): fatal error C1083: Cannot open include file: 'acme/net_config.h': No such "
     "file or directory\n" + _NINJA_END),
    # same page: a compiler-generated file refused (another cl holding it, or the folder's rights): both
    ("c1083-generated-file-denied", "unsure",
     "  stdafx.cpp\n"
     "C:\\projects\\acme\\src\\stdafx.cpp : fatal error C1083: Cannot open compiler generated file: 'x64\\Release\\acme.pch': "
     "Permission denied\n"
     "Done Building Project \"C:\\projects\\acme\\src\\acme.vcxproj\" (default targets) -- FAILED.\n" + _APPVEYOR),
    # .../fatal-error-c1041 ("cannot open program database ...; if multiple CL.EXE write to the same .PDB file,
    # please use /FS"): a race between parallel compilers the build's flags leave open: both
    ("c1041-pdb-needs-fs", "unsure",
     "  util.c\n"
     "C:\\a\\acme\\src\\util.c: fatal error C1041: cannot open program database 'C:\\a\\acme\\build\\acme.pdb'; if multiple "
     "CL.EXE write to the same .PDB file, please use /FS\n" + _NMAKE_END),
    # .../fatal-error-c1090 ("PDB API call failed, error code 'code': 'message'"): mspdbsrv went away
    ("c1090-pdb-api-failed", "transient",
     "  parser.cpp\n"
     "C:\\a\\acme\\src\\parser.cpp: fatal error C1090: PDB API call failed, error code '23': (0x000006BA)\n"
     "\nBuild FAILED.\n" + _MSB_END),
    # .../fatal-error-c1001 ("Internal compiler error"): the same code crashes the same compiler: not an outage
    ("c1001-internal-compiler-error", "unsure",
     "  matrix_ops.cpp\n"
     "C:\\a\\acme\\src\\math\\matrix_ops.cpp(211,1): fatal error C1001: Internal compiler error.\n"
     "(compiler file 'D:\\a\\_work\\1\\s\\src\\vctools\\Compiler\\Utc\\src\\p2\\main.c', line 235)\n"
     " To work around this problem, try simplifying or changing the program near the locations listed above.\n"
     "\nBuild FAILED.\n" + _MSB_END),
    # .../compiler-errors-1/command-line-error-d8040 ("error creating or communicating with child process")
    ("d8040-child-process", "transient",
     "  Compiling...\n"
     "cl : command line error D8040: error creating or communicating with child process\n"
     "\nBuild FAILED.\n" + _MSB_END),
    # .../compiler-errors-2/compiler-error-c3859, its older wording: the PCH outgrew the range /Zm sets (every run)
    ("c3859-pch-range-needs-zm", "real",
     "  stdafx.cpp\n"
     "C:\\projects\\acme\\src\\stdafx.h(40): error C3859: virtual memory range for PCH has been exceeded; please "
     "recompile with a command line option of '-Zm120' or greater\n"
     "C:\\projects\\acme\\src\\stdafx.h(40): fatal error C1076: compiler limit : internal heap limit reached; use /Zm "
     "to specify a higher limit\n"
     "Done Building Project \"C:\\projects\\acme\\src\\acme.vcxproj\" (default targets) -- FAILED.\n" + _APPVEYOR),
    # .../compiler-errors-1/compiler-error-c2065 (the code under build: a near-miss)
    ("c2065-undeclared", "real",
     "  widget.cpp\n"
     "C:\\a\\acme\\src\\ui\\widget.cpp(88,17): error C2065: 'kMaxWidth': undeclared identifier\n"
     "\nBuild FAILED.\n" + _MSB_END),
    # ------------------------------------------------------------------ MSVC link
    # learn.microsoft.com/cpp/error-messages/tool-errors/linker-tools-error-lnk1104 ("cannot open file 'filename'"):
    # an input library that is not there (a wrong path or a missing build step)
    ("lnk1104-library-missing", "real",
     "  Creating library C:\\a\\acme\\build\\Release\\acme_app.lib\n"
     "LINK : fatal error LNK1104: cannot open file 'acme_crypto.lib'\n"
     "\nBuild FAILED.\n" + _MSB_END),
    # same page: the output the linker writes, held by the test binary still running or a scanner
    ("lnk1104-output-exe-held", "transient",
     "[311/312] Linking CXX executable bin\\acme_tests.exe\n"
     "FAILED: bin/acme_tests.exe\n"
     "LINK : fatal error LNK1104: cannot open file 'bin\\acme_tests.exe'\n" + _NINJA_END),
    # .../linker-tools-error-lnk1168 ("cannot open filename for writing")
    ("lnk1168-open-for-writing", "transient",
     "  acme_cli.vcxproj -> C:\\projects\\acme\\build\\Release\\acme_core.lib\n"
     "LINK : fatal error LNK1168: cannot open C:\\projects\\acme\\build\\Release\\acme_cli.exe for writing\n"
     "Done Building Project \"C:\\projects\\acme\\build\\acme_cli.vcxproj\" (default targets) -- FAILED.\n" + _APPVEYOR),
    # .../linker-tools-error-lnk1318 ("Unexpected PDB error; error (value) 'message'"): RPC, the PDB server gone
    ("lnk1318-pdb-rpc", "transient",
     "  Generating code\n"
     "acme_core.lib(image_io.obj) : fatal error LNK1318: Unexpected PDB error; RPC (23) '(0x000006BA)'\n"
     "\nBuild FAILED.\n" + _MSB_END),
    # same page, LIMIT: the PDB outgrew its format's limit: every run
    ("lnk1318-pdb-limit", "real",
     "  Generating code\n"
     "acme_all.lib(generated_tables_77.obj) : fatal error LNK1318: Unexpected PDB error; LIMIT (12) "
     "'C:\\a\\acme\\build\\bin\\acme_all.pdb'\n"
     "\nBuild FAILED.\n" + _MSB_END),
    # .../linker-tools-error-lnk1201 ("error writing to program database 'filename'; check for insufficient disk
    # space, invalid path, or insufficient privilege")
    ("lnk1201-pdb-write", "transient",
     "  Generating code\n"
     "LINK : fatal error LNK1201: error writing to program database 'C:\\a\\acme\\build\\Release\\acme_server.pdb'; check "
     "for insufficient disk space, invalid path, or insufficient privilege\n"
     "\nBuild FAILED.\n" + _MSB_END),
    # .../linker-tools-error-lnk1102 ("out of memory")
    ("lnk1102-out-of-memory", "transient",
     "  Generating code\n"
     "LINK : fatal error LNK1102: out of memory\n"
     "\nBuild FAILED.\n" + _MSB_END),
    # .../linker-tools-error-lnk1171 ("unable to load filename (error code: code)"): 1455, the paging file too small
    ("lnk1171-mspdbcore-1455", "transient",
     "  Generating code\n"
     "LINK : fatal error LNK1171: unable to load mspdbcore.dll (error code: 1455)\n"
     "\nBuild FAILED.\n" + _MSB_END),
    # .../linker-tools-error-lnk2019 (the code under build: a near-miss)
    ("lnk2019-unresolved", "real",
     "  Generating code\n"
     "session.obj : error LNK2019: unresolved external symbol \"void __cdecl acme::audit(int)\" (?audit@acme@@YAXH@Z) "
     "referenced in function main\n"
     "C:\\a\\acme\\build\\Release\\acme.exe : fatal error LNK1120: 1 unresolved externals\n"
     "\nBuild FAILED.\n" + _MSB_END),
    # ------------------------------------------------------------------ PowerShell web cmdlets
    # Windows PowerShell's Invoke-WebRequest prints .NET Framework's WebException ("The remote server returned an
    # error: ({0}) {1}.", the text Mono's HttpWebRequest copies); PowerShell/PowerShell
    # src/Microsoft.PowerShell.Commands.Utility (FullyQualifiedErrorId WebCmdletWebResponseException)
    ("iwr-503", "transient",
     "Downloading https://downloads.example.org/tools/acme-sdk-4.2.zip\n"
     "Invoke-WebRequest : The remote server returned an error: (503) Server Unavailable.\n"
     "At C:\\projects\\acme\\ci\\install-sdk.ps1:14 char:1\n"
     "+ Invoke-WebRequest -Uri $url -OutFile $zip\n"
     "    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-WebRequest], "
     "WebException\n"
     "    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeWebRequestCommand\n"
     + _APPVEYOR),
    ("iwr-404", "real",
     "Downloading https://downloads.example.org/tools/acme-sdk-9.9.zip\n"
     "Invoke-WebRequest : The remote server returned an error: (404) Not Found.\n"
     "At C:\\projects\\acme\\ci\\install-sdk.ps1:14 char:1\n"
     "    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-WebRequest], "
     "WebException\n"
     "    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeWebRequestCommand\n"
     + _APPVEYOR),
    # .NET Framework's WebException for WebExceptionStatus.Timeout ("The operation has timed out")
    ("iwr-timed-out", "transient",
     "Invoke-WebRequest : The operation has timed out.\n"
     "At C:\\projects\\acme\\ci\\fetch-fixtures.ps1:8 char:5\n"
     "    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-WebRequest], "
     "WebException\n"
     "    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeWebRequestCommand\n"
     + _AZ_PS),
    # WebExceptionStatus.ReceiveFailure ("The underlying connection was closed: An unexpected error occurred on a receive.")
    ("iwr-closed-on-receive", "transient",
     "Invoke-RestMethod : The underlying connection was closed: An unexpected error occurred on a receive.\n"
     "At C:\\projects\\acme\\ci\\publish.ps1:31 char:9\n"
     "    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand\n"
     + _APPVEYOR),
    # WebExceptionStatus.ConnectionClosed ("The underlying connection was closed: The connection was closed unexpectedly.")
    ("iwr-closed-unexpectedly", "transient",
     "Invoke-WebRequest : The underlying connection was closed: The connection was closed unexpectedly.\n"
     "At C:\\projects\\acme\\ci\\install-sdk.ps1:14 char:1\n"
     "    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeWebRequestCommand\n"
     + _APPVEYOR),
    # WebExceptionStatus.TrustFailure ("The underlying connection was closed: Could not establish trust relationship
    # for the SSL/TLS secure channel."): the server's certificate is not trusted: every run
    ("iwr-trust-failure", "real",
     "Invoke-WebRequest : The underlying connection was closed: Could not establish trust relationship for the SSL/TLS "
     "secure channel.\n"
     "At C:\\projects\\acme\\ci\\install-sdk.ps1:14 char:1\n"
     "    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-WebRequest], "
     "WebException\n"
     "    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeWebRequestCommand\n"
     + _APPVEYOR),
    # WebExceptionStatus.SecureChannelFailure ("The request was aborted: Could not create SSL/TLS secure channel."):
    # Windows PowerShell offering TLS versions the server refuses: every run until the script sets TLS 1.2
    ("iwr-secure-channel", "real",
     "Exception calling \"DownloadString\" with \"1\" argument(s): \"The request was aborted: Could not create SSL/TLS "
     "secure channel.\"\n"
     "At C:\\projects\\acme\\ci\\bootstrap.ps1:3 char:1\n"
     "    + CategoryInfo          : NotSpecified: (:) [], MethodInvocationException\n"
     "    + FullyQualifiedErrorId : WebException\n" + _APPVEYOR),
    # WebClient.DownloadFile through PowerShell's MethodInvocationException, a 502
    ("webclient-502", "transient",
     "Exception calling \"DownloadFile\" with \"2\" argument(s): \"The remote server returned an error: (502) Bad Gateway.\"\n"
     "At C:\\projects\\acme\\ci\\get-deps.ps1:20 char:1\n"
     "    + CategoryInfo          : NotSpecified: (:) [], MethodInvocationException\n"
     "    + FullyQualifiedErrorId : WebException\n" + _APPVEYOR),
    ("webclient-429", "transient",
     "Exception calling \"DownloadFile\" with \"2\" argument(s): \"The remote server returned an error: (429) Too Many "
     "Requests.\"\n"
     "At C:\\projects\\acme\\ci\\get-deps.ps1:20 char:1\n"
     "    + FullyQualifiedErrorId : WebException\n" + _APPVEYOR),
    ("webclient-403", "real",
     "Exception calling \"DownloadFile\" with \"2\" argument(s): \"The remote server returned an error: (403) Forbidden.\"\n"
     "At C:\\projects\\acme\\ci\\get-deps.ps1:20 char:1\n"
     "    + FullyQualifiedErrorId : WebException\n" + _APPVEYOR),
    # WebExceptionStatus.ConnectFailure ("Unable to connect to the remote server")
    ("webclient-connect-failure", "transient",
     "Exception calling \"DownloadFile\" with \"2\" argument(s): \"Unable to connect to the remote server\"\n"
     "At C:\\projects\\acme\\ci\\get-deps.ps1:20 char:1\n"
     "    + FullyQualifiedErrorId : WebException\n" + _APPVEYOR),
    # PowerShell 7: src/Microsoft.PowerShell.Commands.Utility/resources/WebCmdletStrings.resx
    # (ResponseStatusCodeFailure "Response status code does not indicate success: {0} ({1}).")
    ("pwsh-iwr-502", "transient",
     "Invoke-WebRequest: C:\\a\\_temp\\3f1c2a.ps1:4\n"
     "Line |\n"
     "   4 |  Invoke-WebRequest -Uri https://artifacts.example.org/acme/fixtures.zip -OutFile fixtures.zip\n"
     "     |  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
     "     | Response status code does not indicate success: 502 (Bad Gateway).\n" + _GHA),
    # commands/utility/WebCmdlet/Common/WebRequestPSCmdlet.Common.cs (ConnectionTimeoutReached around
    # HttpClient's "The request was canceled due to the configured HttpClient.Timeout of {0} seconds elapsing.")
    ("pwsh-httpclient-timeout", "transient",
     "Invoke-RestMethod: C:\\a\\_temp\\8d02be.ps1:7\n"
     "Line |\n"
     "   7 |  $release = Invoke-RestMethod -Uri $api -TimeoutSec 100\n"
     "     | The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.\n" + _GHA),
    # ------------------------------------------------------------------ PowerShell: commands, paths, policy
    # PowerShell/PowerShell src/System.Management.Automation/resources/DiscoveryExceptions.resx
    # (CommandNotFoundException "The term '{0}' is not recognized as a name of a cmdlet, function, script file, or
    # executable program."; Windows PowerShell 5.1 says "as the name of")
    ("pwsh7-term-not-recognized", "real",
     "acmegen: C:\\a\\_temp\\5e8a10.ps1:2\n"
     "Line |\n"
     "   2 |  acmegen --out src/generated\n"
     "     |  ~~~~~~~\n"
     "     | The term 'acmegen' is not recognized as a name of a cmdlet, function, script file, or executable program.\n"
     "Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n" + _GHA),
    ("ps51-term-not-recognized", "real",
     "nuget : The term 'nuget' is not recognized as the name of a cmdlet, function, script file, or operable program. "
     "Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n"
     "At C:\\projects\\acme\\build.ps1:9 char:1\n"
     "    + CategoryInfo          : ObjectNotFound: (nuget:String) [], CommandNotFoundException\n"
     "    + FullyQualifiedErrorId : CommandNotFoundException\n" + _APPVEYOR),
    # src/System.Management.Automation/resources/SessionStateStrings.resx (PathNotFound "Cannot find path '{0}'
    # because it does not exist.")
    ("ps-cannot-find-path", "real",
     "Compress-Archive : The path 'C:\\a\\acme\\dist\\win-x64' either does not exist or is not a valid file system path.\n"
     "Get-ChildItem : Cannot find path 'C:\\a\\acme\\dist\\win-x64' because it does not exist.\n"
     "At C:\\a\\_temp\\0b7e41.ps1:3 char:1\n"
     "    + CategoryInfo          : ObjectNotFound: (C:\\a\\acme\\dist\\win-x64:String) [Get-ChildItem], "
     "ItemNotFoundException\n"
     "    + FullyQualifiedErrorId : PathNotFound,Microsoft.PowerShell.Commands.GetChildItemCommand\n" + _AZ_PS),
    # src/System.Management.Automation/resources/Authenticode.resx ("File {0} cannot be loaded because running
    # scripts is disabled on this system.")
    ("ps-execution-policy", "real",
     ".\\ci\\setup.ps1 : File C:\\projects\\acme\\ci\\setup.ps1 cannot be loaded because running scripts is disabled on "
     "this system. For more information, see about_Execution_Policies at https:/go.microsoft.com/fwlink/?LinkID=135170.\n"
     "At line:1 char:1\n"
     "    + CategoryInfo          : SecurityError: (:) [], PSSecurityException\n"
     "    + FullyQualifiedErrorId : UnauthorizedAccess\n" + _APPVEYOR),
    # ------------------------------------------------------------------ cmd.exe
    # cmd.exe's own messages (closed; Windows documentation): a command or a folder that is not there
    ("cmd-not-recognized", "real",
     "C:\\projects\\acme>protoc --csharp_out=src\\Generated proto\\acme.proto\n"
     "'protoc' is not recognized as an internal or external command,\n"
     "operable program or batch file.\n" + _APPVEYOR),
    ("cmd-path-not-found", "real",
     "C:\\projects\\acme>cd build\\win64\\Release\n"
     "The system cannot find the path specified.\n" + _APPVEYOR),
    # cmd.exe's limit of 8191 characters on a command line: every run
    ("cmd-input-line-too-long", "real",
     "C:\\projects\\acme>call ci\\setenv.cmd\n"
     "The input line is too long.\n"
     "The syntax of the command is incorrect.\n" + _APPVEYOR),
    # ------------------------------------------------------------------ files Windows holds
    # npm/cli lib/utils/error-message.js (EPERM/EACCES on win32: "It's possible that the file was already in use
    # (by a text editor or antivirus), or that you lack permissions to access it.")
    ("npm-eperm-rename-in-use", "transient",
     "npm error code EPERM\n"
     "npm error syscall rename\n"
     "npm error path C:\\a\\acme\\node_modules\\esbuild\n"
     "npm error dest C:\\a\\acme\\node_modules\\.esbuild-Xk3e9a1b\n"
     "npm error errno -4048\n"
     "npm error Error: EPERM: operation not permitted, rename 'C:\\a\\acme\\node_modules\\esbuild' -> "
     "'C:\\a\\acme\\node_modules\\.esbuild-Xk3e9a1b'\n"
     "npm error The operation was rejected by your operating system.\n"
     "npm error It's possible that the file was already in use (by a text editor or antivirus), or that you lack "
     "permissions to access it.\n" + _GHA),
    # libuv's EBUSY as npm prints it
    ("npm-ebusy-rmdir", "transient",
     "npm ERR! code EBUSY\n"
     "npm ERR! syscall rmdir\n"
     "npm ERR! path C:\\projects\\acme\\node_modules\\.cache\n"
     "npm ERR! errno -4082\n"
     "npm ERR! EBUSY: resource busy or locked, rmdir 'C:\\projects\\acme\\node_modules\\.cache'\n" + _APPVEYOR),
    # the same npm help on Linux, a global prefix the user may not write: every run (a near-miss)
    ("npm-eacces-global-prefix", "real",
     "npm ERR! code EACCES\n"
     "npm ERR! syscall mkdir\n"
     "npm ERR! path /usr/local/lib/node_modules/acme-cli\n"
     "npm ERR! Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/acme-cli'\n"
     "npm ERR! The operation was rejected by your operating system.\n"
     "npm ERR! It is likely you do not have the permissions to access this file as the current user\n" + _GHA),
    # rust-lang/cargo crates/cargo-util/src/paths.rs ("failed to remove file `{}`") over std's "Access is denied.
    # (os error 5)": the .exe a test still runs or a scanner holds
    ("cargo-remove-exe-denied", "transient",
     "   Compiling acme-cli v0.7.2 (C:\\a\\acme\\crates\\acme-cli)\n"
     "error: failed to remove file `C:\\a\\acme\\target\\debug\\acme-cli.exe`\n"
     "\n"
     "Caused by:\n"
     "  Access is denied. (os error 5)\n" + _GHA),
    # rust-lang/rustup src/errors.rs ("could not remove '{name}' file: '{}'") on the rustup.exe that is running
    ("rustup-remove-in-use", "transient",
     "info: self-update is disabled for this build of rustup\n"
     "info: removing previous version of component 'cargo'\n"
     "error: could not remove 'rustup-bin' file: 'C:\\Users\\runneradmin\\.cargo\\bin\\cargo.exe'\n"
     "error: caused by: Access is denied. (os error 5)\n" + _GHA),
    # CPython's PermissionError for ERROR_SHARING_VIOLATION (WinError 32)
    ("python-winerror-32", "transient",
     "  File \"C:\\hostedtoolcache\\windows\\Python\\3.12.3\\x64\\Lib\\shutil.py\", line 624, in _rmtree_unsafe\n"
     "    os.unlink(fullname)\n"
     "PermissionError: [WinError 32] The process cannot access the file because it is being used by another process: "
     "'C:\\a\\acme\\build\\lib\\acme\\_speedups.cp312-win_amd64.pyd'\n" + _GHA),
    # Jenkins core (hudson.Util's "Unable to delete '%s'. Tried %d times (of a maximum of %d) waiting %s sec
    # between attempts.") on a Windows agent
    ("jenkins-unable-to-delete", "transient",
     "[Pipeline] cleanWs\n"
     "ERROR: Cleanup failed\n"
     "java.io.IOException: Unable to delete 'C:\\jenkins\\workspace\\acme-win'. Tried 3 times (of a maximum of 3) waiting "
     "0.1 sec between attempts.\n"
     "Finished: FAILURE\n"),
    # a test of the code that merely names a file lock: the assertion is the cause (a near-miss)
    ("xunit-assert-about-lock", "real",
     "[xUnit.net 00:00:03.12]     Acme.Storage.Tests.FileStoreTests.Reports_sharing_violation_as_busy [FAIL]\n"
     "  Failed Acme.Storage.Tests.FileStoreTests.Reports_sharing_violation_as_busy [41 ms]\n"
     "  Error Message:\n"
     "   Assert.Equal() Failure: Strings differ\n"
     "Expected: \"busy\"\n"
     "Actual:   \"The process cannot access the file because it is being used by another process\"\n"
     "Failed!  - Failed:     1, Passed:   212, Skipped:     0, Total:   213, Duration: 4 s - Acme.Storage.Tests.dll (net8.0)\n"
     + _GHA),
    # ------------------------------------------------------------------ MAX_PATH
    # git-for-windows (compat/mingw.c, ENAMETOOLONG as "Filename too long") without core.longpaths: every run
    ("git-filename-too-long", "real",
     "Cloning into 'C:\\projects\\acme'...\n"
     "error: unable to create file src/Acme.Generated/Contracts/Serialization/Extensions/VeryLongGeneratedNamespace/"
     "VeryLongGeneratedTypeNameForTheWireFormatConverter.g.cs: Filename too long\n"
     "fatal: unable to checkout working tree\n"
     "warning: Clone succeeded, but checkout failed.\n" + _APPVEYOR),
    # Win32 ERROR_FILENAME_EXCED_RANGE (206) through CPython
    ("python-winerror-206", "real",
     "  File \"C:\\hostedtoolcache\\windows\\Python\\3.11.9\\x64\\Lib\\subprocess.py\", line 1538, in _execute_child\n"
     "    hp, ht, pid, tid = _winapi.CreateProcess(executable, args,\n"
     "FileNotFoundError: [WinError 206] The filename or extension is too long\n" + _GHA),
    # ------------------------------------------------------------------ CRLF line endings
    # bash on a script checked out with CRLF (autocrlf on a Windows runner): every run
    ("crlf-bash-carriage-return", "real",
     "Run bash ci/test.sh\n"
     "ci/test.sh: line 2: $'\\r': command not found\n"
     "ci/test.sh: line 3: set: pipefail\r: invalid option name\n" + _GHA),
    ("crlf-bad-interpreter", "real",
     "+ ./scripts/gen-version.sh\n"
     "/usr/bin/env: 'bash\\r': No such file or directory\n" + _GHA),
    # eslint's linebreak-style rule (eslint/eslint lib/rules/linebreak-style.js "Expected linebreaks to be
    # '{{expected}}' but found '{{found}}'.")
    ("crlf-eslint-linebreak-style", "real",
     "C:\\a\\acme\\src\\index.ts\n"
     "  1:34  error  Expected linebreaks to be 'LF' but found 'CRLF'  linebreak-style\n"
     "\n"
     "✖ 1 problem (1 error, 0 warnings)\n" + _GHA),
    # ------------------------------------------------------------------ winget
    # microsoft/winget-cli src/AppInstallerCommonCore/Downloader.cpp ("InternetOpenUrl() failed.") with
    # doc/troubleshooting/README.md's 0x80072efd ("ERROR_INTERNET_CANNOT_CONNECT") and 0x80072ee2 (a timeout)
    ("winget-cannot-connect", "transient",
     "Found Acme Tools [Acme.Tools] Version 3.1.0\n"
     "Downloading https://downloads.example.org/acme-tools/3.1.0/AcmeToolsSetup.exe\n"
     "An unexpected error occurred while executing the command:\n"
     "InternetOpenUrl() failed.\n"
     "0x80072efd : unknown error\n" + _AZ_PS),
    ("winget-timeout", "transient",
     "Found Acme Tools [Acme.Tools] Version 3.1.0\n"
     "Downloading https://downloads.example.org/acme-tools/3.1.0/AcmeToolsSetup.exe\n"
     "An unexpected error occurred while executing the command:\n"
     "InternetOpenUrl() failed.\n"
     "0x80072ee2 : unknown error\n" + _AZ_PS),
    # same file (THROW_HR_MSG with FACILITY_HTTP and the status: "Download request status is not success."),
    # 0x801901f7 being HTTP 503 and 0x80190194 HTTP 404
    ("winget-http-503", "transient",
     "Downloading https://downloads.example.org/acme-tools/3.1.0/AcmeToolsSetup.exe\n"
     "An unexpected error occurred while executing the command:\n"
     "Download request status is not success.\n"
     "0x801901f7 : Server unavailable (503).\n" + _AZ_PS),
    ("winget-http-404", "real",
     "Downloading https://downloads.example.org/acme-tools/3.0.9/AcmeToolsSetup.exe\n"
     "An unexpected error occurred while executing the command:\n"
     "Download request status is not success.\n"
     "0x80190194 : Not found (404).\n" + _AZ_PS),
    # src/AppInstallerCLIPackage/Shared/Strings/en-us/winget.resw (NoPackageFound "No package found matching input
    # criteria.", InstallerHashMismatch... "Installer hash does not match; ...")
    ("winget-no-package", "real",
     "Run winget install --id Acme.Toolz --exact --accept-source-agreements\n"
     "No package found matching input criteria.\n" + _GHA),
    ("winget-hash-mismatch", "real",
     "Found Acme Tools [Acme.Tools] Version 3.1.0\n"
     "Downloading https://downloads.example.org/acme-tools/3.1.0/AcmeToolsSetup.exe\n"
     "Installer hash does not match; to override this check use --ignore-security-hash\n" + _GHA),
    # ------------------------------------------------------------------ Scoop
    # ScoopInstaller/Scoop lib/download.ps1 (the .NET error, then abort "URL $url is not valid") and
    # lib/install.ps1 ("Couldn't find manifest for '$app'")
    ("scoop-download-503", "transient",
     "Installing 'acme-cli' (2.4.0) [64bit] from 'extras' bucket\n"
     "acme-cli-2.4.0-win64.zip (0 B) [>                                             ]   0%\n"
     "The remote server returned an error: (503) Server Unavailable.\n"
     "URL https://downloads.example.org/acme-cli/2.4.0/acme-cli-2.4.0-win64.zip is not valid\n" + _GHA),
    ("scoop-download-404", "real",
     "Installing 'acme-cli' (2.4.0) [64bit] from 'extras' bucket\n"
     "The remote server returned an error: (404) Not Found.\n"
     "URL https://downloads.example.org/acme-cli/2.4.0/acme-cli-2.4.0-win64.zip is not valid\n" + _GHA),
    ("scoop-no-manifest", "real",
     "Run scoop install acme-clii\n"
     "Couldn't find manifest for 'acme-clii'.\n" + _GHA),
    # lib/download.ps1 (check_hash: "Hash check failed!")
    ("scoop-hash-check-failed", "real",
     "Installing 'acme-cli' (2.4.0) [64bit] from 'extras' bucket\n"
     "Checking hash of acme-cli-2.4.0-win64.zip ... ERROR Hash check failed!\n"
     "App:         extras/acme-cli\n"
     "URL:         https://downloads.example.org/acme-cli/2.4.0/acme-cli-2.4.0-win64.zip\n"
     "First bytes: 50 4B 03 04 14 00 00 00\n"
     "Expected:    6c1a...e09f\n"
     "Actual:      91b7...44d2\n" + _GHA),
    # same function: Scoop's own hint that SourceForge's mirrors fail hash checks now and then (try again)
    ("scoop-hash-sourceforge", "unsure",
     "Installing 'acme-gui' (1.9) [64bit] from 'extras' bucket\n"
     "Checking hash of acme-gui-1.9-win64.7z ... ERROR Hash check failed!\n"
     "App:         extras/acme-gui\n"
     "URL:         https://downloads.sourceforge.net/project/acme-gui/1.9/acme-gui-1.9-win64.7z\n"
     "SourceForge.net is known for causing hash validation fails. Please try again before opening a ticket.\n" + _GHA),
    # ------------------------------------------------------------------ vcpkg on Windows
    # microsoft/vcpkg-tool include/vcpkg/base/message-data.inc.h (FailedToDownloadFromMirrorSet "Failed to download
    # from mirror set") with WinHTTP's 12002 (ERROR_WINHTTP_TIMEOUT) and 12030 (connection aborted) per URL
    ("vcpkg-mirror-set-winhttp-timeout", "transient",
     "Downloading https://github.com/acme-oss/zstd-lite/archive/v1.5.6.tar.gz\n"
     "warning: Download failed -- retrying after 1000ms\n"
     "warning: Download failed -- retrying after 2000ms\n"
     "error: Failed to download from mirror set\n"
     "error: https://github.com/acme-oss/zstd-lite/archive/v1.5.6.tar.gz: WinHttpSendRequest failed with exit code 12002\n"
     "error: https://github.com/acme-oss/zstd-lite/archive/v1.5.6.tar.gz: WinHttpSendRequest failed with exit code 12030\n"
     + _GHA),
    # same message, the archive gone (404) on every mirror
    ("vcpkg-mirror-set-404", "real",
     "error: Failed to download from mirror set\n"
     "error: https://mirror.example.org/msys2/mingw/x86_64/mingw-w64-x86_64-acme-1.0-1-any.pkg.tar.zst: failed: status "
     "code 404\n"
     "error: https://repo.example.org/msys2/mingw/x86_64/mingw-w64-x86_64-acme-1.0-1-any.pkg.tar.zst: failed: status "
     "code 404\n" + _GHA),
    # older vcpkg-tool ("Failed to download from mirror set" then "File does not have the expected hash:")
    ("vcpkg-mirror-set-hash", "real",
     "Downloading https://github.com/acme-oss/box3d/archive/v3.0.0.tar.gz\n"
     "error: Failed to download from mirror set\n"
     "error: File does not have the expected hash:\n"
     "url: https://github.com/acme-oss/box3d/archive/v3.0.0.tar.gz\n"
     "Expected hash: 3b1c...9e0a\n"
     "Actual hash: 77f2...c41d\n" + _GHA),
    # src/vcpkg/commands.build.cpp ("building {spec} failed with: {build_result}"): the port's own build
    ("vcpkg-port-build-failed", "real",
     "-- Building x64-windows-rel\n"
     "CMake Error at scripts/cmake/vcpkg_execute_build_process.cmake:134 (message):\n"
     "    Command failed: C:/PROGRA~1/CMake/bin/cmake.exe --build . --config Release --target install -- -v -j5\n"
     "error: building acme-zlib:x64-windows failed with: BUILD_FAILED\n" + _GHA),
    # ------------------------------------------------------------------ CI agents on Windows
    # AppVeyor documentation (www.appveyor.com/docs/build-configuration, build timeouts): the plan's time limit
    ("appveyor-max-time", "transient",
     "Running tests...\n"
     "Build execution time has reached the maximum allowed time for your plan (60 minutes).\n"),
    # Azure Pipelines agent (microsoft/azure-pipelines-agent): the server lost the Windows agent
    ("azure-agent-lost", "transient",
     "##[error]We stopped hearing from agent Azure Pipelines 7. Verify the agent machine is running and has a healthy "
     "network connection. Anything that terminates an agent process, starves it for CPU, or blocks its network access "
     "can cause this error.\n"),
]

_BY_VERDICT = {v: [c for c in CASES if c[1] == v] for v in ("transient", "real", "unsure")}


@pytest.mark.parametrize("case_id,expected,log", [c for c in CASES if c[1] != "unsure"],
                         ids=[c[0] for c in CASES if c[1] != "unsure"])
def test_windows_tool_messages_read_as_the_tool_means(case_id, expected, log):
    v = judge(log)
    assert v.verdict == expected, (case_id, v.verdict, v.confidence, v.rationale)


@pytest.mark.parametrize("case_id,log", [(c[0], c[2]) for c in _BY_VERDICT["unsure"]],
                         ids=[c[0] for c in _BY_VERDICT["unsure"]])
def test_windows_wordings_printed_for_both_are_not_sure_transient(case_id, log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py
# (a guard against patterns that backtrack; a timing is a benchmark's, not a test's).
LONG_LINE_WORDS = [
    "error: failed to remove file `C:\\a\\b.exe` ",
    "error: failed to download from mirror set ",
    "error: https://x/y: failed: status code 404 ",
    "fatal error LNK1168: cannot open C:\\a\\b.exe ",
    "fatal error LNK1104: cannot open file 'a.exe' ",
    "could not remove 'rustup-bin' file: 'C:\\a' ",
    "the path 'C:\\a' is too long, or a component ",
    "fatal error C1076: compiler limit : internal heap limit reached ",
    "The remote server returned an error: (403) Forbidden. ",
    "Cannot find path 'C:\\a' because it does not exist. ",
]
