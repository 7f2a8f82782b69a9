"""Reading the next bundles in another process while the importing thread writes.

Most of an import's processor time goes to work that needs no database: decrypting a bundle,
checking its zip and file hashes, checking its reports' signatures and reading them. Python
runs one thread at a time, so a second thread does not help; a worker process does. With
several files, one worker (a fresh interpreter, "spawn": the desktop app imports from a task
thread, where forking a process is unsafe) reads the next files while the importing thread
judges and writes the current one, and hands back what it read in the form a preview keeps
(`bundle_verify.Kept`): the files, each report's text and parsed content, and which report
signatures it checked with which public key.

The importing thread still runs every check that depends on this workstation (the sender, its
keys and their revocation, the manifest's signature, plans, duties, evidence) and checks and
reads itself any report the worker did not check with the very key it finds. A file the worker
could not read (damaged, refused, too large to send back) is read on the importing thread as
before, so every refusal is the same; results stay in the order of the files. The decryption
identity reaches the worker through its pipe only, never a file.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concurrent.futures import Future

MIN_FILES = 3
MIN_BYTES = 512 * 1024  # below this, starting a worker costs more than it saves
MAX_SENT_BYTES = 16 * 1024 * 1024  # a bigger bundle is read where it is imported
AHEAD = 3  # files given to the worker at most, so memory holds a few bundles, not the batch
# Who reads each file (a byte per file, shared with the worker): whoever comes first.
UNCLAIMED, BY_WORKER, BY_IMPORTER = 0, 1, 2


class ReadAhead:
    """Call ready(path) before importing each of the paths, in their order: it puts what the
    worker read of that file into `kept`, or leaves the file to the importing thread when the
    worker has not begun it (it is still starting, or it is behind): reading then is quicker
    than waiting, and each file is read once, by one of the two."""

    def __init__(self, paths: list[Path], worker: tuple, profile_folder: Path, kept: dict):
        self._paths, self._kept = paths, kept
        self._executor, self._claims = worker
        self._folder = str(profile_folder)
        self._pending: dict[int, Future] = {}  # by position in paths
        self._position = 0
        self._broken = False
        self._submit_after(-1)

    def ready(self, path: Path) -> None:
        position, self._position = self._position, self._position + 1
        self._submit_after(position)  # the worker reads on while this file is imported
        future = self._pending.pop(position, None)
        if future is None or self._taken_here(position, future):
            return
        try:
            read = future.result()
        except Exception:  # a worker that died: the file is read here, as without one
            read = None
        if read is not None:
            self._kept[path] = pickle.loads(read)

    def _taken_here(self, position: int, future: Future) -> bool:
        if future.done():
            return False
        with self._claims.get_lock():
            if self._claims[position] != UNCLAIMED:
                return False  # under way in the worker: waiting is quicker
            self._claims[position] = BY_IMPORTER
        return True

    def _submit_after(self, position: int) -> None:
        for later in range(position + 1, min(position + 1 + AHEAD, len(self._paths))):
            if self._broken or later in self._pending or self._paths[later] in self._kept:
                continue
            try:
                self._pending[later] = self._executor.submit(
                    _read, later, str(self._paths[later]), self._folder
                )
            except Exception:  # no worker (it could not start): the rest is read here
                self._broken = True


class _NoReadAhead:
    def ready(self, path: Path) -> None:
        pass


@contextmanager
def reading_ahead(
    paths: list[Path], identities: list, profile_folder: Path, kept: dict
) -> Iterator[ReadAhead | _NoReadAhead]:
    """A ReadAhead for the import of `paths` when a worker is worth starting."""
    if not _worth_a_worker([p for p in dict.fromkeys(paths) if p not in kept]):
        yield _NoReadAhead()
        return
    import multiprocessing  # loaded by the imports that use a worker only
    from concurrent.futures import ProcessPoolExecutor

    spawning = multiprocessing.get_context("spawn")
    claims = spawning.Array("b", len(paths))
    executor = ProcessPoolExecutor(
        1,
        mp_context=spawning,
        initializer=_start_worker,
        initargs=([str(identity) for identity in identities], _enrolled_keys(), claims),
    )
    try:
        yield ReadAhead(paths, (executor, claims), profile_folder, kept)
    finally:
        # Not waited for: a file read for nothing (the import stopped) is dropped.
        executor.shutdown(wait=False, cancel_futures=True)


def _worth_a_worker(todo: list[Path]) -> bool:
    if len(todo) < MIN_FILES or not a_core_is_free():
        return False
    size = 0
    for path in todo:
        with suppress(OSError):  # an unreadable file is refused where it is imported
            size += path.stat().st_size
    return size >= MIN_BYTES


def a_core_is_free() -> bool:
    """Whether a worker would have a processor core to itself. With every core busy it only
    takes turns with the importing thread, which then waits for the core as well as for the
    disk: on two busy cores a whole import took 20-70 % longer with a worker than without."""
    cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]  # runnable processes, this one included
    except (AttributeError, OSError):  # Windows keeps no load average
        return cores >= 2
    return cores >= 2 and load < cores - 0.5


def _enrolled_keys() -> dict[str, str]:
    """Every enrolled public key by fingerprint: which one counts is decided here, not there."""
    from app.models import AgencyKey

    rows = AgencyKey.select(AgencyKey.fingerprint, AgencyKey.public_key_pem).where(
        AgencyKey.enrolled_at.is_null(False)
    )
    return {fingerprint: pem for fingerprint, pem in rows.tuples()}


# In the worker process -------------------------------------------------------------------

_worker: dict = {}


def _start_worker(identity_texts: list[str], public_keys: dict[str, str], claims) -> None:
    import multiprocessing
    import threading

    from pyrage import x25519

    _worker["claims"] = claims
    _worker["identities"] = [x25519.Identity.from_str(text) for text in identity_texts]
    _worker["keys"] = public_keys
    # A pool's worker outlives an importing process that is killed (its queue never ends):
    # this one ends with it, and the decryption identity with it.
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent,), daemon=True).start()


def _end_with(parent) -> None:
    parent.join()  # returns once the importing process has ended, however it ended
    os._exit(0)


def _read(position: int, path: str, profile_folder: str) -> bytes | None:
    """The file read as bundle_format.Kept, pickled, or None where the importing thread must
    read it itself (it then finds and names whatever is wrong).

    Pickled here and unpickled by the importing thread when it needs the file: unpickled as it
    arrives, on the pool's own thread, it would take Python's lock from the importing thread
    each time SQLite let go of it while writing a row, and the writes took twice as long.
    """
    claims = _worker["claims"]
    with claims.get_lock():
        if claims[position] != UNCLAIMED:
            return None  # the importing thread reads it itself
        claims[position] = BY_WORKER
    try:
        read = _read_bundle(Path(path), Path(profile_folder))
    except Exception:
        return None
    return None if read is None else pickle.dumps(read, pickle.HIGHEST_PROTOCOL)


def _read_bundle(path: Path, profile_folder: Path):
    from app.services.exchange.bundle_format import Kept, OpenedBundle, file_stamp, open_bundle

    stamp = file_stamp(path)
    if stamp[0] > MAX_SENT_BYTES:
        return None
    # Decrypted in memory: this process's writes would otherwise go out to the disk with
    # the importing thread's syncs of evidence files, and slow them.
    opened = open_bundle(path, _worker["identities"], profile_folder, in_memory=True)
    archive = opened.files
    if sum(archive.size(name) for name in archive) > MAX_SENT_BYTES:
        return None
    files = {name: archive[name] for name in archive}
    read = Kept(stamp, OpenedBundle(opened.manifest_bytes, opened.manifest_sha256, files))
    with suppress(Exception):  # what is not read here is read by the importing thread
        _read_reports(read)
    for name in read.checked:  # sent back as text: the importing thread needs no bytes
        del files[name]
    return read


def _read_reports(read) -> None:
    """Check each report's signature with the key its manifest names, then read it."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import serialization

    from app.services.core.wire import Manifest, ReportContent, WireError
    from app.services.core.wire.fields import utf8_text
    from app.services.exchange.bundle_format import CheckedReport

    files, known, shared = read.opened.files, _worker["keys"], {}
    pem = known.get(read.opened.claimed("signing_key"))
    if pem is None:
        return
    public_key = serialization.load_pem_public_key(pem.encode("ascii"))
    public_key.verify(files["manifest.sig"], read.opened.manifest_bytes)
    for item in Manifest.parse(read.opened.manifest_bytes).reports:
        pem = known.get(item.signing_key)
        if pem is None:
            continue
        data = files[item.content]
        try:
            serialization.load_pem_public_key(pem.encode("ascii")).verify(
                files[item.signature], data
            )
            text = utf8_text(data, "bad_report")
            sha256 = hashlib.sha256(data).hexdigest()
            if sha256 not in read.parsed:
                read.parsed[sha256] = _sharing_texts(ReportContent.parse_text(text, data), shared)
        except (InvalidSignature, WireError):
            continue
        read.checked[item.content] = CheckedReport(item.signature, pem, sha256, text)


def _sharing_texts(content, shared: dict[str, str]):
    """The content with each of its entries' texts one object with every equal text of the
    bundle read before it.

    A bundle's reports repeat most of their texts (the duties' references, sections and
    texts, the statuses): pickled once and then referred to, they are unpickled once, which
    halved the importing thread's time unpickling a bundle (the values are the same texts).
    """
    from dataclasses import replace

    columns = content.entry_columns
    return replace(
        content,
        entry_columns=columns._make(
            tuple(shared.setdefault(v, v) if type(v) is str else v for v in column)
            if name != "attachments"
            else column
            for name, column in zip(columns._fields, columns, strict=True)
        ),
    )
