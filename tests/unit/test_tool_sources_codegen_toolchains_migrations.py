"""Twelfth round, tool sources: code generators that fetch an engine or a schema, language version
managers and toolchain installers, and database migration tools, as a CI step runs them.

Each case is a short log written for the test around one message as the tool prints it, read from
the tool's own source where the source is public (the comment above each case names the repository
and file holding the format string) or from the tool's documentation where it says so. Hosts,
packages, versions, tables and paths are made up; no project's CI log is copied.

A download or fetch that failed on the network or on the server's side (a 5xx, a reset, a timeout,
a registry that is "unavailable" or throttling) must read transient, and so must a database that was
not up yet when the migration step connected. A persistent cause must read real: a version the
installer has no definition or release for (a 404 included), refused credentials, a pinned checksum
that does not match, a schema or spec the tool rejects, a breaking change or lint finding, a
migration whose SQL fails, two migration heads or leaves, a "dirty" database, a missing migration
file or a changed checksum of an applied one. Where a tool prints the same words for both (a
download "failed, please verify your internet connection and the version", a lock held by a run
that may be gone), the verdict must not be transient with confidence.
"""

from __future__ import annotations

import pytest
from judging import (
    assert_unique_ids,
    judge,
    labelled,
    logs,
    not_surely_transient,
    reads,
    signatures,
)

_EXIT = "##[error]Process completed with exit code 1.\n"
_EXIT2 = "##[error]Process completed with exit code 2.\n"
_NPM_END = ("npm error Lifecycle script `generate` failed with error:\n"
            "npm error code 1\n" + _EXIT)
