"""Review of the twenty-third round's retired-host readings: both directions, many build tools and CI prefixes.

Covered: (a) a fetch from a host shut down for good (Codehaus, Bintray/JCenter, Google Code, Gitorious, CentOS's retired
mirrors) in wordings or layouts where the host and the failure are not on one line, or the failure words are a tool's
own: Ivy's "Host ... not found", sbt's Ivy resolver lists, Gradle's "Could not HEAD" with the connect failure under it,
GitHub Actions' timestamps, Leiningen, Ant's <get>, Bazel's http_archive, CocoaPods' curl command, Homebrew bottles on
Bintray, Buildr's repository list under its failure, cargo's git dependency on Gitorious, Maven 3.9's cached "absent"
artifact and a wrapped resolver chain, GOPATH-era go get, javadoc's -link, pip's extra index, Conan's remote, wget's
request block, apt's W:/E: pair, BuildKit's progress prefix; (b) a log that names a retired host only in passing while
the job met a blip on a live host: a printed settings.xml comment, a groupId under org.codehaus (those artifacts live on
in Maven Central), an echoed command line, the Android Gradle plugin's and the Kotlin DSL's jcenter() notices,
travis-ci.com, vault.centos.org and CentOS Stream's mirrors, 'bintray' in a plugin's or package's name, coursier's list of
repositories tried, apt 1.0's W: lines, Docker's and BuildKit's echo of a Dockerfile instruction, the Internet Archive's
copy of a Codehaus file; (c) real failures elsewhere with a retired host in a warning.

Each case is a short log written for this test around the tool's message. Wording read in public sources: Ivy's
BasicURLHandler ("Host %s not found. url=%s", "Server access error at url", apache/ant-ivy), Ant's Get task ("Error
opening connection", "Can't get %s to %s", apache/ant), Buildr's fail_download (apache/buildr artifact.rb), Gradle's
jcenter() advice (gradle/gradle deprecateJCenter), the Android Gradle plugin's JCENTER_IS_DEPRECATED text, Gradle's
"Could not HEAD" as build logs quote it, Conan's "Error 401 downloading file ... [Remote: conan-center]" as quoted in
conan-io/conan#3046. Recalled rather than read, and marked so where they appear: sbt's Ivy lists, Leiningen's hint,
Bazel's "Error downloading [...]", CocoaPods' and Homebrew's lines, cargo's chain, Maven 3.9's cached-failure text,
go get's GOPATH-era line, javadoc's "Error fetching URL", pip's and apt's lines, wget's request block, yum's and dnf's
lines, coursier's list. Hosts other than the retired ones, projects and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a retired host's failure -> real, also where the host is on one line and the failure on another, in the lines
    a tool prints for one request (wget's block, Buildr's repository list, apt's W: line before its E: line), and with
    the tool's own failure words (Ivy's "Host ... not found", Conan's "Error 403 downloading", Go's "dial tcp ... i/o
    timeout");
  * a retired host named in passing (a comment, an echoed command or Dockerfile instruction, a warning apt went on
    from, the Internet Archive's copy of its file, a deprecation notice, a name that merely contains "bintray" or
    "codehaus") while a live host failed -> transient;
  * a retired host in a warning before a compile error or a failing test -> real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, reads, reads_as

_GHA = "##[error]Process completed with exit code 1.\n"
_TRAVIS = "\nThe command \"./build.sh\" exited with 1.\n\nDone. Your build exited with 1.\n"
_MVN_FAIL = "[INFO] BUILD FAILURE\n[INFO] ------------------------------------------------------------------------\n"

CASES: list[tuple[str, str, str]] = [
    # ---------------------------------------------------------------- (a) retired host, wording or layout the entry may miss
    # Ivy's BasicURLHandler: Message.warn("Host " + e.getMessage() + " not found. url=" + url) and its proxy hint (read:
    # apache/ant-ivy), the UNRESOLVED DEPENDENCIES box and Ant's "impossible to resolve dependencies" (recalled)
    ("ivy-ant-codehaus-host-not-found", "real",
     "retrieve:\n[ivy:retrieve] :: resolving dependencies :: com.example#reports;working@runner\n"
     "[ivy:retrieve] \tconfs: [default]\n"
     "[ivy:retrieve] \tHost repository.codehaus.org not found. url=http://repository.codehaus.org/org/codehaus/groovy/"
     "groovy-all/1.8.6/groovy-all-1.8.6.pom\n"
     "[ivy:retrieve] \tYou probably access the destination server through a proxy server that is not well configured.\n"
     "[ivy:retrieve] \t\tmodule not found: org.codehaus.groovy#groovy-all;1.8.6\n"
     "[ivy:retrieve] \t\t::::::::::::::::::::::::::::::::::::::::::::::\n"
     "[ivy:retrieve] \t\t::          UNRESOLVED DEPENDENCIES         ::\n"
     "[ivy:retrieve] \t\t:: org.codehaus.groovy#groovy-all;1.8.6: not found\n\n"
     "BUILD FAILED\n/home/travis/build/example/reports/build.xml:41: impossible to resolve dependencies:\n"
     "\tresolve failed - see output for details\n\nTotal time: 3 seconds\n" + _TRAVIS),
    # sbt 0.13 with Ivy: the resolver's "module not found" and "==== <resolver>: tried" list (recalled); the failing line
    # names no host, the dependency is missing (read real by other entries before this round too)
    ("sbt-ivy-bintray-plugin-tried-not-found", "real",
     "[info] Loading project definition from /home/travis/build/example/api/project\n"
     "[info] Resolving com.typesafe.sbt#sbt-native-packager;1.3.2 ...\n"
     "[warn] \tmodule not found: com.typesafe.sbt#sbt-native-packager;1.3.2\n"
     "[warn] ==== typesafe-ivy-releases: tried\n"
     "[warn]   https://repo.typesafe.com/typesafe/ivy-releases/com.typesafe.sbt/sbt-native-packager/scala_2.10/sbt_0.13/"
     "1.3.2/ivys/ivy.xml\n"
     "[warn] ==== sbt-plugin-releases: tried\n"
     "[warn]   https://dl.bintray.com/sbt/sbt-plugin-releases/com.typesafe.sbt/sbt-native-packager/scala_2.10/sbt_0.13/"
     "1.3.2/ivys/ivy.xml\n"
     "[warn] \t::::::::::::::::::::::::::::::::::::::::::::::\n"
     "[warn] \t::          UNRESOLVED DEPENDENCIES         ::\n"
     "[warn] \t:: com.typesafe.sbt#sbt-native-packager;1.3.2: not found\n"
     "sbt.ResolveException: unresolved dependency: com.typesafe.sbt#sbt-native-packager;1.3.2: not found\n"
     "Project loading failed: (r)etry, (q)uit, (l)ast, or (i)gnore? \n" + _TRAVIS),
    # Gradle's "Could not HEAD '<url>'." with the connect failure under it (as public build logs quote it)
    # JCenter is live (kept read-only indefinitely: blog.gradle.org/jcenter-shutdown's update), so a connect timeout
    # to it is a network blip, as to any live repository
    ("gradle-could-not-head-jcenter-connect-timed-out", "transient",
     "> Task :app:dataBindingMergeDependencyArtifactsDebug FAILED\n\nFAILURE: Build failed with an exception.\n\n"
     "* What went wrong:\nExecution failed for task ':app:dataBindingMergeDependencyArtifactsDebug'.\n"
     "> Could not resolve all files for configuration ':app:debugCompileClasspath'.\n"
     "   > Could not download kotlin-stdlib-jdk8-1.3.72.jar (org.jetbrains.kotlin:kotlin-stdlib-jdk8:1.3.72)\n"
     "      > Could not get resource 'https://jcenter.bintray.com/org/jetbrains/kotlin/kotlin-stdlib-jdk8/1.3.72/"
     "kotlin-stdlib-jdk8-1.3.72.jar'.\n"
     "         > Could not HEAD 'https://jcenter.bintray.com/org/jetbrains/kotlin/kotlin-stdlib-jdk8/1.3.72/"
     "kotlin-stdlib-jdk8-1.3.72.jar'.\n"
     "            > Connect to jcenter.bintray.com:443 [jcenter.bintray.com/34.95.74.180] failed: Connect timed out\n"
     "\nBUILD FAILED in 1m 12s\n" + _GHA),
    # the same with GitHub Actions' timestamps before every line
    ("gradle-dl-bintray-timestamped-gha", "real",
     "2026-03-03T10:00:01.1234567Z > Task :lib:compileKotlin FAILED\n"
     "2026-03-03T10:00:01.1234567Z FAILURE: Build failed with an exception.\n"
     "2026-03-03T10:00:01.1234567Z * What went wrong:\n"
     "2026-03-03T10:00:01.1234567Z Execution failed for task ':lib:compileKotlin'.\n"
     "2026-03-03T10:00:01.1234567Z > Could not resolve all files for configuration ':lib:compileClasspath'.\n"
     "2026-03-03T10:00:01.1234567Z    > Could not resolve org.jetbrains.anko:anko-commons:0.10.8.\n"
     "2026-03-03T10:00:01.1234567Z       > Could not get resource 'https://dl.bintray.com/jetbrains/anko/org/jetbrains/anko/"
     "anko-commons/0.10.8/anko-commons-0.10.8.pom'.\n"
     "2026-03-03T10:00:01.1234567Z          > Could not GET 'https://dl.bintray.com/jetbrains/anko/org/jetbrains/anko/anko-commons/"
     "0.10.8/anko-commons-0.10.8.pom'. Received status code 502 from server: Bad Gateway\n"
     "2026-03-03T10:00:01.2234567Z BUILD FAILED in 20s\n"
     "2026-03-03T10:00:01.3234567Z ##[error]Process completed with exit code 1.\n"),
    # Leiningen's resolver lines and its "This could be due to a typo in :dependencies ..." hint (recalled)
    ("lein-codehaus-could-not-transfer", "real",
     "+ lein test\n"
     "Could not transfer artifact org.codehaus.jackson:jackson-core-asl:pom:1.9.13 from/to codehaus "
     "(http://repository.codehaus.org/): repository.codehaus.org: Name or service not known\n"
     "This could be due to a typo in :dependencies, file system permissions, or network issues.\n"
     "If you are behind a proxy, try setting the 'http_proxy' environment variable.\n"
     "Uncaught error: Could not resolve dependencies\n" + _GHA),
    # Ant's <get>: "Error opening connection " + ex and "Can't get " + source + " to " + dest (read: apache/ant Get.java)
    ("ant-get-bintray-cant-get", "real",
     "bootstrap:\n"
     "      [get] Getting: https://dl.bintray.com/example/tools/checkstyle-rules-2.0.jar\n"
     "      [get] To: /home/runner/work/app/app/lib/checkstyle-rules-2.0.jar\n"
     "      [get] Error opening connection java.io.IOException: Server returned HTTP response code: 403 for URL: "
     "https://dl.bintray.com/example/tools/checkstyle-rules-2.0.jar\n"
     "      [get] Can't get https://dl.bintray.com/example/tools/checkstyle-rules-2.0.jar to "
     "/home/runner/work/app/app/lib/checkstyle-rules-2.0.jar\n\n"
     "BUILD FAILED\n/home/runner/work/app/app/build.xml:23: Can't get https://dl.bintray.com/example/tools/"
     "checkstyle-rules-2.0.jar to /home/runner/work/app/app/lib/checkstyle-rules-2.0.jar\n\nTotal time: 1 second\n" + _GHA),
    # Bazel's repository fetch: "Error downloading [<url>] to <path>: GET returned 403 Forbidden" (recalled)
    ("bazel-http-archive-bintray-403", "real",
     "INFO: Repository rules_jvm_external instantiated at:\n  /home/runner/work/svc/svc/WORKSPACE:12:13: in <toplevel>\n"
     "ERROR: An error occurred during the fetch of repository 'rules_jvm_external':\n"
     "   Traceback (most recent call last):\n"
     "\tFile \"/home/runner/.cache/bazel/_bazel_runner/8f2/external/bazel_tools/tools/build_defs/repo/http.bzl\", "
     "line 132, column 45, in _http_archive_impl\n"
     "\t\tdownload_info = ctx.download_and_extract(\n"
     "Error in download_and_extract: java.io.IOException: Error downloading "
     "[https://dl.bintray.com/example/rules/rules_jvm_external-3.0.zip] to /home/runner/.cache/bazel/_bazel_runner/8f2/"
     "external/rules_jvm_external/temp123/rules_jvm_external-3.0.zip: GET returned 403 Forbidden\n"
     "ERROR: Error fetching repository: Traceback (most recent call last):\n"
     "ERROR: no such package '@rules_jvm_external//': java.io.IOException: Error downloading "
     "[https://dl.bintray.com/example/rules/rules_jvm_external-3.0.zip] to /home/runner/.cache/bazel/_bazel_runner/8f2/"
     "external/rules_jvm_external/temp123/rules_jvm_external-3.0.zip: GET returned 403 Forbidden\n"
     "INFO: Elapsed time: 4.112s\nFAILED: Build did NOT complete successfully (0 packages loaded)\n" + _GHA),
    # CocoaPods' downloader prints the curl command it ran, then curl's own error (recalled); the host is on the command
    ("cocoapods-bintray-curl-403", "real",
     "Analyzing dependencies\nDownloading dependencies\nInstalling Realm (3.0.2)\n"
     "\n[!] Error installing Realm\n"
     "[!] /usr/bin/curl -f -L -o /var/folders/24/8k48jl6d249_n_qfxwsl6xvm0000gn/T/d20260303-4821-1x2o9zk/file.zip "
     "https://dl.bintray.com/example/realm-cocoa/realm-objc-3.0.2.zip --create-dirs --netrc-optional --retry 2 "
     "-A 'CocoaPods/1.10.1 cocoapods-downloader/1.4.0'\n\n"
     "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n"
     "                                 Dload  Upload   Total   Spent    Left  Speed\n"
     "  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\n"
     "curl: (22) The requested URL returned error: 403 Forbidden\n" + _GHA),
    # Homebrew's "Failed to download resource" and "Download failed: <url>" (recalled)
    ("homebrew-bintray-bottle-403", "real",
     "+ brew install libsodium\n"
     "==> Downloading https://homebrew.bintray.com/bottles/libsodium-1.0.18_1.catalina.bottle.tar.gz\n"
     "curl: (22) The requested URL returned error: 403 Forbidden\n"
     "Error: Failed to download resource \"libsodium\"\n"
     "Download failed: https://homebrew.bintray.com/bottles/libsodium-1.0.18_1.catalina.bottle.tar.gz\n" + _GHA),
    # Buildr's fail_download: "Failed to download #{to_spec}, tried the following repositories:\n" + one URL a line
    # (read: apache/buildr lib/buildr/packaging/artifact.rb); the host is only on the lines under the failure
    ("buildr-codehaus-failed-to-download", "real",
     "(in /home/travis/build/example/ode, development)\n"
     "Downloading org.codehaus.castor:castor:jar:1.0.5\n"
     "Buildr aborted!\n"
     "RuntimeError : Failed to download org.codehaus.castor:castor:jar:1.0.5, tried the following repositories:\n"
     "http://repository.codehaus.org/\n"
     "http://dist.codehaus.org/mule/dependencies/maven2/\n"
     "(See full trace by running task with --trace)\n" + _TRAVIS),
    # cargo's "failed to get `x` as a dependency" chain with libgit2's resolver error at its end (recalled)
    ("cargo-gitorious-git-dependency", "real",
     "+ cargo build --locked\n"
     "    Updating git repository `https://gitorious.org/example/rust-ffi.git`\n"
     "error: failed to get `rust-ffi` as a dependency of package `app v0.1.0 (/home/runner/work/app/app)`\n\n"
     "Caused by:\n  failed to load source for dependency `rust-ffi`\n\n"
     "Caused by:\n  Unable to update https://gitorious.org/example/rust-ffi.git#3f2a9c1\n\n"
     "Caused by:\n  failed to fetch into: /home/runner/.cargo/git/db/rust-ffi-0d1b6c3e9a0f1e2d\n\n"
     "Caused by:\n  network failure seems to have happened\n"
     "  if a proxy or similar is necessary `net.git-fetch-with-cli` may help here\n"
     "  https://doc.rust-lang.org/cargo/reference/config.html#netgit-fetch-with-cli\n\n"
     "Caused by:\n  failed to resolve address for gitorious.org: Name or service not known; class=Net (12)\n" + _GHA),
    # Maven 3.9's "(absent): ... was not found in <url> during a previous attempt. This failure was cached ..." (recalled)
    ("mvn39-codehaus-cached-absent", "real",
     "[INFO] Building legacy-ws 1.4.0\n" + _MVN_FAIL +
     "[ERROR] Failed to execute goal on project legacy-ws: Could not resolve dependencies for project "
     "com.example:legacy-ws:jar:1.4.0: The following artifacts could not be resolved: org.codehaus.xfire:xfire-aegis:jar:"
     "1.2.6 (absent): org.codehaus.xfire:xfire-aegis:jar:1.2.6 was not found in https://repository.codehaus.org/ during a "
     "previous attempt. This failure was cached in the local repository and resolution is not reattempted until the "
     "update interval of codehaus has elapsed or updates are forced -> [Help 1]\n" + _GHA),
    # Maven's resolver chain split over lines (a wrapped console): the repository URL on a line of its own
    ("mvn-codehaus-multiline-caused-by", "real",
     "[ERROR] Failed to execute goal on project legacy-ws: Could not resolve dependencies for project "
     "com.example:legacy-ws:jar:1.4.0: Failed to collect dependencies at org.codehaus.xfire:xfire-aegis:jar:1.2.6\n"
     "[ERROR] Caused by: org.eclipse.aether.resolution.ArtifactDescriptorException: Failed to read artifact descriptor "
     "for org.codehaus.xfire:xfire-aegis:jar:1.2.6\n"
     "[ERROR] Caused by: org.eclipse.aether.transfer.ArtifactTransferException: Could not transfer artifact "
     "org.codehaus.xfire:xfire-aegis:pom:1.2.6 from/to codehaus\n"
     "[ERROR]   (https://repository.codehaus.org/): repository.codehaus.org\n"
     "[ERROR] Caused by: java.net.UnknownHostException: repository.codehaus.org\n"
     "[ERROR] -> [Help 1]\n" + _GHA),
    # GOPATH-era go get: "package <path>: Get https://code.google.com/p/...: dial tcp <ip>:443: i/o timeout" (recalled)
    ("go-get-code-google-io-timeout-gopath", "real",
     "$ go get -t -v ./...\n"
     "package code.google.com/p/go.net/context: Get https://code.google.com/p/go/source/checkout?repo=net: "
     "dial tcp 74.125.28.100:443: i/o timeout\n" + _TRAVIS),
    # javadoc's -link to a retired site: "javadoc: error - Error fetching URL: <url>" (recalled)
    ("javadoc-link-codehaus-error-fetching", "real",
     "[INFO] --- maven-javadoc-plugin:2.10.4:jar (attach-javadocs) @ widgets ---\n" + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-javadoc-plugin:2.10.4:jar (attach-javadocs) on "
     "project widgets: MavenReportException: Error while generating Javadoc: \n"
     "[ERROR] Exit code: 1 - javadoc: error - Error fetching URL: http://jackson.codehaus.org/1.9.13/javadoc/\n"
     "[ERROR] \n[ERROR] Command line was: /usr/lib/jvm/java-8-openjdk-amd64/jre/../bin/javadoc @options @packages\n"
     + _GHA),
    # pip's "Looking in indexes:" and "No matching distribution found" (recalled): the package lived on the retired index
    ("pip-extra-index-bintray-no-distribution", "real",
     "+ pip install --extra-index-url https://dl.bintray.com/example/pypi/simple -r requirements.txt\n"
     "Looking in indexes: https://pypi.org/simple, https://dl.bintray.com/example/pypi/simple\n"
     "ERROR: Could not find a version that satisfies the requirement example-internal-auth==2.1.0 "
     "(from -r requirements.txt (line 4)) (from versions: none)\n"
     "ERROR: No matching distribution found for example-internal-auth==2.1.0 (from -r requirements.txt (line 4))\n" + _GHA),
    # Conan 1.x: "Error 401 downloading file <url>. [Remote: conan-center]" as quoted in conan-io/conan#3046
    ("conan-bintray-remote-error-403-downloading", "real",
     "+ conan install .. --build=missing\n"
     "zlib/1.2.11@conan/stable: Not found in local cache, looking in remotes...\n"
     "zlib/1.2.11@conan/stable: Trying with 'bincrafters'...\n"
     "ERROR: Error 403 downloading file https://api.bintray.com/conan/bincrafters/public-conan/v1/files/zlib/1.2.11/"
     "conan/stable/export/conanmanifest.txt. [Remote: bincrafters]\n" + _GHA),
    # GNU wget's request block: the URL on its header line, the answer lines under it without the host (recalled)
    ("wget-dl-bintray-403", "real",
     "+ wget https://dl.bintray.com/example/tools/protoc-gen-lint-0.3.0-linux-amd64.tar.gz\n"
     "--2026-03-03 10:00:00--  https://dl.bintray.com/example/tools/protoc-gen-lint-0.3.0-linux-amd64.tar.gz\n"
     "Resolving dl.bintray.com (dl.bintray.com)... 34.120.0.10\n"
     "Connecting to dl.bintray.com (dl.bintray.com)|34.120.0.10|:443... connected.\n"
     "HTTP request sent, awaiting response... 403 Forbidden\n"
     "2026-03-03 10:00:01 ERROR 403: Forbidden.\n\n" + _GHA),
    ("wget-dl-bintray-502", "real",
     "--2026-03-03 10:00:00--  https://dl.bintray.com/com/example/codegen-cli/1.4.0/codegen-cli-1.4.0-all.jar\n"
     "Resolving dl.bintray.com (dl.bintray.com)... 34.95.74.180\n"
     "Connecting to dl.bintray.com (dl.bintray.com)|34.95.74.180|:443... connected.\n"
     "HTTP request sent, awaiting response... 502 Bad Gateway\n"
     "2026-03-03 10:00:01 ERROR 502: Bad Gateway.\n\n" + _GHA),

    # apt's "W: Failed to fetch <url>  403  Forbidden" then "E: Some index files failed to download ..." (recalled):
    # apt-get update exits 100 for a source that is gone
    ("apt-bintray-w-then-e-some-index", "real",
     "+ sudo apt-get update\n"
     "Hit:1 http://azure.archive.ubuntu.com/ubuntu jammy InRelease\n"
     "Err:2 https://dl.bintray.com/sbt/debian  InRelease\n  403  Forbidden [IP: 34.120.0.10 443]\n"
     "Reading package lists...\n"
     "W: Failed to fetch https://dl.bintray.com/sbt/debian/InRelease  403  Forbidden [IP: 34.120.0.10 443]\n"
     "E: Some index files failed to download. They have been ignored, or old ones used instead.\n" + _GHA),
    # BuildKit's progress lines carry "#<step> <seconds>" before the command's output: not a comment
    ("buildkit-yum-mirror-centos-dns", "real",
     "#6 [2/5] RUN yum install -y gcc make\n"
     "#6 0.512 Loaded plugins: fastestmirror, ovl\n"
     "#6 1.904 Could not retrieve mirrorlist http://mirrorlist.centos.org/?release=7&arch=x86_64&repo=os&infra=container "
     "error was\n"
     "#6 1.904 14: curl#6 - \"Could not resolve host: mirrorlist.centos.org; Unknown error\"\n"
     "#6 1.911 Cannot find a valid baseurl for repo: base/7/x86_64\n"
     "#6 ERROR: process \"/bin/sh -c yum install -y gcc make\" did not complete successfully: exit code: 1\n"
     "ERROR: failed to solve: process \"/bin/sh -c yum install -y gcc make\" did not complete successfully: exit code: 1\n"
     + _GHA),
    # ---------------------------------------------------------------- (b) retired host in passing, the job met a blip on a live host
    # a printed settings.xml whose comment names the retired host, then Maven Central resetting the connection
    ("mvn-settings-mirror-printed-then-central-reset", "transient",
     "+ cat ~/.m2/settings.xml\n<settings>\n  <mirrors>\n    <mirror>\n      <id>codehaus-off</id>\n"
     "      <mirrorOf>codehaus</mirrorOf>\n      <url>https://repo.maven.apache.org/maven2</url>\n"
     "      <!-- repository.codehaus.org is gone since 2015, could not resolve it -->\n"
     "    </mirror>\n  </mirrors>\n</settings>\n"
     "+ mvn -B verify\n" + _MVN_FAIL +
     "[ERROR] Failed to execute goal on project billing: Could not resolve dependencies for project "
     "com.example:billing:jar:2.0: Could not transfer artifact org.codehaus.mojo:animal-sniffer-annotations:jar:1.23 "
     "from/to central (https://repo.maven.apache.org/maven2): Connection reset -> [Help 1]\n" + _GHA),
    # org.codehaus.* artifacts live on in Maven Central: the groupId is no retired host
    ("mvn-codehaus-groupid-from-central-timeout", "transient",
     "[INFO] Building billing 2.0\n" + _MVN_FAIL +
     "[ERROR] Plugin org.codehaus.mojo:exec-maven-plugin:3.1.0 or one of its dependencies could not be resolved: "
     "Failed to read artifact descriptor for org.codehaus.mojo:exec-maven-plugin:jar:3.1.0: Could not transfer artifact "
     "org.codehaus.mojo:exec-maven-plugin:pom:3.1.0 from/to central (https://repo.maven.apache.org/maven2): "
     "Connect to repo.maven.apache.org:443 [repo.maven.apache.org/151.101.40.215] failed: Connect timed out -> [Help 1]\n"
     + _GHA),
    # a wrapper script's echo of the command line with a jcenter URL in it, then Maven Central's 503
    ("mvn-repo-url-echoed-then-central-503", "transient",
     "Running: mvn -B -Dmaven.repo.remote=https://jcenter.bintray.com,https://repo.maven.apache.org/maven2 "
     "-DfailIfNoTests=false install\n"
     + _MVN_FAIL +
     "[ERROR] Failed to execute goal on project core: Could not resolve dependencies for project "
     "com.example:core:jar:1.0: Could not transfer artifact com.google.guava:guava:jar:33.0.0-jre from/to central "
     "(https://repo.maven.apache.org/maven2): status code: 503, reason phrase: Service Unavailable (503) -> [Help 1]\n"
     + _GHA),
    # the Android Gradle plugin's jcenter() warning (read: AGP's JCENTER_IS_DEPRECATED issue text), then a read timeout
    ("agp-jcenter-warning-then-google-maven-timeout", "transient",
     "WARNING:: Please remove usages of `jcenter()` Maven repository from your build scripts and migrate your build to "
     "other Maven repositories.\n"
     "This repository is deprecated and it will be shut down in the future.\n"
     "See http://developer.android.com/r/tools/jcenter-end-of-service for more information.\n"
     "Currently detected usages in: root project 'android', project ':app'\n"
     "\nFAILURE: Build failed with an exception.\n\n* What went wrong:\n"
     "Could not determine the dependencies of task ':app:compileDebugJavaWithJavac'.\n"
     "> Could not resolve all task dependencies for configuration ':app:debugCompileClasspath'.\n"
     "   > Could not resolve androidx.core:core-ktx:1.12.0.\n"
     "      > Could not get resource 'https://dl.google.com/dl/android/maven2/androidx/core/core-ktx/1.12.0/"
     "core-ktx-1.12.0.pom'.\n"
     "         > Could not GET 'https://dl.google.com/dl/android/maven2/androidx/core/core-ktx/1.12.0/core-ktx-1.12.0.pom'.\n"
     "            > Read timed out\n\nBUILD FAILED in 3m 1s\n" + _GHA),
    # Capacitor's CLI relays Gradle's output with its own "[capacitor] [error]" prefix (as quoted in public issues)
    ("capacitor-agp-jcenter-error-prefix-then-reset", "transient",
     "[capacitor] ✖ Running Gradle build - failed!\n"
     "[capacitor] [error] WARNING:: Please remove usages of `jcenter()` Maven repository from your build scripts and "
     "migrate your build to other Maven repositories.\n"
     "[capacitor]         This repository is deprecated and it will be shut down in the future.\n"
     "[capacitor]         See http://developer.android.com/r/tools/jcenter-end-of-service for more information.\n"
     "[capacitor]         FAILURE: Build failed with an exception.\n"
     "[capacitor]         * What went wrong:\n"
     "[capacitor]         Could not resolve all files for configuration ':app:debugRuntimeClasspath'.\n"
     "[capacitor]         > Could not download okhttp-4.12.0.jar (com.squareup.okhttp3:okhttp:4.12.0)\n"
     "[capacitor]            > Could not get resource 'https://repo.maven.apache.org/maven2/com/squareup/okhttp3/okhttp/"
     "4.12.0/okhttp-4.12.0.jar'.\n"
     "[capacitor]               > Connection reset\n" + _GHA),
    # the Kotlin DSL's deprecation of jcenter() ("w: ... is deprecated. JFrog announced JCenter's sunset ...": the
    # advice text read in gradle/gradle deprecateJCenter, the Kotlin compiler's "w:" form recalled)
    ("kotlin-dsl-jcenter-deprecated-then-central-dns", "transient",
     "> Configure project :\n"
     "w: file:///home/runner/work/app/app/build.gradle.kts:14:5: 'jcenter(): MavenArtifactRepository' is deprecated. "
     "JFrog announced JCenter's sunset in February 2021. Use mavenCentral() instead.\n"
     "\nFAILURE: Build failed with an exception.\n\n* What went wrong:\n"
     "Execution failed for task ':app:compileKotlin'.\n"
     "> Could not resolve all files for configuration ':app:compileClasspath'.\n"
     "   > Could not resolve io.ktor:ktor-client-core:2.3.7.\n"
     "      > Could not get resource 'https://repo.maven.apache.org/maven2/io/ktor/ktor-client-core/2.3.7/"
     "ktor-client-core-2.3.7.pom'.\n"
     "         > Could not GET 'https://repo.maven.apache.org/maven2/io/ktor/ktor-client-core/2.3.7/"
     "ktor-client-core-2.3.7.pom'.\n"
     "            > repo.maven.apache.org: Temporary failure in name resolution\n\nBUILD FAILED in 14s\n" + _GHA),
    # Gradle 8's jcenter() nag (read: gradle/gradle) with its build-file line, then Maven Central's 502
    ("gradle-jcenter-nag-no-longer-then-central-502", "transient",
     "> Configure project :lib\n"
     "Build file '/home/runner/work/app/app/lib/build.gradle': line 9\n"
     "The RepositoryHandler.jcenter() method has been deprecated. This is scheduled to be removed in Gradle 9.0. "
     "JFrog announced JCenter's sunset in February 2021. Use mavenCentral() instead. Consult the upgrading guide for "
     "further information: https://docs.gradle.org/8.5/userguide/upgrading_version_6.html#jcenter_deprecation\n"
     "\nFAILURE: Build failed with an exception.\n\n* What went wrong:\n"
     "Execution failed for task ':lib:compileJava'.\n"
     "> Could not resolve all files for configuration ':lib:compileClasspath'.\n"
     "   > Could not resolve org.slf4j:slf4j-api:2.0.9.\n"
     "      > Could not get resource 'https://repo.maven.apache.org/maven2/org/slf4j/slf4j-api/2.0.9/slf4j-api-2.0.9.pom'.\n"
     "         > Could not GET 'https://repo.maven.apache.org/maven2/org/slf4j/slf4j-api/2.0.9/slf4j-api-2.0.9.pom'. "
     "Received status code 502 from server: Bad Gateway\n\nBUILD FAILED in 31s\n" + _GHA),
    # travis-ci.com is live (travis-ci.org is the retired one)
    ("travis-com-api-dns", "transient",
     "+ curl -fsS -H \"Travis-API-Version: 3\" https://api.travis-ci.com/repo/example%2Fwidgets/requests\n"
     "curl: (6) Could not resolve host: api.travis-ci.com\n" + _GHA),
    # a docs build that names a travis-ci.org badge in passing, then PyPI timing out
    ("docs-readme-travis-org-badge-then-pypi-timeout", "transient",
     "+ python -m mkdocs build --strict\n"
     "INFO    -  Cleaning site directory\n"
     "INFO    -  Doc file 'index.md' contains an absolute link 'https://travis-ci.org/example/widgets.svg?branch=master', "
     "it was left as is (the badge could not be checked offline).\n"
     "+ pip install -r docs/requirements.txt\n"
     "ERROR: Could not install packages due to an OSError: HTTPSConnectionPool(host='files.pythonhosted.org', port=443): "
     "Read timed out.\n" + _GHA),
    # the usual fix of a CentOS 7 image (mirror.centos.org -> vault.centos.org in the echoed Step line), then vault.centos.org
    # timing out (yum's "[Errno 12] Timeout on", recalled): vault.centos.org is live
    ("yum-vault-centos-timeout", "transient",
     "Step 3/8 : RUN sed -i -e 's|^mirrorlist=|#mirrorlist=|g' -e 's|^#baseurl=http://mirror.centos.org|"
     "baseurl=http://vault.centos.org|g' /etc/yum.repos.d/CentOS-*.repo && yum install -y gcc make\n"
     " ---> Running in 4b1f9d2c7e11\n"
     "http://vault.centos.org/centos/7/os/x86_64/repodata/repomd.xml: [Errno 12] Timeout on "
     "http://vault.centos.org/centos/7/os/x86_64/repodata/repomd.xml: (28, 'Operation too slow. Less than 1000 "
     "bytes/sec transferred the last 30 seconds')\nTrying other mirror.\n"
     "failure: repodata/repomd.xml from base: [Errno 256] No more mirrors to try.\n"
     "The command '/bin/sh -c sed -i ... && yum install -y gcc make' returned a non-zero code: 1\n"),
    # CentOS Stream 9's live mirrors.centos.org metalink timing out (librepo's Curl error, recalled)
    ("dnf-centos-stream9-mirrors-timeout", "transient",
     "+ dnf install -y gcc\n"
     "CentOS Stream 9 - BaseOS                        0.0  B/s |   0  B     02:00\n"
     "Errors during downloading metadata for repository 'baseos':\n"
     "  - Curl error (28): Timeout was reached for https://mirrors.centos.org/metalink?repo=centos-baseos-9-stream"
     "&arch=x86_64&protocol=https,http [Connection timed out after 30000 milliseconds]\n"
     "Error: Failed to download metadata for repo 'baseos': Cannot prepare internal mirrorlist: Curl error (28): "
     "Timeout was reached for https://mirrors.centos.org/metalink?repo=centos-baseos-9-stream&arch=x86_64&protocol="
     "https,http [Connection timed out after 30000 milliseconds]\n" + _GHA),
    # 'bintray' in a plugin's NAME (com.jfrog.bintray) fetched from the live Gradle Plugin Portal that answered 502
    ("gradle-bintray-plugin-name-portal-502", "transient",
     "FAILURE: Build failed with an exception.\n\n* What went wrong:\n"
     "Plugin [id: 'com.jfrog.bintray', version: '1.8.5'] was not found in any of the following sources:\n\n"
     "- Gradle Core Plugins (plugin is not in 'org.gradle' namespace)\n"
     "- Plugin Repositories (could not resolve plugin artifact 'com.jfrog.bintray:com.jfrog.bintray.gradle.plugin:1.8.5')\n"
     "  Searched in the following repositories:\n    Gradle Central Plugin Repository\n"
     "\n* Exception is:\n"
     "Caused by: org.gradle.internal.resource.transport.http.HttpErrorStatusCodeException: Could not GET "
     "'https://plugins.gradle.org/m2/com/jfrog/bintray/com.jfrog.bintray.gradle.plugin/1.8.5/"
     "com.jfrog.bintray.gradle.plugin-1.8.5.pom'. Received status code 502 from server: Bad Gateway\n"
     "\nBUILD FAILED in 9s\n" + _GHA),
    # 'bintray' in an npm package's name, fetched from the live registry
    ("npm-bintray-named-package-etimedout", "transient",
     "+ npm ci\n"
     "npm ERR! code ETIMEDOUT\n"
     "npm ERR! errno ETIMEDOUT\n"
     "npm ERR! network request to https://registry.npmjs.org/gulp-bintray-publish/-/gulp-bintray-publish-1.2.0.tgz "
     "failed, reason: connect ETIMEDOUT 104.16.24.35:443\n"
     "npm ERR! network This is a problem related to network connectivity.\n" + _GHA),
    # coursier lists every repository it tried: Maven Central timed out, the retired one only said "not found"
    ("sbt-coursier-central-timeout-bintray-also-listed", "transient",
     "[error] (update) sbt.librarymanagement.ResolveException: Error downloading org.typelevel:cats-core_2.13:2.10.0\n"
     "[error]   not found: /home/runner/.ivy2/local/org.typelevel/cats-core_2.13/2.10.0/ivys/ivy.xml\n"
     "[error]   download error: Caught java.net.SocketTimeoutException: Read timed out (Read timed out) while "
     "downloading https://repo1.maven.org/maven2/org/typelevel/cats-core_2.13/2.10.0/cats-core_2.13-2.10.0.pom\n"
     "[error]   not found: https://dl.bintray.com/example/maven/org/typelevel/cats-core_2.13/2.10.0/cats-core_2.13-2.10.0.pom\n"
     "[error] Total time: 64 s, completed Mar 3, 2026, 10:12:01 AM\n" + _GHA),

    # apt 1.0 (Ubuntu 14.04) goes on past an index it could not fetch ("W: Some index files failed to download") and
    # apt-get update exits 0; the install then met a timeout to the live archive
    ("apt-bintray-source-warning-then-ubuntu-timeout", "transient",
     "$ sudo apt-get update -qq && sudo apt-get install -y libxml2-dev\n"
     "W: Failed to fetch https://dl.bintray.com/sbt/debian/Release.gpg  The requested URL returned error: 403 Forbidden\n"
     "\nW: Some index files failed to download. They have been ignored, or old ones used instead.\n"
     "Reading package lists...\n"
     "Err http://archive.ubuntu.com/ubuntu/ trusty-updates/main libxml2-dev amd64 2.9.1+dfsg1-3ubuntu4.13\n"
     "  Could not connect to archive.ubuntu.com:80 (91.189.88.152). - connect (110: Connection timed out)\n"
     "E: Failed to fetch http://archive.ubuntu.com/ubuntu/pool/main/libx/libxml2/libxml2-dev_2.9.1+dfsg1-3ubuntu4.13_"
     "amd64.deb  Could not connect to archive.ubuntu.com:80 (91.189.88.152). - connect (110: Connection timed out)\n"
     "E: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?\n" + _TRAVIS),
    # Docker's echo of a Dockerfile instruction holding the retired URL and an echo's words, then Docker Hub timing out
    ("docker-step-echo-bintray-fallback-then-hub-timeout", "transient",
     "Step 4/9 : RUN curl -fsSL -o /usr/local/bin/tool https://dl.bintray.com/example/tools/tool-1.0 "
     "|| echo 'bintray.com download failed, tool is optional'\n"
     " ---> Using cache\n ---> 2c1e0b7d5f3a\n"
     "Step 5/9 : FROM python:3.12-slim AS runtime\n"
     "Get \"https://registry-1.docker.io/v2/\": net/http: request canceled while waiting for connection "
     "(Client.Timeout exceeded while awaiting headers)\n" + _GHA),
    # the same in BuildKit's "#5 [3/7] RUN ..." form
    ("buildkit-run-echo-bintray-fallback-then-pypi-timeout", "transient",
     "#5 [3/7] RUN curl -fsSL -o /usr/local/bin/tool https://dl.bintray.com/example/tools/tool-1.0 "
     "|| echo 'bintray.com download failed, tool is optional'\n"
     "#5 CACHED\n"
     "#7 [5/7] RUN pip install -r requirements.txt\n"
     "#7 12.40 ERROR: Could not install packages due to an OSError: HTTPSConnectionPool(host='files.pythonhosted.org', "
     "port=443): Read timed out.\n"
     "#7 ERROR: process \"/bin/sh -c pip install -r requirements.txt\" did not complete successfully: exit code: 1\n"
     + _GHA),
    # a Codehaus file fetched from the Internet Archive's copy: web.archive.org is the live host
    ("wayback-codehaus-curl-timeout", "transient",
     "+ curl -fsSL --retry 2 -o jetty.zip https://web.archive.org/web/2015/http://dist.codehaus.org/jetty/jetty-6.1.26/"
     "jetty-6.1.26.zip\n"
     "curl: (28) Failed to connect to web.archive.org port 443 after 130321 ms: Connection timed out\n" + _GHA),
    ("wayback-codehaus-wget-reset", "transient",
     "+ wget -q https://web.archive.org/web/2014/http://repository.codehaus.org/org/codehaus/castor/castor/1.0.5/"
     "castor-1.0.5.jar\n"
     "wget: unable to connect to web.archive.org: Connection reset by peer (https://web.archive.org/web/2014/"
     "http://repository.codehaus.org/org/codehaus/castor/castor/1.0.5/castor-1.0.5.jar)\n" + _GHA),

    # ---------------------------------------------------------------- (c) a retired host in a warning, the job failed on something real
    # Maven's [WARNING] about a Codehaus repository, then a compile error
    ("mvn-codehaus-warning-then-compile-error", "real",
     "[WARNING] Could not transfer metadata org.codehaus.mojo:build-helper-maven-plugin/maven-metadata.xml from/to "
     "codehaus-snapshots (https://nexus.codehaus.org/snapshots/): nexus.codehaus.org: Name or service not known\n"
     "[INFO] --- maven-compiler-plugin:3.11.0:compile (default-compile) @ billing ---\n"
     "[ERROR] COMPILATION ERROR : \n"
     "[ERROR] /home/runner/work/billing/billing/src/main/java/com/example/Invoice.java:[42,17] cannot find symbol\n"
     "  symbol:   method totalWithTax()\n  location: class com.example.Order\n" + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0:compile (default-compile) on "
     "project billing: Compilation failure\n" + _GHA),
    ("sbt-bintray-warn-then-test-failure", "real",
     "[warn] ==== bintray-sbt-plugins: tried\n"
     "[warn]   https://dl.bintray.com/sbt/sbt-plugin-releases/com.example/sbt-lint/scala_2.12/sbt_1.0/0.1/ivys/ivy.xml\n"
     "[warn] Failed to download https://dl.bintray.com/sbt/sbt-plugin-releases/com.example/sbt-lint (403 Forbidden); "
     "using the cached copy\n"
     "[info] InvoiceSpec:\n[info] - total includes tax *** FAILED ***\n"
     "[info]   100.0 did not equal 118.0 (InvoiceSpec.scala:21)\n"
     "[error] Failed: Total 12, Failed 1, Errors 0, Passed 11\n"
     "[error] Failed tests:\n[error] \tcom.example.InvoiceSpec\n"
     "[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful\n" + _GHA),
    # yum gave up on the retired mirror, found another, and the tests failed
    ("yum-mirror-centos-tried-then-pytest-failure", "real",
     "+ yum install -y python3-devel\n"
     "http://mirror.centos.org/centos/7/os/x86_64/repodata/repomd.xml: [Errno 14] curl#6 - \"Could not resolve host: "
     "mirror.centos.org; Unknown error\"\nTrying other mirror.\n"
     "Installed:\n  python3-devel.x86_64 0:3.6.8-21.el7_9\nComplete!\n"
     "+ python3 -m pytest -q\n"
     "F........\n"
     "=================================== FAILURES ===================================\n"
     "_______________________________ test_parse_header _______________________________\n"
     "    def test_parse_header():\n>       assert parse_header(b'x') == {'x': ''}\nE       AssertionError: assert None == {'x': ''}\n"
     "tests/test_header.py:7: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_header.py::test_parse_header - AssertionError: assert None == {'x': ''}\n"
     "1 failed, 8 passed in 0.31s\n" + _GHA),
    ("gradle-jcenter-nag-then-kotlin-compile-error", "real",
     "> Configure project :app\n"
     "The RepositoryHandler.jcenter() method has been deprecated. This is scheduled to be removed in Gradle 8.0. "
     "JFrog announced JCenter's sunset in February 2021. Use mavenCentral() instead. Consult the upgrading guide for "
     "further information: https://docs.gradle.org/7.6/userguide/upgrading_version_6.html#jcenter_deprecation\n"
     "> Task :app:compileKotlin FAILED\n"
     "e: file:///home/runner/work/app/app/src/main/kotlin/com/example/Invoice.kt:42:17 Unresolved reference: totalWithTax\n"
     "\nFAILURE: Build failed with an exception.\n\n* What went wrong:\n"
     "Execution failed for task ':app:compileKotlin'.\n> Compilation error. See log for more details\n" + _GHA),
    ("travis-org-badge-sphinx-warning-then-test-failure", "real",
     "WARNING: Could not fetch remote image: https://travis-ci.org/example/widgets.svg?branch=master [404]\n"
     "build succeeded, 1 warning.\n"
     "+ python -m pytest -q\n"
     "FAILED tests/test_render.py::test_escape - AssertionError: assert '&lt;' == '<'\n"
     "1 failed, 40 passed in 1.02s\n" + _GHA),
]

# Known misreadings (strict xfails): none left (twenty-fourth round, repo5xx24: gradle-plugin-marker-outage reads the
# plugin headline whose own marker request got the 502, gradle-bintray-plugin-name-portal-502)
KNOWN_MISREAD: dict[str, str] = {}

# The entry that names the retirement in the evidence
NAMED = [
    ("ivy-ant-codehaus-host-not-found", "retired-host-fetch"),
    ("conan-bintray-remote-error-403-downloading", "retired-host-fetch"),
    ("go-get-code-google-io-timeout-gopath", "retired-host-fetch"),
    ("buildr-codehaus-failed-to-download", "buildr-retired-repository-tried"),
    ("apt-bintray-w-then-e-some-index", "apt-retired-source-index-failed"),
    ("wget-dl-bintray-502", "wget-retired-host-http-error"),
    ("buildkit-yum-mirror-centos-dns", "retired-host-fetch"),
]

_LOGS = {cid: log for cid, _, log in CASES}


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_retired_host_review_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize(("cid", "signature"), NAMED, ids=[cid for cid, _ in NAMED])
def test_retirement_is_named_in_the_evidence(cid, signature):
    reads_as(_LOGS[cid], "real", signature)


def test_wget_error_of_a_live_host_far_from_a_retired_header_is_not_the_retired_hosts():
    """wget's ERROR line counts for a retired host only within its own request block (eight lines)."""
    log = ("--2026-03-03 10:00:00--  https://dl.bintray.com/example/tools/optional.txt\n"
           "Resolving dl.bintray.com (dl.bintray.com)... 34.120.0.10\n"
           "Connecting to dl.bintray.com (dl.bintray.com)|34.120.0.10|:443... connected.\n"
           "HTTP request sent, awaiting response... 200 OK\n"
           + "".join(f"step {i}: ok\n" for i in range(12)) +
           "--2026-03-03 10:00:09--  https://downloads.example.org/tools/cli-1.4.0.tar.gz\n"
           "Resolving downloads.example.org (downloads.example.org)... 203.0.113.10\n"
           "Connecting to downloads.example.org (downloads.example.org)|203.0.113.10|:443... connected.\n"
           "HTTP request sent, awaiting response... 503 Service Unavailable\n"
           "2026-03-03 10:00:10 ERROR 503: Service Unavailable.\n\n" + _GHA)
    v = reads(log, "transient")
    assert "wget-retired-host-http-error" not in {f.signature for f in v.findings}


