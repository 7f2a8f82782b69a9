"""Removing what interrupted work left in a profile: half-copied evidence (`.incoming-*`),
temporary files of atomic replacements (`*.part`) and of bundle packing (`.bundle-*`).

None of these is ever the only copy of anything: a half-copied evidence file is renamed to its
real name only when complete, and a `.part` file replaces its target only when complete. They
are removed at the next start and after each import, but only while holding the profile's
writer lock, so a file another process is still writing is never touched.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from app.models import Setting
from app.services.core import writer_lock
from app.services.core.storage_errors import STORAGE_ERRORS
from app.services.reports.evidence import EVIDENCE_DIR, TEMPORARY_PREFIX

if TYPE_CHECKING:
    from app.models.session import DatabaseSession

PROFILE_TEMPORARY_PATTERNS = ("*.part", ".bundle-*", "keys/*.part")
PENDING_OUTPUTS = "pending_outputs"  # temporary files outside the profile, one per line


def remember_output(session: DatabaseSession, path: Path) -> None:
    """Note a temporary file about to be written outside the profile (beside an export's
    target), so that the next start removes it should this process die before it does."""
    with session.atomic():
        _set_pending([*_pending(), str(path)])


def forget_output(session: DatabaseSession, path: Path) -> None:
    with session.atomic():
        _set_pending([p for p in _pending() if p != str(path)])


def _pending() -> list[str]:
    stored = Setting.get_or_none(Setting.key == PENDING_OUTPUTS)
    return [line for line in (stored.value if stored else "").splitlines() if line]


def _set_pending(paths: list[str]) -> None:
    if paths:
        Setting.put(PENDING_OUTPUTS, "\n".join(paths))
    else:
        Setting.delete().where(Setting.key == PENDING_OUTPUTS).execute()


def leftovers(folder: Path) -> Iterator[Path]:
    """Every leftover of interrupted work in the profile folder."""
    for pattern in PROFILE_TEMPORARY_PATTERNS:
        yield from (p for p in folder.glob(pattern) if p.is_file())
    evidence = folder / EVIDENCE_DIR
    if evidence.is_dir():
        yield from (p for p in evidence.rglob(TEMPORARY_PREFIX + "*") if p.is_file())


def remove_leftovers(session: DatabaseSession, folder: Path) -> int:
    """Remove leftovers of the profile `folder` whose database `session` is open, unless
    another process is writing; returns how many were removed."""
    removed = 0
    with writer_lock.exclusive(session, folder, wait=False) as held:
        if not held:
            return 0
        for path in list(leftovers(folder)):
            with contextlib.suppress(OSError):  # read-only media: nothing to do about it
                path.unlink()
                removed += 1
        from app.services.keys import keys  # with the cryptography library: not at every import

        with contextlib.suppress(OSError):  # a rotation killed before or after its commit
            keys.discard_other_signing_keys(folder)
        pending = _pending()
        for name in pending:
            with contextlib.suppress(OSError):  # the USB stick may be gone: forget it anyway
                Path(name).unlink()
                removed += 1
        if pending:
            with contextlib.suppress(*STORAGE_ERRORS), session.atomic():
                _set_pending([])
    return removed
