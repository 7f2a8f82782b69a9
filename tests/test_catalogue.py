"""The catalogue as loaded into a profile: who leads and coordinates what."""

from __future__ import annotations

from app.services.catalogue import catalogue, register
from app.services.core.text import fold, matches


def _duty(ref: str):
    return next(d for d in catalogue.duties(catalogue.active_plan()) if d.ref == ref)


def _codes_of(kinds: set[str]) -> set[str]:
    return {a.code for a in register.agencies() if a.kind in kinds}


def test_plan_header(health):
    plan = catalogue.active_plan()
    assert (plan.number_symbol, plan.date.isoformat()) == ("590/QĐ-UBND", "2014-04-22")
    assert plan.signer_name == "Cao Khoa"
    assert len(catalogue.duties(plan)) == 49


def test_group_assignments_expand_against_the_register(health):
    assert set(_duty("III.1.1").lead) == _codes_of({"department", "armed_force", "district"})
    assert set(_duty("III.19.1").lead) == _codes_of({"mass_organisation"})
    assert "UBMTTQ" in _duty("III.19.1").lead
    assert set(_duty("IV.1.1").lead) == {a.code for a in register.agencies()}
    assert _duty("IV.2.1").lead == _duty("IV.2.2").lead == ("SNGV",)


def test_named_coordinating_agencies(health):
    assert _duty("III.2.7").coordinating == ("SNV",)
    assert _duty("III.3.2").coordinating == ("BQLKKTDQ", "BQLKCN")
    assert _duty("III.17.1").coordinating == ("CAT",)
    assert _duty("III.2.5").coordinating == ()  # Bộ Ngoại giao is outside the province


def test_lead_in_duties_of_section_iii_4(health):
    assert _duty("III.4.1").lead_in_vi == "Tham mưu UBND tỉnh:"
    assert _duty("III.4.3").lead_in_vi is None


def test_outline_keeps_context_sections(health):
    outline = catalogue.outline(catalogue.active_plan())
    assert [s.ident for s in outline] == ["I", "II", "III", "IV"]
    assert not outline[0].reportable and outline[2].reportable
    assert outline[0].items[0].paragraphs[0].text_vi.startswith("Nâng cao nhận thức và đẩy mạnh")
    assert sum(len(i.duties) for s in outline for i in s.items) == 49


def test_accent_and_case_insensitive_search():
    assert fold("Sở Ngoại VỤ Đà Nẵng") == "so ngoai vu da nang"
    assert matches("ngoai vu", "Sở Ngoại vụ")
    assert matches("NGOẠI   vụ", "Sở Ngoại vụ")
    assert not matches("ngoai vu", "nước ngoài", "dịch vụ")  # a phrase, not scattered words
