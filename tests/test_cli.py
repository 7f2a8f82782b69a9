"""The scripting interface: keys, exit codes, plain messages, profile selection."""

from __future__ import annotations

import json
import sqlite3

from app import __version__
from tests.conftest import run_cli


def _json(result) -> object:
    assert result.returncode == 0, result.stderr.decode()
    assert b"\\u" not in result.stdout  # UTF-8, not escapes
    return json.loads(result.stdout.decode("utf-8"))


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout.decode()


def test_agencies_json_from_the_bundled_catalogue(tmp_path):
    agencies = _json(run_cli("--profile", str(tmp_path / "none"), "agencies", "--json"))
    assert all(set(a) == {"code", "name_vi", "name_en", "kind", "active"} for a in agencies)
    kinds = {a["kind"] for a in agencies}
    assert kinds <= {
        "department",
        "district",
        "commune",
        "armed_force",
        "mass_organisation",
        "other",
    }
    districts = [a for a in agencies if a["kind"] == "district"]
    assert len(districts) == 14
    by_code = {a["code"]: a for a in agencies}
    assert by_code["SNGV"]["name_vi"] == "Sở Ngoại vụ"
    assert by_code["UBMTTQ"]["kind"] == "mass_organisation"
    assert by_code["CAT"]["kind"] == "armed_force"
    assert not (tmp_path / "none").exists()  # reading never creates a profile


def test_duties_json_keys_and_agency_filter():
    duties = _json(run_cli("duties", "--json", "--agency", "SYT"))
    assert [d["ref"] for d in duties] == ["III.1.1", "III.13.1", "IV.1.1"]
    assert set(duties[0]) == {"ref", "section", "text_vi", "text_en", "lead", "coordinating"}
    assert duties[1]["lead"] == ["SYT"]
    assert duties[1]["text_vi"].startswith("Tăng cường hợp tác với nước ngoài trong lĩnh vực y tế")


def test_duties_of_a_coordinating_agency():
    refs = [d["ref"] for d in _json(run_cli("duties", "--json", "--agency", "SNV"))]
    assert "III.2.7" in refs  # named in the text as the partner of Sở Ngoại vụ
    assert "III.11.1" in refs  # its own


def test_unknown_agency_is_refused_in_plain_words():
    result = run_cli("duties", "--agency", "NOPE")
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr
    assert "NOPE" in result.stderr.decode()


def test_usage_error_exits_2():
    assert run_cli("frobnicate").returncode == 2
    assert run_cli("setup").returncode == 2  # neither --agency nor --kit


def test_setup_creates_a_wal_database_with_foreign_keys(tmp_path):
    folder = tmp_path / "ws"
    result = run_cli("--profile", str(folder), "setup", "--agency", "SYT")
    assert result.returncode == 0, result.stderr.decode()
    assert "Sở Y tế" in result.stdout.decode("utf-8")
    connection = sqlite3.connect(folder / "plantracker.sqlite")
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    settings = dict(connection.execute("SELECT key, value FROM setting"))
    assert (settings["agency"], settings["consolidating"]) == ("SYT", "0")
    assert settings["key_storage"] == "keyring"
    references = connection.execute("PRAGMA foreign_key_list(duty_agency)").fetchall()
    assert {row[2] for row in references} == {"duty", "agency"}


def test_setup_twice_is_refused_and_changes_nothing(tmp_path):
    folder = tmp_path / "ws"
    assert run_cli("--profile", str(folder), "setup", "--agency", "SNGV", "--dofa").returncode == 0
    before = (folder / "plantracker.sqlite").read_bytes()
    again = run_cli("--lang", "en", "--profile", str(folder), "setup", "--agency", "SYT")
    assert again.returncode == 1
    assert "already" in again.stderr.decode()
    assert (folder / "plantracker.sqlite").read_bytes() == before


def test_setup_with_unknown_agency_leaves_no_folder(tmp_path):
    folder = tmp_path / "new" / "ws"
    result = run_cli("--profile", str(folder), "setup", "--agency", "XYZ")
    assert result.returncode == 1
    assert not (tmp_path / "new").exists()


def test_profile_from_environment(tmp_path):
    folder = tmp_path / "env-profile"
    env = {"PLANTRACKER_PROFILE": str(folder)}
    assert run_cli("setup", "--agency", "TAYTRA", env=env).returncode == 0
    assert (folder / "plantracker.sqlite").exists()
    agencies = _json(run_cli("agencies", "--json", env=env))
    assert any(a["code"] == "TAYTRA" for a in agencies)


def test_profile_register_changes_show_in_the_cli(dofa):
    from app.models.session import close_open_session
    from app.services.catalogue import register

    register.add(
        dofa,
        "SNNMT",
        "Sở Nông nghiệp và Môi trường",
        "Department of Agriculture and Environment",
        "department",
    )
    close_open_session()
    agencies = _json(run_cli("--profile", str(dofa.folder), "agencies", "--json"))
    assert agencies[-1]["code"] == "SNNMT"


def test_unknown_plan_code_is_refused():
    result = run_cli("--plan", "999-2099", "duties")
    assert result.returncode == 1
    assert "590-2014" in result.stderr.decode()  # says which plans exist
