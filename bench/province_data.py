"""The synthetic province of the benchmark: register, plan and report entries.

The register is the real 2014 one of Quảng Ngãi (41 agencies) plus 109 commune People's
Committees (the two-tier local government of the 2025 reform reports from communes): 150.
The plan has 300 duties in 20 numbered items of section III, each item led by a department and
binding every agency as coordinating, so every agency answers for every duty.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOFA = "SNGV"
PASSPHRASE = "bench-passphrase-590"
AGENCY_COUNT = 150
ITEMS, DUTIES_PER_ITEM = 20, 15
DUTY_COUNT = ITEMS * DUTIES_PER_ITEM
LAST_YEAR, YEARS = 2026, 10


def period_ids(years: int = YEARS) -> list[str]:
    """The last `years` years' periods, ending with 2026-Y (the current one on the benchmark's
    dates): 2017-H1 … 2026-Y by default."""
    first = LAST_YEAR - years + 1
    return [f"{year}-{part}" for year in range(first, LAST_YEAR + 1) for part in ("H1", "Y")]


PERIOD_IDS = period_ids()

_FIRST = ["An", "Bình", "Đức", "Hòa", "Long", "Minh", "Nghĩa", "Phổ", "Tịnh", "Trà", "Sơn"]
_SECOND = ["Phú", "Hải", "Thạnh", "Tân", "Lợi", "Thuận", "Hiệp", "Kỳ", "Mỹ", "Châu"]
STATUSES = ("done", "in_progress", "ongoing", "stalled", "not_started")
RESULTS = (
    "Đã tổ chức {n} hội nghị, hội thảo quốc tế theo kế hoạch",
    "Tiếp đón {n} đoàn khách quốc tế đến làm việc tại địa phương",
    "Ký kết {n} thỏa thuận hợp tác với đối tác nước ngoài",
    "Tuyên truyền về hội nhập quốc tế trên {n} số báo, bản tin",
    "Tập huấn cho {n} lượt cán bộ về kỹ năng đối ngoại",
)
DIFFICULTIES = "Kinh phí bố trí cho hoạt động đối ngoại còn hạn chế; thiếu cán bộ biết ngoại ngữ."
PROPOSALS = "Đề nghị UBND tỉnh bổ sung kinh phí và tổ chức tập huấn chuyên sâu."


def register_data() -> dict:
    real = json.loads(
        (ROOT / "resources" / "registers" / "quang-ngai-2014.json").read_text(encoding="utf-8")
    )
    communes = [f"{a} {b}" for a in _FIRST for b in _SECOND][: AGENCY_COUNT - len(real["agencies"])]
    extra = [
        {
            "code": f"XA{number:03d}",
            "name_vi": f"Ủy ban nhân dân xã {name}",
            "name_en": f"{name} Commune People's Committee",
            "kind": "commune",
        }
        for number, name in enumerate(communes, start=1)
    ]
    return {**real, "code": "bench-province", "agencies": real["agencies"] + extra}


def plan_data(years: int = YEARS) -> dict:
    real = json.loads((ROOT / "resources" / "plans" / "590-2014.json").read_text(encoding="utf-8"))
    departments = [a for a in register_data()["agencies"] if a["kind"] == "department"]
    items = []
    for number in range(1, ITEMS + 1):
        lead = departments[(number - 1) % len(departments)]
        duties = [
            {
                "ref": f"III.{number}.{n}",
                "text_vi": f"Nhiệm vụ {n} của mục {number}: triển khai hội nhập quốc tế "
                f"trong lĩnh vực do {lead['name_vi']} chủ trì.",
                "text_en": f"Duty {n} of item {number}: international integration in the field "
                f"led by the {lead['name_en']}.",
                "bullet": True,
                "lead": [lead["code"]],
                "coordinating": ["all"],
            }
            for n in range(1, DUTIES_PER_ITEM + 1)
        ]
        items.append(
            {
                "number": str(number),
                "heading_vi": lead["name_vi"],
                "heading_en": lead["name_en"],
                "duties": duties,
            }
        )
    context = real["sections"][0]
    return {
        **real,
        "code": "BENCH-2017",
        "number_symbol": "1/KH-BENCH",
        "date": f"{LAST_YEAR - years + 1}-01-01",  # the plan runs over the years reported
        "sections": [
            context,
            {
                "id": "III",
                "title_vi": "NHIỆM VỤ CỤ THỂ",
                "title_en": "SPECIFIC DUTIES",
                "reportable": True,
                "items": items,
            },
        ],
    }


def _weights(item: int, period_index: int) -> list[float]:
    """Later items stall more; later periods have more done: the charts have a shape."""
    done = 0.15 + 0.03 * period_index - 0.01 * item
    stalled = 0.02 + 0.006 * item
    return [max(done, 0.05), 0.3, 0.15, stalled, 0.1]


def entry_rows(
    rng: random.Random, report_id: int, duty_ids: list[int], first_id: int, period_id: str
) -> tuple[list[tuple], list[tuple]]:
    """A report's 300 entries (explicit ids, so evidence rows can point at them) and a few
    evidence file rows."""
    # 0 for 2017-H1 … 19 for 2026-Y; earlier years (a longer history) go below 0.
    period_index = (int(period_id[:4]) - (LAST_YEAR - YEARS + 1)) * 2 + period_id.endswith("Y")
    rows, files = [], []
    for position, duty_id in enumerate(duty_ids):
        item = position // DUTIES_PER_ITEM
        status = rng.choices(STATUSES, _weights(item, period_index))[0]
        progress = 100 if status == "done" else rng.randint(0, 90)
        entry_id = first_id + position + 1
        text = RESULTS[position % len(RESULTS)].format(n=rng.randint(1, 12))
        difficulties = DIFFICULTIES if rng.random() < 0.2 else ""
        proposals = PROPOSALS if rng.random() < 0.1 else ""
        rows.append((entry_id, report_id, duty_id, status, progress, text, difficulties, proposals))
        if rng.random() < 0.01:
            digest = f"{rng.getrandbits(256):064x}"
            files.append((entry_id, f"bien-ban-{entry_id}.pdf", digest, rng.randint(10**4, 10**6)))
    return rows, files
