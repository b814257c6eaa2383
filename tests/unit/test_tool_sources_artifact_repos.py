"""Fourteenth round, tool sources: private artifact repositories and their clients as CI meets them
(JFrog CLI and Artifactory, Sonatype Nexus proxy and hosted repositories, Verdaccio, devpi, Cloudsmith,
Gemfury, GitHub Packages, AWS CodeArtifact, Azure Artifacts, Google Artifact Registry), seen through
the clients that talk to them (npm, Yarn, pip, Gradle, Maven, NuGet/dotnet, Bundler, the AWS CLI,
gcloud, docker).

Each case is a short log written for the test around one message as the tool prints it. The wording was
read from the tools' own source where it is open (the comment above each case names the repository and
file holding the format string). Artifactory, Nexus's error bodies for some statuses, GitHub Packages,
CodeArtifact, Azure Artifacts and Artifact Registry are closed services: their bodies rest on the
services' documentation and say so. Hosts, repositories, feeds, packages and paths are made up; no
project's CI log is copied. Cases already held by test_tool_sources_pkgs.py, _upload.py,
_links_downloads.py, _clusters_stores_push.py (JFrog upload 502/401, Maven deploy 409/401/502) and
_release_publish.py (Nexus staging) are not repeated.

The rules the cases hold:
  * the repository or its upstream answered 5xx, 429 or a throttling error, timed out or reset the
    connection, or a proxy refused to publish because its uplink was down -> transient;
  * refused or expired credentials (401/403, an expired CodeArtifact token or Azure PAT, GitHub's
    "permission_denied" for GITHUB_TOKEN, Artifact Registry's PERMISSION_DENIED), a package, version,
    path, repository or feed that does not exist, a storage quota, a hosted repository that refuses to
    overwrite a release -> real;
  * a wording printed for both (an endpoint that could not be reached under a name the job configured,
    an integrity mismatch through a proxy) -> not a transient with confidence;
  * the tools' words inside a failing test, a test title or an application's own log are not the
    failure's cause.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_NPM_LOG = "npm error A complete log of this run can be found in: /home/runner/.npm/_logs/2025-03-02T10_00_00_000Z-debug-0.log\n"
_GRADLE_END = ("\n* Try:\n> Run with --stacktrace option to get the stack trace.\n\nBUILD FAILED in 14s\n")

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ JFrog CLI / Artifactory
    # jfrog/jfrog-client-go utils/errorutils/errorutils.go CheckResponseStatus ("server response: " + status
    # + body), utils/retryexecutor.go ("(Attempt %v)"); the JSON body is Artifactory's (closed; JFrog REST API
    # docs show {"errors":[{"status":...,"message":...}]})
    ("jfrog-rt-dl-503", "transient",
     "[Info] Searching items to download...\n"
     "[Warn] (Attempt 1) - Failure occurred while downloading https://acme.example.org/artifactory/generic-local/tools/lint-2.1.0.tgz: server response: 503 Service Unavailable\n"
     "[Warn] (Attempt 2) - Failure occurred while downloading https://acme.example.org/artifactory/generic-local/tools/lint-2.1.0.tgz: server response: 503 Service Unavailable\n"
     "[Error] server response: 503 Service Unavailable\n" + _EXIT),
    ("jfrog-rt-search-429", "transient",
     "[Info] Searching artifacts...\n"
     "[Error] server response: 429 Too Many Requests\n"
     '{\n  "errors" : [ {\n    "status" : 429,\n    "message" : "Too Many Requests"\n  } ]\n}\n' + _EXIT),
    ("jfrog-rt-ping-read-timeout", "transient",
     "$ jf rt ping --server-id ci\n"
     '[Error] Get "https://acme.example.org/artifactory/api/system/ping": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)\n'
     + _CIRCLE),
    # Artifactory's 401 body for an expired access token (JFrog knowledge base: "Token failed verification: expired")
    ("jfrog-rt-dl-401-token-expired", "real",
     "[Info] Searching items to download...\n"
     "[Error] server response: 401 Unauthorized\n"
     '{\n  "errors" : [ {\n    "status" : 401,\n    "message" : "Token failed verification: expired"\n  } ]\n}\n' + _EXIT),
    ("jfrog-rt-upload-403-no-deploy", "real",
     "[Info] Uploading artifact: dist/app-2.0.0.zip\n"
     "[Error] server response: 403 Forbidden\n"
     '{\n  "errors" : [ {\n    "status" : 403,\n    "message" : "Not enough permissions to deploy artifact \'app-2.0.0.zip\' in repository \'release-local\'"\n  } ]\n}\n'
     "[Error] Failed uploading 1 artifacts.\n" + _EXIT),
    # jfrog/jfrog-cli utils/cliutils ("No errors, but also no files affected (fail-no-op flag).")
    ("jfrog-rt-dl-no-files-fail-no-op", "real",
     "[Info] Searching items to download...\n"
     "[Info] Downloading 0 artifacts...\n"
     '{\n  "status": "failure",\n  "totals": {\n    "success": 0,\n    "failure": 0\n  }\n}\n'
     "[Error] No errors, but also no files affected (fail-no-op flag).\n" + _EXIT),
    ("jfrog-rt-repo-not-found", "real",
     "[Info] Uploading artifact: build/libs/core-1.2.0.jar\n"
     "[Error] server response: 404 Not Found\n"
     '{\n  "errors" : [ {\n    "status" : 404,\n    "message" : "Repository \'libs-relase-local\' not found"\n  } ]\n}\n'
     "[Error] Failed uploading 1 artifacts.\n" + _EXIT),
    # Artifactory's 413 when the storage quota is reached (JFrog docs: "Datastore disk usage is too high")
    ("jfrog-rt-storage-quota", "real",
     "[Info] Uploading artifact: dist/site-2.0.0.tar.gz\n"
     "[Error] server response: 413 Request Entity Too Large\n"
     '{\n  "errors" : [ {\n    "status" : 413,\n    "message" : "Datastore disk usage is too high. Contact your Artifactory administrator to add additional storage space or change the disk quota limits."\n  } ]\n}\n'
     "[Error] Failed uploading 1 artifacts.\n" + _EXIT),
    # npm/cli lib/utils/error-message.js ("%s %s - %s %s" status, method, url, body) through an Artifactory npm remote
    ("artifactory-npm-remote-502", "transient",
     "npm error code E502\n"
     "npm error 502 Bad Gateway - GET https://acme.example.org/artifactory/api/npm/npm-remote/@types%2fnode\n" + _NPM_LOG + _EXIT),
    # gradle/gradle HttpErrorStatusCodeException ("Could not %s '%s'. Received status code %s from server: %s")
    ("artifactory-gradle-401", "real",
     "> Task :app:compileJava FAILED\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\n"
     "Execution failed for task ':app:compileJava'.\n"
     "> Could not resolve all files for configuration ':app:compileClasspath'.\n"
     "   > Could not resolve com.acme:core:1.2.0.\n"
     "      > Could not get resource 'https://acme.example.org/artifactory/libs-release/com/acme/core/1.2.0/core-1.2.0.pom'.\n"
     "         > Could not GET 'https://acme.example.org/artifactory/libs-release/com/acme/core/1.2.0/core-1.2.0.pom'. Received status code 401 from server: Unauthorized\n"
     + _GRADLE_END + _EXIT),
    ("artifactory-gradle-429", "transient",
     "FAILURE: Build failed with an exception.\n\n* What went wrong:\n"
     "Execution failed for task ':lib:compileKotlin'.\n"
     "> Could not resolve all files for configuration ':lib:compileClasspath'.\n"
     "   > Could not resolve org.example:fmt:3.1.0.\n"
     "      > Could not get resource 'https://acme.example.org/artifactory/maven-remote/org/example/fmt/3.1.0/fmt-3.1.0.pom'.\n"
     "         > Could not GET 'https://acme.example.org/artifactory/maven-remote/org/example/fmt/3.1.0/fmt-3.1.0.pom'. Received status code 429 from server: Too Many Requests\n"
     + _GRADLE_END + _EXIT),

    # ------------------------------------------------------------------ Sonatype Nexus (proxy and hosted)
    # npm/cli lib/utils/error-message.js through a Nexus npm group whose upstream failed
    ("nexus-npm-group-502", "transient",
     "npm warn deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported\n"
     "npm error code E502\n"
     "npm error 502 Bad Gateway - GET https://nexus.example.org/repository/npm-group/@acme%2fui-kit\n" + _NPM_LOG + _EXIT),
    # npm/cli lib/utils/error-message.js (E404: "'%s' is not in this registry.")
    ("nexus-npm-404-not-in-registry", "real",
     "npm error code E404\n"
     "npm error 404 Not Found - GET https://nexus.example.org/repository/npm-group/@acme%2fui-kt - Not Found\n"
     "npm error 404\n"
     "npm error 404  '@acme/ui-kt@^3.0.0' is not in this registry.\n"
     "npm error 404\n"
     "npm error 404 Note that you can also install from a\n"
     "npm error 404 tarball, folder, http url, or git url.\n" + _NPM_LOG + _EXIT),
    # pypa/pip src/pip/_internal/index/collector.py _handle_get_simple_fail ("Could not fetch URL %s: %s -
    # skipping", logged at debug: shown under -vv), then the resolver's "Could not find a version that satisfies
    # the requirement %s (from versions: %s)" with no versions
    ("nexus-pypi-proxy-502-then-no-versions", "transient",
     "$ pip install -vv -r requirements.txt\n"
     "Looking in indexes: https://nexus.example.org/repository/pypi-group/simple\n"
     "Getting page https://nexus.example.org/repository/pypi-group/simple/requests/\n"
     "Could not fetch URL https://nexus.example.org/repository/pypi-group/simple/requests/: 502 Server Error: Bad Gateway for url: https://nexus.example.org/repository/pypi-group/simple/requests/ - skipping\n"
     "ERROR: Could not find a version that satisfies the requirement requests==2.32.3 (from versions: none)\n"
     "ERROR: No matching distribution found for requests==2.32.3\n" + _EXIT),
    ("nexus-pypi-no-such-version", "real",
     "Looking in indexes: https://nexus.example.org/repository/pypi-group/simple\n"
     "ERROR: Could not find a version that satisfies the requirement acme-core==4.0.0 (from versions: 3.0.0, 3.1.0, 3.2.1)\n"
     "ERROR: No matching distribution found for acme-core==4.0.0\n" + _EXIT),
    # sonatype/nexus-public ... WritePolicy ("Repository does not allow updating assets: %s")
    ("nexus-npm-publish-no-redeploy", "real",
     "npm notice Publishing to https://nexus.example.org/repository/npm-hosted/ with tag latest and default access\n"
     "npm error code E400\n"
     "npm error 400 Bad Request - PUT https://nexus.example.org/repository/npm-hosted/@acme%2fui-kit - Repository does not allow updating assets: npm-hosted\n"
     + _NPM_LOG + _EXIT),
    # moby/moby distribution errors ("manifest for %s not found: manifest unknown")
    ("nexus-docker-manifest-unknown", "real",
     "$ docker pull nexus.example.org:8443/acme/api:2.4.0\n"
     "Error response from daemon: manifest for nexus.example.org:8443/acme/api:2.4.0 not found: manifest unknown: manifest unknown\n"
     + _CIRCLE),

    # ------------------------------------------------------------------ Verdaccio
    # verdaccio/verdaccio packages/core/core/src/error-utils.ts (API_ERROR.UPLINK_OFFLINE_PUBLISH, a 503)
    ("verdaccio-uplink-down-publish", "transient",
     "npm notice Publishing to http://registry.example.test:4873/ with tag latest and default access\n"
     "npm error code E503\n"
     "npm error 503 Service Unavailable - PUT http://registry.example.test:4873/@acme%2fcli - one of the uplinks is down, refuse to publish\n"
     + _NPM_LOG + _EXIT),
    # (API_ERROR.NO_PACKAGE, a 404)
    ("verdaccio-no-such-package", "real",
     "npm error code E404\n"
     "npm error 404 Not Found - GET http://registry.example.test:4873/@acme%2fcli-tools - no such package available\n"
     "npm error 404\n"
     "npm error 404  '@acme/cli-tools@*' is not in this registry.\n" + _NPM_LOG + _EXIT),
    # (API_ERROR.BAD_USERNAME_PASSWORD, a 401)
    ("verdaccio-bad-password", "real",
     "npm error code E401\n"
     "npm error 401 Unauthorized - PUT http://registry.example.test:4873/-/user/org.couchdb.user:ci-bot - bad username/password, access denied\n"
     + _NPM_LOG + _EXIT),
    # (API_ERROR.VERSION_NOT_EXIST)
    ("verdaccio-version-not-exist", "real",
     "npm error code E404\n"
     "npm error 404 Not Found - GET http://registry.example.test:4873/@acme%2fcli/-/cli-9.9.9.tgz - this version doesn't exist\n"
     + _NPM_LOG + _EXIT),

    # ------------------------------------------------------------------ devpi
    # pypa/pip src/pip/_internal/network/download.py / utils ("HTTP error %s while getting %s") through a
    # devpi mirror index whose upstream failed
    ("devpi-mirror-502", "transient",
     "Looking in indexes: https://devpi.example.org/root/pypi/+simple/\n"
     "Collecting numpy==2.1.0\n"
     "  Downloading https://devpi.example.org/root/pypi/+f/3a1/numpy-2.1.0.tar.gz (18.9 MB)\n"
     "ERROR: HTTP error 502 while getting https://devpi.example.org/root/pypi/+f/3a1/numpy-2.1.0.tar.gz\n"
     "ERROR: 502 Server Error: Bad Gateway for url: https://devpi.example.org/root/pypi/+f/3a1/numpy-2.1.0.tar.gz\n" + _EXIT),
    # devpi/devpi client/devpi/upload.py (hub.fatal on a refused POST, "%s %s" status reason)
    ("devpi-upload-403", "real",
     "$ devpi upload --from-dir dist\n"
     "file_upload of acme_core-3.2.1-py3-none-any.whl to https://devpi.example.org/ci/dev/\n"
     "403 Forbidden: user 'ci-bot' has no permission to upload to ci/dev\n" + _CIRCLE),

    # ------------------------------------------------------------------ Cloudsmith
    # cloudsmith-io/cloudsmith-cli cloudsmith_cli/cli/exceptions.py ("%(context)s (status: %(code)s -
    # %(code_text)s)", "Reason: %(detail)s"), cli/commands/push.py ("Failed to request file upload!")
    ("cloudsmith-push-502", "transient",
     "Checking python package upload parameters ... OK\n"
     "Checking acme_core-3.2.1-py3-none-any.whl file upload parameters ... OK\n"
     "Requesting file upload for acme_core-3.2.1-py3-none-any.whl ... ERROR\n"
     "Failed to request file upload! (status: 502 - Bad Gateway)\n" + _EXIT),
    ("cloudsmith-push-401", "real",
     "Checking python package upload parameters ... ERROR\n"
     "Failed to validate upload parameters! (status: 401 - Unauthorized)\n\n"
     "Reason: Invalid token.\n" + _EXIT),
    ("cloudsmith-push-404-repo", "real",
     "Checking deb package upload parameters ... ERROR\n"
     "Failed to validate upload parameters! (status: 404 - Not Found)\n\n"
     "Reason: Not found.\n" + _EXIT),
    ("cloudsmith-push-422-exists", "real",
     "Checking python package upload parameters ... OK\n"
     "Creating a new python package ... ERROR\n"
     "Failed to create package! (status: 422 - Unprocessable Entity)\n\n"
     "Reason: A package with filename 'acme_core-3.2.1-py3-none-any.whl' already exists in this repository.\n" + _EXIT),

    # ------------------------------------------------------------------ Gemfury
    # rubygems/rubygems bundler/lib/bundler/fetcher.rb BadAuthenticationError ("Bad username or password for
    # %s.") and AuthenticationRequiredError ("Authentication is required for %s.")
    ("gemfury-bundler-bad-credentials", "real",
     "Fetching source index from https://gem.fury.io/acme/\n"
     "Bad username or password for https://ci-bot@gem.fury.io/acme/.\n"
     "Please double-check your credentials and correct them.\n" + _EXIT),
    ("gemfury-bundler-auth-required", "real",
     "Fetching gem metadata from https://gem.fury.io/acme/.\n"
     "Authentication is required for gem.fury.io.\n"
     "Please supply credentials for this source. You can do this by running:\n"
     "`bundle config set --global gem.fury.io username:password`\n"
     "or by storing the credentials in the `BUNDLE_GEM__FURY__IO` environment variable\n" + _EXIT),
    ("gemfury-pip-503", "transient",
     "Looking in indexes: https://pypi.org/simple, https://pypi.fury.io/acme/\n"
     "Collecting acme-sdk==1.8.0\n"
     "ERROR: HTTP error 503 while getting https://pypi.fury.io/acme/-/ver_1x2y3z/acme_sdk-1.8.0-py3-none-any.whl\n"
     "ERROR: Could not install requirement acme-sdk==1.8.0 from https://pypi.fury.io/acme/-/ver_1x2y3z/acme_sdk-1.8.0-py3-none-any.whl because of HTTP error 503 Server Error: Service Unavailable for url: https://pypi.fury.io/acme/-/ver_1x2y3z/acme_sdk-1.8.0-py3-none-any.whl\n"
     + _EXIT),

    # ------------------------------------------------------------------ GitHub Packages
    # npm/cli lib/utils/error-message.js with GitHub Packages' bodies (closed; GitHub docs "Working with the
    # npm registry": a token needs read:packages, GITHUB_TOKEN needs the package's access for the repository)
    ("ghpkg-npm-401-no-token", "real",
     "npm error code E401\n"
     "npm error 401 Unauthorized - GET https://npm.pkg.github.com/@acme%2fdesign-tokens - authentication token not provided\n"
     + _NPM_LOG + _EXIT),
    ("ghpkg-npm-403-read-package", "real",
     "npm error code E403\n"
     "npm error 403 403 Forbidden - GET https://npm.pkg.github.com/@acme%2fshared-config - Permission permission_denied: read_package\n"
     + _NPM_LOG + _EXIT),
    ("ghpkg-npm-403-scopes", "real",
     "npm notice Publishing to https://npm.pkg.github.com/ with tag latest and default access\n"
     "npm error code E403\n"
     "npm error 403 403 Forbidden - PUT https://npm.pkg.github.com/@acme%2fdesign-tokens - Permission permission_denied: The token provided does not match expected scopes.\n"
     + _NPM_LOG + _EXIT),
    ("ghpkg-npm-500", "transient",
     "npm error code E500\n"
     "npm error 500 Internal Server Error - GET https://npm.pkg.github.com/@acme%2fdesign-tokens\n" + _NPM_LOG + _EXIT),
    # yarnpkg/yarn src/util/request-manager.js (reporter.lang('requestFailed') "Request failed %s")
    ("ghpkg-yarn-502", "transient",
     "[1/4] Resolving packages...\n"
     'error An unexpected error occurred: "https://npm.pkg.github.com/@acme%2fshared-config: Request failed \\"502 Bad Gateway\\"".\n'
     "info If you think this is a bug, please open a bug report with the information provided in \"/home/runner/work/web/web/yarn-error.log\".\n"
     + _EXIT),
    ("ghpkg-gradle-401", "real",
     "* What went wrong:\n"
     "Execution failed for task ':service:compileJava'.\n"
     "> Could not resolve all files for configuration ':service:compileClasspath'.\n"
     "   > Could not resolve com.acme:platform-bom:5.0.1.\n"
     "      > Could not get resource 'https://maven.pkg.github.com/acme/platform/com/acme/platform-bom/5.0.1/platform-bom-5.0.1.pom'.\n"
     "         > Could not GET 'https://maven.pkg.github.com/acme/platform/com/acme/platform-bom/5.0.1/platform-bom-5.0.1.pom'. Received status code 401 from server: Unauthorized\n"
     + _GRADLE_END + _EXIT),
    ("ghpkg-gradle-502", "transient",
     "* What went wrong:\n"
     "Execution failed for task ':service:compileJava'.\n"
     "> Could not resolve all files for configuration ':service:compileClasspath'.\n"
     "   > Could not resolve com.acme:platform-bom:5.0.1.\n"
     "      > Could not get resource 'https://maven.pkg.github.com/acme/platform/com/acme/platform-bom/5.0.1/platform-bom-5.0.1.pom'.\n"
     "         > Could not GET 'https://maven.pkg.github.com/acme/platform/com/acme/platform-bom/5.0.1/platform-bom-5.0.1.pom'. Received status code 502 from server: Bad Gateway\n"
     + _GRADLE_END + _EXIT),
    # NuGet/NuGet.Client (NU1301 "Unable to load the service index for source %s."), .NET's HttpRequestException
    # ("Response status code does not indicate success: %d (%s).")
    ("ghpkg-nuget-push-403", "real",
     "$ dotnet nuget push bin/Release/Acme.Core.3.2.1.nupkg --source github\n"
     "warn : No API Key was provided and no API Key could be found for 'https://nuget.pkg.github.com/acme'. To save an API Key for a source use the 'setApiKey' command.\n"
     "Pushing Acme.Core.3.2.1.nupkg to 'https://nuget.pkg.github.com/acme'...\n"
     "  PUT https://nuget.pkg.github.com/acme/\n"
     "  Forbidden https://nuget.pkg.github.com/acme/ 412ms\n"
     "error: Response status code does not indicate success: 403 (Forbidden).\n" + _EXIT),
    ("ghpkg-nuget-push-503", "transient",
     "$ dotnet nuget push bin/Release/Acme.Core.3.2.1.nupkg --source github\n"
     "Pushing Acme.Core.3.2.1.nupkg to 'https://nuget.pkg.github.com/acme'...\n"
     "  PUT https://nuget.pkg.github.com/acme/\n"
     "  ServiceUnavailable https://nuget.pkg.github.com/acme/ 30112ms\n"
     "error: Response status code does not indicate success: 503 (Service Unavailable).\n" + _EXIT),

    # ------------------------------------------------------------------ AWS CodeArtifact
    # aws/aws-cli awscli/customizations/codeartifact/login.py ("Successfully configured %s to use AWS
    # CodeArtifact repository %s", "Login expires in %s at %s"); botocore ClientError ("An error occurred (%s)
    # when calling the %s operation%s: %s", retries "(reached max retries: %d)")
    ("codeartifact-login-throttled", "transient",
     "$ aws codeartifact login --tool npm --domain acme --domain-owner 111122223333 --repository npm-store\n"
     "\n"
     "An error occurred (ThrottlingException) when calling the GetAuthorizationToken operation (reached max retries: 2): Rate exceeded\n"
     + _CIRCLE),
    ("codeartifact-login-internal-error", "transient",
     "$ aws codeartifact login --tool pip --domain acme --domain-owner 111122223333 --repository py-store\n"
     "\n"
     "An error occurred (InternalServerException) when calling the GetRepositoryEndpoint operation (reached max retries: 2): An internal error occurred.\n"
     + _CIRCLE),
    ("codeartifact-login-session-expired", "real",
     "$ aws codeartifact login --tool npm --domain acme --domain-owner 111122223333 --repository npm-store\n"
     "\n"
     "An error occurred (ExpiredTokenException) when calling the GetAuthorizationToken operation: The security token included in the request is expired\n"
     + _CIRCLE),
    ("codeartifact-login-access-denied", "real",
     "$ aws codeartifact login --tool twine --domain acme --domain-owner 111122223333 --repository py-store\n"
     "\n"
     "An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:sts::111122223333:assumed-role/ci-build/runner is not authorized to perform: codeartifact:GetAuthorizationToken on resource: arn:aws:codeartifact:us-east-1:111122223333:domain/acme because no identity-based policy allows the codeartifact:GetAuthorizationToken action\n"
     + _CIRCLE),
    ("codeartifact-login-repo-not-found", "real",
     "$ aws codeartifact login --tool npm --domain acme --domain-owner 111122223333 --repository npm-stor\n"
     "\n"
     "An error occurred (ResourceNotFoundException) when calling the GetRepositoryEndpoint operation: Repository npm-stor not found in domain acme\n"
     + _CIRCLE),
    # npm/cli lib/utils/error-message.js (E401 with a Bearer challenge: "Unable to authenticate, your
    # authentication token seems to be invalid.") once the 12-hour CodeArtifact token ran out
    ("codeartifact-npm-token-expired", "real",
     "npm error code E401\n"
     "npm error Unable to authenticate, your authentication token seems to be invalid.\n"
     "npm error To correct this please try logging in again with:\n"
     "npm error   npm login\n" + _NPM_LOG + _EXIT),
    ("codeartifact-pip-401", "real",
     "Looking in indexes: https://aws:****@acme-111122223333.d.codeartifact.us-east-1.amazonaws.com/pypi/py-store/simple/\n"
     "ERROR: HTTP error 401 while getting https://acme-111122223333.d.codeartifact.us-east-1.amazonaws.com/pypi/py-store/simple/boto3/\n"
     "ERROR: 401 Client Error: Unauthorized for url: https://acme-111122223333.d.codeartifact.us-east-1.amazonaws.com/pypi/py-store/simple/boto3/\n"
     + _EXIT),
    ("codeartifact-npm-429", "transient",
     "npm error code E429\n"
     "npm error 429 Too Many Requests - GET https://acme-111122223333.d.codeartifact.us-east-1.amazonaws.com/npm/npm-store/lodash\n"
     + _NPM_LOG + _EXIT),

    # ------------------------------------------------------------------ Azure Artifacts
    # NuGet/NuGet.Client NU1301 with the feed's 401 (an expired PAT); Azure DevOps bodies are closed (docs:
    # "Azure Artifacts: troubleshoot")
    ("azure-nuget-pat-expired-401", "real",
     "  Determining projects to restore...\n"
     "/home/vsts/work/1/s/src/Api/Api.csproj : error NU1301: Unable to load the service index for source https://pkgs.dev.azure.com/acme/_packaging/acme-internal/nuget/v3/index.json.\n"
     "/home/vsts/work/1/s/src/Api/Api.csproj : error NU1301:   Response status code does not indicate success: 401 (Unauthorized).\n"
     "    Failed to restore /home/vsts/work/1/s/src/Api/Api.csproj (in 1.21 sec).\n"
     "##[error]Bash exited with code '1'.\n"),
    ("azure-nuget-feed-missing", "real",
     "  Determining projects to restore...\n"
     "/home/vsts/work/1/s/src/Api/Api.csproj : error NU1301: Unable to load the service index for source https://pkgs.dev.azure.com/acme/_packaging/acme-internl/nuget/v3/index.json.\n"
     "/home/vsts/work/1/s/src/Api/Api.csproj : error NU1301:   Response status code does not indicate success: 404 (Not Found - The feed with ID 'acme-internl' doesn't exist. (DevOps Activity ID: 6F2C1A9E-0000-4000-8000-000000000000)).\n"
     "##[error]Bash exited with code '1'.\n"),
    ("azure-nuget-503", "transient",
     "  Determining projects to restore...\n"
     "/home/vsts/work/1/s/src/Api/Api.csproj : error NU1301: Unable to load the service index for source https://pkgs.dev.azure.com/acme/_packaging/acme-internal/nuget/v3/index.json.\n"
     "/home/vsts/work/1/s/src/Api/Api.csproj : error NU1301:   Response status code does not indicate success: 503 (Service Unavailable).\n"
     "##[error]Bash exited with code '1'.\n"),
    # npm/cli lib/utils/error-message.js ("Unable to authenticate, need: %s") for a Basic/TFS challenge
    ("azure-npm-need-auth", "real",
     "npm error code E401\n"
     "npm error Unable to authenticate, need: Bearer authorization_uri=https://login.example.test/tenant, Basic realm=\"https://pkgs.example.test/\", TFS-Federated\n"
     + _NPM_LOG + "##[error]Bash exited with code '1'.\n"),
    # pypa/twine twine/__main__.py ("%s: %d %s from %s\n%s") with Azure's 403 body (docs: Contributor role
    # on the feed, "You need to have 'AddPackage'")
    ("azure-twine-403-addpackage", "real",
     "Uploading distributions to https://pkgs.dev.azure.com/acme/_packaging/py-feed/pypi/upload/\n"
     "Uploading acme_core-3.2.1-py3-none-any.whl\n"
     "WARNING  Error during upload. Retry with the --verbose option for more details.\n"
     "ERROR    HTTPError: 403 Forbidden from https://pkgs.dev.azure.com/acme/_packaging/py-feed/pypi/upload/\n"
     "         User 'Project Collection Build Service (acme)' lacks permission to complete this action. You need to have 'AddPackage'.\n"
     "##[error]Bash exited with code '1'.\n"),

    # ------------------------------------------------------------------ Google Artifact Registry
    # npm/cli error-message.js with Artifact Registry's PERMISSION_DENIED body (docs: "Troubleshooting
    # Artifact Registry": "Permission ... denied on resource ... (or it may not exist)")
    ("gar-npm-403-permission", "real",
     "npm error code E403\n"
     "npm error 403 403 Forbidden - GET https://us-central1-npm.pkg.dev/acme-ci/npm-internal/@acme%2fwidgets - Permission \"artifactregistry.repositories.downloadArtifacts\" denied on resource \"projects/acme-ci/locations/us-central1/repositories/npm-internal\" (or it may not exist)\n"
     + _NPM_LOG + _EXIT),
    # google-cloud-sdk gcloud's error format ("ERROR: (gcloud.%s) %s")
    ("gar-gcloud-print-settings-denied", "real",
     "$ gcloud artifacts print-settings npm --repository=npm-internal --location=us-central1\n"
     "ERROR: (gcloud.artifacts.print-settings) PERMISSION_DENIED: Permission 'artifactregistry.repositories.get' denied on resource '//artifactregistry.googleapis.com/projects/acme-ci/locations/us-central1/repositories/npm-internal' (or it may not exist).\n"
     + _EXIT),
    # GoogleCloudPlatform/artifact-registry-python-tools keyrings (google.auth's DefaultCredentialsError:
    # "Your default credentials were not found.") under pip's "Keyring is skipped due to an exception: %s"
    ("gar-keyring-no-adc-then-401", "real",
     "Looking in indexes: https://us-central1-python.pkg.dev/acme-ci/py-internal/simple/\n"
     "WARNING: Keyring is skipped due to an exception: Your default credentials were not found. To set up Application Default Credentials, see https://cloud.google.com/docs/authentication/external/set-up-adc for more information.\n"
     "ERROR: HTTP error 401 while getting https://us-central1-python.pkg.dev/acme-ci/py-internal/simple/acme-core/\n"
     "ERROR: 401 Client Error: Unauthorized for url: https://us-central1-python.pkg.dev/acme-ci/py-internal/simple/acme-core/\n"
     + _EXIT),
    ("gar-npm-503", "transient",
     "npm error code E503\n"
     "npm error 503 Service Unavailable - GET https://us-central1-npm.pkg.dev/acme-ci/npm-internal/@acme%2fwidgets\n"
     + _NPM_LOG + _EXIT),
    # urllib3 connectionpool.py ("Retrying (%r) after connection broken by '%r': %s") as pip logs it
    ("gar-pip-index-read-timeout", "transient",
     "Looking in indexes: https://us-central1-python.pkg.dev/acme-ci/py-internal/simple/\n"
     "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='us-central1-python.pkg.dev', port=443): Read timed out. (read timeout=15)\")': /acme-ci/py-internal/simple/acme-core/\n"
     "ERROR: Could not find a version that satisfies the requirement acme-core==3.2.1 (from versions: none)\n"
     "ERROR: No matching distribution found for acme-core==3.2.1\n" + _EXIT),

    # ------------------------------------------------------------------ near-misses: the code failed
    # a test of the project's own registry client, about a 503
    ("test-about-artifactory-503", "real",
     "tests/test_registry_client.py::test_retries_on_503 FAILED\n"
     "=================================== FAILURES ===================================\n"
     "____________________________ test_retries_on_503 _____________________________\n"
     "E       AssertionError: assert 2 == 3\n"
     "E        +  where 2 = <MockAdapter calls=2>.count\n"
     "----------------------------- Captured log call ------------------------------\n"
     "WARNING  registry:client.py:88 server response: 503 Service Unavailable, retrying\n"
     "FAILED tests/test_registry_client.py::test_retries_on_503 - AssertionError: assert 2 == 3\n"
     "========================= 1 failed, 41 passed in 3.02s =========================\n" + _EXIT),
    # a jest test whose title names the throttling it handles
    ("test-title-codeartifact-throttling", "real",
     " FAIL  src/publish/__tests__/token.test.ts\n"
     "  ● fetchToken › retries when CodeArtifact answers ThrottlingException: Rate exceeded\n"
     "\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "\n"
     "    Expected: \"tok-2\"\n"
     "    Received: \"tok-1\"\n"
     "\n"
     "Tests:       1 failed, 18 passed, 19 total\n" + _EXIT),
    # the uplink's outage is handled by the retry; the build then fails on the code
    ("jfrog-retry-then-compile-error", "real",
     "[Warn] (Attempt 1) - Failure occurred while downloading https://acme.example.org/artifactory/generic-local/proto/api-1.4.0.zip: server response: 502 Bad Gateway\n"
     "[Info] Downloaded 1 artifacts.\n"
     "$ go build ./...\n"
     "# example.org/acme/api/server\n"
     "server/handler.go:41:17: undefined: pb.OrderStatus_SHIPPED\n" + _EXIT),
    # a module whose NAME mentions the registry
    ("module-name-nexus-timeout", "real",
     "ImportError while importing test module '/home/runner/work/app/tests/test_sync.py'.\n"
     "tests/test_sync.py:3: in <module>\n"
     "    from app.nexus_timeout_retry import fetch_index\n"
     "E   ModuleNotFoundError: No module named 'app.nexus_timeout_retry'\n"
     "=========================== short test summary info ============================\n"
     "ERROR tests/test_sync.py\n" + _EXIT),
    # ------------------------------------------------------------------ outages read as such by older entries
    # jfrog-client-go: a name that did not resolve for now (the catalogue's DNS rule, as elsewhere)
    ("jfrog-rt-ping-no-such-host", "transient",
     "$ jf rt ping --url https://artifacts.acme.example.org/artifactory\n"
     '[Error] Get "https://artifacts.acme.example.org/artifactory/api/system/ping": dial tcp: lookup artifacts.acme.example.org on 127.0.0.53:53: no such host\n'
     + _CIRCLE),
    # verdaccio API_ERROR.CONTENT_MISMATCH under a 502: the uplink's body was cut short
    ("verdaccio-content-length-mismatch-502", "transient",
     "npm error code E502\n"
     "npm error 502 Bad Gateway - GET http://registry.example.test:4873/left-pad/-/left-pad-1.3.0.tgz - content length mismatch\n"
     + _NPM_LOG + _EXIT),
    # boto/botocore exceptions.py EndpointConnectionError ("Could not connect to the endpoint URL: \"%s\"")
    ("codeartifact-login-endpoint-connection", "transient",
     "$ aws codeartifact login --tool npm --domain acme --repository npm-store\n"
     "\n"
     "Could not connect to the endpoint URL: \"https://codeartifact.us-east-1.amazonaws.com/v1/authorization-token?domain=acme&duration=0\"\n"
     + _CIRCLE),
    # nuget.org's 403 body for a push (NuGetGallery ApiController: "The specified API key is invalid, has
    # expired, or does not have permission to access the specified package.")
    ("nuget-push-api-key-expired", "real",
     "$ dotnet nuget push out/Acme.Core.3.2.1.nupkg --api-key *** --source https://api.nuget.org/v3/index.json\n"
     "Pushing Acme.Core.3.2.1.nupkg to 'https://www.nuget.org/api/v2/package'...\n"
     "  PUT https://www.nuget.org/api/v2/package/\n"
     "  Forbidden https://www.nuget.org/api/v2/package/ 1180ms\n"
     "error: Response status code does not indicate success: 403 (The specified API key is invalid, has expired, or does not have permission to access the specified package.).\n"
     + _EXIT),
    # ------------------------------------------------------------------ near-misses for the words above
    # a pytest test ABOUT botocore's InternalServerException, failing on its own assertion
    ("test-raises-internal-server-exception", "real",
     "tests/test_publish.py::test_login_gives_up_after_internal_errors FAILED\n"
     "    def test_login_gives_up_after_internal_errors(stub):\n"
     "        stub.add_client_error('get_authorization_token', 'InternalServerException')\n"
     ">       with pytest.raises(LoginFailed, match='An error occurred \\(InternalServerException\\) when calling'):\n"
     "E       Failed: DID NOT RAISE <class 'publish.LoginFailed'>\n"
     "FAILED tests/test_publish.py::test_login_gives_up_after_internal_errors - Failed: DID NOT RAISE <class 'publish.LoginFailed'>\n"
     "========================= 1 failed, 12 passed in 0.88s =========================\n" + _EXIT),
    # an assertion on pip's "Could not fetch URL" wording in the project's own log parser
    ("test-expects-could-not-fetch-url", "real",
     "FAILED tests/test_pip_log.py::test_parses_skipped_index - AssertionError: assert None == 'https://idx.example.test/simple/a/'\n"
     "E        +  where None = parse_skip('Could not fetch URL https://idx.example.test/simple/a/: 503 Server Error: Service Unavailable - skipping')\n"
     "========================= 1 failed, 30 passed in 1.10s =========================\n" + _EXIT),
    # an application's own log line naming an upstream 503 beside a failing Go test
    ("app-log-internal-server-then-go-test", "real",
     "=== RUN   TestMirrorSync\n"
     "    mirror_test.go:52: level=warn msg=\"An error occurred (InternalServerException) when calling the ListPackages operation\" attempt=1\n"
     "    mirror_test.go:61: got 3 packages, want 4\n"
     "--- FAIL: TestMirrorSync (0.02s)\n"
     "FAIL\n"
     "FAIL\texample.org/acme/mirror\t0.215s\n" + _EXIT),
    # an npm package NAME that holds the registry's words, missing from the registry
    ("npm-package-named-after-outage", "real",
     "npm error code E404\n"
     "npm error 404 Not Found - GET https://nexus.example.org/repository/npm-group/@acme%2fretry-on-503 - Not Found\n"
     "npm error 404  '@acme/retry-on-503@^1.0.0' is not in this registry.\n" + _NPM_LOG + _EXIT),
]

# Printed both for an outage and for a name, pin or package the job configured.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # npm/cli EINTEGRITY ("sha512-... integrity checksum failed when using sha512: wanted ... but got ...")
    # through a proxy: a truncated body or a republished tarball under a pinned hash
    ("nexus-npm-eintegrity",
     "npm error code EINTEGRITY\n"
     "npm error sha512-AAAA1111bbbb== integrity checksum failed when using sha512: wanted sha512-AAAA1111bbbb== but got sha512-CCCC2222dddd==. (48213 bytes)\n"
     + _NPM_LOG + _EXIT),
    # pip at its default verbosity: the index fetch failure is logged at debug, so "(from versions: none)" is
    # all a log shows for a proxy outage and for a package the private index never had
    ("private-index-from-versions-none",
     "Looking in indexes: https://nexus.example.org/repository/pypi-internal/simple\n"
     "ERROR: Could not find a version that satisfies the requirement acme-billing==2.0.0 (from versions: none)\n"
     "ERROR: No matching distribution found for acme-billing==2.0.0\n" + _EXIT),
    # pip's "Could not fetch URL" for a certificate the proxy presents (logged at info): not an outage
    ("private-index-ssl-could-not-fetch",
     "Looking in indexes: https://nexus.example.org/repository/pypi-group/simple\n"
     "Could not fetch URL https://nexus.example.org/repository/pypi-group/simple/requests/: There was a problem confirming the ssl certificate: HTTPSConnectionPool(host='nexus.example.org', port=443): Max retries exceeded with url: /repository/pypi-group/simple/requests/ (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:1006)'))) - skipping\n"
     "ERROR: Could not find a version that satisfies the requirement requests==2.32.3 (from versions: none)\n"
     "ERROR: No matching distribution found for requests==2.32.3\n" + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_artifact_repository_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_artifact_repository_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)
