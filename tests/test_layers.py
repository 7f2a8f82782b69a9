"""The layers hold: screens get plain domain objects from services and never import models."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _imports_models(path: Path) -> list[str]:
    """The lines of `path` that import app.models (any form, at any depth)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
            if node.module == "app":
                names += [f"app.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        if any(name == "app.models" or name.startswith("app.models.") for name in names):
            found.append(f"{path}:{node.lineno}")
    return found


# Consolidation, reports and the dashboard: their services hand over frozen dataclasses.
VIEW_PACKAGES = ("consolidation", "reports", "dashboard")


def test_consolidation_reports_and_dashboard_screens_import_no_model():
    offenders = [
        line
        for package in VIEW_PACKAGES
        for path in sorted((ROOT / "app" / "ui" / package).rglob("*.py"))
        for line in _imports_models(path)
    ]
    assert offenders == []


def test_the_check_sees_every_form_of_import(tmp_path):
    forms = {
        "a.py": "from app.models import Plan\n",
        "b.py": "import app.models.report\n",
        "c.py": "from app import models\n",
        "d.py": "def f():\n    from app.models.report import Report\n",
        "e.py": "from app.services import reports\n",
    }
    for name, text in forms.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    hits = {name for name in forms if _imports_models(tmp_path / name)}
    assert hits == {"a.py", "b.py", "c.py", "d.py"}


# Exchange, outgoing, the kit, accounts, the catalogue and the key dialogs.
FIRST_PACKAGES = ("exchange", "outgoing", "kit", "accounts", "catalogue", "keys")


def test_exchange_outgoing_kit_accounts_catalogue_and_key_screens_import_no_model():
    offenders = [
        line
        for package in FIRST_PACKAGES
        for path in sorted((ROOT / "app" / "ui" / package).rglob("*.py"))
        for line in _imports_models(path)
    ]
    assert offenders == []


# Everything else under app/ui too: the start-up, the main window, the set-up assistant, the
# workstation menu and the guide (the packages above have tests of their own).


def test_no_module_under_app_ui_imports_a_model():
    offenders = [
        line
        for path in sorted((ROOT / "app" / "ui").rglob("*.py"))
        for line in _imports_models(path)
    ]
    assert offenders == []


# Services run their transactions in the workstation's database session
# (`station.session.atomic()`, app/models/session.py), which they are given, not through the
# models' module-level proxy `db`: no module may start using it again.


# Modules that use the proxy on purpose, each with the reason (also said in the module): they
# need no workstation, and threading one through would pass a parameter for nothing.
PROXY_WITHOUT_A_WORKSTATION = {
    "app/services/core/storage_errors.py": (
        "classifies a failure reaching a last-resort handler, where no workstation is in hand: "
        "it only names the database that failed and closes a lost server connection"
    ),
}


def _uses_the_proxy(path: Path) -> list[str]:
    """The lines of `path` that use the `db` proxy it imports from app.models."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imports_it = any(
        isinstance(node, ast.ImportFrom)
        and node.module in ("app.models", "app.models.base")
        and any(alias.name == "db" and alias.asname is None for alias in node.names)
        for node in ast.walk(tree)
    )
    if not imports_it:
        return []
    return [
        f"{path}:{node.lineno}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "db"
    ]


def test_nothing_above_the_models_uses_their_proxy():
    """Services, commands, the command line and the screens: only app/models binds it."""
    using = {
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "app").rglob("*.py"))
        if path.relative_to(ROOT).parts[1] != "models" and _uses_the_proxy(path)
    }
    allowed = PROXY_WITHOUT_A_WORKSTATION.keys()
    assert using - allowed == set(), "use station.session, not the models' proxy"
    assert allowed - using == set(), "no longer on the proxy: take it off the list"
    for module, reason in PROXY_WITHOUT_A_WORKSTATION.items():
        assert reason.strip(), module
        assert "models' database binding" in (ROOT / module).read_text(encoding="utf-8"), (
            f"{module} says in its docstring why it keeps the proxy"
        )


def test_the_proxy_check_sees_its_uses(tmp_path):
    forms = {
        "a.py": "from app.models import Plan, db\n\ndef f():\n    with db.atomic():\n        ...\n",
        "b.py": "from app.models.base import db\nx = db.execute_sql('SELECT 1')\n",
        "c.py": "from app.models import db\n",  # imported, unused: nothing to convert
        "d.py": "def f(station):\n    with station.session.atomic():\n        pass\n",
    }
    for name, text in forms.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert {name for name in forms if _uses_the_proxy(tmp_path / name)} == {"a.py", "b.py"}
