"""The issue statement travels in the bundle; DoFA keeps, shows and verifies it."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models import IssuedDocument, Report
from app.services.catalogue import catalogue
from app.services.core.wire import WireError, canonical_bytes
from app.services.exchange import bundle_import, issue_wire
from app.services.outgoing import register
from app.services.reports import issuing, report_pdf, reports
from tests.conftest import run_cli
from tests.exchange_support import enrol_agency, export, make_dofa, sign_period, use
from tests.reporting import PASSWORD
from tests.test_pdf_report import _body_text, _pages


@pytest.fixture
def world(tmp_path):
    dofa = make_dofa(tmp_path / "dofa")
    health = enrol_agency(dofa.folder, tmp_path / "syt", "SYT")
    return dofa, health


def _issued_report(health, number=45):
    report = sign_period(health, "2026-Y", "Ký 2 thỏa thuận")
    issuing.issue_report(report, "nguyen.van.an", PASSWORD, health, number=number)
    return report


def _import(dofa, bundle):
    station = use(dofa)
    return bundle_import.import_bundles(station, [bundle])[0]


def test_dofa_keeps_shows_and_verifies_the_number_and_date(world, tmp_path):
    dofa, health = world
    report = _issued_report(health)
    bundle = export(health, tmp_path / "out.ptbundle")
    result = _import(dofa, bundle)
    assert result.status == "imported", result.reason
    received = reports.latest(health.agency, catalogue.active_plan(), "2026-Y")
    issue = issuing.issue_of(received)
    assert (issue.symbol, issue.date) == ("45/BC-SYT", register.today())
    row = IssuedDocument.get(IssuedDocument.symbol == "45/BC-SYT")
    assert issuing.verify(row)[0] and row.content_sha256 == report.content_sha256
    assert json.loads(row.statement_json)["clerk"]["name"] == "Nguyễn Văn An"
    # DoFA's own register stays its own: the agency's line is kept under the agency.
    assert register.entries(dofa.agency) == []
    out = tmp_path / "syt.pdf"
    report_pdf.write_pdf(dofa.folder, received, out)
    assert "Số: 45/BC-SYT" in _body_text(_pages(out))
    again = _import(dofa, bundle)
    assert again.status == "already_imported"
    assert IssuedDocument.select().count() == 1
    shown = run_cli(
        "--profile", str(dofa.folder), "report", "show", "--period", "2026-Y", "--agency", "SYT",
        "--json",
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr.decode()
    assert json.loads(shown.stdout)["issued"] == {
        "number": 45,
        "symbol": "45/BC-SYT",
        "date": register.today().isoformat(),
        "by": {"name": "Nguyễn Văn An", "position": "Phó Giám đốc"},
    }


def test_dofa_shows_the_number_and_whether_its_statement_holds(qtbot, world, tmp_path):
    from app.ui.exchange.received_detail import ReceivedReportPane
    from app.ui.kit import i18n

    i18n.install("en")
    dofa, health = world
    _issued_report(health)
    _import(dofa, export(health, tmp_path / "out.ptbundle"))
    received = reports.latest(health.agency, catalogue.active_plan(), "2026-Y")
    pane = ReceivedReportPane(dofa)
    qtbot.addWidget(pane)
    pane.show_report(received.id)
    qtbot.waitUntil(lambda: pane.report is not None)  # read and checked off the UI thread
    day = register.today().strftime("%d/%m/%Y")
    assert f"issued as No. 45/BC-SYT on {day} (signed statement valid)" in pane.sign_off.text()
    row = IssuedDocument.get()
    row.statement_json = row.statement_json.replace('"number":45', '"number":44')
    row.save()  # changed on DoFA's disk after import
    pane.show_report(received.id)
    qtbot.waitUntil(lambda: pane.report is not None)
    assert "(statement NOT valid)" in pane.sign_off.text()


def test_a_statement_that_does_not_match_its_signature_refuses_the_bundle(world, tmp_path):
    dofa, health = world
    _issued_report(health)
    use(health)
    row = IssuedDocument.get()
    row.statement_json = row.statement_json.replace('"number":45', '"number":46')
    row.save()  # as faulty software might: the signature no longer covers these bytes
    bundle = export(health, tmp_path / "out.ptbundle")
    result = _import(dofa, bundle)
    assert (result.status, result.reason_code) == ("rejected", "bad_issue")
    assert "not validly signed" in result.reason
    assert Report.select().count() == 0 and IssuedDocument.select().count() == 0


STATEMENT = {
    "format": 1,
    "kind": "issue",
    "agency": "SYT",
    "document": {
        "kind": "report",
        "plan": "590-2014",
        "period": "2026-Y",
        "revision": 1,
        "content_sha256": "a" * 64,
    },
    "number": 45,
    "symbol": "45/BC-SYT",
    "date": "2026-12-18",
    "clerk": {"login": "thu", "name": "Phạm Thị Thu", "position": "Văn thư"},
    "issued_at": "2026-12-18T09:00:00+07:00",
}
ITEM = {"period": "2026-Y", "revision": 1, "content_sha256": "a" * 64}


def test_the_statement_must_name_the_revision_it_travels_with():
    statement, item = STATEMENT, ITEM

    def parse(changed: dict, agency="SYT", **item_changes):
        data = canonical_bytes({**statement, **changed})
        return issue_wire.statement_for(data, agency, {**item, **item_changes})

    assert parse({}).symbol == "45/BC-SYT"
    for bad in (
        {"extra": 1},
        {"number": "45"},
        {"number": 46},  # the symbol says 45
        {"symbol": "45 /BC-SYT"},
        {"kind": "sign"},
        {"date": "18/12/2026"},
        {"clerk": {"login": "thu", "name": "Thu"}},
    ):
        with pytest.raises(WireError) as refused:
            parse(bad)
        assert refused.value.code == "bad_issue", bad
    spaced = json.dumps(statement, ensure_ascii=False).encode("utf-8")  # signed bytes as is
    with pytest.raises(WireError, match="canonical"):
        issue_wire.statement_for(spaced, "SYT", item)
    with pytest.raises(WireError, match="names another report"):
        parse({}, agency="SCT")
    with pytest.raises(WireError, match="names another report"):
        parse({}, revision=2)
    with pytest.raises(WireError, match="names another report"):
        parse({}, content_sha256="b" * 64)


@settings(max_examples=300, deadline=None)
@given(
    position=st.integers(min_value=0, max_value=400),
    replacement=st.binary(min_size=0, max_size=3),
)
def test_any_mangled_statement_is_refused_in_words_never_a_crash(position, replacement):
    data = canonical_bytes(STATEMENT)
    mangled = data[:position] + replacement + data[position + len(replacement) :]
    try:
        parsed = issue_wire.statement_for(mangled, "SYT", ITEM)
    except WireError:
        return
    assert parsed.number == int(parsed.symbol.split("/")[0])  # what passes is whole
