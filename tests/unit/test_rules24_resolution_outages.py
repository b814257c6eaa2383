"""Twenty-fourth round, resolution outages: a package, plugin or module "not found" that a registry's 5xx, 429 or
transport failure caused, and the real "not found" beside it.

Build tools often word a registry outage as a resolution failure. Gradle's plugin resolution is the plain case: its
Plugin Repositories resolver asks only whether resolving the plugin's marker module had an error, so a 502 from the
plugin portal prints as "Plugin [id: 'x', version: 'y'] was not found in any of the following sources" (read:
gradle/gradle ArtifactRepositoriesPluginResolver, "return !configuration.getResolvedConfiguration().hasError()" and
"Could not resolve plugin artifact '%s'"; DefaultPluginRequestApplicator "Plugin %s was not found in any of the
following sources:"). The cause shows elsewhere: at --info above the headline (HttpClientHelper "Failed to get
resource: {}. [HTTP {}: {})]", read) or in a cause chain below it (HttpErrorStatusCodeException "Could not %s '%s'.
Received status code %s from server: %s", read; HttpRequestException "Could not %s '%s'." over the transport
exception, recalled). Gradle's "Could not find <module>." with "Searched in the following locations:" is the other
side: every repository said the module is missing (ModuleVersionNotFoundException, recalled), while a repository that
failed is reported as "Could not resolve" over "Could not get resource" (read).

Covered beside Gradle, to hold what the engine already reads right in each tool's words: Maven resolver's transfer
failures and "Could not find artifact" (recalled), coursier's "Error downloading" with a download error (recalled),
the go command's proxy and checksum-database reads (recalled), cargo's index download (recalled), NuGet's NU1301 /
NU1101 (recalled), Composer's TransportException (read: composer/composer CurlDownloader failResponse "The \"%s\" file
could not be downloaded (%s)"; "Root composer.json requires %s, it could not be found in any version, there may be a
typo in the package name." read in its solver tests), uv (recalled), pip (recalled), pnpm / yarn / npm (recalled),
Hex (read: hexpm/hex lib/hex/registry/server.ex "Failed to fetch record for %s from registry%s", raise "Stopping due
to errors", lib/hex/utils.ex "HTTP status code: %s" and the 404 advice "This could be because the package does not
exist, ..."), CocoaPods' CDN source (read: CocoaPods/Core lib/cocoapods-core/cdn_source.rb "CDN: %s URL couldn't be
downloaded: %s Response: %s" for 502/503/504 and for a network-layer failure's return message; "Unable to find a
specification for" recalled). Composer 2 does not go on to its solver after a metadata 5xx (ComposerRepository's
reject handler rethrows unless a cached copy exists, read), so its outage is the TransportException itself, not a
"could not be found". Hosts, packages and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * the log shows the registry's own request for the very plugin/module that was "not found" answered 5xx or 429, or
    broke off on the connection (timed out, refused, reset) -> transient (the outage is the cause, the headline its
    consequence);
  * the "not found" with a 401/403/404/410 for it (private, typo, gone), or with nothing behind it, or a module every
    repository said is missing beside another module's outage -> real;
  * shown both but unrelated, or a cause that a wrong setting repeats as well (a DNS failure, another version's
    request, another source's failure) -> today's weighing, not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GL = "ERROR: Job failed: exit code 1\n"
_GTAIL = ("\n* Try:\n> Run with --stacktrace option to get the stack trace.\n"
          "> Run with --info or --debug option to get more log output.\n"
          "> Run with --scan to get full insights.\n> Get more help at https://help.gradle.org.\n\nBUILD FAILED in 14s\n")


def _plugin(pid: str, version: str) -> str:
    """Gradle's report of a plugin that no source resolved (DefaultPluginRequestApplicator's wording)."""
    return ("FAILURE: Build failed with an exception.\n\n* Where:\n"
            "Build file '/home/runner/work/app/app/build.gradle' line: 3\n\n* What went wrong:\n"
            f"Plugin [id: '{pid}', version: '{version}'] was not found in any of the following sources:\n\n"
            "- Gradle Core Plugins (plugin is not in 'org.gradle' namespace)\n"
            "- Included Builds (No included builds contain this plugin)\n"
            f"- Plugin Repositories (could not resolve plugin artifact '{pid}:{pid}.gradle.plugin:{version}')\n"
            "  Searched in the following repositories:\n    Gradle Central Plugin Repository\n")


def _marker(pid: str, version: str, host: str = "https://plugins.gradle.org/m2") -> str:
    """The plugin marker's POM URL (Maven layout of <id>:<id>.gradle.plugin:<version>)."""
    return (f"{host}/{pid.replace('.', '/')}/{pid}.gradle.plugin/{version}/{pid}.gradle.plugin-{version}.pom")


