"""The activity log's details as sentences in the interface language.

An entry's detail is JSON with English keys ({"period": "2026-Y", "revision": 2}). Actions
people meet every day have a sentence with named blanks ("Report for {period}, revision
{revision}."), translated like any other string; the others show each detail as "name: value"
with the names translated. Values are put in words: a period's name, yes/no, a status's label.
"""

from __future__ import annotations

import json
import re
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.core import labels as words
from app.services.core.stored_messages import MESSAGE, TEMPLATE, VALUES, refusal_in
from app.services.core.text import english_number
from app.services.core.vocabulary import AgeIdentity, AuditAction, ImportStatus, KeyStorage
from app.ui.kit.labels import (
    entry_status_label,
    format_date,
    mid_sentence,
    period_label,
    ui_language,
    user_role_label,
)

CONTEXT = "AuditDetails"

# One line each, so that lupdate finds every sentence.
# fmt: off
SENTENCES = {
    AuditAction.REPORT_CREATE: QT_TRANSLATE_NOOP("AuditDetails", "Report for {period} started (revision {revision})."),  # noqa: E501
    AuditAction.REPORT_EDIT: QT_TRANSLATE_NOOP("AuditDetails", "Duty {ref} of the report for {period}: {fields}."),  # noqa: E501
    AuditAction.REPORT_ATTACH: QT_TRANSLATE_NOOP("AuditDetails", "File “{name}” attached to duty {ref} ({period})."),  # noqa: E501
    AuditAction.REPORT_DETACH: QT_TRANSLATE_NOOP("AuditDetails", "File “{name}” removed ({period})."),  # noqa: E501
    AuditAction.REPORT_SUBMIT: QT_TRANSLATE_NOOP("AuditDetails", "Report for {period}, revision {revision}, sent to sign-off."),  # noqa: E501
    AuditAction.REPORT_SIGN: QT_TRANSLATE_NOOP("AuditDetails", "Report for {period}, revision {revision}, signed (SHA-256 {sha256})."),  # noqa: E501
    AuditAction.REPORT_SIGN_REFUSED: QT_TRANSLATE_NOOP("AuditDetails", "Signing the report for {period} refused."),  # noqa: E501
    AuditAction.REPORT_AMEND: QT_TRANSLATE_NOOP("AuditDetails", "Revision {revision} of the report for {period} started; reason: {reason}."),  # noqa: E501
    AuditAction.REPORT_RETURN: QT_TRANSLATE_NOOP("AuditDetails", "{agency}'s report for {period}, revision {revision}, returned for revision."),  # noqa: E501
    AuditAction.REPORT_PAPER: QT_TRANSLATE_NOOP("AuditDetails", "{agency}'s report for {period} received on paper on {date}."),  # noqa: E501
    AuditAction.REPORT_CONFLICT: QT_TRANSLATE_NOOP("AuditDetails", "{agency}'s report for {period}, revision {revision}: two different contents."),  # noqa: E501
    AuditAction.REPORT_CONFLICT_RESOLVED: QT_TRANSLATE_NOOP("AuditDetails", "Conflict on {agency}'s report for {period}, revision {revision}, decided."),  # noqa: E501
    AuditAction.BUNDLE_EXPORT: QT_TRANSLATE_NOOP("AuditDetails", "Bundle No. {sequence} written to {file} ({reports} report(s))."),  # noqa: E501
    AuditAction.BUNDLE_IMPORT: QT_TRANSLATE_NOOP("AuditDetails", "Bundle No. {sequence} from {agency} ({file}): {verdict}."),  # noqa: E501
    AuditAction.BUNDLE_REJECTED: QT_TRANSLATE_NOOP("AuditDetails", "Bundle {file} rejected: {message}."),  # noqa: E501
    AuditAction.REPLY_EXPORT: QT_TRANSLATE_NOOP("AuditDetails", "Reply No. {sequence} written for {agency}."),  # noqa: E501
    AuditAction.REPLY_IMPORT: QT_TRANSLATE_NOOP("AuditDetails", "DoFA's reply No. {sequence} ({file}) imported."),  # noqa: E501
    AuditAction.REPLY_REJECTED: QT_TRANSLATE_NOOP("AuditDetails", "Reply {file} rejected: {message}."),  # noqa: E501
    AuditAction.KIT_EXPORT: QT_TRANSLATE_NOOP("AuditDetails", "Setup kit for {agency} written to {file}."),  # noqa: E501
    AuditAction.ENROL_IMPORT: QT_TRANSLATE_NOOP("AuditDetails", "{agency} enrolled with key {fingerprint}."),  # noqa: E501
    AuditAction.ENROL_EXPORT: QT_TRANSLATE_NOOP("AuditDetails", "Enrolment file {file} (key {fingerprint})."),  # noqa: E501
    AuditAction.KEY_BACKUP: QT_TRANSLATE_NOOP("AuditDetails", "Keys backed up to {file}."),  # noqa: E501
    AuditAction.KEY_RESTORE: QT_TRANSLATE_NOOP("AuditDetails", "Keys restored from {file}."),  # noqa: E501
    AuditAction.KEY_CREATE_IDENTITY: QT_TRANSLATE_NOOP("AuditDetails", "New {name} made (public key {recipient})."),  # noqa: E501
    AuditAction.KEY_ROTATE: QT_TRANSLATE_NOOP("AuditDetails", "Signing key {old} replaced by {new}."),  # noqa: E501
    AuditAction.KEY_REVOKE: QT_TRANSLATE_NOOP("AuditDetails", "Keys of {agency} revoked: {fingerprints}."),  # noqa: E501
    AuditAction.USER_ADD: QT_TRANSLATE_NOOP("AuditDetails", "Account {login} added ({role})."),  # noqa: E501
    AuditAction.USER_RESET_PASSWORD: QT_TRANSLATE_NOOP("AuditDetails", "New password set for {login}."),  # noqa: E501
    AuditAction.USER_DEACTIVATE: QT_TRANSLATE_NOOP("AuditDetails", "Account {login} deactivated."),  # noqa: E501
    AuditAction.USER_ACTIVATE: QT_TRANSLATE_NOOP("AuditDetails", "Account {login} reactivated."),  # noqa: E501
    AuditAction.PROFILE_BACKUP: QT_TRANSLATE_NOOP("AuditDetails", "Workstation backed up to {file}."),  # noqa: E501
    AuditAction.PROFILE_RESTORE: QT_TRANSLATE_NOOP("AuditDetails", "Workstation of {agency} restored from {file} (made {backup_created_at})."),  # noqa: E501
    AuditAction.CONSOLIDATED_SIGN: QT_TRANSLATE_NOOP("AuditDetails", "Consolidated report for {period}, revision {revision}, signed."),  # noqa: E501
    AuditAction.CONSOLIDATED_ACCEPT: QT_TRANSLATE_NOOP("AuditDetails", "Consolidated report for {period}: the pre-fill's changes taken in ({part})."),  # noqa: E501
    AuditAction.CONSOLIDATED_KEEP: QT_TRANSLATE_NOOP("AuditDetails", "Consolidated report for {period}: text kept against the pre-fill's changes ({part})."),  # noqa: E501
}
# fmt: on

