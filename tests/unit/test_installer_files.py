"""The installer files stay true to the code: every command line they run parses, every variable
they use is defined, every file they ship exists."""

from __future__ import annotations

import configparser
import re
import shlex
from pathlib import Path

import pytest

from hubdesk.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


def _hubdesk_args(command_line: str) -> list[str]:
    words = shlex.split(command_line.replace("\\\n", " "))
    for i, word in enumerate(words):
        if Path(word).name in ("hubdesk", "hubdesk.exe", "hubdeskw.exe"):
            return words[i + 1 :]
    raise AssertionError(f"no hubdesk command in {command_line!r}")


def _parses(args: list[str]) -> None:
    try:
        build_parser().parse_args(args)
    except SystemExit as exc:  # argparse exits on an unknown command or option
        raise AssertionError(f"hubdesk {' '.join(args)} does not parse") from exc


def _read_unit(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8").replace("\\\n", " "))
    return parser


@pytest.mark.parametrize("name", sorted(p.name for p in (INSTALLER / "linux").glob("*.desktop")))
def test_desktop_files_run_a_real_command(name: str) -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(INSTALLER / "linux" / name, encoding="utf-8")
    exec_line = entry["Desktop Entry"]["Exec"]
    assert exec_line.startswith("/usr/bin/hubdesk ")
    _parses(_hubdesk_args(exec_line))


def test_systemd_units_run_real_commands_with_defined_variables() -> None:
    pytest.importorskip("fastapi")  # `hubdesk central` needs the central extras
    env_example = (INSTALLER / "hubdesk-central.env.example").read_text(encoding="utf-8")
    defined = set(re.findall(r"^([A-Z_]+)=", env_example, re.M))
    assert "HUBDESK_CENTRAL_DATABASE_URL" in defined  # the name hubdesk.central.cli reads
    units = sorted(INSTALLER.glob("hubdesk-central*.service"))
    assert len(units) == 3
    for unit in units:
        service = _read_unit(unit)["Service"]
        assert service["EnvironmentFile"] == "/etc/hubdesk/central.env"
        exec_start = service["ExecStart"]
        used = set(re.findall(r"\$\{([A-Z_]+)\}", exec_start))
        assert used <= defined, f"{unit.name} uses undefined {used - defined}"
        filled = re.sub(r"\$\{[A-Z_]+\}", "8401", exec_start).replace("%i", "8401")
        _parses(_hubdesk_args(filled))
        if unit.name != "hubdesk-central-migrate.service":
            unit_section = _read_unit(unit)["Unit"]
            assert "hubdesk-central-migrate.service" in unit_section["Requires"]


def test_the_windows_installer_ships_files_that_exist_and_runs_real_commands() -> None:
    script = (INSTALLER / "hubdesk.iss").read_text(encoding="utf-8")
    for source in re.findall(r'Source: "([^"{]+)"', script):
        if "*" in source:
            continue
        assert (INSTALLER / source.replace("\\", "/")).exists(), source
    icon = re.search(r"^SetupIconFile=(.+)$", script, re.M)
    assert icon is not None
    assert (INSTALLER / icon.group(1).strip().replace("\\", "/")).exists()
    runs = re.findall(r'Filename: "([^"]+)"; Parameters: "((?:[^"]|"")+)"', script)
    hubdesk = [p for f, p in runs if f.rsplit("\\", 1)[-1].startswith("hubdesk")]
    assert {"kiosk", "desk", "selftest"} <= set(hubdesk)
    for params in hubdesk:
        _parses(shlex.split(params))
    # The optional firewall rule for the hub's own network (docs/deployment.md): netsh, only on
    # the local subnet and the domain and private profiles, the port the [Code] section defines.
    firewall = [params for filename, params in runs if filename == r"{sys}\netsh.exe"]
    assert firewall
    for params in firewall:
        assert re.match(r"advfirewall firewall (add|delete) rule name=", params), params
        if " add " in params:
            assert "remoteip=localsubnet" in params
            assert "profile=domain,private" in params
            assert "localport={code:PeerPort}" in params
    assert re.search(r"function PeerPort\(", script)


def test_the_bundle_spec_ships_what_the_app_looks_for() -> None:
    spec = (INSTALLER / "hubdesk.spec").read_text(encoding="utf-8")
    for folder in ("hubdesk/storage/migrations", "hubdesk/central/migrations"):
        assert folder in spec
        assert (ROOT / folder / "env.py").exists()
    for sub in ("themes", "icons"):
        assert f'"{sub}"' in spec
    assert (ROOT / "resources" / "icons" / "hubdesk.ico").exists()
    assert (ROOT / "resources" / "icons" / "hubdesk.png").exists()
    assert "noarchive" in spec
    assert "exclude_binaries=True" in spec  # one folder, not one file
