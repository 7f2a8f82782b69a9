"""Reading bundles ahead in a worker process changes nothing but who reads them.

A batch imported with the worker ends exactly as the same batch imported on the importing
thread alone: the same status, refusal and outcome for each file, in the order given, and the
same database. The worker's reading is used (the file is not decrypted here again), a file it
has not begun is read here instead and by the worker not at all, and a preview's reading
serves the import after it.
"""

from __future__ import annotations

import json
import operator
import os
import time

import pytest

from app.models import BundleReceived
from app.models.session import close_open_session
from app.services.core.wire import ReportContent
from app.services.exchange import bundle_import, read_ahead
from tests.corpus_station import CORPUS, corpus_dofa
from tests.exchange_support import (
    amend_and_sign,
    canonical_dump,
    copy_profile,
    count_opened,
    enrol_agency,
    export,
    integrity,
    make_dofa,
    run_module,
    sign_period,
    use,
)
from tests.pg_cluster import on_postgresql

# Refused at each stage of the checks, between files that import.
BAD = [
    "truncated",  # decryption
    "unlisted_file",  # the zip against the manifest
    "wrong_signature",  # the manifest's signature
    "wrong_report_signature",  # a report's signature (which the worker also checks)
    "report_not_nfc",  # reading a report
    "report_progress_over",
    "unknown_key",  # a key the worker was not given
]


@pytest.fixture
def worker_always(monkeypatch):
    """A worker for any batch, however small, and however busy the machine."""
    monkeypatch.setattr(read_ahead, "MIN_FILES", 1)
    monkeypatch.setattr(read_ahead, "MIN_BYTES", 0)
    monkeypatch.setattr(read_ahead, "a_core_is_free", lambda: True)


@pytest.fixture
def opened_here(monkeypatch):
    """The files the importing thread decrypted itself (the worker's own are not seen)."""
    return count_opened(monkeypatch)


def _never_taken_here(monkeypatch) -> None:
    """The importing thread always waits for the worker (it never reads a file first)."""
    monkeypatch.setattr(read_ahead.ReadAhead, "_taken_here", lambda self, position, future: False)


def _summary(results) -> list[tuple]:
    return [
        (
            r.file,
            r.status,
            r.reason_code,
            r.reason,
            [(o.period, o.revision, o.outcome, len(o.changes)) for o in r.reports],
        )
        for r in results
    ]


@pytest.fixture
def world(tmp_path):
    """Two identical DoFA profiles and a Health department's bundles: new, repeated, amended,
    with evidence."""
    dofa = make_dofa(tmp_path / "dofa")
    health = enrol_agency(dofa.folder, tmp_path / "syt", "SYT")
    sign_period(health, "2026-H1", "Sáu tháng", {"bien-ban.pdf": b"%PDF-1.4 bien ban\n" * 50})
    first = export(health, tmp_path / "b1.ptbundle")
    sign_period(health, "2026-Y", "Cả năm", {"so-lieu.xlsx": b"PK\x03\x04 so lieu" * 80})
    second = export(health, tmp_path / "b2.ptbundle")
    amend_and_sign(health, "2026-Y", "Bổ sung số liệu", "Cả năm, đã bổ sung")
    third = export(health, tmp_path / "b3.ptbundle")
    damaged = tmp_path / "b4.ptbundle"
    data = bytearray(second.read_bytes())
    data[-20] ^= 0xFF
    damaged.write_bytes(bytes(data))
    other = copy_profile(dofa.folder, tmp_path / "dofa-2")
    return dofa.folder, other, [first, second, damaged, third, first, second]


@pytest.mark.skipif(on_postgresql(), reason="compares two SQLite profiles' files")
def test_a_batch_read_ahead_ends_as_the_same_batch_read_here(
    world, monkeypatch, worker_always, opened_here
):
    alone, ahead, paths = world
    station = use(alone)
    monkeypatch.setattr(read_ahead, "MIN_FILES", 10**6)
    expected = _summary(bundle_import.import_bundles(station, paths))
    close_open_session()
    assert opened_here == [p.name for p in paths]
    opened_here.clear()

    monkeypatch.setattr(read_ahead, "MIN_FILES", 1)
    _never_taken_here(monkeypatch)
    station = use(ahead)
    results = bundle_import.import_bundles(station, paths)
    close_open_session()

    assert _summary(results) == expected
    assert [r.status for r in results] == [
        "imported",
        "imported",
        "rejected",
        "imported",
        "already_imported",
        "already_imported",
    ]
    assert opened_here == ["b4.ptbundle"]  # the worker read every other file
    assert canonical_dump(ahead / "plantracker.sqlite") == canonical_dump(
        alone / "plantracker.sqlite"
    )


def test_every_refusal_is_the_same_with_the_worker(tmp_path, monkeypatch, worker_always):
    given = [CORPUS / "valid.ptbundle", *(CORPUS / f"{case}.ptbundle" for case in BAD)]
    station = corpus_dofa(tmp_path / "alone")
    monkeypatch.setattr(read_ahead, "MIN_FILES", 10**6)
    expected = _summary(bundle_import.import_bundles(station, given))
    close_open_session()

    monkeypatch.setattr(read_ahead, "MIN_FILES", 1)
    _never_taken_here(monkeypatch)
    station = corpus_dofa(tmp_path / "ahead")
    results = bundle_import.import_bundles(station, given)

    assert _summary(results) == expected
    assert [r.status for r in results] == ["imported", *["rejected"] * len(BAD)]
    assert [r.reason_code for r in results[1:]] == [
        "damaged",
        "unlisted_file",
        "bad_signature",
        "bad_signature",
        "bad_report",
        "bad_report",
        "unknown_sender",
    ]


