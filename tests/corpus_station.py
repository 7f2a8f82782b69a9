"""A DoFA workstation that can read the committed bad-bundle corpus (tests/corpus/).

The corpus was made with the TEST keys in tests/corpus/keys.json (published, not secret, never
to be used anywhere else). A DoFA profile is created as usual and then given those keys: its
secrets are overwritten in the (test) keyring, its public keys in the database, and the Health
department's committed key is enrolled through a real enrolment file, as DoFA would do it.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

from app.models import Setting, db
from app.services.catalogue import register
from app.services.core import audit
from app.services.core.vocabulary import KeyStorage
from app.services.core.wire import canonical_bytes
from app.services.exchange import trust
from app.services.keys import key_lifecycle, keys, secrets
from app.services.workstation.profile import Workstation
from tests import pg_cluster, workstations

CORPUS = Path(__file__).resolve().parent / "corpus"
KEYS_FILE = CORPUS / "keys.json"
SENDER = "SYT"  # the enrolled agency whose bundles the corpus holds
FIXED_TIME = "2026-12-20T09:00:00+07:00"  # every time inside the corpus, for reproducibility


def load_keys() -> dict:
    return json.loads(KEYS_FILE.read_text(encoding="utf-8"))


def signing_key(b64_raw: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(b64_raw))


def recipient(identity_text: str) -> str:
    return str(x25519.Identity.from_str(identity_text).to_public())


def fingerprint_of(b64_raw: str) -> str:
    return keys.fingerprint(signing_key(b64_raw).public_key())


def write_enrolment(out: Path, agency_code: str, name_vi: str, party: dict) -> str:
    """An enrolment file as the agency's workstation writes it (trust.export_enrolment)."""
    private_key = signing_key(party["signing_key"])
    public_key = private_key.public_key()
    body = {
        "format": 1,
        "kind": "enrollment",
        "kit_id": "corpus",
        "agency": agency_code,
        "name_vi": name_vi,
        "signing_public_key_pem": keys.public_pem(public_key),
        "fingerprint": keys.fingerprint(public_key),
        "age_recipient": recipient(party["age_identity"]),
        "created_at": FIXED_TIME,
    }
    signature = base64.b64encode(private_key.sign(canonical_bytes(body))).decode("ascii")
    document = {"enrollment": body, "signature": signature}
    out.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return body["fingerprint"]


def install_dofa_keys(station: Workstation, dofa: dict) -> None:
    """Replace the open DoFA profile's fresh keys by the committed ones."""
    public_key = signing_key(dofa["signing_key"]).public_key()
    identities = (
        (keys.DECRYPTION, dofa["decryption_identity"]),
        (keys.ESCROW, dofa["escrow_identity"]),
    )
    with db.atomic():
        if keys.storage() == KeyStorage.DATABASE:  # an office on PostgreSQL (its test pass)
            passphrase = pg_cluster.TEST_PASSPHRASE
            keys.store_signing_key(station.folder, signing_key(dofa["signing_key"]), passphrase)
            for name, identity in identities:
                keys.store_age_identity(station.folder, name, identity, passphrase)
        else:
            profile_id = keys.profile_id()
            secrets.set(profile_id, keys.KEY_NAME, dofa["signing_key"])
            for name, identity in identities:
                secrets.set(profile_id, f"{name}-identity", identity)
        for name, identity in identities:
            Setting.put(f"age.{name}", recipient(identity))
        own = keys.current_key(station.agency)
        own.public_key_pem = keys.public_pem(public_key)
        own.fingerprint = keys.fingerprint(public_key)
        own.save()
        audit.record("test.corpus_keys", fingerprint=own.fingerprint)


def corpus_dofa(folder: Path) -> Workstation:
    """A consolidating workstation holding the corpus keys, with the sender enrolled."""
    station = workstations.create(folder, "SNGV", consolidating=True)
    committed = load_keys()
    install_dofa_keys(station, committed["dofa"])
    enrolment = folder.parent / f"{SENDER}-corpus.ptenroll"
    name_vi = register.get(SENDER).name_vi
    fingerprint = write_enrolment(enrolment, SENDER, name_vi, committed["syt"])
    trust.import_enrolment(station, enrolment, fingerprint)
    return station


def revoke_sender(station: Workstation) -> None:
    """Stop trusting the sender's key on the DoFA workstation (`keys revoke --agency`)."""
    key_lifecycle.revoke(station, SENDER)


