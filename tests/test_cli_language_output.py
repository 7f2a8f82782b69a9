"""Every command's text output reads in the chosen language: run in Vietnamese (the default),
no English word is left; with --lang en the same commands still speak English. JSON output is
the same in both (scripts read its keys and values)."""

from __future__ import annotations

import json
import re
import subprocess

from tests.conftest import run_cli
from tests.exchange_cli_helpers import PERIOD, ok
from tests.test_token_signoff import _signed_with_token

# Words of the English output that Vietnamese text never holds (names, fingerprints, file
# paths and certificate subjects of the tests have none of them as a whole lowercase word).
ENGLISH = re.compile(
    r"\b(the|of|and|by|is|at|until|valid|trusted|certificate|revision|issued|documents|slot|"
    r"expired|root|intermediate|signing|key|plugged|revocation|kept|report|missing|late|"
    r"bundle|paper|added|changed|draft|signed|received|department|set|none|not|yet)\b"
)


def english_words(result: subprocess.CompletedProcess) -> list[str]:
    assert result.returncode == 0, result.stderr.decode()
    # A command to type and a file's path stay as they are.
    text = re.sub(r"`[^`]*`|\S*/\S*", "", result.stdout.decode())
    return ENGLISH.findall(text)


def test_the_english_detector_catches_an_english_line():
    english = subprocess.CompletedProcess([], 0, b"CN=X: root certificate trusted\n", b"")
    assert english_words(english) == ["root", "certificate", "trusted"]
    vietnamese = subprocess.CompletedProcess([], 0, "CN=X: chứng thư gốc\n".encode(), b"")
    assert english_words(vietnamese) == []


def test_token_and_trust_commands_speak_vietnamese(health, signing_token, test_ca, tmp_path):
    folder = str(health.folder)

    def cli(*args: str) -> subprocess.CompletedProcess:
        return run_cli("--profile", folder, *args)

    root = tmp_path / "root.pem"
    root.write_bytes(test_ca.pem("root"))
    sub = tmp_path / "sub.pem"
    sub.write_bytes(test_ca.pem("intermediate"))
    crl = tmp_path / "revoked.crl"
    crl.write_bytes(test_ca.crl([signing_token.cert.serial_number]))

    assert english_words(cli("trust", "roots")) == []  # none trusted yet
    assert english_words(cli("token", "set", "--module", signing_token.module)) == []
    listed = cli("token", "list")
    assert english_words(listed) == [] and "hiệu lực đến" in listed.stdout.decode()
    added = cli("trust", "add-root", str(root))
    assert english_words(added) == [] and "chứng thư gốc" in added.stdout.decode()
    assert english_words(cli("trust", "add-root", str(root))) == []  # already trusted
    assert english_words(cli("trust", "add-root", str(sub))) == []
    assert english_words(cli("trust", "add-crl", str(crl))) == []
    roots = cli("trust", "roots")
    assert english_words(roots) == [] and "trung gian" in roots.stdout.decode()

    english = run_cli("--profile", folder, "--lang", "en", "trust", "roots").stdout.decode()
    assert "root" in english and "intermediate" in english and "until" in english
    english = run_cli("--profile", folder, "--lang", "en", "token", "list").stdout.decode()
    assert "issued by" in english and "valid until" in english
    as_json = json.loads(cli("trust", "roots", "--json").stdout)
    assert [row["kind"] for row in as_json] == ["root", "intermediate"]


def test_a_token_signed_report_is_shown_in_vietnamese(health, signing_token):
    report = _signed_with_token(health, signing_token)
    folder = str(health.folder)
    shown = run_cli("--profile", folder, "report", "show", "--period", report.period_id)
    assert english_words(shown) == []
    assert "Tệp PDF ký bằng token của Nguyễn Văn An" in shown.stdout.decode()
    assert "chữ ký hợp lệ" in shown.stdout.decode()  # the content's own signature
    english = run_cli(
        "--profile", folder, "--lang", "en", "report", "show", "--period", report.period_id
    )
    assert "PDF signed with the token of Nguyễn Văn An" in english.stdout.decode()


