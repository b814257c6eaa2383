"""Twelfth round, tool sources: the network and HTTP client libraries, as their errors show in a CI
job's test or script output.

Each case is a short log written for the test around one message as the client library prints it,
read from the library's own source (the comment above each case names the repository and the file
holding the format string; where only the documentation or the platform's error text was read, the
comment says so). Hosts, URLs, packages and paths are made up; no project's CI log is copied.

An outage on the line (a connect or read timeout, a connection refused or reset by a remote or a
starting service, a temporary DNS failure, a 5xx or 429 answer, an HTTP/2 GOAWAY, a peer that hung up
mid-response) must read transient. A persistent cause (a certificate the client does not trust, a
404/401/403 answer, a URL the client rejects) must read real, and so must a test of the code that
fails on an assertion after a successful request, or a mocking library (responses, aioresponses,
nock, respx, requests-mock, pytest-socket) that refuses a request the test did not mock: those words
look like the network and are the test's own. A wording printed for both an outage and a persistent
cause (a host name no resolver knows, "Name or service not known") must not read transient with
confidence.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_PYTEST_END = "=========================== 1 failed, 57 passed in 9.12s ===========================\n" + _EXIT
_JEST_END = "Tests:       1 failed, 30 passed, 31 total\n" + _EXIT
_MVN_END = ("[ERROR] Tests run: 9, Failures: 0, Errors: 1, Skipped: 0\n"
            "[ERROR] BUILD FAILURE\n" + _EXIT)
_GO_END = "FAIL\texample.org/acme/fetcher\t31.044s\nFAIL\n" + _EXIT
_DOTNET_END = "Failed!  - Failed:     1, Passed:    44, Skipped:     0, Total:    45\n" + _EXIT
_RSPEC_END = "Finished in 4.2 seconds\n12 examples, 1 failure\n" + _EXIT
_CARGO_END = ("test result: FAILED. 17 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out\n"
              "error: test failed, to rerun pass `--lib`\n" + _EXIT)
_PHPUNIT_END = "FAILURES!\nTests: 40, Assertions: 88, Errors: 1.\n" + _EXIT
_SH_END = "Error: Process completed with exit code 1.\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ Python: urllib3 / requests
    # urllib3/urllib3 src/urllib3/connectionpool.py ("Read timed out. (read timeout=%s)") inside
    # src/urllib3/exceptions.py MaxRetryError ("Max retries exceeded with url: %s (Caused by %r)")
    ("py-requests-read-timeout", "transient",
     "tests/test_sync.py::test_pull_catalog FAILED\n"
     "E   requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.example.org', port=443): Read timed out. "
     "(read timeout=10)\n" + _PYTEST_END),
    # src/urllib3/connection.py ("Connection to %s timed out. (connect timeout=%s)")
    ("py-requests-connect-timeout", "transient",
     "tests/test_sync.py::test_pull_catalog FAILED\n"
     "E   requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='api.example.org', port=443): Max retries "
     "exceeded with url: /v2/items (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at "
     "0x7f3a2c1b2d90>, 'Connection to api.example.org timed out. (connect timeout=5)'))\n" + _PYTEST_END),
    # src/urllib3/exceptions.py NameResolutionError ("Failed to resolve '%s' (%s)"), glibc's EAI_AGAIN text
    ("py-requests-name-resolution-temporary", "transient",
     "tests/test_sync.py::test_pull_catalog FAILED\n"
     "E   requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.example.org', port=443): Max retries "
     "exceeded with url: /v2/items (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at "
     "0x7f3a2c1b2d90>: Failed to resolve 'api.example.org' ([Errno -3] Temporary failure in name resolution)\"))\n"
     + _PYTEST_END),
    # src/urllib3/connectionpool.py ("Connection aborted.") around CPython Lib/http/client.py
    # ("Remote end closed connection without response")
    ("py-requests-remote-disconnected", "transient",
     "tests/test_upload.py::test_push_report FAILED\n"
     "E   requests.exceptions.ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed "
     "connection without response'))\n" + _PYTEST_END),
    # psf/requests src/requests/models.py raise_for_status ("%s Server Error: %s for url: %s")
    ("py-requests-503-server-error", "transient",
     "tests/test_sync.py::test_pull_catalog FAILED\n"
     "E   requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: "
     "https://api.example.org/v2/items\n" + _PYTEST_END),
    # same file ("%s Client Error: %s for url: %s"), 429
    ("py-requests-429-client-error", "transient",
     "Run python scripts/fetch_fixtures.py\n"
     "requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api.example.org/v2/items\n"
     + _EXIT),
    # same file, 404
    ("py-requests-404-client-error", "real",
     "Run python scripts/fetch_fixtures.py\n"
     "Traceback (most recent call last):\n"
     "requests.exceptions.HTTPError: 404 Client Error: Not Found for url: "
     "https://downloads.example.org/fixtures/v9.9/data.tar.gz\n" + _EXIT),
    # same file, 401
    ("py-requests-401-client-error", "real",
     "Run python scripts/publish_docs.py\n"
     "requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://docs.example.org/api/upload\n"
     + _EXIT),
    # urllib3 src/urllib3/connectionpool.py (SSLError wrapped in MaxRetryError) around CPython's ssl module
    ("py-requests-cert-verify-failed", "real",
     "tests/test_sync.py::test_pull_catalog FAILED\n"
     "E   requests.exceptions.SSLError: HTTPSConnectionPool(host='api.example.org', port=443): Max retries exceeded "
     "with url: /v2/items (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] "
     "certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)')))\n" + _PYTEST_END),
    # CPython Lib/urllib/error.py HTTPError ("HTTP Error %s: %s")
    ("py-urllib-http-error-403", "real",
     "Run python tools/download_model_card.py\n"
     "Traceback (most recent call last):\n"
     "urllib.error.HTTPError: HTTP Error 403: Forbidden\n" + _EXIT),
    # ------------------------------------------------------------------ Python: httpx / httpcore
    # encode/httpcore httpcore/_sync/http11.py ("Server disconnected without sending a response.")
    ("py-httpx-server-disconnected", "transient",
     "tests/test_client.py::test_list_projects FAILED\n"
     "E   httpx.RemoteProtocolError: Server disconnected without sending a response.\n" + _PYTEST_END),
    # encode/httpx httpx/_models.py raise_for_status ("%s '%s %s' for url '%s'", "Server error" / "Client error")
    ("py-httpx-status-server-error-503", "transient",
     "tests/test_client.py::test_list_projects FAILED\n"
     "E   httpx.HTTPStatusError: Server error '503 Service Unavailable' for url 'https://api.example.org/v1/projects'\n"
     "E   For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/503\n" + _PYTEST_END),
    ("py-httpx-status-client-error-404", "real",
     "tests/test_client.py::test_list_projects FAILED\n"
     "E   httpx.HTTPStatusError: Client error '404 Not Found' for url 'https://api.example.org/v1/projcts'\n"
     "E   For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/404\n" + _PYTEST_END),
    # ------------------------------------------------------------------ Python: aiohttp
    # aio-libs/aiohttp aiohttp/client_exceptions.py ServerDisconnectedError ("Server disconnected")
    ("py-aiohttp-server-disconnected", "transient",
     "tests/test_crawler.py::test_fetch_many FAILED\n"
     "E   aiohttp.client_exceptions.ServerDisconnectedError: Server disconnected\n" + _PYTEST_END),
    # same file ClientConnectorError ("Cannot connect to host %s:%s ssl:%s [%s]")
    ("py-aiohttp-connector-error-refused", "transient",
     "tests/test_crawler.py::test_fetch_many FAILED\n"
     "E   aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host api.example.org:443 ssl:default "
     "[Connect call failed ('203.0.113.7', 443)]\n" + _PYTEST_END),
    # aiohttp/client_exceptions.py ClientConnectorCertificateError ("Cannot connect to host %s:%s ssl:%s [%s: %s]")
    ("py-aiohttp-certificate-error", "real",
     "tests/test_crawler.py::test_fetch_many FAILED\n"
     "E   aiohttp.client_exceptions.ClientConnectorCertificateError: Cannot connect to host api.example.org:443 "
     "ssl:True [SSLCertVerificationError: (1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: "
     "self-signed certificate in certificate chain (_ssl.c:1006)')]\n" + _PYTEST_END),
    # ------------------------------------------------------------------ Node: undici fetch, net, axios, got
    # nodejs/undici lib/web/fetch/index.js ("fetch failed") with lib/core/connect.js
    # ("Connect Timeout Error (attempted address: %s:%s, timeout: %sms)", UND_ERR_CONNECT_TIMEOUT)
    ("node-fetch-failed-connect-timeout", "transient",
     "  ● sync › pulls the release index\n"
     "    TypeError: fetch failed\n"
     "      at node:internal/deps/undici/undici:13502:13\n"
     "    [cause]: ConnectTimeoutError: Connect Timeout Error (attempted address: api.example.org:443, timeout: 10000ms)\n"
     "      code: 'UND_ERR_CONNECT_TIMEOUT'\n" + _JEST_END),
    # lib/dispatcher/client-h1.js ("other side closed", SocketError UND_ERR_SOCKET)
    ("node-fetch-failed-other-side-closed", "transient",
     "node scripts/check-links.mjs\n"
     "TypeError: fetch failed\n"
     "    at node:internal/deps/undici/undici:13502:13\n"
     "  [cause]: SocketError: other side closed\n"
     "      code: 'UND_ERR_SOCKET',\n"
     "      socket: { localAddress: '10.1.0.4', remoteAddress: '203.0.113.7', remotePort: 443 }\n" + _EXIT),
    # lib/core/errors.js HeadersTimeoutError ("Headers Timeout Error", UND_ERR_HEADERS_TIMEOUT)
    ("node-fetch-failed-headers-timeout", "transient",
     "node scripts/warm-cache.mjs\n"
     "TypeError: fetch failed\n"
     "  [cause]: HeadersTimeoutError: Headers Timeout Error\n"
     "      code: 'UND_ERR_HEADERS_TIMEOUT'\n" + _EXIT),
    # Node's lib/_http_client.js ("socket hang up", ECONNRESET)
    ("node-socket-hang-up", "transient",
     "  ● client › streams the export\n"
     "    Error: socket hang up\n"
     "        at connResetException (node:internal/errors:787:14)\n"
     "      code: 'ECONNRESET'\n" + _JEST_END),
    # Node's lib/internal/errors.js (dnsException: "getaddrinfo EAI_AGAIN %s")
    ("node-getaddrinfo-eai-again", "transient",
     "  ● client › resolves the mirror\n"
     "    Error: getaddrinfo EAI_AGAIN registry.example.org\n"
     "        at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26)\n" + _JEST_END),
    # axios/axios lib/adapters/http.js ("timeout of %sms exceeded", ECONNABORTED)
    ("node-axios-timeout-exceeded", "transient",
     "  ● api › lists invoices\n"
     "    AxiosError: timeout of 5000ms exceeded\n"
     "      code: 'ECONNABORTED'\n" + _JEST_END),
    # lib/core/settle.js ("Request failed with status code %s")
    ("node-axios-status-503", "transient",
     "node scripts/publish-status.js\n"
     "AxiosError: Request failed with status code 503\n"
     "    code: 'ERR_BAD_RESPONSE'\n" + _EXIT),
    ("node-axios-status-404", "real",
     "node scripts/publish-status.js\n"
     "AxiosError: Request failed with status code 404\n"
     "    code: 'ERR_BAD_REQUEST'\n" + _EXIT),
    # sindresorhus/got source/core/timed-out.ts ("Timeout awaiting '%s' for %sms")
    ("node-got-timeout-awaiting", "transient",
     "node scripts/sync-translations.js\n"
     "TimeoutError: Timeout awaiting 'request' for 30000ms\n"
     "    code: 'ETIMEDOUT'\n" + _EXIT),
    # source/core/errors.ts HTTPError ("Request failed with status code %s (%s): %s %s")
    ("node-got-http-error-404", "real",
     "node scripts/sync-translations.js\n"
     "HTTPError: Request failed with status code 404 (Not Found): GET https://api.example.org/v1/locales/xx\n"
     + _EXIT),
    # Node's lib/_tls_wrap.js (OpenSSL's verify error text, SELF_SIGNED_CERT_IN_CHAIN)
    ("node-self-signed-in-chain", "real",
     "  ● client › reaches the gateway\n"
     "    Error: self-signed certificate in certificate chain\n"
     "      code: 'SELF_SIGNED_CERT_IN_CHAIN'\n" + _JEST_END),
    # same, UNABLE_TO_VERIFY_LEAF_SIGNATURE ("unable to verify the first certificate")
    ("node-unable-to-verify-first-cert", "real",
     "node scripts/publish-status.js\n"
     "FetchError: request to https://status.example.org/api failed, reason: unable to verify the first certificate\n"
     + _EXIT),
    # ------------------------------------------------------------------ Java / JVM
    # openjdk/jdk src/java.base/share/classes/sun/nio/ch/NioSocketImpl.java ("Read timed out")
    ("java-socket-read-timed-out", "transient",
     "[INFO] Running com.acme.billing.InvoiceClientIT\n"
     "[ERROR] fetchesInvoice  Time elapsed: 30.1 s  <<< ERROR!\n"
     "java.net.SocketTimeoutException: Read timed out\n" + _MVN_END),
    # spring-projects/spring-framework .../web/client/RestTemplate.java ("I/O error on %s request for \"%s\": %s")
    ("java-resttemplate-io-error-refused", "transient",
     "[ERROR] fetchesInvoice  Time elapsed: 2.1 s  <<< ERROR!\n"
     "org.springframework.web.client.ResourceAccessException: I/O error on GET request for "
     "\"https://billing.example.org/api/invoices/7\": Connection refused\n"
     "Caused by: java.net.ConnectException: Connection refused\n" + _MVN_END),
    # openjdk/jdk java.net.UnknownHostException carrying getaddrinfo's EAI_AGAIN text
    # (src/java.base/unix/native/libnet/Inet6AddressImpl.c)
    ("java-unknown-host-temporary", "transient",
     "[ERROR] fetchesInvoice  Time elapsed: 5.0 s  <<< ERROR!\n"
     "java.net.UnknownHostException: billing.example.org: Temporary failure in name resolution\n" + _MVN_END),
    # openjdk/jdk sun/security/validator/PKIXValidator.java ("PKIX path building failed")
    ("java-pkix-path-building-failed", "real",
     "[ERROR] fetchesInvoice  Time elapsed: 1.3 s  <<< ERROR!\n"
     "javax.net.ssl.SSLHandshakeException: PKIX path building failed: "
     "sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to "
     "requested target\n" + _MVN_END),
    # apache/httpcomponents-client 4.x DefaultHttpResponseParser ("The target server failed to respond")
    ("java-apache-no-http-response", "transient",
     "[ERROR] uploadsReport  Time elapsed: 12.4 s  <<< ERROR!\n"
     "org.apache.http.NoHttpResponseException: reports.example.org:443 failed to respond\n" + _MVN_END),
    # netty/netty transport-native-unix-common .../unix/Errors.java ("%s(..) failed: %s")
    ("java-netty-reset-by-peer", "transient",
     "[ERROR] streamsEvents  Time elapsed: 8.8 s  <<< ERROR!\n"
     "io.netty.channel.unix.Errors$NativeIoException: recvAddress(..) failed: Connection reset by peer\n" + _MVN_END),
    # reactor/reactor-netty .../http/client/PrematureCloseException.java
    # ("Connection prematurely closed BEFORE response")
    ("java-reactor-premature-close", "transient",
     "[ERROR] streamsEvents  Time elapsed: 3.2 s  <<< ERROR!\n"
     "org.springframework.web.reactive.function.client.WebClientRequestException: Connection prematurely closed "
     "BEFORE response\n"
     "Caused by: reactor.netty.http.client.PrematureCloseException: Connection prematurely closed BEFORE response\n"
     + _MVN_END),
    # square/okhttp okhttp/.../http1/Http1ExchangeCodec.kt ("unexpected end of stream on %s")
    ("java-okhttp-unexpected-end-of-stream", "transient",
     "> Task :app:testDebugUnitTest\n"
     "com.acme.api.SyncClientTest > pullsFeed FAILED\n"
     "    java.io.IOException: unexpected end of stream on https://api.example.org/...\n"
     "        Caused by: java.io.EOFException: \\n not found: limit=0 content=…\n"
     "FAILURE: Build failed with an exception.\n" + _EXIT),
    # square/okhttp okhttp/.../http2/StreamResetException.kt ("stream was reset: %s")
    ("java-okhttp-stream-reset", "transient",
     "> Task :app:testDebugUnitTest\n"
     "com.acme.api.SyncClientTest > pullsFeed FAILED\n"
     "    okhttp3.internal.http2.StreamResetException: stream was reset: REFUSED_STREAM\n"
     "FAILURE: Build failed with an exception.\n" + _EXIT),
    # spring-projects/spring-framework .../web/client/HttpServerErrorException.java and
    # HttpClientErrorException.java (the status code and reason as the message)
    ("java-spring-server-error-503", "transient",
     "[ERROR] fetchesInvoice  Time elapsed: 1.0 s  <<< ERROR!\n"
     "org.springframework.web.client.HttpServerErrorException$ServiceUnavailable: 503 Service Unavailable: "
     "\"<html><body>upstream unavailable</body></html>\"\n" + _MVN_END),
    ("java-spring-client-error-404", "real",
     "[ERROR] fetchesInvoice  Time elapsed: 1.0 s  <<< ERROR!\n"
     "org.springframework.web.client.HttpClientErrorException$NotFound: 404 Not Found: \"{\"error\":\"no route\"}\"\n"
     + _MVN_END),
    # ------------------------------------------------------------------ Go net/http
    # golang/go src/net/http/client.go ("(Client.Timeout exceeded while awaiting headers)")
    ("go-client-timeout-awaiting-headers", "transient",
     "--- FAIL: TestFetchRelease (30.01s)\n"
     "    fetch_test.go:41: Get \"https://api.example.org/releases\": context deadline exceeded (Client.Timeout "
     "exceeded while awaiting headers)\n" + _GO_END),
    # golang.org/x/net http2/transport.go and src/net/http/h2_bundle.go GoAwayError
    # ("http2: server sent GOAWAY and closed the connection; LastStreamID=%v, ErrCode=%v, debug=%q")
    ("go-http2-goaway", "transient",
     "--- FAIL: TestListArtifacts (4.51s)\n"
     "    list_test.go:77: Get \"https://artifacts.example.org/v1/list\": http2: server sent GOAWAY and closed the "
     "connection; LastStreamID=1999, ErrCode=NO_ERROR, debug=\"\"\n" + _GO_END),
    # src/crypto/x509/verify.go UnknownAuthorityError ("x509: certificate signed by unknown authority")
    ("go-x509-unknown-authority", "real",
     "--- FAIL: TestFetchRelease (0.21s)\n"
     "    fetch_test.go:41: Get \"https://api.example.org/releases\": tls: failed to verify certificate: x509: "
     "certificate signed by unknown authority\n" + _GO_END),
    # ------------------------------------------------------------------ .NET HttpClient
    # dotnet/runtime src/libraries/System.Net.Http/src/Resources/Strings.resx net_http_request_timedout
    # ("The request was canceled due to the configured HttpClient.Timeout of {0} seconds elapsing.")
    ("dotnet-httpclient-timeout", "transient",
     "  Failed Acme.Api.Tests.CatalogClientTests.ListsProducts [100 s]\n"
     "  Error Message:\n"
     "   System.Threading.Tasks.TaskCanceledException : The request was canceled due to the configured "
     "HttpClient.Timeout of 100 seconds elapsing.\n"
     "---- System.TimeoutException : A task was canceled.\n" + _DOTNET_END),
    # Strings.resx net_http_client_execution_error ("An error occurred while sending the request.") around
    # System.Net.Sockets SocketException with the OS text
    ("dotnet-http-request-connection-refused", "transient",
     "  Failed Acme.Api.Tests.CatalogClientTests.ListsProducts [2 s]\n"
     "  Error Message:\n"
     "   System.Net.Http.HttpRequestException : Connection refused (catalog.example.org:443)\n"
     "---- System.Net.Sockets.SocketException : Connection refused\n" + _DOTNET_END),
    # Strings.resx net_http_message_not_success_statuscode_reason ("Response status code does not indicate
    # success: {0} ({1}).")
    ("dotnet-status-503", "transient",
     "  Failed Acme.Api.Tests.CatalogClientTests.ListsProducts [1 s]\n"
     "  Error Message:\n"
     "   System.Net.Http.HttpRequestException : Response status code does not indicate success: 503 "
     "(Service Unavailable).\n" + _DOTNET_END),
    ("dotnet-status-401", "real",
     "  Failed Acme.Api.Tests.CatalogClientTests.ListsProducts [1 s]\n"
     "  Error Message:\n"
     "   System.Net.Http.HttpRequestException : Response status code does not indicate success: 401 "
     "(Unauthorized).\n" + _DOTNET_END),
    # Strings.resx net_http_ssl_connection_failed and System.Net.Security net_ssl_io_cert_chain_validation
    # ("The remote certificate is invalid because of errors in the certificate chain: %s")
    ("dotnet-ssl-untrusted-root", "real",
     "  Failed Acme.Api.Tests.CatalogClientTests.ListsProducts [1 s]\n"
     "  Error Message:\n"
     "   System.Net.Http.HttpRequestException : The SSL connection could not be established, see inner exception.\n"
     "---- System.Security.Authentication.AuthenticationException : The remote certificate is invalid because of "
     "errors in the certificate chain: UntrustedRoot\n" + _DOTNET_END),
    # ------------------------------------------------------------------ Ruby
    # ruby/net-http lib/net/protocol.rb (Net::ReadTimeout "with %s")
    ("ruby-net-read-timeout", "transient",
     "  1) Acme::Client fetches the catalogue\n"
     "     Failure/Error: response = http.request(req)\n"
     "     Net::ReadTimeout:\n"
     "       Net::ReadTimeout with #<TCPSocket:(closed)>\n" + _RSPEC_END),
    # lostisland/faraday lib/faraday/error.rb ConnectionFailed around ruby/net-http lib/net/http.rb
    # ("Failed to open TCP connection to %s:%s (%s)") and Errno::ECONNREFUSED
    ("ruby-faraday-connection-failed-refused", "transient",
     "  1) Acme::Client fetches the catalogue\n"
     "     Failure/Error: conn.get('/v1/catalogue')\n"
     "     Faraday::ConnectionFailed:\n"
     "       Failed to open TCP connection to catalogue.example.org:443 (Connection refused - connect(2) for "
     "\"catalogue.example.org\" port 443)\n" + _RSPEC_END),
    # ruby/ruby ext/socket/raddrinfo.c (SocketError "getaddrinfo: %s") with EAI_AGAIN
    ("ruby-getaddrinfo-temporary", "transient",
     "bundle exec rake docs:publish\n"
     "rake aborted!\n"
     "SocketError: Failed to open TCP connection to docs.example.org:443 (getaddrinfo: Temporary failure in name "
     "resolution)\n" + _EXIT),
    # ruby/openssl ext/openssl/ossl_ssl.c ("SSL_connect returned=%d errno=%d peeraddr=%s state=%s: %s")
    ("ruby-openssl-verify-failed", "real",
     "  1) Acme::Client fetches the catalogue\n"
     "     Failure/Error: conn.get('/v1/catalogue')\n"
     "     Faraday::SSLError:\n"
     "       SSL_connect returned=1 errno=0 peeraddr=203.0.113.7:443 state=error: certificate verify failed "
     "(unable to get local issuer certificate)\n" + _RSPEC_END),
    # faraday lib/faraday/error.rb ("the server responded with status %s for %s %s")
    ("ruby-faraday-server-error-502", "transient",
     "  1) Acme::Client fetches the catalogue\n"
     "     Failure/Error: conn.get('/v1/catalogue')\n"
     "     Faraday::ServerError:\n"
     "       the server responded with status 502 for GET https://catalogue.example.org/v1/catalogue\n" + _RSPEC_END),
    ("ruby-faraday-resource-not-found", "real",
     "  1) Acme::Client fetches the catalogue\n"
     "     Failure/Error: conn.get('/v1/catalog')\n"
     "     Faraday::ResourceNotFound:\n"
     "       the server responded with status 404 for GET https://catalogue.example.org/v1/catalog\n" + _RSPEC_END),
    # ------------------------------------------------------------------ Rust: reqwest / hyper
    # seanmonstar/reqwest src/error.rs ("error sending request" " for url (%s)") around hyper's
    # "connection closed before message completed" (hyperium/hyper src/error.rs)
    ("rust-reqwest-connection-closed", "transient",
     "---- client::tests::pulls_index stdout ----\n"
     "thread 'client::tests::pulls_index' panicked at src/client.rs:212:10:\n"
     "called `Result::unwrap()` on an `Err` value: reqwest::Error { kind: Request, url: "
     "\"https://index.example.org/config.json\", source: hyper::Error(IncompleteMessage) }\n"
     "error sending request for url (https://index.example.org/config.json): connection closed before message "
     "completed\n" + _CARGO_END),
    # src/error.rs ("HTTP status server error (%s %s) for url (%s)")
    ("rust-reqwest-status-server-error", "transient",
     "Run cargo run --bin fetch-fixtures\n"
     "Error: HTTP status server error (503 Service Unavailable) for url (https://fixtures.example.org/v1/all.tar.gz)\n"
     + _EXIT),
    ("rust-reqwest-status-client-error", "real",
     "Run cargo run --bin fetch-fixtures\n"
     "Error: HTTP status client error (404 Not Found) for url (https://fixtures.example.org/v1/al.tar.gz)\n"
     + _EXIT),
    # ------------------------------------------------------------------ PHP: Guzzle
    # guzzle/guzzle src/Handler/CurlFactory.php ("cURL error %s: %s (%s)") with curl's errno 28
    ("php-guzzle-curl-28", "transient",
     "1) Tests\\Integration\\WebhookTest::testDelivers\n"
     "GuzzleHttp\\Exception\\ConnectException: cURL error 28: Operation timed out after 30001 milliseconds with 0 "
     "bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://hooks.example.org/in\n"
     + _PHPUNIT_END),
    # same, errno 60 (an untrusted certificate)
    ("php-guzzle-curl-60", "real",
     "1) Tests\\Integration\\WebhookTest::testDelivers\n"
     "GuzzleHttp\\Exception\\RequestException: cURL error 60: SSL certificate problem: unable to get local issuer "
     "certificate (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://hooks.example.org/in\n"
     + _PHPUNIT_END),
    # src/Exception/RequestException.php ("%s: `%s %s` resulted in a `%s %s` response")
    ("php-guzzle-server-exception-503", "transient",
     "1) Tests\\Integration\\WebhookTest::testDelivers\n"
     "GuzzleHttp\\Exception\\ServerException: Server error: `POST https://hooks.example.org/in` resulted in a "
     "`503 Service Unavailable` response\n" + _PHPUNIT_END),
    ("php-guzzle-client-exception-403", "real",
     "1) Tests\\Integration\\WebhookTest::testDelivers\n"
     "GuzzleHttp\\Exception\\ClientException: Client error: `POST https://hooks.example.org/in` resulted in a "
     "`403 Forbidden` response\n" + _PHPUNIT_END),
    # ------------------------------------------------------------------ curl and wget
    # curl/curl src/tool_operate.c ("curl: (%d) %s") with lib/vdns/hostip.c ("Could not resolve %s: %s")
    ("curl-6-could-not-resolve", "transient",
     "+ curl -fsSL https://get.example.org/install.sh -o install.sh\n"
     "curl: (6) Could not resolve host: get.example.org\n" + _SH_END),
    # lib/cf-ip-happy.c ("Failed to connect to %s:%u after %d ms: %s")
    # (twentieth round, leftovers20) was transient: a one-shot curl to the job's own loopback host with no start or wait
    # of the server in sight reads real (curl-own-loopback-server); with a wait or a start above it, the app-readiness
    # family reads it (test_rules20_leftovers.py)
    ("curl-7-failed-to-connect-starting-service", "real",
     "+ curl -fsS http://localhost:8080/healthz\n"
     "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server\n" + _SH_END),
    # lib/multi.c ("Operation timed out after %d milliseconds with %d out of %d bytes received")
    ("curl-28-operation-timed-out", "transient",
     "+ curl -fsSL --max-time 60 https://downloads.example.org/tool-1.2.3.tar.gz -o tool.tar.gz\n"
     "curl: (28) Operation timed out after 60000 milliseconds with 1048576 out of 9437184 bytes received\n" + _SH_END),
    # lib/vtls/openssl.c ("OpenSSL SSL_connect: %s in connection to %s:%d")
    ("curl-35-ssl-syscall", "transient",
     "+ curl -fsSL https://downloads.example.org/tool-1.2.3.tar.gz -o tool.tar.gz\n"
     "curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to downloads.example.org:443\n" + _SH_END),
    # lib/cf-socket.c ("Recv failure: %s")
    ("curl-56-recv-failure", "transient",
     "+ curl -fsSL https://downloads.example.org/tool-1.2.3.tar.gz -o tool.tar.gz\n"
     "curl: (56) Recv failure: Connection reset by peer\n" + _SH_END),
    # lib/http.c ("The requested URL returned error: %d")
    ("curl-22-returned-503", "transient",
     "+ curl -fsSL https://downloads.example.org/tool-1.2.3.tar.gz -o tool.tar.gz\n"
     "curl: (22) The requested URL returned error: 503\n" + _SH_END),
    ("curl-22-returned-404", "real",
     "+ curl -fsSL https://downloads.example.org/tool-9.9.9.tar.gz -o tool.tar.gz\n"
     "curl: (22) The requested URL returned error: 404\n" + _SH_END),
    ("curl-22-returned-401", "real",
     "+ curl -fsSL -H 'Authorization: Bearer ***' https://api.example.org/v1/deploy -d @payload.json\n"
     "curl: (22) The requested URL returned error: 401\n" + _SH_END),
    # lib/vtls/openssl.c ("SSL certificate problem: %s")
    ("curl-60-self-signed", "real",
     "+ curl -fsSL https://internal.example.org/bootstrap.sh -o bootstrap.sh\n"
     "curl: (60) SSL certificate problem: self-signed certificate\n"
     "More details here: https://curl.se/docs/sslcerts.html\n" + _SH_END),
    # lib/http2.c ("HTTP/2 stream %u was not closed cleanly: %s (err %u)")
    ("curl-92-http2-stream-not-closed", "transient",
     "+ curl -fsSL https://downloads.example.org/tool-1.2.3.tar.gz -o tool.tar.gz\n"
     "curl: (92) HTTP/2 stream 1 was not closed cleanly: INTERNAL_ERROR (err 2)\n" + _SH_END),
    # lib/urlapi.c / lib/url.c ("URL rejected: %s")
    ("curl-3-url-rejected", "real",
     "+ curl -fsSL https://downloads.example.org/tool-${VERSION .tar.gz -o tool.tar.gz\n"
     "curl: (3) URL rejected: Malformed input to a URL function\n" + _SH_END),
    # GNU wget src/http.c ("ERROR %d: %s.")
    ("wget-error-503", "transient",
     "+ wget -q https://mirror.example.org/dist/tool-1.2.3.tar.xz\n"
     "--2026-01-01 10:00:00--  https://mirror.example.org/dist/tool-1.2.3.tar.xz\n"
     "HTTP request sent, awaiting response... 503 Service Unavailable\n"
     "2026-01-01 10:00:01 ERROR 503: Service Unavailable.\n" + _SH_END),
    ("wget-error-404", "real",
     "+ wget https://mirror.example.org/dist/tool-9.9.9.tar.xz\n"
     "HTTP request sent, awaiting response... 404 Not Found\n"
     "2026-01-01 10:00:01 ERROR 404: Not Found.\n" + _SH_END),
    # src/retr.c ("Read error at byte %s/%s (%s). ")
    ("wget-read-error", "transient",
     "+ wget https://mirror.example.org/dist/tool-1.2.3.tar.xz\n"
     "Length: 9437184 (9.0M) [application/x-xz]\n"
     "2026-01-01 10:00:31 (120 KB/s) - Read error at byte 3145728/9437184 (Connection reset by peer). Giving up.\n"
     + _SH_END),
    # src/openssl.c ("ERROR: cannot verify %s's certificate, issued by %s:")
    ("wget-cannot-verify-certificate", "real",
     "+ wget https://internal.example.org/bootstrap.sh\n"
     "ERROR: cannot verify internal.example.org's certificate, issued by 'CN=Acme Internal CA':\n"
     "  Unable to locally verify the issuer's authority.\n"
     "To connect to internal.example.org insecurely, use `--no-check-certificate'.\n" + _SH_END),
    # ------------------------------------------------------------------ near-misses: the test's own failure
    # a test named for the network that fails on a plain assertion after a successful (mocked) request
    ("py-retry-test-assertion", "real",
     "tests/test_client.py::test_retries_on_connection_reset FAILED\n"
     "E   AssertionError: assert 2 == 3\n"
     "E    +  where 2 = <MagicMock name='session.get' id='140'>.call_count\n" + _PYTEST_END),
    # getsentry/responses responses/__init__.py ("Connection refused by Responses - the call doesn't match any
    # registered mock.")
    ("py-responses-unmatched-mock", "real",
     "tests/test_client.py::test_list_projects FAILED\n"
     "E   requests.exceptions.ConnectionError: Connection refused by Responses - the call doesn't match any "
     "registered mock.\n"
     "E   Request: \n"
     "E   - GET https://api.example.org/v1/projects?page=2\n" + _PYTEST_END),
    # pnuckowski/aioresponses aioresponses/core.py ("Connection refused: %s %s" when no mock matches)
    ("py-aioresponses-unmatched-mock", "real",
     "tests/test_crawler.py::test_fetch_many FAILED\n"
     "E   aiohttp.client_exceptions.ClientConnectionError: Connection refused: GET https://api.example.org/v1/feed?page=3\n"
     + _PYTEST_END),
    # lundberg/respx respx/models.py AllMockedAssertionError ("RESPX: %r not mocked!")
    ("py-respx-not-mocked", "real",
     "tests/test_client.py::test_list_projects FAILED\n"
     "E   respx.models.AllMockedAssertionError: RESPX: <Request('GET', 'https://api.example.org/v1/projects')> not "
     "mocked!\n" + _PYTEST_END),
    # miketheman/pytest-socket pytest_socket.py SocketBlockedError ("A test tried to use socket.socket.")
    ("py-pytest-socket-blocked", "real",
     "tests/test_client.py::test_list_projects FAILED\n"
     "E   pytest_socket.SocketBlockedError: A test tried to use socket.socket.\n" + _PYTEST_END),
    # nock/nock lib/intercept.js NetConnectNotAllowedError ("Nock: Disallowed net connect for \"%s%s\"",
    # code ENETUNREACH)
    ("node-nock-disallowed-net-connect", "real",
     "  ● api › lists invoices\n"
     "    NetConnectNotAllowedError: Nock: Disallowed net connect for \"api.example.org:443/v1/invoices?limit=50\"\n"
     "      code: 'ENETUNREACH'\n" + _JEST_END),
    # bblimke/webmock lib/webmock/errors.rb NetConnectNotAllowedError ("Real HTTP connections are disabled.
    # Unregistered request: %s")
    ("ruby-webmock-net-connect-not-allowed", "real",
     "  1) Acme::Client fetches the catalogue\n"
     "     Failure/Error: conn.get('/v1/catalogue')\n"
     "     WebMock::NetConnectNotAllowedError:\n"
     "       Real HTTP connections are disabled. Unregistered request: GET https://catalogue.example.org/v1/catalogue "
     "with headers {'Accept'=>'*/*'}\n" + _RSPEC_END),
    # jamielennox/requests-mock requests_mock/exceptions.py NoMockAddress ("No mock address: %s %s"), a
    # ConnectionError subclass
    ("py-requests-mock-no-mock-address", "real",
     "tests/test_client.py::test_list_projects FAILED\n"
     "E   requests_mock.exceptions.NoMockAddress: No mock address: GET https://api.example.org/v1/projects?page=2\n"
     + _PYTEST_END),
    # a jest test named for a reset, failing on its expectation
    ("node-retry-test-expectation", "real",
     "  ● client › retries on ECONNRESET\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "    Expected: 3\n"
     "    Received: 2\n" + _JEST_END),
    # a Go test that checks the error text it got against the one it wants
    ("go-error-text-test-want-got", "real",
     "--- FAIL: TestClientErrorWrapping (0.05s)\n"
     "    client_test.go:64: err = Get \"http://127.0.0.1:39211/slow\": context deadline exceeded, want error "
     "containing \"Client.Timeout exceeded\"\n" + _GO_END),
    # a Rust test named for a timeout, panicking on assert_eq
    ("rust-timeout-test-assert-eq", "real",
     "---- client::tests::retries_after_timeout stdout ----\n"
     "thread 'client::tests::retries_after_timeout' panicked at src/client.rs:301:9:\n"
     "assertion `left == right` failed\n"
     "  left: 2\n"
     " right: 3\n" + _CARGO_END),
    # rspec raise_error matcher with a network error class as the expectation
    ("ruby-expected-connection-failed-got-other", "real",
     "  1) Acme::Client when the catalogue is down raises a connection error\n"
     "     Failure/Error: expect { client.catalogue }.to raise_error(Faraday::ConnectionFailed)\n"
     "       expected Faraday::ConnectionFailed, got #<NoMethodError: undefined method `body' for nil> with backtrace:\n"
     + _RSPEC_END),
    # JUnit 5 assertThrows naming a network exception as the expected type
    ("java-assert-throws-socket-timeout", "real",
     "[ERROR] InvoiceClientTest.timesOutSlowServer  Time elapsed: 0.4 s  <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: Unexpected exception type thrown, expected: "
     "<java.net.SocketTimeoutException> but was: <java.lang.IllegalStateException>\n"
     "[ERROR] Tests run: 9, Failures: 1, Errors: 0, Skipped: 0\n[ERROR] BUILD FAILURE\n" + _EXIT),
    # xUnit Assert.Throws naming HttpRequestException
    ("dotnet-assert-throws-http-request", "real",
     "  Failed Acme.Api.Tests.CatalogClientTests.ThrowsWhenDown [12 ms]\n"
     "  Error Message:\n"
     "   Assert.Throws() Failure: Exception type was not an exact match\n"
     "Expected: typeof(System.Net.Http.HttpRequestException)\n"
     "Actual:   typeof(System.NullReferenceException)\n" + _DOTNET_END),
    # a Python doctest whose expected output holds the network error text
    ("py-doctest-expected-network-error", "real",
     "002 >>> fetch('https://api.example.org/v1/down')\n"
     "Expected:\n"
     "    Traceback (most recent call last):\n"
     "    requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.example.org', port=443): Max retries "
     "exceeded with url: /v1/down\n"
     "Got:\n"
     "    None\n"
     "src/acme/client.py:12: DocTestFailure\n" + _PYTEST_END),
    # a snapshot test whose stored output holds the network error text
    ("node-snapshot-with-network-text", "real",
     "  ● cli › prints a friendly error when offline\n"
     "    expect(received).toMatchSnapshot()\n"
     "    - Snapshot  - 1\n"
     "    + Received  + 1\n"
     "    - \"Could not reach the registry (getaddrinfo EAI_AGAIN registry.example.org). Check your connection.\"\n"
     "    + \"Could not reach the registry. Check your connection.\"\n"
     " › 1 snapshot failed.\n" + _JEST_END),
    # a Go httptest handler test asserting the status its own code returned
    ("go-handler-test-status-503", "real",
     "--- FAIL: TestHealthHandler (0.00s)\n"
     "    health_test.go:29: GET /healthz: got status 503 Service Unavailable, want 200\n" + _GO_END),
]

# Outage words whose log may as well show a persistent cause: not read transient with confidence.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # Node's lib/internal/errors.js dnsException ("getaddrinfo ENOTFOUND %s") on a made-up service name
    ("node-getaddrinfo-enotfound-service",
     "  ● db › connects\n"
     "    Error: getaddrinfo ENOTFOUND mongo\n"
     "        at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26)\n" + _JEST_END),
    # Node's lib/net.js ("connect ECONNREFUSED %s:%s") against the app the job started, whose own start-up
    # failed on the change just above
    ("node-econnrefused-app-crashed",
     "> node server.js &\n"
     "Error: Cannot find module './routes/userz'\n"
     "Require stack:\n"
     "- /home/runner/work/app/app/server.js\n"
     "  ● e2e › lists users\n"
     "    Error: connect ECONNREFUSED 127.0.0.1:3000\n" + _JEST_END),
    # curl lib/cf-ip-happy.c: nothing listening on the port the job's own server was to open, and the
    # server's log just above says it exited on its configuration
    ("curl-7-local-server-exited",
     "+ ./bin/server --config ci/server.yaml &\n"
     "server: error: config: unknown key \"listen_adress\"\n"
     "+ sleep 5\n"
     "+ curl -fsS http://localhost:8080/healthz\n"
     "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server\n" + _SH_END),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_tool_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_outage_words_with_a_persistent_cause_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Connection prematurely closed BEFORE response ",
    "unexpected end of stream on https://x/ ",
    "stream was reset: REFUSED_STREAM ",
    "Connection refused by Responses - the call doesn't match ",
    "ClientConnectionError: Connection refused: GET https://x ",
    "RESPX: <Request('GET', 'https://x')> ",
    "Real HTTP connections are disabled. Unregistered request: ",
    "curl: (3) URL rejected: Malformed input ",
    "x.py:12: DocTestFailure ",
    "expect(received).toMatchSnapshot( ",
    "client_test.go:64: err = x, want error containing ",
    "The remote certificate is invalid because of errors in the certificate chain: ",
]
