"""docs/architecture.md stays a true map: every path it names exists, every package is on it,
every vocabulary and each of its values is in its glossary, and it cites nothing outside the
repository."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from app.services.core.vocabulary import VOCABULARIES, AuditAction

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"
DOC = ROOT / "docs" / "architecture.md"
# Where a path the map writes short is read from: `core/files.py` is app/services/core/files.py,
# `ui/kit/errors.py` app/ui/kit/errors.py, `wire/` app/services/core/wire.
BASES = (ROOT, APP, APP / "services", APP / "ui", APP / "services" / "core")
# A file of the kinds the repository holds, named without a folder: it exists somewhere in it.
REPOSITORY_FILE = re.compile(r"^[\w.*-]+\.(py|md|sh|toml|lock|spec|ts|sql)$")
FOLDERS_TO_SEARCH = ("app", "tests", "bench", "scripts", "docs", "translations")


def _code_spans(text: str) -> list[str]:
    """The inline code of a Markdown text, and the lines of its fenced blocks."""
    fences = re.compile(r"^```.*?^```", flags=re.S | re.M)
    blocks = [line for block in fences.findall(text) for line in block.splitlines()[1:-1]]
    return re.findall(r"`([^`]+)`", fences.sub("", text)) + blocks


def _paths(span: str) -> list[str]:
    """The repository paths in a code span: words with a slash that are not URLs."""
    return [
        token
        for token in re.findall(r"[\w.*-]*/[\w./*-]*", span)
        if "//" not in token and not span.startswith("postgresql:")
    ]


def _defines(module: Path, name: str) -> bool:
    """Whether `name` is a function, class or assigned name of the module (at any depth)."""
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name == name:
            return True
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                return True
    return False


def resolve(token: str, bases: tuple[Path, ...] = BASES) -> list[Path]:
    """What a path of the map names: files or folders (a `*` matches as in a shell), or, for
    `module/path.name`, the module that defines that name. Empty when nothing matches."""
    token = token.rstrip("/")
    for base in bases:
        found = sorted(base.glob(token))
        if found:
            return found
    folder, _, last = token.rpartition("/")
    stem, dot, name = last.partition(".")
    if dot and not name.endswith(("py", "md")):
        for base in bases:
            module = base / folder / f"{stem}.py"
            if module.is_file() and _defines(module, name.split(".")[0]):
                return [module]
    return []


def _package_rows(text: str, heading: str) -> dict[str, str]:
    """The rows of the table under `### heading`: {package folder name: its row}."""
    section = text.split(f"### {heading}\n", 1)[1].split("\n#", 1)[0]
    return dict(re.findall(r"^\| `(\w+)/` \|(.*)$", section, flags=re.M))


def _packages(folder: Path) -> set[str]:
    return {p.parent.name for p in folder.glob("*/__init__.py")}


def test_every_path_the_map_names_exists():
    text = DOC.read_text(encoding="utf-8")
    missing = [token for span in _code_spans(text) for token in _paths(span) if not resolve(token)]
    assert missing == []


def test_every_file_the_package_tables_name_is_in_its_package():
    text = DOC.read_text(encoding="utf-8")
    missing = []
    for layer in ("services", "ui"):
        for package, row in _package_rows(text, f"`app/{layer}/`").items():
            for name in re.findall(r"`([\w*]+\.py)`", row):
                if not resolve(name, (APP / layer / package,)):
                    missing.append(f"app/{layer}/{package}/{name}")
    assert missing == []


def test_every_repository_file_named_without_a_folder_exists():
    text = DOC.read_text(encoding="utf-8")
    names = {
        word
        for span in _code_spans(text)
        for word in re.findall(r"[\w.*-]+", span)
        if REPOSITORY_FILE.match(word)
    }
    assert len(names) > 20, "the scan found too few file names; is it broken?"
    missing = sorted(
        name
        for name in names
        if not any(any((ROOT / folder).rglob(name)) for folder in FOLDERS_TO_SEARCH)
        and not (ROOT / name).exists()
    )
    assert missing == []


def test_every_package_is_on_the_map():
    """Each package of app/services and app/ui has its row, and every other package folder
    (app/commands/language, the wire format) is named by a path the map gives."""
    text = DOC.read_text(encoding="utf-8")
    for layer in ("services", "ui"):
        assert set(_package_rows(text, f"`app/{layer}/`")) == _packages(APP / layer), layer
    named = {
        found
        for span in _code_spans(text)
        for token in _paths(span)
        for found in resolve(token)
        if found.is_dir()
    }
    in_tables = {APP / layer / p for layer in ("services", "ui") for p in _packages(APP / layer)}
    others = {p.parent for p in APP.rglob("__init__.py")} - in_tables - {APP}
    assert sorted(others - named) == []


def _glossary() -> dict[str, str]:
    """{enum name: the values cell} of the glossary's rows."""
    text = DOC.read_text(encoding="utf-8").split("## Glossary\n", 1)[1]
    rows = re.findall(r"^\|[^|]*\| `(\w+)` \|([^|]*)\|", text, flags=re.M)
    return dict(rows)


def test_every_vocabulary_and_each_of_its_values_is_in_the_glossary():
    glossary = _glossary()
    vocabularies = {v.__name__: v for v in (*VOCABULARIES, AuditAction)}
    assert set(glossary) == set(vocabularies)
    for name, vocabulary in vocabularies.items():
        if vocabulary is AuditAction:  # about a hundred: the row says their form
            assert "subject.what" in glossary[name]
            continue
        listed = re.findall(r"`(\w+)`", glossary[name])
        assert sorted(listed) == sorted(vocabulary), name


def test_the_checks_see_what_is_wrong(tmp_path):
    assert resolve("core/files.py") == [APP / "services" / "core" / "files.py"]
    assert resolve("ui/kit/errors.user_message") == [APP / "ui" / "kit" / "errors.py"]
    assert resolve("ui/kit/errors.no_such_function") == []
    assert resolve("services/core/no_such_module.py") == []
    assert resolve("core/messages_vi_*.py")
    assert _paths("postgresql://USER@SERVER/DATABASE") == []
    assert _code_spans("a `x/y.py` b\n```\napp/ui/  app/cli.py\n```\n") == [
        "x/y.py",
        "app/ui/  app/cli.py",
    ]
    table = "### `app/ui/`\n\n| package | what |\n|---|---|\n| `kit/` | the kit |\n\n## Next\n"
    assert _package_rows(table, "`app/ui/`") == {"kit": " the kit |"}


# The design notes the project started from stay outside the repository; a reader of the code,
# tests or docs cannot open them, so nothing here may send them there.
OUTSIDE = ("DESIGN" + ".md", "DESIGN" + " §", "STYLE" + ".md", "LAYOUT" + ".md")


def test_nothing_cites_a_file_outside_the_repository():
    files = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    for folder in ("app", "tests", "bench", "scripts"):
        files += sorted((ROOT / folder).rglob("*.py"))
    citing = [
        f"{path.relative_to(ROOT)}: {word}"
        for path in files
        for word in OUTSIDE
        if word in path.read_text(encoding="utf-8")
    ]
    assert citing == []
