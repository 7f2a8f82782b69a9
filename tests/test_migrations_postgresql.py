"""One numbered migration path on both backends: every step applies on PostgreSQL as on
SQLite, and the resulting tables, columns and indexes are the same."""

from __future__ import annotations

import peewee
import pytest

from app.models import ALL_MODELS, Agency, Setting, db
from app.models import migrations as migrations_module
from app.models.dialect import execute, postgresql_ddl, upsert
from app.models.migrations import LATEST_VERSION, STEPS, schema_version
from app.models.session import DatabaseSession, close_open_session

# SQLite's declared type → what the same column is on PostgreSQL (information_schema).
SAME_TYPE = {
    "INTEGER": "integer",
    "VARCHAR(255)": "character varying",
    "TEXT": "text",
    "DATE": "date",
    "BLOB": "bytea",
}


def _sqlite_schema(database) -> dict[str, dict[str, tuple[str, bool]]]:
    tables = {}
    for (table,) in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ):
        columns = database.execute_sql(f'PRAGMA table_info("{table}")').fetchall()
        tables[table] = {c[1]: (SAME_TYPE[c[2]], bool(c[3]) or bool(c[5])) for c in columns}
    return tables


def _postgresql_schema(database) -> dict[str, dict[str, tuple[str, bool]]]:
    tables: dict[str, dict[str, tuple[str, bool]]] = {}
    rows = database.execute_sql(
        "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns"
        " WHERE table_schema = 'public' AND table_name != %s ORDER BY table_name",
        (migrations_module.VERSION_TABLE,),
    )
    for table, column, data_type, nullable in rows:
        tables.setdefault(table, {})[column] = (data_type, nullable == "NO")
    return tables


def _indexes(database, postgresql: bool) -> set[str]:
    if postgresql:
        query = "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"
    else:
        query = "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    # PostgreSQL names a primary key's own index; SQLite's is implicit.
    return {name for (name,) in database.execute_sql(query) if not name.endswith("_pkey")}


def test_every_step_applies_on_both_backends_to_the_same_tables(pg_server, tmp_path):
    url = pg_server.new_database()
    sqlite = DatabaseSession.open_file(tmp_path / "one.sqlite").database
    sqlite_tables, sqlite_indexes = _sqlite_schema(sqlite), _indexes(sqlite, False)
    close_open_session()
    server = DatabaseSession.open_server(url).database
    assert schema_version(server) == LATEST_VERSION
    postgresql_tables = _postgresql_schema(server)
    assert postgresql_tables == sqlite_tables
    assert _indexes(server, True) == sqlite_indexes
    assert set(sqlite_tables) == {m._meta.table_name for m in ALL_MODELS}
    # Opening again applies nothing and keeps the one version row.
    close_open_session()
    server = DatabaseSession.open_server(url).database
    rows = server.execute_sql(f'SELECT "version" FROM "{migrations_module.VERSION_TABLE}"')
    assert rows.fetchall() == [(LATEST_VERSION,)]


def test_steps_apply_one_by_one_on_postgresql_with_data_in_between(pg_server):
    """Step 10 moves paper reports of step 4's form into their own table, on PostgreSQL too."""
    url = pg_server.new_database()
    database = DatabaseSession.open_server(url, migrate_schema=False).database
    upto = [s for s in STEPS if s.number <= 9]
    original = migrations_module.STEPS
    migrations_module.STEPS = tuple(upto)
    try:
        migrations_module.migrate(database, None)
    finally:
        migrations_module.STEPS = original
    assert schema_version(database) == 9
    cursor = database.cursor()
    cursor.execute(
        "INSERT INTO agency (code, name_vi, name_en, kind, active) VALUES"
        " ('SYT', 'Sở Y tế', 'Health', 'department', 1) RETURNING id"
    )
    agency_id = cursor.fetchone()[0]
    cursor.execute(
        "INSERT INTO plan (code, version, number_symbol, date, place_vi, issuer_vi, issuer_en,"
        " signer_name, signer_title_vi, signer_title_en, decision_title_vi, decision_title_en,"
        " title_vi, title_en, preamble_vi, preamble_en, active, source_json) VALUES"
        " ('p', 1, 'n', '2014-04-22', '', '', '', '', '', '', '', '', '', '', '', '', 1, '{}')"
        " RETURNING id"
    )
    plan_id = cursor.fetchone()[0]
    cursor.execute(
        "INSERT INTO report (agency_id, plan_id, period_id, revision, status, impl_number,"
        " impl_title, created_at, updated_at, received_at, channel) VALUES"
        " (%s, %s, '2026-H1', 1, 'received', '', '', '2026-06-20T08:00:00+07:00',"
        " '2026-06-20T08:00:00+07:00', '2026-06-19T00:00:00+07:00', 'paper')",
        (agency_id, plan_id),
    )
    migrations_module.migrate(database, None)
    assert schema_version(database) == LATEST_VERSION
    rows = database.execute_sql(
        "SELECT period_id, received_on, signed_on FROM paper_receipt"
    ).fetchall()
    assert [(p, str(r), str(s)) for p, r, s in rows] == [("2026-H1", "2026-06-19", "2026-06-19")]
    assert database.execute_sql("SELECT count(*) FROM report").fetchone()[0] == 0


