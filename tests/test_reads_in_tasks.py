"""No class of the interface calls a service on the UI thread: screens read and save in tasks.

Every class in every module under app/ui is checked, so a new screen or dialog is checked the
day it is written. A call inside a lambda or a nested function (the work a task runs) is fine;
a call in a method's own body fails, and so does calling a module function that calls services,
of the same module or imported from another module of the interface (`agency_name` in a
done-callback), directly or through other such functions; `station.agency` counts too (the
workstation's property reads the register). A module function that runs on the UI thread
(`ask_passphrase`) is listed and checked like a class. What stays on the UI thread on purpose
is listed in KEPT, each with its reason.

tests/test_ui_reads_loading.py checks the same at run time, screen by screen, by holding the
service on its worker; this check also covers the paths a test does not click.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "app" / "ui"

# module: its functions that run on the UI thread (checked like a class's methods)
UI_THREAD_FUNCTIONS = {
    "app/ui/kit/passphrase.py": {"ask_passphrase"},
}
# Calls that read nothing: the clock, date arithmetic on what was read, the default settings,
# label tables, text folding, a sum over cells in hand, the wording of an error.
# Modules of services that only look words up or fold text: the label tables, text folding.
PURE_MODULES = {"app.services.core.labels", "app.services.core.text"}
PURE = {
    "register.today",
    "audit.today",  # Vietnam's date: the clock
    "periods.add_working_days",
    "doc_settings.defaults",
    "reports.previous_period_id",
    "passage_paragraphs",
    "matches",
    "ledger.summarise",  # the words for the import's results, already in hand
    "dashboard.totals",  # the totals of a column of cells the dashboard holds
    "refusal_in",  # a stored refusal's words, in the interface's language
    "storage_errors.explain",
    "storage_errors.open_profile_folder",  # the bound database's file name: no query
    "event_log.unexpected",  # a fault's traceback to the log file, its words to the screen
    "writer_lock.set_wait_notice",  # who to tell when a write waits: no read
    "audit.act_as",  # who the later log lines name: no read
}
# Reads and writes kept on the UI thread, each for its reason.
KEPT = {
    # The autosave of one entry or the implementing plan: a median 1.1-1.5 ms
    # (bench/ui_thread_writes.py), and what follows (another duty, sign-off) needs it saved.
    "ReportEditor.flush: report_view.update_entry",
    "ReportEditor.flush: report_view.set_implementation_plan",
    # The autosave of one or two of DoFA's texts: a median 1.0 ms (the same bench).
    "ConsolidatedEditor.flush: consolidated_view.save_own_texts",
    # The profile folder's server.ini (one line naming the office's server), not the database.
    "BackupMenu.__init__: office_server.server_of",
    # Not kept, in fact: the export's task and the print's task (kit/printing.py) are the only
    # callers of this method.
    "ReportActions._write_pdf: report_view.write_pdf",
    # The accounts to choose from (a few rows, 0.08 ms) before anything else is on screen; the
    # start-up picks the account in the combo as soon as the dialog is built (comment there).
    "LoginDialog.__init__: users.accounts",
    # The start, before the event loop runs and before any window is shown: whether a profile
    # is set up (a file), the agencies to offer (the bundled register file), the environment's
    # credentials, opening the profile, signing in (the password is checked on its own thread
    # meanwhile, the window built beside it) and the sign-in's log line.
    "DesktopApp.ensure_set_up: profile.is_set_up",
    "DesktopApp.ensure_set_up: profile.setup_choices",
    "DesktopApp.sign_in: unattended.credentials",
    "DesktopApp.sign_in: profile.open_profile",
    "DesktopApp.sign_in: users.has_accounts",
    "DesktopApp.sign_in: users.sign_in",
    "DesktopApp.sign_in: audit.record",
    "DesktopApp._build_window: profile.open_profile",
}


def _module_name(path: str) -> str:
    return path.removesuffix(".py").replace("/", ".")


def _service_names(tree: ast.Module) -> set[str]:
    """Names bound to app.services modules and functions (`from app.services.x import y`),
    but for PURE_MODULES and what comes from them."""
    names = set()
    for node in ast.walk(tree):
        module = node.module or "" if isinstance(node, ast.ImportFrom) else ""
        if not module.startswith("app.services") or module in PURE_MODULES:
            continue
        names |= {
            alias.asname or alias.name
            for alias in node.names
            if alias.name.islower() and f"{module}.{alias.name}" not in PURE_MODULES
        }
    return names


def _ui_imports(tree: ast.Module) -> dict[str, str]:
    """Local name → the app.ui module or function it names (`from app.ui.x import y`)."""
    bound = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("app.ui"):
            for alias in node.names:
                bound[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return bound


def _own_nodes(function: ast.FunctionDef) -> list[ast.AST]:
    """The nodes of a function's own body: not inside a lambda or a nested function."""
    nodes, stack = [], list(function.body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Lambda, ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        nodes.append(node)
        stack.extend(ast.iter_child_nodes(node))
    return nodes


def _direct_calls(function: ast.FunctionDef) -> list[ast.Call]:
    """The calls in a function's own body: not inside a lambda or a nested function."""
    return [node for node in _own_nodes(function) if isinstance(node, ast.Call)]


def _agency_reads(function: ast.FunctionDef) -> list[str]:
    """`station.agency` in a function's own body: the workstation's property reads the
    register (a read that looks like an attribute)."""
    return [
        ast.unparse(node)
        for node in _own_nodes(function)
        if isinstance(node, ast.Attribute)
        and node.attr == "agency"
        and ast.unparse(node.value).split(".")[-1] == "station"
    ]


def _dotted(call: ast.Call) -> str:
    return ast.unparse(call.func)


class _Module:
    """One module of the interface, as the check sees it."""

    def __init__(self, name: str, source: str):
        self.name = name
        self.tree = ast.parse(source)
        self.services = _service_names(self.tree)
        self.imported = _ui_imports(self.tree)
        self.functions = {
            node.name: node for node in self.tree.body if isinstance(node, ast.FunctionDef)
        }

    def is_service(self, call: ast.Call) -> bool:
        base = call.func
        while isinstance(base, ast.Attribute):
            base = base.value
        return isinstance(base, ast.Name) and base.id in self.services and _dotted(call) not in PURE

    def target(self, call: ast.Call) -> str | None:
        """The full name of the interface's function a call names (`f`, `module.f`), if any."""
        if isinstance(call.func, ast.Name):
            name = call.func.id
            if name in self.functions:
                return f"{self.name}.{name}"
            return self.imported.get(name)
        if isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name):
            module = self.imported.get(call.func.value.id)
            return f"{module}.{call.func.attr}" if module else None
        return None


