"""Fifteenth round, tool sources: desktop application packaging and installers in CI. electron-builder
(its resource and entry-file checks, the binaries it downloads from GitHub: Electron, NSIS, AppImage
tools; the helper commands it runs; publishing to GitHub Releases), electron-forge's makers, Tauri's
bundler (tauri-cli "failed to bundle project": linuxdeploy/AppImage, WiX's candle/light, NSIS, the
WebView2 bootstrapper and tool downloads), flatpak-builder's source downloads, appimagetool and
linuxdeploy, the WiX Toolset (candle/light, ICE validation), Inno Setup's ISCC, NSIS's makensis,
MakeAppx for MSIX, macOS disk images (hdiutil under create-dmg, electron-builder and Tauri),
PyInstaller, Briefcase, and jpackage/jlink. Electron's own postinstall download (@electron/get) is
held by test_tool_sources_native_prebuilt.py and not repeated here.

Each case is a short log written for the test around one message as the tool prints it. The wording
was read from the tools' own source where it is open (the comment above each case names the
repository and file); MakeAppx, hdiutil, WiX's ICE texts and jpackage's resources are read from
their documentation or from the messages as quoted in public projects (said so above each case);
hosts, applications and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a download of Electron, NSIS, WiX, linuxdeploy, the WebView2 bootstrapper or a Flatpak module's
    source that timed out, was reset, or met a 5xx; a GitHub upload that met a 5xx after the tool's
    own retries; Briefcase's "is your computer offline?" -> transient;
  * hdiutil's "create failed - Resource busy" -> transient: the image's temporary volume or source
    folder is held for a moment by the runner's indexer (Spotlight/mds), an antivirus scan or a
    volume of the same name still detaching; projects retry it and a rerun passes;
  * a resource, entry file, icon, desktop file, include or source file that does not exist, a script
    or config error (NSIS, ISCC, WiX candle, a manifest MakeAppx rejects), WiX ICE validation, a
    version or asset that does not exist (404), a release asset or tag that already exists, a token
    not set or refused (401/403), a checksum mismatch, a tool missing from the image (WiX for
    jpackage, libfuse for AppImages), a frozen app that cannot import a module -> real;
  * wordings printed for both (electron-builder's bare "cannot execute cause=exit status 1", Tauri's
    bare "failed to run linuxdeploy", WiX's LGHT0217 "Windows Installer Service could not be
    accessed", hdiutil "No space left on device", which is as often a -size too small as a full
    disk) -> not surely transient;
  * near-misses: an app's own tests about downloads and timeouts failing on assertions, a packaging
    log whose application is named after timeouts or resets.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GITLAB = "ERROR: Job failed: exit code 1\n"
_AZURE = "##[error]Cmd.exe exited with code '1'.\n"
_EB = "  • electron-builder  version=24.13.3 os=6.5.0-1021-azure\n  • loaded configuration  file=package.json (\"build\" field)\n"
_EB_MAC = "  • electron-builder  version=24.13.3 os=23.4.0\n  • loaded configuration  file=electron-builder.yml\n"
_TAURI = "    Finished `release` profile [optimized] target(s) in 3m 12s\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ electron-builder
    # electron-userland/electron-builder packages/app-builder-lib/src/platformPackager.ts ("cannot find
    # specified resource ..., nor relative to ..., neither relative to project dir"); log.ts ("⨯" for errors)
    ("eb-cannot-find-specified-resource", "real",
     _EB +
     "  • packaging       platform=linux arch=x64 electron=28.2.1 appOutDir=release/linux-unpacked\n"
     "  ⨯ cannot find specified resource \"build/icons/512x512.png\", nor relative to \"/home/ci/app/build\", neither relative to project dir (\"/home/ci/app\")\n"
     + _EXIT),
    # packages/app-builder-lib/src/asar/asarFileChecker.ts ("${messagePrefix} \"${relativeFile}\" in the
    # \"${asarFile}\" does not exist. Seems like a wrong configuration.") with "Application entry file"
    ("eb-application-entry-file-missing", "real",
     _EB +
     "  • packaging       platform=linux arch=x64 electron=28.2.1 appOutDir=release/linux-unpacked\n"
     "  ⨯ Application entry file \"dist/main/index.js\" in the \"/home/ci/app/release/linux-unpacked/resources/app.asar\" does not exist. Seems like a wrong configuration.  failedTask=build stackTrace=Error: Application entry file \"dist/main/index.js\" in the \"/home/ci/app/release/linux-unpacked/resources/app.asar\" does not exist. Seems like a wrong configuration.\n"
     + _EXIT),
    # app-builder (Go downloader under electron-builder): a net/http error on the GitHub release download
    ("eb-electron-zip-dial-timeout", "transient",
     _EB_MAC +
     "  • downloading     url=https://github.com/electron/electron/releases/download/v28.2.1/electron-v28.2.1-darwin-arm64.zip size=95 MB parts=6\n"
     "  ⨯ Get \"https://github.com/electron/electron/releases/download/v28.2.1/electron-v28.2.1-darwin-arm64.zip\": dial tcp 140.82.112.3:443: i/o timeout\n"
     + _EXIT),
    ("eb-nsis-download-reset", "transient",
     "  • electron-builder  version=24.13.3 os=10.0.20348\n"
     "  • packaging       platform=win32 arch=x64 electron=28.2.1 appOutDir=release\\win-unpacked\n"
     "  • downloading     url=https://github.com/electron-userland/electron-builder-binaries/releases/download/nsis-3.0.4.1/nsis-3.0.4.1.7z size=1.3 MB parts=1\n"
     "  ⨯ Get \"https://github.com/electron-userland/electron-builder-binaries/releases/download/nsis-3.0.4.1/nsis-3.0.4.1.7z\": read tcp 10.1.0.4:50123->140.82.114.4:443: wsarecv: An existing connection was forcibly closed by the remote host.\n"
     + _AZURE),
    ("eb-appimage-tools-client-timeout", "transient",
     _EB +
     "  • building        target=AppImage arch=x64 file=release/Acme-1.4.0.AppImage\n"
     "  • downloading     url=https://github.com/electron-userland/electron-builder-binaries/releases/download/appimage-12.0.1/appimage-12.0.1.7z size=1.6 MB parts=1\n"
     "  ⨯ Get \"https://github.com/electron-userland/electron-builder-binaries/releases/download/appimage-12.0.1/appimage-12.0.1.7z\": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)\n"
     + _CIRCLE),
    ("eb-wine-download-502", "transient",
     _EB +
     "  • downloading     url=https://github.com/electron-userland/electron-builder-binaries/releases/download/wine-4.0.1-mac/wine-4.0.1-mac.7z size=19 MB parts=4\n"
     "  ⨯ cannot resolve https://github.com/electron-userland/electron-builder-binaries/releases/download/wine-4.0.1-mac/wine-4.0.1-mac.7z: status code 502\n"
     + _EXIT),
    # a pinned Electron version that was never released: 404 on every run
    ("eb-electron-zip-404", "real",
     _EB +
     "  • downloading     url=https://github.com/electron/electron/releases/download/v28.9.9/electron-v28.9.9-linux-x64.zip size= parts=1\n"
     "  ⨯ cannot resolve https://github.com/electron/electron/releases/download/v28.9.9/electron-v28.9.9-linux-x64.zip: status code 404\n"
     + _EXIT),
    # app-builder's "cannot execute" with the NSIS script error in errorOut (Source/makenssi.cpp,
    # Source/scriptpp.cpp of kichik/nsis)
    ("eb-cannot-execute-nsis-include", "real",
     "  • electron-builder  version=24.13.3 os=10.0.20348\n"
     "  • building        target=nsis file=release\\Acme Setup 1.4.0.exe archs=x64 oneClick=true perMachine=false\n"
     "  ⨯ cannot execute  cause=exit status 1\n"
     "                    errorOut=!include: could not find: \"build\\installer.nsh\"\n"
     "    Error in script \"<stdin>\" on line 71 -- aborting creation process\n"
     "                    command=C:\\Users\\runneradmin\\AppData\\Local\\electron-builder\\Cache\\nsis\\nsis-3.0.4.1\\Bin\\makensis.exe -DAPP_ID=com.acme.app\n"
     + _AZURE),
    # packages/electron-publish/src/util.ts ("${providerName} Personal Access Token is not set, neither
    # programmatically, nor using env \"${envHint}\"")
    ("eb-publish-token-not-set", "real",
     _EB +
     "  • building        target=deb arch=x64 file=release/acme_1.4.0_amd64.deb\n"
     "  ⨯ GitHub Personal Access Token is not set, neither programmatically, nor using env \"GH_TOKEN\"\n"
     + _EXIT),
    # packages/builder-util-runtime/src/httpExecutor.ts createHttpError ("${statusCode} ${statusMessage}"
    # then the JSON description and "Headers:")
    ("eb-publish-403-forbidden", "real",
     _EB +
     "  • publishing      publisher=Github (owner: acme, project: desk, version: 1.4.0)\n"
     "  • uploading       file=Acme-1.4.0.AppImage provider=github\n"
     "  ⨯ HttpError: 403 Forbidden\n"
     "\"method: POST url: https://api.github.com/repos/acme/desk/releases\\n\\n          Data:\\n          {\\\"message\\\":\\\"Resource not accessible by integration\\\",\\\"documentation_url\\\":\\\"https://docs.github.com/rest/releases/releases#create-a-release\\\"}\\n          \"\n"
     "Headers: {\"server\":\"github.com\",\"x-github-media-type\":\"github.v3; format=json\"}\n"
     + _EXIT),
    # packages/electron-publish/src/gitHubPublisher.ts doesErrorMeanAlreadyExists (422 with already_exists)
    ("eb-publish-422-already-exists", "real",
     _EB +
     "  • publishing      publisher=Github (owner: acme, project: desk, version: 1.4.0)\n"
     "  ⨯ HttpError: 422 Unprocessable Entity\n"
     "\"method: POST url: https://api.github.com/repos/acme/desk/releases\\n\\n          Data:\\n          {\\\"message\\\":\\\"Validation Failed\\\",\\\"errors\\\":[{\\\"resource\\\":\\\"Release\\\",\\\"code\\\":\\\"already_exists\\\",\\\"field\\\":\\\"tag_name\\\"}]}\\n          \"\n"
     + _EXIT),
    # httpExecutor.ts retries server errors (isServerError) before giving up: a lasting GitHub outage
    ("eb-publish-upload-502", "transient",
     _EB +
     "  • uploading       file=Acme-1.4.0.AppImage provider=github\n"
     "  ⨯ HttpError: 502 Bad Gateway\n"
     "\"method: POST url: https://uploads.github.com/repos/acme/desk/releases/151515/assets?name=Acme-1.4.0.AppImage\\n\\n          Data:\\n          \"\n"
     + _EXIT),
    # packages/builder-util/src/util.ts ExecError ("${command} process failed ERR_ELECTRON_BUILDER_CANNOT_EXECUTE",
    # "Exit code:", "Error output:") around hdiutil (closed, Apple; wording as projects quote it)
    ("eb-dmg-hdiutil-resource-busy", "transient",
     _EB_MAC +
     "  • building        target=DMG arch=arm64 file=release/Acme-1.4.0-arm64.dmg\n"
     "  ⨯ hdiutil process failed ERR_ELECTRON_BUILDER_CANNOT_EXECUTE\n"
     "Exit code:\n1\n"
     "Error output:\nhdiutil: create failed - Resource busy\n"
     + _EXIT),
    # an untrusted certificate from a proxy in front of GitHub: the same on every run from that network
    ("eb-download-x509-unknown-authority", "real",
     _EB +
     "  • downloading     url=https://github.com/electron/electron/releases/download/v28.2.1/electron-v28.2.1-linux-x64.zip size=99 MB parts=8\n"
     "  ⨯ Get \"https://github.com/electron/electron/releases/download/v28.2.1/electron-v28.2.1-linux-x64.zip\": tls: failed to verify certificate: x509: certificate signed by unknown authority\n"
     + _GITLAB),
    # ------------------------------------------------------------------ electron-forge
    # electron/forge packages/api/core/src/api/make.ts ("Could not find any make targets configured for
    # the \"${platform}\" platform.")
    ("forge-no-make-targets", "real",
     "> acme-desk@1.4.0 make\n> electron-forge make\n"
     "✔ Checking your system\n"
     "✔ Loading configuration\n"
     "An unhandled rejection has occurred inside Forge:\n"
     "Error: Could not find any make targets configured for the \"darwin\" platform.\n"
     + _EXIT),
    # @electron/get under forge's packager: a reset while fetching Electron
    ("forge-electron-get-etimedout", "transient",
     "> electron-forge make --arch=x64\n"
     "✔ Checking your system\n"
     "✖ Preparing to package application\n"
     "An unhandled rejection has occurred inside Forge:\n"
     "RequestError: connect ETIMEDOUT 140.82.121.4:443\n"
     "    at ClientRequest.<anonymous> (/home/ci/app/node_modules/got/dist/source/core/index.js:970:111)\n"
     + _CIRCLE),
    # ------------------------------------------------------------------ Tauri
    # tauri-apps/tauri crates/tauri-cli/src/bundle.rs ("failed to bundle project"), crates/tauri-bundler/
    # src/bundle/windows/msi/mod.rs ("error running light.exe"); WiX's LGHT0204 ICE text per the WiX docs
    ("tauri-light-ice-validation", "real",
     _TAURI +
     "     Running light to produce C:\\a\\desk\\target\\release\\bundle\\msi\\Acme_1.4.0_x64_en-US.msi\n"
     "C:\\a\\desk\\target\\release\\wix\\x64\\main.wxs(88) : error LGHT0204 : ICE38: Component ApplicationShortcutDesktop installs to user profile. It must use a registry key under HKCU as its KeyPath, not a file.\n"
     "failed to bundle project: error running light.exe\n"
     "       Error failed to bundle project: error running light.exe\n"
     + _EXIT),
    # crates/tauri-bundler/src/bundle/windows/util.rs download (ureq: "{url}: {kind}: {message}")
    ("tauri-wix-download-connect-timeout", "transient",
     _TAURI +
     "        Info Verifying wix package\n"
     " Downloading https://github.com/wixtoolset/wix3/releases/download/wix3141rtm/wix314-binaries.zip\n"
     "       Error failed to bundle project: https://github.com/wixtoolset/wix3/releases/download/wix3141rtm/wix314-binaries.zip: Connection Failed: Connect error: connection timed out (os error 10060)\n"
     + _EXIT),
    ("tauri-webview2-bootstrapper-reset", "transient",
     _TAURI +
     " Downloading https://go.microsoft.com/fwlink/p/?LinkId=2124703\n"
     "       Error failed to bundle project: https://go.microsoft.com/fwlink/p/?LinkId=2124703: Network Error: An existing connection was forcibly closed by the remote host. (os error 10054)\n"
     + _EXIT),
    ("tauri-nsis-download-404", "real",
     _TAURI +
     " Downloading https://github.com/tauri-apps/binary-releases/releases/download/nsis-3.99/nsis-3.99.zip\n"
     "       Error failed to bundle project: https://github.com/tauri-apps/binary-releases/releases/download/nsis-3.99/nsis-3.99.zip: status code 404\n"
     + _EXIT),
    # crates/tauri-bundler/src/error.rs ("hash mismatch of downloaded file")
    ("tauri-hash-mismatch", "real",
     _TAURI +
     " Downloading https://github.com/tauri-apps/binary-releases/releases/download/nsis-3/nsis-3.zip\n"
     "        Info validating hash\n"
     "       Error failed to bundle project: `hash mismatch of downloaded file`\n"
     + _EXIT),
    # crates/tauri-bundler/src/error.rs ("Could not find Icon paths.  Please make sure they exist in the tauri config JSON file")
    ("tauri-icon-paths-missing", "real",
     _TAURI +
     "    Bundling Acme.app (/Users/runner/work/desk/target/release/bundle/macos/Acme.app)\n"
     "       Error failed to bundle project: Could not find Icon paths.  Please make sure they exist in the tauri config JSON file\n"
     + _EXIT),
    # crates/tauri-bundler/src/bundle/macos/dmg/mod.rs ("error running bundle_dmg.sh") after hdiutil's busy volume
    ("tauri-bundle-dmg-resource-busy", "transient",
     _TAURI +
     "    Bundling Acme_1.4.0_aarch64.dmg (/Users/runner/work/desk/target/release/bundle/dmg/Acme_1.4.0_aarch64.dmg)\n"
     "     Running bundle_dmg.sh\n"
     "hdiutil: create failed - Resource busy\n"
     "       Error failed to bundle project: error running bundle_dmg.sh\n"
     + _EXIT),
    # AppImage runtime needing FUSE: the image lacks libfuse2 (AppImage/AppImageKit runtime.c)
    ("tauri-linuxdeploy-no-fuse", "real",
     _TAURI +
     "    Bundling acme_1.4.0_amd64.AppImage (/home/runner/work/desk/target/release/bundle/appimage/acme_1.4.0_amd64.AppImage)\n"
     "dlopen(): error loading libfuse.so.2\n"
     "AppImages require FUSE to run.\n"
     "       Error failed to bundle project: `failed to run linuxdeploy`\n"
     + _EXIT),
    # ------------------------------------------------------------------ flatpak-builder
    # flatpak/flatpak-builder src/builder-main.c ("Failed to download sources: %s"), builder-module.c
    # ("module %s: " prefix), builder-utils.c (curl's error text)
    ("flatpak-builder-download-timeout", "transient",
     "Downloading sources\n"
     "Fetching https://downloads.example.org/libwidget/libwidget-2.4.1.tar.xz\n"
     "Error downloading, trying mirrors\n"
     "Failed to download sources: module libwidget: Connection timed out after 30002 milliseconds\n"
     + _EXIT),
    ("flatpak-builder-download-404", "real",
     "Downloading sources\n"
     "Fetching https://downloads.example.org/libwidget/libwidget-2.4.9.tar.xz\n"
     "Failed to download sources: module libwidget: The requested URL returned error: 404\n"
     + _EXIT),
    # builder-utils.c ("Wrong %s checksum for %s, expected \"%s\", was \"%s\"")
    ("flatpak-builder-wrong-sha256", "real",
     "Downloading sources\n"
     "Fetching https://downloads.example.org/libwidget/libwidget-2.4.1.tar.xz\n"
     "Failed to download sources: module libwidget: Wrong sha256 checksum for libwidget-2.4.1.tar.xz, expected \"1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c5b6a7988\", was \"9a8b7c6d5e4f30219a8b7c6d5e4f30219a8b7c6d5e4f30219a8b7c6d5e4f3021\"\n"
     + _EXIT),
    # builder-source-archive.c ("No checksum specified for archive source %s")
    ("flatpak-builder-no-checksum", "real",
     "Downloading sources\n"
     "Failed to download sources: module libwidget: No checksum specified for archive source libwidget-2.4.1.tar.xz\n"
     + _EXIT),
    # builder-module.c ("module %s: Can't find makefile")
    ("flatpak-builder-cant-find-makefile", "real",
     "Starting build of org.example.Desk\n"
     "========================================================================\n"
     "Building module libwidget in /__w/desk/.flatpak-builder/build/libwidget-1\n"
     "========================================================================\n"
     "Error: module libwidget: Can't find makefile\n"
     + _EXIT),
    # ------------------------------------------------------------------ AppImage
    # AppImage/appimagetool src/appimagetool.c (die("Desktop file not found, aborting"))
    ("appimagetool-desktop-file-not-found", "real",
     "+ ./appimagetool-x86_64.AppImage dist/Acme.AppDir dist/Acme-x86_64.AppImage\n"
     "appimagetool, continuous build (commit 5735cc5)\n"
     "Using architecture x86_64\n"
     "/home/ci/app/dist/Acme.AppDir should be packaged as dist/Acme-x86_64.AppImage\n"
     "Desktop file not found, aborting\n"
     + _CIRCLE),
    # ------------------------------------------------------------------ WiX Toolset
    # WiX v3 light ICE validation (LGHT0204, doc: wixtoolset.org/docs/v3/ and the Windows Installer ICE reference)
    ("wix-light-ice03", "real",
     "Windows Installer XML Toolset Linker version 3.14.1.8722\n"
     "C:\\projects\\desk\\installer\\Product.wxs(57) : error LGHT0204 : ICE03: Invalid format string; Table: Shortcut, Column: Arguments, Key(s): AppShortcut\n"
     "Done building project \"Installer.wixproj\" -- FAILED.\n"
     "Build FAILED.\n"
     "Command exited with code 1\n"),
    # WiX v3 candle CNDL0104 (as WiX's own tests word it: "Not a valid source file; detail: ...")
    ("wix-candle-not-valid-source", "real",
     "Windows Installer XML Toolset Compiler version 3.14.1.8722\n"
     "Product.wxs\n"
     "C:\\projects\\desk\\installer\\Product.wxs : error CNDL0104 : Not a valid source file; detail: An XML comment cannot contain '--', and '-' cannot be the last character. Line 40, position 12.\n"
     + _AZURE),
    # WiX v3 LGHT0103 ("The system cannot find the file '%s' with type '%s'.")
    ("wix-light-file-not-found", "real",
     "Windows Installer XML Toolset Linker version 3.14.1.8722\n"
     "C:\\projects\\desk\\installer\\Files.wxs(12) : error LGHT0103 : The system cannot find the file 'dist\\Acme.exe' with type 'Source'.\n"
     "Done building project \"Installer.wixproj\" -- FAILED.\n"
     + _AZURE),
    # ------------------------------------------------------------------ Inno Setup
    # jrsoftware/issrc Projects/ISCC.dpr ("Error on line %d in %s: %s", "Compile aborted."),
    # Projects/Src/Compiler.Messages.pas ("Source file \"%s\" does not exist")
    ("iscc-source-file-missing", "real",
     "Inno Setup 6 Command-Line Compiler\n"
     "Compiler engine version: Inno Setup 6.2.2\n"
     "[Files]\n"
     "Error on line 44 in D:\\a\\desk\\desk\\installer\\acme.iss: Source file \"D:\\a\\desk\\desk\\dist\\Acme.exe\" does not exist\n"
     "Compile aborted.\n"
     + _EXIT),
    ("iscc-unknown-identifier", "real",
     "Inno Setup 6 Command-Line Compiler\n"
     "[Code]\n"
     "Error on line 131 in D:\\a\\desk\\desk\\installer\\acme.iss: Column 7:\n"
     "Unknown identifier 'IsWin64Bit'\n"
     "Compile aborted.\n"
     + _EXIT),
    # ------------------------------------------------------------------ NSIS
    # kichik/nsis Source/makenssi.cpp ("Error in script \"%s\" on line %d -- aborting creation process")
    ("makensis-script-error", "real",
     "MakeNSIS v3.09 - Copyright 1999-2023 Contributors\n"
     "Processing script file: \"installer.nsi\" (ACP)\n"
     "Invalid command: \"SetCompresor\"\n"
     "Error in script \"installer.nsi\" on line 12 -- aborting creation process\n"
     + _EXIT),
    # Source/scriptpp.cpp ("!include: could not find: \"%s\"")
    ("makensis-include-not-found", "real",
     "MakeNSIS v3.09 - Copyright 1999-2023 Contributors\n"
     "Processing script file: \"installer.nsi\" (ACP)\n"
     "!include: could not find: \"nsis\\ui-strings.nsh\"\n"
     "Error in script \"installer.nsi\" on line 8 -- aborting creation process\n"
     + _GITLAB),
    # ------------------------------------------------------------------ MSIX
    # MakeAppx (closed, Microsoft; wording per learn.microsoft.com MakeAppx docs and as projects quote it)
    ("makeappx-format-not-valid", "real",
     "Microsoft (R) MakeAppx Tool\n"
     "MakeAppx : error: Manifest validation error: Line 31, Column 50, Reason: The file name \"Acme.exe\" declared for element \"*[local-name()='Applications']/*[local-name()='Application']\" doesn't exist in the package.\n"
     "MakeAppx : error: Package creation failed.\n"
     "MakeAppx : error: 0x80080204 - The specified package format is not valid: The package manifest is not valid.\n"
     + _AZURE),
    # ------------------------------------------------------------------ macOS disk images
    # create-dmg/create-dmg create-dmg (runs hdiutil create); hdiutil closed (Apple): a busy volume
    ("create-dmg-hdiutil-resource-busy", "transient",
     "Creating disk image...\n"
     "...............................................................\n"
     "hdiutil: create failed - Resource busy\n"
     + _EXIT),
    ("hdiutil-detach-resource-busy", "transient",
     "+ hdiutil attach -readwrite -noverify -noautoopen build/rw.Acme.dmg\n"
     "/dev/disk4          \tGUID_partition_scheme\n"
     "/dev/disk4s1        \tApple_HFS                      \t/Volumes/Acme\n"
     "+ hdiutil detach /dev/disk4\n"
     "hdiutil: couldn't unmount \"disk4\" - Resource busy\n"
     + _CIRCLE),
    # ------------------------------------------------------------------ PyInstaller, Briefcase
    # pyinstaller/pyinstaller PyInstaller/building/utils.py ("Unable to find %r when adding binary and data files.")
    ("pyinstaller-unable-to-find-data", "real",
     "123 INFO: PyInstaller: 6.5.0, contrib hooks: 2024.3\n"
     "124 INFO: Python: 3.11.8\n"
     "402 INFO: Appending 'datas' from .spec\n"
     "Unable to find '/home/ci/app/assets/fonts' when adding binary and data files.\n"
     + _EXIT),
    # bootloader/src/pyi_launch.c ("Failed to execute script '%s' due to unhandled exception!") in a smoke test
    ("pyinstaller-frozen-smoke-module-not-found", "real",
     "+ ./dist/acme/acme --version\n"
     "Traceback (most recent call last):\n"
     "  File \"acme/__main__.py\", line 3, in <module>\n"
     "ModuleNotFoundError: No module named 'acme.plugins.csv_export'\n"
     "[PYI-4211:ERROR] Failed to execute script '__main__' due to unhandled exception!\n"
     + _EXIT),
    # beeware/briefcase src/briefcase/exceptions.py NetworkFailure ("Unable to {action}; is your computer offline?")
    ("briefcase-network-failure", "transient",
     "[acme] Building App...\n"
     "RCEdit was not found; downloading and installing...\n"
     "Unable to download RCEdit; is your computer offline?\n"
     "The reported cause of the problem was The read operation timed out\n"
     + _EXIT),
    # MissingNetworkResourceError ("Unable to download {url}; is the URL correct?")
    ("briefcase-missing-network-resource", "real",
     "[acme] Downloading support package...\n"
     "Unable to download https://briefcase-support.example.org/python/3.11/linux/Python-3.11-linux-support.b9.tar.gz; is the URL correct?\n"
     + _EXIT),
    # ------------------------------------------------------------------ jpackage / jlink
    # openjdk/jdk jdk.jpackage WinResources.properties / MainResources.properties ("Can not find WiX
    # tools ...", "Error: Invalid or unsupported type: [{0}]") (as quoted in public projects)
    ("jpackage-wix-missing", "real",
     "> Task :app:jpackage\n"
     "Can not find WiX tools. Was looking for WiX v3 light.exe and candle.exe or WiX v4/v5 wix.exe and none was found\n"
     "Download WiX 3.0 or later from https://wixtoolset.org and add it to the PATH.\n"
     "Error: Invalid or unsupported type: [msi]\n"
     "> Task :app:jpackage FAILED\n"
     "FAILURE: Build failed with an exception.\n"
     + _EXIT),
    ("jpackage-type-on-wrong-os", "real",
     "+ jpackage --type dmg --input build/libs --main-jar acme.jar --name Acme\n"
     "Error: Invalid or unsupported type: [dmg]\n"
     + _CIRCLE),
    # jlink (jdk.jlink resources: "Error: Module {0} not found, required by {1}")
    ("jlink-module-not-found", "real",
     "> Task :app:jlink\n"
     "Error: Module javafx.controls not found, required by com.acme.desk\n"
     "> Task :app:jlink FAILED\n"
     "FAILURE: Build failed with an exception.\n"
     + _EXIT),
    # ------------------------------------------------------------------ more outages on the way
    # app-builder's Go resolver: the runner's DNS stub failing for a moment
    ("eb-github-dns-server-misbehaving", "transient",
     _EB +
     "  • downloading     url=https://github.com/electron/electron/releases/download/v28.2.1/electron-v28.2.1-linux-x64.zip size=99 MB parts=8\n"
     "  ⨯ Get \"https://github.com/electron/electron/releases/download/v28.2.1/electron-v28.2.1-linux-x64.zip\": dial tcp: lookup github.com on 127.0.0.53:53: server misbehaving\n"
     + _EXIT),
    # flatpak-builder src/builder-utils.c (curl's error buffer under "Failed to download sources: module %s: ")
    ("flatpak-builder-resolve-host", "transient",
     "Downloading sources\n"
     "Fetching https://downloads.example.org/libwidget/libwidget-2.4.1.tar.xz\n"
     "Failed to download sources: module libwidget: Could not resolve host: downloads.example.org\n"
     + _GITLAB),
    # hdiutil (closed, Apple) attaching the read-write image while the previous volume still detaches
    ("hdiutil-attach-resource-temporarily-unavailable", "transient",
     "+ hdiutil attach -readwrite -noverify -noautoopen build/rw.Acme.dmg\n"
     "hdiutil: attach failed - Resource temporarily unavailable\n"
     + _EXIT),
    # electron-builder's GitHub upload cut off by the server (Node's "socket hang up", ECONNRESET)
    ("eb-publish-socket-hang-up", "transient",
     _EB +
     "  • uploading       file=Acme-1.4.0.AppImage provider=github\n"
     "  ⨯ socket hang up  failedTask=build stackTrace=Error: socket hang up\n"
     "    at connResetException (node:internal/errors:787:14)\n"
     + _EXIT),
    # a model file the build fetches first timed out; PyInstaller then missed it: the outage is the cause
    ("pyinstaller-data-missing-after-fetch-timeout", "transient",
     "+ curl -fsSL -o assets/model.onnx https://models.example.org/acme/model-v3.onnx\n"
     "curl: (28) Operation timed out after 300001 milliseconds with 18874368 out of 88080384 bytes received\n"
     "+ pyinstaller acme.spec\n"
     "402 INFO: Appending 'datas' from .spec\n"
     "Unable to find '/home/ci/app/assets/model.onnx' when adding binary and data files.\n"
     + _EXIT),
    # ------------------------------------------------------------------ near-misses
    # an updater's own tests about downloads and timeouts, failing on assertions
    ("near-app-updater-test-about-timeout", "real",
     " FAIL  src/main/updater.test.ts\n"
     "  ● updater › retries the release download after a timeout\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "    Expected: 3\n"
     "    Received: 1\n"
     "Tests:       1 failed, 41 passed, 42 total\n"
     + _EXIT),
    ("near-app-pytest-download-reset", "real",
     "tests/test_fetch.py::test_download_survives_connection_reset FAILED\n"
     "E       AssertionError: assert 'partial' == 'complete'\n"
     "FAILED tests/test_fetch.py::test_download_survives_connection_reset - AssertionError: assert 'partial' == 'complete'\n"
     "========================= 1 failed, 88 passed in 9.41s =========================\n"
     + _EXIT),
    # an application named after timeouts, whose packaging failed on a missing resource
    ("near-timeout-app-missing-resource", "real",
     _EB +
     "  • packaging       platform=linux arch=x64 electron=28.2.1 appOutDir=release/linux-unpacked\n"
     "  • building        target=AppImage arch=x64 file=release/TimeoutWatch-1.0.0.AppImage\n"
     "  ⨯ cannot find specified resource \"timeout-watch.png\", nor relative to \"/home/ci/timeout-watch/build\", neither relative to project dir (\"/home/ci/timeout-watch\")\n"
     + _EXIT),
    ("near-reset-app-nsis-include", "real",
     "MakeNSIS v3.09 - Copyright 1999-2023 Contributors\n"
     "Processing script file: \"ConnectionResetMonitor.nsi\" (ACP)\n"
     "Output: \"dist\\ConnectionResetMonitor-Setup-2.1.0.exe\"\n"
     "!include: could not find: \"timeout-pages.nsh\"\n"
     "Error in script \"ConnectionResetMonitor.nsi\" on line 9 -- aborting creation process\n"
     + _EXIT),
    # a download that timed out once and came through on electron-builder's retry; the job ended on a
    # resource the project does not have
    ("near-eb-retried-download-then-missing-icon", "real",
     _EB +
     "  • downloading     url=https://github.com/electron/electron/releases/download/v28.2.1/electron-v28.2.1-linux-x64.zip size=99 MB parts=8\n"
     "  • retrying        attempt=1\n"
     "  • downloaded      url=https://github.com/electron/electron/releases/download/v28.2.1/electron-v28.2.1-linux-x64.zip duration=14.2s\n"
     "  ⨯ cannot find specified resource \"build/icon.icns\", nor relative to \"/home/ci/app/build\", neither relative to project dir (\"/home/ci/app\")\n"
     + _EXIT),
    # an Inno Setup script of an application named after network timeouts
    ("near-iscc-app-named-net-timeout", "real",
     "Inno Setup 6 Command-Line Compiler\n"
     "Error on line 19 in D:\\a\\net-timeout-probe\\installer\\NetTimeoutProbe.iss: Value of [Setup] section directive \"AppId\" is invalid.\n"
     "Compile aborted.\n"
     + _EXIT),
    # a packaging script's own test about hdiutil's busy volume, failing on its assertion
    ("near-test-about-hdiutil-resource-busy", "real",
     "tests/test_dmg.py::test_resource_busy_is_retried FAILED\n"
     "E       AssertionError: expected a second attempt after 'hdiutil: create failed - Resource busy', got 1 call\n"
     "FAILED tests/test_dmg.py::test_resource_busy_is_retried - AssertionError: expected a second attempt after 'hdiutil: create failed - Resource busy', got 1 call\n"
     "========================= 1 failed, 23 passed in 2.10s =========================\n"
     + _EXIT),
    # the frozen app's smoke test: the app logs its own timeout, then the check fails on its output
    ("near-frozen-app-logs-timeout-then-assertion", "real",
     "+ ./dist/acme/acme selftest\n"
     "2026-03-01 10:15:02 WARNING acme.sync: request to https://api.example.org/v1/ping timed out, working offline\n"
     "selftest: FAILED: expected 4 bundled plugins, found 3 (missing: pdf_export)\n"
     + _EXIT),
]

# Wordings printed for a passing outage and a persistent cause alike.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # app-builder's bare "cannot execute" with nothing of the tool's own output
    ("eb-cannot-execute-bare",
     _EB +
     "  • building        target=AppImage arch=x64 file=release/Acme-1.4.0.AppImage\n"
     "  ⨯ cannot execute  cause=exit status 1\n"
     "                    out=\n"
     "                    command=/home/ci/.cache/electron-builder/appimage/appimage-12.0.1/linux-x64/mksquashfs /tmp/t-abc/0-linux-unpacked\n"
     + _EXIT),
    # crates/tauri-bundler/src/bundle/common.rs ("failed to run {program}") with nothing else
    ("tauri-failed-to-run-linuxdeploy-bare",
     _TAURI +
     "    Bundling acme_1.4.0_amd64.AppImage (/home/runner/work/desk/target/release/bundle/appimage/acme_1.4.0_amd64.AppImage)\n"
     "       Error failed to bundle project: `failed to run linuxdeploy`\n"
     + _EXIT),
    # WiX LGHT0217: the Windows Installer service not reachable for ICE validation (an agent set up to
    # run as a service without it, or a service that was busy)
    ("wix-lght0217-msi-service",
     "Windows Installer XML Toolset Linker version 3.14.1.8722\n"
     "light.exe : error LGHT0217 : Error executing ICE action 'ICE01'. The most common cause of this kind of ICE failure is an incorrectly registered scripting engine. See http://wixtoolset.org/documentation/error217/ for details and how to solve this problem. The following string format was not expected by the external UI message logger: \"The Windows Installer Service could not be accessed. This can occur if the Windows Installer is not correctly installed. Contact your support personnel for assistance.\".\n"
     + _AZURE),
    # hdiutil "No space left on device": a full runner disk, or an image whose -size is too small
    ("hdiutil-create-no-space",
     "+ hdiutil create -volname Acme -srcfolder build/Acme.app -size 180m -ov -format UDZO build/Acme.dmg\n"
     "...............................................................\n"
     "hdiutil: create failed - No space left on device\n"
     + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_desktop_installer_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_desktop_installer_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "cannot find specified resource ",
    "Error in script \"a.nsi\" on line 1 -- aborting ",
    "hdiutil: create failed - ",
    "failed to bundle project: ",
]
