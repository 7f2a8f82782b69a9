"""Trust set-up and the exchange of bundles, end to end through the scripting interface.

A module-wide exchange (DoFA, Sở Y tế set up from DoFA's kit and enrolled, with a signed
2026-Y report) is built once; each test works on its own copy of it.
"""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import date, timedelta

import pytest
from cryptography.hazmat.primitives import serialization

from tests.conftest import run_cli
from tests.exchange_cli_helpers import (
    BUNDLE_NAME,
    EVIDENCE_NAME,
    FINGERPRINT,
    PERIOD,
    audit_actions,
    db_rows,
    files_under,
    ok,
    refused,
)
from tests.pg_cluster import on_postgresql, profile_query


@pytest.fixture(scope="module")
def base(tmp_path_factory, standard_exchange_base):
    return standard_exchange_base.clone(tmp_path_factory.mktemp("exchange") / "ex")


@pytest.fixture
def ex(base, tmp_path):
    return base.clone(tmp_path / "ex")


@pytest.fixture(scope="module")
def two_revisions(base, tmp_path_factory):
    """Sở Y tế's bundle 1 (revision 1), then an amendment signed as revision 2 and bundle 2
    (revisions 1 and 2: DoFA has acknowledged neither), and a bundle of revision 2 alone."""
    ex = base.clone(tmp_path_factory.mktemp("revisions") / "ex")
    first = ex.export_bundle("syt")
    duty = ex.own_duties("syt")[0]
    ex.amend("syt")
    ex.edit("syt", duty, "--progress", "95", "--results", "Hoàn thành giai đoạn 1")
    ex.sign("syt")
    second = ex.export_bundle("syt")
    only_second = ex.export_revisions("syt", [2])
    names = {"first": first, "second": second, "only_second": only_second}
    return ex, duty, {k: p.relative_to(ex.root) for k, p in names.items()}


def _changes(report: dict) -> dict:
    return {(c["ref"], c["field"]): (c["old"], c["new"]) for c in report["changes"]}


def _outcomes(result: dict) -> dict[int, str]:
    return {r["revision"]: r["outcome"] for r in result["reports"]}


# --- setting up trust --------------------------------------------------------------------


def test_only_dofa_exports_kits(ex):
    out = ex.root / "from-agency.ptkit"
    stderr = refused(ex.cli("syt", "kit", "export", "--agency", "SYT", "--out", str(out)), 2)
    assert "consolidating" in stderr and not out.exists()
    ok(ex.cli("standalone", "setup", "--agency", "SCT"))
    refused(ex.cli("standalone", "kit", "export", "--agency", "SCT", "--out", str(out)), 2)

    kit_file = ex.root / "sct.ptkit"
    printed = ok(ex.cli("dofa", "kit", "export", "--agency", "SCT", "--out", str(kit_file)))
    dofa = ex.keys("dofa")
    assert dofa["fingerprint"] in printed
    text = kit_file.read_text(encoding="utf-8")
    assert "PRIVATE KEY" not in text and "AGE-SECRET-KEY" not in text
    document = json.loads(text)
    assert set(document) == {"kit", "signature"}
    kit = document["kit"]
    assert (kit["kind"], kit["agency"]) == ("setup-kit", "SCT")
    assert kit["dofa"]["fingerprint"] == dofa["fingerprint"]
    assert kit["dofa"]["age_recipient"] == dofa["age_recipient"]
    assert kit["dofa"]["escrow_recipient"].startswith("age1")
    assert kit["dofa"]["escrow_recipient"] != dofa["age_recipient"]


