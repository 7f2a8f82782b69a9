"""A full disk, read-only media and a damaged file: a plain message naming the folder, exit 1,
nothing changed; a read-only profile still shows everything.

The real thing, not a simulation: an 8 MB tmpfs filled to the last byte, and a read-only bind
mount of a profile. Mounting needs root (or CAP_SYS_ADMIN); elsewhere these tests are skipped
with that reason.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests import workstations
from tests.cli_inprocess import data_dump, run
from tests.reporting import complete_draft


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def _umount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True)


@contextlib.contextmanager
def _mounted(*args: str, target: Path):
    target.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or shutil.which("mount") is None or not _mount(*args, str(target)):
        pytest.skip("mounting a file system needs root (or CAP_SYS_ADMIN) on Linux")
    try:
        yield target
    finally:
        _umount(target)


def _fill(folder: Path) -> Path:
    """Fill the file system holding folder to the last byte."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as out:
        for size in (65536, 1):
            with contextlib.suppress(OSError):
                while True:
                    out.write(b"\0" * size)
    return filler


@pytest.fixture
def small_disk(tmp_path):
    with _mounted("-t", "tmpfs", "-o", "size=8m", "tmpfs", target=tmp_path / "disk") as disk:
        yield disk


def test_disk_full_is_a_plain_message_and_changes_nothing(small_disk, capsys, tmp_path):
    folder = small_disk / "syt"
    station = workstations.create(folder, "SYT", consolidating=False)
    complete_draft(station, "2026-H1")
    proof = tmp_path / "proof.pdf"
    proof.write_bytes(b"%PDF-1.4 " + os.urandom(300_000))
    filler = _fill(small_disk)
    before = data_dump(folder)
    commands = [
        ["report", "edit", "--period", "2026-H1", "--duty", "III.1.1", "--results", "Mới " * 900],
        ["report", "edit", "--period", "2026-H1", "--duty", "III.1.1", "--attach", str(proof)],
        ["report", "edit", "--period", "2026-Y", "--duty", "III.1.1", "--status", "done"],
        ["report", "pdf", "--period", "2026-H1", "--out", str(small_disk / "bao-cao.pdf")],
    ]
    for argv in commands:
        code, _, err = run(capsys, "--profile", str(folder), "--lang", "en", *argv)
        assert code == 1, (argv, err)
        assert "is full" in err and "Traceback" not in err, (argv, err)
        assert str(small_disk) in err
        assert data_dump(folder) == before, argv
    assert not (small_disk / "bao-cao.pdf").exists()
    assert not [p for p in small_disk.rglob("*.part")]
    filler.unlink()
    code, _, err = run(capsys, "--profile", str(folder), *commands[0])
    assert code == 0, err  # with room again the same command works: nothing was damaged


@pytest.fixture
def read_only_profile(tmp_path):
    folder = tmp_path / "syt"
    station = workstations.create(folder, "SYT", consolidating=False)
    complete_draft(station, "2026-H1", results="Đã làm")
    from app.models.session import close_open_session

    close_open_session()
    with _mounted("--bind", "-o", "ro", str(folder), target=tmp_path / "ro") as mounted:
        yield mounted


def test_read_only_profile_shows_everything_and_refuses_changes(
    read_only_profile, capsys, tmp_path
):
    folder = read_only_profile
    before = data_dump(folder)
    code, out, err = run(
        capsys, "--profile", str(folder), "report", "show", "--period", "2026-H1", "--json"
    )
    assert code == 0, err
    shown = json.loads(out)
    assert shown["entries"][0]["results"].startswith("Đã làm")
    for argv in (
        ["periods", "--json"],
        ["keys", "show", "--json"],
        ["report", "pdf", "--period", "2026-H1", "--out", str(tmp_path / "r.pdf")],
    ):
        code, out, err = run(capsys, "--profile", str(folder), *argv)
        assert code == 0, (argv, err)
    code, _, err = run(
        capsys, "--profile", str(folder), "--lang", "en", "report", "edit", "--period", "2026-H1",
        "--duty", "III.1.1", "--status", "done",
    )  # fmt: skip
    assert code == 1 and "is read-only" in err and str(folder) in err
    assert data_dump(folder) == before


def test_disk_full_during_export_and_import(small_disk, capsys, monkeypatch):
    """The agency's export to a full stick, DoFA's import onto a full disk: plain words."""
    from tests.exchange_support import enrol_agency, make_dofa, sign_period

    dofa = make_dofa(small_disk / "dofa")
    health = enrol_agency(dofa.folder, small_disk / "syt", "SYT")
    sign_period(health, "2026-H1", "Sáu tháng", {"bien-ban.pdf": os.urandom(200_000)})
    usb = small_disk / "usb"
    usb.mkdir()
    filler = _fill(small_disk)
    before = data_dump(health.folder)
    argv = ["--profile", str(health.folder), "--lang", "en", "bundle", "export", "--out", str(usb)]
    code, _, err = run(capsys, *argv)
    assert code == 1 and "is full" in err and "Traceback" not in err, err
    assert data_dump(health.folder) == before
    assert list(usb.iterdir()) == []  # no half-written bundle, no plaintext
    filler.unlink()
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    bundle = Path(out.strip().splitlines()[-1])
    assert bundle.is_file()

    filler = _fill(small_disk)
    before = data_dump(dofa.folder)
    code, _, err = run(
        capsys, "--profile", str(dofa.folder), "--lang", "en", "bundle", "import", str(bundle)
    )
    assert code == 1 and "Traceback" not in err, err
    assert "is full" in err, err
    after = [line for line in data_dump(dofa.folder) if '"audit_entry"' not in line]
    assert after == [line for line in before if '"audit_entry"' not in line]
    assert not list((dofa.folder / "evidence").rglob(".incoming-*"))
    filler.unlink()
    code, _, err = run(capsys, "--profile", str(dofa.folder), "bundle", "import", str(bundle))
    assert code == 0, err


