"""The token-signed PDF travels in the bundle and DoFA checks it on import and on display: a
failed signature refuses the bundle like a bad signature; an untrusted chain is imported and
shown as untrusted. Real SoftHSM2 token, real bundles."""

from __future__ import annotations

import json
import subprocess

from app.models import Report
from app.services.esign import token_device, trust_store
from app.services.esign.token_device import TokenRequest
from app.services.exchange import bundle_import
from app.services.reports import evidence, report_pdf, signoff, token_signoff
from tests import token_support as ts
from tests.exchange_support import enrol_agency, export, make_dofa, use
from tests.reporting import PASSWORD, approver, complete_draft


def _token_signed(station, token, period_id="2026-Y"):
    use(station)
    token_device.configure(token.module)
    report = complete_draft(station, period_id, "Đã ký số")
    request = TokenRequest(token.cert_id, lambda: ts.USER_PIN)
    return signoff.sign(report, "Nguyễn Văn An", PASSWORD, station, None, request)


def _import(dofa, path):
    station = use(dofa)
    [result] = bundle_import.import_bundles(station, [path])
    return result


def _world(tmp_path):
    dofa = make_dofa(tmp_path / "dofa")
    health = enrol_agency(dofa.folder, tmp_path / "syt", "SYT")
    return dofa, health


def test_pdf_travels_and_is_checked_on_import_and_display(tmp_path, signing_token, test_ca):
    dofa, health = _world(tmp_path)
    signed = _token_signed(health, signing_token)
    agency_pdf = report_pdf.signed_pdf_bytes(health.folder, signed)
    bundle = export(health, tmp_path / "out")

    result = _import(dofa.folder, bundle)
    assert result.status == "imported", result.reason
    received = Report.get(Report.period_id == "2026-Y")
    assert received.pdf_sha256 == signed.pdf_sha256
    signature = token_signoff.pdf_signature(dofa.folder, received)
    assert signature.valid and not signature.trusted  # imported, flagged as untrusted
    # DoFA's `report pdf` writes the very file the agency signed.
    out = tmp_path / "dofa-copy.pdf"
    report_pdf.write_pdf(dofa.folder, received, out)
    assert out.read_bytes() == agency_pdf
    assert (
        "Signature is Valid"
        in subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
    )

    (tmp_path / "ca.pem").write_bytes(test_ca.pem("root") + test_ca.pem("intermediate"))
    trust_store.add_certificates(use(dofa), tmp_path / "ca.pem")
    assert token_signoff.pdf_signature(dofa.folder, received).trusted


def test_a_changed_pdf_refuses_the_bundle(tmp_path, signing_token):
    dofa, health = _world(tmp_path)
    signed = _token_signed(health, signing_token)
    stored = evidence.stored_path(health.folder, signed.pdf_sha256)
    pdf = bytearray(stored.read_bytes())
    at = pdf.index(b"BT")  # a text operator on the first page, inside the signed bytes
    pdf[at : at + 2] = b"BT"[::-1]
    stored.write_bytes(bytes(pdf))
    bundle = export(health, tmp_path / "out")

    result = _import(dofa.folder, bundle)
    assert result.status == "rejected"
    assert result.reason_code == "bad_pdf_signature"
    assert "không hợp lệ" in result.message_vi
    use(dofa)
    assert Report.select().where(Report.period_id == "2026-Y").count() == 0


def test_a_pdf_of_another_report_refuses_the_bundle(tmp_path, signing_token):
    dofa, health = _world(tmp_path)
    first = _token_signed(health, signing_token, "2026-H1")
    second = _token_signed(health, signing_token, "2026-Y")
    # The second report's stored PDF replaced by the first's: validly signed, wrong report.
    evidence.stored_path(health.folder, second.pdf_sha256).write_bytes(
        evidence.stored_path(health.folder, first.pdf_sha256).read_bytes()
    )
    bundle = export(health, tmp_path / "out")
    result = _import(dofa.folder, bundle)
    assert result.status == "rejected" and result.reason_code == "bad_pdf_signature"
    assert "not made from its signed content" in result.reason