def test_buildr_live_repository_list_is_not_the_retired_entrys():
    """Buildr's list of live repositories alone does not make the retired-repository reading."""
    log = ("Buildr aborted!\nRuntimeError : Failed to download org.example:widgets:jar:1.0, tried the following "
           "repositories:\nhttps://repo1.maven.org/maven2/\n" + _TRAVIS)
    assert "buildr-retired-repository-tried" not in {f.signature for f in judge(log).findings}


def test_case_ids_are_unique():
    assert_unique_ids(CASES)
    assert set(_LOGS) >= {cid for cid, _ in NAMED}
    assert set(_LOGS) >= set(KNOWN_MISREAD)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "[ivy:retrieve] \tHost repository.codehaus.org not found. url=http://repository.codehaus.org/",
    "ERROR: Error 403 downloading file https://api.bintray.com/conan/",
    "Get https://code.google.com/p/go/source/checkout?repo=net: dial tcp 74.125.28.100:443: i/o timeout ",
    "Failed to download org.codehaus.castor:castor:jar:1.0.5, tried the following repositories: ",
    "http://repository.codehaus.org/",
    "W: Failed to fetch https://dl.bintray.com/sbt/debian/InRelease  403  Forbidden ",
    "E: Some index files failed to download",
    "--2026-03-03 10:00:00--  https://dl.bintray.com/",
    "2026-03-03 10:00:01 ERROR 502: Bad Gateway.",
    "ERROR 502: ",
    "#5 [3/7] RUN curl https://dl.bintray.com/ || echo download failed ",
    "Step 4/9 : RUN curl https://dl.bintray.com/ || echo download failed ",
    "https://web.archive.org/web/2015/http://dist.codehaus.org/ connection reset ",
    "<!-- repository.codehaus.org could not resolve ",
    "JFrog announced JCenter's sunset in February 2021. Use ",
]