def test_a_file_the_worker_has_not_begun_is_read_here_once(world, worker_always, opened_here):
    _, ahead, paths = world
    station = use(ahead)
    kept: dict = {}
    # The worker takes a moment to start: every file is asked for before it can begin one.
    with read_ahead.reading_ahead(paths, [], station.folder, kept) as reader:
        for path in paths:
            reader.ready(path)
        claims = list(reader._claims)
    assert kept == {}
    assert claims == [read_ahead.BY_IMPORTER] * len(paths)  # so the worker skips them all


def test_a_preview_read_ahead_serves_the_import_after_it(
    world, monkeypatch, worker_always, opened_here
):
    _, ahead, paths = world
    _never_taken_here(monkeypatch)
    station = use(ahead)
    kept: bundle_import.KeptBundles = {}

    preview = bundle_import.import_bundles(station, paths[:4], dry_run=True, kept=kept)
    results = bundle_import.import_bundles(station, paths[:4], kept=kept)

    assert [r.status for r in preview] == [r.status for r in results]
    assert [r.status for r in results] == ["imported", "imported", "rejected", "imported"]
    assert opened_here == ["b4.ptbundle", "b4.ptbundle"]  # the damaged one, by each run
    read = kept[paths[1]]
    assert read.checked and set(read.parsed) == {c.sha256 for c in read.checked.values()}


def test_reports_read_ahead_share_their_equal_texts(world, monkeypatch, worker_always):
    """A bundle's reports repeat their duties' texts: the worker sends each text once (the
    importing thread unpickles it once) and the values stay those of the signed content."""
    _, ahead, paths = world
    _never_taken_here(monkeypatch)
    station = use(ahead)
    kept: bundle_import.KeptBundles = {}
    bundle_import.import_bundles(station, paths[1:2], dry_run=True, kept=kept)

    read = kept[paths[1]]
    contents = [read.parsed[c.sha256] for c in read.checked.values()]
    assert len(contents) == 2  # the half-year report and the year's
    for checked in read.checked.values():  # the same values as the signed text read here
        assert read.parsed[checked.sha256] == ReportContent.parse_text(checked.text)
    first, second = (c.entry_columns for c in contents)
    assert first.duty_text == second.duty_text
    assert all(map(operator.is_, first.duty_text, second.duty_text))
    assert all(map(operator.is_, first.ref, second.ref))


@pytest.mark.parametrize(
    ("cores", "load", "free"),
    [
        (2, 0.3, True),
        (2, 1.4, True),
        (2, 1.6, False),
        (2, 3.0, False),
        (1, 0.0, False),
        (8, 6.0, True),
    ],
)
def test_a_worker_starts_only_where_a_core_is_free(monkeypatch, cores, load, free):
    monkeypatch.setattr(read_ahead.os, "cpu_count", lambda: cores)
    monkeypatch.setattr(read_ahead.os, "getloadavg", lambda: (load, load, load))
    assert read_ahead.a_core_is_free() is free


def test_a_busy_machine_imports_without_a_worker(world, monkeypatch, opened_here):
    _, ahead, paths = world
    monkeypatch.setattr(read_ahead, "MIN_FILES", 1)
    monkeypatch.setattr(read_ahead, "MIN_BYTES", 0)
    monkeypatch.setattr(read_ahead, "a_core_is_free", lambda: False)
    results = bundle_import.import_bundles(use(ahead), paths[:2])
    assert [r.status for r in results] == ["imported", "imported"]
    assert opened_here == ["b1.ptbundle", "b2.ptbundle"]


@pytest.mark.skipif(on_postgresql(), reason="reads the SQLite file itself")
def test_a_killed_import_leaves_no_worker_and_whole_bundles(world):
    _, ahead, paths = world
    close_open_session()
    keyring = os.environ["PLANTRACKER_TEST_KEYRING"]
    given = [str(p) for p in paths[:4]]
    killed = run_module("tests.read_ahead_kill_driver", str(ahead), "2", *given, keyring=keyring)
    assert killed.returncode == -9, killed.stderr.decode()
    workers = [int(pid) for pid in killed.stdout.split()]
    assert workers  # the worker was reading ahead when the importing process died
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers)  # it ends with the import, key and all
    assert integrity(ahead / "plantracker.sqlite") == "ok"
    use(ahead)
    assert BundleReceived.select().count() == 1  # the first bundle; not half of the second
    close_open_session()

    again = run_module("tests.read_ahead_kill_driver", str(ahead), "0", *given, keyring=keyring)
    assert again.returncode == 0, again.stderr.decode()
    statuses = [r["status"] for r in json.loads(again.stdout)]
    assert statuses == ["already_imported", "imported", "rejected", "imported"]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
