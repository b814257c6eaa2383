"""Huge logs: a step's output is streamed into the excerpt window, never held whole, and the
offline engine stays linear on logs full of blank lines.

The big output is served by a separate process on loopback (so this process's memory counts
only what the client keeps); the CircleCI simulator points the job's step at it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tracemalloc
from datetime import timedelta

from killpoints import _env, cli_command

from triage_agent.config import PollingSettings
from triage_agent.providers.circleci.client import CircleCIClient, RequestBudget
from triage_agent.providers.circleci.provider import fetch_log_excerpt
from triage_agent.simulator import Scenario, Simulator

MB = 30
# Serves one JSON step output of about MB megabytes (64 kB messages, as CircleCI sends them).
SERVER = r"""
import json, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
mb = int(sys.argv[1])
line = "compiling module {} of many, nothing to see here\n"
chunks, buf, size, i = [], [], 0, 0
while size < mb * 1024 * 1024:
    s = line.format(i); buf.append(s); size += len(s); i += 1
    if len(buf) >= 1200:
        chunks.append({"message": "".join(buf), "type": "out"}); buf = []
chunks.append({"message": "".join(buf) + "npm ERR! network request failed, reason: read ECONNRESET\n", "type": "out"})
chunks.append({"message": "Exited with code exit status 1\n", "type": "err"})
body = json.dumps(chunks).encode()
class H(BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        view = memoryview(body)
        for k in range(0, len(body), 65536):
            self.wfile.write(view[k:k + 65536])
srv = ThreadingHTTPServer(("127.0.0.1", 0), H)
print(srv.server_address[1], len(body), flush=True)
srv.serve_forever()
"""


def test_a_30_mb_step_output_is_streamed_into_the_window_and_never_held_whole():
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(MB)], stdout=subprocess.PIPE, text=True)
    try:
        port, size = (int(x) for x in server.stdout.readline().split())
        steps = {"steps": [{"name": "npm ci", "actions": [{
            "name": "npm ci", "index": 0, "step": 101, "status": "failed", "failed": True, "exit_code": 1,
            "has_output": True, "output_url": f"http://127.0.0.1:{port}/output/abc?Signature=x"}]}]}
        sc = Scenario(seed=71)
        sc.add_project("gh/acme/api")
        sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=5), workflows=[
            sc.workflow("build", jobs=[sc.job("install", status="failed", log="x")])])
        with Simulator(sc) as sim:
            sim.inject("malformed", times=None, path_regex=r"^/api/v1\.1/project/", body=json.dumps(steps),
                       content_type="application/json")
            client = CircleCIClient(sim.base_url, sim.token, budget=RequestBudget(6000), timeout=60)
            problems: list[str] = []
            tracemalloc.start()
            try:
                text, _ = fetch_log_excerpt(client, "gh/acme/api", 1, PollingSettings(), problems)
                peak = tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()
                client.close()
    finally:
        server.kill()
        server.wait()
    assert size > MB * 1_000_000
    # The excerpt is right: the first lines, the error near the end, the last line...
    lines = text.splitlines()
    assert lines[1] == "compiling module 0 of many, nothing to see here"
    assert "npm ERR! network request failed, reason: read ECONNRESET" in text
    assert lines[-1] == "Exited with code exit status 1" and "lines omitted" in text
    assert problems == []
    # ...and what was held at any moment was a small fraction of the output.
    print(f"{size / 1e6:.1f} MB step output; traced peak {peak / 1e6:.2f} MB")
    assert peak < size / 10


def test_classify_stays_linear_on_megabytes_of_blank_lines(tmp_path):
    # Two megabytes of newlines and blank lines took the old engine hours (N^2 in the number
    # of lines); the generous limit below only stops a run that would never end.
    case = {"log": "\n" * 1_000_000 + "   \n\t\n" * 100_000 + "npm ERR! network request failed, reason: read ECONNRESET\n"}
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case))
    done = subprocess.run([*cli_command(), "classify", str(path), "--offline", "--json"], capture_output=True,
                          text=True, env=_env(), cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    verdict = json.loads(done.stdout)
    assert (verdict["verdict"], verdict["category"]) == ("transient", "network")
