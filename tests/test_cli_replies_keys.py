"""Replies from DoFA and keys over time, end to end through the scripting interface.

A module-wide exchange (DoFA, Sở Y tế set up from DoFA's kit and enrolled, with a signed
2026-Y report) is built once; each test works on its own copy. The bad-reply corpus
(tests/corpus_replies/) is imported into an SYT workstation built in the test process.
"""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
import zipfile
from contextlib import closing
from pathlib import Path

import pyrage
import pytest
from pyrage import x25519

from app.models.session import close_open_session
from tests.conftest import REPO, run_cli
from tests.corpus_replies import make_replies
from tests.exchange_cli_helpers import (
    PERIOD,
    audit_actions,
    db_rows,
    ok,
    refused,
)
from tests.pg_cluster import office_connection

COMMENT = "Bổ sung số liệu về đoàn ra, đoàn vào trong quý 4"
BACKUP_PASSPHRASE = "sao-luu-khoa-2026"


@pytest.fixture(scope="module")
def base(tmp_path_factory, standard_exchange_base):
    return standard_exchange_base.clone(tmp_path_factory.mktemp("exchange") / "ex")


@pytest.fixture
def ex(base, tmp_path):
    return base.clone(tmp_path / "ex")


# --- helpers -----------------------------------------------------------------------------


def _import_on_dofa(ex, bundle: Path, dofa: str = "dofa") -> dict:
    rc, [result] = ex.import_bundles(bundle, dofa=dofa)
    assert rc == 0 and result["status"] == "imported", result
    return result


def _received(ex) -> Path:
    """Sở Y tế's pending revisions exported and imported on DoFA; the bundle."""
    bundle = ex.export_bundle("syt")
    _import_on_dofa(ex, bundle)
    return bundle


def _reply(ex, agency: str = "SYT", dofa: str = "dofa") -> Path:
    folder = ex.root / "replies"
    folder.mkdir(exist_ok=True)
    printed = ok(ex.cli(dofa, "reply", "export", "--agency", agency, "--out", str(folder)))
    path = Path(printed.strip())
    assert path.parent == folder and path.is_file(), printed
    return path


def _import_reply(ex, reply: Path, name: str = "syt") -> tuple[int, dict]:
    result = ex.cli(name, "bundle", "import", str(reply), "--json")
    assert "Traceback" not in result.stderr.decode("utf-8", "replace"), result.stderr
    [parsed] = json.loads(result.stdout.decode("utf-8"))
    return result.returncode, parsed


def _show(ex, name: str = "syt", agency: str | None = None) -> dict:
    return json.loads(ok(ex.show(name, agency=agency)))


def _keys_of(profile: Path, agency: str) -> dict[str, dict]:
    """The agency_key rows DoFA holds for an agency, by fingerprint."""
    query = "SELECT k.* FROM agency_key k JOIN agency a ON a.id = k.agency_id WHERE a.code = ?"
    office = office_connection(profile)
    if office is not None:
        cursor = office.cursor()
        cursor.execute(query.replace("?", "%s"), (agency,))
        names = [column.name for column in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        office.close()
    else:
        uri = f"file:{profile / 'plantracker.sqlite'}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            connection.row_factory = sqlite3.Row
            rows = [dict(row) for row in connection.execute(query, (agency,))]
    return {row["fingerprint"]: row for row in rows}


def _gaps(ex, dofa: str = "dofa") -> str:
    code = (
        "from pathlib import Path; from app.services.workstation import profile;"
        "from app.services.exchange import ledger;"
        f"profile.open_profile(Path({str(ex.profile(dofa))!r})); print(ledger.gaps())"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], env=ex.env, capture_output=True, cwd=str(REPO), text=True
    )
    assert shown.returncode == 0, shown.stderr
    return shown.stdout.strip()


def _passphrase(text: str = BACKUP_PASSPHRASE) -> dict[str, str]:
    return {"PLANTRACKER_PASSPHRASE": text}


# --- replies: receipts and returns -----------------------------------------------------


