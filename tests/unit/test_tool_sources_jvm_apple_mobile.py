"""Tenth round, tool sources: JVM, Apple and mobile build tools (Gradle, sbt and Coursier,
CocoaPods, Swift Package Manager, Carthage, Dart pub, the Flutter tool).

Each case is the message a tool prints when a network operation, a registry, a mirror, a download,
a credential or a lock fails, read from the tool's own source (repository and path in the comment
beside it), in a short log written for this test: made-up hosts, packages and paths, a line or two
of the tool's usual output before the message and the CI's exit line after it. None is a project's
CI log. The verdict is what a rerun would do: an outage passes on a later run (transient); a
missing pinned version, refused credentials, an untrusted certificate or a pinned checksum that
does not match fails the same way every time (real)."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, signatures

GHA_EXIT = "Error: Process completed with exit code 1.\n"
GITLAB_EXIT = "ERROR: Job failed: exit code 1\n"

_GRADLE_HEAD = (
    "> Task :app:preBuild UP-TO-DATE\n"
    "> Task :app:dataBindingMergeDependencyArtifactsDebug FAILED\n"
    "\n"
    "FAILURE: Build failed with an exception.\n"
    "\n"
    "* What went wrong:\n"
    "Execution failed for task ':app:dataBindingMergeDependencyArtifactsDebug'.\n"
    "> Could not resolve all files for configuration ':app:debugCompileClasspath'.\n"
    "   > Could not resolve org.example:widgets:2.1.0.\n"
    "     Required by:\n"
    "         project :app\n"
)
_GRADLE_TAIL = (
    "\n"
    "* Try:\n"
    "> Run with --stacktrace option to get the stack trace.\n"
    "\n"
    "BUILD FAILED in 41s\n"
) + GHA_EXIT
_POM = "https://repo.example.org/maven2/org/example/widgets/2.1.0/widgets-2.1.0.pom"


def _gradle(cause: str) -> str:
    """Gradle's nested cause chain under 'Could not resolve' (each cause one level deeper)."""
    return (_GRADLE_HEAD
            + "      > Could not resolve org.example:widgets:2.1.0.\n"
            + f"         > Could not get resource '{_POM}'.\n"
            + cause + _GRADLE_TAIL)


_SBT_HEAD = (
    "[info] welcome to sbt 1.9.9 (Eclipse Adoptium Java 17.0.10)\n"
    "[info] loading project definition from /home/runner/work/app/app/project\n"
    "[info] Updating\n"
)
_COURSIER_JAR = "https://repo.example.org/maven2/org/example/widgets_2.13/2.1.0/widgets_2.13-2.1.0.jar"


def _sbt_fetch(error: str) -> str:
    """lm-coursier's 'Error fetching artifacts:' list, one artifact URL and its ArtifactError."""
    return (_SBT_HEAD
            + "[info] Fetching artifacts of app\n"
            + "[error] lmcoursier.internal.shaded.coursier.error.FetchError$DownloadingArtifacts: Error fetching artifacts:\n"
            + f"[error] {_COURSIER_JAR}: {error}\n"
            + "[error] \n"
            + "[error] (update) lmcoursier.internal.shaded.coursier.error.FetchError$DownloadingArtifacts: Error fetching artifacts:\n"
            + "[error] Total time: 34 s, completed 12 Mar 2024, 10:02:11\n") + GHA_EXIT


_POD_HEAD = (
    "Analyzing dependencies\n"
    "Downloading dependencies\n"
    "Installing Widgets (2.1.0)\n"
)
_POD_CURL = (
    "[!] Error installing Widgets\n"
    "[!] /usr/bin/curl -f -L -o /var/folders/x1/T/d20240312-1234-1abc/file.zip "
    "https://downloads.example.org/widgets/Widgets-2.1.0.zip --create-dirs --netrc-optional --retry 2 "
    "-A 'CocoaPods/1.15.2 cocoapods-downloader/2.1'\n"
    "\n"
    "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n"
    "                                 Dload  Upload   Total   Spent    Left  Speed\n"
    "  0     0    0     0    0     0      0      0 --:--:--  0:00:01 --:--:--     0\n"
)
_SPM_HEAD = (
    "Fetching https://git.example.org/acme/widgets.git\n"
    "Fetched https://git.example.org/acme/widgets.git from cache (0.71s)\n"
    "Computing version for https://git.example.org/acme/widgets.git\n"
)
_ARTIFACT = "https://downloads.example.org/widgets/Widgets.xcframework.zip"
_CARTHAGE_HEAD = (
    "*** Fetching widgets\n"
    "*** Checking out widgets at \"2.1.0\"\n"
    "*** Downloading widgets binary at \"2.1.0\"\n"
)
_PUB_HEAD = "Running \"flutter pub get\" in app...\nResolving dependencies...\n"
_FLUTTER_ENGINE = "https://storage.googleapis.com/flutter_infra_release/flutter/1a2b3c4d5e6f"
_FLUTTER_DOWNLOAD = (
    "Downloading Material fonts...\n"
    "Downloading Gradle Wrapper...\n"
    "Downloading sky_engine...\n"
    f"Failed to download {_FLUTTER_ENGINE}/sky_engine.zip. Ensure you have network connectivity and then try again.\n"
)