def _exception_is(pid: str, version: str) -> str:
    return ("\n* Exception is:\norg.gradle.api.plugins.UnknownPluginException: "
            f"Plugin [id: '{pid}', version: '{version}'] was not found in any of the following sources:\n"
            "\tat org.gradle.plugin.use.resolve.internal.PluginResolutionResult.getFound(PluginResolutionResult.java:112)\n"
            "\tat org.gradle.plugin.use.internal.DefaultPluginRequestApplicator.resolvePluginRequest(DefaultPluginRequestApplicator.java:192)\n")


_VERSIONS = ("com.github.ben-manes.versions", "0.51.0")
_SPOTLESS = ("com.diffplug.spotless", "6.25.0")
_KTLINT = ("org.jlleitschuh.gradle.ktlint", "12.1.0")

_HTTP_CAUSE = "Caused by: org.gradle.internal.resource.transport.http.HttpErrorStatusCodeException: "
_REQ_CAUSE = "Caused by: org.gradle.internal.resource.transport.http.HttpRequestException: "


def _resolve_block(module: str, url: str, status: str) -> str:
    """Gradle's "Could not resolve all files" block for one module whose request failed with a status."""
    return ("   > Could not resolve " + module + ".\n     Required by:\n         project :app\n"
            "      > Could not resolve " + module + ".\n"
            f"         > Could not get resource '{url}'.\n"
            f"            > Could not GET '{url}'. Received status code {status}\n")


