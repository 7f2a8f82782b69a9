"""The approver's token through PKCS#11 (a real SoftHSM2 token), PAdES signatures on PDFs
checked by pyHanko and by poppler's pdfsig, and the trusted roots and CRLs."""

from __future__ import annotations

import subprocess

import pytest
from reportlab.pdfgen.canvas import Canvas

from app.services.core.errors import UserError
from app.services.esign import pades, token_device, trust_store
from tests import token_support as ts


def _plain_pdf(path) -> bytes:
    canvas = Canvas(str(path))
    canvas.drawString(100, 700, "Báo cáo")
    canvas.showPage()
    canvas.save()
    return path.read_bytes()


def _sign(pdf: bytes, pin: str = ts.USER_PIN, cert_id: str = ts.KEY_ID.hex()) -> bytes:
    chosen = token_device.choose_certificate(cert_id)
    place = pades.SignaturePlace(0, (300, 100, 500, 160))
    return pades.sign_pdf(pdf, chosen, lambda: pin, pades.APPROVER_FIELD, place)


def test_list_shows_the_token_and_its_certificate(health, signing_token):
    token_device.configure(signing_token.module)
    tokens = token_device.list_certificates()
    assert sorted(label for _, label, _ in tokens) == ["Expired", ts.TOKEN_LABEL]
    (slot, label, certificates) = next(t for t in tokens if t[1] == ts.TOKEN_LABEL)
    assert label == ts.TOKEN_LABEL and isinstance(slot, int)
    [cert] = certificates
    assert cert.id == signing_token.cert_id
    assert "CN=Nguyễn Văn An" in cert.as_json()["subject"]
    assert "Sub CA" in cert.as_json()["issuer"]
    assert cert.as_json()["not_after"][:4].isdigit()


