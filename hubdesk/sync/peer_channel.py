"""The encrypted, mutually authenticated channel between two devices of one hub on the local
network (docs/sync-protocol.md, "Devices of one hub, directly").

No TLS, no certificates: every enrolled device of a hub holds the hub key (security/sealing.py)
and no other hub's device does, so both ends prove that they hold it, and the session is keyed
from it:

* the peer key is HKDF-SHA256(hub key, salt "hubdesk/peer/v1", info = the hub id's 16 bytes):
  never the hub key itself, so nothing sealed with the hub key can be opened with what the
  channel uses, and each hub's peer key is its own;
* hello (client, in the clear): version, hub id, device id and kind, a 32-byte random nonce;
  a server of another hub closes the connection at once;
* the server answers with its device id and kind, its own 32-byte nonce and
  HMAC(peer key, "server" || transcript); the client checks it (a server without the hub key
  cannot make it) and answers HMAC(peer key, "client" || transcript), which the server checks.
  Both nonces are fresh, so nothing recorded from an earlier session can be replayed, and the
  two labels stop one side's proof being reflected back as the other's;
* each direction then has its own AES-256-GCM key, HKDF(peer key, salt = both nonces, info =
  direction || transcript hash), and a message counter as the nonce: a frame replayed, dropped,
  reordered or moved to the other direction fails to open, and the connection is closed.

Frames are a 4-byte big-endian length and the bytes. Before authentication a frame may be at most
`MAX_HELLO_BYTES`; after it, `MAX_FRAME_BYTES`. Every socket has a timeout.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import secrets
import socket
import struct
import uuid
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

PEER_PROTOCOL_VERSION = 1
NONCE_BYTES = 32
MAX_HELLO_BYTES = 1024
MAX_FRAME_BYTES = 8 << 20
_LENGTH = struct.Struct(">I")
_PEER_SALT = b"hubdesk/peer/v1"
_SERVER = b"hubdesk/peer/server"
_CLIENT = b"hubdesk/peer/client"
_C2S = b"hubdesk/peer/c2s"
_S2C = b"hubdesk/peer/s2c"


class PeerRefusedError(Exception):
    """The other end is not a device of this hub (or broke the protocol): the connection is
    closed. `reason` is a short code for logs ("other_hub", "bad_proof", "bad_frame", ...)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PeerGoneError(Exception):
    """The connection closed, timed out or failed part way: try again later."""


def peer_key(hub_key: bytes, hub_id: uuid.UUID) -> bytes:
    """The key the hub's devices authenticate each other and their sessions with."""
    if len(hub_key) != 32:
        raise ValueError("the hub key is 32 bytes")
    return HKDF(hashes.SHA256(), 32, _PEER_SALT, hub_id.bytes).derive(hub_key)


@dataclass(frozen=True)
class Identity:
    """Who this end is: its hub, its device and kind, and the hub's peer key."""

    hub_id: uuid.UUID
    device_id: uuid.UUID
    kind: str
    key: bytes  # peer_key(hub key, hub id)


# -- frames -----------------------------------------------------------------------------------


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    chunks = []
    while n:
        try:
            chunk = sock.recv(min(n, 1 << 16))
        except (TimeoutError, OSError) as exc:
            raise PeerGoneError(type(exc).__name__) from None
        if not chunk:
            raise PeerGoneError("closed")
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def send_frame(sock: socket.socket, data: bytes) -> None:
    try:
        sock.sendall(_LENGTH.pack(len(data)) + data)
    except (TimeoutError, OSError) as exc:
        raise PeerGoneError(type(exc).__name__) from None


def recv_frame(sock: socket.socket, limit: int) -> bytes:
    (length,) = _LENGTH.unpack(_recv_exact(sock, _LENGTH.size))
    if length > limit:
        raise PeerRefusedError("frame_too_large")
    return _recv_exact(sock, length)


def _json(data: bytes) -> dict[str, Any]:
    try:
        obj = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        raise PeerRefusedError("bad_frame") from None
    if not isinstance(obj, dict):
        raise PeerRefusedError("bad_frame")
    return obj


def _dumps(obj: Any) -> bytes:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode()


# -- the session ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PeerInfo:
    """The other end, as it said in the handshake (it proved it holds the hub key)."""

    device_id: uuid.UUID
    kind: str


class Channel:
    """An authenticated session: `send(obj)` and `recv()` JSON objects, each sealed with
    AES-256-GCM under this direction's key and a counter nonce."""

    def __init__(
        self, sock: socket.socket, send_key: bytes, recv_key: bytes, peer: PeerInfo
    ) -> None:
        self.sock = sock
        self.peer = peer
        self._send = AESGCM(send_key)
        self._recv = AESGCM(recv_key)
        self._sent = 0
        self._received = 0
        self.bytes_sent = 0
        self.bytes_received = 0

    def send(self, obj: Any) -> None:
        nonce = b"\0\0\0\0" + self._sent.to_bytes(8, "big")
        self._sent += 1
        data = self._send.encrypt(nonce, _dumps(obj), None)
        self.bytes_sent += len(data) + _LENGTH.size
        send_frame(self.sock, data)

    def recv(self) -> dict[str, Any]:
        data = recv_frame(self.sock, MAX_FRAME_BYTES)
        self.bytes_received += len(data) + _LENGTH.size
        nonce = b"\0\0\0\0" + self._received.to_bytes(8, "big")
        self._received += 1
        try:
            plain = self._recv.decrypt(nonce, data, None)
        except InvalidTag:
            raise PeerRefusedError("bad_frame") from None
        return _json(plain)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()


