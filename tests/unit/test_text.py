"""Cleaning of untrusted text: escape sequences, control characters, bidi overrides."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mingle.domain.records.text import clean_block, clean_line, strip_control

FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("\x1b[31mred\x1b[0m", "red"),                      # CSI colour
        ("\x1b[1;38;5;196mbold\x1b[m", "bold"),             # CSI with parameters
        ("\x1b[2J\x1b[HAnn", "Ann"),                        # clear screen, cursor home
        ("\x1b]0;pwned\x07Ann", "Ann"),                     # OSC title, BEL-terminated
        ("\x1b]0;pwned\x1b\\Ann", "Ann"),                   # OSC title, ST-terminated
        ("\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\", "link"),  # OSC 8 hyperlink
        ("Ann\x1b]0;never ends", "Ann"),                    # unterminated OSC
        ("\x1bP1$qm\x1b\\Ann", "Ann"),                      # DCS
        ("\x9b31mAnn\x9b0m", "Ann"),                        # 8-bit CSI
        ("\x9d0;pwned\x07Ann", "Ann"),                      # 8-bit OSC
        ("\x1b(BAnn", "Ann"),                               # charset designation
        ("\x1bcAnn", "Ann"),                                # full reset
        ("A\x00n\x07n\x7f\x85\x9f", "Ann"),                 # C0, DEL, C1
        ("\u202eAnn\u202c", "Ann"),                         # right-to-left override
        ("\u2066Ann\u2069", "Ann"),                         # isolates
    ],
)
def test_strip_control_removes_escapes_and_controls(raw: str, clean: str) -> None:
    assert strip_control(raw) == clean
    assert strip_control(raw, keep_newlines=True) == clean


def test_newlines_are_kept_only_when_asked() -> None:
    assert strip_control("one\ntwo\r\nthree\rfour", keep_newlines=True) == (
        "one\ntwo\nthree\nfour")
    assert strip_control("one\ntwo\r\nthree", keep_newlines=False) == "one two three"
    assert strip_control("a\tb") == "a b"
    assert "\n" not in strip_control("a\n\n\nb")


@pytest.mark.parametrize(
    "text",
    ["Åsa Ñúñez", "Łukasz Ørsted", "東京の田中さん", "Ελένη", "محمد", "👩🏽‍💻 dev", "🚲🏳️‍🌈",
     "Zoë O'Brien-Smith", "naïve café", "עברית"],
)
def test_letters_emoji_and_joiners_are_kept(text: str) -> None:
    assert strip_control(text) == text
    assert clean_line(text) == text
    assert clean_block(text) == text


@pytest.mark.parametrize(
    "text",
    ["Ann [@click=app.quit]x[/]", "[bold red]Boss[/bold red]", "[link=https://x.example]y[/link]",
     "{name} %s $HOME `rm -rf`", "<script>alert(1)</script>"],
)
def test_markup_looking_text_is_left_exactly_as_is(text: str) -> None:
    assert strip_control(text) == text
    assert clean_line(text) == text
    assert clean_block(text) == text


def test_clean_line_collapses_whitespace() -> None:
    assert clean_line("  Ann \t\n  Lee  ") == "Ann Lee"
    assert clean_line(None) == ""
    assert clean_line("") == ""


def test_clean_block_keeps_lines_and_trims_ends() -> None:
    assert clean_block("\n  first\x1b[1m line\n\nsecond  \n") == "first line\n\nsecond"
    assert clean_block(None) == ""


@given(st.text(), st.booleans())
def test_no_control_character_survives(text: str, keep_newlines: bool) -> None:
    out = strip_control(text, keep_newlines=keep_newlines)
    assert not FORBIDDEN.search(out)
    if not keep_newlines:
        assert "\n" not in out and "\t" not in out
    assert "\r" not in out
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", out)


@given(st.text(st.characters(blacklist_categories=("Cc", "Cs"))))
def test_text_without_controls_is_unchanged(text: str) -> None:
    text = re.sub("[\u202a-\u202e\u2066-\u2069]", "", text)
    assert strip_control(text) == text


@given(st.text())
def test_clean_line_and_block_are_idempotent(text: str) -> None:
    line = clean_line(text)
    assert clean_line(line) == line
    assert "\n" not in line
    block = clean_block(text)
    assert clean_block(block) == block
    assert not FORBIDDEN.search(line + block)
