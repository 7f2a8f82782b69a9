"""The zip inside a decrypted bundle: its names and sizes checked, its files read on demand.

Part of the bundle file format (docs/bundle-format.md): bundle_format.open_bundle decrypts a
bundle and reads it through `read_zip`; both refuse a file with BundleRejectedError (kept
here, the lower of the two, and named from bundle_format by everything else).
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import weakref
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from typing import BinaryIO

from app.services.core.wire import WireError


class BundleRejectedError(WireError):
    """A file refused before anything was written; `reason` names why, for people and tests."""

    @property
    def reason(self) -> str:
        return self.code


# Everything inside, as declared (docs/bundle-format.md): read from a temporary file one member
# at a time, so this bounds the disk used, not memory.
MAX_EXPANDED_BYTES = 2 * 1024 * 1024 * 1024
MAX_ENTRIES = 10_000
MAX_RATIO = 200  # deflate rarely beats 10:1 on real documents; bombs reach 1000:1
KEPT_MEASURED = 64 * 1024 * 1024  # signed report texts held between measuring and reading
SAFE_NAME = re.compile(
    r"^(manifest\.json|manifest\.sig|reply\.json|reports/[A-Za-z0-9][A-Za-z0-9._-]{0,80}|"
    r"evidence/[0-9a-f]{64})$"
)


class ArchiveFiles(Mapping[str, bytes]):
    """The files of a decrypted bundle, read from its temporary file one at a time.

    A mapping of name to content, as a dict of them would be, but `files[name]` reads that
    member only when asked, so memory holds one evidence file of the bundle at a time (and
    the report texts measured but not yet read, KEPT_MEASURED at most).
    """

    def __init__(self, plain: BinaryIO, archive: zipfile.ZipFile, bundle_name: str) -> None:
        # The temporary file goes when the last reader of these files does.
        weakref.finalize(self, plain.close)
        self._archive = archive
        self._infos = {info.filename: info for info in archive.infolist()}
        self._bundle_name = bundle_name
        # Signed texts read whole while measuring, until first asked for (a bundle's reports
        # are read right after they are measured: not inflating them twice spares a tenth of
        # opening a bundle); evidence is left in the archive.
        self._measured: dict[str, bytes] = {}
        self._measured_bytes = 0

    def __getitem__(self, name: str) -> bytes:
        if name in self._measured:
            data = self._measured.pop(name)
            self._measured_bytes -= len(data)
            return data
        info = self._infos[name]
        with self._reading(), self._archive.open(info) as member:
            return member.read(info.file_size + 1)

    def __iter__(self) -> Iterator[str]:
        return iter(self._infos)

    def __len__(self) -> int:
        return len(self._infos)

    def size(self, name: str) -> int:
        """The member's size as the archive declares it (checked against the manifest by
        open_bundle)."""
        return self._infos[name].file_size

    def measure(self, name: str, limit: int) -> tuple[int, str]:
        """(size, SHA-256) of a member, read in chunks and at most `limit` + 1 bytes."""
        digest, size, chunks = hashlib.sha256(), 0, []
        keep = name.startswith("reports/") and self._measured_bytes + limit <= KEPT_MEASURED
        with self._reading(), self._archive.open(self._infos[name]) as member:
            while size <= limit and (chunk := member.read(min(1 << 20, limit + 1 - size))):
                digest.update(chunk)
                size += len(chunk)
                if keep:
                    chunks.append(chunk)
        if keep and size <= limit:
            self._measured[name] = b"".join(chunks)
            self._measured_bytes += size
        return size, digest.hexdigest()

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        try:
            yield
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as exc:
            raise BundleRejectedError(
                "{file} holds a damaged archive", code="damaged", file=self._bundle_name
            ) from exc


def read_zip(plain: BinaryIO, name: str) -> ArchiveFiles:
    """The archive's files after its names and sizes were checked; closes `plain` on refusal."""
    try:
        return _checked_archive(plain, name)
    except BaseException:
        plain.close()
        raise


def _checked_archive(plain: BinaryIO, name: str) -> ArchiveFiles:
    try:
        archive = zipfile.ZipFile(plain)
        entries = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise BundleRejectedError(
            "{file} does not hold a bundle archive", code="not_a_bundle", file=name
        ) from exc
    if len(entries) > MAX_ENTRIES:
        raise BundleRejectedError("{file} holds too many files", code="zip_bomb", file=name)
    seen: set[str] = set()
    for info in entries:
        if not SAFE_NAME.match(info.filename) or info.filename in seen:
            raise BundleRejectedError(
                "{file} holds a file with an unsafe name: {path}",
                code="unsafe_path",
                file=name,
                path=info.filename,
            )
        seen.add(info.filename)
    if sum(i.file_size for i in entries) > MAX_EXPANDED_BYTES or any(
        i.compress_size and i.file_size > 1_000_000 and i.file_size / i.compress_size > MAX_RATIO
        for i in entries
    ):
        raise BundleRejectedError(
            "{file} expands to an unreasonable size", code="zip_bomb", file=name
        )
    return ArchiveFiles(plain, archive, name)