def test_setup_from_a_kit_binds_a_new_workstation_to_dofa(ex):
    printed = ex.setup_from_kit("sct", ex.export_kit("SCT"))
    dofa, sct = ex.keys("dofa"), ex.keys("sct")
    assert f"bound to SNGV (key {dofa['fingerprint']})" in printed
    assert sct["agency"] == "SCT" and sct["fingerprint"] in printed
    assert sct["fingerprint"] != ex.keys("syt")["fingerprint"]
    # Bound: it can export its enrolment, which a standalone workstation cannot.
    body = json.loads(ex.export_enrolment("sct").read_text(encoding="utf-8"))["enrollment"]
    assert (body["agency"], body["fingerprint"]) == ("SCT", sct["fingerprint"])
    assert body["signing_public_key_pem"] == sct["signing_public_key_pem"]
    ok(ex.cli("standalone", "setup", "--agency", "SCT"))
    out = ex.root / "standalone.ptenroll"
    assert "kit" in refused(ex.cli("standalone", "enroll", "export", "--out", str(out)))
    assert not out.exists()


def test_an_existing_standalone_workstation_adopts_the_kit_and_keeps_its_reports(ex):
    ok(ex.cli("old", "setup", "--agency", "SYT"))
    ex.add_approver("old")
    ex.fill("old", results="Báo cáo trước khi có bộ cài đặt")
    ex.sign("old")
    before = ex.json("old", "report", "show", "--period", PERIOD, "--json")
    key_before = ex.keys("old")
    refused(ex.cli("old", "bundle", "export", "--out", str(ex.root)))  # not bound yet

    # A second DoFA, because the first one has enrolled another workstation of Sở Y tế.
    ex.setup_dofa("dofa2")
    printed = ex.setup_from_kit("old", ex.export_kit("SYT", dofa="dofa2"), "dofa2")
    assert "Adopted the kit" in printed
    assert ex.keys("dofa2")["fingerprint"] in printed
    assert ex.json("old", "report", "show", "--period", PERIOD, "--json") == before
    assert ex.keys("old")["fingerprint"] == key_before["fingerprint"]

    # The report signed before the kit now reaches that DoFA.
    ex.enrol("old", dofa="dofa2")
    rc, [result] = ex.import_bundles(ex.export_bundle("old"), dofa="dofa2")
    assert rc == 0 and result["status"] == "imported"
    received = ex.json("dofa2", "report", "show", "--period", PERIOD, "--agency", "SYT", "--json")
    assert received["content_sha256"] == before["content_sha256"]
    assert received["entries"] == before["entries"]


def test_a_kit_for_another_agency_is_refused_on_an_existing_workstation(ex):
    ok(ex.cli("old", "setup", "--agency", "SYT"))
    before = db_rows(ex.profile("old"))
    kit = str(ex.export_kit("SCT"))
    stderr = refused(ex.cli("old", "setup", "--kit", kit, "--fingerprint", ex.fp("dofa")))
    assert "SCT" in stderr and "SYT" in stderr
    assert db_rows(ex.profile("old")) == before
    assert ex.keys("old")["agency"] == "SYT"
    refused(ex.cli("old", "enroll", "export", "--out", str(ex.root / "old.ptenroll")))


def _first_text(node):
    """Keys leading to the first object with a non-empty "text_vi", depth first."""
    if isinstance(node, dict):
        if isinstance(node.get("text_vi"), str) and node["text_vi"]:
            return []
        items = node.items()
    elif isinstance(node, list):
        items = enumerate(node)
    else:
        return None
    for key, value in items:
        found = _first_text(value)
        if found is not None:
            return [key, *found]
    return None


def test_a_tampered_kit_is_refused(ex):
    kit_file = ex.export_kit("SCT")
    document = json.loads(kit_file.read_text(encoding="utf-8"))
    node = document["kit"]["plan"]
    for key in _first_text(node):
        node = node[key]
    text = node["text_vi"]
    node["text_vi"] = ("M" if text[0] != "M" else "N") + text[1:]  # one character
    tampered = ex.root / "tampered.ptkit"
    tampered.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")

    dofa = ex.fp("dofa")
    assert "changed" in refused(
        ex.cli("new", "setup", "--kit", str(tampered), "--fingerprint", dofa)
    )
    assert not (ex.profile("new") / "plantracker.sqlite").exists()
    ok(ex.cli("old", "setup", "--agency", "SCT"))
    before = db_rows(ex.profile("old"))
    assert "changed" in refused(
        ex.cli("old", "setup", "--kit", str(tampered), "--fingerprint", dofa)
    )
    assert db_rows(ex.profile("old")) == before
    # The same kit untouched is accepted.
    ex.setup_from_kit("old", kit_file)


