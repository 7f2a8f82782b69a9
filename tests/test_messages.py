"""Every refusal the services raise reads in Vietnamese and in English, from one template."""

from __future__ import annotations

import ast
import pickle
import unicodedata
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.models import Setting
from app.services.accounts import users
from app.services.catalogue import periods, register
from app.services.core.errors import UsageError, UserError
from app.services.core.messages_vi import MESSAGES
from app.services.core.messages_vi_safety import OS_REASONS_VI
from app.services.keys import keys
from app.services.keys.keys import PassphraseNeededError
from app.services.keys.secrets import SecretStoreError
from app.services.reports import evidence, reports
from tests.conftest import REPO, run_cli
from tests.exchange_cli_helpers import db_rows
from tests.template_checks import template_problems

APP = REPO / "app"
BASE_ERRORS = {"UserError"}


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in APP.rglob("*.py")}


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """UserError and every class in app/ derived from it, however deep."""
    names = set(BASE_ERRORS)
    classes = [n for t in trees.values() for n in ast.walk(t) if isinstance(n, ast.ClassDef)]
    while True:
        more = {c.name for c in classes if any(_name(b) in names for b in c.bases)} - names
        if not more:
            return names
        names |= more


@pytest.fixture(scope="module")
def raises() -> list[tuple[str, ast.Call]]:
    """(where, call) for every construction of a user error in app/."""
    trees = _trees()
    names = _error_classes(trees)
    assert {"UsageError", "PassphraseNeededError", "SecretStoreError"} <= names
    found = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in names:
                found.append((f"{path.relative_to(REPO)}:{node.lineno}", node))
    assert len(found) >= 70, "the scan of app/ found too few refusals; is it broken?"
    return found


def _template(where: str, call: ast.Call) -> str:
    assert call.args, f"{where}: a refusal needs its English template as first argument"
    first = call.args[0]
    assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
        f"{where}: the template must be a string literal (not an f-string or an expression); "
        "pass the changing parts as named values"
    )
    return first.value


def test_every_refusal_is_a_translated_template(raises):
    problems = []
    for where, call in raises:
        # A refusal's `code` (WireError, BundleRejectedError) names it for programs; not a value.
        rejection = getattr(call.func, "id", getattr(call.func, "attr", "")) in (
            "BundleRejectedError",
            "WireError",
        )
        keywords = [k.arg for k in call.keywords if not (rejection and k.arg == "code")]
        values = None if None in keywords else set(keywords)  # **values: checked when raised
        template = _template(where, call)
        problems += template_problems(where, template, MESSAGES, "messages_vi.py", values)
    assert not problems, "\n".join(problems)


def test_translations_are_nfc_vietnamese_sentences():
    for english, vietnamese in MESSAGES.items():
        assert unicodedata.is_normalized("NFC", vietnamese), english
        assert vietnamese.strip() == vietnamese and vietnamese != english, english
        assert vietnamese[:1] == "{" or vietnamese[:1].isupper(), vietnamese


def test_no_translation_is_stale(raises):
    used = {_template(where, call) for where, call in raises}
    assert set(MESSAGES) - used == set()


# --- the exception itself ---------------------------------------------------------------


def test_template_values_and_both_languages():
    exc = UserError("wrong password for {name}", name="Nguyễn Văn An")
    assert str(exc) == "wrong password for Nguyễn Văn An"
    assert exc.args == ("wrong password for Nguyễn Văn An",)
    assert exc.message("en") == str(exc)
    assert exc.message("vi") == "Sai mật khẩu của Nguyễn Văn An"
    assert exc.message("fr") == str(exc)


def test_plain_text_and_unknown_templates_stay_english():
    plain = UserError("use {braces} literally")
    assert str(plain) == plain.message("vi") == "use {braces} literally"
    assert UserError().message("vi") == ""
    unknown = UserError("something new about {thing}", thing="X")
    assert unknown.message("vi") == "something new about X"


def test_subclasses_are_translated_and_keep_their_kind():
    for kind in (UsageError, PassphraseNeededError, SecretStoreError):
        exc = kind("wrong passphrase for the signing key file")
        assert isinstance(exc, UserError)
        assert exc.message("vi") == "Sai cụm mật khẩu của tệp khóa ký"
    copy = pickle.loads(pickle.dumps(UsageError("wrong password for {name}", name="An")))
    assert type(copy) is UsageError and copy.message("vi") == "Sai mật khẩu của An"