# Every corpus file, with the reason code DoFA must give and what makes the file bad.
CASES: dict[str, tuple[str, str]] = {
    "truncated": ("damaged", "a valid bundle cut to half its length"),
    "flipped_byte": ("damaged", "a valid bundle with one byte of the encrypted payload flipped"),
    "other_recipient": ("wrong_recipient", "a valid bundle encrypted for someone else"),
    "unknown_sender": ("unknown_sender", "a bundle from an agency DoFA never enrolled (STP)"),
    "unknown_key": (
        "unknown_sender",
        "a bundle claiming to be SYT's, made with a key not enrolled",
    ),
    "revoked_key": ("revoked_key", "a valid SYT bundle; the test revokes SYT's key before import"),
    "wrong_signature": ("bad_signature", "the manifest says SYT's key but another key signed it"),
    "wrong_report_signature": (
        "bad_signature",
        "a valid signed manifest; the report's own signature is made by another key",
    ),
    "hash_mismatch": (
        "hash_mismatch",
        "a valid signed manifest; the report inside was changed (same size, other SHA-256)",
    ),
    "larger_than_declared": (
        "larger_than_declared",
        "a valid signed manifest; the report inside holds more bytes than its declared size",
    ),
    "newer_format": ("newer_format", "a validly signed manifest of bundle format 2"),
    "path_traversal": ("unsafe_path", "the zip holds ../../../.bashrc (listed and signed)"),
    "absolute_path": ("unsafe_path", "the zip holds /etc/cron.d/plantracker (listed and signed)"),
    "zip_bomb": ("zip_bomb", "2,000,000,000 zeros declared and deflated to about 2 MB"),
    "unlisted_file": ("unlisted_file", "the zip holds a file the signed manifest does not list"),
    "not_a_bundle": ("not_a_bundle", "a PDF file renamed .ptbundle"),
    "not_a_zip": ("not_a_bundle", "an age file for DoFA that holds plain text, not a zip"),
    "empty": ("empty", "an empty file"),
    # Signed by SYT's enrolled key, but not what the format allows (docs/signed-content.md).
    "report_without_document": ("bad_report", "a signed report content without `document`"),
    "report_attachment_path": (
        "bad_report",
        'a signed report whose attachment is named "../../x" with sha256 "/etc/hostname"',
    ),
    "report_attachment_backslash": ("bad_report", "an attachment named ..\\..\\x.txt"),
    "report_attachment_control": ("bad_report", "an attachment name holding a control character"),
    "report_unknown_field": ("bad_report", "a report content with a field the format lacks"),
    "report_progress_text": ("bad_report", 'progress given as the text "50"'),
    "report_progress_over": ("bad_report", "progress 150"),
    "report_status_unknown": ("bad_report", 'an entry status "finished"'),
    "report_signed_at_words": ("bad_report", 'signed_at "hôm qua", not a time'),
    "report_date_dmy": ("bad_report", "a period start written 15/12/2025"),
    "report_text_too_long": ("bad_report", "results of 20,001 characters"),
    "report_not_nfc": ("bad_report", "results typed decomposed (not NFC)"),
    "report_not_canonical": ("bad_report", "the content pretty-printed, not canonical bytes"),
    "report_duplicate_key": ("bad_report", "the content names `revision` twice"),
    "report_entries_object": ("bad_report", "entries given as an object, not a list"),
    "report_signer_null": ("bad_report", "a signed report without a signer"),
    "report_hash_upper": ("bad_report", "an attachment sha256 in upper case"),
    "report_not_json": ("bad_report", "a signed report that is not UTF-8 JSON"),
    "report_newer_format": ("newer_format", "a signed report content of format 2"),
    "manifest_unknown_field": ("bad_manifest", "a signed manifest with a field the format lacks"),
    "manifest_sequence_zero": ("bad_manifest", "a signed manifest with sequence 0"),
    "manifest_created_at_words": ("bad_manifest", 'created_at "2026-12-20 09:00", no offset'),
    "manifest_report_path": ("bad_manifest", 'a report item whose content is "reports/../x"'),
    "manifest_previous_not_hex": ("bad_manifest", 'previous_manifest_sha256 "abc"'),
    "manifest_not_canonical": ("bad_manifest", "the manifest pretty-printed and signed so"),
    "manifest_duplicate_key": ("bad_manifest", "the manifest names `sequence` twice"),
    "unknown_agency_revoked_key": (
        "unknown_sender",
        "an unsigned manifest naming an unknown agency (XYZ) and SYT's key, which the test "
        "revokes first",
    ),
}
# Cases the test imports after revoking the sender's key (`keys revoke --agency SYT`).
REVOKE_FIRST = {"revoked_key", "unknown_agency_revoked_key"}
