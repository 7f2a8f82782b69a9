"""Building blocks for CLI tests of the exchange: DoFA, kits, enrolment, reports, bundles.

Every step runs `python -m app` in a real process (tests.conftest.run_cli) with `--lang en`,
so messages are English. An `Exchange` is a folder holding several workstation profiles (DoFA
and agencies), the kits, enrolment files and bundles they made, and the test keyring file
they share (tests/keyring_backend.py). Building one costs a few seconds, so a test module can
build it once and hand each test its own copy with `clone()`:

    @pytest.fixture(scope="module")
    def base(tmp_path_factory):
        return standard_exchange(tmp_path_factory.mktemp("exchange"))

    def test_something(base, tmp_path):
        ex = base.clone(tmp_path / "ex")
        bundle = ex.export_bundle("syt")
        rc, results = ex.import_bundles(bundle)
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests import pg_cluster
from tests.conftest import REPO, run_cli

PERIOD = "2026-Y"
APPROVER_NAME = "Nguyễn Văn An"
APPROVER_LOGIN = "nguyen.van.an"
APPROVER_POSITION = "Phó Giám đốc"
APPROVER_PASSWORD = "phe-duyet-2026"
EVIDENCE_NAME = "biên bản họp.pdf"
BUNDLE_NAME = re.compile(r"^(?P<agency>[A-Z0-9]+)-(?P<date>\d{8})-(?P<sequence>\d{4})\.ptbundle$")
FINGERPRINT = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){4}$")


def ok(result: subprocess.CompletedProcess) -> str:
    """stdout of a command that must have succeeded (else the assertion shows stderr)."""
    assert result.returncode == 0, (
        f"exit {result.returncode}: {result.stderr.decode('utf-8', 'replace')}"
    )
    return result.stdout.decode("utf-8")


def refused(result: subprocess.CompletedProcess, code: int = 1) -> str:
    """stderr of a command that must have been refused with `code`, in plain words."""
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == code, (
        f"expected exit {code}, got {result.returncode}; stdout: {result.stdout!r}; {stderr}"
    )
    assert "Traceback" not in stderr, stderr
    return stderr


def db_rows(profile: Path, skip: tuple[str, ...] = ("audit_entry",)) -> dict[str, list]:
    """Every row of every table of a profile's database (but `skip`), for before/after checks."""
    office = pg_cluster.office_connection(profile)
    if office is not None:
        cursor = office.cursor()
        cursor.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            " ORDER BY table_name"
        )
        tables = [name for (name,) in cursor.fetchall() if name not in skip]
        rows = {}
        for table in tables:
            cursor.execute(f'SELECT * FROM "{table}"')
            # bytea comes back as a memoryview, whose repr is its address: compare the bytes
            rows[table] = sorted(
                repr(tuple(bytes(v) if isinstance(v, memoryview) else v for v in row))
                for row in cursor.fetchall()
            )
        office.close()
        return rows
    uri = f"file:{profile / 'plantracker.sqlite'}?mode=ro"
    with sqlite3.connect(uri, uri=True) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if name not in skip
        ]
        return {
            table: sorted(map(repr, connection.execute(f'SELECT * FROM "{table}"')))
            for table in tables
        }


def audit_actions(profile: Path) -> list[tuple[str, dict]]:
    """The profile's audit log, oldest first: (action, detail)."""
    office = pg_cluster.office_connection(profile)
    if office is not None:
        cursor = office.cursor()
        cursor.execute("SELECT action, detail FROM audit_entry ORDER BY id")
        rows = cursor.fetchall()
        office.close()
        return [(action, json.loads(detail) if detail else {}) for action, detail in rows]
    uri = f"file:{profile / 'plantracker.sqlite'}?mode=ro"
    with sqlite3.connect(uri, uri=True) as connection:
        rows = connection.execute("SELECT action, detail FROM audit_entry ORDER BY id").fetchall()
    return [(action, json.loads(detail) if detail else {}) for action, detail in rows]


