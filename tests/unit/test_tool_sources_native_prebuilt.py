"""Twelfth round, tool sources: native addons, prebuilt binaries and emulated builds.

Each case is a short log written for the test around one message as the tool prints it, read from
the tool's own source (the comment above each case names the repository and file holding the
format string, or the documentation where the tool is closed). Hosts, packages and paths are made
up; no project's CI log is copied.

A download that broke on the way (a 5xx or a timeout fetching node's headers, a prebuilt binary, a
platform package, libvips, Electron, a CMake FetchContent archive or a build script's blob) must
read transient, and so must the missing module or fallback build that only followed from it. What
the machine or the project lacks for good (no Python or make for node-gyp, no compiler or headers
for a source build, no prebuilt binary for this platform, a lockfile made on another platform, a
missing OpenSSL or pkg-config library, a checksum that does not match, an image for another
architecture: "exec format error"), and the project's own compile or link errors, must read real.
A crash of an emulated process (QEMU's "uncaught target signal 11") is printed both for QEMU's
intermittent bugs and for binaries that crash under it on every run, so it must not read transient
with confidence; nor must a failed download whose status says nothing of an outage (curl's 22).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CCI = "\nExited with code exit status 1\n"
_NPM_END = ("npm ERR! A complete log of this run can be found in:\n"
            "npm ERR!     /home/ci/.npm/_logs/2026-01-02T10_11_12_000Z-debug-0.log\n" + _GHA)
_GYP_TAIL = ("gyp ERR! System Linux 6.5.0-1025-azure\n"
             "gyp ERR! command \"/usr/local/bin/node\" \"/usr/local/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js\" \"rebuild\"\n"
             "gyp ERR! cwd /home/ci/app/node_modules/fastcrc\n"
             "gyp ERR! node -v v20.11.0\n"
             "gyp ERR! node-gyp -v v10.0.1\n"
             "gyp ERR! not ok\n"
             "npm ERR! code 1\n"
             "npm ERR! path /home/ci/app/node_modules/fastcrc\n" + _NPM_END)
_BUILDX_END = "ERROR: failed to solve: process \"/bin/sh -c npm ci\" did not complete successfully: exit code: 1\n" + _GHA

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ node-gyp
    # nodejs/node-gyp lib/install.js (older: "res.statusCode + ' status code downloading tarball '
    # + tarballUrl"; newer: "`${res.status} response downloading ${url}`")
    ("gyp-headers-503-old", "transient",
     "> fastcrc@2.1.0 install /home/ci/app/node_modules/fastcrc\n"
     "> node-gyp rebuild\n"
     "gyp info it worked if it ends with ok\n"
     "gyp http GET https://nodejs.org/download/release/v20.11.0/node-v20.11.0-headers.tar.gz\n"
     "gyp http 503 https://nodejs.org/download/release/v20.11.0/node-v20.11.0-headers.tar.gz\n"
     "gyp ERR! configure error\n"
     "gyp ERR! stack Error: 503 status code downloading tarball https://nodejs.org/download/release/v20.11.0/node-v20.11.0-headers.tar.gz\n"
     + _GYP_TAIL),
    ("gyp-headers-502-new", "transient",
     "gyp info using node-gyp@10.0.1\n"
     "gyp http GET https://nodejs.org/download/release/v20.11.0/node-v20.11.0-headers.tar.gz\n"
     "gyp ERR! configure error\n"
     "gyp ERR! stack Error: 502 response downloading https://nodejs.org/download/release/v20.11.0/node-v20.11.0-headers.tar.gz\n"
     + _GYP_TAIL),
    # lib/install.js passes the fetch error on: "gyp ERR! stack FetchError: request to ... failed, reason: ..."
    ("gyp-headers-etimedout", "transient",
     "gyp info spawn args [ 'configure' ]\n"
     "gyp ERR! configure error\n"
     "gyp ERR! stack FetchError: request to https://nodejs.org/download/release/v18.19.0/node-v18.19.0-headers.tar.gz "
     "failed, reason: connect ETIMEDOUT 104.20.22.46:443\n"
     + _GYP_TAIL),
    ("gyp-headers-socket-hangup", "transient",
     "gyp ERR! configure error\n"
     "gyp ERR! stack Error: socket hang up\n"
     "gyp ERR! stack     at connResetException (node:internal/errors:720:14)\n"
     + _GYP_TAIL),
    # a release that does not exist on the mirror: 404 is persistent
    ("gyp-headers-404", "real",
     "gyp http GET https://nodejs.example.org/dist/v21.99.0/node-v21.99.0-headers.tar.gz\n"
     "gyp ERR! configure error\n"
     "gyp ERR! stack Error: 404 response downloading https://nodejs.example.org/dist/v21.99.0/node-v21.99.0-headers.tar.gz\n"
     + _GYP_TAIL),
    # lib/find-python.js ("Could not find any Python installation to use")
    ("gyp-find-python", "real",
     "gyp ERR! find Python \n"
     "gyp ERR! find Python Python is not set from command line or npm configuration\n"
     "gyp ERR! find Python checking if \"python3\" can be used\n"
     "gyp ERR! find Python - \"python3\" is not in PATH or produced an error\n"
     "gyp ERR! find Python **********************************************************\n"
     "gyp ERR! configure error \n"
     "gyp ERR! stack Error: Could not find any Python installation to use\n"
     + _GYP_TAIL),
    # lib/build.js (which('make') failing: "not found: make")
    ("gyp-not-found-make", "real",
     "gyp info spawn args [ 'BUILDTYPE=Release', '-C', 'build' ]\n"
     "gyp ERR! build error \n"
     "gyp ERR! stack Error: not found: make\n"
     + _GYP_TAIL),
    # lib/find-visualstudio.js
    ("gyp-find-vs", "real",
     "gyp ERR! find VS could not find a version of Visual Studio 2017 or newer to use\n"
     "gyp ERR! configure error \n"
     "gyp ERR! stack Error: Could not find any Visual Studio installation to use\n"
     + _GYP_TAIL),
    # lib/build.js ("`make` failed with exit code: 2") after the addon's own compile error
    ("gyp-compile-error", "real",
     "  CXX(target) Release/obj.target/fastcrc/src/crc.o\n"
     "../src/crc.cc:41:10: error: 'class v8::Object' has no member named 'ForceSet'\n"
     "   41 |   target->ForceSet(ctx, name, fn);\n"
     "make: *** [fastcrc.target.mk:112: Release/obj.target/fastcrc/src/crc.o] Error 1\n"
     "gyp ERR! build error \n"
     "gyp ERR! stack Error: `make` failed with exit code: 2\n"
     + _GYP_TAIL),
    # ------------------------------------------------------------------ prebuild-install
    # prebuild/prebuild-install download.js / util.js ("No prebuilt binaries found (target=... )")
    ("prebuild-none-then-build-fails", "real",
     "> better-sqlite9@9.4.0 install\n"
     "> prebuild-install || node-gyp rebuild --release\n"
     "prebuild-install warn install No prebuilt binaries found (target=22.1.0 runtime=node arch=arm64 libc= platform=linux)\n"
     "gyp info it worked if it ends with ok\n"
     "  CXX(target) Release/obj.target/sqlite9/src/db.o\n"
     "../src/db.cc:12:10: fatal error: node_version_compat.h: No such file or directory\n"
     "make: *** [sqlite9.target.mk:120: Release/obj.target/sqlite9/src/db.o] Error 1\n"
     "gyp ERR! build error \n"
     "gyp ERR! stack Error: `make` failed with exit code: 2\n"
     + _GYP_TAIL),
    # download.js passes the request's error on ("prebuild-install warn install <err.message>")
    ("prebuild-download-timeout-then-no-compiler", "transient",
     "> better-sqlite9@9.4.0 install\n"
     "> prebuild-install || node-gyp rebuild --release\n"
     "prebuild-install http request GET https://github.com/acme/better-sqlite9/releases/download/v9.4.0/better-sqlite9-v9.4.0-node-v115-linux-x64.tar.gz\n"
     "prebuild-install warn install connect ETIMEDOUT 140.82.112.3:443\n"
     "gyp info it worked if it ends with ok\n"
     "gyp ERR! build error \n"
     "gyp ERR! stack Error: not found: make\n"
     + _GYP_TAIL),
    ("prebuild-download-503-then-build-fails", "transient",
     "prebuild-install http request GET https://github.com/acme/keytar2/releases/download/v7.9.0/keytar2-v7.9.0-napi-v3-linux-x64.tar.gz\n"
     "prebuild-install http 503 https://github.com/acme/keytar2/releases/download/v7.9.0/keytar2-v7.9.0-napi-v3-linux-x64.tar.gz\n"
     "prebuild-install warn install Prebuilt binaries for node version 20.11.0 are not available\n"
     "gyp ERR! find Python \n"
     "gyp ERR! stack Error: Could not find any Python installation to use\n"
     + _GYP_TAIL),
    # ------------------------------------------------------------------ node-pre-gyp
    # mapbox/node-pre-gyp lib/install.js ("Pre-built binaries not installable for ... (falling back
    # to source compile with node-gyp)", "Hit error <message>"), lib/util/... ("response status
    # <code> <text> on <url>")
    ("pregyp-404-then-compile-error", "real",
     "node-pre-gyp info check checked for \"/home/ci/app/node_modules/bcryptx/lib/binding/napi-v3/bcrypt_lib.node\" (not found)\n"
     "node-pre-gyp http GET https://github.com/acme/bcryptx/releases/download/v5.1.0/bcrypt_lib-v5.1.0-napi-v3-linux-arm64-musl.tar.gz\n"
     "node-pre-gyp ERR! install response status 404 Not Found on https://github.com/acme/bcryptx/releases/download/v5.1.0/bcrypt_lib-v5.1.0-napi-v3-linux-arm64-musl.tar.gz\n"
     "node-pre-gyp WARN Pre-built binaries not installable for bcryptx@5.1.0 and node@22.1.0 (node-v127 ABI, musl) (falling back to source compile with node-gyp)\n"
     "node-pre-gyp WARN Hit error response status 404 Not Found on https://github.com/acme/bcryptx/releases/download/v5.1.0/bcrypt_lib-v5.1.0-napi-v3-linux-arm64-musl.tar.gz\n"
     "../src/bcrypt_node.cc:9:10: fatal error: node_api_compat.h: No such file or directory\n"
     "gyp ERR! build error \n"
     "gyp ERR! stack Error: `make` failed with exit code: 2\n"
     + _GYP_TAIL),
    ("pregyp-socket-closed-then-no-python", "transient",
     "node-pre-gyp http GET https://storage.example.org/canvasx/v2.11.2/canvasx-v2.11.2-node-v115-linux-glibc-x64.tar.gz\n"
     "node-pre-gyp WARN Pre-built binaries not installable for canvasx@2.11.2 and node@20.11.0 (node-v115 ABI, glibc) (falling back to source compile with node-gyp)\n"
     "node-pre-gyp WARN Hit error Remote end closed socket abruptly.\n"
     "gyp ERR! find Python \n"
     "gyp ERR! configure error \n"
     "gyp ERR! stack Error: Could not find any Python installation to use\n"
     + _GYP_TAIL),
    ("pregyp-500-then-no-make", "transient",
     "node-pre-gyp ERR! install response status 500 Internal Server Error on https://storage.example.org/grpcx/v1.24.0/node-v115-linux-x64-glibc.tar.gz\n"
     "node-pre-gyp WARN Pre-built binaries not installable for grpcx@1.24.0 and node@20.11.0 (node-v115 ABI, glibc) (falling back to source compile with node-gyp)\n"
     "node-pre-gyp WARN Hit error response status 500 Internal Server Error on https://storage.example.org/grpcx/v1.24.0/node-v115-linux-x64-glibc.tar.gz\n"
     "gyp ERR! build error \n"
     "gyp ERR! stack Error: not found: make\n"
     + _GYP_TAIL),
    # ------------------------------------------------------------------ esbuild and platform packages
    # evanw/esbuild lib/npm/node-platform.ts ("The package \"${pkg}\" could not be found, and is needed
    # by esbuild."), npm's own "SKIPPING OPTIONAL DEPENDENCY" warning before it
    ("esbuild-optional-skipped-hangup", "transient",
     "npm WARN optional SKIPPING OPTIONAL DEPENDENCY: @esbuild/linux-x64@0.20.2 (node_modules/@esbuild/linux-x64):\n"
     "npm WARN optional SKIPPING OPTIONAL DEPENDENCY: request to https://registry.npmjs.org/@esbuild/linux-x64/-/linux-x64-0.20.2.tgz failed, reason: socket hang up\n"
     "> esbuild@0.20.2 postinstall\n"
     "> node install.js\n"
     "node:internal/modules/cjs/loader:1080\n"
     "Error: Cannot find module '@esbuild/linux-x64'\n"
     "Require stack:\n"
     "- /home/ci/app/node_modules/esbuild/install.js\n"
     + _NPM_END),
    ("esbuild-optional-skipped-503-not-found", "transient",
     "npm WARN optional SKIPPING OPTIONAL DEPENDENCY: @esbuild/linux-arm64@0.19.12 (node_modules/@esbuild/linux-arm64):\n"
     "npm WARN optional SKIPPING OPTIONAL DEPENDENCY: 503 Service Unavailable - GET https://registry.npmjs.org/@esbuild/linux-arm64/-/linux-arm64-0.19.12.tgz\n"
     "> esbuild@0.19.12 postinstall\n"
     "Error: The package \"@esbuild/linux-arm64\" could not be found, and is needed by esbuild.\n"
     "\n"
     "If you are installing esbuild with npm, make sure that you don't specify the\n"
     "\"--no-optional\" or \"--omit=optional\" flags.\n"
     + _NPM_END),
    # the same message with no network trouble: optional deps omitted or a foreign lockfile
    ("esbuild-package-not-found-bare", "real",
     "$ vite build\n"
     "failed to load config from /home/ci/app/vite.config.ts\n"
     "error during build:\n"
     "Error: The package \"@esbuild/linux-x64\" could not be found, and is needed by esbuild.\n"
     "\n"
     "If you are installing esbuild with npm, make sure that you don't specify the\n"
     "\"--no-optional\" or \"--omit=optional\" flags. The \"optionalDependencies\" feature\n"
     "of \"package.json\" is used by esbuild to install the correct binary executable\n"
     "for your current platform.\n"
     + _GHA),
    # lib/npm/node-platform.ts ("You installed esbuild for another platform than the one you're currently using.")
    ("esbuild-other-platform", "real",
     "$ node build.mjs\n"
     "Error: \n"
     "You installed esbuild for another platform than the one you're currently using.\n"
     "This won't work because esbuild is written with native code and needs to\n"
     "install a platform-specific binary executable.\n"
     "Specifically the \"@esbuild/darwin-arm64\" package is present but this platform\n"
     "needs the \"@esbuild/linux-x64\" package instead.\n"
     + _CCI),
    # rollup/rollup native.js ("Cannot find module ${id}. npm has a bug related to optional dependencies ...")
    ("rollup-native-optional-bug", "real",
     "$ npm run build\n"
     "> vite build\n"
     "Error: Cannot find module @rollup/rollup-linux-x64-gnu. npm has a bug related to optional dependencies "
     "(https://github.com/npm/cli/issues/4828). Please try `npm i` again after removing both package-lock.json and "
     "node_modules directory.\n"
     "    at requireWithFriendlyError (/home/ci/app/node_modules/rollup/dist/native.js:59:9)\n"
     + _GHA),
    # napi-rs generated bindings (@swc/core, lightningcss, oxc): "Cannot find native binding." / "Failed to load native binding"
    ("swc-native-binding", "real",
     "$ next build\n"
     "Error: Failed to load native binding\n"
     "    at Object.<anonymous> (/home/ci/app/node_modules/@swc/core/binding.js:333:11)\n"
     + _GHA),
    ("lightningcss-node-missing", "real",
     "$ vite build\n"
     "Error: Cannot find module '../lightningcss.linux-x64-gnu.node'\n"
     "Require stack:\n"
     "- /home/ci/app/node_modules/lightningcss/node/index.js\n"
     + _GHA),
    ("napi-binding-after-etimedout", "transient",
     "npm WARN optional SKIPPING OPTIONAL DEPENDENCY: @swc/core-linux-x64-gnu@1.4.2 (node_modules/@swc/core-linux-x64-gnu):\n"
     "npm WARN optional SKIPPING OPTIONAL DEPENDENCY: request to https://registry.npmjs.org/@swc/core-linux-x64-gnu/-/core-linux-x64-gnu-1.4.2.tgz failed, reason: connect ETIMEDOUT 104.16.1.35:443\n"
     "$ next build\n"
     "Error: Failed to load native binding\n"
     + _GHA),
    # vercel/turborepo packages/turbo/bin/turbo ("Turborepo did not find the correct binary for your platform." ... )
    ("turbo-wrong-binary", "real",
     "$ npx turbo run build\n"
     "Error: Turborepo did not find the correct binary for your platform.\n"
     "Detected linux 64.\n"
     "We were not able to find the binary at: turbo-linux-64/bin/turbo\n"
     + _GHA),
    # ------------------------------------------------------------------ sharp
    # lovell/sharp install/libvips.js (0.32: "Downloading ${url}", "Installation error: ${err.message}")
    ("sharp-libvips-download-timeout", "transient",
     "> sharp@0.32.6 install\n"
     "> (node install/libvips && node install/dll-copy && prebuild-install) || (node install/can-compile && node-gyp rebuild && node install/dll-copy)\n"
     "sharp: Downloading https://github.com/lovell/sharp-libvips/releases/download/v8.14.5/libvips-8.14.5-linux-x64.tar.br\n"
     "sharp: Installation error: connect ETIMEDOUT 185.199.108.133:443\n"
     "sharp: Please see https://sharp.pixelplumbing.com/install for required dependencies\n"
     + _NPM_END),
    ("sharp-libvips-download-503", "transient",
     "sharp: Downloading https://github.com/lovell/sharp-libvips/releases/download/v8.14.5/libvips-8.14.5-linux-arm64v8.tar.br\n"
     "sharp: Installation error: Status 503 Service Unavailable\n"
     "sharp: Please see https://sharp.pixelplumbing.com/install for required dependencies\n"
     + _NPM_END),
    ("sharp-libvips-request-timed-out", "transient",
     "sharp: Downloading https://github.com/lovell/sharp-libvips/releases/download/v8.14.5/libvips-8.14.5-linux-x64.tar.br\n"
     "sharp: Installation error: Request timed out\n"
     + _NPM_END),
    # install/libvips.js ("Prebuilt libvips ... binaries are not yet available for ${platformAndArch}")
    ("sharp-unsupported-platform", "real",
     "sharp: Prebuilt libvips 8.14.5 binaries are not yet available for linux-s390x\n"
     "sharp: Attempting to build from source via node-gyp\n"
     "sharp: Found libvips 0.0.0\n"
     "sharp: Please see https://sharp.pixelplumbing.com/install for required dependencies\n"
     "gyp ERR! build error \n"
     "gyp ERR! stack Error: not found: make\n"
     + _GYP_TAIL),
    # lib/sharp.js (0.33: "Could not load the \"sharp\" module using the ${runtimePlatform} runtime")
    ("sharp-could-not-load", "real",
     "$ node scripts/thumbs.js\n"
     "Error: Could not load the \"sharp\" module using the linux-x64 runtime\n"
     "Possible solutions:\n"
     "- Ensure optional dependencies can be installed:\n"
     "    npm install --include=optional sharp\n"
     "- Add platform-specific dependencies:\n"
     "    npm install --os=linux --cpu=x64 sharp\n"
     + _GHA),
    # ------------------------------------------------------------------ Electron
    # electron/get src/index.ts (got's RequestError / HTTPError), electron/electron npm/install.js
    ("electron-get-econnreset", "transient",
     "> electron@28.1.0 postinstall\n"
     "> node install.js\n"
     "RequestError: read ECONNRESET\n"
     "    at ClientRequest.<anonymous> (/home/ci/app/node_modules/got/dist/source/core/index.js:970:111)\n"
     "npm ERR! code 1\n"
     "npm ERR! path /home/ci/app/node_modules/electron\n"
     "npm ERR! command failed\n"
     + _NPM_END),
    ("electron-get-http-504", "transient",
     "> electron@28.1.0 postinstall\n"
     "HTTPError: Response code 504 (Gateway Time-out) for https://github.com/electron/electron/releases/download/v28.1.0/electron-v28.1.0-linux-x64.zip\n"
     "npm ERR! command failed\n"
     + _NPM_END),
    ("electron-get-http-404", "real",
     "> electron@99.0.0 postinstall\n"
     "HTTPError: Response code 404 (Not Found) for https://github.com/electron/electron/releases/download/v99.0.0/electron-v99.0.0-linux-x64.zip\n"
     "npm ERR! command failed\n"
     + _NPM_END),
    # electron/node-sumchecker src/index.ts ("Generated checksum for \"${filename}\" did not match expected checksum.")
    ("electron-checksum-mismatch", "real",
     "> electron@28.1.0 postinstall\n"
     "Error: Generated checksum for \"electron-v28.1.0-linux-x64.zip\" did not match expected checksum.\n"
     "npm ERR! command failed\n"
     + _NPM_END),
    # electron-userland/electron-builder (app-builder's Go downloader: "• downloading", "cannot get, wait")
    ("electron-builder-tls-timeout", "transient",
     "  • electron-builder  version=24.9.1 os=6.5.0-1025-azure\n"
     "  • downloading     url=https://github.com/electron/electron/releases/download/v28.1.0/electron-v28.1.0-linux-x64.zip size=99 MB parts=8\n"
     "  • retrying        attempt=1\n"
     "  ⨯ Get \"https://github.com/electron/electron/releases/download/v28.1.0/electron-v28.1.0-linux-x64.zip\": net/http: TLS handshake timeout\n"
     + _GHA),
    ("electron-builder-sign-cert", "real",
     "  • electron-builder  version=24.9.1 os=10.0.20348\n"
     "  • signing         file=dist\\win-unpacked\\Acme.exe certificateFile=build\\cert.pfx\n"
     "  ⨯ Env WIN_CSC_LINK is not correct, cannot resolve: C:\\a\\app\\build\\cert.pfx doesn't exist\n"
     + _GHA),
    # ------------------------------------------------------------------ pip building an sdist
    # pypa/setuptools / distutils ("error: command 'gcc' failed: No such file or directory"), pip's
    # "Failed building wheel for"
    ("pip-sdist-no-gcc", "real",
     "  Building wheel for fastjsonx (pyproject.toml): started\n"
     "  running build_ext\n"
     "  building 'fastjsonx._speedups' extension\n"
     "  error: command 'gcc' failed: No such file or directory\n"
     "  ERROR: Failed building wheel for fastjsonx\n"
     "ERROR: Could not build wheels for fastjsonx, which is required to install pyproject.toml-based projects\n"
     + _GHA),
    ("pip-sdist-python-h", "real",
     "  building 'pyacme._ext' extension\n"
     "  gcc -pthread -fPIC -I/usr/include/python3.12 -c src/ext.c -o build/temp.linux-x86_64-cpython-312/src/ext.o\n"
     "  src/ext.c:1:10: fatal error: Python.h: No such file or directory\n"
     "      1 | #include <Python.h>\n"
     "  compilation terminated.\n"
     "  error: command '/usr/bin/gcc' failed with exit code 1\n"
     "  ERROR: Failed building wheel for pyacme\n"
     + _GHA),
    ("pip-sdist-msvc", "real",
     "  running build_ext\n"
     "  error: Microsoft Visual C++ 14.0 or greater is required. Get it with \"Microsoft C++ Build Tools\": https://visualstudio.microsoft.com/visual-cpp-build-tools/\n"
     "  ERROR: Failed building wheel for pyacme\n"
     "ERROR: Could not build wheels for pyacme, which is required to install pyproject.toml-based projects\n"
     + _GHA),
    ("pip-sdist-download-timeout", "transient",
     "Collecting fastjsonx==2.0.1\n"
     "  Downloading fastjsonx-2.0.1.tar.gz (1.2 MB)\n"
     "ERROR: Exception:\n"
     "pip._vendor.urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Read timed out.\n"
     + _GHA),
    # ------------------------------------------------------------------ cibuildwheel and maturin
    # pypa/cibuildwheel cibuildwheel/__main__.py / errors.py ("Build failed because a pure Python wheel was generated.")
    ("cibw-pure-wheel", "real",
     "Building cp312-manylinux_x86_64 wheel\n"
     "  + python -m build /project --wheel --outdir=/tmp/cibuildwheel/built_wheel\n"
     "cibuildwheel: Build failed because a pure Python wheel was generated.\n"
     + _GHA),
    # cibuildwheel/__main__.py ("No build identifiers selected: ")
    ("cibw-no-identifiers", "real",
     "cibuildwheel version 2.16.5\n"
     "cibuildwheel: No build identifiers selected: BuildSelector(build_config='cp36-*', skip_config='', requires_python=<SpecifierSet('>=3.9')>)\n"
     + _GHA),
    # cibuildwheel/util.py call() ("Command ... failed with code N.") after the wheel's compile error
    ("cibw-compile-fails", "real",
     "  src/acme/_core.c:88:5: error: implicit declaration of function 'PyUnicode_AS_DATA' [-Wimplicit-function-declaration]\n"
     "  error: command '/opt/rh/gcc-toolset-12/root/usr/bin/gcc' failed with exit code 1\n"
     "cibuildwheel: error: Command python -m pip wheel /project --wheel-dir=/tmp/cibuildwheel/built_wheel --no-deps failed with code 1. \n"
     + _GHA),
    # cibuildwheel/oci_container.py pulling the manylinux image: the registry's 5xx
    ("cibw-image-pull-503", "transient",
     "Starting container image quay.io/pypa/manylinux2014_x86_64:2024-01-08-eb135ed...\n"
     "Unable to find image 'quay.io/pypa/manylinux2014_x86_64:2024-01-08-eb135ed' locally\n"
     "docker: Error response from daemon: received unexpected HTTP status: 503 Service Unavailable.\n"
     + _GHA),
    # PyO3/maturin src/main.rs ("💥 maturin failed", "Caused by: ...")
    ("maturin-no-interpreter", "real",
     "$ maturin build --release -i python3.13\n"
     "💥 maturin failed\n"
     "  Caused by: Couldn't find any python interpreters from 'python3.13'. Please check that both major and minor "
     "python version have been specified in -i/--interpreter.\n"
     + _GHA),
    ("maturin-rust-compile-error", "real",
     "   Compiling acme-core v0.4.0 (/home/ci/app)\n"
     "error[E0308]: mismatched types\n"
     " --> src/lib.rs:41:16\n"
     "error: could not compile `acme-core` (lib) due to 1 previous error\n"
     "💥 maturin failed\n"
     "  Caused by: Failed to build a native library through cargo\n"
     + _GHA),
    # ------------------------------------------------------------------ CMake FetchContent / ExternalProject
    # Kitware/CMake Modules/ExternalProject/download.cmake.in ("Each download failed!",
    # "error: downloading '...' failed", "status_code:", "status_string:")
    ("cmake-fetch-timeout-28", "transient",
     "[ 11%] Performing download step (download, verify and extract) for 'zlibx-populate'\n"
     "-- Downloading...\n"
     "-- Retrying...\n"
     "CMake Error at zlibx-subbuild/zlibx-populate-prefix/src/zlibx-populate-stamp/download-zlibx-populate.cmake:170 (message):\n"
     "  Each download failed!\n"
     "\n"
     "    error: downloading 'https://downloads.example.org/zlibx-1.3.tar.gz' failed\n"
     "          status_code: 28\n"
     "          status_string: \"Timeout was reached\"\n"
     "gmake[2]: *** [CMakeFiles/zlibx-populate.dir/build.make:99: zlibx-populate-prefix/src/zlibx-populate-stamp/zlibx-populate-download] Error 1\n"
     + _GHA),
    ("cmake-fetch-ssl-35", "transient",
     "-- Downloading...\n"
     "CMake Error at fmtx-subbuild/fmtx-populate-prefix/src/fmtx-populate-stamp/download-fmtx-populate.cmake:170 (message):\n"
     "  Each download failed!\n"
     "    error: downloading 'https://github.com/acme/fmtx/archive/refs/tags/10.2.1.tar.gz' failed\n"
     "          status_code: 35\n"
     "          status_string: \"SSL connect error\"\n"
     "          log:\n"
     "          --- LOG BEGIN ---\n"
     "          OpenSSL SSL_connect: Connection reset by peer in connection to github.com:443\n"
     + _CCI),
    ("cmake-fetch-resolve-6", "transient",
     "CMake Error at gtestx-subbuild/gtestx-populate-prefix/src/gtestx-populate-stamp/download-gtestx-populate.cmake:170 (message):\n"
     "  Each download failed!\n"
     "    error: downloading 'https://github.com/acme/gtestx/archive/v1.14.0.zip' failed\n"
     "          status_code: 6\n"
     "          status_string: \"Couldn't resolve host name\"\n"
     + _GHA),
    # Modules/ExternalProject/verify.cmake.in ("does not match expected value")
    ("cmake-fetch-hash-mismatch", "real",
     "-- Downloading... done\n"
     "CMake Error at zlibx-subbuild/zlibx-populate-prefix/src/zlibx-populate-stamp/verify-zlibx-populate.cmake:16 (message):\n"
     "  File: /home/ci/build/_deps/zlibx-subbuild/zlibx-populate-prefix/src/zlibx-1.3.tar.gz\n"
     "  does not match expected value\n"
     "    expected: '3f1a8d2c'\n"
     "      actual: '9b7e0c44'\n"
     + _GHA),
    # Modules/ExternalProject/gitclone.cmake.in ("Failed to checkout tag: ")
    ("cmake-fetch-git-bad-tag", "real",
     "-- Had to git clone more than once: 1 times.\n"
     "error: pathspec 'v9.9.9' did not match any file(s) known to git\n"
     "CMake Error at jsonx-subbuild/jsonx-populate-prefix/tmp/jsonx-populate-gitclone.cmake:61 (message):\n"
     "  Failed to checkout tag: 'v9.9.9'\n"
     + _GHA),
    ("cmake-fetch-git-clone-refused", "transient",
     "Cloning into 'jsonx-src'...\n"
     "fatal: unable to access 'https://github.com/acme/jsonx.git/': Failed to connect to github.com port 443 after 130412 ms: Connection timed out\n"
     "Cloning into 'jsonx-src'...\n"
     "fatal: unable to access 'https://github.com/acme/jsonx.git/': Failed to connect to github.com port 443 after 130377 ms: Connection timed out\n"
     "-- Had to git clone more than once: 3 times.\n"
     "CMake Error at jsonx-subbuild/jsonx-populate-prefix/tmp/jsonx-populate-gitclone.cmake:31 (message):\n"
     "  Failed to clone repository: 'https://github.com/acme/jsonx.git'\n"
     + _GHA),
    # a project whose own code fails to compile after the fetch worked
    ("cmake-project-compile-error", "real",
     "-- Downloading... done\n"
     "[ 42%] Building CXX object src/CMakeFiles/acme.dir/parser.cpp.o\n"
     "/home/ci/app/src/parser.cpp:57:22: error: no matching function for call to 'Token::Token(int)'\n"
     "gmake[2]: *** [src/CMakeFiles/acme.dir/build.make:90: src/CMakeFiles/acme.dir/parser.cpp.o] Error 1\n"
     "gmake: *** [Makefile:146: all] Error 2\n"
     + _GHA),
    # ------------------------------------------------------------------ Rust build scripts
    # sfackler/rust-openssl openssl-sys/build/find_normal.rs ("Could not find directory of OpenSSL installation")
    ("openssl-sys-not-found", "real",
     "   Compiling openssl-sys v0.9.99\n"
     "error: failed to run custom build command for `openssl-sys v0.9.99`\n"
     "--- stderr\n"
     "thread 'main' panicked at /home/ci/.cargo/registry/src/index.crates.io-6f17d22bba15001f/openssl-sys-0.9.99/build/find_normal.rs:190:5:\n"
     "\n"
     "Could not find directory of OpenSSL installation, and this `-sys` crate cannot\n"
     "proceed without this knowledge. If OpenSSL is installed and this crate had\n"
     "trouble finding it,  you can set the `OPENSSL_DIR` environment variable for the\n"
     "compilation process.\n"
     + _GHA),
    # rust-lang/pkg-config-rs src/lib.rs ("The system library `{}` required by crate `{}` was not found.")
    ("pkg-config-lib-missing", "real",
     "error: failed to run custom build command for `glib-sys v0.18.1`\n"
     "--- stderr\n"
     "  The system library `glib-2.0` required by crate `glib-sys` was not found.\n"
     "  The file `glib-2.0.pc` needs to be installed and the PKG_CONFIG_PATH environment variable must contain its parent directory.\n"
     + _GHA),
    # tokio-rs/prost prost-build/src/lib.rs ("Could not find `protoc`")
    ("prost-protoc-missing", "real",
     "error: failed to run custom build command for `acme-proto v0.1.0 (/home/ci/app/proto)`\n"
     "--- stderr\n"
     "Error: Custom { kind: NotFound, error: \"Could not find `protoc`. If `protoc` is installed, try setting the `PROTOC` "
     "environment variable to the path of the `protoc` binary.\" }\n"
     + _GHA),
    # a build script that downloads a blob (ureq/reqwest error through panic!/expect)
    ("build-script-download-timeout", "transient",
     "   Compiling onnx-sysx v2.0.0\n"
     "error: failed to run custom build command for `onnx-sysx v2.0.0`\n"
     "--- stderr\n"
     "thread 'main' panicked at build.rs:88:14:\n"
     "Failed to download https://downloads.example.org/onnx/onnxruntime-linux-x64-1.17.1.tgz: "
     "Transport { kind: Io, message: None, url: None, source: Some(Os { code: 110, kind: TimedOut, message: \"Connection timed out\" }) }\n"
     + _GHA),
    # rustc ("error: linker `cc` not found")
    ("rust-linker-missing", "real",
     "   Compiling proc-macro2 v1.0.78\n"
     "error: linker `cc` not found\n"
     "  |\n"
     "  = note: No such file or directory (os error 2)\n"
     "error: could not compile `proc-macro2` (build script) due to 1 previous error\n"
     + _GHA),
    # ------------------------------------------------------------------ cgo
    # golang/go src/cmd/go/internal/work/exec.go ("cgo: C compiler %q not found: %v")
    ("cgo-no-compiler", "real",
     "# runtime/cgo\n"
     "cgo: C compiler \"gcc\" not found: exec: \"gcc\": executable file not found in $PATH\n"
     + _GHA),
    ("cgo-header-missing", "real",
     "# example.org/acme/store/sqlite\n"
     "store/sqlite/conn.go:4:10: fatal error: sqlite3.h: No such file or directory\n"
     "    4 | // #include <sqlite3.h>\n"
     "compilation terminated.\n"
     + _GHA),
    ("cgo-undefined-reference", "real",
     "# example.org/acme/crypto/native\n"
     "/usr/local/go/pkg/tool/linux_amd64/link: running gcc failed: exit status 1\n"
     "/usr/bin/ld: /tmp/go-link-1832/000002.o: in function `_cgo_7d1e_Cfunc_acme_hash':\n"
     "native.cgo2.c:(.text+0x2e): undefined reference to `acme_hash'\n"
     "collect2: error: ld returned 1 exit status\n"
     + _GHA),
    # ------------------------------------------------------------------ BuildKit / QEMU
    # an image for another architecture, or no binfmt handler (the kernel's ENOEXEC through runc)
    ("buildx-exec-format-error", "real",
     "#7 [linux/arm64 2/6] RUN apt-get update\n"
     "#7 0.112 exec /bin/sh: exec format error\n"
     "#7 ERROR: process \"/bin/sh -c apt-get update\" did not complete successfully: exit code: 1\n"
     "ERROR: failed to solve: process \"/bin/sh -c apt-get update\" did not complete successfully: exit code: 1\n"
     + _GHA),
    # QEMU linux-user signal.c ("qemu: uncaught target signal %d (%s) - %s") for an illegal
    # instruction: a binary built for a CPU feature the emulated CPU lacks
    ("qemu-sigill", "real",
     "#12 [linux/arm64 5/8] RUN ./tools/gen-assets\n"
     "#12 0.904 qemu: uncaught target signal 4 (Illegal instruction) - core dumped\n"
     "#12 0.911 Illegal instruction (core dumped)\n"
     "#12 ERROR: process \"/bin/sh -c ./tools/gen-assets\" did not complete successfully: exit code: 132\n"
     + _GHA),
    # a build step under emulation killed for memory: the runner's resource, not the Dockerfile
    ("buildx-emulated-oom", "transient",
     "#14 [linux/arm64 builder 6/9] RUN npm ci\n"
     "#14 812.4 npm ERR! code 137\n"
     "#14 812.4 npm ERR! signal SIGKILL\n"
     "#14 ERROR: process \"/bin/sh -c npm ci\" did not complete successfully: exit code: 137\n"
     "ERROR: failed to solve: ResourceExhausted: process \"/bin/sh -c npm ci\" did not complete successfully: exit code: 137: cannot allocate memory\n"
     + _GHA),
    # the project's own failing test inside an emulated build: real
    ("buildx-test-fails-under-emulation", "real",
     "#15 [linux/arm64 test 3/3] RUN go test ./...\n"
     "#15 41.20 --- FAIL: TestEncodeHeader (0.00s)\n"
     "#15 41.20     header_test.go:31: got 0x1f, want 0x2f\n"
     "#15 41.31 FAIL\texample.org/acme/wire\t0.412s\n"
     "#15 ERROR: process \"/bin/sh -c go test ./...\" did not complete successfully: exit code: 1\n"
     + _GHA),
    # ------------------------------------------------------------------ adversarial logs for the entries above
    # (written against this round's own entries: a fallback that recovered, an optional package that
    # did not matter, an outage after an allowed empty selection, the tools' words in tests and docs)
    # prebuild-install download failed, fallback build succeeded, then a real test failure
    ("prebuild-timeout-then-build-ok-then-assert", "real",
     "prebuild-install warn install connect ETIMEDOUT 140.82.112.3:443\n"
     "gyp info ok \n"
     "added 812 packages in 41s\n"
     "$ npx jest\n"
     "  ● parser › parses dates\n"
     "    expect(received).toEqual(expected)\n"
     "    Expected: 2\n    Received: 3\n"
     "Tests:       1 failed, 88 passed, 89 total\n"+_GHA),
    # node-pre-gyp hit error then fallback OK, then TypeScript compile error
    ("pregyp-hit-error-then-tsc", "real",
     "node-pre-gyp WARN Pre-built binaries not installable for bcryptx@5.1.0 and node@20.11.0 (node-v115 ABI, glibc) (falling back to source compile with node-gyp)\n"
     "node-pre-gyp WARN Hit error socket hang up\n"
     "  CXX(target) Release/obj.target/bcrypt_lib/src/bcrypt.o\n"
     "gyp info ok \n"
     "$ tsc -p .\n"
     "src/app.ts(12,5): error TS2322: Type 'string' is not assignable to type 'number'.\n"+_GHA),
    # npm optional dependency skipped for network, irrelevant; real lint failure at the end
    ("npm-optional-skip-then-eslint", "real",
     "npm WARN optional SKIPPING OPTIONAL DEPENDENCY: request to https://registry.npmjs.org/fsevents/-/fsevents-2.3.3.tgz failed, reason: socket hang up\n"
     "added 1203 packages in 52s\n"
     "$ eslint .\n"
     "/home/ci/app/src/a.js\n"
     "  3:7  error  'x' is assigned a value but never used  no-unused-vars\n"
     "✖ 1 problem (1 error, 0 warnings)\n"+_GHA),
    # status_code: 28 printed by a project's own script then a real compile error
    ("cmake-status-message-then-compile", "real",
     "-- fetch of optional test data: status_code: 28\n"
     "[ 50%] Building CXX object src/CMakeFiles/acme.dir/a.cpp.o\n"
     "/home/ci/app/src/a.cpp:9:3: error: 'foo' was not declared in this scope\n"
     "gmake: *** [Makefile:146: all] Error 2\n"+_GHA),
    # a jest snapshot diff with node-gyp's 503 words
    ("snapshot-diff-gyp-503", "real",
     "  ● installer › prints the download error\n"
     "    expect(received).toMatchSnapshot()\n"
     "    - Snapshot  - 1\n    + Received  + 1\n"
     "    - gyp ERR! stack Error: 503 status code downloading tarball https://nodejs.example.org/x.tar.gz\n"
     "    + gyp ERR! stack Error: 502 status code downloading tarball https://nodejs.example.org/x.tar.gz\n"
     "Tests:       1 failed, 12 passed, 13 total\n"+_GHA),
    # cibuildwheel allow-empty prints no identifiers, then an upload outage ends the job
    ("cibw-empty-then-upload-503", "transient",
     "cibuildwheel: No build identifiers selected: BuildSelector(build_config='cp313-*', skip_config='')\n"
     "Run actions/upload-artifact@v4\n"
     "Error: Failed to CreateArtifact: Unable to make request: ECONNRESET\n"
     "##[error]Failed to CreateArtifact: Received non-retryable error: Failed request: (503) Service Unavailable\n"),
    # a docs lint run over a troubleshooting page about node-gyp downloads: real
    ("docs-quote-gyp", "real",
     "$ markdownlint docs/\n"
     "docs/troubleshooting.md:41 MD013/line-length Line length [Expected: 80; Actual: 131]\n"
     "docs/troubleshooting.md:42 MD040/fenced-code-language Fenced code blocks should have a language specified\n"+_GHA),
    # sharp on a platform without prebuilt libvips (lovell/sharp install/libvips.js): no outage named
    ("sharp-unsupported-plus-help", "real",
     "sharp: Prebuilt libvips 8.14.5 binaries are not yet available for linux-riscv64\n"
     "sharp: Installation error: Use with glibc 2.17 requires manual installation of libvips >= 8.14.5\n"
     "sharp: Please see https://sharp.pixelplumbing.com/install for required dependencies\n"
     "npm ERR! code 1\n"+_GHA),
    # esbuild platform-package missing with the lockfile from macOS, no network error
    ("esbuild-lock-macos", "real",
     "npm WARN EBADPLATFORM Unsupported platform for @esbuild/darwin-arm64@0.20.2: wanted {\"os\":\"darwin\",\"cpu\":\"arm64\"} (current: {\"os\":\"linux\",\"cpu\":\"x64\"})\n"
     "$ vite build\n"
     "Error: The package \"@esbuild/linux-x64\" could not be found, and is needed by esbuild.\n"+_GHA),
    # prebuild-install found no prebuilt, and the source build then timed out fetching node headers: transient
    ("prebuild-none-then-headers-timeout", "transient",
     "prebuild-install warn install No prebuilt binaries found (target=22.1.0 runtime=node arch=arm64 libc= platform=linux)\n"
     "gyp http GET https://nodejs.org/download/release/v22.1.0/node-v22.1.0-headers.tar.gz\n"
     "gyp ERR! configure error\n"
     "gyp ERR! stack FetchError: request to https://nodejs.org/download/release/v22.1.0/node-v22.1.0-headers.tar.gz failed, reason: connect ETIMEDOUT 104.20.22.46:443\n"
     "gyp ERR! not ok\n"
     "npm ERR! code 1\n"+_GHA),
    # a Go test whose input holds QEMU's SIGILL words (a real test failure either way)
    ("qemu-sigill-in-test-name", "real",
     "--- FAIL: TestDetectsQemuSigill (0.00s)\n"
     "    detect_test.go:22: parse(\"qemu: uncaught target signal 4 (Illegal instruction) - core dumped\") = 0, want 4\n"
     "FAIL\texample.org/acme/emu\t0.02s\n"+_GHA),
    # a test whose expected output holds a tool's outage words (node-gyp's download message)
    ("test-expects-gyp-503-words", "real",
     "  ● installer › reports a failed headers download\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "    Expected: \"gyp ERR! stack Error: 503 status code downloading tarball\"\n"
     "    Received: \"gyp ERR! stack Error: headers download failed\"\n"
     "      at Object.toBe (test/installer.test.js:42:20)\n"
     "Tests:       1 failed, 30 passed, 31 total\n"
     + _GHA),
    # a help text listing the words it handles
    ("help-text-mentions-timeout", "real",
     "$ ./scripts/fetch-prebuilt --help\n"
     "usage: fetch-prebuilt [--retries N]  retry when the download fails with ETIMEDOUT or a 503\n"
     "$ ./scripts/fetch-prebuilt --target linux-riscv64\n"
     "fetch-prebuilt: no prebuilt binary for linux-riscv64 in release v3.2.0\n"
     + _GHA),
]

# Outage-like words whose log may as well show a persistent cause: no rerun with confidence.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # QEMU linux-user signal.c: an emulated process's segfault (QEMU's intermittent bugs, but also
    # binaries that crash under it on every run)
    ("qemu-segv-npm", "#9 [linux/arm64 builder 4/7] RUN npm ci\n"
     "#9 301.2 qemu: uncaught target signal 11 (Segmentation fault) - core dumped\n"
     "#9 301.4 Segmentation fault (core dumped)\n"
     "#9 ERROR: process \"/bin/sh -c npm ci\" did not complete successfully: exit code: 139\n" + _BUILDX_END),
    ("qemu-segv-apt", "#6 [linux/arm64 2/5] RUN apt-get install -y build-essential\n"
     "#6 44.10 Setting up libc-bin (2.35-0ubuntu3.6) ...\n"
     "#6 44.31 qemu: uncaught target signal 11 (Segmentation fault) - core dumped\n"
     "#6 44.52 dpkg: error processing package libc-bin (--configure):\n"
     "#6 44.52  installed libc-bin package post-installation script subprocess returned error exit status 139\n"
     "#6 ERROR: process \"/bin/sh -c apt-get install -y build-essential\" did not complete successfully: exit code: 100\n" + _GHA),
    # CMake's status 22: curl's "HTTP response code said error" for a 404 as well as a 503
    ("cmake-fetch-22", "CMake Error at zlibx-subbuild/zlibx-populate-prefix/src/zlibx-populate-stamp/download-zlibx-populate.cmake:170 (message):\n"
     "  Each download failed!\n"
     "    error: downloading 'https://downloads.example.org/zlibx-9.9.tar.gz' failed\n"
     "          status_code: 22\n"
     "          status_string: \"HTTP response code said error\"\n" + _GHA),
    # node-pre-gyp's 403 from a bucket: a removed object as often as a throttled one
    ("pregyp-403", "node-pre-gyp http 403 status code downloading tarball https://bucket.example.org/sqlitex/v4.2.0/node-v115-linux-x64.tar.gz\n"
     "node-pre-gyp WARN Pre-built binaries not found for sqlitex@4.2.0 and node@20.11.0 (node-v115 ABI, glibc) (falling back to source compile with node-gyp)\n"
     "gyp ERR! build error \n"
     "gyp ERR! stack Error: not found: make\n" + _GYP_TAIL),
    # sharp's libvips fetch refused with a 403 (a rate limit, or a proxy that forbids the host)
    ("sharp-403", "sharp: Downloading https://github.com/lovell/sharp-libvips/releases/download/v8.14.5/libvips-8.14.5-linux-x64.tar.br\n"
     "sharp: Installation error: Status 403 Forbidden\n" + _NPM_END),
    # electron-builder reporting a download that failed, with a 403 (a rate limit or a private asset)
    ("electron-builder-403", "  • downloading     url=https://github.com/acme/app/releases/download/v1.0.0/helper.zip\n"
     "  ⨯ cannot resolve https://github.com/acme/app/releases/download/v1.0.0/helper.zip: status code 403\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_tool_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_outage_words_with_a_persistent_cause_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)
