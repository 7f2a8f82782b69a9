"""Regenerate the bad-bundle corpus (tests/corpus/*.ptbundle) from tests/corpus/keys.json.

    .venv/bin/python tests/corpus/make_corpus.py            # rewrite every case from the keys
    .venv/bin/python tests/corpus/make_corpus.py --new-keys # make new TEST keys first

The content is reproducible: every report, manifest and signature is the same on each run
(fixed times, Ed25519 signatures are deterministic). The age layer is not: age encrypts each
file with a fresh random file key, so regenerated files differ in bytes but not in meaning.
Each defect is made at its own layer: bundle_format.pack where it can make it, otherwise the
zip is assembled by hand (zipfile) and encrypted with pyrage, as pack would.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import os
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
# Building a signed report needs a throwaway workstation, whose own keys go to a temporary
# file keyring (tests/keyring_backend.py) and are thrown away with it.
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.keyring_backend.FileKeyring"

from cryptography.hazmat.primitives import serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402
from pyrage import x25519  # noqa: E402

from app.models.session import close_open_session  # noqa: E402
from app.services.core.wire import canonical_bytes  # noqa: E402
from app.services.exchange import bundle_format  # noqa: E402
from app.services.reports import doc_settings, reports, signoff  # noqa: E402
from tests import workstations  # noqa: E402
from tests.bundle_forge import (  # noqa: E402
    ZIP_TIME,
    dofa_recipients,
    encrypt_bytes,
    encrypt_zip,
    listed,
    signed_manifest,
)
from tests.corpus_station import (  # noqa: E402
    CASES,
    CORPUS,
    FIXED_TIME,
    KEYS_FILE,
    SENDER,
    fingerprint_of,
    load_keys,
    recipient,
    signing_key,
)
from tests.reporting import approver, complete_draft  # noqa: E402

PERIOD = "2026-Y"
EVIDENCE = ("bien-ban-hop.txt", "Biên bản họp triển khai kế hoạch 590/QĐ-UBND.\n".encode())
BOMB_BYTES = 2_000_000_000  # under the 2 GiB total limit: the ratio check must catch it
UNENROLLED = "STP"  # the agency of the second, never enrolled key


def new_keys() -> dict:
    def ed25519() -> str:
        raw = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        return base64.b64encode(raw).decode("ascii")

    def age() -> str:
        return str(x25519.Identity.generate())

    return {
        "WARNING": "TEST KEYS, NOT SECRET: published with the tests. Never use them elsewhere.",
        "dofa": {
            "agency": "SNGV",
            "signing_key": ed25519(),
            "decryption_identity": age(),
            "escrow_identity": age(),
        },
        "syt": {"agency": SENDER, "signing_key": ed25519(), "age_identity": age()},
        "unenrolled": {"agency": UNENROLLED, "signing_key": ed25519(), "age_identity": age()},
        "other_recipient": {"identity": age()},
        "formats": "signing keys: base64 of the raw 32-byte Ed25519 private key; "
        "identities: age X25519 identities (AGE-SECRET-KEY-1...)",
    }


def signed_report(workdir: Path, code: str, b64_key: str) -> dict[str, bytes]:
    """A report revision as the agency signs it: content, signature and evidence files."""
    station = workstations.create(workdir / code, code, consolidating=False)
    signer = approver(station)
    report = complete_draft(station, PERIOD, "Đã triển khai")
    source = workdir / EVIDENCE[0]
    source.write_bytes(EVIDENCE[1])
    reports.attach(station, report, reports.entry_views(report)[0].duty.ref, source)
    abbreviation = doc_settings.load(report.agency).abbreviation
    content = signoff.build_content(report, signer, FIXED_TIME, f"1/BC-{abbreviation}")
    close_open_session()
    data = canonical_bytes(content)
    return {
        f"reports/{PERIOD}-r1.json": data,
        f"reports/{PERIOD}-r1.sig": signing_key(b64_key).sign(data),
        f"evidence/{hashlib.sha256(EVIDENCE[1]).hexdigest()}": EVIDENCE[1],
    }


def manifest_fields(code: str, b64_key: str, files: dict[str, bytes], sequence: int) -> dict:
    content = files[f"reports/{PERIOD}-r1.json"]
    return {
        "kind": "report-bundle",
        "agency": code,
        "sequence": sequence,
        "previous_manifest_sha256": None,
        "created_at": FIXED_TIME,
        "signing_key": fingerprint_of(b64_key),
        "reports": [
            {
                "period": PERIOD,
                "revision": 1,
                "content": f"reports/{PERIOD}-r1.json",
                "signature": f"reports/{PERIOD}-r1.sig",
                "content_sha256": hashlib.sha256(content).hexdigest(),
                "signing_key": fingerprint_of(b64_key),
            }
        ],
    }


def hand_made(out, fields, listed_files, zip_files, b64_key, recipients, fmt=None) -> None:
    """A bundle whose signed manifest lists listed_files while the zip holds zip_files."""
    manifest = {
        **fields,
        "format": fmt or bundle_format.FORMAT_VERSION,
        "files": listed(listed_files),
    }
    encrypt_zip(out, signed_manifest(manifest, b64_key) + sorted(zip_files.items()), recipients)


def zip_bomb(out: Path, fields: dict, b64_key: str, recipients: list[str]) -> None:
    """BOMB_BYTES zeros in one deflated entry, listed with their true size and hash."""
    chunk = bytes(1024 * 1024)
    digest = hashlib.sha256()
    for _ in range(BOMB_BYTES // len(chunk)):
        digest.update(chunk)
    digest.update(bytes(BOMB_BYTES % len(chunk)))
    name = f"evidence/{digest.hexdigest()}"
    manifest = {
        **fields,
        "format": bundle_format.FORMAT_VERSION,
        "files": [{"path": name, "size": BOMB_BYTES, "sha256": digest.hexdigest()}],
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compresslevel=9) as archive:
        for entry, data in signed_manifest(manifest, b64_key):
            archive.writestr(entry, data, zipfile.ZIP_DEFLATED)
        info = zipfile.ZipInfo(name, ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as member:
            for _ in range(BOMB_BYTES // len(chunk)):
                member.write(chunk)
            member.write(bytes(BOMB_BYTES % len(chunk)))
    encrypt_bytes(out, buffer.getvalue(), recipients)


def _edit(path: list, value=None, drop: bool = False):
    """An edit of a JSON tree at path (keys and indexes); drop removes the last key."""

    def apply(tree: dict) -> bytes:
        node = tree
        for key in path[:-1]:
            node = node[key]
        if drop:
            del node[path[-1]]
        else:
            node[path[-1]] = value
        return canonical_bytes(tree)

    return apply


def _raw(make_bytes):
    """An edit that writes the bytes itself (what canonical_bytes would never produce)."""
    return lambda tree: make_bytes(tree)


def _plain(tree: dict, **options) -> bytes:
    return json.dumps(tree, ensure_ascii=False, sort_keys=True, **options).encode("utf-8")


ATTACHMENT = ["entries", 0, "attachments", 0]


def _first_hash(tree: dict) -> str:
    return tree["entries"][0]["attachments"][0]["sha256"]


REPORT_EDITS = {
    "report_without_document": _edit(["document"], drop=True),
    "report_attachment_path": _edit(
        [*ATTACHMENT], {"name": "../../x", "sha256": "/etc/hostname", "size": 58}
    ),
    "report_attachment_backslash": _edit([*ATTACHMENT, "name"], "..\\..\\x.txt"),
    "report_attachment_control": _edit([*ATTACHMENT, "name"], "bien\u0007ban.txt"),
    "report_unknown_field": _edit(["note"], "thêm"),
    "report_progress_text": _edit(["entries", 0, "progress"], "50"),
    "report_progress_over": _edit(["entries", 0, "progress"], 150),
    "report_status_unknown": _edit(["entries", 0, "status"], "finished"),
    "report_signed_at_words": _edit(["signed_at"], "hôm qua"),
    "report_date_dmy": _edit(["period", "start"], "15/12/2025"),
    "report_text_too_long": _edit(["entries", 0, "results"], "x" * 20_001),
    "report_not_nfc": _raw(
        lambda t: _plain(
            {**t, "amendment_reason": unicodedata.normalize("NFD", "Bổ sung")},
            separators=(",", ":"),
        )
    ),
    "report_not_canonical": _raw(lambda t: _plain(t, indent=1)),
    "report_duplicate_key": _raw(
        lambda t: canonical_bytes(t).replace(b'"revision":1', b'"revision":1,"revision":1', 1)
    ),
    "report_entries_object": _edit(["entries"], {}),
    "report_signer_null": _edit(["signer"], None),
    "report_hash_upper": _raw(lambda t: _edit([*ATTACHMENT, "sha256"], _first_hash(t).upper())(t)),
    "report_not_json": _raw(lambda t: b"\xff\xfe not json"),
    "report_newer_format": _edit(["format"], 2),
}
MANIFEST_EDITS = {
    "manifest_unknown_field": _edit(["note"], "thêm"),
    "manifest_sequence_zero": _edit(["sequence"], 0),
    "manifest_created_at_words": _edit(["created_at"], "2026-12-20 09:00"),
    "manifest_report_path": _edit(["reports", 0, "content"], "reports/../x"),
    "manifest_previous_not_hex": _edit(["previous_manifest_sha256"], "abc"),
    "manifest_not_canonical": _raw(lambda t: _plain(t, indent=1)),
    "manifest_duplicate_key": _raw(
        lambda t: canonical_bytes(t).replace(b'"sequence":1', b'"sequence":1,"sequence":1', 1)
    ),
}


def shapes(out, fields: dict, syt_files: dict[str, bytes], syt_key: str) -> None:
    """The shapes the wire parser refuses, each in a bundle whose signatures are all good."""
    content_name = f"reports/{PERIOD}-r1.json"
    signature_name = f"reports/{PERIOD}-r1.sig"
    for case, edit in REPORT_EDITS.items():
        data = edit(json.loads(syt_files[content_name]))
        files = {**syt_files, content_name: data, signature_name: signing_key(syt_key).sign(data)}
        case_fields = json.loads(json.dumps(fields))
        case_fields["reports"][0]["content_sha256"] = hashlib.sha256(data).hexdigest()
        hand_made(out(case), case_fields, files, files, syt_key, dofa_recipients())
    for case, edit in MANIFEST_EDITS.items():
        manifest = {**fields, "format": bundle_format.FORMAT_VERSION, "files": listed(syt_files)}
        data = edit(json.loads(json.dumps(manifest)))
        entries = [("manifest.json", data), ("manifest.sig", signing_key(syt_key).sign(data))]
        encrypt_zip(out(case), entries + sorted(syt_files.items()), dofa_recipients())
    # Anyone holding DoFA's public recipient can make this: no key is needed.
    claim = {**fields, "agency": "XYZ", "format": bundle_format.FORMAT_VERSION}
    claim["files"] = listed(syt_files)
    entries = [("manifest.json", canonical_bytes(claim)), ("manifest.sig", bytes(64))]
    encrypt_zip(
        out("unknown_agency_revoked_key"), entries + sorted(syt_files.items()), dofa_recipients()
    )


def make(target: Path, only: set[str] | None = None) -> dict[str, int]:
    committed = load_keys()
    syt_key = committed["syt"]["signing_key"]
    other_key = committed["unenrolled"]["signing_key"]
    to_dofa = dofa_recipients()
    with tempfile.TemporaryDirectory() as scratch:
        workdir = Path(scratch)
        os.environ["PLANTRACKER_TEST_KEYRING"] = str(workdir / "keyring.json")
        syt_files = signed_report(workdir, SENDER, syt_key)
        stp_files = signed_report(workdir, UNENROLLED, other_key)
    # SYT's very report, signed by the key that SYT never enrolled.
    content_name = f"reports/{PERIOD}-r1.json"
    content = syt_files[content_name]
    impostor_files = {**syt_files, f"reports/{PERIOD}-r1.sig": signing_key(other_key).sign(content)}
    fields = manifest_fields(SENDER, syt_key, syt_files, 1)

    elsewhere = Path(tempfile.mkdtemp())

    def out(case: str) -> Path:
        return (target if only is None or case in only else elsewhere) / f"{case}.ptbundle"

    def pack(case, case_fields, files, b64_key, recipients=to_dofa) -> None:
        bundle_format.pack(out(case), case_fields, files, signing_key(b64_key), recipients)

    pack("valid", fields, syt_files, syt_key)
    pack("revoked_key", manifest_fields(SENDER, syt_key, syt_files, 2), syt_files, syt_key)
    valid = out("valid").read_bytes()
    header_end = valid.index(b"\n---") + 1
    header_end = valid.index(b"\n", header_end) + 1  # the payload starts after the MAC line
    out("truncated").write_bytes(valid[: len(valid) // 2])
    flipped = bytearray(valid)
    flipped[(header_end + len(valid)) // 2] ^= 0x20
    out("flipped_byte").write_bytes(bytes(flipped))
    other = [recipient(committed["other_recipient"]["identity"])]
    pack("other_recipient", fields, syt_files, syt_key, other)
    stp_fields = manifest_fields(UNENROLLED, other_key, stp_files, 1)
    pack("unknown_sender", stp_fields, stp_files, other_key)
    impostor = manifest_fields(SENDER, other_key, impostor_files, 1)
    pack("unknown_key", impostor, impostor_files, other_key)
    # The manifest names SYT's enrolled key, but the other key signs it.
    pack("wrong_signature", fields, syt_files, other_key)
    # SYT signs the manifest, but the report's own signature is the other key's.
    pack("wrong_report_signature", fields, impostor_files, syt_key)

    changed = content.replace(b'"progress":50', b'"progress":90', 1)
    assert changed != content and len(changed) == len(content)
    tampered = {**syt_files, content_name: changed}
    hand_made(out("hash_mismatch"), fields, syt_files, tampered, syt_key, to_dofa)
    longer = {**syt_files, content_name: content + b" " * 64}
    hand_made(out("larger_than_declared"), fields, syt_files, longer, syt_key, to_dofa)
    hand_made(out("newer_format"), fields, syt_files, syt_files, syt_key, to_dofa, fmt=2)
    for case, bad_name in (
        ("path_traversal", "../../../.bashrc"),
        ("absolute_path", "/etc/cron.d/plantracker"),
    ):
        tricky = {**syt_files, bad_name: b"echo owned\n"}
        hand_made(out(case), fields, tricky, tricky, syt_key, to_dofa)
    extra = {**syt_files, "reports/notes.txt": b"not in the manifest\n"}
    hand_made(out("unlisted_file"), fields, syt_files, extra, syt_key, to_dofa)
    zip_bomb(out("zip_bomb"), fields, syt_key, to_dofa)
    out("not_a_bundle").write_bytes(
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        b"trailer << /Root 1 0 R >>\n%%EOF\n"
    )
    encrypt_bytes(out("not_a_zip"), "Báo cáo 6 tháng đầu năm 2026\n".encode(), to_dofa)
    out("empty").write_bytes(b"")
    shapes(out, fields, syt_files, syt_key)
    made = {case: out(case).stat().st_size for case in ("valid", *CASES)}
    for leftover in elsewhere.iterdir():
        leftover.unlink()
    elsewhere.rmdir()
    assert set(made) == {p.stem for p in target.glob("*.ptbundle")}, "a stray corpus file"
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--new-keys", action="store_true", help="replace keys.json first")
    parser.add_argument("--out", type=Path, default=CORPUS, help="folder (default: the corpus)")
    parser.add_argument("--only", nargs="+", metavar="CASE", help="write only these cases")
    args = parser.parse_args()
    if args.new_keys or not KEYS_FILE.exists():
        text = json.dumps(new_keys(), indent=1, ensure_ascii=False) + "\n"
        KEYS_FILE.write_text(text, encoding="utf-8")
    args.out.mkdir(parents=True, exist_ok=True)
    for case, size in make(args.out, set(args.only) if args.only else None).items():
        print(f"{case:24} {size:>9} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
