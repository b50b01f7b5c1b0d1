"""Fleet configuration: one TOML file an IT team pushes to every machine (no Qt here).

from hubdesk.config import load_config
config = load_config()          # $HUBDESK_CONFIG, else /etc/hubdesk/hubdesk.toml, else per-user
config.mode, config.idle_seconds, config.branding.primary ...
"""

from __future__ import annotations

from hubdesk.config.fleet import (
    CONFIG_ENV,
    Branding,
    FleetConfig,
    dump_config,
    find_config_file,
    load_config,
    load_config_file,
    parse_config,
    system_config_path,
    user_config_path,
    with_changes,
    write_config,
)
from hubdesk.config.vars import FLEET_CONFIG_CONTEXT, LANGUAGE_CODES, SETTINGS, Mode, Setting

__all__ = [
    "CONFIG_ENV",
    "FLEET_CONFIG_CONTEXT",
    "LANGUAGE_CODES",
    "SETTINGS",
    "Branding",
    "FleetConfig",
    "Mode",
    "Setting",
    "dump_config",
    "find_config_file",
    "load_config",
    "load_config_file",
    "parse_config",
    "system_config_path",
    "user_config_path",
    "with_changes",
    "write_config",
]
