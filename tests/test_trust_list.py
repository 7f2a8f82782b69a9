"""The trust list screens load in one query says what trust.enrolled_key says, agency by agency."""

from __future__ import annotations

from datetime import date

from app.models import AgencyKey
from app.services.catalogue import register
from app.services.core import audit
from app.services.exchange import trust, trust_list
from tests import workstations
from tests.test_ui_exchange import pair  # noqa: F401


def _as_enrolled_key_says(own: str, include_retired: bool) -> dict[str, tuple]:
    """code → (fingerprint, can receive replies), one enrolled_key query per agency."""
    expected = {}
    for agency in register.agencies(include_retired=include_retired):
        if agency.code == own:
            continue
        key = trust.enrolled_key(agency)
        expected[agency.code] = (key.fingerprint, bool(key.age_recipient)) if key else (None, False)
    return expected


def _listed(own: str, include_retired: bool = False) -> dict[str, tuple]:
    return {
        a.code: (a.fingerprint, a.can_receive_replies)
        for a in trust_list.trust_list(own, include_retired)
    }


def test_the_list_matches_enrolled_key_through_enrolment_replacement_and_revocation(
    pair,  # noqa: F811 (the fixture imported above)
):
    dofa = workstations.use(pair.dofa)
    listed = _listed("SNGV")
    assert "SNGV" not in listed  # DoFA's own
    assert listed["SYT"] == (pair.fingerprint, True)
    assert listed == _as_enrolled_key_says("SNGV", False)

    # A later enrolled key (no encryption recipient) is the one that counts.
    syt = register.get("SYT")
    AgencyKey.create(
        agency=syt,
        public_key_pem="-",
        fingerprint="NEWK-EYNE-WKEY-NEWK-EYNE",
        created_at=audit.now_iso(),
        enrolled_at=audit.now_iso(),
    )
    assert _listed("SNGV")["SYT"] == ("NEWK-EYNE-WKEY-NEWK-EYNE", False)
    assert _listed("SNGV") == _as_enrolled_key_says("SNGV", False)

    assert trust_list.revoke(dofa, "SYT") == [pair.fingerprint, "NEWK-EYNE-WKEY-NEWK-EYNE"]
    assert _listed("SNGV")["SYT"] == (None, False)
    assert not next(a for a in trust_list.trust_list("SNGV") if a.code == "SYT").enrolled

    register.retire(dofa, "SYT", date(2026, 1, 1))
    assert "SYT" not in _listed("SNGV")
    assert _listed("SNGV", include_retired=True) == _as_enrolled_key_says("SNGV", True)