def test_read_only_dofa_shows_the_picture_and_the_consolidated_draft(tmp_path, capsys):
    folder = tmp_path / "dofa"
    workstations.create(folder, "SNGV", consolidating=True)
    from app.models.session import close_open_session

    close_open_session()
    with _mounted("--bind", "-o", "ro", str(folder), target=tmp_path / "ro") as mounted:
        before = data_dump(mounted)
        pdf = tmp_path / "tong-hop.pdf"
        for argv in (
            ["status", "--period", "2026-H1", "--json"],
            ["consolidated", "show", "--period", "2026-H1", "--json"],
            ["consolidated", "pdf", "--period", "2026-H1", "--out", str(pdf)],
        ):
            code, _, err = run(capsys, "--profile", str(mounted), *argv)
            assert code == 0, (argv, err)
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True)
        assert "SỞ NGOẠI VỤ" in text.stdout and "BÁO CÁO" in text.stdout
        edit = ["consolidated", "edit", "--period", "2026-H1", "--assessment", "Tốt"]
        code, _, err = run(capsys, "--profile", str(mounted), "--lang", "en", *edit)
        assert code == 1 and "is read-only" in err
        assert data_dump(mounted) == before


def test_read_only_profile_writes_and_checks_its_token_signed_pdf(
    qtbot, tmp_path, capsys, signing_token
):
    """The token-signed PDF is read from the profile's own folder, also when the database was
    opened read-only (its connection then names a `file:…?mode=ro` URI, not the file)."""
    from app.models.session import close_open_session
    from app.services.catalogue.plan_info import active_plan_info
    from app.services.esign import token_device
    from app.services.esign.token_device import TokenRequest
    from app.services.reports import evidence, report_view, signoff
    from tests import token_support
    from tests.reporting import PASSWORD, approver

    folder = tmp_path / "syt"
    station = workstations.create(folder, "SYT", consolidating=False)
    token_device.configure(signing_token.module)
    approver(station)
    request = TokenRequest(signing_token.cert_id, lambda: token_support.USER_PIN)
    draft = complete_draft(station, "2026-Y")
    signed = signoff.sign(draft, "Nguyễn Văn An", PASSWORD, station, None, request)
    signed_pdf = evidence.stored_path(folder, signed.pdf_sha256).read_bytes()
    close_open_session()
    with _mounted("--bind", "-o", "ro", str(folder), target=tmp_path / "ro") as mounted:
        before = data_dump(mounted)
        out = tmp_path / "bao-cao.pdf"
        argv = ["--profile", str(mounted), "--lang", "en", "report"]
        code, _, err = run(capsys, *argv, "pdf", "--period", "2026-Y", "--out", str(out))
        assert code == 0, err
        assert out.read_bytes() == signed_pdf  # the signed file, byte for byte
        code, shown, err = run(capsys, *argv, "show", "--period", "2026-Y", "--json")
        assert code == 0, err
        assert json.loads(shown)["pdf_signature"]["valid"] is True
        with workstations.use(mounted) as station:
            shown = report_view.state(station, active_plan_info(), "SYT", "2026-Y")
            assert shown.pdf_signature.signature.valid, shown.pdf_signature.problem
            line = _token_line_in_the_editor(qtbot, station, tmp_path / "editor.png")
        assert "Nguyễn Văn An" in line and "✘" not in line, line
        assert data_dump(mounted) == before
    checked = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
    assert "Signature is Valid" in checked


def _token_line_in_the_editor(qtbot, station, png: Path) -> str:
    """What the report editor says of 2026-Y's token-signed PDF (and a picture of it)."""
    from app.services.catalogue.plan_info import active_plan_info
    from app.ui.kit import i18n
    from app.ui.reports.report_editor import ReportEditor

    i18n.install("vi")
    editor = ReportEditor(station, active_plan_info(), None)
    qtbot.addWidget(editor)
    editor.resize(1280, 800)
    editor.show()
    qtbot.waitUntil(lambda: not editor.loading, timeout=20000)
    editor.period_combo.setCurrentIndex(editor.period_combo.findData("2026-Y"))
    qtbot.waitUntil(lambda: "token" in editor.state_label.text(), timeout=20000)
    editor.grab().save(str(png))
    line = editor.state_label.text()
    editor.close()
    return line
