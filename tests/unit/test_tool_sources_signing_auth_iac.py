"""Thirteenth round, tool sources: code signing and timestamping, cloud credentials in CI, and
infrastructure as code.

Covered: Windows signtool and osslsigncode (timestamp servers), jarsigner and apksigner, Apple codesign's
timestamp service, sigstore/cosign (Fulcio, Rekor, TUF), gpg and keyservers, rpm and deb signing;
aws-actions/configure-aws-credentials, google-github-actions/auth, Azure/login, hashicorp/vault-action
and the GitHub OIDC token request itself (actions/toolkit's OidcClient); Terraform/OpenTofu (lock
file, backends, validate errors, module and provider downloads not covered by the deploy file),
Pulumi, Packer and CloudFormation. Notarisation is in test_tool_sources_mobile.py, the cloud CLIs'
own API errors in test_tool_sources_deploy.py; neither is repeated here.

Each case is a short log written for the test around one message as the tool prints it. The wording
was read from the tools' own source where it is public (the comment above each case names the
repository and file holding the format string); signtool and codesign are closed, and their cases
rest on Microsoft's and Apple's documented error texts (said so above each). Hosts, accounts, roles,
keys and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a timestamp server, a transparency log, a certificate authority, a token endpoint, a secrets
    store or a registry that did not answer, answered 5xx or throttled the job -> transient;
  * a role or trust policy that refuses the job's identity, a missing id-token permission, a wrong
    key password, a certificate or key not found, a bad signature, an identity that does not match,
    an invalid configuration, a validate error, a lock file whose checksums do not match -> real;
  * a held state lock (Terraform, Pulumi's 409) reads transient, as round 11 decided for Terraform's:
    the usual holder in CI is a concurrent run on the same stack, gone by the rerun; a lock the job
    cannot take because the lock table does not exist or is refused is real;
  * ambiguous wordings (a bare "failed to fetch federated token", a Packer SSH wait that timed out,
    a CloudFormation stack busy in another operation) must not read surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_PS = "##[error]Process completed with exit code 1.\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ signtool (closed; Microsoft's
    # SignTool documentation and its error texts, learn.microsoft.com/windows/win32/seccrypto/signtool)
    ("signtool-timestamp-unreachable", "transient",
     "Done Adding Additional Store\n"
     "SignTool Error: The specified timestamp server either could not be reached or\n"
     "        returned an invalid response.\n"
     "SignTool Error: An error occurred while attempting to sign: dist\\WidgetSetup.exe\n"
     "\n"
     "Number of files successfully Signed: 0\n"
     "Number of warnings: 0\n"
     "Number of errors: 1\n" + _PS),
    # same documentation: SignerSign() failing with WININET's ERROR_INTERNET_TIMEOUT (0x80072ee2)
    ("signtool-signersign-internet-timeout", "transient",
     "Done Adding Additional Store\n"
     "SignTool Error: An unexpected internal error has occurred.\n"
     "Error information: \"Error: SignerSign() failed.\" (-2147012894/0x80072ee2)\n"
     "\n"
     "Number of files successfully Signed: 0\n"
     "Number of errors: 1\n" + _PS),
    # near-miss: the certificate the job asks for is not in the store
    ("signtool-no-certificate", "real",
     "SignTool Error: No certificates were found that met all the given criteria.\n"
     "\n"
     "Number of files successfully Signed: 0\n"
     "Number of errors: 1\n" + _PS),
    ("signtool-pfx-password", "real",
     "SignTool Error: The specified PFX password is not correct.\n"
     "\n"
     "Number of files successfully Signed: 0\n"
     "Number of errors: 1\n" + _PS),
    ("signtool-verify-untrusted-root", "real",
     "Verifying: dist\\WidgetSetup.exe\n"
     "SignTool Error: A certificate chain processed, but terminated in a root\n"
     "        certificate which is not trusted by the trust provider.\n"
     "\n"
     "Number of files successfully Verified: 0\n"
     "Number of errors: 1\n" + _PS),
    # ------------------------------------------------------------------ osslsigncode
    # mtrojnar/osslsigncode osslsigncode.c ("Connecting to %s", "Failed to convert timestamp reply from
    # %s; HTTP status %ld", "RFC 3161 timestamping failed", printf "Failed")
    ("osslsigncode-tsa-503", "transient",
     "Connecting to http://tsa.example.org/rfc3161\n"
     "Failed to convert timestamp reply from http://tsa.example.org/rfc3161; HTTP status 503\n"
     "RFC 3161 timestamping failed\n"
     "Use the \"-t\" option to add the Authenticode Time-Stamp Authority or choose another one RFC3161 Time-Stamp Authority\n"
     "Failed\n" + _EXIT),
    # same file, "CURL failure: %s %s" with curl_easy_strerror's timeout
    ("osslsigncode-tsa-curl-timeout", "transient",
     "Connecting to http://timestamp.example.net\n"
     "CURL failure: Timeout was reached http://timestamp.example.net\n"
     "Authenticode timestamping failed\n"
     "Use the \"-ts\" option to add the RFC3161 Time-Stamp Authority or choose another one Authenticode Time-Stamp Authority\n"
     "Failed\n" + _EXIT),
    ("osslsigncode-tsa-dns", "transient",
     "Connecting to http://timestamp.example.net\n"
     "CURL failure: Couldn't resolve host name http://timestamp.example.net\n"
     "Authenticode timestamping failed\n"
     "Failed\n" + _EXIT),
    # same file ("Failed to decode private key file: %s") with OpenSSL's bad decrypt under it
    ("osslsigncode-key-password", "real",
     "Failed to decode private key file: signing/widget.key\n"
     "40E7B2C1A97F0000:error:1C800064:Provider routines:ossl_cipher_unpadblock:bad decrypt:providers/implementations/ciphers/ciphercommon_block.c:107:\n"
     "Failed\n" + _EXIT),
    # same file, verify ("Signature verification: failed" from the format handlers, then "Failed")
    ("osslsigncode-verify-failed", "real",
     "Current PE checksum   : 0004A2F1\n"
     "Calculated PE checksum: 0004A2F5\n"
     "Message digest algorithm  : SHA256\n"
     "Signature verification: failed\n"
     "\n"
     "Number of verified signatures: 0\n"
     "Failed\n" + _EXIT),
    # ------------------------------------------------------------------ jarsigner / apksigner
    # openjdk/jdk src/jdk.jartool/share/classes/sun/security/tools/jarsigner/Main.java (SocketTimeoutException
    # -> "unable.to.sign.jar." + "no.response.from.the.Timestamping.Authority.") and Resources.java
    ("jarsigner-tsa-no-response", "transient",
     "[INFO] --- maven-jarsigner-plugin:3.0.0:sign (sign) @ widget-app ---\n"
     "jarsigner error: java.lang.RuntimeException: unable to sign jar: no response from the Timestamping "
     "Authority. When connecting from behind a firewall an HTTP or HTTPS proxy may need to be specified. "
     "Supply the following options to jarsigner:\n"
     "  -J-Dhttp.proxyHost=<hostname>\n"
     "  -J-Dhttp.proxyPort=<portnumber>\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-jarsigner-plugin:3.0.0:sign (sign) on project widget-app: Failed executing 'jarsigner' - exitCode 1\n"),
    # same Resources.java ("keystore.load.") with the JDK's KeyStore wording
    ("jarsigner-keystore-password", "real",
     "jarsigner error: java.lang.RuntimeException: keystore load: Keystore was tampered with, or password was incorrect\n"
     + _EXIT),
    # same Resources.java ("Certificate.chain.not.found.for.alias.alias.must.reference.a.valid.KeyStore.key.entry...")
    ("jarsigner-alias-not-found", "real",
     "jarsigner: Certificate chain not found for: release.  release must reference a valid KeyStore key "
     "entry containing a private key and corresponding public key certificate chain.\n" + _EXIT),
    # android apksigner src/apksigner/java/com/android/apksigner/ApkSignerTool.java ("Failed to load signer")
    # and SignerParams.java ("Failed to obtain key with alias ... Wrong password?")
    ("apksigner-wrong-password", "real",
     "> Task :app:signReleaseApk\n"
     "Failed to load signer \"signer #1\"\n"
     "java.io.IOException: Failed to obtain key with alias \"upload\" from release.jks. Wrong password?\n"
     "FAILURE: Build failed with an exception.\n" + _EXIT),
    ("apksigner-verify-fails", "real",
     "$ apksigner verify --verbose app-release.apk\n"
     "DOES NOT VERIFY\n"
     "ERROR: JAR signer UPLOAD.RSA: JAR signature META-INF/UPLOAD.RSA indicates the APK is signed using APK Signature Scheme v2 but no such signature was found. Signature stripped?\n"
     + _EXIT),
    # ------------------------------------------------------------------ Apple codesign (closed; Apple's
    # Code Signing Guide and TN2206 troubleshooting texts)
    ("codesign-timestamp-service", "transient",
     "/usr/bin/codesign --force --sign ABCDE12345 --timestamp --options runtime build/Widget.app\n"
     "build/Widget.app: The timestamp service is not available.\n"
     "Command CodeSign failed with a nonzero exit code\n"
     "** ARCHIVE FAILED **\n" + _EXIT),
    ("codesign-no-identity", "real",
     "/usr/bin/codesign --force --sign 'Developer ID Application: Example Corp' build/Widget.app\n"
     "Developer ID Application: Example Corp: no identity found\n"
     "Command CodeSign failed with a nonzero exit code\n" + _EXIT),
    ("codesign-keychain-locked", "real",
     "/usr/bin/codesign --force --sign ABCDE12345 --timestamp build/Widget.app\n"
     "build/Widget.app: errSecInternalComponent\n"
     "Command CodeSign failed with a nonzero exit code\n" + _EXIT),
    # ------------------------------------------------------------------ sigstore / cosign
    # sigstore/cosign cmd/cosign/main.go ("error during command execution: %v"), signcommon/common.go
    # ("getting key from Fulcio: %w", before 1d5c7a6d), cli/fulcio/fulcio.go ("retrieving cert: %w"),
    # with go-retryablehttp's "giving up after %d attempt(s)"
    ("cosign-fulcio-giving-up", "transient",
     "Generating ephemeral keys...\n"
     "Retrieving signed certificate...\n"
     "Error: signing [registry.example.org/widget/api@sha256:1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c5b6a7988]: "
     "getting signer: getting key from Fulcio: retrieving cert: POST https://fulcio.example.org/api/v2/signingCert "
     "giving up after 4 attempt(s): unexpected status code 503\n"
     "main.go:74: error during command execution: signing [registry.example.org/widget/api@sha256:1f2e3d4c]: getting signer: getting key from Fulcio: retrieving cert: giving up after 4 attempt(s)\n"
     + _EXIT),
    # cosign pkg/cosign/bundle/sign.go ("error signing bundle: %w"), sign.go ("signing bundle: %w")
    ("cosign-rekor-5xx", "transient",
     "Successfully verified SCT...\n"
     "tlog entry created with index: \n"
     "Error: signing [registry.example.org/widget/api:1.4.0]: recursively signing: signing digest: signing bundle: "
     "error signing bundle: Post \"https://rekor.example.org/api/v1/log/entries\": giving up after 4 attempt(s): "
     "502 Bad Gateway\n"
     + _EXIT),
    # near-miss: the same Rekor call refused by an untrusted certificate (a TLS-inspecting proxy)
    ("cosign-rekor-untrusted-cert", "real",
     "Error: signing [registry.example.org/widget/api:1.4.0]: recursively signing: signing digest: signing bundle: "
     "error signing bundle: Post \"https://rekor.example.org/api/v1/log/entries\": giving up after 1 attempt(s): "
     "Post \"https://rekor.example.org/api/v1/log/entries\": tls: failed to verify certificate: x509: "
     "certificate signed by unknown authority\n"
     "main.go:74: error during command execution: signing bundle: certificate signed by unknown authority\n"
     + _EXIT),
    # cosign cmd/cosign/cli/verify/common.go ("getting trusted root from TUF for new bundle verification: %w")
    # over Go's net/http dial timeout
    ("cosign-tuf-root-timeout", "transient",
     "Error: getting trusted root from TUF for new bundle verification: failed to download root metadata: "
     "Get \"https://tuf.example.org/13.root.json\": dial tcp 203.0.113.40:443: i/o timeout\n"
     "main.go:74: error during command execution: getting trusted root from TUF for new bundle verification: i/o timeout\n"
     + _EXIT),
    # cosign pkg/cosign/verify.go ("no matching signatures: %s", "none of the expected identities matched
    # what was in the certificate, got subjects [%s] with issuer %s")
    ("cosign-verify-identity-mismatch", "real",
     "Error: no matching signatures: none of the expected identities matched what was in the certificate, "
     "got subjects [https://github.com/example/widget/.github/workflows/release.yml@refs/heads/main] with issuer "
     "https://token.actions.githubusercontent.com\n"
     "main.go:69: error during command execution: no matching signatures: none of the expected identities matched what was in the certificate\n"
     + _EXIT),
    # cosign cmd/cosign/cli/options/certificate.go
    ("cosign-verify-missing-identity-flag", "real",
     "Error: --certificate-identity or --certificate-identity-regexp is required for verification in keyless mode\n"
     "main.go:74: error during command execution: --certificate-identity or --certificate-identity-regexp is required for verification in keyless mode\n"
     + _EXIT),
    # ------------------------------------------------------------------ gpg, keyservers
    # gnupg g10/keyserver.c ("keyserver receive failed: %s") with dirmngr's "Server indicated a failure"
    ("gpg-keyserver-server-failure", "transient",
     "+ gpg --batch --keyserver hkps://keys.example.org --recv-keys 0xA1B2C3D4E5F60718\n"
     "gpg: keybox '/root/.gnupg/pubring.kbx' created\n"
     "gpg: keyserver receive failed: Server indicated a failure\n" + _CIRCLE),
    # gnupg g10/mainproc.c ("BAD signature from \"%s\"")
    ("gpg-bad-signature", "real",
     "+ gpg --batch --verify widget-2.3.1.tar.gz.asc widget-2.3.1.tar.gz\n"
     "gpg: Signature made Mon 02 Nov 2026 10:14:07 UTC\n"
     "gpg:                using RSA key A1B2C3D4E5F60718A1B2C3D4E5F60718A1B2C3D4\n"
     "gpg: BAD signature from \"Widget Release Team <release@example.org>\" [unknown]\n" + _CIRCLE),
    # same file ("Can't check signature: %s") with "No public key"
    ("gpg-no-public-key", "real",
     "gpg: Signature made Mon 02 Nov 2026 10:14:07 UTC\n"
     "gpg:                using RSA key A1B2C3D4E5F60718A1B2C3D4E5F60718A1B2C3D4\n"
     "gpg: Can't check signature: No public key\n" + _CIRCLE),
    # gnupg g10/sign.c ("signing failed: %s"): no tty for pinentry
    ("gpg-signing-no-tty", "real",
     "+ gpg --detach-sign --armor dist/widget-2.3.1.tar.gz\n"
     "gpg: signing failed: Inappropriate ioctl for device\n" + _EXIT),
    ("gpg-signing-no-secret-key", "real",
     "gpg: skipped \"release@example.org\": No secret key\n"
     "gpg: signing failed: No secret key\n" + _EXIT),
    # git/git gpg-interface.c ("gpg failed to sign the data") and builtin/commit.c
    ("git-commit-gpg-sign-failed", "real",
     "+ git commit -S -m 'Release 2.3.1'\n"
     "error: gpg failed to sign the data\n"
     "fatal: failed to write commit object\n" + _EXIT),
    # ------------------------------------------------------------------ rpm / deb signing
    # rpm-software-management/rpm sign/rpmgensig.c ("gpg exec failed (%d)")
    ("rpmsign-gpg-exec-failed", "real",
     "+ rpmsign --addsign build/RPMS/x86_64/widget-2.3.1-1.x86_64.rpm\n"
     "gpg: signing failed: No pinentry\n"
     "error: gpg exec failed (2)\n" + _EXIT),
    # rpm lib/rpmchecksig.c / rpmvs.c ("%s: %s" with "digests SIGNATURES NOT OK")
    ("rpm-checksig-not-ok", "real",
     "+ rpm -K build/RPMS/x86_64/widget-2.3.1-1.x86_64.rpm\n"
     "build/RPMS/x86_64/widget-2.3.1-1.x86_64.rpm: digests SIGNATURES NOT OK\n" + _EXIT),
    # rpm-software-management/dnf dnf/base.py ("Public key for %s is not installed", "GPG check FAILED")
    ("dnf-gpg-check-failed", "real",
     "Downloading Packages:\n"
     "widget-2.3.1-1.x86_64.rpm                      2.1 MB/s | 310 kB     00:00\n"
     "Public key for widget-2.3.1-1.x86_64.rpm is not installed\n"
     "Error: GPG check FAILED\n" + _EXIT),
    # devscripts scripts/debsign.sh ("gpg error occurred!  Aborting....")
    ("debsign-gpg-error", "real",
     " signfile dsc widget_2.3.1-1.dsc 0xA1B2C3D4E5F60718\n"
     "gpg: skipped \"0xA1B2C3D4E5F60718\": No secret key\n"
     "gpg: /tmp/debsign.Xa1b2c3/widget_2.3.1-1.dsc: clear-sign failed: No secret key\n"
     "debsign: gpg error occurred!  Aborting....\n" + _EXIT),
    # ------------------------------------------------------------------ the GitHub OIDC token request
    # actions/toolkit packages/core/src/oidc-utils.ts ("Failed to get ID Token.", "Error Code : %s",
    # "Error Message: %s", wrapped as "Error message: %s") under configure-aws-credentials' src/index.ts
    # ("getIDToken call failed: %s")
    ("gha-oidc-token-5xx", "transient",
     "Run aws-actions/configure-aws-credentials@v4\n"
     "##[error]getIDToken call failed: Error: Error message: Failed to get ID Token. \n"
     " \n"
     "        Error Code : 503\n"
     " \n"
     "        Error Message: Service Unavailable\n"),
    # same file ("Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable"): no id-token permission
    ("gha-oidc-no-permission", "real",
     "Run aws-actions/configure-aws-credentials@v4\n"
     "##[error]getIDToken call failed: Error: Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable\n"),
    # ------------------------------------------------------------------ configure-aws-credentials
    # aws-actions/configure-aws-credentials src/assumeRole.ts ("Could not assume role with OIDC: %s") with
    # STS's AccessDenied wording: the role's trust policy refuses this repository or branch
    ("aws-oidc-not-authorized", "real",
     "Run aws-actions/configure-aws-credentials@v4\n"
     "Assuming role with OIDC\n"
     "##[error]Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity\n"),
    ("aws-oidc-no-provider", "real",
     "Assuming role with OIDC\n"
     "##[error]Could not assume role with OIDC: No OpenIDConnect provider found in your account for "
     "https://token.actions.githubusercontent.com\n"),
    ("aws-oidc-audience", "real",
     "Assuming role with OIDC\n"
     "##[error]Could not assume role with OIDC: Incorrect token audience\n"),
    # src/assumeRole.ts and helpers.ts retryAndBackoff ("Retry%s: attempt %d of %d failed: %s.",
    # "reached max retries (%d); giving up.") with STS's throttling wording
    ("aws-oidc-rate-exceeded", "transient",
     "Assuming role with OIDC\n"
     "Retry AssumeRole: attempt 11 of 12 failed: Rate exceeded. Retrying after 3011ms.\n"
     "Assuming role with OIDC\n"
     "Retry AssumeRole: attempt 12 of 12 failed: Rate exceeded. Retrying after 5120ms.\n"
     "Retry AssumeRole: reached max retries (12); giving up.\n"
     "##[error]Could not assume role with OIDC: Rate exceeded\n"),
    ("aws-oidc-sts-network", "transient",
     "Assuming role with OIDC\n"
     "##[error]Could not assume role with OIDC: getaddrinfo EAI_AGAIN sts.us-east-1.amazonaws.com\n"),
    ("aws-oidc-sts-reset", "transient",
     "Assuming role with OIDC\n"
     "##[error]Could not assume role with OIDC: read ECONNRESET\n"),
    # src/CredentialsClient.ts ("Credentials could not be loaded, please check your action inputs: %s")
    # with the SDK's "Could not load credentials from any providers"
    ("aws-credentials-not-loaded", "real",
     "Run aws-actions/configure-aws-credentials@v4\n"
     "##[error]Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers\n"),
    ("aws-user-credentials-invalid-token", "real",
     "Assuming role with user credentials\n"
     "##[error]Could not assume role with user credentials: The security token included in the request is invalid.\n"),
    ("aws-role-duration-too-long", "real",
     "Assuming role with OIDC\n"
     "##[error]Could not assume role with OIDC: The requested DurationSeconds exceeds the MaxSessionDuration set for this role.\n"),
    # ------------------------------------------------------------------ google-github-actions/auth
    # google-github-actions/auth src/main.ts ("google-github-actions/auth failed with: %s") and
    # src/client/workload_identity_federation.ts ("Failed to generate Google Cloud federated token for %s: %s")
    ("gcp-wif-invalid-target", "real",
     "Run google-github-actions/auth@v2\n"
     "##[error]google-github-actions/auth failed with: failed to generate Google Cloud federated token for "
     "//iam.googleapis.com/projects/123456789/locations/global/workloadIdentityPools/ci-pool/providers/github: "
     "{\"error\":\"invalid_target\",\"error_description\":\"The target service indicated by the \\\"audience\\\" "
     "parameters is invalid. This might either be because the pool or provider is disabled or deleted or because it doesn't exist.\"}\n"),
    ("gcp-wif-attribute-condition", "real",
     "##[error]google-github-actions/auth failed with: failed to generate Google Cloud federated token for "
     "//iam.googleapis.com/projects/123456789/locations/global/workloadIdentityPools/ci-pool/providers/github: "
     "{\"error\":\"unauthorized_client\",\"error_description\":\"The given credential is rejected by the attribute condition.\"}\n"),
    # src/client/iamcredentials.ts ("Failed to generate Google Cloud OAuth 2.0 Access Token for %s: %s")
    ("gcp-sa-token-permission-denied", "real",
     "##[error]google-github-actions/auth failed with: failed to generate Google Cloud OAuth 2.0 Access Token "
     "for deployer@widget-prod.iam.gserviceaccount.com: {\"error\":{\"code\":403,\"message\":\"Permission "
     "'iam.serviceAccounts.getAccessToken' denied on resource (or it may not exist).\",\"status\":\"PERMISSION_DENIED\"}}\n"),
    # same file, the STS endpoint answering 503 (the http-client relays the body)
    ("gcp-wif-sts-503", "transient",
     "##[error]google-github-actions/auth failed with: failed to generate Google Cloud federated token for "
     "//iam.googleapis.com/projects/123456789/locations/global/workloadIdentityPools/ci-pool/providers/github: "
     "{\"error\":{\"code\":503,\"message\":\"The service is currently unavailable.\",\"status\":\"UNAVAILABLE\"}}\n"),
    # src/main.ts oidcWarning
    ("gcp-auth-no-oidc-env", "real",
     "##[error]google-github-actions/auth failed with: GitHub Actions did not inject $ACTIONS_ID_TOKEN_REQUEST_TOKEN "
     "or $ACTIONS_ID_TOKEN_REQUEST_URL into this job. This most likely means the GitHub Actions workflow "
     "permissions are incorrect, or this job is being run from a fork.\n"),
    ("gcp-auth-exactly-one-input", "real",
     "##[error]google-github-actions/auth failed with: the GitHub Action workflow must specify exactly one of "
     "\"workload_identity_provider\" or \"credentials_json\"! If you are specifying input values via GitHub "
     "secrets, ensure the secret is being injected into the environment.\n"),
    # ------------------------------------------------------------------ Azure/login
    # Azure/login src/main.ts ("Login failed with %s. Double check if the 'auth-type' is correct.") with
    # the az CLI's stderr relayed by src/Cli/AzureCliLogin.ts (core.error) and Entra's AADSTS700213
    ("azure-login-no-federated-record", "real",
     "Attempting Azure CLI login by using OIDC...\n"
     "##[error]AADSTS700213: No matching federated identity record found for presented assertion subject "
     "'repo:example/widget:pull_request'. Check your federated identity credential Subject, Audience and Issuer against the presented assertion.\n"
     "##[error]Login failed with Error: The process '/usr/bin/az' failed with exit code 1. Double check if the "
     "'auth-type' is correct. Refer to https://github.com/Azure/login#readme for more information.\n"),
    # src/common/LoginConfig.ts ("Failed to fetch federated token from GitHub. Please make sure to give write
    # permissions to id-token in the workflow.") above the toolkit's missing-variable error
    ("azure-login-no-id-token-permission", "real",
     "##[error]Failed to fetch federated token from GitHub. Please make sure to give write permissions to id-token in the workflow.\n"
     "##[error]Login failed with Error: Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable. "
     "Double check if the 'auth-type' is correct. Refer to https://github.com/Azure/login#readme for more information.\n"),
    # same, above the toolkit's "Failed to get ID Token." with a 500 from the token service
    ("azure-login-id-token-500", "transient",
     "##[error]Failed to fetch federated token from GitHub. Please make sure to give write permissions to id-token in the workflow.\n"
     "##[error]Login failed with Error: Error message: Failed to get ID Token. \n"
     " \n"
     "        Error Code : 500\n"
     " \n"
     "        Error Message: Internal Server Error. Double check if the 'auth-type' is correct.\n"),
    ("azure-login-no-subscriptions", "real",
     "Attempting Azure CLI login by using OIDC...\n"
     "##[error]No subscriptions found for ***.\n"
     "##[error]Login failed with Error: The process '/usr/bin/az' failed with exit code 1. Double check if the "
     "'auth-type' is correct.\n"),
    # the az CLI (msal under it) not reaching the login endpoint, relayed by src/Cli/AzureCliLogin.ts
    ("azure-login-network", "transient",
     "Attempting Azure CLI login by using OIDC...\n"
     "##[error]HTTPSConnectionPool(host='login.microsoftonline.com', port=443): Max retries exceeded with url: "
     "/11111111-2222-3333-4444-555555555555/oauth2/v2.0/token (Caused by NewConnectionError('<urllib3.connection."
     "HTTPSConnection object at 0x7f1c2d3e4f50>: Failed to establish a new connection: [Errno 101] Network is unreachable'))\n"
     "##[error]Login failed with Error: The process '/usr/bin/az' failed with exit code 1. Double check if the "
     "'auth-type' is correct.\n"),
    # ------------------------------------------------------------------ hashicorp/vault-action
    # hashicorp/vault-action src/auth.js ("failed to retrieve vault token. code: %s, message: %s,
    # vaultResponse: %s") with got's HTTPError wording; the JWT role's bound claims refuse this ref
    ("vault-jwt-role-bound-claims", "real",
     "Run hashicorp/vault-action@v3\n"
     "##[error]failed to retrieve vault token. code: ERR_NON_2XX_3XX_RESPONSE, message: Response code 400 (Bad Request), "
     "vaultResponse: {\"errors\":[\"error validating claims: claim \\\"ref\\\" does not match any associated bound claim values\"]}\n"),
    ("vault-token-403", "real",
     "##[error]failed to retrieve vault token. code: ERR_NON_2XX_3XX_RESPONSE, message: Response code 403 (Forbidden), "
     "vaultResponse: {\"errors\":[\"permission denied\"]}\n"),
    # src/secrets.js ("Unable to retrieve result for \"%s\" because it was not found: %s")
    ("vault-secret-not-found", "real",
     "##[error]Unable to retrieve result for \"secret/data/ci/widget\" because it was not found: {\"errors\":[]}\n"),
    # src/auth.js with a 503 after got's retries (src/action.js retry settings)
    ("vault-token-503", "transient",
     "##[error]failed to retrieve vault token. code: ERR_NON_2XX_3XX_RESPONSE, message: Response code 503 (Service Unavailable), "
     "vaultResponse: {\"errors\":[\"local node not active but active cluster node not found\"]}\n"),
    ("vault-connect-timeout", "transient",
     "Run hashicorp/vault-action@v3\n"
     "##[error]connect ETIMEDOUT 203.0.113.21:8200\n"),
    # a Vault dev server in a service container not yet listening
    ("vault-connect-refused-starting", "transient",
     "Run hashicorp/vault-action@v3\n"
     "##[error]connect ECONNREFUSED 127.0.0.1:8200\n"),
    # ------------------------------------------------------------------ Terraform / OpenTofu
    # hashicorp/terraform internal/command/init.go and internal/depsfile ("the local package for %s %s
    # doesn't match any of the checksums previously recorded in the dependency lock file")
    ("tf-lockfile-checksum-mismatch", "real",
     "Initializing provider plugins...\n"
     "- Reusing previous version of hashicorp/aws from the dependency lock file\n"
     "╷\n"
     "│ Error: Failed to install provider\n"
     "│ \n"
     "│ Error while installing hashicorp/aws v5.31.0: the current package for registry.terraform.io/hashicorp/aws "
     "5.31.0 doesn't match any of the checksums previously recorded in the dependency lock file; for more "
     "information: https://developer.hashicorp.com/terraform/language/provider-checksum-verification\n"
     "╵\n" + _EXIT),
    # internal/command/meta_dependencies.go / init ("Inconsistent dependency lock file")
    ("tf-inconsistent-lockfile", "real",
     "╷\n"
     "│ Error: Inconsistent dependency lock file\n"
     "│ \n"
     "│ The following dependency selections recorded in the lock file are inconsistent with the current configuration:\n"
     "│   - provider registry.terraform.io/hashicorp/random: required by this configuration but no version is selected\n"
     "│ \n"
     "│ To update the locked dependency selections to match a changed configuration, run:\n"
     "│   terraform init -upgrade\n"
     "╵\n" + _EXIT),
    # internal/command/meta_backend.go ("Backend initialization required, please run \"terraform init\"")
    ("tf-backend-init-required", "real",
     "╷\n"
     "│ Error: Backend initialization required, please run \"terraform init\"\n"
     "│ \n"
     "│ Reason: Initial configuration of the requested backend \"s3\"\n"
     "╵\n" + _EXIT),
    # internal/backend/remote-state/s3 ("S3 bucket %q does not exist.") under "Failed to get existing workspaces"
    ("tf-s3-backend-bucket-missing", "real",
     "Initializing the backend...\n"
     "╷\n"
     "│ Error: Failed to get existing workspaces: S3 bucket \"widget-tfstate-prod\" does not exist.\n"
     "│ \n"
     "│ The referenced S3 bucket must have been previously created. If the S3 bucket\n"
     "│ was created within the last minute, please wait for a minute or two and try\n"
     "│ again.\n"
     "╵\n" + _EXIT),
    # internal/command/clistate/state.go ("Error acquiring the state lock") with the lock table missing
    ("tf-state-lock-table-missing", "real",
     "Acquiring state lock. This may take a few moments...\n"
     "╷\n"
     "│ Error: Error acquiring the state lock\n"
     "│ \n"
     "│ Error message: operation error DynamoDB: PutItem, https response error StatusCode: 400, RequestID: "
     "A1B2C3, ResourceNotFoundException: Requested resource not found\n"
     "│ \n"
     "│ Terraform acquires a state lock to protect the state from being written\n"
     "│ by multiple users at the same time. Please resolve the issue above and try\n"
     "│ again.\n"
     "╵\n" + _EXIT),
    # same file, the gcs backend's lock object already there (another run holds it): judged transient
    ("tf-state-lock-gcs-held", "transient",
     "Acquiring state lock. This may take a few moments...\n"
     "╷\n"
     "│ Error: Error acquiring the state lock\n"
     "│ \n"
     "│ Error message: writing \"gs://widget-tfstate/env/prod/default.tflock\" failed: googleapi: Error 412: "
     "At least one of the pre-conditions you specified did not hold., conditionNotMet\n"
     "│ Lock Info:\n"
     "│   ID:        1712345678901234\n"
     "│   Path:      gs://widget-tfstate/env/prod/default.tflock\n"
     "│   Operation: OperationTypePlan\n"
     "╵\n" + _EXIT),
    # internal/terraform and configs ("Unsupported argument", "An argument named %q is not expected here.")
    ("tf-validate-unsupported-argument", "real",
     "$ terraform validate\n"
     "╷\n"
     "│ Error: Unsupported argument\n"
     "│ \n"
     "│   on main.tf line 14, in resource \"aws_s3_bucket\" \"assets\":\n"
     "│   14:   acl_policy = \"private\"\n"
     "│ \n"
     "│ An argument named \"acl_policy\" is not expected here.\n"
     "╵\n" + _EXIT),
    ("tf-validate-undeclared-resource", "real",
     "╷\n"
     "│ Error: Reference to undeclared resource\n"
     "│ \n"
     "│   on outputs.tf line 3, in output \"bucket\":\n"
     "│    3:   value = aws_s3_bucket.asset.id\n"
     "│ \n"
     "│ A managed resource \"aws_s3_bucket\" \"asset\" has not been declared in the root module.\n"
     "╵\n" + _EXIT),
    # internal/command/meta_config.go / configs ("Unsupported Terraform Core version")
    ("tf-core-version-unsupported", "real",
     "╷\n"
     "│ Error: Unsupported Terraform Core version\n"
     "│ \n"
     "│   on versions.tf line 2, in terraform:\n"
     "│    2:   required_version = \">= 1.9.0\"\n"
     "│ \n"
     "│ This configuration does not support Terraform version 1.6.6.\n"
     "╵\n" + _EXIT),
    # internal/initwd/module_install.go ("Failed to download module", "Could not download module %q (%s:%d)
    # source code from %q: %s") over git's HTTP 502
    ("tf-module-download-502", "transient",
     "Initializing modules...\n"
     "Downloading git::https://git.example.org/infra/tf-modules.git?ref=v3.2.0 for network...\n"
     "╷\n"
     "│ Error: Failed to download module\n"
     "│ \n"
     "│ Could not download module \"network\" (main.tf:1) source code from\n"
     "│ \"git::https://git.example.org/infra/tf-modules.git?ref=v3.2.0\": error downloading\n"
     "│ 'https://git.example.org/infra/tf-modules.git?ref=v3.2.0': /usr/bin/git exited with 128: Cloning into '.terraform/modules/network'...\n"
     "│ fatal: unable to access 'https://git.example.org/infra/tf-modules.git/': The requested URL returned error: 502\n"
     "╵\n" + _EXIT),
    # same file, the ref does not exist
    ("tf-module-ref-missing", "real",
     "Initializing modules...\n"
     "╷\n"
     "│ Error: Failed to download module\n"
     "│ \n"
     "│ Could not download module \"network\" (main.tf:1) source code from\n"
     "│ \"git::https://git.example.org/infra/tf-modules.git?ref=v9.9.9\": error downloading\n"
     "│ 'https://git.example.org/infra/tf-modules.git?ref=v9.9.9': /usr/bin/git exited with 1: error: pathspec 'v9.9.9' did not match any file(s) known to git\n"
     "╵\n" + _EXIT),
    # internal/getproviders/package_fetcher.go ("unsuccessful request to %s: %s") downloading the zip
    ("tf-provider-zip-502", "transient",
     "- Installing hashicorp/google v6.12.0...\n"
     "╷\n"
     "│ Error: Failed to install provider\n"
     "│ \n"
     "│ Error while installing hashicorp/google v6.12.0: unsuccessful request to\n"
     "│ https://releases.example.org/terraform-provider-google/6.12.0/terraform-provider-google_6.12.0_linux_amd64.zip: 502 Bad Gateway\n"
     "╵\n" + _EXIT),
    # internal/cloud/backend.go ("Required token could not be found")
    ("tf-cloud-token-missing", "real",
     "Initializing HCP Terraform...\n"
     "╷\n"
     "│ Error: Required token could not be found\n"
     "│ \n"
     "│ Run the following command to generate a token for app.terraform.io:\n"
     "│     terraform login\n"
     "╵\n" + _EXIT),
    # ------------------------------------------------------------------ Pulumi
    # pulumi/pulumi pkg/backend/httpstate/client (the service's 409 "Another update is currently in
    # progress.") as the CLI prints it: a held stack lock, judged transient
    ("pulumi-update-conflict", "transient",
     "Updating (prod)\n"
     "error: [409] Conflict: Another update is currently in progress.\n" + _EXIT),
    # pkg/backend/diy ("the stack is currently locked by %v lock(s). Either wait for the other process(es) to
    # end or delete the lock file with `pulumi cancel`.")
    ("pulumi-diy-lock-held", "transient",
     "Updating (prod):\n"
     "error: the stack is currently locked by 1 lock(s). Either wait for the other process(es) to end or delete the lock file with `pulumi cancel`.\n"
     "  s3://widget-pulumi-state/.pulumi/locks/organization/widget/prod/5e6f7a8b.json: created by ci@runner-17 (pid 4211) at 2026-11-02T10:14:07Z\n"
     + _EXIT),
    # pkg/workspace/creds / httpstate login ("%s must be set for login during non-interactive CLI sessions")
    ("pulumi-no-access-token", "real",
     "+ pulumi stack select widget/prod\n"
     "error: PULUMI_ACCESS_TOKEN must be set for login during non-interactive CLI sessions\n" + _EXIT),
    # a Pulumi program that fails on its own code (the language host's "Program failed with an unhandled exception")
    ("pulumi-program-exception", "real",
     "Previewing update (dev)\n"
     "     Type                 Name         Plan       Info\n"
     " +   pulumi:pulumi:Stack  widget-dev   create     1 error\n"
     "Diagnostics:\n"
     "  pulumi:pulumi:Stack (widget-dev):\n"
     "    error: Program failed with an unhandled exception:\n"
     "    Traceback (most recent call last):\n"
     "      File \"/work/infra/__main__.py\", line 12, in <module>\n"
     "        bucket = s3.Bucket(\"assets\", versioning=cfg.require_bool(\"versioned\"))\n"
     "    pulumi.errors.ConfigMissingError: Missing required configuration variable 'widget:versioned'\n" + _EXIT),
    # ------------------------------------------------------------------ Packer
    # hashicorp/packer-plugin-amazon builder/common/step_run_source_instance.go ("Error launching source
    # instance: %s") with EC2's InsufficientInstanceCapacity
    ("packer-ec2-insufficient-capacity", "transient",
     "==> amazon-ebs.base: Launching a source AWS instance...\n"
     "==> amazon-ebs.base: Error launching source instance: InsufficientInstanceCapacity: We currently do not "
     "have sufficient c6i.large capacity in the Availability Zone you requested (us-east-1a).\n"
     "Build 'amazon-ebs.base' errored after 41 seconds 220 milliseconds: Error launching source instance: InsufficientInstanceCapacity\n"
     "==> Builds finished but no artifacts were created.\n" + _EXIT),
    # packer-plugin-amazon builder/common/step_pre_validate.go ("Error: AMI Name: '%s' is used by an existing AMI: %s")
    ("packer-ami-name-exists", "real",
     "==> amazon-ebs.base: Prevalidating AMI Name: widget-base-2026-11\n"
     "==> amazon-ebs.base: Error: AMI Name: 'widget-base-2026-11' is used by an existing AMI: ami-0a1b2c3d4e5f60718\n"
     "Build 'amazon-ebs.base' errored after 1 second 12 milliseconds: Error: AMI Name: 'widget-base-2026-11' is used by an existing AMI: ami-0a1b2c3d4e5f60718\n"
     "==> Builds finished but no artifacts were created.\n" + _EXIT),
    # hashicorp/packer hcl2template ("Unsupported argument") from packer validate
    ("packer-validate-unsupported-argument", "real",
     "$ packer validate .\n"
     "Error: Unsupported argument\n"
     "\n"
     "  on base.pkr.hcl line 9:\n"
     "  (source code not available)\n"
     "\n"
     "An argument named \"instance_size\" is not expected here.\n" + _EXIT),
    # ------------------------------------------------------------------ CloudFormation / CDK
    # aws-cli's CloudFormation "ValidationError" for a template that does not resolve
    ("cfn-template-unresolved", "real",
     "Waiting for changeset to be created..\n"
     "An error occurred (ValidationError) when calling the CreateChangeSet operation: Template format error: "
     "Unresolved resource dependencies [AssetsBucket] in the Resources block of the template\n" + _EXIT),
    # a CDK app that fails to synthesise on its own code (TypeScript compile error under cdk synth)
    ("cdk-synth-type-error", "real",
     "$ npx cdk synth\n"
     "lib/widget-stack.ts(18,7): error TS2322: Type 'string' is not assignable to type 'Duration'.\n"
     "Subprocess exited with error 1\n" + _EXIT),
]

# Wordings printed for both an outage and a persistent cause: not a sure transient.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # Azure/login src/common/LoginConfig.ts: the line alone, the toolkit's reason cut off
    ("azure-login-federated-token-bare",
     "##[error]Failed to fetch federated token from GitHub. Please make sure to give write permissions to id-token in the workflow.\n"),
    # packer's SSH communicator wait ("Timeout waiting for SSH."): a slow boot or a blocked port
    ("packer-ssh-timeout",
     "==> amazon-ebs.base: Waiting for SSH to become available...\n"
     "==> amazon-ebs.base: Timeout waiting for SSH.\n"
     "Build 'amazon-ebs.base' errored after 5 minutes 3 seconds: Timeout waiting for SSH.\n"
     "==> Builds finished but no artifacts were created.\n" + _EXIT),
    # CloudFormation: a stack busy with another operation (or stuck in it)
    ("cfn-stack-in-progress",
     "An error occurred (ValidationError) when calling the UpdateStack operation: Stack:arn:aws:cloudformation:"
     "us-east-1:123456789012:stack/widget-prod/0a1b2c3d is in UPDATE_IN_PROGRESS state and can not be updated.\n"
     + _EXIT),
    # osslsigncode: timestamping failed with no reason shown (a wrong URL or a server down)
    ("osslsigncode-timestamping-bare",
     "RFC 3161 timestamping failed\n"
     "Failed\n" + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_signing_auth_iac_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_signing_auth_iac_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "git exited with 1: error: pathspec 'x ",
    "SignerSign() failed. (-2147012894/0x80072ee2 ",
    "failed to convert timestamp reply from x; HTTP status ",
    "failed to retrieve vault token. code: x, message: Response code ",
    "CURL failure: timeout was reached ",
]