def test_a_receipt_marks_the_report_received_with_dofa_s_time(ex):
    _received(ex)
    at_dofa = _show(ex, "dofa", agency="SYT")
    assert _show(ex)["status"] == "sent"

    rc, result = _import_reply(ex, _reply(ex))

    assert rc == 0 and result["status"] == "imported"
    assert (result["agency"], result["sequence"]) == ("SNGV", 1)
    assert [(r["period"], r["revision"], r["outcome"]) for r in result["reports"]] == [
        (PERIOD, 1, "updated")
    ]
    shown = _show(ex)
    assert shown["status"] == "received"
    assert shown["received_at"] == at_dofa["received_at"] and shown["received_at"]


def test_a_returned_report_is_amended_sent_again_and_then_received(ex):
    _received(ex)
    said = ok(
        ex.cli(
            "dofa", "report", "return", "--agency", "SYT", "--period", PERIOD, "--comment", COMMENT
        )
    )
    assert "returned for revision" in said
    assert _show(ex, "dofa", agency="SYT")["status"] == "returned"
    refused(
        ex.cli("dofa", "report", "return", "--agency", "SYT", "--period", PERIOD, "--comment", "  ")
    )

    rc, result = _import_reply(ex, _reply(ex))

    assert rc == 0 and result["status"] == "imported"
    shown = _show(ex)
    assert (shown["revision"], shown["status"], shown["received_at"]) == (1, "returned", None)
    plain = ok(ex.cli("syt", "report", "show", "--period", PERIOD))  # the reason, in words
    assert "Returned by DoFA at " in plain and plain.rstrip().count(COMMENT) == 1
    audit = dict(audit_actions(ex.profile("syt")))
    assert audit["reply.import"]["sequence"] == 1

    # The agency amends the returned revision, signs it and sends it again.
    duty = ex.own_duties("syt")[0]
    ex.amend("syt", reason="Bổ sung theo ý kiến của Sở Ngoại vụ")
    ex.edit("syt", duty, "--progress", "90", "--results", "Đã bổ sung số liệu đoàn ra, đoàn vào")
    ex.sign("syt")
    bundle = ex.export_bundle("syt")
    imported = _import_on_dofa(ex, bundle)
    assert {r["revision"]: r["outcome"] for r in imported["reports"]} == {2: "updated"}
    at_dofa = _show(ex, "dofa", agency="SYT")
    assert (at_dofa["revision"], at_dofa["status"]) == (2, "received")

    rc, result = _import_reply(ex, _reply(ex))

    assert rc == 0 and result["sequence"] == 2
    outcomes = {r["revision"]: r["outcome"] for r in result["reports"]}
    assert outcomes == {1: "unchanged", 2: "updated"}
    shown = _show(ex)
    assert (shown["revision"], shown["status"]) == (2, "received")
    assert shown["received_at"] == at_dofa["received_at"]
    # Nothing is waiting to be sent: DoFA acknowledged the new revision.
    assert refused(ex.cli("syt", "bundle", "export", "--out", str(ex.root / "out")))


def test_the_same_reply_twice_changes_nothing_the_second_time(ex):
    _received(ex)
    reply = _reply(ex)
    assert _import_reply(ex, reply)[0] == 0
    before = db_rows(ex.profile("syt"))
    audit_before = audit_actions(ex.profile("syt"))

    rc, again = _import_reply(ex, reply)

    assert rc == 0 and again["status"] == "already_imported"
    assert again["reports"] == []
    assert db_rows(ex.profile("syt")) == before
    assert audit_actions(ex.profile("syt")) == audit_before
    plain = ex.cli("syt", "bundle", "import", str(reply))
    assert plain.returncode == 0 and "already_imported" in plain.stdout.decode()


def test_a_dry_run_of_a_reply_shows_the_outcome_and_writes_nothing(ex):
    _received(ex)
    reply = _reply(ex)
    before = db_rows(ex.profile("syt"), skip=())

    result = ex.cli("syt", "bundle", "import", str(reply), "--dry-run", "--json")

    assert result.returncode == 0
    [preview] = json.loads(result.stdout)
    assert preview["status"] == "imported" and preview["reports"][0]["outcome"] == "updated"
    assert db_rows(ex.profile("syt"), skip=()) == before


