"""A loopback HTTP server that answers every request one byte at a time, slowly (a hostile network).

Each byte arrives well within any read timeout, so only an overall deadline on the request
ends it early. The server records, per connection, how many bytes it managed to send before
the client hung up, so a test can tell an abandoned request from a finished one.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass


@dataclass
class Drip:
    """One connection: what was to be sent and how much was."""

    total: int
    sent: int = 0
    closed_early: bool = False


class DripServer:
    """Answers 200 with ``body`` (JSON), dripping ``interval`` seconds per byte after ``fast`` bytes."""

    def __init__(self, body: object, *, interval: float = 0.25, fast: int = 0,
                 content_type: str = "application/json") -> None:
        payload = json.dumps(body).encode() if not isinstance(body, bytes) else body
        head = (f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n"
                f"Content-Length: {len(payload)}\r\nConnection: close\r\n\r\n").encode()
        self.response = head + payload
        self.interval = interval
        self.fast = fast
        self.drips: list[Drip] = []
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    def __enter__(self) -> DripServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._sock.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        drip = Drip(total=len(self.response))
        self.drips.append(drip)
        try:
            conn.settimeout(5)
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                data += chunk
            for i in range(len(self.response)):
                if self._stop.is_set():
                    return
                if i >= self.fast:
                    time.sleep(self.interval)
                conn.sendall(self.response[i:i + 1])
                drip.sent += 1
        except OSError:
            drip.closed_early = True
        finally:
            if drip.sent < drip.total:
                drip.closed_early = True
            conn.close()
