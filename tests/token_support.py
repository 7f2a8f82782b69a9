"""A real PKCS#11 token for tests: SoftHSM2 initialised in a temporary folder, holding an RSA
key pair whose certificate a test CA (made here with `cryptography`) issued.

SoftHSM reads its configuration from SOFTHSM2_CONF; each token folder is private to the test.
Processes the test starts (the CLI) inherit the variable, so they see the same token.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

SOFTHSM_MODULE = "/usr/lib/softhsm/libsofthsm2.so"
USER_PIN = "123456"
SO_PIN = "12345678"
TOKEN_LABEL = "VGCA test token"
KEY_ID = bytes.fromhex("a1b2")


@dataclass
class TestCA:
    root_cert: x509.Certificate
    root_key: rsa.RSAPrivateKey
    intermediate_cert: x509.Certificate
    intermediate_key: rsa.RSAPrivateKey

    def pem(self, which: str = "root") -> bytes:
        cert = self.root_cert if which == "root" else self.intermediate_cert
        return cert.public_bytes(serialization.Encoding.PEM)

    def crl(self, revoked_serials: list[int]) -> bytes:
        """A CRL from the intermediate CA (DER)."""
        now = dt.datetime.now(dt.UTC)
        builder = (
            x509.CertificateRevocationListBuilder()
            .issuer_name(self.intermediate_cert.subject)
            .last_update(now - dt.timedelta(hours=1))
            .next_update(now + dt.timedelta(days=30))
        )
        for serial in revoked_serials:
            builder = builder.add_revoked_certificate(
                x509.RevokedCertificateBuilder()
                .serial_number(serial)
                .revocation_date(now - dt.timedelta(minutes=30))
                .build()
            )
        crl = builder.sign(self.intermediate_key, hashes.SHA256())
        return crl.public_bytes(serialization.Encoding.DER)


def _name(common_name: str, organisation: str = "Ban Cơ yếu Chính phủ") -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _key_usage(authority: bool) -> x509.KeyUsage:
    """A CA signs certificates and CRLs; a signer signs documents (non-repudiation too)."""
    return x509.KeyUsage(
        digital_signature=not authority,
        content_commitment=not authority,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=authority,
        crl_sign=authority,
        encipher_only=False,
        decipher_only=False,
    )


def _ca_cert(subject, issuer, public_key, signing_key, path_length: int) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=path_length), critical=True)
        .add_extension(_key_usage(authority=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .sign(signing_key, hashes.SHA256())
    )


def make_ca(name: str = "Test Root CA") -> TestCA:
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root = _ca_cert(_name(name), _name(name), root_key.public_key(), root_key, 1)
    inter_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    inter = _ca_cert(_name(f"{name} Sub CA"), root.subject, inter_key.public_key(), root_key, 0)
    return TestCA(root, root_key, inter, inter_key)


def issue(ca: TestCA, public_key, common_name: str, days: int = 365, past: bool = False):
    """An end-entity certificate for signing documents (expired when past=True)."""
    now = dt.datetime.now(dt.UTC)
    start = now - dt.timedelta(days=days + 10) if past else now - dt.timedelta(days=1)
    end = now - dt.timedelta(days=10) if past else now + dt.timedelta(days=days)
    return (
        x509.CertificateBuilder()
        .subject_name(_name(common_name, "Sở Y tế tỉnh Quảng Ngãi"))
        .issuer_name(ca.intermediate_cert.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(authority=False), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.intermediate_key.public_key()),
            critical=False,
        )
        # As VGCA certificates do: where the CRL is published (never fetched by the app).
        .add_extension(
            x509.CRLDistributionPoints(
                [
                    x509.DistributionPoint(
                        [x509.UniformResourceIdentifier("http://ca.example.vn/sub.crl")],
                        None,
                        None,
                        None,
                    )
                ]
            ),
            critical=False,
        )
        .sign(ca.intermediate_key, hashes.SHA256())
    )


@dataclass
class SoftToken:
    conf: Path
    module: str
    label: str
    pin: str
    cert: x509.Certificate
    key_id: bytes

    @property
    def cert_id(self) -> str:
        return self.key_id.hex()


def init_softhsm(folder: Path) -> Path:
    """A SoftHSM2 configuration whose tokens live in folder/tokens; returns the conf path."""
    tokens = folder / "tokens"
    tokens.mkdir(parents=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\n")
    return conf


def make_token(
    folder: Path,
    ca: TestCA,
    common_name: str = "Nguyễn Văn An",
    expired: bool = False,
    label: str = TOKEN_LABEL,
    key_id: bytes = KEY_ID,
) -> SoftToken:
    """Initialise a token, generate an RSA-2048 key pair on it and store a certificate for it.

    The environment variable SOFTHSM2_CONF must already point at folder's configuration (the
    module reads it when first loaded, once per process)."""
    conf = Path(os.environ["SOFTHSM2_CONF"])
    subprocess.run(
        [
            "softhsm2-util",
            "--init-token",
            "--free",
            "--label",
            label,
            "--pin",
            USER_PIN,
            "--so-pin",
            SO_PIN,
        ],
        check=True,
        capture_output=True,
    )
    import pkcs11
    from pkcs11 import Attribute, KeyType, ObjectClass

    lib = pkcs11.lib(SOFTHSM_MODULE)
    lib.reinitialize()  # the token was made by another process after the module loaded
    token = lib.get_token(token_label=label)
    with token.open(rw=True, user_pin=USER_PIN) as session:
        public, _ = session.generate_keypair(
            KeyType.RSA, 2048, id=key_id, label="signing key", store=True
        )
        modulus = int.from_bytes(public[Attribute.MODULUS], "big")
        exponent = int.from_bytes(public[Attribute.PUBLIC_EXPONENT], "big")
        public_key = rsa.RSAPublicNumbers(exponent, modulus).public_key()
        cert = issue(ca, public_key, common_name, past=expired)
        session.create_object(
            {
                Attribute.CLASS: ObjectClass.CERTIFICATE,
                Attribute.CERTIFICATE_TYPE: pkcs11.CertificateType.X_509,
                Attribute.TOKEN: True,
                Attribute.PRIVATE: False,
                Attribute.ID: key_id,
                Attribute.LABEL: "signing certificate",
                Attribute.SUBJECT: cert.subject.public_bytes(),
                Attribute.VALUE: cert.public_bytes(serialization.Encoding.DER),
            }
        )
    return SoftToken(conf, SOFTHSM_MODULE, label, USER_PIN, cert, key_id)


@pytest.fixture(scope="session")
def test_ca() -> TestCA:
    return make_ca()


@pytest.fixture(scope="session")
def soft_tokens(tmp_path_factory, test_ca) -> dict[str, SoftToken]:
    """One SoftHSM2 for the test session with two tokens: the approver's, and one whose
    certificate has expired. Set up once, since the module reads its configuration once."""
    folder = tmp_path_factory.mktemp("softhsm")
    os.environ["SOFTHSM2_CONF"] = str(init_softhsm(folder))
    return {
        "good": make_token(folder, test_ca),
        "expired": make_token(
            folder, test_ca, "Trần Thị Bình", expired=True, label="Expired", key_id=b"\xee"
        ),
    }


@pytest.fixture
def signing_token(soft_tokens) -> SoftToken:
    return soft_tokens["good"]


@pytest.fixture
def expired_token(soft_tokens) -> SoftToken:
    return soft_tokens["expired"]