_PY_END = _EXIT

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ Prisma
    # prisma/prisma packages/fetch-engine/src/downloadZip.ts (Prisma 4-6: "Failed to fetch the engine file
    # at ${url} - ${status} ${statusText}"); a 5xx from the binaries CDN
    ("prisma-engine-download-5xx", "transient",
     "> acme-api@1.4.0 generate\n> prisma generate\n\n"
     "Prisma schema loaded from prisma/schema.prisma\n"
     "Error: Failed to fetch the engine file at https://binaries.prisma.sh/all_commits/"
     "5a9203d0590c951969e85a7d07215503f4672eb9/debian-openssl-3.0.x/libquery_engine.so.node.gz - "
     "502 Bad Gateway\n" + _NPM_END),
    # same file, the fetch itself broken off (node-fetch's "request to <url> failed, reason: ...")
    ("prisma-engine-download-reset", "transient",
     "$ npx prisma generate\n"
     "Prisma schema loaded from prisma/schema.prisma\n"
     "Error: request to https://binaries.prisma.sh/all_commits/5a9203d0590c951969e85a7d07215503f4672eb9/"
     "debian-openssl-3.0.x/schema-engine.gz failed, reason: read ECONNRESET\n" + _EXIT),
    # same file, a 404: no engine published for that commit and platform (a wrong binaryTargets or engine hash)
    ("prisma-engine-download-404", "real",
     "$ npx prisma generate\n"
     "Prisma schema loaded from prisma/schema.prisma\n"
     "Error: Failed to fetch the engine file at https://binaries.prisma.sh/all_commits/"
     "0000000000000000000000000000000000000000/linux-musl-arm64-openssl-9.9.x/libquery_engine.so.node.gz - "
     "404 Not Found\n" + _EXIT),
    # prisma/prisma-engines libs/user-facing-errors (P1012, schema validation), as the CLI prints it
    ("prisma-schema-p1012", "real",
     "$ npx prisma generate\n"
     "Prisma schema loaded from prisma/schema.prisma\n"
     "Error: Prisma schema validation - (get-dmmf wasm)\n"
     "Error code: P1012\n"
     "error: Type \"Strng\" is neither a built-in type, nor refers to another model, composite type, or enum.\n"
     "  -->  prisma/schema.prisma:14\n"
     "Validation Error Count: 1\n"
     "[Context: getDmmf]\n\nPrisma CLI Version : 5.10.2\n" + _EXIT),
    # prisma-engines user-facing-errors common.rs (P1001 "Can't reach database server at ..."): the service not up yet
    ("prisma-p1001-db-not-up", "transient",
     "$ npx prisma migrate deploy\n"
     "Datasource \"db\": PostgreSQL database \"app_test\", schema \"public\" at \"localhost:5432\"\n\n"
     "Error: P1001: Can't reach database server at `localhost`:`5432`\n\n"
     "Please make sure your database server is running at `localhost`:`5432`.\n" + _EXIT),
    # prisma-engines user-facing-errors common.rs (P1000 authentication failed)
    ("prisma-p1000-auth", "real",
     "$ npx prisma migrate deploy\n"
     "Error: P1000: Authentication failed against database server at `localhost`, the provided database "
     "credentials for `app` are not valid.\n\n"
     "Please make sure to provide valid database credentials for the database server at `localhost`.\n" + _EXIT),
    # prisma-engines user-facing-errors migration_engine.rs (P3009 failed migrations in the target database)
    ("prisma-migrate-p3009", "real",
     "$ npx prisma migrate deploy\n"
     "3 migrations found in prisma/migrations\n\n"
     "Error: P3009\n\n"
     "migrate found failed migrations in the target database, new migrations will not be applied. Read more "
     "about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\n"
     "The `20240301120000_add_orders` migration started at 2024-05-01 12:00:00.000 UTC failed\n" + _EXIT),
    # same file (P3018 a migration failed to apply)
    ("prisma-migrate-p3018", "real",
     "$ npx prisma migrate deploy\n"
     "Applying migration `20240301120000_add_orders`\n"
     "Error: P3018\n\n"
     "A migration failed to apply. New migrations cannot be applied before the error is recovered from.\n\n"
     "Migration name: 20240301120000_add_orders\n\n"
     "Database error code: 42P07\n\n"
     "Database error:\nERROR: relation \"Order\" already exists\n" + _EXIT),
    # same file (P3006 a migration does not apply cleanly to the shadow database)
    ("prisma-migrate-p3006-shadow", "real",
     "$ npx prisma migrate dev --create-only\n"
     "Error: P3006\n\n"
     "Migration `20240301120000_add_orders` failed to apply cleanly to the shadow database. \n"
     "Error code: P1014\nError:\nThe underlying table for model `Customer` does not exist.\n" + _EXIT),

    # ------------------------------------------------------------------ buf and protoc
    # bufbuild/buf cmd/buf/buf.go (a Connect "unavailable" from the Buf Schema Registry)
    ("buf-bsr-unavailable", "transient",
     "Run buf dep update\n"
     "Failure: the server hosted at that remote is unavailable.\n" + _EXIT),
    # cmd/buf/buf.go appFailureError ("Failure: %w" of a Connect error, its code as "resource_exhausted: ...")
    ("buf-bsr-throttled", "transient",
     "Run buf generate\n"
     "Failure: resource_exhausted: too many requests, please try again later\n" + _EXIT),
    # same, the registry's deadline
    ("buf-bsr-deadline", "transient",
     "Run buf build buf.build/acme/petapis\n"
     "Failure: deadline_exceeded: context deadline exceeded\n" + _EXIT),
    # cmd/buf/buf.go (CodeUnauthenticated, no token found)
    ("buf-unauthenticated", "real",
     "Run buf push\n"
     "Failure: you are not authenticated for buf.build. Set the BUF_TOKEN environment variable or run "
     "\"buf registry login\", using a Buf API token as the password. For details, visit "
     "https://buf.build/docs/bsr/authentication\n" + _EXIT),
    # private/bufpkg/bufcheck/bufcheckserver/internal/bufcheckserverhandle/breaking.go ("%s changed type from %q to %q.")
    ("buf-breaking-type-changed", "real",
     "Run buf breaking --against 'https://github.com/acme/petapis.git#branch=main'\n"
     "proto/acme/pets/v1/pets.proto:14:3:Field \"2\" with name \"name\" on message \"Pet\" changed type from "
     "\"string\" to \"int64\".\n" + _EXIT),
    # same file ("Previously present message %q was deleted from file.")
    ("buf-breaking-message-deleted", "real",
     "Run buf breaking --against '.git#branch=main'\n"
     "proto/acme/pets/v1/pets.proto:1:1:Previously present message \"Owner\" was deleted from file.\n" + _EXIT),
    # .../bufcheckserverhandle/lint.go ("Files with package %q must be within a directory ...")
    ("buf-lint-package-directory", "real",
     "Run buf lint\n"
     "proto/pets.proto:3:1:Files with package \"acme.pets.v1\" must be within a directory \"acme/pets/v1\" "
     "relative to root but were in directory \"proto\".\n"
     "proto/pets.proto:9:1:Enum zero value name \"KIND_DOG\" should be suffixed with \"_UNSPECIFIED\".\n" + _EXIT),
    # protocolbuffers/protobuf src/google/protobuf/compiler/importer.cc ("File not found.", "Import \"%s\" was not
    # found or had errors.")
    ("protoc-import-not-found", "real",
     "$ protoc -I proto --go_out=gen proto/acme/pets.proto\n"
     "google/api/annotations.proto: File not found.\n"
     "acme/pets.proto:5:1: Import \"google/api/annotations.proto\" was not found or had errors.\n"
     "acme/pets.proto:20:5: \"google.api.http\" is not defined.\n" + _EXIT),
    # src/google/protobuf/compiler/command_line_interface.cc (plugin not on PATH: "Plugin failed with status code")
    ("protoc-plugin-missing", "real",
     "$ protoc -I proto --go_out=gen --go-grpc_out=gen proto/acme/pets.proto\n"
     "protoc-gen-go-grpc: program not found or is not executable\n"
     "Please specify a program using absolute path or make sure the program is available in your PATH "
     "system variable\n"
     "--go-grpc_out: protoc-gen-go-grpc: Plugin failed with status code 1.\n" + _EXIT),

    # ------------------------------------------------------------------ OpenAPI, GraphQL, sqlc, Hasura, Thrift, FlatBuffers
    # OpenAPITools/openapi-generator modules/openapi-generator/src/main/java/org/openapitools/codegen/config/
    # CodegenConfigurator.java (SpecValidationException "There were issues with the specification...")
    ("openapi-generator-spec-invalid", "real",
     "$ openapi-generator-cli generate -i api/openapi.yaml -g typescript-axios -o src/client\n"
     "Exception in thread \"main\" org.openapitools.codegen.SpecValidationException: There were issues with "
     "the specification. The option can be disabled via validateSpec (Maven/Gradle) or --skip-validate-spec (CLI).\n"
     " | Error count: 1, Warning count: 0\n"
     "Errors: \n"
     "\t-attribute paths.'/pets'(get).responses is missing\n" + _EXIT),
    # APIDevTools/json-schema-ref-parser lib/resolvers/http.ts ("Error downloading ${url}", "HTTP ERROR ${status}"),
    # as swagger-cli prints it for a remote spec
    ("swagger-cli-remote-spec-503", "transient",
     "$ swagger-cli validate https://specs.example.org/pets/openapi.yaml\n"
     "Error downloading https://specs.example.org/pets/openapi.yaml \n"
     "HTTP ERROR 503\n" + _EXIT),
    # APIDevTools/swagger-parser lib/validators/schema.js ("Swagger schema validation failed.")
    ("swagger-cli-schema-invalid", "real",
     "$ swagger-cli validate api/openapi.yaml\n"
     "Swagger schema validation failed. \n"
     "  Additional properties not allowed: respones at #/paths//pets/get\n\n"
     "JSON_OBJECT_VALIDATION_FAILED\n" + _EXIT),
    # Redocly/redocly-cli packages/cli/src/commands/lint.ts and utils ("Validation failed with %d errors")
    ("redocly-lint-failed", "real",
     "$ redocly lint api/openapi.yaml\n"
     "[1] api/openapi.yaml:12:7 at #/paths/~1pets/get/responses\n\n"
     "Operation must have at least one `2XX` response.\n\n"
     "Error was generated by the operation-2xx-response rule.\n\n"
     "❌ Validation failed with 1 error.\n" + _EXIT),
    # dotansimha/graphql-code-generator packages/graphql-codegen-cli/src/load.ts ("Failed to load schema from
    # ${pointer}:") around the loader's fetch error
    ("graphql-codegen-schema-fetch-reset", "transient",
     "$ graphql-codegen --config codegen.ts\n"
     "✔ Parse Configuration\n"
     "⚠ Generate outputs\n"
     "  ❯ Generate to src/gql/\n"
     "    ✖ Failed to load schema from https://api.example.org/graphql:\n"
     "        request to https://api.example.org/graphql failed, reason: read ECONNRESET\n" + _EXIT),
    # same file, a schema server the job itself starts that was not listening yet
    ("graphql-codegen-local-server-refused", "transient",
     "$ graphql-codegen --config codegen.ts\n"
     "    ✖ Failed to load schema from http://localhost:4000/graphql:\n"
     "        request to http://localhost:4000/graphql failed, reason: connect ECONNREFUSED 127.0.0.1:4000\n"
     + _EXIT),
    # packages/graphql-codegen-core (validateGraphQlDocuments: "GraphQL Document Validation failed with %d errors")
    ("graphql-codegen-document-invalid", "real",
     "$ graphql-codegen --config codegen.ts\n"
     "    ✖ GraphQL Document Validation failed with 1 errors;\n"
     "      Error 0: Cannot query field \"nickname\" on type \"User\". Did you mean \"name\"?\n"
     "        at /app/src/queries/user.graphql:4:5\n" + _EXIT),
    # ardatan/graphql-tools packages/load (no type definitions for the pointers: "Unable to find any GraphQL type
    # definitions for the following pointers:")
    ("graphql-codegen-schema-file-missing", "real",
     "$ graphql-codegen --config codegen.ts\n"
     "    ✖ Failed to load schema from ./schema/*.graphql:\n"
     "        Unable to find any GraphQL type definitions for the following pointers:\n"
     "          - ./schema/*.graphql\n" + _EXIT),
    # sqlc-dev/sqlc internal/cmd/generate.go (errors as "# package %s" then "%s:%d:%d: %s")
    ("sqlc-column-missing", "real",
     "$ sqlc generate\n"
     "# package db\n"
     "query.sql:7:8: column \"emial\" does not exist\n" + _EXIT),
    # hasura/graphql-engine cli (version check: "failed to get version from server: failed making version api call")
    ("hasura-engine-not-up", "transient",
     "$ hasura migrate apply --database-name default\n"
     "FATA[0000] version check: failed to get version from server: failed making version api call: Get "
     "\"http://localhost:8080/v1/version\": dial tcp 127.0.0.1:8080: connect: connection refused\n" + _EXIT),
    # apache/thrift compiler/cpp/src/thrift/main.cc (yyerror: "[FAILURE:%s:%d] (last token was '%s')")
    ("thrift-syntax-error", "real",
     "$ thrift --gen py -o gen idl/pets.thrift\n"
     "[FAILURE:/src/idl/pets.thrift:12] (last token was 'strng')\n"
     "syntax error\n" + _EXIT),
    # google/flatbuffers src/idl_parser.cpp ("type referenced but not defined (check namespace): ")
    ("flatc-undefined-type", "real",
     "$ flatc --ts -o src/gen schema/pets.fbs\n"
     "error: /src/schema/pets.fbs:9: 14: error: type referenced but not defined (check namespace): Owner\n"
     + _EXIT),

    # ------------------------------------------------------------------ Node version managers, Corepack
    # nvm-sh/nvm nvm.sh ("Version '%s' not found - try `nvm ls-remote` to browse available versions.")
    ("nvm-version-not-found", "real",
     "Run nvm install\n"
     "Found '/home/ci/app/.nvmrc' with version <99.1>\n"
     "Version '99.1' not found - try `nvm ls-remote` to browse available versions.\n" + _EXIT),
    # nvm.sh (nvm_install_binary: "Binary download failed, trying source.", then "nvm: install %s failed!")
    ("nvm-binary-download-failed", "transient",
     "Run nvm install 20.11.1\n"
     "Downloading and installing node v20.11.1...\n"
     "Downloading https://nodejs.org/dist/v20.11.1/node-v20.11.1-linux-x64.tar.xz...\n"
     "curl: (56) OpenSSL SSL_read: Connection reset by peer, errno 104\n"
     "Binary download failed, trying source.\n"
     "curl: (28) Failed to connect to nodejs.org port 443 after 130012 ms: Connection timed out\n"
     "nvm: install v20.11.1 failed!\n" + _EXIT),
    # Schniz/fnm src/commands/install.rs ("Can't find a Node version that matches {} in remote")
    ("fnm-version-not-found", "real",
     "Run fnm install\n"
     "error: Can't find a Node version that matches v99.1.0 in remote\n" + _EXIT),
    # volta-cli/volta crates/volta-core/src/error/kind.rs (NodeVersionNotFound "Could not find Node version
    # matching ... in the version registry.")
    ("volta-version-not-found", "real",
     "Run volta install node@99\n"
     "error: Could not find Node version matching \"99\" in the version registry.\n\n"
     "Please verify that the version is correct.\n" + _EXIT),
    # tj/n bin/n ("no version found for '%s'")
    ("n-no-version-found", "real",
     "Run n lts-99\n"
     "\n  Error: no version found for 'lts-99'\n\n" + _EXIT),
    # nodejs/corepack sources/httpUtils.ts ("Error when performing the request to ${input}; for troubleshooting
    # help, see ...", the fetch itself threw)
    ("corepack-request-failed", "transient",
     "Run corepack enable && pnpm install --frozen-lockfile\n"
     "Internal Error: Error when performing the request to https://registry.npmjs.org/pnpm/-/pnpm-9.1.0.tgz; "
     "for troubleshooting help, see https://github.com/nodejs/corepack#troubleshooting\n"
     "    at fetch (/usr/local/lib/node_modules/corepack/dist/lib/corepack.cjs:22882:11)\n"
     "  [cause]: TypeError: fetch failed\n"
     "    [cause]: Error: read ECONNRESET\n" + _EXIT),
    # same file ("Server answered with HTTP ${status} when performing the request to ${input}")
    ("corepack-server-5xx", "transient",
     "Run pnpm install --frozen-lockfile\n"
     "Internal Error: Server answered with HTTP 503 when performing the request to "
     "https://registry.npmjs.org/pnpm; for troubleshooting help, see "
     "https://github.com/nodejs/corepack#troubleshooting\n" + _EXIT),
    # same file, a version the registry does not have (packageManager field names it)
    ("corepack-server-404", "real",
     "Run pnpm install --frozen-lockfile\n"
     "Internal Error: Server answered with HTTP 404 when performing the request to "
     "https://registry.npmjs.org/pnpm/-/pnpm-99.0.0.tgz; for troubleshooting help, see "
     "https://github.com/nodejs/corepack#troubleshooting\n" + _EXIT),
    # nodejs/corepack sources/corepackUtils.ts of 0.29-0.30 ("Cannot find matching keyid: ..."): the bundled
    # Corepack does not know the registry's current signing key, every run until it is upgraded
    ("corepack-keyid-unknown", "real",
     "Run corepack enable && yarn install --immutable\n"
     "/usr/local/lib/node_modules/corepack/dist/lib/corepack.cjs:21535\n"
     "  if (key == null || signature == null) throw new Error(`Cannot find matching keyid: ${JSON.stringify({ signatures, keys })}`);\n"
     "                                              ^\n\n"
     "Error: Cannot find matching keyid: {\"signatures\":[{\"sig\":\"MEUCIQDx\",\"keyid\":\"SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U\"}],"
     "\"keys\":[{\"expires\":null,\"keyid\":\"SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA\"}]}\n"
     "Node.js v18.20.4\n" + _EXIT),
    # sources/npmRegistryUtils.ts ("The package was not signed by any trusted keys: ...")
    ("corepack-untrusted-signature", "real",
     "Run corepack prepare pnpm@9.1.0 --activate\n"
     "Usage Error: The package was not signed by any trusted keys: {\n"
     "  \"signatures\": [ { \"keyid\": \"SHA256:abc\", \"sig\": \"MEQ\" } ]\n}\n" + _EXIT),

    # ------------------------------------------------------------------ pyenv, rbenv, asdf, mise, SDKMAN!
    # pyenv/pyenv plugins/python-build/bin/python-build ("python-build: definition not found: %s")
    ("python-build-definition-not-found", "real",
     "Run pyenv install 3.13.9\n"
     "python-build: definition not found: 3.13.9\n\n"
     "See all available versions with `pyenv install --list'.\n\n"
     "If the version you need is missing, try upgrading pyenv:\n\n"
     "  cd /home/ci/.pyenv/plugins/python-build/../.. && git pull && cd -\n" + _EXIT2),
    # python-build ("error: failed to download %s", then build_failed's "BUILD FAILED (%s using %s)")
    ("python-build-download-failed", "transient",
     "Run pyenv install 3.12.2\n"
     "Downloading Python-3.12.2.tar.xz...\n"
     "-> https://www.python.org/ftp/python/3.12.2/Python-3.12.2.tar.xz\n"
     "curl: (28) Failed to connect to www.python.org port 443 after 130000 ms: Connection timed out\n"
     "error: failed to download Python-3.12.2.tar.xz\n\n"
     "BUILD FAILED (Ubuntu 22.04 using python-build 2.3.36)\n" + _EXIT),
    # python-build (the ssl extension check after a build against a system without OpenSSL's headers)
    ("python-build-no-openssl", "real",
     "Run pyenv install 3.12.2\n"
     "Installing Python-3.12.2...\n"
     "ERROR: The Python ssl extension was not compiled. Missing the OpenSSL lib?\n\n"
     "Please consult to the Wiki page to fix the problem.\n"
     "https://github.com/pyenv/pyenv/wiki/Common-build-problems\n\n"
     "BUILD FAILED (Ubuntu 22.04 using python-build 2.3.36)\n" + _EXIT),
    # pyenv libexec/pyenv-version-name ("pyenv: version `%s' is not installed (set by %s)")
    ("pyenv-version-not-installed", "real",
     "Run python -m pip install -r requirements.txt\n"
     "pyenv: version `3.11.9' is not installed (set by /home/ci/app/.python-version)\n" + _EXIT),
    # rbenv/ruby-build bin/ruby-build ("ruby-build: definition not found: %s")
    ("ruby-build-definition-not-found", "real",
     "Run rbenv install\n"
     "ruby-build: definition not found: 3.4.9\n\n"
     "See all available versions with `rbenv install --list-all'.\n\n"
     "If the version you need is missing, try upgrading ruby-build:\n\n"
     "  git -C /home/ci/.rbenv/plugins/ruby-build pull\n" + _EXIT),
    # ruby-build ("error: failed to download %s", "BUILD FAILED")
    ("ruby-build-download-failed", "transient",
     "Run rbenv install 3.3.0\n"
     "Downloading ruby-3.3.0.tar.gz...\n"
     "-> https://cache.ruby-lang.org/pub/ruby/3.3/ruby-3.3.0.tar.gz\n"
     "curl: (22) The requested URL returned error: 503\n"
     "error: failed to download ruby-3.3.0.tar.gz\n\n"
     "BUILD FAILED (Ubuntu 22.04 using ruby-build 20240119)\n" + _EXIT),
    # rbenv/rbenv libexec/rbenv-version-name ("rbenv: version `%s' is not installed (set by %s)")
    ("rbenv-version-not-installed", "real",
     "Run bundle install\n"
     "rbenv: version `3.2.9' is not installed (set by /home/ci/app/.ruby-version)\n" + _EXIT),
    # asdf-vm/asdf lib/functions (shims: "No preset version installed for command %s")
    ("asdf-no-preset-version", "real",
     "Run mix deps.get\n"
     "No preset version installed for command mix\n"
     "Please install a version by running one of the following:\n\n"
     "asdf install elixir 1.16.2-otp-26\n\n"
     "or add one of the following versions in your config file at /home/ci/app/.tool-versions\n"
     "elixir 1.15.7-otp-26\n" + _EXIT),
    # asdf plugin add: git's own refusal from the forge, a 502
    ("asdf-plugin-clone-502", "transient",
     "Run asdf plugin add nodejs https://github.com/asdf-vm/asdf-nodejs.git\n"
     "Cloning into '/home/ci/.asdf/plugins/nodejs'...\n"
     "fatal: unable to access 'https://github.com/asdf-vm/asdf-nodejs.git/': The requested URL returned error: 502\n"
     + _EXIT),
    # jdx/mise src/errors.rs ("Failed to install {}@{}: {:#}") around reqwest's error_for_status
    # ("HTTP status client error (404 Not Found) for url (...)")
    ("mise-release-404", "real",
     "Run mise install\n"
     "mise node@99.0.0   download node-v99.0.0-linux-x64.tar.gz\n"
     "mise ERROR Failed to install core:node@99.0.0: HTTP status client error (404 Not Found) for url "
     "(https://nodejs.org/dist/v99.0.0/node-v99.0.0-linux-x64.tar.gz)\n" + _EXIT),
    # same, a 5xx from the release host
    ("mise-release-503", "transient",
     "Run mise install\n"
     "mise ERROR Failed to install aqua:cli/cli@2.45.0: HTTP status server error (503 Service Unavailable) "
     "for url (https://github.com/cli/cli/releases/download/v2.45.0/gh_2.45.0_linux_amd64.tar.gz)\n" + _EXIT),
    # same, reqwest's send error (a timeout)
    ("mise-request-timeout", "transient",
     "Run mise install\n"
     "mise ERROR Failed to install core:go@1.22.1: error sending request for url "
     "(https://dl.google.com/go/go1.22.1.linux-amd64.tar.gz): operation timed out\n" + _EXIT),
    # sdkman/sdkman-cli src/main/bash/sdkman-env-helpers.sh ("Stop! %s %s is not available. Possible causes:")
    ("sdkman-version-not-available", "real",
     "Run sdk install java 99.0.1-tem\n\n"
     "Stop! java 99.0.1-tem is not available. Possible causes:\n"
     " * 99.0.1-tem is an invalid version\n"
     " * java binaries are incompatible with linuxx64\n"
     " * java has not been released yet\n\n"
     "Tip: see all available versions for your platform:\n\n  $ sdk list java\n" + _EXIT),
    # sdkman-cli src/main/bash/sdkman-install.sh ("Stop! The archive was corrupt and has been removed! Please try
    # installing again."): a download broken off
    ("sdkman-archive-corrupt", "transient",
     "Run sdk install gradle 8.7\n"
     "Downloading: gradle 8.7\n\nIn progress...\n"
     "######################################                              55.1%\n"
     "Stop! The archive was corrupt and has been removed! Please try installing again.\n" + _EXIT),

    # ------------------------------------------------------------------ Gradle, Maven and sbt wrappers
    # gradle/gradle platforms/core-runtime/wrapper-main (Download.java: "Downloading from %s failed: timeout (%sms)")
    ("gradle-wrapper-download-timeout", "transient",
     "$ ./gradlew build\n"
     "Downloading https://services.gradle.org/distributions/gradle-8.7-bin.zip\n\n"
     "Exception in thread \"main\" java.io.IOException: Downloading from "
     "https://services.gradle.org/distributions/gradle-8.7-bin.zip failed: timeout (10000ms)\n"
     "\tat org.gradle.wrapper.Install.forceFetch(SourceFile:4)\n"
     "\tat org.gradle.wrapper.GradleWrapperMain.main(SourceFile:67)\n"
     "Caused by: java.net.SocketTimeoutException: Read timed out\n" + _EXIT),
    # older wrappers (Download.downloadInternal through HttpURLConnection), a bare SocketTimeoutException
    ("gradle-wrapper-socket-timeout-old", "transient",
     "$ ./gradlew assemble\n"
     "Downloading https://services.gradle.org/distributions/gradle-7.6-all.zip\n"
     "Exception in thread \"main\" java.net.SocketTimeoutException: Connect timed out\n"
     "\tat java.base/java.net.Socket.connect(Socket.java:633)\n"
     "\tat org.gradle.wrapper.Download.downloadInternal(Download.java:58)\n"
     "\tat org.gradle.wrapper.GradleWrapperMain.main(GradleWrapperMain.java:48)\n" + _EXIT),
    # same path, the JDK's words for a 5xx
    ("gradle-wrapper-503", "transient",
     "$ ./gradlew test\n"
     "Downloading https://services.gradle.org/distributions/gradle-8.7-bin.zip\n"
     "Exception in thread \"main\" java.io.IOException: Server returned HTTP response code: 503 for URL: "
     "https://services.gradle.org/distributions/gradle-8.7-bin.zip\n"
     "\tat org.gradle.wrapper.GradleWrapperMain.main(SourceFile:67)\n" + _EXIT),
    # same path, a distributionUrl naming a release that does not exist (the JDK's FileNotFoundException is its 404)
    ("gradle-wrapper-distribution-404", "real",
     "$ ./gradlew build\n"
     "Downloading https://services.gradle.org/distributions/gradle-8.99-bin.zip\n"
     "Exception in thread \"main\" java.io.FileNotFoundException: "
     "https://services.gradle.org/distributions/gradle-8.99-bin.zip\n"
     "\tat java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:1993)\n"
     "\tat org.gradle.wrapper.Download.downloadInternal(Download.java:58)\n"
     "\tat org.gradle.wrapper.GradleWrapperMain.main(GradleWrapperMain.java:48)\n" + _EXIT),
    # wrapper-main Install.java ("Verification of Gradle distribution failed!")
    ("gradle-wrapper-checksum", "real",
     "$ ./gradlew build\n"
     "Exception in thread \"main\" java.lang.RuntimeException: Verification of Gradle distribution failed!\n\n"
     "Your Gradle distribution may have been tampered with.\n"
     "Confirm that the 'distributionSha256Sum' property in your gradle-wrapper.properties file is correct and "
     "you are downloading the wrapper from a trusted source.\n" + _EXIT),
    # apache/maven-wrapper maven-wrapper-distribution/src/resources/only-mvnw ("curl: Failed to fetch %s")
    ("mvnw-download-reset", "transient",
     "$ ./mvnw -B verify\n"
     "curl: (56) Recv failure: Connection reset by peer\n"
     "curl: Failed to fetch https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.9.6/"
     "apache-maven-3.9.6-bin.zip\n" + _EXIT),
    # same script, a distributionUrl that does not exist
    ("mvnw-distribution-404", "real",
     "$ ./mvnw -B verify\n"
     "curl: (22) The requested URL returned error: 404\n"
     "curl: Failed to fetch https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.9.99/"
     "apache-maven-3.9.99-bin.zip\n" + _EXIT),
    # same script ("Failed to validate Maven distribution SHA-256, your Maven distribution might be compromised.")
    ("mvnw-sha256-mismatch", "real",
     "$ ./mvnw -B verify\n"
     "Error: Failed to validate Maven distribution SHA-256, your Maven distribution might be compromised.\n"
     "If you updated your Maven version, you need to update the specified distributionSha256Sum property.\n"
     + _EXIT),

    # ------------------------------------------------------------------ migrations: Flyway, Liquibase
    # flyway/flyway flyway-core .../sqlscript/FlywaySqlScriptException.java and util/ExceptionUtils.java
    # ("SQL State  : ", "Message    : ", "Location   : ")
    ("flyway-migration-sql-error", "real",
     "$ flyway -url=jdbc:postgresql://localhost:5432/app migrate\n"
     "Migrating schema \"public\" to version \"3 - add index\"\n"
     "ERROR: Migration V3__add_index.sql failed\n"
     "-----------------------------------\n"
     "SQL State  : 42P07\n"
     "Error Code : 0\n"
     "Message    : ERROR: relation \"idx_orders_customer\" already exists\n"
     "Location   : db/migration/V3__add_index.sql (/flyway/sql/V3__add_index.sql)\n"
     "Line       : 1\n"
     "Statement  : Run Flyway with -X option to see the actual statement causing the problem\n" + _EXIT),
    # flyway-nc .../validate/ValidateVerbExtension.java ("Migration checksum mismatch for migration version ")
    ("flyway-checksum-mismatch", "real",
     "$ flyway validate\n"
     "ERROR: Validate failed: Migrations have failed validation\n"
     "Migration checksum mismatch for migration version 2\n"
     "-> Applied to database : 1502093021\n"
     "-> Resolved locally    : -731920588\n"
     "Either revert the changes to the migration, or run repair to update the schema history.\n" + _EXIT),
    # flyway-core .../info/MigrationInfoImpl.java ("Detected failed migration to version ")
    ("flyway-failed-migration-recorded", "real",
     "$ flyway migrate\n"
     "ERROR: Validate failed: Migrations have failed validation\n"
     "Detected failed migration to version 3 (add index).\n"
     "Please remove any half-completed changes then run repair to fix the schema history.\n" + _EXIT),
    # flyway-core .../sqlExceptions/FlywaySqlUnableToConnectToDbException.java ("Unable to obtain connection from
    # database"): the database not listening yet
    ("flyway-db-refused", "transient",
     "$ flyway migrate\n"
     "ERROR: Unable to obtain connection from database (jdbc:postgresql://localhost:5432/app) for user 'app': "
     "Connection to localhost:5432 refused. Check that the hostname and port are correct and that the "
     "postmaster is accepting TCP/IP connections.\n"
     "-----------------------------------------------------------------------\n"
     "SQL State  : 08001\nError Code : 0\n" + _EXIT),
    # flyway-core Flyway.java ("Found non-empty schema(s) ... but no schema history table")
    ("flyway-non-empty-schema", "real",
     "$ flyway migrate\n"
     "ERROR: Found non-empty schema(s) \"public\" but no schema history table. Use baseline() or set "
     "baselineOnMigrate to true to initialize the schema history table.\n" + _EXIT),
    # liquibase/liquibase liquibase-standard .../changelog/ChangeSet.java ("Migration failed for changeset %s")
    ("liquibase-changeset-failed", "real",
     "$ liquibase update --changelog-file=db/changelog.xml\n"
     "Running Changeset: db/changelog/002-orders.xml::2::alice\n"
     "ERROR: Exception Primary Class:  PSQLException\n"
     "Unexpected error running Liquibase: Migration failed for changeset db/changelog/002-orders.xml::2::alice:\n"
     "     Reason: liquibase.exception.DatabaseException: ERROR: column \"total\" of relation \"orders\" already "
     "exists [Failed SQL: (0) ALTER TABLE public.orders ADD total numeric]\n" + _EXIT),
    # liquibase-standard .../exception/ValidationFailedException.java ("%d changesets check sum", "was: %s but is now: %s")
    ("liquibase-checksum-changed", "real",
     "$ liquibase update\n"
     "Unexpected error running Liquibase: Validation Failed:\n"
     "     1 changesets check sum\n"
     "          db/changelog/001-init.xml::1::bob was: 9:0f1ad2 but is now: 9:9c2e77\n" + _EXIT),
    # liquibase-standard .../lockservice/StandardLockService.java ("Could not acquire change log lock.  Currently
    # locked by %s since %s")
    ("liquibase-connection-refused", "transient",
     "$ liquibase update\n"
     "Unexpected error running Liquibase: Connection could not be created to jdbc:postgresql://localhost:5432/app "
     "with driver org.postgresql.Driver.  Connection to localhost:5432 refused. Check that the hostname and port "
     "are correct and that the postmaster is accepting TCP/IP connections.\n" + _EXIT),

    # ------------------------------------------------------------------ migrations: Python
    # sqlalchemy/alembic alembic/script/revision.py ("Multiple head revisions are present for given argument '%s'")
    ("alembic-multiple-heads", "real",
     "$ alembic upgrade head\n"
     "INFO  [alembic.runtime.migration] Context impl PostgresqlImpl.\n"
     "FAILED: Multiple head revisions are present for given argument 'head'; please specify a specific target "
     "revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads\n" + _EXIT),
    # alembic/script/revision.py ("Can't locate revision identified by '%s'")
    ("alembic-revision-missing", "real",
     "$ alembic upgrade head\n"
     "INFO  [alembic.runtime.migration] Will assume transactional DDL.\n"
     "FAILED: Can't locate revision identified by 'a1b2c3d4e5f6'\n" + _EXIT),
    # alembic running a migration whose SQL fails (SQLAlchemy's "(psycopg2.errors.DuplicateColumn)")
    ("alembic-sql-error", "real",
     "$ alembic upgrade head\n"
     "INFO  [alembic.runtime.migration] Running upgrade 3f2a -> 7c1e, add order status\n"
     "sqlalchemy.exc.ProgrammingError: (psycopg2.errors.DuplicateColumn) column \"status\" of relation "
     "\"orders\" already exists\n\n"
     "[SQL: ALTER TABLE orders ADD COLUMN status VARCHAR(20)]\n" + _EXIT),
    # alembic connecting before the service listens (libpq's words through psycopg2)
    ("alembic-db-refused", "transient",
     "$ alembic upgrade head\n"
     "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at \"localhost\" "
     "(127.0.0.1), port 5432 failed: Connection refused\n"
     "\tIs the server running on that host and accepting TCP/IP connections?\n" + _EXIT),
    # django/django django/core/management/commands/migrate.py ("Conflicting migrations detected; multiple leaf
    # nodes in the migration graph: (%s).")
    ("django-conflicting-migrations", "real",
     "$ python manage.py migrate --noinput\n"
     "CommandError: Conflicting migrations detected; multiple leaf nodes in the migration graph: "
     "(0004_order_status, 0004_order_discount in shop).\n"
     "To fix them run 'python manage.py makemigrations --merge'\n" + _EXIT),
    # django/db/migrations/loader.py (InconsistentMigrationHistory "Migration %s.%s is applied before its
    # dependency %s.%s on database '%s'.")
    ("django-inconsistent-history", "real",
     "$ python manage.py migrate --noinput\n"
     "django.db.migrations.exceptions.InconsistentMigrationHistory: Migration admin.0001_initial is applied "
     "before its dependency accounts.0001_initial on database 'default'.\n" + _EXIT),
    # django/db/migrations/graph.py (NodeNotFoundError "Migration %s dependencies reference nonexistent parent node %r")
    ("django-missing-parent-migration", "real",
     "$ python manage.py migrate --noinput\n"
     "django.db.migrations.exceptions.NodeNotFoundError: Migration shop.0005_order_note dependencies reference "
     "nonexistent parent node ('shop', '0004_order_status')\n" + _EXIT),
    # django's PostgreSQL backend before the service listens
    ("django-db-refused", "transient",
     "$ python manage.py migrate --noinput\n"
     "django.db.utils.OperationalError: connection to server at \"localhost\" (127.0.0.1), port 5432 failed: "
     "Connection refused\n"
     "\tIs the server running on that host and accepting TCP/IP connections?\n" + _EXIT),

    # ------------------------------------------------------------------ migrations: Rails, Node ORMs
    # rails/rails activerecord/lib/active_record/migration.rb ("An error has occurred, this and all later
    # migrations canceled:")
    ("rails-migration-sql-error", "real",
     "$ bin/rails db:migrate\n"
     "== 20240301120000 AddStatusToOrders: migrating ================================\n"
     "-- add_column(:orders, :status, :string)\n"
     "bin/rails aborted!\n"
     "StandardError: An error has occurred, this and all later migrations canceled: (StandardError)\n\n"
     "PG::DuplicateColumn: ERROR:  column \"status\" of relation \"orders\" already exists\n" + _EXIT),
    # activerecord/lib/active_record/migration.rb (DuplicateMigrationNameError "Multiple migrations have the name %s.")
    ("rails-duplicate-migration-name", "real",
     "$ bin/rails db:migrate\n"
     "bin/rails aborted!\n"
     "ActiveRecord::DuplicateMigrationNameError: \n\n"
     "Multiple migrations have the name AddStatusToOrders.\n" + _EXIT),
    # activerecord/lib/active_record/errors.rb (NoDatabaseError "We could not find your database: %s.")
    ("rails-no-database", "real",
     "$ bin/rails db:schema:load\n"
     "bin/rails aborted!\n"
     "ActiveRecord::NoDatabaseError: We could not find your database: app_test. Available database "
     "configurations can be found in config/database.yml. (ActiveRecord::NoDatabaseError)\n" + _EXIT),
    # ActiveRecord's PostgreSQL adapter before the service listens
    ("rails-db-refused", "transient",
     "$ bin/rails db:schema:load\n"
     "bin/rails aborted!\n"
     "ActiveRecord::ConnectionNotEstablished: connection to server at \"127.0.0.1\", port 5432 failed: "
     "Connection refused (ActiveRecord::ConnectionNotEstablished)\n"
     "\tIs the server running on that host and accepting TCP/IP connections?\n" + _EXIT),
    # knex/knex lib/migrations/migrate/Migrator.js ("The migration directory is corrupt, the following files are
    # missing: %s")
    ("knex-migration-directory-corrupt", "real",
     "$ npx knex migrate:latest\n"
     "Using environment: test\n"
     "Error: The migration directory is corrupt, the following files are missing: 20231201090000_add_carts.js\n"
     + _EXIT),
    # lib/migrations/migrate/Migrator.js ("migration file \"%s\" failed", "migration failed with error: %s")
    ("knex-migration-failed", "real",
     "$ npx knex migrate:latest\n"
     "migration file \"20240301120000_add_orders.js\" failed\n"
     "migration failed with error: alter table \"orders\" add column \"total\" numeric - column \"total\" of "
     "relation \"orders\" already exists\n"
     "error: alter table \"orders\" add column \"total\" numeric - column \"total\" of relation \"orders\" "
     "already exists\n" + _EXIT),
    # sequelize/cli src/core/migrator.js and helpers/view-helper.js ("ERROR: %s"), the database not up yet
    ("sequelize-db-refused", "transient",
     "$ npx sequelize-cli db:migrate\n\n"
     "Sequelize CLI [Node: 20.11.1, CLI: 6.6.2, ORM: 6.37.1]\n\n"
     "Loaded configuration file \"config/config.js\".\n"
     "Using environment \"test\".\n"
     "ERROR: connect ECONNREFUSED 127.0.0.1:5432\n" + _EXIT),
    # same, a migration's SQL
    ("sequelize-migration-sql-error", "real",
     "$ npx sequelize-cli db:migrate\n"
     "Using environment \"test\".\n"
     "== 20240301120000-create-orders: migrating =======\n\n"
     "ERROR: relation \"Orders\" already exists\n\n" + _EXIT),
    # typeorm/typeorm src/migration/MigrationExecutor.ts ("Migration \"%s\" failed, error: %s") and
    # src/commands/MigrationRunCommand.ts ("Error during migration run:")
    ("typeorm-migration-failed", "real",
     "$ npx typeorm migration:run -d dist/data-source.js\n"
     "query: START TRANSACTION\n"
     "Migration \"AddOrders1709294400000\" failed, error: relation \"order\" already exists\n"
     "query: ROLLBACK\n"
     "Error during migration run:\n"
     "QueryFailedError: relation \"order\" already exists\n" + _EXIT),
    # src/commands/MigrationGenerateCommand.ts ("Unexpected changes in database schema were found in check mode")
    ("typeorm-generate-check-changes", "real",
     "$ npx typeorm migration:generate --check -d dist/data-source.js src/migrations/Check\n"
     "Unexpected changes in database schema were found in check mode:\n\n"
     "ALTER TABLE \"order\" ADD \"note\" character varying\n" + _EXIT),

    # ------------------------------------------------------------------ migrations: Go, Rust, Elixir
    # golang-migrate/migrate migrate.go (ErrDirty: "Dirty database version %v. Fix and force version.")
    ("golang-migrate-dirty", "real",
     "$ migrate -path db/migrations -database \"$DATABASE_URL\" up\n"
     "error: Dirty database version 3. Fix and force version.\n" + _EXIT),
    # database/postgres/postgres.go ("migration failed: %s", database.Error's "(details: %v)")
    ("golang-migrate-sql-error", "real",
     "$ migrate -path db/migrations -database \"$DATABASE_URL\" up\n"
     "error: migration failed: relation \"orders\" already exists in line 0: CREATE TABLE orders (id serial) "
     "(details: pq: relation \"orders\" already exists)\n" + _EXIT),
    # migrate.go ("no migration found for version %d: %w")
    ("golang-migrate-missing-file", "real",
     "$ migrate -path db/migrations -database \"$DATABASE_URL\" down 1\n"
     "error: no migration found for version 12: read down for version 12 db/migrations: file does not exist\n"
     + _EXIT),
    # the driver's dial before the service listens
    ("golang-migrate-db-refused", "transient",
     "$ migrate -path db/migrations -database \"$DATABASE_URL\" up\n"
     "error: dial tcp 127.0.0.1:5432: connect: connection refused\n" + _EXIT),
    # launchbadge/sqlx sqlx-core/src/migrate/error.rs ("migration {0} was previously applied but has been modified")
    ("sqlx-applied-migration-modified", "real",
     "$ sqlx migrate run\n"
     "error: migration 20240301120000 was previously applied but has been modified\n" + _EXIT),
    # sqlx-core/src/migrate/error.rs ("migration {0} was previously applied but is missing in the resolved migrations")
    ("sqlx-applied-migration-missing", "real",
     "$ sqlx migrate run\n"
     "error: migration 20240301120000 was previously applied but is missing in the resolved migrations\n"
     + _EXIT),
    # sqlx-core/src/error.rs ("error communicating with database: {0}")
    ("sqlx-db-refused", "transient",
     "$ sqlx migrate run\n"
     "error: error communicating with database: Connection refused (os error 111)\n" + _EXIT),
    # diesel-rs/diesel diesel_migrations/src/errors.rs ("Failed to run {} with: {}")
    ("diesel-migration-failed", "real",
     "$ diesel migration run\n"
     "Running migration 2024-03-01-120000_create_orders\n"
     "Failed to run 2024-03-01-120000_create_orders with: relation \"orders\" already exists\n" + _EXIT),
    # diesel_cli/src/database.rs ("Could not connect to database via `{}`: {}")
    ("diesel-db-refused", "transient",
     "$ diesel migration run\n"
     "Could not connect to database via `postgres://app@localhost/app_test`: connection to server at "
     "\"localhost\" (127.0.0.1), port 5432 failed: Connection refused\n"
     "\tIs the server running on that host and accepting TCP/IP connections?\n" + _EXIT),
    # elixir-ecto/postgrex lib/postgrex/error.ex ("ERROR %s (%s) %s")
    ("ecto-migration-duplicate-table", "real",
     "$ mix ecto.migrate\n"
     "12:00:01.123 [info] == Running 20240301120000 Shop.Repo.Migrations.CreateOrders.change/0 forward\n"
     "12:00:01.130 [info] create table orders\n"
     "** (Postgrex.Error) ERROR 42P07 (duplicate_table) relation \"orders\" already exists\n" + _EXIT),
    # elixir-ecto/db_connection (ConnectionError "tcp connect (%s): connection refused - :econnrefused")
    ("ecto-db-refused", "transient",
     "$ mix ecto.create\n"
     "12:00:01.123 [error] Postgrex.Protocol (#PID<0.230.0>) failed to connect: ** (DBConnection.ConnectionError) "
     "tcp connect (localhost:5432): connection refused - :econnrefused\n"
     "** (Mix) The database for Shop.Repo couldn't be created: connection refused\n" + _EXIT),

    # ------------------------------------------------------------------ failures of the code that mention the tools
    ("code-test-mentions-prisma", "real",
     "$ npx jest\n"
     "FAIL src/orders/repository.test.ts\n"
     "  ● OrderRepository › creates an order through prisma\n\n"
     "    expect(received).toEqual(expected) // deep equality\n\n"
     "    Expected: 3\n    Received: 2\n\n"
     "Tests:       1 failed, 23 passed, 24 total\n" + _EXIT),
    ("code-test-of-a-migration", "real",
     "tests/test_migrations.py::test_0004_backfills_status FAILED\n"
     "E       AssertionError: assert 'pending' == 'open'\n"
     "=========================== 1 failed, 41 passed in 12.31s ===========================\n" + _EXIT),
]

