"""What the services hand the exchange, outgoing, account, catalogue and key screens holds no
peewee row anywhere inside, and comes as frozen dataclasses holding tuples and read-only mappings,
never a list, dict, set or bytearray (one inside a frozen object could still be changed behind
the service's back).

The import check (tests/test_layers.py) keeps app.models out of the screens' source; this one
reads what the screen-facing services return on a real DoFA and a real agency and walks it.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, MutableMapping, MutableSequence, MutableSet, Set
from datetime import date
from types import MappingProxyType

import peewee
import pytest

from app.models import Report
from app.services.accounts import users
from app.services.catalogue import plan_info, register
from app.services.consolidation import issue_queue
from app.services.core import audit
from app.services.core.read_only import plain, read_only
from app.services.dashboard import paper
from app.services.exchange import bundle_import, ledger, outbox, received_views, trust_list
from app.services.outgoing import register as outgoing
from app.ui.outgoing.issue_dialog import read_issue
from app.ui.outgoing.register_dialog import read_page
from app.ui.reports.signing_run import read_signers
from tests import workstations
from tests.test_ui_exchange import _conflicting_bundles, pair, signed  # noqa: F401


def parts_of(value):
    """The named parts a walk goes through: a dataclass object's fields, a mapping's values (a
    dict or a read-only MappingProxyType), a sequence's or a set's items; None for a leaf."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [(f.name, getattr(value, f.name)) for f in dataclasses.fields(value)]
    if isinstance(value, Mapping):
        return [(repr(k), v) for k, v in value.items()]
    if isinstance(value, (list, tuple, Set)):
        return [(str(i), v) for i, v in enumerate(value)]
    return None


def rows_inside(value, seen=None) -> list[str]:
    """Where a peewee row sits inside `value` (dataclasses, sequences, sets, mappings), as
    paths."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return []
    seen.add(id(value))
    if isinstance(value, peewee.Model):
        return [type(value).__name__]
    parts = parts_of(value)
    if parts is None:
        return []
    return [f"{name}.{found}" for name, part in parts for found in rows_inside(part, seen)]


# What a screen could change behind the service's back. A bytearray is a MutableSequence, a
# MappingProxyType only a Mapping: read-only views and tuples pass.
MUTABLE = (MutableSequence, MutableMapping, MutableSet)


def mutables_inside(value, inside: bool = False, seen=None) -> list[str]:
    """Where a mutable container (list, dict, set, bytearray, …) sits inside a dataclass object
    of `value` (at any depth, through tuples, read-only mappings and other containers), as paths
    ending in its type's name; a list `value` itself (a service's list of screen objects) is
    fine."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return []
    seen.add(id(value))
    found = [type(value).__name__] if inside and isinstance(value, MUTABLE) else []
    parts = parts_of(value)
    if parts is None:
        return found
    inside = inside or (dataclasses.is_dataclass(value) and not isinstance(value, type))
    return found + [
        f"{name}.{path}" for name, part in parts for path in mutables_inside(part, inside, seen)
    ]


def frozen(value) -> bool:
    return dataclasses.is_dataclass(value) and type(value).__dataclass_params__.frozen


def test_rows_inside_finds_a_row_at_any_depth(pair):  # noqa: F811
    hidden = {"a": [(1, register.get("SYT"))]}
    assert rows_inside(hidden) == ["'a'.0.1.Agency"]
    assert rows_inside(register.entries()) == []


def test_mutables_inside_finds_a_mutable_container_inside_a_frozen_object_at_any_depth():
    @dataclasses.dataclass(frozen=True)
    class Leaf:
        names: object

    @dataclasses.dataclass(frozen=True)
    class Shell:
        leaves: tuple
        by_code: Mapping

    clean = Shell((Leaf(("a", frozenset("b"))),), MappingProxyType({"SYT": (1, 2)}))
    assert mutables_inside([clean, clean]) == []  # a service's list of objects is fine
    hidden = Shell(
        (Leaf(("a",)), Leaf(["b"]), Leaf({"c": 1}), Leaf((({"d"},),)), Leaf(bytearray(b"e"))),
        MappingProxyType({"SYT": [5], "SGD": MappingProxyType({"x": {"y": 1}})}),
    )
    assert mutables_inside([hidden]) == [
        "0.leaves.1.names.list",
        "0.leaves.2.names.dict",
        "0.leaves.3.names.0.0.set",
        "0.leaves.4.names.bytearray",
        "0.by_code.'SYT'.list",
        "0.by_code.'SGD'.'x'.dict",
    ]
    # A dict handed as a whole is found too, not only one inside a dataclass's tuple.
    assert mutables_inside(Shell((), {})) == ["by_code.dict"]


@dataclasses.dataclass(frozen=True)
class Holder:
    value: object


def test_read_only_data_cannot_be_changed_and_goes_back_to_the_same_json():
    stored = {"counts": {"received": 2}, "reporting": [{"code": "SYT", "files": ["a.pdf"]}]}
    shown = read_only(stored)
    assert mutables_inside([Holder(shown)]) == []
    with pytest.raises(TypeError):
        shown["counts"]["received"] = 3  # type: ignore[index]
    assert shown["reporting"][0]["files"] == ("a.pdf",)
    assert plain(shown) == stored
    assert json.dumps(plain(shown), sort_keys=True) == json.dumps(stored, sort_keys=True)


def test_dofa_screens_get_frozen_objects_without_rows(pair, signed, tmp_path):  # noqa: F811
    bundles = _conflicting_bundles(pair, signed, tmp_path / "in")
    truncated = tmp_path / "in" / "cut.ptbundle"
    truncated.write_bytes(bundles[0].read_bytes()[:300])
    bundle_import.import_bundles(pair.dofa, [*bundles, truncated])
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
        assert mutables_inside(objects) == [], screen
        assert all(frozen(o) for o in objects), screen
    assert handed["ledger"][0].rows and all(frozen(r) for r in handed["ledger"][0].rows)
    # The refused file's log detail, read-only, still says why in either language.
    [refused] = [row for row in handed["ledger"][0].rows if row.refusal]
    assert refused.file == truncated.name and isinstance(refused.refusal, MappingProxyType)
    assert refused.reason_in("en").startswith("cut.ptbundle is damaged: it was cut short")
    assert refused.reason_in("vi").startswith("cut.ptbundle bị hỏng: tệp bị cắt cụt")


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
        assert mutables_inside(objects) == [], screen
        assert all(frozen(o) for o in objects), screen
    assert outgoing.lines("SYT", date.today().year) == []  # nothing issued yet
