"""What the services hand the exchange, outgoing, account, catalogue and key screens holds no
peewee row anywhere inside, and comes as frozen dataclasses.

The import check (tests/test_layers.py) keeps app.models out of the screens' source; this one
reads what the screen-facing services return on a real DoFA and a real agency and walks it.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import peewee

from app.models import Report
from app.services.accounts import users
from app.services.catalogue import plan_info, register
from app.services.consolidation import issue_queue
from app.services.core import audit
from app.services.dashboard import paper
from app.services.exchange import bundle_import, ledger, outbox, received_views, trust_list
from app.services.outgoing import register as outgoing
from app.services.workstation import profile
from tests.test_ui_exchange import _conflicting_bundles, pair, signed  # noqa: F401


def rows_inside(value, seen=None) -> list[str]:
    """Where a peewee row sits inside `value` (dataclasses, tuples, lists, dicts), as paths."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return []
    seen.add(id(value))
    if isinstance(value, peewee.Model):
        return [type(value).__name__]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        parts = ((f.name, getattr(value, f.name)) for f in dataclasses.fields(value))
    elif isinstance(value, dict):
        parts = ((repr(k), v) for k, v in value.items())
    elif isinstance(value, (list, tuple, set, frozenset)):
        parts = ((str(i), v) for i, v in enumerate(value))
    else:
        return []
    return [f"{name}.{found}" for name, part in parts for found in rows_inside(part, seen)]


def frozen(value) -> bool:
    return dataclasses.is_dataclass(value) and type(value).__dataclass_params__.frozen


def test_rows_inside_finds_a_row_at_any_depth(pair):  # noqa: F811
    hidden = {"a": [(1, register.get("SYT"))]}
    assert rows_inside(hidden) == ["'a'.0.1.Agency"]
    assert rows_inside(register.entries()) == []


def test_dofa_screens_get_frozen_objects_without_rows(pair, signed, tmp_path):  # noqa: F811
    bundle_import.import_bundles(pair.dofa, _conflicting_bundles(pair, signed, tmp_path / "in"))
    report_id = Report.get(Report.channel == "bundle").id
    handed = {
        "received list": received_views.received_revisions(),
        "received report": [received_views.received_report(report_id)],
        "conflicts": received_views.open_conflicts(),
        "ledger": [ledger.ledger_page()],
        "trust list": trust_list.trust_list("SNGV", include_retired=True),
        "reply contents": [trust_list.reply_contents("SYT")],
        "register": register.entries(),
        "one agency": [register.entry("SYT")],
        "activity log": audit.entries(),
        "plan": [plan_info.active_plan_info()],
        "outline": plan_info.outline(plan_info.active_plan_info()),
        "paper": [paper.record_paper("SYT", "2026-H1", date.today())],
    }
    for screen, objects in handed.items():
        assert objects, screen
        assert rows_inside(objects) == [], screen
        assert all(frozen(o) for o in objects), screen
    assert handed["ledger"][0].rows and all(frozen(r) for r in handed["ledger"][0].rows)


def test_agency_screens_get_frozen_objects_without_rows(pair, signed):  # noqa: F811
    profile.open_profile(pair.health.folder)
    handed = {
        "to send": outbox.pending_revisions(pair.health),
        "signed": outbox.signed_revisions(pair.health),
        "accounts": users.accounts(),
        "awaiting issue": issue_queue.awaiting(pair.health),
        "one awaiting": [issue_queue.report_awaiting(signed.id)],
    }
    for screen, objects in handed.items():
        assert objects, screen
        assert rows_inside(objects) == [], screen
        assert all(frozen(o) for o in objects), screen
    assert outgoing.lines("SYT", date.today().year) == []  # nothing issued yet
