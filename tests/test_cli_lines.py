"""Every result line the command line prints reads in Vietnamese and in English, from one
template: `tell(args, "English {x}", x=…)`, its Vietnamese in commands/language/lines_vi.py,
filled the way a refusal's is (tests/test_messages.py checks the refusals)."""

from __future__ import annotations

import ast
import unicodedata
from argparse import Namespace
from pathlib import Path

from app.commands.common import tell
from app.commands.language.lines_vi import LINES_VI
from tests.template_checks import template_problems
from tests.test_messages import APP, _name


def _templates(where: str, call: ast.Call) -> tuple[list[str], list[str]]:
    """The English templates a tell() call may print (both sides of `a if c else b`), and
    what is wrong with how it gives them."""
    if len(call.args) != 2:
        return [], [f"{where}: tell(args, template, **values) takes the template second"]
    given = call.args[1]
    choices = [given.body, given.orelse] if isinstance(given, ast.IfExp) else [given]
    if all(isinstance(c, ast.Constant) and isinstance(c.value, str) for c in choices):
        return [c.value for c in choices], []
    return [], [
        f"{where}: the template must be a string literal (not an f-string or an expression); "
        "pass the changing parts as named values"
    ]


def _problems(source: str, where: str) -> tuple[set[str], list[str]]:
    """(templates told, problems) of the tell() calls in a module's source."""
    used, problems = set(), []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and _name(node.func) == "tell"):
            continue
        at = f"{where}:{node.lineno}"
        templates, wrong = _templates(at, node)
        problems += wrong
        keywords = [k.arg for k in node.keywords]
        if None in keywords:
            problems.append(f"{at}: name every value (no **values), so this check can see them")
            continue
        for template in templates:
            used.add(template)
            problems += template_problems(at, template, LINES_VI, "lines_vi.py", set(keywords))
    return used, problems


def _told_in_app() -> tuple[set[str], list[str]]:
    used, problems = set(), []
    for path in sorted(APP.rglob("*.py")):
        found, wrong = _problems(path.read_text(encoding="utf-8"), str(path.relative_to(APP)))
        used |= found
        problems += wrong
    return used, problems


def test_every_line_told_is_a_translated_template():
    used, problems = _told_in_app()
    assert len(used) >= 50, "the scan of app/ found too few result lines; is it broken?"
    assert problems == []


def test_no_translation_is_stale():
    used, _ = _told_in_app()
    assert set(LINES_VI) - used == set()


def test_translations_are_nfc_vietnamese_sentences():
    for english, vietnamese in LINES_VI.items():
        assert unicodedata.is_normalized("NFC", vietnamese), english
        assert vietnamese != english, english
        if not vietnamese.startswith(" "):  # an indented line goes on from the one above
            assert vietnamese[:1] == "{" or vietnamese[:1].isupper(), vietnamese


def test_the_scan_finds_an_untranslated_or_ill_filled_line(tmp_path):
    cases = {
        'tell(args, "Something new about {x}", x=1)': "no Vietnamese",
        'tell(args, f"Slot {slot}: {label}")': "string literal",
        'tell(args, "Slot {slot}: {label}", slot=1)': "do not fill",
        'tell(args, "Slot {slot}: {label}", slot=1, label="a", label_vi="b", slot2=3)': "fill",
        'tell(args, "Slot {slot}: {label}", slot=1, label="a", other_vi="b")': "no placeholder",
        'tell(args, "Slot {slot}: {label}", **values)': "no **values",
        'tell(args, "Slot {slot}: {label}" if a else "Slot {slot}", slot=1, label=2)': (
            "no Vietnamese for 'Slot {slot}'"
        ),
    }
    for source, said in cases.items():
        _, problems = _problems(source, "sample.py")
        assert any(said in problem for problem in problems), (source, problems)
    used, problems = _problems('tell(args, "Slot {slot}: {label}", slot=1, label="X")', "ok")
    assert used == {"Slot {slot}: {label}"} and problems == []


def test_a_line_in_each_language(capsys):
    trusted = {
        "subject": "CN=Test Root CA",
        "kind": "root",
        "kind_vi": "gốc",
        "state": "trusted",
        "state_vi": "nay được tin cậy",
    }
    tell(Namespace(lang="vi"), "{subject}: {kind} certificate {state}", **trusted)
    tell(Namespace(lang="en"), "{subject}: {kind} certificate {state}", **trusted)
    tell(Namespace(lang="vi"), "No token is plugged in.")
    tell(Namespace(lang="vi"), "{out} ({count} documents)", out=Path("/tmp/số.xlsx"), count=3)
    assert capsys.readouterr().out.splitlines() == [
        "CN=Test Root CA: chứng thư gốc nay được tin cậy",
        "CN=Test Root CA: root certificate trusted",
        "Chưa cắm token nào.",
        "/tmp/số.xlsx (3 văn bản)",
    ]


def test_an_english_count_agrees_with_its_number(capsys):
    template = "Took {count} change(s) into the consolidated report for {period}"
    for count in (1, 2):
        tell(Namespace(lang="en"), template, count=count, period="2026-H1")
        tell(Namespace(lang="vi"), template, count=count, period="2026-H1")
    assert capsys.readouterr().out.splitlines() == [
        "Took 1 change into the consolidated report for 2026-H1",
        "Đã nhận 1 thay đổi vào báo cáo tổng hợp 2026-H1",
        "Took 2 changes into the consolidated report for 2026-H1",
        "Đã nhận 2 thay đổi vào báo cáo tổng hợp 2026-H1",
    ]


def test_an_english_line_names_the_agency_in_english(tmp_path):
    from tests.conftest import run_cli

    said = {}
    for lang in ("en", "vi"):
        folder = tmp_path / lang
        result = run_cli("--lang", lang, "--profile", str(folder), "setup", "--agency", "SYT")
        assert result.returncode == 0, result.stderr
        said[lang] = result.stdout.decode("utf-8")
    assert "SYT Department of Health" in said["en"] and "Sở Y tế" not in said["en"]
    assert "SYT Sở Y tế" in said["vi"]
