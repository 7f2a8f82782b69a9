"""A consolidating office on its PostgreSQL server: evidence in the database, what `backup
create` does there, and one officer's window following another officer's import."""

from __future__ import annotations

import hashlib

import pytest

from app.models import Attachment, EvidenceBlob
from app.models.session import close_open_session
from app.services.catalogue.plan_info import active_plan_info
from app.services.consolidation import consolidated_view
from app.services.core.errors import UserError
from app.services.reports import evidence
from app.services.workstation import changes, office_server
from app.ui.kit import i18n, tasks
from tests.conftest import run_cli
from tests.exchange_support import run_module, use
from tests.reporting import PASSWORD
from tests.test_office_concurrency import PASSPHRASE, Office
from tests.windows import main_window


@pytest.fixture(scope="module")
def built(pg_server, tmp_path_factory):
    return Office(tmp_path_factory.mktemp("office-server"), "postgresql", pg_server)


@pytest.fixture
def office(built, monkeypatch):
    for name, value in built.env.items():  # the keyring, DoFA's passphrase for commands
        monkeypatch.setenv(name, value)
    return built


def test_backup_create_on_a_server_profile_points_to_pg_dump_and_writes_nothing(
    pg_server, tmp_path
):
    folder, out = tmp_path / "dofa", tmp_path / "dofa.ptbackup"
    made = run_cli("--profile", str(folder), "setup", "--agency", "SNGV", "--dofa",
                   "--database", pg_server.new_database(),
                   env={"PLANTRACKER_PASSPHRASE": PASSPHRASE})  # fmt: skip
    assert made.returncode == 0, made.stderr
    for language, words in (("en", "pg_dump"), ("vi", "sao lưu trên máy chủ bằng pg_dump")):
        refused = run_cli("--lang", language, "--profile", str(folder), "backup", "create",
                          "--out", str(out), env={"PLANTRACKER_PASSPHRASE": PASSPHRASE},
                          )  # fmt: skip
        assert refused.returncode == 1
        assert words in refused.stderr.decode("utf-8")
        assert b"Traceback" not in refused.stderr
        assert not out.exists()


def test_imported_evidence_lives_in_the_database_and_reads_back_whole(office, tmp_path):
    folder, _ = office.fresh("evidence")
    imported = run_module("app", "--profile", str(folder), "bundle", "import",
                          str(office.health_1), keyring=office.keyring)  # fmt: skip
    assert imported.returncode == 0, imported.stderr.decode()
    station = use(folder)
    attached = list(Attachment.select())
    assert attached and EvidenceBlob.select().count() == len({a.sha256 for a in attached})
    for attachment in attached:
        data = evidence.read_bytes(station.folder, attachment.sha256)
        assert hashlib.sha256(data).hexdigest() == attachment.sha256
        copy = evidence.export_copy(station.folder, attachment.sha256, tmp_path, "x.pdf")
        assert copy.read_bytes() == data
    assert not (folder / evidence.EVIDENCE_DIR).exists()  # nothing on this PC
    close_open_session()


def test_a_window_on_one_pc_shows_an_import_made_on_another(qtbot, office, monkeypatch):
    first, second = office.fresh("watch")
    tasks.set_synchronous(True)
    try:
        i18n.install("en")
        window = main_window(use(first))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.office_watch.known is not None)  # once painted
        known = window.office_watch.known
        health = dict(window.overview.dashboard.shown_rows())["SYT"]
        imported = run_module("app", "--profile", str(second), "bundle", "import",
                              str(office.health_1), keyring=office.keyring)  # fmt: skip
        assert imported.returncode == 0, imported.stderr.decode()
        assert office_server.read_url(first) == office_server.read_url(second)
        with qtbot.waitSignal(window.office_watch.office_changed, timeout=2000):
            window.office_watch.poll()
        assert window.office_watch.known == changes.generation() == known + 1
        assert dict(window.overview.dashboard.shown_rows())["SYT"] != health
    finally:
        tasks.set_synchronous(False)


def test_two_officers_writing_the_consolidated_report_on_the_server(office):
    """The checks of tests/test_consolidated_concurrent.py, on the office's server."""
    folder, _ = office.fresh("consolidated")
    station = use(folder)
    plan_info = active_plan_info()
    texts = {"III": "Mục III", "assessment": "Đánh giá chung"}
    first = consolidated_view.save_own_texts(station, plan_info, "2026-Y", texts, "a", {})
    assert first.saved == texts and not first.conflicts
    # The second officer's window showed nothing yet; it writes another part, then the same.
    second = consolidated_view.save_own_texts(
        station, plan_info, "2026-Y", {"IV": "Mục IV", "III": "Mục III khác"}, "b", {}
    )
    assert second.saved == {"IV": "Mục IV"}
    [(key, conflict)] = second.conflicts
    assert key == "III" and conflict.theirs == "Mục III"
    assert dict(second.state.summaries) == {"III": "Mục III", "IV": "Mục IV"}
    assert second.state.version == first.state.version + 1
    with pytest.raises(UserError, match="it was not signed"):
        consolidated_view.sign(
            plan_info, "2026-Y", "Lê Văn Bình", PASSWORD, station, PASSPHRASE,
            seen_version=first.state.version,
        )  # fmt: skip
    signed = consolidated_view.sign(
        plan_info, "2026-Y", "Lê Văn Bình", PASSWORD, station, PASSPHRASE,
        seen_version=second.state.version,
    )  # fmt: skip
    assert signed.status == "signed" and dict(signed.summaries)["IV"] == "Mục IV"
    close_open_session()