def test_a_value_with_a_vietnamese_counterpart():
    report = SimpleNamespace(status="signed", period_id="2026-Y", revision=1)
    with pytest.raises(UserError) as caught:
        reports.ensure_editable(report)
    assert str(caught.value) == (
        "the report for 2026-Y (revision 1) is signed and can no longer be changed; "
        "amend it to make a new revision"
    )
    assert caught.value.message("vi") == (
        "Báo cáo kỳ 2026-Y (lần 1) đang ở trạng thái “Đã ký” nên không sửa được nữa; hãy điều "
        "chỉnh để tạo lần báo cáo mới"
    )


def test_the_systems_reason_for_a_failed_write_is_in_vietnamese(tmp_path):
    """ "Không ghi được …: No such file or directory" mixed the languages."""
    target = tmp_path / "no-such-folder" / "bao-cao.pdf"
    try:
        target.write_bytes(b"%PDF")
    except OSError as exc:
        refused = UserError("could not write {path}: {error}", path=target, error=exc.strerror)
    assert str(refused) == f"could not write {target}: No such file or directory"
    assert refused.message("vi") == f"Không ghi được {target}: không có tệp hoặc thư mục này"
    assert all(unicodedata.is_normalized("NFC", text) for text in OS_REASONS_VI.values())


# --- real refusals through the services --------------------------------------------------


def test_unknown_agency_in_a_profile(health):
    with pytest.raises(UserError) as caught:
        register.get("NOPE")
    assert str(caught.value) == "no agency with code 'NOPE'; `plantracker agencies` lists the codes"
    assert caught.value.message("vi") == (
        "Không có đơn vị nào mang mã 'NOPE'; lệnh `plantracker agencies` liệt kê các mã đơn vị"
    )


def test_wrong_password(health):
    users.add(health, "Nguyễn Văn An", "Phó Giám đốc", "approver", "mat-khau-dung-1")
    with pytest.raises(UserError) as caught:
        users.authenticate(health, "Nguyễn Văn An", "mat-khau-sai-1")
    assert str(caught.value) == "wrong password for Nguyễn Văn An"
    assert caught.value.message("vi") == "Sai mật khẩu của Nguyễn Văn An"


def test_malformed_period():
    with pytest.raises(UserError) as caught:
        periods.bounds("2026-Q3")
    assert str(caught.value) == "'2026-Q3' is not a period; write it like 2026-H1 or 2026-Y"
    assert caught.value.message("vi") == (
        "'2026-Q3' không phải là kỳ báo cáo; hãy viết theo dạng 2026-H1 hoặc 2026-Y"
    )


