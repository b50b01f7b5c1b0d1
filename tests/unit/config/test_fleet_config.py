"""The fleet configuration file: found in the right place, typed, strict about what it accepts."""

from __future__ import annotations

import os
from dataclasses import fields
from pathlib import Path

import pytest

from hubdesk.config import (
    CONFIG_ENV,
    SETTINGS,
    Branding,
    FleetConfig,
    Mode,
    dump_config,
    find_config_file,
    fleet,
    load_config,
    load_config_file,
    parse_config,
    with_changes,
    write_config,
)
from hubdesk.domain.errors import ValidationError

FULL = """\
central_url = "https://hubdesk.northshire.gov.uk/"
ca_bundle = "/etc/hubdesk/ca.pem"
hub_code = "riv"
site = "Riverside Family Hub"
mode = "kiosk"
idle_seconds = 90
language = "pl"
store_path = "/var/lib/hubdesk/hubdesk.db"
log_dir = "/var/log/hubdesk"

[branding]
name = "Northshire County Council"
logo = "/etc/hubdesk/logo.png"
primary = "#005EA5"
accent = "#1b3a5c"
"""


def write(tmp_path: Path, text: str, name: str = "hubdesk.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_full_file_is_read_typed(tmp_path: Path) -> None:
    config = load_config_file(write(tmp_path, FULL))
    assert config.central_url == "https://hubdesk.northshire.gov.uk"
    assert config.ca_bundle == Path("/etc/hubdesk/ca.pem")
    assert config.hub_code == "RIV"
    assert config.site == "Riverside Family Hub"
    assert config.mode is Mode.KIOSK
    assert config.idle_seconds == 90
    assert config.language == "pl"
    assert config.store_path == Path("/var/lib/hubdesk/hubdesk.db")
    assert config.log_dir == Path("/var/log/hubdesk")
    assert config.branding == Branding(
        "Northshire County Council", Path("/etc/hubdesk/logo.png"), "#005ea5", "#1b3a5c"
    )
    assert config.source == tmp_path / "hubdesk.toml"


def test_no_file_means_every_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fleet, "system_config_path", lambda: tmp_path / "etc" / "hubdesk.toml")
    monkeypatch.setattr(fleet, "user_config_path", lambda: tmp_path / "user" / "hubdesk.toml")
    config = load_config(env={})
    assert config == FleetConfig()
    assert config.mode is Mode.DESK
    assert config.idle_seconds == 60
    assert config.language == "en"
    assert config.branding.is_default
    assert config.source is None


def test_env_then_system_then_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    system = tmp_path / "etc" / "hubdesk.toml"
    user = tmp_path / "user" / "hubdesk.toml"
    monkeypatch.setattr(fleet, "system_config_path", lambda: system)
    monkeypatch.setattr(fleet, "user_config_path", lambda: user)
    user.parent.mkdir()
    user.write_text('mode = "desk"\n')
    assert find_config_file({}) == user
    system.parent.mkdir()
    system.write_text('mode = "kiosk"\n')
    assert find_config_file({}) == system
    assert load_config({}).mode is Mode.KIOSK
    named = write(tmp_path, "idle_seconds = 30\n", "pushed.toml")
    assert find_config_file({CONFIG_ENV: str(named)}) == named
    assert load_config({CONFIG_ENV: str(named)}).idle_seconds == 30


def test_a_named_file_that_is_missing_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as err:
        find_config_file({CONFIG_ENV: str(tmp_path / "nope.toml")})
    assert err.value.field == CONFIG_ENV


def test_system_location_on_linux() -> None:
    if os.name == "posix" and os.uname().sysname == "Linux":
        assert fleet.system_config_path() == Path("/etc/hubdesk/hubdesk.toml")


@pytest.mark.parametrize(
    ("text", "key", "code"),
    [
        ("colour = 'blue'\n", "colour", "unknown"),
        ("[branding]\nfont = 'Arial'\n", "branding.font", "unknown"),
        ("branding = 'red'\n", "branding", "not_table"),
        ("mode = 'tablet'\n", "mode", "unknown_mode"),
        ("idle_seconds = 5\n", "idle_seconds", "out_of_range"),
        ("idle_seconds = 7200\n", "idle_seconds", "out_of_range"),
        ("idle_seconds = '60'\n", "idle_seconds", "not_integer"),
        ("idle_seconds = true\n", "idle_seconds", "not_integer"),
        ("idle_seconds = 60.5\n", "idle_seconds", "not_integer"),
        ("language = 'fr'\n", "language", "unknown_language"),
        ("central_url = 'http://hubdesk.example.org'\n", "central_url", "not_https"),
        ("central_url = 'hubdesk.example.org'\n", "central_url", "not_url"),
        ("central_url = 'https://x.example.org/?a=1'\n", "central_url", "not_url"),
        ("hub_code = 'RIV HUB'\n", "hub_code", "bad_code"),
        ("hub_code = 12\n", "hub_code", "not_text"),
        ("site = '   '\n", "site", "empty"),
        ("[branding]\nprimary = 'green'\n", "branding.primary", "not_colour"),
        ("[branding]\naccent = '#12345'\n", "branding.accent", "not_colour"),
        ("[branding]\nname = '" + "x" * 81 + "'\n", "branding.name", "too_long"),
        ("mode = 'kiosk'\nmode = 'desk'\n", "config", "syntax"),
        ("mode = \n", "config", "syntax"),
    ],
)
def test_bad_files_are_refused_naming_the_key(
    tmp_path: Path, text: str, key: str, code: str
) -> None:
    with pytest.raises(ValidationError) as err:
        load_config_file(write(tmp_path, text))
    assert (err.value.field, err.value.code) == (key, code)