def test_a_reply_for_an_agency_that_is_not_enrolled_is_refused(ex):
    out = ex.root / "stp-reply.ptbundle"
    stderr = refused(ex.cli("dofa", "reply", "export", "--agency", "STP", "--out", str(out)))
    assert "is not enrolled" in stderr and not out.exists()


# --- the bad-reply corpus ---------------------------------------------------------------


@pytest.fixture
def corpus_agency(tmp_path):
    """An SYT workstation that can read tests/corpus_replies/; closed for the CLI."""
    folder = tmp_path / "syt-corpus"
    make_replies.agency_station(folder)
    yield folder
    close_open_session()


def _cli_import(folder: Path, reply: Path) -> tuple[int, dict, str]:
    result = run_cli(
        "--lang", "en", "--profile", str(folder), "bundle", "import", str(reply), "--json"
    )
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    [parsed] = json.loads(result.stdout.decode("utf-8"))
    return result.returncode, parsed, stderr


def test_the_valid_corpus_reply_imports_so_the_station_reads_the_corpus(corpus_agency):
    close_open_session()
    rc, result, _ = _cli_import(corpus_agency, make_replies.CORPUS / "reply_valid.ptbundle")
    assert rc == 0 and result["status"] == "imported", result


REASONS = {
    "reply_other_agency": "is a reply for another agency (STP)",
    "reply_older_plan": "carries plan version 1, older than version 2 here",
    "reply_not_dofa": "is not signed by DoFA's key",
}


@pytest.mark.parametrize("case", sorted(make_replies.CASES))
def test_a_bad_reply_is_rejected_and_only_the_audit_log_changes(corpus_agency, case):
    code, _what = make_replies.CASES[case]
    if case == "reply_older_plan":
        assert make_replies.raise_plan_version(2) == "updated"
    close_open_session()
    reply = make_replies.CORPUS / f"{case}.ptbundle"
    before = db_rows(corpus_agency)
    audit_before = audit_actions(corpus_agency)

    rc, result, stderr = _cli_import(corpus_agency, reply)

    assert rc == 1 and result["status"] == "rejected", result
    assert REASONS[case] in result["reason"] and reply.name in result["reason"]
    assert result["reports"] == []
    assert db_rows(corpus_agency) == before
    new_entries = audit_actions(corpus_agency)[len(audit_before) :]
    assert [action for action, _ in new_entries] == ["reply.rejected"]
    assert new_entries[0][1]["reason"] == code
    assert new_entries[0][1]["file"] == reply.name
    plain = run_cli("--profile", str(corpus_agency), "bundle", "import", str(reply))
    assert plain.returncode == 1 and "bị từ chối" in plain.stdout.decode()  # Vietnamese first


# --- keys over time: rotation, revocation, a lost machine -------------------------------


def test_a_rotated_key_is_enrolled_by_the_next_bundle_and_old_signatures_still_verify(ex):
    _received(ex)
    old = ex.keys("syt")["fingerprint"]
    said = ok(ex.cli("syt", "keys", "rotate"))
    new = ex.keys("syt")["fingerprint"]
    assert new != old and new in said

    # The next bundle holds revision 1 again (not acknowledged yet), signed with the new key
    # and carrying the old key's statement for it.
    result = _import_on_dofa(ex, ex.export_bundle("syt"))
    assert result["sequence"] == 2
    known = _keys_of(ex.dofa, "SYT")
    assert known[new]["enrolled_at"] and known[new]["vouched_by"] == old
    assert known[new]["revoked_at"] is None and known[new]["retired_at"] is None
    assert known[old]["retired_at"] and known[old]["revoked_at"] is None
    shown = ok(ex.cli("dofa", "report", "show", "--period", PERIOD, "--agency", "SYT"))
    assert f"signature valid (key {old})" in shown  # revision 1, signed with the old key

    ex.amend("syt")
    ex.sign("syt")
    _import_on_dofa(ex, ex.export_bundle("syt"))
    shown = ok(ex.cli("dofa", "report", "show", "--period", PERIOD, "--agency", "SYT"))
    assert "revision 2" in shown and f"signature valid (key {new})" in shown
    assert _gaps(ex) == "{}"


