"""Eighteenth round, tool sources: API and schema contract checks as CI steps fail on them.

Covered: Spectral (``spectral lint``: the stylish summary, "Error running Spectral!" with a document or
ruleset that could not be fetched or read), Redocly CLI (``redocly lint``'s unresolved remote $ref, a root
description it could not load or parse, ``redocly push``'s Reunite API errors), Apollo Rover
(``rover subgraph check``/``supergraph compose``/``subgraph publish``: composition and check failures, the
GraphOS request that could not connect, timed out or got a 5xx/429, a refused key or permission, the
billing-plan limit and the checks timeout), graphql-inspector (``diff``'s breaking changes, ``validate``'s
invalid documents), openapi-generator (``validate``'s "Spec has N errors", the npm wrapper downloading
its JAR from Maven Central), oasdiff (``breaking``'s changelog, a base spec it could not load), the
AsyncAPI CLI (``asyncapi validate``), ajv-cli (``validate``/``compile``), check-jsonschema's $ref
resolution (a remote $ref that could not be downloaded vs one that does not exist) and the Confluent
Schema Registry Maven plugin (``test-compatibility``, ``test-local-compatibility``, ``register``: the
registry's 5xx error codes, a refused key, an incompatible schema). Pact's can-i-deploy, Dredd and
Schemathesis are in test_tool_sources_api_perf_contract.py; openapi-generator's SpecValidationException,
swagger-cli and Redocly's plain lint failure in test_tool_sources_codegen_toolchains_migrations.py;
check-jsonschema's schema download in test_tool_sources_code_analysis_hooks.py: not repeated here.

Each case is a short log written for this test around one message as the tool prints it. The wording
was read from the tools' source (the comment above each case names the repository and file):
stoplightio/spectral, Redocly/redocly-cli, apollographql/rover, graphql-hive/graphql-inspector,
OpenAPITools/openapi-generator and OpenAPITools/openapi-generator-cli, oasdiff/oasdiff with
getkin/kin-openapi, asyncapi/cli, ajv-validator/ajv-cli, python-jsonschema/check-jsonschema,
confluentinc/schema-registry. The reqwest error texts Rover prints ("error sending request for url",
"HTTP status server error (...)") rest on reqwest's documented Display, and the Schema Registry's
messages for its 5xx codes on its documented error codes (50001-50004) as much as on the resources'
source. Hosts, graphs, subjects and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a remote document, ruleset, $ref, JAR or registry request that failed on the network, timed out or
    got a 5xx/429 (Spectral's "Could not parse <url>: Service Unavailable", Redocly's "Failed to load
    <url>: 503", Rover's E028/E031/E004 with a 5xx or 429 and "You've encountered a rate limit.",
    oasdiff's "request returned status code 503", openapi-generator-cli's "Download failed, because of"
    a timeout or 5xx, check-jsonschema's Unretrievable $ref after "status=503", the Schema Registry's
    50001-50004 error codes or a proxy's 503 page) -> transient;
  * a finding about the API itself (lint errors, breaking changes, composition/build errors, failed
    operation checks, invalid documents or data, incompatible schemas), a file or version that does
    not exist (404s, ENOENT, a $ref pointing nowhere), a refused key or permission (Redocly's 401,
    Rover's E013/E033, the registry's 401) -> real;
  * near-misses: tests ABOUT these errors that fail on their assertions, an application logging the
    same words, a Redocly lint with a remote $ref outage beside a rule error of the change's -> real; a
    checker's all-clear ("No breaking changes detected") above a later outage -> transient;
  * wordings printed both for an outage and for a persistent cause (the AsyncAPI CLI's "Failed to
    download <url>." which hides the status, Rover's billing-plan limit E034, Rover's E028 for a local
    subgraph the job started, which had not come up or had crashed, an unresolved $ref whose cause is
    only "fetch failed") -> not surely transient. Rover's "The check workflow took too long to run."
    (GraphOS running the check slowly) reads transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GHA2 = "##[error]Process completed with exit code 2.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

_SPECTRAL = "$ npx spectral lint api/openapi.yaml --ruleset .spectral.yaml --fail-severity error\n"
_ROVER_CHECK = ("$ rover subgraph check shopfront@current --name catalog --schema ./catalog.graphql\n"
                "Checking the proposed schema for subgraph catalog against shopfront@current\n")
_ROVER_PUB = ("$ rover subgraph publish shopfront@current --name catalog --schema ./catalog.graphql "
              "--routing-url http://catalog.internal:4001/graphql\n"
              "Publishing SDL to shopfront@current (subgraph: catalog) using credentials from the default profile.\n")
_OASDIFF = ("$ oasdiff breaking https://specs.example.org/pets/v1/openapi.yaml api/openapi.yaml "
            "--fail-on ERR\n")
_MVN_SR = "[INFO] --- kafka-schema-registry-maven-plugin:7.6.1:register (default-cli) @ orders-events ---\n"
_MVN_SR_FAIL = ("[INFO] BUILD FAILURE\n"
                "[ERROR] Failed to execute goal io.confluent:kafka-schema-registry-maven-plugin:7.6.1:register "
                "(default-cli) on project orders-events: Execution default-cli of goal "
                "io.confluent:kafka-schema-registry-maven-plugin:7.6.1:register failed: One or more exceptions "
                "were encountered. -> [Help 1]\n")
_OAG_CLI = ("$ npx @openapitools/openapi-generator-cli generate -i api/openapi.yaml -g typescript-fetch "
            "-o src/generated\n")

CASES: list[tuple[str, str, str]] = [
    # ================================================================== Spectral
    # stoplightio/spectral packages/formatters/src/utils/getSummary.ts ("%d problems (%d errors, %d warnings,
    # %d infos, %d hints)") under the stylish formatter; packages/cli/src/commands/lint.ts exits 1
    ("spectral-lint-problems", "real",
     _SPECTRAL +
     "\n/home/runner/work/pets/api/openapi.yaml\n"
     "  14:9   error    operation-operationId  Operation must have \"operationId\".  paths./pets.get\n"
     "  52:17  warning  oas3-unused-component  Potentially unused component has been detected.  "
     "components.schemas.LegacyPet\n\n"
     "✖ 2 problems (1 error, 1 warning, 0 infos, 0 hints)\n" + _GHA),
    # packages/runtime/src/reader.ts (readParsable: "Could not parse %s: %s", the response's statusText);
    # lint.ts fail() ("Error running Spectral!", "Error #%d: ") for a document given as a URL
    ("spectral-remote-document-503", "transient",
     "$ npx spectral lint https://specs.example.org/pets/openapi.yaml\n"
     "Error running Spectral!\n"
     "Use --verbose flag to print the error stack.\n"
     "Error #1: Could not parse https://specs.example.org/pets/openapi.yaml: Service Unavailable\n" + _GHA2),
    # same reader, node-fetch's FetchError text for a dropped connection
    ("spectral-remote-document-reset", "transient",
     "$ npx spectral lint https://specs.example.org/pets/openapi.yaml\n"
     "Error running Spectral!\n"
     "Use --verbose flag to print the error stack.\n"
     "Error #1: Could not parse https://specs.example.org/pets/openapi.yaml: request to "
     "https://specs.example.org/pets/openapi.yaml failed, reason: socket hang up\n" + _GHA2),
    # same reader: a URL that does not exist
    ("spectral-remote-document-404", "real",
     "$ npx spectral lint https://specs.example.org/pets/openapi-v3.yaml\n"
     "Error running Spectral!\n"
     "Use --verbose flag to print the error stack.\n"
     "Error #1: Could not parse https://specs.example.org/pets/openapi-v3.yaml: Not Found\n" + _GHA2),
    # same reader, a local file that is not there ("Could not read %s: %s" inside "Could not parse")
    ("spectral-local-document-missing", "real",
     "$ npx spectral lint api/openapi.yml\n"
     "Error running Spectral!\n"
     "Use --verbose flag to print the error stack.\n"
     "Error #1: Could not parse api/openapi.yml: Could not read api/openapi.yml: ENOENT: no such file or "
     "directory, open 'api/openapi.yml'\n" + _GHA2),
    # packages/ruleset-bundler/src/plugins/url.ts ("Error fetching %s: %s") as the cause fail() prints, for
    # a ruleset that extends a shared one by URL
    ("spectral-remote-ruleset-502", "transient",
     _SPECTRAL +
     "Error running Spectral!\n"
     "Use --verbose flag to print the error stack.\n"
     "Error #1: Error fetching https://rules.example.org/api-style/spectral.js: Bad Gateway\n" + _GHA2),
    # packages/cli/src/services/linter/utils/getRuleset.ts (CLIError "Could not read ruleset at %s.")
    ("spectral-ruleset-missing", "real",
     "$ npx spectral lint api/openapi.yaml --ruleset config/spectral.yaml\n"
     "Could not read ruleset at /home/runner/work/pets/config/spectral.yaml.\n" + _GHA2),

    # ================================================================== Redocly CLI
    # Redocly/redocly-cli packages/core/src/utils/read-file-from-url.ts ("Failed to load %s: %d %s") inside
    # packages/core/src/rules/common/no-unresolved-refs.ts ("Can't resolve $ref: %s"); miscellaneous.ts's
    # printLintTotals ("❌ Validation failed with %d errors")
    ("redocly-lint-remote-ref-503", "transient",
     "$ npx @redocly/cli lint api/openapi.yaml\n"
     "validating api/openapi.yaml...\n"
     "[1] api/openapi.yaml:41:11 at #/paths/~1pets/get/responses/200/content/application~1json/schema\n\n"
     "Can't resolve $ref: Failed to load https://schemas.example.org/common/pet.yaml: 503 Service Unavailable\n\n"
     "Error was generated by the no-unresolved-refs rule.\n\n"
     "api/openapi.yaml: validated in 212ms\n\n"
     "❌ Validation failed with 1 error.\n" + _GHA),
    ("redocly-lint-remote-ref-404", "real",
     "$ npx @redocly/cli lint api/openapi.yaml\n"
     "validating api/openapi.yaml...\n"
     "[1] api/openapi.yaml:41:11 at #/paths/~1pets/get/responses/200/content/application~1json/schema\n\n"
     "Can't resolve $ref: Failed to load https://schemas.example.org/common/pett.yaml: 404 Not Found\n\n"
     "Error was generated by the no-unresolved-refs rule.\n\n"
     "❌ Validation failed with 1 error.\n" + _GHA),
    # packages/cli/src/utils/miscellaneous.ts handleError ("Failed to resolve API description at %s:") for
    # a root description given as a URL
    ("redocly-root-url-502", "transient",
     "$ npx @redocly/cli bundle https://specs.example.org/pets/openapi.yaml -o dist/openapi.yaml\n"
     "Failed to resolve API description at https://specs.example.org/pets/openapi.yaml:\n\n"
     "  - Failed to load https://specs.example.org/pets/openapi.yaml: 502 Bad Gateway\n" + _GHA),
    # same function, YamlParseError ("Failed to parse API description at %s:")
    ("redocly-yaml-parse-error", "real",
     "$ npx @redocly/cli lint api/openapi.yaml\n"
     "Failed to parse API description at api/openapi.yaml:\n\n"
     "  - bad indentation of a mapping entry (58:7)\n" + _GHA),
    # packages/cli/src/reunite/api/api-client.ts (getParsedResponse: "%s." with the status; pushes:
    # "Failed to push. %s") and reunite/commands/utils.ts handleReuniteError ("%s Reason: %s (status: %d)")
    ("redocly-push-503", "transient",
     "$ npx @redocly/cli push api/ --organization acme --project pets-docs --mount-path /pets --branch main\n"
     "✗ File upload failed. Reason: Failed to push. Service Unavailable. (status: 503)\n" + _GHA),
    ("redocly-push-401", "real",
     "$ npx @redocly/cli push api/ --organization acme --project pets-docs --mount-path /pets --branch main\n"
     "✗ File upload failed. Reason: Failed to push. Unauthorized. (status: 401)\n" + _GHA),
    # api-client.ts request() ("Failed to fetch. Caused by %s. Code: %s") when the request never got an answer
    ("redocly-push-fetch-timeout", "transient",
     "$ npx @redocly/cli push api/ --organization acme --project pets-docs --mount-path /pets --branch main\n"
     "✗ File upload failed. Reason: Failed to push. Failed to fetch. Caused by connect ETIMEDOUT "
     "203.0.113.41:443. Code: ETIMEDOUT\n" + _GHA),

    # ================================================================== Apollo Rover
    # apollographql/rover crates/rover-client/src/error.rs (SubgraphBuildErrors "Encountered %s while trying to
    # build subgraph '%s' into supergraph '%s'."), src/error/mod.rs ("error[E029]:"), suggestion.rs
    ("rover-subgraph-check-build-errors", "real",
     _ROVER_CHECK +
     "error[E029]: Encountered 1 build error while trying to build subgraph 'catalog' into supergraph "
     "'shopfront@current'.\n\n"
     "Caused by:\n"
     "    FIELD_TYPE_MISMATCH: Type of field \"Product.price\" is incompatible across subgraphs: it has type "
     "\"Float\" in subgraph \"catalog\" but type \"Money\" in subgraph \"pricing\"\n\n"
     "        The subgraph schema you provided is invalid.\n" + _GHA),
    # error.rs BuildErrors ("Encountered %s while trying to build a supergraph."), suggestion.rs
    # FixCompositionErrors ("The subgraph schemas you provided are incompatible with each other.")
    ("rover-supergraph-compose-errors", "real",
     "$ rover supergraph compose --config ./supergraph.yaml --output supergraph.graphql\n"
     "resolving SDL for subgraphs defined in ./supergraph.yaml\n"
     "error[E029]: Encountered 2 build errors while trying to build a supergraph.\n\n"
     "Caused by:\n"
     "    INVALID_FIELD_SHARING: Non-shareable field \"Product.name\" is resolved from multiple subgraphs: it is "
     "resolved from subgraphs \"catalog\" and \"search\" and defined as non-shareable in all of them\n"
     "    SATISFIABILITY_ERROR: The following supergraph API query:\n\n"
     "        The subgraph schemas you provided are incompatible with each other.\n" + _GHA),
    # error.rs check_workflow_error_msg ("The changes in the schema you proposed caused %s checks to fail."),
    # code E043 (src/error/metadata/codes/E043.md)
    ("rover-subgraph-check-operations-fail", "real",
     _ROVER_CHECK +
     "Check Result:\n\n"
     "Compared 3 schema changes against 214 operations\n"
     "┌────────┬────────────────┬────────────────────────────────────────────┐\n"
     "│ Change │ Code           │ Description                                │\n"
     "├────────┼────────────────┼────────────────────────────────────────────┤\n"
     "│ FAIL   │ FIELD_REMOVED  │ type `Product`: field `legacySku` removed  │\n"
     "└────────┴────────────────┴────────────────────────────────────────────┘\n\n"
     "error[E043]: The changes in the schema you proposed caused operation checks to fail.\n" + _GHA),
    # src/error/metadata/mod.rs (SendRequest with is_connect -> E028, SubmitIssue for a GraphOS endpoint);
    # reqwest's Display "error sending request for url (%s)"
    ("rover-graphos-could-not-connect", "transient",
     _ROVER_PUB +
     "error[E028]: error sending request for url (https://api.apollographql.com/api/graphql)\n"
     "        This error was unexpected! Please submit an issue with any relevant details about what you were "
     "trying to do: https://github.com/apollographql/rover/issues/new/choose\n" + _GHA),
    # same match arm, is_timeout -> E031 and IncreaseClientTimeout
    ("rover-graphos-timeout", "transient",
     _ROVER_CHECK +
     "error[E031]: error sending request for url (https://api.apollographql.com/api/graphql)\n"
     "        You can try increasing the timeout value by passing a higher value to the --client-timeout option.\n"
     + _GHA),
    # crates/rover-client/src/blocking/client.rs (5xx retried, then the status error) -> E004; reqwest's
    # "HTTP status server error (%s) for url (%s)"
    ("rover-graphos-503", "transient",
     _ROVER_PUB +
     "error[E004]: HTTP status server error (503 Service Unavailable) for url "
     "(https://api.apollographql.com/api/graphql)\n"
     "        This error was unexpected! Please submit an issue with any relevant details about what you were "
     "trying to do: https://github.com/apollographql/rover/issues/new/choose\n" + _CIRCLE),
    ("rover-graphos-429", "transient",
     _ROVER_CHECK +
     "error[E004]: HTTP status client error (429 Too Many Requests) for url "
     "(https://api.apollographql.com/api/graphql)\n"
     "        This error was unexpected! Please submit an issue with any relevant details about what you were "
     "trying to do: https://github.com/apollographql/rover/issues/new/choose\n" + _GHA),
    # error.rs RateLimitExceeded ("You've encountered a rate limit."), suggestion TryAgainLater
    ("rover-check-rate-limit", "transient",
     _ROVER_CHECK +
     "error: You've encountered a rate limit.\n"
     "        Please try again later.\n" + _GHA),
    # error.rs ChecksTimeoutError ("The check workflow took too long to run.") with IncreaseChecksTimeout:
    # GraphOS running the check slowly for a while (Rover polls for 300 s by default)
    ("rover-checks-timeout", "transient",
     _ROVER_CHECK +
     "error: The check workflow took too long to run.\n"
     "        You can try increasing the timeout value by setting APOLLO_CHECKS_TIMEOUT_SECONDS to a higher "
     "value in your env. The default value is 300 seconds. You can also view the live check progress by "
     "visiting https://studio.apollographql.com/graph/shopfront/checks/4f1c.\n" + _GHA),
    # error.rs InvalidKey ("The registry did not recognize the provided API key") -> E013
    ("rover-invalid-key", "real",
     _ROVER_PUB +
     "error[E013]: The registry did not recognize the provided API key\n"
     "        Check your API key to make sure it's valid (are you using the right profile?).\n" + _GHA),
    # error.rs PermissionError ("You don't have the required permissions to perform this operation: %s.")
    # -> E033
    ("rover-permission-denied", "real",
     _ROVER_CHECK +
     "error[E033]: You don't have the required permissions to perform this operation: This API key does not "
     "have permission to run checks on shopfront.\n"
     "        Make sure your graph name is typed correctly, and that your API key is valid.\n"
     "        You can run `rover config whoami` to check your authentication.\n" + _GHA),
    # crates/houston/src/error.rs ("No configuration profiles were found, and this command requires one.")
    # -> E020: APOLLO_KEY not passed to the job
    ("rover-no-profile", "real",
     _ROVER_PUB +
     "error[E020]: No configuration profiles were found, and this command requires one.\n" + _GHA),
    # error.rs NoSubgraphInGraph ("Could not find subgraph '%s'.") -> E009
    ("rover-unknown-subgraph", "real",
     "$ rover subgraph fetch shopfront@current --name catalogue\n"
     "error[E009]: Could not find subgraph 'catalogue'.\n" + _GHA),
    # ================================================================== graphql-inspector
    # graphql-hive/graphql-inspector packages/commands/diff/src/index.ts (reportBreakingChanges with
    # log-symbols' error mark, failOnBreakingChanges "Detected %d breaking change(s)"), packages/logger
    # ("error" prefix on a terminal, "[error]" otherwise)
    ("graphql-inspector-breaking-changes", "real",
     "$ npx graphql-inspector diff 'git:origin/main:schema.graphql' schema.graphql\n\n"
     "Detected the following changes (3) between schemas:\n\n"
     "✖  Field legacySku was removed from object type Product\n"
     "⚠  Enum value BACKORDER was added to enum StockStatus\n"
     "✔  Field Product.gtin was added\n"
     "error Detected 1 breaking change\n" + _GHA),
    ("graphql-inspector-breaking-changes-plain", "real",
     "$ npx graphql-inspector diff schema.main.graphql schema.graphql\n"
     "Detected the following changes (2) between schemas:\n"
     "✖  Argument first: Int! added to field Query.products\n"
     "✖  Type Review was removed\n"
     "[error] Detected 2 breaking changes\n" + _CIRCLE),
    # packages/commands/validate/src/index.ts ("Detected %d invalid document(s):", renderErrors " - %s")
    ("graphql-inspector-validate-invalid-documents", "real",
     "$ npx graphql-inspector validate 'src/**/*.graphql' schema.graphql\n\n"
     "Detected 1 invalid document:\n\n"
     "error in src/queries/product.graphql:\n\n"
     " - Cannot query field \"legacySku\" on type \"Product\".\n\n"
     "[error] Detected 1 invalid document\n" + _GHA),

    # ================================================================== openapi-generator
    # OpenAPITools/openapi-generator modules/openapi-generator-cli/.../cmd/Validate.java ("Validating spec
    # (%s)", "Errors:", "[error] Spec has %d errors.") with swagger-parser's "is not of type" message
    ("openapi-generator-validate-errors", "real",
     "$ openapi-generator-cli validate -i api/openapi.yaml\n"
     "Validating spec (api/openapi.yaml)\n"
     "Errors:\n"
     "\t- attribute info.version is not of type `string`\n"
     "\t- attribute paths.'/pets'(post).requestBody.content is missing\n\n"
     "[error] Spec has 2 errors.\n" + _GHA),
    # OpenAPITools/openapi-generator-cli apps/generator-cli/src/app/services/version-manager.service.ts
    # ("Download %s ...", "Download failed, because of: \"%s\"") fetching the JAR from Maven Central
    ("openapi-generator-cli-jar-download-timeout", "transient",
     _OAG_CLI +
     "Download 7.6.0 ...\n"
     "Download failed, because of: \"connect ETIMEDOUT 199.232.196.209:443\"\n"
     "Error: Unable to access jarfile /home/runner/work/pets/node_modules/@openapitools/openapi-generator-cli/"
     "versions/7.6.0.jar\n" + _GHA),
    ("openapi-generator-cli-jar-download-503", "transient",
     _OAG_CLI +
     "Download 7.6.0 ...\n"
     "Download failed, because of: \"Request failed with status code 503\"\n\n"
     "Response:\n"
     "content-type text/html\n" + _GHA),
    # same service: a version that was never published
    ("openapi-generator-cli-jar-download-404", "real",
     _OAG_CLI +
     "Download 7.66.0 ...\n"
     "Download failed, because of: \"Request failed with status code 404\"\n\n"
     "Response:\n"
     "content-type text/html\n" + _GHA),

    # ================================================================== oasdiff
    # oasdiff/oasdiff checker/localizations_src/en/messages.yaml ("total-changes": "%d changes: %d %s, ..."),
    # checker/api_change.go (the multi-line "%s\t[%s] %s %s\n\t%s API %s %s\n\t\t%s" block)
    ("oasdiff-breaking-changes", "real",
     _OASDIFF +
     "2 changes: 1 error, 1 warning, 0 info\n"
     "error\t[api-path-removed-without-deprecation] at https://specs.example.org/pets/v1/openapi.yaml\n"
     "\tin API GET /pets/{petId}/vaccinations\n"
     "\t\tapi path removed without deprecation\n\n"
     "warning\t[response-optional-property-removed] at api/openapi.yaml\n"
     "\tin API GET /pets\n"
     "\t\tremoved the optional property 'nickname' from the response with the '200' status\n\n" + _GHA),
    # internal/errors.go ("failed to load %s spec from %s: %w", exit 102) with getkin/kin-openapi
    # openapi3/loader_uri_reader.go ("error loading %q: request returned status code %d")
    ("oasdiff-base-spec-503", "transient",
     _OASDIFF +
     "Error: failed to load base spec from https://specs.example.org/pets/v1/openapi.yaml: error loading "
     "\"https://specs.example.org/pets/v1/openapi.yaml\": request returned status code 503\n"
     "##[error]Process completed with exit code 102.\n"),
    ("oasdiff-base-spec-404", "real",
     "$ oasdiff breaking https://specs.example.org/pets/v9/openapi.yaml api/openapi.yaml --fail-on ERR\n"
     "Error: failed to load base spec from https://specs.example.org/pets/v9/openapi.yaml: error loading "
     "\"https://specs.example.org/pets/v9/openapi.yaml\": request returned status code 404\n"
     "##[error]Process completed with exit code 102.\n"),
    # same wrap around net/http's error for a connection the far end reset
    ("oasdiff-base-spec-reset", "transient",
     _OASDIFF +
     "Error: failed to load base spec from https://specs.example.org/pets/v1/openapi.yaml: Get "
     "\"https://specs.example.org/pets/v1/openapi.yaml\": read tcp 10.1.0.4:51544->203.0.113.9:443: read: "
     "connection reset by peer\n"
     "##[error]Process completed with exit code 102.\n"),

    # ================================================================== AsyncAPI CLI
    # asyncapi/cli src/domains/services/validation.service.ts (generateGovernanceMessage "%s and/or
    # referenced documents have governance issues.", formatStylish's "Errors" title) with Spectral's summary
    ("asyncapi-validate-invalid", "real",
     "$ asyncapi validate asyncapi.yaml\n"
     "Errors \n"
     "asyncapi.yaml\n"
     "  18:11  error  asyncapi3-operation-messages-from-referred-channel  Operation message does not "
     "belong to the specified channel.  operations.onOrderPlaced.messages[0]\n\n"
     "✖ 1 problem (1 error, 0 warnings, 0 infos, 0 hints)\n\n"
     "asyncapi.yaml and/or referenced documents have governance issues.\n" + _GHA),
    # src/errors/specification-file.ts (ErrorLoadingSpec 'file': "%s file does not exist.")
    ("asyncapi-file-missing", "real",
     "$ asyncapi validate specs/asyncapi.yml\n"
     "error loading AsyncAPI document from file: specs/asyncapi.yml file does not exist.\n" + _GHA),

    # ================================================================== ajv-cli
    # ajv-validator/ajv-cli src/commands/validate.ts (console.error(file, "invalid") and the errors)
    ("ajv-data-invalid", "real",
     "$ npx ajv validate -s schemas/app-config.schema.json -d 'config/*.json' --spec=draft2020 -c ajv-formats\n"
     "config/base.json valid\n"
     "config/staging.json invalid\n"
     "[\n"
     "  {\n"
     "    instancePath: '/server/port',\n"
     "    schemaPath: '#/properties/server/properties/port/type',\n"
     "    keyword: 'type',\n"
     "    params: { type: 'integer' },\n"
     "    message: 'must be integer'\n"
     "  }\n"
     "]\n" + _GHA),
    ("ajv-data-invalid-text", "real",
     "$ npx ajv validate -s schemas/app-config.schema.json -d config/staging.json --errors=text\n"
     "config/staging.json invalid\n"
     "data/server/port must be integer, data must have required property 'region'\n" + _CIRCLE),
    # src/commands/compile.ts ("schema %s is invalid", "error: %s")
    ("ajv-schema-invalid-strict", "real",
     "$ npx ajv compile -s schemas/app-config.schema.json\n"
     "schema schemas/app-config.schema.json is invalid\n"
     "error: strict mode: unknown keyword: \"example\"\n" + _GHA),

    # ================================================================== check-jsonschema $ref resolution
    # python-jsonschema/check-jsonschema src/check_jsonschema/checker.py ("Failure resolving $ref within
    # schema"), format_errors.py (shortened trace, "caused by"), cachedownloader.py (FailedDownloadError)
    ("check-jsonschema-remote-ref-503", "transient",
     "$ check-jsonschema --schemafile schemas/deploy.schema.json deploy/*.yaml\n"
     "Failure resolving $ref within schema\n\n"
     "Unretrievable: 'https://schemas.example.org/common/v2/defs.json'\n"
     "  in \"/opt/venv/lib/python3.12/site-packages/referencing/_core.py\", line 682\n"
     "  >>> raise exceptions.Unretrievable(ref=uri) from error\n\n"
     "  caused by\n\n"
     "  FailedDownloadError: got response with status=503, retries exhausted\n" + _GHA),
    ("check-jsonschema-remote-ref-404", "real",
     "$ check-jsonschema --schemafile schemas/deploy.schema.json deploy/*.yaml\n"
     "Failure resolving $ref within schema\n\n"
     "Unretrievable: 'https://schemas.example.org/common/v3/defs.json'\n"
     "  in \"/opt/venv/lib/python3.12/site-packages/referencing/_core.py\", line 682\n"
     "  >>> raise exceptions.Unretrievable(ref=uri) from error\n\n"
     "  caused by\n\n"
     "  FailedDownloadError: got response with status=404, retries exhausted\n" + _GHA),
    # same handler, a local pointer that leads nowhere (referencing's PointerToNowhere)
    ("check-jsonschema-ref-pointer-nowhere", "real",
     "$ check-jsonschema --schemafile schemas/deploy.schema.json deploy/prod.yaml\n"
     "Failure resolving $ref within schema\n\n"
     "PointerToNowhere: '/$defs/replicaCount' does not exist within {'$schema': "
     "'https://json-schema.org/draft/2020-12/schema', 'type': 'object'}\n" + _GHA),
    # checker.py ("Error: schemafile was not valid") for a schema that breaks its metaschema
    ("check-jsonschema-schemafile-not-valid", "real",
     "$ check-jsonschema --schemafile schemas/deploy.schema.json deploy/prod.yaml\n"
     "Error: schemafile was not valid\n\n"
     "SchemaError: 'strng' is not valid under any of the given schemas\n" + _GHA),

    # ================================================================== Confluent Schema Registry Maven plugin
    # confluentinc/schema-registry maven-plugin/.../TestCompatibilitySchemaRegistryMojo.java ("Schema %s is
    # not compatible with subject(%s)", failureMessage "One or more schemas found to be incompatible with the
    # current version.")
    ("schema-registry-test-compatibility-incompatible", "real",
     "[INFO] --- kafka-schema-registry-maven-plugin:7.6.1:test-compatibility (default-cli) @ orders-events ---\n"
     "[ERROR] Schema /home/runner/work/orders/src/main/avro/OrderPlaced.avsc is not compatible with "
     "subject(orders.placed-value)\n"
     "[INFO] BUILD FAILURE\n"
     "[ERROR] Failed to execute goal io.confluent:kafka-schema-registry-maven-plugin:7.6.1:test-compatibility "
     "(default-cli) on project orders-events: One or more schemas found to be incompatible with the current "
     "version. -> [Help 1]\n" + _GHA),
    # TestLocalCompatibilityMojo.java ("Schema is not %s compatible with previous schemas. %s")
    ("schema-registry-test-local-compatibility", "real",
     "[INFO] --- kafka-schema-registry-maven-plugin:7.6.1:test-local-compatibility (default-cli) @ orders-events ---\n"
     "[INFO] BUILD FAILURE\n"
     "[ERROR] Failed to execute goal io.confluent:kafka-schema-registry-maven-plugin:7.6.1:test-local-compatibility "
     "(default-cli) on project orders-events: Schema is not backward compatible with previous schemas. "
     "{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE', description:'The field 'currency' at path '/fields/4' in "
     "the new schema has no default value and is missing in the old schema', additionalInfo:'currency'} "
     "-> [Help 1]\n" + _GHA),
    # UploadSchemaRegistryMojo.java ("Exception thrown while processing %s") around the client's
    # RestClientException ("%s; error code: %d"); core/.../SubjectVersionsResource.java ("Error while
    # forwarding register schema request to the leader", code 50003 in rest/exceptions/Errors.java)
    ("schema-registry-register-forwarding-50003", "transient",
     _MVN_SR +
     "[ERROR] Exception thrown while processing orders.placed-value\n"
     "io.confluent.kafka.schemaregistry.client.rest.exceptions.RestClientException: Error while forwarding "
     "register schema request to the leader; error code: 50003\n"
     "\tat io.confluent.kafka.schemaregistry.client.rest.RestService.sendHttpRequest(RestService.java:336)\n"
     + _MVN_SR_FAIL + _GHA),
    # SubjectVersionsResource.java ("Register operation timed out", code 50002)
    ("schema-registry-register-timeout-50002", "transient",
     _MVN_SR +
     "[ERROR] Exception thrown while processing orders.placed-value\n"
     "io.confluent.kafka.schemaregistry.client.rest.exceptions.RestClientException: Register operation timed "
     "out; error code: 50002\n"
     + _MVN_SR_FAIL + _GHA),
    # client/.../RestService.java (JSON_PARSE_ERROR_CODE 50005 "Unable to parse error message from schema
    # registry: '(%s)'") around a load balancer's 503 page
    ("schema-registry-register-proxy-503-page", "transient",
     _MVN_SR +
     "[ERROR] Exception thrown while processing orders.placed-value\n"
     "io.confluent.kafka.schemaregistry.client.rest.exceptions.RestClientException: Unable to parse error "
     "message from schema registry: '(<html><head><title>503 Service Temporarily Unavailable</title></head>"
     "<body><center><h1>503 Service Temporarily Unavailable</h1></center></body></html>)'; error code: 50005\n"
     + _MVN_SR_FAIL + _GHA),
    # RestService.java with the registry's own 401 body
    ("schema-registry-register-401", "real",
     _MVN_SR +
     "[ERROR] Exception thrown while processing orders.placed-value\n"
     "io.confluent.kafka.schemaregistry.client.rest.exceptions.RestClientException: Unauthorized; error code: 401\n"
     + _MVN_SR_FAIL + _GHA),
    # SubjectVersionsResource.java ("Schema being registered is incompatible with an earlier schema for
    # subject \"%s\"", code 409)
    ("schema-registry-register-incompatible-409", "real",
     _MVN_SR +
     "[ERROR] Exception thrown while processing orders.placed-value\n"
     "io.confluent.kafka.schemaregistry.client.rest.exceptions.RestClientException: Schema being registered is "
     "incompatible with an earlier schema for subject \"orders.placed-value\", details: "
     "[{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE', description:'The field 'currency' at path '/fields/4' in "
     "the new schema has no default value and is missing in the old schema', additionalInfo:'currency'}, "
     "{oldSchemaVersion: 7}, {compatibility: 'BACKWARD'}]; error code: 409\n"
     + _MVN_SR_FAIL + _GHA),
    # RestService.java sendHttpRequest ("Failed to send HTTP request to endpoint: %s") for a registry
    # container the job started that was not listening yet
    ("schema-registry-register-local-refused", "transient",
     "$ docker compose up -d kafka schema-registry\n"
     "$ mvn -B io.confluent:kafka-schema-registry-maven-plugin:register\n"
     + _MVN_SR +
     "[ERROR] Failed to send HTTP request to endpoint: http://localhost:8081/subjects/orders.placed-value/versions\n"
     "java.net.ConnectException: Connection refused\n"
     "[ERROR] Exception thrown while processing orders.placed-value\n"
     "java.net.ConnectException: Connection refused\n"
     + _MVN_SR_FAIL + _GHA),

    # ================================================================== near-misses: tests and app logs
    # a project's own test ABOUT a GraphOS outage that fails on its assertion
    ("near-miss-jest-test-about-rover-503", "real",
     "$ npx jest src/publish\n"
     " FAIL  src/publish/publishSubgraph.test.ts\n"
     "  ● publishSubgraph › retries when GraphOS answers 503 Service Unavailable\n\n"
     "    expect(received).toBe(expected) // Object.is equality\n\n"
     "    Expected: 3\n"
     "    Received: 1\n\n"
     "Tests:       1 failed, 11 passed, 12 total\n" + _GHA),
    # a project's own pytest about a schema download that fails on a KeyError
    ("near-miss-pytest-schema-loader-keyerror", "real",
     "$ pytest tests/test_schema_loader.py -q\n"
     "F...\n"
     "FAILED tests/test_schema_loader.py::test_remote_ref_retries_after_status_503 - KeyError: 'retries'\n"
     "1 failed, 3 passed in 0.41s\n" + _GHA),
    # an application's own log lines quoting a registry outage above a failing integration assertion
    ("near-miss-app-logs-registry-50003-then-assertion", "real",
     "$ mvn -B verify -pl orders-consumer\n"
     "[INFO] Running com.example.orders.OrderConsumerIT\n"
     "12:01:03.114 WARN  c.e.o.SchemaCache - registry said: Error while forwarding register schema request to "
     "the leader; error code: 50003 (using cached schema)\n"
     "[ERROR] Tests run: 4, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 6.2 s <<< FAILURE! -- in "
     "com.example.orders.OrderConsumerIT\n"
     "[ERROR] com.example.orders.OrderConsumerIT.consumesPlacedOrder -- Time elapsed: 1.1 s <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <EUR> but was: <null>\n"
     "[ERROR] Tests run: 4, Failures: 1, Errors: 0, Skipped: 0\n"
     "[INFO] BUILD FAILURE\n" + _GHA),
    # a Spectral custom-function unit test failing on its own expectation, naming the rule
    ("near-miss-spectral-custom-rule-test", "real",
     "$ npx vitest run rules/\n"
     " FAIL  rules/__tests__/no-remote-refs.test.ts > no-remote-refs > reports refs to https://schemas.example.org\n"
     "AssertionError: expected [] to have a length of 1 but got +0\n"
     " Test Files  1 failed | 6 passed (7)\n"
     "      Tests  1 failed | 38 passed (39)\n" + _GHA),
    # a Redocly lint with a remote $ref outage AND a rule violation of the change's own: two errors, one the change's
    ("near-miss-redocly-remote-ref-503-plus-rule-error", "real",
     "$ npx @redocly/cli lint api/openapi.yaml\n"
     "[1] api/openapi.yaml:41:11 at #/paths/~1pets/get/responses/200/content/application~1json/schema\n\n"
     "Can't resolve $ref: Failed to load https://schemas.example.org/common/pet.yaml: 503 Service Unavailable\n\n"
     "Error was generated by the no-unresolved-refs rule.\n\n"
     "[2] api/openapi.yaml:77:5 at #/paths/~1pets~1{petId}/delete\n\n"
     "Operation must have at least one `2XX` response.\n\n"
     "Error was generated by the operation-2xx-response rule.\n\n"
     "❌ Validation failed with 2 errors.\n" + _GHA),
    # a project's own JUnit test comparing the registry client's message: the code's
    ("near-miss-junit-compares-registry-50003-message", "real",
     "[INFO] Running com.example.registry.RegistryClientTest\n"
     "[ERROR] Tests run: 6, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.4 s <<< FAILURE! -- in "
     "com.example.registry.RegistryClientTest\n"
     "[ERROR] com.example.registry.RegistryClientTest.wrapsLeaderErrors -- Time elapsed: 0.02 s <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <RegistryUnavailable> but was: <io.confluent.kafka."
     "schemaregistry.client.rest.exceptions.RestClientException: Error while forwarding register schema request to "
     "the leader; error code: 50003>\n"
     "[INFO] BUILD FAILURE\n" + _GHA),
    # oasdiff found only warnings (not a failing verdict), and the job failed later on a deploy upload that timed out
    ("near-miss-oasdiff-warnings-then-upload-timeout", "transient",
     "$ oasdiff breaking base.yaml api/openapi.yaml\n"
     "3 changes: 0 error, 2 warning, 1 info\n"
     "warning\t[response-optional-property-removed] at api/openapi.yaml\n"
     "\tin API GET /pets\n"
     "\t\tremoved the optional property 'nickname' from the response with the '200' status\n\n"
     "$ aws s3 sync dist/ s3://docs-example-bucket/pets/\n"
     "upload failed: dist/index.html to s3://docs-example-bucket/pets/index.html Read timeout on endpoint URL: "
     "\"https://docs-example-bucket.s3.amazonaws.com/pets/index.html\"\n" + _GHA),
    # graphql-inspector passed; the publish step after it got a 502 from GraphOS
    ("near-miss-inspector-passed-then-graphos-502", "transient",
     "$ npx graphql-inspector diff schema.main.graphql schema.graphql\n"
     "success No breaking changes detected\n"
     + _ROVER_PUB +
     "error[E004]: HTTP status server error (502 Bad Gateway) for url (https://api.apollographql.com/api/graphql)\n"
     "        This error was unexpected! Please submit an issue with any relevant details about what you were "
     "trying to do: https://github.com/apollographql/rover/issues/new/choose\n" + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # asyncapi/cli src/domains/models/SpecificationFile.ts (fromURL: "Error loading spec from URL: %s" then
    # ErrorLoadingSpec 'url' "Failed to download %s."): a 404 and a 503 read the same
    ("asyncapi-url-failed-to-download",
     "$ asyncapi validate https://specs.example.org/events/asyncapi.yaml\n"
     "Error loading spec from URL: Failed to download https://specs.example.org/events/asyncapi.yaml.\n"
     "error loading AsyncAPI document from url: Failed to download https://specs.example.org/events/asyncapi.yaml.\n"
     + _GHA),
    # apollographql/rover error.rs PlanError ("You cannot perform this operation due to a limit imposed by your
    # current billing plan") -> E034 with UpgradePlan: a rate limit on a plan that may stay exceeded
    ("rover-plan-limit-e034",
     _ROVER_CHECK +
     "error[E034]: You cannot perform this operation due to a limit imposed by your current billing plan\n"
     "        Rover has likely reached rate limits while running graph or subgraph checks. Please try again "
     "later or contact your graph admin about upgrading your billing plan.\n" + _GHA),
    # apollographql/rover src/error/metadata/mod.rs: a local subgraph the job itself starts, introspected before it
    # listened or after it crashed (E028 with
    # CheckServerConnection, "Make sure the endpoint is accepting connections and is spelled correctly")
    ("rover-introspect-local-not-listening",
     "$ npm run start:catalog &\n"
     "$ rover subgraph introspect http://localhost:4001/graphql > catalog.graphql\n"
     "error[E028]: error sending request for url (http://localhost:4001/graphql)\n"
     "        Make sure the endpoint is accepting connections and is spelled correctly\n" + _GHA),

    # Redocly lint: an unresolved $ref whose cause is only "fetch failed" (undici hides the reason)
    ("redocly-lint-remote-ref-fetch-failed",
     "$ npx @redocly/cli lint api/openapi.yaml\n"
     "[1] api/openapi.yaml:41:11 at #/paths/~1pets/get/responses/200/content/application~1json/schema\n\n"
     "Can't resolve $ref: fetch failed\n\n"
     "Error was generated by the no-unresolved-refs rule.\n\n"
     "❌ Validation failed with 1 error.\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_api_schema_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_api_schema_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Detected 3 breaking changes",
    "12 changes: 3 error, 4 warning, 5 info",
    "Schema src/main/avro/OrderPlaced.avsc is not compatible with subject(",
    "Schema is not backward compatible with previous schemas",
    "error[E029]: ",
    "Can't resolve $ref: Failed to load https://schemas.example.org/",
    "RestClientException: Error while forwarding register schema request to the leader",
    "Unable to parse error message from schema registry: '(<html>",
    "Error was generated by the ",
    "due to a limit imposed by your current billing plan",
    "error loading AsyncAPI document from url: Failed to download ",
]
