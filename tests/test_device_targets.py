"""No command replaces a device with its output: `--out /dev/null` run as root once renamed a
file over the device node. Every writer refuses a target that exists and is not a regular file,
and leaves it as it was."""

from __future__ import annotations

import os
import stat

import pytest

from tests.exchange_cli_helpers import PERIOD

PASSPHRASE = {"PLANTRACKER_PASSPHRASE": "mot cum mat khau dai"}


@pytest.fixture
def device(tmp_path):
    """A character device like /dev/null, in the test's own folder."""
    node = tmp_path / "null"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs root; CI runs as root")
    return node


@pytest.fixture(scope="module")
def ex(standard_exchange_base, tmp_path_factory):
    return standard_exchange_base.clone(tmp_path_factory.mktemp("devices") / "ex")


AGENCY_WRITERS = [
    ("report", "pdf", "--period", PERIOD),
    ("enroll", "export"),
    ("keys", "backup"),
    ("backup", "create"),
]
DOFA_WRITERS = [
    ("kit", "export", "--agency", "SYT"),
    ("reply", "export", "--agency", "SYT"),
    ("consolidated", "pdf", "--period", PERIOD),
    ("consolidated", "docx", "--period", PERIOD),
    ("consolidated", "xlsx", "--period", PERIOD),
    ("remind", "pdf", "--period", PERIOD, "--agency", "STC"),
    ("outgoing", "xlsx", "--year", "2026"),
    ("keys", "export-identity"),
]


@pytest.mark.parametrize(
    ("name", "command"),
    [("syt", c) for c in AGENCY_WRITERS] + [("dofa", c) for c in DOFA_WRITERS],
    ids=lambda value: "-".join(value) if isinstance(value, tuple) else value,
)
def test_a_device_given_as_output_is_refused_and_left_alone(ex, device, name, command):
    done = ex.cli(name, *command, "--out", str(device), env=PASSPHRASE)
    said = done.stderr.decode("utf-8", "replace")
    assert stat.S_ISCHR(os.lstat(device).st_mode), f"{command} replaced the device: {said}"
    assert done.returncode == 1, (command, done.returncode, said)
    assert "not a regular file" in said and "Traceback" not in said
    assert sorted(p.name for p in device.parent.iterdir()) == ["null"]  # no leftovers