def test_a_kit_is_adopted_only_with_dofa_s_fingerprint_read_aloud(ex):
    kit = str(ex.export_kit("SCT"))
    dofa = ex.fp("dofa")
    # Without the fingerprint: a usage error, nothing created.
    stderr = refused(ex.cli("new", "setup", "--kit", kit), 2)
    assert "--fingerprint" in stderr
    assert not (ex.profile("new") / "plantracker.sqlite").exists()
    # Another key's fingerprint (an impostor's kit is self-consistent): refused, nothing made.
    wrong = ex.fp("syt")
    stderr = refused(ex.cli("new", "setup", "--kit", kit, "--fingerprint", wrong))
    assert "does not match DoFA's key" in stderr
    assert not (ex.profile("new") / "plantracker.sqlite").exists()
    # The same for a standalone workstation adopting the kit: nothing changes.
    ok(ex.cli("old", "setup", "--agency", "SCT"))
    before = db_rows(ex.profile("old"))
    refused(ex.cli("old", "setup", "--kit", kit, "--fingerprint", wrong))
    refused(ex.cli("old", "setup", "--kit", kit), 2)
    assert db_rows(ex.profile("old")) == before
    # Read aloud with other grouping and case, it is the same fingerprint.
    spoken = dofa.replace("-", " ").lower()
    printed = ok(ex.cli("new", "setup", "--kit", kit, "--fingerprint", spoken))
    assert dofa in printed


def test_enrolment_needs_the_fingerprint_read_out_by_phone(ex):
    ex.setup_from_kit("sct", ex.export_kit("SCT"))
    ex.add_approver("sct")
    ex.fill("sct")
    ex.sign("sct")
    bundle = ex.export_bundle("sct")
    enrolment = ex.export_enrolment("sct")
    fingerprint = ex.keys("sct")["fingerprint"]
    before = db_rows(ex.dofa)

    wrong = fingerprint[:-1] + ("A" if fingerprint[-1] != "A" else "B")
    for typed in (wrong, fingerprint[:9], ex.keys("syt")["fingerprint"]):
        stderr = refused(ex.cli("dofa", "enroll", "import", str(enrolment), "--fingerprint", typed))
        assert "does not match" in stderr
    assert db_rows(ex.dofa) == before
    rc, [result] = ex.import_bundles(bundle)
    assert rc == 1 and result["status"] == "rejected" and "not enrolled" in result["reason"]

    letters = fingerprint.replace("-", "")
    for typed in (
        " ".join(letters[i : i + 4] for i in range(0, 20, 4)).lower(),
        letters,
        f"  {fingerprint.lower()}  ",
        " ".join(letters[i : i + 2] for i in range(0, 20, 2)),
    ):
        printed = ok(ex.cli("dofa", "enroll", "import", str(enrolment), "--fingerprint", typed))
        assert fingerprint in printed and "SCT" in printed
    rc, [result] = ex.import_bundles(bundle)
    assert rc == 0 and result["status"] == "imported"


def test_keys_show_json(ex):
    shown = {name: ex.keys(name) for name in ("dofa", "syt")}
    for keys in shown.values():
        assert set(keys) == {"agency", "fingerprint", "signing_public_key_pem", "age_recipient"}
        assert FINGERPRINT.fullmatch(keys["fingerprint"])
        assert keys["age_recipient"].startswith("age1")
        public_key = serialization.load_pem_public_key(keys["signing_public_key_pem"].encode())
        raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        letters = base64.b32encode(hashlib.sha256(raw).digest()).decode()[:20]
        assert keys["fingerprint"] == "-".join(letters[i : i + 4] for i in range(0, 20, 4))
    assert (shown["dofa"]["agency"], shown["syt"]["agency"]) == ("SNGV", "SYT")
    enrolment = json.loads((ex.root / "enrolments" / "syt.ptenroll").read_text("utf-8"))
    assert enrolment["enrollment"]["fingerprint"] == shown["syt"]["fingerprint"]
    assert enrolment["enrollment"]["age_recipient"] == shown["syt"]["age_recipient"]


