"""The translation sources are complete and every string can actually be found at run time."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from app.paths import TRANSLATIONS_DIR


def _contexts(name: str):
    return ET.parse(TRANSLATIONS_DIR / name).getroot().iter("context")


def test_every_vietnamese_string_is_translated():
    untranslated = [
        (context.findtext("name"), message.findtext("source"))
        for context in _contexts("plantracker_vi.ts")
        for message in context.iter("message")
        if message.get("numerus") != "yes" and not (message.findtext("translation") or "").strip()
    ]
    assert untranslated == []


def test_no_string_sits_in_the_nameless_context():
    """A module-level `tr("…")` wrapper is extracted without a context and never found by
    QCoreApplication.translate(CONTEXT, …): such strings would stay English on screen."""
    nameless = [
        message.findtext("source")
        for context in _contexts("plantracker_vi.ts")
        if not (context.findtext("name") or "").strip()
        for message in context.iter("message")
    ]
    assert nameless == []


# Qt's plural forms per language: English has a singular and a plural, Vietnamese one form.
NUMERUS_FORMS = {"plantracker_en.ts": 2, "plantracker_vi.ts": 1}


def test_every_counted_string_has_all_its_plural_forms_filled():
    """A `tr("%n document(s)", "", n)` with empty forms shows its source, "1 document(s)"."""
    for name, forms in NUMERUS_FORMS.items():
        for context in _contexts(name):
            for message in context.iter("message"):
                if message.get("numerus") != "yes":
                    continue
                where = (name, context.findtext("name"), message.findtext("source"))
                translation = message.find("translation")
                assert translation.get("type") != "unfinished", where
                filled = [(form.text or "").strip() for form in translation.iter("numerusform")]
                assert len(filled) == forms and all(filled), where
                assert all("%n" in form for form in filled), where
                assert not any("(s)" in form or "(ies)" in form for form in filled), where


@pytest.mark.parametrize(
    ("context", "source", "one", "two"),
    [
        ("OutgoingRegisterDialog", "%n document(s)", "1 document", "2 documents"),
        ("SentHistoryView", "%n bundle(s)", "1 bundle", "2 bundles"),
        ("DigitalSignatureDialog", "%n certificate(s)", "1 certificate", "2 certificates"),
        ("ReplyDialog", "%n receipt(s)", "1 receipt", "2 receipts"),
        ("AgencyRegisterDialog", "%n agency(ies)", "1 agency", "2 agencies"),
    ],
)
def test_english_counts_agree_with_the_number(qapp, context, source, one, two):
    from PySide6.QtCore import QCoreApplication

    from app.ui.kit import i18n

    i18n.install("en")
    try:
        counted = [QCoreApplication.translate(context, source, "", n) for n in (1, 2)]
        assert counted == [one, two]
        i18n.install("vi")
        assert QCoreApplication.translate(context, source, "", 1).startswith("1 ")
    finally:
        i18n.install("vi")
