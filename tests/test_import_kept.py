"""Preview, then import: the import does not decrypt and parse again what the preview read,
yet it judges the files by this workstation's state at import time, and reads a file that
changed on disk afresh."""

from __future__ import annotations

import shutil

import pytest

from app.models import Report, ReportEntry
from app.services.exchange import bundle_format, bundle_import
from app.services.keys import key_lifecycle
from tests.exchange_support import count_opened, enrol_agency, export, make_dofa, sign_period, use


@pytest.fixture
def world(tmp_path):
    dofa = make_dofa(tmp_path / "dofa")
    health = enrol_agency(tmp_path / "dofa", tmp_path / "syt", "SYT")
    sign_period(health, "2026-H1", "Đã tổ chức 3 hội nghị")
    first = export(health, tmp_path / "b1.ptbundle")
    sign_period(health, "2026-Y", "Đã tổ chức 4 hội nghị")
    second = export(health, tmp_path / "b2.ptbundle")
    return dofa, [first, second]


@pytest.fixture
def opened(monkeypatch):
    """The files each call of open_bundle (decrypt, unzip, hash) read."""
    return count_opened(monkeypatch)


def test_the_import_after_a_preview_reads_each_file_once(world, opened):
    dofa, paths = world
    station = use(dofa)
    kept: bundle_import.KeptBundles = {}

    preview = bundle_import.import_bundles(station, paths, dry_run=True, kept=kept)
    assert [r.status for r in preview] == ["imported", "imported"]
    assert Report.select().where(Report.channel == "bundle").count() == 0
    results = bundle_import.import_bundles(station, paths, kept=kept)

    assert opened == ["b1.ptbundle", "b2.ptbundle"]  # by the preview only
    assert [r.status for r in results] == ["imported", "imported"]
    # The second bundle carries 2026-H1 again (not yet acknowledged) and 2026-Y.
    assert [o.outcome for r in results for o in r.reports] == ["new", "unchanged", "new"]
    assert ReportEntry.select().join(Report).where(Report.channel == "bundle").count() > 0


def test_a_file_changed_since_the_preview_is_read_again(world, opened):
    dofa, [first, second] = world
    station = use(dofa)
    kept: bundle_import.KeptBundles = {}
    bundle_import.import_bundles(station, [first], dry_run=True, kept=kept)

    shutil.copy(second, first)  # same name, other content

    [result] = bundle_import.import_bundles(station, [first], kept=kept)
    assert opened == ["b1.ptbundle", "b1.ptbundle"]
    assert [o.period for o in result.reports] == ["2026-H1", "2026-Y"]  # what is on disk now


def test_a_key_revoked_after_the_preview_is_refused_at_import(world):
    dofa, paths = world
    station = use(dofa)
    kept: bundle_import.KeptBundles = {}
    preview = bundle_import.import_bundles(station, paths, dry_run=True, kept=kept)
    assert {r.status for r in preview} == {"imported"}

    key_lifecycle.revoke(station, "SYT")

    results = bundle_import.import_bundles(station, paths, kept=kept)
    assert {(r.status, r.reason_code) for r in results} == {("rejected", "revoked_key")}
    assert Report.select().where(Report.channel == "bundle").count() == 0
    assert isinstance(kept[paths[0]].opened, bundle_format.OpenedBundle)
