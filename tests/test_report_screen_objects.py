"""What the services hand the report, dashboard and consolidated-report screens (and the import
dialog) holds no peewee row and is frozen all the way down (a document's sections and entries,
an import's outcomes and their changes, the consolidated report's changes), holding tuples and
read-only mappings, never a list, dict, set or bytearray, so a screen cannot change what it was
given behind the service's back.

The exchange, outgoing, account, catalogue and key screens are walked in
tests/test_screen_objects.py, whose walkers this reuses.
"""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import date

import pytest

from app.services.catalogue import catalogue, plan_info, register
from app.services.consolidation import consolidated, consolidated_view
from app.services.core.wire import canonical_bytes
from app.services.dashboard import dashboard_view, reminder_view
from app.services.exchange import bundle_import
from app.services.reports import doc_settings, report_view, reports, signoff
from tests import workstations
from tests.consolidated_world import KEYRING, PERIOD, World, build_world, fresh_dofa
from tests.reporting import PASSWORD, approver, complete_draft
from tests.test_screen_objects import frozen, mutables_inside, rows_inside
from tests.test_ui_exchange import _bundles, pair, signed  # noqa: F401

EVIDENCE = "biên bản kiểm tra.pdf"
EVIDENCED_DUTY = "III.13.1"  # one of Sở Y tế's duties


def dataclasses_inside(value):
    """Every dataclass object in `value`, itself included, through tuples, lists and dicts."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        yield value
        children = [getattr(value, f.name) for f in dataclasses.fields(value)]
    elif isinstance(value, dict):
        children = list(value.values())
    elif isinstance(value, (list, tuple)):
        children = list(value)
    else:
        return
    for child in children:
        yield from dataclasses_inside(child)


def assert_plain_and_frozen(handed: dict) -> None:
    for screen, objects in handed.items():
        assert objects, screen
        assert rows_inside(objects) == [], screen
        assert mutables_inside(objects) == [], screen
        thawed = {type(o).__name__ for o in dataclasses_inside(objects) if not frozen(o)}
        assert thawed == set(), screen


def test_dataclasses_inside_finds_a_thawed_object_at_any_depth():
    @dataclasses.dataclass
    class Thawed:
        value: int

    @dataclasses.dataclass(frozen=True)
    class Shell:
        inner: tuple

    found = list(dataclasses_inside({"a": [Shell((Thawed(1),))]}))
    assert [type(o).__name__ for o in found] == ["Shell", "Thawed"]
    assert not frozen(found[1])


@pytest.fixture
def evidenced(pair):  # noqa: F811
    """Revision 1 of Sở Y tế's 2026 annual report, signed off with an evidence file."""
    account = approver(pair.health)
    report = complete_draft(pair.health)
    source = pair.health.folder.parent / EVIDENCE
    source.write_bytes(b"%PDF-1.4 bien ban")
    reports.attach(pair.health, report, EVIDENCED_DUTY, source)
    return signoff.sign(report, account.login, PASSWORD, pair.health)


def test_dofa_report_screens_get_frozen_objects_without_rows(pair, evidenced, tmp_path):  # noqa: F811
    imported = bundle_import.import_bundles(pair.dofa, _bundles(pair, tmp_path / "in"))
    assert imported[0].reports  # the import dialog lists each report's outcome
    # ...and each outcome's changes, worked out when read (not a field the walk would meet).
    changes = [change for r in imported for o in r.reports for change in o.changes]
    assert all(type(o.changes) is tuple for r in imported for o in r.reports)
    assert (EVIDENCED_DUTY, None, (EVIDENCE,)) in [(c.ref, c.old, c.new) for c in changes]
    plan, today = plan_info.active_plan_info(), date.today()
    period = evidenced.period_id
    preview = consolidated_view.preview(plan, period, with_changes=False)
    # The consolidated document the preview draws, with what the agency reported.
    assert any(section.entries for section in preview.document.sections)
    side = dashboard_view.side_by_side(plan, EVIDENCED_DUTY, period, today)
    assert [a.name for entry in side for a in entry.attachments] == [EVIDENCE]
    assert_plain_and_frozen(
        {
            "import results": imported,
            "import changes": changes,
            "dashboard": [dashboard_view.matrix(plan, today)],
            "agency report": [dashboard_view.agency_report(plan, "SYT", period)],
            "duties": [dashboard_view.duty_frame(plan)],
            "one duty across agencies": side,
            "rates": [dashboard_view.rates(plan, today)],
            "progress": dashboard_view.progress(plan, period),
            "reminders": reminder_view.reminder_candidates(plan, period),
            "consolidated editor": [consolidated_view.editor_frame(plan)],
            "consolidated preview": [preview],
            "document settings": [doc_settings.load(register.entry("SNGV"))],
            "workstation": [pair.dofa],
        }
    )


@pytest.fixture(scope="module")
def received(tmp_path_factory) -> World:
    return build_world(tmp_path_factory.mktemp("received"))


def test_the_changes_panel_gets_read_only_passages(received, monkeypatch, tmp_path):
    """DoFA began the consolidated report before Sở Y tế's revision 2 arrived: the changes
    panel gets both versions of each passage read-only, named as before they were."""
    monkeypatch.setenv(KEYRING, received.keyring)
    station = fresh_dofa(received, tmp_path / "dofa")
    plan = catalogue.active_plan()
    consolidated.open_draft(station, plan, PERIOD)
    bundle_import.import_bundles(station, [received.later])
    preview = consolidated_view.preview(plan_info.active_plan_info(), PERIOD, with_changes=True)
    assert preview.changes and all(c.old and c.new for c in preview.changes)
    assert_plain_and_frozen({"consolidated changes": [preview]})
    # A change DoFA kept away is remembered by the hash of the passage as received: the
    # read-only copy names it alike, so what was kept away before stays kept away.
    live = consolidated.prefill(plan, PERIOD)["passages"]
    for change in preview.changes:
        named = hashlib.sha256(canonical_bytes({"v": live[change.key]})).hexdigest()
        assert change.fingerprint == named


def test_agency_report_screens_get_frozen_objects_without_rows(pair, signed):  # noqa: F811
    workstations.use(pair.health)
    plan = plan_info.active_plan_info()
    assert_plain_and_frozen(
        {
            "revisions": report_view.revisions(pair.health, plan, "SYT", signed.period_id),
            "signed revision": [report_view.content(plan, "SYT", signed.period_id, 1)],
            "document settings": [doc_settings.load(register.entry("SYT"))],
            "workstation": [pair.health],
        }
    )