_OKHTTP = "https://repo.maven.apache.org/maven2/com/squareup/okhttp3/okhttp/4.12.0/okhttp-4.12.0.pom"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== Gradle plugin resolution
    # The task's own shape: the headline, then in the cause chain the marker's GET answered 502 (HttpErrorStatusCodeException)
    ("gradle-plugin-not-found-caused-by-502", "transient",
     _plugin(*_VERSIONS) + _exception_is(*_VERSIONS) +
     f"{_HTTP_CAUSE}Could not GET '{_marker(*_VERSIONS)}'. Received status code 502 from server: Bad Gateway\n"
     "\tat org.gradle.internal.resource.transport.http.HttpClientHelper.processResponse(HttpClientHelper.java:244)\n"
     + _GTAIL + _GHA),
    # --info: HttpClientHelper's line for the marker's 503 above the headline
    ("gradle-plugin-not-found-info-503-above", "transient",
     "> Configure project :\n"
     f"Failed to get resource: GET. [HTTP HTTP/1.1 503 Service Unavailable: {_marker(*_SPOTLESS)})]\n\n"
     + _plugin(*_SPOTLESS) + _GTAIL + _GHA),
    # the portal's rate limit on the marker (429), below the headline
    ("gradle-plugin-not-found-caused-by-429", "transient",
     _plugin(*_KTLINT) + _exception_is(*_KTLINT) +
     f"{_HTTP_CAUSE}Could not GET '{_marker(*_KTLINT)}'. Received status code 429 from server: Too Many Requests\n"
     + _GTAIL + _GHA),
    # a HEAD request for the marker answered 504 Gateway Time-out
    ("gradle-plugin-not-found-head-504", "transient",
     _plugin(*_VERSIONS) + _exception_is(*_VERSIONS) +
     f"{_HTTP_CAUSE}Could not HEAD '{_marker(*_VERSIONS)}'. Received status code 504 from server: Gateway Time-out\n"
     + _GTAIL + _GHA),
    # the marker's GET broke off on a read timeout (HttpRequestException over SocketTimeoutException)
    ("gradle-plugin-not-found-read-timeout", "transient",
     _plugin(*_SPOTLESS) + _exception_is(*_SPOTLESS) +
     f"{_REQ_CAUSE}Could not GET '{_marker(*_SPOTLESS)}'.\n"
     "\tat org.gradle.internal.resource.transport.http.HttpClientHelper.performRequest(HttpClientHelper.java:111)\n"
     "Caused by: java.net.SocketTimeoutException: Read timed out\n" + _GTAIL + _GHA),
    # ... or the connection to a company mirror was refused (HttpHostConnectException), on GitLab
    ("gradle-plugin-not-found-connection-refused-mirror", "transient",
     _plugin(*_KTLINT).replace("Gradle Central Plugin Repository", "maven(https://nexus.example.org/repository/gradle-plugins/)")
     + _exception_is(*_KTLINT) +
     f"{_REQ_CAUSE}Could not GET '{_marker(*_KTLINT, host='https://nexus.example.org/repository/gradle-plugins')}'.\n"
     "Caused by: org.apache.http.conn.HttpHostConnectException: Connect to nexus.example.org:443 "
     "[nexus.example.org/10.0.4.12] failed: Connection refused\n" + _GTAIL + _GL),
    # the plain headline: nothing says why (a wrong id or version, or an outage the log does not show) -> real
    ("gradle-plugin-not-found-plain", "real", _plugin(*_VERSIONS) + _GTAIL + _GHA),
    # --info shows the marker refused with 403 (a private repository, credentials): the same on a rerun
    ("gradle-plugin-not-found-info-403", "real",
     f"Failed to get resource: GET. [HTTP HTTP/1.1 403 Forbidden: {_marker(*_SPOTLESS, host='https://dl.google.com/dl/android/maven2')})]\n\n"
     + _plugin(*_SPOTLESS) + _GTAIL + _GHA),
    # --info shows the marker missing (HttpClientHelper "Resource missing. [HTTP {}: {}]", read): a version not published
    ("gradle-plugin-not-found-info-resource-missing", "real",
     f"Resource missing. [HTTP GET: {_marker(*_VERSIONS)}]\n\n" + _plugin(*_VERSIONS) + _GTAIL + _GHA),
    # ================================================================== Gradle dependency resolution
    ("gradle-resolve-files-502", "transient",
     "* What went wrong:\nExecution failed for task ':app:compileDebugKotlin'.\n"
     "> Could not resolve all files for configuration ':app:debugCompileClasspath'.\n"
     + _resolve_block("com.squareup.okhttp3:okhttp:4.12.0", _OKHTTP, "502 from server: Bad Gateway") + _GTAIL + _GHA),
    ("gradle-classpath-429", "transient",
     "* What went wrong:\nA problem occurred configuring root project 'app'.\n"
     "> Could not resolve all artifacts for configuration ':classpath'.\n"
     + _resolve_block("com.android.tools.build:gradle:8.2.0",
                      "https://dl.google.com/dl/android/maven2/com/android/tools/build/gradle/8.2.0/gradle-8.2.0.pom",
                      "429 from server: Too Many Requests") + _GTAIL + _GHA),
    # a private package registry refusing the job's token (403): the same every run
    ("gradle-resolve-files-403", "real",
     "* What went wrong:\nExecution failed for task ':app:compileJava'.\n"
     "> Could not resolve all files for configuration ':app:compileClasspath'.\n"
     + _resolve_block("com.acme:billing-client:2.4.0",
                      "https://maven.pkg.github.com/acme/billing/com/acme/billing-client/2.4.0/billing-client-2.4.0.pom",
                      "403 from server: Forbidden") + _GTAIL + _GHA),
    # one module missing everywhere ("Could not find ... Searched in") beside ANOTHER module's 503: a rerun stops on the first
    ("gradle-could-not-find-beside-other-503", "real",
     "* What went wrong:\nExecution failed for task ':app:compileDebugKotlin'.\n"
     "> Could not resolve all files for configuration ':app:debugCompileClasspath'.\n"
     "   > Could not find org.example:widgets:9.9.9.\n     Searched in the following locations:\n"
     "       - https://repo.maven.apache.org/maven2/org/example/widgets/9.9.9/widgets-9.9.9.pom\n"
     "     Required by:\n         project :app\n"
     + _resolve_block("com.squareup.okhttp3:okhttp:4.12.0", _OKHTTP, "503 from server: Service Unavailable")
     + _GTAIL + _GHA),
    # ================================================================== Maven resolver (recalled wording)
    ("maven-dependency-transfer-502", "transient",
     "[ERROR] Failed to execute goal on project app: Could not resolve dependencies for project com.example:app:jar:1.0-SNAPSHOT: "
     "Failed to collect dependencies at com.squareup.okhttp3:okhttp:jar:4.12.0: Failed to read artifact descriptor for "
     "com.squareup.okhttp3:okhttp:jar:4.12.0: The following artifacts could not be resolved: com.squareup.okhttp3:okhttp:pom:4.12.0 "
     "(absent): Could not transfer artifact com.squareup.okhttp3:okhttp:pom:4.12.0 from/to central "
     "(https://repo.maven.apache.org/maven2): status code: 502, reason phrase: Bad Gateway (502) -> [Help 1]\n" + _GHA),
    ("maven-plugin-transfer-connect-timeout", "transient",
     "[ERROR] Plugin org.apache.maven.plugins:maven-surefire-plugin:3.2.5 or one of its dependencies could not be resolved: "
     "Failed to read artifact descriptor for org.apache.maven.plugins:maven-surefire-plugin:jar:3.2.5: The following artifacts "
     "could not be resolved: org.apache.maven.plugins:maven-surefire-plugin:pom:3.2.5 (absent): Could not transfer artifact "
     "org.apache.maven.plugins:maven-surefire-plugin:pom:3.2.5 from/to central (https://repo.maven.apache.org/maven2): "
     "transfer failed for https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-surefire-plugin/3.2.5/"
     "maven-surefire-plugin-3.2.5.pom: Connect timed out -> [Help 1]\n" + _GHA),
    ("maven-could-not-find-artifact", "real",
     "[ERROR] Failed to execute goal on project app: Could not resolve dependencies for project com.example:app:jar:1.0-SNAPSHOT: "
     "The following artifacts could not be resolved: org.example:widgets:jar:9.9.9 (absent): Could not find artifact "
     "org.example:widgets:jar:9.9.9 in central (https://repo.maven.apache.org/maven2) -> [Help 1]\n" + _GHA),
    # ================================================================== sbt / coursier (recalled wording)
    ("coursier-error-downloading-read-timeout", "transient",
     "[error] sbt.librarymanagement.ResolveException: Error downloading org.typelevel:cats-core_2.13:2.10.0\n"
     "[error]   download error: Caught java.net.SocketTimeoutException (Read timed out) while downloading "
     "https://repo1.maven.org/maven2/org/typelevel/cats-core_2.13/2.10.0/cats-core_2.13-2.10.0.pom\n"
     "[error] Total time: 31 s, completed Mar 3, 2025, 10:02:11 AM\n" + _GHA),
    # ================================================================== go command (recalled wording)
    ("go-mod-proxy-502", "transient",
     "go: downloading github.com/spf13/cobra v1.8.0\n"
     "go: github.com/spf13/cobra@v1.8.0: reading https://proxy.golang.org/github.com/spf13/cobra/@v/v1.8.0.mod: 502 Bad Gateway\n"
     + _GHA),
    ("go-module-lookup-503", "transient",
     "go: finding module for package github.com/spf13/cobra\n"
     "main.go:6:2: module github.com/spf13/cobra: reading https://proxy.golang.org/github.com/spf13/cobra/@v/list: "
     "503 Service Unavailable\n" + _GHA),
    ("go-sumdb-502", "transient",
     "verifying github.com/spf13/cobra@v1.8.0/go.mod: github.com/spf13/cobra@v1.8.0/go.mod: reading "
     "https://sum.golang.org/lookup/github.com/spf13/cobra@v1.8.0: 502 Bad Gateway\n" + _GHA),
    ("go-mod-proxy-404-unknown-revision", "real",
     "go: github.com/example/widgetz@v1.2.3: reading https://proxy.golang.org/github.com/example/widgetz/@v/v1.2.3.mod: 404 Not Found\n"
     "\tserver response: not found: github.com/example/widgetz@v1.2.3: invalid version: unknown revision v1.2.3\n" + _GHA),
    ("go-mod-proxy-410-gone", "real",
     "go: github.com/example/widgets@v0.0.0-20200101000000-abcdef123456: reading https://proxy.golang.org/github.com/"
     "example/widgets/@v/v0.0.0-20200101000000-abcdef123456.mod: 410 Gone\n"
     "\tserver response: not found: github.com/example/widgets@v0.0.0-20200101000000-abcdef123456: invalid version: "
     "unknown revision abcdef123456\n" + _GHA),
    # ================================================================== cargo (recalled wording)
    ("cargo-index-server-returned-nothing", "transient",
     "    Updating crates.io index\n"
     "error: failed to get `serde` as a dependency of package `app v0.1.0 (/home/runner/work/app/app)`\n\nCaused by:\n"
     "  download of se/rd/serde failed\n\nCaused by:\n  failed to download from `https://index.crates.io/se/rd/serde`\n\n"
     "Caused by:\n  [52] Server returned nothing (no headers, no data) (Empty reply from server)\n" + _GHA),
    ("cargo-no-matching-package", "real",
     "    Updating crates.io index\nerror: no matching package named `serdee` found\nlocation searched: registry `crates-io`\n"
     "required by package `app v0.1.0 (/home/runner/work/app/app)`\n" + _GHA),
    # ================================================================== NuGet (recalled wording)
    ("nuget-nu1301-503", "transient",
     "/home/runner/work/app/app/src/App/App.csproj : error NU1301: Failed to retrieve information about 'Newtonsoft.Json' "
     "from remote source 'https://api.nuget.org/v3-flatcontainer/newtonsoft.json/index.json'.\n"
     "/home/runner/work/app/app/src/App/App.csproj : error NU1301:   Response status code does not indicate success: "
     "503 (Service Unavailable).\n  Failed to restore /home/runner/work/app/app/src/App/App.csproj (in 12.4 sec).\n" + _GHA),
    ("nuget-nu1101-no-such-id", "real",
     "/home/runner/work/app/app/src/App/App.csproj : error NU1101: Unable to find package Newtonsoft.Jsonn. No packages "
     "exist with this id in source(s): nuget.org\n  Failed to restore /home/runner/work/app/app/src/App/App.csproj (in 1.2 sec).\n"
     + _GHA),
    # ================================================================== Composer (read)
    ("composer-metadata-502", "transient",
     "Loading composer repositories with package information\n\nIn CurlDownloader.php line 686:\n\n"
     "  The \"https://repo.packagist.org/p2/monolog/monolog.json\" file could not be downloaded (HTTP/2 502 )\n\n" + _GHA),
    ("composer-dist-curl-28", "transient",
     "  - Downloading symfony/console (v7.0.4)\n\nIn CurlDownloader.php line 389:\n\n"
     "  curl error 28 while downloading https://api.github.com/repos/symfony/console/zipball/0d9e4eb5ad413075624378f474c4167ea202de78: "
     "Operation timed out after 300002 milliseconds with 0 bytes received\n\n" + _GHA),
    ("composer-package-typo", "real",
     "Loading composer repositories with package information\nUpdating dependencies\n"
     "Your requirements could not be resolved to an installable set of packages.\n\n  Problem 1\n"
     "    - Root composer.json requires monolgo/monolog ^3.5, it could not be found in any version, there may be a typo "
     "in the package name.\n" + _GHA),
    # ================================================================== uv and pip (recalled wording)
    ("uv-index-503", "transient",
     "error: Failed to fetch: `https://pypi.org/simple/requests/`\n"
     "  Caused by: HTTP status server error (503 Service Unavailable) for url (https://pypi.org/simple/requests/)\n" + _GHA),
    ("uv-index-retries-timed-out", "transient",
     "error: Request failed after 3 retries\n  Caused by: Failed to fetch: `https://pypi.org/simple/requests/`\n"
     "  Caused by: error sending request for url (https://pypi.org/simple/requests/)\n  Caused by: operation timed out\n" + _GHA),
    ("uv-not-in-registry", "real",
     "  × No solution found when resolving dependencies:\n  ╰─▶ Because requestz was not found in the package registry and "
     "your project depends on requestz, we can conclude that your project's requirements are unsatisfiable.\n" + _GHA),
    ("pip-retries-ran-out-then-no-matching", "transient",
     "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by "
     "'ReadTimeoutError(\"HTTPSConnectionPool(host='pypi.org', port=443): Read timed out. (read timeout=15)\")': /simple/requests/\n"
     "ERROR: Could not find a version that satisfies the requirement requests==2.32.3 (from versions: none)\n"
     "ERROR: No matching distribution found for requests==2.32.3\n" + _GHA),
    ("pip-no-matching-distribution", "real",
     "ERROR: Could not find a version that satisfies the requirement requestz==2.32.3 (from versions: none)\n"
     "ERROR: No matching distribution found for requestz==2.32.3\n" + _GHA),
    # ================================================================== npm, yarn, pnpm (recalled wording)
    ("pnpm-meta-fetch-503", "transient",
     " ERR_PNPM_META_FETCH_FAIL  GET https://registry.npmjs.org/left-pad: Service Unavailable - 503\n" + _GHA),
    ("yarn-tarball-502", "transient",
     "error An unexpected error occurred: \"https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz: Request failed "
     "\\\"502 Bad Gateway\\\"\".\n" + _GHA),
    ("npm-e404-not-in-registry", "real",
     "npm error code E404\nnpm error 404 Not Found - GET https://registry.npmjs.org/@acme%2fwidgets - Not found\n"
     "npm error 404\nnpm error 404  '@acme/widgets@^2.0.0' is not in this registry.\n" + _GHA),
    ("npm-etarget-no-matching-version", "real",
     "npm error code ETARGET\nnpm error notarget No matching version found for left-pad@9.9.9.\n"
     "npm error notarget In most cases you or one of your dependencies are requesting\n"
     "npm error notarget a package version that doesn't exist.\n" + _GHA),
    # ================================================================== Hex (read)
    ("hex-record-connect-timeout", "transient",
     "Resolving Hex dependencies...\nFailed to fetch record for jason from registry\n"
     "{:failed_connect, [{:to_address, {~c\"repo.hex.pm\", 443}}, {:inet, [:inet], :timeout}]}\n"
     "** (RuntimeError) Stopping due to errors\n" + _GHA),
    ("hex-record-503", "transient",
     "Resolving Hex dependencies...\nFailed to fetch record for jason from registry\nHTTP status code: 503\n"
     "** (RuntimeError) Stopping due to errors\n" + _GHA),
    ("hex-record-404-misspelt", "real",
     "Resolving Hex dependencies...\nFailed to fetch record for jasonn from registry\n"
     "This could be because the package does not exist, it was spelled incorrectly or you don't have permissions to it\n"
     "** (RuntimeError) Stopping due to errors\n" + _GHA),
    # ================================================================== CocoaPods CDN (read)
    ("cocoapods-cdn-503", "transient",
     "Analyzing dependencies\n[!] CDN: trunk URL couldn't be downloaded: https://cdn.cocoapods.org/Specs/d/a/2/Alamofire/"
     "5.8.1/Alamofire.podspec.json Response: 503 Service Unavailable\n" + _GHA),
    ("cocoapods-cdn-timeout", "transient",
     "Analyzing dependencies\n[!] CDN: trunk URL couldn't be downloaded: https://cdn.cocoapods.org/all_pods_versions_d_a_2.txt "
     "Response: Timeout was reached\n" + _GHA),
    ("cocoapods-unable-to-find-specification", "real",
     "Analyzing dependencies\n[!] Unable to find a specification for `Alamofre (~> 5.8)`\n\nYou have either:\n"
     " * out-of-date source repos which you can update with `pod repo update` or with `pod install --repo-update`.\n"
     " * mistyped the name or version.\n * not added the source repo that hosts the Podspec to your Podfile.\n" + _GHA),
]

