"""Numbered schema steps. The schema version is the last applied step: PRAGMA user_version on
SQLite, the one row of `schema_version` on PostgreSQL.

Steps are plain SQL frozen in time: a step never changes once released, and a later change is
a new step. Each step runs in one transaction together with the version bump, so a failure
leaves the database at the previous version. A SQLite file is backed up before any step runs
(a PostgreSQL server is backed up by its office, with pg_dump).

One numbered path serves both backends: a step's SQLite statements run on PostgreSQL as
models.dialect.postgresql_ddl translates them, or, where that is not enough, in the
PostgreSQL form the step gives for that statement (`postgresql`, by position).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import peewee

from app.models.dialect import is_postgresql, postgresql_ddl


@dataclass(frozen=True)
class Step:
    number: int
    description: str
    statements: tuple[str, ...]
    # statement position → its PostgreSQL form, where the translation is not enough
    postgresql: dict[int, str] = field(default_factory=dict)

    def statements_for(self, database: peewee.Database) -> tuple[str, ...]:
        if not is_postgresql(database):
            return self.statements
        return tuple(
            self.postgresql.get(i, postgresql_ddl(statement))
            for i, statement in enumerate(self.statements)
        )


STEPS: tuple[Step, ...] = (
    Step(
        1,
        "settings, agency register, plan catalogue",
        (
            'CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY,'
            ' "value" TEXT NOT NULL)',
            'CREATE TABLE "agency" ("id" INTEGER NOT NULL PRIMARY KEY,'
            ' "code" VARCHAR(255) NOT NULL, "name_vi" VARCHAR(255) NOT NULL,'
            ' "name_en" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL,'
            ' "active" INTEGER NOT NULL, "retired_on" DATE)',
            'CREATE UNIQUE INDEX "agency_code" ON "agency" ("code")',
            'CREATE TABLE "plan" ("id" INTEGER NOT NULL PRIMARY KEY,'
            ' "code" VARCHAR(255) NOT NULL, "version" INTEGER NOT NULL,'
            ' "number_symbol" VARCHAR(255) NOT NULL, "date" DATE NOT NULL,'
            ' "place_vi" VARCHAR(255) NOT NULL, "issuer_vi" VARCHAR(255) NOT NULL,'
            ' "issuer_en" VARCHAR(255) NOT NULL, "signer_name" VARCHAR(255) NOT NULL,'
            ' "signer_title_vi" VARCHAR(255) NOT NULL, "signer_title_en" VARCHAR(255) NOT NULL,'
            ' "decision_title_vi" TEXT NOT NULL, "decision_title_en" TEXT NOT NULL,'
            ' "title_vi" TEXT NOT NULL, "title_en" TEXT NOT NULL, "preamble_vi" TEXT NOT NULL,'
            ' "preamble_en" TEXT NOT NULL, "active" INTEGER NOT NULL,'
            ' "source_json" TEXT NOT NULL)',
            'CREATE UNIQUE INDEX "plan_code" ON "plan" ("code")',
            'CREATE TABLE "plan_section" ("id" INTEGER NOT NULL PRIMARY KEY,'
            ' "plan_id" INTEGER NOT NULL, "ident" VARCHAR(255) NOT NULL,'
            ' "position" INTEGER NOT NULL, "title_vi" TEXT NOT NULL, "title_en" TEXT NOT NULL,'
            ' "reportable" INTEGER NOT NULL,'
            ' FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE CASCADE)',
            'CREATE INDEX "plan_section_plan_id" ON "plan_section" ("plan_id")',
            'CREATE TABLE "plan_item" ("id" INTEGER NOT NULL PRIMARY KEY,'
            ' "section_id" INTEGER NOT NULL, "number" VARCHAR(255) NOT NULL,'
            ' "position" INTEGER NOT NULL, "heading_vi" TEXT, "heading_en" TEXT,'
            ' FOREIGN KEY ("section_id") REFERENCES "plan_section" ("id") ON DELETE CASCADE)',
            'CREATE INDEX "plan_item_section_id" ON "plan_item" ("section_id")',
            'CREATE TABLE "plan_paragraph" ("id" INTEGER NOT NULL PRIMARY KEY,'
            ' "item_id" INTEGER NOT NULL, "position" INTEGER NOT NULL,'
            ' "text_vi" TEXT NOT NULL, "text_en" TEXT NOT NULL, "bullet" INTEGER NOT NULL,'
            ' FOREIGN KEY ("item_id") REFERENCES "plan_item" ("id") ON DELETE CASCADE)',
            'CREATE INDEX "plan_paragraph_item_id" ON "plan_paragraph" ("item_id")',
            'CREATE TABLE "duty" ("id" INTEGER NOT NULL PRIMARY KEY,'
            ' "plan_id" INTEGER NOT NULL, "item_id" INTEGER NOT NULL,'
            ' "ref" VARCHAR(255) NOT NULL, "position" INTEGER NOT NULL,'
            ' "text_vi" TEXT NOT NULL, "text_en" TEXT NOT NULL, "bullet" INTEGER NOT NULL,'
            ' "lead_in_vi" TEXT, "lead_in_en" TEXT,'
            ' FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE CASCADE,'
            ' FOREIGN KEY ("item_id") REFERENCES "plan_item" ("id") ON DELETE CASCADE)',
            'CREATE INDEX "duty_plan_id" ON "duty" ("plan_id")',
            'CREATE INDEX "duty_item_id" ON "duty" ("item_id")',
            'CREATE UNIQUE INDEX "duty_plan_id_ref" ON "duty" ("plan_id", "ref")',
            'CREATE TABLE "duty_agency" ("id" INTEGER NOT NULL PRIMARY KEY,'
            ' "duty_id" INTEGER NOT NULL, "agency_id" INTEGER NOT NULL,'
            ' "role" VARCHAR(255) NOT NULL,'
            ' FOREIGN KEY ("duty_id") REFERENCES "duty" ("id") ON DELETE CASCADE,'
            ' FOREIGN KEY ("agency_id") REFERENCES "agency" ("id") ON DELETE RESTRICT)',
            'CREATE INDEX "duty_agency_duty_id" ON "duty_agency" ("duty_id")',
            'CREATE INDEX "duty_agency_agency_id" ON "duty_agency" ("agency_id")',
            'CREATE UNIQUE INDEX "duty_agency_duty_id_agency_id"'
            ' ON "duty_agency" ("duty_id", "agency_id")',
            'CREATE INDEX "duty_agency_agency_id_role" ON "duty_agency" ("agency_id", "role")',
        ),
    ),
    Step(
        2,
        "agency successors and the audit log",
        (
            'ALTER TABLE "agency" ADD COLUMN "successor_id" INTEGER'
            ' REFERENCES "agency" ("id") ON DELETE SET NULL',
            'CREATE INDEX "agency_successor_id" ON "agency" ("successor_id")',
            'CREATE TABLE "audit_entry" ("id" INTEGER NOT NULL PRIMARY KEY,'
            ' "at" VARCHAR(255) NOT NULL, "actor" VARCHAR(255) NOT NULL,'
            ' "action" VARCHAR(255) NOT NULL, "detail" TEXT NOT NULL)',
        ),
    ),
    Step(
        3,
        "accounts, agency keys, due dates, reports, entries, evidence",
        (
            'CREATE TABLE "user_account" ("id" INTEGER NOT NULL PRIMARY KEY,'
            ' "login" VARCHAR(255) NOT NULL, "full_name" VARCHAR(255) NOT NULL,'
            ' "position" VARCHAR(255) NOT NULL, "role" VARCHAR(255) NOT NULL,'
            ' "password_hash" VARCHAR(255) NOT NULL, "active" INTEGER NOT NULL,'
            ' "created_at" VARCHAR(255) NOT NULL)',
            'CREATE UNIQUE INDEX "user_account_login" ON "user_account" ("login")',
            'CREATE TABLE "agency_key" ("id" INTEGER NOT NULL PRIMARY KEY,'
            ' "agency_id" INTEGER NOT NULL, "public_key_pem" TEXT NOT NULL,'
            ' "fingerprint" VARCHAR(255) NOT NULL, "created_at" VARCHAR(255) NOT NULL,'
            ' "retired_at" VARCHAR(255),'
            ' FOREIGN KEY ("agency_id") REFERENCES "agency" ("id") ON DELETE RESTRICT)',
            'CREATE INDEX "agency_key_agency_id" ON "agency_key" ("agency_id")',
            'CREATE UNIQUE INDEX "agency_key_fingerprint" ON "agency_key" ("fingerprint")',
            'CREATE TABLE "period_due" ("id" INTEGER NOT NULL PRIMARY KEY,'
            ' "plan_id" INTEGER NOT NULL, "period_id" VARCHAR(255) NOT NULL,'
            ' "due" DATE NOT NULL,'
            ' FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE CASCADE)',
            'CREATE INDEX "period_due_plan_id" ON "period_due" ("plan_id")',
            'CREATE UNIQUE INDEX "period_due_plan_id_period_id"'
            ' ON "period_due" ("plan_id", "period_id")',
            'CREATE TABLE "report" ("id" INTEGER NOT NULL PRIMARY KEY,'
            ' "agency_id" INTEGER NOT NULL, "plan_id" INTEGER NOT NULL,'
            ' "period_id" VARCHAR(255) NOT NULL, "revision" INTEGER NOT NULL,'
            ' "status" VARCHAR(255) NOT NULL, "amend_reason" TEXT,'
            ' "impl_number" VARCHAR(255) NOT NULL, "impl_date" DATE, "impl_title" TEXT NOT NULL,'
            ' "created_at" VARCHAR(255) NOT NULL, "updated_at" VARCHAR(255) NOT NULL,'
            ' "number" INTEGER, "signed_at" VARCHAR(255), "signer_login" VARCHAR(255),'
            ' "signer_name" VARCHAR(255), "signer_position" VARCHAR(255), "content_json" TEXT,'
            ' "content_sha256" VARCHAR(255), "signature" VARCHAR(255),'
            ' "key_fingerprint" VARCHAR(255), "received_at" VARCHAR(255),'
            ' FOREIGN KEY ("agency_id") REFERENCES "agency" ("id") ON DELETE RESTRICT,'
            ' FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE RESTRICT)',
            'CREATE INDEX "report_agency_id" ON "report" ("agency_id")',
            'CREATE INDEX "report_plan_id" ON "report" ("plan_id")',
            'CREATE UNIQUE INDEX "report_agency_id_plan_id_period_id_revision"'
            ' ON "report" ("agency_id", "plan_id", "period_id", "revision")',
            'CREATE TABLE "report_entry" ("id" INTEGER NOT NULL PRIMARY KEY,'
            ' "report_id" INTEGER NOT NULL, "duty_id" INTEGER NOT NULL, "status" VARCHAR(255),'
            ' "progress" INTEGER, "results" TEXT NOT NULL, "difficulties" TEXT NOT NULL,'
            ' "proposals" TEXT NOT NULL,'
            ' FOREIGN KEY ("report_id") REFERENCES "report" ("id") ON DELETE CASCADE,'
            ' FOREIGN KEY ("duty_id") REFERENCES "duty" ("id") ON DELETE RESTRICT)',
            'CREATE INDEX "report_entry_report_id" ON "report_entry" ("report_id")',
            'CREATE INDEX "report_entry_duty_id" ON "report_entry" ("duty_id")',
            'CREATE UNIQUE INDEX "report_entry_report_id_duty_id"'
            ' ON "report_entry" ("report_id", "duty_id")',
            'CREATE TABLE "attachment" ("id" INTEGER NOT NULL PRIMARY KEY,'
            ' "entry_id" INTEGER NOT NULL, "name" VARCHAR(255) NOT NULL,'
            ' "sha256" VARCHAR(255) NOT NULL, "size" INTEGER NOT NULL,'
            ' FOREIGN KEY ("entry_id") REFERENCES "report_entry" ("id") ON DELETE CASCADE)',
            'CREATE INDEX "attachment_entry_id" ON "attachment" ("entry_id")',
        ),
    ),
    Step(
        4,
        "exchange: enrolled keys, report channel, bundles sent and received, conflicts",
        (
            'ALTER TABLE "agency_key" ADD COLUMN "age_recipient" VARCHAR(255)',
            'ALTER TABLE "agency_key" ADD COLUMN "enrolled_at" VARCHAR(255)',
            'ALTER TABLE "agency_key" ADD COLUMN "revoked_at" VARCHAR(255)',
            """ALTER TABLE "report" ADD COLUMN "channel" VARCHAR(255) NOT NULL DEFAULT 'local'""",
            'CREATE TABLE "bundle_sent" ("id" INTEGER NOT NULL PRIMARY KEY,'
            ' "sequence" INTEGER NOT NULL, "manifest_sha256" VARCHAR(255) NOT NULL,'
            ' "previous_manifest_sha256" VARCHAR(255), "created_at" VARCHAR(255) NOT NULL,'
            ' "file_name" VARCHAR(255) NOT NULL, "size" INTEGER NOT NULL,'
            ' "reports" TEXT NOT NULL)',
            'CREATE UNIQUE INDEX "bundle_sent_sequence" ON "bundle_sent" ("sequence")',
            'CREATE TABLE "bundle_received" ("id" INTEGER NOT NULL PRIMARY KEY,'
            ' "agency_id" INTEGER NOT NULL, "sequence" INTEGER NOT NULL,'
            ' "manifest_sha256" VARCHAR(255) NOT NULL, "previous_manifest_sha256" VARCHAR(255),'
            ' "created_at" VARCHAR(255) NOT NULL, "received_at" VARCHAR(255) NOT NULL,'
            ' "file_name" VARCHAR(255) NOT NULL, "verdict" VARCHAR(255) NOT NULL,'
            ' "summary" TEXT NOT NULL,'
            ' FOREIGN KEY ("agency_id") REFERENCES "agency" ("id") ON DELETE RESTRICT)',
            'CREATE INDEX "bundle_received_agency_id" ON "bundle_received" ("agency_id")',
            'CREATE UNIQUE INDEX "bundle_received_manifest_sha256"'
            ' ON "bundle_received" ("manifest_sha256")',
            'CREATE INDEX "bundle_received_agency_id_sequence"'
            ' ON "bundle_received" ("agency_id", "sequence")',
            'CREATE TABLE "report_conflict" ("id" INTEGER NOT NULL PRIMARY KEY,'
            ' "agency_id" INTEGER NOT NULL, "plan_id" INTEGER NOT NULL,'
            ' "period_id" VARCHAR(255) NOT NULL, "revision" INTEGER NOT NULL,'
            ' "content_json" TEXT NOT NULL, "content_sha256" VARCHAR(255) NOT NULL,'
            ' "signature" VARCHAR(255) NOT NULL, "key_fingerprint" VARCHAR(255) NOT NULL,'
            ' "detected_at" VARCHAR(255) NOT NULL, "resolved_at" VARCHAR(255),'
            ' "resolved_by" VARCHAR(255), "kept_sha256" VARCHAR(255),'
            ' FOREIGN KEY ("agency_id") REFERENCES "agency" ("id") ON DELETE RESTRICT,'
            ' FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE RESTRICT)',
            'CREATE INDEX "report_conflict_agency_id" ON "report_conflict" ("agency_id")',
            'CREATE INDEX "report_conflict_plan_id" ON "report_conflict" ("plan_id")',
            'CREATE UNIQUE INDEX "report_conflict_version"'
            ' ON "report_conflict" ("agency_id", "plan_id", "period_id", "revision",'
            ' "content_sha256")',
        ),
    ),
    Step(
        5,
        "returns for revision, reply files, bundle sequences per key",
        (
            'ALTER TABLE "report" ADD COLUMN "returned_at" VARCHAR(255)',
            'ALTER TABLE "report" ADD COLUMN "return_comment" TEXT',
            'ALTER TABLE "bundle_received" ADD COLUMN "signing_key" VARCHAR(255)',
            'CREATE TABLE "reply_sent" ("id" INTEGER NOT NULL PRIMARY KEY,'
            ' "agency_id" INTEGER NOT NULL, "sequence" INTEGER NOT NULL,'
            ' "manifest_sha256" VARCHAR(255) NOT NULL, "created_at" VARCHAR(255) NOT NULL,'
            ' "file_name" VARCHAR(255) NOT NULL, "summary" TEXT NOT NULL,'
            ' FOREIGN KEY ("agency_id") REFERENCES "agency" ("id") ON DELETE RESTRICT)',
            'CREATE INDEX "reply_sent_agency_id" ON "reply_sent" ("agency_id")',
            'CREATE UNIQUE INDEX "reply_sent_agency_id_sequence"'
            ' ON "reply_sent" ("agency_id", "sequence")',
        ),
    ),
    Step(
        6,
        "keys remember which key vouched for them",
        ('ALTER TABLE "agency_key" ADD COLUMN "vouched_by" VARCHAR(255)',),
    ),
    Step(
        7,
        "DoFA's consolidated reports and reminder letters",
        (
            'CREATE TABLE "consolidated_report" ("id" INTEGER NOT NULL PRIMARY KEY,'
            ' "plan_id" INTEGER NOT NULL, "period_id" VARCHAR(255) NOT NULL,'
            ' "revision" INTEGER NOT NULL, "status" VARCHAR(255) NOT NULL,'
            ' "summary_vi" TEXT NOT NULL, "assessment_vi" TEXT NOT NULL,'
            ' "accepted_prefill" TEXT NOT NULL, "edits" TEXT NOT NULL, "dismissed" TEXT NOT NULL,'
            ' "amend_reason" TEXT, "created_at" VARCHAR(255) NOT NULL,'
            ' "updated_at" VARCHAR(255) NOT NULL, "number" INTEGER, "signed_at" VARCHAR(255),'
            ' "signer_login" VARCHAR(255), "signer_name" VARCHAR(255),'
            ' "signer_position" VARCHAR(255), "content_json" TEXT, "content_sha256" VARCHAR(255),'
            ' "signature" VARCHAR(255), "key_fingerprint" VARCHAR(255),'
            ' FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE RESTRICT)',
            'CREATE INDEX "consolidated_report_plan_id" ON "consolidated_report" ("plan_id")',
            'CREATE UNIQUE INDEX "consolidated_report_plan_id_period_id_revision"'
            ' ON "consolidated_report" ("plan_id", "period_id", "revision")',
            'CREATE TABLE "reminder" ("id" INTEGER NOT NULL PRIMARY KEY,'
            ' "plan_id" INTEGER NOT NULL, "period_id" VARCHAR(255) NOT NULL,'
            ' "agency_id" INTEGER NOT NULL, "sent_at" VARCHAR(255) NOT NULL,'
            ' "file_name" VARCHAR(255) NOT NULL, "number" INTEGER,'
            ' FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE RESTRICT,'
            ' FOREIGN KEY ("agency_id") REFERENCES "agency" ("id") ON DELETE RESTRICT)',
            'CREATE INDEX "reminder_plan_id" ON "reminder" ("plan_id")',
            'CREATE INDEX "reminder_agency_id" ON "reminder" ("agency_id")',
            'CREATE INDEX "reminder_plan_id_period_id_agency_id"'
            ' ON "reminder" ("plan_id", "period_id", "agency_id")',
        ),
    ),
    Step(
        8,
        "token-signed report PDFs and the certificates trusted for them",
        (
            'ALTER TABLE "report" ADD COLUMN "pdf_sha256" VARCHAR(255)',
            'CREATE TABLE "trusted_certificate" ("id" INTEGER NOT NULL PRIMARY KEY,'
            ' "sha256" VARCHAR(255) NOT NULL, "der" BLOB NOT NULL, "subject" TEXT NOT NULL,'
            ' "issuer" TEXT NOT NULL, "serial" VARCHAR(255) NOT NULL,'
            ' "not_after" VARCHAR(255) NOT NULL, "self_signed" INTEGER NOT NULL,'
            ' "added_at" VARCHAR(255) NOT NULL)',
            'CREATE UNIQUE INDEX "trusted_certificate_sha256" ON "trusted_certificate" ("sha256")',
            'CREATE TABLE "revocation_list" ("id" INTEGER NOT NULL PRIMARY KEY,'
            ' "sha256" VARCHAR(255) NOT NULL, "der" BLOB NOT NULL, "issuer" TEXT NOT NULL,'
            ' "this_update" VARCHAR(255) NOT NULL, "next_update" VARCHAR(255),'
            ' "added_at" VARCHAR(255) NOT NULL)',
            'CREATE UNIQUE INDEX "revocation_list_sha256" ON "revocation_list" ("sha256")',
        ),
    ),
    Step(
        9,
        "the outgoing register: issued documents with their signed issue statements",
        (
            'CREATE TABLE "issued_document" ("id" INTEGER NOT NULL PRIMARY KEY,'
            ' "agency_id" INTEGER NOT NULL, "year" INTEGER NOT NULL, "number" INTEGER NOT NULL,'
            ' "symbol" VARCHAR(255) NOT NULL, "issued_on" DATE NOT NULL,'
            ' "kind" VARCHAR(255) NOT NULL, "plan_id" INTEGER NOT NULL,'
            ' "period_id" VARCHAR(255) NOT NULL, "revision" INTEGER, "title" TEXT NOT NULL,'
            ' "signer_name" VARCHAR(255) NOT NULL, "signer_position" VARCHAR(255) NOT NULL,'
            ' "recipients" TEXT NOT NULL, "copies" INTEGER NOT NULL,'
            ' "clerk_login" VARCHAR(255) NOT NULL, "clerk_name" VARCHAR(255) NOT NULL,'
            ' "clerk_position" VARCHAR(255) NOT NULL, "content_sha256" VARCHAR(255) NOT NULL,'
            ' "statement_json" TEXT NOT NULL, "signature" VARCHAR(255) NOT NULL,'
            ' "key_fingerprint" VARCHAR(255) NOT NULL, "recorded_at" VARCHAR(255) NOT NULL,'
            ' FOREIGN KEY ("agency_id") REFERENCES "agency" ("id") ON DELETE RESTRICT,'
            ' FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE RESTRICT)',
            'CREATE INDEX "issued_document_agency_id" ON "issued_document" ("agency_id")',
            'CREATE INDEX "issued_document_plan_id" ON "issued_document" ("plan_id")',
            'CREATE UNIQUE INDEX "issued_document_agency_id_year_number"'
            ' ON "issued_document" ("agency_id", "year", "number")',
            'CREATE INDEX "issued_document_agency_id_kind_plan_id_period_id_revision"'
            ' ON "issued_document" ("agency_id", "kind", "plan_id", "period_id", "revision")',
        ),
    ),
    Step(
        10,
        "paper receipts as their own records, out of the report revisions",
        (
            'CREATE TABLE "paper_receipt" ("id" INTEGER NOT NULL PRIMARY KEY,'
            ' "agency_id" INTEGER NOT NULL, "plan_id" INTEGER NOT NULL,'
            ' "period_id" VARCHAR(255) NOT NULL, "received_on" DATE NOT NULL,'
            ' "signed_on" DATE NOT NULL, "recorded_at" VARCHAR(255) NOT NULL,'
            ' "recorded_by" VARCHAR(255),'
            ' FOREIGN KEY ("agency_id") REFERENCES "agency" ("id") ON DELETE RESTRICT,'
            ' FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE RESTRICT)',
            'CREATE INDEX "paper_receipt_agency_id" ON "paper_receipt" ("agency_id")',
            'CREATE INDEX "paper_receipt_plan_id" ON "paper_receipt" ("plan_id")',
            'CREATE INDEX "paper_receipt_plan_id_period_id_agency_id"'
            ' ON "paper_receipt" ("plan_id", "period_id", "agency_id")',
            # A paper report used to be a report revision with no content, dated at midnight
            # of the day it arrived; that day is also the latest it can have been signed.
            'INSERT INTO "paper_receipt" ("agency_id", "plan_id", "period_id", "received_on",'
            ' "signed_on", "recorded_at")'
            ' SELECT "agency_id", "plan_id", "period_id", substr("received_at", 1, 10),'
            ' substr("received_at", 1, 10), "created_at" FROM "report"'
            ' WHERE "channel" = \'paper\' ORDER BY "id"',
            'DELETE FROM "report_entry" WHERE "report_id" IN'
            ' (SELECT "id" FROM "report" WHERE "channel" = \'paper\')',
            'DELETE FROM "report" WHERE "channel" = \'paper\'',
        ),
        # PostgreSQL converts text to a date only when told to.
        postgresql={
            4: 'INSERT INTO "paper_receipt" ("agency_id", "plan_id", "period_id", "received_on",'
            ' "signed_on", "recorded_at")'
            ' SELECT "agency_id", "plan_id", "period_id",'
            ' CAST(substr("received_at", 1, 10) AS DATE),'
            ' CAST(substr("received_at", 1, 10) AS DATE), "created_at" FROM "report"'
            ' WHERE "channel" = \'paper\' ORDER BY "id"',
        },
    ),
    Step(
        11,
        "reports found by plan and period, so the dashboard reads only the periods it shows",
        ('CREATE INDEX "report_plan_id_period_id" ON "report" ("plan_id", "period_id")',),
    ),
    Step(
        12,
        "what several officers share: evidence kept in the database, change counters, the "
        "consolidated report's version",
        (
            'CREATE TABLE "evidence_blob" ("sha256" VARCHAR(255) NOT NULL PRIMARY KEY,'
            ' "size" INTEGER NOT NULL, "data" BLOB NOT NULL)',
            'CREATE TABLE "change_counter" ("name" VARCHAR(255) NOT NULL PRIMARY KEY,'
            ' "value" INTEGER NOT NULL)',
            'ALTER TABLE "consolidated_report" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 0',
        ),
    ),
)

LATEST_VERSION = STEPS[-1].number


class SchemaTooNewError(Exception):
    """The database was written by a newer release of the app."""


VERSION_TABLE = "schema_version"


def schema_version(database: peewee.Database) -> int:
    if not is_postgresql(database):
        return database.execute_sql("PRAGMA user_version").fetchone()[0]
    if not database.table_exists(VERSION_TABLE):
        return 0
    row = database.execute_sql(f'SELECT "version" FROM "{VERSION_TABLE}"').fetchone()
    return row[0] if row else 0


def _set_version(database: peewee.Database, number: int) -> None:
    if not is_postgresql(database):
        database.execute_sql(f"PRAGMA user_version = {number}")
        return
    # One row: the single-valued key makes a second row impossible.
    database.execute_sql(
        f'CREATE TABLE IF NOT EXISTS "{VERSION_TABLE}" ("one" INTEGER PRIMARY KEY DEFAULT 1'
        ' CHECK ("one" = 1), "version" INTEGER NOT NULL)'
    )
    database.execute_sql(
        f'INSERT INTO "{VERSION_TABLE}" ("one", "version") VALUES (1, %s)'
        ' ON CONFLICT ("one") DO UPDATE SET "version" = EXCLUDED."version"',
        (number,),
    )


def backup_file(database: peewee.SqliteDatabase, db_path: Path, version: int) -> Path:
    """Copy the database with SQLite's online backup (consistent even in WAL mode)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.name}.v{version}-{stamp}.bak")
    # Copied under a temporary name and renamed when complete and on disk, so a crash never
    # leaves a .bak that looks whole; the profile's start removes the `.part` leftover.
    partial = target.with_name(f".{target.name}.part")
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    destination = sqlite3.connect(partial)
    try:
        database.connection().backup(destination)
    finally:
        destination.close()
    with open(partial, "rb+") as written:
        os.fsync(written.fileno())
    os.replace(partial, target)
    return target


def migrate(database: peewee.Database, db_path: Path | None) -> Path | None:
    """Bring the schema to LATEST_VERSION; returns the backup made, if any."""
    current = schema_version(database)
    if current > LATEST_VERSION:
        raise SchemaTooNewError(
            f"schema {current} is newer than this release knows ({LATEST_VERSION})"
        )
    backup = None
    if 0 < current < LATEST_VERSION and db_path is not None:
        backup = backup_file(database, db_path, current)
    for step in STEPS:
        if step.number <= current:
            continue
        with database.atomic():
            # Another PC of the office may have applied it while this one waited for the lock.
            if schema_version(database) >= step.number:
                continue
            for statement in step.statements_for(database):
                database.execute_sql(statement)
            _set_version(database, step.number)
    return backup