def test_after_a_revocation_later_bundles_are_rejected_and_earlier_reports_stay(ex):
    _received(ex)
    fingerprint = ex.keys("syt")["fingerprint"]
    said = ok(ex.cli("dofa", "keys", "revoke", "--agency", "SYT"))
    assert fingerprint in said
    refused(ex.cli("dofa", "keys", "revoke", "--agency", "SYT"))  # nothing left to revoke
    report_before = db_rows(ex.dofa)["report"]
    ex.amend("syt")
    ex.sign("syt")
    bundle = ex.export_bundle("syt")

    rc, [result] = ex.import_bundles(bundle)

    assert rc == 1 and result["status"] == "rejected"
    assert "that was revoked on" in result["reason"]
    assert db_rows(ex.dofa)["report"] == report_before
    shown = _show(ex, "dofa", agency="SYT")
    assert (shown["revision"], shown["status"]) == (1, "received")
    text = ok(ex.cli("dofa", "report", "show", "--period", PERIOD, "--agency", "SYT"))
    assert f"signature valid (key {fingerprint})" in text
    # Refused for agencies: revoking is DoFA's.
    refused(ex.cli("syt", "keys", "revoke", "--agency", "SYT"), 2)


def test_a_lost_machine_is_enrolled_again_only_with_dofa_s_explicit_approval(ex):
    _received(ex)
    ex.amend("syt")
    ex.sign("syt")
    _import_on_dofa(ex, ex.export_bundle("syt"))  # the old machine's bundles 1 and 2
    old = ex.keys("syt")["fingerprint"]

    # The machine is lost: a new workstation from a new kit, with a new key.
    ex.setup_from_kit("syt-new", ex.export_kit("SYT"))
    ex.add_approver("syt-new")
    ex.fill("syt-new", period="2026-H1")
    ex.sign("syt-new", period="2026-H1")
    enrolment = ex.export_enrolment("syt-new")
    new = ex.keys("syt-new")["fingerprint"]
    assert new != old
    stderr = refused(ex.cli("dofa", "enroll", "import", str(enrolment), "--fingerprint", new))
    assert "already enrolled" in stderr and old in stderr
    ok(ex.cli("dofa", "enroll", "import", str(enrolment), "--fingerprint", new, "--replace"))
    known = _keys_of(ex.dofa, "SYT")
    assert known[old]["revoked_at"] and known[new]["enrolled_at"]

    bundle = ex.export_bundle("syt-new")
    assert bundle.name.endswith("-0001.ptbundle")
    result = _import_on_dofa(ex, bundle)

    assert result["sequence"] == 1
    assert [(r["period"], r["outcome"]) for r in result["reports"]] == [("2026-H1", "new")]
    assert _gaps(ex) == "{}"
    # The old machine's reports stay as they were received.
    kept = ok(ex.cli("dofa", "report", "show", "--period", PERIOD, "--agency", "SYT"))
    assert "revision 2 · Received\n" in kept and f"signature valid (key {old})" in kept


# --- backup and restore, escrow ---------------------------------------------------------


def test_dofa_restored_on_a_new_machine_imports_bundles_made_for_the_old_one(ex):
    backup = ex.root / "dofa-keys.ptbackup"
    said = ok(ex.cli("dofa", "keys", "backup", "--out", str(backup), env=_passphrase()))
    assert "nobody can open it" in said
    assert backup.read_bytes().startswith(b"age-encryption.org/v1")
    assert backup.stat().st_mode & 0o077 == 0
    old_fingerprint = ex.keys("dofa")["fingerprint"]
    bundle = ex.export_bundle("syt")  # encrypted for the old machine

    ex.setup_dofa("dofa-new")  # a new machine: new keys, nothing enrolled
    rc, [before] = ex.import_bundles(bundle, dofa="dofa-new")
    assert rc == 1 and before["status"] == "rejected"
    said = ok(ex.cli("dofa-new", "keys", "restore", str(backup), env=_passphrase()))
    assert f"Restored the keys of SNGV (signing key {old_fingerprint})" in said
    assert ex.keys("dofa-new")["fingerprint"] == old_fingerprint

    result = _import_on_dofa(ex, bundle, dofa="dofa-new")

    assert result["reports"][0]["outcome"] == "new"
    # The restored DoFA signs replies that the agency accepts as DoFA's.
    rc, reply = _import_reply(ex, _reply(ex, dofa="dofa-new"))
    assert rc == 0 and reply["status"] == "imported"
    assert _show(ex)["status"] == "received"


