"""Finding the hub's other devices on the local network by DNS-SD (multicast DNS), for IT teams
that allow it (fleet setting `peer_discovery`, off by default).

python-zeroconf (LGPL-2.1-or-later, the `discovery` extra) announces this device as a
`_hubdesk._tcp` service on its peer port and browses for the others. Nothing an announcement
says is a secret or names the hub: the instance name is random per run, and the one TXT entry,
`t`, is a tag that only devices holding the hub key can make or recognise
(HMAC-SHA256(peer key, "hubdesk/peer/discovery"), first 16 bytes, hex). A device keeps the
addresses whose tag is its hub's; the exchange itself still authenticates both ends
(peer_channel), so a forged announcement costs a refused connection and nothing else.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import socket
import threading
from typing import Any

from hubdesk.storage.engine import Store
from hubdesk.sync import config
from hubdesk.sync.peer_channel import peer_key

log = logging.getLogger(__name__)

SERVICE_TYPE = "_hubdesk._tcp.local."
_TAG_LABEL = b"hubdesk/peer/discovery"


def hub_tag(hub_key: bytes, hub_id: Any) -> str:
    """The announcement's tag for this hub: recognisable only with the hub key."""
    key = peer_key(hub_key, hub_id)
    return hmac.new(key, _TAG_LABEL, hashlib.sha256).hexdigest()[:32]


class Discovery:
    """Announce this device and keep the addresses of the hub's others found by browsing."""

    def __init__(self, tag: str, port: int, *, interfaces: Any = None) -> None:
        from zeroconf import IPVersion, ServiceBrowser, ServiceInfo, Zeroconf

        self.tag = tag
        self._lock = threading.Lock()
        self._found: dict[str, str] = {}  # service name -> "host:port"
        kwargs: dict[str, Any] = {"ip_version": IPVersion.V4Only}
        if interfaces is not None:
            kwargs["interfaces"] = interfaces
        self.zc = Zeroconf(**kwargs)
        self.name = f"hubdesk-{secrets.token_hex(6)}.{SERVICE_TYPE}"
        self.info: Any = None
        if port > 0:
            addresses = [socket.inet_aton(a) for a in _local_ipv4(interfaces)]
            self.info = ServiceInfo(
                SERVICE_TYPE,
                self.name,
                addresses=addresses,
                port=port,
                properties={"t": tag},
            )
            self.zc.register_service(self.info)
        self.browser = ServiceBrowser(self.zc, SERVICE_TYPE, handlers=[self._on_change])

    def _on_change(self, zeroconf: Any, service_type: str, name: str, state_change: Any) -> None:
        from zeroconf import ServiceStateChange

        if name == self.name:
            return
        if state_change is ServiceStateChange.Removed:
            with self._lock:
                self._found.pop(name, None)
            return
        info = zeroconf.get_service_info(service_type, name, timeout=2000)
        if info is None:
            return
        tag = (info.properties or {}).get(b"t")
        if tag is None or not hmac.compare_digest(tag, self.tag.encode()):
            return  # another hub's device (or not a hubdesk one)
        addresses = info.parsed_addresses()
        if addresses and info.port:
            with self._lock:
                self._found[name] = f"{addresses[0]}:{info.port}"

    def addresses(self) -> list[str]:
        with self._lock:
            return sorted(self._found.values())

    def close(self) -> None:
        try:
            if self.info is not None:
                self.zc.unregister_service(self.info)
            self.browser.cancel()
        finally:
            self.zc.close()


def _local_ipv4(interfaces: Any) -> list[str]:
    if interfaces:
        return [str(a) for a in interfaces]
    try:
        import ifaddr
    except ImportError:
        return ["127.0.0.1"]
    found = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if isinstance(ip.ip, str) and not ip.ip.startswith("127."):
                found.append(ip.ip)
    return found or ["127.0.0.1"]


def start_discovery(store: Store, port: int, *, interfaces: Any = None) -> Discovery | None:
    """Discovery for this store's hub, or None when the device holds no hub key yet or the
    zeroconf package is not installed (logged: the fleet setting asks for it)."""
    cfg = config.load(store)
    if cfg.hub_key is None or cfg.hub_id is None:
        return None
    try:
        return Discovery(hub_tag(cfg.hub_key, cfg.hub_id), port, interfaces=interfaces)
    except ImportError:
        log.warning("peer discovery needs the zeroconf package", extra={"code": "no_zeroconf"})
        return None
    except OSError:
        log.warning("peer discovery could not start", extra={"code": "no_multicast"})
        return None


class BackgroundDiscovery:
    """`start_discovery` on a thread of its own, so that no window waits for it: zeroconf probes
    the network for a moment as it registers, and reading the hub key may ask the OS keyring.
    Until it has started (or if it cannot), it has found no one."""

    def __init__(self, store: Store, port: int) -> None:
        self._lock = threading.Lock()
        self._discovery: Discovery | None = None
        self._closed = False
        threading.Thread(
            target=self._start, args=(store, port), name="hubdesk-discovery", daemon=True
        ).start()

    def _start(self, store: Store, port: int) -> None:
        found = start_discovery(store, port)
        with self._lock:
            if not self._closed:
                self._discovery = found
                return
        if found is not None:  # closed while it was starting
            found.close()

    def addresses(self) -> list[str]:
        with self._lock:
            return self._discovery.addresses() if self._discovery is not None else []

    def close(self) -> None:
        with self._lock:
            self._closed = True
            found, self._discovery = self._discovery, None
        if found is not None:
            found.close()
