"""Shared fixtures: offscreen Qt, compiled translations, a fresh profile per test."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import traceback
from pathlib import Path

# Must be set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.keyring_backend.FileKeyring"

import pytest  # noqa: E402

from app.models.session import DatabaseSession, close_open_session  # noqa: E402
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
    for secret in (
        "PLANTRACKER_PASSWORD",
        "PLANTRACKER_ADMIN_PASSWORD",
        "PLANTRACKER_PASSPHRASE",
        "PLANTRACKER_TOKEN_PIN",
    ):
        monkeypatch.delenv(secret, raising=False)
    monkeypatch.delenv(profile.ENV_PROFILE, raising=False)
    yield
    close_open_session()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item):
    """pytest-qt closes a test's widgets and calls deleteLater, but nothing at that level runs
    deferred deletes: the closed windows, their timers and their tasks' callbacks lived on
    until a later test's modal dialog ran an event loop, and were deleted inside it (a dialog
    parented to such a window was freed twice). Each test's widgets are deleted at its end,
    once pytest-qt (the innermost wrapper) has closed them."""
    yield
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent

        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def database(tmp_path):
    """A session on a new SQLite file with the current schema and nothing in it, closed at the
    test's end."""
    with DatabaseSession.open_file(tmp_path / "test.sqlite") as session:
        yield session


def _new_workstation(folder: Path, code: str, consolidating: bool):
    # One workstation is open at a time: a test asking for both gets the second one open
    # (`tests.exchange_support.use` switches between them).
    close_open_session()
    with profile.create_profile(folder, code, consolidating) as station:
        yield station
        _finish_tasks()


def _finish_tasks() -> None:
    """Every task a test's screens started runs and calls back before its workstation closes:
    none finds the database closed under it, and none answers into the next test."""
    tasks = sys.modules.get("app.ui.kit.tasks")
    if tasks is None:
        return  # no screen ran in this process yet
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        return
    for _ in range(100):  # a callback may start another task (a read after a save)
        tasks.pool().waitForDone(30000)
        QCoreApplication.processEvents()
        if not tasks.under_way():
            return


@pytest.fixture
def dofa(tmp_path):
    """A consolidating workstation of the Department of Foreign Affairs, open."""
    yield from _new_workstation(tmp_path / "dofa", "SNGV", consolidating=True)


@pytest.fixture
def health(tmp_path):
    """An agency workstation of the Department of Health, open."""
    yield from _new_workstation(tmp_path / "syt", "SYT", consolidating=False)


@pytest.fixture(scope="session")
def standard_exchange_base(tmp_path_factory):
    """DoFA and Sở Y tế with a signed report (tests.exchange_cli_helpers.standard_exchange),
    built once for the whole run; modules take their own copy with `clone()`."""
    from tests.exchange_cli_helpers import standard_exchange

    return standard_exchange(tmp_path_factory.mktemp("standard-exchange"))


def run_cli(*args: str, env: dict | None = None, cwd: Path | None = None, process: bool = False):
    """Run the scripting interface as a user would and return what a process would have given.

    By default the command's `main()` runs in this process (starting Python for each of the
    suite's hundreds of commands cost more than the tests themselves): its stdout, stderr and
    exit code are captured, and an uncaught exception becomes a traceback on stderr and exit 1,
    as in a process. `process=True` (or PLANTRACKER_TEST_SUBPROCESS=1 for the whole suite) runs
    `python -m app` in a real process instead.
    """
    # The keyring backend is chosen once per process: a command that needs another one runs in
    # a process of its own.
    process = process or "PYTHON_KEYRING_BACKEND" in (env or {})
    if process or os.environ.get("PLANTRACKER_TEST_SUBPROCESS"):
        from tests.pg_cluster import subprocess_env

        return subprocess.run(
            [sys.executable, "-m", "app", *args],
            capture_output=True,
            env={**os.environ, **subprocess_env(), **(env or {})},
            cwd=cwd or REPO,
            timeout=120,
        )
    return _run_in_process(list(args), env or {}, cwd or REPO)


def _run_in_process(args: list[str], env: dict, cwd: Path) -> subprocess.CompletedProcess:
    from tests.workstations import set_aside

    with set_aside():  # the command starts with no workstation open, as a process would
        return _run_main(args, env, cwd)


def _run_main(args: list[str], env: dict, cwd: Path) -> subprocess.CompletedProcess:
    from app import cli

    saved_env, saved_cwd = dict(os.environ), os.getcwd()
    saved_streams = sys.stdin, sys.stdout, sys.stderr
    out, err = io.BytesIO(), io.BytesIO()
    os.environ.update(env)
    os.chdir(cwd)
    sys.stdin = io.StringIO("")  # no terminal: secrets come from the environment, as in CI
    captured = (
        io.TextIOWrapper(out, encoding="utf-8", write_through=True),
        io.TextIOWrapper(err, encoding="utf-8", write_through=True),
    )
    sys.stdout, sys.stderr = captured
    try:
        code = cli.main(args)
    except SystemExit as exc:  # argparse's usage errors and --help
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except Exception:  # what a process would print before dying
        traceback.print_exc()
        code = 1
    finally:
        for stream in captured:
            stream.flush()
            stream.detach()  # keep the bytes: closing a wrapper would close them too
        sys.stdin, sys.stdout, sys.stderr = saved_streams
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)
    code = 0 if code is None else code
    return subprocess.CompletedProcess(["plantracker", *args], code, out.getvalue(), err.getvalue())


# A SoftHSM2 token and a test CA for the token-signature tests.
pytest_plugins = ["tests.token_support", "tests.pg_cluster"]


@pytest.fixture
def inline_tasks():
    """Tasks run inline on the calling thread: a screen's reads are done once it is built.
    (Their loading state is tested on the pool: tests/test_ui_reads_loading.py.)"""
    from app.ui.kit import tasks

    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)
