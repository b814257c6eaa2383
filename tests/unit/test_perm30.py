"""Thirtieth round, perm30: a condition that lasts until a person changes something outside the code, and its
transient twins.

Covered: (1) a container registry's own error line (the distribution errcode "<code>: <message>" as docker, podman,
BuildKit, kaniko and helm print it: "unauthorized: ...", "denied: ...", "name unknown: ...") reads real, where the
message does not say the registry is in maintenance, read-only, throttling or busy; a registry that says so reads
transient (registry-refusal-maintenance); (2) Azure Storage's authorization codes (a Terraform azurerm backend) and the
AWS SDK for Go's "AccessDenied: Access Denied" (a Terraform S3 backend) read real; (3) a secret or parameter the
store does not have (Key Vault's "A secret with (name/id) ... was not found in this key vault", AWS CodeBuild's
"parameter does not exist: /...", Vault's "No value found at ...") reads real; (4) the got client's "Response code 403
(Forbidden)" and npm's ENEEDAUTH read real; (5) an expired or not-yet-valid certificate in the JDK's words
(CertificateExpiredException, "PKIX path validation failed") and a peer's OpenSSL alert about a certificate read
real, also on Maven's "Could not transfer artifact" line that otherwise reads as a download that broke; a handshake
reset stays transient; (6) a signing-files fetch that finds no profile for a bundle identifier reads real; (7) a
script's own line naming an upper-case variable as not set reads real; (8) AWS's ServerException and
InternalServiceError, Entra ID's self-described transient error and Vault's 429 read transient; (9) git's "RPC failed;
HTTP 403" with the hang-up under it reads real (f550aef: a dropped connection), EC2's UnauthorizedOperation, Google's
"insufficient authentication scopes" and Flutter's "No valid code signing certificates were found" read real.

Decided: an expired temporary credential (AWS "ExpiredToken ... The provided token has expired") where the job ran past
its session reads real, as it did: a rerun runs as long and expires again until the session's duration is raised; the
guard below pins it.

Where the wording comes from: the registry error codes and their lower-case printing, Harbor's read-only message,
Azure Storage's error codes, the AWS CLI's ClientError line, CodeBuild's phase context line, Vault's CLI error block,
Key Vault's SecretNotFound message, got's HTTPError message, the JDK's exception names, OpenSSL's alert strings and
Entra ID's AADSTS90033 text are recalled from the tools' documentation and sources. Every line below is written for
this file: hosts, projects, ids, paths and values are made up; no project's CI log is copied.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, signatures


def _gitlab(body: str) -> str:
    return "$ ./ci/release.sh\n" + body + "Cleaning up project directory and file based variables\nERROR: Job failed: exit code 1\n"


def _jenkins(body: str) -> str:
    return "[Pipeline] sh\n+ ./ci/release.sh\n" + body + "ERROR: script returned exit code 1\nFinished: FAILURE\n"


def _codebuild(body: str) -> str:
    return ("[Container] 2025/02/03 08:11:40 Running command ./ci/release.sh\n" + body +
            "[Container] 2025/02/03 08:11:42 Command did not exit successfully ./ci/release.sh exit status 1\n")


_WRAPS = {"alone": lambda b: b, "gitlab": _gitlab, "jenkins": _jenkins, "codebuild": _codebuild}

# --- cases that read otherwise at f550aef ---------------------------------------------------------------------------

_REAL = [
    ("quay-push-not-authorized", "The push refers to repository [quay.io/brambling/ledger]\n9a8b7c6d5e4f: Preparing\n"
     "unauthorized: access to the requested resource is not authorized\n"),
    ("harbor-push-action", "The push refers to repository [harbor.mistle.example/core/api]\n1f2e3d4c5b6a: Preparing\n"
     "unauthorized: unauthorized to access repository: core/api, action: push: unauthorized to access repository: "
     "core/api, action: push\n"),
    ("ecr-name-unknown", "The push refers to repository [110022003300.dkr.ecr.ap-south-1.amazonaws.com/linnet]\n"
     "2b3c4d5e6f70: Preparing\nname unknown: The repository with name 'linnet' does not exist in the registry with id "
     "'110022003300'\n"),
    ("kaniko-denied", "INFO[0052] Pushing image to registry.mistle.example/tools/runner:9f1\n"
     "error pushing image: failed to push to destination registry.mistle.example/tools/runner:9f1: denied: project "
     "tools not found or no push permission\n"),
    ("azurerm-backend-mismatch", "Initializing the backend...\n\u2502 Error: Failed to get existing workspaces: "
     "containers.Client#ListBlobs: Failure responding to request: StatusCode=403 -- Original Error: autorest/azure: "
     "Service returned an error. Status=403 Code=\"AuthorizationPermissionMismatch\" Message=\"This request is not "
     "authorized to perform this operation using this permission.\"\n"),
    ("terraform-s3-backend-access-denied", "Initializing the backend...\n\u2502 Error: error loading state: "
     "AccessDenied: Access Denied\n\u2502 \tstatus code: 403, request id: 0K1L2M3N4P5Q, host id: ZmFrZQ==\n"),
    ("key-vault-secret-sentence", "##[error]smtp-pass: \"SecretNotFound: A secret with (name/id) smtp-pass was not "
     "found in this key vault. If you recently deleted this secret you may be able to recover it.\"\n"),
    ("codebuild-parameter-missing", "[Container] 2025/02/03 08:11:39 Phase complete: DOWNLOAD_SOURCE State: FAILED\n"
     "[Container] 2025/02/03 08:11:39 Phase context status code: Decrypted Variables Error Message: parameter does not "
     "exist: /linnet/prod/SIGNING_KEY\n"),
    ("vault-no-value", "No value found at kv/data/builds/pypi\n"),
    ("got-response-403", "Error: Response code 403 (Forbidden)\n"),
    ("npm-eneedauth", "npm ERR! code ENEEDAUTH\nnpm ERR! need auth This command requires you to be logged in to "
     "https://npm.mistle.example/\n"),
    ("maven-cert-expired", "[ERROR] Failed to execute goal on project ledger: Could not resolve dependencies for "
     "project org.mistle:ledger:jar:2.0.0: Could not transfer artifact org.mistle:shared:pom:1.4.0 from/to "
     "mistle-releases (https://repo.mistle.example/releases/): PKIX path validation failed: "
     "java.security.cert.CertPathValidatorException: validity check failed -> [Help 1]\n"
     "[ERROR] Caused by: java.security.cert.CertificateExpiredException: NotAfter: Sat Feb 01 00:00:00 UTC 2025\n"),
    ("openssl-alert-expired", "fatal: unable to access 'https://git.mistle.example/core/api.git/': OpenSSL/3.0.13: "
     "error:0A000415:SSL routines::sslv3 alert certificate expired\n"),
    ("openssl-alert-unknown-ca", "curl: (56) OpenSSL SSL_read: error:0A000418:SSL routines::tlsv1 alert unknown ca, "
     "errno 0\n"),
    ("signing-no-profile-for-bundle", "Fetching App Store Connect profiles...\nDid not find any profiles for bundle "
     "identifier \"org.mistle.notes\" with type IOS_APP_STORE\nFailed to create profile: Bundle identifier "
     "\"org.mistle.notes\" was not found in App Store Connect\n"),
    ("script-variable-not-set", "PYPI_API_TOKEN is not set\n"),
    # git's RPC line with the server's 4xx: the hang-up under it is that answer's end, no dropped connection
    ("git-rpc-http-403", "error: RPC failed; HTTP 403 curl 22 The requested URL returned error: 403\n"
     "fatal: the remote end hung up unexpectedly\n"),
    ("ec2-unauthorized-operation", "An error occurred (UnauthorizedOperation) when calling the CreateTags operation: "
     "You are not authorized to perform this operation.\n"),
    ("gcp-insufficient-scopes", "ERROR: (gcloud.functions.deploy) ResponseError: status=[403], code=[Ok], "
     "message=[Request had insufficient authentication scopes.]\n"),
    ("flutter-no-signing-certificates", "Building org.mistle.notes for device (ios-release)...\n"
     "No valid code signing certificates were found\n"),
]

_TRANSIENT = [
    ("harbor-read-only", "The push refers to repository [harbor.mistle.example/core/api]\n1f2e3d4c5b6a: Preparing\n"
     "denied: The system is in read only mode. Any modification is prohibited.\n"),
    ("registry-maintenance-retry-later", "The push refers to repository [registry.mistle.example/tools/runner]\n"
     "7a6b5c4d3e2f: Preparing\ndenied: registry under maintenance, writes are disabled; retry later\n"),
    ("ecr-server-exception", "An error occurred (ServerException) when calling the GetAuthorizationToken operation "
     "(reached max retries: 2): Internal server error\n"),
    ("entra-transient", "ERROR: AADSTS90033: A transient error has occurred. Please try again. Trace ID: "
     "00000000-1111-2222-3333-444444444444\n"),
    ("vault-429", "Error reading kv/data/builds/pypi: Error making API request.\n\nURL: GET "
     "https://vault.mistle.example:8200/v1/kv/data/builds/pypi\nCode: 429. Errors:\n\n* request path "
     "\"kv/data/builds/pypi\": rate limit quota exceeded\n"),
]

# --- near-miss guards (read the same at f550aef) ---------------------------------------------------------------------

_GUARD_REAL = [
    # the plain push refusal stays with access-denied
    ("guard-docker-hub-denied", "The push refers to repository [docker.io/mistle/cli]\n"
     "denied: requested access to the resource is denied\n"),
]

_GUARD_TRANSIENT = [
    # git's RPC line with curl's transfer error, or with a 5xx, stays a dropped or failed exchange
    ("guard-git-rpc-curl-56", "error: RPC failed; curl 56 GnuTLS recv error (-54): Error in the pull function.\n"
     "fatal: the remote end hung up unexpectedly\nfatal: early EOF\n"),
    ("guard-git-rpc-http-502", "error: RPC failed; HTTP 502 curl 22 The requested URL returned error: 502\n"
     "fatal: the remote end hung up unexpectedly\n"),
    # Secrets Manager's own 500 stays with aws-service-internal-error
    ("guard-secrets-manager-internal", "An error occurred (InternalServiceError) when calling the GetSecretValue "
     "operation (reached max retries: 2): An internal error occurred.\n"),
    # a registry's throttle worded as a refusal stays transient (rate-limited), not a permission
    ("guard-ghcr-denied-rate-limit", "The push refers to repository [ghcr.io/mistle/api]\n3c2b1a0f9e8d: Preparing\n"
     "denied: rate limit exceeded for this token, please retry after 30 seconds\n"),
    # a handshake reset judged no certificate: it stays transient
    ("guard-curl-35-reset", "curl: (35) OpenSSL SSL_connect: Connection reset by peer in connection to "
     "repo.mistle.example:443\n"),
    # a registry's answer whose token fetch timed out is an outage, not a refusal
    ("guard-registry-token-timeout", "The push refers to repository [registry.mistle.example/tools/runner]\n"
     "unauthorized: failed to fetch oauth token: Get \"https://registry.mistle.example/token\": dial tcp "
     "10.2.3.4:443: i/o timeout\n"),
]

# the decision above: a role session that ran out before a long job ended is no rerun (left where f550aef reads it,
# real at the unexplained error's confidence)
_EXPIRED_SESSION = ("suite: 180 scenarios finished after 74m\nupload failed: out/report.xml to s3://mistle-reports/88/"
                    "report.xml An error occurred (ExpiredToken) when calling the PutObject operation: The provided "
                    "token has expired.\n")

_GUARD_NOT_REAL = [
    # a notice at its level, and a line that goes on past the words, are no stopping check
    ("guard-warning-variable-not-set", "warning: SENTRY_DSN is not set\n"),
    ("guard-variable-default", "JAVA_OPTS is not set, using the default\n"),
    # a file system mounted read-only is not a registry's maintenance
    ("guard-read-only-file-system", "denied: cannot write /var/lib/registry: Read-only file system\n"),
]

# (a bare exception line read real at f550aef too, as an uncaught exception: only its reading as a certificate is new)
_JDK_NOT_YET_VALID = ("jdk-not-yet-valid", "Caused by: java.security.cert.CertificateNotYetValidException: NotBefore: "
                      "Mon Mar 03 00:00:00 UTC 2025\n")

assert_unique_ids(_REAL, [_JDK_NOT_YET_VALID], _TRANSIENT, _GUARD_REAL, _GUARD_TRANSIENT, _GUARD_NOT_REAL)


@pytest.mark.parametrize("case_id,log", _REAL + _GUARD_REAL, ids=[c[0] for c in _REAL + _GUARD_REAL])
@pytest.mark.parametrize("wrap", sorted(_WRAPS))
def test_lasting_condition_reads_real(case_id, log, wrap):
    v = judge(_WRAPS[wrap](log))
    assert v.verdict == "real", (case_id, v.verdict, v.confidence, v.rationale)
    assert "structure-unexplained-error" not in signatures(v), (case_id, v.rationale)


@pytest.mark.parametrize("case_id,log", _TRANSIENT + _GUARD_TRANSIENT, ids=[c[0] for c in _TRANSIENT + _GUARD_TRANSIENT])
@pytest.mark.parametrize("wrap", sorted(_WRAPS))
def test_transient_twin_reads_transient(case_id, log, wrap):
    v = judge(_WRAPS[wrap](log))
    assert v.verdict == "transient", (case_id, v.verdict, v.confidence, v.rationale)


@pytest.mark.parametrize("case_id,log", _GUARD_NOT_REAL, ids=[c[0] for c in _GUARD_NOT_REAL])
def test_near_miss_is_not_read_as_the_new_forms(case_id, log):
    v = judge(log)
    hit = signatures(v) & {"required-environment-variable-missing", "registry-refusal-maintenance",
                           "image-registry-request-refused"}
    assert not hit, (case_id, v.verdict, v.rationale)


@pytest.mark.parametrize("wrap", sorted(_WRAPS))
def test_guard_expired_session_is_no_rerun(wrap):
    v = judge(_WRAPS[wrap](_EXPIRED_SESSION))
    assert v.verdict == "real", (v.verdict, v.rationale)


_CERTIFICATES = ["maven-cert-expired", "jdk-not-yet-valid", "openssl-alert-expired", "openssl-alert-unknown-ca"]


@pytest.mark.parametrize("case_id", _CERTIFICATES)
def test_certificate_reads_as_a_certificate(case_id):
    """The JDK's exception names and a peer's alert read as the certificate (f550aef: an uncaught exception or a
    transfer that broke)."""
    v = judge(dict(_REAL + [_JDK_NOT_YET_VALID])[case_id])
    assert "tls-certificate" in signatures(v) and v.category == "dependency", (case_id, v.rationale)


def test_registry_refusal_categories():
    assert judge(_REAL[0][1]).category == "auth"
    assert judge(_TRANSIENT[0][1]).category == "infrastructure"
