"""Loopback stand-ins for the report sinks' servers (GitHub issues API, a Slack incoming
webhook), shared by the report, sink, secret and injection tests."""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

GH_TOKEN = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"
HOOK_SECRET_PATH = "/services/T000/B000/XXXXsecretXXXX"


class Recorder(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, handler):
        super().__init__(("127.0.0.1", 0), handler)
        self.requests: list[dict] = []
        self.issues: list[dict] = []
        self.comments: dict[int, list[dict]] = {}
        self.status = 0  # non-zero: answer every request with it
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def raw(self) -> str:
        return "\n".join(r["raw"] for r in self.requests)


class GitHubHandler(BaseHTTPRequestHandler):
    """Just enough of the GitHub issues API: list (paged, Link header), create, comments."""

    server: Recorder

    def log_message(self, *args):
        pass

    def _reply(self, status, body, headers=None):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _handle(self, method):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode() if length else ""
        parts = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        srv = self.server
        with srv.lock:
            srv.requests.append({"method": method, "path": parts.path, "query": query,
                                 "headers": dict(self.headers), "raw": raw,
                                 "json": json.loads(raw) if raw else None})
            if srv.status:
                return self._reply(srv.status, {"message": "Bad credentials"})
            if self.headers.get("Authorization") != f"Bearer {GH_TOKEN}":
                return self._reply(401, {"message": "Bad credentials"})
            m = re.fullmatch(r"/repos/acme/tracker/issues(?:/(\d+)/comments)?", parts.path)
            if not m:
                return self._reply(404, {"message": "Not Found"})
            if m.group(1):
                number = int(m.group(1))
                if method == "POST":
                    comment = {"id": len(srv.comments.get(number, [])) + 1,
                               "body": json.loads(raw)["body"],
                               "html_url": f"https://github.test/acme/tracker/issues/{number}"
                                           f"#comment-{len(srv.comments.get(number, [])) + 1}"}
                    srv.comments.setdefault(number, []).append(comment)
                    return self._reply(201, comment)
                return self._reply(200, srv.comments.get(number, []))
            if method == "POST":
                body = json.loads(raw)
                number = len(srv.issues) + 1
                issue = {"number": number, "title": body["title"], "body": body["body"],
                         "labels": [{"name": n} for n in body.get("labels", [])],
                         "html_url": f"https://github.test/acme/tracker/issues/{number}"}
                srv.issues.append(issue)
                return self._reply(201, issue)
            # Newest first, paged by per_page/page, with a Link header like GitHub's.
            labelled = [i for i in reversed(srv.issues)
                        if query.get("labels") in {lb["name"] for lb in i["labels"]}]
            per_page, page = int(query.get("per_page", 30)), int(query.get("page", 1))
            chunk = labelled[(page - 1) * per_page: page * per_page]
            headers = {}
            if page * per_page < len(labelled):
                nxt = (f"{srv.url}/repos/acme/tracker/issues?labels={query.get('labels')}"
                       f"&state=all&per_page={per_page}&page={page + 1}")
                headers["Link"] = f'<{nxt}>; rel="next"'
            return self._reply(200, chunk, headers)

    def do_GET(self):
        self._handle("GET")

    def do_POST(self):
        self._handle("POST")


class WebhookHandler(GitHubHandler):
    def _handle(self, method):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode()
        srv = self.server
        with srv.lock:
            srv.requests.append({"method": method, "path": self.path, "raw": raw,
                                 "json": json.loads(raw), "headers": dict(self.headers)})
        status = srv.status or 200
        body = b"ok" if status == 200 else b"no_service"
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def serve(handler):
    server = Recorder(handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    return server
