"""The feature packages keep their order: in app/services and in app/ui a package imports only
the packages listed before it in its table of docs/architecture.md, so the tree reads from the
bottom up and no two packages need each other.

Every import counts, at module level and inside functions (a late import would otherwise hide a
cycle); only imports under `if TYPE_CHECKING:` are exempt, since they name types and never run.
The modules at the top of app/ui (the start-up and the main window) come after every package
there. And no module of app/ imports, as it is imported, one that imports it back."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.test_architecture_doc import DOC, _package_rows

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"
TOP = "(top)"  # the modules straight under app/ui, above its packages

# Imports that still run against the order, as "module → package it imports", each with what
# resolves it. This list only shrinks: a listed import that is gone must leave it, and a new
# one is resolved by moving a name to where it belongs, not by listing it here.
AGAINST_THE_ORDER: dict[str, str] = {}


def package_order(layer: str) -> list[str]:
    """The packages of app/<layer>, bottom first, as the map's table lists them."""
    return list(_package_rows(DOC.read_text(encoding="utf-8"), f"`app/{layer}/`"))


def _type_checking_only(tree: ast.Module) -> set[int]:
    """The ids of the nodes under `if TYPE_CHECKING:` (or `typing.TYPE_CHECKING`)."""
    inside = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If):
            test = node.test
            name = test.id if isinstance(test, ast.Name) else getattr(test, "attr", None)
            if name == "TYPE_CHECKING":
                inside |= {id(n) for branch in node.body for n in ast.walk(branch)}
    return inside


def _module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _inside_functions(tree: ast.Module) -> set[int]:
    """The ids of the nodes in function bodies: what runs when called, not when imported."""
    functions = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
    return {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, functions)
        for part in (node.body if isinstance(node.body, list) else [node.body])
        for inner in ast.walk(part)
    }


def imported_modules(
    path: Path, root: Path = ROOT, when_imported: bool = False
) -> list[tuple[int, str]]:
    """(line, dotted name) of everything the file imports when it runs (only as it is imported,
    if `when_imported`): `from a.b import c` gives a.b.c as well as a.b (c may be a module), a
    relative import is made absolute."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _type_checking_only(tree) | (_inside_functions(tree) if when_imported else set())
    here = _module_name(path, root).split(".")
    if path.name != "__init__.py":
        here = here[:-1]  # the package the module is in
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = here[: len(here) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def against_the_order(layer: str, root: Path = ROOT, order: list[str] | None = None) -> set[str]:
    """ "module → package" for each import in app/<layer> of a package listed after the
    importer's own (or of a module at the top of app/ui, or of a package not on the map)."""
    order = package_order(layer) if order is None else order
    folder = root / "app" / layer
    rank = {package: place for place, package in enumerate(order)}
    found = set()
    for path in sorted(folder.rglob("*.py")):
        inside = path.relative_to(folder).parts
        own = inside[0] if len(inside) > 1 else TOP
        if own == TOP:
            continue  # the top of app/ui may use every package
        for _line, name in imported_modules(path, root):
            parts = name.split(".")
            if parts[:2] != ["app", layer] or len(parts) < 3 or parts[2] == own:
                continue
            target = parts[2]
            if (folder / f"{target}.py").is_file():
                target = TOP
            elif not (folder / target).is_dir():
                continue  # a name imported from app/<layer>/__init__.py, not a package
            if rank.get(target, len(order)) > rank.get(own, len(order)):
                found.add(f"{path.relative_to(root)} → {target}")
    return found


def import_cycles(root: Path = ROOT) -> list[list[str]]:
    """The groups of modules under app/ that import each other, as they are imported (a cycle
    there fails or half-initialises a module, depending on which is imported first)."""
    modules = {_module_name(path, root): path for path in sorted((root / "app").rglob("*.py"))}
    needs = {
        name: {found for _l, found in imported_modules(path, root, True) if found in modules}
        - {name}
        for name, path in modules.items()
    }
    # Tarjan's strongly connected components, without recursion.
    order, low, stack, on_stack, cycles = {}, {}, [], set(), []
    for start in needs:
        if start in order:
            continue
        work = [(start, iter(sorted(needs[start])))]
        order[start] = low[start] = len(order)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, following = work[-1]
            step = next(following, None)
            if step is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == order[node]:
                    group = []
                    while not group or group[-1] != node:
                        group.append(stack.pop())
                        on_stack.discard(group[-1])
                    if len(group) > 1:
                        cycles.append(sorted(group))
            elif step not in order:
                order[step] = low[step] = len(order)
                stack.append(step)
                on_stack.add(step)
                work.append((step, iter(sorted(needs[step]))))
            elif step in on_stack:
                low[node] = min(low[node], order[step])
    return cycles