# --- exporting ---------------------------------------------------------------------------


def test_bundle_export_names_the_file_and_numbers_the_bundles(ex):
    days = {f"{date.today() + timedelta(days=d):%Y%m%d}" for d in (-1, 0, 1)}
    first = ex.export_bundle("syt")
    match = BUNDLE_NAME.fullmatch(first.name)
    assert match and match["agency"] == "SYT" and match["sequence"] == "0001", first.name
    assert match["date"] in days
    assert first.read_bytes().startswith(b"age-encryption.org/v1\n")

    # Nothing new, but DoFA has not acknowledged revision 1: it goes again, as bundle 2.
    second = ex.export_bundle("syt")
    assert BUNDLE_NAME.fullmatch(second.name)["sequence"] == "0002"
    assert first.exists() and second != first
    rc, results = ex.import_bundles(first, second, dry_run=True)
    assert rc == 0
    assert [(r["agency"], r["sequence"]) for r in results] == [("SYT", 1), ("SYT", 2)]
    assert [[(p["period"], p["revision"]) for p in r["reports"]] for r in results] == [
        [(PERIOD, 1)],
        [(PERIOD, 1)],
    ]

    named = ex.root / "cho-so-ngoai-vu.ptbundle"
    printed = ok(ex.cli("syt", "bundle", "export", "--out", str(named)))
    assert printed.strip() == str(named) and named.is_file()


def test_bundle_export_with_no_signed_report_has_nothing_to_export(ex):
    ex.setup_from_kit("sct", ex.export_kit("SCT"))
    out = ex.root / "out-sct"
    out.mkdir()
    assert "nothing to export" in refused(ex.cli("sct", "bundle", "export", "--out", str(out)))
    ex.edit("sct", ex.own_duties("sct")[0], "--status", "in_progress")  # a draft only
    assert "nothing to export" in refused(ex.cli("sct", "bundle", "export", "--out", str(out)))
    assert files_under(out) == []


# --- importing ---------------------------------------------------------------------------


def test_a_dry_run_previews_then_the_import_merges_once(ex):
    bundle = ex.export_bundle("syt")
    first_duty = ex.own_duties("syt")[0]
    refused(ex.show("dofa", agency="SYT"))
    before = db_rows(ex.dofa, skip=())
    evidence_before = files_under(ex.dofa / "evidence")

    rc, [preview] = ex.import_bundles(bundle, dry_run=True)
    assert rc == 0
    assert (preview["status"], preview["agency"], preview["sequence"]) == ("imported", "SYT", 1)
    [report] = preview["reports"]
    assert (report["period"], report["revision"], report["outcome"]) == (PERIOD, 1, "new")
    changes = _changes(report)
    assert changes[(first_duty, "status")] == (None, "in_progress")
    assert changes[(first_duty, "progress")] == (None, 10)
    assert changes[(first_duty, "results")] == (None, f"Đã triển khai ({first_duty})")
    assert changes[(first_duty, "attachments")] == (None, [EVIDENCE_NAME])
    assert db_rows(ex.dofa, skip=()) == before  # not even an audit entry
    assert files_under(ex.dofa / "evidence") == evidence_before
    refused(ex.show("dofa", agency="SYT"))

    rc, [result] = ex.import_bundles(bundle)
    assert rc == 0 and result == preview
    sent = json.loads(ok(ex.show("syt")))
    received = json.loads(ok(ex.show("dofa", agency="SYT")))
    assert (received["revision"], received["status"]) == (1, "received")
    assert received["received_at"] and received["signed_at"] == sent["signed_at"]
    for name in ("agency", "period", "signed_by", "content_sha256", "entries"):
        assert received[name] == sent[name], name
    evidence = received["entries"][0]["attachments"][0]["sha256"]
    if on_postgresql():  # an office keeps evidence in its database
        assert (evidence,) in profile_query(ex.dofa, "SELECT sha256 FROM evidence_blob")
    else:
        assert any(evidence in path for path in files_under(ex.dofa / "evidence"))

    after = db_rows(ex.dofa)
    rc, [again] = ex.import_bundles(bundle)
    assert rc == 0 and again["status"] == "already_imported"
    assert _outcomes(again) == {1: "unchanged"}
    assert db_rows(ex.dofa) == after
    plain = ex.cli("dofa", "bundle", "import", str(bundle))
    assert plain.returncode == 0 and "already_imported" in plain.stdout.decode()
    in_vietnamese = run_cli("--profile", str(ex.dofa), "bundle", "import", str(bundle), env=ex.env)
    assert in_vietnamese.stdout.decode().splitlines()[0] == (
        f"{bundle.name}: đã nhập trước đó"  # in Vietnamese only, as the screens say it
    )


