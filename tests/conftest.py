"""Shared fixtures: offscreen Qt, compiled translations, a fresh profile per test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Must be set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.keyring_backend.FileKeyring"

import pytest  # noqa: E402

from app.models.connection import close_db  # noqa: E402
from app.paths import TRANSLATIONS_DIR  # noqa: E402
from app.services.workstation import profile  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def pytest_sessionstart(session) -> None:
    """The set-up builds the .qm files; build them here too when pytest runs on its own."""
    sources = sorted(TRANSLATIONS_DIR.glob("*.ts"))
    if any(not ts.with_suffix(".qm").exists() for ts in sources):
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        subprocess.run([str(lrelease), "-silent", *map(str, sources)], check=True)


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """No test sees the user's profile, and none leaves a database bound for the next."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("PLANTRACKER_TEST_KEYRING", str(tmp_path / "keyring.json"))
    for secret in ("PLANTRACKER_PASSWORD", "PLANTRACKER_ADMIN_PASSWORD", "PLANTRACKER_PASSPHRASE"):
        monkeypatch.delenv(secret, raising=False)
    monkeypatch.delenv(profile.ENV_PROFILE, raising=False)
    yield
    close_db()


@pytest.fixture
def dofa(tmp_path):
    """A consolidating workstation of the Department of Foreign Affairs."""
    return profile.create_profile(tmp_path / "dofa", "SNGV", consolidating=True)


@pytest.fixture
def health(tmp_path):
    """An agency workstation of the Department of Health."""
    return profile.create_profile(tmp_path / "syt", "SYT", consolidating=False)


def run_cli(*args: str, env: dict | None = None, cwd: Path | None = None):
    """Run `python -m app` as a user would, in a real process."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        env=full_env,
        cwd=cwd or REPO,
        timeout=120,
    )


# A SoftHSM2 token and a test CA for the token-signature tests.
pytest_plugins = ["tests.token_support"]
