"""A bundle's manifest and the key-rotation statement it may carry (docs/bundle-format.md §3).

Two readings of the same bytes: `listing(data)` reads only `format` and `files`, which the zip
checks need before anyone knows who signed; `Manifest.parse(data)` reads everything, and runs
right after the manifest's signature has been checked over those bytes.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import datetime

from app.services.core.wire.canonical import canonical_bytes
from app.services.core.wire.fields import (
    BASE64_FORM,
    PERIOD_FORM,
    PERIOD_ID,
    Fields,
    WireError,
    load_json,
)

BUNDLE_FORMAT = 1
CODE = "bad_manifest"
KINDS = ("report-bundle", "reply")
REPORT_PATH = re.compile(r"reports/[A-Za-z0-9][A-Za-z0-9._-]{0,80}")
BUNDLE_PATH = re.compile(
    r"reply\.json|reports/[A-Za-z0-9][A-Za-z0-9._-]{0,80}|evidence/[0-9a-f]{64}"
)
MAX_BYTES = 2 * 1024 * 1024 * 1024
REPORT_PATH_FORM = ("a path reports/…", "một đường dẫn reports/…")
MAX_PEM = 1000


@dataclass(frozen=True)
class FileListing:
    path: str
    size: int
    sha256: str

    @classmethod
    def read(cls, f: Fields) -> FileListing:
        made = cls(
            f.pattern(
                "path",
                BUNDLE_PATH,
                ("a path this format allows", "một đường dẫn định dạng này cho phép"),
            ),
            f.count("size", 0, MAX_BYTES),
            f.sha256("sha256"),
        )
        f.done()
        return made


def listing(data: bytes) -> tuple[int, tuple[FileListing, ...]]:
    """(format, files) of a manifest not yet known to be signed; the rest is read later."""
    f = Fields(load_json(data, CODE), "", CODE)
    version = f.count("format", 1)
    if version > BUNDLE_FORMAT:
        return version, ()
    files = f.objects("files", FileListing.read)
    if len({x.path for x in files}) != len(files):
        raise WireError("files lists a path twice", code=CODE)
    return version, files


@dataclass(frozen=True)
class ReportItem:
    period: str
    revision: int
    content: str
    signature: str
    content_sha256: str
    signing_key: str
    pdf: str | None = None  # the PDF the approver signed with a token, when there is one
    # The clerk's signed statement of the report's number and date, once it was issued.
    issue: str | None = None
    issue_signature: str | None = None
    issue_signing_key: str | None = None

    @classmethod
    def read(cls, f: Fields) -> ReportItem:
        def path(name: str) -> str | None:
            return f.pattern(name, REPORT_PATH, REPORT_PATH_FORM) if f.has(name) else None

        made = cls(
            f.pattern("period", PERIOD_ID, PERIOD_FORM),
            f.count("revision", 1),
            f.pattern("content", REPORT_PATH, REPORT_PATH_FORM),
            f.pattern("signature", REPORT_PATH, REPORT_PATH_FORM),
            f.sha256("content_sha256"),
            f.fingerprint("signing_key"),
            path("pdf"),
            path("issue"),
            path("issue_signature"),
            f.fingerprint("issue_signing_key") if f.has("issue_signing_key") else None,
        )
        f.done()
        issued = (made.issue, made.issue_signature, made.issue_signing_key)
        if any(issued) and not all(issued):
            raise WireError(
                "{field} names an issue statement without its signature or key",
                code=CODE,
                field=f.path,
            )
        return made

    def files(self) -> tuple[str, ...]:
        optional = (self.pdf, self.issue, self.issue_signature)
        return (self.content, self.signature, *(name for name in optional if name))

    def as_dict(self) -> dict:
        optional = {
            "pdf": self.pdf,
            "issue": self.issue,
            "issue_signature": self.issue_signature,
            "issue_signing_key": self.issue_signing_key,
        }
        return {
            "period": self.period,
            "revision": self.revision,
            "content": self.content,
            "signature": self.signature,
            "content_sha256": self.content_sha256,
            "signing_key": self.signing_key,
            **{name: value for name, value in optional.items() if value is not None},
        }


@dataclass(frozen=True)
class KeyRotation:
    """The old key's signed word for the new one (docs/bundle-format.md §3)."""

    agency: str
    old_fingerprint: str
    new_fingerprint: str
    new_public_key_pem: str
    created_at: str
    signature: bytes

    @classmethod
    def read(cls, f: Fields) -> KeyRotation:
        f.choice("kind", ("key-rotation",))
        encoded = f.text("signature", 100)
        try:
            signature = base64.b64decode(encoded, validate=True)
            if base64.b64encode(signature).decode("ascii") != encoded:
                raise ValueError("not the canonical base64 of its bytes")
        except (binascii.Error, ValueError) as exc:
            raise f.wrong(f"{f.path}.signature", *BASE64_FORM) from exc
        made = cls(
            f.text("agency", 40),
            f.fingerprint("old_fingerprint"),
            f.fingerprint("new_fingerprint"),
            f.text("new_public_key_pem", MAX_PEM, lines=True),
            f.time("created_at"),
            signature,
        )
        f.done()
        return made

    def body(self) -> dict:
        """What the old key signed: the statement without its signature."""
        return {
            "kind": "key-rotation",
            "agency": self.agency,
            "old_fingerprint": self.old_fingerprint,
            "new_fingerprint": self.new_fingerprint,
            "new_public_key_pem": self.new_public_key_pem,
            "created_at": self.created_at,
        }

    def signed_bytes(self) -> bytes:
        return canonical_bytes(self.body())

    def as_dict(self) -> dict:
        return {**self.body(), "signature": base64.b64encode(self.signature).decode("ascii")}

    @classmethod
    def parse(cls, data: bytes) -> KeyRotation:
        return cls.read(Fields(load_json(data, CODE), "", CODE))


