"""Sign-off with the approver's token: the report PDF, made from the signed content, carries a
PAdES signature in its signature block; refusals leave the report unsigned. A real SoftHSM2
token; the PDFs are checked with pdfsig, pdftotext and pyHanko."""

from __future__ import annotations

import json
import subprocess

import pytest

from app.models import Report
from app.services.core.errors import UserError
from app.services.esign import pades, token_device, trust_store
from app.services.esign.token_device import TokenRequest
from app.services.reports import report_pdf, signoff, token_signoff
from tests import reporting
from tests import token_support as ts
from tests.conftest import run_cli


def _signed_with_token(station, token, pin=ts.USER_PIN):
    token_device.configure(token.module)
    reporting.approver(station)
    report = reporting.complete_draft(station)
    request = TokenRequest(token.cert_id, lambda: pin)
    return signoff.sign(report, "Nguyễn Văn An", reporting.PASSWORD, station, None, request)


def _text(pdf_path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_token_signoff_signs_the_pdf_of_the_signed_content(health, signing_token, tmp_path):
    report = _signed_with_token(health, signing_token)
    assert report.status == "signed" and report.pdf_sha256
    out = tmp_path / "bao-cao.pdf"
    report_pdf.write_pdf(health.folder, Report.get_by_id(report.id), out)
    checked = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
    assert "Signature is Valid" in checked and "Total document signed" in checked
    text = _text(out)
    assert report.content_sha256 in text.replace("\n", "")  # the PDF states the content hash
    assert "DỰ THẢO" not in text
    signature = token_signoff.pdf_signature(health.folder, report)
    assert signature.valid and signature.signer == "Nguyễn Văn An"
    content = json.loads(report.content_json)
    assert content["signer"]["name"] == "Nguyễn Văn An"
    # The exact signed file, every time it is written.
    again = tmp_path / "again.pdf"
    report_pdf.write_pdf(health.folder, Report.get_by_id(report.id), again)
    assert again.read_bytes() == out.read_bytes()


def test_visible_signature_sits_in_the_signature_block(health, signing_token, tmp_path):
    report = _signed_with_token(health, signing_token)
    from io import BytesIO

    from pyhanko.pdf_utils.reader import PdfFileReader

    pdf = report_pdf.signed_pdf_bytes(health.folder, report)
    reader = PdfFileReader(BytesIO(pdf))
    [embedded] = reader.embedded_signatures
    widget = embedded.sig_field
    x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
    assert x2 - x1 > 200 and y2 - y1 > 60  # the room left for the signature
    page_of_widget = [
        i
        for i in range(len(reader.root["/Pages"]["/Kids"]))
        if any(
            a.get_object().get("/T") == pades.APPROVER_FIELD
            for a in reader.root["/Pages"]["/Kids"][i].get_object().get("/Annots", [])
        )
    ]
    last_page = len(reader.root["/Pages"]["/Kids"]) - 1
    assert page_of_widget == [last_page]
    (tmp_path / "signed.pdf").write_bytes(pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            str(last_page + 1),
            "-l",
            str(last_page + 1),
            str(tmp_path / "signed.pdf"),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    assert list(tmp_path.glob("page*.png"))


def test_wrong_pin_leaves_the_report_unsigned(health, signing_token):
    with pytest.raises(UserError, match="wrong PIN"):
        _signed_with_token(health, signing_token, pin="999999")
    report = Report.get()
    assert report.status == "draft" and report.content_json is None and report.pdf_sha256 is None
    assert report.number is None


def test_expired_certificate_is_refused_and_nothing_signed(health, expired_token):
    token_device.configure(expired_token.module)
    reporting.approver(health)
    report = reporting.complete_draft(health)
    asked = []
    request = TokenRequest(expired_token.cert_id, lambda: asked.append(1) or ts.USER_PIN)
    with pytest.raises(UserError, match="not valid now"):
        signoff.sign(report, "Nguyễn Văn An", reporting.PASSWORD, health, None, request)
    assert asked == []  # the PIN was never asked for
    assert report.status == "draft" and report.content_json is None
    assert Report.get_by_id(report.id).status == "draft"


def test_trust_follows_the_roots_imported(health, signing_token, test_ca, tmp_path):
    report = _signed_with_token(health, signing_token)
    assert not token_signoff.pdf_signature(health.folder, report).trusted
    (tmp_path / "ca.pem").write_bytes(test_ca.pem("root") + test_ca.pem("intermediate"))
    trust_store.add_certificates(health, tmp_path / "ca.pem")
    assert token_signoff.pdf_signature(health.folder, report).trusted


def test_cli_token_list_sign_show_and_pdf(health, signing_token, test_ca, tmp_path):
    from app.models.session import close_open_session

    reporting.approver(health)
    reporting.complete_draft(health)
    close_open_session()
    folder = str(health.folder)

    def cli(*args, **env):
        return run_cli("--profile", folder, *args, env=env)

    assert cli("token", "set", "--module", signing_token.module).returncode == 0
    listed = json.loads(cli("token", "list", "--json").stdout)
    mine = next(t for t in listed if t["label"] == ts.TOKEN_LABEL)
    assert set(mine) == {"slot", "label", "certificates"}
    [cert] = mine["certificates"]
    assert set(cert) == {"id", "subject", "issuer", "not_after"}
    assert cert["id"] == signing_token.cert_id

    sign = ("report", "sign", "--period", "2026-Y", "--user", "Nguyễn Văn An", "--token")
    wrong = cli(
        *sign,
        "--cert",
        cert["id"],
        PLANTRACKER_PASSWORD=reporting.PASSWORD,
        PLANTRACKER_TOKEN_PIN="000000",
    )
    assert wrong.returncode == 1
    assert "Sai mã PIN" in wrong.stderr.decode()
    assert (
        json.loads(cli("report", "show", "--period", "2026-Y", "--json").stdout)["status"]
        == "draft"
    )

    signed = cli(
        *sign,
        "--cert",
        cert["id"],
        PLANTRACKER_PASSWORD=reporting.PASSWORD,
        PLANTRACKER_TOKEN_PIN=ts.USER_PIN,
    )
    assert signed.returncode == 0, signed.stderr.decode()
    shown = json.loads(cli("report", "show", "--period", "2026-Y", "--json").stdout)
    signature = shown["pdf_signature"]
    assert signature["signer"] == "Nguyễn Văn An"
    assert signature["valid"] is True and signature["trusted"] is False
    assert signature["serial"] == format(signing_token.cert.serial_number, "x")
    assert signature["signed_at"].endswith("+07:00")

    (tmp_path / "root.pem").write_bytes(test_ca.pem("root"))
    (tmp_path / "sub.pem").write_bytes(test_ca.pem("intermediate"))
    assert cli("trust", "add-root", str(tmp_path / "root.pem")).returncode == 0
    assert cli("trust", "add-root", str(tmp_path / "sub.pem")).returncode == 0
    roots = json.loads(cli("trust", "roots", "--json").stdout)
    assert [r["kind"] for r in roots] == ["root", "intermediate"]
    shown = json.loads(cli("report", "show", "--period", "2026-Y", "--json").stdout)
    assert shown["pdf_signature"]["trusted"] is True

    out = tmp_path / "bao-cao.pdf"
    assert cli("report", "pdf", "--period", "2026-Y", "--out", str(out)).returncode == 0
    assert (
        "Signature is Valid"
        in subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
    )
    (tmp_path / "crl.der").write_bytes(test_ca.crl([signing_token.cert.serial_number]))
    assert cli("trust", "add-crl", str(tmp_path / "crl.der")).returncode == 0
    shown = json.loads(cli("report", "show", "--period", "2026-Y", "--json").stdout)
    assert shown["pdf_signature"]["trusted"] is False


def test_cli_refusals_are_plain(health, tmp_path):
    from app.models.session import close_open_session

    close_open_session()
    folder = str(health.folder)
    missing = run_cli("--profile", folder, "token", "set", "--module", str(tmp_path / "x.so"))
    assert missing.returncode == 1 and "Không có trình điều khiển token" in missing.stderr.decode()
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate")
    refused = run_cli("--profile", folder, "--lang", "en", "trust", "add-root", str(junk))
    assert refused.returncode == 1 and "holds no certificate" in refused.stderr.decode()
    assert b"Traceback" not in refused.stderr
    unset = run_cli("--profile", folder, "token", "list", "--json")
    assert unset.returncode == 1 and "token set --module" in unset.stderr.decode()


def test_agency_signature_at_issue_keeps_the_approvers_valid(health, signing_token, tmp_path):
    """Designed for issue numbers: the approver's PDF declares the agency's field over the
    number and date; the clerk's signature there leaves the approver's signature valid."""
    from datetime import datetime

    from app.services.core.audit import VIETNAM

    report = _signed_with_token(health, signing_token)
    approver_pdf = report_pdf.signed_pdf_bytes(health.folder, report)
    chosen = token_device.choose_certificate(signing_token.cert_id)
    issued = token_signoff.sign_at_issue(
        approver_pdf, chosen, lambda: ts.USER_PIN, "12/BC-SYT", datetime.now(VIETNAM).date()
    )
    approver, agency = sorted(pades.signatures(issued), key=lambda s: s.field != "Approver")
    assert (approver.field, agency.field) == (pades.APPROVER_FIELD, pades.AGENCY_FIELD)
    assert approver.valid and agency.valid
    out = tmp_path / "issued.pdf"
    out.write_bytes(issued)
    checked = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
    assert checked.count("Signature is Valid") == 2, checked
    # The agency's field sits over the number, on the first page, above the title.
    from io import BytesIO

    from pyhanko.pdf_utils.reader import PdfFileReader

    fields = {
        f.get_object()["/T"]: f.get_object()
        for f in PdfFileReader(BytesIO(issued)).root["/AcroForm"]["/Fields"]
    }
    first_page = PdfFileReader(BytesIO(issued)).root["/Pages"]["/Kids"][0].get_object()
    assert fields[pades.AGENCY_FIELD]["/P"].get_object() == first_page
    assert float(fields[pades.AGENCY_FIELD]["/Rect"][1]) > 600  # the heading's height


def test_a_pdf_without_the_agency_place_is_refused(health, signing_token, tmp_path):
    from datetime import datetime

    from reportlab.pdfgen.canvas import Canvas

    token_device.configure(signing_token.module)
    canvas = Canvas(str(tmp_path / "plain.pdf"))
    canvas.drawString(100, 700, "x")
    canvas.save()
    chosen = token_device.choose_certificate(signing_token.cert_id)
    with pytest.raises(UserError, match="no place for the agency"):
        token_signoff.sign_at_issue(
            (tmp_path / "plain.pdf").read_bytes(),
            chosen,
            lambda: ts.USER_PIN,
            "1/BC",
            datetime.now(),
        )


def test_an_absent_token_is_said_plainly_and_nothing_is_signed(health, signing_token, tmp_path):
    """A driver with no token plugged in (SoftHSM2 with an empty token folder, in a process of
    its own since the driver reads its configuration once per process)."""
    from app.models.session import close_open_session

    token_device.configure(signing_token.module)
    reporting.approver(health)
    reporting.complete_draft(health)
    close_open_session()
    empty = ts.init_softhsm(tmp_path / "no-token")
    env = {
        "SOFTHSM2_CONF": str(empty),
        "PLANTRACKER_PASSWORD": reporting.PASSWORD,
        "PLANTRACKER_TOKEN_PIN": ts.USER_PIN,
    }
    folder = str(health.folder)
    listed = run_cli("--profile", folder, "token", "list", "--json", env=env, process=True)
    assert listed.returncode == 0 and json.loads(listed.stdout) == []
    sign = run_cli(
        "--profile", folder, "report", "sign", "--period", "2026-Y", "--user", "Nguyễn Văn An",
        "--token", env=env, process=True,
    )  # fmt: skip
    assert sign.returncode == 1
    assert "Chưa cắm token" in sign.stderr.decode()
    shown = run_cli("--profile", folder, "report", "show", "--period", "2026-Y", "--json")
    assert json.loads(shown.stdout)["status"] == "draft"


def test_cli_issue_with_the_agency_token_signs_over_the_number(health, signing_token, tmp_path):
    token_device.configure(signing_token.module)
    _signed_with_token(health, signing_token)
    folder = str(health.folder)
    issue = ("report", "issue", "--period", "2026-Y", "--user", "Nguyễn Văn An", "--token")
    issue += ("--cert", signing_token.cert_id)
    env = {"PLANTRACKER_PASSWORD": reporting.PASSWORD}

    wrong = run_cli("--profile", folder, *issue, env={**env, "PLANTRACKER_TOKEN_PIN": "000000"})
    assert wrong.returncode == 1 and "Sai mã PIN" in wrong.stderr.decode()
    assert json.loads(run_cli("--profile", folder, "outgoing", "--json").stdout) == []

    done = run_cli("--profile", folder, *issue, env={**env, "PLANTRACKER_TOKEN_PIN": ts.USER_PIN})
    assert done.returncode == 0, done.stderr.decode()
    [entry] = json.loads(run_cli("--profile", folder, "outgoing", "--json").stdout)
    out = tmp_path / "issued.pdf"
    assert run_cli("--profile", folder, "report", "pdf", "--period", "2026-Y", "--out", str(out))
    checked = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
    assert checked.count("Signature is Valid") == 2, checked
    fields = {s.field: s for s in pades.signatures(out.read_bytes())}
    assert fields[pades.AGENCY_FIELD].valid and fields[pades.APPROVER_FIELD].valid
    shown = json.loads(
        run_cli("--profile", folder, "report", "show", "--period", "2026-Y", "--json").stdout
    )
    assert shown["pdf_signature"]["valid"] is True  # the approver's, still whole
    assert entry["symbol"].endswith("/BC-SYT")


def test_issue_with_token_needs_a_token_signed_pdf(health, signing_token):
    from app.models.session import close_open_session

    token_device.configure(signing_token.module)
    reporting.approver(health)
    report = reporting.complete_draft(health)
    signoff.sign(report, "Nguyễn Văn An", reporting.PASSWORD, health)
    close_open_session()
    refused = run_cli(
        "--profile", str(health.folder), "report", "issue", "--period", "2026-Y",
        "--user", "Nguyễn Văn An", "--token",
        env={"PLANTRACKER_PASSWORD": reporting.PASSWORD, "PLANTRACKER_TOKEN_PIN": ts.USER_PIN},
    )  # fmt: skip
    assert refused.returncode == 1 and "không dùng --token" in refused.stderr.decode()


def test_a_missing_signed_pdf_is_said_plainly(health, signing_token, tmp_path):
    from app.services.reports import evidence

    report = _signed_with_token(health, signing_token)
    evidence.stored_path(health.folder, report.pdf_sha256).unlink()
    with pytest.raises(UserError, match="signed PDF of report 2026-Y is missing"):
        token_signoff.pdf_signature(health.folder, report)
    with pytest.raises(UserError, match="signed PDF of report 2026-Y is missing"):
        report_pdf.write_pdf(health.folder, report, tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()