def _rejected_without_a_trace(ex, bundle) -> dict:
    """Import a bundle that must be refused; check only the audit log changed."""
    before = db_rows(ex.dofa)
    evidence_before = files_under(ex.dofa / "evidence")
    audit_before = audit_actions(ex.dofa)
    rc, [result] = ex.import_bundles(bundle)
    assert rc == 1 and result["status"] == "rejected", result
    assert result["reports"] == []
    assert db_rows(ex.dofa) == before
    assert files_under(ex.dofa / "evidence") == evidence_before
    new_entries = audit_actions(ex.dofa)[len(audit_before) :]
    assert [action for action, _ in new_entries] == ["bundle.rejected"]
    assert new_entries[0][1]["file"] == bundle.name
    result["reason_code"] = new_entries[0][1]["reason"]
    return result


def test_a_bundle_from_an_agency_that_is_not_enrolled_is_rejected(ex):
    ex.setup_from_kit("sct", ex.export_kit("SCT"))
    ex.add_approver("sct")
    ex.fill("sct")
    ex.sign("sct")
    bundle = ex.export_bundle("sct")
    result = _rejected_without_a_trace(ex, bundle)
    assert "not enrolled" in result["reason"] and "SCT" in result["reason"]
    assert result["reason_code"] == "unknown_sender"
    refused(ex.show("dofa", agency="SCT"))
    plain = ex.cli("dofa", "bundle", "import", str(bundle))
    assert plain.returncode == 1
    assert "rejected" in plain.stdout.decode() and "not enrolled" in plain.stdout.decode()


def test_a_bundle_signed_by_another_key_of_an_enrolled_agency_is_rejected(ex):
    # A second workstation of Sở Y tế, made from a new kit, never enrolled.
    ex.setup_from_kit("syt2", ex.export_kit("SYT"))
    assert ex.keys("syt2")["fingerprint"] != ex.keys("syt")["fingerprint"]
    ex.add_approver("syt2")
    ex.fill("syt2", results="Báo cáo từ máy khác")
    ex.sign("syt2")
    result = _rejected_without_a_trace(ex, ex.export_bundle("syt2"))
    assert "not enrolled" in result["reason"] and "SYT" in result["reason"]
    assert result["reason_code"] == "unknown_sender"
    refused(ex.show("dofa", agency="SYT"))
    # The enrolled workstation's bundle still goes in.
    rc, [result] = ex.import_bundles(ex.export_bundle("syt"))
    assert rc == 0 and result["status"] == "imported"


def test_a_higher_revision_updates_the_report(two_revisions, tmp_path):
    base, duty, names = two_revisions
    ex = base.clone(tmp_path / "ex")
    first, second = ex.root / names["first"], ex.root / names["second"]

    rc, [one] = ex.import_bundles(first)
    assert rc == 0 and _outcomes(one) == {1: "new"}
    rc, [two] = ex.import_bundles(second)
    assert rc == 0 and (two["status"], two["sequence"]) == ("imported", 2)
    assert _outcomes(two) == {1: "unchanged", 2: "updated"}
    updated = next(r for r in two["reports"] if r["revision"] == 2)
    assert _changes(updated) == {
        (duty, "progress"): (10, 95),
        (duty, "results"): (f"Đã triển khai ({duty})", "Hoàn thành giai đoạn 1"),
    }
    shown = json.loads(ok(ex.show("dofa", agency="SYT")))
    assert (shown["revision"], shown["status"]) == (2, "received")
    entry = next(e for e in shown["entries"] if e["ref"] == duty)
    assert (entry["progress"], entry["results"]) == (95, "Hoàn thành giai đoạn 1")


