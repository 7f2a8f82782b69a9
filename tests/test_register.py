"""The agency register: add, rename, retire, hand over, and never lose history."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.services.catalogue import catalogue, register
from app.services.core import audit
from app.services.core.errors import UserError


def _codes(duty_ref: str, role: str) -> tuple[str, ...]:
    plan = catalogue.active_plan()
    duty = next(d for d in catalogue.duties(plan) if d.ref == duty_ref)
    return getattr(duty, role)


def test_add_and_rename_are_audited(dofa):
    register.add(
        dofa,
        "snnmt",
        "Sở Nông nghiệp và Môi trường",
        "Department of Agriculture and Environment",
        "department",
        actor="thu.nguyen",
    )
    register.rename(
        dofa,
        "SNNMT",
        "Sở Nông nghiệp và Môi trường tỉnh",
        "Provincial Department of Agriculture and Environment",
        actor="thu.nguyen",
    )
    agency = register.get("SNNMT")
    assert agency.name_vi == "Sở Nông nghiệp và Môi trường tỉnh"
    actions = [(e.action, e.actor) for e in audit.entries()[:2]]
    assert actions == [("agency.rename", "thu.nguyen"), ("agency.add", "thu.nguyen")]


def test_bad_additions_are_refused(dofa):
    with pytest.raises(UserError, match="already exists"):
        register.add(dofa, "SYT", "Sở Y tế", "Department of Health", "department")
    with pytest.raises(UserError, match="kind"):
        register.add(dofa, "XX", "Đơn vị", "Unit", "spaceship")
    with pytest.raises(UserError, match="required"):
        register.add(dofa, "YY", " ", "Unit", "other")


def test_retire_with_successor_hands_over_duties(dofa):
    """2025 reform: two departments merge into one."""
    assert _codes("III.6.1", "lead") == ("SNNPTNT",)
    register.add(
        dofa,
        "SNNMT",
        "Sở Nông nghiệp và Môi trường",
        "Department of Agriculture and Environment",
        "department",
    )
    register.retire(dofa, "SNNPTNT", date(2025, 3, 1), "SNNMT")
    register.retire(dofa, "STNMT", date(2025, 3, 1), "SNNMT")
    assert _codes("III.6.1", "lead") == ("SNNMT",)
    assert _codes("III.8.1", "lead") == ("SNNMT",)
    # Both were leads of III.1.1; the successor holds it once.
    assert _codes("III.1.1", "lead").count("SNNMT") == 1
    assert "SNNPTNT" not in _codes("III.1.1", "lead")
    successor = register.get("SNNMT")
    assert {a.code for a in register.lineage(successor)} == {"SNNMT", "SNNPTNT", "STNMT"}
    retired = register.get("SNNPTNT")
    assert not retired.active and retired.retired_on == date(2025, 3, 1)
    entry = audit.entries()[0]
    assert entry.action == "agency.retire"
    assert json.loads(entry.detail)["successor"] == "SNNMT"


def test_coordinating_role_passes_but_lead_wins(dofa):
    """III.2.7: Sở Ngoại vụ leads, Sở Nội vụ coordinates; hand SNV over to SNGV."""
    register.retire(dofa, "SNV", date(2025, 3, 1), "SNGV")
    assert _codes("III.2.7", "lead") == ("SNGV",)
    assert _codes("III.2.7", "coordinating") == ()


def test_retire_refusals(dofa):
    with pytest.raises(UserError, match="another, active agency"):
        register.retire(dofa, "SYT", date(2025, 1, 1), "SYT")
    register.retire(dofa, "TAYTRA", date(2020, 1, 1), "TRABONG")
    with pytest.raises(UserError, match="already retired on 01/01/2020"):
        register.retire(dofa, "TAYTRA", date(2021, 1, 1))
    with pytest.raises(UserError, match="another, active agency"):
        register.retire(dofa, "SONTAY", date(2021, 1, 1), "TAYTRA")


def test_an_agency_with_duties_is_never_deleted(dofa):
    with pytest.raises(UserError, match="retire it instead") as refused:
        register.delete(dofa, "SYT")
    assert register.get("SYT").active
    # Each language names the agency in its own words (register.message_names).
    assert refused.value.message("en").startswith("Department of Health has duties in the plan")
    assert refused.value.message("vi").startswith("Sở Y tế ")


def test_an_agency_added_by_mistake_can_be_deleted(dofa):
    register.add(dofa, "TYPO", "Sở Y te", "Typo", "department")
    register.delete(dofa, "TYPO")
    with pytest.raises(UserError, match="no agency"):
        register.get("TYPO")


def test_an_agency_with_reports_is_never_deleted(dofa):
    from app.services.reports import reports

    register.add(dofa, "BQLDA", "Ban Quản lý dự án", "Project Management Board", "department")
    agency = register.get("BQLDA")
    reports.open_draft(dofa, agency, catalogue.active_plan(), "2026-Y")
    with pytest.raises(UserError, match="reports on record"):
        register.delete(dofa, "BQLDA")
    assert register.get("BQLDA").active
