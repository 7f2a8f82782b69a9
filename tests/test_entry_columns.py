"""The fast readings of a signed report agree with the strict ones they stand in for.

- A report's entries are read column by column (wire/entries.py `_plain_columns`); whatever it
  accepts, the entry-by-entry reader (`Entry.read`) accepts too, giving the same values, and a
  list of plainly valid entries does take the fast way.
- The canonical check reads with orjson and writes the parsed value back with it (wire/fields.py
  `_sorted_compact`); for every value a field can hold it writes exactly the bytes that
  canonical_bytes (the json module, what signers use) writes, and reads them back alike.
"""

from __future__ import annotations

import json

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.core.wire import Entry, EntryColumns, ReportContent, WireError
from app.services.core.wire.entries import _plain_columns
from app.services.core.wire.fields import Fields, _sorted_compact, is_plain_document
from tests.bundle_forge import valid_contents

REPORT = "reports/2026-Y-r1.json"
ODD_VALUES = [
    None, True, False, -1, 0, 1, 100, 101, 1.5, "", "done", "ongoing", "1.2", "e\u0301",
    "a\u202eb", "a\x00b", "tab\there", "x" * 41, "x" * 20_001, "dòng\nhai", "\n\u0303",
    "a\r\nb", "a\\nb", 'say "x"', "\u00a0", "\u2028", "\u00ad", [], [1], {}, {"a": 1},
    [{"name": "a.pdf", "sha256": "0" * 64, "size": 3}], [{"name": "../a", "sha256": "0"}],
]  # fmt: skip
ENTRY_KEYS = [
    "ref", "section", "duty_text", "status", "progress", "results", "difficulties",
    "proposals", "attachments", "extra",
]  # fmt: skip


@pytest.fixture(scope="module")
def entries() -> list[dict]:
    return json.loads(valid_contents()[REPORT])["entries"]


def _fully(listed: list) -> EntryColumns | None:
    """The list read entry by entry, or None where that reader refuses it."""
    try:
        made = tuple(
            Entry.read(Fields(e, f"entries[{i}]", "bad_report")) for i, e in enumerate(listed)
        )
    except WireError:
        return None
    return EntryColumns.of(made)


def _columns_agree(listed: list) -> EntryColumns | None:
    as_sent = json.dumps(listed, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    if not is_plain_document(as_sent):
        return None  # such a report is read entry by entry
    try:
        quick = _plain_columns(listed, Fields({"entries": listed}, "", "bad_report"))
    except WireError:
        quick = None  # an evidence list it read in full and refused
        assert _fully(listed) is None
    if quick is not None:
        assert quick == _fully(listed)
    return quick


def test_the_valid_report_is_read_by_columns_as_entry_by_entry(entries):
    columns = _columns_agree(entries)
    assert columns is not None and columns == _fully(entries)
    content = ReportContent.parse(valid_contents()[REPORT])
    assert content.entry_columns == columns
    assert content.entries == columns.entries()
    assert any(columns.attachments) and not all(columns.attachments)  # both kinds were read


@pytest.mark.parametrize("key", ENTRY_KEYS)
def test_each_odd_value_in_each_field_is_judged_alike(entries, key):
    for value in ODD_VALUES:
        for where in (0, len(entries) - 1):
            edited = [dict(e) for e in entries]
            edited[where][key] = value
            _columns_agree(edited)
    if key != "extra":  # an entry without one of its fields is refused
        dropped = [dict(e) for e in entries]
        del dropped[0][key]
        assert _columns_agree(dropped) is None


def test_no_entries_and_odd_lists_are_judged_alike(entries):
    assert _columns_agree([]) == EntryColumns(*((),) * 9)
    for odd in ([1], [None], ["x"], [[]], [entries[0], entries[0]]):
        _columns_agree(odd)  # a duty named twice is ReportContent's refusal, not the list's


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    changes=st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=10_000),
            st.sampled_from(ENTRY_KEYS),
            st.one_of(st.sampled_from(ODD_VALUES), st.text(max_size=8), st.integers(-3, 103)),
        ),
        max_size=3,
    )
)
def test_edited_lists_are_read_alike_by_columns_or_entry_by_entry(entries, changes):
    edited = [dict(e) for e in entries]
    for index, key, value in changes:
        edited[index % len(edited)][key] = value
    _columns_agree(edited)


FIELD_VALUES = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**70), max_value=2**70),
        st.text(max_size=20),
        st.sampled_from(["\x7f", "\u2028\u2029", "\ud800", "\\", '"', "\x1f\b\f", "\U0001f600"]),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=500, deadline=None)
@given(value=st.dictionaries(st.text(max_size=6), FIELD_VALUES, max_size=4))
def test_the_canonical_check_writes_what_canonical_bytes_writes(value):
    reference = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    try:
        expected = reference.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: no UTF-8 file holds it as it is
        expected = None
    written = _sorted_compact(value)
    if written is None:  # orjson refuses only what no field of the format accepts
        assert expected is None or _has_huge_int(value)
    else:
        assert written == expected
        # and reads the canonical bytes back as the json module does
        assert orjson.loads(written) == json.loads(reference) == value


def _has_huge_int(value) -> bool:
    if isinstance(value, dict):
        return any(_has_huge_int(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_huge_int(v) for v in value)
    return type(value) is int and not -(2**63) <= value < 2**64
