"""Token sign-off and checking: how long the PDF, the token signature and the check take.

    python bench/token_bench.py [ROUNDS]

Needs Debian's softhsm2. Sets up a SoftHSM2 token with a test CA in a temporary folder, then
per round: renders a report's PDF, signs it on the token (PAdES, RSA-2048, SHA-256) and checks
the signature against the trusted roots, as DoFA does on import and on display. Prints the
median and worst time of each step and the PDF's size.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(rounds: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="token-bench-"))
    from tests import token_support as ts

    os.environ["SOFTHSM2_CONF"] = str(ts.init_softhsm(folder))
    os.environ["PLANTRACKER_TEST_KEYRING"] = str(folder / "keyring.json")
    os.environ["PYTHON_KEYRING_BACKEND"] = "tests.keyring_backend.FileKeyring"
    ca = ts.make_ca()
    token = ts.make_token(folder, ca)

    from app.services.esign import pades, token_device, trust_store
    from app.services.reports import token_signoff
    from app.services.workstation import profile
    from tests import reporting

    station = profile.create_profile(folder / "syt", "SYT", consolidating=False)
    token_device.configure(token.module)
    (folder / "ca.pem").write_bytes(ca.pem("root") + ca.pem("intermediate"))
    trust_store.add_certificates(station, folder / "ca.pem")
    reporting.approver(station)
    report = reporting.complete_draft(station)
    from app.services.reports import signoff

    signoff.sign(report, "Nguyễn Văn An", reporting.PASSWORD, station)  # content stamped
    chosen = token_device.choose_certificate(token.cert_id)
    timings: dict[str, list[float]] = {"render + sign on token": [], "check signature": []}
    size = 0
    for _ in range(rounds):
        start = time.perf_counter()
        pdf = token_signoff.sign_report_pdf(report, chosen, lambda: ts.USER_PIN)
        timings["render + sign on token"].append(time.perf_counter() - start)
        size = len(pdf)
        start = time.perf_counter()
        signature = pades.approver_signature(pdf)
        timings["check signature"].append(time.perf_counter() - start)
        assert signature is not None and signature.valid and signature.trusted
    print(f"rounds: {rounds}; signed PDF: {size / 1024:.0f} KiB")
    for step, values in timings.items():
        print(
            f"{step:<24} median {statistics.median(values) * 1000:7.1f} ms   "
            f"worst {max(values) * 1000:7.1f} ms"
        )


if __name__ == "__main__":
    try:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
    finally:
        for leftover in Path(tempfile.gettempdir()).glob("token-bench-*"):
            shutil.rmtree(leftover, ignore_errors=True)