def test_an_older_revision_after_a_newer_one_is_superseded(two_revisions, tmp_path):
    base, duty, names = two_revisions
    forward = base.clone(tmp_path / "forward")
    for name in ("first", "second"):
        assert forward.import_bundles(forward.root / names[name])[0] == 0
    expected = json.loads(ok(forward.show("dofa", agency="SYT")))

    # A fresh DoFA receives revision 2 alone, then revision 1.
    reverse = base.clone(tmp_path / "reverse")
    rc, [newer] = reverse.import_bundles(reverse.root / names["only_second"])
    assert rc == 0 and _outcomes(newer) == {2: "new"}
    rc, [older] = reverse.import_bundles(reverse.root / names["first"])
    assert rc == 0 and older["status"] == "imported"
    assert older["reports"] == [
        {"period": PERIOD, "revision": 1, "outcome": "superseded", "changes": []}
    ]
    shown = json.loads(ok(reverse.show("dofa", agency="SYT")))
    assert shown["revision"] == 2
    entry = next(e for e in shown["entries"] if e["ref"] == duty)
    assert entry["progress"] == 95
    for name in ("revision", "status", "signed_at", "content_sha256", "entries"):
        assert shown[name] == expected[name], name


def test_bundles_imported_newest_first_end_as_in_order(two_revisions, tmp_path):
    """With the bundles `bundle export` makes, bundle 2 carries revision 1 again."""
    base, duty, names = two_revisions
    ex = base.clone(tmp_path / "ex")
    rc, [two] = ex.import_bundles(ex.root / names["second"])
    assert rc == 0 and _outcomes(two) == {1: "new", 2: "new"}
    rc, [one] = ex.import_bundles(ex.root / names["first"])
    assert rc == 0 and one["status"] == "imported" and _outcomes(one) == {1: "unchanged"}
    shown = json.loads(ok(ex.show("dofa", agency="SYT")))
    assert shown["revision"] == 2
    assert next(e for e in shown["entries"] if e["ref"] == duty)["progress"] == 95


def test_the_same_revision_with_different_content_is_a_conflict(ex, tmp_path):
    duty = ex.own_duties("syt")[0]
    ex.amend("syt")
    ex.copy_profile("syt", "restored")  # e.g. brought back from a backup: the same key
    ex.edit("syt", duty, "--progress", "70")
    ex.sign("syt")
    ex.edit("restored", duty, "--progress", "80")
    ex.sign("restored")
    signed = {name: json.loads(ok(ex.show(name)))["content_sha256"] for name in ("syt", "restored")}
    assert signed["syt"] != signed["restored"]
    bundles = {name: ex.export_bundle(name).relative_to(ex.root) for name in signed}
    other = ex.clone(tmp_path / "other")

    kept = []
    for dofa, order in ((ex, ("syt", "restored")), (other, ("restored", "syt"))):
        rc, [first] = dofa.import_bundles(dofa.root / bundles[order[0]])
        assert rc == 0 and _outcomes(first) == {1: "new", 2: "new"}
        rc, [second] = dofa.import_bundles(dofa.root / bundles[order[1]])
        assert rc == 1 and second["status"] == "conflict"
        assert _outcomes(second) == {1: "unchanged", 2: "conflict"}
        conflict = next(r for r in second["reports"] if r["revision"] == 2)
        progress = {"syt": 70, "restored": 80}
        assert _changes(conflict) == {(duty, "progress"): tuple(progress[n] for n in order)}
        kept.append(json.loads(ok(dofa.show("dofa", agency="SYT")))["content_sha256"])
        rc, [again] = dofa.import_bundles(dofa.root / bundles[order[1]])
        assert rc == 0 and again["status"] == "already_imported"
    # Whatever the order, the report table holds the content with the smaller hash.
    assert kept == [min(signed.values())] * 2
