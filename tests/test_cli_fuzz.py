"""A command-line fuzz: hypothesis builds argument lists from the real options and hostile
values; every run ends in exit 0, 1 or 2 with no traceback, and a refusal writes nothing (the
activity log of refusals and the wrong-password counts aside) and creates no file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import cli
from app.models.connection import close_db
from tests.cli_inprocess import data_dump
from tests.reporting import approver, complete_draft

COMMANDS = [
    ["report", "edit"],
    ["report", "submit"],
    ["report", "sign"],
    ["report", "amend"],
    ["report", "show"],
    ["report", "pdf"],
    ["periods"],
    ["bundle", "import"],
    ["bundle", "export"],
    ["status"],
    ["user", "add"],
    ["keys", "show"],
    ["agencies"],
]
OPTIONS = [
    "--period", "--duty", "--status", "--progress", "--results", "--difficulties",
    "--proposals", "--attach", "--user", "--reason", "--agency", "--out", "--json", "--name",
    "--position", "--role", "--dry-run", "--lang",
]  # fmt: skip
HOSTILE = [
    "2026-H1", "2026-Y", "0000-Y", "2026-H1\n", "٢٠٢٦-H1", "２０２８-Y", "9999-Y", "III.1.1",
    "IX.9.9", "done", "in_progress", "-5", "101", "50", "1e9", "", " ", "\x00", "SYT", "SNGV",
    "approver", "drafter", "nguyen.van.an", "x" * 20_001, "Kết quả", "e\u0301", "/dev/null",
    "/proc/self", "/nonexistent", "--json", "-", "..", "\udcff", "%s%n", "' OR 1=1 --",
]  # fmt: skip


def _values(tmp: Path) -> list[str]:
    fifo = tmp / "fifo"
    if not fifo.exists():
        os.mkfifo(fifo)
    folder = tmp / "folder"
    folder.mkdir(exist_ok=True)
    proof = tmp / "proof.pdf"
    proof.write_bytes(b"%PDF-1.4 proof")
    return [str(fifo), str(folder), str(proof), str(tmp / "out.pdf"), "/dev/full", *HOSTILE]


def _state(folder: Path, outputs: Path) -> tuple[list[str], list[str]]:
    rows = [
        line
        for line in data_dump(folder)
        if not line.startswith('INSERT INTO "audit_entry"') and "login_failures:" not in line
    ]
    return rows, sorted(p.name for p in outputs.iterdir())


@pytest.fixture
def station(health, tmp_path, monkeypatch):
    approver()
    complete_draft(health, "2026-H1")
    close_db()
    monkeypatch.chdir(tmp_path)  # a relative name never lands in the repository
    return health


@settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_no_traceback_and_no_write_on_refusal(station, tmp_path, data, capsys):
    outputs = tmp_path / "outputs"
    outputs.mkdir(exist_ok=True)
    values = _values(tmp_path) + [str(outputs / "a.pdf"), str(outputs)]
    command = data.draw(st.sampled_from(COMMANDS))
    text = st.text(max_size=12) | st.sampled_from(values)
    pairs = data.draw(
        st.lists(st.tuples(st.sampled_from(OPTIONS), text), max_size=6), label="options"
    )
    argv = ["--profile", str(station.folder), *command]
    for option, value in pairs:
        argv += [option, value]
    before = _state(station.folder, outputs)
    try:
        code = cli.main(argv)
    except SystemExit as exc:  # argparse refuses a usage error itself
        code = exc.code
    finally:
        close_db()
    _, err = capsys.readouterr()
    assert code in (0, 1, 2), (argv, code)
    assert "Traceback" not in err, (argv, err)
    if code != 0:
        assert _state(station.folder, outputs) == before, (argv, err)
