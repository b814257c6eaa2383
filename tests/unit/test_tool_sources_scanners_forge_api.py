"""Twelfth round, tool sources: security and supply-chain scanners run in CI, and the GitHub/GitLab API
clients a CI step uses to release, comment, label or set a status.

Each case is a short log written for the test around one message as the tool prints it, read from the
tool's own source (the comment above each case names the repository and the file holding the format
string; the few that rest on a tool's documentation say so). Hosts, packages, repositories and paths are
made up; no project's CI log is copied.

A scanner that FOUND something (npm/yarn/pnpm audit's vulnerability summary, pip-audit's "Found N known
vulnerabilities", safety's report, bundler-audit's "Vulnerabilities found!", cargo-audit and cargo-deny,
govulncheck, OWASP dependency-check's CVSS gate, Trivy's table under --exit-code 1, Grype's --fail-on,
Snyk's "found N issues", gitleaks' and trufflehog's leaks, a licence gate) reports the dependencies as
they are: the same on every run until they change, so real. A scanner that could not fetch its
advisory data (the audit endpoint answering 5xx, PyPI/OSV/safety's servers down or slow, the advisory
DB's git clone failing, the NVD answering 503, Trivy's DB download throttled by the registry, Grype's
listing unreachable, Snyk's server error or maintenance window) never judged the code: transient.

An API client's 5xx, 502 and secondary rate limit (octokit's HttpError, github-script, the gh CLI,
PyGithub, go-github, python-gitlab, release-please and semantic-release relaying them) is GitHub's or
GitLab's trouble of the moment: transient. Refused credentials (401, "Bad credentials"), a permission the
token lacks ("Resource not accessible by integration"), a resource that is not there (404) and the
release tools' own configuration errors (ENOGHTOKEN, EGITNOPERMISSION) are the same on every run: real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_EXIT2 = "Exited with code exit status 1\n"
_MVN_END = "[INFO] BUILD FAILURE\n[INFO] Total time:  01:12 min\n" + _EXIT

CASES: list[tuple[str, str, str]] = [
    # ================================================================== part 1: scanners
    # ------------------------------------------------------------------ npm audit
    # npm/cli node_modules/npm-audit-report/lib/reporters/detail.js ("# npm audit report", "Severity: ",
    # "fix available via `npm audit fix`") and reporters/install.js ("%d %s severity vulnerabilit%s")
    ("npm-audit-one-high", "real",
     "Run npm audit --audit-level=high\n"
     "# npm audit report\n"
     "\n"
     "tar-mini  <4.4.18\n"
     "Severity: high\n"
     "Arbitrary File Creation in tar-mini - https://github.com/advisories/GHSA-xxxx-yyyy-zzzz\n"
     "fix available via `npm audit fix`\n"
     "node_modules/tar-mini\n"
     "\n"
     "1 high severity vulnerability\n"
     "\n"
     "To address all issues, run:\n"
     "  npm audit fix\n" + _EXIT),
    # npm-audit-report reporters/install.js ("%d vulnerabilities (%s)" when several severities)
    ("npm-audit-several-severities", "real",
     "$ npm audit --omit=dev\n"
     "# npm audit report\n"
     "\n"
     "semver-lite  7.0.0 - 7.5.1\n"
     "Severity: moderate\n"
     "No fix available\n"
     "node_modules/semver-lite\n"
     "\n"
     "5 vulnerabilities (2 moderate, 3 high)\n"
     "\n"
     "Some issues need review, and may require choosing\n"
     "a different dependency.\n" + _EXIT2),
    # npm/cli lib/utils/audit-error.js (log.warn('audit', error.message), then
    # throw 'audit endpoint returned an error')
    ("npm-audit-endpoint-503", "transient",
     "Run npm audit --audit-level=critical\n"
     "npm warn audit 503 Service Unavailable - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk\n"
     "npm error audit endpoint returned an error\n"
     "npm error A complete log of this run can be found in: /home/runner/.npm/_logs/2024-05-02T10_11_12_000Z-debug-0.log\n"
     + _EXIT),
    # same, the bare line an excerpt keeps
    ("npm-audit-endpoint-error-bare", "transient",
     "> npm audit --production\n"
     "npm ERR! audit endpoint returned an error\n"
     + _EXIT2),
    # npm/cli v6 lib/audit.js (ENOAUDIT: "Your configured registry (%s) may not support audit requests, or
    # the audit endpoint may be temporarily unavailable." for a status other than 401/404)
    ("npm6-enoaudit-temporarily-unavailable", "transient",
     "$ npm audit\n"
     "npm ERR! code ENOAUDIT\n"
     "npm ERR! audit Your configured registry (https://registry.npmjs.org/) may not support audit requests, "
     "or the audit endpoint may be temporarily unavailable.\n"
     "npm ERR! audit The server said: <html><body>502 Bad Gateway</body></html>\n"
     + _EXIT2),
    # same file, the 404 branch ("Your configured registry (%s) does not support audit requests."): a
    # private registry without the endpoint, every run
    ("npm6-enoaudit-registry-without-audit", "real",
     "$ npm audit\n"
     "npm ERR! code ENOAUDIT\n"
     "npm ERR! audit Your configured registry (https://npm.internal.example.org/) does not support audit "
     "requests.\n"
     + _EXIT2),
    # ------------------------------------------------------------------ yarn audit / pnpm audit
    # yarn 1 src/reporters/console/console-reporter.js auditSummary ("%d vulnerabilities found - Packages
    # audited: %d", "Severity: ...")
    ("yarn1-audit-findings", "real",
     "$ yarn audit --groups dependencies --level high\n"
     "yarn audit v1.22.22\n"
     "│ high          │ Prototype Pollution in deep-merge-lite                       │\n"
     "│ Package       │ deep-merge-lite                                              │\n"
     "│ Patched in    │ >=2.0.1                                                      │\n"
     "2 vulnerabilities found - Packages audited: 812\n"
     "Severity: 2 High\n"
     "Done in 1.84s.\n"
     "error Command failed with exit code 8.\n" + _EXIT),
    # pnpm lockfile/audit (reportSummary: "%d vulnerabilities found\nSeverity: ...")
    ("pnpm-audit-findings", "real",
     "Run pnpm audit --prod --audit-level high\n"
     "┌─────────────────────┬──────────────────────────────────────────┐\n"
     "│ high                │ Regular Expression Denial of Service     │\n"
     "├─────────────────────┼──────────────────────────────────────────┤\n"
     "│ Package             │ glob-tiny                                │\n"
     "└─────────────────────┴──────────────────────────────────────────┘\n"
     "3 vulnerabilities found\n"
     "Severity: 1 moderate | 2 high\n" + _EXIT),
    # pnpm lockfile/audit ("The audit endpoint (at %s) responded with %d: %s", ERR_PNPM_AUDIT_BAD_RESPONSE)
    ("pnpm-audit-endpoint-500", "transient",
     "Run pnpm audit --audit-level moderate\n"
     " ERR_PNPM_AUDIT_BAD_RESPONSE  The audit endpoint (at https://registry.npmjs.org/-/npm/v1/security/audits) "
     "responded with 500: {\"error\":\"Internal Server Error\"}\n" + _EXIT),
    ("pnpm-audit-endpoint-504", "transient",
     "Run pnpm audit\n"
     " ERR_PNPM_AUDIT_BAD_RESPONSE  The audit endpoint (at https://registry.npmjs.org/-/npm/v1/security/audits/quick) "
     "responded with 504: <html><head><title>504 Gateway Time-out</title></head></html>\n" + _EXIT),
    # same message for a 410: the endpoint was retired, every run until pnpm is upgraded
    ("pnpm-audit-endpoint-retired-410", "real",
     "Run pnpm audit --prod\n"
     " ERR_PNPM_AUDIT_BAD_RESPONSE  The audit endpoint (at https://registry.npmjs.org/-/npm/v1/security/audits) "
     "responded with 410: {\"error\":\"This endpoint is being retired. Use the bulk advisory endpoint instead.\"}\n"
     + _EXIT),
    # pnpm lockfile/audit (AuditEndpointNotExistsError, ERR_PNPM_AUDIT_ENDPOINT_NOT_EXISTS)
    ("pnpm-audit-endpoint-not-exists", "real",
     "Run pnpm audit\n"
     " ERR_PNPM_AUDIT_ENDPOINT_NOT_EXISTS  The audit endpoint (at https://npm.mirror.example.org/-/npm/v1/security/"
     "audits) doesn't exist.\n" + _EXIT),
    # ------------------------------------------------------------------ pip-audit
    # pypa/pip-audit pip_audit/_cli.py ("Found %d known vulnerabilit%s in %d package%s")
    ("pip-audit-findings", "real",
     "Run pip-audit -r requirements.txt\n"
     "Found 2 known vulnerabilities in 1 package\n"
     "Name    Version ID                  Fix Versions\n"
     "------- ------- ------------------- ------------\n"
     "jinjax  2.11.3  GHSA-aaaa-bbbb-cccc 3.1.4\n"
     "jinjax  2.11.3  PYSEC-2024-1        3.1.4\n" + _EXIT),
    # pip_audit/_service/pypi.py (ConnectionError "Could not connect to PyPI's vulnerability feed") and
    # _cli.py (the "Tip: your network may be blocking this service" that follows)
    ("pip-audit-pypi-feed-unreachable", "transient",
     "Run pip-audit --strict\n"
     "ERROR:pip_audit._cli:Could not connect to PyPI's vulnerability feed\n"
     "ERROR:pip_audit._cli:Tip: your network may be blocking this service. Try another service with `-s SERVICE`\n"
     + _EXIT),
    # pip_audit/_service/osv.py (same ConnectionError for OSV)
    ("pip-audit-osv-feed-unreachable", "transient",
     "$ pip-audit -s osv -r requirements/prod.txt\n"
     "ERROR:pip_audit._cli:Could not connect to OSV's vulnerability feed\n"
     "ERROR:pip_audit._cli:Tip: your network may be blocking this service. Try another service with `-s SERVICE`\n"
     + _EXIT2),
    # pip_audit/_service/pypi.py ("PyPI is not redirecting properly": an outage, as its comment says)
    ("pip-audit-pypi-redirect-loop", "transient",
     "$ pip-audit\n"
     "ERROR:pip_audit._cli:PyPI is not redirecting properly\n"
     "ERROR:pip_audit._cli:Tip: your network may be blocking this service. Try another service with `-s SERVICE`\n"
     + _EXIT2),
    # pip_audit/_cli.py (_fatal "couldn't find a supported project file in %s"): the job's own layout
    ("pip-audit-no-project-file", "real",
     "$ pip-audit .\n"
     "ERROR:pip_audit._cli:couldn't find a supported project file in .\n" + _EXIT2),
    # ------------------------------------------------------------------ safety
    # pyupio/safety safety/output_utils.py (" %d vulnerabilit%s reported.")
    ("safety-findings", "real",
     "Run safety check -r requirements.txt\n"
     "+=========================================================================+\n"
     " REPORT\n"
     " Scan was completed. 3 vulnerabilities were reported.\n"
     "+=========================================================================+\n"
     " VULNERABILITIES REPORTED\n"
     "-> Vulnerability found in urllib4 version 1.26.4\n" + _EXIT),
    # safety/errors.py ServerError ("Sorry, something went wrong.\nOur engineers are working quickly to
    # resolve the issue.")
    ("safety-server-error", "transient",
     "$ safety check --full-report\n"
     "Sorry, something went wrong.\n"
     "Our engineers are working quickly to resolve the issue. Reason: 503 Service Unavailable\n" + _EXIT2),
    # safety/errors.py RequestTimeoutError ("Check your network connection, the request timed out.")
    ("safety-request-timeout", "transient",
     "$ safety scan\n"
     "Check your network connection, the request timed out.\n" + _EXIT2),
    # safety/errors.py TooManyRequestsError ("Too many requests.")
    ("safety-too-many-requests", "transient",
     "$ safety scan --detailed-output\n"
     "Too many requests. Reason: rate limit reached for this organization\n" + _EXIT2),
    # safety/errors.py InvalidCredentialError ("Your authentication credential%sis invalid. See %s.")
    ("safety-invalid-credential", "real",
     "$ safety check --key $SAFETY_API_KEY\n"
     "Your authentication credential 'sk-***' is invalid. See "
     "https://docs.safetycli.com/safety-docs/support/invalid-api-key-error.\n" + _EXIT2),
    # ------------------------------------------------------------------ bundler-audit
    # rubysec/bundler-audit lib/bundler/audit/cli/formats/text.rb ("Name: ", "Criticality: ",
    # "Vulnerabilities found!")
    ("bundler-audit-findings", "real",
     "$ bundle exec bundle-audit check --update\n"
     "Updating ruby-advisory-db ...\n"
     "Updated ruby-advisory-db\n"
     "Name: rackish\n"
     "Version: 2.2.3\n"
     "CVE: CVE-2024-00001\n"
     "Criticality: High\n"
     "URL: https://example.org/advisories/rackish\n"
     "Title: Denial of service in header parsing\n"
     "Solution: update to '~> 2.2.8', '>= 3.0.9'\n"
     "\n"
     "Vulnerabilities found!\n" + _EXIT2),
    # lib/bundler/audit/database.rb ("failed to download %s to %s", DownloadFailed) after git's own words
    ("bundler-audit-db-clone-502", "transient",
     "$ bundle exec bundle-audit check --update\n"
     "Download ruby-advisory-db ...\n"
     "Cloning into '/home/circleci/.local/share/ruby-advisory-db'...\n"
     "fatal: unable to access 'https://github.com/rubysec/ruby-advisory-db.git/': The requested URL returned "
     "error: 502\n"
     "failed to download https://github.com/rubysec/ruby-advisory-db.git to "
     "\"/home/circleci/.local/share/ruby-advisory-db\"\n" + _EXIT2),
    # same file, the bare line an excerpt keeps
    ("bundler-audit-db-download-bare", "transient",
     "$ bundle-audit update\n"
     "Download ruby-advisory-db ...\n"
     "failed to download https://github.com/rubysec/ruby-advisory-db.git to "
     "\"/home/runner/.local/share/ruby-advisory-db\"\n" + _EXIT),
    # lib/bundler/audit/database.rb ("failed to update %s", UpdateFailed)
    ("bundler-audit-db-update-failed", "transient",
     "$ bundle exec bundle-audit check --update\n"
     "Updating ruby-advisory-db ...\n"
     "fatal: unable to access 'https://github.com/rubysec/ruby-advisory-db.git/': Failed to connect to github.com "
     "port 443 after 130012 ms: Connection timed out\n"
     "failed to update \"/home/runner/.local/share/ruby-advisory-db\"\n" + _EXIT),
    # ------------------------------------------------------------------ cargo-audit / cargo-deny
    # rustsec/rustsec cargo-audit/src/presenter.rs ("%d vulnerabilities found!")
    ("cargo-audit-findings", "real",
     "$ cargo audit\n"
     "    Fetching advisory database from `https://github.com/RustSec/advisory-db.git`\n"
     "      Loaded 612 security advisories (from /home/runner/.cargo/advisory-db)\n"
     "    Scanning Cargo.lock for vulnerabilities (231 crate dependencies)\n"
     "Crate:     tiny-http-lite\n"
     "Version:   0.6.2\n"
     "Title:     HTTP request smuggling\n"
     "ID:        RUSTSEC-2024-0001\n"
     "error: 2 vulnerabilities found!\n" + _EXIT),
    # cargo-audit/src/auditor.rs ("couldn't fetch advisory database: %s")
    ("cargo-audit-db-fetch-failed", "transient",
     "$ cargo audit\n"
     "    Fetching advisory database from `https://github.com/RustSec/advisory-db.git`\n"
     "error: couldn't fetch advisory database: git operation failed: failed to fetch: An IO error occurred when "
     "talking to the server\n" + _EXIT),
    # EmbarkStudios/cargo-deny src/advisories/helpers/db.rs ("failed to fetch advisory database %s")
    ("cargo-deny-db-fetch-failed", "transient",
     "Run cargo deny check\n"
     "2024-05-02 10:11:12 [ERROR] failed to fetch advisory database https://github.com/rustsec/advisory-db\n"
     "fatal: unable to access 'https://github.com/rustsec/advisory-db/': Failed to connect to github.com port 443 "
     "after 21086 ms: Couldn't connect to server\n" + _EXIT),
    # cargo-deny's diagnostics (error[vulnerability], error[rejected]) and its summary line
    ("cargo-deny-findings", "real",
     "Run cargo deny check\n"
     "error[vulnerability]: Use-after-free in tiny-arena\n"
     "   ┌─ /home/runner/work/app/app/Cargo.lock:44:1\n"
     "error[rejected]: failed to satisfy license requirements\n"
     "advisories FAILED, bans ok, licenses FAILED, sources ok\n" + _EXIT),
    # ------------------------------------------------------------------ govulncheck
    # golang/vuln internal/scan/text.go ("Your code is affected by %d vulnerabilit%s from %d module%s.")
    ("govulncheck-findings", "real",
     "Run govulncheck ./...\n"
     "=== Symbol Results ===\n"
     "Vulnerability #1: GO-2024-0001\n"
     "    Denial of service in example.org/x/netlite\n"
     "Your code is affected by 1 vulnerability from 1 module.\n" + _EXIT),
    # golang/vuln internal/scan/run.go ("govulncheck: %v" around the client's "fetching vulnerabilities: %w")
    ("govulncheck-db-tls-timeout", "transient",
     "Run govulncheck ./...\n"
     "govulncheck: fetching vulnerabilities: Get \"https://vuln.go.dev/index/modules.json.gz\": net/http: TLS "
     "handshake timeout\n" + _EXIT),
    ("govulncheck-db-503", "transient",
     "$ govulncheck -test ./...\n"
     "govulncheck: fetching vulnerabilities: HTTP GET https://vuln.go.dev/index/db.json.gz returned unexpected "
     "status: 503 Service Unavailable\n" + _EXIT2),
    # ------------------------------------------------------------------ OWASP dependency-check
    # jeremylong/DependencyCheck maven/src/main/java/org/owasp/dependencycheck/maven/BaseDependencyCheckMojo.java
    # ("One or more dependencies were identified with vulnerabilities that have a CVSS score greater than or
    # equal to '%.1f': %s%n")
    ("dependency-check-cvss-gate-maven", "real",
     "[INFO] --- dependency-check:9.2.0:check (default) @ shop-api ---\n"
     "[ERROR] Failed to execute goal org.owasp:dependency-check-maven:9.2.0:check (default) on project shop-api: \n"
     "[ERROR] \n"
     "[ERROR] One or more dependencies were identified with vulnerabilities that have a CVSS score greater than or "
     "equal to '7.0': \n"
     "[ERROR] \n"
     "[ERROR] logkit-core-2.14.1.jar: CVE-2021-00001(10.0)\n" + _MVN_END),
    # gradle/src/main/groovy/org/owasp/dependencycheck/gradle/tasks/AbstractAnalyze.groovy (same wording)
    ("dependency-check-cvss-gate-gradle", "real",
     "> Task :dependencyCheckAnalyze FAILED\n"
     "FAILURE: Build failed with an exception.\n"
     "* What went wrong:\n"
     "Execution failed for task ':dependencyCheckAnalyze'.\n"
     "> \n"
     "  One or more dependencies were identified with vulnerabilities that have a CVSS score greater than or equal "
     "to '8.0': \n"
     "  yamlish-1.29.jar: CVE-2022-00002(9.8)\n"
     "BUILD FAILED in 2m 3s\n" + _EXIT),
    # core/src/main/java/org/owasp/dependencycheck/data/update/NvdApiDataSource.java ("Error updating the
    # NVD Data") around the NVD client's NvdApiException ("NVD Returned Status Code: %d")
    ("dependency-check-nvd-503-maven", "transient",
     "[INFO] --- dependency-check:9.2.0:check (default) @ shop-api ---\n"
     "[INFO] NVD API has 254,103 records in this update\n"
     "[WARNING] Retrying request /rest/json/cves/2.0?startIndex=4000 : 3rd time\n"
     "[ERROR] Error updating the NVD Data\n"
     "io.github.jeremylong.openvulnerability.client.nvd.NvdApiException: NVD Returned Status Code: 503\n"
     "[ERROR] Failed to execute goal org.owasp:dependency-check-maven:9.2.0:check (default) on project shop-api: "
     "One or more exceptions occurred during dependency-check analysis: Error updating the NVD Data\n"
     + _MVN_END),
    ("dependency-check-nvd-503-cli", "transient",
     "$ dependency-check.sh --scan . --format HTML --failOnCVSS 7\n"
     "[INFO] Checking for updates\n"
     "[ERROR] Error updating the NVD Data\n"
     "org.owasp.dependencycheck.data.update.exception.UpdateException: Error updating the NVD Data\n"
     "Caused by: io.github.jeremylong.openvulnerability.client.nvd.NvdApiException: NVD Returned Status Code: 503\n"
     "[ERROR] Unable to continue dependency-check analysis.\n" + _EXIT2),
    # older releases' JSON feeds (NvdCveUpdater: "Unable to download meta file: %s")
    ("dependency-check-meta-file", "transient",
     "[INFO] --- dependency-check-maven:6.5.3:aggregate (default-cli) @ parent ---\n"
     "[ERROR] Unable to download meta file: https://nvd.nist.gov/feeds/json/cve/1.1/nvdcve-1.1-modified.meta\n"
     "[ERROR] Failed to execute goal org.owasp:dependency-check-maven:6.5.3:aggregate (default-cli) on project "
     "parent: Fatal exception(s) analyzing parent: One or more exceptions occurred during analysis:\n"
     "[ERROR] \tUnable to download meta file: https://nvd.nist.gov/feeds/json/cve/1.1/nvdcve-1.1-modified.meta\n"
     + _MVN_END),
    # core/src/main/java/org/owasp/dependencycheck/Engine.java (NoDataException "Autoupdate is disabled and the
    # database does not exist" under "Unable to continue dependency-check analysis."): the job turned updates off
    # and gave it no database
    ("dependency-check-autoupdate-off-no-db", "real",
     "$ dependency-check.sh --noupdate --scan . --failOnCVSS 7\n"
     "[ERROR] Unable to continue dependency-check analysis.\n"
     "org.owasp.dependencycheck.exception.NoDataException: Autoupdate is disabled and the database does not exist\n"
     + _EXIT2),
    # ------------------------------------------------------------------ Trivy
    # aquasecurity/trivy pkg/report/table/vulnerability.go ("Total: %d (%s)") under --exit-code 1
    ("trivy-findings-exit-code", "real",
     "Run trivy image --exit-code 1 --severity HIGH,CRITICAL registry.example.org/shop/api:sha-1a2b3c\n"
     "registry.example.org/shop/api:sha-1a2b3c (alpine 3.19.1)\n"
     "\n"
     "Total: 2 (HIGH: 1, CRITICAL: 1)\n"
     "\n"
     "│   Library   │ Vulnerability  │ Severity │ Status │ Installed Version │ Fixed Version │\n"
     "│ libcrypto3  │ CVE-2024-00003 │ CRITICAL │ fixed  │ 3.1.4-r5          │ 3.1.4-r6      │\n"
     "│ busybox     │ CVE-2024-00004 │ HIGH     │ fixed  │ 1.36.1-r15        │ 1.36.1-r16    │\n" + _EXIT),
    # pkg/db/db.go ("failed to download vulnerability DB: %w"), pkg/oci/artifact.go ("Failed to download
    # artifact", "failed to download artifact from any source"), cmd/trivy/main.go ("Fatal error"), the
    # registry's TOOMANYREQUESTS in the cause
    ("trivy-db-ghcr-toomanyrequests", "transient",
     "Run trivy fs --exit-code 1 .\n"
     "2024-10-18T09:12:04Z\tINFO\t[vulndb] Need to update DB\n"
     "2024-10-18T09:12:04Z\tINFO\t[vulndb] Downloading vulnerability DB...\n"
     "2024-10-18T09:12:05Z\tERROR\t[vulndb] Failed to download artifact\trepo=\"ghcr.io/aquasecurity/trivy-db:2\" "
     "err=\"oci download error: failed to fetch the layer: GET https://ghcr.io/v2/aquasecurity/trivy-db/blobs/"
     "sha256:5f2c: TOOMANYREQUESTS: retry-after: 134.87µs, allowed: 44000/minute\"\n"
     "2024-10-18T09:12:05Z\tFATAL\tFatal error\tinit error: DB error: failed to download vulnerability DB: OCI "
     "artifact error: failed to download vulnerability DB: failed to download artifact from any source\n" + _EXIT),
    # the FATAL line alone, as an excerpt keeps it
    ("trivy-db-download-fatal-bare", "transient",
     "$ trivy image --exit-code 1 shop/api:latest\n"
     "2024-10-18T09:12:05Z\tFATAL\tFatal error\tinit error: DB error: failed to download vulnerability DB: OCI "
     "artifact error: failed to download vulnerability DB: failed to download artifact from any source\n"
     + _EXIT2),
    # pkg/javadb/client.go ("failed to download Java DB: %w"), pkg/commands/artifact/run.go ("Java DB error")
    ("trivy-java-db-download", "transient",
     "$ trivy fs --scanners vuln .\n"
     "2024-10-18T09:12:08Z\tFATAL\tFatal error\trun error: Java DB error: failed to download Java DB: OCI artifact "
     "error: failed to download artifact from any source\n" + _EXIT2),
    # ------------------------------------------------------------------ Grype
    # anchore/grype grype/grypeerr/errors.go ("discovered vulnerabilities at or above the severity threshold")
    ("grype-fail-on-threshold", "real",
     "Run grype dir:. --fail-on high\n"
     "NAME         INSTALLED  FIXED-IN  TYPE  VULNERABILITY   SEVERITY\n"
     "minimatchx   3.0.4      3.0.5     npm   GHSA-aaaa-1111  High\n"
     "[0012] ERROR discovered vulnerabilities at or above the severity threshold\n" + _EXIT),
    # cmd/grype/cli/commands/root.go ("failed to load vulnerability db: %w"), grype/db/v6/installation/curator.go
    # ("unable to update vulnerability database: %w"), grype/db/v6/distribution/client.go ("unable to download
    # listing: %w")
    ("grype-db-listing-503", "transient",
     "Run grype sbom:./sbom.json --fail-on critical\n"
     "[0001] ERROR failed to load vulnerability db: unable to update vulnerability database: unable to download "
     "listing: bad response code: 503\n" + _EXIT),
    ("grype-db-download-timeout", "transient",
     "$ grype registry.example.org/shop/api:1.4.0\n"
     "[0003] ERROR failed to load vulnerability db: unable to update vulnerability database: unable to download "
     "db: context deadline exceeded (Client.Timeout exceeded while awaiting headers)\n" + _EXIT2),
    # ------------------------------------------------------------------ Snyk CLI
    # snyk/cli src/lib/formatters/test/format-test-results.ts ("Tested %s for known %s, found %d
    # vulnerabilities, %d vulnerable paths.")
    ("snyk-test-findings", "real",
     "Run snyk test --severity-threshold=high\n"
     "Testing /home/runner/work/shop/shop...\n"
     "Tested 412 dependencies for known issues, found 3 issues, 5 vulnerable paths.\n"
     "Issues to fix by upgrading:\n"
     "  Upgrade axios-lite@0.21.1 to axios-lite@0.21.4 to fix\n"
     "  ✗ Server-Side Request Forgery [High Severity][https://security.snyk.io/vuln/SNYK-JS-AXIOSLITE-1] in "
     "axios-lite@0.21.1\n" + _EXIT),
    # snyk/cli error catalog (Snyk.ServerError, "Request not fulfilled due to server error (SNYK-9999)"; test
    # test/jest/acceptance asserting it on a 500)
    ("snyk-server-error-9999", "transient",
     "Run snyk test\n"
     " ERROR   Request not fulfilled due to server error (SNYK-9999)\n"
     "         An unexpected server error was encountered.\n"
     "         Docs: https://docs.snyk.io/scan-with-snyk/error-catalog#snyk-9999\n" + _EXIT),
    # snyk/cli test/jest/acceptance/resilience.spec.ts (Snyk.MaintenanceWindowError on a 503 -> SNYK-0099,
    # exit code EX_TEMPFAIL); the title from the error catalog documentation
    ("snyk-maintenance-window-0099", "transient",
     "$ snyk monitor --all-projects\n"
     " ERROR   Service in maintenance (SNYK-0099)\n"
     "         The service is under maintenance. Please try again later.\n" + _EXIT2),
    # snyk/cli src/lib/errors/authentication-failed-error.ts ("Authentication failed. Please check the API token
    # on %s", Snyk.UnauthorisedError -> SNYK-0005)
    ("snyk-auth-failed-0005", "real",
     "Run snyk test\n"
     " ERROR   Authentication error (SNYK-0005)\n"
     "         Authentication failed. Please check the API token on https://snyk.io\n" + _EXIT),
    # src/lib/errors/missing-api-token.ts ("`snyk` requires an authenticated account. Please run `snyk auth` and
    # try again.")
    ("snyk-missing-token", "real",
     "$ snyk test --all-projects\n"
     "`snyk` requires an authenticated account. Please run `snyk auth` and try again.\n" + _EXIT2),
    # ------------------------------------------------------------------ gitleaks / trufflehog
    # gitleaks/gitleaks cmd/root.go ("leaks found: %d", a warning-level line)
    ("gitleaks-leaks-found", "real",
     "Run gitleaks detect --source . --redact -v\n"
     "Finding:     aws_secret_access_key = REDACTED\n"
     "RuleID:      aws-access-token\n"
     "File:        config/settings.py\n"
     "Line:        12\n"
     "10:21AM INF 84 commits scanned.\n"
     "10:21AM INF scanned ~1832044 bytes (1.83 MB) in 412ms\n"
     "10:21AM WRN leaks found: 1\n" + _EXIT),
    # trufflesecurity/trufflehog pkg/output/plain.go ("Found verified result 🐷🔑"), main.go (--fail: exit 183)
    ("trufflehog-verified-result", "real",
     "Run trufflehog git file://. --only-verified --fail\n"
     "✅ Found verified result 🐷🔑\n"
     "Detector Type: Github\n"
     "Raw result: ghp_REDACTED\n"
     "File: scripts/deploy.sh\n"
     "##[error]Process completed with exit code 183.\n"),
    # ------------------------------------------------------------------ CodeQL
    # github/codeql-action src/cli-errors.ts (NoSourceCodeSeen: "CodeQL detected code written in .* but could
    # not process any of it", exit code 32)
    ("codeql-no-source-seen", "real",
     "Run github/codeql-action/analyze@v3\n"
     "Finalizing database at /home/runner/work/_temp/codeql_databases/java.\n"
     "CodeQL detected code written in Java/Kotlin but could not process any of it. For more information, review "
     "our troubleshooting guide at https://gh.io/troubleshooting-code-scanning/no-source-code-seen-during-build.\n"
     "Error: Encountered a fatal error while running \"codeql database finalize\". Exit code was 32.\n"),
    # src/cli-errors.ts (NoSupportedBuildSystemDetected, "No supported build system detected")
    ("codeql-autobuild-no-build-system", "real",
     "Run github/codeql-action/autobuild@v3\n"
     "[2024-05-02 10:11:12] [autobuild] No supported build system detected.\n"
     "Error: We were unable to automatically build your code. Please replace the call to the autobuild action "
     "with your custom build steps. Encountered a fatal error while running autobuild.\n"),
    # src/upload-lib.ts ("Code Scanning could not process the submitted SARIF file:\n%s") with a rejection
    # shouldConsiderInvalidRequest/ConfigurationError names (the file itself or the repository's setup)
    ("codeql-sarif-rejected", "real",
     "Run github/codeql-action/upload-sarif@v3\n"
     "Analysis upload status is failed.\n"
     "Error: Code Scanning could not process the submitted SARIF file:\n"
     "rejecting SARIF, as there are more runs than allowed (22 > 20)\n"),
    ("codeql-default-setup-conflict", "real",
     "Run github/codeql-action/analyze@v3\n"
     "Error: Code Scanning could not process the submitted SARIF file:\n"
     "CodeQL analyses from advanced configurations cannot be processed when the default setup is enabled\n"),
    # src/upload-lib.ts (uploadPayload: core.warning(httpError.message) then the error re-thrown) on a 502
    ("codeql-upload-bad-gateway", "transient",
     "Run github/codeql-action/upload-sarif@v3\n"
     "Uploading results\n"
     "Warning: Bad Gateway\n"
     "Error: HttpError: Bad Gateway\n"),
    # src/api-client.ts (wrapApiConfigurationError: "API rate limit exceeded")
    ("codeql-api-rate-limit", "transient",
     "Run github/codeql-action/init@v3\n"
     "Error: API rate limit exceeded for installation ID 4815162.\n"),
    # src/api-client.ts ("Please check that your token is valid and has the required permissions: contents:
    # read, security-events: write")
    ("codeql-token-permissions", "real",
     "Run github/codeql-action/upload-sarif@v3\n"
     "Error: Please check that your token is valid and has the required permissions: contents: read, "
     "security-events: write\n"),
    # ------------------------------------------------------------------ licence checkers
    # davglass/license-checker lib/index.js ("Found license defined by the --failOn flag: \"%s\". Exiting.")
    ("license-checker-fail-on", "real",
     "$ npx license-checker --production --failOn 'GPL-3.0;AGPL-3.0'\n"
     "Found license defined by the --failOn flag: \"GPL-3.0\". Exiting.\n" + _EXIT2),
    # github/licensed docs/commands/status.md ("license needs review") and its reporter's summary
    ("licensed-status-needs-review", "real",
     "Run licensed status\n"
     "Checking cached dependency records for shop\n"
     "  npm.copyleft-lib\n"
     "    filename: .licenses/npm/copyleft-lib.dep.yml\n"
     "      - license needs review: gpl-3.0\n"
     "\n"
     "214 dependencies checked, 1 error found.\n" + _EXIT),

    # ================================================================== part 2: forge API clients
    # ------------------------------------------------------------------ octokit / actions/github-script
    # actions/github-script src/main.ts (handleError: console.error(err); core.setFailed(`Unhandled error:
    # ${err}`)), octokit/request.js src/fetch-wrapper.ts (RequestError, named HttpError, with the response's
    # message) on a 500
    ("github-script-server-error", "transient",
     "Run actions/github-script@v7\n"
     "RequestError [HttpError]: Server Error\n"
     "    at /home/runner/work/_actions/actions/github-script/v7/dist/index.js:9537:21\n"
     "  status: 500,\n"
     "Error: Unhandled error: HttpError: Server Error\n"),
    ("github-script-server-error-bare", "transient",
     "Run actions/github-script@v7\n"
     "Error: HttpError: Server Error\n" + _EXIT),
    ("github-script-bad-gateway", "transient",
     "Run actions/github-script@v6\n"
     "RequestError [HttpError]: Bad gateway\n"
     "Error: Unhandled error: HttpError: Bad gateway\n"),
    # GitHub's secondary rate limit as octokit relays it (octokit/plugin-throttling.js src/index.ts reads
    # /\bsecondary rate\b/ in the message)
    ("github-script-secondary-rate-limit", "transient",
     "Run actions/github-script@v7\n"
     "Error: Unhandled error: HttpError: You have exceeded a secondary rate limit. Please wait a few minutes before "
     "you try again. If you reach out to GitHub Support for help, please include the request ID 1A2B:3C4D.\n"),
    ("octokit-api-rate-limit", "transient",
     "$ node scripts/label-pr.mjs\n"
     "HttpError: API rate limit exceeded for installation ID 4815162. - "
     "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting\n"
     "    at fetchWrapper (file:///home/runner/work/shop/node_modules/@octokit/request/dist-src/fetch-wrapper.js:108:11)\n"
     + _EXIT),
    # the token lacks a permission: GitHub's 403 "Resource not accessible by integration"
    ("github-script-resource-not-accessible", "real",
     "Run actions/github-script@v7\n"
     "RequestError [HttpError]: Resource not accessible by integration\n"
     "  status: 403,\n"
     "Error: Unhandled error: HttpError: Resource not accessible by integration\n"),
    # a 404 from the API: the issue/label/ref the script names is not there
    ("github-script-not-found", "real",
     "Run actions/github-script@v7\n"
     "RequestError [HttpError]: Not Found - https://docs.github.com/rest/issues/labels#get-a-label\n"
     "Error: Unhandled error: HttpError: Not Found - https://docs.github.com/rest/issues/labels#get-a-label\n"),
    # 401
    ("octokit-bad-credentials", "real",
     "$ node scripts/release-notes.js\n"
     "HttpError: Bad credentials - https://docs.github.com/rest\n"
     "    at fetchWrapper (/home/runner/work/shop/node_modules/@octokit/request/dist/index.js:98:11)\n" + _EXIT),
    # 422 with the API's validation errors (octokit's toErrorMessage "%s: %s")
    ("github-script-validation-failed", "real",
     "Run actions/github-script@v7\n"
     "Error: Unhandled error: HttpError: Validation Failed: "
     "{\"resource\":\"Release\",\"code\":\"already_exists\",\"field\":\"tag_name\"}\n"),
    # a failure of the script's own code that merely runs under github-script
    ("github-script-own-typeerror", "real",
     "Run actions/github-script@v7\n"
     "TypeError: Cannot read properties of undefined (reading 'number')\n"
     "    at eval (eval at callAsyncFunction (/home/runner/work/_actions/actions/github-script/v7/dist/index.js:35424:16))\n"
     "Error: Unhandled error: TypeError: Cannot read properties of undefined (reading 'number')\n"),
    # a project's own test of its GitHub client, asserting on octokit's words: the code under test
    ("jest-own-test-mentions-httperror", "real",
     " FAIL  test/notify.test.ts\n"
     "  ● notify › retries once on a 5xx\n"
     "    expect(received).rejects.toThrow(expected)\n"
     "    Expected substring: \"HttpError: Server Error\"\n"
     "    Received message:   \"notify is not a function\"\n"
     "Tests:       1 failed, 12 passed, 13 total\n" + _EXIT),
    # a project's own unit test of an audit-report parser: the summary is the test's data, the failure its
    # assertion
    ("pytest-own-test-mentions-npm-audit", "real",
     "tests/test_audit_parser.py::test_counts FAILED\n"
     "E       AssertionError: assert {'high': 0} == {'high': 1}\n"
     "E         parsed from '1 high severity vulnerability'\n"
     "=========================== 1 failed, 19 passed in 0.42s ===========================\n" + _EXIT),
    # ------------------------------------------------------------------ gh CLI
    # cli/go-gh pkg/api/errors.go (HTTPError "HTTP %d: %s (%s)"), used by cli/cli api/client.go
    ("gh-http-502", "transient",
     "Run gh release create v1.4.0 --generate-notes\n"
     "HTTP 502: Bad Gateway (https://api.github.com/repos/acme/shop/releases)\n" + _EXIT),
    ("gh-http-503", "transient",
     "$ gh pr comment 42 --body-file report.md\n"
     "HTTP 503: Service Unavailable (https://api.github.com/graphql)\n" + _EXIT2),
    # go-gh GraphQLError ("GraphQL: %s") with GitHub's words for a query that timed out on its side
    ("gh-graphql-something-went-wrong", "transient",
     "$ gh pr list --state merged --limit 200 --json number,title\n"
     "GraphQL: Something went wrong while executing your query. This may be the result of a timeout, or it could "
     "be a GitHub bug. Please include `1A2B:3C4D:5E6F` when reporting this issue.\n" + _EXIT2),
    ("gh-graphql-submitted-too-quickly", "transient",
     "Run gh pr create --fill\n"
     "pull request create failed: GraphQL: was submitted too quickly (createPullRequest)\n" + _EXIT),
    # cli/cli: a 401 ("Bad credentials"), with "Try authenticating with:  gh auth login" below it
    ("gh-http-401", "real",
     "Run gh release upload v1.4.0 dist/*.tar.gz\n"
     "HTTP 401: Bad credentials (https://api.github.com/repos/acme/shop/releases/tags/v1.4.0)\n"
     "Try authenticating with:  gh auth login\n" + _EXIT),
    ("gh-http-404", "real",
     "Run gh release view v9.9.9\n"
     "HTTP 404: Not Found (https://api.github.com/repos/acme/shop/releases/tags/v9.9.9)\n" + _EXIT),
    ("gh-http-403-integration", "real",
     "Run gh label create triage --color FF0000\n"
     "HTTP 403: Resource not accessible by integration (https://api.github.com/repos/acme/shop/labels)\n" + _EXIT),
    ("gh-graphql-could-not-resolve", "real",
     "$ gh pr view 7 --repo acme/shoop\n"
     "GraphQL: Could not resolve to a Repository with the name 'acme/shoop'. (repository)\n" + _EXIT2),
    ("gh-http-422-release-exists", "real",
     "Run gh release create v1.4.0\n"
     "HTTP 422: Validation Failed (https://api.github.com/repos/acme/shop/releases)\n"
     "Release.tag_name already exists\n" + _EXIT),
    # ------------------------------------------------------------------ PyGithub
    # PyGithub/PyGithub github/GithubException.py (__str__: "%s %s" status and json.dumps(data))
    ("pygithub-502", "transient",
     "Run python scripts/post_status.py\n"
     "Traceback (most recent call last):\n"
     "  File \"/home/runner/work/shop/scripts/post_status.py\", line 31, in <module>\n"
     "    pr.create_issue_comment(body)\n"
     "github.GithubException.GithubException: 502 {\"message\": \"Server Error\"}\n" + _EXIT),
    ("pygithub-bad-credentials", "real",
     "Run python scripts/post_status.py\n"
     "Traceback (most recent call last):\n"
     "github.GithubException.BadCredentialsException: 401 {\"message\": \"Bad credentials\", "
     "\"documentation_url\": \"https://docs.github.com/rest\"}\n" + _EXIT),
    ("pygithub-unknown-object", "real",
     "Run python scripts/tag_release.py\n"
     "Traceback (most recent call last):\n"
     "github.GithubException.UnknownObjectException: 404 {\"message\": \"Not Found\", "
     "\"documentation_url\": \"https://docs.github.com/rest/repos/repos#get-a-repository\"}\n" + _EXIT),
    # ------------------------------------------------------------------ go-github
    # google/go-github github/github.go (ErrorResponse.Error: "%v %v: %d %v %+v")
    ("go-github-502", "transient",
     "$ go run ./tools/release\n"
     "2024/05/02 10:11:12 creating release: POST https://api.github.com/repos/acme/shop/releases: 502 Server Error []\n"
     "exit status 1\n" + _EXIT2),
    ("go-github-404", "real",
     "$ go run ./tools/release\n"
     "2024/05/02 10:11:12 getting branch: GET https://api.github.com/repos/acme/shop/branches/relase: 404 Branch "
     "not found []\n"
     "exit status 1\n" + _EXIT2),
    # ------------------------------------------------------------------ python-gitlab / glab
    # python-gitlab gitlab/exceptions.py (GitlabError.__str__: "%d: %s") from gitlab/client.py http_request
    ("python-gitlab-502", "transient",
     "$ python ci/create_release.py\n"
     "Traceback (most recent call last):\n"
     "gitlab.exceptions.GitlabHttpError: 502: 502 Bad Gateway\n"
     "During handling of the above exception, another exception occurred:\n"
     "gitlab.exceptions.GitlabCreateError: 502: 502 Bad Gateway\n"
     "ERROR: Job failed: exit code 1\n"),
    ("python-gitlab-401", "real",
     "$ python ci/create_release.py\n"
     "Traceback (most recent call last):\n"
     "gitlab.exceptions.GitlabAuthenticationError: 401: 401 Unauthorized\n"
     "ERROR: Job failed: exit code 1\n"),
    ("python-gitlab-404", "real",
     "$ python ci/label_mr.py\n"
     "gitlab.exceptions.GitlabGetError: 404: 404 Project Not Found\n"
     "ERROR: Job failed: exit code 1\n"),
    # ------------------------------------------------------------------ semantic-release / release-please
    # semantic-release/semantic-release lib/definitions/errors.js (ENOGHTOKEN comes from semantic-release/github
    # lib/definitions/errors.js: "No GitHub token specified.")
    ("semantic-release-enoghtoken", "real",
     "$ npx semantic-release\n"
     "[10:11:12 AM] [semantic-release] › ✘  An error occurred while running semantic-release: SemanticReleaseError: "
     "No GitHub token specified.\n"
     "  code: 'ENOGHTOKEN',\n"
     "[10:11:12 AM] [semantic-release] › ✘  ENOGHTOKEN No GitHub token specified.\n"
     "A GitHub personal token must be created and set in the GH_TOKEN or GITHUB_TOKEN environment variable on "
     "your CI environment.\n" + _EXIT2),
    # semantic-release lib/definitions/errors.js (EGITNOPERMISSION "Cannot push to the Git repository.")
    ("semantic-release-egitnopermission", "real",
     "Run npx semantic-release\n"
     "[semantic-release] › ✘  EGITNOPERMISSION Cannot push to the Git repository.\n"
     "semantic-release cannot push the version tag to the branch main on the remote Git repository with URL "
     "https://x-access-token:[secure]@github.com/acme/shop.\n" + _EXIT),
    # semantic-release/github lib/definitions/errors.js (EGHNOPERMISSION "The GitHub token doesn't allow to push
    # on the repository %s/%s.")
    ("semantic-release-eghnopermission", "real",
     "Run npx semantic-release\n"
     "[semantic-release] › ✘  EGHNOPERMISSION The GitHub token doesn't allow to push on the repository acme/shop.\n"
     + _EXIT),
    # a 5xx relayed by the github plugin's octokit ("Failed step \"publish\" of plugin")
    ("semantic-release-publish-502", "transient",
     "Run npx semantic-release\n"
     "[semantic-release] › ✘  Failed step \"publish\" of plugin \"@semantic-release/github\"\n"
     "[semantic-release] › ✘  An error occurred while running semantic-release: HttpError: Bad Gateway\n"
     "  status: 502,\n" + _EXIT),
    # googleapis/release-please-action (core.setFailed(`release-please failed: ${err.message}`)) on a 500
    ("release-please-server-error", "transient",
     "Run googleapis/release-please-action@v4\n"
     "❯ Fetching release-please-config.json from branch main\n"
     "Error: release-please failed: Server Error\n"),
    # googleapis/release-please src/manifest.ts ("There are untagged, merged release PRs outstanding - aborting")
    ("release-please-untagged-prs", "real",
     "Run googleapis/release-please-action@v4\n"
     "⚠ There are untagged, merged release PRs outstanding - aborting\n"
     "Error: release-please failed: There are untagged, merged release PRs outstanding - aborting\n"),
    # release-please src/errors/index.ts (MissingRequiredFileError: "Missing required file: %s")
    ("release-please-missing-file", "real",
     "Run googleapis/release-please-action@v4\n"
     "Error: release-please failed: python (acme/shop): Missing required file: setup.cfg\n"),
]


NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # jeremylong/DependencyCheck NvdApiDataSource.java: the NVD's 403/404 ("Error updating the NVD Data; the NVD
    # returned a 403 or 404 error ... Consider using an NVD API Key"): the NVD's own throttling of keyless
    # clients as often as a refused key
    ("dependency-check-nvd-403",
     "[ERROR] Error updating the NVD Data; the NVD returned a 403 or 404 error\n"
     "\n"
     "Consider using an NVD API Key; see https://github.com/jeremylong/DependencyCheck?tab=readme-ov-file#nvd-api-key-highly-recommended\n"
     + _MVN_END),
    # golang/vuln: the vulnerability DB answered 403 Forbidden (a proxy of the CI's network refusing it)
    ("govulncheck-db-forbidden",
     "Run govulncheck ./...\n"
     "govulncheck: fetching vulnerabilities: Get \"https://vuln.go.dev/index/modules.json.gz\": Forbidden\n"
     + _EXIT),
    # github/codeql-action src/upload-lib.ts: a processing failure whose reason is neither a known rejection
    # nor an outage
    ("codeql-sarif-processing-unknown",
     "Run github/codeql-action/upload-sarif@v3\n"
     "Error: Code Scanning could not process the submitted SARIF file:\n"
     "unexpected error while processing the delivery\n"),
    # pip-audit: a connect timeout is as often a network that blocks PyPI (its own tip says so)
    ("pip-audit-tip-network-blocking",
     "ERROR:pip_audit._cli:Tip: your network may be blocking this service. Try another service with `-s SERVICE`\n"
     + _EXIT),
    # pnpm: the audit endpoint answered 400 from a proxy (HTML body)
    ("pnpm-audit-endpoint-400",
     " ERR_PNPM_AUDIT_BAD_RESPONSE  The audit endpoint (at https://registry.npmjs.org/-/npm/v1/security/audits/quick) "
     "responded with 400: <html><head><title>400 Bad Request</title></head></html>\n" + _EXIT),
    # trivy: the DB repository the job points at does not exist
    ("trivy-db-repository-unknown",
     "2024-10-18T09:12:05Z\tFATAL\tFatal error\tinit error: DB error: failed to download vulnerability DB: OCI "
     "artifact error: failed to download vulnerability DB: failed to download artifact from any source: "
     "GET https://registry.example.org/v2/mirror/trivy-db/manifests/2: MANIFEST_UNKNOWN: manifest unknown\n"
     + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_tool_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_outage_words_with_a_persistent_cause_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)