# Outage words a tool prints for a persistent cause as well: no confident transient verdict.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # prisma fetch-engine, a 403: an egress proxy or firewall refusing binaries.prisma.sh, every run
    ("prisma-engine-download-403",
     "$ npx prisma generate\n"
     "Error: Failed to fetch the engine file at https://binaries.prisma.sh/all_commits/"
     "5a9203d0590c951969e85a7d07215503f4672eb9/debian-openssl-3.0.x/libquery_engine.so.node.gz - 403 Forbidden\n"
     + _EXIT),
    # bufbuild/buf cmd/buf/buf.go: a remote name no resolver knows (a misspelt remote, or the resolver down)
    ("buf-remote-name-unknown",
     "Run buf dep update\n"
     "Failure: the server hosted at that remote is unavailable. Are you sure \"buf.acme.internal\" is a valid "
     "remote address?\n" + _EXIT),
    # volta-cli/volta crates/volta-core/src/tool/node/fetch.rs ("Could not download node@{} from {} \nPlease verify
    # your internet connection and ensure the correct version is specified.")
    ("volta-download-either-cause",
     "Run volta install node@20.11.1\n"
     "error: Could not download node@20.11.1 from https://nodejs.org/dist/v20.11.1/node-v20.11.1-linux-x64.tar.gz \n"
     "Please verify your internet connection and ensure the correct version is specified.\n\n"
     "Error details written to /home/ci/.volta/log/volta-error-2024-05-01_12_00_00.123.log\n" + _EXIT),
    # tj/n bin/n ("download preflight failed for '%s' (%s)"): a HEAD request that got a 404 or no answer at all
    ("n-download-preflight",
     "Run n 20.11.1\n"
     "  installing : node-v20.11.1\n"
     "\n  Error: download preflight failed for '20.11.1' "
     "(https://nodejs.org/dist/v20.11.1/node-v20.11.1-linux-x64.tar.xz)\n\n" + _EXIT),
    # nvm-sh/nvm nvm.sh ("Checksums do not match: '%s' found, '%s' expected."): a truncated download or a mirror
    # out of step with its SHASUMS file
    ("nvm-checksums-do-not-match",
     "Run nvm install 20.11.1\n"
     "Computing checksum with sha256sum\n"
     "Checksums do not match: 'e3b0c44298fc1c149afbf4c8996fb924' found, '9a1f4f5b7c2d3e8a0b6c4d2e1f3a5b7c' expected.\n"
     "nvm: install v20.11.1 failed!\n" + _EXIT),
    # pyenv/pyenv plugins/python-build/bin/python-build ("checksum mismatch: %s (file is corrupt)"): a truncated
    # download, or a tarball that changed under the definition's pinned checksum
    ("python-build-checksum-mismatch",
     "Run pyenv install 3.12.2\n"
     "Downloading Python-3.12.2.tar.xz...\n"
     "-> https://www.python.org/ftp/python/3.12.2/Python-3.12.2.tar.xz\n"
     "checksum mismatch: Python-3.12.2.tar.xz (file is corrupt)\n"
     "expected be7cf3a2cd2a0c1ab6e49d34bfe4d4f6c8bf6c77bd4ec2e5d1a7cc1aa0bd7b3a, "
     "got 01ba4719c80b6fe911b091a7c05124b64eeece964e09c058ef8f9805daca546b\n\n"
     "BUILD FAILED (Ubuntu 22.04 using python-build 2.3.36)\n" + _EXIT),
    # liquibase/liquibase .../lockservice/StandardLockService.java ("Could not acquire change log lock.  Currently
    # locked by %s"): another run at that moment, or a killed run's lock that stays until released
    ("liquibase-lock-held",
     "$ liquibase update\n"
     "Waiting for changelog lock....\n"
     "Waiting for changelog lock....\n"
     "Unexpected error running Liquibase: Could not acquire change log lock.  Currently locked by runner-7f3a "
     "(10.1.0.12) since 5/1/24, 12:00 PM\n" + _EXIT),
    # knex/knex lib/knex-builder/... ("Knex: Timeout acquiring a connection. The pool is probably full. Are you
    # missing a .transacting(trx) call?"): a leak in the code as often as a slow database
    ("knex-pool-timeout",
     "$ npx knex migrate:latest\n"
     "KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a "
     ".transacting(trx) call?\n" + _EXIT),
    # sbt/sbt launcher (launcher-implementation: "Error during sbt execution: Error retrieving required libraries"):
    # a version that does not exist or a repository that did not answer
    ("sbt-launcher-retrieve",
     "$ sbt -batch test\n"
     "[info] [launcher] getting org.scala-sbt sbt 1.9.99  (this may take some time)...\n"
     "Error during sbt execution: Error retrieving required libraries\n"
     "  (see /home/ci/.sbt/boot/update.log for complete log)\n"
     "Error: Could not retrieve sbt 1.9.99\n" + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_tool_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_outage_words_with_a_persistent_cause_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# The two wordings a probe found reading real only from the generic fallback: with no command line above
# them (a setup action's output, a short excerpt) they read real on their own named entries.
@pytest.mark.parametrize(("log", "signature"), [
    ("ERROR: Migration V3__add_index.sql failed\n"
     "-----------------------------------\n"
     "SQL State  : 42P07\n"
     "Message    : ERROR: relation \"idx_orders_customer\" already exists\n" + _EXIT, "migration-sql-failed"),
    ("python-build: definition not found: 3.13.9\n" + _EXIT2, "version-manager-version-unknown"),
])
def test_probe_wordings_read_real_on_a_named_entry(log, signature):
    v = judge(log)
    assert v.verdict == "real" and v.confidence >= 0.85 and signature in signatures(v), v.rationale


def test_a_migration_step_that_lost_its_connection_is_not_read_as_its_sql():
    # Flyway's "Migration ... failed" header over a connection the server dropped: not the migration's SQL
    log = ("$ flyway migrate\n"
           "ERROR: Migration V3__add_index.sql failed\n"
           "-----------------------------------\n"
           "SQL State  : 08006\n"
           "Message    : An I/O error occurred while sending to the backend.\n"
           "Caused by: java.net.SocketException: Connection reset\n" + _EXIT)
    v = judge(log)
    assert "migration-sql-failed" not in signatures(v)
    assert v.verdict == "transient", v.rationale


def test_a_buf_remote_no_resolver_knows_is_not_read_as_a_registry_outage():
    log = ("Failure: the server hosted at that remote is unavailable. Are you sure \"buf.acme.internal\" is a "
           "valid remote address?\n" + _EXIT)
    assert "schema-registry-unavailable" not in signatures(judge(log))


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack).
LONG_LINE_WORDS = [
    "Failure: the server hosted at that remote is unavailable. ",
    "Failure: resource_exhausted: ",
    "P1001: Can't reach database server at ",
    "python-build: definition not found: ",
    "rbenv: version `3.2.9' is not installed ",
    "Stop! java 99 is not available. Possible causes: ",
    "error: failed to download x.tar.gz ",
    "Error when performing the request to https://r.example.org/x; for troubleshooting help, see ",
    "Cannot find matching keyid: {",
    'Exception in thread "main" java.io.FileNotFoundException: https://h/gradle-8.zip ',
    "GraphQL Document Validation failed with 1 errors ",
    "query.sql:7:8: ",
    "Migration V3__add_index.sql failed ",
    "Migration of schema failed! ",
    "Found non-empty schema(s) \"public\" but no schema history table ",
    "was: 9:0f1a but is now: 9:9c2e ",
    "(Postgrex.Error) ERROR 42P07 (duplicate_table) ",
    "Multiple migrations have the name AddX ",
    "migration 1 was previously applied but has been modified ",
]
