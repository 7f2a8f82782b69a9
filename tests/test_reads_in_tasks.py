"""The screens listed here read and save in tasks: none of their methods calls a service on the
UI thread. A call inside a lambda or a nested function (the work a task runs) is fine; a call
in a method's own body fails, and so does calling a module function that calls services. A
module function a screen calls on the UI thread (`ask_passphrase`) is listed like a class.

tests/test_ui_reads_loading.py checks the same at run time, screen by screen, by holding the
service on its worker; this check also covers the paths a test does not click.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# module: the classes whose methods read and save in tasks (and UI-thread module functions)
READS_IN_TASKS = {
    "app/ui/accounts/accounts_dialog.py": {
        "AccountsDialog",
        "AccountForm",
        "ApproverPasswordDialog",
    },
    "app/ui/accounts/audit_view.py": {"AuditTableModel", "AuditLogView", "AuditLogDialog"},
    "app/ui/accounts/password_reset.py": {"ChangePasswordDialog", "ResetPasswordDialog"},
    "app/ui/catalogue/agency_model.py": {"AgencyTableModel"},
    "app/ui/catalogue/agency_register.py": {"AgencyRegisterDialog", "AgencyForm", "RetireForm"},
    "app/ui/consolidation/consolidated_changes.py": {"ChangesPanel"},
    "app/ui/consolidation/consolidated_dialogs.py": {"ConsolidatedSignDialog"},
    "app/ui/consolidation/consolidated_editor.py": {"ConsolidatedEditor"},
    "app/ui/consolidation/consolidated_files.py": {"ConsolidatedFiles"},
    "app/ui/dashboard/reminders_dialog.py": {"RemindersDialog"},
    "app/ui/exchange/agency_trust.py": {"TrustDialog"},
    "app/ui/exchange/conflict_inbox.py": {"ConflictInbox"},
    "app/ui/exchange/dofa_trust.py": {"KitDialog", "EnrolDialog"},
    "app/ui/exchange/exchange_agency.py": {"SendReportsDialog"},
    "app/ui/kit/passphrase.py": {"ask_passphrase"},
    "app/ui/exchange/exchange_dofa.py": {"ImportDialog"},
    "app/ui/exchange/paper_report_dialog.py": {"PaperReportDialog"},
    "app/ui/exchange/reply_dialogs.py": {"ReturnDialog", "ReplyDialog"},
    "app/ui/exchange/reply_import_dialog.py": {"ReplyImportDialog"},
    "app/ui/keys/dofa_key_dialogs.py": {"RevokeKeyDialog"},
    "app/ui/keys/key_dialogs.py": {"RotateKeyDialog", "KeyBackupDialog"},
    "app/ui/outgoing/issue_dialog.py": {"IssueDialog"},
    "app/ui/outgoing/register_dialog.py": {"OutgoingRegisterDialog"},
    "app/ui/reports/esign_dialog.py": {"DigitalSignatureDialog"},
    "app/ui/reports/report_actions.py": {"ReportActions"},
    "app/ui/reports/report_editor.py": {"ReportEditor"},
    "app/ui/reports/sent_history.py": {"SentHistoryModel", "SentHistoryView"},
    "app/ui/reports/settings_dialogs.py": {"DocumentSettingsDialog", "DueDatesDialog"},
    "app/ui/reports/sign_dialog.py": {"SignDialog"},
    "app/ui/reports/token_box.py": {"TokenBox"},
    "app/ui/setup/setup_server.py": {"ServerFields", "ServerPage", "JoinDialog"},
    "app/ui/setup/setup_sources.py": {"SourceDialog"},
    "app/ui/setup/setup_wizard.py": {"SetupWizard", "AgencyPage", "RolePage", "KeyFilePage"},
    "app/ui/workstation/backup_dialogs.py": {"BackupDialog", "AutoBackupDialog"},
    "app/ui/workstation/backup_menu.py": {"BackupMenu"},
    "app/ui/workstation/office_watch.py": {"OfficeWatch"},
}
# Calls that read nothing: the clock, date arithmetic on what was read, the default settings,
# label tables.
PURE = {
    "register.today",
    "periods.add_working_days",
    "doc_settings.defaults",
    "words.label_of",
    "reports.previous_period_id",
    "passage_paragraphs",
    "matches",
    "ledger.summarise",  # the words for the import's results, already in hand
}
# Writes kept on the UI thread, each for its reason.
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
}


def _service_names(tree: ast.Module) -> set[str]:
    """Names bound to app.services modules (`from app.services.x import y` of a module)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("app.services"):
            names |= {alias.asname or alias.name for alias in node.names if alias.name.islower()}
    return names


def _direct_calls(function: ast.FunctionDef) -> list[ast.Call]:
    """The calls in a function's own body: not inside a lambda or a nested function."""
    calls, stack = [], list(function.body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Lambda, ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        if isinstance(node, ast.Call):
            calls.append(node)
        stack.extend(ast.iter_child_nodes(node))
    return calls


def _dotted(call: ast.Call) -> str:
    return ast.unparse(call.func)


def ui_thread_service_calls(source: str, classes: set[str]) -> list[str]:
    """'Class.method: call' for each service call the classes' methods make on the UI
    thread, directly or through a module function of the same file that calls services."""
    tree = ast.parse(source)
    services = _service_names(tree)

    def is_service(call: ast.Call) -> bool:
        base = call.func
        while isinstance(base, ast.Attribute):
            base = base.value
        return isinstance(base, ast.Name) and base.id in services and _dotted(call) not in PURE

    readers = {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and any(is_service(c) for c in _direct_calls(node))
    }
    found = []
    for function in (n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name in classes):
        calls = _direct_calls(function)
        found += [f"{function.name}: {_dotted(call)}" for call in calls if is_service(call)]
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef) and n.name in classes):
        for method in (n for n in cls.body if isinstance(n, ast.FunctionDef)):
            for call in _direct_calls(method):
                named = isinstance(call.func, ast.Name) and call.func.id in readers
                if is_service(call) or named:
                    found.append(f"{cls.name}.{method.name}: {_dotted(call)}")
    return found


def test_screens_that_read_in_tasks_call_no_service_on_the_ui_thread():
    offenders = {
        module: found
        for module, classes in READS_IN_TASKS.items()
        if (
            found := [
                call
                for call in ui_thread_service_calls((ROOT / module).read_text("utf-8"), classes)
                if call not in KEPT
            ]
        )
    }
    assert offenders == {}


def test_every_listed_class_exists():
    for module, classes in READS_IN_TASKS.items():
        tree = ast.parse((ROOT / module).read_text("utf-8"))
        defined = {n.name for n in tree.body if isinstance(n, (ast.ClassDef, ast.FunctionDef))}
        assert classes <= defined, module


def test_the_check_sees_a_read_on_the_ui_thread_and_lets_a_task_through():
    source = """
from app.services.accounts import users
from app.services.outgoing import register

def read_page():
    return users.accounts()

class Screen:
    def __init__(self):
        self.today = register.today()
        run_task(lambda _progress: users.accounts(), self.done)

        def work(_progress):
            return users.accounts()

    def reload(self):
        self.rows = users.accounts()

    def refill(self):
        self.page = read_page()

def ask_first(parent):
    run_task(lambda _progress: users.accounts(), parent.done)
    return register.today(), users.has_accounts()
"""
    assert ui_thread_service_calls(source, {"Screen", "ask_first"}) == [
        "ask_first: users.has_accounts",
        "Screen.reload: users.accounts",
        "Screen.refill: read_page",
    ]
