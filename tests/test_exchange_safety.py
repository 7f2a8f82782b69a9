"""Exports and imports that survive kills and company: no plaintext outside the profile, no
sequence number used twice, no leftovers, one import at a time, signed content the only source.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.services.exchange.bundle_format import AGE_HEADER
from app.services.workstation import profile
from tests.cli_inprocess import run
from tests.exchange_support import (
    KEYRING,
    TwoReports,
    copy_profile,
    evidence_state,
    shared_keyring,
    two_report_world,
)
from tests.export_crash_driver import POINTS
from tests.pg_cluster import subprocess_env
from tests.reporting import PASSWORD
from tests.sign_crash_driver import POINTS as SIGN_POINTS

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

REPO = Path(__file__).resolve().parent.parent
RECORDED_FROM = POINTS.index("after_record")
SEQUENCE = re.compile(r"-(\d{4})\.ptbundle$")


@pytest.fixture(scope="module")
def module_world(tmp_path_factory) -> TwoReports:
    root = tmp_path_factory.mktemp("exchange-safety")
    with shared_keyring(root / "keyring.json"):
        yield two_report_world(root)


@pytest.fixture
def world(module_world, monkeypatch) -> TwoReports:
    """The world, its secrets visible to this test and the processes it starts."""
    monkeypatch.setenv(KEYRING, module_world.keyring)
    return module_world


def _driver(folder: Path, out: Path, point: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tests.export_crash_driver", str(folder), str(out), point],
        cwd=REPO,
        capture_output=True,
        timeout=120,
    )


def _sent_sequences(folder: Path) -> list[int]:
    with sqlite3.connect(profile.db_path(folder)) as connection:
        rows = connection.execute("SELECT sequence FROM bundle_sent ORDER BY sequence").fetchall()
    connection.close()
    return [n for (n,) in rows]


def _no_plaintext(out: Path) -> None:
    for path in out.iterdir():
        data = path.read_bytes()
        assert data.startswith(AGE_HEADER), f"{path.name} is not encrypted"
        assert b"PK\x03\x04" not in data[:64]


@pytest.mark.parametrize("point", POINTS)
def test_a_killed_export_uses_no_number_twice_and_leaves_nothing(point, world, tmp_path):
    folder = copy_profile(world.agency, tmp_path / "syt")
    out = tmp_path / "usb"
    out.mkdir()
    done = _driver(folder, out, point)
    assert done.returncode == -signal.SIGKILL, (done.returncode, done.stderr.decode())
    _no_plaintext(out)  # never an unencrypted zip on the stick, whatever the moment
    recorded = POINTS.index(point) >= RECORDED_FROM
    assert _sent_sequences(folder) == ([1] if recorded else [])

    # Next start: the temporary file beside the target is gone; the next export numbers on.
    again = _driver(folder, out, "none")
    assert again.returncode == 0, again.stderr.decode()
    _no_plaintext(out)
    names = sorted(p.name for p in out.iterdir())
    assert not [n for n in names if n.startswith(".")], names  # no leftovers
    numbers = [int(SEQUENCE.search(n).group(1)) for n in names]
    assert len(numbers) == len(set(numbers)), f"a number was used twice: {names}"
    assert _sent_sequences(folder) == ([1, 2] if recorded else [1])
    assert evidence_state(folder).temporary == []


def test_two_imports_at_once_never_collide(world, tmp_path):
    """30 pairs of processes import the same bundle into one profile at the same moment."""
    env = {**os.environ, **subprocess_env()}
    outcomes = []
    for pair in range(30):
        folder = copy_profile(world.dofa, tmp_path / f"dofa-{pair}")
        command = [sys.executable, "-m", "app", "--profile", str(folder), "--lang", "en"]
        command += ["bundle", "import", str(world.bundle), "--json"]
        both = [
            subprocess.Popen(
                command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )
            for _ in range(2)
        ]
        results = [process.communicate(timeout=180) for process in both]
        for process, (_, err) in zip(both, results, strict=True):
            assert process.returncode == 0, err.decode()
            assert b"Traceback" not in err and b"IntegrityError" not in err
        statuses = sorted(json.loads(out)[0]["status"] for out, _ in results)
        outcomes.append(statuses)
        assert statuses == ["already_imported", "imported"], (pair, statuses)
    assert len(outcomes) == 30


def test_a_refused_import_leaves_no_half_copied_evidence(world, tmp_path, capsys):
    folder = copy_profile(world.dofa, tmp_path / "dofa")
    evidence_dir = folder / "evidence" / "ab"
    evidence_dir.mkdir(parents=True)
    stale = evidence_dir / ".incoming-stale"  # as a killed import leaves it
    stale.write_bytes(b"half")
    truncated = tmp_path / "cut.ptbundle"
    truncated.write_bytes(world.bundle.read_bytes()[:-100])
    code, _, _ = run(capsys, "--profile", str(folder), "bundle", "import", str(truncated))
    assert code == 1
    assert not stale.exists()


def test_signed_content_is_the_only_source(world, tmp_path, capsys):
    folder = copy_profile(world.agency, tmp_path / "syt")
    database = profile.db_path(folder)
    with sqlite3.connect(database) as connection:  # a hand edit of the file, beside the app
        connection.execute("UPDATE report_entry SET results = 'SỬA TAY', progress = 99")
    connection.close()
    show = ["--profile", str(folder), "report", "show", "--period", "2026-H1", "--json"]
    code, out, err = run(capsys, *show)
    assert code == 0, err
    shown = json.loads(out)
    assert all(e["results"] != "SỬA TAY" and e["progress"] != 99 for e in shown["entries"])
    assert shown["entries"][0]["results"].startswith("Sáu tháng")
    pdf = tmp_path / "r.pdf"
    code, _, err = run(capsys, "--profile", str(folder), "report", "pdf", "--period", "2026-H1",
                       "--out", str(pdf))  # fmt: skip
    assert code == 0, err
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "SỬA TAY" not in text and "Sáu tháng" in text

    with sqlite3.connect(database) as connection:  # now the signed text itself
        connection.execute(
            "UPDATE report SET content_json = replace(content_json, 'Sáu tháng', 'Bảy tháng')"
        )
    connection.close()
    code, out, err = run(capsys, *show[:2], "--lang", "en", *show[2:])
    assert code == 1 and out == "" and "does not verify" in err
    code, out, err = run(capsys, *show)
    assert code == 1 and out == "" and "không được dùng" in err
    code, _, err = run(capsys, "--profile", str(folder), "--lang", "en", "report", "pdf",
                       "--period", "2026-H1", "--out", str(tmp_path / "r2.pdf"))  # fmt: skip
    assert code == 1 and "does not verify" in err
    assert not (tmp_path / "r2.pdf").exists()


@pytest.mark.parametrize("point", SIGN_POINTS)
def test_a_killed_sign_off_leaves_a_draft_or_a_whole_signature(
    point, world, tmp_path, capsys, monkeypatch
):
    """The agency's 2026-Y report, made a draft again by an amendment, signed and killed."""
    folder = copy_profile(world.agency, tmp_path / "syt")
    code, _, err = run(
        capsys, "--profile", str(folder), "report", "amend", "--period", "2026-Y",
        "--reason", "Bổ sung",
    )  # fmt: skip
    assert code == 0, err
    done = subprocess.run(
        [sys.executable, "-m", "tests.sign_crash_driver", str(folder), "2026-Y", point],
        cwd=REPO,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, (done.returncode, done.stderr.decode())
    with sqlite3.connect(profile.db_path(folder)) as connection:
        status, content, digest = connection.execute(
            "SELECT status, content_json, content_sha256 FROM report "
            "WHERE period_id = '2026-Y' ORDER BY revision DESC LIMIT 1"
        ).fetchone()
    connection.close()
    signed = SIGN_POINTS.index(point) >= SIGN_POINTS.index("after_commit")
    if signed:
        assert status == "signed" and content is not None and digest is not None
    else:
        assert status == "draft" and content is None and digest is None
    # The signed revision (or the draft, signed now) shows and verifies.
    if not signed:
        monkeypatch.setenv("PLANTRACKER_PASSWORD", PASSWORD)
        code, _, err = run(
            capsys, "--profile", str(folder), "report", "sign", "--period", "2026-Y",
            "--user", "nguyen.van.an",
        )  # fmt: skip
        assert code == 0, err
    show = ["--profile", str(folder), "report", "show", "--period", "2026-Y", "--json"]
    code, out, err = run(capsys, *show)
    assert code == 0 and json.loads(out)["status"] == "signed", err
