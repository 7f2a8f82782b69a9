"""What the services hand the report, dashboard and consolidated-report screens (and the import
dialog) holds no peewee row and is frozen all the way down (a document's sections and entries,
an import's outcomes), holding tuples, not lists, so a screen cannot change what it was given
behind the service's back.

The exchange, outgoing, account, catalogue and key screens are walked in
tests/test_screen_objects.py, whose row finder this reuses.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from app.services.catalogue import plan_info, register
from app.services.consolidation import consolidated_view
from app.services.dashboard import dashboard_view, reminder_view
from app.services.exchange import bundle_import
from app.services.reports import doc_settings, report_view
from tests import workstations
from tests.test_screen_objects import frozen, lists_inside, rows_inside
from tests.test_ui_exchange import _bundles, pair, signed  # noqa: F401


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
        assert lists_inside(objects) == [], screen
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


def test_dofa_report_screens_get_frozen_objects_without_rows(pair, signed, tmp_path):  # noqa: F811
    imported = bundle_import.import_bundles(pair.dofa, _bundles(pair, tmp_path / "in"))
    assert imported[0].reports  # the import dialog lists each report's outcome
    plan, today = plan_info.active_plan_info(), date.today()
    period = signed.period_id
    preview = consolidated_view.preview(plan, period, with_changes=False)
    # The consolidated document the preview draws, with what the agency reported.
    assert any(section.entries for section in preview.document.sections)
    assert_plain_and_frozen(
        {
            "import results": imported,
            "dashboard": [dashboard_view.matrix(plan, today)],
            "agency report": [dashboard_view.agency_report(plan, "SYT", period)],
            "duties": [dashboard_view.duty_frame(plan)],
            "rates": [dashboard_view.rates(plan, today)],
            "progress": dashboard_view.progress(plan, period),
            "reminders": reminder_view.reminder_candidates(plan, period),
            "consolidated editor": [consolidated_view.editor_frame(plan)],
            "consolidated preview": [preview],
            "document settings": [doc_settings.load(register.entry("SNGV"))],
            "workstation": [pair.dofa],
        }
    )


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
