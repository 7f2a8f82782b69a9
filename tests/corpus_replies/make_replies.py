"""The bad-reply corpus (tests/corpus_replies/*.ptbundle) and the agency workstation that reads it.

    .venv/bin/python tests/corpus_replies/make_replies.py            # rewrite every file
    .venv/bin/python tests/corpus_replies/make_replies.py --new-keys # make new TEST keys first

Each file is a reply from DoFA (docs/bundle-format.md, section 10) that Sở Y tế's workstation
must refuse, packed with bundle_format.pack as replies.export_reply packs a real one, from the
TEST keys in keys.json (published, not secret, never to be used anywhere else):

- reply_valid: a correct reply with no receipts, the control (it must import);
- reply_other_agency: signed by DoFA and encrypted to SYT, but addressed to STP;
- reply_older_plan: carries plan version 1; the test first raises SYT's plan to version 2;
- reply_not_dofa: correct in every way but signed by a key that is not DoFA's.

The content is reproducible (fixed times; Ed25519 signatures are deterministic); the age layer
is not (a fresh random file key each time), so regenerated files differ in bytes, not meaning.
`agency_station(folder)` builds, in the calling process, an SYT workstation bound to the
corpus DoFA (a kit signed with the committed DoFA key) and holding SYT's committed decryption
identity, so that these files decrypt there. `write_case(name, out)` writes one case anew.
"""

from __future__ import annotations

import argparse
import base64
import copy
import json
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
# A throwaway workstation's own keys go to a temporary file keyring (tests/keyring_backend.py).
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.keyring_backend.FileKeyring")

from cryptography.hazmat.primitives import serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402
from pyrage import x25519  # noqa: E402

from app.models import Setting, db  # noqa: E402
from app.models.session import close_open_session, open_session  # noqa: E402
from app.services.catalogue import catalogue, register  # noqa: E402
from app.services.core import audit  # noqa: E402
from app.services.core.wire import canonical_bytes  # noqa: E402
from app.services.exchange import bundle_format, trust  # noqa: E402
from app.services.keys import keys, secrets  # noqa: E402
from app.services.workstation.profile import Workstation  # noqa: E402
from tests import workstations  # noqa: E402

CORPUS = Path(__file__).resolve().parent
KEYS_FILE = CORPUS / "keys.json"
AGENCY = "SYT"  # the agency whose workstation reads the corpus
OTHER_AGENCY = "STP"  # the addressee of reply_other_agency
DOFA = "SNGV"
FIXED_TIME = "2026-12-20T09:00:00+07:00"
KIT_ID = "corpus-replies"

# name: (reason code the agency must give, what is wrong with the file)
CASES: dict[str, tuple[str, str]] = {
    "reply_other_agency": (
        "other_agency",
        "a reply signed by DoFA and encrypted to SYT, but addressed to another agency (STP)",
    ),
    "reply_older_plan": (
        "older_plan",
        "a reply carrying plan version 1 to a workstation that has version 2",
    ),
    "reply_not_dofa": (
        "not_dofa",
        "a reply to SYT, correct in every way but signed by a key that is not DoFA's",
    ),
}
VALID = "reply_valid"


# --- keys -----------------------------------------------------------------------------------


def load_keys() -> dict:
    return json.loads(KEYS_FILE.read_text(encoding="utf-8"))


def signing_key(b64_raw: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(b64_raw))


def recipient(identity_text: str) -> str:
    return str(x25519.Identity.from_str(identity_text).to_public())


def _raw(private_key: Ed25519PrivateKey) -> str:
    data = private_key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return base64.b64encode(data).decode("ascii")


def new_keys() -> dict:
    return {
        "WARNING": "TEST KEYS, NOT SECRET: published with the tests. Never use them elsewhere.",
        "dofa": {
            "agency": DOFA,
            "signing_key": _raw(Ed25519PrivateKey.generate()),
            "decryption_identity": str(x25519.Identity.generate()),
            "escrow_identity": str(x25519.Identity.generate()),
        },
        "syt": {"agency": AGENCY, "age_identity": str(x25519.Identity.generate())},
        "stranger": {"signing_key": _raw(Ed25519PrivateKey.generate())},
    }


# --- the agency workstation that reads the corpus --------------------------------------------


def _kit(station: Workstation, dofa: dict) -> dict:
    public_key = signing_key(dofa["signing_key"]).public_key()
    return {
        "format": 1,
        "kind": "setup-kit",
        "kit_id": KIT_ID,
        "created_at": FIXED_TIME,
        "agency": station.agency_code,
        "dofa": {
            "agency": DOFA,
            "name_vi": register.get(DOFA).name_vi,
            "signing_public_key_pem": keys.public_pem(public_key),
            "fingerprint": keys.fingerprint(public_key),
            "age_recipient": recipient(dofa["decryption_identity"]),
            "escrow_recipient": recipient(dofa["escrow_identity"]),
        },
        "plan": json.loads(catalogue.active_plan().source_json),
        "register": register.snapshot(),
    }