def test_no_module_imports_one_that_imports_it_back():
    assert import_cycles() == []


def test_the_cycle_check_sees_a_cycle(tmp_path):
    package = tmp_path / "app" / "services" / "low"
    package.mkdir(parents=True)
    (tmp_path / "app" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "app" / "services" / "__init__.py").write_text("", encoding="utf-8")
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "a.py").write_text("from app.services.low import b\n", encoding="utf-8")
    (package / "b.py").write_text("from . import c\n", encoding="utf-8")
    (package / "c.py").write_text("import app.services.low.a\n", encoding="utf-8")
    (package / "late.py").write_text("import app.services.low.d\n", encoding="utf-8")
    (package / "d.py").write_text("def f():\n    from app.services.low import late\n", "utf-8")
    assert import_cycles(tmp_path) == [
        ["app.services.low.a", "app.services.low.b", "app.services.low.c"]
    ]


@pytest.mark.parametrize(("layer", "bottom"), [("services", "core"), ("ui", "kit")])
def test_packages_import_only_those_before_them(layer, bottom):
    assert package_order(layer)[0] == bottom
    found = against_the_order(layer)
    allowed = {k for k in AGAINST_THE_ORDER if k.startswith(f"app/{layer}/")}
    assert sorted(found - allowed) == [], "import a package listed before; move the name down"
    assert sorted(allowed - found) == [], "resolved: take it off AGAINST_THE_ORDER"


def test_every_listed_exception_says_what_resolves_it():
    for listed, reason in AGAINST_THE_ORDER.items():
        module = listed.split(" → ")[0]
        assert (ROOT / module).is_file(), listed
        assert reason.strip(), listed


def test_the_check_sees_every_import_that_runs(tmp_path):
    services = tmp_path / "app" / "services"
    forms = {
        "low/at_module_level.py": "from app.services.high import thing\n",
        "low/plain_import.py": "import app.services.high.thing\n",
        "low/package_form.py": "from app.services import high\n",
        "low/in_a_function.py": "def f():\n    from app.services.high.thing import x\n",
        "low/relative.py": "from ..high import thing\n",
        "low/types_only.py": (
            "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from app.services.high.thing import X\n"
        ),
        "low/typing_attribute.py": (
            "import typing\nif typing.TYPE_CHECKING:\n    from app.services import high\n"
        ),
        "low/downwards.py": "from app.services.low import other\n",
        "high/upwards.py": "from app.services.low import other\nfrom ..low import other\n",
        "high/thing.py": "",
        "low/other.py": "",
    }
    for name, text in forms.items():
        (services / name).parent.mkdir(parents=True, exist_ok=True)
        (services / name).write_text(text, encoding="utf-8")
    for package in ("low", "high"):
        (services / package / "__init__.py").write_text("", encoding="utf-8")
    found = against_the_order("services", tmp_path, ["low", "high"])
    assert found == {
        f"app/services/low/{name}.py → high"
        for name in ("at_module_level", "plain_import", "package_form", "in_a_function", "relative")
    }
    # A package not on the map counts as above every package.
    assert against_the_order("services", tmp_path, ["high"]) == {
        "app/services/high/upwards.py → low"
    }


def test_the_top_of_app_ui_is_above_its_packages(tmp_path):
    ui = tmp_path / "app" / "ui"
    (ui / "kit").mkdir(parents=True)
    (ui / "kit" / "__init__.py").write_text("", encoding="utf-8")
    (ui / "kit" / "uses_the_window.py").write_text(
        "def f():\n    from app.ui.main_window import MainWindow\n", encoding="utf-8"
    )
    (ui / "main_window.py").write_text("from app.ui.kit import uses_the_window\n", encoding="utf-8")
    assert against_the_order("ui", tmp_path, ["kit"]) == {"app/ui/kit/uses_the_window.py → (top)"}
