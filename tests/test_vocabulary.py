"""One word, one enum, one label per language: every word of every vocabulary reads well."""

from __future__ import annotations

import ast
import re
import textwrap
import unicodedata
from dataclasses import fields
from pathlib import Path

import pytest

from app.models.dialect import sql_literal
from app.services.core import labels
from app.services.core.vocabulary import (
    VOCABULARIES,
    AgencyKind,
    AuditAction,
    Channel,
    DashboardStatus,
    DocumentKind,
    DutyBucket,
    EntryStatus,
    PeriodKind,
    ReportStatus,
    UserRole,
)
from app.services.dashboard import duty_view


def test_every_word_has_a_label_in_both_languages():
    for language, table in labels.TABLES.items():
        assert set(table) == set(VOCABULARIES), language
        for vocabulary in VOCABULARIES:
            assert set(table[vocabulary]) == set(vocabulary), (language, vocabulary)
            for text in table[vocabulary].values():
                assert text.strip() == text and text, (language, vocabulary, text)
                assert unicodedata.is_normalized("NFC", text), text


def test_vietnamese_and_english_differ_where_the_languages_do():
    same = [
        (vocabulary.__name__, word)
        for vocabulary in VOCABULARIES
        for word in vocabulary
        if labels.VI[vocabulary][word] == labels.EN[vocabulary][word]
    ]
    assert same == []


def test_labels_of_stored_values():
    assert labels.label_of(DashboardStatus, "late") == "Trễ hạn"
    assert labels.label_of(DashboardStatus, "late", "en") == "Late"
    assert labels.label_of(Channel, None) == ""
    assert labels.label_of(Channel, "carrier_pigeon") == "carrier_pigeon"  # an older record
    assert labels.entry_status(None) == "Chưa đánh giá"
    assert labels.entry_status(EntryStatus.STALLED, "en") == "Stalled"
    assert EntryStatus.DONE == "done"  # stored and exchanged as the plain value


# --- no word of the domain spelled as a bare string ----------------------------------------

APP = Path(__file__).resolve().parent.parent / "app"
# Where a word is spelled as text on purpose: the enums and their labels, the frozen SQL of
# the migrations, and the wire format (the words a signed file may hold are the format itself;
# test_the_spelled_formats_are_the_enums keeps them equal to the enums).
SPELLED_HERE = {
    APP / "services" / "core" / "vocabulary.py",
    APP / "services" / "core" / "labels.py",
    APP / "models" / "migrations.py",
}
SPELLED_UNDER = (APP / "services" / "core" / "wire",)
# A literal that is a format of its own (a stored column's default, a JSON key, a command's
# name) says so with this comment on its line or just above its statement.
MARKER = "# format:"
TRANSLATIONS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# A word quoted as an SQL string literal inside a longer text (raw SQL: `status != 'returned'`).
# The statement's text is built from the enums instead: a bound parameter, or sql_literal().
SQL_QUOTED = re.compile(r"'([a-z][a-z0-9_.]*)'")
WORDS: dict[str, list[str]] = {}
for _vocabulary in (*VOCABULARIES, AuditAction):
    for _word in _vocabulary:
        WORDS.setdefault(_word.value, []).append(_vocabulary.__name__)
# Text shaped like an audit action ("consolidated.keep": a subject the log knows, a dot) is one,
# member or not yet: a new action is added to AuditAction, whose labels the log's screen must
# have. A file name of that shape ("report.pdf") is not; a setting's key says so with MARKER.
AUDIT_SUBJECTS = sorted({action.partition(".")[0] for action in AuditAction})
AUDIT_SHAPED = re.compile(rf"(?:{'|'.join(AUDIT_SUBJECTS)})\.[a-z_]*")
FILE_SUFFIXES = {"json", "pdf", "zip", "ini", "sig", "age", "png", "log"}


