"""Reminder letters written and issued.

`remind pdf` writes a draft only: number and date blank, DỰ THẢO on every page, nothing
recorded. Issuing takes an approver's password (the approver signs the letter), a number from
DoFA's outgoing register with the drafting unit's code ("Số: 12/SNGV-VP"), and only then
records the letter on the dashboard (a Reminder per agency) and in the register, with an issue
statement signed by DoFA's key over the PDF's SHA-256.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.models import IssuedDocument, Plan, Reminder, UserAccount
from app.services.accounts import users
from app.services.catalogue.register import own_agency
from app.services.core import audit
from app.services.core.errors import UserError
from app.services.core.vocabulary import AuditAction, DocumentKind
from app.services.dashboard import reminders
from app.services.outgoing import register
from app.services.reports import doc_settings, issuing
from app.services.reports.report_document import ReportDocument

if TYPE_CHECKING:  # the workstation package sits above this one
    from app.services.workstation.profile import Workstation


def _render(document: ReportDocument, out: Path) -> None:
    from app.services.reports.pdf_report import render_report  # reportlab loads when printing

    try:
        render_report(document, out)
    except OSError as exc:
        raise UserError("could not write {path}: {error}", path=out, error=exc.strerror) from exc


def write_draft(
    plan: Plan,
    period_id: str,
    out: Path,
    codes: list[str] | None = None,
    signer: UserAccount | None = None,
    today: date | None = None,
) -> ReportDocument:
    """The letter as a draft PDF (DỰ THẢO, number and date blank); nothing is recorded."""
    targets = reminders.choose(plan, period_id, codes, today or register.today())
    document = reminders.build_letter(plan, period_id, targets, None, None, signer)
    _render(document, out)
    return document


def issue_letter(
    plan: Plan,
    period_id: str,
    out: Path,
    login_or_name: str,
    password: str,
    station: Workstation,
    codes: list[str] | None = None,
    number: int | None = None,
    issued_on: date | None = None,
    passphrase: str | None = None,
) -> tuple[ReportDocument, list[Reminder], IssuedDocument]:
    """An approver signs the letter; it is numbered, written to out and recorded as sent."""
    try:
        signer = users.require_approver(station, password, login_or_name)
    except UserError:
        audit.record(AuditAction.REMINDER_ISSUE_REFUSED, login_or_name, period=period_id)
        raise
    agency = own_agency()
    day = register.choose_date(issued_on, None)
    writing = False
    try:
        # The number printed on the letter is the one recorded: chosen, printed and recorded
        # in one transaction, while no other issue of the register can take it. The agencies
        # reminded are chosen there too: a report recorded meanwhile by another officer is
        # either on record before (and its agency not reminded) or recorded after the letter.
        with station.session.atomic():
            targets = reminders.choose(plan, period_id, codes, day)
            chosen = register.choose_number(agency, day.year, number)
            writing = True  # from here on the file at `out` is this letter
            return _record_letter(
                (plan, period_id, targets, out), signer, agency, (chosen, day), station,
                passphrase,
            )  # fmt: skip
    except BaseException:
        if writing:
            out.unlink(missing_ok=True)  # an unrecorded letter must not look issued
        raise


def _record_letter(letter, signer, agency, numbered, station, passphrase):
    plan, period_id, targets, out = letter
    chosen, day = numbered
    symbol = f"{chosen}/{reminders.letter_symbol_tail(doc_settings.load(agency))}"
    document = reminders.build_letter(plan, period_id, targets, symbol, day, signer)
    _render(document, out)
    subject = issuing.Subject(
        agency=agency,
        kind=DocumentKind.REMINDER,
        plan=plan,
        period_id=period_id,
        revision=None,
        content_sha256=hashlib.sha256(out.read_bytes()).hexdigest(),
        title=document.excerpt,
        signer_name=signer.full_name,
        signer_position=signer.position,
        recipients=[t.agency.name_vi for t in targets] + reminders.RECIPIENTS[1:],
        signed_on=None,
    )
    row = issuing.record_issue(subject, signer, lambda _n: symbol, station, chosen, day, passphrase)
    sent_at = audit.now_iso()
    sent = [
        Reminder.create(
            plan=plan,
            period_id=period_id,
            agency=t.agency,
            sent_at=sent_at,
            file_name=out.name,
            number=chosen,
        )
        for t in targets
    ]
    return document, sent, row