@dataclass(frozen=True)
class Manifest:
    kind: str
    agency: str
    sequence: int
    created_at: str
    signing_key: str
    files: tuple[FileListing, ...]
    reports: tuple[ReportItem, ...] = ()  # report-bundle only
    previous_manifest_sha256: str | None = None  # report-bundle only
    key_rotation: KeyRotation | None = None  # report-bundle only, after a rotation
    dofa: str | None = None  # reply only

    @property
    def created_time(self) -> datetime:
        return datetime.fromisoformat(self.created_at)

    @classmethod
    def parse(cls, data: bytes) -> Manifest:
        """The manifest of these exact (signed) bytes, or WireError(code="bad_manifest")."""
        f = Fields(load_json(data, CODE, canonical=True), "", CODE)
        if f.count("format", 1) > BUNDLE_FORMAT:
            raise WireError(
                "the bundle was made by a newer Plan Tracker (bundle format {version})",
                code="newer_format",
                version=f.raw("format"),
            )
        kind = f.choice("kind", KINDS)
        common = {
            "kind": kind,
            "agency": f.text("agency", 40),
            "sequence": f.count("sequence", 1),
            "created_at": f.time("created_at"),
            "signing_key": f.fingerprint("signing_key"),
            "files": f.objects("files", FileListing.read),
        }
        if kind == "reply":
            made = cls(**common, dofa=f.text("dofa", 40))
        else:
            rotation = f.obj("key_rotation", optional=True)
            made = cls(
                **common,
                reports=f.objects("reports", ReportItem.read, 1000),
                previous_manifest_sha256=f.sha256("previous_manifest_sha256", nullable=True),
                key_rotation=KeyRotation.read(rotation) if rotation else None,
            )
        f.done()
        made._check_paths()
        return made

    def _check_paths(self) -> None:
        listed = {x.path for x in self.files}
        if len(listed) != len(self.files):
            raise WireError("files lists a path twice", code=CODE)
        named = set()
        for index, item in enumerate(self.reports):
            for name in item.files():
                if name not in listed or name in named:
                    raise WireError(
                        "{field} names a file the bundle does not list, or one already named",
                        code=CODE,
                        field=f"reports[{index}]",
                    )
                named.add(name)
        pairs = [(r.period, r.revision) for r in self.reports]
        if len(set(pairs)) != len(pairs):
            raise WireError("reports names a revision twice", code=CODE)

    def as_dict(self) -> dict:
        data = {
            "format": BUNDLE_FORMAT,
            "kind": self.kind,
            "agency": self.agency,
            "sequence": self.sequence,
            "created_at": self.created_at,
            "signing_key": self.signing_key,
            "files": [{"path": x.path, "size": x.size, "sha256": x.sha256} for x in self.files],
        }
        if self.kind == "reply":
            data["dofa"] = self.dofa
            return data
        data["reports"] = [r.as_dict() for r in self.reports]
        data["previous_manifest_sha256"] = self.previous_manifest_sha256
        if self.key_rotation is not None:
            data["key_rotation"] = self.key_rotation.as_dict()
        return data

    def canonical_bytes(self) -> bytes:
        return canonical_bytes(self.as_dict())