def _statements(tree: ast.AST) -> dict[ast.AST, ast.stmt]:
    """The innermost statement that holds each node."""
    holder: dict[ast.AST, ast.stmt] = {}

    def visit(node: ast.AST, statement: ast.stmt | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child if isinstance(child, ast.stmt) else statement
            if statement is not None or isinstance(child, ast.stmt):
                holder[child] = inner  # type: ignore[assignment]
            visit(child, inner)

    visit(tree, None)
    return holder


def _english_texts(tree: ast.AST) -> set[ast.AST]:
    """The English source texts of Qt's translations: words to translate, not stored values."""
    return {
        argument
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "attr", getattr(node.func, "id", None)) in TRANSLATIONS
        for argument in node.args
    }


def _shown(path: Path) -> str:
    return str(path.relative_to(APP.parent) if APP in path.parents else path.name)


def _docstrings(tree: ast.AST) -> set[ast.AST]:
    """The docstrings of the module, its classes and functions: prose, not code."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(first.value)
    return found


def sql_words(path: Path) -> list[str]:
    """Each domain word quoted as an SQL literal inside a string of the module (docstrings
    aside). No marker excuses one: SQL text takes its words from the enums."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    prose = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or node in prose:
            continue
        for match in SQL_QUOTED.finditer(node.value):
            word = match.group(1)
            if word in WORDS:
                line = node.lineno + node.value.count("\n", 0, match.start())
                found.append(
                    f"{_shown(path)}:{line}: SQL literal {match.group(0)} belongs to "
                    f"{' or '.join(WORDS[word])}"
                )
    return found


def bare_words(path: Path) -> list[str]:
    """Each domain word spelled as a string literal in the module, unless marked."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    statements = _statements(tree)
    english = _english_texts(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        if node in english or not (node.value in WORDS or _audit_shaped(node.value)):
            continue
        statement = statements.get(node)
        first = statement.lineno if statement is not None else node.lineno
        around = lines[max(first - 2, 0) : node.end_lineno]
        if any(MARKER in line for line in around):
            continue
        where = f"{_shown(path)}:{node.lineno}"
        vocabularies = WORDS.get(node.value, ["AuditAction (no member names it)"])
        found.append(f"{where}: {node.value!r} belongs to {' or '.join(vocabularies)}")
    return found


def _audit_shaped(text: str) -> bool:
    """An audit action's code, or the start of one ("consolidated."), not a file's name."""
    return bool(AUDIT_SHAPED.fullmatch(text)) and text.rpartition(".")[2] not in FILE_SUFFIXES


def _scanned() -> list[Path]:
    return [
        path
        for path in sorted(APP.rglob("*.py"))
        if path not in SPELLED_HERE and not any(root in path.parents for root in SPELLED_UNDER)
    ]


def test_no_word_of_the_domain_is_a_bare_string():
    """A status spelled as text in fifteen files drifts; each is its enum's member."""
    files = _scanned()
    assert len(files) > 150, "the scan found too few modules; is it broken?"
    problems = [text for path in files for text in bare_words(path)]
    assert problems == [], "\n".join(problems)


def test_no_word_of_the_domain_is_spelled_inside_sql():
    """Raw SQL (the latest-accepted rule, the duty view's buckets) compares with the same
    words as the code around it; a renamed value must change the query too."""
    files = _scanned()
    problems = [text for path in files for text in sql_words(path)]
    assert problems == [], "\n".join(problems)


def test_sql_literal_takes_plain_words_only():
    assert sql_literal(EntryStatus.NOT_STARTED) == "'not_started'"
    for unsafe in ("it's", "done'; DROP TABLE report; --", "Done", "", "đã xong"):
        with pytest.raises(ValueError):
            sql_literal(unsafe)


def test_the_duty_view_counts_its_buckets_in_order():
    """progress_by_section binds BUCKETS' words in order into SectionProgress's counts."""
    counts = [f.name for f in fields(duty_view.SectionProgress)]
    assert counts[counts.index("duties") + 1 :] == list(duty_view.BUCKETS)


