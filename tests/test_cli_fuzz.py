"""A command-line fuzz: hypothesis builds argument lists from the real parser (every command,
its required options, some optional ones, values valid or hostile); every run ends in exit 0,
1 or 2 with no traceback, and a refusal writes nothing (the activity log of refusals and the
wrong-password counts aside) and creates no file."""

from __future__ import annotations

import argparse
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import cli
from app.models.session import close_open_session
from app.services.core import event_log
from tests.cli_inprocess import data_dump
from tests.reporting import approver, complete_draft

HOSTILE = [
    "2026-H1", "2026-Y", "0000-Y", "2026-H1\n", "٢٠٢٦-H1", "２０２８-Y", "9999-Y", "III.1.1",
    "IX.9.9", "done", "in_progress", "-5", "101", "50", "1e9", "", " ", "\x00", "SYT", "SNGV",
    "approver", "drafter", "nguyen.van.an", "x" * 20_001, "Kết quả", "e\u0301",
    "/proc/self", "--json", "-", "..", "\udcff", "%s%n", "' OR 1=1 --",
    "2026-12-01", "2999-01-01", "01/12/2026", "III", "IV", "2026", "ABCD-EFGH",
]  # fmt: skip
# Values a real user would give, so that runs get past the first check and deep into commands.
LIKELY = {
    "--period": ["2026-H1", "2026-Y", "2025-Y"],
    "--from": ["2026-H1", "2025-Y"],
    "--duty": ["III.1.1", "III.13.1", "IV.1.1"],
    "--agency": ["SYT", "SNGV", "STC"],
    "--user": ["nguyen.van.an", "Nguyễn Văn An"],
    "--date": ["2026-12-01", "2026-06-15"],
    "--progress": ["0", "60", "100"],
    "--year": ["2026"],
    "--reason": ["Bổ sung số liệu"],
    "--comment": ["Bổ sung số liệu"],
}
# Commands that start the desktop app, wait for a token or would touch the user's system.
SKIPPED = {("token", "set"), ("token", "list"), ("trust", "add-root"), ("trust", "add-crl")}


def _grammar() -> list[tuple[tuple[str, ...], list[argparse.Action]]]:
    """(command words, its options and positionals) for every command of the real parser."""
    found = []

    def walk(parser: argparse.ArgumentParser, words: tuple[str, ...]) -> None:
        subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subparsers:
            if words and words[:2] not in SKIPPED:
                actions = [a for a in parser._actions if not isinstance(a, argparse._HelpAction)]
                found.append((words, actions))
            return
        for name, sub in subparsers[0].choices.items():
            walk(sub, (*words, name))

    walk(cli.build_parser(), ())
    return found


GRAMMAR = _grammar()


def _values(tmp: Path) -> list[str]:
    """Hostile paths inside the test's folder: a command that accepts one as its output writes
    there, never into the machine's own / or /dev (the suite runs as root)."""
    fifo = tmp / "fifo"
    if not fifo.exists():
        os.mkfifo(fifo)
    device = tmp / "null"
    if not device.exists():
        try:
            os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        except PermissionError:  # not root: a FIFO stands for a file that is not regular
            os.mkfifo(device)
    folder = tmp / "folder"
    folder.mkdir(exist_ok=True)
    proof = tmp / "proof.pdf"
    proof.write_bytes(b"%PDF-1.4 proof")
    return [str(fifo), str(device), str(folder), str(proof), str(tmp / "nonexistent"), *HOSTILE]


def _argv(data, words, actions, values: list[str]) -> list[str]:
    text = st.text(max_size=12) | st.sampled_from(values)
    argv = list(words)
    for action in actions:
        if not (action.required or action.option_strings == [] or data.draw(st.booleans())):
            continue
        if action.nargs == 0:  # a flag
            argv.append(action.option_strings[0])
            continue
        name = action.option_strings[0] if action.option_strings else None
        likely = list(action.choices or LIKELY.get(name, []))
        value = data.draw(st.one_of(st.sampled_from(likely), st.sampled_from(likely), text)
                          if likely else text)  # fmt: skip
        if action.option_strings:
            argv += [action.option_strings[0], value]
        else:
            argv.append(value)
    return argv


def _state(folder: Path, outputs: Path) -> tuple[list[str], list[str]]:
    rows = [
        line
        for line in data_dump(folder)
        if not line.startswith('INSERT INTO "audit_entry"') and "login_failures:" not in line
    ]
    return rows, sorted(p.name for p in outputs.iterdir())


def _fuzz_once(station, tmp_path, data, capsys) -> None:
    outputs = tmp_path / "outputs"
    outputs.mkdir(exist_ok=True)
    values = _values(tmp_path) + [str(outputs / "a.pdf"), str(outputs)]
    words, actions = data.draw(st.sampled_from(GRAMMAR), label="command")
    argv = ["--profile", str(station.folder), *_argv(data, words, actions, values)]
    before = _state(station.folder, outputs)
    try:
        code = cli.main(argv)
    except SystemExit as exc:  # argparse refuses a usage error itself
        code = exc.code
    finally:
        close_open_session()
    _, err = capsys.readouterr()
    assert code in (0, 1, 2), (argv, code)
    assert "Traceback" not in err and "unexpected error" not in err, (argv, err)
    if code != 0:
        assert _state(station.folder, outputs) == before, (argv, err)


FUZZ = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(autouse=True)
def faults_surface(monkeypatch):
    """A fault of ours is normally logged and told in plain words; here it must fail the test."""

    def reraise(exc: BaseException):
        raise exc

    monkeypatch.setattr(event_log, "unexpected", reraise)


@pytest.fixture
def agency_station(health, tmp_path, monkeypatch):
    approver(health)
    complete_draft(health, "2026-H1")
    close_open_session()
    monkeypatch.chdir(tmp_path)  # a relative name never lands in the repository
    return health


@pytest.fixture
def dofa_station(dofa, tmp_path, monkeypatch):
    approver(dofa)
    close_open_session()
    monkeypatch.chdir(tmp_path)
    return dofa


def test_the_grammar_covers_the_commands():
    names = {" ".join(words) for words, _ in GRAMMAR}
    assert {"report edit", "bundle import", "status", "consolidated sign", "keys rotate"} <= names


@FUZZ
@given(data=st.data())
def test_agency_no_traceback_and_no_write_on_refusal(agency_station, tmp_path, data, capsys):
    _fuzz_once(agency_station, tmp_path, data, capsys)


@FUZZ
@given(data=st.data())
def test_dofa_no_traceback_and_no_write_on_refusal(dofa_station, tmp_path, data, capsys):
    _fuzz_once(dofa_station, tmp_path, data, capsys)
