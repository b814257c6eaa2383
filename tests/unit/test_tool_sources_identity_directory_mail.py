"""Fifteenth round, tool sources: identity providers, directories and mail test servers that CI jobs start
or call. Keycloak (its Quarkus start line, the admin CLI kcadm, python-keycloak, testcontainers-keycloak's
health wait), OpenID Connect clients of Dex / oauth2-proxy / mock-oauth2-server (go-oidc's discovery and
JWKS fetches, golang.org/x/oauth2's token errors, PyJWT's and jwks-rsa's key clients), hosted tenants
(Auth0's and Okta's management APIs), SAML (xmlsec1, python3-saml, ruby-saml), LDAP (OpenLDAP's clients,
python-ldap, ldap3, JNDI, UnboundID's in-memory server), Samba's AD DC, Kerberos (MIT kinit, the JDK's
Krb5LoginModule) and mail test servers (GreenMail, MailHog, Mailpit) with imaplib.

Each case is a short log written for the test around one message as the tool prints it. The wording was
read from the tools' own source where it is open (the comment above each case names the repository and
file holding the format string); Auth0's and Okta's hosted APIs are closed and rest on their
documentation (error codes and bodies) and on their open SDKs and Terraform providers that relay them;
hosts, realms, DNs and paths are made up; no project's CI log is copied. SMTP replies (421/535/550),
smtplib's disconnect and nodemailer's greeting timeout are in test_tool_sources_net_tunnels_remote.py, a
Kerberos or SAML clock skew in test_tool_sources_clocks_time_certs.py: not repeated here.

The rules the cases hold:
  * a directory, KDC, IdP or mail catcher that is not reachable yet (connection refused or timed out while
    its container starts: "Can't contact LDAP server (-1)", "Cannot contact any KDC for realm", go-oidc's
    discovery or JWKS fetch refused, a Keycloak health wait that ran out, GreenMail's start timeout), a
    hosted tenant's 429 or 5xx -> transient;
  * refused credentials (invalid_grant "Invalid user credentials", invalid_client, unauthorized_client,
    LDAP 49, Kerberos preauthentication), a realm, DN, principal or URL that does not exist (404 from a
    discovery URL, LDAP 32, "Client not found in Kerberos database"), an issuer mismatch, a signature that
    does not verify, "Server is unwilling to perform", a provisioning or server-config error -> real;
  * a mail catcher's "expected 1 message, got 0" (often the mail was sent asynchronously and the test read
    the inbox too early; as often the code sent nothing), GreenMail's wait that returned false, a SAML
    "NotBefore" (an IdP container's clock ahead, or a fixture dated ahead) -> not surely transient.
  * near-misses: an application's own auth test asserting a 401, a test named for LDAP timeouts, a
    pytest.raises about a directory outage, an application's log line about a JWKS fetch -> real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GITLAB = "ERROR: Job failed: exit code 1\n"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== Keycloak
    # keycloak/keycloak integration/client-cli (kcadm's login: "Logging into %s as user %s of realm %s", the
    # token endpoint's error_description and error in brackets, as the CLI's own test expects it) (checked)
    ("kcadm-invalid-user-credentials", "real",
     "+ /opt/keycloak/bin/kcadm.sh config credentials --server http://localhost:8080 --realm master --user admin --password \"$KC_PASS\"\n"
     "Logging into http://localhost:8080 as user admin of realm master\n"
     "Invalid user credentials [invalid_grant]\n"
     + _EXIT),
    # keycloak/keycloak integration/client-cli HttpUtil.java ("Resource not found for url: " + url on a 404) (checked)
    ("kcadm-resource-not-found-realm", "real",
     "+ kcadm.sh create clients -r ci-realm -f clients/web.json\n"
     "Resource not found for url: http://localhost:8080/admin/realms/ci-realm/clients\n"
     + _CIRCLE),
    # keycloak/keycloak's token endpoint (AuthenticationManager / the direct grant's "Account is not fully set
    # up" for a user with required actions) as python-keycloak relays the body (checked: wording)
    ("python-keycloak-account-not-fully-set-up", "real",
     "tests/e2e/test_login.py::test_password_grant FAILED\n"
     "E   keycloak.exceptions.KeycloakAuthenticationError: 400: b'{\"error\":\"invalid_grant\",\"error_description\":\"Account is not fully set up\"}'\n"
     "FAILED tests/e2e/test_login.py::test_password_grant - keycloak.exceptions.KeycloakAuthenticationError: 400: b'{\"error\":\"invalid_grant\",\"error_description\":\"Account is not fully set up\"}'\n"
     "========================= 1 failed, 12 passed in 9.81s =========================\n"
     + _EXIT),
    # marcospereirampj/python-keycloak src/keycloak/exceptions.py (raise_error_from_response: "%s: %s" of the
    # status and body) with the token endpoint's 401 for a wrong password
    ("python-keycloak-401-invalid-user-credentials", "real",
     "Traceback (most recent call last):\n"
     '  File "/src/scripts/seed_realm.py", line 22, in <module>\n'
     "    admin = KeycloakAdmin(server_url=URL, username='admin', password=PW, realm_name='master')\n"
     "keycloak.exceptions.KeycloakAuthenticationError: 401: b'{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}'\n"
     + _GITLAB),
    # keycloak's admin REST API for a realm it does not have (RealmsAdminResource: "Realm not found.")
    ("python-keycloak-realm-not-found", "real",
     "Traceback (most recent call last):\n"
     '  File "/src/scripts/seed_realm.py", line 30, in <module>\n'
     "    admin.create_client(payload)\n"
     "keycloak.exceptions.KeycloakPostError: 404: b'{\"error\":\"Realm not found.\"}'\n"
     + _GITLAB),
    # python-keycloak exceptions.py KeycloakConnectionError("Can't connect to server (%s)") while the
    # container is still starting
    ("python-keycloak-cant-connect-starting", "transient",
     "Waiting for keycloak service container...\n"
     "Traceback (most recent call last):\n"
     '  File "/src/scripts/seed_realm.py", line 22, in <module>\n'
     "    admin = KeycloakAdmin(server_url=URL, username='admin', password=PW, realm_name='master')\n"
     "keycloak.exceptions.KeycloakConnectionError: Can't connect to server (HTTPConnectionPool(host='keycloak', port=8080): Max retries exceeded with url: /realms/master/protocol/openid-connect/token (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a2c1d5e10>: Failed to establish a new connection: [Errno 111] Connection refused')))\n"
     + _GITLAB),
    # python-keycloak's KeycloakGetError with the server's 503 while it restarts
    ("python-keycloak-503-service-unavailable", "transient",
     "Traceback (most recent call last):\n"
     '  File "/src/scripts/seed_realm.py", line 41, in <module>\n'
     "    users = admin.get_users({})\n"
     "keycloak.exceptions.KeycloakGetError: 503: b'<html><body><h1>503 Service Unavailable</h1>No server is available to handle this request.</body></html>'\n"
     + _GITLAB),
    # testcontainers/testcontainers-java HttpWaitStrategy ("Timed out waiting for URL to be accessible (%s should
    # return HTTP %s)") as dasniko/testcontainers-keycloak's wait on /health/started runs out (checked)
    ("testcontainers-keycloak-health-wait-timeout", "transient",
     "[INFO] Running com.example.auth.LoginIT\n"
     "12:01:44.102 [main] INFO  tc.quay.io/keycloak/keycloak:24.0 -- Creating container for image: quay.io/keycloak/keycloak:24.0\n"
     "12:03:44.318 [main] ERROR tc.quay.io/keycloak/keycloak:24.0 -- Could not start container\n"
     "org.testcontainers.containers.ContainerLaunchException: Timed out waiting for URL to be accessible (http://localhost:32781/health/started should return HTTP 200)\n"
     "[ERROR] Tests run: 1, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 121.4 s <<< FAILURE! - in com.example.auth.LoginIT\n"
     "[ERROR] BUILD FAILURE\n"
     + _EXIT),
    # keycloak/keycloak quarkus/runtime ExecutionExceptionHandler ("ERROR: Failed to start server in (%s) mode")
    # with its HTTPS check ("Key material not provided to setup HTTPS. ...") (checked: wording)
    ("keycloak-start-key-material-not-provided", "real",
     "Updating the configuration and installing your custom providers, if any. Please wait.\n"
     "2026-03-01 10:00:12,114 ERROR [org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler] (main) ERROR: Failed to start server in (production) mode\n"
     "2026-03-01 10:00:12,115 ERROR [org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler] (main) ERROR: Key material not provided to setup HTTPS. Please configure your keys/certificates or start the server in development mode.\n"
     "keycloak exited with code 1\n"
     + _EXIT),
    # a wait loop around Keycloak's start that ran out while the port refused (curl's "Failed to connect")
    ("keycloak-wait-loop-connection-refused", "transient",
     "Waiting for Keycloak on http://localhost:8080/health/ready ...\n"
     "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused\n"
     "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused\n"
     "Keycloak did not become ready within 120 seconds\n"
     + _EXIT),
    # ================================================================== OIDC clients, IdPs, tenants
    # coreos/go-oidc oidc/oidc.go (NewProvider: "%s: %s" of the status and body on a non-200) as an app wraps
    # it ("failed to get provider: %v"): a wrong issuer URL (checked)
    ("go-oidc-provider-404", "real",
     "--- FAIL: TestLoginFlow (0.02s)\n"
     "    login_test.go:41: failed to get provider: 404 Not Found: 404 page not found\n"
     "FAIL\n"
     "FAIL\texample.org/app/auth\t0.311s\n"
     + _EXIT),
    # go-oidc NewProvider: the discovery GET refused while Dex's container starts
    ("go-oidc-provider-connection-refused", "transient",
     "2026/03/01 10:02:11 starting api against issuer http://dex:5556/dex\n"
     "2026/03/01 10:02:11 failed to get provider: Get \"http://dex:5556/dex/.well-known/openid-configuration\": dial tcp 172.18.0.4:5556: connect: connection refused\n"
     "exit status 1\n"
     + _EXIT),
    ("go-oidc-provider-timeout", "transient",
     "2026/03/01 10:02:11 starting api against issuer https://login.example.org/realms/ci\n"
     "2026/03/01 10:02:41 failed to get provider: Get \"https://login.example.org/realms/ci/.well-known/openid-configuration\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)\n"
     "exit status 1\n"
     + _EXIT),
    # go-oidc oidc/oidc.go ("oidc: issuer did not match the issuer returned by provider, expected %q got %q") (checked)
    ("go-oidc-issuer-mismatch", "real",
     "2026/03/01 10:02:11 starting api against issuer http://localhost:5556/dex\n"
     "2026/03/01 10:02:11 failed to get provider: oidc: issuer did not match the issuer returned by provider, expected \"http://localhost:5556/dex\" got \"http://dex:5556/dex\"\n"
     "exit status 1\n"
     + _EXIT),
    # go-oidc oidc/jwks.go ("fetching keys %w", "oidc: get keys failed: %s %s") with the JWKS fetch timing out
    ("go-oidc-jwks-fetch-timeout", "transient",
     "=== RUN   TestVerifyToken\n"
     "    verify_test.go:58: verify: failed to verify signature: fetching keys oidc: get keys failed: Get \"http://mock-oauth2:8080/default/jwks\": dial tcp 172.18.0.5:8080: i/o timeout\n"
     "--- FAIL: TestVerifyToken (30.01s)\n"
     "FAIL\n"
     + _EXIT),
    # go-oidc oidc/verify.go ("oidc: token is expired (Token Expiry: %v)"): a fixture token the test keeps
    ("go-oidc-token-expired-fixture", "real",
     "=== RUN   TestVerifyFixtureToken\n"
     "    verify_test.go:77: verify: oidc: token is expired (Token Expiry: 2025-12-31 23:59:59 +0000 UTC)\n"
     "--- FAIL: TestVerifyFixtureToken (0.00s)\n"
     "FAIL\n"
     + _EXIT),
    # oauth2-proxy/oauth2-proxy pkg/providers/oidc/provider_verifier.go ("failed to discover OIDC configuration:
    # %v"), validation ("invalid configuration:") with the discovery GET refused while Dex starts (checked)
    ("oauth2-proxy-discovery-refused", "transient",
     "[2026/03/01 10:03:02] [main.go:59] invalid configuration:\n"
     "  error initialising provider: could not create provider data: error building OIDC ProviderVerifier: could not get verifier builder: error while discovery OIDC configuration: failed to discover OIDC configuration: error performing request: Get \"http://dex:5556/dex/.well-known/openid-configuration\": dial tcp 172.18.0.4:5556: connect: connection refused\n"
     "oauth2-proxy exited with code 1\n"
     + _EXIT),
    # oauth2-proxy pkg/validation/options.go ("missing setting: client-secret or client-secret-file") (checked)
    ("oauth2-proxy-missing-client-secret", "real",
     "[2026/03/01 10:03:02] [main.go:59] invalid configuration:\n"
     "  missing setting: client-secret or client-secret-file\n"
     "oauth2-proxy exited with code 1\n"
     + _EXIT),
    # golang/oauth2 internal/token.go (RetrieveError: "oauth2: %q %q" of error and error_description) (checked)
    ("golang-oauth2-invalid-client", "real",
     "2026/03/01 10:05:33 client credentials: oauth2: \"invalid_client\" \"Invalid client or Invalid client credentials\"\n"
     "exit status 1\n"
     + _EXIT),
    # oauthlib/oauthlib oauthlib/oauth2/rfc6749/errors.py (InvalidGrantError "(invalid_grant) %s") (checked)
    ("oauthlib-invalid-grant", "real",
     "E   oauthlib.oauth2.rfc6749.errors.InvalidGrantError: (invalid_grant) Invalid authorization code\n"
     "FAILED tests/test_oauth_flow.py::test_code_exchange - oauthlib.oauth2.rfc6749.errors.InvalidGrantError: (invalid_grant) Invalid authorization code\n"
     "========================= 1 failed, 30 passed in 4.20s =========================\n"
     + _EXIT),
    # Auth0's token endpoint (doc: auth0.com/docs/api/authentication, "unauthorized_client ... Grant type ... not
    # allowed for the client.") as a test tenant answers a client without that grant (doc, closed service)
    ("auth0-unauthorized-client", "real",
     "[setup] requesting an M2M token from https://ci-tenant.example.auth0.com/oauth/token\n"
     "Error: token request failed: 403 {\"error\":\"unauthorized_client\",\"error_description\":\"Grant type 'client_credentials' not allowed for the client.\",\"error_uri\":\"https://auth0.com/docs/clients/client-grant-types\"}\n"
     + _EXIT),
    # auth0/terraform-provider-auth0 with go-auth0's management error ("%d %s: %s"); the 429 per Auth0's
    # rate-limit docs (auth0.com/docs/troubleshoot/customer-support/operational-policies/rate-limit-policy) (doc)
    ("terraform-auth0-429-global-limit", "transient",
     "auth0_client.web: Modifying... [id=AbCdEf0123456789]\n"
     "\n"
     "Error: 429 Too Many Requests: Global limit has been reached\n"
     "\n"
     "  with auth0_client.web,\n"
     "  on clients.tf line 1, in resource \"auth0_client\" \"web\":\n"
     + _EXIT),
    # auth0/node-auth0 ManagementApiError with a 503 from a test tenant (doc: status codes of the Management API)
    ("node-auth0-management-503", "transient",
     "> seed-tenant\n"
     "ManagementApiError: Service Unavailable\n"
     "    at ManagementClient.parseError (/src/node_modules/auth0/dist/cjs/management/management-client.js:35:20)\n"
     "  statusCode: 503,\n"
     "npm ERR! Lifecycle script `seed-tenant` failed with error:\n"
     + _EXIT),
    # okta/okta-sdk-golang okta/error.go ("the API returned an error: %s") with E0000047 (doc: developer.okta.com/
    # docs/reference/error-codes, "API call exceeded rate limit due to too many requests.")
    ("okta-e0000047-rate-limit", "transient",
     "okta_group.qa: Creating...\n"
     "\n"
     "Error: failed to create group: the API returned an error: API call exceeded rate limit due to too many requests., HTTP 429\n"
     "\n"
     "  with okta_group.qa,\n"
     + _EXIT),
    ("okta-e0000009-internal-server-error", "transient",
     "okta_app_oauth.ci: Modifying... [id=0oa1a2b3c4d5e6f7g8h9]\n"
     "\n"
     "Error: failed to update OAuth application: the API returned an error: Internal Server Error, HTTP 500\n"
     + _EXIT),
    # Okta's E0000011 "Invalid token provided" (doc) for a revoked API token
    ("okta-e0000011-invalid-token", "real",
     "okta_group.qa: Refreshing state... [id=00g1a2b3c4d5e6f7g8h9]\n"
     "\n"
     "Error: failed to get group: the API returned an error: Invalid token provided, HTTP 401\n"
     + _EXIT),
    # jpadilla/pyjwt jwt/jwks_client.py (PyJWKClientConnectionError 'Fail to fetch data from the url, err:
    # "%s"') while the mock IdP starts (checked)
    ("pyjwt-jwks-fetch-refused", "transient",
     "E   jwt.exceptions.PyJWKClientConnectionError: Fail to fetch data from the url, err: \"<urlopen error [Errno 111] Connection refused>\"\n"
     "FAILED tests/test_api_auth.py::test_bearer_token_accepted - jwt.exceptions.PyJWKClientConnectionError: Fail to fetch data from the url, err: \"<urlopen error [Errno 111] Connection refused>\"\n"
     "========================= 1 failed, 44 passed in 6.02s =========================\n"
     + _EXIT),
    # auth0/node-jwks-rsa src/errors/SigningKeyNotFoundError.js ("Unable to find a signing key that matches
    # '%s'") (checked)
    ("jwks-rsa-signing-key-not-found", "real",
     "  1) auth middleware accepts a token from the mock issuer:\n"
     "     SigningKeyNotFoundError: Unable to find a signing key that matches 'ci-key-2'\n"
     "      at /src/node_modules/jwks-rsa/src/JwksClient.js:87:13\n"
     "  1 failing\n"
     + _EXIT),
    # ================================================================== SAML
    # lsh123/xmlsec src/openssl/signatures.c (xmlSecOpenSSLEvpSignatureVerify "signature do not match") and
    # apps/xmlsec.c ("FAIL") (checked)
    ("xmlsec1-signature-verify-failed", "real",
     "+ xmlsec1 --verify --pubkey-cert-pem tests/fixtures/idp.crt --id-attr:ID urn:oasis:names:tc:SAML:2.0:protocol:Response tests/fixtures/response.xml\n"
     "func=xmlSecOpenSSLEvpSignatureVerify:file=signatures.c:line=493:obj=rsa-sha256:subj=EVP_VerifyFinal:error=18:data do not match:signature do not match\n"
     "FAIL\n"
     "SignedInfo References (ok/all): 1/1\n"
     "Manifests References (ok/all): 0/0\n"
     "Error: failed to verify file \"tests/fixtures/response.xml\"\n"
     + _EXIT),
    # SAML-Toolkits/python3-saml src/onelogin/saml2/response.py ("Signature validation failed. SAML Response
    # rejected") (checked)
    ("python3-saml-signature-validation-failed", "real",
     "E       onelogin.saml2.utils.OneLogin_Saml2_ValidationError: Signature validation failed. SAML Response rejected\n"
     "FAILED tests/test_sso.py::test_acs_accepts_signed_response - onelogin.saml2.utils.OneLogin_Saml2_ValidationError: Signature validation failed. SAML Response rejected\n"
     "========================= 1 failed, 18 passed in 2.41s =========================\n"
     + _EXIT),
    # SAML-Toolkits/ruby-saml lib/onelogin/ruby-saml/response.rb ("Current time is on or after NotOnOrAfter
    # condition (%s >= %s)"): a fixture response the test replays, dated once (a time bomb) (checked)
    ("ruby-saml-not-on-or-after-fixture", "real",
     "Failures:\n"
     "\n"
     "  1) SessionsController#consume signs the user in\n"
     "     Failure/Error: expect(response.errors).to be_empty\n"
     "       expected `[\"Current time is on or after NotOnOrAfter condition (2026-03-01 10:00:00 UTC >= 2025-06-01 12:05:00 UTC)\"].empty?` to be truthy, got false\n"
     "\n"
     "1 example, 1 failure\n"
     + _EXIT),
    # ================================================================== LDAP
    # openldap/openldap libraries/libldap/error.c (LDAP_SERVER_DOWN "Can't contact LDAP server") and
    # clients/tools/common.c (tool_perror "%s: %s (%d)"): slapd's container not up yet (checked)
    ("ldapsearch-cant-contact-server-starting", "transient",
     "Waiting for the openldap service...\n"
     "+ ldapsearch -x -H ldap://openldap:389 -D cn=admin,dc=example,dc=org -w \"$LDAP_ADMIN_PASSWORD\" -b dc=example,dc=org\n"
     "ldap_sasl_bind(SIMPLE): Can't contact LDAP server (-1)\n"
     + _EXIT),
    # openldap libraries/libldap/error.c (LDAP_INVALID_CREDENTIALS "Invalid credentials") (checked)
    ("ldapadd-bind-invalid-credentials", "real",
     "+ ldapadd -x -H ldap://localhost:1389 -D cn=admin,dc=example,dc=org -w secret -f tests/fixtures/users.ldif\n"
     "ldap_bind: Invalid credentials (49)\n"
     + _CIRCLE),
    # openldap error.c (LDAP_NO_SUCH_OBJECT "No such object") with the matched DN (checked)
    ("ldapadd-no-such-object", "real",
     "+ ldapadd -x -H ldap://localhost:1389 -D cn=admin,dc=example,dc=org -w \"$PW\" -f tests/fixtures/users.ldif\n"
     "adding new entry \"uid=alice,ou=people,dc=example,dc=org\"\n"
     "ldap_add: No such object (32)\n"
     "\tmatched DN: dc=example,dc=org\n"
     + _CIRCLE),
    # openldap error.c (LDAP_UNWILLING_TO_PERFORM "Server is unwilling to perform") (checked)
    ("ldapmodify-unwilling-to-perform", "real",
     "+ ldapmodify -Y EXTERNAL -H ldapi:/// -f ci/olc-acl.ldif\n"
     "SASL/EXTERNAL authentication started\n"
     "modifying entry \"olcDatabase={1}mdb,cn=config\"\n"
     "ldap_modify: Server is unwilling to perform (53)\n"
     "\tadditional info: shadow context; no update referral\n"
     + _GITLAB),
    # python-ldap/python-ldap (ldap.SERVER_DOWN with libldap's desc and errno/info) (checked)
    ("python-ldap-server-down-refused", "transient",
     "E   ldap.SERVER_DOWN: {'result': -1, 'desc': \"Can't contact LDAP server\", 'errno': 111, 'ctrls': [], 'info': 'Connection refused'}\n"
     "ERROR tests/test_directory.py::test_group_sync - ldap.SERVER_DOWN: {'result': -1, 'desc': \"Can't contact LDAP server\", 'errno': 111, 'ctrls': [], 'info': 'Connection refused'}\n"
     "=================== 1 error, 27 passed in 3.19s ===================\n"
     + _EXIT),
    ("python-ldap-invalid-credentials", "real",
     "E   ldap.INVALID_CREDENTIALS: {'msgtype': 97, 'msgid': 1, 'result': 49, 'desc': 'Invalid credentials', 'ctrls': []}\n"
     "ERROR tests/test_directory.py::test_group_sync - ldap.INVALID_CREDENTIALS: {'msgtype': 97, 'msgid': 1, 'result': 49, 'desc': 'Invalid credentials', 'ctrls': []}\n"
     "=================== 1 error, 27 passed in 3.19s ===================\n"
     + _EXIT),
    # cannatag/ldap3 ldap3/strategy/base.py ("socket connection error while opening: %s") (checked)
    ("ldap3-socket-open-refused", "transient",
     "Traceback (most recent call last):\n"
     '  File "/src/scripts/load_fixtures.py", line 18, in <module>\n'
     "    conn = Connection(server, user=BIND_DN, password=PW, auto_bind=True)\n"
     "ldap3.core.exceptions.LDAPSocketOpenError: socket connection error while opening: [Errno 111] Connection refused\n"
     + _GITLAB),
    # ldap3 core/connection.py (LDAPBindError "automatic bind not successful - %s") (checked)
    ("ldap3-bind-invalid-credentials", "real",
     "Traceback (most recent call last):\n"
     '  File "/src/scripts/load_fixtures.py", line 18, in <module>\n'
     "    conn = Connection(server, user=BIND_DN, password=PW, auto_bind=True)\n"
     "ldap3.core.exceptions.LDAPBindError: automatic bind not successful - invalidCredentials\n"
     + _GITLAB),
    # Active Directory's bind refusal (doc: learn.microsoft.com, LDAP error 49 data 52e) relayed by ldap3
    ("ad-bind-data-52e", "real",
     "ldap3.core.exceptions.LDAPInvalidCredentialsResult: LDAPInvalidCredentialsResult - 49 - invalidCredentials - None - 80090308: LdapErr: DSID-0C090439, comment: AcceptSecurityContext error, data 52e, v4563 - bindResponse - None\n"
     + _GITLAB),
    # OpenJDK com/sun/jndi/ldap/Connection.java (CommunicationException "host:port" with the root cause) (checked)
    ("jndi-communication-exception-refused", "transient",
     "[INFO] Running com.example.directory.GroupSyncIT\n"
     "[ERROR] Tests run: 3, Failures: 0, Errors: 3, Skipped: 0, Time elapsed: 0.41 s <<< FAILURE! - in com.example.directory.GroupSyncIT\n"
     "[ERROR] syncsGroups  Time elapsed: 0.12 s  <<< ERROR!\n"
     "javax.naming.CommunicationException: localhost:10389 [Root exception is java.net.ConnectException: Connection refused]\n"
     "[ERROR] BUILD FAILURE\n"
     + _EXIT),
    # OpenJDK com/sun/jndi/ldap/LdapCtx.java ("[LDAP: error code %d - %s]") (checked)
    ("jndi-authentication-exception-49", "real",
     "[ERROR] syncsGroups  Time elapsed: 0.12 s  <<< ERROR!\n"
     "javax.naming.AuthenticationException: [LDAP: error code 49 - Invalid Credentials]\n"
     "[ERROR] Tests run: 3, Failures: 0, Errors: 1, Skipped: 0\n"
     "[ERROR] BUILD FAILURE\n"
     + _EXIT),
    ("jndi-name-not-found-32", "real",
     "[ERROR] findsUser  Time elapsed: 0.08 s  <<< ERROR!\n"
     "javax.naming.NameNotFoundException: [LDAP: error code 32 - No Such Object]; remaining name 'ou=people,dc=example,dc=org'\n"
     "[ERROR] Tests run: 5, Failures: 0, Errors: 1, Skipped: 0\n"
     "[ERROR] BUILD FAILURE\n"
     + _EXIT),
    # pingidentity/ldapsdk (LDAPException "LDAPException(resultCode=%s, errorMessage='%s')", ResultCode 91
    # "connect error") (checked)
    ("unboundid-connect-error-91", "transient",
     "[ERROR] loadsDirectory  Time elapsed: 10.02 s  <<< ERROR!\n"
     "com.unboundid.ldap.sdk.LDAPException: An error occurred while attempting to connect to server ldap-ci:389:  IOException(LDAPException(resultCode=91 (connect error), errorMessage='An error occurred while attempting to establish a connection to server ldap-ci/172.18.0.6:389:  ConnectException(Connection refused)'))\n"
     "[ERROR] BUILD FAILURE\n"
     + _EXIT),
    # pingidentity/ldapsdk in-memory server (InMemoryRequestHandler: "Unable to add entry '%s' because its parent
    # entry '%s' does not exist in the server.") (checked: wording)
    ("unboundid-inmemory-parent-missing", "real",
     "[ERROR] setUp  Time elapsed: 0.31 s  <<< ERROR!\n"
     "LDAPException(resultCode=32 (no such object), errorMessage='Unable to add entry 'uid=bob,ou=staff,dc=example,dc=org' because its parent entry 'ou=staff,dc=example,dc=org' does not exist in the server.', matchedDN='dc=example,dc=org')\n"
     "[ERROR] BUILD FAILURE\n"
     + _EXIT),
    # ================================================================== Samba AD DC
    # samba-team/samba python/samba/provision/__init__.py (ProvisioningError "guess_names: 'realm' in %s must
    # match chosen realm '%s'!") as samba-tool prints it ("ERROR(%s): %s") (checked)
    ("samba-tool-provision-realm-mismatch", "real",
     "+ samba-tool domain provision --realm=CI.EXAMPLE.ORG --domain=CI --server-role=dc --dns-backend=SAMBA_INTERNAL --adminpass=\"$ADMIN_PASS\"\n"
     "ERROR(<class 'samba.provision.ProvisioningError'>): Provision failed - ProvisioningError: guess_names: 'realm=EXAMPLE.ORG' in /etc/samba/smb.conf must match chosen realm 'CI.EXAMPLE.ORG'!  Please remove the smb.conf file and let provision generate it\n"
     "The command '/bin/sh -c samba-tool domain provision' returned a non-zero code: 255\n"
     + _EXIT),
    # samba's password quality check at provision (doc and source: "check_password_restrictions: the password
    # does not meet the complexity criteria!")
    ("samba-tool-provision-password-complexity", "real",
     "+ samba-tool domain provision --realm=CI.EXAMPLE.ORG --domain=CI --adminpass=secret\n"
     "ERROR(ldb): uncaught exception - 0000052D: Constraint violation - check_password_restrictions: the password is too short. It should be equal or longer than 7 characters!\n"
     + _EXIT),
    # ================================================================== Kerberos
    # krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (KRB5_KDC_UNREACH "Cannot contact any KDC for requested
    # realm"; kinit's "%s while getting initial credentials") with the KDC container starting (checked)
    ("kinit-cannot-contact-kdc", "transient",
     "Starting kdc ... done\n"
     "+ kinit -kt /tmp/ci.keytab ci-runner@EXAMPLE.TEST\n"
     "kinit: Cannot contact any KDC for realm 'EXAMPLE.TEST' while getting initial credentials\n"
     + _EXIT),
    # krb5_err.et (KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN "Client not found in Kerberos database") (checked)
    ("kinit-client-not-found", "real",
     "+ kinit -kt /tmp/ci.keytab ci-runner@EXAMPLE.TEST\n"
     "kinit: Client 'ci-runner@EXAMPLE.TEST' not found in Kerberos database while getting initial credentials\n"
     + _EXIT),
    # krb5_err.et (KRB5KDC_ERR_PREAUTH_FAILED "Preauthentication failed") (checked)
    ("kinit-preauthentication-failed", "real",
     "+ echo \"$KRB_PASS\" | kinit hdfs@EXAMPLE.TEST\n"
     "Password for hdfs@EXAMPLE.TEST:\n"
     "kinit: Preauthentication failed while getting initial credentials\n"
     + _EXIT),
    # OpenJDK sun/security/krb5/KrbException + Krb5LoginModule ("Pre-authentication information was invalid (24)")
    ("jdk-krb5-preauth-invalid", "real",
     "[ERROR] loginFromKeytab  Time elapsed: 0.22 s  <<< ERROR!\n"
     "javax.security.auth.login.LoginException: Pre-authentication information was invalid (24)\n"
     "[ERROR] Tests run: 2, Failures: 0, Errors: 1, Skipped: 0\n"
     "[ERROR] BUILD FAILURE\n"
     + _EXIT),
    # krb5 src/lib/krb5/keytab (KRB5_KT_NOTFOUND "Key table entry not found") (checked)
    ("kinit-keytab-entry-not-found", "real",
     "+ kinit -kt /tmp/ci.keytab HTTP/api.example.test@EXAMPLE.TEST\n"
     "kinit: Key table entry not found while getting initial credentials\n"
     + _EXIT),
    # ================================================================== mail test servers, IMAP
    # greenmail-mail-test/greenmail greenmail-core GreenMail.java ("Could not start mail server %s, try to set
    # server startup timeout > %d via ...") on a slow runner (checked)
    ("greenmail-could-not-start-mail-server", "transient",
     "[ERROR] sendsWelcomeMail  Time elapsed: 2.11 s  <<< ERROR!\n"
     "java.lang.IllegalStateException: Could not start mail server smtp:127.0.0.1:3025, try to set server startup timeout > 2000 via ServerSetup.setServerStartupTimeout(timeoutInMs) or -Dgreenmail.startup.timeout\n"
     "[ERROR] Tests run: 4, Failures: 0, Errors: 1, Skipped: 0\n"
     "[ERROR] BUILD FAILURE\n"
     + _EXIT),
    # CPython Lib/socket.py (create_connection) under smtplib: the MailHog service container not listening yet
    ("smtplib-mailhog-not-up", "transient",
     "tests/test_signup.py::test_signup_sends_mail FAILED\n"
     "E   ConnectionRefusedError: [Errno 111] Connection refused\n"
     "FAILED tests/test_signup.py::test_signup_sends_mail - ConnectionRefusedError: [Errno 111] Connection refused\n"
     "========================= 1 failed, 50 passed in 7.77s =========================\n"
     + _EXIT),
    # urllib3's NewConnectionError under requests while Mailpit's API is not up yet
    ("mailpit-api-not-up", "transient",
     "E   requests.exceptions.ConnectionError: HTTPConnectionPool(host='mailpit', port=8025): Max retries exceeded with url: /api/v1/messages (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f0e1c2b3a90>: Failed to establish a new connection: [Errno 111] Connection refused'))\n"
     "FAILED tests/test_reset_password.py::test_reset_mail - requests.exceptions.ConnectionError: HTTPConnectionPool(host='mailpit', port=8025): Max retries exceeded with url: /api/v1/messages\n"
     "========================= 1 failed, 50 passed in 7.77s =========================\n"
     + _EXIT),
    # a Mailpit message whose subject is not the one the test wants: the code's mail
    ("mailpit-subject-mismatch", "real",
     "E       AssertionError: assert 'Verify your address' == 'Welcome to Example'\n"
     "FAILED tests/test_signup.py::test_welcome_subject - AssertionError: assert 'Verify your address' == 'Welcome to Example'\n"
     "========================= 1 failed, 50 passed in 7.77s =========================\n"
     + _EXIT),
    # CPython Lib/imaplib.py (IMAP4.error with the server's NO "[AUTHENTICATIONFAILED]" per RFC 5530) (checked)
    ("imaplib-authenticationfailed", "real",
     "Traceback (most recent call last):\n"
     '  File "/src/scripts/check_inbox.py", line 12, in <module>\n'
     "    box.login(USER, PASSWORD)\n"
     "imaplib.IMAP4.error: b'[AUTHENTICATIONFAILED] Invalid credentials (Failure)'\n"
     + _EXIT),
    # CPython Lib/imaplib.py (_get_line -> readline) with the server resetting the connection
    ("imaplib-connection-reset", "transient",
     "Traceback (most recent call last):\n"
     '  File "/src/scripts/check_inbox.py", line 14, in <module>\n'
     "    typ, data = box.search(None, 'UNSEEN')\n"
     '  File "/usr/lib/python3.11/imaplib.py", line 1235, in _get_line\n'
     "    line = self.readline()\n"
     "ConnectionResetError: [Errno 104] Connection reset by peer\n"
     + _EXIT),
    # docker/compose's health gate on Keycloak ("dependency failed to start: container %s is unhealthy"): the
    # catalogue's service-starting reads it as a start-up race (a realm file that breaks the start shows its own
    # error in the container's log)
    ("compose-keycloak-unhealthy", "transient",
     "Container ci-keycloak-1  Waiting\n"
     "Container ci-keycloak-1  Error\n"
     "dependency failed to start: container ci-keycloak-1 is unhealthy\n"
     + _EXIT),
    # openldap error.c (LDAP_TIMEOUT "Timed out", -5): the client's time limit ran out while slapd did not answer
    ("ldapsearch-timed-out-minus-5", "transient",
     "+ ldapsearch -x -H ldap://openldap:389 -l 5 -b dc=example,dc=org '(memberOf=cn=ci,ou=groups,dc=example,dc=org)'\n"
     "ldap_result: Timed out (-5)\n"
     + _EXIT),
    # ================================================================== near-misses: the code's own tests
    # an application's own auth test asserting a 401 it did not get
    ("app-test-expects-401", "real",
     "  1) GET /api/admin without a token returns 401:\n"
     "     AssertionError: expected 200 \"OK\", got 401 \"Unauthorized\"\n"
     "      at Test._assertStatus (/src/node_modules/supertest/lib/test.js:252:14)\n"
     "  1 failing\n"
     + _EXIT),
    # a test NAMED for LDAP timeouts that fails on its assertion
    ("pytest-test-named-ldap-timeout", "real",
     "tests/test_directory.py::test_ldap_connect_timeout_is_reported FAILED\n"
     "E       AssertionError: assert 'directory error' == 'LDAP server timed out'\n"
     "FAILED tests/test_directory.py::test_ldap_connect_timeout_is_reported - AssertionError: assert 'directory error' == 'LDAP server timed out'\n"
     "========================= 1 failed, 27 passed in 3.01s =========================\n"
     + _EXIT),
    # a test ABOUT a directory outage (pytest.raises on SERVER_DOWN that did not raise)
    ("pytest-raises-server-down-did-not-raise", "real",
     "    def test_unreachable_directory_raises():\n"
     "        with pytest.raises(ldap.SERVER_DOWN):\n"
     "E       Failed: DID NOT RAISE <class 'ldap.SERVER_DOWN'>\n"
     "FAILED tests/test_directory.py::test_unreachable_directory_raises - Failed: DID NOT RAISE <class 'ldap.SERVER_DOWN'>\n"
     "========================= 1 failed, 27 passed in 3.01s =========================\n"
     + _EXIT),
    # an application's own log line about a JWKS fetch, captured beside a failing assertion
    ("app-log-jwks-refused-beside-assertion", "real",
     "----------------------------- Captured log call ------------------------------\n"
     "WARNING  app.auth:jwks.py:41 JWKS fetch failed: Connection refused, using cached keys\n"
     "E       assert 403 == 200\n"
     "FAILED tests/test_api.py::test_token_with_cached_keys - assert 403 == 200\n"
     "========================= 1 failed, 80 passed in 5.55s =========================\n"
     + _EXIT),
    # a jest test titled for the IdP being down, failing on its expectation
    ("jest-title-keycloak-unavailable", "real",
     "  ● login › returns 503 when Keycloak is unavailable\n"
     "\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "\n"
     "    Expected: 503\n"
     "    Received: 500\n"
     "\n"
     "Tests:       1 failed, 42 passed, 43 total\n"
     + _EXIT),
    # a module named for Kerberos that does not import
    ("pytest-import-error-kdc-module", "real",
     "ImportError while importing test module '/src/tests/test_kdc_unreachable.py'.\n"
     "E   ModuleNotFoundError: No module named 'gssapi'\n"
     "=========================== short test summary info ============================\n"
     "ERROR tests/test_kdc_unreachable.py\n"
     "=============================== 1 error in 0.41s ===============================\n"
     + _EXIT),
    # libldap's "Can't contact LDAP server (-1)" with the TLS reason under it (ldapsearch's "additional info:"):
    # a CA the client does not trust, the same on every run
    ("ldapsearch-cant-contact-tls-untrusted", "real",
     "+ ldapsearch -x -H ldaps://ldap.example.test:636 -D cn=admin,dc=example,dc=test -w \"$PW\" -b dc=example,dc=test\n"
     "ldap_sasl_bind(SIMPLE): Can't contact LDAP server (-1)\n"
     "\tadditional info: error:0A000086:SSL routines::certificate verify failed (self-signed certificate in certificate chain)\n"
     + _EXIT),
    ("python-ldap-server-down-tls-untrusted", "real",
     "E   ldap.SERVER_DOWN: {'result': -1, 'desc': \"Can't contact LDAP server\", 'errno': 0, 'ctrls': [], 'info': 'error:0A000086:SSL routines::certificate verify failed (unable to get local issuer certificate)'}\n"
     "ERROR tests/test_directory.py::test_group_sync - ldap.SERVER_DOWN: {'result': -1, 'desc': \"Can't contact LDAP server\", 'errno': 0}\n"
     "=================== 1 error, 27 passed in 3.19s ===================\n"
     + _EXIT),
    # a test asserting the outage's wording in the code's own error message
    ("pytest-asserts-cant-contact-ldap-text", "real",
     "    def test_error_message_names_directory():\n"
     "E       assert \"Can't contact LDAP server\" in 'directory unavailable'\n"
     "FAILED tests/test_errors.py::test_error_message_names_directory - assert \"Can't contact LDAP server\" in 'directory unavailable'\n"
     "========================= 1 failed, 27 passed in 3.01s =========================\n"
     + _EXIT),
    # an application's own INFO line about a directory fallback, beside a failing assertion
    ("app-info-log-ldap-fallback-beside-assertion", "real",
     "----------------------------- Captured log call ------------------------------\n"
     "INFO     app.directory:sync.py:52 Can't contact LDAP server, using local accounts\n"
     "E       assert ['alice', 'bob'] == ['alice']\n"
     "FAILED tests/test_sync.py::test_local_accounts_only - assert ['alice', 'bob'] == ['alice']\n"
     "========================= 1 failed, 80 passed in 5.55s =========================\n"
     + _EXIT),
    # a jest test of the code's own rate-limit handling, whose expectation names the tenant's wording
    ("jest-expects-auth0-429-text", "real",
     "  ● management client › surfaces the tenant's rate limit\n"
     "\n"
     "    expect(received).toContain(expected) // indexOf\n"
     "\n"
     "    Expected substring: \"429 Too Many Requests: Global limit has been reached\"\n"
     "    Received string:    \"Too Many Requests\"\n"
     "\n"
     "Tests:       1 failed, 42 passed, 43 total\n"
     + _EXIT),
    # Google's token endpoint's invalid_grant for a JWT's iat/exp (a clock off) stays with runner-clock-skew
    # and is not this family's refusal (clocks_time_certs holds the transient reading); here a test pins an
    # unrelated invalid_grant in the code's own OAuth client, DID NOT RAISE
    ("pytest-raises-invalid-grant-did-not-raise", "real",
     "    def test_refresh_with_revoked_token():\n"
     "        with pytest.raises(InvalidGrantError):\n"
     "E       Failed: DID NOT RAISE <class 'oauthlib.oauth2.rfc6749.errors.InvalidGrantError'>\n"
     "FAILED tests/test_oauth_flow.py::test_refresh_with_revoked_token - Failed: DID NOT RAISE <class 'oauthlib.oauth2.rfc6749.errors.InvalidGrantError'>\n"
     "========================= 1 failed, 30 passed in 4.20s =========================\n"
     + _EXIT),
    # an outage in a later cleanup step after the tests failed: the failing tests decide
    ("kdc-unreachable-after-failed-tests", "real",
     "FAILED tests/test_hdfs.py::test_write_read_roundtrip - AssertionError: assert b'abc' == b'abd'\n"
     "========================= 1 failed, 12 passed in 9.10s =========================\n"
     "+ kdestroy && kinit -kt /tmp/ci.keytab cleanup@EXAMPLE.TEST\n"
     "kinit: Cannot contact any KDC for realm 'EXAMPLE.TEST' while getting initial credentials\n"
     + _EXIT),
]

# Wordings printed both for an outage and for a persistent cause.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # a mail-catcher assertion with an empty inbox: the mail is sent by a background job or an async
    # handler and the test looked before it arrived (a race, flaky), or the code sent nothing (real)
    ("mailpit-expected-1-message-got-0",
     "E       AssertionError: expected 1 message, got 0\n"
     "FAILED tests/test_signup.py::test_signup_sends_mail - AssertionError: expected 1 message, got 0\n"
     "========================= 1 failed, 50 passed in 7.77s =========================\n"
     + _EXIT),
    # GreenMail's waitForIncomingEmail(timeout, count) returning false under an assertion
    ("greenmail-wait-for-incoming-false",
     "[ERROR] sendsWelcomeMail  Time elapsed: 5.02 s  <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <true> but was: <false>\n"
     "\tat com.example.mail.WelcomeMailIT.sendsWelcomeMail(WelcomeMailIT.java:44)\n"
     "[ERROR] Tests run: 4, Failures: 1, Errors: 0, Skipped: 0\n"
     "[ERROR] BUILD FAILURE\n"
     + _EXIT),
    # ruby-saml ("Current time is earlier than NotBefore condition (%s < %s)"): an IdP container's clock ahead
    # of the runner's, or a fixture dated in the future
    ("ruby-saml-not-before",
     "  1) SAML login signs the user in\n"
     "     Failure/Error: expect(response.is_valid?).to be(true), response.errors.join\n"
     "       Current time is earlier than NotBefore condition (2026-03-01 10:00:00 UTC < 2026-03-01 10:00:03 UTC)\n"
     "1 example, 1 failure\n"
     + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_identity_directory_mail_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_identity_directory_mail_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Can't contact LDAP server (-1) ",
    "Cannot contact any KDC for realm 'X' ",
    "failed to get provider: Get \"http://x/.well-known/openid-configuration\": ",
    "Invalid user credentials [invalid_grant] ",
]
