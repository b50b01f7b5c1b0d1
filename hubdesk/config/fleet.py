"""The fleet configuration file: where it is, reading it, writing it.

An IT team pushes one TOML file to every machine. It is looked for, in order, at:

1. `$HUBDESK_CONFIG` (a path; it must exist when set),
2. the system location: `/etc/hubdesk/hubdesk.toml` on Linux, `%PROGRAMDATA%\\hubdesk\\hubdesk.toml`
   on Windows (platformdirs' site config folder elsewhere),
3. the per-user location (platformdirs' user config folder, e.g. `~/.config/hubdesk/hubdesk.toml`),
   which is where the first-run wizard writes when there is no file at all.

No file means every default (`FleetConfig()`). A key that is not a setting, or a value that fails
its check, is refused with a ValidationError naming the key: a typo in a pushed file must not be
silently ignored on a kiosk in a hub entrance.
"""

from __future__ import annotations

import os
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import platformdirs

from hubdesk.config.vars import BY_KEY, SETTINGS, TABLES, Mode, Setting
from hubdesk.domain.errors import ValidationError

APP_NAME = "hubdesk"
FILE_NAME = "hubdesk.toml"
CONFIG_ENV = "HUBDESK_CONFIG"


@dataclass(frozen=True)
class Branding:
    """A council's look: name, logo and two colours. None means the app's own."""

    name: str | None = None
    logo: Path | None = None
    primary: str | None = None  # #rrggbb
    accent: str | None = None  # #rrggbb

    @property
    def is_default(self) -> bool:
        return self == Branding()


@dataclass(frozen=True)
class FleetConfig:
    """Typed settings; see `hubdesk.config.vars.SETTINGS` for labels, help and checks."""

    central_url: str | None = None
    ca_bundle: Path | None = None
    hub_code: str | None = None
    site: str | None = None
    mode: Mode = Mode.DESK
    idle_seconds: int = 60
    language: str = "en"
    store_path: Path | None = None
    log_dir: Path | None = None
    peer_port: int = 0
    peers: tuple[str, ...] = ()
    peer_discovery: bool = False
    branding: Branding = field(default_factory=Branding)
    source: Path | None = field(default=None, compare=False)  # the file read, if any

    def get(self, key: str) -> Any:
        """A setting by its dotted key ("idle_seconds", "branding.primary")."""
        if key not in BY_KEY:
            raise KeyError(key)
        if "." in key:
            table, name = key.split(".", 1)
            return getattr(getattr(self, table), name)
        return getattr(self, key)


# --- where ----------------------------------------------------------------------------------------


def system_config_path() -> Path:
    """The machine-wide file an IT team pushes."""
    platform: str = sys.platform  # a variable, so type checkers keep both branches
    if platform.startswith("linux"):
        return Path("/etc") / APP_NAME / FILE_NAME
    return platformdirs.site_config_path(APP_NAME, appauthor=False) / FILE_NAME


def user_config_path() -> Path:
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / FILE_NAME


def find_config_file(env: Mapping[str, str] | None = None) -> Path | None:
    """The file that applies to this machine, or None when there is none."""
    env = os.environ if env is None else env
    named = env.get(CONFIG_ENV)
    if named:
        path = Path(named).expanduser()
        if not path.is_file():
            raise ValidationError(CONFIG_ENV, "missing", "names a file that does not exist")
        return path
    for candidate in (system_config_path(), user_config_path()):
        if candidate.is_file():
            return candidate
    return None


# --- reading --------------------------------------------------------------------------------------


def parse_config(data: Mapping[str, object], source: Path | None = None) -> FleetConfig:
    """Check a TOML document's table; refuse unknown keys and bad values by name."""
    values: dict[str, object] = {}
    for key, raw in data.items():
        if key in TABLES:
            if not isinstance(raw, dict):
                raise ValidationError(key, "not_table", f"must be a table ([{key}])")
            for sub, sub_raw in raw.items():
                values[f"{key}.{sub}"] = sub_raw
        else:
            values[key] = raw
    top: dict[str, Any] = {}
    brand: dict[str, Any] = {}
    for key, raw in values.items():
        setting: Setting[object] | None = BY_KEY.get(key)
        if setting is None:
            raise ValidationError(key, "unknown", "is not a hubdesk setting")
        value = setting.parse(key, raw)
        if setting.table == "branding":
            brand[setting.name] = value
        else:
            top[key] = value
    return FleetConfig(**top, branding=Branding(**brand), source=source)


def load_config_file(path: Path) -> FleetConfig:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError("config", "unreadable", f"cannot be read ({exc.strerror})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ValidationError("config", "not_utf8", "must be UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        # the decoder's message gives the line and column, never the file's content
        raise ValidationError("config", "syntax", f"is not valid TOML ({exc})") from None
    return parse_config(data, source=Path(path))


def load_config(env: Mapping[str, str] | None = None) -> FleetConfig:
    """The configuration that applies here: the first file found, else every default."""
    path = find_config_file(env)
    return FleetConfig() if path is None else load_config_file(path)


# --- writing --------------------------------------------------------------------------------------


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, tuple | list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    text = str(value)
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def dump_config(config: FleetConfig, *, with_defaults: bool = False) -> str:
    """The TOML text of `config`: only settings that differ from the default, unless asked.
    Each line carries the setting's help as a comment, so the file explains itself."""
    lines = ["# hubdesk fleet configuration (see docs/deployment.md)"]
    tables: dict[str, list[str]] = {}
    for setting in SETTINGS:
        value = config.get(setting.key)
        if value is None or (value == setting.default and not with_defaults):
            continue
        line = f"{setting.name} = {_toml_value(value)}  # {setting.help}"
        if setting.table:
            tables.setdefault(setting.table, []).append(line)
        else:
            lines.append(line)
    for table, rows in tables.items():
        lines += ["", f"[{table}]", *rows]
    return "\n".join(lines) + "\n"


def write_config(path: Path, config: FleetConfig) -> Path:
    """Write atomically: a private temporary file, fsync, then replace (Electrum's storage.py)."""
    path = Path(path)
    text = dump_config(config)
    parse_config(tomllib.loads(text))  # never write a file this module would refuse
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def with_changes(config: FleetConfig, **changes: Any) -> FleetConfig:
    """A copy with some settings changed, each checked as if read from a file."""
    checked: dict[str, Any] = {}
    for key, value in changes.items():
        setting = BY_KEY.get(key)
        if setting is None or setting.table:
            raise ValidationError(key, "unknown", "is not a top-level hubdesk setting")
        raw = value.value if isinstance(value, Mode) else value
        raw = str(raw) if isinstance(raw, Path) else raw
        checked[key] = None if raw is None else setting.parse(key, raw)
    return replace(config, **checked)
