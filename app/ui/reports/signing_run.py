"""What the signing dialogs (a report's sign-off, the consolidated report's, the clerk's issue)
share: who may sign, read in a task as the dialog opens, and the signing itself, run in a task.

A dialog using these has the fields `signer` (a combo), `password`, `passphrase` (None when the
key needs none), `error`, `buttons` (its QDialogButtonBox) and `station` (the open workstation).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog

from app.services.accounts import users
from app.services.core.vocabulary import UserRole
from app.services.esign import token_device
from app.services.esign.token_device import TokenError
from app.services.keys import keys
from app.ui.accounts.login_dialog import account_text, error_text
from app.ui.kit.saving import save_in_task


@dataclass(frozen=True)
class Signers:
    """Who may sign, and what else signing asks of this workstation."""

    accounts: tuple[users.Account, ...]
    asks_passphrase: bool  # the key is in a passphrase-protected file, or still sealed
    token_configured: bool  # a USB token driver is set: the PDF can be signed with it too


def approvers(accounts: list[users.Account]) -> list[users.Account]:
    return [a for a in accounts if a.active and a.role == UserRole.APPROVER]


def issuers(accounts: list[users.Account]) -> list[users.Account]:
    """Who may issue: the clerks; an approver only where the office has no clerk account."""
    active = [a for a in accounts if a.active]
    clerks = [a for a in active if a.role == UserRole.CLERK]
    return clerks or approvers(active)


def read_signers(
    pick: Callable[[list[users.Account]], list[users.Account]] = approvers,
) -> Signers:
    """Runs off the UI thread: the accounts `pick` keeps, the passphrase and token settings."""
    return Signers(
        tuple(pick(users.accounts())),
        keys.asks_passphrase(),
        token_device.settings().configured,
    )


def fill_signers(dialog: QDialog, signers: Signers) -> None:
    dialog.signer.clear()
    for account in signers.accounts:
        dialog.signer.addItem(account_text(account), account.login)


def sign_or_explain(dialog: QDialog, sign, signed: Callable[[], None]) -> None:
    """Run sign(signer login, password, workstation, passphrase) in a task: scrypt, the
    signature, the database and the PDF take a moment. Meanwhile the dialog's buttons and
    fields are held and the cursor waits, so a second click or Enter starts nothing. On success
    the signed document replaces dialog.report and `signed()` follows (the dialog accepts); on
    a refusal the reason is shown and the field at fault is cleared and focused."""
    passphrase = dialog.passphrase.text() if dialog.passphrase is not None else None
    arguments = (
        dialog.signer.currentData(),
        dialog.password.text(),
        dialog.station,
        passphrase or None,
    )

    def done(result) -> None:
        dialog.report = result
        signed()

    def refused(error: BaseException) -> None:
        dialog.error.show_error(error_text(error))
        at_fault = dialog.passphrase if isinstance(error, keys.PassphraseNeededError) else None
        if isinstance(error, TokenError) and getattr(dialog, "token", None) is not None:
            at_fault = dialog.token.pin  # a wrong PIN is never typed again for the person
        at_fault = at_fault or dialog.password
        at_fault.clear()
        at_fault.setFocus()

    held = (dialog.buttons, dialog.signer, dialog.password, dialog.passphrase)
    save_in_task(dialog, lambda: sign(*arguments), done, refused, held)
