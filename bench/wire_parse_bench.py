"""Time the strict reading of signed report contents and manifests (app/services/core/wire).

    .venv/bin/python bench/wire_parse_bench.py [--duties 300] [--runs 200]

Builds a report content shaped as signoff.build_content writes it — `--duties` entries, each
with a duty text, results, difficulties and proposals of ordinary length and one attachment —
and a manifest carrying 9 such reports. Prints, as medians over the runs:
  content_kb       the content's canonical size
  json_ms          json.loads of the content alone (what reading it as a loose dict cost)
  parse_ms         ReportContent.parse of the same bytes (every field checked, canonical form)
  parse_ratio      parse_ms ÷ json_ms
  manifest_us      Manifest.parse of the manifest
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services.core.wire import Manifest, ReportContent, canonical_bytes  # noqa: E402

TEXT = "Đã triển khai các hoạt động hợp tác quốc tế theo kế hoạch; kết quả được tổng hợp. "


def content(duties: int) -> dict:
    entries = [
        {
            "ref": f"III.{n // 10 + 1}.{n % 10 + 1}",
            "section": "III",
            "duty_text": TEXT * 4,
            "status": "in_progress",
            "progress": n % 101,
            "results": TEXT * 3,
            "difficulties": TEXT,
            "proposals": TEXT,
            "attachments": [
                {"name": f"bien-ban-{n}.pdf", "sha256": hashlib.sha256(b"%d" % n).hexdigest(),
                 "size": 1000 + n}
            ],
        }
        for n in range(duties)
    ]  # fmt: skip
    return {
        "format": 1,
        "agency": {"code": "SYT", "name_vi": "Sở Y tế"},
        "plan": {"code": "590-2014", "number_symbol": "590/QĐ-UBND", "version": 1},
        "period": {
            "id": "2026-Y", "kind": "year", "start": "2025-12-15", "end": "2026-12-14",
            "due": "2026-12-21",
        },
        "revision": 1,
        "amendment_reason": None,
        "implementation_plan": {"number": "12/KH-SYT", "date": "2026-02-01", "title": TEXT},
        "entries": entries,
        "document": {
            "number": None, "parent_body": "UBND TỈNH QUẢNG NGÃI", "agency_name": "SỞ Y TẾ",
            "abbreviation": "SYT", "place": "Quảng Ngãi",
            "recipients": ["UBND tỉnh (b/c);", "Sở Ngoại vụ (t/h);", "Lưu: VT."],
        },
        "signer": {"login": "an", "name": "Nguyễn Văn An", "position": "Giám đốc",
                   "capacity": None},
        "signed_at": "2026-12-18T09:30:00+07:00",
    }  # fmt: skip


def manifest(report: bytes) -> bytes:
    sha = hashlib.sha256(report).hexdigest()
    reports, files = [], []
    for n in range(9):
        stem = f"reports/20{18 + n}-Y-r1"
        reports.append(
            {"period": f"20{18 + n}-Y", "revision": 1, "content": f"{stem}.json",
             "signature": f"{stem}.sig", "content_sha256": sha,
             "signing_key": "ABCD-EFGH-IJKL-MNOP-QRST"}
        )  # fmt: skip
        files += [
            {"path": f"{stem}.json", "size": len(report), "sha256": sha},
            {"path": f"{stem}.sig", "size": 64, "sha256": sha},
        ]
    return canonical_bytes(
        {"format": 1, "kind": "report-bundle", "agency": "SYT", "sequence": 3,
         "previous_manifest_sha256": sha, "created_at": "2026-12-18T10:00:00+07:00",
         "signing_key": "ABCD-EFGH-IJKL-MNOP-QRST", "reports": reports,
         "files": sorted(files, key=lambda f: f["path"])}
    )  # fmt: skip


def median_seconds(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duties", type=int, default=300)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    data = canonical_bytes(content(args.duties))
    assert ReportContent.parse(data).canonical_bytes() == data
    manifest_bytes = manifest(data)
    json_s = median_seconds(lambda: json.loads(data), args.runs)
    parse_s = median_seconds(lambda: ReportContent.parse(data), args.runs)
    manifest_s = median_seconds(lambda: Manifest.parse(manifest_bytes), args.runs)
    print(f"content_kb   {len(data) / 1024:.1f}")
    print(f"json_ms      {json_s * 1000:.2f}")
    print(f"parse_ms     {parse_s * 1000:.2f}")
    print(f"parse_ratio  {parse_s / json_s:.1f}")
    print(f"manifest_us  {manifest_s * 1e6:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
