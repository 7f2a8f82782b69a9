"""A batch of files: each is judged on its own, in the order given, whatever the others are.

One refusal never stops the batch nor hides what was committed before it; `bundle import`
exits 1 when any file was refused and prints one JSON object per file given, in that order.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models import Report
from app.models.session import close_open_session
from app.services.dashboard import paper
from app.services.exchange import bundle_import
from app.services.reports import signoff
from tests.conftest import run_cli
from tests.corpus_station import CASES, CORPUS, REVOKE_FIRST, corpus_dofa
from tests.exchange_cli_helpers import audit_actions
from tests.exchange_support import integrity, use
from tests.pg_cluster import on_postgresql

PARSER_CASES = sorted(c for c in CASES if c.startswith(("report_", "manifest_")))


def test_every_file_of_a_batch_is_judged_and_named_in_order(tmp_path):
    station = corpus_dofa(tmp_path / "dofa")
    folder = station.folder
    close_open_session()
    bad = [CORPUS / f"{case}.ptbundle" for case in PARSER_CASES]
    valid = CORPUS / "valid.ptbundle"
    given = [bad[0], valid, *bad[1:], valid]
    done = run_cli(
        "--profile", str(folder), "--lang", "en", "bundle", "import", *map(str, given), "--json"
    )
    assert "Traceback" not in done.stderr.decode()
    assert done.returncode == 1
    printed = json.loads(done.stdout.decode("utf-8"))
    assert [p["file"] for p in printed] == [p.name for p in given]
    statuses = [p["status"] for p in printed]
    # The valid file committed after a refusal, and is named although later files failed.
    assert statuses == ["rejected", "imported", *["rejected"] * (len(bad) - 1), "already_imported"]
    assert printed[1]["reports"][0]["outcome"] == "new"
    rejected = [action for action, _ in audit_actions(folder) if action == "bundle.rejected"]
    assert len(rejected) == len(bad)
    if not on_postgresql():  # SQLite's own check of its file
        assert integrity(folder / "plantracker.sqlite") == "ok"


def test_the_same_batch_in_vietnamese_names_each_file_in_words(tmp_path):
    station = corpus_dofa(tmp_path / "dofa")
    folder = station.folder
    close_open_session()
    given = [CORPUS / "report_without_document.ptbundle", CORPUS / "valid.ptbundle"]
    done = run_cli("--profile", str(folder), "--lang", "vi", "bundle", "import", *map(str, given))
    out = done.stdout.decode("utf-8")
    assert done.returncode == 1 and "Traceback" not in done.stderr.decode()
    lines = {line.split(":")[0]: line for line in out.splitlines() if ".ptbundle:" in line}
    assert "bị từ chối" in lines["report_without_document.ptbundle"]
    assert "không đọc được báo cáo 2026-Y: Thiếu trường document" in out
    assert "bị từ chối" not in lines["valid.ptbundle"]


def test_a_paper_receipt_then_the_bundle_of_that_revision_imports(tmp_path):
    """DoFA records the report as received on paper; then the agency's bundle arrives."""
    station = corpus_dofa(tmp_path / "dofa")
    paper.receive_paper(station, "SYT", "2026-Y", date.today())
    (result,) = bundle_import.import_bundles(use(station), [CORPUS / "valid.ptbundle"])
    assert (result.status, result.reason_code) == ("imported", None), result
    assert [r.outcome for r in result.reports] in (["new"], ["updated"])
    signed = Report.select().where(Report.content_json.is_null(False)).get()
    assert signoff.verify(signed)[0]
    again = bundle_import.import_bundles(use(station), [CORPUS / "valid.ptbundle"])
    assert again[0].status == "already_imported"


def test_no_order_of_bad_files_raises(tmp_path):
    """In-process, in reverse and with the revocation cases too: never an exception."""
    station = corpus_dofa(tmp_path / "dofa")
    names = [*sorted(REVOKE_FIRST), *PARSER_CASES, "valid", "empty", "truncated"]
    paths = [CORPUS / f"{name}.ptbundle" for name in reversed(names)]
    results = bundle_import.import_bundles(station, paths)
    assert [r.file for r in results] == [p.name for p in paths]
    assert all(r.reason_code != "not_imported" for r in results), results
    # Unrevoked, revoked_key.ptbundle is a good bundle (sequence 2): the only others to get in.
    imported = {r.file for r in results if r.status == "imported"}
    assert imported == {"valid.ptbundle", "revoked_key.ptbundle"}


ALL_FILES = sorted(p.name for p in CORPUS.glob("*.ptbundle") if p.stem != "zip_bomb")


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(order=st.lists(st.sampled_from(ALL_FILES), min_size=1, max_size=8))
def test_any_files_in_any_order_give_one_named_outcome_each(tmp_path_factory, order):
    """Duplicates included; the zip bomb is left to test_bad_bundles (it takes seconds)."""
    station = corpus_dofa(tmp_path_factory.mktemp("dofa") / "dofa")
    paths = [CORPUS / name for name in order]
    results = bundle_import.import_bundles(station, paths)
    assert [r.file for r in results] == order
    assert all(r.reason_code != "not_imported" for r in results), results
    for result in results:
        assert result.status in ("imported", "already_imported", "rejected", "conflict")
        assert (result.status == "rejected") == (result.reason_code is not None)


def test_a_record_the_strict_reader_refuses_is_named_as_the_record_s_fault(tmp_path):
    """Content kept before contents were read strictly (here: an attachment named with a
    colon) must not pass for a fault of the next file: that file is not imported, in words."""
    station = corpus_dofa(tmp_path / "dofa")
    bundle_import.import_bundles(station, [CORPUS / "valid.ptbundle"])
    kept = Report.get(Report.content_json.is_null(False))
    kept.content_json = kept.content_json.replace("bien-ban-hop.txt", "bien:ban.txt")
    kept.content_sha256 = hashlib.sha256(kept.content_json.encode()).hexdigest()
    kept.save()
    # The same revision again, in another bundle: compared with the record, which fails.
    (result,) = bundle_import.import_bundles(use(station), [CORPUS / "revoked_key.ptbundle"])
    assert (result.status, result.reason_code) == ("rejected", "not_imported"), result
    assert "kept on this workstation cannot be read again" in result.reason
    assert "attachments[0].name is not a safe file name" in result.reason
