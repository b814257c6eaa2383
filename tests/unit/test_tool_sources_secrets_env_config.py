"""Fourteenth round, tool sources: secrets, environment and configuration as CI jobs fail on them.

Covered: a secret a job does not get (a pull request from a fork, CircleCI's contexts and project
variables withheld from forked builds, GitLab's protected variables on an unprotected branch) and the
messages the job then prints (the shells' ``${VAR:?}``, AWS's parameter validation on an empty token,
the 1Password action's missing token); a variable the program requires (Python's KeyError on
os.environ, django-environ, pydantic-settings, envalid-style and t3-env checks, Prisma's and
Symfony's "Environment variable not found", a Go program's log.Fatalf, dotenv-linter); the secret
managers' command lines and actions (AWS SSM Parameter Store and Secrets Manager through the AWS CLI
and aws-actions/aws-secretsmanager-get-secrets, GCP Secret Manager through gcloud and
google-github-actions/get-secretmanager-secrets, Azure Key Vault through az and azure-core, SOPS,
git-crypt, 1Password's op and load-secrets-action, Doppler, Infisical); CircleCI's restricted
contexts. The OIDC token request (id-token permission), Vault and the cloud login actions are in
test_tool_sources_signing_auth_iac.py; CircleCI's own agent and orb messages in
test_tool_sources_circleci.py; the plain unbound variable in test_tool_sources_shell_os_env.py;
none of them is repeated here.

Each case is a short log written for this test around one message as the tool prints it. The
wording was read from the tools' source where it is public (the comment above each case names the
repository and file); 1Password's op CLI, the AWS services' error codes and messages, Azure Key
Vault's service errors and CircleCI's "Unauthorized" job status are closed and rest on their
documentation (said so above each). Hosts, accounts, vaults, keys and paths are made up; no
project's CI log is copied.

The rules the cases hold:
  * a secrets store or key service that throttled the job, answered 5xx, timed out or could not be
    reached -> transient;
  * a secret, parameter, item or version that does not exist, a credential refused (401/403, a
    policy or role that does not grant the read), a token or variable the job was not given (a
    fork's pull request, a protected variable, a restricted context), a required variable the
    program reads and does not find, a file that cannot be decrypted with the keys at hand (SOPS,
    git-crypt), a lint of the .env file -> real;
  * near-misses: an application's tests ABOUT throttling or missing variables that fail on their
    assertions, a package named after a secrets store -> real;
  * ambiguous wordings (a bare "Failed to get the data key", Doppler falling back to a file it does
    not have) must not read surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GHA254 = "##[error]Process completed with exit code 254.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== secrets a job does not get
    # bash subst.c (parameter_brace_expand_error: "%s: %s" with the word after ":?") for a forked PR's
    # build where CircleCI withholds the project's variables
    ("bash-required-var-custom-message", "real",
     "#!/bin/bash -eo pipefail\n"
     "./scripts/publish-preview.sh\n"
     "./scripts/publish-preview.sh: line 4: PREVIEW_BUCKET: set PREVIEW_BUCKET in the project settings\n"
     + _CIRCLE),
    # dash src/expand.c (varunset: "parameter not set or null" for ${x:?}) under GitLab's sh -c, a
    # protected variable not exposed to an unprotected branch
    ("dash-parameter-not-set-or-null", "real",
     "$ sh ./ci/deploy-review.sh\n"
     "./ci/deploy-review.sh: 9: DEPLOY_SSH_KEY: parameter not set or null\n" + _GL),
    # botocore validate.py ("Invalid length for parameter %s, value: %s, valid min length: %s") when
    # CircleCI's OIDC token is empty on a forked build
    ("aws-empty-web-identity-token", "real",
     "#!/bin/bash -eo pipefail\n"
     "aws sts assume-role-with-web-identity --role-arn \"$ROLE_ARN\" --role-session-name ci --web-identity-token \"$CIRCLE_OIDC_TOKEN_V2\"\n"
     "\n"
     "Parameter validation failed:\n"
     "Invalid length for parameter WebIdentityToken, value: 0, valid min length: 4\n" + _CIRCLE.replace("1", "252")),
    # 1Password/load-secrets-action src/constants.ts (authErr) + src/index.ts core.setFailed: the token
    # secret is empty in a fork's pull request
    ("op-action-no-token-fork", "real",
     "Run 1password/load-secrets-action@v2\n"
     "  with:\n"
     "    export-env: true\n"
     "Error: Authentication error with environment variables: you must set either 1) OP_SERVICE_ACCOUNT_TOKEN, or 2) both OP_CONNECT_HOST and OP_CONNECT_TOKEN.\n"),
    # CircleCI's "Unauthorized" job status for a context restricted to a security group (closed; the
    # changelog "New Unauthorized Error When Users Doesn't Have Access To Contexts" and the Using
    # contexts page, circleci.com/docs/contexts/)
    ("circleci-context-unauthorized", "real",
     "Workflow: release\n"
     "Job: publish-npm\n"
     "Status: Unauthorized\n"
     "Unauthorized: the user who triggered this workflow does not have access to the context release-secrets, which is restricted to a security group.\n"),

    # ================================================================== variables a program requires
    # CPython Lib/os.py (_Environ.__getitem__: "raise KeyError(key) from None")
    ("python-environ-keyerror", "real",
     "$ python manage.py collectstatic --noinput\n"
     "Traceback (most recent call last):\n"
     "  File \"/builds/shop/web/manage.py\", line 12, in <module>\n"
     "    from shop.settings import base\n"
     "  File \"/builds/shop/web/shop/settings/base.py\", line 31, in <module>\n"
     "    SECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]\n"
     "  File \"<frozen os>\", line 679, in __getitem__\n"
     "KeyError: 'DJANGO_SECRET_KEY'\n" + _GL),
    # joke2k/django-environ environ/environ.py ("Set the {} environment variable")
    ("django-environ-improperly-configured", "real",
     "Run python manage.py test\n"
     "Traceback (most recent call last):\n"
     "  File \"/home/runner/work/shop/shop/shop/settings.py\", line 22, in <module>\n"
     "    DATABASES = {\"default\": env.db()}\n"
     "django.core.exceptions.ImproperlyConfigured: Set the DATABASE_URL environment variable\n" + _GHA),
    # pydantic/pydantic-settings through pydantic-core ("Field required [type=missing, ...]")
    ("pydantic-settings-field-required", "real",
     "$ pytest -q\n"
     "ImportError while loading conftest '/builds/api/tests/conftest.py'.\n"
     "tests/conftest.py:4: in <module>\n"
     "    from api.config import settings\n"
     "api/config.py:18: in <module>\n"
     "    settings = Settings()\n"
     "E   pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings\n"
     "E   stripe_api_key\n"
     "E     Field required [type=missing, input_value={}, input_type=dict]\n" + _GL),
    # t3-oss/t3-env packages/core/src/index.ts (onValidationError: console.error("❌ Invalid environment
    # variables:", ...); throw new Error("Invalid environment variables"))
    ("t3-env-invalid-environment-variables", "real",
     "> web@0.1.0 build\n"
     "> next build\n"
     "\n"
     "❌ Invalid environment variables: { NEXTAUTH_SECRET: [ 'Required' ], DATABASE_URL: [ 'Required' ] }\n"
     "Error: Invalid environment variables\n"
     "    at onValidationError (file:///home/runner/work/web/web/node_modules/@t3-oss/env-core/dist/index.js:12:15)\n"
     " ELIFECYCLE  Command failed with exit code 1.\n" + _GHA),
    # a program's own check in the envalid style ("Missing environment variables:")
    ("node-missing-environment-variables", "real",
     "$ node scripts/seed.js\n"
     "================================\n"
     " Missing environment variables:\n"
     "    SUPPLIER_API_KEY: undefined\n"
     "\n"
     " Exiting with error code 1\n"
     "================================\n" + _GL),
    # Node reading process.env.X that is undefined: the TypeError the program then throws
    ("node-process-env-undefined-split", "real",
     "$ node dist/migrate.js\n"
     "/builds/shop/api/dist/config.js:8\n"
     "const origins = process.env.ALLOWED_ORIGINS.split(',');\n"
     "                                           ^\n"
     "\n"
     "TypeError: Cannot read properties of undefined (reading 'split')\n"
     "    at Object.<anonymous> (/builds/shop/api/dist/config.js:8:44)\n"
     "\n"
     "Node.js v20.11.1\n" + _GL),
    # prisma/prisma-engines psl (datasource url: "Environment variable not found: {}.", P1012)
    ("prisma-env-not-found", "real",
     "$ npx prisma migrate deploy\n"
     "Prisma schema loaded from prisma/schema.prisma\n"
     "Error: Prisma schema validation - (get-config wasm)\n"
     "Error code: P1012\n"
     "error: Environment variable not found: DATABASE_URL.\n"
     "  -->  prisma/schema.prisma:7\n"
     "   | \n"
     "Validation Error Count: 1\n" + _GL),
    # symfony/symfony DependencyInjection/Exception/EnvNotFoundException via EnvVarProcessor
    # ('Environment variable not found: "%s".')
    ("symfony-env-not-found", "real",
     "$ php bin/console cache:warmup --env=prod\n"
     "\n"
     "In EnvVarProcessor.php line 218:\n"
     "\n"
     "  Environment variable not found: \"MAILER_DSN\".\n"
     "\n"
     "cache:warmup [--no-optional-warmers]\n" + _GL),
    # a Go program's log.Fatalf on an empty os.Getenv (log's date prefix, "exit status 1")
    ("go-required-env-fatalf", "real",
     "Run go run ./cmd/seed\n"
     "2026/03/02 10:14:07 required environment variable WAREHOUSE_DSN is not set\n"
     "exit status 1\n" + _GHA),
    # dotenv-linter/dotenv-linter (checks: "The {} key is duplicated", "The {} key should be in
    # uppercase"; "Checking {file}", "Found {count} problems")
    ("dotenv-linter-problems", "real",
     "Run dotenv-linter check .env.example\n"
     "Checking .env.example\n"
     ".env.example:4 DuplicatedKey: The REDIS_URL key is duplicated\n"
     ".env.example:9 LowercaseKey: The sentry_dsn key should be in uppercase\n"
     "\n"
     "Found 2 problems\n" + _GHA),

    # ================================================================== AWS SSM Parameter Store (AWS CLI)
    # botocore exceptions.py ClientError ("An error occurred ({error_code}) when calling the
    # {operation_name} operation{retry_info}: {error_message}"); SSM's error codes from the API
    # reference (docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetParameter.html)
    ("ssm-parameter-not-found", "real",
     "#!/bin/bash -eo pipefail\n"
     "DB_PASSWORD=$(aws ssm get-parameter --name /shop/prod/db-password --with-decryption --query Parameter.Value --output text)\n"
     "\n"
     "An error occurred (ParameterNotFound) when calling the GetParameter operation: \n"
     "\nExited with code exit status 254\n"),
    ("ssm-access-denied", "real",
     "Run aws ssm get-parameters-by-path --path /shop/ci --recursive --with-decryption\n"
     "An error occurred (AccessDeniedException) when calling the GetParametersByPath operation: User: "
     "arn:aws:sts::123456789012:assumed-role/gha-ci/GitHubActions is not authorized to perform: "
     "ssm:GetParametersByPath on resource: arn:aws:ssm:eu-west-1:123456789012:parameter/shop/ci because no "
     "identity-based policy allows the ssm:GetParametersByPath action\n" + _GHA254),
    # KMS's message for a SecureString the role may not decrypt (KMS API reference, Decrypt errors)
    ("ssm-securestring-kms-denied", "real",
     "$ aws ssm get-parameter --name /billing/stripe-key --with-decryption\n"
     "An error occurred (AccessDeniedException) when calling the GetParameter operation: The ciphertext "
     "refers to a customer master key that does not exist, does not exist in this region, or you are not "
     "allowed to access.\n" + _GL),
    # an empty name (the variable holding it was withheld): SSM's ValidationException
    ("ssm-empty-name-validation", "real",
     "$ aws ssm get-parameter --name \"$PARAM_PREFIX/token\"\n"
     "An error occurred (ValidationException) when calling the GetParameter operation: Parameter name: "
     "can't be prefixed with \"ssm\" (case-insensitive). If formed as a path, it can consist of "
     "sub-paths divided by slash symbol; each sub-path can be formed as a mix of letters, numbers and the "
     "following 3 symbols .-_\n" + _GL),
    ("ssm-throttling", "transient",
     "#!/bin/bash -eo pipefail\n"
     "./scripts/load-params.sh staging\n"
     "loading 48 parameters from /shop/staging\n"
     "An error occurred (ThrottlingException) when calling the GetParameter operation (reached max retries: 2): Rate exceeded\n"
     "\nExited with code exit status 254\n"),
    ("ssm-internal-server-error", "transient",
     "$ aws ssm get-parameter --name /shop/staging/api-url --query Parameter.Value --output text\n"
     "An error occurred (InternalServerError) when calling the GetParameter operation (reached max retries: 2): \n"
     + _GL),
    # botocore exceptions.py ConnectTimeoutError ('Connect timeout on endpoint URL: "{endpoint_url}"')
    ("ssm-connect-timeout", "transient",
     "$ aws ssm get-parameter --name /shop/staging/api-url\n"
     "\n"
     "Connect timeout on endpoint URL: \"https://ssm.eu-west-1.amazonaws.com/\"\n" + _GL),

    # ================================================================== AWS Secrets Manager
    # AWS CLI (botocore ClientError as above); messages from the Secrets Manager API reference
    # (docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetSecretValue.html)
    ("secretsmanager-not-found", "real",
     "Run aws secretsmanager get-secret-value --secret-id ci/npm-token --query SecretString --output text\n"
     "An error occurred (ResourceNotFoundException) when calling the GetSecretValue operation: Secrets "
     "Manager can't find the specified secret.\n" + _GHA254),
    ("secretsmanager-marked-for-deletion", "real",
     "$ aws secretsmanager get-secret-value --secret-id shop/legacy-db\n"
     "An error occurred (InvalidRequestException) when calling the GetSecretValue operation: You can't "
     "perform this operation on the secret because it was marked for deletion.\n" + _GL),
    ("secretsmanager-kms-not-allowed", "real",
     "$ aws secretsmanager get-secret-value --secret-id shop/prod/db\n"
     "An error occurred (AccessDeniedException) when calling the GetSecretValue operation: Access to KMS "
     "is not allowed\n" + _GL),
    ("secretsmanager-internal-service-error", "transient",
     "$ aws secretsmanager get-secret-value --secret-id shop/staging/db\n"
     "An error occurred (InternalServiceError) when calling the GetSecretValue operation (reached max "
     "retries: 2): An internal error occurred.\n" + _GL),
    # aws-actions/aws-secretsmanager-get-secrets src/index.ts ("Failed to fetch secret: '${secretId}'.
    # Error: ${err}.")
    ("secretsmanager-action-throttled", "transient",
     "Run aws-actions/aws-secretsmanager-get-secrets@v2\n"
     "Fetching secret ci/npm-token\n"
     "Error: Failed to fetch secret: 'ci/npm-token'. Error: ThrottlingException: Rate exceeded.\n"),
    ("secretsmanager-action-not-found", "real",
     "Run aws-actions/aws-secretsmanager-get-secrets@v2\n"
     "Error: Failed to fetch secret: 'ci/sonar-token'. Error: ResourceNotFoundException: Secrets Manager "
     "can't find the specified secret..\n"),
    # the same action when the credentials step was skipped for a fork: the SDK's provider chain
    # (aws/aws-sdk-js-v3 packages/credential-provider-node "Could not load credentials from any providers")
    ("secretsmanager-action-no-credentials", "real",
     "Run aws-actions/aws-secretsmanager-get-secrets@v2\n"
     "Error: Failed to fetch secret: 'ci/npm-token'. Error: CredentialsProviderError: Could not load "
     "credentials from any providers.\n"),
    ("secretsmanager-action-access-denied", "real",
     "Run aws-actions/aws-secretsmanager-get-secrets@v2\n"
     "Error: Failed to fetch secret: 'prod/db'. Error: AccessDeniedException: User: "
     "arn:aws:sts::123456789012:assumed-role/gha-pr/GitHubActions is not authorized to perform: "
     "secretsmanager:GetSecretValue on resource: prod/db because no identity-based policy allows the "
     "secretsmanager:GetSecretValue action.\n"),

    # ================================================================== GCP Secret Manager
    # gcloud (closed-ish; Secret Manager's error texts, cloud.google.com/secret-manager/docs/troubleshooting)
    ("gcloud-secret-not-found", "real",
     "$ gcloud secrets versions access latest --secret=npm-token --project=acme-ci\n"
     "ERROR: (gcloud.secrets.versions.access) NOT_FOUND: Secret [projects/480219/secrets/npm-token] not "
     "found or has no versions.\n" + _GL),
    ("gcloud-secret-permission-denied", "real",
     "$ gcloud secrets versions access latest --secret=npm-token --project=acme-ci\n"
     "ERROR: (gcloud.secrets.versions.access) PERMISSION_DENIED: Permission "
     "'secretmanager.versions.access' denied for resource 'projects/acme-ci/secrets/npm-token/versions/latest' "
     "(or it may not exist).\n" + _GL),
    ("gcloud-secret-version-disabled", "real",
     "$ gcloud secrets versions access 3 --secret=signing-key\n"
     "ERROR: (gcloud.secrets.versions.access) FAILED_PRECONDITION: Secret Version "
     "[projects/480219/secrets/signing-key/versions/3] is in DISABLED state.\n" + _GL),
    # google-github-actions/get-secretmanager-secrets src/client.ts ("(${statusCode}) ${body}",
    # 'Failed to access secret "${selfLink}": ${msg}') + src/main.ts ("... failed with: ${msg}")
    ("gsm-action-503", "transient",
     "Run google-github-actions/get-secretmanager-secrets@v2\n"
     "Error: google-github-actions/get-secretmanager-secrets failed with: Failed to access secret "
     "\"projects/acme-ci/secrets/npm-token/versions/latest\": (503) {\n"
     "  \"error\": {\n"
     "    \"code\": 503,\n"
     "    \"message\": \"The service is currently unavailable.\",\n"
     "    \"status\": \"UNAVAILABLE\"\n"
     "  }\n"
     "}\n"),
    ("gsm-action-404", "real",
     "Run google-github-actions/get-secretmanager-secrets@v2\n"
     "Error: google-github-actions/get-secretmanager-secrets failed with: Failed to access secret "
     "\"projects/acme-ci/secrets/npm-tokn/versions/latest\": (404) {\n"
     "  \"error\": {\n"
     "    \"code\": 404,\n"
     "    \"message\": \"Secret [projects/480219/secrets/npm-tokn] not found or has no versions.\",\n"
     "    \"status\": \"NOT_FOUND\"\n"
     "  }\n"
     "}\n"),

    # ================================================================== Azure Key Vault
    # az keyvault (Azure CLI's "(Code) message ... Code: ... Message: ..." format of azure-core's
    # HttpResponseError; Key Vault's codes from learn.microsoft.com/azure/key-vault/general/rest-error-codes)
    ("az-keyvault-secret-not-found", "real",
     "$ az keyvault secret show --vault-name kv-shop-ci --name npm-token --query value -o tsv\n"
     "ERROR: (SecretNotFound) A secret with (name/id) npm-token was not found in this key vault. If you "
     "recently deleted this secret you may be able to recover it using the correct recovery command.\n"
     "Code: SecretNotFound\n"
     "Message: A secret with (name/id) npm-token was not found in this key vault.\n" + _GL),
    ("az-keyvault-forbidden-rbac", "real",
     "Run az keyvault secret show --vault-name kv-shop-ci --name sonar-token\n"
     "ERROR: (Forbidden) Caller is not authorized to perform action on resource.\n"
     "If role assignments, deny assignments or role definitions were changed recently, please observe propagation time.\n"
     "Caller: appid=00000000-1111-2222-3333-444444444444;oid=55555555-6666-7777-8888-999999999999\n"
     "Action: 'Microsoft.KeyVault/vaults/secrets/getSecret/action'\n"
     "Code: Forbidden\n"
     "Inner error: {\n"
     "    \"code\": \"ForbiddenByRbac\"\n"
     "}\n" + _GHA),
    ("az-keyvault-access-policy", "real",
     "$ az keyvault secret download --vault-name kv-legacy --name signing-pfx --file cert.pfx\n"
     "ERROR: (Forbidden) The user, group or application 'appid=00000000-1111-2222-3333-444444444444;"
     "oid=55555555-6666-7777-8888-999999999999' does not have secrets get permission on key vault "
     "'kv-legacy;location=westeurope'.\n"
     "Code: Forbidden\n" + _GL),
    ("az-keyvault-firewall", "real",
     "Run az keyvault secret show --vault-name kv-private --name db-password\n"
     "ERROR: (Forbidden) Client address is not authorized and caller is not a trusted service.\n"
     "Client address: 20.55.14.201\n"
     "Code: Forbidden\n"
     "Inner error: {\n"
     "    \"code\": \"ForbiddenByFirewall\"\n"
     "}\n" + _GHA),
    # Azure/azure-sdk-for-python azure-core exceptions.py (HttpResponseError: "Operation returned an
    # invalid status '{reason}'")
    ("az-keyvault-sdk-429", "transient",
     "$ python scripts/fetch_secrets.py --vault kv-shop-ci\n"
     "Traceback (most recent call last):\n"
     "  File \"/builds/shop/scripts/fetch_secrets.py\", line 40, in <module>\n"
     "    value = client.get_secret(name).value\n"
     "azure.core.exceptions.HttpResponseError: Operation returned an invalid status 'Too Many Requests'\n" + _GL),
    ("az-keyvault-sdk-503", "transient",
     "Run python scripts/fetch_secrets.py --vault kv-shop-ci\n"
     "Traceback (most recent call last):\n"
     "  File \"/home/runner/work/shop/shop/scripts/fetch_secrets.py\", line 40, in <module>\n"
     "    value = client.get_secret(name).value\n"
     "azure.core.exceptions.HttpResponseError: Operation returned an invalid status 'Service Unavailable'\n" + _GHA),

    # ================================================================== SOPS
    # getsops/sops usererrors.go (getDataKeyError "Failed to get the data key required to decrypt the
    # SOPS file.", "Group %s: %s", "%s: %s" FAILED with "- | " lines, the recovery trailer) and
    # age/keysource.go ("failed to create reader for decrypting sops data key with age")
    ("sops-age-no-identity", "real",
     "$ sops --decrypt secrets/staging.enc.yaml > secrets/staging.yaml\n"
     "Failed to get the data key required to decrypt the SOPS file.\n"
     "\n"
     "Group 0: FAILED\n"
     "  age1qy8mr0v5vxyjt7cd2pw6k4wq0ms3zs9hlz3f4n2y7c5a8gxjkq6sltm9p0: FAILED\n"
     "    - | failed to create reader for decrypting sops data key with\n"
     "      | age: no identity matched any of the recipients\n"
     "\n"
     "Recovery failed because no master key was able to decrypt the file. In\n"
     "order for SOPS to recover the file, at least one key has to be\n"
     "successful, but none were.\n" + _GL),
    # kms/keysource.go ("failed to decrypt sops data key with AWS KMS: %w") with the SDK's AccessDenied
    ("sops-kms-access-denied", "real",
     "Run sops -d deploy/prod.enc.json > deploy/prod.json\n"
     "Failed to get the data key required to decrypt the SOPS file.\n"
     "\n"
     "Group 0: FAILED\n"
     "  arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789: FAILED\n"
     "    - | failed to decrypt sops data key with AWS KMS: operation error\n"
     "      | KMS: Decrypt, https response error StatusCode: 400,\n"
     "      | RequestID: 7c1d, api error AccessDeniedException: User:\n"
     "      | arn:aws:sts::123456789012:assumed-role/gha-pr/GitHubActions is\n"
     "      | not authorized to perform: kms:Decrypt\n"
     "\n"
     "Recovery failed because no master key was able to decrypt the file. In\n"
     "order for SOPS to recover the file, at least one key has to be\n"
     "successful, but none were.\n" + _GHA),
    ("sops-kms-throttled", "transient",
     "$ sops -d deploy/staging.enc.json > deploy/staging.json\n"
     "Failed to get the data key required to decrypt the SOPS file.\n"
     "\n"
     "Group 0: FAILED\n"
     "  arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789: FAILED\n"
     "    - | failed to decrypt sops data key with AWS KMS: operation error\n"
     "      | KMS: Decrypt, exceeded maximum number of attempts, 3, https\n"
     "      | response error StatusCode: 400, RequestID: 9f2e, api error\n"
     "      | ThrottlingException: Rate exceeded\n"
     "\n"
     "Recovery failed because no master key was able to decrypt the file.\n" + _GL),
    # gcpkms/keysource.go ("failed to decrypt sops data key with GCP KMS key: %w") with a gRPC Unavailable
    ("sops-gcpkms-unavailable", "transient",
     "$ sops -d k8s/secrets.enc.yaml | kubectl apply -f -\n"
     "Failed to get the data key required to decrypt the SOPS file.\n"
     "\n"
     "Group 0: FAILED\n"
     "  projects/acme-ci/locations/global/keyRings/ci/cryptoKeys/sops: FAILED\n"
     "    - | failed to decrypt sops data key with GCP KMS key: rpc error:\n"
     "      | code = Unavailable desc = connection error: desc = \"transport:\n"
     "      | Error while dialing: dial tcp 142.250.74.10:443: i/o timeout\"\n" + _GL),
    # cmd/sops/common/common.go ("MAC mismatch. File has %s, computed %s")
    ("sops-mac-mismatch", "real",
     "$ sops -d secrets/prod.enc.yaml > /dev/null\n"
     "MAC mismatch. File has 8A4F0C22D1B6E9F3A7C51D0E2B9F4A61, computed 1C7E3B90A2D4F6E8C0B1A3D5E7F90B2C\n" + _GL),
    # sops.go (MetadataNotFound "sops metadata not found") for a plain file handed to sops -d
    ("sops-metadata-not-found", "real",
     "Run sops --decrypt config/ci.yaml > config/ci.dec.yaml\n"
     "sops metadata not found\n" + _GHA),

    # ================================================================== git-crypt
    # AGWA/git-crypt commands.cpp (unlock: "Error: no GPG secret key available to unlock this repository.")
    ("git-crypt-no-gpg-key", "real",
     "$ git-crypt unlock\n"
     "Error: no GPG secret key available to unlock this repository.\n"
     "To unlock with a shared symmetric key instead, specify the path to the symmetric key as an argument to 'git-crypt unlock'.\n"
     + _GL),
    # the same file ("Error: %s: not a valid git-crypt key file") for a key decoded from an empty variable
    ("git-crypt-key-file-malformed", "real",
     "#!/bin/bash -eo pipefail\n"
     "echo \"$GIT_CRYPT_KEY\" | base64 -d > /tmp/git-crypt.key && git-crypt unlock /tmp/git-crypt.key\n"
     "Error: /tmp/git-crypt.key: not a valid git-crypt key file\n"
     "If this key was created prior to git-crypt 0.4, you need to migrate it\n"
     "by running 'git-crypt migrate-key /path/to/old_key /path/to/migrated_key'.\n" + _CIRCLE),
    ("git-crypt-working-dir-not-clean", "real",
     "$ git-crypt unlock /tmp/git-crypt.key\n"
     "Error: Working directory not clean.\n"
     "Please commit your changes or 'git stash' them before running 'git-crypt unlock'.\n" + _GL),
    # a file left locked (git-crypt's "\\0GITCRYPT\\0" header) read by the program: CPython's
    # UnicodeDecodeError on the encrypted bytes
    ("git-crypt-locked-file-read", "real",
     "$ python -m shop.tools.render_config config/secrets.yaml\n"
     "Traceback (most recent call last):\n"
     "  File \"/builds/shop/shop/tools/render_config.py\", line 14, in load\n"
     "    return yaml.safe_load(fh.read())\n"
     "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xd3 in position 10: invalid continuation byte\n" + _GL),

    # ================================================================== 1Password op (closed; 1Password's
    # CLI documentation and its published error texts, developer.1password.com/docs/cli)
    ("op-item-not-in-vault", "real",
     "$ op read \"op://ci/npm-publish/token\"\n"
     "[ERROR] 2026/03/02 10:14:07 could not read secret 'op://ci/npm-publish/token': \"npm-publish\" isn't an item in the \"ci\" vault. Specify the item with its UUID, name, or domain.\n"
     + _GL),
    ("op-not-signed-in", "real",
     "$ op inject -i .env.tpl -o .env\n"
     "[ERROR] 2026/03/02 10:14:07 You are not currently signed in. Please run `op signin --help` for instructions\n"
     + _GL),
    ("op-connect-tls-timeout", "transient",
     "$ op read \"op://ci/sonar/token\"\n"
     "[ERROR] 2026/03/02 10:14:07 could not read secret 'op://ci/sonar/token': error initializing client: "
     "Get \"https://acme.1password.com/api/v2/account\": net/http: TLS handshake timeout\n" + _GL),

    # ================================================================== Doppler
    # DopplerHQ/cli pkg/utils/log.go (ErrExit: the message, then "Doppler Error: %s"), pkg/http/api.go
    # ("Unable to download secrets"), pkg/http/http.go ("Request failed with HTTP %d, retrying",
    # "Request failed with HTTP %d"; the API's own messages joined otherwise)
    ("doppler-invalid-token", "real",
     "$ doppler run -- npm test\n"
     "Unable to download secrets\n"
     "Doppler Error: Invalid Auth token\n" + _GL),
    # pkg/cmd/secrets.go ("Could not find requested %s: %s")
    ("doppler-secret-not-found", "real",
     "Run doppler secrets get STRIPE_WEBHOOK_SECRET --plain\n"
     "Doppler Error: Could not find requested secret: STRIPE_WEBHOOK_SECRET\n" + _GHA),
    ("doppler-http-503", "transient",
     "$ doppler run --no-fallback -- ./bin/integration\n"
     "Request failed with HTTP 503, retrying\n"
     "Request failed with HTTP 503, retrying\n"
     "Unable to download secrets\n"
     "Doppler Error: Request failed with HTTP 503\n" + _GL),
    ("doppler-dns-lookup", "transient",
     "$ doppler run --no-fallback -- ./bin/integration\n"
     "Unable to download secrets\n"
     "Doppler Error: Get \"https://api.doppler.com/v3/configs/config/secrets/download?format=json\": "
     "dial tcp: lookup api.doppler.com on 127.0.0.53:53: server misbehaving\n" + _GL),

    # ================================================================== Infisical
    # Infisical/infisical cli packages/api/api.go ("CallGetRawSecretsV3: Unsuccessful response [%v %v]
    # [status-code=%v] [response=%v]") and the CLI's 401/403 explanation ("Please make sure your secret
    # path, workspace and environment name are all correct", "Response Code", "Message")
    ("infisical-401-token", "real",
     "$ infisical export --env=staging --format=dotenv > .env\n"
     "error: CallGetRawSecretsV3: Unsuccessful response. Please make sure your secret path, workspace and environment name are all correct\n"
     "Response Code: 401\n"
     "Message: Token missing or invalid\n" + _GL),
    ("infisical-403-environment", "real",
     "Run infisical run --env=prod -- ./deploy.sh\n"
     "error: CallGetRawSecretsV3: Unsuccessful response. Please make sure your secret path, workspace and environment name are all correct\n"
     "Response Code: 403\n"
     "Message: You do not have permission to read secrets in this environment\n" + _GHA),
    ("infisical-502", "transient",
     "$ infisical export --env=staging --format=dotenv > .env\n"
     "error: CallGetRawSecretsV3: Unsuccessful response [GET https://secrets.example.net/api/v3/secrets/raw?environment=staging] "
     "[status-code=502] [response=<html><head><title>502 Bad Gateway</title></head></html>]\n" + _GL),

    # ================================================================== near-misses: the code's own failures
    # a unit test ABOUT SSM throttling fails on its assertion; the app's log line names the error
    ("near-app-test-about-throttling", "real",
     "$ pytest -q tests/test_params.py\n"
     "..F.\n"
     "----------------------------- Captured log call ------------------------------\n"
     "WARNING  shop.params:params.py:41 ThrottlingException from GetParameter, retrying in 0.2s\n"
     "FAILED tests/test_params.py::test_backoff_doubles - AssertionError: assert [0.2, 0.2, 0.2] == [0.2, 0.4, 0.8]\n"
     "1 failed, 3 passed in 0.41s\n" + _GL),
    # a jest test about a missing variable that fails on its expectation
    ("near-jest-test-about-missing-env", "real",
     "FAIL src/config.test.ts\n"
     "  ● config › throws when STRIPE_KEY is missing\n"
     "\n"
     "    expect(received).toThrow(expected)\n"
     "\n"
     "    Expected substring: \"Missing environment variable: STRIPE_KEY\"\n"
     "    Received function did not throw\n"
     "\n"
     "Tests:       1 failed, 27 passed, 28 total\n" + _GHA),
    # pytest.raises around the KeyError the code should raise, failing for another reason
    ("near-pytest-raises-keyerror", "real",
     "$ pytest -q\n"
     "F.........\n"
     "    def test_require_env_missing(monkeypatch):\n"
     "        monkeypatch.delenv(\"API_TOKEN\", raising=False)\n"
     ">       with pytest.raises(KeyError):\n"
     "E       Failed: DID NOT RAISE <class 'KeyError'>\n"
     "FAILED tests/test_env.py::test_require_env_missing - Failed: DID NOT RAISE <class 'KeyError'>\n"
     "1 failed, 9 passed in 0.12s\n" + _GL),
    # a package named after a secrets store that does not exist at that version
    ("near-package-name-secrets-manager", "real",
     "$ npm ci\n"
     "npm error code ETARGET\n"
     "npm error notarget No matching version found for @acme/secrets-manager-retry@^4.2.0.\n"
     "npm error notarget In most cases you or one of your dependencies are requesting\n"
     "npm error notarget a package version that doesn't exist.\n" + _GL),
    # ================================================================== more outages of the stores
    # aws-actions/aws-secretsmanager-get-secrets src/index.ts with Node's "socket hang up" (a connection the
    # far end closed before answering)
    ("secretsmanager-action-socket-hang-up", "transient",
     "Run aws-actions/aws-secretsmanager-get-secrets@v2\n"
     "Error: Failed to fetch secret: 'ci/npm-token'. Error: Error: socket hang up.\n"),
    # botocore exceptions.py EndpointConnectionError ('Could not connect to the endpoint URL: "{endpoint_url}"')
    ("secretsmanager-endpoint-connection", "transient",
     "$ aws secretsmanager get-secret-value --secret-id shop/staging/db --region us-east-1\n"
     "\n"
     "Could not connect to the endpoint URL: \"https://secretsmanager.us-east-1.amazonaws.com/\"\n" + _GL),
    # segmentio/chamber cmd/list.go ("Failed to list store contents: %w") over aws-sdk-go-v2's retryer
    # ("exceeded maximum number of attempts") and SSM's ThrottlingException
    ("chamber-ssm-throttled", "transient",
     "#!/bin/bash -eo pipefail\n"
     "chamber exec shop-staging -- ./bin/integration\n"
     "Error: Failed to list store contents: operation error SSM: GetParametersByPath, exceeded maximum "
     "number of attempts, 10, https response error StatusCode: 400, RequestID: 51c0e3a2, api error "
     "ThrottlingException: Rate exceeded\n" + _CIRCLE),
    # Google's gcloud (googlecloudsdk/gcloud_main.py crash handler "gcloud crashed ({0}): {1}")
    ("gcloud-secrets-crashed-connection", "transient",
     "$ gcloud secrets versions access latest --secret=npm-token\n"
     "ERROR: gcloud crashed (ConnectionError): HTTPSConnectionPool(host='secretmanager.googleapis.com', "
     "port=443): Max retries exceeded with url: /v1/projects/acme-ci/secrets/npm-token/versions/latest:access "
     "(Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f3c2a1b>: Failed to "
     "establish a new connection: [Errno 101] Network is unreachable'))\n" + _GL),
    # the Azure CLI over urllib3 (HTTPSConnectionPool "Max retries exceeded ... Temporary failure in name
    # resolution")
    ("az-keyvault-dns", "transient",
     "Run az keyvault secret show --vault-name kv-shop-ci --name npm-token --query value -o tsv\n"
     "ERROR: HTTPSConnectionPool(host='kv-shop-ci.vault.azure.net', port=443): Max retries exceeded with url: "
     "/secrets/npm-token/?api-version=7.4 (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection "
     "object at 0x7f0a>: Failed to resolve 'kv-shop-ci.vault.azure.net' ([Errno -3] Temporary failure in name "
     "resolution)\"))\n" + _GHA),
    # Infisical's api.go ("%s: Unable to complete api request [err=%s]") with the transport's reset
    ("infisical-request-reset", "transient",
     "$ infisical export --env=staging --format=dotenv > .env\n"
     "error: CallGetRawSecretsV3: Unable to complete api request [err=Get \"https://secrets.example.net/api/v3/"
     "secrets/raw?environment=staging\": read tcp 10.1.4.7:40512->203.0.113.20:443: read: connection reset by peer]\n"
     + _GL),
    # DopplerHQ/cli pkg/http/http.go: the client's timeout (Go net/http "Client.Timeout exceeded")
    ("doppler-client-timeout", "transient",
     "$ doppler run --no-fallback -- ./bin/integration\n"
     "Unable to download secrets\n"
     "Doppler Error: Get \"https://api.doppler.com/v3/configs/config/secrets/download?format=json\": context "
     "deadline exceeded (Client.Timeout exceeded while awaiting headers)\n" + _GL),
    # 1Password op (closed; documentation): a Connect server the job started as a service, not yet listening
    ("op-connect-refused-starting", "transient",
     "$ op read \"op://ci/sonar/token\"\n"
     "[ERROR] 2026/03/02 10:14:07 could not read secret 'op://ci/sonar/token': Get "
     "\"http://localhost:8080/v1/vaults\": dial tcp 127.0.0.1:8080: connect: connection refused\n" + _GL),
    # Secrets Manager's InternalServiceError in an SDK's own words (aws-sdk-js-v3 "InternalServiceError: ...")
    ("secretsmanager-action-internal-error", "transient",
     "Run aws-actions/aws-secretsmanager-get-secrets@v2\n"
     "Error: Failed to fetch secret: 'ci/npm-token'. Error: InternalServiceError: An error occurred on the server side..\n"),

    # ================================================================== more near-misses
    # an application's error log naming the AWS error while its own test fails on an assertion
    ("near-app-log-internal-service-error", "real",
     "$ go test ./internal/secrets/...\n"
     "--- FAIL: TestCacheFallback (0.01s)\n"
     "    cache_test.go:52: level=error msg=\"GetSecretValue failed\" err=\"InternalServiceError: boom\"\n"
     "    cache_test.go:58: expected cached value \"s3cr3t\", got \"\"\n"
     "FAIL\n"
     "FAIL\tgithub.com/acme/shop/internal/secrets\t0.214s\n" + _GHA),
    # a test title quoting the wording of the required-variable check, failing on another line
    ("near-test-title-required-env", "real",
     "$ pytest -q tests/test_settings.py\n"
     "FAILED tests/test_settings.py::test_error_says_required_environment_variable_is_not_set - AssertionError: assert 'DB_URL' in 'missing setting'\n"
     "1 failed, 12 passed in 0.20s\n" + _GL),
    # a required-variable warning the program passes over, then its tests fail on the code
    ("near-env-default-then-assertion", "real",
     "$ npm test\n"
     "environment variable LOG_LEVEL is not set, using default 'info'\n"
     "FAIL src/cart.test.ts\n"
     "  ● cart › applies the bulk discount\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "    Expected: 90\n"
     "    Received: 100\n"
     "Tests:       1 failed, 40 passed, 41 total\n" + _GHA),
    # a test stubbing the AWS error its code must handle: pytest's E lines quote the botocore message
    ("near-pytest-stubbed-internal-service-error", "real",
     "$ pytest -q tests/test_secret_cache.py\n"
     "F...\n"
     "    def test_cache_survives_outage(stubber):\n"
     ">       assert cache.get(\"db\") == \"s3cr3t\"\n"
     "E       botocore.exceptions.ClientError: An error occurred (InternalServiceError) when calling the GetSecretValue operation: stubbed\n"
     "FAILED tests/test_secret_cache.py::test_cache_survives_outage - botocore.exceptions.ClientError: An error occurred (InternalServiceError) when calling the GetSecretValue operation: stubbed\n"
     "1 failed, 3 passed in 0.33s\n" + _GL),
    # a program noting an optional variable it goes without, then an outage the job ends on
    ("near-optional-env-then-registry-timeout", "transient",
     "$ ./gradlew publishToMavenLocal --no-daemon\n"
     "INFO: environment variable SENTRY_DSN not set; error reporting disabled\n"
     "> Task :compileJava\n"
     "> Could not resolve org.acme:billing-api:2.4.1.\n"
     "   > Could not get resource 'https://maven.example.org/releases/org/acme/billing-api/2.4.1/billing-api-2.4.1.pom'.\n"
     "      > Could not GET 'https://maven.example.org/releases/org/acme/billing-api/2.4.1/billing-api-2.4.1.pom'.\n"
     "         > Read timed out\n"
     "BUILD FAILED in 1m 12s\n" + _GL),
]

# wordings a rerun may or may not cure: only "not surely transient"
AMBIGUOUS: list[tuple[str, str]] = [
    # getsops/sops usererrors.go: the header alone, cut from a short excerpt
    ("sops-data-key-bare",
     "$ sops -d secrets/staging.enc.yaml > secrets/staging.yaml\n"
     "Failed to get the data key required to decrypt the SOPS file.\n" + _GL),
    # DopplerHQ/cli pkg/cmd/run.go ("Unable to fetch secrets from the Doppler API", then the fallback
    # file it does not have)
    ("doppler-fallback-missing",
     "$ doppler run -- ./bin/integration\n"
     "Unable to fetch secrets from the Doppler API\n"
     "Unable to read fallback file\n"
     "Doppler Error: open /home/circleci/.doppler/fallback/.secrets-2f1c.json: no such file or directory\n" + _CIRCLE),
]


@pytest.mark.parametrize("verdict,log", labelled(CASES))
def test_secrets_env_config_messages(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(AMBIGUOUS))
def test_secrets_env_config_ambiguous(log):
    not_surely_transient(log)


def test_ids_unique():
    assert_unique_ids(CASES, AMBIGUOUS)
