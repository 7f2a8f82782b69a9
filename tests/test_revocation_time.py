"""A revocation takes its time from DoFA's own record, never from the signer's `signed_at`.

SYT's report in the corpus says it was signed at 20/12/2026 09:00. DoFA then trusts a second
key of SYT (which signs the bundles) and revokes SYT's first key, recording the revocation
later than that claimed time. Judged by the claim, the report would pass; judged by DoFA's
record, it is accepted only if DoFA itself had received that very content before revoking.
"""

from __future__ import annotations

import json

from app.models import AgencyKey
from app.services.catalogue import register
from app.services.exchange import bundle_import
from app.services.keys import keys
from tests.bundle_forge import dofa_recipients, encrypt_zip, listed, signed_manifest, valid_contents
from tests.corpus_station import CORPUS, SENDER, corpus_dofa, fingerprint_of, load_keys, signing_key
from tests.exchange_support import assert_only_rejection_recorded, snapshot, use

REVOKED_AT = "2026-12-31T00:00:00+07:00"  # after the report's claimed signed_at


def _second_key_bundle(out):
    """The corpus report (signed with SYT's first key) in a bundle signed by SYT's second key."""
    second = load_keys()["unenrolled"]["signing_key"]
    files = {k: v for k, v in valid_contents().items() if not k.startswith("manifest.")}
    manifest = json.loads(valid_contents()["manifest.json"])
    manifest["signing_key"] = fingerprint_of(second)
    manifest["sequence"] = 2
    manifest["files"] = listed(files)
    encrypt_zip(out, signed_manifest(manifest, second) + sorted(files.items()), dofa_recipients())
    return out


def _trust_second_key_and_revoke_first() -> None:
    second = signing_key(load_keys()["unenrolled"]["signing_key"]).public_key()
    keys.record_public_key(register.get(SENDER), second)
    AgencyKey.update(enrolled_at="2026-12-01T00:00:00+07:00").where(
        AgencyKey.fingerprint == keys.fingerprint(second)
    ).execute()
    first = fingerprint_of(load_keys()["syt"]["signing_key"])
    AgencyKey.update(revoked_at=REVOKED_AT).where(AgencyKey.fingerprint == first).execute()


def test_a_report_of_a_revoked_key_that_dofa_never_held_is_refused(tmp_path):
    station = corpus_dofa(tmp_path / "dofa")
    _trust_second_key_and_revoke_first()
    bundle = _second_key_bundle(tmp_path / "second.ptbundle")
    before = snapshot(station.folder)
    (result,) = bundle_import.import_bundles(use(station), [bundle])
    assert (result.status, result.reason_code) == ("rejected", "revoked_key"), result
    assert "revoked on 31/12/2026" in result.reason
    assert_only_rejection_recorded(before, station.folder, bundle.name, "revoked_key")


def test_the_same_report_received_before_the_revocation_still_counts(tmp_path):
    station = corpus_dofa(tmp_path / "dofa")
    (first,) = bundle_import.import_bundles(station, [CORPUS / "valid.ptbundle"])
    assert first.status == "imported"
    _trust_second_key_and_revoke_first()
    bundle = _second_key_bundle(tmp_path / "second.ptbundle")
    (result,) = bundle_import.import_bundles(use(station), [bundle])
    assert result.status == "imported", result
    assert [r.outcome for r in result.reports] == ["unchanged"]
