"""Data checks for resources/plans/590-2014.json against the issued text of Decision 590/QĐ-UBND.

The seed fixture is a PDF text extraction that lost the space at every line wrap, so the
comparisons with it ignore whitespace, while the glued-word check runs on the JSON alone.
"""

import json
import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PLAN = json.loads((ROOT / "resources/plans/590-2014.json").read_text(encoding="utf-8"))
REGISTER = json.loads((ROOT / "resources/registers/quang-ngai-2014.json").read_text("utf-8"))
SEED = (ROOT / "tests/fixtures/seed-590.txt").read_text(encoding="utf-8")

LEAD_IN_VI = "Tham mưu UBND tỉnh:"
SECTION_LINE = re.compile(r"^(I|II|III|IV)\. ")
ITEM_LINE = re.compile(r"^(\d+)\. (.*)$", re.S)


def squash(text):
    return re.sub(r"\s+", "", text)


def walk_strings(node, key=None):
    """Yield (key, string) for every string value in the JSON tree."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk_strings(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from walk_strings(v, key)
    elif isinstance(node, str):
        yield key, node


def walk_dicts(node):
    if isinstance(node, dict):
        yield node
        node = list(node.values())
    if isinstance(node, list):
        for v in node:
            yield from walk_dicts(v)


def sections(*ids):
    return [s for s in PLAN["sections"] if s["id"] in ids]


def all_duties():
    return [d for s in sections("III", "IV") for it in s["items"] for d in it["duties"]]


# --- Vietnamese syllable validator --------------------------------------------------------

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
INITIALS = "ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x"
NUCLEI = "iê|yê|ya|ia|uô|ua|ươ|ưa|oo|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y"
FINALS = "ch|ng|nh|c|m|n|p|t|i|y|o|u"
SYLLABLE = re.compile(rf"(?:{INITIALS})?[ou]?(?:{NUCLEI})(?:{FINALS})?")
# Only tokens that really occur in the plan; a glued word must never be added here.
ALLOWED_TOKENS = {
    "UBND", "HĐND", "UBMTTQ", "QĐ", "NQ", "TW", "TU", "CT", "CTr", "TTg", "CP",
    "FDI", "ODA", "PCI", "PAPI", "WTO", "ASEAN", "Internet", "Singapore",
    "VIII", "X", "30a", "30c",
}  # fmt: skip


def is_vietnamese_syllable(token):
    if any(a.islower() and b.isupper() for a, b in zip(token, token[1:], strict=False)):
        return False
    decomposed = unicodedata.normalize("NFD", token.lower())
    if sum(c in TONE_MARKS for c in decomposed) > 1:
        return False
    toneless = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
    return SYLLABLE.fullmatch(toneless) is not None


def is_valid_token(token):
    return token.isdigit() or token in ALLOWED_TOKENS or is_vietnamese_syllable(token)


@pytest.mark.parametrize("token", ["mạnhhoạt", "quốctế", "BANHÀNH", "vàUBND", "cơquan", "2013của"])
def test_validator_rejects_glued_words(token):
    assert not is_valid_token(token)


@pytest.mark.parametrize("token", ["nghiêng", "quốc", "Ngãi", "khuyến", "thưởng", "Ủy", "khuya"])
def test_validator_accepts_syllables(token):
    assert is_valid_token(token)


def test_no_glued_words_in_vietnamese_text():
    bad = {
        token
        for key, text in walk_strings(PLAN)
        if key.endswith("_vi")
        for token in re.findall(r"\w+", text)
        if not is_valid_token(token)
    }
    assert not bad


def test_allowlist_only_holds_tokens_that_occur():
    tokens = {
        t for k, text in walk_strings(PLAN) if k.endswith("_vi") for t in re.findall(r"\w+", text)
    }
    assert not ALLOWED_TOKENS - tokens, "allowlisted tokens not in the plan"


def test_no_space_missing_after_punctuation():
    # The syllable check splits on punctuation, so wraps after "," or " -" need their own check;
    # "ngữ…cho" is left alone because it sits mid-line in the issued text.
    for key, text in walk_strings(PLAN):
        if key.endswith("_vi"):
            assert not re.search(r"[,;:][^\W\d_]| -[^\W\d_]", text), text


# --- Text fidelity ---------------------------------------------------------------------------


def test_all_strings_are_nfc():
    for _, text in walk_strings(PLAN):
        assert unicodedata.is_normalized("NFC", text), text


def test_vietnamese_text_occurs_in_seed():
    seed = squash(SEED)
    texts = [PLAN["preamble_vi"]]
    for section in PLAN["sections"]:
        texts.append(section["title_vi"])
        for item in section["items"]:
            texts += [item["heading_vi"] or ""]
            for entry in item.get("paragraphs", []) + item.get("duties", []):
                texts += [entry["text_vi"], entry.get("lead_in_vi") or ""]
    for text in texts:
        assert squash(text) in seed, text


def test_every_seed_paragraph_of_sections_iii_and_iv_is_a_duty():
    body = SEED[SEED.index("III. NHIỆM VỤ CỤ THỂ") :]
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    items = {(s["id"], it["number"]): it for s in sections("III", "IV") for it in s["items"]}
    duties = iter(all_duties())
    section = item = lead_in = None
    n = matched = 0
    for para in paragraphs:
        if SECTION_LINE.match(para):
            section = SECTION_LINE.match(para).group(1)
            continue
        item_line = ITEM_LINE.match(para)
        if item_line:
            item, n, lead_in = items[(section, item_line.group(1))], 0, None
            if item["heading_vi"] is not None:
                assert squash(item_line.group(2)) == squash(item["heading_vi"])
                continue
            text, bullet = item_line.group(2), False
        elif para.startswith("- "):
            text, bullet, lead_in = para[2:], True, None
            if text == LEAD_IN_VI:
                lead_in = LEAD_IN_VI
                continue
        else:
            text, bullet = para, False
        duty = next(duties, None)
        assert duty is not None, f"seed paragraph without a duty: {para[:60]}"
        n += 1
        matched += 1
        assert duty["ref"] == f"{section}.{item['number']}.{n}"
        assert squash(duty["text_vi"]) == squash(text), duty["ref"]
        assert duty["bullet"] is bullet, duty["ref"]
        assert duty["lead_in_vi"] == lead_in, duty["ref"]
    assert next(duties, None) is None, "duty without a seed paragraph"
    assert matched == len(all_duties()) == 49


def test_context_sections_have_no_prefixes():
    for section in sections("I", "II"):
        for item in section["items"]:
            for para in item["paragraphs"]:
                assert not re.match(r"(- |\d+\. )", para["text_vi"])
    for duty in all_duties():
        assert not re.match(r"(- |\d+\. )", duty["text_vi"]), duty["ref"]


# --- English and agencies -------------------------------------------------------------------


def test_every_vietnamese_string_has_english():
    for node in walk_dicts(PLAN):
        for key, value in node.items():
            if not key.endswith("_vi") or key == "place_vi":  # the schema has no place_en
                continue
            english = node[key[:-3] + "_en"]
            if value is None:
                assert english is None, key
            else:
                assert isinstance(english, str) and english.strip(), (key, value)
    for duty in all_duties():
        assert duty["text_en"].strip(), duty["ref"]


AGENCIES = {a["code"]: a for a in REGISTER["agencies"]}
KINDS = {a["kind"] for a in REGISTER["agencies"]}


def covered_by(selector):
    """Agency codes that a lead entry (code or selector) stands for."""
    if selector == "all":
        return set(AGENCIES)
    if selector.startswith("kind:"):
        assert selector[5:] in KINDS, selector
        return {c for c, a in AGENCIES.items() if a["kind"] == selector[5:]}
    assert selector in AGENCIES, selector
    return {selector}


def test_lead_and_coordinating_agencies_exist_and_do_not_overlap():
    assert PLAN["register"] == REGISTER["code"]
    assert PLAN["consolidating_agency"] in AGENCIES
    for duty in all_duties():
        assert duty["lead"], duty["ref"]
        lead = set().union(*(covered_by(s) for s in duty["lead"]))
        coordinating = duty["coordinating"]
        assert len(set(coordinating)) == len(coordinating), duty["ref"]
        for code in coordinating:
            assert code in AGENCIES, (duty["ref"], code)
            assert code not in lead, (duty["ref"], code)


def test_agency_item_headings_match_register_and_lead():
    by_name = {squash(a["name_vi"]): code for code, a in AGENCIES.items()}
    for item in sections("III")[0]["items"]:
        code = by_name.get(squash(item["heading_vi"] or ""))
        if code is None:
            continue
        assert item["heading_en"] == AGENCIES[code]["name_en"]
        for duty in item["duties"]:
            assert duty["lead"] == [code], duty["ref"]
