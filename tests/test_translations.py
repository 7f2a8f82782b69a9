"""The translation sources are complete and every string can actually be found at run time."""

from __future__ import annotations

import xml.etree.ElementTree as ET

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
