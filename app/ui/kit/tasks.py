"""The one way the interface runs slow work off the UI thread.

    run_task(work, on_done, on_progress, parent)

`work(progress)` runs on a pool thread; it may call `progress(*values)` as often as it likes.
Every call reaches `on_progress(*values)` on the UI thread, and the end reaches
`on_done(result, error)` there too: `error` is the exception the work raised (result None),
else None. Work never touches widgets; callbacks may.

The start-up, before the event loop runs, cannot be called back: `run_ahead(work)` starts
work on the pool and its `result()` waits for it on the calling thread, by which time it has
mostly run beside what the start-up did meanwhile.

Tests switch to inline running with `set_synchronous(True)` (or pass `synchronous=True`): the
work then runs at once on the calling thread and the callbacks are called directly.

The database: peewee keeps one connection per thread, so the work opens its own connection to
the bound profile on first use; WAL lets the UI thread read meanwhile, and a transaction the
work commits is visible to the UI thread's next query (its connection holds no open
transaction between events). The pool thread keeps its connection for its next task (a warm
page cache; app/models/worker_connections.py), and the pool's threads live as long as the
application, so there is one such connection per pool thread; closing the session (the workstation
closing, a restore, the app quitting) closes them. Do not switch profiles while a task runs.

Lifetimes: the worker reaches the UI thread only through one relay object that lives as long
as the application (a queued signal carrying a closure), so no per-task QObject can be deleted
while a worker still emits from it. A widget that asked and has gone meanwhile is not called.
The task itself (its callbacks, the widget that asked) waits in a table on the UI thread and the
pool thread names it by number, so the last reference to a screen is never dropped on a pool
thread: a widget freed there crashed the interpreter at random.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal, Slot

from app.services.core import event_log, storage_errors
from app.services.core.errors import UserError
from app.services.workstation import profile

Done = Callable[[Any, BaseException | None], None]
ProgressCallback = Callable[..., None]
Work = Callable[[ProgressCallback], Any]

_synchronous = False
_relay: _Relay | None = None


def under_way() -> int:
    """How many tasks have not yet called back (their work may be done, the answer queued)."""
    return len(_running)


def set_synchronous(value: bool) -> None:
    """Run every later task inline (tests), or on the pool again."""
    global _synchronous
    _synchronous = value


def is_synchronous() -> bool:
    return _synchronous


def pool() -> QThreadPool:
    threads = QThreadPool.globalInstance()
    # Threads that never expire keep their database connections (and page caches) warm;
    # there are at most maxThreadCount of them.
    threads.setExpiryTimeout(-1)
    return threads


class _Relay(QObject):
    """Lives on the UI thread for the whole run; calls what workers send it, there."""

    called = Signal(object)  # a callable without arguments

    def __init__(self):
        super().__init__()
        self.called.connect(self._on_self_called, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _on_self_called(self, call: Callable[[], None]) -> None:
        call()


def _ui_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
        _relay.moveToThread(QCoreApplication.instance().thread())
    return _relay


class Task:
    """One run of `work`, inline or on the pool; the callbacks always run on the UI thread."""

    def __init__(
        self,
        work: Work,
        on_done: Done,
        on_progress: ProgressCallback | None,
        parent: QObject | None,
    ):
        self._work = work
        self._on_done = on_done
        self._on_progress = on_progress
        self._parent = parent
        self.done = False

    def _wanted(self) -> bool:
        """False once the widget that asked has been deleted."""
        return self._parent is None or shiboken6.isValid(self._parent)

    def run_inline(self) -> None:
        result, error = None, None
        try:
            result = self._work(self._progress)
        except Exception as exc:  # delivered to on_done, like the threaded path
            error = exc
        self._deliver(result, error)

    def _progress(self, *values: object) -> None:
        if self._on_progress is not None and self._wanted():
            self._on_progress(*values)

    def _deliver(self, result: object, error: BaseException | None) -> None:
        self.done = True
        if error is not None and not isinstance(error, (UserError, *storage_errors.STORAGE_ERRORS)):
            # A fault of ours: the traceback goes to the log, the screen gets plain words.
            error = event_log.unexpected(error)
        if self._wanted():
            self._on_done(result, error)


# Tasks under way on the pool, by number. Touched on the UI thread only: a pool thread names its
# task by number, so it never holds a callback or a widget, and never drops the last reference
# to a screen (a widget freed on a pool thread crashed the interpreter at random).
_running: dict[int, Task] = {}
_numbers = itertools.count(1)


def _work_in_pool(number: int, held: list[Work], relay: _Relay) -> None:
    """Called on a pool thread: runs the work, then hands its outcome to the relay by number."""
    result, error = None, None

    def progress(*values: object) -> None:
        relay.called.emit(lambda: _progress_of(number, values))

    database = profile.begin_worker_task()
    try:
        result = held.pop()(progress)  # the work is referenced from the call only
    except Exception as exc:
        error = exc
    finally:
        profile.end_worker_task(database)
    relay.called.emit(lambda: _finish(number, result, error))


def _progress_of(number: int, values: tuple) -> None:
    task = _running.get(number)
    if task is not None:
        task._progress(*values)


def _finish(number: int, result: object, error: BaseException | None) -> None:
    task = _running.pop(number, None)
    if task is not None:
        task._deliver(result, error)


def call_on_ui_thread(call: Callable[[], None]) -> None:
    """Have `call()` run on the UI thread (from any thread; at once in synchronous mode)."""
    if _synchronous:
        call()
    else:
        _ui_relay().called.emit(call)


def run_task(
    work: Work,
    on_done: Done,
    on_progress: ProgressCallback | None = None,
    parent: QObject | None = None,
    synchronous: bool | None = None,
) -> Task:
    """Run work(progress) off the UI thread; on_done(result, error) follows on the UI thread.

    Call from the UI thread. `parent`: the widget asking; if it is deleted before the work
    ends, neither callback is called.
    """
    task = Task(work, on_done, on_progress, parent)
    if _synchronous if synchronous is None else synchronous:
        task.run_inline()
    else:
        relay, number, held = _ui_relay(), next(_numbers), [work]
        _running[number] = task
        pool().start(lambda: _work_in_pool(number, held, relay))
    return task


class RunAhead:
    """work() on a pool thread, begun ahead of need; `result()` waits for its answer (or raises
    its error) on the calling thread. For the start-up, before the event loop runs."""

    def __init__(self, work: Callable[[], Any]):
        self._outcome: tuple[Any, BaseException | None] = (None, None)
        self._finished = threading.Event()
        if _synchronous:
            self._finish(*_outcome_of(work))
        else:
            held = [work]  # referenced from the call only, as run_task's work
            pool().start(lambda: _run_ahead_in_pool(self, held.pop()))

    def _finish(self, result: Any, error: BaseException | None) -> None:
        self._outcome = (result, error)
        self._finished.set()

    def result(self) -> Any:
        self._finished.wait()
        value, error = self._outcome
        if error is not None:
            raise error
        return value


def _outcome_of(work: Callable[[], Any]) -> tuple[Any, BaseException | None]:
    try:
        return work(), None
    except Exception as exc:  # raised again by result(), on the caller's thread
        return None, exc


def _run_ahead_in_pool(ahead: RunAhead, work: Callable[[], Any]) -> None:
    """Called on a pool thread, on the pool thread's own database connection."""
    database = profile.begin_worker_task()
    outcome = _outcome_of(work)
    try:
        profile.end_worker_task(database)
    finally:
        ahead._finish(*outcome)  # the caller waits for it, whatever happens here


def run_ahead(work: Callable[[], Any]) -> RunAhead:
    """Start work() on the pool now; its `result()` waits for it (see RunAhead)."""
    return RunAhead(work)
