"""The wire format's parsers: strict, total (only WireError escapes), and exact round trips.

The corpus's valid bundle gives real signed bytes; hypothesis edits them at random (any JSON
value at any place, fields dropped, bytes flipped). Whatever it makes, a parser either returns
an object whose canonical bytes are the bytes it read, or raises WireError naming the kind.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyrage import x25519

from app.services.core.wire import (
    Enrolment,
    Entry,
    Manifest,
    Reply,
    ReportContent,
    SetupKit,
    WireError,
    canonical_bytes,
    is_safe_file_name,
    read_signed_file,
)
from app.services.core.wire.fields import Fields, clean_file_name, is_plain_document
from app.services.core.wire.manifest import listing
from app.services.reports import evidence
from tests.bundle_forge import apply_edits, valid_contents

REPORT = "reports/2026-Y-r1.json"


@pytest.fixture(scope="module")
def signed() -> dict[str, bytes]:
    return valid_contents()


def test_the_valid_bundle_parses_and_gives_back_its_exact_bytes(signed):
    manifest = Manifest.parse(signed["manifest.json"])
    assert manifest.canonical_bytes() == signed["manifest.json"]
    assert (manifest.kind, manifest.agency, manifest.sequence) == ("report-bundle", "SYT", 1)
    content = ReportContent.parse(signed[REPORT])
    assert content.canonical_bytes() == signed[REPORT]
    assert content.period.id == "2026-Y" and content.revision == 1
    assert content.entries[0].attachments[0].name == "bien-ban-hop.txt"
    assert content.signed_time.utcoffset().total_seconds() == 7 * 3600
    version, files = listing(signed["manifest.json"])
    assert version == 1 and {f.path for f in files} == {f.path for f in manifest.files}


def test_typed_objects_are_frozen(signed):
    content = ReportContent.parse(signed[REPORT])
    with pytest.raises(AttributeError):
        content.revision = 2  # type: ignore[misc]


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("bien-ban.pdf", True),
        ("Biên bản họp.docx", True),
        ("../../x", False),
        ("..", False),
        ("a/b.txt", False),
        ("a\\b.txt", False),
        ("bien\x07ban.txt", False),
        ("report\u202etxt.exe", False),  # right-to-left override hides the real extension
        ("CON.txt", False),
        ("notes.", False),
        (" leading", False),
        ("", False),
        ("x" * 256, False),
    ],
)
def test_file_names_are_bare_and_safe_everywhere(name, safe):
    assert is_safe_file_name(name) is safe
    assert is_safe_file_name(clean_file_name(name))


def test_an_attachment_copy_never_leaves_the_chosen_folder(tmp_path):
    folder = tmp_path / "chosen"
    folder.mkdir()
    for name in ("../../x", "/etc/hostname", "..\\..\\x", "a/../../b", "..", "CON"):
        target = evidence.copy_target(folder, name)
        assert target.parent == folder and target.resolve().parent == folder.resolve(), name
    assert evidence.copy_target(folder, "Biên bản.pdf") == folder / "Biên bản.pdf"


def test_a_kit_and_an_enrolment_are_read_strictly(tmp_path):
    body = {"format": 1, "kind": "enrollment", "kit_id": "k", "agency": "SYT", "name_vi": "Sở"}
    data = json.dumps({"enrollment": body, "signature": "AAAA"}).encode()
    signed_file = read_signed_file(data, "enrollment", "bad_enrolment")
    assert signed_file.signed_bytes == canonical_bytes(body)
    with pytest.raises(WireError) as refused:
        Enrolment.read(signed_file.body)
    assert refused.value.code == "bad_enrolment" and "missing" in str(refused.value)
    twice = b'{"enrollment": {}, "enrollment": {}, "signature": "AAAA"}'
    with pytest.raises(WireError):
        read_signed_file(twice, "enrollment", "bad_enrolment")
    with pytest.raises(WireError) as refused:
        SetupKit.read({"format": 2, "kind": "setup-kit"})
    assert refused.value.code == "newer_format"


# --- fuzzing: only WireError ever escapes ------------------------------------------------

ANY_JSON = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**80), max_value=2**80),
        st.floats(allow_nan=False),
        st.text(max_size=30),
        st.sampled_from(["", "..", "../x", "2026-Y", "a" * 64, "2026-12-20T09:00:00+07:00"]),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)
EDIT = st.tuples(st.integers(min_value=0, max_value=10_000), st.booleans(), ANY_JSON)


def edited(data: bytes, edits) -> bytes:
    return canonical_bytes(apply_edits(json.loads(data), edits))


def _parse_or_refuse(parse, data: bytes, codes: set[str]) -> None:
    try:
        parsed = parse(data)
    except WireError as exc:
        assert exc.code in codes, exc.code
        assert str(exc) and exc.message("vi")
        return
    assert parsed.canonical_bytes() == data  # what was accepted is exactly what was read


FUZZ = settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(edits=st.lists(EDIT, min_size=1, max_size=4))
def test_edited_report_contents_parse_or_are_refused_by_name(signed, edits):
    data = edited(signed[REPORT], edits)
    _parse_or_refuse(ReportContent.parse, data, {"bad_report", "newer_format"})


@FUZZ
@given(edits=st.lists(EDIT, min_size=1, max_size=4))
def test_edited_manifests_parse_or_are_refused_by_name(signed, edits):
    data = edited(signed["manifest.json"], edits)
    _parse_or_refuse(Manifest.parse, data, {"bad_manifest", "newer_format"})
    try:
        listing(data)
    except WireError as exc:
        assert exc.code == "bad_manifest"


@FUZZ
@given(position=st.integers(min_value=0), value=st.integers(min_value=1, max_value=255))
def test_damaged_report_bytes_parse_or_are_refused_by_name(signed, position, value):
    data = bytearray(signed[REPORT])
    data[position % len(data)] ^= value
    _parse_or_refuse(ReportContent.parse, bytes(data), {"bad_report", "newer_format"})


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_arbitrary_bytes_are_refused_by_name(data):
    for parse, code in ((ReportContent.parse, "bad_report"), (Manifest.parse, "bad_manifest")):
        with pytest.raises(WireError) as refused:
            parse(data)
        assert refused.value.code == code


@pytest.mark.parametrize("depth", [100_000, 990, 500])
def test_deep_nesting_is_refused_not_a_crash(depth):
    deep = b"[" * depth + b"]" * depth
    with pytest.raises(WireError):
        ReportContent.parse(b'{"format":' + deep + b"}")
    with pytest.raises(WireError):
        listing(b'{"format": 1, "files": ' + deep + b"}")


# --- replies, kits and enrolment files ------------------------------------------------------


@pytest.fixture(scope="module")
def reply_files() -> dict[str, bytes]:
    """The committed valid reply (tests/corpus_replies), opened with its TEST identity."""
    folder = Path(__file__).with_name("corpus_replies")
    identity = json.loads((folder / "keys.json").read_text())["syt"]["age_identity"]
    plain = pyrage.decrypt(
        (folder / "reply_valid.ptbundle").read_bytes(), [x25519.Identity.from_str(identity)]
    )
    archive = zipfile.ZipFile(io.BytesIO(plain))
    return {name: archive.read(name) for name in archive.namelist()}


def test_a_reply_and_its_manifest_parse(reply_files):
    reply = Reply.parse(reply_files["reply.json"])
    assert (reply.agency, reply.dofa, reply.sequence) == ("SYT", "SNGV", 1)
    assert reply.plan.code == "590-2014" and reply.register.version >= 1
    manifest = Manifest.parse(reply_files["manifest.json"])
    assert (manifest.kind, manifest.dofa, manifest.reports) == ("reply", "SNGV", ())
    assert manifest.canonical_bytes() == reply_files["manifest.json"]


@FUZZ
@given(edits=st.lists(EDIT, min_size=1, max_size=4))
def test_edited_replies_are_read_or_refused_by_name(reply_files, edits):
    data = edited(reply_files["reply.json"], edits)
    try:
        Reply.parse(data)
    except WireError as exc:
        assert exc.code in ("bad_reply", "newer_format"), exc.code


ENROLMENT = {
    "format": 1,
    "kind": "enrollment",
    "kit_id": "0" * 32,
    "agency": "SYT",
    "name_vi": "Sở Y tế",
    "signing_public_key_pem": "-----BEGIN PUBLIC KEY-----\nMCowBQ…\n-----END PUBLIC KEY-----\n",
    "fingerprint": "ABCD-EFGH-IJKL-MNOP-QRST",
    "age_recipient": "age1" + "q" * 58,
    "created_at": "2026-12-20T09:00:00+07:00",
}


def test_a_whole_enrolment_body_is_read():
    body = Enrolment.read(dict(ENROLMENT))
    assert (body.agency, body.fingerprint) == ("SYT", "ABCD-EFGH-IJKL-MNOP-QRST")


@FUZZ
@given(edits=st.lists(EDIT, min_size=1, max_size=3))
def test_edited_enrolments_are_read_or_refused_by_name(edits):
    body = apply_edits(json.loads(json.dumps(ENROLMENT)), edits)
    try:
        Enrolment.read(body)
    except WireError as exc:
        assert exc.code in ("bad_enrolment", "newer_format"), exc.code


ODD_VALUES = [
    None, True, False, -1, 0, 1, 100, 101, 1.5, "", "done", "ongoing", "1.2", "e\u0301",
    "a\u202eb", "a\x00b", "tab\there", "x" * 41, "x" * 20_001, "dòng\nhai",
    "\n\u0303", "a\r\nb", "a\\nb", 'say "x"', "a\\", "\u00a0", "\u2028", "\u00ad", "\ud800",
    [], [1], {}, {"a": 1},
]  # fmt: skip
ENTRY_KEYS = [
    "ref", "section", "duty_text", "status", "progress", "results", "difficulties",
    "proposals", "attachments", "extra",
]  # fmt: skip


def _quick_agrees_with_full(entry: dict) -> None:
    # The entry as a canonical report holds it: its texts pass is_plain_document or not.
    as_sent = json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    plain_texts = is_plain_document(as_sent)
    quick = [Entry.read_plain(entry), Entry.read_plain(entry, plain_texts)]
    try:
        full = Entry.read(Fields(entry, "entries[1]", "bad_report"))
    except WireError:
        assert quick == [None, None]
    else:
        assert all(q is None or q == full for q in quick)


def _plain_entry(signed) -> dict:
    return dict(json.loads(signed[REPORT])["entries"][1])


@pytest.mark.parametrize("key", ENTRY_KEYS)
def test_the_quick_entry_reader_accepts_only_what_the_full_reader_accepts(signed, key):
    for value in ODD_VALUES:
        _quick_agrees_with_full({**_plain_entry(signed), key: value})
    _quick_agrees_with_full({k: v for k, v in _plain_entry(signed).items() if k != key})


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    changes=st.dictionaries(
        st.sampled_from(ENTRY_KEYS),
        st.one_of(st.sampled_from(ODD_VALUES), st.text(max_size=8), st.integers(-3, 103)),
        max_size=3,
    ),
    dropped=st.sets(st.sampled_from(ENTRY_KEYS), max_size=2),
)
def test_edited_entries_are_read_alike_quickly_or_fully(signed, changes, dropped):
    entry = {k: v for k, v in _plain_entry(signed).items() if k not in dropped}
    _quick_agrees_with_full({**entry, **changes})


def test_a_plain_entry_is_read_quickly_and_one_with_evidence_fully(signed):
    entries = json.loads(signed[REPORT])["entries"]
    plain = [e for e in entries if not e["attachments"]]
    with_files = [e for e in entries if e["attachments"]]
    assert plain and with_files  # the corpus holds both kinds
    for entry in plain:
        assert Entry.read_plain(entry) == Entry.read(Fields(entry, "entries[0]", "bad_report"))
    assert all(Entry.read_plain(e) is None for e in with_files)