def _readers(modules: list[_Module]) -> set[str]:
    """The module functions that call services, directly or through other such functions."""
    readers: set[str] = set()
    changed = True
    while changed:
        changed = False
        for module in modules:
            for name, function in module.functions.items():
                full = f"{module.name}.{name}"
                if full not in readers and (
                    _agency_reads(function)
                    or any(
                        module.is_service(call) or module.target(call) in readers
                        for call in _direct_calls(function)
                    )
                ):
                    readers.add(full)
                    changed = True
    return readers


def ui_thread_service_calls(
    sources: dict[str, str], ui_thread_functions: dict[str, set[str]]
) -> list[str]:
    """'Class.method: call' (or 'function: call') for each service call the classes' methods
    of every module, and the listed UI-thread functions, make on the UI thread, directly or
    through a module function of the interface that calls services."""
    modules = {path: _Module(_module_name(path), source) for path, source in sources.items()}
    readers = _readers(list(modules.values()))
    found = []
    for path, module in modules.items():

        def offending(function: ast.FunctionDef, module=module) -> list[str]:
            calls = [
                _dotted(call)
                for call in _direct_calls(function)
                if module.is_service(call) or module.target(call) in readers
            ]
            return calls + _agency_reads(function)

        for name in sorted(ui_thread_functions.get(path, ())):
            found += [f"{name}: {call}" for call in offending(module.functions[name])]
        for cls in (n for n in module.tree.body if isinstance(n, ast.ClassDef)):
            for method in (n for n in cls.body if isinstance(n, ast.FunctionDef)):
                found += [f"{cls.name}.{method.name}: {call}" for call in offending(method)]
    return found


def _interface_sources() -> dict[str, str]:
    return {
        path.relative_to(ROOT).as_posix(): path.read_text("utf-8")
        for path in sorted(UI.rglob("*.py"))
    }


def test_no_class_of_the_interface_calls_a_service_on_the_ui_thread():
    found = ui_thread_service_calls(_interface_sources(), UI_THREAD_FUNCTIONS)
    assert [call for call in found if call not in KEPT] == []


def test_every_listed_ui_thread_function_exists():
    for module, functions in UI_THREAD_FUNCTIONS.items():
        tree = ast.parse((ROOT / module).read_text("utf-8"))
        defined = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
        assert functions <= defined, module


def test_the_check_sees_a_read_on_the_ui_thread_and_lets_a_task_through():
    screen = """
from app.services.accounts import users
from app.services.core import labels as words
from app.services.core.text import fold_query
from app.services.outgoing import register
from app.ui.common import agency_name
from app.ui import common

def read_page():
    return users.accounts()

class Screen:
    def __init__(self):
        self.today = register.today()
        run_task(lambda _progress: users.accounts(), self.done)
        run_task(lambda _progress: agency_name("SYT"), self.done)

        def work(_progress):
            return users.accounts()

    def reload(self):
        self.rows = users.accounts()
        self.title = words.label(self.status) + fold_query(self.query)  # label tables: no read

    def refill(self):
        self.page = read_page()

    def done(self, content, _error):
        self.code = self.station.agency_code
        self.own = self.station.agency.name_vi
        self.name = agency_name(content["agency"])
        self.label = common.elided(content["text"])
        self.other = common.described(content["agency"])

def ask_first(parent):
    run_task(lambda _progress: users.accounts(), parent.done)
    return register.today(), users.has_accounts()
"""
    common = """
from app.services.catalogue import register

def _named(code):
    return register.find(code)

def agency_name(code):
    return _named(code).name_vi

def described(code):
    return "«" + agency_name(code) + "»"

def elided(text):
    return text[:80]
"""
    sources = {"app/ui/screen.py": screen, "app/ui/common.py": common}
    assert sorted(ui_thread_service_calls(sources, {"app/ui/screen.py": {"ask_first"}})) == [
        "Screen.done: agency_name",
        "Screen.done: common.described",
        "Screen.done: self.station.agency",
        "Screen.refill: read_page",
        "Screen.reload: users.accounts",
        "ask_first: users.has_accounts",
    ]
