"""Twenty-fourth round, the lead's readings from the round's first blind misses: musl's resolver texts and Jetty's
bare bind failure.

* musl libc (Alpine images) words getaddrinfo's errors differently from glibc (src/network/gai_strerror.c, read):
  EAI_AGAIN is "Try again" and EAI_NONAME "Name does not resolve", which Python prints as "[Errno -3] Try again" and
  "[Errno -2] Name does not resolve". glibc's "Temporary failure in name resolution" and "Name or service not known"
  were read as dns-failure already; the musl forms read nothing (an Ansible Galaxy download failing on that urlopen
  error read unknown). A dotless name (a compose service alias the job's network does not know) stays
  real, as dotless_host_unresolved has it.
* Jetty's ServerConnector.openAcceptChannel wraps a failed bind as IOException("Failed to bind to " + address)
  (jetty-server ServerConnector.java, read); quoted without its cause ("Address already in use") a test server's bind
  on an unprivileged port read real 0.82 (uncaught-exception). It now reads port-in-use; a privileged port (under
  1024: EACCES is as likely) and the causes that are not a collision ("Cannot assign requested address", "Permission
  denied") stay as they were, and a port the job's own connector still holds stays port-bound-twice-by-the-job's.

Each log is written for this test around the tools' messages; hosts, ports, paths and tests are made up.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, reads_as, signatures

CASES = [
    ("ansible-galaxy-musl-eai-again", "transient", "dns-failure",
     "Starting galaxy collection install process\n"
     "Installing 'acme.tools:2.3.0' to '/home/ci/.ansible/collections/ansible_collections/acme/tools'\n"
     # ansible-galaxy's wording for a failed API call (lib/ansible/galaxy/api.py, recalled)
     "ERROR! Unknown error when attempting to call Galaxy at 'https://galaxy.ansible.com/api/': <urlopen error "
     "[Errno -3] Try again>\n"),
    ("socket-gaierror-musl-eai-again", "transient", "dns-failure",
     "+ python3 tools/publish_docs.py\n"
     "Traceback (most recent call last):\n"
     "  File \"/usr/lib/python3.11/socket.py\", line 962, in getaddrinfo\n"
     "    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):\n"
     "socket.gaierror: [Errno -3] Try again\n"),
    ("python-alpine-musl-eai-noname-public-host", "transient", "dns-failure",
     "Traceback (most recent call last):\n"
     "  File \"/app/scripts/fetch_schema.py\", line 12, in <module>\n"
     "    urllib.request.urlretrieve(URL, 'schema.json')\n"
     "urllib.error.URLError: <urlopen error [Errno -2] Name does not resolve>\n"),
    ("requests-musl-service-alias", "real", None,
     "E   requests.exceptions.ConnectionError: HTTPConnectionPool(host='webproxy', port=80): Max retries exceeded with "
     "url: /health (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f0c>: Failed to "
     "establish a new connection: [Errno -2] Name does not resolve'))\n"
     "FAILED tests/test_proxy.py::test_health - requests.exceptions.ConnectionError\n"),
    ("jetty-failed-to-bind-high-port-no-cause", "transient", "port-in-use",
     "ReportsApiTest > initializationError FAILED\n"
     "    java.lang.RuntimeException: java.io.IOException: Failed to bind to /0.0.0.0:38122\n"
     "        at com.acme.testing.StubServer.start(StubServer.java:88)\n"
     "        Caused by:\n"
     "        java.io.IOException: Failed to bind to /0.0.0.0:38122\n"
     "            at org.eclipse.jetty.server.ServerConnector.openAcceptChannel(ServerConnector.java:349)\n"),
    ("netty-failed-to-bind-high-port", "transient", "port-in-use",
     "[error] Test controllers.HealthSpec failed: org.jboss.netty.channel.ChannelException: Failed to bind to: "
     "/0.0.0.0:19001\n"
     "[error]     at org.jboss.netty.bootstrap.ServerBootstrap.bind(ServerBootstrap.java:272)\n"),
    ("jetty-failed-to-bind-port-80", "real", None,
     "java.io.IOException: Failed to bind to /0.0.0.0:80\n"
     "    at org.eclipse.jetty.server.ServerConnector.openAcceptChannel(ServerConnector.java:349)\n"
     "    at org.eclipse.jetty.server.ServerConnector.open(ServerConnector.java:310)\n"),
    ("jetty-failed-to-bind-cannot-assign", "real", None,
     "java.io.IOException: Failed to bind to /10.20.30.40:8443\n"
     "Caused by: java.net.BindException: Cannot assign requested address\n"
     "    at java.base/sun.nio.ch.Net.bind0(Native Method)\n"),
]


@pytest.mark.parametrize(("case_id", "label", "signature", "log"), CASES, ids=[c[0] for c in CASES])
def test_lead24_reading(case_id: str, label: str, signature: str | None, log: str) -> None:
    if signature:
        reads_as(log, label, signature)
    else:
        v = judge(log)
        assert v.verdict != "transient", v.rationale
        assert not signatures(v) & {"dns-failure", "port-in-use"}, v.rationale


def test_ids_unique() -> None:
    assert_unique_ids(CASES)