# Both shown but not tied together, or a cause a wrong setting repeats as well: not read as the outage.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # the 502 is for ANOTHER version of the plugin's marker than the one "not found" (a second build file's request)
    ("gradle-plugin-not-found-other-version-502",
     f"Failed to get resource: GET. [HTTP HTTP/1.1 502 Bad Gateway: {_marker(_VERSIONS[0], '0.50.0')})]\n\n"
     + _plugin(*_VERSIONS) + _GTAIL + _GHA),
    # the 502 is the build scan's upload, not the plugin's request
    ("gradle-plugin-not-found-other-url-502",
     _plugin(*_VERSIONS) + _exception_is(*_VERSIONS) +
     f"{_HTTP_CAUSE}Could not GET 'https://scans-in.gradle.com/in/3.16/3.16.2'. Received status code 502 from server: Bad Gateway\n"
     + _GTAIL + _GHA),
    # a DNS failure on the marker's host: a mistyped repository host reads the same (left to today's weighing)
    ("gradle-plugin-not-found-unknown-host",
     _plugin(*_VERSIONS) + _exception_is(*_VERSIONS) +
     f"{_REQ_CAUSE}Could not GET '{_marker(*_VERSIONS, host='https://plugins.gradel.org/m2')}'.\n"
     "Caused by: java.net.UnknownHostException: plugins.gradel.org\n" + _GTAIL + _GHA),
    # the marker on a host shut down for good (Bintray, 2021): its 502 repeats on every run (retired-host-fetch reads it)
    ("gradle-plugin-not-found-retired-bintray-502",
     _plugin(*_KTLINT) + _exception_is(*_KTLINT) +
     f"{_HTTP_CAUSE}Could not GET '{_marker(*_KTLINT, host='https://dl.bintray.com/acme/plugins')}'. Received status code "
     "502 from server: Bad Gateway\n" + _GTAIL + _GHA),
    # a second feed failing (NU1801, a warning) while nuget.org lists versions without the one wanted: the version may
    # live on the failing feed, or nowhere
    ("nuget-nu1102-beside-other-feed-nu1801",
     "/home/runner/work/app/app/src/App/App.csproj : warning NU1801: Unable to load the service index for source "
     "https://pkgs.example.org/nuget/v3/index.json.\n"
     "/home/runner/work/app/app/src/App/App.csproj : error NU1102: Unable to find package Serilog with version (>= 9.9.9)\n"
     "  - Found 112 version(s) in nuget.org [ Nearest version: 4.0.0 ]\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_resolution_failure_reads_by_its_cause(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_unrelated_or_persistent_cause_does_not_read_surely_transient(log):
    not_surely_transient(log)


def test_plugin_marker_outage_is_named():
    """The plugin headline's outage is read by its own entry, and the headline no longer counts as a setup mistake."""
    from judging import judge, signatures

    v = judge(CASES[0][2])
    assert "gradle-plugin-marker-outage" in signatures(v) and "ci-setup-more" not in signatures(v), v.rationale
    v = judge(CASES[1][2])
    assert "gradle-plugin-marker-outage" in signatures(v) and "ci-setup-more" not in signatures(v), v.rationale


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py (a guard against
# patterns that backtrack; a timing is a benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Plugin [id: 'com.github.ben-manes.versions', version: '0.51.0'] was not found in any of the following sources:",
    "Failed to get resource: GET. [HTTP HTTP/1.1 503 Service Unavailable: https://plugins.gradle.org/m2/a/b/a.b.gradle.plugin/1.0/",
    "Could not GET 'https://plugins.gradle.org/m2/a/b/a.b.gradle.plugin/1.0/a.b.gradle.plugin-1.0.pom'. Received status code 502 ",
    "Could not HEAD 'https://plugins.gradle.org/m2/a/a.gradle.plugin/1/",
    "   > Could not find org.example:widgets:9.9.9.",
    "Searched in the following locations: https://jitpack.io/",
    ".gradle.plugin/",
]
