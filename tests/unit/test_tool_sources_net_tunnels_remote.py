"""Fifteenth round, tool sources: tunnels, VPNs and remote copy as CI jobs fail on them.

Covered: ngrok's agent (its ERR_NGROK_* codes), cloudflared (edge connections, quick tunnels, tunnel
credentials), Tailscale in CI (tailscale/github-action's retries around ``tailscale up``, the CLI's
auth-key and tag refusals), WireGuard (wg-quick, wg setconf, wireguard-go's handshake retries),
OpenVPN (TLS negotiation, AUTH_FAILED, options errors), OpenSSH's port forwards and channel opens
(ssh -L/-R, autossh), rsync's exit codes and messages, scp/sftp, FTP deploys (lftp, basic-ftp as
SamKirkland/FTP-Deploy-Action uses it), SMTP sends from CI (smtplib, nodemailer, msmtp) and HTTP
proxies (curl's and Python's CONNECT failures, 407 and 5xx from a proxy). The plain ssh connection
drops (kex_exchange_identification, "Connection closed by ... port 22") and rsync's code 23 after an
I/O error are in test_tool_sources_shell_os_env.py and the older catalogue; they are not repeated.

Each case is a short log written for this test around one message as the tool prints it. The wording
was read from the tools' source where it is open (the comment above each case names the repository and
file holding the format string); ngrok's agent is closed and rests on its error-code documentation
(ngrok.com/docs/errors/), Tailscale's control-plane refusals on the open client that relays them, the
SMTP replies on RFC 5321's codes and the providers' help pages, the proxies' answers on RFC 9110 and
squid's error pages. Hosts, keys, accounts and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * the far end or the path to it failing for a while (an edge connection or TLS negotiation that timed
    out, rsync's I/O timeout, a connection reset mid-transfer, an FTP or SMTP server's 421, a control or
    data socket that timed out, a proxy answering 502/503 to CONNECT, a DNS lookup that failed
    temporarily; a forwarded port that refused and a local forward whose port is taken read as any other
    refused connection or port in use) -> transient;
  * a persistent cause (an auth token, key or password refused: ngrok's ERR_NGROK_105/4018, Tailscale's
    invalid key or tags, OpenVPN's AUTH_FAILED, FTP's 530, SMTP's 535, a proxy's 407; a host key that
    changed; a credentials file that is missing; a config the tool cannot parse; a mailbox that does not
    exist; a host name that does not exist; a forward the server forbids) -> real;
  * near-misses: tests ABOUT these errors that fail on their assertions, an application's own log lines,
    a package named after a tunnel tool -> real;
  * wordings printed both for an outage and for a persistent cause (rsync's code 12 with nothing above
    it, a remote forward whose port is taken, a WireGuard handshake that never completed, tailscaled not
    running, ngrok's session limit, an FTP 425, a proxy whose name does not resolve) -> not surely
    transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GHA255 = "##[error]Process completed with exit code 255.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== rsync
    # RsyncProject/rsync io.c ("[%s] io timeout after %d seconds -- exiting") and log.c rerr_names
    # (RERR_TIMEOUT "timeout in data send/receive", "rsync error: %s (code %d) at %s(%d) [%s=%s]")
    ("rsync-io-timeout-code-30", "transient",
     "+ rsync -az --timeout=300 public/ deploy@www1.example.net:/srv/site/\n"
     "[sender] io timeout after 300 seconds -- exiting\n"
     "rsync error: timeout in data send/receive (code 30) at io.c(201) [sender=3.2.7]\n"
     + _GHA),
    # rsync log.c rerr_names (RERR_CONTIMEOUT "timeout waiting for daemon connection")
    ("rsync-daemon-connection-timeout-code-35", "transient",
     "+ rsync -a rsync://mirror.example.org/ci-cache/ .cache/\n"
     "rsync error: timeout waiting for daemon connection (code 35) at socket.c(278) [Receiver=3.2.7]\n"
     + _GL),
    # rsync io.c ("connection unexpectedly closed (%s bytes received so far) [%s]") below OpenSSH's
    # packet.c ("Connection reset by ... port ..."; "client_loop: send disconnect: %s")
    ("rsync-code-12-after-connection-reset", "transient",
     "sending incremental file list\n"
     "assets/app.3f1a.js\n"
     "client_loop: send disconnect: Connection reset by peer\n"
     "rsync: connection unexpectedly closed (48211 bytes received so far) [sender]\n"
     "rsync error: error in rsync protocol data stream (code 12) at io.c(232) [sender=3.2.7]\n"
     + _GHA),
    # rsync socket.c ("failed to connect to %s (%s): %s") and log.c (RERR_SOCKETIO "error in socket IO")
    ("rsync-daemon-connect-timed-out-code-10", "transient",
     "+ rsync -av rsync://mirror.example.org/pkgs/ /var/cache/pkgs/\n"
     "rsync: [Receiver] failed to connect to mirror.example.org (203.0.113.40): Connection timed out (110)\n"
     "rsync error: error in socket IO (code 10) at clientserver.c(139) [Receiver=3.2.7]\n"
     + _GL),
    # rsync receiver.c ("write failed on %s") with ENOSPC, log.c (RERR_FILEIO "error in file IO"):
    # the deploy host's disk, freed by its cleanup
    ("rsync-remote-no-space-left-code-11", "transient",
     "sending incremental file list\n"
     "media/video/intro.mp4\n"
     "rsync: [receiver] write failed on \"/srv/site/media/video/intro.mp4\": No space left on device (28)\n"
     "rsync error: error in file IO (code 11) at receiver.c(381) [receiver=3.2.7]\n"
     "rsync: [sender] write error: Broken pipe (32)\n"
     + _GHA),
    # rsync with ssh as transport: OpenSSH sshconnect2.c ("%s@%s: Permission denied (%s).") above rsync's
    # io.c and code 12 (the key the job holds is not authorised)
    ("rsync-code-12-after-publickey-denied", "real",
     "+ rsync -az -e 'ssh -i ~/.ssh/deploy_key' dist/ deploy@www1.example.net:/srv/site/\n"
     "deploy@www1.example.net: Permission denied (publickey).\n"
     "rsync: connection unexpectedly closed (0 bytes received so far) [sender]\n"
     "rsync error: unexplained error (code 255) at io.c(232) [sender=3.2.7]\n"
     + _GHA255),
    # rsync clientserver.c ("@ERROR: Unknown module '%s'") as the client relays it, RERR_STARTCLIENT
    ("rsync-daemon-unknown-module", "real",
     "+ rsync -a dist/ rsync://mirror.example.org/ci-artefacts/\n"
     "@ERROR: Unknown module 'ci-artefacts'\n"
     "rsync error: error starting client-server protocol (code 5) at main.c(1863) [sender=3.2.7]\n"
     + _GL),
    # rsync log.c rerr_names (RERR_SYNTAX "syntax or usage error") after popt's unknown option
    ("rsync-syntax-or-usage-code-1", "real",
     "+ rsync -az --delete-exluded public/ deploy@www1.example.net:/srv/site/\n"
     "rsync: --delete-exluded: unknown option\n"
     "rsync error: syntax or usage error (code 1) at main.c(1795) [client=3.2.7]\n"
     + _GHA),
    # rsync log.c rerr_names (RERR_CMD_NOTFOUND "remote command not found") with the remote shell's
    # "rsync: command not found": the deploy host has no rsync
    ("rsync-remote-command-not-found-code-127", "real",
     "+ rsync -az public/ deploy@www1.example.net:/srv/site/\n"
     "bash: line 1: rsync: command not found\n"
     "rsync: connection unexpectedly closed (0 bytes received so far) [sender]\n"
     "rsync error: remote command not found (code 127) at io.c(232) [sender=3.2.7]\n"
     + _GHA),
    # rsync flist.c/generator.c ("link_stat %s failed: %s") with RERR_PARTIAL (code 23): a source path
    # the build never made
    ("rsync-code-23-source-missing", "real",
     "+ rsync -a build/docs/ deploy@docs.example.net:/srv/docs/\n"
     "rsync: [sender] change_dir \"/home/runner/work/app/app/build/docs\" failed: No such file or directory (2)\n"
     "rsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c(1338) [sender=3.2.7]\n"
     + _GHA),

    # ================================================================== scp / sftp / ssh
    # OpenSSH sshconnect2.c ("Host key verification failed.") and sshconnect.c's banner ("REMOTE HOST
    # IDENTIFICATION HAS CHANGED!")
    ("scp-host-key-changed", "real",
     "+ scp dist/app.tar.gz deploy@build.example.net:/opt/releases/\n"
     "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n"
     "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\n"
     "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n"
     "Host key for build.example.net has changed and you have requested strict checking.\n"
     "Host key verification failed.\n"
     "scp: Connection closed\n"
     + _GHA),
    # OpenSSH sshconnect2.c ("%s@%s: Permission denied (%s).") under sftp's batch mode; sftp-client.c
    # ("Connection closed")
    ("sftp-permission-denied-publickey", "real",
     "+ sftp -b deploy.batch -i ~/.ssh/id_ed25519 upload@files.example.net\n"
     "upload@files.example.net: Permission denied (publickey,password).\n"
     "Connection closed\n"
     + _CIRCLE),
    # OpenSSH ssh.c / sshconnect.c ("ssh: connect to host %s port %s: %s") timing out, then scp's
    # "Connection closed"
    ("scp-connect-timed-out", "transient",
     "+ scp -o ConnectTimeout=20 report.html ci@reports.example.net:/var/www/reports/\n"
     "ssh: connect to host reports.example.net port 22: Connection timed out\n"
     "scp: Connection closed\n"
     + _GHA),
    # OpenSSH ssh.c (ssh_connect -> getaddrinfo: "ssh: Could not resolve hostname %s: %s") for a name
    # that does not exist (a mistyped host)
    ("scp-could-not-resolve-mistyped-host", "real",
     "+ scp dist/app.tar.gz deploy@bulid.example.net:/opt/releases/\n"
     "ssh: Could not resolve hostname bulid.example.net: Name or service not known\n"
     "scp: Connection closed\n"
     + _GHA),
    # OpenSSH sftp.c / sftp-client.c: a remote path that is not there ("... No such file or directory")
    ("sftp-remote-dir-missing", "real",
     "sftp> cd /var/www/releases/2026-03\n"
     "remote open(\"/var/www/releases/2026-03\"): No such file or directory\n"
     "sftp> put dist/app.tar.gz\n"
     "+ exit 1\n"
     + _CIRCLE),

    # ================================================================== ssh port forwards and channels
    # OpenSSH channels.c (reason2txt: "administratively prohibited"; "channel %d: open failed: %s%s%s"):
    # the bastion's sshd forbids forwarding
    ("ssh-channel-open-administratively-prohibited", "real",
     "+ ssh -f -N -L 15432:db.internal.example:5432 ci@bastion.example.net\n"
     "+ psql -h 127.0.0.1 -p 15432 -U app -c 'select 1'\n"
     "channel 2: open failed: administratively prohibited: open failed\n"
     "psql: error: connection to server at \"127.0.0.1\", port 15432 failed: server closed the connection unexpectedly\n"
     + _GHA),

    # OpenSSH channels.c ("channel %d: open failed: %s%s%s", reason2txt "connect failed"): the forwarded
    # service was starting or restarting (read as any other refused connection)
    ("ssh-channel-open-failed-connect-refused", "transient",
     "+ ssh -f -N -L 18080:app.internal.example:8080 ci@bastion.example.net\n"
     "+ curl -fsS http://127.0.0.1:18080/health\n"
     "channel 2: open failed: connect failed: Connection refused\n"
     "curl: (52) Empty reply from server\n"
     + _GHA),
    # OpenSSH channels.c ("bind [%s]:%s: %.100s", "cannot listen to port: %d") and ssh.c ("Could not request
    # local forwarding."): a stale tunnel from
    # an earlier job on the same machine (read as any other port in use)
    ("ssh-local-forward-bind-address-in-use", "transient",
     "+ ssh -o ExitOnForwardFailure=yes -f -N -L 5432:db.internal.example:5432 ci@bastion.example.net\n"
     "bind [127.0.0.1]:5432: Address already in use\n"
     "channel_setup_fwd_listener_tcpip: cannot listen to port: 5432\n"
     "Could not request local forwarding.\n"
     + _GHA255),

    # ================================================================== OpenVPN
    # OpenVPN/openvpn src/openvpn/ssl.c ("TLS Error: TLS key negotiation failed to occur within %d seconds
    # (check your network connectivity)", "TLS Error: TLS handshake failed")
    ("openvpn-tls-key-negotiation-failed", "transient",
     "2026-03-02 10:14:01 TCP/UDP: Preserving recently used remote address: [AF_INET]198.51.100.23:1194\n"
     "2026-03-02 10:14:01 UDPv4 link remote: [AF_INET]198.51.100.23:1194\n"
     "2026-03-02 10:15:01 TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network connectivity)\n"
     "2026-03-02 10:15:01 TLS Error: TLS handshake failed\n"
     "2026-03-02 10:15:01 SIGUSR1[soft,tls-error] received, process restarting\n"
     "Error: VPN did not come up within 90 seconds\n"
     + _GHA),
    # OpenVPN push.c ("AUTH: Received control message: %s"; register_signal "auth-failure")
    ("openvpn-auth-failed", "real",
     "2026-03-02 10:14:03 [vpn.example.net] Peer Connection Initiated with [AF_INET]198.51.100.23:1194\n"
     "2026-03-02 10:14:04 AUTH: Received control message: AUTH_FAILED\n"
     "2026-03-02 10:14:04 SIGTERM[soft,auth-failure] received, process exiting\n"
     "Error: VPN did not come up within 90 seconds\n"
     + _GHA),
    # OpenVPN error.c ("Options error: %s") from options.c for a directive it does not know
    ("openvpn-options-error", "real",
     "2026-03-02 10:14:00 Options error: Unrecognized option or missing or extra parameter(s) in ci.ovpn:14: data-cipher (2.6.9)\n"
     "Use --help for more information.\n"
     + _GHA),
    # OpenVPN socket_util.c ("RESOLVE: Cannot resolve host address: %s:%s%s (%s)") with EAI_AGAIN
    ("openvpn-resolve-temporary-failure", "transient",
     "2026-03-02 10:14:00 OpenVPN 2.6.9 x86_64-pc-linux-gnu\n"
     "2026-03-02 10:14:05 RESOLVE: Cannot resolve host address: vpn.example.net:1194 (Temporary failure in name resolution)\n"
     "2026-03-02 10:14:05 Could not determine IPv4/IPv6 protocol\n"
     "2026-03-02 10:14:05 SIGUSR1[soft,init_instance] received, process restarting\n"
     "Error: VPN did not come up within 90 seconds\n"
     + _GHA),

    # ================================================================== WireGuard
    # WireGuard/wireguard-tools src/config.c ("Line unrecognized: `%s'") and src/setconf.c
    # ("Configuration parsing error"), wg-quick's "[#] %s" command echo
    ("wg-quick-config-line-unrecognized", "real",
     "[#] ip link add wg0 type wireguard\n"
     "[#] wg setconf wg0 /dev/fd/63\n"
     "Line unrecognized: `PublicKy=aGVsbG8td29ybGQtdGhpcy1pcy1ub3QtYS1rZXk='\n"
     "Configuration parsing error\n"
     "[#] ip link delete dev wg0\n"
     + _GHA),
    # wireguard-tools src/config.c ("Key is not the correct length or format: `%s'"): a secret pasted
    # with its quotes
    ("wg-key-not-correct-length", "real",
     "[#] ip link add wg0 type wireguard\n"
     "[#] wg setconf wg0 /dev/fd/63\n"
     "Key is not the correct length or format: `\"c2VjcmV0LWtleS1mb3ItY2k=\"'\n"
     "Configuration parsing error\n"
     "[#] ip link delete dev wg0\n"
     + _GHA),

    # ================================================================== Tailscale
    # tailscale/tailscale's CLI relaying the control plane's refusal ("backend error: invalid key: ...")
    # under tailscale/github-action src/main.ts ("Tailscale up attempt %d failed: %s")
    ("tailscale-invalid-auth-key", "real",
     "Attempt 1 to bring up Tailscale...\n"
     "backend error: invalid key: API key kQ7x9CNTRL not valid\n"
     "Warning: Tailscale up attempt 1 failed: Error: sudo failed with exit code 1\n"
     "Attempt 2 to bring up Tailscale...\n"
     "backend error: invalid key: API key kQ7x9CNTRL not valid\n"
     "##[error]sudo failed with exit code 1\n"),
    # Tailscale's control plane ("requested tags [%s] are invalid or not permitted", as headscale copies
    # it) relayed by `tailscale up --advertise-tags`
    ("tailscale-requested-tags-not-permitted", "real",
     "Attempt 1 to bring up Tailscale...\n"
     "backend error: requested tags [tag:ci-runner] are invalid or not permitted\n"
     "##[error]sudo failed with exit code 1\n"),
    # tailscale/github-action src/main.ts (Promise.race with new Error("Timeout"); "Tailscale up attempt
    # %d failed: %s"; "Retrying in %d seconds...")
    ("tailscale-action-up-timeout-every-attempt", "transient",
     "Attempt 1 to bring up Tailscale...\n"
     "Warning: Tailscale up attempt 1 failed: Error: Timeout\n"
     "Retrying in 2 seconds...\n"
     "Attempt 2 to bring up Tailscale...\n"
     "Warning: Tailscale up attempt 2 failed: Error: Timeout\n"
     "##[error]Timeout\n"),
    # tailscale/tailscale cmd/tailscale/cli/up.go ("timeout waiting for Tailscale service to enter a
    # Running state; check health with \"tailscale status\"") after the login URL: no auth key was
    # given, the node waits for a person
    ("tailscale-up-needs-interactive-login", "real",
     "+ sudo tailscale up --timeout=60s --hostname=ci-runner-4411\n"
     "\n"
     "To authenticate, visit:\n"
     "\n"
     "\thttps://login.tailscale.com/a/1a2b3c4d5e6f\n"
     "\n"
     "timeout waiting for Tailscale service to enter a Running state; check health with \"tailscale status\"\n"
     + _GHA),
    # tailscale/github-action src/main.ts ("Please provide either an auth key, OAuth secret and tags, or
    # federated identity client ID and audience with tags."): the secret is empty on a fork
    ("tailscale-action-no-auth-given", "real",
     "Run tailscale/github-action@v3\n"
     "##[error]Please provide either an auth key, OAuth secret and tags, or federated identity client ID and audience with tags.\n"),

    # ================================================================== cloudflared
    # cloudflare/cloudflared connection/errors.go ("failed to dial to edge with quic: %s"),
    # supervisor/tunnel.go ("Unable to establish connection.", "Retrying connection in up to %s") and
    # supervisor.go ("no more connections active and exiting")
    ("cloudflared-edge-dial-timeout", "transient",
     "2026-03-02T10:14:01Z INF Starting tunnel tunnelID=6f1e2d3c-aaaa-bbbb-cccc-0123456789ab\n"
     "2026-03-02T10:14:21Z ERR Failed to dial a quic connection error=\"failed to dial to edge with quic: timeout: no recent network activity\" connIndex=0 event=0 ip=198.41.192.7\n"
     "2026-03-02T10:14:21Z INF Retrying connection in up to 2s connIndex=0 event=0 ip=198.41.192.7\n"
     "2026-03-02T10:15:01Z ERR Unable to establish connection. error=\"DialContext error: dial tcp 198.41.200.13:7844: i/o timeout\" connIndex=0\n"
     "2026-03-02T10:15:01Z ERR no more connections active and exiting\n"
     + _GHA),
    # cloudflared edgediscovery/allregions/discovery.go ("edge discovery: error looking up Cloudflare
    # edge IPs: the DNS query failed")
    ("cloudflared-edge-discovery-dns-failed", "transient",
     "2026-03-02T10:14:01Z INF Starting tunnel tunnelID=6f1e2d3c-aaaa-bbbb-cccc-0123456789ab\n"
     "2026-03-02T10:14:06Z ERR edge discovery: error looking up Cloudflare edge IPs: the DNS query failed error=\"lookup _v2-origintunneld._tcp.argotunnel.com on 127.0.0.53:53: server misbehaving\"\n"
     "2026-03-02T10:14:06Z ERR Initiating shutdown error=\"there are no free edge addresses left to resolve to\"\n"
     + _GHA),
    # cloudflared cmd/cloudflared/tunnel/credential_finder.go ("Tunnel credentials file '%s' doesn't exist
    # or is not a file")
    ("cloudflared-credentials-file-missing", "real",
     "+ cloudflared tunnel --config .ci/cloudflared.yml run ci-preview\n"
     "2026-03-02T10:14:01Z ERR Tunnel credentials file '/home/runner/.cloudflared/6f1e2d3c-aaaa-bbbb-cccc-0123456789ab.json' doesn't exist or is not a file\n"
     + _GHA),
    # cloudflared cmd/cloudflared/tunnel/subcommands.go ("Provided Tunnel token is not valid.")
    ("cloudflared-tunnel-token-not-valid", "real",
     "+ cloudflared tunnel run --token \"$CF_TUNNEL_TOKEN\"\n"
     "Provided Tunnel token is not valid.\n"
     + _CIRCLE),
    # cloudflared credentials/origin_cert.go ("Cannot determine default origin certificate path. No file %s
    # in %v. You need to specify the origin certificate path ...")
    ("cloudflared-origin-cert-missing", "real",
     "+ cloudflared tunnel route dns ci-preview pr-812.preview.example.dev\n"
     "2026-03-02T10:14:01Z ERR Cannot determine default origin certificate path. No file cert.pem in [~/.cloudflared ~/.cloudflare-warp ~/cloudflare-warp /etc/cloudflared /usr/local/etc/cloudflared]. You need to specify the origin certificate path by specifying the origincert option in the configuration file, or set TUNNEL_ORIGIN_CERT environment variable\n"
     + _GHA),
    # cloudflared cmd/cloudflared/tunnel/quick_tunnel.go ("failed to request quick Tunnel") over Go's
    # net/http timeout
    ("cloudflared-quick-tunnel-request-timeout", "transient",
     "2026-03-02T10:14:01Z INF Requesting new quick Tunnel on trycloudflare.com...\n"
     "2026-03-02T10:14:31Z ERR failed to request quick Tunnel: Post \"https://api.trycloudflare.com/tunnel\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)\n"
     + _GHA),

    # ================================================================== ngrok (closed agent: docs)
    # ngrok.com/docs/errors/err_ngrok_105 ("The authtoken you specified does not look like a proper ngrok
    # tunnel authtoken.") (doc)
    ("ngrok-authtoken-malformed-105", "real",
     "+ ngrok http 3000 --log stdout &\n"
     "ERROR:  authentication failed: The authtoken you specified does not look like a proper ngrok tunnel authtoken.\n"
     "ERROR:  Your authtoken: ${{ secrets.NGROK_TOKEN }}\n"
     "ERROR:  Instructions to install your authtoken are on your ngrok dashboard:\n"
     "ERROR:  https://dashboard.ngrok.com/get-started/your-authtoken\n"
     "ERROR:\n"
     "ERROR:  ERR_NGROK_105\n"
     + _GHA),
    # ngrok.com/docs/errors/err_ngrok_4018 ("Usage of ngrok requires a verified account and authtoken.") (doc)
    ("ngrok-requires-authtoken-4018", "real",
     "+ ngrok tcp 5432 --log stdout\n"
     "ERROR:  authentication failed: Usage of ngrok requires a verified account and authtoken.\n"
     "ERROR:\n"
     "ERROR:  Sign up for an account: https://dashboard.ngrok.com/signup\n"
     "ERROR:  ERR_NGROK_4018\n"
     + _GHA),
    # ngrok agent's session dial as its docs show it ("failed to dial ngrok server with address ...") over
    # Go's resolver timeout (doc)
    ("ngrok-session-dial-timeout", "transient",
     "t=2026-03-02T10:14:01+0000 lvl=info msg=\"starting web service\" obj=web addr=127.0.0.1:4040\n"
     "t=2026-03-02T10:14:11+0000 lvl=eror msg=\"failed to reconnect session\" obj=tunnels.session err=\"failed to dial ngrok server with address \\\"connect.ngrok-agent.com:443\\\": dial tcp: lookup connect.ngrok-agent.com on 127.0.0.53:53: read udp 127.0.0.1:40211->127.0.0.53:53: i/o timeout\"\n"
     "ERROR:  tunnel session failed: failed to dial ngrok server with address \"connect.ngrok-agent.com:443\": dial tcp: lookup connect.ngrok-agent.com: i/o timeout\n"
     + _GHA),

    # ================================================================== FTP deploys
    # lavv17/lftp src/FileAccess.cc ("Login failed" ": %s") with the server's 530
    ("lftp-login-failed-530", "real",
     "+ lftp -u \"$FTP_USER\",\"$FTP_PASS\" -e 'mirror -R public/ /htdocs/; quit' ftp.example-host.net\n"
     "mirror: Login failed: 530 Login incorrect.\n"
     + _GHA),
    # lftp src/NetAccess.cc ("max-retries exceeded" " (%s)") with the disconnect cause
    ("lftp-max-retries-connection-timed-out", "transient",
     "+ lftp -e 'set net:max-retries 3; mirror -R public/ /htdocs/; quit' ftp.example-host.net\n"
     "mirror: Fatal error: max-retries exceeded (Connection timed out)\n"
     + _GHA),
    # lftp src/FileAccess.cc ("Access failed: %s") with a 550 for a directory that does not exist
    ("lftp-access-failed-550", "real",
     "+ lftp -e 'cd /htdcos; mirror -R public/ .; quit' ftp.example-host.net\n"
     "cd: Access failed: 550 /htdcos: No such file or directory\n"
     + _GHA),
    # patrickjuchli/basic-ftp src/FtpContext.ts (new Error(`Timeout (${identifier})`)) as
    # SamKirkland/ftp-deploy src/errorHandling.ts prints it ("full error below")
    ("ftp-deploy-control-socket-timeout", "transient",
     "🚀 Thanks for using ftp-deploy. Let's deploy some stuff!\n"
     "----------------------------------------------------------------\n"
     "--------------  🔥🔥🔥 an error occurred  🔥🔥🔥  --------------\n"
     "----------------------------------------------------------------\n"
     "----------------------  full error below  ----------------------\n"
     "Error: Timeout (control socket)\n"
     "    at Socket.<anonymous> (/home/runner/work/_actions/SamKirkland/FTP-Deploy-Action/v4.3.5/dist/index.js:1:1)\n"
     "##[error]Error: Timeout (control socket)\n"),
    # basic-ftp src/FtpContext.ts ("Server sent FIN packet unexpectedly, closing connection.")
    ("ftp-deploy-server-sent-fin", "transient",
     "Uploading: wp-content/uploads/2026/03/hero.jpg\n"
     "--------------  🔥🔥🔥 an error occurred  🔥🔥🔥  --------------\n"
     "Error: Server sent FIN packet unexpectedly, closing connection.\n"
     "##[error]Error: Server sent FIN packet unexpectedly, closing connection.\n"),
    # basic-ftp FTPError (code >= 400) with a 421 ("Too many connections"): the server's per-IP limit
    ("ftp-deploy-421-too-many-connections", "transient",
     "--------------  🔥🔥🔥 an error occurred  🔥🔥🔥  --------------\n"
     "FTPError: 421 Too many connections (8) from this IP\n"
     "##[error]FTPError: 421 Too many connections (8) from this IP\n"),
    # SamKirkland/ftp-deploy src/errorHandling.ts ("Could not login with the username ... Make sure you can
    # login with those credentials.") over basic-ftp's FTPError 530
    ("ftp-deploy-530-login-authentication-failed", "real",
     "--------------  🔥🔥🔥 an error occurred  🔥🔥🔥  --------------\n"
     "Could not login with the username \"deploy@example-host.net\" and password \"***\".\n"
     "Make sure you can login with those credentials. If you have a space or a quote in your username or password be sure to escape them!\n"
     "FTPError: 530 Login authentication failed\n"
     "##[error]FTPError: 530 Login authentication failed\n"),
    # SamKirkland/ftp-deploy src/errorHandling.ts (ENOTFOUND: "The server \"%s\" doesn't seem to exist. Do you
    # have a typo?")
    ("ftp-deploy-server-does-not-exist", "real",
     "--------------  🔥🔥🔥 an error occurred  🔥🔥🔥  --------------\n"
     "The server \"ftp.exmaple-host.net\" doesn't seem to exist. Do you have a typo?\n"
     "Error: getaddrinfo ENOTFOUND ftp.exmaple-host.net\n"
     "##[error]Error: getaddrinfo ENOTFOUND ftp.exmaple-host.net\n"),

    # ================================================================== SMTP
    # CPython Lib/smtplib.py (SMTPAuthenticationError raised from login() with the server's 535)
    ("smtplib-535-authentication-failed", "real",
     "Traceback (most recent call last):\n"
     '  File "/src/scripts/send_report.py", line 28, in <module>\n'
     "    server.login(user, password)\n"
     "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted. For more information, go to https://support.example.com/mail/?p=BadCredentials')\n"
     + _GHA),
    # CPython Lib/smtplib.py (getreply: SMTPServerDisconnected("Connection unexpectedly closed"))
    ("smtplib-server-disconnected", "transient",
     "Sending nightly report to 3 recipients\n"
     "Traceback (most recent call last):\n"
     '  File "/src/scripts/send_report.py", line 31, in <module>\n'
     "    server.sendmail(sender, rcpts, msg.as_string())\n"
     "smtplib.SMTPServerDisconnected: Connection unexpectedly closed\n"
     + _GHA),
    # CPython Lib/smtplib.py (SMTPDataError / SMTPSenderRefused with the server's 421: RFC 5321 "service not
    # available, closing transmission channel")
    ("smtplib-421-try-again-later", "transient",
     "Traceback (most recent call last):\n"
     '  File "/src/scripts/send_report.py", line 31, in <module>\n'
     "    server.sendmail(sender, rcpts, msg.as_string())\n"
     "smtplib.SMTPSenderRefused: (421, b'4.7.0 Temporary System Problem.  Try again later (10).', 'ci@example.org')\n"
     + _GHA),
    # CPython Lib/smtplib.py (SMTPRecipientsRefused: every recipient refused) with a 550 "user unknown"
    ("smtplib-550-recipients-refused", "real",
     "Traceback (most recent call last):\n"
     '  File "/src/scripts/send_report.py", line 31, in <module>\n'
     "    server.sendmail(sender, rcpts, msg.as_string())\n"
     "smtplib.SMTPRecipientsRefused: {'qa-team@example.invalid': (550, b'5.1.1 <qa-team@example.invalid>: Recipient address rejected: User unknown in virtual mailbox table')}\n"
     + _GHA),
    # nodemailer/nodemailer lib/smtp-connection/index.js (_formatError('Invalid login', 'EAUTH', ...))
    ("nodemailer-invalid-login-535", "real",
     "> node scripts/notify.js\n"
     "Error: Invalid login: 535 5.7.3 Authentication unsuccessful\n"
     "    at SMTPConnection._formatError (/src/node_modules/nodemailer/lib/smtp-connection/index.js:809:19)\n"
     "  code: 'EAUTH',\n"
     "  response: '535 5.7.3 Authentication unsuccessful',\n"
     "  command: 'AUTH LOGIN'\n"
     + _GHA),
    # nodemailer lib/smtp-connection/index.js ('Greeting never received', 'ETIMEDOUT')
    ("nodemailer-greeting-never-received", "transient",
     "> node scripts/notify.js\n"
     "Error: Greeting never received\n"
     "    at SMTPConnection._formatError (/src/node_modules/nodemailer/lib/smtp-connection/index.js:809:19)\n"
     "  code: 'ETIMEDOUT',\n"
     "  command: 'CONN'\n"
     + _GHA),
    # marlam/msmtp src/net.c ("cannot connect to %s, port %d: %s") and msmtp.c ("could not send mail
    # (account %s from %s)")
    ("msmtp-cannot-connect-timed-out", "transient",
     "+ msmtp -a ci qa-team@example.org < report.eml\n"
     "msmtp: cannot connect to smtp.example.org, port 587: Connection timed out\n"
     "msmtp: could not send mail (account ci from /etc/msmtprc)\n"
     + _GL),
    # msmtp src/smtp.c ("authentication failed (method %s)") and msmtp.c ("server message: %s")
    ("msmtp-authentication-failed-535", "real",
     "+ msmtp -a ci qa-team@example.org < report.eml\n"
     "msmtp: authentication failed (method PLAIN)\n"
     "msmtp: server message: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6\n"
     "msmtp: could not send mail (account ci from /etc/msmtprc)\n"
     + _GL),

    # ================================================================== HTTP proxies
    # curl/curl lib/cf-h1-proxy.c (older lib/http_proxy.c: "Received HTTP code %d from proxy after
    # CONNECT") as git relays it: a proxy that wants credentials
    ("git-proxy-407-after-connect", "real",
     "+ git clone https://git.example.org/platform/app.git\n"
     "Cloning into 'app'...\n"
     "fatal: unable to access 'https://git.example.org/platform/app.git/': Received HTTP code 407 from proxy after CONNECT\n"
     + _GL),
    # curl lib/cf-h1-proxy.c ("CONNECT tunnel failed, response %d") with a 502 from the proxy
    ("curl-connect-tunnel-failed-502", "transient",
     "+ curl -fsSL https://downloads.example.org/tool/v2.4.1/tool-linux-amd64.tar.gz -o tool.tgz\n"
     "curl: (56) CONNECT tunnel failed, response 502\n"
     + _GL),
    # curl lib/cf-h1-proxy.c ("CONNECT tunnel failed, response %d") with a 407
    ("curl-connect-tunnel-failed-407", "real",
     "+ curl -fsSL https://downloads.example.org/tool/v2.4.1/tool-linux-amd64.tar.gz -o tool.tgz\n"
     "curl: (56) CONNECT tunnel failed, response 407\n"
     + _GL),
    # curl lib/cf-h1-proxy.c with a 403: the proxy's access list refuses the host (squid ERR_ACCESS_DENIED)
    ("curl-connect-tunnel-failed-403", "real",
     "+ curl -fsSL https://downloads.example.org/tool/v2.4.1/tool-linux-amd64.tar.gz -o tool.tgz\n"
     "curl: (56) CONNECT tunnel failed, response 403\n"
     + _GL),
    # urllib3 (connectionpool/connection: ProxyError('Unable to connect to proxy', OSError('Tunnel
    # connection failed: 407 Proxy Authentication Required'))) as pip prints it; CPython http/client.py
    # _tunnel ("Tunnel connection failed: %d %s")
    ("pip-proxy-tunnel-407", "real",
     "+ pip install -r requirements.txt\n"
     "ERROR: Could not install packages due to an OSError: HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded with url: /simple/requests/ (Caused by ProxyError('Unable to connect to proxy', OSError('Tunnel connection failed: 407 Proxy Authentication Required')))\n"
     + _GL),
    # the same http/client.py _tunnel with a 503 from the proxy
    ("python-proxy-tunnel-503", "transient",
     "+ python scripts/fetch_fixtures.py\n"
     "requests.exceptions.ProxyError: HTTPSConnectionPool(host='fixtures.example.org', port=443): Max retries exceeded with url: /v1/set.tar (Caused by ProxyError('Unable to connect to proxy', OSError('Tunnel connection failed: 503 Service Unavailable')))\n"
     + _GL),

    # ================================================================== near-misses: code that mentions the tools
    # a pytest test ABOUT smtplib's disconnect that fails on its own assertion
    ("pytest-about-smtp-disconnect-fails-on-assertion", "real",
     "tests/test_mailer.py::test_retries_when_server_disconnects FAILED\n"
     "=================================== FAILURES ===================================\n"
     "____________________ test_retries_when_server_disconnects _____________________\n"
     "    def test_retries_when_server_disconnects(fake_smtp):\n"
     "        fake_smtp.fail_with(smtplib.SMTPServerDisconnected('Connection unexpectedly closed'))\n"
     ">       assert mailer.send(report) == 'queued'\n"
     "E       AssertionError: assert 'failed' == 'queued'\n"
     "FAILED tests/test_mailer.py::test_retries_when_server_disconnects - AssertionError: assert 'failed' == 'queued'\n"
     "========================= 1 failed, 41 passed in 3.02s =========================\n"
     + _GHA),
    # a Go test of a tunnel client whose expected error text names an ssh channel failure
    ("go-test-about-channel-open-failed", "real",
     "=== RUN   TestForwarderReportsRefusedTarget\n"
     "    forward_test.go:88: got error \"dial 127.0.0.1:9: connect: connection refused\", want \"channel 0: open failed: connect failed: Connection refused\"\n"
     "--- FAIL: TestForwarderReportsRefusedTarget (0.01s)\n"
     "FAIL\n"
     "FAIL\texample.org/tunnel/forward\t0.214s\n"
     + _GHA),
    # pytest.raises around rsync's code 30 that the code no longer raises
    ("pytest-raises-rsync-code-30-did-not-raise", "real",
     "    def test_sync_raises_on_code_30(runner):\n"
     "        runner.stub('rsync', exit_code=30, stderr='rsync error: timeout in data send/receive (code 30)')\n"
     "        with pytest.raises(SyncTimeout):\n"
     ">           deploy.sync('public/', 'www1:/srv/site')\n"
     "E           Failed: DID NOT RAISE <class 'deploy.errors.SyncTimeout'>\n"
     "FAILED tests/test_deploy.py::test_sync_raises_on_code_30 - Failed: DID NOT RAISE <class 'deploy.errors.SyncTimeout'>\n"
     "========================= 1 failed, 12 passed in 0.88s =========================\n"
     + _GHA),
    # an application's own log line about its tunnel, then its test fails on a value
    ("app-log-tunnel-error-then-assertion", "real",
     "2026-03-02 10:14:02 WARNING tunnel.supervisor: Serve tunnel error: edge connection lost, retrying in 1s\n"
     "2026-03-02 10:14:03 INFO tunnel.supervisor: registered tunnel connection connIndex=0\n"
     "tests/test_supervisor.py::test_reports_reconnect_count FAILED\n"
     "E       assert 2 == 1\n"
     "FAILED tests/test_supervisor.py::test_reports_reconnect_count - assert 2 == 1\n"
     "========================= 1 failed, 30 passed in 4.11s =========================\n"
     + _GHA),
    # npm's 404 for a package named after a tunnel tool
    ("npm-404-package-named-after-ngrok", "real",
     "+ npm ci\n"
     "npm error code E404\n"
     "npm error 404 Not Found - GET https://registry.npmjs.org/ngrok-tunnel-retry - Not found\n"
     "npm error 404  'ngrok-tunnel-retry@^1.2.0' is not in this registry.\n"
     + _GHA),
    # a type error in a module named after the timeout it handles
    ("mypy-in-module-named-rsync-timeout", "real",
     "+ mypy src\n"
     "src/deploy/rsync_timeout.py:14: error: Argument 1 to \"retry_transfer\" has incompatible type \"str\"; expected \"int\"  [arg-type]\n"
     "Found 1 error in 1 file (checked 48 source files)\n"
     + _GHA),
    # a Jest test ABOUT nodemailer's greeting timeout that fails on its expectation
    ("jest-about-greeting-never-received", "real",
     "FAIL test/notify.test.js\n"
     "  ● notify › surfaces a greeting timeout\n"
     "    expect(received).toThrow(expected)\n"
     "    Expected substring: \"Greeting never received\"\n"
     "    Received message:   \"send() called twice\"\n"
     "      at Object.<anonymous> (test/notify.test.js:41:7)\n"
     "Tests:       1 failed, 17 passed, 18 total\n"
     + _GHA),
    # a fake SMTP server's own log lines in a test (it answers 421 on purpose), then the test fails on a value
    ("fake-smtp-server-421-log-then-assertion", "real",
     "tests/test_relay.py::test_backs_off_on_busy_server FAILED\n"
     "------------------------------ Captured log call -------------------------------\n"
     "INFO     fakesmtp:server.py:77 replying 421 4.7.0 Try again later, closing connection\n"
     "E       assert 0 == 3\n"
     "FAILED tests/test_relay.py::test_backs_off_on_busy_server - assert 0 == 3\n"
     "========================= 1 failed, 9 passed in 1.20s ==========================\n"
     + _GHA),
    # a Go test of a tunnel client whose wanted error is cloudflared's credentials message
    ("go-test-about-tunnel-credentials-message", "real",
     "=== RUN   TestLoadCredentials/missing\n"
     "    creds_test.go:31: got \"open /tmp/x.json: permission denied\", want \"Tunnel credentials file '/tmp/x.json' doesn't exist or is not a file\"\n"
     "--- FAIL: TestLoadCredentials/missing (0.00s)\n"
     "FAIL\texample.org/edge/creds\t0.018s\n"
     + _GHA),
]

# Outage words that a persistent cause prints the same way: never a transient at 0.7 or more.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # rsync io.c + code 12 with nothing above it: a dropped line, or a remote shell that printed to stdout,
    # an rsync missing on the far side, a refused login whose message went elsewhere
    ("rsync-code-12-bare",
     "sending incremental file list\n"
     "rsync: connection unexpectedly closed (0 bytes received so far) [sender]\n"
     "rsync error: error in rsync protocol data stream (code 12) at io.c(232) [sender=3.2.7]\n"
     + _GHA),
    # OpenSSH ssh.c ("Error: remote port forwarding failed for listen port %d" with ExitOnForwardFailure):
    # an earlier session still holds the port on the bastion, or another job uses the same port
    ("ssh-remote-port-forwarding-failed",
     "+ ssh -o ExitOnForwardFailure=yes -f -N -R 9000:127.0.0.1:3000 ci@bastion.example.net\n"
     "Error: remote port forwarding failed for listen port 9000\n"
     + _GHA255),
    # autossh (www.harding.motd.ca/autossh, autossh.c: "ssh exited prematurely with status %d; %s exiting"):
    # the tunnel died on its first start, for a reason ssh said elsewhere
    ("autossh-ssh-exited-prematurely",
     "+ autossh -M 0 -f -N -L 16379:cache.internal.example:6379 ci@bastion.example.net\n"
     "autossh[2211]: ssh exited prematurely with status 255; autossh exiting\n"
     + _GHA),
    # wireguard-go device/timers.go ("Handshake did not complete after %d seconds, retrying (try %d)"): the
    # peer unreachable for a while, or a wrong key or endpoint that never answers
    ("wireguard-handshake-did-not-complete",
     "DEBUG: (wg0) 2026/03/02 10:14:06 peer(aGVs…a2V5) - Handshake did not complete after 5 seconds, retrying (try 2)\n"
     "DEBUG: (wg0) 2026/03/02 10:14:11 peer(aGVs…a2V5) - Handshake did not complete after 5 seconds, retrying (try 3)\n"
     "+ ping -c 3 -W 5 10.80.0.1\n"
     "3 packets transmitted, 0 received, 100% packet loss, time 2043ms\n"
     + _GHA),
    # tailscale/tailscale cmd/tailscale/cli ("failed to connect to local tailscaled; it doesn't appear to be
    # running (sudo systemctl start tailscaled ?)"): a daemon not started yet, or never started by the script
    ("tailscale-local-tailscaled-not-running",
     "+ sudo tailscale up --authkey \"$TS_AUTHKEY\" --hostname ci-4411\n"
     "failed to connect to local tailscaled; it doesn't appear to be running (sudo systemctl start tailscaled ?)\n"
     + _GHA),
    # tailscale/github-action src/main.ts ("Ping host %s did not respond"): the peer is down, or an ACL
    # does not let the CI node reach it
    ("tailscale-action-ping-host-did-not-respond",
     "Will ping hosts db-staging up to 3 minutes each (in parallel) in order to check connectivity\n"
     "Pinging host db-staging\n"
     "##[error]❌ Ping host db-staging did not respond\n"),
    # ngrok.com/docs/errors/err_ngrok_108 ("Your account is limited to 1 simultaneous ngrok agent sessions.")
    # (doc): a parallel job holds the session for a while, or every run opens two
    ("ngrok-simultaneous-sessions-108",
     "+ ngrok http 3000 --log stdout\n"
     "ERROR:  authentication failed: Your account is limited to 1 simultaneous ngrok agent sessions.\n"
     "ERROR:  You can run multiple simultaneous tunnels from a single agent session by defining the tunnels in your agent configuration file and starting them with the command `ngrok start --all`.\n"
     "ERROR:  ERR_NGROK_108\n"
     + _GHA),
    # RFC 959's 425 ("Can't open data connection") as lftp relays it: a passive-mode port range the
    # server's firewall drops, or a slow moment
    ("lftp-425-cannot-open-data-connection",
     "+ lftp -e 'mirror -R public/ /htdocs/; quit' ftp.example-host.net\n"
     "mirror: Fatal error: max-retries exceeded (425 Unable to build data connection: Connection timed out)\n"
     + _GHA),
    # Go net/http ("proxyconnect tcp: %v"): a proxy variable the cloud runner inherited from a corporate
    # image (no proxy there), or a proxy down for a while
    ("go-proxyconnect-no-such-host",
     "+ go mod download\n"
     "go: github.com/example/lib@v1.4.0: Get \"https://proxy.golang.org/github.com/example/lib/@v/v1.4.0.mod\": proxyconnect tcp: dial tcp: lookup proxy.corp.example on 127.0.0.53:53: no such host\n"
     + _GL),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_tunnel_vpn_remote_copy_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_tunnel_vpn_remote_copy_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "requested tags [tag:ci tag:ci ",
    "Tunnel credentials file '",
    '''The server "ftp.example.net''',
    'remote open("/srv/',
    "421 Service not available 421-4.7.0 ",
    "ssh: Could not resolve hostname ",
    "proxyconnect tcp: dial tcp: lookup ",
]