def test_a_wrong_backup_passphrase_is_refused_in_plain_words_and_changes_nothing(ex):
    backup = ex.root / "dofa-keys.ptbackup"
    ok(ex.cli("dofa", "keys", "backup", "--out", str(backup), env=_passphrase()))
    ex.setup_dofa("dofa-new")
    before = db_rows(ex.profile("dofa-new"))
    keyring_before = ex.keyring.read_text()

    stderr = refused(
        ex.cli("dofa-new", "keys", "restore", str(backup), env=_passphrase("sai-mat-khau-123"))
    )

    assert "the passphrase is wrong" in stderr
    assert "cannot be recovered by anyone" in stderr
    assert db_rows(ex.profile("dofa-new")) == before
    assert ex.keyring.read_text() == keyring_before
    short = ex.cli("dofa", "keys", "backup", "--out", str(ex.root / "b"), env=_passphrase("ngan"))
    assert "at least 10 characters" in refused(short)


def test_an_agency_backs_up_and_restores_its_own_keys(ex):
    backup = ex.root / "syt-keys.ptbackup"
    ok(ex.cli("syt", "keys", "backup", "--out", str(backup), env=_passphrase()))
    enrolled = ex.keys("syt")

    # A replacement computer set up from the same kit restores the agency's keys: DoFA
    # accepts its bundles with no new enrolment.
    ex.setup_from_kit("syt-restored", sorted((ex.root / "kits").glob("syt-*.ptkit"))[0])
    assert ex.keys("syt-restored")["fingerprint"] != enrolled["fingerprint"]
    said = ok(ex.cli("syt-restored", "keys", "restore", str(backup), env=_passphrase()))
    assert "Restored the keys of SYT" in said
    restored = ex.keys("syt-restored")
    assert restored["fingerprint"] == enrolled["fingerprint"]
    assert restored["age_recipient"] == enrolled["age_recipient"]
    ex.add_approver("syt-restored")
    ex.fill("syt-restored")
    ex.sign("syt-restored")

    result = _import_on_dofa(ex, ex.export_bundle("syt-restored"))

    assert result["reports"][0]["outcome"] == "new"
    # Another agency's backup is refused.
    ex.setup_from_kit("sct", ex.export_kit("SCT"))
    stderr = refused(ex.cli("sct", "keys", "restore", str(backup), env=_passphrase()))
    assert "holds the keys of SYT" in stderr


def _zip_names(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.namelist()


def test_the_escrow_identity_alone_opens_a_bundle_with_pyrage_and_with_age(ex, tmp_path):
    identity_text = ex.escrow_identity()
    assert identity_text.startswith("AGE-SECRET-KEY-1")
    printed = (ex.root / "dofa-setup.txt").read_text(encoding="utf-8")
    assert "shown once" in printed
    assert identity_text not in ok(ex.cli("dofa", "keys", "show", "--json"))
    bundle = ex.export_bundle("syt")

    plain = pyrage.decrypt(bundle.read_bytes(), [x25519.Identity.from_str(identity_text)])

    names = _zip_names(plain)
    assert names[:2] == ["manifest.json", "manifest.sig"]
    assert f"reports/{PERIOD}-r1.json" in names
    key_file = tmp_path / "escrow.key"
    key_file.write_text(identity_text + "\n", encoding="ascii")
    key_file.chmod(0o600)
    out = tmp_path / "bundle.zip"
    stock = subprocess.run(
        ["age", "-d", "-i", str(key_file), "-o", str(out), str(bundle)],
        capture_output=True,
        timeout=60,
    )
    assert stock.returncode == 0, stock.stderr
    assert out.read_bytes() == plain
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert (manifest["agency"], manifest["sequence"]) == ("SYT", 1)
    # Only the escrow identity was used: DoFA's decryption identity is another key.
    assert ex.keys("dofa")["age_recipient"] != str(
        x25519.Identity.from_str(identity_text).to_public()
    )