def test_messages_never_repeat_the_value(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as err:
        load_config_file(write(tmp_path, 'site = "Mrs Smith\\u0007"\n'))
    assert "Smith" not in str(err.value)


def test_local_http_is_allowed_for_a_test_service() -> None:
    assert parse_config({"central_url": "http://127.0.0.1:8000"}).central_url == (
        "http://127.0.0.1:8000"
    )


def test_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "hubdesk.toml"
    path.write_bytes(b"site = '\xff\xfe'\n")
    with pytest.raises(ValidationError) as err:
        load_config_file(path)
    assert err.value.code == "not_utf8"


def test_written_files_read_back_the_same(tmp_path: Path) -> None:
    config = load_config_file(write(tmp_path, FULL))
    out = write_config(tmp_path / "out" / "hubdesk.toml", config)
    again = load_config_file(out)
    assert again == config
    assert not list(out.parent.glob("*.tmp"))
    # a file of defaults only is a comment line
    assert dump_config(FleetConfig()).strip().startswith("#")
    assert load_config_file(write_config(tmp_path / "d.toml", FleetConfig())) == FleetConfig()


def test_with_changes_checks_each_value() -> None:
    config = with_changes(FleetConfig(), mode="kiosk", idle_seconds=45, hub_code="riv")
    assert (config.mode, config.idle_seconds, config.hub_code) == (Mode.KIOSK, 45, "RIV")
    with pytest.raises(ValidationError) as err:
        with_changes(config, idle_seconds=1)
    assert err.value.field == "idle_seconds"
    with pytest.raises(ValidationError):
        with_changes(config, colour="red")


def test_every_setting_has_a_field_a_default_and_a_label() -> None:
    names = {f.name for f in fields(FleetConfig)} - {"branding", "source"}
    names |= {f"branding.{f.name}" for f in fields(Branding)}
    assert names == {s.key for s in SETTINGS}
    defaults = FleetConfig()
    for setting in SETTINGS:
        assert setting.label
        assert setting.help
        assert defaults.get(setting.key) == setting.default


def test_the_shipped_example_file_is_valid() -> None:
    example = Path(__file__).resolve().parents[3] / "installer" / "hubdesk.toml.example"
    config = load_config_file(example)
    assert config.mode is Mode.KIOSK
    assert config.branding.name == "Northshire County Council"
    assert config.central_url is not None


def test_the_hubs_own_network_is_off_unless_set(tmp_path: Path) -> None:
    defaults = FleetConfig()
    assert (defaults.peer_port, defaults.peers, defaults.peer_discovery) == (0, (), False)
    config = load_config_file(
        write(
            tmp_path,
            'peer_port = 47633\npeers = ["10.0.4.21:47633", "desk-2.riv.local:47633", '
            '"[fe80::1]:47633"]\npeer_discovery = true\n',
        )
    )
    assert config.peer_port == 47633
    assert config.peers == ("10.0.4.21:47633", "desk-2.riv.local:47633", "[fe80::1]:47633")
    assert config.peer_discovery is True
    again = load_config_file(write_config(tmp_path / "out.toml", config))
    assert again == config


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("peer_port = 80\n", "out_of_range"),
        ("peer_port = '47633'\n", "not_integer"),
        ("peers = '10.0.4.21:47633'\n", "not_list"),
        ("peers = ['10.0.4.21']\n", "not_address"),
        ("peers = ['10.0.4.21:99999']\n", "not_address"),
        ("peers = ['a b:1']\n", "not_address"),
        ("peer_discovery = 'yes'\n", "not_boolean"),
    ],
)
def test_bad_network_settings_are_refused(tmp_path: Path, text: str, code: str) -> None:
    with pytest.raises(ValidationError) as err:
        load_config_file(write(tmp_path, text))
    assert err.value.code == code
