"""What the services hand the exchange, outgoing, account, catalogue and key screens holds no
peewee row anywhere inside, and comes as frozen dataclasses holding tuples, not lists (a list
inside a frozen object could still be changed behind the service's back).

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
from app.ui.outgoing.issue_dialog import read_issue
from app.ui.outgoing.register_dialog import read_page
from app.ui.reports.signing_run import read_signers
from tests import workstations
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


def lists_inside(value, inside: bool = False, seen=None) -> list[str]:
    """Where a list sits inside a dataclass object of `value` (at any depth, through tuples and
    dicts), as paths; a list `value` itself (a service's list of screen objects) is fine."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return []
    seen.add(id(value))
    found = ["list"] if inside and isinstance(value, list) else []
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        parts = [(f.name, getattr(value, f.name)) for f in dataclasses.fields(value)]
        inside = True
    elif isinstance(value, dict):
        parts = [(repr(k), v) for k, v in value.items()]
    elif isinstance(value, (list, tuple, set, frozenset)):
        parts = [(str(i), v) for i, v in enumerate(value)]
    else:
        return found
    return found + [
        f"{name}.{path}" for name, part in parts for path in lists_inside(part, inside, seen)
    ]


def frozen(value) -> bool:
    return dataclasses.is_dataclass(value) and type(value).__dataclass_params__.frozen


def test_rows_inside_finds_a_row_at_any_depth(pair):  # noqa: F811
    hidden = {"a": [(1, register.get("SYT"))]}
    assert rows_inside(hidden) == ["'a'.0.1.Agency"]
    assert rows_inside(register.entries()) == []


def test_lists_inside_finds_a_list_inside_a_frozen_object_at_any_depth():
    @dataclasses.dataclass(frozen=True)
    class Leaf:
        names: object

    @dataclasses.dataclass(frozen=True)
    class Shell:
        leaves: tuple
        by_code: dict

    clean = Shell((Leaf(("a",)),), {"SYT": (1, 2)})
    assert lists_inside([clean, clean]) == []  # a service's list of objects is fine
    hidden = Shell((Leaf(("a",)), Leaf(["b"])), {"SYT": [5]})
    assert lists_inside([hidden]) == ["0.leaves.1.names.list", "0.by_code.'SYT'.list"]


def test_dofa_screens_get_frozen_objects_without_rows(pair, signed, tmp_path):  # noqa: F811
    bundle_import.import_bundles(pair.dofa, _conflicting_bundles(pair, signed, tmp_path / "in"))
    report_id = Report.get(Report.channel == "bundle").id
    handed = {
        "received list": received_views.received_revisions(),
        "received report": [received_views.received_report(pair.dofa, report_id)],
        "conflicts": received_views.open_conflicts(),
        "ledger": [ledger.ledger_page()],
        "trust list": trust_list.trust_list("SNGV", include_retired=True),
        "reply contents": [trust_list.reply_contents("SYT")],
        "register": register.entries(),
        "one agency": [register.entry("SYT")],
        "activity log": audit.entries(),
        "plan": [plan_info.active_plan_info()],
        "outline": plan_info.outline(plan_info.active_plan_info()),
        "paper": [paper.record_paper(pair.dofa, "SYT", "2026-H1", date.today())],
    }
    for screen, objects in handed.items():
        assert objects, screen
        assert rows_inside(objects) == [], screen
        assert lists_inside(objects) == [], screen
        assert all(frozen(o) for o in objects), screen
    assert handed["ledger"][0].rows and all(frozen(r) for r in handed["ledger"][0].rows)


def test_agency_screens_get_frozen_objects_without_rows(pair, signed):  # noqa: F811
    workstations.use(pair.health)
    handed = {
        "to send": outbox.pending_revisions(pair.health),
        "signed": outbox.signed_revisions(pair.health),
        "accounts": users.accounts(),
        "awaiting issue": issue_queue.awaiting(pair.health),
        "one awaiting": [issue_queue.report_awaiting(signed.id)],
        # What the clerk's and the signing dialogs read in their tasks.
        "outgoing page": [read_page(pair.health, None)],
        "issue": [read_issue("SYT", date.today().year)],
        "signers": [read_signers()],
    }
    for screen, objects in handed.items():
        assert objects, screen
        assert rows_inside(objects) == [], screen
        assert lists_inside(objects) == [], screen
        assert all(frozen(o) for o in objects), screen
    assert outgoing.lines("SYT", date.today().year) == []  # nothing issued yet