def test_a_schema_newer_than_the_release_is_refused_on_postgresql(pg_server):
    url = pg_server.new_database()
    database = DatabaseSession.open_server(url).database
    database.execute_sql(
        f'UPDATE "{migrations_module.VERSION_TABLE}" SET "version" = %s', (LATEST_VERSION + 1,)
    )
    close_open_session()
    with pytest.raises(migrations_module.SchemaTooNewError):
        DatabaseSession.open_server(url)


@pytest.mark.parametrize(
    ("sqlite", "postgresql"),
    [
        (
            'CREATE TABLE "t" ("id" INTEGER NOT NULL PRIMARY KEY, "n" VARCHAR(255) NOT NULL)',
            'CREATE TABLE "t" ("id" INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,'
            ' "n" VARCHAR NOT NULL)',
        ),
        ('"der" BLOB NOT NULL, "blobby" TEXT', '"der" BYTEA NOT NULL, "blobby" TEXT'),
        ('"active" INTEGER NOT NULL', '"active" INTEGER NOT NULL'),  # flags stay INTEGER
        (
            'CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY)',
            'CREATE TABLE "setting" ("key" VARCHAR NOT NULL PRIMARY KEY)',
        ),
    ],
)
def test_the_dialect_step_translates_sqlite_statements(sqlite, postgresql):
    assert postgresql_ddl(sqlite) == postgresql


@pytest.fixture(params=["sqlite", "postgresql"])
def any_backend(request, tmp_path):
    if request.param == "sqlite":
        yield DatabaseSession.open_file(tmp_path / "one.sqlite").database
    else:
        yield DatabaseSession.open_server(request.getfixturevalue("pg_server").new_database())
    close_open_session()


def test_flags_read_and_filter_alike_on_both_backends(any_backend):
    Agency.create(code="A", name_vi="A", name_en="A", kind="other", active=True)
    Agency.create(code="B", name_vi="B", name_en="B", kind="other", active=False)
    assert [a.code for a in Agency.select().where(Agency.active.is_true())] == ["A"]
    assert [a.active for a in Agency.select().order_by(Agency.code)] == [True, False]
    stored = execute("SELECT active FROM agency WHERE code = ?", ("B",)).fetchone()[0]
    assert stored == 0


def test_upsert_inserts_then_replaces_on_both_backends(any_backend):
    upsert(Setting, {"key": "k", "value": "one"})
    upsert(Setting, [{"key": "k", "value": "two"}, {"key": "other", "value": "x"}])
    assert dict(Setting.select(Setting.key, Setting.value).tuples()) == {"k": "two", "other": "x"}


def test_transactions_roll_back_whole_on_both_backends(any_backend):
    with pytest.raises(peewee.IntegrityError), db.atomic():
        Agency.create(code="A", name_vi="A", name_en="A", kind="other")
        Agency.create(code="A", name_vi="again", name_en="A", kind="other")
    assert Agency.select().count() == 0


def test_no_query_uses_a_flag_as_a_bare_condition():
    """PostgreSQL refuses an INTEGER flag as a condition (`WHERE active`): write
    `X.active.is_true()`. The flag columns are the models' FlagFields."""
    import re
    from pathlib import Path

    from app.models.base import FlagField

    flags = {f.name for m in ALL_MODELS for f in m._meta.sorted_fields if isinstance(f, FlagField)}
    bare = re.compile(
        r"(?:\.where\(\s*~?|[&|]\s*~?)\(?\s*[A-Z]\w*\.(" + "|".join(sorted(flags)) + r")\b"
        r"(?!\s*(?:==|!=|\.|\[))"
    )
    app = Path(__file__).resolve().parent.parent / "app"
    found = [
        f"{path.relative_to(app.parent)}:{text[: m.start()].count(chr(10)) + 1}"
        for path in sorted(app.rglob("*.py"))
        for text in [path.read_text(encoding="utf-8")]
        for m in bare.finditer(text)
    ]
    assert not found, found