# (case id, verdict, log). The comment above each case names the tool, its repository and the
# source of the message.
CASES = [
    # ---------------------------------------------------------------- Gradle ------------
    # gradle/gradle platforms/software/resources-http/src/main/java/org/gradle/internal/resource/
    # transport/http/HttpErrorStatusCodeException.java: "Could not %s '%s'. Received status code %s
    # from server: %s" (the reason phrase is empty over HTTP/2); ResourceException "Could not get
    # resource '%s'." above it (platforms/core-runtime/resources/.../ResourceExceptions)
    ("gradle-status-502", "transient", _gradle(
        f"            > Could not GET '{_POM}'. Received status code 502 from server: Bad Gateway\n")),
    ("gradle-status-503-http2", "transient", _gradle(
        f"            > Could not GET '{_POM}'. Received status code 503 from server: \n")),
    ("gradle-status-429", "transient", _gradle(
        f"            > Could not HEAD '{_POM}'. Received status code 429 from server: Too Many Requests\n")),
    ("gradle-status-401", "real", _gradle(
        f"            > Could not GET '{_POM}'. Received status code 401 from server: Unauthorized\n")),
    ("gradle-status-403-private", "real", _gradle(
        f"            > Could not HEAD '{_POM}'. Received status code 403 from server: Forbidden\n")),
    # HttpClientHelper.java: "Could not %s '%s'." with the IOException nested below it, a
    # SocketException wrapped as "Got socket exception during request. It might be caused by SSL
    # misconfiguration"
    ("gradle-socket-exception-reset", "transient", _gradle(
        f"            > Could not GET '{_POM}'.\n"
        "               > Got socket exception during request. It might be caused by SSL misconfiguration\n"
        "                  > Connection reset\n")),
    ("gradle-read-timed-out", "transient", _gradle(
        f"            > Could not GET '{_POM}'.\n"
        "               > Read timed out\n")),
    ("gradle-connect-timed-out", "transient", _gradle(
        f"            > Could not HEAD '{_POM}'.\n"
        "               > Connect to repo.example.org:443 [repo.example.org/203.0.113.7] failed: Connect timed out\n")),
    ("gradle-host-unknown", "transient", _gradle(
        f"            > Could not GET '{_POM}'.\n"
        "               > repo.example.org: Temporary failure in name resolution\n")),
    # HttpClientHelper.java: a PKIX failure is "Got SSL handshake exception during request. It might
    # be caused by SSL misconfiguration"; a handshake the server refused for its protocol version is
    # "The server does not support the client's requested TLS protocol versions: (...)"
    ("gradle-ssl-handshake-pkix", "real", _gradle(
        f"            > Could not GET '{_POM}'.\n"
        "               > Got SSL handshake exception during request. It might be caused by SSL misconfiguration\n"
        "                  > PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: "
        "unable to find valid certification path to requested target\n")),
    ("gradle-tls-version-does-not", "real", _gradle(
        f"            > Could not GET '{_POM}'.\n"
        "               > The server does not support the client's requested TLS protocol versions: (TLSv1.2, TLSv1.3). "
        "You may need to configure the client to allow other protocols to be used. For more on this, please refer to "
        "https://docs.gradle.org/8.5/userguide/build_environment.html#sec:gradle_system_properties in the Gradle documentation.\n"
        "                  > Received fatal alert: protocol_version\n")),
    # The same wrapper when the handshake broke without naming a protocol version ("The server may not
    # support ..."), with the cause below it: the connection was cut, not refused for its protocol
    ("gradle-tls-may-not-handshake-terminated", "transient", _gradle(
        f"            > Could not GET '{_POM}'.\n"
        "               > The server may not support the client's requested TLS protocol versions: (TLSv1.2, TLSv1.3). "
        "You may need to configure the client to allow other protocols to be used. For more on this, please refer to "
        "https://docs.gradle.org/8.5/userguide/build_environment.html#sec:gradle_system_properties in the Gradle documentation.\n"
        "                  > Remote host terminated the handshake\n")),
    # Gradle run with --offline and a cache without the module: "No cached version of %s available for
    # offline mode." (its integration tests assert "No cached version listing for %s available for
    # offline mode." for a dynamic version)
    ("gradle-offline-cache-miss", "real", (
        _GRADLE_HEAD + "      > No cached version of org.example:widgets:2.1.0 available for offline mode.\n"
        + _GRADLE_TAIL)),
    # Gradle's resolver when every repository answered that the module is not there ("Could not find
    # %s." with the locations it searched): a version that is not published
    ("gradle-could-not-find", "real", (
        _GRADLE_HEAD.replace("   > Could not resolve org.example:widgets:2.1.0.\n",
                             "   > Could not find org.example:widgets:9.9.9.\n")
        .replace("     Required by:\n", "     Searched in the following locations:\n"
                 "       - https://repo.example.org/maven2/org/example/widgets/9.9.9/widgets-9.9.9.pom\n"
                 "     Required by:\n")
        + _GRADLE_TAIL)),
    # The plugin resolution's summary when no source has the plugin (a wrong id or version)
    ("gradle-plugin-not-found", "real", (
        "FAILURE: Build failed with an exception.\n\n"
        "* Where:\nBuild file '/home/runner/work/app/app/build.gradle' line: 3\n\n"
        "* What went wrong:\n"
        "Plugin [id: 'org.example.widgets', version: '0.0.9'] was not found in any of the following sources:\n\n"
        "- Gradle Core Plugins (plugin is not in 'org.gradle' namespace)\n"
        "- Included Builds (No included builds contain this plugin)\n"
        "- Plugin Repositories (could not resolve plugin artifact 'org.example.widgets:org.example.widgets.gradle.plugin:0.0.9')\n"
        "  Searched in the following repositories:\n"
        "    Gradle Central Plugin Repository\n"
        + _GRADLE_TAIL)),
    # The plugin portal failing with a status, below the plugin request
    ("gradle-plugin-portal-502", "transient", (
        "FAILURE: Build failed with an exception.\n\n"
        "* What went wrong:\n"
        "Error resolving plugin [id: 'org.example.widgets', version: '0.0.9']\n"
        "> Could not resolve all dependencies for configuration 'detachedConfiguration1'.\n"
        "   > Could not resolve org.example.widgets:org.example.widgets.gradle.plugin:0.0.9.\n"
        "      > Could not get resource 'https://plugins.example.org/m2/org/example/widgets/org.example.widgets.gradle.plugin/0.0.9/org.example.widgets.gradle.plugin-0.0.9.pom'.\n"
        "         > Could not GET 'https://plugins.example.org/m2/org/example/widgets/org.example.widgets.gradle.plugin/0.0.9/org.example.widgets.gradle.plugin-0.0.9.pom'. "
        "Received status code 502 from server: Bad Gateway\n"
        + _GRADLE_TAIL)),
    # DefaultFileLockManager: "Timeout waiting to lock %s. It is currently in use by another Gradle
    # instance." with the owner's and our PID below
    ("gradle-lock-timeout", "transient", (
        "Starting a Gradle Daemon (subsequent builds will be faster)\n\n"
        "FAILURE: Build failed with an exception.\n\n"
        "* What went wrong:\n"
        "Gradle could not start your build.\n"
        "> Could not create service of type FileContentCacheFactory using BuildSessionScopeServices.createFileContentCacheFactory().\n"
        "   > Timeout waiting to lock file content cache (/home/runner/.gradle/caches/8.5/fileContent). "
        "It is currently in use by another Gradle instance.\n"
        "     Owner PID: 2211\n"
        "     Our PID: 3080\n"
        "     Lock file: /home/runner/.gradle/caches/8.5/fileContent/fileContent.lock\n"
        + _GRADLE_TAIL)),
    # platforms/core-runtime/wrapper-shared/src/main/java/org/gradle/wrapper/Download.java: a read
    # timeout is "Downloading from %s failed: timeout (%dms)"; any status but 200 is "Server returned
    # HTTP response code: %d for URL: %s"
    ("gradle-wrapper-timeout", "transient", (
        "Downloading https://services.example.org/distributions/gradle-8.5-bin.zip\n"
        "..........10%..........20%.....\n"
        "Exception in thread \"main\" java.io.IOException: Downloading from "
        "https://services.example.org/distributions/gradle-8.5-bin.zip failed: timeout (10000ms)\n"
        "\tat org.gradle.wrapper.Download.downloadInternal(SourceFile:110)\n"
        "Caused by: java.net.SocketTimeoutException: Read timed out\n") + GHA_EXIT),
    ("gradle-wrapper-404", "real", (
        "Downloading https://services.example.org/distributions/gradle-8.99-bin.zip\n"
        "Exception in thread \"main\" java.io.IOException: Server returned HTTP response code: 404 for URL: "
        "https://services.example.org/distributions/gradle-8.99-bin.zip\n"
        "\tat org.gradle.wrapper.Download.downloadInternal(SourceFile:95)\n") + GHA_EXIT),
    # Download.java's distribution URL check: "HEAD request to %s failed: response code (%d)"
    ("gradle-wrapper-head-timeout", "transient", (
        "Exception in thread \"main\" java.lang.RuntimeException: HEAD request to "
        "https://services.example.org/distributions/gradle-8.5-bin.zip failed: response code (-1), timeout (10000ms)\n"
        "\tat org.gradle.wrapper.Download.sendHeadRequest(SourceFile:71)\n"
        "Caused by: java.net.SocketTimeoutException: Connect timed out\n") + GHA_EXIT),
    ("gradle-wrapper-head-404", "real", (
        "Exception in thread \"main\" java.lang.RuntimeException: HEAD request to "
        "https://services.example.org/distributions/gradle-8.99-bin.zip failed: response code (404)\n"
        "\tat org.gradle.wrapper.Download.sendHeadRequest(SourceFile:68)\n") + GHA_EXIT),
    # The wrapper's checksum check of the distribution it downloaded (distributionSha256Sum)
    ("gradle-wrapper-checksum", "real", (
        "Downloading https://services.example.org/distributions/gradle-8.5-bin.zip\n"
        "...........10%...........20%...........30%...........40%...........50%...........60%\n"
        "Exception in thread \"main\" java.lang.RuntimeException: Verification of Gradle distribution failed!\n"
        "\n"
        "Your Gradle distribution may have been tampered with.\n"
        "Confirm that the 'distributionSha256Sum' property in your gradle-wrapper.properties file is correct "
        "and you are downloading the wrapper from a trusted source.\n") + GHA_EXIT),

    # ---------------------------------------------------------------- Coursier / sbt ----
    # coursier/coursier modules/cache/jvm/src/main/scala/coursier/cache/ArtifactError.scala: an
    # ArtifactError prints as "<type>: <message>": "download error: Caught <class> (<message>) while
    # downloading <url>" (internal/Downloader.scala), "internal server error: <url> (HTTP 5xx)",
    # "retryable HTTP error: <url> (HTTP 429)", "locked: <file>", "not found: <url>",
    # "forbidden: <url>", "unauthorized: <url> (<realm>)", "wrong checksum: <file> (expected ...)";
    # modules/coursier/jvm/src/main/scala/coursier/error/FetchError.scala lists them as
    # "<url>: <error>" under "Error fetching artifacts:"
    ("coursier-download-error-timeout", "transient", _sbt_fetch(
        f"download error: Caught java.net.SocketTimeoutException (Read timed out) while downloading {_COURSIER_JAR}")),
    ("coursier-download-error-unknown-host", "transient", _sbt_fetch(
        f"download error: Caught java.net.UnknownHostException (repo.example.org) while downloading {_COURSIER_JAR}")),
    ("coursier-internal-server-error", "transient", _sbt_fetch(
        f"internal server error: {_COURSIER_JAR} (HTTP 503)")),
    ("coursier-retryable-429", "transient", _sbt_fetch(
        f"retryable HTTP error: {_COURSIER_JAR} (HTTP 429)")),
    ("coursier-locked", "transient", _sbt_fetch(
        "locked: /home/runner/.cache/coursier/v1/https/repo.example.org/maven2/org/example/widgets_2.13/2.1.0/"
        "widgets_2.13-2.1.0.jar")),
    ("coursier-forbidden", "real", _sbt_fetch(f"forbidden: {_COURSIER_JAR}")),
    ("coursier-unauthorized", "real", _sbt_fetch(f"unauthorized: {_COURSIER_JAR} (Example Repository Manager)")),
    ("coursier-wrong-checksum", "real", _sbt_fetch(
        "wrong checksum: /home/runner/.cache/coursier/v1/https/repo.example.org/maven2/org/example/widgets_2.13/2.1.0/"
        "widgets_2.13-2.1.0.jar (expected SHA-1 0a1b2c3d4e5f60718293a4b5c6d7e8f901234567 in "
        "/home/runner/.cache/coursier/v1/https/repo.example.org/maven2/org/example/widgets_2.13/2.1.0/"
        "widgets_2.13-2.1.0.jar.sha1, got 9f8e7d6c5b4a39281706f5e4d3c2b1a098765432)")),
    # modules/coursier/shared/src/main/scala/coursier/error/ResolutionError.scala: "Error downloading
    # <module>:<version>" and, indented below it, what each repository said
    ("coursier-error-downloading-not-found", "real", (
        _SBT_HEAD
        + "[error] sbt.librarymanagement.ResolveException: Error downloading org.example:widgets_2.13:9.9.9\n"
        + "[error]   Not found\n"
        + "[error]   Not found\n"
        + "[error]   not found: /home/runner/.ivy2/local/org.example/widgets_2.13/9.9.9/ivys/ivy.xml\n"
        + "[error]   not found: https://repo.example.org/maven2/org/example/widgets_2.13/9.9.9/widgets_2.13-9.9.9.pom\n"
        + "[error] Total time: 12 s, completed 12 Mar 2024, 10:02:11\n") + GHA_EXIT),
    ("coursier-error-downloading-refused", "transient", (
        _SBT_HEAD
        + "[error] sbt.librarymanagement.ResolveException: Error downloading org.example:widgets_2.13:2.1.0\n"
        + "[error]   download error: Caught java.net.ConnectException (Connection refused) while downloading "
        + "https://repo.example.org/maven2/org/example/widgets_2.13/2.1.0/widgets_2.13-2.1.0.pom\n"
        + "[error] Total time: 12 s, completed 12 Mar 2024, 10:02:11\n") + GHA_EXIT),
    # (the local Ivy repository always says not found; the remote one failed on the network)
    ("coursier-error-downloading-local-missing-remote-timeout", "transient", (
        _SBT_HEAD
        + "[error] sbt.librarymanagement.ResolveException: Error downloading org.example:widgets_2.13:2.1.0\n"
        + "[error]   Not found\n"
        + "[error]   not found: /home/runner/.ivy2/local/org.example/widgets_2.13/2.1.0/ivys/ivy.xml\n"
        + "[error]   download error: Caught java.net.SocketTimeoutException (Read timed out) while downloading "
        + "https://repo.example.org/maven2/org/example/widgets_2.13/2.1.0/widgets_2.13-2.1.0.pom\n"
        + "[error] Total time: 12 s, completed 12 Mar 2024, 10:02:11\n") + GHA_EXIT),
    # sbt/librarymanagement ivy/src/main/scala/sbt/internal/librarymanagement/IvyActions.scala: the
    # ResolveException carries Ivy's problem messages ("download failed: <artifact>" after the
    # FAILED DOWNLOADS list; "unresolved dependency: <module>: not found")
    ("sbt-ivy-download-failed", "transient", (
        _SBT_HEAD
        + "[warn] \t[FAILED     ] org.example#widgets_2.13;2.1.0!widgets_2.13.jar:  (0ms)\n"
        + "[warn] \t::::::::::::::::::::::::::::::::::::::::::::::\n"
        + "[warn] \t::              FAILED DOWNLOADS            ::\n"
        + "[warn] \t::::::::::::::::::::::::::::::::::::::::::::::\n"
        + "[warn] \t:: org.example#widgets_2.13;2.1.0!widgets_2.13.jar\n"
        + "[error] (update) sbt.librarymanagement.ResolveException: download failed: "
        + "org.example#widgets_2.13;2.1.0!widgets_2.13.jar\n"
        + "[error] Total time: 51 s, completed 12 Mar 2024, 10:02:11\n") + GHA_EXIT),
    ("sbt-ivy-unresolved", "real", (
        _SBT_HEAD
        + "[warn] \t::          UNRESOLVED DEPENDENCIES         ::\n"
        + "[warn] \t:: org.example#widgets_2.13;9.9.9: not found\n"
        + "[error] (update) sbt.librarymanagement.ResolveException: unresolved dependency: "
        + "org.example#widgets_2.13;9.9.9: not found\n") + GHA_EXIT),
    # sbt/sbt sbt (the launcher script): "failed to download launcher jar: $sbt_url"
    ("sbt-script-launcher-download", "transient", (
        "downloading sbt launcher 1.9.9\n"
        "failed to download launcher jar: https://repo.example.org/maven2/org/scala-sbt/sbt-launch/1.9.9/sbt-launch-1.9.9.jar\n")
        + GHA_EXIT),
    # sbt/sbt main/src/main/scala/sbt/Main.scala: another sbt booting on the same build ("sbt thinks
    # that server is already booting because of this exception:"), main-command/.../BootServerSocket.java
    ("sbt-server-already-booting", "transient", (
        "[info] welcome to sbt 1.9.9 (Eclipse Adoptium Java 17.0.10)\n"
        "sbt thinks that server is already booting because of this exception:\n"
        "sbt.internal.ServerAlreadyBootingException: java.io.IOException: Could not create lock for "
        "\\\\.\\pipe\\sbt-load5964714308503584069_lock, error 5\n"
        "\tat sbt.internal.BootServerSocket.<init>(BootServerSocket.java:357)\n") + GHA_EXIT),
    # sbt/launcher launcher-implementation/src/main/scala/xsbt/boot/Update.scala and
    # ModuleDefinition.scala: "error retrieving required libraries", "could not retrieve sbt <v>";
    # the cause is in the lines above
    ("sbt-launcher-retrieve-network", "transient", (
        "[info] [launcher] getting org.scala-sbt sbt 1.9.9  (this may take some time)...\n"
        "[warn] \tmodule not found: org.scala-sbt#sbt;1.9.9\n"
        "[warn] ==== Maven Central: tried\n"
        "[warn] \tServer access error at url https://repo.example.org/maven2/org/scala-sbt/sbt/1.9.9/sbt-1.9.9.pom "
        "(java.net.ConnectException: Connection timed out)\n"
        "[error] [launcher] error during sbt launcher: error retrieving required libraries\n"
        "[error]   (see /home/runner/.sbt/boot/update.log for complete log)\n"
        "[error] [launcher] could not retrieve sbt 1.9.9\n") + GHA_EXIT),
    ("sbt-launcher-retrieve-missing", "real", (
        "[info] [launcher] getting org.scala-sbt sbt 1.99.0  (this may take some time)...\n"
        "[warn] \t::::::::::::::::::::::::::::::::::::::::::::::\n"
        "[warn] \t::          UNRESOLVED DEPENDENCIES         ::\n"
        "[warn] \t:: org.scala-sbt#sbt;1.99.0: not found\n"
        "[error] [launcher] error during sbt launcher: error retrieving required libraries\n"
        "[error]   (see /home/runner/.sbt/boot/update.log for complete log)\n"
        "[error] [launcher] could not retrieve sbt 1.99.0\n") + GHA_EXIT),

    # ---------------------------------------------------------------- CocoaPods ---------
    # CocoaPods/Core lib/cocoapods-core/cdn_source.rb: "CDN: #{name} URL couldn't be downloaded: #{url}
    # Response: #{code} #{body}" after its retries on 502/503/504, "... Response: #{return_message}"
    # (libcurl's words) on a network failure, "CDN: #{name} Repo update failed - N error(s):"
    ("cocoapods-cdn-trunk-502", "transient", (
        _POD_HEAD
        + "[!] CDN: trunk URL couldn't be downloaded: https://cdn.example.org/Specs/a/b/c/Widgets/2.1.0/Widgets.podspec.json "
        + "Response: 502 <html><body><h1>502 Bad Gateway</h1></body></html>\n") + GHA_EXIT),
    ("cocoapods-cdn-private-timeout", "transient", (
        _POD_HEAD
        + "[!] CDN: acme-specs URL couldn't be downloaded: https://specs.example.org/all_pods_versions_a_b_c.txt "
        + "Response: Timeout was reached\n") + GHA_EXIT),
    ("cocoapods-cdn-private-couldnt-connect", "transient", (
        _POD_HEAD
        + "[!] CDN: acme-specs URL couldn't be downloaded: https://specs.example.org/CocoaPods-version.yml "
        + "Response: Couldn't connect to server\n") + GHA_EXIT),
    ("cocoapods-cdn-repo-update-failed", "transient", (
        "Updating local specs repositories\n"
        "[!] CDN: acme-specs Repo update failed - 2 error(s):\n"
        "CDN: acme-specs URL couldn't be downloaded: https://specs.example.org/Specs/1/2/3/Widgets/index.txt "
        "Response: SSL connect error\n"
        "CDN: acme-specs URL couldn't be downloaded: https://specs.example.org/Specs/4/5/6/Gadgets/index.txt "
        "Response: SSL connect error\n") + GHA_EXIT),
    # CocoaPods/Core lib/cocoapods-core/github.rb
    ("cocoapods-github-offline", "transient", (
        "Updating local specs repositories\n"
        "[!] Failed to connect to GitHub to update the acme/Specs specs repo - Please check if you are offline, "
        "or that GitHub is down\n") + GHA_EXIT),
    # CocoaPods/cocoapods-downloader lib/cocoapods-downloader/http.rb (curl -f -L ... --retry 2) under
    # CocoaPods/CocoaPods lib/cocoapods/downloader/cache.rb's "[!] Error installing #{name}"
    ("cocoapods-http-recv-failure", "transient",
        _POD_HEAD + _POD_CURL + "curl: (56) Recv failure: Connection reset by peer\n" + GHA_EXIT),
    ("cocoapods-http-404", "real",
        _POD_HEAD + _POD_CURL + "curl: (22) The requested URL returned error: 404\n" + GHA_EXIT),
    # cocoapods-downloader lib/cocoapods-downloader/remote_file.rb: the :sha256 of the podspec's source
    ("cocoapods-verification-checksum", "real", (
        _POD_HEAD
        + "[!] Verification checksum was incorrect, expected 3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39281706f5e4d3c2b1a0987654, "
        + "got 9b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c\n") + GHA_EXIT),
    # CocoaPods/CocoaPods lib/cocoapods/external_sources/podspec_source.rb: "Failed to fetch podspec
    # for `#{name}` at `#{podspec_uri}`.\n Error: #{status}"
    ("cocoapods-podspec-404", "real", (
        "Analyzing dependencies\n"
        "Fetching podspec for `Widgets` from `https://specs.example.org/Widgets.podspec`\n"
        "[!] Failed to fetch podspec for `Widgets` at `https://specs.example.org/Widgets.podspec`.\n"
        " Error: 404 Not Found\n") + GHA_EXIT),
    ("cocoapods-podspec-503", "transient", (
        "Analyzing dependencies\n"
        "Fetching podspec for `Widgets` from `https://specs.example.org/Widgets.podspec`\n"
        "[!] Failed to fetch podspec for `Widgets` at `https://specs.example.org/Widgets.podspec`.\n"
        " Error: 503 Service Unavailable\n") + GHA_EXIT),
    # cocoapods-downloader lib/cocoapods-downloader/git.rb (git clone ... --single-branch --depth 1)
    ("cocoapods-git-clone-connect", "transient", (
        _POD_HEAD
        + "[!] Error installing Widgets\n"
        + "[!] /usr/bin/git clone https://git.example.org/acme/widgets.git /var/folders/x1/T/d20240312-1234-1abc "
        + "--template= --single-branch --depth 1 --branch 2.1.0\n"
        + "\n"
        + "Cloning into '/var/folders/x1/T/d20240312-1234-1abc'...\n"
        + "fatal: unable to access 'https://git.example.org/acme/widgets.git/': Failed to connect to git.example.org "
        + "port 443 after 75004 ms: Couldn't connect to server\n") + GHA_EXIT),

    # ---------------------------------------------------------------- SwiftPM -----------
    # swiftlang/swift-package-manager Sources/Workspace/Diagnostics.swift: "failed downloading '<url>'
    # which is required by binary target '<name>': <reason>", the reason an HTTPClientError
    # (Sources/Basics/HTTPClient/HTTPClientError.swift: badResponseStatusCode(Int), downloadError(String))
    ("swiftpm-artifact-502", "transient", (
        _SPM_HEAD
        + f"Downloading binary artifact {_ARTIFACT}\n"
        + f"error: failed downloading '{_ARTIFACT}' which is required by binary target 'Widgets': badResponseStatusCode(502)\n")
        + GHA_EXIT),
    ("swiftpm-artifact-404", "real", (
        _SPM_HEAD
        + f"Downloading binary artifact {_ARTIFACT}\n"
        + f"error: failed downloading '{_ARTIFACT}' which is required by binary target 'Widgets': badResponseStatusCode(404)\n")
        + GHA_EXIT),
    ("swiftpm-artifact-connection-lost", "transient", (
        _SPM_HEAD
        + f"error: failed downloading '{_ARTIFACT}' which is required by binary target 'Widgets': "
        + "downloadError(\"The network connection was lost.\")\n") + GHA_EXIT),
    ("swiftpm-artifact-checksum", "real", (
        _SPM_HEAD
        + "error: checksum of downloaded artifact of binary target 'Widgets' "
        + "(7d1e0c3f2b4a59687a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f) does not match checksum specified by "
        + "the manifest (0c3f2b4a59687a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f7d1e)\n") + GHA_EXIT),
    # Sources/PackageRegistry/RegistryClient.swift: "failed fetching <id> releases list from
    # <registry>: <error>", "server error <code>: <details>", "registry at '<url>' is not available at
    # this time, please try again later", "invalid registry response status '<n>', expected '<list>'",
    # "package version not found on registry", "missing or invalid authentication credentials"
    ("swiftpm-registry-server-error", "transient", (
        "Computing version for acme.widgets\n"
        "error: failed fetching acme.widgets releases list from https://registry.example.org: "
        "server error 503: Service Unavailable\n") + GHA_EXIT),
    ("swiftpm-registry-not-available", "transient", (
        "Computing version for acme.widgets\n"
        "error: failed fetching acme.widgets releases list from https://registry.example.org: "
        "registry at 'https://registry.example.org' is not available at this time, please try again later\n") + GHA_EXIT),
    ("swiftpm-registry-invalid-status-503", "transient", (
        "Computing version for acme.widgets\n"
        "error: failed fetching acme.widgets version 2.1.0 release information from https://registry.example.org: "
        "invalid registry response status '503', expected '[200]'\n") + GHA_EXIT),
    ("swiftpm-registry-version-not-found", "real", (
        "Computing version for acme.widgets\n"
        "error: failed fetching acme.widgets version 9.9.9 release information from https://registry.example.org: "
        "package version not found on registry\n") + GHA_EXIT),
    ("swiftpm-registry-credentials", "real", (
        "Computing version for acme.widgets\n"
        "error: failed fetching acme.widgets releases list from https://registry.example.org: "
        "missing or invalid authentication credentials\n") + GHA_EXIT),
    # Sources/SourceControl/GitRepository.swift: "Failed to clone repository <url>" and git's output
    ("swiftpm-clone-dns", "transient", (
        "Fetching https://git.example.org/acme/widgets.git\n"
        "error: Failed to clone repository https://git.example.org/acme/widgets.git:\n"
        "    Cloning into bare repository '/Users/runner/Library/Caches/org.swift.swiftpm/repositories/widgets-1a2b3c4d'...\n"
        "    fatal: unable to access 'https://git.example.org/acme/widgets.git/': Could not resolve host: git.example.org\n")
        + GHA_EXIT),
    # Sources/CoreCommands/SwiftCommandState.swift: the scratch directory's lock held by another
    # SwiftPM, then the job cancelled while it waited
    ("swiftpm-lock-held", "transient", (
        "Building for debugging...\n"
        "Another instance of SwiftPM (PID: 4242) is already running using '/Users/runner/work/app/app/.build', "
        "waiting until that process has finished execution...\n"
        "Error: The operation was canceled.\n")),

    # ---------------------------------------------------------------- Carthage ----------
    # Carthage/Carthage Source/CarthageKit/Errors.swift: "Failed to read file or folder at <path>:
    # <NSError>" for a binary framework's JSON or archive fetched with URLSession
    # (Source/CarthageKit/Project.swift), "GitHub API timed out", "GitHub API request failed: <message>"
    ("carthage-binary-timed-out", "transient", (
        _CARTHAGE_HEAD
        + "Failed to read file or folder at /releases/Widgets.json: Error Domain=NSURLErrorDomain Code=-1001 "
        + "\"The request timed out.\" UserInfo={NSErrorFailingURLStringKey=https://downloads.example.org/releases/Widgets.json}\n")
        + GHA_EXIT),
    ("carthage-binary-host-not-found", "transient", (
        _CARTHAGE_HEAD
        + "Failed to read file or folder at /releases/Widgets.json: Error Domain=NSURLErrorDomain Code=-1003 "
        + "\"A server with the specified hostname could not be found.\" "
        + "UserInfo={NSErrorFailingURLStringKey=https://downloads.example.org/releases/Widgets.json}\n") + GHA_EXIT),
    ("carthage-binary-untrusted-certificate", "real", (
        _CARTHAGE_HEAD
        + "Failed to read file or folder at /releases/Widgets.json: Error Domain=NSURLErrorDomain Code=-1202 "
        + "\"The certificate for this server is invalid. You might be connecting to a server that is pretending to be "
        + "“downloads.example.org” which could put your confidential information at risk.\" "
        + "UserInfo={NSErrorFailingURLStringKey=https://downloads.example.org/releases/Widgets.json}\n") + GHA_EXIT),
    ("carthage-github-api-timed-out", "transient", (
        _CARTHAGE_HEAD + "GitHub API timed out\n") + GHA_EXIT),
    ("carthage-github-api-connection-lost", "transient", (
        _CARTHAGE_HEAD
        + "GitHub API request failed: Error Domain=NSURLErrorDomain Code=-1005 \"The network connection was lost.\"\n")
        + GHA_EXIT),
    # Errors.swift: a fetch's git task (the TaskError of a shell task) with git's own words below it
    ("carthage-fetch-git-timeout", "transient", (
        "*** Fetching widgets\n"
        "A shell task (/usr/bin/env git fetch --prune --quiet https://git.example.org/acme/widgets.git "
        "refs/tags/*:refs/tags/* +refs/heads/*:refs/heads/* (launched in "
        "/Users/runner/Library/Caches/org.carthage.CarthageKit/dependencies/widgets)) failed with exit code 128:\n"
        "fatal: unable to access 'https://git.example.org/acme/widgets.git/': Failed to connect to git.example.org "
        "port 443: Operation timed out\n") + GHA_EXIT),
    # Errors.swift: "No available version for <dependency> satisfies the requirement: <specifier>"
    ("carthage-no-available-version", "real", (
        "*** Fetching widgets\n"
        "No available version for git.example.org/acme/widgets satisfies the requirement: ~> 9.0\n") + GHA_EXIT),

    # ---------------------------------------------------------------- Dart pub ----------
    # dart-lang/pub lib/src/source/hosted.dart (_throwFriendlyError): "Got socket error trying to find
    # package <p> at <url>.", "<code> <reason> trying to find package <p> at <url>.", a 404 as
    # "could not find package <p> at <url>" inside the solver's report; lib/src/http.dart calls 408,
    # 429 and 5xx intermittent and retries them
    ("pub-socket-error", "transient", (
        _PUB_HEAD + "Got socket error trying to find package widgets at https://pub.example.org.\n"
        "exit code 69\n") + GHA_EXIT),
    ("pub-503-trying-to-find", "transient", (
        _PUB_HEAD + "503 Service Unavailable trying to find package widgets at https://pub.example.org.\n"
        "exit code 69\n") + GHA_EXIT),
    ("pub-500-trying-to-find", "transient", (
        _PUB_HEAD + "500 Internal Server Error trying to find package widgets at https://pub.example.org.\n"
        "exit code 69\n") + GHA_EXIT),
    ("pub-502-trying-to-find", "transient", (
        _PUB_HEAD + "502 Bad Gateway trying to find package widgets at https://pub.example.org.\n"
        "exit code 69\n") + GHA_EXIT),
    ("pub-package-not-found", "real", (
        _PUB_HEAD
        + "Because app depends on widgets any which doesn't exist (could not find package widgets at "
        + "https://pub.example.org), version solving failed.\n") + GHA_EXIT),
    ("pub-authentication-failed", "real", (
        _PUB_HEAD
        + "Because app depends on widgets from hosted on https://pub.example.org which doesn't exist "
        + "(authentication failed), version solving failed.\n\n"
        + "https://pub.example.org package repository requested authentication!\n"
        + "You can provide credentials using:\n"
        + "    dart pub token add https://pub.example.org\n") + GHA_EXIT),
    # hosted.dart: a CRC32C mismatch against the storage's x-goog-hash header, which pub's exit code
    # (lib/src/command.dart: PackageIntegrityException -> TEMP_FAIL) calls temporary
    ("pub-crc32c-mismatch", "transient", (
        _PUB_HEAD
        + "Downloading packages...\n"
        + "Package archive for widgets 2.1.0 downloaded from \"https://pub.example.org/api/archives/widgets-2.1.0.tar.gz\" "
        + "has \"x-goog-hash: crc32c=1a2b3c4d\", which doesn't match the checksum of the archive downloaded.\n") + GHA_EXIT),

    # ---------------------------------------------------------------- Flutter tool ------
    # flutter/flutter bin/internal/update_dart_sdk.sh: curl's failure, then "Failed to retrieve the
    # Dart SDK from: <url>"; an archive unzip cannot read: "It appears that the downloaded file is
    # corrupt; please try again."
    ("flutter-dart-sdk-retrieve", "transient", (
        "Downloading Linux x64 Dart SDK from Flutter engine 1a2b3c4d5e6f...\n"
        "curl: (56) OpenSSL SSL_read: Connection reset by peer, errno 104\n"
        "\n"
        f"Failed to retrieve the Dart SDK from: {_FLUTTER_ENGINE}/dart-sdk-linux-x64.zip\n"
        "If you're located in China, please see this page:\n"
        "  https://flutter.dev/community/china\n") + GHA_EXIT),
    ("flutter-dart-sdk-corrupt", "transient", (
        "Downloading Linux x64 Dart SDK from Flutter engine 1a2b3c4d5e6f...\n"
        "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n"
        "100  211M  100  211M    0     0  88.1M      0  0:00:02  0:00:02 --:--:-- 88.1M\n"
        "[/opt/flutter/bin/cache/dart-sdk-linux-x64.zip]\n"
        "  End-of-central-directory signature not found.\n"
        "\n"
        "It appears that the downloaded file is corrupt; please try again.\n"
        "If this problem persists, please report the problem at:\n"
        "  https://github.com/flutter/flutter/issues/new?template=1_activation.yml\n") + GHA_EXIT),
    # packages/flutter_tools/lib/src/cache.dart (ArtifactUpdater): after its retries, "Failed to
    # download <url>. Ensure you have network connectivity and then try again.\n<exception>", the
    # exception "Exception: <status>" for any status but 200, or the md5 check against x-goog-hash
    ("flutter-artifact-connection-closed", "transient", (
        _FLUTTER_DOWNLOAD
        + f"HttpException: Connection closed before full header was received, uri = {_FLUTTER_ENGINE}/sky_engine.zip\n")
        + GHA_EXIT),
    ("flutter-artifact-503", "transient", (_FLUTTER_DOWNLOAD + "Exception: 503\n") + GHA_EXIT),
    ("flutter-artifact-404", "real", (_FLUTTER_DOWNLOAD + "Exception: 404\n") + GHA_EXIT),
    ("flutter-artifact-md5", "transient", (
        _FLUTTER_DOWNLOAD
        + f"Exception: Expected {_FLUTTER_ENGINE}/sky_engine.zip to have md5 checksum 1B2M2Y8AsgTpgAmY7PhCfg==, but was "
        + "pIWVQjx0M3vmaMGHhYc7uQ==. This may indicate a problem with your connection to the Flutter backend servers. "
        + "Please re-try the download after confirming that your network connection is stable.\n") + GHA_EXIT),
    # cache.dart: Windows' sharing violation on the cache directory
    ("flutter-cache-in-use", "transient", (
        "Downloading windows-x64 tools...\n"
        "Failed to delete C:\\hostedtoolcache\\windows\\flutter\\bin\\cache\\artifacts\\engine\\windows-x64 because "
        "the local file/directory is in use by another process. Try closing any running IDEs or editors and trying again\n")
        + GHA_EXIT),
]


