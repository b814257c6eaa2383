"""Fifteenth round, tool sources: policy-as-code and observability-config checks as CI jobs run them.

Covered: OPA (``opa test`` reports, ``opa check`` parse and type errors, a bundle server's reply);
conftest (its FAIL lines and summary, ``conftest pull`` and ``--update`` fetching policies over OCI or
HTTP, a policy that does not compile); the Kyverno CLI (``kyverno apply`` and ``kyverno test``, a
policy repository it clones); Gatekeeper's ``gator verify``; Checkov (failed checks, its platform
login, external checks cloned from git); kube-linter; Polaris; kubeconform and kubeval (a schema
download that broke off against a schema that does not exist, and real validation errors);
Prometheus's ``promtool check rules/config/healthy`` and ``promtool test rules``; Alertmanager's
``amtool check-config``; grafana/dashboard-linter; jsonnet compile errors and jsonnet-bundler's
``jb install``; the OpenTelemetry Collector's ``validate``; Vector's ``vector validate``; Fluent Bit's
``--dry-run``; Loki's ``-verify-config``. Registry pulls, git transport and Go module downloads in
general are in the other tool-source files; here they appear only as these tools word them.

Each case is a short log written for this test around one message as the tool prints it. The
wording was read from the tools' source (the comment above each case names the repository and
file); Polaris's audit exit lines were read from its cmd/ source through the code index; Loki's
config check and jsonnet's error banners rest on their documentation and common output (said so
above each). Hosts, registries, policies, charts and paths are made up; no project's CI log is
copied.

The rules the cases hold:
  * a policy bundle, OCI policy image, schema, git policy repository or jsonnet package whose
    download answered 5xx, 429, timed out or was reset, and a monitoring server that is still
    starting (connection refused, 503 on its health endpoint) -> transient;
  * a policy that denies, a policy or rule unit test that fails, a lint or schema validation
    error, a Rego/PromQL/jsonnet/VRL parse or type error, a configuration the tool rejects, a
    schema that is not published for a kind (a CRD with no schema: kubeconform's "could not find
    schema", kubeval's 404), a credential refused, a checksum mismatch of a locked package -> real;
  * near-misses: a policy test, alert rule, check or dashboard whose NAME or message speaks of
    timeouts, outages or 503s, failing on its assertions -> real;
  * ambiguous wordings (Vector's bare "Health check ... failed", Checkov's "error occurred
    connecting to the platform after multiple retries", jb's bare "exit status 128", an OPA test
    cancelled at its timeout) must not read surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== conftest
    # open-policy-agent/conftest output/standard.go (FAIL lines, "%v test%s, %v passed, %v warning%s,
    # %v failure%s, %v exception%s")
    ("conftest-fail-lines", "real",
     "$ conftest test --policy policy/ deploy/k8s/\n"
     "FAIL - deploy/k8s/api.yaml - main - Containers must not run as root in Deployment api\n"
     "FAIL - deploy/k8s/worker.yaml - main - Deployment worker must set resources.limits.memory\n"
     "\n"
     "14 tests, 12 passed, 0 warnings, 2 failures, 0 exceptions\n" + _GL),
    # conftest output/standard.go: a deny rule ABOUT timeouts (near-miss)
    ("conftest-fail-timeout-rule", "real",
     "#!/bin/bash -eo pipefail\n"
     "conftest test -p policies ingress/\n"
     "WARN - ingress/public.yaml - main - Ingress public has no rate limit annotation\n"
     "FAIL - ingress/public.yaml - main - proxy-read-timeout must be at most 60s, got 600s (upstream timeouts hide outages)\n"
     "\n"
     "6 tests, 4 passed, 1 warning, 1 failure, 0 exceptions\n" + _CIRCLE),
    # conftest runner/test.go ("update policies: %w") + downloader/downloader.go ("client get: %w") over
    # hashicorp/go-getter get_http.go ("bad response code: %d")
    ("conftest-update-http-502", "transient",
     "Run conftest test --update https://policies.corp-example.net/k8s/base.rego manifests/\n"
     "Error: running test: update policies: client get: error downloading 'https://policies.corp-example.net/k8s/base.rego': bad response code: 502\n"
     + _GHA),
    # conftest downloader/oci_getter.go ("pulling policy: %w") over oras-go errcode (response status code)
    ("conftest-pull-oci-503", "transient",
     "$ conftest pull oci://registry.corp-example.net/platform/policies:v4 --policy policy\n"
     "Error: download policies: client get: pulling policy: GET \"https://registry.corp-example.net/v2/platform/policies/manifests/v4\": response status code 503: Service Unavailable\n"
     + _GL),
    # conftest downloader: the policy server did not answer in time
    ("conftest-pull-tls-timeout", "transient",
     "#!/bin/bash -eo pipefail\n"
     "conftest pull https://policies.corp-example.net/bundles/terraform.tar.gz\n"
     "Error: download policies: client get: error downloading 'https://policies.corp-example.net/bundles/terraform.tar.gz': Get \"https://policies.corp-example.net/bundles/terraform.tar.gz\": net/http: TLS handshake timeout\n"
     + _CIRCLE),
    # conftest oci_getter.go over oras-go: the registry refused the credentials
    ("conftest-pull-oci-401", "real",
     "$ conftest pull oci://registry.corp-example.net/platform/policies:v4\n"
     "Error: download policies: client get: pulling policy: GET \"https://registry.corp-example.net/v2/platform/policies/manifests/v4\": response status code 401: unauthorized: authentication required\n"
     + _GL),
    # conftest + go-getter: the policy file is not on the server
    ("conftest-update-http-404", "real",
     "Run conftest test --update https://policies.corp-example.net/k8s/v9/base.rego manifests/\n"
     "Error: running test: update policies: client get: error downloading 'https://policies.corp-example.net/k8s/v9/base.rego': bad response code: 404\n"
     + _GHA),
    # conftest policy/engine.go ("no policies found in %v")
    ("conftest-no-policies", "real",
     "$ conftest test -p policy deploy.yaml\n"
     "Error: running test: load: no policies found in [policy]\n" + _GL),
    # conftest policy/engine.go ("get compiler: %w") over OPA's rego_parse_error
    ("conftest-rego-parse-error", "real",
     "#!/bin/bash -eo pipefail\n"
     "conftest test -p policy k8s/\n"
     "Error: running test: load: loading policies: get compiler: 1 error occurred: policy/deny.rego:12: rego_parse_error: unexpected assign token\n"
     "\tmsg = sprintf(\"%s must set limits\", [input.metadata.name])\n"
     "\t    ^\n" + _CIRCLE),
    # conftest verify (the policy's own unit tests) - a test named after an outage (near-miss)
    ("conftest-verify-fail-unavailable-name", "real",
     "$ conftest verify -p policy\n"
     "FAIL - policy/deny_test.rego - data.main.test_deny_when_registry_unavailable - \n"
     "\n"
     "9 tests, 8 passed, 0 warnings, 1 failure, 0 exceptions\n" + _GL),

    # ================================================================== OPA
    # open-policy-agent/opa v1/tester/reporter.go ("%s: FAIL (%v)", "PASS: %d/%d", "FAIL: %d/%d"): a
    # test named after an outage (near-miss)
    ("opa-test-fail-timeout-name", "real",
     "Run opa test -v policy/\n"
     "policy/authz_test.rego:\n"
     "data.authz.test_deny_when_upstream_times_out: FAIL (1.204ms)\n"
     "--------------------------------------------------------------------------------\n"
     "PASS: 11/12\n"
     "FAIL: 1/12\n" + _GHA),
    # opa ast errors ("%d error%s occurred: %s:%d: rego_parse_error: ...")
    ("opa-check-parse-error", "real",
     "$ opa check --strict policy/\n"
     "1 error occurred: policy/authz.rego:14: rego_parse_error: unexpected } token\n"
     "\t}\n"
     "\t^\n" + _GL),
    # opa ast/check.go (rego_type_error "undefined function")
    ("opa-check-type-error", "real",
     "#!/bin/bash -eo pipefail\n"
     "opa check policy/ lib/\n"
     "2 errors occurred:\n"
     "policy/net.rego:8: rego_type_error: undefined function data.lib.net.cidr_contains_any\n"
     "policy/net.rego:19: rego_unsafe_var_error: var port is unsafe\n" + _CIRCLE),
    # opa v1/download/download.go (HTTPError "server replied with %s") under opa run in an
    # integration job whose bundle server is still starting
    ("opa-bundle-server-unavailable", "transient",
     "$ ./ci/wait-for-opa.sh\n"
     "{\"level\":\"error\",\"msg\":\"Bundle load failed: server replied with Service Unavailable\",\"name\":\"authz\",\"plugin\":\"bundle\",\"time\":\"2026-03-02T10:01:12Z\"}\n"
     "opa did not become ready: bundle authz not activated\n" + _GL),
    # opa download.go: the bundle path does not exist on the server
    ("opa-bundle-not-found", "real",
     "$ ./ci/wait-for-opa.sh\n"
     "{\"level\":\"error\",\"msg\":\"Bundle load failed: server replied with Not Found\",\"name\":\"authz\",\"plugin\":\"bundle\",\"time\":\"2026-03-02T10:01:12Z\"}\n"
     "opa did not become ready: bundle authz not activated\n" + _GL),

    # ================================================================== Kyverno CLI
    # kyverno/kyverno cmd/cli/kubectl-kyverno/commands/apply (Applying ..., "pass: %d, fail: %d, ...")
    # + pkg/engine/handlers/validation ("validation error: ... rule %s failed at path %s")
    ("kyverno-apply-policy-fail", "real",
     "$ kyverno apply policies/ --resource rendered/ --table\n"
     "Applying 6 policy rule(s) to 4 resource(s)...\n"
     "policy require-probes -> resource shop/Deployment/checkout failed:\n"
     "1. validate-probes: validation error: Liveness and readiness probes are required. rule validate-probes failed at path /spec/template/spec/containers/0/livenessProbe/\n"
     "\n"
     "pass: 22, fail: 2, warn: 0, error: 0, skip: 0\n" + _GL),
    # kyverno commands/test/command.go ("Want %s, got %s", "Test Summary: %d out of %d tests failed")
    ("kyverno-test-summary-failed", "real",
     "Run kyverno test ./policies/tests\n"
     "Loading test  ( policies/tests/kyverno-test.yaml ) ...\n"
     "  Applying 2 policies to 5 resources ...\n"
     "  Checking results ...\n"
     "│ 3  │ disallow-latest-tag │ require-image-tag │ v1/Pod/default/web │ Fail   │ Want pass, got fail │\n"
     "\n"
     "Test Summary: 1 out of 5 tests failed\n"
     "Error: 1 tests failed\n" + _GHA),
    # kyverno commands/apply/command.go ("failed to load policies (%w)")
    ("kyverno-failed-to-load-policies", "real",
     "#!/bin/bash -eo pipefail\n"
     "kyverno apply policies/require-team.yaml --resource k8s/\n"
     "Error: failed to load policies (failed to process policies/require-team.yaml: error unmarshaling JSON: json: unknown field \"validat\")\n"
     + _CIRCLE),
    # kyverno commands/apply/command.go ("failed to clone repository (%w)") over go-git's http transport
    # (status code 503 from the forge)
    ("kyverno-apply-clone-503", "transient",
     "$ kyverno apply https://git.corp-example.net/platform/kyverno-policies --resource k8s/\n"
     "Error: failed to clone repository (unexpected client error: unexpected requesting \"https://git.corp-example.net/platform/kyverno-policies/info/refs?service=git-upload-pack\" status code: 503)\n"
     + _GL),
    # kyverno apply over go-git: the policy repository needs credentials (transport.ErrAuthenticationRequired)
    ("kyverno-apply-clone-auth", "real",
     "$ kyverno apply https://git.corp-example.net/platform/private-policies --resource k8s/\n"
     "Error: failed to clone repository (authentication required)\n" + _GL),

    # ================================================================== Gatekeeper gator
    # open-policy-agent/gatekeeper pkg/gator/verify/printer_go.go ("--- FAIL: %s\t(%v)", "FAIL\t%s\t%v")
    # + pkg/gator/errors.go (ErrNumViolations "unexpected number of violations")
    ("gator-verify-fail", "real",
     "$ gator verify ./gatekeeper/suites/...\n"
     "--- FAIL: host-network\t(4.1ms)\n"
     "    --- FAIL: deny-host-network-pod\t(1.2ms)\n"
     "        unexpected number of violations: got 0 violations but want at least 1: got messages []\n"
     "FAIL\tgatekeeper/suites/host-network/suite.yaml\t6.3ms\n" + _GL),
    # gator errors.go (ErrAddingTemplate "adding template") over OPA's rego_parse_error
    ("gator-adding-template-parse", "real",
     "Run gator verify ./suites/...\n"
     "FAIL\tsuites/required-labels/suite.yaml\t2.1ms\n"
     "  adding template: template K8sRequiredLabels: rego_parse_error: unexpected ident token: expected \\n or ; or }\n"
     + _GHA),

    # ================================================================== Checkov
    # bridgecrewio/checkov checkov/common/output/record.py ("Check: %s: \"%s\"", "\t%s for resource: %s")
    # + report.py ("Passed checks: %s, Failed checks: %s, Skipped checks: %s")
    ("checkov-failed-for-resource", "real",
     "$ checkov -d infra/ --compact --quiet\n"
     "terraform scan results:\n"
     "\n"
     "Passed checks: 41, Failed checks: 2, Skipped checks: 0\n"
     "\n"
     "Check: CKV_AWS_18: \"Ensure the S3 bucket has access logging enabled\"\n"
     "\tFAILED for resource: aws_s3_bucket.exports\n"
     "\tFile: /storage.tf:1-12\n" + _GL),
    # checkov record.py: a custom check ABOUT timeouts (near-miss)
    ("checkov-failed-timeout-check", "real",
     "#!/bin/bash -eo pipefail\n"
     "checkov -d infra --external-checks-dir ci/checks --compact\n"
     "Check: CKV2_CORP_7: \"Ensure load balancer idle timeout is at most 60 seconds to fail fast on upstream outages\"\n"
     "\tFAILED for resource: aws_lb.public\n"
     "\tFile: /lb.tf:3-20\n"
     "\n"
     "Passed checks: 18, Failed checks: 1, Skipped checks: 0\n" + _CIRCLE),
    # checkov common/bridgecrew/platform_integration.py (too many 401 error responses)
    ("checkov-platform-auth", "real",
     "Run checkov -d . --bc-api-key ***\n"
     "2026-03-02 10:03:11,402 [MainThread  ] [ERROR]  An authentication error occurred connecting to the platform after multiple retries. Please verify that your API key and Prisma API URL are correct, and retry.\n"
     + _GHA),
    # checkov common/goget/github/get_git.py (GitPython clone of --external-checks-git) over git's
    # "The requested URL returned error: 502"
    ("checkov-external-checks-git-502", "transient",
     "$ checkov -d infra --external-checks-git https://git.corp-example.net/sec/checkov-checks.git//checks\n"
     "git.exc.GitCommandError: Cmd('git') failed due to: exit code(128)\n"
     "  cmdline: git clone -v -- https://git.corp-example.net/sec/checkov-checks.git /tmp/tmpk2x8/clone/\n"
     "  stderr: 'Cloning into '/tmp/tmpk2x8/clone'...\n"
     "fatal: unable to access 'https://git.corp-example.net/sec/checkov-checks.git/': The requested URL returned error: 502'\n"
     + _GL),

    # ================================================================== kube-linter, Polaris
    # stackrox/kube-linter pkg/command/lint/command.go (report template "(check: %s, remediation: %s)",
    # "found %d lint errors") + pkg/templates/readonlyrootfs
    ("kube-linter-lint-errors", "real",
     "$ kube-linter lint deploy/\n"
     "deploy/web.yaml: (object: <no namespace>/web apps/v1, Kind=Deployment) container \"web\" does not have a read-only root file system (check: no-read-only-root-fs, remediation: Set readOnlyRootFilesystem to true in the container securityContext.)\n"
     "\n"
     "Error: found 1 lint errors\n" + _GL),
    # FairwindsOps/polaris cmd/polaris/audit.go ("%d danger items found in audit", exit 3)
    ("polaris-danger-items", "real",
     "#!/bin/bash -eo pipefail\n"
     "polaris audit --audit-path ./rendered --set-exit-code-on-danger --format score\n"
     "71\n"
     "time=\"2026-03-02T10:05:01Z\" level=info msg=\"4 danger items found in audit\"\n"
     "\nExited with code exit status 3\n"),
    # polaris audit.go ("Audit score of %d is less than the provided minimum of %d", exit 4)
    ("polaris-score-below-minimum", "real",
     "$ polaris audit --audit-path ./rendered --set-exit-code-below-score 85\n"
     "time=\"2026-03-02T10:05:01Z\" level=info msg=\"Audit score of 72 is less than the provided minimum of 85\"\n"
     "ERROR: Job failed: exit code 4\n"),

    # ================================================================== kubeconform, kubeval
    # yannh/kubeconform pkg/loader/http.go ("error while downloading schema at %s - received HTTP
    # status %d") via pkg/output/text.go ("%s - %s %s failed validation: %s")
    ("kubeconform-schema-http-503", "transient",
     "$ kubeconform -strict -summary manifests/\n"
     "manifests/web.yaml - Deployment web failed validation: error while downloading schema at https://raw.githubusercontent.com/corp-example/k8s-schemas/main/v1.30.0-standalone-strict/deployment-apps-v1.json - received HTTP status 503\n"
     "Summary: 12 resources found in 6 files - Valid: 11, Invalid: 0, Errors: 1, Skipped: 0\n" + _GL),
    # kubeconform http.go: the schema host's rate limit
    ("kubeconform-schema-http-429", "transient",
     "Run kubeconform -strict -summary -schema-location default -schema-location 'https://schemas.corp-example.net/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json' k8s/\n"
     "k8s/ingress.yaml - Ingress public failed validation: error while downloading schema at https://schemas.corp-example.net/networking.k8s.io/ingress_v1.json - received HTTP status 429\n"
     "Summary: 30 resources found in 9 files - Valid: 29, Invalid: 0, Errors: 1, Skipped: 0\n" + _GHA),
    # kubeconform http.go ("failed downloading schema at %s: %s") over a dial timeout
    ("kubeconform-schema-dial-timeout", "transient",
     "#!/bin/bash -eo pipefail\n"
     "kubeconform -summary -output text rendered/\n"
     "rendered/api.yaml - Service api failed validation: failed downloading schema at https://raw.githubusercontent.com/corp-example/k8s-schemas/main/v1.30.0-standalone/service-v1.json: Get \"https://raw.githubusercontent.com/corp-example/k8s-schemas/main/v1.30.0-standalone/service-v1.json\": dial tcp 185.199.110.133:443: i/o timeout\n"
     "Summary: 4 resources found in 2 files - Valid: 3, Invalid: 0, Errors: 1, Skipped: 0\n" + _CIRCLE),
    # kubeconform pkg/validator/validator.go ("could not find schema for %s": every location answered
    # 404, the CRD has no published schema)
    ("kubeconform-could-not-find-schema-crd", "real",
     "$ kubeconform -strict -summary manifests/\n"
     "manifests/cert.yaml - Certificate api-tls failed validation: could not find schema for Certificate\n"
     "Summary: 9 resources found in 5 files - Valid: 8, Invalid: 0, Errors: 1, Skipped: 0\n" + _GL),
    # kubeconform pkg/output/text.go ("%s - %s %s is invalid: %s")
    ("kubeconform-invalid", "real",
     "Run kubeconform -strict -summary k8s/\n"
     "k8s/web.yaml - Deployment web is invalid: problem validating schema. Check JSON formatting: jsonschema validation failed with 'https://raw.githubusercontent.com/corp-example/k8s-schemas/main/v1.30.0-standalone-strict/deployment-apps-v1.json#' - at '/spec/replicas': got string, want integer\n"
     "Summary: 7 resources found in 3 files - Valid: 6, Invalid: 1, Errors: 0, Skipped: 0\n" + _GHA),
    # instrumenta/kubeval (kubeval.go "Failed initializing schema %s: %s") over gojsonschema's
    # HttpBadStatus ("Could not read schema from HTTP, response status is %s"): 404, a kind with no schema
    ("kubeval-schema-404", "real",
     "$ kubeval --strict k8s/*.yaml\n"
     "PASS - k8s/web.yaml contains a valid Deployment (web)\n"
     "ERR  - k8s/monitor.yaml: Failed initializing schema https://schemas.corp-example.net/master-standalone-strict/servicemonitor-monitoring-v1.json: Could not read schema from HTTP, response status is 404 Not Found\n"
     + _GL),
    # kubeval + gojsonschema: the schema host answered 503
    ("kubeval-schema-503", "transient",
     "$ kubeval --strict k8s/*.yaml\n"
     "ERR  - k8s/web.yaml: Failed initializing schema https://schemas.corp-example.net/master-standalone-strict/deployment-apps-v1.json: Could not read schema from HTTP, response status is 503 Service Unavailable\n"
     + _GL),

    # ================================================================== promtool
    # prometheus/prometheus cmd/promtool/unittest.go ("  FAILED:", "%s    alertname: %s, time: %s,
    # \n        exp:%v, \n        got:%v"): an alert named after latency (near-miss)
    ("promtool-test-rules-highlatency", "real",
     "$ promtool test rules tests/alerts_test.yml\n"
     "Unit Testing:  tests/alerts_test.yml\n"
     "  FAILED:\n"
     "    name: api latency,\n"
     "    alertname: HighLatency, time: 10m, \n"
     "        exp:[\n"
     "            0:\n"
     "              Labels:{alertname=\"HighLatency\", service=\"checkout\", severity=\"page\"}\n"
     "              Annotations:{summary=\"p99 latency above 2s (requests timing out)\"}\n"
     "            ], \n"
     "        got:[]\n" + _GL),
    # promtool unittest.go: an alert ABOUT 503s and unavailability (near-miss)
    ("promtool-test-rules-service-unavailable-alert", "real",
     "#!/bin/bash -eo pipefail\n"
     "promtool test rules rules/tests/*.yml\n"
     "Unit Testing:  rules/tests/upstream.yml\n"
     "  FAILED:\n"
     "    alertname: UpstreamUnavailable, time: 5m, \n"
     "        exp:[\n"
     "            0:\n"
     "              Labels:{alertname=\"UpstreamUnavailable\", code=\"503\", severity=\"page\"}\n"
     "              Annotations:{description=\"Upstream returns 503 Service Unavailable; connection refused from the pool\"}\n"
     "            ], \n"
     "        got:[]\n" + _CIRCLE),
    # promtool unittest.go ("    expr: %q, time: %s,\n        exp: %v\n        got: %v") for a
    # recording rule
    ("promtool-test-rules-expr-mismatch", "real",
     "Run promtool test rules tests/recording_test.yml\n"
     "Unit Testing:  tests/recording_test.yml\n"
     "  FAILED:\n"
     "    expr: \"job:http_request_timeouts:rate5m\", time: 10m,\n"
     "        exp: {__name__=\"job:http_request_timeouts:rate5m\", job=\"api\"} 0.5\n"
     "        got: nil\n" + _GHA),
    # promtool main.go checkRules ("  FAILED:") over model/rulefmt ("could not parse expression: %w")
    ("promtool-check-rules-parse", "real",
     "$ promtool check rules rules/*.yml\n"
     "Checking rules/api.yml\n"
     "  FAILED:\n"
     "rules/api.yml: 14:11: group \"api\", rule 3, \"APIHighErrorRate\": could not parse expression: 1:62: parse error: unexpected right parenthesis ')'\n"
     + _GL),
    # promtool main.go CheckConfig ("  FAILED: %s") over a YAML field the config does not have
    ("promtool-check-config-unknown-field", "real",
     "#!/bin/bash -eo pipefail\n"
     "promtool check config prometheus/prometheus.yml\n"
     "Checking prometheus/prometheus.yml\n"
     "  FAILED: parsing YAML file prometheus/prometheus.yml: yaml: unmarshal errors:\n"
     "  line 22: field scrape_timout not found in type config.ScrapeConfig\n" + _CIRCLE),
    # promtool main.go ("error checking client cert file %q: %w")
    ("promtool-check-config-cert-missing", "real",
     "$ promtool check config deploy/prometheus.yml\n"
     "Checking deploy/prometheus.yml\n"
     "  FAILED: error checking client cert file \"/etc/prometheus/certs/client.crt\": stat /etc/prometheus/certs/client.crt: no such file or directory\n"
     + _GL),
    # promtool main.go ("%d duplicate rule(s) found.") under --lint-fatal
    ("promtool-check-rules-duplicates", "real",
     "Run promtool check rules --lint=duplicate-rules --lint-fatal rules/\n"
     "Checking rules/node.yml\n"
     "  FAILED:\n"
     "lint error 2 duplicate rule(s) found.\n"
     "Metric: instance:node_cpu:rate5m\n" + _GHA),
    # promtool main.go CheckServerStatus ("  FAILED:" over the HTTP client's error): a Prometheus
    # container that is still starting
    ("promtool-check-healthy-refused", "transient",
     "$ promtool check healthy --url http://localhost:9090\n"
     "  FAILED: Get \"http://localhost:9090/-/healthy\": dial tcp 127.0.0.1:9090: connect: connection refused\n"
     + _GL),
    # promtool main.go ("check failed: URL=%s, status=%d")
    ("promtool-check-ready-503", "transient",
     "#!/bin/bash -eo pipefail\n"
     "promtool check ready --url http://prometheus:9090\n"
     "  FAILED: check failed: URL=http://prometheus:9090, status=503\n" + _CIRCLE),

    # ================================================================== Alertmanager amtool
    # prometheus/alertmanager cli/check_config.go ("  FAILED: %s", "failed to validate %d file(s)")
    ("amtool-undefined-receiver", "real",
     "$ amtool check-config alertmanager/alertmanager.yml\n"
     "Checking 'alertmanager/alertmanager.yml'  FAILED: undefined receiver \"oncall-pager\" used in route\n"
     "\n"
     "amtool: error: failed to validate 1 file(s)\n" + _GL),
    # amtool check_config.go: a template that does not parse
    ("amtool-template-error", "real",
     "Run amtool check-config alertmanager.yml\n"
     "Checking 'alertmanager.yml'  SUCCESS\n"
     "Found:\n"
     " - global config\n"
     " - route\n"
     " - 0 inhibit rules\n"
     " - 3 receivers\n"
     " - 1 templates\n"
     "  FAILED: template: slack.tmpl:12: function \"humanizeTimeout\" not defined\n"
     "\n"
     "amtool: error: failed to validate 1 file(s)\n" + _GHA),

    # ================================================================== Grafana dashboards, jsonnet, jb
    # grafana/dashboard-linter lint/results.go ("[%s] %s") + main.go ("there were linting errors,
    # please see previous output"): a dashboard about timeouts (near-miss)
    ("dashboard-linter-errors", "real",
     "$ dashboard-linter lint --strict dashboards/upstream-timeouts.json\n"
     "[❌] Dashboard 'Upstream Timeouts', panel 'Timeouts by host' invalid PromQL query 'sum(rate(upstream_timeouts_total[5m]) by (host)': 1:49: parse error: unclosed left parenthesis\n"
     "[⚠️] Dashboard 'Upstream Timeouts', panel 'Timeouts by host' should use $__rate_interval\n"
     "there were linting errors, please see previous output\n" + _GL),
    # google/go-jsonnet error formatter ("RUNTIME ERROR: Field does not exist: %s") (documentation of the
    # jsonnet error banner)
    ("jsonnet-field-does-not-exist", "real",
     "$ jsonnet -J vendor dashboards/api.jsonnet -o build/api.json\n"
     "RUNTIME ERROR: Field does not exist: addPanels\n"
     "\tdashboards/api.jsonnet:12:5-31\tobject <anonymous>\n"
     "\tDuring manifestation\t\n" + _GL),
    # go-jsonnet imports ("couldn't open import %#v: no match locally or in the Jsonnet library paths")
    ("jsonnet-import-missing", "real",
     "#!/bin/bash -eo pipefail\n"
     "jsonnet -J vendor mixin/dashboards.jsonnet\n"
     "RUNTIME ERROR: couldn't open import \"grafonnet-v11/main.libsonnet\": no match locally or in the Jsonnet library paths\n"
     "\tmixin/dashboards.jsonnet:1:11-49\tthunk <g>\n" + _CIRCLE),
    # go-jsonnet parser ("STATIC ERROR: ...: Unknown variable: %v")
    ("jsonnet-static-error", "real",
     "Run make dashboards\n"
     "jsonnet -J vendor -m out dashboards/main.jsonnet\n"
     "STATIC ERROR: dashboards/slo.jsonnet:7:14-22: Unknown variable: grafana\n"
     "make: *** [Makefile:18: dashboards] Error 1\n" + _GHA),
    # jsonnet-bundler/jsonnet-bundler pkg/packages.go ("checksum mismatch for %s. Expected %s but got %s")
    ("jb-checksum-mismatch", "real",
     "$ jb install\n"
     "GET https://github.com/corp-example/grafonnet-lib/archive/5e3a1c0b9f8d2e7a6b4c3d2e1f0a9b8c7d6e5f4a.tar.gz 200\n"
     "jb: error: failed to install packages: checksum mismatch for github.com/corp-example/grafonnet-lib/grafonnet. Expected 6c8rmY3Qx0Jx7kKfZ0oZ1v3C2n8= but got 1m2TQ0oPqJ9c7s1gWcY2T0tRkE4=\n"
     + _GL),
    # jb pkg/git.go ("archive install failed: %s", "retrying with git...") then git's 502 on the fallback
    ("jb-archive-and-git-502", "transient",
     "#!/bin/bash -eo pipefail\n"
     "jb install\n"
     "GET https://github.com/corp-example/mixins/archive/3f2a9d1.tar.gz 502\n"
     "archive install failed: unexpected status code 502\n"
     "retrying with git...\n"
     "fatal: unable to access 'https://github.com/corp-example/mixins/': The requested URL returned error: 502\n"
     "jb: error: failed to install packages: downloading: exit status 128\n" + _CIRCLE),
    # jb git.go: the archive failed and git fell back fine; the job then broke on jsonnet (near-miss)
    ("jb-archive-retry-then-jsonnet-error", "real",
     "$ jb install && jsonnet -J vendor dashboards/main.jsonnet\n"
     "GET https://github.com/corp-example/mixins/archive/3f2a9d1.tar.gz 504\n"
     "archive install failed: unexpected status code 504\n"
     "retrying with git...\n"
     "From https://github.com/corp-example/mixins\n"
     " * branch            3f2a9d1 -> FETCH_HEAD\n"
     "RUNTIME ERROR: Field does not exist: newRow\n"
     "\tdashboards/main.jsonnet:22:9-28\tobject <anonymous>\n" + _GL),
    # jb git.go over git fetch: the version pinned in jsonnetfile.json does not exist
    ("jb-unknown-ref", "real",
     "$ jb install\n"
     "fatal: couldn't find remote ref v9.9.9\n"
     "jb: error: failed to install packages: downloading: exit status 128\n" + _GL),

    # ================================================================== OpenTelemetry Collector
    # open-telemetry/opentelemetry-collector otelcol/configprovider.go ("cannot unmarshal the
    # configuration: %w") + otelcol/collector.go ("failed to get config: %w")
    ("otelcol-validate-unknown-type", "real",
     "$ otelcol-contrib validate --config otel/collector.yaml\n"
     "Error: failed to get config: cannot unmarshal the configuration: decoding failed due to the following error(s):\n"
     "\n"
     "'exporters' unknown type: \"otlphttps\" for id: \"otlphttps\" (valid values: [debug otlp otlphttp prometheus loki])\n"
     "2026/03/02 10:07:44 collector server run finished with error: failed to get config: cannot unmarshal the configuration\n"
     + _GL),
    # otelcol/config.go ("references exporter %q which is not configured") + collector.go ("invalid
    # configuration: %w")
    ("otelcol-validate-unconfigured-exporter", "real",
     "Run ./otelcol validate --config=config.yaml\n"
     "Error: invalid configuration: service::pipelines::traces: references exporter \"otlp/tempo\" which is not configured\n"
     "2026/03/02 10:07:44 collector server run finished with error: invalid configuration: service::pipelines::traces: references exporter \"otlp/tempo\" which is not configured\n"
     + _GHA),

    # ================================================================== Vector, Fluent Bit, Loki
    # vectordotdev/vector src/validate.rs ("Failed to load %s" title, "x " sub-errors)
    ("vector-validate-config-error", "real",
     "$ vector validate --no-environment vector/*.yaml\n"
     "Failed to load [\"vector/vector.yaml\"]\n"
     "---------------------------------------\n"
     "x Input \"k8s_logz\" for sink \"loki_out\" doesn't match any components.\n"
     "\n" + _GL),
    # vector validate.rs ("Component errors") over a VRL compile error
    ("vector-validate-vrl-error", "real",
     "#!/bin/bash -eo pipefail\n"
     "vector validate config/\n"
     "√ Loaded [\"config/vector.yaml\"]\n"
     "\n"
     "Component errors\n"
     "----------------\n"
     "x Transform \"parse_access\": \n"
     "error[E103]: unhandled fallible assignment\n"
     "  ┌─ :1:5\n" + _CIRCLE),
    # fluent/fluent-bit src/flb_config.c ("[config] section '%s' tried to instance a plugin name that
    # doesn't exist") under --dry-run
    ("fluent-bit-dry-run-unknown-plugin", "real",
     "$ fluent-bit --dry-run -c fluent-bit/fluent-bit.conf\n"
     "Fluent Bit v3.1.4\n"
     "[2026/03/02 10:09:01] [error] [config] section 'lokki' tried to instance a plugin name that doesn't exist\n"
     "[2026/03/02 10:09:01] [error] configuration file contains errors, aborting.\n" + _GL),
    # grafana/loki -verify-config ("failed parsing config") (documentation of the config check)
    ("loki-verify-config-unknown-field", "real",
     "Run docker run --rm -v $PWD/loki:/etc/loki grafana/loki:3.1.0 -config.file=/etc/loki/config.yaml -verify-config\n"
     "failed parsing config: /etc/loki/config.yaml: yaml: unmarshal errors:\n"
     "  line 31: field max_look_back_period not found in type config.ChunkStoreConfig\n" + _GHA),

    # ================================================================== more downloads and services these checks meet
    # conftest oci_getter.go over oras-go: the registry's rate limit
    ("conftest-pull-oci-429", "transient",
     "$ conftest pull oci://registry.corp-example.net/platform/policies:v4\n"
     "Error: download policies: client get: pulling policy: GET \"https://registry.corp-example.net/v2/platform/policies/manifests/v4\": response status code 429: toomanyrequests: retry later\n"
     + _GL),
    # kubeconform http.go ("failed downloading schema at %s: %s") over a reset connection
    ("kubeconform-schema-reset", "transient",
     "Run kubeconform -summary -strict deploy/\n"
     "deploy/queue.yaml - StatefulSet queue failed validation: failed downloading schema at https://schemas.corp-example.net/v1.30.0/statefulset-apps-v1.json: Get \"https://schemas.corp-example.net/v1.30.0/statefulset-apps-v1.json\": read tcp 10.1.0.4:51822->203.0.113.40:443: read: connection reset by peer\n"
     "Summary: 5 resources found in 3 files - Valid: 4, Invalid: 0, Errors: 1, Skipped: 0\n" + _GHA),
    # kubeval (kubeval.go "Failed initializing schema %s: %s") over the HTTP client's timeout
    ("kubeval-schema-client-timeout", "transient",
     "#!/bin/bash -eo pipefail\n"
     "kubeval --strict --schema-location https://schemas.corp-example.net k8s/*.yaml\n"
     "ERR  - k8s/api.yaml: Failed initializing schema https://schemas.corp-example.net/master-standalone-strict/service-v1.json: Get \"https://schemas.corp-example.net/master-standalone-strict/service-v1.json\": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)\n"
     + _CIRCLE),
    # prometheus/alertmanager cli (amtool's kingpin error over the HTTP client's) against an Alertmanager
    # container that is still starting
    ("amtool-alert-add-refused", "transient",
     "$ amtool alert add ci_smoke severity=info --alertmanager.url=http://localhost:9093\n"
     "amtool: error: Post \"http://localhost:9093/api/v2/alerts\": dial tcp 127.0.0.1:9093: connect: connection refused\n"
     + _GL),
    # prometheus cmd/promtool/query.go ("query error:" over the client's error) while Prometheus starts
    ("promtool-query-refused", "transient",
     "#!/bin/bash -eo pipefail\n"
     "promtool query instant http://localhost:9090 'up{job=\"api\"}'\n"
     "query error: Post \"http://localhost:9090/api/v1/query\": dial tcp 127.0.0.1:9090: connect: connection refused\n"
     + _CIRCLE),
    # kyverno commands/test/load.go ("error: failed to clone repository \nCause: %s") over a reset
    ("kyverno-test-clone-reset", "transient",
     "$ kyverno test https://git.corp-example.net/platform/kyverno-policies\n"
     "Error loading tests: error: failed to clone repository \n"
     "Cause: read tcp 10.1.0.4:40122->203.0.113.9:443: read: connection reset by peer\n" + _GL),
    # jsonnet-bundler git.go's fallback to git, which lost its HTTP/2 stream
    ("jb-git-rpc-failed", "transient",
     "Run jb install\n"
     "GET https://github.com/corp-example/mixins/archive/3f2a9d1.tar.gz 502\n"
     "archive install failed: unexpected status code 502\n"
     "retrying with git...\n"
     "error: RPC failed; curl 92 HTTP/2 stream 0 was not closed cleanly: CANCEL (err 8)\n"
     "fatal: early EOF\n"
     "jb: error: failed to install packages: downloading: exit status 128\n" + _GHA),
    # open-telemetry/opentelemetry-collector cmd/builder/internal/builder/main.go (errDownloadFailed
    # "failed to download go modules", "go subcommand failed with args '%v': %w, error message: %s") over
    # the module proxy's 502
    ("ocb-download-modules-502", "transient",
     "$ ocb --config builder-config.yaml\n"
     "2026-03-02T10:11:02.118Z\tINFO\tinternal/command.go:150\tGetting go modules\n"
     "Error: failed to download go modules: go subcommand failed with args '[mod download]': exit status 1, error message: go: github.com/corp-example/otel-ext/receiver/acmereceiver@v0.14.2: reading https://proxy.golang.org/github.com/corp-example/otel-ext/receiver/acmereceiver/@v/v0.14.2.zip: 502 Bad Gateway\n"
     + _GL),
    # ocb main.go ("failed to update go.mod: %w") over a component version the proxy does not have
    ("ocb-update-gomod-unknown-version", "real",
     "$ ocb --config builder-config.yaml\n"
     "Error: failed to update go.mod: go subcommand failed with args '[get -t -d ./...]': exit status 1, error message: go: github.com/corp-example/otel-ext/receiver/acmereceiver@v0.99.0: invalid version: unknown revision receiver/acmereceiver/v0.99.0\n"
     + _GL),

    # ================================================================== near-misses of the schema and policy wordings
    # kubeconform text.go: one schema download hit a 503, another resource is invalid on its own (a rerun
    # still fails on it)
    ("kubeconform-503-beside-invalid", "real",
     "$ kubeconform -strict -summary manifests/\n"
     "manifests/web.yaml - Deployment web is invalid: problem validating schema. Check JSON formatting: jsonschema validation failed with 'https://schemas.corp-example.net/deployment-apps-v1.json#' - at '/spec/template/spec/containers/0/ports/0/containerPort': got string, want integer\n"
     "manifests/api.yaml - Service api failed validation: error while downloading schema at https://schemas.corp-example.net/service-v1.json - received HTTP status 503\n"
     "Summary: 8 resources found in 4 files - Valid: 6, Invalid: 1, Errors: 1, Skipped: 0\n" + _GL),
    # a schema loader's own Go test ABOUT the 503 wording, failing on its comparison
    ("schema-loader-test-about-503", "real",
     "$ go test ./pkg/loader/...\n"
     "--- FAIL: TestHTTPLoaderServerError (0.00s)\n"
     "    http_test.go:61: expected error \"error while downloading schema at http://127.0.0.1:41873/x.json - received HTTP status 503\", got \"could not find schema at http://127.0.0.1:41873/x.json\"\n"
     "FAIL\n"
     "FAIL\tgithub.com/corp-example/schemactl/pkg/loader\t0.031s\n" + _GL),
    # conftest standard.go: a deny rule whose message quotes 5xx codes and a gateway (near-miss)
    ("conftest-fail-5xx-rule", "real",
     "$ conftest test -p policy ingress/\n"
     "FAIL - ingress/shop.yaml - main - Ingress shop must set custom-http-errors to \"502,503,504\" so the gateway serves the maintenance page on 503 Service Unavailable\n"
     "\n"
     "3 tests, 2 passed, 0 warnings, 1 failure, 0 exceptions\n" + _GL),
    # checkov record.py: a check about connection timeouts failing on a resource (near-miss)
    ("checkov-failed-connection-timeout-check", "real",
     "Run checkov -f rds.tf --compact\n"
     "Check: CKV2_CORP_12: \"Ensure the database proxy connection timeout is set so clients see connection refused quickly\"\n"
     "\tFAILED for resource: aws_db_proxy.main\n"
     "\tFile: /rds.tf:1-25\n"
     "\n"
     "Passed checks: 7, Failed checks: 1, Skipped checks: 0\n" + _GHA),
    # opa reporter.go: a policy test named after a 503, failing (near-miss)
    ("opa-test-fail-503-name", "real",
     "$ opa test policy/ -v\n"
     "policy/egress_test.rego:\n"
     "data.egress.test_allow_retry_on_503_service_unavailable: FAIL (0.9ms)\n"
     "--------------------------------------------------------------------------------\n"
     "PASS: 20/21\n"
     "FAIL: 1/21\n" + _GL),

    # ================================================================== application tests that merely mention these tools
    # an exporter's own Go tests ABOUT Alertmanager outages failing on their assertions (near-miss)
    ("app-test-alertmanager-503-assertion", "real",
     "$ go test ./internal/notify/...\n"
     "--- FAIL: TestNotifierRetriesOnAlertmanager503 (0.01s)\n"
     "    notifier_test.go:88: expected 3 attempts against the unavailable Alertmanager, got 1\n"
     "FAIL\n"
     "FAIL\tgithub.com/corp-example/alert-router/internal/notify\t0.214s\n" + _GL),
    # an admission webhook's pytest ABOUT an OPA timeout (near-miss)
    ("app-test-opa-timeout-assertion", "real",
     "#!/bin/bash -eo pipefail\n"
     "pytest tests/test_authz_client.py\n"
     "FAILED tests/test_authz_client.py::test_fail_closed_when_opa_times_out - AssertionError: assert 'allow' == 'deny'\n"
     "=========================== 1 failed, 23 passed in 1.92s ===========================\n" + _CIRCLE),
]

AMBIGUOUS: list[tuple[str, str]] = [
    # vectordotdev/vector src/validate.rs ("Health check for \"%s\" failed"): a sink the CI may never
    # reach, or one that was down for a moment
    ("vector-healthcheck-failed",
     "$ vector validate vector/vector.yaml\n"
     "√ Loaded [\"vector/vector.yaml\"]\n"
     "√ Component configuration\n"
     "x Health check for \"es_out\" failed\n" + _GL),
    # bridgecrewio/checkov platform_integration.py (MaxRetryError other than 401): a wrong URL as well
    # as an outage
    ("checkov-platform-connection-retries",
     "Run checkov -d . --bc-api-key ***\n"
     "2026-03-02 10:03:11,402 [MainThread  ] [ERROR]  An error occurred connecting to the platform after multiple retries. Please verify your API key and Prisma API URL, as well as network connectivity, and retry. If the problem persists, please enable debug logs and contact support.\n"
     + _GHA),
    # jsonnet-bundler cmd/jb/install.go ("failed to install packages") with git's own output cut away
    ("jb-bare-exit-128",
     "$ jb install\n"
     "jb: error: failed to install packages: downloading: exit status 128\n" + _GL),
    # opa v1/tester: a test cancelled at opa test's --timeout (a slow policy or a slow runner)
    ("opa-test-timeout-cancel",
     "$ opa test --timeout 5s policy/\n"
     "policy/graph_test.rego:\n"
     "data.graph.test_reachability_large: ERROR (5.001s)\n"
     "  eval_cancel_error: caller cancelled query execution\n"
     "--------------------------------------------------------------------------------\n"
     "PASS: 30/31\n"
     "ERROR: 1/31\n" + _GL),
]


@pytest.mark.parametrize("verdict,log", labelled(CASES))
def test_policy_observability_config_messages(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(AMBIGUOUS))
def test_policy_observability_config_ambiguous(log):
    not_surely_transient(log)


def test_ids_unique():
    assert_unique_ids(CASES, AMBIGUOUS)
