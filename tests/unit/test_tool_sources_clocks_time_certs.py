"""Fourteenth round, tool sources: failures that depend on time and clocks. A runner whose clock is off
(AWS's RequestTimeTooSkewed and "Signature expired", Azure Storage's "Request date header too old",
Kerberos's "Clock skew too great", Google's OAuth "Invalid JWT ... Check your iat and exp values", GnuPG's
"time warp or clock problem", apt's Release file "not valid yet", ntpdate finding no server), certificates
that expired (a test fixture's certificate: a time bomb in the repository; a remote server's: until it is
renewed), tokens that expired or are not yet valid (AWS STS's ExpiredToken, JWT libraries' nbf/iat/exp
checks, GitHub's OIDC token request), and tests that depend on the date, the time zone or the locale
(a missing tz database, a hard-coded year, Feb 29, a leap second, fake-timer misuse).

Each case is a short log written for the test around one message as the tool prints it. The wording was
read from the tools' own source where it is open (the comment above each case names the repository and
file holding the format string); the cloud services' error codes (AWS S3 and STS, Azure Storage, Google's
OAuth token endpoint, Entra ID) are closed and rest on their documentation and on the open SDKs that relay
them; hosts, buckets, packages and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * the runner's clock is off from a service's (a request signed at a time the service calls too old or
    in the future, a Kerberos ticket refused for skew, a key or Release file dated in the future, an NTP
    sync that found no server on a fresh VM) -> transient: a rerun lands on a machine whose clock is right;
  * a certificate that has expired, in a fixture or on a server, a repository signing key that expired,
    a refused or missing credential, an OIDC token the job was not allowed to request -> real;
  * a test that fails on dates, zones or locales (a tz database the image lacks, a year written into a
    test, Feb 29, a leap second, timecop's safe mode, a fake clock's runaway timers) -> real: the code or
    the image, the same on every run that day;
  * wordings printed both for a clock off and for a persistent cause (a certificate "not yet valid", an
    STS token that expired mid-job, a JWT "iat"/"nbf" check, a date comparison that may have straddled
    midnight, a Release file that "is expired") -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GITLAB = "ERROR: Job failed: exit code 1\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ a runner's clock off
    # boto/botocore botocore/exceptions.py ClientError.MSG_TEMPLATE ("An error occurred ({error_code}) when
    # calling the {operation_name} operation{retry_info}: {error_message}"); the S3 error code and text per
    # the S3 API reference (docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html) (doc, closed service)
    ("aws-cli-s3-request-time-too-skewed", "transient",
     "+ aws s3 cp dist/site.tar.gz s3://example-artifacts/builds/4411/\n"
     "upload failed: dist/site.tar.gz to s3://example-artifacts/builds/4411/site.tar.gz An error occurred (RequestTimeTooSkewed) when calling the PutObject operation: The difference between the request time and the current time is too large.\n"
     + _EXIT),
    ("boto3-request-time-too-skewed-traceback", "transient",
     "Traceback (most recent call last):\n"
     '  File "/src/scripts/publish.py", line 41, in <module>\n'
     "    s3.upload_file(path, bucket, key)\n"
     "botocore.exceptions.ClientError: An error occurred (RequestTimeTooSkewed) when calling the PutObject operation: The difference between the request time and the current time is too large.\n"
     + _CIRCLE),
    # aws/aws-sdk-go-v2 (smithy "api error %s: %s"), hashicorp/terraform-provider-aws ("error calling
    # sts:GetCallerIdentity"); the SigV4 text per the AWS signing docs (docs.aws.amazon.com/IAM/latest/UserGuide/
    # signature-v4-troubleshooting.html: "Signature expired: ... is now earlier than ...") (doc)
    ("terraform-sts-signature-expired-skew", "transient",
     "Initializing provider plugins...\n"
     "- Using previously-installed hashicorp/aws v5.31.0\n"
     "\n"
     "Error: validating provider credentials: retrieving caller identity from STS: operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: 0a1b2c3d-1111-2222-3333-444455556666, api error SignatureDoesNotMatch: Signature expired: 20260301T101500Z is now earlier than 20260301T103012Z (20260301T104512Z - 15 min.)\n"
     "\n"
     "  with provider[\"registry.terraform.io/hashicorp/aws\"],\n"
     "  on providers.tf line 10, in provider \"aws\":\n"
     + _EXIT),
    ("aws-cli-invalid-signature-expired", "transient",
     "+ aws ecr get-login-password --region eu-west-1\n"
     "An error occurred (InvalidSignatureException) when calling the GetAuthorizationToken operation: Signature expired: 20260301T101500Z is now earlier than 20260301T102012Z (20260301T102512Z - 5 min.)\n"
     + _EXIT),
    ("aws-sdk-signature-not-yet-current", "transient",
     "[deploy] uploading 14 assets\n"
     "InvalidSignatureException: Signature not yet current: 20260301T113000Z is still later than 20260301T110512Z (20260301T110012Z + 5 min.)\n"
     "    at throwDefaultError (/src/node_modules/@smithy/smithy-client/dist-cjs/index.js:867:20)\n"
     "npm ERR! Lifecycle script `deploy` failed with error:\n"
     + _EXIT),
    # Azure Storage's AuthenticationErrorDetail (learn.microsoft.com/rest/api/storageservices/
    # authorize-with-shared-key: the Date header must be within 15 minutes) as azure-storage-blob relays it (doc)
    ("azure-storage-request-date-header-too-old", "transient",
     "Uploading 3 files to container 'releases'\n"
     "azure.core.exceptions.ClientAuthenticationError: Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.\n"
     "RequestId:9f1a2b3c-501e-0042-7a1b-aa01bb02cc03\n"
     "ErrorCode:AuthenticationFailed\n"
     "authenticationerrordetail:Request date header too old: 'Sun, 01 Mar 2026 09:12:44 GMT'\n"
     + _EXIT),
    # MIT krb5 src/lib/krb5/error_tables/krb5_err.et (KRB5KRB_AP_ERR_SKEW, "Clock skew too great"); kinit's
    # "%s while getting initial credentials" (src/clients/kinit/kinit.c) (checked)
    ("kinit-clock-skew-too-great", "transient",
     "+ kinit -kt /etc/security/ci.keytab ci-runner@EXAMPLE.ORG\n"
     "kinit: Clock skew too great while getting initial credentials\n"
     + _GITLAB),
    # JDK's Kerberos (sun.security.krb5.KrbException text for error 37) as Hadoop's login prints it (checked)
    ("hadoop-kerberos-login-clock-skew", "transient",
     "[INFO] Running org.example.hdfs.SecureClusterIT\n"
     "org.apache.hadoop.security.KerberosAuthException: failure to login: for principal: hdfs/localhost@EXAMPLE.ORG from keytab /tmp/hdfs.keytab javax.security.auth.login.LoginException: Clock skew too great (37)\n"
     "[ERROR] Tests run: 4, Failures: 0, Errors: 1, Skipped: 0\n"
     "[ERROR] BUILD FAILURE\n"),
    # impacket's KerberosError ("Kerberos SessionError: %s(%s)") (checked)
    ("impacket-krb-ap-err-skew", "transient",
     "[*] Requesting TGT for svc-ci\n"
     "[-] Kerberos SessionError: KRB_AP_ERR_SKEW(Clock skew too great)\n"
     + _EXIT),
    # Google's OAuth token endpoint (closed) as googleapis/google-auth-library-python relays it
    # (google/oauth2/_client.py _handle_error_response -> RefreshError) (doc + SDK)
    ("google-auth-invalid-jwt-iat-exp", "transient",
     "Activated service account credentials for: [ci-deployer@example-project.iam.gserviceaccount.com]\n"
     "google.auth.exceptions.RefreshError: ('invalid_grant: Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.', {'error': 'invalid_grant', 'error_description': 'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.'})\n"
     + _EXIT),
    # GnuPG g10/getkey.c / sig-check.c ("key %s was created %lu seconds in the future (time warp or clock
    # problem)"); gpgv "Can't check signature: timestamp conflict" (checked)
    ("gpg-key-created-in-future-clock", "transient",
     "+ curl -fsSL https://pkg.example.org/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg\n"
     "gpg: key 7A1B2C3D4E5F6071 was created 10631 seconds in the future (time warp or clock problem)\n"
     "gpg: key 7A1B2C3D4E5F6071 was created 10631 seconds in the future (time warp or clock problem)\n"
     "gpg: Can't check signature: timestamp conflict\n"
     + _EXIT),
    # Debian apt apt-pkg/acquire-item.cc ("Release file for %s is not valid yet (invalid for another %s).
    # Updates for this repository will not be applied.") (checked)
    ("apt-release-not-valid-yet-clock", "transient",
     "#6 [2/5] RUN apt-get update && apt-get install -y libpq-dev\n"
     "#6 0.811 Get:1 http://deb.example.org/debian bookworm InRelease [151 kB]\n"
     "#6 1.402 E: Release file for http://deb.example.org/debian/dists/bookworm/InRelease is not valid yet (invalid for another 3h 12min 40s). Updates for this repository will not be applied.\n"
     "#6 ERROR: process \"/bin/sh -c apt-get update && apt-get install -y libpq-dev\" did not complete successfully: exit code: 100\n"
     + _EXIT),
    # aws/aws-sdk-java AmazonServiceException.getMessage ("%s (Service: %s; Status Code: %d; Error Code: %s;
    # Request ID: %s)") (checked)
    ("aws-java-sdk-s3-time-too-skewed", "transient",
     "[INFO] --- exec-maven-plugin:3.1.0:java (upload-reports) @ reports ---\n"
     "[ERROR] Failed to execute goal org.codehaus.mojo:exec-maven-plugin:3.1.0:java (upload-reports) on project reports: An exception occured while executing the Java class. The difference between the request time and the current time is too large. (Service: Amazon S3; Status Code: 403; Error Code: RequestTimeTooSkewed; Request ID: 7F3A9B1C2D4E5F60) -> [Help 1]\n"
     "[ERROR] BUILD FAILURE\n"),
    # aws/aws-sdk-go aws/awserr/types.go SprintError ("%s: %s\n\tstatus code: %d, request id: %s"), as rclone
    # prints it (checked)
    ("rclone-aws-sdk-go-v1-time-too-skewed", "transient",
     "2026/03/01 10:04:12 ERROR : reports/coverage.xml: Failed to copy: RequestTimeTooSkewed: The difference between the request time and the current time is too large.\n"
     "\tstatus code: 403, request id: 5C1D2E3F4A5B6C7D, host id: aGVsbG8=\n"
     "2026/03/01 10:04:12 ERROR : Attempt 3/3 failed with 1 errors and: RequestTimeTooSkewed: The difference between the request time and the current time is too large.\n"
     "2026/03/01 10:04:12 Failed to copy: RequestTimeTooSkewed: The difference between the request time and the current time is too large.\n"
     + _EXIT),
    # minio/minio cmd/api-errors.go (ErrRequestTimeTooSkewed: "The difference between the request time and
    # the server's time is too large."), as minio/mc prints it ("mc: <ERROR> ...") (checked)
    ("minio-mc-request-time-too-skewed", "transient",
     "+ mc cp --recursive build/ ci/artifacts/4411/\n"
     "mc: <ERROR> Unable to upload `build/app.zip`. The difference between the request time and the server's time is too large.\n"
     + _GITLAB),
    # JDK's GSS-API (sun.security.jgss.krb5) as a JDBC driver relays it (checked)
    ("java-gss-clock-skew-jdbc", "transient",
     "[ERROR] Failed to execute goal org.flywaydb:flyway-maven-plugin:10.8.1:migrate (default-cli) on project db: Unable to obtain connection from database: GSSException: No valid credentials provided (Mechanism level: Clock skew too great (37))\n"
     "[ERROR] BUILD FAILURE\n"),
    # ntp ntpdate/ntpdate.c ("no server suitable for synchronization found") (checked)
    ("ntpdate-no-server-fresh-vm", "transient",
     "+ sudo ntpdate -b pool.ntp.example.org\n"
     " 1 Mar 09:02:11 ntpdate[1613]: no server suitable for synchronization found\n"
     + _EXIT),

    # ------------------------------------------------------------------ certificates that expired (real)
    # CPython Modules/_ssl.c (the verify message from OpenSSL crypto/x509/x509_txt.c "certificate has
    # expired"): a fixture certificate committed to the repository that expired (checked)
    ("pytest-fixture-cert-expired", "real",
     "tests/test_tls.py::test_client_verifies_server FAILED\n"
     "E       ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)\n"
     "FAILED tests/test_tls.py::test_client_verifies_server - ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)\n"
     "========================= 1 failed, 212 passed in 31.02s =========================\n"
     + _EXIT),
    # OpenJDK java.base sun/security/x509/CertificateValidity.java ("NotAfter: " + notAfter) raised as
    # java.security.cert.CertificateExpiredException (checked)
    ("junit-fixture-cert-expired-notafter", "real",
     "[INFO] Running org.example.net.MutualTlsTest\n"
     "[ERROR] Tests run: 3, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 1.2 s <<< FAILURE! - in org.example.net.MutualTlsTest\n"
     "[ERROR] handshakeWithClientCert  Time elapsed: 0.4 s  <<< ERROR!\n"
     "java.security.cert.CertificateExpiredException: NotAfter: Sun Mar 01 00:00:00 UTC 2026\n"
     "\tat java.base/sun.security.x509.CertificateValidity.valid(CertificateValidity.java:182)\n"
     "[ERROR] BUILD FAILURE\n"),
    # golang/go src/crypto/x509/verify.go CertificateInvalidError.Error (Expired: "x509: certificate has
    # expired or is not yet valid: " + detail, detail "current time %s is after %s") (checked)
    ("go-test-fixture-cert-after-notafter", "real",
     "=== RUN   TestServerHandshake\n"
     "    server_test.go:88: handshake: tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-03-01T09:12:44Z is after 2026-02-28T23:59:59Z\n"
     "--- FAIL: TestServerHandshake (0.02s)\n"
     "FAIL\texample.org/proxy/tlsutil\t0.311s\n"
     + _EXIT),
    # curl lib/vtls/openssl.c ("SSL certificate problem: %s") with OpenSSL's "certificate has expired": a
    # remote server whose certificate expired (persists until it is renewed) (checked)
    ("curl-remote-cert-expired", "real",
     "+ curl -fsSL https://downloads.example.org/tool/v2.1/tool-linux-amd64.tar.gz -o tool.tgz\n"
     "curl: (60) SSL certificate problem: certificate has expired\n"
     "More details here: https://curl.se/docs/sslcerts.html\n"
     + _EXIT),
    # nodejs/node src/crypto/crypto_common.cc X509ErrorCode (CERT_HAS_EXPIRED, "certificate has expired") (checked)
    ("node-fetch-cert-has-expired", "real",
     "FetchError: request to https://api.example.org/v1/schema failed, reason: certificate has expired\n"
     "    at ClientRequest.<anonymous> (/src/node_modules/node-fetch/lib/index.js:1501:11)\n"
     "  type: 'system',\n"
     "  errno: 'CERT_HAS_EXPIRED',\n"
     "  code: 'CERT_HAS_EXPIRED'\n"
     + _EXIT),
    # GnuTLS-built git (Let's Encrypt's old root expired on an old image): git's http.c relays libcurl
    # ("server certificate verification failed. CAfile: ... CRLfile: none") (checked)
    ("git-gnutls-old-root-expired", "real",
     "+ git clone https://git.example.org/team/vendor-lib.git\n"
     "Cloning into 'vendor-lib'...\n"
     "fatal: unable to access 'https://git.example.org/team/vendor-lib.git/': server certificate verification failed. CAfile: /etc/ssl/certs/ca-certificates.crt CRLfile: none\n"
     + _EXIT),
    # OpenSSL apps/verify.c ("error %d at %d depth lookup: %s") (checked)
    ("openssl-verify-fixture-expired", "real",
     "+ openssl verify -CAfile tests/fixtures/ca.pem tests/fixtures/server.pem\n"
     "C = US, O = Example Test, CN = localhost\n"
     "error 10 at 0 depth lookup: certificate has expired\n"
     "error tests/fixtures/server.pem: verification failed\n"
     + _EXIT),
    # apt apt-pkg/acquire-item.cc + gpgv ("The following signatures were invalid: EXPKEYSIG %s"): a
    # repository signing key that expired (persists until the key is renewed) (checked)
    ("apt-expkeysig-repo-key-expired", "real",
     "Get:4 https://pkg.example.org/apt stable InRelease [17.1 kB]\n"
     "Err:4 https://pkg.example.org/apt stable InRelease\n"
     "  The following signatures were invalid: EXPKEYSIG 23E7166788B63E1E Example Packaging <packaging@example.org>\n"
     "W: GPG error: https://pkg.example.org/apt stable InRelease: The following signatures were invalid: EXPKEYSIG 23E7166788B63E1E Example Packaging <packaging@example.org>\n"
     "E: The repository 'https://pkg.example.org/apt stable InRelease' is not signed.\n"
     + _EXIT),
    # rustls (webpki CertificateError::Expired) as uv/cargo print it ("invalid peer certificate: Expired") (checked)
    ("rustls-peer-cert-expired", "real",
     "error: Failed to fetch: `https://pypi.example.org/simple/widgets/`\n"
     "  Caused by: Request failed after 3 retries\n"
     "  Caused by: error sending request for url (https://pypi.example.org/simple/widgets/)\n"
     "  Caused by: client error (Connect)\n"
     "  Caused by: invalid peer certificate: Expired\n"
     + _EXIT),

    # ------------------------------------------------------------------ tokens and credentials (real)
    # actions/toolkit packages/core/src/oidc-utils.ts ("Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env
    # variable"): the workflow lacks "id-token: write" (checked)
    ("actions-oidc-no-request-url", "real",
     "Run aws-actions/configure-aws-credentials@v4\n"
     "Error: Credentials could not be loaded, please check your action inputs: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable\n"),
    # aws-actions/configure-aws-credentials src/assumeRole.ts ("Could not assume role with OIDC: %s") with
    # STS's AccessDenied (checked)
    ("configure-aws-oidc-not-authorized", "real",
     "Run aws-actions/configure-aws-credentials@v4\n"
     "Assuming role with OIDC\n"
     "Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity\n"),
    # Timecop lib/timecop/timecop.rb SafeModeException ("Safe mode is enabled, only calls passing a block
    # are allowed.") (checked)
    ("timecop-safe-mode-exception", "real",
     "Failures:\n"
     "\n"
     "  1) Invoice#overdue? after the due date\n"
     "     Failure/Error: Timecop.freeze(Time.utc(2026, 3, 1))\n"
     "\n"
     "     Timecop::SafeModeException:\n"
     "       Safe mode is enabled, only calls passing a block are allowed.\n"
     "\n"
     "Finished in 2.41 seconds (files took 1.9 seconds to load)\n"
     "118 examples, 1 failure\n"
     + _CIRCLE),
    # sinonjs/fake-timers src/fake-timers-src.js ("Aborting after running " + loopLimit + " timers, assuming
    # an infinite loop!"), the same text under Jest's and Vitest's fake timers (checked)
    ("fake-timers-runaway-interval", "real",
     " FAIL  src/poller.test.ts\n"
     "  ● Poller › stops after the deadline\n"
     "\n"
     "    Aborting after running 100000 timers, assuming an infinite loop!\n"
     "\n"
     "      at FakeTimers._checkFakeTimers (node_modules/@jest/fake-timers/build/modernFakeTimers.js:112:13)\n"
     "Tests:       1 failed, 64 passed, 65 total\n"
     + _EXIT),

    # ------------------------------------------------------------------ dates, zones, locales (real)
    # CPython Lib/zoneinfo/_common.py ("No time zone found with key %s"): the image lacks tzdata (checked)
    ("zoneinfo-key-not-found-no-tzdata", "real",
     "tests/test_schedule.py::test_local_open_hours FAILED\n"
     "E   zoneinfo._common.ZoneInfoNotFoundError: 'No time zone found with key Europe/Berlin'\n"
     "FAILED tests/test_schedule.py::test_local_open_hours - zoneinfo._common.ZoneInfoNotFoundError: 'No time zone found with key Europe/Berlin'\n"
     "===================== 1 failed, 88 passed in 4.20s =====================\n"
     + _EXIT),
    # stub42/pytz pytz/__init__.py UnknownTimeZoneError(zone) (checked)
    ("pytz-unknown-time-zone", "real",
     "    tz = pytz.timezone(settings.TIME_ZONE)\n"
     "pytz.exceptions.UnknownTimeZoneError: 'Europe/Kyiv'\n"
     "ERROR: manage.py check failed\n"
     + _EXIT),
    # golang/go src/time/zoneinfo.go LoadLocation (errors.New("unknown time zone " + name)) on an image
    # without tzdata (checked)
    ("go-unknown-time-zone-alpine", "real",
     "=== RUN   TestBillingCutoff\n"
     "    cutoff_test.go:21: load location: unknown time zone America/New_York\n"
     "--- FAIL: TestBillingCutoff (0.00s)\n"
     "FAIL\texample.org/billing\t0.014s\n"
     + _EXIT),
    # OpenJDK java.base java/time/zone/ZoneRulesProvider.java ("Unknown time-zone ID: " + zoneId) (checked)
    ("java-zone-rules-unknown-id", "real",
     "[ERROR] reportsUseOfficeZone  Time elapsed: 0.02 s  <<< ERROR!\n"
     "java.time.zone.ZoneRulesException: Unknown time-zone ID: Europe/Kiev2\n"
     "\tat java.base/java.time.zone.ZoneRulesProvider.getProvider(ZoneRulesProvider.java:280)\n"
     "[ERROR] Tests run: 12, Failures: 0, Errors: 1, Skipped: 0\n"
     "[ERROR] BUILD FAILURE\n"),
    # tzinfo/tzinfo lib/tzinfo/data_source.rb (DataSourceNotFound "No source of timezone data could be
    # found."): a Windows or slim image without tzinfo-data (checked)
    ("tzinfo-data-source-not-found", "real",
     "+ bundle exec rails db:prepare\n"
     "rails aborted!\n"
     "TZInfo::DataSourceNotFound: tzinfo-data is not present. Please add gem 'tzinfo-data' to your Gemfile and run bundle install\n"
     "/src/config/environment.rb:5:in `<main>'\n"
     "Tasks: TOP => db:prepare => db:load_config => environment\n"
     + _EXIT),
    # v8/v8 src/common/message-template.h (kInvalidTimeZone "Invalid time zone specified: %"): Node built
    # with small-icu, or a zone id spelled wrong (checked)
    ("node-invalid-time-zone-specified", "real",
     " FAIL  src/format.test.js\n"
     "  ● formatDate › renders in the office zone\n"
     "\n"
     "    RangeError: Invalid time zone specified: Europe/Berlim\n"
     "\n"
     "      at new DateTimeFormat (<anonymous>)\n"
     "Tests:       1 failed, 30 passed, 31 total\n"
     + _EXIT),
    # CPython Modules/_localemodule.c ("unsupported locale setting") (checked)
    ("python-unsupported-locale", "real",
     "tests/test_format.py::test_german_decimal FAILED\n"
     "E   locale.Error: unsupported locale setting\n"
     "FAILED tests/test_format.py::test_german_decimal - locale.Error: unsupported locale setting\n"
     "===================== 1 failed, 40 passed in 1.10s =====================\n"
     + _EXIT),
    # CPython Modules/_datetimemodule.c ("day is out of range for month"): Feb 29 replaced into a year
    # without it (fails all day on Feb 29 and on the code's every run that day) (checked)
    ("python-feb29-day-out-of-range", "real",
     "tests/test_renewal.py::test_renews_next_year FAILED\n"
     "E       ValueError: day is out of range for month\n"
     "FAILED tests/test_renewal.py::test_renews_next_year - ValueError: day is out of range for month\n"
     "===================== 1 failed, 57 passed in 2.31s =====================\n"
     + _EXIT),
    # JUnit 5 AssertionFailureBuilder ("expected: <%s> but was: <%s>"): a year hard-coded in a test
    # that a new year broke (checked)
    ("junit-hard-coded-year", "real",
     "[ERROR] Failures:\n"
     "[ERROR]   CopyrightHeaderTest.headerHasCurrentYear:27 expected: <2025> but was: <2026>\n"
     "[ERROR] Tests run: 40, Failures: 1, Errors: 0, Skipped: 0\n"
     "[ERROR] BUILD FAILURE\n"),
    # OpenJDK java.base java/time/temporal/ValueRange.java ("Invalid value for " + field + " (valid values "
    # + this + "): " + value): a leap second the parser refuses (checked)
    ("java-leap-second-second-of-minute", "real",
     "[ERROR] parsesLeapSecondTimestamp  Time elapsed: 0.01 s  <<< ERROR!\n"
     "java.time.format.DateTimeParseException: Text '2016-12-31T23:59:60Z' could not be parsed: Invalid value for SecondOfMinute (valid values 0 - 59): 60\n"
     "[ERROR] Tests run: 8, Failures: 0, Errors: 1, Skipped: 0\n"
     "[ERROR] BUILD FAILURE\n"),
    # postgres src/backend/utils/adt/datetime.c DateTimeParseError ("date/time field value out of range:
    # \"%s\"") (checked)
    ("postgres-date-field-out-of-range", "real",
     "  1) Reports monthly totals for February:\n"
     "     error: date/time field value out of range: \"2026-02-29\"\n"
     "      at Parser.parseErrorMessage (node_modules/pg-protocol/dist/parser.js:283:98)\n"
     "  41 passing (3s)\n"
     "  1 failing\n"
     + _EXIT),
    # freezegun freezegun/api.py FakeDatetime (its repr in pytest's comparison): a frozen clock the test
    # compared with the real one (checked)
    ("freezegun-fake-vs-real-datetime", "real",
     "    @freeze_time(\"2026-01-01\")\n"
     "    def test_token_expiry():\n"
     ">       assert token.expires_at == datetime.now() + timedelta(hours=1)\n"
     "E       AssertionError: assert datetime.datetime(2026, 3, 1, 10, 4, 12, 511000) == FakeDatetime(2026, 1, 1, 1, 0)\n"
     "FAILED tests/test_tokens.py::test_token_expiry - AssertionError: assert datetime.datetime(2026, 3, 1, 10, 4, 12, 511000) == FakeDatetime(2026, 1, 1, 1, 0)\n"
     "===================== 1 failed, 14 passed in 0.91s =====================\n"
     + _EXIT),

    # ------------------------------------------------------------------ near-misses
    # GNU make src/main.c ("warning:  Clock skew detected.  Your build may be incomplete.") and remake.c
    # ("Warning: File '%s' has modification time %s s in the future"): warnings beside a compile error
    ("make-clock-skew-warning-then-compile-error", "real",
     "make[2]: Warning: File 'src/CMakeFiles/core.dir/depend.make' has modification time 2.4 s in the future\n"
     "[ 42%] Building C object src/CMakeFiles/core.dir/parser.c.o\n"
     "/src/src/parser.c:118:9: error: 'token_kind' undeclared (first use in this function)\n"
     "make[2]: *** [src/CMakeFiles/core.dir/build.make:90: src/CMakeFiles/core.dir/parser.c.o] Error 1\n"
     "make[2]: warning:  Clock skew detected.  Your build may be incomplete.\n"
     "make[1]: *** [CMakeFiles/Makefile2:120: src/CMakeFiles/core.dir/all] Error 2\n"
     "make: *** [Makefile:91: all] Error 2\n"
     + _EXIT),
    # a test of the app's own clock-skew handling (the words in a test name and an assertion)
    ("pytest-test-about-request-time-too-skewed", "real",
     "tests/test_s3_retry.py::test_retries_on_request_time_too_skewed FAILED\n"
     "E       AssertionError: assert 'RequestTimeTooSkewed' in ['SlowDown', 'InternalError']\n"
     "FAILED tests/test_s3_retry.py::test_retries_on_request_time_too_skewed - AssertionError: assert 'RequestTimeTooSkewed' in ['SlowDown', 'InternalError']\n"
     "===================== 1 failed, 30 passed in 1.02s =====================\n"
     + _EXIT),
    ("pytest-raises-clock-skew-not-raised", "real",
     "    def test_kerberos_skew_is_reported():\n"
     "        with pytest.raises(KerberosError, match=\"Clock skew too great\"):\n"
     ">           client.login(now=FIXED_NOW)\n"
     "E       Failed: DID NOT RAISE <class 'auth.KerberosError'>\n"
     "FAILED tests/test_auth.py::test_kerberos_skew_is_reported - Failed: DID NOT RAISE <class 'auth.KerberosError'>\n"
     "===================== 1 failed, 22 passed in 0.51s =====================\n"
     + _EXIT),
    # the app's own log lines mention skew, the job failed on an assertion
    ("app-log-signature-expired-then-assert", "real",
     "2026-03-01T10:00:01Z WARN presign: Signature expired: 20260301T094000Z is now earlier than 20260301T094512Z (20260301T100012Z - 15 min.) (expected in test)\n"
     "--- FAIL: TestPresignRejectsOld (0.01s)\n"
     "    presign_test.go:55: status = 200, want 403\n"
     "FAIL\texample.org/store/presign\t0.120s\n"
     + _EXIT),
    # a package named for the mechanism, failing to build
    ("package-name-clock-skew-compile-error", "real",
     "   Compiling clock-skew-detector v0.3.1 (/src/crates/clock-skew-detector)\n"
     "error[E0425]: cannot find value `drift_ms` in this scope\n"
     "  --> crates/clock-skew-detector/src/lib.rs:42:17\n"
     "error: could not compile `clock-skew-detector` (lib) due to 1 previous error\n"
     + _EXIT),
    # an application's own INFO/WARN lines about skew while the job failed on its tests
    ("app-info-clock-skew-then-rspec-failure", "real",
     "I, [2026-03-01T10:00:01] INFO -- : kerberos: Clock skew too great, resyncing and retrying\n"
     "Failures:\n"
     "  1) Ledger#balance sums entries\n"
     "     Failure/Error: expect(ledger.balance).to eq(120)\n"
     "       expected: 120\n"
     "            got: 100\n"
     "12 examples, 1 failure\n"
     + _CIRCLE),
    # a unittest whose test method is named for the mechanism and fails on a computed value
    ("unittest-named-for-skew-fails", "real",
     "FAIL: test_request_time_too_skewed_is_mapped (tests.test_errors.ErrorMapTest)\n"
     "Traceback (most recent call last):\n"
     '  File "/src/tests/test_errors.py", line 31, in test_request_time_too_skewed_is_mapped\n'
     "AssertionError: 'auth' != 'clock'\n"
     "Ran 44 tests in 0.310s\n"
     "FAILED (failures=1)\n"
     + _EXIT),
    # the words of a time-zone entry in a network outage's log: an app's INFO line, then a 503 from a registry
    ("tz-word-in-info-then-registry-503", "transient",
     "2026-03-01 10:00:01 INFO tz: falling back to UTC (unknown time zone in config)\n"
     "Step 4/9 : RUN pip install -r requirements.txt\n"
     "ERROR: Could not install packages due to an OSError: HTTPSConnectionPool(host='pypi.example.org', port=443): Max retries exceeded with url: /simple/widgets/ (Caused by ResponseError('too many 503 error responses'))\n"
     + _EXIT),
    # GNU tar src/extract.c ("%s: time stamp %s is %s s in the future") warnings before a failing test
    ("tar-timestamp-future-then-test-fail", "real",
     "tar: vendor/lib/util.js: time stamp 2026-03-01 12:00:00 is 3512.4 s in the future\n"
     "tar: vendor/lib/index.js: time stamp 2026-03-01 12:00:00 is 3512.3 s in the future\n"
     " FAIL  test/util.test.js\n"
     "  ● util › formats bytes\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "    Expected: \"1.0 KB\"\n"
     "    Received: \"1.0 kB\"\n"
     "Tests:       1 failed, 12 passed, 13 total\n"
     + _EXIT),
    # a failing unit test beside an earlier clock-skew warning of an S3 upload that succeeded on retry
    ("skew-retried-then-unit-test-fails", "real",
     "upload: retrying after RequestTimeTooSkewed, clock offset corrected by 912s\n"
     "upload: dist/app.tar.gz to s3://example-artifacts/app.tar.gz\n"
     "FAILED tests/test_parse.py::test_header_row - AssertionError: assert ['id', 'name'] == ['id', 'name', 'email']\n"
     "===================== 1 failed, 77 passed in 3.80s =====================\n"
     + _EXIT),
    # a date comparison that may have straddled midnight UTC (a rerun at another hour passes; the code
    # compares two clocks). Read as ambiguous (not surely transient) until the twenty-sixth round, which reads dates a
    # calendar day apart in a test that names no date arithmetic as such a flake (dates-a-calendar-day-apart,
    # tests/unit/test_dates26.py: six public threads of this shape were flakes)
    ("pytest-date-straddles-midnight", "transient",
     "E       AssertionError: assert datetime.date(2026, 3, 2) == datetime.date(2026, 3, 1)\n"
     "FAILED tests/test_report.py::test_report_is_dated_today - AssertionError: assert datetime.date(2026, 3, 2) == datetime.date(2026, 3, 1)\n"
     "===================== 1 failed, 91 passed in 5.12s =====================\n"
     + _EXIT),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # Go's x509 "current time %s is before %s" (not yet valid): a clock behind, or a fixture minted with a
    # notBefore in the future (golang/go src/crypto/x509/verify.go) (checked)
    ("go-x509-not-yet-valid-before",
     "Error response from daemon: Get \"https://registry.example.org/v2/\": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 1970-01-01T00:01:12Z is before 2026-01-15T00:00:00Z\n"
     + _EXIT),
    # OpenSSL crypto/x509/x509_txt.c ("certificate is not yet valid") via CPython's _ssl.c (checked)
    ("python-ssl-cert-not-yet-valid",
     "requests.exceptions.SSLError: HTTPSConnectionPool(host='api.example.org', port=443): Max retries exceeded with url: /v1/ping (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate is not yet valid (_ssl.c:1006)')))\n"
     + _EXIT),
    # OpenJDK sun/security/x509/CertificateValidity.java ("NotBefore: " + notBefore) (checked)
    ("java-cert-not-yet-valid",
     "Caused by: java.security.cert.CertificateNotYetValidException: NotBefore: Mon Mar 02 00:00:00 UTC 2026\n"
     "\tat java.base/sun.security.x509.CertificateValidity.valid(CertificateValidity.java:191)\n"
     "[ERROR] BUILD FAILURE\n"),
    # AWS STS / SDKs (doc: "The security token included in the request is expired"): a session that
    # outlived its role's duration in a long job, or a stale static secret
    ("aws-expired-token-mid-job",
     "[deploy] step 14/15 sync assets (elapsed 01:02:11)\n"
     "An error occurred (ExpiredToken) when calling the PutObject operation: The provided token has expired.\n"
     + _EXIT),
    ("aws-sdk-expired-token-exception",
     "ExpiredTokenException: The security token included in the request is expired\n"
     "    at Request.extractError (/src/node_modules/aws-sdk/lib/protocol/json.js:52:27)\n"
     + _EXIT),
    # jpadilla/pyjwt jwt/api_jwt.py ("The token is not yet valid (iat)", "(nbf)") (checked)
    ("pyjwt-immature-signature-iat",
     "tests/integration/test_login.py::test_service_token FAILED\n"
     "E   jwt.exceptions.ImmatureSignatureError: The token is not yet valid (iat)\n"
     "FAILED tests/integration/test_login.py::test_service_token - jwt.exceptions.ImmatureSignatureError: The token is not yet valid (iat)\n"
     + _EXIT),
    # auth0/node-jsonwebtoken lib/NotBeforeError.js + verify.js ('jwt not active') (checked)
    ("jsonwebtoken-not-before-error",
     "  1) auth middleware accepts a fresh token:\n"
     "     NotBeforeError: jwt not active\n"
     "      at /src/node_modules/jsonwebtoken/verify.js:164:21\n"
     "  1 failing\n"
     + _EXIT),
    # golang-jwt/jwt errors.go ("token used before issued", "token is not valid yet") (checked)
    ("golang-jwt-used-before-issued",
     "    handler_test.go:77: parse: token has invalid claims: token used before issued\n"
     "--- FAIL: TestIssueAndVerify (0.00s)\n"
     + _EXIT),
    # apt apt-pkg/acquire-item.cc ("Release file for %s is expired (invalid since %s)"): a clock ahead, a
    # mirror whose Release was not re-signed in time, or an archived suite (checked)
    ("apt-release-expired",
     "E: Release file for http://security.example.org/debian-security/dists/bullseye-security/InRelease is expired (invalid since 5h 2min 11s). Updates for this repository will not be applied.\n"
     + _EXIT),
    # Entra ID's AADSTS700024 (doc: learn.microsoft.com/entra/identity-platform/reference-error-codes):
    # a federated assertion used after its lifetime in a long job, or a clock off
    ("entra-client-assertion-time-range",
     "ERROR: AADSTS700024: Client assertion is not within its valid time range. Current time: 2026-03-01T10:45:12Z, assertion valid from 2026-03-01T09:40:00Z, expiry time of assertion 2026-03-01T09:50:00Z.\n"
     + _EXIT),
    # GitHub's REST API answer for an App JWT whose iat is ahead (docs.github.com/apps/creating-github-apps/
    # authenticating-with-a-github-app/generating-a-json-web-token-jwt-for-a-github-app) (doc)
    ("github-app-jwt-iat-future",
     "HttpError: 'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued\n"
     "    at /src/node_modules/@octokit/request/dist-node/index.js:86:21\n"
     + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_clock_time_cert_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_clock_time_cert_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Signature expired: 20260301T101500Z is now earlier than ",
    "Clock skew too great Clock skew too great ",
    "Request date header too old: ",
    "was created 10631 seconds in the future ",
]
