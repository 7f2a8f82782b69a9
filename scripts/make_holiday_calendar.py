"""Writes Vietnam's public holidays into a plan file, as the data its due dates are computed from.

Due dates go into signed content, so every workstation must compute the same dates whatever
library versions it has: the calendar travels with the plan (and with DoFA's plan updates), not
with a package. Run this when a plan file is made or the law changes its holidays, review the
diff, and raise the plan's version so that workstations take the new calendar:

    .venv/bin/pip install holidays
    .venv/bin/python scripts/make_holiday_calendar.py resources/plans/590-2014.json 2014 2060
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    import holidays  # a tool for this script only; the app reads the dates from the plan

    path, first, last = Path(argv[0]), int(argv[1]), int(argv[2])
    data = json.loads(path.read_text(encoding="utf-8"))
    days = holidays.country_holidays("VN", years=range(first, last + 1))
    data["holidays"] = sorted(day.isoformat() for day in days)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{path}: {len(data['holidays'])} public holidays {first}–{last}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