def test_the_scan_finds_an_audit_action_that_is_no_member_yet(tmp_path):
    """ "consolidated.keep" went into the log as text, with no label on the log's screen; the
    scan names a word that is no member yet as it does a member's."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        textwrap.dedent(
            """\
            write_decision(station, report, actor, keys_text, "consolidated.shelve")
            LAST = AuditEntry.action.startswith("consolidated.")
            SIGNED = "report.sign"
            PDF = "report.pdf"
            FOLDER = "backup.auto_folder"  # format: a setting's key
            SENTENCE = "report.sign is what the log says"
            """
        ),
        encoding="utf-8",
    )
    assert sorted(bare_words(sample)) == [
        "sample.py:1: 'consolidated.shelve' belongs to AuditAction (no member names it)",
        "sample.py:2: 'consolidated.' belongs to AuditAction (no member names it)",
        "sample.py:3: 'report.sign' belongs to AuditAction",
    ]


def test_a_duty_bucket_reads_as_the_status_it_stands_for():
    """The duty view's bucket "done" is the entry status "done", in words and colour."""
    from app.services.core.status_colours import BUCKET_COLOURS, ENTRY_COLOURS

    for bucket in DutyBucket:
        if bucket == DutyBucket.NOT_REPORTED:
            continue
        status = EntryStatus(bucket)
        for language in labels.TABLES:
            assert labels.label(bucket, language) == labels.label(status, language)
        assert BUCKET_COLOURS[bucket] == ENTRY_COLOURS[status]
    assert labels.label(DutyBucket.NOT_REPORTED) == "Chưa báo cáo"
    assert labels.label(DutyBucket.NOT_REPORTED, "en") == "Not reported"
    assert BUCKET_COLOURS[DutyBucket.NOT_REPORTED] not in ENTRY_COLOURS.values()
    assert tuple(DutyBucket) == duty_view.BUCKETS


def test_the_sql_scan_finds_a_quoted_word(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        textwrap.dedent(
            """\
            QUERY = \"\"\"
                SELECT id FROM report
                WHERE status != 'returned'
            \"\"\"
            # format: no excuse inside SQL
            OTHER = f"SELECT 1 WHERE kind IN ('report', {x}) AND name = 'nobody'"
            """
        ),
        encoding="utf-8",
    )
    assert sql_words(sample) == [
        "sample.py:3: SQL literal 'returned' belongs to ReportStatus or DashboardStatus",
        "sample.py:6: SQL literal 'report' belongs to DocumentKind",
    ]
    sample.write_text(
        textwrap.dedent(
            """\
            def rule():
                \"\"\"Duties whose role is 'lead' come first.\"\"\"
            QUERY = "SELECT 1 WHERE status = ?"
            WORD = f"status = {sql_literal(EntryStatus.DONE)}"
            """
        ),
        encoding="utf-8",
    )
    assert sql_words(sample) == []


def test_the_spelled_formats_are_the_enums():
    """The stored values (app/models imports no service) and the words the wire format
    allows are the enums' values, in the same order."""
    from app.models import agency, consolidated, outgoing, report, user
    from app.services.core.wire import entries as wire_entries
    from app.services.core.wire import issue as wire_issue
    from app.services.core.wire import register as wire_register
    from app.services.core.wire import report as wire_report

    assert tuple(ReportStatus) == report.REPORT_STATUSES
    assert report.ENTRY_STATUSES == tuple(EntryStatus) == wire_entries.ENTRY_STATUSES
    assert agency.AGENCY_KINDS == tuple(AgencyKind) == wire_register.AGENCY_KINDS
    assert tuple(UserRole) == user.ROLES
    assert tuple(DocumentKind) == outgoing.OUTGOING_KINDS
    assert set(consolidated.CONSOLIDATED_STATUSES) <= set(ReportStatus)
    assert set(wire_issue.DOCUMENT_KINDS) <= set(DocumentKind)
    assert tuple(PeriodKind) == wire_report.PERIOD_KINDS
