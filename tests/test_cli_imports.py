"""A command loads only what it uses: no Excel, Word, PDF, image, Qt or holiday library for
`--version` or `agencies`, and each command only its own module (cli.COMMAND_MODULES)."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from app import cli

HEAVY = ("openpyxl", "lxml", "PIL", "docx", "reportlab", "PySide6", "holidays", "keyring")
COMMANDS_DIR = Path(cli.__file__).parent / "commands"


def _modules_after(code: str) -> set[str]:
    """The top-level modules a fresh interpreter holds after running code."""
    script = f"import sys\n{code}\nimport json; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return {name.split(".")[0] for name in json.loads(done.stdout.splitlines()[-1])}


def test_importing_the_cli_loads_no_heavy_library():
    loaded = _modules_after("import app.cli")
    assert not loaded & {*HEAVY, "peewee", "cryptography"}


def test_version_loads_neither_the_database_nor_crypto():
    loaded = _modules_after(
        "from app import cli\ntry:\n    cli.main(['--version'])\nexcept SystemExit:\n    pass"
    )
    assert not loaded & {*HEAVY, "peewee", "cryptography", "pyrage"}


def test_agencies_loads_no_heavy_library(tmp_path):
    loaded = _modules_after(
        f"import os\nos.environ['XDG_DATA_HOME'] = {str(tmp_path)!r}\n"
        "from app import cli\nassert cli.main(['agencies', '--json']) == 0"
    )
    assert "peewee" in loaded  # it did read the register
    assert not loaded & set(HEAVY)


def _registered(module: str) -> set[str]:
    parser = cli.build_parser((module,))
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return set(commands.choices)


def test_every_command_is_listed_with_the_module_that_defines_it():
    defined = {name: module for module in cli.ALL_MODULES for name in _registered(module)}
    assert defined == cli.COMMAND_MODULES


def test_every_command_module_is_known():
    """A module of app/commands that registers commands is one the command line can load."""
    files = {p.stem for p in COMMANDS_DIR.glob("*.py") if "def register_commands(" in p.read_text()}
    assert files == set(cli.ALL_MODULES)


def test_a_command_line_loads_its_commands_module_only():
    assert cli.modules_for(["--profile", "report", "agencies", "--json"]) == ("catalogue",)
    assert cli.modules_for(["--lang", "en", "bundle", "import", "x"]) == ("exchange",)
    assert cli.modules_for(["--version"]) == ()
    assert cli.modules_for([]) == ()
    assert cli.modules_for(["report", "--help"]) == cli.ALL_MODULES
    assert cli.modules_for(["no-such-command"]) == cli.ALL_MODULES
