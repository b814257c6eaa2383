"""Sixteenth round, tool sources: third-party SaaS APIs that an application's tests, build or deploy scripts
call from CI, as their SDKs and CLIs word a failure.

Covered: Stripe's SDKs (stripe-python's APIConnectionError, RateLimitError, AuthenticationError and
InvalidRequestError; stripe-node's StripeConnectionError "An error occurred with our connection to Stripe"),
Twilio's helper libraries (TwilioRestException "HTTP %d error: Unable to create record: ..."), SendGrid's
python-http-client and Node client, Algolia's clients (RetryError "Unreachable hosts - your application id may
be incorrect", ApiError), Contentful's SDK core (its retry warnings and the error named after the response's
sys.id, e.g. RateLimitExceeded, AccessTokenInvalid), the localisation CLIs (Crowdin CLI's messages, Lokalise
CLI through go-lokalise-api's "API request error %d %s"), the LLM APIs (openai-python and
anthropic-sdk-python: RateLimitError, OverloadedError 529, APITimeoutError, APIConnectionError,
InternalServerError against AuthenticationError, NotFoundError and BadRequestError) and feature-flag SDKs
(LaunchDarkly's node-server-sdk, Unleash's Node client: background lines beside the job's own failure).
Plain HTTP 429/5xx wordings of curl, requests and the like are in test_tool_sources_net_clients.py and
test_tool_sources_api_perf_contract.py; they are not repeated.

Each case is a short log written for this test around one message as the SDK or CLI prints it. The wording
was read from the libraries' source (the comment above each case names the repository and file); the
services' own error bodies (Stripe's "Invalid API Key provided", "No such customer", Twilio's 20003
"Authenticate", OpenAI's "Rate limit reached ..." and "insufficient_quota", Anthropic's "overloaded_error",
Algolia's "Invalid Application-ID or API key", Lokalise's "Invalid `X-Api-Token` header", Contentful's error
ids) rest on the services' API documentation, since the servers are closed. Keys, ids, hosts and paths are
made up; no project's CI log is copied.

The rules the cases hold:
  * the service failing for a while (a connection the SDK lost after its retries, a 429 rate limit, a 5xx,
    Anthropic's 529 Overloaded, a request that timed out, Crowdin's "Try to run the command once again")
    -> transient;
  * a persistent cause (a key refused: Stripe's "Invalid API Key provided", Twilio's 20003, OpenAI's and
    Anthropic's 401, Algolia's 403, Lokalise's 401, Crowdin's "Couldn't authorize", Contentful's
    AccessTokenInvalid; an object, model, index or project that does not exist; a request the API rejects as
    invalid; a quota or credit balance used up, though OpenAI words it as a 429) -> real;
  * near-misses: an application's test that asserts its own handling of such an error and fails, a mocked
    SDK raising the error inside a unit test, a retry warning the SDK got past before a compile error, a
    feature-flag SDK's background line beside a failing test -> real;
  * wordings printed for both (Algolia's "Unreachable hosts", which a wrong application id gives as surely as
    an outage; Crowdin's "Failed to build translation"; a flag SDK's initialisation timeout alone) -> not
    surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"
_NPM = "npm ERR! code ELIFECYCLE\nnpm ERR! errno 1\n"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== Stripe
    # stripe/stripe-python stripe/_http_client.py (_handle_request_error: "Unexpected error communicating with
    # Stripe. If this problem persists, let us know at support@stripe.com." + "(Network error: %s: %s)")
    ("stripe-python-api-connection-error-reset", "transient",
     "$ python manage.py sync_plans --live-check\n"
     "Syncing 4 plans with Stripe...\n"
     "Traceback (most recent call last):\n"
     '  File "/app/billing/sync.py", line 41, in sync_plans\n'
     "    stripe.Price.list(limit=100)\n"
     "stripe._error.APIConnectionError: Unexpected error communicating with Stripe. If this problem persists,\n"
     "let us know at support@stripe.com.\n"
     "\n"
     "(Network error: ConnectionError: ('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer')))\n"
     + _CIRCLE),
    # stripe/stripe-node src/net/HttpClient.ts (_generateConnectionErrorMessage: "An error occurred with our
    # connection to Stripe. Request was retried %d times.") and src/Error.ts (StripeConnectionError)
    ("stripe-node-connection-error-after-retries", "transient",
     "> seed-billing@1.0.0 seed:stripe\n"
     "> node scripts/seed-stripe.js\n"
     "Creating products in test mode...\n"
     "StripeConnectionError: An error occurred with our connection to Stripe. Request was retried 2 times.\n"
     "    at /app/node_modules/stripe/cjs/RequestSender.js:399:41\n"
     "  type: 'StripeConnectionError',\n"
     "  detail: Error: socket hang up\n"
     + _NPM + _GHA),
    # stripe/stripe-python stripe/_error.py (RateLimitError on a 429) with the API's rate-limit body
    # (docs.stripe.com/rate-limits: "Request rate limit exceeded")
    ("stripe-python-rate-limit-error", "transient",
     "tests/integration/test_checkout.py::test_creates_session FAILED\n"
     "____________________ test_creates_session ____________________\n"
     "    session = stripe.checkout.Session.create(**params)\n"
     "E   stripe._error.RateLimitError: Request req_R3xQpLm8: Request rate limit exceeded. Learn more about rate\n"
     "E   limits here https://stripe.com/docs/rate-limits.\n"
     "=========================== short test summary info ===========================\n"
     "FAILED tests/integration/test_checkout.py::test_creates_session - stripe._error.RateLimitError: Request req_R3xQpLm8: Request rate limit exceeded.\n"
     "========================= 1 failed, 212 passed in 48.10s =========================\n"
     + _GHA),
    # stripe/stripe-node src/Error.ts (StripeRateLimitError for a 429), printed by a deploy script
    ("stripe-node-rate-limit-error", "transient",
     "$ node scripts/register-webhooks.mjs\n"
     "Registering 6 webhook endpoints...\n"
     "StripeRateLimitError: Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.\n"
     "  type: 'StripeRateLimitError',\n"
     "  statusCode: 429,\n"
     "  requestId: 'req_9fKpWq2sLr'\n"
     + _GHA),
    # stripe/stripe-python stripe/_error.py (AuthenticationError on a 401) with the API's body
    # ("Invalid API Key provided: sk_test_****")
    ("stripe-python-invalid-api-key", "real",
     "$ python manage.py sync_plans\n"
     "Traceback (most recent call last):\n"
     '  File "/app/billing/sync.py", line 41, in sync_plans\n'
     "    stripe.Price.list(limit=100)\n"
     "stripe._error.AuthenticationError: Invalid API Key provided: sk_test_********************9xQz\n"
     + _CIRCLE),
    # stripe/stripe-node src/Error.ts (StripeAuthenticationError), the same body from the Node SDK
    ("stripe-node-invalid-api-key", "real",
     "> node scripts/seed-stripe.js\n"
     "StripeAuthenticationError: Invalid API Key provided: sk_test_****************7Hd2\n"
     "  type: 'StripeAuthenticationError',\n"
     "  statusCode: 401,\n"
     + _NPM + _GHA),
    # stripe/stripe-python stripe/_api_requestor.py ("No API key provided. (HINT: set your API key using
    # \"stripe.api_key = <API-KEY>\")...")
    ("stripe-python-no-api-key", "real",
     "E   stripe._error.AuthenticationError: No API key provided. (HINT: set your API key using\n"
     'E   "stripe.api_key = <API-KEY>"). You can generate API keys from the Stripe web interface.\n'
     "FAILED tests/test_billing.py::test_invoice_totals - stripe._error.AuthenticationError: No API key provided.\n"
     "========================= 1 failed, 88 passed in 9.02s =========================\n"
     + _GHA),
    # stripe/stripe-python stripe/_error.py (InvalidRequestError on a 404) with the API's "No such customer: '%s'"
    ("stripe-python-no-such-customer", "real",
     "tests/test_subscriptions.py::test_upgrade FAILED\n"
     "E   stripe._error.InvalidRequestError: Request req_mQ2vX8: No such customer: 'cus_Pz7fixture01'\n"
     "FAILED tests/test_subscriptions.py::test_upgrade - stripe._error.InvalidRequestError: Request req_mQ2vX8: No such customer: 'cus_Pz7fixture01'\n"
     "========================= 1 failed, 64 passed in 12.5s =========================\n"
     + _GHA),
    # stripe/stripe-node src/Error.ts (StripeInvalidRequestError) with the API's "No such price: '%s'"
    ("stripe-node-no-such-price", "real",
     "$ node scripts/create-checkout-fixture.js\n"
     "StripeInvalidRequestError: No such price: 'price_1NotInThisAccount'\n"
     "  type: 'StripeInvalidRequestError',\n"
     "  code: 'resource_missing',\n"
     "  statusCode: 400,\n"
     + _GHA),
    # near-miss: the application's own test of its retry on StripeRateLimitError fails on its assertion
    ("stripe-app-test-of-rate-limit-retry-fails", "real",
     "FAIL src/billing/__tests__/charge.test.ts\n"
     "  ● charge › retries once on StripeRateLimitError\n"
     "\n"
     "    expect(jest.fn()).toHaveBeenCalledTimes(expected)\n"
     "\n"
     "    Expected number of calls: 2\n"
     "    Received number of calls: 1\n"
     "\n"
     "Tests:       1 failed, 57 passed, 58 total\n"
     + _GHA),
    # near-miss: a mocked Stripe client raising the SDK's error inside a unit test (unittest.mock's side_effect)
    ("stripe-mocked-connection-error-in-unit-test", "real",
     "tests/unit/test_refunds.py::test_refund_reports_outage FAILED\n"
     "    def _execute_mock_call(self, /, *args, **kwargs):\n"
     "        effect = self.side_effect\n"
     ">               raise effect\n"
     "E               stripe._error.APIConnectionError: Unexpected error communicating with Stripe.\n"
     "/usr/lib/python3.11/unittest/mock.py:1183: APIConnectionError\n"
     "FAILED tests/unit/test_refunds.py::test_refund_reports_outage - stripe._error.APIConnectionError: Unexpected error communicating with Stripe.\n"
     "========================= 1 failed, 140 passed in 6.21s =========================\n"
     + _GHA),

    # ================================================================== Twilio
    # twilio/twilio-python twilio/base/version.py (exception(): "Unable to create record" + ": " + the body's
    # message) and twilio/base/exceptions.py ("HTTP {0} error: {1}"); Twilio's 20429 "Too Many Requests"
    ("twilio-python-http-429", "transient",
     "$ python scripts/smoke_sms.py --to +15005550006\n"
     "Traceback (most recent call last):\n"
     '  File "/app/scripts/smoke_sms.py", line 22, in <module>\n'
     "    client.messages.create(to=args.to, from_=FROM, body='smoke')\n"
     "twilio.base.exceptions.TwilioRestException: HTTP 429 error: Unable to create record: Too Many Requests\n"
     + _CIRCLE),
    # twilio/twilio-python twilio/base/version.py: a 503 whose body is not JSON keeps the bare message
    ("twilio-python-http-503-no-body", "transient",
     "Sending smoke-test message...\n"
     "twilio.base.exceptions.TwilioRestException: HTTP 503 error: Unable to create record\n"
     + _GL),
    # twilio/twilio-python twilio/base/exceptions.py with Twilio's error 20003 ("Authenticate")
    ("twilio-python-20003-authenticate", "real",
     "$ python scripts/smoke_sms.py --to +15005550006\n"
     "twilio.base.exceptions.TwilioRestException: HTTP 401 error: Unable to create record: Authenticate\n"
     + _CIRCLE),
    # twilio/twilio-python with Twilio's error 21211 (an invalid 'To' number)
    ("twilio-python-21211-invalid-number", "real",
     "E   twilio.base.exceptions.TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number +1555010 is not a valid phone number.\n"
     "FAILED tests/test_notify.py::test_sms_on_signup - twilio.base.exceptions.TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number +1555010 is not a valid phone number.\n"
     "========================= 1 failed, 33 passed in 4.40s =========================\n"
     + _GHA),
    # twilio/twilio-node src/base/RestException.ts (message = the body's message, status, code, moreInfo)
    ("twilio-node-rest-exception-authenticate", "real",
     "$ node scripts/verify-numbers.js\n"
     "RestException [Error]: Authenticate\n"
     "  status: 401,\n"
     "  code: 20003,\n"
     "  moreInfo: 'https://www.twilio.com/docs/errors/20003',\n"
     + _GHA),

    # ================================================================== SendGrid / Mailgun
    # sendgrid/python-http-client python_http_client/exceptions.py (TooManyRequestsError, "HTTP Error %d: %s"
    # from urllib's HTTPError)
    ("sendgrid-python-too-many-requests", "transient",
     "$ python scripts/send_release_mail.py\n"
     "Traceback (most recent call last):\n"
     '  File "/app/scripts/send_release_mail.py", line 30, in <module>\n'
     "    sg.send(message)\n"
     "python_http_client.exceptions.TooManyRequestsError: HTTP Error 429: Too Many Requests\n"
     + _GHA),
    # sendgrid/python-http-client python_http_client/exceptions.py (ServiceUnavailableError)
    ("sendgrid-python-service-unavailable", "transient",
     "Sending release notes to 3 lists...\n"
     "python_http_client.exceptions.ServiceUnavailableError: HTTP Error 503: Service Unavailable\n"
     + _GHA),
    # sendgrid/python-http-client python_http_client/exceptions.py (UnauthorizedError)
    ("sendgrid-python-unauthorized", "real",
     "$ python scripts/send_release_mail.py\n"
     "python_http_client.exceptions.UnauthorizedError: HTTP Error 401: Unauthorized\n"
     + _GHA),
    # sendgrid/sendgrid-nodejs packages/helpers/classes/response-error.js (ResponseError, message = the
    # status text) with the API's sender-identity body
    ("sendgrid-node-forbidden-sender-identity", "real",
     "$ node scripts/notify-release.js\n"
     "ResponseError: Forbidden\n"
     "  code: 403,\n"
     "  response: { body: { errors: [ { message: 'The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved.', field: 'from' } ] } }\n"
     + _GHA),
    # mailgun/mailgun.js lib/Classes/common/Error.ts (APIError: status, details) with a 401
    ("mailgun-js-unauthorized", "real",
     "$ node scripts/mail-digest.js\n"
     "[Error: Unauthorized] { status: 401, details: 'Forbidden', type: 'MailgunAPIError' }\n"
     + _GHA),

    # ================================================================== Algolia
    # algolia/algoliasearch-client-javascript packages/client-common/src/transporter/errors.ts (ApiError with
    # the API's "Invalid Application-ID or API key", status 403)
    ("algolia-js-invalid-application-id-or-key", "real",
     "$ node scripts/index-docs.mjs\n"
     "Indexing 1240 records into docs_prod...\n"
     "ApiError: Invalid Application-ID or API key\n"
     "    at retryableRequest (file:///app/node_modules/@algolia/client-common/dist/common.js:312:15)\n"
     "  status: 403\n"
     + _GHA),
    # algoliasearch-client-javascript (ApiError with the API's "Index does not exist", status 404)
    ("algolia-js-index-does-not-exist", "real",
     "$ node scripts/copy-synonyms.mjs\n"
     "ApiError: Index does not exist\n"
     "  status: 404,\n"
     "  name: 'ApiError'\n"
     + _GHA),
    # algoliasearch-client-javascript (ApiError with the API's "Method not allowed with this API key")
    ("algolia-js-method-not-allowed-with-key", "real",
     "$ yarn docs:index\n"
     "ApiError: Method not allowed with this API key\n"
     "  status: 403\n"
     "error Command failed with exit code 1.\n"
     + _GHA),

    # ================================================================== Contentful
    # contentful/contentful-sdk-core src/rate-limit.ts ("%s error occurred. Waiting for %d ms before
    # retrying...") and src/error-handler.ts (error.name = the body's sys.id, message = the JSON of status,
    # statusText, message); the body's RateLimitExceeded is Contentful's (docs: contentful.com/developers/docs/references/errors/)
    ("contentful-rate-limit-exceeded-after-retries", "transient",
     "success createSchemaCustomization - 0.410s\n"
     "warning Rate limit error occurred. Waiting for 1712 ms before retrying...\n"
     "warning Rate limit error occurred. Waiting for 1650 ms before retrying...\n"
     "ERROR #gatsby-source-contentful_111001\n"
     "Accessing your Contentful space failed: RateLimitExceeded: {\n"
     '  "status": 429,\n'
     '  "statusText": "Too Many Requests",\n'
     '  "message": "You have exceeded the rate limit of the Organization this Space belongs to by making too many API requests within a short timespan. Please wait a moment before trying the request again.",\n'
     "not finished source and transform nodes - 41.202s\n"
     + _GHA),
    # contentful-sdk-core src/rate-limit.ts ("Server %d error occurred...") and src/error-handler.ts (a body
    # without sys.id: name = "%d %s" of status and statusText)
    ("contentful-server-503-after-retries", "transient",
     "> next build\n"
     "warning Server 503 error occurred. Waiting for 1204 ms before retrying...\n"
     "warning Server 503 error occurred. Waiting for 2311 ms before retrying...\n"
     "Error occurred prerendering page \"/blog\".\n"
     "503 Service Unavailable: {\n"
     '  "status": 503,\n'
     '  "statusText": "Service Unavailable",\n'
     '  "message": "",\n'
     + _GHA),
    # contentful-sdk-core src/error-handler.ts with the body's AccessTokenInvalid (Contentful's error ids)
    ("contentful-access-token-invalid", "real",
     "> next build\n"
     "Error occurred prerendering page \"/\".\n"
     "AccessTokenInvalid: {\n"
     '  "status": 401,\n'
     '  "statusText": "Unauthorized",\n'
     '  "message": "The access token you sent could not be found or is invalid.",\n'
     '  "requestId": "a1b2c3d4-ci"\n'
     + _GHA),
    # contentful-sdk-core src/error-handler.ts with the body's NotFound
    ("contentful-not-found", "real",
     "$ node scripts/export-landing.js\n"
     "NotFound: {\n"
     '  "status": 404,\n'
     '  "statusText": "Not Found",\n'
     '  "message": "The resource could not be found.",\n'
     '  "details": { "type": "Entry", "id": "4xLandingPageCi" }\n'
     + _GHA),
    # near-miss: contentful-sdk-core's rate-limit warning the SDK got past, then a type error the build ended on
    ("contentful-retry-warning-then-type-error", "real",
     "warning Rate limit error occurred. Waiting for 1620 ms before retrying...\n"
     "success source and transform nodes - 12.551s\n"
     "ERROR #85923  GRAPHQL\n"
     "There was an error in your GraphQL query:\n"
     'Cannot query field "heroImage" on type "ContentfulBlogPost".\n'
     "File: src/templates/blog-post.js:48:9\n"
     "not finished Running gatsby-plugin-sharp.IMAGE_PROCESSING jobs - 0.220s\n"
     + _GHA),

    # ================================================================== localisation CLIs
    # crowdin/crowdin-cli src/main/resources/messages/messages.properties (error.response.429 "Too Many
    # Requests") through CrowdinClientCore's RateLimitException, printed with the error icon
    ("crowdin-cli-too-many-requests", "transient",
     "$ crowdin download --no-progress\n"
     "✔️  Fetching project info\n"
     "❌ Too Many Requests\n"
     + _GHA),
    # crowdin-cli messages.properties (error.downloading_file "Failed to download ZIP archive. Try to run the
    # command once again") from DownloadAction's spinner
    ("crowdin-cli-failed-to-download-zip", "transient",
     "$ crowdin download --no-progress --plain\n"
     "Building ZIP archive with the latest translations\n"
     "Building translation (100%)\n"
     "❌ Failed to download ZIP archive. Try to run the command once again\n"
     + _GHA),
    # crowdin-cli messages.properties (error.response.401 "Couldn't authorize. Check your 'api_token'")
    ("crowdin-cli-could-not-authorize", "real",
     "$ crowdin upload sources\n"
     "❌ Couldn't authorize. Check your 'api_token'\n"
     + _GHA),
    # crowdin-cli messages.properties (error.response.404_project_not_found)
    ("crowdin-cli-project-does-not-exist", "real",
     "$ crowdin download -l de\n"
     "❌ Project with provided id doesn't exist\n"
     + _GHA),
    # crowdin-cli messages.properties (error.configuration_file_not_exist)
    ("crowdin-cli-config-file-missing", "real",
     "$ crowdin download\n"
     "❌ Configuration file doesn't exist. Run the 'crowdin init' to generate configuration skeleton\n"
     + _GHA),
    # lokalise/lokalise-cli-2-go cmd/root.go (prints the error) through lokalise/go-lokalise-api's
    # Error.Error() ("API request error %d %s") with the API's 429 body
    ("lokalise-cli-api-429", "transient",
     "$ lokalise2 file download --format json --unzip-to ./locales\n"
     "Requesting... API request error 429 Too many requests\n"
     + _GHA),
    # go-lokalise-api ("API request error %d %s") with a 503 from the API
    ("lokalise-cli-api-503", "transient",
     "$ lokalise2 file download --format json --unzip-to ./locales\n"
     "Requesting... API request error 503 Service Unavailable\n"
     + _GHA),
    # go-lokalise-api with the API's 401 "Invalid `X-Api-Token` header"
    ("lokalise-cli-invalid-token", "real",
     "$ lokalise2 --token \"$LOKALISE_TOKEN\" --project-id 1234.5678 file download --format json\n"
     "Requesting... API request error 401 Invalid `X-Api-Token` header\n"
     + _GHA),
    # go-lokalise-api with the API's 404 "Project not found"
    ("lokalise-cli-project-not-found", "real",
     "Requesting... API request error 404 Project not found\n"
     + _GHA),

    # ================================================================== OpenAI
    # openai/openai-python src/openai/_base_client.py ("Error code: %d - %s") and _exceptions.py (RateLimitError)
    # with the API's "Rate limit reached ..." body (platform.openai.com/docs/guides/error-codes)
    ("openai-rate-limit-reached-429", "transient",
     "tests/e2e/test_summarise.py::test_summary_is_short FAILED\n"
     "E   openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o-mini in "
     "organization org-ci0000 on tokens per min (TPM): Limit 200000, Used 199870, Requested 912. Please try again in "
     "234ms.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}\n"
     "FAILED tests/e2e/test_summarise.py::test_summary_is_short - openai.RateLimitError: Error code: 429\n"
     "========================= 1 failed, 19 passed in 61.3s =========================\n"
     + _GHA),
    # openai-python _exceptions.py (APITimeoutError "Request timed out.")
    ("openai-api-timeout-error", "transient",
     "tests/e2e/test_classify.py::test_labels FAILED\n"
     "E   openai.APITimeoutError: Request timed out.\n"
     "FAILED tests/e2e/test_classify.py::test_labels - openai.APITimeoutError: Request timed out.\n"
     "========================= 1 failed, 11 passed in 604.2s =========================\n"
     + _GHA),
    # openai-python _exceptions.py (APIConnectionError "Connection error.") raised from httpx's protocol error
    ("openai-api-connection-error-server-disconnected", "transient",
     "httpx.RemoteProtocolError: Server disconnected without sending a response.\n"
     "\n"
     "The above exception was the direct cause of the following exception:\n"
     "\n"
     "openai.APIConnectionError: Connection error.\n"
     + _GHA),
    # openai-python _exceptions.py (InternalServerError for a 5xx) with the API's 500 body
    ("openai-internal-server-error-500", "transient",
     "$ python scripts/generate_alt_text.py --changed-only\n"
     "openai.InternalServerError: Error code: 500 - {'error': {'message': 'The server had an error while processing "
     "your request. Sorry about that!', 'type': 'server_error', 'param': None, 'code': None}}\n"
     + _GHA),
    # openai-python (InternalServerError for a 503) with the API's "engine is currently overloaded" body
    ("openai-503-engine-overloaded", "transient",
     "$ python scripts/generate_alt_text.py\n"
     "openai.InternalServerError: Error code: 503 - {'error': {'message': 'The engine is currently overloaded, "
     "please try again later', 'type': 'server_error'}}\n"
     + _GHA),
    # openai-python _exceptions.py (AuthenticationError for a 401) with the API's "Incorrect API key provided"
    ("openai-authentication-error-401", "real",
     "E   openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-****ci00. "
     "You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', "
     "'param': None, 'code': 'invalid_api_key'}}\n"
     "FAILED tests/e2e/test_summarise.py::test_summary_is_short - openai.AuthenticationError: Error code: 401\n"
     "========================= 1 failed, 19 passed in 3.1s =========================\n"
     + _GHA),
    # openai-python (RateLimitError for a 429) with the API's insufficient_quota body: a used-up quota, not a
    # rate limit, which no rerun refills
    ("openai-429-insufficient-quota", "real",
     "$ python scripts/generate_alt_text.py\n"
     "openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your "
     "plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}\n"
     + _GHA),
    # openai-python _exceptions.py (NotFoundError for a 404) with the API's model_not_found body
    ("openai-model-not-found", "real",
     "openai.NotFoundError: Error code: 404 - {'error': {'message': 'The model `gpt-4o-mini-ci` does not exist or you "
     "do not have access to it.', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}\n"
     + _GHA),
    # openai-python _exceptions.py (BadRequestError for a 400) with the API's context_length_exceeded body
    ("openai-bad-request-context-length", "real",
     "E   openai.BadRequestError: Error code: 400 - {'error': {'message': \"This model's maximum context length is 128000 "
     "tokens. However, your messages resulted in 131204 tokens.\", 'type': 'invalid_request_error', 'param': 'messages', "
     "'code': 'context_length_exceeded'}}\n"
     "FAILED tests/test_rag.py::test_long_document - openai.BadRequestError: Error code: 400\n"
     "========================= 1 failed, 40 passed in 22.0s =========================\n"
     + _GHA),
    # near-miss: the application's own test that its client retries a RateLimitError, failing on its assertion
    ("openai-app-test-of-retry-fails", "real",
     "tests/test_llm_client.py::test_retries_on_rate_limit FAILED\n"
     "    def test_retries_on_rate_limit(fake_openai):\n"
     "        fake_openai.fail_next(openai.RateLimitError, times=2)\n"
     "        client.complete('hi')\n"
     ">       assert fake_openai.calls == 3\n"
     "E       assert 1 == 3\n"
     "FAILED tests/test_llm_client.py::test_retries_on_rate_limit - assert 1 == 3\n"
     "========================= 1 failed, 52 passed in 2.1s =========================\n"
     + _GHA),
    # near-miss: respx's mocked route answering 429 to the SDK inside a unit test the code did not handle
    ("openai-mocked-429-in-unit-test", "real",
     "tests/unit/test_summary.py::test_falls_back_on_rate_limit FAILED\n"
     "    @respx.mock\n"
     "    def test_falls_back_on_rate_limit():\n"
     "        respx.post('https://api.openai.com/v1/chat/completions').mock(return_value=httpx.Response(429, json=ERR))\n"
     ">       assert summarise('text') == FALLBACK\n"
     "E   openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached', 'type': 'requests'}}\n"
     "FAILED tests/unit/test_summary.py::test_falls_back_on_rate_limit - openai.RateLimitError: Error code: 429\n"
     "========================= 1 failed, 98 passed in 3.4s =========================\n"
     + _GHA),

    # ================================================================== Anthropic
    # anthropics/anthropic-sdk-python src/anthropic/_exceptions.py (OverloadedError, status 529) and
    # _base_client.py ("Error code: %d - %s") with the API's overloaded_error body (docs.anthropic.com errors)
    ("anthropic-overloaded-529", "transient",
     "tests/e2e/test_agent.py::test_plan_steps FAILED\n"
     "E   anthropic.OverloadedError: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', "
     "'message': 'Overloaded'}, 'request_id': 'req_ci0001'}\n"
     "FAILED tests/e2e/test_agent.py::test_plan_steps - anthropic.OverloadedError: Error code: 529\n"
     "========================= 1 failed, 14 passed in 88.0s =========================\n"
     + _GHA),
    # older anthropic-sdk-python: InternalServerError for any 5xx, the same 529 body
    ("anthropic-internal-server-error-529", "transient",
     "$ python scripts/draft_changelog.py\n"
     "anthropic.InternalServerError: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', "
     "'message': 'Overloaded'}}\n"
     + _GHA),
    # anthropic-sdk-python _exceptions.py (RateLimitError) with the API's rate_limit_error body
    ("anthropic-rate-limit-429", "transient",
     "E   anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', "
     "'message': 'This request would exceed the rate limit for your organization of 50,000 input tokens per minute.'}}\n"
     "FAILED tests/e2e/test_agent.py::test_tool_use - anthropic.RateLimitError: Error code: 429\n"
     "========================= 1 failed, 14 passed in 31.0s =========================\n"
     + _GHA),
    # anthropics/anthropic-sdk-typescript src/core/error.ts (APIConnectionTimeoutError "Request timed out.")
    ("anthropic-ts-connection-timeout", "transient",
     "> node scripts/gen-release-notes.mjs\n"
     "APIConnectionTimeoutError: Request timed out.\n"
     "    at Anthropic.makeRequest (file:///app/node_modules/@anthropic-ai/sdk/core.mjs:320:23)\n"
     + _NPM + _GHA),
    # anthropic-sdk-python _exceptions.py (AuthenticationError) with the API's "invalid x-api-key"
    ("anthropic-authentication-error", "real",
     "$ python scripts/draft_changelog.py\n"
     "anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', "
     "'message': 'invalid x-api-key'}}\n"
     + _GHA),
    # anthropic-sdk-python _exceptions.py (NotFoundError) with the API's not_found_error for a model
    ("anthropic-model-not-found", "real",
     "anthropic.NotFoundError: Error code: 404 - {'type': 'error', 'error': {'type': 'not_found_error', "
     "'message': 'model: claude-ci-retired-2023'}}\n"
     + _GHA),
    # anthropic-sdk-python _exceptions.py (BadRequestError) with the API's credit-balance body
    ("anthropic-credit-balance-too-low", "real",
     "anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', "
     "'message': 'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to "
     "upgrade or purchase credits.'}}\n"
     + _GHA),
    # near-miss: a test ABOUT the overload (pytest.raises around the SDK's error) failing because nothing raised
    ("anthropic-test-about-overloaded-fails", "real",
     "tests/test_fallback.py::test_overloaded_falls_back_to_cache FAILED\n"
     "        with pytest.raises(anthropic.OverloadedError):\n"
     ">           agent.run(prompt)\n"
     "E           Failed: DID NOT RAISE <class 'anthropic.OverloadedError'>\n"
     "FAILED tests/test_fallback.py::test_overloaded_falls_back_to_cache - Failed: DID NOT RAISE <class 'anthropic.OverloadedError'>\n"
     "========================= 1 failed, 30 passed in 1.9s =========================\n"
     + _GHA),

    # near-miss: openai-python _base_client.py's INFO line for a retried request ("Retrying request to %s in %f
    # seconds") the SDK got past, then a test that fails on its assertion
    ("openai-retried-request-then-assertion", "real",
     "INFO     openai._base_client:_base_client.py:1012 Retrying request to /chat/completions in 0.412000 seconds\n"
     "tests/e2e/test_summarise.py::test_summary_mentions_title FAILED\n"
     ">       assert 'Quarterly report' in summary\n"
     "E       AssertionError: assert 'Quarterly report' in 'A summary of the document.'\n"
     "FAILED tests/e2e/test_summarise.py::test_summary_mentions_title - AssertionError: assert 'Quarterly report' in 'A summary of the document.'\n"
     "========================= 1 failed, 19 passed in 14.2s =========================\n"
     + _GHA),
    # near-miss: an application's test comparing its own error text with the SDK's wording
    ("openai-error-text-compared-in-assertion", "real",
     "tests/test_errors.py::test_user_message_for_rate_limit FAILED\n"
     ">       assert render_error(err) == 'openai.RateLimitError: Error code: 429 (try again later)'\n"
     "E       AssertionError: assert 'Something went wrong' == 'openai.RateLimitError: Error code: 429 (try again later)'\n"
     "FAILED tests/test_errors.py::test_user_message_for_rate_limit - AssertionError: assert 'Something went wrong' == 'openai.Rat...\n"
     "========================= 1 failed, 70 passed in 1.2s =========================\n"
     + _GHA),
    # near-miss: Anthropic's 529 in one e2e test beside another test that fails on its assertion: the rerun
    # still meets the second
    ("anthropic-overloaded-beside-assertion-failure", "real",
     "E   anthropic.OverloadedError: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}\n"
     "_____________________________ test_parse_plan ______________________________\n"
     ">       assert parse_plan(PLAN) == ['build', 'test']\n"
     "E       AssertionError: assert ['build'] == ['build', 'test']\n"
     "FAILED tests/e2e/test_agent.py::test_plan_steps - anthropic.OverloadedError: Error code: 529\n"
     "FAILED tests/test_plan.py::test_parse_plan - AssertionError: assert ['build'] == ['build', 'test']\n"
     "========================= 2 failed, 13 passed in 40.0s =========================\n"
     + _GHA),
    # near-miss: a package named after the SDK that is not installed
    ("anthropic-module-not-installed", "real",
     "tests/conftest.py:4: in <module>\n"
     "    import anthropic\n"
     "E   ModuleNotFoundError: No module named 'anthropic'\n"
     "ERROR tests - ModuleNotFoundError: No module named 'anthropic'\n"
     + _GHA),
    # mailgun.js lib/Classes/common/Error.ts (type 'MailgunAPIError') with a 503 from the API
    ("mailgun-js-service-unavailable", "transient",
     "$ node scripts/mail-digest.js\n"
     "[Error: Service Unavailable] { status: 503, details: '', type: 'MailgunAPIError' }\n"
     + _GHA),

    # ================================================================== feature-flag SDKs (background lines)
    # launchdarkly/node-server-sdk messages.js (httpErrorMessage: "Received I/O error (%s) for streaming
    # request - will retry") logged by the SDK beside a test that fails on its own assertion
    ("launchdarkly-stream-io-error-beside-failing-test", "real",
     "warn: [LaunchDarkly] Received I/O error (getaddrinfo EAI_AGAIN stream.launchdarkly.com) for streaming request - will retry\n"
     "FAIL src/__tests__/pricing.test.ts\n"
     "  ● pricing › applies the annual discount\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "    Expected: 90\n"
     "    Received: 100\n"
     "Tests:       1 failed, 211 passed, 212 total\n"
     + _GHA),
    # launchdarkly/node-server-sdk messages.js ("Received error 401 (invalid SDK key) for %s - giving up
    # permanently") beside a failing test: the flags fell back to defaults, the test decides
    ("launchdarkly-invalid-sdk-key-beside-failing-test", "real",
     "error: [LaunchDarkly] Received error 401 (invalid SDK key) for streaming request - giving up permanently\n"
     "FAIL src/__tests__/banner.test.tsx\n"
     "  ● Banner › shows the beta banner when the flag is on\n"
     "    TestingLibraryElementError: Unable to find an element with the text: Try the beta\n"
     "Tests:       1 failed, 88 passed, 89 total\n"
     + _GHA),
    # Unleash/unleash-client-node src/repository/index.ts ("Unleash Repository error: %s" emitted as an error
    # event) beside a failing test
    ("unleash-repository-error-beside-failing-test", "real",
     "[unleash] Unleash Repository error: FetchError: request to https://flags.example.net/api/client/features "
     "failed, reason: connect ECONNREFUSED 10.0.4.12:4242\n"
     "FAIL test/checkout.spec.js\n"
     "  ● checkout › totals include VAT\n"
     "    expect(received).toEqual(expected)\n"
     "Tests:       1 failed, 63 passed, 64 total\n"
     + _GHA),
]


NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # algolia/algoliasearch-client-javascript packages/client-common/src/transporter/errors.ts (RetryError:
    # "Unreachable hosts - your application id may be incorrect. If the error persists, ..."): every host
    # failed, which a wrong application id gives as surely as an outage
    ("algolia-js-unreachable-hosts",
     "$ node scripts/index-docs.mjs\n"
     "RetryError: Unreachable hosts - your application id may be incorrect. If the error persists, please reach "
     "out to the Algolia Support team: https://alg.li/support.\n"
     "    at retryableRequest (file:///app/node_modules/@algolia/client-common/dist/common.js:298:13)\n"
     + _GHA),
    # algolia/algoliasearch-client-python algoliasearch/http/transporter.py (AlgoliaUnreachableHostException)
    ("algolia-python-unreachable-hosts",
     "$ python scripts/reindex.py\n"
     "algoliasearch.exceptions.AlgoliaUnreachableHostException: Unreachable hosts\n"
     + _GHA),
    # crowdin/crowdin-cli messages.properties (error.building_translation "Failed to build translation. Please
    # contact our support team for help"): a build the server could not finish, for a reason it does not give
    ("crowdin-cli-failed-to-build-translation",
     "$ crowdin download\n"
     "Building ZIP archive with the latest translations\n"
     "❌ Failed to build translation. Please contact our support team for help\n"
     + _GHA),
    # launchdarkly/python-server-sdk ldclient/client.py ("Timeout encountered waiting for LaunchDarkly client
    # initialization") as the last word of a script: the SDK serves defaults, whatever failed may be the flags
    ("launchdarkly-python-init-timeout-alone",
     "$ python scripts/check_flags.py\n"
     "WARNING:ldclient.util:Timeout encountered waiting for LaunchDarkly client initialization\n"
     "flag 'new-checkout' is off, expected on in staging\n"
     + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_saas_api_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_saas_api_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "openai.RateLimitError: Error code: 429 ",
    "529 'type': ",
    "{ status: 503, ",
    "File 'a",
    "stripe._error.RateLimitError: Request req_",
]
