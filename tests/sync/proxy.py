"""A small HTTP proxy on loopback that injects faults between a device and the central service.

One request per connection (it asks the service to close after each reply). Faults are taken in
order from a plan, for requests of the given method; other requests pass through:

* "pass": forward and relay the reply;
* "drop_request": read part of the request and hang up; the service never sees it;
* "drop_response": forward the whole request, let the service commit, then hang up without
  relaying the reply (the client cannot know whether it was stored);
* "500" / "503": answer that status without forwarding;
* "429": answer 429 with `Retry-After: <retry_after>` without forwarding;
* "delay": wait `delay_s` and then forward (the client's read timeout fires first);
* "twice": deliver the request to the service twice, one after the other, relay the second reply;
* "twice_parallel": deliver it twice at the same moment, relay one reply;
* "hold": forward, then hold the reply until `release` is set (to kill a client mid-request).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections import deque


class FaultProxy:
    def __init__(self, upstream_port: int, *, retry_after: int = 1, delay_s: float = 1.5) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.retry_after = retry_after
        self.delay_s = delay_s
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._plan: deque[str] = deque()
        self._method = "POST"
        self._lock = threading.Lock()
        self.log: list[tuple[str, str, str]] = []  # (action, method, path)
        self.held = threading.Event()
        self.release = threading.Event()
        self._closed = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def plan(self, actions: list[str], method: str = "POST") -> None:
        with self._lock:
            self._plan = deque(actions)
            self._method = method

    def remaining(self) -> int:
        with self._lock:
            return len(self._plan)

    def close(self) -> None:
        self._closed = True
        self.release.set()
        with contextlib.suppress(OSError):
            self.listener.close()

    # -- internals ------------------------------------------------------------------------------

    def _serve(self) -> None:
        while not self._closed:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _next_action(self, method: str) -> str:
        with self._lock:
            if method == self._method and self._plan:
                return self._plan.popleft()
            return "pass"

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(30)
            try:
                request = _read_request(conn)
            except (OSError, ValueError):
                return
            if request is None:
                return
            head, body = request
            first = head.split(b"\r\n", 1)[0].decode("latin-1")
            method, path = first.split(" ")[:2]
            action = self._next_action(method)
            with self._lock:
                self.log.append((action, method, path))
            data = _close_after(head) + body
            try:
                self._act(conn, action, data)
            except OSError:
                return

    def _act(self, conn: socket.socket, action: str, data: bytes) -> None:
        if action == "drop_request":
            return  # hang up having read it: the service never saw it
        if action in ("500", "503"):
            conn.sendall(_status(int(action), b'{"error":{"reason":"boom","message":"x"}}'))
            return
        if action == "429":
            conn.sendall(
                _status(429, b'{"error":{"reason":"rate_limited","message":"x"}}',
                        f"Retry-After: {self.retry_after}\r\n".encode())
            )  # fmt: skip
            return
        if action == "delay":
            time.sleep(self.delay_s)
            conn.sendall(self._forward(data))
            return
        if action == "drop_response":
            self._forward(data)
            return
        if action == "twice":
            self._forward(data)
            conn.sendall(self._forward(data))
            return
        if action == "twice_parallel":
            replies: list[bytes] = []
            threads = [
                threading.Thread(target=lambda: replies.append(self._forward(data)))
                for _ in range(2)
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            conn.sendall(replies[-1])
            return
        if action == "hold":
            reply = self._forward(data)
            self.held.set()
            self.release.wait(60)
            conn.sendall(reply)
            return
        conn.sendall(self._forward(data))

    def _forward(self, data: bytes) -> bytes:
        with socket.create_connection(self.upstream, timeout=30) as up:
            up.sendall(data)
            chunks = []
            while True:
                chunk = up.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        return b"".join(chunks)


def _read_request(conn: socket.socket) -> tuple[bytes, bytes] | None:
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        buf += chunk
    head, _, rest = buf.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(rest) < length:
        chunk = conn.recv(65536)
        if not chunk:
            raise ValueError("client hung up mid-body")
        rest += chunk
    return head + b"\r\n\r\n", rest[:length]


def _close_after(head: bytes) -> bytes:
    lines = [
        line
        for line in head.rstrip(b"\r\n").split(b"\r\n")
        if not line.lower().startswith(b"connection:")
    ]
    return b"\r\n".join([*lines, b"Connection: close"]) + b"\r\n\r\n"


def _status(code: int, body: bytes, extra: bytes = b"") -> bytes:
    return (
        f"HTTP/1.1 {code} Fault\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n".encode()
        + extra
        + b"\r\n"
        + body
    )
