"""Every fleet setting, declared once: its key, type, default, label and check.

In the spirit of Electrum's `ConfigVar`: one `Setting` per key, so the loader, the writer, the
documentation and any settings screen all read the same table. `label` is the English source text
of the setting's name; the UI translates it in the context `FLEET_CONFIG_CONTEXT`
(`QCoreApplication.translate(FLEET_CONFIG_CONTEXT, setting.label)`), as QT_TRANSLATE_NOOP would.

Checks raise ValidationError naming the key (dotted for tables, e.g. `branding.primary`). They
never repeat the bad value in the message.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar
from urllib.parse import urlsplit

from hubdesk.domain.errors import ValidationError

T = TypeVar("T")

FLEET_CONFIG_CONTEXT = "FleetConfig"

# The languages the app ships (hubdesk.ui.i18n.LANGUAGES; a test keeps the two in step).
LANGUAGE_CODES: tuple[str, ...] = ("en", "pl", "ur", "ro", "ar")

MIN_IDLE_SECONDS = 15
MAX_IDLE_SECONDS = 3600


class Mode(enum.StrEnum):
    """What the app opens as on this machine."""

    KIOSK = "kiosk"
    DESK = "desk"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str  # dotted: "idle_seconds", "branding.primary"
    default: T
    label: str  # English source text of the setting's name (translated by the UI)
    help: str  # one line for docs and the example file
    parse: Callable[[str, object], T]  # (key, raw TOML value) -> the typed value, or raises

    @property
    def table(self) -> str | None:
        return self.key.split(".", 1)[0] if "." in self.key else None

    @property
    def name(self) -> str:
        return self.key.rsplit(".", 1)[-1]

    @property
    def attr(self) -> str:
        return self.key.replace(".", "_")


# --- checks ---------------------------------------------------------------------------------------


def _text(key: str, value: object, *, max_len: int = 200) -> str:
    if not isinstance(value, str):
        raise ValidationError(key, "not_text", "must be a quoted string")
    clean = value.strip()
    if not clean:
        raise ValidationError(key, "empty", "must not be empty (leave the key out instead)")
    if len(clean) > max_len:
        raise ValidationError(key, "too_long", f"must be at most {max_len} characters")
    if any(ord(c) < 32 for c in clean):
        raise ValidationError(key, "control_chars", "must not contain control characters")
    return clean


def optional_text(max_len: int = 200) -> Callable[[str, object], str | None]:
    def parse(key: str, value: object) -> str | None:
        return _text(key, value, max_len=max_len)

    return parse


def optional_path(key: str, value: object) -> Path | None:
    text = _text(key, value, max_len=1000)
    return Path(text).expanduser()


def https_url(key: str, value: object) -> str | None:
    text = _text(key, value, max_len=500)
    parts = urlsplit(text)
    local = parts.hostname in ("localhost", "127.0.0.1", "::1")
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValidationError(key, "not_url", "must be an https:// address")
    if parts.scheme == "http" and not local:
        raise ValidationError(key, "not_https", "must use https:// (http only for localhost)")
    if parts.query or parts.fragment:
        raise ValidationError(key, "not_url", "must not have a query or fragment")
    return text.rstrip("/")


_HUB_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,19}$")


def hub_code(key: str, value: object) -> str | None:
    text = _text(key, value, max_len=20).upper()
    if not _HUB_CODE.match(text):
        raise ValidationError(key, "bad_code", "must be letters, digits and dashes (at most 20)")
    return text


def mode(key: str, value: object) -> Mode:
    text = _text(key, value, max_len=10).lower()
    try:
        return Mode(text)
    except ValueError:
        raise ValidationError(key, "unknown_mode", 'must be "kiosk" or "desk"') from None


def idle_seconds(key: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(key, "not_integer", "must be a whole number of seconds")
    if not MIN_IDLE_SECONDS <= value <= MAX_IDLE_SECONDS:
        raise ValidationError(
            key, "out_of_range", f"must be between {MIN_IDLE_SECONDS} and {MAX_IDLE_SECONDS}"
        )
    return value


def language(key: str, value: object) -> str:
    text = _text(key, value, max_len=10).lower()
    if text not in LANGUAGE_CODES:
        raise ValidationError(
            key, "unknown_language", "must be one of " + ", ".join(LANGUAGE_CODES)
        )
    return text


_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def colour(key: str, value: object) -> str | None:
    text = _text(key, value, max_len=7)
    if not _HEX.match(text):
        raise ValidationError(key, "not_colour", "must be a colour written #rrggbb")
    return text.lower()


def peer_port(key: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(key, "not_integer", "must be a whole number (0: off)")
    if value != 0 and not 1024 <= value <= 65535:
        raise ValidationError(key, "out_of_range", "must be 0 (off) or between 1024 and 65535")
    return value


MAX_PEERS = 32


def peer_addresses(key: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ValidationError(key, "not_list", 'must be a list, e.g. ["10.0.4.21:47633"]')
    if len(value) > MAX_PEERS:
        raise ValidationError(key, "too_many", f"must name at most {MAX_PEERS} devices")
    out: list[str] = []
    for item in value:
        text = _text(key, item, max_len=260)
        try:
            parse_address(text)
        except ValueError:
            raise ValidationError(key, "not_address", "each must be host:port") from None
        out.append(text)
    return tuple(out)


def parse_address(address: str) -> tuple[str, int]:
    """("host", port) of "host:port" or "[v6]:port"; ValueError when it is not one. The fleet
    file's `peers` are checked with it, and the local exchange connects with it."""
    host, sep, port_text = address.rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port_text.isdigit() or any(c.isspace() for c in address):
        raise ValueError("an address is host:port")
    port = int(port_text)
    if not 0 < port < 65536:
        raise ValueError("a port is 1-65535")
    return host, port