def test_dofa_report_show_json_has_pdf_signature(tmp_path, signing_token):
    from tests.conftest import run_cli

    dofa, health = _world(tmp_path)
    _token_signed(health, signing_token)
    bundle = export(health, tmp_path / "out")
    assert _import(dofa.folder, bundle).status == "imported"
    from app.models.session import close_open_session

    close_open_session()
    shown = run_cli(
        "--profile",
        str(dofa.folder),
        "report",
        "show",
        "--period",
        "2026-Y",
        "--agency",
        "SYT",
        "--json",
    )
    assert shown.returncode == 0, shown.stderr.decode()
    signature = json.loads(shown.stdout)["pdf_signature"]
    assert signature["signer"] == "Nguyễn Văn An" and signature["issuer"].endswith("Sub CA")
    assert signature["valid"] is True and signature["trusted"] is False


def test_dofa_screen_shows_who_signed_the_pdf_and_whether_it_is_trusted(
    qtbot, tmp_path, signing_token, test_ca
):
    from app.ui.exchange.received_detail import ReceivedReportPane
    from app.ui.kit import i18n

    dofa, health = _world(tmp_path)
    _token_signed(health, signing_token)
    assert _import(dofa.folder, export(health, tmp_path / "out")).status == "imported"
    i18n.install("vi")
    received = Report.get(Report.period_id == "2026-Y")
    pane = ReceivedReportPane(use(dofa))  # the workstation open, as the app holds it
    qtbot.addWidget(pane)
    pane.show_report(received.id)
    qtbot.waitUntil(lambda: pane.report is not None)  # read and checked off the UI thread
    text = pane.signature.text()
    assert "Nguyễn Văn An" in text and "Sub CA" in text and "⚠" in text
    pane.resize(900, 600)
    pane.grab().save(str(tmp_path / "received-token.png"))

    (tmp_path / "ca.pem").write_bytes(test_ca.pem("root") + test_ca.pem("intermediate"))
    trust_store.add_certificates(dofa, tmp_path / "ca.pem")
    pane.show_report(received.id)
    qtbot.waitUntil(lambda: pane.report is not None)
    assert "✔" in pane.signature.text().split("<br>")[1]


def test_export_says_when_the_signed_pdf_is_missing(tmp_path, signing_token):
    import pytest

    from app.services.core.errors import UserError

    dofa, health = _world(tmp_path)
    signed = _token_signed(health, signing_token)
    evidence.stored_path(health.folder, signed.pdf_sha256).unlink()
    with pytest.raises(UserError, match="signed PDF of report 2026-Y is missing"):
        export(health, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_mutated_pdfs_are_refused_by_name_and_never_crash_the_check(health, signing_token):
    """Bytes changed, cut or inserted anywhere in a signed PDF: always a named problem."""
    import random

    approver(health)
    report = _token_signed(health, signing_token)
    pdf = report_pdf.signed_pdf_bytes(health.folder, report)
    assert token_signoff.received_pdf_problem(pdf, report.content_sha256) is None
    rng = random.Random(15)
    for round_ in range(150):
        data = bytearray(pdf)
        if round_ % 3 == 0:
            for _ in range(rng.randint(1, 5)):
                data[rng.randrange(len(data))] ^= rng.randrange(1, 256)
        elif round_ % 3 == 1:
            del data[rng.randrange(len(data)) :]
        else:
            at = rng.randrange(len(data))
            data[at:at] = rng.randbytes(rng.randint(1, 40))
        problem = token_signoff.received_pdf_problem(bytes(data), report.content_sha256)
        assert problem in ("other_content", "unsigned", "invalid"), round_


def test_an_issued_pdf_with_both_signatures_travels_and_is_checked(tmp_path, signing_token):
    from app.services.reports import issuing

    dofa, health = _world(tmp_path)
    signed = _token_signed(health, signing_token)
    approver_only = signed.pdf_sha256
    request = TokenRequest(signing_token.cert_id, lambda: ts.USER_PIN)
    issuing.issue_report(signed, "Nguyễn Văn An", PASSWORD, health, token=request)
    issued = Report.get_by_id(signed.id)
    assert issued.pdf_sha256 not in (None, approver_only)
    bundle = export(health, tmp_path / "out")
    assert _import(dofa.folder, bundle).status == "imported"
    received = Report.get(Report.period_id == "2026-Y")
    out = tmp_path / "dofa.pdf"
    report_pdf.write_pdf(dofa.folder, received, out)
    checked = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
    assert checked.count("Signature is Valid") == 2