def test_oversized_evidence_uses_a_decimal_comma_in_vietnamese(tmp_path):
    source = tmp_path / "biên bản.pdf"
    source.write_bytes(b"x" * (3 * 1024 * 1024 // 2))
    with pytest.raises(UserError) as caught:
        evidence.store(tmp_path / "profile", source, max_bytes=1024 * 1024)
    assert str(caught.value).startswith(
        "biên bản.pdf is 1.5 MB; evidence files may be at most 1 MB."
    )
    assert caught.value.message("vi").startswith(
        "Tệp biên bản.pdf có dung lượng 1,5 MB; mỗi tệp minh chứng chỉ được tối đa 1 MB."
    )


# --- the CLI ----------------------------------------------------------------------------

UTF8 = {"PYTHONIOENCODING": "utf-8"}


def test_cli_refuses_in_vietnamese_by_default():
    result = run_cli("duties", "--agency", "NOPE", env=UTF8)
    assert result.returncode == 1
    assert result.stderr.decode("utf-8") == (
        "plantracker: Không có đơn vị nào mang mã 'NOPE'; lệnh `plantracker agencies` liệt kê "
        "các mã đơn vị\n"
    )


def test_cli_refuses_in_english_with_lang_en():
    result = run_cli("--lang", "en", "duties", "--agency", "NOPE", env=UTF8)
    assert result.returncode == 1
    assert result.stderr.decode("utf-8") == (
        "plantracker: no agency with code 'NOPE'; `plantracker agencies` lists the codes\n"
    )


def test_keys_kept_in_a_way_this_version_does_not_know(health, tmp_path):
    """A later version's way of keeping keys is refused in words, and nothing changes."""
    Setting.put(keys.STORAGE_SETTING, "token")
    folder = tmp_path / "syt"
    before = db_rows(folder, skip=())
    said = {}
    for language in ("vi", "en"):
        result = run_cli("--lang", language, "--profile", str(folder), "keys", "rotate", env=UTF8)
        said[language] = (result.returncode, result.stderr.decode("utf-8"))
    assert said == {
        "vi": (
            1,
            "plantracker: Khóa của máy này được lưu theo cách mà phiên bản này không biết "
            "(token); hãy mở máy bằng phiên bản chương trình đã lưu khóa theo cách đó\n",
        ),
        "en": (
            1,
            "plantracker: this workstation's keys are kept in a way this version does not know "
            "(token); open it with the version that keeps them so\n",
        ),
    }
    assert db_rows(folder, skip=()) == before


def test_cli_usage_errors_are_translated_too(tmp_path):
    result = run_cli("--profile", str(tmp_path / "none"), "periods", "--json", env=UTF8)
    assert result.returncode == 2
    assert result.stderr.decode("utf-8") == (
        f"plantracker: Không có hồ sơ máy trong {tmp_path / 'none'}; hãy tạo bằng lệnh "
        "`plantracker setup`\n"
    )


# --- what reaches a person from the screens and the command line ------------------------

SHOWN_BY = [APP / "ui", APP / "commands", APP / "cli.py"]
ERROR_NAMES = {"error", "exc", "err", "exception"}


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _inside_a_refusal(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """Given as a value of a UserError (its translation puts the system's words in
    Vietnamese: messages_vi_safety.OS_REASONS_VI)."""
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.Call) and _name(node.func) in ("UserError", "UsageError"):
            return True
    return False


def _untranslated_error_texts(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = _parents(tree)
    names = ERROR_NAMES | {h.name for h in ast.walk(tree) if isinstance(h, ast.ExceptHandler)}
    names.discard(None)
    found = []
    for node in ast.walk(tree):
        where = f"{path.relative_to(REPO) if REPO in path.parents else path.name}:"
        where += str(getattr(node, "lineno", "?"))
        if (
            isinstance(node, ast.Call)
            and _name(node.func) in ("str", "repr")
            and node.args
            and _name(node.args[0]) in names
        ):
            found.append(f"{where}: {ast.unparse(node)}")
        elif isinstance(node, ast.FormattedValue) and _name(node.value) in names:
            found.append(f"{where}: f-string of {ast.unparse(node.value)}")
        elif (
            isinstance(node, ast.Attribute)
            and node.attr in ("strerror", "args")
            and not _inside_a_refusal(node, parents)
        ):
            found.append(f"{where}: {ast.unparse(node)}")
    return found


def test_no_screen_or_command_shows_an_errors_own_english_words():
    """An exception's own text (`str(error)`, the system's `strerror`) is English and often
    technical; what a person reads goes through `user_message` (screens) or a refusal's
    template (commands), both translated."""
    files = [p for root in SHOWN_BY for p in ([root] if root.is_file() else root.rglob("*.py"))]
    assert len(files) > 50, "the scan found too few modules; is it broken?"
    problems = [text for path in files for text in _untranslated_error_texts(path)]
    assert problems == []


def test_the_scan_finds_an_errors_own_words(tmp_path):
    sample = tmp_path / "sample.py"
    cases = [
        "reason = user_message(error) if isinstance(error, UserError) else str(error)",
        "try:\n    pass\nexcept OSError as failure:\n    warn(f'cannot open: {failure}')",
        "warn(exc.strerror)",
    ]
    for case in cases:
        sample.write_text(case + "\n", encoding="utf-8")
        assert _untranslated_error_texts(sample), case
    sample.write_text("raise UserError('{e}', e=exc.strerror)\n", encoding="utf-8")
    assert _untranslated_error_texts(sample) == []


@pytest.fixture
def logged(tmp_path, qapp):
    from app.services.core import event_log
    from app.ui.kit import i18n

    event_log.start(tmp_path)
    yield event_log.log_path(tmp_path)
    event_log.stop()
    i18n.install("vi")


def test_a_fault_of_the_program_reaches_a_screen_in_the_interface_language(logged):
    from app.ui.kit import i18n
    from app.ui.kit.errors import user_message

    i18n.install("vi")
    said = user_message(ValueError("list index out of range"))
    assert "lỗi ngoài dự kiến" in said and str(logged) in said
    assert "list index" not in said
    assert "ValueError: list index out of range" in logged.read_text(encoding="utf-8")
    i18n.install("en")
    assert "an unexpected error occurred" in user_message(KeyError("x"))


def test_a_failed_write_reaches_a_screen_in_vietnamese(logged, tmp_path):
    import errno

    from app.ui.kit import i18n
    from app.ui.kit.errors import user_message

    i18n.install("vi")
    out = tmp_path / "usb" / "report.pdf"
    said = user_message(OSError(errno.EROFS, "Read-only file system", str(out)))
    assert str(out.parent) in said and "Read-only" not in said
    said = user_message(OSError(errno.EIO, "Input/output error", str(out)))
    assert str(out.parent) in said and "Input/output error" not in said, said