# format: the detail names the log keeps
KEY_LABELS = {
    "period": QT_TRANSLATE_NOOP("AuditDetails", "period"),
    "revision": QT_TRANSLATE_NOOP("AuditDetails", "revision"),
    "agency": QT_TRANSLATE_NOOP("AuditDetails", "agency"),
    "file": QT_TRANSLATE_NOOP("AuditDetails", "file"),
    "sequence": QT_TRANSLATE_NOOP("AuditDetails", "bundle No."),
    "verdict": QT_TRANSLATE_NOOP("AuditDetails", "result"),
    "reason": QT_TRANSLATE_NOOP("AuditDetails", "reason"),
    "message": QT_TRANSLATE_NOOP("AuditDetails", "reason"),
    "fingerprint": QT_TRANSLATE_NOOP("AuditDetails", "key"),
    "login": QT_TRANSLATE_NOOP("AuditDetails", "account"),
    "role": QT_TRANSLATE_NOOP("AuditDetails", "role"),
    "name": QT_TRANSLATE_NOOP("AuditDetails", "name"),
    "date": QT_TRANSLATE_NOOP("AuditDetails", "date"),
    "code": QT_TRANSLATE_NOOP("AuditDetails", "code"),
    "kind": QT_TRANSLATE_NOOP("AuditDetails", "kind"),
    "folder": QT_TRANSLATE_NOOP("AuditDetails", "folder"),
    "keep_days": QT_TRANSLATE_NOOP("AuditDetails", "days kept"),
    "size": QT_TRANSLATE_NOOP("AuditDetails", "size (bytes)"),
    "consolidating": QT_TRANSLATE_NOOP("AuditDetails", "consolidating workstation"),
    "storage": QT_TRANSLATE_NOOP("AuditDetails", "kept in"),
    "old": QT_TRANSLATE_NOOP("AuditDetails", "before"),
    "new": QT_TRANSLATE_NOOP("AuditDetails", "after"),
    "module": QT_TRANSLATE_NOOP("AuditDetails", "token driver"),
    "scheme": QT_TRANSLATE_NOOP("AuditDetails", "signature scheme"),
    "tsa": QT_TRANSLATE_NOOP("AuditDetails", "time-stamp server"),
    "subject": QT_TRANSLATE_NOOP("AuditDetails", "certificate"),
    "issuer": QT_TRANSLATE_NOOP("AuditDetails", "issued by"),
    "this_update": QT_TRANSLATE_NOOP("AuditDetails", "published"),
    "token": QT_TRANSLATE_NOOP("AuditDetails", "signed with the token"),
    "due": QT_TRANSLATE_NOOP("AuditDetails", "due date"),
    "days": QT_TRANSLATE_NOOP("AuditDetails", "days"),
    "plan": QT_TRANSLATE_NOOP("AuditDetails", "plan"),
    "successor": QT_TRANSLATE_NOOP("AuditDetails", "successor"),
    "failures": QT_TRANSLATE_NOOP("AuditDetails", "failed tries"),
    "number": QT_TRANSLATE_NOOP("AuditDetails", "number"),
    "part": QT_TRANSLATE_NOOP("AuditDetails", "part"),
    "ref": QT_TRANSLATE_NOOP("AuditDetails", "duty"),
    "fields": QT_TRANSLATE_NOOP("AuditDetails", "fields changed"),
    "sha256": QT_TRANSLATE_NOOP("AuditDetails", "SHA-256"),
    "reports": QT_TRANSLATE_NOOP("AuditDetails", "reports"),
    "fingerprints": QT_TRANSLATE_NOOP("AuditDetails", "keys"),
    "kept": QT_TRANSLATE_NOOP("AuditDetails", "content kept (SHA-256)"),
    "kit_id": QT_TRANSLATE_NOOP("AuditDetails", "setup kit"),
    "dofa": QT_TRANSLATE_NOOP("AuditDetails", "consolidating agency"),
    "name_vi": QT_TRANSLATE_NOOP("AuditDetails", "Vietnamese name"),
    "name_en": QT_TRANSLATE_NOOP("AuditDetails", "English name"),
    "on": QT_TRANSLATE_NOOP("AuditDetails", "from"),
    "duties_moved": QT_TRANSLATE_NOOP("AuditDetails", "duties moved"),
    "recipient": QT_TRANSLATE_NOOP("AuditDetails", "encryption key"),
    "source": QT_TRANSLATE_NOOP("AuditDetails", "copied from"),
    "signed": QT_TRANSLATE_NOOP("AuditDetails", "signed on"),
    "seconds": QT_TRANSLATE_NOOP("AuditDetails", "seconds to wait"),
    "backup_created_at": QT_TRANSLATE_NOOP("AuditDetails", "backup made"),
    "receipts": QT_TRANSLATE_NOOP("AuditDetails", "receipts"),
    "returns": QT_TRANSLATE_NOOP("AuditDetails", "returned reports"),
    "plan_version": QT_TRANSLATE_NOOP("AuditDetails", "plan version"),
    "register_version": QT_TRANSLATE_NOOP("AuditDetails", "register version"),
}
# The part of the consolidated report an edit touched: "assessment", "summary", "summary III",
# "passage III.1.1"; or the pre-fill's changes DoFA decided on: "III.1.1|SYT, counts".
PARTS = {
    "assessment": QT_TRANSLATE_NOOP("AuditDetails", "overall assessment"),
    "summary": QT_TRANSLATE_NOOP("AuditDetails", "introduction"),
    "counts": QT_TRANSLATE_NOOP("AuditDetails", "reporting figures"),
}
AGENCY_PASSAGE = QT_TRANSLATE_NOOP("AuditDetails", "{agency} on duty {ref}")
PART_OF = {
    "summary": QT_TRANSLATE_NOOP("AuditDetails", "summary of section {0}"),
    "passage": QT_TRANSLATE_NOOP("AuditDetails", "text of duty {0}"),
}
FIELD_NAMES = {
    "status": QT_TRANSLATE_NOOP("AuditDetails", "status"),
    "progress": QT_TRANSLATE_NOOP("AuditDetails", "progress"),
    "results": QT_TRANSLATE_NOOP("AuditDetails", "results"),
    "difficulties": QT_TRANSLATE_NOOP("AuditDetails", "difficulties"),
    "proposals": QT_TRANSLATE_NOOP("AuditDetails", "proposals"),
}
# A detail whose words depend on the action: `name` is an age identity's in key.create_identity
# (elsewhere a file's or an agency's, shown as it is).
NAMED = {AuditAction.KEY_CREATE_IDENTITY: ("name", AgeIdentity)}
# The detail an English sentence's "(s)" agrees with ("1 report", "3 reports").
COUNTED_BY = {AuditAction.BUNDLE_EXPORT: "reports"}
PERIOD_ID = re.compile(r"^\d{4}-(H1|Y)$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


YES_NO = {
    True: QT_TRANSLATE_NOOP("AuditDetails", "yes"),
    False: QT_TRANSLATE_NOOP("AuditDetails", "no"),
}


def value_text(key: str, value: object) -> str:
    """A detail's value as a person reads it."""
    if isinstance(value, bool):
        return tr(YES_NO[value])
    if key == "fields" and isinstance(value, list | dict):
        names = value if isinstance(value, list) else list(value)
        return ", ".join(tr(FIELD_NAMES[n]) if n in FIELD_NAMES else str(n) for n in names)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    text = str(value)
    if PERIOD_ID.match(text):
        return period_label(text)
    if ISO_DATE.match(text):
        try:
            return format_date(date.fromisoformat(text))  # dd/mm/yyyy, as everywhere on screen
        except ValueError:
            return text
    if key == "part":
        return part_text(text)
    if key == "message":  # a refusal, already in the interface language
        return text
    if key == "role":  # an account's, as everywhere else
        return mid_sentence(user_role_label(text))
    if key == "verdict":  # a bundle's import status, as the exchange screens name it
        return mid_sentence(words.label_of(ImportStatus, text, ui_language()))
    if key == "storage":  # where a key is kept, as the label table names it
        return mid_sentence(words.label_of(KeyStorage, text, ui_language()))
    if key == "status":
        try:
            return entry_status_label(text)
        except KeyError:
            return text
    return text


def part_text(part: str) -> str:
    """Which part of the consolidated report an edit touched, or which of the pre-fill's
    changes a decision took or set aside, in words."""
    if ", " in part:
        return ", ".join(part_text(one) for one in part.split(", "))
    if part in PARTS:
        return tr(PARTS[part])
    ref, bar, agency = part.partition("|")
    if bar and ref and agency:
        return tr(AGENCY_PASSAGE).format(agency=agency, ref=ref)
    head, _, rest = part.partition(" ")
    if head in PART_OF and rest:
        return tr(PART_OF[head]).format(rest)
    return part


def detail_sentence(action: str, detail: str) -> str:
    """The entry's detail as a sentence (or translated "name: value" pairs)."""
    try:
        data = json.loads(detail) if detail else {}
    except ValueError:
        return detail
    if not isinstance(data, dict):
        return str(data)
    if MESSAGE in data:  # a refusal: its text in the interface language, from what it kept
        message = refusal_in(data, ui_language())
        data = {k: v for k, v in data.items() if k not in (TEMPLATE, VALUES)} | {MESSAGE: message}
    values = {k: value_text(k, v) for k, v in data.items() if v not in (None, "", [])}
    key, vocabulary = NAMED.get(action, (None, None))
    if key in values:  # a word of the action's vocabulary, as the label table names it
        values[key] = mid_sentence(words.label_of(vocabulary, str(data[key]), ui_language()))
    template = SENTENCES.get(action)
    if template:
        try:
            sentence = tr(template)
            count = data.get(COUNTED_BY.get(action, ""))
            if isinstance(count, int) and ui_language() == "en":
                sentence = english_number(sentence, count)
            return sentence.format_map(values)
        except (KeyError, IndexError, ValueError):
            pass  # a detail without one of the blanks: show the pairs instead
    parts = []
    for key, text in values.items():
        name = tr(KEY_LABELS[key]) if key in KEY_LABELS else key.replace("_", " ")
        parts.append(f"{name}: {text}")
    return "; ".join(parts)
