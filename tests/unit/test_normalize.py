"""Matching keys: folding, plurals, phrases, tags, emails, phones."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mingle.domain.records.normalize import (
    fold,
    is_email,
    normalize_email,
    normalize_phone,
    normalize_phrase,
    normalize_tag,
    singular,
)


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Åsa", "asa"), ("Ñúñez", "nunez"), ("Łukasz", "lukasz"), ("Ørsted", "orsted"),
     ("Straße", "strasse"), ("Ærø", "aero"), ("ÉCOLE", "ecole"), ("İstanbul", "istanbul"),
     ("þór", "thor"), ("ﬁnance", "finance")],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_keeps_scripts_without_accents() -> None:
    assert fold("東京") == "東京"
    assert fold("Москва") == "москва"


@pytest.mark.parametrize(
    ("word", "single"),
    [("designers", "designer"), ("agencies", "agency"), ("boxes", "box"),
     ("investors", "investor"), ("churches", "church"), ("wishes", "wish"),
     ("classes", "class"),
     # Not plurals:
     ("business", "business"), ("sales", "sales"), ("glass", "glass"), ("news", "news"),
     ("analytics", "analytics"), ("status", "status"), ("analysis", "analysis"),
     ("boss", "boss"), ("ios", "ios"), ("gas", "gas"), ("bus", "bus"),
     # Short words and words without an s are left alone:
     ("ux", "ux"), ("ads", "ads"), ("seo", "seo"), ("designer", "designer")],
)
def test_singular(word: str, single: str) -> None:
    assert singular(word) == single


@pytest.mark.parametrize(
    ("phrase", "key"),
    [("UX Designers!", "ux designer"), ("  seed-funding ", "seed funding"),
     ("Agencies & Investors", "agency investor"), ("B2B_SaaS", "b2b saas"),
     ("Sales", "sales"), ("", ""), ("!!!", ""), ("Åsa's bikes", "asa s bike")],
)
def test_normalize_phrase(phrase: str, key: str) -> None:
    assert normalize_phrase(phrase) == key


def test_phrases_that_should_match_do() -> None:
    assert normalize_phrase("UX designers") == normalize_phrase("ux-designer")
    assert normalize_phrase("Seed Funding.") == normalize_phrase("seed funding")
    assert normalize_phrase("business") != normalize_phrase("busines")


@pytest.mark.parametrize(("tag", "key"), [("#Cycling", "cycling"), ("cycling", "cycling"),
                                          ("##Golf", "golf"), ("#FinTech", "fintech"),
                                          ("#bikes", "bike")])
def test_normalize_tag(tag: str, key: str) -> None:
    assert normalize_tag(tag) == key


@pytest.mark.parametrize(
    ("email", "key"),
    [("Ann@Example.COM ", "ann@example.com"), ("mailto:Ann@Example.com", "ann@example.com"),
     ("  MAILTO: ann@example.com", "ann@example.com")],
)
def test_normalize_email(email: str, key: str) -> None:
    assert normalize_email(email) == key


def test_is_email() -> None:
    assert is_email("Ann@Example.COM ")
    assert is_email("mailto:first.last+tag@sub.example.co.uk")
    assert not is_email("ann@example")
    assert not is_email("ann example.com")
    assert not is_email("")


@pytest.mark.parametrize(
    ("phone", "key"),
    [("+1 (555) 010-2030", "+15550102030"), ("+15550102030", "+15550102030"),
     ("0044 20 7946 0000", "+442079460000"), ("tel:+49-30-1234567", "+49301234567"),
     ("030 1234567", "0301234567"), ("no digits", ""), ("", "")],
)
def test_normalize_phone(phone: str, key: str) -> None:
    assert normalize_phone(phone) == key


@pytest.mark.parametrize(("upper", "lower"), [("Þór", "þór"), ("Ðóra", "ðóra"), ("Ǿ", "ø"),
                                              ("Ǣ", "æ")])
def test_fold_is_case_insensitive_for_table_letters(upper: str, lower: str) -> None:
    assert fold(upper) == fold(lower)
    assert normalize_phrase(normalize_phrase(upper)) == normalize_phrase(upper)


@given(st.text())
def test_normalize_phrase_is_idempotent_and_never_raises(text: str) -> None:
    key = normalize_phrase(text)
    assert normalize_phrase(key) == key
    assert key == key.strip()
    assert "  " not in key


@given(st.text())
def test_normalize_phrase_never_raises(text: str) -> None:
    assert isinstance(normalize_phrase(text), str)


@given(st.text())
def test_normalize_tag_and_phone_never_raise(text: str) -> None:
    assert normalize_tag(text) == normalize_phrase(text.lstrip("#"))
    phone = normalize_phone(text)
    assert phone == "" or phone.lstrip("+")


@given(st.lists(st.text(max_size=20),
                max_size=10))
def test_fold_then_phrase_matches_phrase(words: list[str]) -> None:
    text = " ".join(words)
    assert normalize_phrase(fold(text)) == normalize_phrase(text)


def _fold_reference(text: str) -> str:
    """fold as first written: every combining mark dropped one character at a time."""
    import unicodedata

    from mingle.domain.records.normalize import _FOLD_EXTRA

    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.translate(_FOLD_EXTRA)


@settings(max_examples=2000)
@given(st.text())
def test_fold_equals_its_reference(text: str) -> None:
    assert fold(text) == _fold_reference(text)