def test_catalogue_report_key_and_dashboard_listings_speak_vietnamese(
    standard_exchange_base, tmp_path
):
    ex = standard_exchange_base.clone(tmp_path / "ex")
    ex.import_bundles(ex.export_bundle("syt"))

    def cli(name: str, *args: str, lang: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
        return run_cli(*lang, "--profile", str(ex.profile(name)), *args, env=ex.env)

    agencies = cli("syt", "agencies")
    assert english_words(agencies) == [] and "Sở, ban, ngành" in agencies.stdout.decode()
    assert "Department, board" in cli("syt", "agencies", lang=("--lang", "en")).stdout.decode()
    identity = ("keys", "export-identity", "--plaintext", "--out", str(tmp_path / "id.txt"))
    warned = cli("dofa", *identity)
    assert english_words(warned) == [] and "warning" not in warned.stderr.decode()
    assert "cảnh báo: tệp này chứa khóa giải mã" in warned.stderr.decode()
    keys = cli("syt", "keys", "show")
    assert english_words(keys) == [] and "khóa ký" in keys.stdout.decode()
    for name, command in (
        ("syt", ("report", "show", "--period", PERIOD)),
        ("syt", ("periods",)),
        ("dofa", ("report", "show", "--period", PERIOD, "--agency", "SYT")),
        ("dofa", ("status", "--period", PERIOD)),
        ("dofa", ("consolidated", "show", "--period", PERIOD)),
    ):
        assert english_words(cli(name, *command)) == [], command
    status = cli("dofa", "status", "--period", PERIOD, lang=("--lang", "en")).stdout.decode()
    assert "On time" in status and "Bundle file" in status and "Not yet due" in status
    ex.amend("syt")  # a newer revision: the consolidated draft has changes to take in
    ex.edit("syt", ex.own_duties("syt")[0], "--results", "Đã cập nhật số liệu")
    ex.sign("syt")
    ex.import_bundles(ex.export_bundle("syt"))
    changes = cli("dofa", "consolidated", "show", "--period", PERIOD)
    assert english_words(changes) == [] and "thay đổi" in changes.stdout.decode()
    shown = cli("dofa", "consolidated", "show", "--period", PERIOD, lang=("--lang", "en"))
    assert "revision" in shown.stdout.decode() and "changed" in shown.stdout.decode()
    as_json = json.loads(ok(cli("dofa", "status", "--period", PERIOD, "--json")))
    assert {row["status"] for row in as_json["agencies"]} >= {"on_time", "not_due"}


def test_issuing_and_the_outgoing_register_speak_vietnamese(tmp_path):
    folder = str(tmp_path / "syt")
    approver = {"PLANTRACKER_PASSWORD": "mat-khau-12345"}
    clerk = {
        "PLANTRACKER_PASSWORD": "van-thu-12345",
        "PLANTRACKER_ADMIN_PASSWORD": "mat-khau-12345",
    }

    def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
        return run_cli("--profile", folder, *args, env=env)

    ok(cli("setup", "--agency", "SYT"))
    person = ("user", "add", "--name", "Nguyễn Văn An", "--position", "Giám đốc", "--role")
    ok(cli(*person, "approver", env=approver))
    clerk_add = ("user", "add", "--name", "Phạm Thị Thu", "--position", "Văn thư", "--role")
    ok(cli(*clerk_add, "clerk", env=clerk))
    for ref in ("III.1.1", "III.13.1", "IV.1.1"):
        ok(cli("report", "edit", "--period", PERIOD, "--duty", ref, "--status", "done"))
    ok(cli("report", "sign", "--period", PERIOD, "--user", "nguyen.van.an", env=approver))
    issue = ("report", "issue", "--period", PERIOD, "--user", "pham.thi.thu")
    issued = cli(*issue, env={"PLANTRACKER_PASSWORD": "van-thu-12345"})
    assert english_words(issued) == [] and "Đã phát hành" in issued.stdout.decode()
    listing = cli("outgoing")
    assert english_words(listing) == [] and "Báo cáo" in listing.stdout.decode()
    year = json.loads(ok(cli("outgoing", "--json")))[0]["date"][:4]
    book = cli("outgoing", "xlsx", "--year", year, "--out", str(tmp_path / "so.xlsx"))
    assert english_words(book) == [] and "văn bản" in book.stdout.decode()
    english = run_cli("--profile", folder, "--lang", "en", "outgoing").stdout.decode()
    assert "Report" in english
    assert json.loads(ok(cli("outgoing", "--json")))[0]["kind"] == "report"