def files_under(folder: Path) -> list[str]:
    """Relative paths of the files in a folder (empty when it does not exist)."""
    if not folder.exists():
        return []
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@dataclass
class Exchange:
    """Workstation profiles under one folder, sharing one test keyring file."""

    root: Path

    def __post_init__(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)

    # --- running commands ----------------------------------------------------------------

    @property
    def keyring(self) -> Path:
        return self.root / "keyring.json"

    @property
    def env(self) -> dict[str, str]:
        return {
            "PLANTRACKER_TEST_KEYRING": str(self.keyring),
            "XDG_DATA_HOME": str(self.root / "xdg"),  # no default profile outside the test
        }

    def profile(self, name: str) -> Path:
        """A profile folder of this exchange by name ("dofa", "syt", …)."""
        return self.root / name

    @property
    def dofa(self) -> Path:
        return self.profile("dofa")

    def cli(self, name: str, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
        """`plantracker --lang en --profile <root/name> ARGS…` (see tests.conftest.run_cli).

        A keyring backend chosen in `env` takes effect only in a new process: such a command
        runs in one.
        """
        process = "PYTHON_KEYRING_BACKEND" in (env or {})
        env = {**self.env, **(env or {})}
        profile = str(self.profile(name))
        return run_cli("--lang", "en", "--profile", profile, *args, env=env, process=process)

    def json(self, name: str, *args: str, env: dict | None = None):
        return json.loads(ok(self.cli(name, *args, env=env)))

    def copy_profile(self, name: str, new_name: str) -> Path:
        """A second copy of a workstation, as if restored from a backup: same profile id,
        so the same keys in the shared keyring."""
        shutil.copytree(self.profile(name), self.profile(new_name))
        pg_cluster.clone_office_databases(self.profile(new_name))
        return self.profile(new_name)

    def clone(self, dest: Path) -> Exchange:
        """An independent copy: profiles, files and keyring (secrets are keyed by profile id)."""
        shutil.copytree(self.root, dest)
        pg_cluster.clone_office_databases(dest)  # each copy of an office its own database
        return Exchange(dest)

    # --- trust ---------------------------------------------------------------------------

    def setup_dofa(self, name: str = "dofa", agency: str = "SNGV") -> str:
        """Set up a consolidating workstation; what it printed (the escrow key among it) is
        also kept in <root>/<name>-setup.txt."""
        printed = ok(self.cli(name, "setup", "--agency", agency, "--dofa"))
        (self.root / f"{name}-setup.txt").write_text(printed, encoding="utf-8")
        # A new DoFA follows up from the period under way on the day the test runs; the tests'
        # periods are fixed (2026-Y), so it follows up from before them whatever the date.
        ok(self.cli(name, "track", "--from", "2025-Y"))
        return printed

    def escrow_identity(self, name: str = "dofa") -> str:
        """The escrow identity `setup --dofa` printed once (AGE-SECRET-KEY-1…)."""
        printed = (self.root / f"{name}-setup.txt").read_text(encoding="utf-8")
        return next(w for w in printed.split() if w.startswith("AGE-SECRET-KEY-"))

    def export_kit(self, agency: str, dofa: str = "dofa") -> Path:
        out = self.root / "kits" / f"{agency.lower()}-{len(files_under(self.root / 'kits'))}.ptkit"
        out.parent.mkdir(exist_ok=True)
        ok(self.cli(dofa, "kit", "export", "--agency", agency, "--out", str(out)))
        return out

    def setup_from_kit(self, name: str, kit: Path, dofa: str = "dofa") -> str:
        """Set up or adopt with the fingerprint DoFA reads out from `keys show`."""
        return ok(self.cli(name, "setup", "--kit", str(kit), "--fingerprint", self.fp(dofa)))

    def fp(self, name: str) -> str:
        return self.keys(name)["fingerprint"]

    def keys(self, name: str) -> dict:
        """`keys show --json`: {agency, fingerprint, signing_public_key_pem, age_recipient}."""
        return self.json(name, "keys", "show", "--json")

    def export_enrolment(self, name: str) -> Path:
        out = self.root / "enrolments" / f"{name}.ptenroll"
        out.parent.mkdir(exist_ok=True)
        ok(self.cli(name, "enroll", "export", "--out", str(out)))
        return out

    def enrol(self, name: str, dofa: str = "dofa") -> Path:
        """Export the agency's enrolment file and import it on DoFA with the right fingerprint."""
        enrolment = self.export_enrolment(name)
        fingerprint = self.keys(name)["fingerprint"]
        ok(self.cli(dofa, "enroll", "import", str(enrolment), "--fingerprint", fingerprint))
        return enrolment

    # --- reports -------------------------------------------------------------------------

    def add_approver(self, name: str) -> None:
        ok(
            self.cli(
                name,
                "user",
                "add",
                "--name",
                APPROVER_NAME,
                "--position",
                APPROVER_POSITION,
                "--role",
                "approver",
                env={"PLANTRACKER_PASSWORD": APPROVER_PASSWORD},
            )
        )

    def own_duties(self, name: str) -> list[str]:
        agency = self.keys(name)["agency"]
        return [d["ref"] for d in self.json(name, "duties", "--json", "--agency", agency)]

    def edit(self, name: str, duty: str, *args: str, period: str = PERIOD) -> str:
        return ok(self.cli(name, "report", "edit", "--period", period, "--duty", duty, *args))

    def fill(self, name: str, period: str = PERIOD, results: str = "Đã triển khai") -> list[str]:
        """Give every duty of the agency an entry; the first one also gets an evidence file."""
        evidence = self.root / "evidence-source" / EVIDENCE_NAME
        evidence.parent.mkdir(exist_ok=True)
        evidence.write_bytes(b"%PDF-1.4 bien ban hop " + name.encode())
        duties = self.own_duties(name)
        for number, duty in enumerate(duties):
            extra = ("--attach", str(evidence)) if number == 0 else ()
            self.edit(
                name,
                duty,
                "--status",
                "in_progress",
                "--progress",
                str(10 * (number + 1)),
                "--results",
                f"{results} ({duty})",
                *extra,
                period=period,
            )
        return duties

    def sign(self, name: str, period: str = PERIOD) -> str:
        return ok(
            self.cli(
                name,
                "report",
                "sign",
                "--period",
                period,
                "--user",
                APPROVER_LOGIN,
                env={"PLANTRACKER_PASSWORD": APPROVER_PASSWORD},
            )
        )

    def amend(self, name: str, reason: str = "Bổ sung số liệu", period: str = PERIOD) -> str:
        return ok(self.cli(name, "report", "amend", "--period", period, "--reason", reason))

    def show(self, name: str, period: str = PERIOD, agency: str | None = None):
        """`report show --json` (with --agency on DoFA); the CompletedProcess, not parsed."""
        extra = ("--agency", agency) if agency else ()
        return self.cli(name, "report", "show", "--period", period, *extra, "--json")

    # --- bundles -------------------------------------------------------------------------

    def export_bundle(self, name: str) -> Path:
        """`bundle export` into the exchange's out/<name>/ folder; the path it printed."""
        folder = self.root / "out" / name
        folder.mkdir(parents=True, exist_ok=True)
        printed = ok(self.cli(name, "bundle", "export", "--out", str(folder))).strip()
        path = Path(printed)
        assert path.parent == folder and path.is_file(), printed
        return path

    def export_revisions(self, name: str, revisions: list[int], period: str = PERIOD) -> Path:
        """A bundle of chosen unacknowledged revisions only.

        The CLI always exports every unacknowledged revision; choosing is a service feature
        (bundle_export.export_bundle(chosen=…)), reached here in a separate process.
        """
        folder = self.root / "out" / f"{name}-chosen"
        folder.mkdir(parents=True, exist_ok=True)
        code = (
            "import sys\n"
            "from pathlib import Path\n"
            "from app.services.exchange import bundle_export\n"
            "from app.services.workstation import profile\n"
            "station = profile.open_profile(Path(sys.argv[1]))\n"
            "wanted = {int(r) for r in sys.argv[4:]}\n"
            "chosen = [r for r in bundle_export.pending(station)\n"
            "          if r.period_id == sys.argv[2] and r.revision in wanted]\n"
            "assert len(chosen) == len(wanted), chosen\n"
            "sent, path = bundle_export.export_bundle(station, Path(sys.argv[3]), chosen=chosen)\n"
            "print(path)\n"
        )
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                code,
                str(self.profile(name)),
                period,
                str(folder),
                *map(str, revisions),
            ],
            capture_output=True,
            env={**os.environ, **self.env},
            cwd=REPO,
            timeout=120,
        )
        return Path(ok(result).strip())

    def import_bundles(
        self, *bundles: Path, dry_run: bool = False, dofa: str = "dofa"
    ) -> tuple[int, list[dict]]:
        """`bundle import … --json` on DoFA: (exit status, results)."""
        extra = ("--dry-run",) if dry_run else ()
        result = self.cli(dofa, "bundle", "import", *map(str, bundles), *extra, "--json")
        assert "Traceback" not in result.stderr.decode("utf-8", "replace"), result.stderr
        return result.returncode, json.loads(result.stdout.decode("utf-8"))


def standard_exchange(root: Path, agency: str = "SYT", name: str = "syt") -> Exchange:
    """DoFA (SNGV) and one agency set up from DoFA's kit, enrolled, with an approver and a
    signed report for PERIOD (revision 1, one evidence file); nothing exported yet."""
    ex = Exchange(root)
    ex.setup_dofa()
    ex.setup_from_kit(name, ex.export_kit(agency))
    ex.enrol(name)
    ex.add_approver(name)
    ex.fill(name)
    ex.sign(name)
    return ex