def on_off(key: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(key, "not_boolean", "must be true or false")
    return value


# --- the table ------------------------------------------------------------------------------------

SETTINGS: tuple[Setting[object], ...] = (
    Setting(
        "central_url",
        None,
        "Central service address",
        "https:// address of the council's central service (leave out for a standalone hub)",
        https_url,
    ),
    Setting(
        "ca_bundle",
        None,
        "Certificate authority file",
        "PEM file of the CA that signed the central service's certificate, if not a public CA",
        optional_path,
    ),
    Setting("hub_code", None, "Hub code", "the hub this machine belongs to, e.g. RIV", hub_code),
    Setting(
        "site",
        None,
        "Site",
        "the site this machine stands at: its name or id (outreach laptops leave it out)",
        optional_text(120),
    ),
    Setting("mode", Mode.DESK, "Opens as", '"kiosk" or "desk"', mode),
    Setting(
        "idle_seconds",
        60,
        "Kiosk idle time (seconds)",
        f"the kiosk returns to its welcome screen after this long untouched "
        f"({MIN_IDLE_SECONDS}-{MAX_IDLE_SECONDS})",
        idle_seconds,
    ),
    Setting(
        "language",
        "en",
        "Language",
        "the screen's own language: " + ", ".join(LANGUAGE_CODES),
        language,
    ),
    Setting(
        "store_path",
        None,
        "Store file",
        "where the encrypted store lives (default: the user's data folder)",
        optional_path,
    ),
    Setting(
        "log_dir",
        None,
        "Log folder",
        "where the JSON logs go (default: the user's log folder)",
        optional_path,
    ),
    Setting(
        "peer_port",
        0,
        "Local network port",
        "TCP port this machine listens on for the hub's other machines while the internet is "
        "down (0: off; 47633 suggested); open it in the firewall for the hub's network only",
        peer_port,
    ),
    Setting(
        "peers",
        (),
        "Other machines of the hub",
        'the hub\'s other machines as "host:port", e.g. ["10.0.4.21:47633"] (empty: none)',
        peer_addresses,
    ),
    Setting(
        "peer_discovery",
        False,
        "Find the hub's machines on the network",
        "announce this machine and find the hub's others by DNS-SD (mDNS, UDP 5353); "
        "needs the zeroconf package; off unless the IT team allows multicast",
        on_off,
    ),
    Setting(
        "branding.name",
        None,
        "Council name",
        "shown in the window title and on the kiosk's header",
        optional_text(80),
    ),
    Setting(
        "branding.logo",
        None,
        "Logo file",
        "a PNG or SVG shown in the kiosk's header",
        optional_path,
    ),
    Setting(
        "branding.primary",
        None,
        "Primary colour",
        "#rrggbb of the main buttons (adjusted if text on it would fail WCAG AA)",
        colour,
    ),
    Setting(
        "branding.accent",
        None,
        "Accent colour",
        "#rrggbb of the header bar (adjusted if text on it would fail WCAG AA)",
        colour,
    ),
)

BY_KEY: dict[str, Setting[object]] = {s.key: s for s in SETTINGS}
TABLES: frozenset[str] = frozenset(s.table for s in SETTINGS if s.table)