def test_a_missing_driver_is_refused_and_not_kept(health, tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        token_device.configure(str(tmp_path / "nowhere.so"))
    not_a_library = tmp_path / "driver.dll"
    not_a_library.write_bytes(b"MZ not really")
    with pytest.raises(UserError, match="could not be loaded"):
        token_device.configure(str(not_a_library))
    assert not token_device.settings().configured


@pytest.mark.parametrize("scheme", ["pkcs1v15", "pss"])
def test_signed_pdf_is_valid_for_pdfsig_and_pyhanko(health, signing_token, tmp_path, scheme):
    token_device.configure(signing_token.module, scheme)
    signed = _sign(_plain_pdf(tmp_path / "plain.pdf"))
    out = tmp_path / "signed.pdf"
    out.write_bytes(signed)
    report = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
    assert "Signature is Valid" in report
    assert "Total document signed" in report
    assert "ETSI.CAdES.detached" in report
    assert "Nguyễn Văn An" in report
    [signature] = pades.signatures(signed)
    assert signature.valid and not signature.trusted  # no root imported yet
    assert signature.signer == "Nguyễn Văn An"
    assert signature.serial == format(signing_token.cert.serial_number, "x")
    assert signature.signed_at.endswith("+07:00")


def test_pss_is_used_when_chosen(health, signing_token, tmp_path):
    from asn1crypto import cms
    from pyhanko.pdf_utils.reader import PdfFileReader

    token_device.configure(signing_token.module, "pss")
    signed = _sign(_plain_pdf(tmp_path / "plain.pdf"))
    from io import BytesIO

    [embedded] = PdfFileReader(BytesIO(signed)).embedded_signatures
    info: cms.SignerInfo = embedded.signer_info
    assert info["signature_algorithm"]["algorithm"].native == "rsassa_pss"


def test_trust_roots_crl_and_a_changed_pdf(health, signing_token, test_ca, tmp_path):
    token_device.configure(signing_token.module)
    signed = _sign(_plain_pdf(tmp_path / "plain.pdf"))
    (tmp_path / "root.pem").write_bytes(test_ca.pem("root"))
    (tmp_path / "sub.der").write_bytes(_der(test_ca.intermediate_cert))
    [root] = trust_store.add_certificates(health, tmp_path / "root.pem")
    assert root.self_signed and root.new
    [sub] = trust_store.add_certificates(health, tmp_path / "sub.der")
    assert not sub.self_signed
    assert not trust_store.add_certificates(health, tmp_path / "root.pem")[0].new  # idempotent
    assert [r["kind"] for r in map(trust_store.as_json, trust_store.trusted())] == [
        "root",
        "intermediate",
    ]
    [signature] = pades.signatures(signed)
    assert signature.valid and signature.trusted

    (tmp_path / "revoked.crl").write_bytes(test_ca.crl([signing_token.cert.serial_number]))
    trust_store.add_crl(health, tmp_path / "revoked.crl")
    [signature] = pades.signatures(signed)
    assert signature.valid and not signature.trusted
    assert "revoked" in signature.problem

    tampered = bytearray(signed)
    position = tampered.index(b"drawString" if b"drawString" in tampered else b"/Length")
    tampered[position + 2] ^= 0x01
    [signature] = pades.signatures(bytes(tampered))
    assert not signature.valid


def test_an_end_entity_certificate_is_not_a_root(health, signing_token, tmp_path):
    path = tmp_path / "signer.pem"
    path.write_bytes(signing_token.cert.public_bytes(_encoding().PEM))
    with pytest.raises(UserError, match="not a certification authority"):
        trust_store.add_certificates(health, path)
    garbage = tmp_path / "junk.pem"
    garbage.write_bytes(b"hello")
    with pytest.raises(UserError, match="no certificate"):
        trust_store.add_certificates(health, garbage)
    assert trust_store.trusted() == []


def test_a_crl_from_an_unknown_authority_is_refused(health, test_ca, signing_token, tmp_path):
    (tmp_path / "x.crl").write_bytes(test_ca.crl([1]))
    with pytest.raises(UserError, match="not signed by a trusted certificate"):
        trust_store.add_crl(health, tmp_path / "x.crl")


def test_wrong_pin_signs_nothing_and_is_tried_once(health, signing_token, tmp_path):
    token_device.configure(signing_token.module)
    pdf = _plain_pdf(tmp_path / "plain.pdf")
    asked = []

    def wrong_pin():
        asked.append(1)
        return "000000"

    chosen = token_device.choose_certificate(signing_token.cert_id)
    place = pades.SignaturePlace(0, (300, 100, 500, 160))
    with pytest.raises(UserError, match="wrong PIN"):
        pades.sign_pdf(pdf, chosen, wrong_pin, pades.APPROVER_FIELD, place)
    assert asked == [1]
    # The right PIN still works: the failed attempt changed nothing on the token.
    assert pades.signatures(_sign(pdf))[0].valid


def test_an_unknown_certificate_id_is_refused(health, signing_token):
    token_device.configure(signing_token.module)
    with pytest.raises(UserError, match="no certificate with id ffff"):
        token_device.choose_certificate("ffff")


def test_an_expired_certificate_is_refused_before_the_pin(health, expired_token):
    token_device.configure(expired_token.module)
    with pytest.raises(UserError, match="not valid now"):
        token_device.choose_certificate(expired_token.cert_id)


def test_two_certificates_need_a_choice(health, signing_token, expired_token):
    token_device.configure(signing_token.module)
    with pytest.raises(UserError, match="several certificates"):
        token_device.choose_certificate()


def test_no_driver_set_says_how_to_set_one(health):
    with pytest.raises(UserError, match="token set --module"):
        token_device.choose_certificate()


def _encoding():
    from cryptography.hazmat.primitives import serialization

    return serialization.Encoding


def _der(cert) -> bytes:
    return cert.public_bytes(_encoding().DER)


def test_with_a_time_stamp_server_the_signature_is_b_t(health, signing_token, test_ca, tmp_path):
    from io import BytesIO

    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature

    from tests.tsa_server import running_tsa

    with running_tsa(test_ca) as url:
        token_device.configure(signing_token.module, tsa_url=url)
        signed = _sign(_plain_pdf(tmp_path / "plain.pdf"))
    [embedded] = PdfFileReader(BytesIO(signed)).embedded_signatures
    unsigned = embedded.signer_info["unsigned_attrs"].native or []
    # The signature time stamp (B-T): an RFC 3161 token in the unsigned attributes.
    assert any(a["type"] == "signature_time_stamp_token" for a in unsigned)
    (tmp_path / "ca.pem").write_bytes(test_ca.pem("root") + test_ca.pem("intermediate"))
    trust_store.add_certificates(health, tmp_path / "ca.pem")
    status = validate_pdf_signature(embedded, trust_store.validation_context(None))
    assert status.timestamp_validity is not None and status.timestamp_validity.intact
    assert status.timestamp_validity.valid
    [signature] = pades.signatures(signed)
    assert signature.valid and signature.trusted


def test_an_unreachable_time_stamp_server_signs_nothing(health, signing_token, tmp_path):
    token_device.configure(signing_token.module, tsa_url="http://127.0.0.1:9/")
    with pytest.raises(UserError, match="time-stamp server could not be reached"):
        _sign(_plain_pdf(tmp_path / "plain.pdf"))


def test_a_pipe_is_not_read_as_a_certificate(health, tmp_path):
    import os

    fifo = tmp_path / "root.pem"
    os.mkfifo(fifo)
    with pytest.raises(UserError, match="not a regular file"):
        trust_store.add_certificates(health, fifo)
    with pytest.raises(UserError, match="not a regular file"):
        trust_store.add_crl(health, fifo)
