"""Edge cases of the exchange: rebinding to another DoFA, dry runs of several files, bundle
numbers across a key rotation."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import REPO
from tests.exchange_cli_helpers import ok, refused


@pytest.fixture(scope="module")
def base(tmp_path_factory, standard_exchange_base):
    return standard_exchange_base.clone(tmp_path_factory.mktemp("exchange") / "ex")


@pytest.fixture
def ex(base, tmp_path):
    return base.clone(tmp_path / "ex")


def test_a_bound_workstation_refuses_a_kit_from_another_dofa(ex):
    bound_to = ex.keys("dofa")["fingerprint"]
    ex.setup_dofa("other")
    other_kit = ex.export_kit("SYT", dofa="other")
    other = ex.fp("other")
    stderr = refused(ex.cli("syt", "setup", "--kit", str(other_kit), "--fingerprint", other))
    assert bound_to in stderr
    # Still bound to the first DoFA: its bundles import there.
    rc, [result] = ex.import_bundles(ex.export_bundle("syt"))
    assert rc == 0 and result["status"] == "imported"


def test_a_dry_run_of_several_files_exits_as_the_real_run(ex):
    duty = ex.own_duties("syt")[0]
    ex.amend("syt")
    ex.copy_profile("syt", "restored")
    ex.edit("syt", duty, "--progress", "70")
    ex.sign("syt")
    ex.edit("restored", duty, "--progress", "80")
    ex.sign("restored")
    first, second = ex.export_bundle("syt"), ex.export_bundle("restored")
    preview_rc, preview = ex.import_bundles(first, second, first, dry_run=True)
    real_rc, real = ex.import_bundles(first, second, first)
    assert preview_rc == real_rc == 1
    assert (
        [r["status"] for r in preview]
        == [r["status"] for r in real]
        == ["imported", "conflict", "already_imported"]
    )


def test_bundle_numbers_carry_on_across_a_key_rotation(ex):
    rc, _ = ex.import_bundles(ex.export_bundle("syt"))
    assert rc == 0
    ok(ex.cli("syt", "keys", "rotate"))
    ex.amend("syt")
    ex.sign("syt")
    rc, [result] = ex.import_bundles(ex.export_bundle("syt"))
    assert rc == 0 and result["sequence"] == 2
    gaps = ex.cli("dofa", "--lang", "en", "status", "--period", "2026-Y", "--json")
    assert json.loads(ok(gaps))["received"] == 1
    code = (
        "from pathlib import Path; from app.services.workstation import profile;"
        "from app.services.exchange import ledger;"
        f"profile.open_profile(Path({str(ex.profile('dofa'))!r})); print(ledger.gaps())"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], env=ex.env, capture_output=True, cwd=str(REPO), text=True
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == "{}"


def test_the_ledger_shows_a_returned_report(ex):
    rc, _ = ex.import_bundles(ex.export_bundle("syt"))
    assert rc == 0
    ok(
        ex.cli(
            "dofa",
            "report",
            "return",
            "--agency",
            "SYT",
            "--period",
            "2026-Y",
            "--comment",
            "Bổ sung số liệu",
        )
    )
    code = (
        "from pathlib import Path; from app.services.workstation import profile;"
        "from app.services.exchange import ledger;"
        f"profile.open_profile(Path({str(ex.profile('dofa'))!r}));"
        "print([(r.sequence, r.returned) for r in ledger.ledger()])"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], env=ex.env, capture_output=True, cwd=str(REPO), text=True
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == "[(1, ('2026-Y/1',))]"


def test_a_dry_run_says_so_and_lists_field_changes_in_plain_words(ex):
    bundle = ex.export_bundle("syt")
    before = ok(ex.cli("dofa", "--lang", "en", "status", "--period", "2026-Y", "--json"))
    shown = ok(ex.cli("dofa", "--lang", "en", "bundle", "import", str(bundle), "--dry-run"))
    assert shown.startswith("Dry run: nothing was written.")
    assert "2026-Y r1: new" in shown
    assert "III.1.1 status: (empty) → In progress" in shown  # words, not Python values
    assert "None" not in shown and "'" not in shown
    after = ok(ex.cli("dofa", "--lang", "en", "status", "--period", "2026-Y", "--json"))
    assert before == after