def _transcript(hello: dict[str, Any], answer_head: dict[str, Any]) -> bytes:
    canonical = json.dumps([hello, answer_head], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).digest()


def _session_keys(key: bytes, nc: bytes, ns: bytes, transcript: bytes) -> tuple[bytes, bytes]:
    c2s = HKDF(hashes.SHA256(), 32, nc + ns, _C2S + transcript).derive(key)
    s2c = HKDF(hashes.SHA256(), 32, nc + ns, _S2C + transcript).derive(key)
    return c2s, s2c


def _nonce(value: Any) -> bytes:
    if not isinstance(value, str) or len(value) != 64:
        raise PeerRefusedError("bad_hello")
    try:
        return bytes.fromhex(value)
    except ValueError:
        raise PeerRefusedError("bad_hello") from None


def _device(value: Any) -> uuid.UUID:
    if not isinstance(value, str) or len(value) > 36:
        raise PeerRefusedError("bad_hello")
    try:
        return uuid.UUID(value)
    except ValueError:
        raise PeerRefusedError("bad_hello") from None


def _kind(value: Any) -> str:
    if value not in ("kiosk", "desk", "outreach"):
        raise PeerRefusedError("bad_hello")
    return str(value)


def client_handshake(sock: socket.socket, me: Identity) -> Channel:
    """Open a session as the connecting end. Raises PeerRefusedError if the server is not a
    device of this hub, PeerGoneError if the connection fails."""
    nc = secrets.token_bytes(NONCE_BYTES)
    hello = {
        "v": PEER_PROTOCOL_VERSION,
        "hub": str(me.hub_id),
        "dev": str(me.device_id),
        "kind": me.kind,
        "n": nc.hex(),
    }
    send_frame(sock, _dumps(hello))
    answer = _json(recv_frame(sock, MAX_HELLO_BYTES))
    if "refused" in answer:
        said = answer["refused"]
        raise PeerRefusedError(said if said in ("other_hub", "self") else "refused")
    head = {k: answer.get(k) for k in ("dev", "kind", "n")}
    ns = _nonce(head["n"])
    server = PeerInfo(_device(head["dev"]), _kind(head["kind"]))
    if server.device_id == me.device_id:
        raise PeerRefusedError("self")
    transcript = _transcript(hello, head)
    proof = answer.get("proof")
    expected = hmac.new(me.key, _SERVER + transcript, hashlib.sha256).hexdigest()
    if not isinstance(proof, str) or not hmac.compare_digest(proof, expected):
        raise PeerRefusedError("bad_proof")
    mine = hmac.new(me.key, _CLIENT + transcript, hashlib.sha256).hexdigest()
    send_frame(sock, _dumps({"proof": mine}))
    c2s, s2c = _session_keys(me.key, nc, ns, transcript)
    return Channel(sock, c2s, s2c, server)


def server_handshake(sock: socket.socket, me: Identity) -> Channel:
    """Open a session as the listening end. Raises PeerRefusedError (another hub's device, a
    device without the hub key, a malformed hello), PeerGoneError."""
    hello = _json(recv_frame(sock, MAX_HELLO_BYTES))
    if hello.get("v") != PEER_PROTOCOL_VERSION:
        raise PeerRefusedError("unsupported_version")
    if hello.get("hub") != str(me.hub_id):
        # said in the clear, so the other end can tell staff why; it learns nothing else
        send_frame(sock, _dumps({"refused": "other_hub"}))
        raise PeerRefusedError("other_hub")
    nc = _nonce(hello.get("n"))
    client = PeerInfo(_device(hello.get("dev")), _kind(hello.get("kind")))
    if client.device_id == me.device_id:
        send_frame(sock, _dumps({"refused": "self"}))  # its own address, in a shared fleet file
        raise PeerRefusedError("self")
    hello = {k: hello.get(k) for k in ("v", "hub", "dev", "kind", "n")}
    ns = secrets.token_bytes(NONCE_BYTES)
    head = {"dev": str(me.device_id), "kind": me.kind, "n": ns.hex()}
    transcript = _transcript(hello, head)
    proof = hmac.new(me.key, _SERVER + transcript, hashlib.sha256).hexdigest()
    send_frame(sock, _dumps({**head, "proof": proof}))
    answer = _json(recv_frame(sock, MAX_HELLO_BYTES))
    theirs = answer.get("proof")
    expected = hmac.new(me.key, _CLIENT + transcript, hashlib.sha256).hexdigest()
    if not isinstance(theirs, str) or not hmac.compare_digest(theirs, expected):
        raise PeerRefusedError("bad_proof")
    c2s, s2c = _session_keys(me.key, nc, ns, transcript)
    return Channel(sock, s2c, c2s, client)
