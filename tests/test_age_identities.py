"""A workstation's age identities (AgeIdentity) are named in refusals as the label table
names them: "khóa giải mã", "khóa lưu ký dự phòng"; English keeps the plain word."""

from __future__ import annotations

import pyrage
import pytest

from app.models import Setting
from app.services.core import labels
from app.services.core.errors import UserError
from app.services.core.vocabulary import AgeIdentity
from app.services.keys import keys, secrets
from tests import workstations


@pytest.fixture
def dofa(tmp_path):
    return workstations.create(tmp_path / "dofa", "SNGV", consolidating=True)


def _refusal(station, name: AgeIdentity) -> UserError:
    with pytest.raises(UserError) as caught:
        keys.load_age_identity(station.folder, name)
    return caught.value


def test_keys_module_names_the_enum_s_members():
    assert keys.DECRYPTION is AgeIdentity.DECRYPTION and keys.ESCROW is AgeIdentity.ESCROW
    assert labels.label(AgeIdentity.ESCROW) == "Khóa lưu ký dự phòng"
    assert labels.label(AgeIdentity.ESCROW, "en") == "Escrow key"


def test_an_agency_has_no_escrow_key(tmp_path):
    agency = workstations.create(tmp_path / "syt", "SYT", consolidating=False)
    refused = _refusal(agency, keys.ESCROW)
    assert str(refused) == "this workstation has no escrow key"
    assert refused.message("vi") == "Máy này không có khóa lưu ký dự phòng"


def test_a_key_gone_from_the_secret_store(dofa):
    secrets.delete(keys.profile_id(), f"{keys.DECRYPTION}-identity")
    refused = _refusal(dofa, keys.DECRYPTION)
    assert str(refused) == (
        "the decryption key is missing from the OS secret store; restore it from a key backup"
    )
    assert refused.message("vi") == (
        "Kho bí mật của hệ điều hành không còn khóa giải mã; hãy khôi phục từ bản sao lưu khóa"
    )


def test_a_key_that_is_not_the_one_on_record(dofa):
    other = str(pyrage.x25519.Identity.generate().to_public())
    Setting.update(value=other).where(Setting.key == f"age.{keys.ESCROW}").execute()
    refused = _refusal(dofa, keys.ESCROW)
    assert str(refused).startswith("the escrow key kept on this computer is not the one")
    assert refused.message("vi").startswith(
        "Trên máy này, khóa lưu ký dự phòng đang lưu không phải khóa mà hồ sơ của máy ghi nhận"
    )


def test_a_key_gone_from_the_office_database_is_named_not_its_slot(pg_server, tmp_path):
    from app.services.keys import sealed

    passphrase = "office-passphrase-2026"
    url = pg_server.new_database()
    office = workstations.create(tmp_path / "pc1", "SNGV", True, passphrase, database_url=url)
    for slot in (f"{keys.DECRYPTION}-identity", keys.signing_slot()):
        Setting.delete().where(Setting.key == sealed.PREFIX + slot).execute()
    sealed.lock()  # a new session: nothing opened yet
    refused = _refusal(office, keys.DECRYPTION)
    assert str(refused) == (
        "the decryption key is missing from the office database; restore it from a key backup"
    )
    assert refused.message("vi") == (
        "Cơ sở dữ liệu của văn phòng không còn khóa giải mã; hãy khôi phục từ bản sao lưu khóa"
    )
    with pytest.raises(UserError) as caught:
        keys.load_signing_key(office.folder, passphrase)
    assert caught.value.message("vi").startswith("Cơ sở dữ liệu của văn phòng không còn khóa ký;")
