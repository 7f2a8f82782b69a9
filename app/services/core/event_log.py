"""The profile's log file: what ran, how it ended, and the traceback of anything unexpected.

`logs/plantracker.log` in the profile, rotated at 1 MB with 5 old files kept, readable by the
owner only. It records command names, outcomes, refusal templates and tracebacks; never a
passphrase, password or any report text (argument values and a refusal's filled-in values stay
out: a refusal is logged by its template, with the names of its values only). A crash in the
field so leaves a record an IT officer can send on.

Where the profile folder does not exist or cannot be written (a read-only stick, a profile not
set up yet), unexpected errors go to a file in the system's temporary folder instead, so the
message can always name a file that holds the details.
"""

from __future__ import annotations

import contextlib
import functools
import getpass
import logging
import os
import sys
import tempfile
import threading
import traceback
from pathlib import Path

from app.services.core.errors import UserError

LOGGER_NAME = "plantracker"
LOG_FOLDER = "logs"
LOG_NAME = "plantracker.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)s pid=%(process)d %(message)s"

logger = logging.getLogger(LOGGER_NAME)
logger.setLevel(logging.INFO)
logger.propagate = False  # the log file only; nothing on the user's terminal


class UnexpectedError(UserError):
    """What the user is told about a fault of the program (not of their input)."""


@functools.cache
def _owner_only_handler():
    """The handler class, made at the first log file opened: logging.handlers brings socket,
    pickle and queue, which a command that logs nowhere (no profile) need not load."""
    import logging.handlers

    class OwnerOnlyHandler(logging.handlers.RotatingFileHandler):
        """A rotating file created readable by its owner only (rotated files too)."""

        def _open(self):
            os.close(os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
            return super()._open()

        def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
            # A full or read-only disk must not add a "Logging error" traceback to the message
            # that explains it; the log line is lost, the user's answer is not.
            pass

    return OwnerOnlyHandler


def _fallback_path() -> Path:
    # os.getlogin() fails without a console (a desktop shortcut on Windows); getuser does not.
    user = os.getuid() if hasattr(os, "getuid") else getpass.getuser()
    return Path(tempfile.gettempdir()) / f"plantracker-{user}.log"


def log_path(folder: Path) -> Path:
    return folder / LOG_FOLDER / LOG_NAME


def _handler_for(path: Path) -> logging.Handler | None:
    try:
        path.parent.mkdir(mode=0o700, exist_ok=True)
        handler = _owner_only_handler()(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    return handler


def start(folder: Path) -> Path | None:
    """Log to this profile's file from now on (replacing any earlier target); its path.

    Call it for a folder that is already a profile: creating `logs/` in a folder that `setup`
    is about to refuse or fill would change what the user gave us.
    """
    stop()
    handler = _handler_for(log_path(folder))
    if handler is None:
        return None
    logger.addHandler(handler)
    return log_path(folder)


def stop() -> None:
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        with contextlib.suppress(OSError):  # a full disk fails the last flush: nothing to do
            handler.close()


def current_path() -> Path | None:
    for handler in logger.handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def info(event: str, **fields: object) -> None:
    """One line: an event name and plain fields (counts, codes, file names; no content)."""
    logger.info(" ".join([event, *(f"{name}={value}" for name, value in fields.items())]))


def not_done(event: str, exc: BaseException) -> None:
    """Work nobody asked for (housekeeping) that failed and will be tried again: its reason,
    for whoever maintains the app; a refusal by its template, anything else by its own text."""
    if isinstance(exc, UserError):
        refusal(exc)
    else:
        logger.warning("%s: %s: %s", event, type(exc).__name__, exc)


def refusal(exc: UserError) -> None:
    names = ",".join(sorted(exc.values))
    logger.info("refused %s%s", exc.template, f" [{names}]" if names else "")


def unexpected(exc: BaseException) -> UnexpectedError:
    """Write the traceback to the log (or the fallback file); the message to show the user."""
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    path = current_path()
    if path is not None:
        logger.error("unexpected error\n%s", text)
    else:
        path = _fallback_path()
        with contextlib.suppress(OSError):
            handler = _handler_for(path)
            if handler is not None:
                logger.addHandler(handler)
                logger.error("unexpected error\n%s", text)
                logger.removeHandler(handler)
                handler.close()
    return UnexpectedError(
        "an unexpected error occurred and the action was not completed; the details were "
        "written to {log}. Please send that file to your IT officer.",
        log=str(path),
    )


def install_excepthook(show) -> None:
    """Route uncaught exceptions (main thread, Qt slots, other threads) to the log, then
    `show(message)` the plain message instead of a traceback."""

    def hook(kind, exc, trace) -> None:
        if exc is None or issubclass(kind, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(kind, exc, trace)
            return
        show(unexpected(exc.with_traceback(trace)))

    sys.excepthook = hook
    threading.excepthook = lambda args: hook(args.exc_type, args.exc_value, args.exc_traceback)
