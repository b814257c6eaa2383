"""Twenty-third round: hosts and services retired for good read real, not as a network blip.

Covered: a fetch from a host that was shut down for good (Codehaus's nexus/repository/dist hosts, Bintray's
dl/api/homebrew hosts and oss.jfrog.org (not JCenter, which JFrog kept read-only: its outages stay transient), Google Code, Gitorious, CentOS's mirrorlist.centos.org and
mirror.centos.org, travis-ci.org) as Maven, Gradle, sbt/coursier, Ivy, curl, wget, git, go get, Homebrew and yum print
it; Maven Central over plain HTTP (501 HTTPS Required) and Maven 3.8.1's blocked mirror for http repositories; GitHub's
unauthenticated git:// protocol and its password authentication; legacy PyPI over HTTP ("SSL is required"); get-pip.py on
Python 2.7; npm's registry over HTTP (426 Upgrade Required); end-of-life Debian and Ubuntu releases ("does not have a
Release file") and CentOS 8's empty mirrorlist; GitHub Actions' automatic failure of deprecated action versions and the
Node 20 runtime on an old glibc; Docker Hub tags that are gone and Docker 26's refusal of schema 1 images.

Each case is a short log written for this test around the tool's message. Wording read in public sources: get-pip's
template (pypa/get-pip, "This script does not work on Python {}.{} ..."), Gradle's jcenter() deprecation
(gradle/gradle DefaultRepositoryHandler), the Actions runner's Node deprecation notices (actions/runner), Docker's
deprecated-features page (docker/cli docs/deprecated.md: the schema 1 refusal), GitHub's password-auth message and
dnf's "Cannot prepare internal mirrorlist: No URLs in mirrorlist" and npm's "426 Upgrade Required" as users quote them
(krakenjs/post-robot#100, npm/documentation#880). Recalled rather than read, and marked so where they appear: the
Maven resolver's and wagon's transfer lines, Gradle's "Could not GET ... Received status code", coursier's "download
error: Caught ...", Ivy's "Server access error", yum's "[Errno 14]" lines, apt's Err/E: lines, pip's messages, Homebrew's
"Download failed". Hosts other than the retired ones, projects and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a failure line naming a retired host (whatever the answer: DNS, refused, 403, 404, 502) -> real, and the evidence
    is retired-host-fetch (the URL must change);
  * the same tool's failure on a live host (Maven Central, Gradle's or coursier's fetch from Maven Central, GitHub,
    npm's registry, Rocky's mirrors, Docker Hub answering 5xx, timing out or not resolving) -> transient;
  * a retired service's own refusal (501 HTTPS Required, the http blocker, git://, password auth, get-pip's Python
    check, npm's 426, EOL releases without a Release file, CentOS 8's empty mirrorlist, an auto-failed action version,
    a schema 1 image) -> real;
  * a retired host or a deprecation notice in a log whose failure is elsewhere does not take over: Maven's [WARNING]
    about a Codehaus repository or its "Downloading from codehaus" line before a Maven Central 503, Gradle's jcenter()
    nag, pip's Python 2 DEPRECATION line, cryptography's DeprecationWarning, the runner's Node 12/16 notices, beside a
    network failure -> transient; beside a failing test -> real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, reads, reads_as

_GHA = "##[error]Process completed with exit code 1.\n"
_MVN_FAIL = "[INFO] BUILD FAILURE\n[INFO] ------------------------------------------------------------------------\n"
_GRADLE_HEAD = ("> Task :app:compileJava FAILED\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\n"
                "Execution failed for task ':app:compileJava'.\n"
                "> Could not resolve all files for configuration ':app:compileClasspath'.\n")
_JCENTER_NAG = ("> Configure project :app\n"
                "The RepositoryHandler.jcenter() method has been deprecated. This is scheduled to be removed in Gradle 8.0. "
                "JFrog announced JCenter's sunset in February 2021. Use mavenCentral() instead. Consult the upgrading guide "
                "for further information: https://docs.gradle.org/7.6/userguide/upgrading_version_6.html#jcenter_deprecation\n")
_NPM_TAIL = ("\nnpm ERR! A complete log of this run can be found in:\n"
             "npm ERR!     /home/runner/.npm/_logs/2026-03-03T10_00_00_000Z-debug-0.log\n")

# (id, verdict, log)
CASES: list[tuple[str, str, str]] = [
    # ================================================================== Codehaus (closed 2015)
    # Maven resolver's "Could not transfer artifact %s from/to %s (%s): %s" with the UnknownHostException's text (recalled)
    ("mvn-codehaus-plugin-unknown-host", "real",
     "+ mvn -B verify\n[INFO] Scanning for projects...\n"
     "Downloading from codehaus-snapshots: https://nexus.codehaus.org/snapshots/org/codehaus/mojo/jaxb2-maven-plugin/"
     "1.6-SNAPSHOT/maven-metadata.xml\n" + _MVN_FAIL +
     "[ERROR] Plugin org.codehaus.mojo:jaxb2-maven-plugin:1.6-SNAPSHOT or one of its dependencies could not be resolved: "
     "Failed to read artifact descriptor for org.codehaus.mojo:jaxb2-maven-plugin:jar:1.6-SNAPSHOT: Could not transfer "
     "artifact org.codehaus.mojo:jaxb2-maven-plugin:pom:1.6-SNAPSHOT from/to codehaus-snapshots "
     "(https://nexus.codehaus.org/snapshots/): nexus.codehaus.org: Unknown host nexus.codehaus.org -> [Help 1]\n" + _GHA),
    ("mvn-codehaus-dependency-name-not-known", "real",
     "[INFO] Building billing-core 2.3.0\n" + _MVN_FAIL +
     "[ERROR] Failed to execute goal on project billing-core: Could not resolve dependencies for project "
     "com.example:billing-core:jar:2.3.0: Failed to collect dependencies at org.codehaus.xfire:xfire-core:jar:1.2.6: "
     "Failed to read artifact descriptor for org.codehaus.xfire:xfire-core:jar:1.2.6: Could not transfer artifact "
     "org.codehaus.xfire:xfire-core:pom:1.2.6 from/to codehaus (https://repository.codehaus.org/): "
     "repository.codehaus.org: Name or service not known -> [Help 1]\n" + _GHA),
    # curl's "Could not resolve host: %s" (curl lib/url.c, recalled)
    ("curl-dist-codehaus-dns", "real",
     "+ curl -fsSLO https://dist.codehaus.org/jetty/jetty-6.1.26/jetty-6.1.26.zip\n"
     "curl: (6) Could not resolve host: dist.codehaus.org\n" + _GHA),
    # the same Maven failure on Maven Central, which had a blip: transient
    ("mvn-central-dns-blip", "transient",
     "[INFO] Building billing-core 2.3.0\n" + _MVN_FAIL +
     "[ERROR] Failed to execute goal on project billing-core: Could not resolve dependencies for project "
     "com.example:billing-core:jar:2.3.0: Failed to collect dependencies at com.google.guava:guava:jar:33.0.0-jre: "
     "Failed to read artifact descriptor for com.google.guava:guava:jar:33.0.0-jre: Could not transfer artifact "
     "com.google.guava:guava:pom:33.0.0-jre from/to central (https://repo.maven.apache.org/maven2): "
     "repo.maven.apache.org: Temporary failure in name resolution -> [Help 1]\n" + _GHA),
    # Maven's [WARNING] about the Codehaus metadata, then the job's real failure: a test
    ("mvn-codehaus-warning-then-test-failure", "real",
     "[WARNING] Could not transfer metadata org.codehaus.mojo:exec-maven-plugin/maven-metadata.xml from/to "
     "codehaus-snapshots (https://nexus.codehaus.org/snapshots/): nexus.codehaus.org: Unknown host nexus.codehaus.org\n"
     "[INFO] Tests run: 42, Failures: 1, Errors: 0, Skipped: 0\n"
     "[ERROR] Failures: \n[ERROR]   InvoiceTest.totalIncludesTax:31 expected:<118.00> but was:<100.00>\n" + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project "
     "billing-core: There are test failures.\n" + _GHA),
    # ... or a Maven Central 503 (maven-resolver's "status code: %d, reason phrase: %s (%d)", recalled)
    ("mvn-codehaus-warning-then-central-503", "transient",
     "[WARNING] Could not transfer metadata org.codehaus.mojo:exec-maven-plugin/maven-metadata.xml from/to "
     "codehaus-snapshots (https://nexus.codehaus.org/snapshots/): nexus.codehaus.org: Unknown host nexus.codehaus.org\n"
     + _MVN_FAIL +
     "[ERROR] Failed to execute goal on project billing-core: Could not resolve dependencies for project "
     "com.example:billing-core:jar:2.3.0: Could not transfer artifact com.google.guava:guava:jar:33.0.0-jre from/to "
     "central (https://repo.maven.apache.org/maven2): status code: 503, reason phrase: Service Unavailable (503) "
     "-> [Help 1]\n" + _GHA),
    # a line that only names the retired host (Maven's transfer listener) is no failure of it
    ("mvn-downloading-from-codehaus-then-central-reset", "transient",
     "Downloading from codehaus: https://repository.codehaus.org/org/codehaus/jackson/jackson-core-asl/1.9.13/"
     "jackson-core-asl-1.9.13.pom\n" + _MVN_FAIL +
     "[ERROR] Failed to execute goal on project billing-core: Could not resolve dependencies for project "
     "com.example:billing-core:jar:2.3.0: Could not transfer artifact com.google.guava:guava:jar:33.0.0-jre from/to "
     "central (https://repo.maven.apache.org/maven2): Connection reset -> [Help 1]\n" + _GHA),

    # ================================================================== Bintray, JCenter, oss.jfrog.org (sunset 2021)
    # Gradle's "Could not GET '%s'. Received status code %s from server: %s" (HttpErrorStatusCodeException, recalled)
    # JCenter itself was kept read-only indefinitely (blog.gradle.org/jcenter-shutdown's update): its 502 and a failed
    # lookup of it are outages of a live host, as on Maven Central
    ("gradle-jcenter-502", "transient",
     _GRADLE_HEAD +
     "   > Could not resolve com.squareup.okhttp3:okhttp:3.14.9.\n     Required by:\n         project :app\n"
     "      > Could not resolve com.squareup.okhttp3:okhttp:3.14.9.\n"
     "         > Could not get resource 'https://jcenter.bintray.com/com/squareup/okhttp3/okhttp/3.14.9/okhttp-3.14.9.pom'.\n"
     "            > Could not GET 'https://jcenter.bintray.com/com/squareup/okhttp3/okhttp/3.14.9/okhttp-3.14.9.pom'. "
     "Received status code 502 from server: Bad Gateway\n\nBUILD FAILED in 41s\n" + _GHA),
    ("gradle-dl-bintray-403", "real",
     _GRADLE_HEAD +
     "   > Could not resolve org.jetbrains.kotlinx:kotlinx-html-jvm:0.7.1.\n     Required by:\n         project :app\n"
     "      > Could not resolve org.jetbrains.kotlinx:kotlinx-html-jvm:0.7.1.\n"
     "         > Could not get resource 'https://dl.bintray.com/kotlin/kotlinx/org/jetbrains/kotlinx/kotlinx-html-jvm/"
     "0.7.1/kotlinx-html-jvm-0.7.1.pom'.\n"
     "            > Could not HEAD 'https://dl.bintray.com/kotlin/kotlinx/org/jetbrains/kotlinx/kotlinx-html-jvm/0.7.1/"
     "kotlinx-html-jvm-0.7.1.pom'. Received status code 403 from server: Forbidden\n\nBUILD FAILED in 12s\n" + _GHA),
    ("gradle-jcenter-unknown-host", "transient",
     _GRADLE_HEAD +
     "   > Could not resolve com.github.bumptech.glide:glide:4.9.0.\n"
     "      > Could not get resource 'https://jcenter.bintray.com/com/github/bumptech/glide/glide/4.9.0/glide-4.9.0.pom'.\n"
     "         > Could not GET 'https://jcenter.bintray.com/com/github/bumptech/glide/glide/4.9.0/glide-4.9.0.pom'.\n"
     "            > jcenter.bintray.com: Temporary failure in name resolution\n\nBUILD FAILED in 9s\n" + _GHA),
    # the same Gradle failure on Maven Central: transient
    ("gradle-central-502", "transient",
     _GRADLE_HEAD +
     "   > Could not resolve com.squareup.okhttp3:okhttp:4.12.0.\n"
     "      > Could not get resource 'https://repo.maven.apache.org/maven2/com/squareup/okhttp3/okhttp/4.12.0/"
     "okhttp-4.12.0.pom'.\n"
     "         > Could not GET 'https://repo.maven.apache.org/maven2/com/squareup/okhttp3/okhttp/4.12.0/okhttp-4.12.0.pom'. "
     "Received status code 502 from server: Bad Gateway\n\nBUILD FAILED in 41s\n" + _GHA),
    # Gradle's jcenter() nag (read: gradle/gradle deprecateJCenter) is printed while the build goes on
    ("gradle-jcenter-nag-then-test-failure", "real",
     _JCENTER_NAG +
     "> Task :app:test\n\nInvoiceTest > totalIncludesTax() FAILED\n"
     "    org.opentest4j.AssertionFailedError: expected: <118.0> but was: <100.0>\n"
     "\n12 tests completed, 1 failed\n\n> Task :app:test FAILED\n\nFAILURE: Build failed with an exception.\n" + _GHA),
    ("gradle-jcenter-nag-then-central-read-timeout", "transient",
     _JCENTER_NAG + _GRADLE_HEAD +
     "   > Could not resolve com.squareup.okhttp3:okhttp:4.12.0.\n"
     "      > Could not get resource 'https://repo.maven.apache.org/maven2/com/squareup/okhttp3/okhttp/4.12.0/"
     "okhttp-4.12.0.pom'.\n"
     "         > Could not GET 'https://repo.maven.apache.org/maven2/com/squareup/okhttp3/okhttp/4.12.0/okhttp-4.12.0.pom'.\n"
     "            > Read timed out\n\nBUILD FAILED in 2m 3s\n" + _GHA),
    # Gradle's "Could not find" lists the places it searched, JCenter among them: the artifact is not there
    ("gradle-could-not-find-searched-jcenter", "real",
     _GRADLE_HEAD +
     "   > Could not find com.example.legacy:charts:2.1.0.\n     Searched in the following locations:\n"
     "       - https://repo.maven.apache.org/maven2/com/example/legacy/charts/2.1.0/charts-2.1.0.pom\n"
     "       - https://jcenter.bintray.com/com/example/legacy/charts/2.1.0/charts-2.1.0.pom\n"
     "     Required by:\n         project :app\n\nBUILD FAILED in 7s\n" + _GHA),
    # coursier's "download error: Caught %s (%s) while downloading %s" as sbt prints it (recalled)
    ("sbt-coursier-bintray-403", "real",
     "[info] loading settings for project build from plugins.sbt ...\n"
     "[error] (update) sbt.librarymanagement.ResolveException: Error downloading com.typesafe.sbt:sbt-git;"
     "sbtVersion=1.0;scalaVersion=2.12:1.0.0\n"
     "[error]   Not found\n[error]   Not found\n"
     "[error]   download error: Caught java.io.IOException: Server returned HTTP response code: 403 for URL: "
     "https://dl.bintray.com/sbt/sbt-plugin-releases/com.typesafe.sbt/sbt-git/scala_2.12/sbt_1.0/1.0.0/ivys/ivy.xml "
     "(Server returned HTTP response code: 403 for URL: https://dl.bintray.com/sbt/sbt-plugin-releases/com.typesafe.sbt/"
     "sbt-git/scala_2.12/sbt_1.0/1.0.0/ivys/ivy.xml) while downloading https://dl.bintray.com/sbt/sbt-plugin-releases/"
     "com.typesafe.sbt/sbt-git/scala_2.12/sbt_1.0/1.0.0/ivys/ivy.xml\n"
     "[error] Total time: 6 s, completed Mar 3, 2026, 10:12:01 AM\n" + _GHA),
    ("sbt-coursier-central-read-timeout", "transient",
     "[error] (update) sbt.librarymanagement.ResolveException: Error downloading org.typelevel:cats-core_2.13:2.10.0\n"
     "[error]   download error: Caught java.net.SocketTimeoutException: Read timed out (Read timed out) while "
     "downloading https://repo1.maven.org/maven2/org/typelevel/cats-core_2.13/2.10.0/cats-core_2.13-2.10.0.pom\n"
     "[error] Total time: 64 s, completed Mar 3, 2026, 10:12:01 AM\n" + _GHA),
    # Ivy's "Server access error at url %s (%s)" (recalled)
    ("ivy-oss-jfrog-unknown-host", "real",
     "[ivy:retrieve] :: resolving dependencies :: com.example#agent;working@runner\n"
     "[ivy:retrieve] \tServer access error at url https://oss.jfrog.org/artifactory/oss-snapshot-local/io/reactivex/"
     "rxnetty/0.5.4-SNAPSHOT/maven-metadata.xml (java.net.UnknownHostException: oss.jfrog.org)\n"
     "[ivy:retrieve] \t\t::::::::::::::::::::::::::::::::::::::::::::::\n"
     "[ivy:retrieve] \t\t::          UNRESOLVED DEPENDENCIES         ::\n"
     "[ivy:retrieve] \t\t:: io.reactivex#rxnetty;0.5.4-SNAPSHOT: not found\n"
     "BUILD FAILED\n/home/runner/work/agent/build.xml:41: impossible to resolve dependencies:\n" + _GHA),
    # curl's "The requested URL returned error: %d" (recalled) on a Bintray download
    ("curl-dl-bintray-403", "real",
     "+ curl -fsSL -o kotlin-compiler.zip https://dl.bintray.com/jetbrains/kotlin/kotlin-compiler-1.3.72.zip\n"
     "curl: (22) The requested URL returned error: 403 Forbidden\n" + _GHA),
    # Homebrew's bottles were on Bintray (Homebrew's "Download failed: %s", recalled)
    ("brew-bintray-bottle-download-failed", "real",
     "==> Downloading https://homebrew.bintray.com/bottles/openssl%401.1-1.1.1k.big_sur.bottle.tar.gz\n"
     "curl: (22) The requested URL returned error: 403 Forbidden\n"
     "Error: Failed to download resource \"openssl@1.1\"\n"
     "Download failed: https://homebrew.bintray.com/bottles/openssl%401.1-1.1.1k.big_sur.bottle.tar.gz\n" + _GHA),
    ("curl-github-release-dns", "transient",
     "+ curl -fsSL -o kotlin-compiler.zip https://github.com/JetBrains/kotlin/releases/download/v1.9.24/"
     "kotlin-compiler-1.9.24.zip\n"
     "curl: (6) Could not resolve host: github.com\n" + _GHA),

    # ================================================================== Maven over plain HTTP
    # Maven Central's "501 HTTPS Required" (since 2020-01-15)
    ("mvn-central-501-https-required", "real",
     _MVN_FAIL +
     "[ERROR] Failed to execute goal on project legacy: Could not resolve dependencies for project "
     "com.example:legacy:jar:1.0: Could not transfer artifact junit:junit:jar:4.12 from/to central "
     "(http://repo.maven.apache.org/maven2): Transfer failed for http://repo.maven.apache.org/maven2/junit/junit/4.12/"
     "junit-4.12.jar 501 HTTPS Required -> [Help 1]\n" + _GHA),
    # Maven 3.8.1's maven-default-http-blocker mirror
    ("mvn-http-blocker", "real",
     _MVN_FAIL +
     "[ERROR] Failed to execute goal on project legacy: Could not resolve dependencies for project "
     "com.example:legacy:jar:1.0: Failed to collect dependencies at com.example.internal:utils:jar:2.1: Failed to read "
     "artifact descriptor for com.example.internal:utils:jar:2.1: Could not transfer artifact "
     "com.example.internal:utils:pom:2.1 from/to maven-default-http-blocker (http://0.0.0.0/): Blocked mirror for "
     "repositories: [internal (http://nexus.example.com/repository/maven-public/, default, releases+snapshots)] "
     "-> [Help 1]\n" + _GHA),

    # ================================================================== git hosting
    # GitHub's git:// refusal (2022-03-15; https://github.blog/2021-09-01-improving-git-protocol-security-github/)
    ("git-unauthenticated-protocol", "real",
     "+ git clone --depth 1 git://github.com/example/vendored-lib.git third_party/vendored-lib\n"
     "Cloning into 'third_party/vendored-lib'...\nfatal: remote error: \n"
     "  The unauthenticated git protocol on port 9418 is no longer supported.\n"
     "Please see https://github.blog/2021-09-01-improving-git-protocol-security-github/ for more information.\n" + _GHA),
    ("npm-git-unauthenticated-protocol", "real",
     "npm ERR! code 128\nnpm ERR! An unknown git error occurred\n"
     "npm ERR! command git --no-replace-objects ls-remote git://github.com/example/left-pad.git\n"
     "npm ERR! fatal: remote error: \nnpm ERR!   The unauthenticated git protocol on port 9418 is no longer supported.\n"
     "npm ERR! Please see https://github.blog/2021-09-01-improving-git-protocol-security-github/ for more information.\n"
     + _NPM_TAIL + _GHA),
    ("git-github-https-502", "transient",
     "+ git clone --depth 1 https://github.com/example/vendored-lib.git third_party/vendored-lib\n"
     "Cloning into 'third_party/vendored-lib'...\n"
     "fatal: unable to access 'https://github.com/example/vendored-lib.git/': The requested URL returned error: 502\n"
     + _GHA),
    # git's "unable to access '%s': %s" and the submodule helper's lines (recalled) on gitorious.org (shut 2015-06-01)
    ("git-gitorious-submodule-dns", "real",
     "+ git submodule update --init --recursive\n"
     "Cloning into '/home/runner/work/app/app/vendor/qtwebkit'...\n"
     "fatal: unable to access 'https://gitorious.org/qtwebkit/qtwebkit.git/': Could not resolve host: gitorious.org\n"
     "fatal: clone of 'https://gitorious.org/qtwebkit/qtwebkit.git' into submodule path "
     "'/home/runner/work/app/app/vendor/qtwebkit' failed\n"
     "Failed to clone 'vendor/qtwebkit' a second time, aborting\n" + _GHA),
    ("git-github-submodule-dns", "transient",
     "+ git submodule update --init --recursive\n"
     "Cloning into '/home/runner/work/app/app/vendor/zlib'...\n"
     "fatal: unable to access 'https://github.com/madler/zlib.git/': Could not resolve host: github.com\n"
     "fatal: clone of 'https://github.com/madler/zlib.git' into submodule path '/home/runner/work/app/app/vendor/zlib' "
     "failed\nFailed to clone 'vendor/zlib' a second time, aborting\n" + _GHA),
    # Google Code (closed 2016-01-25): a download from *.googlecode.com (busybox wget's "unable to resolve host
    # address '%s'", recalled) and go get of a code.google.com/p/ path
    ("wget-googlecode-dns", "real",
     "+ wget -q https://protobuf.googlecode.com/files/protobuf-2.5.0.tar.bz2\n"
     "wget: unable to resolve host address 'protobuf.googlecode.com'\n" + _GHA),
    ("go-get-code-google-import-path", "real",
     "+ go get -d ./...\n"
     "package code.google.com/p/go-uuid/uuid: unable to fetch code.google.com/p/go-uuid/uuid: "
     "unrecognized import path \"code.google.com/p/go-uuid/uuid\"\n" + _GHA),

    # ================================================================== Python packaging
    # legacy PyPI over HTTP: "403 Client Error: SSL is required" (2017-10), pip's "Could not fetch URL %s: %s - skipping"
    ("pip-pypi-python-org-ssl-required", "real",
     "+ pip install --index-url http://pypi.python.org/simple/ -r requirements.txt\n"
     "Collecting requests==2.18.4 (from -r requirements.txt (line 1))\n"
     "  HTTP error 403 while getting http://pypi.python.org/simple/requests/\n"
     "  Could not fetch URL http://pypi.python.org/simple/requests/: 403 Client Error: SSL is required for url: "
     "http://pypi.python.org/simple/requests/ - skipping\n"
     "  Could not find a version that satisfies the requirement requests==2.18.4 (from -r requirements.txt (line 1)) "
     "(from versions: )\n"
     "No matching distribution found for requests==2.18.4 (from -r requirements.txt (line 1))\n" + _GHA),
    # get-pip's own check (read: pypa/get-pip template)
    ("get-pip-python27", "real",
     "+ curl -sSL https://bootstrap.pypa.io/get-pip.py -o get-pip.py\n+ python2.7 get-pip.py\n"
     "ERROR: This script does not work on Python 2.7 The minimum supported Python version is 3.7. "
     "Please use https://bootstrap.pypa.io/pip/2.7/get-pip.py instead.\n" + _GHA),
    ("get-pip-curl-reset", "transient",
     "+ curl -sSL https://bootstrap.pypa.io/get-pip.py -o get-pip.py\n"
     "curl: (35) OpenSSL SSL_connect: Connection reset by peer in connection to bootstrap.pypa.io:443 \n" + _GHA),
    # pip's Python 2 DEPRECATION notice (pip 20.x, recalled) is printed while pip goes on
    ("pip-py27-deprecation-then-read-timeout", "transient",
     "+ pip install -r requirements.txt\n"
     "DEPRECATION: Python 2.7 reached the end of its life on January 1st, 2020. Please upgrade your Python as Python 2.7 "
     "is no longer maintained. pip 21.0 will drop support for Python 2.7 in January 2021. More details about Python 2 "
     "support in pip can be found at https://pip.pypa.io/en/latest/development/release-process/#python-2-support\n"
     "Collecting requests==2.25.1\n"
     "ERROR: Could not install packages due to an EnvironmentError: HTTPSConnectionPool(host='files.pythonhosted.org', "
     "port=443): Read timed out.\n" + _GHA),
    # cryptography's warning on Python 2 (recalled) before a failing test
    ("cryptography-py2-warning-then-connect-timeout", "transient",
     "/home/runner/.local/lib/python2.7/site-packages/paramiko/transport.py:33: CryptographyDeprecationWarning: Python 2 "
     "is no longer supported by the Python core team. Support for it is now deprecated in cryptography, and will be "
     "removed in the next release.\n"
     "  from cryptography.hazmat.backends import default_backend\n"
     "ERROR: Could not install packages due to an EnvironmentError: HTTPSConnectionPool(host='pypi.org', port=443): "
     "Max retries exceeded with url: /simple/requests/ (Caused by ConnectTimeoutError(<pip._vendor.urllib3.connection."
     "HTTPSConnection object at 0x7f1c2a0b5d10>, 'Connection to pypi.org timed out. (connect timeout=15)'))\n" + _GHA),

    # ================================================================== npm
    # npm's registry over HTTP: 426 (krakenjs/post-robot#100, npm/documentation#880)
    ("npm-http-registry-426-publish", "real",
     "+ npm publish --registry http://registry.npmjs.org/\n"
     "npm ERR! code E426\nnpm ERR! 426 Upgrade Required - PUT http://registry.npmjs.org/@example%2fwidgets\n"
     + _NPM_TAIL + _GHA),
    ("npm-http-registry-426-install", "real",
     "+ npm install\n"
     "npm ERR! code E426\nnpm ERR! 426 Upgrade Required - GET http://registry.npmjs.org/left-pad\n" + _NPM_TAIL + _GHA),
    ("npm-registry-503", "transient",
     "+ npm ci\n"
     "npm ERR! code E503\nnpm ERR! 503 Service Unavailable - GET https://registry.npmjs.org/@babel%2fcore\n"
     + _NPM_TAIL + _GHA),

    # ================================================================== apt, yum, dnf
    # apt's "Err:%lu %s" and "E: The repository '%s' does not have a Release file." (recalled): Debian stretch moved to
    # archive.debian.org (2023)
    ("apt-debian-stretch-no-release-file", "real",
     "+ apt-get update\n"
     "Ign:1 http://deb.debian.org/debian stretch InRelease\n"
     "Ign:2 http://security.debian.org/debian-security stretch/updates InRelease\n"
     "Err:4 http://deb.debian.org/debian stretch Release\n  404  Not Found [IP: 151.101.2.132 80]\n"
     "Err:5 http://security.debian.org/debian-security stretch/updates Release\n  404  Not Found [IP: 151.101.2.132 80]\n"
     "Reading package lists...\n"
     "E: The repository 'http://deb.debian.org/debian stretch Release' does not have a Release file.\n"
     "E: The repository 'http://security.debian.org/debian-security stretch/updates Release' does not have a Release "
     "file.\nThe command '/bin/sh -c apt-get update' returned a non-zero code: 100\n"),
    # an end-of-life Ubuntu release moved to old-releases.ubuntu.com
    ("apt-ubuntu-eol-release-404", "real",
     "+ sudo apt-get update\n"
     "Ign:1 http://archive.ubuntu.com/ubuntu groovy InRelease\n"
     "Err:4 http://archive.ubuntu.com/ubuntu groovy Release\n  404  Not Found [IP: 91.189.91.39 80]\n"
     "Err:5 http://security.ubuntu.com/ubuntu groovy-security Release\n  404  Not Found [IP: 91.189.91.39 80]\n"
     "Reading package lists...\n"
     "E: The repository 'http://archive.ubuntu.com/ubuntu groovy Release' no longer has a Release file.\n"
     "N: Updating from such a repository can't be done securely, and is therefore disabled by default.\n" + _GHA),
    ("apt-ubuntu-connect-timeout", "transient",
     "+ sudo apt-get update\n"
     "Err:1 http://archive.ubuntu.com/ubuntu jammy InRelease\n"
     "  Could not connect to archive.ubuntu.com:80 (91.189.91.39), connection timed out\n"
     "W: Failed to fetch http://archive.ubuntu.com/ubuntu/dists/jammy/InRelease  Could not connect to "
     "archive.ubuntu.com:80 (91.189.91.39), connection timed out\n"
     "E: Failed to fetch http://archive.ubuntu.com/ubuntu/pool/main/c/curl/curl_7.81.0-1ubuntu1.15_amd64.deb  Could not "
     "connect to archive.ubuntu.com:80 (91.189.91.39), connection timed out\n"
     "E: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?\n" + _GHA),
    # CentOS Linux 8 after its trees moved to vault.centos.org (2022-01-31): dnf's empty mirrorlist
    ("dnf-centos8-no-urls-in-mirrorlist", "real",
     "Step 2/9 : RUN yum install -y java-11-openjdk\n ---> Running in 39fc233aa965\n"
     "CentOS Linux 8 - AppStream                       70  B/s |  38  B     00:00\n"
     "Error: Failed to download metadata for repo 'appstream': Cannot prepare internal mirrorlist: No URLs in mirrorlist\n"
     "The command '/bin/sh -c yum install -y java-11-openjdk' returned a non-zero code: 1\n"),
    # CentOS Linux 7 after 2024-06-30 (yum's "Could not retrieve mirrorlist %s error was" and "[Errno 14]", recalled)
    ("yum-centos7-mirrorlist-dns", "real",
     "+ yum install -y gcc\nLoaded plugins: fastestmirror, ovl\n"
     "Could not retrieve mirrorlist http://mirrorlist.centos.org/?release=7&arch=x86_64&repo=os&infra=container error was\n"
     "14: curl#6 - \"Could not resolve host: mirrorlist.centos.org; Unknown error\"\n"
     "\n\n One of the configured repositories failed (Unknown),\n and yum doesn't have enough cached data to continue.\n"
     "Cannot find a valid baseurl for repo: base/7/x86_64\n" + _GHA),
    ("yum-centos7-mirror-host-dns", "real",
     "+ yum -y install epel-release\n"
     "http://mirror.centos.org/centos/7/os/x86_64/repodata/repomd.xml: [Errno 14] curl#6 - \"Could not resolve host: "
     "mirror.centos.org; Unknown error\"\nTrying other mirror.\n"
     "failure: repodata/repomd.xml from base: [Errno 256] No more mirrors to try.\n" + _GHA),
    ("yum-centos7-mirror-host-404", "real",
     "+ yum install -y gcc\n"
     "http://mirror.centos.org/centos/7/os/x86_64/repodata/repomd.xml: [Errno 14] HTTP Error 404 - Not Found\n"
     "Trying other mirror.\n"
     "One of the configured repositories failed (CentOS-7 - Base),\n and yum doesn't have enough cached data to continue.\n"
     "failure: repodata/repomd.xml from base: [Errno 256] No more mirrors to try.\n" + _GHA),
    # a live distribution's mirror list timing out (librepo's "Curl error (%d): %s for %s [%s]", recalled)
    ("dnf-rocky-mirrorlist-timeout", "transient",
     "+ dnf install -y gcc\n"
     "Rocky Linux 9 - AppStream                       0.0  B/s |   0  B     02:00\n"
     "Errors during downloading metadata for repository 'appstream':\n"
     "  - Curl error (28): Timeout was reached for https://mirrors.rockylinux.org/mirrorlist?arch=x86_64&repo=AppStream-9 "
     "[Connection timed out after 30000 milliseconds]\n"
     "Error: Failed to download metadata for repo 'appstream': Cannot prepare internal mirrorlist: Curl error (28): "
     "Timeout was reached for https://mirrors.rockylinux.org/mirrorlist?arch=x86_64&repo=AppStream-9 [Connection timed "
     "out after 30000 milliseconds]\n" + _GHA),

    # ================================================================== CI services
    # GitHub's automatic failure of a deprecated action version
    # (https://github.blog/changelog/2024-04-16-deprecation-notice-v3-of-the-artifact-actions/)
    ("gha-upload-artifact-v3-auto-failed", "real",
     "Current runner version: '2.321.0'\nPrepare workflow directory\nPrepare all required actions\n"
     "Getting action download info\n"
     "##[error]This request has been automatically failed because it uses a deprecated version of "
     "`actions/upload-artifact: v3`. Learn more: "
     "https://github.blog/changelog/2024-04-16-deprecation-notice-v3-of-the-artifact-actions/\n"),
    ("gha-action-download-503", "transient",
     "Current runner version: '2.321.0'\nPrepare workflow directory\nPrepare all required actions\n"
     "Getting action download info\n"
     "Download action repository 'actions/checkout@v4' (SHA:11bd71901bbe5b1630ceea73d27597364c9af683)\n"
     "##[warning]Failed to download action 'https://api.github.com/repos/actions/checkout/tarball/"
     "11bd71901bbe5b1630ceea73d27597364c9af683'. Error: Response status code does not indicate success: 503 "
     "(Service Unavailable).\n"
     "##[warning]Back off 21.5 seconds before retry.\n"
     "##[error]Response status code does not indicate success: 503 (Service Unavailable).\n"),
    # the runner's Node notices (read: actions/runner's constants) are warnings while the job goes on
    ("gha-node16-forced-notice-then-test-failure", "real",
     "##[warning]The following actions uses Node.js version which is deprecated and will be forced to run on node20: "
     "actions/checkout@v3. For more info: https://github.blog/changelog/2024-03-07-github-actions-all-actions-will-run-"
     "on-node20-instead-of-node16-by-default/\n"
     "Run npm test\n\n> widgets@1.0.0 test\n> jest\n\nFAIL src/total.test.js\n  ● total › adds tax\n\n"
     "    expect(received).toBe(expected) // Object.is equality\n\n    Expected: 118\n    Received: 100\n\n"
     "Tests:       1 failed, 11 passed, 12 total\n" + _GHA),
    ("gha-node12-notice-then-npm-etimedout", "transient",
     "##[warning]Node.js 12 actions are deprecated. Please update the following actions to use Node.js 16: "
     "actions/setup-node@v1. For more information see: https://github.blog/changelog/2022-09-22-github-actions-all-"
     "actions-will-begin-running-on-node16-instead-of-node12/\n"
     "Run npm ci\nnpm ERR! code ETIMEDOUT\nnpm ERR! errno ETIMEDOUT\n"
     "npm ERR! network request to https://registry.npmjs.org/react failed, reason: connect ETIMEDOUT 104.16.24.35:443\n"
     "npm ERR! network This is a problem related to network connectivity.\n" + _GHA),
    # after Node 16's end the runner's node20 in an old-glibc job container does not start (the loader's message)
    ("gha-node20-old-glibc-container", "real",
     "Run actions/checkout@v4\n"
     "/usr/bin/docker exec  3f2a1b0c9d8e sh -c \"cat /etc/*release | grep ^ID\"\n"
     "/__e/node20/bin/node: /lib64/libc.so.6: version `GLIBC_2.28' not found (required by /__e/node20/bin/node)\n"),
    # travis-ci.org (shut 2021-06-15): a script still asking its API
    ("curl-travis-ci-org-api-dns", "real",
     "+ curl -fsS -H \"Travis-API-Version: 3\" https://api.travis-ci.org/repo/example%2Fwidgets/requests\n"
     "curl: (6) Could not resolve host: api.travis-ci.org\n" + _GHA),

    # ================================================================== Docker
    # Docker 26+'s refusal of a schema 1 image (docker/cli docs/deprecated.md), as docker run and docker pull print it
    ("docker-run-schema1-refused", "real",
     "Unable to find image 'quay.io/biocontainers/bwa:0.7.17--hed695b0_7' locally\n"
     "0.7.17--hed695b0_7: Pulling from biocontainers/bwa\n"
     "docker: [DEPRECATION NOTICE] Docker Image Format v1 and Docker Image manifest version 2, schema 1 support is "
     "disabled by default and will be removed in an upcoming release. Suggest the author of "
     "quay.io/biocontainers/bwa:0.7.17--hed695b0_7 to upgrade the image to the OCI Format or Docker Image manifest v2, "
     "schema 2. More information at https://docs.docker.com/go/deprecated-image-specs/.\n"
     "See 'docker run --help'.\n" + _GHA),
    ("docker-pull-schema1-refused", "real",
     "+ docker pull ubuntu:10.04\n10.04: Pulling from library/ubuntu\nError response from daemon: \n"
     "[DEPRECATION NOTICE] Docker Image Format v1 and Docker Image manifest version 2, schema 1 support is disabled by "
     "default and will be removed in an upcoming release.\nSuggest the author of docker.io/library/ubuntu:10.04 to "
     "upgrade the image to the OCI Format or Docker Image manifest v2, schema 2.\n"
     "More information at https://docs.docker.com/go/deprecated-image-specs/\n" + _GHA),
    # the job re-enabled such pulls: the notice is no refusal there (assumption), and the failure is a registry timeout
    ("docker-schema1-enabled-then-registry-timeout", "transient",
     "+ export DOCKER_ENABLE_DEPRECATED_PULL_SCHEMA_1_IMAGE=1\n+ docker pull ubuntu:10.04\n"
     "[DEPRECATION NOTICE] Docker Image Format v1 and Docker Image manifest version 2, schema 1 support is disabled by "
     "default and will be removed in an upcoming release.\n"
     "10.04: Pulling from library/ubuntu\nStatus: Downloaded newer image for ubuntu:10.04\n"
     "+ docker pull postgres:16\n"
     "Error response from daemon: Get \"https://registry-1.docker.io/v2/\": net/http: request canceled while waiting for "
     "connection (Client.Timeout exceeded while awaiting headers)\n" + _GHA),
    # a tag Docker Hub no longer has (CircleCI's legacy circleci/ images were deprecated)
    ("docker-hub-removed-tag", "real",
     "+ docker pull circleci/node:10-browsers\n"
     "Error response from daemon: manifest for circleci/node:10-browsers not found: manifest unknown: manifest unknown\n"
     + _GHA),
    ("docker-pull-registry-503", "transient",
     "+ docker pull ubuntu:22.04\n"
     "Error response from daemon: received unexpected HTTP status: 503 Service Unavailable\n" + _GHA),
]

# Cases whose evidence must name the retirement (the signature the verdict rests on), (id, signature, log).
NAMED: list[tuple[str, str]] = [
    ("mvn-codehaus-plugin-unknown-host", "retired-host-fetch"),
    ("mvn-codehaus-dependency-name-not-known", "retired-host-fetch"),
    ("curl-dist-codehaus-dns", "retired-host-fetch"),
    ("gradle-dl-bintray-403", "retired-host-fetch"),
    ("sbt-coursier-bintray-403", "retired-host-fetch"),
    ("ivy-oss-jfrog-unknown-host", "retired-host-fetch"),
    ("brew-bintray-bottle-download-failed", "retired-host-fetch"),
    ("git-gitorious-submodule-dns", "retired-host-fetch"),
    ("wget-googlecode-dns", "retired-host-fetch"),
    ("go-get-code-google-import-path", "retired-host-fetch"),
    ("yum-centos7-mirror-host-dns", "retired-host-fetch"),
    ("curl-travis-ci-org-api-dns", "retired-host-fetch"),
    ("get-pip-python27", "get-pip-python-too-old"),
    ("npm-http-registry-426-publish", "npm-registry-http-upgrade-required"),
    ("npm-http-registry-426-install", "npm-registry-http-upgrade-required"),
    ("docker-run-schema1-refused", "docker-schema1-image-refused"),
    ("docker-pull-schema1-refused", "docker-schema1-image-refused"),
    ("mvn-central-501-https-required", "https-required"),
    ("git-unauthenticated-protocol", "service-removed"),
    ("yum-centos7-mirrorlist-dns", "retired-host-fetch"),
]

_LOGS = {cid: log for cid, _, log in CASES}


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_retired_host_or_live_outage_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize(("cid", "signature"), NAMED, ids=[cid for cid, _ in NAMED])
def test_retirement_is_named_in_the_evidence(cid, signature):
    reads_as(_LOGS[cid], "real", signature)


def test_github_password_auth_removal_is_named():
    reads_as("+ git push https://ci-bot:${BOT_PASSWORD}@github.com/example/site.git HEAD:gh-pages\n"
             "remote: Support for password authentication was removed on August 13, 2021.\n"
             "remote: Please see https://docs.github.com/get-started/getting-started-with-git/about-remote-repositories"
             "#cloning-with-https-urls for information on currently recommended modes of authentication.\n"
             "fatal: Authentication failed for 'https://github.com/example/site.git/'\n" + _GHA,
             "real", "github-password-auth-removed")


def test_case_ids_are_unique():
    assert_unique_ids(CASES)
    assert set(_LOGS) >= {cid for cid, _ in NAMED}


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "https://dl.bintray.com/",
    "nexus.codehaus.org: Unknown host ",
    "Could not transfer artifact ",
    "code.google.com/p/",
    "Received status code 502 from server: Bad Gateway ",
    "ERROR: This script does not work on Python 2.7 ",
    "426 Upgrade Required - GET http://",
    "[DEPRECATION NOTICE] Docker Image Format v1 and Docker Image manifest version 2, ",
    "Support for password authentication was removed on August 13, 2021",
    "DEPRECATION: ",
    "is no longer supported",
]
