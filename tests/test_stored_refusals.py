"""A refused file's reason, kept in the activity log, reads whole in the reader's language.

The log keeps the refusal's English template and values beside its English text, so the
Vietnamese is rendered from them, nested reasons included. Entries written by earlier releases
hold the English text only; they are still read back through the templates.
"""

from __future__ import annotations

import json

from app.models import AuditEntry
from app.services.core.stored_messages import refusal_in, stored_message
from app.services.exchange import bundle_import, ledger
from tests.corpus_station import CORPUS, corpus_dofa

# A parser's refusal inside the file's: "{file}: report {period} cannot be read: {detail}".
NESTED = "report_progress_over"


def _refuse(tmp_path, case: str):
    station = corpus_dofa(tmp_path / "dofa")
    [result] = bundle_import.import_bundles(station, [CORPUS / f"{case}.ptbundle"])
    assert result.status == "rejected"
    [entry] = AuditEntry.select().where(AuditEntry.action == "bundle.rejected")
    return result, json.loads(entry.detail)


def test_the_log_keeps_the_template_and_values_of_a_refusal(tmp_path):
    result, detail = _refuse(tmp_path, NESTED)
    assert detail["message"] == result.reason  # the English text stays as it was
    assert detail["message_template"] == "{file}: report {period} cannot be read: {detail}"
    assert detail["message_values"]["file"] == f"{NESTED}.ptbundle"
    assert refusal_in(detail, "en") == result.reason
    assert refusal_in(detail, "vi") == result.message_vi


def test_a_nested_reason_reads_whole_in_vietnamese_where_the_text_alone_could_not(tmp_path):
    result, detail = _refuse(tmp_path, NESTED)
    vietnamese = refusal_in(detail, "vi")
    inner_english = detail["message_values"]["detail"]
    assert inner_english not in vietnamese
    assert detail["message_values"]["detail_vi"] in vietnamese
    # Matched back from the English text, the inner reason stayed English.
    assert inner_english in stored_message(detail["message"], "vi")


def test_the_ledger_shows_the_refusal_in_either_language(tmp_path):
    result, _ = _refuse(tmp_path, "not_a_zip")
    [row] = ledger.ledger()
    assert (row.verdict, row.file) == ("rejected", "not_a_zip.ptbundle")
    assert row.reason_in("en") == result.reason
    assert row.reason_in("vi") == result.message_vi != result.reason


def test_an_entry_of_an_earlier_release_is_matched_back_from_its_text():
    kept = {"file": "syt.ptkit", "message": "syt.ptkit is not a Plan Tracker bundle"}
    assert refusal_in(kept, "vi") == (
        "syt.ptkit không phải là gói dữ liệu của phần mềm Theo dõi thực hiện Kế hoạch"
    )
    assert refusal_in(kept, "en") == kept["message"]
    assert refusal_in({"message": "disk on fire"}, "vi") == "disk on fire"  # as kept


def test_the_template_wins_over_the_text():
    """What the log kept of the refusal is rendered, not re-read from the text."""
    detail = {
        "message": "an English text no template explains",
        "message_template": "{file} could not be imported: {detail}",
        "message_values": {"file": "a.ptbundle", "detail": "disk full", "detail_vi": "đầy đĩa"},
    }
    assert refusal_in(detail, "vi") == "Không nhập được a.ptbundle: đầy đĩa"
    assert refusal_in(detail, "en") == "a.ptbundle could not be imported: disk full"
