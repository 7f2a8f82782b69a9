"""What an import tells about each file, and the sequence numbers an agency's bundles miss.

Kept apart from bundle_import.py, which verifies and writes: the screens and the ledger that
show results and gaps need these without loading the import's certificate, signature and
decryption machinery when the window starts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.models import Agency, AgencyKey, BundleReceived
from app.services.core.vocabulary import ImportStatus

if TYPE_CHECKING:
    from app.services.exchange.bundle_archive import BundleRejectedError
    from app.services.exchange.received import Outcome


@dataclass(frozen=True)
class ImportResult:
    file: str
    status: str  # imported | already_imported | rejected | conflict
    reason: str | None = None  # plain words; for rejections also `reason_code`
    reason_code: str | None = None
    agency: str | None = None
    sequence: int | None = None
    reports: tuple[Outcome, ...] = ()
    message_vi: str | None = None

    def __post_init__(self) -> None:
        # The importers collect the outcomes in a list; a tuple keeps the result frozen through.
        object.__setattr__(self, "reports", tuple(self.reports))

    @classmethod
    def rejected(cls, file: str, refused: BundleRejectedError) -> ImportResult:
        """A refused file (bundle or reply): its message in both languages and its reason."""
        return cls(
            file, ImportStatus.REJECTED, str(refused), refused.reason,
            message_vi=refused.message("vi"),
        )  # fmt: skip

    def as_json(self) -> dict:
        return {  # format: JSON keys of `bundle import --json`
            "file": self.file,
            "status": self.status,
            "reason": self.reason,
            "agency": self.agency,
            "sequence": self.sequence,
            "reports": [r.as_json() for r in self.reports],
        }


def missing_sequences(agency: Agency) -> list[int]:
    """Sequence numbers below the highest received that never arrived.

    A workstation enrolled again (lost machine, new key) starts at 1, so numbers are counted
    per line of keys: a rotated key carries on from the key that vouched for it.
    """
    vouched = dict(
        AgencyKey.select(AgencyKey.fingerprint, AgencyKey.vouched_by)
        .where(AgencyKey.agency == agency)
        .tuples()
    )

    def root(fingerprint: str | None) -> str | None:
        seen = set()
        while vouched.get(fingerprint) and fingerprint not in seen:
            seen.add(fingerprint)
            fingerprint = vouched[fingerprint]
        return fingerprint

    by_line: dict[str | None, set[int]] = {}
    for sequence, key in (
        BundleReceived.select(BundleReceived.sequence, BundleReceived.signing_key)
        .where(BundleReceived.agency == agency)
        .tuples()
    ):
        by_line.setdefault(root(key), set()).add(sequence)
    return sorted({n for seen in by_line.values() for n in range(1, max(seen)) if n not in seen})
