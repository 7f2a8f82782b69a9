"""One table per language for each vocabulary's words, one table of its colours: a second
table, anywhere else, is found and named.

A table is a dict written out with a vocabulary's members as keys and text as values: a string,
an f-string, a Qt translation (`tr`, `QT_TRANSLATE_NOOP`) or a tuple of them. Words live in
`services/core/labels.py` (screens reach them through `ui/kit/labels.py`), colours in
`services/core/status_colours.py`. A dict keyed by a vocabulary whose values are other things
(audit actions, sort orders, JSON fields) is not a table of words and is not counted.
"""

from __future__ import annotations

import ast
from pathlib import Path

from app.services.core import labels
from app.services.core.vocabulary import VOCABULARIES, ImportStatus, ReportOutcome

APP = Path(__file__).resolve().parent.parent / "app"
TABLE_MODULES = {
    APP / "services" / "core" / "labels.py",
    APP / "services" / "core" / "status_colours.py",
}
# Dicts keyed by a vocabulary's members with text that is not the word's name, and why.
NOT_LABELS = {
    # The title of an agency's head by its kind ("Giám đốc"): a setting's default, not a kind's
    # name; doc.* settings let an agency correct it.
    ("services/reports/doc_settings.py", "HEAD_TITLES"),
    # What a dry run says an import would do ("Can be imported"), not what a bundle's status is.
    ("ui/exchange/exchange_common.py", "PREVIEW_STATUS_LABELS"),
}
VOCABULARY_NAMES = {vocabulary.__name__ for vocabulary in VOCABULARIES}
TEXT_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _is_text(node: ast.expr | None) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Call):
        name = getattr(node.func, "attr", getattr(node.func, "id", None))
        return name in TEXT_CALLS
    if isinstance(node, ast.Tuple):
        return any(_is_text(item) for item in node.elts)
    return False


def _vocabulary_of(key: ast.expr | None) -> str | None:
    """ "EntryStatus" for a key written `EntryStatus.DONE`."""
    if (
        isinstance(key, ast.Attribute)
        and isinstance(key.value, ast.Name)
        and key.value.id in VOCABULARY_NAMES
    ):
        return key.value.id
    return None


def _target_name(tree: ast.AST, table: ast.Dict) -> str:
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is table:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            return ", ".join(getattr(t, "id", getattr(t, "attr", "?")) for t in targets)
    return "(unnamed)"


def tables_in(path: Path, shown: str) -> list[str]:
    """Each dict of the module that holds a vocabulary's words (or colours) as text."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict):
            continue
        keyed = {
            vocabulary
            for key, value in zip(node.keys, node.values, strict=True)
            if (vocabulary := _vocabulary_of(key)) and _is_text(value)
        }
        if not keyed:
            continue
        name = _target_name(tree, node)
        if (shown, name) in NOT_LABELS:
            continue
        found.append(f"{shown}:{node.lineno} {name}: a table of {', '.join(sorted(keyed))}")
    return found


def test_each_vocabulary_has_its_words_and_colours_in_one_place():
    modules = [path for path in APP.rglob("*.py") if path not in TABLE_MODULES]
    assert len(modules) > 150, "the scan found too few modules; is it broken?"
    found = []
    for path in sorted(modules):
        found += tables_in(path, str(path.relative_to(APP)))
    where = "words in services/core/labels.py, colours in services/core/status_colours.py"
    assert found == [], f"a vocabulary keeps its {where}:\n" + "\n".join(found)


def test_the_scan_finds_a_second_table(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "WORDS = {\n"
        "    ImportStatus.REJECTED: QT_TRANSLATE_NOOP('Ctx', 'rejected'),\n"
        "    ImportStatus.IMPORTED: 'imported',\n"
        "}\n"
        "FILLS = {DashboardStatus.LATE: 'FFF3CD'}\n"
        "PAIRS = {ReportOutcome.NEW: (ReportOutcome.NEW, 'mới')}\n"
        "ORDER = {DutyRole.LEAD: 0, DutyRole.COORDINATING: 1}\n"
        "ISSUED = {DocumentKind.REPORT: AuditAction.REPORT_ISSUE}\n",
        encoding="utf-8",
    )
    assert tables_in(sample, "sample.py") == [
        "sample.py:1 WORDS: a table of ImportStatus",
        "sample.py:5 FILLS: a table of DashboardStatus",
        "sample.py:6 PAIRS: a table of ReportOutcome",
    ]
    for allowed in NOT_LABELS:  # each exception still exists and is still a table
        path = APP / allowed[0]
        assert path.exists(), allowed
        source = path.read_text(encoding="utf-8")
        assert f"{allowed[1]} = {{" in source, allowed


def test_counted_phrases_come_from_the_one_table():
    assert labels.counted(ReportOutcome.UPDATED, 3) == "3 báo cáo được cập nhật"
    assert labels.counted(ReportOutcome.UPDATED, 3, "en") == "3 reports updated"
    assert labels.counted(ReportOutcome.UPDATED, 1, "en") == "1 report updated"
    assert labels.counted(ReportOutcome.UNCHANGED, 1, "en") == "1 report unchanged"
    assert labels.counted(ReportOutcome.SUPERSEDED, 1, "en") == (
        "1 older revision kept for the record"
    )
    assert labels.counted(ReportOutcome.CONFLICT, 0, "en") == "0 conflicts to decide"
    assert labels.counted(ReportOutcome.UPDATED, 1) == "1 báo cáo được cập nhật"
    # A bundle's status is counted by its label: the summary and the status read alike.
    assert labels.counted(ImportStatus.REJECTED, 2) == "2 tệp bị từ chối"
    assert labels.counted(ImportStatus.ALREADY_IMPORTED, 1, "en") == "1 already imported"
    for language, table in labels.COUNTED.items():
        for vocabulary, phrases in table.items():
            assert set(phrases) == set(vocabulary), (language, vocabulary)
            assert all("{n}" in phrase for phrase in phrases.values())