def agency_station(folder: Path) -> Workstation:
    """An SYT workstation bound to the corpus DoFA, holding SYT's committed age identity.

    Its database stays open. The profile's own new keys go to the keyring the environment
    names (PLANTRACKER_TEST_KEYRING), and its decryption identity is then overwritten there.
    """
    committed = load_keys()
    station = workstations.create(folder, AGENCY, consolidating=False)
    kit = _kit(station, committed["dofa"])
    kit_file = folder / f"{KIT_ID}.ptkit"
    private_key = signing_key(committed["dofa"]["signing_key"])
    kit_file.write_bytes(trust._signed_file("kit", kit, private_key))
    station.close()  # the kit's set-up opens it again
    station = trust.setup_from_kit(folder, kit_file, kit["dofa"]["fingerprint"])
    kit_file.unlink()
    identity = committed["syt"]["age_identity"]
    secrets.set(keys.profile_id(), f"{keys.DECRYPTION}-identity", identity)
    with db.atomic():
        Setting.insert(
            key=f"age.{keys.DECRYPTION}", value=recipient(identity)
        ).on_conflict_replace().execute()
        audit.record("test.corpus_reply_keys", recipient=recipient(identity))
    return station


def raise_plan_version(version: int = 2) -> str:
    """Give the open workstation a newer version of its plan, as a later reply would."""
    plan = json.loads(catalogue.active_plan().source_json)
    newer = copy.deepcopy(plan)
    newer["version"] = version
    return catalogue.update_plan(open_session(), newer)


# --- the replies ----------------------------------------------------------------------------


def _reply(addressee: str, plan: dict, register_snapshot: dict, sequence: int) -> dict:
    return {
        "format": 1,
        "kind": "reply",
        "agency": addressee,
        "dofa": DOFA,
        "sequence": sequence,
        "created_at": FIXED_TIME,
        "receipts": [],
        "returns": [],
        "plan": plan,
        "register": register_snapshot,
    }


def _pack(out: Path, reply: dict, signer: Ed25519PrivateKey, to: str) -> None:
    manifest_fields = {
        "kind": "reply",
        "agency": reply["agency"],
        "dofa": reply["dofa"],
        "sequence": reply["sequence"],
        "created_at": reply["created_at"],
        "signing_key": keys.fingerprint(signer.public_key()),
    }
    files = {"reply.json": canonical_bytes(reply)}
    bundle_format.pack(out, manifest_fields, files, signer, [to])


def write_case(name: str, out: Path, plan: dict, register_snapshot: dict) -> Path:
    """Write one case (or reply_valid); plan and register as the corpus station has them."""
    committed = load_keys()
    dofa_key = signing_key(committed["dofa"]["signing_key"])
    to_syt = recipient(committed["syt"]["age_identity"])
    plan_v1 = {**plan, "version": 1}
    if name == VALID:
        _pack(out, _reply(AGENCY, plan_v1, register_snapshot, 1), dofa_key, to_syt)
    elif name == "reply_other_agency":
        _pack(out, _reply(OTHER_AGENCY, plan_v1, register_snapshot, 2), dofa_key, to_syt)
    elif name == "reply_older_plan":
        _pack(out, _reply(AGENCY, plan_v1, register_snapshot, 3), dofa_key, to_syt)
    elif name == "reply_not_dofa":
        stranger = signing_key(committed["stranger"]["signing_key"])
        _pack(out, _reply(AGENCY, plan_v1, register_snapshot, 4), stranger, to_syt)
    else:
        raise KeyError(name)
    return out


def write_all(folder: Path) -> list[Path]:
    """Every case and the valid control into folder, from a throwaway corpus station."""
    with tempfile.TemporaryDirectory() as scratch:
        previous = os.environ.get("PLANTRACKER_TEST_KEYRING")
        os.environ["PLANTRACKER_TEST_KEYRING"] = str(Path(scratch) / "keyring.json")
        try:
            agency_station(Path(scratch) / "syt")
            plan = json.loads(catalogue.active_plan().source_json)
            register_snapshot = register.snapshot()
        finally:
            close_open_session()
            if previous is None:
                os.environ.pop("PLANTRACKER_TEST_KEYRING", None)
            else:
                os.environ["PLANTRACKER_TEST_KEYRING"] = previous
    names = [VALID, *CASES]
    return [write_case(n, folder / f"{n}.ptbundle", plan, register_snapshot) for n in names]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--new-keys", action="store_true", help="make new TEST keys first")
    args = parser.parse_args()
    if args.new_keys or not KEYS_FILE.exists():
        KEYS_FILE.write_text(json.dumps(new_keys(), indent=1) + "\n", encoding="utf-8")
    for path in write_all(CORPUS):
        print(path.relative_to(REPO))


if __name__ == "__main__":
    main()
