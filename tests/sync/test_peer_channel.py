"""The peer channel on its own (socket pairs, no store): both ends must hold the hub key, nothing
recorded can be replayed, and a frame changed, replayed or reordered does not open."""

from __future__ import annotations

import socket
import threading
import uuid
from collections.abc import Callable
from typing import Any

import pytest

from hubdesk.sync.peer_channel import (
    Channel,
    Identity,
    PeerRefusedError,
    client_handshake,
    peer_key,
    recv_frame,
    server_handshake,
)

HUB = uuid.uuid4()
KEY = bytes(range(32))


def me(kind: str = "desk", key: bytes = KEY, hub: uuid.UUID = HUB) -> Identity:
    return Identity(hub, uuid.uuid4(), kind, peer_key(key, hub))


def in_thread(fn: Callable[[], Any]) -> tuple[threading.Thread, dict[str, Any]]:
    out: dict[str, Any] = {}

    def run() -> None:
        try:
            out["value"] = fn()
        except Exception as exc:
            out["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, out


def pair(client: Identity, server: Identity) -> tuple[Channel, Channel]:
    a, b = socket.socketpair()
    for s in (a, b):
        s.settimeout(5)
    thread, out = in_thread(lambda: server_handshake(b, server))
    channel = client_handshake(a, client)
    thread.join(5)
    assert "error" not in out, out
    return channel, out["value"]


def test_two_devices_of_the_hub_talk_both_ways():
    client, server = pair(me("kiosk"), me("desk"))
    assert client.peer.kind == "desk"
    assert server.peer.kind == "kiosk"
    client.send({"op": "state"})
    assert server.recv() == {"op": "state"}
    server.send({"held": 3})
    assert client.recv() == {"held": 3}


def test_the_peer_key_is_the_hubs_own():
    assert peer_key(KEY, HUB) != peer_key(KEY, uuid.uuid4())
    assert peer_key(KEY, HUB) != peer_key(bytes(32), HUB)
    assert peer_key(KEY, HUB) != KEY


@pytest.mark.parametrize("who", ["client", "server"])
def test_an_end_without_the_hub_key_gets_no_session(who):
    good, bad = me(), me(key=bytes(32))
    a, b = socket.socketpair()
    for s in (a, b):
        s.settimeout(5)
    client, server = (bad, good) if who == "client" else (good, bad)
    thread, out = in_thread(lambda: server_handshake(b, server))
    # either end checks the other's proof: the server's comes first, so a client without the
    # key cannot check it and stops there, and a server without it is caught by the client
    with pytest.raises(PeerRefusedError):
        client_handshake(a, client)
    a.close()
    thread.join(5)
    assert "value" not in out
    assert isinstance(out.get("error"), Exception)


def test_a_recorded_handshake_cannot_be_replayed():
    """Record a whole client side, replay it to a fresh server session: its proof was for the
    other session's server nonce."""
    a, b = socket.socketpair()
    for s in (a, b):
        s.settimeout(5)
    client = me("kiosk")
    server = me("desk")
    thread, _ = in_thread(lambda: server_handshake(b, server))
    tap = Tap(a)
    client_handshake(tap, client)  # type: ignore[arg-type]
    thread.join(5)
    recorded = tap.sent

    c, d = socket.socketpair()
    for s in (c, d):
        s.settimeout(5)
    thread, out = in_thread(lambda: server_handshake(d, server))
    for data in recorded:
        c.sendall(data)
    recv_frame(c, 1 << 20)  # the new session's own answer
    thread.join(5)
    assert isinstance(out.get("error"), PeerRefusedError)


def test_a_frame_changed_or_replayed_does_not_open():
    client, server = pair(me("kiosk"), me("desk"))
    real = client.sock
    client.sock = Tap(real)  # type: ignore[assignment]
    client.send({"op": "ack", "held": 1})
    assert server.recv()["held"] == 1
    real.sendall(client.sock.sent[0])  # type: ignore[attr-defined]  # the same frame again
    with pytest.raises(PeerRefusedError):
        server.recv()

    client, server = pair(me("kiosk"), me("desk"))
    real = client.sock
    tap = Tap(real, deliver=False)
    client.sock = tap  # type: ignore[assignment]
    client.send({"op": "ack", "held": 1})
    frame = bytearray(tap.sent[0])
    frame[-1] ^= 1
    real.sendall(bytes(frame))
    with pytest.raises(PeerRefusedError):
        server.recv()


class Tap:
    """A socket's stand-in that keeps what is sent through it (and passes it on, or not)."""

    def __init__(self, sock: socket.socket, deliver: bool = True) -> None:
        self.sock = sock
        self.deliver = deliver
        self.sent: list[bytes] = []

    def sendall(self, data: bytes) -> None:
        self.sent.append(bytes(data))
        if self.deliver:
            self.sock.sendall(data)

    def recv(self, n: int) -> bytes:
        return self.sock.recv(n)


def test_another_hubs_device_is_told_so_and_refused():
    a, b = socket.socketpair()
    for s in (a, b):
        s.settimeout(5)
    thread, out = in_thread(lambda: server_handshake(b, me("desk")))
    with pytest.raises(PeerRefusedError) as refused:
        client_handshake(a, me("kiosk", key=bytes(32), hub=uuid.uuid4()))
    thread.join(5)
    assert refused.value.reason == "other_hub"
    assert out["error"].reason == "other_hub"


def test_an_oversized_hello_is_refused_before_it_is_read():
    a, b = socket.socketpair()
    for s in (a, b):
        s.settimeout(5)
    thread, out = in_thread(lambda: server_handshake(b, me("desk")))
    a.sendall((10_000_000).to_bytes(4, "big"))
    thread.join(5)
    assert out["error"].reason == "frame_too_large"


def test_a_connection_that_never_finishes_its_hello_is_cut(tmp_path, monkeypatch):
    """A listener gives the whole handshake a deadline, so a trickle cannot hold a session."""
    import hubdesk.sync.peer as peer_module
    from hubdesk.sync.peer import PeerNode, PeerSettings

    class _Store:  # never reached: the handshake does not finish
        pass

    monkeypatch.setattr(peer_module, "HANDSHAKE_DEADLINE_S", 0.2)
    node = PeerNode(_Store(), None, PeerSettings(port=-1, listen_host="127.0.0.1"))  # type: ignore[arg-type]
    node._identity = me("desk")
    node.listen()
    try:
        sock = socket.create_connection(("127.0.0.1", node.port or 0), timeout=10)
        sock.sendall(b"\0\0")  # half a length prefix, then nothing
        assert sock.recv(1) == b""  # closed by the listener, long before its 10 s read timeout
        sock.close()
    finally:
        node.stop()
