"""DoFA's day at province scale, end to end: import → pre-fill → sign → PDF.

    .venv/bin/python bench/consolidation_bench.py [--agencies 40] [--period 2026-H1] [--keep DIR]

For each plan — the real one (Decision 590 and the 2014 register, as bundled) and the
benchmark's 300-duty plan (bench/province_data.py, every agency answering every duty) — it
builds a DoFA profile, enrols an Ed25519 key for each of AGENCIES agencies that have duties,
and writes one real bundle per agency: a signed report on each of its duties for PERIOD
(bench/import_bench.write_bundles, as an agency's export makes it). Then, timed:
  import    bundle_import.import_bundles of the 40 files (every check of the format)
  prefill   consolidated.open_draft (the pre-fill from the latest accepted revisions) and
            DoFA's overall assessment saved
  sign      consolidated_signoff.sign (DoFA's approver, password, Ed25519)
  pdf       consolidated_export.write_pdf (Decree 30 layout, fonts embedded)
and, as the baseline for the PDF, plain reportlab (SimpleDocTemplate, the same font) writing
the same paragraphs with no layout of its own.

Prints per plan (prefix real_ or bench_): entries, import_s, prefill_s, sign_s, pdf_s,
total_s (goal < 5 on the real plan), reportlab_s and pdf_ratio (pdf_s ÷ reportlab_s).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.keyring_backend.FileKeyring"

from app.models import Duty  # noqa: E402
from app.models.session import close_open_session  # noqa: E402
from app.services.accounts import users  # noqa: E402
from app.services.catalogue import catalogue  # noqa: E402
from app.services.consolidation import (  # noqa: E402
    consolidated,
    consolidated_export,
    consolidated_signoff,
)
from app.services.core import pdf_fonts  # noqa: E402
from app.services.dashboard import dashboard  # noqa: E402
from app.services.exchange import bundle_import  # noqa: E402
from app.services.reports.report_document import ReportDocument  # noqa: E402
from app.services.workstation import profile  # noqa: E402
from bench.import_bench import senders, write_bundles  # noqa: E402
from bench.province_data import DOFA, plan_data, register_data  # noqa: E402

LOGIN, PASSWORD = "giamdoc", "bench-password-590"
ASSESSMENT = "Các cơ quan, đơn vị đã triển khai đầy đủ các nhiệm vụ được giao trong kỳ."


def prepare(folder: Path, bench_plan: bool, agencies: int, period_id: str) -> int:
    """The DoFA profile and the agencies' bundles; returns the number of entries sent."""
    catalogue_data = ([register_data()], [plan_data()]) if bench_plan else None
    dofa = profile.create_profile(folder / "dofa", DOFA, True, None, catalogue_data)
    users.add(dofa, "Nguyễn Văn An", "Giám đốc", "approver", PASSWORD, login=LOGIN)
    plan = catalogue.active_plan()
    expected = [a for a in dashboard.expected_agencies(plan) if a.code != DOFA][:agencies]
    by_ref = {d.ref: d for d in Duty.select().where(Duty.plan == plan)}

    def duties_of(code: str) -> list[Duty]:
        return [by_ref[d.ref] for d in catalogue.duties(plan, code)]

    entries = [{"code": a.code, "name_vi": a.name_vi} for a in expected]
    rng = random.Random(590)
    sent = 0
    for sender in senders({a.code: a.id for a in expected}, entries, duties_of):
        write_bundles(folder / "bundles", plan, sender, [period_id], 1, rng)
        sent += len(sender.duties)
    close_open_session()
    return sent


def consolidate(folder: Path, period_id: str) -> tuple[dict[str, float], ReportDocument]:
    station = profile.open_profile(folder / "dofa")
    bundles = sorted((folder / "bundles").glob("*.ptbundle"))
    times: dict[str, float] = {}
    started = time.perf_counter()
    results = bundle_import.import_bundles(station, bundles)
    if {r.status for r in results} != {"imported"}:
        raise SystemExit(f"not every bundle was imported: {[r.reason for r in results]}")
    times["import"] = time.perf_counter() - started
    started = time.perf_counter()
    plan = catalogue.active_plan()
    report = consolidated.open_draft(station, plan, period_id, LOGIN)
    consolidated.save_assessment(station, report, ASSESSMENT, LOGIN)
    times["prefill"] = time.perf_counter() - started
    started = time.perf_counter()
    report = consolidated_signoff.sign(report, LOGIN, PASSWORD, station)
    times["sign"] = time.perf_counter() - started
    started = time.perf_counter()
    document = consolidated_export.write_pdf(report, folder / "tong-hop.pdf")
    times["pdf"] = time.perf_counter() - started
    close_open_session()
    return times, document


def plain_reportlab(document: ReportDocument, out: Path) -> float:
    """The same text with reportlab's plainest flow: one style, no heading block, no table."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdf_fonts.register_fonts()
    style = ParagraphStyle("plain", fontName=pdf_fonts.FONT, fontSize=13, leading=16)
    lines = [document.title, document.subtitle, *document.opening.splitlines()]
    for section in document.sections:
        lines += [section.heading, *section.summary.splitlines()]
        for entry in section.entries:
            lines += [f"{entry.ref}. {entry.duty_text}", *entry.passages]
    lines += [*document.closing.splitlines(), *document.recipients]
    started = time.perf_counter()
    flow = [Paragraph(pdf_fonts.safe_markup(line), style) for line in lines if line.strip()]
    SimpleDocTemplate(str(out), pagesize=A4).build(flow)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description="Time DoFA's consolidation end to end.")
    parser.add_argument("--agencies", type=int, default=40)
    parser.add_argument("--period", default="2026-H1")
    parser.add_argument("--keep", type=Path, help="build in this folder and leave it there")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="consolidation-bench-"))
    os.environ["PLANTRACKER_TEST_KEYRING"] = str(root / "keyring.json")
    for name, bench_plan in (("real", False), ("bench", True)):
        folder = root / name
        shutil.rmtree(folder, ignore_errors=True)
        entries = prepare(folder, bench_plan, args.agencies, args.period)
        times, document = consolidate(folder, args.period)
        baseline = plain_reportlab(document, folder / "plain.pdf")
        print(f"{name}_entries: {entries}")
        for stage, seconds in times.items():
            print(f"{name}_{stage}_s: {seconds:.2f}")
        print(f"{name}_total_s: {sum(times.values()):.2f}")
        print(f"{name}_reportlab_s: {baseline:.2f}")
        print(f"{name}_pdf_ratio: {times['pdf'] / baseline:.2f}")
    if args.keep is None:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
