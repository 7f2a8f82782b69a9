"""One word, one enum, one label per language: every word of every vocabulary reads well."""

from __future__ import annotations

import unicodedata

from app.services.core import labels
from app.services.core.vocabulary import VOCABULARIES, Channel, DashboardStatus, EntryStatus


def test_every_word_has_a_label_in_both_languages():
    for language, table in labels.TABLES.items():
        assert set(table) == set(VOCABULARIES), language
        for vocabulary in VOCABULARIES:
            assert set(table[vocabulary]) == set(vocabulary), (language, vocabulary)
            for text in table[vocabulary].values():
                assert text.strip() == text and text, (language, vocabulary, text)
                assert unicodedata.is_normalized("NFC", text), text


def test_vietnamese_and_english_differ_where_the_languages_do():
    same = [
        (vocabulary.__name__, word)
        for vocabulary in VOCABULARIES
        for word in vocabulary
        if labels.VI[vocabulary][word] == labels.EN[vocabulary][word]
    ]
    assert same == []


def test_labels_of_stored_values():
    assert labels.label_of(DashboardStatus, "late") == "Trễ hạn"
    assert labels.label_of(DashboardStatus, "late", "en") == "Late"
    assert labels.label_of(Channel, None) == ""
    assert labels.label_of(Channel, "carrier_pigeon") == "carrier_pigeon"  # an older record
    assert labels.entry_status(None) == "Chưa đánh giá"
    assert labels.entry_status(EntryStatus.STALLED, "en") == "Stalled"
    assert EntryStatus.DONE == "done"  # stored and exchanged as the plain value