@pytest.mark.parametrize(("case_id", "verdict", "log"), CASES, ids=[c[0] for c in CASES])
def test_tool_message_reads_as_its_cause(case_id, verdict, log):
    v = judge(log)
    assert v.verdict == verdict, f"{case_id}: {v.verdict} ({v.rationale})"


# The cases whose verdict rests on this round's entries, with the entry that must be behind it.
BY_ENTRY = {
    "coursier-retryable-429": "coursier-retryable-http",
    "coursier-locked": "coursier-cache-locked",
    "coursier-error-downloading-not-found": "coursier-not-found-everywhere",
    "coursier-wrong-checksum": "integrity-check",
    "coursier-forbidden": "auth-failure",
    "sbt-server-already-booting": "resource-busy",
    "cocoapods-verification-checksum": "integrity-check",
    "cocoapods-podspec-404": "resource-missing-404",
    "swiftpm-artifact-502": "swiftpm-bad-status",
    "swiftpm-artifact-404": "resource-missing-404",
    "swiftpm-artifact-checksum": "integrity-check",
    "swiftpm-registry-invalid-status-503": "swiftpm-bad-status",
    "swiftpm-registry-version-not-found": "package-not-published",
    "swiftpm-registry-credentials": "auth-failure",
    "swiftpm-lock-held": "resource-busy",
    "carthage-binary-timed-out": "carthage-nsurl-network-error",
    "carthage-binary-untrusted-certificate": "tls-certificate",
    "carthage-no-available-version": "dependency-conflict",
    "pub-500-trying-to-find": "pub-hosted-intermittent",
    "pub-crc32c-mismatch": "pub-hosted-intermittent",
    "flutter-dart-sdk-corrupt": "flutter-download-broken",
    "flutter-artifact-404": "flutter-artifact-missing",
    "flutter-artifact-md5": "flutter-artifact-transfer-checksum",
    "flutter-cache-in-use": "resource-busy",
    "gradle-wrapper-head-404": "resource-missing-404",
    "gradle-wrapper-checksum": "integrity-check",
    "gradle-offline-cache-miss": "gradle-offline-cache-miss",
}


@pytest.mark.parametrize("case_id", sorted(BY_ENTRY))
def test_the_entry_behind_the_verdict(case_id):
    log = {c[0]: c[2] for c in CASES}[case_id]
    v = judge(log)
    assert BY_ENTRY[case_id] in signatures(v), v.rationale


def test_case_ids_are_unique():
    assert_unique_ids(CASES)
